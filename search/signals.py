"""Wagtail's page events keep the page documents true; drafts are never indexed. The
network's own signals keep organisations and people true (it sends them from its services
and knows nothing of search). Changes to terms, tags and forms of mobility refresh the
facet labels."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from network.signals import organisation_changed, person_changed, person_erased
from search import facets, indexing
from vocabulary.models import MobilityForm, Term


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


def _organisation_changed(sender, organisation, **kwargs):
    indexing.update_organisation_and_people(organisation)


def _person_changed(sender, person, **kwargs):
    # After an erasure's commit the person is gone, so the update deletes the document.
    indexing.update_later(person)


def connect() -> None:
    page_published.connect(_changed, dispatch_uid="search.page_published")
    page_unpublished.connect(_changed, dispatch_uid="search.page_unpublished")
    post_page_move.connect(_moved, dispatch_uid="search.page_moved")
    post_delete.connect(_deleted, dispatch_uid="search.page_deleted")
    organisation_changed.connect(_organisation_changed, dispatch_uid="search.organisation")
    person_changed.connect(_person_changed, dispatch_uid="search.person_changed")
    person_erased.connect(_person_changed, dispatch_uid="search.person_erased")
    from taggit.models import Tag

    for model in (Term, Tag, MobilityForm):
        for signal in (post_save, post_delete):
            signal.connect(
                facets.forget_table_labels,
                sender=model,
                dispatch_uid=f"search.labels.{model._meta.label}.{signal is post_save}",
            )
