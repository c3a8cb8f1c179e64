"""Registering organisations, keeping their profile, and their status in the network."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from core.images import file_delete_after_commit, image_clean
from core.links import absolute_url
from core.mail import mail_send
from network import roles
from network.choices import OrganisationStatus
from network.models import Organisation, Person
from network.services.people import account_create, person_create, roles_grant, roles_revoke
from network.signals import organisation_changed


def _unique_slug(name: str) -> str:
    base = slugify(name)[:150] or "organisatie"
    slug, number = base, 2
    while Organisation.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def organisation_register(
    *,
    email: str,
    password: str,
    first_name: str,
    last_name: str,
    job_title: str,
    visibility: str,
    organisation_fields: dict,
) -> Person:
    """Sign-up: a new organisation (awaiting the desk's approval) and its first administrator."""
    organisation = Organisation(
        slug=_unique_slug(organisation_fields["name"]),
        status=OrganisationStatus.PENDING,
        **organisation_fields,
    )
    organisation.full_clean()
    organisation.save()
    user = account_create(
        email=email, password=password, first_name=first_name, last_name=last_name
    )
    person = person_create(
        user=user, organisation=organisation, visibility=visibility, job_title=job_title
    )
    roles_grant(user=user, names=[roles.ORGANISATION_ADMINS])
    log(instance=organisation, action="wagtail.create", user=user)
    transaction.on_commit(lambda: _notify_desk_of_registration(organisation))
    return person


def _notify_desk_of_registration(organisation: Organisation) -> None:
    desk = get_user_model().objects.filter(groups__name=roles.LOKET, is_active=True)
    recipients = sorted({user.email for user in desk})
    if not recipients:
        return
    mail_send(
        subject=_("New organisation awaiting approval: %(name)s") % {"name": organisation.name},
        message=render_to_string(
            "network/email/registration_to_desk.txt",
            {"organisation": organisation, "link": absolute_url(reverse("network:desk"))},
        ),
        recipients=recipients,
    )


@transaction.atomic
def organisation_update(
    *, organisation: Organisation, actor, fields: dict, offers, needs, logo=None, remove_logo=False
) -> Organisation:
    """Change an organisation's profile (not its status: that is the desk's)."""
    for name, value in fields.items():
        setattr(organisation, name, value)
    # The stored name, from the database: a model form has already put the upload on the
    # instance it was given.
    old_logo = Organisation.objects.filter(pk=organisation.pk).values_list("logo", flat=True)[0]
    if logo:
        organisation.logo = image_clean(logo)  # re-encoded, without metadata
    elif remove_logo:
        organisation.logo = None
    organisation.full_clean()
    organisation.save()
    if organisation.logo.name != old_logo:
        file_delete_after_commit(storage=organisation.logo.storage, name=old_logo)
    organisation.offers.set(offers)
    organisation.needs.set(needs)
    log(instance=organisation, action="wagtail.edit", user=actor)
    organisation_changed.send(sender=Organisation, organisation=organisation)
    return organisation


@transaction.atomic
def organisation_set_status(
    *,
    organisation: Organisation,
    actor,
    status: str,
    agreement_signed_on: datetime.date | None = None,
) -> Organisation:
    """The desk's decision on an organisation; logged with who changed what."""
    old_status, old_date = organisation.status, organisation.agreement_signed_on
    organisation.status = status
    organisation.agreement_signed_on = (
        agreement_signed_on if status == OrganisationStatus.AGREEMENT_SIGNED else None
    )
    organisation.full_clean()
    if (old_status, old_date) == (status, organisation.agreement_signed_on):
        return organisation
    organisation.save()
    log(
        instance=organisation,
        action="network.organisation.status",
        user=actor,
        data={
            "from": old_status,
            "to": status,
            "agreement_signed_on": (
                agreement_signed_on.isoformat() if organisation.agreement_signed_on else None
            ),
        },
    )
    # The people of an organisation are network members exactly while it is in the network.
    for user in get_user_model().objects.filter(person__organisation=organisation):
        if organisation.is_active:
            roles_grant(user=user, names=[roles.MEMBERS])
        else:
            roles_revoke(user=user, names=[roles.MEMBERS])
    organisation_changed.send(sender=Organisation, organisation=organisation)
    return organisation
