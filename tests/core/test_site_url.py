"""Links that leave the site (calendar files, the sitemap, e-mails) point at the host that
served them, or outside a request at the configured SITE_URL, never at localhost."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from icalendar import Calendar
from wagtail.models import Site

from network import roles
from network.choices import OrganisationStatus
from network.factories import OrganisationFactory, person_with_role
from notifications.services import notification_send
from tests.accounts.test_signup_and_login import PASSWORDS, SIGNUP
from tests.cases.test_contributions import CONTRIBUTION, approve, submit
from tests.helpers import page_by_slug, text_of

pytestmark = pytest.mark.django_db

HOST = "brederbelang.example"


@pytest.fixture
def site_url(settings):
    settings.SITE_URL = f"https://{HOST}"
    return settings.SITE_URL


def _links(text: str) -> list[str]:
    return re.findall(r"https?://[^\s<>\"]+", text)


def test_a_calendar_file_points_at_the_host_that_served_it(client):
    session = page_by_slug("netwerkdag")
    response = client.get(f"{session.url}kalender/", HTTP_HOST=HOST)
    event = Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert str(event["url"]) == f"http://{HOST}{session.url}"
    assert str(event["uid"]) == f"session-{session.pk}@{HOST}"


def test_the_sitemap_lists_addresses_on_the_host_that_asked(client):
    response = client.get("/sitemap.xml", HTTP_HOST=HOST)
    locations = re.findall(r"<loc>([^<]+)</loc>", text_of(response))
    assert f"http://{HOST}{page_by_slug('nationale-zorgreserve').url}" in locations
    assert all(location.startswith(f"http://{HOST}/") for location in locations)


def test_robots_txt_names_the_sitemap_on_the_same_host(client):
    assert f"Sitemap: http://{HOST}/sitemap.xml" in text_of(
        client.get("/robots.txt", HTTP_HOST=HOST)
    )


def test_the_digest_links_to_the_configured_site(site_url, member):
    notification_send(user=member, title="Een vraag past bij u", url="/matching/vragen/")
    call_command("send_digests", verbosity=0)
    (message,) = [m for m in mail.outbox if member.email in m.to]
    assert f"{site_url}/matching/vragen/" in _links(message.body)


def test_an_invitation_links_to_the_host_the_administrator_used(
    client, admin_a, django_capture_on_commit_callbacks
):
    client.force_login(admin_a)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/netwerk/organisaties/alfa-techniek/mensen/",
            {"email": "nieuw@alfa.example", "role": "member"},
            HTTP_HOST=HOST,
        )
    (message,) = mail.outbox
    assert [link for link in _links(message.body) if "/account/uitnodiging/" in link]
    assert all(link.startswith(f"http://{HOST}/") for link in _links(message.body))


def test_a_password_reset_links_to_the_host_it_was_asked_on(client, member):
    client.post("/account/wachtwoord-vergeten/", {"email": member.email}, HTTP_HOST=HOST)
    (message,) = mail.outbox
    assert _links(message.body)
    assert all(link.startswith(f"http://{HOST}/") for link in _links(message.body))


def test_the_desk_hears_of_a_registration_with_a_link_to_its_page(
    client, site_url, django_capture_on_commit_callbacks
):
    person_with_role(
        organisation=OrganisationFactory(status=OrganisationStatus.JOINED),
        roles=[roles.LOKET],
        email="desk@example.org",
    )
    client.post("/account/aanmelden/", SIGNUP)
    (confirmation,) = mail.outbox
    (link,) = [link for link in _links(confirmation.body) if "/aanmelden/bevestigen/" in link]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(urlsplit(link).path, PASSWORDS)
    (message,) = [m for m in mail.outbox if m.to == ["desk@example.org"]]
    assert f"{site_url}/netwerk/loket/" in _links(message.body)


def test_the_author_of_an_approved_case_gets_links_to_it(
    client, site_url, member, loket, django_capture_on_commit_callbacks
):
    client.force_login(member)
    submit(client, CONTRIBUTION)
    case = page_by_slug("praktijkvoorbeelden").get_children().get(title=CONTRIBUTION["title"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        approve(client, loket, case)
    (message,) = [m for m in mail.outbox if m.to == [member.email]]
    links = _links(message.body)
    assert f"{site_url}{case.specific.url}" in links
    assert f"{site_url}/account/bijdragen/" in links


def test_the_demo_loader_gives_wagtails_site_the_configured_address(site_url):
    call_command("load_demo", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == (HOST, 443)
    assert site.root_url == site_url
    assert page_by_slug("privacy").full_url == f"{site_url}/privacy/"
