"""Pages for the network's sessions: meetings, with an agenda before and a report after."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage
from core.page_context import SESSION_PAGE_CONTEXT, context_from_hooks
from network.blocks import AgendaItemBlock, SessionReportBlock


def _calendar_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class SessionIndexPage(RoutablePageMixin, BasePage):
    """Lists the network's upcoming and past sessions."""

    template = "network/session_index_page.html"
    parent_page_types = ["core.HomePage"]
    subpage_types = ["network.SessionPage"]

    class Meta:
        verbose_name = _("session index")
        verbose_name_plural = _("session indexes")

    def get_context(self, request, *args, **kwargs):
        from network.selectors import sessions_past, sessions_upcoming

        context = super().get_context(request, *args, **kwargs)
        context["upcoming_sessions"] = sessions_upcoming(index=self)
        context["past_sessions"] = sessions_past(index=self)
        return context

    @path("kalender/", name="calendar")
    def calendar(self, request):
        """All upcoming sessions as one calendar file."""
        from network.calendar import sessions_to_ical
        from network.selectors import sessions_upcoming

        sessions = sessions_upcoming(index=self)
        content = sessions_to_ical(sessions=sessions, request=request, name=self.title)
        return _calendar_response(content, "bijeenkomsten.ics")


class SessionPage(RoutablePageMixin, BasePage):
    """A meeting of the network: when, where, who hosts it, the agenda and the report."""

    series = models.CharField(
        _("series"),
        max_length=120,
        blank=True,
        help_text=_("For example the name of the expert group or learning network."),
    )
    start = models.DateTimeField(_("starts at"))
    end = models.DateTimeField(_("ends at"))
    host = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("host organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_sessions",
    )
    venue = models.CharField(_("venue"), max_length=160, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    online = models.BooleanField(_("online meeting"), default=False)
    description = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    agenda = StreamField([("item", AgendaItemBlock())], verbose_name=_("agenda"), blank=True)
    report = StreamField(
        SessionReportBlock(),
        verbose_name=_("report"),
        blank=True,
        help_text=_("What happened and what was agreed; shown once the session is over."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("How many people can come; leave empty for no limit."),
    )
    registration_open = models.BooleanField(
        _("sign-up open"),
        default=False,
        help_text=_("Members can sign up on the session's page until it starts."),
    )

    template = "network/session_page.html"
    parent_page_types = ["network.SessionIndexPage"]
    subpage_types = []

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("series"),
        index.SearchField("city"),
        index.SearchField("description"),
        index.SearchField("agenda"),
        index.SearchField("report"),
        index.FilterField("start"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("series"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")])], heading=_("When")
        ),
        MultiFieldPanel(
            [
                FieldPanel("host"),
                FieldRowPanel([FieldPanel("venue"), FieldPanel("city")]),
                FieldPanel("online"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("registration_open"), FieldPanel("capacity")])],
            heading=_("Sign-up"),
        ),
        FieldPanel("description"),
        FieldPanel("agenda"),
        FieldPanel("report"),
    ]

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("A session must end after it starts.")})

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @path("kalender/", name="calendar")
    def calendar(self, request):
        """This session as a calendar file, to add it to one's own calendar."""
        from network.calendar import sessions_to_ical

        content = sessions_to_ical(sessions=[self], request=request, name=self.title)
        return _calendar_response(content, f"{self.slug}.ics")

    def get_context(self, request, *args, **kwargs):
        from network.permissions import can_see_attendees
        from network.selectors import session_signup_state

        context = super().get_context(request, *args, **kwargs)
        context["signup"] = session_signup_state(session=self, user=request.user)
        context["can_see_attendees"] = can_see_attendees(request.user, self)
        context.update(context_from_hooks(SESSION_PAGE_CONTEXT, page=self, request=request))
        return context

    @path("aanmelden/", name="signup")
    def signup(self, request):
        """Sign up (POST), or go on the waiting list when the session is full."""
        from network.views import sessions

        return sessions.signup(request, session=self)

    @path("afmelden/", name="cancel")
    def cancel(self, request):
        """Cancel one's sign-up (POST); the first on the waiting list moves up."""
        from network.views import sessions

        return sessions.cancel(request, session=self)

    @path("deelnemers/", name="attendees")
    def attendees(self, request):
        """Who comes, for the facilitators, the desk and the host's administrators."""
        from network.views import sessions

        return sessions.attendees(request, session=self)

    @path("deelnemers/csv/", name="attendees_csv")
    def attendees_csv(self, request):
        """The same as a CSV download."""
        from network.views import sessions

        return sessions.attendees_csv(request, session=self)


class RegistrationStatus(models.TextChoices):
    """Where a sign-up for a session stands."""

    REGISTERED = "registered", _("Registered")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class SessionRegistration(models.Model):
    """A member's sign-up for a session: a place, a place on the waiting list, or cancelled."""

    session = models.ForeignKey(
        SessionPage,
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    person = models.ForeignKey(
        "network.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="session_registrations",
    )
    status = models.CharField(_("status"), max_length=12, choices=RegistrationStatus.choices)
    created_at = models.DateTimeField(_("signed up at"), default=timezone.now)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    report_sent_at = models.DateTimeField(_("report announced at"), null=True, blank=True)

    class Meta:
        verbose_name = _("session registration")
        verbose_name_plural = _("session registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "person"],
                condition=~models.Q(status="cancelled"),
                name="one_active_registration_per_person_and_session",
                violation_error_message=_("You have already signed up for this session."),
            )
        ]

    def __str__(self):
        return f"{self.person} – {self.session} ({self.status})"
