"""What the cases app adds to pages of lower apps: the latest cases on the home page and
the cases that illustrate an element of the plate."""

from wagtail import hooks

from actieplaat.models.pages import ELEMENT_PAGE_CONTEXT
from cases.selectors import case_index_within, cases_for_element, cases_latest
from core.page_context import HOME_PAGE_CONTEXT


@hooks.register(HOME_PAGE_CONTEXT)
def home_page_cases(*, page, request) -> dict:
    return {"case_index": case_index_within(root=page), "latest_cases": cases_latest(limit=3)}


@hooks.register(ELEMENT_PAGE_CONTEXT)
def element_page_cases(*, page, request) -> dict:
    return {"cases": cases_for_element(element=page)}
