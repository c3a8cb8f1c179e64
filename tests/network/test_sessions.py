"""Session pages: upcoming and past, agenda, report, and 'add to my calendar'."""

import datetime

import pytest
from icalendar import Calendar

from core.demo import content_network
from network.models import SessionPage
from tests.helpers import page_by_slug, text_of

pytestmark = pytest.mark.django_db

NOW = "2026-11-23"


def test_index_separates_upcoming_from_past_sessions(client):
    html = text_of(client.get("/bijeenkomsten/"))
    upcoming_at = html.index("Binnenkort")
    past_at = html.index("Eerdere bijeenkomsten en verslagen")
    for session in content_network.SESSIONS:
        position = html.index(session["title"].replace("'", "&#x27;"))
        if session["end"] > NOW:
            assert upcoming_at < position < past_at, session["title"]
        else:
            assert position > past_at, session["title"]


def test_past_session_shows_agenda_and_report(client):
    data = next(s for s in content_network.SESSIONS if s["slug"] == "expertgroep-bijeenkomst-4")
    html = text_of(client.get(page_by_slug(data["slug"]).url))
    assert "Programma" in html
    assert "Verslag" in html
    assert data["report"][0][:50].replace("'", "&#x27;") in html
    assert "Chain Logistics" in html
    assert "In mijn agenda zetten" not in html  # no calendar link for what has passed


def test_upcoming_session_offers_a_calendar_file(client):
    session = page_by_slug("netwerkdag-2027")
    html = text_of(client.get(session.url))
    assert f'href="{session.url}kalender/"' in html
    response = client.get(f"{session.url}kalender/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert 'filename="netwerkdag-2027.ics"' in response["Content-Disposition"]
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
    expected = {s["title"] for s in content_network.SESSIONS if s["end"] > NOW}
    assert titles == expected


def test_session_times_are_shown_in_dutch_time(client):
    session = SessionPage.objects.get(slug="expertgroep-bijeenkomst-4")
    assert session.start.astimezone(datetime.UTC).hour == 14  # 15:30 in Amsterdam in winter
    assert "15:30" in text_of(client.get(session.url))
