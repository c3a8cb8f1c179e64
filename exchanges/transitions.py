"""The one table of an exchange's transitions: from which states, to which, by whom.
Services look transitions up here (`exchanges.services.exchange_transition`); pages show the
actions a user may take from the same table."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from exchanges.choices import BEFORE_SIGNING, ExchangeState, Role

S = ExchangeState


@dataclass(frozen=True)
class Transition:
    name: str
    label: str  # the button
    sources: frozenset
    target: str | None  # None: decided by the service (signing: signed once both have)
    roles: frozenset
    needs_reason: bool = False
    # Whether the party taking it is the one the exchange waits for (a decline is not).
    advances: bool = True


TRANSITIONS = {
    t.name: t
    for t in (
        Transition(
            "approve",
            _("Approve the exchange"),
            frozenset({S.PROPOSED}),
            S.APPROVED,
            frozenset({Role.LENDER}),
        ),
        Transition(
            "consent",
            _("I consent"),
            frozenset({S.APPROVED}),
            S.CONSENTED,
            frozenset({Role.PERSON}),
        ),
        Transition(
            "confirm",
            _("Confirm the exchange"),
            frozenset({S.CONSENTED}),
            S.CONFIRMED,
            frozenset({Role.BORROWER}),
        ),
        Transition(
            "amend",
            _("Change the terms"),
            frozenset({S.CONFIRMED}),
            S.CONFIRMED,
            frozenset({Role.LENDER, Role.BORROWER}),
            advances=False,
        ),
        Transition(
            "sign",
            _("Sign the agreement"),
            frozenset({S.CONFIRMED}),
            None,
            frozenset({Role.LENDER, Role.BORROWER}),
        ),
        Transition(
            "start",
            _("Start the exchange"),
            frozenset({S.SIGNED}),
            S.ACTIVE,
            frozenset({Role.LENDER, Role.BORROWER}),
        ),
        Transition(
            "complete",
            _("Mark as completed"),
            frozenset({S.ACTIVE}),
            S.COMPLETED,
            frozenset({Role.LENDER, Role.BORROWER}),
        ),
        Transition(
            "end_early",
            _("End early"),
            frozenset({S.ACTIVE}),
            S.ENDED_EARLY,
            frozenset({Role.LENDER, Role.BORROWER, Role.PERSON}),
            needs_reason=True,
            advances=False,
        ),
        Transition(
            "evaluate",
            _("Send the evaluation"),
            frozenset({S.COMPLETED, S.ENDED_EARLY}),
            None,
            frozenset({Role.LENDER, Role.BORROWER, Role.PERSON}),
        ),
        Transition(
            "decline",
            _("Decline"),
            BEFORE_SIGNING,
            S.DECLINED,
            frozenset({Role.LENDER, Role.BORROWER, Role.PERSON}),
            needs_reason=True,
            advances=False,
        ),
    )
}


# How the history names each step once taken.
HISTORY_LABELS = {
    "propose": _("Proposed"),
    "approve": _("Approved"),
    "consent": _("Consented"),
    "confirm": _("Confirmed"),
    "amend": _("Terms changed"),
    "sign": _("Signed"),
    "start": _("Started"),
    "complete": _("Completed"),
    "end_early": _("Ended early"),
    "decline": _("Declined"),
    "evaluate": _("Evaluated"),
    "case": _("Turned into a draft case"),
}


def available(state: str, roles: set) -> list[Transition]:
    """The transitions these roles may take from this state, in the table's order."""
    return [t for t in TRANSITIONS.values() if state in t.sources and roles & t.roles]


def waiting_for(state: str) -> frozenset:
    """The roles the exchange waits for in this state (to move it forward)."""
    return frozenset(
        role for t in TRANSITIONS.values() if state in t.sources and t.advances for role in t.roles
    )


class OutOfOrder(Exception):
    """A step that is not possible in the exchange's state (answered 409, with the reason)."""
