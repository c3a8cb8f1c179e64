"""Live workshop benchmark: a room of simulated phones against two server processes sharing Redis.

For each size, one workshop: every participant places their dots on the plate (results shown),
then the facilitator moves to the idea wall and every participant posts a note. Actions are
spread over a window (`--window` seconds per phase). Two servers (daphne or uvicorn) share a
Redis channel layer; half the phones are on each. Measured:

- latency: from sending an action to the moment *every* phone has received a state whose
  `seq` includes it (p50/p95/p99 over all actions);
- messages per second delivered to the phones;
- every phone received the final state (its last `seq` is the workshop's), the vote results
  each phone saw last are the database's, and every action sent is in the database;
- the floor: raw Redis publish/subscribe of a message of the snapshot's size to as many
  subscribers, and our latency as a ratio to it.

The main runs use one server (`--server`, uvicorn: it won, docs/performance.md); then, at one
size (`--compare-size`), the snapshot interval compared (`--intervals`) and the other servers
(`--servers`) against it.

    REDIS_URL=redis://127.0.0.1:6379/11 .venv/bin/python bench/live.py [--sizes 100,500]

The database is a SQLite file of its own (`.services/bench-live.sqlite3`, migrated once and
copied from a template after that) unless DATABASE_URL names a PostgreSQL database, which is
emptied and refilled: never point it at real data. The Redis database in REDIS_URL is flushed.
"""

import argparse
import asyncio
import contextlib
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SQLITE_FILE = ROOT / ".services" / "bench-live.sqlite3"
SQLITE_TEMPLATE = ROOT / ".services" / "bench-live-template.sqlite3"
# Several processes write: wait for the lock rather than fail, and take it up front.
SQLITE_OPTIONS = "?timeout=60&transaction_mode=IMMEDIATE"

if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
    os.environ["DATABASE_URL"] = f"sqlite:///{SQLITE_FILE}{SQLITE_OPTIONS}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["OPENSEARCH_URL"] = ""
os.environ["DJANGO_DEBUG"] = "false"
# Connections kept between requests, as in production (config/settings/production.py): a
# server that opens a new PostgreSQL connection for every database call spends a third of its
# time connecting.
os.environ.setdefault("DATABASE_CONN_MAX_AGE", "60")
os.environ["DJANGO_ALLOWED_HOSTS"] = "127.0.0.1"
if not os.environ.get("REDIS_URL"):
    sys.exit("Set REDIS_URL (a Redis database of its own: it is flushed).")
os.environ["CHANNEL_LAYER_IN_MEMORY"] = "false"

import django  # noqa: E402

django.setup()

import numpy as np  # noqa: E402
import redis.asyncio as aioredis  # noqa: E402
import uvloop  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth.models import Group, Permission  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, connections  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Page  # noqa: E402
from websockets.asyncio.client import connect  # noqa: E402
from websockets.exceptions import InvalidHandshake  # noqa: E402

from actieplaat.factories import (  # noqa: E402
    ActieplaatPageFactory,
    ElementPageFactory,
    ThemePageFactory,
)
from network.factories import SessionPageFactory, UserFactory  # noqa: E402
from network.roles import FACILITATORS, roles_ensure  # noqa: E402
from network.services.people import roles_grant  # noqa: E402
from workshops import selectors, services  # noqa: E402
from workshops.consumers import cookie_name  # noqa: E402
from workshops.models import Action, Workshop  # noqa: E402

SEED = 1414
ELEMENTS = 20
STATE_PREFIX = '{"type": "state", "seq": '
NO_RESULTS = '"results": null'
RESULTS_DRAWN = '"results_html": '
CONNECT_AT_ONCE = 25
CONNECT_ATTEMPTS = 6
START_SECONDS = 180
SETTLE_SECONDS = 45  # after the last action, how long every phone may take to catch up
FLOOR_ROUNDS = 40
TARGETS_P95_MS = {500: 200.0, 2000: 1000.0}


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def spread(values) -> dict:
    return {
        name: percentile(values, share)
        for name, share in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99))
    }


