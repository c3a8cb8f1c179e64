"""The matching API: every hard rule as the candidates of a request show it, bad bodies
answer 400 with the path of the field and save nothing, and who may see and do what."""

import datetime
import json
from decimal import Decimal

import pytest
from wagtail.models import APIToken

from core.limits import LIST_MAX
from matching.choices import AvailabilityStatus, RequestStatus
from matching.models import Availability, ConflictOfInterest, ExchangeRequest, MatchingRound
from network import roles
from network.factories import person_with_role
from tests.matching.scenarios import (
    admin,
    ask,
    days,
    form,
    offer,
    organisation,
    person,
    qualification,
    window,
)

pytestmark = pytest.mark.django_db

JSON = "application/json"


@pytest.fixture
def home():
    """The requesting organisation (agreement signed, in Utrecht)."""
    return organisation("Test Thuishaven")


@pytest.fixture
def planner(home):
    return admin(home)


@pytest.fixture
def neighbour():
    return organisation("Test Buurbedrijf")


@pytest.fixture
def desk(neighbour):
    return person_with_role(
        organisation=neighbour, roles=[roles.LOKET], first_name="Lot", last_name="Loket"
    ).user


def candidates(client, user, exchange_request) -> tuple[set[int], set[int]]:
    """The ids of the eligible candidates and of those waiting for an agreement."""
    client.force_login(user)
    response = client.get(f"/api/requests/{exchange_request.pk}/matches")
    assert response.status_code == 200, response.content
    body = response.json()
    return (
        {candidate["availability_id"] for candidate in body["eligible"]},
        {candidate["availability_id"] for candidate in body["needs_agreement"]},
    )


def assert_only_the_first_fits(client, user, exchange_request, fits, breaks):
    eligible, waiting = candidates(client, user, exchange_request)
    assert fits.pk in eligible
    assert breaks.pk not in eligible | waiting


# Each hard rule: one offer that keeps it and one that breaks it.


def test_people_of_the_requesting_organisation_are_not_candidates(client, home, planner, neighbour):
    outsider = offer(person(neighbour))
    colleague = offer(person(home))
    assert_only_the_first_fits(client, planner, ask(home), outsider, colleague)


def test_an_organisation_without_a_signed_agreement_waits_apart(client, home, planner, neighbour):
    signed = offer(person(neighbour))
    unsigned = offer(person(organisation("Test Nog Niet Getekend", signed=False)))
    eligible, waiting = candidates(client, planner, ask(home))
    assert signed.pk in eligible and signed.pk not in waiting
    assert unsigned.pk in waiting and unsigned.pk not in eligible


@pytest.mark.parametrize("declared_by_the_other", [False, True])
def test_a_conflict_of_interest_between_organisations_excludes(
    client, home, planner, neighbour, declared_by_the_other
):
    rival = organisation("Test Concurrent")
    ConflictOfInterest.objects.create(
        organisation=rival if declared_by_the_other else home,
        other_organisation=home if declared_by_the_other else rival,
    )
    assert_only_the_first_fits(
        client, planner, ask(home), offer(person(neighbour)), offer(person(rival))
    )


def test_a_conflict_of_interest_of_a_person_excludes_that_person(client, home, planner, neighbour):
    conflicted = person(neighbour, first_name="Bram", last_name="Belang")
    ConflictOfInterest.objects.create(organisation=home, person=conflicted)
    colleague = offer(person(neighbour, first_name="Vera", last_name="Vrij"))
    assert_only_the_first_fits(client, planner, ask(home), colleague, offer(conflicted))


@pytest.mark.parametrize(
    ("contract", "over"),
    [
        ("41", "48 hours a week on average"),  # 41 + 8 = 49
        ("56", "60 hours in a week"),  # 56 + 8 = 64
    ],
)
def test_working_time_with_the_own_job_excludes(client, home, planner, neighbour, contract, over):
    within = offer(person(neighbour), contract_hours_per_week=Decimal("40"))  # 40 + 8 = 48
    beyond = offer(person(neighbour), contract_hours_per_week=Decimal(contract))
    assert_only_the_first_fits(client, planner, ask(home), within, beyond)


