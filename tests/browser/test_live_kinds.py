"""The scale, word cloud, questions and ranking steps in headless Chromium: the participant's
page (its form and the results) and the facilitator's console, on a laptop and a phone, with
no WCAG 2.1 AA violation axe can detect. Set LIVE_SCREENSHOTS to a folder to keep a PNG of
each page."""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings

from tests.browser.test_accessibility import WCAG_21_AA
from tests.workshops.conftest import room, steer  # noqa: F401 (room is a fixture)
from workshops import services
from workshops.consumers import cookie_name
from workshops.kinds import kind_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIEWPORTS = {"laptop": (1366, 900), "phone": (390, 844)}

STEPS = [
    ("scale", {"statements": ["Wij delen mensen met andere werkgevers", "Wij leren samen"]}),
    ("word_cloud", {"words": 3}),
    ("questions", {}),
    ("ranking", {"items": ["Tijd", "Geld", "Mensen", "Kennis"]}),
]


def _room_acts(room, participants, step):  # noqa: F811
    """Every participant does something on this step, so the results have something."""
    acts = {
        "scale": [{"answers": {0: 5, 1: 3}}, {"answers": {0: 4, 1: 2}}, {"answers": {0: 2}}],
        "word_cloud": [
            {"words": ["Monteurs", "tijd", "uitdagingen"]},
            {"words": ["monteur", "Kennisdeling"]},
            {"words": ["tijd", "vertrouwen"]},
        ],
        "ranking": [{"order": [2, 1, 0, 3]}, {"order": [1, 2, 3, 0]}, {"order": [2, 3, 1, 0]}],
    }
    if step.kind == "questions":
        asked = [
            services.action_submit(
                participant=participant, kind="question_ask", payload={"text": text}, client_id=text
            ).action
            for participant, text in zip(
                participants,
                ["Wie betaalt de reiskosten bij een uitlening?", "Hoe regelen we de verzekering?"],
                strict=False,
            )
        ]
        services.action_submit(
            participant=participants[2],
            kind="question_upvote",
            payload={"question": asked[0].pk},
            client_id="up",
        )
        services.action_moderate(
            workshop=room.workshop,
            user=room.facilitator,
            action_id=asked[1].pk,
            command="answered",
            value=True,
        )
        return
    for number, (participant, payload) in enumerate(
        zip(participants, acts[step.kind], strict=True)
    ):
        services.action_submit(
            participant=participant,
            kind=kind_of(step.kind).main_action,
            payload=payload,
            client_id=f"{step.kind}-{number}",
        )


def test_each_kinds_page_and_console_on_a_laptop_and_a_phone(chromium, live_server, client, room):  # noqa: F811
    participants = [
        services.participant_join(workshop=room.workshop, display_name=name)
        for name in ("Anna", "Bram", "Carla")
    ]
    steps = [
        services.step_add(workshop=room.workshop, kind=kind, title=title, config=config)
        for (kind, config), title in zip(
            STEPS,
            [
                "Hoe ver is uw organisatie?",
                "Welk woord past bij uitlenen?",
                "Uw vragen aan de gespreksleider",
                "Wat is het belangrijkst?",
            ],
            strict=True,
        )
    ]
    steer(room, "start")
    client.force_login(room.facilitator)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    host = live_server.url.split("//")[1].split(":")[0]
    shots = os.environ.get("LIVE_SCREENSHOTS")
    axe = Axe()
    for step in steps:
        steer(room, ("goto", step.pk), ("input", True))
        _room_acts(room, participants, step)
        steer(room, ("results", True))
        for view, cookie in (
            ("room", {"name": cookie_name(room.workshop.code), "value": participants[2].token}),
            ("console", {"name": settings.SESSION_COOKIE_NAME, "value": session}),
        ):
            path = f"/live/{room.workshop.code}/" + ("console/" if view == "console" else "")
            for size, (width, height) in VIEWPORTS.items():
                context = chromium.new_context(
                    base_url=live_server.url, viewport={"width": width, "height": height}
                )
                context.add_cookies([{**cookie, "domain": host, "path": "/"}])
                page = context.new_page()
                page.goto(path)
                assert step.title in page.content()
                scroll_width = page.evaluate("document.documentElement.scrollWidth")
                assert scroll_width <= width, (step.kind, view, size)
                if size == "laptop":
                    results = axe.run(page, options=WCAG_21_AA)
                    assert results.violations_count == 0, results.generate_report()
                if shots:
                    Path(shots).mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=f"{shots}/{step.kind}-{view}-{size}.png", full_page=True)
                context.close()
