"""Fixtures for tests through Wagtail's admin."""

import pytest


@pytest.fixture
def index_updates(settings):
    """Live index updates on; with an engine, in indexes of this test's own (a database
    rollback does not roll back the engine), built from the database as the test starts."""
    from search import engine, indexing

    settings.SEARCH_INDEX_UPDATES = True
    if not engine.configured():
        yield
        return
    settings.OPENSEARCH_INDEX_PREFIX = f"{settings.OPENSEARCH_INDEX_PREFIX}_admin"
    engine.health.down_since = None
    indexing.rebuild_all()
    yield
    indexing.delete_indexes()
