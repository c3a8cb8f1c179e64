"""Writes for matching: availabilities and their approval, requests and their life cycle,
shortlists, the network-wide round and accepting its proposals. Every write validates first
and changes nothing when anything is wrong."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

# matching.tasks calls these services back: both modules are imported whole, never by name.
from matching import rounds, scoring, tasks, timegrid, vectorised
from matching.choices import AvailabilityStatus, RequestStatus, RoundStatus
from matching.models import (
    Availability,
    AvailabilityException,
    AvailabilityQualification,
    ExchangeRequest,
    HoursHold,
    Introduction,
    MatchingRound,
    Proposal,
    RequestShift,
    Shortlist,
)
from matching.selectors.lists import organisation_administrators
from matching.selectors.offers import matchable_availabilities
from matching.selectors.records import need_for, offer_for
from matching.selectors.terms import score_weights
from matching.selectors.visibility import introduced_people, introduction_possible, person_shown
from network.choices import Sector
from network.permissions import (
    can_manage_organisation,
    can_moderate,
    ensure_can_act_for,
    person_of,
)
from notifications.services import live_message_send, notification_send


@dataclass
class AvailabilityData:
    """What a person offers; validated by `availability_save`."""

    valid_from: datetime.date
    valid_until: datetime.date
    max_hours_per_week: Decimal
    contract_hours_per_week: Decimal
    windows: list[timegrid.Window]
    offer_type: str = "regular"
    matchable: bool = True
    exceptions: list[datetime.date] = field(default_factory=list)
    forms: list = field(default_factory=list)  # MobilityForm objects
    sectors: list[str] = field(default_factory=list)
    place: object = None
    travel_radius_km: int = 25
    remote_ok: bool = False
    qualifications: list[tuple] = field(default_factory=list)  # (Term, valid_until or None)


@dataclass
class RequestData:
    """What an organisation asks; validated by `request_save`."""

    title: str
    form: object
    hours_per_week: Decimal
    starts_on: datetime.date
    ends_on: datetime.date
    windows: list[timegrid.Window] = field(default_factory=list)
    shifts: list[tuple[datetime.date, datetime.time, datetime.time]] = field(default_factory=list)
    description: str = ""
    is_crisis: bool = False
    required: list = field(default_factory=list)  # Terms
    desired: list = field(default_factory=list)
    place: object = None
    remote_possible: bool = False
    people_needed: int = 1
    max_cost_per_hour: Decimal | None = None


def _future_period(start, end, field_name: str) -> None:
    if end < start:
        raise ValidationError({field_name: _("The period must end on or after its start.")})
    if end < timezone.localdate():
        raise ValidationError({field_name: _("The period lies in the past.")})


def _windows_mask(windows) -> np.ndarray:
    return timegrid.week_mask(windows)


@transaction.atomic
def availability_save(
    *, person, data: AvailabilityData, availability: Availability | None = None
) -> Availability:
    """Create or change an availability; a change by the person asks for approval again."""
    _future_period(data.valid_from, data.valid_until, "valid_until")
    if not data.windows:
        raise ValidationError({"windows": _("Give at least one time window.")})
    for day in data.exceptions:
        if not data.valid_from <= day <= data.valid_until:
            raise ValidationError(
                {"exceptions": _("%(date)s lies outside the period.") % {"date": day}}
            )
    unknown = [code for code in data.sectors if code not in Sector.values]
    if unknown:
        raise ValidationError({"sectors": _("Unknown sector “%(value)s”.") % {"value": unknown[0]}})
    availability = availability or Availability(person=person)
    for name in (
        "valid_from",
        "valid_until",
        "max_hours_per_week",
        "contract_hours_per_week",
        "offer_type",
        "matchable",
        "sectors",
        "place",
        "travel_radius_km",
        "remote_ok",
    ):
        setattr(availability, name, getattr(data, name))
    availability.status = AvailabilityStatus.DRAFT
    availability.week_mask = vectorised.pack(_windows_mask(data.windows))
    availability.full_clean()
    availability.save()
    _replace_windows(availability.windows, data.windows)
    availability.exceptions.all().delete()
    AvailabilityException.objects.bulk_create(
        AvailabilityException(availability=availability, date=day)
        for day in sorted(set(data.exceptions))
    )
    held = [term.pk for term, _valid_until in data.qualifications]
    if len(held) != len(set(held)):
        raise ValidationError({"qualifications": _("Give each qualification once.")})
    availability.qualifications.all().delete()
    for term, valid_until in data.qualifications:
        if term.kind != "qualification":
            raise ValidationError(
                {"qualifications": _("“%(name)s” is not a qualification.") % {"name": term.name}}
            )
        AvailabilityQualification.objects.create(
            availability=availability, term=term, valid_until=valid_until
        )
    availability.mobility_forms.set(data.forms)
    return availability


@transaction.atomic
def availability_approve(
    *, availability: Availability, actor, cost_price_per_hour: Decimal
) -> Availability:
    """The person's organisation approves the offer and sets the cost price."""
    if not can_manage_organisation(actor, availability.person.organisation):
        raise PermissionDenied(_("Only the person's organisation approves their availability."))
    return availability_mark_approved(
        availability=availability, approved_by=actor, cost_price_per_hour=cost_price_per_hour
    )


