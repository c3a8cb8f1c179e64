"""What the schemas of every kind of step share (`workshops/kinds/` holds each kind's own).

Every schema forbids fields it does not know; limits come from `core.limits`. The services
turn a schema's refusal into a `ValidationError` that names the field.
"""

from typing import Annotated

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints
from pydantic import ValidationError as SchemaError

from actieplaat.models import ElementPage
from core.limits import LIVE_TITLE_MAX_LENGTH, text_problem

Label = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=LIVE_TITLE_MAX_LENGTH)
]


def _text_check(value: str) -> str:
    problem = text_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def text_field(max_length: int, *, required: bool = True):
    """A text of one or more lines, at most `max_length` long and without control characters:
    when required, stripped and not empty; otherwise it may be empty."""
    constraints = StringConstraints(
        strip_whitespace=required, min_length=1 if required else 0, max_length=max_length
    )
    return Annotated[str, constraints, AfterValidator(_text_check)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def one_line(value: str) -> str:
    """A pydantic check: the text is one line without control characters."""
    problem = text_problem(value, single_line=True)
    if problem:
        raise ValueError(problem)
    return value


def element_check(ids, *, field: str) -> None:
    """Refuse element ids that are not elements of the plate, naming the field."""
    known = set(ElementPage.objects.filter(pk__in=ids).values_list("pk", flat=True))
    if set(ids) - known:
        raise ValidationError({field: [_("Choose elements of the action plate.")]}, code="invalid")


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
