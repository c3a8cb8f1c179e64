"""The production path end to end: the desk starts a round, `manage.py db_worker` runs it in a
process of its own, and its progress reaches the desk's open websocket through Redis, the
channel layer the web processes and the worker share. Needs PostgreSQL (the worker process
must see the test's database) and Redis (runs in the full-stack pass)."""

import os
import subprocess
import sys
import time

import pytest
from asgiref.sync import sync_to_async
from django.conf import settings
from django.db import connection
from django.urls import reverse

from matching.models import MatchingRound, Proposal
from tests.conftest import _missing_service, _redis_url
from tests.matching.test_round_tasks import desk, pair, queued_tasks  # noqa: F401 (fixtures)
from tests.notifications.websocket import run_apart, session_cookie, socket_open

pytestmark = pytest.mark.postgres

# The worker process starts Django, works the fixtures' own tasks and then the round; on a
# loaded machine that takes minutes, not seconds.
WAIT_SECONDS = 300


def _database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def start_worker() -> subprocess.Popen:
    """`manage.py db_worker --batch` as production runs it (settings from the environment):
    it works the queue empty and stops."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": _database_url(),
        "REDIS_URL": _redis_url(),
        "CHANNEL_LAYER_IN_MEMORY": "false",
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--batch", "--interval", "0"],
        cwd=settings.BASE_DIR,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.mark.django_db(transaction=True)
def test_a_round_run_by_the_worker_process_reports_progress_over_redis(
    client,
    queued_tasks,  # noqa: F811
    pair,  # noqa: F811
    desk,  # noqa: F811
):
    if not _redis_url() or "Redis" not in settings.CHANNEL_LAYERS["default"]["BACKEND"]:
        _missing_service("this test needs Redis as the channel layer (REDIS_URL)")
    cookie = session_cookie(client, desk)
    worker = None

    async def scenario():
        nonlocal worker
        socket = await socket_open(cookie)
        assert (await socket.receive_json_from(timeout=5))["type"] == "unread"
        response = await sync_to_async(client.post)(reverse("matching:rounds"))
        assert response.status_code == 302
        worker = start_worker()
        messages = []
        deadline = time.monotonic() + WAIT_SECONDS
        while not messages or messages[-1]["status"] == "running":
            # Wait without a receive timeout: one that expires cancels the consumer.
            if not await socket.receive_nothing(timeout=0.5):
                messages.append(await socket.receive_json_from(timeout=5))
                continue
            assert worker.poll() in (None, 0), worker.communicate()[0]
            assert time.monotonic() < deadline, f"no end of the round in time: {messages}"
        await socket.disconnect()
        return messages

    messages = run_apart(scenario)
    output, _ = worker.communicate(timeout=60)
    assert worker.returncode == 0, output
    matching_round = MatchingRound.objects.get()
    assert {m["id"] for m in messages} == {matching_round.pk}
    progress = [m["progress"] for m in messages]
    assert progress == sorted(progress) and progress[-1] == 100
    assert messages[-1]["status"] == "done" == matching_round.status
    assert messages[-1]["proposals"] == Proposal.objects.filter(round=matching_round).count() > 0