def test_less_than_eleven_hours_rest_after_a_shift_start_excludes(client, home, planner, neighbour):
    night_and_evening = [
        window(0, "22:00", "24:00"),
        window(1, "00:00", "06:00"),
        window(1, "14:00", "22:00"),
    ]
    exchange_request = ask(home, night_and_evening, hours_per_week=Decimal("16"))
    # Monday 22:00 to Tuesday 06:00, then from 14:00: only 8 hours of rest in the 24 hours.
    tired = offer(person(neighbour), night_and_evening)
    # From 17:00 instead: exactly 11 hours of rest.
    rested = offer(
        person(neighbour),
        [window(0, "22:00", "24:00"), window(1, "00:00", "06:00"), window(1, "17:00", "22:00")],
    )
    assert_only_the_first_fits(client, planner, exchange_request, rested, tired)


def test_beyond_the_travel_radius_excludes(client, home, planner, neighbour):
    far_away = organisation("Test Noorderlicht", town="Groningen")
    near = offer(person(neighbour), travel_radius_km=50)
    far = offer(person(far_away), travel_radius_km=50, remote_ok=True)
    assert_only_the_first_fits(client, planner, ask(home), near, far)


def test_remote_work_counts_only_when_both_allow_it(client, home, planner):
    far_away = organisation("Test Noorderlicht", town="Groningen")
    remote = offer(person(far_away), travel_radius_km=10, remote_ok=True)
    on_site = offer(person(far_away), travel_radius_km=10, remote_ok=False)
    exchange_request = ask(home, remote_possible=True)
    assert_only_the_first_fits(client, planner, exchange_request, remote, on_site)


def test_periods_that_do_not_overlap_exclude(client, home, planner, neighbour):
    # The request runs from day 7 to day 60.
    last_day = offer(person(neighbour), valid_from=days(60), valid_until=days(150))
    later = offer(person(neighbour), valid_from=days(61), valid_until=days(150))
    assert_only_the_first_fits(client, planner, ask(home), last_day, later)


@pytest.mark.parametrize("lacking", ["missing", "expiring the day before the request ends"])
def test_a_required_qualification_must_be_valid_until_the_request_ends(
    client, home, planner, neighbour, lacking
):
    licence = qualification("test-heftruckcertificaat")
    exchange_request = ask(home, required=[qualification(), licence])  # ends on day 60
    valid = offer(person(neighbour), qualifications=[(qualification(), None), (licence, days(60))])
    held = [(qualification(), None)] + ([] if lacking == "missing" else [(licence, days(59))])
    invalid = offer(person(neighbour), qualifications=held)
    assert_only_the_first_fits(client, planner, exchange_request, valid, invalid)


def test_crisis_only_offers_appear_for_crisis_requests_only(client, home, planner, neighbour):
    regular = offer(person(neighbour), offer_type="regular")
    reserve = offer(person(neighbour), offer_type="crisis")
    assert_only_the_first_fits(client, planner, ask(home), regular, reserve)
    eligible, _waiting = candidates(client, planner, ask(home, is_crisis=True))
    assert {regular.pk, reserve.pk} <= eligible


def test_the_yearly_cap_of_a_form_excludes_when_exceeded(client, home, planner, neighbour):
    # A hybrid role allows 240 hours a year; the request runs a year, 8 hours a week.
    exchange_request = ask(home, form=form("hybride-functie"), starts_on=days(7), ends_on=days(370))
    four_hours = offer(person(neighbour), valid_until=days(400), max_hours_per_week=Decimal(4))
    eight_hours = offer(person(neighbour), valid_until=days(400), max_hours_per_week=Decimal(8))
    assert_only_the_first_fits(client, planner, exchange_request, four_hours, eight_hours)


def test_an_offer_for_other_forms_of_mobility_is_excluded(client, home, planner, neighbour):
    lending = offer(person(neighbour), forms=[form("collegiaal-uitlenen")])
    teaching = offer(person(neighbour), forms=[form("hybride-functie")])
    assert_only_the_first_fits(client, planner, ask(home), lending, teaching)


def test_an_offer_at_other_times_is_excluded(client, home, planner, neighbour):
    wednesday = offer(person(neighbour), [window(2, "12:00", "20:00")])
    thursday = offer(person(neighbour), [window(3, "08:00", "16:00")])
    assert_only_the_first_fits(client, planner, ask(home), wednesday, thursday)


