"""Signing up an organisation, logging in with the e-mail address, and resetting a password."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from network import roles
from network.choices import ConsentPurpose, OrganisationStatus
from network.factories import OrganisationFactory, person_with_role
from network.models import Consent, Organisation
from tests.helpers import text_of

pytestmark = pytest.mark.django_db

SIGNUP = {
    "organisation-name": "Delta Onderhoud",
    "organisation-sector": "industry_technology",
    "organisation-size_class": "small",
    "organisation-region": "gelderland",
    "organisation-place": "Arnhem",
    "organisation-website": "delta.example",
    "person-first_name": "Dirk",
    "person-last_name": "Delta",
    "person-email": "Dirk@Delta.example",
    "person-job_title": "Directeur",
    "person-visibility": "members",
    "person-listing_consent": "on",
    "person-terms_consent": "on",
}
PASSWORDS = {"password1": "een-lang-wachtwoord-42", "password2": "een-lang-wachtwoord-42"}
LINK = re.compile(r"http://testserver(/account/aanmelden/bevestigen/\S+/)")


def _nothing_made():
    return (
        not Organisation.objects.filter(name="Delta Onderhoud").exists()
        and not get_user_model().objects.filter(email="dirk@delta.example").exists()
    )


def _confirmation_link(client, data=SIGNUP):
    mail.outbox.clear()
    response = client.post("/account/aanmelden/", data)
    assert response.status_code == 302, text_of(response)[:3000]
    assert len(mail.outbox) == 1
    return LINK.search(mail.outbox[0].body).group(1)


def test_signup_confirms_the_address_by_e_mail_before_registering_anything(
    client, django_user_model, django_capture_on_commit_callbacks
):
    person_with_role(
        organisation=OrganisationFactory(status=OrganisationStatus.JOINED),
        roles=[roles.LOKET],
        email="desk@example.org",
    )
    link = _confirmation_link(client)
    assert mail.outbox[0].to == ["dirk@delta.example"]
    assert mail.outbox[0].subject == "Bevestig uw aanmelding bij Breder Belang"
    assert "Beste Dirk" in mail.outbox[0].body and "Delta Onderhoud" in mail.outbox[0].body
    assert _nothing_made()  # nothing is stored, and no one is logged in, until the link
    assert client.get("/account/").status_code == 302
    page = client.get(link)
    assert page.status_code == 200
    assert "Delta Onderhoud" in text_of(page) and "dirk@delta.example" in text_of(page)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link, PASSWORDS)
    assert response.status_code == 302
    organisation = Organisation.objects.get(name="Delta Onderhoud")
    assert organisation.status == OrganisationStatus.PENDING
    assert organisation.place.label == "Arnhem"
    assert organisation.website == "https://delta.example"
    user = django_user_model.objects.get(email="dirk@delta.example")
    assert user.check_password("een-lang-wachtwoord-42")
    assert user.groups.filter(name=roles.ORGANISATION_ADMINS).exists()
    assert not user.has_perm("network.view_members_only")  # not a member until approved
    purposes = set(Consent.objects.filter(person__user=user).values_list("purpose", flat=True))
    assert purposes == {ConsentPurpose.TERMS, ConsentPurpose.LISTING}
    # The desk hears about it, and the new administrator is logged in.
    assert [m.to for m in mail.outbox] == [["desk@example.org"]]
    assert "Delta Onderhoud" in mail.outbox[0].subject
    assert "Delta Onderhoud" in text_of(client.get("/account/"))


def test_signup_with_an_address_that_has_an_account_looks_the_same_and_mails_its_owner(
    client, django_user_model
):
    new = client.post("/account/aanmelden/", SIGNUP)
    new_page = text_of(client.get(new["Location"]))
    person_with_role(
        organisation=OrganisationFactory(status=OrganisationStatus.JOINED),
        email="bestaand@example.org",
    )
    users = django_user_model.objects.count()
    mail.outbox.clear()
    existing = client.post(
        "/account/aanmelden/",
        {**SIGNUP, "person-email": "Bestaand@Example.org", "organisation-name": "Echo Zorg"},
    )
    assert (existing.status_code, existing["Location"]) == (new.status_code, new["Location"])
    assert text_of(client.get(existing["Location"])) == new_page
    assert "Er bestaat al een account" not in new_page
    assert not Organisation.objects.filter(name="Echo Zorg").exists()
    assert django_user_model.objects.count() == users
    [owner_mail] = mail.outbox
    assert owner_mail.to == ["bestaand@example.org"]
    assert "Iemand, misschien u," in owner_mail.body
    assert "http://testserver/account/inloggen/" in owner_mail.body
    assert "http://testserver/account/wachtwoord-vergeten/" in owner_mail.body
    assert not LINK.search(owner_mail.body)


def test_signup_with_an_unknown_place_keeps_what_was_typed_and_saves_nothing(client):
    response = client.post("/account/aanmelden/", {**SIGNUP, "organisation-place": "Atlantis"})
    html = text_of(response)
    assert response.status_code == 400
    assert "Atlantis" in html and "is geen plaats die we kennen" in html
    assert 'value="Dirk"' in html and 'value="Delta Onderhoud"' in html
    assert _nothing_made()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"person-listing_consent": ""}, "Geef toestemming om vermeld te worden"),
        ({"organisation-sector": "ruimtevaart"}, "Selecteer een geldige keuze"),
        ({"organisation-name": "ASML"}, "Er is al een organisatie met deze naam"),
    ],
)
def test_signup_refuses_bad_input_with_a_clear_dutch_message(client, change, message):
    from django.core.management import call_command

    call_command("load_demo", "--with-demo-logins", "--force")
    mail.outbox.clear()
    before = (Organisation.objects.count(), get_user_model().objects.count())
    response = client.post("/account/aanmelden/", {**SIGNUP, **change})
    assert response.status_code == 400
    assert message in text_of(response)
    assert (Organisation.objects.count(), get_user_model().objects.count()) == before
    assert not mail.outbox


@pytest.mark.parametrize(
    ("passwords", "message"),
    [
        (
            {"password1": "een-lang-wachtwoord-42", "password2": "iets-anders-99"},
            "De twee wachtwoorden verschillen.",
        ),
        ({"password1": "12345678", "password2": "12345678"}, "Dit wachtwoord is te algemeen."),
        ({"password1": "dirkdelta", "password2": "dirkdelta"}, "lijkt te veel op"),
    ],
)
def test_choosing_the_password_refuses_weak_ones_and_registers_nothing(client, passwords, message):
    link = _confirmation_link(client)
    response = client.post(link, passwords)
    assert response.status_code == 400
    assert message in text_of(response)
    assert _nothing_made()


def test_a_signup_link_works_once_and_not_when_altered(client):
    link = _confirmation_link(client)
    assert client.post(link, PASSWORDS).status_code == 302
    client.post("/account/uitloggen/")
    again = client.get(link)
    assert again.status_code == 410
    assert "al afgerond" in text_of(again)
    altered = client.get(link.replace("/bevestigen/", "/bevestigen/x"))
    assert altered.status_code == 410
    assert "niet geldig" in text_of(altered)


def test_a_signup_link_expires(client, settings):
    link = _confirmation_link(client)
    settings.PASSWORD_RESET_TIMEOUT = -1  # the day is over
    response = client.get(link)
    assert response.status_code == 410
    assert "verlopen" in text_of(response)
    assert _nothing_made()


def test_a_signup_link_is_refused_when_the_name_was_taken_meanwhile(client):
    link = _confirmation_link(client)
    OrganisationFactory(name="Delta Onderhoud", slug="delta-onderhoud")
    response = client.get(link)
    assert response.status_code == 410
    assert "Er is al een organisatie met deze naam" in text_of(response)
    assert not get_user_model().objects.filter(email="dirk@delta.example").exists()


def test_login_uses_the_e_mail_address_in_any_case(client, django_user_model):
    person_with_role(
        organisation=OrganisationFactory(status=OrganisationStatus.JOINED),
        email="kim@example.org",
        password="juist-wachtwoord-1",
    )
    response = client.post(
        "/account/inloggen/", {"username": "KIM@example.org", "password": "juist-wachtwoord-1"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/account/"


def test_wrong_password_is_refused_with_a_message(client):
    response = client.post(
        "/account/inloggen/", {"username": "niemand@example.org", "password": "fout"}
    )
    assert response.status_code == 200
    assert "Dit e-mailadres en wachtwoord horen niet bij een account." in text_of(response)


def test_logout_ends_the_session(client):
    person = person_with_role(organisation=OrganisationFactory(status=OrganisationStatus.JOINED))
    client.force_login(person.user)
    assert client.post("/account/uitloggen/").status_code == 302
    assert client.get("/account/").status_code == 302


def test_password_reset_by_e_mail_link(client):
    person_with_role(
        organisation=OrganisationFactory(status=OrganisationStatus.JOINED),
        email="reset@example.org",
    )
    mail.outbox.clear()
    response = client.post("/account/wachtwoord-vergeten/", {"email": "reset@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/account/wachtwoord-herstellen/\S+)", mail.outbox[0].body)
    assert link, mail.outbox[0].body
    form = client.get(link.group(1), follow=True)
    set_password_url = form.redirect_chain[-1][0]
    done = client.post(
        set_password_url,
        {"new_password1": "nieuw-wachtwoord-77", "new_password2": "nieuw-wachtwoord-77"},
    )
    assert done.status_code == 302
    assert client.login(username="reset@example.org", password="nieuw-wachtwoord-77")
