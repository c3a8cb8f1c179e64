"""Writes for exchanges: starting one from a match, every transition of the table in
`exchanges.transitions` (by the role allowed, in order, logged), signing, and telling the
next party. Each write validates first and changes nothing when anything is wrong."""

import datetime
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cases.services import contribution_save
from exchanges.agreement import agreement_of
from exchanges.cases import case_data, case_index
from exchanges.choices import (
    HOLDING_STATES,
    LOGGING_STATES,
    ExchangeState,
    HoursStatus,
    Role,
    Side,
)
from exchanges.models import (
    EVALUATION_SENTENCE_MAX_LENGTH,
    Evaluation,
    Exchange,
    ExchangeSettings,
    HoursEntry,
    Signature,
)
from exchanges.selectors import (
    SIDE_ROLES,
    evaluation_questions,
    evaluators,
    live_exchanges_of_request,
    roles_of,
    valid_signatures,
    waiting_roles,
)
from exchanges.transitions import TRANSITIONS, OutOfOrder
from matching import rules, scoring, vectorised
from matching import services as matching_services
from matching.models import Availability, ExchangeRequest, Proposal
from matching.selectors.lists import organisation_administrators, shortlist_of
from matching.selectors.records import need_for, offer_for
from matching.selectors.terms import score_weights
from network.permissions import can_act_for, can_moderate, ensure_can_act_for
from notifications.services import notification_send

# States in which someone has a next step to take (and may be reminded of it).
WAITING_STATES = [
    ExchangeState.PROPOSED,
    ExchangeState.APPROVED,
    ExchangeState.CONSENTED,
    ExchangeState.CONFIRMED,
    ExchangeState.SIGNED,
    ExchangeState.COMPLETED,
    ExchangeState.ENDED_EARLY,
]

# What each transition takes from its form, and which of it is required.
ANSWERS = {
    "approve": (("handover", "reachability", "contract"), ("handover", "reachability")),
    "consent": (("declared_interests",), ()),
    "confirm": (("onboarding", "supervisor", "system_access"), ("onboarding", "supervisor")),
    "amend": (
        ("hours_per_week", "cost_price_per_hour", "notice_days", "wage_costs_by", "insured_by"),
        (),
    ),
    "sign": ((), ()),
    "start": ((), ()),
    "complete": ((), ()),
    "end_early": (("reason",), ("reason",)),
    "decline": (("reason",), ("reason",)),
    "evaluate": (("answers",), ("answers",)),
}


def _refuse_double(request: ExchangeRequest, availability: Availability) -> scoring.Evaluation:
    """The match as matching sees it now, with every other exchange's hours taken; refused
    when the person may not (or no longer) take part."""
    if live_exchanges_of_request(request).filter(availability=availability).exists():
        raise OutOfOrder(_("An exchange for this person and this request is already running."))
    if live_exchanges_of_request(request).count() >= request.people_needed:
        raise OutOfOrder(_("This request already has exchanges for all the people it needs."))
    evaluation = scoring.evaluate(need_for(request), offer_for(availability), score_weights())
    if not evaluation.eligible:
        raise ValidationError(
            _("This person cannot take part now: %(reasons)s.")
            % {"reasons": "; ".join(v.message for v in evaluation.violations)}
        )
    if evaluation.needs_agreement:
        raise ValidationError(
            _(
                "Both organisations must first sign the network's agreement on lending at "
                "cost price."
            )
        )
    return evaluation


