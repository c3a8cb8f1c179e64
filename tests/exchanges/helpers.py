"""Steps of an exchange as its parties take them on its page."""

import re

from django.urls import reverse

from exchanges.models import Exchange
from tests.html_forms import form_data


def propose(client, user, request, availability):
    client.force_login(user)
    return client.post(
        reverse("exchanges:start", args=[request.pk]), {"availability": availability.pk}
    )


def step(client, user, exchange, name, **fields):
    """Post the step's form as the page shows it to `user`, with these fields changed."""
    client.force_login(user)
    page = client.get(reverse("exchanges:detail", args=[exchange.pk]))
    assert page.status_code == 200
    data = {}
    if f'id="step-{name}"' in page.content.decode():
        data = form_data(page, f"#step-{name}")
    data.update({f"{name}-{key}": value for key, value in fields.items()})
    return client.post(reverse("exchanges:step", args=[exchange.pk, name]), data)


def fresh(exchange) -> Exchange:
    return Exchange.objects.get(pk=exchange.pk)


def fingerprint(client, user, exchange) -> str:
    """The agreement's fingerprint as its page shows it."""
    client.force_login(user)
    page = client.get(reverse("exchanges:agreement", args=[exchange.pk])).content.decode()
    return re.search(r"SHA-256\): ([0-9a-f]{64})", page).group(1)


def confirmed(client, world, request=None, availability=None):
    """An exchange taken through proposal, approval, consent and confirmation."""
    request = request or world["request"]
    availability = availability or world["anna_offer"]
    assert propose(client, world["borrower_admin"], request, availability).status_code == 302
    exchange = Exchange.objects.get(request=request, availability=availability)
    steps = (
        (world["lender_admin"], "approve", {"handover": "Piet", "reachability": "Telefoon"}),
        (availability.person.user, "consent", {"agree": "on"}),
        (world["borrower_admin"], "confirm", {"onboarding": "Meelopen", "supervisor": "Joop"}),
    )
    for user, name, fields in steps:
        assert step(client, user, exchange, name, **fields).status_code == 302, name
    return fresh(exchange)


def active(client, world):
    """An exchange signed by both organisations and started."""
    exchange = confirmed(client, world)
    for user in (world["lender_admin"], world["borrower_admin"]):
        assert step(client, user, exchange, "sign").status_code == 302
    assert step(client, world["borrower_admin"], exchange, "start").status_code == 302
    return fresh(exchange)


def log_hours(client, user, exchange, week, hours, note=""):
    client.force_login(user)
    return client.post(
        reverse("exchanges:hours_log", args=[exchange.pk]),
        {"hours-week": week.isoformat(), "hours-hours": str(hours), "hours-note": note},
    )


def decide(client, user, entry, decision, reason=""):
    client.force_login(user)
    return client.post(
        reverse("exchanges:hours_decide", args=[entry.exchange_id, entry.pk]),
        {"decision": decision, "reason": reason},
    )
