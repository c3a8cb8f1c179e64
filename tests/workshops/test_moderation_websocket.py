"""Moderation reaches the room: a note merged from the console leaves every phone's wall."""

import pytest
from channels.db import database_sync_to_async

from tests.notifications.websocket import run_apart
from tests.workshops.conftest import open_step
from tests.workshops.test_websocket import _cookie_of, _joined
from workshops import services

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_merge_from_the_console_is_broadcast_and_the_room_sees_the_merged_wall(client, room):
    open_step(room, 3)
    services.workshop_steer(
        workshop=room.workshop, user=room.facilitator, command="results", value=True
    )
    anna = services.participant_join(workshop=room.workshop, display_name="Anna")
    first = services.action_submit(
        participant=anna, kind="note_post", payload={"column": 0, "text": "A"}, client_id="n1"
    ).action
    second = services.action_submit(
        participant=anna, kind="note_post", payload={"column": 0, "text": "B"}, client_id="n2"
    ).action
    client.force_login(room.facilitator)
    url = f"/live/{room.workshop.code}/console/"
    form = {"moderate": second.pk, "command": "merge", "value": first.pk}

    async def scenario():
        phone, state = await _joined(room.workshop.code, _cookie_of(anna))
        response = await database_sync_to_async(client.post)(url, form)
        pushed = await phone.receive_json_from(timeout=5)
        await phone.disconnect()
        return state, response.status_code, pushed

    state, status, pushed = run_apart(scenario)
    assert [note["id"] for note in state["results"]["columns"][0]] == [first.pk, second.pk]
    assert status == 302
    assert pushed["seq"] == state["seq"] + 1
    assert [note["id"] for note in pushed["results"]["columns"][0]] == [first.pk]
    assert pushed["results"]["columns"][0][0]["merged"] == 1
