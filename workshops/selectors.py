"""Reads of the live workshops: who may steer, and the state of a workshop as the room sees it."""

import datetime

from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from network.permissions import administers, can_moderate, person_of
from workshops.choices import WorkshopStatus
from workshops.kinds import action_form, kind_of
from workshops.models import MarketLead, Participant, Step, Workshop

# Someone seen on the page or the socket this recently counts as present.
PRESENT_WINDOW = datetime.timedelta(minutes=5)


def workshop_by_code(*, code: str) -> Workshop | None:
    """The workshop one can still join with this code (codes are typed in any case)."""
    code = str(code or "").strip().upper()
    return (
        Workshop.objects.exclude(status=WorkshopStatus.ENDED)
        .select_related("current_step", "session")
        .filter(code=code)
        .first()
    )


def participant_by_token(*, workshop: Workshop, token: str) -> Participant | None:
    """The participant whose cookie carries this token, in this workshop."""
    if not token:
        return None
    return (
        Participant.objects.select_related("workshop")
        .filter(workshop=workshop, token=token)
        .first()
    )


def is_facilitator(*, workshop: Workshop, user) -> bool:
    """Whether this user runs this workshop."""
    if user is None or not user.is_authenticated:
        return False
    return workshop.facilitators.filter(pk=user.pk).exists()


def workshop_state(*, workshop: Workshop, presenter: bool = False) -> dict:
    """What every participant sees (the facilitator and the presenter screen always see the
    results): the workshop, the current step, its results when shown, and who is present."""
    workshop = Workshop.objects.select_related("current_step").get(pk=workshop.pk)
    step = workshop.current_step
    present = workshop.participants.filter(last_seen__gte=timezone.now() - PRESENT_WINDOW)
    state = {
        "type": "state",
        "seq": workshop.sequence,
        "workshop": {"code": workshop.code, "title": workshop.title, "status": workshop.status},
        "step": _step_public(step) if step else None,
        "steps": workshop.steps.count(),
        "present": present.count(),
        "results": None,
    }
    if step and (presenter or step.results_shown):
        state["results"] = step_results(step=step)
    return state


def _step_public(step: Step) -> dict:
    return {
        "id": step.pk,
        "order": step.order,
        "kind": step.kind,
        "title": step.title,
        "config": kind_of(step.kind).public_config(config=step.config),
        "open": step.is_open,
        "results_shown": step.results_shown,
        "anonymous": step.anonymous,
    }


def step_results(*, step: Step) -> dict:
    """The results of a step, as its kind counts them (hidden posts left out)."""
    return kind_of(step.kind).results(step=step)


def participant_own(*, participant: Participant) -> dict:
    """What this participant did on the current step (their dots, answer, notes, upvotes)."""
    step = Workshop.objects.select_related("current_step").get(pk=participant.workshop_id)
    step = step.current_step
    if step is None:
        return {}
    kind = kind_of(step.kind)
    own: dict = {"name": participant.display_name}
    for action in step.actions.filter(participant=participant).order_by("created_at", "pk"):
        kind.own(action=action, own=own)
    return own


def results_rows(*, state: dict) -> list[dict]:
    """The results of the state's step as rows a page can show (and read out): a label with
    its count, or for an idea wall a column with its notes."""
    step, results = state["step"], state["results"]
    if not step or not results:
        return []
    return kind_of(step["kind"]).rows(step=step, results=results)


def results_summary(*, state: dict, rows: list[dict]) -> str:
    """The results in one line of text, for the page's polite live region."""
    if not state["step"] or not rows:
        return ""
    return kind_of(state["step"]["kind"]).summary(rows=rows)


def form_payload(*, workshop: Workshop, action_kind: str, fields: dict) -> dict:
    """The payload an action's plain form makes of these fields (name to a list of values),
    on the workshop's current step; a ValidationError naming the fields when the form
    refuses them."""
    step = Workshop.objects.select_related("current_step").get(pk=workshop.pk).current_step
    data = QueryDict(mutable=True)
    for name, values in fields.items():
        values = values if isinstance(values, list) else [values]
        data.setlist(str(name), [str(value) for value in values])
    data["client_id"] = "-"  # the message carries its own; the form only needs one
    form = action_form(step=step, action_kind=action_kind, data=data) if step else None
    if form is None:
        raise ValidationError({"kind": [_("This action does not belong to this step.")]})
    if not form.is_valid():
        raise ValidationError(
            {f"payload.{name}": list(problems) for name, problems in form.errors.items()}
        )
    return form.payload()


def moderation_items(*, step: Step | None) -> list[dict]:
    """What the console lists to moderate on this step (hidden posts too), as its kind says."""
    if step is None:
        return []
    return kind_of(step.kind).moderation_items(step=step)


def participant_organisation(*, participant: Participant | None):
    """The organisation of a participant who joined as a member with a profile, or None:
    the market round posts for it."""
    person = person_of(participant.user) if participant and participant.user_id else None
    return person.organisation if person else None


def may_review_market_leads(*, user) -> bool:
    """The desk reviews every market lead; an organisation's administrators their own."""
    person = person_of(user)
    return can_moderate(user) or (person is not None and administers(user, person.organisation))


def market_leads_visible_to(*, user, workshop: Workshop):
    """The market round's leads of this workshop that this user reviews: all for the desk,
    their organisation's for its administrators, none for anyone else."""
    leads = (
        MarketLead.objects.filter(workshop=workshop)
        .select_related("action__participant", "action__step", "organisation", "request")
        .select_related("availability__person")
        .order_by("created_at", "pk")
    )
    if can_moderate(user):
        return leads
    if may_review_market_leads(user=user):
        return leads.filter(organisation_id=person_of(user).organisation_id)
    return leads.none()