# -- the database and the room ------------------------------------------------------------


def fresh_database():
    """A migrated database: SQLite copied from a template made once, or PostgreSQL refilled."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
        call_command("migrate", verbosity=0)
        return
    connections.close_all()
    if not SQLITE_TEMPLATE.exists():
        print("Migrating a template database once (a minute or two) ...", flush=True)
        SQLITE_FILE.parent.mkdir(exist_ok=True)
        SQLITE_FILE.unlink(missing_ok=True)
        call_command("migrate", verbosity=0)
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode=WAL")  # readers do not wait for the writer
        connections.close_all()
        shutil.copy(SQLITE_FILE, SQLITE_TEMPLATE)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{SQLITE_FILE}{suffix}").unlink(missing_ok=True)
    shutil.copy(SQLITE_TEMPLATE, SQLITE_FILE)


@dataclass
class Room:
    workshop: Workshop
    vote_step: object
    elements: list
    tokens: list
    facilitator_cookie: str


def room_build(size: int, label: str) -> Room:
    roles_ensure(group_model=Group, permission_model=Permission)
    root = Page.get_first_root_node()
    session = SessionPageFactory(parent=root, slug=f"bench-{label}")
    plate = ActieplaatPageFactory(parent=root, slug=f"bench-plaat-{label}")
    theme = ThemePageFactory(parent=plate)
    elements = [ElementPageFactory(parent=theme) for _ in range(ELEMENTS)]
    facilitator = UserFactory(email=f"bench-{label}@example.org")
    roles_grant(user=facilitator, names=[FACILITATORS])
    workshop = services.workshop_from_plate_template(
        session=session, title=f"Bench {label}", facilitators=[facilitator], plate=plate
    )
    vote_step = workshop.steps.get(order=2)
    for command, value in (
        ("start", None),
        ("goto", vote_step.pk),
        ("input", True),
        ("results", True),
    ):
        services.workshop_steer(workshop=workshop, user=facilitator, command=command, value=value)
    tokens = [
        services.participant_join(workshop=workshop, display_name=f"Deelnemer {i}").token
        for i in range(size)
    ]
    client = Client()
    client.force_login(facilitator)
    cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
    return Room(workshop, vote_step, [e.pk for e in elements], tokens, cookie)


# -- the servers ------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


SERVERS = ("uvicorn", "daphne")


class Server:
    """One ASGI server process on loopback with the production kind of settings."""

    def __init__(self, kind: str, interval: float, log: Path):
        self.port, self.log, self.kind = _free_port(), log, kind
        environment = {**os.environ, "LIVE_SNAPSHOT_INTERVAL": str(interval)}
        if kind == "daphne":
            command = ["daphne", "-v", "0", "-b", "127.0.0.1", "-p", str(self.port)]
        else:
            # As in production (docs/operations.md): no per-message compression, which every
            # browser offers and which would cost each phone's message a deflate of its own.
            command = ["uvicorn", "--host", "127.0.0.1", "--port", str(self.port)]
            command += ["--lifespan", "off", "--log-level", "warning", "--no-proxy-headers"]
            command += ["--ws-per-message-deflate", "false"]
        self.output = log.open("w")
        self.process = subprocess.Popen(  # noqa: S603 (our own fixed command)
            [sys.executable, "-m", *command, "config.asgi:application"],
            cwd=ROOT,
            env=environment,
            stdout=self.output,
            stderr=subprocess.STDOUT,
        )

    def wait_until_listening(self):
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"{self.kind} stopped:\n{self.log.read_text()[-3000:]}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.5)
        sys.exit(f"{self.kind} did not listen in time:\n{self.log.read_text()[-3000:]}")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.output.close()


def _process_cpu(pid: int) -> float:
    """CPU seconds (user and system) a process has used, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _pids_of(name: str) -> list[int]:
    found = subprocess.run(  # noqa: S603 (a fixed command)
        ["/usr/bin/pgrep", "-x", name], capture_output=True, text=True, check=False
    ).stdout
    return [int(pid) for pid in found.split()]


