"""Loads the demo content, composed from the apps' factories; a second run changes nothing.

Every object is found by its slug (pages below their parent); what exists is left exactly as
it is, so editors' changes survive a reload and nothing is ever duplicated.
"""

import datetime
import random
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import GroupPagePermission, Locale, Page, Site

from actieplaat.factories import (
    ActieplaatPageFactory,
    ElementPageFactory,
    GuidePageFactory,
    RoutekaartPageFactory,
    ThemePageFactory,
)
from cases.factories import CaseIndexPageFactory, CasePageFactory
from cases.models import CaseOrganisation
from cases.services import moderation_workflow_ensure
from core.factories import HomePageFactory, StandardPageFactory
from core.links import site_hostname_and_port
from core.models import HomePage, SiteSettings
from demo import (
    content_directory,
    content_exchanges,
    content_matching,
    content_network,
    content_plate,
    content_site,
    content_workshops,
)
from exchanges import selectors as exchange_selectors
from exchanges import services as exchange_services
from exchanges.agreement import agreement_of
from exchanges.models import Exchange
from exchanges.roles import grants_ensure as exchange_grants_ensure
from matching import queries as matching_queries
from matching import services as matching_services
from matching import timegrid
from matching.models import Availability, ExchangeRequest
from matching.selectors import lists as matching_lists
from matching.selectors import offers as matching_offers
from network import roles
from network.choices import ACTIVE_STATUSES, OrganisationStatus, Sector, Visibility
from network.factories import (
    OrganisationFactory,
    SessionIndexPageFactory,
    SessionPageFactory,
    SessionRegistrationFactory,
)
from network.models import Organisation, Person, RegistrationStatus, SessionPage
from network.services.people import person_create, roles_grant
from vocabulary.choices import Region, TermKind
from vocabulary.factories import MobilityFormFactory
from vocabulary.models import MobilityForm, Place, Term
from workshops import report as workshop_report
from workshops import services as workshop_services

THEME_COLOURS = ["coral", "teal", "violet", "green"]
DEMO_ADMIN = {
    "email": content_directory.DEMO_LOGINS[0]["email"],
    "password": content_directory.DEMO_PASSWORD,
}


@dataclass
class DemoReport:
    """What a run created and what it found already there, per kind of object."""

    created: Counter = field(default_factory=Counter)
    existing: Counter = field(default_factory=Counter)


