"""What the exchanges app holds about a person (registered in `ExchangesConfig.ready`): the
exchanges they took part in, with the terms and the hours logged, and the agreements they signed for
their organisation. On erasure the organisations keep their record of each exchange (the
terms and the cost price are their financial records) with the person's name taken out."""

from core import privacy
from core.privacy import iso
from exchanges.models import Evaluation, Exchange, Signature

ERASED = "[verwijderd]"


def _exchanges(user) -> list[dict]:
    person = getattr(user, "person", None)
    if person is None:
        return []
    return [
        {
            "request": e.request.title,
            "lender": e.lender.name,
            "borrower": e.borrower.name,
            "state": e.state,
            "starts_on": iso(e.starts_on),
            "ends_on": iso(e.ends_on),
            "hours_per_week": str(e.hours_per_week),
            "cost_price_per_hour": str(e.cost_price_per_hour),
            "declared_interests": e.declared_interests,
            "reason": e.reason,
            "signed_text": e.signed_text,
            "hours": [
                {"week": iso(h.week), "hours": str(h.hours), "status": h.status, "note": h.note}
                for h in e.hours.all()
            ],
        }
        for e in Exchange.objects.filter(person=person)
        .select_related("request", "lender", "borrower")
        .prefetch_related("hours")
    ]


def _signatures(user) -> list[dict]:
    return [
        {
            "request": s.exchange.request.title,
            "side": s.side,
            "signer_name": s.signer_name,
            "signed_at": iso(s.signed_at),
        }
        for s in Signature.objects.filter(user=user).select_related("exchange__request")
    ]


def _evaluations(user) -> list[dict]:
    return [
        {
            "request": e.exchange.request.title,
            "role": e.role,
            "submitted_at": iso(e.submitted_at),
            "answers": e.answers,
        }
        for e in Evaluation.objects.filter(user=user).select_related("exchange__request")
    ]


def _erase(user) -> None:
    """Take the person's name and what they declared out of the exchanges' records; the
    person and their availability go with the account (SET_NULL)."""
    person = getattr(user, "person", None)
    if person is not None:
        for exchange in Exchange.objects.filter(person=person):
            exchange.declared_interests = ""
            if person.name:
                exchange.signed_text = exchange.signed_text.replace(person.name, ERASED)
            exchange.save(update_fields=["declared_interests", "signed_text"])
            # What they said in their own evaluation goes; the organisations' stay.
            exchange.evaluations.filter(role="person").delete()
    Signature.objects.filter(user=user).update(signer_name=ERASED)


def register() -> None:
    privacy.register(
        "exchanges",
        export=_exchanges,
        models=("exchanges.Exchange", "exchanges.HoursEntry"),
        erase=_erase,
    )
    privacy.register("agreements_signed", export=_signatures, models=("exchanges.Signature",))
    privacy.register("evaluations_given", export=_evaluations, models=("exchanges.Evaluation",))
