"""The live workshop's websocket (`/ws/live/<code>/`): join by cookie, acknowledgements,
broadcasts to the room, retries, reconnects, who may steer, and the limits per connection."""

import functools
import json

import pytest
from channels.testing import WebsocketCommunicator

from config.asgi import application
from core.limits import LIVE_MESSAGE_MAX_BYTES
from network.factories import UserFactory
from tests.notifications.websocket import run_apart, session_cookie
from tests.workshops.conftest import open_step
from workshops import services
from workshops.consumers import RATE_BURST, TokenBucket, cookie_name
from workshops.models import Action

pytestmark = pytest.mark.django_db(transaction=True)


def _cookie_of(participant) -> bytes:
    return f"{cookie_name(participant.workshop.code)}={participant.token}".encode()


async def _open(
    code: str, cookie: bytes = b"", origin: bytes = b"http://testserver", query: str = ""
):
    headers = [(b"origin", origin)]
    if cookie:
        headers.append((b"cookie", cookie))
    path = f"/ws/live/{code}/" + (f"?{query}" if query else "")
    return WebsocketCommunicator(application, path, headers=headers)


async def _joined(code: str, cookie: bytes) -> tuple[WebsocketCommunicator, dict]:
    socket = await _open(code, cookie)
    connected, _ = await socket.connect()
    assert connected
    state = await socket.receive_json_from(timeout=5)
    assert state["type"] == "state"
    return socket, state


def _vote(element_pk: int, client_id: str, dots: int = 1) -> dict:
    return {
        "type": "action",
        "kind": "dots_place",
        "client_id": client_id,
        "payload": {"dots": {str(element_pk): dots}},
    }


def _join(room, name):
    return services.participant_join(workshop=room.workshop, display_name=name)


def test_a_vote_is_acked_to_the_sender_and_broadcast_to_the_room(room):
    open_step(room, 2)
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    code, element = room.workshop.code, room.elements[0].pk

    async def scenario():
        first, state = await _joined(code, _cookie_of(anna))
        second, _state = await _joined(code, _cookie_of(bram))
        assert state["step"]["kind"] == "dot_vote" and state["step"]["open"]
        await first.send_json_to(_vote(element, "anna-1", dots=2))
        ack = await first.receive_json_from(timeout=5)
        pushed_first = await first.receive_json_from(timeout=5)
        pushed_second = await second.receive_json_from(timeout=5)
        for socket in (first, second):
            await socket.disconnect()
        return state, ack, pushed_first, pushed_second

    state, ack, pushed_first, pushed_second = run_apart(scenario)
    stored = Action.objects.get(client_id="anna-1")
    assert ack == {"type": "ack", "client_id": "anna-1", "seq": state["seq"] + 1, "id": stored.pk}
    assert pushed_first == pushed_second
    assert pushed_second["type"] == "state" and pushed_second["seq"] == ack["seq"]
    assert Action.objects.get(client_id="anna-1").payload == {"dots": {str(element): 2}}


def test_a_retried_client_id_is_counted_once_and_a_reconnect_gets_the_current_state(room):
    open_step(room, 2)
    services.workshop_steer(
        workshop=room.workshop, user=room.facilitator, command="results", value=True
    )
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    code, element = room.workshop.code, room.elements[1].pk

    async def scenario():
        first, _state = await _joined(code, _cookie_of(anna))
        await first.send_json_to(_vote(element, "same-id"))
        ack = await first.receive_json_from(timeout=5)
        await first.receive_json_from(timeout=5)  # the broadcast
        await first.disconnect()  # the connection drops before Anna sees anything
        # Bram votes while Anna is away.
        second, _state = await _joined(code, _cookie_of(bram))
        await second.send_json_to(_vote(element, "bram-1"))
        await second.receive_json_from(timeout=5)
        await second.receive_json_from(timeout=5)
        # Anna comes back and her page retries the same action.
        again, current = await _joined(code, _cookie_of(anna))
        await again.send_json_to(_vote(element, "same-id"))
        retry_ack = await again.receive_json_from(timeout=5)
        nothing_more = await again.receive_nothing(timeout=0.3)
        for socket in (second, again):
            await socket.disconnect()
        return ack, current, retry_ack, nothing_more

    ack, current, retry_ack, nothing_more = run_apart(scenario)
    assert current["results"]["dots"][str(element)] == 2
    assert current["mine"]["dots"] == {str(element): 1}
    assert retry_ack["type"] == "ack" and retry_ack["client_id"] == "same-id"
    assert retry_ack["seq"] == current["seq"] > ack["seq"]
    assert nothing_more  # a retry changes nothing, so nothing is broadcast
    assert Action.objects.filter(client_id="same-id").count() == 1


def test_a_bad_action_gets_an_error_naming_the_field(room):
    open_step(room, 3)
    anna = _join(room, "Anna")
    code = room.workshop.code

    async def scenario():
        socket, _state = await _joined(code, _cookie_of(anna))
        await socket.send_json_to(
            {"type": "action", "kind": "note_post", "client_id": "n1", "payload": {"column": 0}}
        )
        error = await socket.receive_json_from(timeout=5)
        await socket.disconnect()
        return error

    error = run_apart(scenario)
    assert error["type"] == "error" and error["client_id"] == "n1"
    assert list(error["errors"]) == ["payload.text"]
    assert error["errors"]["payload.text"] == ["Dit is een verplicht veld."]
    assert not Action.objects.exists()


