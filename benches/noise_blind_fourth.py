#!/usr/bin/env python3
"""Independent ("fourth") synthetic noise test set for `rinse`.

Written blind on 2026-12-03 by a helper that read neither rinse's rules nor
its other noise sets, before any rule was tuned on it; the rules were then
tuned on the shapes it showed failing (see README, noise recall). Run from
the repository's root after `cargo build --release`.

Written blind: without reading rinse's rules, sources or benches.

Each text = headline line, scraper-flattened noise of ONE primary kind
(byline / caption / duphead / promo), and an article of 4-7 paragraphs
(written fresh here; 8 English topics + Portuguese, Dutch, Polish, Hungarian).

A text PASSES when every noise line is gone from rinse's output (whole
lines, stripped; also no leftover fragment of a noise line) AND every
article paragraph is still present verbatim as an output line.
"article damaged" = a paragraph lost or altered.

Standard library only.  Usage:
    python3 noise_fourth.py [--seed 4] [--rinse PATH] [--n 400] [--show 40] [--dump DIR]
"""
import argparse
import collections
import difflib
import os
import random
import string
import subprocess
import sys
import unicodedata

# --------------------------------------------------------------------------
# Articles (written for this test set)
# --------------------------------------------------------------------------

ARTICLES = [
    dict(
        id="food", lang="en",
        headlines=["One-pan lemon orzo with chicken thighs", "Lemon Orzo", "Weeknight Orzo"],
        site="Kitchen Notes",
        role="Deputy Food Editor",
        org="the Harrowgate Cookery School",
        captions=["Golden chicken thighs resting on a bed of lemony orzo",
                  "The finished dish, scattered with parsley and feta.",
                  "Toasting the orzo before the stock goes in"],
        paras=[
            "There are weeknights when the idea of washing more than one pan feels like a personal insult, and this is the dish I make on those evenings. Orzo cooks directly in the stock with the chicken, soaking up every bit of flavour, and the whole thing is on the table in about forty minutes.",
            "Start by seasoning six bone-in chicken thighs generously with salt, pepper and a pinch of smoked paprika. Brown them skin side down in a wide, heavy pan over medium heat until the skin is deeply golden and most of the fat has rendered out, which takes about ten minutes.",
            "Lift the chicken out and pour off all but two tablespoons of the fat. Soften a sliced onion and three cloves of garlic in what remains, then stir in 300g of orzo and let it toast for a minute or two, until it smells faintly nutty.",
            "Pour in 750ml of hot chicken stock, the zest and juice of one lemon and a few sprigs of thyme. Nestle the thighs back on top, skin side up, and slide the pan into an oven heated to 200C for twenty to twenty-five minutes.",
            "The orzo is ready when it has absorbed nearly all of the liquid but still looks glossy. If it seems dry before the chicken is cooked through, add a splash of boiling water; if it is soupy, give it five more minutes uncovered.",
            "Finish with a big handful of chopped parsley and a few crumbles of feta, if you have some in the fridge. Leftovers keep for three days, and I would argue the orzo is even better cold the next day, eaten straight from the container at your desk.",
        ]),
    dict(
        id="council", lang="en",
        headlines=["Councillors back 14 miles of new cycle lanes despite traders' objections", "Cycle Lanes Approved", "Council Votes"],
        site="The Harrowgate Post",
        role="Local Democracy Reporter",
        org="Harrowgate Borough Council",
        captions=["Station Road, where the first section of segregated lane will be built",
                  "Councillors during Tuesday's meeting at the town hall.",
                  "An artist's impression of the redesigned High Street junction"],
        paras=[
            "Plans for fourteen miles of protected cycle lanes across Harrowgate were approved on Tuesday night after a four-hour meeting in which councillors heard from shop owners, parents and a retired bus driver who said he had not felt safe on a bicycle in the town for thirty years.",
            "The scheme, which will cost an estimated £6.2 million, is largely funded by a government active travel grant. The first phase, along Station Road and the inner ring road, is due to begin in September and is expected to take around eighteen months.",
            "Traders on the High Street have opposed the removal of forty-two on-street parking bays, arguing that customers will simply drive to the retail park on the edge of town instead. A petition against the changes gathered more than 2,300 signatures in six weeks.",
            "Councillor Jean Whitfield, cabinet member for transport, told the meeting that surveys showed most High Street shoppers already arrived on foot or by bus. She said the council would review loading arrangements after six months and promised that no business would lose access for deliveries.",
            "Opposition councillors called for the vote to be delayed until a fuller economic assessment had been carried out. Their amendment was defeated by twenty-six votes to nineteen, with two abstentions, and the original proposal was then approved without further changes.",
            "Residents can view the detailed drawings at the library on Cross Street or online, and a drop-in session with the project engineers is planned for next month. The council said it would write to every affected household before work starts.",
            "A council spokesperson said bus services on the affected routes would not be diverted during construction, although some stops may move temporarily. Updates will be posted on the council website and on signs at each stop at least a week in advance.",
        ]),
    dict(
        id="science", lang="en",
        headlines=["Songbirds use Earth's magnetic field to 'reset' their route mid-flight, study finds", "Magnetic Birds", "Lost? Not Quite"],
        site="Science Daily Wire",
        role="Science Editor",
        org="the Helgoland Bird Observatory",
        captions=["A garden warbler fitted with a lightweight radio tag",
                  "Researchers release tagged birds on the island of Helgoland.",
                  "Migrating birds at dusk over the Baltic coast"],
        paras=[
            "Small migratory songbirds appear to check their position against the Earth's magnetic field several times during a single night's flight, according to research published on Wednesday. The findings suggest the birds can correct for being blown off course far more precisely than scientists had assumed.",
            "The team fitted forty-eight garden warblers with radio tags weighing less than a paperclip and tracked them as they crossed the Baltic Sea. Some birds were briefly exposed to an artificially shifted magnetic field before release, while a control group was handled in the same way without the shift.",
            "Birds in the shifted group initially set off in the wrong direction, as expected. But within about ninety minutes most had turned back towards their usual route, which the authors say points to a second, independent map sense that the birds consult once they are airborne.",
            "'We used to think of the magnetic compass as something a bird checks before take-off and then more or less trusts,' said the study's lead author, who is based at a university in northern Germany. 'What we see instead is a bird that keeps asking where it is.'",
            "Other researchers cautioned that the sample was small and limited to a single species. They noted that the experiment cannot yet say which sense organ detects magnetic information, a question that has divided the field for more than two decades.",
            "The group now plans to repeat the study with robins and pied flycatchers next autumn. They hope the work will eventually help explain why some populations are shifting their migration routes as the climate changes and stopover habitats disappear.",
        ]),
    dict(
        id="football", lang="en",
        headlines=["Late Okonkwo header sends Ashford through after cup thriller", "Okonkwo Delivers", "Giant-killers"],
        site="Sportsdesk",
        role="Chief Football Writer",
        org="Ashford Town FC",
        captions=["Emeka Okonkwo celebrates his stoppage-time winner",
                  "Tyler Moss curls in the equaliser on the hour.",
                  "Ashford supporters invade the pitch after the final whistle"],
        paras=[
            "Ashford Town are through to the fourth round of the cup for the first time in a decade after Emeka Okonkwo rose highest in the ninety-third minute to head home a corner and settle a breathless tie against Millbrook Rovers at a packed Riverside Ground.",
            "Rovers, two divisions higher, had dominated the first half and took the lead through Callum Price, who drove a low shot inside the near post after Ashford failed to clear a long throw. Their goalkeeper was barely tested until the final minutes before the break.",
            "Ashford manager Gary Foulds made a double substitution at half-time, switching to a back three, and the change transformed the match. Winger Tyler Moss equalised on the hour with a curling effort from the edge of the area that left the goalkeeper rooted to the spot.",
            "Both sides hit the woodwork in a frantic final twenty minutes, and Rovers had a penalty appeal turned down when Price went down under a challenge from captain Dean Whitlock. Replays suggested the referee was right to wave play on.",
            "Then, deep into stoppage time, Moss swung in a corner from the right and Okonkwo, who had only come on in the eightieth minute, met it with a firm header that looped over the goalkeeper and into the far corner.",
            "Foulds said afterwards that the victory would pay for new floodlights and a refurbished youth pitch. 'These lads work in warehouses and on building sites all week,' he said. 'Nobody can take a night like this away from them.'",
            "Ashford will learn their fourth-round opponents when the draw is made on Monday evening. The club has already said that season-ticket holders will get priority for any home tie, with remaining tickets going on general sale the following weekend.",
        ]),
    dict(
        id="review", lang="en",
        headlines=["Sonara Pods 3 review: great noise cancelling, merely good battery", "Sonara Pods 3", "Quiet, Please"],
        site="TechPulse",
        role="Senior Reviews Editor",
        org="Sonara",
        captions=["The Sonara Pods 3 in their redesigned charging case",
                  "The buds come with three sizes of silicone tip.",
                  "The companion app's equaliser screen"],
        paras=[
            "The Sonara Pods 3 are the company's third attempt at a premium pair of wireless earbuds, and they are the first that I would happily recommend to a friend. They cost £179, which puts them in direct competition with the best-known names in the category.",
            "The charging case is smaller than before and finally supports wireless charging. The buds themselves are light and sit securely, though people with smaller ears may find the medium tips a little bulky. Three sizes are included in the box, along with a short USB-C cable.",
            "Noise cancelling is the headline improvement. On a crowded commuter train it removed the low rumble of the carriage almost completely and did a respectable job with voices nearby. Transparency mode sounds natural enough that I could hold a conversation without taking them out.",
            "Sound quality is warm and detailed, with bass that stays controlled even at high volume. The companion app offers a five-band equaliser and a hearing test that tailors the output, although the app asks you to create an account before you can change any settings.",
            "Battery life is the weak spot. I averaged just under six hours with noise cancelling switched on, about an hour less than the company claims, and the case provides roughly three further charges. A fifteen-minute top-up gives around two hours of playback.",
            "If battery life is your priority, there are better options for less money. But for anyone who wants excellent noise cancelling in a comfortable, well-made package, the Pods 3 are among the best earbuds you can buy right now.",
        ]),
    dict(
        id="travel", lang="en",
        headlines=["Three days in Ljubljana: a small capital that rewards slowing down", "Slow Ljubljana", "Ljubljana"],
        site="Wander Weekly",
        role="Travel Writer",
        org="the Slovenian Tourist Board",
        captions=["Willow trees along the Ljubljanica river in the old town",
                  "The Triple Bridge at dusk.",
                  "View of the Julian Alps from Ljubljana Castle"],
        paras=[
            "Ljubljana is a city best explored without an itinerary. The old town is compact enough to cross on foot in twenty minutes, yet on my first afternoon I managed to spend three hours in it, drifting between riverside cafes, bookshops and a market that seemed to sell nothing but honey.",
            "The Ljubljanica river curls through the centre, lined with weeping willows and crossed by a string of bridges designed by the architect Joze Plecnik. His influence is everywhere, from the colonnaded market halls to the lamp posts, and a free walking tour from the town hall explains it well.",
            "A funicular climbs to the castle in about a minute, but the twenty-minute walk up through the woods is more rewarding. From the viewing tower on a clear morning you can see the Julian Alps, still capped with snow in late spring, beyond the red roofs of the city.",
            "Food here borrows from Italy, Austria and the Balkans at once. At the Friday Open Kitchen market, dozens of stalls sell everything from grilled trout to vegan curries, and a plate with a glass of local wine rarely costs more than twelve euros.",
            "Lake Bled is an easy day trip by bus, and most visitors make it. If you would rather avoid the crowds, take the train to Skofja Loka instead, a medieval town where you may well have the cobbled square entirely to yourself.",
            "Trains from Venice and Zagreb take roughly four and two and a half hours respectively, and the city's airport is served by several low-cost airlines. Spring and early autumn are the best times to visit, when the weather is mild and the cafe terraces are full.",
        ]),
    dict(
        id="health", lang="en",
        headlines=["Iron deficiency: the signs to look for and when to see a doctor", "Iron Deficiency", "Tired All the Time?"],
        site="Health Matters",
        role="Health Correspondent",
        org="the British Dietetic Association",
        captions=["Leafy greens, lentils and red meat are good dietary sources of iron",
                  "A nurse takes a blood sample for a ferritin test.",
                  "Iron supplements are best taken with vitamin C"],
        paras=[
            "Iron deficiency is the most common nutritional deficiency in the world, and many people who have it do not know. Iron is needed to make haemoglobin, the protein in red blood cells that carries oxygen around the body, so running low can leave you feeling exhausted.",
            "Typical symptoms include tiredness that does not improve with rest, shortness of breath during ordinary activity, pale skin and heart palpitations. Some people also notice brittle nails, hair loss or an unusual craving to chew ice, a habit doctors call pagophagia.",
            "Women with heavy periods, pregnant women, frequent blood donors and people who follow a vegetarian or vegan diet without planning it carefully are at higher risk. In older adults, unexplained iron deficiency can be a sign of slow bleeding in the gut and always needs investigating.",
            "A simple blood test can measure haemoglobin and ferritin, the protein that stores iron. Ferritin often falls well before anaemia develops, which is why a GP may recommend treatment even when your haemoglobin is still within the normal range.",
            "Supplements are usually taken once a day or on alternate days, which recent studies suggest may be absorbed better. They can cause constipation or an upset stomach, and taking them with a glass of orange juice rather than tea or coffee helps the body absorb the iron.",
            "You should not start high-dose iron without talking to a doctor, because too much iron can be harmful. See a GP if tiredness lasts more than a few weeks, and seek urgent help if you notice black stools or are short of breath at rest.",
        ]),
    dict(
        id="court", lang="en",
        headlines=["Landlord fined £48,000 after tenants lived with black mould for two years", "Landlord Fined", "Mould Case"],
        site="Riverside Gazette",
        role="Courts Reporter",
        org="Westbury City Council",
        captions=["Mould on the bedroom wall of the Canal Street flat, photographed by council inspectors",
                  "Westbury Magistrates' Court.",
                  "Derek Armitage leaves court after sentencing"],
        paras=[
            "A landlord who let tenants live in a flat with black mould, a broken boiler and exposed wiring for almost two years has been fined £48,000 and ordered to pay costs of £9,500 at Westbury Magistrates' Court.",
            "Derek Armitage, 61, of Oakfield Lane, pleaded guilty to six offences under housing regulations relating to a two-bedroom property on Canal Street. The court heard that a young couple and their infant son lived there from March 2023 until the council rehoused them last winter.",
            "Environmental health officers who inspected the flat found mould covering the walls of the child's bedroom and water dripping through a light fitting in the bathroom. The tenants had reported the problems to Armitage at least eleven times by text message, the prosecution said.",
            "In mitigation, Armitage's solicitor said his client had been caring for his wife, who was seriously ill, and had 'lost control' of his small portfolio of properties. He said Armitage had since appointed a managing agent and had spent £22,000 on repairs.",
            "District Judge Anita Shah said the case was 'at the very top end of seriousness' for offences of this kind. She told Armitage that personal difficulties could not excuse leaving a baby to sleep in a room she described as unfit for human habitation.",
            "After the hearing, the council's head of private sector housing urged other tenants in similar conditions to come forward. She said the authority had prosecuted nine landlords in the past year and would not hesitate to use banning orders where necessary.",
        ]),
    dict(
        id="pt-obras", lang="pt",
        headlines=["Prefeitura anuncia obras de drenagem após enchentes no bairro Santa Luzia", "Obras em Santa Luzia", "Drenagem"],
        site="Folha do Vale",
        role="Repórter",
        org="Prefeitura de Vale Verde",
        captions=["Rua do bairro Santa Luzia alagada durante a chuva de janeiro",
                  "Moradores limpam a lama de uma loja após a enchente.",
                  "O córrego do Bugre, que será canalizado"],
        paras=[
            "A Prefeitura de Vale Verde anunciou nesta segunda-feira um pacote de obras de drenagem para o bairro Santa Luzia, um dos mais atingidos pelas enchentes de janeiro. O investimento previsto é de R$ 38 milhões, com recursos do município e de um financiamento federal.",
            "Segundo a Secretaria de Obras, o projeto inclui a ampliação de galerias pluviais, a construção de dois reservatórios subterrâneos e a canalização de um trecho de 1,2 quilômetro do córrego do Bugre, que transbordou três vezes apenas neste verão.",
            "Moradores ouvidos pela reportagem receberam a notícia com cautela. 'Já prometeram isso em outras eleições e nada aconteceu', disse a comerciante Cláudia Mendes, que perdeu parte do estoque da sua papelaria quando a água chegou a um metro de altura.",
            "O secretário de Obras, Renato Albuquerque, afirmou que a licitação deve ser publicada até o fim de abril e que as primeiras frentes de trabalho começam no segundo semestre. A conclusão total está prevista para dezembro de 2026.",
            "Durante as obras, algumas ruas terão o trânsito interditado em horários alternados. A prefeitura promete divulgar os desvios com antecedência e manter o acesso de pedestres e de veículos de emergência em todos os trechos.",
            "A Defesa Civil lembra que, em caso de chuva forte, os moradores de áreas de risco devem procurar os pontos de apoio instalados nas escolas municipais. O telefone 199 funciona vinte e quatro horas por dia.",
        ]),
    dict(
        id="nl-wonen", lang="nl",
        headlines=["Gemeente bouwt zeshonderd woningen op oud bedrijventerrein De Kade", "Wonen op De Kade", "Zeshonderd woningen"],
        site="Dagblad Noord",
        role="Verslaggever",
        org="Gemeente Zwolle",
        captions=["Het voormalige bedrijventerrein De Kade, gezien vanaf het kanaal",
                  "Wethouder Marieke Dijkstra tijdens het debat in de raadszaal.",
                  "Een impressie van de nieuwe woonwijk"],
        paras=[
            "Op het voormalige bedrijventerrein De Kade in Zwolle moeten de komende zeven jaar ongeveer zeshonderd woningen verrijzen. De gemeenteraad stemde dinsdagavond in met het bestemmingsplan, na een debat dat tot ver na middernacht duurde.",
            "Van de nieuwe woningen wordt veertig procent sociale huur en nog eens dertig procent valt in het middensegment. Volgens wethouder Marieke Dijkstra is dat hard nodig: de wachttijd voor een huurwoning in de stad is inmiddels opgelopen tot ruim negen jaar.",
            "Op het terrein zaten tot voor kort een betonfabriek en een groothandel in bouwmaterialen. De grond is op verschillende plekken vervuild en moet eerst worden gesaneerd, wat volgens de gemeente ongeveer twee jaar in beslag neemt.",
            "Omwonenden maken zich vooral zorgen over het verkeer. De wijk heeft maar één toegangsweg en die staat in de spits nu al regelmatig vast. De gemeente belooft een nieuwe fietsbrug over het kanaal en een extra busverbinding naar het station.",
            "Oppositiepartijen vinden het plan te weinig ambitieus. Zij wilden meer sociale huurwoningen en een groter park in het midden van de wijk. Een motie om het aandeel sociale huur te verhogen naar vijftig procent haalde het niet.",
            "De eerste bouwvergunningen worden naar verwachting begin volgend jaar aangevraagd. Belangstellenden kunnen zich nu al inschrijven voor een informatieavond, die in maart in het wijkcentrum aan de Hanzelaan wordt gehouden.",
        ]),
    dict(
        id="pl-bobry", lang="pl",
        headlines=["Bobry wróciły nad Wisłę. Naukowcy policzyli żeremia", "Bobry wróciły", "Bobry"],
        site="Kurier Miejski",
        role="Dziennikarka działu Nauka",
        org="Uniwersytet Warszawski",
        captions=["Tama zbudowana przez bobry na jednym z dopływów Wisły",
                  "Naukowcy podczas liczenia żeremi w okolicach Góry Kalwarii.",
                  "Drzewo ścięte przez bobra nad starorzeczem"],
        paras=[
            "Populacja bobrów w dolinie środkowej Wisły jest dziś kilkukrotnie większa niż dwadzieścia lat temu. Takie wnioski płyną z badań przyrodników z Uniwersytetu Warszawskiego, którzy przez dwa sezony liczyli żeremia i tamy na odcinku blisko stu kilometrów rzeki.",
            "Badacze naliczyli ponad trzysta zamieszkałych stanowisk. Większość z nich znajduje się na starorzeczach i w małych dopływach, gdzie bobry budują tamy spiętrzające wodę. Według autorów raportu to dobra wiadomość dla całego ekosystemu doliny.",
            "Rozlewiska tworzone przez bobry zatrzymują wodę w krajobrazie i łagodzą skutki suszy. Korzystają na tym ryby, płazy i ptaki wodne, a także rolnicy, których pola w pobliżu rozlewisk rzadziej cierpią z powodu niedoboru wody latem.",
            "Nie wszyscy są jednak zadowoleni. Właściciele sadów i lasów prywatnych skarżą się na zniszczone drzewa i podtopione łąki. W ubiegłym roku regionalna dyrekcja ochrony środowiska wypłaciła z tego tytułu odszkodowania na kwotę ponad dwóch milionów złotych.",
            "Naukowcy proponują, by zamiast odstrzału częściej stosować proste rozwiązania techniczne, takie jak rury przepustowe w tamach czy siatki ochronne na pniach cennych drzew. Ich zdaniem to tańsze i skuteczniejsze niż przenoszenie zwierząt.",
            "Kolejne liczenie zaplanowano na jesień przyszłego roku. Tym razem badacze chcą wykorzystać drony z kamerami termowizyjnymi, które pozwolą sprawdzić, czy żeremia są rzeczywiście zamieszkane, bez niepokojenia zwierząt.",
        ]),
    dict(
        id="hu-bor", lang="hu",
        headlines=["Háromnapos borfesztivál kezdődik a belvárosban", "Borfesztivál", "Bor és zene"],
        site="Városi Hírek",
        role="újságíró",
        org="a Szegedi Borbarát Egyesület",
        captions=["Látogatók a tavalyi borfesztiválon a Dóm téren",
                  "A folyóparti színpad a szombati koncert előtt.",
                  "Kóstolópoharak az egyik borászat standján"],
        paras=[
            "Pénteken kezdődik a háromnapos belvárosi borfesztivál, amelyre idén negyvenöt borászat jelentkezett az ország minden borvidékéről. A szervezők szerint a rendezvény minden korábbinál nagyobb lesz, és a Dóm tér mellett a folyóparti sétányt is elfoglalja.",
            "A belépés a tavalyihoz hasonlóan ingyenes, a kóstolópoharat azonban meg kell vásárolni. Az ára ezerötszáz forint, és a fesztivál mindhárom napján használható. A pohár visszavihető, ilyenkor az összeg felét visszafizetik.",
            "A borok mellett a helyi éttermek is standot nyitnak. Lesz halászlé, lángos, kürtőskalács és több vegetáriánus fogás is, a szervezők pedig idén először külön gyerekprogramot is kínálnak a családoknak a Dóm téri kertben.",
            "A zenei kínálat is bővült: esténként népzenei együttesek, jazzformációk és egy fúvószenekar lép fel a folyóparti színpadon. A szombati zárókoncert után tűzijáték is lesz, ha az időjárás engedi, a szervezők pedig a részletes programot a helyszínen is kiteszik.",
            "A rendőrség figyelmeztet, hogy a fesztivál ideje alatt a belváros több utcáját lezárják a forgalom elől. Aki autóval érkezik, a sportcsarnok melletti parkolót érdemes használnia, ahonnan ingyenes buszjárat indul a helyszínre.",
            "A szervezők arra kérik a látogatókat, hogy a fesztivál területén használják a szelektív hulladékgyűjtőket, és aki bort fogyasztott, ne üljön volánhoz. A pályaudvarról éjfélig sűrített villamosjáratok közlekednek.",
        ]),
]

