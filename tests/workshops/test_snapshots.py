"""Coalesced snapshots (`workshops.broadcast`): each sender's action is acknowledged at once,
the room gets at most one snapshot per interval, and the last one always carries the last
change, from the websocket and from a page's form alike."""

import time

import pytest
from asgiref.sync import sync_to_async
from django.urls import reverse

from tests.notifications.websocket import run_apart, session_cookie
from tests.workshops.conftest import open_step, steer
from tests.workshops.test_websocket import _cookie_of, _join, _joined, _vote
from workshops.models import Action

pytestmark = pytest.mark.django_db(transaction=True)

INTERVAL = 0.5
ACTIONS = 6


async def _until_seq(socket, seq: int, timeout: float = 10) -> list[dict]:
    """Every message up to and including the first state whose seq reaches `seq`."""
    received = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        message = await socket.receive_json_from(timeout=timeout)
        received.append(message)
        if message["type"] == "state" and message["seq"] >= seq:
            return received
    raise AssertionError(f"no state with seq {seq}: {received}")


def test_a_burst_of_votes_is_acked_each_and_reaches_the_room_as_few_snapshots(room, settings):
    settings.LIVE_SNAPSHOT_INTERVAL = INTERVAL
    open_step(room, 2)
    steer(room, ("results", True))
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    code, element = room.workshop.code, room.elements[0].pk

    async def scenario():
        voter, _state = await _joined(code, _cookie_of(anna))
        watcher, _state = await _joined(code, _cookie_of(bram))
        acks = []
        for number in range(1, ACTIONS + 1):
            # Anna changes her mind: her last placement is what counts.
            await voter.send_json_to(_vote(element, f"anna-{number}", dots=1 + number % 3))
            message = await voter.receive_json_from(timeout=5)
            while message["type"] != "ack":  # a snapshot may come between two acks
                message = await voter.receive_json_from(timeout=5)
            acks.append(message)
        seen = await _until_seq(watcher, acks[-1]["seq"])
        more = await watcher.receive_nothing(timeout=INTERVAL * 2)
        for socket in (voter, watcher):
            await socket.disconnect()
        return acks, seen, more

    acks, seen, more = run_apart(scenario)
    assert [ack["client_id"] for ack in acks] == [f"anna-{n}" for n in range(1, ACTIONS + 1)]
    seqs = [ack["seq"] for ack in acks]
    assert seqs == sorted(seqs) and len(set(seqs)) == ACTIONS
    snapshots = [message for message in seen if message["type"] == "state"]
    # The first change goes at once, the rest wait for the interval's end: fewer snapshots
    # than actions, and the last carries the last vote.
    assert len(snapshots) < ACTIONS
    assert snapshots[-1]["seq"] == seqs[-1]
    assert snapshots[-1]["results"]["dots"][str(element)] == 1 + ACTIONS % 3
    assert more  # nothing after the final snapshot: nothing was pending


def test_a_form_post_goes_through_the_same_seam_and_its_change_reaches_the_room(
    client, room, settings
):
    settings.LIVE_SNAPSHOT_INTERVAL = INTERVAL
    open_step(room, 2)
    anna = _join(room, "Anna")
    code, element = room.workshop.code, room.elements[0].pk
    console = reverse("workshops:console", kwargs={"code": code})
    session_cookie(client, room.facilitator)

    async def scenario():
        phone, state = await _joined(code, _cookie_of(anna))
        await phone.send_json_to(_vote(element, "anna-1"))
        first = await _until_seq(phone, state["seq"] + 1)
        # Straight after the vote's snapshot: the console's change waits for the interval.
        started = time.monotonic()
        response = await sync_to_async(client.post)(console, {"command": "next"})
        waited = time.monotonic() - started
        moved = await _until_seq(phone, state["seq"] + 2)
        await phone.disconnect()
        return first, response, waited, moved

    first, response, waited, moved = run_apart(scenario)
    stored = Action.objects.get(client_id="anna-1")
    assert first[0] == {
        "type": "ack",
        "client_id": "anna-1",
        "seq": first[-1]["seq"],
        "id": stored.pk,
    }
    assert response.status_code == 302
    assert moved[-1]["type"] == "state" and moved[-1]["step"]["order"] == 3
    assert waited < 5 * INTERVAL + 5  # the form waits for its snapshot, not for ever


def test_a_room_too_big_for_its_process_gets_snapshots_less_often(room, settings):
    """With more pages than the process sends snapshots a second, the interval grows with
    the room: a burst reaches the room in fewer snapshots, the last still with the last vote."""
    settings.LIVE_SNAPSHOT_INTERVAL = 0.05
    settings.LIVE_SNAPSHOT_RATE = 4  # four messages a second: two pages make 0.5 s
    open_step(room, 2)
    steer(room, ("results", True))
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    code, element = room.workshop.code, room.elements[0].pk

    async def scenario():
        voter, _state = await _joined(code, _cookie_of(anna))
        watcher, _state = await _joined(code, _cookie_of(bram))
        started = time.monotonic()
        last = None
        for number in range(1, ACTIONS + 1):
            await voter.send_json_to(_vote(element, f"anna-{number}", dots=1 + number % 3))
            message = await voter.receive_json_from(timeout=5)
            while message["type"] != "ack":
                message = await voter.receive_json_from(timeout=5)
            last = message
        seen = await _until_seq(watcher, last["seq"])
        took = time.monotonic() - started
        for socket in (voter, watcher):
            await socket.disconnect()
        return last, seen, took

    last, seen, took = run_apart(scenario)
    snapshots = [message for message in seen if message["type"] == "state"]
    # At 0.05 s the burst would come as a snapshot per action or so; at 0.5 s in at most
    # one at once and one per half second after it.
    assert len(snapshots) <= 1 + int(took / 0.5) + 1
    assert len(snapshots) < ACTIONS
    assert snapshots[-1]["seq"] == last["seq"]
