"""The scale, word cloud, questions and ranking steps over the websocket: the page's script
sends the plain form's fields, the server reads them with that form, names a refused field,
acknowledges what counted and sends the room the new results."""

import pytest

from tests.notifications.websocket import run_apart
from tests.workshops.conftest import steer
from tests.workshops.test_websocket import _cookie_of, _join, _joined
from workshops import services
from workshops.models import Action

pytestmark = pytest.mark.django_db(transaction=True)


def _shown_step(room, kind, config, *, anonymous=True):
    """A step of this kind, current, open for input, its results shown to the room."""
    step = services.step_add(
        workshop=room.workshop, kind=kind, title="Een stap", config=config, anonymous=anonymous
    )
    steer(room, "start", ("goto", step.pk), ("input", True), ("results", True))
    return step


def _fields(kind: str, client_id: str, fields: dict) -> dict:
    return {"type": "action", "kind": kind, "client_id": client_id, "fields": fields}


def _exchange(code, cookie, messages, *, watcher_cookie=None):
    """Send the messages in turn on one socket: each answer (an error, or an ack) and, for
    an ack, the state the room was sent (as a second socket in the room received it)."""

    async def scenario():
        socket, _state = await _joined(code, cookie)
        watcher = None
        if watcher_cookie:
            watcher, _state = await _joined(code, watcher_cookie)
        answers = []
        for message in messages:
            await socket.send_json_to(message)
            answer = await socket.receive_json_from(timeout=5)
            pushed = None
            if answer["type"] == "ack":
                await socket.receive_json_from(timeout=5)  # the sender's own broadcast
                if watcher:
                    pushed = await watcher.receive_json_from(timeout=5)
            answers.append((answer, pushed))
        for open_socket in (socket, watcher):
            if open_socket:
                await open_socket.disconnect()
        return answers

    return run_apart(scenario)


def test_a_scale_over_the_socket(room):
    _shown_step(room, "scale", {"statements": ["Delen", "Leren"]})
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    (refused, _), (ack, pushed) = _exchange(
        room.workshop.code,
        _cookie_of(anna),
        [
            _fields("scale_answer", "s1", {"statement_0": ["6"]}),
            _fields("scale_answer", "s2", {"statement_0": ["4"], "statement_1": ["2"]}),
        ],
        watcher_cookie=_cookie_of(bram),
    )
    assert refused["type"] == "error" and list(refused["errors"]) == ["payload.statement_0"]
    assert ack["type"] == "ack" and ack["client_id"] == "s2"
    assert pushed["results"]["counts"] == [[0, 0, 0, 1, 0], [0, 1, 0, 0, 0]]
    assert pushed["results"]["means"] == [4.0, 2.0]
    assert Action.objects.get().payload == {"answers": {"0": 4, "1": 2}}


def test_a_word_cloud_over_the_socket(room):
    _shown_step(room, "word_cloud", {"words": 2})
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    answers = _exchange(
        room.workshop.code,
        _cookie_of(anna),
        [
            _fields("words_post", "w1", {"word_1": ["Monteurs"], "word_2": ["?!"]}),
            {
                "type": "action",
                "kind": "words_post",
                "client_id": "w2",
                "payload": {"words": ["een", "twee", "drie"]},
            },
            _fields("words_post", "w3", {"word_1": ["Monteurs"], "word_2": ["Uitdagingen"]}),
        ],
        watcher_cookie=_cookie_of(bram),
    )
    (by_field, _), (by_payload, _), (ack, pushed) = answers
    assert list(by_field["errors"]) == ["payload.word_2"]
    assert list(by_payload["errors"]) == ["payload.words"]
    assert ack["type"] == "ack"
    assert pushed["results"]["words"] == [
        {"word": "Monteurs", "count": 1},
        {"word": "Uitdagingen", "count": 1},
    ]
    assert Action.objects.count() == 1


def test_questions_over_the_socket(room):
    _shown_step(room, "questions", {}, anonymous=False)
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    question = services.action_submit(
        participant=anna, kind="question_ask", payload={"text": "Wie betaalt?"}, client_id="q1"
    ).action
    answers = _exchange(
        room.workshop.code,
        _cookie_of(bram),
        [
            _fields("question_ask", "q2", {"text": [""]}),
            _fields("question_upvote", "u1", {"question": [str(question.pk)]}),
            _fields("question_upvote", "u2", {"question": [str(question.pk)]}),
        ],
        watcher_cookie=_cookie_of(anna),
    )
    (empty, _), (ack, pushed), (again, _) = answers
    assert list(empty["errors"]) == ["payload.text"]
    assert ack["type"] == "ack" and ack["client_id"] == "u1"
    assert pushed["results"]["open"] == [
        {"id": question.pk, "text": "Wie betaalt?", "upvotes": 1, "by": "Anna"}
    ]
    assert again["type"] == "error" and list(again["errors"]) == ["payload.question"]
    assert Action.objects.filter(kind="question_upvote").count() == 1


def test_a_ranking_over_the_socket(room):
    _shown_step(room, "ranking", {"items": ["Tijd", "Geld", "Mensen"]})
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    (refused, _), (ack, pushed) = _exchange(
        room.workshop.code,
        _cookie_of(anna),
        [
            _fields("ranking_place", "r1", {"rank_0": ["1"], "rank_1": ["1"], "rank_2": ["2"]}),
            _fields("ranking_place", "r2", {"rank_0": ["3"], "rank_1": ["1"], "rank_2": ["2"]}),
        ],
        watcher_cookie=_cookie_of(bram),
    )
    assert refused["type"] == "error" and list(refused["errors"]) == ["payload.rank_1"]
    assert ack["type"] == "ack" and ack["client_id"] == "r2"
    assert [item["item"] for item in pushed["results"]["items"]] == [1, 2, 0]
    assert Action.objects.get().payload == {"order": [1, 2, 0]}
