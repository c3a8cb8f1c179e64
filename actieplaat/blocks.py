"""Blocks for the action plate's elements, route maps and guides."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from actieplaat.choices import RouteTopic
from core.blocks import BodyBlock


class RouteQuestionBlock(blocks.StructBlock):
    """A question one side settles, labelled with its topic."""

    topic = blocks.ChoiceBlock(label=_("Topic"), choices=RouteTopic.choices)
    question = blocks.CharBlock(label=_("Question"), max_length=300)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["topic_label"] = RouteTopic(value["topic"]).label if value["topic"] else ""
        return context

    class Meta:
        icon = "help"
        template = "blocks/route_question_block.html"
        preview_value = {
            "topic": "reachability",
            "question": "Is de medewerker bereikbaar op de dagen dat hij elders werkt?",
        }
        description = _("A question with its topic")


def _question_list(label):
    return blocks.ListBlock(RouteQuestionBlock(), label=label, default=[])


class RouteStepBlock(blocks.StructBlock):
    """One step of a route map: questions for each side and a checklist to tick."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    summary = blocks.TextBlock(label=_("Summary"), required=False)
    lending = _question_list(_("Questions for the lending organisation"))
    borrowing = _question_list(_("Questions for the borrowing organisation"))
    both = _question_list(_("Questions for both organisations"))
    checklist = blocks.ListBlock(blocks.CharBlock(max_length=200), label=_("Checklist"), default=[])

    class Meta:
        icon = "list-ol"
        template = "blocks/route_step_block.html"
        preview_value = {
            "title": "Verkennen",
            "summary": "Ga na of uitlenen past bij beide organisaties.",
            "lending": [
                {"topic": "backfill", "question": "Wie vangt het werk op dat blijft liggen?"}
            ],
            "borrowing": [
                {"topic": "onboarding", "question": "Hoe komt de collega in onze systemen?"}
            ],
            "both": [],
            "checklist": ["Contactpersonen aan beide kanten benoemd"],
        }
        description = _("A step with questions for each side and a checklist")


class ReflectionQuestionsBlock(blocks.StructBlock):
    """Questions a reader answers for their own organisation."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    questions = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Questions"))

    class Meta:
        icon = "help"
        template = "blocks/reflection_questions_block.html"
        preview_value = {
            "title": "Om over na te denken",
            "questions": ["Welke functies lenen zich voor een uitwisseling?"],
        }
        description = _("Questions to answer for your own organisation")


class GuideBodyBlock(BodyBlock):
    """The body of a guide: the usual blocks plus reflection questions."""

    questions = ReflectionQuestionsBlock()
