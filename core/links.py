"""Absolute addresses of the site's pages, for calendars, sitemaps and e-mails.

Inside a request the request's own host is used (Django checks it against ALLOWED_HOSTS, and
the scheme follows SECURE_PROXY_SSL_HEADER in production); outside one (e-mails from signals,
tasks and commands) the configured SITE_URL. Wagtail's Site record and its admin e-mails
follow the same setting (`site_hostname_and_port`, WAGTAILADMIN_BASE_URL).
"""

from urllib.parse import urljoin, urlsplit

from django.conf import settings


def absolute_url(path: str, *, request=None) -> str:
    """The full address of a path (or of an address, whose host is replaced) on this site."""
    parts = urlsplit(path)
    local = parts.path or "/"
    if parts.query:
        local += "?" + parts.query
    if parts.fragment:
        local += "#" + parts.fragment
    if request is not None:
        return request.build_absolute_uri(local)
    return urljoin(settings.SITE_URL, local)


def site_hostname_and_port() -> tuple[str, int]:
    """SITE_URL as Wagtail's Site record stores it (hostname, port)."""
    parts = urlsplit(settings.SITE_URL)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname or "localhost", port
