"""What the live workshops hold about a person (registered in `WorkshopsConfig.ready`): the
workshops they joined as a logged-in member, with what they did there (and where a market
post went), and the workshops they run. Erasing the account removes their participations
with their actions and market leads (a display name and notes are theirs); being a
facilitator goes with the account by itself (a cascade)."""

from core import privacy
from core.privacy import iso
from workshops.models import MarketLead, Participant, Workshop


def _lead(lead: MarketLead | None) -> dict | None:
    """Where a market-round post went: its status and the drafts it became in matching."""
    if lead is None:
        return None
    return {
        "status": lead.status,
        "request": lead.request_id,
        "availability": lead.availability_id,
    }


def _participations(user) -> list[dict]:
    leads = {
        lead.action_id: lead for lead in MarketLead.objects.filter(action__participant__user=user)
    }
    participants = (
        Participant.objects.filter(user=user)
        .select_related("workshop")
        .prefetch_related("actions__step")
        .order_by("joined_at")
    )
    return [
        {
            "workshop": participant.workshop.title,
            "display_name": participant.display_name,
            "joined_at": iso(participant.joined_at),
            "actions": [
                {
                    "step": action.step.title,
                    "kind": action.kind,
                    "payload": action.payload,
                    "created_at": iso(action.created_at),
                    "market_lead": _lead(leads.get(action.pk)),
                }
                for action in participant.actions.all()
            ],
        }
        for participant in participants
    ]


def _workshops_run(user) -> list[dict]:
    return [
        {"title": workshop.title, "code": workshop.code, "created_at": iso(workshop.created_at)}
        for workshop in Workshop.objects.filter(facilitators=user).order_by("created_at")
    ]


def _forget_participations(user) -> None:
    Participant.objects.filter(user=user).delete()


def register() -> None:
    privacy.register(
        "workshop_participations",
        export=_participations,
        models=("workshops.Participant", "workshops.Action", "workshops.MarketLead"),
        erase=_forget_participations,
    )
    privacy.register("workshops_run", export=_workshops_run, models=("workshops.Workshop",))