@pytest.mark.parametrize("hidden", ["not matchable", "not approved", "withdrawn"])
def test_unmatchable_or_unapproved_offers_never_appear(client, home, planner, neighbour, hidden):
    shown = offer(person(neighbour))
    if hidden == "not matchable":
        kept = offer(person(neighbour), matchable=False)
    elif hidden == "not approved":
        kept = offer(person(neighbour), approve=False)
    else:
        kept = offer(person(neighbour))
        kept.status = AvailabilityStatus.WITHDRAWN
        kept.save(update_fields=["status", "updated_at"])
    assert_only_the_first_fits(client, planner, ask(home), shown, kept)


# What a candidate shows, and to whom.


def test_a_candidate_is_explained_without_an_email_address(client, home, planner, neighbour):
    helper = person(neighbour, first_name="Hanna", last_name="Hulpvaardig")
    offered = offer(helper, [window(2, "08:00", "12:00")])
    client.force_login(planner)
    response = client.get(f"/api/requests/{ask(home).pk}/matches", {"limit": 5})
    assert response.status_code == 200
    assert helper.user.email not in response.content.decode()
    (candidate,) = response.json()["eligible"]
    assert candidate["availability_id"] == offered.pk
    assert candidate["person_name"] == "Hanna Hulpvaardig"
    assert candidate["organisation_name"] == "Test Buurbedrijf"
    assert candidate["hours_covered"] == 4 and candidate["hours_requested"] == 8
    assert candidate["covered_windows"] == [{"weekday": 2, "start": "08:00", "end": "12:00"}]
    assert {part["name"] for part in candidate["parts"]} >= {"hours", "distance", "period"}
    assert all(part["sentence"] for part in candidate["parts"])
    assert sum(part["points"] for part in candidate["parts"]) == pytest.approx(
        candidate["score"], abs=0.5
    )
    assert candidate["summary"]


def test_matches_are_for_the_requesting_organisation_and_the_desk(
    client, home, planner, neighbour, desk
):
    offer(person(neighbour))
    exchange_request = ask(home)
    url = f"/api/requests/{exchange_request.pk}/matches"
    assert client.get(url).status_code == 401
    for outsider in (admin(neighbour), person(home, first_name="Gewoon", last_name="Lid").user):
        client.force_login(outsider)
        assert client.get(url).status_code == 403
        assert client.get(f"/api/requests/{exchange_request.pk}/cover").status_code == 403
    client.force_login(desk)
    assert client.get(url).status_code == 200


def test_a_draft_of_another_organisation_is_not_found(client, home, neighbour):
    draft = ask(home, status=RequestStatus.DRAFT)
    client.force_login(admin(neighbour))
    assert client.get(f"/api/requests/{draft.pk}").status_code == 404
    assert client.get(f"/api/requests/{draft.pk}/matches").status_code == 404
    assert client.get("/api/requests/99999999").status_code == 404
    assert client.get(f"/api/requests/{2**70}").status_code in (404, 422)


def test_the_cover_names_the_group_and_the_hours_nobody_can_work(client, home, planner, neighbour):
    exchange_request = ask(
        home,
        [window(2, "08:00", "16:00"), window(3, "08:00", "16:00")],
        hours_per_week=Decimal("16"),
    )
    wednesday = offer(person(neighbour), [window(2, "08:00", "16:00")])
    thursday_morning = offer(person(neighbour), [window(3, "08:00", "12:00")])
    client.force_login(planner)
    response = client.get(f"/api/requests/{exchange_request.pk}/cover", {"objective": "cheapest"})
    assert response.status_code == 200
    body = response.json()
    assert {m["availability_id"] for m in body["members"]} == {wednesday.pk, thursday_morning.pk}
    assert body["uncovered_windows"] == [{"weekday": 3, "start": "12:00", "end": "16:00"}]
    assert body["method"] in ("exact", "greedy")
    assert body["total_cost_per_week"] == pytest.approx(50 * 8 + 50 * 4)
    refused = client.get(f"/api/requests/{exchange_request.pk}/cover", {"objective": "snelst"})
    assert refused.status_code == 400 and "objective" in refused.json()["errors"]


def test_a_cover_without_candidates_leaves_every_hour_uncovered(client, home, planner):
    exchange_request = ask(home, required=[qualification("test-niemand-heeft-dit")])
    client.force_login(planner)
    response = client.get(f"/api/requests/{exchange_request.pk}/cover")
    assert response.status_code == 200
    body = response.json()
    assert body["members"] == [] and body["total_cost_per_week"] is None
    assert body["uncovered_windows"] == [{"weekday": 2, "start": "08:00", "end": "16:00"}]


