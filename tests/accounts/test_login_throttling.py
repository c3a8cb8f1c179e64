"""Log-in throttling: per account and per address, on the site, the admin and for API
tokens; the person is told when they can try again."""

import datetime
import re

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core import mail
from django.test import override_settings
from wagtail.models import APIToken

from network.choices import OrganisationStatus
from network.factories import OrganisationFactory, person_with_role
from tests.helpers import text_of

pytestmark = pytest.mark.django_db

LOGIN = "/account/inloggen/"
PASSWORD = "juist-wachtwoord-1"
LIMIT = settings.AXES_FAILURE_LIMIT
COOL_OFF = settings.AXES_COOLOFF_TIME


@pytest.fixture
def kim():
    return person_with_role(
        organisation=OrganisationFactory(status=OrganisationStatus.JOINED),
        email="kim@example.org",
        password=PASSWORD,
    ).user


def _fail(client, username, times, *, url=LOGIN, address="192.0.2.10"):
    for _ in range(times):
        response = client.post(
            url, {"username": username, "password": "fout-geraden"}, REMOTE_ADDR=address
        )
        assert response.status_code in (200, 429)
    return response


def _log_in(client, username="kim@example.org", *, url=LOGIN, address="192.0.2.10"):
    return client.post(url, {"username": username, "password": PASSWORD}, REMOTE_ADDR=address)


def _assert_locked(response):
    assert response.status_code == 429
    retry_after = int(response["Retry-After"])
    assert 0 < retry_after <= COOL_OFF.total_seconds()
    html = text_of(response)
    assert "Te veel pogingen" in html
    minutes = -(-retry_after // 60)
    assert re.search(rf"U kunt het opnieuw proberen om \d\d:\d\d \(over {minutes} minuten?\)", html)


def test_wrong_passwords_lock_the_account_and_the_right_one_then_waits(client, kim):
    _fail(client, "kim@example.org", LIMIT - 1)
    assert _log_in(client).status_code == 302  # below the limit the owner still gets in
    client.post("/account/uitloggen/")
    last = _fail(client, "kim@example.org", 1)
    _assert_locked(last)  # the failure that reaches the limit is told so at once
    response = _log_in(client)
    _assert_locked(response)
    assert client.get("/account/").status_code == 302  # not logged in


def test_the_lock_is_per_account_whatever_the_address_or_the_case(client, kim):
    for number in range(LIMIT):
        _fail(
            client,
            "KIM@Example.org" if number % 2 else "kim@example.org",
            1,
            address=f"198.51.100.{number + 1}",
        )
    _assert_locked(_log_in(client, address="203.0.113.99"))


def test_the_lock_is_per_address_whatever_the_account(client, kim):
    for number in range(LIMIT):
        _fail(client, f"iemand{number}@example.org", 1, address="192.0.2.66")
    _assert_locked(_log_in(client, address="192.0.2.66"))
    assert _log_in(client, address="192.0.2.67").status_code == 302  # another address is fine


def test_the_admin_log_in_is_throttled_too(client, django_user_model):
    django_user_model.objects.create_superuser(
        email="baas@example.org", password=PASSWORD, first_name="B", last_name="Baas"
    )
    _fail(client, "baas@example.org", LIMIT, url="/admin/login/")
    response = _log_in(client, "baas@example.org", url="/admin/login/")
    _assert_locked(response)
    assert 'href="/admin/login/"' in text_of(response)
    assert client.get("/admin/").status_code == 302


def test_the_lock_ends_after_the_cool_off(client, kim):
    _fail(client, "kim@example.org", LIMIT)
    _assert_locked(_log_in(client))
    # Let the cool-off pass: the failures happened that long ago.
    AccessAttempt.objects.update(attempt_time=datetime.datetime.now(datetime.UTC) - COOL_OFF)
    assert _log_in(client).status_code == 302


def test_a_password_reset_lifts_the_lock_on_the_account(client, kim):
    _fail(client, "kim@example.org", LIMIT, address="203.0.113.5")  # someone else's guesses
    _assert_locked(_log_in(client))
    mail.outbox.clear()
    client.post("/account/wachtwoord-vergeten/", {"email": "kim@example.org"})
    link = re.search(r"http://testserver(/account/wachtwoord-herstellen/\S+)", mail.outbox[0].body)
    form = client.get(link.group(1), follow=True)
    client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "nieuw-wachtwoord-77", "new_password2": "nieuw-wachtwoord-77"},
    )
    response = client.post(
        LOGIN,
        {"username": "kim@example.org", "password": "nieuw-wachtwoord-77"},
        REMOTE_ADDR="192.0.2.10",
    )
    assert response.status_code == 302


def test_a_forwarded_header_counts_only_behind_a_configured_proxy(client, kim):
    # Without a trusted proxy, a client cannot escape the lock by claiming other addresses.
    for number in range(LIMIT):
        client.post(
            LOGIN,
            {"username": f"iemand{number}@example.org", "password": "fout"},
            REMOTE_ADDR="192.0.2.66",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{number}",
        )
    _assert_locked(
        client.post(
            LOGIN,
            {"username": "kim@example.org", "password": PASSWORD},
            REMOTE_ADDR="192.0.2.66",
            HTTP_X_FORWARDED_FOR="10.0.0.200",
        )
    )


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_address_it_saw_counts_not_what_the_client_claims(client, kim):
    proxy = "10.1.1.1"
    for number in range(LIMIT):
        client.post(
            LOGIN,
            {"username": f"iemand{number}@example.org", "password": "fout"},
            REMOTE_ADDR=proxy,
            HTTP_X_FORWARDED_FOR=f"172.16.0.{number}, 192.0.2.66",  # left part is made up
        )
    locked = client.post(
        LOGIN,
        {"username": "kim@example.org", "password": PASSWORD},
        REMOTE_ADDR=proxy,
        HTTP_X_FORWARDED_FOR="192.0.2.66",
    )
    _assert_locked(locked)
    other_client = client.post(
        LOGIN,
        {"username": "kim@example.org", "password": PASSWORD},
        REMOTE_ADDR=proxy,
        HTTP_X_FORWARDED_FOR="192.0.2.67",
    )
    assert other_client.status_code == 302  # the proxy's own address is not what is locked


def test_wrong_api_tokens_from_one_address_get_429_with_a_reason(client, member):
    _token, plaintext = APIToken.create_token(user=member, name="scripts")
    for _ in range(LIMIT - 1):
        wrong = client.get(
            "/api/me", HTTP_AUTHORIZATION="Bearer wagtail_geraden", REMOTE_ADDR="192.0.2.80"
        )
        assert wrong.status_code == 401
    reached = client.get(
        "/api/me", HTTP_AUTHORIZATION="Bearer wagtail_geraden", REMOTE_ADDR="192.0.2.80"
    )
    assert reached.status_code == 429
    locked = client.get(
        "/api/me", HTTP_AUTHORIZATION=f"Bearer {plaintext}", REMOTE_ADDR="192.0.2.80"
    )
    assert locked.status_code == 429
    assert 0 < int(locked["Retry-After"]) <= COOL_OFF.total_seconds()
    body = locked.json()
    assert body["detail"] and body["retry_after"] == int(locked["Retry-After"])
    assert body["retry_at"]
    elsewhere = client.get(
        "/api/me", HTTP_AUTHORIZATION=f"Bearer {plaintext}", REMOTE_ADDR="192.0.2.81"
    )
    assert elsewhere.status_code == 200
