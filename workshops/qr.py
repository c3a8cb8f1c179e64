"""The join URL as a QR code, drawn by segno as inline SVG (no image file, no script)."""

import segno
from django.utils.safestring import SafeString, mark_safe


def qr_svg(*, url: str, title: str) -> SafeString:
    """An SVG QR code of this URL that scales with its box (a viewBox, no fixed size)."""
    code = segno.make(url, error="m")
    svg = code.svg_inline(
        omitsize=True, border=2, dark="#000", light="#fff", title=title, svgclass="live__qr"
    )
    # segno escapes the title; the markup is its own, safe to place in the page.
    return mark_safe(svg.replace("<svg ", '<svg role="img" focusable="false" ', 1))  # noqa: S308
