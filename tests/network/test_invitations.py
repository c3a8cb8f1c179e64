"""An organisation administrator invites colleagues; the link expires and works once."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from network import roles
from network.choices import Visibility
from network.models import Invitation, Person
from tests.helpers import text_of

pytestmark = pytest.mark.django_db

ACCEPT = {
    "first_name": "Ilse",
    "last_name": "Ingenodigd",
    "job_title": "Monteur",
    "password1": "sterk-wachtwoord-88",
    "password2": "sterk-wachtwoord-88",
    "visibility": "public",
    "listing_consent": "on",
    "terms_consent": "on",
}


@pytest.fixture
def invite(client, django_capture_on_commit_callbacks):
    """Invite through the administrator's page; the mail leaves when the request commits."""

    def _invite(admin, *, email="ilse@alfa.example", role="member"):
        client.force_login(admin)
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                "/netwerk/organisaties/alfa-techniek/mensen/", {"email": email, "role": role}
            )

    return _invite


def _link(message) -> str:
    return re.search(r"http://testserver(/account/uitnodiging/\S+/)", message.body).group(1)


def test_invited_colleague_joins_the_organisation_as_a_member(client, invite, org_a, admin_a):
    assert invite(admin_a).status_code == 302
    assert mail.outbox[0].to == ["ilse@alfa.example"]
    link = _link(mail.outbox[0])
    client.logout()
    page = client.get(link)
    assert "Alfa Techniek" in text_of(page)
    assert client.post(link, ACCEPT).status_code == 302
    person = Person.objects.get(user__email="ilse@alfa.example")
    assert person.organisation == org_a
    assert person.visibility == Visibility.PUBLIC
    assert person.user.has_perm("network.view_members_only")
    assert not person.user.groups.filter(name=roles.ORGANISATION_ADMINS).exists()
    # The link works once.
    client.logout()
    again = client.get(link)
    assert again.status_code == 410
    assert "Deze uitnodiging is al gebruikt" in text_of(again)


def test_an_administrator_can_invite_a_fellow_administrator(client, invite, org_a, admin_a):
    invite(admin_a, email="co@alfa.example", role="admin")
    link = _link(mail.outbox[0])
    client.logout()
    client.post(link, {**ACCEPT, "visibility": "hidden", "listing_consent": ""})
    user = Person.objects.get(user__email="co@alfa.example").user
    assert user.groups.filter(name=roles.ORGANISATION_ADMINS).exists()


def test_expired_invitation_is_refused_with_a_clear_message(client, invite, org_a, admin_a):
    invite(admin_a)
    link = _link(mail.outbox[0])
    Invitation.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    client.logout()
    response = client.post(link, ACCEPT)
    assert response.status_code == 410
    assert "Deze uitnodiging is verlopen" in text_of(response)
    assert not Person.objects.filter(user__email="ilse@alfa.example").exists()


def test_unknown_invitation_link_is_refused(client):
    response = client.get("/account/uitnodiging/niet-echt/")
    assert response.status_code == 410
    assert "Deze uitnodigingslink is niet geldig" in text_of(response)


def test_inviting_an_address_that_has_an_account_is_refused(client, invite, org_a, admin_a, member):
    response = invite(admin_a, email=member.email.upper())
    assert response.status_code == 400
    assert "Er bestaat al een account met dit e-mailadres" in text_of(response)
    assert not Invitation.objects.exists()
    assert mail.outbox == []


def test_accept_form_keeps_what_was_typed_when_the_passwords_differ(client, invite, org_a, admin_a):
    invite(admin_a)
    link = _link(mail.outbox[0])
    client.logout()
    response = client.post(link, {**ACCEPT, "password2": "iets-anders-123"})
    assert response.status_code == 400
    html = text_of(response)
    assert 'value="Ingenodigd"' in html
    assert "De twee wachtwoorden verschillen." in html
    assert not Person.objects.filter(user__email="ilse@alfa.example").exists()
    assert Invitation.objects.get().accepted_at is None


def test_members_cannot_invite_to_an_organisation(client, org_b, member):
    client.force_login(member)
    response = client.post(
        "/netwerk/organisaties/bravo-zorg/mensen/", {"email": "x@bravo.example", "role": "admin"}
    )
    assert response.status_code == 403
    assert not Invitation.objects.exists()


def test_an_organisation_awaiting_approval_cannot_invite(
    client, pending_org, pending_admin, django_capture_on_commit_callbacks
):
    url = "/netwerk/organisaties/charlie-wacht/mensen/"
    client.force_login(pending_admin)
    page = client.get(url)
    assert page.status_code == 200
    assert "Uw organisatie wacht op goedkeuring door het loket" in text_of(page)
    assert 'name="email"' not in text_of(page)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"email": "iemand@example.org", "role": "admin"})
    assert response.status_code == 403
    assert "Uw organisatie wacht op goedkeuring door het loket" in text_of(response)
    assert not Invitation.objects.exists()
    assert mail.outbox == []


def test_invitations_are_limited_per_organisation_per_day(
    client, invite, org_a, admin_a, loket, settings
):
    settings.INVITATIONS_PER_DAY = 2
    assert invite(admin_a, email="een@alfa.example").status_code == 302
    assert invite(admin_a, email="twee@alfa.example").status_code == 302
    refused = invite(admin_a, email="drie@alfa.example")
    assert refused.status_code == 400
    assert "in de afgelopen 24 uur 2 uitnodigingen verstuurd" in text_of(refused)
    assert mail.outbox == []
    assert Invitation.objects.count() == 2
    # A day later the organisation may invite again; the desk is never held back.
    Invitation.objects.update(created_at=timezone.now() - datetime.timedelta(days=1, minutes=1))
    assert invite(admin_a, email="drie@alfa.example").status_code == 302
    assert invite(admin_a, email="vier@alfa.example").status_code == 302
    assert invite(loket, email="vijf@alfa.example").status_code == 302
    assert Invitation.objects.count() == 5
