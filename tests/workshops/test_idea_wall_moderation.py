"""The facilitator moderates an idea wall: merge, group and tag notes (through the service
and the console), and what the room then sees."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from network.factories import UserFactory
from tests.helpers import text_of
from tests.workshops.conftest import open_step
from workshops import selectors, services
from workshops.models import Action

pytestmark = pytest.mark.django_db


def _join(room, name):
    return services.participant_join(workshop=room.workshop, display_name=name)


def _act(participant, kind, payload, client_id):
    return services.action_submit(
        participant=participant, kind=kind, payload=payload, client_id=client_id
    ).action


def _moderate(room, note, command, value=None, user=None):
    return services.action_moderate(
        workshop=room.workshop,
        user=user or room.facilitator,
        action_id=note.pk if hasattr(note, "pk") else note,
        command=command,
        value=value,
    )


def _wall(room):
    return selectors.step_results(step=room.workshop.current_step)["columns"]


@pytest.fixture
def wall(room):
    """The idea wall open, with three notes in the first column and their upvotes."""
    open_step(room, 3)
    anna, bram, carla = _join(room, "Anna"), _join(room, "Bram"), _join(room, "Carla")
    first = _act(anna, "note_post", {"column": 0, "text": "Deel een monteur"}, "n1")
    second = _act(bram, "note_post", {"column": 0, "text": "Monteurs uitlenen"}, "n2")
    third = _act(carla, "note_post", {"column": 0, "text": "Samen opleiden"}, "n3")
    _act(bram, "note_upvote", {"note": first.pk}, "u1")
    _act(anna, "note_upvote", {"note": second.pk}, "u2")
    _act(carla, "note_upvote", {"note": second.pk}, "u3")
    return room, (anna, bram, carla), (first, second, third)


def test_a_merged_note_leaves_the_wall_and_its_upvotes_count_for_the_target(wall):
    room, (_anna, bram, _carla), (first, second, third) = wall
    _moderate(room, second, "merge", first.pk)
    column = _wall(room)[0]
    assert [note["id"] for note in column] == [first.pk, third.pk]
    # Bram upvoted the target; Anna and Carla the merged note: three people, each once.
    assert column[0]["upvotes"] == 3 and column[0]["merged"] == 1
    second.refresh_from_db()
    assert second.moderation == {"merged_into": first.pk}
    assert Action.objects.filter(pk=second.pk).exists()  # kept, only off the wall
    with pytest.raises(ValidationError) as error:
        _act(bram, "note_upvote", {"note": second.pk}, "u4")
    assert "payload.note" in error.value.message_dict
    # Merging the target on carries the merged note with it.
    _moderate(room, first, "merge", third.pk)
    column = _wall(room)[0]
    assert [note["id"] for note in column] == [third.pk]
    assert column[0]["upvotes"] == 3 and column[0]["merged"] == 2


def test_a_merge_is_refused_into_itself_a_merged_note_or_another_wall(wall):
    room, _people, (first, second, third) = wall
    _moderate(room, second, "merge", first.pk)
    for target in (third.pk, 10**30, "x", None, True):  # itself, huge, not numbers
        with pytest.raises(ValidationError):
            _moderate(room, third, "merge", target)
    with pytest.raises(ValidationError) as error:
        _moderate(room, third, "merge", second.pk)  # merged: no longer on the wall
    assert "value" in error.value.message_dict
    other = services.step_add(
        workshop=room.workshop, kind="idea_wall", title="Nog een muur", config={"columns": ["A"]}
    )
    services.workshop_steer(
        workshop=room.workshop, user=room.facilitator, command="goto", value=other.pk
    )
    services.workshop_steer(
        workshop=room.workshop, user=room.facilitator, command="input", value=True
    )
    elsewhere = _act(_join(room, "Dirk"), "note_post", {"column": 0, "text": "Elders"}, "e1")
    with pytest.raises(ValidationError):
        _moderate(room, elsewhere, "merge", third.pk)
    third.refresh_from_db()
    elsewhere.refresh_from_db()
    assert third.moderation == {} and elsewhere.moderation == {}


def test_notes_are_grouped_within_a_column_and_tagged_with_a_plate_element(wall):
    room, _people, (first, second, third) = wall
    element = room.elements[1]
    _moderate(room, first, "group", "  Mensen delen ")
    _moderate(room, third, "group", "Mensen delen")
    _moderate(room, third, "tag", element.pk)
    column = _wall(room)[0]
    assert [(note["id"], note["group"]) for note in column] == [
        (first.pk, "Mensen delen"),
        (third.pk, "Mensen delen"),
        (second.pk, None),
    ]
    assert column[1]["element"] == {"id": element.pk, "title": element.title}
    assert column[0]["element"] is None
    _moderate(room, third, "tag", None)
    _moderate(room, first, "group", "")
    third.refresh_from_db()
    first.refresh_from_db()
    assert third.moderation == {"group": "Mensen delen"}
    assert first.moderation == {}


@pytest.mark.parametrize(
    ("command", "value", "field"),
    [
        ("group", "a" * 61, "value.group"),
        ("group", "Met\x00nul", "value.group"),
        ("group", "Twee\nregels", "value.group"),
        ("group", 12, "value.group"),
        ("tag", 10**30, "value.element"),
        ("tag", "element", "value"),
        ("tag", -1, "value.element"),
        ("melt", 1, "command"),
    ],
)
def test_bad_moderation_is_refused_naming_the_field_and_changes_nothing(
    wall, command, value, field
):
    room, _people, (first, _second, _third) = wall
    with pytest.raises(ValidationError) as error:
        _moderate(room, first, command, value)
    assert field in error.value.message_dict
    first.refresh_from_db()
    assert first.moderation == {}


def test_a_tag_must_be_an_element_of_the_plate(wall):
    room, _people, (first, _second, _third) = wall
    with pytest.raises(ValidationError) as error:
        _moderate(room, first, "tag", room.session.pk)  # a page, not an element
    assert "value" in error.value.message_dict
    first.refresh_from_db()
    assert first.moderation == {}


def test_only_the_workshops_facilitators_moderate(wall):
    room, _people, (first, second, _third) = wall
    for user in (UserFactory(), None):
        with pytest.raises(PermissionDenied):
            _moderate(room, second, "merge", first.pk, user=user or UserFactory())
    second.refresh_from_db()
    assert second.moderation == {}


def test_the_console_merges_groups_tags_and_hides_notes(client, wall):
    room, _people, (first, second, third) = wall
    url = f"/live/{room.workshop.code}/console/"
    form = {"moderate": second.pk, "command": "merge", "value": first.pk}
    client.force_login(UserFactory())
    assert client.post(url, form).status_code == 403
    client.force_login(room.facilitator)
    html = text_of(client.get(url))
    assert "Notities modereren" in html and room.elements[0].title in html
    assert client.post(url, form).status_code == 302
    client.post(url, {**form, "moderate": third.pk, "command": "group", "value": "Opleiden"})
    client.post(url, {**form, "moderate": first.pk, "command": "tag", "value": room.elements[0].pk})
    client.post(url, {**form, "moderate": third.pk, "command": "hide", "value": ""})
    for pk in (second.pk, third.pk, first.pk):
        Action.objects.get(pk=pk)
    assert Action.objects.get(pk=second.pk).moderation == {"merged_into": first.pk}
    assert Action.objects.get(pk=third.pk).moderation == {"group": "Opleiden"}
    assert Action.objects.get(pk=third.pk).hidden
    # The hidden note stays in the console's list, to be shown again; the merged one leaves.
    html = text_of(client.get(url))
    assert html.count('name="command" value="show"') == 1
    assert f'id="moderate-{second.pk}"' not in html and f'id="moderate-{third.pk}"' in html
    assert Action.objects.get(pk=first.pk).moderation == {"element": room.elements[0].pk}
    refused = client.post(
        url, {**form, "moderate": first.pk, "command": "tag", "value": "9" * 40}, follow=True
    )
    assert "Dit getal valt buiten het bereik." in text_of(refused)
    refused = client.post(url, {**form, "moderate": "9" * 40, "command": "hide"}, follow=True)
    assert "Deze bijdrage staat niet in deze werksessie." in text_of(refused)
    assert Action.objects.get(pk=first.pk).moderation == {"element": room.elements[0].pk}


def test_the_room_sees_groups_tags_and_merged_upvotes(client, wall):
    room, _people, (first, second, _third) = wall
    _moderate(room, second, "merge", first.pk)
    _moderate(room, first, "group", "Mensen delen")
    _moderate(room, first, "tag", room.elements[2].pk)
    services.workshop_steer(
        workshop=room.workshop, user=room.facilitator, command="results", value=True
    )
    url = f"/live/{room.workshop.code}/"
    client.post(url, {"form": "join", "display_name": "Eva"})
    html = text_of(client.get(url))
    assert "Mensen delen" in html
    assert f"Element: {room.elements[2].title}" in html
    assert "Monteurs uitlenen" not in html
    assert "3 keer gesteund" in html


def test_a_participant_sees_the_upvote_button_until_they_upvoted(client, wall):
    room, _people, (first, _second, _third) = wall
    services.workshop_steer(
        workshop=room.workshop, user=room.facilitator, command="results", value=True
    )
    url = f"/live/{room.workshop.code}/"
    client.post(url, {"form": "join", "display_name": "Eva"})
    html = text_of(client.get(url))
    assert html.count('value="note_upvote"') == 3
    client.post(url, {"form": "note_upvote", "client_id": "e1", "note": first.pk})
    html = text_of(client.get(url))
    assert html.count('value="note_upvote"') == 2
    assert "U hebt deze notitie gesteund." in html
