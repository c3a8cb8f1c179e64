"""Headless Chromium (Debian's package) driven by Playwright against a live server."""

import os
from pathlib import Path

import pytest

from tests.conftest import CHROMIUM

BROWSER_TESTS = Path(__file__).parent
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Playwright's sync API keeps its event loop marked as running in the test's thread
    between browser steps, so Django's async-safety check would refuse the plain synchronous
    ORM calls a browser test makes around those steps (creating users, reading what was
    saved, flushing the database afterwards). The check is lifted for the browser tests
    only, from each one's setup to its teardown; every other test keeps it, and the live
    server answers the browser from a thread of its own, where the check holds."""
    if not item.path.is_relative_to(BROWSER_TESTS):  # pytest calls this hook for every test
        return (yield)
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        return (yield)
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


# Package scope: Playwright stops (and takes its event loop out of this thread) once the
# browser tests are done, so the tests that run after them keep the async-safety check.
@pytest.fixture(scope="package")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium, demo_content, live_server):
    context = chromium.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def site_users(demo_content):
    """A user for each role of tests/browser/site_pages.py (anonymous is None): a member of
    Chain Logistics who offers time, its organisation administrator, and the desk, which has
    run a matching round."""
    from matching.models import Availability
    from matching.services import round_run
    from network.factories import person_with_role
    from network.models import Organisation
    from tests.browser import site_pages

    member = (
        Availability.objects.filter(person__organisation__slug="chain-logistics")
        .order_by("pk")
        .first()
        .person.user
    )
    administrator = person_with_role(
        organisation=Organisation.objects.get(slug="chain-logistics"),
        roles=["Organisatiebeheerders"],
        email="beheer@chain.example",
    ).user
    desk = person_with_role(
        organisation=Organisation.objects.get(slug="hr-ecosysteem"),
        roles=["Loket"],
        email="loket@hr-ecosysteem.example",
    ).user
    round_run(actor=desk)
    return {
        site_pages.ANONYMOUS: None,
        site_pages.MEMBER: member,
        site_pages.ORGANISATION_ADMIN: administrator,
        site_pages.DESK: desk,
    }


@pytest.fixture
def browser_as(chromium, live_server):
    """Open a browser page logged in as a user (or anonymous for None) without the log-in
    form: the session cookie comes from Django's test client."""
    from django.conf import settings
    from django.test import Client

    contexts = []

    def open_page(user, *, width=1366, height=900):
        context = chromium.new_context(
            base_url=live_server.url, viewport={"width": width, "height": height}
        )
        contexts.append(context)
        if user is not None:
            client = Client()
            client.force_login(user)
            name = settings.SESSION_COOKIE_NAME
            context.add_cookies(
                [{"name": name, "value": client.cookies[name].value, "url": live_server.url}]
            )
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield open_page
    for context in contexts:
        context.close()
