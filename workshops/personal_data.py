"""What the live workshops hold about a person (registered in `WorkshopsConfig.ready`): the
workshops they joined as a logged-in member, with what they did there, and the workshops they
run. Erasing the account removes their participations with their actions (a display name and
notes are theirs); being a facilitator goes with the account by itself (a cascade)."""

from core import privacy
from core.privacy import iso
from workshops.models import Participant, Workshop


def _participations(user) -> list[dict]:
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
        models=("workshops.Participant", "workshops.Action"),
        erase=_forget_participations,
    )
    privacy.register("workshops_run", export=_workshops_run, models=("workshops.Workshop",))
