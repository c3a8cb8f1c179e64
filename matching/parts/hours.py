"""Hours: how much of the requested times the person covers, and so how many of the hours a
week asked they would work (what a round proposes)."""

import numpy as np
from django.utils.translation import gettext as _

from matching import timegrid
from matching.parts.pairs import Pair, Pairs, hours_text

NAME = "hours"


def exchange_hours(need, offer, covered_hours: float) -> float:
    """Hours a week the person would work for this request: what they cover, no more than
    they offer and no more than is asked."""
    return min(covered_hours, offer.max_hours_per_week, need.hours_per_week or covered_hours)


def scalar(pair: Pair) -> tuple[float, str]:
    need, covered, requested = pair.need, pair.covered_hours, pair.requested_hours
    fraction = covered / requested if requested else 0.0
    if not covered:
        return min(1.0, fraction), _("not available at the requested times")
    sentence = _(
        "available %(when)s: %(covered)s of the %(requested)s hours of the requested "
        "times, would work %(weekly)s of the %(asked)s hours a week asked"
    ) % {
        "when": ", ".join(window.label for window in timegrid.windows_of(pair.covered_mask)),
        "covered": hours_text(covered),
        "requested": hours_text(requested),
        "weekly": hours_text(exchange_hours(need, pair.offer, covered)),
        "asked": hours_text(need.hours_per_week),
    }
    return min(1.0, fraction), sentence


def array(pairs: Pairs) -> tuple[np.ndarray, None]:
    requested = timegrid.hours(pairs.need_masks)[pairs.k]
    return (
        np.where(
            requested > 0,
            np.minimum(1.0, pairs.covered_hours / np.where(requested > 0, requested, 1)),
            0.0,
        ),
        None,
    )
