"""A finished, evaluated exchange as the draft of a case: the organisations and their roles,
the form of mobility, the hours, the duration and what each party said it brought, ready for
an administrator to edit and send to the desk's moderation (`cases.services`)."""

from collections import defaultdict

from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Site

from cases.choices import CaseDuration, CaseRole
from cases.selectors import case_index_within
from cases.services import ContributionData
from exchanges.agreement import weeks_of
from exchanges.models import Exchange
from exchanges.selectors import evaluation_questions
from matching import scoring

# An element counts as something the exchange brought when its average score is at least this.
BROUGHT_AT_LEAST = 4


def case_index():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return case_index_within(root=site.root_page) if site is not None else None


def _duration(weeks) -> str:
    if weeks < 13:
        return CaseDuration.SHORT
    if weeks <= 52:
        return CaseDuration.MEDIUM
    return CaseDuration.LONG


def case_data(exchange: Exchange) -> ContributionData:
    """The draft case's fields, in Dutch (the network's language for cases)."""
    evaluations = list(exchange.evaluations.all())
    scores = defaultdict(list)
    titles = {}
    for evaluation in evaluations:
        for answer in evaluation.answers:
            scores[answer["element"]].append(answer["score"])
            titles[answer["element"]] = answer["title"]
    averages = {pk: sum(found) / len(found) for pk, found in scores.items()}
    weeks = weeks_of(exchange.starts_on, exchange.ends_on)
    hours = int(exchange.hours_per_week.to_integral_value())
    with translation.override("nl"):
        parties = {
            "lender": _("The lending organisation (%(name)s)") % {"name": exchange.lender.name},
            "borrower": _("The borrowing organisation (%(name)s)")
            % {"name": exchange.borrower.name},
            "person": _("The person who went"),
        }
        figures = {
            "lender": exchange.lender.name,
            "borrower": exchange.borrower.name,
            "request": exchange.request.title,
            "form": exchange.request.form.name,
            "hours": scoring.hours_text(float(exchange.hours_per_week)),
            "weeks": formats.number_format(weeks, decimal_pos=1 if weeks % 1 else 0),
            "start": formats.date_format(exchange.starts_on, "F Y"),
        }
        summary = (
            _(
                "%(lender)s lent a colleague to %(borrower)s for “%(request)s”: %(hours)s hours a "
                "week for %(weeks)s weeks from %(start)s, as %(form)s, at cost price."
            )
            % figures
        )
        story = [summary]
        for label, answer in (
            (_("Who took over the work"), exchange.handover),
            (_("Onboarding"), exchange.onboarding),
        ):
            if answer:
                story.append(f"{label}: {answer}")
        if exchange.reason:
            story.append(_("Ended early: %(reason)s") % {"reason": exchange.reason})
        for evaluation in evaluations:
            lines = [f"{a['title']} ({a['score']}/5): {a['sentence']}" for a in evaluation.answers]
            story.append(f"{parties.get(evaluation.role, evaluation.role)}:\n" + "\n".join(lines))
        outcomes = [
            _("%(element)s: %(score)s out of 5 on average")
            % {"element": titles[pk], "score": formats.number_format(average, 1)}
            for pk, average in averages.items()
        ]
        title = _("%(lender)s and %(borrower)s: %(request)s") % figures
        duration_note = ngettext("%(weeks)s week", "%(weeks)s weeks", int(weeks) or 1) % figures
    from_plate = [
        element
        for element in evaluation_questions()
        if averages.get(element.pk, 0) >= BROUGHT_AT_LEAST
    ]
    return ContributionData(
        title=title[:200],
        summary=summary[:400],
        region=exchange.borrower.region,
        duration=_duration(weeks),
        duration_note=duration_note,
        hours_per_week_min=hours,
        hours_per_week_max=hours,
        story="\n\n".join(story),
        outcomes=outcomes,
        tags=[],
        mobility_forms=[exchange.request.form],
        elements=from_plate,
        organisations=[
            (exchange.lender, CaseRole.LENDING),
            (exchange.borrower, CaseRole.BORROWING),
        ],
        obstacles=[],
    )
