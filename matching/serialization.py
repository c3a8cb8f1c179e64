"""Requests and availabilities as JSON: the format of the API bodies and of the import and
export commands (docs/formats/matching.md). Parsing reports every error with the path of
the field, in words, and builds nothing until everything is valid."""

import datetime
import re
from decimal import Decimal, InvalidOperation

from django.contrib.auth import get_user_model
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.limits import LIST_MAX, json_text_problems
from matching import services, timegrid
from matching.choices import AvailabilityStatus, OfferType, RequestStatus
from matching.models import Availability, ExchangeRequest, MobilityForm
from matching.rules import MAX_HOURS_IN_A_WEEK
from matching.services import AvailabilityData, RequestData
from network.choices import Sector
from network.models import Organisation, Place, Term

FORMAT = "breder-belang/matching"
VERSION = 1

# What a person or an organisation writes. Records also carry fields that export writes and
# import reads (`RECORD_*`); the API shows them and treats them as read-only.
REQUEST_FIELDS = frozenset(
    {
        "title",
        "description",
        "form",
        "is_crisis",
        "hours_per_week",
        "starts_on",
        "ends_on",
        "windows",
        "shifts",
        "place",
        "remote_possible",
        "people_needed",
        "max_cost_per_hour",
        "required_qualifications",
        "desired_qualifications",
    }
)
REQUEST_RECORD_FIELDS = frozenset({"id", "organisation", "status"})
AVAILABILITY_FIELDS = frozenset(
    {
        "offer_type",
        "matchable",
        "valid_from",
        "valid_until",
        "max_hours_per_week",
        "contract_hours_per_week",
        "windows",
        "exceptions",
        "forms",
        "sectors",
        "place",
        "travel_radius_km",
        "remote_ok",
        "qualifications",
    }
)
AVAILABILITY_RECORD_FIELDS = frozenset({"id", "email", "status", "cost_price_per_hour"})
WINDOW_FIELDS = frozenset({"weekday", "start", "end"})
SHIFT_FIELDS = frozenset({"date", "start", "end"})
QUALIFICATION_FIELDS = frozenset({"qualification", "valid_until"})
DOCUMENT_FIELDS = frozenset({"format", "version", "requests", "availabilities"})

