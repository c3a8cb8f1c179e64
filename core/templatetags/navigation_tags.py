"""Template tags for the site chrome: menu, breadcrumbs and the language switch."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext as _

from core.selectors import breadcrumb_pages, menu_pages, site_root_for_request

register = template.Library()


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    root = site_root_for_request(request)
    current = context.get("page")
    items = []
    if root is not None:
        for item in menu_pages(root=root):
            is_current = current is not None and current.pk == item.pk
            in_section = current is not None and current.path.startswith(item.path)
            items.append(
                {
                    "url": item.get_url(request),
                    "label": item.menu_label,
                    "current": is_current,
                    "in_section": in_section,
                    # Page titles are content (Dutch); the app sections below are interface.
                    "is_content": True,
                }
            )
    directory = reverse("network:index")
    items.append(
        {
            "url": directory,
            "label": _("Network"),
            "current": request.path == directory,
            "in_section": getattr(request.resolver_match, "namespace", "") == "network",
        }
    )
    if request.user.is_authenticated:
        requests_url = reverse("matching:index")
        items.append(
            {
                "url": requests_url,
                "label": _("Matching"),
                "current": request.path == requests_url,
                "in_section": getattr(request.resolver_match, "namespace", "") == "matching",
            }
        )
    return {"items": items, "root": root, "request": request, "page": current}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    request = context["request"]
    page = context.get("page")
    root = site_root_for_request(request)
    if page is None or root is None or page.pk == root.pk:
        return {"crumbs": [], "page": page}
    return {"crumbs": list(breadcrumb_pages(page=page, root=root)), "page": page}


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to this same page in every site language."""
    request = context["request"]
    current = translation.get_language()
    return [
        {
            "code": code,
            "name": translation.get_language_info(code)["name_local"],
            "url": translate_url(request.get_full_path(), code),
            "current": code == current,
        }
        for code, _name in settings.LANGUAGES
    ]
