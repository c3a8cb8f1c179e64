"""Every e-mail of the contribution workflow, Wagtail's own included, addresses people as
"u", as the site does; Wagtail's Dutch catalogue says "je"."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from cases.models import CasePage
from tests.cases.test_contributions import CONTRIBUTION, _with_choices, approve, reject, submit

pytestmark = pytest.mark.django_db

INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jullie|jezelf|jouwe)\b", re.IGNORECASE)


def _texts(message) -> list[str]:
    return [
        message.subject,
        message.body,
        *(content for content, _mimetype in getattr(message, "alternatives", [])),
    ]


def _sent(step, callbacks) -> list:
    """The e-mails one step sends (after its commit); each step sends at least one."""
    mail.outbox.clear()
    with callbacks(execute=True):
        step()
    assert mail.outbox, "this step sent no e-mail"
    return list(mail.outbox)


def _assert_formal(messages):
    for message in messages:
        for text in _texts(message):
            assert not INFORMAL.search(text), (message.subject, INFORMAL.search(text), text)


def test_the_e_mails_of_submit_reject_resubmit_and_approve_say_u(
    client, member, loket, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    client.force_login(member)
    sent = _sent(lambda: submit(client, CONTRIBUTION), capture)
    case = CasePage.objects.get(author=member)
    # Wagtail's own notification reaches the desk, in Dutch.
    to_desk = [message for message in sent if loket.email in message.to]
    assert to_desk and "ingediend" in to_desk[0].subject
    everything = sent

    everything += _sent(lambda: reject(client, loket, case, "Graag de kosten erbij."), capture)

    def resubmit():
        client.force_login(member)
        client.post(
            reverse("contributions:edit", args=[case.pk]),
            {**_with_choices(CONTRIBUTION), "action": "submit"},
        )

    everything += _sent(resubmit, capture)
    everything += _sent(lambda: approve(client, loket, case), capture)
    assert {member.email, loket.email} <= {address for m in everything for address in m.to}
    _assert_formal(everything)


def test_wagtails_password_reset_e_mail_says_u(client, loket):
    mail.outbox.clear()
    response = client.post(reverse("wagtailadmin_password_reset"), {"email": loket.email})
    assert response.status_code == 302
    (message,) = mail.outbox
    assert "wachtwoord" in message.body
    _assert_formal([message])
    # The pages around it say "u" too.
    _assert_formal_page(client.get(response.url))


def _assert_formal_page(response):
    from tests.html_forms import shown_text

    text = shown_text(response.content.decode())
    assert not INFORMAL.search(text), INFORMAL.search(text)
