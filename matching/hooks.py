"""Hooks through which higher apps add to matching's pages without matching importing them
(see `core.page_context`): each registered function takes `page` (the object the page is
about) and `request` and returns a dict for the template."""

# A request's page: `request_actions`, a list of {"url", "label"} for the people who may use
# them (the exchanges app: propose an exchange with a shortlisted candidate).
REQUEST_PAGE_CONTEXT = "matching_request_page_context"
# Matching's start page: `matching_cards`, a list of {"title", "text", "links": [{"url",
# "label"}]} (the exchanges app: the exchanges waiting for you).
MATCHING_INDEX_CONTEXT = "matching_index_context"