def cpu_seconds(servers) -> dict[str, float]:
    """CPU seconds so far of the servers, the bench's phones and Redis (PostgreSQL's backends
    come and go with the connections, so their sum over a phase would not add up)."""
    own = os.times()
    used = {
        "servers": sum(_process_cpu(server.process.pid) for server in servers),
        "phones": own.user + own.system,
    }
    with contextlib.suppress(OSError, IndexError):
        used["redis"] = sum(_process_cpu(pid) for pid in _pids_of("redis-server"))
    return used


def servers_start(kind: str, interval: float) -> list[Server]:
    # One log per server and start, kept for after the run (a later run does not overwrite it).
    logs, started = ROOT / ".services", time.strftime("%Y%m%d-%H%M%S")
    name = f"bench-live-{started}-{kind}-{round(interval * 1000)}ms"
    pair = [Server(kind, interval, logs / f"{name}-{n}.log") for n in (1, 2)]
    print("Server logs:", ", ".join(str(server.log) for server in pair), flush=True)
    for server in pair:
        server.wait_until_listening()
    return pair


# -- the phones -------------------------------------------------------------------------------


@dataclass
class Phone:
    url: str
    origin: str
    cookie: str
    seqs: list = field(default_factory=list)
    times: list = field(default_factory=list)
    acks: dict = field(default_factory=dict)
    acked_at: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)
    last_state: str = ""
    closed: bool = False
    retries: int = 0
    participant: bool = True  # the console is not: it fetches its page for the results

    async def open(self, limit: asyncio.Semaphore):
        """Connect, and like live.js try again a few times when the server turns us away (a
        server busy with a crowd joining drops handshakes it cannot finish in time)."""
        for attempt in range(CONNECT_ATTEMPTS):
            try:
                async with limit:
                    self.socket = await connect(
                        self.url,
                        origin=self.origin,
                        additional_headers={"Cookie": self.cookie},
                        open_timeout=120,
                        ping_interval=None,
                        max_size=None,
                        compression=None,  # the phones' CPU is the bench's, not the servers'
                    )
                break
            except (TimeoutError, OSError, InvalidHandshake):
                if attempt == CONNECT_ATTEMPTS - 1:
                    raise
                self.retries += 1
                await asyncio.sleep(1 + attempt)
        self.reader = asyncio.create_task(self.read())

    async def read(self):
        try:
            async for raw in self.socket:
                now = time.perf_counter()
                if raw.startswith(STATE_PREFIX):
                    end = raw.index(",", len(STATE_PREFIX))
                    self.seqs.append(int(raw[len(STATE_PREFIX) : end]))
                    self.times.append(now)
                    self.last_state = raw
                    # As live.js: a phone swaps in the results the state carries, drawn by
                    # the server once for the room; one it would have to fetch is an error.
                    if self.participant and RESULTS_DRAWN not in raw and NO_RESULTS not in raw:
                        self.errors.append("a state with results but without results_html")
                    continue
                message = json.loads(raw)
                if message["type"] == "ack":
                    self.acks[message["client_id"]] = message["seq"]
                    self.acked_at[message["client_id"]] = now
                else:
                    self.errors.append(message)
        except Exception as error:  # a dropped connection is counted, not raised
            self.errors.append(repr(error))
        self.closed = True

    async def act(self, delay: float, message: dict, sent: dict):
        await asyncio.sleep(delay)
        sent[message["client_id"]] = time.perf_counter()
        await self.socket.send(json.dumps(message))

    def top_seq(self) -> int:
        return max(self.seqs, default=-1)


async def _until(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.05)
    return condition()


