"""The agreement's template in the CMS: placeholders checked on save, and a changed text
voids the signatures given on the old one, until both organisations have signed."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from exchanges.agreement import DEFAULT_TEMPLATE
from exchanges.choices import ExchangeState
from exchanges.models import AgreementTemplate
from network.factories import UserFactory
from network.roles import EDITORS
from tests.exchanges.helpers import confirmed, fingerprint, fresh, step
from tests.helpers import text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    user = UserFactory(first_name="Eva", last_name="Redacteur")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def _add_template(client, editor, body: str):
    client.force_login(editor)
    return client.post(
        reverse("wagtailsnippets_exchanges_agreementtemplate:add"),
        {"name": "Overeenkomst 2027", "active": "on", "body": body},
    )


def test_an_editor_cannot_save_a_template_with_an_unknown_placeholder(client, editor):
    refused = _add_template(client, editor, "Salaris: {salaris}. Uren: {hours_per_week}.")
    assert refused.status_code == 200
    assert "{salaris}" in text_of(refused)
    assert not AgreementTemplate.objects.exists()
    assert _add_template(client, editor, "Uren: {hours_per_week}.").status_code == 302
    assert AgreementTemplate.objects.get().body == "Uren: {hours_per_week}."


def test_a_changed_template_voids_a_signature_until_both_have_signed(client, world, editor):
    lender, borrower = world["lender_admin"], world["borrower_admin"]
    exchange = confirmed(client, world)
    before = fingerprint(client, lender, exchange)
    assert step(client, lender, exchange, "sign").status_code == 302

    body = DEFAULT_TEMPLATE + "\n# Evaluatie\n\nNa afloop evalueren {lender} en {borrower} samen.\n"
    assert _add_template(client, editor, body).status_code == 302
    after = fingerprint(client, lender, exchange)
    assert after != before
    client.force_login(lender)
    page = text_of(client.get(reverse("exchanges:detail", args=[exchange.pk])))
    assert "geldt niet meer" in page and 'id="step-sign"' in page
    # A signature on the text the signer saw before the change is refused.
    stale = step(client, borrower, exchange, "sign", text_hash=before)
    assert stale.status_code == 409
    assert step(client, borrower, exchange, "sign").status_code == 302
    assert fresh(exchange).state == ExchangeState.CONFIRMED
    assert step(client, lender, exchange, "sign").status_code == 302
    signed = fresh(exchange)
    assert signed.state == ExchangeState.SIGNED
    assert "Na afloop evalueren Zorg Lenen en Haven Logistiek samen." in signed.signed_text

    # Once signed by both, the text stays as signed whatever the template becomes.
    assert _add_template(client, editor, "Iets anders: {lender}.").status_code == 302
    assert fingerprint(client, lender, exchange) == after
    client.force_login(borrower)
    agreement = text_of(client.get(reverse("exchanges:agreement", args=[exchange.pk])))
    assert "Na afloop evalueren" in agreement and "Iets anders" not in agreement
