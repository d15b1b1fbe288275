#!/usr/bin/env python3
"""Blind synthetic held-out noise set #7 for `rinse` (byline / caption / duphead / promo).

Written blind on 2026-12-03 by a helper that read neither rinse's rules nor its
other noise sets, before any rule was tuned on it. Noise is worded the way real
news sites, blogs, magazines and shops word it, in seven languages: en (six
site styles: UK national paper, US local paper, Indian news site, Australian/NZ
site, tech blog, shop buying guide), es (Latin American), fr, de, nb
(Norwegian Bokmål), sk (Slovak) and lt (Lithuanian); the 12 articles are
original prose.

Texts, scoring and options: see `noise_blind_harness.py`
(`python3 noise_blind_seventh.py [--seed 7] [--rinse target/release/rinse] [--show 40]
[--dump DIR] [--selftest]`).
"""
import datetime
import re
import sys
import unicodedata

import noise_blind_harness as harness
from noise_blind_harness import Doc, place

# --------------------------------------------------------------------------
# Articles (original prose).  "loc" picks the site style used for the noise.
# "restate" = (paragraph index, caption that restates that paragraph).
# --------------------------------------------------------------------------
ARTICLES = [
    dict(
        id="uk-tunnel", lang="en", loc="en-uk", section="Transport",
        headline="Rail passengers face fortnight of disruption as Pennine tunnel shuts for repairs",
        short="Tunnel closure",
        paras=[
            "Passengers travelling between Manchester and Leeds have been warned to expect two weeks of cancellations and replacement buses after Network Rail confirmed that the Standedge tunnel will close from Saturday for emergency drainage work.",
            "Engineers discovered last month that water had been pooling beneath the track bed in the longest of the three bores, and inspections found that sections of the original Victorian brick lining had begun to shift.",
            "TransPennine Express said it would run a reduced hourly service via Wakefield, adding roughly 40 minutes to a typical journey, while Northern will suspend several stopping services altogether.",
            "“We know this is the last thing people want in the run-up to Christmas,” said a Network Rail spokesperson.",
            "Business groups in West Yorkshire said the timing could not be worse for shops and hospitality venues that depend on December footfall, and called on ministers to publish a long-term plan for the route.",
            "Season ticket holders will be able to claim compensation for the full closure period.",
            "The Department for Transport said it was working closely with the operators and would set out further details of the upgrade programme in the new year.",
        ],
        captions=[
            "A TransPennine Express train leaves Huddersfield station",
            "Engineers inspect the drainage channel inside the tunnel",
            "Passengers wait for replacement buses outside Leeds station",
        ],
        restate=(0, "The Standedge tunnel will close from Saturday for two weeks of emergency drainage work"),
        teasers=[
            "Council tax bills set to rise by up to 5% across most of England",
            "Storm Imogen: amber wind warning issued for north-west coast",
        ],
    ),
    dict(
        id="us-schools", lang="en", loc="en-us", section="Education",
        headline="Lake County School Board Votes to Close Two Rural Elementary Schools",
        short="School closures",
        paras=[
            "The Lake County School Board voted 5-2 on Tuesday night to close Pine Hollow and Cedar Ridge elementary schools at the end of the current academic year, ending months of heated debate over shrinking enrollment in the district's rural north end.",
            "About 180 students attend the two schools combined. Under the plan approved Tuesday, they will be reassigned to Northfield Elementary, which is expected to add six portable classrooms over the summer.",
            "District officials say the closures will save roughly $1.4 million a year in staffing, utilities and maintenance costs.",
            "More than 60 parents signed up to speak during the public comment period, which stretched past 11 p.m. Several held signs reading “Keep Our Schools Local.”",
            "“My kids are going to be on a bus for 45 minutes each way,” said Jenna Morales, whose two children attend Pine Hollow. “Nobody on this board would accept that for their own family.”",
            "Board member Carl Henning, who voted against the plan, said he wanted the district to explore sharing a principal between the two buildings before closing them outright.",
            "The district will hold transition meetings for affected families in January.",
        ],
        captions=[
            "Parents hold signs during Tuesday's school board meeting",
            "Pine Hollow Elementary School on Route 9",
            "Board member Carl Henning speaks before the vote",
        ],
        restate=(0, "The Lake County School Board voted 5-2 Tuesday to close Pine Hollow and Cedar Ridge elementary schools"),
        teasers=[
            "Sheriff's office seeks public's help finding missing Northfield teen",
            "Holiday light parade returns to downtown Waverly on Saturday",
        ],
    ),
    dict(
        id="in-metro", lang="en", loc="en-in", section="Bengaluru",
        headline="Bengaluru Metro’s Pink Line to open for passengers by March, says BMRCL",
        short="Pink Line",
        paras=[
            "The long-delayed Pink Line of the Bengaluru Metro, connecting Kalena Agrahara to Tavarekere, is expected to open for passengers by March next year, officials of the Bangalore Metro Rail Corporation Limited (BMRCL) said on Wednesday.",
            "Trial runs on the elevated stretch began last month, and the Commissioner of Metro Rail Safety is scheduled to inspect the line in the second week of February.",
            "The officials said the underground section between Dairy Circle and Nagawara would follow in a second phase, as tunnelling work near the Cantonment station had been slowed by hard rock.",
            "“Once the Pink Line is operational, we expect daily ridership across the network to cross 10 lakh,” a senior BMRCL official said.",
            "Commuters on the busy Bannerghatta Road corridor have waited for the line since construction began in 2017, and traffic on the stretch has remained heavily congested because of barricading for the project.",
            "The corporation has also floated a tender for 96 additional coaches to increase frequency on the Purple and Green lines.",
        ],
        captions=[
            "A metro train during a trial run on the elevated Pink Line stretch",
            "Work in progress at the Dairy Circle underground station",
            "Commuters at the Majestic metro station",
        ],
        restate=(0, "The Pink Line is expected to open for passengers by March next year"),
        teasers=[
            "Karnataka announces free bus passes for students in government colleges",
            "IMD issues yellow alert for coastal districts as cyclone nears",
        ],
    ),
    dict(
        id="au-bluebottles", lang="en", loc="en-au", section="National",
        headline="Sydney beaches closed as bluebottle swarm stings hundreds over weekend",
        short="Bluebottles",
        paras=[
            "Lifeguards closed several of Sydney's eastern beaches on Sunday after a swarm of bluebottles washed ashore, with more than 400 people treated for stings across Bondi, Bronte and Coogee over the weekend.",
            "Surf Life Saving NSW said strong north-easterly winds had pushed the creatures towards the coast, and warned that conditions were likely to persist until at least Tuesday.",
            "Most stings were treated on the sand with hot water, but a nine-year-old boy was taken to hospital as a precaution after suffering a reaction.",
            "“It was like the whole shoreline was covered in blue plastic,” said Bronte local Kirra Walsh.",
            "Lifesavers reminded swimmers to wash stings with seawater, remove any tentacles and then immerse the area in hot water for 20 minutes. Vinegar is not recommended for bluebottle stings.",
            "Marine scientists say bluebottle numbers tend to peak in early summer, although this year's arrival came several weeks earlier than usual.",
        ],
        captions=[
            "Bluebottles washed up along the shore at Bondi Beach",
            "Lifeguards put up closure signs at Bronte on Sunday morning",
            "A lifesaver treats a sting with hot water",
        ],
        restate=(0, "More than 400 people were treated for stings at Bondi, Bronte and Coogee over the weekend"),
        teasers=[
            "Heatwave warning for western Sydney as temperatures tipped to hit 42C",
            "Man charged after crash closes M5 for six hours",
        ],
    ),
    dict(
        id="tech-queue", lang="en", loc="en-tech", section="Engineering",
        headline="Why we moved our job queue from Redis to Postgres",
        short="Job queues",
        paras=[
            "For three years our background jobs lived in Redis. It was fast, it was familiar, and for a long time it was the least interesting part of our stack.",
            "That changed in August, when a failover during a routine upgrade left about 2,000 jobs acknowledged but never run. Nobody noticed for six hours.",
            "We already ran Postgres for everything else, so the question was simple: could the database we trusted with customer data also hold a queue?",
            "It turns out it can, as long as you lean on a few features that have been around since version 9.5:",
            "SELECT ... FOR UPDATE SKIP LOCKED lets many workers claim rows without blocking each other, and a partial index on unfinished jobs keeps the claim query fast even when the table holds millions of completed rows.",
            "Throughput dropped from around 9,000 jobs per second to about 3,500, which is still twelve times more than our busiest hour needs.",
            "The bigger win was operational. Jobs and the data they touch now commit in the same transaction, so a job can no longer run against a row that was never saved.",
        ],
        captions=[
            "Queue depth over the week after the migration",
            "The worker claim loop",
            "Throughput before and after the switch",
        ],
        restate=(1, "About 2,000 jobs were acknowledged but never run during the August failover"),
        teasers=[
            "How we cut our CI times in half with test sharding",
            "A gentle introduction to logical replication",
        ],
    ),
    dict(
        id="shop-castiron", lang="en", loc="en-shop", section="Buying guides",
        headline="How to choose a cast iron pan – and keep it seasoned for life",
        short="Cast iron",
        paras=[
            "A good cast iron pan will outlive most of the other things in your kitchen, but the range on offer can be confusing. Weight, handle shape and whether the pan comes pre-seasoned all make a bigger difference than the name on the box.",
            "For most home cooks, a 26cm skillet is the most useful size. It fits two steaks or a family-sized frittata, yet is still light enough to lift with one hand.",
            "Before you buy, check three things:",
            "The cooking surface should feel smooth rather than pebbly, the helper handle should be large enough to grip with an oven glove, and the pan should sit flat on a glass hob without rocking.",
            "Enamelled cast iron needs no seasoning and copes with acidic sauces, though it is heavier and the coating can chip if the pan is dropped.",
            "To keep a bare pan in good condition, dry it over a low heat after washing and wipe a few drops of oil into the surface while it is still warm.",
            "Treated this way, it will only get better with age.",
        ],
        captions=[
            "A pre-seasoned 26cm skillet on a gas hob",
            "Enamelled casserole dishes in three colours",
            "Wiping oil into a warm pan after washing",
        ],
        restate=(1, "A 26cm skillet is the most useful size for most home cooks"),
        teasers=[
            "The best carbon steel woks for high-heat cooking",
            "Our guide to choosing a chef's knife",
        ],
    ),
    dict(
        id="es-agua", lang="es", loc="es", section="Local",
        headline="Monterrey amplía a tres días por semana los cortes de agua por la sequía",
        short="Cortes de agua",
        paras=[
            "Servicios de Agua y Drenaje de Monterrey anunció este miércoles que los cortes programados se extenderán a tres días por semana en 18 colonias del poniente de la ciudad, debido al bajo nivel de las presas que abastecen a la zona metropolitana.",
            "La presa El Cuchillo se encuentra al 24 por ciento de su capacidad, el nivel más bajo registrado para esta época del año desde 2022, según datos de la Comisión Nacional del Agua.",
            "Los vecinos afectados recibirán el servicio de lunes a jueves de 5:00 a 22:00 horas, mientras que pipas municipales recorrerán las calles los fines de semana.",
            "“Ya no alcanza con llenar tinacos, tenemos que comprar garrafones hasta para cocinar”, contó Rosa Elena Garza, vecina de la colonia Cumbres.",
            "El organismo pidió a la población reportar fugas y evitar el lavado de autos con manguera.",
            "Especialistas de la Universidad Autónoma de Nuevo León advirtieron que, sin lluvias significativas antes de la primavera, las restricciones podrían ampliarse a otros sectores de la ciudad.",
        ],
        captions=[
            "Vecinos llenan cubetas con agua de una pipa en la colonia Cumbres",
            "Vista aérea de la presa El Cuchillo",
            "Personal de Agua y Drenaje revisa una tubería en el poniente de la ciudad",
        ],
        restate=(1, "La presa El Cuchillo está al 24 por ciento de su capacidad"),
        teasers=[
            "Detienen a dos hombres por robo de cableado en la Línea 2 del Metro",
            "Abren convocatoria para becas de transporte universitario",
        ],
    ),
    dict(
        id="fr-velos", lang="fr", loc="fr", section="Nantes",
        headline="À Nantes, les vélos-cargos partagés séduisent les familles mais agacent des commerçants",
        short="Vélos-cargos",
        paras=[
            "Lancé au printemps, le service de vélos-cargos en libre-service de Nantes Métropole a dépassé les 60 000 locations, selon un bilan présenté mardi en conseil métropolitain.",
            "Les 250 engins à assistance électrique, répartis dans 40 stations, sont surtout utilisés le matin pour déposer les enfants à l'école et le samedi pour faire les courses.",
            "« On a vendu notre deuxième voiture en septembre », raconte Amandine, mère de trois enfants installée sur l'île de Nantes.",
            "Du côté des commerçants du centre-ville, l'accueil est plus mitigé. Plusieurs d'entre eux reprochent aux stations d'avoir pris la place d'emplacements de livraison.",
            "La métropole assure qu'une concertation sera ouverte en janvier pour déplacer une dizaine de stations jugées mal placées.",
            "Le tarif, fixé à 2 euros de l'heure, devrait rester inchangé en 2027.",
        ],
        captions=[
            "Une station de vélos-cargos près de la gare de Nantes",
            "Une mère transporte ses enfants en vélo-cargo sur l'île de Nantes",
            "Des emplacements de livraison remplacés par une station, rue de Strasbourg",
        ],
        restate=(0, "Le service de vélos-cargos a dépassé les 60 000 locations depuis le printemps"),
        teasers=[
            "Tramway : la ligne 1 coupée pendant deux semaines en février",
            "Logement étudiant : une nouvelle résidence ouvrira à la rentrée",
        ],
    ),
    dict(
        id="de-leerstand", lang="de", loc="de", section="Region",
        headline="„Zweckentfremdung“: Stadt geht gegen leerstehende Wohnungen vor",
        short="Leerstand",
        paras=[
            "Die Stadt will künftig schärfer gegen Wohnungen vorgehen, die über längere Zeit leer stehen oder dauerhaft an Feriengäste vermietet werden. Der Stadtrat beschloss am Mittwochabend mit großer Mehrheit eine neue Zweckentfremdungssatzung.",
            "Eigentümer müssen demnach einen Leerstand von mehr als sechs Monaten beim Wohnungsamt anzeigen. Wer das versäumt, riskiert ein Bußgeld von bis zu 50.000 Euro.",
            "Nach Schätzungen der Verwaltung stehen allein in der Altstadt rund 400 Wohnungen leer, viele davon in Häusern, die seit Jahren auf eine Sanierung warten.",
            "„Jede Wohnung, die wir zurück auf den Markt bringen, hilft einer Familie“, sagte Baudezernentin Petra Lindner.",
            "Der Haus- und Grundbesitzerverein kritisierte die Satzung als unverhältnismäßig. Viele Eigentümer könnten sich die nötigen Sanierungen schlicht nicht leisten, hieß es in einer Stellungnahme.",
            "Die neuen Regeln sollen am 1. März in Kraft treten.",
        ],
        captions=[
            "Ein leerstehendes Wohnhaus in der Altstadt",
            "Baudezernentin Petra Lindner im Stadtrat",
            "Ferienwohnungen in der Böttcherstraße",
        ],
        restate=(2, "Allein in der Altstadt stehen rund 400 Wohnungen leer"),
        teasers=[
            "Weihnachtsmarkt: Mehr Besucher als im Vorjahr",
            "Straßenbahnlinie 4 fährt ab Montag wieder durch die Innenstadt",
        ],
    ),
    dict(
        id="nb-ferje", lang="nb", loc="nb", section="Nyheter",
        headline="Ferjesambandet står stille etter ny motorstans – pendlere må kjøre omvei",
        short="Ferjestans",
        paras=[
            "Ferja mellom Halhjem og Sandvikvåg ble tatt ut av drift torsdag morgen etter en ny motorstans, den tredje siden oktober.",
            "Rederiet opplyser at reparasjonen kan ta opptil ti dager, og at det foreløpig ikke finnes noen reservebåt som kan settes inn på strekningen.",
            "For pendlerne på Stord betyr det en omvei på nesten to timer via Trekantsambandet og Haugesund.",
            "– Jeg har snart brukt opp alle fridagene mine på å vente på ferja, sier Kari Tveit, som jobber som sykepleier i Bergen.",
            "Fylkesordfører Jon Arne Nesheim sier at fylket vil kreve en forklaring fra rederiet og vurderer å gi selskapet dagbøter for brudd på kontrakten.",
            "Statens vegvesen anbefaler reisende å sjekke trafikkmeldingene før avreise.",
        ],
        captions=[
            "Ferja ligger til kai på Halhjem torsdag morgen",
            "Pendlere i kø ved ferjeleiet i Sandvikvåg",
            "Fylkesordfører Jon Arne Nesheim",
        ],
        cap_leads=["PÅ KAI:", "LANG KØ:", "KREVER SVAR:"],
        restate=(0, "Ferja ble tatt ut av drift torsdag morgen etter en ny motorstans"),
        teasers=[
            "Rekordmange søkere til sykepleierutdanningen i Bergen",
            "Storm ventes å treffe kysten natt til lørdag",
        ],
    ),
    dict(
        id="sk-porodnica", lang="sk", loc="sk", section="Regióny",
        headline="Nemocnica v Trebišove od januára zatvorí pôrodnicu, chýbajú lekári",
        short="Pôrodnica",
        paras=[
            "Nemocnica v Trebišove od januára dočasne zatvorí pôrodnicu. Vedenie zariadenia to zdôvodňuje nedostatkom gynekológov a pediatrov, ktorí by zabezpečili nepretržitú službu.",
            "Budúce mamičky z okresu budú musieť rodiť v Michalovciach alebo v Košiciach, čo pre mnohé z nich znamená cestu dlhú viac ako 40 kilometrov.",
            "„Robíme všetko pre to, aby sme oddelenie otvorili čo najskôr,“ uviedol riaditeľ nemocnice Marek Tomko.",
            "Podľa neho nemocnica ponúka lekárom náborový príspevok aj služobný byt, záujem je však zatiaľ minimálny.",
            "Starostovia okolitých obcí spísali petíciu, pod ktorú sa za necelý týždeň podpísalo vyše 6 000 ľudí.",
            "Ministerstvo zdravotníctva uviedlo, že situáciu pozná a s vedením nemocnice rokuje o možnostiach pomoci.",
        ],
        captions=[
            "Budova nemocnice v Trebišove",
            "Riaditeľ nemocnice Marek Tomko",
            "Pôrodná sála, ktorá bude od januára zatvorená",
        ],
        restate=(0, "Pôrodnica v Trebišove bude od januára dočasne zatvorená"),
        teasers=[
            "Diaľnica D1 pri Prešove bude v noci uzavretá",
            "Ceny energií: čo sa zmení od januára",
        ],
    ),
    dict(
        id="lt-sniegas", lang="lt", loc="lt", section="Lietuvoje",
        headline="Klaipėdoje dėl gausaus sniego sutriko viešasis transportas",
        short="Sniegas",
        paras=[
            "Antradienio naktį Klaipėdą užklojus beveik 30 centimetrų sniego, rytą mieste sutriko viešojo transporto eismas, o dalis autobusų maršrutų buvo laikinai sustabdyti.",
            "Savivaldybės duomenimis, gatves valė daugiau nei 40 technikos vienetų, tačiau šalutinėse gatvėse ir daugiabučių kiemuose sniego vis dar buvo daug.",
            "„Į darbą ėjau pėsčiomis beveik valandą, nes autobusas taip ir neatvažiavo“, – pasakojo klaipėdietė Inga.",
            "Meras paragino gyventojus, jei įmanoma, dirbti iš namų ir nepalikti automobilių siaurose gatvėse, kad jie netrukdytų valymo technikai.",
            "Sinoptikai prognozuoja, kad snigti nustos trečiadienio popietę, tačiau naktį temperatūra nukris iki 12 laipsnių šalčio.",
            "Mokyklos mieste dirba įprastai.",
        ],
        captions=[
            "Sniego valymo technika Taikos prospekte",
            "Keleiviai laukia autobuso stotelėje",
            "Užpustyti automobiliai daugiabučio kieme",
        ],
        restate=(0, "Antradienio naktį Klaipėdą užklojo beveik 30 centimetrų sniego"),
        teasers=[
            "Vilniuje atidarytas naujas vaikų ligoninės korpusas",
            "Degalų kainos Lietuvoje toliau mažėja",
        ],
    ),
]