# --------------------------------------------------------------------------
# Noise vocabulary
# --------------------------------------------------------------------------

NAMES = {
    "en": [("Hannah Okafor", "f", "hokafor"), ("Tom Whitaker", "m", "tomwhitaker"),
           ("Priya Raman", "f", "priyaraman_"), ("Daniel Reyes", "m", "dreyes"),
           ("Sophie Mercer", "f", "sophmercer"), ("Liam O'Connell", "m", "liamoc"),
           ("Grace Tan", "f", "gracetanwrites"), ("Marcus Bell", "m", "marcusbell"),
           ("Aisha Karim", "f", "aishakarim"), ("Ellie Brennan", "f", "elliebrennan"),
           ("Jonah Feld", "m", "jonahfeld"), ("Rosa Delgado", "f", "rosadelgado"),
           ("Kenji Watanabe", "m", "kenjiw"), ("Fiona MacLeod", "f", "fionamacleod"),
           ("Samuel Adeyemi", "m", "samadeyemi"), ("Claire Dubois", "f", "clairedubois")],
    "pt": [("Ana Beatriz Souza", "f", "anabsouza"), ("João Pedro Lima", "m", "jplima"),
           ("Mariana Costa", "f", "maricosta"), ("Rafael Oliveira", "m", "rafaoliveira"),
           ("Luísa Ferreira", "f", "luisaferreira")],
    "nl": [("Sanne de Vries", "f", "sannedevries"), ("Joris van den Berg", "m", "jorisvdberg"),
           ("Fleur Jansen", "f", "fleurjansen"), ("Bram Visser", "m", "bramvisser"),
           ("Eva Bakker", "f", "evabakker")],
    "pl": [("Katarzyna Nowak", "f", "knowak"), ("Piotr Zieliński", "m", "pzielinski"),
           ("Agnieszka Wójcik", "f", "awojcik"), ("Tomasz Kamiński", "m", "tkaminski")],
    "hu": [("Kovács Eszter", "f", "kovacseszter"), ("Nagy Péter", "m", "nagypeter"),
           ("Szabó Anna", "f", "szaboanna"), ("Tóth Gergely", "m", "tothgergely")],
}
PHOTOGRAPHERS = {
    "en": ["Chris Holloway", "Maya Lindqvist", "Ben Stokes-Hart", "Olu Martins", "Jess Farrow", "Ravi Pillai"],
    "pt": ["Marcelo Camargo", "Fernanda Luz", "Tiago Queiroz", "Paula Reis"],
    "nl": ["Remco Hofstede", "Lotte Smit", "Koen Verhoef", "Ilse Mulder"],
    "pl": ["Leszek Borowy", "Marta Sadowska", "Jakub Orzeł", "Ewa Lis"],
    "hu": ["Bodnár Zsolt", "Kiss Dóra", "Varga Attila", "Molnár Réka"],
}
AGENCIES = {
    "en": ["Reuters", "AP", "Getty Images", "AFP via Getty Images", "PA Wire", "Alamy", "EPA-EFE", "Bloomberg"],
    "pt": ["Agência Brasil", "Divulgação", "Estadão Conteúdo", "Arquivo pessoal", "Reprodução/Instagram"],
    "nl": ["ANP", "Hollandse Hoogte", "De Beeldunie", "ANP / ANP"],
    "pl": ["PAP", "Agencja Wyborcza.pl", "East News", "Forum"],
    "hu": ["MTI", "Shutterstock", "Facebook", "Városi Hírek"],
}
NEWS_AGENCY_LINES = {
    "en": ["Reuters", "Associated Press", "By Associated Press", "AFP", "PA Media", "Staff and agencies",
           "By Reuters Staff", "Bloomberg News", "With AFP", "Agence France-Presse", "Press Association"],
    "pt": ["Agência Brasil", "Estadão Conteúdo", "Da Redação", "Redação, com agências", "Com informações da Agência Brasil"],
    "nl": ["ANP", "Redactie", "Door onze redactie", "Bron: ANP", "ANP/Redactie"],
    "pl": ["PAP", "Źródło: PAP", "Redakcja", "oprac. redakcja"],
    "hu": ["MTI", "Forrás: MTI", "Szerkesztőség", "MTI/Városi Hírek"],
}
ROLES = {
    "en": ["Senior Reporter", "Staff Writer", "Contributing Writer", "Senior Editor", "Correspondent", "News Reporter"],
    "pt": ["Repórter", "Editora-assistente", "Colunista", "Repórter especial"],
    "nl": ["Verslaggever", "Redacteur", "Correspondent", "Eindredacteur"],
    "pl": ["Dziennikarz", "Redaktor", "Reporterka", "Korespondent"],
    "hu": ["újságíró", "rovatvezető", "tudósító", "szerkesztő"],
}
CITIES = {"en": ["Leeds", "Harrowgate", "Brussels", "Manchester", "Westbury", "London"],
          "pt": ["Vale Verde", "São Paulo", "Campinas"],
          "nl": ["Zwolle", "Amsterdam", "Deventer"],
          "pl": ["Warszawa", "Kraków", "Płock"],
          "hu": ["Szeged", "Budapest", "Debrecen"]}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus",
           "szeptember", "október", "november", "december"],
}
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rand_dt(r):
    import datetime
    base = datetime.datetime(2024, 1, 1, 0, 0)
    return base + datetime.timedelta(minutes=r.randrange(0, 60 * 24 * 365 * 2 + 60 * 24 * 150))