def _paragraph_html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def _paragraph_blocks(paragraphs: list[str]) -> list[dict]:
    return [{"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in paragraphs]


def _heading_block(text: str) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def _aware(value: str) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.fromisoformat(value))


def session_times(data: dict, *, today: datetime.date) -> tuple[datetime.datetime, ...]:
    """Start and end of a demo session: its own dates, or for an upcoming one the chosen
    weekday from `starts_in_days` after `today` (the day the demo is loaded)."""
    if "starts_in_days" not in data:
        return _aware(data["start"]), _aware(data["end"])
    day = today + datetime.timedelta(days=data["starts_in_days"])
    day += datetime.timedelta(days=(data["weekday"] - day.weekday()) % 7)
    return tuple(
        timezone.make_aware(datetime.datetime.combine(day, datetime.time.fromisoformat(at)))
        for at in (data["start"], data["end"])
    )


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


class _Loader:
    def __init__(self):
        self.report = DemoReport()

    def child(self, parent: Page, factory, *, kind: str, slug: str, **fields):
        """The child page with this slug, created and published from the factory if absent."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            self.report.existing[kind] += 1
            return existing.specific, False
        relations = {
            name: fields.pop(name)
            for name in ("elements", "mobility_forms", "tags", "case_organisations")
            if name in fields
        }
        page = factory(parent=parent, slug=slug, live=False, **fields)
        for name, value in relations.items():
            if name == "tags":
                page.tags.add(*value)
            else:
                setattr(page, name, value)
        _publish(page)
        self.report.created[kind] += 1
        return page, True

    def home(self) -> tuple[HomePage, bool]:
        """The site's home page; replaces Wagtail's placeholder welcome page on a new site."""
        root = Page.get_first_root_node()
        if root is None:
            Locale.objects.get_or_create(language_code="nl")
            root = Page.add_root(instance=Page(title="Root", slug="root", content_type=None))
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is not None and isinstance(site.root_page.specific, HomePage):
            self.report.existing["home page"] += 1
            return site.root_page.specific, False
        for placeholder in root.get_children().filter(
            content_type__model="page", content_type__app_label="wagtailcore"
        ):
            if not placeholder.get_children().exists():
                placeholder.delete()
        home = HomePageFactory(
            parent=root,
            live=False,
            title="Breder Belang",
            slug="home",
            hero_title=content_network.HOME["hero_title"],
            summary=content_network.HOME["hero_intro"],
            about=_paragraph_html(content_network.HOME["about"]),
            figures=[
                {"type": "figure", "value": figure} for figure in content_network.HOME["figures"]
            ],
        )
        if site is None:
            hostname, port = site_hostname_and_port()
            site = Site(hostname=hostname, port=port, is_default_site=True)
        site.root_page = home
        site.site_name = "Breder Belang"
        site.save()
        self.report.created["home page"] += 1
        return home, True

    def site_address(self, home: HomePage) -> None:
        """Wagtail's Site record carries SITE_URL's host and port, so that the full addresses
        Wagtail builds (sitemap, admin e-mails) point where the site is served. Unlike the
        content, this follows the setting on every run."""
        site = Site.objects.get(root_page=home)
        hostname, port = site_hostname_and_port()
        if (site.hostname, site.port) == (hostname, port):
            self.report.existing["site address"] += 1
            return
        site.hostname, site.port = hostname, port
        site.full_clean()
        site.save()
        self.report.created["site address"] += 1

    def vocabulary(self) -> dict[str, Term]:
        found = {term.slug: term for term in Term.objects.all()}
        created = []
        for kind, entries in (
            (TermKind.EXPERTISE, content_directory.EXPERTISE),
            (TermKind.QUALIFICATION, content_directory.QUALIFICATIONS),
        ):
            for slug, name, _related in entries:
                if slug in found:
                    self.report.existing["vocabulary term"] += 1
                    continue
                found[slug] = Term.objects.create(slug=slug, name=name, kind=kind)
                created.append(slug)
                self.report.created["vocabulary term"] += 1
        for slug, _name, related in content_directory.EXPERTISE + content_directory.QUALIFICATIONS:
            if slug in created:
                found[slug].related.add(*(found[other] for other in related))
        return found

    @staticmethod
    def place(name: str, region: str) -> Place | None:
        places = Place.objects.filter(name=name).order_by("-population")
        return places.filter(region=region).first() or places.first()

    def organisation(self, data: dict, profile: tuple, vocabulary) -> Organisation:
        organisation = Organisation.objects.filter(slug=data["slug"]).first()
        if organisation is not None:
            self.report.existing["organisation"] += 1
            return organisation
        size, status, signed_on, offers, needs = profile
        fields = {key: value for key, value in data.items() if key != "place"}
        organisation = OrganisationFactory(
            **fields,
            place=self.place(data["place"], data["region"]),
            size_class=size,
            status=status,
            agreement_signed_on=datetime.date.fromisoformat(signed_on) if signed_on else None,
        )
        organisation.offers.set(vocabulary[slug] for slug in offers)
        organisation.needs.set(vocabulary[slug] for slug in needs)
        self.report.created["organisation"] += 1
        return organisation

    def organisations(self, vocabulary) -> dict[str, Organisation]:
        organisations = {}
        for data in content_network.ORGANISATIONS:
            profile = content_directory.ORGANISATION_PROFILES[data["slug"]]
            organisations[data["slug"]] = self.organisation(data, profile, vocabulary)
        for data, profile in _generated_organisations():
            organisations[data["slug"]] = self.organisation(data, profile, vocabulary)
        return organisations

    def people(self, organisations, vocabulary) -> None:
        user_model = get_user_model()
        existing = set(user_model.objects.values_list("email", flat=True))
        for data in _generated_people(list(organisations.values())):
            if data["email"] in existing:
                self.report.existing["person"] += 1
                continue
            user = user_model.objects.create_user(
                email=data["email"], first_name=data["first_name"], last_name=data["last_name"]
            )
            person = person_create(
                user=user,
                organisation=data["organisation"],
                visibility=data["visibility"],
                job_title=data["job_title"],
            )
            person.bio, person.languages = data["bio"], data["languages"]
            person.save(update_fields=["bio", "languages"])
            person.expertise.set(vocabulary[slug] for slug in data["expertise"])
            person.qualifications.set(vocabulary[slug] for slug in data["qualifications"])
            self.report.created["person"] += 1

    def availabilities(self, *, with_demo_logins: bool) -> None:
        """About half of the people offer time, approved by their organisation."""
        if Availability.objects.exists():
            self.report.existing["availability"] += Availability.objects.count()
            return
        rng = random.Random(content_directory.SEED + 2)
        forms = list(MobilityForm.objects.order_by("slug"))
        today = timezone.localdate()
        people = Person.objects.filter(user__is_active=True).select_related(
            "organisation__place", "user"
        )
        member_email = "lid@demo.brederbelang.nl"
        for person in people.order_by("user__email").prefetch_related("qualifications"):
            is_member_login = person.user.email == member_email
            if not is_member_login and (
                person.user.email.endswith("@demo.brederbelang.nl")
                or rng.random() >= content_matching.OFFERING_SHARE
            ):
                continue
            pattern = (
                content_matching.MEMBER_LOGIN_PATTERN
                if is_member_login
                else rng.choice(content_matching.PATTERNS)
            )
            windows = [
                timegrid.Window(day, _time(start), _time(end)) for day, start, end in pattern
            ]
            offered = sum(window.hours for window in windows)
            roll = rng.random()
            offer_type = (
                "crisis"
                if roll < content_matching.CRISIS_ONLY_SHARE
                else "both"
                if roll < content_matching.CRISIS_ONLY_SHARE + content_matching.BOTH_SHARE
                else "regular"
            )
            is_reservist = any(
                term.slug == content_matching.RESERVE_QUALIFICATION
                for term in person.qualifications.all()
            )
            if is_reservist:
                # Nurses with a registration join the reserve, as in the healthcare reserve.
                pattern = rng.choice(content_matching.RESERVE_PATTERNS)
                windows = [
                    timegrid.Window(day, _time(start), _time(end)) for day, start, end in pattern
                ]
                offered = sum(window.hours for window in windows)
                offer_type = rng.choice(("crisis", "both"))
            if is_member_login:
                offer_type = "regular"
            valid_from = today - datetime.timedelta(days=rng.randrange(0, 30))
            valid_until = today + datetime.timedelta(days=rng.randrange(90, 300))
            qualifications = [
                (
                    term,
                    None
                    if rng.random() < 0.6
                    else today + datetime.timedelta(days=rng.randrange(20, 700)),
                )
                for term in person.qualifications.all()
            ]
            data = matching_services.AvailabilityData(
                valid_from=valid_from,
                valid_until=valid_until,
                max_hours_per_week=Decimal(str(min(offered, rng.choice((4, 8, 12, 16, 24))))),
                contract_hours_per_week=Decimal(rng.choice((24, 28, 32, 36))),
                windows=windows,
                offer_type=offer_type,
                exceptions=sorted(
                    {
                        today + datetime.timedelta(days=rng.randrange(1, 80))
                        for _ in range(rng.randrange(0, 3))
                    }
                ),
                forms=rng.sample(forms, rng.randrange(0, 3)),
                sectors=rng.sample(Sector.values, rng.randrange(0, 3)),
                place=person.organisation.place,
                travel_radius_km=50
                if is_member_login
                else 150
                if is_reservist
                else rng.choice((25, 40, 60, 100, 150)),
                remote_ok=rng.random() < 0.4,
                qualifications=qualifications,
            )
            availability = matching_services.availability_save(person=person, data=data)
            low, high = content_matching.COST_PRICE[person.organisation.sector]
            matching_services.availability_mark_approved(
                availability=availability,
                approved_by=None,
                cost_price_per_hour=Decimal(rng.randrange(low, high + 1)),
            )
            self.report.created["availability"] += 1

    def requests(self, organisations, forms, vocabulary) -> None:
        today = timezone.localdate()
        for data in content_matching.REQUESTS:
            organisation = organisations[data["organisation"]]
            if ExchangeRequest.objects.filter(
                organisation=organisation, title=data["title"]
            ).exists():
                self.report.existing["request"] += 1
                continue
            starts_on = today + datetime.timedelta(days=data["starts_in_days"])
            payload = matching_services.RequestData(
                title=data["title"],
                description=data["description"],
                form=forms[data["form"]],
                is_crisis=data.get("is_crisis", False),
                hours_per_week=Decimal(data["hours_per_week"]),
                starts_on=starts_on,
                ends_on=starts_on + datetime.timedelta(weeks=data["weeks"], days=-1),
                windows=[
                    timegrid.Window(day, _time(start), _time(end))
                    for day, start, end in data["windows"]
                ],
                place=organisation.place,
                remote_possible=data.get("remote_possible", False),
                people_needed=data["people_needed"],
                max_cost_per_hour=Decimal(data["max_cost_per_hour"]),
                required=[vocabulary[slug] for slug in data["required"]],
                desired=[vocabulary[slug] for slug in data["desired"]],
            )
            request = matching_services.request_write(
                organisation=organisation, created_by=None, data=payload
            )
            if data["status"] == "open":
                # Opened quietly: the demo does not notify anyone.
                request.status = "open"
                request.opened_at = timezone.now()
                request.save(update_fields=["status", "opened_at"])
            self.report.created["request"] += 1

    def exchanges(self) -> None:
        """For some open requests, their best candidates taken to different steps of an
        exchange, each step by the party whose step it is."""
        if Exchange.objects.exists():
            self.report.existing["exchange"] += Exchange.objects.count()
            return
        steps = {
            "approve": ("lender", content_exchanges.LENDER_ANSWERS),
            "consent": ("person", content_exchanges.PERSON_ANSWERS),
            "confirm": ("borrower", content_exchanges.BORROWER_ANSWERS),
        }
        path = {
            "proposed": [],
            "approved": ["approve"],
            "consented": ["approve", "consent"],
            "confirmed": ["approve", "consent", "confirm", "sign:lender"],
            "signed": ["approve", "consent", "confirm", "sign:lender", "sign:borrower"],
            "active": ["approve", "consent", "confirm", "sign:lender", "sign:borrower", "start"],
            "completed": [
                *["approve", "consent", "confirm", "sign:lender", "sign:borrower", "start"],
                "complete",
            ],
            "evaluated": [
                *["approve", "consent", "confirm", "sign:lender", "sign:borrower", "start"],
                *["complete", "evaluate:lender", "evaluate:borrower", "evaluate:person", "case"],
            ],
            "ended_early": [
                *["approve", "consent", "confirm", "sign:lender", "sign:borrower", "start"],
                "end_early",
            ],
            "declined": ["decline"],
        }
        # The offers' matrix of a process may predate this load (a test that reloads the demo).
        matching_offers.forget_matrix()
        states = list(content_exchanges.STATES)
        for request in ExchangeRequest.objects.filter(status="open").order_by("title"):
            # Asked afresh for each request: the exchanges made so far hold their hours.
            matches = matching_queries.candidates_for_request(request=request, limit=10)
            for match in matches.eligible[
                : min(content_exchanges.PER_REQUEST, request.people_needed)
            ]:
                if not states:
                    return
                self._exchange_taken_to(request, match.availability, states.pop(0), path, steps)
                self.report.created["exchange"] += 1

    def _exchange_taken_to(self, request, availability, state, path, steps) -> None:
        borrower = self._administrator(request.organisation)
        lender = self._administrator(availability.person.organisation)
        actors = {"lender": lender, "borrower": borrower, "person": availability.person.user}
        matching_services.shortlist_add(request=request, availability=availability, actor=borrower)
        exchange = exchange_services.exchange_propose_from_shortlist(
            request=request, availability=availability, actor=borrower
        )
        for name in path[state]:
            data, actor = {}, borrower
            if name in steps:
                role, data = steps[name]
                actor = actors[role]
            elif name.startswith("sign:"):
                actor = actors[name.split(":")[1]]
                data = {"text_hash": agreement_of(exchange).hash}
                name = "sign"
            elif name.startswith("evaluate:"):
                role = name.split(":")[1]
                actor, name = actors[role], "evaluate"
                data = {
                    "answers": [
                        {"element": element.pk, "score": score, "sentence": sentence}
                        for element, (score, sentence) in zip(
                            exchange_selectors.evaluation_questions(),
                            content_exchanges.EVALUATIONS[role],
                            strict=False,
                        )
                    ]
                }
            elif name == "case":
                exchange_services.exchange_case_draft(exchange=exchange, actor=lender)
                continue
            elif name == "decline":
                actor, data = lender, {"reason": content_exchanges.DECLINE_REASON}
            elif name == "end_early":
                data = {"reason": content_exchanges.END_EARLY_REASON}
            exchange = exchange_services.exchange_transition(
                exchange=exchange, actor=actor, name=name, data=dict(data)
            )

    @staticmethod
    def _administrator(organisation: Organisation):
        """The organisation's first administrator; its first person becomes one if it has
        none (the demo's HR contact)."""
        existing = matching_lists.organisation_administrators({organisation.pk}).first()
        if existing is not None:
            return existing
        person = organisation.people.order_by("user__email").first()
        roles_grant(user=person.user, names=[roles.ORGANISATION_ADMINS])
        return get_user_model().objects.get(pk=person.user_id)

    def mobility_forms(self) -> dict[str, MobilityForm]:
        forms = {}
        for order, data in enumerate(content_network.MOBILITY_FORMS):
            form = MobilityForm.objects.filter(slug=data["slug"]).first()
            if form is None:
                form = MobilityFormFactory(sort_order=order, **data)
                self.report.created["form of mobility"] += 1
            else:
                self.report.existing["form of mobility"] += 1
            forms[data["slug"]] = form
        return forms

    def plate(self, home: HomePage) -> tuple[Page, dict[str, Page]]:
        data = content_plate.PLATE
        plate, _ = self.child(
            home,
            ActieplaatPageFactory,
            kind="action plate",
            slug=content_site.INDEX_PAGES["plate"]["slug"],
            title=data["title"],
            summary=data["intro"],
            body=_paragraph_blocks(data["body"]),
            show_in_menus=True,
            menu_title="Actieplaat",
        )
        elements = {}
        for colour, theme_data in zip(THEME_COLOURS, data["themes"], strict=True):
            theme, _ = self.child(
                plate,
                ThemePageFactory,
                kind="theme",
                slug=theme_data["slug"],
                title=theme_data["title"],
                question=theme_data["question"],
                summary=theme_data["summary"],
                intro=_paragraph_html(theme_data["intro"]),
                colour=colour,
            )
            for element_data in theme_data["elements"]:
                element, _ = self.child(
                    theme,
                    ElementPageFactory,
                    kind="element",
                    slug=element_data["slug"],
                    title=element_data["title"],
                    summary=element_data["summary"],
                    explanation=_paragraph_blocks(element_data["explanation"]),
                    questions=[{"type": "question", "value": q} for q in element_data["questions"]],
                    tips=[{"type": "tip", "value": tip} for tip in element_data["tips"]],
                )
                elements[element_data["slug"]] = element
        return plate, elements

    def cases(self, home, organisations, forms, elements) -> Page:
        index_data = content_site.INDEX_PAGES["cases"]
        index, _ = self.child(
            home, CaseIndexPageFactory, kind="case index", show_in_menus=True, **index_data
        )
        for data in content_network.CASES:
            story = _paragraph_blocks(data["story"])
            if data.get("quote"):
                story.insert(2, {"type": "quote", "value": data["quote"]})
            self.child(
                index,
                CasePageFactory,
                kind="case",
                slug=data["slug"],
                title=data["title"],
                summary=data["summary"],
                region=data["region"],
                hours_per_week_min=data["hours_min"],
                hours_per_week_max=data["hours_max"],
                duration=data["duration"],
                duration_note=data["duration_note"],
                story=story,
                outcomes=[{"type": "outcome", "value": text} for text in data["outcomes"]],
                obstacles=[{"type": "obstacle", "value": item} for item in data["obstacles"]],
                figures=[{"type": "figure", "value": {"source": "", **f}} for f in data["figures"]],
                first_published_at=_aware(f"{data['published']}T09:00"),
                elements=[elements[slug] for slug in data["elements"]],
                mobility_forms=[forms[slug] for slug in data["forms"]],
                tags=data["tags"],
                case_organisations=[
                    CaseOrganisation(organisation=organisations[item["org"]], role=item["role"])
                    for item in data["organisations"]
                ],
            )
        return index

    def routemap(self, home) -> Page:
        data = content_network.ROUTEMAP
        steps = [
            {
                "type": "step",
                "value": {
                    "title": step["title"],
                    "summary": step["summary"],
                    "lending": step["lending"],
                    "borrowing": step["borrowing"],
                    "both": step["both"],
                    "checklist": step["checklist"],
                },
            }
            for step in data["steps"]
        ]
        page, _ = self.child(
            home,
            RoutekaartPageFactory,
            kind="route map",
            slug=data["slug"],
            title=data["title"],
            summary=data["intro"][0],
            intro=_paragraph_html(data["intro"][1:]),
            steps=steps,
            show_in_menus=True,
            menu_title="Routekaart",
        )
        return page

    def guide(self, home) -> Page:
        data = content_plate.GUIDE
        body = []
        for section in data["sections"]:
            body.append(_heading_block(section["heading"]))
            body.extend(_paragraph_blocks(section["paragraphs"]))
            if section.get("callout"):
                body.append(
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "title": "",
                            "text": _paragraph_html([section["callout"]]),
                        },
                    }
                )
            if section.get("questions"):
                body.append(
                    {
                        "type": "questions",
                        "value": {"title": "", "questions": section["questions"]},
                    }
                )
        page, _ = self.child(
            home,
            GuidePageFactory,
            kind="guide",
            slug=data["slug"],
            title=data["title"],
            summary=data["intro"],
            body=body,
            show_in_menus=True,
            menu_title="Handreiking",
        )
        return page

    def sessions(self, home, organisations) -> Page:
        index, _ = self.child(
            home,
            SessionIndexPageFactory,
            kind="session index",
            show_in_menus=True,
            **content_site.INDEX_PAGES["sessions"],
        )
        today = timezone.localdate()
        for data in content_network.SESSIONS:
            start, end = session_times(data, today=today)
            agenda = [
                {"type": "item", "value": {**item, "time": item.get("time") or None}}
                for item in data["agenda"]
            ]
            self.child(
                index,
                SessionPageFactory,
                kind="session",
                slug=data["slug"],
                title=data["title"],
                series=data["series"],
                summary=data["intro"][0],
                description=_paragraph_blocks(data["intro"][1:]),
                start=start,
                end=end,
                host=organisations.get(data["host"]) if data["host"] else None,
                venue=data["venue"],
                city=data["city"],
                online=data["online"],
                agenda=agenda,
                report=_paragraph_blocks(data["report"]),
                capacity=data.get("capacity"),
                registration_open="starts_in_days" in data,
            )
        return index

    def session_registrations(self) -> None:
        """Sign-ups for the upcoming sessions, one of them full with a waiting list; made
        as rows, not through the services, so loading sends no e-mail."""
        chooser = random.Random(14)
        people = list(
            Person.objects.filter(organisation__status__in=ACTIVE_STATUSES).order_by("pk")
        )
        for data in content_network.SESSIONS:
            if not data.get("signups"):
                continue
            session = SessionPage.objects.get(slug=data["slug"])
            if session.registrations.exists():
                self.report.existing["session registrations"] += 1
                continue
            signed_up_at = timezone.now() - datetime.timedelta(days=20)
            for number, person in enumerate(chooser.sample(people, data["signups"])):
                full = data.get("capacity") is not None and number >= data["capacity"]
                SessionRegistrationFactory(
                    session=session,
                    person=person,
                    status=RegistrationStatus.WAITING if full else RegistrationStatus.REGISTERED,
                    created_at=signed_up_at + datetime.timedelta(hours=5 * number),
                )
            self.report.created["session registrations"] += 1

    def standard_pages(self, home) -> dict[str, Page]:
        pages = {}
        for data in content_site.STANDARD_PAGES:
            body = []
            for section in data["sections"]:
                body.append(_heading_block(section["heading"]))
                body.extend(_paragraph_blocks(section["paragraphs"]))
            page, _ = self.child(
                home,
                StandardPageFactory,
                kind="standard page",
                slug=data["slug"],
                title=data["title"],
                summary=data["summary"],
                show_in_menus=data["show_in_menus"],
                body=body,
            )
            pages[data["slug"]] = page
        return pages

    def finish_home(self, home: HomePage, targets: dict[str, Page]) -> None:
        home.audiences = [
            {
                "type": "audience",
                "value": {
                    "title": audience["title"],
                    "text": audience["text"],
                    "links": [
                        {"label": link["label"], "page": targets[link["target"]].pk}
                        for link in audience["links"]
                    ],
                },
            }
            for audience in content_network.HOME["audiences"]
        ]
        _publish(home)

    def site_settings(self, home: HomePage, privacy_page: Page) -> None:
        site = Site.objects.get(root_page=home)
        settings = SiteSettings.for_site(site)
        if settings.contact_email or settings.footer_text:
            self.report.existing["site settings"] += 1
            return
        settings.contact_email = content_site.SITE["contact_email"]
        settings.footer_text = content_site.SITE["footer_text"]
        settings.privacy_page = privacy_page
        settings.save()
        self.report.created["site settings"] += 1

    def demo_logins(self, organisations) -> None:
        """One login per role, with a known password (only with DEBUG or --force)."""
        user_model = get_user_model()
        for login in content_directory.DEMO_LOGINS:
            if user_model.objects.filter(email=login["email"]).exists():
                self.report.existing["demo login"] += 1
                continue
            names = {"first_name": login["first_name"], "last_name": login["last_name"]}
            password = content_directory.DEMO_PASSWORD
            if login["role"] == "superuser":
                user_model.objects.create_superuser(
                    email=login["email"], password=password, **names
                )
            else:
                user = user_model.objects.create_user(
                    email=login["email"], password=password, **names
                )
                person_create(
                    user=user,
                    organisation=organisations[login["organisation"]],
                    visibility=Visibility.MEMBERS,
                    job_title=str(roles.ROLE_LABELS[login["role"]]),
                )
                roles_grant(user=user, names=[login["role"]])
            self.report.created["demo login"] += 1

    def permissions(self, cases_index, sessions_index) -> None:
        """The desk reviews contributions; facilitators run the network's sessions."""
        from django.contrib.auth.models import Group

        moderation_workflow_ensure(index=cases_index)
        facilitators = Group.objects.get(name=roles.FACILITATORS)
        for permission in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.get_or_create(
                group=facilitators,
                page=sessions_index,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=permission
                ),
            )

    def workshops(self, plate) -> None:
        """A workshop held at a past session with its published report, and one ready to
        run at an upcoming session, both led by the demo facilitator."""
        facilitator = get_user_model().objects.get(email="facilitator@demo.brederbelang.nl")
        finished, ready = content_workshops.FINISHED, content_workshops.READY
        past = SessionPage.objects.get(slug=finished["session"])
        if past.workshops.exists():
            self.report.existing["workshop"] += 2
            return
        workshop = workshop_services.workshop_from_plate_template(
            session=past, title=finished["title"], facilitators=[facilitator], plate=plate
        )
        self._hold(workshop, facilitator, finished)
        workshop_report.workshop_report_write(workshop_id=workshop.pk)
        SessionPage.objects.get(pk=past.pk).get_latest_revision().publish()
        workshop_services.workshop_from_plate_template(
            session=SessionPage.objects.get(slug=ready["session"]),
            title=ready["title"],
            facilitators=[facilitator],
            plate=plate,
        )
        self.report.created["workshop"] += 2

    @staticmethod
    def _hold(workshop, facilitator, data) -> None:
        def steer(command, value=None):
            workshop_services.workshop_steer(
                workshop=workshop, user=facilitator, command=command, value=value
            )

        def act(participant, kind, payload):
            workshop_services.action_submit(
                participant=participant,
                kind=kind,
                payload=payload,
                client_id=f"demo-{kind}",
            )

        people = [
            workshop_services.participant_join(workshop=workshop, display_name=name)
            for name in data["participants"]
        ]
        dot_step, wall = workshop.steps.filter(kind__in=["dot_vote", "idea_wall"]).order_by("order")
        poll = workshop_services.step_add(
            workshop=workshop,
            kind="poll",
            title=data["poll"]["title"],
            config={"options": data["poll"]["options"]},
        )
        notes: list = []
        steer("start")
        steer("goto", dot_step.pk)
        steer("input", True)
        elements = dot_step.config["elements"]
        for person, dots in zip(people, data["dots"], strict=True):
            given = {str(elements[i]): n for i, n in dots.items() if i < len(elements)}
            act(person, "dots_place", {"dots": given})
        steer("goto", wall.pk)
        steer("input", True)
        for person, column, text in data["notes"]:
            result = workshop_services.action_submit(
                participant=people[person],
                kind="note_post",
                payload={"column": column, "text": text},
                client_id=f"demo-note-{len(notes)}",
            )
            notes.append(result.action)
        for number, (person, note) in enumerate(data["upvotes"]):
            workshop_services.action_submit(
                participant=people[person],
                kind="note_upvote",
                payload={"note": notes[note].pk},
                client_id=f"demo-upvote-{number}",
            )
        for note, position in data["tags"]:
            workshop_services.action_moderate(
                workshop=workshop,
                user=facilitator,
                action_id=notes[note].pk,
                command="tag",
                value=elements[position],
            )
        steer("goto", poll.pk)
        steer("input", True)
        for person, option in zip(people, data["poll"]["answers"], strict=True):
            act(person, "poll_answer", {"options": [option]})
        steer("results", True)
        steer("end")


