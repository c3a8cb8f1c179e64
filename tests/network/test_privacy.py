"""A person downloads their data, and erases their account leaving nothing personal behind."""

import json

import pytest
from django.apps import apps
from django.core import mail
from django.core.management import call_command
from django.db import models
from wagtail.models import Page

from cases.models import CasePage
from network.models import Person
from tests.cases.test_contributions import CONTRIBUTION, approve, submit
from tests.helpers import text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def author(member):
    member.first_name, member.last_name = "Xandra", "Zwanenburg-Testpersoon"
    member.save()
    person = member.person
    person.bio = "Schrijft graag over Zwanenburg-Testpersoon-ervaringen."
    person.save()
    return member


def test_export_holds_account_profile_consents_and_contributions(client, author):
    client.force_login(author)
    submit(client, {**CONTRIBUTION, "title": "Mijn verhaal"})
    response = client.get("/netwerk/mijn-gegevens/download/")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == author.email
    assert data["profile"]["organisation"] == "Bravo Zorg"
    assert {c["purpose"] for c in data["consents"]} == {"terms", "listing"}
    assert data["contributions"][0]["title"] == "Mijn verhaal"
    assert data["contributions"][0]["status"] == "in_review"
    assert client.get("/api/me/export").json()["account"]["email"] == author.email


def _personal_traces(values: list[str]) -> list[str]:
    """Every text or JSON column in every table that still contains one of the values."""
    found = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if not isinstance(field, (models.CharField, models.TextField, models.JSONField)):
                continue
            for value in values:
                lookup = {f"{field.attname}__icontains": value}
                if isinstance(field, models.JSONField):
                    rows = [
                        row
                        for row in model._base_manager.values_list(field.attname, flat=True)
                        if value.lower() in json.dumps(row).lower()
                    ]
                    if rows:
                        found.append(f"{model._meta.label}.{field.name} ~ {value}")
                elif model._base_manager.filter(**lookup).exists():
                    found.append(f"{model._meta.label}.{field.name} ~ {value}")
    return found


def test_erasure_removes_everything_personal_and_keeps_published_cases(client, author, loket):
    call_command("load_demo")
    client.force_login(author)
    submit(client, {**CONTRIBUTION, "title": "Vakmensen delen in de regio"})
    case = CasePage.objects.get(title="Vakmensen delen in de regio")
    approve(client, loket, case)
    client.force_login(author)
    public_id = str(author.person.public_id)
    traces = [author.email, "Zwanenburg-Testpersoon", public_id]
    assert _personal_traces(traces)  # the check finds the data while it is there

    refused = client.post("/netwerk/mijn-gegevens/", {"confirm": "1", "password": "fout"})
    assert refused.status_code == 400
    assert Person.objects.filter(pk=author.person.pk).exists()

    response = client.post(
        "/netwerk/mijn-gegevens/", {"confirm": "1", "password": "secret-password"}
    )
    assert response.status_code == 302
    assert _personal_traces(traces) == []
    assert not type(author).objects.filter(pk=author.pk).exists()

    case = Page.objects.get(pk=case.pk).specific
    assert case.live and case.author is None and case.contributed_by_member
    html = text_of(client.get(case.url))
    assert "Vakmensen delen in de regio" in html
    assert "een netwerklid dat anoniem is gebleven" in html
    mail.outbox.clear()
