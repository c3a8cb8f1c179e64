"""Phones in headless Chromium on a real ASGI server (uvicorn, Redis as the channel layer,
as production runs it), so `static/js/live.js` speaks over the websocket: a note posted on
one phone appears on the other without a reload, and that phone upvotes it from the results
the room's state brought, without fetching its page. Needs Redis and a database the server
can open (the full-stack pass)."""

import re

import pytest
from playwright.sync_api import expect

from tests.workshops.conftest import room, steer  # noqa: F401 (room is a fixture)
from tests.workshops.test_two_servers import Server
from workshops import services
from workshops.consumers import cookie_name
from workshops.models import Action

# The upvote button of the first note (its name ends in the note's text, hidden on screen).
ON_THE_NOTE = re.compile(r"^Steunen\s*: Een monteur op dinsdag$")

pytestmark = [pytest.mark.browser, pytest.mark.redis, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def server(tmp_path, monkeypatch):
    monkeypatch.setenv("STATIC_FROM_FINDERS", "true")  # live.js from the source tree
    started = Server(tmp_path / "server.log")
    try:
        started.wait_until_listening()
        yield started
    finally:
        started.stop()


def _phone(chromium, server, participant):
    base = f"http://127.0.0.1:{server.port}"
    context = chromium.new_context(base_url=base, viewport={"width": 390, "height": 844})
    name = cookie_name(participant.workshop.code)
    context.add_cookies([{"name": name, "value": participant.token, "url": base}])
    page = context.new_page()
    page.set_default_timeout(20_000)
    return page


def test_a_phone_sees_a_note_arrive_and_upvotes_it_without_fetching_its_page(
    chromium,
    room,  # noqa: F811
    server,
):
    wall = room.workshop.steps.get(order=3)
    steer(room, "start", ("goto", wall.pk), ("input", True), ("results", True))
    anna = services.participant_join(workshop=room.workshop, display_name="Anna")
    bram = services.participant_join(workshop=room.workshop, display_name="Bram")
    code = room.workshop.code
    phones = {person: _phone(chromium, server, person) for person in (anna, bram)}
    pages_fetched = []
    phones[bram].on(
        "request",
        lambda request: (
            pages_fetched.append(request.url)
            if request.resource_type in {"document", "fetch", "xhr"}
            else None
        ),
    )
    for page in phones.values():
        with page.expect_websocket() as opened:
            page.goto(f"/live/{code}/")
        opened.value.wait_for_event("framereceived")  # the state, on connect

    phones[anna].get_by_label("Uw briefje").fill("Een monteur op dinsdag")
    phones[anna].get_by_role("button", name="Briefje plaatsen").click()
    expect(phones[anna].get_by_text("Dank u: het is geteld.")).to_be_visible()
    expect(phones[anna].get_by_label("Uw briefje")).to_have_value("")  # ready for the next

    results = phones[bram].locator("[data-live-results]")
    expect(results).to_contain_text("Een monteur op dinsdag")
    # Bram is on the note's button with the keyboard when Anna's next note comes in: the
    # results change under him, and he stays on the same button.
    results.get_by_role("button", name=ON_THE_NOTE).focus()
    phones[anna].get_by_label("Uw briefje").fill("Wie neemt het werk over?")
    phones[anna].get_by_role("button", name="Briefje plaatsen").click()
    expect(results).to_contain_text("Wie neemt het werk over?")
    focused = phones[bram].evaluate("document.activeElement.textContent")
    assert focused.startswith("Steunen") and "Een monteur op dinsdag" in focused
    results.get_by_role("button", name=ON_THE_NOTE).click()
    expect(results).to_contain_text("U hebt deze notitie gesteund.")
    expect(results.get_by_role("button", name=ON_THE_NOTE)).to_have_count(0)
    # Anna has not upvoted it: her page still offers the button, and shows Bram's upvote.
    anna_results = phones[anna].locator("[data-live-results]")
    expect(anna_results).to_contain_text("1 keer gesteund")
    expect(anna_results.get_by_role("button", name=ON_THE_NOTE)).to_be_visible()

    note = Action.objects.get(kind="note_post", payload__text="Een monteur op dinsdag")
    upvote = Action.objects.get(kind="note_upvote")
    assert upvote.participant == bram and upvote.payload == {"note": note.pk}
    assert pages_fetched == [f"http://127.0.0.1:{server.port}/live/{code}/"]
    for page in phones.values():
        page.context.close()
