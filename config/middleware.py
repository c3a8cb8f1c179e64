"""Site-wide response middleware: the Content-Security-Policy per part of the site, and JSON
for every error under /api/."""

import http

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.http import JsonResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

API_PREFIX = "/api/"
ADMIN_PREFIX = "/admin/"  # Wagtail's admin, as mounted in config/urls.py


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with one addition: Wagtail's admin gets its own policy.

    The site's policy (CONTENT_SECURITY_POLICY) allows scripts and styles from the site's
    own files only (and a nonce, for a template that asks for `request.csp_nonce`). Wagtail 8's
    admin still writes inline scripts (widgets, inline panels) and style attributes, so under
    /admin/ CONTENT_SECURITY_POLICY_ADMIN applies instead, without a nonce (a nonce would
    switch off 'unsafe-inline'). See docs/operations.md.
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(ADMIN_PREFIX)
            and getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None)
        ):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
            parts.nonce = None
        return parts


def _reason(request, status: int, allowed: str) -> str:
    if status == 404:
        return _(
            "There is nothing at this address in the API. The operations are listed at /api/docs."
        )
    if status == 405:
        return _("This address does not accept %(method)s; it accepts %(allowed)s.") % {
            "method": request.method,
            "allowed": allowed,
        }
    if status == 403:
        return _("You may not do this.")
    if status == 400:
        return _("The request is not valid.")
    if status >= 500:
        return _("Something went wrong on our side. It has been noted; please try again later.")
    return http.HTTPStatus(status).phrase


def api_error_response(request, status: int, *, allowed: str = "") -> JsonResponse:
    """An error under /api/ as the API's own handlers answer it: `{"detail": reason}`."""
    return JsonResponse(
        {"detail": _reason(request, status, allowed)},
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )


def api_not_found(request, path: str = "") -> JsonResponse:
    """Any address under /api/ that no operation has (config/urls.py sends them here, so no
    slash is appended and no page is looked up)."""
    return api_error_response(request, 404)


class ApiErrorsAsJsonMiddleware:
    """Under /api/ every error answers JSON with a reason (`{"detail": ...}`), like the API's
    own error handlers (config/api.py), also when the API never saw the request: an unknown
    address, a method the address does not take, a server error Django answered.

    Only the technical 500 page of DEBUG is left alone, for the developer.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            not request.path_info.startswith(API_PREFIX)
            or response.status_code < 400
            or response.get("Content-Type", "").startswith("application/json")
            or (settings.DEBUG and response.status_code >= 500)
        ):
            return response
        replacement = api_error_response(
            request, response.status_code, allowed=response.get("Allow", "")
        )
        for header in ("Allow", "Retry-After", "WWW-Authenticate", "Vary"):
            if header in response:
                replacement[header] = response[header]
        return replacement


class ApiLanguageMiddleware:
    """Under /api/ the answers follow `Accept-Language` (or the language cookie), Dutch by
    default. The API's addresses have no language prefix, so Django's LocaleMiddleware would
    always pick the default language for them; this one comes after it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(API_PREFIX):
            language = translation.get_language_from_request(request, check_path=False)
            translation.activate(language)
            request.LANGUAGE_CODE = language
        response = self.get_response(request)
        if request.path_info.startswith(API_PREFIX):
            response.headers.setdefault("Content-Language", translation.get_language())
            patch_vary_headers(response, ("Accept-Language",))
        return response