def availability_mark_approved(
    *, availability: Availability, approved_by, cost_price_per_hour: Decimal
) -> Availability:
    """Store an approval (permissions are the caller's, see `request_write`)."""
    availability.cost_price_per_hour = cost_price_per_hour
    availability.status = AvailabilityStatus.APPROVED
    availability.approved_by = approved_by
    availability.approved_at = timezone.now()
    availability.full_clean()
    availability.save()
    return availability


@transaction.atomic
def request_save(
    *, organisation, actor, data: RequestData, request: ExchangeRequest | None = None
) -> ExchangeRequest:
    """Create or change a request of the organisation: the desk, or the organisation's
    administrators once the desk has admitted it."""
    ensure_can_act_for(actor, organisation)
    return request_write(organisation=organisation, created_by=actor, data=data, request=request)


@transaction.atomic
def request_write(
    *, organisation, created_by, data: RequestData, request: ExchangeRequest | None = None
) -> ExchangeRequest:
    """Validate and store a request (permissions are the caller's: the views and the API
    check them, imports and the demo run as the operator)."""
    _future_period(data.starts_on, data.ends_on, "ends_on")
    if not data.windows and not data.shifts:
        raise ValidationError(
            {"windows": _("Give the times you need someone: weekly windows or single shifts.")}
        )
    for day, start, end in data.shifts:
        if not data.starts_on <= day <= data.ends_on:
            raise ValidationError(
                {"shifts": _("%(date)s lies outside the period.") % {"date": day}}
            )
        timegrid.Window(day.weekday(), start, end)  # raises ValueError for a bad window
    request = request or ExchangeRequest(organisation=organisation, created_by=created_by)
    for name in (
        "title",
        "form",
        "hours_per_week",
        "starts_on",
        "ends_on",
        "description",
        "is_crisis",
        "place",
        "remote_possible",
        "people_needed",
        "max_cost_per_hour",
    ):
        setattr(request, name, getattr(data, name))
    windows = list(data.windows) + [timegrid.Window(d.weekday(), s, e) for d, s, e in data.shifts]
    request.week_mask = vectorised.pack(_windows_mask(windows))
    request.full_clean()
    request.save()
    _replace_windows(request.windows, data.windows)
    request.shifts.all().delete()
    RequestShift.objects.bulk_create(
        RequestShift(request=request, date=d, start=s, end=e) for d, s, e in data.shifts
    )
    if any(term.kind != "qualification" for term in data.required):
        raise ValidationError({"required": _("Required items must be qualifications.")})
    request.required_qualifications.set(data.required)
    request.desired_qualifications.set(data.desired)
    return request


