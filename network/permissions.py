"""Who may see and do what in the network: pure rules over users, people and organisations.

Every view and API endpoint asks these functions; templates only reflect their answers.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from network.choices import OrganisationStatus, Visibility
from network.roles import FACILITATORS


def is_member(user) -> bool:
    """A logged-in network member (or the desk) may see what is shared with members."""
    return bool(user and user.is_authenticated and user.has_perm("network.view_members_only"))


def can_moderate(user) -> bool:
    """The desk (loket) approves organisations and moderates contributions."""
    return bool(user and user.is_authenticated and user.has_perm("network.moderate_network"))


def person_of(user):
    if not (user and user.is_authenticated):
        return None
    return getattr(user, "person", None)


def administers(user, organisation) -> bool:
    """An organisation administrator manages their own organisation and nothing else."""
    person = person_of(user)
    return bool(
        person is not None
        and organisation is not None
        and person.organisation_id == organisation.pk
        and user.has_perm("network.manage_own_organisation")
    )


def can_manage_organisation(user, organisation) -> bool:
    return can_moderate(user) or administers(user, organisation)


def is_admitted(organisation) -> bool:
    """The desk admitted the organisation to the network: it joined or signed the agreement."""
    return organisation is not None and organisation.is_active


def refusal_to_act_for(user, organisation) -> str | None:
    """Why the user may not act for the organisation in the network (post and open requests,
    see the network's candidates, invite colleagues), in the reader's language; None when
    they may. The desk acts for the network; an administrator for their own organisation,
    once the desk has admitted it."""
    if can_moderate(user):
        return None
    if not administers(user, organisation):
        return _("Only this organisation's administrators and the desk may do this.")
    if organisation.status == OrganisationStatus.DECLINED:
        return _(
            "The desk declined your organisation's registration, so it cannot post requests, "
            "see candidates or invite colleagues. Contact the desk if you think this is a "
            "mistake."
        )
    if not is_admitted(organisation):
        return _(
            "Your organisation is awaiting the desk's approval. Once the desk has admitted it, "
            "you can post requests, see candidates and invite colleagues."
        )
    return None


def can_act_for(user, organisation) -> bool:
    """See `refusal_to_act_for`."""
    return refusal_to_act_for(user, organisation) is None


def ensure_can_act_for(user, organisation) -> None:
    """Raise PermissionDenied with the reason when the user may not act for the organisation
    (see `refusal_to_act_for`); services call this, so pages and the API refuse alike."""
    reason = refusal_to_act_for(user, organisation)
    if reason is not None:
        raise PermissionDenied(reason)


def can_see_organisation(user, organisation) -> bool:
    """Organisations of the network are public; others only for the desk and their admins."""
    return organisation.is_active or can_manage_organisation(user, organisation)


def can_see_person(user, person) -> bool:
    """The person's own choice decides, except for themselves, their admins and the desk."""
    if person_of(user) is not None and person_of(user).pk == person.pk:
        return True
    if can_moderate(user) or administers(user, person.organisation):
        return True
    if not person.organisation.is_active or not person.user.is_active:
        return False
    if person.visibility == Visibility.PUBLIC:
        return True
    return person.visibility == Visibility.MEMBERS and is_member(user)


def can_contribute(user) -> bool:
    """Members publish cases through moderation."""
    return is_member(user)


def is_facilitator(user) -> bool:
    """Facilitators run the network's sessions (the role, a group)."""
    return bool(
        user
        and user.is_authenticated
        and any(group.name == FACILITATORS for group in user.groups.all())
    )


def can_see_attendees(user, session) -> bool:
    """Who comes to a session: for its facilitators, the desk and the host organisation's
    administrators."""
    return bool(
        user
        and user.is_authenticated
        and (
            can_moderate(user)
            or is_facilitator(user)
            or (session.host_id is not None and administers(user, session.host))
        )
    )


def refusal_to_sign_up(user) -> str | None:
    """Why the user may not sign up for sessions, in the reader's language; None when they may."""
    if person_of(user) is None or not is_member(user):
        return _("Only members of the network with a profile can sign up for sessions.")
    return None
