"""The rules and results of the scale, word cloud, questions and ranking steps, through the
services and what the room then sees."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from core.limits import LIVE_QUESTION_MAX_LENGTH, LIVE_WORD_MAX_LENGTH
from network.factories import UserFactory
from tests.workshops.conftest import steer
from workshops import selectors, services
from workshops.kinds import kind_of
from workshops.kinds.word_cloud import word_key

pytestmark = pytest.mark.django_db


def _join(room, name="Anna"):
    return services.participant_join(workshop=room.workshop, display_name=name)


def _act(participant, kind, payload, client_id):
    return services.action_submit(
        participant=participant, kind=kind, payload=payload, client_id=client_id
    )


def _refused(participant, kind, payload, client_id="bad") -> dict:
    with pytest.raises(ValidationError) as error:
        _act(participant, kind, payload, client_id)
    return error.value.message_dict


def _live_step(room, kind, config, *, anonymous=True):
    """A step of this kind added to the workshop, current and open for input."""
    step = services.step_add(
        workshop=room.workshop, kind=kind, title="Een stap", config=config, anonymous=anonymous
    )
    steer(room, "start", ("goto", step.pk), ("input", True))
    return step


def _add_refused(room, kind, config) -> dict:
    with pytest.raises(ValidationError) as error:
        services.step_add(workshop=room.workshop, kind=kind, title="Fout", config=config)
    return error.value.message_dict


# Scale


def test_a_scale_needs_statements_on_one_line_each(room):
    assert "config.statements" in _add_refused(room, "scale", {"statements": []})
    assert any(
        key.startswith("config.statements")
        for key in _add_refused(room, "scale", {"statements": ["Twee\nregels"]})
    )
    assert room.workshop.steps.count() == 4


def test_a_scale_takes_scores_from_1_to_5_on_its_statements_only(room):
    _live_step(room, "scale", {"statements": ["Wij delen mensen", "Wij leren samen"]})
    anna = _join(room)
    for answers in ({}, {0: 6}, {0: 0}, {2: 3}):
        problems = _refused(anna, "scale_answer", {"answers": answers})
        assert any(key.startswith("payload.answers") for key in problems), answers
    assert not anna.actions.exists()


def test_a_scale_counts_the_latest_score_per_statement_and_its_mean(room):
    step = _live_step(room, "scale", {"statements": ["Delen", "Leren", "Lenen"]})
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    _act(anna, "scale_answer", {"answers": {0: 5, 1: 3}}, "a1")
    _act(bram, "scale_answer", {"answers": {0: 4}}, "b1")
    _act(anna, "scale_answer", {"answers": {1: 1}}, "a2")  # a new score for one statement
    results = selectors.step_results(step=step)
    assert results["counts"] == [[0, 0, 0, 1, 1], [1, 0, 0, 0, 0], [0, 0, 0, 0, 0]]
    assert results["means"] == [4.5, 1.0, None]
    assert selectors.participant_own(participant=anna)["answers"] == {"0": 5, "1": 1}
    steer(room, ("results", True))
    rows = selectors.results_rows(state=selectors.workshop_state(workshop=room.workshop))
    assert [row["count"] for row in rows] == [2, 1, 0]
    assert [(s["value"], s["x"], s["width"]) for s in rows[0]["segments"] if s["count"]] == [
        (4, "0.00", "50.00"),
        (5, "50.00", "50.00"),
    ]


# Word cloud


@pytest.mark.parametrize(
    ("sent", "key"),
    [
        ("Monteurs", "monteur"),
        ("uitdagingen", "uitdaging"),
        ("Mogelijkheden", "mogelijkheid"),
        ("collega's", "collega"),
        ("  Café!! ", "cafe"),
        ("goede   ideeën.", "goede ideeen"),
        ("kans", "kans"),
        ("bus", "bus"),
    ],
)
def test_a_word_is_folded_by_case_accents_punctuation_and_plural_rules(sent, key):
    assert word_key(sent) == key


def test_a_word_cloud_limits_the_words_and_refuses_words_without_letters(room):
    assert "config.words" in _add_refused(room, "word_cloud", {"words": 0})
    _live_step(room, "word_cloud", {"words": 2})
    anna = _join(room)
    assert "payload.words" in _refused(anna, "words_post", {"words": ["a", "b", "c"]})
    assert "payload.words" in _refused(anna, "words_post", {"words": []})
    too_long = "w" * (LIVE_WORD_MAX_LENGTH + 1)
    assert "payload.words.0" in _refused(anna, "words_post", {"words": [too_long]})
    assert "payload.words.1" in _refused(anna, "words_post", {"words": ["ok", "?!"]})
    assert not anna.actions.exists()


def test_a_word_cloud_counts_folded_words_by_their_most_sent_form(room):
    step = _live_step(room, "word_cloud", {"words": 3})
    anna, bram, carla, dirk = (_join(room, name) for name in ("Anna", "Bram", "Carla", "Dirk"))
    _act(anna, "words_post", {"words": ["Monteurs", "Monteur", "kansen"]}, "a1")
    _act(bram, "words_post", {"words": ["monteur", "Kans"]}, "b1")
    _act(carla, "words_post", {"words": ["monteurs!", "Café"]}, "c1")
    _act(dirk, "words_post", {"words": ["tijd"]}, "d1")
    _act(dirk, "words_post", {"words": ["cafe"]}, "d2")  # a new send replaces the old
    words = selectors.step_results(step=step)["words"]
    # Anna's "Monteurs" and "Monteur" are one word of hers; "kansen" folds onto "Kans".
    assert words == [
        {"word": "Monteurs", "count": 3},
        {"word": "Café", "count": 2},
        {"word": "Kans", "count": 2},
    ]
    assert selectors.participant_own(participant=dirk)["words"] == ["cafe"]
    rows = kind_of("word_cloud").rows(step={}, results={"words": words})
    assert [row["size"] for row in rows] == [5, 3, 3]


# Questions


def test_questions_are_limited_and_upvoted_once_by_others(room):
    step = _live_step(room, "questions", {}, anonymous=False)
    anna, bram, carla = _join(room, "Anna"), _join(room, "Bram"), _join(room, "Carla")
    too_long = "v" * (LIVE_QUESTION_MAX_LENGTH + 1)
    assert "payload.text" in _refused(anna, "question_ask", {"text": too_long})
    assert "payload.text" in _refused(anna, "question_ask", {"text": "  "})
    first = _act(anna, "question_ask", {"text": "Wie betaalt de reiskosten?"}, "q1").action
    second = _act(bram, "question_ask", {"text": "Hoe lang duurt een uitlening?"}, "q2").action
    assert "payload.question" in _refused(anna, "question_upvote", {"question": first.pk})
    _act(bram, "question_upvote", {"question": first.pk}, "u1")
    _act(carla, "question_upvote", {"question": first.pk}, "u2")
    _act(carla, "question_upvote", {"question": second.pk}, "u3")
    assert "payload.question" in _refused(carla, "question_upvote", {"question": first.pk}, "u4")
    assert "payload.question" in _refused(carla, "question_upvote", {"question": 999_999}, "u5")
    results = selectors.step_results(step=step)
    assert [(q["text"], q["upvotes"], q["by"]) for q in results["open"]] == [
        ("Wie betaalt de reiskosten?", 2, "Anna"),
        ("Hoe lang duurt een uitlening?", 1, "Bram"),
    ]
    assert results["answered"] == []


def test_the_facilitator_marks_a_question_answered_and_hides_one(room):
    step = _live_step(room, "questions", {})
    anna, bram = _join(room, "Anna"), _join(room, "Bram")
    first = _act(anna, "question_ask", {"text": "Eerste vraag?"}, "q1").action
    second = _act(bram, "question_ask", {"text": "Tweede vraag?"}, "q2").action
    upvote = _act(bram, "question_upvote", {"question": first.pk}, "u1").action

    def moderate(action, command, value=None, user=room.facilitator):
        return services.action_moderate(
            workshop=room.workshop, user=user, action_id=action.pk, command=command, value=value
        )

    with pytest.raises(PermissionDenied):
        moderate(first, "answered", True, user=UserFactory())
    for action, command, value, field in (
        (first, "answered", "yes", "value"),
        (upvote, "answered", True, "action"),
        (first, "melt", True, "command"),
    ):
        with pytest.raises(ValidationError) as error:
            moderate(action, command, value)
        assert field in error.value.message_dict
    moderate(first, "answered", True)
    results = selectors.step_results(step=step)
    assert [q["id"] for q in results["answered"]] == [first.pk]
    assert [(q["id"], q["by"]) for q in results["open"]] == [(second.pk, None)]  # anonymous
    moderate(second, "hide")
    assert selectors.step_results(step=step)["open"] == []
    items = selectors.moderation_items(step=step)
    assert {(item["id"], item["answered"], item["hidden"]) for item in items} == {
        (first.pk, True, False),
        (second.pk, False, True),
    }
    assert "payload.question" in _refused(anna, "question_upvote", {"question": second.pk})
    moderate(first, "answered", False)
    assert [q["id"] for q in selectors.step_results(step=step)["open"]] == [first.pk]


# Ranking


def test_a_ranking_needs_two_items_and_every_item_placed_once(room):
    assert "config.items" in _add_refused(room, "ranking", {"items": ["Alleen"]})
    _live_step(room, "ranking", {"items": ["Tijd", "Geld", "Mensen"]})
    anna = _join(room)
    for order in ([0, 0, 1], [0, 1], [0, 1, 3], [2, 1, 0, 3]):
        assert "payload.order" in _refused(anna, "ranking_place", {"order": order}), order
    assert any(
        key.startswith("payload.order")
        for key in _refused(anna, "ranking_place", {"order": [0, -1]})
    )
    assert not anna.actions.exists()


def test_a_ranking_gives_the_average_rank_and_its_spread_sorted_by_average(room):
    step = _live_step(room, "ranking", {"items": ["Tijd", "Geld", "Mensen"]})
    anna, bram, carla = _join(room, "Anna"), _join(room, "Bram"), _join(room, "Carla")
    _act(anna, "ranking_place", {"order": [2, 1, 0]}, "a1")
    _act(bram, "ranking_place", {"order": [0, 1, 2]}, "b1")
    _act(bram, "ranking_place", {"order": [1, 2, 0]}, "b2")  # a new order replaces the old
    _act(carla, "ranking_place", {"order": [1, 0, 2]}, "c1")
    items = selectors.step_results(step=step)["items"]
    # Geld: ranks 2, 1, 1; Mensen: 1, 2, 3; Tijd: 3, 3, 2.
    assert [(i["item"], i["average"], i["best"], i["worst"]) for i in items] == [
        (1, 1.33, 1, 2),
        (2, 2.0, 1, 3),
        (0, 2.67, 2, 3),
    ]
    assert [i["spread"] for i in items] == [0.47, 0.82, 0.47]
    assert selectors.participant_own(participant=bram)["order"] == [1, 2, 0]


# The builder's settings forms


@pytest.mark.parametrize(
    ("kind", "data", "config"),
    [
        ("scale", {"statements": "Een\n\n Twee "}, {"statements": ["Een", "Twee"]}),
        ("word_cloud", {"words": "4"}, {"words": 4}),
        ("questions", {}, {}),
        ("ranking", {"items": "A\nB\nC"}, {"items": ["A", "B", "C"]}),
    ],
)
def test_the_builders_settings_form_of_each_kind_makes_a_step(room, kind, data, config):
    settings_form = kind_of(kind).settings_form
    form = settings_form(data)
    assert form.is_valid(), form.errors
    assert form.config() == config
    step = services.step_add(workshop=room.workshop, kind=kind, title="Stap", config=form.config())
    assert step.config == config
    again = settings_form(initial=settings_form.initial_from(step.config))
    assert all(again.initial.get(name) is not None for name in again.fields)
