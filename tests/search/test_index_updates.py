"""Changes in the network reach the index as tasks: the network's services announce them
(network.signals) and search queues its own index updates, without the network knowing."""

import pytest
from django_tasks import default_task_backend

from network.choices import Visibility

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued(settings):
    """Live index updates on, with an engine configured that is never reached: the dummy
    task backend keeps what was queued, as (kind, object ids), without running it."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.SEARCH_INDEX_UPDATES = True
    settings.OPENSEARCH_URL = "http://127.0.0.1:9"

    def updates():
        return [
            (result.kwargs["kind"], sorted(result.kwargs["object_ids"]))
            for result in default_task_backend.results
            if result.task.module_path == "search.tasks.index_update"
        ]

    return updates


def test_editing_an_organisation_queues_an_update_of_it_and_its_people(
    client, org_a, admin_a, queued, django_capture_on_commit_callbacks
):
    client.force_login(admin_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/netwerk/organisaties/alfa-techniek/bewerken/",
            {
                "name": "Alfa Techniek",
                "sector": "industry_technology",
                "size_class": "small",
                "region": "noord-brabant",
                "description": "Nieuwe beschrijving.",
            },
        )
    assert response.status_code == 302
    assert queued() == [
        ("organisations", [str(org_a.pk)]),
        ("people", [str(admin_a.person.pk)]),
    ]


def test_a_status_decision_queues_an_update_of_the_organisation(
    client, org_a, admin_a, loket, queued, django_capture_on_commit_callbacks
):
    client.force_login(loket)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/netwerk/organisaties/alfa-techniek/status/", {"status": "declined"})
    assert ("organisations", [str(org_a.pk)]) in queued()
    assert ("people", [str(admin_a.person.pk)]) in queued()


def test_a_profile_edit_queues_an_update_of_the_person(
    client, member, queued, django_capture_on_commit_callbacks
):
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/netwerk/mijn-profiel/",
            {
                "first_name": "Mees",
                "last_name": "Meelezer",
                "job_title": "Planner",
                "visibility": Visibility.HIDDEN,
            },
        )
    assert response.status_code == 302
    assert queued() == [("people", [str(member.person.pk)])]


def test_erasing_an_account_queues_the_removal_of_the_persons_document(
    client, member, queued, django_capture_on_commit_callbacks
):
    person_pk = str(member.person.pk)
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/netwerk/mijn-gegevens/", {"confirm": "1", "password": "secret-password"}
        )
    assert response.status_code == 302
    assert queued() == [("people", [person_pk])]


def test_nothing_is_queued_while_updates_are_off(
    client, member, queued, settings, django_capture_on_commit_callbacks
):
    settings.SEARCH_INDEX_UPDATES = False
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/netwerk/mijn-profiel/",
            {"first_name": "Mees", "last_name": "Meelezer", "visibility": Visibility.HIDDEN},
        )
    assert queued() == []
