"""A member's part in live workshops is in the download of their data and goes with their
account; the facilitator's workshops are listed in theirs."""

import json

import pytest

from tests.workshops.conftest import open_step
from workshops import services
from workshops.models import Action, MarketLead, Participant

pytestmark = pytest.mark.django_db


def test_the_export_and_the_erasure_cover_a_members_participation(client, room, member):
    open_step(room, 3)
    mees = services.participant_join(workshop=room.workshop, user=member)
    other = services.participant_join(workshop=room.workshop, display_name="Bram")
    for participant, text, client_id in ((mees, "Deel een monteur", "m1"), (other, "Blijft", "b1")):
        services.action_submit(
            participant=participant,
            kind="note_post",
            payload={"column": 0, "text": text},
            client_id=client_id,
        )
    client.force_login(member)
    (joined,) = json.loads(client.get("/netwerk/mijn-gegevens/download/").content)[
        "workshop_participations"
    ]
    assert joined["workshop"] == "Werkplaats actieplaat"
    assert [a["payload"]["text"] for a in joined["actions"]] == ["Deel een monteur"]

    response = client.post(
        "/netwerk/mijn-gegevens/", {"confirm": "1", "password": "secret-password"}
    )
    assert response.status_code == 302
    assert list(Participant.objects.values_list("display_name", flat=True)) == ["Bram"]
    assert [a.payload["text"] for a in Action.objects.all()] == ["Blijft"]


def test_the_facilitators_download_lists_the_workshops_they_run(client, room):
    client.force_login(room.facilitator)
    exported = json.loads(client.get("/netwerk/mijn-gegevens/download/").content)
    assert [w["code"] for w in exported["workshops_run"]] == [room.workshop.code]


def test_a_members_market_post_and_where_it_went_are_in_their_download(
    client, market, django_capture_on_commit_callbacks
):
    mila = services.participant_join(workshop=market.room.workshop, user=market.member.user)
    with django_capture_on_commit_callbacks(execute=True):
        services.action_submit(
            participant=mila,
            kind="market_post",
            payload={"side": "need", "who": "monteur", "hours_per_week": 6},
            client_id="m1",
        )
    lead = MarketLead.objects.get()
    client.force_login(market.member.user)
    (joined,) = json.loads(client.get("/netwerk/mijn-gegevens/download/").content)[
        "workshop_participations"
    ]
    (post,) = joined["actions"]
    assert post["payload"]["who"] == "monteur"
    assert post["market_lead"] == {
        "status": "drafted",
        "request": lead.request_id,
        "availability": None,
    }
