"""A case's story as members type it (plain text) and as the page stores it (paragraph blocks
of rich text), both ways; pure functions, so the text survives any number of saves."""

from html.parser import HTMLParser

from django.utils.html import escape

# Tags that end a paragraph in rich text an editor may have written in Wagtail's admin.
_BLOCK_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "div"}


def _lines(paragraph: str) -> list[str]:
    return [" ".join(line.split()) for line in paragraph.split("\n") if line.strip()]


def story_blocks(text: str) -> list[dict]:
    """Paragraph blocks for plain text: a blank line starts a paragraph, a single line break
    stays a line break; every character the member typed is escaped exactly once."""
    blocks = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n\n"):
        lines = _lines(paragraph)
        if lines:
            html = "<br/>".join(escape(line) for line in lines)
            blocks.append({"type": "paragraph", "value": f"<p>{html}</p>"})
    return blocks


class _PlainText(HTMLParser):
    """Collects the text of rich text: paragraphs apart, line breaks kept, entities decoded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []

    def _end_paragraph(self):
        text = "".join(self._current)
        self._current = []
        lines = _lines(text)
        if lines:
            self.paragraphs.append("\n".join(lines))

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self._current.append("\n")
        elif tag in _BLOCK_TAGS:
            self._end_paragraph()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self._end_paragraph()

    def handle_data(self, data):
        self._current.append(data)

    def close(self):
        super().close()
        self._end_paragraph()


def story_text(story) -> str:
    """The plain text of a story's paragraph blocks, as the member typed it."""
    parser = _PlainText()
    for block in story:
        if block.block_type == "paragraph":
            parser.feed(block.value.source)
            parser.handle_endtag("p")
    parser.close()
    return "\n\n".join(parser.paragraphs)
