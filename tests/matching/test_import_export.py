"""Import and export of requests and availabilities: all or nothing, every error named by
record and field, and an export that imports again to the same content."""

import datetime
import io
import json
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from core.limits import LIST_MAX
from matching import serialization
from matching.choices import AvailabilityStatus, RequestStatus
from matching.models import Availability, ExchangeRequest
from tests.matching.scenarios import (
    ask,
    days,
    form,
    offer,
    organisation,
    person,
    qualification,
    window,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def lender():
    return organisation("Test Uitlener")


@pytest.fixture
def borrower():
    return organisation("Test Lener", town="Amersfoort")


@pytest.fixture
def helper(lender):
    return person(lender, first_name="Ilse", last_name="Import")


def request_record(organisation, **changes) -> dict:
    record = {
        "organisation": organisation.slug,
        "status": "open",
        "title": "Test monteur gezocht",
        "form": "collegiaal-uitlenen",
        "hours_per_week": 8,
        "starts_on": days(7).isoformat(),
        "ends_on": days(60).isoformat(),
        "windows": [{"weekday": 1, "start": "08:00", "end": "16:00"}],
        "place": "Amersfoort",
        "required_qualifications": ["test-certificaat"],
    }
    record.update(changes)
    return record


def availability_record(who, **changes) -> dict:
    record = {
        "email": who.user.email,
        "status": "approved",
        "cost_price_per_hour": 48.5,
        "valid_from": days(0).isoformat(),
        "valid_until": days(90).isoformat(),
        "max_hours_per_week": 8,
        "contract_hours_per_week": 32,
        "windows": [{"weekday": 1, "start": "08:00", "end": "16:00"}],
        "place": "Utrecht",
        "qualifications": [{"qualification": "test-certificaat", "valid_until": None}],
    }
    record.update(changes)
    return record


def document(requests=(), availabilities=()) -> dict:
    return {
        "format": serialization.FORMAT,
        "version": serialization.VERSION,
        "requests": list(requests),
        "availabilities": list(availabilities),
    }


def run_import(tmp_path, content) -> str:
    path = tmp_path / "matching.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    out = io.StringIO()
    with translation.override("en"):
        call_command("matching_import", str(path), stdout=out)
    return out.getvalue()


def counts() -> tuple[int, int]:
    return ExchangeRequest.objects.count(), Availability.objects.count()


def test_a_valid_document_is_imported_with_statuses_and_cost_prices(tmp_path, borrower, helper):
    qualification()
    output = run_import(
        tmp_path,
        document(
            [request_record(borrower), request_record(borrower, status="draft", title="Later")],
            [availability_record(helper)],
        ),
    )
    assert "Imported 2 requests and 1 availabilities." in output
    opened = ExchangeRequest.objects.get(organisation=borrower, title="Test monteur gezocht")
    assert opened.status == RequestStatus.OPEN and opened.opened_at is not None
    assert ExchangeRequest.objects.get(organisation=borrower, title="Later").status == "draft"
    imported = Availability.objects.get(person=helper)
    assert imported.status == AvailabilityStatus.APPROVED
    assert imported.cost_price_per_hour == Decimal("48.50")
    assert [(w.weekday, w.start.hour, w.end.hour) for w in imported.windows.all()] == [(1, 8, 16)]


def test_one_bad_record_among_good_ones_saves_nothing_and_names_record_and_field(
    tmp_path, lender, borrower, helper
):
    qualification()
    bad_window = [{"weekday": 1, "start": "16:00", "end": "08:00"}]
    content = document(
        [
            request_record(borrower),
            request_record(borrower, title="Tweede"),
            request_record(borrower, windows=bad_window),
            request_record(borrower, ends_on=days(-1).isoformat(), starts_on=days(-9).isoformat()),
        ],
        [
            availability_record(helper),
            availability_record(helper, email="niemand@example.org"),
            availability_record(helper, status="approved", cost_price_per_hour=None),
            availability_record(helper, qualifications=[{"qualification": "bestaat-niet"}]),
        ],
    )
    before = counts()
    with pytest.raises(CommandError) as raised:
        run_import(tmp_path, content)
    message = str(raised.value)
    assert "requests[2].windows[0].end: A time window must end after it starts." in message
    assert "requests[3].ends_on: The period lies in the past." in message
    assert "availabilities[1].email:" in message
    assert "availabilities[2].cost_price_per_hour:" in message
    assert "availabilities[3].qualifications[0].qualification:" in message
    assert "requests[0]" not in message and "availabilities[0]" not in message
    assert "Nothing was imported; 5 errors" in message
    assert counts() == before


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ("{niet json", "is not valid JSON"),
        ("[]", "__all__: Expected an object."),
        ({"format": "iets-anders", "version": 1}, "format: Expected “breder-belang/matching”."),
        ({"format": serialization.FORMAT, "version": 2}, "version:"),
        ({"format": serialization.FORMAT, "version": 1, "requests": {}}, "requests: Expected a"),
        ({"format": serialization.FORMAT, "version": 1, "people": []}, "people: Unknown field."),
        (
            {"format": serialization.FORMAT, "version": 1, "requests": ["titel"]},
            "requests[0]: Expected an object.",
        ),
    ],
)
def test_a_document_that_is_not_the_format_is_refused(tmp_path, content, error):
    before = counts()
    with pytest.raises(CommandError) as raised:
        run_import(tmp_path, content)
    assert error in str(raised.value)
    assert counts() == before


