"""A market round: participants post what their organisation offers or needs (who, what
skill, roughly when, where); each post becomes a draft in matching (`workshops.market_leads`)
or a lead for the desk, and the room sees the offers and the needs."""

import datetime
from decimal import Decimal
from typing import Annotated, Literal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from pydantic import Field, StringConstraints, field_validator

from core.limits import LIVE_BODY_MAX_LENGTH, LIVE_MARKET_FIELD_MAX_LENGTH
from matching.rules import MAX_HOURS_IN_A_WEEK
from network.permissions import person_of
from vocabulary.selectors import place_for_label, terms
from workshops import market_leads
from workshops.choices import ActionKind, MarketSide, StepKind
from workshops.forms import ActionForm
from workshops.kinds import register
from workshops.kinds.base import Kind, SettingsForm
from workshops.schemas import Strict, one_line, text_field

Line = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=LIVE_MARKET_FIELD_MAX_LENGTH)
]
# The furthest ahead a post may reach: a market round speaks of the coming months.
HORIZON = datetime.timedelta(days=3 * 365)


class MarketConfig(Strict):
    body: text_field(LIVE_BODY_MAX_LENGTH, required=False) = ""


class MarketPost(Strict):
    """One offer or need: who (a role), what skill, how many hours a week on which days in
    which period, where; `myself` when a member offers their own time; `organisation` the
    name a participant who is not logged in gives (a member posts for their own)."""

    side: Literal["offer", "need"]
    who: Annotated[Line, StringConstraints(min_length=1)]
    skill: Line = ""
    hours_per_week: Decimal = Field(ge=Decimal("0.5"), le=MAX_HOURS_IN_A_WEEK, decimal_places=1)
    weekdays: list[Annotated[int, Field(ge=0, le=6)]] = Field(default_factory=list, max_length=7)
    starts_on: datetime.date | None = None
    ends_on: datetime.date | None = None
    place: Line = ""
    myself: bool = False
    organisation: Line = ""

    @field_validator("who", "skill", "place", "organisation")
    @classmethod
    def _line(cls, value):
        return one_line(value)


