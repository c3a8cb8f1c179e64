"""Uploaded images (photos, logos): checked from their header, then re-encoded.

Every image a person uploads goes through `image_clean` before it is stored: the checks read
only the file's header (format, width and height), so a decompression bomb is refused before
a single pixel is decoded; the image is then decoded once, turned upright from its EXIF
orientation, converted to sRGB, scaled down to `UPLOAD_IMAGE_MAX_SIDE` and written anew as a
JPEG (or a PNG when it has transparency). The new file carries pixels only: no EXIF (GPS
position, camera, time), no XMP, no text chunks, no colour profile.

Stored files get a random name (`random_name`), so their URL cannot be guessed; the
services give a file a new name whenever who may see it changes, and delete the old file
after the commit (`file_delete_after_commit`).
"""

import contextlib
import io
import os
import uuid
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

# The formats every browser shows, with the extensions a file of each may carry.
EXTENSIONS = {"JPEG": ("jpg", "jpeg"), "PNG": ("png",), "WEBP": ("webp",)}
_SRGB = ImageCms.createProfile("sRGB")


class CleanImage(ContentFile):
    """An image that `image_clean` wrote: upright, scaled down, without metadata."""


def image_clean(upload, *, max_side: int | None = None) -> CleanImage:
    """Check an uploaded image and return it re-encoded, or raise a ValidationError.

    Refused: files above UPLOAD_IMAGE_MAX_BYTES, names without a JPEG, PNG or WebP extension,
    content that is no such image or does not match its extension, and images above
    UPLOAD_IMAGE_MAX_PIXELS (judged from the header, before decoding).
    """
    if isinstance(upload, CleanImage):
        return upload
    max_side = max_side or settings.UPLOAD_IMAGE_MAX_SIDE
    _check_size(upload)
    name = os.path.basename(upload.name or "")
    extension = name.rpartition(".")[2].lower() if "." in name else ""
    if not any(extension in extensions for extensions in EXTENSIONS.values()):
        raise ValidationError(_("Choose a JPEG, PNG or WebP image."), code="invalid_extension")
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow warns about large images at open; the header check below is stricter.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(upload, formats=tuple(EXTENSIONS)) as image:
                _check_header(image, name=name, extension=extension)
                if image.format == "JPEG":
                    # Let the decoder scale down by up to 8 while it reads: far less memory.
                    image.draft("RGB", (max_side, max_side))
                image.load()
                return _reencode(image, max_side=max_side)
    except Image.DecompressionBombError:  # far above any limit: Pillow refuses it at open
        raise _too_many_pixels() from None
    except UnidentifiedImageError:
        raise ValidationError(
            _("This file is not a JPEG, PNG or WebP image, or it is damaged."), code="invalid"
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError):
        # A header that promised an image, followed by data that is not one (truncated, ...).
        raise ValidationError(
            _("This image is damaged and cannot be read."), code="invalid"
        ) from None


def _check_size(upload) -> None:
    if upload.size > settings.UPLOAD_IMAGE_MAX_BYTES:
        raise ValidationError(
            _("The file is too large (%(size)s); the maximum is %(maximum)s."),
            code="file_too_large",
            params={
                "size": filesizeformat(upload.size),
                "maximum": filesizeformat(settings.UPLOAD_IMAGE_MAX_BYTES),
            },
        )


def _check_header(image: Image.Image, *, name: str, extension: str) -> None:
    if extension not in EXTENSIONS[image.format]:
        raise ValidationError(
            _(
                "The file’s name does not match its content: “%(name)s” holds a %(format)s "
                "image. Give it the extension .%(extension)s, or choose another file."
            ),
            code="extension_mismatch",
            params={"name": name, "format": image.format, "extension": EXTENSIONS[image.format][0]},
        )
    width, height = image.size
    if width * height > settings.UPLOAD_IMAGE_MAX_PIXELS:
        raise _too_many_pixels(width, height)


def _too_many_pixels(width: int | None = None, height: int | None = None) -> ValidationError:
    maximum = settings.UPLOAD_IMAGE_MAX_PIXELS // 1_000_000
    if width is None:
        return ValidationError(
            _("The image has too many pixels; the maximum is %(maximum)s megapixels."),
            code="too_many_pixels",
            params={"maximum": maximum},
        )
    return ValidationError(
        _(
            "The image has too many pixels (%(width)s × %(height)s); the maximum is "
            "%(maximum)s megapixels. Make it smaller and try again."
        ),
        code="too_many_pixels",
        params={"width": width, "height": height, "maximum": maximum},
    )


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in {"RGBA", "LA", "PA", "RGBa", "La"} or (
        image.mode == "P" and "transparency" in image.info
    )


def _reencode(image: Image.Image, *, max_side: int) -> CleanImage:
    alpha = _has_alpha(image)
    mode = "RGBA" if alpha else "RGB"
    icc_profile = image.info.get("icc_profile")
    upright = ImageOps.exif_transpose(image)
    # A profile lcms cannot use leaves the values as they are.
    with contextlib.suppress(ImageCms.PyCMSError, OSError, ValueError):
        if icc_profile:
            upright = ImageCms.profileToProfile(
                upright, io.BytesIO(icc_profile), _SRGB, outputMode=mode
            )
    pixels = upright.convert(mode)
    pixels.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    # A fresh image holds the pixels and nothing else: no info, no EXIF, no profile.
    clean = Image.frombytes(mode, pixels.size, pixels.tobytes())
    buffer = io.BytesIO()
    if alpha:
        clean.save(buffer, "PNG", optimize=True)
        extension = "png"
    else:
        clean.save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
        extension = "jpg"
    return CleanImage(buffer.getvalue(), name=f"image.{extension}")


def random_name(folder: str, filename: str) -> str:
    """A stored file's name: a random one (its URL cannot be guessed) with its extension."""
    extension = filename.rpartition(".")[2].lower() if "." in filename else ""
    if not (extension.isalnum() and len(extension) <= 5):
        extension = "bin"
    return f"{folder}/{uuid.uuid4().hex}.{extension}"


def file_delete_after_commit(*, storage, name: str) -> None:
    """Delete a replaced or removed file once the change is committed (never before: a
    rolled-back change still points at it)."""
    if name:
        transaction.on_commit(lambda: storage.delete(name))
