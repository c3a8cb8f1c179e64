"""Demo content for organisations, cases, the route map, sessions and the home page."""

ORGANISATIONS = [
    {
        "slug": "defensie",
        "name": "Ministerie van Defensie",
        "sector": "defence",
        "region": "zuid-holland",
        "place": "Den Haag",
        "website": "",
        "description": (
            "Het ministerie dat verantwoordelijk is voor de Nederlandse krijgsmacht. Defensie nam "
            "het initiatief voor het HR-ecosysteem, waarin organisaties elkaar personeel uitlenen "
            "tegen kostprijs."
        ),
    },
    {
        "slug": "hr-ecosysteem",
        "name": "HR-ecosysteem Defensie",
        "sector": "defence",
        "region": "national",
        "place": "Den Haag",
        "website": "https://hr-ecosysteem.nl",
        "description": (
            "Open netwerk van Defensie en bedrijven die elkaar op een laagdrempelige manier "
            "personeel uitlenen tegen kostprijs. Een centraal loket brengt vraag en aanbod bij "
            "elkaar."
        ),
    },
    {
        "slug": "thales",
        "name": "Thales Nederland",
        "sector": "industry_technology",
        "region": "overijssel",
        "place": "Hengelo",
        "website": "",
        "description": (
            "Technologiebedrijf dat onder meer systemen voor defensie en veiligheid ontwikkelt. "
            "Thales leende via het HR-ecosysteem een landmachtofficier in."
        ),
    },
    {
        "slug": "royal-ihc",
        "name": "Royal IHC",
        "sector": "industry_technology",
        "region": "zuid-holland",
        "place": "Kinderdijk",
        "website": "",
        "description": (
            "Maritiem technologiebedrijf en scheepsbouwer. Royal IHC leende via het HR-ecosysteem "
            "een medewerker uit aan Defensie."
        ),
    },
    {
        "slug": "asml",
        "name": "ASML",
        "sector": "industry_technology",
        "region": "noord-brabant",
        "place": "Veldhoven",
        "website": "",
        "description": (
            "Technologiebedrijf dat machines voor de chipindustrie maakt. Binnen het "
            "Brainport-project had ASML 40 hybride docenten klaarstaan."
        ),
    },
    {
        "slug": "tmc",
        "name": "TMC",
        "sector": "industry_technology",
        "region": "noord-brabant",
        "place": "Eindhoven",
        "website": "",
        "description": (
            "Bedrijf in hightech detachering en consultancy. Via het eigen innovatielab betrokken "
            "bij de Brainport-pilot 'De hybride techdocent'."
        ),
    },
    {
        "slug": "fontys",
        "name": "Fontys Hogescholen",
        "sector": "education",
        "region": "noord-brabant",
        "place": "Eindhoven",
        "website": "",
        "description": (
            "Hogeschool met vestigingen in Brabant en Limburg. Vanuit Fontys werd meegedacht over "
            "het project voor hybride docenten in Brainport Eindhoven."
        ),
    },
    {
        "slug": "brainport-eindhoven",
        "name": "Brainport Eindhoven",
        "sector": "other",
        "region": "noord-brabant",
        "place": "Eindhoven",
        "website": "",
        "description": (
            "Samenwerking van bedrijven, kennisinstellingen en overheden in de regio Eindhoven. "
            "Brainport zette een project op om techneuten en ICT'ers een deel van hun tijd voor "
            "de klas te krijgen."
        ),
    },
    {
        "slug": "nationale-zorgreserve",
        "name": "Nationale Zorgreserve",
        "sector": "healthcare",
        "region": "national",
        "place": "Utrecht",
        "website": "",
        "description": (
            "Landelijke reserve van mensen met een zorgachtergrond die kunnen bijspringen als de "
            "zorg onder grote druk staat. Opgezet tijdens de eerste coronagolf."
        ),
    },
    {
        "slug": "deventer-ziekenhuis",
        "name": "Deventer Ziekenhuis",
        "sector": "healthcare",
        "region": "overijssel",
        "place": "Deventer",
        "website": "",
        "description": (
            "Ziekenhuis in Deventer. Vanuit de afdeling HR en loopbaanbegeleiding nam het "
            "ziekenhuis deel aan het leernetwerk Werken in Breder Belang."
        ),
    },
    {
        "slug": "we-care-to-discover",
        "name": "We Care to Discover",
        "sector": "healthcare",
        "region": "national",
        "place": "Utrecht",
        "website": "",
        "description": (
            "Traineeship in de zorg. Trainees van We Care to Discover startten het initiatief "
            "'Werken buiten je (zorg-)bubbel'."
        ),
    },
    {
        "slug": "nsvp",
        "name": "NSvP",
        "sector": "other",
        "region": "utrecht",
        "place": "Utrecht",
        "website": "",
        "description": (
            "Stichting die zich inzet voor innovatie in werk. De NSvP ondersteunde het "
            "leernetwerk Werken in Breder Belang en de ontwikkeling van de actieplaat."
        ),
    },
    {
        "slug": "chain-logistics",
        "name": "Chain Logistics",
        "sector": "logistics",
        "region": "noord-brabant",
        "place": "Uden",
        "website": "",
        "description": (
            "Logistiek bedrijf en deelnemer aan de regionale expertgroep arbeidsmobiliteit. "
            "Gastheer van de vierde bijeenkomst in februari 2022."
        ),
    },
    {
        "slug": "sidekix",
        "name": "Sidekix",
        "sector": "other",
        "region": "noord-brabant",
        "place": "Uden",
        "website": "",
        "description": (
            "Bedrijf uit de regio en deelnemer aan de expertgroep arbeidsmobiliteit. Gastheer van "
            "de derde bijeenkomst, die in november 2021 online plaatsvond."
        ),
    },
    {
        "slug": "wiltec",
        "name": "Wiltec",
        "sector": "other",
        "region": "noord-brabant",
        "place": "Uden",
        "website": "",
        "description": (
            "Bedrijf uit de regio en deelnemer aan de expertgroep arbeidsmobiliteit. Wiltec "
            "ontving de groep bij de eerste twee bijeenkomsten in 2021."
        ),
    },
    {
        "slug": "uov-de-kring",
        "name": "UOV de Kring",
        "sector": "other",
        "region": "noord-brabant",
        "place": "Uden",
        "website": "",
        "description": (
            "Ondernemersvereniging in de regio. UOV de Kring pakte vanuit de expertgroep de vraag "
            "op om samen met ondernemers en de gemeente te zoeken naar goede huisvesting voor "
            "arbeidsmigranten."
        ),
    },
    {
        "slug": "vno-ncw",
        "name": "VNO-NCW",
        "sector": "other",
        "region": "zuid-holland",
        "place": "Den Haag",
        "website": "",
        "description": (
            "Werkgeversorganisatie van het Nederlandse bedrijfsleven. VNO-NCW steunde in 2018 het "
            "Civiel-Militair Professional Uitwisselingsprogramma."
        ),
    },
    {
        "slug": "fme",
        "name": "FME",
        "sector": "industry_technology",
        "region": "zuid-holland",
        "place": "Zoetermeer",
        "website": "",
        "description": (
            "Werkgeversorganisatie voor de technologische industrie. FME steunde in 2018 het "
            "Civiel-Militair Professional Uitwisselingsprogramma."
        ),
    },
    {
        "slug": "platform-defensie-bedrijfsleven",
        "name": "Platform Defensie Bedrijfsleven",
        "sector": "other",
        "region": "national",
        "place": "Den Haag",
        "website": "",
        "description": (
            "Ontmoetingsplatform van Defensie en het bedrijfsleven. Tijdens een bijeenkomst van "
            "het platform werd in december 2018 het Civiel-Militair Professional "
            "Uitwisselingsprogramma gepresenteerd."
        ),
    },
]


MOBILITY_FORMS = [
    {
        "slug": "collegiaal-uitlenen",
        "name": "Collegiaal in- en uitlenen",
        "description": (
            "Een medewerker werkt tijdelijk bij een andere organisatie, bijvoorbeeld om een piek "
            "op te vangen, en blijft in dienst van de eigen werkgever. De inlener betaalt de "
            "kostprijs."
        ),
        "yearly_hour_cap": None,
    },
    {
        "slug": "hybride-functie",
        "name": "Hybride functie",
        "description": (
            "Iemand combineert twee functies in verschillende sectoren, zoals een technicus die "
            "een paar uur per week lesgeeft. Een hybride docent geeft maximaal 240 lesuren per "
            "jaar."
        ),
        "yearly_hour_cap": 240,
    },
    {
        "slug": "reservist-duaal-werkgeverschap",
        "name": "Reservist of duaal werkgeverschap",
        "description": (
            "Iemand heeft een gewone baan en staat daarnaast als reservist klaar, bijvoorbeeld "
            "voor Defensie of de zorg, of werkt voor twee werkgevers tegelijk. Afspraken over "
            "beschikbaarheid en inzet vormen de kern."
        ),
        "yearly_hour_cap": None,
    },
    {
        "slug": "van-werk-naar-werk",
        "name": "Van werk naar werk",
        "description": (
            "Een medewerker stapt met begeleiding over naar een baan bij een andere werkgever, "
            "zonder tussenliggende periode zonder werk. Zo blijven kennis en vakmanschap behouden "
            "voor de regio."
        ),
        "yearly_hour_cap": None,
    },
    {
        "slug": "loopbaanervaring",
        "name": "Ervaring opdoen voor de loopbaan",
        "description": (
            "Een medewerker werkt een tijd bij een andere organisatie als stap in de eigen "
            "loopbaan en komt daarna terug met nieuwe kennis, contacten en ideeën."
        ),
        "yearly_hour_cap": None,
    },
    {
        "slug": "re-integratie",
        "name": "Re-integratie en herplaatsing",
        "description": (
            "Een medewerker die het eigen werk niet meer kan doen, vindt een passende plek bij "
            "een collega-bedrijf, bijvoorbeeld in het tweede spoor van re-integratie of bij "
            "outplacement."
        ),
        "yearly_hour_cap": None,
    },
]


