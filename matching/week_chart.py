"""A week chart of requested and covered hours, and the week grid of the availability form,
for the templates."""

from dataclasses import dataclass

import numpy as np
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR

from matching import timegrid


@dataclass(frozen=True)
class Cell:
    state: str  # covered, uncovered, or empty (not requested)


@dataclass(frozen=True)
class Row:
    hour: int
    cells: list[Cell]


def week_chart(requested: np.ndarray, covered: np.ndarray) -> dict:
    """Rows of hours (only those with something requested) by columns of days."""
    days = requested.reshape(7, timegrid.SLOTS_PER_DAY)
    covered_days = (requested & covered).reshape(7, timegrid.SLOTS_PER_DAY)
    rows = []
    for hour in range(24):
        part = slice(hour * timegrid.SLOTS_PER_HOUR, (hour + 1) * timegrid.SLOTS_PER_HOUR)
        if not days[:, part].any():
            continue
        cells = []
        for day in range(7):
            if not days[day, part].any():
                cells.append(Cell("empty"))
            elif (
                covered_days[day, part].all()
                or covered_days[day, part].sum() >= days[day, part].sum()
            ):
                cells.append(Cell("covered"))
            elif covered_days[day, part].any():
                cells.append(Cell("partly"))
            else:
                cells.append(Cell("uncovered"))
        rows.append(Row(hour, cells))
    return {"days": [str(WEEKDAYS_ABBR[d]) for d in range(7)], "rows": rows}


@dataclass(frozen=True)
class GridCell:
    value: str
    checked: bool
    label: str

    @property
    def id(self) -> str:
        return f"slot-{self.value}"


def week_grid(form) -> dict:
    """The `slots` field of the availability form as rows of hours by columns of days, each
    cell a checkbox that keeps what the user ticked when the form comes back with errors."""
    field = form["slots"]
    chosen = {str(value) for value in (field.value() or [])}
    labels = dict(field.field.choices)
    rows = []
    for hour in range(24):
        cells = []
        for day in range(7):
            value = f"{day}-{hour}"
            cells.append(GridCell(value, value in chosen, str(labels[value])))
        rows.append(Row(hour, cells))
    return {
        "days": [str(WEEKDAYS_ABBR[d]) for d in range(7)],
        "day_names": [str(WEEKDAYS[d]) for d in range(7)],
        "rows": rows,
        "name": field.html_name,
    }
