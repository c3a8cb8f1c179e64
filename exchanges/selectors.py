"""Reads for exchanges: who a user is in an exchange, what waits for whom, and the lists the
pages show. Nobody sees an exchange they have no part in (the desk sees all)."""

from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.models import ModelLogEntry

from actieplaat.selectors import theme_of_plate
from exchanges.agreement import agreement_of
from exchanges.choices import HOLDING_STATES, ExchangeState, Role, Side
from exchanges.models import Exchange
from exchanges.transitions import available, waiting_for
from network.permissions import administers, can_moderate, person_of

SIDE_ROLES = {Side.LENDER: Role.LENDER, Side.BORROWER: Role.BORROWER}
# The theme of the plate whose elements a finished exchange is evaluated on.
EVALUATION_THEME = "meerwaarde"


def roles_of(user, exchange: Exchange) -> set[str]:
    """The parts this user has in the exchange."""
    roles = set()
    if not (user and user.is_authenticated):
        return roles
    person = person_of(user)
    if person is not None and exchange.person_id == person.pk:
        roles.add(Role.PERSON)
    if administers(user, exchange.lender):
        roles.add(Role.LENDER)
    if administers(user, exchange.borrower):
        roles.add(Role.BORROWER)
    if can_moderate(user):
        roles.add(Role.DESK)
    return roles


def exchanges_visible_to(user) -> QuerySet[Exchange]:
    """The exchanges this user has a part in; for the desk, all."""
    exchanges = Exchange.objects.select_related(
        "request__form", "lender", "borrower", "person__user"
    )
    if can_moderate(user):
        return exchanges
    person = person_of(user)
    if person is None:
        return exchanges.none()
    mine = Q(person=person)
    if user.has_perm("network.manage_own_organisation"):
        mine |= Q(lender_id=person.organisation_id) | Q(borrower_id=person.organisation_id)
    return exchanges.filter(mine)


def valid_signatures(exchange: Exchange) -> dict:
    """The signatures that still hold (on the agreement's text as it stands), by side."""
    current = agreement_of(exchange).hash
    return {s.side: s for s in exchange.signatures.all() if s.text_hash == current}


def waiting_roles(exchange: Exchange) -> frozenset:
    """Whom the exchange waits for; in signing, the sides that have not signed yet."""
    roles = waiting_for(exchange.state)
    if exchange.state == ExchangeState.ACTIVE and exchange.ends_on >= timezone.localdate():
        return frozenset()  # running as agreed: it waits for nobody until its end
    if exchange.state == ExchangeState.CONFIRMED:
        roles = roles - {SIDE_ROLES[side] for side in valid_signatures(exchange)}
    if exchange.state in (ExchangeState.COMPLETED, ExchangeState.ENDED_EARLY):
        roles = (roles & evaluators(exchange)) - set(
            exchange.evaluations.values_list("role", flat=True)
        )
    return roles


def evaluators(exchange: Exchange) -> set[str]:
    """Who evaluates a finished exchange: both organisations, and the person while their
    data is on the platform."""
    roles = {Role.LENDER, Role.BORROWER}
    if exchange.person_id is not None:
        roles.add(Role.PERSON)
    return roles


def evaluation_questions() -> list:
    """The elements of the plate's Meerwaarde theme, which the evaluation asks about."""
    theme = theme_of_plate(slug=EVALUATION_THEME)
    return [element.page for element in theme.elements] if theme is not None else []


def exchanges_waiting_for(user) -> list[Exchange]:
    """The exchanges in which the next step is this user's to take."""
    waiting = []
    for exchange in exchanges_visible_to(user).exclude(
        state__in=[ExchangeState.DECLINED, ExchangeState.EVALUATED]
    ):
        # The user's parts first: the desk has none, and what an exchange waits for costs
        # more to work out (the agreement's text, its signatures, its evaluations).
        parts = roles_of(user, exchange) - {Role.DESK}
        if parts and waiting_roles(exchange) & parts:
            waiting.append(exchange)
    return waiting


def actions_for(user, exchange: Exchange) -> list:
    """The transitions this user may take now (`transitions.available`), without signing
    twice for a side that has signed."""
    roles = roles_of(user, exchange) - {Role.DESK}
    found = available(exchange.state, roles)
    if exchange.state == ExchangeState.CONFIRMED:
        unsigned = waiting_roles(exchange)
        found = [t for t in found if t.name != "sign" or roles & unsigned]
    if exchange.state in (ExchangeState.COMPLETED, ExchangeState.ENDED_EARLY):
        pending = waiting_roles(exchange)
        found = [t for t in found if t.name != "evaluate" or roles & pending]
    return found


def live_exchanges_of_request(request) -> QuerySet[Exchange]:
    """The request's exchanges that hold someone's hours (proposed up to active)."""
    return Exchange.objects.filter(request=request, state__in=HOLDING_STATES)


def exchange_history(exchange: Exchange) -> QuerySet:
    """Every transition of the exchange, oldest first (Wagtail's audit log)."""
    return (
        ModelLogEntry.objects.for_instance(exchange)
        .select_related("user")
        .order_by("timestamp", "pk")
    )
