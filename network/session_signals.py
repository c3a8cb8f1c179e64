"""The network follows Wagtail's publishing (connected in `NetworkConfig.ready`): when a past
session's report is published, its attendees are told once (`session_report_announce`)."""

from wagtail.signals import page_published

from network.models import SessionPage
from network.services.sessions import session_report_announce


def _session_published(sender, instance, **kwargs):
    session_report_announce(session=instance)


def connect() -> None:
    page_published.connect(
        _session_published, sender=SessionPage, dispatch_uid="network.session_report_announce"
    )
