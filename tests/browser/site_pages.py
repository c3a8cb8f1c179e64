"""Every page of the site, once for each role that sees it differently.

The browser checks that visit the whole site (layout, landmark names) read this one list.
When you add a page to the site, add it here: a path, or a function of the demo content that
returns one, and the roles that see it differently (the first role is enough for a page that
looks the same to everyone).
"""

from collections.abc import Callable
from dataclasses import dataclass

ANONYMOUS = "anonymous"
MEMBER = "member"
ORGANISATION_ADMIN = "organisation administrator"
DESK = "desk"
ROLES = (ANONYMOUS, MEMBER, ORGANISATION_ADMIN, DESK)


@dataclass(frozen=True)
class SitePage:
    """A page to visit: its path (or a function returning it) and who looks at it."""

    path: str | Callable[[], str]
    roles: tuple[str, ...] = (ANONYMOUS,)
    status: int = 200

    def url(self) -> str:
        return self.path() if callable(self.path) else self.path


def _page(slug: str) -> Callable[[], str]:
    def path() -> str:
        from tests.helpers import page_by_slug

        return page_by_slug(slug).url

    return path


def _public_person() -> str:
    from network.models import Person

    person = Person.objects.filter(visibility="public", user__is_active=True).order_by("pk")
    return f"/netwerk/mensen/{person.first().public_id}/"


def _members_only_person() -> str:
    from network.models import Person

    person = Person.objects.filter(
        visibility="members", user__is_active=True, organisation__slug="chain-logistics"
    ).order_by("pk")
    return f"/netwerk/mensen/{person.first().public_id}/"


def _request(title_start: str, suffix: str = "") -> Callable[[], str]:
    def path() -> str:
        from matching.models import ExchangeRequest

        request = ExchangeRequest.objects.get(title__startswith=title_start)
        return f"/matching/vragen/{request.pk}/{suffix}"

    return path


def _availability_edit() -> str:
    from matching.models import Availability

    availability = Availability.objects.filter(
        person__organisation__slug="chain-logistics"
    ).order_by("pk")
    return f"/matching/beschikbaarheid/{availability.first().pk}/bewerken/"


def _latest_round() -> str:
    from matching.models import MatchingRound

    return f"/matching/rondes/{MatchingRound.objects.latest('pk').pk}/"


def _an_exchange(suffix: str = "", prefix: str = "") -> Callable[[], str]:
    """The demo's first exchange (the desk sees every one). After a flush the places are gone
    and few demo candidates can travel, so which organisations it has may vary."""

    def path() -> str:
        from exchanges.models import Exchange

        exchange = Exchange.objects.order_by("pk").first()
        return f"{prefix}/uitwisselingen/{exchange.pk}/{suffix}"

    return path


def _a_statement() -> str:
    from exchanges.models import Exchange

    exchange = Exchange.objects.order_by("pk").first()
    month = exchange.starts_on
    return f"/uitwisselingen/{exchange.pk}/kosten/{month.year}/{month.month}/"


def _exchange_start() -> str:
    from matching.models import ExchangeRequest

    request = ExchangeRequest.objects.get(title__startswith=OWN_REQUEST)
    return f"/uitwisselingen/nieuw/{request.pk}/"


EVERYONE = (ANONYMOUS, MEMBER)
OWN_ORGANISATION = "/netwerk/organisaties/chain-logistics/"
OWN_REQUEST = "Extra handen"
OTHER_REQUEST = "Software-engineer"

