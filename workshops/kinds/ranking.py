"""A ranking: participants put the step's items in order; the result per item is its average
rank with its spread (the standard deviation, and the best and worst rank it got), the items
sorted by their average. A participant's new order replaces the old."""

import statistics
from typing import Annotated

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from pydantic import Field, field_validator

from core.limits import LIVE_RANKING_ITEMS_MAX
from workshops.choices import ActionKind, StepKind
from workshops.forms import ActionForm
from workshops.kinds import register
from workshops.kinds.base import Kind, SettingsForm, latest_per_participant, lines
from workshops.schemas import Label, Strict, one_line


class RankingConfig(Strict):
    items: list[Label] = Field(min_length=2, max_length=LIVE_RANKING_ITEMS_MAX)

    @field_validator("items")
    @classmethod
    def _lines(cls, value):
        return [one_line(item) for item in value]


class RankingPlace(Strict):
    """The item indexes from first to last, each once."""

    order: list[Annotated[int, Field(ge=0, lt=LIVE_RANKING_ITEMS_MAX)]] = Field(
        min_length=2, max_length=LIVE_RANKING_ITEMS_MAX
    )


class RankingForm(ActionForm):
    """One number per item, its rank from 1 to the number of items, each rank once."""

    kind = ActionKind.RANKING_PLACE

    def __init__(self, *args, step, **kwargs):
        super().__init__(*args, step=step, **kwargs)
        count = len(step.config["items"])
        for index, item in enumerate(step.config["items"]):
            self.fields[f"rank_{index}"] = forms.IntegerField(
                label=item, min_value=1, max_value=count
            )

    def clean(self):
        cleaned = super().clean()
        seen: dict[int, str] = {}
        for name, rank in list(cleaned.items()):
            if not name.startswith("rank_") or rank is None:
                continue
            if rank in seen:
                taken = _("Give each rank once: rank %(rank)s is taken.") % {"rank": rank}
                self.add_error(name, taken)
            else:
                seen[rank] = name
        return cleaned

    def payload(self) -> dict:
        ranks = {
            int(name.removeprefix("rank_")): rank
            for name, rank in self.cleaned_data.items()
            if name.startswith("rank_")
        }
        return {"order": sorted(ranks, key=ranks.get)}


class RankingSettings(SettingsForm):
    items = forms.CharField(
        label=gettext_lazy("Items to rank"),
        help_text=gettext_lazy("One item per line, at least two."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def config(self) -> dict:
        return {"items": lines(self.cleaned_data["items"])}

    @classmethod
    def initial_from(cls, config: dict) -> dict:
        return {"items": "\n".join(config.get("items", []))}


class Ranking(Kind):
    name = StepKind.RANKING
    label = StepKind.RANKING.label
    config_schema = RankingConfig
    payloads = {ActionKind.RANKING_PLACE: RankingPlace}
    forms = {ActionKind.RANKING_PLACE: RankingForm}
    main_action = ActionKind.RANKING_PLACE
    settings_form = RankingSettings
    results_template = "workshops/kinds/ranking_results.html"
    form_template = "workshops/kinds/ranking_form.html"
    submit_label = gettext_lazy("Send the order")

    def action_check(self, *, participant, step, action_kind, data) -> None:
        if sorted(data.order) != list(range(len(step.config["items"]))):
            raise ValidationError({"payload.order": [_("Put every item in the order once.")]})

    def results(self, *, step) -> dict:
        ranks: list[list[int]] = [[] for _item in step.config["items"]]
        for action in latest_per_participant(step, ActionKind.RANKING_PLACE):
            for place, index in enumerate(action.payload["order"], start=1):
                ranks[index].append(place)
        items = [
            {
                "item": index,
                "average": round(statistics.fmean(item_ranks), 2) if item_ranks else None,
                "spread": round(statistics.pstdev(item_ranks), 2) if item_ranks else None,
                "best": min(item_ranks, default=None),
                "worst": max(item_ranks, default=None),
                "count": len(item_ranks),
            }
            for index, item_ranks in enumerate(ranks)
        ]
        unranked = len(items) + 1
        items.sort(key=lambda item: (item["average"] or unranked, item["item"]))
        return {"items": items}

    def own(self, *, action, own) -> None:
        own["order"] = action.payload["order"]

    def rows(self, *, step, results) -> list[dict]:
        labels = step["config"]["items"]
        return [{**item, "label": labels[item["item"]]} for item in results["items"]]

    def summary(self, *, rows) -> str:
        return "; ".join(
            _("%(item)s: average rank %(average)s")
            % {"item": row["label"], "average": "–" if row["average"] is None else row["average"]}
            for row in rows
        )


register(Ranking())
