"""A member's journeys through the real site in headless Chromium."""

import re

import pytest

from tests.helpers import page_by_slug

pytestmark = pytest.mark.browser


def test_member_goes_from_home_to_plate_to_element_to_case(browser_page):
    page = browser_page
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "nl"
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Actieplaat").click()
    page.wait_for_url("**/actieplaat/")
    assert page.locator(".plate__theme").count() == 4
    assert page.locator(".plate__element").count() == 20

    page.get_by_role("link", name=re.compile(r"^4\.2 Een centraal loket")).click()
    page.wait_for_url("**/actieplaat/matching/centraal-loket/")
    assert page.get_by_role("heading", level=1).inner_text() == "Een centraal loket"

    case_link = page.locator(".case-card .card__title a").first
    case_title = case_link.inner_text()
    case_link.click()
    page.wait_for_url("**/praktijkvoorbeelden/**")
    assert page.get_by_role("heading", level=1).inner_text() == case_title
    assert page.get_by_role("heading", name="Obstakels en hoe ze zijn opgelost").is_visible()


def test_route_map_checklist_ticks_survive_a_reload_and_can_be_cleared(browser_page):
    page = browser_page
    page.goto(page_by_slug("routekaart-uitlenen-en-inlenen").url)
    first = page.locator("input[data-checklist-item]").first
    label = page.locator(f'label[for="{first.get_attribute("id")}"]').inner_text()
    page.get_by_label(label).check()
    page.reload()
    assert page.locator("input[data-checklist-item]").first.is_checked()
    page.get_by_role("button", name="Mijn vinkjes wissen").click()
    page.reload()
    assert not page.locator("input[data-checklist-item]").first.is_checked()
    assert page.get_by_role("button", name="Routekaart afdrukken").is_visible()


def test_keyboard_user_can_skip_to_the_content(browser_page):
    page = browser_page
    page.goto("/praktijkvoorbeelden/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Naar de inhoud")
    assert skip.evaluate("element => element === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_narrow_screen_gets_a_working_menu_button(browser_page):
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto("/")
    toggle = page.get_by_role("button", name="Menu")
    menu_link = page.get_by_role("navigation", name="Hoofdmenu").get_by_role(
        "link", name="Bijeenkomsten"
    )
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not menu_link.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert menu_link.is_visible()


def test_english_switch_keeps_the_reader_on_the_same_page(browser_page):
    page = browser_page
    page.goto("/praktijkvoorbeelden/")
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/praktijkvoorbeelden/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", name="Filter cases").is_visible()