def test_the_facilitator_steers_over_the_socket_and_a_participant_may_not(client, room):
    anna = _join(room, "Anna")
    code = room.workshop.code
    facilitator_cookie = session_cookie(client, room.facilitator)

    async def scenario():
        console, state = await _joined(code, facilitator_cookie)
        phone, _state = await _joined(code, _cookie_of(anna))
        await phone.send_json_to({"type": "steer", "command": "next", "client_id": "x"})
        refused = await phone.receive_json_from(timeout=5)
        await console.send_json_to({"type": "steer", "command": "next", "client_id": "c1"})
        ack = await console.receive_json_from(timeout=5)
        moved = await phone.receive_json_from(timeout=5)
        for socket in (console, phone):
            await socket.disconnect()
        return state, refused, ack, moved

    state, refused, ack, moved = run_apart(scenario)
    assert state["step"]["order"] == 1
    assert refused["type"] == "error" and "command" in refused["errors"]
    assert ack["type"] == "ack" and ack["client_id"] == "c1"
    assert moved["step"]["order"] == 2


def test_strangers_other_origins_and_unknown_codes_are_refused(client, room, monkeypatch):
    # The origin check takes ALLOWED_HOSTS when the application is built (the test settings
    # allow every host): give the site's own validator the host of production's kind.
    validator = application.application_mapping["websocket"]
    monkeypatch.setattr(validator, "allowed_origins", ["testserver"])
    code = room.workshop.code
    member_cookie = session_cookie(client, UserFactory())
    anna = _join(room, "Anna")

    async def scenario():
        outcomes = []
        for path_code, cookie, origin in (
            (code, member_cookie, b"http://testserver"),  # logged in, not joined
            (code, b"", b"http://testserver"),
            ("ZZZZZZ", _cookie_of(anna), b"http://testserver"),
            (code, _cookie_of(anna), b"http://evil.example"),
        ):
            socket = await _open(path_code, cookie, origin)
            connected, close_code = await socket.connect()
            outcomes.append((connected, close_code))
        return outcomes

    outcomes = run_apart(scenario)
    assert [connected for connected, _ in outcomes] == [False] * 4
    assert [close for _, close in outcomes[:3]] == [4403, 4403, 4404]


def test_an_oversized_message_is_refused_and_a_flooder_slowed(room, monkeypatch):
    # The clock held still: no token comes back while the flood is answered, however slow
    # the machine (at RATE_PER_SECOND one would come back every 200 ms).
    monkeypatch.setattr(TokenBucket, "clock", staticmethod(lambda: 1000.0))
    open_step(room, 2)
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    code, element = room.workshop.code, room.elements[0].pk

    async def scenario():
        big, _state = await _joined(code, _cookie_of(anna))
        await big.send_to(
            text_data=json.dumps({"type": "resync", "x": "y" * LIVE_MESSAGE_MAX_BYTES})
        )
        too_large = await big.receive_json_from(timeout=5)
        closed = await big.receive_output(timeout=5)
        flooder, _state = await _joined(code, _cookie_of(anna))
        calm, _state = await _joined(code, _cookie_of(bram))
        for _ in range(RATE_BURST + 5):
            await flooder.send_json_to({"type": "resync"})
        answers = [await flooder.receive_json_from(timeout=5) for _ in range(RATE_BURST + 5)]
        await calm.send_json_to(_vote(element, "calm-1"))
        calm_ack = await calm.receive_json_from(timeout=5)
        # The flooder is slowed, not the room: the calm vote reaches everyone, the flooder too.
        seen = [await socket.receive_json_from(timeout=5) for socket in (calm, flooder)]
        for socket in (flooder, calm):
            await socket.disconnect()
        return too_large, closed, answers, calm_ack, seen

    too_large, closed, answers, calm_ack, seen = run_apart(scenario)
    assert too_large["type"] == "error" and "message" in too_large["errors"]
    assert closed == {"type": "websocket.close", "code": 1009}
    kinds = [answer["type"] for answer in answers]
    assert kinds[:RATE_BURST] == ["state"] * RATE_BURST
    assert kinds[RATE_BURST:] == ["error"] * 5
    assert calm_ack["type"] == "ack"
    assert [(state["type"], state["seq"]) for state in seen] == [("state", calm_ack["seq"])] * 2