def _create(*, request, availability, actor, proposal=None, hours=None) -> Exchange:
    evaluation = _refuse_double(request, availability)
    period = need_for(request).period.overlap(offer_for(availability).period)
    weekly = Decimal(str(hours if hours is not None else evaluation.hours_per_week))
    cost = availability.cost_price_per_hour
    if cost is None:
        raise ValidationError(_("The lending organisation has not set this person's cost price."))
    exchange = Exchange(
        request=request,
        availability=availability,
        person=availability.person,
        lender=availability.person.organisation,
        borrower=request.organisation,
        proposal=proposal,
        state=ExchangeState.PROPOSED,
        state_changed_at=timezone.now(),
        starts_on=max(period.start, timezone.localdate()),
        ends_on=period.end,
        hours_per_week=weekly.quantize(Decimal("0.1")),
        week_mask=vectorised.pack(evaluation.covered_mask),
        cost_price_per_hour=cost,
        created_by=actor,
    )
    exchange.full_clean()
    exchange.save()
    _hold(exchange)
    log(
        instance=exchange,
        action="exchanges.transition",
        user=actor,
        data={"transition": "propose", "from": "", "to": exchange.state},
    )
    _notify_next(exchange)
    return exchange


@transaction.atomic
def exchange_propose_from_shortlist(
    *, request: ExchangeRequest, availability: Availability, actor
) -> Exchange:
    """The borrowing organisation proposes an exchange with a person on its shortlist."""
    ensure_can_act_for(actor, request.organisation)
    if not shortlist_of(request).filter(availability=availability).exists():
        raise ValidationError(_("Put the person on the shortlist first."))
    return _create(request=request, availability=availability, actor=actor)


@transaction.atomic
def exchange_propose_from_round(*, proposal: Proposal, actor) -> Exchange:
    """The desk, or the requesting organisation, turns an accepted round proposal into an
    exchange, for the hours the round proposed."""
    request = proposal.request
    if not (can_moderate(actor) or can_act_for(actor, request.organisation)):
        raise PermissionDenied(_("Only the desk and the requesting organisation do this."))
    if proposal.accepted_at is None:
        raise ValidationError(_("The desk has not accepted this proposal."))
    return _create(
        request=request,
        availability=proposal.availability,
        actor=actor,
        proposal=proposal,
        hours=proposal.hours_per_week,
    )


def _hold(exchange: Exchange) -> None:
    if exchange.state in HOLDING_STATES and exchange.availability_id is not None:
        matching_services.hours_hold(
            availability=exchange.availability,
            reference=exchange.reference,
            hours_per_week=exchange.hours_per_week,
            week_mask=bytes(exchange.week_mask),
            starts_on=exchange.starts_on,
            ends_on=exchange.ends_on,
        )
    else:
        matching_services.hours_release(reference=exchange.reference)


def _apply(exchange: Exchange, name: str, data: dict) -> None:
    fields, required = ANSWERS[name]
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise ValidationError({key: _("This field is not part of this step.") for key in unknown})
    missing = [key for key in required if not str(data.get(key) or "").strip()]
    if missing:
        raise ValidationError({key: _("This field is required.") for key in missing})
    if (
        name == "amend"
        and "hours_per_week" in data
        and Decimal(data["hours_per_week"]) > exchange.hours_per_week
    ):
        raise ValidationError(
            {
                "hours_per_week": _(
                    "Hours can be lowered here, not raised: matching has only held %(hours)s "
                    "hours a week of this person. For more, propose another exchange."
                )
                % {"hours": exchange.hours_per_week}
            }
        )
    for key, value in data.items():
        if value is not None:
            setattr(exchange, key, value.strip() if isinstance(value, str) else value)


