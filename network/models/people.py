"""People in the network: profiles, their consent, and invitations to join."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.images import random_name
from core.limits import text_validators, validate_line
from network.choices import LANGUAGES, ConsentPurpose, InvitationRole, Visibility
from vocabulary.choices import TermKind

BIO_MAX_LENGTH = 1000


def _photo_path(instance, filename):
    # A random name, never the profile's id: the URL cannot be guessed, and the services give
    # the photo a new one whenever who may see the profile changes.
    return random_name("people", filename)


class Person(models.Model):
    """A person's profile in the network; personal data, so kept to what the network needs."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="person"
    )
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisation = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="people",
    )
    job_title = models.CharField(
        _("job title"), max_length=120, blank=True, validators=[validate_line]
    )
    bio = models.TextField(
        _("short bio"),
        max_length=BIO_MAX_LENGTH,
        blank=True,
        validators=text_validators(BIO_MAX_LENGTH),
    )
    photo = models.ImageField(_("photo"), upload_to=_photo_path, blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    expertise = models.ManyToManyField(
        "vocabulary.Term",
        verbose_name=_("expertise"),
        blank=True,
        related_name="experts",
        limit_choices_to={"kind": TermKind.EXPERTISE},
    )
    qualifications = models.ManyToManyField(
        "vocabulary.Term",
        verbose_name=_("qualifications"),
        blank=True,
        related_name="qualified_people",
        limit_choices_to={"kind": TermKind.QUALIFICATION},
    )
    digest = models.BooleanField(
        _("e-mail me a digest of new notifications"),
        default=True,
        help_text=_("At most one e-mail a day, and only when there is something new."),
    )
    visibility = models.CharField(
        _("who may see my profile"),
        max_length=16,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["user__last_name", "user__first_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return self.user.get_full_name() or self.user.email

    @property
    def language_names(self) -> list[str]:
        """The languages the person speaks, by name in the reader's language."""
        names = dict(LANGUAGES)
        return [str(names[code]) for code in self.languages if code in names]


class Consent(models.Model):
    """What a person agreed to, with the exact wording shown, and when."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=16, choices=ConsentPurpose.choices)
    text = models.TextField(_("wording agreed to"))
    given_at = models.DateTimeField(_("given at"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        ordering = ["-given_at"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")

    def __str__(self):
        return f"{self.get_purpose_display()} ({self.given_at:%Y-%m-%d})"


class Invitation(models.Model):
    """An invitation by e-mail to join an organisation; the link expires."""

    organisation = models.ForeignKey(
        "network.Organisation", on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(
        _("role"), max_length=16, choices=InvitationRole.choices, default=InvitationRole.MEMBER
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="invitations_sent",
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"{self.email} → {self.organisation}"

    @property
    def is_expired(self) -> bool:
        return timezone.now() >= self.expires_at

    @property
    def is_open(self) -> bool:
        return self.accepted_at is None and not self.is_expired
