"""The market round's writes: a post becomes a lead, and the worker turns the lead into a
draft in matching through matching's own services (their validation, their rules), for the
desk and the organisation to review and publish there.

A need of a member's organisation becomes a draft request of that organisation; a member
who offers themselves gets a draft availability, awaiting their organisation's approval.
Everything else (an organisation offering someone else, anyone not logged in as a member)
stays a lead, shown on the workshop's review page for the desk to follow up.
"""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

# workshops.tasks calls these services back: both modules are imported whole, never by name.
from matching import services as matching_services
from matching import timegrid
from network.permissions import person_of
from notifications.services import notification_send
from vocabulary.models import MobilityForm
from vocabulary.selectors import place_for_label, terms
from workshops import tasks
from workshops.choices import MarketLeadStatus, MarketSide
from workshops.models import Action, MarketLead, Participant

# Roughly when: a post without a period runs for this long from the day it is drafted, and a
# post without weekdays asks for office days in office hours. The draft is for people to
# check and change in matching before it is published.
DEFAULT_PERIOD = datetime.timedelta(days=91)
DEFAULT_WEEKDAYS = (0, 1, 2, 3, 4)
DAY_START, DAY_END = datetime.time(9, 0), datetime.time(17, 0)


def market_lead_create(*, action: Action, participant: Participant) -> MarketLead:
    """A market post's lead, with the poster's organisation when they are a member; drafted
    in matching by the worker once the post is committed."""
    person = person_of(participant.user)
    lead = MarketLead(
        action=action,
        workshop_id=participant.workshop_id,
        side=action.payload["side"],
        person=person,
        organisation=person.organisation if person else None,
    )
    lead.full_clean()
    lead.save()
    transaction.on_commit(lambda: tasks.market_lead_draft.enqueue(lead_id=lead.pk))
    return lead


def market_lead_draft(*, lead: MarketLead) -> MarketLead:
    """Make the lead's draft in matching, or keep it as a lead; matching's refusal is kept
    as the lead's problem. A lead already handled is left as it is (a task run twice does
    its work once)."""
    if lead.status != MarketLeadStatus.PENDING:
        return lead
    post = lead.action.payload
    offers_themselves = lead.side == MarketSide.OFFER and post.get("myself")
    if (
        lead.person is None
        or lead.organisation is None
        or (lead.side == MarketSide.OFFER and not offers_themselves)
    ):
        return _lead_set(lead, status=MarketLeadStatus.LEAD)
    try:
        if lead.side == MarketSide.NEED:
            lead.request = matching_services.request_write(
                organisation=lead.organisation,
                created_by=lead.person.user,
                data=_request_data(post, workshop=lead.workshop),
            )
        else:
            lead.availability = matching_services.availability_save(
                person=lead.person, data=_availability_data(post)
            )
    except ValidationError as error:
        return _lead_set(lead, status=MarketLeadStatus.FAILED, problem=_problem(error))
    lead = _lead_set(lead, status=MarketLeadStatus.DRAFTED)
    _draft_notify(lead)
    return lead


def _draft_notify(lead: MarketLead) -> None:
    """The poster hears that their post waits as a draft, with the link to finish it."""
    values = {"title": lead.workshop.title}
    if lead.request_id:
        title = _("Your need from the workshop “%(title)s” is a draft request") % values
        body = _("Check it, add what the room did not ask and publish it for matching.")
        url = reverse("matching:request_edit", args=[lead.request_id])
    else:
        title = _("Your offer from the workshop “%(title)s” is a draft availability") % values
        body = _("Add your contract hours and check the days: your organisation then approves it.")
        url = reverse("matching:availability_edit", args=[lead.availability_id])
    notification_send(user=lead.person.user, title=title, body=body, url=url)


def _lead_set(lead: MarketLead, *, status: str, problem: str = "") -> MarketLead:
    lead.status, lead.problem = status, problem[:2000]
    lead.full_clean()
    lead.save(update_fields=["status", "problem", "request", "availability"])
    return lead


def _problem(error: ValidationError) -> str:
    messages = error.message_dict.values() if hasattr(error, "error_dict") else [error.messages]
    return " ".join(message for group in messages for message in group)


def skill_term(label: str):
    """The vocabulary's term for a skill typed in the room, when one has exactly that name."""
    label = " ".join(str(label or "").split())
    return terms().filter(name__iexact=label).first() if label else None


def _period(post) -> tuple[datetime.date, datetime.date]:
    start = (
        datetime.date.fromisoformat(post["starts_on"])
        if post.get("starts_on")
        else timezone.localdate()
    )
    end = datetime.date.fromisoformat(post["ends_on"]) if post.get("ends_on") else None
    return start, end or start + DEFAULT_PERIOD


def _windows(post) -> list[timegrid.Window]:
    return [
        timegrid.Window(day, DAY_START, DAY_END)
        for day in (post.get("weekdays") or DEFAULT_WEEKDAYS)
    ]


def _place(post):
    return place_for_label(label=post["place"]) if post.get("place") else None


def _request_data(post, *, workshop) -> matching_services.RequestData:
    term = skill_term(post.get("skill"))
    starts_on, ends_on = _period(post)
    title = post["who"] if not post.get("skill") else f"{post['who']} ({post['skill']})"
    form = MobilityForm.objects.order_by("sort_order", "name").first()
    if form is None:
        raise ValidationError({"form": _("There is no form of mobility to draft the request in.")})
    return matching_services.RequestData(
        title=title[:160],
        form=form,
        hours_per_week=Decimal(str(post["hours_per_week"])),
        starts_on=starts_on,
        ends_on=ends_on,
        windows=_windows(post),
        description=_("Posted in the market round of the workshop “%(title)s”.")
        % {"title": workshop.title},
        desired=[term] if term else [],
        place=_place(post),
    )


def _availability_data(post) -> matching_services.AvailabilityData:
    term = skill_term(post.get("skill"))
    valid_from, valid_until = _period(post)
    return matching_services.AvailabilityData(
        valid_from=valid_from,
        valid_until=valid_until,
        max_hours_per_week=Decimal(str(post["hours_per_week"])),
        # Not asked in the room: the person fills it in before their organisation approves.
        contract_hours_per_week=Decimal(0),
        windows=_windows(post),
        place=_place(post),
        qualifications=[(term, None)] if term and term.kind == "qualification" else [],
    )
