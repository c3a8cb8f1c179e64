"""The fixed lists of the live workshops."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkshopStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    LIVE = "live", _("Live")
    ENDED = "ended", _("Ended")


class StepKind(models.TextChoices):
    """What a step asks of the room. Scale, word cloud, questions, ranking and the market round
    join later: the field is a plain string, so adding one needs no change of the table."""

    INFO = "info", _("Information slide")
    DOT_VOTE = "dot_vote", _("Dot voting on the plate")
    IDEA_WALL = "idea_wall", _("Idea wall")
    POLL = "poll", _("Poll")


class ActionKind(models.TextChoices):
    """What a participant did; each kind belongs to one kind of step."""

    DOTS_PLACE = "dots_place", _("Placed dots")
    NOTE_POST = "note_post", _("Posted a note")
    NOTE_UPVOTE = "note_upvote", _("Upvoted a note")
    POLL_ANSWER = "poll_answer", _("Answered a poll")


ACTION_STEP_KIND = {
    ActionKind.DOTS_PLACE: StepKind.DOT_VOTE,
    ActionKind.NOTE_POST: StepKind.IDEA_WALL,
    ActionKind.NOTE_UPVOTE: StepKind.IDEA_WALL,
    ActionKind.POLL_ANSWER: StepKind.POLL,
}
