"""Blind held-out noise set "thirteenth" for rinse: 12 invented articles (6 English site styles: NZ regional paper, Kenyan daily, US local TV site, Gulf English daily, personal newsletter, sports club page; plus Argentine Spanish, Danish, Finnish, Romanian, Indonesian, Korean).

Written blind: only noise_blind_harness.py was read. Every outlet, person and
place is invented. The noise is worded the way such sites print it: bylines
and date stamps in local formats, photo captions with local credit words,
duplicated headlines with kickers and SEO variants, and promo chrome
(newsletters, apps, "read also" lists, paywalls, podcasts, donation appeals),
some of it repeated down the page.

Run:  python3 benches/noise_blind_thirteenth.py [--seed N] [--rinse BIN] [--show K] [--selftest]
"""
import datetime
import os
import sys
import unicodedata

sys.path.insert(0, "/work/main/benches")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import noise_blind_harness as harness  # noqa: E402

LANGS = ["en", "es", "da", "fi", "ro", "id", "ko"]
KINDS = ["byline", "caption", "duphead", "promo"]

ARTICLES = [
    dict(
        id="nz-library", lang="en", style="nz-regional", loc="nz",
        outlet="Maungaroa Gazette", domain="maungaroagazette.co.nz", city="Maungaroa",
        names=["Aroha Tipene", "Jono Whitfield", "Kate Rangihuna", "Sam McAllister", "Mere Paewai", "Liam Doherty"],
        titles=["Local Democracy Reporter", "Senior reporter", "Community reporter", "Chief reporter"],
        headline="Council backs down on Tāwhiri Road library closure after 3000-signature petition",
        short="Library saved",
        alt="Tāwhiri Road library to stay open as council reverses closure plan",
        kicker="LOCAL NEWS",
        scenes=["Petition organiser Ruth Pallister outside the Tāwhiri Road library",
                "Residents packed the council chambers for Wednesday's vote",
                "The Tāwhiri Road library has served the township since 1968",
                "Mayor Hemi Karaka speaking after the vote"],
        related=["Rates rise of 9.4 per cent signed off after marathon hearing",
                 "Plunket rooms to close for earthquake strengthening",
                 "Maungaroa A&P Show crowds top 12,000",
                 "New roundabout for Kōtuku St intersection gets green light"],
        paras=[
            "The Maungaroa District Council has reversed its plan to close the Tāwhiri Road library, two months after residents delivered a petition carrying more than 3000 signatures.",
            "Councillors voted 8-3 on Wednesday evening to keep the branch open at least until the next long-term plan is adopted in mid-2026.",
            "The closure had been proposed as part of a wider effort to trim $1.4 million from the district's operating budget without lifting rates above 9 per cent.",
            "\"We heard the community loud and clear,\" Mayor Hemi Karaka said after the vote. \"This library is more than a building full of books for a lot of people out there.\"",
            "Petition organiser Ruth Pallister, a retired teacher who has lived in the area for 41 years, said she cried when the result was read out.",
            "She said the branch was the only place within 30km where older residents could get help with online banking and government forms.",
            "Not everyone was convinced. Councillor Dean Otway said the decision simply pushed a difficult conversation down the road.",
            "Opening hours will be cut from six days to five from July, and staff will look at sharing the building with the local Plunket group.",
        ]),
    dict(
        id="ke-dairy", lang="en", style="kenyan-daily", loc="ke",
        outlet="The Daily Ledger", domain="dailyledger.co.ke", city="Ndarugu",
        names=["Brian Otieno", "Faith Chebet", "Kevin Mwangi", "Grace Akinyi", "Dennis Kiprono", "Wanjiku Kamau"],
        titles=["Kiambaru County Correspondent", "Agriculture Writer", "Senior Reporter", "Business Reporter"],
        headline="Ndarugu dairy farmers celebrate as Sh48 million milk cooling plant opens",
        short="Milk plant",
        alt="Relief for Ndarugu farmers as new milk cooler cuts losses",
        kicker="COUNTIES",
        scenes=["Farmers deliver milk at the new Ndarugu cooling plant on Friday",
                "Governor Paul Kimani Ndegwa tours the facility",
                "Mary Wanjiru Gathoni milks one of her cows at her farm in Ndarugu",
                "A farmer pours milk into a collection can"],
        related=["Tea farmers protest delayed bonus payments in Githima",
                 "Kiambaru MCAs reject Sh2.1bn supplementary budget",
                 "Why avocado prices are set to rise this season",
                 "County rolls out free AI services for dairy cows"],
        paras=[
            "More than 2,000 dairy farmers in Ndarugu, Kiambaru County, will no longer pour away spoilt milk after a Sh48 million cooling plant was commissioned on Friday.",
            "The facility, built by the county government with support from a cooperative lender, can hold up to 30,000 litres of milk at a time.",
            "Farmers have for years complained that brokers bought their milk at as little as Sh28 a litre, knowing it would go sour before reaching the market.",
            "\"Before, if the lorry did not come by noon, that was the end of it. We would feed the milk to the dogs,\" said Mary Wanjiru Gathoni, who keeps six cows.",
            "Governor Paul Kimani Ndegwa said the plant would buy milk at a guaranteed Sh45 a litre for the first six months of operation.",
            "He added that two similar facilities are planned for Githima and Kaboro wards before the end of the financial year.",
            "The Ndarugu Dairy Farmers Cooperative Society, which will manage the plant, says it has already registered 640 new members since January.",
            "Officials warned that unreliable power supply in the area remains a challenge, and a standby generator has been installed at a cost of Sh3.2 million.",
        ]),
    dict(
        id="us-school", lang="en", style="us-local-tv", loc="us",
        outlet="KVTR 9", domain="kvtr9.com", city="Millbrook",
        names=["Tyler Brooks", "Megan Castillo", "Jordan Pike", "Alyssa Grant", "Marcus Bell", "Chelsea Nguyen"],
        titles=["KVTR 9 Reporter", "Digital Producer", "Multimedia Journalist", "Anchor"],
        headline="Water main break closes Harlan Elementary for second day",
        short="School closed",
        alt="Harlan Elementary stays closed Thursday after water main break",
        kicker="BREAKING",
        scenes=["Crews work to repair a water main on Dover Street",
                "Water pooled in the Harlan Elementary cafeteria Tuesday morning",
                "Superintendent Angela Ruiz speaks with reporters",
                "Dover Street is blocked off between 4th and 7th Avenues"],
        related=["Millbrook County schools announce snow day make-up plan",
                 "Police: 2 hurt in crash on Route 41 near Lakeview",
                 "Millbrook water rates could rise 6% next year",
                 "First Alert Weather: Storms possible Thursday evening"],
        paras=[
            "Harlan Elementary School in west Millbrook will remain closed Thursday after a water main break flooded part of the building early Tuesday morning.",
            "District officials said crews discovered about two inches of standing water in the cafeteria and two kindergarten classrooms just before 5 a.m.",
            "The break happened on a 12-inch line that runs beneath Dover Street, according to the Millbrook Water Department.",
            "\"Our first priority is making sure the building is safe and dry before we bring kids back,\" Superintendent Angela Ruiz told KVTR 9.",
            "Parents were notified through the district's automated call system around 6:15 a.m., but several told us they did not receive the message.",
            "Meal pickup will be available for Harlan students from 10 a.m. to noon at Lakeview Middle School.",
            "Dover Street is closed between 4th and 7th Avenues while repairs continue. Drivers should use Maple Avenue instead.",
            "The district says it hopes to reopen the school Friday, but will make a final decision Thursday afternoon.",
        ]),
    dict(
        id="gulf-metro", lang="en", style="gulf-daily", loc="gulf",
        outlet="The Gulf Meridian", domain="gulfmeridian.com", city="Port Rashidah",
        names=["Ayesha Siddiqui", "Rohan Menon", "Sarah Al Hammadi", "Joseph Fernandes", "Nadia Khoury", "Waheed Abbas"],
        titles=["Senior Reporter", "Assistant Editor", "Transport Correspondent", "Staff Reporter"],
        headline="Port Rashidah Metro Green Line extension to open to passengers on Sunday",
        short="Metro extension",
        alt="Green Line extension: four new stations open Sunday in Port Rashidah",
        kicker="NATION",
        scenes=["A Green Line train during a test run near Al Safwa station",
                "Commuters at the new Creek Harbour station",
                "Officials inspect the platform ahead of Sunday's opening",
                "The extension adds four stations to the Green Line"],
        related=["Port Rashidah announces new paid parking zones in Al Safwa",
                 "Gold prices dip in Port Rashidah ahead of long weekend",
                 "School fee hikes: What parents need to know",
                 "RTA launches trial of driverless taxis on Corniche Road"],
        paras=[
            "The long-awaited 11.2-kilometre extension of the Port Rashidah Metro Green Line will open to the public on Sunday, the Roads and Transit Authority announced on Tuesday.",
            "The extension adds four stations, linking the Al Safwa residential district and the new Creek Harbour business zone to the city's existing network.",
            "Trains will run every six minutes during peak hours and every nine minutes at other times, officials said.",
            "\"This project brings more than 180,000 residents within walking distance of a metro station,\" said Eng. Khalid Al Mansoori, director-general of the authority.",
            "Fares on the new section will follow the existing zone system, with a single journey within one zone costing Dh4.",
            "Construction began in early 2022 and was delayed by around eight months due to changes in the route near Creek Harbour.",
            "Residents of Al Safwa, many of whom commute by car or taxi, welcomed the news. \"It will save me at least 40 minutes a day,\" said Priya Raghunathan, an accountant.",
            "Feeder bus routes F31 and F34 will be adjusted from Sunday to connect with the new stations.",
        ]),
    dict(
        id="letter-budget", lang="en", style="personal-newsletter", loc="letter",
        outlet="The Slow Ledger", domain="slowledger.substack.com", city="Harwick",
        names=["Marisa Thornbury", "Marisa Thornbury", "Marisa Thornbury", "Ben Okoro", "Lucy Vandermeer"],
        titles=["Writer of The Slow Ledger", "Money, slowly", "Guest post"],
        headline="Why I stopped tracking every dollar (and what I do instead)",
        short="Budget reset",
        alt="I quit tracking every dollar. Here's what replaced it",
        kicker="MONEY NOTES",
        scenes=["My old budget spreadsheet, all 47 tabs of it",
                "The three-bucket system, sketched on the back of an envelope",
                "A very ordinary coffee, logged for the last time",
                "The kitchen table where most of these letters get written"],
        related=["The envelope that saved my year",
                 "Reader questions: emergency funds, again",
                 "What I learned from a no-spend month",
                 "On being bad at money and good at pretending"],
        paras=[
            "For six years I logged every single purchase in a spreadsheet, down to the 80 cents I once spent on a parking meter in Harwick.",
            "It started as a way to get out of credit card debt, and honestly, it worked. By 2019 I had paid off a little over $14,000.",
            "But somewhere along the way the spreadsheet stopped helping me and started running me. I would lie awake trying to remember whether I had entered a coffee.",
            "So last January I tried an experiment. I stopped tracking individual purchases entirely and moved to what I now call the three-bucket system.",
            "The first bucket is fixed costs: rent, insurance, the phone bill. The second is savings, which moves automatically the day after payday. The third is everything else.",
            "As long as the third bucket does not hit zero before the end of the month, I do not look at it. That is the whole system.",
            "A reader named Donna wrote to me last week and asked whether this just works because I earn more now. It is a fair question.",
            "The honest answer is partly yes. But I also think the constant monitoring was costing me something that never showed up in the spreadsheet.",
        ]),
    dict(
        id="club-cup", lang="en", style="sports-club", loc="club",
        outlet="Ashcombe Town FC", domain="ashcombetownfc.co.uk", city="Ashcombe",
        names=["Dan Heald", "Tom Rowe", "Ellie Marsh", "Chris Padley", "Becky Lund"],
        titles=["Club Media Officer", "Women's Team Press Officer", "Club Photographer", "Media Team"],
        headline="Women lift County Cup after 3-1 win over Kelverton Athletic",
        short="Cup winners!",
        alt="MATCH REPORT | Ashcombe Town Women 3-1 Kelverton Athletic",
        kicker="WOMEN'S TEAM",
        scenes=["Captain Sophie Lattimer lifts the County Cup",
                "Nia Okafor celebrates her goal",
                "The squad celebrate with supporters at full time",
                "Holly Brennan taps in the third goal"],
        related=["Pryce: 'We go again next week'",
                 "Season tickets for 2024/25 now on sale",
                 "U16s reach league cup semi-final",
                 "Club statement: Brindle Park pitch works"],
        paras=[
            "Ashcombe Town Women are County Cup champions for the first time in the club's history after a 3-1 win over Kelverton Athletic at Brindle Park on Sunday afternoon.",
            "In front of a record crowd of 1,146, the Blues went behind after just nine minutes when Kelverton's Jess Ormond headed in from a corner.",
            "Captain Sophie Lattimer levelled things up before the break, curling a free kick into the top corner from 25 yards.",
            "The second half was a much more even affair, with both sides creating chances before substitute Nia Okafor struck on 71 minutes.",
            "Okafor then turned provider six minutes from time, squaring for Holly Brennan to tap in and seal the win.",
            "\"I'm so proud of this group. We've worked for this all season and the girls fully deserved it today,\" said manager Gareth Pryce after the final whistle.",
            "The club would like to thank everyone who came down to support, as well as the volunteers who made the day possible.",
            "The Women return to league action next Sunday away at Thornfield Rangers, kick-off 2pm.",
        ]),
    dict(
        id="ar-boleto", lang="es", style="argentine-regional", loc="es",
        outlet="El Litoral Serrano", domain="litoralserrano.com.ar", city="Villa Aguaribay",
        names=["Lucía Ferreyra", "Martín Zabala", "Florencia Gaitán", "Nicolás Arrieta", "Valeria Sosa", "Ignacio Lucero"],
        titles=["Periodista", "Redacción El Litoral Serrano", "Editor de Ciudad", "Corresponsal"],
        headline="Aumenta el boleto de colectivo en Villa Aguaribay: cuánto costará desde el lunes",
        short="Nuevo boleto",
        alt="El boleto urbano pasa a costar $940 en Villa Aguaribay",
        kicker="CIUDAD",
        scenes=["Pasajeros esperan el colectivo en la terminal de Villa Aguaribay",
                "La sesión del Concejo Deliberante se extendió por más de cuatro horas",
                "Una unidad de la línea 4 en el centro de la ciudad",
                "El nuevo cuadro tarifario rige desde el lunes"],
        related=["Corte de agua programado en barrio Centro: los horarios",
                 "Cuándo cobran los jubilados en junio",
                 "Se viene un fin de semana largo con frío y sol",
                 "Reabren el puente de la ruta 9 tras las obras"],
        paras=[
            "El Concejo Deliberante de Villa Aguaribay aprobó este jueves un aumento del 38% en el boleto del transporte urbano, que pasará a costar $940 a partir del lunes.",
            "La medida fue votada con 9 votos a favor y 5 en contra, luego de una sesión que se extendió por más de cuatro horas.",
            "Desde la empresa Transportes Sierra Chica argumentaron que los costos de combustible y de mantenimiento subieron muy por encima de la tarifa actual.",
            "\"Si no se actualizaba el boleto, en dos meses teníamos que sacar unidades de circulación\", explicó el gerente de la firma, Horacio Bentancor.",
            "La oposición cuestionó el aumento. \"Es un golpe más al bolsillo de los laburantes que no tienen otra forma de moverse\", dijo la concejala Mariela Quiroga.",
            "El boleto estudiantil y el de jubilados mantendrán un descuento del 50%, según confirmó el municipio.",
            "Además, la Municipalidad se comprometió a incorporar seis unidades nuevas antes de fin de año y a extender el recorrido de la línea 4 hasta el barrio Los Espinillos.",
            "Los usuarios podrán seguir pagando con la tarjeta Aguaribay Móvil o con código QR desde la aplicación oficial.",
        ]),
    dict(
        id="da-svoemmehal", lang="da", style="danish-local", loc="da",
        outlet="Fjordbladet", domain="fjordbladet.dk", city="Ravnsbæk",
        names=["Mette Skovgaard", "Rasmus Brandt", "Sofie Lund Madsen", "Anders Vestergaard", "Camilla Friis", "Jakob Thygesen"],
        titles=["Journalist", "Lokalredaktør", "Fotograf", "Politisk reporter"],
        headline="Ny svømmehal i Ravnsbæk bliver 40 millioner kroner dyrere end ventet",
        short="Svømmehallen",
        alt="Svømmehal-byggeri løber løbsk: Prisen stiger med 40 millioner",
        kicker="LOKALT",
        scenes=["Byggepladsen ved Engvej, hvor den nye svømmehal skal ligge",
                "Borgmester Lone Kjærgaard (S) står ved projektet",
                "Sådan skal den nye svømmehal se ud ifølge arkitekternes visualisering",
                "Grundvandet har drillet på byggegrunden"],
        related=["Bageren på Torvet lukker efter 62 år",
                 "Ny cykelsti mellem Ravnsbæk og Hjortlund er klar",
                 "Forældre raser over lukning af dagpleje",
                 "Se billederne: Tusindvis til byfest i Ravnsbæk"],
        paras=[
            "Byggeriet af den nye svømmehal i Ravnsbæk bliver omkring 40 millioner kroner dyrere end først antaget. Det fremgår af en ny rapport, som kommunalbestyrelsen fik forelagt tirsdag aften.",
            "Ifølge rapporten skyldes ekstraudgifterne primært stigende priser på stål og beton samt problemer med grundvandet på byggegrunden ved Engvej.",
            "Den samlede pris lander dermed på cirka 187 millioner kroner mod de oprindeligt budgetterede 147 millioner.",
            "»Det er selvfølgelig ikke en god nyhed, men vi står ved projektet. Borgerne har ventet på en ordentlig svømmehal i over 20 år,« siger borgmester Lone Kjærgaard (S).",
            "Oppositionen er langt mindre begejstret. Byrådsmedlem Jesper Holm (V) kalder forløbet for »dybt kritisabelt« og vil have en uvildig undersøgelse af budgetteringen.",
            "Svømmehallen skal efter planen have et 25-meter bassin med otte baner, et varmtvandsbassin og en afdeling til babysvømning.",
            "Åbningen er samtidig rykket fra sommeren 2025 til foråret 2026.",
            "Kommunalbestyrelsen skal tage endelig stilling til den ekstra bevilling på mødet den 24. september.",
        ]),
    dict(
        id="fi-kirjasto", lang="fi", style="finnish-local", loc="fi",
        outlet="Kalliojärven Sanomat", domain="kalliojarvensanomat.fi", city="Kalliojärvi",
        names=["Henna Koskinen", "Juha Rautio", "Aino Peltola", "Mikko Salmela", "Riikka Heinonen", "Ville Nurmi"],
        titles=["toimittaja", "uutispäällikkö", "kuvaaja", "aluetoimittaja"],
        headline="Kalliojärven kirjasto siirtyy väistötiloihin kahdeksi vuodeksi",
        short="Kirjasto muuttaa",
        alt="Kirjaston remontti alkaa syksyllä – lainaus jatkuu koulukeskuksessa",
        kicker="UUTISET",
        scenes=["Kalliojärven pääkirjaston peruskorjaus alkaa syyskuussa",
                "Kirjastotoimenjohtaja Sanna Väisänen esittelee väistötiloja",
                "Lehtilukusali siirtyy Koivurinteen koulukeskukseen",
                "Eino Lahtela käy kirjastossa lähes päivittäin"],
        related=["Uimahallin aukioloajat muuttuvat kesäksi",
                 "Kalliojärven tori saa uuden ilmeen",
                 "Koululaiset keräsivät 4000 euroa Ukrainaan",
                 "Kysely: Kalliojärveläiset haluavat lisää vuoroja linja-autoihin"],
        paras=[
            "Kalliojärven pääkirjasto sulkee ovensa syyskuun lopussa, kun rakennuksen peruskorjaus käynnistyy. Remontin arvioidaan kestävän noin kaksi vuotta.",
            "Kirjaston toiminta siirtyy väistötiloihin Koivurinteen koulukeskuksen ala-aulaan, jossa lainaus ja palautus jatkuvat lokakuun alusta alkaen.",
            "Kaupunginvaltuusto hyväksyi peruskorjauksen kesäkuussa. Hankkeen kustannusarvio on 6,8 miljoonaa euroa.",
            "– Rakennuksessa on todettu kosteusvaurioita ja ilmanvaihto on elinkaarensa päässä, kertoo kirjastotoimenjohtaja Sanna Väisänen.",
            "Väistötiloihin ei mahdu koko kokoelma, joten osa aineistosta siirretään varastoon. Varastossa olevia kirjoja voi kuitenkin varata verkkokirjaston kautta.",
            "Lehtilukusali ja asukastietokoneet ovat käytössä myös väliaikaisessa kirjastossa.",
            "Kirjaston vakiokävijä Eino Lahtela, 78, pitää järjestelyä ymmärrettävänä. – Kunhan lehdet saa lukea, niin kyllä tässä pari vuotta pärjätään.",
            "Uudistettu kirjasto avautuu suunnitelmien mukaan syksyllä 2026.",
        ]),
    dict(
        id="ro-pod", lang="ro", style="romanian-local", loc="ro",
        outlet="Curierul de Băltenești", domain="curierulbaltenesti.ro", city="Băltenești",
        names=["Andreea Munteanu", "Cristian Popescu", "Ioana Dumitrescu", "Mihai Ciobanu", "Raluca Stan", "Vlad Enache"],
        titles=["Reporter", "Redactor-șef", "Fotoreporter", "Editor"],
        headline="Podul de peste Râul Mic din Băltenești va fi reabilitat cu fonduri europene",
        short="Podul nou",
        alt="Băltenești: lucrările la podul peste Râul Mic încep în august",
        kicker="ADMINISTRAȚIE",
        scenes=["Podul de peste Râul Mic este închis circulației auto din 2022",
                "Primarul Ion Străjeru, la semnarea contractului de finanțare",
                "Pasarela provizorie va fi amplasată în aval de pod",
                "Parapetul podului a fost luat de ape în 2022"],
        related=["Apa caldă se oprește în cartierul Nord timp de trei zile",
                 "Târgul de toamnă de la Băltenești revine în septembrie",
                 "Elevii din Valea Lungă vor avea microbuz școlar nou",
                 "Prețul lemnelor de foc a crescut cu 20% în județ"],
        paras=[
            "Primăria Băltenești a semnat joi contractul de finanțare pentru reabilitarea podului de peste Râul Mic, închis circulației auto de aproape doi ani.",
            "Valoarea totală a proiectului se ridică la 7,4 milioane de lei, din care peste 90% provin din fonduri europene nerambursabile.",
            "Podul, construit în 1971, a fost grav afectat de inundațiile din primăvara lui 2022, când apa a luat o parte din parapet și a fisurat pilonul central.",
            "„Oamenii din satul Valea Lungă fac acum un ocol de 14 kilometri ca să ajungă la dispensar sau la școală. Nu se mai putea așa”, a declarat primarul Ion Străjeru.",
            "Lucrările ar urma să înceapă în luna august și să dureze aproximativ 11 luni, potrivit graficului stabilit cu constructorul.",
            "Pe durata șantierului, pietonii vor putea folosi o pasarelă provizorie amplasată la 50 de metri în aval.",
            "Localnicii spun că au așteptat prea mult. „Ni s-a tot promis, an de an. Vom crede când vom vedea mașinile trecând”, spune Maria Dobrotă, 63 de ani.",
            "Consiliul Local urmează să aprobe cofinanțarea într-o ședință extraordinară programată pentru săptămâna viitoare.",
        ]),
    dict(
        id="id-pasar", lang="id", style="indonesian-regional", loc="id",
        outlet="Harian Nusa Timur", domain="hariannusatimur.com", city="Tanjung Seruni",
        names=["Yohanes Kefi", "Rina Marlina", "Agus Setiawan", "Dewi Lestari Putri", "Fransiskus Bere", "Nur Hidayah"],
        titles=["Reporter", "Editor", "Fotografer", "Kontributor"],
        headline="Pedagang Pasar Lama Seruni Mulai Pindah ke Lokasi Sementara Pekan Depan",
        short="Pasar Lama",
        alt="Revitalisasi Pasar Lama Seruni Dimulai, Ratusan Pedagang Direlokasi",
        kicker="EKONOMI",
        scenes=["Suasana Pasar Lama Seruni, Kabupaten Tanjung Seruni",
                "Pekerja menyiapkan lapak di lokasi penampungan sementara di Jalan Pattimura",
                "Pedagang sayur melayani pembeli di Pasar Lama Seruni",
                "Kepala Dinas Perdagangan Tanjung Seruni meninjau lokasi sementara"],
        related=["Harga Cabai Rawit di Tanjung Seruni Tembus Rp 90 Ribu per Kilogram",
                 "Jadwal Kapal Feri Seruni-Larantuka Pekan Ini",
                 "Bupati Tanjung Seruni Resmikan Puskesmas Baru di Wailolong",
                 "Warga Keluhkan Jalan Rusak di Desa Lewobunga"],
        paras=[
            "Sebanyak 412 pedagang Pasar Lama Seruni, Kabupaten Tanjung Seruni, akan mulai dipindahkan ke lokasi penampungan sementara pada Senin pekan depan.",
            "Relokasi dilakukan karena bangunan pasar yang berdiri sejak 1984 itu akan direvitalisasi total dengan anggaran sekitar Rp 38 miliar.",
            "Lokasi sementara berada di lahan bekas terminal lama di Jalan Pattimura, sekitar 600 meter dari pasar.",
            "\"Kami sudah siapkan 450 lapak, jadi semua pedagang yang terdaftar pasti dapat tempat,\" kata Kepala Dinas Perdagangan Tanjung Seruni, Hendra Wijayakusuma.",
            "Namun sebagian pedagang mengaku khawatir kehilangan pelanggan. Siti Aminah (52), pedagang sayur, mengatakan lokasi baru sulit dijangkau angkot.",
            "\"Pembeli kami kebanyakan ibu-ibu yang jalan kaki. Kalau jauh, mereka pindah belanja ke tempat lain,\" ujarnya.",
            "Pemerintah daerah berjanji menambah trayek angkot menuju lokasi sementara selama masa pembangunan.",
            "Pembangunan pasar baru ditargetkan rampung dalam 14 bulan dan akan dilengkapi area parkir serta tempat pengolahan sampah.",
        ]),
    dict(
        id="ko-bus", lang="ko", style="korean-regional", loc="ko",
        outlet="한빛일보", domain="hanbitilbo.co.kr", city="서하시",
        names=["김서연", "박준호", "이지은", "최민석", "정하늘", "윤재원"],
        roman={"김서연": "seoyeon", "박준호": "junho", "이지은": "jieun", "최민석": "minseok",
               "정하늘": "haneul", "윤재원": "jaewon"},
        titles=["기자", "선임기자", "사진기자", "객원기자"],
        headline="서하시, 시내버스 노선 전면 개편…7월부터 간선·지선 체계로",
        short="버스 개편",
        alt="서하시 시내버스 33개 노선, 7월 1일부터 새 번호로 바뀐다",
        kicker="사회",
        scenes=["서하시 시내버스가 도심 정류장에 정차해 있다",
                "서하시 버스 노선 개편안 설명회 모습",
                "동곡면 버스 정류장에서 주민들이 버스를 기다리고 있다",
                "개편 후 서하시 간선버스 노선도"],
        related=["서하시, 여름철 폭염 대비 무더위 쉼터 120곳 운영",
                 "동곡면 농산물 직판장 문 열어…첫날 2천 명 방문",
                 "서하천 산책로 야간 조명 설치 완료",
                 "서하시의회, 추경 예산안 원안 가결"],
        paras=[
            "서하시가 오는 7월 1일부터 시내버스 노선을 간선과 지선 체계로 전면 개편한다고 14일 밝혔다.",
            "이번 개편은 2009년 이후 15년 만에 이뤄지는 것으로, 기존 41개 노선이 33개로 통합·조정된다.",
            "시는 도심을 관통하는 간선 노선 9개를 신설하고, 외곽 주거지와 간선 정류장을 잇는 지선 노선 24개를 운영할 계획이다.",
            "박정훈 서하시 교통정책과장은 \"배차 간격이 평균 18분에서 12분으로 줄어들 것으로 예상한다\"며 \"환승 할인도 그대로 유지된다\"고 설명했다.",
            "하지만 일부 농촌 지역 주민들은 직행 노선이 사라지면서 환승 부담이 커졌다며 불만을 나타내고 있다.",
            "동곡면에 사는 이순자(71) 씨는 \"예전에는 한 번에 시장까지 갔는데 이제는 두 번을 갈아타야 한다\"고 말했다.",
            "시는 이러한 의견을 반영해 농촌 지역에 수요응답형 버스 6대를 추가 투입하기로 했다.",
            "새 노선도와 시간표는 이달 말부터 시청 누리집과 각 정류장 안내판에서 확인할 수 있다.",
        ]),
]

