"""Signing up for network sessions: places, the waiting list, the e-mails with the calendar,
the reminder the day before, who comes, the report once published, privacy and the API."""

import csv
import datetime
import io
import json
import threading

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from icalendar import Calendar

from network import roles
from network.choices import Visibility
from network.factories import SessionPageFactory, person_with_role
from network.models import RegistrationStatus, SessionIndexPage, SessionRegistration
from network.services.privacy import person_erase
from notifications.models import Notification
from tests.helpers import page_by_slug, queries_of, text_of

pytestmark = pytest.mark.django_db

JSON = "application/json"


@pytest.fixture
def session(org_a):
    """An upcoming session with sign-up open, two places, hosted by Alfa Techniek."""
    index = SessionIndexPage.objects.get()
    return SessionPageFactory(
        parent=index,
        title="Testbijeenkomst Samen Sterker",
        slug="testbijeenkomst",
        capacity=2,
        registration_open=True,
        host=org_a,
    )


def _member(org, first_name, **fields):
    return person_with_role(organisation=org, first_name=first_name, last_name="Lid", **fields)


def _sign_up(client, user, session):
    client.force_login(user)
    return client.post(f"{session.url}aanmelden/")


def _statuses(session) -> dict[str, str]:
    return {
        r.person.user.first_name: r.status
        for r in SessionRegistration.objects.filter(session=session).select_related("person__user")
    }


def _calendar_of(message) -> Calendar:
    (attachment,) = message.attachments
    filename, content, mimetype = attachment
    assert mimetype == "text/calendar" and filename.endswith(".ics")
    return Calendar.from_ical(content)


def test_a_member_signs_up_and_gets_an_email_with_the_session_in_a_calendar_file(
    client, session, member
):
    response = _sign_up(client, member, session)
    assert response.status_code == 302
    assert _statuses(session) == {"Mees": RegistrationStatus.REGISTERED}
    (message,) = mail.outbox
    assert message.to == [member.email]
    assert session.title in message.subject
    (event,) = _calendar_of(message).walk("VEVENT")
    assert str(event["uid"]) == f"session-{session.pk}@testserver"
    assert str(event["summary"]) == session.title
    html = text_of(client.get(session.url))
    assert "U bent aangemeld." in html
    assert "Afmelden" in html
    assert "1 plaats over" in html


def test_signing_up_twice_keeps_one_registration(client, session, member):
    _sign_up(client, member, session)
    _sign_up(client, member, session)
    assert SessionRegistration.objects.filter(session=session).count() == 1


def test_when_full_a_member_goes_on_the_waiting_list_with_their_position(
    client, session, org_a, org_b
):
    for name in ("Anna", "Bert", "Cor", "Dirk"):
        _sign_up(client, _member(org_b, name).user, session)
    assert _statuses(session) == {
        "Anna": RegistrationStatus.REGISTERED,
        "Bert": RegistrationStatus.REGISTERED,
        "Cor": RegistrationStatus.WAITING,
        "Dirk": RegistrationStatus.WAITING,
    }
    html = text_of(client.get(session.url))  # Dirk is logged in
    assert "Op de wachtlijst (nummer 2)" in html
    assert "0 plaatsen over" in html
    waiting_mail = mail.outbox[-1]
    assert "wachtlijst" in waiting_mail.subject and waiting_mail.attachments == []


def test_a_cancellation_moves_the_first_on_the_waiting_list_up_and_tells_them(
    client, session, org_b
):
    people = {name: _member(org_b, name).user for name in ("Anna", "Bert", "Cor", "Dirk")}
    for user in people.values():
        _sign_up(client, user, session)
    mail.outbox.clear()

    client.force_login(people["Anna"])
    assert client.post(f"{session.url}afmelden/").status_code == 302

    assert _statuses(session) == {
        "Anna": RegistrationStatus.CANCELLED,
        "Bert": RegistrationStatus.REGISTERED,
        "Cor": RegistrationStatus.REGISTERED,
        "Dirk": RegistrationStatus.WAITING,
    }
    (message,) = mail.outbox
    assert message.to == [people["Cor"].email]
    assert _calendar_of(message).walk("VEVENT")
    notification = Notification.objects.get(user=people["Cor"])
    assert session.title in notification.title and notification.url == session.url
    client.force_login(people["Dirk"])
    assert "Op de wachtlijst (nummer 1)" in text_of(client.get(session.url))
    # Anna may sign up again: a new registration, at the end of the waiting list.
    _sign_up(client, people["Anna"], session)
    assert (
        SessionRegistration.objects.filter(session=session, person__user=people["Anna"])
        .exclude(status=RegistrationStatus.CANCELLED)
        .get()
        .status
        == RegistrationStatus.WAITING
    )


