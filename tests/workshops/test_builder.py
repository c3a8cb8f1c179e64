"""The workshop builder: a facilitator makes a workshop for a session from its page, then
adds, edits, reorders and removes steps with plain forms."""

import re

import pytest

from network.factories import UserFactory
from network.roles import FACILITATORS
from network.services.people import roles_grant
from tests.helpers import page_by_slug, text_of
from tests.workshops.conftest import open_step
from workshops import selectors, services
from workshops.models import Step, Workshop

pytestmark = pytest.mark.django_db


def _kinds(workshop):
    return list(workshop.steps.order_by("order").values_list("kind", flat=True))


def test_only_facilitators_of_the_network_build_workshops(client, room):
    new = f"/live/nieuw/?sessie={room.session.pk}"
    assert client.get(new).status_code == 302  # to the log-in page
    member = UserFactory()
    client.force_login(member)
    assert client.get(new).status_code == 403
    assert client.get("/live/mijn/").status_code == 403
    assert client.get(f"/live/{room.workshop.code}/bouwen/").status_code == 403
    session = page_by_slug("netwerkdag")  # a session of the demo content, on the site
    assert "Bouw een werksessie" not in text_of(client.get(session.url))
    client.force_login(room.facilitator)
    session_page = text_of(client.get(session.url))
    assert f'href="/live/nieuw/?sessie={session.pk}"' in session_page
    assert "Bouw een werksessie voor deze bijeenkomst" in session_page


def test_a_facilitator_builds_from_the_template_or_empty_and_lists_their_workshops(client, room):
    client.force_login(room.facilitator)
    new = f"/live/nieuw/?sessie={room.session.pk}"
    refused = client.post(new, {"title": "", "start": "template"})
    assert refused.status_code == 400 and Workshop.objects.count() == 1
    response = client.post(new, {"title": "Middag van de plaat", "start": "template"})
    built = Workshop.objects.get(title="Middag van de plaat")
    assert response["Location"] == f"/live/{built.code}/bouwen/"
    assert _kinds(built) == ["info", "dot_vote", "idea_wall", "market"]
    assert list(built.facilitators.all()) == [room.facilitator]
    plate = selectors.plate_elements()
    about = client.post(
        new, {"title": "Twee muren", "start": "template", "elements": [plate[2].pk, plate[0].pk]}
    )
    assert about.status_code == 302
    walls = Workshop.objects.get(title="Twee muren").steps.filter(kind="idea_wall")
    # One wall per chosen element, in the plate's order, each named after its element.
    assert [wall.config["element"] for wall in walls.order_by("order")] == [
        plate[0].pk,
        plate[2].pk,
    ]
    assert plate[2].title in walls.get(config__element=plate[2].pk).title
    for refused_data, field_error in (
        ({"start": "empty", "elements": [plate[0].pk]}, "horen bij het sjabloon"),
        ({"start": "template", "elements": ["999999"]}, "geen beschikbare keuze"),
        ({"start": "template", "elements": ["1\x00"]}, "geen beschikbare keuze"),
    ):
        refused = client.post(new, {"title": "Fout", **refused_data})
        assert refused.status_code == 400 and field_error in text_of(refused)
    assert not Workshop.objects.filter(title="Fout").exists()
    client.post(new, {"title": "Leeg", "start": "empty"})
    assert Workshop.objects.get(title="Leeg").steps.count() == 0
    assert client.get("/live/nieuw/?sessie=999999").status_code == 404
    mine = text_of(client.get("/live/mijn/"))
    for workshop in Workshop.objects.all():
        assert f"/live/{workshop.code}/console/" in mine
        assert f"/live/{workshop.code}/presenter/" in mine


