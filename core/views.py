"""Site-wide views: robots.txt, the sitemap for crawlers and the sitemap page for people."""

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from core.links import absolute_url
from core.selectors import site_root_for_request, sitemap_tree


class RequestHostSitemap(Sitemap):
    """Wagtail's sitemap with the addresses on the host that asked for it, not the host
    stored in Wagtail's Site record."""

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            url["location"] = absolute_url(url["location"], request=self.request)
        return urls


@require_GET
def robots_txt(request):
    """Let crawlers in, keep them out of the admin, and point them at the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /zoeken/",
        "Disallow: /en/zoeken/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def sitemap(request):
    """Wagtail's sitemap, always with the Dutch (default-language) addresses."""
    with translation.override(settings.LANGUAGE_CODE):
        response = wagtail_sitemap(request, sitemaps={"pages": RequestHostSitemap})
        response.render()
    return response


@require_GET
def sitemap_page(request):
    """Every page of the site as a tree, in the reader's language."""
    root = site_root_for_request(request)
    tree = sitemap_tree(root=root) if root is not None else []
    return TemplateResponse(request, "core/sitemap_page.html", {"root": root, "tree": tree})
