"""The results region of a participant's page, drawn once per state for the whole room.

A phone used to fetch its whole page for every state that carried results, to swap in the
results as the server draws them: in a room of a hundred phones that was most of the
servers' work, and the room's latency went from a tenth of a second to seconds
(bench/live.py, docs/performance.md). Now the state itself carries the region's HTML, drawn
once per language by the process that sends the state. What differs per participant (the
notes and questions they already upvoted or asked, the form's CSRF token and client id) is
left out here and filled in by `static/js/live.js` from the participant's own actions.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from workshops import selectors
from workshops.kinds import kind_of


def results_context(state: dict) -> dict:
    """What the results region draws from a state: its rows, the rows in one line of text
    (for the polite live region), and the step's kind."""
    step = state["step"]
    rows = selectors.results_rows(state=state)
    return {
        "rows": rows,
        "summary": selectors.results_summary(state=state, rows=rows),
        "kind": kind_of(step["kind"]) if step else None,
    }


def results_html(state: dict, *, languages=None) -> dict[str, str]:
    """The results region of a participant's page for this state, by language code (the
    site's languages, or these); empty texts when the state shows no results."""
    codes = languages or [code for code, _name in settings.LANGUAGES]
    drawn = {}
    for code in codes:
        with translation.override(code):  # the rows' labels and summary in this language
            drawn[code] = render_to_string(
                "workshops/_results.html",
                {"state": state, **results_context(state), "participant": True, "mine": {}},
            )
    return drawn
