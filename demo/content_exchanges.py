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
    "evaluated",
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

# The evaluations of the evaluated exchange, per party: for each element of the plate's
# Meerwaarde theme, in its order, a score of 1 to 5 and a sentence.
EVALUATIONS = {
    "lender": [
        (4, "Onze medewerker kwam terug met nieuwe energie en verhalen over het werk elders."),
        (4, "Het eigen team ving het werk op; de dienstverlening leed er nauwelijks onder."),
        (3, "Bij ons was het een rustige periode, dus een tekort hebben we niet gevoeld."),
        (5, "Ze leerde een andere manier van plannen die we nu zelf ook gebruiken."),
        (4, "Collega's vragen nu zelf of zij ook eens ergens anders mogen werken."),
    ],
    "borrower": [
        (5, "De collega maakte het verschil in een periode waarin we het niet alleen redden."),
        (5, "Zonder deze hulp hadden we klanten moeten laten wachten."),
        (5, "Het gat in de bezetting was precies gedicht, tegen kostprijs."),
        (4, "We hebben ook van haar geleerd: een frisse blik op onze werkwijze."),
        (4, "Het laat zien dat we een werkgever zijn die samenwerkt in de regio."),
    ],
    "person": [
        (5, "Ik deed werk dat er echt toe deed, voor mensen die het nodig hadden."),
        (4, "Mijn collega's hebben mijn werk goed overgenomen; ik bleef bereikbaar."),
        (4, "Ik zag hoe groot de drukte elders was en kon daar iets aan doen."),
        (5, "Ik heb nieuwe vaardigheden geleerd die ik in mijn eigen baan gebruik."),
        (5, "Ik ben trotser op mijn eigen werkgever, die dit mogelijk maakte."),
    ],
}
