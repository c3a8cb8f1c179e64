"""The demo has a workshop held at a past session, whose report is published with its
results, and one ready to run from the plate template at an upcoming session."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from actieplaat.models import ElementPage
from network.models import SessionPage
from tests.helpers import text_of
from workshops.choices import WorkshopStatus
from workshops.models import Workshop

pytestmark = pytest.mark.django_db


def test_the_demo_facilitator_finds_a_finished_workshop_and_one_ready_to_run(client):
    call_command("load_demo", "--with-demo-logins", "--force", verbosity=0)
    ended = Workshop.objects.get(status=WorkshopStatus.ENDED)
    ready = Workshop.objects.get(status=WorkshopStatus.DRAFT)
    assert ended.session.end < timezone.now() < ready.session.start
    assert [s.kind for s in ready.steps.order_by("order")] == [
        "info",
        "dot_vote",
        "idea_wall",
        "market",
    ]
    assert ended.participants.count() == 6
    assert ended.steps.get(kind="poll").actions.count() == 6

    session = SessionPage.objects.get(pk=ended.session_id)
    assert not session.has_unpublished_changes
    html = text_of(client.get(session.url))
    assert 'class="heat-map__svg"' in html
    assert "Monteurs een dag per week uitlenen aan de zorg" in html
    assert "<td>Weet nog niet</td><td>2</td>" in html

    # Two notes the facilitator tagged with one element count on that element's page.
    wall = ended.steps.get(kind="idea_wall")
    tagged = [
        note.moderation["element"] for note in wall.actions.filter(moderation__has_key="element")
    ]
    element = ElementPage.objects.get(pk=max(set(tagged), key=tagged.count))
    page = text_of(client.get(element.url))
    assert "Wat bijeenkomsten zeiden" in page
    assert (
        "1 keer genoemd onder “Obstakels”" in page and "1 keer genoemd onder “Oplossingen”" in page
    )

    assert client.login(email="facilitator@demo.brederbelang.nl", password="breder-belang")
    assert ready.facilitators.filter(email="facilitator@demo.brederbelang.nl").exists()
    console = client.get(f"/live/{ready.code}/console/")
    assert console.status_code == 200

    call_command("load_demo", "--with-demo-logins", "--force", verbosity=0)
    assert Workshop.objects.count() == 2
