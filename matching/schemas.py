"""Requests and availabilities as typed records (docs/formats/matching.md): the one
definition of what the API bodies and the import documents may hold, with the limits of the
models. The API documents them in /api/openapi.json; `serialization` turns a parsed record
into what the services take (looking up forms, places and terms)."""

import datetime
import re
import uuid
from decimal import Decimal
from typing import Annotated

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _
from pydantic import (
    BeforeValidator,
    Field,
    StrictBool,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
)
from pydantic_core import PydanticCustomError

from core.api import DateText, JsonObject, choice, items, number, text, whole
from core.limits import LIST_MAX
from matching import timegrid
from matching.choices import AvailabilityStatus, OfferType, RequestStatus
from matching.models import ExchangeRequest
from matching.rules import MAX_HOURS_IN_A_WEEK
from network.choices import Sector
from network.models import Organisation
from vocabulary.models import MobilityForm, Place, Term

FORMAT = "breder-belang/matching"
VERSION = 1

MAX_HOURS = Decimal(MAX_HOURS_IN_A_WEEK)
MAX_COST_PER_HOUR = Decimal(10000)
PEOPLE_NEEDED = (1, 50)
TRAVEL_RADIUS_KM = (0, 300)

_TIME = re.compile(r"\d{1,2}:\d{2}")


def _length(model, field: str) -> int:
    return model._meta.get_field(field).max_length


