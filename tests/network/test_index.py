"""The network's index page at /netwerk/ shows each visitor what they can do there, and every
page the README sends people to answers."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from network.choices import OrganisationStatus
from network.services.invitations import invitation_create
from tests.helpers import text_of

pytestmark = pytest.mark.django_db

INDEX = "/netwerk/"


def _links(response) -> set[str]:
    main = BeautifulSoup(text_of(response), "html.parser").select_one("main")
    return {a["href"] for a in main.select("a[href]")}


def test_a_visitor_finds_the_directory_and_how_to_join(client):
    response = client.get(INDEX)
    assert response.status_code == 200
    links = _links(response)
    assert {"/netwerk/organisaties/", "/netwerk/mensen/", "/account/aanmelden/"} <= links
    assert "/account/inloggen/?next=/netwerk/" in links
    assert "/netwerk/mijn-profiel/" not in links
    assert "/netwerk/loket/" not in links
    assert "profiel openbaar hebben gemaakt" in text_of(response)


def test_a_member_finds_their_profile_and_organisation(client, member, org_b):
    client.force_login(member)
    response = client.get(INDEX)
    links = _links(response)
    assert {"/netwerk/mijn-profiel/", "/netwerk/mijn-gegevens/", "/meldingen/"} <= links
    assert f"/netwerk/organisaties/{org_b.slug}/" in links
    assert f"/netwerk/organisaties/{org_b.slug}/bewerken/" not in links
    assert f"/netwerk/organisaties/{org_b.slug}/mensen/" not in links
    assert "/netwerk/loket/" not in links
    assert "/account/aanmelden/" not in links
    assert "gedeeld met netwerkleden" in text_of(response)


def test_an_administrator_finds_the_organisation_and_its_invitations(client, admin_a, org_a):
    invitation_create(organisation=org_a, actor=admin_a, email="nieuw@alfa.example", role="member")
    client.force_login(admin_a)
    response = client.get(INDEX)
    links = _links(response)
    assert "/netwerk/organisaties/alfa-techniek/bewerken/" in links
    assert "/netwerk/organisaties/alfa-techniek/mensen/" in links
    assert "1 openstaande uitnodiging" in text_of(response)
    assert "/netwerk/loket/" not in links


def test_the_desk_finds_the_registrations_waiting(client, loket, pending_org):
    client.force_login(loket)
    response = client.get(INDEX)
    assert "/netwerk/loket/" in _links(response)
    waiting = OrganisationStatus.PENDING
    count = type(pending_org).objects.filter(status=waiting).count()
    assert f"({count} wacht" in text_of(response)


def test_an_administrator_of_a_pending_organisation_is_told_it_awaits_the_desk(
    client, pending_admin
):
    client.force_login(pending_admin)
    page = text_of(client.get(INDEX))
    assert "wacht op goedkeuring door het loket" in page


def test_the_menu_leads_to_the_index_pages(client, member):
    menu = BeautifulSoup(text_of(client.get(INDEX)), "html.parser").select_one(".main-nav")
    hrefs = {a.get_text(strip=True): a["href"] for a in menu.select("a")}
    assert hrefs["Netwerk"] == "/netwerk/"
    assert "Matching" not in hrefs
    client.force_login(member)
    menu = BeautifulSoup(text_of(client.get(INDEX)), "html.parser").select_one(".main-nav")
    hrefs = {a.get_text(strip=True): a["href"] for a in menu.select("a")}
    assert hrefs["Netwerk"] == "/netwerk/"
    assert hrefs["Matching"] == "/matching/"


def _readme_paths() -> list[str]:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    paths = set(re.findall(r"http://127\.0\.0\.1:8000(/[^\s)`]*)", readme))
    paths |= set(re.findall(r"\(`(/[^`\s{}]*)`", readme))
    return sorted(path for path in paths if not path.startswith("/api/") or path == "/api/docs")


def test_the_readme_names_the_index_pages():
    paths = _readme_paths()
    assert "/netwerk/" in paths
    assert "/matching/" in paths


@pytest.mark.parametrize("path", _readme_paths())
def test_every_page_the_readme_names_answers(client, path):
    response = client.get(path)
    assert response.status_code in (200, 301, 302), f"{path}: {response.status_code}"
    if response.status_code == 200:
        assert response["Content-Type"].startswith("text/html")
