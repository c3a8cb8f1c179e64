"""Members contribute cases through the desk's moderation: draft, submit, approve or reject."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from cases.models import CasePage
from network.models import Organisation
from tests.helpers import page_by_slug, queries_of, text_of
from vocabulary.models import MobilityForm

pytestmark = pytest.mark.django_db

CONTRIBUTION = {
    "title": "Monteurs delen tussen twee werkplaatsen",
    "summary": "Twee bedrijven in de regio lenen elkaar monteurs uit bij pieken.",
    "region": "noord-brabant",
    "hours_per_week_min": "8",
    "hours_per_week_max": "16",
    "duration": "medium",
    "duration_note": "een half jaar",
    "story": "Het begon met een telefoontje.\n\nDaarna maakten we afspraken.",
    "outcomes": "Geen uitzendkrachten nodig\nMonteurs leerden nieuwe machines kennen",
    "tags": "techniek, Pieken",
    "org-TOTAL_FORMS": "3",
    "org-INITIAL_FORMS": "0",
    "org-MIN_NUM_FORMS": "0",
    "org-MAX_NUM_FORMS": "10",
    "obstacle-TOTAL_FORMS": "2",
    "obstacle-INITIAL_FORMS": "0",
    "obstacle-MIN_NUM_FORMS": "0",
    "obstacle-MAX_NUM_FORMS": "10",
    "obstacle-0-obstacle": "Wie is aansprakelijk bij een ongeval?",
    "obstacle-0-solution": "Vastgelegd in de uitleenovereenkomst.",
}


def _with_choices(data: dict) -> dict:
    data = dict(data)
    data.setdefault("org-0-organisation", Organisation.objects.get(slug="chain-logistics").pk)
    data.setdefault("org-0-role", "lending")
    data.setdefault("org-1-organisation", Organisation.objects.get(slug="wiltec").pk)
    data.setdefault("org-1-role", "borrowing")
    data.setdefault("mobility_forms", [MobilityForm.objects.get(slug="collegiaal-uitlenen").pk])
    data.setdefault("elements", [page_by_slug("elkaar-leren-kennen").pk])
    return data


def submit(client, data, action="submit"):
    return client.post(reverse("contributions:create"), {**_with_choices(data), "action": action})


def _task_state(case):
    return WorkflowState.objects.get(
        object_id=str(case.pk), status__in=["in_progress", "needs_changes"]
    ).current_task_state


def approve(client, loket, case, comment=""):
    client.force_login(loket)
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[case.pk, "approve", _task_state(case).pk]
    )
    return client.post(url, {"comment": comment})


def reject(client, loket, case, comment):
    client.force_login(loket)
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[case.pk, "reject", _task_state(case).pk]
    )
    return client.post(url, {"comment": comment})


def test_member_submits_the_desk_approves_the_case_goes_live_and_the_author_is_told(
    client, member, loket, django_capture_on_commit_callbacks
):
    client.force_login(member)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert submit(client, CONTRIBUTION).status_code == 302
    case = CasePage.objects.get(title=CONTRIBUTION["title"])
    assert not case.live
    assert case.author == member and case.contributed_by_member
    assert case.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    listing = text_of(client.get(reverse("contributions:list")))
    assert "Ligt bij het loket ter beoordeling" in listing
    assert client.get(f"{page_by_slug('praktijkvoorbeelden').url}{case.slug}/").status_code == 404
    # The desk gets Wagtail's notification of a page awaiting review.
    assert any(loket.email in message.to for message in mail.outbox)

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = approve(client, loket, case)
    assert response.status_code in (200, 302)
    case = CasePage.objects.get(pk=case.pk)
    assert case.live
    html = text_of(client.get(case.url))
    assert "Monteurs delen tussen twee werkplaatsen" in html
    assert "Wie is aansprakelijk bij een ongeval?" in html
    assert set(case.tags.names()) == {"techniek", "pieken"}
    to_author = [m for m in mail.outbox if m.to == [member.email]]
    assert len(to_author) == 1
    assert "gepubliceerd" in to_author[0].subject

    client.force_login(member)
    assert "Gepubliceerd" in text_of(client.get(reverse("contributions:list")))


def test_the_desk_rejects_with_a_comment_the_author_edits_and_resubmits(
    client, member, loket, django_capture_on_commit_callbacks
):
    client.force_login(member)
    submit(client, CONTRIBUTION)
    case = CasePage.objects.get(title=CONTRIBUTION["title"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        reject(client, loket, case, "Noem ook wat het de organisaties kostte.")
    case = CasePage.objects.get(pk=case.pk)
    assert not case.live
    to_author = [m for m in mail.outbox if m.to == [member.email]]
    assert len(to_author) == 1
    assert "Noem ook wat het de organisaties kostte." in to_author[0].body

    client.force_login(member)
    listing = text_of(client.get(reverse("contributions:list")))
    assert "Wijzigingen gevraagd" in listing
    assert "Noem ook wat het de organisaties kostte." in listing
    edit_url = reverse("contributions:edit", args=[case.pk])
    form = text_of(client.get(edit_url))
    assert 'value="Monteurs delen tussen twee werkplaatsen"' in form
    assert "Daarna maakten we afspraken." in form

    response = client.post(
        edit_url,
        {
            **_with_choices({**CONTRIBUTION, "summary": "Nu met de kosten erbij."}),
            "action": "submit",
        },
    )
    assert response.status_code == 302
    case = CasePage.objects.get(pk=case.pk)
    assert case.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert case.get_latest_revision_as_object().summary == "Nu met de kosten erbij."
    approve(client, loket, case)
    case = CasePage.objects.get(pk=case.pk)
    assert case.live and case.summary == "Nu met de kosten erbij."


def test_a_draft_can_be_saved_and_edited_before_submitting(client, member):
    client.force_login(member)
    submit(client, CONTRIBUTION, action="save")
    case = CasePage.objects.get(title=CONTRIBUTION["title"])
    assert case.current_workflow_state is None
    assert "Concept" in text_of(client.get(reverse("contributions:list")))
    response = client.post(
        reverse("contributions:edit", args=[case.pk]),
        {**_with_choices({**CONTRIBUTION, "title": "Een betere titel"}), "action": "save"},
    )
    assert response.status_code == 302
    assert (
        CasePage.objects.get(pk=case.pk).get_latest_revision_as_object().title == "Een betere titel"
    )


def test_a_case_with_the_desk_cannot_be_edited_and_others_cannot_touch_it(client, member, admin_a):
    client.force_login(member)
    submit(client, CONTRIBUTION)
    case = CasePage.objects.get(title=CONTRIBUTION["title"])
    assert client.get(reverse("contributions:edit", args=[case.pk])).status_code == 403
    client.force_login(admin_a)
    from django.contrib.auth.models import Group

    admin_a.groups.add(Group.objects.get(name="Netwerkleden"))
    admin_a = type(admin_a).objects.get(pk=admin_a.pk)
    client.force_login(admin_a)
    assert client.get(reverse("contributions:edit", args=[case.pk])).status_code == 404


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"hours_per_week_min": "20", "hours_per_week_max": "10"},
            "Het hoogste aantal uren is lager dan het laagste.",
        ),
        ({"hours_per_week_max": "80"}, "hoogstens 60"),
        ({"org-0-organisation": "999999"}, "Selecteer een geldige keuze"),
        ({"org-0-role": ""}, "Zeg wat deze organisatie deed."),
        ({"tags": "goed, <script>"}, "is geen bruikbaar trefwoord"),
        ({"obstacle-0-solution": ""}, "Zeg hoe het is opgelost"),
        ({"title": ""}, "Dit is een verplicht veld."),
    ],
)
def test_bad_input_is_refused_keeps_what_was_typed_and_saves_nothing(
    client, member, change, message
):
    client.force_login(member)
    before = CasePage.objects.count()
    response = submit(client, {**CONTRIBUTION, **change})
    assert response.status_code == 400
    html = text_of(response)
    assert message in html
    assert "Het begon met een telefoontje." in html
    assert CasePage.objects.count() == before


def test_only_members_contribute(client, pending_admin):
    assert client.get(reverse("contributions:create")).status_code == 302
    client.force_login(pending_admin)
    assert client.get(reverse("contributions:create")).status_code == 403
    assert submit(client, CONTRIBUTION).status_code == 403


def _contribute_one_of_each(client, member, loket, number: int) -> None:
    """A draft, a case with the desk, one sent back with a comment and a published one."""
    titles = [f"{status} {number}" for status in ("Concept", "Ter beoordeling", "Terug", "Live")]
    client.force_login(member)
    submit(client, {**CONTRIBUTION, "title": titles[0]}, action="save")
    for title in titles[1:]:
        submit(client, {**CONTRIBUTION, "title": title})
    reject(client, loket, CasePage.objects.get(title=titles[2]), f"Graag aanvullen {number}.")
    approve(client, loket, CasePage.objects.get(title=titles[3]))


def test_my_contributions_runs_the_same_queries_for_three_times_as_many_cases(
    client, member, loket
):
    _contribute_one_of_each(client, member, loket, 1)
    client.force_login(member)
    client.get(reverse("contributions:list"))  # warm caches such as the site root paths
    few = queries_of(client, reverse("contributions:list"))
    for number in (2, 3):
        _contribute_one_of_each(client, member, loket, number)
    client.force_login(member)
    listing = text_of(client.get(reverse("contributions:list")))
    assert listing.count("<tr>") == 1 + 12  # the header row and the twelve cases
    for number in (1, 2, 3):
        assert f"Graag aanvullen {number}." in listing
        assert f"Live {number}</a>" in listing
    assert queries_of(client, reverse("contributions:list")) == few
