"""Under /en/ the interface is English and the content stays Dutch: content carries
lang="nl" so screen readers switch voice (WCAG 3.1.2), the interface does not, and a notice
near the top says so. Dutch pages need neither."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from network.models import Organisation, Person
from tests.helpers import page_by_slug, text_of

pytestmark = pytest.mark.django_db

NOTICE = "written in Dutch; only the menus, buttons and forms are translated"


def _soup(client, path: str) -> BeautifulSoup:
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(text_of(response), "html.parser")


def _language(soup: BeautifulSoup, text: str, *, exact: bool) -> str:
    """The language of the first element in the body that shows this text (all of its text,
    or part of it): the nearest lang attribute around it."""

    def shows(string) -> bool:
        shown = " ".join(string.split())
        return text == shown if exact else text in shown

    node = soup.body.find(string=shows)
    assert node is not None, f"{text!r} is not on the page"
    element = node.parent
    while not element.has_attr("lang"):
        element = element.parent
    return element["lang"]


def _case():
    return page_by_slug("hybride-docenten-brainport")


def _path(page) -> str:
    """A page's Dutch path, whatever language the last request left active."""
    with translation.override("nl"):
        return page.url


def _first_words(rich_text) -> str:
    return BeautifulSoup(str(rich_text), "html.parser").get_text()[:60]


def _pages():
    """(English path, content shown on it, interface words on it), from the demo content."""
    case = _case()
    element = page_by_slug("centraal-loket")
    routemap = page_by_slug("routekaart-uitlenen-en-inlenen")
    step = routemap.steps[0].value
    session = page_by_slug("netwerkdag")
    organisation = Organisation.objects.get(slug="chain-logistics")
    person = Person.objects.filter(visibility="public").exclude(job_title="").first()
    return [
        (
            "/en/",
            [page_by_slug("actieplaat").menu_label, "Meerwaarde"],
            ["Network", "Latest cases"],
        ),
        (
            f"/en{_path(case)}",
            [
                case.title,
                case.summary,
                _first_words(case.story[0].value),
                case.obstacles[0].value["obstacle"],
                "Praktijkvoorbeelden",
            ],
            ["At a glance", "Obstacle", "Home"],
        ),
        (f"/en{_path(element)}", [element.title, "Matching"], ["In practice"]),
        (
            f"/en{_path(routemap)}",
            [step["title"], step["lending"][0]["question"], step["checklist"][0]],
            ["Lending organisation", "Print the route map"],
        ),
        (f"/en{_path(session)}", [session.title, session.summary], ["When and where"]),
        (
            f"/en/netwerk/organisaties/{organisation.slug}/",
            [organisation.name, organisation.description[:40]],
            ["At a glance", "What we offer"],
        ),
        (f"/en/netwerk/mensen/{person.public_id}/", [person.job_title], ["People"]),
        ("/en/netwerk/organisaties/", [organisation.name], ["Organisations in the network"]),
        ("/en/zoeken/?q=brainport", [case.title], ["Refine"]),
        ("/en/sitemap/", [case.title, "Actieplaat Werken in Breder Belang"], ["Organisations"]),
    ]


def test_english_pages_mark_the_dutch_content_and_not_the_interface(client):
    for path, content, interface in _pages():
        soup = _soup(client, path)
        assert soup.html["lang"] == "en"
        for text in content:
            assert _language(soup, text, exact=False) == "nl", (path, text)
        for text in interface:
            assert _language(soup, text, exact=True) == "en", (path, text)


def test_english_pages_say_once_near_the_top_that_the_content_is_dutch(client):
    soup = _soup(client, f"/en{_path(_case())}")
    notices = soup.find_all(string=lambda string: NOTICE in string)
    assert len(notices) == 1
    main = soup.find("main")
    assert notices[0].find_parent("main") is main
    # Before the page's own heading and breadcrumbs.
    first_heading = main.find("h1")
    assert str(main).index(NOTICE) < str(main).index(str(first_heading))


def test_dutch_pages_have_no_notice_and_need_no_language_marks(client):
    for path in ("/", _path(_case()), "/netwerk/organisaties/chain-logistics/", "/sitemap/"):
        soup = _soup(client, path)
        assert soup.html["lang"] == "nl"
        assert "in het Nederlands geschreven" not in soup.get_text()
        marked = soup.body.find_all(attrs={"lang": "nl"})
        assert all(element.find_parent(class_="language-switch") for element in marked)