MAX_HOURS = Decimal(MAX_HOURS_IN_A_WEEK)
MAX_COST_PER_HOUR = Decimal(10000)
PEOPLE_NEEDED = (1, 50)
TRAVEL_RADIUS_KM = (0, 300)
_TIME = re.compile(r"\d{1,2}:\d{2}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Errors:
    """Collects errors by path, e.g. `requests[2].windows[0].end`."""

    def __init__(self, prefix: str = ""):
        self.prefix = prefix
        self.items: dict[str, list[str]] = {}

    def add(self, path: str, message: str) -> None:
        self.items.setdefault(_spot(f"{self.prefix}{path}"), []).append(message)

    def extend(self, error: ValidationError, path: str = "") -> None:
        """Add the errors a service raised for the record at `path` (`ends_on` becomes
        `requests[2].ends_on`)."""
        if hasattr(error, "error_dict"):
            for key, messages in error.message_dict.items():
                for message in messages:
                    self.add(path if key == NON_FIELD_ERRORS else f"{path}{key}", message)
        else:
            for message in error.messages:
                self.add(path, message)

    def count(self) -> int:
        return sum(len(messages) for messages in self.items.values())

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(self.items)


def _spot(path: str) -> str:
    """A record's own path without the dot that joins it to its fields; the whole body is
    `__all__`, as Django names errors that belong to no field."""
    return path.rstrip(".") or NON_FIELD_ERRORS


class _Record:
    """Reads the fields of one JSON object, adding an error under the field's path for each
    value that is missing or wrong (and then answering None)."""

    def __init__(self, item: dict, errors: Errors, path: str):
        self.item, self.errors, self.prefix = item, errors, path

    @classmethod
    def of(cls, item, errors: Errors, path: str, fields) -> "_Record | None":
        if not isinstance(item, dict):
            errors.add(path, _("Expected an object."))
            return None
        for key in item:
            if key not in fields:
                errors.add(f"{path}{key}", _("Unknown field."))
        return cls(item, errors, path)

    def path(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def error(self, key: str, message: str) -> None:
        self.errors.add(self.path(key), message)

    def raw(self, key: str, *, required: bool = False):
        value = self.item.get(key)
        if value is None or value == "":
            if required:
                self.error(key, _("This field is required."))
            return None
        return value

    def text(self, key: str, *, model, field: str = "", required: bool = False) -> str | None:
        """A text, at most as long as the model's field (`field`, else `key`) allows."""
        value = self.raw(key, required=required)
        if value is None:
            return None
        if not isinstance(value, str):
            self.error(key, _("Expected text."))
            return None
        max_length = model._meta.get_field(field or key).max_length
        if len(value) > max_length:
            self.error(key, _("At most %(count)s characters.") % {"count": max_length})
            return None
        return value

    def boolean(self, key: str, *, default: bool) -> bool:
        value = self.item.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.error(key, _("Expected true or false."))
            return default
        return value

    def whole(self, key: str, *, low: int, high: int, default=None, required: bool = False):
        value = self.raw(key, required=required)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.error(
                key, _("Give a whole number from %(low)s to %(high)s.") % {"low": low, "high": high}
            )
            return None
        return value

    def number(self, key: str, *, high: Decimal, required: bool = False, allow_zero=True):
        value = self.raw(key, required=required)
        return (
            None
            if value is None
            else _number(value, self.errors, self.path(key), high=high, allow_zero=allow_zero)
        )

    def date(self, key: str, *, required: bool = False) -> datetime.date | None:
        value = self.raw(key, required=required)
        return None if value is None else _date(value, self.errors, self.path(key))

    def choice(self, key: str, choices, *, default: str) -> str | None:
        value = self.item.get(key)
        if value is None:
            return default
        if value not in choices:
            self.error(key, _("Unknown value “%(value)s”.") % {"value": value})
            return None
        return value

    def items(self, key: str) -> list:
        value = self.item.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(key, _("Expected a list."))
            return []
        if len(value) > LIST_MAX:
            self.error(key, _("At most %(count)s items.") % {"count": LIST_MAX})
            return []
        return value


def _number(value, errors: Errors, path: str, *, high: Decimal, allow_zero=True):
    """A number from 0 to `high` (JSON number or text), as a Decimal."""
    try:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise InvalidOperation
        number = Decimal(str(value).strip())
        if not number.is_finite():
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        errors.add(path, _("“%(value)s” is not a number.") % {"value": value})
        return None
    if number < 0 or number > high:
        errors.add(path, _("Give a number from 0 to %(high)s.") % {"high": high})
        return None
    if number == 0 and not allow_zero:
        errors.add(path, _("Give a number above 0."))
        return None
    return number


def _date(value, errors: Errors, path: str) -> datetime.date | None:
    try:
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            raise ValueError
        return datetime.date.fromisoformat(value)
    except ValueError:
        errors.add(path, _("“%(value)s” is not a date (YYYY-MM-DD).") % {"value": value})
        return None


def _time(value, errors: Errors, path: str, *, end: bool = False) -> datetime.time | None:
    """A time of day as HH:MM on a quarter of an hour; an end may be 24:00 (midnight)."""
    hour = minute = -1
    if isinstance(value, str) and _TIME.fullmatch(value):
        hour, minute = (int(part) for part in value.split(":"))
    if end and (hour, minute) == (24, 0):
        return datetime.time(0, 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        errors.add(path, _("“%(value)s” is not a time (HH:MM).") % {"value": value})
        return None
    if minute % timegrid.SLOT_MINUTES:
        errors.add(path, _("Times go by quarters of an hour."))
        return None
    return datetime.time(hour, minute)


def _span(record: _Record, *, first: str) -> tuple | None:
    """A window's or shift's day (`weekday` or `date`), start and end."""
    if first == "weekday":
        day = record.whole("weekday", low=0, high=6, required=True)
    else:
        day = record.date("date", required=True)
    start, end = record.raw("start", required=True), record.raw("end", required=True)
    start = _time(start, record.errors, record.path("start")) if start is not None else None
    end = _time(end, record.errors, record.path("end"), end=True) if end is not None else None
    if day is None or start is None or end is None:
        return None
    try:
        timegrid.Window(day if first == "weekday" else day.weekday(), start, end)
    except ValueError:
        record.error("end", _("A time window must end after it starts."))
        return None
    return day, start, end


def _windows(record: _Record, key: str) -> list[timegrid.Window]:
    windows = []
    for index, item in enumerate(record.items(key)):
        here = _Record.of(item, record.errors, f"{record.path(key)}[{index}].", WINDOW_FIELDS)
        span = _span(here, first="weekday") if here else None
        if span:
            windows.append(timegrid.Window(*span))
    return windows


def _shifts(record: _Record, key: str) -> list[tuple]:
    shifts = []
    for index, item in enumerate(record.items(key)):
        here = _Record.of(item, record.errors, f"{record.path(key)}[{index}].", SHIFT_FIELDS)
        span = _span(here, first="date") if here else None
        if span:
            shifts.append(span)
    return shifts


def _slugs(record: _Record, key: str) -> list[tuple[str, str]]:
    """The texts in a list field, each with its path."""
    found = []
    for index, slug in enumerate(record.items(key)):
        if isinstance(slug, str) and slug:
            found.append((f"{record.path(key)}[{index}]", slug))
        else:
            record.errors.add(f"{record.path(key)}[{index}]", _("Expected text."))
    return found


def _terms(record: _Record, key: str, *, kind: str | None = None) -> list:
    from network.selectors import terms

    wanted = _slugs(record, key)
    found = {term.slug: term for term in terms().filter(slug__in=[s for _p, s in wanted])}
    chosen = []
    for path, slug in wanted:
        term = found.get(slug)
        if term is None:
            record.errors.add(
                path, _("Unknown qualification or expertise “%(value)s”.") % {"value": slug}
            )
        elif kind and term.kind != kind:
            record.errors.add(path, _("“%(value)s” is not a qualification.") % {"value": slug})
        elif term not in chosen:
            chosen.append(term)
    return chosen


def _place(record: _Record, key: str = "place"):
    from network.selectors import place_for_label

    label = record.text(key, model=Place, field="label")
    if label is None:
        return None
    place = place_for_label(label=label)
    if place is None:
        record.error(key, _("“%(value)s” is not a place we know.") % {"value": label})
    return place


def _form(errors: Errors, path: str, slug) -> MobilityForm | None:
    form = MobilityForm.objects.filter(slug=slug).first() if isinstance(slug, str) else None
    if form is None:
        errors.add(path, _("Unknown form of mobility “%(value)s”.") % {"value": slug})
    return form


def request_data(
    item, errors: Errors, path: str = "", *, extra=REQUEST_RECORD_FIELDS
) -> RequestData | None:
    """A request record as `RequestData`, or None with every error added to `errors`.
    Fields in `extra` are allowed and left to the caller."""
    before = errors.count()
    record = _Record.of(item, errors, path, REQUEST_FIELDS | extra)
    if record is None:
        return None
    slug = record.raw("form", required=True)
    fields = {
        "title": record.text("title", model=ExchangeRequest, required=True),
        "description": record.text("description", model=ExchangeRequest) or "",
        "form": _form(errors, record.path("form"), slug) if slug is not None else None,
        "is_crisis": record.boolean("is_crisis", default=False),
        "hours_per_week": record.number(
            "hours_per_week", high=MAX_HOURS, required=True, allow_zero=False
        ),
        "starts_on": record.date("starts_on", required=True),
        "ends_on": record.date("ends_on", required=True),
        "windows": _windows(record, "windows"),
        "shifts": _shifts(record, "shifts"),
        "place": _place(record),
        "remote_possible": record.boolean("remote_possible", default=False),
        "people_needed": record.whole(
            "people_needed", low=PEOPLE_NEEDED[0], high=PEOPLE_NEEDED[1], default=1
        ),
        "max_cost_per_hour": record.number("max_cost_per_hour", high=MAX_COST_PER_HOUR),
        "required": _terms(record, "required_qualifications", kind="qualification"),
        "desired": _terms(record, "desired_qualifications"),
    }
    if errors.count() > before:
        return None
    return RequestData(**fields)


def availability_data(
    item, errors: Errors, path: str = "", *, extra=AVAILABILITY_RECORD_FIELDS
) -> AvailabilityData | None:
    """An availability record as `AvailabilityData`, or None with every error added."""
    before = errors.count()
    record = _Record.of(item, errors, path, AVAILABILITY_FIELDS | extra)
    if record is None:
        return None
    if record.item.get("windows") in (None, []):
        record.error("windows", _("Give at least one time window."))
    exceptions = [
        _date(day, errors, f"{record.path('exceptions')}[{index}]")
        for index, day in enumerate(record.items("exceptions"))
    ]
    forms = [_form(errors, spot, slug) for spot, slug in _slugs(record, "forms")]
    sectors = []
    for spot, code in _slugs(record, "sectors"):
        if code not in Sector.values:
            errors.add(spot, _("Unknown sector “%(value)s”.") % {"value": code})
        elif code not in sectors:
            sectors.append(code)
    fields = {
        "valid_from": record.date("valid_from", required=True),
        "valid_until": record.date("valid_until", required=True),
        "max_hours_per_week": record.number(
            "max_hours_per_week", high=MAX_HOURS, required=True, allow_zero=False
        ),
        "contract_hours_per_week": record.number(
            "contract_hours_per_week", high=MAX_HOURS, required=True
        ),
        "windows": _windows(record, "windows"),
        "offer_type": record.choice("offer_type", OfferType.values, default=OfferType.REGULAR),
        "matchable": record.boolean("matchable", default=True),
        "exceptions": exceptions,
        "forms": forms,
        "sectors": sectors,
        "place": _place(record),
        "travel_radius_km": record.whole(
            "travel_radius_km", low=TRAVEL_RADIUS_KM[0], high=TRAVEL_RADIUS_KM[1], default=25
        ),
        "remote_ok": record.boolean("remote_ok", default=False),
        "qualifications": _qualifications(record),
    }
    if errors.count() > before:
        return None
    return AvailabilityData(**fields)


def _qualifications(record: _Record) -> list[tuple]:
    from network.selectors import terms

    chosen, seen = [], set()
    for index, item in enumerate(record.items("qualifications")):
        here = _Record.of(
            item, record.errors, f"{record.path('qualifications')}[{index}].", QUALIFICATION_FIELDS
        )
        if here is None:
            continue
        slug = here.text("qualification", model=Term, field="slug", required=True)
        until = here.date("valid_until")
        if slug is None:
            continue
        term = terms(kind="qualification").filter(slug=slug).first()
        if term is None:
            here.error("qualification", _("Unknown qualification “%(value)s”.") % {"value": slug})
        elif slug in seen:
            here.error("qualification", _("This qualification is listed twice."))
        else:
            seen.add(slug)
            chosen.append((term, until))
    return chosen


def cost_price(value, errors: Errors, path: str = "cost_price_per_hour") -> Decimal | None:
    """A cost price per hour, set by the person's organisation when it approves."""
    if value is None or value == "":
        errors.add(path, _("This field is required."))
        return None
    return _number(value, errors, path, high=MAX_COST_PER_HOUR)


# The records as JSON Schema, for the API's documentation: the same limits as the parsing.


def _text_schema(model, field: str, **extra) -> dict:
    return {"type": "string", "maxLength": model._meta.get_field(field).max_length, **extra}


def _list_schema(items: dict) -> dict:
    return {"type": "array", "items": items, "maxItems": LIST_MAX}


def _number_schema(high: Decimal, **extra) -> dict:
    return {"type": "number", "minimum": 0, "maximum": float(high), **extra}


_DATE_SCHEMA = {"type": "string", "format": "date"}
_TIME_SCHEMA = {
    "type": "string",
    "pattern": r"^\d{1,2}:\d{2}$",
    "description": "HH:MM by quarters of an hour; an end may be 24:00.",
}
_WINDOW_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["weekday", "start", "end"],
    "properties": {
        "weekday": {"type": "integer", "minimum": 0, "maximum": 6, "description": "0 is Monday."},
        "start": _TIME_SCHEMA,
        "end": _TIME_SCHEMA,
    },
}
_SHIFT_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["date", "start", "end"],
    "properties": {"date": _DATE_SCHEMA, "start": _TIME_SCHEMA, "end": _TIME_SCHEMA},
}
_SLUG_SCHEMA = {"type": "string", "maxLength": Term._meta.get_field("slug").max_length}


def request_schema() -> dict:
    """A request record (the body of POST and PUT /api/requests)."""
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["title", "form", "hours_per_week", "starts_on", "ends_on"],
        "description": "See docs/formats/matching.md. `id` and `status` are read-only; "
        "`organisation` is for the desk, posting for another organisation.",
        "properties": {
            "id": {"type": ["integer", "null"]},
            "organisation": _text_schema(Organisation, "slug"),
            "status": {"type": "string", "enum": RequestStatus.values},
            "title": _text_schema(ExchangeRequest, "title", minLength=1),
            "description": _text_schema(ExchangeRequest, "description"),
            "form": _text_schema(MobilityForm, "slug"),
            "is_crisis": {"type": "boolean"},
            "hours_per_week": _number_schema(MAX_HOURS, exclusiveMinimum=0),
            "starts_on": _DATE_SCHEMA,
            "ends_on": _DATE_SCHEMA,
            "windows": _list_schema(_WINDOW_SCHEMA),
            "shifts": _list_schema(_SHIFT_SCHEMA),
            "place": {**_text_schema(Place, "label"), "type": ["string", "null"]},
            "remote_possible": {"type": "boolean"},
            "people_needed": {
                "type": "integer",
                "minimum": PEOPLE_NEEDED[0],
                "maximum": PEOPLE_NEEDED[1],
            },
            "max_cost_per_hour": {**_number_schema(MAX_COST_PER_HOUR), "type": ["number", "null"]},
            "required_qualifications": _list_schema(_SLUG_SCHEMA),
            "desired_qualifications": _list_schema(_SLUG_SCHEMA),
        },
    }


