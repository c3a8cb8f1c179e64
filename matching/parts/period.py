"""Overlap of the periods: the share of the request's days the person is available, less the
dates they are away."""

import math

import numpy as np
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from matching.parts.pairs import Pair, Pairs

NAME = "period"


def scalar(pair: Pair) -> tuple[float, str]:
    need, offer = pair.need, pair.offer
    overlap = need.period.overlap(offer.period)
    days = overlap.days if overlap else 0
    away = sum(1 for day in offer.exceptions if overlap and overlap.start <= day <= overlap.end)
    weeks_overlap, weeks_asked = math.ceil(days / 7), math.ceil(need.period.days / 7)
    sentence = _("available in %(overlap)s of the %(asked)s weeks of the request") % {
        "overlap": weeks_overlap,
        "asked": weeks_asked,
    }
    if away:
        sentence += ngettext(", except on %(count)s date", ", except on %(count)s dates", away) % {
            "count": away
        }
    return (days - away) / need.period.days, sentence


def array(pairs: Pairs) -> tuple[np.ndarray, None]:
    matrix, k, rows = pairs.matrix, pairs.k, pairs.rows
    first = np.maximum(matrix.starts[rows], pairs.starts[k])
    last = np.minimum(matrix.ends[rows], pairs.ends[k])
    away = exceptions_within(matrix, rows, first, last)
    days = (pairs.ends - pairs.starts + 1)[k]
    return (np.maximum(last - first + 1, 0) - away) / days, None


def exceptions_within(
    matrix, index: np.ndarray, starts: np.ndarray, ends: np.ndarray
) -> np.ndarray:
    """Per chosen offer, how many of its exception dates fall within [starts, ends]."""
    counts = np.zeros(len(index))
    if not len(matrix.exception_dates) or not len(index):
        return counts
    lengths = matrix.exception_offsets[index + 1] - matrix.exception_offsets[index]
    total = int(lengths.sum())
    if not total:
        return counts
    owner = np.repeat(np.arange(len(index)), lengths)
    # Position of each exception of the chosen offers in `exception_dates`.
    skip = np.repeat(matrix.exception_offsets[index] - (np.cumsum(lengths) - lengths), lengths)
    dates = matrix.exception_dates[np.arange(total) + skip]
    inside = (dates >= starts[owner]) & (dates <= ends[owner])
    return np.bincount(owner[inside], minlength=len(index)).astype(float)
