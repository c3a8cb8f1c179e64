"""Session pages: upcoming and past, agenda, report, and 'add to my calendar'."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar

from demo import content_network
from network.models import SessionPage
from tests.helpers import page_by_slug, text_of

pytestmark = pytest.mark.django_db

# The demo places these after the day it is loaded; the others lie in the past.
UPCOMING = {s["title"] for s in content_network.SESSIONS if "starts_in_days" in s}


def _upcoming_and_past(client) -> tuple[set[str], set[str]]:
    html = text_of(client.get("/bijeenkomsten/"))
    upcoming_at = html.index("Binnenkort")
    past_at = html.index("Eerdere bijeenkomsten en verslagen")
    upcoming, past = set(), set()
    for session in content_network.SESSIONS:
        position = html.index(session["title"].replace("'", "&#x27;"))
        if upcoming_at < position < past_at:
            upcoming.add(session["title"])
        elif position > past_at:
            past.add(session["title"])
    return upcoming, past


def test_index_separates_upcoming_from_past_sessions(client):
    upcoming, past = _upcoming_and_past(client)
    assert UPCOMING and upcoming == UPCOMING
    assert past == {s["title"] for s in content_network.SESSIONS} - UPCOMING


def test_a_session_moves_to_the_past_once_it_has_ended(client):
    netwerkdag = page_by_slug("netwerkdag")
    with time_machine.travel(netwerkdag.end + datetime.timedelta(minutes=1), tick=False):
        upcoming, past = _upcoming_and_past(client)
        calendar = Calendar.from_ical(client.get("/bijeenkomsten/kalender/").content)
    assert netwerkdag.title in past
    assert netwerkdag.title not in upcoming
    assert netwerkdag.title not in {str(e["summary"]) for e in calendar.walk("VEVENT")}


def test_demo_places_upcoming_sessions_after_the_day_it_is_loaded():
    SessionPage.objects.filter(title__in=UPCOMING).delete()
    loaded_on = datetime.datetime(2031, 1, 6, 9, tzinfo=datetime.UTC)  # a Monday
    with time_machine.travel(loaded_on, tick=False):
        call_command("load_demo", verbosity=0)
    netwerkdag = page_by_slug("netwerkdag")
    start = timezone.localtime(netwerkdag.start)
    # 100 days on, then the next Thursday; 13:00 to 17:30 in Dutch time.
    assert start.date() == datetime.date(2031, 4, 17)
    assert (start.hour, start.minute) == (13, 0)
    assert timezone.localtime(netwerkdag.end).time() == datetime.time(17, 30)
    for session in SessionPage.objects.filter(title__in=UPCOMING):
        assert session.start > loaded_on + datetime.timedelta(days=90), session.title


def test_past_session_shows_agenda_and_report(client):
    data = next(s for s in content_network.SESSIONS if s["slug"] == "expertgroep-bijeenkomst-4")
    html = text_of(client.get(page_by_slug(data["slug"]).url))
    assert "Programma" in html
    assert "Verslag" in html
    assert data["report"][0][:50].replace("'", "&#x27;") in html
    assert "Chain Logistics" in html
    assert "In mijn agenda zetten" not in html  # no calendar link for what has passed


def test_upcoming_session_offers_a_calendar_file(client):
    session = page_by_slug("netwerkdag")
    html = text_of(client.get(session.url))
    assert f'href="{session.url}kalender/"' in html
    response = client.get(f"{session.url}kalender/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert 'filename="netwerkdag.ics"' in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert str(event["summary"]) == session.title
    assert event.decoded("dtstart") == session.start
    assert event.decoded("dtend") == session.end
    assert str(event["uid"]) == f"session-{session.pk}@testserver"
    assert str(event["url"]).endswith(session.url)


def test_index_calendar_holds_every_upcoming_session(client):
    response = client.get("/bijeenkomsten/kalender/")
    calendar = Calendar.from_ical(response.content)
    titles = {str(event["summary"]) for event in calendar.walk("VEVENT")}
    assert UPCOMING and titles == UPCOMING


def test_session_times_are_shown_in_dutch_time(client):
    session = SessionPage.objects.get(slug="expertgroep-bijeenkomst-4")
    assert session.start.astimezone(datetime.UTC).hour == 14  # 15:30 in Amsterdam in winter
    assert "15:30" in text_of(client.get(session.url))
