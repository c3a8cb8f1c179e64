"""Invitations by e-mail with an expiring link, and accepting them."""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.links import absolute_url
from core.mail import mail_send
from network import roles
from network.choices import InvitationRole
from network.models import Invitation, Organisation
from network.permissions import can_moderate, ensure_can_act_for
from network.services.people import account_create, person_create, roles_grant


class InvitationError(Exception):
    """An invitation link that cannot be used, with a message for the person holding it."""


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def invitation_create(
    *, organisation: Organisation, actor, email: str, role: str, request=None
) -> Invitation:
    """Invite a colleague; the link in the e-mail expires after INVITATION_VALID_DAYS. Only
    an organisation the desk admitted invites (the desk may for any), and at most
    INVITATIONS_PER_DAY in 24 hours (the desk has no limit)."""
    ensure_can_act_for(actor, organisation)
    now = timezone.now()
    sent = Invitation.objects.filter(
        organisation=organisation, created_at__gt=now - datetime.timedelta(days=1)
    ).count()
    if sent >= settings.INVITATIONS_PER_DAY and not can_moderate(actor):
        raise ValidationError(
            ngettext(
                "Your organisation has sent %(count)d invitation in the last 24 hours, the "
                "most it may. Try again tomorrow, or ask the desk.",
                "Your organisation has sent %(count)d invitations in the last 24 hours, the "
                "most it may. Try again tomorrow, or ask the desk.",
                sent,
            )
            % {"count": sent}
        )
    email = email.strip().lower()
    if get_user_model().objects.filter(email__iexact=email).exists():
        raise ValidationError(
            {"email": _("Someone with this e-mail address already has an account.")}
        )
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        organisation=organisation,
        email=email,
        role=role,
        invited_by=actor,
        token_hash=_digest(token),
        created_at=now,
        expires_at=now + datetime.timedelta(days=settings.INVITATION_VALID_DAYS),
    )
    invitation.full_clean()
    invitation.save()
    path = reverse("accounts:invitation", args=[token])
    link = absolute_url(path, request=request)
    transaction.on_commit(lambda: _send_invitation(invitation, link))
    return invitation


def _send_invitation(invitation: Invitation, link: str) -> None:
    context = {"invitation": invitation, "link": link}
    mail_send(
        subject=_("Invitation to join %(organisation)s on Breder Belang")
        % {"organisation": invitation.organisation.name},
        message=render_to_string("network/email/invitation.txt", context),
        recipients=[invitation.email],
    )


def invitation_for_token(*, token: str) -> Invitation:
    """The open invitation behind a link, or an InvitationError saying what is wrong."""
    invitation = (
        Invitation.objects.select_related("organisation").filter(token_hash=_digest(token)).first()
    )
    if invitation is None:
        raise InvitationError(
            _("This invitation link is not valid. Check that you copied it whole.")
        )
    if invitation.accepted_at is not None:
        raise InvitationError(_("This invitation has already been used. You can log in instead."))
    if invitation.is_expired:
        raise InvitationError(
            _("This invitation has expired. Ask your organisation's administrator for a new one.")
        )
    return invitation


@transaction.atomic
def invitation_accept(
    *,
    invitation: Invitation,
    first_name: str,
    last_name: str,
    password: str,
    job_title: str,
    visibility: str,
):
    """Create the invited colleague's account and profile; the link can be used once."""
    locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not locked.is_open:
        raise InvitationError(_("This invitation can no longer be used."))
    if get_user_model().objects.filter(email__iexact=locked.email).exists():
        raise InvitationError(_("Someone with this e-mail address already has an account."))
    user = account_create(
        email=locked.email, password=password, first_name=first_name, last_name=last_name
    )
    person_create(
        user=user, organisation=locked.organisation, visibility=visibility, job_title=job_title
    )
    if locked.role == InvitationRole.ADMIN:
        roles_grant(user=user, names=[roles.ORGANISATION_ADMINS])
    locked.accepted_at = timezone.now()
    locked.save(update_fields=["accepted_at"])
    return user