def fmt_date(r, lang):
    """A timestamp string in a locally plausible format. Returns (text, shape)."""
    d = rand_dt(r)
    M = MONTHS[lang]
    if lang == "en":
        opts = [
            (d.strftime("%Y-%m-%dT%H:%M:%SZ"), "iso"),
            (d.strftime("%Y-%m-%d %H:%M"), "iso-space"),
            (f"{M[d.month-1]} {d.day}, {d.year}", "mdy-long"),
            (f"{M[d.month-1][:3]} {d.day}, {d.year}, {((d.hour-1)%12)+1}:{d.minute:02d} {'AM' if d.hour<12 else 'PM'} ET", "mdy-12h-tz"),
            (f"{d.day} {M[d.month-1]} {d.year}", "dmy-long"),
            (f"{WD_EN[d.weekday()]} {d.day} {M[d.month-1][:3]} {d.year} {d.hour:02d}.{d.minute:02d} GMT", "guardian"),
            (f"{d.day:02d}.{d.month:02d}.{d.year} {d.hour:02d}:{d.minute:02d} CET", "dotted-24h-tz"),
            (f"{d.day:02d}/{d.month:02d}/{d.year} - {d.hour:02d}:{d.minute:02d}", "slash-24h"),
            (f"{d.hour:02d}:{d.minute:02d} BST, {d.day} {M[d.month-1]} {d.year}", "time-first"),
            (f"{M[d.month-1]} {d.day}, {d.year} at {((d.hour-1)%12)+1}:{d.minute:02d} {'a.m.' if d.hour<12 else 'p.m.'} EST", "mdy-at"),
            (r.choice(["3 hrs ago", "45 minutes ago", "2 days ago", "1 hour ago", "Yesterday", "5h ago", "12 mins ago"]), "relative"),
        ]
    elif lang == "pt":
        opts = [
            (f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}h{d.minute:02d}", "br-h"),
            (f"{d.day} de {M[d.month-1]} de {d.year}, {d.hour:02d}:{d.minute:02d}", "pt-long"),
            (f"{d.day:02d}/{d.month:02d}/{d.year} às {d.hour:02d}:{d.minute:02d}", "br-as"),
            (r.choice(["há 3 horas", "há 20 minutos", "há 2 dias"]), "relative"),
            (d.strftime("%Y-%m-%dT%H:%M:%S-03:00"), "iso"),
        ]
    elif lang == "nl":
        opts = [
            (f"{d.day} {M[d.month-1]} {d.year} {d.hour:02d}:{d.minute:02d}", "nl-long"),
            (f"{d.day:02d}-{d.month:02d}-{d.year}, {d.hour:02d}:{d.minute:02d}", "nl-dash"),
            (r.choice(["Vandaag, 09:14", "Gisteren, 18:40", "2 uur geleden", "35 minuten geleden"]), "relative"),
            (d.strftime("%Y-%m-%dT%H:%M:%S+01:00"), "iso"),
        ]
    elif lang == "pl":
        opts = [
            (f"{d.day:02d}.{d.month:02d}.{d.year}, {d.hour:02d}:{d.minute:02d}", "pl-dot"),
            (f"{d.day} {M[d.month-1]} {d.year}, {d.hour}:{d.minute:02d}", "pl-long"),
            (r.choice(["2 godz. temu", "15 min temu", "wczoraj, 21:05"]), "relative"),
        ]
    else:  # hu
        opts = [
            (f"{d.year}. {M[d.month-1]} {d.day}. {d.hour:02d}:{d.minute:02d}", "hu-long"),
            (f"{d.year}.{d.month:02d}.{d.day:02d}. {d.hour:02d}:{d.minute:02d}", "hu-dot"),
            (r.choice(["3 órája", "tegnap 18:40", "45 perce"]), "relative"),
        ]
    return r.choice(opts)


