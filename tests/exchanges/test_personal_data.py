"""A person's exchanges in their download, and erasure that keeps the organisations'
record of the exchange without the person's name."""

import json

import pytest

from exchanges.choices import ExchangeState
from exchanges.models import Exchange
from tests.exchanges.helpers import confirmed, fresh, step

pytestmark = pytest.mark.django_db


def _signed(client, world):
    exchange = confirmed(client, world)
    for user in (world["lender_admin"], world["borrower_admin"]):
        assert step(client, user, exchange, "sign").status_code == 302
    exchange = fresh(exchange)
    assert exchange.state == ExchangeState.SIGNED
    return exchange


def test_the_download_holds_the_persons_exchanges_and_the_signers_signatures(client, world):
    exchange = _signed(client, world)
    client.force_login(world["anna"].user)
    data = json.loads(client.get("/netwerk/mijn-gegevens/download/").content)
    [mine] = data["exchanges"]
    assert mine["request"] == "Planner op woensdag"
    assert mine["hours_per_week"] == str(exchange.hours_per_week)
    assert "Anna Woensdag" in mine["signed_text"]
    client.force_login(world["lender_admin"])
    data = json.loads(client.get("/netwerk/mijn-gegevens/download/").content)
    assert [s["request"] for s in data["agreements_signed"]] == ["Planner op woensdag"]


def test_erasing_the_person_keeps_the_exchange_without_their_name(client, world):
    exchange = _signed(client, world)
    anna = world["anna"].user
    client.force_login(anna)
    response = client.post(
        "/netwerk/mijn-gegevens/", {"confirm": "1", "password": "secret-password"}
    )
    assert response.status_code == 302
    kept = Exchange.objects.get(pk=exchange.pk)
    assert kept.person is None and kept.availability is None
    assert kept.cost_price_per_hour == exchange.cost_price_per_hour
    assert "Anna Woensdag" not in kept.signed_text and "[verwijderd]" in kept.signed_text
    assert kept.signatures.count() == 2
