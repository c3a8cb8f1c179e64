"""Keeping the engine's indexes true: update on publish, unpublish, delete and profile or
status changes; remember what the engine missed while down; rebuild behind aliases.

Nothing here may make saving content fail: an unreachable engine means the update is queued
in PendingIndexUpdate and done when the engine answers again.
"""

import contextlib
import contextvars
import logging
import time
from collections.abc import Callable, Iterable

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

# search.tasks calls `update` back: both modules are imported whole, never by name.
from search import engine, tasks, wordforms
from search.documents import DOCUMENTS, INDEX_SETTINGS, document_for, kind_of, objects_of
from search.models import PendingIndexUpdate

logger = logging.getLogger(__name__)


_paused = contextvars.ContextVar("search_indexing_paused", default=False)


@contextlib.contextmanager
def paused():
    """No per-object updates inside this block (bulk loads rebuild afterwards instead)."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def _live_updates() -> bool:
    return engine.configured() and settings.SEARCH_INDEX_UPDATES and not _paused.get()


def _object(kind: str, object_id: str):
    return objects_of(kind).filter(pk=object_id).first()


def _write(kind: str, object_id: str) -> None:
    """Bring one document in line with the database: index it, or delete it if it should
    not be findable (any more)."""
    client = engine.client()
    obj = _object(kind, object_id)
    with translation.override(settings.LANGUAGE_CODE):
        document = document_for(kind, obj) if obj is not None else None
    if document is None:
        client.delete(index=engine.alias(kind), id=object_id, ignore=[404], refresh=False)
    else:
        # require_alias: never let the engine invent an index with a guessed mapping.
        client.index(
            index=engine.alias(kind), id=object_id, body=document, params={"require_alias": "true"}
        )


def _wagtail_reindex(kind: str, object_id: str) -> None:
    """Pages also live in Wagtail's own index; bring them up to date there too."""
    if kind not in ("cases", "pages"):
        return
    from wagtail.models import Page
    from wagtail.search.index import insert_or_update_object, remove_object

    page = Page.objects.filter(pk=object_id).first()
    if page is None:
        return
    page = page.specific
    if page.live:
        insert_or_update_object(page)
    else:
        remove_object(page)


def update(kind: str, object_ids: Iterable) -> None:
    """Update these documents now, or queue them when the engine cannot be reached."""
    if not engine.configured():
        return
    object_ids = [str(object_id) for object_id in object_ids]
    if not engine.health.should_try():
        _queue(kind, object_ids)
        return
    try:
        for object_id in object_ids:
            _write(kind, object_id)
    except Exception as error:  # the engine failed; the database stays the source of truth
        engine.health.failed(error)
        _queue(kind, object_ids, wagtail=True)
        return
    if engine.health.succeeded():
        flush_pending()


def update_later(obj) -> None:
    """Update the object's document once the current transaction has committed."""
    wordforms.forget()  # the database engine's vocabulary, whichever engine is configured
    kind = kind_of(obj)
    if kind is None or not _live_updates():
        return
    _update_after_commit(kind, [obj.pk])


def update_organisation_and_people(organisation) -> None:
    """People's documents carry their organisation's facets, status and place."""
    wordforms.forget()
    if not _live_updates():
        return
    _update_after_commit("organisations", [organisation.pk])
    _update_after_commit("people", organisation.people.values_list("pk", flat=True))


def _update_after_commit(kind: str, object_ids) -> None:
    """Hand the update to the worker once the current transaction has committed."""
    object_ids = [str(object_id) for object_id in object_ids]
    if object_ids:
        transaction.on_commit(lambda: tasks.index_update.enqueue(kind=kind, object_ids=object_ids))


def _queue(kind: str, object_ids: list[str], wagtail: bool = False) -> None:
    for object_id in object_ids:
        PendingIndexUpdate.objects.get_or_create(kind=kind, object_id=object_id)
        if wagtail and kind in ("cases", "pages"):
            PendingIndexUpdate.objects.get_or_create(kind=f"wagtail-{kind}", object_id=object_id)


def flush_pending() -> int:
    """Apply every update the engine missed; returns how many were applied."""
    done = 0
    for pending in PendingIndexUpdate.objects.order_by("created_at"):
        try:
            if pending.kind.startswith("wagtail-"):
                _wagtail_reindex(pending.kind.removeprefix("wagtail-"), pending.object_id)
            else:
                _write(pending.kind, pending.object_id)
        except Exception as error:
            engine.health.failed(error)
            break
        pending.delete()
        done += 1
    if done:
        logger.warning("Re-indexed %s updates the search engine had missed", done)
    return done


# Rebuilding -------------------------------------------------------------------------------


def _create_index(kind: str, name: str) -> None:
    document_class = DOCUMENTS[kind]
    index = document_class._index.clone(name)
    index.settings(**INDEX_SETTINGS)
    index.create(using=engine.client())


def _actions(kind: str, name: str, objects, progress: Callable[[int], None]):
    with translation.override(settings.LANGUAGE_CODE):
        for obj in objects.iterator(chunk_size=500) if hasattr(objects, "iterator") else objects:
            document = document_for(kind, obj)
            progress(1)
            if document is not None:
                yield {"_index": name, "_id": str(obj.pk), "_source": document}


def rebuild(kind: str, *, progress: Callable[[int], None] = lambda n: None) -> dict:
    """Build a fresh index for this kind next to the live one, then swap the alias in one
    atomic step, so searches keep answering during the rebuild; returns figures."""
    from opensearchpy import helpers

    client = engine.client()
    alias = engine.alias(kind)
    name = f"{alias}_{timezone.now():%Y%m%d%H%M%S%f}"
    started = time.perf_counter()
    _create_index(kind, name)
    objects = objects_of(kind)
    if kind != "pages":
        objects = objects.order_by("pk")
    indexed, _errors = helpers.bulk(
        client, _actions(kind, name, objects, progress), chunk_size=1000, request_timeout=120
    )
    client.indices.refresh(index=name)
    # A bulk load leaves many small segments; one segment per index makes every search and
    # facet count cheaper (measured: the typo search on 100,000 profiles 20 % faster). Later
    # live updates add segments of their own, which the engine merges as usual.
    client.indices.forcemerge(index=name, max_num_segments=1, request_timeout=600)
    client.indices.refresh(index=name)  # lets go of the merged segments (and their files)
    old = (
        list(client.indices.get_alias(name=alias, ignore=[404]).keys())
        if client.indices.exists_alias(name=alias)
        else []
    )
    if client.indices.exists(index=alias) and not old:
        client.indices.delete(index=alias)  # a plain index in the alias's place
    actions = [{"remove": {"index": index, "alias": alias}} for index in old]
    actions.append({"add": {"index": name, "alias": alias}})
    client.indices.update_aliases(body={"actions": actions})
    for index in old:
        client.indices.delete(index=index, ignore=[404])
    seconds = time.perf_counter() - started
    size = client.indices.stats(index=name, metric="store")["indices"][name]["total"]["store"][
        "size_in_bytes"
    ]
    PendingIndexUpdate.objects.filter(kind=kind).delete()
    return {"kind": kind, "index": name, "documents": indexed, "seconds": seconds, "bytes": size}


def rebuild_all(*, progress: Callable[[int], None] = lambda n: None) -> list[dict]:
    return [rebuild(kind, progress=progress) for kind in DOCUMENTS]


def delete_indexes() -> None:
    """Remove this prefix's indexes (tests and benchmarks clean up with this)."""
    client = engine.client()
    client.indices.delete(index=f"{settings.OPENSEARCH_INDEX_PREFIX}_*", ignore=[404])
