"""A burst of actions over the websocket: what arrives at the same moment is stored together,
and each action is still applied or refused on its own, in its sender's order, once."""

import asyncio
import threading
import time

import pytest
from channels.testing import WebsocketCommunicator
from django.db import connection, transaction

from config.asgi import application
from tests.notifications.websocket import run_apart
from tests.workshops.conftest import open_step
from workshops import services
from workshops.consumers import cookie_name
from workshops.models import Action, Workshop

pytestmark = pytest.mark.django_db(transaction=True)


async def _phone(participant) -> WebsocketCommunicator:
    cookie = f"{cookie_name(participant.workshop.code)}={participant.token}".encode()
    socket = WebsocketCommunicator(
        application,
        f"/ws/live/{participant.workshop.code}/",
        headers=[(b"origin", b"http://testserver"), (b"cookie", cookie)],
    )
    connected, _ = await socket.connect()
    assert connected
    assert (await socket.receive_json_from(timeout=5))["type"] == "state"
    return socket


async def _answers(socket, count: int) -> list[dict]:
    """The next `count` acks and errors this socket gets, the room's states skipped."""
    answers = []
    while len(answers) < count:
        message = await socket.receive_json_from(timeout=10)
        if message["type"] in ("ack", "error"):
            answers.append(message)
    return answers


def _action(kind: str, client_id: str, payload) -> dict:
    return {"type": "action", "kind": kind, "client_id": client_id, "payload": payload}


def _fields(client_id: str, fields: dict) -> dict:
    return {"type": "action", "kind": "dots_place", "client_id": client_id, "fields": fields}


def test_a_burst_from_many_phones_is_each_applied_or_refused_by_name(room):
    open_step(room, 2)
    people = [
        services.participant_join(workshop=room.workshop, display_name=f"Deelnemer {n}")
        for n in range(10)
    ]
    element = str(room.elements[0].pk)
    dots = room.workshop.steps.get(order=2).config["dots"]
    sent = {
        0: _action("dots_place", "p0", {"dots": {element: 1}}),
        1: _action("dots_place", "p1", {"dots": {element: dots + 1}}),  # too many dots
        2: _action("dots_place", "p2", {"dots": {"999999": 1}}),  # not on this step
        3: _action(["dots_place"], "p3", {"dots": {element: 1}}),  # a kind that is no name
        4: _action("note_post", "p4", {"column": 0, "text": "Verkeerde stap"}),
        5: _fields("p5", {f"dots_{element}": ["veel"]}),  # the page's form, not a number
        6: _action("dots_place", "p6", {"dots": {element: 2}}),
        7: _fields("p7", {f"dots_{element}": ["1"]}),  # the page's form, as its script sends
        # Client ids no database stores: a NUL byte, a lone surrogate.
        8: _action("dots_place", "p8\x00", {"dots": {element: 1}}),
        9: _action("dots_place", "p9\ud800", {"dots": {element: 1}}),
    }

    async def scenario():
        phones = [await _phone(person) for person in people]
        for index, message in sent.items():
            await phones[index].send_json_to(message)
        answers = await asyncio.gather(*(_answers(phone, 1) for phone in phones))
        for phone in phones:
            await phone.disconnect()
        return [found[0] for found in answers]

    answers = run_apart(scenario)
    assert [answer["client_id"] for answer in answers] == [
        *(f"p{n}" for n in range(8)),
        "p8\x00",
        "p9\ud800",
    ]
    kinds = [answer["type"] for answer in answers]
    assert kinds == ["ack", *["error"] * 5, "ack", "ack", "error", "error"]
    assert list(answers[1]["errors"]) == ["payload.dots"]
    assert answers[1]["errors"]["payload.dots"] == [f"U hebt {dots} stippen te zetten."]
    assert list(answers[2]["errors"]) == ["payload.dots"]
    assert answers[3]["errors"] == {"kind": ["Dit soort actie kennen we niet."]}
    assert answers[4]["errors"] == {"kind": ["Deze actie hoort niet bij deze stap."]}
    assert answers[5]["errors"] == {f"payload.dots_{element}": ["Voer een geheel getal in."]}
    not_text = ["De tekst bevat tekens die niet zijn toegestaan (zoals een NUL-teken)."]
    assert answers[8]["errors"] == answers[9]["errors"] == {"client_id": not_text}
    stored = Action.objects.order_by("client_id")
    assert [(action.client_id, action.payload) for action in stored] == [
        ("p0", {"dots": {element: 1}}),
        ("p6", {"dots": {element: 2}}),
        ("p7", {"dots": {element: 1}}),
    ]
    workshop = Workshop.objects.get(pk=room.workshop.pk)
    assert all(answer["seq"] <= workshop.sequence for answer in answers if answer["type"] == "ack")


