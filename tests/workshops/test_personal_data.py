"""A member's part in live workshops is in the download of their data and goes with their
account; the facilitator's workshops are listed in theirs."""

import json

import pytest

from tests.workshops.conftest import open_step
from workshops import services
from workshops.models import Action, Participant

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