CASES = [
    {
        "slug": "hr-ecosysteem-defensie",
        "title": "Het HR-ecosysteem van Defensie",
        "summary": (
            "Sinds 2017 lenen Defensie en bedrijven elkaar personeel uit tegen kostprijs. Een "
            "centraal loket zorgt dat dat eerlijk, open en zonder veel gedoe gebeurt."
        ),
        "organisations": [
            {"org": "defensie", "role": "both"},
            {"org": "hr-ecosysteem", "role": "facilitating"},
            {"org": "thales", "role": "borrowing"},
            {"org": "royal-ihc", "role": "lending"},
        ],
        "forms": ["collegiaal-uitlenen", "loopbaanervaring"],
        "hours_min": None,
        "hours_max": None,
        "duration": "ongoing",
        "duration_note": "doorlopend sinds 2017; de duur verschilt per uitwisseling",
        "region": "national",
        "story": [
            (
                "In 2017 zat Defensie in een lastige positie. De economie draaide op volle "
                "toeren, bedrijven trokken hard aan goede vakmensen en er vertrokken meer mensen "
                "bij Defensie dan er nieuwe binnenkwamen. Vooral in technische functies, zoals "
                "monteurs en programmeurs, ontstonden gaten die met werving alleen niet te "
                "dichten waren. Bedrijven waar Defensie veel mee samenwerkt, worstelden met "
                "precies hetzelfde probleem."
            ),
            (
                "Uit dat gedeelde probleem groeide een eenvoudig idee: als niemand genoeg "
                "schaarse vakmensen kan vinden, kunnen organisaties ze misschien beter met elkaar "
                "delen. Zo "
                "ontstond het HR-ecosysteem, een netwerk van organisaties die elkaar tijdelijk "
                "personeel lenen. De medewerker blijft in vaste dienst bij de eigen werkgever en "
                "houdt zijn eigen contract en arbeidsvoorwaarden. De inlenende organisatie "
                "betaalt de kostprijs; niemand verdient aan de uitwisseling."
            ),
            (
                "Makkelijk was het niet. Personeel delen tussen de overheid en de markt was op "
                "deze manier nog niet eerder gedaan, en de regels waren er niet op ingericht. De "
                "betrokkenen noemen het zelf pionieren in een juridisch grijs gebied. Daarom "
                "begon Defensie klein, met een paar experimenten bij bedrijven die het goed "
                "kende. Elke uitwisseling leverde lessen op over contracten, verzekeringen, "
                "beveiliging en toegang tot systemen."
            ),
            (
                "Na die eerste experimenten kwam er een loket. Het loket is het vaste "
                "aanspreekpunt voor vragen en aanbod en brengt die bij elkaar. Dat is meer dan "
                "een praktische dienst. Als een ministerie met bedrijven samenwerkt, moet voor "
                "iedereen duidelijk zijn dat niemand wordt voorgetrokken. Het loket werkt daarom "
                "met open spelregels die voor alle deelnemers gelijk zijn, zodat het proces "
                "transparant en objectief blijft."
            ),
            (
                "Meedoen gaat in twee stappen. Eerst sluit een organisatie zich aan en leert zij "
                "de andere deelnemers kennen. Wie daarna echt mensen wil uitwisselen, tekent een "
                "nadere overeenkomst met de afspraken over onder meer kosten, aansprakelijkheid "
                "en geheimhouding. Zo hoeft niet voor elke uitwisseling opnieuw het wiel te "
                "worden uitgevonden. Het ecosysteem is open: nieuwe deelnemers zijn welkom."
            ),
            (
                "Het geheel kostte tijd. Veel organisaties reageerden meteen enthousiast, maar "
                "het duurde ongeveer vier jaar voordat alles goed op poten stond. Defensie zocht "
                "in die periode zo'n 9.000 mensen, en het was vanaf het begin duidelijk dat het "
                "ecosysteem dat gat niet in een paar maanden zou dichten. Het is geen antwoord op "
                "alle vragen van de arbeidsmarkt, wel op een aantal."
            ),
        ],
        "outcomes": [
            (
                "46 organisaties sloten zich aan; met 16 van hen ligt een nadere overeenkomst om "
                "echt uit te wisselen."
            ),
            (
                "Schaarse technische kennis wordt gedeeld in plaats van dat organisaties elkaar "
                "beconcurreren."
            ),
            (
                "Medewerkers doen ervaring op bij een andere werkgever zonder hun vaste baan op "
                "te zeggen."
            ),
            "Een vast loket en een standaardovereenkomst maken elke volgende uitwisseling sneller.",
        ],
        "obstacles": [
            {
                "obstacle": (
                    "Er bestond geen kant-en-klare juridische vorm voor het uitlenen van "
                    "personeel tussen de overheid en bedrijven."
                ),
                "solution": (
                    "Klein beginnen met experimenten bij bekende partners en de lessen vastleggen "
                    "in één nadere overeenkomst die voor alle deelnemers geldt."
                ),
            },
            {
                "obstacle": (
                    "Bij samenwerking tussen een ministerie en bedrijven ligt de vraag op de loer "
                    "of iedereen gelijk wordt behandeld."
                ),
                "solution": (
                    "Een centraal loket dat alle vragen en al het aanbod volgens dezelfde, "
                    "openbare spelregels behandelt."
                ),
            },
            {
                "obstacle": (
                    "Uitlenen mag geen verdienmodel worden, maar de uitlener wil er ook niet op "
                    "toeleggen."
                ),
                "solution": (
                    "Verrekenen tegen kostprijs: de inlener betaalt de werkelijke kosten van de "
                    "medewerker, niet meer en niet minder."
                ),
            },
            {
                "obstacle": (
                    "De verwachtingen waren hoog, terwijl het opzetten van het systeem jaren "
                    "kostte."
                ),
                "solution": (
                    "Eerlijk zijn over wat het ecosysteem wel en niet oplost, en stap voor stap "
                    "uitbreiden."
                ),
            },
        ],
        "elements": [
            "centraal-loket",
            "kostprijs-en-financiering",
            "juridische-constructie",
            "minder-personeelstekorten",
            "aantrekkelijker-werkgeverschap",
        ],
        "tags": ["defensie", "techniek", "kostprijs", "loket", "ecosysteem"],
        "figures": [
            {"value": "46", "label": "aangesloten organisaties"},
            {"value": "16", "label": "organisaties met een nadere overeenkomst"},
            {"value": "2017", "label": "jaar waarin het idee ontstond"},
        ],
        "quote": {
            "text": (
                "Het loket haalt de spanning eruit. We weten waar we met een vraag terechtkunnen "
                "en dat iedereen volgens dezelfde spelregels werkt."
            ),
            "attribution": "een HR-adviseur van een aangesloten technologiebedrijf",
        },
        "published": "2023-02-14",
    },
    {
        "slug": "civiel-militair-uitwisselingsprogramma",
        "title": "Civiel-Militair Professional Uitwisselingsprogramma",
        "summary": (
            "Defensie en bedrijven wisselen vakmensen uit, van een korte klus tot een opdracht "
            "van een half jaar. Het programma startte in december 2018 met zo'n 60 fte."
        ),
        "organisations": [
            {"org": "defensie", "role": "both"},
            {"org": "platform-defensie-bedrijfsleven", "role": "facilitating"},
            {"org": "vno-ncw", "role": "facilitating"},
            {"org": "fme", "role": "facilitating"},
        ],
        "forms": ["collegiaal-uitlenen", "loopbaanervaring"],
        "hours_min": None,
        "hours_max": None,
        "duration": "medium",
        "duration_note": "van een korte klus tot een opdracht van een half jaar",
        "region": "national",
        "story": [
            (
                "In december 2018 presenteerden Defensie en het bedrijfsleven in Den Haag een "
                "programma om vaker personeel uit te wisselen: het Civiel-Militair Professional "
                "Uitwisselingsprogramma. De presentatie vond plaats tijdens een bijeenkomst van "
                "het Platform Defensie Bedrijfsleven. De werkgeversorganisaties VNO-NCW en FME "
                "steunden het initiatief."
            ),
            (
                "Het idee erachter is leren van elkaar. Defensie krijgt toegang tot nieuwe kennis "
                "en werkwijzen uit het bedrijfsleven. Bedrijven hebben belang bij een sterke, "
                "vernieuwende krijgsmacht, en hun medewerkers doen ervaring op die ze nergens "
                "anders kunnen opdoen. Bovendien maken veel militairen binnen Defensie allerlei "
                "loopbaanstappen, maar zetten ze zelden een stap daarbuiten. Het programma maakt "
                "die stap mogelijk zonder dat iemand ontslag hoeft te nemen."
            ),
            (
                "De vormen zijn bewust breed gehouden. Soms gaat het om een korte klus, soms om "
                "een concrete opdracht van een half jaar. Soms wisselen twee organisaties echt "
                "mensen uit, soms gaat één persoon tijdelijk de andere kant op. Voorbeelden zijn "
                "technici uit het bedrijfsleven die een tijd meewerken bij de Genie, of logistiek "
                "specialisten van Defensie die meedraaien in een logistiek bedrijf."
            ),
            (
                "Het programma is niet alleen bedoeld voor grote spelers. Vanaf het begin deden "
                "kleine en grote bedrijven mee, en alle onderdelen van Defensie zijn erbij "
                "betrokken. Voor het eerste jaar werd een omvang van ongeveer 60 fte genoemd: "
                "bescheiden genoeg om te leren, groot genoeg om verschil te maken."
            ),
            (
                "Helemaal nieuw is het niet. Defensie werkt al tientallen jaren samen met "
                "ziekenhuizen. Zo'n 300 fte aan militair medisch personeel, beroeps en "
                "reservisten, werkt in ziekenhuizen en is daarnaast inzetbaar voor Defensie, "
                "bijvoorbeeld tijdens missies. Ook is er ervaring opgedaan met ongeveer 30 "
                "cyberreservisten die twee werkgevers combineren. Het uitwisselingsprogramma "
                "bouwt op die ervaring voort en brengt haar naar techniek, logistiek en andere "
                "vakgebieden."
            ),
        ],
        "outcomes": [
            (
                "Eén gedeeld kader voor uitwisseling tussen alle onderdelen van Defensie en "
                "bedrijven van elke omvang."
            ),
            (
                "Militairen kunnen een loopbaanstap buiten Defensie zetten zonder hun baan op te "
                "geven."
            ),
            (
                "Bedrijven halen ervaring binnen uit een heel andere werkomgeving, en Defensie "
                "andersom ook."
            ),
        ],
        "obstacles": [
            {
                "obstacle": (
                    "Geen uitwisseling is hetzelfde: de ene duurt een paar weken, de andere een "
                    "half jaar; de ene is eenzijdig, de andere wederzijds."
                ),
                "solution": (
                    "Meerdere vormen naast elkaar aanbieden, zodat organisaties per situatie "
                    "kunnen kiezen in plaats van alles in één model te persen."
                ),
            },
            {
                "obstacle": (
                    "Kleine bedrijven hebben minder ruimte om iemand te missen of een nieuwe "
                    "collega in te werken."
                ),
                "solution": (
                    "Kleine bedrijven vanaf het begin laten meedoen en beginnen met korte, "
                    "afgebakende klussen die weinig inwerktijd vragen."
                ),
            },
            {
                "obstacle": (
                    "Een militair in een bedrijf, of een technicus bij de Genie, moet snel zijn "
                    "weg vinden in een heel andere cultuur."
                ),
                "solution": (
                    "Aan beide kanten een vast aanspreekpunt en een goede begeleiding, met "
                    "gebruik van wat in de medische samenwerking al is geleerd."
                ),
            },
        ],
        "elements": [
            "vormen-van-mobiliteit",
            "klein-en-groot",
            "betere-ontwikkelingskansen",
            "inwerken-en-begeleiden",
        ],
        "tags": ["defensie", "techniek", "logistiek", "uitwisseling", "ontwikkeling"],
        "figures": [
            {"value": "60 fte", "label": "om mee te beginnen"},
            {"value": "300 fte", "label": "militair medisch personeel in ziekenhuizen"},
            {"value": "30", "label": "cyberreservisten met twee werkgevers"},
        ],
        "quote": None,
        "published": "2023-05-09",
    },
    {
        "slug": "nationale-zorgreserve",
        "title": "De Nationale Zorgreserve",
        "summary": (
            "In de eerste coronagolf stond binnen een maand een reserve van 30.000 mensen klaar "
            "om in de zorg bij te springen. De grootste les: plan vanuit de beschikbaarheid van "
            "de reservist."
        ),
        "organisations": [{"org": "nationale-zorgreserve", "role": "facilitating"}],
        "forms": ["reservist-duaal-werkgeverschap"],
        "hours_min": None,
        "hours_max": None,
        "duration": "ongoing",
        "duration_note": (
            "opgezet in de eerste coronagolf; daarna verder gebouwd aan een blijvende reserve"
        ),
        "region": "national",
        "story": [
            (
                "Toen de eerste coronagolf ziekenhuizen en verpleeghuizen overspoelde, moest er "
                "snel iets gebeuren. Er waren veel mensen met een zorgachtergrond die niet meer "
                "in de zorg werkten, maar wel wilden helpen. Binnen een maand stond de Nationale "
                "Zorgreserve: een landelijke reserve van mensen die tijdelijk kunnen bijspringen "
                "waar de nood het hoogst is."
            ),
            (
                "Aan belangstelling was geen gebrek: er stonden 30.000 zorgreservisten klaar. "
                "Toch bleek al snel dat aanmelden het makkelijke deel was. Veel zorgorganisaties "
                "wisten niet goed hoe ze deze mensen moesten inzetten. Hun processen waren "
                "ingericht op vaste medewerkers met volledige diensten, niet op iemand die een "
                "paar uur per week beschikbaar is."
            ),
            (
                "De kern van het probleem zat bij de planning. Stel dat een reservist laat weten "
                "dat hij op woensdagochtend van 8 tot 10 uur kan komen. Een planner denkt dan al "
                "snel: ik heb iemand nodig met deze kwalificatie, liefst de hele woensdag. Zo "
                "gaat een waardevol aanbod verloren. Planners moesten hun werkwijze 180 graden "
                "draaien: niet beginnen bij wat het rooster vraagt, maar bij wie er wanneer "
                "beschikbaar is, en daar passende taken bij zoeken."
            ),
            (
                "Dat vraagt ook om een ander takenpakket. Wie een tijd uit het vak is, is niet "
                "automatisch bevoegd en bekwaam voor alle handelingen. Zorgorganisaties moesten "
                "daarom kijken welke taken een reservist goed en veilig kan doen in een kort "
                "tijdvak, zodat vaste collega's tijd overhouden voor het werk dat alleen zij "
                "mogen doen. Zo helpt de reservist om de kwaliteit van de zorg op peil te houden, "
                "in plaats van extra werk te veroorzaken."
            ),
            (
                "De crisis liet zien wat er kan als de urgentie hoog genoeg is. Gewoonten die "
                "eerst onwrikbaar leken, bleken ineens bespreekbaar. Na de acute fase verschoof "
                "de aandacht naar de vraag hoe de inzet van de reserve blijvend kan worden. "
                "Daarvoor zijn nieuwe samenwerkingen nodig, zodat de reserve ook buiten een "
                "crisis werkt en niet telkens opnieuw hoeft te worden opgebouwd."
            ),
        ],
        "outcomes": [
            "Binnen een maand een landelijke reserve van 30.000 mensen die wilden helpen.",
            (
                "Het inzicht dat ook korte blokken hulp waardevol zijn, mits de planning daarop "
                "is ingericht."
            ),
            (
                "Een nieuwe manier van plannen: vanuit beschikbaarheid in plaats van vanuit het "
                "rooster."
            ),
        ],
        "obstacles": [
            {
                "obstacle": (
                    "Zorgorganisaties wisten niet hoe ze reservisten met een beperkte "
                    "beschikbaarheid in hun rooster moesten passen."
                ),
                "solution": (
                    "De vraag omdraaien: begin bij de uren die de reservist kan geven en zoek "
                    "daar taken bij die in dat tijdvak passen."
                ),
            },
            {
                "obstacle": "Niet iedere reservist is nog bevoegd en bekwaam voor alle zorgtaken.",
                "solution": (
                    "Taken opknippen en reservisten inzetten op werk dat past bij hun actuele "
                    "bevoegdheid, met korte bijscholing waar dat nodig is."
                ),
            },
            {
                "obstacle": (
                    "In een crisis kan veel, maar daarna dreigen oude gewoonten terug te keren."
                ),
                "solution": (
                    "Na de acute fase samenwerkingen opbouwen die de inzet van de reserve ook in "
                    "rustiger tijden mogelijk maken."
                ),
            },
        ],
        "elements": [
            "beschikbaarheid-als-vertrekpunt",
            "bevoegd-en-bekwaam",
            "minder-kwaliteitsverlies",
            "beschikbaarheid-en-betrokkenheid",
            "meer-betekenisvol-werk",
        ],
        "tags": ["zorg", "crisis", "beschikbaarheid", "planning", "reservisten"],
        "figures": [
            {"value": "30.000", "label": "zorgreservisten stonden klaar"},
            {"value": "1 maand", "label": "om de reserve op te zetten"},
            {"value": "180°", "label": "draai in het denken van planners"},
        ],
        "quote": {
            "text": (
                "We keken eerst naar het gat in het rooster. Pas toen we begonnen bij de twee uur "
                "die iemand kon geven, ging het lopen."
            ),
            "attribution": "een planner in een zorgorganisatie",
        },
        "published": "2023-09-19",
    },
    {
        "slug": "hybride-docenten-brainport",
        "title": "Hybride docenten in Brainport Eindhoven",
        "summary": (
            "Techneuten en ICT'ers staan 4 tot 8 uur per week voor de klas. ASML had 40 hybride "
            "docenten klaarstaan. De grootste uitdaging lag niet in de klas, maar bij HR."
        ),
        "organisations": [
            {"org": "brainport-eindhoven", "role": "facilitating"},
            {"org": "asml", "role": "lending"},
            {"org": "tmc", "role": "facilitating"},
            {"org": "fontys", "role": "facilitating"},
        ],
        "forms": ["hybride-functie"],
        "hours_min": 4,
        "hours_max": 8,
        "duration": "long",
        "duration_note": (
            "een vaste combinatie naast de eigen baan, bij voorkeur voor minstens een schooljaar"
        ),
        "region": "noord-brabant",
        "story": [
            (
                "Scholen hebben moeite om genoeg docenten te vinden voor technische vakken en "
                "ICT. Tegelijk werken in de regio Eindhoven veel vakmensen die hun kennis zouden "
                "kunnen doorgeven. Binnen Brainport Eindhoven ontstond daarom het project 'De "
                "hybride techdocent': techneuten en ICT'ers die een deel van hun werktijd voor de "
                "klas staan en de rest van de week gewoon bij hun bedrijf werken."
            ),
            (
                "De bereidheid bleek groot, bij scholen, bij bedrijven en bij de medewerkers "
                "zelf. ASML had op een gegeven moment 40 hybride docenten klaarstaan. TMC was via "
                "zijn innovatielab bij de pilot betrokken, en vanuit Fontys werd meegedacht over "
                "de vraag hoe een vakman ook een goede docent wordt."
            ),
            (
                "Een belangrijke les ging over de omvang. Een hele dag per week voor de klas is "
                "voor veel medewerkers te veel naast hun werk, terwijl een losse les te weinig is "
                "om een band met een klas op te bouwen. Het beste werkte een inzet van 4 tot 8 "
                "uur per week. Dat is genoeg om een vak of project te dragen, en weinig genoeg om "
                "het werk bij het bedrijf niet te laten lijden. Voor een hybride docent geldt een "
                "maximum van 240 lesuren per jaar; de overige uren op school gaan naar "
                "voorbereiding, nakijken en overleg."
            ),
            (
                "De grootste uitdaging zat niet in de klas, maar bij de HR-afdelingen van de "
                "bedrijven. Hoe regelt een bedrijf het contract van iemand die een deel van de "
                "week voor een school werkt? Wie betaalt welk deel van het salaris, hoe zit het "
                "met pensioen en verzekeringen, en telt lesgeven mee in de beoordeling? De "
                "bestaande regelingen gaven daar geen antwoord op."
            ),
            (
                "De conclusie van de betrokkenen was helder: binnen de bestaande kaders lukt het "
                "niet, dus moeten die kaders worden opgerekt. In de praktijk betekent dat "
                "maatwerk in contracten, een rooster dat school en bedrijf samen vaststellen en "
                "een korte didactische scholing, zodat de hybride docent goed voorbereid voor de "
                "klas staat."
            ),
        ],
        "outcomes": [
            "Een werkbare norm: 4 tot 8 uur per week voor de klas.",
            "Leerlingen krijgen les van mensen die het vak dagelijks in de praktijk uitoefenen.",
            (
                "Medewerkers krijgen een nieuwe, betekenisvolle rol zonder te hoeven kiezen "
                "tussen bedrijf en school."
            ),
        ],
        "obstacles": [
            {
                "obstacle": (
                    "HR-afdelingen hadden geen passende regeling voor een medewerker die deels "
                    "voor een school werkt."
                ),
                "solution": (
                    "De kaders oprekken: maatwerk in contract en arbeidsvoorwaarden, met heldere "
                    "afspraken over wie welk deel van het salaris draagt."
                ),
            },
            {
                "obstacle": (
                    "Een volledige lesdag bleek voor veel medewerkers niet te combineren met hun "
                    "werk."
                ),
                "solution": (
                    "Inzetten op 4 tot 8 uur per week, met een rooster dat vooraf met bedrijf en "
                    "school is afgestemd."
                ),
            },
            {
                "obstacle": "Vakkennis maakt iemand nog geen docent.",
                "solution": (
                    "Een korte didactische scholing vooraf en een vaste collega op school die de "
                    "hybride docent begeleidt."
                ),
            },
        ],
        "elements": [
            "kaders-oprekken",
            "passend-takenpakket",
            "opleiding-en-bijscholing",
            "werk-werkbalans",
            "salaris-en-arbeidsvoorwaarden",
        ],
        "tags": ["onderwijs", "techniek", "hybride werken", "hr", "regionaal"],
        "figures": [
            {"value": "4-8", "label": "uur per week werkte het best"},
            {"value": "40", "label": "hybride docenten klaar bij ASML"},
        ],
        "quote": {
            "text": (
                "De collega's wilden wel en de school ook. Wij moesten als HR leren dat een "
                "contract ook anders kan."
            ),
            "attribution": "een HR-adviseur van een technologiebedrijf in Brainport",
        },
        "published": "2024-01-23",
    },
    {
        "slug": "expertgroep-arbeidsmobiliteit",
        "title": "Collegiaal uitlenen in de regionale expertgroep arbeidsmobiliteit",
        "summary": (
            "Ondernemers uit de regio ontmoeten elkaar bij elkaars bedrijven. Eerst leren ze "
            "elkaar kennen en vertrouwen, daarna delen ze personeel: het overschot van de een "
            "vangt het tekort van de ander op."
        ),
        "organisations": [
            {"org": "wiltec", "role": "both"},
            {"org": "sidekix", "role": "both"},
            {"org": "chain-logistics", "role": "both"},
            {"org": "uov-de-kring", "role": "facilitating"},
        ],
        "forms": ["collegiaal-uitlenen", "re-integratie"],
        "hours_min": None,
        "hours_max": None,
        "duration": "short",
        "duration_note": "vooral korte periodes om pieken op te vangen",
        "region": "noord-brabant",
        "story": [
            (
                "In 2021 startte in de regio Uden een expertgroep arbeidsmobiliteit. De "
                "deelnemende ondernemers herkenden allemaal hetzelfde: op het moment dat het ene "
                "bedrijf niet al zijn mensen aan het werk kan houden, zit een bedrijf een paar "
                "kilometer verderop juist om handen verlegen. Als bedrijven dat op tijd van elkaar "
                "weten, kunnen ze personeel delen in plaats van goede mensen kwijt te raken aan "
                "de regio."
            ),
            (
                "De groep koos bewust voor een rustige start. De eerste bijeenkomst, bij Wiltec, "
                "ging vooral over de vraag wat de ondernemers met de expertgroep wilden bereiken. "
                "Al snel werd duidelijk dat niemand een medewerker uitleent aan een bedrijf dat "
                "hij niet kent. Daarom hoort bij elke bijeenkomst een bedrijfsbezoek: de tweede "
                "keer bij Wiltec met een rondleiding, daarna bij Sidekix (door corona online, met "
                "een bedrijfsfilm in plaats van een rondleiding) en in februari 2022 bij Chain "
                "Logistics."
            ),
            (
                "In de gesprekken bleek dat de deelnemers heel verschillende beelden hadden bij "
                "arbeidsmobiliteit. De groep zette ze op een rij: collegiaal in- en uitlenen om "
                "pieken op te vangen, herplaatsen bij collega-bedrijven in het kader van "
                "re-integratie of outplacement, van-werk-naar-werktrajecten, ervaring opdoen bij "
                "een ander bedrijf als stap in de loopbaan, en het werven van arbeidsmigranten. "
                "Door die vormen uit elkaar te halen, werd het gesprek een stuk concreter. Voor "
                "een deel ervan kunnen bedrijven ook terecht bij bestaande partners zoals IBN, "
                "het werkgeversservicepunt en het Regionaal Mobiliteitsteam."
            ),
            (
                "Er kwamen ook lastige vragen op tafel. Wie is aansprakelijk als een uitgeleende "
                "medewerker ziek wordt of een ongeval krijgt? Welke arbeidsrechtelijke regels "
                "gelden er? Het voordeel van een expertgroep is dat een aantal deelnemers hier al "
                "ervaring mee heeft, zowel praktisch als juridisch. Die kennis wordt gedeeld, "
                "zodat niet ieder bedrijf zelf het wiel hoeft uit te vinden. Het doel is een "
                "speerpuntenplan met een paar concrete stappen richting onderwijs, overheid en "
                "andere bedrijven."
            ),
            (
                "Opvallend is dat onderling uitlenen vooral tussen grotere bedrijven gebeurt. De "
                "groep wil daarom ook kleine bedrijven laten meedoen. En er was een mooie "
                "bijvangst. De vraag om samen goede huisvesting voor arbeidsmigranten te regelen, "
                "werd opgepakt door ondernemersvereniging UOV de Kring, die met een aantal "
                "ondernemers het gesprek met de gemeente aanging."
            ),
        ],
        "outcomes": [
            "Vertrouwen tussen ondernemers dat groeit met elke bijeenkomst en elk bedrijfsbezoek.",
            (
                "Een gedeeld overzicht van vijf vormen van arbeidsmobiliteit, zodat iedereen over "
                "hetzelfde praat."
            ),
            (
                "Een gezamenlijk gesprek met de gemeente over huisvesting voor arbeidsmigranten, "
                "via UOV de Kring."
            ),
            (
                "Verslagen die naar alle geïnteresseerden gaan, zodat ook wie er niet bij kon "
                "betrokken blijft."
            ),
        ],
        "obstacles": [
            {
                "obstacle": "Ondernemers lenen geen mensen uit aan een bedrijf dat ze niet kennen.",
                "solution": (
                    "Elke bijeenkomst combineren met een bedrijfsbezoek, zodat deelnemers elkaars "
                    "werkvloer en mensen leren kennen."
                ),
            },
            {
                "obstacle": (
                    "Het is onduidelijk wie aansprakelijk is als een uitgeleende medewerker ziek "
                    "wordt of een ongeval krijgt."
                ),
                "solution": (
                    "Ervaringen uit de groep delen en de afspraken vooraf op papier zetten; waar "
                    "nodig kijkt een jurist mee."
                ),
            },
            {
                "obstacle": "Onderling uitlenen lijkt vooral iets voor grote bedrijven.",
                "solution": (
                    "Kleine bedrijven bewust uitnodigen en samen zoeken naar lichte vormen, zoals "
                    "korte inzet bij een piek."
                ),
            },
            {
                "obstacle": "Door de coronamaatregelen kon een bedrijfsbezoek niet doorgaan.",
                "solution": "Online bijeenkomen met een bedrijfsfilm en het bezoek later inhalen.",
            },
        ],
        "elements": [
            "elkaar-leren-kennen",
            "klein-en-groot",
            "vormen-van-mobiliteit",
            "juridische-constructie",
            "minder-personeelstekorten",
        ],
        "tags": ["regionaal", "vertrouwen", "mkb", "logistiek", "aansprakelijkheid"],
        "figures": [
            {"value": "4", "label": "bijeenkomsten in 2021 en 2022"},
            {"value": "5", "label": "vormen van arbeidsmobiliteit in beeld"},
        ],
        "quote": {
            "text": (
                "Je leent pas iemand uit als je weet hoe het er bij de ander aan toegaat. Die "
                "rondleiding is dus geen bijzaak."
            ),
            "attribution": "een deelnemer aan de expertgroep",
        },
        "published": "2024-06-11",
    },
    {
        "slug": "uitwisseling-defensie-thales-royal-ihc",
        "title": "Over en weer: een officier bij Thales, een IHC-collega bij Defensie",
        "summary": (
            "Via het HR-ecosysteem ging een landmachtofficier tijdelijk aan de slag bij Thales, "
            "en kwam een medewerker van Royal IHC Defensie versterken. Twee kanten van dezelfde "
            "aanpak."
        ),
        "organisations": [
            {"org": "defensie", "role": "both"},
            {"org": "thales", "role": "borrowing"},
            {"org": "royal-ihc", "role": "lending"},
        ],
        "forms": ["loopbaanervaring", "collegiaal-uitlenen"],
        "hours_min": None,
        "hours_max": None,
        "duration": "medium",
        "duration_note": "tijdelijke uitleen met een vaste begin- en einddatum",
        "region": "national",
        "story": [
            (
                "Het HR-ecosysteem van Defensie draait uiteindelijk om mensen. Twee "
                "uitwisselingen laten zien hoe het in de praktijk werkt, en waarom het voor beide "
                "kanten de moeite waard is."
            ),
            (
                "De eerste gaat over een landmachtofficier die al dertien jaar bij Defensie "
                "werkte. De officier wilde graag ervaren hoe het is om bij een ander bedrijf te "
                "werken, maar wilde daarvoor niet de baan bij Defensie opzeggen. Via het "
                "ecosysteem volgde een tijdelijke uitleen aan technologiebedrijf Thales. De "
                "officier blijft in dienst van Defensie, met de eigen arbeidsvoorwaarden, en "
                "Thales betaalt de kostprijs."
            ),
            (
                "De tweede uitwisseling gaat de andere kant op. Defensie kon extra mensen "
                "gebruiken, en een medewerker van Royal IHC werd tijdelijk aan Defensie "
                "uitgeleend. Voor die medewerker was het een nieuwe uitdaging: de eigen kennis en "
                "ervaring toepassen in een totaal andere werkomgeving. Royal IHC houdt zo een "
                "ervaren vakkracht in dienst die zich verder ontwikkelt, en Defensie krijgt "
                "tijdelijk de capaciteit die het zoekt."
            ),
            (
                "In beide gevallen begon het met een gesprek tussen de medewerker, de eigen "
                "leidinggevende en de inlenende organisatie over de opdracht, de duur en de "
                "terugkeer. Het loket van het ecosysteem hielp met de papieren kant. De inlener "
                "regelde een werkplek, toegang tot de systemen en een vaste begeleider. Bij "
                "Defensie komt daar de beveiliging bij: een veiligheidsonderzoek en toegang tot "
                "terreinen kosten tijd en moeten daarom vroeg worden aangevraagd."
            ),
            (
                "Het uitgangspunt is dat de medewerker na afloop terugkeert naar de eigen "
                "werkgever. Wat de uitwisseling oplevert, is niet altijd in een getal te vangen: "
                "een andere kijk op het eigen werk, een netwerk aan de andere kant en begrip voor "
                "hoe een andere organisatie besluiten neemt. Voor beide werkgevers is het "
                "bovendien een manier om te laten zien dat ze hun mensen ruimte geven om te "
                "groeien."
            ),
        ],
        "outcomes": [
            "Een militair doet ervaring op buiten Defensie zonder de vaste baan op te geven.",
            "Defensie krijgt tijdelijk extra capaciteit en kennis uit de maritieme techniek.",
            "Beide werkgevers laten zien dat ze investeren in de ontwikkeling van hun mensen.",
        ],
        "obstacles": [
            {
                "obstacle": "Wie is de baas tijdens de uitleen, en wie beoordeelt de medewerker?",
                "solution": (
                    "Vooraf vastleggen dat de eigen werkgever werkgever blijft, terwijl de "
                    "inlener het dagelijkse werk aanstuurt en input geeft voor de beoordeling."
                ),
            },
            {
                "obstacle": (
                    "Toegang tot systemen en gebouwen kost bij Defensie tijd, onder meer door "
                    "screening."
                ),
                "solution": (
                    "Screening en toegang direct na de afspraak aanvragen, zodat de medewerker op "
                    "de eerste dag aan de slag kan."
                ),
            },
            {
                "obstacle": (
                    "De medewerker moet na afloop weer goed kunnen landen bij de eigen werkgever."
                ),
                "solution": (
                    "Tijdens de uitleen contact houden met de eigen leidinggevende en vooraf "
                    "bespreken hoe de nieuwe ervaring straks wordt benut."
                ),
            },
        ],
        "elements": [
            "betere-ontwikkelingskansen",
            "aantrekkelijker-werkgeverschap",
            "inwerken-en-begeleiden",
            "salaris-en-arbeidsvoorwaarden",
        ],
        "tags": ["defensie", "techniek", "loopbaan", "kostprijs", "ontwikkeling"],
        "figures": [
            {"value": "13", "label": "dienstjaren bij Defensie voor de uitleen"},
        ],
        "quote": None,
        "published": "2024-10-01",
    },
    {
        "slug": "duaal-werkgeverschap-zorg-en-cyber",
        "title": "Duaal werkgeverschap: militaire zorgverleners en cyberreservisten",
        "summary": (
            "Zo'n 300 fte aan militair medisch personeel werkt in ziekenhuizen en is ook "
            "inzetbaar voor Defensie. Ongeveer 30 cyberreservisten combineren twee werkgevers. "
            "Wat leert dat ons?"
        ),
        "organisations": [{"org": "defensie", "role": "both"}],
        "forms": ["reservist-duaal-werkgeverschap"],
        "hours_min": None,
        "hours_max": None,
        "duration": "long",
        "duration_note": (
            "een combinatie voor meerdere jaren, met inzet voor Defensie wanneer dat nodig is"
        ),
        "region": "national",
        "story": [
            (
                "Lang voordat er over werken in breder belang werd gesproken, deden Defensie en "
                "ziekenhuizen het al. Artsen, verpleegkundigen en andere zorgverleners die "
                "militair zijn, als beroeps of als reservist, werken in een ziekenhuis en zijn "
                "daarnaast inzetbaar voor de krijgsmacht, bijvoorbeeld tijdens een missie. Het "
                "gaat om zo'n 300 fte."
            ),
            (
                "Voor beide kanten heeft dat voordelen. Het ziekenhuis krijgt ervaren "
                "zorgverleners. Defensie houdt zijn medische mensen vakbekwaam, doordat zij "
                "dagelijks in een drukke klinische omgeving werken. Bevoegd en bekwaam blijven is "
                "in de zorg geen formaliteit: wie handelingen niet regelmatig uitvoert, raakt "
                "zijn routine kwijt. Het werk in het ziekenhuis is daarmee ook de beste "
                "voorbereiding op een inzet."
            ),
            (
                "Een tweede, jongere vorm is de cyberreservist: een IT-specialist met een gewone "
                "baan bij een bedrijf of instelling die daarnaast reservist is bij Defensie. Met "
                "zo'n 30 cyberreservisten heeft Defensie ervaring opgedaan met dit duaal "
                "werkgeverschap."
            ),
            (
                "Duaal werkgeverschap vraagt om afspraken die verder gaan dan een gewone "
                "detachering. Wanneer kan Defensie iemand oproepen, en hoe lang van tevoren hoort "
                "de civiele werkgever dat? Wie neemt het werk in het ziekenhuis of bij het "
                "bedrijf over? En hoe voorkomen beide werkgevers dat iemand in feite twee volle "
                "banen naast "
                "elkaar draait? De balans tussen twee soorten werk verdient minstens zoveel "
                "aandacht als de balans tussen werk en privé."
            ),
            (
                "Deze ervaring vormde later de basis voor het Civiel-Militair Professional "
                "Uitwisselingsprogramma. Wat in de zorg al tientallen jaren werkt, wordt zo "
                "vertaald naar techniek, logistiek en andere vakgebieden."
            ),
        ],
        "outcomes": [
            (
                "Zorgverleners houden hun vaardigheden op peil in de dagelijkse praktijk van het "
                "ziekenhuis."
            ),
            "Defensie kan bij missies rekenen op ervaren medisch personeel.",
            (
                "Werkenden combineren twee betekenisvolle rollen: hun vak in de samenleving en "
                "hun inzet voor de krijgsmacht."
            ),
        ],
        "obstacles": [
            {
                "obstacle": (
                    "Een oproep van Defensie kan gaten slaan in het rooster van het ziekenhuis of "
                    "het bedrijf."
                ),
                "solution": (
                    "Vooraf afspraken maken over termijnen waarop een oproep bekend wordt en over "
                    "wie het werk tijdens een inzet overneemt."
                ),
            },
            {
                "obstacle": "Twee werkgevers kunnen samen meer vragen dan één persoon kan geven.",
                "solution": (
                    "Beide werkgevers bespreken de totale belasting met de medewerker en stemmen "
                    "drukke periodes op elkaar af."
                ),
            },
            {
                "obstacle": (
                    "Bekwaamheid voor militaire taken en voor taken in het ziekenhuis lopen niet "
                    "altijd gelijk op."
                ),
                "solution": (
                    "Scholing en oefeningen zo plannen dat de medewerker voor beide rollen "
                    "bevoegd en bekwaam blijft."
                ),
            },
        ],
        "elements": [
            "beschikbaarheid-en-betrokkenheid",
            "werk-werkbalans",
            "meer-betekenisvol-werk",
            "bevoegd-en-bekwaam",
        ],
        "tags": ["defensie", "zorg", "duaal werkgeverschap", "reservisten", "cyber"],
        "figures": [
            {"value": "300 fte", "label": "militair medisch personeel in ziekenhuizen"},
            {"value": "30", "label": "cyberreservisten met twee werkgevers"},
        ],
        "quote": {
            "text": (
                "Als iemand twee werkgevers heeft, moeten die werkgevers ook met elkaar praten. "
                "Anders draagt de medewerker alles alleen."
            ),
            "attribution": "een HR-adviseur van een ziekenhuis",
        },
        "published": "2025-02-18",
    },
    {
        "slug": "werken-buiten-je-zorgbubbel",
        "title": "Werken buiten je (zorg-)bubbel",
        "summary": (
            "Trainees van We Care to Discover onderzoeken hoe zorgprofessionals ervaring kunnen "
            "opdoen buiten de eigen organisatie, en wat werkgevers nodig hebben om dat mogelijk "
            "te maken."
        ),
        "organisations": [
            {"org": "we-care-to-discover", "role": "facilitating"},
            {"org": "nsvp", "role": "facilitating"},
        ],
        "forms": ["loopbaanervaring"],
        "hours_min": None,
        "hours_max": None,
        "duration": "ongoing",
        "duration_note": (
            "een initiatief in ontwikkeling; de lengte van een uitstap verschilt per persoon"
        ),
        "region": "national",
        "story": [
            (
                "Wie in de zorg werkt, blijft vaak jarenlang in dezelfde organisatie, met "
                "dezelfde collega's en dezelfde routines. Trainees van We Care to Discover, een "
                "traineeship in de zorg, vroegen zich af wat er gebeurt als zorgprofessionals "
                "daar af en toe buiten stappen. Zo ontstond het initiatief 'Werken buiten je "
                "(zorg-)bubbel'."
            ),
            (
                "Het idee sluit aan bij wat veel jonge professionals zeggen: ze willen van "
                "betekenis zijn, zich blijven ontwikkelen en hun talenten niet in één functie "
                "hoeven op te sluiten. Een tijd meedraaien bij een andere zorgorganisatie, een "
                "gemeente of een bedrijf levert nieuwe ideeën op voor het eigen werk. Andersom "
                "ontdekken mensen van buiten de zorg wat het werk in de zorg inhoudt."
            ),
            (
                "De trainees brachten hun initiatief in bij het leernetwerk Werken in Breder "
                "Belang van de NSvP. Daar bespraken ze het met mensen uit Defensie, de techniek "
                "en de zorg, onder wie een HR-adviseur van het Deventer Ziekenhuis die werkt aan "
                "beter zichtbare loopbaanmogelijkheden voor verpleegkundigen."
            ),
            (
                "In dat gesprek kwamen de beren op de weg snel boven tafel. Zorgorganisaties zien "
                "het belang op de lange termijn wel, maar hebben op korte termijn weinig ruimte: "
                "de werkdruk is hoog en veel teams zijn onderbezet. Ook is een zorgprofessional "
                "niet zomaar bevoegd en bekwaam voor handelingen bij een andere organisatie. En er "
                "zijn praktische en fiscale drempels, zoals de loonheffingskorting die maar bij "
                "één werkgever mag worden toegepast."
            ),
            (
                "Toch zagen de deelnemers ook openingen. Een uitstap buiten de eigen organisatie "
                "kan worden gezien als professionalisering of als kwaliteitsimpuls, en zou dan "
                "uit die budgetten kunnen worden betaald. Wie investeert in de ontwikkeling van "
                "medewerkers, vergroot bovendien de kans dat ze op lange termijn blijven, ook als "
                "ze tijdelijk of voor een deel elders werken. Wel moet de opbrengst voor "
                "werkgevers concreet worden gemaakt."
            ),
        ],
        "outcomes": [
            (
                "Een helder beeld van wat jonge zorgprofessionals zoeken: betekenis, ontwikkeling "
                "en afwisseling."
            ),
            "Een lijst met concrete drempels die organisaties samen kunnen aanpakken.",
            "Bouwstenen voor de routekaart en de handreiking van het leernetwerk.",
        ],
        "obstacles": [
            {
                "obstacle": (
                    "Door de hoge werkdruk zijn zorgorganisaties terughoudend om mensen te laten "
                    "gaan, ook voor korte tijd."
                ),
                "solution": (
                    "Klein beginnen met korte, afgebakende uitstappen en die financieren uit "
                    "budgetten voor professionalisering."
                ),
            },
            {
                "obstacle": (
                    "De loonheffingskorting mag maar bij één werkgever worden toegepast, waardoor "
                    "werken voor twee werkgevers minder aantrekkelijk is."
                ),
                "solution": (
                    "Kiezen voor een constructie waarbij de medewerker bij de eigen werkgever in "
                    "dienst blijft, en medewerkers vooraf goed informeren."
                ),
            },
            {
                "obstacle": "Werkgevers zien niet direct wat het hun oplevert.",
                "solution": (
                    "De opbrengst zichtbaar maken met maatstaven die bij de organisatie passen, "
                    "zoals behoud van medewerkers en hun ontwikkeling."
                ),
            },
        ],
        "elements": [
            "meer-betekenisvol-werk",
            "betere-ontwikkelingskansen",
            "kostprijs-en-financiering",
            "kaders-oprekken",
        ],
        "tags": ["zorg", "ontwikkeling", "loopbaan", "leernetwerk", "financiering"],
        "figures": [],
        "quote": {
            "text": (
                "Je leert je eigen werk pas echt kennen als je een tijdje ergens anders hebt "
                "meegekeken."
            ),
            "attribution": "een deelnemer aan het leernetwerk",
        },
        "published": "2026-03-10",
    },
]


