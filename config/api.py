"""The JSON API under /api/: one NinjaAPI, one router per app, errors as 4xx with a reason."""

import functools
import json

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import SessionAuth
from ninja.security.http import HttpAuthBase
from pydantic import BaseModel
from wagtail.api.v3.auth import BearerTokenAuth

from accounts import throttling
from accounts.selectors import token_expires_at, token_for_secret, token_is_expired
from core.api import error_message, error_path
from core.limits import (
    PAGE_MAX,
    QUERY_MAX_LENGTH,
    QUERY_MAX_WORDS,
    json_text_problems,
    text_problem,
)


class TokenExpired(AuthenticationError):
    """A real token that is past its expiry."""

    def __init__(self, expired_at):
        super().__init__()
        self.expired_at = expired_at


class TokenAuth(BearerTokenAuth):
    """A bearer token from a person's account; a wrong token is refused, not ignored.

    Wrong tokens count against the sender's address like failed log-ins (django-axes): past
    the limit, every token from that address is refused with 429 until the cool-off ends."""

    def __call__(self, request):
        if not request.headers.get("Authorization"):
            return None
        throttling.token_use_check(request)
        result = super().__call__(request)
        if result is None:
            throttling.token_failure_record(request)
            raise AuthenticationError()
        return result

    def authenticate(self, request, token: str):
        known = token_for_secret(token)
        if known is not None and token_is_expired(known):
            request.user = AnonymousUser()
            raise TokenExpired(token_expires_at(known))
        return super().authenticate(request, token)


class Anonymous(HttpAuthBase):
    """Anyone may read what is public; endpoints check what more the user may do."""

    def __call__(self, request):
        return request.user


api = NinjaAPI(
    title="Breder Belang API",
    version="1",
    description=(
        "Organisations and people of the network. Authenticate with a session (with CSRF) or "
        "with `Authorization: Bearer <token>`; anonymous requests see what is public. "
        "Tokens expire (an expired one gets 401 with `expired_at`). Wrong tokens count like "
        "failed log-ins: after too many from one address every token from it gets 429 with "
        "`Retry-After` and `retry_after` (seconds) until the cool-off ends.\n\n"
        "Input: text anywhere in a request (query, path, body) may not hold a NUL byte, a "
        "lone surrogate or another control character (line breaks and tabs only in "
        "multi-line fields); such a request answers 400 naming each field. Errors name "
        "parameters `query.q` or `path.slug`, a body's fields by their path in the body "
        "(`bio`, `windows[0].end`), each with a list of messages: 400 when the data is "
        "wrong, 422 when it does not fit the schema. Lengths are in the schema (`maxLength`); "
        "longer text is refused, never cut. Free-text parameters (`q`) take at most "
        f"{QUERY_MAX_LENGTH} characters and {QUERY_MAX_WORDS} words. In a `PATCH` body a "
        'field left out keeps its value and `null` is refused: send `""` to empty a text '
        f"and `[]` to empty a list. Pages run from 1 to {PAGE_MAX}; a page past the last "
        "answers 404. An unknown field in a body is refused by name, also where an operation "
        "takes no body. Messages follow `Accept-Language` (`en`; Dutch by default)."
    ),
    urls_namespace="api",
    auth=[TokenAuth(), SessionAuth(), Anonymous()],
)


def _error(request, status: int, detail: str, **extra):
    return api.create_response(request, {"detail": detail, **extra}, status=status)


def _field_of(loc) -> str:
    """Where an error is, as every answer of the API names it: `query.q` and `path.slug` for
    parameters; a body's field by its path in the body (`bio`, `windows[0].end`), or `body`
    for the body as a whole."""
    where, *rest = [*loc] or ["body"]
    if where != "body":
        return ".".join(str(part) for part in [where, *rest])
    # rest[0] is the name of the operation's body parameter
    path = error_path(rest[1:])
    return "body" if path == NON_FIELD_ERRORS else path


@api.exception_handler(NinjaValidationError)
def _invalid_request(request, exc):
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        errors.setdefault(_field_of(error.get("loc", ())), []).append(error_message(error))
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


