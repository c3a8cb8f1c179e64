"""Who may see and do what in the network: pure rules over users, people and organisations.

Every view and API endpoint asks these functions; templates only reflect their answers.
"""

from network.choices import Visibility


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
