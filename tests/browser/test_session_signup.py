"""Signing up for a session in the browser: the full demo workshop puts a member on the
waiting list; the desk sees who comes. Both pages pass axe's WCAG 2.1 AA checks at a desktop
and a phone width. With SCREENSHOTS set to a folder, the pages are saved there as PNG."""

import pytest

from network.factories import person_with_role
from network.models import Organisation
from tests.browser.checks import page_checked
from tests.helpers import page_by_slug

pytestmark = pytest.mark.browser


def _log_in(page, email, password):
    page.context.clear_cookies()
    page.goto("/account/inloggen/")
    page.fill("#id_username", email)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.get_by_role("main").get_by_role("button").click()


def test_a_member_joins_the_waiting_list_and_the_desk_sees_who_comes(browser_page):
    page = browser_page
    organisation = Organisation.objects.get(slug="chain-logistics")
    person_with_role(
        organisation=organisation, email="lid@chain.example", password="lid-wachtwoord-1"
    )
    person_with_role(
        organisation=organisation,
        roles=["Loket"],
        email="loket@chain.example",
        password="loket-wachtwoord-1",
    )
    workshop = page_by_slug("workshop-actieplaat")
    reports = []

    _log_in(page, "lid@chain.example", "lid-wachtwoord-1")
    page.goto(workshop.url)
    assert page.get_by_text("0 plaatsen over").is_visible()
    with page.expect_navigation():
        page.get_by_role("button", name="Op de wachtlijst zetten").click()
    assert page.get_by_text("Op de wachtlijst (nummer 4)").is_visible()
    page_checked(page, "session-page", reports)

    _log_in(page, "loket@chain.example", "loket-wachtwoord-1")
    page.goto(workshop.url)
    with page.expect_navigation():
        page.get_by_role("link", name="Wie komt er").click()
    assert page.get_by_role("heading", name="Wachtlijst").is_visible()
    assert page.get_by_role("cell", name="Chain Logistics").first.is_visible()
    page_checked(page, "session-attendees", reports)
    assert not reports, "\n\n".join(reports)
