"""Matching through the pages: posting requests, offering availability on the week grid,
approving it, candidates with their explanation, covers, shortlists and rounds."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from matching.choices import RequestStatus
from matching.models import Availability, ExchangeRequest, MatchingRound, Proposal, Shortlist
from network import roles
from notifications.models import Notification
from tests.helpers import queries_of, text_of
from tests.html_forms import form_data
from tests.matching.scenarios import (
    admin,
    ask,
    days,
    offer,
    organisation,
    person,
    qualification,
    window,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    """A borrowing organisation with an administrator, and a lending one with two people."""
    borrower = organisation("Haven Logistiek", town="Utrecht")
    lender = organisation("Zorg Lenen", sector="healthcare", town="Amersfoort")
    return {
        "borrower": borrower,
        "borrower_admin": admin(borrower),
        "lender": lender,
        "lender_admin": admin(lender, first_name="Lena"),
        "anna": person(lender, first_name="Anna", last_name="Woensdag"),
        "bert": person(lender, first_name="Bert", last_name="Nooit"),
    }


def _request_form(**changes):
    data = {
        "title": "Hulp op woensdagochtend",
        "description": "Twee uur per week.",
        "form": "",
        "hours_per_week": "2",
        "starts_on": days(10).isoformat(),
        "ends_on": days(70).isoformat(),
        "place": "",
        "people_needed": "1",
        "max_cost_per_hour": "60",
        "window-TOTAL_FORMS": "3",
        "window-INITIAL_FORMS": "0",
        "window-0-weekday": "2",
        "window-0-start": "08:00",
        "window-0-end": "10:00",
        "shift-TOTAL_FORMS": "2",
        "shift-INITIAL_FORMS": "0",
        "action": "save",
    }
    data.update(changes)
    return data


def _form_id():
    from vocabulary.models import MobilityForm

    return str(MobilityForm.objects.get(slug="collegiaal-uitlenen").pk)


def test_an_organisation_posts_a_request_with_its_windows(client, world):
    client.force_login(world["borrower_admin"])
    data = _request_form(
        form=_form_id(), required=[str(qualification().pk)], place=world["borrower"].place.label
    )
    response = client.post(reverse("matching:request_create"), data)
    assert response.status_code == 302
    created = ExchangeRequest.objects.get(title="Hulp op woensdagochtend")
    assert created.organisation == world["borrower"]
    assert [str(w) for w in created.windows.all()] == ["Woensdag 08:00-10:00"]
    assert created.status == "draft"
    assert created.place.name == "Utrecht"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"window-0-end": "07:00"}, "Een tijdvak moet eindigen na het begin."),
        ({"hours_per_week": "-3"}, "Zorg ervoor dat deze waarde minstens 0.25 is."),
        (
            {"starts_on": days(-40).isoformat(), "ends_on": days(-10).isoformat()},
            "De periode ligt in het verleden.",
        ),
        ({"required": ["999999"]}, "Selecteer een geldige keuze"),
        ({"window-0-weekday": "", "window-0-start": "", "window-0-end": ""}, "tijden"),
    ],
)
def test_bad_requests_are_refused_with_the_typed_values_kept(client, world, changes, message):
    client.force_login(world["borrower_admin"])
    before = ExchangeRequest.objects.count()
    data = _request_form(form=_form_id(), **changes)
    response = client.post(reverse("matching:request_create"), data)
    assert response.status_code == 400
    page = text_of(response)
    assert message in page
    assert 'value="Hulp op woensdagochtend"' in page  # what the user typed stays
    assert ExchangeRequest.objects.count() == before


def test_a_member_without_organisation_rights_cannot_post(client, world):
    client.force_login(world["anna"].user)
    response = client.post(reverse("matching:request_create"), _request_form(form=_form_id()))
    assert response.status_code == 403


def _grid(*cells):
    return [f"{day}-{hour}" for day, hour in cells]


def test_a_person_offers_hours_on_the_week_grid_and_the_organisation_approves(client, world):
    anna = world["anna"]
    client.force_login(anna.user)
    form = client.get(reverse("matching:availability_create"))
    assert 'id="slot-2-8"' in text_of(form)
    response = client.post(
        reverse("matching:availability_create"),
        {
            "valid_from": days(0).isoformat(),
            "valid_until": days(90).isoformat(),
            "slots": _grid((2, 8), (2, 9), (4, 13)),
            "offer_type": "regular",
            "max_hours_per_week": "3",
            "contract_hours_per_week": "32",
            "travel_radius_km": "40",
            "place": world["lender"].place.label,
            "matchable": "on",
            "exceptions": days(14).isoformat(),
            "qualification-TOTAL_FORMS": "2",
            "qualification-INITIAL_FORMS": "0",
            "qualification-0-term": str(qualification().pk),
        },
    )
    assert response.status_code == 302
    availability = Availability.objects.get(person=anna)
    assert [str(w) for w in availability.windows.all()] == [
        "Woensdag 08:00-10:00",
        "Vrijdag 13:00-14:00",
    ]
    assert availability.status == "draft"
    assert [e.date for e in availability.exceptions.all()] == [days(14)]

    # Not the person's own organisation: no approval.
    client.force_login(world["borrower_admin"])
    assert f"approve-{availability.pk}" not in text_of(client.get(reverse("matching:approvals")))
    client.post(
        reverse("matching:approvals"),
        {"availability": availability.pk, "cost_price_per_hour": "55"},
    )
    availability.refresh_from_db()
    assert availability.status == "draft"

    client.force_login(world["lender_admin"])
    page = text_of(client.get(reverse("matching:approvals")))
    assert "Anna Woensdag" in page
    response = client.post(
        reverse("matching:approvals"),
        {"availability": availability.pk, "cost_price_per_hour": "55"},
    )
    assert response.status_code == 302
    availability.refresh_from_db()
    assert availability.status == "approved"
    assert availability.cost_price_per_hour == 55


def test_the_week_grid_keeps_the_ticks_when_the_form_comes_back(client, world):
    client.force_login(world["anna"].user)
    response = client.post(
        reverse("matching:availability_create"),
        {
            "valid_from": days(30).isoformat(),
            "valid_until": days(10).isoformat(),  # ends before it starts
            "slots": _grid((1, 9)),
            "offer_type": "regular",
            "max_hours_per_week": "3",
            "contract_hours_per_week": "32",
            "travel_radius_km": "40",
            "qualification-TOTAL_FORMS": "0",
            "qualification-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 400
    page = text_of(response)
    assert 'value="1-9" id="slot-1-9" checked' in page
    assert 'value="1-10" id="slot-1-10">' in page
    assert "De periode moet eindigen op of na het begin." in page
    assert not Availability.objects.filter(person=world["anna"]).exists()


def test_a_qualification_given_twice_is_refused_with_a_reason(client, world):
    certificate = qualification()
    client.force_login(world["anna"].user)
    response = client.post(
        reverse("matching:availability_create"),
        {
            "valid_from": days(10).isoformat(),
            "valid_until": days(60).isoformat(),
            "slots": _grid((1, 9)),
            "offer_type": "regular",
            "max_hours_per_week": "3",
            "contract_hours_per_week": "32",
            "travel_radius_km": "40",
            "qualification-TOTAL_FORMS": "2",
            "qualification-INITIAL_FORMS": "0",
            "qualification-0-term": certificate.pk,
            "qualification-1-term": certificate.pk,
        },
    )
    assert response.status_code == 400
    assert "Geef elke kwalificatie één keer op." in text_of(response)
    assert not Availability.objects.filter(person=world["anna"]).exists()


def test_candidates_are_explained_and_charted_for_the_requesting_organisation(client, world):
    world["anna"].languages = ["nl", "ngt"]
    world["anna"].save()
    fits = offer(world["anna"], [window(2, "08:00", "10:00")])
    offer(world["bert"], [window(5, "08:00", "10:00")])  # Saturday: no requested hour
    request = ask(world["borrower"], [window(2, "08:00", "16:00")])
    client.force_login(world["borrower_admin"])
    page = text_of(client.get(reverse("matching:request", args=[request.pk])))
    assert "Anna Woensdag" in page
    assert "Talen: Nederlands, Nederlandse Gebarentaal" in page
    assert "Bert Nooit" not in page
    assert (
        "beschikbaar op woensdag 8:00-10:00: 2 van de 8 uur van de gevraagde tijden, "
        "werkt 2 van de 8 gevraagde uren per week" in page
    )
    assert "week-chart__cell--covered" in page and "week-chart__cell--uncovered" in page
    assert f'id="candidate-{fits.pk}"' in page

    # Another organisation's administrator sees the request but not who fits it.
    other = admin(organisation("Derde Partij"), first_name="Dirk")
    client.force_login(other)
    response = client.get(reverse("matching:request", args=[request.pk]))
    assert response.status_code == 200
    assert "Anna Woensdag" not in text_of(response)
    assert 'id="candidates"' not in text_of(response)


def test_a_person_who_does_not_want_to_be_matched_never_appears(client, world):
    offer(world["anna"], [window(2, "08:00", "10:00")], matchable=False)
    request = ask(world["borrower"])
    client.force_login(world["borrower_admin"])
    assert "Anna Woensdag" not in text_of(
        client.get(reverse("matching:request", args=[request.pk]))
    )


def test_organisations_without_agreement_are_listed_apart(client, world):
    unsigned = organisation("Nog Niet Getekend", signed=False, town="Utrecht")
    waiting = person(unsigned, first_name="Willem", last_name="Wachtend")
    offer(waiting, [window(2, "08:00", "12:00")])
    request = ask(world["borrower"])
    client.force_login(world["borrower_admin"])
    page = text_of(client.get(reverse("matching:request", args=[request.pk])))
    apart = page.split('id="needs-agreement"')[1]
    assert "Willem Wachtend" in apart


def test_a_person_sees_why_a_request_fits_them(client, world):
    offer(world["anna"], [window(2, "08:00", "10:00")])
    request = ask(world["borrower"])
    client.force_login(world["anna"].user)
    page = text_of(client.get(reverse("matching:availabilities")))
    assert request.title in page
    assert (
        "2 van de 8 uur van de gevraagde tijden, werkt 2 van de 8 gevraagde uren per week" in page
    )
    detail = text_of(client.get(reverse("matching:request", args=[request.pk])))
    assert "Ja: een score van" in detail


def test_a_candidate_is_shortlisted_and_removed_and_two_offers_cover_the_hours_together(
    client, world
):
    anna = offer(world["anna"], [window(2, "08:00", "12:00")])
    bert = offer(world["bert"], [window(2, "12:00", "16:00")])
    request = ask(world["borrower"])
    client.force_login(world["borrower_admin"])
    client.post(reverse("matching:shortlist", args=[request.pk]), {"availability": anna.pk})
    assert Shortlist.objects.filter(request=request, availability=anna).exists()
    client.post(
        reverse("matching:shortlist", args=[request.pk]),
        {"availability": anna.pk, "remove": "1"},
    )
    assert not Shortlist.objects.filter(request=request).exists()

    # Neither covers Wednesday 8-16 alone; together they do.
    page = text_of(client.get(reverse("matching:request_cover", args=[request.pk])))
    assert "Anna Woensdag" in page and "Bert Nooit" in page
    assert "Elk gevraagd uur is gedekt." in page
    assert bert.pk


def test_only_the_desk_runs_a_round_whose_page_explains_the_hours_and_accepting_tells_the_person(
    client, world
):
    anna = offer(world["anna"], [window(2, "08:00", "10:00")])
    request = ask(world["borrower"])
    desk = admin(world["borrower"], first_name="Loes")
    from django.contrib.auth.models import Group

    desk.groups.add(Group.objects.get(name=roles.LOKET))
    client.force_login(world["borrower_admin"])
    assert client.get(reverse("matching:rounds")).status_code == 403
    client.force_login(desk)
    response = client.post(reverse("matching:rounds"))
    assert response.status_code == 302
    proposal = Proposal.objects.get(request=request)
    assert proposal.availability == anna
    page = text_of(client.get(response.url))
    assert (
        "2 van de 8 uur van de gevraagde tijden, werkt 2 van de 8 gevraagde uren per week" in page
    )
    client.post(response.url, {"proposal": proposal.pk})
    proposal.refresh_from_db()
    assert proposal.accepted_at is not None
    assert Notification.objects.filter(user=world["anna"].user, title__contains=request.title)
    # The list of rounds says in words how each assignment was found.
    assert "de best mogelijke (exact berekend)" in text_of(client.get(reverse("matching:rounds")))


def test_opening_a_request_tells_the_people_who_fit_it(
    client, world, django_capture_on_commit_callbacks
):
    offer(world["anna"], [window(2, "08:00", "10:00")])
    offer(world["bert"], [window(5, "08:00", "10:00")])
    request = ask(world["borrower"], status="draft")
    client.force_login(world["borrower_admin"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("matching:request_status", args=[request.pk]), {"status": "open"})
    request.refresh_from_db()
    assert request.status == "open"
    told = Notification.objects.filter(title__contains=request.title)
    assert [n.user for n in told] == [world["anna"].user]
    assert (
        "2 van de 8 uur van de gevraagde tijden, werkt 2 van de 8 gevraagde uren per week"
        in told[0].body
    )


def test_a_crisis_request_reaches_the_reserve_first(world):
    from matching import services

    reservist = person(world["lender"], first_name="Rita", last_name="Reserve")
    offer(reservist, [window(2, "08:00", "10:00")], offer_type="crisis")
    offer(world["anna"], [window(2, "08:00", "10:00")], offer_type="regular")
    request = ask(world["borrower"], status="draft", is_crisis=True)
    services.request_set_status(request=request, actor=world["borrower_admin"], status="open")
    order = list(
        Notification.objects.filter(title__contains=request.title)
        .order_by("pk")
        .values_list("user__first_name", flat=True)
    )
    assert order == ["Rita", "Anna"]

    # A crisis-only offer is not bothered with regular requests.
    regular = ask(world["borrower"], status="draft", title="Gewone vraag")
    services.request_set_status(request=regular, actor=world["borrower_admin"], status="open")
    assert not Notification.objects.filter(user=reservist.user, title__contains="Gewone vraag")


def test_export_holds_and_erasure_removes_the_availability(client, world):
    from network.services.privacy import person_erase, person_export

    availability = offer(world["anna"], [window(2, "08:00", "10:00")])
    exported = person_export(user=world["anna"].user)
    assert exported["availability"][0]["windows"] == [
        {"weekday": 2, "start": "08:00", "end": "10:00"}
    ]
    person_erase(user=world["anna"].user)
    assert not Availability.objects.filter(pk=availability.pk).exists()


# The index page at /matching/: what each visitor can do.


def _main_links(response) -> set[str]:
    main = BeautifulSoup(text_of(response), "html.parser").select_one("main")
    return {a["href"] for a in main.select("a[href]")}


def test_the_matching_index_tells_a_visitor_to_log_in(client):
    response = client.get("/matching/")
    assert response.status_code == 200
    links = _main_links(response)
    assert {"/account/inloggen/?next=/matching/", "/account/aanmelden/", "/netwerk/"} <= links
    assert not {"/matching/beschikbaarheid/", "/matching/vragen/"} & links


def test_the_matching_index_shows_a_member_their_availability_and_the_requests(client, world):
    offer(world["anna"], [window(2, "08:00", "10:00")])
    client.force_login(world["anna"].user)
    response = client.get("/matching/")
    links = _main_links(response)
    assert {
        "/matching/beschikbaarheid/",
        "/matching/beschikbaarheid/nieuw/",
        "/matching/vragen/",
    } <= links
    assert not {"/matching/vragen/nieuw/", "/matching/goedkeuren/", "/matching/rondes/"} & links
    page = text_of(response)
    assert "Goedgekeurd" in page
    open_count = ExchangeRequest.objects.filter(status="open", ends_on__gte=days(0)).count()
    assert f"{open_count} vragen in het netwerk staan open." in page


def test_the_matching_index_shows_an_administrator_requests_and_approvals(client, world):
    offer(world["anna"], [window(2, "08:00", "10:00")], approve=False)
    ask(world["lender"], status="draft")
    client.force_login(world["lender_admin"])
    response = client.get("/matching/")
    links = _main_links(response)
    assert {"/matching/vragen/nieuw/", "/matching/goedkeuren/", "/matching/vragen/"} <= links
    assert "/matching/rondes/" not in links
    page = text_of(response)
    assert "Uw organisatie heeft 1 vraag." in page
    assert "(1 wacht)" in page


def test_the_matching_index_shows_the_desk_its_rounds(client, world):
    from django.contrib.auth.models import Group

    desk = admin(world["borrower"], first_name="Loes")
    desk.groups.add(Group.objects.get(name=roles.LOKET))
    client.force_login(desk)
    links = _main_links(client.get("/matching/"))
    assert {"/matching/rondes/", "/matching/goedkeuren/", "/matching/vragen/"} <= links


def test_the_matching_index_tells_a_pending_organisation_it_awaits_the_desk(client):
    waiting = organisation("Wacht Nog", signed=False)
    waiting.status = "pending"
    waiting.save()
    client.force_login(admin(waiting))
    response = client.get("/matching/")
    assert "Uw organisatie wacht op goedkeuring door het loket." in text_of(response)
    assert not {"/matching/vragen/", "/matching/vragen/nieuw/"} & _main_links(response)


def test_a_logged_in_account_without_a_profile_is_told_why_there_is_nothing(
    client, django_user_model
):
    client.force_login(django_user_model.objects.create_user(email="los@example.org"))
    page = text_of(client.get("/matching/"))
    assert "Niet verbonden aan een organisatie" in page


# Forms posted back unchanged save, with the place and the dates they show.


def test_the_availability_form_saves_unchanged_with_its_place_and_dates(client, world):
    anna = world["anna"]
    availability = offer(anna, [window(2, "08:00", "10:00")], exceptions=[days(21), days(14)])
    client.force_login(anna.user)
    edit = reverse("matching:availability_edit", args=[availability.pk])
    data = form_data(client.get(edit))
    assert data["place"] == [anna.organisation.place.label]
    assert [value for value in data["exceptions"] if value] == [
        days(14).isoformat(),
        days(21).isoformat(),
    ]
    response = client.post(edit, data)
    assert response.status_code == 302, text_of(response)
    availability.refresh_from_db()
    assert availability.place == anna.organisation.place
    assert [str(w) for w in availability.windows.all()] == ["Woensdag 08:00-10:00"]
    assert [e.date for e in availability.exceptions.all()] == [days(14), days(21)]


def test_the_request_form_saves_unchanged_with_its_place(client, world):
    request = ask(world["borrower"], status="draft")
    client.force_login(world["borrower_admin"])
    edit = reverse("matching:request_edit", args=[request.pk])
    data = form_data(client.get(edit))
    assert data["place"] == [world["borrower"].place.label]
    response = client.post(edit, data)
    assert response.status_code == 302, text_of(response)
    request.refresh_from_db()
    assert request.place == world["borrower"].place
    assert [str(w) for w in request.windows.all()] == ["Woensdag 08:00-16:00"]


# Dates of absence: several date inputs, each checked on its own.


def _availability_post(**changes):
    data = {
        "valid_from": days(0).isoformat(),
        "valid_until": days(90).isoformat(),
        "slots": _grid((2, 8)),
        "offer_type": "regular",
        "max_hours_per_week": "1",
        "contract_hours_per_week": "32",
        "travel_radius_km": "40",
        "matchable": "on",
        "qualification-TOTAL_FORMS": "0",
        "qualification-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def test_dates_of_absence_are_date_inputs_saved_and_shown_again(client, world):
    client.force_login(world["anna"].user)
    form = BeautifulSoup(
        text_of(client.get(reverse("matching:availability_create"))), "html.parser"
    )
    inputs = form.select("input[name=exceptions]")
    assert len(inputs) >= 3
    assert {element["type"] for element in inputs} == {"date"}
    assert all(form.select_one(f"label[for={element['id']}]") for element in inputs)

    dates = [days(20).isoformat(), "", days(10).isoformat(), days(20).isoformat()]
    response = client.post(
        reverse("matching:availability_create"), _availability_post(exceptions=dates)
    )
    assert response.status_code == 302, text_of(response)
    availability = Availability.objects.get(person=world["anna"])
    assert [e.date for e in availability.exceptions.all()] == [days(10), days(20)]

    edit = BeautifulSoup(
        text_of(client.get(reverse("matching:availability_edit", args=[availability.pk]))),
        "html.parser",
    )
    shown = [element.get("value", "") for element in edit.select("input[name=exceptions]")]
    assert shown[:2] == [days(10).isoformat(), days(20).isoformat()]
    assert len(shown) >= 4 and not any(shown[2:])


def test_each_wrong_date_of_absence_is_named_and_nothing_is_saved(client, world):
    client.force_login(world["anna"].user)
    response = client.post(
        reverse("matching:availability_create"),
        _availability_post(exceptions=[days(14).isoformat(), "2027-02-30", "morgen"]),
    )
    assert response.status_code == 400
    page = text_of(response)
    assert "“2027-02-30” is geen datum." in page
    assert "“morgen” is geen datum." in page
    returned = BeautifulSoup(page, "html.parser").select("input[name=exceptions]")
    assert [element.get("value") for element in returned][:3] == [
        days(14).isoformat(),
        "2027-02-30",
        "morgen",
    ]
    assert returned[1]["aria-invalid"] == "true"
    assert not returned[0].has_attr("aria-invalid")
    assert not Availability.objects.filter(person=world["anna"]).exists()


def test_a_date_of_absence_outside_the_period_is_refused_with_the_date(client, world):
    client.force_login(world["anna"].user)
    late = days(200)
    response = client.post(
        reverse("matching:availability_create"),
        _availability_post(exceptions=[late.isoformat()]),
    )
    assert response.status_code == 400
    assert (
        late.isoformat()
        in BeautifulSoup(text_of(response), "html.parser").select_one(".form-errors").get_text()
    )
    assert not Availability.objects.filter(person=world["anna"]).exists()


def _desk_of(org):
    from django.contrib.auth.models import Group

    desk = admin(org, first_name="Loes")
    desk.groups.add(Group.objects.get(name=roles.LOKET))
    return desk


def test_every_candidate_who_may_take_part_can_be_shortlisted_and_shows_it(client, world):
    # One candidate waits for an agreement: the others keep their shortlist button.
    unsigned = organisation("Nog Niet Getekend", signed=False, town="Utrecht")
    offer(person(unsigned, first_name="Willem", last_name="Wachtend"))
    anna = offer(world["anna"], [window(2, "08:00", "12:00")])
    request = ask(world["borrower"])
    client.force_login(world["borrower_admin"])
    url = reverse("matching:request", args=[request.pk])
    page = text_of(client.get(url))
    assert 'id="needs-agreement"' in page
    card = page[page.index(f'id="candidate-{anna.pk}"') :].split("</article>")[0]
    assert "Op de shortlist zetten" in card
    assert "Op de shortlist</span>" not in card
    client.post(reverse("matching:shortlist", args=[request.pk]), {"availability": anna.pk})
    card = text_of(client.get(url)).split(f'id="candidate-{anna.pk}"')[1].split("</article>")[0]
    assert "Op de shortlist</span>" in card and "Van de shortlist halen" in card


def test_accepting_a_proposal_tells_both_organisations_with_the_same_hours(client, world):
    anna = offer(world["anna"], [window(2, "08:00", "16:00")], max_hours_per_week=Decimal("4"))
    request = ask(
        world["borrower"],
        [window(0, "08:00", "16:00"), window(2, "08:00", "16:00"), window(4, "08:00", "16:00")],
        hours_per_week=Decimal("16"),
    )
    client.force_login(_desk_of(organisation("Loket Kantoor")))
    ran = client.post(reverse("matching:rounds"))
    proposal = Proposal.objects.get(request=request, availability=anna)
    page = text_of(client.get(ran.url))
    row = page.split(f'value="{proposal.pk}"')[0].rsplit("<tr>", 1)[1]
    # The table and the explanation name the same weekly hours: 4 of the 16 asked, as
    # Anna is available in 8 of the 24 hours of the requested times and offers at most 4.
    assert "4 van de 16 gevraagd" in row
    assert "8 van de 24 uur van de gevraagde tijden, werkt 4 van de 16 gevraagde uren" in row
    client.post(ran.url, {"proposal": proposal.pk})
    for user in (world["anna"].user, world["borrower_admin"], world["lender_admin"]):
        told = Notification.objects.filter(
            user=user, url=reverse("matching:request", args=[request.pk])
        )
        assert told.count() == 1, user
    (asking,) = Notification.objects.filter(user=world["borrower_admin"])
    assert asking.title == "Het loket heeft een kandidaat voorgesteld voor uw vraag: Testvraag"
    assert "Anna Woensdag (Zorg Lenen)" in asking.body
    assert "4 van de 16 gevraagde uren per week" in asking.body


@pytest.mark.parametrize("value", ["abc", "", "1.5", "-3", "9" * 30, "0"])
def test_a_shortlist_form_with_a_bad_number_answers_400_and_saves_nothing(client, world, value):
    request = ask(world["borrower"])
    client.force_login(world["borrower_admin"])
    response = client.post(
        reverse("matching:shortlist", args=[request.pk]), {"availability": value}
    )
    assert response.status_code == 400
    assert "Het formulier noemt geen geldig onderdeel" in text_of(response)
    assert not Shortlist.objects.filter(request=request).exists()


def test_only_candidates_of_the_request_can_be_shortlisted(client, world):
    request = ask(world["borrower"])
    colleague = offer(person(world["borrower"], first_name="Eigen", last_name="Collega"))
    saturday = offer(world["bert"], [window(5, "08:00", "10:00")])
    unapproved = offer(world["anna"], approve=False)
    client.force_login(world["borrower_admin"])
    for availability in (colleague, saturday, unapproved):
        response = client.post(
            reverse("matching:shortlist", args=[request.pk]), {"availability": availability.pk}
        )
        assert response.status_code == 400
        assert "Alleen kandidaten die aan deze vraag mogen meedoen" in text_of(response)
    missing = client.post(reverse("matching:shortlist", args=[request.pk]), {"availability": 2**40})
    assert missing.status_code == 400
    assert not Shortlist.objects.filter(request=request).exists()


@pytest.mark.parametrize("value", ["abc", "", "9" * 30])
def test_an_approval_with_a_bad_number_answers_400_and_approves_nothing(client, world, value):
    waiting = offer(world["anna"], approve=False)
    client.force_login(world["lender_admin"])
    response = client.post(
        reverse("matching:approvals"), {"availability": value, "cost_price_per_hour": "55"}
    )
    assert response.status_code == 400
    assert "Het formulier noemt geen geldig onderdeel" in text_of(response)
    waiting.refresh_from_db()
    assert waiting.status == "draft"


def test_approving_another_organisations_availability_is_refused_with_a_reason(client, world):
    waiting = offer(world["anna"], approve=False)
    client.force_login(world["borrower_admin"])
    response = client.post(
        reverse("matching:approvals"), {"availability": waiting.pk, "cost_price_per_hour": "55"}
    )
    assert response.status_code == 400
    assert "hoort niet bij wat op uw goedkeuring wacht" in text_of(response)
    waiting.refresh_from_db()
    assert waiting.status == "draft" and waiting.cost_price_per_hour is None


def test_accepting_a_bad_or_foreign_proposal_answers_400_and_accepts_nothing(client, world):
    offer(world["anna"], [window(2, "08:00", "10:00")])
    request = ask(world["borrower"])
    client.force_login(_desk_of(organisation("Loket Kantoor")))
    first = client.post(reverse("matching:rounds")).url
    proposal = Proposal.objects.get(request=request)
    second = client.post(reverse("matching:rounds")).url
    for url, value in ((first, "abc"), (first, ""), (first, "9" * 30), (second, proposal.pk)):
        response = client.post(url, {"proposal": value})
        assert response.status_code == 400, (url, value)
    assert "Dit voorstel hoort niet bij deze ronde." in text_of(response)
    assert not Proposal.objects.filter(accepted_at__isnull=False).exists()


def test_an_unknown_status_answers_400_and_changes_nothing(client, world):
    request = ask(world["borrower"], status="draft")
    client.force_login(world["borrower_admin"])
    for value in ("bogus", "", "open\x00"):
        response = client.post(
            reverse("matching:request_status", args=[request.pk]), {"status": value}
        )
        assert response.status_code == 400, value
        assert "Er is niets opgeslagen" in text_of(response)
    request.refresh_from_db()
    assert request.status == "draft"


TOWNS = ["Zwolle", "Utrecht", "Groningen", "Tilburg", "Breda", "Arnhem", "Leiden", "Delft", "Ede"]


def test_request_list_runs_the_same_queries_for_three_times_as_many_requests(client):
    """The network's open requests and the organisation's own, each with its organisation,
    form and place."""
    own = organisation("Telwerk Eigen")
    manager = admin(own)

    def post(start, count):
        for number in range(start, start + count):
            other = organisation(f"Telwerk {number}", town=TOWNS[number])
            ask(other, title=f"Telvraag {number}")
            ask(own, title=f"Eigen telvraag {number}", status=RequestStatus.DRAFT)

    client.force_login(manager)
    post(0, 3)
    client.get("/matching/vragen/")  # warm caches
    few = queries_of(client, "/matching/vragen/")
    post(3, 6)
    html = text_of(client.get("/matching/vragen/"))
    assert html.count("Telvraag ") == 9 and html.count("Eigen telvraag ") == 9
    assert queries_of(client, "/matching/vragen/") == few


def test_round_list_runs_the_same_queries_for_three_times_as_many_rounds(client, world):
    """Each round shows its number of proposals, counted in the one query of the list."""
    from django.contrib.auth.models import Group

    desk = admin(world["borrower"], first_name="Loes")
    desk.groups.add(Group.objects.get(name=roles.LOKET))
    requests = [ask(world["borrower"], title=f"Rondevraag {n}") for n in range(3)]
    anna = offer(world["anna"], [window(2, "08:00", "10:00")])

    def run(count):
        for number in range(count):
            matching_round = MatchingRound.objects.create(created_by=desk, status="done")
            for exchange_request in requests[: number % 3 + 1]:
                Proposal.objects.create(
                    round=matching_round,
                    request=exchange_request,
                    availability=anna,
                    score=50,
                    hours_per_week=2,
                )

    def counts_shown():
        soup = BeautifulSoup(client.get(reverse("matching:rounds")).content, "html.parser")
        return sorted(int(row.find_all("td")[1].get_text()) for row in soup.select("tbody tr"))

    client.force_login(desk)
    run(3)
    client.get(reverse("matching:rounds"))  # warm caches
    few = queries_of(client, reverse("matching:rounds"))
    run(6)
    assert counts_shown() == [1, 1, 1, 2, 2, 2, 3, 3, 3]
    assert queries_of(client, reverse("matching:rounds")) == few
