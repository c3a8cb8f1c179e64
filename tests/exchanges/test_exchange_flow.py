"""One exchange through every state by the right people on its pages, with the refusals of
the wrong party and of steps out of order, the hours it holds in matching, its agreement as
a page and a PDF, and the notifications that tell each next party."""

import io
import re

import pytest
from django.core import mail
from django.urls import reverse
from pypdf import PdfReader

from exchanges.choices import ExchangeState
from exchanges.models import Exchange
from matching.selectors.offers import forget_matrix
from notifications.models import Notification
from tests.exchanges.helpers import fingerprint, fresh, propose, step
from tests.helpers import text_of

pytestmark = pytest.mark.django_db


def _candidate_ids(client, user, request) -> set[int]:
    """The availabilities the request's page offers its organisation as candidates."""
    forget_matrix()
    client.force_login(user)
    page = text_of(client.get(reverse("matching:request", args=[request.pk])))
    return {int(pk) for pk in re.findall(r'id="candidate-(\d+)"', page)}


def _pdf_text(client, user, exchange) -> str:
    client.force_login(user)
    response = client.get(reverse("exchanges:agreement_pdf", args=[exchange.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_one_exchange_from_proposal_to_completion(client, world):
    borrower, lender = world["borrower_admin"], world["lender_admin"]
    anna = world["anna"].user

    # The request's page leads its organisation to proposing an exchange.
    client.force_login(borrower)
    page = text_of(client.get(reverse("matching:request", args=[world["request"].pk])))
    assert reverse("exchanges:start", args=[world["request"].pk]) in page
    assert world["anna_offer"].pk in _candidate_ids(client, borrower, world["second"])

    response = propose(client, borrower, world["request"], world["anna_offer"])
    assert response.status_code == 302
    exchange = Exchange.objects.get(request=world["request"])
    assert exchange.state == ExchangeState.PROPOSED
    assert float(exchange.hours_per_week) == 8.0
    # Anna's hours are held: the second request, at the same times, no longer gets her.
    assert world["anna_offer"].pk not in _candidate_ids(client, borrower, world["second"])
    # Before she consents, the borrowing side sees her only by a pseudonym.
    client.force_login(borrower)
    assert "Anna" not in text_of(client.get(reverse("exchanges:detail", args=[exchange.pk])))
    # The lending organisation is told it is its turn, in the app and by e-mail.
    assert Notification.objects.filter(user=lender, url__contains=f"/{exchange.pk}/").exists()
    assert any(lender.email in message.to for message in mail.outbox)

    # Wrong party: refused with who may, nothing changes.
    refused = step(client, anna, exchange, "approve", handover="x", reachability="y")
    assert refused.status_code == 403
    assert "uitlenende organisatie" in text_of(refused)
    assert (
        step(client, borrower, exchange, "approve", handover="x", reachability="y").status_code
        == 403
    )
    # Out of order: the lender may sign, but not before the agreement is confirmed.
    out_of_order = step(client, lender, exchange, "sign", text_hash="0" * 64)
    assert out_of_order.status_code == 409
    assert "niet mogelijk" in text_of(out_of_order)
    assert fresh(exchange).state == ExchangeState.PROPOSED

    # Each party in turn.
    missing = step(client, lender, exchange, "approve", handover="", reachability="")
    assert missing.status_code == 400
    assert fresh(exchange).state == ExchangeState.PROPOSED
    assert (
        step(
            client,
            lender,
            exchange,
            "approve",
            handover="Collega Piet neemt de planning over.",
            reachability="Dinsdag per telefoon.",
            contract="Het contract blijft zoals het is.",
        ).status_code
        == 302
    )
    assert (
        step(client, lender, exchange, "approve", handover="a", reachability="b").status_code == 409
    )
    assert step(client, anna, exchange, "consent", agree="").status_code == 400
    assert (
        step(client, anna, exchange, "consent", agree="on", declared_interests="Geen.").status_code
        == 302
    )
    # Consenting introduces her by name.
    client.force_login(borrower)
    assert "Anna Woensdag" in text_of(client.get(reverse("exchanges:detail", args=[exchange.pk])))
    assert (
        step(
            client,
            borrower,
            exchange,
            "confirm",
            onboarding="Eerste dag meelopen met het team.",
            supervisor="Joop, teamleider",
            system_access="Account voor het planningssysteem.",
        ).status_code
        == 302
    )
    assert fresh(exchange).state == ExchangeState.CONFIRMED

    # The agreement holds the agreed figures: 8 h × € 52,50 over the period.
    agreement = text_of(client.get(reverse("exchanges:agreement", args=[exchange.pk])))
    assert "52,50" in agreement and "Joop, teamleider" in agreement
    pdf = _pdf_text(client, lender, exchange)
    weeks = ((exchange.ends_on - exchange.starts_on).days + 1) / 7
    total = f"{8 * 52.5 * weeks:,.2f}".replace(",", "#").replace(".", ",").replace("#", ".")
    for figure in ("Zorg Lenen", "Haven Logistiek", "Anna Woensdag", "52,50", total, "Concept"):
        assert figure in pdf, figure

    # The lender signs; then the terms change: that signature no longer holds.
    assert step(client, lender, exchange, "sign").status_code == 302
    signed_already = step(
        client, lender, exchange, "sign", text_hash=fingerprint(client, lender, exchange)
    )
    assert signed_already.status_code == 409
    assert step(client, borrower, exchange, "amend", hours_per_week="12").status_code == 400
    assert step(client, borrower, exchange, "amend", hours_per_week="6").status_code == 302
    client.force_login(lender)
    page = text_of(client.get(reverse("exchanges:detail", args=[exchange.pk])))
    assert "geldt niet meer" in page
    assert 'id="step-sign"' in page
    assert step(client, borrower, exchange, "sign").status_code == 302
    assert fresh(exchange).state == ExchangeState.CONFIRMED  # the lender's is void
    assert step(client, lender, exchange, "sign").status_code == 302
    signed = fresh(exchange)
    assert signed.state == ExchangeState.SIGNED
    assert "6 uur per week" in signed.signed_text
    assert "Concept" not in _pdf_text(client, borrower, exchange)
    # Bert, also on the shortlist, hears at once that he was not chosen.
    assert Notification.objects.filter(
        user=world["bert"].user, title__contains="Planner op woensdag"
    ).exists()

    assert step(client, anna, exchange, "start").status_code == 403
    assert step(client, borrower, exchange, "start").status_code == 302
    assert step(client, anna, exchange, "decline", reason="Toch niet").status_code == 409
    assert step(client, lender, exchange, "complete").status_code == 302
    assert fresh(exchange).state == ExchangeState.COMPLETED
    # The hours are free again.
    assert world["anna_offer"].pk in _candidate_ids(client, borrower, world["second"])

    # Every step is in the history, with who took it.
    client.force_login(lender)
    history = text_of(client.get(reverse("exchanges:detail", args=[exchange.pk])))
    history = history.split('id="history"')[1]
    for label, who in (
        ("Voorgesteld", "Bram"),
        ("Goedgekeurd", "Lena"),
        ("Ingestemd", "Anna"),
        ("Bevestigd", "Bram"),
        ("Voorwaarden gewijzigd", "Bram"),
        ("Getekend", "Lena"),
        ("Getekend", "Bram"),
        ("Gestart", "Bram"),
        ("Afgerond", "Lena"),
    ):
        assert re.search(f'{label}: [^<]*<span class="muted">\\({who} ', history), label


def test_a_declined_exchange_frees_the_hours_for_another_request(client, world):
    borrower, lender = world["borrower_admin"], world["lender_admin"]
    propose(client, borrower, world["request"], world["anna_offer"])
    exchange = Exchange.objects.get(request=world["request"])
    # No double booking: the same hours for the second request are refused with the reason.
    refused = propose(client, borrower, world["second"], world["anna_offer"])
    assert refused.status_code == 400
    assert "geen uren meer" in text_of(refused) or "tijden beschikbaar" in text_of(refused)
    assert not Exchange.objects.filter(request=world["second"]).exists()

    assert step(client, lender, exchange, "decline", reason="").status_code == 400
    assert fresh(exchange).state == ExchangeState.PROPOSED
    assert step(client, lender, exchange, "decline", reason="Piek in de zorg.").status_code == 302
    declined = fresh(exchange)
    assert declined.state == ExchangeState.DECLINED and declined.reason == "Piek in de zorg."
    # The borrowing side hears it, with the reason.
    assert Notification.objects.filter(user=borrower, body__contains="Piek in de zorg.").exists()
    assert propose(client, borrower, world["second"], world["anna_offer"]).status_code == 302
    assert Exchange.objects.get(request=world["second"]).state == ExchangeState.PROPOSED


def test_nobody_outside_the_exchange_sees_it_or_its_agreement(client, world):
    propose(client, world["borrower_admin"], world["request"], world["anna_offer"])
    exchange = Exchange.objects.get(request=world["request"])
    for user in (world["outsider"], world["member"], world["bert"].user):
        client.force_login(user)
        for name in ("detail", "agreement", "agreement_pdf"):
            assert client.get(reverse(f"exchanges:{name}", args=[exchange.pk])).status_code == 404
        posted = client.post(
            reverse("exchanges:step", args=[exchange.pk, "decline"]), {"decline-reason": "x"}
        )
        assert posted.status_code == 404
    assert fresh(exchange).state == ExchangeState.PROPOSED
    # Nor may another organisation propose one for a request that is not its own.
    client.force_login(world["outsider"])
    response = client.post(
        reverse("exchanges:start", args=[world["second"].pk]),
        {"availability": world["anna_offer"].pk},
    )
    assert response.status_code in (403, 404)
    assert not Exchange.objects.filter(request=world["second"]).exists()


def test_waiting_for_me_lists_the_exchanges_whose_next_step_is_yours(client, world):
    propose(client, world["borrower_admin"], world["request"], world["anna_offer"])
    exchange = Exchange.objects.get(request=world["request"])

    def waiting(user) -> str:
        client.force_login(user)
        page = text_of(client.get(reverse("exchanges:list")))
        return page.split('id="waiting-for-me"')[1].split('id="all-exchanges"')[0]

    detail = reverse("exchanges:detail", args=[exchange.pk])
    assert detail in waiting(world["lender_admin"])
    assert detail not in waiting(world["borrower_admin"])
    assert detail not in waiting(world["anna"].user)
    step(client, world["lender_admin"], exchange, "approve", handover="a", reachability="b")
    assert detail in waiting(world["anna"].user)
    assert detail not in waiting(world["lender_admin"])
