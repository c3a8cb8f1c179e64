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


def sitemap_tree(*, root: Page) -> list[dict]:
    """The site's live, public pages as a tree below the root, in the editors' order: each
    node is {"page": ..., "children": [...]}. One query, whatever the size of the tree."""
    pages = Page.objects.descendant_of(root).live().public().order_by("path")
    nodes_by_path: dict[str, dict] = {}
    tree: list[dict] = []
    for page in pages:
        node = {"page": page, "children": []}
        nodes_by_path[page.path] = node
        parent = nodes_by_path.get(page.path[: -Page.steplen])
        # A page below an unpublished or private one is left out with its parent.
        if parent is not None:
            parent["children"].append(node)
        elif page.depth == root.depth + 1:
            tree.append(node)
    return tree
