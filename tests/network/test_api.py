"""The network API: OpenAPI schema, token and session authentication, and 4xx on bad input."""

import pytest
from wagtail.models import APIToken

from network.models import Organisation

pytestmark = pytest.mark.django_db


def test_openapi_schema_describes_the_endpoints(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    for path in (
        "/api/organisations",
        "/api/organisations/{slug}",
        "/api/people",
        "/api/me",
        "/api/places",
    ):
        assert path in paths, path


def test_organisations_are_listed_with_filters_and_places(client):
    response = client.get("/api/organisations", {"sector": "healthcare", "region": "overijssel"})
    assert response.status_code == 200
    names = [item["name"] for item in response.json()["items"]]
    assert "Deventer Ziekenhuis" in names
    item = next(i for i in response.json()["items"] if i["name"] == "Deventer Ziekenhuis")
    assert item["place"] == "Deventer" and item["latitude"] > 52
    assert all(i["sector"] == "healthcare" for i in response.json()["items"])


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"sector": "ruimtevaart"}, "sector"),
        ({"region": "atlantis"}, "region"),
        ({"tag": "bestaat-niet"}, "tag"),
        ({"page": "nul"}, None),
    ],
)
def test_unknown_filter_values_answer_4xx_with_a_reason(client, query, field):
    response = client.get("/api/organisations", query)
    assert 400 <= response.status_code < 500
    body = response.json()
    assert body["detail"]
    if field:
        assert field in body["errors"]


def test_bearer_token_authenticates_and_a_wrong_token_is_refused(client, member):
    _token, plaintext = APIToken.create_token(user=member, name="scripts")
    response = client.get("/api/me", HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    assert response.status_code == 200
    assert response.json()["email"] == member.email
    refused = client.get("/api/me", HTTP_AUTHORIZATION="Bearer wagtail_notavalidtoken")
    assert refused.status_code == 401
    assert refused.json()["detail"]
    assert client.get("/api/me").status_code == 401


def test_session_writes_need_the_csrf_token(member):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.patch("/api/me", {"job_title": "Planner"}, content_type="application/json")
    assert response.status_code == 403
    client.get("/account/")  # sets the CSRF cookie
    token = client.cookies["csrftoken"].value
    response = client.patch(
        "/api/me", {"job_title": "Planner"}, content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 200
    assert response.json()["job_title"] == "Planner"


def test_own_profile_is_edited_through_the_api_with_vocabulary_slugs(client, member):
    _token, plaintext = APIToken.create_token(user=member, name="scripts")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}
    response = client.patch(
        "/api/me",
        {
            "expertise": ["roosteren"],
            "languages": ["nl", "fy"],
            "visibility": "public",
            "consent": True,
        },
        content_type="application/json",
        **auth,
    )
    assert response.status_code == 200
    assert [t["slug"] for t in response.json()["expertise"]] == ["roosteren"]
    for bad in (
        {"expertise": ["bestaat-niet"]},
        {"qualifications": ["roosteren"]},  # an expertise is not a qualification
        {"languages": ["klingon"]},
        {"visibility": "iedereen"},
    ):
        refused = client.patch("/api/me", bad, content_type="application/json", **auth)
        # 422 for a value the schema lists no choice for, 400 for a term that does not exist
        assert refused.status_code in (400, 422), bad
        assert refused.json()["errors"], bad


def test_admin_patches_own_organisation_with_place_and_terms(client, org_a, admin_a):
    _token, plaintext = APIToken.create_token(user=admin_a, name="beheer")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}
    response = client.patch(
        "/api/organisations/alfa-techniek",
        {"place": "Zwolle", "offers": ["monteur"], "description": "Onderhoud."},
        content_type="application/json",
        **auth,
    )
    assert response.status_code == 200
    assert response.json()["place"] == "Zwolle"
    refused = client.patch(
        "/api/organisations/alfa-techniek",
        {"place": "Atlantis"},
        content_type="application/json",
        **auth,
    )
    assert refused.status_code == 400
    assert Organisation.objects.get(slug="alfa-techniek").place.label == "Zwolle"


@pytest.mark.parametrize(
    "body",
    [
        '{"name": ',
        '"tekst"',
        '{"name": 12}',
        '{"agreement_signed_on": "gisteren", "status": "joined"}',
    ],
)
def test_malformed_bodies_answer_4xx_not_500(client, loket, org_a, body):
    client.force_login(loket)
    for method, url in (
        ("patch", "/api/organisations/alfa-techniek"),
        ("post", "/api/organisations/alfa-techniek/status"),
    ):
        response = getattr(client, method)(url, body, content_type="application/json")
        assert 400 <= response.status_code < 500, (url, body, response.status_code)


