"""Demo exchanges: for the open requests, the best candidates taken to different steps, so
that the exchange pages, "waiting for me" and the dashboards have something to show. Written
for the demo; the facts follow the seeds (cost price, a loket, hybrid roles)."""

# The states the demo's exchanges are taken to, one by one over the open requests' best
# candidates (at most two a request), so that every state shows somewhere.
STATES = [
    "active",
    "consented",
    "signed",
    "approved",
    "completed",
    "declined",
    "confirmed",
    "ended_early",
    "proposed",
    "approved",
]
PER_REQUEST = 2

LENDER_ANSWERS = {
    "handover": "Een collega uit het eigen team neemt de vaste taken over; spoedklussen gaan "
    "naar de teamleider.",
    "reachability": "Bereikbaar via telefoon en e-mail op de dagen dat er niet wordt uitgeleend.",
    "contract": "Het arbeidscontract en de arbeidsvoorwaarden blijven ongewijzigd; reiskosten "
    "worden vergoed door de uitlenende organisatie.",
}
PERSON_ANSWERS = {"declared_interests": "Geen."}
BORROWER_ANSWERS = {
    "onboarding": "De eerste dag een rondleiding en meelopen met een vaste collega; daarna "
    "zelfstandig met een wekelijks gesprek.",
    "supervisor": "Teamleider van de afdeling",
    "system_access": "Een eigen account en een toegangspas vanaf de eerste dag.",
}
DECLINE_REASON = "De afdeling heeft de komende maanden zelf een piek; later graag opnieuw."
END_EARLY_REASON = "De opdracht was sneller klaar dan gedacht; beide kanten zijn tevreden."
