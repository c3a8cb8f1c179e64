"""Content is written in Dutch whatever the interface language: mark it so (WCAG 3.1.2).

`{% content_lang %}` goes inside the opening tag of an element that shows content from the
CMS or from people (titles, summaries, bodies, names, descriptions, snippets). On a page in
another language it adds `lang="nl"`, so screen readers read that element in a Dutch voice
and browsers hyphenate it as Dutch; on Dutch pages it adds nothing.
"""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html

register = template.Library()


def content_differs_from_interface() -> bool:
    interface = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return interface != settings.CONTENT_LANGUAGE


@register.simple_tag
def content_lang() -> str:
    if not content_differs_from_interface():
        return ""
    return format_html(' lang="{}"', settings.CONTENT_LANGUAGE)


@register.filter
def as_content(value):
    """The value in a span marked with the content language, for a piece of content inside an
    interface sentence (`{% blocktranslate with theme=page.title|as_content %}`)."""
    if not content_differs_from_interface():
        return value
    return format_html('<span lang="{}">{}</span>', settings.CONTENT_LANGUAGE, value)


@register.inclusion_tag("components/content_language_notice.html")
def content_language_notice() -> dict:
    """Tell readers of a page in another language that its content is in Dutch."""
    return {"show": content_differs_from_interface()}
