"""Profiles, roles and consent."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.images import file_delete_after_commit, image_clean
from network import consent, roles
from network.choices import ConsentPurpose, Visibility
from network.models import Consent, Person
from network.signals import person_changed


def roles_grant(*, user, names: list[str]) -> None:
    """Add the user to the groups of these roles."""
    user.groups.add(*Group.objects.filter(name__in=names))


def roles_revoke(*, user, names: list[str]) -> None:
    user.groups.remove(*Group.objects.filter(name__in=names))


def _consent_listing(person: Person) -> None:
    """Withdraw the current listing consent and record one for the new visibility, if any."""
    now = timezone.now()
    person.consents.filter(purpose=ConsentPurpose.LISTING, withdrawn_at__isnull=True).update(
        withdrawn_at=now
    )
    if person.visibility != Visibility.HIDDEN:
        Consent.objects.create(
            person=person,
            purpose=ConsentPurpose.LISTING,
            text=consent.listing_text(person.visibility),
            given_at=now,
        )


def account_create(*, email: str, password: str, first_name: str, last_name: str):
    """A new account, checked like every other write (names on one line, their length)."""
    user = get_user_model()(email=email, first_name=first_name, last_name=last_name)
    user.set_password(password)
    user.full_clean()
    user.save()
    return user


@transaction.atomic
def person_create(*, user, organisation, visibility: str, job_title: str = "") -> Person:
    """The profile of a new account, with its consents on record."""
    person = Person(
        user=user, organisation=organisation, visibility=visibility, job_title=job_title
    )
    person.full_clean()
    person.save()
    Consent.objects.create(person=person, purpose=ConsentPurpose.TERMS, text=consent.terms_text())
    _consent_listing(person)
    if organisation.is_active:
        roles_grant(user=user, names=[roles.MEMBERS])
    _quiet_admin_notifications(user)
    person_changed.send(sender=Person, person=person)
    return person


def _photo_set(person: Person, *, photo, remove: bool, renamed: bool) -> None:
    """A new photo (re-encoded, without metadata), none, or the same photo under a new random
    name when who may see the profile changed: a URL handed out before no longer answers."""
    if photo:
        person.photo = image_clean(photo)
    elif remove:
        person.photo = None
    elif renamed and person.photo:
        try:
            with person.photo.open("rb") as current:
                content = current.read()
        except FileNotFoundError:
            person.photo = None
        else:
            person.photo = ContentFile(content, name=person.photo.name)


def _quiet_admin_notifications(user) -> None:
    """Members hear about their contributions from us, not from Wagtail's admin e-mails."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.approved_notifications = False
    profile.rejected_notifications = False
    profile.save()


@transaction.atomic
def person_update(
    *,
    person: Person,
    first_name: str,
    last_name: str,
    job_title: str,
    bio: str,
    languages: list[str],
    visibility: str,
    listing_consent: bool,
    expertise,
    qualifications,
    photo=None,
    remove_photo: bool = False,
    digest: bool | None = None,
) -> Person:
    """Update a profile; a change of visibility changes the consent on record, and showing
    the profile to a new audience needs the person's explicit `listing_consent`."""
    if visibility not in Visibility.values:
        raise ValidationError(
            {"visibility": [_("Unknown value “%(value)s”.") % {"value": visibility}]}
        )
    if (
        consent.listing_needs_consent(old_visibility=person.visibility, new_visibility=visibility)
        and not listing_consent
    ):
        raise ValidationError(
            {
                "consent": [
                    _(
                        "To show your profile to %(audience)s, agree to it: send "
                        "“consent”: true with the visibility. You agree to: “%(text)s”"
                    )
                    % {
                        "audience": _(consent.AUDIENCES[visibility]),
                        "text": consent.listing_text(visibility),
                    }
                ]
            }
        )
    user = person.user
    user.first_name, user.last_name = first_name, last_name
    user.full_clean()
    user.save()
    old_visibility = person.visibility
    person.job_title, person.bio, person.languages = job_title, bio, languages
    if digest is not None:
        person.digest = digest
    person.visibility = visibility
    old_photo = person.photo.name
    _photo_set(person, photo=photo, remove=remove_photo, renamed=visibility != old_visibility)
    person.full_clean()
    person.save()
    if person.photo.name != old_photo:
        file_delete_after_commit(storage=person.photo.storage, name=old_photo)
    person.expertise.set(expertise)
    person.qualifications.set(qualifications)
    if visibility != old_visibility:
        _consent_listing(person)
    person_changed.send(sender=Person, person=person)
    return person
