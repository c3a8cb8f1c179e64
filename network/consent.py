"""The wording people agree to; stored verbatim with each consent."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from network.choices import Visibility

LISTING_WORDING = gettext_noop(
    "I agree that my profile (name, organisation, job title, expertise, qualifications, "
    "languages, photo and short bio) is shown to %(audience)s. I can change or withdraw "
    "this at any time on my profile page."
)
AUDIENCES = {
    Visibility.PUBLIC: gettext_noop("everyone who visits the site"),
    Visibility.MEMBERS: gettext_noop("logged-in members of the network"),
}


def listing_text(visibility: str) -> str:
    """What a person agrees to when their profile is listed for an audience."""
    return _(LISTING_WORDING) % {"audience": _(AUDIENCES[visibility])}


def listing_needs_consent(*, old_visibility: str, new_visibility: str) -> bool:
    """A new audience for the profile needs the person's explicit agreement to it."""
    return new_visibility != old_visibility and new_visibility != Visibility.HIDDEN


def terms_text() -> str:
    return _(
        "I have read the privacy statement. The network keeps my account and profile for as "
        "long as I am a member; I can download my data and erase my account myself."
    )