def _wall_with_a_note(room):
    """The idea wall open, with Anna's note on it, and Bram in the room: (Bram, the note)."""
    open_step(room, 3)
    anna = services.participant_join(workshop=room.workshop, display_name="Anna")
    bram = services.participant_join(workshop=room.workshop, display_name="Bram")
    note = services.action_submit(
        participant=anna,
        kind="note_post",
        payload={"column": 0, "text": "Monteur lenen op dinsdag"},
        client_id="a1",
    ).action
    return bram, note


def test_one_phones_burst_is_stored_in_its_order_and_a_repeated_id_once(room):
    bram, note = _wall_with_a_note(room)
    upvote = _action("note_upvote", "b1", {"note": note.pk})

    async def scenario():
        phone = await _phone(bram)
        # Sent at once: the same upvote twice (a retry), then again under a new id, then a
        # note of his own.
        for message in (
            upvote,
            upvote,
            _action("note_upvote", "b2", {"note": note.pk}),
            _action("note_post", "b3", {"column": 1, "text": "Wie neemt het werk over?"}),
        ):
            await phone.send_json_to(message)
        answers = await _answers(phone, 4)
        await phone.disconnect()
        return answers

    answers = run_apart(scenario)
    assert [(answer["type"], answer["client_id"]) for answer in answers] == [
        ("ack", "b1"),
        ("ack", "b1"),
        ("error", "b2"),
        ("ack", "b3"),
    ]
    assert answers[0]["seq"] == answers[1]["seq"]  # the retry was told the same change
    assert answers[2]["errors"] == {"payload.note": ["U steunde dit briefje al."]}
    assert Action.objects.filter(participant=bram, kind="note_upvote").count() == 1
    assert Action.objects.filter(participant=bram, kind="note_post").count() == 1


def test_one_person_on_two_tabs_at_once_is_counted_once(room):
    bram, note = _wall_with_a_note(room)

    async def scenario():
        tabs = [await _phone(bram), await _phone(bram)]
        # Both tabs upvote the same note at the same moment, each under its own id.
        await tabs[0].send_json_to(_action("note_upvote", "tab-1", {"note": note.pk}))
        await tabs[1].send_json_to(_action("note_upvote", "tab-2", {"note": note.pk}))
        answers = await asyncio.gather(*(_answers(tab, 1) for tab in tabs))
        for tab in tabs:
            await tab.disconnect()
        return sorted((found[0] for found in answers), key=lambda answer: answer["type"])

    acked, refused = run_apart(scenario)
    assert acked["type"] == "ack" and refused["type"] == "error"
    assert refused["errors"] == {"payload.note": ["U steunde dit briefje al."]}
    upvotes = Action.objects.filter(participant=bram, kind="note_upvote")
    assert [action.client_id for action in upvotes] == [acked["client_id"]]


def _someone_waits_for_a_lock(seconds: float = 10) -> bool:
    """Whether, within `seconds`, another connection to this database waits for a row lock."""
    deadline = time.monotonic() + seconds
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            if cursor.fetchone()[0]:
                return True
            time.sleep(0.02)
    return False


@pytest.mark.postgres
def test_an_action_sent_as_the_facilitator_moves_on_is_checked_against_the_new_step(room):
    """A phone's dots reach the server while the facilitator's move to the idea wall is being
    stored: the dots were valid on the step the phone saw, but the workshop is on the wall by
    the time they would get their number, so they are checked again there and refused by
    name; nothing is stored on the step the room has left."""
    open_step(room, 2)
    anna = services.participant_join(workshop=room.workshop, display_name="Anna")
    element = str(room.elements[0].pk)
    wall = room.workshop.steps.get(order=3)
    moving = threading.Event()
    seen = {}

    def facilitator():
        # The move's transaction stays open until the phone's action waits for it.
        try:
            with transaction.atomic():
                services.workshop_steer(
                    workshop=room.workshop, user=room.facilitator, command="goto", value=wall.pk
                )
                moving.set()
                seen["waited"] = _someone_waits_for_a_lock()
        finally:
            moving.set()
            connection.close()

    async def scenario():
        phone = await _phone(anna)
        mover = threading.Thread(target=facilitator)
        mover.start()
        await asyncio.to_thread(moving.wait, 10)
        await phone.send_json_to(_action("dots_place", "a1", {"dots": {element: 1}}))
        answer = (await _answers(phone, 1))[0]
        await asyncio.to_thread(mover.join, 15)
        await phone.disconnect()
        return answer

    answer = run_apart(scenario)
    assert seen["waited"], "the action did not wait for the facilitator's move"
    assert answer["type"] == "error" and answer["client_id"] == "a1"
    assert answer["errors"] == {"step": ["Deze stap is gesloten voor invoer."]}
    assert not Action.objects.filter(participant=anna).exists()
    workshop = Workshop.objects.get(pk=room.workshop.pk)
    assert workshop.current_step_id == wall.pk
