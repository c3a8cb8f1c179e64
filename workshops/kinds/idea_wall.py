"""An idea wall: columns the facilitator names, notes the room posts, upvotes on the notes;
the facilitator merges notes, groups them within a column and tags them with a plate element."""

from collections import defaultdict
from typing import Annotated

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from pydantic import Field, StringConstraints, field_validator

from actieplaat.models import ElementPage
from core.limits import (
    LIVE_COLUMNS_MAX,
    LIVE_GROUP_MAX_LENGTH,
    LIVE_ID_MAX,
    LIVE_NOTE_MAX_LENGTH,
)
from workshops.choices import ActionKind, StepKind
from workshops.forms import ActionForm
from workshops.kinds import register
from workshops.kinds.base import ElementSettingsForm, Kind, lines
from workshops.kinds.dot_vote import element_titles
from workshops.schemas import Label, Strict, element_check, one_line, schema_validate, text_field

Id = Annotated[int, Field(ge=1, le=LIVE_ID_MAX)]


class IdeaWallConfig(Strict):
    columns: list[Label] = Field(min_length=1, max_length=LIVE_COLUMNS_MAX)
    # A wall about one element of the plate: its notes start tagged with that element.
    element: Id | None = None

    @field_validator("columns")
    @classmethod
    def _lines(cls, value):
        return [one_line(column) for column in value]


class NotePost(Strict):
    column: int = Field(ge=0, lt=LIVE_COLUMNS_MAX)
    text: text_field(LIVE_NOTE_MAX_LENGTH)


class NoteUpvote(Strict):
    note: Id  # the id of the note's action


class NoteModeration(Strict):
    """What the facilitator set on a note: the note it was merged into (it then leaves the
    wall, its upvotes count for that note), its group within the column, its plate element."""

    merged_into: Id | None = None
    group: (
        Annotated[
            str,
            StringConstraints(
                strip_whitespace=True, min_length=1, max_length=LIVE_GROUP_MAX_LENGTH
            ),
        ]
        | None
    ) = None
    element: Id | None = None

    @field_validator("group")
    @classmethod
    def _group(cls, value):
        return value if value is None else one_line(value)


# A moderation command and the field of `NoteModeration` its value sets.
MODERATION_FIELDS = {"merge": "merged_into", "group": "group", "tag": "element"}


class NoteForm(ActionForm):
    kind = ActionKind.NOTE_POST
    column = forms.TypedChoiceField(label=gettext_lazy("Column"), coerce=int)
    text = forms.CharField(
        label=gettext_lazy("Your note"),
        max_length=LIVE_NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, step, **kwargs):
        super().__init__(*args, step=step, **kwargs)
        self.fields["column"].choices = list(enumerate(step.config["columns"]))

    def payload(self) -> dict:
        return {"column": self.cleaned_data["column"], "text": self.cleaned_data["text"]}


class UpvoteForm(ActionForm):
    kind = ActionKind.NOTE_UPVOTE
    note = forms.IntegerField(widget=forms.HiddenInput)

    def payload(self) -> dict:
        return {"note": self.cleaned_data["note"]}