def demo_load(*, with_demo_logins: bool) -> DemoReport:
    """Load all demo content in one transaction; returns what was created and what existed."""
    loader = _Loader()
    with transaction.atomic():
        roles.roles_ensure()
        exchange_grants_ensure()
        home, new_home = loader.home()
        loader.site_address(home)
        vocabulary = loader.vocabulary()
        organisations = loader.organisations(vocabulary)
        forms = loader.mobility_forms()
        plate, elements = loader.plate(home)
        cases = loader.cases(home, organisations, forms, elements)
        routemap = loader.routemap(home)
        guide = loader.guide(home)
        sessions = loader.sessions(home, organisations)
        standard = loader.standard_pages(home)
        if new_home:
            targets = {
                "plate": plate,
                "cases": cases,
                "routemap": routemap,
                "guide": guide,
                "sessions": sessions,
                "about": standard["over-het-netwerk"],
            }
            loader.finish_home(home, targets)
        loader.site_settings(home, standard["privacy"])
        loader.permissions(cases, sessions)
        loader.people(organisations, vocabulary)
        loader.session_registrations()
        if with_demo_logins:
            loader.demo_logins(organisations)
            loader.workshops(plate)
        loader.availabilities(with_demo_logins=with_demo_logins)
        loader.requests(organisations, forms, vocabulary)
        loader.exchanges()
    return loader.report


