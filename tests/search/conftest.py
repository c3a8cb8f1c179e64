"""Indexes of a test's own, for tests that change documents in the engine."""

import pytest


@pytest.fixture
def own_indexes(settings):
    """A database rollback does not roll back the engine: such tests get indexes of their
    own, built from the database as the test starts, with live updates on; the database
    engine ignores all this."""
    from search import engine, indexing

    settings.SEARCH_INDEX_UPDATES = True
    if not engine.configured():
        yield
        return
    settings.OPENSEARCH_INDEX_PREFIX = "test_breder_own"
    engine.health.down_since = None
    indexing.rebuild_all()
    yield
    indexing.delete_indexes()
