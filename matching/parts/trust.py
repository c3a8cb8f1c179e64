"""Trust: 1 when the organisations worked together before (a case together, or an accepted
match), else 0."""

import numpy as np
from django.utils.translation import gettext as _

from matching.parts.pairs import Pair, Pairs, in_sets

NAME = "trust"


def scalar(pair: Pair) -> tuple[float, str]:
    if pair.offer.organisation_id in pair.need.known_organisations:
        return 1.0, _("the organisations have worked together before")
    return 0.0, _("the organisations have not worked together yet")


def array(pairs: Pairs) -> tuple[np.ndarray, None]:
    known = in_sets(
        pairs.needs,
        pairs.k,
        pairs.matrix.organisation_ids[pairs.rows],
        lambda n: n.known_organisations,
    )
    return known.astype(float), None
