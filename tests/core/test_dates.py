"""Dates read the Dutch way on Dutch pages ("1 dec 2026", months in lower case) and the
English way under /en/ ("1 Dec 2026")."""

import re

import pytest

from matching.models import Availability
from matching.selectors.lists import open_requests
from tests.helpers import text_of

pytestmark = pytest.mark.django_db

DUTCH_MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
ENGLISH_MONTHS = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
]
ENGLISH_SHORT_DATE = re.compile(r"\b\d{1,2} (?:" + "|".join(ENGLISH_MONTHS) + r") \d{4}\b")


def _short(date, months) -> str:
    return f"{date.day} {months[date.month - 1]} {date.year}"


@pytest.fixture
def offering_member(client):
    """A member of the demo network who offers time, logged in."""
    availability = (
        Availability.objects.filter(person__organisation__slug="chain-logistics")
        .select_related("person__user")
        .order_by("pk")
        .first()
    )
    client.force_login(availability.person.user)
    return availability


def test_dutch_pages_show_short_dates_with_dutch_months(client, offering_member):
    html = text_of(client.get("/matching/beschikbaarheid/"))
    assert _short(offering_member.valid_from, DUTCH_MONTHS) in html
    assert _short(offering_member.valid_until, DUTCH_MONTHS) in html
    requests = text_of(client.get("/matching/vragen/"))
    shown = open_requests().first()
    assert _short(shown.ends_on, DUTCH_MONTHS) in requests
    for page in (html, requests):
        assert not ENGLISH_SHORT_DATE.search(page), ENGLISH_SHORT_DATE.search(page).group()


def test_english_pages_show_short_dates_with_english_months(client, offering_member):
    html = text_of(client.get("/en/matching/beschikbaarheid/"))
    assert _short(offering_member.valid_from, ENGLISH_MONTHS) in html