async def phase(phones, messages, window: float, rng):
    """Each phone sends its message at a random moment of the window; wait for every ack,
    then for every phone to see the last of them."""
    sent: dict = {}
    await asyncio.gather(
        *(
            phone.act(rng.uniform(0, window), message, sent)
            for phone, message in zip(phones, messages, strict=True)
        )
    )
    ids = [message["client_id"] for message in messages]

    def acked():
        pairs = zip(phones, ids, strict=True)
        return all(client_id in phone.acks or phone.closed for phone, client_id in pairs)

    await _until(acked, SETTLE_SECONDS)
    seqs = {
        cid: phone.acks[cid] for phone, cid in zip(phones, ids, strict=True) if cid in phone.acks
    }
    last = max(seqs.values(), default=0)
    await _until(lambda: all(p.top_seq() >= last or p.closed for p in phones), SETTLE_SECONDS)
    return sent, seqs


def latencies(phones, sent: dict, seqs: dict) -> list[float]:
    """Per action: the moment the last phone saw a state including it, less the moment sent."""
    ids = list(seqs)
    action_seqs = np.array([seqs[cid] for cid in ids])
    seen_by_all = np.zeros(len(ids))
    for phone in phones:
        if not phone.seqs:
            return []
        running = np.maximum.accumulate(np.array(phone.seqs))
        at = np.searchsorted(running, action_seqs, side="left")
        times = np.array([*phone.times, np.inf])
        seen_by_all = np.maximum(seen_by_all, times[np.minimum(at, len(phone.times))])
    return [float(seen - sent[cid]) * 1000 for seen, cid in zip(seen_by_all, ids, strict=True)]


async def run_room(
    size: int, kind: str, interval: float, window: float, label: str, servers
) -> dict:
    rng = random.Random(SEED + size)
    room = await asyncio.to_thread(room_build, size, label)
    code = room.workshop.code
    phones = [
        Phone(
            url=f"ws://127.0.0.1:{servers[i % 2].port}/ws/live/{code}/",
            origin=f"http://127.0.0.1:{servers[i % 2].port}",
            cookie=f"{cookie_name(code)}={token}",
        )
        for i, token in enumerate(room.tokens)
    ]
    console = Phone(
        url=f"ws://127.0.0.1:{servers[0].port}/ws/live/{code}/",
        origin=f"http://127.0.0.1:{servers[0].port}",
        cookie=room.facilitator_cookie,
        participant=False,
    )
    limit = asyncio.Semaphore(CONNECT_AT_ONCE)
    started = time.perf_counter()
    await asyncio.gather(console.open(limit), *(phone.open(limit) for phone in phones))
    await _until(lambda: all(phone.seqs for phone in phones), SETTLE_SECONDS)
    connect_seconds = time.perf_counter() - started
    received_before = sum(len(phone.seqs) for phone in phones)

    # Phase 1: everyone places dots (results shown: the heat map moves).
    votes = [
        {
            "type": "action",
            "kind": "dots_place",
            "client_id": f"vote-{i}",
            "payload": {"dots": {str(rng.choice(room.elements)): rng.randint(1, 3)}},
        }
        for i in range(size)
    ]
    phase_started = time.perf_counter()
    cpu_started = cpu_seconds(servers)
    vote_sent, vote_seqs = await phase(phones, votes, window, rng)
    vote_states = [phone.last_state for phone in phones]
    # The facilitator moves on to the idea wall and opens it.
    for number, command in enumerate(({"command": "next"}, {"command": "input", "value": True})):
        await console.socket.send(
            json.dumps({"type": "steer", "client_id": f"steer-{number}", **command})
        )
        await _until(lambda number=number: f"steer-{number}" in console.acks, SETTLE_SECONDS)
    # Phase 2: everyone posts a note (the wall's results stay hidden until the facilitator
    # shows them: a snapshot of every note to every phone is the next limit, see the docs).
    notes = [
        {
            "type": "action",
            "kind": "note_post",
            "client_id": f"note-{i}",
            "payload": {"column": rng.randint(0, 2), "text": f"Idee nummer {i} van deze tafel"},
        }
        for i in range(size)
    ]
    note_sent, note_seqs = await phase(phones, notes, window, rng)
    phases_seconds = time.perf_counter() - phase_started
    cpu_used = {n: end - cpu_started.get(n, end) for n, end in cpu_seconds(servers).items()}
    received = sum(len(phone.seqs) for phone in phones) - received_before
    sent_at = {**vote_sent, **note_sent}
    ack_ms = [
        (at - sent_at[client_id]) * 1000
        for phone in phones
        for client_id, at in phone.acked_at.items()
        if client_id in sent_at
    ]

    def check():
        workshop = Workshop.objects.get(pk=room.workshop.pk)
        stored = set(
            Action.objects.filter(participant__workshop=workshop).values_list(
                "client_id", flat=True
            )
        )
        results = selectors.step_results(step=room.vote_step)
        return workshop.sequence, stored, results

    final_seq, stored, results = await asyncio.to_thread(check)
    wrong_results = sum(
        1 for raw in vote_states if not raw or json.loads(raw).get("results") != results
    )
    sent_ids = set(vote_sent) | set(note_sent)
    figures = {
        "size": size,
        "server": kind,
        "interval": interval,
        "latency": spread(
            latencies(phones, vote_sent, vote_seqs) + latencies(phones, note_sent, note_seqs)
            or [float("inf")]
        ),
        "ack": spread(ack_ms or [float("inf")]),
        "messages_per_second": received / phases_seconds,
        "snapshots_per_phone": received / size,
        "snapshot_bytes": statistics.median(len(raw) for raw in vote_states if raw)
        if any(vote_states)
        else 0,
        "missing_final": sum(1 for phone in phones if phone.top_seq() < final_seq),
        "wrong_vote_results": wrong_results,
        "actions_sent": len(sent_ids),
        "actions_lost": len(sent_ids - stored),
        "unacked": len(sent_ids) - len(vote_seqs) - len(note_seqs),
        "errors": sum(len(phone.errors) for phone in phones),
        "connect_seconds": connect_seconds,
        "connect_retries": sum(phone.retries for phone in phones),
        "cpu": {name: used / phases_seconds for name, used in cpu_used.items()},
    }
    for phone in (console, *phones):
        await phone.socket.close()
        phone.reader.cancel()
    return figures


