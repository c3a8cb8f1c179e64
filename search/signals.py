"""Wagtail's page events keep the page documents true; drafts are never indexed. Changes
to terms, tags and forms of mobility refresh the facet labels."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import facets, indexing


def _changed(sender, instance, **kwargs):
    facets.forget_element_labels()  # the page may be (or hold) an element of the plate
    indexing.update_later(instance)


def _moved(sender, instance, **kwargs):
    facets.forget_element_labels()
    # A move changes the URL of the page and of everything below it.
    for page in Page.objects.descendant_of(instance, inclusive=True).live().specific():
        indexing.update_later(page)


def _deleted(sender, instance, **kwargs):
    # Deleting a page deletes a row of each of its classes (CasePage, then Page): the
    # Page row comes last and for every page deleted, so it alone updates the index.
    if type(instance) is Page:
        facets.forget_element_labels()
        indexing.update_later(instance)


def connect() -> None:
    page_published.connect(_changed, dispatch_uid="search.page_published")
    page_unpublished.connect(_changed, dispatch_uid="search.page_unpublished")
    post_page_move.connect(_moved, dispatch_uid="search.page_moved")
    post_delete.connect(_deleted, dispatch_uid="search.page_deleted")
    from taggit.models import Tag

    from vocabulary.models import MobilityForm, Term

    for model in (Term, Tag, MobilityForm):
        for signal in (post_save, post_delete):
            signal.connect(
                facets.forget_table_labels,
                sender=model,
                dispatch_uid=f"search.labels.{model._meta.label}.{signal is post_save}",
            )
