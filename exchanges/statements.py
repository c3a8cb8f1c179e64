"""Cost statements at cost price: a month's weeks of an exchange with their hours and
amounts. Plain functions over plain values, so that they can be checked without a database;
a week belongs to the month its Monday falls in."""

import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Row:
    week: datetime.date
    hours: Decimal
    status: str
    amount: Decimal


@dataclass(frozen=True)
class Statement:
    """One month of one exchange: every logged week, and the totals per status."""

    year: int
    month: int
    cost_price_per_hour: Decimal
    rows: tuple[Row, ...]

    def hours(self, status: str) -> Decimal:
        return sum((row.hours for row in self.rows if row.status == status), Decimal(0))

    def amount(self, status: str) -> Decimal:
        """The sum of the rows' amounts (each rounded to the cent), so the rows add up."""
        return sum((row.amount for row in self.rows if row.status == status), Decimal(0))


def amount_of(hours: Decimal, cost_price_per_hour: Decimal) -> Decimal:
    return (hours * cost_price_per_hour).quantize(CENT, rounding=ROUND_HALF_UP)


def monday_of(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def months_between(first: datetime.date, last: datetime.date) -> list[tuple[int, int]]:
    """(year, month) of every month whose weeks can fall in the period (by their Monday)."""
    day = monday_of(first).replace(day=1)
    months = []
    while day <= last:
        months.append((day.year, day.month))
        day = (day + datetime.timedelta(days=32)).replace(day=1)
    return months


def statement_of(entries, *, year: int, month: int, cost_price_per_hour: Decimal) -> Statement:
    """The month's statement from (week, hours, status) entries of any months."""
    rows = tuple(
        Row(week=week, hours=hours, status=status, amount=amount_of(hours, cost_price_per_hour))
        for week, hours, status in sorted(entries)
        if (week.year, week.month) == (year, month)
    )
    return Statement(year=year, month=month, cost_price_per_hour=cost_price_per_hour, rows=rows)
