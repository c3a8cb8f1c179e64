"""Reads for the action plate: the grid of themes and elements, and an element's place in it."""

from dataclasses import dataclass, field

from wagtail.models import Page

from actieplaat.models import ActieplaatPage, ElementPage, ThemePage


@dataclass(frozen=True)
class PlateElement:
    """An element with its number on the plate, such as '2.3'."""

    page: ElementPage
    number: str


@dataclass(frozen=True)
class PlateTheme:
    """A theme with its number and its elements in editorial order."""

    page: ThemePage
    number: int
    elements: list[PlateElement] = field(default_factory=list)


def plate_grid(*, plate: ActieplaatPage) -> list[PlateTheme]:
    """The plate's live themes and elements, numbered, in two queries."""
    themes = ThemePage.objects.live().public().child_of(plate).order_by("path")
    elements = ElementPage.objects.live().public().descendant_of(plate).order_by("path")
    by_parent_path: dict[str, list[ElementPage]] = {}
    for element in elements:
        by_parent_path.setdefault(element.path[: -Page.steplen], []).append(element)
    grid = []
    for theme_number, theme in enumerate(themes, start=1):
        children = by_parent_path.get(theme.path, [])
        grid.append(
            PlateTheme(
                page=theme,
                number=theme_number,
                elements=[
                    PlateElement(page=element, number=f"{theme_number}.{element_number}")
                    for element_number, element in enumerate(children, start=1)
                ],
            )
        )
    return grid


def _plate_of(page: Page) -> ActieplaatPage | None:
    return ActieplaatPage.objects.ancestor_of(page).first()


def theme_elements(*, theme: ThemePage) -> PlateTheme | None:
    """The numbered entry of this theme on its plate."""
    plate = _plate_of(theme)
    if plate is None:
        return None
    return next((entry for entry in plate_grid(plate=plate) if entry.page.pk == theme.pk), None)


@dataclass(frozen=True)
class ElementPosition:
    """Where an element stands: its theme, its number, and its neighbours on the plate."""

    theme: PlateTheme
    element: PlateElement
    previous: PlateElement | None
    next: PlateElement | None


def element_position(*, element: ElementPage) -> ElementPosition | None:
    """The element's place on its plate, for numbering and previous/next links."""
    plate = _plate_of(element)
    if plate is None:
        return None
    grid = plate_grid(plate=plate)
    flat = [(theme, entry) for theme in grid for entry in theme.elements]
    for index, (theme, entry) in enumerate(flat):
        if entry.page.pk == element.pk:
            return ElementPosition(
                theme=theme,
                element=entry,
                previous=flat[index - 1][1] if index > 0 else None,
                next=flat[index + 1][1] if index + 1 < len(flat) else None,
            )
    return None


def plate_numbering() -> dict[int, tuple[PlateTheme, PlateElement]]:
    """Every live element's theme and number, by page id, across all plates."""
    numbering = {}
    for plate in ActieplaatPage.objects.live().public():
        for theme in plate_grid(plate=plate):
            for entry in theme.elements:
                numbering[entry.page.pk] = (theme, entry)
    return numbering


def plate_within(*, root: Page) -> ActieplaatPage | None:
    """The first live action plate below this page (normally the home page)."""
    return ActieplaatPage.objects.live().public().descendant_of(root).order_by("path").first()


def theme_of_plate(*, slug: str) -> PlateTheme | None:
    """The theme with this slug on the first live plate, numbered, with its elements."""
    plate = ActieplaatPage.objects.live().public().order_by("path").first()
    if plate is None:
        return None
    return next((theme for theme in plate_grid(plate=plate) if theme.page.slug == slug), None)
