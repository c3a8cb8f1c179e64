"""Two real server processes sharing Redis, as production runs them: a participant on one
server sees a vote made on the other, and a page from a foreign origin is refused.

The test process itself never touches the channel layer (its websockets are a client
library's, talking to the servers over TCP), so no Redis connection of the test's own event
loops can time out. Needs Redis and a database the servers can open: PostgreSQL in the
full-stack pass, or SQLite in a file (DATABASE_TEST_FILE)."""

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from tests.conftest import _redis_url
from tests.notifications.websocket import run_apart
from tests.workshops.conftest import open_step, steer
from tests.workshops.test_websocket import _join, _vote
from workshops.consumers import cookie_name
from workshops.models import Action

pytestmark = [pytest.mark.redis, pytest.mark.django_db(transaction=True)]

# A server starts Django and Wagtail; on a loaded 2-core machine that can take a while.
START_SECONDS = 180
RECEIVE_SECONDS = 20


def _database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{Path(db['NAME']).resolve()}"
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """`uvicorn` on a free port of loopback, as production runs it, with production's kind of
    settings: Redis as the channel layer, debug off, only 127.0.0.1 allowed as host and
    origin."""

    def __init__(self, log: Path):
        self.port, self.log = _free_port(), log
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DJANGO_DEBUG": "false",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": _database_url(),
            "REDIS_URL": _redis_url(),
            "CHANNEL_LAYER_IN_MEMORY": "false",
            "LIVE_SNAPSHOT_INTERVAL": "0.15",
            "LIVE_ROOM_LISTENER": "true",
        }
        environment.pop("DATABASE_TEST_FILE", None)
        self.output = log.open("w")
        command = [sys.executable, "-m", "uvicorn", "--host", "127.0.0.1", "--port", str(self.port)]
        command += ["--lifespan", "off", "--no-proxy-headers", "--ws-per-message-deflate", "false"]
        self.process = subprocess.Popen(
            [*command, "config.asgi:application"],
            cwd=settings.BASE_DIR,
            env=environment,
            stdout=self.output,
            stderr=subprocess.STDOUT,
        )

    def wait_until_listening(self) -> None:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"the server stopped:\n{self.output_text()}"
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.5)
        raise AssertionError(f"the server did not listen in time:\n{self.output_text()}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.output.close()

    def output_text(self) -> str:
        self.output.flush()
        return self.log.read_text()[-4000:]

    def url(self, code: str) -> str:
        return f"ws://127.0.0.1:{self.port}/ws/live/{code}/"


@pytest.fixture
def servers(tmp_path):
    started = [Server(tmp_path / "server-a.log"), Server(tmp_path / "server-b.log")]
    try:
        for server in started:
            server.wait_until_listening()
        yield started
    finally:
        for server in started:
            server.stop()


async def _state_reaching(websocket, seq: int) -> dict:
    """The first state whose seq reaches `seq` (acks and older snapshots are passed over)."""
    deadline = time.monotonic() + RECEIVE_SECONDS
    while (left := deadline - time.monotonic()) > 0:
        message = json.loads(await asyncio.wait_for(websocket.recv(), timeout=left))
        if message["type"] == "state" and message["seq"] >= seq:
            return message
    raise AssertionError(f"no state with seq {seq} in time")


async def _ack(websocket) -> dict:
    deadline = time.monotonic() + RECEIVE_SECONDS
    while (left := deadline - time.monotonic()) > 0:
        message = json.loads(await asyncio.wait_for(websocket.recv(), timeout=left))
        if message["type"] in {"ack", "error"}:
            return message
    raise AssertionError("no ack in time")


def test_a_vote_on_one_server_reaches_a_participant_on_the_other(room, servers):
    open_step(room, 2)
    steer(room, ("results", True))
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    code, element = room.workshop.code, room.elements[0].pk
    first, second = servers

    def opened(server, participant, origin=None):
        return connect(
            server.url(code),
            origin=origin or f"http://127.0.0.1:{server.port}",
            additional_headers={"Cookie": f"{cookie_name(code)}={participant.token}"},
            open_timeout=RECEIVE_SECONDS,
        )

    async def scenario():
        try:
            async with opened(first, anna, origin="http://evil.example"):
                refused = None
        except InvalidStatus as error:
            refused = error.response.status_code
        async with opened(first, anna) as on_first, opened(second, bram) as on_second:
            start = await _state_reaching(on_first, 0)
            await _state_reaching(on_second, 0)
            await on_first.send(json.dumps(_vote(element, "anna-1", dots=2)))
            anna_ack = await _ack(on_first)
            seen_on_second = await _state_reaching(on_second, anna_ack["seq"])
            await on_second.send(json.dumps(_vote(element, "bram-1", dots=1)))
            bram_ack = await _ack(on_second)
            seen_on_first = await _state_reaching(on_first, bram_ack["seq"])
        return refused, start, anna_ack, seen_on_second, bram_ack, seen_on_first

    try:
        refused, start, anna_ack, seen_on_second, bram_ack, seen_on_first = run_apart(scenario)
    except Exception as error:
        logs = "\n".join(f"--- {s.log.name}\n{s.output_text()}" for s in servers)
        raise AssertionError(f"{error!r}\n{logs}") from error
    assert refused == 403
    assert anna_ack["type"] == "ack" and anna_ack["seq"] == start["seq"] + 1
    assert seen_on_second["results"]["dots"][str(element)] == 2
    assert bram_ack["type"] == "ack" and bram_ack["seq"] == anna_ack["seq"] + 1
    assert seen_on_first["results"]["dots"][str(element)] == 3
    assert Action.objects.filter(client_id__in=["anna-1", "bram-1"]).count() == 2


def test_a_burst_of_votes_on_both_servers_reaches_every_phone_in_fewer_snapshots(room, servers):
    """Both servers share one snapshot slot per interval: votes sent at once on both come to
    every phone as a few complete states (not one per vote, nor one per server and vote),
    and the last state each phone gets counts every vote."""
    open_step(room, 2)
    steer(room, ("results", True))
    people = [_join(room, f"Deelnemer {n}") for n in range(6)]
    code, element = room.workshop.code, room.elements[0].pk

    def opened(server, participant):
        return connect(
            server.url(code),
            origin=f"http://127.0.0.1:{server.port}",
            additional_headers={"Cookie": f"{cookie_name(code)}={participant.token}"},
            open_timeout=RECEIVE_SECONDS,
        )

    async def scenario():
        phones = [
            await opened(servers[n % 2], person).__aenter__() for n, person in enumerate(people)
        ]
        try:
            for phone in phones:
                await _state_reaching(phone, 0)
            for round_number in range(3):
                for n, phone in enumerate(phones):
                    vote = _vote(element, f"burst-{n}-{round_number}", dots=1)
                    await phone.send(json.dumps(vote))
            seqs = []
            for phone in phones:
                for _ in range(3):
                    acked = await _ack(phone)
                    assert acked["type"] == "ack", acked
                    seqs.append(acked["seq"])
            last, lasts, counts = max(seqs), [], []
            for phone in phones:
                states = 0
                while True:
                    message = await _state_reaching(phone, 0)
                    states += 1
                    if message["seq"] >= last:
                        break
                lasts.append(message)
                counts.append(states)
            return last, lasts, counts
        finally:
            for phone in phones:
                await phone.close()

    try:
        last, lasts, counts = run_apart(scenario)
    except Exception as error:
        logs = "\n".join(f"--- {s.log.name}\n{s.output_text()}" for s in servers)
        raise AssertionError(f"{error!r}\n{logs}") from error
    # Each participant's three votes replace each other: the last of each counts, one dot.
    assert all(
        state["seq"] == last and state["results"]["dots"][str(element)] == 6 for state in lasts
    )
    assert Action.objects.filter(client_id__startswith="burst-").count() == 18
    assert all(count < 18 for count in counts), counts
