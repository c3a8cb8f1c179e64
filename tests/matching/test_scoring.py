"""Scoring: the vectorised ranking agrees with the one-by-one evaluation, which explains every
result in words; no result ever breaks a hard rule."""

import dataclasses
import datetime
from unittest import mock

import numpy as np
import pytest
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matching import parts, scoring, timegrid, vectorised
from matching.parts import qualifications
from matching.parts.pairs import Pairs
from tests.matching.strategies import BASE, matrix_of, needs, offers


@st.composite
def worlds(draw):
    need = draw(needs())
    count = draw(st.integers(1, 12))
    return need, [draw(offers(availability_id=i + 1)) for i in range(count)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(worlds())
def test_ranking_keeps_exactly_the_offers_the_rules_allow_with_the_same_scores(world):
    need, offers_ = world
    ranking = vectorised.rank(need, matrix_of(offers_))
    ranked = {int(i): score for i, score in zip(ranking.indices, ranking.scores, strict=True)}
    for index, offer in enumerate(offers_):
        evaluation = scoring.evaluate(need, offer)
        assert (index in ranked) == evaluation.eligible, (offer, evaluation.violations)
        if evaluation.eligible:
            assert ranked[index] == pytest.approx(evaluation.score, abs=0.051)
            assert bool(ranking.needs_agreement[list(ranked).index(index)]) == (
                evaluation.needs_agreement
            )
    # Best first.
    assert list(ranking.scores) == sorted(ranking.scores, reverse=True)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(needs(), min_size=2, max_size=5),
    st.lists(offers(availability_id=0), min_size=1, max_size=10),
    st.one_of(st.none(), st.integers(1, 4)),
    st.booleans(),
)
def test_ranking_many_needs_together_gives_each_its_own_ranking(needs_, offers_, top, agreed_only):
    """A round ranks all requests in one go: no need's rules or score may leak into another's
    ranking, and its best `top` are the same as when it is ranked alone (also with only the
    offers that need no agreement, as a round takes them)."""
    offers_ = [dataclasses.replace(offer, availability_id=i + 1) for i, offer in enumerate(offers_)]
    matrix = matrix_of(offers_)
    together = vectorised.rank_many(needs_, matrix, top=top, agreed_only=agreed_only)
    # Cut into the smallest batches, ranked side by side on threads: the same answer.
    with (
        mock.patch.object(vectorised, "PARALLEL_PAIRS", 1),
        mock.patch.object(vectorised, "FLAT_LIMIT", 2),
    ):
        in_batches = vectorised.rank_many(needs_, matrix, top=top, agreed_only=agreed_only)
    for column in ("needs", "indices", "scores", "needs_agreement", "covered_hours"):
        assert getattr(in_batches, column).tolist() == getattr(together, column).tolist()
    for position, need in enumerate(needs_):
        alone = vectorised.rank_many(
            [need], matrix_of(offers_), top=top, agreed_only=agreed_only
        ).of(0)
        mine = together.of(position)
        assert mine.indices.tolist() == alone.indices.tolist()
        assert mine.scores.tolist() == alone.scores.tolist()
        assert mine.needs_agreement.tolist() == alone.needs_agreement.tolist()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(worlds())
def test_each_part_gives_every_pair_the_same_value_one_by_one_and_as_arrays(world):
    """Each part's scalar rule (the explanation) and its array rule (the ranking) agree on
    whether the part applies to a pair and on its value, for every pair the rules allow."""
    need, offers_ = world
    evaluations = [scoring.evaluate(need, offer) for offer in offers_]
    rows = np.array([i for i, e in enumerate(evaluations) if e.eligible], dtype=np.int64)
    pairs = Pairs(
        needs=[need],
        need_masks=np.array([need.mask], dtype=bool),
        starts=np.array([need.period.start.toordinal()]),
        ends=np.array([need.period.end.toordinal()]),
        k=np.zeros(len(rows), dtype=np.int64),
        rows=rows,
        covered_hours=np.array([evaluations[i].hours_covered for i in rows], dtype=float),
        matrix=matrix_of(offers_),
    )
    assert {part.NAME for part in vectorised.SUM_ORDER} == set(scoring.PARTS)
    for part in parts.IN_ORDER:
        found = part.array(pairs)
        for position, row in enumerate(rows.tolist()):
            scalar = part.scalar(
                parts.pairs.Pair(
                    need,
                    offers_[row],
                    evaluations[row].covered_mask,
                    evaluations[row].hours_covered,
                    evaluations[row].hours_requested,
                )
            )
            shown = {p.name: p.value for p in evaluations[row].parts}.get(part.NAME)
            assert (shown is None) == (scalar is None)
            if found is None:
                applies = False
            else:
                values, applies = found
                applies = True if applies is None else bool(applies[position])
            assert applies == (scalar is not None), (part.NAME, offers_[row])
            if scalar is not None:
                assert values[position] == pytest.approx(scalar[0], rel=1e-12, abs=1e-12), part.NAME


