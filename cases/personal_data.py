"""What the cases app holds about a person: the cases they contributed (registered in
`CasesConfig.ready`). Published cases stay after erasure, without an author (SET_NULL)."""

from cases.selectors import contributions_of
from core import privacy


def _contributions(user) -> list[dict]:
    return [
        {
            "title": c.title,
            "status": c.status,
            "created_at": c.created_at.isoformat() if c.created_at else None,
        }
        for c in contributions_of(user=user)
    ]


def register() -> None:
    privacy.register("contributions", export=_contributions, models=("cases.CasePage",))
