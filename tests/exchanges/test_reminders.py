"""Reminders: the party an exchange waits for hears again after the desk's number of days,
once per wait."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from exchanges.models import Exchange, ExchangeSettings
from notifications.models import Notification
from tests.exchanges.helpers import propose, step

pytestmark = pytest.mark.django_db


def _remind() -> str:
    out = io.StringIO()
    call_command("send_exchange_reminders", stdout=out)
    return out.getvalue()


def _reminders(user) -> int:
    return Notification.objects.filter(user=user, title__startswith="Herinnering").count()


def test_the_next_party_is_reminded_once_after_the_desks_number_of_days(client, world):
    settings = ExchangeSettings.load()
    settings.reminder_days = 3
    settings.save()
    start = timezone.now()
    propose(client, world["borrower_admin"], world["request"], world["anna_offer"])
    exchange = Exchange.objects.get(request=world["request"])
    lender, anna = world["lender_admin"], world["anna"].user

    with time_machine.travel(start + datetime.timedelta(days=2)):
        _remind()
    assert _reminders(lender) == 0
    with time_machine.travel(start + datetime.timedelta(days=4)):
        assert _remind().endswith("exchanges reminded\n")
        assert _remind() == "0 exchanges reminded\n"  # once per wait
    assert _reminders(lender) == 1
    assert _reminders(world["borrower_admin"]) == 0  # it does not wait for them

    with time_machine.travel(start + datetime.timedelta(days=5)):
        step(client, lender, exchange, "approve", handover="Piet", reachability="Telefoon")
    with time_machine.travel(start + datetime.timedelta(days=7)):
        _remind()
    assert _reminders(anna) == 0  # waiting two days, not three
    with time_machine.travel(start + datetime.timedelta(days=9)):
        _remind()
    assert _reminders(anna) == 1
    assert _reminders(lender) == 1