PUB = {"en": (["Published", "Published:", "Posted", "First published on", "Published on"],
              ["Updated", "Updated:", "Last updated:", "Last updated", "Updated on", "Modified"]),
       "pt": (["Publicado em", "Publicado"], ["Atualizado em", "Atualizado"]),
       "nl": (["Gepubliceerd op", "Gepubliceerd:"], ["Bijgewerkt:", "Laatste update:"]),
       "pl": (["Opublikowano:", "Publikacja:"], ["Aktualizacja:", "Zaktualizowano:"]),
       "hu": (["Megjelent:", "Közzétéve:"], ["Frissítve:", "Módosítva:"])}
BY = {"en": ["By"], "pt": ["Por"], "nl": ["Door"], "pl": ["Autor:", "Autorka:"], "hu": ["Szerző:"]}
AND = {"en": "and", "pt": "e", "nl": "en", "pl": "i", "hu": "és"}
READ = {"en": ["{n} min read", "Reading time: {n} minutes", "{n}-minute read", "⏱ {n} min", "Read time {n} min"],
        "pt": ["Leitura: {n} min", "Tempo de leitura: {n} minutos", "{n} min de leitura"],
        "nl": ["Leestijd {n} minuten", "{n} min leestijd", "Leestijd: {n} min."],
        "pl": ["Czas czytania: {n} min", "{n} min czytania"],
        "hu": ["Olvasási idő: {n} perc", "{n} perc olvasás"]}