def _replace_windows(related, windows) -> None:
    """Replace the weekly windows of an availability or a request (`related`: its `windows`
    manager) with these."""
    related.all().delete()
    owner = {related.field.name: related.instance}
    related.model.objects.bulk_create(
        related.model(**owner, weekday=w.weekday, start=w.start, end=w.end) for w in windows
    )


@transaction.atomic
def request_set_status(*, request: ExchangeRequest, actor, status: str) -> ExchangeRequest:
    """Open, fill or close a request; opening tells the people who fit. Only an admitted
    organisation (or the desk) opens one; its administrators may always fill or close it."""
    if not can_manage_organisation(actor, request.organisation):
        raise PermissionDenied(
            _("Only this organisation's administrators and the desk may do this.")
        )
    if status not in RequestStatus.values:
        raise ValidationError({"status": _("Unknown status.")})
    was_open = request.status == RequestStatus.OPEN
    if status == RequestStatus.OPEN and not was_open:
        ensure_can_act_for(actor, request.organisation)
    request.status = status
    if status == RequestStatus.OPEN and not was_open:
        request.opened_at = timezone.now()
    request.save(update_fields=["status", "opened_at", "updated_at"])
    if status == RequestStatus.OPEN and not was_open:
        # Ranking the whole network is slow: the worker does it (committed with the status).
        tasks.request_notify_fitting_people.enqueue(request_id=request.pk)
    return request


def request_notify_fitting_people(*, request: ExchangeRequest) -> None:
    """Everyone whose availability fits the newly opened request hears it; a crisis request
    reaches the reserve first (their notifications are created first). Nothing once the
    request is no longer open."""
    if request.status != RequestStatus.OPEN:
        return
    matches = selectors_matches(request, limit=200)
    ordered = (
        sorted(matches.eligible, key=lambda m: m.offer_type not in ("crisis", "both"))
        if request.is_crisis
        else matches.eligible
    )
    url = reverse("matching:request", args=[request.pk])
    for match in ordered:
        notification_send(
            user=match.availability.person.user,
            title=_("A request fits your availability: %(title)s") % {"title": request.title},
            body=match.evaluation.summary,
            url=url,
        )


def selectors_matches(request, limit):
    from matching.queries import candidates_for_request

    return candidates_for_request(request=request, limit=limit)


def _may_take_part(request: ExchangeRequest, availability: Availability) -> bool:
    """The availability is a candidate for the request who may take part now: matchable,
    every hard rule kept, both organisations signed."""
    if not matchable_availabilities().filter(pk=availability.pk).exists():
        return False
    evaluation = scoring.evaluate(need_for(request), offer_for(availability), score_weights())
    return evaluation.eligible and not evaluation.needs_agreement


@transaction.atomic
def shortlist_add(*, request: ExchangeRequest, availability: Availability, actor) -> Shortlist:
    """Keep a candidate in view for the request; the person hears it, and may then agree to
    be introduced by name."""
    ensure_can_act_for(actor, request.organisation)
    if not _may_take_part(request, availability):
        raise ValidationError(
            {
                "availability": _(
                    "Only candidates who may take part in this request can be put on the shortlist."
                )
            }
        )
    entry, created = Shortlist.objects.get_or_create(
        request=request, availability=availability, defaults={"added_by": actor}
    )
    if created:
        notification_send(
            user=availability.person.user,
            title=_("You are on the shortlist for: %(title)s") % {"title": request.title},
            body=_(
                "%(organisation)s keeps you in view for this request. On its page you can "
                "agree to be introduced to them by name."
            )
            % {"organisation": request.organisation.name},
            url=reverse("matching:request", args=[request.pk]),
        )
    return entry


def shortlist_remove(*, request: ExchangeRequest, availability: Availability, actor) -> None:
    ensure_can_act_for(actor, request.organisation)
    Shortlist.objects.filter(request=request, availability=availability).delete()