@transaction.atomic
def exchange_transition(*, exchange: Exchange, actor, name: str, data: dict | None = None):
    """Take one transition of the table: refused (403) for a role that may not take it,
    (409) out of order, (400) with invalid data; otherwise stored, logged and the next
    party told."""
    data = dict(data or {})
    transition = TRANSITIONS.get(name)
    if transition is None:
        raise OutOfOrder(_("No such step."))
    exchange = Exchange.objects.select_for_update().get(pk=exchange.pk)
    roles = roles_of(actor, exchange) & transition.roles
    if not roles:
        raise PermissionDenied(
            _("Only %(who)s may do this.")
            % {"who": _(" or ").join(str(Role(role).label) for role in sorted(transition.roles))}
        )
    if exchange.state not in transition.sources:
        raise OutOfOrder(
            _("This step is not possible now: the exchange is %(state)s.")
            % {"state": exchange.get_state_display()}
        )
    source = exchange.state
    if name == "sign":
        _sign(exchange, actor, roles, data)
    elif name == "evaluate":
        _evaluate(exchange, actor, roles, data)
    else:
        _apply(exchange, name, data)
        exchange.state = transition.target
    if exchange.state != source:
        exchange.state_changed_at = timezone.now()
        exchange.reminded_at = None
    exchange.full_clean()
    exchange.save()
    _hold(exchange)
    if name == "consent" and exchange.availability_id is not None:
        # Consenting is agreeing to be introduced: the borrowing side now sees the name.
        matching_services.introduction_agree(
            request=exchange.request, availability=exchange.availability, actor=actor
        )
    log(
        instance=exchange,
        action="exchanges.transition",
        user=actor,
        data={
            "transition": name,
            "from": source,
            "to": exchange.state,
            "reason": exchange.reason if transition.needs_reason else "",
        },
    )
    if name in ("decline", "end_early"):
        _notify_stopped(exchange, actor)
    elif name != "amend":
        _notify_next(exchange)
    if exchange.state == ExchangeState.SIGNED and source != ExchangeState.SIGNED:
        _notify_not_chosen(exchange)
    return exchange


def _sign(exchange: Exchange, actor, roles: set, data: dict) -> None:
    agreement = agreement_of(exchange)
    seen = str(data.pop("text_hash", "") or "")
    if data:
        raise ValidationError({key: _("This field is not part of this step.") for key in data})
    if seen != agreement.hash:
        raise OutOfOrder(
            _("The agreement changed since you opened it. Read it again before you sign.")
        )
    signed = valid_signatures(exchange)
    sides = [side for side, role in SIDE_ROLES.items() if role in roles and side not in signed]
    if not sides:
        raise OutOfOrder(_("Your organisation has already signed this text."))
    for side in sides:
        Signature.objects.update_or_create(
            exchange=exchange,
            side=side,
            defaults={
                "user": actor,
                "signer_name": actor.get_full_name() or actor.email,
                "text_hash": agreement.hash,
                "signed_at": timezone.now(),
            },
        )
        signed[side] = True
    if set(signed) >= {Side.LENDER, Side.BORROWER}:
        exchange.signed_text, exchange.signed_hash = agreement.text, agreement.hash
        exchange.state = ExchangeState.SIGNED


def _evaluate(exchange: Exchange, actor, roles: set, data: dict) -> None:
    answers = data.pop("answers", None)
    if data:
        raise ValidationError({key: _("This field is not part of this step.") for key in data})
    pending = sorted(
        (roles & evaluators(exchange)) - set(exchange.evaluations.values_list("role", flat=True))
    )
    if not pending:
        raise OutOfOrder(_("You have already evaluated this exchange."))
    questions = {element.pk: element for element in evaluation_questions()}
    given = {}
    for answer in answers or []:
        element = questions.get(answer.get("element"))
        score, sentence = answer.get("score"), str(answer.get("sentence") or "").strip()
        if element is None:
            raise ValidationError({"answers": _("An answer names an element that is not asked.")})
        if not isinstance(score, int) or not 1 <= score <= 5:
            raise ValidationError({"answers": _("Each score is a whole number from 1 to 5.")})
        if not sentence:
            raise ValidationError({"answers": _("Give a sentence with each score.")})
        given[element.pk] = {
            "element": element.pk,
            "title": element.title,
            "score": score,
            "sentence": sentence[:EVALUATION_SENTENCE_MAX_LENGTH],
        }
    if set(given) != set(questions):
        raise ValidationError({"answers": _("Answer every question of the evaluation.")})
    evaluation = Evaluation(
        exchange=exchange,
        role=pending[0],
        user=actor,
        answers=[given[pk] for pk in questions],
        submitted_at=timezone.now(),
    )
    evaluation.full_clean()
    evaluation.save()
    if not waiting_roles(exchange):
        exchange.state = ExchangeState.EVALUATED


