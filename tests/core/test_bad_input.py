"""Bad input through every door answers 4xx with a reason and saves nothing: text that no
database stores (a NUL byte, a lone surrogate, control characters), free-text parameters
beyond the limits, page numbers past any end, `null` in a PATCH, line breaks in names and
titles, and text longer than the model allows. E-mails built from such text still leave."""

import json
import time

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cases.models import CasePage
from core.limits import LIST_MAX, PAGE_MAX, QUERY_MAX_LENGTH, QUERY_MAX_WORDS
from matching.choices import RequestStatus
from matching.models import Availability, ExchangeRequest
from network import roles
from network.models import Organisation, Person
from tests.cases.test_contributions import CONTRIBUTION, submit
from tests.helpers import text_of
from tests.matching.scenarios import admin, ask, offer, organisation, person, qualification
from tests.matching.test_api import availability_body, request_body

pytestmark = pytest.mark.django_db

JSON = "application/json"
NOT_TEXT = ["met\x00nul", "\ud800", "bel\x07"]  # a NUL byte, a lone surrogate, a control char
TOO_MANY_WORDS = " ".join(["zorg"] * (QUERY_MAX_WORDS + 1))
TOO_LONG = "z" * (QUERY_MAX_LENGTH + 1)
HUGE_PAGE = "1152921504606846977"


def _json(value) -> str:
    # json.dumps writes a lone surrogate as the escape `\ud800`, as a client would send it.
    return json.dumps(value)


@pytest.fixture
def world(db):
    """An organisation with its administrator, a person with availability, an open request
    and the desk: someone to send every write of the API."""
    home = organisation("Test Thuishaven")
    qualification()
    planner = admin(home)
    helper = person(home, first_name="Hanna", last_name="Helper")
    return {
        "home": home,
        "planner": planner,
        "helper": helper,
        "availability": offer(helper, approve=False),
        "request": ask(home, title="Test Ongewijzigd", status=RequestStatus.DRAFT),
        "desk": person(home, roles=[roles.LOKET], first_name="Lot", last_name="Loket").user,
    }


def _snapshot(world) -> tuple:
    person_row = Person.objects.select_related("user").get(pk=world["helper"].pk)
    return (
        person_row.bio,
        person_row.job_title,
        person_row.user.first_name,
        Organisation.objects.filter(pk=world["home"].pk)
        .values_list("name", "description", "status")
        .get(),
        list(ExchangeRequest.objects.values_list("pk", "title", "description", "status")),
        list(Availability.objects.values_list("pk", "status", "place_id", "updated_at")),
    )


# Every write of the API that stores text or looks it up: who sends it, where, and a body
# with `bad` in one field. (Choices, numbers and times are refused by their own checks.)
WRITES = [
    ("helper", "patch", "/api/me", lambda bad: {"bio": bad}, "bio"),
    ("helper", "patch", "/api/me", lambda bad: {"expertise": [bad]}, "expertise[0]"),
    (
        "planner",
        "patch",
        "/api/organisations/{home}",
        lambda bad: {"description": bad},
        "description",
    ),
    ("planner", "patch", "/api/organisations/{home}", lambda bad: {"place": bad}, "place"),
    ("planner", "post", "/api/requests", lambda bad: request_body(title=bad), "title"),
    (
        "planner",
        "put",
        "/api/requests/{request}",
        lambda bad: request_body(description=bad),
        "description",
    ),
    ("helper", "post", "/api/availabilities", lambda bad: availability_body(place=bad), "place"),
    (
        "helper",
        "put",
        "/api/availabilities/{availability}",
        lambda bad: availability_body(qualifications=[{"qualification": bad}]),
        "qualifications[0].qualification",
    ),
]


def _url(template: str, world) -> str:
    return template.format(
        home=world["home"].slug,
        request=world["request"].pk,
        availability=world["availability"].pk,
    )


def _user(world, who):
    return world[who].user if who == "helper" else world[who]


# A control character in a looked-up value (a place, a slug) finds nothing and was refused
# before; in stored text it was stored. NUL bytes and lone surrogates fail either way.
LOOKUPS = {"place", "qualifications[0].qualification", "expertise[0]"}
BODY_CASES = [
    pytest.param(*write, bad, id=f"{write[2]}-{write[4]}-{name}")
    for write in WRITES
    for bad, name in zip(NOT_TEXT, ["nul", "surrogate", "control"], strict=True)
    if not (name == "control" and write[4] in LOOKUPS)
]


