"""An idea wall: columns the facilitator names, notes the room posts, upvotes on the notes."""

from collections import Counter
from typing import Annotated

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from pydantic import Field, StringConstraints, field_validator

from core.limits import LIVE_COLUMNS_MAX, LIVE_NOTE_MAX_LENGTH, text_problem
from workshops.choices import ActionKind, StepKind
from workshops.forms import ActionForm
from workshops.kinds import register
from workshops.kinds.base import Kind, SettingsForm, lines
from workshops.schemas import Label, Strict, one_line


class IdeaWallConfig(Strict):
    columns: list[Label] = Field(min_length=1, max_length=LIVE_COLUMNS_MAX)

    @field_validator("columns")
    @classmethod
    def _lines(cls, value):
        return [one_line(column) for column in value]


class NotePost(Strict):
    column: int = Field(ge=0, lt=LIVE_COLUMNS_MAX)
    text: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=LIVE_NOTE_MAX_LENGTH)
    ]

    @field_validator("text")
    @classmethod
    def _text(cls, value):
        problem = text_problem(value)
        if problem:
            raise ValueError(problem)
        return value


class NoteUpvote(Strict):
    note: int  # the id of the note's action


class NoteForm(ActionForm):
    kind = ActionKind.NOTE_POST
    column = forms.TypedChoiceField(label=gettext_lazy("Column"), coerce=int)
    text = forms.CharField(
        label=gettext_lazy("Your note"),
        max_length=LIVE_NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, step, **kwargs):
        super().__init__(*args, step=step, **kwargs)
        self.fields["column"].choices = list(enumerate(step.config["columns"]))

    def payload(self) -> dict:
        return {"column": self.cleaned_data["column"], "text": self.cleaned_data["text"]}


class UpvoteForm(ActionForm):
    kind = ActionKind.NOTE_UPVOTE
    note = forms.IntegerField(widget=forms.HiddenInput)

    def payload(self) -> dict:
        return {"note": self.cleaned_data["note"]}


class IdeaWallSettings(SettingsForm):
    columns = forms.CharField(
        label=gettext_lazy("Columns"),
        help_text=gettext_lazy("One column per line, for example: Kansen, Obstakels, Oplossingen."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def config(self) -> dict:
        return {"columns": lines(self.cleaned_data["columns"])}

    @classmethod
    def initial_from(cls, config: dict) -> dict:
        return {"columns": "\n".join(config.get("columns", []))}


def notes_on(step):
    """The notes on the wall that are not hidden, oldest first."""
    return (
        step.actions.filter(kind=ActionKind.NOTE_POST, hidden=False)
        .select_related("participant")
        .order_by("created_at", "pk")
    )


class IdeaWall(Kind):
    name = StepKind.IDEA_WALL
    label = StepKind.IDEA_WALL.label
    config_schema = IdeaWallConfig
    payloads = {ActionKind.NOTE_POST: NotePost, ActionKind.NOTE_UPVOTE: NoteUpvote}
    forms = {ActionKind.NOTE_POST: NoteForm, ActionKind.NOTE_UPVOTE: UpvoteForm}
    main_action = ActionKind.NOTE_POST
    settings_form = IdeaWallSettings
    results_template = "workshops/kinds/idea_wall_results.html"
    submit_label = gettext_lazy("Post the note")

    def action_check(self, *, participant, step, action_kind, data) -> None:
        if action_kind == ActionKind.NOTE_POST:
            if data.column >= len(step.config["columns"]):
                raise ValidationError({"payload.column": [_("This column is not on the wall.")]})
            return
        if not notes_on(step).filter(pk=data.note).exists():
            raise ValidationError({"payload.note": [_("This note is not on the wall.")]})
        upvoted = step.actions.filter(
            participant=participant, kind=ActionKind.NOTE_UPVOTE, payload__note=data.note
        )
        if upvoted.exists():
            raise ValidationError({"payload.note": [_("You already upvoted this note.")]})

    def results(self, *, step) -> dict:
        upvotes = Counter(
            action.payload["note"] for action in step.actions.filter(kind=ActionKind.NOTE_UPVOTE)
        )
        columns: list[list[dict]] = [[] for _column in step.config["columns"]]
        for note in notes_on(step):
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

    def own(self, *, action, own) -> None:
        if action.kind == ActionKind.NOTE_POST:
            own.setdefault("notes", []).append(action.pk)
        else:
            own.setdefault("upvoted", []).append(action.payload["note"])

    def rows(self, *, step, results) -> list[dict]:
        return [
            {"label": column, "notes": notes, "count": len(notes)}
            for column, notes in zip(step["config"]["columns"], results["columns"], strict=True)
        ]


register(IdeaWall())
