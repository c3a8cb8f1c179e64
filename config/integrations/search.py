"""Wagtail search backend: Wagtail's database backend (SQLite FTS or PostgreSQL full text)."""

from config.env import env


def wagtailsearch_backends() -> dict:
    """Return WAGTAILSEARCH_BACKENDS.

    The database backend serves the embedded default. On PostgreSQL it uses the Dutch text
    search configuration, so that word forms ("docenten", "docent") find each other.
    """
    backend = {"BACKEND": "wagtail.search.backends.database"}
    if env.db("DATABASE_URL", default="sqlite:///").get("ENGINE", "").endswith("postgresql"):
        backend["SEARCH_CONFIG"] = "dutch"
    return {"default": backend}
