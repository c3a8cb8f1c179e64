"""Fixtures for matching tests; scenarios are built with `tests.matching.scenarios`."""

import pytest

from matching import selectors


@pytest.fixture(autouse=True)
def _fresh_offer_matrix():
    """Each test starts without a cached matrix of offers (transactions are rolled back)."""
    selectors.forget_matrix()
    yield
    selectors.forget_matrix()
