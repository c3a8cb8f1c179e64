from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api
from config.middleware import api_not_found
from core import views as core_views
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", core_views.sitemap, name="sitemap"),
    path("api/", api.urls),
    # Every other address under /api/ answers a JSON 404 (errors there are JSON, see
    # config/middleware.py), not a redirect to a slash or the site's 404 page.
    re_path(r"^api/(?P<path>.*)$", api_not_found),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Dutch pages live at /, English ones at /en/; Wagtail's pages come last (catch-all).
urlpatterns += i18n_patterns(
    path("zoeken/", search_views.search, name="search"),
    path("sitemap/", core_views.sitemap_page, name="sitemap_page"),
    path("account/", include("accounts.urls")),
    path("account/bijdragen/", include("cases.urls")),
    path("meldingen/", include("notifications.urls")),
    path("netwerk/", include("network.urls")),
    path("matching/", include("matching.urls")),
    path("live/", include("workshops.urls")),
    path("uitwisselingen/", include("exchanges.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
