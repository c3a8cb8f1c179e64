"""Demo content for the action plate and the guide, written for this project."""

PLATE = {
    "title": "Actieplaat Werken in Breder Belang",
    "intro": (
        "De actieplaat helpt organisaties om samen met andere werkgevers mensen in te zetten waar "
        "ze het hardst nodig zijn. Vier thema's en twintig elementen geven richting aan het "
        "gesprek en aan de eerste stappen."
    ),
    "body": [
        (
            "De actieplaat is een blauwdruk voor de samenwerking tussen reguliere werkgevers en "
            "organisaties in maatschappelijk cruciale sectoren, zoals de zorg, het onderwijs en "
            "Defensie. De plaat laat in één oogopslag zien waar u aan moet denken als u "
            "medewerkers wilt uitlenen of inlenen, of banen wilt combineren. Ze bestaat uit vier "
            "thema's: Meerwaarde, Maatwerk, Mogelijkheden en Matching."
        ),
        (
            "U kunt de plaat op verschillende manieren gebruiken. Veel organisaties beginnen met "
            "een sessie van een dagdeel, waarin HR, leidinggevenden en een paar medewerkers de "
            "plaat samen doorlopen. Per element bespreekt u de vragen: waar staan we al, wat "
            "ontbreekt nog en wie pakt het op? U kunt ook per bijeenkomst één thema nemen: eerst "
            "Meerwaarde, later Matching als de eerste uitwisseling in zicht komt."
        ),
        (
            "Het gesprek wordt rijker als u het voert met een partnerorganisatie. Wie uitleent, "
            "stelt andere vragen dan wie inleent, en juist dat verschil brengt de knelpunten en "
            "kansen boven."
        ),
        (
            "De actieplaat is nooit af. De elementen bouwen op ervaringen van onder meer het "
            "HR-ecosysteem van Defensie, de Nationale Zorgreserve en de hybride docenten van "
            "Brainport Eindhoven. Elke nieuwe casus voegt voorbeelden, vragen en tips toe. Deelt u "
            "uw ervaringen, dan groeit de plaat mee."
        ),
    ],
    "themes": [
        {
            "slug": "meerwaarde",
            "title": "Meerwaarde",
            "question": "Wat levert het op?",
            "summary": (
                "Waarom werken in breder belang loont voor de samenleving, uw organisatie en de "
                "mensen die het doen."
            ),
            "intro": [
                (
                    "Voordat u gaat regelen en plannen, is het goed om helder te hebben waarom u "
                    "eraan begint. Werken in breder belang kost tijd en aandacht, zeker in het "
                    "begin. Dat houdt u alleen vol als duidelijk is wat het oplevert."
                ),
                (
                    "De meerwaarde zit op drie niveaus: de arbeidsmarkt als geheel, de "
                    "organisaties die meedoen en de professionals zelf. De vijf elementen van dit "
                    "thema helpen u die opbrengst concreet te maken."
                ),
            ],
            "elements": [
                {
                    "slug": "meer-betekenisvol-werk",
                    "title": "Meer betekenisvol werk",
                    "summary": (
                        "Medewerkers dragen zichtbaar bij aan zorg, onderwijs of veiligheid, ook "
                        "naast hun eigen baan."
                    ),
                    "explanation": [
                        (
                            "Veel mensen willen met hun werk iets betekenen voor anderen. Werken "
                            "in breder belang geeft die wens een concrete vorm: een ICT'er die een "
                            "paar uur per week lesgeeft op een technische opleiding, of een "
                            "technicus die een tijd een klus doet voor de Genie."
                        ),
                        (
                            "Betekenis ontstaat niet vanzelf doordat het werk in een "
                            "maatschappelijke sector plaatsvindt. Iemand moet merken dat de eigen "
                            "inzet verschil maakt, bijvoorbeeld aan leerlingen die enthousiast "
                            "raken voor techniek. Bovendien kunnen werkenden hun talenten niet "
                            "altijd kwijt in één functie; een tweede rol benut wat in de eerste "
                            "blijft liggen."
                        ),
                        (
                            "Begin bij luisteren: vraag medewerkers wat zij waardevol vinden. Niet "
                            "iedereen wil of kan banen combineren, en dat hoeft ook niet. Richt u "
                            "op de mensen bij wie de ambitie er wel is, en maak zichtbaar wat hun "
                            "inzet heeft opgeleverd."
                        ),
                    ],
                    "questions": [
                        "Welke medewerkers willen naast hun baan maatschappelijk bijdragen?",
                        (
                            "Welke talenten van onze mensen komen in hun huidige functie niet tot "
                            "hun recht?"
                        ),
                        "Hoe horen medewerkers terug wat hun inzet elders heeft opgeleverd?",
                        "Hoe voorkomen we dat iemand zich verplicht voelt om mee te doen?",
                    ],
                    "tips": [
                        (
                            "Neem de vraag naar betekenisvol werk op in het jaarlijkse "
                            "ontwikkelgesprek."
                        ),
                        (
                            "Laat collega's die al in breder belang werken hun verhaal vertellen "
                            "in een teamoverleg."
                        ),
                    ],
                },
                {
                    "slug": "minder-kwaliteitsverlies",
                    "title": "Minder verlies van kwaliteit van diensten",
                    "summary": (
                        "Cruciale diensten blijven op peil doordat organisaties bij tekorten "
                        "elkaars mensen inzetten."
                    ),
                    "explanation": [
                        (
                            "Als er te weinig mensen zijn, lijdt de kwaliteit: wachtlijsten "
                            "groeien en lessen vallen uit. Werken in breder belang maakt cruciale "
                            "diensten minder kwetsbaar, omdat er een extra schil van mensen "
                            "klaarstaat die kan bijspringen."
                        ),
                        (
                            "Dat zo'n schil werkt, blijkt uit de praktijk. Bij Defensie is al "
                            "tientallen jaren ervaring met medisch personeel, zo'n 300 fte, dat in "
                            "ziekenhuizen werkt en daarnaast inzetbaar is voor missies. Tijdens de "
                            "eerste coronagolf stond binnen een maand de Nationale Zorgreserve, "
                            "met 30.000 zorgreservisten die klaarstonden."
                        ),
                        (
                            "Een slecht voorbereide inzet kan de kwaliteit juist drukken, "
                            "bijvoorbeeld als iemand de werkprocessen niet kent. Bepaal daarom "
                            "vooraf welke taken een tijdelijke kracht goed kan overnemen, en bouw "
                            "de samenwerking op in een rustige tijd."
                        ),
                    ],
                    "questions": [
                        (
                            "Bij welke diensten merken cliënten, patiënten of leerlingen het eerst "
                            "dat we mensen tekortkomen?"
                        ),
                        (
                            "Welke taken kan iemand van buiten na een korte voorbereiding goed "
                            "uitvoeren?"
                        ),
                        "Hoe bewaken we de kwaliteit als iemand tijdelijk bij ons meedraait?",
                        (
                            "Met welke partners willen we afspraken maken voordat de volgende piek "
                            "of crisis komt?"
                        ),
                    ],
                    "tips": [
                        (
                            "Maak een lijst van kerntaken die nooit mogen stilvallen en kijk welke "
                            "daarvan deelbaar zijn."
                        ),
                        (
                            "Oefen een inzet op kleine schaal, zodat het loopt als het er echt op "
                            "aankomt."
                        ),
                    ],
                },
                {
                    "slug": "minder-personeelstekorten",
                    "title": "Minder personeelstekorten",
                    "summary": (
                        "Schaarse vakmensen delen in plaats van om ze te concurreren, zodat "
                        "overschot en tekort elkaar opheffen."
                    ),
                    "explanation": [
                        (
                            "Personeelstekorten zijn een gezamenlijk probleem dat geen organisatie "
                            "alleen oplost. Het HR-ecosysteem van Defensie ontstond in 2017 omdat "
                            "Defensie de strijd om technische vakmensen, zoals monteurs en "
                            "programmeurs, aan het verliezen was. Bedrijven waarmee Defensie "
                            "samenwerkte, hadden hetzelfde probleem. In plaats van elkaar mensen "
                            "af te snoepen, besloten zij schaarse capaciteit te delen."
                        ),
                        (
                            "Waar de ene organisatie tijdelijk meer mensen heeft dan werk, heeft "
                            "een andere vaak juist te weinig. Wie dat zichtbaar maakt, zet mensen "
                            "in waar ze het hardst nodig zijn. Bovendien blijven vakmensen zo "
                            "behouden voor de regio."
                        ),
                        (
                            "Verwacht geen wonderen op korte termijn. Defensie zocht zo'n 9.000 "
                            "mensen en wist dat uitwisseling dat gat niet in één keer zou dichten. "
                            "Begin bij de functies met het grootste tekort en zoek partners met "
                            "een ander ritme van drukte."
                        ),
                    ],
                    "questions": [
                        "In welke functies zijn onze tekorten het grootst, en hoe lang al?",
                        "Wanneer hebben wij zelf tijdelijk meer mensen dan werk?",
                        (
                            "Welke organisaties in onze regio of keten zijn druk als wij rustig "
                            "zijn, en andersom?"
                        ),
                        "Welk deel van ons tekort kan uitwisseling realistisch opvangen?",
                    ],
                    "tips": [
                        (
                            "Zet samen met een partner de drukke en rustige maanden van beide "
                            "organisaties naast elkaar."
                        ),
                        "Zie uitwisseling als aanvulling op werving, niet als vervanging ervan.",
                    ],
                },
                {
                    "slug": "betere-ontwikkelingskansen",
                    "title": "Betere ontwikkelingsmogelijkheden",
                    "summary": (
                        "Medewerkers leren elders nieuwe vaardigheden en werkwijzen, zonder hun "
                        "vaste baan op te geven."
                    ),
                    "explanation": [
                        (
                            "Wie een tijd bij een andere werkgever meedraait, leert andere "
                            "werkwijzen en soms een heel ander vakgebied kennen. Zo ging een "
                            "landmachtofficier na vele jaren bij Defensie tijdelijk aan de slag "
                            "bij Thales, zonder ontslag te nemen. Andersom bracht een medewerker "
                            "van Royal IHC zijn kennis in bij Defensie."
                        ),
                        (
                            "Ook de organisaties zelf leren. Het civiel-militaire "
                            "uitwisselingsprogramma van Defensie en het bedrijfsleven is juist "
                            "opgezet om van elkaar te leren. Wie terugkomt, neemt nieuwe ideeën en "
                            "een groter netwerk mee."
                        ),
                        (
                            "Die ervaring moet wel ergens landen. Spreek vooraf af wat iemand wil "
                            "leren, bespreek na afloop wat de organisatie ermee kan, en koppel de "
                            "uitwisseling waar mogelijk aan een loopbaanpad."
                        ),
                    ],
                    "questions": [
                        (
                            "Welke ervaring kunnen onze medewerkers elders opdoen die wij zelf "
                            "niet kunnen bieden?"
                        ),
                        "Hoe leggen we vooraf vast wat iemand tijdens de uitwisseling wil leren?",
                        "Hoe benutten we de kennis die een medewerker na terugkomst meebrengt?",
                        "Past een tijdelijke rol elders in de loopbaanpaden die we nu aanbieden?",
                    ],
                    "tips": [
                        "Plan het terugkomgesprek al in voordat de uitwisseling begint.",
                        (
                            "Vraag terugkerende medewerkers om één idee uit te werken dat zij "
                            "elders hebben gezien."
                        ),
                    ],
                },
                {
                    "slug": "aantrekkelijker-werkgeverschap",
                    "title": "Aantrekkelijker werkgeverschap",
                    "summary": (
                        "Wie ruimte biedt voor werk in breder belang, trekt nieuwe mensen aan en "
                        "houdt talent langer vast."
                    ),
                    "explanation": [
                        (
                            "Vooral jongere generaties letten op flexibiliteit, ontwikkeling en "
                            "maatschappelijke betekenis als zij een werkgever kiezen. Een "
                            "organisatie die ruimte geeft om ook elders bij te dragen, laat zien "
                            "dat zij in mensen investeert."
                        ),
                        (
                            "Het lijkt tegenstrijdig: medewerkers tijdelijk of gedeeltelijk "
                            "uitlenen om ze te behouden. Toch is de kans groot dat mensen langer "
                            "blijven als zij zich kunnen ontwikkelen en hun werk afwisselend "
                            "blijft. Daarnaast past werken in breder belang bij maatschappelijk "
                            "verantwoord ondernemen."
                        ),
                        (
                            "Maak het aanbod zichtbaar in vacatures, op de website en bij de "
                            "introductie van nieuwe collega's. Zorg wel dat het aanbod in de "
                            "praktijk werkt: een belofte die niet wordt waargemaakt, kost "
                            "vertrouwen."
                        ),
                    ],
                    "questions": [
                        "Waarom kiezen mensen nu voor ons, en waarom vertrekken ze?",
                        (
                            "Hoe past werken in breder belang bij ons beleid voor maatschappelijk "
                            "verantwoord ondernemen?"
                        ),
                        "Op welke manier vertellen we sollicitanten over deze mogelijkheid?",
                        (
                            "Kunnen we de belofte waarmaken als veel meer medewerkers er gebruik "
                            "van willen maken?"
                        ),
                    ],
                    "tips": [
                        (
                            "Neem de mogelijkheden voor werken in breder belang op in uw "
                            "werkgeversprofiel."
                        ),
                        (
                            "Vraag in vertrekgesprekken of ruimte voor werk elders iemand had "
                            "kunnen behouden."
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "maatwerk",
            "title": "Maatwerk",
            "question": "Wat past bij deze medewerker?",
            "summary": (
                "Afspraken op maat over tijd, beloning, opleiding en taken, zodat de inzet voor "
                "iedereen werkt."
            ),
            "intro": [
                (
                    "Geen twee situaties zijn hetzelfde. Een programmeur die een half jaar bij een "
                    "andere werkgever meedraait, heeft andere afspraken nodig dan een "
                    "verpleegkundige die als reservist af en toe een dienst draait, of een "
                    "engineer die elke week een paar uur lesgeeft."
                ),
                (
                    "Maatwerk betekent dat u goed luistert naar wat de medewerker wil en kan, en "
                    "dat verbindt met wat beide organisaties nodig hebben. De vijf elementen van "
                    "dit thema gaan over de afspraken die u per persoon maakt."
                ),
            ],
            "elements": [
                {
                    "slug": "beschikbaarheid-en-betrokkenheid",
                    "title": "Beschikbaarheid en betrokkenheid",
                    "summary": (
                        "Heldere afspraken over hoeveel tijd iemand elders werkt en hoe die "
                        "persoon verbonden blijft."
                    ),
                    "explanation": [
                        (
                            "Wie in breder belang werkt, verdeelt de eigen tijd over twee "
                            "werkplekken. Hoeveel uur is iemand beschikbaar, is de medewerker dan "
                            "bereikbaar voor de eigen werkgever, en wie vangt het werk op dat "
                            "blijft liggen?"
                        ),
                        (
                            "Ervaring leert dat een kleine, vaste inzet vaak het best werkt. Bij "
                            "het project voor hybride docenten in Brainport Eindhoven bleek 4 tot "
                            "8 uur per week een goede maat: genoeg om echt iets bij te dragen, "
                            "niet zo veel dat het eigen werk eronder lijdt."
                        ),
                        (
                            "Betrokkenheid gaat over meer dan uren. Zorg dat iemand op de hoogte "
                            "blijft van wat er bij de eigen werkgever speelt, en dat de inlenende "
                            "organisatie de medewerker niet behandelt als een losse kracht die "
                            "alleen gaten vult."
                        ),
                    ],
                    "questions": [
                        (
                            "Hoeveel tijd kan deze medewerker elders inzetten zonder dat het eigen "
                            "werk vastloopt?"
                        ),
                        "Wie neemt het werk over dat in die tijd blijft liggen?",
                        (
                            "Wanneer moet de medewerker bereikbaar zijn voor de eigen werkgever, "
                            "en wanneer juist niet?"
                        ),
                        (
                            "Hoe blijft iemand tijdens een langere uitwisseling verbonden met het "
                            "eigen team?"
                        ),
                    ],
                    "tips": [
                        (
                            "Leg vaste dagen of dagdelen vast, zodat beide planningen erop kunnen "
                            "bouwen."
                        ),
                        (
                            "Spreek per organisatie één aanspreekpunt af voor vragen over "
                            "beschikbaarheid."
                        ),
                    ],
                },
                {
                    "slug": "salaris-en-arbeidsvoorwaarden",
                    "title": "Salaris en arbeidsvoorwaarden",
                    "summary": (
                        "Niemand gaat erop achteruit: salaris, pensioen en andere voorwaarden "
                        "blijven goed geregeld."
                    ),
                    "explanation": [
                        (
                            "Bij de meeste vormen van werken in breder belang blijft de medewerker "
                            "in dienst van de eigen werkgever. Salaris, pensioenopbouw en "
                            "vakantiedagen lopen gewoon door. Die zekerheid maakt de stap naar een "
                            "inzet elders een stuk kleiner."
                        ),
                        (
                            "Toch zijn er verschillen om rekening mee te houden. Werktijden, "
                            "reiskosten, toeslagen voor avond- en weekenddiensten en de cao kunnen "
                            "bij de inlenende organisatie anders zijn. Bij hybride banen met twee "
                            "contracten komen daar vragen over twee cao's en twee "
                            "pensioenregelingen bij."
                        ),
                        (
                            "Bespreek al deze punten vooraf met de medewerker en leg ze "
                            "schriftelijk vast, zodat niemand er financieel op achteruitgaat. "
                            "Heldere afspraken voorkomen ook onrust bij collega's die zich "
                            "afvragen of de deelnemer een voorkeursbehandeling krijgt."
                        ),
                    ],
                    "questions": [
                        "Blijft de medewerker bij ons in dienst, of komt er een tweede contract?",
                        (
                            "Welke cao en welke regels voor werktijden en toeslagen gelden op de "
                            "werkplek elders?"
                        ),
                        "Hoe regelen we reiskosten, onkosten en eventuele extra diensten?",
                        "Gaat de medewerker er op geen enkel punt op achteruit?",
                        "Waar staan de afspraken zwart op wit?",
                    ],
                    "tips": [
                        "Gebruik voor elke uitwisseling dezelfde checklist met arbeidsvoorwaarden.",
                        (
                            "Geef de medewerker de tijd om de afspraken te lezen en te bespreken "
                            "voordat iets wordt getekend."
                        ),
                    ],
                },
                {
                    "slug": "opleiding-en-bijscholing",
                    "title": "Opleiding en bijscholing",
                    "summary": (
                        "Mensen gaan goed toegerust aan de slag, en hun kennis blijft actueel voor "
                        "beide functies."
                    ),
                    "explanation": [
                        (
                            "Een goede vakman is niet vanzelf een goede docent, en wie een paar "
                            "jaar buiten de zorg heeft gewerkt, is niet meer helemaal bij. Een "
                            "korte scholing helpt: didactiek voor de hybride docent, een "
                            "opfriscursus voor de zorgreservist, een veiligheidsinstructie voor de "
                            "technicus bij Defensie."
                        ),
                        (
                            "Ook wie langer in twee rollen werkt, heeft bijscholing nodig. Kennis "
                            "in beide vakgebieden veroudert, terwijl er minder tijd is om bij te "
                            "blijven. Spreek af wie de scholing verzorgt, wie haar betaalt en of "
                            "zij in werktijd valt."
                        ),
                        (
                            "Maak de voorbereiding zo licht als verantwoord is. Een lange "
                            "opleiding schrikt af bij een inzet van een paar uur per week. Bouw "
                            "voort op de kennis die iemand al meebrengt."
                        ),
                    ],
                    "questions": [
                        (
                            "Welke kennis en vaardigheden heeft iemand nodig om elders goed te "
                            "starten?"
                        ),
                        "Wat brengt de medewerker al mee, zodat we de scholing kort kunnen houden?",
                        "Wie verzorgt en betaalt de scholing, en valt die in werktijd?",
                        "Hoe houdt de medewerker de kennis voor beide functies op peil?",
                    ],
                    "tips": [
                        (
                            "Ontwikkel per type inzet een korte startmodule die ook partners "
                            "kunnen gebruiken."
                        ),
                        (
                            "Neem bijscholing voor de tweede rol op in het persoonlijke "
                            "opleidingsplan."
                        ),
                    ],
                },
                {
                    "slug": "passend-takenpakket",
                    "title": "Passend takenpakket",
                    "summary": (
                        "Taken die aansluiten bij wat iemand kan en die binnen de beschikbare tijd "
                        "af te ronden zijn."
                    ),
                    "explanation": [
                        (
                            "Een inzet slaagt als de taken passen bij de persoon en bij de tijd "
                            "die er is. Een engineer die vier uur per week lesgeeft, kan een "
                            "praktijkvak verzorgen, maar niet het mentorschap van een hele klas."
                        ),
                        (
                            "Dat vraagt van de inlenende organisatie dat zij werk anders durft te "
                            "knippen, in kleinere, afgebakende taken die ook iemand van buiten kan "
                            "uitvoeren. Zo ontstaan hybride rollen: een baan die deels in het "
                            "bedrijf en deels in het onderwijs of de zorg ligt."
                        ),
                        (
                            "Kijk ook naar wat iemand meebrengt. Een logistiek specialist van "
                            "Defensie die bij een logistiek bedrijf meedraait, kan ook meedenken "
                            "over processen. Een takenpakket met alleen werk dat niemand anders "
                            "wil doen, houdt niemand lang vol."
                        ),
                    ],
                    "questions": [
                        (
                            "Welke taken zijn goed af te bakenen voor iemand die er maar een paar "
                            "uur is?"
                        ),
                        (
                            "Sluiten de taken aan bij de kennis en ervaring die de medewerker "
                            "meebrengt?"
                        ),
                        "Is het takenpakket haalbaar binnen de afgesproken tijd?",
                        "Welke taken vragen juist om continuïteit en zijn daarom minder geschikt?",
                    ],
                    "tips": [
                        (
                            "Beschrijf de taken in een korte opdracht met een duidelijk begin en "
                            "einde."
                        ),
                        "Evalueer het takenpakket na de eerste maand en stel het zo nodig bij.",
                    ],
                },
                {
                    "slug": "werk-werkbalans",
                    "title": "Balans tussen werk en werk",
                    "summary": (
                        "Twee werkplekken vragen om balans tussen de banen onderling, niet alleen "
                        "tussen werk en privé."
                    ),
                    "explanation": [
                        (
                            "Wie twee functies combineert, heeft naast de balans tussen werk en "
                            "privé ook een balans tussen de banen zelf te bewaken. Twee teams en "
                            "twee agenda's zitten elkaar snel in de weg. Vragen beide werkgevers "
                            "in dezelfde week net iets meer, dan raakt iemand overbelast."
                        ),
                        (
                            "Daarnaast kunnen belangen botsen. Wat als de inlenende organisatie "
                            "een klant of concurrent is van de eigen werkgever? Of als iemand in "
                            "de ene rol informatie krijgt die in de andere rol gevoelig ligt? "
                            "Mogelijke belangenverstrengeling en ethische dilemma's horen vooraf "
                            "op tafel, niet pas als het misgaat."
                        ),
                        (
                            "Zorg dat beide leidinggevenden van elkaar weten wat zij vragen, en "
                            "geef de medewerker één plek om aan te geven dat het te veel wordt."
                        ),
                    ],
                    "questions": [
                        (
                            "Weten beide leidinggevenden wat de medewerker bij de andere "
                            "organisatie doet?"
                        ),
                        "Wat doen we als beide werkgevers in dezelfde week extra inzet vragen?",
                        "Is er mogelijk sprake van belangenverstrengeling tussen de twee rollen?",
                        "Bij wie kan de medewerker terecht als de combinatie te zwaar wordt?",
                    ],
                    "tips": [
                        (
                            "Plan elk kwartaal een driegesprek tussen de medewerker en beide "
                            "leidinggevenden."
                        ),
                        "Leg vast hoe u omgaat met vertrouwelijke informatie uit de andere rol.",
                    ],
                },
            ],
        },
        {
            "slug": "mogelijkheden",
            "title": "Mogelijkheden",
            "question": "Wat kan er allemaal?",
            "summary": (
                "De vormen, regels en geldstromen die werken in breder belang mogelijk maken, en "
                "hoe u ruimte maakt waar die ontbreekt."
            ),
            "intro": [
                (
                    "Bij werken in breder belang denken veel mensen aan één beeld, bijvoorbeeld "
                    "uitlenen bij drukte. In de praktijk zijn er veel meer vormen, van een "
                    "uitwisseling van een half jaar tot een vaste hybride baan. Het helpt om die "
                    "vormen naast elkaar te zien voordat u kiest."
                ),
                (
                    "Dit thema gaat ook over de randvoorwaarden: de juridische constructie, de "
                    "kosten en de financiering. Daar liggen nog veel open vragen, want de regels "
                    "zijn niet gemaakt voor mensen die voor meer dan één organisatie werken. "
                    "Daarom horen ook de vraag hoe kleine bedrijven kunnen meedoen en het oprekken "
                    "van kaders bij dit thema."
                ),
            ],
            "elements": [
                {
                    "slug": "vormen-van-mobiliteit",
                    "title": "Vormen van mobiliteit",
                    "summary": (
                        "Van collegiaal uitlenen bij pieken tot hybride banen en reservisten: kies "
                        "de vorm die bij uw doel past."
                    ),
                    "explanation": [
                        (
                            "Er zijn veel manieren om mensen in breder belang in te zetten: "
                            "collegiaal in- en uitlenen om pieken op te vangen, hybride banen "
                            "waarin iemand naast het werk in een bedrijf lesgeeft, en reservisten "
                            "met een duaal werkgeverschap, zoals de ongeveer 30 cyberreservisten "
                            "van Defensie die ook een civiele werkgever hebben."
                        ),
                        (
                            "Daarnaast zijn er van-werk-naar-werktrajecten, tijdelijke ervaring "
                            "bij een ander bedrijf als stap in de loopbaan, en herplaatsing bij "
                            "een collega-bedrijf in het kader van re-integratie of outplacement. "
                            "Elke vorm past bij een ander doel: voor een seizoenspiek heeft u "
                            "weinig aan een vaste hybride baan."
                        ),
                        (
                            "Begin dus bij wat u wilt bereiken, en kies daarna de vorm. Voor een "
                            "aantal vormen kunt u terecht bij regionale partners, zoals "
                            "werkgeversservicepunten en regionale mobiliteitsteams."
                        ),
                    ],
                    "questions": [
                        (
                            "Welk probleem willen we oplossen: een piek, een structureel tekort of "
                            "loopbaanontwikkeling?"
                        ),
                        (
                            "Gaat het om een tijdelijke inzet of om een blijvende combinatie van "
                            "functies?"
                        ),
                        "Welke vormen passen bij de manier waarop ons werk is georganiseerd?",
                        "Welke regionale partners kunnen ons helpen bij de vorm die we kiezen?",
                    ],
                    "tips": [
                        (
                            "Kies voor de eerste stap één vorm en werk die goed uit, in plaats van "
                            "alles tegelijk."
                        ),
                        (
                            "Vraag bij het werkgeversservicepunt in uw regio naar regelingen die "
                            "al bestaan."
                        ),
                    ],
                },
                {
                    "slug": "juridische-constructie",
                    "title": "Juridische constructie en aansprakelijkheid",
                    "summary": (
                        "Leg vast wie werkgever blijft, wie leiding geeft en wie aansprakelijk is "
                        "bij ziekte of ongeval."
                    ),
                    "explanation": [
                        (
                            "In veel uitwisselingen blijft de medewerker in dienst van de eigen "
                            "werkgever en wordt die persoon tijdelijk uitgeleend; zo werkt ook het "
                            "HR-ecosysteem van Defensie. Dat roept vragen op. Wie geeft dagelijks "
                            "leiding, en wiens regels gelden op de werkvloer?"
                        ),
                        (
                            "Vooral aansprakelijkheid komt steeds terug. Wie draait op voor de "
                            "kosten als een uitgeleende medewerker ziek wordt of een ongeval "
                            "krijgt op de werkplek van de inlener? Organisaties die hiermee "
                            "werken, noemen dit eerlijk een juridisch grijs gebied, zonder "
                            "kant-en-klare oplossing voor elke situatie."
                        ),
                        (
                            "Wacht daarom niet tot alles zeker is, maar leg wel vast wat u kunt "
                            "vastleggen. Werk met een overeenkomst die u met meerdere partners "
                            "kunt gebruiken, controleer de verzekeringen van beide organisaties en "
                            "vraag juridisch advies bij de eerste uitwisseling."
                        ),
                    ],
                    "questions": [
                        (
                            "Blijft de medewerker in dienst van de eigen werkgever, en hoe leggen "
                            "we de uitlening vast?"
                        ),
                        "Wie geeft tijdens de inzet dagelijks leiding aan de medewerker?",
                        "Wie is aansprakelijk bij ziekte, een ongeval of schade?",
                        (
                            "Dekken de verzekeringen van beide organisaties de situatie van een "
                            "uitgeleende medewerker?"
                        ),
                    ],
                    "tips": [
                        "Maak één modelovereenkomst die u met elke nieuwe partner kunt gebruiken.",
                        (
                            "Laat de eerste overeenkomst toetsen door een jurist en deel het "
                            "resultaat met het netwerk."
                        ),
                    ],
                },
                {
                    "slug": "kostprijs-en-financiering",
                    "title": "Kostprijs en financiering",
                    "summary": (
                        "Uitlenen tegen kostprijs houdt het eerlijk; maak ook zichtbaar wat het "
                        "oplevert en wie wat betaalt."
                    ),
                    "explanation": [
                        (
                            "Een belangrijk uitgangspunt is dat organisaties elkaar mensen lenen "
                            "tegen kostprijs. Er wordt geen winst gemaakt op de uitwisseling: de "
                            "inlener betaalt de werkelijke loonkosten van de gewerkte uren. Zo "
                            "blijft het samenwerking, geen handel."
                        ),
                        (
                            "Toch moeten werkgevers de rekensom kunnen maken. De return on "
                            "investment ziet er voor een grote organisatie anders uit dan voor een "
                            "klein bedrijf. Een grote werkgever kijkt naar behoud van talent over "
                            "meerdere jaren; een mkb-bedrijf wil vooral weten of het werk "
                            "doorloopt en de vakman terugkomt."
                        ),
                        (
                            "Omdat werken in breder belang ook een vorm van professionalisering "
                            "is, kan een deel mogelijk uit opleidings- of ontwikkelbudgetten "
                            "komen. Let ook op de fiscale kant: de loonheffingskorting mag maar "
                            "bij één werkgever worden toegepast. Bij een tweede baan wordt "
                            "daardoor meer loonheffing ingehouden, wat combineren minder "
                            "aantrekkelijk maakt."
                        ),
                    ],
                    "questions": [
                        "Wat kost een uur van de medewerker die we uitlenen werkelijk?",
                        (
                            "Welke indicatoren laten voor onze organisatie zien of het de moeite "
                            "waard is?"
                        ),
                        "Kunnen we een deel betalen uit opleidings- of ontwikkelbudgetten?",
                        (
                            "Hoe informeren we medewerkers met twee werkgevers over de "
                            "loonheffingskorting?"
                        ),
                    ],
                    "tips": [
                        (
                            "Reken de kostprijs één keer goed uit en gebruik die als vast tarief "
                            "in alle afspraken."
                        ),
                        (
                            "Houd vanaf de eerste dag bij wat de uitwisseling kost en oplevert, "
                            "ook in niet-financiële termen."
                        ),
                    ],
                },
                {
                    "slug": "klein-en-groot",
                    "title": "Ruimte voor klein en groot",
                    "summary": (
                        "Werken in breder belang is niet alleen iets voor grote organisaties: ook "
                        "kleine bedrijven doen mee."
                    ),
                    "explanation": [
                        (
                            "Uitlenen en inlenen lijkt nu vooral plaats te vinden tussen grote "
                            "organisaties, met een eigen HR-afdeling en genoeg mensen om er een "
                            "paar te missen. Voor een bedrijf met tien medewerkers is het uitlenen "
                            "van één vakman een veel grotere stap. Toch hebben juist kleine "
                            "bedrijven baat bij gedeelde capaciteit, bijvoorbeeld om een vakman in "
                            "een rustige periode aan het werk te houden."
                        ),
                        (
                            "Een loket of een grotere partner kan administratief werk overnemen, "
                            "en in een regionale groep kunnen kleine bedrijven samen optrekken in "
                            "plaats van elk apart te onderhandelen. Het civiel-militaire "
                            "uitwisselingsprogramma betrok vanaf het begin zowel kleine als grote "
                            "bedrijven."
                        ),
                        (
                            "Kijk ook naar wat een kleine organisatie anders nodig heeft: kortere "
                            "inzetten, snelle besluiten en de zekerheid dat de vakman op tijd "
                            "terug is."
                        ),
                    ],
                    "questions": [
                        (
                            "Hoe maken we het voor kleine bedrijven in onze regio makkelijk om mee "
                            "te doen?"
                        ),
                        "Welk administratief werk kan een grotere partner of een loket overnemen?",
                        (
                            "Welke afspraken geven een klein bedrijf de zekerheid dat een "
                            "medewerker op tijd terugkomt?"
                        ),
                        "Nodigen we bij bijeenkomsten ook kleinere werkgevers uit?",
                    ],
                    "tips": [
                        (
                            "Laat een kleine en een grote organisatie samen een eerste "
                            "uitwisseling doen en leer van de verschillen."
                        ),
                        "Beperk de papieren kant voor kleine bedrijven tot één kort formulier.",
                    ],
                },
                {
                    "slug": "kaders-oprekken",
                    "title": "Kaders oprekken",
                    "summary": (
                        "Bestaande regels passen vaak niet; met pilots laat u zien wat er wél kan."
                    ),
                    "explanation": [
                        (
                            "Functieprofielen, roosters, cao's en wetten zijn meestal gemaakt voor "
                            "mensen met één baan bij één werkgever. Wie twee werkgevers wil "
                            "combineren, loopt daar snel op vast. Bij de hybride docenten in "
                            "Brainport Eindhoven was de bereidheid groot, maar lag de uitdaging "
                            "bij de HR-afdelingen van de bedrijven."
                        ),
                        (
                            "Een crisis laat zien wat er kan als het moet. In de eerste coronagolf "
                            "werd de Nationale Zorgreserve binnen een maand opgezet. Het "
                            "HR-ecosysteem van Defensie had, zonder zo'n acute crisis, vier jaar "
                            "nodig. Urgentie maakt veel mogelijk, maar u hoeft niet op een crisis "
                            "te wachten."
                        ),
                        (
                            "Een pilot is een goede manier om kaders op te rekken zonder alles in "
                            "één keer te veranderen. Kies een kleine groep, spreek een vaste "
                            "periode af en noteer welke regels in de weg zitten. Met die ervaring "
                            "laat u intern zien wat er moet veranderen, en vraagt u in het netwerk "
                            "samen aandacht voor knellende wet- en regelgeving."
                        ),
                    ],
                    "questions": [
                        (
                            "Welke interne regels of gewoonten staan werken in breder belang nu in "
                            "de weg?"
                        ),
                        (
                            "Wie in onze organisatie mag besluiten om voor een pilot een "
                            "uitzondering te maken?"
                        ),
                        "Wat zouden we anders doen als de nood morgen echt hoog was?",
                        (
                            "Welke knelpunten kunnen we alleen samen met andere organisaties "
                            "aankaarten?"
                        ),
                    ],
                    "tips": [
                        (
                            "Houd tijdens een pilot een lijst bij van elke regel waar u tegenaan "
                            "loopt."
                        ),
                        "Zoek een bestuurder die de pilot steunt en uitzonderingen kan goedkeuren.",
                    ],
                },
            ],
        },
        {
            "slug": "matching",
            "title": "Matching",
            "question": "Hoe vinden mensen en plekken elkaar?",
            "summary": (
                "Hoe de juiste persoon op de juiste plek komt en goed landt in een nieuwe "
                "organisatie."
            ),
            "intro": [
                (
                    "Als de meerwaarde helder is en de afspraken op maat zijn, blijft de vraag hoe "
                    "mensen en plekken bij elkaar komen. De bereidheid is er meestal wel; het "
                    "organiseren van de inzet blijkt vaak de lastigste stap."
                ),
                (
                    "Goede matching begint bij een andere kijk op beschikbaarheid. Ze steunt op "
                    "een betrouwbaar loket en op vertrouwen tussen organisaties, vraagt aandacht "
                    "voor diploma's en bevoegdheden, en is pas klaar als iemand goed is ingewerkt. "
                    "De vijf elementen van dit thema volgen die route."
                ),
            ],
            "elements": [
                {
                    "slug": "beschikbaarheid-als-vertrekpunt",
                    "title": "Beschikbaarheid als vertrekpunt",
                    "summary": (
                        "Plan vanuit wat iemand kan bieden, ook als dat maar twee uur is, niet "
                        "vanuit een volle dienst."
                    ),
                    "explanation": [
                        (
                            "Planners zijn gewend om vanuit hun rooster te denken: ze zoeken "
                            "iemand met een bepaalde kwalificatie voor de hele woensdag. Een "
                            "reservist of hybride werknemer biedt vaak iets anders aan, "
                            "bijvoorbeeld woensdagochtend van 8 tot 10 uur. Zolang de planner "
                            "blijft zoeken naar een volledige dienst, blijft dat aanbod onbenut."
                        ),
                        (
                            "Bij de Nationale Zorgreserve was er geen gebrek aan animo. De "
                            "grootste uitdaging was dat planners hun denken 180 graden moesten "
                            "draaien: eerst kijken wat de beschikbare mensen kunnen bieden, en "
                            "daarna welke taken in die uren passen."
                        ),
                        (
                            "Betrek planners en roosteraars daarom vroeg. Laat hen meedenken over "
                            "taken die in korte blokken passen, en geef hen een overzicht waarin "
                            "de beschikbare uren van externe mensen zichtbaar zijn."
                        ),
                    ],
                    "questions": [
                        "Gaan onze planners uit van beschikbaarheid of van hun eigen rooster?",
                        "Welke taken passen in een blok van twee of vier uur?",
                        (
                            "Hoe worden de beschikbare uren van reservisten en hybride krachten "
                            "zichtbaar voor planners?"
                        ),
                        "Wat hebben planners nodig om anders te gaan werken?",
                    ],
                    "tips": [
                        (
                            "Laat planners tijdens een korte oefening een rooster bouwen vanuit "
                            "aangeboden uren."
                        ),
                        "Begin bij één afdeling die openstaat voor een andere manier van plannen.",
                    ],
                },
                {
                    "slug": "centraal-loket",
                    "title": "Een centraal loket",
                    "summary": (
                        "Eén loket bundelt vraag en aanbod en zorgt dat de uitwisseling "
                        "transparant en eerlijk verloopt."
                    ),
                    "explanation": [
                        (
                            "Als veel organisaties mensen uitwisselen, wordt het snel "
                            "onoverzichtelijk. Wie heeft er iemand beschikbaar, en hoe voorkomt u "
                            "dat steeds dezelfde partijen voorgaan? Het HR-ecosysteem van Defensie "
                            "heeft daarom, na de eerste kleine experimenten, een loket ingericht. "
                            "Dat loket bewaakt de transparantie en objectiviteit van het proces."
                        ),
                        (
                            "Een loket doet meer dan vraag en aanbod bij elkaar brengen. Het "
                            "beheert de standaardafspraken, beantwoordt vragen van nieuwe "
                            "deelnemers en houdt bij wat er is uitgewisseld. Het ecosysteem is "
                            "bewust open: er sloten zich 46 organisaties aan, en met 16 daarvan is "
                            "een nadere overeenkomst gesloten om daadwerkelijk uit te wisselen."
                        ),
                        (
                            "Een loket hoeft niet groot te beginnen. In een regio kan het een vast "
                            "aanspreekpunt zijn bij een werkgeversvereniging of een deelnemende "
                            "organisatie, zolang het onafhankelijk werkt en de regels voor "
                            "iedereen gelijk zijn."
                        ),
                    ],
                    "questions": [
                        (
                            "Waar kunnen organisaties in ons netwerk nu terecht met een vraag of "
                            "aanbod?"
                        ),
                        "Wie beheert het overzicht van beschikbare mensen en openstaande vragen?",
                        "Hoe zorgen we dat elke deelnemer, groot of klein, gelijke kansen krijgt?",
                        "Welke taken van een loket kunnen we delen met andere netwerken?",
                    ],
                    "tips": [
                        (
                            "Begin met een gedeeld overzicht en één vaste contactpersoon, en bouw "
                            "van daaruit verder."
                        ),
                        (
                            "Maak openbaar volgens welke regels het loket vraag en aanbod aan "
                            "elkaar koppelt."
                        ),
                    ],
                },
                {
                    "slug": "elkaar-leren-kennen",
                    "title": "Elkaar kennen en vertrouwen",
                    "summary": (
                        "Wie elkaars bedrijf en mensen kent, durft eerder een medewerker uit te "
                        "lenen of in te lenen."
                    ),
                    "explanation": [
                        (
                            "Een medewerker uitlenen vraagt vertrouwen: dat iemand elders goed "
                            "wordt behandeld, op tijd terugkomt en dat de andere organisatie zich "
                            "aan de afspraken houdt. Dat vertrouwen ontstaat niet door een "
                            "contract, maar door elkaar te leren kennen."
                        ),
                        (
                            "Een regionale expertgroep voor arbeidsmobiliteit liet daarom steeds "
                            "een ander bedrijf gastheer zijn, zoals Wiltec, Sidekix en Chain "
                            "Logistics, waar mogelijk met een rondleiding. Hoe vaker de deelnemers "
                            "elkaar zagen, hoe meer het vertrouwen groeide en hoe sneller kansen "
                            "voor uitwisseling naar boven kwamen."
                        ),
                        (
                            "Plan dus tijd voor kennismaking voordat u over contracten praat. Laat "
                            "niet alleen directeuren, maar ook leidinggevenden en medewerkers "
                            "elkaars werkplek zien."
                        ),
                    ],
                    "questions": [
                        (
                            "Welke organisaties in onze regio kennen we al goed genoeg om mee uit "
                            "te wisselen?"
                        ),
                        (
                            "Wanneer zijn we voor het laatst bij een mogelijke partner op bezoek "
                            "geweest?"
                        ),
                        (
                            "Wie van onze mensen moet een werkplek elders zien voordat we "
                            "afspraken maken?"
                        ),
                        (
                            "Hoe houden we contact met partners, ook als er even geen uitwisseling "
                            "loopt?"
                        ),
                    ],
                    "tips": [
                        "Koppel elke netwerkbijeenkomst aan een bezoek bij een van de deelnemers.",
                        (
                            "Deel verslagen ook met wie er niet bij kon zijn, zodat iedereen "
                            "betrokken blijft."
                        ),
                    ],
                },
                {
                    "slug": "bevoegd-en-bekwaam",
                    "title": "Bevoegd en bekwaam",
                    "summary": (
                        "Ga vooraf na welke diploma's, registraties en certificaten nodig zijn om "
                        "het werk te mogen doen."
                    ),
                    "explanation": [
                        (
                            "In sommige sectoren mag niet iedereen zomaar elk werk doen. In de "
                            "zorg zijn bepaalde handelingen voorbehouden aan mensen die daarvoor "
                            "bevoegd zijn, bijvoorbeeld met een BIG-registratie, en die ook "
                            "bekwaam zijn: zij beheersen de handeling in de praktijk. In het "
                            "onderwijs speelt de vraag naar een lesbevoegdheid, en in de techniek "
                            "en bij Defensie zijn certificaten of screenings vaak verplicht."
                        ),
                        (
                            "Wie jaren niet in de zorg heeft gewerkt, kan een registratie kwijt "
                            "zijn, en een technicus die wil lesgeven heeft meestal geen "
                            "onderwijsdiploma. Dat hoeft geen eindpunt te zijn, maar het bepaalt "
                            "wel welke taken iemand mag uitvoeren."
                        ),
                        (
                            "Breng daarom vroeg in kaart wat iemand mag en kan, en stem het "
                            "takenpakket daarop af. Spreek af wie de papieren controleert, en hoe "
                            "de bekwaamheid in de praktijk wordt getoetst, bijvoorbeeld doordat "
                            "een ervaren collega de eerste diensten meekijkt."
                        ),
                    ],
                    "questions": [
                        (
                            "Welke taken vragen bij ons om een formele bevoegdheid, registratie of "
                            "certificaat?"
                        ),
                        "Welke taken kan iemand zonder die bevoegdheid wel verantwoord uitvoeren?",
                        (
                            "Wie controleert de diploma's en registraties van een ingeleende "
                            "medewerker?"
                        ),
                        "Hoe toetsen we of iemand een handeling ook in de praktijk beheerst?",
                    ],
                    "tips": [
                        (
                            "Maak per functie een overzicht van vereiste papieren en van taken die "
                            "zonder bevoegdheid kunnen."
                        ),
                        (
                            "Houd bij de startdatum rekening met de doorlooptijd van screenings en "
                            "herregistraties."
                        ),
                    ],
                },
                {
                    "slug": "inwerken-en-begeleiden",
                    "title": "Inwerken en begeleiden",
                    "summary": (
                        "Een goede start: toegang tot de systemen, een vaste begeleider en een "
                        "plek in het team."
                    ),
                    "explanation": [
                        (
                            "De eerste dagen bepalen voor een groot deel of een uitwisseling "
                            "slaagt, en juist daar gaat het vaak mis: iemand heeft nog geen pas, "
                            "geen account of geen toegang tot het roostersysteem. Voor een "
                            "medewerker die maar een paar uur per week komt, betekent een dag "
                            "wachten al snel een week verlies."
                        ),
                        (
                            "Regel daarom alles rond de systemen voordat iemand begint: een "
                            "account, een pas en toegang tot de juiste programma's. Wijs een vaste "
                            "begeleider aan die de eerste weken het aanspreekpunt is en daar ook "
                            "tijd voor krijgt."
                        ),
                        (
                            "Begeleiden gaat niet alleen over het uitleggen van het werk. Wie "
                            "tijdelijk of een paar uur per week meedraait, loopt het risico er "
                            "nooit echt bij te horen. Nodig de nieuwe collega uit voor teamoverleg "
                            "en informele momenten, stel de collega voor aan het team en laat zien "
                            "hoe het werk bijdraagt aan het geheel."
                        ),
                    ],
                    "questions": [
                        (
                            "Welke accounts, passen en toegangsrechten heeft iemand op de eerste "
                            "dag nodig?"
                        ),
                        "Wie is de vaste begeleider, en heeft die daar ook tijd voor?",
                        "Hoe betrekken we iemand die maar een paar uur per week komt bij het team?",
                        "Hoe en wanneer vragen we na hoe de start is verlopen?",
                    ],
                    "tips": [
                        (
                            "Maak een korte inwerkchecklist speciaal voor tijdelijke en deeltijdse "
                            "collega's."
                        ),
                        "Laat een nieuwe collega de eerste dag meelopen met de vaste begeleider.",
                    ],
                },
            ],
        },
    ],
}


GUIDE = {
    "slug": "handreiking-visie",
    "title": "Handreiking: uw visie op werken in breder belang",
    "intro": (
        "Deze handreiking helpt u om als organisatie een eigen visie te vormen op werken in breder "
        "belang. In zeven stappen gaat u van de vraag waarom u eraan begint naar een eerste pilot "
        "en het delen van uw ervaringen met het netwerk."
    ),
    "sections": [
        {
            "heading": "Waarom werken in breder belang?",
            "paragraphs": [
                (
                    "De tekorten aan personeel in de zorg, het onderwijs, de techniek en bij "
                    "Defensie raken ons allemaal. Geen organisatie lost dat alleen op. Werken in "
                    "breder belang gaat uit van een gedeelde verantwoordelijkheid: als mensen "
                    "ervaring opdoen in verschillende functies en sectoren, kunnen zij flexibeler "
                    "worden ingezet waar de nood het hoogst is."
                ),
                (
                    "Voor werkgevers is het een vorm van maatschappelijk verantwoord ondernemen, "
                    "en tegelijk een manier om aantrekkelijker te worden. Wie investeert in de "
                    "ontwikkeling van mensen, ook als zij tijdelijk elders werken, vergroot de "
                    "kans dat zij op de lange termijn blijven."
                ),
                (
                    "Voor professionals gaat het om betekenis. Veel mensen willen bijdragen aan "
                    "iets wat groter is dan hun eigen functie, en niet iedereen kan al zijn "
                    "talenten kwijt in één baan. Tegelijk is het combineren van banen niet voor "
                    "iedereen haalbaar of wenselijk. Een goede visie maakt ruimte voor wie wil, "
                    "zonder iets op te leggen."
                ),
            ],
            "questions": [
                "Aan welk maatschappelijk vraagstuk willen wij bijdragen?",
                "Wat betekent werken in breder belang voor onze eigen organisatie?",
                "Welke medewerkers hebben hier nu al behoefte aan?",
            ],
            "callout": (
                "Vat uw antwoord samen in drie zinnen: één over de arbeidsmarkt, één over uw "
                "organisatie en één over uw medewerkers. Die drie zinnen vormen de kern van uw "
                "visie en komen in elke volgende stap terug."
            ),
        },
        {
            "heading": "Wat levert het op, en wat kost het?",
            "paragraphs": [
                (
                    "Werken in breder belang vraagt tijd, geld en aandacht. Een medewerker die "
                    "elders werkt, is een deel van de tijd niet beschikbaar, en het maken van "
                    "afspraken kost inzet van HR en leidinggevenden. Die investering is alleen te "
                    "verantwoorden als duidelijk is wat er tegenover staat."
                ),
                (
                    "De opbrengst is niet altijd in euro's uit te drukken. Denk aan het behoud van "
                    "medewerkers, nieuwe kennis, een sterker netwerk in de regio en een betere "
                    "naam als werkgever. Voor een grote organisatie kan het gaan om het verkleinen "
                    "van een tekort van honderden vacatures. Voor een klein bedrijf kan het gaan "
                    "om het vasthouden van één onmisbare vakman in een rustige periode."
                ),
                (
                    "Kies daarom indicatoren die passen bij de omvang en het doel van uw "
                    "organisatie. Kijk ook eerlijk naar de kosten. Wie uitleent tegen kostprijs, "
                    "verdient er niets aan, maar hoeft in een rustige tijd ook geen vakmensen te "
                    "laten gaan. Een deel van de kosten kan mogelijk uit opleidings- en "
                    "ontwikkelbudgetten komen, omdat werken elders ook een vorm van leren is."
                ),
            ],
            "questions": [
                "Welke drie indicatoren zeggen voor ons het meest over de opbrengst?",
                "Welke kosten maken we, en wie draagt die?",
                "Uit welk budget kunnen we de eerste stappen betalen?",
            ],
            "callout": (
                "Voorbeeld: een grote organisatie kan kijken naar het aantal ingevulde uren in "
                "tekortfuncties, het verloop onder deelnemers en de tevredenheid van inleners. Een "
                "klein bedrijf kan volstaan met twee vragen: hebben we ons vakmanschap in huis "
                "kunnen houden, en heeft de uitwisseling meer opgeleverd dan gekost?"
            ),
        },
        {
            "heading": "Beren op de weg",
            "paragraphs": [
                (
                    "Bijna elke organisatie ziet op de lange termijn het belang van werken in "
                    "breder belang. Op de korte termijn ligt dat anders. Als de werkdruk al hoog "
                    "is en er onderbezetting is, voelt het onlogisch om mensen gedeeltelijk los te "
                    "laten. Dat is een begrijpelijke reactie, die in uw visie een serieuze plek "
                    "verdient."
                ),
                (
                    "Daarnaast zijn er drempels buiten uw eigen organisatie. In de zorg en het "
                    "onderwijs is niet iedereen zomaar bevoegd en bekwaam om elk werk te doen. Er "
                    "zijn veel praktische zaken te regelen, van toegangspassen tot verzekeringen. "
                    "En de wet- en regelgeving sluit nog niet goed aan: zo mag de "
                    "loonheffingskorting maar bij één werkgever worden toegepast, wat het "
                    "combineren van banen minder aantrekkelijk maakt."
                ),
                (
                    "Benoem deze beren eerlijk. Een visie die ze negeert, strandt bij de eerste "
                    "tegenslag. Bepaal per obstakel of u het zelf kunt oplossen, samen met "
                    "partners kunt aanpakken of voorlopig moet accepteren."
                ),
            ],
            "questions": [
                "Welke beren op de weg zien wij, en welke zien onze medewerkers?",
                "Welke kunnen we zelf oplossen, en voor welke hebben we partners nodig?",
                "Hoe gaan we om met teams die nu al onder hoge werkdruk staan?",
            ],
            "callout": (
                "Begin niet bij de afdeling met de hoogste werkdruk. Kies een team waar ruimte is "
                "om te experimenteren en waar een leidinggevende enthousiast is. Een succes daar "
                "maakt het later makkelijker om andere teams mee te krijgen."
            ),
        },
        {
            "heading": "Welke vormen passen bij u?",
            "paragraphs": [
                (
                    "Werken in breder belang kent veel vormen: collegiaal uitlenen bij pieken, "
                    "hybride banen, reservisten met een duaal werkgeverschap, "
                    "van-werk-naar-werktrajecten, tijdelijke ervaring elders als loopbaanstap, en "
                    "herplaatsing in het kader van re-integratie. U hoeft ze niet allemaal te "
                    "omarmen."
                ),
                (
                    "Kijk welke vormen passen bij uw doel en bij de manier waarop uw werk is "
                    "georganiseerd. Een bedrijf met seizoenspieken past goed bij collegiaal in- en "
                    "uitlenen. Een technologiebedrijf dat zich wil verbinden met het onderwijs kan "
                    "kiezen voor hybride docenten; in Brainport Eindhoven werkte een inzet van 4 "
                    "tot 8 uur per week goed. Een zorgorganisatie kan juist baat hebben bij een "
                    "reserve van mensen die in drukke tijden bijspringen."
                ),
                (
                    "Bepaal ook of u vooral wilt uitlenen, inlenen of beide. Dat bepaalt welke "
                    "vragen u straks moet beantwoorden. Wie uitleent, denkt na over het werk dat "
                    "blijft liggen en over bereikbaarheid. Wie inleent, moet zorgen voor toegang "
                    "tot systemen, inwerken en een plek in het team."
                ),
            ],
            "questions": [
                "Willen wij vooral uitlenen, inlenen of allebei?",
                "Welke één of twee vormen passen het best bij ons doel?",
                "Welke vormen vallen voorlopig af, en waarom?",
            ],
            "callout": None,
        },
        {
            "heading": "Wie zijn er betrokken?",
            "paragraphs": [
                (
                    "Werken in breder belang raakt veel mensen in de organisatie. HR maakt de "
                    "afspraken en bewaakt de arbeidsvoorwaarden. Het management beslist over tijd "
                    "en geld, en leidinggevenden moeten het werk opvangen van een medewerker die "
                    "elders aan de slag is. Planners en roosteraars bepalen in de praktijk of een "
                    "inzet van een paar uur lukt."
                ),
                (
                    "Betrek ook de ondernemingsraad op tijd. Uitlenen en het combineren van banen "
                    "raken aan arbeidsvoorwaarden, werkdruk en gelijke behandeling. Dat zijn "
                    "onderwerpen waarover de ondernemingsraad wil meepraten. Een raad die vroeg "
                    "betrokken is, kan bovendien helpen om collega's mee te krijgen."
                ),
                (
                    "De belangrijkste betrokkene is de medewerker zelf. Werken in breder belang is "
                    "maatwerk en altijd vrijwillig. Luister naar wat iemand wil en kan. Bespreek "
                    "daarbij niet alleen de balans tussen werk en privé, maar ook die tussen de "
                    "twee banen."
                ),
            ],
            "questions": [
                "Wie is bij ons eigenaar van werken in breder belang?",
                "Op welk moment betrekken we de ondernemingsraad?",
                "Hoe halen we de wensen van medewerkers op?",
                "Wat vragen we van leidinggevenden en planners?",
            ],
            "callout": (
                "Stel een kleine kerngroep samen met iemand van HR, een leidinggevende, een "
                "planner, een lid van de ondernemingsraad en een geïnteresseerde medewerker. "
                "Gebruik de actieplaat als leidraad voor hun eerste gesprekken."
            ),
        },
        {
            "heading": "Van visie naar een eerste pilot",
            "paragraphs": [
                (
                    "Een visie krijgt pas betekenis als er iets gebeurt. Begin daarom klein, met "
                    "een pilot van bijvoorbeeld drie tot zes maanden. Kies één vorm, één partner "
                    "en een paar medewerkers. Zo leert u snel wat werkt, zonder dat de hele "
                    "organisatie meteen hoeft te veranderen."
                ),
                (
                    "Kies een partner die u vertrouwt, of leer elkaar eerst kennen, bijvoorbeeld "
                    "met een bezoek aan elkaars bedrijf. Maak vooraf afspraken over tijd, taken, "
                    "kosten, aansprakelijkheid en begeleiding. Vraag in het netwerk of er een "
                    "modelovereenkomst is die andere organisaties al hebben gebruikt."
                ),
                (
                    "Verwacht niet dat alles binnen de bestaande regels past. Een pilot is juist "
                    "bedoeld om te ontdekken waar de kaders knellen. Noteer elke keer dat u ergens "
                    "tegenaan loopt; dat is waardevolle informatie voor de volgende stap. Ook het "
                    "HR-ecosysteem van Defensie begon met kleine experimenten, voordat het "
                    "uitgroeide tot een netwerk van tientallen organisaties."
                ),
            ],
            "questions": [
                "Met welke partner en welke vorm beginnen we?",
                "Welke medewerkers doen mee, en hoe kiezen we hen?",
                "Wanneer noemen we de pilot geslaagd?",
            ],
            "callout": (
                "Een goede pilot heeft een duidelijk begin en einde, een vaste contactpersoon bij "
                "beide organisaties en een afspraak om halverwege en aan het eind samen terug te "
                "kijken."
            ),
        },
        {
            "heading": "Meten, leren en delen",
            "paragraphs": [
                (
                    "Houd vanaf het begin bij wat de pilot oplevert. Gebruik de indicatoren die u "
                    "bij de tweede stap hebt gekozen, en vraag ook naar de ervaringen van de "
                    "medewerkers, hun leidinggevenden en de inlenende organisatie. Cijfers en "
                    "verhalen vullen elkaar aan: cijfers overtuigen het bestuur, verhalen "
                    "overtuigen collega's."
                ),
                (
                    "Gebruik de uitkomsten om uw visie bij te stellen. Misschien past een andere "
                    "vorm beter, of moeten de afspraken over tijd of begeleiding anders. Een visie "
                    "op werken in breder belang is nooit af; ze groeit mee met uw ervaring."
                ),
                (
                    "Deel uw ervaringen ten slotte met het netwerk. Andere organisaties hebben "
                    "veel aan uw voorbeelden, ook aan wat niet werkte. Zo ontstaat een verzameling "
                    "goede praktijken waarop iedereen kan voortbouwen, en groeit de actieplaat mee "
                    "met nieuwe inzichten."
                ),
            ],
            "questions": [
                "Wat hebben we geleerd, en wat doen we de volgende keer anders?",
                "Welke ervaringen delen we met het netwerk?",
                "Klopt onze visie na de pilot nog?",
            ],
            "callout": (
                "Beschrijf uw pilot als een korte casus: de aanleiding, de vorm, de afspraken, het "
                "resultaat en drie lessen. Zo'n casus is voor andere netwerkleden vaak het beste "
                "vertrekpunt."
            ),
        },
    ],
}
