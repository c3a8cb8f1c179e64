"""The case form chooses nothing for the member: every choice starts empty and is required
where the case needs it, with a Dutch error that says what to choose."""

import pytest
from django.urls import reverse

from cases.models import CasePage
from tests.cases.test_contributions import CONTRIBUTION, _with_choices, submit
from tests.helpers import text_of
from tests.html_forms import form_data, form_fields

pytestmark = pytest.mark.django_db


def test_the_empty_form_preselects_no_region_duration_or_role(client, member):
    client.force_login(member)
    html = text_of(client.get(reverse("contributions:create")))
    fields = form_fields(html)
    submitted = dict(fields)
    # What a browser would send for the untouched form.
    assert submitted["region"] == ""
    assert submitted["duration"] == ""
    roles = [value for name, value in fields if name.endswith("-role")]
    assert roles and set(roles) == {""}
    assert not [name for name, _ in fields if name in ("mobility_forms", "elements")]
    assert "Kies een regio" in html
    assert "Kies een duur" in html
    assert "Kies een rol" in html
    assert "Kies een organisatie" in html


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("region", "Kies de regio waar de uitwisseling plaatsvond."),
        ("duration", "Kies hoe lang de uitwisseling duurde."),
        ("mobility_forms", "Kies ten minste één vorm van mobiliteit."),
    ],
)
def test_a_required_choice_left_empty_is_refused_with_its_own_error(
    client, member, missing, message
):
    client.force_login(member)
    before = CasePage.objects.count()
    data = {**_with_choices(CONTRIBUTION), "action": "save"}
    del data[missing]  # what a browser sends when nothing is chosen: no value at all
    response = client.post(reverse("contributions:create"), data)
    assert response.status_code == 400
    assert message in text_of(response)
    assert CasePage.objects.count() == before


def test_the_untouched_form_as_a_browser_sends_it_saves_nothing(client, member):
    client.force_login(member)
    html = text_of(client.get(reverse("contributions:create")))
    data = {
        **form_data(html),
        "title": "Een titel",
        "summary": "Kort.",
        "story": "Het verhaal.",
        "action": "save",
    }
    response = client.post(reverse("contributions:create"), data)
    assert response.status_code == 400
    page = text_of(response)
    assert "Kies de regio waar de uitwisseling plaatsvond." in page
    assert "Kies hoe lang de uitwisseling duurde." in page
    assert not CasePage.objects.filter(title="Een titel").exists()


def test_editing_shows_the_choices_the_member_made(client, member):
    client.force_login(member)
    submit(client, {**CONTRIBUTION, "region": "limburg", "duration": "long"}, action="save")
    case = CasePage.objects.get(author=member)
    fields = dict(form_fields(text_of(client.get(reverse("contributions:edit", args=[case.pk])))))
    assert fields["region"] == "limburg"
    assert fields["duration"] == "long"


def test_a_result_line_longer_than_the_page_allows_is_refused(client, member):
    client.force_login(member)
    too_long = {**CONTRIBUTION, "outcomes": "Kort resultaat\n" + "x" * 301}
    response = submit(client, too_long, action="save")
    assert response.status_code == 400
    assert "Houd elk resultaat op hoogstens 300 tekens." in text_of(response)
    assert not CasePage.objects.filter(author=member).exists()
    assert submit(client, {**too_long, "outcomes": "x" * 300}, action="save").status_code == 302
