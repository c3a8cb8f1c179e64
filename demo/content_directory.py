"""Demo data for the directory: the shared vocabulary, organisation profiles, and the
building blocks from which the demo people are generated (with a fixed seed)."""

# (slug, name, related slugs); related terms count partly when matching.
EXPERTISE = [
    ("monteur", "Monteur", ["technicus", "onderhoud"]),
    ("technicus", "Technicus", ["monteur", "elektrotechniek", "werktuigbouw"]),
    ("onderhoud", "Onderhoud en reparatie", ["monteur"]),
    ("elektrotechniek", "Elektrotechniek", ["technicus"]),
    ("werktuigbouw", "Werktuigbouwkunde", ["technicus"]),
    ("programmeur", "Programmeren", ["softwareontwikkeling"]),
    ("softwareontwikkeling", "Softwareontwikkeling", ["programmeur", "cybersecurity"]),
    ("cybersecurity", "Cybersecurity", ["softwareontwikkeling"]),
    ("data-analyse", "Data-analyse", []),
    ("logistieke-planning", "Logistieke planning", ["roosteren", "magazijnbeheer"]),
    ("roosteren", "Planning en roostering", ["logistieke-planning"]),
    ("magazijnbeheer", "Magazijnbeheer", ["logistieke-planning"]),
    ("transport", "Transport en vervoer", []),
    ("inkoop", "Inkoop", []),
    ("projectmanagement", "Projectmanagement", ["procesverbetering"]),
    ("procesverbetering", "Procesverbetering (lean)", ["projectmanagement"]),
    ("hr-advies", "HR-advies", ["werving"]),
    ("werving", "Werving en selectie", ["hr-advies"]),
    ("lesgeven", "Lesgeven", ["opleiden"]),
    ("opleiden", "Opleiden en trainen", ["lesgeven", "coaching"]),
    ("coaching", "Coaching en begeleiding", ["opleiden"]),
    ("verpleegkunde", "Verpleegkunde", ["zorgondersteuning"]),
    ("zorgondersteuning", "Zorgondersteuning", ["verpleegkunde"]),
    ("communicatie", "Communicatie", []),
    ("financien", "Financiën en control", []),
    ("juridisch-advies", "Juridisch advies", []),
    ("veiligheid", "Veiligheid en preventie", []),
    ("facilitair", "Facilitaire dienstverlening", []),
    ("leidinggeven", "Leidinggeven", ["coaching"]),
    ("beleidsadvies", "Beleidsadvies", []),
]

QUALIFICATIONS = [
    ("big-verpleegkundige", "BIG-registratie verpleegkundige", []),
    ("big-arts", "BIG-registratie arts", []),
    ("lesbevoegdheid-eerstegraads", "Eerstegraads lesbevoegdheid", ["lesbevoegdheid-tweedegraads"]),
    (
        "lesbevoegdheid-tweedegraads",
        "Tweedegraads lesbevoegdheid",
        ["lesbevoegdheid-eerstegraads", "pdg"],
    ),
    ("pdg", "Pedagogisch-didactisch getuigschrift (PDG)", ["lesbevoegdheid-tweedegraads"]),
    ("vca-basis", "VCA Basis", ["vca-vol"]),
    ("vca-vol", "VCA VOL", ["vca-basis"]),
    ("bhv", "Bedrijfshulpverlening (BHV)", ["ehbo"]),
    ("ehbo", "EHBO", ["bhv"]),
    ("nen-3140", "NEN 3140 (werken aan elektrische installaties)", []),
    ("rijbewijs-c", "Rijbewijs C", ["code-95"]),
    ("code-95", "Code 95", ["rijbewijs-c"]),
    ("heftruck", "Heftruckcertificaat", []),
    ("prince2", "PRINCE2", []),
    ("veiligheidsmachtiging", "Verklaring van geen bezwaar (veiligheidsmachtiging)", []),
]

