"""Rounds run in the worker: the page and the API answer at once with a queued round, the
database task backend holds it until `manage.py db_worker` runs it, its progress reaches the
desk over the websocket, and its page and the API show the proposals when it is done."""

import concurrent.futures

import pytest
from asgiref.sync import sync_to_async
from django.urls import reverse
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from matching.models import MatchingRound, Proposal
from network import roles
from network.factories import person_with_role
from tests.helpers import text_of
from tests.matching.scenarios import ask, offer, organisation, person
from tests.notifications.websocket import run_apart, session_cookie, socket_open

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def queued_tasks(settings):
    """Tasks wait in the database for the worker, as in production."""
    settings.TASKS = DATABASE_TASKS


@pytest.fixture
def pair(demo_content):
    """An open request and a person of another organisation who fits it, beside the demo's
    requests and people, which the round takes in too. (Which of them the round proposes is
    the solver's business, tested in test_solvers.py: here a round must end with proposals,
    and show the ones it stored.)"""
    home, neighbour = organisation("Test Thuishaven"), organisation("Test Buurbedrijf")
    helper = offer(person(neighbour, first_name="Rianne", last_name="Ronde"))
    return ask(home, title="Test Rondevraag"), helper


@pytest.fixture
def desk():
    return person_with_role(
        organisation=organisation("Test Loket"),
        roles=[roles.LOKET],
        first_name="Lot",
        last_name="Loket",
    ).user


def round_tasks():
    """The round tasks in the queue (the fixtures' pages queue Wagtail's own tasks too)."""
    return DBTaskResult.objects.filter(task_path="matching.tasks.round_execute")


def run_worker_in_this_thread() -> None:
    """The worker's own loop (`manage.py db_worker --batch`) without its signal handlers,
    which need the main thread."""
    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
    ).run()


def run_worker() -> None:
    """The production worker's loop, until the queue is empty, on a thread of its own: the
    browser tests' session keeps an event loop in the main thread, where the worker's live
    messages (async_to_sync) could not be sent. It takes its tasks in a transaction of its
    own, so these tests commit theirs (transaction=True)."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(run_worker_in_this_thread).result()


@pytest.mark.django_db(transaction=True)
def test_a_round_started_on_the_page_is_queued_and_the_worker_finds_its_proposals(
    client, queued_tasks, pair, desk
):
    client.force_login(desk)
    response = client.post(reverse("matching:rounds"))
    assert response.status_code == 302
    matching_round = MatchingRound.objects.get()
    assert response.url == reverse("matching:round", args=[matching_round.pk])
    assert matching_round.status == "queued"
    assert not Proposal.objects.filter(round=matching_round).exists()
    assert round_tasks().get().status == "READY"
    waiting = text_of(client.get(response.url))
    assert "Wacht op de verwerking" in waiting
    assert "0% klaar" in waiting

    run_worker()

    assert round_tasks().get().status == "SUCCESSFUL"
    matching_round.refresh_from_db()
    assert (matching_round.status, matching_round.progress) == ("done", 100)
    assert matching_round.finished_at is not None
    proposals = list(Proposal.objects.filter(round=matching_round).select_related("request"))
    assert proposals
    done = text_of(client.get(response.url))
    assert "Wacht op de verwerking" not in done
    assert all(proposal.request.title in done for proposal in proposals)


@pytest.mark.django_db(transaction=True)
def test_a_round_started_through_the_api_answers_202_and_its_url_shows_the_proposals(
    client, queued_tasks, pair, desk
):
    client.force_login(desk)
    started = client.post("/api/rounds")
    assert started.status_code == 202, started.content
    body = started.json()
    assert (body["status"], body["progress"]) == ("queued", 0)
    assert body["url"] == f"/api/rounds/{body['id']}"
    waiting = client.get(body["url"]).json()
    assert (waiting["status"], waiting["proposals"]) == ("queued", [])

    run_worker()

    done = client.get(body["url"]).json()
    assert (done["status"], done["progress"], done["error"]) == ("done", 100, "")
    assert done["candidate_pairs"] >= 1
    stored = set(
        Proposal.objects.filter(round_id=body["id"]).values_list("request_id", "availability_id")
    )
    assert stored
    assert {(p["request_id"], p["availability_id"]) for p in done["proposals"]} == stored


@pytest.mark.django_db(transaction=True)
def test_a_round_that_fails_in_the_worker_says_so_on_its_page_and_in_the_api(
    client, queued_tasks, pair, desk, monkeypatch
):
    client.force_login(desk)
    body = client.post("/api/rounds").json()

    def broken(*args, **kwargs):
        raise RuntimeError("solver exploded")

    monkeypatch.setattr("matching.rounds.assign", broken)
    run_worker()

    failed = client.get(body["url"]).json()
    assert failed["status"] == "failed"
    assert "solver exploded" in failed["error"]
    assert failed["proposals"] == []
    assert round_tasks().get().status == "FAILED"
    page = text_of(client.get(reverse("matching:round", args=[body["id"]])))
    assert "De ronde is mislukt" in page


@pytest.mark.django_db(transaction=True)
def test_the_worker_runs_a_round_once_even_when_its_task_runs_twice(
    client, queued_tasks, pair, desk
):
    from matching.tasks import round_execute

    client.force_login(desk)
    body = client.post("/api/rounds").json()
    run_worker()
    first = Proposal.objects.filter(round_id=body["id"]).count()
    assert first >= 1
    round_execute.enqueue(round_id=body["id"])
    run_worker()
    assert Proposal.objects.filter(round_id=body["id"]).count() == first


@pytest.mark.django_db(transaction=True)
def test_the_desk_follows_a_round_live_over_the_websocket(
    client, queued_tasks, pair, desk, settings
):
    # The worker runs in this process: the in-memory layer carries its messages, and on the
    # full stack the solver (holding the interpreter) would starve the socket's Redis reads.
    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    cookie = session_cookie(client, desk)
    matching_round = None

    async def scenario():
        nonlocal matching_round
        socket = await socket_open(cookie)
        assert (await socket.receive_json_from(timeout=5))["type"] == "unread"
        response = await sync_to_async(client.post)(reverse("matching:rounds"))
        assert response.status_code == 302
        assert await socket.receive_nothing(timeout=0.3)  # queued: nothing runs yet
        await sync_to_async(run_worker_in_this_thread)()
        messages = []
        while not messages or messages[-1]["status"] == "running":
            messages.append(await socket.receive_json_from(timeout=10))
        await socket.disconnect()
        matching_round = await sync_to_async(MatchingRound.objects.get)()
        return messages

    messages = run_apart(scenario)
    assert {m["type"] for m in messages} == {"round"}
    assert {m["id"] for m in messages} == {matching_round.pk}
    progress = [m["progress"] for m in messages]
    assert progress == sorted(progress) and progress[0] < 100 == progress[-1]
    last = messages[-1]
    assert last["status"] == "done"
    assert last["proposals"] == Proposal.objects.filter(round=matching_round).count()
    assert last["url"] == reverse("matching:round", args=[matching_round.pk])
