"""What the cases app holds about a person: the cases they contributed (registered in
`CasesConfig.ready`). Published cases stay after erasure, without an author (SET_NULL)."""

from cases.selectors import contributions_of
from core import privacy
from core.privacy import iso


def _contributions(user) -> list[dict]:
    return [
        {
            "title": c.title,
            "status": c.status,
            "created_at": iso(c.created_at),
        }
        for c in contributions_of(user=user)
    ]


def register() -> None:
    privacy.register("contributions", export=_contributions, models=("cases.CasePage",))
