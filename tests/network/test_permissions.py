"""Who sees whom, and who may change what: through the real pages and the API."""

import pytest
from wagtail.models import ModelLogEntry

from network.choices import OrganisationStatus
from network.models import Organisation
from tests.helpers import text_of

pytestmark = pytest.mark.django_db

ALL_NAMES = {
    "public_a": "Publia Openbaar",
    "members_a": "Lida Ledenzicht",
    "hidden_a": "Verona Verborgen",
    "hidden_b": "Geert Geheimhouder",
    "public_pending": "Petra Wachtkamer",
}


def _listed(client) -> set[str]:
    # The demo network adds hundreds of people; search each name instead of paging.
    return {
        key
        for key, name in ALL_NAMES.items()
        if f">{name}</a></h3>" in text_of(client.get("/netwerk/mensen/", {"q": name}))
    }


def _api_listed(client, **headers) -> set[str]:
    found = set()
    for key, name in ALL_NAMES.items():
        response = client.get("/api/people", {"q": name}, **headers)
        assert response.status_code == 200
        if any(item["name"] == name for item in response.json()["items"]):
            found.add(key)
    return found


def _profile_status(client, person) -> int:
    return client.get(f"/netwerk/mensen/{person.public_id}/").status_code


def _api_profile_status(client, person) -> int:
    return client.get(f"/api/people/{person.public_id}").status_code


@pytest.mark.parametrize("surface", ["pages", "api"])
def test_anonymous_visitors_see_only_public_profiles_of_network_organisations(
    client, profiles, surface
):
    listed = _listed(client) if surface == "pages" else _api_listed(client)
    assert listed == {"public_a"}
    status = _profile_status if surface == "pages" else _api_profile_status
    assert status(client, profiles["public_a"]) == 200
    for key in ("members_a", "hidden_a", "hidden_b", "public_pending"):
        assert status(client, profiles[key]) == 404, key


@pytest.mark.parametrize("surface", ["pages", "api"])
def test_members_also_see_members_only_profiles_but_never_hidden_ones(
    client, profiles, member, surface
):
    client.force_login(member)
    listed = _listed(client) if surface == "pages" else _api_listed(client)
    assert listed == {"public_a", "members_a"}
    status = _profile_status if surface == "pages" else _api_profile_status
    assert status(client, profiles["hidden_a"]) == 404
    assert status(client, profiles["hidden_b"]) == 404


def test_organisation_admin_sees_hidden_colleagues_but_not_other_organisations_hidden_people(
    client, profiles, admin_a
):
    client.force_login(admin_a)
    assert _listed(client) == {"public_a", "members_a", "hidden_a"}
    assert _api_listed(client) == {"public_a", "members_a", "hidden_a"}
    assert _profile_status(client, profiles["hidden_b"]) == 404


def test_the_desk_sees_the_whole_network(client, profiles, loket):
    client.force_login(loket)
    assert _listed(client) == set(ALL_NAMES)
    assert _api_listed(client) == set(ALL_NAMES)


def test_hidden_profiles_are_not_found_by_site_search(client, profiles):
    html = text_of(client.get("/zoeken/", {"q": "Verborgen"}))
    assert "Verona" not in html


def test_pending_organisations_are_listed_only_for_the_desk_and_their_admin(
    client, pending_org, pending_admin, loket
):
    listing = text_of(client.get("/netwerk/organisaties/", {"q": "Charlie"}))
    assert ">Charlie Wacht</a></h3>" not in listing
    assert client.get("/netwerk/organisaties/charlie-wacht/").status_code == 404
    assert client.get("/api/organisations/charlie-wacht").status_code == 404
    client.force_login(pending_admin)
    assert client.get("/netwerk/organisaties/charlie-wacht/").status_code == 200
    client.force_login(loket)
    assert "Charlie Wacht" in text_of(client.get("/netwerk/loket/"))


