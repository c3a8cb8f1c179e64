"""Matching in the browser: the week grid by keyboard, candidates with their explanation,
and WCAG 2.1 AA checks (axe-core) on every matching page."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from matching.models import Availability, ExchangeRequest, Shortlist
from matching.selectors.offers import forget_matrix
from network.factories import OrganisationFactory
from tests.matching import scenarios
from tests.matching.scenarios import offer

pytestmark = pytest.mark.browser

# A new availability starts some weeks ahead: the form refuses a period in the past.
VALID_FROM = scenarios.days(35).isoformat()
VALID_UNTIL = scenarios.days(207).isoformat()

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def _log_in(page, email, password):
    page.goto("/account/inloggen/")
    page.fill("#id_username", email)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.get_by_role("main").get_by_role("button").click()


def _user(email, roles, organisation="chain-logistics"):
    from network.factories import person_with_role
    from network.models import Organisation

    return person_with_role(
        organisation=Organisation.objects.get(slug=organisation),
        roles=roles,
        email=email,
        password="matching-wachtwoord-1",
    )


def test_a_person_ticks_hours_by_keyboard_and_sees_them_saved(browser_page):
    person = _user("rooster@chain.example", ["Netwerkleden"])
    _log_in(browser_page, "rooster@chain.example", "matching-wachtwoord-1")
    browser_page.goto("/matching/beschikbaarheid/nieuw/")
    browser_page.fill("#id_valid_from", VALID_FROM)
    browser_page.fill("#id_valid_until", VALID_UNTIL)
    for cell in ("#slot-2-8", "#slot-2-9"):
        browser_page.focus(cell)
        browser_page.keyboard.press("Space")
    browser_page.fill("#id_max_hours_per_week", "2")
    browser_page.fill("#id_contract_hours_per_week", "36")
    with browser_page.expect_navigation():
        browser_page.get_by_role("button", name="Opslaan").click()
    assert "woensdag 08:00-10:00" in browser_page.locator("main table").inner_text().lower()
    saved = Availability.objects.get(person=person)
    assert [str(w) for w in saved.windows.all()] == ["Woensdag 08:00-10:00"]


def test_matching_pages_have_no_wcag_21_aa_violations(browser_page):
    _user("axe-matching@chain.example", ["Organisatiebeheerders"])
    _user("axe-loket@chain.example", ["Loket"], organisation="hr-ecosysteem")
    own = ExchangeRequest.objects.get(title__startswith="Extra handen")
    other = ExchangeRequest.objects.get(title__startswith="Software-engineer")
    axe = Axe()
    reports = []

    def check(path, *, open_details=False):
        browser_page.goto(path)
        if open_details:
            for summary in browser_page.locator("details summary").all()[:3]:
                summary.click()
        results = axe.run(browser_page, options=WCAG_21_AA)
        if results.violations_count:
            reports.append(f"{path}\n{results.generate_report()}")

    _log_in(browser_page, "axe-matching@chain.example", "matching-wachtwoord-1")
    check("/matching/vragen/")
    check(f"/matching/vragen/{own.pk}/", open_details=True)
    check(f"/matching/vragen/{own.pk}/bewerken/")
    check(f"/matching/vragen/{own.pk}/dekking/")
    check(f"/matching/vragen/{other.pk}/")
    check("/matching/vragen/nieuw/")
    check("/matching/beschikbaarheid/")
    check("/matching/beschikbaarheid/nieuw/")
    check("/matching/goedkeuren/")
    check("/meldingen/")
    browser_page.context.clear_cookies()
    _log_in(browser_page, "axe-loket@chain.example", "matching-wachtwoord-1")
    browser_page.goto("/matching/rondes/")
    with browser_page.expect_navigation():
        browser_page.get_by_role("button", name="Nu een ronde draaien").click()
    results = axe.run(browser_page, options=WCAG_21_AA)
    if results.violations_count:
        reports.append(f"{browser_page.url}\n{results.generate_report()}")
    check("/matching/rondes/")
    # A shortlisted person's view of the request, with the choice to be introduced.
    candidate = _user("axe-kandidaat@ihc.example", ["Netwerkleden"], organisation="royal-ihc")
    Shortlist.objects.create(request=own, availability=offer(candidate))
    browser_page.context.clear_cookies()
    _log_in(browser_page, "axe-kandidaat@ihc.example", "matching-wachtwoord-1")
    check(f"/matching/vragen/{own.pk}/")
    # An organisation awaiting the desk's approval: the pages say why it cannot act yet.
    waiting = OrganisationFactory(name="Axe Wachtend", slug="axe-wachtend", status="pending")
    _user("axe-wachtend@wacht.example", ["Organisatiebeheerders"], organisation=waiting.slug)
    browser_page.context.clear_cookies()
    _log_in(browser_page, "axe-wachtend@wacht.example", "matching-wachtwoord-1")
    check("/matching/vragen/")
    check("/matching/vragen/nieuw/")
    check("/netwerk/organisaties/axe-wachtend/mensen/")
    assert not reports, "\n\n".join(reports)


def test_a_candidate_is_shortlisted_with_a_click_and_shows_it(browser_page):
    forget_matrix()  # the demo was loaded again for this test: new ids
    planner = _user("kiezer@chain.example", ["Organisatiebeheerders"])
    # Remote work on both sides: the places of an earlier test's flushed database are gone.
    helper = scenarios.person(scenarios.organisation("Klik Uitlener"), first_name="Klaas")
    scenarios.offer(helper, remote_ok=True, place=None)
    # One who waits for an agreement: the others keep their button.
    unsigned = scenarios.organisation("Klik Ongetekend", signed=False)
    scenarios.offer(scenarios.person(unsigned, first_name="Wim"), remote_ok=True, place=None)
    own = scenarios.ask(planner.organisation, remote_possible=True, place=None)
    _log_in(browser_page, "kiezer@chain.example", "matching-wachtwoord-1")
    browser_page.goto(f"/matching/vragen/{own.pk}/")
    assert browser_page.locator("section:has(#needs-agreement) article.candidate").count() == 1
    card = browser_page.locator("section:has(#candidates) article.candidate").first
    card.locator("summary").click()
    assert card.locator("table.week-chart").is_visible()
    with browser_page.expect_navigation():
        card.get_by_role("button", name="Op de shortlist zetten").click()
    card = browser_page.locator("section:has(#candidates) article.candidate").first
    assert card.get_by_text("Op de shortlist", exact=True).is_visible()
    assert Shortlist.objects.filter(request=own).count() == 1
