"""Notifications (the `notifications` app): pushed live over the websocket of the site, shown
on their own page, gathered in an e-mail digest that groups them, can be switched off on the
profile (the network tells the app through its digest hook) and is never sent empty."""

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from config.asgi import application
from notifications.models import Notification
from notifications.services import live_message_send, notification_send
from tests.helpers import text_of
from tests.matching.scenarios import organisation, person
from tests.notifications.websocket import run_apart, session_cookie, socket_open


@pytest.mark.django_db(transaction=True)
def test_a_logged_in_person_gets_their_own_notifications_live(client):
    org = organisation("Live Organisatie")
    listener = person(org, first_name="Lotte", last_name="Luisteraar").user
    other = person(org, first_name="Otto", last_name="Ander").user
    Notification.objects.create(user=listener, title="Al eerder")
    cookie = session_cookie(client, listener)

    async def scenario():
        socket = await socket_open(cookie)
        assert await socket.receive_json_from(timeout=5) == {"type": "unread", "count": 1}
        # Sent outside a transaction here (transactional test): pushed at once.
        await sync_to_async(notification_send)(
            user=listener, title="Een vraag past bij u", url="/matching/vragen/1/"
        )
        await sync_to_async(notification_send)(user=other, title="Niet voor Lotte")
        message = await socket.receive_json_from(timeout=5)
        assert await socket.receive_nothing(timeout=0.5)
        await socket.disconnect()
        return message

    message = run_apart(scenario)
    assert message["type"] == "notification"
    assert message["title"] == "Een vraag past bij u"
    assert message["url"] == "/matching/vragen/1/"


@pytest.mark.django_db(transaction=True)
def test_anonymous_and_foreign_sockets_are_refused(settings):
    async def scenario():
        anonymous = WebsocketCommunicator(
            application, "/ws/meldingen/", headers=[(b"origin", b"http://testserver")]
        )
        connected, code = await anonymous.connect()
        assert not connected and code == 4401
        foreign = WebsocketCommunicator(
            application, "/ws/meldingen/", headers=[(b"origin", b"http://evil.example")]
        )
        connected, _code = await foreign.connect()
        assert not connected

    # The origin check follows ALLOWED_HOSTS (the test settings allow every host).
    settings.ALLOWED_HOSTS = ["testserver"]
    run_apart(scenario)


@pytest.mark.django_db
def test_the_digest_groups_new_notifications_once_and_is_never_empty():
    org = organisation("Digest Organisatie")
    reader = person(org, first_name="Dirk", last_name="Digest").user
    quiet = person(org, first_name="Stil", last_name="Uit")
    quiet.digest = False
    quiet.save()
    for title in ("Vraag A past bij u", "Vraag B past bij u"):
        notification_send(user=reader, title=title, url="/matching/vragen/")
    notification_send(user=quiet.user, title="Zou geen mail geven")

    call_command("send_digests", verbosity=0)
    sent = [m for m in mail.outbox if reader.email in m.to]
    assert len(sent) == 1
    assert sent[0].subject == "Breder Belang: 2 nieuwe meldingen"
    assert "Vraag A past bij u" in sent[0].body and "Vraag B past bij u" in sent[0].body
    assert not [m for m in mail.outbox if quiet.user.email in m.to]

    # Nothing new: nothing sent.
    mail.outbox.clear()
    call_command("send_digests", verbosity=0)
    assert not [m for m in mail.outbox if reader.email in m.to]


@pytest.mark.django_db
def test_the_notifications_page_shows_and_marks_them_read(client):
    org = organisation("Pagina Organisatie")
    reader = person(org, first_name="Paula", last_name="Pagina").user
    notification_send(user=reader, title="Nieuwe vraag voor u", body="dekt 2 van de 8 uur")
    client.force_login(reader)
    home = text_of(client.get("/"))
    assert "data-count-value>1<" in home
    page = text_of(client.get(reverse("notifications:index")))
    assert "Nieuwe vraag voor u" in page and "nieuw" in page
    assert not Notification.objects.filter(user=reader, read_at__isnull=True).exists()
    assert "data-count-value>0<" in text_of(client.get("/"))


@pytest.mark.django_db
def test_the_page_says_whether_the_digest_comes_and_where_to_change_it(client):
    org = organisation("Keuze Organisatie")
    someone = person(org, first_name="Kees", last_name="Keuze")
    client.force_login(someone.user)
    page = text_of(client.get("/meldingen/"))
    assert "dagelijkse samenvatting per e-mail" in page
    assert 'href="/netwerk/mijn-profiel/"' in page
    someone.digest = False
    someone.save()
    page = text_of(client.get("/meldingen/"))
    assert "U krijgt geen samenvatting per e-mail." in page
    assert 'href="/netwerk/mijn-profiel/"' in page


@pytest.mark.django_db
def test_the_old_address_of_the_page_still_arrives(client):
    response = client.get("/netwerk/meldingen/")
    assert response.status_code == 301
    assert response["Location"] == "/meldingen/"
    assert client.get("/en/netwerk/meldingen/")["Location"] == "/en/meldingen/"


@pytest.mark.django_db
def test_the_page_is_for_logged_in_people_only(client):
    response = client.get("/meldingen/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/inloggen/")


@pytest.mark.django_db
def test_the_digest_can_be_switched_off_on_the_profile(client):
    org = organisation("Profiel Organisatie")
    someone = person(org, first_name="Fenna", last_name="Profiel")
    client.force_login(someone.user)
    response = client.post(
        reverse("network:profile_edit"),
        {
            "first_name": "Fenna",
            "last_name": "Profiel",
            "visibility": someone.visibility,
            "languages": ["nl"],
        },
    )
    assert response.status_code == 302
    someone.refresh_from_db()
    assert someone.digest is False


@pytest.mark.django_db(transaction=True)
def test_a_task_message_reaches_the_page_as_it_was_sent(client):
    org = organisation("Taak Organisatie")
    listener = person(org, first_name="Tanja", last_name="Taak").user
    cookie = session_cookie(client, listener)
    progress = {"type": "round", "id": 7, "status": "running", "progress": 40}

    async def scenario():
        socket = await socket_open(cookie)
        assert await socket.receive_json_from(timeout=5) == {"type": "unread", "count": 0}
        await sync_to_async(live_message_send)(user_id=listener.pk, message=progress)
        message = await socket.receive_json_from(timeout=5)
        await socket.disconnect()
        return message

    assert run_apart(scenario) == progress
    assert not Notification.objects.filter(user=listener).exists()  # not stored


@pytest.mark.django_db
def test_an_account_without_a_profile_sees_its_notifications_but_gets_no_digest(client):
    account = get_user_model().objects.create_user(
        email="zonder.profiel@example.org", password="secret-password"
    )
    notification_send(user=account, title="Voor een account zonder profiel")
    client.force_login(account)
    page = text_of(client.get("/meldingen/"))
    assert "Voor een account zonder profiel" in page
    assert "samenvatting per e-mail" not in page
    call_command("send_digests", verbosity=0)
    assert not [m for m in mail.outbox if account.email in m.to]
