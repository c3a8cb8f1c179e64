"""Preferences: whether the person would like to work in the requesting organisation's
sector; a half when they gave no preference."""

import numpy as np
from django.utils.translation import gettext as _

from matching.parts.pairs import Pair, Pairs

NAME = "preferences"


def scalar(pair: Pair) -> tuple[float, str]:
    offer = pair.offer
    if not offer.sectors:
        return 0.5, _("no sector preference given")
    if pair.need.organisation_sector in offer.sectors:
        return 1.0, _("would like to work in this sector")
    return 0.0, _("prefers other sectors")


def array(pairs: Pairs) -> tuple[np.ndarray, None]:
    matrix = pairs.matrix
    sector_bit = np.array([matrix.sectors.get(n.organisation_sector, -1) for n in pairs.needs])[
        pairs.k
    ]
    prefs = matrix.sector_bits[pairs.rows]
    likes = (sector_bit >= 0) & (
        ((prefs >> np.maximum(sector_bit, 0).astype(np.uint16)) & np.uint16(1)) > 0
    )
    return np.where(prefs == 0, 0.5, np.where(likes, 1.0, 0.0)), None