@transaction.atomic
def exchange_case_draft(*, exchange: Exchange, actor):
    """Turn a fully evaluated exchange into a draft case of the actor's (an administrator of
    either organisation, or the desk), prefilled with the organisations, the form, the hours,
    the duration and what each party said it brought; they edit it and send it to the desk's
    moderation as any contribution."""
    exchange = Exchange.objects.select_for_update().get(pk=exchange.pk)
    roles = roles_of(actor, exchange)
    if not roles & {Role.LENDER, Role.BORROWER, Role.DESK}:
        raise PermissionDenied(_("Only the organisations' administrators and the desk do this."))
    if exchange.state != ExchangeState.EVALUATED:
        raise OutOfOrder(_("An exchange becomes a case once every party has evaluated it."))
    if exchange.case_page_id is not None:
        raise OutOfOrder(_("This exchange is already a draft case."))
    index = case_index()
    if index is None:
        raise OutOfOrder(_("There is no case index to contribute to."))
    page = contribution_save(author=actor, index=index, data=case_data(exchange))
    exchange.case_page = page
    exchange.save(update_fields=["case_page", "updated_at"])
    log(
        instance=exchange,
        action="exchanges.transition",
        user=actor,
        data={"transition": "case", "from": exchange.state, "to": exchange.state},
    )
    return page


def _users_for(exchange: Exchange, roles) -> list:
    users = []
    if Role.PERSON in roles and exchange.person_id is not None:
        users.append(exchange.person.user)
    organisations = set()
    if Role.LENDER in roles:
        organisations.add(exchange.lender_id)
    if Role.BORROWER in roles:
        organisations.add(exchange.borrower_id)
    if organisations:
        users.extend(organisation_administrators(organisations))
    seen, unique = set(), []
    for user in users:
        if user.pk not in seen and user.is_active:
            seen.add(user.pk)
            unique.append(user)
    return unique


def _tell(users, *, title: str, body: str, url: str) -> None:
    """An in-app notification (live on open pages) and an e-mail at once, to each."""
    for user in users:
        notification_send(user=user, title=title, body=body, url=url, email_now=True)


def _figures(exchange: Exchange) -> dict:
    return {
        "title": exchange.request.title,
        "lender": exchange.lender.name,
        "borrower": exchange.borrower.name,
        "state": exchange.get_state_display(),
    }


def _notify_next(exchange: Exchange) -> None:
    roles = waiting_roles(exchange)
    if not roles:
        return
    url = reverse("exchanges:detail", args=[exchange.pk])
    figures = _figures(exchange)
    _tell(
        _users_for(exchange, roles),
        title=_("Your step in the exchange for: %(title)s") % figures,
        body=_(
            "The exchange between %(lender)s and %(borrower)s is now %(state)s. The next step "
            "is yours; its page says what is asked."
        )
        % figures,
        url=url,
    )


def _notify_stopped(exchange: Exchange, actor) -> None:
    url = reverse("exchanges:detail", args=[exchange.pk])
    figures = {**_figures(exchange), "reason": exchange.reason}
    users = [
        user
        for user in _users_for(exchange, {Role.LENDER, Role.BORROWER, Role.PERSON})
        if user.pk != actor.pk
    ]
    _tell(
        users,
        title=_("The exchange for “%(title)s” is %(state)s") % figures,
        body=_("Reason given: %(reason)s") % figures,
        url=url,
    )


