"""Reads of the live workshops: who may steer, and the state of a workshop as the room sees it."""

import datetime
from collections import Counter

from django.utils import timezone

from actieplaat.models import ElementPage
from workshops.choices import ActionKind, StepKind, WorkshopStatus
from workshops.models import Action, Participant, Step, Workshop

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
    config = dict(step.config)
    if step.kind == StepKind.DOT_VOTE:
        labels = _element_labels(config["elements"])
        config["elements"] = [
            {"id": pk, "title": labels[pk]} for pk in config["elements"] if pk in labels
        ]
    return {
        "id": step.pk,
        "order": step.order,
        "kind": step.kind,
        "title": step.title,
        "config": config,
        "open": step.is_open,
        "results_shown": step.results_shown,
        "anonymous": step.anonymous,
    }


def _element_labels(ids: list[int]) -> dict[int, str]:
    return dict(ElementPage.objects.filter(pk__in=ids).values_list("pk", "title"))


def _latest_per_participant(step: Step, kind: str) -> list[Action]:
    """Each participant's last action of this kind: a new placing replaces the old one."""
    latest: dict[int, Action] = {}
    for action in step.actions.filter(kind=kind).order_by("created_at", "pk"):
        latest[action.participant_id] = action
    return list(latest.values())


def step_results(*, step: Step) -> dict:
    """The results of a step: dot totals per element, notes per column with their upvotes,
    or the count per poll option."""
    if step.kind == StepKind.DOT_VOTE:
        totals: Counter = Counter()
        for action in _latest_per_participant(step, ActionKind.DOTS_PLACE):
            for element, dots in action.payload["dots"].items():
                totals[int(element)] += dots
        return {"dots": {str(pk): totals.get(pk, 0) for pk in step.config["elements"]}}
    if step.kind == StepKind.POLL:
        counts = [0] * len(step.config["options"])
        for action in _latest_per_participant(step, ActionKind.POLL_ANSWER):
            for option in action.payload["options"]:
                counts[option] += 1
        return {"counts": counts}
    if step.kind == StepKind.IDEA_WALL:
        upvotes = Counter(
            action.payload["note"] for action in step.actions.filter(kind=ActionKind.NOTE_UPVOTE)
        )
        columns: list[list[dict]] = [[] for _ in step.config["columns"]]
        notes = step.actions.filter(kind=ActionKind.NOTE_POST).select_related("participant")
        for note in notes:
            columns[note.payload["column"]].append(
                {
                    "id": note.pk,
                    "text": note.payload["text"],
                    "upvotes": upvotes.get(note.pk, 0),
                    "by": None if step.anonymous else note.participant.display_name,
                }
            )
        for column in columns:
            column.sort(key=lambda note: (-note["upvotes"], note["id"]))
        return {"columns": columns}
    return {}


def participant_own(*, participant: Participant) -> dict:
    """What this participant did on the current step (their dots, answer, notes, upvotes)."""
    step = Workshop.objects.select_related("current_step").get(pk=participant.workshop_id)
    step = step.current_step
    if step is None:
        return {}
    actions = list(step.actions.filter(participant=participant).order_by("created_at", "pk"))
    own: dict = {"name": participant.display_name}
    for action in actions:
        if action.kind == ActionKind.DOTS_PLACE:
            own["dots"] = action.payload["dots"]
        elif action.kind == ActionKind.POLL_ANSWER:
            own["options"] = action.payload["options"]
        elif action.kind == ActionKind.NOTE_POST:
            own.setdefault("notes", []).append(action.pk)
        elif action.kind == ActionKind.NOTE_UPVOTE:
            own.setdefault("upvoted", []).append(action.payload["note"])
    return own


def results_rows(*, state: dict) -> list[dict]:
    """The results of the state's step as rows a page can show (and read out): a label with
    its count, or for an idea wall a column with its notes."""
    step, results = state["step"], state["results"]
    if not step or not results:
        return []
    if step["kind"] in (StepKind.DOT_VOTE, StepKind.POLL):
        if step["kind"] == StepKind.DOT_VOTE:
            pairs = [
                (element["title"], results["dots"].get(str(element["id"]), 0))
                for element in step["config"]["elements"]
            ]
        else:
            pairs = list(zip(step["config"]["options"], results["counts"], strict=True))
        most = max([count for _label, count in pairs] + [1])
        return [{"label": label, "count": count, "max": most} for label, count in pairs]
    if step["kind"] == StepKind.IDEA_WALL:
        return [
            {"label": column, "notes": notes}
            for column, notes in zip(step["config"]["columns"], results["columns"], strict=True)
        ]
    return []


def workshop_state_by_id(*, workshop_id: int) -> dict | None:
    """The room's state of the workshop with this id (None when it is gone): for a snapshot
    that is sent after the change that asked for it."""
    workshop = Workshop.objects.filter(pk=workshop_id).first()
    return workshop_state(workshop=workshop) if workshop else None
