"""Writes for sign-ups to the network's sessions: places, the waiting list, the e-mails.

Places are counted with the session's row locked (`select_for_update`), so two sign-ups for
the last place cannot both get it: the second waits for the first to commit, then counts
again. A cancellation moves the first on the waiting list up in the same transaction.
"""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.links import absolute_url
from core.mail import mail_send
from network.calendar import sessions_to_ical
from network.models import Person, RegistrationStatus, SessionPage, SessionRegistration
from network.permissions import person_of, refusal_to_sign_up
from notifications.services import notification_send

ACTIVE = (RegistrationStatus.REGISTERED, RegistrationStatus.WAITING)
REMIND_WITHIN = datetime.timedelta(days=1)


def _locked(session: SessionPage) -> SessionPage:
    """The session again, its row locked until the transaction ends."""
    return SessionPage.objects.select_for_update().get(pk=session.pk)


def _active(session: SessionPage, person: Person) -> SessionRegistration | None:
    return SessionRegistration.objects.filter(
        session=session, person=person, status__in=ACTIVE
    ).first()


def _calendar_attachment(session: SessionPage) -> tuple[str, str, str]:
    content = sessions_to_ical(sessions=[session], name=session.title).decode()
    return (f"{session.slug}.ics", content, "text/calendar")


def _mail(registration: SessionRegistration, template: str, subject: str, *, ics: bool) -> None:
    session = registration.session
    user = registration.person.user
    mail_send(
        subject=subject % {"session": session.title},
        message=render_to_string(
            f"network/email/{template}.txt",
            {
                "user": user,
                "session": session,
                "registration": registration,
                "link": absolute_url(session.url or "/"),
            },
        ),
        recipients=[user.email],
        attachments=[_calendar_attachment(session)] if ics else [],
    )


def _confirm(registration: SessionRegistration) -> None:
    if registration.status == RegistrationStatus.REGISTERED:
        _mail(registration, "session_confirmed", _("You are coming to %(session)s"), ics=True)
    else:
        _mail(
            registration,
            "session_waiting",
            _("You are on the waiting list for %(session)s"),
            ics=False,
        )


def _registered_count(session: SessionPage) -> int:
    return SessionRegistration.objects.filter(
        session=session, status=RegistrationStatus.REGISTERED
    ).count()


def registration_create(*, session: SessionPage, user) -> SessionRegistration:
    """Sign a member up for an upcoming session with sign-up open: a place while there are
    places, else the waiting list. Signing up again returns the existing sign-up."""
    reason = refusal_to_sign_up(user)
    if reason is not None:
        raise PermissionDenied(reason)
    person = person_of(user)
    with transaction.atomic():
        session = _locked(session)
        if session.start <= timezone.now():
            raise ValidationError(_("This session has already started; sign-up is closed."))
        if not session.registration_open:
            raise ValidationError(_("Sign-up for this session is closed."))
        existing = _active(session, person)
        if existing is not None:
            return existing
        full = session.capacity is not None and _registered_count(session) >= session.capacity
        registration = SessionRegistration(
            session=session,
            person=person,
            status=RegistrationStatus.WAITING if full else RegistrationStatus.REGISTERED,
        )
        registration.full_clean()
        registration.save()
        _confirm(registration)
    return registration


def _move_up(session: SessionPage) -> SessionRegistration | None:
    """Give free places to the first on the waiting list, and tell them."""
    moved = None
    while session.capacity is None or _registered_count(session) < session.capacity:
        first = (
            SessionRegistration.objects.select_related("person__user")
            .filter(session=session, status=RegistrationStatus.WAITING)
            .order_by("created_at", "pk")
            .first()
        )
        if first is None:
            break
        first.status = RegistrationStatus.REGISTERED
        first.full_clean()
        first.save(update_fields=["status"])
        notification_send(
            user=first.person.user,
            title=_("A place came free: you are coming to %(session)s")
            % {"session": session.title},
            body=_("You moved up from the waiting list."),
            url=session.url or "",
        )
        _mail(
            first,
            "session_moved_up",
            _("A place came free: you are coming to %(session)s"),
            ics=True,
        )
        moved = first
    return moved


def _cancel(registration: SessionRegistration) -> None:
    registration.status = RegistrationStatus.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.full_clean()
    registration.save(update_fields=["status", "cancelled_at"])


def registration_cancel(*, session: SessionPage, user) -> SessionRegistration:
    """Cancel the member's sign-up (a place or the waiting list) for an upcoming session; a
    place that comes free goes to the first on the waiting list, in the same transaction."""
    person = person_of(user)
    with transaction.atomic():
        session = _locked(session)
        registration = _active(session, person) if person is not None else None
        if registration is None:
            raise ValidationError(_("You have not signed up for this session."))
        if session.start <= timezone.now():
            raise ValidationError(_("This session has already started; you cannot cancel now."))
        _cancel(registration)
        _move_up(session)
    return registration


def registrations_erase(*, person: Person) -> None:
    """Remove a person's sign-ups (their account is being erased); places they held go to
    the waiting lists of upcoming sessions."""
    sessions = set(
        SessionRegistration.objects.filter(
            person=person,
            status=RegistrationStatus.REGISTERED,
            session__start__gt=timezone.now(),
        ).values_list("session_id", flat=True)
    )
    SessionRegistration.objects.filter(person=person).delete()
    for session in SessionPage.objects.filter(pk__in=sessions).select_for_update():
        _move_up(session)


def session_reminders_send(*, now: datetime.datetime | None = None) -> int:
    """E-mail everyone with a place in a session that starts within a day a reminder, once
    (`reminded_at`); returns how many were sent."""
    now = now or timezone.now()
    due = SessionRegistration.objects.select_related("session", "person__user").filter(
        status=RegistrationStatus.REGISTERED,
        reminded_at__isnull=True,
        session__live=True,
        session__start__gt=now,
        session__start__lte=now + REMIND_WITHIN,
    )
    sent = 0
    for registration in due:
        with transaction.atomic():
            claimed = SessionRegistration.objects.filter(
                pk=registration.pk, reminded_at__isnull=True
            ).update(reminded_at=now)
            if not claimed:  # another run sent it meanwhile
                continue
            with translation.override(settings.LANGUAGE_CODE):
                _mail(
                    registration,
                    "session_reminder",
                    _("Tomorrow: %(session)s"),
                    ics=True,
                )
        sent += 1
    return sent


def session_report_announce(*, session: SessionPage) -> int:
    """Tell the attendees of a past session, once each, that its report is published;
    returns how many were told. Nothing happens before the session ended or without a
    report, or while the page is not live."""
    if not (session.live and session.is_past and session.report):
        return 0
    told = 0
    with translation.override(settings.LANGUAGE_CODE):
        for registration in SessionRegistration.objects.select_related("person__user").filter(
            session=session, status=RegistrationStatus.REGISTERED, report_sent_at__isnull=True
        ):
            with transaction.atomic():
                claimed = SessionRegistration.objects.filter(
                    pk=registration.pk, report_sent_at__isnull=True
                ).update(report_sent_at=timezone.now())
                if not claimed:
                    continue
                notification_send(
                    user=registration.person.user,
                    title=_("The report of %(session)s is online") % {"session": session.title},
                    body=_("You came to this session; read what happened and what was agreed."),
                    url=session.url or "",
                )
            told += 1
    return told