SEPS = [" | ", " · ", " • ", " / ", " — ", " – "]


def gender_role(lang, g, role):
    if g == "m":
        for a, b in [("Dziennikarka", "Dziennikarz"), ("Reporterka", "Reporter"), ("Editora", "Editor")]:
            role = role.replace(a, b)
    else:
        for a, b in [("Dziennikarz", "Dziennikarka"), ("Korespondent", "Korespondentka"), ("Redaktor", "Redaktorka")]:
            if lang == "pl" and not role.startswith(b):
                role = role.replace(a, b)
    return role


def readtime(r, lang):
    return r.choice(READ[lang]).format(n=r.randint(2, 12))


def pick_names(r, lang, k):
    return r.sample(NAMES[lang], k)


def join_names(lang, names):
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + f" {AND[lang]} " + names[-1]


# ---- bylines (top) -------------------------------------------------------

def byline_block(r, art):
    """Return (lines, shape) for a byline block under the headline."""
    lang = art["lang"]
    (n1, g1, h1), = pick_names(r, lang, 1)
    by = r.choice(BY[lang])
    if lang == "pl":
        by = "Autorka:" if g1 == "f" else "Autor:"
    site = art["site"]
    role = gender_role(lang, g1, r.choice([art["role"]] + ROLES[lang]))
    sep = r.choice(SEPS)
    pub, upd = PUB[lang]
    shapes = []

    def s(tag, lines):
        shapes.append((lines, tag))

    s("by-name", [f"{by} {n1}"])
    s("by-name+date", [f"{by} {n1}", fmt_date(r, lang)[0]])
    s("name/role 2 lines", [n1, role])
    s("name, role", [f"{n1}, {role}"])
    s("name sep date", [f"{n1}{sep}{fmt_date(r, lang)[0]}"])
    s("by name sep role sep readtime", [f"{by} {n1}{sep}{role}{sep}{readtime(r, lang)}"])
    s("published/updated 2 lines", [f"{r.choice(pub)} {fmt_date(r, lang)[0]}", f"{r.choice(upd)} {fmt_date(r, lang)[0]}"])
    s("published+updated 1 line", [f"{r.choice(pub)} {fmt_date(r, lang)[0]}{sep}{r.choice(upd)} {fmt_date(r, lang)[0]}"])
    s("name/date/readtime 3 lines", [n1, fmt_date(r, lang)[0], readtime(r, lang)])
    s("date sep readtime (no name)", [f"{fmt_date(r, lang)[0]}{sep}{readtime(r, lang)}"])
    s("agency line", [r.choice(NEWS_AGENCY_LINES[lang])])
    s("name sep agency", [f"{n1}{sep}{r.choice(NEWS_AGENCY_LINES[lang])}"])
    names = [x[0] for x in pick_names(r, lang, r.randint(2, 3))]
    s("several authors", [f"{by} {join_names(lang, names)}"])
    s("several authors no-by + date", [join_names(lang, names), fmt_date(r, lang)[0]])
    s("name + handle", [n1, f"@{h1}"])
    s("name in city", [f"{n1} {dict(en='in', pt='em', nl='in', pl='z', hu='–')[lang]} {r.choice(CITIES[lang])}" if lang != "hu" else f"{n1}, {r.choice(CITIES[lang])}"])
    s("name sep site", [f"{n1}{sep}{site}"])
    s("name — role, site", [f"{n1} — {role}, {site}"])
    if lang == "en":
        (n2, _, _), = pick_names(r, lang, 1)
        s("reviewed by", [f"{by} {n1}", r.choice([
            f"Medically reviewed by Dr. {n2}, MD", f"Reviewed by {n2}, RD", f"Fact checked by {n2}",
            f"Fact-checked by {n2}", f"Medically reviewed by {n2}, PharmD"])])
        s("written/reviewed/updated 3 lines", [f"Written by {n1}", f"Reviewed by {n2}",
                                              f"{r.choice(upd)} {fmt_date(r, lang)[0]}"])
        s("words/photography", [f"Words by {n1}{sep}Photography by {r.choice(PHOTOGRAPHERS['en'])}"])
        s("follow on X", [f"{by} {n1}", f"Follow {n1.split()[0]} on X: @{h1}"])
        s("name + email", [f"{n1}", f"{h1}@{site.lower().replace(' ', '')}.com"])
        s("by name, role | date", [f"By {n1.upper()}, {role.upper()}", fmt_date(r, lang)[0]])
        s("name (newline) role at site", [n1, f"{role} at {site}"])
        s("ISO updated + readtime", [f"Updated {fmt_date(r, lang)[0]}", readtime(r, lang)])
    else:
        (n2, _, _), = pick_names(r, lang, 1)
        s("name + readtime", [f"{by} {n1}", readtime(r, lang)])
        s("name sep role", [f"{n1}{sep}{role}"])
    lines, tag = r.choice(shapes)
    return lines, tag


def author_box(r, art):
    """Author box / credit at the very end. Returns (lines, shape)."""
    lang = art["lang"]
    (n1, g, h1), = pick_names(r, lang, 1)
    site = art["site"]
    role = gender_role(lang, g, art["role"])
    city = r.choice(CITIES[lang])
    if lang == "en":
        she = "She" if g == "f" else "He"
        her = "her" if g == "f" else "his"
        bios = [
            f"{n1} is a {role.lower()} at {site}. {she} previously worked for regional papers in the north of England.",
            f"{n1} is a freelance writer based in {city}. Follow {her} on Instagram @{h1}.",
            f"{n1} writes about {art['id'] if art['id'] != 'court' else 'the courts'} for {site} and has been a journalist for more than a decade.",
            f"{n1} is {site}'s {role.lower()}. {she} can be reached at {h1}@{site.lower().replace(' ', '')}.com.",
        ]
        opts = [
            ([r.choice(bios)], "bio sentence"),
            (["About the author", n1, r.choice(bios)], "About the author + name + bio"),
            ([n1, role, r.choice(bios)], "name/role/bio"),
            ([f"Reporting by {n1}; Additional reporting by {r.choice(NAMES['en'])[0]}; Editing by {r.choice(NAMES['en'])[0]}"], "reporting/editing (end)"),
            ([f"Contact {n1} at {h1}@{site.lower().replace(' ', '')}.com or on X @{h1}"], "contact line"),
            (["Written by", n1, f"{role}, {site}"], "Written by + name + role"),
            ([f"— {n1}"], "dash name sign-off"),
            ([f"{n1} | {role}", r.choice(bios)], "name|role + bio"),
        ]
    elif lang == "pt":
        o = "a" if g == "f" else "o"
        bios = [f"{n1} é repórter d{'a' if True else 'o'} {site} e cobre cidades e infraestrutura desde 2018.",
                f"{n1} é jornalista formad{o} pela PUC e escreve sobre política local em {city}."]
        opts = [([r.choice(bios)], "bio sentence"), (["Sobre o autor" if g == "m" else "Sobre a autora", n1, r.choice(bios)], "About the author + name + bio"),
                ([f"*Com supervisão de {n1}"], "supervisão"), ([f"Colaborou {n1}"], "colaborou")]
    elif lang == "nl":
        bios = [f"{n1} is verslaggever bij {site} en schrijft over wonen en ruimtelijke ordening.",
                f"{n1} werkt sinds 2019 voor de regioredactie in {city}."]
        opts = [([r.choice(bios)], "bio sentence"), (["Over de auteur", n1, r.choice(bios)], "About the author + name + bio"),
                ([f"Met medewerking van {n1}"], "met medewerking")]
    elif lang == "pl":
        bios = [f"{n1} jest {'dziennikarką' if g == 'f' else 'dziennikarzem'} Kuriera Miejskiego, zajmuje się przyrodą i nauką.",
                f"{n1} od 2017 roku pisze dla Kuriera Miejskiego o ochronie środowiska."]
        opts = [([r.choice(bios)], "bio sentence"), (["O autorze" if g == "m" else "O autorce", n1, r.choice(bios)], "About the author + name + bio"),
                ([f"Współpraca: {n1}"], "współpraca")]
    else:
        bios = [f"{n1} a {site} újságírója, kultúráról és gasztronómiáról ír.",
                f"{n1} 2016 óta dolgozik a {site} szerkesztőségében."]
        opts = [([r.choice(bios)], "bio sentence"), (["A szerzőről", n1, r.choice(bios)], "About the author + name + bio")]
    return r.choice(opts)


