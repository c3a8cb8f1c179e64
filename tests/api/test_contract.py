"""The API's contract: /api/openapi.json describes every field a client may send, and the
API holds to it (an unknown field is refused by name and nothing is saved, whichever write
endpoint it is sent to); the import reads the same schemas; errors follow Accept-Language."""

import json
import re

import pytest
from django.core.management import CommandError, call_command
from django.forms.models import model_to_dict
from django.utils import translation

from matching.models import Availability, ExchangeRequest, MatchingRound, Proposal
from matching.schemas import FORMAT, VERSION
from network.models import Organisation, Person, SessionRegistration
from network.selectors import sessions_upcoming
from tests.matching.scenarios import admin, ask, days, offer, organisation, person, qualification
from tests.matching.test_api import availability_body, request_body

pytestmark = pytest.mark.django_db

JSON = "application/json"
WRITES = ("post", "put", "patch")
UNKNOWN = "not_a_field_of_the_api"

# A valid-looking body for each write operation that takes one; an operation not listed
# (a new one) gets the unknown field alone, which it must refuse all the same.
SAMPLE_BODIES = {
    ("post", "/api/requests"): request_body,
    ("put", "/api/requests/{request_id}"): request_body,
    ("post", "/api/requests/{request_id}/status"): lambda: {"status": "open"},
    ("post", "/api/availabilities"): availability_body,
    ("put", "/api/availabilities/{availability_id}"): availability_body,
    ("post", "/api/availabilities/{availability_id}/approve"): lambda: {"cost_price_per_hour": 50},
    ("patch", "/api/organisations/{slug}"): lambda: {"name": "Test Nieuwe Naam"},
    ("post", "/api/organisations/{slug}/status"): lambda: {"status": "joined"},
    ("patch", "/api/me"): lambda: {"job_title": "Test Nieuwe Functie"},
    ("post", "/api/sessions/{session_id}/registration"): dict,
}


def _schema(client) -> dict:
    return client.get("/api/openapi.json").json()


def _write_operations(schema: dict) -> list[tuple[str, str, dict]]:
    return [
        (method, path, operation)
        for path, item in schema["paths"].items()
        for method, operation in item.items()
        if method in WRITES
    ]


def _everything_stored() -> list:
    return [
        [model_to_dict(row) for row in model.objects.order_by("pk")]
        for model in (
            Organisation,
            Person,
            ExchangeRequest,
            Availability,
            MatchingRound,
            Proposal,
            SessionRegistration,
        )
    ]


@pytest.fixture
def world():
    """A superuser with a profile, an organisation, a request, an availability, a round."""
    qualification()
    home = organisation("Test Thuishaven")
    planner = admin(home)
    planner.is_superuser = planner.is_staff = True
    planner.save()
    exchange_request = ask(home, title="Test Vraag")
    availability = offer(person(organisation("Test Buurbedrijf")))
    matching_round = MatchingRound.objects.create(
        total_score=0, greedy_score=0, candidate_pairs=0, seconds=0, method="test"
    )
    return {
        "user": planner,
        "request_id": exchange_request.pk,
        "availability_id": availability.pk,
        "slug": home.slug,
        "round_id": matching_round.pk,
        "proposal_id": 1,
        "session_id": sessions_upcoming().first().pk,
    }


def test_every_write_endpoint_refuses_an_unknown_field_by_name_and_saves_nothing(client, world):
    client.force_login(world["user"])
    operations = _write_operations(_schema(client))
    assert len(operations) >= len(SAMPLE_BODIES)  # the schema lists every write endpoint
    before = _everything_stored()
    for method, path, _operation in operations:
        url = re.sub(r"\{(\w+)\}", lambda found: str(world[found.group(1)]), path)
        body = {**SAMPLE_BODIES.get((method, path), dict)(), UNKNOWN: "x"}
        response = getattr(client, method)(url, json.dumps(body), content_type=JSON)
        assert 400 <= response.status_code < 500, (method, path, response.content)
        assert UNKNOWN in response.json()["errors"], (method, path, response.json())
    assert _everything_stored() == before


def test_the_sample_bodies_are_valid_so_the_unknown_field_is_what_is_refused(client, world):
    client.force_login(world["user"])
    url = f"/api/requests/{world['request_id']}"
    assert client.put(url, request_body(), content_type=JSON).status_code == 200
    assert client.patch("/api/me", {"job_title": "Test"}, content_type=JSON).status_code == 200


