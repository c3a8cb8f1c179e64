"""Read a form out of a page and post it back the way a browser would, and the text a page
shows its reader."""

from bs4 import BeautifulSoup

from tests.helpers import text_of

_NOT_SENT = {"submit", "button", "reset", "file", "image"}
_NOT_SHOWN = ("script", "style", "textarea", "title", "template")


def _soup(page) -> BeautifulSoup:
    return BeautifulSoup(page if isinstance(page, str) else text_of(page), "html.parser")


def form_fields(page, selector: str = "main form[method=post]") -> list[tuple[str, str]]:
    """The (name, value) pairs that submitting the first form matching `selector` unchanged
    sends, in document order: every named field with its shown value (ticked boxes only,
    the selected options of a select, or its first option when none is)."""
    form = _soup(page).select_one(selector)
    assert form is not None, f"no form matches {selector!r}"
    fields = []
    for element in form.select("input[name], select[name], textarea[name]"):
        if element.has_attr("disabled"):
            continue
        name = element["name"]
        if element.name == "textarea":
            # A browser drops the one line break that may follow the opening tag.
            fields.append((name, element.get_text().removeprefix("\n")))
        elif element.name == "select":
            options = element.select("option")
            chosen = [o for o in options if o.has_attr("selected")]
            if not chosen and options and not element.has_attr("multiple"):
                chosen = options[:1]
            fields += [(name, option.get("value", option.get_text())) for option in chosen]
        else:
            kind = element.get("type", "text").lower()
            if kind in _NOT_SENT:
                continue
            if kind in ("checkbox", "radio"):
                if element.has_attr("checked"):
                    fields.append((name, element.get("value", "on")))
            else:
                fields.append((name, element.get("value", "")))
    return fields


def form_data(page, selector: str = "main form[method=post]") -> dict[str, list[str]]:
    """The same as test-client data: each name with the list of its values."""
    data: dict[str, list[str]] = {}
    for name, value in form_fields(page, selector):
        data.setdefault(name, []).append(value)
    return data


def shown_text(page) -> str:
    """The text a reader sees on the page (entities decoded), white space folded."""
    soup = _soup(page)
    for hidden in soup.find_all(_NOT_SHOWN):
        hidden.decompose()
    return " ".join(soup.get_text(" ").split())