# ---- captions ------------------------------------------------------------

def caption_block(r, art, desc):
    """Return (lines, shape) for one image caption (1-2 lines) about picture `desc`."""
    lang = art["lang"]
    frag = desc.rstrip(".")
    sent = frag + "."
    ph = r.choice(PHOTOGRAPHERS[lang])
    ag = r.choice(AGENCIES[lang])
    org = art["org"]
    site = art["site"]
    year = r.choice([2024, 2025, 2026])
    if lang == "en":
        opts = [
            ([f"{sent} Photo: {ph}/{ag}"], "desc. Photo: X/Agency"),
            ([f"{sent} Photograph: {ph}/{ag}"], "desc. Photograph: X/Agency"),
            ([f"{frag} (Getty Images)"], "desc (Getty Images)"),
            ([f"{frag} (Photo: {ph}/{ag})"], "desc (Photo: X/Agency)"),
            ([f"{frag}. Image credit: {ag}"], "desc. Image credit: X"),
            ([f"{frag} | Photo credit: {ph}"], "desc | Photo credit: X"),
            ([f"{frag}. (Image: {ag})"], "desc. (Image: X)"),
            ([f"{frag} © {ph}"], "desc © X"),
            ([f"{frag}. Credit: {ph} for {site}"], "desc. Credit: X for Site"),
            ([f"{frag} [Photo: {ag}]"], "desc [Photo: X]"),
            ([f"{frag}. Courtesy of {org}"], "desc. Courtesy of X"),
            ([f"{frag} (Illustration by {ph})"], "desc (Illustration by X)"),
            ([f"{frag}. Picture: {ag}"], "desc. Picture: X"),
            ([f"{frag} Photo: {ph}"], "desc Photo: X (no stop)"),
            ([sent, f"Photograph: {ph}/{ag}"], "desc / Photograph: line"),
            ([frag, f"({ag})"], "desc / (Agency) line"),
            ([sent, f"© {ag} {year}"], "desc / © Agency year line"),
            ([frag, "Image: Shutterstock"], "desc / Image: Shutterstock line"),
            ([sent, f"Credit: {ph}/{ag}"], "desc / Credit: line"),
            ([f"{r.randint(1, 3)} of {r.randint(4, 9)} {sent} (Photo: {ag})"], "gallery 'n of m' desc (Photo:)"),
            ([f"Photo: {ph}/{ag}"], "credit-only Photo:"),
            ([f"(Photo by {ph}/Getty Images)"], "credit-only (Photo by X/Getty Images)"),
            ([f"Image credit: {org}"], "credit-only Image credit:"),
            (["Getty Images"], "credit-only bare 'Getty Images'"),
            ([f"© {year} {ag}"], "credit-only © year Agency"),
            ([f"Courtesy of {org}"], "credit-only Courtesy of"),
            ([f"Illustration by {ph}"], "credit-only Illustration by"),
            (["Photo: Supplied"], "credit-only Photo: Supplied"),
            (["Image: Handout"], "credit-only Image: Handout"),
            ([f"{frag}. Photo: {org}"], "desc. Photo: Org"),
        ]
    elif lang == "pt":
        opts = [
            ([f"{sent} Foto: {ph}/{ag}"], "pt desc. Foto: X/Ag"),
            ([f"{frag} (Foto: Divulgação)"], "pt desc (Foto: Divulgação)"),
            ([f"{frag} — Foto: {ph}/{site}"], "pt desc — Foto:"),
            ([f"{frag} | Foto: {ph}/{ag}"], "pt desc | Foto:"),
            ([sent, f"Foto: {ph}/{ag}"], "pt desc / Foto: line"),
            ([f"Foto: Divulgação/{org}"], "pt credit-only Foto:"),
            (["Imagem: Reprodução/Redes sociais"], "pt credit-only Imagem: Reprodução"),
            ([f"Crédito: {ph}"], "pt credit-only Crédito:"),
            ([f"{frag}. Crédito: {ph}/{ag}"], "pt desc. Crédito:"),
        ]
    elif lang == "nl":
        opts = [
            ([f"{sent} Foto: ANP / {ph}"], "nl desc. Foto: ANP / X"),
            ([f"{frag} (Foto: {ph})"], "nl desc (Foto: X)"),
            ([f"{frag}. Beeld: {ph}"], "nl desc. Beeld: X"),
            ([f"{frag} © {ag}"], "nl desc © Ag"),
            ([sent, f"Foto: {ag}"], "nl desc / Foto: line"),
            (["© ANP"], "nl credit-only © ANP"),
            (["Foto: Hollandse Hoogte"], "nl credit-only Foto:"),
            ([f"Beeld: {org}"], "nl credit-only Beeld:"),
            (["Foto ter illustratie: ANP"], "nl credit-only Foto ter illustratie"),
            ([f"{frag}. Foto: {ph} / {site}"], "nl desc. Foto: X / Site"),
        ]
    elif lang == "pl":
        opts = [
            ([f"{sent} Zdjęcie: PAP/{ph}"], "pl desc. Zdjęcie: PAP/X"),
            ([f"{frag} (fot. {ph})"], "pl desc (fot. X)"),
            ([f"{sent} Fot. {ph}/Agencja Wyborcza.pl"], "pl desc. Fot. X/AW"),
            ([sent, f"Zdjęcie: {ph}/{ag}"], "pl desc / Zdjęcie: line"),
            (["Zdjęcie: Shutterstock"], "pl credit-only Zdjęcie:"),
            ([f"Fot. {ph}/{ag}"], "pl credit-only Fot."),
            ([f"Źródło: {org}/materiały prasowe"], "pl credit-only Źródło:"),
            ([f"{frag} | fot. {ag}"], "pl desc | fot."),
        ]
    else:
        opts = [
            ([f"{sent} Fotó: MTI/{ph}"], "hu desc. Fotó: MTI/X"),
            ([f"{frag} (Fotó: {ph})"], "hu desc (Fotó: X)"),
            ([sent, f"Fotó: {ph}/{site}"], "hu desc / Fotó: line"),
            (["Fotó: Shutterstock"], "hu credit-only Fotó:"),
            ([f"Fotó: MTI/{ph}"], "hu credit-only Fotó: MTI/X"),
            ([f"Forrás: {site}/{ph}"], "hu credit-only Forrás:"),
            ([f"{frag} – Fotó: {ph}"], "hu desc – Fotó:"),
        ]
    return r.choice(opts)


# ---- promos --------------------------------------------------------------