@pytest.mark.parametrize(("who", "method", "url", "body", "field", "bad"), BODY_CASES)
def test_text_no_database_stores_is_refused_in_every_api_body_by_its_field(
    client, world, bad, who, method, url, body, field
):
    client.force_login(_user(world, who))
    before = _snapshot(world)
    response = getattr(client, method)(_url(url, world), _json(body(bad)), content_type=JSON)
    assert response.status_code == 400, response.content
    assert field in response.json()["errors"], response.json()
    assert _snapshot(world) == before


def test_a_field_name_that_is_not_text_is_refused_too(client, world):
    client.force_login(world["helper"].user)
    response = client.patch("/api/me", _json({"bio\x00": "Hallo"}), content_type=JSON)
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "bio\x00": ["De tekst bevat tekens die niet zijn toegestaan (zoals een NUL-teken)."]
    }


@pytest.mark.parametrize(
    ("url", "query", "field"),
    [
        ("/api/organisations", {"q": "zorg\x00"}, "query.q"),
        ("/api/organisations", {"tag": "\x00"}, "query.tag"),
        ("/api/people", {"q": "\x00"}, "query.q"),
        ("/api/people", {"sector": "zorg\x1b"}, "query.sector"),
        ("/api/places", {"q": "Eind\x00"}, "query.q"),
        ("/api/vocabulary", {"kind": "\x00"}, "query.kind"),
        ("/api/requests", {"status": "\x00"}, "query.status"),
        ("/api/availabilities", {"status": "\x00"}, "query.status"),
        ("/api/organisations/%00", {}, "path.slug"),
        ("/api/organisations/thuis%00haven/status", {}, "path.slug"),
    ],
)
def test_text_no_database_stores_is_refused_in_query_and_path(client, world, url, query, field):
    client.force_login(world["helper"].user)
    method = "post" if url.endswith("/status") else "get"
    response = getattr(client, method)(url, query) if query else getattr(client, method)(url)
    assert response.status_code == 400, response.content
    assert field in response.json()["errors"], response.json()


# Free-text parameters: one limit of length and words, on pages and in the API.


@pytest.mark.parametrize("url", ["/api/organisations", "/api/people", "/api/places"])
@pytest.mark.parametrize("q", [TOO_MANY_WORDS, TOO_LONG], ids=["words", "length"])
def test_api_free_text_beyond_the_limits_is_refused_naming_the_parameter(client, url, q):
    response = client.get(url, {"q": q})
    assert response.status_code == 422
    assert "query.q" in response.json()["errors"]


def test_many_words_answer_at_once_instead_of_adding_a_join_each(client):
    started = time.perf_counter()
    response = client.get("/api/people", {"q": " ".join(["zorg"] * 250)})
    assert response.status_code == 422
    assert time.perf_counter() - started < 2


