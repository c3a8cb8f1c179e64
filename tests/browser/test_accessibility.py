"""Automated WCAG 2.1 A and AA checks (axe-core) on every page type, in Dutch and English.

axe finds the machine-checkable part of WCAG (contrast, names, labels, landmarks, ARIA);
the keyboard journeys in test_journeys.py cover some of the rest.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.helpers import page_by_slug

pytestmark = pytest.mark.browser

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def _pages():
    return [
        "/",
        "/actieplaat/",
        "/actieplaat/maatwerk/",
        "/actieplaat/matching/centraal-loket/",
        "/praktijkvoorbeelden/",
        "/praktijkvoorbeelden/?sector=onbekend",
        page_by_slug("hybride-docenten-brainport").url,
        page_by_slug("routekaart-uitlenen-en-inlenen").url,
        page_by_slug("handreiking-visie").url,
        "/bijeenkomsten/",
        page_by_slug("expertgroep-bijeenkomst-4").url,
        "/zoeken/?q=reservist",
        "/bestaat-niet/",
        "/en/praktijkvoorbeelden/",
    ]


def test_pages_have_no_wcag_21_aa_violations_axe_can_detect(browser_page):
    axe = Axe()
    reports = []
    for path in _pages():
        browser_page.goto(path)
        results = axe.run(browser_page, options=WCAG_21_AA)
        if results.violations_count:
            reports.append(f"{path}\n{results.generate_report()}")
    assert not reports, "\n\n".join(reports)


def test_account_and_directory_pages_have_no_wcag_21_aa_violations(browser_page):
    from network.factories import person_with_role
    from network.models import Organisation

    person = person_with_role(
        organisation=Organisation.objects.get(slug="chain-logistics"),
        roles=["Organisatiebeheerders"],
        email="axe@chain.example",
        password="axe-wachtwoord-1",
    )
    axe = Axe()
    reports = []

    def check(path):
        browser_page.goto(path)
        results = axe.run(browser_page, options=WCAG_21_AA)
        if results.violations_count:
            reports.append(f"{path}\n{results.generate_report()}")

    for path in ("/account/inloggen/", "/account/aanmelden/", "/account/wachtwoord-vergeten/"):
        check(path)
    browser_page.goto("/account/inloggen/")
    browser_page.fill("#id_username", "axe@chain.example")
    browser_page.fill("#id_password", "axe-wachtwoord-1")
    with browser_page.expect_navigation():
        browser_page.get_by_role("main").get_by_role("button").click()
    for path in (
        "/account/",
        "/netwerk/organisaties/",
        "/netwerk/organisaties/chain-logistics/",
        "/netwerk/organisaties/chain-logistics/bewerken/",
        "/netwerk/organisaties/chain-logistics/mensen/",
        "/netwerk/mensen/",
        f"/netwerk/mensen/{person.public_id}/",
        "/netwerk/mijn-profiel/",
        "/netwerk/mijn-gegevens/",
        "/account/bijdragen/",
        "/account/bijdragen/nieuw/",
    ):
        check(path)
    assert not reports, "\n\n".join(reports)
