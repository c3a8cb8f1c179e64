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
    "person-password1": "een-lang-wachtwoord-42",
    "person-password2": "een-lang-wachtwoord-42",
    "person-visibility": "members",
    "person-listing_consent": "on",
    "person-terms_consent": "on",
}


def test_signup_registers_a_pending_organisation_with_its_first_administrator(
    client, django_user_model, django_capture_on_commit_callbacks
):
    person_with_role(
        organisation=OrganisationFactory(status=OrganisationStatus.JOINED),
        roles=[roles.LOKET],
        email="desk@example.org",
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/account/aanmelden/", SIGNUP)
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


def test_signup_with_an_unknown_place_keeps_what_was_typed_and_saves_nothing(client):
    response = client.post("/account/aanmelden/", {**SIGNUP, "organisation-place": "Atlantis"})
    html = text_of(response)
    assert response.status_code == 400
    assert "Atlantis" in html and "is geen plaats die we kennen" in html
    assert 'value="Dirk"' in html and 'value="Delta Onderhoud"' in html
    assert not Organisation.objects.filter(name="Delta Onderhoud").exists()
    assert not get_user_model().objects.filter(email="dirk@delta.example").exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"person-email": "lid@demo.brederbelang.nl"},
            "Er bestaat al een account met dit e-mailadres",
        ),
        ({"person-password2": "iets-anders-99"}, "De twee wachtwoorden verschillen."),
        (
            {"person-password1": "12345678", "person-password2": "12345678"},
            "Dit wachtwoord is te algemeen.",
        ),
        ({"person-listing_consent": ""}, "Geef toestemming om vermeld te worden"),
        ({"organisation-sector": "ruimtevaart"}, "Selecteer een geldige keuze"),
        ({"organisation-name": "ASML"}, "Er is al een organisatie met deze naam"),
    ],
)
def test_signup_refuses_bad_input_with_a_clear_dutch_message(client, change, message):
    from django.core.management import call_command

    call_command("load_demo", "--with-demo-logins", "--force")
    before = (Organisation.objects.count(), get_user_model().objects.count())
    response = client.post("/account/aanmelden/", {**SIGNUP, **change})
    assert response.status_code == 400
    assert message in text_of(response)
    assert (Organisation.objects.count(), get_user_model().objects.count()) == before


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