SITE_PAGES = [
    # Wagtail's page types, in the demo's tree.
    SitePage("/", roles=EVERYONE),
    SitePage("/actieplaat/"),
    SitePage("/actieplaat/maatwerk/"),
    SitePage("/actieplaat/matching/centraal-loket/"),
    SitePage("/praktijkvoorbeelden/"),
    SitePage("/praktijkvoorbeelden/?sector=onbekend", status=400),
    SitePage(_page("hybride-docenten-brainport")),
    SitePage(_page("uitwisseling-defensie-thales-royal-ihc")),
    SitePage(_page("routekaart-uitlenen-en-inlenen")),
    SitePage(_page("handreiking-visie")),
    SitePage("/bijeenkomsten/"),
    SitePage(_page("netwerkdag")),
    SitePage(_page("expertgroep-bijeenkomst-4")),
    SitePage(_page("over-het-netwerk")),
    SitePage(_page("privacy")),
    SitePage("/sitemap/"),
    SitePage("/bestaat-niet/", status=404),
    # Search.
    SitePage("/zoeken/?q=zorg", roles=EVERYONE),
    SitePage("/zoeken/?q=zorg&type=people"),
    SitePage("/zoeken/?q=reservist&type=cases&sortering=newest"),
    SitePage("/zoeken/?q=xyzzyx"),
    # The network: its start page per role, the directory and profiles.
    SitePage("/netwerk/", roles=(*EVERYONE, ORGANISATION_ADMIN, DESK)),
    SitePage("/netwerk/organisaties/", roles=EVERYONE),
    SitePage(OWN_ORGANISATION, roles=(*EVERYONE, ORGANISATION_ADMIN, DESK)),
    SitePage("/netwerk/mensen/", roles=EVERYONE),
    SitePage(_public_person),
    SitePage(_members_only_person, roles=(MEMBER,)),
    SitePage(OWN_ORGANISATION + "bewerken/", roles=(ORGANISATION_ADMIN,)),
    SitePage(OWN_ORGANISATION + "mensen/", roles=(ORGANISATION_ADMIN,)),
    SitePage("/netwerk/loket/", roles=(DESK,)),
    # Accounts.
    SitePage("/account/inloggen/"),
    SitePage("/account/aanmelden/"),
    SitePage("/account/aanmelden/verstuurd/"),
    SitePage("/account/wachtwoord-vergeten/"),
    SitePage("/account/wachtwoord-wijzigen/", roles=(MEMBER,)),
    SitePage("/account/", roles=(MEMBER,)),
    SitePage("/account/api-sleutels/", roles=(MEMBER,)),
    SitePage("/account/bijdragen/", roles=(MEMBER,)),
    SitePage("/account/bijdragen/nieuw/", roles=(MEMBER,)),
    SitePage("/netwerk/mijn-profiel/", roles=(MEMBER,)),
    SitePage("/netwerk/mijn-gegevens/", roles=(MEMBER,)),
    SitePage("/meldingen/", roles=(MEMBER,)),
    # Matching: its start page per role, requests, availability, approvals and rounds.
    SitePage("/matching/", roles=(*EVERYONE, ORGANISATION_ADMIN, DESK)),
    SitePage("/matching/vragen/", roles=(MEMBER, ORGANISATION_ADMIN, DESK)),
    SitePage(_request(OTHER_REQUEST), roles=(MEMBER, ORGANISATION_ADMIN)),
    SitePage(_request(OWN_REQUEST), roles=(ORGANISATION_ADMIN,)),
    SitePage(_request(OWN_REQUEST, "bewerken/"), roles=(ORGANISATION_ADMIN,)),
    SitePage(_request(OWN_REQUEST, "dekking/"), roles=(ORGANISATION_ADMIN,)),
    SitePage("/matching/vragen/nieuw/", roles=(ORGANISATION_ADMIN,)),
    SitePage("/matching/beschikbaarheid/", roles=(MEMBER,)),
    SitePage("/matching/beschikbaarheid/nieuw/", roles=(MEMBER,)),
    SitePage(_availability_edit, roles=(MEMBER,)),
    SitePage("/matching/goedkeuren/", roles=(ORGANISATION_ADMIN,)),
    SitePage("/matching/rondes/", roles=(DESK,)),
    SitePage(_latest_round, roles=(DESK,)),
    # Exchanges: what waits for you, one exchange, its agreement, proposing one.
    SitePage("/uitwisselingen/", roles=(MEMBER, ORGANISATION_ADMIN, DESK)),
    SitePage(_an_exchange(), roles=(DESK,)),
    SitePage(_an_exchange("overeenkomst/"), roles=(DESK,)),
    SitePage(_a_statement, roles=(DESK,)),
    SitePage(_exchange_start, roles=(ORGANISATION_ADMIN,)),
    # English: the interface's words are longer in places.
    SitePage("/en/", roles=EVERYONE),
    SitePage("/en/praktijkvoorbeelden/"),
    SitePage("/en/zoeken/?q=zorg"),
    SitePage("/en/netwerk/organisaties/"),
    SitePage("/en/account/aanmelden/"),
    SitePage("/en/account/", roles=(MEMBER,)),
    SitePage("/en/matching/vragen/", roles=(ORGANISATION_ADMIN,)),
    SitePage("/en/matching/", roles=(ORGANISATION_ADMIN,)),
    SitePage("/en/netwerk/", roles=(MEMBER,)),
    SitePage(_an_exchange(prefix="/en"), roles=(DESK,)),
    # Wagtail's admin: only its login page is the site's to check.
    SitePage("/admin/login/"),
]


def pages_for(role: str) -> list[SitePage]:
    return [page for page in SITE_PAGES if role in page.roles]