ROUTEMAP = {
    "slug": "routekaart-uitlenen-en-inlenen",
    "title": "Routekaart: een collega uitlenen of inlenen",
    "intro": [
        (
            "Een collega tijdelijk uitlenen aan een andere organisatie, of juist iemand inlenen, "
            "klinkt eenvoudig. In de praktijk komt er veel bij kijken: van het contract en de "
            "kosten tot de vraag wie het werk overneemt en hoe iemand zich thuis gaat voelen in "
            "een nieuw team."
        ),
        (
            "Deze routekaart helpt u stap voor stap. Per fase vindt u vragen voor de uitlenende "
            "organisatie, voor de inlenende organisatie en voor beide samen, met een korte "
            "checklist. De vragen komen uit de praktijk van het leernetwerk en de expertgroep "
            "arbeidsmobiliteit. Gebruik ze als leidraad voor het gesprek, niet als formulier dat "
            "af moet."
        ),
    ],
    "steps": [
        {
            "title": "Verkennen",
            "summary": (
                "Ga na of uitlenen of inlenen past bij uw organisatie en bij de medewerker. Begin "
                "bij de beschikbaarheid van de medewerker en bij wat de inlener echt nodig heeft."
            ),
            "lending": [
                {
                    "topic": "backfill",
                    "question": "Kunnen we het werk dat blijft liggen opvangen, en door wie?",
                },
                {
                    "topic": "contract",
                    "question": (
                        "Past uitlenen binnen onze cao en ons personeelsbeleid, of zijn daar "
                        "extra afspraken voor nodig?"
                    ),
                },
                {
                    "topic": "costs",
                    "question": (
                        "Wat kost het ons om een medewerker te missen, ook als de inlener de "
                        "kostprijs vergoedt?"
                    ),
                },
            ],
            "borrowing": [
                {
                    "topic": "onboarding",
                    "question": (
                        "Welke taken kan een collega van buiten hier snel en veilig oppakken?"
                    ),
                },
                {
                    "topic": "supervision",
                    "question": (
                        "Hebben we iemand die tijd heeft om een nieuwe collega te begeleiden?"
                    ),
                },
            ],
            "both": [
                {
                    "topic": "integrity",
                    "question": (
                        "Zijn er belangen die kunnen botsen, bijvoorbeeld omdat we elkaars "
                        "concurrent, leverancier of klant zijn?"
                    ),
                },
                {
                    "topic": "balance",
                    "question": (
                        "Hoeveel uur per week is voor de medewerker haalbaar naast het eigen werk?"
                    ),
                },
            ],
            "checklist": [
                "Beschikbaarheid van de medewerker in dagen en uren bekend",
                "Vraag van de inlener beschreven in taken, niet alleen in een functietitel",
                "Eerste check op belangenverstrengeling gedaan",
                "Leidinggevende van de medewerker betrokken",
            ],
        },
        {
            "title": "Afspraken maken",
            "summary": (
                "Leg vast hoe de uitwisseling juridisch, financieel en praktisch geregeld is. "
                "Goede afspraken vooraf voorkomen gedoe achteraf."
            ),
            "lending": [
                {
                    "topic": "contract",
                    "question": (
                        "Blijft de medewerker bij ons in dienst, en welke arbeidsvoorwaarden "
                        "gelden tijdens de uitleen?"
                    ),
                },
                {
                    "topic": "reachability",
                    "question": (
                        "Hoe en wanneer is de medewerker voor ons bereikbaar tijdens de uren bij "
                        "de inlener?"
                    ),
                },
                {
                    "topic": "costs",
                    "question": (
                        "Welke kosten brengen we in rekening: alleen de loonkosten, of ook "
                        "reiskosten en opleiding?"
                    ),
                },
            ],
            "borrowing": [
                {
                    "topic": "liability",
                    "question": (
                        "Is de medewerker bij ons verzekerd voor ongevallen en schade tijdens het "
                        "werk?"
                    ),
                },
                {
                    "topic": "costs",
                    "question": "Hoe en hoe vaak verrekenen we de kosten met de uitlener?",
                },
            ],
            "both": [
                {
                    "topic": "liability",
                    "question": (
                        "Wie doet wat als de medewerker ziek wordt of een ongeval krijgt tijdens "
                        "de uitleen?"
                    ),
                },
                {
                    "topic": "integrity",
                    "question": (
                        "Welke afspraken maken we over geheimhouding en over informatie die de "
                        "medewerker meeneemt?"
                    ),
                },
                {
                    "topic": "contract",
                    "question": (
                        "Wanneer begint en eindigt de uitwisseling, en hoe kunnen we die zo nodig "
                        "eerder beëindigen?"
                    ),
                },
            ],
            "checklist": [
                "Overeenkomst tussen uitlener en inlener ondertekend",
                "Afspraken over kostprijs en verrekening vastgelegd",
                "Aansprakelijkheid en verzekering bij ziekte of ongeval geregeld",
                "Afspraken over geheimhouding gemaakt",
                "Medewerker kent de afspraken en stemt ermee in",
            ],
        },
        {
            "title": "Voorbereiden",
            "summary": (
                "Zorg dat alles klaarstaat voordat de medewerker begint: de overdracht van het "
                "eigen werk, de toegang tot systemen en een vaste begeleider."
            ),
            "lending": [
                {
                    "topic": "backfill",
                    "question": "Wie neemt welke taken over, en weet het team dat?",
                },
                {
                    "topic": "reachability",
                    "question": (
                        "Wat spreken we met het eigen team af over bereikbaarheid en spoedvragen?"
                    ),
                },
            ],
            "borrowing": [
                {
                    "topic": "onboarding",
                    "question": (
                        "Welke accounts, passen en toegangen zijn nodig, en hoe lang duurt het om "
                        "die te regelen?"
                    ),
                },
                {
                    "topic": "onboarding",
                    "question": (
                        "Moet de medewerker een screening, VOG of bekwaamheidscheck doorlopen?"
                    ),
                },
                {
                    "topic": "supervision",
                    "question": (
                        "Wie wordt de vaste begeleider, en hoeveel tijd krijgt die daarvoor?"
                    ),
                },
            ],
            "both": [
                {
                    "topic": "team",
                    "question": (
                        "Hoe vertellen we beide teams over de komst en het vertrek van de collega?"
                    ),
                },
                {
                    "topic": "balance",
                    "question": (
                        "Hoe ziet een gewone werkweek eruit, verdeeld over beide werkplekken?"
                    ),
                },
            ],
            "checklist": [
                "Overdracht van het werk bij de uitlener geregeld",
                "Accounts, pas en werkplek aangevraagd",
                "Begeleider bij de inlener aangewezen",
                "Weekrooster tussen beide organisaties afgestemd",
                "Beide teams geïnformeerd",
            ],
        },
        {
            "title": "De start",
            "summary": (
                "De eerste weken bepalen of iemand zich welkom voelt. Investeer in een goed "
                "begin, ook als de uitwisseling maar kort duurt."
            ),
            "lending": [
                {
                    "topic": "supervision",
                    "question": (
                        "Wie houdt vanuit onze organisatie contact met de medewerker, en hoe vaak?"
                    ),
                },
                {
                    "topic": "reachability",
                    "question": (
                        "Werken de afspraken over bereikbaarheid in de praktijk, of moeten we ze "
                        "aanpassen?"
                    ),
                },
            ],
            "borrowing": [
                {
                    "topic": "onboarding",
                    "question": (
                        "Heeft de medewerker op de eerste dag een werkplek, toegang tot de "
                        "systemen en een rondleiding?"
                    ),
                },
                {
                    "topic": "team",
                    "question": (
                        "Hoe stellen we de nieuwe collega voor en betrekken we die bij overleggen "
                        "en teamuitjes?"
                    ),
                },
                {
                    "topic": "supervision",
                    "question": "Wanneer plannen we het eerste gesprek over hoe het gaat?",
                },
            ],
            "both": [
                {
                    "topic": "balance",
                    "question": (
                        "Is het rooster haalbaar, of moeten we na de eerste weken al bijsturen?"
                    ),
                },
            ],
            "checklist": [
                "Welkomstgesprek gevoerd",
                "Medewerker kan bij alle benodigde systemen",
                "Kennismaking met het team gehad",
                "Eerste evaluatiemoment gepland",
            ],
        },
        {
            "title": "Tijdens de uitwisseling",
            "summary": (
                "Blijf met elkaar in gesprek. Signalen over werkdruk of onduidelijkheid zijn "
                "makkelijker op te lossen als ze vroeg op tafel komen."
            ),
            "lending": [
                {
                    "topic": "backfill",
                    "question": (
                        "Houdt het team het vol met de overgenomen taken, of is extra hulp nodig?"
                    ),
                },
                {
                    "topic": "contract",
                    "question": "Lopen zaken als verlof, beoordeling en opleiding gewoon door?",
                },
            ],
            "borrowing": [
                {
                    "topic": "team",
                    "question": (
                        "Voelt de medewerker zich onderdeel van het team, of blijft het 'de gast'?"
                    ),
                },
                {
                    "topic": "supervision",
                    "question": "Krijgt de medewerker genoeg feedback op het werk?",
                },
            ],
            "both": [
                {
                    "topic": "balance",
                    "question": (
                        "Houdt de medewerker genoeg rust over, naast werk bij twee organisaties "
                        "en het privéleven?"
                    ),
                },
                {
                    "topic": "integrity",
                    "question": (
                        "Ontstaan er situaties waarin belangen botsen of de medewerker voor een "
                        "ethisch dilemma staat?"
                    ),
                },
                {
                    "topic": "costs",
                    "question": "Klopt de verrekening met wat we hebben afgesproken?",
                },
            ],
            "checklist": [
                "Regelmatig driegesprek tussen medewerker, uitlener en inlener",
                "Werkdruk bij het achterblijvende team besproken",
                "Signalen over de werk-werkbalans serieus genomen",
                "Verrekening gecontroleerd",
            ],
        },
        {
            "title": "Afronden en evalueren",
            "summary": (
                "Sluit de uitwisseling zorgvuldig af en haal de lessen op. Zo wordt de volgende "
                "uitwisseling makkelijker, voor u en voor het hele netwerk."
            ),
            "lending": [
                {
                    "topic": "team",
                    "question": (
                        "Hoe zorgen we dat de medewerker goed terugkomt in het eigen team en de "
                        "nieuwe kennis kan inzetten?"
                    ),
                },
                {
                    "topic": "contract",
                    "question": (
                        "Moeten we iets aanpassen in de functie of het ontwikkelplan van de "
                        "medewerker?"
                    ),
                },
            ],
            "borrowing": [
                {
                    "topic": "onboarding",
                    "question": "Zijn alle accounts, passen en toegangen weer ingetrokken?",
                },
                {"topic": "costs", "question": "Is de laatste verrekening gedaan?"},
            ],
            "both": [
                {
                    "topic": "liability",
                    "question": "Staan er nog punten open rond schade, ziekte of verzekering?",
                },
                {
                    "topic": "integrity",
                    "question": (
                        "Welke afspraken blijven ook na afloop gelden, bijvoorbeeld over "
                        "geheimhouding?"
                    ),
                },
                {
                    "topic": "balance",
                    "question": (
                        "Hoe kijkt de medewerker terug op de combinatie van beide banen, en wat "
                        "zou die een volgende keer anders willen?"
                    ),
                },
            ],
            "checklist": [
                "Eindgesprek met de medewerker gevoerd",
                "Toegang tot systemen en gebouwen beëindigd",
                "Eindafrekening verwerkt",
                "Evaluatie met beide organisaties gehouden",
                "Lessen gedeeld met het loket of het netwerk",
            ],
        },
    ],
}