def _notify_not_chosen(exchange: Exchange) -> None:
    """Once a request has signed exchanges for all the people it needs, those still on its
    shortlist hear, kindly and at once, that they were not chosen this time."""
    request = exchange.request
    signed = Exchange.objects.filter(
        request=request,
        state__in=[ExchangeState.SIGNED, ExchangeState.ACTIVE, ExchangeState.COMPLETED],
    )
    if signed.count() < request.people_needed:
        return
    chosen = set(live_exchanges_of_request(request).values_list("person_id", flat=True))
    for entry in shortlist_of(request):
        person = entry.availability.person
        if person.pk in chosen or not person.user.is_active:
            continue
        chosen.add(person.pk)
        notification_send(
            user=person.user,
            title=_("Not this time: %(title)s") % {"title": request.title},
            body=_(
                "%(organisation)s has found the people it needed for this request. Thank you "
                "for being available; you stay in view for other requests."
            )
            % {"organisation": request.organisation.name},
            url=reverse("matching:request", args=[request.pk]),
        )


def reminders_send(*, now: datetime.datetime | None = None) -> int:
    """Remind the next party of every exchange that has waited longer than the desk's
    setting, once per wait. Returns how many exchanges were reminded."""
    now = now or timezone.now()
    days = ExchangeSettings.load().reminder_days
    due = Exchange.objects.filter(
        state__in=WAITING_STATES,
        state_changed_at__lt=now - datetime.timedelta(days=days),
        reminded_at__isnull=True,
    ).select_related("request", "lender", "borrower", "person__user")
    sent = 0
    for exchange in due:
        roles = waiting_roles(exchange)
        if not roles:
            continue
        figures = {**_figures(exchange), "days": days}
        _tell(
            _users_for(exchange, roles),
            title=_("Reminder: the exchange for “%(title)s” waits for you") % figures,
            body=_(
                "The exchange between %(lender)s and %(borrower)s has been %(state)s for more "
                "than %(days)s days. The next step is yours."
            )
            % figures,
            url=reverse("exchanges:detail", args=[exchange.pk]),
        )
        exchange.reminded_at = now
        exchange.save(update_fields=["reminded_at"])
        sent += 1
    return sent


def _working_time_problem(exchange: Exchange, week: datetime.date, hours: Decimal) -> str | None:
    """What the working-time rules (matching's) say of these hours on top of the person's
    contract and their other exchanges: over 60 in the week, or over 48 a week on average
    over the 16 weeks up to it."""
    if exchange.person_id is None:
        return None
    contract = float(exchange.availability.contract_hours_per_week) if exchange.availability else 0
    first = week - datetime.timedelta(weeks=15)
    logged: dict[datetime.date, float] = {}
    for other_week, other_hours in (
        HoursEntry.objects.filter(
            exchange__person_id=exchange.person_id, week__gte=first, week__lte=week
        )
        .exclude(status=HoursStatus.DISPUTED)
        .exclude(exchange=exchange, week=week)
        .values_list("week", "hours")
    ):
        logged[other_week] = logged.get(other_week, 0.0) + float(other_hours)
    logged[week] = logged.get(week, 0.0) + float(hours)
    week_hours = contract + logged[week]
    average = contract + sum(logged.values()) / 16
    breach = rules.working_time_breach(week_hours=week_hours, average_hours=average)
    if breach == "week":
        return _(
            "With these hours the person would work %(hours)s hours in this week, with their "
            "own job and other exchanges: more than the 60 the Working Hours Act allows."
        ) % {"hours": scoring.hours_text(week_hours)}
    if breach == "average":
        return _(
            "With these hours the person would work more than 48 hours a week on average over "
            "16 weeks, with their own job and other exchanges (Working Hours Act)."
        )
    return None


