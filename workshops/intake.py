"""The actions a server process stores together: the websocket's way into the write service.

Channels runs every database call of a process on one thread, so in a big room the actions
queue for it, and each one stored on its own costs its own transaction (bench/live.py: at
2,000 phones the acks waited a second). Here the actions that arrive while the thread is busy
wait together and go to `services.actions_submit` as one batch: the first action of a quiet
room goes at once, alone; under load a batch holds what came in meanwhile, so no action waits
longer than one batch's turn, and the room's actions cost a few round trips a batch instead
of several each. Each action is still applied or refused on its own, and acknowledged only
once its batch is committed.
"""

import asyncio
import weakref

from channels.db import database_sync_to_async

from workshops import services

# The most actions stored in one transaction: a row lock per participant is held until its
# commit, and one batch's acks wait for the whole batch.
BATCH_MAX = 100


class _Intake:
    """One event loop's actions waiting for the database thread, and the task storing them."""

    def __init__(self):
        self.waiting: list[tuple[services.ActionRequest, asyncio.Future]] = []
        self.task: asyncio.Task | None = None

    async def drain(self) -> None:
        try:
            while self.waiting:
                batch, self.waiting = self.waiting[:BATCH_MAX], self.waiting[BATCH_MAX:]
                requests = [request for request, _future in batch]
                try:
                    results = await database_sync_to_async(services.actions_submit)(requests)
                except Exception as error:  # the database went: each sender hears it
                    results = [error] * len(batch)
                for (_request, future), result in zip(batch, results, strict=True):
                    if future.done():  # its page went meanwhile
                        continue
                    if isinstance(result, Exception):
                        future.set_exception(result)
                    else:
                        future.set_result(result)
        finally:
            self.task = None


# Per event loop (a server process has one; each test has its own).
_intakes: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Intake]"
_intakes = weakref.WeakKeyDictionary()


async def action_store(request: services.ActionRequest) -> services.ActionResult:
    """Store one action with the others that arrive meanwhile; raises the ValidationError
    that refused it."""
    loop = asyncio.get_running_loop()
    intake = _intakes.get(loop)
    if intake is None:
        intake = _intakes[loop] = _Intake()
    future = loop.create_future()
    intake.waiting.append((request, future))
    if intake.task is None:
        intake.task = loop.create_task(intake.drain())
    return await future
