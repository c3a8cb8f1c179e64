"""Context that higher apps add to the pages of lower ones, through Wagtail's hooks: the
home page shows the plate, the latest cases and the upcoming sessions without core
importing the apps that hold them.

An app registers a function in its `wagtail_hooks.py` that takes the page and the request
(keyword-only) and returns a dict for the template:

    @hooks.register(HOME_PAGE_CONTEXT)
    def home_page_cases(*, page, request) -> dict:
        return {"latest_cases": cases_latest(limit=3)}
"""

from wagtail import hooks

HOME_PAGE_CONTEXT = "home_page_context"
# A network session's page: higher apps add links for the people who may use them, as
# `session_actions`, a list of {"url", "label"} (the workshops app: build a workshop).
SESSION_PAGE_CONTEXT = "session_page_context"


def context_from_hooks(hook_name: str, *, page, request) -> dict:
    """What every function registered under this hook adds, merged in registration order
    (the order of INSTALLED_APPS)."""
    context = {}
    for add_context in hooks.get_hooks(hook_name):
        context.update(add_context(page=page, request=request))
    return context