class MarketForm(ActionForm):
    kind = ActionKind.MARKET_POST
    side = forms.ChoiceField(
        label=gettext_lazy("I post"), choices=MarketSide.choices, widget=forms.RadioSelect
    )
    who = forms.CharField(
        label=gettext_lazy("Who"),
        max_length=LIVE_MARKET_FIELD_MAX_LENGTH,
        help_text=gettext_lazy("A role, for example: monteur, planner, HR adviser."),
    )
    skill = forms.CharField(
        label=gettext_lazy("What skill"),
        max_length=LIVE_MARKET_FIELD_MAX_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"list": "skill-options", "autocomplete": "off"}),
    )
    hours_per_week = forms.DecimalField(
        label=gettext_lazy("Hours a week"),
        min_value=Decimal("0.5"),
        max_value=MAX_HOURS_IN_A_WEEK,
        decimal_places=1,
    )
    weekdays = forms.TypedMultipleChoiceField(
        label=gettext_lazy("On which days"),
        choices=[(day, str(name)) for day, name in WEEKDAYS.items()],
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("None ticked: any weekday."),
    )
    starts_on = forms.DateField(
        label=gettext_lazy("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    ends_on = forms.DateField(
        label=gettext_lazy("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    place = forms.CharField(
        label=gettext_lazy("Where"),
        max_length=160,
        required=False,
        widget=forms.TextInput(
            attrs={"list": "place-options", "autocomplete": "off", "data-place-picker": ""}
        ),
    )
    myself = forms.BooleanField(label=gettext_lazy("I offer my own time"), required=False)
    organisation = forms.CharField(
        label=gettext_lazy("Your organisation"),
        max_length=LIVE_MARKET_FIELD_MAX_LENGTH,
        required=False,
    )

    def __init__(self, *args, step, **kwargs):
        super().__init__(*args, step=step, **kwargs)
        # The vocabulary's skills to pick from; any other text is taken as typed.
        self.skill_options = list(terms().values_list("name", flat=True))

    def payload(self) -> dict:
        data = self.cleaned_data
        return {
            "side": data["side"],
            "who": data["who"],
            "skill": data["skill"],
            "hours_per_week": str(data["hours_per_week"]),
            "weekdays": data["weekdays"],
            "starts_on": data["starts_on"].isoformat() if data["starts_on"] else None,
            "ends_on": data["ends_on"].isoformat() if data["ends_on"] else None,
            "place": data["place"],
            "myself": data["myself"],
            "organisation": data["organisation"],
        }


class MarketSettings(SettingsForm):
    body = forms.CharField(
        label=gettext_lazy("Text"),
        required=False,
        max_length=LIVE_BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("What the room is asked, for example which offers count."),
    )

    def config(self) -> dict:
        return {"body": self.cleaned_data["body"]}

    @classmethod
    def initial_from(cls, config: dict) -> dict:
        return {"body": config.get("body", "")}


def posts_on(step):
    """The market posts of a step that are not hidden, oldest first."""
    return (
        step.actions.filter(kind=ActionKind.MARKET_POST, hidden=False)
        .select_related("participant")
        .order_by("created_at", "pk")
    )


def weekday_names(days) -> str:
    """The days in words, as in a sentence ("dinsdag, donderdag")."""
    return ", ".join(str(WEEKDAYS[day]).lower() for day in sorted(days))


class Market(Kind):
    name = StepKind.MARKET
    label = StepKind.MARKET.label
    config_schema = MarketConfig
    payloads = {ActionKind.MARKET_POST: MarketPost}
    forms = {ActionKind.MARKET_POST: MarketForm}
    main_action = ActionKind.MARKET_POST
    settings_form = MarketSettings
    results_template = "workshops/kinds/market_results.html"
    form_template = "workshops/kinds/market_form.html"
    submit_label = gettext_lazy("Post")
    moderation_template = "workshops/kinds/market_moderation.html"

    def action_check(self, *, participant, step, action_kind, data) -> None:
        problems: dict[str, list[str]] = {}
        if data.place and place_for_label(label=data.place) is None:
            problems["payload.place"] = [
                _("“%(value)s” is not a place we know. Pick a place from the list.")
                % {"value": data.place}
            ]
        if len(set(data.weekdays)) != len(data.weekdays):
            problems["payload.weekdays"] = [_("Choose each day once.")]
        today = timezone.localdate()
        if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
            problems["payload.ends_on"] = [_("The period must end on or after its start.")]
        elif data.ends_on and data.ends_on < today:
            problems["payload.ends_on"] = [_("The period lies in the past.")]
        for name in ("starts_on", "ends_on"):
            day = getattr(data, name)
            if day and day > today + HORIZON:
                problems[f"payload.{name}"] = [_("This date lies too far ahead.")]
        if data.myself and (data.side != MarketSide.OFFER or person_of(participant.user) is None):
            problems["payload.myself"] = [
                _("Only a member logged in with their profile offers their own time.")
            ]
        if problems:
            raise ValidationError(problems)

    def stored(self, *, action, participant) -> None:
        market_leads.market_lead_create(action=action, participant=participant)

    def results(self, *, step) -> dict:
        posts: dict[str, list[dict]] = {MarketSide.OFFER: [], MarketSide.NEED: []}
        for action in posts_on(step):
            post = action.payload
            posts[post["side"]].append(
                {
                    "id": action.pk,
                    "who": post["who"],
                    "skill": post["skill"],
                    "hours_per_week": post["hours_per_week"],
                    "weekdays": post["weekdays"],
                    "starts_on": post["starts_on"],
                    "ends_on": post["ends_on"],
                    "place": post["place"],
                    "by": None if step.anonymous else action.participant.display_name,
                }
            )
        return {"offers": posts[MarketSide.OFFER], "needs": posts[MarketSide.NEED]}

    def own(self, *, action, own) -> None:
        own.setdefault("posts", []).append(action.pk)

    def rows(self, *, step, results) -> list[dict]:
        return [
            {
                "label": str(label),
                "count": len(results[key]),
                "posts": [
                    {**post, "days": weekday_names(post["weekdays"])} for post in results[key]
                ],
            }
            for key, label in (("offers", _("Offers")), ("needs", _("Needs")))
        ]


register(Market())
