"""Wagtail's page events keep the page documents true; drafts are never indexed."""

from django.db.models.signals import post_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import indexing


def _changed(sender, instance, **kwargs):
    indexing.update_later(instance)


def _moved(sender, instance, **kwargs):
    # A move changes the URL of the page and of everything below it.
    for page in Page.objects.descendant_of(instance, inclusive=True).live().specific():
        indexing.update_later(page)


def _deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        indexing.update_later(instance)


def connect() -> None:
    page_published.connect(_changed, dispatch_uid="search.page_published")
    page_unpublished.connect(_changed, dispatch_uid="search.page_unpublished")
    post_page_move.connect(_moved, dispatch_uid="search.page_moved")
    post_delete.connect(_deleted, dispatch_uid="search.page_deleted")
