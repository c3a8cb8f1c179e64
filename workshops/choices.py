"""The fixed lists of the live workshops."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkshopStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    LIVE = "live", _("Live")
    ENDED = "ended", _("Ended")


class StepKind(models.TextChoices):
    """What a step asks of the room; each kind has its module in `workshops/kinds/`."""

    INFO = "info", _("Information slide")
    DOT_VOTE = "dot_vote", _("Dot voting on the plate")
    IDEA_WALL = "idea_wall", _("Idea wall")
    POLL = "poll", _("Poll")
    SCALE = "scale", _("Scale")
    WORD_CLOUD = "word_cloud", _("Word cloud")
    QUESTIONS = "questions", _("Questions")
    RANKING = "ranking", _("Ranking")
    MARKET = "market", _("Market round")


class ActionKind(models.TextChoices):
    """What a participant did; each kind belongs to one kind of step (see its module)."""

    DOTS_PLACE = "dots_place", _("Placed dots")
    NOTE_POST = "note_post", _("Posted a note")
    NOTE_UPVOTE = "note_upvote", _("Upvoted a note")
    POLL_ANSWER = "poll_answer", _("Answered a poll")
    SCALE_ANSWER = "scale_answer", _("Answered a scale")
    WORDS_POST = "words_post", _("Sent words")
    QUESTION_ASK = "question_ask", _("Asked a question")
    QUESTION_UPVOTE = "question_upvote", _("Upvoted a question")
    RANKING_PLACE = "ranking_place", _("Ranked a list")
    MARKET_POST = "market_post", _("Posted an offer or a need")


class MarketSide(models.TextChoices):
    """What a market-round post is: something an organisation offers, or needs."""

    OFFER = "offer", _("Offer")
    NEED = "need", _("Need")


class MarketLeadStatus(models.TextChoices):
    """Where a market-round post is on its way into matching."""

    PENDING = "pending", _("Being drafted")
    DRAFTED = "drafted", _("Draft in matching")
    LEAD = "lead", _("Lead to follow up")
    FAILED = "failed", _("Not drafted")
