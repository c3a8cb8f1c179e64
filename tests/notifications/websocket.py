"""Helpers for tests that open the site's websocket (`/ws/meldingen/`)."""

import asyncio
import concurrent.futures

from channels.testing import WebsocketCommunicator
from django.conf import settings

from config.asgi import application

# How long a scenario's loop waits, once the scenario is done, for what it left running to
# end when cancelled. Consumers end at once; a receive of channels_redis that an earlier
# test's loop left half-done could wait for ever, and the suite hung at this point (CI,
# 2026-12-03, in a test of refused sockets): the loop is closed after this wait instead.
LEFTOVER_SECONDS = 10


def run_apart(scenario):
    """Run an async scenario on an event loop of its own thread: the browser tests' session
    (Playwright's sync API) keeps a loop running in the main thread."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_run, scenario).result()


def _run(scenario):
    """asyncio.run, with a bounded wait for the tasks left when the scenario returns."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(scenario())
    finally:
        try:
            left = asyncio.all_tasks(loop)
            for task in left:
                task.cancel()
            if left:
                loop.run_until_complete(asyncio.wait(left, timeout=LEFTOVER_SECONDS))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            asyncio.set_event_loop(None)
            loop.close()


def session_cookie(client, user) -> bytes:
    """The Cookie header of a logged-in session of this user, for the websocket."""
    client.force_login(user)
    name = settings.SESSION_COOKIE_NAME
    return f"{name}={client.cookies[name].value}".encode()


async def socket_open(cookie: bytes) -> WebsocketCommunicator:
    """The site's websocket, opened from the site's own origin by the person whose session
    the cookie carries (see `session_cookie`)."""
    socket = WebsocketCommunicator(
        application,
        "/ws/meldingen/",
        headers=[(b"cookie", cookie), (b"origin", b"http://testserver")],
    )
    connected, _ = await socket.connect()
    assert connected
    return socket
