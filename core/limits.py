"""What the platform accepts from people: one set of limits and checks for text and page
numbers, shared by forms, the API and imports.

Models carry `validate_text` / `validate_line` (and a length validator on text fields, which
Django does not enforce by itself), so every service's `full_clean()` refuses the same input
whichever door it came through. Free-text parameters (search words, directory filters, the
API's `q`) go through `clean_query`; page numbers through `clean_page`.
"""

import math
import re
from typing import Annotated

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.http import Http404
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from ninja import Field, Schema
from ninja.pagination import PageNumberPagination
from pydantic import AfterValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

# Free-text parameters: enough for any real search, far below what makes a query expensive.
QUERY_MAX_LENGTH = 200
QUERY_MAX_WORDS = 12
# No list on the site or in the API has this many pages; anything above is refused.
PAGE_MAX = 10_000
# A list in an API body or an import record (terms, windows, dates away): far more than any
# real profile or request holds. A longer list is refused, not cut.
LIST_MAX = 500
# Live workshops (`workshops/`): a display name, a note on an idea wall, a poll's options and a
# wall's columns, the dots a person may place, and one websocket message. Far above what a room
# needs, low enough that one participant cannot fill the screen or the server.
LIVE_NAME_MAX_LENGTH = 60
LIVE_TITLE_MAX_LENGTH = 160
LIVE_NOTE_MAX_LENGTH = 280
LIVE_BODY_MAX_LENGTH = 4000  # the text of an information slide
LIVE_OPTIONS_MAX = 12
LIVE_COLUMNS_MAX = 6
LIVE_DOTS_MAX = 20
LIVE_CHOICES_MAX = 40  # elements to vote on in one step (the plate has 20)
LIVE_MESSAGE_MAX_BYTES = 4096
# The kinds of step of issue 14's second round: statements on a scale, words for a cloud
# (how many a person sends, how long one is, how many the cloud shows), a question to the
# facilitator, and the items to rank.
LIVE_STATEMENTS_MAX = 12
LIVE_WORDS_MAX = 10
LIVE_WORD_MAX_LENGTH = 40
LIVE_CLOUD_MAX = 60
LIVE_QUESTION_MAX_LENGTH = 280
LIVE_RANKING_ITEMS_MAX = 12
LIVE_TIMER_MIN_SECONDS = 10
LIVE_TIMER_MAX_SECONDS = 60 * 60  # a step of an afternoon
LIVE_STEPS_MAX = 40  # steps in one workshop
LIVE_GROUP_MAX_LENGTH = 60  # a group label the facilitator gives notes on an idea wall
# A market-round post (`workshops/kinds/market.py`): who, what skill, where, which organisation.
LIVE_MARKET_FIELD_MAX_LENGTH = 80
# The largest id a database row can have: a larger number in a message is refused, not looked up.
LIVE_ID_MAX = 2**63 - 1

# NUL and the other control characters (tab and line breaks are handled apart), and lone
# surrogates, which no UTF-8 text can hold and PostgreSQL refuses.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_LINE_BREAK = re.compile(r"[\r\n\x85\u2028\u2029]")


def text_problem(value: str, *, single_line: bool = False) -> str | None:
    """Why this text cannot be stored (translated), or None when it can."""
    if _NOT_TEXT.search(value):
        return str(_("The text contains characters that are not allowed (such as a NUL byte)."))
    if single_line and (_LINE_BREAK.search(value) or "\t" in value):
        return str(_("Keep this on one line: line breaks and tabs are not allowed here."))
    return None


@deconstructible
class TextValidator:
    """A model or form field validator: refuses control characters and lone surrogates, and
    line breaks where `single_line` is set (names and titles end up in e-mail headers)."""

    def __init__(self, single_line: bool = False):
        self.single_line = single_line

    def __call__(self, value) -> None:
        if not isinstance(value, str):
            return
        problem = text_problem(value, single_line=self.single_line)
        if problem:
            raise ValidationError(problem, code="invalid_text")

    def __eq__(self, other):
        return isinstance(other, TextValidator) and other.single_line == self.single_line


validate_text = TextValidator()
validate_line = TextValidator(single_line=True)


def one_line(value) -> str:
    """Text on one line, for an e-mail subject built from what people typed: line breaks,
    tabs and runs of spaces become one space, other control characters go."""
    return " ".join(_NOT_TEXT.sub("", str(value)).split())