# Past sessions carry their real dates. Upcoming ones are placed relative to the day the demo
# is loaded ("starts_in_days", moved on to the next "weekday", 0 = Monday), so the demo always
# has sessions ahead; "start" and "end" are then times of day.
SESSIONS = [
    {
        "slug": "presentatie-civiel-militair-uitwisselingsprogramma",
        "title": "Presentatie Civiel-Militair Professional Uitwisselingsprogramma",
        "series": "Netwerkbijeenkomst",
        "start": "2018-12-13T14:00",
        "end": "2018-12-13T17:30",
        "host": "platform-defensie-bedrijfsleven",
        "venue": "",
        "city": "Den Haag",
        "online": False,
        "intro": [
            (
                "Defensie en het bedrijfsleven willen vaker personeel uitwisselen. Tijdens deze "
                "bijeenkomst van het Platform Defensie Bedrijfsleven wordt het Civiel-Militair "
                "Professional Uitwisselingsprogramma gepresenteerd."
            ),
            (
                "Vertegenwoordigers van Defensie, VNO-NCW en FME vertellen waarom zij het "
                "programma steunen en hoe bedrijven kunnen meedoen, of ze nu groot of klein zijn."
            ),
        ],
        "agenda": [
            {"time": "14:00", "title": "Ontvangst", "description": "Inloop met koffie en thee."},
            {
                "time": "14:30",
                "title": "Opening",
                "description": "Waarom Defensie en bedrijven meer van elkaar willen leren.",
            },
            {
                "time": "14:50",
                "title": "Het uitwisselingsprogramma",
                "description": (
                    "Vormen van uitwisseling, de ambitie voor het eerste jaar en hoe u kunt "
                    "aansluiten."
                ),
            },
            {
                "time": "15:30",
                "title": "De blik van werkgevers",
                "description": (
                    "VNO-NCW en FME over wat uitwisseling bedrijven en hun medewerkers oplevert."
                ),
            },
            {
                "time": "16:15",
                "title": "Lessen uit de zorg",
                "description": (
                    "Wat de jarenlange samenwerking met ziekenhuizen en de ervaring met "
                    "cyberreservisten ons leren."
                ),
            },
            {
                "time": "16:45",
                "title": "Netwerkborrel",
                "description": "Napraten en kennismaken met mogelijke partners.",
            },
        ],
        "report": [
            (
                "In Den Haag is het Civiel-Militair Professional Uitwisselingsprogramma officieel "
                "gepresenteerd. Defensie en bedrijven willen in het komende jaar zo'n 60 mensen "
                "uitwisselen om mee te beginnen. Dat kan gaan om een korte klus, maar ook om een "
                "concrete opdracht van een half jaar, eenzijdig of over en weer."
            ),
            (
                "De sprekers van VNO-NCW en FME benadrukten dat het programma in twee richtingen "
                "werkt: Defensie leert van het bedrijfsleven, en bedrijven hebben belang bij een "
                "sterke krijgsmacht. Medewerkers doen ervaring op die ook hun eigen organisatie "
                "sterker maakt. Vanuit Defensie klonk de wens dat meer militairen eens een stap "
                "buiten de eigen organisatie zetten."
            ),
            (
                "Het programma bouwt voort op de lange ervaring met militair medisch personeel in "
                "ziekenhuizen (zo'n 300 fte) en met ongeveer 30 cyberreservisten."
            ),
        ],
    },
    {
        "slug": "leernetwerk-bijeenkomst-1",
        "title": "Leernetwerk Werken in Breder Belang – bijeenkomst 1: verkennen",
        "series": "Leernetwerk Werken in Breder Belang",
        "start": "2020-01-16T13:30",
        "end": "2020-01-16T17:00",
        "host": "nsvp",
        "venue": "NSvP",
        "city": "Utrecht",
        "online": False,
        "intro": [
            (
                "Steeds meer organisaties zoeken naar manieren om mensen ook buiten hun eigen "
                "baan te laten bijdragen aan de samenleving. In deze eerste van drie "
                "bijeenkomsten verkennen we wat werken in breder belang is, welke initiatieven er "
                "al zijn en wat we samen willen leren."
            ),
        ],
        "agenda": [
            {
                "time": "13:30",
                "title": "Welkom en kennismaking",
                "description": "Wie zit er aan tafel en waarom bent u hier?",
            },
            {
                "time": "14:00",
                "title": "Wat is werken in breder belang?",
                "description": (
                    "De aanjagers van het leernetwerk schetsen het vraagstuk en de opzet van de "
                    "drie bijeenkomsten."
                ),
            },
            {
                "time": "14:45",
                "title": "Initiatieven in beeld",
                "description": (
                    "Deelnemers vertellen kort over projecten in hun eigen organisatie of regio."
                ),
            },
            {
                "time": "15:45",
                "title": "Wat willen we leren?",
                "description": "Samen de vragen kiezen voor de volgende bijeenkomsten.",
            },
            {
                "time": "16:30",
                "title": "Afsluiting en borrel",
                "description": "Vooruitblik op bijeenkomst 2.",
            },
        ],
        "report": [
            (
                "De eerste bijeenkomst van het leernetwerk stond in het teken van kennismaken. De "
                "deelnemers kwamen uit heel verschillende hoeken, maar herkenden hetzelfde "
                "vraagstuk: werk dat de samenleving dient, wordt kwetsbaar als er te weinig "
                "mensen zijn om het te doen."
            ),
            (
                "Er bleken al veel initiatieven te bestaan, maar een plek om ervaringen te delen "
                "ontbrak nog. Afgesproken werd om in de tweede bijeenkomst in te zoomen op mensen "
                "met een sleutelpositie in organisaties, en in de derde op de werkenden zelf."
            ),
        ],
    },
    {
        "slug": "leernetwerk-bijeenkomst-2",
        "title": "Leernetwerk Werken in Breder Belang – bijeenkomst 2: waarom en hoe",
        "series": "Leernetwerk Werken in Breder Belang",
        "start": "2020-02-06T13:30",
        "end": "2020-02-06T17:00",
        "host": "nsvp",
        "venue": "NSvP",
        "city": "Utrecht",
        "online": False,
        "intro": [
            (
                "In deze tweede bijeenkomst gaan we in gesprek met mensen die in hun organisatie "
                "werken in breder belang introduceren of stimuleren. Waarom doen ze dat, en hoe "
                "geven ze er in de praktijk invulling aan?"
            ),
        ],
        "agenda": [
            {
                "time": "13:30",
                "title": "Welkom",
                "description": "Korte terugblik op de eerste bijeenkomst.",
            },
            {
                "time": "13:45",
                "title": "Waarom werken in breder belang?",
                "description": (
                    "De meerwaarde voor de arbeidsmarkt, voor werkgevers en voor professionals."
                ),
            },
            {
                "time": "14:30",
                "title": "Beren op de weg",
                "description": "Wat houdt organisaties tegen om het te stimuleren?",
            },
            {
                "time": "15:15",
                "title": "Twee casussen",
                "description": (
                    "Welke vragen spelen er bij de uitlenende en bij de inlenende organisatie?"
                ),
            },
            {
                "time": "16:15",
                "title": "Wat hebben we nodig?",
                "description": "Gesprek over de tools die het leernetwerk kan opleveren.",
            },
            {
                "time": "16:45",
                "title": "Afsluiting",
                "description": "Vooruitblik op bijeenkomst 3.",
            },
        ],
        "report": [
            (
                "Aan tafel zaten onder anderen een programmamanager HR van Defensie, een "
                "projectmanager van het innovatielab van TMC, een expert op het gebied van de "
                "arbeidsmarkt in zorg en welzijn, een HR-adviseur en loopbaancoach van het "
                "Deventer Ziekenhuis en twee trainees van We Care to Discover. Een tekenaar legde "
                "het gesprek live vast in een plaat."
            ),
            (
                "Over het waarom waren de deelnemers het snel eens. Personeelstekorten zijn een "
                "gedeeld probleem, en wie ervaring opdoet in verschillende sectoren, kan worden "
                "ingezet waar de nood het hoogst is. Voor werkgevers is het maatschappelijk "
                "verantwoord ondernemen en een manier om aantrekkelijker te worden; professionals "
                "willen van betekenis zijn. Wel moet de opbrengst voor werkgevers duidelijk "
                "worden, met andere maatstaven voor grote organisaties dan voor het mkb."
            ),
            (
                "De beren op de weg zijn bekend: op korte termijn is niet iedereen bereid mensen "
                "te laten gaan, zeker niet bij hoge werkdruk. In de zorg is een professional "
                "niet zomaar bevoegd en bekwaam, er komt veel praktisch regelwerk bij kijken en "
                "de wet- en regelgeving helpt nog niet mee, zoals bij de loonheffingskorting die "
                "maar bij één werkgever mag worden toegepast."
            ),
            (
                "In de casussen kwamen de vragen voor beide kanten op tafel: contract en "
                "arbeidsvoorwaarden, het werk dat blijft liggen en bereikbaarheid voor de "
                "uitlener; systemen, inwerken, begeleiding en teamgevoel voor de inlener; "
                "werk-werkbalans en mogelijke belangenverstrengeling voor beide. Als gewenste "
                "tools werden een handreiking, een routekaart en een verzameling goede "
                "voorbeelden genoemd."
            ),
        ],
    },
    {
        "slug": "leernetwerk-bijeenkomst-3",
        "title": "Leernetwerk Werken in Breder Belang – bijeenkomst 3: de werkenden aan het woord",
        "series": "Leernetwerk Werken in Breder Belang",
        "start": "2020-03-05T13:30",
        "end": "2020-03-05T17:00",
        "host": "nsvp",
        "venue": "NSvP",
        "city": "Utrecht",
        "online": False,
        "intro": [
            (
                "In de laatste bijeenkomst van het leernetwerk staan de mensen zelf centraal: "
                "professionals die zich naast hun huidige baan inzetten voor het breder belang. "
                "Wat drijft hen, wat helpt en waar lopen ze tegenaan?"
            ),
        ],
        "agenda": [
            {
                "time": "13:30",
                "title": "Welkom",
                "description": "Korte terugblik op de eerste twee bijeenkomsten.",
            },
            {
                "time": "13:45",
                "title": "Verhalen uit de praktijk",
                "description": "Deelnemers die twee banen combineren vertellen over hun week.",
            },
            {
                "time": "14:45",
                "title": "Wat helpt, wat schuurt?",
                "description": (
                    "In kleine groepen de ervaringen naast de vragen uit bijeenkomst 2 leggen."
                ),
            },
            {
                "time": "15:45",
                "title": "Op weg naar een routekaart",
                "description": (
                    "Welke stappen en vragen horen in een routekaart voor werkgevers en werkenden?"
                ),
            },
            {
                "time": "16:30",
                "title": "Afsluiting",
                "description": "Vooruitblik op het afsluitende symposium.",
            },
        ],
        "report": [
            (
                "In deze derde bijeenkomst vertelden professionals die twee functies combineren "
                "over hun ervaringen. Hun motivatie was steeds dezelfde: ze willen iets betekenen "
                "en hun vak op meer dan één plek inzetten. Tegelijk maakten ze duidelijk dat het "
                "combineren van twee werkplekken energie kost."
            ),
            (
                "Wat helpt, is een leidinggevende die meedenkt, een rooster met vaste dagen en "
                "heldere afspraken tussen beide werkgevers. Wat schuurt, zijn twee agenda's die "
                "niet op elkaar aansluiten en het gevoel bij geen van beide teams echt te horen."
            ),
            (
                "De opbrengst van de drie bijeenkomsten wordt gebruikt voor een routekaart en een "
                "handreiking. Na deze laatste bijeenkomst volgt nog een afsluitend symposium, "
                "waarvoor alle deelnemers een uitnodiging krijgen."
            ),
        ],
    },
    {
        "slug": "expertgroep-bijeenkomst-1",
        "title": "Expertgroep Arbeidsmobiliteit – eerste bijeenkomst bij Wiltec",
        "series": "Expertgroep Arbeidsmobiliteit",
        "start": "2021-09-09T15:30",
        "end": "2021-09-09T18:00",
        "host": "wiltec",
        "venue": "Wiltec",
        "city": "Uden",
        "online": False,
        "intro": [
            (
                "Ondernemers uit de regio komen voor het eerst samen om te verkennen wat een "
                "expertgroep arbeidsmobiliteit voor hen kan betekenen. Hoe kunnen we elkaar "
                "helpen als het ene bedrijf mensen over heeft en het andere mensen tekortkomt?"
            ),
        ],
        "agenda": [
            {
                "time": "15:30",
                "title": "Ontvangst en kennismaking",
                "description": "Koffie en een korte voorstelronde.",
            },
            {
                "time": "15:50",
                "title": "Waarom een expertgroep?",
                "description": "Aanleiding en ambities: wat willen we samen bereiken?",
            },
            {
                "time": "16:20",
                "title": "Gesprek: personeel uitwisselen",
                "description": "Waar lopen deelnemers nu tegenaan, en waar liggen kansen?",
            },
            {
                "time": "17:20",
                "title": "Afspraken",
                "description": "Hoe gaan we verder, en wie ontvangt de volgende keer?",
            },
            {"time": "17:40", "title": "Afsluiting", "description": "Napraten met een drankje."},
        ],
        "report": [
            (
                "De eerste bijeenkomst stond in het teken van verkennen. Het gesprek ging al snel "
                "over het uitwisselen van personeel: wat als het ene bedrijf even minder werk "
                "heeft, terwijl een ander bedrijf mensen zoekt?"
            ),
            (
                "De belangrijkste conclusie was dat bedrijven elkaar eerst moeten leren kennen en "
                "vertrouwen, voordat ze mensen uitwisselen. De groep sprak af om de tweede "
                "bijeenkomst ook bij Wiltec te houden, met aansluitend een rondleiding door het "
                "bedrijf."
            ),
        ],
    },
    {
        "slug": "expertgroep-bijeenkomst-2",
        "title": "Expertgroep Arbeidsmobiliteit – tweede bijeenkomst bij Wiltec, met rondleiding",
        "series": "Expertgroep Arbeidsmobiliteit",
        "start": "2021-10-14T15:30",
        "end": "2021-10-14T18:00",
        "host": "wiltec",
        "venue": "Wiltec",
        "city": "Uden",
        "online": False,
        "intro": [
            (
                "In de tweede bijeenkomst bouwen we verder op de eerste verkenning. Wiltec "
                "ontvangt ons opnieuw en laat ons tijdens een rondleiding zien hoe het bedrijf "
                "werkt."
            ),
        ],
        "agenda": [
            {
                "time": "15:30",
                "title": "Ontvangst",
                "description": "Welkom door de gastheer van Wiltec.",
            },
            {
                "time": "15:45",
                "title": "Rondleiding",
                "description": (
                    "Een kijkje op de werkvloer: welke functies zijn er en waar zitten de pieken?"
                ),
            },
            {
                "time": "16:30",
                "title": "Pieken en dalen delen",
                "description": (
                    "Deelnemers vertellen wanneer zij mensen over hebben of juist zoeken."
                ),
            },
            {
                "time": "17:20",
                "title": "Vervolg",
                "description": "Op weg naar een speerpuntenplan.",
            },
            {"time": "17:45", "title": "Afsluiting", "description": "Napraten."},
        ],
        "report": [
            (
                "De rondleiding bij Wiltec maakte veel los. Door de werkvloer met eigen ogen te "
                "zien, kregen de deelnemers een beter beeld van het werk en de mensen, en van de "
                "momenten waarop het bedrijf extra handen nodig heeft of juist ruimte heeft."
            ),
            (
                "Niet iedereen kon aansluiten, dus het verslag gaat naar alle geïnteresseerden. "
                "Het doel: binnen een paar sessies een speerpuntenplan maken en dat met het "
                "netwerk delen."
            ),
        ],
    },
    {
        "slug": "expertgroep-bijeenkomst-3",
        "title": "Expertgroep Arbeidsmobiliteit – derde bijeenkomst, online met Sidekix",
        "series": "Expertgroep Arbeidsmobiliteit",
        "start": "2021-11-25T15:30",
        "end": "2021-11-25T17:30",
        "host": "sidekix",
        "venue": "",
        "city": "",
        "online": True,
        "intro": [
            (
                "Door de coronamaatregelen komen we deze keer online samen. Sidekix is gastheer "
                "en neemt ons via een bedrijfsfilm mee in het bedrijf. Daarna werken we verder "
                "aan het speerpuntenplan."
            ),
        ],
        "agenda": [
            {
                "time": "15:30",
                "title": "Welkom",
                "description": "Opening door de gastheer van Sidekix.",
            },
            {
                "time": "15:40",
                "title": "Bedrijfsfilm Sidekix",
                "description": "In plaats van de rondleiding: een kijkje in het bedrijf via film.",
            },
            {
                "time": "16:00",
                "title": "Vormen van arbeidsmobiliteit",
                "description": "Welke beelden hebben we eigenlijk bij arbeidsmobiliteit?",
            },
            {
                "time": "16:40",
                "title": "Kansen en knelpunten",
                "description": (
                    "Juridische vragen, kleine bedrijven en huisvesting van arbeidsmigranten."
                ),
            },
            {
                "time": "17:15",
                "title": "Afspraken",
                "description": "Voorbereiding van de volgende bijeenkomst.",
            },
        ],
        "report": [
            (
                "Omdat de rondleiding niet door kon gaan, liet de gastheer van Sidekix een "
                "bedrijfsfilm zien. Daarna bleek dat de deelnemers heel verschillende beelden "
                "hebben bij arbeidsmobiliteit. De groep zette vijf vormen op een rij, van "
                "collegiaal uitlenen bij pieken tot herplaatsing bij re-integratie en het werven "
                "van arbeidsmigranten. Voor een deel daarvan kunnen bedrijven terecht bij "
                "partners als IBN, het werkgeversservicepunt en het Regionaal Mobiliteitsteam."
            ),
            (
                "Ook de keerzijdes kwamen aan bod, zoals de vraag wie aansprakelijk is bij ziekte "
                "of een ongeval. Gelukkig is daar in de groep al veel ervaring mee. Omdat "
                "uitlenen vooral tussen grote bedrijven lijkt te gebeuren, wil de groep "
                "nadrukkelijk ook kleine bedrijven laten meeprofiteren."
            ),
            (
                "Een mooie bijvangst: de oproep om samen te zorgen voor goede huisvesting van "
                "arbeidsmigranten werd opgepakt door UOV de Kring, die met een aantal ondernemers "
                "het gesprek met de gemeente aangaat. Het bedrijfsbezoek bij Sidekix wordt later "
                "ingehaald."
            ),
        ],
    },
    {
        "slug": "expertgroep-bijeenkomst-4",
        "title": "Expertgroep Arbeidsmobiliteit – vierde bijeenkomst bij Chain Logistics",
        "series": "Expertgroep Arbeidsmobiliteit",
        "start": "2022-02-03T15:30",
        "end": "2022-02-03T18:00",
        "host": "chain-logistics",
        "venue": "Chain Logistics",
        "city": "Uden",
        "online": False,
        "intro": [
            (
                "Voor de vierde bijeenkomst zijn we te gast bij Chain Logistics. We werken verder "
                "aan een plan om kennis en goede voorbeelden zichtbaar te maken voor meer "
                "bedrijven in de regio."
            ),
        ],
        "agenda": [
            {
                "time": "15:30",
                "title": "Ontvangst",
                "description": "Welkom door de gastheer van Chain Logistics.",
            },
            {
                "time": "15:45",
                "title": "Rondleiding",
                "description": "Een kijkje in de logistieke praktijk.",
            },
            {
                "time": "16:30",
                "title": "Kansen delen",
                "description": "Waar is op dit moment een overschot of een tekort aan mensen?",
            },
            {
                "time": "17:10",
                "title": "Kennis zichtbaar maken",
                "description": (
                    "Bespreking van het korte plan en van goede voorbeelden die structureel werken."
                ),
            },
            {
                "time": "17:45",
                "title": "Afsluiting",
                "description": "Afspraken voor de volgende keer.",
            },
        ],
        "report": [
            (
                "De gastheer van Chain Logistics ontving de expertgroep voor alweer de vierde "
                "bijeenkomst. Het was mooi om te zien dat het vertrouwen en de samenwerking "
                "groeien doordat de ondernemers elkaar vaker zien."
            ),
            (
                "Het doel blijft om samen kansen te zien: op het moment dat de ene ondernemer "
                "niet al zijn mensen aan het werk kan houden, heeft de andere vaak juist een "
                "tekort. Door vaker informatie te delen, komen zulke kansen sneller boven. De "
                "deelnemers bespraken hoe hun kennis en ervaring zichtbaar kunnen worden voor "
                "meer bedrijven, met goede voorbeelden die een structurele oplossing bieden."
            ),
        ],
    },
    {
        "slug": "conferentie-kennissessie-actieplaat",
        "title": "Kennissessie Samenwerken in Breder Belang: aan de slag met de actieplaat",
        "series": "Conferentie",
        "start": "2022-06-09T13:30",
        "end": "2022-06-09T15:30",
        "host": None,
        "venue": "",
        "city": "Utrecht",
        "online": False,
        "intro": [
            (
                "Tijdens de conferentie Werken in Breder Belang gaan we in een interactieve "
                "kennissessie aan de slag met de nieuwe actieplaat Werken in Breder Belang. De "
                "actieplaat helpt om de samenwerking tussen reguliere werkgevers en "
                "maatschappelijk cruciale sectoren te organiseren."
            ),
            (
                "Drie voorbeeldprojecten laten zien hoe het in de praktijk gaat: het "
                "HR-ecosysteem van Defensie, de Nationale Zorgreserve en de hybride docenten in "
                "Brainport Eindhoven."
            ),
        ],
        "agenda": [
            {
                "time": "13:30",
                "title": "Introductie van de actieplaat",
                "description": (
                    "Vier thema's met elk vijf elementen: meerwaarde, maatwerk, mogelijkheden en "
                    "matching."
                ),
            },
            {
                "time": "13:50",
                "title": "Drie voorbeeldprojecten",
                "description": (
                    "Betrokkenen bij Defensie, de Nationale Zorgreserve en Brainport vertellen "
                    "wat werkte en wat niet."
                ),
            },
            {
                "time": "14:40",
                "title": "In gesprek aan tafels",
                "description": "Deelnemers leggen hun eigen vraagstuk naast de actieplaat.",
            },
            {
                "time": "15:15",
                "title": "Terugkoppeling en afsluiting",
                "description": "Wat neemt u mee naar uw eigen organisatie?",
            },
        ],
        "report": [
            (
                "De actieplaat is een blauwdruk voor een ecosysteem van werkgevers, met vier "
                "thema's: Meerwaarde, Maatwerk, Mogelijkheden en Matching. Elk thema telt vijf "
                "elementen, van betekenisvol werk en minder personeelstekorten tot "
                "beschikbaarheid, arbeidsvoorwaarden en een passend takenpakket."
            ),
            (
                "De drie voorbeelden lieten grote verschillen zien. Bij Defensie, dat destijds "
                "zo'n 9.000 mensen zocht, kostte het vier jaar om het HR-ecosysteem goed op te "
                "zetten. De Nationale Zorgreserve stond in de eerste coronagolf binnen een maand, "
                "met 30.000 reservisten. Daar moesten planners 180 graden draaien: beginnen bij "
                "de beschikbaarheid van de reservist, niet bij het gat in het rooster."
            ),
            (
                "In Brainport werkte een inzet van 4 tot 8 uur per week het best voor hybride "
                "docenten; ASML had er 40 klaarstaan. De uitdaging lag daar bij de HR-afdelingen: "
                "binnen de bestaande kaders lukt het niet, dus moeten die kaders worden opgerekt. "
                "Een deelnemer merkte op dat organisaties pas echt gaan kijken wat er wel kan als "
                "de urgentie hoog genoeg is."
            ),
        ],
    },
    {
        "slug": "netwerkdag",
        "title": "Netwerkdag Werken in Breder Belang",
        "series": "Netwerkbijeenkomst",
        "starts_in_days": 100,
        "weekday": 3,
        "capacity": 120,
        "signups": 14,
        "start": "13:00",
        "end": "17:30",
        "host": None,
        "venue": "",
        "city": "Utrecht",
        "online": False,
        "intro": [
            (
                "Eén middag om collega's uit defensie, zorg, onderwijs, techniek en logistiek te "
                "ontmoeten. Netwerkleden delen wat ze het afgelopen jaar hebben geleerd over "
                "uitlenen, inlenen en hybride functies."
            ),
            (
                "Neem uw eigen vraag mee: er is ruimte om die voor te leggen aan mensen die het "
                "al eens hebben gedaan."
            ),
        ],
        "agenda": [
            {
                "time": "13:00",
                "title": "Inloop",
                "description": "Koffie, thee en de eerste gesprekken.",
            },
            {
                "time": "13:30",
                "title": "Opening",
                "description": "Wat er het afgelopen jaar in het netwerk is gebeurd.",
            },
            {
                "time": "14:00",
                "title": "Praktijkverhalen",
                "description": (
                    "Drie organisaties vertellen over een uitwisseling: wat werkte en wat was "
                    "lastig?"
                ),
            },
            {
                "time": "15:00",
                "title": "Leg uw vraag voor aan het netwerk",
                "description": "In kleine groepen werken deelnemers aan hun eigen vraag.",
            },
            {
                "time": "16:15",
                "title": "Opbrengst en vooruitblik",
                "description": "Wat nemen we mee, en welke thema's pakken we dit jaar op?",
            },
            {
                "time": "16:45",
                "title": "Netwerkborrel",
                "description": "Napraten en afspraken maken.",
            },
        ],
        "report": [],
    },
    {
        "slug": "workshop-actieplaat",
        "title": "Workshop: de actieplaat in uw eigen organisatie",
        "series": "Leernetwerk Werken in Breder Belang",
        "starts_in_days": 160,
        "weekday": 3,
        "capacity": 8,
        "signups": 11,  # full: three on the waiting list
        "start": "09:30",
        "end": "12:00",
        "host": None,
        "venue": "",
        "city": "",
        "online": True,
        "intro": [
            (
                "In deze online workshop leert u de actieplaat Werken in Breder Belang gebruiken "
                "voor uw eigen organisatie. Welke elementen zijn bij u al goed geregeld, en "
                "waar zit nog winst?"
            ),
            (
                "De workshop is bedoeld voor HR-adviseurs, leidinggevenden en medewerkers van het "
                "loket die een uitwisseling willen opzetten of verbeteren."
            ),
        ],
        "agenda": [
            {
                "time": "09:30",
                "title": "Welkom en uitleg",
                "description": (
                    "De vier thema's en twintig elementen van de actieplaat in het kort."
                ),
            },
            {
                "time": "09:50",
                "title": "Zelfscan",
                "description": "Deelnemers scoren hun eigen organisatie op de elementen.",
            },
            {"time": "10:30", "title": "Pauze", "description": "Even de benen strekken."},
            {
                "time": "10:45",
                "title": "Van scan naar actie",
                "description": (
                    "In groepjes kiezen we per organisatie twee elementen om mee aan de slag te "
                    "gaan, met de routekaart als hulpmiddel."
                ),
            },
            {
                "time": "11:40",
                "title": "Afronding",
                "description": "Iedere deelnemer formuleert een eerste stap voor de komende maand.",
            },
        ],
        "report": [],
    },
]


