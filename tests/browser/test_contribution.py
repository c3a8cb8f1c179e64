"""A member logs in on the real site and submits a case to the desk, in headless Chromium."""

import pytest
from wagtail.models import WorkflowState

from cases.models import CasePage
from network.choices import OrganisationStatus
from network.factories import person_with_role
from network.models import Organisation

pytestmark = pytest.mark.browser


def test_member_logs_in_and_submits_a_case(browser_page):
    organisation = Organisation.objects.get(slug="chain-logistics")
    assert organisation.status == OrganisationStatus.AGREEMENT_SIGNED
    person_with_role(
        organisation=organisation,
        email="marit@chain.example",
        password="browser-wachtwoord-1",
        first_name="Marit",
        last_name="Meeschrijver",
    )
    page = browser_page
    page.goto("/")
    page.get_by_role("link", name="Inloggen").first.click()
    page.get_by_label("E-mailadres").fill("marit@chain.example")
    page.get_by_label("Wachtwoord").fill("browser-wachtwoord-1")
    page.get_by_role("main").get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/account/")
    page.get_by_role("link", name="Praktijkvoorbeeld indienen").click()
    page.wait_for_url("**/account/bijdragen/nieuw/")

    page.get_by_label("Titel").fill("Chauffeurs delen in de winter")
    page.get_by_label("Samenvatting").fill(
        "Twee vervoerders lenen elkaar chauffeurs uit in drukke weken."
    )
    page.get_by_label("Het verhaal").fill(
        "In december is het druk.\n\nWe spraken een vaste kostprijs af."
    )
    page.get_by_label("Collegiaal in- en uitlenen").check()
    page.locator("#id_org-0-role").select_option("lending")
    page.get_by_label("Regio").select_option("noord-brabant")
    page.locator("#id_duration").select_option("short")
    page.get_by_label("Elkaar kennen en vertrouwen").check()
    page.get_by_label("Trefwoorden").fill("logistiek, winter")
    page.get_by_role("button", name="Naar het loket sturen").click()
    page.wait_for_url("**/account/bijdragen/")

    row = page.get_by_role("row", name="Chauffeurs delen in de winter")
    assert "Ligt bij het loket ter beoordeling" in row.inner_text()
    case = CasePage.objects.get(title="Chauffeurs delen in de winter")
    assert not case.live
    assert case.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert case.author.email == "marit@chain.example"
