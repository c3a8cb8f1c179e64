"""The place on the organisation form shows as its label and saves back unchanged."""

import pytest

from tests.helpers import text_of
from tests.html_forms import form_data
from vocabulary.models import Place

pytestmark = pytest.mark.django_db

EDIT = "/netwerk/organisaties/alfa-techniek/bewerken/"


def test_the_edit_form_shows_the_place_and_saves_unchanged(client, org_a, admin_a):
    place = Place.objects.filter(name="Eindhoven").first()
    org_a.place = place
    org_a.save()
    client.force_login(admin_a)
    page = client.get(EDIT)
    assert f'value="{place.label}"' in text_of(page)
    assert form_data(page)["place"] == [place.label]

    response = client.post(EDIT, form_data(page))

    assert response.status_code == 302, text_of(response)
    org_a.refresh_from_db()
    assert org_a.place == place


def test_an_organisation_without_a_place_saves_unchanged(client, org_a, admin_a):
    client.force_login(admin_a)
    page = client.get(EDIT)
    assert form_data(page)["place"] == [""]
    assert client.post(EDIT, form_data(page)).status_code == 302
    org_a.refresh_from_db()
    assert org_a.place is None


def test_sign_up_shows_the_typed_place_again_after_an_error(client):
    place = Place.objects.filter(name="Eindhoven").first()
    response = client.post(
        "/account/aanmelden/",
        {
            "organisation-name": "Nieuwe Organisatie",
            "organisation-place": place.label,
            "person-email": "niet-een-adres",
        },
    )
    assert response.status_code == 400
    assert f'value="{place.label}"' in text_of(response)
