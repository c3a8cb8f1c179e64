"""Candidates are shown as far as their profile's visibility allows the viewer: by name,
photo and profile link, or else by a pseudonym with their organisation, job title,
explanation and week chart, until they agree to be introduced for the request."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from matching.models import Proposal
from network import roles
from network.choices import Visibility
from notifications.models import Notification
from tests.helpers import text_of
from tests.matching.scenarios import admin, ask, offer, organisation, person, window

pytestmark = pytest.mark.django_db

PSEUDONYM = re.compile(r"Kandidaat [A-Z2-7]{5}")


@pytest.fixture
def world():
    """A requesting organisation and a lending one with a public, a members-only and a
    hidden profile, each offering time that fits the request."""
    borrower = organisation("Test Vrager", town="Utrecht")
    lender = organisation("Test Lener", sector="healthcare", town="Amersfoort")
    people = {
        visibility: person(lender, first_name=first, last_name="Zichtbaar", visibility=visibility)
        for visibility, first in (
            (Visibility.PUBLIC, "Openbara"),
            (Visibility.MEMBERS, "Ledia"),
            (Visibility.HIDDEN, "Verborga"),
        )
    }
    for someone in people.values():
        someone.job_title = f"Functie {someone.user.first_name}"
        someone.save(update_fields=["job_title"])
    offers = {
        visibility: offer(someone, [window(2, "08:00", "12:00")])
        for visibility, someone in people.items()
    }
    desk = admin(organisation("Test Loketkantoor"), first_name="Desk")
    desk.groups.add(Group.objects.get(name=roles.LOKET))
    return {
        "borrower": borrower,
        "planner": admin(borrower, first_name="Paula"),
        "lender": lender,
        "lender_admin": admin(lender, first_name="Leon"),
        "people": people,
        "offers": offers,
        "desk": desk,
        "request": ask(borrower),
    }


def _candidate_card(page: str, availability) -> str:
    start = page.index(f'id="candidate-{availability.pk}"')
    return page[start : page.index("</article>", start)]


def test_the_candidate_page_names_only_whom_the_viewer_may_see(client, world):
    hidden = world["people"][Visibility.HIDDEN]
    client.force_login(world["planner"])
    page = text_of(client.get(reverse("matching:request", args=[world["request"].pk])))
    for visibility in (Visibility.PUBLIC, Visibility.MEMBERS):
        shown = world["people"][visibility]
        card = _candidate_card(page, world["offers"][visibility])
        assert shown.name in card
        assert reverse("network:person", args=[shown.public_id]) in card
    card = _candidate_card(page, world["offers"][Visibility.HIDDEN])
    assert hidden.name not in page and str(hidden.public_id) not in page
    assert PSEUDONYM.search(card)
    # What stays: organisation, job title, the explanation and the week chart.
    assert "Test Lener" in card and "Functie Verborga" in card
    assert "4 van de 8 uur van de gevraagde tijden" in card
    assert "week-chart__cell--covered" in card
    assert "Getoond zonder naam" in card


def test_the_api_pseudonymises_alike_and_the_pseudonym_is_stable(client, world):
    hidden = world["people"][Visibility.HIDDEN]
    client.force_login(world["planner"])
    url = f"/api/requests/{world['request'].pk}/matches"
    body = client.get(url).json()
    assert hidden.name not in str(body) and str(hidden.public_id) not in str(body)
    by_id = {c["availability_id"]: c for c in body["eligible"]}
    pseudonymised = by_id[world["offers"][Visibility.HIDDEN].pk]
    assert PSEUDONYM.fullmatch(pseudonymised["person_name"])
    assert pseudonymised["named"] is False and pseudonymised["person"] is None
    assert pseudonymised["job_title"] == "Functie Verborga"
    assert pseudonymised["organisation_name"] == "Test Lener"
    named = by_id[world["offers"][Visibility.MEMBERS].pk]
    assert named["person_name"] == "Ledia Zichtbaar" and named["named"] is True
    assert named["person"] == str(world["people"][Visibility.MEMBERS].public_id)
    # The same person keeps their pseudonym on this request, and gets another on the next.
    again = {c["availability_id"]: c for c in client.get(url).json()["eligible"]}
    assert again[pseudonymised["availability_id"]]["person_name"] == pseudonymised["person_name"]
    other = ask(world["borrower"], title="Test Andere Vraag")
    elsewhere = {
        c["availability_id"]: c
        for c in client.get(f"/api/requests/{other.pk}/matches").json()["eligible"]
    }
    assert (
        elsewhere[pseudonymised["availability_id"]]["person_name"] != (pseudonymised["person_name"])
    )


def test_the_cover_pseudonymises_on_the_page_and_in_the_api(client, world):
    hidden = world["people"][Visibility.HIDDEN]
    for shown in (Visibility.PUBLIC, Visibility.MEMBERS):
        # Only the hidden person's offer is left to cover the request.
        world["offers"][shown].delete()
    client.force_login(world["planner"])
    page = text_of(client.get(reverse("matching:request_cover", args=[world["request"].pk])))
    assert hidden.name not in page and PSEUDONYM.search(page)
    assert "Functie Verborga" in page
    body = client.get(f"/api/requests/{world['request'].pk}/cover").json()
    (member,) = body["members"]
    assert PSEUDONYM.fullmatch(member["person_name"]) and member["person"] is None


def test_the_desk_sees_every_candidate_by_name(client, world):
    hidden = world["people"][Visibility.HIDDEN]
    client.force_login(world["desk"])
    page = text_of(client.get(reverse("matching:request", args=[world["request"].pk])))
    assert hidden.name in page
    body = client.get(f"/api/requests/{world['request'].pk}/matches").json()
    assert hidden.name in {c["person_name"] for c in body["eligible"]}


def test_a_shortlisted_person_agrees_to_be_introduced_and_can_take_it_back(
    client, world, django_capture_on_commit_callbacks
):
    hidden = world["people"][Visibility.HIDDEN]
    availability = world["offers"][Visibility.HIDDEN]
    exchange_request = world["request"]
    detail = reverse("matching:request", args=[exchange_request.pk])
    client.force_login(world["planner"])
    client.post(
        reverse("matching:shortlist", args=[exchange_request.pk]), {"availability": availability.pk}
    )
    told = Notification.objects.get(user=hidden.user)
    assert told.title == "U staat op de shortlist voor: Testvraag"

    client.force_login(hidden.user)
    own_view = text_of(client.get(detail))
    assert "Met naam kennismaken" in own_view
    assert (
        client.post(
            reverse("matching:introduction", args=[exchange_request.pk]),
            {"availability": availability.pk},
        ).status_code
        == 302
    )
    assert exchange_request.introductions.filter(availability=availability).exists()

    client.force_login(world["planner"])
    card = _candidate_card(text_of(client.get(detail)), availability)
    assert hidden.name in card
    # Named, but the hidden profile itself stays out of reach.
    assert str(hidden.public_id) not in card
    api = client.get(f"/api/requests/{exchange_request.pk}/matches").json()
    assert hidden.name in {c["person_name"] for c in api["eligible"]}

    client.force_login(hidden.user)
    client.post(
        reverse("matching:introduction", args=[exchange_request.pk]),
        {"availability": availability.pk, "withdraw": "1"},
    )
    client.force_login(world["planner"])
    assert hidden.name not in text_of(client.get(detail))


def test_agreeing_is_for_shortlisted_or_proposed_people_and_their_own_availability(client, world):
    hidden = world["people"][Visibility.HIDDEN]
    exchange_request = world["request"]
    url = reverse("matching:introduction", args=[exchange_request.pk])
    client.force_login(hidden.user)
    # Not shortlisted: the page does not offer it, a post is refused with the reason.
    assert "Met naam kennismaken" not in text_of(
        client.get(reverse("matching:request", args=[exchange_request.pk]))
    )
    refused = client.post(url, {"availability": world["offers"][Visibility.HIDDEN].pk})
    assert refused.status_code == 400
    assert "zodra de organisatie u voor deze vraag op de shortlist heeft gezet" in text_of(refused)
    # Someone else's availability, or no number at all.
    for value in (world["offers"][Visibility.PUBLIC].pk, "abc", "", "9" * 30):
        response = client.post(url, {"availability": value})
        assert response.status_code == 400, value
    assert not exchange_request.introductions.exists()


def test_an_accepted_proposal_lets_the_person_agree_and_tells_both_organisations(
    client, world, django_capture_on_commit_callbacks
):
    hidden = world["people"][Visibility.HIDDEN]
    for shown in (Visibility.PUBLIC, Visibility.MEMBERS):
        world["offers"][shown].delete()
    client.force_login(world["desk"])
    ran = client.post(reverse("matching:rounds"))
    proposal = Proposal.objects.get(request=world["request"])
    client.post(ran.url, {"proposal": proposal.pk})
    # The requesting organisation hears it, by the pseudonym; the lending one by name.
    (asking,) = Notification.objects.filter(user=world["planner"])
    assert asking.title == "Het loket heeft een kandidaat voorgesteld voor uw vraag: Testvraag"
    assert hidden.name not in asking.title + asking.body
    assert PSEUDONYM.search(asking.body)
    (lending,) = Notification.objects.filter(user=world["lender_admin"])
    assert hidden.name in lending.title
    # The person may now agree to be introduced.
    client.force_login(hidden.user)
    page = text_of(client.get(reverse("matching:request", args=[world["request"].pk])))
    assert "Met naam kennismaken" in page
