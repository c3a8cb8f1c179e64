"""A logged-in person changes their password on a form of their own (not the reset e-mail)."""

import pytest
from django.test import Client

from network.choices import OrganisationStatus
from network.factories import OrganisationFactory, person_with_role
from tests.helpers import text_of

pytestmark = pytest.mark.django_db

OLD, NEW = "oud-wachtwoord-31", "nieuw-wachtwoord-77"


@pytest.fixture
def logged_in(client):
    person_with_role(
        organisation=OrganisationFactory(status=OrganisationStatus.JOINED),
        email="wim@example.org",
        password=OLD,
    )
    client.post("/account/inloggen/", {"username": "wim@example.org", "password": OLD})
    return client


def test_the_account_page_links_to_the_change_password_form(logged_in):
    html = text_of(logged_in.get("/account/"))
    assert 'href="/account/wachtwoord-wijzigen/">Mijn wachtwoord wijzigen' in html
    form = logged_in.get("/account/wachtwoord-wijzigen/")
    assert form.status_code == 200
    assert all(f'name="{n}"' in text_of(form) for n in ("old_password", "new_password1"))


def test_changing_the_password_keeps_the_session_and_says_so(logged_in):
    other_device = Client()
    other_device.post("/account/inloggen/", {"username": "wim@example.org", "password": OLD})
    response = logged_in.post(
        "/account/wachtwoord-wijzigen/",
        {"old_password": OLD, "new_password1": NEW, "new_password2": NEW},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/account/"
    assert "Uw wachtwoord is gewijzigd." in text_of(response)
    assert logged_in.get("/account/").status_code == 200  # still logged in here
    assert other_device.get("/account/").status_code == 302  # but not elsewhere
    fresh = Client()
    assert (
        fresh.post(
            "/account/inloggen/", {"username": "wim@example.org", "password": NEW}
        ).status_code
        == 302
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"old_password": "geraden", "new_password1": NEW, "new_password2": NEW},
            "Uw oude wachtwoord is niet juist ingevoerd.",
        ),
        (
            {"old_password": OLD, "new_password1": NEW, "new_password2": "iets-anders-99"},
            "De twee wachtwoordvelden komen niet overeen.",
        ),
        (
            {"old_password": OLD, "new_password1": "12345678", "new_password2": "12345678"},
            "Dit wachtwoord is te algemeen.",
        ),
    ],
)
def test_a_wrong_old_password_or_a_weak_new_one_changes_nothing(logged_in, data, message):
    response = logged_in.post("/account/wachtwoord-wijzigen/", data)
    assert response.status_code == 400
    assert message in text_of(response)
    assert (
        Client()
        .post("/account/inloggen/", {"username": "wim@example.org", "password": OLD})
        .status_code
        == 302
    )


def test_guessing_the_current_password_from_a_session_is_throttled(logged_in, settings):
    wrong = {"old_password": "geraden", "new_password1": NEW, "new_password2": NEW}
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert logged_in.post("/account/wachtwoord-wijzigen/", wrong).status_code == 400
    assert logged_in.post("/account/wachtwoord-wijzigen/", wrong).status_code == 429
    right = {"old_password": OLD, "new_password1": NEW, "new_password2": NEW}
    locked = logged_in.post("/account/wachtwoord-wijzigen/", right)
    assert locked.status_code == 429
    assert "U kunt het opnieuw proberen om" in text_of(locked)
    logged_in.logout()
    assert (
        Client()
        .post("/account/inloggen/", {"username": "wim@example.org", "password": NEW})
        .status_code
        != 302
    )  # unchanged, and the account itself waits too
