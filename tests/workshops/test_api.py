"""The workshops in the API: the workshops of a session, and a workshop with its steps and
results; facilitators see everything, others an ended workshop's results without names."""

import pytest

from network.factories import UserFactory
from tests.workshops.conftest import steer
from tests.workshops.helpers import hold_workshop

pytestmark = pytest.mark.django_db


def test_a_session_lists_its_workshops_with_the_code_for_its_facilitators_only(room, client):
    url = f"/api/sessions/{room.session.pk}/workshops"
    [listed] = client.get(url).json()
    assert listed["title"] == "Werkplaats actieplaat" and listed["steps"] == 4
    assert listed["code"] is None and listed["facilitating"] is False
    client.force_login(room.facilitator)
    [listed] = client.get(url).json()
    assert listed["code"] == room.workshop.code and listed["facilitating"] is True


def test_an_unknown_session_or_workshop_answers_404_with_a_reason(client):
    for url in ("/api/sessions/999999/workshops", "/api/workshops/999999"):
        response = client.get(url)
        assert response.status_code == 404
        assert response.json()["detail"]


def test_others_see_a_workshop_once_it_has_ended_and_without_names(room, client):
    url = f"/api/workshops/{room.workshop.pk}"
    hold_workshop(room, end=False)
    client.force_login(UserFactory())
    refused = client.get(url)
    assert refused.status_code == 403
    assert "afgelopen" in refused.json()["detail"]
    steer(room, "end")
    body = client.get(url).json()
    assert body["status"] == "ended" and body["code"] is None
    wall = next(step for step in body["steps"] if step["kind"] == "idea_wall")
    notes = wall["results"]["columns"][1]["notes"]
    assert notes[0]["text"] == "Geen vervanger voor de monteur" and notes[0]["upvotes"] == 1
    assert "by" not in notes[0]
    assert "Anna de Vries" not in str(body)
    dots = next(step for step in body["steps"] if step["kind"] == "dot_vote")
    assert [cell["value"] for cell in dots["results"]["plate"][0]["cells"]] == [5, 1, 0]
    poll = next(step for step in body["steps"] if step["kind"] == "poll")
    assert [o["count"] for o in poll["results"]["options"]] == [1, 0, 1]


def test_facilitators_see_a_running_workshop_with_the_authors_of_named_notes(room, client):
    hold_workshop(room, end=False)
    client.force_login(room.facilitator)
    body = client.get(f"/api/workshops/{room.workshop.pk}").json()
    assert body["status"] == "live" and body["code"] == room.workshop.code
    wall = next(step for step in body["steps"] if step["kind"] == "idea_wall")
    assert wall["results"]["columns"][1]["notes"][0]["by"] == "Anna de Vries"
    assert [p["number"] for p in body["participants"]] == [1, 2]


def test_the_workshop_operations_are_in_the_openapi_schema(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "get" in paths["/api/sessions/{session_id}/workshops"]
    assert "get" in paths["/api/workshops/{workshop_id}"]