def test_each_word_of_a_people_search_adds_no_join(client):
    """Words once each joined two many-to-many relations again, multiplying the rows: 8
    words took 68 s on PostgreSQL. Now the terms are subqueries and the joins stay."""

    def joins(q: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/api/people", {"q": q}).status_code == 200
        return max(query["sql"].count("JOIN") for query in queries.captured_queries)

    assert joins("zorg plannen monteur") == joins("zorg")


@pytest.mark.parametrize("url", ["/netwerk/organisaties/", "/netwerk/mensen/"])
@pytest.mark.parametrize(
    ("q", "message"),
    [
        (TOO_MANY_WORDS, f"Gebruik hoogstens {QUERY_MAX_WORDS} woorden."),
        (TOO_LONG, f"niet meer dan {QUERY_MAX_LENGTH} tekens"),
        ("zorg\x07", "De tekst bevat tekens die niet zijn toegestaan"),
    ],
)
def test_directory_refuses_free_text_beyond_the_limits_with_the_form(client, url, q, message):
    response = client.get(url, {"q": q})
    assert response.status_code == 400
    html = text_of(response)
    assert message in html
    assert 'class="field field--error"' in html


# Page numbers.

LISTS = [
    (None, "/api/organisations"),
    (None, "/api/people"),
    ("helper", "/api/requests"),
    ("helper", "/api/availabilities"),
    ("desk", "/api/rounds"),
]


@pytest.mark.parametrize(("who", "url"), LISTS)
@pytest.mark.parametrize("page", [HUGE_PAGE, str(PAGE_MAX + 1), "0", "-1"])
def test_api_page_numbers_out_of_bounds_are_refused_by_name(client, world, who, url, page):
    if who:
        client.force_login(_user(world, who))
    response = client.get(url, {"page": page})
    assert response.status_code == 422, response.content
    assert "query.page" in response.json()["errors"]


@pytest.mark.parametrize(("who", "url"), LISTS)
def test_api_page_past_the_last_answers_404_with_the_last_page(client, world, who, url):
    if who:
        client.force_login(_user(world, who))
    first = client.get(url)
    assert first.status_code == 200
    last = max(1, -(-first.json()["count"] // 50))
    response = client.get(url, {"page": last + 1})
    assert response.status_code == 404
    assert f"de laatste pagina is {last}" in response.json()["detail"]
    assert client.get(url, {"page": last}).status_code == 200


@pytest.mark.parametrize(
    "url", ["/netwerk/organisaties/", "/netwerk/mensen/", "/praktijkvoorbeelden/"]
)
@pytest.mark.parametrize("page", [HUGE_PAGE, "abc", "0", "²"])
def test_pages_refuse_what_is_not_a_page_number_with_the_form(client, url, page):
    response = client.get(url, {"pagina": page})
    assert response.status_code == 400
    assert f"Geef een paginanummer van 1 tot en met {PAGE_MAX}." in text_of(response)


@pytest.mark.parametrize(
    "url", ["/netwerk/organisaties/", "/netwerk/mensen/", "/praktijkvoorbeelden/"]
)
def test_pages_past_the_end_show_the_last_page(client, url):
    response = client.get(url, {"pagina": str(PAGE_MAX)})
    assert response.status_code == 200
    assert '<article class="card ' in text_of(response)


# `null` in a PATCH: refused by name, for every field; "" and [] empty a field.

PATCHES = [
    ("helper", "/api/me", ["first_name", "last_name", "job_title", "bio", "languages",
                           "visibility", "expertise", "qualifications"]),
    ("planner", "/api/organisations/{home}", ["name", "sector", "size_class", "region", "place",
                                              "website", "description", "offers", "needs"]),
]  # fmt: skip


@pytest.mark.parametrize(("who", "url", "fields"), PATCHES)
def test_null_is_refused_for_every_field_of_a_patch(client, world, who, url, fields):
    client.force_login(_user(world, who))
    before = _snapshot(world)
    response = client.patch(_url(url, world), _json(dict.fromkeys(fields)), content_type=JSON)
    assert response.status_code == 422, response.content
    errors = response.json()["errors"]
    assert set(errors) == set(fields)
    assert all("null is hier niet toegestaan" in errors[field][0] for field in fields)
    assert _snapshot(world) == before


def test_empty_text_and_lists_empty_a_field_and_left_out_fields_stay(client, world):
    person_row = world["helper"]
    person_row.bio = "Ik plan diensten."
    person_row.save()
    client.force_login(person_row.user)
    response = client.patch("/api/me", _json({"job_title": "", "expertise": []}), content_type=JSON)
    assert response.status_code == 200
    assert response.json()["job_title"] == "" and response.json()["bio"] == "Ik plan diensten."


def test_the_schema_documents_the_limits_and_the_null_rule(client):
    schema = client.get("/api/openapi.json").json()
    components = schema["components"]["schemas"]
    profile = components["ProfilePatch"]["properties"]
    assert profile["bio"] == {"maxLength": 1000, "title": "Bio", "type": "string"}
    assert profile["expertise"]["maxItems"] == LIST_MAX
    assert components["OrganisationPatch"]["properties"]["description"]["maxLength"] == 2000
    parameters = {
        parameter["name"]: parameter["schema"]
        for parameter in schema["paths"]["/api/people"]["get"]["parameters"]
    }
    assert parameters["q"]["maxLength"] == QUERY_MAX_LENGTH
    assert parameters["page"]["maximum"] == PAGE_MAX
    assert "`null` is refused" in schema["info"]["description"]


# Text longer than the model allows: the same limit through every door.


def test_the_api_refuses_a_bio_and_a_description_longer_than_the_forms_allow(client, world):
    client.force_login(world["helper"].user)
    before = _snapshot(world)
    bio = client.patch("/api/me", _json({"bio": "b" * 2_000_000}), content_type=JSON)
    assert bio.status_code == 422 and "bio" in bio.json()["errors"]
    client.force_login(world["planner"])
    description = client.patch(
        f"/api/organisations/{world['home'].slug}",
        _json({"description": "d" * 100_000}),
        content_type=JSON,
    )
    assert description.status_code == 422 and "description" in description.json()["errors"]
    assert _snapshot(world) == before


# Line breaks in names and titles: refused by the models, so by every door.


@pytest.mark.parametrize(
    ("who", "method", "url", "body", "field"),
    [
        ("planner", "patch", "/api/organisations/{home}", {"name": "Thuis\nhaven"}, "name"),
        ("helper", "patch", "/api/me", {"first_name": "Han\nna"}, "first_name"),
        ("helper", "patch", "/api/me", {"last_name": "Hel\rper"}, "last_name"),
        ("helper", "patch", "/api/me", {"job_title": "Planner\u2028Roosteraar"}, "job_title"),
        ("planner", "post", "/api/requests", request_body(title="Monteur\ngezocht"), "title"),
        ("planner", "put", "/api/requests/{request}", request_body(title="Mon\tteur"), "title"),
    ],
)
def test_a_line_break_in_a_name_or_title_is_refused_through_the_api(
    client, world, who, method, url, body, field
):
    client.force_login(_user(world, who))
    before = _snapshot(world)
    response = getattr(client, method)(_url(url, world), _json(body), content_type=JSON)
    assert response.status_code == 400, response.content
    assert "Houd dit op één regel" in response.json()["errors"][field][0]
    assert _snapshot(world) == before


def test_a_line_break_in_an_organisation_name_is_refused_by_the_edit_form(client, org_a, admin_a):
    client.force_login(admin_a)
    url = reverse("network:organisation_edit", args=[org_a.slug])
    response = client.post(
        url,
        {
            "name": "Alfa\nTechniek",
            "sector": org_a.sector,
            "size_class": org_a.size_class,
            "region": org_a.region,
        },
    )
    assert response.status_code == 400
    assert "Houd dit op één regel" in text_of(response)
    assert Organisation.objects.get(pk=org_a.pk).name == "Alfa Techniek"


def test_a_line_break_in_a_name_is_refused_by_the_profile_form(client, member):
    client.force_login(member)
    response = client.post(
        reverse("network:profile_edit"),
        {"first_name": "Mees\nMeelezer", "last_name": "Meelezer", "visibility": "members"},
    )
    assert response.status_code == 400
    assert "Houd dit op één regel" in text_of(response)
    member.refresh_from_db()
    assert member.first_name == "Mees"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("organisation-name", "Delta\nOnderhoud"),
        ("person-first_name", "Dirk\nDelta"),
        ("person-job_title", "Directeur\r\nEigenaar"),
    ],
)
def test_sign_up_refuses_a_line_break_in_a_name(client, field, value):
    from tests.accounts.test_signup_and_login import SIGNUP

    response = client.post("/account/aanmelden/", {**SIGNUP, field: value})
    assert response.status_code == 400
    assert "Houd dit op één regel" in text_of(response)
    assert not Organisation.objects.filter(name__startswith="Delta").exists()


def test_a_line_break_in_a_case_title_is_refused_by_the_form_and_the_model(client, member):
    client.force_login(member)
    response = submit(client, {**CONTRIBUTION, "title": "Monteurs delen\ntussen werkplaatsen"})
    assert response.status_code == 400
    assert "Houd dit op één regel" in text_of(response)
    assert not CasePage.objects.filter(title__startswith="Monteurs delen").exists()
    case = CasePage.objects.live().first()
    case.title = "Twee\nregels"
    with pytest.raises(ValidationError, match="Houd dit op één regel"):
        case.full_clean()


def test_an_e_mail_about_an_old_name_with_a_line_break_still_leaves_on_one_line(
    client, org_a, admin_a, django_capture_on_commit_callbacks
):
    """Rows stored before names were refused on more lines must not lose the mail."""
    Organisation.objects.filter(pk=org_a.pk).update(name="Alfa\nTechniek")
    client.force_login(admin_a)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("network:organisation_people", args=[org_a.slug]),
            {"email": "nieuw@alfa.example", "role": "member"},
        )
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [["nieuw@alfa.example"]]
    assert "Alfa Techniek" in mail.outbox[0].subject