def availability_schema() -> dict:
    """An availability record as the API takes it (POST and PUT /api/availabilities)."""
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "valid_from",
            "valid_until",
            "max_hours_per_week",
            "contract_hours_per_week",
            "windows",
        ],
        "description": "See docs/formats/matching.md. `id`, `status`, `cost_price_per_hour`, "
        "`person` and `person_name` are read-only.",
        "properties": {
            "id": {"type": ["integer", "null"]},
            "status": {"type": "string", "enum": AvailabilityStatus.values},
            "cost_price_per_hour": {"type": ["number", "null"]},
            "person": {"type": "string", "format": "uuid"},
            "person_name": {"type": "string"},
            "offer_type": {"type": "string", "enum": OfferType.values},
            "matchable": {"type": "boolean"},
            "valid_from": _DATE_SCHEMA,
            "valid_until": _DATE_SCHEMA,
            "max_hours_per_week": _number_schema(MAX_HOURS, exclusiveMinimum=0),
            "contract_hours_per_week": _number_schema(MAX_HOURS),
            "windows": {**_list_schema(_WINDOW_SCHEMA), "minItems": 1},
            "exceptions": _list_schema(_DATE_SCHEMA),
            "forms": _list_schema(_text_schema(MobilityForm, "slug")),
            "sectors": _list_schema({"type": "string", "enum": Sector.values}),
            "place": {**_text_schema(Place, "label"), "type": ["string", "null"]},
            "travel_radius_km": {
                "type": "integer",
                "minimum": TRAVEL_RADIUS_KM[0],
                "maximum": TRAVEL_RADIUS_KM[1],
            },
            "remote_ok": {"type": "boolean"},
            "qualifications": _list_schema(
                {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["qualification"],
                    "properties": {
                        "qualification": _SLUG_SCHEMA,
                        "valid_until": {**_DATE_SCHEMA, "type": ["string", "null"]},
                    },
                }
            ),
        },
    }


