"""Only organisations the desk admitted post requests and see the network's candidates: the
rule lives in the services, so the pages and the API refuse alike, with the reason."""

import pytest
from django.urls import reverse

from matching.models import ExchangeRequest, Shortlist
from network.choices import OrganisationStatus
from network.factories import OrganisationFactory
from tests.helpers import text_of
from tests.matching.scenarios import admin, ask, days, offer, organisation, person, place

pytestmark = pytest.mark.django_db

JSON = "application/json"
AWAITING = "Uw organisatie wacht op goedkeuring door het loket"
DECLINED = "Het loket heeft de aanmelding van uw organisatie afgewezen"
REASONS = {OrganisationStatus.PENDING: AWAITING, OrganisationStatus.DECLINED: DECLINED}


@pytest.fixture(params=[OrganisationStatus.PENDING, OrganisationStatus.DECLINED])
def outsider(request):
    """A registered organisation the desk has not admitted, its administrator, the reason
    they hear, and a candidate in the network who would fit its request."""
    registered = OrganisationFactory(
        name="Test Nieuwkomer",
        slug="test-nieuwkomer",
        status=request.param,
        place=place("Utrecht"),
    )
    candidate = person(organisation("Test Uitlener"), first_name="Karin", last_name="Kandidaat")
    return {
        "organisation": registered,
        "admin": admin(registered, first_name="Nina"),
        "reason": REASONS[request.param],
        "offer": offer(candidate),
    }


def _request_body():
    from vocabulary.models import MobilityForm

    return {
        "title": "Test Ongeoorloofd",
        "form": MobilityForm.objects.get(slug="collegiaal-uitlenen").slug,
        "hours_per_week": 8,
        "starts_on": days(7).isoformat(),
        "ends_on": days(60).isoformat(),
        "windows": [{"weekday": 2, "start": "08:00", "end": "16:00"}],
        "place": "Utrecht",
    }


def test_an_organisation_not_admitted_cannot_post_a_request(client, outsider):
    client.force_login(outsider["admin"])
    page = client.get(reverse("matching:request_create"))
    assert page.status_code == 403
    assert outsider["reason"] in text_of(page)
    posted = client.post(reverse("matching:request_create"), {"title": "Test Ongeoorloofd"})
    assert posted.status_code == 403
    api = client.post("/api/requests", _request_body(), content_type=JSON)
    assert api.status_code == 403
    assert outsider["reason"] in api.json()["detail"]
    assert not ExchangeRequest.objects.filter(title="Test Ongeoorloofd").exists()
    # The list of requests says why there is no button to post one.
    listing = text_of(client.get(reverse("matching:requests")))
    assert outsider["reason"] in listing
    assert reverse("matching:request_create") not in listing


def test_an_organisation_not_admitted_sees_no_candidates_on_pages_or_in_the_api(client, outsider):
    own = ask(outsider["organisation"], status="draft")
    client.force_login(outsider["admin"])
    detail = client.get(reverse("matching:request", args=[own.pk]))
    assert detail.status_code == 200
    page = text_of(detail)
    assert outsider["reason"] in page
    assert "Karin Kandidaat" not in page and 'id="candidates"' not in page
    cover = client.get(reverse("matching:request_cover", args=[own.pk]))
    assert cover.status_code == 403 and outsider["reason"] in text_of(cover)
    for url in (f"/api/requests/{own.pk}/matches", f"/api/requests/{own.pk}/cover"):
        response = client.get(url)
        assert response.status_code == 403, url
        assert outsider["reason"] in response.json()["detail"]
        assert "Karin" not in response.content.decode()


def test_an_organisation_not_admitted_cannot_open_or_shortlist(
    client, outsider, django_capture_on_commit_callbacks
):
    own = ask(outsider["organisation"], status="draft")
    client.force_login(outsider["admin"])
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(reverse("matching:request_status", args=[own.pk]), {"status": "open"})
        api = client.post(f"/api/requests/{own.pk}/status", {"status": "open"}, content_type=JSON)
    assert page.status_code == 403 and outsider["reason"] in text_of(page)
    assert api.status_code == 403 and outsider["reason"] in api.json()["detail"]
    own.refresh_from_db()
    assert own.status == "draft"
    shortlisted = client.post(
        reverse("matching:shortlist", args=[own.pk]), {"availability": outsider["offer"].pk}
    )
    assert shortlisted.status_code == 403
    assert not Shortlist.objects.filter(request=own).exists()
    # Closing what it has stays possible.
    closed = client.post(reverse("matching:request_status", args=[own.pk]), {"status": "closed"})
    assert closed.status_code == 302
    own.refresh_from_db()
    assert own.status == "closed"
    filled = client.post(f"/api/requests/{own.pk}/status", {"status": "filled"}, content_type=JSON)
    assert filled.status_code == 200 and filled.json()["status"] == "filled"


def test_requests_of_an_organisation_not_admitted_are_not_shown_to_members(client, outsider):
    opened = ask(outsider["organisation"], title="Test Van Een Nieuwkomer")
    member = person(organisation("Test Gewoon Lid")).user
    client.force_login(member)
    assert "Test Van Een Nieuwkomer" not in text_of(client.get(reverse("matching:requests")))
    assert client.get(reverse("matching:request", args=[opened.pk])).status_code == 404
    listed = client.get("/api/requests", {"status": "open", "page": 1})
    assert opened.pk not in {item["id"] for item in listed.json()["items"]}
    assert client.get(f"/api/requests/{opened.pk}").status_code == 404
    # Nor to the people it would fit.
    client.force_login(outsider["offer"].person.user)
    assert "Test Van Een Nieuwkomer" not in text_of(client.get(reverse("matching:availabilities")))


def test_once_admitted_the_organisation_sees_its_candidates(client, outsider):
    from network.services.organisations import organisation_set_status

    own = ask(outsider["organisation"])
    desk = admin(organisation("Test Loket"), first_name="Lotte")
    from django.contrib.auth.models import Group

    from network import roles

    desk.groups.add(Group.objects.get(name=roles.LOKET))
    organisation_set_status(
        organisation=outsider["organisation"],
        actor=desk,
        status=OrganisationStatus.AGREEMENT_SIGNED,
        agreement_signed_on=days(0),
    )
    client.force_login(outsider["admin"])
    response = client.get(f"/api/requests/{own.pk}/matches")
    assert response.status_code == 200
    assert outsider["offer"].pk in {c["availability_id"] for c in response.json()["eligible"]}
