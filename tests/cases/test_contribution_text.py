"""What a member types in a case comes back exactly as typed, however often it is saved, and
the published page shows it as text: `& ' < >` are never escaped twice nor run as HTML."""

import pytest
from django.urls import reverse

from cases.models import CasePage
from tests.cases.test_contributions import CONTRIBUTION, _with_choices, approve, submit
from tests.helpers import page_by_slug, text_of
from tests.html_forms import form_data, form_fields, shown_text

pytestmark = pytest.mark.django_db

TEXT = "Zo'n collega's van R&D <b>"

TYPED = {
    "title": TEXT,
    "summary": f'{TEXT} & "aanhalingstekens"',
    "story": (
        f"{TEXT}\n\n"
        "Tweede alinea: a < b > c & d &amp; &#x27;\n"
        "met een regel erbij <script>alert(1)</script>"
    ),
    "outcomes": f"{TEXT}\nMinder uitval & meer plezier",
    "duration_note": f"{TEXT} (een half jaar)",
    "obstacle-0-obstacle": f"{TEXT}: wie betaalt?",
    "obstacle-0-solution": f"{TEXT}: de lener.",
}


def _form_values(html: str) -> dict:
    fields = dict(form_fields(html))
    return {name: fields.get(name) for name in TYPED}


def _edit(client, case, data, action):
    return client.post(reverse("contributions:edit", args=[case.pk]), {**data, "action": action})


def test_every_text_field_survives_save_edit_save_submit_and_publish(client, member, loket):
    client.force_login(member)
    assert submit(client, {**CONTRIBUTION, **TYPED}, action="save").status_code == 302
    case = CasePage.objects.get(author=member)
    edit_url = reverse("contributions:edit", args=[case.pk])

    # Each save goes through the form as a browser sends it back, unchanged.
    for action in ("save", "save", "submit"):
        html = text_of(client.get(edit_url))
        assert _form_values(html) == TYPED
        assert _edit(client, case, form_data(html), action).status_code == 302

    approve(client, loket, case)
    case = CasePage.objects.get(pk=case.pk)
    assert case.live
    html = text_of(client.get(case.url))
    shown = shown_text(html)
    for text in (
        TEXT,
        TYPED["summary"],
        "Tweede alinea: a < b > c & d &amp; &#x27;",
        "met een regel erbij <script>alert(1)</script>",
        "Minder uitval & meer plezier",
        TYPED["duration_note"],
        TYPED["obstacle-0-obstacle"],
        TYPED["obstacle-0-solution"],
    ):
        assert text in shown
    # Typed markup is text, never markup: no bold, no script from the member.
    assert "<b>" not in html
    assert "<script>alert" not in html

    index = text_of(client.get(page_by_slug("praktijkvoorbeelden").url))
    assert TEXT in shown_text(index)
    assert "<b>" not in index


def test_line_breaks_and_paragraphs_come_back_as_typed(client, member):
    client.force_login(member)
    story = "Eerste regel\nTweede regel\n\nNieuwe alinea"
    submit(client, {**CONTRIBUTION, "story": story}, action="save")
    case = CasePage.objects.get(author=member)
    html = text_of(client.get(reverse("contributions:edit", args=[case.pk])))
    assert dict(form_fields(html))["story"] == story


def test_a_story_an_editor_wrote_in_the_admin_reads_as_plain_text_in_the_form(client, member):
    client.force_login(member)
    submit(client, _with_choices(CONTRIBUTION), action="save")
    case = CasePage.objects.get(author=member)
    draft = case.get_latest_revision_as_object()
    draft.story = [
        {"type": "paragraph", "value": "<p>Met <b>nadruk</b> &amp; een <a href='/'>link</a></p>"},
        {"type": "paragraph", "value": "<ul><li>punt één</li><li>punt 'twee'</li></ul>"},
    ]
    draft.save_revision()
    client.force_login(member)
    html = text_of(client.get(reverse("contributions:edit", args=[case.pk])))
    assert dict(form_fields(html))["story"] == "Met nadruk & een link\n\npunt één\n\npunt 'twee'"
