"""A person keeps their own profile: consent follows visibility, uploads are checked."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from network.choices import ConsentPurpose, Visibility
from network.models import Consent, Person
from tests.helpers import text_of
from vocabulary.models import Term

pytestmark = pytest.mark.django_db


def _png(size=(40, 40), extra_bytes=0) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, "PNG")
    return buffer.getvalue() + b"\0" * extra_bytes


def _form(person, **changes):
    data = {
        "first_name": person.user.first_name,
        "last_name": person.user.last_name,
        "job_title": "Planner",
        "bio": "Ik plan roosters.",
        "languages": ["nl", "en"],
        "visibility": person.visibility,
    }
    data.update(changes)
    return data


@pytest.fixture
def person(member):
    return member.person


def test_person_updates_profile_with_vocabulary_and_languages(client, person):
    client.force_login(person.user)
    planning = Term.objects.get(slug="roosteren")
    bhv = Term.objects.get(slug="bhv")
    response = client.post(
        "/netwerk/mijn-profiel/",
        _form(person, expertise=[planning.pk], qualifications=[bhv.pk]),
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.job_title == "Planner"
    assert person.languages == ["nl", "en"]
    assert list(person.expertise.all()) == [planning]
    html = text_of(client.get(f"/netwerk/mensen/{person.public_id}/"))
    assert "Planning en roostering" in html and "Engels" in html


def test_changing_visibility_asks_consent_and_records_it(client, person):
    client.force_login(person.user)
    refused = client.post("/netwerk/mijn-profiel/", _form(person, visibility="public"))
    assert refused.status_code == 400
    assert Person.objects.get(pk=person.pk).visibility == Visibility.MEMBERS

    client.post("/netwerk/mijn-profiel/", _form(person, visibility="public", listing_consent="on"))
    listing = Consent.objects.filter(person=person, purpose=ConsentPurpose.LISTING)
    current = listing.get(withdrawn_at__isnull=True)
    assert "iedereen die de site bezoekt" in current.text
    assert listing.filter(withdrawn_at__isnull=False).count() == 1  # the members-only one

    client.post(
        "/netwerk/mijn-profiel/", _form(Person.objects.get(pk=person.pk), visibility="hidden")
    )
    assert not listing.filter(withdrawn_at__isnull=True).exists()


def test_a_photo_is_stored_and_shown(client, person, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(person.user)
    photo = SimpleUploadedFile("me.png", _png(), content_type="image/png")
    assert (
        client.post("/netwerk/mijn-profiel/", {**_form(person), "photo": photo}).status_code == 302
    )
    person.refresh_from_db()
    assert person.photo.name.startswith("people/")
    assert person.photo.url in text_of(client.get(f"/netwerk/mensen/{person.public_id}/"))


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("cv.png", b"not an image at all", content_type="image/png"),
            "geldige afbeelding",
        ),
        (
            SimpleUploadedFile(
                "big.png", _png(extra_bytes=3 * 1024 * 1024), content_type="image/png"
            ),
            "te groot",
        ),
    ],
)
def test_bad_photos_are_refused_and_nothing_changes(
    client, person, settings, tmp_path, upload, message
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(person.user)
    response = client.post(
        "/netwerk/mijn-profiel/", {**_form(person, job_title="Nieuwe titel"), "photo": upload}
    )
    assert response.status_code == 400
    assert message in text_of(response)
    assert 'value="Nieuwe titel"' in text_of(response)
    person.refresh_from_db()
    assert person.job_title == "" and not person.photo


def test_unknown_vocabulary_term_is_refused(client, person):
    client.force_login(person.user)
    response = client.post("/netwerk/mijn-profiel/", _form(person, expertise=["999999"]))
    assert response.status_code == 400
    assert "Selecteer een geldige keuze" in text_of(response)