def test_admin_of_a_edits_a_but_is_refused_for_b(client, org_a, org_b, admin_a):
    client.force_login(admin_a)
    form = {
        "name": "Alfa Techniek en Service",
        "sector": "industry_technology",
        "size_class": "small",
        "region": "noord-brabant",
        "place": "Eindhoven",
        "website": "https://alfa.example",
        "description": "Wij onderhouden machines.",
    }
    assert client.get("/netwerk/organisaties/alfa-techniek/bewerken/").status_code == 200
    response = client.post("/netwerk/organisaties/alfa-techniek/bewerken/", form)
    assert response.status_code == 302
    org_a.refresh_from_db()
    assert org_a.name == "Alfa Techniek en Service"
    assert org_a.place.label == "Eindhoven"

    assert client.get("/netwerk/organisaties/bravo-zorg/bewerken/").status_code == 403
    response = client.post(
        "/netwerk/organisaties/bravo-zorg/bewerken/", {**form, "name": "Overgenomen"}
    )
    assert response.status_code == 403
    assert client.get("/netwerk/organisaties/bravo-zorg/mensen/").status_code == 403
    api = client.patch(
        "/api/organisations/bravo-zorg", {"name": "Overgenomen"}, content_type="application/json"
    )
    assert api.status_code == 403
    assert "administrators" in api.json()["detail"] or "beheerders" in api.json()["detail"]
    org_b.refresh_from_db()
    assert org_b.name == "Bravo Zorg"


def test_members_cannot_edit_organisations_or_change_status(client, org_b, member):
    client.force_login(member)
    assert client.get("/netwerk/organisaties/bravo-zorg/bewerken/").status_code == 403
    response = client.post(
        "/netwerk/organisaties/bravo-zorg/status/",
        {"status": "agreement_signed", "agreement_signed_on": "2026-01-05"},
    )
    assert response.status_code == 403
    api = client.post(
        "/api/organisations/bravo-zorg/status",
        {"status": "agreement_signed", "agreement_signed_on": "2026-01-05"},
        content_type="application/json",
    )
    assert api.status_code == 403
    assert Organisation.objects.get(slug="bravo-zorg").status == OrganisationStatus.JOINED


def test_the_desk_approves_an_organisation_and_the_change_is_logged(
    client, pending_org, pending_admin, loket
):
    assert not pending_admin.has_perm("network.view_members_only")
    client.force_login(loket)
    response = client.post(
        "/netwerk/organisaties/charlie-wacht/status/",
        {"status": "agreement_signed", "agreement_signed_on": "2026-11-01"},
    )
    assert response.status_code == 302
    pending_org.refresh_from_db()
    assert pending_org.status == OrganisationStatus.AGREEMENT_SIGNED
    assert pending_org.can_exchange
    entry = ModelLogEntry.objects.for_instance(pending_org).get(
        action="network.organisation.status"
    )
    assert entry.user == loket
    assert entry.data["from"] == "pending" and entry.data["to"] == "agreement_signed"
    # The organisation's people became network members.
    pending_admin = type(pending_admin).objects.get(pk=pending_admin.pk)
    assert pending_admin.has_perm("network.view_members_only")
    # The history is shown to the desk.
    html = text_of(client.get("/netwerk/organisaties/charlie-wacht/"))
    assert "Loes Loket" in html


def test_signed_status_needs_a_date(client, org_a, loket):
    client.force_login(loket)
    response = client.post(
        "/netwerk/organisaties/alfa-techniek/status/", {"status": "agreement_signed"}, follow=True
    )
    assert "Geef de datum waarop de overeenkomst is getekend." in text_of(response)
    org_a.refresh_from_db()
    assert org_a.status == OrganisationStatus.JOINED


def test_people_of_a_pending_organisation_are_not_members(client, pending_admin, profiles):
    client.force_login(pending_admin)
    assert client.get("/account/bijdragen/").status_code == 403
    assert _listed(client) == {"public_a", "public_pending"}


def test_anonymous_visitors_are_sent_to_log_in_for_account_pages(client):
    for path in ("/account/", "/account/bijdragen/", "/netwerk/mijn-profiel/", "/netwerk/loket/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/account/inloggen/")
