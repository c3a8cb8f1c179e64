"""The home page, site chrome, language switch, robots.txt, the sitemap and error pages."""

import datetime

import pytest

from demo import content_network
from tests.helpers import page_by_slug, text_of

pytestmark = pytest.mark.django_db


def test_home_page_shows_entry_points_latest_cases_and_sessions(client):
    response = client.get("/")
    html = text_of(response)
    assert response.status_code == 200
    assert content_network.HOME["hero_title"] in html
    for audience in content_network.HOME["audiences"]:
        assert audience["title"] in html
    newest_case = max(content_network.CASES, key=lambda case: case["published"])
    assert newest_case["title"] in html
    upcoming = [s for s in content_network.SESSIONS if "starts_in_days" in s]
    assert upcoming and upcoming[0]["title"] in html
    # The compact plate on the home page shows all four themes.
    for theme in ("Meerwaarde", "Maatwerk", "Mogelijkheden", "Matching"):
        assert theme in html


def test_home_page_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    client.get("/")  # warm caches such as the site root paths
    with django_assert_max_num_queries(40):
        assert client.get("/").status_code == 200


def _card_titles(section) -> list[str]:
    return [title.get_text(strip=True) for title in section.select(".card__title")]


def test_home_page_shows_what_the_apps_above_core_add_in_its_order(client):
    """The plate, the latest cases and the upcoming sessions come from their own apps (their
    wagtail_hooks); a newly published case and a new session show up first."""
    from bs4 import BeautifulSoup
    from django.utils import timezone

    from cases.factories import CasePageFactory
    from network.factories import SessionPageFactory

    before = BeautifulSoup(text_of(client.get("/")), "html.parser")
    latest_before = _card_titles(before.find(id="latest-cases-heading").parent)
    case = CasePageFactory(parent=page_by_slug("praktijkvoorbeelden"), live=False)
    case.save_revision().publish()
    SessionPageFactory(
        parent=page_by_slug("bijeenkomsten"),
        title="Een bijeenkomst vandaag",
        start=timezone.now() + datetime.timedelta(hours=1),
    )

    html = text_of(client.get("/"))
    soup = BeautifulSoup(html, "html.parser")
    cases = soup.find(id="latest-cases-heading").parent
    sessions = soup.find(id="sessions-heading").parent
    assert len(latest_before) == 3
    assert _card_titles(cases) == [case.title, *latest_before[:2]]
    assert cases.find("a", href="/praktijkvoorbeelden/")
    titles = _card_titles(sessions)
    assert len(titles) == 3 and titles[0] == "Een bijeenkomst vandaag"
    assert sessions.find("a", href="/bijeenkomsten/")
    assert soup.find(id="plate-heading").parent.select(".plate__theme")
    positions = [
        html.index(f'id="{name}-heading"') for name in ("plate", "latest-cases", "sessions")
    ]
    assert positions == sorted(positions)


def test_site_speaks_dutch_by_default(client):
    html = text_of(client.get("/"))
    assert '<html lang="nl"' in html
    assert "Naar de inhoud" in html
    assert "Zoeken" in html


def test_english_switch_serves_the_same_page_with_english_interface(client):
    dutch = text_of(client.get("/actieplaat/"))
    assert 'href="/en/actieplaat/"' in dutch  # the switch links to the English version
    response = client.get("/en/actieplaat/")
    english = text_of(response)
    assert response.status_code == 200
    assert '<html lang="en"' in english
    assert "Skip to content" in english
    assert "How to use the plate" in english
    # Links inside the English site stay English.
    assert 'href="/en/praktijkvoorbeelden/"' in english
    assert 'href="/actieplaat/"' in english  # and the switch leads back to Dutch


def test_a_standard_page_shows_its_content(client):
    page = page_by_slug("privacy")
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Privacyverklaring" in text_of(response)


def test_footer_links_to_privacy_statement_and_contact(client):
    html = text_of(client.get("/"))
    assert 'href="/privacy/"' in html
    assert "mailto:loket@brederbelang.nl" in html


def test_breadcrumbs_show_the_path_to_an_element(client):
    element = page_by_slug("centraal-loket")
    html = text_of(client.get(element.url))
    assert 'aria-label="Kruimelpad"' in html
    assert 'href="/actieplaat/matching/"' in html
    assert 'aria-current="page">Een centraal loket<' in html


def test_unknown_page_gets_a_helpful_404(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = text_of(response)
    assert "Pagina niet gevonden" in html
    assert 'role="search"' in html


def test_robots_txt_points_to_sitemap_and_keeps_admin_out(client):
    response = client.get("/robots.txt")
    body = text_of(response)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_live_pages_with_dutch_addresses(client):
    case = page_by_slug("nationale-zorgreserve")
    response = client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="en")
    body = text_of(response)
    assert response.status_code == 200
    assert f"<loc>http://localhost{case.url}</loc>" in body or case.url in body
    assert "/en/" not in body


def test_server_error_page_is_bilingual_and_needs_no_context(rf):
    from django.views.defaults import server_error

    response = server_error(rf.get("/"))
    html = text_of(response)
    assert response.status_code == 500
    assert "Er ging iets mis" in html
    assert "Something went wrong" in html


def test_the_home_page_title_names_the_site_once_and_other_pages_add_it(client):
    assert "<title>Breder Belang</title>" in text_of(client.get("/"))
    privacy = page_by_slug("privacy")
    assert f"<title>{privacy.title} | Breder Belang</title>" in text_of(client.get(privacy.url))


def test_the_sitemap_page_shows_the_page_tree_and_the_footer_links_to_it(client):
    from bs4 import BeautifulSoup

    response = client.get("/sitemap/")
    assert response.status_code == 200
    soup = BeautifulSoup(text_of(response), "html.parser")
    assert soup.find("h1").get_text() == "Sitemap"
    theme, element = page_by_slug("maatwerk"), page_by_slug("passend-takenpakket")
    theme_link = soup.find("main").find("a", href=theme.url)
    # The element is listed below its theme.
    assert theme_link.find_parent("li").find("a", href=element.url)
    assert soup.find("main").find("a", href="/netwerk/organisaties/")
    assert soup.find("footer").find("a", string="Sitemap")["href"] == "/sitemap/"
    english = text_of(client.get("/en/sitemap/"))
    assert "The network and your account" in english


def test_the_sitemap_page_runs_the_same_queries_for_a_larger_tree(
    client, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from core.factories import StandardPageFactory

    client.get("/sitemap/")  # warm caches such as the site root paths
    with CaptureQueriesContext(connection) as before:
        client.get("/sitemap/")
    home = page_by_slug("home")
    for number in range(5):
        StandardPageFactory(parent=home, title=f"Extra pagina {number}", slug=f"extra-{number}")
    with django_assert_num_queries(len(before.captured_queries)):
        html = text_of(client.get("/sitemap/"))
    assert "Extra pagina 4" in html