PROMOS = {
    "en": [
        ["Get the Morning Briefing: the five stories you need before 8am, in your inbox every weekday."],
        ["Enjoying this article? Become a member from £1 a month and read without limits."],
        ["Download the Courier app for breaking news alerts on iPhone and Android."],
        ["Support independent local journalism. Give once or monthly from just £3."],
        ["Have a story for us? Email newsdesk@northerncourier.co.uk or WhatsApp 07700 900123."],
        ["Advertisement"],
        ["ADVERTISEMENT"],
        ["Story continues below advertisement"],
        ["Continue reading the main story"],
        ["Follow us on WhatsApp for the day's top stories, no spam."],
        ["Join 40,000 readers who get our free Friday food letter — recipes, no fluff."],
        ["Never miss a goal: turn on match alerts in the Sportsdesk app."],
        ["Tickets for the Harrowgate Food Festival are on sale now. Use code EARLYBIRD for 20% off."],
        ["This article is free to read. To keep it that way, please consider a contribution."],
        ["Listen to our daily news podcast on Spotify, Apple Podcasts or wherever you get your podcasts."],
        ["Shop our favourite deals of the week ▸"],
        ["Want the latest tech reviews first? Hit follow on Google News."],
        ["🔔 Turn on notifications to get breaking news as it happens"],
        ["Subscribe for £1 for 3 months — cancel anytime."],
        ["Already a subscriber? Log in to keep reading."],
        ["Recommended video"],
        ["Sponsored content"],
        ["READ MORE: Bin collection days are changing from April — here's what you need to know"],
        ["Related: The best budget earbuds you can buy in 2025"],
        ["THE WEEKEND EDIT", "Our editors pick the best long reads, every Saturday morning.", "Sign me up"],
        ["Newsletter", "Get Travel Notes delivered weekly — destinations, deals and tips.", "Enter your email address"],
        ["Become a Patron", "Readers like you keep this site independent. Chip in from $5 a month."],
        ["Don't miss out", "Our free health newsletter lands every Tuesday. Subscribe now"],
        ["WATCH: Highlights from every cup tie this weekend", "▶ 2:41"],
        ["Event", "Join our editors for a live Q&A on Thursday at 7pm. Free for members.", "Book your place"],
        ["Get 50% off your first year", "Unlimited access to every article, podcast and puzzle.", "Start your trial"],
        ["Got a tip?", "Contact our courts team securely via Signal or email."],
        ["Our journalism is funded by readers.", "If you value it, make a one-off donation today."],
        ["Like this? You'll love our Sunday newsletter →"],
    ],
    "pt": [
        ["Receba as notícias mais importantes do dia no seu WhatsApp. Clique aqui e entre no canal."],
        ["Assine a Folha do Vale por R$ 1,90 no primeiro mês e leia sem limites."],
        ["Baixe o app do Jornal da Serra e ative os alertas de notícias."],
        ["PUBLICIDADE"],
        ["Continua após a publicidade"],
        ["Siga a Folha do Vale no Instagram e no TikTok"],
        ["Newsletter", "Cadastre-se e receba o resumo da manhã, de segunda a sexta.", "Quero receber"],
        ["Apoie o jornalismo local: faça uma contribuição a partir de R$ 10."],
        ["LEIA TAMBÉM: Vale Verde abre inscrições para cursos gratuitos de informática"],
    ],
    "nl": [
        ["Advertentie"],
        ["ADVERTENTIE"],
        ["Download de app van Dagblad Noord en ontvang een melding bij groot nieuws."],
        ["Word nu abonnee: het eerste kwartaal voor €1 per week."],
        ["Meld je aan voor De Ochtend, onze gratis nieuwsbrief met het belangrijkste nieuws uit de regio."],
        ["Volg ons ook op WhatsApp"],
        ["Tip de redactie: heb je iets gezien of meegemaakt? Mail naar tips@dagbladnoord.nl"],
        ["Nieuwsbrief", "Elke vrijdag de mooiste verhalen uit je buurt in je mailbox.", "Aanmelden"],
        ["Het artikel gaat verder onder de advertentie"],
        ["Lees ook: Stadsbus rijdt vanaf zondag vaker naar het ziekenhuis"],
    ],
    "pl": [
        ["REKLAMA"],
        ["Reklama"],
        ["Dalsza część artykułu pod materiałem wideo"],
        ["Pobierz aplikację Kuriera Miejskiego i bądź na bieżąco."],
        ["Zapisz się na nasz newsletter i otrzymuj najważniejsze informacje z regionu każdego ranka."],
        ["Wesprzyj niezależne dziennikarstwo — wpłać dowolną kwotę."],
        ["Subskrypcja Premium", "Pierwszy miesiąc za 1 zł. Czytaj bez ograniczeń.", "Kup teraz"],
        ["Obserwuj nas w Google News"],
        ["CZYTAJ TAKŻE: Nowy most na Wiśle. Drogowcy podali termin otwarcia"],
    ],
    "hu": [
        ["Hirdetés"],
        ["HIRDETÉS"],
        ["A cikk a hirdetés után folytatódik."],
        ["Iratkozzon fel hírlevelünkre, és minden reggel elküldjük a nap legfontosabb híreit!"],
        ["Töltse le a Városi Hírek alkalmazást Androidra és iOS-re."],
        ["Támogassa a független helyi újságírást!"],
        ["Hírlevél", "A legfontosabb helyi hírek hétköznap reggelente.", "Feliratkozom"],
        ["Kövessen minket a Facebookon is!"],
    ],
}
READMORE_PREFIX = {"en": ["READ MORE:", "Read more:", "Related:", "ALSO READ |", "Read next:", "MORE FROM SPORT:"],
                   "pt": ["LEIA TAMBÉM:", "Leia mais:", "VEJA TAMBÉM:"],
                   "nl": ["Lees ook:", "Lees ook |", "MEER NIEUWS:"],
                   "pl": ["Czytaj też:", "CZYTAJ TAKŻE:", "Zobacz też:"],
                   "hu": ["Ez is érdekelheti:", "Kapcsolódó:", "Olvasta már?"]}
OTHER_TITLES = {
    "en": ["Bin collection days are changing from April", "Man charged after crash on the A61",
           "The best budget earbuds you can buy in 2025", "Five easy dinners for busy weeknights",
           "Why are so many pubs closing?", "Millbrook Rovers sack manager after cup exit",
           "New bakery opens in former bank on Market Place", "How to spot a rogue landlord",
           "Scientists map the seabed off Shetland", "Rail strike: which services are affected?"],
    "pt": ["Vale Verde abre inscrições para cursos gratuitos", "Preço da gasolina sobe pela terceira semana",
           "Feira do livro começa na sexta-feira", "Hospital municipal ganha nova ala pediátrica",
           "Chuva deve continuar até o fim de semana"],
    "nl": ["Stadsbus rijdt vaker naar het ziekenhuis", "Brand in loods aan de Voorst onder controle",
           "Nieuwe ijsbaan op de Grote Markt", "PEC Zwolle wint met 2-1 van NEC", "Huurprijzen stijgen opnieuw"],
    "pl": ["Nowy most na Wiśle. Znamy termin otwarcia", "Ceny mieszkań wciąż rosną",
           "Tramwaje pojadą inną trasą", "Rekordowy upał w Płocku", "Szpital kupił nowy tomograf"],
    "hu": ["Lezárják a Tisza-hidat hétvégén", "Új játszótér épül a Rókusban",
           "Drágul a parkolás a belvárosban", "Megnyílt a felújított uszoda", "Elmarad a nyári koncert"],
}

DUP_SITES = {"en": None, "pt": ["Folha do Vale", "Jornal da Serra"], "nl": ["Dagblad Noord", "NU Regio"],
             "pl": ["Kurier Miejski", "Gazeta Regionu"], "hu": ["Városi Hírek", "Délvidék Online"]}


# --------------------------------------------------------------------------
# Text building
# --------------------------------------------------------------------------

class Seg:
    __slots__ = ("lines", "role", "kind", "shape", "internal")

    def __init__(self, lines, role, kind=None, shape=None, internal="\n"):
        self.lines, self.role, self.kind, self.shape, self.internal = lines, role, kind, shape, internal


def render(r, segs):
    out = []
    prev = None
    for s in segs:
        if prev is not None:
            if prev.role == "para" and s.role == "para":
                out.append("\n\n")
            else:
                out.append("\n" if r.random() < 0.3 else "\n\n")
        out.append(s.internal.join(s.lines))
        prev = s
    return "".join(out) + "\n"


def build_text(r, kind):
    art = r.choice(ARTICLES)
    lang = art["lang"]
    npar = r.randint(4, len(art["paras"]))
    paras = art["paras"][:npar]
    short = kind == "duphead" and r.random() < 0.45
    head = r.choice(art["headlines"][1:]) if short else art["headlines"][0]
    if kind != "duphead" and r.random() < 0.2:
        head = r.choice(art["headlines"])
    segs = [Seg([head], "head")]
    body = [Seg([p], "para") for p in paras]
    tail = []

    if kind == "byline":
        lines, shape = byline_block(r, art)
        segs.append(Seg(lines, "noise", "byline", shape, "\n" if r.random() < 0.7 else "\n\n"))
        if r.random() < 0.35:
            lines, shape = author_box(r, art)
            tail.append(Seg(lines, "noise", "byline", "END: " + shape, "\n" if r.random() < 0.7 else "\n\n"))
    elif kind == "caption":
        ncap = r.randint(1, 3)
        gaps = list(range(1, npar))  # insert before body[g]
        chosen = sorted(r.sample(gaps, min(ncap, len(gaps))))
        inserts = {}
        descs = r.sample(art["captions"], len(art["captions"]))  # each picture captioned once
        for g in chosen:
            if not descs:
                break
            blocks = [caption_block(r, art, descs.pop())]
            if descs and r.random() < 0.2:  # two captions in a row
                blocks.append(caption_block(r, art, descs.pop()))
            inserts[g] = blocks
        nb = []
        for i, b in enumerate(body):
            for lines, shape in inserts.get(i, []):
                nb.append(Seg(lines, "noise", "caption", shape, "\n" if r.random() < 0.75 else "\n\n"))
            nb.append(b)
        body = nb
    elif kind == "duphead":
        if lang == "en":
            sites = ["Northern Courier", "The Daily Ledger", art["site"], "BBC News"]
        else:
            sites = DUP_SITES[lang]
        vs = [
            (head, "exact"),
            (f"{head} | {r.choice(sites)}", "+ | Site"),
            (f"{head} - {r.choice(sites)}", "+ - Site"),
            (f"{head} – {r.choice(sites)}", "+ – Site"),
            (head.upper(), "UPPER"),
            (head.lower(), "lower"),
            (head.rstrip(".?!") + ".", "full stop"),
        ]
        if lang == "en":
            tc = string.capwords(head)
            vs.append((tc if tc != head else head.lower(), "Title/other case"))
        dup, shape = r.choice(vs)
        if dup == head and shape != "exact":
            dup, shape = head, "exact"
        shape = ("short " if short else "") + shape
        if r.random() < 0.4:
            lines, bshape = byline_block(r, art)
            segs.append(Seg(lines, "noise", "byline", "(in duphead) " + bshape))
            shape += " after byline"
        segs.append(Seg([dup], "noise", "duphead", shape))
    elif kind == "promo":
        varied = r.random() < 0.15
        if varied:
            pref = r.choice(READMORE_PREFIX[lang])
            titles = r.sample(OTHER_TITLES[lang], len(OTHER_TITLES[lang]))
            shape = "read-more varied titles: " + pref
        else:
            block = r.choice(PROMOS[lang])
            shape = ("block: " if len(block) > 1 else "line: ") + block[0][:60]
        slots = list(range(1, npar + 1))  # before body[i]; npar = after last
        k = r.randint(2, min(6, len(slots)))
        chosen = set(r.sample(slots, k))
        internal = "\n" if r.random() < 0.7 else "\n\n"
        nb = []
        ti = 0
        for i in range(npar + 1):
            if i in chosen:
                if varied:
                    lines = [f"{pref} {titles[ti % len(titles)]}"]
                    ti += 1
                else:
                    lines = list(block)
                nb.append(Seg(lines, "noise", "promo", shape, internal))
            if i < npar:
                nb.append(body[i])
        body = nb
    segs += body + tail
    text = render(r, segs)
    return dict(kind=kind, art=art["id"], lang=lang, head=head, paras=paras, segs=segs, text=text)


