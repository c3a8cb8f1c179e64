"""When a workshop ends its results are written into a draft of the session's report: the
live page keeps what it had until the facilitator publishes."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from core.blocks import HEAT_SHADES
from network.models import SessionPage
from network.roles import FACILITATORS
from tests.helpers import text_of
from tests.workshops.conftest import steer
from tests.workshops.helpers import hold_workshop, session_in_the_past

pytestmark = pytest.mark.django_db


def _may_edit_sessions(room) -> None:
    for codename in ("change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=Group.objects.get(name=FACILITATORS),
            page=room.session,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_ending_a_workshop_writes_a_draft_report_the_facilitator_sees_in_the_preview(
    room, client, django_capture_on_commit_callbacks
):
    session_in_the_past(room)
    _may_edit_sessions(room)
    first, second, third = room.elements
    with django_capture_on_commit_callbacks(execute=True):
        hold_workshop(room, tag_element=first)
    session = SessionPage.objects.get(pk=room.session.pk)
    assert session.has_unpublished_changes
    assert len(session.report) == 0  # the live page is unchanged until published

    client.force_login(room.facilitator)
    html = text_of(client.get(f"/admin/pages/{session.pk}/view_draft/"))
    assert "Werkplaats actieplaat" in html
    svg = re.search(r"<svg class=\"heat-map__svg\".*?</svg>", html, re.S).group(0)
    assert 'role="img"' in svg and "<title" in svg
    # Anna's 2 and Bas's last placing of 3 on the first element; his replaced dot is gone.
    assert re.search(rf"{first.title} 5", svg)
    assert re.search(rf"{second.title} 1", svg) and re.search(rf"{third.title} 0", svg)
    assert HEAT_SHADES[-1][0] in svg and HEAT_SHADES[0][0] in svg
    assert "<details" in html and "<td>5</td>" in html
    # The notes per column with their upvotes, the poll's answers.
    assert "<caption>Obstakels</caption>" in html
    assert f"<td>Geen vervanger voor de monteur</td><td>1</td><td>1.1 {first.title}</td>" in html
    assert "<td>Monteur lenen op dinsdag</td><td>0</td>" in html
    assert "<td>Ja</td><td>1</td>" in html and "<td>Nee</td><td>0</td>" in html
    assert "<td>Weet nog niet</td><td>1</td>" in html
    assert "Anna de Vries" not in html  # the report names no one

    edit = text_of(client.get(f"/admin/pages/{session.pk}/edit/"))
    assert "Monteur lenen op dinsdag" in edit


def test_the_report_is_written_once_however_often_the_workshop_is_ended(
    room, django_capture_on_commit_callbacks
):
    session_in_the_past(room)
    with django_capture_on_commit_callbacks(execute=True):
        hold_workshop(room)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        steer(room, "end")
    assert callbacks == []
    draft = SessionPage.objects.get(pk=room.session.pk).get_latest_revision_as_object()
    assert [block.block_type for block in draft.report].count("heat_map") == 1


def test_the_report_keeps_what_the_facilitator_wrote_before(
    room, django_capture_on_commit_callbacks
):
    session = SessionPage.objects.get(pk=room.session.pk)
    session.report = [("paragraph", "<p>Vooraf: welkom bij de gastheer.</p>")]
    session.save_revision(user=room.facilitator).publish()
    with django_capture_on_commit_callbacks(execute=True):
        hold_workshop(room)
    draft = SessionPage.objects.get(pk=room.session.pk).get_latest_revision_as_object()
    kinds = [block.block_type for block in draft.report]
    assert kinds[0] == "paragraph" and "heat_map" in kinds and "table" in kinds


def test_every_heat_shade_keeps_its_text_readable():
    for fill, text in HEAT_SHADES:
        light, dark = sorted([_luminance(fill), _luminance(text)], reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 4.5, fill


def test_a_kind_the_report_does_not_know_still_shows_its_results_as_rows(
    room, client, django_capture_on_commit_callbacks, monkeypatch
):
    """Kinds added later (scale, word cloud, ranking...) report through `step_results`."""
    from workshops import outcomes
    from workshops.models import Step

    known = outcomes.step_results

    def results(*, step):
        if step.kind == "word_cloud":
            return {"words": [{"text": "samenwerken", "count": 4}, {"text": "tijd", "count": 2}]}
        return known(step=step)

    monkeypatch.setattr(outcomes, "step_results", results)
    Step.objects.create(
        workshop=room.workshop, order=9, kind="word_cloud", title="Eén woord voor vandaag"
    )
    session_in_the_past(room)
    _may_edit_sessions(room)
    with django_capture_on_commit_callbacks(execute=True):
        hold_workshop(room)
    client.force_login(room.facilitator)
    html = text_of(client.get(f"/admin/pages/{room.session.pk}/view_draft/"))
    assert "<caption>Eén woord voor vandaag</caption>" in html
    assert "<td>samenwerken</td><td>4</td>" in html and "<td>tijd</td><td>2</td>" in html