# -- the floor: raw Redis publish/subscribe ---------------------------------------------------


async def floor(size: int, payload_bytes: int) -> dict:
    url = os.environ["REDIS_URL"]
    publisher = aioredis.from_url(url)
    arrivals = [[] for _ in range(FLOOR_ROUNDS)]
    done = [asyncio.Event() for _ in range(FLOOR_ROUNDS)]
    subscribers = []

    async def listen(pubsub):
        async for message in pubsub.listen():
            if message["type"] != "message":
                continue
            number = int(message["data"].split(b":", 1)[0])
            arrivals[number].append(time.perf_counter())
            if len(arrivals[number]) == size:
                done[number].set()

    for _ in range(size):
        client = aioredis.from_url(url)
        pubsub = client.pubsub()
        await pubsub.subscribe("bench-floor")
        subscribers.append((client, pubsub, asyncio.create_task(listen(pubsub))))
    padding = "x" * max(0, int(payload_bytes) - 8)
    times = []
    for number in range(FLOOR_ROUNDS):
        sent = time.perf_counter()
        await publisher.publish("bench-floor", f"{number}:{padding}")
        await asyncio.wait_for(done[number].wait(), timeout=60)
        times.append((max(arrivals[number]) - sent) * 1000)
        await asyncio.sleep(0.02)
    for client, pubsub, task in subscribers:
        task.cancel()
        await pubsub.aclose()
        await client.aclose()
    await publisher.aclose()
    return spread(times)


# -- the report -------------------------------------------------------------------------------


