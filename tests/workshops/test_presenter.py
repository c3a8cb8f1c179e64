"""The presenter screen, the step timer and who is present, through the pages and the socket."""

import datetime
import re

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError

from core.limits import LIVE_TIMER_MAX_SECONDS
from network.factories import UserFactory
from tests.helpers import text_of
from tests.workshops.conftest import open_step, steer
from workshops import selectors, services
from workshops.models import PresenceSample

pytestmark = pytest.mark.django_db

MOMENT = datetime.datetime(2026, 3, 4, 14, 0, 10, tzinfo=datetime.UTC)


def _join(room, name):
    return services.participant_join(workshop=room.workshop, display_name=name)


def test_the_presenter_screen_is_for_the_workshops_facilitators_only(client, room):
    url = f"/live/{room.workshop.code}/presenter/"
    assert client.get(url).status_code == 302  # to the log-in page
    client.force_login(UserFactory())
    assert client.get(url).status_code == 403
    client.force_login(room.facilitator)
    assert client.get(url).status_code == 200


def test_the_presenter_shows_the_code_a_qr_of_the_join_url_and_the_live_results(client, room):
    open_step(room, 2)
    anna = _join(room, "Anna")
    services.action_submit(
        participant=anna,
        kind="dots_place",
        payload={"dots": {room.elements[1].pk: 3}},
        client_id="a1",
    )
    client.force_login(room.facilitator)
    html = text_of(client.get(f"/live/{room.workshop.code}/presenter/"))
    assert room.workshop.code in html
    assert f"http://testserver/live/{room.workshop.code}/" in html
    svg = re.search(r"<svg[^>]*class=\"live__qr\"[^>]*>.*?</svg>", html, re.S)
    assert svg and 'role="img"' in svg.group(0) and "<path" in svg.group(0)
    assert "QR-code om mee te doen" in svg.group(0)
    assert "1 persoon aanwezig" in html
    assert room.workshop.current_step.title in html
    # The results show on the projector before the room sees them on the phones.
    assert "3 stippen" in html
    assert 'aria-live="polite"' in html
    assert "<script src=" in html and "onclick" not in html and "style=" not in html


def test_the_timer_is_started_and_stopped_by_the_facilitator_and_counts_down(client, room):
    with time_machine.travel(MOMENT, tick=False) as traveller:
        open_step(room, 2)
        anna = _join(room, "Anna")
        client.force_login(room.facilitator)
        console = f"/live/{room.workshop.code}/console/"
        client.post(console, {"command": "timer_start", "value": "90"})
        state = selectors.workshop_state(workshop=room.workshop)
        ends = (MOMENT + datetime.timedelta(seconds=90)).isoformat()
        assert state["timer"] == {"seconds": 90, "ends_at": ends, "left": 90, "left_text": "1:30"}
        traveller.shift(30)
        for url in (console, f"/live/{room.workshop.code}/presenter/"):
            html = text_of(client.get(url))
            assert f'data-ends-at="{ends}"' in html and ">1:00</span>" in html
        phone = client.__class__()
        phone.cookies[f"live_{room.workshop.code}"] = anna.token
        assert "Resterende tijd: <span" in text_of(phone.get(f"/live/{room.workshop.code}/"))
        client.post(console, {"command": "timer_stop"})
        assert selectors.workshop_state(workshop=room.workshop)["timer"] == {
            "seconds": 90,
            "ends_at": None,
            "left": None,
        }
        stopped = text_of(phone.get(f"/live/{room.workshop.code}/"))
        assert re.search(
            r'<p class="live__timer" data-live-timer data-ends-at=""[^>]* hidden>', stopped
        )


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("abc", "Geef de duur van de timer in hele seconden."),
        ("5", "Een timer loopt van 10 tot 3600 seconden."),
        (str(LIVE_TIMER_MAX_SECONDS + 1), "Een timer loopt van 10 tot 3600 seconden."),
    ],
)
def test_a_timer_of_a_wrong_length_is_refused_by_name(client, room, value, reason):
    open_step(room, 2)
    client.force_login(room.facilitator)
    console = f"/live/{room.workshop.code}/console/"
    response = client.post(console, {"command": "timer_start", "value": value}, follow=True)
    assert reason in text_of(response)
    assert room.workshop.steps.get(order=2).timer_started_at is None


