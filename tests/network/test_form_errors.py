"""Every form page that fails validation starts with an error summary that can take focus,
with a link to each field in error that leads to an element on the page."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from network.services.invitations import invitation_create
from tests.helpers import text_of
from tests.matching.scenarios import admin, offer, organisation, person

pytestmark = pytest.mark.django_db


def _summary(response):
    assert response.status_code in (200, 400), response.status_code
    page = BeautifulSoup(text_of(response), "html.parser")
    summary = page.select_one("main [data-error-summary]")
    assert summary is not None, "no error summary"
    assert summary["tabindex"] == "-1"
    assert summary.select_one("[role=alert]") is not None
    for link in summary.select("a[href]"):
        anchor = link["href"]
        assert anchor.startswith("#") and len(anchor) > 1, anchor
        assert page.find(id=anchor[1:]) is not None, f"{anchor} leads nowhere"
    return summary


def _linked_labels(summary) -> list[str]:
    return [link.get_text(strip=True) for link in summary.select("a[href]")]


def test_sign_up_errors_are_summarised_with_links_to_email_and_organisation(client):
    summary = _summary(client.post("/account/aanmelden/", {"person-email": "geen-adres"}))
    assert "Uw zakelijke e-mailadres" in _linked_labels(summary)
    assert "Naam van de organisatie" in _linked_labels(summary)


def test_a_failed_log_in_starts_with_an_error_summary(client):
    summary = _summary(
        client.post("/account/inloggen/", {"username": "niemand@example.org", "password": "x"})
    )
    assert summary.get_text(strip=True)


def test_password_reset_errors_are_summarised_with_links(client):
    summary = _summary(client.post("/account/wachtwoord-vergeten/", {"email": "geen-adres"}))
    assert _linked_labels(summary)


def test_profile_errors_are_summarised_with_a_link_to_the_first_name(client, member):
    client.force_login(member)
    summary = _summary(client.post("/netwerk/mijn-profiel/", {"visibility": "public"}))
    assert "Voornaam" in _linked_labels(summary)


def test_organisation_errors_are_summarised_with_links_to_place_and_sector(client, org_a, admin_a):
    client.force_login(admin_a)
    summary = _summary(
        client.post("/netwerk/organisaties/alfa-techniek/bewerken/", {"place": "Nergenshuizen"})
    )
    labels = _linked_labels(summary)
    assert "Plaats" in labels
    assert "Sector" in labels


def test_invitation_errors_are_summarised_with_links(client, org_a, admin_a):
    client.force_login(admin_a)
    summary = _summary(
        client.post("/netwerk/organisaties/alfa-techniek/mensen/", {"email": "geen-adres"})
    )
    assert _linked_labels(summary)


def test_invitation_acceptance_errors_are_summarised_with_links(
    client, org_a, admin_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invitation_create(
            organisation=org_a, actor=admin_a, email="ilse@alfa.example", role="member"
        )
    path = re.search(r"/account/uitnodiging/[^\s/]+/", mail.outbox[-1].body).group(0)
    summary = _summary(client.post(path, {"visibility": "public"}))
    labels = _linked_labels(summary)
    assert "Voornaam" in labels
    assert "Wie mag mijn profiel zien?" not in labels


def test_availability_errors_link_to_the_grid_radios_dates_and_formset_rows(client):
    someone = person(organisation("Fouten Vinden"))
    client.force_login(someone.user)
    summary = _summary(
        client.post(
            "/matching/beschikbaarheid/nieuw/",
            {
                "offer_type": "nonsense",
                "exceptions": ["morgen"],
                "qualification-TOTAL_FORMS": "1",
                "qualification-INITIAL_FORMS": "0",
                "qualification-0-valid_until": "gisteren",
            },
        )
    )
    labels = _linked_labels(summary)
    # The week grid, radio buttons, the list of dates and a formset row all have a target.
    assert "Wanneer bent u beschikbaar?" in labels
    assert "Ik bied mijn tijd aan voor" in labels
    assert "Datums waarop u niet beschikbaar bent" in labels
    assert "Geldig tot en met (rij 1)" in labels


def test_request_errors_link_to_the_title_and_name_the_window_row(client):
    client.force_login(admin(organisation("Vraag Fout")))
    summary = _summary(
        client.post(
            "/matching/vragen/nieuw/",
            {
                "window-TOTAL_FORMS": "1",
                "window-INITIAL_FORMS": "0",
                "window-0-weekday": "2",
                "shift-TOTAL_FORMS": "0",
                "shift-INITIAL_FORMS": "0",
            },
        )
    )
    labels = _linked_labels(summary)
    assert "Titel" in labels
    assert "Rij 1" in summary.get_text()


def test_approval_errors_are_summarised_with_links(client):
    lender = organisation("Goed Keuren")
    waiting = offer(person(lender), approve=False)
    client.force_login(admin(lender))
    summary = _summary(
        client.post(
            "/matching/goedkeuren/", {"availability": waiting.pk, "cost_price_per_hour": "veel"}
        )
    )
    assert _linked_labels(summary)


def test_case_contribution_errors_are_summarised_with_links(client, member):
    client.force_login(member)
    summary = _summary(client.post("/account/bijdragen/nieuw/", {}))
    assert _linked_labels(summary)


def test_a_form_page_without_errors_has_no_error_summary(client, member):
    client.force_login(member)
    page = text_of(client.get("/netwerk/mijn-profiel/"))
    assert "data-error-summary" not in page
