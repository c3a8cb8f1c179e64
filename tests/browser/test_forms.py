"""Forms in the browser: focus on the error summary after a failed submit, the week grid as
one Tab stop with arrow keys, space, Shift and drag, and the list of dates of absence."""

import pytest

from matching.models import Availability
from tests.matching import scenarios

pytestmark = pytest.mark.browser

# A new availability starts some weeks ahead: the form refuses a period in the past.
VALID_FROM = scenarios.days(35).isoformat()
VALID_UNTIL = scenarios.days(207).isoformat()
AWAY_FIRST = scenarios.days(62).isoformat()
AWAY_SECOND = scenarios.days(91).isoformat()

PASSWORD = "formulier-wachtwoord-1"


def _person(email, roles=("Netwerkleden",)):
    from network.factories import person_with_role
    from network.models import Organisation

    return person_with_role(
        organisation=Organisation.objects.get(slug="chain-logistics"),
        roles=list(roles),
        email=email,
        password=PASSWORD,
    )


def _log_in(page, email):
    page.goto("/account/inloggen/")
    page.fill("#id_username", email)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.get_by_role("main").get_by_role("button").click()


def _focused_id(page) -> str:
    return page.evaluate("document.activeElement.id")


def _ticked(page) -> list[str]:
    return page.evaluate(
        "Array.from(document.querySelectorAll('input[name=slots]:checked'), box => box.value)"
    )


def _submit(page):
    with page.expect_navigation():
        page.locator("main form.stacked-form button[type=submit]").first.click()


def test_focus_moves_to_the_error_summary_and_its_links_lead_to_the_fields(browser_page):
    page = browser_page
    page.goto("/account/aanmelden/")
    _submit(page)
    assert _focused_id(page) == "form-errors"
    page.locator("#form-errors").get_by_role("link", name="Naam van de organisatie").click()
    assert _focused_id(page) == "id_organisation-name"

    _person("fouten@chain.example", roles=("Organisatiebeheerders",))
    _log_in(page, "fouten@chain.example")
    page.goto("/netwerk/organisaties/chain-logistics/bewerken/")
    page.fill("#id_place", "Nergenshuizen")
    _submit(page)
    assert _focused_id(page) == "form-errors"
    page.locator("#form-errors").get_by_role("link", name="Plaats").click()
    assert _focused_id(page) == "id_place"

    page.goto("/matching/beschikbaarheid/nieuw/")
    _submit(page)
    assert _focused_id(page) == "form-errors"
    summary = page.locator("#form-errors")
    summary.get_by_role("link", name="Wanneer bent u beschikbaar?").click()
    # The link leads into the grid, to its one Tab stop.
    assert _focused_id(page) == "slot-0-8"
    assert page.evaluate("document.activeElement.tabIndex") == 0


