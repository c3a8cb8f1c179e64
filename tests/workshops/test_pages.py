"""The live workshop's pages with plain forms: they work without JavaScript."""

import re

import pytest

from network.factories import UserFactory
from tests.helpers import text_of
from tests.workshops.conftest import open_step, steer
from workshops.consumers import cookie_name
from workshops.models import Action, Participant

pytestmark = pytest.mark.django_db


def _client_id(html: str) -> str:
    return re.search(r'name="client_id" value="([0-9a-f]+)"', html).group(1)


def _joined(client, room, name="Anna"):
    url = f"/live/{room.workshop.code}/"
    response = client.post(url, {"form": "join", "display_name": name})
    assert response.status_code == 302
    assert client.cookies[cookie_name(room.workshop.code)]["httponly"]
    return url


def test_the_code_leads_to_the_workshop_and_a_wrong_code_says_so(client, room):
    response = client.get("/live/", {"code": room.workshop.code.lower()})
    assert response.status_code == 302 and response["Location"] == f"/live/{room.workshop.code}/"
    html = text_of(client.get("/live/", {"code": "QQQQQQ"}))
    assert "Geen open werksessie heeft deze code." in html


def test_join_with_a_name_then_vote_on_the_plate_with_the_form(client, room):
    open_step(room, 2)
    url = f"/live/{room.workshop.code}/"
    assert "Uw naam in de zaal" in text_of(client.get(url))
    refused = client.post(url, {"form": "join", "display_name": ""})
    assert refused.status_code == 400 and not Participant.objects.exists()
    _joined(client, room)
    html = text_of(client.get(url))
    for element in room.elements:
        assert element.title in html
    first = room.elements[0].pk
    too_many = client.post(
        url,
        {
            "form": "dots_place",
            "client_id": "f1",
            f"dots_{first}": 2,
            f"dots_{room.elements[1].pk}": 2,
        },
    )
    assert too_many.status_code == 400
    assert "U hebt 3 stippen te zetten." in text_of(too_many)
    data = {"form": "dots_place", "client_id": _client_id(html), f"dots_{first}": 3}
    assert client.post(url, data).status_code == 302
    assert client.post(url, data).status_code == 302  # sent twice: counted once
    assert Action.objects.filter(kind="dots_place").count() == 1
    assert "Dank u: het is geteld." in text_of(client.get(url))


def test_a_note_is_posted_and_upvoted_and_results_show_when_the_facilitator_shows_them(
    client, room
):
    open_step(room, 3)
    url = _joined(client, room)
    html = text_of(client.get(url))
    client.post(
        url,
        {
            "form": "note_post",
            "client_id": _client_id(html),
            "column": 2,
            "text": "Deel een monteur",
        },
    )
    assert "Deel een monteur" not in text_of(client.get(url))
    steer(room, ("results", True))
    html = text_of(client.get(url))
    assert "Deel een monteur" in html and "Oplossingen" in html
    note = Action.objects.get(kind="note_post")
    other = client.__class__()
    _joined(other, room, "Bram")
    other.post(url, {"form": "note_upvote", "client_id": "up-1", "note": note.pk})
    assert "1 keer gesteund" in text_of(client.get(url))


def test_the_console_is_for_the_workshops_facilitators_only(client, room):
    url = f"/live/{room.workshop.code}/console/"
    assert client.get(url).status_code == 302  # to the log-in page
    client.force_login(UserFactory())
    assert client.get(url).status_code == 403
    assert client.post(url, {"command": "next"}).status_code == 403
    client.force_login(room.facilitator)
    assert "Werksessie starten" in text_of(client.get(url))
    client.post(url, {"command": "start"})
    client.post(url, {"command": "next"})
    client.post(url, {"command": "input", "value": "true"})
    room.workshop.refresh_from_db()
    assert room.workshop.status == "live"
    assert room.workshop.current_step.order == 2 and room.workshop.current_step.is_open
    third = room.workshop.steps.get(order=3)
    client.post(url, {"command": "goto", "value": str(third.pk)})
    room.workshop.refresh_from_db()
    assert room.workshop.current_step == third


def test_shown_dot_results_are_the_plate_as_a_heat_map_by_theme(client, room):
    open_step(room, 2)
    url = _joined(client, room)
    first, second = room.elements[0], room.elements[1]
    html = text_of(client.get(url))
    data = {"form": "dots_place", "client_id": _client_id(html), f"dots_{first.pk}": 2}
    data[f"dots_{second.pk}"] = 1
    assert client.post(url, data).status_code == 302
    steer(room, ("results", True))
    html = text_of(client.get(url))
    theme = first.get_parent().title
    assert f'<h3 class="heatmap__title">{theme}</h3>' in html
    cells = re.findall(r'heatmap__cell--(\d)">(.*?)<span class="heatmap__count">', html, re.S)
    shades = {re.sub(r"<.*?>", "", label).strip(): int(level) for level, label in cells}
    assert shades[f"1.1 {first.title}"] == 5  # the most dots: the darkest shade
    assert 0 < shades[f"1.2 {second.title}"] < 5
    assert shades[f"1.3 {room.elements[2].title}"] == 0
    assert "2 stippen" in html and "1 stip" in html