def test_the_desk_sets_a_status_through_the_api(client, loket, org_a):
    client.force_login(loket)
    response = client.post(
        "/api/organisations/alfa-techniek/status",
        {"status": "agreement_signed", "agreement_signed_on": "2026-10-01"},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["can_exchange"] is True
    missing_date = client.post(
        "/api/organisations/alfa-techniek/status",
        {"status": "agreement_signed"},
        content_type="application/json",
    )
    assert missing_date.status_code == 400


def test_place_picker_suggests_dutch_places(client):
    response = client.get("/api/places", {"q": "Eind"})
    assert response.status_code == 200
    assert response.json()[0]["label"] == "Eindhoven"
    hengelo = [p["label"] for p in client.get("/api/places", {"q": "Hengelo"}).json()]
    assert "Hengelo (Overijssel)" in hengelo and "Hengelo (Gelderland)" in hengelo


def test_a_person_creates_uses_and_revokes_a_token_from_their_account(client, member):
    import re

    client.force_login(member)
    page = client.post("/account/api-sleutels/", {"name": "Mijn script", "lifetime_days": 30})
    secret = re.search(r'<code class="token">(\S+)</code>', page.content.decode()).group(1)
    client.logout()
    assert client.get("/api/me", HTTP_AUTHORIZATION=f"Bearer {secret}").status_code == 200
    client.force_login(member)
    token = APIToken.objects.get(user=member)
    client.post("/account/api-sleutels/", {"revoke": token.pk})
    client.logout()
    assert client.get("/api/me", HTTP_AUTHORIZATION=f"Bearer {secret}").status_code == 401


def _listing_consents(user):
    from network.choices import ConsentPurpose
    from network.models import Consent

    return Consent.objects.filter(
        person__user=user, purpose=ConsentPurpose.LISTING, withdrawn_at__isnull=True
    )


@pytest.mark.parametrize(
    "body", [{"visibility": "public"}, {"visibility": "public", "consent": False}]
)
def test_showing_ones_profile_to_more_people_through_the_api_needs_explicit_consent(
    client, member, body
):
    before = list(_listing_consents(member).values_list("pk", flat=True))
    client.force_login(member)
    refused = client.patch("/api/me", body, content_type="application/json")
    assert refused.status_code == 400
    assert "consent" in refused.json()["errors"]
    assert "toestemming" in refused.json()["errors"]["consent"][0].lower()
    member.person.refresh_from_db()
    assert member.person.visibility == "members"
    assert list(_listing_consents(member).values_list("pk", flat=True)) == before


def test_consent_through_the_api_records_the_wording_of_the_profile_form(client, member, org_b):
    from network.factories import person_with_role

    client.force_login(member)
    agreed = client.patch(
        "/api/me", {"visibility": "public", "consent": True}, content_type="application/json"
    )
    assert agreed.status_code == 200 and agreed.json()["visibility"] == "public"
    by_api = _listing_consents(member).get()
    # The same change through the profile form, by someone else.
    other = person_with_role(organisation=org_b, first_name="Fenna", last_name="Formulier")
    client.force_login(other.user)
    form = client.post(
        "/netwerk/mijn-profiel/",
        {
            "first_name": "Fenna",
            "last_name": "Formulier",
            "visibility": "public",
            "listing_consent": "on",
        },
    )
    assert form.status_code == 302, form.content.decode()[:2000]
    by_form = _listing_consents(other.user).get()
    assert by_api.text == by_form.text
    assert "iedereen die de site bezoekt" in by_api.text
    # Hiding the profile needs no consent, and withdraws the one on record.
    client.force_login(member)
    hidden = client.patch("/api/me", {"visibility": "hidden"}, content_type="application/json")
    assert hidden.status_code == 200
    assert not _listing_consents(member).exists()


def test_the_schema_documents_the_consent_field(client):
    schema = client.get("/api/openapi.json").json()
    consent = schema["components"]["schemas"]["ProfilePatch"]["properties"]["consent"]
    assert "visibility" in consent["description"]
    assert "everyone who visits the site" in consent["description"]


def test_an_empty_profile_patch_is_refused_by_field_and_changes_nothing(client, member):
    """The body Schemathesis found: every field empty and consent given as 0."""
    _token, plaintext = APIToken.create_token(user=member, name="scripts")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}
    before = client.get("/api/me", **auth).json()
    body = {
        "bio": "",
        "consent": 0,
        "expertise": [],
        "first_name": "",
        "job_title": "",
        "languages": [],
        "last_name": "",
        "qualifications": [],
        "visibility": "",
    }
    response = client.patch("/api/me", body, content_type="application/json", **auth)
    assert response.status_code == 422  # an empty visibility is not one of its choices
    assert "visibility" in response.json()["errors"]
    assert client.get("/api/me", **auth).json() == before
