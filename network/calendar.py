"""Sessions as iCalendar (RFC 5545) data, for 'add to my calendar'."""

from collections.abc import Iterable

from django.conf import settings
from icalendar import Calendar, Event, vText

from core.links import absolute_url, site_hostname_and_port

PRODUCT_ID = "-//Breder Belang//Netwerkbijeenkomsten//NL"


def _location(session) -> str:
    if session.online:
        return "Online"
    return ", ".join(part for part in (session.venue, session.city) if part)


def session_uid(session, *, request=None) -> str:
    """The event's UID: the same in a download and in an e-mail's attachment, so a calendar
    updates the event instead of adding a second one."""
    host = request.get_host() if request is not None else site_hostname_and_port()[0]
    return f"session-{session.pk}@{host}"


def sessions_to_ical(*, sessions: Iterable, request=None, name: str) -> bytes:
    """Return one calendar with an event per session; UIDs stay stable across downloads.
    Without a request (an e-mail sent by a task) addresses follow SITE_URL."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for session in sessions:
        event = Event()
        event.add("uid", session_uid(session, request=request))
        event.add("dtstamp", session.last_published_at or session.start)
        event.add("dtstart", session.start)
        event.add("dtend", session.end)
        event.add("summary", session.title)
        if session.summary:
            event.add("description", session.summary)
        location = _location(session)
        if location:
            event["location"] = vText(location)
        event.add(
            "url", absolute_url(session.get_url(request) or session.url or "/", request=request)
        )
        if session.host_id:
            event.add("organizer", vText(session.host.name))
        calendar.add_component(event)
    return calendar.to_ical()
