"""Index updates, run by the worker (`manage.py db_worker`) after the commit that asked for
them: a slow or unreachable engine never holds up a page (`search.indexing.update_later`)."""

from django_tasks import task

# search.indexing queues this task: both modules are imported whole, never by name.
from search import indexing


@task()
def index_update(*, kind: str, object_ids: list[str]) -> None:
    """Bring these documents in line with the database (or queue them while the engine is
    down: `indexing.update`)."""
    indexing.update(kind, object_ids)
