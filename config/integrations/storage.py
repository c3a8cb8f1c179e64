"""File storage: local media files, and static files served by WhiteNoise."""

from config.env import env


def storages() -> dict:
    """Return STORAGES; hashed, compressed static files unless STATIC_MANIFEST is off."""
    static_backend = (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if env.bool("STATIC_MANIFEST", default=True)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    )
    return {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": static_backend},
    }
