"""Photos and logos: re-encoded without metadata, bombs and disguised files refused, replaced
files deleted after the commit, and a photo's URL dies when who may see the profile changes."""

import io

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, PngImagePlugin

from network.choices import Visibility
from network.models import Organisation
from tests.helpers import text_of

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825
ORIENTATION = 0x0112
ORGANISATION_FORM = {
    "name": "Alfa Techniek",
    "sector": "industry_technology",
    "size_class": "small",
    "region": "noord-brabant",
    "place": "Eindhoven",
    "website": "https://alfa.example",
    "description": "Wij onderhouden machines.",
}


def _exif_with_gps() -> bytes:
    exif = Image.Exif()
    exif[ORIENTATION] = 6  # the phone was held upright: rotate 90° clockwise to show it
    exif[0x010F] = "PhoneMaker"
    exif[GPS_IFD] = {1: "N", 2: (52.0, 5.0, 7.5), 3: "E", 4: (4.0, 30.0, 1.25)}
    return exif.tobytes()


def phone_photo(size=(3000, 2000)) -> bytes:
    """A JPEG as a phone writes it: EXIF with GPS position, camera make and orientation."""
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(
        buffer, "JPEG", exif=_exif_with_gps(), xmp=b"<x:xmpmeta>GPSLatitude</x:xmpmeta>"
    )
    return buffer.getvalue()


def png(size=(40, 40), mode="RGB", text: str = "") -> bytes:
    buffer = io.BytesIO()
    info = PngImagePlugin.PngInfo()
    if text:
        info.add_text("Comment", text)
    Image.new(mode, size).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def _profile_form(person, **changes):
    data = {
        "first_name": person.user.first_name,
        "last_name": person.user.last_name,
        "job_title": person.job_title,
        "bio": person.bio,
        "visibility": person.visibility,
    }
    data.update(changes)
    return data


def _post_photo(client, person, content: bytes, name: str, **changes):
    upload = SimpleUploadedFile(name, content, content_type="image/jpeg")
    return client.post(
        "/netwerk/mijn-profiel/", {**_profile_form(person, **changes), "photo": upload}
    )


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def person(member, media):
    return member.person


def _stored(field_file) -> Image.Image:
    with default_storage.open(field_file.name, "rb") as stored:
        return Image.open(io.BytesIO(stored.read()))


def test_photo_is_stored_upright_scaled_down_and_without_metadata(client, person):
    original = phone_photo()
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(GPS_IFD)  # the test means it
    client.force_login(person.user)
    response = _post_photo(client, person, original, "IMG_0001.jpg")
    assert response.status_code == 302
    person.refresh_from_db()
    with default_storage.open(person.photo.name, "rb") as stored:
        raw = stored.read()
    image = Image.open(io.BytesIO(raw))
    assert image.size == (683, 1024)  # rotated upright, longest side 1024
    assert not image.getexif()
    assert not {"exif", "xmp", "icc_profile"} & set(image.info)
    assert b"PhoneMaker" not in raw and b"GPS" not in raw
    assert "IMG_0001" not in person.photo.name
    assert str(person.public_id) not in person.photo.name  # nothing to guess it from
    # Everywhere the photo is shown, it is the stored one.
    profile = text_of(client.get(f"/netwerk/mensen/{person.public_id}/"))
    assert person.photo.url in profile
    listing = text_of(client.get("/netwerk/mensen/", {"q": person.user.last_name}))
    assert f'src="{person.photo.url}"' in listing


def test_logo_is_reencoded_without_its_text_chunks(client, org_a, admin_a, media):
    client.force_login(admin_a)
    logo = SimpleUploadedFile("logo.png", png((2400, 600), "RGBA", text="made on my laptop"))
    response = client.post(
        "/netwerk/organisaties/alfa-techniek/bewerken/", {**ORGANISATION_FORM, "logo": logo}
    )
    assert response.status_code == 302
    org_a.refresh_from_db()
    image = _stored(org_a.logo)
    assert image.format == "PNG" and image.mode == "RGBA"  # transparency kept
    assert image.size == (1024, 256)
    assert "Comment" not in image.info
    assert org_a.logo.url in text_of(client.get("/netwerk/organisaties/alfa-techniek/"))


# Django's ImageField opens the upload first, and Pillow warns about the 100 megapixels.
@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        # 100 megapixels in a PNG of 12 KB: refused from the header, before decoding.
        (png((10_000, 10_000), "1"), "bomb.png", "te veel pixels"),
        (png((6_000, 5_000), "1"), "poster.png", "te veel pixels (6000 × 5000)"),
        (png(), "photo.jpg", "past niet bij de inhoud"),
        (phone_photo((40, 40)), "photo.png", "past niet bij de inhoud"),
        (phone_photo((40, 40)), "photo.gif", "Kies een JPEG-, PNG- of WebP-afbeelding"),
    ],
    ids=["bomb", "too-many-pixels", "png-named-jpg", "jpeg-named-png", "jpeg-named-gif"],
)
def test_bombs_and_disguised_files_are_refused_and_nothing_changes(
    client, person, content, name, message
):
    client.force_login(person.user)
    response = _post_photo(client, person, content, name, job_title="Nieuwe titel")
    assert response.status_code == 400
    assert message in text_of(response)
    person.refresh_from_db()
    assert person.job_title == "" and not person.photo
    assert not default_storage.listdir("")[1] and not default_storage.exists("people")