def _bare_objects(schema: dict, node, where: str) -> list[str]:
    """Places in a body's schema that say nothing about what they take."""
    if isinstance(node, dict) and "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        return _bare_objects(schema, schema["components"]["schemas"][name], where)
    if not isinstance(node, dict):
        return []
    alternatives = node.get("anyOf") or node.get("oneOf") or node.get("allOf")
    if alternatives:
        return [spot for part in alternatives for spot in _bare_objects(schema, part, where)]
    if "enum" in node or "const" in node:
        return []
    kind = node.get("type")
    if kind is None:
        return [where]
    if kind == "object":
        # An object without properties that forbids others takes nothing, and says so
        # (signing up for a session: `{}` or no body).
        if node.get("additionalProperties") is not False:
            return [where]
        return [
            spot
            for name, field in node.get("properties", {}).items()
            for spot in _bare_objects(schema, field, f"{where}.{name}")
        ]
    if kind == "array":
        return _bare_objects(schema, node.get("items"), f"{where}[]")
    return []


def test_the_schema_gives_every_field_of_every_request_body_a_type(client):
    schema = _schema(client)
    bodies = 0
    problems = []
    for method, path, operation in _write_operations(schema):
        body = operation.get("requestBody")
        if body is None:
            continue
        bodies += 1
        content = body["content"]["application/json"]["schema"]
        problems += _bare_objects(schema, content, f"{method} {path}")
    assert bodies >= len(SAMPLE_BODIES)
    assert problems == []


def test_the_request_and_availability_bodies_list_their_choices(client):
    schemas = _schema(client)["components"]["schemas"]
    offer_type = schemas["AvailabilityBody"]["properties"]["offer_type"]
    assert offer_type["enum"] == ["regular", "crisis", "both"]
    title = schemas["RequestBody"]["properties"]["title"]
    assert title["type"] == "string" and title["maxLength"] == 160
    window = schemas["WindowIn"]
    assert window["additionalProperties"] is False
    assert window["properties"]["weekday"]["maximum"] == 6


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"windows": [{"weekday": 1, "start": "16:00", "end": "08:00"}]}, "windows[0].end"),
        ({"hours_per_week": "veel"}, "hours_per_week"),
        ({"people_needed": 0}, "people_needed"),
        ({"form": "bestaat-niet"}, "form"),
        ({"hoursperweek": 8}, "hoursperweek"),
    ],
)
def test_import_and_api_refuse_the_same_bad_request_with_the_same_path(
    client, tmp_path, changes, path
):
    qualification()
    home = organisation("Test Thuishaven")
    client.force_login(admin(home))
    body = request_body(**changes)
    response = client.post("/api/requests", json.dumps(body), content_type=JSON)
    assert response.status_code in (400, 422) and path in response.json()["errors"]
    api_messages = response.json()["errors"][path]
    document = {
        "format": FORMAT,
        "version": VERSION,
        "requests": [{**body, "organisation": home.slug}],
    }
    before = ExchangeRequest.objects.count()
    source = tmp_path / "document.json"
    source.write_text(json.dumps(document))
    with pytest.raises(CommandError) as raised, translation.override("en"):
        call_command("matching_import", str(source), "--no-color")
    message = str(raised.value)
    assert f"requests[0].{path}:" in message
    assert ExchangeRequest.objects.count() == before
    with_english = client.post(
        "/api/requests", json.dumps(body), content_type=JSON, HTTP_ACCEPT_LANGUAGE="en"
    )
    english = with_english.json()["errors"][path]
    assert any(text in message for text in english), (english, message)
    assert api_messages  # in Dutch by default, named by the same path


def test_api_errors_follow_accept_language_and_are_dutch_by_default(client):
    qualification()
    client.force_login(admin(organisation("Test Thuishaven")))
    body = json.dumps(request_body(people_needed="twee", extra_field=1))
    dutch = client.post("/api/requests", body, content_type=JSON).json()
    english = client.post("/api/requests", body, content_type=JSON, HTTP_ACCEPT_LANGUAGE="en")
    assert english.json()["detail"] == "The request is not valid."
    assert english.json()["errors"]["extra_field"] == ["Unknown field."]
    assert english["Content-Language"] == "en"
    assert dutch["detail"] == "Het verzoek is niet geldig."
    assert dutch["errors"]["extra_field"] == ["Onbekend veld."]
    assert dutch["errors"]["people_needed"] != english.json()["errors"]["people_needed"]
    not_found = client.get("/api/requests/99999999", HTTP_ACCEPT_LANGUAGE="en").json()
    assert not_found["detail"] == "No such request, or it is not shown to you."


def test_an_endpoint_without_a_body_refuses_one_instead_of_ignoring_it(client, world):
    client.force_login(world["user"])
    before = MatchingRound.objects.count()
    response = client.post("/api/rounds", {"requests": [1]}, content_type=JSON)
    assert response.status_code == 400 and "requests" in response.json()["errors"]
    assert MatchingRound.objects.count() == before


def test_the_availability_read_only_person_name_is_refused_when_changed(client, world):
    helper = person(organisation("Test Derde"))
    client.force_login(helper.user)
    body = availability_body(person_name="Iemand Anders", valid_from=days(1).isoformat())
    response = client.post("/api/availabilities", body, content_type=JSON)
    assert response.status_code == 400 and "person_name" in response.json()["errors"]
    assert not Availability.objects.filter(person=helper).exists()
