"""A scale: statements the room scores from 1 to 5; the results are the distribution of the
scores per statement and their mean.

A participant answers all statements or some; an answer to a statement replaces their earlier
answer to that statement (answers to other statements stay).
"""

from typing import Annotated

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from pydantic import Field, field_validator

from core.limits import LIVE_STATEMENTS_MAX
from workshops.choices import ActionKind, StepKind
from workshops.forms import ActionForm
from workshops.kinds import register
from workshops.kinds.base import Kind, SettingsForm, lines
from workshops.schemas import Label, Strict, one_line

SCALE_LOW, SCALE_HIGH = 1, 5
SCALE_VALUES = range(SCALE_LOW, SCALE_HIGH + 1)


class ScaleConfig(Strict):
    statements: list[Label] = Field(min_length=1, max_length=LIVE_STATEMENTS_MAX)

    @field_validator("statements")
    @classmethod
    def _lines(cls, value):
        return [one_line(statement) for statement in value]


class ScaleAnswer(Strict):
    """Statement index to its score, for the statements the participant answers now."""

    answers: dict[
        Annotated[int, Field(ge=0, lt=LIVE_STATEMENTS_MAX)],
        Annotated[int, Field(ge=SCALE_LOW, le=SCALE_HIGH)],
    ] = Field(min_length=1, max_length=LIVE_STATEMENTS_MAX)


class ScaleForm(ActionForm):
    kind = ActionKind.SCALE_ANSWER

    def __init__(self, *args, step, **kwargs):
        super().__init__(*args, step=step, **kwargs)
        choices = [(value, str(value)) for value in SCALE_VALUES]
        for index, statement in enumerate(step.config["statements"]):
            self.fields[f"statement_{index}"] = forms.TypedChoiceField(
                label=statement,
                choices=choices,
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
            )

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not self.payload()["answers"]:
            self.add_error("statement_0", _("Answer at least one statement."))
        return cleaned

    def payload(self) -> dict:
        return {
            "answers": {
                int(name.removeprefix("statement_")): value
                for name, value in self.cleaned_data.items()
                if name.startswith("statement_") and value is not None
            }
        }


class ScaleSettings(SettingsForm):
    statements = forms.CharField(
        label=gettext_lazy("Statements"),
        help_text=gettext_lazy("One statement per line; the room scores each from 1 to 5."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def config(self) -> dict:
        return {"statements": lines(self.cleaned_data["statements"])}

    @classmethod
    def initial_from(cls, config: dict) -> dict:
        return {"statements": "\n".join(config.get("statements", []))}


def scores_per_participant(step) -> dict[int, dict[int, int]]:
    """Each participant's latest score per statement (statement index to score)."""
    scores: dict[int, dict[int, int]] = {}
    actions = step.actions.filter(kind=ActionKind.SCALE_ANSWER, hidden=False)
    for action in actions.order_by("created_at", "pk"):
        own = scores.setdefault(action.participant_id, {})
        own.update({int(index): score for index, score in action.payload["answers"].items()})
    return scores


class Scale(Kind):
    name = StepKind.SCALE
    label = StepKind.SCALE.label
    config_schema = ScaleConfig
    payloads = {ActionKind.SCALE_ANSWER: ScaleAnswer}
    forms = {ActionKind.SCALE_ANSWER: ScaleForm}
    main_action = ActionKind.SCALE_ANSWER
    settings_form = ScaleSettings
    results_template = "workshops/kinds/scale_results.html"
    form_template = "workshops/kinds/scale_form.html"

    def action_check(self, *, participant, step, action_kind, data) -> None:
        if any(index >= len(step.config["statements"]) for index in data.answers):
            raise ValidationError({"payload.answers": [_("This statement is not on the scale.")]})

    def results(self, *, step) -> dict:
        counts = [[0] * len(SCALE_VALUES) for _statement in step.config["statements"]]
        for scores in scores_per_participant(step).values():
            for index, score in scores.items():
                counts[index][score - SCALE_LOW] += 1
        return {"counts": counts, "means": [_mean(row) for row in counts]}

    def own(self, *, action, own) -> None:
        own.setdefault("answers", {}).update(action.payload["answers"])

    def rows(self, *, step, results) -> list[dict]:
        rows = []
        for statement, counts, mean in zip(
            step["config"]["statements"], results["counts"], results["means"], strict=True
        ):
            total = sum(counts)
            segments, start = [], 0.0
            for value, count in zip(SCALE_VALUES, counts, strict=True):
                width = 100 * count / total if total else 0
                segments.append(
                    {"value": value, "count": count, "x": f"{start:.2f}", "width": f"{width:.2f}"}
                )
                start += width
            rows.append(
                {
                    "label": statement,
                    "count": total,
                    "mean": mean,
                    "segments": segments,
                }
            )
        return rows

    def summary(self, *, rows) -> str:
        parts = []
        for row in rows:
            mean = "–" if row["mean"] is None else f"{row['mean']:.1f}"
            parts.append(
                _("%(statement)s: mean %(mean)s of %(count)s answers")
                % {"statement": row["label"], "mean": mean, "count": row["count"]}
            )
        return "; ".join(parts)


def _mean(counts: list[int]) -> float | None:
    total = sum(counts)
    if not total:
        return None
    return round(sum(v * c for v, c in zip(SCALE_VALUES, counts, strict=True)) / total, 2)


register(Scale())