@transaction.atomic
def introduction_agree(
    *, request: ExchangeRequest, availability: Availability, actor
) -> Introduction:
    """The person agrees that the request's organisation sees their name for this request;
    possible once shortlisted for it, or accepted for it in a round."""
    if not owns_availability(actor, availability):
        raise PermissionDenied(_("Only the person themselves agrees to be introduced."))
    if not introduction_possible(request=request, availability=availability):
        raise ValidationError(
            {
                "availability": _(
                    "You can agree to be introduced once the organisation has put you on the "
                    "shortlist for this request, or the desk has proposed you for it."
                )
            }
        )
    introduction = Introduction.objects.filter(request=request, availability=availability).first()
    if introduction is None:
        introduction = Introduction(request=request, availability=availability)
        introduction.full_clean()
        introduction.save()
    return introduction


def introduction_withdraw(*, request: ExchangeRequest, availability: Availability, actor) -> None:
    """The person takes back their agreement: they are shown by a pseudonym again."""
    if not owns_availability(actor, availability):
        raise PermissionDenied(_("Only the person themselves agrees to be introduced."))
    Introduction.objects.filter(request=request, availability=availability).delete()


def _round_create(actor) -> MatchingRound:
    if not can_moderate(actor):
        raise PermissionDenied(_("Only the desk runs matching rounds."))
    matching_round = MatchingRound(created_by=actor)
    matching_round.full_clean()
    matching_round.save()
    return matching_round


@transaction.atomic
def round_queue(*, actor) -> MatchingRound:
    """The desk asks for a network-wide round: stored as queued and handed to the worker
    (`matching.tasks.round_execute`), which commits with it; answers at once."""
    matching_round = _round_create(actor)
    tasks.round_execute.enqueue(round_id=matching_round.pk)
    return matching_round


def round_run(
    *, actor, requests=None, matrix=None, time_limit: float = rounds.TIME_LIMIT
) -> MatchingRound:
    """A network-wide round computed here and now (benchmarks, the demo, tests of the
    solver); the desk's pages and the API queue theirs (`round_queue`)."""
    return round_execute(
        matching_round=_round_create(actor),
        requests=requests,
        matrix=matrix,
        time_limit=time_limit,
        live=False,  # nobody follows a round that answers when it is done
    )


def _round_report(matching_round: MatchingRound, *, live: bool, **changes) -> None:
    """Store how far the round is and, if `live`, tell the person who started it."""
    for name, value in changes.items():
        setattr(matching_round, name, value)
    matching_round.full_clean()
    matching_round.save(update_fields=list(changes))
    if not live or matching_round.created_by_id is None:
        return
    live_message_send(
        user_id=matching_round.created_by_id,
        message={
            "type": "round",
            "id": matching_round.pk,
            "status": matching_round.status,
            "status_label": str(matching_round.get_status_display()),
            "progress": matching_round.progress,
            "proposals": (
                matching_round.proposals.count()
                if matching_round.status == RoundStatus.DONE
                else None
            ),
            "url": reverse("matching:round", args=[matching_round.pk]),
        },
    )


def round_execute(
    *,
    matching_round: MatchingRound,
    requests=None,
    matrix=None,
    time_limit: float = rounds.TIME_LIMIT,
    live: bool = True,
) -> MatchingRound:
    """Compute a queued round: the best assignment of available people to open requests,
    stored as proposals. Reports its progress as it goes; only the result is written in one
    transaction, so a long search holds no locks. A round not queued is left as it is (a
    task run twice does its work once)."""
    from matching.queries import round_pairs

    if matching_round.status != RoundStatus.QUEUED:
        return matching_round
    _round_report(matching_round, live=live, status=RoundStatus.RUNNING, progress=10)
    try:
        built = round_pairs(requests=requests, matrix=matrix)
        _round_report(matching_round, live=live, progress=40, candidate_pairs=len(built.pairs))
        result = rounds.assign(
            built.pairs,
            built.people_needed,
            built.capacity,
            built.person_capacity,
            time_limit=time_limit,
        )
        with transaction.atomic():
            Proposal.objects.bulk_create(
                Proposal(
                    round=matching_round,
                    request_id=int(built.request_ids[built.pairs.requests[i]]),
                    availability_id=int(built.availability_ids[built.pairs.offers[i]]),
                    score=float(built.pairs.scores[i]),
                    hours_per_week=float(built.pairs.hours[i]),
                )
                for i in result.chosen
            )
            _round_report(
                matching_round,
                live=live,
                status=RoundStatus.DONE,
                progress=100,
                total_score=result.total,
                greedy_score=result.greedy_total,
                seconds=result.seconds + built.seconds,
                method=result.method,
                finished_at=timezone.now(),
            )
    except Exception as error:
        _round_report(
            matching_round,
            live=live,
            status=RoundStatus.FAILED,
            error=f"{type(error).__name__}: {error}"[:2000],
            finished_at=timezone.now(),
        )
        raise
    return matching_round


