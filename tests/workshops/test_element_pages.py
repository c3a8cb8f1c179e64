"""An element's page shows what ended workshops said about it: the dots it got and the
notes tagged with it, per column, with links to the sessions."""

import pytest
from wagtail.models import Page, Site

from network.factories import SessionPageFactory
from network.models import SessionIndexPage, SessionPage
from tests.helpers import queries_of, text_of
from tests.workshops.conftest import Room, open_step, steer
from tests.workshops.helpers import act, hold_workshop, session_in_the_past
from workshops import services

pytestmark = pytest.mark.django_db


def _plate_on_site(room) -> None:
    home = Site.objects.get(is_default_site=True).root_page
    plate = Page.objects.get(slug="plaat-test")
    plate.move(home, pos="last-child")
    for element in room.elements:
        element.refresh_from_db()


def _another_room(room, title, wall_elements=()) -> Room:
    session = SessionPageFactory(parent=SessionIndexPage.objects.get(), title=title)
    workshop = services.workshop_from_plate_template(
        session=session,
        title=title,
        facilitators=[room.facilitator],
        plate=Page.objects.get(slug="plaat-test").specific,
        wall_elements=wall_elements,
    )
    return Room(
        workshop=workshop, facilitator=room.facilitator, elements=room.elements, session=session
    )


def test_an_element_page_counts_the_dots_and_tagged_notes_of_ended_workshops(
    room, client, django_capture_on_commit_callbacks
):
    _plate_on_site(room)
    session_in_the_past(room)
    first, second, _third = room.elements
    with django_capture_on_commit_callbacks(execute=True):
        hold_workshop(room, tag_element=first)
    html = text_of(client.get(first.url))
    assert "In 1 bijeenkomst gaven organisaties dit element 5 stippen." in html
    assert "1 keer genoemd onder “Obstakels”" in html
    assert f'href="{SessionPage.objects.get(pk=room.session.pk).url}"' in html
    other = text_of(client.get(second.url))
    assert "dit element 1 stip" in other or "dit element 1 stippen" in other
    assert "Obstakels" not in other


def test_a_workshop_still_running_does_not_count(room, client):
    _plate_on_site(room)
    first = room.elements[0]
    hold_workshop(room, end=False, tag_element=first)
    assert "What sessions said" not in text_of(client.get(first.url, HTTP_ACCEPT_LANGUAGE="en"))
    assert "gaven organisaties" not in text_of(client.get(first.url))


def test_the_element_page_runs_as_many_queries_for_three_sessions_as_for_one(
    room, client, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    _plate_on_site(room)
    first = room.elements[0]
    with django_capture_on_commit_callbacks(execute=True):
        hold_workshop(room, tag_element=first)
    one = queries_of(client, first.url)
    for title in ("Tweede werkplaats", "Derde werkplaats"):
        with django_capture_on_commit_callbacks(execute=True):
            hold_workshop(_another_room(room, title), tag_element=first)
    assert "In 3 bijeenkomsten" in text_of(client.get(first.url))
    with django_assert_max_num_queries(one):
        client.get(first.url)


def test_a_workshop_of_an_unpublished_session_does_not_count(
    room, client, django_capture_on_commit_callbacks
):
    _plate_on_site(room)
    first = room.elements[0]
    with django_capture_on_commit_callbacks(execute=True):
        hold_workshop(room, tag_element=first)
    assert "gaven organisaties dit element 5 stippen" in text_of(client.get(first.url))
    SessionPage.objects.get(pk=room.session.pk).unpublish()
    html = text_of(client.get(first.url))
    assert "gaven organisaties" not in html and "Obstakels" not in html


def test_notes_on_a_wall_about_an_element_count_for_it_without_tagging(
    room, client, django_capture_on_commit_callbacks
):
    _plate_on_site(room)
    first, second, _third = room.elements
    held = _another_room(room, "Werkplaats over één element", wall_elements=[second.pk])
    session_in_the_past(held)
    wall = held.workshop.steps.get(kind="idea_wall")
    assert wall.config["element"] == second.pk and second.title in wall.title
    anna = services.participant_join(workshop=held.workshop, display_name="Anna")
    open_step(held, 3)
    note = act(anna, "note_post", {"column": 0, "text": "Samen een monteur delen"}, "a1")
    assert note.action.moderation == {"element": second.pk}
    with django_capture_on_commit_callbacks(execute=True):
        steer(held, "end")
    assert "1 keer genoemd onder “Kansen”" in text_of(client.get(second.url))
    assert "Kansen" not in text_of(client.get(first.url))