def test_steps_are_added_edited_moved_and_removed(client, room):
    client.force_login(room.facilitator)
    code = room.workshop.code
    builder = f"/live/{code}/bouwen/"
    html = text_of(client.get(builder))
    assert "Stap toevoegen" in html and 'value="poll"' in html
    poll_url = f"/live/{code}/bouwen/stap/?soort=poll"
    one_option = client.post(poll_url, {"title": "Hoe vaak?", "options": "Wekelijks"})
    assert one_option.status_code == 400
    assert "Dit is te kort of leeg." in text_of(one_option)
    assert room.workshop.steps.count() == 4
    added = client.post(
        poll_url,
        {"title": "Hoe vaak?", "options": "Wekelijks\n\nMaandelijks\n", "multiple": "on"},
    )
    assert added.status_code == 302
    poll = room.workshop.steps.get(kind="poll")
    assert poll.order == 5
    assert poll.config == {"options": ["Wekelijks", "Maandelijks"], "multiple": True}
    assert client.get(f"/live/{code}/bouwen/stap/?soort=nope").status_code == 404

    edit = f"/live/{code}/bouwen/{poll.pk}/"
    assert "Wekelijks\nMaandelijks" in text_of(client.get(edit))
    client.post(edit, {"title": "Hoe vaak deelt u?", "options": "Nooit\nSoms\nVaak"})
    poll.refresh_from_db()
    assert poll.title == "Hoe vaak deelt u?" and poll.config["options"] == ["Nooit", "Soms", "Vaak"]

    client.post(builder, {"step": poll.pk, "action": "up"})
    assert _kinds(room.workshop) == ["info", "dot_vote", "idea_wall", "poll", "market"]
    first = room.workshop.steps.get(order=1)
    moved_too_far = client.post(builder, {"step": first.pk, "action": "up"}, follow=True)
    assert "Deze stap kan niet verder." in text_of(moved_too_far)

    dot_vote = room.workshop.steps.get(kind="dot_vote")
    dots_form = text_of(client.get(f"/live/{code}/bouwen/{dot_vote.pk}/"))
    plate = selectors.plate_elements()  # the site's plate, in the plate's order
    for element in plate:
        assert element.title in dots_form
    chosen = [plate[0].pk, plate[-1].pk]
    client.post(
        f"/live/{code}/bouwen/{dot_vote.pk}/",
        {"title": dot_vote.title, "dots": "5", "elements": chosen, "anonymous": "on"},
    )
    dot_vote.refresh_from_db()
    assert dot_vote.config == {"dots": 5, "elements": chosen}

    # A slide about an element keeps it when it is edited again.
    info_url = f"/live/{code}/bouwen/{first.pk}/"
    client.post(info_url, {"title": first.title, "body": "Welkom", "element": plate[1].pk})
    first.refresh_from_db()
    assert first.config == {"body": "Welkom", "element": plate[1].pk}
    assert re.search(rf'value="{plate[1].pk}"\s+selected', text_of(client.get(info_url)))
    client.post(info_url, {"title": first.title, "body": "Welkom allemaal", "element": ""})
    first.refresh_from_db()
    assert first.config == {"body": "Welkom allemaal", "element": None}
    client.post(builder, {"step": first.pk, "action": "remove"})
    assert _kinds(room.workshop) == ["dot_vote", "idea_wall", "poll", "market"]
    assert list(room.workshop.steps.values_list("order", flat=True).order_by("order")) == [
        1,
        2,
        3,
        4,
    ]
    room.workshop.refresh_from_db()
    assert room.workshop.current_step.kind == "dot_vote"


def test_a_step_the_room_answered_keeps_its_settings_and_stays(client, room):
    open_step(room, 2)
    anna = services.participant_join(workshop=room.workshop, display_name="Anna")
    step = room.workshop.steps.get(order=2)
    services.action_submit(
        participant=anna,
        kind="dots_place",
        payload={"dots": {room.elements[0].pk: 1}},
        client_id="a1",
    )
    client.force_login(room.facilitator)
    code = room.workshop.code
    changed = client.post(
        f"/live/{code}/bouwen/{step.pk}/",
        {"title": step.title, "dots": "9", "elements": [selectors.plate_elements()[0].pk]},
    )
    assert changed.status_code == 400
    assert "alleen de titel kan nog veranderen" in text_of(changed)
    removed = client.post(
        f"/live/{code}/bouwen/", {"step": step.pk, "action": "remove"}, follow=True
    )
    assert "hij blijft staan" in text_of(removed)
    assert Step.objects.filter(pk=step.pk, config__dots=3).exists()


def test_another_facilitator_cannot_change_someone_elses_workshop(client, room):
    other = UserFactory()
    roles_grant(user=other, names=[FACILITATORS])
    client.force_login(other)
    step = room.workshop.steps.first()
    assert client.get(f"/live/{room.workshop.code}/bouwen/").status_code == 403
    assert (
        client.post(
            f"/live/{room.workshop.code}/bouwen/", {"step": step.pk, "action": "remove"}
        ).status_code
        == 403
    )
    assert client.get("/live/mijn/").status_code == 200
    assert room.workshop.code not in text_of(client.get("/live/mijn/"))
    assert re.search(r"leidt nog geen werksessies", text_of(client.get("/live/mijn/")))
