"""Desired qualifications: the share of them the person holds (as a qualification or as
expertise), a related term counting partly."""

import numpy as np
from django.utils.translation import ngettext

from matching.parts.pairs import Pair, Pairs

NAME = "qualifications"
RELATED_TERM_CREDIT = 0.5


def scalar(pair: Pair) -> tuple[float, str] | None:
    need, offer = pair.need, pair.offer
    if not need.desired:
        return None
    held = set(offer.qualifications) | set(offer.skills)
    exact = need.desired & held
    related = {slug for slug in need.desired - exact if need.related.get(slug, frozenset()) & held}
    value = (len(exact) + RELATED_TERM_CREDIT * len(related)) / len(need.desired)
    sentence = ngettext(
        "has %(exact)s of the %(wanted)s desired qualification",
        "has %(exact)s of the %(wanted)s desired qualifications",
        len(need.desired),
    ) % {"exact": len(exact), "wanted": len(need.desired)}
    if related:
        sentence += ngettext(
            ", and a related one for %(count)s more",
            ", and related ones for %(count)s more",
            len(related),
        ) % {"count": len(related)}
    return value, sentence


def array(pairs: Pairs) -> tuple[np.ndarray, np.ndarray] | None:
    needs, k, rows, matrix = pairs.needs, pairs.k, pairs.rows, pairs.matrix
    desired_count = np.array([len(n.desired) for n in needs])
    if not desired_count.any():
        return None
    # Each desired term (with the related terms that count partly) once, for the pairs of
    # the needs that ask it.
    terms: dict = {}
    asking: list[list[int]] = []
    for position, n in enumerate(needs):
        for slug in n.desired:
            term = (slug, tuple(sorted(n.related.get(slug, ()))))
            if term not in terms:
                terms[term] = len(terms)
                asking.append([])
            asking[terms[term]].append(position)
    wanted = np.zeros((len(needs), len(terms)), dtype=bool)
    for number, positions in enumerate(asking):
        wanted[positions, number] = True
    value = np.zeros(len(rows))
    for (slug, related), number in terms.items():
        at = np.flatnonzero(wanted[k, number])
        held = matrix.held[rows[at]]
        exact = (
            held[:, matrix.vocabulary[slug]]
            if slug in matrix.vocabulary
            else np.zeros(len(at), dtype=bool)
        )
        columns = [matrix.vocabulary[s] for s in related if s in matrix.vocabulary]
        near = held[:, columns].any(axis=1) if columns else np.zeros(len(at), dtype=bool)
        value[at] += np.where(exact, 1.0, np.where(near, RELATED_TERM_CREDIT, 0.0))
    count = desired_count[k]
    return value / np.maximum(count, 1), count > 0
