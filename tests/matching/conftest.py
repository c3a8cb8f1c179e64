"""Fixtures for matching tests; scenarios are built with `tests.matching.scenarios`."""

import pytest

from matching.selectors.offers import forget_matrix


@pytest.fixture(autouse=True)
def _fresh_offer_matrix():
    """Each test starts without a cached matrix of offers (transactions are rolled back)."""
    forget_matrix()
    yield
    forget_matrix()
