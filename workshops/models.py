"""Live workshops: a workshop of a network session, its steps, who joined and what they did."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.limits import LIVE_NAME_MAX_LENGTH, LIVE_TITLE_MAX_LENGTH, text_validators
from workshops.choices import ActionKind, MarketLeadStatus, MarketSide, StepKind, WorkshopStatus

CODE_LENGTH = 6


class Workshop(models.Model):
    """A live workshop held at a network session, run by its facilitators."""

    session = models.ForeignKey(
        "network.SessionPage",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="workshops",
    )
    title = models.CharField(
        _("title"),
        max_length=LIVE_TITLE_MAX_LENGTH,
        validators=text_validators(single_line=True),
    )
    code = models.CharField(_("join code"), max_length=CODE_LENGTH)
    status = models.CharField(
        _("status"), max_length=16, choices=WorkshopStatus.choices, default=WorkshopStatus.DRAFT
    )
    current_step = models.ForeignKey(
        "workshops.Step",
        verbose_name=_("current step"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Bumped by every change that is broadcast: a client that sees a gap asks for the state.
    sequence = models.PositiveBigIntegerField(_("sequence number"), default=0)
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("facilitators"), related_name="workshops_run"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")
        ordering = ["-created_at"]
        constraints = [
            # A code is said aloud in the room: unique among the workshops one can still join.
            models.UniqueConstraint(
                fields=["code"], condition=~Q(status="ended"), name="workshop_code_open_unique"
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.code})"


class Step(models.Model):
    """One step of a workshop; its kind (`workshops/kinds/`) says what it asks of the room."""

    workshop = models.ForeignKey(
        Workshop, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="steps"
    )
    order = models.PositiveIntegerField(_("order"))
    kind = models.CharField(_("kind"), max_length=32, choices=StepKind.choices)
    title = models.CharField(
        _("title"),
        max_length=LIVE_TITLE_MAX_LENGTH,
        validators=text_validators(single_line=True),
    )
    # Validated per kind by the schemas in `workshops/schemas.py` (services check it).
    config = models.JSONField(_("settings"), default=dict, blank=True)
    is_open = models.BooleanField(_("open for input"), default=False)
    results_shown = models.BooleanField(_("results shown"), default=False)
    anonymous = models.BooleanField(_("anonymous"), default=True)
    # The facilitator's timer: its length, and when it was started (empty while stopped).
    timer_seconds = models.PositiveIntegerField(_("timer (seconds)"), null=True, blank=True)
    timer_started_at = models.DateTimeField(_("timer started at"), null=True, blank=True)

    class Meta:
        verbose_name = _("step")
        verbose_name_plural = _("steps")
        ordering = ["workshop", "order"]
        constraints = [
            models.UniqueConstraint(fields=["workshop", "order"], name="step_order_unique")
        ]

    def __str__(self):
        return f"{self.order}. {self.title}"


class Participant(models.Model):
    """Someone in the room: a display name, logged in or not, known by a token in a cookie."""

    workshop = models.ForeignKey(
        Workshop, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="participants"
    )
    display_name = models.CharField(
        _("display name"),
        max_length=LIVE_NAME_MAX_LENGTH,
        validators=text_validators(single_line=True),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="workshop_participations",
    )
    token = models.CharField(_("token"), max_length=64, unique=True, editable=False)
    joined_at = models.DateTimeField(_("joined at"), auto_now_add=True)
    last_seen = models.DateTimeField(_("last seen"))

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(
                fields=["workshop", "user"],
                condition=Q(user__isnull=False),
                name="participant_user_once",
            )
        ]

    def __str__(self):
        return self.display_name


class Action(models.Model):
    """One thing a participant did on a step, stored before it is acknowledged."""

    participant = models.ForeignKey(
        Participant, verbose_name=_("participant"), on_delete=models.CASCADE, related_name="actions"
    )
    step = models.ForeignKey(
        Step, verbose_name=_("step"), on_delete=models.CASCADE, related_name="actions"
    )
    kind = models.CharField(_("kind"), max_length=32, choices=ActionKind.choices)
    payload = models.JSONField(_("payload"), default=dict)
    # Made by the participant's page: a retry after a dropped connection carries the same id.
    client_id = models.CharField(_("client id"), max_length=64)
    # The facilitator's moderation: a hidden action is left out of the results; what else a
    # kind lets the facilitator set (answered, merged into, tagged with an element) is kept
    # in `moderation`, checked by the kind's schema.
    hidden = models.BooleanField(_("hidden"), default=False)
    moderation = models.JSONField(_("moderation"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "client_id"], name="action_client_id_once"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.client_id}"


class PresenceSample(models.Model):
    """How many people were present in a workshop in one minute (at most one row a minute)."""

    workshop = models.ForeignKey(
        Workshop,
        verbose_name=_("workshop"),
        on_delete=models.CASCADE,
        related_name="presence_samples",
    )
    at = models.DateTimeField(_("minute"))
    present = models.PositiveIntegerField(_("people present"))

    class Meta:
        verbose_name = _("presence sample")
        verbose_name_plural = _("presence samples")
        ordering = ["workshop", "at"]
        constraints = [
            models.UniqueConstraint(fields=["workshop", "at"], name="presence_sample_minute_once")
        ]

    def __str__(self):
        return f"{self.at:%H:%M} {self.present}"


class MarketLead(models.Model):
    """A market-round post on its way into matching: the draft request or availability it
    became, or a lead for the desk or the organisation to follow up. The link lives here, so
    matching knows nothing of workshops."""

    action = models.OneToOneField(
        Action, verbose_name=_("post"), on_delete=models.CASCADE, related_name="market_lead"
    )
    workshop = models.ForeignKey(
        Workshop, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="market_leads"
    )
    side = models.CharField(_("offer or need"), max_length=8, choices=MarketSide.choices)
    # The poster's organisation and profile when they took part logged in as a member.
    organisation = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    person = models.ForeignKey(
        "network.Person",
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=MarketLeadStatus.choices,
        default=MarketLeadStatus.PENDING,
    )
    request = models.ForeignKey(
        "matching.ExchangeRequest",
        verbose_name=_("draft request"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    availability = models.ForeignKey(
        "matching.Availability",
        verbose_name=_("draft availability"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Why matching refused the draft (its own validation), for the desk to follow up.
    problem = models.TextField(_("problem"), blank=True, validators=text_validators(2000))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("market lead")
        verbose_name_plural = _("market leads")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_side_display()} {self.action_id}"
