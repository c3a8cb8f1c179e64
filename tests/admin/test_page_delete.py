"""Editors delete every page type through the Wagtail admin's confirmation view: drafts and
published pages, leaves and pages with children; the pages are gone afterwards."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from actieplaat.factories import (
    ActieplaatPageFactory,
    ElementPageFactory,
    GuidePageFactory,
    RoutekaartPageFactory,
    ThemePageFactory,
)
from cases.factories import CaseIndexPageFactory, CasePageFactory
from core.factories import HomePageFactory, StandardPageFactory
from network import roles
from network.factories import SessionIndexPageFactory, SessionPageFactory, person_with_role
from tests.helpers import page_by_slug

pytestmark = pytest.mark.django_db


def _root():
    return Page.objects.get(depth=1)


def _home():
    return page_by_slug("home")


def _case(parent, **kwargs):
    case = CasePageFactory(parent=parent, **kwargs)
    case.elements.add(page_by_slug("elkaar-leren-kennen"))
    case.save()
    return case


def _element(parent, **kwargs):
    element = ElementPageFactory(parent=parent, **kwargs)
    # A published case that illustrates the element: the delete must not trip over it.
    case = CasePageFactory(parent=page_by_slug("praktijkvoorbeelden"))
    case.elements.add(element)
    case.save()
    return element


# Every page type the project defines: (its parent, how to make it, how to give it a child).
PAGE_TYPES = {
    "home": (_root, HomePageFactory, StandardPageFactory),
    "standard": (_home, StandardPageFactory, StandardPageFactory),
    "actieplaat": (_home, ActieplaatPageFactory, ThemePageFactory),
    "theme": (lambda: page_by_slug("actieplaat"), ThemePageFactory, _element),
    "element": (lambda: page_by_slug("actieplaat").get_children().first(), _element, None),
    "routekaart": (_home, RoutekaartPageFactory, None),
    "guide": (_home, GuidePageFactory, None),
    "case_index": (_home, CaseIndexPageFactory, _case),
    "case": (lambda: page_by_slug("praktijkvoorbeelden"), _case, None),
    "session_index": (_home, SessionIndexPageFactory, SessionPageFactory),
    "session": (lambda: page_by_slug("bijeenkomsten"), SessionPageFactory, None),
}


def _page(factory, parent, slug: str, *, live: bool) -> Page:
    page = factory(parent=parent, slug=slug, live=live)
    if live:
        page.save_revision().publish()
    else:
        page.has_unpublished_changes = True
        page.save()
        page.save_revision()
    return page


def _make(kind: str, *, live: bool, with_children: bool = False) -> list[Page]:
    """The page (a draft or published) and, when asked and it can have children, a
    published and a draft child; the page first."""
    parent, factory, child_factory = PAGE_TYPES[kind]
    page = _page(factory, parent().specific, f"te-verwijderen-{kind}", live=live)
    pages = [page]
    if with_children and child_factory is not None:
        pages.append(_page(child_factory, page, f"gepubliceerd-kind-{kind}", live=True))
        pages.append(_page(child_factory, page, f"concept-kind-{kind}", live=False))
    return pages


def _delete(client, page):
    url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    assert client.get(url).status_code == 200  # the confirmation page
    return client.post(url)


@pytest.fixture
def editor(org_b):
    return person_with_role(
        organisation=org_b, roles=[roles.EDITORS], first_name="Redo", last_name="Redacteur"
    ).user


@pytest.mark.parametrize("live", [False, True], ids=["draft", "published"])
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_a_superuser_deletes_every_page_type_with_what_is_below_it(admin_client, kind, live):
    pages = _make(kind, live=live, with_children=True)
    response = _delete(admin_client, pages[0])
    assert response.status_code == 302, response.content[:500]
    assert not Page.objects.filter(pk__in=[page.pk for page in pages]).exists()


@pytest.mark.parametrize("kind", [kind for kind in PAGE_TYPES if kind != "home"])
def test_an_editor_deletes_a_draft_of_every_type(client, editor, kind):
    # Wagtail's editors may change but not publish, so not delete, published pages.
    (page,) = _make(kind, live=False)
    client.force_login(editor)
    response = _delete(client, page)
    assert response.status_code == 302, response.content[:500]
    assert not Page.objects.filter(pk=page.pk).exists()


def _found(client, word: str) -> list[str]:
    from search import engine

    if engine.configured():
        engine.client().indices.refresh(index=f"{engine.alias('cases')},{engine.alias('pages')}")
    response = client.get("/api/search", {"q": word})
    assert response.status_code == 200, response.content
    return [hit["title"] for hit in response.json()["hits"]]


@pytest.mark.parametrize("kind", ["case", "standard", "case_index", "session_index"])
def test_a_deleted_page_and_what_was_below_it_are_no_longer_found(
    admin_client, index_updates, django_capture_on_commit_callbacks, kind
):
    with django_capture_on_commit_callbacks(execute=True):
        pages = [page for page in _make(kind, live=True, with_children=True) if page.live]
        for number, page in enumerate(pages):
            page.title = f"Zwaluwstaartverbinding {number}"
            page.save_revision().publish()
    titles = [page.title for page in pages]
    assert sorted(_found(admin_client, "Zwaluwstaartverbinding")) == titles

    with django_capture_on_commit_callbacks(execute=True):
        assert _delete(admin_client, pages[0]).status_code == 302
    assert _found(admin_client, "Zwaluwstaartverbinding") == []