def test_two_sign_ups_for_the_last_place_never_exceed_the_capacity(client, session, org_b):
    """The service counts places with the session's row locked (select_for_update); SQLite
    serialises writers, so the two requests run one after the other here. The PostgreSQL
    pass runs the same test, where the lock makes the second wait for the first."""
    _sign_up(client, _member(org_b, "Anna").user, session)
    first, second = _member(org_b, "Bert").user, _member(org_b, "Cor").user
    responses = [_sign_up(client, user, session) for user in (first, second)]
    assert [r.status_code for r in responses] == [302, 302]
    registered = SessionRegistration.objects.filter(
        session=session, status=RegistrationStatus.REGISTERED
    )
    assert registered.count() == session.capacity
    assert _statuses(session)["Cor"] == RegistrationStatus.WAITING


def test_no_sign_up_for_a_past_session_and_nothing_changes(client, session, member):
    with time_machine.travel(session.end + datetime.timedelta(hours=1), tick=False):
        response = _sign_up(client, member, session)
    assert response.status_code == 400
    assert "al begonnen" in text_of(response)
    assert not SessionRegistration.objects.filter(session=session).exists()
    assert mail.outbox == []


def test_no_sign_up_when_sign_up_is_closed(client, session, member):
    session.registration_open = False
    session.save_revision().publish()
    html = text_of(client.get(session.url))
    assert "Aanmelden" not in html
    response = _sign_up(client, member, session)
    assert response.status_code == 400
    assert "Aanmelden voor deze bijeenkomst is gesloten." in text_of(response)
    assert not SessionRegistration.objects.filter(session=session).exists()


def test_only_members_sign_up(client, session, pending_admin):
    response = _sign_up(client, pending_admin, session)
    assert response.status_code == 400
    assert "Alleen leden van het netwerk" in text_of(response)
    assert not SessionRegistration.objects.filter(session=session).exists()


def test_an_anonymous_visitor_sees_a_log_in_link(client, session):
    html = text_of(client.get(session.url))
    assert f"/account/inloggen/?next={session.url.replace('/', '%2F')}" in html or (
        "Log in om u aan te melden" in html
    )
    assert "Log in om u aan te melden" in html
    response = client.post(f"{session.url}aanmelden/")
    assert response.status_code == 302 and "next=" in response["Location"]
    assert not SessionRegistration.objects.filter(session=session).exists()


# Who comes.


@pytest.fixture
def full_session(client, session, profiles, member):
    """Publia (public) and Lida (members) have the places; Verona (hidden) waits."""
    for key in ("public_a", "members_a", "hidden_a"):
        _sign_up(client, profiles[key].user, session)
    client.logout()
    return session


@pytest.fixture
def facilitator(org_b):
    return person_with_role(
        organisation=org_b, roles=[roles.FACILITATORS], first_name="Fien", last_name="Facilitator"
    ).user


def test_facilitators_desk_and_host_admins_see_who_comes_and_others_do_not(
    client, full_session, facilitator, loket, admin_a, member
):
    url = f"{full_session.url}deelnemers/"
    for user in (facilitator, loket, admin_a):
        client.force_login(user)
        assert client.get(url).status_code == 200, user
        assert client.get(f"{full_session.url}deelnemers/csv/").status_code == 200
    client.force_login(member)
    assert client.get(url).status_code == 403
    assert client.get(f"{full_session.url}deelnemers/csv/").status_code == 403
    assert "Wie komt er" not in text_of(client.get(full_session.url))
    client.logout()
    assert client.get(url).status_code == 302
    assert client.get(f"{full_session.url}deelnemers/csv/").status_code == 404


