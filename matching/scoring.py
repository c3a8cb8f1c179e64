"""Explainable matching of one request against one availability: hard rules first, then a
score from parts, each with points and a sentence a planner understands.

Plain Python and NumPy, no database: the services turn models into `Need` and `Offer` and
back. `matching.vectorised` scores many offers at once and must agree with this module.
"""

import datetime
import math
from dataclasses import dataclass, field

import numpy as np
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from matching import rules, timegrid

PARTS = ("hours", "qualifications", "distance", "preferences", "cost", "period", "trust")

DEFAULT_WEIGHTS = {
    "hours": 35.0,
    "qualifications": 15.0,
    "distance": 15.0,
    "preferences": 10.0,
    "cost": 10.0,
    "period": 10.0,
    "trust": 5.0,
}
RELATED_TERM_CREDIT = 0.5


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


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine) in km."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def exchange_hours(need: Need, offer: Offer, covered_hours: float) -> float:
    """Hours a week the person would work for this request: what they cover, no more than
    they offer and no more than is asked."""
    return min(covered_hours, offer.max_hours_per_week, need.hours_per_week or covered_hours)


def _describe_windows(mask: np.ndarray) -> str:
    return ", ".join(window.label for window in timegrid.windows_of(mask))


def hours_text(value: float) -> str:
    """Hours as a Dutch reader writes them: 2, 2,5."""
    return f"{value:g}".replace(".", ",")


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
    weekly = offer.contract_hours_per_week + exchange_hours(need, offer, covered_hours)
    if weekly > rules.MAX_HOURS_IN_A_WEEK:
        violations.append(
            Violation("working_time", _("would work more than 60 hours in a week with the own job"))
        )
    elif weekly > rules.MAX_AVERAGE_HOURS_16_WEEKS:
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
    parts = []

    # Hours: how much of the requested times the person covers, and so how many of the
    # hours a week asked they would work (what a round proposes).
    fraction = covered_hours / requested_hours if requested_hours else 0.0
    when = _describe_windows(covered_mask)
    sentence = (
        _(
            "available %(when)s: %(covered)s of the %(requested)s hours of the requested "
            "times, would work %(weekly)s of the %(asked)s hours a week asked"
        )
        % {
            "when": when,
            "covered": hours_text(covered_hours),
            "requested": hours_text(requested_hours),
            "weekly": hours_text(exchange_hours(need, offer, covered_hours)),
            "asked": hours_text(need.hours_per_week),
        }
        if covered_hours
        else _("not available at the requested times")
    )
    parts.append(("hours", min(1.0, fraction), sentence))

    # Desired qualifications, related terms counting partly.
    if need.desired:
        held = set(offer.qualifications) | set(offer.skills)
        exact = need.desired & held
        related = {
            slug for slug in need.desired - exact if need.related.get(slug, frozenset()) & held
        }
        value = (len(exact) + RELATED_TERM_CREDIT * len(related)) / len(need.desired)
        sentence = ngettext(
            "has %(exact)s of the %(wanted)s desired qualification",
            "has %(exact)s of the %(wanted)s desired qualifications",
            len(need.desired),
        ) % {"exact": len(exact), "wanted": len(need.desired)}
        if related:
            sentence += ngettext(
                ", and a related one for %(count)s more",
                ", and related ones for %(count)s more",
                len(related),
            ) % {"count": len(related)}
        parts.append(("qualifications", value, sentence))

    # Distance.
    if need.remote_possible and offer.remote_ok:
        parts.append(("distance", 1.0, _("can work remotely")))
    elif need.location is not None and offer.location is not None:
        km = distance_km(need.location, offer.location)
        radius = max(offer.travel_radius_km, 1.0)
        parts.append(
            (
                "distance",
                max(0.0, 1.0 - km / radius),
                _("%(km)s km away (travels up to %(radius)s km)")
                % {
                    "km": hours_text(round(km)),
                    "radius": hours_text(round(offer.travel_radius_km)),
                },
            )
        )

    # Preferences: the sector they would like to work in.
    if offer.sectors:
        likes = need.organisation_sector in offer.sectors
        parts.append(
            (
                "preferences",
                1.0 if likes else 0.0,
                _("would like to work in this sector") if likes else _("prefers other sectors"),
            )
        )
    else:
        parts.append(("preferences", 0.5, _("no sector preference given")))

    # Cost against the budget.
    if need.max_cost_per_hour and offer.cost_per_hour is not None:
        cost, budget = offer.cost_per_hour, need.max_cost_per_hour
        value = 1.0 if cost <= budget else max(0.0, 1.0 - (cost - budget) / budget)
        sentence = (
            _("cost price € %(cost)s an hour, within the budget of € %(budget)s")
            if cost <= budget
            else _("cost price € %(cost)s an hour, above the budget of € %(budget)s")
        ) % {"cost": hours_text(cost), "budget": hours_text(budget)}
        parts.append(("cost", value, sentence))

    # Overlap of the periods, less the dates the person is not available.
    overlap = need.period.overlap(offer.period)
    days = overlap.days if overlap else 0
    away = sum(1 for day in offer.exceptions if overlap and overlap.start <= day <= overlap.end)
    weeks_overlap, weeks_asked = math.ceil(days / 7), math.ceil(need.period.days / 7)
    sentence = _("available in %(overlap)s of the %(asked)s weeks of the request") % {
        "overlap": weeks_overlap,
        "asked": weeks_asked,
    }
    if away:
        sentence += ngettext(", except on %(count)s date", ", except on %(count)s dates", away) % {
            "count": away
        }
    parts.append(("period", (days - away) / need.period.days, sentence))

    # Trust: organisations that worked together before.
    known = offer.organisation_id in need.known_organisations
    parts.append(
        (
            "trust",
            1.0 if known else 0.0,
            _("the organisations have worked together before")
            if known
            else _("the organisations have not worked together yet"),
        )
    )

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