# Writing records.


def window_json(window: timegrid.Window) -> dict:
    return {
        "weekday": window.weekday,
        "start": _time_text(window.start),
        "end": _end_text(window.end),
    }


def _time_text(value: datetime.time) -> str:
    return value.strftime("%H:%M")


def _end_text(value: datetime.time) -> str:
    return "24:00" if value == datetime.time(0, 0) else value.strftime("%H:%M")


def _float(value) -> float | None:
    return float(value) if value is not None else None


def request_json(request: ExchangeRequest) -> dict:
    """A request as a record of the format (prefetch windows, shifts and terms for many)."""
    return {
        "id": request.pk,
        "organisation": request.organisation.slug,
        "status": request.status,
        "title": request.title,
        "description": request.description,
        "form": request.form.slug,
        "is_crisis": request.is_crisis,
        "hours_per_week": float(request.hours_per_week),
        "starts_on": request.starts_on.isoformat(),
        "ends_on": request.ends_on.isoformat(),
        "windows": [window_json(w) for w in request.windows.all()],
        "shifts": [
            {"date": s.date.isoformat(), "start": _time_text(s.start), "end": _end_text(s.end)}
            for s in request.shifts.all()
        ],
        "place": request.place.label if request.place else None,
        "remote_possible": request.remote_possible,
        "people_needed": request.people_needed,
        "max_cost_per_hour": _float(request.max_cost_per_hour),
        "required_qualifications": sorted(t.slug for t in request.required_qualifications.all()),
        "desired_qualifications": sorted(t.slug for t in request.desired_qualifications.all()),
    }