def json_text_problems(data) -> dict[str, list[str]]:
    """Every string in parsed JSON (keys and values) that cannot be stored, by its path
    (`windows[0].start`; `__all__` for the document itself), with the reason."""
    problems: dict[str, list[str]] = {}
    stack = [("", data)]  # a loop, not recursion: JSON may nest deeper than Python's stack
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            problem = text_problem(value)
            if problem:
                problems.setdefault(path or "__all__", []).append(problem)
        elif isinstance(value, dict):
            for key, item in value.items():
                spot = f"{path}.{key}" if path else str(key)
                problem = text_problem(str(key))
                if problem:
                    problems.setdefault(spot, []).append(problem)
                else:
                    stack.append((spot, item))
        elif isinstance(value, list):
            stack.extend((f"{path}[{index}]", item) for index, item in enumerate(value))
    return dict(sorted(problems.items()))


def text_validators(max_length: int | None = None, *, single_line: bool = False) -> list:
    """Validators for a model field; pass `max_length` for a TextField, where Django checks
    the length only in forms."""
    validators = [TextValidator(single_line=single_line)]
    if max_length is not None:
        validators.append(MaxLengthValidator(max_length))
    return validators


def clean_query(value, *, max_length: int = QUERY_MAX_LENGTH, max_words: int = QUERY_MAX_WORDS):
    """A free-text parameter with its white space folded; refused with a translated reason
    when it holds characters that are not text, is too long, or has too many words."""
    text = " ".join(str(value or "").split())
    problem = text_problem(text, single_line=True)
    if problem:
        raise ValidationError(problem, code="invalid_text")
    if len(text) > max_length:
        raise ValidationError(
            ngettext_lazy(
                "Use at most %(limit)d character.", "Use at most %(limit)d characters.", max_length
            )
            % {"limit": max_length},
            code="too_long",
        )
    if len(text.split()) > max_words:
        raise ValidationError(
            ngettext_lazy("Use at most %(limit)d word.", "Use at most %(limit)d words.", max_words)
            % {"limit": max_words},
            code="too_many_words",
        )
    return text


def clean_page(value, *, last: int | None = None) -> int:
    """A page number from a URL: 1 when absent; refused when it is not a whole number from 1
    to PAGE_MAX. With `last`, a number past the end gives the last page."""
    if value in (None, ""):
        return 1
    text = str(value).strip()
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= PAGE_MAX:
        raise ValidationError(
            _("Give a page number from 1 to %(max)s.") % {"max": PAGE_MAX}, code="invalid_page"
        )
    page = int(text)
    return min(page, last) if last else page


def page_out_of_range(number: int, last: int) -> Http404:
    """The error for a page number past the last page of a list."""
    return Http404(
        _("There is no page %(number)s: the last page is %(last)s.")
        % {"number": number, "last": last}
    )


class PagePagination(PageNumberPagination):
    """Ninja's page numbers, bounded: a number above PAGE_MAX is refused by the schema (422
    naming `page`), a number past the last page answers 404 with the reason."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=PAGE_MAX, description="The page, from 1.")
        page_size: int | None = Field(None, ge=1, le=PAGE_MAX, description="Items a page.")

    def paginate_queryset(self, queryset, pagination, request, **params):
        page = super().paginate_queryset(queryset, pagination, request, **params)
        last = max(1, math.ceil(page["count"] / self._get_page_size(pagination.page_size)))
        if pagination.page > last:
            raise page_out_of_range(pagination.page, last)
        return page


class QueryField(forms.CharField):
    """A form field for a free-text parameter, with the limits of `clean_query`."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", QUERY_MAX_LENGTH)
        super().__init__(**kwargs)

    def clean(self, value):
        return clean_query(super().clean(value), max_length=self.max_length or QUERY_MAX_LENGTH)


def _query_for_api(value: str) -> str:
    try:
        return clean_query(value)
    except ValidationError as error:
        raise PydanticCustomError(error.code or "invalid_query", error.messages[0]) from None


# A free-text query parameter in the API, with the same limits as the pages (its length
# shown in the schema; the number of words is in the description of the API).
QueryText = Annotated[
    str,
    AfterValidator(_query_for_api),
    WithJsonSchema({"type": "string", "maxLength": QUERY_MAX_LENGTH}),
]