def test_an_availability_lists_the_open_requests_it_fits(client, home, neighbour):
    helper = person(neighbour)
    offered = offer(helper)
    fitting = ask(home, title="Test Past Precies")
    own = ask(neighbour, title="Test Eigen Huis")
    client.force_login(helper.user)
    response = client.get(f"/api/availabilities/{offered.pk}/requests")
    assert response.status_code == 200
    found = {item["request"]["id"]: item for item in response.json()}
    assert fitting.pk in found and own.pk not in found
    assert found[fitting.pk]["request"]["organisation_name"] == "Test Thuishaven"
    assert found[fitting.pk]["parts"] and found[fitting.pk]["covered_windows"]
    assert found[fitting.pk]["needs_agreement"] is False
    client.force_login(person(home).user)
    assert client.get(f"/api/availabilities/{offered.pk}/requests").status_code == 404


def test_the_openapi_schema_describes_the_matching_endpoints(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in (
        "/api/requests",
        "/api/requests/{request_id}/matches",
        "/api/requests/{request_id}/cover",
        "/api/availabilities/{availability_id}/approve",
        "/api/rounds/{round_id}/proposals/{proposal_id}/accept",
    ):
        assert path in paths, path


# Writing requests.


def request_body(**changes) -> dict:
    body = {
        "title": "Test planner gezocht",
        "form": "collegiaal-uitlenen",
        "hours_per_week": 8,
        "starts_on": days(7).isoformat(),
        "ends_on": days(60).isoformat(),
        "windows": [{"weekday": 2, "start": "08:00", "end": "16:00"}],
        "place": "Utrecht",
        "people_needed": 1,
        "max_cost_per_hour": 60,
        "required_qualifications": ["test-certificaat"],
    }
    body.update(changes)
    return body


def test_an_organisation_posts_changes_and_opens_a_request(client, home, planner):
    qualification()
    client.force_login(planner)
    created = client.post("/api/requests", request_body(), content_type=JSON)
    assert created.status_code == 201, created.content
    record = created.json()
    assert record["organisation"] == home.slug and record["status"] == "draft"
    assert record["windows"] == [{"weekday": 2, "start": "08:00", "end": "16:00"}]
    url = f"/api/requests/{record['id']}"
    record["title"] = "Test planner voor de nacht"
    record["windows"] = [{"weekday": 4, "start": "22:00", "end": "24:00"}]
    changed = client.put(url, record, content_type=JSON)  # the record as read, sent back
    assert changed.status_code == 200, changed.content
    assert changed.json()["title"] == "Test planner voor de nacht"
    assert changed.json()["windows"] == [{"weekday": 4, "start": "22:00", "end": "24:00"}]
    opened = client.post(f"{url}/status", {"status": "open"}, content_type=JSON)
    assert opened.status_code == 200 and opened.json()["status"] == "open"
    listed = client.get("/api/requests", {"status": "open"}).json()
    assert record["id"] in {item["id"] for item in listed["items"]}
    refused = client.post(f"{url}/status", {"status": "half open"}, content_type=JSON)
    assert refused.status_code == 422 and "status" in refused.json()["errors"]
    assert client.get("/api/requests", {"status": "half"}).status_code == 400


def test_a_request_is_posted_with_a_bearer_token(client, planner):
    qualification()
    _token, secret = APIToken.create_token(user=planner, name="planning")
    response = client.post(
        "/api/requests",
        request_body(),
        content_type=JSON,
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )
    assert response.status_code == 201


def test_the_desk_posts_for_any_organisation_others_only_for_their_own(
    client, home, planner, neighbour, desk
):
    qualification()
    before = ExchangeRequest.objects.count()
    client.force_login(planner)
    for_neighbour = request_body(organisation=neighbour.slug)
    assert client.post("/api/requests", for_neighbour, content_type=JSON).status_code == 403
    client.force_login(person(home).user)  # a member, not an administrator
    assert client.post("/api/requests", request_body(), content_type=JSON).status_code == 403
    client.logout()
    assert client.post("/api/requests", request_body(), content_type=JSON).status_code == 401
    assert ExchangeRequest.objects.count() == before
    client.force_login(desk)  # the desk works at the neighbour, and posts for home
    for_home = request_body(organisation=home.slug)
    response = client.post("/api/requests", for_home, content_type=JSON)
    assert response.status_code == 201 and response.json()["organisation"] == home.slug
    unknown = client.post(
        "/api/requests", request_body(organisation="bestaat-niet"), content_type=JSON
    )
    assert unknown.status_code == 400 and "organisation" in unknown.json()["errors"]


BAD_REQUESTS = [
    ('{"title": ', "body"),
    ("[1, 2]", "body"),
    ('"tekst"', "body"),
    ("", "body"),
    ({"hours_per_week": "veel"}, "hours_per_week"),
    ({"hours_per_week": -4}, "hours_per_week"),
    ({"hours_per_week": 0}, "hours_per_week"),
    ({"hours_per_week": 61}, "hours_per_week"),
    ({"hours_per_week": 8.25}, "hours_per_week"),
    ({"hours_per_week": float("nan")}, "hours_per_week"),
    ({"hours_per_week": True}, "hours_per_week"),
    ({"people_needed": "twee"}, "people_needed"),
    ({"people_needed": 0}, "people_needed"),
    ({"is_crisis": "ja"}, "is_crisis"),
    ({"title": ""}, "title"),
    ({"title": ["lijst"]}, "title"),
    ({"title": "x" * 161}, "title"),
    ({"form": "bestaat-niet"}, "form"),
    ({"form": 3}, "form"),
    ({"starts_on": "gisteren"}, "starts_on"),
    ({"starts_on": days(-60).isoformat(), "ends_on": days(-1).isoformat()}, "ends_on"),
    ({"starts_on": days(10).isoformat(), "ends_on": days(9).isoformat()}, "ends_on"),
    ({"windows": "maandag"}, "windows"),
    ({"windows": []}, "windows"),
    ({"windows": [3]}, "windows[0]"),
    ({"windows": [{"weekday": 9, "start": "08:00", "end": "16:00"}]}, "windows[0].weekday"),
    ({"windows": [{"weekday": 2, "start": "16:00", "end": "08:00"}]}, "windows[0].end"),
    ({"windows": [{"weekday": 2, "start": "8 uur", "end": "16:00"}]}, "windows[0].start"),
    ({"windows": [{"weekday": 2, "start": "08:10", "end": "16:00"}]}, "windows[0].start"),
    ({"windows": [{"weekday": 2, "start": "24:00", "end": "24:00"}]}, "windows[0].start"),
    ({"windows": [{"weekday": 2, "start": "08:00+01:00", "end": "16:00"}]}, "windows[0].start"),
    ({"windows": [{"weekday": 2, "start": "08:00"}]}, "windows[0].end"),
    (
        {"windows": [{"weekday": 2, "start": "08:00", "end": "09:00", "day": 2}]},
        "windows[0].day",
    ),
    ({"shifts": 5}, "shifts"),
    ({"shifts": [{"date": "morgen", "start": "08:00", "end": "16:00"}]}, "shifts[0].date"),
    ({"shifts": [{"date": days(1).isoformat(), "start": "08:00", "end": "16:00"}]}, "shifts"),
    ({"required_qualifications": ["bestaat-niet"]}, "required_qualifications[0]"),
    ({"required_qualifications": "test-certificaat"}, "required_qualifications"),
    ({"desired_qualifications": [{"slug": "x"}]}, "desired_qualifications[0]"),
    ({"place": "Atlantis"}, "place"),
    ({"max_cost_per_hour": -1}, "max_cost_per_hour"),
    ({"hours_per_wek": 8}, "hours_per_wek"),
    ({"status": "open"}, "status"),
    ({"id": -1}, "id"),
    ({"title": "Monteur\ngezocht"}, "title"),
    ({"title": "Monteur\tgezocht"}, "title"),
    ({"windows": [{"weekday": 2, "start": "08:00", "end": "16:00"}] * (LIST_MAX + 1)}, "windows"),
]


@pytest.mark.parametrize(("changes", "path"), BAD_REQUESTS)
def test_a_bad_request_body_answers_4xx_with_the_field_and_saves_nothing(
    client, home, planner, changes, path
):
    qualification()
    existing = ask(home, title="Test Ongewijzigd", status=RequestStatus.DRAFT)
    body = changes if isinstance(changes, str) else json.dumps(request_body(**changes))
    before = ExchangeRequest.objects.count()
    client.force_login(planner)
    for method, url in (
        ("post", "/api/requests"),
        ("put", f"/api/requests/{existing.pk}"),
    ):
        response = getattr(client, method)(url, body, content_type=JSON)
        # 422 when the body does not fit the schema, 400 when what it names does not exist
        assert response.status_code in (400, 422), (method, response.content)
        assert path in response.json()["errors"], (method, response.json())
    assert ExchangeRequest.objects.count() == before
    existing.refresh_from_db()
    assert existing.title == "Test Ongewijzigd"
    assert [(w.weekday, w.start.hour) for w in existing.windows.all()] == [(2, 8)]


def test_a_request_is_changed_only_by_its_organisation(client, home, neighbour):
    qualification()
    exchange_request = ask(home, title="Test Van Thuishaven")
    client.force_login(admin(neighbour))
    url = f"/api/requests/{exchange_request.pk}"
    assert client.get(url).status_code == 200  # open requests are visible to members
    response = client.put(url, request_body(title="Overgenomen"), content_type=JSON)
    assert response.status_code == 403
    assert client.post(f"{url}/status", {"status": "closed"}, content_type=JSON).status_code == 403
    exchange_request.refresh_from_db()
    assert exchange_request.title == "Test Van Thuishaven"
    assert exchange_request.status == RequestStatus.OPEN


# Writing availability.


def availability_body(**changes) -> dict:
    body = {
        "valid_from": days(0).isoformat(),
        "valid_until": days(120).isoformat(),
        "max_hours_per_week": 16,
        "contract_hours_per_week": 24,
        "windows": [{"weekday": 2, "start": "08:00", "end": "16:00"}],
        "offer_type": "regular",
        "exceptions": [days(14).isoformat()],
        "forms": ["collegiaal-uitlenen"],
        "sectors": ["logistics"],
        "place": "Utrecht",
        "travel_radius_km": 40,
        "qualifications": [{"qualification": "test-certificaat", "valid_until": None}],
    }
    body.update(changes)
    return body


def test_a_person_offers_time_and_their_organisation_approves_it(client, neighbour):
    qualification()
    helper = person(neighbour)
    client.force_login(helper.user)
    approving_oneself = client.post(
        "/api/availabilities",
        availability_body(status="approved", cost_price_per_hour=1),
        content_type=JSON,
    )
    assert approving_oneself.status_code == 400
    assert {"status", "cost_price_per_hour"} <= set(approving_oneself.json()["errors"])
    created = client.post("/api/availabilities", availability_body(), content_type=JSON)
    assert created.status_code == 201, created.content
    record = created.json()
    assert record["status"] == "draft" and record["person"] == str(helper.public_id)
    assert "email" not in record
    url = f"/api/availabilities/{record['id']}"
    approve = client.post(f"{url}/approve", {"cost_price_per_hour": 55}, content_type=JSON)
    assert approve.status_code == 403  # not by the person themselves
    client.force_login(admin(neighbour))
    refused = client.post(f"{url}/approve", {"cost_price_per_hour": -5}, content_type=JSON)
    assert refused.status_code == 422 and "cost_price_per_hour" in refused.json()["errors"]
    approved = client.post(f"{url}/approve", {"cost_price_per_hour": 55}, content_type=JSON)
    assert approved.status_code == 200, approved.content
    assert approved.json()["status"] == "approved"
    assert approved.json()["cost_price_per_hour"] == 55
    client.force_login(helper.user)
    record = client.get(url).json()
    record["max_hours_per_week"] = 12
    changed = client.put(url, record, content_type=JSON)  # the record as read, sent back
    assert changed.status_code == 200, changed.content
    assert changed.json()["max_hours_per_week"] == 12
    assert changed.json()["status"] == "draft"  # a change asks for approval again
    assert record["id"] in {
        item["id"] for item in client.get("/api/availabilities").json()["items"]
    }


def test_availability_is_seen_by_the_person_their_administrators_and_changed_by_the_person(
    client, home, neighbour
):
    helper = person(neighbour)
    offered = offer(helper)
    url = f"/api/availabilities/{offered.pk}"
    client.force_login(person(home).user)
    assert client.get(url).status_code == 404
    assert client.put(url, availability_body(), content_type=JSON).status_code == 404
    client.force_login(admin(neighbour))
    assert client.get(url).status_code == 200
    assert client.put(url, availability_body(), content_type=JSON).status_code == 403
    client.logout()
    assert client.get(url).status_code == 401
    assert client.get("/api/availabilities").status_code == 401
    offered.refresh_from_db()
    assert offered.status == AvailabilityStatus.APPROVED


BAD_AVAILABILITIES = [
    ("{", "body"),
    ("null", "body"),
    ({"valid_until": days(-1).isoformat(), "valid_from": days(-30).isoformat()}, "valid_until"),
    ({"valid_until": days(-1).isoformat()}, "valid_until"),
    ({"valid_from": "1 mei"}, "valid_from"),
    ({"max_hours_per_week": -4}, "max_hours_per_week"),
    ({"max_hours_per_week": 0}, "max_hours_per_week"),
    ({"max_hours_per_week": "Infinity"}, "max_hours_per_week"),
    ({"contract_hours_per_week": "veel"}, "contract_hours_per_week"),
    ({"contract_hours_per_week": None}, "contract_hours_per_week"),
    ({"windows": []}, "windows"),
    ({"windows": [{"weekday": 2, "start": "16:00", "end": "08:00"}]}, "windows[0].end"),
    ({"windows": [{"weekday": "wo", "start": "08:00", "end": "16:00"}]}, "windows[0].weekday"),
    ({"exceptions": [days(500).isoformat()]}, "exceptions"),
    ({"exceptions": ["morgen"]}, "exceptions[0]"),
    ({"exceptions": "morgen"}, "exceptions"),
    ({"qualifications": [{"qualification": "bestaat-niet"}]}, "qualifications[0].qualification"),
    ({"qualifications": [{"valid_until": None}]}, "qualifications[0].qualification"),
    ({"qualifications": ["test-certificaat"]}, "qualifications[0]"),
    (
        {
            "qualifications": [
                {"qualification": "test-certificaat"},
                {"qualification": "test-certificaat"},
            ]
        },
        "qualifications[1].qualification",
    ),
    (
        {"qualifications": [{"qualification": "test-certificaat", "valid_until": "ooit"}]},
        "qualifications[0].valid_until",
    ),
    ({"offer_type": "altijd"}, "offer_type"),
    ({"offer_type": ["crisis"]}, "offer_type"),
    ({"sectors": ["ruimtevaart"]}, "sectors[0]"),
    ({"sectors": 7}, "sectors"),
    ({"forms": ["bestaat-niet"]}, "forms[0]"),
    ({"travel_radius_km": 1000}, "travel_radius_km"),
    ({"travel_radius_km": "ver"}, "travel_radius_km"),
    ({"matchable": "ja"}, "matchable"),
    ({"remote_ok": 1}, "remote_ok"),
    ({"place": 12}, "place"),
    ({"status": "withdrawn"}, "status"),
    ({"cost_price_per_hour": 10}, "cost_price_per_hour"),
    ({"email": "iemand@example.org"}, "email"),
    ({"forms": ["collegiaal-uitlenen"] * (LIST_MAX + 1)}, "forms"),
]


@pytest.mark.parametrize(("changes", "path"), BAD_AVAILABILITIES)
def test_a_bad_availability_body_answers_4xx_with_the_field_and_saves_nothing(
    client, neighbour, changes, path
):
    qualification()
    helper = person(neighbour)
    existing = offer(helper, max_hours_per_week=Decimal("6"))
    body = changes if isinstance(changes, str) else json.dumps(availability_body(**changes))
    before = Availability.objects.count()
    client.force_login(helper.user)
    for method, url in (
        ("post", "/api/availabilities"),
        ("put", f"/api/availabilities/{existing.pk}"),
    ):
        response = getattr(client, method)(url, body, content_type=JSON)
        # 422 when the body does not fit the schema, 400 when what it names does not exist
        assert response.status_code in (400, 422), (method, response.content)
        assert path in response.json()["errors"], (method, response.json())
    assert Availability.objects.count() == before
    existing.refresh_from_db()
    assert existing.max_hours_per_week == 6 and existing.status == AvailabilityStatus.APPROVED


def test_people_without_a_profile_offer_no_availability(client, admin_user):
    client.force_login(admin_user)
    response = client.post("/api/availabilities", availability_body(), content_type=JSON)
    assert response.status_code == 403


# The desk's rounds.


def test_only_the_desk_runs_a_round_through_the_api_and_accepts_a_proposal_of_that_round(
    client, home, neighbour, desk
):
    helper = person(neighbour, first_name="Rianne", last_name="Ronde")
    offered = offer(helper)
    exchange_request = ask(home, title="Test Rondevraag")
    client.force_login(admin(home))
    assert client.post("/api/rounds").status_code == 403
    assert client.get("/api/rounds").status_code == 403
    client.force_login(desk)
    ran = client.post("/api/rounds")
    # The tests' immediate task backend has run the round by the time the API answers.
    assert ran.status_code == 202, ran.content
    assert ran.json()["status"] == "done"
    body = client.get(ran.json()["url"]).json()
    proposal = next(
        p
        for p in body["proposals"]
        if p["request_id"] == exchange_request.pk and p["availability_id"] == offered.pk
    )
    assert proposal["person_name"] == "Rianne Ronde"
    assert proposal["organisation_name"] == "Test Thuishaven"
    assert body["id"] in {r["id"] for r in client.get("/api/rounds").json()["items"]}
    assert client.get(f"/api/rounds/{body['id']}").json()["proposals"]
    accepted = client.post(f"/api/rounds/{body['id']}/proposals/{proposal['id']}/accept")
    assert accepted.status_code == 200 and accepted.json()["accepted_at"]
    other_round = MatchingRound.objects.create(created_by=desk)
    misplaced = client.post(f"/api/rounds/{other_round.pk}/proposals/{proposal['id']}/accept")
    assert misplaced.status_code == 404
    assert client.get("/api/rounds/99999999").status_code == 404


def test_a_round_never_proposes_a_person_with_a_declared_conflict(client, home, neighbour, desk):
    conflicted = person(neighbour, first_name="Bram", last_name="Belang")
    ConflictOfInterest.objects.create(organisation=home, person=conflicted)
    blocked = offer(conflicted)
    free = offer(person(neighbour, first_name="Vera", last_name="Vrij"))
    exchange_request = ask(home, title="Test Rondevraag", people_needed=2)
    client.force_login(desk)
    proposals = client.get(client.post("/api/rounds").json()["url"]).json()["proposals"]
    for_request = {
        p["availability_id"] for p in proposals if p["request_id"] == exchange_request.pk
    }
    assert free.pk in for_request
    assert blocked.pk not in for_request


def _queries_for(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_lists_take_the_same_number_of_queries_whatever_their_length(
    client, home, planner, neighbour
):
    licence = qualification("test-heftruckcertificaat")
    ask(home, desired=[licence], shifts=[(days(9), datetime.time(8), datetime.time(12))])
    for who in (person(home), person(home)):
        offer(who, exceptions=[days(3)], forms=[form()], qualifications=[(licence, None)])
    client.force_login(planner)
    requests_before = _queries_for(client, "/api/requests")
    availabilities_before = _queries_for(client, "/api/availabilities")
    for _ in range(3):
        ask(home, desired=[licence], shifts=[(days(9), datetime.time(8), datetime.time(12))])
        offer(person(home), exceptions=[days(3)], forms=[form()], qualifications=[(licence, None)])
    assert _queries_for(client, "/api/requests") == requests_before
    assert _queries_for(client, "/api/availabilities") == availabilities_before


def test_requests_are_listed_for_members_only(client, home):
    exchange_request = ask(home, title="Test Open Voor Leden")
    assert client.get("/api/requests").status_code == 401
    client.force_login(person(organisation("Test Lid")).user)
    response = client.get("/api/requests")
    assert response.status_code == 200
    assert exchange_request.pk in {item["id"] for item in response.json()["items"]}
    assert response.json()["count"] >= 1


ODD_VALUES = [None, "", "x", -1, 0, 10**30, 1e300, "NaN", True, [], {}, [{}], "2024-02-30", "25:00"]


def _oddities(body: dict):
    """The body with each field, and each field of its first window, set to odd values."""
    for key in body:
        for value in ODD_VALUES:
            yield {**body, key: value}
    for key in ("weekday", "start", "end"):
        for value in ODD_VALUES:
            yield {**body, "windows": [{**body["windows"][0], key: value}]}


def test_no_body_makes_the_server_fail(client, home, planner, neighbour):
    """Whatever the values, the answer is 2xx or 4xx with a reason, never a server error."""
    qualification()
    client.force_login(planner)
    for body in _oddities(request_body()):
        response = client.post("/api/requests", body, content_type=JSON)
        assert response.status_code in (201, 400, 422), (body, response.content)
    helper = person(neighbour)
    client.force_login(helper.user)
    for body in _oddities(availability_body()):
        response = client.post("/api/availabilities", body, content_type=JSON)
        assert response.status_code in (201, 400, 422), (body, response.content)
