"""Hours per week and the monthly cost statements: logged by the person or the borrowing
organisation, approved or disputed by the lending one, refused by name when they break the
period, the agreed hours or the working-time rules; statements that add up, as a page, CSV
and PDF, seen only by the exchange's parties."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
import time_machine
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from exchanges.choices import HoursStatus
from exchanges.models import HoursEntry
from exchanges.statements import amount_of, months_between, statement_of
from matching.models import Availability
from tests.exchanges.helpers import active, decide, log_hours
from tests.helpers import text_of

pytestmark = pytest.mark.django_db


def _monday(day):
    return day - datetime.timedelta(days=day.weekday())


@pytest.fixture
def running(client, world):
    """An active exchange of 8 hours a week, and a moment five weeks into it."""
    exchange = active(client, world)
    first = _monday(exchange.starts_on)
    with time_machine.travel(
        datetime.datetime.combine(first + datetime.timedelta(weeks=5), datetime.time(12)),
        tick=False,
    ):
        yield exchange, first


def test_hours_are_logged_approved_disputed_and_logged_again(client, world, running):
    exchange, first = running
    anna, lender, borrower = world["anna"].user, world["lender_admin"], world["borrower_admin"]
    assert log_hours(client, anna, exchange, first, "8").status_code == 302
    assert (
        log_hours(
            client,
            borrower,
            exchange,
            first + datetime.timedelta(weeks=1),
            "6",
            "Korter vanwege een feestdag",
        ).status_code
        == 302
    )
    week1, week2 = HoursEntry.objects.filter(exchange=exchange).order_by("week")
    assert (week1.hours, week1.status) == (Decimal("8"), HoursStatus.SUBMITTED)

    assert decide(client, anna, week1, "approve").status_code == 403
    assert decide(client, lender, week1, "approve").status_code == 302
    assert decide(client, lender, week1, "approve").status_code == 409  # decided already
    assert log_hours(client, anna, exchange, first, "7").status_code == 409  # approved: locked
    refused = decide(client, lender, week2, "dispute", "")
    assert refused.status_code == 400
    assert decide(client, lender, week2, "dispute", "Er is maar 5 uur gewerkt.").status_code == 302
    week2.refresh_from_db()
    assert (
        week2.status == HoursStatus.DISPUTED and week2.dispute_reason == "Er is maar 5 uur gewerkt."
    )
    assert log_hours(client, borrower, exchange, week2.week, "5").status_code == 302
    week2.refresh_from_db()
    assert (week2.hours, week2.status) == (Decimal("5"), HoursStatus.SUBMITTED)
    assert log_hours(client, lender, exchange, first, "1").status_code == 403

    client.force_login(lender)
    page = text_of(client.get(reverse("exchanges:detail", args=[exchange.pk])))
    assert "goedgekeurd" in page and "wacht op goedkeuring" in page


@pytest.mark.parametrize(
    ("weeks", "hours", "field", "reason"),
    [
        (0, "9", "hours", "meer dan de 8 uur per week"),
        (-3, "4", "week", "buiten de periode"),
        (7, "4", "week", "nog niet begonnen"),
        (None, "4", "week", "maandag"),
        (0, "0", "hours", "minstens"),
        (0, "-3", "hours", "minstens"),
        (0, "99999999", "hours", "Zorg"),
    ],
)
def test_hours_that_break_the_rules_are_refused_and_nothing_is_saved(
    client, world, running, weeks, hours, field, reason
):
    exchange, first = running
    week = (
        first + datetime.timedelta(days=2)
        if weeks is None
        else first + datetime.timedelta(weeks=weeks)
    )
    response = log_hours(client, world["anna"].user, exchange, week, hours)
    assert response.status_code == 400
    errors = response.context["hours_form"].errors
    assert field in errors and reason in " ".join(errors[field]), errors
    assert not HoursEntry.objects.filter(exchange=exchange).exists()


def test_hours_over_the_working_time_act_with_the_own_job_are_refused(client, world, running):
    exchange, first = running
    anna = world["anna"].user
    # Her own contract grew since the match: 55 hours, so 8 more would make 63 in a week.
    Availability.objects.filter(pk=exchange.availability_id).update(contract_hours_per_week=55)
    response = log_hours(client, anna, exchange, first, "8")
    assert response.status_code == 400
    assert "63 uur" in " ".join(response.context["hours_form"].errors["hours"])
    # At 46 hours, 8 more each week keeps every week under 60, but after four such weeks the
    # average over 16 weeks would pass 48.
    Availability.objects.filter(pk=exchange.availability_id).update(contract_hours_per_week=46)
    for weeks in range(4):
        week = first + datetime.timedelta(weeks=weeks)
        assert log_hours(client, anna, exchange, week, "8").status_code == 302
    response = log_hours(client, anna, exchange, first + datetime.timedelta(weeks=4), "8")
    assert response.status_code == 400
    assert "gemiddeld meer dan 48" in " ".join(response.context["hours_form"].errors["hours"])
    assert HoursEntry.objects.filter(exchange=exchange).count() == 4


def test_the_cost_statement_adds_up_as_a_page_csv_and_pdf(client, world, running):
    exchange, first = running
    anna, lender = world["anna"].user, world["lender_admin"]
    for weeks, hours in ((0, "8"), (1, "7.5"), (2, "6")):
        log_hours(client, anna, exchange, first + datetime.timedelta(weeks=weeks), hours)
    for entry in HoursEntry.objects.filter(exchange=exchange).order_by("week")[:2]:
        decide(client, lender, entry, "approve")
    month = first
    url_args = [exchange.pk, month.year, month.month]
    client.force_login(world["borrower_admin"])
    rows = list(
        csv.reader(
            io.StringIO(
                client.get(reverse("exchanges:statement_csv", args=url_args)).content.decode()
            )
        )
    )
    body = [row for row in rows[1:] if not row[0].startswith("total")]
    approved = [row for row in body if row[2] == "approved"]
    total = {row[0]: row for row in rows if row[0].startswith("total")}
    assert Decimal(total["total approved"][4]) == sum(Decimal(row[4]) for row in approved)
    expected = sum(
        (
            amount_of(Decimal(h), exchange.cost_price_per_hour)
            for w, h in ((0, "8"), (1, "7.5"), (2, "6"))
            if (first + datetime.timedelta(weeks=w)).month == month.month and w < 2
        ),
        Decimal(0),
    )
    assert Decimal(total["total approved"][4]) == expected

    page = client.get(reverse("exchanges:statement", args=url_args))
    assert page.status_code == 200
    pdf = client.get(reverse("exchanges:statement_pdf", args=url_args))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert (
        f"{expected:.2f}".replace(".", ",") in text.replace(".", "")
        or f"{expected:,.2f}".replace(",", "#").replace(".", ",").replace("#", ".") in text
    )

    for outsider in (world["outsider"], world["bert"].user):
        client.force_login(outsider)
        for name in ("statement", "statement_csv", "statement_pdf"):
            assert client.get(reverse(f"exchanges:{name}", args=url_args)).status_code == 404
    client.force_login(lender)
    assert (
        client.get(reverse("exchanges:statement", args=[exchange.pk, 1999, 1])).status_code == 404
    )


WEEKS = st.dates(min_value=datetime.date(2026, 1, 5), max_value=datetime.date(2027, 12, 27)).map(
    _monday
)
ENTRY = st.tuples(
    WEEKS,
    st.decimals(min_value=Decimal("0.5"), max_value=Decimal("60"), places=1),
    st.sampled_from(list(HoursStatus.values)),
)


@settings(max_examples=200, deadline=None)
@given(
    entries=st.lists(ENTRY, max_size=40, unique_by=lambda entry: entry[0]),
    cost=st.decimals(min_value=Decimal("0"), max_value=Decimal("500"), places=2),
)
def test_monthly_statements_add_up_to_every_week_logged(entries, cost):
    """Each week counts in exactly one month; each month's totals are its rows' sums; the
    months together hold every week's amount."""
    if not entries:
        return
    weeks = [week for week, _hours, _status in entries]
    statements = [
        statement_of(entries, year=year, month=month, cost_price_per_hour=cost)
        for year, month in months_between(min(weeks), max(weeks))
    ]
    assert sum(len(s.rows) for s in statements) == len(entries)
    for status in HoursStatus.values:
        chosen = [(h, cost) for _w, h, s in entries if s == status]
        assert sum((s.amount(status) for s in statements), Decimal(0)) == sum(
            (amount_of(h, c) for h, c in chosen), Decimal(0)
        )
        assert sum((s.hours(status) for s in statements), Decimal(0)) == sum(
            (h for h, _c in chosen), Decimal(0)
        )
        for s in statements:
            assert s.amount(status) == sum(
                (row.amount for row in s.rows if row.status == status), Decimal(0)
            )