# --------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------

def norm(s):
    return " ".join(unicodedata.normalize("NFKC", s).split())


def evaluate(case, out, rc, err):
    out_lines = [l.strip() for l in out.splitlines()]
    cnt = collections.Counter(out_lines)
    head = case["head"].strip()
    para_set = {p.strip() for p in case["paras"]}
    res = dict(noise_left=[], lost=[], notes=[])
    if rc != 0:
        res["notes"].append(f"exit code {rc}: {err.strip()[:200]}")
    # paragraphs
    norm_out = {norm(l) for l in out_lines}
    for p in case["paras"]:
        if p.strip() not in cnt:
            close = difflib.get_close_matches(p.strip(), [l for l in out_lines if l], n=1, cutoff=0.5)
            if norm(p) in norm_out:
                why = "altered (whitespace/unicode only)"
            elif close:
                why = "ALTERED -> " + close[0]
            else:
                why = "LOST"
            res["lost"].append((p, why))
    # noise lines
    noise_lines = []
    for s in case["segs"]:
        if s.role == "noise":
            for l in s.lines:
                noise_lines.append((l.strip(), s.kind, s.shape))
    for l, k, shape in noise_lines:
        if l == head:  # exact duplicate of the headline: at most one copy may remain
            if cnt[l] > 1:
                res["noise_left"].append((k, shape, l, "headline still printed twice"))
        elif cnt[l] > 0:
            res["noise_left"].append((k, shape, l, ""))
    # fragments of noise lines left behind (e.g. credit trimmed, description kept)
    noise_texts = {l for l, _, _ in noise_lines}
    for ol in out_lines:
        if not ol or ol in para_set or ol == head or ol in noise_texts:
            continue
        owners = [(k, shape, l) for l, k, shape in noise_lines if len(ol) >= 6 and ol in l]
        if owners:
            k, shape, l = owners[0]
            res["noise_left"].append((k, shape, ol, f"fragment of: {l}"))
        elif not any(ol in p for p in para_set):
            res["notes"].append(f"unexplained output line: {ol[:120]}")
    if head not in cnt:
        res["notes"].append("headline not in output")
    res["pass"] = not res["noise_left"] and not res["lost"] and rc == 0
    res["damaged"] = bool(res["lost"])
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--rinse", default="target/release/rinse")
    ap.add_argument("--n", type=int, default=400, help="number of texts (split evenly over 4 kinds)")
    ap.add_argument("--show", type=int, default=40, help="failing cases shown per kind")
    ap.add_argument("--dump", default=None, help="write each input/output pair to this folder")
    ap.add_argument("--shapes", action="store_true", help="print the per-shape table for all shapes, not just failing")
    args = ap.parse_args()

    # sanity: paragraph lengths
    for a in ARTICLES:
        assert 5 <= len(a["paras"]) <= 7, a["id"]
        for p in a["paras"]:
            w = len(p.split())
            if not 25 <= w <= 60:
                print(f"warning: {a['id']} paragraph has {w} words", file=sys.stderr)

    r = random.Random(args.seed)
    kinds = ["byline", "caption", "duphead", "promo"]
    plan = [kinds[i % 4] for i in range(args.n)]
    r.shuffle(plan)
    cases = [build_text(r, k) for k in plan]

    if args.dump:
        os.makedirs(args.dump, exist_ok=True)

    stats = {k: dict(total=0, passed=0, damaged=0, fails=[]) for k in kinds}
    shape_tot = collections.Counter()
    shape_left = collections.Counter()
    lang_tot = collections.Counter()
    lang_pass = collections.Counter()
    all_notes = collections.Counter()
    for i, c in enumerate(cases):
        p = subprocess.run([args.rinse], input=c["text"].encode(), capture_output=True)
        out = p.stdout.decode("utf-8", "replace")
        res = evaluate(c, out, p.returncode, p.stderr.decode("utf-8", "replace"))
        if args.dump:
            with open(os.path.join(args.dump, f"{i:03d}-{c['kind']}-{c['art']}.in.txt"), "w") as f:
                f.write(c["text"])
            with open(os.path.join(args.dump, f"{i:03d}-{c['kind']}-{c['art']}.out.txt"), "w") as f:
                f.write(out)
        st = stats[c["kind"]]
        st["total"] += 1
        lang_tot[(c["kind"], c["lang"])] += 1
        if res["pass"]:
            st["passed"] += 1
            lang_pass[(c["kind"], c["lang"])] += 1
        else:
            st["fails"].append((i, c, res))
        if res["damaged"]:
            st["damaged"] += 1
        for key in {(s.kind, s.shape) for s in c["segs"] if s.role == "noise"}:
            shape_tot[key] += 1
        for k, shape, _, _ in {(k, shape, 0, 0) for k, shape, _, _ in res["noise_left"]}:
            shape_left[(k, shape)] += 1
        for n in res["notes"]:
            all_notes[n.split(":")[0]] += 1

    print(f"rinse: {args.rinse}   seed: {args.seed}   texts: {len(cases)}")
    print()
    print(f"{'kind':9} {'pass':>9} {'damaged':>8}   by language (pass/total)")
    tp = tt = td = 0
    for k in kinds:
        st = stats[k]
        tp += st["passed"]; tt += st["total"]; td += st["damaged"]
        langs = "  ".join(f"{lg}:{lang_pass[(k, lg)]}/{lang_tot[(k, lg)]}" for lg in ["en", "pt", "nl", "pl", "hu"])
        print(f"{k:9} {st['passed']:>4}/{st['total']:<4} {st['damaged']:>8}   {langs}")
    print(f"{'ALL':9} {tp:>4}/{tt:<4} {td:>8}")
    if all_notes:
        print("notes:", dict(all_notes))
    print()
    print("Per noise shape: texts where a line of this shape was left / texts with that shape")
    for key in sorted(shape_tot, key=lambda x: (x[0], -shape_left[x] / shape_tot[x], x[1])):
        if shape_left[key] or args.shapes:
            print(f"  {key[0]:8} {shape_left[key]:>3}/{shape_tot[key]:<3} {key[1]}")
    for k in kinds:
        st = stats[k]
        print()
        print(f"=== {k}: {len(st['fails'])} failing (showing up to {args.show}) ===")
        for i, c, res in st["fails"][:args.show]:
            print(f"- #{i} [{c['art']}/{c['lang']}] headline: {c['head']}")
            left = collections.Counter(res["noise_left"])
            for (kk, shape, l, why), n in left.items():
                print(f"    LEFT {kk} <{shape}>: {l}" + (f"   ({why})" if why else "") + (f"   x{n}" if n > 1 else ""))
            for p, why in res["lost"]:
                print(f"    DAMAGED: {why}: {p[:90]}...")
            for n in res["notes"]:
                print(f"    note: {n}")


if __name__ == "__main__":
    main()
