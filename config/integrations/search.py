"""Search engine: OpenSearch when OPENSEARCH_URL is set, the database otherwise."""

from config.env import env


def opensearch_url() -> str:
    return env.str("OPENSEARCH_URL", default="")


def wagtailsearch_backends() -> dict:
    """Return WAGTAILSEARCH_BACKENDS: Wagtail's OpenSearch backend with the engine, else the
    database backend (on PostgreSQL with the Dutch text search configuration). With the engine, the
    database backend is kept up to date too, under its own name, for the fallback."""
    url = opensearch_url()
    database = {"BACKEND": "wagtail.search.backends.database"}
    if env.db("DATABASE_URL", default="sqlite:///").get("ENGINE", "").endswith("postgresql"):
        database["SEARCH_CONFIG"] = "dutch"
    if url:
        return {
            "default": {
                "BACKEND": "wagtail.search.backends.opensearch3",
                "URLS": [url],
                "INDEX_PREFIX": f"{env.str('OPENSEARCH_INDEX_PREFIX', default='breder')}_wagtail_",
                "TIMEOUT": env.int("OPENSEARCH_TIMEOUT", default=5),
                "OPTIONS": {"max_retries": 0},
                "INDEX_SETTINGS": {
                    "settings": {
                        "index": {"number_of_replicas": 0},
                        # Wagtail's text fields get Dutch analysis, like the network's search.
                        "analysis": {
                            "filter": {
                                "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
                                "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                            },
                            "analyzer": {
                                "default": {
                                    "tokenizer": "standard",
                                    "filter": [
                                        "lowercase",
                                        "asciifolding",
                                        "dutch_stop",
                                        "dutch_stemmer",
                                    ],
                                }
                            },
                        },
                    }
                },
                "ATOMIC_REBUILD": True,
            },
            # Kept up to date too: it answers when the engine is down.
            "database": database,
        }
    return {"default": database}
