"""A workshop that was held: two participants vote on the plate, post and upvote notes and
answer a poll, then the facilitator ends it (the report is written on commit)."""

import datetime

from django.utils import timezone
from wagtail.models import Page

from network.models import SessionIndexPage, SessionPage
from tests.workshops.conftest import open_step, steer
from workshops import services


def act(participant, kind, payload, client_id):
    return services.action_submit(
        participant=participant, kind=kind, payload=payload, client_id=client_id
    )


def session_in_the_past(room) -> None:
    """Move the room's session under the demo site's session index, three days ago."""
    index = SessionIndexPage.objects.get()
    Page.objects.get(pk=room.session.pk).move(index, pos="last-child")
    start = timezone.now() - datetime.timedelta(days=3)
    SessionPage.objects.filter(pk=room.session.pk).update(
        start=start, end=start + datetime.timedelta(hours=2)
    )


def hold_workshop(room, *, end=True, tag_element=None) -> dict:
    """Run the room's workshop; `tag_element` has the facilitator tag the first note with
    that element of the plate."""
    first, second, third = room.elements
    anna = services.participant_join(workshop=room.workshop, display_name="Anna de Vries")
    bas = services.participant_join(workshop=room.workshop, display_name="Bas Jansen")
    open_step(room, 2)
    act(anna, "dots_place", {"dots": {str(first.pk): 2, str(second.pk): 1}}, "a1")
    act(bas, "dots_place", {"dots": {str(third.pk): 1}}, "b1")
    # A new placing replaces the old one: Bas's dots end on the first element.
    act(bas, "dots_place", {"dots": {str(first.pk): 3}}, "b2")
    open_step(room, 3)
    note = act(anna, "note_post", {"column": 1, "text": "Geen vervanger voor de monteur"}, "a2")
    act(bas, "note_post", {"column": 0, "text": "Monteur lenen op dinsdag"}, "b3")
    act(bas, "note_upvote", {"note": note.action.pk}, "b4")
    if tag_element is not None:
        services.action_moderate(
            workshop=room.workshop,
            user=room.facilitator,
            action_id=note.action.pk,
            command="tag",
            value=tag_element.pk,
        )
    poll = services.step_add(
        workshop=room.workshop,
        kind="poll",
        title="Gaat u dit jaar uitlenen?",
        config={"options": ["Ja", "Nee", "Weet nog niet"]},
    )
    steer(room, ("goto", poll.pk), ("input", True))
    act(anna, "poll_answer", {"options": [0]}, "a3")
    act(bas, "poll_answer", {"options": [2]}, "b5")
    if end:
        steer(room, "end")
    return {"anna": anna, "bas": bas, "note": note.action, "poll": poll}
