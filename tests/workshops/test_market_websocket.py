"""The market round over the websocket: the page's script sends the plain form's fields, the
post is acknowledged, and the worker's draft follows the commit."""

import pytest

from matching.choices import RequestStatus
from tests.notifications.websocket import run_apart
from tests.workshops.test_websocket import _cookie_of, _joined
from workshops import services
from workshops.choices import MarketLeadStatus
from workshops.models import Action, MarketLead

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_members_post_over_the_socket_is_acked_and_drafted_after_the_commit(market):
    mila = services.participant_join(workshop=market.room.workshop, user=market.member.user)
    code = market.room.workshop.code

    async def scenario():
        socket, state = await _joined(code, _cookie_of(mila))
        fields = {"side": ["need"], "who": ["monteur"], "hours_per_week": ["6"]}
        await socket.send_json_to(
            {
                "type": "action",
                "kind": "market_post",
                "client_id": "w0",
                "fields": {**fields, "place": ["Atlantis"]},
            }
        )
        refused = await socket.receive_json_from(timeout=5)
        await socket.send_json_to(
            {
                "type": "action",
                "kind": "market_post",
                "client_id": "w1",
                "fields": {**fields, "weekdays": ["4"], "place": ["Assen"]},
            }
        )
        ack = await socket.receive_json_from(timeout=5)
        pushed = await socket.receive_json_from(timeout=5)
        await socket.disconnect()
        return state, refused, ack, pushed

    state, refused, ack, pushed = run_apart(scenario)
    assert state["step"]["kind"] == "market"
    assert refused["type"] == "error" and "payload.place" in refused["errors"]
    stored = Action.objects.get(client_id="w1")
    assert ack == {"type": "ack", "client_id": "w1", "seq": pushed["seq"], "id": stored.pk}
    assert not Action.objects.filter(client_id="w0").exists()
    lead = MarketLead.objects.get(action__client_id="w1")
    assert lead.status == MarketLeadStatus.DRAFTED
    assert lead.request.organisation == market.organisation
    assert lead.request.status == RequestStatus.DRAFT
    assert lead.request.place == market.place
    assert [w.weekday for w in lead.request.windows.all()] == [4]


def test_a_retried_post_makes_one_lead(market):
    guest = services.participant_join(workshop=market.room.workshop, display_name="Gast")
    code = market.room.workshop.code
    message = {
        "type": "action",
        "kind": "market_post",
        "client_id": "again",
        "payload": {"side": "offer", "who": "planner", "hours_per_week": 4},
    }

    async def scenario():
        socket, _state = await _joined(code, _cookie_of(guest))
        await socket.send_json_to(message)
        first = await socket.receive_json_from(timeout=5)
        await socket.receive_json_from(timeout=5)  # the broadcast
        await socket.send_json_to(message)
        second = await socket.receive_json_from(timeout=5)
        await socket.disconnect()
        return first, second

    first, second = run_apart(scenario)
    assert first["type"] == second["type"] == "ack"
    assert MarketLead.objects.filter(action__client_id="again").count() == 1
    assert MarketLead.objects.get().status == MarketLeadStatus.LEAD
