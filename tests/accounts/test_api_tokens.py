"""Personal API tokens expire: a lifetime chosen when made (default and maximum), the list
of one's own tokens with last use and expiry, revocation, and 401 for an expired token."""

import datetime
import re

import pytest
from django.conf import settings
from django.utils import timezone
from wagtail.models import APIToken

from accounts.models import APITokenExpiry
from network.choices import OrganisationStatus
from network.factories import OrganisationFactory, person_with_role
from tests.helpers import text_of

pytestmark = pytest.mark.django_db

PAGE = "/account/api-sleutels/"


def _secret(response) -> str:
    return re.search(r'<code class="token">(\S+)</code>', text_of(response)).group(1)


def _bearer(secret):
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def test_a_new_token_gets_the_default_lifetime_and_the_page_says_until_when(client, member):
    client.force_login(member)
    form = client.get(PAGE)
    assert f'<option value="{settings.API_TOKEN_DEFAULT_DAYS}" selected>' in text_of(form)
    before = timezone.now()
    response = client.post(
        PAGE, {"name": "Planning", "lifetime_days": settings.API_TOKEN_DEFAULT_DAYS}
    )
    assert response.status_code == 200
    expiry = APITokenExpiry.objects.get(token__user=member)
    expected = before + datetime.timedelta(days=settings.API_TOKEN_DEFAULT_DAYS)
    assert abs((expiry.expires_at - expected).total_seconds()) < 60
    local = timezone.localtime(expiry.expires_at)
    assert f"Deze sleutel werkt tot {local.day} " in text_of(response)
    assert client.get("/api/me", **_bearer(_secret(response))).status_code == 200


def test_the_lifetime_is_chosen_up_to_the_maximum(client, member):
    client.force_login(member)
    client.post(PAGE, {"name": "Kort", "lifetime_days": 30})
    days = (APITokenExpiry.objects.get().expires_at - timezone.now()).days
    assert days in (29, 30)
    too_long = client.post(
        PAGE, {"name": "Eeuwig", "lifetime_days": settings.API_TOKEN_MAX_DAYS + 1}
    )
    assert too_long.status_code == 400
    assert "Selecteer een geldige keuze" in text_of(too_long)
    nameless = client.post(PAGE, {"name": " ", "lifetime_days": 30})
    assert nameless.status_code == 400
    assert APIToken.objects.filter(user=member).count() == 1


def test_an_expired_token_is_refused_with_401_that_says_it_expired(client, member):
    client.force_login(member)
    secret = _secret(client.post(PAGE, {"name": "Oud", "lifetime_days": 30}))
    client.logout()
    APITokenExpiry.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    response = client.get("/api/me", **_bearer(secret))
    assert response.status_code == 401
    assert "verlopen" in response.json()["detail"]
    assert response.json()["expired_at"]
    assert 'error="invalid_token"' in response["WWW-Authenticate"]
    client.force_login(member)
    assert "Verlopen" in text_of(client.get(PAGE))


def test_a_token_made_elsewhere_expires_after_the_default_lifetime(client, member):
    # Tokens from Wagtail's admin or its command have no lifetime of their own.
    token, secret = APIToken.create_token(user=member, name="Uit de beheeromgeving")
    assert client.get("/api/me", **_bearer(secret)).status_code == 200
    APIToken.objects.filter(pk=token.pk).update(
        created=timezone.now() - datetime.timedelta(days=settings.API_TOKEN_DEFAULT_DAYS, hours=1)
    )
    assert client.get("/api/me", **_bearer(secret)).status_code == 401


def test_the_list_shows_own_tokens_with_last_use_and_revokes_them(client, member):
    stranger = person_with_role(
        organisation=OrganisationFactory(status=OrganisationStatus.JOINED)
    ).user
    their_token, _ = APIToken.create_token(user=stranger, name="Van een ander")
    client.force_login(member)
    secret = _secret(client.post(PAGE, {"name": "Rooster-script", "lifetime_days": 30}))
    client.post(PAGE, {"name": "Ongebruikt", "lifetime_days": 30})
    client.get("/api/me", **_bearer(secret))
    html = text_of(client.get(PAGE))
    assert "Rooster-script" in html and "Ongebruikt" in html
    assert "Van een ander" not in html
    used = html[html.index("Rooster-script") :]
    assert re.search(r"Laatst gebruikt</dt><dd>\d+ \w+ \d{4}", used)
    unused = html[html.index("Ongebruikt") : html.index("Rooster-script")]
    assert "nooit" in unused
    mine = APIToken.objects.get(user=member, name="Rooster-script")
    client.post(PAGE, {"revoke": mine.pk})
    client.post(PAGE, {"revoke": their_token.pk})  # not theirs to revoke
    client.post(PAGE, {"revoke": "geen-nummer"})
    assert client.get("/api/me", **_bearer(secret)).status_code == 401
    their_token.refresh_from_db()
    assert their_token.revoked_at is None


def test_the_data_export_gives_each_tokens_expiry(client, member):
    client.force_login(member)
    client.post(PAGE, {"name": "Export", "lifetime_days": 30})
    APIToken.create_token(user=member, name="Zonder eigen termijn")
    exported = {t["name"]: t for t in client.get("/api/me/export").json()["api_tokens"]}
    expiry = APITokenExpiry.objects.get(token__name="Export").expires_at
    assert datetime.datetime.fromisoformat(exported["Export"]["expires_at"]) == expiry
    other = APIToken.objects.get(name="Zonder eigen termijn")
    assert datetime.datetime.fromisoformat(
        exported["Zonder eigen termijn"]["expires_at"]
    ) == other.created + datetime.timedelta(days=settings.API_TOKEN_DEFAULT_DAYS)