def test_the_week_grid_is_one_tab_stop_and_the_keys_set_exactly_those_hours(browser_page):
    page = browser_page
    person = _person("rooster-toetsen@chain.example")
    _log_in(page, "rooster-toetsen@chain.example")
    page.goto("/matching/beschikbaarheid/nieuw/")
    assert page.locator("table[data-week-grid]").get_attribute("role") == "grid"
    assert page.locator("[data-week-grid-help]").is_visible()
    page.fill("#id_valid_from", VALID_FROM)
    page.fill("#id_valid_until", VALID_UNTIL)

    # Tab from the last date field (through its own parts) lands once in the grid.
    page.focus("#id_valid_until")
    for _ in range(5):
        page.keyboard.press("Tab")
        if _focused_id(page) != "id_valid_until":
            break
    assert _focused_id(page) == "slot-0-8"
    assert page.evaluate("document.activeElement.labels[0].textContent") == "maandag 8:00-9:00"
    assert page.locator("table[data-week-grid] input[tabindex='0']").count() == 1

    for key in ("ArrowRight", "ArrowRight", "Space", "Shift+ArrowDown", "Shift+ArrowDown"):
        page.keyboard.press(key)
    assert _focused_id(page) == "slot-2-10"
    for key in ("ArrowRight", "ArrowRight", "ArrowDown", "ArrowDown", "ArrowDown", "Space"):
        page.keyboard.press(key)
    page.keyboard.press("End")
    assert _focused_id(page) == "slot-6-13"
    page.keyboard.press("Home")
    assert _focused_id(page) == "slot-0-13"
    assert sorted(_ticked(page)) == ["2-10", "2-8", "2-9", "4-13"]

    # Space unticks; Shift with an arrow then unticks from there.
    page.keyboard.press("Control+Home")
    for key in ("ArrowRight", "ArrowRight", "PageDown", "PageDown", "ArrowUp", "ArrowUp"):
        page.keyboard.press(key)
    assert _focused_id(page) == "slot-2-6"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    page.keyboard.press("Shift+ArrowDown")
    assert _focused_id(page) == "slot-2-9"
    assert sorted(_ticked(page)) == ["2-10", "4-13"]

    # One more Tab leaves the grid.
    page.keyboard.press("Tab")
    assert _focused_id(page) == "id_exceptions_0"

    page.fill("#id_max_hours_per_week", "2")
    page.fill("#id_contract_hours_per_week", "36")
    _submit(page)
    saved = Availability.objects.get(person=person)
    assert [str(w) for w in saved.windows.all()] == ["Woensdag 10:00-11:00", "Vrijdag 13:00-14:00"]


def test_a_drag_ticks_a_range_and_a_drag_from_a_ticked_hour_unticks(browser_page):
    page = browser_page
    person = _person("rooster-slepen@chain.example")
    _log_in(page, "rooster-slepen@chain.example")
    page.goto("/matching/beschikbaarheid/nieuw/")

    def drag(start, end):
        page.locator(f"#slot-{end}").scroll_into_view_if_needed()
        page.locator(f"#slot-{start}").scroll_into_view_if_needed()
        first = page.locator(f"#slot-{start}").bounding_box()
        last = page.locator(f"#slot-{end}").bounding_box()
        page.mouse.move(first["x"] + first["width"] / 2, first["y"] + first["height"] / 2)
        page.mouse.down()
        page.mouse.move(last["x"] + last["width"] / 2, last["y"] + last["height"] / 2, steps=6)
        page.mouse.up()

    drag("0-9", "1-11")
    assert sorted(_ticked(page)) == ["0-10", "0-11", "0-9", "1-10", "1-11", "1-9"]
    drag("0-10", "0-11")
    assert sorted(_ticked(page)) == ["0-9", "1-10", "1-11", "1-9"]
    # A plain click still ticks one hour, and a second one unticks it.
    page.click("#slot-5-20")
    assert "5-20" in _ticked(page)
    page.click("#slot-5-20")
    assert "5-20" not in _ticked(page)

    page.fill("#id_valid_from", VALID_FROM)
    page.fill("#id_valid_until", VALID_UNTIL)
    page.fill("#id_max_hours_per_week", "4")
    page.fill("#id_contract_hours_per_week", "36")
    _submit(page)
    saved = Availability.objects.get(person=person)
    assert [str(w) for w in saved.windows.all()] == ["Maandag 09:00-10:00", "Dinsdag 09:00-12:00"]


def test_another_date_of_absence_is_added_and_saved(browser_page):
    page = browser_page
    person = _person("afwezig@chain.example")
    _log_in(page, "afwezig@chain.example")
    page.goto("/matching/beschikbaarheid/nieuw/")
    assert page.locator("input[name=exceptions]").count() == 3
    page.get_by_role("button", name="Nog een datum toevoegen").click()
    assert _focused_id(page) == "id_exceptions_3"
    assert page.get_by_label("Datum 4").count() == 1
    page.fill("#id_exceptions_0", AWAY_FIRST)
    page.fill("#id_exceptions_3", AWAY_SECOND)
    page.fill("#id_valid_from", VALID_FROM)
    page.fill("#id_valid_until", VALID_UNTIL)
    page.check("#slot-2-8")
    page.fill("#id_max_hours_per_week", "1")
    page.fill("#id_contract_hours_per_week", "36")
    _submit(page)
    saved = Availability.objects.get(person=person)
    assert [e.date.isoformat() for e in saved.exceptions.all()] == [AWAY_FIRST, AWAY_SECOND]


