"""Read a form out of a page and post it back the way a browser would."""

from bs4 import BeautifulSoup

from tests.helpers import text_of

_NOT_SENT = {"submit", "button", "reset", "file", "image"}


def form_data(response, selector: str = "main form[method=post]") -> dict[str, list[str]]:
    """What submitting the first form matching `selector` unchanged sends: every named
    field with its shown value (ticked boxes only, the selected options of a select)."""
    form = BeautifulSoup(text_of(response), "html.parser").select_one(selector)
    assert form is not None, f"no form matches {selector!r}"
    data: dict[str, list[str]] = {}

    def add(name, value):
        data.setdefault(name, []).append(value)

    for element in form.select("input[name], select[name], textarea[name]"):
        if element.has_attr("disabled"):
            continue
        name = element["name"]
        if element.name == "textarea":
            add(name, element.get_text().removeprefix("\n"))
        elif element.name == "select":
            options = element.select("option")
            chosen = [o for o in options if o.has_attr("selected")]
            if not chosen and options and not element.has_attr("multiple"):
                chosen = options[:1]
            for option in chosen:
                add(name, option.get("value", option.get_text()))
        else:
            kind = element.get("type", "text").lower()
            if kind in _NOT_SENT:
                continue
            if kind in ("checkbox", "radio"):
                if element.has_attr("checked"):
                    add(name, element.get("value", "on"))
            else:
                add(name, element.get("value", ""))
    return data