def test_the_pages_script_sends_the_plain_forms_fields_and_gets_the_same_rules(room):
    """The participant's page sends the fields of the step's form; the server reads them
    with that form, so a bad field is named and a good one counts like the plain post."""
    open_step(room, 2)
    anna = _join(room, "Anna")
    code, element = room.workshop.code, room.elements[1].pk

    async def scenario():
        socket, _state = await _joined(code, _cookie_of(anna))
        await socket.send_json_to(
            {
                "type": "action",
                "kind": "dots_place",
                "client_id": "f-1",
                "fields": {f"dots_{element}": ["many"]},
            }
        )
        refused = await socket.receive_json_from(timeout=5)
        await socket.send_json_to(
            {
                "type": "action",
                "kind": "dots_place",
                "client_id": "f-2",
                "fields": {f"dots_{element}": ["2"]},
            }
        )
        ack = await socket.receive_json_from(timeout=5)
        await socket.disconnect()
        return refused, ack

    refused, ack = run_apart(scenario)
    assert refused["type"] == "error" and f"payload.dots_{element}" in refused["errors"]
    assert ack["type"] == "ack" and ack["client_id"] == "f-2"
    assert Action.objects.get(client_id="f-2").payload == {"dots": {str(element): 2}}
    assert not Action.objects.filter(client_id="f-1").exists()


def test_pages_that_end_without_leaving_do_not_hold_up_the_next_room(room):
    """A server loop that ends with pages still open (a crash, a phone gone mid-step) leaves
    the channel layer fit for the next: the rooms opened after it still hear every vote."""
    open_step(room, 2)
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    code, element = room.workshop.code, room.elements[0].pk

    async def left_open():
        for participant in (anna, bram):
            await _joined(code, _cookie_of(participant))  # never disconnected
        # One the server closed (too big a message), one it refused (an unknown code).
        big, _state = await _joined(code, _cookie_of(anna))
        await big.send_to(text_data="y" * (LIVE_MESSAGE_MAX_BYTES + 1))
        await big.receive_output(timeout=5)
        stranger = await _open("ZZZZZZ")
        assert (await stranger.connect())[0] is False

    async def next_room(round_number):
        listener, _state = await _joined(code, _cookie_of(anna))
        voter, _state = await _joined(code, _cookie_of(bram))
        await voter.send_json_to(_vote(element, f"bram-{round_number}"))
        ack = await voter.receive_json_from(timeout=5)
        heard = await listener.receive_json_from(timeout=5)
        for socket in (listener, voter):
            await socket.disconnect()
        return ack["seq"], heard["seq"]

    run_apart(left_open)
    run_apart(left_open)
    for round_number in (1, 2):
        acked, heard = run_apart(functools.partial(next_room, round_number))
        assert heard == acked
    assert Action.objects.filter(client_id__startswith="bram-").count() == 2


def test_a_state_with_results_carries_them_drawn_in_the_pages_language(room):
    """With the results shown, the room's states carry the results region as a participant's
    page draws it, in the language of the page that opened the socket, so no phone fetches
    its page for them; what is one person's own (their upvotes) is not in it."""
    open_step(room, 3)
    services.workshop_steer(
        workshop=room.workshop, user=room.facilitator, command="results", value=True
    )
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    code = room.workshop.code

    async def scenario():
        dutch, _state = await _joined(code, _cookie_of(anna))
        english = await _open(code, _cookie_of(bram), query="lang=en")
        assert (await english.connect())[0]
        on_connect = await english.receive_json_from(timeout=5)
        await dutch.send_json_to(
            {
                "type": "action",
                "kind": "note_post",
                "client_id": "n1",
                "payload": {"column": 0, "text": "Een monteur op dinsdag"},
            }
        )
        ack = await dutch.receive_json_from(timeout=5)
        pushed_dutch = await dutch.receive_json_from(timeout=5)
        pushed_english = await english.receive_json_from(timeout=5)
        for socket in (dutch, english):
            await socket.disconnect()
        return on_connect, ack, pushed_dutch, pushed_english

    on_connect, ack, pushed_dutch, pushed_english = run_apart(scenario)
    note = Action.objects.get(client_id="n1")
    assert ack["id"] == note.pk
    # On connect, the page's own state: the results in its language, the wall still empty.
    assert "Results" in on_connect["results_html"] and "No notes yet." in on_connect["results_html"]
    for pushed in (pushed_dutch, pushed_english):
        assert pushed["seq"] == ack["seq"] and "Een monteur op dinsdag" in pushed["results_html"]
        # The upvote form is everyone's; the token and client id are the page's own.
        assert f'name="note" value="{note.pk}"' in pushed["results_html"]
        assert "csrfmiddlewaretoken" not in pushed["results_html"]
    assert (
        "Uitkomsten" in pushed_dutch["results_html"] and "Steunen" in pushed_dutch["results_html"]
    )
    assert "Results" in pushed_english["results_html"]
    assert "Upvote" in pushed_english["results_html"]
    assert pushed_dutch["results"] == pushed_english["results"]


def test_a_socket_asking_for_an_unknown_language_gets_the_sites_own(room):
    open_step(room, 2)
    services.workshop_steer(
        workshop=room.workshop, user=room.facilitator, command="results", value=True
    )
    anna = _join(room, "Anna")

    async def scenario():
        socket = await _open(room.workshop.code, _cookie_of(anna), query="lang=xx%00")
        assert (await socket.connect())[0]
        state = await socket.receive_json_from(timeout=5)
        await socket.disconnect()
        return state

    assert "Uitkomsten" in run_apart(scenario)["results_html"]