HOME = {
    "hero_title": "Samen werken in breder belang",
    "hero_intro": (
        "Een leernetwerk voor organisaties die vakmensen met elkaar delen: uitlenen tegen "
        "kostprijs, banen combineren en leren van elkaars praktijk."
    ),
    "about": [
        (
            "Breder Belang is het platform van het leernetwerk Werken in Breder Belang. Hier "
            "komen werkgevers uit defensie, zorg, onderwijs, techniek, logistiek en overheid "
            "samen die hetzelfde merken: goede mensen zijn schaars, en het is beter om ze te "
            "delen dan om ze te concurreren. Medewerkers blijven in dienst van hun eigen "
            "werkgever en werken tijdelijk of een deel van de week ergens anders, waar hun "
            "kennis hard nodig is."
        ),
        (
            "Op het platform vindt u praktijkverhalen van organisaties die het al doen, de "
            "actieplaat met twintig elementen voor een goede samenwerking, een routekaart voor "
            "het uitlenen en inlenen van een collega en een agenda met bijeenkomsten. Alles is "
            "bedoeld om te gebruiken: om een gesprek te starten, een aanpak te kiezen of een "
            "valkuil te vermijden."
        ),
    ],
    "audiences": [
        {
            "key": "members",
            "title": "Voor netwerkleden",
            "text": (
                "Lees hoe anderen het aanpakten, bereid uw volgende uitwisseling voor en ontmoet "
                "collega's op de bijeenkomsten."
            ),
            "links": [
                {"label": "Bekijk de praktijkverhalen", "target": "cases"},
                {"label": "Naar de agenda", "target": "sessions"},
                {"label": "Over het netwerk", "target": "about"},
            ],
        },
        {
            "key": "facilitators",
            "title": "Voor aanjagers en begeleiders",
            "text": (
                "Gebruik de actieplaat en de handreiking om in een organisatie of regio het "
                "gesprek over werken in breder belang op gang te brengen."
            ),
            "links": [
                {"label": "Ontdek de actieplaat", "target": "plate"},
                {"label": "Lees de handreiking", "target": "guide"},
                {"label": "Plan een bijeenkomst", "target": "sessions"},
            ],
        },
        {
            "key": "organisations",
            "title": "Voor HR en het loket",
            "text": (
                "Regel een uitwisseling zorgvuldig, van contract en kostprijs tot inwerken en "
                "afronden. De routekaart zet alle vragen voor beide kanten op een rij."
            ),
            "links": [
                {"label": "Open de routekaart", "target": "routemap"},
                {"label": "Voorbeelden uit de praktijk", "target": "cases"},
                {"label": "Lees de handreiking", "target": "guide"},
            ],
        },
    ],
    "figures": [
        {
            "value": "46",
            "label": "organisaties aangesloten bij het HR-ecosysteem",
            "source": "HR-ecosysteem Defensie",
        },
        {
            "value": "30.000",
            "label": "zorgreservisten stonden klaar in de eerste coronagolf",
            "source": "Nationale Zorgreserve",
        },
        {
            "value": "40",
            "label": "hybride docenten klaar bij ASML",
            "source": "Brainport Eindhoven",
        },
        {
            "value": "60 fte",
            "label": "om mee te beginnen in het uitwisselingsprogramma",
            "source": "Civiel-Militair Professional Uitwisselingsprogramma",
        },
    ],
}
