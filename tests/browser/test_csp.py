"""Every page under the Content-Security-Policy, in headless Chromium: no violation anywhere.

The live server runs the test settings, whose policy is the production one (it lives in
config/settings/base.py; tests/core/test_headers.py checks that production keeps it). The
site is crawled from its menus and links as a visitor, a member who administers an
organisation, the desk and an editor; Wagtail's admin is visited page type by page type under
its own policy. A blocked inline script, style attribute, eval or foreign resource raises a
`securitypolicyviolation` event in the page, and Chromium reports a header it does not
understand on the console: both fail the test, with the page and what was blocked.
"""

import re
from urllib.parse import urljoin, urlsplit

import pytest

from network.factories import person_with_role
from network.models import Organisation
from tests.helpers import page_by_slug

pytestmark = pytest.mark.browser

PASSWORD = "csp-wachtwoord-1"
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} ` +
        `(${event.sourceFile}:${event.lineNumber}) ${event.sample}`
    );
});
"""
# Links that change state, download a file or leave the pages being checked.
SKIP = re.compile(r"uitloggen|logout|\.ics$|export|^/(media|static|documents)/|^/api/(?!docs)")
PAGES_PER_ROLE = 40
PAGES_PER_KIND = 2  # e.g. two cases, two organisations: the same template needs no third


class Watcher:
    """Records violations and header errors of every page one browser context opens."""

    def __init__(self, page):
        self.page = page
        self.problems = []
        page.context.add_init_script(RECORD_VIOLATIONS)
        page.on("console", self._console)

    def _console(self, message):
        text = message.text
        if "Content Security Policy" in text or "Permissions-Policy" in text:
            self.problems.append(f"{self.page.url}: console: {text}")

    def visit(self, path):
        response = self.page.goto(path)
        self.page.wait_for_load_state("load")
        if response.status >= 500:
            self.problems.append(f"{path}: server error {response.status}")
        if "content-security-policy" not in response.headers:
            self.problems.append(f"{path}: no Content-Security-Policy header")
        for violation in self.page.evaluate("window.__cspViolations || []"):
            self.problems.append(f"{path}: {violation}")

    def links(self, path):
        hrefs = self.page.eval_on_selector_all(
            "a[href]", "links => links.map((link) => link.getAttribute('href'))"
        )
        base = urlsplit(self.page.url)
        for href in hrefs:
            url = urlsplit(urljoin(self.page.url, href))
            if url.netloc == base.netloc and not SKIP.search(url.path):
                yield url.path + (f"?{url.query}" if url.query else "")


def _kind(path: str) -> str:
    """Pages of one kind share a template: the same parent, numbers and ids left out."""
    parent = re.sub(r"[0-9a-f-]{16,}|\d+", "#", path.split("?")[0]).rstrip("/").rsplit("/", 1)[0]
    return parent + ("?" if "?" in path else "")


def _crawl(watcher, start, *, admin=False):
    queue, seen, per_kind = list(start), set(), {}
    while queue and len(seen) < PAGES_PER_ROLE:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        watcher.visit(path)
        for link in watcher.links(path):
            if link in seen or link.startswith("/admin/") != admin:
                continue
            kind = per_kind.setdefault(_kind(link), set())
            if link in kind or len(kind) < PAGES_PER_KIND:
                kind.add(link)
                queue.append(link)
    return seen


def _log_in(page, email, *, admin=False):
    page.goto("/admin/login/" if admin else "/account/inloggen/")
    page.fill("#id_username", email)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.locator("form [type=submit]").last.click()


def _person(email, roles, organisation="chain-logistics"):
    return person_with_role(
        organisation=Organisation.objects.get(slug=organisation),
        roles=roles,
        email=email,
        password=PASSWORD,
    )


def test_no_page_of_the_site_violates_the_policy(chromium, live_server, demo_content):
    """As a visitor, as a member who administers an organisation, and as the desk."""
    _person("csp-beheer@chain.example", ["Organisatiebeheerders"])
    _person("csp-loket@hr.example", ["Loket"], "hr-ecosysteem")
    roles = [
        (
            None,
            [
                "/",
                "/en/",
                "/zoeken/?q=zorg",
                "/bestaat-niet/",
                "/api/docs",
                page_by_slug("hybride-docenten-brainport").url,
            ],
        ),
        (
            "csp-beheer@chain.example",
            [
                "/account/",
                "/netwerk/mijn-profiel/",
                "/matching/vragen/",
                "/matching/beschikbaarheid/nieuw/",  # the week grid's script
                "/matching/goedkeuren/",
                "/netwerk/mensen/",
            ],
        ),
        ("csp-loket@hr.example", ["/account/", "/netwerk/loket/", "/matching/rondes/"]),
    ]
    problems, visited = [], {}
    for email, start in roles:
        context = chromium.new_context(base_url=live_server.url)
        page = context.new_page()
        page.set_default_timeout(15_000)
        watcher = Watcher(page)
        if email:
            _log_in(page, email)
        visited[email] = _crawl(watcher, start)
        if email is None:
            # The no-js/js switch is a file now, and it ran before the page was drawn.
            page.goto("/")
            assert page.evaluate("document.documentElement.className") == "js"
        problems += watcher.problems
        context.close()
    assert all(len(pages) > 10 for pages in visited.values()), visited
    assert not problems, "\n".join(problems)


def test_wagtails_admin_works_under_its_own_policy(browser_page, django_user_model):
    from wagtail.models import Collection

    from cases.models import CasePage
    from core.models import HomePage

    # A transactional test starts from a flushed database: the root collection that Wagtail's
    # migration made is gone, and the image and document upload pages need it.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    django_user_model.objects.create_superuser(
        email="csp-editor@example.org", password=PASSWORD, first_name="Cas", last_name="Editor"
    )
    watcher = Watcher(browser_page)
    _log_in(browser_page, "csp-editor@example.org", admin=True)
    home = HomePage.objects.first()
    case = CasePage.objects.live().first()
    start = [
        "/admin/",
        f"/admin/pages/{home.pk}/edit/",
        f"/admin/pages/{case.pk}/edit/",
        f"/admin/pages/{case.get_parent().pk}/",
        "/admin/snippets/network/organisation/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/users/",
        "/admin/reports/site-history/",
    ]
    visited = _crawl(watcher, start, admin=True)
    # The editor's scripts ran: its form is drawn and its tabs answer.
    browser_page.goto(f"/admin/pages/{home.pk}/edit/")
    assert browser_page.locator("form#page-edit-form").is_visible()
    # The site as an editor sees it, with Wagtail's user bar, under the site's policy.
    watcher.visit("/")
    assert browser_page.locator("wagtail-userbar").count() == 1
    assert len(visited) > 20, sorted(visited)
    assert not watcher.problems, "\n".join(watcher.problems)
