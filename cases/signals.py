"""Listens to Wagtail's workflow decisions; the work is done by the cases service."""

from wagtail.signals import workflow_approved, workflow_rejected

from cases.services import contribution_notify_decision


def _approved(sender, instance, user, **kwargs):
    contribution_notify_decision(workflow_state=instance, approved=True)


def _rejected(sender, instance, user, **kwargs):
    contribution_notify_decision(workflow_state=instance, approved=False)


def connect() -> None:
    workflow_approved.connect(_approved, dispatch_uid="cases.contribution_approved")
    workflow_rejected.connect(_rejected, dispatch_uid="cases.contribution_rejected")
