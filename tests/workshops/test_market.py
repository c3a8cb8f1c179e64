"""The market round: posts of offers and needs, the drafts they become in matching (through
a task on commit), the leads' review page, and what the room sees."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from matching.choices import AvailabilityStatus, RequestStatus
from matching.models import Availability, ExchangeRequest
from network.factories import OrganisationFactory, UserFactory, person_with_role
from network.roles import MEMBERS
from notifications.models import Notification
from tests.helpers import text_of
from workshops import selectors, services
from workshops.choices import MarketLeadStatus
from workshops.models import Action, MarketLead

pytestmark = pytest.mark.django_db


def _post(**changes) -> dict:
    post = {"side": "need", "who": "monteur", "skill": "elektrotechniek", "hours_per_week": 8}
    post.update(changes)
    return post


def _submit(participant, payload, client_id, capture):
    with capture(execute=True):
        return services.action_submit(
            participant=participant, kind="market_post", payload=payload, client_id=client_id
        ).action


def _member_in(market, person):
    return services.participant_join(workshop=market.room.workshop, user=person.user)


def test_a_members_need_becomes_a_draft_request_of_their_organisation(
    market, django_capture_on_commit_callbacks
):
    mila = _member_in(market, market.member)
    action = _submit(
        mila,
        _post(place="assen", weekdays=[1, 3], skill="lasrobotica", hours_per_week="8.5"),
        "m1",
        django_capture_on_commit_callbacks,
    )
    lead = MarketLead.objects.get(action=action)
    assert lead.status == MarketLeadStatus.DRAFTED
    request = lead.request
    assert request.organisation == market.organisation
    assert request.status == RequestStatus.DRAFT
    assert request.created_by == market.member.user
    assert request.title == "monteur (lasrobotica)"
    assert request.hours_per_week == Decimal("8.5")
    assert request.place == market.place
    assert list(request.desired_qualifications.all()) == [market.term]
    assert sorted(w.weekday for w in request.windows.all()) == [1, 3]
    assert request.starts_on == timezone.localdate()
    assert request.ends_on > request.starts_on
    assert "Werkplaats actieplaat" in request.description
    # Mila hears that her need waits as a draft, with the link to finish it.
    notice = Notification.objects.get(user=market.member.user)
    assert notice.title == (
        "Uw vraag uit de werksessie “Werkplaats actieplaat” staat als concept klaar"
    )
    assert notice.url == f"/matching/vragen/{request.pk}/bewerken/"


def test_a_member_offering_themselves_gets_a_draft_availability_awaiting_approval(
    market, django_capture_on_commit_callbacks
):
    mila = _member_in(market, market.member)
    start = timezone.localdate() + datetime.timedelta(days=7)
    end = start + datetime.timedelta(days=60)
    action = _submit(
        mila,
        _post(
            side="offer",
            myself=True,
            hours_per_week=4,
            starts_on=start.isoformat(),
            ends_on=end.isoformat(),
        ),
        "m1",
        django_capture_on_commit_callbacks,
    )
    lead = MarketLead.objects.get(action=action)
    availability = lead.availability
    assert lead.status == MarketLeadStatus.DRAFTED and lead.request is None
    assert availability.person == market.member
    assert availability.status == AvailabilityStatus.DRAFT
    assert (availability.valid_from, availability.valid_until) == (start, end)
    assert availability.max_hours_per_week == 4
    assert sorted(w.weekday for w in availability.windows.all()) == [0, 1, 2, 3, 4]
    notice = Notification.objects.get(user=market.member.user)
    assert notice.title == (
        "Uw aanbod uit de werksessie “Werkplaats actieplaat” staat als concept klaar"
    )
    assert notice.url == f"/matching/beschikbaarheid/{availability.pk}/bewerken/"


def test_an_organisations_offer_of_someone_else_and_an_anonymous_post_stay_leads(
    market, django_capture_on_commit_callbacks
):
    mila = _member_in(market, market.member)
    guest = services.participant_join(workshop=market.room.workshop, display_name="Gast")
    offer = _submit(mila, _post(side="offer"), "m1", django_capture_on_commit_callbacks)
    need = _submit(
        guest, _post(organisation="Bakkerij Zuid"), "g1", django_capture_on_commit_callbacks
    )
    assert MarketLead.objects.get(action=offer).status == MarketLeadStatus.LEAD
    anonymous = MarketLead.objects.get(action=need)
    assert anonymous.status == MarketLeadStatus.LEAD and anonymous.organisation is None
    assert not ExchangeRequest.objects.filter(organisation=market.organisation).exists()
    assert not Availability.objects.filter(person=market.member).exists()
    assert anonymous.request is None and anonymous.availability is None


def test_matchings_refusal_is_kept_on_the_lead(
    market, django_capture_on_commit_callbacks, monkeypatch
):
    def refuse(**kwargs):
        raise ValidationError({"ends_on": "De periode ligt in het verleden."})

    monkeypatch.setattr("matching.services.request_write", refuse)
    action = _submit(
        _member_in(market, market.member), _post(), "m1", django_capture_on_commit_callbacks
    )
    lead = MarketLead.objects.get(action=action)
    assert lead.status == MarketLeadStatus.FAILED
    assert lead.problem == "De periode ligt in het verleden."
    assert not ExchangeRequest.objects.filter(organisation=market.organisation).exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"who": ""}, "payload.who"),
        ({"who": "mon\x00teur"}, "payload.who"),
        ({"who": "x" * 81}, "payload.who"),
        ({"skill": "twee\nregels"}, "payload.skill"),
        ({"hours_per_week": 10**40}, "payload.hours_per_week"),
        ({"hours_per_week": "NaN"}, "payload.hours_per_week"),
        ({"hours_per_week": 0}, "payload.hours_per_week"),
        ({"weekdays": [7]}, "payload.weekdays.0"),
        ({"weekdays": [1, 1]}, "payload.weekdays"),
        ({"place": "Atlantis"}, "payload.place"),
        ({"starts_on": "2999-01-01"}, "payload.starts_on"),
        ({"ends_on": "2001-01-01"}, "payload.ends_on"),
        ({"side": "gift"}, "payload.side"),
        ({"organisation_id": 1}, "payload.organisation_id"),
        ({"myself": True}, "payload.myself"),  # a need, not an offer of one's own time
    ],
)
def test_a_bad_post_is_refused_naming_the_field_and_stores_nothing(
    market, django_capture_on_commit_callbacks, changes, field
):
    mila = _member_in(market, market.member)
    with pytest.raises(ValidationError) as error:
        _submit(mila, _post(**changes), "bad", django_capture_on_commit_callbacks)
    assert field in error.value.message_dict
    assert not Action.objects.exists() and not MarketLead.objects.exists()


def test_only_a_member_offers_their_own_time(market, django_capture_on_commit_callbacks):
    guest = services.participant_join(workshop=market.room.workshop, display_name="Gast")
    with pytest.raises(ValidationError) as error:
        _submit(guest, _post(side="offer", myself=True), "g1", django_capture_on_commit_callbacks)
    assert "payload.myself" in error.value.message_dict


def test_the_room_sees_offers_and_needs_with_names_only_on_a_named_step(
    market, django_capture_on_commit_callbacks
):
    mila = _member_in(market, market.member)
    _submit(mila, _post(side="offer", who="planner"), "m1", django_capture_on_commit_callbacks)
    _submit(mila, _post(who="monteur"), "m2", django_capture_on_commit_callbacks)
    step = market.room.workshop.steps.get(kind="market")
    results = selectors.step_results(step=step)
    assert [(p["who"], p["by"]) for p in results["offers"]] == [("planner", "Mila Monteur")]
    assert [(p["who"], p["by"]) for p in results["needs"]] == [("monteur", "Mila Monteur")]
    step.anonymous = True
    step.save()
    results = selectors.step_results(step=step)
    assert results["offers"][0]["by"] is None and results["needs"][0]["by"] is None


def test_a_member_posts_with_the_plain_form_for_their_organisation(
    client, market, django_capture_on_commit_callbacks
):
    url = f"/live/{market.room.workshop.code}/"
    client.force_login(market.member.user)
    client.post(url, {"form": "join", "as_user": "1"})
    html = text_of(client.get(url))
    assert "U plaatst voor Installatiebedrijf Noord" in html
    assert "Lasrobotica" in html  # the vocabulary's skills to pick from
    refused = client.post(
        url,
        {
            "form": "market_post",
            "client_id": "f0",
            "side": "need",
            "who": "monteur",
            "hours_per_week": "8",
            "place": "Atlantis",
        },
    )
    assert refused.status_code == 400
    assert "“Atlantis” is geen plaats die we kennen." in text_of(refused)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "form": "market_post",
                "client_id": "f1",
                "side": "need",
                "who": "monteur",
                "hours_per_week": "8",
                "weekdays": ["0", "2"],
                "place": "Assen",
            },
        )
    assert response.status_code == 302
    lead = MarketLead.objects.get()
    assert lead.request.organisation == market.organisation
    assert lead.request.place == market.place


def test_the_review_page_shows_the_desk_every_lead_and_an_admin_their_own(
    client, market, django_capture_on_commit_callbacks
):
    mila = _member_in(market, market.member)
    other = person_with_role(
        organisation=OrganisationFactory(name="Zorggroep Oost"), roles=[MEMBERS]
    )
    theirs = _member_in(market, other)
    guest = services.participant_join(workshop=market.room.workshop, display_name="Gast")
    _submit(mila, _post(who="monteur"), "m1", django_capture_on_commit_callbacks)
    _submit(theirs, _post(who="verpleegkundige"), "o1", django_capture_on_commit_callbacks)
    _submit(
        guest,
        _post(who="bakker", organisation="Bakkerij Zuid"),
        "g1",
        django_capture_on_commit_callbacks,
    )
    url = f"/live/markt/{market.room.workshop.pk}/"
    assert client.get(url).status_code == 302  # to the log-in page
    for user in (market.member.user, market.room.facilitator, UserFactory()):
        client.force_login(user)
        assert client.get(url).status_code == 403
    client.force_login(market.loket)
    html = text_of(client.get(url))
    for who in ("monteur", "verpleegkundige", "bakker", "Bakkerij Zuid"):
        assert who in html
    request = MarketLead.objects.get(action__client_id="m1").request
    assert f"/matching/vragen/{request.pk}/" in html
    client.force_login(market.admin.user)
    html = text_of(client.get(url))
    assert "monteur" in html and f"/matching/vragen/{request.pk}/" in html
    assert "verpleegkundige" not in html and "bakker" not in html
    assert client.get(f"/matching/vragen/{request.pk}/").status_code == 200
    assert client.get(f"/live/markt/{10**30}/").status_code == 404


def test_the_review_page_of_a_workshop_without_leads_says_so(client, market):
    client.force_login(market.room.facilitator)
    url = f"/live/markt/{market.room.workshop.pk}/"
    console = text_of(client.get(f"/live/{market.room.workshop.code}/console/"))
    assert f'href="{url}"' in console  # the console links the round's review page
    client.force_login(market.loket)
    html = text_of(client.get(url))
    assert "Geen aanknopingspunten uit deze werksessie" in html


def test_the_review_page_reads_the_same_number_of_queries_for_more_leads(
    client, market, django_capture_on_commit_callbacks
):
    mila = _member_in(market, market.member)
    url = f"/live/markt/{market.room.workshop.pk}/"
    client.force_login(market.loket)
    counts = []
    for round_ in range(2):
        for number in range(2):
            _submit(
                mila,
                _post(side="offer", myself=bool(number), who=f"monteur {round_}{number}"),
                f"q{round_}{number}",
                django_capture_on_commit_callbacks,
            )
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
