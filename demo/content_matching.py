"""Demo content for matching: requests posted by organisations of the network, and the
patterns of time that generated people offer. Dates are relative to the day of loading, so
the demo stays current. All texts are written for this demo."""

# Weekdays: 0 = Monday ... 6 = Sunday. Times as "HH:MM"; "00:00" as an end is midnight.
REQUESTS = [
    {
        "organisation": "chain-logistics",
        "title": "Extra handen in het magazijn rond de feestdagen",
        "description": (
            "In de weken voor de feestdagen verwerken we bijna twee keer zoveel orders. We "
            "zoeken collega's uit de regio die een paar ochtenden meedraaien in het magazijn. "
            "Een heftruckcertificaat is nodig; ervaring met orderpicken helpt."
        ),
        "form": "collegiaal-uitlenen",
        "status": "open",
        "starts_in_days": 7,
        "weeks": 8,
        "windows": [(0, "07:00", "12:00"), (2, "07:00", "12:00"), (4, "07:00", "12:00")],
        "hours_per_week": 15,
        "people_needed": 2,
        "required": [],
        "desired": ["heftruck", "magazijnbeheer", "logistieke-planning"],
        "max_cost_per_hour": 55,
    },
    {
        "organisation": "chain-logistics",
        "title": "Planner voor de nachtploeg",
        "description": (
            "Voor een nieuwe klant plannen we ritten in de nacht. We zoeken iemand die twee "
            "avonden per week het rooster en de routes maakt. Nog in concept: we stemmen de "
            "tijden eerst af met de klant."
        ),
        "form": "collegiaal-uitlenen",
        "status": "draft",
        "starts_in_days": 30,
        "weeks": 12,
        "windows": [(1, "18:00", "22:00"), (3, "18:00", "22:00")],
        "hours_per_week": 8,
        "people_needed": 1,
        "required": [],
        "desired": ["logistieke-planning", "roosteren"],
        "max_cost_per_hour": 60,
    },
    {
        "organisation": "deventer-ziekenhuis",
        "title": "Reservisten voor een verpleegafdeling onder druk",
        "description": (
            "Door ziekte onder het personeel is er een tekort op de verpleegafdeling. Via de "
            "zorgreserve roepen we reservisten op die de komende weken diensten kunnen draaien. "
            "Een geldige BIG-registratie als verpleegkundige is vereist."
        ),
        "form": "reservist-duaal-werkgeverschap",
        "status": "open",
        "is_crisis": True,
        "starts_in_days": 2,
        "weeks": 6,
        "windows": [(d, "07:00", "15:00") for d in range(7)],
        "hours_per_week": 16,
        "people_needed": 3,
        "required": ["big-verpleegkundige"],
        "desired": ["verpleegkunde"],
        "max_cost_per_hour": 70,
    },
    {
        "organisation": "defensie",
        "title": "Monteur voor het onderhoud van voertuigen",
        "description": (
            "Bij een onderhoudsbedrijf van Defensie is tijdelijk extra capaciteit nodig voor "
            "het onderhoud van wielvoertuigen. Je werkt mee in een vast team en houdt je eigen "
            "baan. VCA is verplicht op de werkplaats."
        ),
        "form": "collegiaal-uitlenen",
        "status": "open",
        "starts_in_days": 14,
        "weeks": 16,
        "windows": [(d, "08:00", "16:00") for d in range(4)],
        "hours_per_week": 16,
        "people_needed": 2,
        "required": ["vca-basis"],
        "desired": ["monteur", "onderhoud"],
        "max_cost_per_hour": 65,
    },
    {
        "organisation": "thales",
        "title": "Software-engineer voor een testcampagne",
        "description": (
            "Voor de testcampagne van een radarsysteem zoeken we een ervaren ontwikkelaar die "
            "twee dagen per week testscripts schrijft en resultaten analyseert. Deels op "
            "afstand is goed mogelijk."
        ),
        "form": "loopbaanervaring",
        "status": "open",
        "starts_in_days": 10,
        "weeks": 20,
        "windows": [(1, "09:00", "17:00"), (3, "09:00", "17:00")],
        "hours_per_week": 16,
        "people_needed": 1,
        "remote_possible": True,
        "required": [],
        "desired": ["softwareontwikkeling", "data-analyse"],
        "max_cost_per_hour": 95,
    },
    {
        "organisation": "royal-ihc",
        "title": "Werkvoorbereider voor de bouw van een baggerschip",
        "description": (
            "In de bouwfase van een nieuw schip zoeken we iemand die de werkvoorbereiding "
            "ondersteunt: tekeningen lezen, materiaal bestellen en de planning bijhouden."
        ),
        "form": "collegiaal-uitlenen",
        "status": "open",
        "starts_in_days": 21,
        "weeks": 12,
        "windows": [(0, "08:00", "16:00"), (1, "08:00", "16:00")],
        "hours_per_week": 16,
        "people_needed": 1,
        "required": [],
        "desired": ["werktuigbouw", "logistieke-planning"],
        "max_cost_per_hour": 75,
    },
    {
        "organisation": "fontys",
        "title": "Hybride docent elektrotechniek",
        "description": (
            "Voor de opleiding elektrotechniek zoeken we een technicus uit het bedrijfsleven "
            "die een paar uur per week les geeft en studenten begeleidt bij hun project. Je "
            "brengt de praktijk de klas in; wij helpen met de didactiek."
        ),
        "form": "hybride-functie",
        "status": "open",
        "starts_in_days": 14,
        "weeks": 30,
        "windows": [(2, "08:00", "10:00"), (3, "13:00", "15:00")],
        "hours_per_week": 4,
        "people_needed": 1,
        "required": [],
        "desired": ["elektrotechniek", "lesgeven", "pdg"],
        "max_cost_per_hour": 80,
    },
    {
        "organisation": "deventer-ziekenhuis",
        "title": "Zorgondersteuning in de avonduren",
        "description": (
            "Op de afdeling geriatrie helpen extra handen in de avond: maaltijden, gesprekken "
            "met patiënten en familie, en ondersteuning van de verpleging."
        ),
        "form": "collegiaal-uitlenen",
        "status": "open",
        "starts_in_days": 5,
        "weeks": 10,
        "windows": [(d, "17:00", "21:00") for d in range(5)],
        "hours_per_week": 8,
        "people_needed": 2,
        "required": [],
        "desired": ["zorgondersteuning", "coaching"],
        "max_cost_per_hour": 45,
    },
]

