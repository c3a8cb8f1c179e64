"""The rules of a live workshop, through its services and what the room then sees."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.loader import get_template

from core.limits import LIVE_NOTE_MAX_LENGTH
from network.factories import UserFactory
from tests.workshops.conftest import open_step, steer
from workshops import selectors, services
from workshops.choices import StepKind
from workshops.kinds import KINDS
from workshops.models import Action, Workshop
from workshops.services import CODE_ALPHABET

pytestmark = pytest.mark.django_db


def _join(room, name="Anna"):
    return services.participant_join(workshop=room.workshop, display_name=name)


def _act(participant, kind, payload, client_id):
    return services.action_submit(
        participant=participant, kind=kind, payload=payload, client_id=client_id
    )


def test_the_template_builds_intro_dot_vote_idea_wall_and_market_round(room):
    steps = list(room.workshop.steps.order_by("order"))
    assert [s.kind for s in steps] == ["info", "dot_vote", "idea_wall", "market"]
    assert steps[1].config["elements"] == [e.pk for e in room.elements]
    assert steps[2].config["columns"] == ["Kansen", "Obstakels", "Oplossingen"]
    assert steps[2].config["element"] is None
    assert room.workshop.current_step == steps[0]
    assert len(room.workshop.code) == 6
    assert set(room.workshop.code) <= set(CODE_ALPHABET)
    assert not set("0O1IL") & set(CODE_ALPHABET)


def test_only_people_with_the_facilitator_role_run_a_workshop(room):
    member = UserFactory()
    with pytest.raises(ValidationError) as error:
        services.workshop_create(session=room.session, title="Zonder rol", facilitators=[member])
    assert "facilitators" in error.value.message_dict
    assert Workshop.objects.count() == 1


def test_a_step_setting_outside_its_kind_is_refused_naming_the_field(room):
    with pytest.raises(ValidationError) as error:
        services.step_add(
            workshop=room.workshop, kind="poll", title="Peiling", config={"options": ["Ja"]}
        )
    assert "config.options" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        services.step_add(
            workshop=room.workshop,
            kind="poll",
            title="Peiling",
            config={"options": ["Ja", "Nee"], "colour": "red"},
        )
    assert "config.colour" in error.value.message_dict
    assert room.workshop.steps.count() == 4


def test_only_the_workshops_facilitators_steer_it(room):
    other = UserFactory()
    with pytest.raises(PermissionDenied):
        services.workshop_steer(workshop=room.workshop, user=other, command="next")
    room.workshop.refresh_from_db()
    assert room.workshop.current_step.order == 1
    seq = room.workshop.sequence
    steer(room, "next")
    assert room.workshop.current_step.order == 2
    assert room.workshop.sequence == seq + 1


def test_dots_never_exceed_the_dots_and_a_new_placing_replaces_the_old(room):
    open_step(room, 2)
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    first, second, third = (e.pk for e in room.elements)
    with pytest.raises(ValidationError) as error:
        _act(anna, "dots_place", {"dots": {first: 2, second: 2}}, "a1")
    assert error.value.message_dict["payload.dots"] == ["U hebt 3 stippen te zetten."]
    _act(anna, "dots_place", {"dots": {first: 3}}, "a2")
    _act(anna, "dots_place", {"dots": {first: 1, second: 2}}, "a3")
    _act(bram, "dots_place", {"dots": {second: 1}}, "b1")
    step = room.workshop.current_step
    assert selectors.step_results(step=step)["dots"] == {
        str(first): 1,
        str(second): 3,
        str(third): 0,
    }
    assert selectors.participant_own(participant=anna)["dots"] == {str(first): 1, str(second): 2}


def test_a_retried_client_id_is_stored_once_and_gets_the_same_answer(room):
    open_step(room, 2)
    anna = _join(room)
    element = room.elements[0].pk
    first = _act(anna, "dots_place", {"dots": {element: 2}}, "retry-1")
    again = _act(anna, "dots_place", {"dots": {element: 2}}, "retry-1")
    assert again.repeated and again.action.pk == first.action.pk
    assert again.seq == first.seq
    assert Action.objects.filter(participant=anna).count() == 1


def test_participants_act_only_on_the_current_open_step(room):
    anna = _join(room)
    steer(room, "start", "next")  # the dot vote, not opened yet
    with pytest.raises(ValidationError) as error:
        _act(anna, "dots_place", {"dots": {room.elements[0].pk: 1}}, "c1")
    assert "step" in error.value.message_dict
    steer(room, ("input", True))
    with pytest.raises(ValidationError) as error:
        _act(anna, "note_post", {"column": 0, "text": "Samen opleiden"}, "c2")
    assert "kind" in error.value.message_dict
    assert not Action.objects.exists()


def test_notes_are_limited_and_upvoted_once_per_person(room):
    open_step(room, 3)
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    with pytest.raises(ValidationError) as error:
        _act(anna, "note_post", {"column": 0, "text": "x" * (LIVE_NOTE_MAX_LENGTH + 1)}, "n0")
    assert "payload.text" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        _act(anna, "note_post", {"column": 5, "text": "Geen kolom"}, "n1")
    assert "payload.column" in error.value.message_dict
    note = _act(anna, "note_post", {"column": 1, "text": "Te weinig monteurs"}, "n2").action
    _act(bram, "note_upvote", {"note": note.pk}, "u1")
    with pytest.raises(ValidationError):
        _act(bram, "note_upvote", {"note": note.pk}, "u2")
    columns = selectors.step_results(step=room.workshop.current_step)["columns"]
    assert columns[1] == [
        {
            "id": note.pk,
            "text": "Te weinig monteurs",
            "upvotes": 1,
            "by": "Anna",
            "group": None,
            "element": None,
            "merged": 0,
        }
    ]
    assert columns[0] == columns[2] == []


def test_a_single_choice_poll_takes_one_answer(room):
    poll = services.step_add(
        workshop=room.workshop,
        kind="poll",
        title="Doet u mee?",
        config={"options": ["Ja", "Nee", "Misschien"]},
    )
    steer(room, "start", ("goto", poll.pk), ("input", True))
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    with pytest.raises(ValidationError) as error:
        _act(anna, "poll_answer", {"options": [0, 1]}, "p1")
    assert "payload.options" in error.value.message_dict
    with pytest.raises(ValidationError):
        _act(anna, "poll_answer", {"options": [3]}, "p2")
    _act(anna, "poll_answer", {"options": [0]}, "p3")
    _act(bram, "poll_answer", {"options": [2]}, "p4")
    _act(anna, "poll_answer", {"options": [1]}, "p5")  # changed her mind
    assert selectors.step_results(step=poll)["counts"] == [0, 1, 1]


def test_results_reach_participants_only_when_shown(room):
    open_step(room, 2)
    _act(_join(room), "dots_place", {"dots": {room.elements[0].pk: 1}}, "r1")
    state = selectors.workshop_state(workshop=room.workshop)
    assert state["results"] is None
    assert state["present"] == 1
    assert selectors.workshop_state(workshop=room.workshop, presenter=True)["results"]
    steer(room, ("results", True))
    state = selectors.workshop_state(workshop=room.workshop)
    assert state["results"]["dots"][str(room.elements[0].pk)] == 1
    assert [e["title"] for e in state["step"]["config"]["elements"]] == [
        e.title for e in room.elements
    ]


def test_a_logged_in_member_joins_once_and_an_ended_workshop_not_at_all(room):
    member = UserFactory(first_name="Carla", last_name="Bos")
    first = services.participant_join(workshop=room.workshop, user=member)
    again = services.participant_join(workshop=room.workshop, user=member)
    assert first.pk == again.pk and first.display_name == "Carla Bos"
    steer(room, "end")
    assert selectors.workshop_by_code(code=room.workshop.code) is None
    with pytest.raises(ValidationError):
        _join(room, "Laat")


def test_a_dot_vote_only_takes_elements_of_the_plate(room):
    not_an_element = room.session.pk
    with pytest.raises(ValidationError) as error:
        services.step_add(
            workshop=room.workshop,
            kind="dot_vote",
            title="Stippen",
            config={"dots": 3, "elements": [room.elements[0].pk, not_an_element]},
        )
    assert "config.elements" in error.value.message_dict
    assert room.workshop.steps.count() == 4


def test_a_hidden_note_leaves_the_wall_and_only_a_facilitator_hides_it(room):
    open_step(room, 3)
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    note = _act(anna, "note_post", {"column": 0, "text": "Iets ongepasts"}, "n1").action
    kept = _act(bram, "note_post", {"column": 0, "text": "Een mentor per uitlening"}, "n2").action
    with pytest.raises(PermissionDenied):
        services.action_moderate(
            workshop=room.workshop,
            user=anna.user or UserFactory(),
            action_id=note.pk,
            command="hide",
        )
    seq = services.action_moderate(
        workshop=room.workshop, user=room.facilitator, action_id=note.pk, command="hide"
    )
    assert seq == Workshop.objects.get(pk=room.workshop.pk).sequence
    columns = selectors.step_results(step=room.workshop.current_step)["columns"]
    assert [n["id"] for n in columns[0]] == [kept.pk]
    with pytest.raises(ValidationError) as error:
        _act(bram, "note_upvote", {"note": note.pk}, "u1")
    assert "payload.note" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        services.action_moderate(
            workshop=room.workshop, user=room.facilitator, action_id=note.pk, command="melt"
        )
    assert "command" in error.value.message_dict
    services.action_moderate(
        workshop=room.workshop, user=room.facilitator, action_id=note.pk, command="show"
    )
    columns = selectors.step_results(step=room.workshop.current_step)["columns"]
    assert {n["id"] for n in columns[0]} == {kept.pk, note.pk}


def test_every_kind_of_step_has_a_label_a_schema_and_templates():
    for name, kind in KINDS.items():
        assert name in StepKind.values
        assert kind.config_schema is not None
        get_template(kind.results_template)
        get_template(kind.form_template)
        if kind.main_action:
            assert kind.main_action in kind.forms