def test_the_attendee_page_shows_names_as_far_as_each_profile_allows(
    client, full_session, facilitator
):
    client.force_login(facilitator)
    html = text_of(client.get(f"{full_session.url}deelnemers/"))
    assert "Publia Openbaar" in html
    assert "Lida Ledenzicht" in html  # members-only, the facilitator is a member
    assert "Verona" not in html  # hidden, on the waiting list
    assert "(naam niet getoond)" in html
    assert "Alfa Techniek" in html and "Industrie en techniek" in html
    assert "Wachtlijst" in html


def test_the_attendee_csv_holds_the_same_rows(client, full_session, facilitator):
    client.force_login(facilitator)
    response = client.get(f"{full_session.url}deelnemers/csv/")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][0] == "Naam"
    names = [row[0] for row in rows[1:]]
    assert names == ["Publia Openbaar", "Lida Ledenzicht", "(naam niet getoond)"]
    assert [row[3] for row in rows[1:]] == ["Aangemeld", "Aangemeld", "Op de wachtlijst"]


def test_the_attendee_page_runs_the_same_number_of_queries_for_more_people(
    client, session, facilitator, org_a, org_b
):
    session.capacity = None
    session.save_revision().publish()
    url = f"{session.url}deelnemers/"
    _sign_up(client, _member(org_a, "Eerste").user, session)
    client.force_login(facilitator)
    few = queries_of(client, url)
    for number in range(8):
        _sign_up(client, _member(org_b if number % 2 else org_a, f"Persoon{number}").user, session)
    client.force_login(facilitator)
    assert queries_of(client, url) == few


# Reminders and the report.


def test_the_reminder_goes_the_day_before_and_only_once(client, session, member, org_b):
    _sign_up(client, member, session)
    waiting = [_member(org_b, name).user for name in ("Anna", "Bert")]
    for user in waiting:
        _sign_up(client, user, session)  # Anna has the last place, Bert waits
    mail.outbox.clear()
    with time_machine.travel(session.start - datetime.timedelta(days=3), tick=False):
        call_command("send_session_reminders", stdout=io.StringIO())
    assert mail.outbox == []
    with time_machine.travel(session.start - datetime.timedelta(hours=20), tick=False):
        out = io.StringIO()
        call_command("send_session_reminders", stdout=out)
        call_command("send_session_reminders", stdout=io.StringIO())
    assert out.getvalue().strip() == "2 reminders sent"
    assert sorted(m.to[0] for m in mail.outbox) == sorted([member.email, waiting[0].email])
    assert all(_calendar_of(m).walk("VEVENT") for m in mail.outbox)


def test_attendees_are_told_once_when_the_report_is_published(client, session, org_b):
    people = [_member(org_b, name).user for name in ("Anna", "Bert", "Cor")]
    for user in people:
        _sign_up(client, user, session)  # Cor waits, and never came
    after = session.end + datetime.timedelta(days=2)
    with time_machine.travel(after, tick=False):
        session.save_revision().publish()  # no report yet
        assert not Notification.objects.filter(title__contains="verslag").exists()
        session.report = [{"type": "paragraph", "value": "<p>Wat er is afgesproken.</p>"}]
        session.save_revision().publish()
        session.save_revision().publish()  # published again: nobody is told twice
    told = Notification.objects.filter(title__contains="verslag")
    assert sorted(n.user_id for n in told) == sorted(u.pk for u in people[:2])
    assert {n.url for n in told} == {session.url}


# Privacy.


def test_the_export_holds_the_sign_ups_and_erasure_moves_the_waiting_list_up(
    client, session, org_b
):
    anna, bert, cor = (_member(org_b, name).user for name in ("Anna", "Bert", "Cor"))
    for user in (anna, bert, cor):
        _sign_up(client, user, session)
    client.force_login(anna)
    export = client.get("/api/me/export").json()
    assert export["session_registrations"][0]["session"] == session.title
    assert export["session_registrations"][0]["status"] == "registered"

    person_erase(user=anna)

    assert _statuses(session) == {
        "Bert": RegistrationStatus.REGISTERED,
        "Cor": RegistrationStatus.REGISTERED,
    }
    assert Notification.objects.filter(user=cor).exists()


# The API.