# ---------------------------------------------------------------------------
# the fields the noise templates fill in
# ---------------------------------------------------------------------------

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
           "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember"],
    "ko": [f"{i}월" for i in range(1, 13)],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "fi": ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
    "ro": ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    "ko": ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"],
}
WD_SHORT = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            "fi": ["ma", "ti", "ke", "to", "pe", "la", "su"],
            "ko": ["월", "화", "수", "목", "금", "토", "일"]}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fields(art, rng):
    """Random names, dates and numbers for one noise item, in the article's language."""
    lang = art["lang"]
    names = list(dict.fromkeys(art["names"]))
    name = rng.choice(names)
    name2 = rng.choice([n for n in names if n != name] or names)
    dt = datetime.datetime(rng.choice([2023, 2024, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28),
                           rng.randint(5, 22), rng.randint(0, 59), rng.randint(0, 59))
    up = dt + datetime.timedelta(minutes=rng.randint(20, 600))
    if lang == "ko":
        local = art["roman"][name]
    else:
        parts = ascii_fold(name).lower().replace("'", "").split()
        local = parts[0] + "." + parts[-1]
    mon = MONTHS[lang]
    wd = WEEKDAYS[lang]
    wds = WD_SHORT.get(lang, WD_SHORT["en"])
    f = dict(
        name=name, name2=name2, NAME=name.upper(), NAME2=name2.upper(), first=name.split()[0],
        title=rng.choice(art["titles"]), outlet=art["outlet"], OUTLET=art["outlet"].upper(),
        city=art["city"], domain=art["domain"],
        email=f"{local}@{art['domain'].replace('slowledger.substack.com', 'slowledger.net')}",
        handle=ascii_fold(name).replace(" ", "").replace("'", "")[:14],
        y=dt.year, m=dt.month, mm=f"{dt.month:02d}", d=dt.day, dd=f"{dt.day:02d}", ord=ordinal(dt.day),
        mon=mon[dt.month - 1], mons=mon[dt.month - 1][:3], wd=wd[dt.weekday()], wds=wds[dt.weekday()],
        H=f"{dt.hour:02d}", Hn=dt.hour, M=f"{dt.minute:02d}", S=f"{dt.second:02d}",
        h=(dt.hour - 1) % 12 + 1, ap="AM" if dt.hour < 12 else "PM", apl="am" if dt.hour < 12 else "pm",
        uy=up.year, um=up.month, umm=f"{up.month:02d}", ud=up.day, udd=f"{up.day:02d}",
        umon=mon[up.month - 1], uwds=wds[up.weekday()],
        uH=f"{up.hour:02d}", uHn=up.hour, uM=f"{up.minute:02d}", uh=(up.hour - 1) % 12 + 1,
        uap="AM" if up.hour < 12 else "PM",
        ago=rng.randint(2, 23), rt=rng.randint(2, 9), n=0, tot=rng.randint(4, 24),
        scene=rng.choice(art["scenes"]), rel=rng.choice(art["related"]),
        phone=f"07{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        num=rng.randint(100, 999), num4=rng.randint(1000, 9999), price=rng.choice([1, 2, 3, 4, 5, 9]),
    )
    f["n"] = rng.randint(1, f["tot"])
    rels = list(art["related"])
    rng.shuffle(rels)
    f["rel1"], f["rel2"], f["rel3"] = rels[0], rels[1], rels[2]
    return f

# ---------------------------------------------------------------------------
# byline chrome: (label, lines); top = under the headline, foot = after the article
# ---------------------------------------------------------------------------

BYLINE_TOP = {
    "nz": [
        ("name-alone", ["{name}"]),
        ("name-title", ["{name}", "{title}"]),
        ("by-name", ["By {name}"]),
        ("name-outlet", ["{name} | {outlet}"]),
        ("date-time", ["{d} {mon}, {y} {h}:{M} {ap}"]),
        ("read-time", ["{rt} mins to read"]),
        ("name-date-read", ["{name}", "{d} {mon}, {y} {h}:{M} {ap}", "{rt} mins to read"]),
        ("published-stamp", ["Published {h}:{M}{apl}, {wd} {d} {mon} {y}"]),
        ("name-ldr", ["{name} · Local Democracy Reporter"]),
        ("updated-ago", ["Updated {ago} hours ago"]),
    ],
    "ke": [
        ("by-name-upper", ["By {NAME}"]),
        ("name-title", ["{name}", "{title}"]),
        ("date-long", ["{wd}, {mon} {d}, {y}"]),
        ("published-on", ["Published on: {dd} {mon} {y} - {H}:{M}"]),
        ("by-name-date", ["By {name} | {mon} {d}, {y}"]),
        ("name-outlet", ["{name}, {outlet}"]),
        ("updated-read", ["Updated {mons} {d}, {y} · {rt} min read"]),
        ("name-and-photo", ["By {name} and {name2}"]),
        ("kna", ["By KNA"]),
    ],
    "us": [
        ("author-updated", ["Author: {name}", "Published: {h}:{M} {ap} CDT {mon} {d}, {y}",
                            "Updated: {uh}:{uM} {uap} CDT {umon} {ud}, {uy}"]),
        ("published-cdt", ["Published: {h}:{M} {ap} CDT {mon} {d}, {y}"]),
        ("updated-cdt", ["Updated: {uh}:{uM} {uap} CDT {umon} {ud}, {uy}"]),
        ("by-name-caps", ["By {NAME}"]),
        ("posted", ["Posted: {mons} {d}, {y} / {h}:{M} {ap} CDT"]),
        ("name-title", ["{name}", "{title}"]),
        ("staff", ["KVTR 9 Staff"]),
        ("name-email", ["By {name}, {email}"]),
    ],
    "gulf": [
        ("by-name", ["{name}"]),
        ("published-gst", ["Published: {wds} {d} {mon} {y}, {h}:{M} {ap}"]),
        ("last-updated", ["Last updated: {uwds} {ud} {umon} {uy}, {uh}:{uM} {uap}"]),
        ("name-title", ["{name}", "{title}"]),
        ("name-city", ["{name}, {city}"]),
        ("wam", ["WAM"]),
        ("by-name-date", ["By {name}", "{wd}, {d} {mon} {y}"]),
        ("read-time", ["{rt} min read"]),
    ],
    "letter": [
        ("name-date", ["{name}", "{mons} {d}, {y}"]),
        ("date-alone", ["{mon} {d}, {y}"]),
        ("date-paid", ["{mons} {d} ∙ Paid"]),
        ("name-alone", ["{name}"]),
        ("read-time", ["{rt} min read"]),
        ("date-preview", ["{mons} {d}, {y} ∙ Preview"]),
        ("counts", ["{ago}", "Share"]),
    ],
    "club": [
        ("posted-by", ["Posted by {name} in Women's Team"]),
        ("ord-date", ["{ord} {mon} {y}"]),
        ("slash-date", ["Posted on {dd}/{mm}/{y}"]),
        ("wd-date-time", ["{wd} {d} {mon} {y} | {H}:{M}"]),
        ("words-pics", ["Words: {name} | Pics: {name2}"]),
        ("name-title", ["{name}", "{title}"]),
        ("by-name", ["by {name}"]),
    ],
    "es": [
        ("por-name", ["Por {name}"]),
        ("name-title", ["{name}", "{title}"]),
        ("fecha-hora", ["{d} de {mon} de {y} - {H}:{M}"]),
        ("wd-fecha-hs", ["{wd}, {d} de {mon} de {y} · {H}:{M} hs"]),
        ("actualizado", ["Actualizado: {udd}/{umm}/{uy} {uH}:{uM}"]),
        ("redaccion", ["Redacción El Litoral Serrano"]),
        ("lectura", ["Lectura: {rt} min"]),
        ("por-name-fecha", ["Por {name}", "{dd}/{mm}/{y}"]),
        ("publicado", ["Publicado el {d} {mons} {y}"]),
    ],
    "da": [
        ("af-name", ["Af {name}"]),
        ("name-title", ["{name}", "{title}"]),
        ("dato-kl", ["{d}. {mon} {y} kl. {H}.{M}"]),
        ("opdateret", ["Opdateret {ud}. {umon} {uy} kl. {uH}.{uM}"]),
        ("publiceret", ["Publiceret {wd} {d}. {mon} {y} - kl. {H}:{M}"]),
        ("laesetid", ["Læsetid: {rt} min."]),
        ("tekst-foto", ["Tekst: {name} · Foto: {name2}"]),
        ("ritzau", ["/ritzau/"]),
        ("i-dag", ["I dag kl. {H}.{M}"]),
    ],
    "fi": [
        ("name-alone", ["{name}"]),
        ("name-title", ["{name}", "{title}"]),
        ("julkaistu", ["Julkaistu {d}.{m}.{y} {Hn}:{M}"]),
        ("julk-paiv", ["Julkaistu {d}.{m}. {Hn}:{M} | Päivitetty {ud}.{um}. {uHn}:{uM}"]),
        ("wd-klo", ["{wds} {d}.{m}.{y} klo {Hn}.{M}"]),
        ("lukuaika", ["Lukuaika noin {rt} min"]),
        ("teksti-kuvat", ["Teksti: {name} | Kuvat: {name2}"]),
        ("stt", ["STT"]),
        ("name-date", ["{name}", "{d}.{m}.{y} {Hn}:{M}"]),
    ],
    "ro": [
        ("de-name", ["de {name}"]),
        ("autor", ["Autor: {name}"]),
        ("publicat", ["Publicat: {wd}, {d} {mon} {y}, {H}:{M}"]),
        ("actualizat", ["Actualizat: {udd}.{umm}.{uy} {uH}:{uM}"]),
        ("date-slash", ["{dd}/{mm}/{y} - {H}:{M}"]),
        ("timp-citire", ["Timp de citire: {rt} minute"]),
        ("name-date", ["{name}", "{d} {mon} {y}, {H}:{M}"]),
        ("text-foto", ["Text: {name} / Foto: {name2}"]),
    ],
    "id": [
        ("penulis-editor", ["Penulis: {name}", "Editor: {name2}"]),
        ("reporter-editor", ["Reporter: {name} | Editor: {name2}"]),
        ("tanggal-wita", ["{wd}, {d} {mon} {y} - {H}:{M} WITA"]),
        ("diperbarui", ["Diperbarui {ud} {umon} {uy}, {uH}:{uM} WITA"]),
        ("tanggal-slash", ["{dd}/{mm}/{y}, {H}:{M} WITA"]),
        ("laporan-wartawan", ["Laporan Wartawan Harian Nusa Timur, {name}"]),
        ("kontributor", ["Kontributor Tanjung Seruni, {name}"]),
        ("waktu-baca", ["Waktu baca {rt} menit"]),
    ],
    "ko": [
        ("name-gija", ["{name} 기자"]),
        ("name-email", ["{name} 기자 {email}"]),
        ("input", ["입력 {y}.{mm}.{dd} {H}:{M}"]),
        ("input-edit", ["입력 {y}.{mm}.{dd} {H}:{M}  수정 {uy}.{umm}.{udd} {uH}:{uM}"]),
        ("gisaipryeok", ["기사입력 {y}-{mm}-{dd} {H}:{M}:{S}"]),
        ("bracket", ["[한빛일보={name} 기자]"]),
        ("seungin", ["승인 {y}.{mm}.{dd} {H}:{M}"]),
        ("name-then-date", ["{name} 기자", "등록 {y}.{mm}.{dd} {H}:{M}"]),
    ],
}

BYLINE_FOOT = {
    "nz": [
        ("bio", ["{name} is a Local Democracy Reporter based in {city}."]),
        ("ldr-note", ["Local Democracy Reporting is public interest journalism funded through NZ On Air."]),
        ("additional", ["- Additional reporting by {name2}"]),
        ("contact", ["Contact {first}: {email}"]),
    ],
    "ke": [
        ("bio", ["{name} is a {title} at {outlet}."]),
        ("additional", ["Additional reporting by {name2}"]),
        ("email", ["{email}"]),
        ("reporting-editing", ["Reporting by {name}; Editing by {name2}"]),
    ],
    "us": [
        ("ap-note", ["The Associated Press contributed to this report."]),
        ("copyright-ap", ["Copyright {y} KVTR. All rights reserved."]),
        ("follow", ["Follow {name} on X: @{handle}KVTR"]),
        ("contributed", ["KVTR 9's {name2} contributed to this report."]),
    ],
    "gulf": [
        ("bio", ["{name} is a {title} at {outlet} covering transport and urban affairs."]),
        ("with-inputs", ["— With inputs from WAM"]),
        ("email", ["{email}"]),
        ("follow", ["Follow {first} on X @{handle}GM"]),
    ],
    "letter": [
        ("signoff", ["— {first}"]),
        ("ps", ["P.S. You can always reply to this email. I read every one."]),
        ("bio", ["{name} writes The Slow Ledger from a kitchen table in {city}."]),
    ],
    "club": [
        ("words", ["Words: {name}"]),
        ("photos", ["Photos: {name2} / {outlet}"]),
        ("report-by", ["Report by {name}, {title}"]),
    ],
    "es": [
        ("bio", ["{name} es periodista de {outlet}. Cubre política local y transporte."]),
        ("fuente", ["Fuente: NA"]),
        ("segui", ["Seguí a {first} en X: @{handle}"]),
        ("con-info", ["Con información de agencias"]),
    ],
    "da": [
        ("skriv-til", ["Skriv til {name}: {email}"]),
        ("bio", ["{name} er journalist på {outlet} og dækker kommunalpolitik."]),
        ("ritzau", ["/ritzau/"]),
        ("foelg", ["Følg {first} på X: @{handle}"]),
    ],
    "fi": [
        ("kirjoittaja", ["Kirjoittaja on Kalliojärven Sanomien {title}."]),
        ("juttua-korjattu", ["Juttua korjattu {ud}.{um}. klo {uHn}.{uM}: Lisätty kirjastotoimenjohtajan kommentti."]),
        ("email", ["{email}"]),
        ("stt", ["(STT)"]),
    ],
    "ro": [
        ("sursa", ["Sursa: Agerpres"]),
        ("autor-bio", ["{name} este reporter la {outlet} din {y}."]),
        ("email", ["Contact: {email}"]),
        ("urmareste", ["Urmărește-l pe {name} pe Facebook"]),
    ],
    "id": [
        ("editor", ["Editor: {name2}"]),
        ("penulis-editor", ["(Penulis: {name} | Editor: {name2})"]),
        ("antara", ["(ANTARA)"]),
        ("copyright", ["Copyright © {y} Harian Nusa Timur. All Rights Reserved"]),
    ],
    "ko": [
        ("name-email", ["{name} 기자 {email}"]),
        ("copyright", ["ⓒ 한빛일보 무단전재 및 재배포 금지"]),
        ("copyright-long", ["<저작권자 © 한빛일보, 무단 전재 및 재배포 금지>"]),
        ("yonhap", ["(서하=연합뉴스)"]),
    ],
}

# ---------------------------------------------------------------------------
# captions: (label, lines)
# ---------------------------------------------------------------------------

CAPTION = {
    "nz": [
        ("photo-slash", ["{scene}. Photo / {name}"]),
        ("photo-supplied", ["{scene}. Photo / Supplied"]),
        ("photo-file", ["{scene}. Photo / File"]),
        ("photo-outlet", ["{scene}. Photo: {name}/{outlet}"]),
        ("bare", ["{scene}."]),
        ("split-credit", ["{scene}.", "Photo / {name}"]),
    ],
    "ke": [
        ("bracket-photo", ["{scene}. [Photo: {NAME} | {OUTLET}]"]),
        ("photo-file", ["{scene}. PHOTO | FILE"]),
        ("image-courtesy", ["{scene}. IMAGE | COURTESY"]),
        ("photo-slash-name", ["{scene}. PHOTO/{NAME}"]),
        ("bare-upper", ["{scene}"]),
    ],
    "us": [
        ("paren-outlet", ["{scene} (KVTR)"]),
        ("credit-line", ["{scene}", "Credit: KVTR"]),
        ("courtesy", ["{scene}. (Photo courtesy Millbrook County Schools)"]),
        ("gallery", ["Image {n} of {tot}", "{scene}"]),
        ("viewer", ["{scene}. Photo credit: Viewer submitted"]),
        ("image-alt", ["Image: {scene}"]),
    ],
    "gulf": [
        ("dash-photo-by", ["{scene}. — Photo by {name}"]),
        ("dash-supplied", ["{scene}. — Supplied photo"]),
        ("gm-photo", ["{scene}. — GM photo: {name}"]),
        ("wam", ["{scene}. Photo: WAM"]),
        ("file-photo", ["File photo"]),
        ("bare", ["{scene}."]),
    ],
    "letter": [
        ("bare", ["{scene}"]),
        ("unsplash", ["Photo by {name2} on Unsplash"]),
        ("paren-me", ["{scene} (photo: me)"]),
        ("image-alt", ["Image: {scene}"]),
    ],
    "club": [
        ("camera-emoji", ["{scene} 📸 {name}"]),
        ("pic", ["{scene}. Pic: {name}"]),
        ("photo-club", ["Photo: {name} / {outlet}"]),
        ("gallery", ["{n} / {tot}", "{scene}"]),
        ("bare", ["{scene}"]),
    ],
    "es": [
        ("paren-foto", ["{scene}. (Foto: {name})"]),
        ("archivo", ["{scene}. Foto: archivo {outlet}"]),
        ("gentileza", ["{scene}. Foto: gentileza Municipalidad de {city}"]),
        ("foto-line", ["{scene}", "Foto: {name}"]),
        ("gallery", ["{n} de {tot}", "{scene}"]),
        ("ilustrativa", ["{scene} (Foto ilustrativa)"]),
    ],
    "da": [
        ("foto", ["{scene}. Foto: {name}"]),
        ("scanpix", ["{scene}. Foto: {name}/Ritzau Scanpix"]),
        ("privat", ["{scene}. Foto: Privat"]),
        ("arkiv", ["Arkivfoto: {name}"]),
        ("visualisering", ["{scene}. Visualisering: Arkitektfirmaet Holm & Brink"]),
        ("gallery", ["{n}/{tot}", "{scene}. Foto: {outlet}"]),
    ],
    "fi": [
        ("kuva", ["{scene}. Kuva: {name}"]),
        ("kuva-lehtikuva", ["{scene}. Kuva: {name} / Lehtikuva"]),
        ("arkisto", ["Kuva: Arkisto"]),
        ("kuva-upper", ["{scene}. KUVA: {NAME}"]),
        ("gallery", ["Kuva {n}/{tot}", "{scene}"]),
        ("kaupunki", ["{scene}. Kuva: Kalliojärven kaupunki"]),
    ],
    "ro": [
        ("foto", ["{scene}. Foto: {name}"]),
        ("arhiva", ["{scene} / Foto: arhivă"]),
        ("sursa-facebook", ["Sursa foto: Facebook / Primăria {city}"]),
        ("ilustrativ", ["Foto cu caracter ilustrativ"]),
        ("slash-outlet", ["{scene} / Foto: {outlet}"]),
        ("galerie", ["Galerie foto ({tot})", "{scene}"]),
    ],
    "id": [
        ("foto-upper", ["{scene}. (FOTO: {NAME}/HARIAN NUSA TIMUR)"]),
        ("istimewa", ["{scene}. (Foto: Dok. Istimewa)"]),
        ("ilustrasi", ["Foto: Ilustrasi"]),
        ("hnt", ["{scene}. Foto: HNT/{name}"]),
        ("antara", ["{scene}. (ANTARA/{name})"]),
        ("bare", ["{scene}."]),
    ],
    "ko": [
        ("db", ["{scene}. 사진=한빛일보 DB"]),
        ("triangle", ["▲ {scene} ⓒ 한빛일보"]),
        ("jegong", ["{scene} [사진=서하시 제공]"]),
        ("sajin-gija", ["사진={name} 기자"]),
        ("slash-jegong", ["{scene}. /사진제공=서하시"]),
        ("gallery", ["{n}/{tot}", "{scene}"]),
    ],
}

# ---------------------------------------------------------------------------
# promo chrome: (label, lines)
# ---------------------------------------------------------------------------

PROMO = {
    "nz": [
        ("newsletter", ["Sign up for the Gazette's free morning briefing – the day's local news in your inbox by 6am."]),
        ("subscribe", ["Support local journalism. Subscribe to the {outlet} from ${price} a week."]),
        ("app", ["Get the Gazette app: available on the App Store and Google Play."]),
        ("read-more-list", ["Read more:", "{rel1}", "{rel2}", "{rel3}"]),
        ("tip", ["Got a story? Email newsroom@{domain}"]),
        ("follow", ["Follow the {outlet} on Facebook for breaking local news."]),
        ("event", ["Maungaroa A&P Show – Saturday {d} {mon}. Gate sales from 8am, kids under 12 free."]),
        ("read-more-one", ["READ MORE: {rel}"]),
    ],
    "ke": [
        ("whatsapp", ["Get the latest news on our WhatsApp channel. Click here to join."]),
        ("youtube", ["Subscribe to our YouTube channel for the latest news and updates."]),
        ("app", ["Download the {outlet} app for breaking news alerts."]),
        ("also-read", ["ALSO READ: {rel}"]),
        ("tip", ["Have a story? Email us at editorial@{domain} or WhatsApp {phone}"]),
        ("epaper", ["Subscribe to the Daily Ledger e-paper from Sh20 a day."]),
        ("follow", ["Follow us on X @DailyLedgerKE and on Facebook."]),
        ("related-list", ["Related", "{rel1}", "{rel2}"]),
    ],
    "us": [
        ("app", ["Download the KVTR 9 News app to get breaking news alerts sent straight to your phone."]),
        ("newsletter", ["Sign up for the KVTR 9 Morning Headlines newsletter"]),
        ("related-one", ["RELATED: {rel}"]),
        ("tip", ["Have a news tip? Email news@{domain} or call our newsroom."]),
        ("stream", ["Stream KVTR 9 News for free on Roku, Fire TV and Apple TV."]),
        ("more-list", ["MORE FROM KVTR 9:", "{rel1}", "{rel2}", "{rel3}"]),
        ("watch-live", ["WATCH LIVE: KVTR 9 News at 6"]),
        ("trending", ["Trending Stories", "{rel1}", "{rel2}"]),
    ],
    "gulf": [
        ("whatsapp", ["Stay up to date with the latest news. Follow The Gulf Meridian on WhatsApp Channels."]),
        ("newsletter", ["Get the latest news delivered to your inbox. Sign up for our Daily Briefing newsletter."]),
        ("also-read-list", ["ALSO READ:", "{rel1}", "{rel2}"]),
        ("app", ["Download The Gulf Meridian app for iOS and Android"]),
        ("follow", ["For latest news and updates, follow us on Instagram, X and Facebook."]),
        ("event", ["Register now for the Meridian Property Expo, 22-24 November at the {city} Exhibition Centre"]),
        ("also-read-one", ["Also Read: {rel}"]),
        ("google-news", ["Follow us on Google News for the latest updates"]),
    ],
    "letter": [
        ("thanks-subscribe", ["Thanks for reading The Slow Ledger! Subscribe for free to receive new posts and support my work."]),
        ("subscribe", ["Subscribe"]),
        ("share", ["Share"]),
        ("share-named", ["Share The Slow Ledger"]),
        ("comment", ["Leave a comment"]),
        ("coffee", ["If this letter helped, you can buy me a coffee at ko-fi.com/slowledger. It keeps this thing free."]),
        ("upgrade", ["Upgrade to paid", "Paid subscribers get the monthly Q&A and the full archive."]),
        ("podcast", ["Listen to this post on the Slow Ledger podcast, wherever you get your podcasts."]),
        ("refer", ["Refer a friend"]),
    ],
    "club": [
        ("tickets", ["Tickets for our next home game are on sale now via the club shop."]),
        ("season-tickets", ["Become a member: season tickets for 2024/25 are available now!"]),
        ("follow", ["Follow the club on Instagram, X and TikTok @AshcombeTownFC"]),
        ("highlights", ["Highlights from Sunday's final will be available on AshcombeTV from Monday evening."]),
        ("kit", ["Our new home kit is available now in the club shop – order online with free delivery on orders over £40."]),
        ("lottery", ["Back the Blues! Join the 200 Club for just £5 a month."]),
        ("sponsor", ["Sponsor a player for the 2024/25 season – contact commercial@{domain}"]),
        ("latest-list", ["Latest News", "{rel1}", "{rel2}", "{rel3}"]),
    ],
    "es": [
        ("newsletter", ["Suscribite a nuestro newsletter y recibí las noticias de la región todas las mañanas."]),
        ("instagram", ["Seguinos en Instagram: @litoralserrano"]),
        ("whatsapp", ["Sumate a nuestro canal de WhatsApp"]),
        ("lee-tambien", ["LEÉ TAMBIÉN: {rel}"]),
        ("mira-tambien", ["Mirá también", "{rel1}", "{rel2}"]),
        ("app", ["Descargá la app de {outlet}"]),
        ("socio", ["Apoyá el periodismo local. Hacete socio de {outlet} por $1500 por mes."]),
        ("podcast", ["Escuchá el podcast \"La Mañana Serrana\" en Spotify"]),
        ("te-puede", ["Te puede interesar:", "{rel1}", "{rel2}", "{rel3}"]),
    ],
    "da": [
        ("newsletter", ["Tilmeld dig Fjordbladets nyhedsbrev og få dagens vigtigste lokale nyheder hver morgen."]),
        ("laes-ogsaa", ["Læs også: {rel}"]),
        ("app", ["Hent Fjordbladets app i App Store eller Google Play."]),
        ("facebook", ["Følg Fjordbladet på Facebook"]),
        ("proev", ["Få adgang til alle artikler – prøv Fjordbladet+ 1 måned for 1 kr."]),
        ("paywall", ["Denne artikel er forbeholdt abonnenter", "Log ind eller køb abonnement"]),
        ("podcast", ["Lyt til podcasten »Fjordsnak« der, hvor du lytter til podcasts."]),
        ("tip", ["Har du et tip til redaktionen? Skriv til tip@{domain}"]),
        ("mest-laeste", ["Mest læste", "{rel1}", "{rel2}", "{rel3}"]),
    ],
    "fi": [
        ("newsletter", ["Tilaa Kalliojärven Sanomien uutiskirje – saat päivän tärkeimmät uutiset sähköpostiisi."]),
        ("lue-myos", ["Lue myös: {rel}"]),
        ("app", ["Lataa Kalliojärven Sanomat -sovellus"]),
        ("follow", ["Seuraa meitä Facebookissa ja Instagramissa"]),
        ("paywall", ["Tämä artikkeli on vain tilaajille.", "Tilaa nyt 1 kk 1 €"]),
        ("podcast", ["Kuuntele Kallio-podcast Spotifysta tai Supla-sovelluksesta."]),
        ("tip", ["Onko sinulla uutisvinkki? Lähetä se osoitteeseen uutiset@{domain}"]),
        ("luetuimmat", ["Luetuimmat", "{rel1}", "{rel2}", "{rel3}"]),
        ("mainos", ["Mainos"]),
    ],
    "ro": [
        ("newsletter", ["Abonează-te la newsletterul {outlet} și primești zilnic cele mai importante știri."]),
        ("citeste-si", ["Citește și: {rel}"]),
        ("google-news", ["Urmărește {outlet} și pe Google News"]),
        ("app", ["Descarcă aplicația {outlet} pentru Android și iOS"]),
        ("doneaza", ["Susține presa locală independentă! Donează acum"]),
        ("social", ["Ne găsești și pe Facebook, Instagram și TikTok"]),
        ("pont", ["Ai un pont? Scrie-ne la redactie@{domain}"]),
        ("vezi-si", ["Vezi și:", "{rel1}", "{rel2}"]),
        ("publicitate", ["Publicitate"]),
    ],
    "id": [
        ("baca-juga", ["Baca Juga: {rel}"]),
        ("google-news", ["Simak berita dan artikel lainnya di Google News"]),
        ("telegram", ["Dapatkan update berita pilihan dan breaking news setiap hari dari HarianNusaTimur.com. Mari bergabung di Grup Telegram \"Harian Nusa Timur Update\", caranya klik link lalu join."]),
        ("whatsapp", ["Ikuti saluran WhatsApp Harian Nusa Timur untuk berita terkini"]),
        ("app", ["Download aplikasi Harian Nusa Timur di Play Store dan App Store"]),
        ("advertisement", ["ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"]),
        ("berita-terkait", ["Berita Terkait", "{rel1}", "{rel2}", "{rel3}"]),
        ("artikel-asli", ["Artikel ini telah tayang di HarianNusaTimur.com dengan judul \"{rel}\""]),
    ],
    "ko": [
        ("related-list", ["[관련기사]", "{rel1}", "{rel2}"]),
        ("related-arrow", ["▶ 관련기사: {rel}"]),
        ("naver", ["▶ 네이버에서 한빛일보를 구독하세요!"]),
        ("newsletter", ["한빛일보 뉴스레터 구독하기"]),
        ("kakao", ["카카오톡 채널 추가하고 서하 소식 가장 먼저 받아보세요"]),
        ("jebo", ["제보하기 ▷ 전화 02-{num}-{num4} ▷ 이메일 jebo@{domain} ▷ 카카오톡 @한빛일보"]),
        ("huwon", ["한빛일보를 후원해 주세요. 여러분의 후원이 지역 언론을 지킵니다."]),
        ("most-read", ["많이 본 뉴스", "{rel1}", "{rel2}", "{rel3}"]),
    ],
}

# kicker/breadcrumb lines printed with a duplicated headline
BREADCRUMB = {
    "nz": "Home / News / Local", "ke": "Home > Counties > Kiambaru", "us": "News > Local > Education",
    "gulf": "Home » Nation » Transport", "letter": "The Slow Ledger", "club": "Home > News > Women",
    "es": "Inicio > Ciudad", "da": "Forside › Lokalt › Ravnsbæk", "fi": "Etusivu › Uutiset",
    "ro": "Acasă » Știri locale", "id": "Home > Ekonomi > Daerah", "ko": "홈 > 사회 > 지역",
}


def fill(art, rng, template, kind):
    """(label, lines) template -> list of (line, label)."""
    label, lines = template
    f = fields(art, rng)
    return [(x.format(**f), f"{kind}/{label}") for x in lines]


def _pick(rng, seq, k):
    return rng.sample(seq, min(k, len(seq)))


def gen_byline(art, rng, paras, headline):
    doc = harness.Doc(headline, paras)
    loc = art["loc"]
    n = len(paras)
    r = rng.random()
    top = r < 0.85
    foot = r >= 0.6
    if top:
        items = []
        for t in _pick(rng, BYLINE_TOP[loc], rng.choice([1, 1, 2, 2, 3])):
            items.extend(fill(art, rng, t, "byline"))
        # a byline occasionally sits above the headline (kicker row) or after the lede
        j = 0 if rng.random() < 0.85 else 1
        if rng.random() < 0.1:
            doc.add("head", 0, items)
        else:
            harness.place(doc, rng, j, items)
    if foot:
        items = []
        for t in _pick(rng, BYLINE_FOOT[loc], rng.choice([1, 1, 2])):
            items.extend(fill(art, rng, t, "byline"))
        harness.place(doc, rng, n, items, glue_p=0.15)
    return doc


def gen_caption(art, rng, paras, headline):
    doc = harness.Doc(headline, paras)
    loc = art["loc"]
    n = len(paras)
    k = rng.choice([1, 1, 2, 2, 3])
    for t in _pick(rng, CAPTION[loc], k):
        items = fill(art, rng, t, "caption")
        # lead image sits under the headline; inline images between paragraphs
        j = 0 if rng.random() < 0.4 else rng.randint(1, n - 1)
        harness.place(doc, rng, j, items, glue_p=0.3)
    return doc


def gen_duphead(art, rng, paras, headline):
    doc = harness.Doc(headline, paras)
    loc = art["loc"]
    n = len(paras)
    dup = [(headline, "duphead/exact")]
    r = rng.random()
    if r < 0.3:
        # plain second copy under the headline (h1 + og:title)
        harness.place(doc, rng, 0, dup, glue_p=0.35)
    elif r < 0.45:
        # section kicker and the headline again, above the real headline
        doc.add("head", 0, [(art["kicker"], "duphead/kicker"), (headline, "duphead/exact-above")])
    elif r < 0.6:
        # kicker line, then the headline repeated under it
        harness.place(doc, rng, 0, [(art["kicker"], "duphead/kicker")] + dup, glue_p=0.2)
    elif r < 0.72:
        # SEO/social variant of the headline plus the exact copy
        items = [(art["alt"], "duphead/alt-variant")] + dup
        if rng.random() < 0.5:
            items.reverse()
        harness.place(doc, rng, 0, items, glue_p=0.2)
    elif r < 0.82:
        # breadcrumb trail ending in the headline
        harness.place(doc, rng, 0, [(BREADCRUMB[loc], "duphead/breadcrumb")] + dup, glue_p=0.2)
    elif r < 0.92:
        # the headline repeated at the foot (share box / "you are reading")
        harness.place(doc, rng, n, [(headline, "duphead/exact-foot")], glue_p=0.2)
    else:
        # printed three times: title tag, h1, og:title
        doc.add("head", 0, [(headline, "duphead/exact-above")])
        harness.place(doc, rng, 0, dup, glue_p=0.3)
    return doc


def gen_promo(art, rng, paras, headline):
    doc = harness.Doc(headline, paras)
    loc = art["loc"]
    n = len(paras)
    r = rng.random()
    if r < 0.45:
        # one promo block, repeated 2-7 times down the page (same text each time)
        t = rng.choice(PROMO[loc])
        items = fill(art, rng, t, "promo")
        items = [(x, lab + "/repeated") for x, lab in items]
        reps = rng.randint(2, 7)
        for _ in range(reps):
            j = rng.randint(1, n)
            harness.place(doc, rng, j, items, glue_p=0.1)
    else:
        # one to three different single promos
        for t in _pick(rng, PROMO[loc], rng.choice([1, 1, 2, 3])):
            items = fill(art, rng, t, "promo")
            j = rng.randint(0, n) if rng.random() < 0.3 else rng.randint(1, n)
            harness.place(doc, rng, j, items, glue_p=0.2)
    return doc


GEN = {"byline": gen_byline, "caption": gen_caption, "duphead": gen_duphead, "promo": gen_promo}

if __name__ == "__main__":
    sys.exit(harness.main(sys.modules[__name__], "thirteenth blind set", 13))
