"""Reads of what the room produced, for the draft report, the element pages, the exports and
the API: results per step without anyone's name where a step is anonymous, and the votes
and notes of ended workshops per element of the plate."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count

from actieplaat.selectors import plate_numbering
from network.models import SessionPage
from workshops.choices import ActionKind, StepKind, WorkshopStatus
from workshops.models import Action, Step, Workshop
from workshops.selectors import step_results


def plate_heat_rows(*, step: Step, numbering: dict | None = None) -> list[dict]:
    """A dot vote's totals laid out as the plate: one row per theme, its elements in order,
    as the value of a heat-map block."""
    numbering = plate_numbering() if numbering is None else numbering
    totals = step_results(step=step).get("dots", {})
    rows: dict[int, dict] = {}
    for pk in step.config.get("elements", []):
        if pk not in numbering:
            continue
        theme, entry = numbering[pk]
        row = rows.setdefault(
            theme.number, {"label": f"{theme.number}. {theme.page.title}", "cells": []}
        )
        row["cells"].append(
            {"label": entry.number, "name": entry.page.title, "value": totals.get(str(pk), 0)}
        )
    return [rows[number] for number in sorted(rows)]


def wall_columns(*, step: Step) -> list[dict]:
    """An idea wall's columns with their notes as the room sees them (hidden and merged notes
    left out, most upvoted first), each with its upvotes, its plate element's id if tagged,
    and its author only on a named step."""
    results = step_results(step=step)
    return [
        {
            "label": label,
            "notes": [{**note, "element": (note.get("element") or {}).get("id")} for note in notes],
        }
        for label, notes in zip(step.config.get("columns", []), results["columns"], strict=True)
    ]


def generic_rows(results) -> list[tuple[str, str]]:
    """Any kind's results as (label, value) rows, so a kind added later still shows: an
    item with a label or text is one row with its other values; other values are named by
    their path, list items by their position."""
    rows: list[tuple[str, str]] = []

    def labelled(value) -> bool:
        return isinstance(value, dict) and ("label" in value or "text" in value)

    def walk(prefix: str, value) -> None:
        if labelled(value):
            rest = {k: v for k, v in value.items() if k not in ("label", "text", "id", "by")}
            shown = (
                str(next(iter(rest.values())))
                if len(rest) == 1
                else ", ".join(f"{k}: {v}" for k, v in rest.items())
            )
            rows.append((str(value.get("label", value.get("text"))), shown))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(f"{prefix} › {key}" if prefix else str(key), item)
        elif isinstance(value, list | tuple):
            for index, item in enumerate(value, start=1):
                walk(prefix if labelled(item) else f"{prefix} {index}".strip(), item)
        else:
            rows.append((prefix, "" if value is None else str(value)))

    walk("", results or {})
    return rows


def step_outcome(*, step: Step, numbering: dict | None = None) -> dict:
    """One step's results in a form that holds no one's name on an anonymous step."""
    if step.kind == StepKind.DOT_VOTE:
        return {"plate": plate_heat_rows(step=step, numbering=numbering)}
    if step.kind == StepKind.IDEA_WALL:
        return {"columns": wall_columns(step=step)}
    if step.kind == StepKind.POLL:
        counts = step_results(step=step).get("counts", [])
        return {
            "options": [
                {"label": label, "count": count}
                for label, count in zip(step.config.get("options", []), counts, strict=False)
            ]
        }
    if step.kind == StepKind.INFO:
        return {}
    results = step_results(step=step)
    if step.anonymous:
        results = _without_names(results)
    return {"rows": [{"label": label, "value": value} for label, value in generic_rows(results)]}


def _without_names(value):
    if isinstance(value, dict):
        return {k: _without_names(v) for k, v in value.items() if k not in ("by", "name", "names")}
    if isinstance(value, list):
        return [_without_names(item) for item in value]
    return value


def workshop_outcome(*, workshop: Workshop) -> list[dict]:
    """Every step of the workshop in order with its outcome."""
    numbering = plate_numbering()
    return [
        {"step": step, "outcome": step_outcome(step=step, numbering=numbering)}
        for step in workshop.steps.order_by("order")
    ]


@dataclass
class ElementSessionVotes:
    """What ended workshops said about one element of the plate."""

    dots: int = 0
    notes_by_column: dict[str, int] = field(default_factory=dict)
    sessions: list = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.sessions)


def element_session_votes(*, element) -> ElementSessionVotes:
    """The dots ended workshops gave this element and the notes tagged with it, counted per
    column name, with the (live) sessions they were held at: three queries however many."""
    key = str(element.pk)
    latest: dict[tuple[int, int], tuple] = {}
    dot_actions = (
        Action.objects.filter(
            kind=ActionKind.DOTS_PLACE,
            step__kind=StepKind.DOT_VOTE,
            step__workshop__status=WorkshopStatus.ENDED,
        )
        .order_by("created_at", "pk")
        .values_list("step_id", "participant_id", "payload", "step__workshop__session_id")
    )
    for step_id, participant_id, payload, session_id in dot_actions:
        latest[(step_id, participant_id)] = (payload, session_id)
    dots_per_session: Counter = Counter()
    for payload, session_id in latest.values():
        dots_per_session[session_id] += (payload.get("dots") or {}).get(key, 0)
    notes_per_session: dict[int, Counter] = defaultdict(Counter)
    notes = (
        Action.objects.filter(
            kind=ActionKind.NOTE_POST,
            step__workshop__status=WorkshopStatus.ENDED,
            moderation__element=element.pk,
            hidden=False,
        )
        .exclude(moderation__has_key="merged_into")
        .values_list("payload", "step__config", "step__workshop__session_id")
    )
    for payload, config, session_id in notes:
        labels = config.get("columns", [])
        column = payload.get("column", 0)
        if 0 <= column < len(labels):
            notes_per_session[session_id][labels[column]] += 1
    said = {pk for pk, dots in dots_per_session.items() if dots} | set(notes_per_session)
    sessions = list(SessionPage.objects.live().public().filter(pk__in=said).order_by("-start"))
    columns: Counter = Counter()
    for session in sessions:
        columns.update(notes_per_session.get(session.pk, {}))
    return ElementSessionVotes(
        dots=sum(dots_per_session[session.pk] for session in sessions),
        notes_by_column=dict(columns),
        sessions=sessions,
    )


def workshop_export(*, workshop: Workshop, with_names: bool = True) -> dict:
    """The whole workshop as data: its steps with their settings and results, its notes,
    and its participants under a number (no names, no tokens, no accounts). Names appear
    only as authors of notes on named steps, and only `with_names`."""
    workshop = Workshop.objects.select_related("session").get(pk=workshop.pk)
    participants = list(workshop.participants.order_by("joined_at", "pk"))
    number = {participant.pk: index for index, participant in enumerate(participants, start=1)}
    counts = Counter(
        Action.objects.filter(participant__workshop=workshop).values_list(
            "participant_id", flat=True
        )
    )
    steps = []
    for item in workshop_outcome(workshop=workshop):
        step, outcome = item["step"], item["outcome"]
        steps.append(
            {
                "id": step.pk,
                "order": step.order,
                "kind": step.kind,
                "title": step.title,
                "anonymous": step.anonymous,
                "config": step.config,
                "results": outcome if with_names else _without_names(outcome),
            }
        )
    return {
        "id": workshop.pk,
        "title": workshop.title,
        "status": workshop.status,
        "session": {
            "id": workshop.session_id,
            "title": workshop.session.title,
            "start": workshop.session.start.isoformat(),
        },
        "participants": [
            {
                "number": number[participant.pk],
                "joined_at": participant.joined_at.isoformat(),
                "actions": counts.get(participant.pk, 0),
            }
            for participant in participants
        ],
        "steps": steps,
    }


def export_rows(*, export: dict) -> list[list]:
    """The export as the rows of one table: per step, each result with its section (a theme
    of the plate, a column of the wall), its count, its element and, on a named step, who."""
    rows = []
    for step in export["steps"]:
        head = [step["order"], step["kind"], step["title"]]
        results = step["results"]
        for theme in results.get("plate", []):
            for cell in theme["cells"]:
                rows.append(
                    [
                        *head,
                        theme["label"],
                        f"{cell['label']} {cell['name']}",
                        cell["value"],
                        "",
                        "",
                    ]
                )
        for column in results.get("columns", []):
            for note in column["notes"]:
                rows.append(
                    [
                        *head,
                        column["label"],
                        note["text"],
                        note["upvotes"],
                        note["element"] or "",
                        note.get("by") or "",
                    ]
                )
        for option in results.get("options", []):
            rows.append([*head, "", option["label"], option["count"], "", ""])
        for row in results.get("rows", []):
            rows.append([*head, "", row["label"], row["value"], "", ""])
    return rows


def workshops_of_session(*, session_id: int) -> list[Workshop]:
    """The workshops of a session, newest first."""
    return list(
        Workshop.objects.filter(session_id=session_id)
        .annotate(step_count=Count("steps"))
        .order_by("-created_at")
        .prefetch_related("facilitators")
    )


def session_visible(*, session_id: int) -> SessionPage | None:
    """The live, public session page with this id."""
    return SessionPage.objects.live().public().filter(pk=session_id).first()
