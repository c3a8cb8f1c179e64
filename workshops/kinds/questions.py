"""Questions to the facilitator: participants ask, upvote each other's questions once, and the
facilitator marks a question answered (or hides it). The results are the open questions by
their upvotes, and the answered ones apart."""

from collections import Counter

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.limits import LIVE_QUESTION_MAX_LENGTH
from workshops.choices import ActionKind, StepKind
from workshops.forms import ActionForm
from workshops.kinds import register
from workshops.kinds.base import Kind
from workshops.schemas import Strict, text_field


class QuestionsConfig(Strict):
    """A questions step has no settings beyond its title and whether it is anonymous."""


class QuestionAsk(Strict):
    text: text_field(LIVE_QUESTION_MAX_LENGTH)


class QuestionUpvote(Strict):
    question: int  # the id of the question's action


class QuestionForm(ActionForm):
    kind = ActionKind.QUESTION_ASK
    text = forms.CharField(
        label=gettext_lazy("Your question"),
        max_length=LIVE_QUESTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def payload(self) -> dict:
        return {"text": self.cleaned_data["text"]}


class QuestionUpvoteForm(ActionForm):
    kind = ActionKind.QUESTION_UPVOTE
    question = forms.IntegerField(widget=forms.HiddenInput)

    def payload(self) -> dict:
        return {"question": self.cleaned_data["question"]}


def questions_on(step, *, hidden: bool | None = False):
    """The step's questions, oldest first: the shown ones, or all (hidden=None)."""
    questions = step.actions.filter(kind=ActionKind.QUESTION_ASK).select_related("participant")
    if hidden is not None:
        questions = questions.filter(hidden=hidden)
    return questions.order_by("created_at", "pk")


def _upvotes(step) -> Counter:
    return Counter(
        action.payload["question"]
        for action in step.actions.filter(kind=ActionKind.QUESTION_UPVOTE)
    )


def _sorted(questions: list[dict]) -> list[dict]:
    return sorted(questions, key=lambda question: (-question["upvotes"], question["id"]))


class Questions(Kind):
    name = StepKind.QUESTIONS
    label = StepKind.QUESTIONS.label
    config_schema = QuestionsConfig
    payloads = {ActionKind.QUESTION_ASK: QuestionAsk, ActionKind.QUESTION_UPVOTE: QuestionUpvote}
    forms = {ActionKind.QUESTION_ASK: QuestionForm, ActionKind.QUESTION_UPVOTE: QuestionUpvoteForm}
    main_action = ActionKind.QUESTION_ASK
    results_template = "workshops/kinds/questions_results.html"
    moderation_template = "workshops/kinds/questions_moderation.html"
    submit_label = gettext_lazy("Ask the question")

    def action_check(self, *, participant, step, action_kind, data) -> None:
        if action_kind == ActionKind.QUESTION_ASK:
            return
        question = questions_on(step).filter(pk=data.question).first()
        if question is None:
            raise ValidationError({"payload.question": [_("This question is not on the list.")]})
        if question.participant_id == participant.pk:
            raise ValidationError(
                {"payload.question": [_("Upvote the questions of others, not your own.")]}
            )
        upvoted = step.actions.filter(
            participant=participant,
            kind=ActionKind.QUESTION_UPVOTE,
            payload__question=data.question,
        )
        if upvoted.exists():
            raise ValidationError({"payload.question": [_("You already upvoted this question.")]})

    def moderate(self, *, action, command, value) -> None:
        if command != "answered":
            super().moderate(action=action, command=command, value=value)
        if action.kind != ActionKind.QUESTION_ASK:
            raise ValidationError({"action": [_("Only a question can be marked answered.")]})
        if not isinstance(value, bool):
            raise ValidationError({"value": [_("Send true or false.")]})
        action.moderation = {**action.moderation, "answered": value}
        action.full_clean(validate_constraints=False)
        action.save(update_fields=["moderation"])

    def results(self, *, step) -> dict:
        upvotes = _upvotes(step)
        open_questions, answered = [], []
        for question in questions_on(step):
            item = {
                "id": question.pk,
                "text": question.payload["text"],
                "upvotes": upvotes.get(question.pk, 0),
                "by": None if step.anonymous else question.participant.display_name,
            }
            (answered if question.moderation.get("answered") else open_questions).append(item)
        return {"open": _sorted(open_questions), "answered": _sorted(answered)}

    def own(self, *, action, own) -> None:
        if action.kind == ActionKind.QUESTION_ASK:
            own.setdefault("questions", []).append(action.pk)
        else:
            own.setdefault("upvoted", []).append(action.payload["question"])

    def rows(self, *, step, results) -> list[dict]:
        return [
            {
                "label": _("Open questions"),
                "questions": results["open"],
                "count": len(results["open"]),
                "answered": False,
            },
            {
                "label": _("Answered"),
                "questions": results["answered"],
                "count": len(results["answered"]),
                "answered": True,
            },
        ]

    def moderation_items(self, *, step) -> list[dict]:
        upvotes = _upvotes(step)
        items = [
            {
                "id": question.pk,
                "text": question.payload["text"],
                "upvotes": upvotes.get(question.pk, 0),
                "answered": bool(question.moderation.get("answered")),
                "hidden": question.hidden,
            }
            for question in questions_on(step, hidden=None)
        ]
        return _sorted(items)


register(Questions())
