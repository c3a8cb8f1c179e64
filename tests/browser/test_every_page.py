"""Every page of the site, for every role that sees it differently (site_pages.py), in
headless Chromium:

- at a laptop, a tablet and a phone width nothing scrolls sideways and no text is cut off
  (WCAG 1.4.10 reflow, 1.4.4 resize text);
- its landmarks can be told apart (WCAG 1.3.1, 2.4.1): a screen reader lists landmarks by role
  and name, so two with the same role and name (or two of a role without a name) look alike;
- axe-core finds no WCAG 2.1 A or AA violation (at the laptop width).

One sweep does both, loading each page once per role and measuring it at every width by
resizing the window, which keeps the run short.
"""

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.site_pages import ROLES, pages_for
from tests.browser.test_accessibility import WCAG_21_AA

pytestmark = pytest.mark.browser

WIDTHS = (1366, 1024, 390)
SCRIPTS = Path(__file__).parent / "js"

# What a reader would miss: the page wider than the window (with the elements that stick
# out), elements that cut their text off (overflow hidden or clip, or an ellipsis), and
# placeholders longer than their field.
MEASURE = (SCRIPTS / "measure.js").read_text()


# Each landmark as "role: name", computed the way browsers do for these elements: an explicit
# role first; <section>, <form> are landmarks only with a name; <header>/<footer> only
# outside sectioning elements; <aside> inside sectioning content only with a name.
LANDMARKS = (SCRIPTS / "landmarks.js").read_text()


def _repeated(landmarks: list[str]) -> list[str]:
    return sorted({landmark for landmark in landmarks if landmarks.count(landmark) > 1})


def test_every_page_fits_every_width_and_tells_its_landmarks_apart(site_users, browser_as):
    problems = []
    axe = Axe()
    for role in ROLES:
        page = browser_as(site_users[role], width=WIDTHS[0])
        for site_page in pages_for(role):
            url = site_page.url()
            page.set_viewport_size({"width": WIDTHS[0], "height": 900})
            response = page.goto(url)
            assert response.status == site_page.status, f"{url} as {role}: {response.status}"
            where = f"{url} as {role}"
            for landmark in _repeated(page.evaluate(LANDMARKS)):
                problems.append(f"{where}: two landmarks are called '{landmark}'")
            results = axe.run(page, options=WCAG_21_AA)
            if results.violations_count:
                problems.append(f"{where}: {results.generate_report()}")
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 900})
                for problem in page.evaluate(MEASURE):
                    problems.append(f"{where} at {width} px: {problem}")
    assert not problems, "\n".join(problems)