def availability_json(availability: Availability) -> dict:
    """An availability as a record of the format, naming its person by e-mail address (the
    API leaves the address out)."""
    return {
        "id": availability.pk,
        "email": availability.person.user.email,
        "status": availability.status,
        "cost_price_per_hour": _float(availability.cost_price_per_hour),
        "offer_type": availability.offer_type,
        "matchable": availability.matchable,
        "valid_from": availability.valid_from.isoformat(),
        "valid_until": availability.valid_until.isoformat(),
        "max_hours_per_week": float(availability.max_hours_per_week),
        "contract_hours_per_week": float(availability.contract_hours_per_week),
        "windows": [window_json(w) for w in availability.windows.all()],
        "exceptions": [e.date.isoformat() for e in availability.exceptions.all()],
        "forms": sorted(f.slug for f in availability.mobility_forms.all()),
        "sectors": list(availability.sectors),
        "place": availability.place.label if availability.place else None,
        "travel_radius_km": availability.travel_radius_km,
        "remote_ok": availability.remote_ok,
        "qualifications": sorted(
            (
                {
                    "qualification": q.term.slug,
                    "valid_until": q.valid_until.isoformat() if q.valid_until else None,
                }
                for q in availability.qualifications.all()
            ),
            key=lambda entry: entry["qualification"],
        ),
    }


