from actieplaat.models.pages import (
    ActieplaatPage,
    ElementPage,
    GuidePage,
    RoutekaartPage,
    ThemePage,
)

__all__ = ["ActieplaatPage", "ElementPage", "GuidePage", "RoutekaartPage", "ThemePage"]