# Profiles of the organisations of the demo content: size, status and what they offer/need.
ORGANISATION_PROFILES = {
    "defensie": (
        "large",
        "agreement_signed",
        "2019-03-01",
        ["monteur", "logistieke-planning", "cybersecurity"],
        ["technicus", "programmeur", "elektrotechniek"],
    ),
    "hr-ecosysteem": ("large", "agreement_signed", "2019-03-01", ["hr-advies"], []),
    "thales": (
        "large",
        "agreement_signed",
        "2019-09-15",
        ["softwareontwikkeling", "elektrotechniek"],
        ["projectmanagement"],
    ),
    "royal-ihc": (
        "large",
        "agreement_signed",
        "2020-01-20",
        ["werktuigbouw", "technicus"],
        ["logistieke-planning"],
    ),
    "asml": (
        "large",
        "joined",
        None,
        ["technicus", "softwareontwikkeling", "lesgeven"],
        ["werving"],
    ),
    "tmc": ("large", "joined", None, ["technicus", "projectmanagement"], []),
    "fontys": ("large", "joined", None, ["opleiden", "lesgeven"], ["technicus", "programmeur"]),
    "brainport-eindhoven": ("small", "joined", None, ["projectmanagement"], []),
    "nationale-zorgreserve": (
        "small",
        "agreement_signed",
        "2020-04-15",
        ["verpleegkunde", "roosteren"],
        ["zorgondersteuning"],
    ),
    "deventer-ziekenhuis": (
        "large",
        "agreement_signed",
        "2021-06-01",
        ["verpleegkunde", "coaching"],
        ["zorgondersteuning", "facilitair"],
    ),
    "we-care-to-discover": ("small", "joined", None, ["zorgondersteuning"], ["coaching"]),
    "nsvp": ("small", "joined", None, ["beleidsadvies", "opleiden"], []),
    "chain-logistics": (
        "small",
        "agreement_signed",
        "2022-03-01",
        ["transport", "magazijnbeheer"],
        ["monteur"],
    ),
    "sidekix": ("small", "joined", None, ["werktuigbouw"], ["magazijnbeheer", "transport"]),
    "wiltec": ("small", "joined", None, ["onderhoud", "monteur"], ["procesverbetering"]),
    "uov-de-kring": ("small", "joined", None, ["beleidsadvies"], []),
    "vno-ncw": ("large", "joined", None, ["beleidsadvies", "juridisch-advies"], []),
    "fme": ("large", "joined", None, ["beleidsadvies"], []),
    "platform-defensie-bedrijfsleven": ("small", "joined", None, ["communicatie"], []),
}

# Name patterns for the generated organisations, per sector: {name} is a family name,
# {place} a town of the region.
ORGANISATION_PATTERNS = {
    "healthcare": [
        "Zorggroep {place}",
        "Thuiszorg {name}",
        "Ziekenhuis {place}",
        "Verpleeghuis De {name}hof",
    ],
    "education": ["{place} College", "ROC {place}", "Basisschool De {name}", "Lyceum {place}"],
    "industry_technology": [
        "{name} Techniek",
        "{name} Installatietechniek",
        "Metaalbewerking {name}",
        "{name} Machinebouw",
    ],
    "logistics": ["{name} Transport", "Distributiecentrum {place}", "{name} Logistiek"],
    "public_administration": ["Gemeente {place}", "Omgevingsdienst {place}", "Waterschap {name}"],
    "other": ["{name} Facilitair", "Schoonmaakbedrijf {name}", "{name} Advies"],
}

GENERATED_PLACES = {
    "noord-brabant": ["Tilburg", "Breda", "Oss", "Helmond", "'s-Hertogenbosch"],
    "gelderland": ["Arnhem", "Nijmegen", "Apeldoorn", "Ede", "Doetinchem"],
    "overijssel": ["Zwolle", "Enschede", "Almelo", "Deventer"],
    "zuid-holland": ["Rotterdam", "Leiden", "Dordrecht", "Delft", "Gouda"],
    "utrecht": ["Amersfoort", "Zeist", "Nieuwegein", "Veenendaal"],
    "noord-holland": ["Haarlem", "Alkmaar", "Hoorn", "Den Helder", "Zaandam"],
    "groningen": ["Groningen", "Veendam", "Delfzijl"],
    "friesland": ["Leeuwarden", "Heerenveen", "Sneek"],
    "limburg": ["Maastricht", "Venlo", "Heerlen", "Roermond"],
    "drenthe": ["Assen", "Emmen", "Hoogeveen"],
    "zeeland": ["Middelburg", "Vlissingen", "Goes"],
    "flevoland": ["Almere", "Lelystad"],
}

