"""A workshop's facilitators download it whole, as CSV and as JSON, from the console; the
downloads name no one on an anonymous step and carry no tokens or accounts."""

import csv
import io
import json

import pytest

from network.factories import UserFactory
from tests.helpers import text_of
from tests.workshops.helpers import hold_workshop
from workshops import services

pytestmark = pytest.mark.django_db


def _urls(room):
    return (f"/live/export/{room.workshop.pk}/csv/", f"/live/export/{room.workshop.pk}/json/")


def test_the_console_links_to_both_exports(room, client):
    client.force_login(room.facilitator)
    html = text_of(client.get(f"/live/{room.workshop.code}/console/"))
    for url in _urls(room):
        assert f'href="{url}"' in html


def test_the_csv_holds_every_result_and_note_and_no_formula(room, client):
    people = hold_workshop(room, end=False)
    first = room.elements[0]
    # Anna changes her answer: the last one counts.
    services.action_submit(
        participant=people["anna"], kind="poll_answer", payload={"options": [1]}, client_id="x"
    )
    client.force_login(room.facilitator)
    response = client.get(_urls(room)[0])
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:3] == ["Stap", "Soort", "Titel"]
    by_item = {row[4]: row for row in rows[1:]}
    assert by_item[f"1.1 {first.title}"][3] == f"1. {first.get_parent().title}"
    assert by_item[f"1.1 {first.title}"][5] == "5"
    note = by_item["Geen vervanger voor de monteur"]
    assert note[3] == "Obstakels" and note[5] == "1" and note[7] == "Anna de Vries"
    assert by_item["Ja"][5] == "0" and by_item["Nee"][5] == "1"


def test_the_json_numbers_participants_and_names_no_one_on_an_anonymous_step(room, client):
    wall = room.workshop.steps.get(kind="idea_wall")
    wall.anonymous = True
    wall.save()
    held = hold_workshop(room)
    client.force_login(room.facilitator)
    export = json.loads(client.get(_urls(room)[1]).content)
    text = json.dumps(export)
    assert "Anna de Vries" not in text and "Bas Jansen" not in text
    assert held["anna"].token not in text
    assert str(room.facilitator.pk) not in [str(p.get("user")) for p in export["participants"]]
    assert [p["number"] for p in export["participants"]] == [1, 2]
    assert set(export["participants"][0]) == {"number", "joined_at", "actions"}
    kinds = [step["kind"] for step in export["steps"]]
    assert kinds == ["info", "dot_vote", "idea_wall", "market", "poll"]
    notes = export["steps"][2]["results"]["columns"][1]["notes"]
    assert notes[0]["text"] == "Geen vervanger voor de monteur" and notes[0]["by"] is None


def test_only_the_workshops_facilitators_download_it(room, client):
    for url in _urls(room):
        assert client.get(url).status_code == 302  # to the log-in
    client.force_login(UserFactory())
    for url in _urls(room):
        assert client.get(url).status_code == 403
    assert client.get("/live/export/999999/csv/").status_code == 404
