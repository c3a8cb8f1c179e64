"""Evaluation of a finished exchange by its three parties, on the plate's Meerwaarde
elements, and the one click that turns the evaluations into a draft case for the desk."""

import pytest
from django.urls import reverse

from cases.choices import CaseRole
from cases.models import CasePage
from exchanges.choices import ExchangeState
from exchanges.models import Exchange
from tests.exchanges.helpers import active, fresh, step
from tests.helpers import text_of
from tests.html_forms import form_data

pytestmark = pytest.mark.django_db

SCORES = {"lender": 4, "borrower": 5, "person": 3}


def _evaluate(client, user, exchange, score, sentence="Het leverde veel op."):
    """Fill in the evaluation form the page shows: every element the same score."""
    client.force_login(user)
    page = client.get(reverse("exchanges:detail", args=[exchange.pk]))
    data = form_data(page, "#step-evaluate")
    for name in list(data):
        if "-sentence_" in name:  # the radio buttons of its score are not ticked yet
            data[name] = [sentence]
            data[name.replace("-sentence_", "-score_")] = [str(score)]
    return client.post(reverse("exchanges:step", args=[exchange.pk, "evaluate"]), data)


@pytest.fixture
def completed(client, world):
    exchange = active(client, world)
    assert step(client, world["lender_admin"], exchange, "complete").status_code == 302
    return fresh(exchange)


def test_three_evaluations_turn_into_a_draft_case(client, world, completed):
    exchange = completed
    users = {
        "lender": world["lender_admin"],
        "borrower": world["borrower_admin"],
        "person": world["anna"].user,
    }
    client.force_login(users["lender"])
    page = text_of(client.get(reverse("exchanges:detail", args=[exchange.pk])))
    for title in ("Meer betekenisvol werk", "Minder verlies van kwaliteit van diensten"):
        assert title in page
    assert client.post(reverse("exchanges:case", args=[exchange.pk])).status_code == 409

    assert _evaluate(client, users["lender"], exchange, 9).status_code == 400  # not 1-5
    assert _evaluate(client, users["lender"], exchange, 4, sentence="").status_code == 400
    assert not exchange.evaluations.exists()
    for role, score in SCORES.items():
        assert _evaluate(client, users[role], exchange, score).status_code == 302, role
        if role != "person":
            assert fresh(exchange).state == ExchangeState.COMPLETED
    assert fresh(exchange).state == ExchangeState.EVALUATED
    again = step(client, users["person"], exchange, "evaluate")
    assert again.status_code in (400, 409)
    assert exchange.evaluations.count() == 3

    assert client.post(reverse("exchanges:case", args=[exchange.pk])).status_code == 403
    client.force_login(users["lender"])
    made = client.post(reverse("exchanges:case", args=[exchange.pk]))
    assert made.status_code == 302
    case = CasePage.objects.get(pk=fresh(exchange).case_page_id)
    assert not case.live and case.owner == users["lender"]
    assert "Zorg Lenen" in case.title and "Haven Logistiek" in case.title
    assert case.hours_per_week_min == int(exchange.hours_per_week)
    roles = {(o.organisation.name, o.role) for o in case.case_organisations.all()}
    assert roles == {("Zorg Lenen", CaseRole.LENDING), ("Haven Logistiek", CaseRole.BORROWING)}
    assert [form.pk for form in case.mobility_forms.all()] == [exchange.request.form_id]
    # The average of 4, 5 and 3 is 4: every element counts as brought.
    assert any("gemiddeld 4,0 van de 5" in outcome.value for outcome in case.outcomes)
    assert case.elements.count() == 5
    # It is the lender's draft, to edit and send to the desk.
    assert made["Location"] == reverse("contributions:edit", args=[case.pk])
    assert case.title in text_of(client.get(reverse("contributions:list")))
    assert client.post(reverse("exchanges:case", args=[exchange.pk])).status_code == 409
    assert Exchange.objects.get(pk=exchange.pk).case_page_id == case.pk