def test_the_api_signs_up_and_cancels(client, session, member, org_b):
    client.force_login(member)
    url = f"/api/sessions/{session.pk}/registration"
    response = client.post(url, "{}", content_type=JSON)
    assert response.status_code == 200
    assert response.json() == {
        "session": session.pk,
        "status": "registered",
        "waiting_position": None,
        "places_left": 1,
        "open": True,
    }
    assert client.post(url, content_type=JSON).status_code == 200  # no body is fine too
    assert client.delete(url).json()["status"] is None
    assert _statuses(session) == {"Mees": RegistrationStatus.CANCELLED}
    assert client.delete(url).status_code == 400


def test_the_api_refuses_unknown_fields_by_name_and_changes_nothing(client, session, member):
    client.force_login(member)
    response = client.post(
        f"/api/sessions/{session.pk}/registration",
        json.dumps({"seats": 3}),
        content_type=JSON,
    )
    assert response.status_code == 422
    assert "seats" in response.json()["errors"]
    assert not SessionRegistration.objects.filter(session=session).exists()


def test_the_api_refuses_a_past_session_and_an_unknown_one(client, session, member):
    with time_machine.travel(session.end + datetime.timedelta(hours=1), tick=False):
        client.force_login(member)
        response = client.post(f"/api/sessions/{session.pk}/registration", content_type=JSON)
    assert response.status_code == 400
    assert not SessionRegistration.objects.filter(session=session).exists()
    assert (
        client.post("/api/sessions/999999/registration", "{}", content_type=JSON).status_code == 404
    )
    client.logout()
    assert (
        client.post(f"/api/sessions/{session.pk}/registration", "{}", content_type=JSON).status_code
        == 401
    )


def test_the_api_lists_attendees_for_those_allowed(client, full_session, facilitator, member):
    url = f"/api/sessions/{full_session.pk}/attendees"
    client.force_login(member)
    assert client.get(url).status_code == 403
    client.force_login(facilitator)
    body = client.get(url).json()
    assert [a["name"] for a in body["attendees"]] == ["Publia Openbaar", "Lida Ledenzicht"]
    assert [a["name"] for a in body["waiting"]] == [None]
    assert body["per_organisation"] == [{"name": "Alfa Techniek", "count": 2}]


def test_the_demo_has_a_full_session_with_a_waiting_list(client):
    demo = SessionRegistration.objects.order_by()
    with_waiting_list = demo.filter(status="waiting").values("session_id").distinct()
    assert with_waiting_list.count() == 1
    assert demo.values("session_id").distinct().count() >= 2
    full = page_by_slug("workshop-actieplaat")
    assert demo.filter(session=full, status="registered").count() == full.capacity


def test_the_members_profile_visibility_is_used_for_a_members_only_profile(
    client, session, org_a, member
):
    """A host administrator sees their own colleague even when the profile is hidden."""
    hidden = _member(org_a, "Hanna", visibility=Visibility.HIDDEN).user
    _sign_up(client, hidden, session)
    admin = person_with_role(
        organisation=org_a, roles=[roles.ORGANISATION_ADMINS], first_name="Bea", last_name="Baas"
    ).user
    client.force_login(admin)
    assert "Hanna Lid" in text_of(client.get(f"{session.url}deelnemers/"))


def test_editors_set_the_places_and_open_sign_up_in_the_admin(admin_client, session):
    html = text_of(admin_client.get(f"/admin/pages/{session.pk}/edit/"))
    assert 'name="capacity"' in html
    assert 'name="registration_open"' in html


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_sign_ups_for_the_last_place_on_postgresql(demo_content):
    """Two requests at once for the one place left: the row lock makes the second count
    after the first commits, so one gets the place and the other waits."""
    from django.db import connection
    from django.test import Client

    from network.factories import OrganisationFactory

    organisation = OrganisationFactory(name="Test Gelijktijdig")
    session = SessionPageFactory(
        parent=SessionIndexPage.objects.get(), capacity=1, registration_open=True
    )
    users = [_member(organisation, name).user for name in ("Anna", "Bert")]
    barrier = threading.Barrier(len(users))
    statuses = []

    def sign_up(user):
        client = Client()
        client.force_login(user)
        barrier.wait()
        statuses.append(
            client.post(f"/api/sessions/{session.pk}/registration", "{}", content_type=JSON).json()[
                "status"
            ]
        )
        connection.close()

    threads = [threading.Thread(target=sign_up, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == ["registered", "waiting"]
    assert (
        SessionRegistration.objects.filter(
            session=session, status=RegistrationStatus.REGISTERED
        ).count()
        == 1
    )