REQUEST_PREFETCH = ("windows", "shifts", "required_qualifications", "desired_qualifications")
AVAILABILITY_PREFETCH = ("windows", "exceptions", "mobility_forms", "qualifications__term")


# The whole document: export and import.


def document_export() -> dict:
    """Every request and availability whose period has not ended, as one document. Finished
    ones stay behind: they are history, and the services accept no period in the past."""
    today = timezone.localdate()
    requests = (
        ExchangeRequest.objects.filter(ends_on__gte=today)
        .select_related("organisation", "form", "place")
        .prefetch_related(*REQUEST_PREFETCH)
        .order_by("pk")
    )
    availabilities = (
        Availability.objects.filter(valid_until__gte=today)
        .select_related("person__user", "place")
        .prefetch_related(*AVAILABILITY_PREFETCH)
        .order_by("pk")
    )
    return {
        "format": FORMAT,
        "version": VERSION,
        "requests": [request_json(request) for request in requests],
        "availabilities": [availability_json(availability) for availability in availabilities],
    }


def document_import(document) -> dict[str, int]:
    """Store every record of a document, or nothing: a ValidationError names each wrong
    record and field (`requests[2].windows[0].end`). Runs as the operator, on behalf of the
    organisations: requests keep their status without notifying anyone, availabilities
    may arrive approved with their cost price."""
    errors = Errors()
    # Text that no database can store is refused first, by path, before any lookup sees it.
    for path, messages in json_text_problems(document).items():
        for message in messages:
            errors.add(path, message)
    errors.raise_if_any()
    record = _Record.of(document, errors, "", DOCUMENT_FIELDS)
    if record is None:
        errors.raise_if_any()
    if document.get("format") != FORMAT:
        record.error("format", _("Expected “%(value)s”.") % {"value": FORMAT})
    if document.get("version") != VERSION:
        record.error("version", _("Only version %(version)s is known.") % {"version": VERSION})
    requests = [
        parsed
        for index, item in enumerate(record.items("requests"))
        if (parsed := _request_record(item, errors, f"requests[{index}]."))
    ]
    availabilities = [
        parsed
        for index, item in enumerate(record.items("availabilities"))
        if (parsed := _availability_record(item, errors, f"availabilities[{index}]."))
    ]
    with transaction.atomic():
        # Records that parsed are written too, so that the services' own checks report
        # every wrong record at once; any error rolls everything back.
        for path, write in requests + availabilities:
            try:
                with transaction.atomic():
                    write()
            except ValidationError as error:
                errors.extend(error, path)
        errors.raise_if_any()
    return {"requests": len(requests), "availabilities": len(availabilities)}


