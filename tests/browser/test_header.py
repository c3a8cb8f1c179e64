"""The header at the widths people use: on a laptop (1366 px) the brand, the search, the
account links and the language switch share one row and the menu fits on one line; at every
width the links stay apart, so "Meldingen" and "Mijn account" never run together."""

import pytest

pytestmark = pytest.mark.browser

BOXES = """() => {
    const box = (element) => {
        const r = element.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const all = (selector) => [...document.querySelectorAll(selector)].map(box);
    return {
        bar: [".brand", ".site-search", ".account-links", ".language-switch"].map(
            (selector) => box(document.querySelector(selector))
        ),
        menu: all(".main-nav__list > li"),
        links: all(".account-links a, .language-switch a"),
    };
}"""


def _same_row(a, b) -> bool:
    return a["top"] < b["bottom"] and b["top"] < a["bottom"]


def _crowded(links) -> list[tuple[int, int]]:
    """Pairs of links on the same row with less than 8 px between them."""
    return [
        (i, j)
        for i, a in enumerate(links)
        for j, b in enumerate(links)
        if i < j and _same_row(a, b) and max(a["left"], b["left"]) - min(a["right"], b["right"]) < 8
    ]


@pytest.fixture
def member(demo_content):
    from network.factories import person_with_role
    from network.models import Organisation
    from notifications.models import Notification

    person = person_with_role(
        organisation=Organisation.objects.get(slug="chain-logistics"),
        roles=["Netwerkleden"],
        email="kop@chain.example",
    )
    # An unread count beside "Meldingen" makes the header as wide as it gets. (Stored
    # directly: the service's live push cannot run beside the browser's event loop.)
    Notification.objects.create(user=person.user, title="Een nieuwe vraag past bij u")
    return person.user


def test_the_header_fits_one_row_on_a_laptop_and_keeps_its_links_apart(browser_as, member):
    problems = []
    for user in (None, member):
        page = browser_as(user, width=1366)
        for path in ("/", "/en/"):
            page.set_viewport_size({"width": 1366, "height": 900})
            page.goto(path)
            who = f"{path} as {'a member' if user else 'a visitor'}"
            boxes = page.evaluate(BOXES)
            brand, *others = boxes["bar"]
            if not all(_same_row(brand, part) for part in others):
                problems.append(f"{who}: the header takes more than one row at 1366 px")
            if len({round(item["top"]) for item in boxes["menu"]}) > 1:
                problems.append(f"{who}: the menu wraps at 1366 px")
            for width in (1366, 1024, 390):
                page.set_viewport_size({"width": width, "height": 900})
                if _crowded(page.evaluate(BOXES)["links"]):
                    problems.append(f"{who}: header links run together at {width} px")
    assert not problems, "\n".join(problems)
