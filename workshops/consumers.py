"""The live workshop's websocket: participants act, facilitators steer, everyone sees the state.

Thin over the services: a message is checked for size and rate here, then validated and stored
by a service before it is acknowledged to the sender and the new state goes to the room.
"""

import json
import time
from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from core.limits import LIVE_MESSAGE_MAX_BYTES
from workshops import selectors, services
from workshops.broadcast import room_join, room_leave, state_broadcast
from workshops.intake import action_store
from workshops.results_html import results_html

# A person taps a few times a second at most; a burst above this is a script or a stuck key.
RATE_PER_SECOND = 5.0
RATE_BURST = 15
# Refused messages past which the connection is closed: the flooder goes, the room stays.
REFUSALS_MAX = 50


def cookie_name(code: str) -> str:
    """The cookie that carries a participant's token for one workshop."""
    return f"live_{code.upper()}"


class TokenBucket:
    """A per-connection rate limit: RATE_PER_SECOND on average, RATE_BURST at once."""

    # The clock the tokens refill by (a test holds it still to see the limit exactly).
    clock = staticmethod(time.monotonic)

    def __init__(self, rate: float = RATE_PER_SECOND, burst: int = RATE_BURST):
        self.rate, self.burst = rate, burst
        self.tokens, self.at = float(burst), self.clock()

    def take(self) -> bool:
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


# The newest state of each workshop this server process has received from the group, by the
# workshop's id and code (an id alone may come back for another workshop on SQLite): its seq,
# the state as JSON text by language (broadcast.Snapshot), and whether it carries the results.
_latest: dict[tuple[int, str], tuple[int, dict[str, str], bool]] = {}


def latest_state(workshop, event: dict) -> tuple[int, dict[str, str], bool]:
    """The newest of this pushed state and the newest this process already holds."""
    key = (workshop.pk, workshop.code)
    held = _latest.get(key)
    if held is None or held[0] < event["seq"]:
        held = _latest[key] = (event["seq"], event["texts"], event["shown"])
    return held


def page_language(scope) -> str:
    """The language of the page that opened the socket (`?lang=`), else the site's own."""
    asked = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("lang", [""])[0]
    known = {code for code, _name in settings.LANGUAGES}
    return asked if asked in known else settings.LANGUAGE_CODE


class WorkshopConsumer(AsyncWebsocketConsumer):
    """One phone, presenter or console in a workshop: `ws/live/<code>/`."""

    sent_seq = -1  # the newest state this page was sent

    async def connect(self):
        code = self.scope["url_route"]["kwargs"]["code"]
        self.workshop = await database_sync_to_async(selectors.workshop_by_code)(code=code)
        if self.workshop is None:
            await self.close(code=4404)
            return
        token = self.scope.get("cookies", {}).get(cookie_name(self.workshop.code), "")
        user = self.scope.get("user")
        self.participant = await database_sync_to_async(selectors.participant_by_token)(
            workshop=self.workshop, token=token
        )
        self.facilitator = await database_sync_to_async(selectors.is_facilitator)(
            workshop=self.workshop, user=user
        )
        if self.participant is None and not self.facilitator:
            await self.close(code=4403)
            return
        self.user = user
        self.language = page_language(self.scope)
        self.bucket = TokenBucket()
        self.refusals = 0
        await self.accept()
        self.joined = True
        await room_join(self.workshop.pk, self)
        if self.participant:
            await database_sync_to_async(services.participant_seen)(participant=self.participant)
        await self._send_state()

    async def disconnect(self, code):
        if getattr(self, "joined", False):
            await room_leave(self.workshop.pk, self)
            await database_sync_to_async(services.presence_sample)(workshop=self.workshop)

    async def receive(self, text_data=None, bytes_data=None):
        size = len(text_data.encode()) if text_data is not None else len(bytes_data or b"")
        if size > LIVE_MESSAGE_MAX_BYTES:
            await self._error(None, {"message": [_("This message is too large.")]})
            await self.close(code=1009)
            return
        if not self.bucket.take():
            self.refusals += 1
            await self._error(None, {"message": [_("Too many messages: please slow down.")]})
            if self.refusals > REFUSALS_MAX:
                await self.close(code=1008)
            return
        try:
            message = json.loads(text_data or "")
        except ValueError:
            message = None
        if not isinstance(message, dict):
            await self._error(None, {"message": [_("Send a JSON object.")]})
            return
        client_id = message.get("client_id")
        kind = message.get("type")
        if kind == "resync":
            await self._send_state()
        elif kind == "action":
            await self._action(message, client_id)
        elif kind == "steer":
            await self._steer(message, client_id)
        else:
            await self._error(client_id, {"type": [_("This kind of message is not known.")]})

    async def _action(self, message, client_id):
        if self.participant is None:
            await self._error(client_id, {"type": [_("Join the workshop to take part.")]})
            return
        request = services.ActionRequest(
            participant=self.participant,
            kind=message.get("kind"),
            client_id=client_id,
            payload=message.get("payload"),
            fields=message.get("fields"),
        )
        try:
            result = await action_store(request)
        except ValidationError as error:
            await self._error(client_id, error.message_dict)
            return
        # The action's id: the page marks its own note or question as its own with it.
        await self._send(
            {"type": "ack", "client_id": client_id, "seq": result.seq, "id": result.action.pk}
        )
        if not result.repeated:
            await state_broadcast(self.workshop)

    async def _steer(self, message, client_id):
        try:
            seq = await database_sync_to_async(services.workshop_steer)(
                workshop=self.workshop,
                user=self.user,
                command=message.get("command"),
                value=message.get("value"),
            )
        except PermissionDenied as error:
            await self._error(client_id, {"command": [str(error)]})
            return
        except ValidationError as error:
            await self._error(client_id, error.message_dict)
            return
        await self._send({"type": "ack", "client_id": client_id, "seq": seq})
        await state_broadcast(self.workshop)

    async def state_push(self, event):
        """A new state of the room, from the group: sent as it came (serialised once for the
        whole room), and only if this page has not had it or a newer one yet. A page whose
        queue fell behind (a burst in a big room) sends the newest state its process has
        seen and skips the older ones still queued: it catches up in one message."""
        seq, texts, shown = latest_state(self.workshop, event)
        if seq <= self.sent_seq:
            return
        if self.facilitator and self.participant is None and not shown:
            await self._send_state()  # the console sees the results, shown or not
            return
        self.sent_seq = seq
        await self.send(text_data=texts.get(self.language) or next(iter(texts.values())))

    async def _send_state(self):
        state = await database_sync_to_async(self._state)()
        self.sent_seq = max(self.sent_seq, state["seq"])
        await self._send(state)

    def _state(self) -> dict:
        state = selectors.workshop_state(
            workshop=self.workshop, presenter=self.facilitator and self.participant is None
        )
        if self.participant:
            state["mine"] = selectors.participant_own(participant=self.participant)
            if state["results"] is not None:
                drawn = results_html(state, languages=[self.language])
                state["results_html"] = drawn[self.language]
        return state

    async def _error(self, client_id, errors: dict):
        await self._send({"type": "error", "client_id": client_id, "errors": errors})

    async def _send(self, data: dict):
        await self.send(text_data=json.dumps(data))
