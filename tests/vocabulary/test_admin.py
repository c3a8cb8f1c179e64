"""The vocabulary in Wagtail's admin: terms and forms of mobility are listed and edited by
people whose group holds the vocabulary's permissions; places are picked on organisations;
Wagtail's search indexes the terms and forms of mobility."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from wagtail.search.backends import get_search_backend

from network import roles
from network.factories import person_with_role
from tests.helpers import text_of
from vocabulary.choices import TermKind
from vocabulary.factories import MobilityFormFactory, TermFactory
from vocabulary.models import MobilityForm, Place, Term

pytestmark = pytest.mark.django_db

EDITING = [
    "wagtailadmin.access_admin",
    "vocabulary.view_term",
    "vocabulary.change_term",
    "vocabulary.view_mobilityform",
    "vocabulary.change_mobilityform",
]


@pytest.fixture
def vocabulary_editor(org_a):
    group = Group.objects.create(name="Woordenlijstbeheer")
    for code in EDITING:
        app_label, codename = code.split(".")
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    user = person_with_role(organisation=org_a, first_name="Wout", last_name="Woord").user
    user.groups.add(group)
    return user


def _form_data(client, url) -> dict:
    form = client.get(url).context["form"]
    return {name: value for name, value in form.initial.items() if value is not None}


def test_an_editor_lists_the_terms_and_renames_one_keeping_its_related_terms(
    client, vocabulary_editor
):
    term = TermFactory(name="Roosterplanning", slug="roosterplanning-test")
    other = TermFactory(name="Personeelsplanning", slug="personeelsplanning-test")
    term.related.add(other)
    client.force_login(vocabulary_editor)

    listing = client.get(reverse("wagtailsnippets_vocabulary_term:list"), {"q": "planning"})
    assert listing.status_code == 200
    assert "Roosterplanning" in text_of(listing)  # part of a word finds the term

    url = reverse("wagtailsnippets_vocabulary_term:edit", args=[term.pk])
    data = {**_form_data(client, url), "name": "Rooster- en capaciteitsplanning"}
    data["related"] = [other.pk]
    assert client.post(url, data).status_code == 302
    term.refresh_from_db()
    assert term.name == "Rooster- en capaciteitsplanning"
    assert list(term.related.all()) == [other]
    assert list(other.related.all()) == [term]  # the relation is symmetrical


def test_a_term_with_a_line_break_in_its_name_is_refused_in_the_admin(client, vocabulary_editor):
    term = TermFactory(name="Roosterplanning", slug="roosterplanning-test")
    client.force_login(vocabulary_editor)
    url = reverse("wagtailsnippets_vocabulary_term:edit", args=[term.pk])
    data = {**_form_data(client, url), "name": "Rooster\nplanning"}
    refused = client.post(url, data)
    assert refused.status_code == 200  # the form again, with its error
    assert "name" in refused.context["form"].errors
    term.refresh_from_db()
    assert term.name == "Roosterplanning"


def test_an_editor_lists_the_forms_of_mobility_and_sets_a_yearly_cap(client, vocabulary_editor):
    form = MobilityFormFactory(name="Detachering op proef", slug="detachering-op-proef")
    client.force_login(vocabulary_editor)

    listing = client.get(reverse("wagtailsnippets_vocabulary_mobilityform:list"))
    assert listing.status_code == 200
    assert "Detachering op proef" in text_of(listing)

    url = reverse("wagtailsnippets_vocabulary_mobilityform:edit", args=[form.pk])
    data = {**_form_data(client, url), "yearly_hour_cap": "320"}
    assert client.post(url, data).status_code == 302
    form.refresh_from_db()
    assert form.yearly_hour_cap == 320


@pytest.mark.parametrize("model", ["term", "mobilityform"])
def test_the_vocabulary_is_closed_to_admin_users_without_its_permissions(client, org_a, model):
    facilitator = person_with_role(organisation=org_a, roles=[roles.FACILITATORS]).user
    client.force_login(facilitator)
    response = client.get(reverse(f"wagtailsnippets_vocabulary_{model}:list"))
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or reverse("wagtailadmin_home") in response.url


def test_an_editor_gives_an_organisation_its_place_in_the_admin(admin_client, org_a):
    place = Place.objects.filter(name="Eindhoven").first()
    url = reverse("wagtailsnippets_network_organisation:edit", args=[org_a.pk])
    form = admin_client.get(url).context["form"]
    data = {
        name: value
        for name, value in form.initial.items()
        if name not in {"logo", "offers", "needs", "status", "agreement_signed_on"}
        and value is not None
    }
    data["place"] = place.pk
    assert admin_client.post(url, data).status_code == 302
    org_a.refresh_from_db()
    assert org_a.place == place
    assert org_a in place.organisations.all()


def test_update_index_indexes_terms_and_forms_of_mobility_for_wagtail_search(database_search):
    term = Term.objects.create(
        name="Windturbinemonteur", slug="windturbinemonteur", kind=TermKind.QUALIFICATION
    )
    form = MobilityFormFactory(name="Vliegende kiep", description="Een team dat inspringt.")
    call_command("update_index", verbosity=0)
    backend = get_search_backend()
    assert list(backend.search("Windturbinemonteur", Term)) == [term]
    assert list(backend.search("kiep", MobilityForm)) == [form]