def test_text_that_cannot_be_stored_is_refused_by_record_and_field(tmp_path, borrower, helper):
    qualification()
    content = document(
        [
            request_record(borrower, title="Monteur\x00gezocht"),
            request_record(borrower, description="Beschrijving\x1b"),
        ],
        [availability_record(helper, place="Utrecht\ud800")],
    )
    before = counts()
    with pytest.raises(CommandError) as raised:
        run_import(tmp_path, content)
    message = str(raised.value)
    assert "requests[0].title: The text contains characters that are not allowed" in message
    assert "requests[1].description: The text contains characters" in message
    assert "availabilities[0].place: The text contains characters" in message
    assert counts() == before


def test_a_title_on_more_than_one_line_is_refused(tmp_path, borrower):
    qualification()
    before = counts()
    with pytest.raises(CommandError, match=r"requests\[1\].title: Keep this on one line"):
        run_import(
            tmp_path,
            document([request_record(borrower), request_record(borrower, title="Twee\nregels")]),
        )
    assert counts() == before


def test_a_list_longer_than_any_record_needs_is_refused(tmp_path, borrower):
    qualification()
    windows = [{"weekday": 1, "start": "08:00", "end": "09:00"}] * (LIST_MAX + 1)
    before = counts()
    with pytest.raises(CommandError, match=rf"requests\[0\].windows: At most {LIST_MAX} items."):
        run_import(tmp_path, document([request_record(borrower, windows=windows)]))
    assert counts() == before


def test_a_missing_file_is_refused_with_the_reason(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("matching_import", str(tmp_path / "bestaat-niet.json"))


def _own_records(exported: dict, slugs: set[str], emails: set[str]) -> dict:
    """The test's own records of an export, without the ids a database gives them."""

    def without_id(record):
        return {key: value for key, value in record.items() if key != "id"}

    return document(
        [without_id(r) for r in exported["requests"] if r["organisation"] in slugs],
        [without_id(a) for a in exported["availabilities"] if a["email"] in emails],
    )


def export(tmp_path, name="export.json") -> dict:
    path = tmp_path / name
    call_command("matching_export", "--output", str(path), stdout=io.StringIO())
    return json.loads(path.read_text())


def test_an_export_imports_again_to_the_same_content(tmp_path, lender, borrower, helper):
    licence = qualification("test-heftruckcertificaat")
    ask(
        borrower,
        [window(0, "22:00", "24:00"), window(1, "00:00", "06:00")],
        title="Test nachtdienst",
        description="Met een “aanhalingsteken” en een é.",
        desired=[licence],
        remote_possible=True,
        people_needed=2,
        max_cost_per_hour=Decimal("62.50"),
        is_crisis=True,
    )
    ask(
        borrower,
        status=RequestStatus.DRAFT,
        title="Test losse diensten",
        form=form("hybride-functie"),
        shifts=[(days(10), datetime.time(8), datetime.time(0))],  # until midnight
    )
    offer(
        helper,
        [window(1, "08:00", "16:00"), window(4, "18:00", "24:00")],
        cost="47.25",
        exceptions=[days(20)],
        forms=[form("collegiaal-uitlenen"), form("hybride-functie")],
        sectors=["logistics", "healthcare"],
        remote_ok=True,
        offer_type="both",
        qualifications=[(qualification(), None), (licence, days(300))],
    )
    withdrawn = offer(person(lender, first_name="Wim", last_name="Weg"), matchable=False)
    withdrawn.status = AvailabilityStatus.WITHDRAWN
    withdrawn.save(update_fields=["status", "updated_at"])
    offer(person(lender, first_name="Dirk", last_name="Draft"), approve=False)

    slugs = {borrower.slug}
    emails = set(
        Availability.objects.filter(person__organisation=lender).values_list(
            "person__user__email", flat=True
        )
    )
    first = _own_records(export(tmp_path), slugs, emails)
    assert len(first["requests"]) == 2 and len(first["availabilities"]) == 3
    ExchangeRequest.objects.filter(organisation=borrower).delete()
    Availability.objects.filter(person__organisation=lender).delete()

    output = run_import(tmp_path, first)
    assert "Imported 2 requests and 3 availabilities." in output
    again = _own_records(export(tmp_path, "again.json"), slugs, emails)
    assert again == first


def test_the_whole_export_imports_without_errors(tmp_path, borrower, helper):
    qualification()
    ask(borrower)
    offer(helper)
    exported = export(tmp_path)
    assert exported["format"] == "breder-belang/matching" and exported["version"] == 1
    assert len(exported["availabilities"]) > 100  # the demo content is in it too
    before = counts()
    output = run_import(tmp_path, exported)
    requests, availabilities = len(exported["requests"]), len(exported["availabilities"])
    assert f"Imported {requests} requests and {availabilities} availabilities." in output
    assert counts() == (before[0] + requests, before[1] + availabilities)


def test_the_export_goes_to_standard_output_without_a_file():
    out = io.StringIO()
    call_command("matching_export", stdout=out)
    assert json.loads(out.getvalue())["format"] == serialization.FORMAT
