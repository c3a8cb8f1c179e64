"""Helpers for tests that open the site's websocket (`/ws/meldingen/`)."""

import asyncio
import concurrent.futures

from channels.testing import WebsocketCommunicator
from django.conf import settings

from config.asgi import application


def run_apart(scenario):
    """Run an async scenario on an event loop of its own thread: the browser tests' session
    (Playwright's sync API) keeps a loop running in the main thread."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, scenario()).result()


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
