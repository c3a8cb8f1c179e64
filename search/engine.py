"""The search engine behind one small module: the OpenSearch client, its health, index names.

Everything engine-specific that is not a query lives here, so an adapter for another engine of
the family (Elasticsearch) would replace this module and search/backends/opensearch.py only.
"""

import logging
import time
from functools import lru_cache

from django.conf import settings

logger = logging.getLogger(__name__)

# How long a failed health check keeps us on the database before trying the engine again.
RETRY_AFTER_SECONDS = 5.0

KINDS = ("organisations", "people", "cases", "pages")


def configured() -> bool:
    """Whether an engine is configured at all (OPENSEARCH_URL)."""
    return bool(settings.OPENSEARCH_URL)


@lru_cache(maxsize=4)
def _client(url: str, timeout: int):
    from opensearchpy import OpenSearch

    return OpenSearch(
        hosts=[url],
        timeout=timeout,
        max_retries=0,
        retry_on_timeout=False,
        http_compress=False,
    )


def client():
    """The OpenSearch client for the configured URL."""
    return _client(settings.OPENSEARCH_URL, settings.OPENSEARCH_TIMEOUT)


def alias(kind: str) -> str:
    """The alias searches use; it points at the current concrete index of that kind."""
    return f"{settings.OPENSEARCH_INDEX_PREFIX}_{kind}"


class _Health:
    """Remembers a failure for a few seconds, so a down engine costs one timeout, not one per
    request; the first request after that tries the engine again."""

    def __init__(self):
        self.down_since: float | None = None

    def should_try(self) -> bool:
        if not configured():
            return False
        return self.down_since is None or time.monotonic() - self.down_since >= RETRY_AFTER_SECONDS

    def failed(self, error: Exception) -> None:
        if self.down_since is None:
            logger.warning("Search engine unreachable, the database answers for now: %s", error)
        self.down_since = time.monotonic()

    def succeeded(self) -> bool:
        """Record a good answer; True when the engine just came back."""
        recovered = self.down_since is not None
        if recovered:
            logger.warning("Search engine reachable again")
        self.down_since = None
        return recovered


health = _Health()
