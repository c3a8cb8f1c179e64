"""Explainable matching of one request against one availability: hard rules first, then a
score from parts, each with points and a sentence a planner understands.

Plain Python and NumPy, no database: the selectors turn models into `Need` and `Offer`.
Each part's rule is in its module of `matching.parts`, next to the array version that
`matching.vectorised` uses to score many offers at once.
"""

import datetime
from dataclasses import dataclass, field

import numpy as np
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from matching import parts as score_parts
from matching import rules, timegrid
from matching.parts.distance import distance_km
from matching.parts.hours import exchange_hours
from matching.parts.pairs import Pair, hours_text

PARTS = tuple(part.NAME for part in score_parts.IN_ORDER)

DEFAULT_WEIGHTS = {
    "hours": 35.0,
    "qualifications": 15.0,
    "distance": 15.0,
    "preferences": 10.0,
    "cost": 10.0,
    "period": 10.0,
    "trust": 5.0,
}


@dataclass(frozen=True)
class Need:
    """What a request asks, in plain values."""

    request_id: int
    organisation_id: int
    organisation_sector: str
    organisation_can_exchange: bool
    form: str
    form_yearly_cap: float | None
    is_crisis: bool
    period: timegrid.Period
    mask: np.ndarray
    hours_per_week: float
    location: tuple[float, float] | None
    remote_possible: bool
    people_needed: int
    max_cost_per_hour: float | None
    required: frozenset[str] = frozenset()
    desired: frozenset[str] = frozenset()
    related: dict = field(default_factory=dict)  # term slug -> frozenset of related slugs
    conflicting_organisations: frozenset[int] = frozenset()
    known_organisations: frozenset[int] = frozenset()  # organisations that worked with us


@dataclass(frozen=True)
class Offer:
    """What an availability offers, in plain values."""

    availability_id: int
    person_id: int
    organisation_id: int
    organisation_can_exchange: bool
    offer_type: str  # regular, crisis or both
    period: timegrid.Period
    mask: np.ndarray
    exceptions: frozenset = frozenset()
    max_hours_per_week: float = 0.0
    contract_hours_per_week: float = 0.0
    forms: frozenset[str] = frozenset()
    sectors: frozenset[str] = frozenset()
    location: tuple[float, float] | None = None
    travel_radius_km: float = 0.0
    remote_ok: bool = False
    qualifications: dict = field(default_factory=dict)  # slug -> valid until (date) or None
    skills: frozenset[str] = frozenset()  # expertise from the profile
    cost_per_hour: float | None = None
    conflicting_organisations: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Violation:
    rule: str
    message: str


PART_LABELS = {
    "hours": gettext_lazy("Hours covered"),
    "qualifications": gettext_lazy("Desired qualifications"),
    "distance": gettext_lazy("Distance"),
    "preferences": gettext_lazy("Sector preference"),
    "cost": gettext_lazy("Cost against budget"),
    "period": gettext_lazy("Overlap of periods"),
    "trust": gettext_lazy("Worked together before"),
}


@dataclass(frozen=True)
class Part:
    name: str
    value: float  # 0..1
    points: float  # value × weight, on the 0..100 scale of the total (shown rounded)
    sentence: str

    @property
    def label(self) -> str:
        return str(PART_LABELS[self.name])


@dataclass(frozen=True)
class Evaluation:
    """The verdict on one offer for one need: allowed or not (and why), the score and why."""

    violations: tuple[Violation, ...]
    needs_agreement: bool
    parts: tuple[Part, ...]
    score: float
    covered_mask: np.ndarray
    hours_covered: float  # of the requested times, in hours
    hours_requested: float  # hours of the requested times
    hours_per_week: float = 0.0  # what the person would work a week (`exchange_hours`)

    @property
    def eligible(self) -> bool:
        return not self.violations

    @property
    def summary(self) -> str:
        return "; ".join(part.sentence for part in self.parts)


def _qualification_valid(offer: Offer, slug: str, until: datetime.date) -> bool:
    if slug not in offer.qualifications:
        return False
    valid_until = offer.qualifications[slug]
    return valid_until is None or valid_until >= until


