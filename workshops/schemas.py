"""The shape of a step's settings per kind and of an action's payload per kind.

Every schema forbids fields it does not know; limits come from `core.limits`. The services
turn a schema's refusal into a `ValidationError` that names the field.
"""

from typing import Annotated, Literal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator
from pydantic import ValidationError as SchemaError

from core.limits import (
    LIVE_CHOICES_MAX,
    LIVE_COLUMNS_MAX,
    LIVE_DOTS_MAX,
    LIVE_NOTE_MAX_LENGTH,
    LIVE_OPTIONS_MAX,
    LIVE_TITLE_MAX_LENGTH,
    text_problem,
)
from workshops.choices import ActionKind, StepKind

Label = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=LIVE_TITLE_MAX_LENGTH)
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _one_line(value: str) -> str:
    problem = text_problem(value, single_line=True)
    if problem:
        raise ValueError(problem)
    return value


class InfoConfig(Strict):
    body: Annotated[str, StringConstraints(max_length=4000)] = ""
    element: int | None = None  # an element page of the plate, optional

    @field_validator("body")
    @classmethod
    def _text(cls, value):
        problem = text_problem(value)
        if problem:
            raise ValueError(problem)
        return value


class DotVoteConfig(Strict):
    dots: int = Field(ge=1, le=LIVE_DOTS_MAX)
    elements: list[int] = Field(min_length=1, max_length=LIVE_CHOICES_MAX)


class IdeaWallConfig(Strict):
    columns: list[Label] = Field(min_length=1, max_length=LIVE_COLUMNS_MAX)

    @field_validator("columns")
    @classmethod
    def _lines(cls, value):
        return [_one_line(column) for column in value]


class PollConfig(Strict):
    options: list[Label] = Field(min_length=2, max_length=LIVE_OPTIONS_MAX)
    multiple: bool = False

    @field_validator("options")
    @classmethod
    def _lines(cls, value):
        return [_one_line(option) for option in value]


CONFIGS = {
    StepKind.INFO: InfoConfig,
    StepKind.DOT_VOTE: DotVoteConfig,
    StepKind.IDEA_WALL: IdeaWallConfig,
    StepKind.POLL: PollConfig,
}


class DotsPlace(Strict):
    """The participant's whole placing of dots on this step: element id to dots."""

    dots: dict[int, Annotated[int, Field(ge=0, le=LIVE_DOTS_MAX)]] = Field(
        max_length=LIVE_CHOICES_MAX
    )


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


class PollAnswer(Strict):
    options: list[Annotated[int, Field(ge=0, lt=LIVE_OPTIONS_MAX)]] = Field(
        min_length=1, max_length=LIVE_OPTIONS_MAX
    )


PAYLOADS = {
    ActionKind.DOTS_PLACE: DotsPlace,
    ActionKind.NOTE_POST: NotePost,
    ActionKind.NOTE_UPVOTE: NoteUpvote,
    ActionKind.POLL_ANSWER: PollAnswer,
}

ActionKindName = Literal["dots_place", "note_post", "note_upvote", "poll_answer"]


def schema_validate(schema: type[BaseModel], data, *, field: str) -> BaseModel:
    """The data in its schema, or a ValidationError naming the field (`payload.text`)."""
    if not isinstance(data, dict):
        raise ValidationError({field: [_("Send an object here.")]}, code="invalid")
    try:
        return schema.model_validate(data)
    except SchemaError as error:
        problems: dict[str, list[str]] = {}
        for item in error.errors(include_url=False):
            where = ".".join(str(part) for part in (field, *item["loc"]))
            problems.setdefault(where, []).append(_schema_message(item))
        raise ValidationError(problems, code="invalid") from None


def _schema_message(item: dict) -> str:
    """A translated reason for one of pydantic's refusals."""
    kind = item["type"]
    context = item.get("ctx") or {}
    if kind == "extra_forbidden":
        return _("This field is not known here.")
    if kind == "missing":
        return _("This field is required.")
    if kind in ("string_too_long", "too_long"):
        return _("This is too long: at most %(limit)s.") % {"limit": context.get("max_length", "?")}
    if kind in ("string_too_short", "too_short"):
        return _("This is too short or empty.")
    if kind in ("less_than_equal", "less_than", "greater_than_equal", "greater_than"):
        return _("This number is out of range.")
    if kind == "value_error":
        return str(context.get("error", item["msg"]))
    return _("This value is not valid here.")