def test_without_javascript_the_grid_is_plain_checkboxes(chromium, demo_content, live_server):
    context = chromium.new_context(
        base_url=live_server.url, java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    try:
        person = _person("zonder-js@chain.example")
        _log_in(page, "zonder-js@chain.example")
        page.goto("/matching/beschikbaarheid/nieuw/")
        assert page.locator("table[data-week-grid]").get_attribute("role") is None
        assert not page.get_by_role("button", name="Nog een datum toevoegen").is_visible()
        page.focus("#slot-2-8")
        page.keyboard.press("Space")
        page.keyboard.press("Tab")
        assert _focused_id(page) == "slot-3-8"
        page.keyboard.press("Space")
        page.fill("#id_valid_from", VALID_FROM)
        page.fill("#id_valid_until", VALID_UNTIL)
        page.fill("#id_max_hours_per_week", "2")
        page.fill("#id_contract_hours_per_week", "36")
        _submit(page)
        saved = Availability.objects.get(person=person)
        assert [str(w) for w in saved.windows.all()] == [
            "Woensdag 08:00-09:00",
            "Donderdag 08:00-09:00",
        ]
    finally:
        context.close()


def test_the_availability_form_fits_a_phone(chromium, demo_content, live_server):
    context = chromium.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        _person("telefoon@chain.example")
        _log_in(page, "telefoon@chain.example")
        page.goto("/matching/beschikbaarheid/nieuw/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        grid = page.locator(".week-grid__scroll")
        box = grid.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390
        # Every cell is reachable inside the grid's own box (scrolling it if it must).
        last = page.locator("#slot-6-23")
        last.scroll_into_view_if_needed()
        cell = last.bounding_box()
        assert cell["x"] + cell["width"] <= 390
        assert cell["width"] >= 24 and cell["height"] >= 24
        # Arrow keys keep the page still sideways.
        page.focus("#slot-0-8")
        for _ in range(6):
            page.keyboard.press("ArrowRight")
        assert _focused_id(page) == "slot-6-8"
        assert page.evaluate("window.scrollX") == 0
    finally:
        context.close()


WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def test_index_pages_and_failed_forms_have_no_wcag_21_aa_violations(browser_page):
    from axe_playwright_python.sync_playwright import Axe

    page = browser_page
    axe = Axe()
    reports = []

    def check(label):
        results = axe.run(page, options=WCAG_21_AA)
        if results.violations_count:
            reports.append(f"{label}\n{results.generate_report()}")

    for path in ("/netwerk/", "/matching/", "/en/netwerk/", "/en/matching/"):
        page.goto(path)
        check(f"{path} (visitor)")
    page.goto("/account/aanmelden/")
    _submit(page)
    check("sign-up with errors")
    for email, roles in (
        ("axe-lid@chain.example", ("Netwerkleden",)),
        ("axe-beheer@chain.example", ("Organisatiebeheerders",)),
        ("axe-loket@chain.example", ("Loket",)),
    ):
        _person(email, roles=roles)
        page.context.clear_cookies()
        _log_in(page, email)
        for path in ("/netwerk/", "/matching/"):
            page.goto(path)
            check(f"{path} ({roles[0]})")
    page.goto("/matching/beschikbaarheid/nieuw/")
    page.fill("#id_exceptions_0", AWAY_FIRST)
    _submit(page)
    check("availability form with errors")
    assert not reports, "\n\n".join(reports)
