"""One exchange in the browser, from proposal to signed agreement, by its three parties
each in a browser of their own; the pages pass axe at desktop and phone width."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from exchanges.choices import ExchangeState
from exchanges.models import Exchange
from matching.models import Shortlist
from matching.selectors.offers import forget_matrix
from network.choices import Visibility
from tests.matching.scenarios import admin, ask, offer, organisation, person, window

pytestmark = pytest.mark.browser


def _serious(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']}: {v['help']}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_three_parties_take_an_exchange_to_a_signed_agreement(demo_content, browser_as):
    forget_matrix()
    borrower_org = organisation("Haven Logistiek Browser", town="Utrecht")
    lender_org = organisation("Zorg Lenen Browser", sector="healthcare", town="Amersfoort")
    borrower = admin(borrower_org, first_name="Bram")
    lender = admin(lender_org, first_name="Lena")
    anna = person(lender_org, first_name="Anna", last_name="Woensdag", visibility=Visibility.HIDDEN)
    # Remote work both ways: a browser test may follow one that flushed the places.
    availability = offer(anna, [window(2, "08:00", "16:00")], cost="52.50", remote_ok=True)
    request = ask(
        borrower_org,
        [window(2, "08:00", "16:00")],
        title="Planner op woensdag",
        remote_possible=True,
    )
    # On the shortlist as a row: the service would also push a notification, which a browser
    # test's thread (with Playwright's event loop) cannot send.
    Shortlist.objects.create(request=request, availability=availability, added_by=borrower)

    # The borrowing organisation proposes the exchange from its request.
    page = browser_as(borrower)
    page.goto(f"/matching/vragen/{request.pk}/")
    page.get_by_role("link", name="Een uitwisseling voorstellen met een kandidaat").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Een uitwisseling voorstellen").click()
    assert "voorgesteld" in page.locator("main header").inner_text()
    exchange = Exchange.objects.get(request=request)

    # The lender finds it waiting and approves it.
    lending = browser_as(lender)
    lending.goto("/uitwisselingen/")
    waiting = lending.locator("section", has=lending.locator("#waiting-for-me"))
    waiting.get_by_role("link", name="Planner op woensdag").click()
    lending.get_by_label("Wie neemt het eigen werk over").fill("Collega Piet.")
    lending.get_by_label("Hoe kan uw organisatie de persoon").fill("Per telefoon.")
    with lending.expect_navigation():
        lending.get_by_role("button", name="De uitwisseling goedkeuren").click()
    assert _serious(lending) == []

    # The person consents, on a phone.
    phone = browser_as(anna.user, width=390, height=844)
    phone.goto(f"/uitwisselingen/{exchange.pk}/")
    phone.get_by_label("Ik stem ermee in").check()
    with phone.expect_navigation():
        phone.get_by_role("button", name="Ik stem in").click()
    assert "aanvaard door de persoon" in phone.locator("main header").inner_text()
    assert _serious(phone) == []
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390

    # The borrower confirms with its onboarding plan, and both sign.
    page.goto(f"/uitwisselingen/{exchange.pk}/")
    assert "Anna Woensdag" in page.locator("main header").inner_text()
    page.get_by_label("Inwerkplan").fill("Eerste dag meelopen.")
    page.get_by_label("Begeleider (naam en functie)").fill("Joop, teamleider")
    with page.expect_navigation():
        page.get_by_role("button", name="De uitwisseling bevestigen").click()
    for signer in (lending, page):
        signer.goto(f"/uitwisselingen/{exchange.pk}/")
        with signer.expect_navigation():
            signer.get_by_role("button", name="De overeenkomst tekenen").click()
    assert "overeenkomst getekend" in page.locator("main header").inner_text()
    assert Exchange.objects.get(pk=exchange.pk).state == ExchangeState.SIGNED

    page.get_by_role("link", name="De overeenkomst lezen").first.click()
    assert "52,50" in page.locator("article.agreement").inner_text()
    assert _serious(page) == []
