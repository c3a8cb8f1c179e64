"""Read a page's form as a browser would submit it, and the text a page shows."""

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields: list[tuple[str, str]] = []
        self._textarea: str | None = None
        self._select: str | None = None
        self._options: list[str] = []
        self._selected = False
        self._buffer: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.fields.append((name, attrs.get("value", "on")))
            elif kind not in ("submit", "button", "reset", "file", "image"):
                self.fields.append((name, attrs.get("value", "")))
        elif tag == "textarea" and name:
            self._textarea, self._buffer = name, []
        elif tag == "select" and name:
            self._select, self._options, self._selected = name, [], False
        elif tag == "option" and self._select:
            self._options.append(attrs.get("value", ""))
            if "selected" in attrs:
                self.fields.append((self._select, attrs.get("value", "")))
                self._selected = True

    def handle_data(self, data):
        if self._textarea is not None:
            self._buffer.append(data)

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None:
            # A browser drops the one line break that may follow the opening tag.
            self.fields.append((self._textarea, "".join(self._buffer).removeprefix("\n")))
            self._textarea = None
        elif tag == "select" and self._select is not None:
            # With no option selected, a browser submits the first one.
            if not self._selected and self._options:
                self.fields.append((self._select, self._options[0]))
            self._select = None


def form_fields(html: str) -> list[tuple[str, str]]:
    """The (name, value) pairs the page's forms would submit, in document order."""
    reader = _FormReader()
    reader.feed(html)
    reader.close()
    return reader.fields


def form_data(html: str) -> dict:
    """The submitted values as test-client data: a list where a name occurs more than once."""
    values: dict[str, list[str]] = {}
    for name, value in form_fields(html):
        values.setdefault(name, []).append(value)
    return {name: found[0] if len(found) == 1 else found for name, found in values.items()}


class _TextReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "textarea", "title"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "textarea", "title"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def shown_text(html: str) -> str:
    """The text a reader sees on the page (entities decoded), whitespace collapsed."""
    reader = _TextReader()
    reader.feed(html)
    reader.close()
    return " ".join("".join(reader.parts).split())
