"""Dot voting on the plate's elements: each participant spreads N dots; the results are a
heat map on the plate."""

from collections import Counter
from typing import Annotated

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from pydantic import Field

from actieplaat.models import ElementPage
from actieplaat.selectors import plate_numbering
from core.limits import LIVE_CHOICES_MAX, LIVE_DOTS_MAX
from workshops.choices import ActionKind, StepKind
from workshops.forms import ActionForm
from workshops.kinds import register
from workshops.kinds.base import Kind, SettingsForm, bar_rows, latest_per_participant
from workshops.schemas import Strict, element_check


class DotVoteConfig(Strict):
    dots: int = Field(ge=1, le=LIVE_DOTS_MAX)
    elements: list[int] = Field(min_length=1, max_length=LIVE_CHOICES_MAX)


class DotsPlace(Strict):
    """The participant's whole placing of dots on this step: element id to dots."""

    dots: dict[int, Annotated[int, Field(ge=0, le=LIVE_DOTS_MAX)]] = Field(
        max_length=LIVE_CHOICES_MAX
    )


class DotsForm(ActionForm):
    kind = ActionKind.DOTS_PLACE

    def __init__(self, *args, step, elements, **kwargs):
        super().__init__(*args, step=step, **kwargs)
        dots = step.config["dots"]
        for element in elements:
            self.fields[f"dots_{element['id']}"] = forms.IntegerField(
                label=element["title"], min_value=0, max_value=dots, initial=0, required=False
            )

    def payload(self) -> dict:
        return {
            "dots": {
                int(name.removeprefix("dots_")): value or 0
                for name, value in self.cleaned_data.items()
                if name.startswith("dots_") and value
            }
        }


class DotVoteSettings(SettingsForm):
    dots = forms.IntegerField(
        label=gettext_lazy("Dots per participant"), min_value=1, max_value=LIVE_DOTS_MAX, initial=3
    )

    def __init__(self, *args, plate_elements=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["elements"] = forms.TypedMultipleChoiceField(
            label=gettext_lazy("Elements to vote on"),
            choices=[(element.pk, element.title) for element in plate_elements],
            coerce=int,
            widget=forms.CheckboxSelectMultiple,
        )

    def config(self) -> dict:
        return {"dots": self.cleaned_data["dots"], "elements": self.cleaned_data["elements"]}

    @classmethod
    def initial_from(cls, config: dict) -> dict:
        return {"dots": config.get("dots", 3), "elements": config.get("elements", [])}


def element_titles(ids) -> dict[int, str]:
    """The titles of these element pages of the plate, by id."""
    return dict(ElementPage.objects.filter(pk__in=ids).values_list("pk", "title"))


HEAT_LEVELS = 5  # shades of the heat map, besides the blank of no dots


def heat_level(count: int, most: int) -> int:
    """The shade of a cell on the heat map: 0 for no dots, 1..HEAT_LEVELS by share of the most."""
    if count <= 0 or most <= 0:
        return 0
    return max(1, round(HEAT_LEVELS * count / most))


class DotVote(Kind):
    name = StepKind.DOT_VOTE
    label = StepKind.DOT_VOTE.label
    config_schema = DotVoteConfig
    payloads = {ActionKind.DOTS_PLACE: DotsPlace}
    forms = {ActionKind.DOTS_PLACE: DotsForm}
    main_action = ActionKind.DOTS_PLACE
    settings_form = DotVoteSettings
    form_template = "workshops/kinds/dot_vote_form.html"
    results_template = "workshops/kinds/dot_vote_results.html"

    def config_check(self, *, config, workshop) -> None:
        element_check(config["elements"], field="config.elements")

    def public_config(self, *, config) -> dict:
        config = dict(config)
        titles = element_titles(config["elements"])
        numbering = plate_numbering()
        elements = []
        for pk in config["elements"]:
            if pk not in titles:
                continue
            theme, entry = numbering.get(pk, (None, None))
            elements.append(
                {
                    "id": pk,
                    "title": titles[pk],
                    "number": entry.number if entry else "",
                    "theme": theme.page.title if theme else "",
                }
            )
        config["elements"] = elements
        return config

    def action_check(self, *, participant, step, action_kind, data) -> None:
        if set(data.dots) - set(step.config["elements"]):
            raise ValidationError({"payload.dots": [_("Place dots only on this step's elements.")]})
        if sum(data.dots.values()) > step.config["dots"]:
            dots = step.config["dots"]
            raise ValidationError(
                {"payload.dots": [_("You have %(dots)s dots to place.") % {"dots": dots}]}
            )

    def results(self, *, step) -> dict:
        totals: Counter = Counter()
        for action in latest_per_participant(step, ActionKind.DOTS_PLACE):
            for element, dots in action.payload["dots"].items():
                totals[int(element)] += dots
        return {"dots": {str(pk): totals.get(pk, 0) for pk in step.config["elements"]}}

    def own(self, *, action, own) -> None:
        own["dots"] = action.payload["dots"]

    def rows(self, *, step, results) -> list[dict]:
        """A row per element, with its theme and number to draw the plate as a heat map."""
        elements = step["config"]["elements"]
        rows = bar_rows(
            (element["title"], results["dots"].get(str(element["id"]), 0)) for element in elements
        )
        for row, element in zip(rows, elements, strict=True):
            row.update(
                theme=element["theme"],
                number=element["number"],
                level=heat_level(row["count"], row["max"]),
            )
        return rows

    def main_form(self, data=None, *, step, state):
        return DotsForm(data, step=step, elements=state["step"]["config"]["elements"])


register(DotVote())
