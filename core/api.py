"""What every part of the JSON API shares: the checks of who is asking, the base classes of
request bodies (known fields only, typed), and errors named by the field's path in words of
the reader's language.

Core imports no app: the apps' routers (network/api.py, matching/api.py, search/api.py)
and the import commands build on these."""

import datetime
import re
from decimal import Decimal
from typing import Annotated, Any, Literal

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from ninja import Schema
from ninja.errors import AuthenticationError
from pydantic import (
    BeforeValidator,
    ConfigDict,
    Field,
    StrictInt,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import PydanticCustomError

from core.limits import LIST_MAX

# Who is asking.


def require_login(request) -> None:
    """Refuse (401) a request without a logged-in user or a valid token."""
    if not request.user.is_authenticated:
        raise AuthenticationError()


def own_person(request, *, refusal: Exception):
    """The logged-in user's profile in the network; `refusal` is raised when they have none
    (each endpoint says why in its own words)."""
    require_login(request)
    person = getattr(request.user, "person", None)
    if person is None:
        raise refusal
    return person


def check_choice(field: str, value: str, allowed) -> None:
    """Refuse (400, naming `field`) a value that is not one of `allowed`; empty is allowed
    (it means "any" in a filter)."""
    if value and value not in allowed:
        raise ValidationError({field: [_("Unknown value “%(value)s”.") % {"value": value}]})


# Bodies.


class JsonObject(Schema):
    """A request body that must be a JSON object with known fields only (Ninja would read
    anything else as empty, and ignore misspelt fields)."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="wrap")
    @classmethod
    def _object_only(cls, value, handler):
        if not isinstance(value, dict) and not isinstance(value, cls):
            raise PydanticCustomError("model_type", "Expected an object.")
        return handler(value)


def _drop_defaults(schema: dict) -> None:
    for field in schema.get("properties", {}).values():
        field.pop("default", None)


class PatchBody(JsonObject):
    """A PATCH body: a field left out keeps its value, and `null` is refused for every field
    (send "" to empty a text, [] to empty a list), so that no field is emptied by mistake."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=_drop_defaults)

    @field_validator("*", mode="before")
    @classmethod
    def _no_null(cls, value):
        if value is None:
            raise PydanticCustomError(
                "null_not_allowed",
                _(
                    'null is not allowed here: leave the field out to keep it, or send "" or [] '
                    "to empty it."
                ),
            )
        return value


def choice(values) -> Any:
    """A type that takes one of `values` (a model's choices), listed in the schema as an enum."""
    return Literal[tuple(values)]


def text(max_length: int, *, min_length: int = 0) -> Any:
    """Text of at most `max_length` characters (a model field's own limit)."""
    return Annotated[
        str,
        BeforeValidator(_strict_text),
        Field(max_length=max_length, min_length=min_length),
    ]


def _strict_text(value):
    if not isinstance(value, str):
        raise PydanticCustomError("string_type", "Input should be a valid string")
    return value


def items(kind, *, min_length: int = 0) -> Any:
    """A list of at most LIST_MAX items: longer is refused, never cut."""
    return Annotated[list[kind], Field(max_length=LIST_MAX, min_length=min_length)]


def whole(low: int, high: int, **extra) -> Any:
    return Annotated[StrictInt, Field(ge=low, le=high, **extra)]


def _number_only(value):
    """JSON numbers, or text holding one; never true/false, a list or an object."""
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise PydanticCustomError("decimal_type", "Input should be a valid decimal")
    return value


def number(*, high, low=0, above_low: bool = False, decimal_places: int = 2) -> Any:
    """A decimal number from `low` (or above it) to `high`, as JSON number or as text."""
    bounds = {"gt": low} if above_low else {"ge": low}
    schema = {"type": "number", "maximum": float(high)}
    schema["exclusiveMinimum" if above_low else "minimum"] = float(low)
    return Annotated[
        Decimal,
        BeforeValidator(_number_only),
        Field(le=high, decimal_places=decimal_places, allow_inf_nan=False, **bounds),
        WithJsonSchema({**schema, "description": f"At most {decimal_places} decimal(s)."}),
    ]


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date_text(value):
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise PydanticCustomError("date_parsing", "Input should be a valid date")
    return value


# A date as text `YYYY-MM-DD` (not a timestamp, not a date and time).
DateText = Annotated[
    datetime.date,
    BeforeValidator(_date_text),
    WithJsonSchema({"type": "string", "format": "date"}),
]


# Errors.


def error_path(parts) -> str:
    """A place in a body as the API and the imports name it: `windows[0].end`, `bio`;
    `__all__` for the body itself."""
    path = ""
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path or NON_FIELD_ERRORS


def _expected(ctx: dict) -> str:
    return str(ctx.get("expected", "")).replace("'", "")


def error_message(error: dict) -> str:
    """One error of pydantic in the words of the site, translated to the active language."""
    # Without the value sent: the API's errors do not carry it (the import's do).
    kind, ctx = error.get("type", ""), error.get("ctx") or {}
    if kind == "missing":
        return _("This field is required.")
    if kind == "extra_forbidden":
        return _("Unknown field.")
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return _("Expected an object.")
    if kind == "list_type":
        return _("Expected a list.")
    if kind == "string_type":
        return _("Expected text.")
    if kind == "bool_type":
        return _("Expected true or false.")
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return _("Give a whole number.")
    if kind in ("decimal_type", "decimal_parsing", "finite_number", "float_parsing"):
        return _("Expected a number.")
    if kind == "decimal_max_places":
        count = ctx.get("decimal_places", 0)
        return ngettext(
            "Use at most %(count)s decimal.", "Use at most %(count)s decimals.", count
        ) % {"count": count}
    if kind == "decimal_max_digits":
        return _("The number is too large.")
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        limit = next(iter(ctx.values()), "")
        return {
            "greater_than_equal": _("Give a number of at least %(limit)s."),
            "greater_than": _("Give a number above %(limit)s."),
            "less_than_equal": _("Give a number of at most %(limit)s."),
            "less_than": _("Give a number below %(limit)s."),
        }[kind] % {"limit": limit}
    if kind == "string_too_long":
        return _("At most %(count)s characters.") % {"count": ctx.get("max_length")}
    if kind == "string_too_short":
        return _("This field is required.")
    if kind == "too_long":
        return _("At most %(count)s items.") % {"count": ctx.get("max_length")}
    if kind == "too_short":
        count = ctx.get("min_length", 1)
        return ngettext(
            "Give at least %(count)s item.", "Give at least %(count)s items.", count
        ) % {"count": count}
    if kind in ("literal_error", "enum"):
        expected = _expected(ctx)
        if "," not in expected and " or " not in expected:
            return _("Expected “%(value)s”.") % {"value": expected}
        return _("Give one of: %(values)s.") % {"values": expected.replace(" or ", ", ")}
    if kind in ("date_parsing", "date_type", "date_from_datetime_parsing"):
        return _("Expected a date (YYYY-MM-DD).")
    if kind in ("uuid_parsing", "uuid_type"):
        return _("Expected an identifier (UUID).")
    if kind == "json_invalid":
        return _("The body is not valid JSON.")
    message = str(error.get("msg", ""))
    return message.removeprefix("Value error, ")


def errors_by_path(exc: PydanticValidationError, prefix: str = "") -> dict[str, list[str]]:
    """A pydantic error as `{path: [messages]}`, each path under `prefix`
    (`requests[2].`)."""
    errors: dict[str, list[str]] = {}
    for error in exc.errors():
        path = error_path(error.get("loc", ()))
        spot = prefix.rstrip(".") if path == NON_FIELD_ERRORS else f"{prefix}{path}"
        errors.setdefault(spot or NON_FIELD_ERRORS, []).append(error_message(error))
    return errors
