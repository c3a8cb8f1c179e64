"""PDFs of exchanges (the agreement, the cost statements), drawn by WeasyPrint from the same
templates as their pages (some tens of milliseconds a document here: docs/performance.md).

WeasyPrint needs Debian's Pango (`libpango-1.0-0`, `libpangoft2-1.0-0`); without it the site
still runs and a PDF download says what is missing.
"""

from django.template.loader import render_to_string

try:
    from weasyprint import HTML
except OSError:  # Pango is missing: see the module's docstring
    HTML = None


class PdfUnavailable(Exception):
    """This server cannot draw PDFs (Pango is not installed)."""


def pdf_from_html(html: str) -> bytes:
    if HTML is None:
        raise PdfUnavailable
    return HTML(string=html).write_pdf()


def agreement_pdf(context: dict) -> bytes:
    """The PDF of an agreement page's context (`views.agreement_context`)."""
    return pdf_from_html(render_to_string("exchanges/agreement_pdf.html", context))
