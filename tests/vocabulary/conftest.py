"""Fixtures for the shared vocabulary's tests."""

import pytest

DATABASE_SEARCH = {"default": {"BACKEND": "wagtail.search.backends.database"}}


@pytest.fixture
def database_search(settings):
    """Wagtail's search on the database only: entries written in a test are rolled back with
    it, and no engine's shared index is touched."""
    settings.WAGTAILSEARCH_BACKENDS = DATABASE_SEARCH
