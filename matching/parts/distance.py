"""Distance: 1 for remote work or next door, falling to 0 at the edge of the person's travel
radius. The great-circle distance, for one pair and for arrays of places; the travel rule
(`scoring.hard_rules`, `vectorised`) uses the same."""

import math

import numpy as np
from django.utils.translation import gettext as _

from matching.parts.pairs import Pair, Pairs, hours_text

NAME = "distance"
EARTH_RADIUS_KM = 6371.0


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine) in km."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def haversine(lat1, lon1, lat2, lon2):
    """`distance_km` over arrays of places."""
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    h = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(h))


def scalar(pair: Pair) -> tuple[float, str] | None:
    need, offer = pair.need, pair.offer
    if need.remote_possible and offer.remote_ok:
        return 1.0, _("can work remotely")
    if need.location is None or offer.location is None:
        return None
    km = distance_km(need.location, offer.location)
    radius = max(offer.travel_radius_km, 1.0)
    return (
        max(0.0, 1.0 - km / radius),
        _("%(km)s km away (travels up to %(radius)s km)")
        % {"km": hours_text(round(km)), "radius": hours_text(round(offer.travel_radius_km))},
    )


def array(pairs: Pairs) -> tuple[np.ndarray, np.ndarray]:
    needs, k, rows, matrix = pairs.needs, pairs.k, pairs.rows, pairs.matrix
    remote = np.array([n.remote_possible for n in needs])[k] & matrix.remote_ok[rows]
    located = np.array([n.location is not None for n in needs])
    latitude = np.array([n.location[0] if n.location else np.nan for n in needs])
    longitude = np.array([n.location[1] if n.location else np.nan for n in needs])
    distance = haversine(latitude[k], longitude[k], matrix.latitudes[rows], matrix.longitudes[rows])
    radius = np.maximum(matrix.radii[rows], 1.0)
    by_distance = np.maximum(0.0, 1.0 - np.nan_to_num(distance, nan=np.inf) / radius)
    return (
        np.where(remote, 1.0, np.where(located[k], by_distance, 0.0)),
        located[k] | remote,
    )
