"""The step timer over the websocket: the facilitator starts it, a refused length is named
on `value`, and the room's state carries the timer's end to every phone."""

import pytest

from tests.notifications.websocket import run_apart, session_cookie
from tests.workshops.conftest import open_step
from tests.workshops.test_websocket import _cookie_of, _join, _joined

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_facilitator_starts_the_timer_over_the_socket_and_the_phones_see_its_end(client, room):
    open_step(room, 2)
    anna = _join(room, "Anna")
    code = room.workshop.code
    facilitator_cookie = session_cookie(client, room.facilitator)

    async def scenario():
        console, _state = await _joined(code, facilitator_cookie)
        phone, before = await _joined(code, _cookie_of(anna))
        await phone.send_json_to(
            {"type": "steer", "command": "timer_start", "value": 60, "client_id": "p1"}
        )
        not_yours = await phone.receive_json_from(timeout=5)
        await console.send_json_to(
            {"type": "steer", "command": "timer_start", "value": 5, "client_id": "c1"}
        )
        too_short = await console.receive_json_from(timeout=5)
        await console.send_json_to(
            {"type": "steer", "command": "timer_start", "value": 60, "client_id": "c2"}
        )
        ack = await console.receive_json_from(timeout=5)
        started = await phone.receive_json_from(timeout=5)
        for socket in (console, phone):
            await socket.disconnect()
        return before, not_yours, too_short, ack, started

    before, not_yours, too_short, ack, started = run_apart(scenario)
    assert before["timer"] is None
    assert not_yours["type"] == "error" and "command" in not_yours["errors"]
    assert too_short["type"] == "error" and too_short["client_id"] == "c1"
    assert too_short["errors"] == {"value": ["Een timer loopt van 10 tot 3600 seconden."]}
    assert ack["type"] == "ack" and ack["client_id"] == "c2"
    assert started["type"] == "state" and started["timer"]["seconds"] == 60
    assert 55 <= started["timer"]["left"] <= 60 and started["timer"]["ends_at"]
