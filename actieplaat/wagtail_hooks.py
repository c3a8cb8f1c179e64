"""What the action plate adds to pages of lower apps: the compact plate on the home page."""

from wagtail import hooks

from actieplaat.selectors import plate_grid, plate_within
from core.page_context import HOME_PAGE_CONTEXT


@hooks.register(HOME_PAGE_CONTEXT)
def home_page_plate(*, page, request) -> dict:
    plate = plate_within(root=page)
    return {"plate": plate, "plate_grid": plate_grid(plate=plate) if plate else []}