def _time_of_day(value, *, end: bool) -> datetime.time:
    """HH:MM on a quarter of an hour; an end may be 24:00 (midnight)."""
    if isinstance(value, datetime.time):
        return value
    hour = minute = -1
    if isinstance(value, str) and _TIME.fullmatch(value):
        hour, minute = (int(part) for part in value.split(":"))
    if end and (hour, minute) == (24, 0):
        return datetime.time(0, 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise PydanticCustomError(
            "time_parsing", _("“%(value)s” is not a time (HH:MM).") % {"value": value}
        )
    if minute % timegrid.SLOT_MINUTES:
        raise PydanticCustomError("time_quarter", _("Times go by quarters of an hour."))
    return datetime.time(hour, minute)


_TIME_SCHEMA = {
    "type": "string",
    "pattern": r"^\d{1,2}:\d{2}$",
    "description": "HH:MM by quarters of an hour; an end may be 24:00.",
}
Start = Annotated[
    datetime.time,
    BeforeValidator(lambda value: _time_of_day(value, end=False)),
    WithJsonSchema(_TIME_SCHEMA),
]
End = Annotated[
    datetime.time,
    BeforeValidator(lambda value: _time_of_day(value, end=True)),
    WithJsonSchema(_TIME_SCHEMA),
]
Slug = text(_length(Term, "slug"), min_length=1)
FormSlug = text(_length(MobilityForm, "slug"), min_length=1)
PlaceLabel = text(_length(Place, "label"))
Hours = number(high=MAX_HOURS, decimal_places=1)
PositiveHours = number(high=MAX_HOURS, above_low=True, decimal_places=1)
Money = number(high=MAX_COST_PER_HOUR, decimal_places=2)


def _ends_after_start(end: datetime.time, info: ValidationInfo, weekday: int | None):
    start = info.data.get("start")
    if start is None or weekday is None:
        return end
    try:
        timegrid.Window(weekday, start, end)
    except ValueError:
        raise PydanticCustomError(
            "window_order", _("A time window must end after it starts.")
        ) from None
    return end


class WindowIn(JsonObject):
    """A weekly time window; it does not cross midnight."""

    weekday: whole(0, 6, description="0 is Monday, 6 is Sunday.")
    start: Start
    end: End

    @field_validator("end")
    @classmethod
    def _after_start(cls, end, info: ValidationInfo):
        return _ends_after_start(end, info, info.data.get("weekday"))

    def window(self) -> timegrid.Window:
        return timegrid.Window(self.weekday, self.start, self.end)


class ShiftIn(JsonObject):
    """A single shift on a date."""

    date: DateText
    start: Start
    end: End

    @field_validator("end")
    @classmethod
    def _after_start(cls, end, info: ValidationInfo):
        day = info.data.get("date")
        return _ends_after_start(end, info, day.weekday() if day else None)


class QualificationIn(JsonObject):
    """A qualification held, until a date (`null`: it never expires)."""

    qualification: Slug
    valid_until: DateText | None = None


class RequestIn(JsonObject):
    """What an organisation asks (the fields a person writes)."""

    title: text(_length(ExchangeRequest, "title"), min_length=1)
    description: text(_length(ExchangeRequest, "description")) = ""
    form: FormSlug = Field(description="The slug of a form of mobility.")
    is_crisis: StrictBool = False
    hours_per_week: PositiveHours
    starts_on: DateText
    ends_on: DateText
    windows: items(WindowIn) = Field(default_factory=list)
    shifts: items(ShiftIn) = Field(default_factory=list)
    place: PlaceLabel | None = Field(None, description="A label as /api/places gives it.")
    remote_possible: StrictBool = False
    people_needed: whole(*PEOPLE_NEEDED) = 1
    max_cost_per_hour: Money | None = None
    required_qualifications: items(Slug) = Field(default_factory=list)
    desired_qualifications: items(Slug) = Field(default_factory=list)


class AvailabilityIn(JsonObject):
    """What a person offers (the fields a person writes)."""

    offer_type: choice(OfferType.values) = OfferType.REGULAR.value
    matchable: StrictBool = True
    valid_from: DateText
    valid_until: DateText
    max_hours_per_week: PositiveHours
    contract_hours_per_week: Hours
    windows: items(WindowIn, min_length=1)
    exceptions: items(DateText) = Field(default_factory=list)
    forms: items(FormSlug) = Field(default_factory=list)
    sectors: items(choice(Sector.values)) = Field(default_factory=list)
    place: PlaceLabel | None = Field(None, description="A label as /api/places gives it.")
    travel_radius_km: whole(*TRAVEL_RADIUS_KM) = 25
    remote_ok: StrictBool = False
    qualifications: items(QualificationIn) = Field(default_factory=list)


# The API's bodies: the record as the API shows it may be sent back. Its read-only fields
# are ignored when unchanged and refused (400, by name) when changed.

READ_ONLY = "Read-only: sent back unchanged it is ignored, changed it is refused."


class RequestBody(RequestIn):
    """A request (POST and PUT /api/requests)."""

    id: int | None = Field(None, description=READ_ONLY)
    organisation: text(_length(Organisation, "slug")) | None = Field(
        None,
        description="The organisation's slug: yours by default; only the desk names another "
        "(POST). " + READ_ONLY + " (PUT)",
    )
    status: choice(RequestStatus.values) | None = Field(
        None, description=READ_ONLY + " Change it with POST /api/requests/{id}/status."
    )


class AvailabilityBody(AvailabilityIn):
    """An availability (POST and PUT /api/availabilities)."""

    id: int | None = Field(None, description=READ_ONLY)
    status: choice(AvailabilityStatus.values) | None = Field(None, description=READ_ONLY)
    cost_price_per_hour: float | None = Field(None, description=READ_ONLY)
    person: uuid.UUID | None = Field(None, description=READ_ONLY)
    person_name: str | None = Field(None, description=READ_ONLY)


class RequestStatusIn(JsonObject):
    status: choice(RequestStatus.values)


class ApprovalIn(JsonObject):
    cost_price_per_hour: Money


# The import document: records carry what export writes beside what a person writes.


class RequestRecord(RequestIn):
    """A request in a document: for an organisation, with its status."""

    id: int | None = Field(None, description="Ignored: every record makes a new request.")
    organisation: text(_length(Organisation, "slug"), min_length=1)
    status: choice(RequestStatus.values) = RequestStatus.DRAFT.value


class AvailabilityRecord(AvailabilityIn):
    """An availability in a document: of a person by e-mail, with its status and price."""

    id: int | None = Field(None, description="Ignored: every record makes a new availability.")
    email: text(_length(get_user_model(), "email"), min_length=1)
    status: choice(AvailabilityStatus.values) = AvailabilityStatus.DRAFT.value
    cost_price_per_hour: Money | None = None


class DocumentShell(JsonObject):
    """A document before its records are read (each record is read on its own, so that
    every wrong record is named at once)."""

    format: choice([FORMAT])
    version: choice([VERSION])
    requests: Annotated[list, Field(max_length=LIST_MAX)] = Field(default_factory=list)
    availabilities: Annotated[list, Field(max_length=LIST_MAX)] = Field(default_factory=list)


class Document(DocumentShell):
    """A whole document (for its JSON Schema)."""

    requests: items(RequestRecord) = Field(default_factory=list)
    availabilities: items(AvailabilityRecord) = Field(default_factory=list)