@transaction.atomic
def hours_log(
    *, exchange: Exchange, actor, week: datetime.date, hours: Decimal, note: str = ""
) -> HoursEntry:
    """The person or the borrowing organisation logs the hours of one week; refused with
    the reason when the week is outside the period or still to come, when the hours exceed
    the agreed weekly hours or break the working-time rules, or the week is approved."""
    exchange = Exchange.objects.select_for_update().get(pk=exchange.pk)
    if not roles_of(actor, exchange) & {Role.PERSON, Role.BORROWER}:
        raise PermissionDenied(_("Only the person and the borrowing organisation log hours."))
    if exchange.state not in LOGGING_STATES:
        raise OutOfOrder(_("Hours can be logged once the exchange has started."))
    errors = {}
    if week.weekday() != 0:
        errors["week"] = _("Give the Monday of the week.")
    elif week > exchange.ends_on or week + datetime.timedelta(days=6) < exchange.starts_on:
        errors["week"] = _("This week is outside the exchange's period (%(start)s – %(end)s).") % {
            "start": formats.date_format(exchange.starts_on, "j F Y"),
            "end": formats.date_format(exchange.ends_on, "j F Y"),
        }
    elif week > timezone.localdate():
        errors["week"] = _("This week has not started yet.")
    if hours <= 0:
        errors["hours"] = _("Log more than 0 hours.")
    elif hours > exchange.hours_per_week:
        errors["hours"] = _("More than the %(hours)s hours a week agreed.") % {
            "hours": scoring.hours_text(float(exchange.hours_per_week))
        }
    elif "week" not in errors:
        problem = _working_time_problem(exchange, week, hours)
        if problem:
            errors["hours"] = problem
    if errors:
        raise ValidationError(errors)
    entry = HoursEntry.objects.filter(exchange=exchange, week=week).first()
    if entry is not None and entry.status == HoursStatus.APPROVED:
        raise OutOfOrder(_("The hours of this week are approved and can no longer change."))
    entry = entry or HoursEntry(exchange=exchange, week=week)
    entry.hours, entry.note = hours, note.strip()
    entry.status, entry.dispute_reason = HoursStatus.SUBMITTED, ""
    entry.logged_by, entry.logged_at = actor, timezone.now()
    entry.decided_by, entry.decided_at = None, None
    entry.full_clean()
    entry.save()
    log(
        instance=exchange,
        action="exchanges.hours",
        user=actor,
        data={"week": week.isoformat(), "hours": str(hours), "status": entry.status},
    )
    _tell(
        _users_for(exchange, {Role.LENDER}),
        title=_("Hours to approve: %(title)s") % _figures(exchange),
        body=_("%(hours)s hours in the week of %(week)s.")
        % {"hours": scoring.hours_text(float(hours)), "week": formats.date_format(week, "j F Y")},
        url=reverse("exchanges:detail", args=[exchange.pk]),
    )
    return entry


@transaction.atomic
def hours_decide(*, entry: HoursEntry, actor, approve: bool, reason: str = "") -> HoursEntry:
    """The lending organisation approves the logged hours of a week, or disputes them with
    a reason (then they can be logged again)."""
    entry = HoursEntry.objects.select_for_update().select_related("exchange").get(pk=entry.pk)
    exchange = entry.exchange
    if Role.LENDER not in roles_of(actor, exchange):
        raise PermissionDenied(_("Only the lending organisation approves hours."))
    if entry.status != HoursStatus.SUBMITTED:
        raise OutOfOrder(
            _("These hours are already %(status)s.") % {"status": entry.get_status_display()}
        )
    if not approve and not reason.strip():
        raise ValidationError({"reason": _("Say why you dispute these hours.")})
    entry.status = HoursStatus.APPROVED if approve else HoursStatus.DISPUTED
    entry.dispute_reason = "" if approve else reason.strip()
    entry.decided_by, entry.decided_at = actor, timezone.now()
    entry.full_clean()
    entry.save()
    log(
        instance=exchange,
        action="exchanges.hours",
        user=actor,
        data={"week": entry.week.isoformat(), "hours": str(entry.hours), "status": entry.status},
    )
    if not approve:
        _tell(
            _users_for(exchange, {Role.BORROWER, Role.PERSON}),
            title=_("Hours disputed: %(title)s") % _figures(exchange),
            body=_("The week of %(week)s: %(reason)s")
            % {"week": formats.date_format(entry.week, "j F Y"), "reason": entry.dispute_reason},
            url=reverse("exchanges:detail", args=[exchange.pk]),
        )
    return entry