def _request_record(item, errors: Errors, path: str):
    from network.selectors import organisation_get

    before = errors.count()
    data = request_data(item, errors, path)
    if not isinstance(item, dict):
        return None
    record = _Record(item, errors, path)
    slug = record.text("organisation", model=Organisation, field="slug", required=True)
    organisation = organisation_get(slug=slug) if slug else None
    if slug and organisation is None:
        record.error("organisation", _("Unknown organisation “%(value)s”.") % {"value": slug})
    status = record.choice("status", RequestStatus.values, default=RequestStatus.DRAFT)
    if errors.count() > before:
        return None

    def write():
        saved = services.request_write(organisation=organisation, created_by=None, data=data)
        if status != saved.status:
            # Set quietly, as the operator: an import does not notify anyone.
            saved.status = status
            saved.opened_at = timezone.now() if status == RequestStatus.OPEN else None
            saved.save(update_fields=["status", "opened_at", "updated_at"])

    return path, write


def _availability_record(item, errors: Errors, path: str):
    from network.models import Person

    before = errors.count()
    data = availability_data(item, errors, path)
    if not isinstance(item, dict):
        return None
    record = _Record(item, errors, path)
    email = record.text("email", model=get_user_model(), required=True)
    person = (
        Person.objects.select_related("organisation").filter(user__email__iexact=email).first()
        if email
        else None
    )
    if email and person is None:
        record.error(
            "email", _("Nobody in the network has the address “%(value)s”.") % {"value": email}
        )
    status = record.choice("status", AvailabilityStatus.values, default=AvailabilityStatus.DRAFT)
    cost = record.number("cost_price_per_hour", high=MAX_COST_PER_HOUR)
    if status == AvailabilityStatus.APPROVED and item.get("cost_price_per_hour") in (None, ""):
        record.error("cost_price_per_hour", _("An approved availability has a cost price."))
    if errors.count() > before:
        return None

    def write():
        saved = services.availability_save(person=person, data=data)
        if status == AvailabilityStatus.APPROVED:
            services.availability_mark_approved(
                availability=saved, approved_by=None, cost_price_per_hour=cost
            )
        elif status != saved.status or cost is not None:
            saved.status, saved.cost_price_per_hour = status, cost
            saved.full_clean()
            saved.save(update_fields=["status", "cost_price_per_hour", "updated_at"])

    return path, write