# Weekly patterns people offer: (weekday, start, end) windows.
PATTERNS = [
    [(2, "08:00", "10:00")],
    [(0, "07:00", "12:00"), (2, "07:00", "12:00")],
    [(4, "07:00", "12:00"), (2, "08:00", "12:00")],
    [(1, "09:00", "17:00"), (3, "09:00", "17:00")],
    [(0, "08:00", "16:00"), (1, "08:00", "16:00")],
    [(2, "08:00", "16:00"), (3, "08:00", "16:00")],
    [(d, "17:00", "21:00") for d in (0, 2, 4)],
    [(5, "07:00", "15:00"), (6, "07:00", "15:00")],
    [(d, "07:00", "15:00") for d in range(5)],
    [(3, "13:00", "15:00"), (2, "08:00", "10:00")],
    [(0, "13:00", "17:00"), (4, "13:00", "17:00")],
    [(1, "18:00", "22:00"), (3, "18:00", "22:00")],
]

# The member demo login offers this; it fits the magazine request of another organisation
# only partly, which shows the explanation at work.
MEMBER_LOGIN_PATTERN = [(2, "08:00", "10:00"), (4, "13:00", "17:00")]

# Cost prices per hour, by sector (what lending organisations charge: salary and overhead).
COST_PRICE = {
    "defence": (55, 70),
    "healthcare": (45, 65),
    "education": (50, 70),
    "industry_technology": (60, 95),
    "logistics": (40, 55),
    "public_administration": (55, 75),
    "other": (45, 70),
}

# Day shifts a reservist in care typically offers.
RESERVE_PATTERNS = [
    [(0, "07:00", "15:00"), (2, "07:00", "15:00")],
    [(5, "07:00", "15:00"), (6, "07:00", "15:00")],
    [(1, "07:00", "15:00"), (3, "07:00", "15:00"), (4, "07:00", "15:00")],
]
RESERVE_QUALIFICATION = "big-verpleegkundige"

# Share of generated people who offer availability, and of them the reserve.
OFFERING_SHARE = 0.7
CRISIS_ONLY_SHARE = 0.1
BOTH_SHARE = 0.15