def test_a_disguised_logo_is_refused_with_the_form(client, org_a, admin_a, media):
    client.force_login(admin_a)
    logo = SimpleUploadedFile("logo.webp", png((50, 50)))
    response = client.post(
        "/netwerk/organisaties/alfa-techniek/bewerken/", {**ORGANISATION_FORM, "logo": logo}
    )
    assert response.status_code == 400
    assert "past niet bij de inhoud" in text_of(response)
    assert not Organisation.objects.get(pk=org_a.pk).logo


def test_a_replaced_photo_is_deleted_after_the_commit(
    client, person, django_capture_on_commit_callbacks
):
    client.force_login(person.user)
    _post_photo(client, person, phone_photo((80, 60)), "first.jpg")
    person.refresh_from_db()
    first = person.photo.name
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        _post_photo(client, person, phone_photo((60, 80)), "second.jpg")
    # Until the change is committed the old file stays: a rollback still points at it.
    assert default_storage.exists(first)
    for callback in callbacks:
        callback()
    person.refresh_from_db()
    assert not default_storage.exists(first)
    assert default_storage.exists(person.photo.name) and person.photo.name != first

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/netwerk/mijn-profiel/", {**_profile_form(person), "remove_photo": "on"})
    assert not default_storage.exists(person.photo.name)
    person.refresh_from_db()
    assert not person.photo


def test_a_replaced_or_removed_logo_is_deleted(
    client, org_a, admin_a, media, django_capture_on_commit_callbacks
):
    client.force_login(admin_a)
    url = "/netwerk/organisaties/alfa-techniek/bewerken/"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {**ORGANISATION_FORM, "logo": SimpleUploadedFile("a.png", png())})
    org_a.refresh_from_db()
    first = org_a.logo.name
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {**ORGANISATION_FORM, "logo": SimpleUploadedFile("b.png", png())})
    org_a.refresh_from_db()
    assert not default_storage.exists(first)
    second = org_a.logo.name
    assert default_storage.exists(second)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {**ORGANISATION_FORM, "remove_logo": "on"})
    org_a.refresh_from_db()
    assert not org_a.logo and not default_storage.exists(second)


@pytest.mark.parametrize("visibility", [Visibility.HIDDEN, Visibility.PUBLIC])
def test_a_photo_gets_a_new_url_when_who_may_see_the_profile_changes(
    client, person, visibility, django_capture_on_commit_callbacks
):
    client.force_login(person.user)
    _post_photo(client, person, phone_photo((80, 60)), "me.jpg")
    person.refresh_from_db()
    old_url, old_name = person.photo.url, person.photo.name
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/netwerk/mijn-profiel/",
            _profile_form(person, visibility=visibility, listing_consent="on"),
        )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.visibility == visibility
    # The file behind the old URL is gone; the photo lives on under a new random name.
    assert not default_storage.exists(old_name)
    assert person.photo.url != old_url and default_storage.exists(person.photo.name)
    assert _stored(person.photo).size == (60, 80)  # upright, as stored the first time
    own_page = text_of(client.get(f"/netwerk/mensen/{person.public_id}/"))
    assert person.photo.url in own_page and old_url not in own_page


def test_saving_the_profile_unchanged_keeps_the_photo_and_its_url(client, person):
    client.force_login(person.user)
    _post_photo(client, person, phone_photo((80, 60)), "me.jpg")
    person.refresh_from_db()
    name = person.photo.name
    assert client.post("/netwerk/mijn-profiel/", _profile_form(person)).status_code == 302
    person.refresh_from_db()
    assert person.photo.name == name and default_storage.exists(name)


def test_logo_uploaded_in_the_admin_is_checked_and_reencoded(
    admin_client, org_a, media, django_capture_on_commit_callbacks
):
    url = reverse("wagtailsnippets_network_organisation:edit", args=[org_a.pk])
    form = admin_client.get(url).context["form"]
    data = {
        name: value
        for name, value in form.initial.items()
        if name not in {"logo", "offers", "needs", "status", "agreement_signed_on"}
        and value is not None
    }
    data["place"] = ""
    refused = admin_client.post(url, {**data, "logo": SimpleUploadedFile("x.jpg", png())})
    assert refused.status_code == 200  # the form again, with its error
    assert "past niet bij de inhoud" in text_of(refused)
    assert not Organisation.objects.get(pk=org_a.pk).logo

    photo = SimpleUploadedFile("logo.jpg", phone_photo())
    assert admin_client.post(url, {**data, "logo": photo}).status_code == 302
    org_a.refresh_from_db()
    image = _stored(org_a.logo)
    assert image.size == (683, 1024) and not image.getexif()

    first = org_a.logo.name
    with django_capture_on_commit_callbacks(execute=True):
        replaced = admin_client.post(url, {**data, "logo": SimpleUploadedFile("b.png", png())})
    assert replaced.status_code == 302
    org_a.refresh_from_db()
    assert org_a.logo.name != first and not default_storage.exists(first)
