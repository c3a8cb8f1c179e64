"""Cost against the budget: 1 within it, falling to 0 at twice the budget; only when both the
request's budget and the person's cost price are known."""

import numpy as np
from django.utils.translation import gettext as _

from matching.parts.pairs import Pair, Pairs, hours_text

NAME = "cost"


def scalar(pair: Pair) -> tuple[float, str] | None:
    budget, cost = pair.need.max_cost_per_hour, pair.offer.cost_per_hour
    if not budget or cost is None:
        return None
    value = 1.0 if cost <= budget else max(0.0, 1.0 - (cost - budget) / budget)
    sentence = (
        _("cost price € %(cost)s an hour, within the budget of € %(budget)s")
        if cost <= budget
        else _("cost price € %(cost)s an hour, above the budget of € %(budget)s")
    ) % {"cost": hours_text(cost), "budget": hours_text(budget)}
    return value, sentence


def array(pairs: Pairs) -> tuple[np.ndarray, np.ndarray]:
    budget = np.array([n.max_cost_per_hour or np.nan for n in pairs.needs])[pairs.k]
    costs = pairs.matrix.costs[pairs.rows]
    present = ~np.isnan(costs) & ~np.isnan(budget)
    safe_budget = np.where(np.isnan(budget), 1.0, budget)
    values = np.nan_to_num(
        np.where(
            costs <= safe_budget, 1.0, np.maximum(0.0, 1.0 - (costs - safe_budget) / safe_budget)
        )
    )
    return values, present
