"""The JSON API under /api/: one NinjaAPI, one router per app, errors as 4xx with a reason."""

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import SessionAuth
from ninja.security.http import HttpAuthBase
from wagtail.api.v3.auth import BearerTokenAuth


class TokenAuth(BearerTokenAuth):
    """A bearer token from a person's account; a wrong token is refused, not ignored."""

    def __call__(self, request):
        if not request.headers.get("Authorization"):
            return None
        result = super().__call__(request)
        if result is None:
            raise AuthenticationError()
        return result


class Anonymous(HttpAuthBase):
    """Anyone may read what is public; endpoints check what more the user may do."""

    def __call__(self, request):
        return request.user


api = NinjaAPI(
    title="Breder Belang API",
    version="1",
    description=(
        "Organisations and people of the network. Authenticate with a session (with CSRF) or "
        "with `Authorization: Bearer <token>`; anonymous requests see what is public."
    ),
    urls_namespace="api",
    auth=[TokenAuth(), SessionAuth(), Anonymous()],
)


def _error(request, status: int, detail: str, **extra):
    return api.create_response(request, {"detail": detail, **extra}, status=status)


@api.exception_handler(NinjaValidationError)
def _invalid_request(request, exc):
    errors = [
        {"field": ".".join(str(part) for part in error.get("loc", [])), "message": error.get("msg")}
        for error in exc.errors
    ]
    return _error(request, 422, _("The request is not valid."), errors=errors)


@api.exception_handler(DjangoValidationError)
def _invalid_data(request, exc):
    errors = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
    return _error(request, 400, _("The data is not valid."), errors=errors)


@api.exception_handler(Http404)
def _not_found(request, exc):
    return _error(request, 404, str(exc) or _("Not found."))


@api.exception_handler(PermissionDenied)
def _forbidden(request, exc):
    return _error(request, 403, str(exc) or _("You may not do this."))


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    return _error(request, 401, _("Log in, or send a valid API token."))


@api.exception_handler(HttpError)
def _http_error(request, exc):
    return _error(request, exc.status_code, str(exc))


def _register_routers() -> None:
    from matching.api import router as matching_router
    from network.api import router as network_router
    from search.api import router as search_router

    api.add_router("/", network_router)
    api.add_router("/", matching_router)
    api.add_router("/", search_router)


_register_routers()
