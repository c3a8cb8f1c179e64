"""A person's notifications are in the download of their data and go with their account."""

import json

import pytest

from notifications.models import Notification
from notifications.services import notification_send

pytestmark = pytest.mark.django_db


def test_the_export_holds_the_persons_own_notifications(client, member, admin_a):
    notification_send(user=member, title="Een vraag past bij u", body="dekt 4 van de 8 uur")
    notification_send(user=admin_a, title="Niet voor Mees")
    client.force_login(member)
    response = client.get("/netwerk/mijn-gegevens/download/")
    assert response.status_code == 200
    exported = json.loads(response.content)["notifications"]
    assert [(n["title"], n["text"], n["read_at"]) for n in exported] == [
        ("Een vraag past bij u", "dekt 4 van de 8 uur", None)
    ]

    client.get("/meldingen/")  # reading them shows in the next download
    (read,) = json.loads(client.get("/netwerk/mijn-gegevens/download/").content)["notifications"]
    assert read["read_at"] is not None


def test_erasing_the_account_removes_its_notifications_only(client, member, admin_a):
    notification_send(user=member, title="Een vraag past bij u")
    notification_send(user=admin_a, title="Blijft staan")
    client.force_login(member)
    response = client.post(
        "/netwerk/mijn-gegevens/", {"confirm": "1", "password": "secret-password"}
    )
    assert response.status_code == 302
    left = Notification.objects.filter(title__in=["Een vraag past bij u", "Blijft staan"])
    assert list(left.values_list("title", flat=True)) == ["Blijft staan"]
