"""Dutch queries a network member would type, with the result they expect near the top.

Written from the demo content. Some use other word forms, a synonym or a typo on purpose:
that is where a real search engine should earn its keep.
"""

QUERIES = [
    ("zorgreserve", "De Nationale Zorgreserve"),
    ("reservisten eerste coronagolf", "De Nationale Zorgreserve"),
    ("hybride docenten", "Hybride docenten in Brainport Eindhoven"),
    ("techneuten voor de klas", "Hybride docenten in Brainport Eindhoven"),
    ("hr-ecosysteem", "Het HR-ecosysteem van Defensie"),
    ("personeel uitlenen tegen kostprijs defensie", "Het HR-ecosysteem van Defensie"),
    (
        "civiel militair uitwisselingsprogramma",
        "Civiel-Militair Professional Uitwisselingsprogramma",
    ),
    (
        "expertgroep arbeidsmobiliteit collegiaal uitlenen",
        "Collegiaal uitlenen in de regionale expertgroep arbeidsmobiliteit",
    ),
    ("cyberreservisten", "Duaal werkgeverschap: militaire zorgverleners en cyberreservisten"),
    ("zorgbubbel", "Werken buiten je (zorg-)bubbel"),
    ("officier thales", "Over en weer: een officier bij Thales, een IHC-collega bij Defensie"),
    ("centraal loket", "Een centraal loket"),
    ("bevoegd en bekwaam", "Bevoegd en bekwaam"),
    ("balans tussen werk en werk", "Balans tussen werk en werk"),
    ("loonheffingskorting", "Kostprijs en financiering"),
    ("aansprakelijkheid bij ziekte of ongeval", "Juridische constructie en aansprakelijkheid"),
    ("routekaart collega uitlenen", "Routekaart: een collega uitlenen of inlenen"),
    ("handreiking visie", "Handreiking: uw visie op werken in breder belang"),
    ("inwerken en begeleiden", "Inwerken en begeleiden"),
    ("beschikbaarheid als vertrekpunt", "Beschikbaarheid als vertrekpunt"),
    ("opleiding bijscholing", "Opleiding en bijscholing"),
    ("salaris arbeidsvoorwaarden", "Salaris en arbeidsvoorwaarden"),
    ("kaders oprekken", "Kaders oprekken"),
    ("ruimte voor klein en groot", "Ruimte voor klein en groot"),
    (
        "bijeenkomst chain logistics",
        "Expertgroep Arbeidsmobiliteit – vierde bijeenkomst bij Chain Logistics",
    ),
    ("deventer ziekenhuis", "Deventer Ziekenhuis"),
    ("netwerkdag", "Netwerkdag Werken in Breder Belang"),
    ("privacyverklaring", "Privacyverklaring"),
    ("personeelstekorten", "Minder personeelstekorten"),
    ("betekenisvol werk", "Meer betekenisvol werk"),
    # Word forms, typos and synonyms.
    ("zorgreservre", "De Nationale Zorgreserve"),
    ("hybride docent", "Hybride docenten in Brainport Eindhoven"),
    ("cyberreservist", "Duaal werkgeverschap: militaire zorgverleners en cyberreservisten"),
    (
        "expertgrop arbeidsmobiliteit",
        "Collegiaal uitlenen in de regionale expertgroep arbeidsmobiliteit",
    ),
    ("bijscholen", "Opleiding en bijscholing"),
    ("leraar hybride", "Hybride docenten in Brainport Eindhoven"),
]
