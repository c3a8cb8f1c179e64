"""Sending the room its new state: the one seam between a change and the phones.

One message per vote to a thousand phones is a million messages, so the room gets coalesced
snapshots: at most one per `LIVE_SNAPSHOT_INTERVAL` seconds per workshop and server process,
while each sender's ack still goes at once (the consumer sends it). A change marks its workshop
dirty in this process; the first change after a quiet spell is sent at once, later ones wait
for the interval's end, and the snapshot then read from the database carries every change
made so far (its `seq` is the newest). Nothing is lost: the pending mark is taken off *before*
the state is read, so a change stored after that read marks the workshop again and gets a
snapshot of its own. With several server processes on Redis, the processes share one slot
per workshop and interval (a Redis key set if absent, expiring after the interval): the
process that takes it sends the room's snapshot, one with changes of its own waits for the
next slot, so the room gets one snapshot per interval however many processes serve it
(measured in bench/live.py: two processes each sending their own gave every phone twice the
messages). A Redis that does not answer the slot does not hold the room back: the snapshot
goes. An interval of 0 sends every change at once (the test settings).
"""

import asyncio
import contextlib
import json
import logging
import time
import uuid
import weakref
from dataclasses import dataclass

import redis.exceptions
from asgiref.sync import async_to_sync, sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import close_old_connections, connection

from workshops import selectors
from workshops.results_html import results_html

logger = logging.getLogger(__name__)

# Per event loop (the server process has one; tests and sync callers may make others):
# the workshops with a snapshot pending, and when each was last sent.
_pending: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[int, asyncio.Task]]"
_pending = weakref.WeakKeyDictionary()
_last_sent: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[int, float]]"
_last_sent = weakref.WeakKeyDictionary()
SLOT_KEY = "breder:live-snapshot-slot:{workshop_id}"


def group_name(workshop_id: int) -> str:
    """The channel-layer group of everyone in one workshop."""
    return f"workshop_{workshop_id}"


# The pages (phones, presenter, console) of each workshop connected to this process.
_pages: dict[int, int] = {}


def page_connected(workshop_id: int) -> None:
    _pages[workshop_id] = _pages.get(workshop_id, 0) + 1


def page_disconnected(workshop_id: int) -> None:
    left = _pages.get(workshop_id, 0) - 1
    if left > 0:
        _pages[workshop_id] = left
    else:
        _pages.pop(workshop_id, None)


class _Room:
    """A workshop's pages in this process, and the one channel that hears the room's
    snapshots for all of them.

    A page that joined the channel-layer group itself would have every snapshot queued for
    it and dispatched through its own receive loop: in a big room most of a server's time
    went to that (bench/live.py: about 0.6 ms of a core per message delivered). Here the
    layer delivers one message per process and the room hands it to each page's
    `state_push` directly."""

    def __init__(self, workshop_id: int):
        self.workshop_id = workshop_id
        self.pages: set = set()
        self.ready = asyncio.Event()
        self.task: asyncio.Task | None = None

    async def open(self) -> None:
        layer = get_channel_layer()
        # A channel of its own, not one of the layer's process-local ("!") channels: those
        # share one receive state per process across event loops (channels_redis), which a
        # listener that outlives a page cannot leave in order; here a cancelled receive is
        # just a cancelled read of this channel's own list.
        self.channel = f"workshop-room.{self.workshop_id}.{uuid.uuid4().hex}"
        await layer.group_add(group_name(self.workshop_id), self.channel)
        self.task = asyncio.get_running_loop().create_task(self.listen(layer))
        self.ready.set()

    async def listen(self, layer) -> None:
        while True:
            try:
                event = await layer.receive(self.channel)
            except Exception:  # Redis gone for a moment: the room listens again, not never
                logger.exception("The room of workshop %s missed a receive", self.workshop_id)
                await asyncio.sleep(0.5)
                continue
            for page in list(self.pages):
                try:
                    await page.state_push(event)
                except Exception:  # one page's failure is not the room's
                    logger.exception("A page of workshop %s missed a state", self.workshop_id)

    async def close(self) -> None:
        if self.task:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task  # ended on this loop, before the next room opens
        await get_channel_layer().group_discard(group_name(self.workshop_id), self.channel)


# Per event loop (each test's loop has its own pages): the rooms with pages in this process.
_rooms: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[int, _Room]]"
_rooms = weakref.WeakKeyDictionary()


async def room_join(workshop_id: int, page) -> None:
    """Let `page` (a consumer with `state_push(event)`) hear the room's snapshots.

    Through the process's listener (LIVE_ROOM_LISTENER, the servers), or with the page's own
    channel in the group (the in-process tests: each test's event loop is another "process"
    to the channel layer, which keeps its receive state per process, and a listener that
    outlives its loop's pages left that state to a later test's loop; the suite hung)."""
    if not settings.LIVE_ROOM_LISTENER:
        await get_channel_layer().group_add(group_name(workshop_id), page.channel_name)
        page_connected(workshop_id)
        return
    rooms = _rooms.setdefault(asyncio.get_running_loop(), {})
    room = rooms.get(workshop_id)
    if room is None:
        room = rooms[workshop_id] = _Room(workshop_id)
        await room.open()
    await room.ready.wait()
    room.pages.add(page)
    page_connected(workshop_id)


async def room_leave(workshop_id: int, page) -> None:
    if not settings.LIVE_ROOM_LISTENER:
        page_disconnected(workshop_id)
        await get_channel_layer().group_discard(group_name(workshop_id), page.channel_name)
        return
    rooms = _rooms.get(asyncio.get_running_loop(), {})
    room = rooms.get(workshop_id)
    if room is None or page not in room.pages:
        return
    room.pages.discard(page)
    page_disconnected(workshop_id)
    if not room.pages:
        del rooms[workshop_id]
        await room.close()


