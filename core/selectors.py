"""Reads for the site chrome: the main menu and breadcrumbs."""

from wagtail.models import Page, Site


def site_root_for_request(request) -> Page | None:
    """The root page of the site this request is for."""
    site = Site.find_for_request(request)
    return site.root_page if site else None


def menu_pages(*, root: Page):
    """The live, public pages directly below the root that editors put in the menu."""
    return root.get_children().live().public().in_menu().order_by("path").specific()


def breadcrumb_pages(*, page: Page, root: Page):
    """The pages from the site root down to (not including) this page."""
    return Page.objects.ancestor_of(page).filter(depth__gte=root.depth).order_by("depth")
