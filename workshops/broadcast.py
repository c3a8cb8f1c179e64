"""Sending the room its new state: the one seam between a change and the phones.

One message per vote to a thousand phones is a million messages, so the room gets coalesced
snapshots: at most one per `LIVE_SNAPSHOT_INTERVAL` seconds per workshop and server process,
while each sender's ack still goes at once (the consumer sends it). A change marks its workshop
dirty in this process; the first change after a quiet spell is sent at once, later ones wait
for the interval's end, and the snapshot then read from the database carries every change
made so far (its `seq` is the newest). Nothing is lost: the pending mark is taken off *before*
the state is read, so a change stored after that read marks the workshop again and gets a
snapshot of its own. Each process coalesces its own changes; with N processes the room gets
at most N snapshots per interval, each complete, which keeps the processes free of any shared
lock. An interval of 0 sends every change at once (the test settings).
"""

import asyncio
import json
import logging
import time
import weakref

from asgiref.sync import async_to_sync, sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import close_old_connections, connection

from workshops import selectors

logger = logging.getLogger(__name__)

# Per event loop (the server process has one; tests and sync callers may make others):
# the workshops with a snapshot pending, and when each was last sent.
_pending: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[int, asyncio.Task]]"
_pending = weakref.WeakKeyDictionary()
_last_sent: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[int, float]]"
_last_sent = weakref.WeakKeyDictionary()


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


async def _snapshot_later(workshop_id: int, delay: float) -> None:
    if delay:
        await asyncio.sleep(delay)
    loop = asyncio.get_running_loop()
    # Off the pending list before the state is read: a change stored from here on is either
    # in this snapshot or marks the workshop again.
    _pending.get(loop, {}).pop(workshop_id, None)
    _last_sent.setdefault(loop, {})[workshop_id] = time.monotonic()
    try:
        await _snapshot_send(workshop_id)
    except Exception:  # a task's error would otherwise surface only when it is collected
        logger.exception("The snapshot of workshop %s was not sent", workshop_id)


async def _snapshot_send(workshop_id: int, state: dict | None = None) -> None:
    if state is None:
        # In a worker thread of its own, not on the one thread the consumers' writes queue
        # on: a snapshot does not wait behind a burst of actions being stored.
        # On SQLite (one writer at a time, and a shared in-memory database in the tests
        # that refuses a second thread's read with "table is locked") it queues with them.
        apart = connection.vendor != "sqlite"
        state = await sync_to_async(_state_read, thread_sensitive=not apart)(workshop_id)
    if state is None:
        return  # the workshop is gone
    # Serialised once here, not once per page: each consumer sends the text as it is.
    await get_channel_layer().group_send(
        group_name(workshop_id),
        {
            "type": "state.push",
            "seq": state["seq"],
            "text": json.dumps(state),
            "shown": state["results"] is not None,
        },
    )


def _state_read(workshop_id: int) -> dict | None:
    try:
        return selectors.workshop_state_by_id(workshop_id=workshop_id)
    finally:
        close_old_connections()  # the worker thread's connection, as channels does its own


def state_broadcast_sync(workshop) -> None:
    """The same from a page's form (a participant without the websocket, the console).

    At once, the state is read here, in the view's thread and on its connection. Coalesced,
    under the ASGI server the coroutine runs on the server's own loop, so the form's change
    joins the snapshots coalesced there; the view waits at most one interval for it."""
    if snapshot_interval() == 0:
        state = selectors.workshop_state_by_id(workshop_id=workshop.pk)
        async_to_sync(_snapshot_send)(workshop.pk, state)
        return
    async_to_sync(state_broadcast)(workshop, wait=True)
