"""The live workshops in the API: the workshops of a session, and a workshop with its steps
and results. Facilitators see everything of the workshops they run; everyone else sees the
results of ended workshops only, without anyone's name."""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Router, Schema

from workshops import outcomes, selectors
from workshops.choices import WorkshopStatus
from workshops.models import Workshop

router = Router(tags=["workshops"])


class WorkshopSummaryOut(Schema):
    id: int
    title: str
    status: str
    steps: int
    facilitating: bool
    # The join code, for the workshop's facilitators only (it lets people into the room).
    code: str | None


class SessionRefOut(Schema):
    id: int
    title: str
    start: str


class StepOut(Schema):
    id: int
    order: int
    kind: str
    title: str
    anonymous: bool
    config: dict[str, Any]
    results: dict[str, Any]


class ParticipantOut(Schema):
    number: int
    joined_at: str
    actions: int


class WorkshopOut(Schema):
    id: int
    title: str
    status: str
    session: SessionRefOut
    code: str | None
    participants: list[ParticipantOut]
    steps: list[StepOut]


def _session_for(session_id: int):
    session = outcomes.session_visible(session_id=session_id)
    if session is None:
        raise Http404(_("No such session."))
    return session


@router.get("/sessions/{session_id}/workshops", response=list[WorkshopSummaryOut])
def list_session_workshops(request, session_id: int):
    """The workshops of a session; `code` is null unless you run the workshop."""
    session = _session_for(session_id)
    rows = []
    for workshop in outcomes.workshops_of_session(session_id=session.pk):
        facilitating = request.user.is_authenticated and any(
            user.pk == request.user.pk for user in workshop.facilitators.all()
        )
        rows.append(
            {
                "id": workshop.pk,
                "title": workshop.title,
                "status": workshop.status,
                "steps": workshop.step_count,
                "facilitating": facilitating,
                "code": workshop.code if facilitating else None,
            }
        )
    return rows


@router.get("/workshops/{workshop_id}", response=WorkshopOut)
def get_workshop(request, workshop_id: int):
    """A workshop with its steps and their results. Its facilitators see it at any time,
    with the authors of notes on named steps; others see an ended workshop's results,
    without names (403 before it has ended)."""
    workshop = Workshop.objects.filter(pk=workshop_id).first()
    if workshop is None or outcomes.session_visible(session_id=workshop.session_id) is None:
        raise Http404(_("No such workshop."))
    facilitating = selectors.is_facilitator(workshop=workshop, user=request.user)
    if not facilitating and workshop.status != WorkshopStatus.ENDED:
        raise PermissionDenied(
            _(
                "The results of a workshop are shared once it has ended; until then only "
                "its facilitators see them."
            )
        )
    export = outcomes.workshop_export(workshop=workshop, with_names=facilitating)
    return {**export, "code": workshop.code if facilitating else None}
