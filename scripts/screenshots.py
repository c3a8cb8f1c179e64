"""Take the documentation screenshots from a running site (default: $SITE_URL, else
http://127.0.0.1:8000).

Usage: .venv/bin/python scripts/screenshots.py [BASE_URL]
Writes docs/screenshots/*.png with Debian's Chromium; start the site with `make run` first.
"""

import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

PAGES = {
    "home": "/",
    "actieplaat": "/actieplaat/",
    "element": "/actieplaat/matching/beschikbaarheid-als-vertrekpunt/",
    "praktijkvoorbeelden": "/praktijkvoorbeelden/",
    "routekaart": "/routekaart-uitlenen-en-inlenen/",
}
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main(base_url: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        for name, path in PAGES.items():
            page.goto(base_url + path)
            page.screenshot(path=OUT / f"{name}.png", full_page=name == "actieplaat")
            print(f"wrote {OUT / name}.png")
        browser.close()


if __name__ == "__main__":
    default = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
    main(sys.argv[1] if len(sys.argv) > 1 else default)
