"""The scale, word cloud, questions and ranking steps on the participant's page with plain
forms (no JavaScript), and the questions' moderation on the facilitator's console."""

import re

import pytest

from tests.helpers import text_of
from tests.workshops.conftest import steer
from tests.workshops.test_pages import _client_id, _joined
from workshops import services
from workshops.models import Action

pytestmark = pytest.mark.django_db


def _live_step(room, kind, config, *, anonymous=True):
    step = services.step_add(
        workshop=room.workshop, kind=kind, title="Een stap", config=config, anonymous=anonymous
    )
    steer(room, "start", ("goto", step.pk), ("input", True))
    return step


def _post(client, url, form, fields):
    html = text_of(client.get(url))
    return client.post(url, {"form": form, "client_id": _client_id(html), **fields})


def _no_inline_style(html: str) -> None:
    assert not re.search(r"\sstyle=", html)


def test_a_scale_with_the_plain_form(client, room):
    _live_step(room, "scale", {"statements": ["Wij delen mensen", "Wij leren samen"]})
    url = _joined(client, room)
    html = text_of(client.get(url))
    assert "Wij delen mensen" in html and 'name="statement_1"' in html
    nothing = _post(client, url, "scale_answer", {})
    assert nothing.status_code == 400
    assert "Beantwoord ten minste één stelling." in text_of(nothing)
    out_of_range = _post(client, url, "scale_answer", {"statement_0": "6"})
    assert out_of_range.status_code == 400
    assert _post(client, url, "scale_answer", {"statement_0": "4"}).status_code == 302
    assert Action.objects.get().payload == {"answers": {"0": 4}}
    steer(room, ("results", True))
    html = text_of(client.get(url))
    assert "Gemiddeld 4,0 uit 1 antwoord" in html and "Nog geen antwoorden." in html
    assert 'class="live__stack-4"' in html
    _no_inline_style(html)


def test_a_word_cloud_with_the_plain_form(client, room):
    _live_step(room, "word_cloud", {"words": 2})
    url = _joined(client, room)
    refused = _post(client, url, "words_post", {"word_1": "...", "word_2": ""})
    assert refused.status_code == 400
    assert "Stuur woorden met letters of cijfers." in text_of(refused)
    sent = {"word_1": "Monteurs", "word_2": "uitdagingen"}
    assert _post(client, url, "words_post", sent).status_code == 302
    other = client.__class__()
    _joined(other, room, "Bram")
    _post(other, url, "words_post", {"word_1": "monteur"})
    steer(room, ("results", True))
    html = text_of(client.get(url))
    assert '<span class="live__word live__word--5">Monteurs</span>' in html
    assert "Monteurs: 2 keer" in html and "uitdagingen: 1 keer" in html
    assert "U stuurde: Monteurs, uitdagingen" in html
    _no_inline_style(html)


def test_questions_with_the_plain_form_and_the_consoles_moderation(client, room):
    _live_step(room, "questions", {}, anonymous=False)
    url = _joined(client, room)
    empty = _post(client, url, "question_ask", {"text": ""})
    assert empty.status_code == 400
    assert _post(client, url, "question_ask", {"text": "Wie betaalt de reis?"}).status_code == 302
    question = Action.objects.get(kind="question_ask")
    steer(room, ("results", True))
    other = client.__class__()
    _joined(other, room, "Bram")
    assert "Steunen" in text_of(other.get(url))
    other.post(url, {"form": "question_upvote", "client_id": "up-1", "question": question.pk})
    html = text_of(client.get(url))
    assert "Wie betaalt de reis?" in html and "Anna · 1 keer gesteund" in html
    assert "Steunen" not in html  # not one's own question
    console_url = f"/live/{room.workshop.code}/console/"
    facilitator = client.__class__()
    facilitator.force_login(room.facilitator)
    console = text_of(facilitator.get(console_url))
    assert "Vragen modereren" in console and "Markeren als beantwoord" in console
    refused = facilitator.post(
        console_url, {"moderate": question.pk, "command": "answered", "value": "soms"}, follow=True
    )
    assert "Stuur waar of onwaar." in text_of(refused)
    question.refresh_from_db()
    assert question.moderation == {}
    facilitator.post(console_url, {"moderate": question.pk, "command": "answered", "value": "true"})
    question.refresh_from_db()
    assert question.moderation == {"answered": True}
    html = text_of(client.get(url))
    assert "Beantwoord" in html and "Open vragen" in html and "Nog geen vragen." in html
    facilitator.post(console_url, {"moderate": question.pk, "command": "hide"})
    assert "Wie betaalt de reis?" not in text_of(client.get(url))
    assert "verborgen voor de zaal" in text_of(facilitator.get(console_url))
    _no_inline_style(html)


def test_a_ranking_with_the_plain_form(client, room):
    _live_step(room, "ranking", {"items": ["Tijd", "Geld", "Mensen"]})
    url = _joined(client, room)
    html = text_of(client.get(url))
    assert all(f'name="rank_{index}"' in html for index in range(3))
    twice = _post(client, url, "ranking_place", {"rank_0": "1", "rank_1": "1", "rank_2": "2"})
    assert twice.status_code == 400
    assert "Geef elke rang één keer: rang 1 is al gegeven." in text_of(twice)
    missing = _post(client, url, "ranking_place", {"rank_0": "1", "rank_1": "2"})
    assert missing.status_code == 400 and not Action.objects.exists()
    placed = {"rank_0": "3", "rank_1": "1", "rank_2": "2"}
    assert _post(client, url, "ranking_place", placed).status_code == 302
    assert Action.objects.get().payload == {"order": [1, 2, 0]}
    steer(room, ("results", True))
    html = text_of(client.get(url))
    rows = re.findall(r'<th scope="row">(\w+)</th>', html)
    assert rows == ["Geld", "Mensen", "Tijd"]
    assert "Gemiddelde rang" in html and "1 tot 1" in html
    _no_inline_style(html)
