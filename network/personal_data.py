"""What the network app holds about a person: the profile, consents, invitations and
sign-ups for sessions (registered in `NetworkConfig.ready`)."""

from django.db import transaction

from core import privacy
from core.privacy import iso
from network.models import Invitation, Person
from network.selectors import registrations_of
from network.services.sessions import registrations_erase
from network.signals import person_erased


def _person(user):
    return getattr(user, "person", None)


def _profile(user) -> dict | None:
    person = _person(user)
    if person is None:
        return None
    return {
        "public_id": str(person.public_id),
        "organisation": person.organisation.name,
        "job_title": person.job_title,
        "bio": person.bio,
        "languages": person.languages,
        "visibility": person.visibility,
        "expertise": sorted(person.expertise.values_list("name", flat=True)),
        "qualifications": sorted(person.qualifications.values_list("name", flat=True)),
        "photo": person.photo.name or None,
        "created_at": iso(person.created_at),
        "updated_at": iso(person.updated_at),
    }


def _forget_profile(user) -> None:
    """The profile goes with the account (a cascade); its search document and its photo
    file go once that has been committed."""
    person = _person(user)
    if person is None:
        return
    person_erased.send(sender=Person, person=person)  # search drops the document
    if person.photo:
        storage, name = person.photo.storage, person.photo.name
        transaction.on_commit(lambda: storage.delete(name))


def _consents(user) -> list[dict]:
    person = _person(user)
    if person is None:
        return []
    return [
        {
            "purpose": c.purpose,
            "text": c.text,
            "given_at": iso(c.given_at),
            "withdrawn_at": iso(c.withdrawn_at),
        }
        for c in person.consents.all()
    ]


def _invitation_received(user) -> dict | None:
    received = Invitation.objects.filter(email__iexact=user.email).first()
    if received is None:
        return None
    return {
        "organisation": received.organisation.name,
        "created_at": iso(received.created_at),
        "accepted_at": iso(received.accepted_at),
    }


def _forget_invitations(user) -> None:
    Invitation.objects.filter(email__iexact=user.email).delete()


def _invitations_sent(user) -> list[dict]:
    return [
        {
            "organisation": i.organisation.name,
            "created_at": iso(i.created_at),
            "accepted": i.accepted_at is not None,
        }
        for i in user.invitations_sent.select_related("organisation")
    ]


def _session_registrations(user) -> list[dict]:
    person = _person(user)
    if person is None:
        return []
    return [
        {
            "session": r.session.title,
            "starts_at": iso(r.session.start),
            "status": r.status,
            "signed_up_at": iso(r.created_at),
            "cancelled_at": iso(r.cancelled_at),
            "reminded_at": iso(r.reminded_at),
        }
        for r in registrations_of(person=person)
    ]


def _forget_session_registrations(user) -> None:
    """Their sign-ups go before the profile does, so their places go to the waiting lists."""
    person = _person(user)
    if person is not None:
        registrations_erase(person=person)


def register() -> None:
    privacy.register("profile", export=_profile, models=("network.Person",), erase=_forget_profile)
    privacy.register("consents", export=_consents, models=("network.Consent",))
    privacy.register(
        "invitation_received",
        export=_invitation_received,
        models=("network.Invitation",),
        erase=_forget_invitations,
    )
    privacy.register("invitations_sent", export=_invitations_sent, models=("network.Invitation",))
    privacy.register(
        "session_registrations",
        export=_session_registrations,
        models=("network.SessionRegistration",),
        erase=_forget_session_registrations,
    )
