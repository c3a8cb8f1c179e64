"""Hours that exchanges hold: taken out of what a person offers, for every matching path
(the ranking's arrays, the single evaluation and the round alike)."""

from dataclasses import dataclass

import numpy as np
from django.utils import timezone

from matching.models import HoursHold

BYTES_PER_WEEK = 84


@dataclass
class Held:
    """Per offer (in the order asked): hours held on that availability, hours held for the
    person over all their availabilities, and the weekly times held for the person (packed)."""

    own_hours: np.ndarray
    person_hours: np.ndarray
    person_masks: np.ndarray  # (n, 84) uint8

    def any(self) -> bool:
        return bool(self.person_hours.any())


def held_for(availability_ids, person_ids) -> Held:
    """What running and coming exchanges hold of these offers (a hold that has ended holds
    nothing), in one query."""
    ids = np.asarray(availability_ids, dtype=np.int64)
    people = np.asarray(person_ids, dtype=np.int64)
    held = Held(
        own_hours=np.zeros(len(ids)),
        person_hours=np.zeros(len(ids)),
        person_masks=np.zeros((len(ids), BYTES_PER_WEEK), dtype=np.uint8),
    )
    if not len(ids):
        return held
    rows = HoursHold.objects.filter(
        ends_on__gte=timezone.localdate(), availability__person_id__in=set(people.tolist())
    ).values_list("availability_id", "availability__person_id", "hours_per_week", "week_mask")
    for availability_id, person_id, hours, mask in rows:
        packed = np.frombuffer(bytes(mask), dtype=np.uint8)
        same_person = people == person_id
        held.person_hours[same_person] += float(hours)
        held.person_masks[same_person] |= packed
        held.own_hours[ids == availability_id] += float(hours)
    return held
