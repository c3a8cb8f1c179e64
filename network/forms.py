"""Forms of the network: organisation and profile, invitations, the desk, directory filters."""

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from core.images import CleanImage, file_delete_after_commit, image_clean
from core.limits import QueryField, validate_line, validate_text
from network.choices import (
    LANGUAGES,
    InvitationRole,
    OrganisationStatus,
    Sector,
    SizeClass,
    Visibility,
)
from network.models import Organisation, Person
from vocabulary.choices import Region, TermKind
from vocabulary.selectors import place_for_label, terms


def validate_image_upload(upload) -> CleanImage:
    """Check an uploaded photo or logo and return it re-encoded without metadata (see
    core/images.py); a file that is too large, has too many pixels, is no JPEG, PNG or WebP
    image or does not match its name raises a ValidationError shown on the form."""
    return image_clean(upload)


class PlaceField(forms.CharField):
    """A place typed or picked from the list of Dutch places."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 160)
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update({"list": "place-options", "autocomplete": "off", "data-place-picker": ""})
        return attrs

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        place = place_for_label(label=value)
        if place is None:
            raise ValidationError(
                _("“%(value)s” is not a place we know. Pick a place from the list."),
                params={"value": value},
            )
        return place

    def prepare_value(self, value):
        return getattr(value, "label", value)


def _term_field(kind: str, label) -> forms.ModelMultipleChoiceField:
    return forms.ModelMultipleChoiceField(
        label=label,
        queryset=terms(kind=kind),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class OrganisationForm(forms.ModelForm):
    """An organisation's profile as its administrator or the desk keeps it."""

    place = PlaceField(label=_("Place"), required=False)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    offers = _term_field(TermKind.EXPERTISE, _("What we offer"))
    needs = _term_field(TermKind.EXPERTISE, _("What we need"))
    remove_logo = forms.BooleanField(label=_("Remove the logo"), required=False)

    class Meta:
        model = Organisation
        fields = [
            "name",
            "sector",
            "size_class",
            "region",
            "place",
            "website",
            "description",
            "logo",
            "offers",
            "needs",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "logo": forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A ModelForm's initial holds the foreign key's id; the field shows the place's label,
        # which is also what it takes back.
        if self.instance.place_id and "place" not in kwargs.get("initial", {}):
            self.initial["place"] = self.instance.place

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if isinstance(logo, UploadedFile):
            return validate_image_upload(logo)
        return logo


class OrganisationAdminForm(WagtailAdminModelForm):
    """The organisation in Wagtail's admin: a logo goes through the same checks and
    re-encoding as on the site, and a replaced one is deleted after the commit."""

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if isinstance(logo, UploadedFile):
            return validate_image_upload(logo)
        return logo

    def save(self, commit=True):
        old_logo = ""
        if self.instance.pk:
            stored = Organisation.objects.filter(pk=self.instance.pk).values_list("logo", flat=True)
            old_logo = stored[0] if stored else ""
        organisation = super().save(commit=commit)
        if commit and old_logo and organisation.logo.name != old_logo:
            file_delete_after_commit(storage=organisation.logo.storage, name=old_logo)
        return organisation


class RegistrationOrganisationForm(forms.Form):
    """The organisation part of signing up."""

    name = forms.CharField(
        label=_("Name of the organisation"), max_length=160, validators=[validate_line]
    )
    sector = forms.ChoiceField(label=_("Sector"), choices=Sector.choices)
    size_class = forms.ChoiceField(label=_("Size"), choices=SizeClass.choices)
    region = forms.ChoiceField(label=_("Region"), choices=Region.choices)
    place = PlaceField(label=_("Place"))
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if Organisation.objects.filter(name__iexact=name).exists():
            raise ValidationError(
                _(
                    "An organisation with this name is already registered. Ask its administrator "
                    "for an invitation instead."
                )
            )
        return name


class VisibilityConsentMixin(forms.Form):
    """Who may see the profile, and the consent that goes with listing it."""

    visibility = forms.ChoiceField(
        label=_("Who may see my profile?"),
        choices=Visibility.choices,
        initial=Visibility.MEMBERS,
        widget=forms.RadioSelect,
    )
    listing_consent = forms.BooleanField(
        label=_("I agree that my profile is shown to the people I chose above."),
        required=False,
    )

    def require_listing_consent(self) -> bool:
        return self.cleaned_data.get("visibility") != Visibility.HIDDEN

    def clean(self):
        cleaned = super().clean()
        if self.require_listing_consent() and not cleaned.get("listing_consent"):
            self.add_error(
                "listing_consent",
                _("Agree to being listed, or choose “Hidden” so that no one else sees you."),
            )
        return cleaned


class NewPasswordForm(forms.Form):
    """A new password, twice, checked by the password validators against the person's own
    name and address (`details`, or the form's own name fields)."""

    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    email_for_validation = ""

    def __init__(self, *args, details: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.details = details or {}

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            candidate = get_user_model()(
                email=self.details.get("email", self.email_for_validation),
                first_name=self.details.get("first_name", cleaned.get("first_name", "")),
                last_name=self.details.get("last_name", cleaned.get("last_name", "")),
            )
            try:
                password_validation.validate_password(first, candidate)
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class NameFieldsMixin(forms.Form):
    """A person's name and job title, each on one line."""

    first_name = forms.CharField(label=_("First name"), max_length=150, validators=[validate_line])
    last_name = forms.CharField(label=_("Last name"), max_length=150, validators=[validate_line])
    job_title = forms.CharField(
        label=_("Job title"), max_length=120, required=False, validators=[validate_line]
    )


class AccountDetailsMixin(NameFieldsMixin):
    """Name, job title and the privacy statement of a new account."""

    terms_consent = forms.BooleanField(
        label=_("I have read the privacy statement."),
        error_messages={"required": _("You can only join after reading the privacy statement.")},
    )


class NewAccountForm(VisibilityConsentMixin, AccountDetailsMixin, NewPasswordForm):
    """Name, password and consents of a new account."""

    field_order = [
        "visibility",
        "listing_consent",
        "first_name",
        "last_name",
        "job_title",
        "password1",
        "password2",
        "terms_consent",
    ]


class SignUpForm(VisibilityConsentMixin, AccountDetailsMixin):
    """Sign-up of a new organisation by its first administrator. The password is chosen
    after the address is confirmed by e-mail, and whether the address already has an account
    is never said here (it would tell anyone which addresses have one)."""

    email = forms.EmailField(label=_("Your work e-mail address"))

    field_order = [
        "first_name",
        "last_name",
        "email",
        "job_title",
        "visibility",
        "listing_consent",
        "terms_consent",
    ]

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class InvitationAcceptForm(NewAccountForm):
    """An invited colleague creates their account."""


class ProfileForm(VisibilityConsentMixin, NameFieldsMixin):
    """A person's own profile."""

    bio = forms.CharField(
        label=_("Short bio"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        validators=[validate_text],
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"), choices=LANGUAGES, required=False, widget=forms.CheckboxSelectMultiple
    )
    expertise = _term_field(TermKind.EXPERTISE, _("Expertise"))
    qualifications = _term_field(TermKind.QUALIFICATION, _("Qualifications"))
    photo = forms.ImageField(
        label=_("Photo"),
        required=False,
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    remove_photo = forms.BooleanField(label=_("Remove my photo"), required=False)
    digest = forms.BooleanField(
        label=_("E-mail me a digest of new notifications"),
        required=False,
        help_text=_("At most one e-mail a day, and only when there is something new."),
    )

    field_order = [
        "first_name",
        "last_name",
        "job_title",
        "bio",
        "languages",
        "expertise",
        "qualifications",
        "photo",
        "remove_photo",
        "digest",
        "visibility",
        "listing_consent",
    ]

    def __init__(self, *args, person: Person, **kwargs):
        self.person = person
        kwargs.setdefault(
            "initial",
            {
                "first_name": person.user.first_name,
                "last_name": person.user.last_name,
                "job_title": person.job_title,
                "bio": person.bio,
                "languages": person.languages,
                "expertise": person.expertise.all(),
                "qualifications": person.qualifications.all(),
                "visibility": person.visibility,
                "digest": person.digest,
            },
        )
        super().__init__(*args, **kwargs)

    def require_listing_consent(self) -> bool:
        # Consent is asked again only when the audience changes.
        visibility = self.cleaned_data.get("visibility")
        return visibility != Visibility.HIDDEN and visibility != self.person.visibility

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo:
            return validate_image_upload(photo)
        return photo


class InvitationForm(forms.Form):
    """Invite a colleague by e-mail."""

    email = forms.EmailField(label=_("E-mail address of your colleague"))
    role = forms.ChoiceField(
        label=_("Role"), choices=InvitationRole.choices, initial=InvitationRole.MEMBER
    )


class StatusForm(forms.Form):
    """The desk sets an organisation's network status."""

    status = forms.ChoiceField(label=_("Network status"), choices=OrganisationStatus.choices)
    agreement_signed_on = forms.DateField(
        label=_("Agreement signed on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == OrganisationStatus.AGREEMENT_SIGNED and not cleaned.get(
            "agreement_signed_on"
        ):
            self.add_error("agreement_signed_on", _("Give the date the agreement was signed."))
        return cleaned


def _choices_with_all(choices):
    return [("", _("All")), *choices]


class DirectoryFilterForm(forms.Form):
    """Filters of the directory; an unknown value is reported and that filter ignored."""

    q = QueryField(label=_("Search"))
    sector = forms.ChoiceField(
        label=_("Sector"), required=False, choices=_choices_with_all(Sector.choices)
    )
    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=_choices_with_all(Region.choices)
    )
    size = forms.ChoiceField(
        label=_("Size"), required=False, choices=_choices_with_all(SizeClass.choices)
    )
    status = forms.ChoiceField(
        label=_("Network status"),
        required=False,
        choices=_choices_with_all(
            [
                (s, label)
                for s, label in OrganisationStatus.choices
                if s in (OrganisationStatus.JOINED, OrganisationStatus.AGREEMENT_SIGNED)
            ]
        ),
    )
    tag = forms.ChoiceField(label=_("Expertise or qualification"), required=False)

    def __init__(self, data, *args, **kwargs):
        super().__init__(
            {key: value for key, value in data.items() if key in self.base_fields}, *args, **kwargs
        )
        self.fields["tag"].choices = _choices_with_all(
            (term.slug, term.name) for term in terms().order_by("name")
        )

    def valid_filters(self) -> dict:
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}