@transaction.atomic
def proposal_accept(*, proposal: Proposal, actor) -> Proposal:
    """The desk accepts one proposal of a round; the person and the administrators of both
    organisations hear it (the requesting one by the name it may see)."""
    if not can_moderate(actor):
        raise PermissionDenied(_("Only the desk accepts proposals."))
    if proposal.accepted_at is None:
        proposal.accepted_at = timezone.now()
        proposal.accepted_by = actor
        proposal.save(update_fields=["accepted_at", "accepted_by"])
        _notify_accepted(proposal)
    return proposal


def _notify_accepted(proposal: Proposal) -> None:
    request, person = proposal.request, proposal.availability.person
    url = reverse("matching:request", args=[request.pk])
    figures = {
        "hours": scoring.hours_text(proposal.hours_per_week),
        "asked": scoring.hours_text(float(request.hours_per_week)),
        "title": request.title,
        "organisation": request.organisation.name,
    }
    notification_send(
        user=person.user,
        title=_("You are proposed for: %(title)s") % figures,
        body=_(
            "The desk proposed you for this request of %(organisation)s, for %(hours)s of the "
            "%(asked)s hours a week asked. On its page you can agree to be introduced to them "
            "by name."
        )
        % figures,
        url=url,
    )
    introduced = introduced_people(request_id=request.pk)
    administrators = organisation_administrators({request.organisation_id, person.organisation_id})
    for user in administrators.exclude(pk=person.user_id):
        shown = person_shown(
            viewer=user, request_id=request.pk, person=person, introduced=introduced
        )
        names = {**figures, "candidate": shown.name, "lender": shown.organisation_name}
        if user.person.organisation_id == request.organisation_id:
            title = _("The desk proposed a candidate for your request: %(title)s") % names
        else:
            title = _("%(candidate)s is proposed for a request of %(organisation)s") % names
        notification_send(
            user=user,
            title=title,
            body=_(
                "%(candidate)s (%(lender)s) for “%(title)s” of %(organisation)s: %(hours)s "
                "of the %(asked)s hours a week asked."
            )
            % names,
            url=url,
        )


def owns_availability(user, availability: Availability) -> bool:
    person = person_of(user)
    return person is not None and person.pk == availability.person_id


def hours_hold(
    *,
    availability: Availability,
    reference: str,
    hours_per_week: Decimal,
    week_mask: bytes,
    starts_on: datetime.date,
    ends_on: datetime.date,
) -> HoursHold:
    """Hold a person's hours and weekly times for an exchange (or change what it holds):
    matching no longer offers them to anyone else."""
    hold = HoursHold.objects.filter(reference=reference).first() or HoursHold(reference=reference)
    hold.availability = availability
    hold.hours_per_week = hours_per_week
    hold.week_mask = bytes(week_mask)
    hold.starts_on, hold.ends_on = starts_on, ends_on
    hold.full_clean()
    hold.save()
    return hold


def hours_release(*, reference: str) -> None:
    """Give back the hours an exchange held: the person can be matched for them again."""
    for hold in HoursHold.objects.filter(reference=reference):
        hold.delete()  # one by one, so that matching hears it (`matching.signals`)
