"""Reads of the live workshops: who may steer, and the state of a workshop as the room sees it."""

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.db.models.functions import Lower
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from actieplaat.models import ActieplaatPage, ElementPage
from actieplaat.selectors import plate_grid, plate_within
from network.models import SessionPage
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
    present = people_present(workshop=workshop)
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
    state["timer"] = step_timer(step=step)
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


def form_payload(*, step: Step, action_kind: str, fields: dict) -> dict:
    """The payload an action's plain form makes of these fields (name to a list of values)
    on this step; a ValidationError naming the fields when the form refuses them."""
    data = QueryDict(mutable=True)
    for name, values in fields.items():
        values = values if isinstance(values, list) else [values]
        data.setlist(str(name), [str(value) for value in values])
    data["client_id"] = "-"  # the message carries its own; the form only needs one
    form = action_form(step=step, action_kind=action_kind, data=data)
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


def people_present(*, workshop: Workshop):
    """The participants seen on the page or the socket within the last few minutes."""
    return workshop.participants.filter(last_seen__gte=timezone.now() - PRESENT_WINDOW)


def step_timer(*, step: Step | None) -> dict | None:
    """The step's timer: its length and, while it runs, its end and the seconds left."""
    if step is None or not step.timer_seconds:
        return None
    timer = {"seconds": step.timer_seconds, "ends_at": None, "left": None}
    if step.timer_started_at:
        ends = step.timer_started_at + datetime.timedelta(seconds=step.timer_seconds)
        left = max(0, int((ends - timezone.now()).total_seconds() + 0.999))
        timer.update(ends_at=ends.isoformat(), left=left, left_text=f"{left // 60}:{left % 60:02d}")
    return timer


def presenter_allowed(*, workshop: Workshop, user) -> None:
    """The presenter screen and the console are for the workshop's facilitators only."""
    if not is_facilitator(workshop=workshop, user=user):
        raise PermissionDenied(_("Only the facilitators of this workshop can do this."))


def present_names(*, workshop: Workshop) -> list[str]:
    """The display names of the people present, for the facilitator's console."""
    return list(
        people_present(workshop=workshop)
        .order_by(Lower("display_name"), "pk")
        .values_list("display_name", flat=True)
    )


@dataclass(frozen=True)
class PresenceChart:
    """The room's size per minute since the first sample, ready to draw as an SVG line."""

    rows: list[dict]  # {"at": datetime, "minute": int, "present": int}
    most: int
    points: str  # the polyline's points in a width x height box
    coords: list[tuple[str, str]]  # the same points, each drawn as a dot
    width: int = 600
    height: int = 160
    pad: int = 24


def presence_chart(*, workshop: Workshop) -> PresenceChart:
    """People present per minute since the start: a minute without a sample keeps the
    count of the minute before (no one came or went)."""
    samples = list(workshop.presence_samples.order_by("at").values_list("at", "present"))
    rows: list[dict] = []
    if samples:
        first = samples[0][0]
        by_minute = {int((at - first).total_seconds() // 60): present for at, present in samples}
        if workshop.status != WorkshopStatus.ENDED:
            # This minute's sample was written by its first change: the room now may differ.
            now = int((timezone.now() - first).total_seconds() // 60)
            by_minute[now] = people_present(workshop=workshop).count()
        last = max(by_minute)
        present = 0
        for minute in range(last + 1):
            present = by_minute.get(minute, present)
            rows.append(
                {
                    "at": first + datetime.timedelta(minutes=minute),
                    "minute": minute,
                    "present": present,
                }
            )
    most = max([row["present"] for row in rows] + [1])
    width, height, pad = PresenceChart.width, PresenceChart.height, PresenceChart.pad
    span = max(len(rows) - 1, 1)
    coords = [
        (
            round(pad + (width - 2 * pad) * row["minute"] / span, 1),
            round(height - pad - (height - 2 * pad) * row["present"] / most, 1),
        )
        for row in rows
    ]
    # As text: a page in Dutch would write the numbers with a decimal comma.
    coords = [(f"{x:.1f}", f"{y:.1f}") for x, y in coords]
    points = " ".join(f"{x},{y}" for x, y in coords)
    return PresenceChart(rows=rows, most=most, points=points, coords=coords)


def workshops_run_by(*, user) -> list[Workshop]:
    """The workshops this user facilitates, newest first, with their session."""
    if user is None or not user.is_authenticated:
        return []
    return list(
        Workshop.objects.filter(facilitators=user)
        .select_related("session")
        .annotate(step_count=Count("steps"))
        .order_by("-created_at")
    )


def workshop_for_builder(*, code: str) -> Workshop | None:
    """A workshop by its code for the builder, ended or not (ended ones are shown, not edited)."""
    return (
        Workshop.objects.select_related("session", "current_step")
        .filter(code=str(code or "").strip().upper())
        .order_by("-created_at")
        .first()
    )


def session_for_builder(*, pk) -> SessionPage | None:
    """The live session page a workshop is built for."""
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        return None
    return SessionPage.objects.live().filter(pk=pk).first()


def plate_for_template() -> ActieplaatPage | None:
    """The site's action plate, whose elements the template's dot voting uses."""
    root = Page.get_first_root_node()
    return plate_within(root=root) if root else None


def plate_elements() -> list[ElementPage]:
    """The plate's element pages in the plate's order, for a dot-voting step."""
    plate = plate_for_template()
    if plate is None:
        return []
    return [entry.page for theme in plate_grid(plate=plate) for entry in theme.elements]


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


def workshop_state_by_id(*, workshop_id: int) -> dict | None:
    """The room's state of the workshop with this id (None when it is gone): for a snapshot
    that is sent after the change that asked for it."""
    workshop = Workshop.objects.filter(pk=workshop_id).first()
    return workshop_state(workshop=workshop) if workshop else None