JOB_TITLES = {
    "defence": [
        "Monteur",
        "Logistiek specialist",
        "Officier",
        "Cyberspecialist",
        "Planner",
        "HR-adviseur",
    ],
    "healthcare": [
        "Verpleegkundige",
        "Verzorgende IG",
        "Teamleider zorg",
        "Roosteraar",
        "Zorgassistent",
        "Praktijkopleider",
    ],
    "education": [
        "Docent techniek",
        "Docent informatica",
        "Teamleider",
        "Praktijkbegeleider",
        "Instructeur",
    ],
    "industry_technology": [
        "Servicemonteur",
        "Software-engineer",
        "Werkvoorbereider",
        "Elektromonteur",
        "Projectleider",
        "Engineer",
    ],
    "logistics": [
        "Chauffeur",
        "Planner",
        "Magazijnmedewerker",
        "Teamleider logistiek",
        "Transportplanner",
    ],
    "public_administration": [
        "Beleidsmedewerker",
        "Vergunningverlener",
        "Projectleider",
        "Adviseur",
    ],
    "other": [
        "Adviseur",
        "Projectleider",
        "Medewerker facilitair",
        "Accountmanager",
        "Coördinator",
    ],
}

SECTOR_EXPERTISE = {
    "defence": [
        "monteur",
        "technicus",
        "logistieke-planning",
        "cybersecurity",
        "leidinggeven",
        "veiligheid",
    ],
    "healthcare": ["verpleegkunde", "zorgondersteuning", "roosteren", "coaching", "opleiden"],
    "education": ["lesgeven", "opleiden", "coaching", "technicus", "programmeur"],
    "industry_technology": [
        "technicus",
        "monteur",
        "elektrotechniek",
        "werktuigbouw",
        "softwareontwikkeling",
        "projectmanagement",
    ],
    "logistics": ["transport", "magazijnbeheer", "logistieke-planning", "procesverbetering"],
    "public_administration": [
        "beleidsadvies",
        "juridisch-advies",
        "projectmanagement",
        "communicatie",
    ],
    "other": ["facilitair", "communicatie", "financien", "hr-advies", "werving"],
}

SECTOR_QUALIFICATIONS = {
    "defence": ["vca-basis", "veiligheidsmachtiging", "rijbewijs-c", "bhv"],
    "healthcare": ["big-verpleegkundige", "big-arts", "bhv", "ehbo"],
    "education": ["lesbevoegdheid-eerstegraads", "lesbevoegdheid-tweedegraads", "pdg", "bhv"],
    "industry_technology": ["vca-vol", "vca-basis", "nen-3140", "bhv"],
    "logistics": ["rijbewijs-c", "code-95", "heftruck", "vca-basis"],
    "public_administration": ["prince2", "bhv"],
    "other": ["bhv", "prince2", "ehbo"],
}

BIO_SENTENCES = [
    "Werkt graag een dag per week bij een andere organisatie om nieuwe dingen te leren.",
    "Heeft ervaring met het inwerken van collega's van buiten.",
    "Staat open voor een hybride functie naast het huidige werk.",
    "Denkt mee over roosters die ruimte laten voor werk elders.",
    "Begeleidt stagiairs en nieuwe collega's op de werkvloer.",
    "Was eerder uitgeleend en deelt die ervaring graag.",
    "Zoekt een uitdaging in een maatschappelijk cruciale sector.",
    "Kan in piekperiodes bijspringen bij partners in de regio.",
]

# One demo login per role; `make run` prints them. The password is the same for all.
DEMO_PASSWORD = "breder-belang"
DEMO_LOGINS = [
    {
        "email": "admin@demo.brederbelang.nl",
        "first_name": "Ada",
        "last_name": "Beheer",
        "role": "superuser",
        "organisation": None,
    },
    {
        "email": "loket@demo.brederbelang.nl",
        "first_name": "Lotte",
        "last_name": "van het Loket",
        "role": "Loket",
        "organisation": "hr-ecosysteem",
    },
    {
        "email": "redacteur@demo.brederbelang.nl",
        "first_name": "Ruben",
        "last_name": "de Redacteur",
        "role": "Editors",
        "organisation": "nsvp",
    },
    {
        "email": "facilitator@demo.brederbelang.nl",
        "first_name": "Fatima",
        "last_name": "El Amrani",
        "role": "Facilitatoren",
        "organisation": "nsvp",
    },
    {
        "email": "beheerder@demo.brederbelang.nl",
        "first_name": "Bram",
        "last_name": "Beheerder",
        "role": "Organisatiebeheerders",
        "organisation": "chain-logistics",
    },
    {
        "email": "lid@demo.brederbelang.nl",
        "first_name": "Lieke",
        "last_name": "de Lid",
        "role": "Netwerkleden",
        "organisation": "chain-logistics",
    },
]

GENERATED_ORGANISATIONS = 21
GENERATED_PEOPLE = 300
SEED = 2027
