"""The wording people agree to; stored verbatim with each consent."""

from django.utils.translation import gettext as _

from network.choices import Visibility


def listing_text(visibility: str) -> str:
    """What a person agrees to when their profile is listed for an audience."""
    audience = {
        Visibility.PUBLIC: _("everyone who visits the site"),
        Visibility.MEMBERS: _("logged-in members of the network"),
    }[visibility]
    return _(
        "I agree that my profile (name, organisation, job title, expertise, qualifications, "
        "languages, photo and short bio) is shown to %(audience)s. I can change or withdraw "
        "this at any time on my profile page."
    ) % {"audience": audience}


def terms_text() -> str:
    return _(
        "I have read the privacy statement. The network keeps my account and profile for as "
        "long as I am a member; I can download my data and erase my account myself."
    )