@settings(max_examples=200, deadline=None)
@given(worlds())
def test_no_eligible_result_breaks_a_hard_rule(world):
    """Checked against the rules written out here once more, independently of the code."""
    need, offers_ = world
    for offer in offers_:
        evaluation = scoring.evaluate(need, offer)
        if not evaluation.eligible:
            assert evaluation.violations
            continue
        overlap = need.period.overlap(offer.period)
        covered = need.mask & offer.mask
        weekly = min(timegrid.hours(covered), offer.max_hours_per_week, need.hours_per_week)
        assert overlap is not None
        assert offer.organisation_id != need.organisation_id
        assert offer.organisation_id not in need.conflicting_organisations
        assert need.organisation_id not in offer.conflicting_organisations
        assert need.is_crisis or offer.offer_type != "crisis"
        assert not offer.forms or need.form in offer.forms
        for slug in need.required:
            assert slug in offer.qualifications
            valid_until = offer.qualifications[slug]
            assert valid_until is None or valid_until >= need.period.end
        assert timegrid.hours(covered) > 0
        assert offer.contract_hours_per_week + weekly <= 48
        assert timegrid.rest_ok(covered)
        if not (need.remote_possible and offer.remote_ok):
            assert need.location and offer.location
            assert scoring.distance_km(need.location, offer.location) <= offer.travel_radius_km
        if need.form_yearly_cap:
            assert weekly * min(52, overlap.days / 7) <= need.form_yearly_cap


def _plain_need(**changes):
    values = {
        "request_id": 1,
        "organisation_id": 1,
        "organisation_sector": "education",
        "organisation_can_exchange": True,
        "form": "hybrid",
        "form_yearly_cap": None,
        "is_crisis": False,
        "period": timegrid.Period(BASE, BASE + datetime.timedelta(days=27)),
        "mask": timegrid.week_mask(
            [
                timegrid.Window(2, datetime.time(8), datetime.time(12)),
                timegrid.Window(3, datetime.time(8), datetime.time(12)),
            ]
        ),
        "hours_per_week": 8,
        "location": (51.44, 5.48),
        "remote_possible": False,
        "people_needed": 1,
        "max_cost_per_hour": None,
    }
    values.update(changes)
    return scoring.Need(**values)


def _plain_offer(**changes):
    values = {
        "availability_id": 1,
        "person_id": 1,
        "organisation_id": 2,
        "organisation_can_exchange": True,
        "offer_type": "regular",
        "period": timegrid.Period(BASE, BASE + datetime.timedelta(days=27)),
        "mask": timegrid.week_mask([timegrid.Window(2, datetime.time(8), datetime.time(10))]),
        "max_hours_per_week": 4,
        "contract_hours_per_week": 32,
        "location": (51.45, 5.47),
        "travel_radius_km": 25,
    }
    values.update(changes)
    return scoring.Offer(**values)


def test_the_explanation_names_the_hours_in_dutch():
    with translation.override("nl"):
        evaluation = scoring.evaluate(_plain_need(), _plain_offer())
        hours = next(part for part in evaluation.parts if part.name == "hours")
    assert evaluation.eligible
    assert hours.sentence == (
        "beschikbaar op woensdag 8:00-10:00: 2 van de 8 uur van de gevraagde tijden, "
        "werkt 2 van de 8 gevraagde uren per week"
    )
    assert hours.label == "Gedekte uren"


def test_points_of_the_parts_add_up_to_the_score_and_follow_the_weights():
    evaluation = scoring.evaluate(_plain_need(), _plain_offer())
    assert sum(part.points for part in evaluation.parts) == pytest.approx(evaluation.score, abs=0.1)
    heavier = dict(scoring.DEFAULT_WEIGHTS, hours=200)
    # Covering 2 of 8 hours weighs more when the hours count more: the score drops.
    assert scoring.evaluate(_plain_need(), _plain_offer(), heavier).score < evaluation.score


def test_an_organisation_without_agreement_is_shown_apart_not_excluded():
    evaluation = scoring.evaluate(_plain_need(), _plain_offer(organisation_can_exchange=False))
    assert evaluation.eligible and evaluation.needs_agreement


def test_a_related_skill_earns_part_of_the_credit_of_the_exact_one():
    need = _plain_need(
        desired=frozenset({"lesgeven"}), related={"lesgeven": frozenset({"opleiden"})}
    )
    exact = scoring.evaluate(need, _plain_offer(skills=frozenset({"lesgeven"})))
    related = scoring.evaluate(need, _plain_offer(skills=frozenset({"opleiden"})))
    neither = scoring.evaluate(need, _plain_offer())

    def value(evaluation):
        return next(p.value for p in evaluation.parts if p.name == "qualifications")

    assert (
        value(exact) == 1
        and value(related) == qualifications.RELATED_TERM_CREDIT
        and value(neither) == 0
    )


def test_exceptions_lower_the_overlap_of_periods():
    plain = scoring.evaluate(_plain_need(), _plain_offer())
    away = scoring.evaluate(
        _plain_need(), _plain_offer(exceptions=frozenset({BASE + datetime.timedelta(days=2)}))
    )
    outside = scoring.evaluate(
        _plain_need(), _plain_offer(exceptions=frozenset({BASE - datetime.timedelta(days=2)}))
    )
    assert away.score < plain.score == outside.score


def test_ranking_an_empty_matrix_returns_nothing():
    ranking = vectorised.rank(_plain_need(), matrix_of([]))
    assert len(ranking.indices) == 0 and isinstance(ranking.scores, np.ndarray)
