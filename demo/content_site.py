"""Demo content for the site's own pages: about the network and the privacy statement."""

SITE = {
    "contact_email": "loket@brederbelang.nl",
    "footer_text": (
        "Breder Belang is het kennis- en matchingplatform van het leernetwerk Werken in Breder "
        "Belang. Organisaties delen hier hun mensen, hun kennis en hun ervaringen."
    ),
}

STANDARD_PAGES = [
    {
        "slug": "over-het-netwerk",
        "title": "Over het netwerk",
        "show_in_menus": True,
        "summary": (
            "Wie we zijn, waarom we elkaars medewerkers uitlenen en hoe u als organisatie aansluit."
        ),
        "sections": [
            {
                "heading": "Samen sterker op een krappe arbeidsmarkt",
                "paragraphs": [
                    "In het leernetwerk Werken in Breder Belang werken werkgevers uit de zorg, "
                    "het onderwijs, Defensie, de overheid en het bedrijfsleven samen. Ze lenen "
                    "elkaar medewerkers uit tegen kostprijs, combineren banen tot hybride "
                    "functies en leren van elkaars ervaringen.",
                    "Het netwerk is open: grote organisaties en kleine bedrijven sluiten aan "
                    "op dezelfde voorwaarden. Het loket van het netwerk begeleidt nieuwe "
                    "deelnemers en houdt het uitwisselen transparant en eerlijk.",
                ],
            },
            {
                "heading": "Wat dit platform u biedt",
                "paragraphs": [
                    "Op dit platform vindt u de actieplaat met twintig elementen om "
                    "samenwerking vorm te geven, praktijkvoorbeelden van organisaties die u "
                    "voorgingen, een routekaart voor uitlenen en inlenen, en de agenda van "
                    "de bijeenkomsten van het netwerk.",
                ],
            },
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacyverklaring",
        "show_in_menus": False,
        "summary": "Welke gegevens het platform bewaart, waarom, en wat uw rechten zijn.",
        "sections": [
            {
                "heading": "Zo min mogelijk gegevens",
                "paragraphs": [
                    "Het platform bewaart alleen de persoonsgegevens die nodig zijn om "
                    "organisaties en mensen met elkaar in contact te brengen. U bepaalt zelf "
                    "of uw profiel openbaar is, alleen zichtbaar voor leden van het netwerk, "
                    "of verborgen.",
                ],
            },
            {
                "heading": "Uw rechten",
                "paragraphs": [
                    "U kunt op elk moment alle gegevens downloaden die het platform over u "
                    "bewaart, en uw account laten verwijderen. Praktijkvoorbeelden die u "
                    "publiceerde blijven dan staan, zonder uw naam.",
                    "Vragen over privacy stelt u aan het loket van het netwerk.",
                ],
            },
        ],
    },
]

INDEX_PAGES = {
    "plate": {"slug": "actieplaat"},
    "cases": {
        "slug": "praktijkvoorbeelden",
        "title": "Praktijkvoorbeelden",
        "summary": (
            "Hoe organisaties medewerkers uitlenen, inlenen en banen combineren: wat het "
            "opleverde, waar ze tegenaan liepen en hoe ze dat oplosten."
        ),
    },
    "sessions": {
        "slug": "bijeenkomsten",
        "title": "Bijeenkomsten",
        "summary": (
            "De bijeenkomsten van het netwerk: de agenda van wat komt en de verslagen van wat was."
        ),
    },
}