LANGS = ["en", "es", "fr", "de", "nb", "sk", "lt"]
KINDS = ["byline", "caption", "duphead", "promo"]


# --------------------------------------------------------------------------
# Dates.  Each site style gives "families": (published, updated, both-on-one-line
# or None).  Dates fall between 20 Nov and 3 Dec 2026 (winter time everywhere
# north; summer time in Sydney).
# --------------------------------------------------------------------------
EN_MON = "January February March April May June July August September October November December".split()
EN_WD = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
ES_MON = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
ES_WD = "lunes martes miércoles jueves viernes sábado domingo".split()
FR_MON = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
FR_MON3 = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
FR_WD = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
DE_MON = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
DE_WD = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
NB_MON = "januar februar mars april mai juni juli august september oktober november desember".split()
NB_WD = "mandag tirsdag onsdag torsdag fredag lørdag søndag".split()
SK_MON_GEN = "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split()
SK_MON3 = "jan feb mar apr máj jún júl aug sep okt nov dec".split()
SK_WD = "pondelok utorok streda štvrtok piatok sobota nedeľa".split()
LT_MON_GEN = "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split()


def _h12(h):
    return (h % 12) or 12


def _ap(h):
    return "am" if h < 12 else "pm"


def _ord(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def dates_en_uk(p, u):
    M, m3, W = EN_MON[p.month - 1], EN_MON[p.month - 1][:3], EN_WD[p.weekday()]
    uM, um3, uW = EN_MON[u.month - 1], EN_MON[u.month - 1][:3], EN_WD[u.weekday()]
    return [
        (f"{W[:3]} {p.day} {m3} {p.year} {p:%H.%M} GMT",
         f"Last modified on {uW[:3]} {u.day} {um3} {u.year} {u:%H.%M} GMT", None),
        (f"{p.day} {M} {p.year} • {_h12(p.hour)}:{p:%M}{_ap(p.hour)}",
         f"Updated {u.day} {uM} {u.year} {_h12(u.hour)}:{u:%M}{_ap(u.hour)}", None),
        (f"Published {p.day} {M} {p.year}", f"Updated {u.day} {uM} {u.year}", None),
        (f"{W} {p:%d} {M} {p.year} {p:%H:%M} GMT", f"Updated {u:%H:%M} GMT", None),
        (f"Published: {p:%H:%M} GMT, {p.day} {M} {p.year}", f"Updated: {u:%H:%M} GMT, {u.day} {uM} {u.year}",
         f"Published: {p:%H:%M} GMT, {p.day} {M} {p.year} | Updated: {u:%H:%M} GMT, {u.day} {uM} {u.year}"),
        (f"{p:%H:%M}, {W[:3]}, {m3} {p.day}, {p.year}", f"UPDATED: {u:%H:%M}, {uW[:3]}, {um3} {u.day}, {u.year}",
         f"{p:%H:%M}, {W[:3]}, {m3} {p.day}, {p.year} | UPDATED: {u:%H:%M}, {uW[:3]}, {um3} {u.day}, {u.year}"),
        (f"{p.day} {M} {p.year}", f"Last updated {_h12(u.hour)}:{u:%M}{_ap(u.hour)}, {u.day} {uM} {u.year}", None),
    ]


def dates_en_us(p, u):
    def apt(d):
        return f"{_h12(d.hour)}:{d:%M} {'a.m.' if d.hour < 12 else 'p.m.'}"
    A, uA = AP_MON[p.month - 1], AP_MON[u.month - 1]
    M, W = EN_MON[p.month - 1], EN_WD[p.weekday()]
    AMPM = "AM" if p.hour < 12 else "PM"
    uAMPM = "AM" if u.hour < 12 else "PM"
    hrs = max(1, int((u - p).total_seconds() // 3600))
    return [
        (f"Published {apt(p)} CT {A} {p.day}, {p.year}", f"Updated {apt(u)} CT {uA} {u.day}, {u.year}",
         f"Published {apt(p)} CT {A} {p.day}, {p.year} Updated {apt(u)} CT {uA} {u.day}, {u.year}"),
        (f"{M[:3]} {p.day}, {p.year}", f"Updated {hrs} hrs ago", f"{M[:3]} {p.day}, {p.year} Updated {hrs} hrs ago"),
        (f"{A} {p.day}, {p.year}", f"Updated {A} {u.day}, {u.year}", None),
        (f"Posted: {W[:3]}, {M[:3]} {p.day}, {p.year} {_h12(p.hour)}:{p:%M} {AMPM}",
         f"Last Updated: {EN_MON[u.month - 1]} {u.day}, {u.year} {_h12(u.hour)}:{u:%M} {uAMPM}", None),
        (f"{p:%m/%d/%Y} {_h12(p.hour)}:{p:%M} {AMPM} CST", f"Updated: {u:%m/%d/%Y} {_h12(u.hour)}:{u:%M} {uAMPM} CST", None),
        (f"{W}, {M} {p.day}, {p.year}", f"Updated {apt(u)}", None),
        (f"{M} {p.day}, {p.year} at {apt(p)}", f"Updated {EN_MON[u.month - 1]} {u.day}, {u.year} at {apt(u)}", None),
    ]


def dates_en_in(p, u, place="Bengaluru"):
    M, m3 = EN_MON[p.month - 1], EN_MON[p.month - 1][:3]
    uM, um3 = EN_MON[u.month - 1], EN_MON[u.month - 1][:3]
    AMPM = "AM" if p.hour < 12 else "PM"
    ampm = AMPM.lower()
    uampm = "am" if u.hour < 12 else "pm"
    return [
        (f"{m3} {p.day}, {p.year}, {_h12(p.hour)}:{p:%M} {AMPM} IST", f"Updated: {um3} {u.day}, {u.year} {u:%H:%M} IST",
         f"{m3} {p.day}, {p.year}, {_h12(p.hour)}:{p:%M} {AMPM} IST | Updated: {um3} {u.day}, {u.year} {u:%H:%M} IST"),
        (f"Published on: {m3} {p:%d}, {p.year}, {_h12(p.hour):02d}:{p:%M} {AMPM} IST",
         f"Last Updated: {uM} {u:%d}, {u.year}, {u:%H:%M} IST", None),
        (f"Published - {M} {p:%d}, {p.year} {_h12(p.hour):02d}:{p:%M} {ampm} IST",
         f"Updated - {uM} {u:%d}, {u.year} {_h12(u.hour):02d}:{u:%M} {uampm} IST", None),
        (f"First published on: {p:%d-%m-%Y} at {p:%H:%M} IST", f"Updated: {uM} {u.day}, {u.year} {u:%H:%M} IST", None),
        (f"{place}, {m3} {p.day}, {p.year}", f"{place}, UPDATED: {um3} {u.day}, {u.year} {u:%H:%M} IST", None),
        (f"{M} {p.day}, {p.year} {p:%H:%M} IST", f"Last Updated: {uM} {u:%d}, {u.year}, {u:%H:%M} IST", None),
    ]


def dates_en_au(p, u):
    M, m3, W = EN_MON[p.month - 1], EN_MON[p.month - 1][:3], EN_WD[p.weekday()]
    uM, um3, uW = EN_MON[u.month - 1], EN_MON[u.month - 1][:3], EN_WD[u.weekday()]
    AMPM = "AM" if p.hour < 12 else "PM"
    return [
        (f"{p.day} {m3} {p.year} — {_h12(p.hour)}.{p:%M}{_ap(p.hour)} AEDT",
         f"Updated {u.day} {um3} {u.year} — {_h12(u.hour)}.{u:%M}{_ap(u.hour)} AEDT", None),
        (f"{M} {p.day}, {p.year} — {_h12(p.hour)}.{p:%M}{_ap(p.hour)}",
         f"Updated {uM} {u.day}, {u.year} — {_h12(u.hour)}.{u:%M}{_ap(u.hour)}", None),
        (f"Posted {W[:3]} {p.day} {m3} {p.year} at {_h12(p.hour)}:{p:%M}{_ap(p.hour)}",
         f"Updated {uW[:3]} {u.day} {um3} {u.year} at {_h12(u.hour)}:{u:%M}{_ap(u.hour)}",
         f"Posted {W[:3]} {p.day} {m3} {p.year} at {_h12(p.hour)}:{p:%M}{_ap(p.hour)}, updated {uW[:3]} {u.day} {um3} {u.year} at {_h12(u.hour)}:{u:%M}{_ap(u.hour)}"),
        (f"{M} {p.day}, {p.year} - {_h12(p.hour)}:{p:%M}{AMPM}", f"Updated {max(1, int((u - p).total_seconds() // 3600))} hours ago", None),
        (f"{p.day} {m3}, {p.year} {_h12(p.hour):02d}:{p:%M} {AMPM}", f"Updated {u.day} {um3}, {u.year}", None),
        (f"{p:%H:%M}, {m3} {p:%d} {p.year}", f"Updated {u:%H:%M}, {um3} {u:%d} {u.year}", None),
        (f"{_h12(p.hour)}:{p:%M} {_ap(p.hour)} on {p.day} {M} {p.year}", f"Updated at {_h12(u.hour)}:{u:%M} {_ap(u.hour)} on {u.day} {uM} {u.year}", None),
    ]


def dates_en_tech(p, u):
    M, m3 = EN_MON[p.month - 1], EN_MON[p.month - 1][:3]
    uM, um3 = EN_MON[u.month - 1], EN_MON[u.month - 1][:3]
    return [
        (f"{m3} {p.day}, {p.year}", f"Updated {um3} {u.day}, {u.year}",
         f"Published {m3} {p.day}, {p.year} · Updated {um3} {u.day}, {u.year}"),
        (f"{M} {p.day}, {p.year}", f"Last updated: {u:%Y-%m-%d}", None),
        (f"{p:%Y-%m-%d}", f"Updated {u:%Y-%m-%d}", None),
        (f"Published on {M} {_ord(p.day)}, {p.year}", f"Last updated on {uM} {_ord(u.day)}, {u.year}", None),
        (f"Posted on {M} {p.day}, {p.year}", f"Updated {uM} {u.day}, {u.year}, {_h12(u.hour)}:{u:%M} {'AM' if u.hour < 12 else 'PM'} UTC", None),
        (f"{p.day} {m3} {p.year}", f"Edited {u.day} {um3} {u.year}", None),
    ]


def dates_en_shop(p, u):
    M, m3 = EN_MON[p.month - 1], EN_MON[p.month - 1][:3]
    uM, um3 = EN_MON[u.month - 1], EN_MON[u.month - 1][:3]
    return [
        (f"Posted on {M} {p.day}, {p.year}", f"Updated on {uM} {u.day}, {u.year}", None),
        (f"{p.day} {M} {p.year}", f"Last updated: {u:%d/%m/%Y}", None),
        (f"Published: {m3} {p.day}, {p.year}", f"Modified: {um3} {u.day}, {u.year}",
         f"Published: {m3} {p.day}, {p.year} · Modified: {um3} {u.day}, {u.year}"),
        (f"Published {p.day} {M} {p.year}", f"Last updated {uM} {u.day}, {u.year}", None),
        (f"{p:%d/%m/%Y}", f"Updated {u:%d/%m/%Y}", None),
    ]


def dates_es(p, u):
    M, uM, W = ES_MON[p.month - 1], ES_MON[u.month - 1], ES_WD[p.weekday()]

    def esap(d):
        return f"{_h12(d.hour):02d}:{d:%M} {'a. m.' if d.hour < 12 else 'p. m.'}"
    return [
        (f"{p.day} de {M} de {p.year}", f"Actualizado el {u.day} de {uM} de {u.year} a las {u:%H:%M}", None),
        (f"{p:%d/%m/%Y} {p:%H:%M}", f"Actualizado: {u:%d/%m/%Y} {u:%H:%M}",
         f"{p:%d/%m/%Y} {p:%H:%M} Actualizado: {u:%d/%m/%Y} {u:%H:%M}"),
        (f"{p.day} de {M} de {p.year} - {p:%H:%M} hs", f"Actualizado: {u.day} de {uM} de {u.year} - {u:%H:%M} hs", None),
        (f"{p:%d} de {M} {p.year}, {esap(p)}", f"Actualizado: {u:%d} de {uM} {u.year}, {esap(u)}", None),
        (f"{W} {p.day} de {M} de {p.year}", f"Última actualización: {u:%d/%m/%Y}", None),
        (f"{p.day} {M[:3].capitalize()}, {p.year} {_h12(p.hour):02d}:{p:%M} {'a.m.' if p.hour < 12 else 'p.m.'} CST",
         f"Actualizado {u.day} {uM[:3].capitalize()}, {u.year} {_h12(u.hour):02d}:{u:%M} {'a.m.' if u.hour < 12 else 'p.m.'} CST", None),
        (f"Publicado: {p:%d/%m/%Y} - {p:%H:%M}", f"Actualizado: {u:%d/%m/%Y} - {u:%H:%M}", None),
    ]


def dates_fr(p, u):
    def day(d):
        return "1er" if d.day == 1 else str(d.day)
    M, uM, W = FR_MON[p.month - 1], FR_MON[u.month - 1], FR_WD[p.weekday()]
    return [
        (f"Publié le {p:%d} {M} {p.year} à {p:%Hh%M}", f"Mis à jour le {u:%d} {uM} {u.year} à {u:%Hh%M}",
         f"Publié le {p:%d} {M} {p.year} à {p:%Hh%M}, modifié le {u:%d} {uM} {u.year} à {u:%Hh%M}"),
        (f"Publié le {p:%d/%m/%Y} à {p:%H:%M}", f"Modifié le {u:%d/%m/%Y} à {u:%H:%M}",
         f"Publié le {p:%d/%m/%Y} à {p:%H:%M}, mis à jour le {u:%d/%m/%Y} à {u:%H:%M}"),
        (f"Le {day(p)} {M} {p.year} à {p:%Hh%M}", f"Mis à jour le {day(u)} {FR_MON3[u.month - 1]} {u.year} à {u:%H:%M}", None),
        (f"{day(p)} {M} {p.year} à {p:%Hh%M}", f"Mis à jour à {u:%Hh%M}", None),
        (f"Publié aujourd'hui à {p:%Hh%M}", f"Mis à jour aujourd'hui à {u:%Hh%M}", None),
        (f"{W} {day(p)} {M} {p.year}", f"Actualisé le {u:%d/%m/%Y} à {u:%Hh%M}", None),
    ]


def dates_de(p, u):
    M, uM, W = DE_MON[p.month - 1], DE_MON[u.month - 1], DE_WD[p.weekday()]
    return [
        (f"{p:%d.%m.%Y}, {p:%H:%M} Uhr", f"Aktualisiert am {u:%d.%m.%Y} um {u:%H:%M} Uhr",
         f"{p:%d.%m.%Y}, {p:%H:%M} Uhr | Aktualisiert: {u:%d.%m.%Y}, {u:%H:%M} Uhr"),
        (f"{W}, {p:%d.%m.%Y}, {p:%H:%M}", f"Aktualisiert: {u:%H:%M} Uhr", None),
        (f"{p.day}. {M} {p.year}, {p:%H:%M} Uhr", f"Zuletzt aktualisiert: {u.day}. {uM} {u.year}, {u:%H:%M} Uhr", None),
        (f"Veröffentlicht am {p:%d.%m.%Y}", f"Aktualisiert am {u:%d.%m.%Y}",
         f"Veröffentlicht am {p:%d.%m.%Y} · Aktualisiert am {u:%d.%m.%Y}"),
        (f"{p:%d.%m.%Y} | {p:%H:%M} Uhr", f"Stand: {u:%d.%m.%Y} {u:%H:%M} Uhr", None),
        (f"Erschienen am {p:%d.%m.%Y}", f"Aktualisiert am {u.day}. {uM} {u.year}", None),
    ]


def dates_nb(p, u):
    M, uM, W = NB_MON[p.month - 1], NB_MON[u.month - 1], NB_WD[p.weekday()]
    return [
        (f"Publisert {p.day}. {M} {p.year} kl. {p:%H.%M}", f"Oppdatert {u.day}. {uM} {u.year} kl. {u:%H.%M}", None),
        (f"Publisert {p.day}. {M[:3]}. {p.year} kl. {p:%H.%M}", f"Oppdatert {u.day}. {uM[:3]}. {u.year} kl. {u:%H.%M}",
         f"Publisert {p.day}. {M[:3]}. {p.year} kl. {p:%H.%M} Oppdatert {u.day}. {uM[:3]}. {u.year} kl. {u:%H.%M}"),
        (f"Publisert: {p:%d.%m.%Y} {p:%H:%M}", f"Sist oppdatert: {u:%d.%m.%Y} {u:%H:%M}",
         f"Publisert: {p:%d.%m.%Y} {p:%H:%M} Sist oppdatert: {u:%d.%m.%Y} {u:%H:%M}"),
        (f"{p:%d.%m.%Y} kl. {p:%H:%M}", f"Oppdatert {u:%d.%m.%Y} kl. {u:%H:%M}", None),
        (f"{W} {p.day}. {M} {p.year}", f"Oppdatert i dag kl. {u:%H.%M}", None),
    ]


def dates_sk(p, u):
    M, uM, W = SK_MON_GEN[p.month - 1], SK_MON_GEN[u.month - 1], SK_WD[p.weekday()]
    return [
        (f"{p.day}. {M} {p.year} o {p:%H:%M}", f"Aktualizované {u.day}. {uM} {u.year} o {u:%H:%M}", None),
        (f"{p:%d.%m.%Y} {p:%H:%M}", f"Aktualizované {u:%d.%m.%Y} {u:%H:%M}",
         f"{p:%d.%m.%Y} {p:%H:%M} | Aktualizované {u:%d.%m.%Y} {u:%H:%M}"),
        (f"{p.day}. {p.month}. {p.year} {p:%H:%M}", f"aktualizované {u.day}. {u.month}. {u.year} {u:%H:%M}", None),
        (f"{W} {p.day}. {p.month}. {p.year}", f"Aktualizované o {u:%H:%M}", None),
        (f"Publikované: {p.day}. {M} {p.year}, {p:%H:%M}", f"Aktualizované: {u.day}. {uM} {u.year}, {u:%H:%M}", None),
        (f"{p.day}. {SK_MON3[p.month - 1]} {p.year} o {p:%H:%M}", f"aktualizované {u.day}. {SK_MON3[u.month - 1]} {u.year} o {u:%H:%M}",
         f"{p.day}. {SK_MON3[p.month - 1]} {p.year} o {p:%H:%M} (aktualizované {u.day}. {SK_MON3[u.month - 1]} {u.year} o {u:%H:%M})"),
    ]


def dates_lt(p, u):
    M, uM = LT_MON_GEN[p.month - 1], LT_MON_GEN[u.month - 1]
    return [
        (f"{p.year} m. {M} {p.day} d. {p:%H:%M}", f"Atnaujinta {u.year} m. {uM} {u.day} d. {u:%H:%M}", None),
        (f"{p:%Y-%m-%d} {p:%H:%M}", f"Atnaujinta {u:%Y-%m-%d} {u:%H:%M}",
         f"{p:%Y-%m-%d} {p:%H:%M}, atnaujinta {u:%Y-%m-%d} {u:%H:%M}"),
        (f"{p:%Y-%m-%d}", f"Atnaujinta: {u:%Y-%m-%d}", None),
        (f"Paskelbta: {p:%Y-%m-%d} {p:%H:%M}", f"Atnaujinta: {u:%Y-%m-%d} {u:%H:%M}",
         f"Paskelbta: {p:%Y-%m-%d} {p:%H:%M} Atnaujinta: {u:%Y-%m-%d} {u:%H:%M}"),
        (f"{p.year} m. {M} {p.day} d.", f"Atnaujinta {u:%H:%M}", None),
        (f"{p.year}-{p:%m}-{p:%d}, {p:%H:%M} val.", f"Atnaujinta {u:%H:%M} val.", None),
    ]


def rel_time(loc, rng):
    if rng.random() < 0.6:
        n = rng.randint(1, 11)
        unit = "h"
    else:
        n = rng.choice([5, 8, 12, 15, 20, 25, 34, 40, 47, 52])
        unit = "m"
    if loc.startswith("en"):
        if unit == "h":
            return rng.choice([f"{n} hour{'s' if n > 1 else ''} ago", f"{n}h ago", f"{n} hr{'s' if n > 1 else ''} ago"])
        return rng.choice([f"{n} minutes ago", f"{n} mins ago", f"{n}m ago"])
    if loc == "es":
        return f"hace {n} hora{'s' if n > 1 else ''}" if unit == "h" else f"hace {n} minutos"
    if loc == "fr":
        return rng.choice([f"il y a {n} h", f"Il y a {n} heure{'s' if n > 1 else ''}"]) if unit == "h" else f"il y a {n} min"
    if loc == "de":
        return rng.choice([f"vor {n} Std.", f"vor {n} Stunde{'n' if n > 1 else ''}"]) if unit == "h" else f"vor {n} Min."
    if loc == "nb":
        return (f"for {n} time{'r' if n > 1 else ''} siden" if unit == "h" else f"for {n} minutter siden")
    if loc == "sk":
        return (f"pred {n} hodin{'ami' if n > 1 else 'ou'}" if unit == "h" else f"pred {n} minútami")
    if loc == "lt":
        return f"prieš {n} val." if unit == "h" else f"prieš {n} min."
    raise KeyError(loc)


def read_time(loc, rng):
    n = rng.randint(2, 9)
    return rng.choice({
        "en-uk": [f"{n} min read", f"{n} minute read"],
        "en-us": [f"{n} min read", f"{n} min to read"],
        "en-in": [f"{n} min read", f"{n} mins read"],
        "en-au": [f"{n} min read", f"{n} mins to read"],
        "en-tech": [f"{n} min read", f"~{n} minute read", f"Reading time: {n} minutes"],
        "en-shop": [f"Reading time: {n} minutes", f"{n} min read"],
        "es": [f"Lectura: {n} min", f"Tiempo de lectura: {n} min", f"{n} minutos de lectura"],
        "fr": [f"Temps de lecture : {n} min.", f"Lecture {n} min.", f"Lecture : {n} min"],
        "de": [f"Lesezeit: {n} Min.", f"{n} Min. Lesezeit", f"{n} Min"],
        "nb": [f"Lesetid: {n} min", f"{n} min lesetid", f"{n} minutter å lese"],
        "sk": [f"Čas čítania: {n} min", f"{n} min čítania"],
        "lt": [f"Skaitymo laikas: {n} min.", f"{n} min. skaitymo"],
    }[loc])


# --------------------------------------------------------------------------
# Site styles: who writes, how a byline is worded.
# authors: (name, gender); jobs: (masculine, feminine)
# --------------------------------------------------------------------------
LOC = {
    "en-uk": dict(
        site="The Albion Post", domain="albionpost.co.uk", place="Leeds", dates=dates_en_uk, and_="and",
        authors=[("Harriet Colley", "f"), ("Owen Pritchard", "m"), ("Siobhan Keane", "f"), ("Rhys Llewellyn", "m"),
                 ("Fiona MacLeod", "f"), ("Tom Ashworth", "m")],
        jobs=[("Transport correspondent",) * 2, ("North of England correspondent",) * 2, ("Senior reporter",) * 2,
              ("Political correspondent",) * 2, ("Chief reporter",) * 2, ("Economics editor",) * 2],
        by=["By {n}", "By {n}", "{n}", "BY {N}"],
        label_name=["Author: {n}"],
        agency=["PA Media", "Staff and agencies", "Press Association", "Reuters"],
        name_agency=["{n} and agencies", "By {n} and PA Media", "{n} with Reuters"],
        bios=["{n} is {site}'s {jobl}.", "{n} is {site}'s {jobl}. {P} previously worked at the Yorkshire Evening Post.",
              "{n} has covered transport and infrastructure for {site} since 2019."],
        contrib=["Additional reporting by {n2}", "Reporting by {n}; Editing by {n2}", "PA contributed to this report"],
        handle=["Follow {n} on X: @{h}", "@{h}", "X: @{h}"],
        email=["Email: {e}", "{e}", "Contact {n}: {e}"],
        author_link=["More from {n}", "View all articles by {n}", "More by this author"],
        edited=["Edited by {n2}"],
    ),
    "en-us": dict(
        site="Lake County Herald", domain="lakecountyherald.com", place="Waverly", dates=dates_en_us, and_="and",
        authors=[("Dana Whitfield", "f"), ("Marcus Delgado", "m"), ("Kelsey Brandt", "f"), ("Jerome Tate", "m"),
                 ("Amy Kowalczyk", "f")],
        jobs=[("Staff Writer",) * 2, ("Education Reporter",) * 2, ("Metro Editor",) * 2, ("Reporter",) * 2,
              ("Contributing Writer",) * 2],
        by=["By {n}", "BY {N}", "{n}", "By {n} Herald Staff Writer"],
        label_name=["Author: {n}"],
        agency=["Associated Press", "Herald staff report", "From staff reports", "The Associated Press"],
        name_agency=["By {n} and The Associated Press", "{n} | Associated Press"],
        bios=["{n} covers education and county government for the {site}.",
              "{n} is a {jobl} for the {site}. {P} joined the paper in 2021 after four years at the Quad-City Times.",
              "{n} has reported on Lake County schools since 2018."],
        contrib=["The Associated Press contributed to this report.", "Contact {n} at {e} or 555-0142.",
                 "Reach {n} at {e}. Follow {o} on X @{h}.", "Staff writer {n2} contributed to this story."],
        handle=["Follow {n} on X @{h}", "@{h}", "X: @{h}"],
        email=["{e}", "Email: {e}", "Contact: {e}"],
        author_link=["More stories by {n}", "See more from {n}"],
        edited=["Edited by {n2}"],
    ),
    "en-in": dict(
        site="Metro Chronicle", domain="metrochronicle.in", place="Bengaluru", dates=dates_en_in, and_="and",
        authors=[("Ananya Iyer", "f"), ("Rohit Menon", "m"), ("Saurabh Kulkarni", "m"), ("Priyanka Dasgupta", "f"),
                 ("Mohammed Irfan Sheikh", "m")],
        jobs=[("Senior Correspondent",) * 2, ("Special Correspondent",) * 2, ("Principal Correspondent",) * 2,
              ("Assistant Editor",) * 2, ("Chief Reporter",) * 2],
        by=["By {n}", "Written by {n}", "By: {n}", "{n}", "Reported By: {n}"],
        label_name=["Author: {n}"],
        agency=["PTI", "Express News Service", "IANS", "Chronicle News Service", "By: Chronicle News Desk"],
        name_agency=["{n} with PTI inputs", "By {n} | Chronicle News Service"],
        bios=["{n} is a {jobl} with {site}, based in Bengaluru. {P} writes on urban infrastructure and civic issues.",
              "{n} covers transport and urban development for {site}."],
        contrib=["(With inputs from PTI)", "— With inputs from agencies",
                 "(This story has not been edited by {site} staff and is auto-generated from a syndicated feed.)",
                 "Edited By: {n2}"],
        handle=["Follow {n} on X @{h}", "X: @{h}"],
        email=["{e}", "Email: {e}"],
        author_link=["Read More", "More stories by {n}", "Read all articles by {n}"],
        edited=["Edited By: {n2}", "Edited by {n2}"],
    ),
    "en-au": dict(
        site="The Harbour Times", domain="harbourtimes.com.au", place="Sydney", dates=dates_en_au, and_="and",
        authors=[("Lachlan Fraser", "m"), ("Aroha Tane", "f"), ("Bridget O'Loughlin", "f"), ("Nathan Papadopoulos", "m"),
                 ("Mia Tuhiwai", "f")],
        jobs=[("Health reporter",) * 2, ("Senior reporter",) * 2, ("National affairs editor",) * 2,
              ("Multimedia journalist",) * 2, ("NSW reporter",) * 2],
        by=["By {n}", "{n}", "By {n}", "Words by {n}"],
        label_name=["Author: {n}"],
        agency=["AAP", "Australian Associated Press", "NCA NewsWire", "Staff writers"],
        name_agency=["{n} with AAP", "{n} and AAP", "By {n}, NCA NewsWire"],
        bios=["{n} is a {jobl} at {site}.", "{n} is a {jobl} based in Sydney. {P} covers health and emergency services.",
              "{n} joined {site} in 2022 after five years at the NZ Herald."],
        contrib=["— with AAP", "Additional reporting: AAP", "with AAP", "Additional reporting by {n2}"],
        handle=["Follow {n} on X @{h}", "@{h}"],
        email=["{e}", "Email {n}: {e}"],
        author_link=["More from {n}", "Explore more from {n}"],
        edited=["Edited by {n2}"],
    ),
    "en-tech": dict(
        site="Bytefold", domain="bytefold.dev", place="Berlin", dates=dates_en_tech, and_="and",
        authors=[("Sam Okafor", "m"), ("Lena Fischer-Wong", "f"), ("Devin Marsh", "m"), ("Ruth Adeyemi", "f")],
        jobs=[("Staff Engineer",) * 2, ("Backend Engineer",) * 2, ("Engineering Manager, Platform",) * 2,
              ("Site Reliability Engineer",) * 2],
        by=["Posted by {n}", "By {n}", "{n}", "Written by {n}"],
        label_name=["Author: {n}"],
        agency=["The Bytefold Engineering Team", "Bytefold Engineering"],
        name_agency=["{n} and the Platform team"],
        bios=["{n} is a {jobl} at {site}. {P} works on the job scheduler and spends too much time reading query plans.",
              "{n} leads the platform team at {site}.", "{n} writes about databases, queues and boring infrastructure."],
        contrib=["Thanks to {n2} for reviewing a draft of this post.", "Co-authored with {n2}"],
        handle=["@{h}", "Follow on X", "@{h}@hachyderm.io", "GitHub: github.com/{h}"],
        email=["{e}"],
        author_link=["More posts by {n}", "See all posts", "Follow"],
        edited=["Reviewed by {n2}"],
    ),
    "en-shop": dict(
        site="Hearth & Harrow", domain="hearthandharrow.co.uk", place="York", dates=dates_en_shop, and_="and",
        authors=[("Priya Nair", "f"), ("Hannah Blythe", "f"), ("Joe Carver", "m"), ("Imogen Wells", "f")],
        jobs=[("Kitchen Editor",) * 2, ("Senior Buying Guide Writer",) * 2, ("Head of Product",) * 2,
              ("Cookware Buyer",) * 2],
        by=["By {n}", "Words by {n}", "Written by {n}", "Posted by {n}"],
        label_name=["Author: {n}"],
        agency=["The Hearth & Harrow Team", "Hearth & Harrow Editors"],
        name_agency=["{n} and the Hearth & Harrow team"],
        bios=["{n} is our {jobl}. {P} has tested more than 200 pans in the last five years.",
              "About the author: {n} is a {jobl} at {site} and a former restaurant cook.",
              "{n} has been writing buying guides for {site} since 2020."],
        contrib=["Reviewed by {n2}, Head of Product", "Fact checked by {n2}"],
        handle=["Follow {n} on Instagram @{h}", "@{h}"],
        email=["{e}"],
        author_link=["More guides by {n}", "Read more from {n}"],
        edited=["Reviewed by {n2}", "Fact checked by {n2}", "Tested by {n2}"],
    ),
    "es": dict(
        site="La Voz Regia", domain="lavozregia.mx", place="Monterrey", dates=dates_es, and_="y",
        authors=[("Mariana Quiroga", "f"), ("Julián Ortega Paredes", "m"), ("Valentina Cárdenas", "f"),
                 ("Diego Sepúlveda", "m"), ("Lucía Benítez Garza", "f")],
        jobs=[("Reportero", "Reportera"), ("Corresponsal", "Corresponsal"), ("Editor de Local", "Editora de Local"),
              ("Periodista", "Periodista")],
        by=["Por {n}", "POR {N}", "{n}", "Escrito por {n}"],
        label_name=["Autor: {n}||Autora: {n}"],
        agency=["Redacción", "EFE", "Agencia EFE", "Redacción La Voz Regia", "AFP"],
        name_agency=["{n} / EFE", "Por {n} con información de EFE", "{n} | Redacción"],
        bios=["{n} es {jobla} de {site}. Cubre temas de agua, movilidad y gobierno local.",
              "{n} es periodista egresado de la UANL.||{n} es periodista egresada de la UANL."],
        contrib=["Con información de EFE", "*Con información de agencias", "Con información de AFP y EFE", "(EFE)"],
        handle=["X: @{h}", "En X: @{h}", "Twitter: @{h}"],
        email=["Correo: {e}", "{e}"],
        author_link=["Ver más notas de {n}", "Más artículos de {n}"],
        edited=["Editado por: {n2}", "Edición: {n2}"],
    ),
    "fr": dict(
        site="L'Écho du Littoral", domain="echodulittoral.fr", place="Nantes", dates=dates_fr, and_="et",
        authors=[("Camille Rousseau", "f"), ("Thomas Lefèvre", "m"), ("Élodie Marchand", "f"), ("Yanis Benali", "m"),
                 ("Sophie Garnier", "f")],
        jobs=[("journaliste", "journaliste"), ("correspondant à Nantes", "correspondante à Nantes"),
              ("rédacteur en chef adjoint", "rédactrice en chef adjointe"), ("journaliste au service Société", "journaliste au service Société")],
        by=["Par {n}", "{n}", "Par {n}", "PAR {N}"],
        label_name=["Auteur : {n}"],
        agency=["La rédaction", "AFP", "Par L'Écho du Littoral avec AFP", "L'Écho du Littoral avec AFP", "Rédaction Nantes"],
        name_agency=["Par {n} (avec AFP)", "{n} avec AFP"],
        bios=["{n} est {jobla} pour {site}. Il suit les questions de mobilité et d'urbanisme.||{n} est {jobla} pour {site}. Elle suit les questions de mobilité et d'urbanisme.",
              "{n} a rejoint {site} en 2020."],
        contrib=["Avec AFP", "(avec AFP)", "Avec Reuters", "Avec notre correspondant {n2}"],
        handle=["Sur X : @{h}", "@{h}"],
        email=["{e}", "Contacter l'auteur : {e}"],
        author_link=["Voir tous les articles de {n}", "Tous les articles de {n}"],
        edited=["Édité par {n2}"],
    ),
    "de": dict(
        site="Nordstadt Rundschau", domain="nordstadt-rundschau.de", place="Bremen", dates=dates_de, and_="und",
        authors=[("Katharina Brenner", "f"), ("Jonas Weidemann", "m"), ("Miriam Özdemir", "f"), ("Lukas Hofstetter", "m"),
                 ("Anja Kühn", "f")],
        jobs=[("Redakteur", "Redakteurin"), ("Redakteur Lokales", "Redakteurin Lokales"), ("Volontär", "Volontärin"),
              ("Reporter", "Reporterin"), ("Leiter Lokalredaktion", "Leiterin Lokalredaktion")],
        by=["Von {n}", "VON {N}", "{n}", "Von {n}"],
        label_name=["Autor: {n}||Autorin: {n}"],
        agency=["dpa", "dpa/lni", "Redaktion", "AFP/dpa", "Nordstadt Rundschau"],
        name_agency=["Von {n}, dpa", "{n} mit dpa", "{n} (mit dpa)"],
        bios=["{n} ist {jobla} bei der {site}. Er schreibt über Wohnen und Stadtentwicklung.||{n} ist {jobla} bei der {site}. Sie schreibt über Wohnen und Stadtentwicklung.",
              "{n} arbeitet seit 2017 in der Lokalredaktion."],
        contrib=["Mit Material von dpa", "(dpa)", "mit dpa", "Mitarbeit: {n2}"],
        handle=["X: @{h}", "Folgen auf X: @{h}"],
        email=["E-Mail: {e}", "Kontakt: {e}", "{e}"],
        author_link=["Alle Artikel von {n}", "Mehr von {n}", "Mehr Artikel dieses Autors||Mehr Artikel dieser Autorin"],
        edited=["Redaktion: {n2}"],
    ),
    "nb": dict(
        site="Fjordavisa", domain="fjordavisa.no", place="Stord", dates=dates_nb, and_="og",
        authors=[("Ingrid Solberg", "f"), ("Magnus Eide", "m"), ("Sigrid Haugland", "f"), ("Even Nordby", "m"),
                 ("Thea Lunde", "f")],
        jobs=[("Journalist",) * 2, ("Nyhetsjournalist",) * 2, ("Reporter",) * 2, ("Vaktsjef",) * 2, ("Kommentator",) * 2],
        by=["Av {n}", "{n}", "Av {n}", "AV {N}"],
        label_name=["Journalist: {n}", "Tekst: {n}"],
        agency=["NTB", "Redaksjonen", "Fjordavisa", "NTB-Redaksjonen"],
        name_agency=["{n}, NTB", "{n} og NTB", "Av {n} (NTB)"],
        bios=["{n} er {jobla} i {site} og dekker samferdsel og kommunepolitikk.", "{n} har jobbet i {site} siden 2018."],
        contrib=["(©NTB)", "NTB", "Kilde: NTB", "Saken er oppdatert."],
        handle=["X: @{h}", "@{h}"],
        email=["{e}", "E-post: {e}"],
        author_link=["Flere saker av {n}", "Se alle saker fra {n}"],
        edited=["Redigert av {n2}", "Ansvarlig redaktør: {n2}"],
    ),
    "sk": dict(
        site="Denník Región", domain="dennikregion.sk", place="Košice", dates=dates_sk, and_="a",
        authors=[("Zuzana Kováčová", "f"), ("Martin Hudák", "m"), ("Lucia Baranová", "f"), ("Peter Sloboda", "m"),
                 ("Katarína Mikulová", "f")],
        jobs=[("redaktor", "redaktorka"), ("reportér", "reportérka"), ("editor domácej rubriky", "editorka domácej rubriky"),
              ("spravodajca", "spravodajkyňa")],
        by=["Autor: {n}", "{n}", "Autor: {n}", "AUTOR: {N}"],
        label_name=["Autor: {n}||Autorka: {n}", "Text: {n}"],
        agency=["TASR", "SITA", "Redakcia", "TASR, SITA", "Denník Región"],
        name_agency=["{n}, TASR", "{n} (TASR)", "{n}, SITA"],
        bios=["{n} je {jobla} Denníka Región. Venuje sa zdravotníctvu a regiónom.", "{n} pracuje v redakcii od roku 2019."],
        contrib=["(TASR)", "Zdroj: TASR, SITA", "(SITA)", "Spolupráca: {n2}"],
        handle=["X: @{h}"],
        email=["{e}", "E-mail: {e}"],
        author_link=["Ďalšie články autora||Ďalšie články autorky", "Všetky články autora||Všetky články autorky"],
        edited=["Editor: {n2}"],
    ),
    "lt": dict(
        site="Vakarų žinios", domain="vakaruzinios.lt", place="Klaipėda", dates=dates_lt, and_="ir",
        authors=[("Tomas Petrauskas", "m"), ("Rūta Jankauskienė", "f"), ("Mantas Vaičiulis", "m"),
                 ("Eglė Stankevičiūtė", "f"), ("Darius Kazlauskas", "m")],
        jobs=[("žurnalistas", "žurnalistė"), ("korespondentas", "korespondentė"), ("redaktorius", "redaktorė"),
              ("vyr. redaktoriaus pavaduotojas", "vyr. redaktoriaus pavaduotoja")],
        by=["Autorius: {n}||Autorė: {n}", "{n}", "{n}, vakaruzinios.lt", "{n}, Vakarų žinios"],
        label_name=["Autorius: {n}||Autorė: {n}"],
        agency=["ELTA", "BNS", "vakaruzinios.lt", "Vakarų žinios", "LRT.lt, BNS"],
        name_agency=["{n}, ELTA", "{n} (BNS)", "{n}, BNS"],
        bios=["{n} – „Vakarų žinių“ {jobla}, rašantis apie miesto gyvenimą ir transportą.||{n} – „Vakarų žinių“ {jobla}, rašanti apie miesto gyvenimą ir transportą.",
              "{n} dirba redakcijoje nuo 2016 metų."],
        contrib=["Šaltinis: ELTA", "ELTA", "BNS", "Šaltinis: BNS, ELTA"],
        handle=["X: @{h}"],
        email=["{e}", "El. paštas: {e}"],
        author_link=["Visi autoriaus straipsniai||Visi autorės straipsniai", "Daugiau autoriaus straipsnių||Daugiau autorės straipsnių"],
        edited=["Redaktorius: {n2}||Redaktorė: {n2}"],
    ),
}


# --------------------------------------------------------------------------
# Captions: credits (complete strings; {ph} photographer, {PH} in capitals),
# how description and credit are joined, gallery bits.
# --------------------------------------------------------------------------
CAP = {
    "en-uk": dict(
        ph=["Christopher Hale", "Gemma Burke", "Martin Aldous"],
        credits=["Photograph: {ph}/The Albion Post", "Photograph: {ph}/PA", "Photograph: Getty Images", "Photo: PA",
                 "Image: Network Rail", "Picture: {ph}", "Credit: Alamy", "Photograph: Reuters", "(Image: PA Wire)",
                 "Getty Images", "PA Media", "Reuters"],
        dc=["{d}. {c}", "{d}. {c}", "{d} {c}", "{d} ({c})"],
        controls=["View image in fullscreen", "Expand", "Enlarge this image", "Open gallery"],
        counters=["{i}/{n}", "{i} of {n}", "Image {i} of {n}"],
        illu=["File photo", "Stock image", "File picture"],
    ),
    "en-us": dict(
        ph=["Tessa Lind", "Ray Castellanos", "Bill Hutchins"],
        credits=["{ph} / Lake County Herald", "Photo: {ph} / Lake County Herald", "{ph} / Staff", "(AP Photo/{ph})",
                 "Photo by {ph}", "Provided", "Courtesy of Lake County Schools", "{ph}, Lake County Herald", "Getty Images"],
        dc=["{d}. {c}", "{d} {c}", "{d}. {c}"],
        controls=["Show Caption", "Hide Caption", "Buy Now", "Enlarge", "View gallery"],
        counters=["{i} of {n}", "{i}/{n}"],
        illu=["File photo", "Submitted photo"],
    ),
    "en-in": dict(
        ph=["Jithin Raj", "K. Murali Kumar", "Shashidhar B."],
        credits=["(Photo: PTI)", "Photo: PTI", "(Chronicle Photo by {ph})", "PTI Photo", "Photo: Special Arrangement",
                 "Photo: BMRCL", "File photo: Metro Chronicle", "Chronicle Photo: {ph}", "(Image: X/@bmrcl_updates)",
                 "Photo credit: {ph}"],
        dc=["{d}. {c}", "{d} {c}", "{d} | {c}"],
        controls=["Expand", "View Photos"],
        counters=["{i}/{n}", "{i} of {n}"],
        illu=["Representational image", "File image", "(Representative image)", "Representative image. (Photo: PTI)"],
    ),
    "en-au": dict(
        ph=["Dean Whitcombe", "Kate Geraghty-Moore", "Rhett Wyman-Lee"],
        credits=["AAP Image/{ph}", "Picture: AAP Image/{ph}", "Credit: {ph}", "(ABC News: {ph})", "Photo: Supplied",
                 "Supplied", "Picture: NCA NewsWire / {ph}", "Credit: Getty Images", "Photo / {ph}",
                 "Picture: Surf Life Saving NSW"],
        dc=["{d}. {c}", "{d}.{c}", "{d} {c}", "{d}. {c}"],
        controls=["Expand", "Open image", "Play video", "Supplied image"],
        counters=["{i} / {n}", "{i} of {n}"],
        illu=["File image", "File photo"],
    ),
    "en-tech": dict(
        ph=["Clay Banks-Hoyt", "Mika Ruusunen", "Tobi Adewale"],
        credits=["Image by the author", "Screenshot by the author", "Source: internal Grafana dashboard",
                 "Photo by {ph} on Unsplash", "Image: Bytefold", "Diagram: Bytefold Engineering"],
        dc=["{d} ({c})", "{d}. {c}", "{d} — {c}"],
        figs=["Figure {k}: {d}", "Fig. {k} — {d}", "Figure {k}. {d}.", "{d} (click to enlarge)", "Fig {k}: {d}"],
        controls=["Click to enlarge", "View full size"],
        counters=["{i}/{n}"],
        illu=[],
    ),
    "en-shop": dict(
        ph=["Oliver Penrose", "Tamsin Greaves", "Jake Holloway"],
        credits=["Image: Hearth & Harrow", "Photography: {ph}", "Photo: {ph} for Hearth & Harrow", "Credit: Shutterstock",
                 "Image credit: Hearth & Harrow", "© Hearth & Harrow"],
        dc=["{d}. {c}", "{d} | {c}", "{d} ({c})"],
        controls=["Click to zoom", "View larger image", "Zoom"],
        counters=["{i} / {n}", "Image {i} of {n}"],
        illu=["Colours may vary from those shown", "Product shown for illustration only"],
    ),
    "es": dict(
        ph=["Gabriel Treviño", "Alejandra Rosales", "Héctor Villarreal"],
        credits=["Foto: Cuartoscuro", "(Foto: Cuartoscuro)", "Foto: EFE", "EFE/{ph}", "(EFE/{ph})", "Foto: {ph}",
                 "Foto: {ph} / La Voz Regia", "Fotografía: {ph}", "Crédito: Especial", "Foto: Especial", "Foto: Archivo",
                 "Imagen: Shutterstock", "Crédito: Getty Images", "Foto: AFP", "Foto: Cortesía"],
        dc=["{d}. {c}", "{d} {c}", "{d} | {c}", "{d} / {c}"],
        controls=["Ampliar", "Ver galería", "Ver fotos"],
        counters=["{i} de {n}", "{i}/{n}", "Foto {i} de {n}"],
        illu=["Imagen ilustrativa", "Foto ilustrativa", "Foto de archivo", "Imagen de archivo"],
    ),
    "fr": dict(
        ph=["Loïc Tanguy", "Margaux Le Bihan", "Stéphane Guérin"],
        credits=["{PH} / AFP", "Photo : {ph} / L'Écho du Littoral", "© {ph}", "Photo L'Écho du Littoral – {ph}",
                 "Crédit photo : {ph}", "AFP", "© AFP", "Photo : archives L'Écho du Littoral", "MAXPPP",
                 "{PH} / HANS LUCAS", "© Shutterstock", "Photo : Nantes Métropole"],
        dc=["{d}. {c}", "{d} ({c})", "{d} | {c}", "{d}, le {fdate}. {c}"],
        controls=["Agrandir", "Voir le diaporama", "Agrandir l'image"],
        counters=["{i}/{n}", "{i} / {n}", "Photo {i} sur {n}"],
        illu=["Photo d'illustration", "Image d'illustration", "Photo d'archives"],
    ),
    "de": dict(
        ph=["Henrik Bauer", "Jana Möller", "Felix Gottschalk"],
        credits=["Foto: {ph}/dpa", "Foto: dpa", "Bild: picture alliance/dpa", "© picture alliance / dpa | {ph}",
                 "Foto: IMAGO/{ph}", "Foto: imago images", "Bild: Getty Images", "Foto: {ph}", "Foto: Stadt/Pressestelle",
                 "Quelle: dpa", "© {ph}", "Foto: privat", "Foto: Nordstadt Rundschau/{ph}"],
        dc=["{d}. {c}", "{d} ({c})", "{d} | {c}", "{d} {c}"],
        controls=["Vergrößern", "Bild vergrößern", "Zur Bildergalerie", "Bildergalerie ansehen"],
        counters=["Bild {i} von {n}", "{i} / {n}", "{i} von {n}"],
        illu=["Symbolbild", "Symbolfoto", "Archivbild", "(Symbolbild)"],
    ),
    "nb": dict(
        ph=["Ola Sandvik", "Marte Bjørnstad", "Håkon Rød"],
        credits=["Foto: {ph}", "Foto: {ph} / NTB", "Foto: NTB", "Foto: Privat", "Foto: Skjermdump", "Foto: Statens vegvesen",
                 "Foto: {ph} / Fjordavisa", "Illustrasjonsfoto: NTB", "Bilde: {ph}", "Foto: Rederiet"],
        dc=["{d}. {c}", "{d} {c}", "{d}. {c}"],
        controls=["Vis bilde", "Åpne bildegalleri", "Forstørr bildet", "Se flere bilder"],
        counters=["{i} av {n}", "Bilde {i} av {n}", "{i}/{n}"],
        illu=["Illustrasjonsfoto", "Arkivfoto", "ARKIVFOTO"],
    ),
    "sk": dict(
        ph=["Jakub Hollý", "Mária Dudová", "Roman Kriššák"],
        credits=["Foto: TASR – {ph}", "Foto: TASR/{ph}", "Foto: TASR", "Foto – TASR", "Zdroj: TASR", "Foto: SITA/{ph}",
                 "Foto: Denník Región/{ph}", "Zdroj: Shutterstock", "Foto: archív", "Foto: Facebook/Nemocnica Trebišov",
                 "Foto: {ph}", "Zdroj: Getty Images"],
        dc=["{d}. {c}", "{d} {c}", "{d}. {c}"],
        controls=["Zväčšiť", "Fotogaléria", "Otvoriť galériu", "Zobraziť galériu"],
        counters=["{i} / {n}", "Foto {i} z {n}", "{i}/{n}"],
        illu=["Ilustračné foto", "Ilustračná snímka", "Ilustračné foto: Shutterstock"],
    ),
    "lt": dict(
        ph=["Roko Vaitkaus", "Aistės Jurgaitytės", "Karolio Šimkaus", "Gintarės Balčiūnienės"],
        credits=["{ph} / BNS nuotr.", "{ph} nuotr.", "ELTA nuotr.", "BNS nuotr.", "{ph} / ELTA nuotr.",
                 "Shutterstock nuotr.", "Scanpix nuotr.", "Vakarų žinių nuotr.", "Nuotr. iš asmeninio archyvo",
                 "Klaipėdos miesto savivaldybės nuotr."],
        dc=["{d} / {c}", "{d}. {c}", "{d} ({c})"],
        controls=["Padidinti", "Nuotraukų galerija", "Žiūrėti galeriją", "Daugiau nuotraukų"],
        counters=["{i} / {n}", "{i} iš {n}"],
        illu=["Asociatyvi nuotr.", "Asociatyvi nuotrauka", "Asociatyvi Shutterstock nuotr."],
    ),
}

# --------------------------------------------------------------------------
# Duplicated headlines: breadcrumbs, kickers, <title> suffixes.
# --------------------------------------------------------------------------
DUP = {
    "en-uk": dict(crumbs=[["Home", "News", "UK news"], ["News", "UK", "Transport"], ["Home", "Transport"]],
                  kickers=["Transport", "UK news", "Exclusive", "Rail"],
                  suffix=[" | The Albion Post", " | UK news | The Albion Post", " - The Albion Post", " | albionpost.co.uk"],
                  media=[]),
    "en-us": dict(crumbs=[["Home", "News", "Local News"], ["News", "Education"], ["Local", "Schools"]],
                  kickers=["LOCAL NEWS", "Education", "Breaking", "Schools"],
                  suffix=[" | Lake County Herald", " - Lake County Herald", " | News | lakecountyherald.com"],
                  media=[" | VIDEO", " (with video)"]),
    "en-in": dict(crumbs=[["Home", "Cities", "Bengaluru"], ["News", "Cities", "Bengaluru News"], ["Home", "India News"]],
                  kickers=["Bengaluru", "Cities", "Namma Metro", "Bengaluru News"],
                  suffix=[" | Bengaluru News - Metro Chronicle", " - Metro Chronicle", " | Metro Chronicle", " | Latest News Bengaluru"],
                  media=[" | Watch", " | VIDEO", " (Watch Video)"]),
    "en-au": dict(crumbs=[["Home", "National", "NSW"], ["News", "National"], ["Home", "News", "Sydney"]],
                  kickers=["Exclusive", "NSW", "Breaking News", "Summer"],
                  suffix=[" | The Harbour Times", " - The Harbour Times", " | harbourtimes.com.au"],
                  media=[]),
    "en-tech": dict(crumbs=[["Blog", "Engineering"], ["Home", "Blog", "Databases"]],
                    kickers=["Engineering", "Databases", "Infrastructure"],
                    suffix=[" | Bytefold Engineering Blog", " - Bytefold", " · Bytefold blog", " | by Sam Okafor | Bytefold"],
                    media=[]),
    "en-shop": dict(crumbs=[["Home", "Guides", "Cookware"], ["Home", "Inspiration", "Buying guides"]],
                    kickers=["Buying guide", "Cookware guides", "Expert advice"],
                    suffix=[" | Hearth & Harrow", " – Hearth & Harrow", " | Buying Guides | Hearth & Harrow"],
                    media=[]),
    "es": dict(crumbs=[["Inicio", "Local", "Monterrey"], ["Inicio", "Nuevo León"], ["Portada", "Local"]],
               kickers=["Monterrey", "Sequía", "Nuevo León", "Última hora"],
               suffix=[" - La Voz Regia", " | La Voz Regia", " | lavozregia.mx", " - Local - La Voz Regia"],
               media=[" | VIDEO", " (VIDEO)", " | FOTOS"]),
    "fr": dict(crumbs=[["Accueil", "Pays de la Loire", "Nantes"], ["Accueil", "Actualité", "Nantes"], ["Accueil", "Transports"]],
               kickers=["Nantes", "Mobilités", "Transports", "Vélo"],
               suffix=[" - L'Écho du Littoral", " | L'Écho du Littoral", " – echodulittoral.fr"],
               media=[]),
    "de": dict(crumbs=[["Startseite", "Region", "Bremen"], ["Startseite", "Lokales", "Wohnen"], ["Region", "Stadtrat"]],
               kickers=["Wohnen", "Stadtrat", "Bremen", "Wohnungsmarkt"],
               suffix=[" | Nordstadt Rundschau", " - Nordstadt Rundschau", " | nordstadt-rundschau.de"],
               media=[]),
    "nb": dict(crumbs=[["Forside", "Nyheter"], ["Nyheter", "Sunnhordland"], ["Forside", "Samferdsel"]],
               kickers=["Sunnhordland", "Ferjekaos", "Siste nytt", "Samferdsel"],
               suffix=[" – Fjordavisa", " | Fjordavisa", " - fjordavisa.no"],
               media=[]),
    "sk": dict(crumbs=[["Domov", "Regióny", "Košický kraj"], ["Správy", "Domáce"], ["Domov", "Zdravie"]],
               kickers=["Trebišov", "Zdravotníctvo", "Regióny", "Košický kraj"],
               suffix=[" | Denník Región", " - Denník Región", " | dennikregion.sk"],
               media=[" (FOTO)", " (VIDEO)"]),
    "lt": dict(crumbs=[["Pradžia", "Naujienos", "Lietuvoje"], ["Naujienos", "Klaipėda"], ["Pradžia", "Lietuvoje"]],
               kickers=["Klaipėda", "Orai", "Lietuvoje", "Žiema"],
               suffix=[" - Vakarų žinios", " | Vakarų žinios", " | vakaruzinios.lt"],
               media=[" (FOTO)", " (VIDEO)", " (nuotraukos)"]),
}
CRUMB_SEPS = [" › ", " / ", " > ", " » "]


# --------------------------------------------------------------------------
# Promo boxes.  Each box type: parts in page order, (sub-shape, probability,
# alternatives).  "related" and "ad" are handled specially.
# --------------------------------------------------------------------------
PROMO = {
    "en-uk": dict(
        related=dict(inline=["Read more: {t}", "Related: {t}", "READ MORE: {t}", "More on this story: {t}"],
                     label=["Read more", "Related", "More on this story", "Most viewed"]),
        ad=dict(labels=["Advertisement", "ADVERTISEMENT", "Advertisement"],
                cont=["Article continues below", "Story continues below advertisement"]),
        newsletter=[("skip", 0.4, ["Skip past newsletter promotion"]),
                    ("pitch", 1.0, ["Sign up to Morning Briefing, our free daily newsletter",
                                    "Get the day's top stories delivered to your inbox every morning",
                                    "Sign up to our free North of England newsletter"]),
                    ("field", 0.4, ["Enter your email address"]),
                    ("button", 0.6, ["Sign up", "Sign me up"]),
                    ("privacy", 0.5, ["Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.",
                                      "We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply."]),
                    ("after", 0.4, ["after newsletter promotion"])],
        paywall=[("pitch", 1.0, ["This article is for subscribers only", "Subscribe to read the full story",
                                 "You've read all your free articles this month"]),
                 ("offer", 0.6, ["Get unlimited access for £1 a month", "Subscribe now for just £1 for your first 3 months"]),
                 ("login", 0.6, ["Already a subscriber? Log in"])],
        donate=[("pitch", 1.0, ["Support independent journalism. Give from just £2.",
                                "If you value our reporting, please consider supporting us with a one-off or monthly contribution. It takes less than a minute.",
                                "Readers like you keep The Albion Post free to read."]),
                ("button", 0.6, ["Support us", "Give now"])],
        app=[("pitch", 1.0, ["Download The Albion Post app for the latest news on the go", "Get the app for breaking news alerts"])],
        social=[("pitch", 1.0, ["Follow us on Facebook, Instagram and X", "Follow The Albion Post on Instagram and TikTok"])],
        channel=[("pitch", 1.0, ["Join our WhatsApp channel for breaking news", "Get breaking news alerts on our WhatsApp channel"])],
        comments=[("count", 0.7, ["Comments", "Show 48 comments", "Comments (48)"]),
                  ("prompt", 0.5, ["Join the discussion", "Have your say", "Comments are closed on this article"])],
        podcast=[("pitch", 1.0, ["Listen to The Briefing, our daily news podcast, on Apple Podcasts, Spotify or wherever you get your podcasts"])],
        cookie=[("text", 1.0, ["We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies."]),
                ("button", 0.6, ["Accept all cookies", "Manage preferences", "Reject all"])],
        google=[("pitch", 1.0, ["Add The Albion Post as a preferred source on Google", "Follow us on Google News"])],
    ),
    "en-us": dict(
        related=dict(inline=["RELATED: {t}", "MORE: {t}", "READ MORE: {t}", "Related: {t}"],
                     label=["Related", "Related Stories", "Most Popular", "Trending Now"]),
        ad=dict(labels=["Advertisement", "ADVERTISEMENT", "Advertisement"],
                cont=["Story continues below advertisement", "Continue reading below", "Article continues after sponsor message"]),
        newsletter=[("pitch", 1.0, ["Sign up for The Morning Herald newsletter",
                                    "Get local news delivered to your inbox every weekday morning.",
                                    "Want the latest local news? Sign up for our free newsletter."]),
                    ("field", 0.4, ["Email Address"]),
                    ("button", 0.6, ["Sign Up", "Subscribe"]),
                    ("privacy", 0.5, ["By signing up, you agree to our Terms of Use and Privacy Policy."])],
        paywall=[("pitch", 1.0, ["You've reached your limit of free articles.", "This article is exclusive to subscribers.",
                                 "Support local journalism. Subscribe today."]),
                 ("offer", 0.6, ["Subscribe for $1 a month", "Get unlimited digital access for just 99¢"]),
                 ("login", 0.6, ["Already a subscriber? Log in", "Already a subscriber? Sign in"])],
        donate=[("pitch", 1.0, ["Support local journalism: make a tax-deductible gift to the Lake County Herald newsroom fund.",
                                "Local news matters. Donate today."])],
        app=[("pitch", 1.0, ["Download the Lake County Herald app for breaking news alerts.", "Get the app: iPhone | Android"])],
        social=[("pitch", 1.0, ["Like us on Facebook", "Follow us on Instagram @lakecountyherald"])],
        channel=[("pitch", 1.0, ["Text NEWS to 555-0199 to get breaking news alerts on your phone."])],
        comments=[("count", 0.7, ["Comments", "View Comments (14)"]),
                  ("prompt", 0.5, ["Join the Conversation", "Commenting is limited to subscribers."])],
        podcast=[("pitch", 1.0, ["Listen to our weekly podcast, Lake County Local, on Spotify or Apple Podcasts."])],
        cookie=[("text", 1.0, ["This site uses cookies. By continuing, you agree to our Privacy Policy and Terms of Use."]),
                ("button", 0.6, ["Do Not Sell or Share My Personal Information", "Accept"])],
        tip=[("pitch", 1.0, ["Have a news tip? Email us at news@lakecountyherald.com or call 555-0130.",
                             "Got a story idea? Send it to tips@lakecountyherald.com"])],
    ),
    "en-in": dict(
        related=dict(inline=["Also Read | {t}", "ALSO READ: {t}", "Also read: {t}", "READ | {t}"],
                     label=["Also Read", "Trending", "Top Stories", "Related News"]),
        ad=dict(labels=["Advertisement", "ADVERTISEMENT", "Advertisement"],
                cont=["Story continues below this ad", "Continue reading below"]),
        newsletter=[("pitch", 1.0, ["Subscribe to our Morning Brief newsletter", "Get the top stories of the day in your inbox"]),
                    ("button", 0.5, ["Subscribe", "Subscribe Now"])],
        paywall=[("pitch", 1.0, ["This story is for our premium subscribers only.", "Subscribe now to read the full story"]),
                 ("offer", 0.5, ["Subscribe at ₹99 for the first month", "Unlock premium stories for ₹1"]),
                 ("login", 0.6, ["Already a subscriber? Sign in"])],
        app=[("pitch", 1.0, ["Download the Metro Chronicle app to get the latest news",
                             "Get the latest news on the go: download our app on Android and iOS"])],
        social=[("pitch", 1.0, ["Follow us on Facebook, X and Instagram", "Follow Metro Chronicle on Instagram"])],
        channel=[("pitch", 1.0, ["Click here to join our WhatsApp channel", "Join our Telegram channel for the latest updates",
                                 "Follow Metro Chronicle on WhatsApp"])],
        catchall=[("pitch", 1.0, ["Catch all the Latest News, Breaking News and City News on Metro Chronicle.",
                                  "Stay updated with the latest Bengaluru news and more on Metro Chronicle."])],
        comments=[("count", 0.7, ["Comments", "Post a comment"]), ("prompt", 0.5, ["Be the first one to comment"])],
        cookie=[("text", 1.0, ["We use cookies and other tracking technologies to improve your browsing experience. Read our Privacy Policy."]),
                ("button", 0.6, ["I Accept", "Accept"])],
        google=[("pitch", 1.0, ["Follow us on Google News", "Add Metro Chronicle as a trusted source on Google"])],
    ),
    "en-au": dict(
        related=dict(inline=["Read more: {t}", "READ MORE: {t}", "RELATED: {t}", "Related: {t}"],
                     label=["Read more", "Related Articles", "Most Viewed in National", "Latest"]),
        ad=dict(labels=["Advertisement", "ADVERTISEMENT", "Advertise with NZME."],
                cont=["Article continues after this ad", "Continue reading"]),
        newsletter=[("pitch", 1.0, ["Get the day's breaking news, entertainment ideas and a long read to enjoy. Sign up to receive our Evening Edition newsletter.",
                                    "Start the day with a summary of the day's most important and interesting stories, analysis and insights. Sign up for our Morning Edition newsletter.",
                                    "Sign up to The Daily H, a free newsletter curated by our editors and delivered straight to your inbox every weekday."]),
                    ("button", 0.5, ["Sign up", "Sign up now"])],
        paywall=[("pitch", 1.0, ["Subscribe to read this article", "This story is for subscribers"]),
                 ("offer", 0.6, ["Unlock this story for just $1 a week", "Subscribe for $1 a week"]),
                 ("login", 0.6, ["Already a subscriber? Log in"])],
        app=[("pitch", 1.0, ["Download The Harbour Times app for breaking news alerts"])],
        social=[("pitch", 1.0, ["Follow us on Facebook and Instagram"])],
        comments=[("count", 0.7, ["Comments", "Show comments"]), ("prompt", 0.5, ["Join the conversation", "Be the first to comment"])],
        podcast=[("pitch", 1.0, ["Listen to our daily news podcast, The Harbour, on Spotify or Apple Podcasts"])],
        cookie=[("text", 1.0, ["We use cookies to personalise content and ads. Read our privacy policy to find out more."]),
                ("button", 0.6, ["Accept", "Manage cookies"])],
        license=[("pitch", 1.0, ["License this article"])],
    ),
    "en-tech": dict(
        related=dict(inline=["Read next: {t}", "Related: {t}", "See also: {t}"],
                     label=["Related posts", "You might also like", "More from Bytefold", "Read next"]),
        ad=dict(labels=["Sponsored", "Ads via Carbon", "Sponsor"],
                cont=["This post is sponsored by Tailwatch – observability for small teams."]),
        newsletter=[("pitch", 1.0, ["Subscribe to the Bytefold newsletter", "Get new posts in your inbox. No spam, unsubscribe any time."]),
                    ("field", 0.4, ["Type your email…", "you@example.com"]),
                    ("button", 0.6, ["Subscribe"])],
        social=[("pitch", 1.0, ["Follow us on Mastodon and Bluesky", "Follow @bytefold on X for new posts"])],
        comments=[("count", 0.6, ["Comments", "Leave a comment"]), ("prompt", 0.6, ["Discuss on Hacker News", "Share this post"])],
        podcast=[("pitch", 1.0, ["Listen to this post on our podcast, Folded Bytes"])],
        donate=[("pitch", 1.0, ["If you found this useful, consider buying us a coffee.", "Sponsor us on GitHub"])],
        hiring=[("pitch", 1.0, ["We're hiring! Check out our open roles.",
                                "Like working on problems like this? We're hiring backend engineers in Berlin and remotely."])],
        rss=[("pitch", 1.0, ["Subscribe via RSS", "RSS feed"])],
    ),
    "en-shop": dict(
        related=dict(inline=["Read next: {t}", "See also: {t}", "You may also like: {t}"],
                     label=["You may also like", "Related guides", "Shop the guide", "More cookware advice"]),
        ad=dict(labels=["Sponsored", "Sponsored", "Advertisement"], cont=["Shop the range", "Shop now"]),
        newsletter=[("pitch", 1.0, ["Join our mailing list and get 10% off your first order",
                                    "Sign up for recipes, offers and new arrivals"]),
                    ("field", 0.4, ["Your email address"]),
                    ("button", 0.6, ["Subscribe", "Sign up"])],
        product=[("name", 1.0, ["Pre-Seasoned Cast Iron Skillet, 26cm", "Enamelled Cast Iron Casserole, 24cm"]),
                 ("rating", 0.4, ["★★★★★ (128 reviews)", "4.8 out of 5 stars"]),
                 ("price", 0.8, ["£39.00", "£89.00 £69.00"]),
                 ("button", 0.8, ["Add to basket", "Shop now", "View product"])],
        offer=[("pitch", 1.0, ["Free UK delivery on orders over £50", "Use code HEARTH10 for 10% off your first order",
                               "Free returns within 30 days"])],
        disclosure=[("text", 1.0, ["Prices correct at time of publishing.",
                                   "This guide contains links to products in our shop.",
                                   "We may earn a commission on some links on this page."])],
        social=[("pitch", 1.0, ["Follow us on Instagram @hearthandharrow", "Tag us in your cooking with #hearthandharrow"])],
        comments=[("count", 0.7, ["Leave a comment", "Reviews (12)"]), ("prompt", 0.5, ["Was this guide helpful? Yes / No"])],
        cookie=[("text", 1.0, ["We use cookies to give you the best shopping experience."]),
                ("button", 0.6, ["Accept all cookies", "Cookie settings"])],
    ),
    "es": dict(
        related=dict(inline=["Lee también: {t}", "LEE TAMBIÉN: {t}", "Te puede interesar: {t}", "También puedes leer: {t}",
                             "Lea también: {t}", "Más información: {t}"],
                     label=["Lee también", "Te recomendamos", "Noticias relacionadas", "Lo más leído", "Más noticias"]),
        ad=dict(labels=["Publicidad", "PUBLICIDAD", "Anuncio"],
                cont=["Continúa leyendo después de la publicidad", "Sigue leyendo"]),
        newsletter=[("pitch", 1.0, ["Suscríbete a nuestro newsletter",
                                    "Recibe las noticias más importantes en tu correo todas las mañanas"]),
                    ("field", 0.4, ["Correo electrónico"]),
                    ("button", 0.6, ["Suscribirme", "Suscríbete"]),
                    ("privacy", 0.4, ["Al suscribirte aceptas nuestro Aviso de Privacidad."])],
        paywall=[("pitch", 1.0, ["Este contenido es exclusivo para suscriptores", "Continúa leyendo con tu suscripción digital"]),
                 ("offer", 0.6, ["Suscríbete por $29 al mes", "Primer mes por $1"]),
                 ("login", 0.6, ["¿Ya eres suscriptor? Inicia sesión"])],
        app=[("pitch", 1.0, ["Descarga nuestra app y recibe las noticias al momento", "Descarga la app de La Voz Regia"])],
        social=[("pitch", 1.0, ["Síguenos en Facebook, Instagram y X", "Síguenos en TikTok"])],
        channel=[("pitch", 1.0, ["Únete a nuestro canal de WhatsApp",
                                 "Sigue nuestro canal de WhatsApp y recibe las noticias más importantes",
                                 "Únete a nuestro canal de Telegram"])],
        comments=[("count", 0.7, ["Comentarios", "Comentarios (9)"]), ("prompt", 0.5, ["Deja tu comentario", "Sé el primero en comentar"])],
        podcast=[("pitch", 1.0, ["Escucha nuestro pódcast diario en Spotify y Apple Podcasts"])],
        donate=[("pitch", 1.0, ["Apoya el periodismo independiente. Haz tu aportación aquí."])],
        cookie=[("text", 1.0, ["Utilizamos cookies propias y de terceros para mejorar tu experiencia. Al continuar navegando, aceptas su uso."]),
                ("button", 0.6, ["Aceptar", "Configurar cookies"])],
        google=[("pitch", 1.0, ["Síguenos en Google Noticias", "Síguenos en Google News"])],
    ),
    "fr": dict(
        related=dict(inline=["Lire aussi : {t}", "À lire aussi : {t}", "LIRE AUSSI - {t}", "Lire aussi | {t}",
                             "À LIRE AUSSI : {t}", "Sur le même sujet : {t}"],
                     label=["Lire aussi", "À lire aussi", "Sur le même sujet", "Les plus lus"]),
        ad=dict(labels=["Publicité", "PUBLICITÉ", "Publicité"], cont=["La suite après cette publicité"]),
        newsletter=[("pitch", 1.0, ["Inscrivez-vous à notre newsletter", "Recevez chaque matin l'essentiel de l'actualité nantaise",
                                    "Newsletter Nantes : l'actu de votre ville chaque jour dans votre boîte mail"]),
                    ("field", 0.4, ["Votre adresse e-mail"]),
                    ("button", 0.6, ["Je m'inscris", "S'inscrire"]),
                    ("privacy", 0.4, ["Vos données sont traitées conformément à notre politique de confidentialité."])],
        paywall=[("pitch", 1.0, ["Cet article est réservé aux abonnés",
                                 "Il vous reste 68 % de cet article à lire. La suite est réservée aux abonnés.",
                                 "Abonnez-vous pour lire la suite"]),
                 ("offer", 0.6, ["Offre spéciale : 1 € le premier mois", "Sans engagement, 1 € le 1er mois"]),
                 ("login", 0.6, ["Déjà abonné ? Se connecter"])],
        app=[("pitch", 1.0, ["Téléchargez l'application L'Écho du Littoral", "Retrouvez toute l'actualité sur notre application"])],
        social=[("pitch", 1.0, ["Suivez-nous sur Facebook et Instagram", "Suivez L'Écho du Littoral sur X"])],
        channel=[("pitch", 1.0, ["Rejoignez notre chaîne WhatsApp", "Suivez-nous sur notre chaîne WhatsApp"])],
        comments=[("count", 0.7, ["Réagir", "Commentaires", "Voir les 12 commentaires"]), ("prompt", 0.5, ["Ajouter un commentaire"])],
        podcast=[("pitch", 1.0, ["Écoutez notre podcast quotidien sur toutes les plateformes"])],
        donate=[("pitch", 1.0, ["Soutenez une information libre et indépendante : faites un don"])],
        cookie=[("text", 1.0, ["Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation."]),
                ("button", 0.6, ["Accepter et fermer", "Continuer sans accepter", "Paramétrer les cookies"])],
        google=[("pitch", 1.0, ["Suivez-nous sur Google Actualités"])],
    ),
    "de": dict(
        related=dict(inline=["Lesen Sie auch: {t}", "Auch interessant: {t}", "Mehr zum Thema: {t}", "Lesen Sie auch | {t}",
                             "Das könnte Sie auch interessieren: {t}"],
                     label=["Mehr zum Thema", "Lesen Sie auch", "Das könnte Sie auch interessieren", "Meistgelesen"]),
        ad=dict(labels=["Anzeige", "ANZEIGE", "Werbung"],
                cont=["Weiterlesen nach der Anzeige", "Artikel wird nach der Anzeige fortgesetzt"]),
        newsletter=[("pitch", 1.0, ["Newsletter abonnieren",
                                    "Jeden Morgen die wichtigsten Nachrichten aus der Region – kostenlos per E-Mail.",
                                    "Der Newsletter für Bremen: Jetzt kostenlos anmelden"]),
                    ("field", 0.4, ["Ihre E-Mail-Adresse"]),
                    ("button", 0.6, ["Jetzt anmelden", "Anmelden"]),
                    ("privacy", 0.4, ["Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung."])],
        paywall=[("pitch", 1.0, ["Dieser Artikel ist nur für Abonnenten", "Jetzt weiterlesen mit NR+",
                                 "Lesen Sie jetzt weiter mit NR+"]),
                 ("offer", 0.6, ["Testen Sie 4 Wochen für 0 €", "Die ersten 4 Wochen gratis, danach 9,99 € monatlich"]),
                 ("login", 0.6, ["Sie sind bereits Abonnent? Hier anmelden", "Bereits registriert? Hier einloggen"])],
        app=[("pitch", 1.0, ["Laden Sie jetzt unsere App herunter", "Die News-App der Nordstadt Rundschau – jetzt kostenlos herunterladen"])],
        social=[("pitch", 1.0, ["Folgen Sie uns auf Facebook und Instagram"])],
        channel=[("pitch", 1.0, ["Folgen Sie uns auf WhatsApp", "Unser WhatsApp-Kanal: Jetzt abonnieren"])],
        comments=[("count", 0.7, ["Kommentare", "Kommentare (23)"]), ("prompt", 0.5, ["Jetzt kommentieren", "Diskutieren Sie mit"])],
        podcast=[("pitch", 1.0, ["Hören Sie auch unseren Podcast „Nordstadt Nachrichten“ – überall, wo es Podcasts gibt."])],
        donate=[("pitch", 1.0, ["Unabhängiger Lokaljournalismus braucht Ihre Unterstützung. Jetzt unterstützen"])],
        cookie=[("text", 1.0, ["Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten."]),
                ("button", 0.6, ["Alle akzeptieren", "Einstellungen", "Ablehnen"])],
        google=[("pitch", 1.0, ["Folgen Sie uns bei Google News"])],
    ),
    "nb": dict(
        related=dict(inline=["Les også: {t}", "LES OGSÅ: {t}", "Les mer: {t}", "Se også: {t}"],
                     label=["Les også", "Mest lest", "Flere saker", "Siste nytt"]),
        ad=dict(labels=["Annonse", "ANNONSE", "Annonsørinnhold"], cont=["Artikkelen fortsetter under annonsen"]),
        newsletter=[("pitch", 1.0, ["Meld deg på nyhetsbrevet vårt", "Få de viktigste nyhetene rett i innboksen hver morgen"]),
                    ("field", 0.4, ["Din e-postadresse"]),
                    ("button", 0.6, ["Meld meg på"])],
        paywall=[("pitch", 1.0, ["Denne artikkelen er for abonnenter", "Les hele saken med abonnement", "Bli abonnent"]),
                 ("offer", 0.6, ["Kun 1 kr for første måned", "Prøv i 4 uker for 1 kr"]),
                 ("login", 0.6, ["Allerede abonnent? Logg inn", "Har du allerede abonnement? Logg inn"])],
        app=[("pitch", 1.0, ["Last ned appen vår", "Få varsler om siste nytt i Fjordavisa-appen"])],
        social=[("pitch", 1.0, ["Følg oss på Facebook og Instagram"])],
        channel=[("pitch", 1.0, ["Følg oss på WhatsApp for siste nytt"])],
        comments=[("count", 0.7, ["Kommentarer", "Vis kommentarer (8)"]), ("prompt", 0.5, ["Diskuter saken"])],
        podcast=[("pitch", 1.0, ["Hør podkasten vår «Fjordpraten» der du hører podkast"])],
        cookie=[("text", 1.0, ["Vi bruker informasjonskapsler (cookies) for å gi deg en bedre brukeropplevelse."]),
                ("button", 0.6, ["Godta alle", "Administrer innstillinger"])],
        tip=[("pitch", 1.0, ["Tips oss! Send e-post til tips@fjordavisa.no eller SMS til 2244", "Har du tips? Kontakt vaktsjefen"])],
    ),
    "sk": dict(
        related=dict(inline=["Prečítajte si aj: {t}", "Čítajte viac: {t}", "Súvisiaci článok: {t}", "Čítajte tiež: {t}"],
                     label=["Prečítajte si aj", "Súvisiace články", "Najčítanejšie", "Odporúčame"]),
        ad=dict(labels=["Reklama", "REKLAMA", "Reklama"], cont=["Pokračovanie článku pod reklamou"]),
        newsletter=[("pitch", 1.0, ["Prihláste sa na odber newslettera", "Najdôležitejšie správy dňa každé ráno vo vašej schránke"]),
                    ("field", 0.4, ["Váš e-mail"]),
                    ("button", 0.6, ["Prihlásiť sa", "Odoberať"]),
                    ("privacy", 0.4, ["Odoslaním súhlasíte so spracovaním osobných údajov."])],
        paywall=[("pitch", 1.0, ["Tento článok je dostupný len pre predplatiteľov", "Pokračujte v čítaní s predplatným"]),
                 ("offer", 0.6, ["Predplaťte si Denník Región už od 1 € mesačne"]),
                 ("login", 0.6, ["Máte predplatné? Prihláste sa"])],
        app=[("pitch", 1.0, ["Stiahnite si našu mobilnú aplikáciu"])],
        social=[("pitch", 1.0, ["Sledujte nás na Facebooku a Instagrame"])],
        channel=[("pitch", 1.0, ["Pridajte sa do nášho kanála na WhatsAppe", "Sledujte nás na Telegrame"])],
        comments=[("count", 0.7, ["Diskusia", "Diskusia (34)", "Komentáre"]), ("prompt", 0.5, ["Zapojte sa do diskusie"])],
        podcast=[("pitch", 1.0, ["Vypočujte si náš podcast na Spotify alebo Apple Podcasts"])],
        donate=[("pitch", 1.0, ["Podporte nezávislú žurnalistiku", "Ak sa vám článok páčil, podporte nás ľubovoľnou sumou."])],
        cookie=[("text", 1.0, ["Na zlepšenie našich služieb používame súbory cookies."]),
                ("button", 0.6, ["Súhlasím", "Prispôsobiť"])],
        google=[("pitch", 1.0, ["Sledujte nás na Google News"])],
    ),
    "lt": dict(
        related=dict(inline=["Skaitykite ir tai: {t}", "Taip pat skaitykite: {t}", "Susiję: {t}", "Daugiau skaitykite: {t}"],
                     label=["Susiję straipsniai", "Skaitomiausi", "Taip pat skaitykite", "Rekomenduojame"]),
        ad=dict(labels=["Reklama", "REKLAMA", "Reklama"], cont=["Straipsnis tęsiamas po reklamos"]),
        newsletter=[("pitch", 1.0, ["Užsisakykite naujienlaiškį", "Svarbiausios dienos naujienos – kiekvieną rytą jūsų el. pašte"]),
                    ("field", 0.4, ["Jūsų el. paštas"]),
                    ("button", 0.6, ["Užsiprenumeruoti", "Užsisakyti"])],
        paywall=[("pitch", 1.0, ["Šis straipsnis skirtas tik prenumeratoriams", "Prenumeruokite ir skaitykite be apribojimų"]),
                 ("offer", 0.6, ["Pirmas mėnuo – tik 1 €"]),
                 ("login", 0.6, ["Jau turite prenumeratą? Prisijunkite"])],
        app=[("pitch", 1.0, ["Parsisiųskite mūsų programėlę"])],
        social=[("pitch", 1.0, ["Sekite mus „Facebook“ ir „Instagram“"])],
        channel=[("pitch", 1.0, ["Prisijunkite prie mūsų „WhatsApp“ kanalo"])],
        comments=[("count", 0.7, ["Komentarai", "Komentarai (17)"]), ("prompt", 0.5, ["Rašyti komentarą", "Komentuoti"])],
        podcast=[("pitch", 1.0, ["Klausykite mūsų tinklalaidės „Spotify“ ir „Apple Podcasts“ platformose"])],
        donate=[("pitch", 1.0, ["Paremkite nepriklausomą žurnalistiką"])],
        cookie=[("text", 1.0, ["Šioje svetainėje naudojami slapukai, kad galėtume pagerinti jūsų naršymo patirtį."]),
                ("button", 0.6, ["Sutinku", "Nustatymai"])],
        google=[("pitch", 1.0, ["Sekite mus „Google News“"])],
    ),
}


# --------------------------------------------------------------------------
# Document model and placement (as in the earlier sets)
# --------------------------------------------------------------------------


def _g(tpl, g):
    """'masculine||feminine' templates."""
    if "||" in tpl:
        m, f = tpl.split("||")
        return f if g == "f" else m
    return tpl


def _ascii(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s if ch.isalnum())


def _wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for x, w in pairs:
        r -= w
        if r <= 0:
            return x
    return pairs[-1][0]


def _wsample(rng, pairs, k):
    pairs = list(pairs)
    out = []
    while pairs and len(out) < k:
        x = _wchoice(rng, pairs)
        out.append(x)
        pairs = [(y, w) for y, w in pairs if y != x]
    return out


def above_headline(doc, items, blank=True):
    """Noise above the headline line (e.g. a <title> line, a kicker)."""
    items = [(x, l + "/above") for x, l in items]
    doc.noise.extend(items)
    doc.head[0] = [x for x, _ in items] + ([""] if blank else []) + doc.head[0]


def make_ctx(loc, rng):
    L = LOC[loc]
    (name, g), (n2, _g2) = rng.sample(L["authors"], 2)
    job = rng.choice(L["jobs"])
    job = job[1] if g == "f" else job[0]
    first, last = name.split()[0], name.split()[-1]
    fa, la = _ascii(first).lower(), _ascii(last).lower()
    email = rng.choice([f"{fa}.{la}@{L['domain']}", f"{fa[0]}{la}@{L['domain']}", f"{fa}.{la}@{L['domain']}"])
    handle = rng.choice([f"{fa[0]}{la}", f"{fa}{la}", f"{fa}_{la}", f"{fa}{la[:1]}"])
    base = datetime.datetime(2026, 12, 3) - datetime.timedelta(days=rng.choice([0, 0, 0, 1, 1, 2, 3, 5, 8, 13]))
    p = base.replace(hour=rng.randint(5, 22), minute=rng.randint(0, 59))
    u = p + datetime.timedelta(minutes=rng.randint(25, 540))
    if loc == "en-in":
        fams = dates_en_in(p, u, L["place"])
    else:
        fams = L["dates"](p, u)
    jl = job if loc in ("de",) else job.lower() if loc.startswith("en") or loc in ("es", "nb") else job
    return dict(loc=loc, L=L, name=name, g=g, n2=n2, job=job, jobl=jl, email=email, handle=handle,
                fam=rng.choice(fams), p=p, u=u)


def _fmt(tpl, c):
    s = _g(tpl, c["g"]).format(
        n=c["name"], N=c["name"].upper(), n2=c["n2"], e=c["email"], h=c["handle"], site=c["L"]["site"],
        job=c["job"], jobl=c["jobl"], jobla=c["jobl"], P="She" if c["g"] == "f" else "He",
        o="her" if c["g"] == "f" else "him")
    if c["loc"].startswith("en"):
        s = re.sub(r"\ba ([aeiouAEIOU])", r"an \1", s)
    return s


# --------------------------------------------------------------------------
# BYLINE
# --------------------------------------------------------------------------
SEPS = [" | ", " · ", " • ", " — ", " / ", " – "]


def _who(c, rng):
    """returns list of (text, tag) -- more than one when stacked on lines."""
    L = c["L"]
    kind = _wchoice(rng, [("by", 5), ("name-job", 3), ("by/job", 2), ("authors", 1.2), ("agency", 1.2),
                          ("name-agency", 1), ("label-name", 1), ("name-place", 0.8), ("name-email", 1)])
    by = rng.choice(L["by"])
    bytag = "name" if by == "{n}" else "by-caps" if "{N}" in by else "by-name"
    if kind == "by":
        return [(_fmt(by, c), bytag)]
    if kind == "name-job":
        sep = rng.choice([", ", ", ", " | ", " · ", " — "])
        return [(_fmt(by, c) + sep + c["job"], bytag + "-job")]
    if kind == "by/job":
        return [(_fmt(by, c), bytag), (c["job"], "job")]
    if kind == "authors":
        tpls = [t for t in L["by"] if ":" not in t and "||" not in t and "{N}" not in t and t.endswith("{n}")] or ["{n}"]
        both = rng.choice([f"{c['name']} {L['and_']} {c['n2']}", f"{c['name']}, {c['n2']}"])
        return [(rng.choice(tpls).replace("{n}", both), "authors")]
    if kind == "agency":
        return [(rng.choice(L["agency"]), "agency")]
    if kind == "name-agency":
        return [(_fmt(rng.choice(L["name_agency"]), c), "name-agency")]
    if kind == "label-name":
        return [(_fmt(rng.choice(L["label_name"]), c), "label-name")]
    if kind == "name-place":
        sep = rng.choice([" | ", ", ", " · "])
        tail = rng.choice(["", "", " |"]) if c["loc"] == "en-in" else ""
        return [(_fmt(by, c) + sep + L["place"] + tail, bytag + "-place")]
    sep = rng.choice([" | ", " · ", " ", ", "])
    return [(_fmt(by, c) + sep + c["email"], bytag + "-email")]


def _when(c, rng):
    fam = c["fam"]
    kind = _wchoice(rng, [("pub", 5), ("upd", 1), ("pub+upd", 2.5), ("pub/upd", 1.5), ("rel", 1.5)])
    if kind == "pub":
        return [(fam[0], "date")]
    if kind == "upd":
        return [(fam[1], "updated")]
    if kind == "pub+upd":
        if fam[2] and rng.random() < 0.7:
            return [(fam[2], "date+updated")]
        return [(fam[0] + rng.choice([" | ", " · ", " - ", ", "]) + fam[1], "date+updated")]
    if kind == "pub/upd":
        return [(fam[0], "date"), (fam[1], "updated")]
    return [(rel_time(c["loc"], rng), "reltime")]


def _short_tag(t):
    """tag of one part of a byline flattened onto one line"""
    for pre in ("by-name", "by-caps", "label-name"):
        if t.startswith(pre):
            t = "name" + t[len(pre):]
    return {"updated": "date", "date+updated": "date", "name-agency": "agency", "authors": "name"}.get(t, t)


def byline_top(c, rng):
    who = _who(c, rng) if rng.random() < 0.88 else []
    when = _when(c, rng) if (rng.random() < 0.8 or not who) else []
    read = [(read_time(c["loc"], rng), "readtime")] if rng.random() < 0.3 else []
    extra = []
    named = who and who[0][1] != "agency"
    if named and rng.random() < 0.12:
        extra.append((_fmt(rng.choice(c["L"]["handle"]), c), "handle"))
    if named and rng.random() < 0.08:
        extra.append((_fmt(rng.choice(c["L"]["edited"]), c), "edited-by"))
    parts = who + when + read
    if rng.random() < 0.15 and when and who:
        parts = when + who + read                  # date above the name
    if rng.random() < 0.4 and len(parts) > 1:
        # flattened onto one line
        k = rng.randint(2, len(parts))
        sep = rng.choice(SEPS + [" ", "  "])
        head = parts[:k]
        line = sep.join(x for x, _ in head)
        tags = []
        for _, t in head:
            t = _short_tag(t)
            if tags and t == tags[-1]:
                continue
            if tags and t == "job" and tags[-1] == "name":
                tags[-1] = "name-job"
                continue
            tags.append(t)
        parts = [(line, "+".join(tags))] + parts[k:]
    parts += extra
    return [(x, "byline/" + t) for x, t in parts]


def byline_foot(c, rng):
    L = c["L"]
    kinds = _wsample(rng, [("bio", 3), ("contrib", 3), ("email", 1.2), ("handle", 1.2), ("author-link", 1.2),
                           ("by", 1), ("edited", 0.7)], rng.choice([1, 1, 2, 2, 3]))
    out = []
    for k in kinds:
        if k == "bio":
            out.append((_fmt(rng.choice(L["bios"]), c), "byline/bio"))
        elif k == "contrib":
            out.append((_fmt(rng.choice(L["contrib"]), c), "byline/contrib-note"))
        elif k == "email":
            out.append((_fmt(rng.choice(L["email"]), c), "byline/email"))
        elif k == "handle":
            out.append((_fmt(rng.choice(L["handle"]), c), "byline/handle"))
        elif k == "author-link":
            out.append((_fmt(rng.choice(L["author_link"]), c), "byline/author-link"))
        elif k == "edited":
            out.append((_fmt(rng.choice(L["edited"]), c), "byline/edited-by"))
        else:
            out.append((_fmt(rng.choice([t for t in L["by"] if t != "{n}"] or ["{n}"]), c), "byline/by-name"))
    return out


def gen_byline(art, rng, paras, headline):
    c = make_ctx(art["loc"], rng)
    doc = Doc(headline, paras)
    mode = _wchoice(rng, [("top", 5), ("after-lead", 1.5), ("top+foot", 2), ("foot", 1.2), ("split", 0.8)])
    n = len(paras)
    if mode in ("top", "top+foot"):
        place(doc, rng, 0, byline_top(c, rng))
    if mode == "after-lead":                      # standfirst paragraph, then the byline
        place(doc, rng, 1, byline_top(c, rng))
    if mode in ("top+foot", "foot"):
        place(doc, rng, n, byline_foot(c, rng))
    if mode == "split":                           # date under the headline, author block at the end
        w = _when(c, rng)
        place(doc, rng, 0, [(x, "byline/" + t) for x, t in w])
        foot = [(x, "byline/" + t) for x, t in _who(c, rng)] + byline_foot(c, rng)[:1]
        place(doc, rng, n, foot)
    return doc


# --------------------------------------------------------------------------
# CAPTION
# --------------------------------------------------------------------------
def _credit(C, rng):
    ph = rng.choice(C["ph"])
    return rng.choice(C["credits"]).format(ph=ph, PH=ph.upper())


def _dc(C, rng, d, cred):
    tpl = rng.choice(C["dc"])
    labelled = any(k in cred for k in (":", "©", " by ", "nuotr.", " – ", "Photo / ", "Image by", "Screenshot"))
    if cred.startswith("("):
        tpl = rng.choice(["{d} {c}", "{d}. {c}"])
    elif tpl == "{d}.{c}" and not cred.startswith("Credit:"):
        tpl = "{d}. {c}"
    elif not labelled and tpl in ("{d} {c}", "{d} | {c}"):
        tpl = rng.choice(["{d}. {c}", "{d} ({c})", "{d}. ({c})"])
    day = rng.randint(1, 3)
    fdate = f"{'1er' if day == 1 else day} décembre 2026"
    return tpl.format(d=d, c=cred, fdate=fdate)


def _period(rng, d):
    return d + "." if rng.random() < 0.4 else d


def caption_items(art, C, rng, desc, k, restate=False):
    loc = art["loc"]
    tag = "restate" if restate else "desc"
    shapes = [("dc", 30), ("2line", 14), ("2line-credit-first", 5), ("credit+desc", 4), ("counter", 8),
              ("control", 7)]
    if not restate:
        shapes += [("credit-only", 7)]
    if C["illu"]:
        shapes.append(("illu", 5))
    if loc == "sk":
        shapes.append(("na-snimke", 12))
    if loc == "nb" and not restate:
        shapes.append(("capslead", 12))
    if loc == "en-tech":
        shapes.append(("figure", 16))
    shape = _wchoice(rng, shapes)
    cred = _credit(C, rng)
    if shape == "dc":
        return [(_dc(C, rng, desc, cred), f"caption/{tag}+credit")]
    if shape == "2line":
        return [(_period(rng, desc), f"caption/{tag}-line"), (cred, "caption/credit-line")]
    if shape == "2line-credit-first":
        return [(cred, "caption/credit-line-first"), (_period(rng, desc), f"caption/{tag}-line")]
    if shape == "credit+desc":
        return [(cred + rng.choice([" ", " | ", " — "]) + _period(rng, desc), f"caption/credit+{tag}")]
    if shape == "credit-only":
        return [(cred, "caption/credit-only")]
    if shape == "counter":
        n = rng.randint(4, 24)
        i = rng.randint(1, n)
        cnt = rng.choice(C["counters"]).format(i=i, n=n)
        if rng.random() < 0.5:
            return [(cnt, "caption/counter"), (_dc(C, rng, desc, cred), f"caption/{tag}+credit")]
        return [(f"{cnt} {_dc(C, rng, desc, cred)}", f"caption/counter+{tag}+credit")]
    if shape == "control":
        ctl = (rng.choice(C["controls"]), "caption/control")
        body = (_dc(C, rng, desc, cred), f"caption/{tag}+credit")
        return [ctl, body] if rng.random() < 0.6 else [body, ctl]
    if shape == "illu":
        illu = rng.choice(C["illu"])
        r = rng.random()
        if r < 0.35:
            return [(illu, "caption/illustrative"), (cred, "caption/credit-line")]
        if r < 0.7:
            return [(f"{desc} ({illu.strip('()')})" + rng.choice(["", " " + cred]), f"caption/{tag}+illustrative")]
        return [(illu, "caption/illustrative")]
    if shape == "na-snimke":
        d = desc[0].lower() + desc[1:]
        dt = rng.choice(["", f" {rng.randint(1, 3)}. decembra 2026", " v stredu"])
        return [(f"Na snímke {d}{dt}. {cred}", f"caption/na-snimke+{tag}+credit")]
    if shape == "capslead":
        lead = art["cap_leads"][art["captions"].index(desc)]
        return [(f"{lead} {desc}. {cred}", "caption/capslead+desc+credit")]
    # figure
    fig = rng.choice(C["figs"]).format(k=k, d=desc)
    if rng.random() < 0.4:
        fig = fig.rstrip(".") + f" ({cred})"
    return [(fig, "caption/figure")]


def gen_caption(art, rng, paras, headline):
    C = CAP[art["loc"]]
    doc = Doc(headline, paras)
    n = len(paras)
    nimg = rng.choice([1, 1, 2, 2, 3])
    slots = [(0, 3.0)] + [(j, 1.0) for j in range(1, n)] + [(n, 0.5)]
    where = _wsample(rng, slots, nimg)
    descs = rng.sample(art["captions"], nimg)
    placed = []
    for k, (j, d) in enumerate(sorted(zip(where, descs)), 1):
        placed.append((j, caption_items(art, C, rng, d, k)))
    ri, rtext = art["restate"]
    if ri < n and (rng.random() < 0.22):
        j = ri + 1 if rng.random() < 0.6 else ri
        placed.append((j, caption_items(art, C, rng, rtext, len(placed) + 1, restate=True)))
    for j, items in placed:
        place(doc, rng, j, items)
    return doc


# --------------------------------------------------------------------------
# DUPHEAD
# --------------------------------------------------------------------------
def _og(h):
    t = (h.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("„", '"')
         .replace("«\u00a0", '"').replace("\u00a0»", '"').replace("«", '"').replace("»", '"')
         .replace(" – ", " - ").replace(" — ", " - "))
    return t


def _sentence_case(h):
    words = h.split()
    keep = {"Lake", "County", "School", "Board", "Pine", "Hollow", "Cedar", "Ridge"}
    out = [words[0]] + [w if w in keep and i < 4 else w.lower() for i, w in enumerate(words[1:], 1)]
    return " ".join(out)


def dup_form(art, D, rng, h, form):
    if form == "exact":
        return (h, "duphead/exact")
    if form == "caps":
        return (h.upper(), "duphead/caps")
    if form == "stop":
        return (h + ".", "duphead/trailing-stop")
    if form == "suffix":
        return (h + rng.choice(D["suffix"]), "duphead/title+site")
    if form == "og":
        o = _og(h)
        if o != h:
            return (o + rng.choice(["", "", rng.choice(D["suffix"])]), "duphead/og-title")
        return (h + rng.choice([" | ", " - ", " – "]) + LOC[art["loc"]]["site"], "duphead/og-title+site")
    if form == "media":
        return (h + rng.choice(D["media"]), "duphead/title+media-tag")
    if form == "sentence":
        return (_sentence_case(h), "duphead/sentence-case")
    raise KeyError(form)


def gen_duphead(art, rng, paras, headline):
    loc = art["loc"]
    D = DUP[loc]
    doc = Doc(headline, paras)
    n = len(paras)
    short = headline == art["short"]
    forms = [("exact", 10), ("caps", 3), ("stop", 2), ("suffix", 4), ("og", 3)]
    if D["media"]:
        forms.append(("media", 1.5))
    if loc == "en-us" and not short and _sentence_case(headline) != headline:
        forms.append(("sentence", 2))

    def lab(items):
        return [(x, l + "-short" if short and l.startswith("duphead/") and l not in
                 ("duphead/kicker", "duphead/breadcrumb") else l) for x, l in items]

    def crumb():
        parts = list(rng.choice(D["crumbs"]))
        if rng.random() < 0.3:
            parts.append(headline)
            return (rng.choice(CRUMB_SEPS).join(parts), "duphead/breadcrumb+title")
        return (rng.choice(CRUMB_SEPS).join(parts), "duphead/breadcrumb")

    def kicker():
        k = rng.choice(D["kickers"])
        return (k.upper() if rng.random() < 0.35 else k, "duphead/kicker")

    scen = _wchoice(rng, [("below", 22), ("title-above", 14), ("crumb-kicker", 16), ("kicker-glued", 6),
                          ("foot", 5), ("multi", 16), ("glued-below", 8)])
    if scen == "below":
        place(doc, rng, 0, lab([dup_form(art, D, rng, headline, _wchoice(rng, forms))]), glue_p=0.0)
    elif scen == "glued-below":
        doc.add("tail", 0, [(x, l + "/glued") for x, l in lab([dup_form(art, D, rng, headline, _wchoice(rng, forms))])])
    elif scen == "title-above":
        f = _wchoice(rng, [("suffix", 5), ("og", 2), ("exact", 2), ("caps", 1)])
        above_headline(doc, lab([dup_form(art, D, rng, headline, f)]), blank=rng.random() < 0.7)
    elif scen == "crumb-kicker":
        items = []
        if rng.random() < 0.75:
            items.append(crumb())
        if rng.random() < 0.6 or not items:
            items.append(kicker())
        f = _wchoice(rng, [("exact", 6), ("caps", 1), ("stop", 1)])
        items.append(dup_form(art, D, rng, headline, f))
        place(doc, rng, 0, lab(items), glue_p=0.1, stack_p=0.7)
    elif scen == "kicker-glued":
        doc.add("head", 0, [(x, l + "/above") for x, l in [kicker()]])
        place(doc, rng, 0, lab([dup_form(art, D, rng, headline, _wchoice(rng, forms))]), glue_p=0.0)
    elif scen == "foot":
        f = _wchoice(rng, [("suffix", 3), ("og", 2), ("exact", 2)])
        place(doc, rng, n, lab([dup_form(art, D, rng, headline, f)]), glue_p=0.2)
    else:
        above_headline(doc, lab([dup_form(art, D, rng, headline, _wchoice(rng, [("suffix", 3), ("og", 1)]))]))
        items = []
        if rng.random() < 0.6:
            items.append(crumb())
        if rng.random() < 0.4:
            items.append(kicker())
        items.append(dup_form(art, D, rng, headline, _wchoice(rng, forms)))
        place(doc, rng, 0, lab(items), glue_p=0.1)
        if rng.random() < 0.3:
            place(doc, rng, n, lab([dup_form(art, D, rng, headline, "og")]), glue_p=0.0)
    return doc


# --------------------------------------------------------------------------
# PROMO
# --------------------------------------------------------------------------
PROMO_W = dict(related=3, ad=3, newsletter=2.5, paywall=1.5, social=1, app=1, channel=1.2, comments=1, podcast=0.8,
               donate=0.8, cookie=1, google=0.8, catchall=1.2, tip=1, license=0.8, hiring=1, rss=0.8, product=1.6,
               offer=1.2, disclosure=1)


def promo_box(P, t, rng):
    parts = P[t]
    items = []
    for sub, p, alts in parts:
        if rng.random() < p:
            items.append((rng.choice(alts), f"promo/{t}" if len(parts) == 1 else f"promo/{t}-{sub}"))
    if not items:
        sub, _, alts = parts[0]
        items.append((rng.choice(alts), f"promo/{t}" if len(parts) == 1 else f"promo/{t}-{sub}"))
    return items


def gen_promo(art, rng, paras, headline):
    P = PROMO[art["loc"]]
    doc = Doc(headline, paras)
    n = len(paras)
    mid = list(range(1, n))
    kinds = _wsample(rng, [(t, PROMO_W[t]) for t in P], rng.choice([1, 1, 2, 2, 2, 3, 3, 4]))
    for t in kinds:
        if t == "ad":
            A = P["ad"]
            reps = rng.randint(1, 2) if art["loc"] == "en-tech" else rng.randint(2, min(7, n + 2))
            same = rng.random() < 0.7
            lab0 = rng.choice(A["labels"])
            for _ in range(reps):
                j = rng.choice([0] + mid + [n] if rng.random() < 0.3 else mid)
                items = [(lab0 if same else rng.choice(A["labels"]), "promo/ad-label")]
                if rng.random() < 0.2:
                    items.append((rng.choice(A["cont"]), "promo/ad-continue"))
                place(doc, rng, j, items, glue_p=0.15)
        elif t == "related":
            R = P["related"]
            inl0, lab0 = rng.choice(R["inline"]), rng.choice(R["label"])
            for _ in range(rng.choice([1, 1, 2, 2, 3])):
                j = rng.choice(mid + [n])
                ts = rng.sample(art["teasers"], rng.choice([1, 2]))
                if rng.random() < 0.55:
                    inl = inl0 if rng.random() < 0.75 else rng.choice(R["inline"])
                    items = [(inl.format(t=ts[0]), "promo/related-inline")]
                else:
                    lab = lab0 if rng.random() < 0.75 else rng.choice(R["label"])
                    items = [(lab, "promo/related-label")] + [(x, "promo/related-title") for x in ts]
                place(doc, rng, j, items)
        else:
            box = promo_box(P, t, rng)
            if t == "cookie":
                spots = [rng.choice([0, n])]
            elif t == "paywall":
                spots = [rng.choice(mid[1:] or mid or [n]) if rng.random() < 0.6 else n]
            elif t in ("newsletter", "app", "channel", "google", "product", "offer", "catchall", "social"):
                spots = [rng.choice(mid + [n, n])]
                if rng.random() < 0.4:
                    extra = rng.randint(1, 3 if t in ("newsletter", "channel", "product") else 2)
                    spots += [rng.choice(mid + [n]) for _ in range(extra)]
            elif t == "disclosure":
                spots = [rng.choice([0, 0, n])]
            else:
                spots = [n if rng.random() < 0.7 else rng.choice(mid or [n])]
            for j in spots:
                place(doc, rng, j, list(box))
    return doc


GEN = dict(byline=gen_byline, caption=gen_caption, duphead=gen_duphead, promo=gen_promo)


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


if __name__ == "__main__":
    sys.exit(harness.main(sys.modules[__name__], "noise_seventh", 7))