def snapshot_interval(workshop_id: int | None = None) -> float:
    """Seconds between two snapshots of one workshop from one process (0: at once).

    At least LIVE_SNAPSHOT_INTERVAL; longer for a room so big that this process cannot send
    every page a snapshot that often (LIVE_SNAPSHOT_RATE messages a second): the pages then
    get fresh states a little less often instead of a queue that grows until they lag by
    seconds (measured in bench/live.py)."""
    interval = max(0.0, float(settings.LIVE_SNAPSHOT_INTERVAL))
    if interval == 0 or workshop_id is None:
        return interval
    rate = float(settings.LIVE_SNAPSHOT_RATE)
    return max(interval, _pages.get(workshop_id, 0) / rate) if rate > 0 else interval


async def state_broadcast(workshop, *, wait: bool = False) -> None:
    """Mark the workshop changed: the room gets a snapshot now or at the interval's end.

    With `wait`, return only when a snapshot that includes this change has gone out (for a
    caller whose event loop ends with the call, such as a sync view outside a server)."""
    interval = snapshot_interval(workshop.pk)
    if interval == 0:
        await _snapshot_send(workshop.pk)
        return
    loop = asyncio.get_running_loop()
    pending = _pending.setdefault(loop, {})
    task = pending.get(workshop.pk)
    if task is None:
        last = _last_sent.setdefault(loop, {}).get(workshop.pk, float("-inf"))
        delay = max(0.0, last + interval - time.monotonic())
        task = pending[workshop.pk] = loop.create_task(_snapshot_later(workshop.pk, delay))
    if wait:
        await asyncio.shield(task)


async def _slot_wait(workshop_id: int) -> float:
    """0 when this process takes the room's snapshot slot for this interval, else the
    seconds until the slot frees."""
    layer = get_channel_layer()
    if not hasattr(layer, "connection"):
        return 0.0  # the in-memory layer: one process
    key = SLOT_KEY.format(workshop_id=workshop_id)
    # The layer's own client for this loop (it closes it with the loop).
    client = layer.connection(layer.consistent_hash(key))
    milliseconds = max(1, round(snapshot_interval(workshop_id) * 1000))
    try:
        if await client.set(key, "1", nx=True, px=milliseconds):
            return 0.0
        left = await client.pttl(key)
    except (redis.exceptions.RedisError, OSError):
        logger.warning("The snapshot slot of workshop %s is not answered", workshop_id)
        return 0.0
    return max(left, 1) / 1000  # -2: it expired in between; try again at once


async def _snapshot_later(workshop_id: int, delay: float) -> None:
    if delay:
        await asyncio.sleep(delay)
    while wait := await _slot_wait(workshop_id):
        await asyncio.sleep(wait)
    loop = asyncio.get_running_loop()
    # Off the pending list before the state is read: a change stored from here on is either
    # in this snapshot or marks the workshop again.
    _pending.get(loop, {}).pop(workshop_id, None)
    _last_sent.setdefault(loop, {})[workshop_id] = time.monotonic()
    try:
        await _snapshot_send(workshop_id)
    except Exception:  # a task's error would otherwise surface only when it is collected
        logger.exception("The snapshot of workshop %s was not sent", workshop_id)


async def _snapshot_send(workshop_id: int, snapshot: "Snapshot | None" = None) -> None:
    if snapshot is None:
        # In a worker thread of its own, not on the one thread the consumers' writes queue
        # on: a snapshot does not wait behind a burst of actions being stored.
        # On SQLite (one writer at a time, and a shared in-memory database in the tests
        # that refuses a second thread's read with "table is locked") it queues with them.
        apart = connection.vendor != "sqlite"
        snapshot = await sync_to_async(_snapshot_read, thread_sensitive=not apart)(workshop_id)
    if snapshot is None:
        return  # the workshop is gone
    await get_channel_layer().group_send(
        group_name(workshop_id),
        {
            "type": "state.push",
            "seq": snapshot.seq,
            "texts": snapshot.texts,
            "shown": snapshot.shown,
        },
    )


@dataclass(frozen=True)
class Snapshot:
    """A state of the room as its pages send it: serialised once here, not once per page,
    as JSON text by language code. With the results shown, each language's text carries
    the results region of a participant's page (`results_html`), so no phone fetches its
    page for them; without, one text for all (key "")."""

    seq: int
    shown: bool
    texts: dict[str, str]


def snapshot_of(state: dict) -> Snapshot:
    shown = state["results"] is not None
    if not shown:
        return Snapshot(seq=state["seq"], shown=False, texts={"": json.dumps(state)})
    texts = {
        code: json.dumps({**state, "results_html": html})
        for code, html in results_html(state).items()
    }
    return Snapshot(seq=state["seq"], shown=True, texts=texts)


def _snapshot_read(workshop_id: int) -> Snapshot | None:
    try:
        state = selectors.workshop_state_by_id(workshop_id=workshop_id)
        return None if state is None else snapshot_of(state)
    finally:
        close_old_connections()  # the worker thread's connection, as channels does its own


def state_broadcast_sync(workshop) -> None:
    """The same from a page's form (a participant without the websocket, the console).

    At once, the state is read here, in the view's thread and on its connection. Coalesced,
    under the ASGI server the coroutine runs on the server's own loop, so the form's change
    joins the snapshots coalesced there; the view waits at most one interval for it."""
    if snapshot_interval() == 0:
        state = selectors.workshop_state_by_id(workshop_id=workshop.pk)
        if state is not None:
            async_to_sync(_snapshot_send)(workshop.pk, snapshot_of(state))
        return
    async_to_sync(state_broadcast)(workshop, wait=True)