def test_the_timer_rules_are_checked_in_the_service(room):
    with pytest.raises(ValidationError) as refused:
        steer(room, ("timer_start", 60))  # the workshop is still a draft
    assert "value" in refused.value.message_dict
    open_step(room, 2)
    with pytest.raises(ValidationError) as refused:
        steer(room, "timer_stop")
    assert refused.value.message_dict["value"] == ["De timer van deze stap loopt niet."]
    with pytest.raises(ValidationError):
        steer(room, ("timer_start", True))
    stranger = UserFactory()
    with pytest.raises(PermissionDenied):
        services.workshop_steer(
            workshop=room.workshop, user=stranger, command="timer_start", value=60
        )


def test_the_console_shows_who_is_present_and_the_rooms_size_per_minute(client, room):
    with time_machine.travel(MOMENT, tick=False) as traveller:
        anna = _join(room, "Anna")
        _join(room, "Bram")  # two joins in one minute: one sample
        assert list(PresenceSample.objects.values_list("present", flat=True)) == [1]
        client.force_login(room.facilitator)
        now = text_of(client.get(f"/live/{room.workshop.code}/console/"))
        # The minute under way shows who is present now, not only its first sample.
        assert re.findall(r"<tr><td>\d\d:\d\d</td><td>(\d+)</td></tr>", now) == ["2"]
        assert re.search(r'<circle class="live__chart-dot" cx="24\.0" cy="24\.0"', now)
        traveller.shift(60 * 2)
        _join(room, "Cas")
        traveller.shift(60)
        services.participant_seen(participant=anna)
        traveller.shift(60 * 4 + 5)  # Bram and Cas were last seen over five minutes ago
        services.participant_seen(participant=anna)
        samples = list(PresenceSample.objects.values_list("present", flat=True))
        assert samples == [1, 3, 3, 1]
        html = text_of(client.get(f"/live/{room.workshop.code}/console/"))
    assert "Wie is er aanwezig" in html
    present = re.search(r'<ul class="live__present">(.*?)</ul>', html, re.S).group(1)
    assert "Anna" in present and "Bram" not in present
    # A row per minute since the first sample; a minute without one keeps the count before.
    rows = re.findall(r"<tr><td>(\d\d:\d\d)</td><td>(\d+)</td></tr>", html)
    assert [count for _minute, count in rows] == ["1", "1", "3", "3", "3", "3", "3", "1"]
    assert rows[0][0] == "15:00"  # shown in Amsterdam's time
    points = re.search(r'<polyline class="live__chart-line" points="([^"]+)"', html).group(1)
    assert len(points.split()) == 8


def test_the_presenter_thanks_the_room_once_the_workshop_has_ended(client, room):
    open_step(room, 2)
    steer(room, "end")
    client.force_login(room.facilitator)
    html = text_of(client.get(f"/live/{room.workshop.code}/presenter/"))
    assert "De werksessie is afgelopen. Dank u wel!" in html
    assert client.get("/live/QQQQQQ/presenter/").status_code == 404


def test_an_ended_workshops_console_still_opens_and_takes_no_more_commands(client, room):
    steer(room, "start", "end")
    client.force_login(room.facilitator)
    console = f"/live/{room.workshop.code}/console/"
    page = client.get(console)
    assert page.status_code == 200
    assert f"/live/export/{room.workshop.pk}/csv/" in page.content.decode()
    response = client.post(console, {"command": "start"}, follow=True)
    assert "Deze werksessie is afgelopen." in response.content.decode()
    room.workshop.refresh_from_db()
    assert room.workshop.status == "ended"
