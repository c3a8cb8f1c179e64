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