def hard_rules(
    need: Need, offer: Offer, covered_mask: np.ndarray, covered_hours: float
) -> list[Violation]:
    """Every rule that excludes this offer, with the reason in words."""
    violations = []
    overlap = need.period.overlap(offer.period)
    if overlap is None:
        violations.append(Violation("period", _("not available in the period of the request")))
    if offer.organisation_id == need.organisation_id:
        violations.append(Violation("same_organisation", _("works at the requesting organisation")))
    if (
        offer.organisation_id in need.conflicting_organisations
        or need.organisation_id in offer.conflicting_organisations
    ):
        violations.append(Violation("conflict", _("a conflict of interest was declared")))
    if not need.is_crisis and offer.offer_type == "crisis":
        violations.append(Violation("crisis_only", _("offers time for crisis deployment only")))
    if offer.forms and need.form not in offer.forms:
        violations.append(Violation("form", _("does not offer this form of mobility")))
    missing = sorted(
        slug for slug in need.required if not _qualification_valid(offer, slug, need.period.end)
    )
    if missing:
        violations.append(
            Violation(
                "qualifications",
                _("lacks a required qualification valid over the whole period: %(names)s")
                % {"names": ", ".join(missing)},
            )
        )
    remote = need.remote_possible and offer.remote_ok
    if not remote:
        if need.location is None or offer.location is None:
            violations.append(Violation("travel", _("no place known to check the travel distance")))
        elif distance_km(need.location, offer.location) > offer.travel_radius_km:
            violations.append(Violation("travel", _("lives or works beyond their travel radius")))
    if covered_hours <= 0:
        violations.append(Violation("hours", _("not available at any of the requested times")))
    elif exchange_hours(need, offer, covered_hours) <= 0:
        violations.append(
            Violation("hours", _("has no hours left to offer: they are agreed in exchanges"))
        )
    weekly = offer.contract_hours_per_week + exchange_hours(need, offer, covered_hours)
    # The same week every week: its hours are the average too.
    breach = rules.working_time_breach(week_hours=weekly, average_hours=weekly)
    if breach == "week":
        violations.append(
            Violation("working_time", _("would work more than 60 hours in a week with the own job"))
        )
    elif breach == "average":
        violations.append(
            Violation(
                "working_time",
                _("would work more than 48 hours a week on average with the own job"),
            )
        )
    if not timegrid.rest_ok(covered_mask):
        violations.append(
            Violation("rest", _("would not have 11 hours of uninterrupted rest in every 24 hours"))
        )
    if need.form_yearly_cap is not None and overlap is not None:
        yearly = exchange_hours(need, offer, covered_hours) * min(52.0, overlap.days / 7)
        if yearly > need.form_yearly_cap:
            violations.append(
                Violation(
                    "yearly_cap",
                    _("would exceed the yearly maximum of %(cap)s hours for this form")
                    % {"cap": hours_text(need.form_yearly_cap)},
                )
            )
    return violations


def evaluate(need: Need, offer: Offer, weights: dict | None = None) -> Evaluation:
    """Apply the hard rules and score the offer for the need, with a sentence per part."""
    weights = weights or DEFAULT_WEIGHTS
    covered_mask = timegrid.covered(need.mask, offer.mask)
    covered_hours = float(timegrid.hours(covered_mask))
    requested_hours = float(timegrid.hours(need.mask))
    violations = tuple(hard_rules(need, offer, covered_mask, covered_hours))
    needs_agreement = not (need.organisation_can_exchange and offer.organisation_can_exchange)
    pair = Pair(need, offer, covered_mask, covered_hours, requested_hours)
    parts = []
    for part in score_parts.IN_ORDER:
        found = part.scalar(pair)
        if found is not None:
            parts.append((part.NAME, *found))

    total_weight = sum(weights[name] for name, _value, _sentence in parts)
    result_parts = tuple(
        Part(name, value, 100 * weights[name] * value / total_weight, sentence)
        for name, value, sentence in parts
    )
    score = round(sum(part.points for part in result_parts), 1)
    return Evaluation(
        violations=violations,
        needs_agreement=needs_agreement,
        parts=result_parts,
        score=score,
        covered_mask=covered_mask,
        hours_covered=covered_hours,
        hours_requested=requested_hours,
        hours_per_week=exchange_hours(need, offer, covered_hours),
    )
