"""A live workshop in the browser, end to end with plain forms (the live server here speaks
WSGI, so the websocket never connects and every page works by its forms and a reload): a
facilitator builds a workshop from the template on a session's page, starts it and opens the
presenter screen; two phones join by code, place dots on the plate and post notes, and see
each other's results once the facilitator shows them; the facilitator ends the workshop.
The pages pass axe's WCAG 2.1 AA checks at 1366 and 390 px. With SCREENSHOTS set to a
folder, they are saved there as PNG (docs/screenshots/ holds the presenter and a phone)."""

import pytest

from actieplaat.models import ElementPage
from network.factories import person_with_role
from network.models import Organisation
from network.roles import FACILITATORS
from tests.browser.checks import page_checked
from tests.helpers import page_by_slug
from workshops.models import Action, Workshop

pytestmark = pytest.mark.browser


def _check(page, name, reports):
    page_checked(page, f"live-{name}", reports)


def _click(page, name):
    with page.expect_navigation():
        page.get_by_role("button", name=name, exact=True).click()


def _join(browser_as, code, name):
    phone = browser_as(None, width=390, height=844)
    phone.goto("/live/")
    phone.get_by_label("Code").fill(code.lower())
    _click(phone, "Naar de werksessie")
    phone.get_by_label("Uw naam in de zaal").fill(name)
    _click(phone, "Meedoen met de werksessie")
    return phone


def test_a_facilitator_builds_runs_and_ends_a_workshop_with_two_phones(browser_as, demo_content):
    facilitator = person_with_role(
        organisation=Organisation.objects.get(slug="hr-ecosysteem"),
        roles=[FACILITATORS],
        email="gespreksleider@hr-ecosysteem.example",
    ).user
    reports = []

    desk = browser_as(facilitator)
    desk.goto(page_by_slug("netwerkdag").url)
    with desk.expect_navigation():
        desk.get_by_role("link", name="Bouw een werksessie voor deze bijeenkomst").click()
    desk.get_by_label("Titel van de werksessie").fill("Middag van de actieplaat")
    _click(desk, "Maak de werksessie")
    workshop = Workshop.objects.get(title="Middag van de actieplaat")
    code = workshop.code
    assert desk.get_by_text("Stippen zetten op de plaat").first.is_visible()
    _check(desk, "builder", reports)
    desk.get_by_label("Soort stap").select_option(label="Peiling")
    _click(desk, "Stap toevoegen")
    desk.get_by_label("Titel van de stap").fill("Gaat u dit jaar iemand uitlenen?")
    desk.get_by_label("Keuzes").fill("Ja\nNee\nWeet nog niet")
    _click(desk, "Stap opslaan")
    assert desk.get_by_text("Gaat u dit jaar iemand uitlenen?", exact=True).is_visible()

    with desk.expect_navigation():
        desk.get_by_role("link", name="Regiepaneel").first.click()
    _click(desk, "Werksessie starten")
    _click(desk, "Volgende stap")
    _click(desk, "Invoer openen")
    desk.get_by_label("Timer in seconden").fill("300")
    _click(desk, "Start de timer")
    assert desk.get_by_text("Resterende tijd").is_visible()

    screen = browser_as(facilitator)
    screen.goto(f"/live/{code}/presenter/")
    assert screen.locator(".presenter__code").inner_text() == code
    assert screen.locator("svg.live__qr").is_visible()

    anna = _join(browser_as, code, "Anna")
    bram = _join(browser_as, code, "Bram")
    elements = workshop.steps.get(order=2).config["elements"]
    first, second = ElementPage.objects.filter(pk__in=elements[:2]).order_by("pk")
    for phone, element in ((anna, first), (bram, second)):
        phone.get_by_label(element.title, exact=True).fill("2")
        _click(phone, "Versturen")
        assert phone.get_by_text("Dank u: het is geteld.").is_visible()
    assert Action.objects.filter(kind="dots_place").count() == 2

    desk.reload()
    _click(desk, "Uitkomsten tonen")
    for phone in (anna, bram):
        phone.reload()
        assert "2 stippen" in phone.locator("[data-live-results]").inner_text()

    screen.reload()
    assert "2 personen aanwezig" in screen.locator("[data-live-present]").inner_text()
    _check(screen, "presenter", reports)
    _check(desk, "console", reports)

    _click(desk, "Volgende stap")
    _click(desk, "Invoer openen")
    for phone, text in ((anna, "Een monteur op dinsdag"), (bram, "Te weinig tijd om in te werken")):
        phone.reload()
        phone.get_by_label("Uw briefje").fill(text)
        _click(phone, "Briefje plaatsen")
    assert "Een monteur op dinsdag" not in bram.content()
    _click(desk, "Uitkomsten tonen")
    anna.reload()
    bram.reload()
    assert "Te weinig tijd om in te werken" in anna.locator("[data-live-results]").inner_text()
    assert "Een monteur op dinsdag" in bram.locator("[data-live-results]").inner_text()
    _check(anna, "phone", reports)

    # The template's market round comes next; the poll added in the builder after it.
    _click(desk, "Volgende stap")
    anna.reload()
    assert "Markt: wat biedt of zoekt uw organisatie?" in anna.content()
    _click(desk, "Volgende stap")
    _click(desk, "Invoer openen")
    for phone, answer in ((anna, "Ja"), (bram, "Weet nog niet")):
        phone.reload()
        phone.get_by_label(answer, exact=True).check()
        _click(phone, "Versturen")
    _click(desk, "Uitkomsten tonen")
    anna.reload()
    answers = anna.locator("[data-live-results]").inner_text()
    lines = [line for line in answers.splitlines() if line.strip()]
    assert lines[1:] == [
        "Ja",
        "1",
        "Nee",
        "0",
        "Weet nog niet",
        "1",
        "Ja: 1; Nee: 0; Weet nog niet: 1",
    ]

    _click(desk, "Werksessie beëindigen")
    # The room's results wait as a draft of the session's report, for the facilitator to edit.
    session = page_by_slug("netwerkdag")
    desk.goto(f"/admin/pages/{session.pk}/view_draft/")
    draft = desk.content()
    assert "Uitkomsten van de werksessie “Middag van de actieplaat”" in draft
    assert "Te weinig tijd om in te werken" in draft and "Weet nog niet" in draft
    screen.reload()
    assert screen.get_by_text("De werksessie is afgelopen. Dank u wel!").is_visible()
    workshop.refresh_from_db()
    assert workshop.status == "ended"
    assert not reports, "\n\n".join(reports)