def _line(figures: dict, floor_ms: dict | None = None) -> str:
    lat = figures["latency"]
    text = (
        f"{figures['size']:>5} {figures['server']:>7} {figures['interval'] * 1000:>5.0f} ms | "
        f"p50 {lat['p50']:7.0f} p95 {lat['p95']:7.0f} p99 {lat['p99']:7.0f} ms "
        f"(ack p50 {figures['ack']['p50']:.0f} p95 {figures['ack']['p95']:.0f}) | "
        f"{figures['messages_per_second']:8.0f} msg/s, {figures['snapshots_per_phone']:5.1f}/phone, "
        f"{figures['snapshot_bytes']:.0f} B | missing final {figures['missing_final']}, "
        f"wrong results {figures['wrong_vote_results']}, lost {figures['actions_lost']}"
        f"/{figures['actions_sent']}, unacked {figures['unacked']}, errors {figures['errors']}"
        f" | joined in {figures['connect_seconds']:.0f} s, {figures['connect_retries']} retries"
        f"\n{'':>22}CPU cores busy during the phases: "
        + ", ".join(f"{name} {cores:.2f}" for name, cores in figures["cpu"].items())
    )
    if floor_ms:
        ratios = " ".join(
            f"{k} {lat[k] / max(floor_ms[k], 0.001):.0f}x" for k in ("p50", "p95", "p99")
        )
        text += (
            f"\n{'':>22}floor (Redis pub/sub): p50 {floor_ms['p50']:.1f} p95 {floor_ms['p95']:.1f}"
            f" p99 {floor_ms['p99']:.1f} ms; ours / floor: {ratios}"
        )
    target = TARGETS_P95_MS.get(figures["size"])
    if target:
        verdict = "met" if lat["p95"] < target else "NOT met"
        text += f"\n{'':>22}target p95 < {target:.0f} ms: {verdict}"
    return text


async def flush_redis():
    client = aioredis.from_url(os.environ["REDIS_URL"])
    await client.flushdb()
    await client.aclose()


async def main_async(args):
    print(f"Load average at start: {os.getloadavg()}", flush=True)
    await asyncio.to_thread(fresh_database)
    await flush_redis()
    results = []
    runs = [(args.server, args.interval, size) for size in args.sizes]
    if args.compare_size:
        runs += [
            (args.server, interval, args.compare_size)
            for interval in args.intervals
            if interval != args.interval
        ]
        runs += [
            (server, args.interval, args.compare_size)
            for server in args.servers
            if server != args.server
        ]
    servers, running = [], None
    try:
        for number, (kind, interval, size) in enumerate(runs):
            if running != (kind, interval):
                for server in servers:
                    server.stop()
                servers, running = servers_start(kind, interval), (kind, interval)
            figures = await run_room(size, kind, interval, args.window, f"{number}-{size}", servers)
            floor_ms = None
            if (kind, interval) == (args.server, args.interval):
                floor_ms = await floor(size, figures["snapshot_bytes"])
            results.append((figures, floor_ms))
            print(_line(figures, floor_ms), f"(load {os.getloadavg()[0]:.1f})", flush=True)
    finally:
        for server in servers:
            server.stop()
    print("\nSummary (size, server, interval | latency from action to every phone | delivered):")
    for figures, floor_ms in results:
        print(_line(figures, floor_ms))
    print(f"Load average at end: {os.getloadavg()}")
    failures = sum(
        f["missing_final"] + f["actions_lost"] + f["wrong_vote_results"] + f["unacked"]
        for f, _ in results
    )
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default="100,500,1000,2000", help="participants per room, comma-separated"
    )
    parser.add_argument(
        "--interval", type=float, default=0.1, help="snapshot interval of the main runs (s)"
    )
    parser.add_argument(
        "--intervals", default="0,0.1,0.15", help="intervals compared at --compare-size (s)"
    )
    parser.add_argument("--compare-size", type=int, default=500, help="0: no comparisons")
    parser.add_argument(
        "--server", default="uvicorn", choices=SERVERS, help="the server of the main runs"
    )
    parser.add_argument(
        "--servers", default="uvicorn,daphne", help="servers compared at --compare-size"
    )
    parser.add_argument(
        "--window", type=float, default=10.0, help="seconds over which a phase's actions are spread"
    )
    args = parser.parse_args()
    args.sizes = [int(size) for size in args.sizes.split(",") if size]
    args.intervals = [float(interval) for interval in args.intervals.split(",") if interval]
    args.servers = args.servers.split(",")
    uvloop.install()
    sys.exit(asyncio.run(main_async(args)))


if __name__ == "__main__":
    main()
