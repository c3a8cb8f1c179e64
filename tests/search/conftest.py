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
    # Beside the run's own indexes, under its prefix, so that two runs sharing one engine
    # (CI and a developer, or two worktrees) never touch each other's indexes.
    settings.OPENSEARCH_INDEX_PREFIX = f"{settings.OPENSEARCH_INDEX_PREFIX}_own"
    engine.health.down_since = None
    indexing.rebuild_all()
    yield
    indexing.delete_indexes()