def _time(value: str) -> datetime.time:
    return datetime.time.fromisoformat(value)


def _generated_organisations() -> list[tuple[dict, tuple]]:
    """Organisations across sectors and regions, the same on every run (fixed seed)."""
    from faker import Faker

    rng = random.Random(content_directory.SEED)
    fake = Faker("nl_NL")
    fake.seed_instance(content_directory.SEED)
    sectors = [code for code in Sector.values if code != Sector.DEFENCE]
    regions = [code for code in Region.values if code != Region.NATIONAL]
    expertise = [slug for slug, _name, _related in content_directory.EXPERTISE]
    result, names = [], set()
    for number in range(content_directory.GENERATED_ORGANISATIONS):
        sector = sectors[number % len(sectors)]
        region = regions[rng.randrange(len(regions))]
        place = rng.choice(content_directory.GENERATED_PLACES[region])
        pattern = rng.choice(content_directory.ORGANISATION_PATTERNS[sector])
        name = pattern.format(name=fake.last_name().split()[-1].capitalize(), place=place)
        while name in names:
            name = f"{name} {place}" if place not in name else f"{name} {number}"
        names.add(name)
        roll = rng.random()
        status = (
            OrganisationStatus.PENDING
            if roll < 0.1
            else OrganisationStatus.AGREEMENT_SIGNED
            if roll < 0.35
            else OrganisationStatus.JOINED
        )
        signed_on = (
            f"202{rng.randrange(2, 6)}-0{rng.randrange(1, 10)}-15"
            if status == "agreement_signed"
            else None
        )
        data = {
            "slug": slugify(name),
            "name": name,
            "sector": sector,
            "region": region,
            "place": place,
            "website": "",
            "description": "",
        }
        profile = (
            "small" if rng.random() < 0.6 else "large",
            status,
            signed_on,
            rng.sample(expertise, 2),
            rng.sample(expertise, 1),
        )
        result.append((data, profile))
    return result