class IdeaWallSettings(ElementSettingsForm):
    columns = forms.CharField(
        label=gettext_lazy("Columns"),
        help_text=gettext_lazy("One column per line, for example: Kansen, Obstakels, Oplossingen."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def config(self) -> dict:
        return {"columns": lines(self.cleaned_data["columns"]), **self.element_config()}

    @classmethod
    def initial_from(cls, config: dict) -> dict:
        return {"columns": "\n".join(config.get("columns", [])), **cls.element_initial(config)}


def notes_on(step):
    """The notes on the wall (not hidden, not merged into another), oldest first."""
    return (
        step.actions.filter(kind=ActionKind.NOTE_POST, hidden=False)
        .exclude(moderation__has_key="merged_into")
        .select_related("participant")
        .order_by("created_at", "pk")
    )


class IdeaWall(Kind):
    name = StepKind.IDEA_WALL
    label = StepKind.IDEA_WALL.label
    config_schema = IdeaWallConfig
    payloads = {ActionKind.NOTE_POST: NotePost, ActionKind.NOTE_UPVOTE: NoteUpvote}
    forms = {ActionKind.NOTE_POST: NoteForm, ActionKind.NOTE_UPVOTE: UpvoteForm}
    main_action = ActionKind.NOTE_POST
    settings_form = IdeaWallSettings
    results_template = "workshops/kinds/idea_wall_results.html"
    moderation_template = "workshops/kinds/idea_wall_moderation.html"
    submit_label = gettext_lazy("Post the note")

    def config_check(self, *, config, workshop) -> None:
        if config.get("element") is not None:
            element_check([config["element"]], field="config.element")

    def prepare(self, *, action, step) -> None:
        if action.kind == ActionKind.NOTE_POST and step.config.get("element"):
            action.moderation = {"element": step.config["element"]}

    def action_check(self, *, participant, step, action_kind, data) -> None:
        if action_kind == ActionKind.NOTE_POST:
            if data.column >= len(step.config["columns"]):
                raise ValidationError({"payload.column": [_("This column is not on the wall.")]})
            return
        if not notes_on(step).filter(pk=data.note).exists():
            raise ValidationError({"payload.note": [_("This note is not on the wall.")]})
        upvoted = step.actions.filter(
            participant=participant, kind=ActionKind.NOTE_UPVOTE, payload__note=data.note
        )
        if upvoted.exists():
            raise ValidationError({"payload.note": [_("You already upvoted this note.")]})

    def moderate(self, *, action, command, value) -> None:
        if action.kind != ActionKind.NOTE_POST or command not in MODERATION_FIELDS:
            raise ValidationError({"command": [_("This command is not known.")]})
        name = MODERATION_FIELDS[command]
        if isinstance(value, bool) or (
            name != "group" and value is not None and type(value) is not int
        ):
            raise ValidationError({"value": [_("This value is not valid here.")]})
        if name == "group" and isinstance(value, str) and not value.strip():
            value = None
        changed = {**action.moderation, name: value}
        moderation = schema_validate(NoteModeration, changed, field="value")
        if name == "merged_into":
            self._merge_check(action=action, target_id=value)
            # Notes merged into this one go with it to the target.
            for merged in action.step.actions.filter(moderation__merged_into=action.pk):
                merged.moderation = {**merged.moderation, "merged_into": value}
                merged.save(update_fields=["moderation"])
        if name == "element" and value is not None:
            element_check([value], field="value")
        action.moderation = moderation.model_dump(exclude_none=True)
        action.save(update_fields=["moderation"])

    def moderation_items(self, *, step) -> list[dict]:
        """Every note (hidden ones too) with the notes of its column it can merge into and
        the plate's elements to tag it with."""
        elements = [
            {"id": pk, "title": title}
            for pk, title in ElementPage.objects.live().order_by("path").values_list("pk", "title")
        ]
        notes = list(
            step.actions.filter(kind=ActionKind.NOTE_POST)
            .exclude(moderation__has_key="merged_into")
            .order_by("created_at", "pk")
        )
        columns = step.config["columns"]
        return [
            {
                "id": note.pk,
                "text": note.payload["text"],
                "column": columns[note.payload["column"]],
                "hidden": note.hidden,
                "group": note.moderation.get("group"),
                "element": note.moderation.get("element"),
                "targets": [
                    {"id": other.pk, "text": other.payload["text"]}
                    for other in notes
                    if other.pk != note.pk
                    and not other.hidden
                    and other.payload["column"] == note.payload["column"]
                ],
                "elements": elements,
            }
            for note in notes
        ]

    def _merge_check(self, *, action, target_id) -> None:
        if target_id is None:
            raise ValidationError({"value": [_("Choose the note to merge into.")]})
        if target_id == action.pk:
            raise ValidationError({"value": [_("A note cannot be merged into itself.")]})
        if action.hidden or "merged_into" in action.moderation:
            raise ValidationError({"value": [_("This note is no longer on the wall.")]})
        if not notes_on(action.step).filter(pk=target_id).exists():
            raise ValidationError({"value": [_("Merge into a note on the same wall.")]})

    def results(self, *, step) -> dict:
        # Who upvoted each note on the wall: a merged note's upvotes count for the note it
        # was merged into, each person once.
        merged_into = {
            pk: moderation["merged_into"]
            for pk, moderation in step.actions.filter(
                kind=ActionKind.NOTE_POST, moderation__has_key="merged_into"
            ).values_list("pk", "moderation")
        }
        voters: dict[int, set[int]] = defaultdict(set)
        for participant, note in step.actions.filter(kind=ActionKind.NOTE_UPVOTE).values_list(
            "participant_id", "payload__note"
        ):
            voters[merged_into.get(note, note)].add(participant)
        merged_count = defaultdict(int)
        for target in merged_into.values():
            merged_count[target] += 1
        notes = list(notes_on(step))
        titles = element_titles(
            {note.moderation["element"] for note in notes if "element" in note.moderation}
        )
        columns: list[list[dict]] = [[] for _column in step.config["columns"]]
        for note in notes:
            element = note.moderation.get("element")
            columns[note.payload["column"]].append(
                {
                    "id": note.pk,
                    "text": note.payload["text"],
                    "upvotes": len(voters.get(note.pk, ())),
                    "by": None if step.anonymous else note.participant.display_name,
                    "group": note.moderation.get("group"),
                    "element": (
                        {"id": element, "title": titles[element]} if element in titles else None
                    ),
                    "merged": merged_count.get(note.pk, 0),
                }
            )
        for column in columns:
            # Grouped notes together (ungrouped last), the most upvoted first within a group.
            column.sort(
                key=lambda note: (
                    note["group"] is None,
                    note["group"] or "",
                    -note["upvotes"],
                    note["id"],
                )
            )
        return {"columns": columns}

    def own(self, *, action, own) -> None:
        if action.kind == ActionKind.NOTE_POST:
            own.setdefault("notes", []).append(action.pk)
        else:
            own.setdefault("upvoted", []).append(action.payload["note"])

    def rows(self, *, step, results) -> list[dict]:
        return [
            {"label": column, "notes": notes, "count": len(notes), "groups": note_groups(notes)}
            for column, notes in zip(step["config"]["columns"], results["columns"], strict=True)
        ]


def note_groups(notes: list[dict]) -> list[dict]:
    """A column's notes in their groups, in the order the results give (ungrouped last)."""
    groups: list[dict] = []
    for note in notes:
        if not groups or groups[-1]["label"] != note.get("group"):
            groups.append({"label": note.get("group"), "notes": []})
        groups[-1]["notes"].append(note)
    return groups


register(IdeaWall())