@api.exception_handler(TokenExpired)
def _token_expired(request, exc):
    response = _error(
        request,
        401,
        _("This API token expired on %(date)s. Create a new one under “My account”.")
        % {"date": formats.date_format(timezone.localtime(exc.expired_at), "j F Y H:i")},
        expired_at=exc.expired_at.isoformat(),
    )
    response["WWW-Authenticate"] = 'Bearer error="invalid_token", error_description="expired"'
    return response


@api.exception_handler(throttling.LockedOut)
def _locked_out(request, exc):
    response = _error(
        request,
        429,
        _(
            "Too many wrong tokens or log-ins from this address. Try again at %(time)s, in "
            "%(seconds)s seconds."
        )
        % {
            "time": formats.time_format(timezone.localtime(exc.until), "H:i"),
            "seconds": exc.retry_after,
        },
        retry_after=exc.retry_after,
        retry_at=exc.until.isoformat(),
    )
    response["Retry-After"] = str(exc.retry_after)
    return response


@api.exception_handler(HttpError)
def _http_error(request, exc):
    return _error(request, exc.status_code, str(exc))


def _text_problems(request, path_params: dict) -> dict[str, list[str]]:
    """What in the query, the path and a JSON body cannot be text, by the field's place."""
    problems: dict[str, list[str]] = {}
    for key, value in path_params.items():
        if isinstance(value, str) and (problem := text_problem(value)):
            problems[f"path.{key}"] = [problem]
    for key, values in request.GET.lists():
        for value in [key, *values]:
            if problem := text_problem(value):
                problems.setdefault(f"query.{key}", []).append(problem)
                break
    if request.body:
        try:
            body = json.loads(request.body)
        except (ValueError, RecursionError) as error:
            body = None
            if request.content_type == "application/json":
                problems["body"] = [_("The body is not valid JSON: %(reason)s") % {"reason": error}]
        for path, messages in json_text_problems(body).items():
            problems["body" if path == "__all__" else path] = messages
    return problems


def _unread_body(request, kwargs: dict) -> dict[str, list[str]]:
    """The fields of a body sent to an operation that takes none: refused by name rather
    than dropped unseen."""
    if not request.body or any(isinstance(value, BaseModel) for value in kwargs.values()):
        return {}
    try:
        body = json.loads(request.body)
    except (ValueError, RecursionError):
        body = None
    if isinstance(body, dict):
        return {str(key): [_("Unknown field.")] for key in body}
    return {}


def _refuse_what_is_not_text(run):
    """Before any operation or query sees it, a request with a NUL byte, a lone surrogate or
    another control character in a string answers 400 with the place of each (PostgreSQL
    cannot store them, and they break e-mail headers). A body sent where none is read is
    refused as well, naming its fields (`_refuse_unread_body`)."""

    @functools.wraps(run)
    def guarded(request, *args, **kwargs):
        try:
            problems = _text_problems(request, kwargs)
        except RequestDataTooBig:
            return _error(request, 413, _("The request body is too large."))
        if problems:
            return api.on_exception(request, DjangoValidationError(problems))
        return run(request, *args, **kwargs)

    return guarded


def _refuse_unread_body(run):
    """After validation, when the operation's own arguments are known: a body sent to an
    operation that reads none answers 400 naming its fields, and the operation does not run."""

    @functools.wraps(run)
    def guarded(request, *args, **kwargs):
        problems = _unread_body(request, kwargs)
        if problems:
            raise DjangoValidationError(problems)
        return run(request, *args, **kwargs)

    return guarded


api.add_decorator(_refuse_what_is_not_text, mode="view")
api.add_decorator(_refuse_unread_body, mode="operation")


def _register_routers() -> None:
    from matching.api import router as matching_router
    from network.api import router as network_router
    from search.api import router as search_router
    from workshops.api import router as workshops_router

    api.add_router("/", network_router)
    api.add_router("/", matching_router)
    api.add_router("/", search_router)
    api.add_router("/", workshops_router)


_register_routers()
