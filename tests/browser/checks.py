"""The accessibility check the browser tests share: axe's WCAG 2.1 AA rules at a desktop and a
phone width, with a screenshot of each when SCREENSHOTS names a folder."""

import os
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
WIDTHS = (1366, 390)


def page_checked(page, name: str, reports: list) -> None:
    """Run axe on `page` at each width; violations go into `reports` under `name`."""
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        results = Axe().run(page, options=WCAG_21_AA)
        if results.violations_count:
            reports.append(f"{name} at {width}px\n{results.generate_report()}")
        if os.environ.get("SCREENSHOTS"):
            path = Path(os.environ["SCREENSHOTS"]) / f"{name}-{width}.png"
            page.screenshot(path=str(path), full_page=True)
