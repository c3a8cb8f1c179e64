"""The move of Place, Term and MobilityForm into the vocabulary app copies nothing: migrated
back to main's last migrations and forward again, every row and relation is where it was,
the content types (with the groups' permissions and Wagtail's search entries) change app
and keep their ids."""

import datetime
from decimal import Decimal

import pytest
from django.apps import apps as head
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from wagtail.search.backends import get_search_backend

from matching import services, timegrid
from matching.choices import OfferType
from network.factories import OrganisationFactory, person_with_role
from vocabulary.choices import TermKind
from vocabulary.factories import MobilityFormFactory, TermFactory
from vocabulary.models import MobilityForm, Place, Term

# The last migrations before the move (main), for every app that held or linked the models.
BEFORE_THE_MOVE = [
    ("network", "0005_text_limits_and_single_lines"),
    ("matching", "0006_round_status"),
    ("cases", "0003_case_duration_note_on_one_line"),
    ("vocabulary", None),
]
MOVED = {"place": "network", "term": "network", "mobilityform": "matching"}
GRANTED = ["change_term", "view_place", "change_mobilityform"]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state([target for target in targets if target[1]]).apps


def _world():
    """Rows of the three models and a link of every kind to them, made at the head."""
    place = Place.objects.create(
        geonames_id=990001,
        name="Proefdorp",
        label="Proefdorp (Utrecht)",
        region="utrecht",
        latitude=52.1,
        longitude=5.1,
        population=900,
    )
    planning = TermFactory(name="Proefplanning", slug="proefplanning")
    rooster = TermFactory(name="Proefrooster", slug="proefrooster")
    planning.related.add(rooster)
    certificate = TermFactory(
        name="Proefcertificaat", slug="proefcertificaat", kind=TermKind.QUALIFICATION
    )
    form = MobilityFormFactory(name="Proefdetachering", slug="proefdetachering")
    organisation = OrganisationFactory(name="Proef BV", slug="proef-bv", place=place)
    organisation.offers.add(planning)
    organisation.needs.add(rooster)
    person = person_with_role(organisation=organisation, first_name="Pim", last_name="Proef")
    person.expertise.add(planning)
    person.qualifications.add(certificate)
    today = timezone.localdate()
    window = timegrid.Window(2, datetime.time(8), datetime.time(16))
    availability = services.availability_save(
        person=person,
        data=services.AvailabilityData(
            offer_type=OfferType.REGULAR,
            valid_from=today,
            valid_until=today + datetime.timedelta(days=90),
            max_hours_per_week=Decimal("8"),
            contract_hours_per_week=Decimal("24"),
            windows=[window],
            place=place,
            forms=[form],
            qualifications=[(certificate, None)],
        ),
    )
    request = services.request_write(
        organisation=organisation,
        created_by=None,
        data=services.RequestData(
            title="Proefvraag",
            form=form,
            hours_per_week=Decimal("8"),
            starts_on=today + datetime.timedelta(days=7),
            ends_on=today + datetime.timedelta(days=60),
            windows=[window],
            place=place,
            required=[certificate],
            desired=[rooster],
        ),
    )
    group = Group.objects.create(name="Proefredactie")
    group.permissions.add(*Permission.objects.filter(codename__in=GRANTED))
    get_search_backend().add(planning)
    return {"availability": availability.pk, "request": request.pk}


def _links(apps, *, availability, request) -> dict:
    """What the world looks like through one state of the models."""
    organisation = apps.get_model("network", "Organisation").objects.get(slug="proef-bv")
    person = organisation.people.get()
    term_model = organisation.offers.model
    offer = apps.get_model("matching", "Availability").objects.get(pk=availability)
    ask = apps.get_model("matching", "ExchangeRequest").objects.get(pk=request)
    return {
        "related": sorted(
            term_model.objects.get(slug="proefplanning").related.values_list("slug", flat=True)
        ),
        "place": organisation.place.label,
        "offers": list(organisation.offers.values_list("slug", flat=True)),
        "needs": list(organisation.needs.values_list("slug", flat=True)),
        "expertise": list(person.expertise.values_list("slug", flat=True)),
        "qualifications": list(person.qualifications.values_list("slug", flat=True)),
        "offer_place": offer.place.label,
        "offer_forms": list(offer.mobility_forms.values_list("slug", flat=True)),
        "offer_qualifications": list(offer.qualifications.values_list("term__slug", flat=True)),
        "request_form": ask.form.slug,
        "request_place": ask.place.label,
        "required": list(ask.required_qualifications.values_list("slug", flat=True)),
        "desired": list(ask.desired_qualifications.values_list("slug", flat=True)),
    }


def _leaves():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


def _content_types(apps) -> dict:
    rows = apps.get_model("contenttypes", "ContentType").objects.filter(model__in=MOVED)
    return {row.model: (row.app_label, row.pk) for row in rows}


def _granted(apps) -> list[str]:
    group = apps.get_model("auth", "Group").objects.get(name="Proefredactie")
    return sorted(
        f"{permission.content_type.app_label}.{permission.codename}"
        for permission in group.permissions.select_related("content_type")
    )


@pytest.mark.usefixtures("database_search")
@pytest.mark.django_db(transaction=True)
def test_migrating_back_to_main_and_forward_keeps_every_row_relation_and_permission():
    ids = _world()
    head_links = _links(head, **ids)
    head_types = _content_types(head)
    counts = (Place.objects.count(), Term.objects.count(), MobilityForm.objects.count())
    try:
        before = _migrate(BEFORE_THE_MOVE)
        assert _links(before, **ids) == head_links
        assert _content_types(before) == {
            model: (MOVED[model], pk) for model, (_label, pk) in head_types.items()
        }
        assert _granted(before) == [
            "matching.change_mobilityform",
            "network.change_term",
            "network.view_place",
        ]
        old_term = before.get_model("network", "Term")
        assert old_term._meta.db_table == "network_term"
        assert old_term.objects.count() == counts[1]
    finally:
        after = _migrate(_leaves())
    ContentType.objects.clear_cache()

    assert _links(after, **ids) == head_links
    assert _content_types(after) == head_types
    assert {label for label, _pk in head_types.values()} == {"vocabulary"}
    assert _granted(after) == [
        "vocabulary.change_mobilityform",
        "vocabulary.change_term",
        "vocabulary.view_place",
    ]
    assert (Place.objects.count(), Term.objects.count(), MobilityForm.objects.count()) == counts
    # Wagtail's search entries point to the content type, so they were not lost on the way.
    assert list(get_search_backend().search("Proefplanning", Term)) == [
        Term.objects.get(slug="proefplanning")
    ]


@pytest.mark.django_db
def test_the_moved_models_keep_their_tables():
    assert Place._meta.db_table == "network_place"
    assert Term._meta.db_table == "network_term"
    assert Term.related.through._meta.db_table == "network_term_related"
    assert MobilityForm._meta.db_table == "matching_mobilityform"
    tables = set(connection.introspection.table_names())
    assert {"network_place", "network_term", "network_term_related"} <= tables
    assert not any(table.startswith("vocabulary_") for table in tables)
