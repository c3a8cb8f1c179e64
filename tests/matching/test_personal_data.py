"""A candidate's download holds where they stand in the matching, and erasure removes it.

The download goes through the registry of personal data that every app fills (core.privacy);
the last test holds every model that links to a user or a profile to being in a section.
"""

import json

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from wagtail.models import Page

from core import privacy
from matching import services
from matching.models import (
    ConflictOfInterest,
    ExchangeRequest,
    Introduction,
    MatchingRound,
    Proposal,
    Shortlist,
)
from network.models import Person
from tests.matching.scenarios import admin, ask, offer, organisation, person

pytestmark = pytest.mark.django_db

PROJECT_APPS = (
    "accounts",
    "actieplaat",
    "cases",
    "core",
    "exchanges",
    "matching",
    "network",
    "search",
    "workshops",
)


@pytest.fixture
def candidate_in_view():
    """Anna offers time, a borrower shortlists her, she agrees to be introduced, the desk's
    round proposes her, and a conflict of interest names her."""
    borrower = organisation("Haven Logistiek", town="Utrecht")
    lender = organisation("Zorg Lenen", sector="healthcare", town="Amersfoort")
    borrower_admin = admin(borrower)
    anna = person(lender, first_name="Anna", last_name="Woensdag")
    availability = offer(anna)
    request = ask(borrower, title="Planner voor de piek")
    services.shortlist_add(request=request, availability=availability, actor=borrower_admin)
    services.introduction_agree(request=request, availability=availability, actor=anna.user)
    round_ = MatchingRound.objects.create(created_by=None, method="exact")
    Proposal.objects.create(
        round=round_, request=request, availability=availability, score=71.5, hours_per_week=8
    )
    ConflictOfInterest.objects.create(organisation=borrower, person=anna, note="Oud-collega")
    return {"anna": anna, "borrower_admin": borrower_admin, "request": request}


def _download(client, user) -> dict:
    client.force_login(user)
    response = client.get("/netwerk/mijn-gegevens/download/")
    assert response.status_code == 200
    return json.loads(response.content)


def test_a_candidates_download_holds_shortlists_introductions_proposals_and_conflicts(
    client, candidate_in_view
):
    data = _download(client, candidate_in_view["anna"].user)
    seen = data["matching_as_candidate"]
    assert [s["title"] for s in seen["shortlisted"]] == ["Planner voor de piek"]
    assert seen["shortlisted"][0]["organisation"] == "Haven Logistiek"
    assert [i["title"] for i in seen["introductions"]] == ["Planner voor de piek"]
    assert [(p["title"], p["score"]) for p in seen["proposals"]] == [("Planner voor de piek", 71.5)]
    assert [(c["organisation"], c["note"]) for c in seen["conflicts"]] == [
        ("Haven Logistiek", "Oud-collega")
    ]
    assert len(data["availability"]) == 1
    assert client.get("/api/me/export").json()["matching_as_candidate"] == seen


def test_the_shortlisting_administrators_download_holds_what_they_did(client, candidate_in_view):
    data = _download(client, candidate_in_view["borrower_admin"])
    assert [s["title"] for s in data["matching_actions"]["shortlisted_by_you"]] == [
        "Planner voor de piek"
    ]
    assert data["matching_as_candidate"]["shortlisted"] == []


def test_erasing_a_candidate_removes_their_place_in_the_matching(client, candidate_in_view):
    anna = candidate_in_view["anna"]
    # The demo's own shortlists and introductions stay; hers go.
    hers = {
        Shortlist: list(Shortlist.objects.filter(availability__person=anna).values_list("pk")),
        Introduction: list(
            Introduction.objects.filter(availability__person=anna).values_list("pk")
        ),
        Proposal: list(Proposal.objects.filter(availability__person=anna).values_list("pk")),
        ConflictOfInterest: list(ConflictOfInterest.objects.filter(person=anna).values_list("pk")),
    }
    assert all(hers.values())
    client.force_login(anna.user)
    response = client.post(
        "/netwerk/mijn-gegevens/", {"confirm": "1", "password": "secret-password"}
    )
    assert response.status_code == 302
    assert not Person.objects.filter(pk=anna.pk).exists()
    for model, rows in hers.items():
        assert not model.objects.filter(pk__in=[pk for (pk,) in rows]).exists(), model
    assert ExchangeRequest.objects.filter(pk=candidate_in_view["request"].pk).exists()


def _links_to_a_person(model) -> list[str]:
    """The fields a project model declares itself that point at a user or a profile."""
    targets = (get_user_model(), Person)
    return [
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, models.ForeignKey | models.OneToOneField | models.ManyToManyField)
        and field.related_model in targets
        and field.model is model
        and not (issubclass(model, Page) and field.name in ("owner", "locked_by"))
    ]


def test_every_model_that_links_to_a_person_is_in_the_download():
    """A new app's data about people appears in the download once it registers a section;
    a model that links to a person without one fails here."""
    missing = [
        f"{model._meta.label}.{name}"
        for app in PROJECT_APPS
        for model in apps.get_app_config(app).get_models()
        for name in _links_to_a_person(model)
        if model._meta.label not in privacy.covered_models()
    ]
    assert missing == []
    assert {"account", "profile", "contributions", "availability"} <= {
        section.key for section in privacy.sections()
    }
