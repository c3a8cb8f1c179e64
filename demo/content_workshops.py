"""The demo's live workshops: one held at a past session, with what the room did, and one
ready to run at an upcoming session. Made through the workshops' services."""

FINISHED = {
    "session": "conferentie-kennissessie-actieplaat",
    "title": "Werksessie actieplaat op de kennissessie",
    "participants": ["Joost", "Marieke", "Samira", "Pieter", "Lotte", "Ahmed"],
    # Each participant's dots, by the element's position among the step's elements.
    "dots": [{0: 2, 4: 1}, {0: 1, 7: 2}, {4: 3}, {0: 1, 11: 1, 15: 1}, {7: 1, 4: 2}, {19: 3}],
    # (participant, column, text); columns: kansen, obstakels, oplossingen.
    "notes": [
        (0, 0, "Monteurs een dag per week uitlenen aan de zorg"),
        (1, 1, "Leidinggevenden laten hun beste mensen niet gaan"),
        (2, 1, "Onduidelijk wie de verzekering regelt tijdens de uitleen"),
        (3, 2, "Eén vaste contactpersoon per organisatie bij het loket"),
        (4, 0, "Reservisten inzetten bij piekdrukte in de logistiek"),
        (5, 2, "Een modelovereenkomst voor detachering tegen kostprijs"),
    ],
    # (note index, element position among the dot vote's elements): the facilitator's tags.
    "tags": [(1, 4), (2, 11), (5, 11)],
    # (participant, note index) upvotes.
    "upvotes": [(1, 0), (2, 0), (3, 1), (4, 2), (5, 1), (0, 3), (1, 5), (2, 5), (3, 5)],
    "poll": {
        "title": "Gaat uw organisatie dit jaar iemand uitlenen?",
        "options": ["Ja", "Nee", "Weet nog niet"],
        "answers": [0, 0, 2, 1, 0, 2],
    },
}

READY = {
    "session": "workshop-actieplaat",
    "title": "Werksessie actieplaat: wat pakken we op?",
}
