"""The site-wide search page."""

from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from search.services import pages_search


@require_GET
def search(request):
    """Search results for the query in ?q=, paginated with ?pagina=."""
    found = pages_search(query=request.GET.get("q", ""), page_number=request.GET.get("pagina"))
    return TemplateResponse(
        request, "search/search.html", {"search_query": found.query, "results": found.results}
    )
