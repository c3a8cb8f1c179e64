"""The agreement of an exchange: its text drawn from the template in use and the exchange's
terms, the hash a signature binds to, and the figures it states."""

import datetime
import hashlib
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from django.utils import formats, translation

from exchanges.models import PLACEHOLDER, AgreementTemplate, Exchange
from matching import timegrid, vectorised

CENT = Decimal("0.01")

# Used while editors have not written a template of their own (the agreement is a Dutch
# document, whatever the reader's language).
DEFAULT_TEMPLATE = (Path(__file__).parent / "default_agreement.txt").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Agreement:
    """The text of an exchange's agreement as it stands, and its hash."""

    text: str
    hash: str

    @property
    def blocks(self) -> list[tuple[str, str]]:
        """("heading" or "paragraph", text), for the page and the PDF."""
        found = []
        for block in self.text.split("\n\n"):
            block = block.strip()
            if not block:
                continue
            if block.startswith("# ") and "\n" not in block:
                found.append(("heading", block[2:].strip()))
            else:
                found.append(("paragraph", block))
        return found


def weeks_of(starts_on: datetime.date, ends_on: datetime.date) -> Decimal:
    """Weeks in a period, both days counted, to one decimal."""
    return (Decimal((ends_on - starts_on).days + 1) / Decimal(7)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )


def estimated_total(exchange: Exchange) -> Decimal:
    """Hours a week × cost price × weeks of the period, in cents."""
    weeks = Decimal((exchange.ends_on - exchange.starts_on).days + 1) / Decimal(7)
    return (exchange.hours_per_week * exchange.cost_price_per_hour * weeks).quantize(
        CENT, rounding=ROUND_HALF_UP
    )


def _amount(value: Decimal) -> str:
    return formats.number_format(value, decimal_pos=2, use_l10n=True, force_grouping=True)


def _number(value: Decimal) -> str:
    """6 or 6,5: no decimals for a whole number."""
    if value == value.to_integral_value():
        return str(int(value))
    return formats.number_format(value, decimal_pos=1, use_l10n=True)


def _date(value: datetime.date) -> str:
    return formats.date_format(value, "j F Y")


def template_text() -> str:
    template = AgreementTemplate.objects.filter(active=True).first()
    return template.body if template is not None else DEFAULT_TEMPLATE


def _values(exchange: Exchange) -> dict[str, str]:
    person = exchange.person
    sides = {"lender": exchange.lender.name, "borrower": exchange.borrower.name}
    windows = timegrid.windows_of(vectorised.unpack(exchange.week_mask))
    values = {
        "lender": exchange.lender.name,
        "borrower": exchange.borrower.name,
        "person": person.name if person is not None else "—",
        "job_title": (person.job_title if person is not None else "") or "—",
        "request": exchange.request.title,
        "form": exchange.request.form.name,
        "starts_on": _date(exchange.starts_on),
        "ends_on": _date(exchange.ends_on),
        "weeks": _number(weeks_of(exchange.starts_on, exchange.ends_on)),
        "hours_per_week": _number(exchange.hours_per_week),
        "windows": ", ".join(window.label for window in windows) or "—",
        "cost_price_per_hour": _amount(exchange.cost_price_per_hour),
        "estimated_total": _amount(estimated_total(exchange)),
        "wage_costs_by": sides[exchange.wage_costs_by],
        "insured_by": sides[exchange.insured_by],
        "notice_days": str(exchange.notice_days),
    }
    for name in (
        "declared_interests",
        "handover",
        "reachability",
        "contract",
        "onboarding",
        "supervisor",
        "system_access",
    ):
        values[name] = getattr(exchange, name).strip() or "—"
    return values


def agreement_of(exchange: Exchange) -> Agreement:
    """The agreement as it stands: the signed text once both signed, else drawn afresh from
    the template in use and the current terms (so any change shows, and voids signatures)."""
    if exchange.signed_text:
        return Agreement(text=exchange.signed_text, hash=exchange.signed_hash)
    # Always in Dutch: the same terms give the same text, and so the same hash, whatever
    # language the signer reads the site in.
    with translation.override("nl"):
        values = _values(exchange)
    text = PLACEHOLDER.sub(
        lambda found: values.get(found.group(1), found.group(0)), template_text()
    )
    return Agreement(text=text, hash=hashlib.sha256(text.encode()).hexdigest())