def _generated_people(organisations: list[Organisation]) -> list[dict]:
    """People with Dutch names and a mix of visibility choices, the same on every run."""
    from faker import Faker

    rng = random.Random(content_directory.SEED + 1)
    fake = Faker("nl_NL")
    fake.seed_instance(content_directory.SEED + 1)
    organisations = sorted(organisations, key=lambda o: o.slug)
    emails, people = set(), []
    for _number in range(content_directory.GENERATED_PEOPLE):
        organisation = rng.choice(organisations)
        first_name, last_name = fake.first_name(), fake.last_name()
        local = slugify(f"{first_name} {last_name}").replace("-", ".")
        email, suffix = f"{local}@{organisation.slug}.example", 2
        while email in emails:
            email, suffix = f"{local}{suffix}@{organisation.slug}.example", suffix + 1
        emails.add(email)
        roll = rng.random()
        visibility = (
            Visibility.HIDDEN
            if roll < 0.15
            else Visibility.PUBLIC
            if roll < 0.6
            else Visibility.MEMBERS
        )
        sector = organisation.sector
        languages = [
            "nl",
            *rng.sample(["en", "de", "fr", "pl", "tr", "ar", "fy"], rng.randrange(0, 3)),
        ]
        people.append(
            {
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "organisation": organisation,
                "visibility": visibility,
                "job_title": rng.choice(content_directory.JOB_TITLES[sector]),
                "bio": " ".join(rng.sample(content_directory.BIO_SENTENCES, 2)),
                "languages": languages,
                "expertise": rng.sample(
                    content_directory.SECTOR_EXPERTISE[sector], rng.randrange(1, 4)
                ),
                "qualifications": rng.sample(
                    content_directory.SECTOR_QUALIFICATIONS[sector], rng.randrange(0, 3)
                ),
            }
        )
    return people
