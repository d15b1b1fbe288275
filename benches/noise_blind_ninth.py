"""Blind noise set nine: bylines, captions, duplicate headlines and promo blocks in twelve articles.

Six English articles in site styles rarely covered elsewhere (an Australian
regional news site, an Irish regional weekly, an Indian English daily, a New
Zealand public broadcaster, a US local TV station website, a Substack-style
tech newsletter) and one article each in Dutch, Polish, Swedish, Italian,
Hungarian and Vietnamese. All prose, outlets and people are invented; the
noise imitates how sites in each country word it once HTML is flattened.
Written blind (without reading rinse's code, tests or other blind sets).
"""
import datetime
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import noise_blind_harness as harness  # noqa: E402

# --------------------------------------------------------------------------
# articles
# --------------------------------------------------------------------------

ARTICLES = [
    dict(
        id="au-rice", lang="en", site="au", section="Rural",
        headline="Riverina rice growers brace for smallest water allocation in a decade",
        short="Rice squeeze",
        paras=[
            "Rice growers across the Murrumbidgee Irrigation Area are weighing whether to plant at all this season after the state's water authority announced an opening general security allocation of just 8 per cent.",
            "The figure, released on Monday afternoon, is the lowest opening allocation since the tail end of the Millennium Drought and well short of the 30 per cent many farmers had pencilled into their budgets.",
            "Leeton grower Darren Pocock said he would leave two of his three paddocks fallow and sell whatever temporary water he could not use.",
            "\"You can't grow rice on hope, and you certainly can't grow it on eight per cent,\" Mr Pocock said.",
            "Irrigators' groups say the decision will ripple through the towns that depend on the crop, from the mill at Coleambally to the trucking firms and agronomists who service the district:",
            "Mill throughput down by a third; seasonal jobs cut by up to 40 per cent; contract harvesting and freight bookings halved.",
            "The authority said allocations would be reviewed fortnightly and could rise if autumn rain fell in the upper catchment, but warned growers not to plan on it.",
        ],
        captions=[
            "Darren Pocock inspects a dry rice bay on his farm near Leeton.",
            "Water flows through an irrigation channel outside Griffith earlier this year.",
            "The Coleambally rice mill processes most of the district's crop.",
        ],
        teasers=[
            "Wagga council backs plan for new riverside walking track",
            "Fruit fly detected in Hay as quarantine zone declared",
        ],
    ),
    dict(
        id="ie-postoffice", lang="en", site="ie", section="News",
        headline="Villagers pack hall as Kilbrack post office faces closure",
        short="Post office",
        paras=[
            "More than 200 people crowded into Kilbrack Community Hall on Thursday night to oppose the planned closure of the village's post office, which has served the parish since 1924.",
            "An Post told the postmistress, Mary Hehir, last month that the branch would shut at the end of June when her contract expires, with services moving to Scarriff, eleven kilometres away.",
            "Speaking from the floor, retired farmer Pat Conway said older residents without cars would be cut off from their pensions and bills:",
            "\"For a lot of people here, that counter is the only place they'll have a proper conversation all week.\"",
            "Local councillors from three parties have signed a joint letter to the Minister for Rural and Community Development asking for the decision to be reviewed.",
            "The meeting agreed a three-point plan: a petition after Mass on Sunday, a delegation to Leinster House and a rota of volunteers to keep the branch busy until June.",
            "An Post said in a statement that it remained committed to rural Ireland and that alternative arrangements would be put in place for customers in the area.",
        ],
        captions=[
            "Residents at the public meeting in Kilbrack Community Hall on Thursday night.",
            "Postmistress Mary Hehir behind the counter of the Kilbrack branch.",
            "The post office on Main Street, Kilbrack, which opened in 1924.",
        ],
        teasers=[
            "Ennis traders welcome return of Saturday market",
            "Clare hurlers name unchanged side for Cusack Park clash",
        ],
    ),
    dict(
        id="in-metro", lang="en", site="in", section="Pune",
        headline="Hinjewadi metro link deadline pushed to 2026 as land acquisition stalls",
        short="Metro delay",
        paras=[
            "The long-awaited Hinjewadi-Shivajinagar metro line will not open before March 2026, officials of the Pune Metropolitan Region Development Authority said on Tuesday, citing pending land acquisition at four locations.",
            "The 23-km elevated corridor, being built under a public-private partnership at an estimated cost of ₹8,313 crore, was originally slated for completion in 2025.",
            "According to the authority, nearly 1.2 hectares near Balewadi and Ganeshkhind are yet to be handed over, with compensation disputes pending before the district collector.",
            "Commuters in the IT hub have borne the brunt of the delay, with travel times on the Hinjewadi-Wakad stretch rising to well over an hour during peak hours.",
            "\"We have been hearing new dates every six months. Meanwhile my commute has doubled,\" said Sneha Patil, a software engineer who travels daily from Aundh.",
            "The authority has listed its immediate priorities as follows:",
            "Completion of viaduct work at Balewadi, shifting of utilities on Ganeshkhind Road, and trial runs on the Hinjewadi depot section by December.",
        ],
        captions=[
            "Construction of the metro viaduct along Ganeshkhind Road in Pune.",
            "Traffic crawls on the Hinjewadi-Wakad road during the evening peak.",
            "A completed stretch of the elevated corridor near Balewadi.",
        ],
        teasers=[
            "PMC to begin water cuts in eastern suburbs from next week",
            "SSC results declared, Pune division records 95 per cent pass rate",
        ],
    ),
    dict(
        id="nz-kereru", lang="en", site="nz", section="Environment",
        headline="Kererū numbers climb in Wellington backyards, annual count finds",
        short="Kererū count",
        paras=[
            "Sightings of kererū in Wellington gardens have risen for a fifth straight year, according to results of the Great Kererū Count released this morning.",
            "Volunteers logged more than 3100 birds across the capital during the ten-day survey in September, up about 12 percent on last year.",
            "Ecologist Dr Aroha Tane said predator control in the city's reserves and the spread of native plantings in private gardens were both helping.",
            "\"Kererū are the only bird left that can swallow the big fruit of trees like taraire and karaka, so when they do well, the forest does well,\" she said.",
            "The count also recorded:",
            "Birds feeding on kōwhai and tree lucerne in 40 percent of sightings; pairs seen in Karori, Brooklyn and Miramar for the first time; and fewer reports of window strikes.",
            "Organisers are urging residents to keep recording birds year-round through the online iNaturalist project, which feeds into Department of Conservation monitoring.",
        ],
        captions=[
            "A kererū feeds on kōwhai flowers in a Karori garden.",
            "Volunteers counting birds at Zealandia during the survey.",
            "Kererū are the only remaining native bird able to disperse large seeds.",
        ],
        teasers=[
            "Cook Strait ferry sailings cancelled as southerly hits the capital",
            "Petrol prices fall for third week in a row",
        ],
    ),
    dict(
        id="us-fire", lang="en", site="us", section="Local News",
        headline="Crews contain brush fire near Route 9 overpass; evacuation order lifted",
        short="Brush fire",
        paras=[
            "Firefighters from four departments contained a brush fire that burned about 40 acres near the Route 9 overpass in Millbrook Township on Sunday afternoon, officials said.",
            "The fire was reported shortly after 2 p.m. by a driver who saw smoke rising from the wooded area between the highway and Cedar Hollow Road.",
            "Residents of roughly 60 homes on Cedar Hollow Road and Pine Ridge Drive were told to leave as a precaution, and the township opened its community center as a shelter.",
            "The evacuation order was lifted just before 7 p.m., according to the Millbrook Township Office of Emergency Management.",
            "\"The wind was pushing it right toward those backyards, so we weren't taking any chances,\" Fire Chief Dana Ruiz said at the scene.",
            "No injuries were reported and no homes were damaged, but investigators are still working to determine what sparked the fire. Officials gave this advice to residents:",
            "Avoid burning yard waste until the red flag warning expires, clear dry leaves from gutters, and call 911 at the first sign of smoke.",
        ],
        captions=[
            "Smoke rises over the trees near the Route 9 overpass on Sunday afternoon.",
            "Firefighters work along Cedar Hollow Road as the fire burns nearby.",
            "Fire Chief Dana Ruiz briefs reporters at the scene.",
        ],
        teasers=[
            "Man charged after chase ends in crash on Interstate 84",
            "School board approves later start times for high schools",
        ],
    ),
    dict(
        id="blog-cache", lang="en", site="blog", section="Postmortems",
        headline="We made our build cache bigger and our builds got slower",
        short="Cache misses",
        paras=[
            "Last month we doubled the size of the shared build cache that backs our CI fleet, expecting hit rates to climb and build times to fall.",
            "Instead, the median build got about 18 percent slower within a week, and at first nobody on the team could explain why.",
            "The culprit turned out to be the eviction index: at the new size, the in-memory map no longer fit comfortably in cache, and every lookup started paying for a page walk.",
            "Here is what we changed, roughly in order of impact:",
            "Sharded the index by key prefix, moved cold entries to a second tier on local NVMe, and capped each shard at two million entries.",
            "\"Bigger is better\" is a fine default for caches right up until the bookkeeping becomes the workload.",
            "If you run a similar setup, measure lookup latency separately from hit rate; we only caught this because one engineer graphed the p99 of a single RPC.",
        ],
        captions=[
            "Median build time over four weeks, before and after the cache resize.",
            "Lookup latency by index size on a single cache node.",
            "The two-tier layout we ended up with.",
        ],
        teasers=[
            "What I learned from deleting half of our feature flags",
            "The boring database migration that took six months",
        ],
    ),
    dict(
        id="nl-dijk", lang="nl", site="nl", section="Regio",
        headline="Dijk bij Kampen wordt versterkt, fietspad maandenlang dicht",
        short="Dijkwerk",
        paras=[
            "Het waterschap begint volgende week met het versterken van een ruim twee kilometer lang stuk IJsseldijk ten noorden van Kampen.",
            "De dijk voldoet volgens de nieuwste normen niet meer aan de eisen voor hoogwaterveiligheid en moet breder en hoger worden.",
            "Voor fietsers betekent dat een flinke omweg: het fietspad op de kruin gaat tot eind oktober dicht en het verkeer wordt via de Zwartendijk omgeleid.",
            "\"We weten dat dit vervelend is voor mensen die hier dagelijks naar school of werk fietsen, maar veiligheid gaat voor\", zegt projectleider Ria Smeenk.",
            "Omwonenden kregen de afgelopen weken een brief met de planning. Daarin staan de belangrijkste fasen:",
            "Bomen kappen en grond afgraven in het voorjaar, ophogen en klei aanbrengen in de zomer, inzaaien en het fietspad terugleggen in het najaar.",
            "Het project kost ongeveer 38 miljoen euro en wordt grotendeels betaald uit het Hoogwaterbeschermingsprogramma van Rijk en waterschappen.",
        ],
        captions=[
            "Een graafmachine op de IJsseldijk ten noorden van Kampen.",
            "Fietsers op de dijk, die vanaf volgende week dicht is.",
            "Het tracé van de dijkversterking langs de IJssel.",
        ],
        teasers=[
            "Zwolle krijgt extra fietsenstalling bij het station",
            "Politie zoekt getuigen van inbraak in Dronten",
        ],
    ),
    dict(
        id="pl-tramwaj", lang="pl", site="pl", section="Kraków",
        headline="Tramwaj na Górkę Narodową pojedzie dopiero jesienią. Miasto tłumaczy opóźnienie",
        short="Tramwaj opóźniony",
        paras=[
            "Pasażerowie, którzy liczyli na to, że nowa linia tramwajowa na Górkę Narodową ruszy przed wakacjami, muszą uzbroić się w cierpliwość.",
            "Zarząd Transportu Publicznego poinformował w poniedziałek, że pierwsze kursy planowane są najwcześniej we wrześniu.",
            "Powodem są dodatkowe prace przy przebudowie sieci ciepłowniczej pod ulicą Pachońskiego, o których konieczności wykonawca dowiedział się dopiero po zdjęciu nawierzchni.",
            "– Nie chcemy otwierać linii, a za pół roku znowu rozkopywać torowiska – mówi rzecznik ZTP Marek Gajda.",
            "Mieszkańcy osiedla nie kryją rozczarowania. Na spotkaniu z urzędnikami wymieniali najważniejsze problemy:",
            "Zatłoczone autobusy w godzinach szczytu, brak parkingu przy pętli, objazdy przez wąskie uliczki Prądnika Białego.",
            "Budowa trasy o długości 3,3 km kosztuje ponad 400 mln zł i jest w dużej części finansowana ze środków unijnych.",
        ],
        captions=[
            "Budowa torowiska przy ulicy Pachońskiego w Krakowie.",
            "Pasażerowie czekają na autobus na pętli przy Górce Narodowej.",
            "Prace przy sieci ciepłowniczej wstrzymały układanie torów.",
        ],
        teasers=[
            "Od soboty zmiany w rozkładzie jazdy nocnych autobusów",
            "Wisła wygrywa derby. Kibice świętowali do późnej nocy",
        ],
    ),
    dict(
        id="sv-larare", lang="sv", site="sv", section="Umeå",
        headline="Rekordmånga sökande till lärarutbildningen i Umeå",
        short="Lärarrekord",
        paras=[
            "Aldrig tidigare har så många sökt till lärarprogrammen vid Umeå universitet som i år, visar nya siffror från Universitets- och högskolerådet.",
            "Totalt har drygt 4 800 personer sökt någon av utbildningarna, en ökning med nästan 20 procent jämfört med förra hösten.",
            "Störst är ökningen för grundlärarprogrammet med inriktning mot förskoleklass och årskurs 1–3.",
            "– Vi ser att fler väljer läraryrket som en andra karriär, ofta efter några år i ett annat jobb, säger prodekan Karin Öhman.",
            "Universitetet pekar på flera möjliga förklaringar till ökningen:",
            "Höjda lärarlöner i flera kommuner, fler distansplatser och en ny kompletterande pedagogisk utbildning för dem som redan har en examen.",
            "Antagningsbeskedet kommer i mitten av juli, och universitetet räknar med att kunna erbjuda något fler platser än i fjol.",
        ],
        captions=[
            "Studenter utanför Lärarhögskolan vid Umeå universitet.",
            "Prodekan Karin Öhman på sitt kontor på campus.",
            "Allt fler söker sig till läraryrket efter några år i annat arbete.",
        ],
        teasers=[
            "Isbanan på Nydalasjön öppnar i helgen",
            "Regionen varnar för långa köer på akuten",
        ],
    ),
    dict(
        id="it-portici", lang="it", site="it", section="Cronaca",
        headline="Bologna, riaprono i portici di via Santo Stefano dopo due anni di restauri",
        short="Portici restaurati",
        paras=[
            "Dopo quasi due anni di cantiere, i portici di via Santo Stefano tornano completamente percorribili da sabato mattina.",
            "I lavori hanno riguardato il consolidamento di 46 colonne, il rifacimento delle volte in mattoni e il recupero delle decorazioni originali.",
            "L'intervento, costato circa 3,2 milioni di euro, è stato finanziato in parte con i fondi destinati ai portici dopo il riconoscimento Unesco del 2021.",
            "«È un pezzo di città che restituiamo ai bolognesi e ai turisti, ma soprattutto ai commercianti che hanno resistito durante il cantiere», ha detto l'assessora ai lavori pubblici.",
            "Soddisfatti anche i residenti, che nei mesi scorsi avevano segnalato più volte i disagi:",
            "Passaggi ristretti, rumore fino a sera, ponteggi davanti alle vetrine e accesso difficile per chi si muove in carrozzina.",
            "Il Comune ha annunciato che il prossimo tratto a essere restaurato sarà quello di via Castiglione, con l'avvio dei lavori previsto in autunno.",
        ],
        captions=[
            "I portici restaurati di via Santo Stefano a Bologna.",
            "Un operaio al lavoro sulle volte durante il cantiere.",
            "Turisti sotto i portici nel giorno della riapertura.",
        ],
        teasers=[
            "Bologna, nuova ciclabile sui viali: via libera della giunta",
            "Maltempo in Emilia, allerta gialla per temporali",
        ],
    ),
    dict(
        id="hu-suello", lang="hu", site="hu", section="Balaton",
        headline="Több süllőt telepítenek idén a Balatonba",
        short="Süllőtelepítés",
        paras=[
            "A tavalyinál mintegy harmadával több süllőivadékot engednek a Balatonba idén, jelentette be kedden a tó halgazdálkodásáért felelős társaság.",
            "A tervek szerint összesen 1,4 millió előnevelt süllő kerül a vízbe, elsősorban a keleti medence sekélyebb, nádasokkal tagolt partszakaszain.",
            "A telepítést az indokolja, hogy az elmúlt években a természetes szaporulat elmaradt a várttól, amit a szakemberek részben a változó vízhőmérséklettel magyaráznak.",
            "„A süllő a Balaton csúcsragadozója, ezért az állomány állapota az egész ökoszisztémáról sokat elárul” – mondta a társaság halbiológusa.",
            "A horgászokat több változás is érinti az idei szezonban:",
            "Szigorúbb méretkorlátozás, napi két darabos fogási limit, valamint tilalmi időszak a telepítési területeken június végéig.",
            "Az ivadékokat a fonyódi és a balatonszemesi halastavakban nevelik, a telepítés a következő hetekben kezdődik.",
        ],
        captions=[
            "Süllőivadékok a fonyódi halastóban.",
            "Horgászok a balatonszemesi mólón.",
            "A telepítés a tó keleti medencéjében kezdődik.",
        ],
        teasers=[
            "Lezárják a 71-es főút egy szakaszát Balatonfűzfőnél",
            "Megnyílt a strandszezon Siófokon",
        ],
    ),
    dict(
        id="vi-xebuyt", lang="vi", site="vi", section="Giao thông",
        headline="Hà Nội thí điểm làn riêng cho xe buýt trên đường Nguyễn Trãi",
        short="Làn xe buýt",
        paras=[
            "Từ ngày 1/4, Hà Nội sẽ thí điểm tổ chức làn đường dành riêng cho xe buýt trên tuyến Nguyễn Trãi, đoạn từ Ngã Tư Sở đến cầu Trắng, quận Hà Đông.",
            "Theo Sở Giao thông Vận tải, làn xe buýt sẽ được bố trí sát dải phân cách giữa và hoạt động trong khung giờ cao điểm sáng và chiều.",
            "Các phương tiện khác không được đi vào làn này trong thời gian thí điểm, trừ xe cứu thương, xe chữa cháy và xe làm nhiệm vụ khẩn cấp.",
            "“Nếu xe buýt chạy đúng giờ hơn, chắc chắn nhiều người sẽ để xe máy ở nhà”, anh Nguyễn Văn Hùng, hành khách thường xuyên đi tuyến 02, nói.",
            "Đơn vị tư vấn đề xuất một số giải pháp đi kèm:",
            "Lắp camera giám sát, sơn màu mặt đường làn xe buýt, điều chỉnh pha đèn tín hiệu tại các nút giao lớn.",
            "Sau ba tháng thí điểm, thành phố sẽ đánh giá hiệu quả trước khi quyết định mở rộng sang các tuyến Lê Văn Lương và Trần Duy Hưng.",
        ],
        captions=[
            "Xe buýt di chuyển trên đường Nguyễn Trãi giờ cao điểm sáng.",
            "Đoạn đường dự kiến bố trí làn riêng cho xe buýt.",
            "Hành khách chờ xe tại điểm dừng gần Ngã Tư Sở.",
        ],
        teasers=[
            "Hà Nội cấm xe tải vào nội đô giờ cao điểm từ tháng sau",
            "Giá xăng giảm nhẹ trong kỳ điều chỉnh chiều nay",
        ],
    ),
]

LANGS = ["en", "nl", "pl", "sv", "it", "hu", "vi"]
KINDS = ["byline", "caption", "duphead", "promo"]

# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "vi": [str(i) for i in range(1, 13)],
}
MON_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru".split(),
    "sv": "jan feb mar apr maj jun jul aug sep okt nov dec".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "hu": "jan. febr. márc. ápr. máj. jún. júl. aug. szept. okt. nov. dec.".split(),
    "vi": [str(i) for i in range(1, 13)],
}
DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap".split(),
    "vi": ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"],
}
DAY_ABBR = {
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "nl": "ma di wo do vr za zo".split(),
    "pl": "pon. wt. śr. czw. pt. sob. niedz.".split(),
    "sv": "mån tis ons tors fre lör sön".split(),
    "it": "lun mar mer gio ven sab dom".split(),
    "hu": "H K Sze Cs P Szo V".split(),
    "vi": ["T2", "T3", "T4", "T5", "T6", "T7", "CN"],
}


def tok(lang, d):
    h12 = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    return dict(
        d=str(d.day), dd=f"{d.day:02d}", m=str(d.month), mm=f"{d.month:02d}", Y=str(d.year),
        yy=f"{d.year % 100:02d}", HH=f"{d.hour:02d}", H=str(d.hour), MM=f"{d.minute:02d}",
        Month=MONTHS[lang][d.month - 1], Mon=MON_ABBR[lang][d.month - 1],
        Dy=DAYS[lang][d.weekday()], Dya=DAY_ABBR[lang][d.weekday()],
        h12=f"{h12}:{d.minute:02d}{ap}", h12d=f"{h12}.{d.minute:02d}{ap}",
        h12U=f"{h12}:{d.minute:02d} {ap.upper()}", h12l=f"{h12}:{d.minute:02d} {ap}",
        h12p=f"{h12}:{d.minute:02d} {'a.m.' if ap == 'am' else 'p.m.'}",
    )


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L")


def pl_plural(n, one, few, many):
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def rel_en(rng, C):
    n, m = C["rn"], C["rm"]
    return rng.choice([
        f"{n} hour{'s' if n > 1 else ''} ago", f"{n}h ago", f"{m} minutes ago", f"{m} mins ago",
        f"Updated {n} hour{'s' if n > 1 else ''} ago", f"{n} hr{'s' if n > 1 else ''} ago",
        f"Yesterday at {C['h12']}", f"{C['rdays']} days ago",
    ])


def rel_nl(rng, C):
    n, m = C["rn"], C["rm"]
    return rng.choice([f"{n} uur geleden", f"{m} minuten geleden", f"{m} min geleden",
                       f"Gisteren, {C['HH']}:{C['MM']}", f"{C['rdays']} dagen geleden", f"Vandaag, {C['HH']}:{C['MM']}"])


def rel_pl(rng, C):
    n, m, dd = C["rn"], C["rm"], C["rdays"]
    return rng.choice([
        f"{n} {pl_plural(n, 'godzinę', 'godziny', 'godzin')} temu",
        f"{m} {pl_plural(m, 'minutę', 'minuty', 'minut')} temu",
        f"{dd} dni temu", f"wczoraj, {C['HH']}:{C['MM']}", f"dzisiaj, {C['HH']}:{C['MM']}",
        f"{n} godz. temu",
    ])


def rel_sv(rng, C):
    n, m = C["rn"], C["rm"]
    return rng.choice([
        f"för {n} {'timme' if n == 1 else 'timmar'} sedan", f"{m} min sedan", f"för {m} minuter sedan",
        f"igår {C['HH']}.{C['MM']}", f"idag {C['HH']}:{C['MM']}", f"Uppdaterad för {n} tim sedan",
    ])


def rel_it(rng, C):
    n, m = C["rn"], C["rm"]
    return rng.choice([
        "un'ora fa" if n == 1 else f"{n} ore fa", f"{m} minuti fa", f"{m} min fa",
        f"ieri alle {C['HH']}:{C['MM']}", f"{C['rdays']} giorni fa", f"Aggiornato {n} ore fa" if n > 1 else "Aggiornato un'ora fa",
    ])


def rel_hu(rng, C):
    n, m = C["rn"], C["rm"]
    return rng.choice([f"{n} órája", f"{m} perce", f"tegnap {C['HH']}:{C['MM']}", f"{C['rdays']} napja",
                       f"ma {C['HH']}:{C['MM']}", f"Frissítve: {n} órája"])


def rel_vi(rng, C):
    n, m = C["rn"], C["rm"]
    return rng.choice([f"{n} giờ trước", f"{m} phút trước", f"{C['rdays']} ngày trước",
                       f"Cập nhật {n} giờ trước", f"hôm qua lúc {C['HH']}:{C['MM']}"])


# --------------------------------------------------------------------------
# site styles (all outlets fictional; agencies real)
# --------------------------------------------------------------------------

STYLES = {}

STYLES["au"] = dict(
    lang="en", site="The Riverina Ledger", rel=rel_en,
    names=["Bridget McCallum", "Tom Ellery", "Priya Raman"],
    roles=["Rural reporter", "Riverina reporter", "Senior journalist", "Agriculture editor"],
    photogs=["Tom Ellery", "Dean Lewins", "Bridget McCallum", "Lucy Kerr"],
    by=["By {n}", "BY {n}", "By {n}, {role}"],
    outlet=["{n} | The Riverina Ledger", "{n}, Riverina Ledger", "By {n} for The Riverina Ledger"],
    multi=["By {a} and {b}", "{a} and {b}", "By {a}, {b} and {c}"],
    credits=["With AAP", "— with AAP", "Additional reporting by {b}", "Additional reporting: AAP", "AAP with {a}"],
    agency=["AAP", "Australian Associated Press", "By AAP", "Source: AAP"],
    pub=["Posted {Dya} {d} {Mon} {Y} at {h12}", "{Month} {d}, {Y} — {h12d}", "{d} {Month} {Y}",
         "Posted {Dya} {d} {Mon} {Y} at {h12}, updated {u_Dya} {u_d} {u_Mon} {u_Y} at {u_h12}",
         "Published {d} {Month} {Y}, {h12}", "{Dy}, {d} {Month} {Y}"],
    upd=["Updated {u_Month} {u_d}, {u_Y} — {u_h12d}", "Updated {u_h12} AEDT {u_Dya} {u_d} {u_Mon}", "Last updated {u_d} {u_Month} {u_Y}"],
    read=["{k} min read", "{k} minute read", "Reading time: {k} minutes"],
    bio=["{n} is the Ledger's rural reporter, based in Griffith.",
         "{n} covers agriculture and water policy for The Riverina Ledger.",
         "{n} is a senior journalist at The Riverina Ledger. Contact her on {e}@riverinaledger.com.au"],
    follow=["Follow {n} on X: @{hd}", "Follow @{hd}", "Twitter: @{hd}"],
    email=["{e}@riverinaledger.com.au", "Email: {e}@riverinaledger.com.au"],
    textphoto=["Words: {a} | Pictures: {b}", "Story: {a}, photos: {b}"],
    cap_credit=["Photo: AAP", "Photo: AAP Image/{p}", "Picture: {p}", "(Riverina Ledger: {p})", "Photo: Supplied",
                "Credit: AAP", "PHOTO: {p}", "(Supplied)", "Picture: Getty Images"],
    cap_inline=["{d} (Riverina Ledger: {p})", "{d} Photo: AAP", "{d} Picture: {p}", "{d} (Supplied)", "{d}Credit: {p}",
                "{d0}. Picture: {p}/The Riverina Ledger", "{d} (AAP Image/{p})"],
    gallery=["Open gallery", "View more photos", "Show more", "Loading"],
    gallery_count=["{i} of {N}", "{i} / {N}", "Photo {i} of {N}"],
    archive=["File photo: {d}", "{d} (File image)"],
    cap_copyright=["© AAP", "© The Riverina Ledger"],
    kickers=["Rural", "NSW", "Water", "Agriculture"],
    suffix=["{h} | The Riverina Ledger", "{h} - Riverina Ledger", "{h} | Rural News"],
    crumb=["Home / News / Rural / {h}", "News › Rural › {h}"],
    prefix=["Exclusive: {h}", "VIDEO: {h}"],
    newsletter=["Get the day's top stories delivered to your inbox. Sign up for The Riverina Ledger's morning newsletter.",
                "Sign up for our free Rural Roundup newsletter", "Sign up to our newsletter"],
    nl_box=[["Rural Roundup", "The week's farm news from across the Riverina, every Friday.", "Sign up",
             "By signing up, you agree to our Privacy Policy and Terms and Conditions."],
            ["Get our newsletter", "Enter your email address", "Subscribe"]],
    app=["Download The Riverina Ledger app for breaking news alerts", "Get the app: stay up to date with push notifications from the Ledger."],
    paywall=[["This story is for subscribers", "Subscribe now for $1 a week for your first 3 months.", "Already a subscriber? Log in"],
             "Subscribe for unlimited access to local news.", "Support local journalism. Subscribe today from $1 a week."],
    readalso=["Read more: {t}", "READ MORE: {t}", "RELATED: {t}", "Related: {t}", "Also read: {t}"],
    readhdr=["Related stories", "More from Rural", "Related Articles", "Read more"],
    social=["Follow The Riverina Ledger on Facebook and Instagram", "Like us on Facebook to keep up with local news"],
    donate=[],
    podcast=["Listen to The Paddock, our weekly rural affairs podcast, on Spotify or Apple Podcasts.", "Listen now: The Paddock podcast"],
    ad=["Advertisement", "ADVERTISEMENT"],
    share=["Share", "Share this article", "Copy link", "Facebook Twitter Email"],
    tip=["Got a story tip? Email news@riverinaledger.com.au", "Do you know more? Contact the newsroom on 02 6900 1234."],
    comments=["Comments", "Join the conversation", "Show comments"],
    channel=[],
    footer=["© 2024 The Riverina Ledger. All rights reserved."],
)

STYLES["ie"] = dict(
    lang="en", site="The Western Clarion", rel=rel_en,
    names=["Aoife Brennan", "Declan Moloney", "Siobhán Keane"],
    roles=["Reporter", "News Editor", "Regional Correspondent", "Community Reporter"],
    photogs=["Eamon Ward", "Brian Arthur", "Siobhán Keane", "John Kelly"],
    by=["By {n}", "Reporter: {n}", "Written by {n}"],
    outlet=["{n}, The Western Clarion", "{n} | Western Clarion", "{n} - The Western Clarion"],
    multi=["By {a} and {b}", "{a} & {b}"],
    credits=["Additional reporting by {b}", "Additional reporting: PA", "Reporting by {a}; Editing by {b}"],
    agency=["PA", "Press Association", "Irish Press Agency", "PA Media"],
    pub=["{Dy}, {d} {Month} {Y}", "{Month} {d} {Y} {h12U}", "{d} {Mon} {Y}", "Today at {HH}:{MM}", "{Dy} {d} {Month} {Y} at {HH}:{MM}", "Published: {d} {Month} {Y}"],
    upd=["Updated: {u_HH}:{u_MM} {u_d} {u_Mon} {u_Y}", "Last updated: {u_dd}/{u_mm}/{u_Y}", "Updated Today at {u_HH}:{u_MM}"],
    read=["{k} min read", "{k} mins read"],
    bio=["{n} is a reporter with The Western Clarion, covering east Clare and south Galway.",
         "{n} has been reporting on east Clare for the Clarion since 2015."],
    follow=["Follow {n} on X @{hd}", "Follow {n} on Twitter"],
    email=["{e}@westernclarion.ie", "Email {n}: {e}@westernclarion.ie"],
    textphoto=["Report: {a} | Photos: {b}", "Words and pictures: {a}"],
    cap_credit=["Picture: {p}", "Photograph: {p}", "Pic: {p}", "Photo: {p}", "PHOTO: {p}", "Picture: Collins", "Photo: RollingNews.ie"],
    cap_inline=["{d} Picture: {p}", "{d} Pic: {p}", "{d} Photograph: {p}", "{d0}. Photo: {p}", "{d} (Photo: {p})"],
    gallery=["View gallery", "Click to enlarge", "Expand"],
    gallery_count=["{i} of {N}", "{i}/{N}"],
    archive=["File photo: {d}", "{d} File picture"],
    cap_copyright=["© {p}", "© RollingNews.ie"],
    kickers=["News", "Clare", "Community", "East Clare"],
    suffix=["{h} - The Western Clarion", "{h} | Western Clarion", "{h} – Clare News"],
    crumb=["Home › News › {h}", "News / East Clare / {h}"],
    prefix=["WATCH: {h}", "PICTURES: {h}"],
    newsletter=["Sign up to receive our weekly newsletter with all the latest news from Clare",
                "Get the Clarion in your inbox every Thursday – sign up here"],
    nl_box=[["Clarion Weekly", "All the news from east Clare, every Thursday morning.", "Sign up",
             "This field is required", "I agree to the terms and privacy policy"]],
    app=["Download our app for the latest Clare news", "Download the Western Clarion app for iOS and Android"],
    paywall=[["Subscribe to the digital edition for just €1 for the first month", "Subscribe", "Already a subscriber? Sign in"],
             "This article is available to subscribers only."],
    readalso=["READ MORE: {t}", "Also read: {t}", "Read more: {t}", "RELATED: {t}"],
    readhdr=["Read More", "Most Read", "Related Stories", "More from News"],
    social=["Follow us on Facebook, X and Instagram for the latest updates", "Like The Western Clarion on Facebook"],
    donate=[],
    podcast=["Listen: The Clarion Podcast — this week's top stories from around the county", "Listen to our podcast"],
    ad=["Advertisement", "Advertisement"],
    share=["Share this article", "Share", "Facebook Twitter Email Whatsapp"],
    tip=["Have a story? Contact the newsroom at news@westernclarion.ie or 065 682 1234", "Got a news tip? Let us know"],
    comments=["Comments", "Comments (3)"],
    channel=["Join our WhatsApp community for breaking news"],
    footer=["© 2024 The Western Clarion. All Rights Reserved."],
)

STYLES["in"] = dict(
    lang="en", site="The Deccan Courier", rel=rel_en,
    names=["Ananya Kulkarni", "Rohit Deshpande", "Meera Iyer"],
    roles=["Special Correspondent", "Senior Reporter", "Staff Reporter", "Principal Correspondent"],
    photogs=["Arul Horizon", "Pavan Khengre", "Ashish Kale"],
    by=["Written by {n}", "By: {n}", "By {n}", "{n} | Pune"],
    outlet=["{n} / Courier News Service", "{n} | TDC", "{n}, Courier News Service", "Courier News Service"],
    multi=["{a}, {b}", "By {a} & {b}", "Written by {a}, {b}"],
    credits=["Edited by: {b}", "Reporting by {a}; Editing by {b}", "With inputs from PTI", "With inputs from agencies", "Written by {a} | Edited by {b}", "(With inputs from PTI)"],
    agency=["PTI", "(PTI)", "IANS", "Press Trust of India", "Courier News Service"],
    pub=["Published - {Month} {d}, {Y} {h12l} IST", "Updated: {Mon} {d}, {Y} {HH}:{MM} IST", "Last Updated : {dd} {Mon} {Y}, {h12U} IST",
         "Pune | Updated: {Month} {d}, {Y} {HH}:{MM} IST", "{Month} {d}, {Y} {HH}:{MM} IST", "Published on: {Month} {d}, {Y} at {h12U}"],
    upd=["Updated - {u_Month} {u_d}, {u_Y} {u_h12l} IST", "Updated: {u_Mon} {u_d}, {u_Y} {u_HH}:{u_MM} IST", "Last Updated: {u_Month} {u_d}, {u_Y}, {u_HH}:{u_MM} IST"],
    read=["{k} min read", "Reading Time: {k} mins"],
    bio=["{n} is a Special Correspondent with The Deccan Courier, covering urban infrastructure and transport in Pune.",
         "{n} reports on civic affairs and mobility for The Deccan Courier's Pune bureau."],
    follow=["Follow {n} on X @{hd}", "Follow {n}"],
    email=["{e}@deccancourier.in"],
    textphoto=[],
    cap_credit=["(Photo | Courier)", "Courier photo: {p}", "Photo: Special Arrangement", "| Photo Credit: {p}", "(PTI Photo)",
                "Representational image", "Image used for representational purpose only.", "File photo", "Photo Credit: X/@PMRDAofficial"],
    cap_inline=["{d} | Photo Credit: {p}", "{d} (Courier photo by {p})", "{d} (PTI)", "{d0}. (Express Photo)", "{d} | Photo Credit: Special Arrangement",
                "{d} (Photo: {p})"],
    gallery=["View Photos", "See Pics", "Photos"],
    gallery_count=["{i} / {N}", "{i} of {N}"],
    archive=["{d} (File Photo)", "Representational image: {d}"],
    cap_copyright=["© The Deccan Courier"],
    kickers=["Pune", "Cities", "PUNE", "Pune News", "Mumbai & Pune"],
    suffix=["{h} - The Deccan Courier", "{h} | Pune News", "{h} | Pune News - The Deccan Courier"],
    crumb=["Home / Cities / Pune / {h}", "News » Cities » Pune » {h}"],
    prefix=["Pune: {h}", "WATCH | {h}"],
    newsletter=["Subscribe to our newsletter for the day's top stories", "Get the top headlines in your inbox every morning. Subscribe now."],
    nl_box=[["Morning Digest", "Top stories from Pune and Maharashtra, delivered at 7 am.", "Subscribe",
             "Thank you for subscribing to our newsletter!"]],
    app=["Download the Deccan Courier app for Android and iOS",
         "Catch all the latest Pune news, breaking news and top headlines on the Deccan Courier app."],
    paywall=[["This article is for premium subscribers.", "Subscribe now to read.", "Already a subscriber? Sign in"],
             "Unlock this story: plans start at ₹99/month", "Premium"],
    readalso=["ALSO READ | {t}", "Also Read: {t}", "READ | {t}", "Also read: {t}", "ALSO READ: {t}"],
    readhdr=["Also Read", "Trending", "Top Stories", "Related News"],
    social=["Follow us on Instagram, Facebook and X", "Follow us on Google News"],
    donate=[],
    podcast=["Listen to our daily news podcast on Spotify, Apple Podcasts and JioSaavn"],
    ad=["Advertisement", "Story continues below this ad", "ADVERTISEMENT"],
    share=["Share", "Copy link", "Whatsapp Facebook Twitter Email", "Share Via"],
    tip=["Have a civic issue in your area? Write to us at pune@deccancourier.in"],
    comments=["Comments", "Post a Comment"],
    channel=["Join our WhatsApp channel for the latest news updates", "Click here to join our WhatsApp channel",
             "Join our Telegram channel for instant updates"],
    footer=["© The Deccan Courier Ltd. All rights reserved.", "Copyright © 2024 The Deccan Courier"],
)

STYLES["nz"] = dict(
    lang="en", site="Aorangi Radio News", rel=rel_en,
    names=["Mere Tāwhai", "Josh Whitcombe", "Lena Faleolo"],
    roles=["Environment reporter", "Wellington reporter", "Digital producer", "Reporter, Te Ao Māori"],
    photogs=["Mere Tāwhai", "Angus Dreaver", "Rebekah Parsons-King"],
    by=["By {n}", "{n}, {role}"],
    outlet=["{n}, ARN", "{n} for ARN News", "{n}, Aorangi Radio News"],
    multi=["{a} and {b}", "By {a} and {b}, ARN"],
    credits=["Local Democracy Reporting is public interest journalism funded through NZ On Air.",
             "This story was first published by the Otago Daily Times.", "Additional reporting by {b}"],
    agency=["ARN", "ARN/AAP", "AAP", "- ARN"],
    pub=["{h12l} on {d} {Month} {Y}", "{d} {Month} {Y}", "{Dy}, {d} {Month} {Y}", "{h12} {d} {Mon} {Y}"],
    upd=["Updated {u_h12l} on {u_d} {u_Month} {u_Y}", "Updated at {u_h12}"],
    read=["{k} min read", "{k} minutes to read"],
    bio=["{n} is ARN's environment reporter, based in Wellington.", "{n} is a reporter for ARN's Te Ao Māori news team."],
    follow=["Follow {n} on X @{hd}", "Follow @{hd}"],
    email=["{e}@arn.co.nz"],
    textphoto=[],
    cap_credit=["Photo: ARN / {p}", "Photo: Supplied", "Photo: 123RF", "Photo: DOC", "Photo: ARN", "Photo: Supplied / Zealandia",
                "Photo: Unsplash", "Image: ARN"],
    cap_inline=["{d} Photo: ARN / {p}", "{d} Photo: Supplied", "{d0} Photo: DOC", "{d} Photo: 123RF", "{d0}. Photo: ARN / {p}"],
    gallery=["Open image in gallery", "Expand image", "Photo gallery"],
    gallery_count=["{i} of {N}", "Image {i} of {N}"],
    archive=["{d} (File photo)", "File photo. {d}"],
    cap_copyright=["© ARN", "© Department of Conservation"],
    kickers=["Environment", "Wellington", "New Zealand", "Te Ao Māori"],
    suffix=["{h} | ARN News", "{h} - Aorangi Radio News", "{h} | ARN"],
    crumb=["News / Environment / {h}", "Home › National › {h}"],
    prefix=["Listen: {h}"],
    newsletter=["Sign up for Te Rā Nei, our weekday newsletter of the day's top stories, delivered straight to your inbox.",
                "Get the ARN newsletter"],
    nl_box=[["Te Rā Nei", "A daily newsletter curated by our editors.", "Sign up", "Your email address"]],
    app=["Get the ARN app for ad-free news and current affairs", "Download the ARN app"],
    paywall=[],
    readalso=["Read more: {t}", "Related: {t}", "- {t}"],
    readhdr=["Related", "Related Stories", "Topics", "Related Topics"],
    social=["Follow ARN on Instagram, Facebook, Threads and WhatsApp", "Follow ARN on Facebook"],
    donate=[],
    podcast=["Listen to Ngā Manu, our podcast about Aotearoa's birdlife, on the ARN app or wherever you get your podcasts.",
             "Listen on ARN National"],
    ad=[],
    share=["Share this", "Share on Facebook", "Share on X", "Copy link"],
    tip=["Got a story? Email news@arn.co.nz"],
    comments=[],
    channel=["Follow ARN on WhatsApp"],
    footer=["Copyright © 2024, Aorangi Radio News"],
)

STYLES["us"] = dict(
    lang="en", site="WNRT 9 News", rel=rel_en,
    names=["Kayla Brooks", "Marcus Dell", "Jenna Ortiz"],
    roles=["Digital Producer", "Multimedia Journalist", "Reporter", "Morning Anchor"],
    photogs=["Marcus Dell", "Jenna Ortiz"],
    by=["By {n}", "By: {n}", "Author: {n} (WNRT)", "By WNRT Staff", "BY {n}"],
    outlet=["{n}, WNRT", "{n} | WNRT 9 News", "{n} (WNRT)"],
    multi=["By {a} and {b}", "{a}, {b}", "By {a}, {b}"],
    credits=["The Associated Press contributed to this report.", "{b} contributed to this report.", "Copyright 2024 WNRT via CNN Newsource"],
    agency=["Associated Press", "By The Associated Press", "CNN Newsource", "WNRT Staff"],
    pub=["Published: {Mon}. {d}, {Y} at {h12U} EDT", "Published: {h12U} EDT {Month} {d}, {Y}", "Posted at {h12U}, {Mon} {d}, {Y}",
         "Posted at {h12U}, {Mon} {d}, {Y} and last updated {u_h12U}, {u_Mon} {u_d}, {u_Y}", "{Month} {d}, {Y} / {h12p} EDT"],
    upd=["Updated: {u_h12U} EDT {u_Month} {u_d}, {u_Y}", "Updated: {rn} hours ago", "Updated {u_h12U}"],
    read=["{k} min read"],
    bio=["{n} is a multimedia journalist at WNRT 9 News. She joined the station in 2022.",
         "{n} covers Millbrook and the county for WNRT. Send story ideas to {e}@wnrt9.com."],
    follow=["Follow {n} on Facebook and X @{hd}", "Follow {n} on Instagram"],
    email=["Email: {e}@wnrt9.com", "{e}@wnrt9.com"],
    textphoto=[],
    cap_credit=["(WNRT)", "Credit: WNRT", "(Source: WNRT)", "(Source: Viewer submitted)", "Photo courtesy: Millbrook Township Fire Department",
                "Credit: Viewer photo", "(Source: Gray News)"],
    cap_inline=["{d} (Source: WNRT)", "{d} (Viewer submitted photo)", "{d} (WNRT)", "{d0} | Credit: WNRT",
                "{d} Photo courtesy of Millbrook Township Fire Department"],
    gallery=["Photo Gallery", "Click to expand", "Close"],
    gallery_count=["{i} / {N}", "{i} of {N}"],
    archive=["{d} (File)", "FILE - {d}"],
    cap_copyright=["© WNRT"],
    kickers=["Local News", "Millbrook", "BREAKING", "Fire"],
    suffix=["{h} | WNRT 9 News", "{h} - WNRT", "{h} | wnrt9.com"],
    crumb=["Home / News / Local / {h}"],
    prefix=["VIDEO: {h}", "UPDATE: {h}", "WATCH: {h}"],
    newsletter=["Sign up for the WNRT Morning Brief newsletter", "Sign up for our daily newsletter to get the latest headlines in your inbox."],
    nl_box=[["Get Morning Headlines in Your Inbox", "Subscribe", "By signing up you agree to our Terms of Service and Privacy Policy."]],
    app=["Download the WNRT 9 News app for the latest breaking news and weather alerts.",
         "Get the WNRT First Alert Weather app", "Watch WNRT 9 News live: stream free on our app and website"],
    paywall=[],
    readalso=["RELATED: {t}", "READ MORE: {t}", "MORE: {t}", "Related: {t}"],
    readhdr=["Related Stories", "Latest News", "Top Stories", "Most Read"],
    social=["Follow WNRT 9 News on Facebook, X and Instagram", "Like us on Facebook"],
    donate=[],
    podcast=["Listen to the WNRT Daily Rundown podcast wherever you get your podcasts."],
    ad=["Advertisement", "ADVERTISEMENT"],
    share=["Share", "Share on Facebook", "Share on X", "Email this link"],
    tip=["Have a news tip? Email newsroom@wnrt9.com or call 555-0199.", "Click here to report a typo.", "See a spelling or grammar error? Report it here."],
    comments=["Comments"],
    channel=[],
    footer=["Copyright 2024 WNRT. All rights reserved.", "Copyright 2024 The Associated Press. All rights reserved."],
)

STYLES["blog"] = dict(
    lang="en", site="Latency Notes", rel=rel_en,
    names=["Sam Okafor", "Lina Park", "Theo Marsh"],
    roles=["Staff engineer", "Guest author", "Editor, Latency Notes"],
    photogs=["Sam Okafor"],
    by=["By {n}", "Written by {n}", "Guest post by {n}"],
    outlet=["{n} · Latency Notes", "{n} | Latency Notes", "{n} in Latency Notes"],
    multi=["{a} and {b}", "By {a} & {b}"],
    credits=["Thanks to {b} and {c} for reading drafts of this.", "Edited by {b}.", "This is a guest post by {a}."],
    agency=[],
    pub=["{Mon} {d}, {Y}", "{Month} {d}, {Y}", "{Y}-{mm}-{dd}", "Posted on {Month} {d}, {Y}", "{Mon} {d}"],
    upd=["Updated {u_Mon} {u_d}, {u_Y}", "Last updated: {u_Y}-{u_mm}-{u_dd}"],
    read=["{k} min read", "{k} min", "{k} minute read"],
    bio=["{n} writes about build systems, caches and other infrastructure nobody notices until it breaks.",
         "Hi, I'm {n}. I run build infrastructure for a mid-sized company and write about it here every other week."],
    follow=["Follow me on Mastodon: @{hd}@hachyderm.io", "@{hd} on Bluesky", "Follow {n}"],
    email=["Reply to this email or write to {e}@latencynotes.dev"],
    textphoto=[],
    cap_credit=["Source: internal dashboards", "Chart: author's own data", "Image: author", "Source: Grafana"],
    cap_inline=["Figure {i}: {d}", "Fig. {i}. {d}", "{d} (Source: internal Grafana)", "Figure {i}. {d0}"],
    gallery=["Zoom", "Click to expand"],
    gallery_count=[],
    archive=[],
    cap_copyright=[],
    kickers=["Postmortems", "Latency Notes", "Build systems"],
    suffix=["{h} - by {a} - Latency Notes", "{h} | Latency Notes", "{h} - Latency Notes"],
    crumb=["Latency Notes › {h}"],
    prefix=[],
    newsletter=["Thanks for reading Latency Notes! Subscribe for free to receive new posts and support my work.",
                "Subscribe", "Type your email…", "Subscribe now"],
    nl_box=[["Latency Notes", "Notes on build systems, caches and CI.", "Type your email…", "Subscribe"]],
    app=["Get the Substack app to read this post on the go."],
    paywall=[["Keep reading with a 7-day free trial", "Subscribe to Latency Notes to keep reading this post and get 7 days of free access to the full post archives."],
             "Upgrade to paid", "Become a paid subscriber to get the monthly deep dives."],
    readalso=["Previously: {t}", "Related: {t}", "If you liked this, you might like: {t}"],
    readhdr=["Ready for more?", "Recommended", "Discussion about this post"],
    social=["Share Latency Notes", "Follow Latency Notes on LinkedIn"],
    donate=["If this saved you an afternoon of debugging, consider buying me a coffee.",
            "Latency Notes is reader-supported. To receive new posts and support my work, consider becoming a free or paid subscriber."],
    podcast=["This post is also available as an audio episode in the Substack app.", "Listen to this post"],
    ad=[],
    share=["Share", "Leave a comment", "Restack", "14 Likes ∙ 3 Restacks"],
    tip=[],
    comments=["Leave a comment", "3 Comments"],
    channel=[],
    footer=["© 2024 Sam Okafor", "Substack is the home for great culture"],
)

STYLES["nl"] = dict(
    lang="nl", site="IJsselbode", rel=rel_nl,
    names=["Marieke van Dijk", "Joost Hendriks", "Sanne Kuipers"],
    roles=["Verslaggever", "Regioredacteur Kampen", "Redacteur", "Verslaggever Binnenland"],
    photogs=["Vincent Jannink", "Freddy Schinkel", "Sanne Kuipers"],
    by=["Door {n}", "door {n}", "DOOR {n}", "Door: {n}"],
    outlet=["{n} | IJsselbode", "{n} / IJsselbode", "{n} - ANP", "{n}, IJsselbode.nl"],
    multi=["Door {a} en {b}", "{a} en {b}", "{a}, {b}"],
    credits=["Met medewerking van {b}", "Bewerkt door: {b}", "Redactie: {a}", "Eindredactie: {b}"],
    agency=["ANP", "Bron: ANP", "(ANP)", "Door: ANP", "ANP/Redactie"],
    pub=["{d} {Month} {Y}, {HH}:{MM}", "{Dy} {d} {Month} {Y}, {HH}:{MM}", "{dd}-{mm}-{yy}, {HH}:{MM}", "Vandaag, {HH}:{MM}",
         "Gepubliceerd: {d} {Month} {Y} om {HH}:{MM}", "{Dya} {d} {Mon} {Y}, {HH}:{MM}", "{dd}-{mm}-{Y} om {HH}:{MM}"],
    upd=["Aangepast {u_d} {u_Month} {u_Y}, {u_HH}:{u_MM}", "Laatste update: {u_HH}:{u_MM}", "Bijgewerkt: {u_d} {u_Month} {u_Y}, {u_HH}:{u_MM}",
         "Gewijzigd op {u_dd}-{u_mm}-{u_Y} om {u_HH}:{u_MM}", "Laatste update: {u_dd}-{u_mm}-{u_yy}, {u_HH}:{u_MM}"],
    read=["Leestijd: {k} minuten", "{k} min leestijd", "Leestijd {k} min", "{k} minuten leestijd"],
    bio=["{n} is regioverslaggever in Kampen en schrijft over water, natuur en ruimtelijke ordening.",
         "{n} werkt sinds 2018 voor de IJsselbode en volgt de gemeente Kampen."],
    follow=["Volg {n}", "Volg {n} op X", "Volg"],
    email=["{e}@ijsselbode.nl", "Mail {n}: {e}@ijsselbode.nl"],
    textphoto=["Tekst: {a} | Foto's: {b}", "Tekst en beeld: {a}", "Tekst: {a}, foto: {p}"],
    cap_credit=["Foto: ANP", "ANP", "Beeld ANP", "© ANP", "Foto: ANP / {p}", "Foto: {p}", "Foto {p}", "FOTO {p}", "Beeld: waterschap",
                "© Foto: Waterschap", "Foto: Omroep IJssel"],
    cap_inline=["{d} Foto: ANP", "{d} © Waterschap", "{d} (Foto: {p})", "{d} - Foto: {p}", "{d} Beeld ANP", "{d0} | Foto: {p}", "{d} Foto {p}"],
    gallery=["Bekijk fotoserie", "Vergroot", "Bekijk alle foto's (12)", "Bekijk de foto's"],
    gallery_count=["{i} / {N}", "Foto {i} van {N}", "{i}/{N}"],
    archive=["{d} (archieffoto)", "Archiefbeeld: {d}", "{d} Archieffoto ANP"],
    cap_copyright=["© ANP 2024", "© IJsselbode"],
    kickers=["Binnenland", "Kampen", "Regio", "Dijkversterking", "Verkeer"],
    suffix=["{h} | IJsselbode", "{h} - IJsselbode.nl", "{h} | Kampen | IJsselbode"],
    crumb=["Home > Regio > Kampen > {h}", "Nieuws » Kampen » {h}"],
    prefix=["Video | {h}", "LIVE | {h}"],
    newsletter=["Meld je aan voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws uit de regio.",
                "Schrijf je in voor de nieuwsbrief", "Ontvang het nieuws uit Kampen elke dag in je mailbox"],
    nl_box=[["Nieuwsbrief", "Elke ochtend het nieuws uit Kampen en omstreken in je mailbox.", "Aanmelden", "Je kunt je altijd weer afmelden."],
            ["Blijf op de hoogte", "Vul je e-mailadres in", "Inschrijven"]],
    app=["Download de IJsselbode-app en mis niets meer.", "Download de app voor pushberichten bij belangrijk nieuws",
         "Download onze gratis app voor iOS en Android"],
    paywall=[["Dit artikel is exclusief voor abonnees", "Word abonnee", "Al abonnee? Log in"],
             "Probeer 3 maanden voor €1 per maand", "Lees verder met een abonnement"],
    readalso=["Lees ook: {t}", "LEES OOK: {t}", "Lees ook | {t}", "Meer over dit onderwerp: {t}", "Bekijk ook: {t}"],
    readhdr=["Lees ook", "LEES OOK", "Meer over dit onderwerp", "Meest gelezen", "Ook interessant"],
    social=["Volg ons op Instagram", "Volg IJsselbode op Facebook en Instagram", "Volg ons ook op TikTok"],
    donate=["Steun onafhankelijke lokale journalistiek: word vriend van de IJsselbode."],
    podcast=["Luister ook naar onze podcast De Week van de IJssel: elke vrijdag het regionieuws besproken.", "Beluister de podcast"],
    ad=["Advertentie", "ADVERTENTIE", "Advertentie - scroll verder om het artikel te lezen"],
    share=["Deel dit artikel", "Delen", "Kopieer link", "Deel via WhatsApp"],
    tip=["Heb je een tip voor de redactie? Mail naar tips@ijsselbode.nl of app ons via 06-12345678.", "Tip de redactie"],
    comments=["Reacties (12)", "Praat mee", "Reageer"],
    channel=["Volg ons WhatsApp-kanaal voor het laatste nieuws"],
    footer=["© 2024 IJsselbode. Alle rechten voorbehouden."],
)

STYLES["pl"] = dict(
    lang="pl", site="Kurier Wiślany", rel=rel_pl,
    names=["Agnieszka Wróbel", "Tomasz Zieliński", "Katarzyna Mazur"],
    roles=["Dziennikarka działu miejskiego", "Reporter", "Redaktor prowadzący", "Dziennikarz Kuriera Wiślanego"],
    photogs=["Jakub Porzycki", "Łukasz Gągulski", "Anna Kaczmarz"],
    by=["Autor: {n}", "Autorka: {n}", "Opracowanie: {n}", "Tekst: {n}"],
    outlet=["{n} | Kurier Wiślany", "{n}, PAP", "{n} / Kurier Wiślany", "{n} (PAP)"],
    multi=["{a}, {b}", "Autorzy: {a}, {b}", "{a} i {b}"],
    credits=["Oprac. {ia}", "Źródło: PAP, Kurier Wiślany", "Współpraca: {b}", "Oprac. {b}", "Źródło: ZTP Kraków"],
    agency=["PAP", "Źródło: PAP", "(PAP)", "Źródło: PAP / Kurier Wiślany", "Polska Agencja Prasowa"],
    pub=["{dd}.{mm}.{Y}, {HH}:{MM}", "Opublikowano: {dd}.{mm}.{Y} {HH}:{MM}", "{d} {Month} {Y}, {HH}:{MM}", "{Dy}, {d} {Month} {Y} {HH}:{MM}",
         "Data utworzenia: {d} {Month} {Y}, {HH}:{MM}", "Dzisiaj, {HH}:{MM}", "{dd}.{mm}.{Y} {HH}:{MM}", "Opublikowano {d} {Month} {Y} o {HH}:{MM}"],
    upd=["Aktualizacja: {u_dd}.{u_mm}.{u_Y} {u_HH}:{u_MM}", "Data aktualizacji: {u_d} {u_Month} {u_Y}, {u_HH}:{u_MM}",
         "Zaktualizowano {u_dd}.{u_mm}.{u_Y}, {u_HH}:{u_MM}", "akt. {u_HH}:{u_MM}", "Aktualizacja: {u_d} {u_Month} {u_Y} {u_HH}:{u_MM}"],
    read=["Czas czytania: {k} min", "{k} min czytania", "Czas czytania: ok. {k} min.", "Przeczytasz w {k} min"],
    bio=["{n} – dziennikarka Kuriera Wiślanego, pisze o komunikacji miejskiej i inwestycjach w Krakowie.",
         "{n} od 2016 roku zajmuje się w Kurierze Wiślanym sprawami miasta."],
    follow=["Obserwuj autora", "Obserwuj {n} na X", "Obserwuj"],
    email=["{e}@kurierwislany.pl", "Kontakt z autorem: {e}@kurierwislany.pl"],
    textphoto=["Tekst: {a}, zdjęcia: {b}", "Tekst i zdjęcia: {a}"],
    initials=["{ia}/ {ib}/", "{ia}/ {ib}/ {ic}/"],
    cap_credit=["Fot. PAP/{p}", "fot. {p}", "Fot. {p} / Kurier Wiślany", "Fot. Shutterstock", "Źródło zdjęć: © Kurier Wiślany",
                "Fot. Materiały prasowe", "Fot. ZTP Kraków", "fot. archiwum", "Foto: PAP"],
    cap_inline=["{d} Fot. {p}", "{d} (fot. {p})", "{d} | fot. PAP/{p}", "{d0} fot. {p} / Kurier Wiślany", "{d} Fot. Materiały prasowe ZTP"],
    gallery=["Zobacz galerię (12 zdjęć)", "Powiększ", "Zobacz zdjęcia", "Przejdź do galerii"],
    gallery_count=["{i} / {N}", "Zdjęcie {i} z {N}", "{i}/{N}"],
    archive=["{d} (zdjęcie archiwalne)", "Zdjęcie ilustracyjne. {d}"],
    cap_copyright=["© PAP", "© Kurier Wiślany"],
    kickers=["Kraków", "Komunikacja", "Wiadomości", "Wiadomości Kraków", "Inwestycje"],
    suffix=["{h} | Kurier Wiślany", "{h} - Kraków - Kurier Wiślany", "{h} - Wiadomości"],
    crumb=["Strona główna » Kraków » {h}", "Kurier Wiślany > Kraków > {h}"],
    prefix=["[WIDEO] {h}", "[ZDJĘCIA] {h}"],
    newsletter=["Zapisz się na nasz newsletter i otrzymuj najważniejsze informacje z Krakowa prosto na swoją skrzynkę.",
                "Zapisz się na newsletter", "Bądź na bieżąco! Zapisz się na newsletter Kuriera Wiślanego"],
    nl_box=[["Newsletter Kuriera", "Codziennie rano najważniejsze wiadomości z Małopolski.", "Zapisz się",
             "Zapisując się, akceptujesz regulamin i politykę prywatności."],
            ["Wpisz swój adres e-mail", "Zapisz mnie"]],
    app=["Pobierz aplikację Kuriera Wiślanego i bądź na bieżąco", "Pobierz aplikację mobilną", "Pobierz naszą aplikację na Androida i iOS"],
    paywall=[["Ten artykuł jest dostępny tylko dla subskrybentów.", "Kup dostęp", "Masz już subskrypcję? Zaloguj się"],
             "Subskrypcja Kuriera Wiślanego od 9,90 zł miesięcznie", "Czytaj dalej z subskrypcją cyfrową"],
    readalso=["Czytaj też: {t}", "Czytaj także: {t}", "ZOBACZ TAKŻE: {t}", "Polecamy: {t}", "CZYTAJ WIĘCEJ: {t}", "Przeczytaj również: {t}"],
    readhdr=["Przeczytaj również", "Zobacz także", "Polecamy", "Najczęściej czytane", "Czytaj także"],
    social=["Obserwuj nas w Google News", "Bądź na bieżąco! Obserwuj nas na Facebooku", "Śledź nas na Instagramie"],
    donate=["Wesprzyj niezależne dziennikarstwo lokalne – przekaż darowiznę na Kurier Wiślany.", "Wspieram"],
    podcast=["Posłuchaj podcastu „Kraków po godzinach” na Spotify", "Słuchaj podcastów Kuriera Wiślanego"],
    ad=["Reklama", "REKLAMA", "Dalsza część artykułu pod materiałem wideo"],
    share=["Udostępnij", "Skomentuj", "Kopiuj link", "Udostępnij na Facebooku"],
    tip=["Masz temat? Napisz do nas: redakcja@kurierwislany.pl", "Dziękujemy, że przeczytałaś/eś nasz artykuł do końca."],
    comments=["Komentarze (34)", "Dodaj komentarz", "Zobacz komentarze"],
    channel=["Dołącz do naszego kanału na WhatsAppie"],
    footer=["© Copyright Kurier Wiślany. Wszelkie prawa zastrzeżone."],
)

STYLES["sv"] = dict(
    lang="sv", site="Norra Dagbladet", rel=rel_sv,
    names=["Elin Bergström", "Johan Lindqvist", "Maja Holm"],
    roles=["Reporter", "Nyhetsreporter", "Utbildningsreporter", "Reporter, Umeåredaktionen"],
    photogs=["Pontus Lundahl", "Johan Nilsson", "Maja Holm", "Erik Abel"],
    by=["Av {n}", "AV {n}", "Text: {n}", "Skribent: {n}"],
    outlet=["{n}/TT", "{n} | Norra Dagbladet", "{n}, Norra Dagbladet", "{n} / TT"],
    multi=["Av {a} och {b}", "{a} och {b}", "{a}, {b}/TT"],
    credits=["Uppdaterad av {b}", "Detta är en text från TT.", "Artikeln har uppdaterats."],
    agency=["TT", "Källa: TT", "(TT)", "TT Nyhetsbyrån", "TT Nyhetsbyrån, Stockholm"],
    pub=["Publicerad {d} {Month} {Y} kl. {HH}.{MM}", "Publicerad {Y}-{mm}-{dd} {HH}:{MM}", "Publicerad idag {HH}:{MM}", "{Dya} {d} {Mon} {Y} {HH}.{MM}",
         "{d} {Month} {Y} {HH}:{MM}", "Publicerad {Dy} {d} {Month} {HH}.{MM}"],
    upd=["Uppdaterad {u_d} {u_Month} {u_Y} kl. {u_HH}.{u_MM}", "Uppdaterad {u_Y}-{u_mm}-{u_dd} {u_HH}:{u_MM}", "Uppdaterad {u_HH}.{u_MM}",
         "Uppdaterad idag {u_HH}:{u_MM}"],
    read=["Lästid: {k} min", "{k} min läsning", "Lästid {k} minuter", "{k} min lästid"],
    bio=["{n} är reporter på Norra Dagbladet och bevakar utbildning och forskning.", "{n} är utbildningsreporter på Umeåredaktionen."],
    follow=["Följ {n}", "Följ skribent", "Följ"],
    email=["{e}@norradagbladet.se", "Mejla {n}: {e}@norradagbladet.se"],
    textphoto=["Text: {a} Foto: {b}", "Text: {a} | Foto: {p}", "Text och bild: {a}"],
    cap_credit=["Foto: {p}/TT", "Bild: TT", "Foto: {p}", "Bild: {p}", "FOTO: {p}", "Foto: Umeå universitet", "Foto: Pressbild",
                "Bild: Fredrik Sandberg/TT", "Foto: Privat"],
    cap_inline=["{d} Foto: {p}/TT", "{d} Bild: {p}", "Arkivbild. {d} Foto: {p}", "{d}Foto: {p}", "{d} Foto: Umeå universitet", "{d0} Bild: TT"],
    gallery=["Visa alla bilder", "Förstora bilden", "Visa fler bilder", "Bildspel"],
    gallery_count=["Bild {i} av {N}", "{i} / {N}", "{i} av {N}"],
    archive=["Arkivbild. {d}", "{d} (Arkivbild)"],
    cap_copyright=["© TT", "© Norra Dagbladet"],
    kickers=["Umeå", "Utbildning", "Nyheter", "Inrikes", "Västerbotten"],
    suffix=["{h} | Norra Dagbladet", "{h} – Norra Dagbladet", "{h} | Umeå | Norra Dagbladet"],
    crumb=["Nyheter / Umeå / {h}", "Start › Umeå › {h}"],
    prefix=["JUST NU: {h}", "Video: {h}"],
    newsletter=["Få de viktigaste nyheterna från Umeå direkt i din inkorg – prenumerera på vårt nyhetsbrev.",
                "Prenumerera på nyhetsbrevet", "Anmäl dig till vårt nyhetsbrev"],
    nl_box=[["Nyhetsbrev", "Morgonens viktigaste nyheter, varje vardag kl. 06.", "Anmäl dig",
             "Genom att anmäla dig godkänner du våra villkor."],
            ["Din e-postadress", "Prenumerera"]],
    app=["Ladda ner Norra Dagbladets app och få pushnotiser om det viktigaste som händer.", "Hämta vår app", "Ladda ner appen"],
    paywall=[["Det här är en låst artikel", "Bli prenumerant för 1 kr första månaden", "Redan prenumerant? Logga in"],
             "Fortsätt läsa med Norra Dagbladet Plus", "Stöd lokal journalistik – bli prenumerant i dag."],
    readalso=["Läs också: {t}", "LÄS ÄVEN: {t}", "Läs mer: {t}", "Missa inte: {t}", "LÄS OCKSÅ: {t}"],
    readhdr=["Läs också", "Läs mer", "Mest läst", "Fler nyheter", "Relaterat"],
    social=["Följ Norra Dagbladet på Facebook och Instagram", "Följ oss på Instagram"],
    donate=[],
    podcast=["Lyssna på Norra Dagbladets podd Västerbotten idag i Acast eller Spotify.", "Lyssna på artikeln"],
    ad=["Annons", "ANNONS"],
    share=["Dela artikeln", "Dela", "Kopiera länk", "Dela på Facebook"],
    tip=["Har du ett tips? Mejla tips@norradagbladet.se eller ring 090-12 34 56.", "Tipsa oss!"],
    comments=["Kommentarer", "Visa kommentarer (8)"],
    channel=[],
    footer=["© Norra Dagbladet 2024", "Ansvarig utgivare: Lena Forsberg"],
)

STYLES["it"] = dict(
    lang="it", site="Gazzetta Emiliana", rel=rel_it,
    names=["Francesca Lodi", "Matteo Galli", "Chiara Ferrante"],
    roles=["Giornalista", "Redazione Cronaca", "Inviato a Bologna", "Caporedattore"],
    photogs=["Max Cavallari", "Schicchi", "Michele Nucci"],
    by=["di {n}", "Di {n}", "DI {n}", "Di {n} - Bologna"],
    outlet=["{n} | Gazzetta Emiliana", "{n} - Redazione Bologna", "{n} / Gazzetta Emiliana"],
    multi=["di {a} e {b}", "{a}, {b}", "Di {a} e {b}"],
    credits=["A cura di {b}", "Redazione ANSA", "Ha collaborato {b}", "Testo a cura della redazione"],
    agency=["ANSA", "(ANSA)", "Redazione ANSA", "Fonte: ANSA", "Agenzia ANSA", "BOLOGNA (ANSA)"],
    pub=["{d} {Month} {Y}", "{d} {Month} {Y} (modifica il {u_d} {u_Month} {u_Y} | {u_HH}:{u_MM})", "Pubblicato il: {dd}/{mm}/{Y} {HH}:{MM}",
         "{Dy} {d} {Month} {Y}", "{dd} {Mon} {Y} - {HH}:{MM}", "{dd}/{mm}/{Y} - {HH}:{MM}", "Pubblicato il {d} {Month} {Y} alle {HH}:{MM}"],
    upd=["Aggiornato alle {u_HH}:{u_MM}", "Ultimo aggiornamento: {u_dd}/{u_mm}/{u_Y} {u_HH}:{u_MM}", "Aggiornato il {u_d} {u_Month} {u_Y} alle {u_HH}:{u_MM}"],
    read=["Tempo di lettura: {k} minuti", "{k} min di lettura", "Lettura {k} min", "{k}' di lettura"],
    bio=["{n} è giornalista della Gazzetta Emiliana, si occupa di cronaca cittadina e urbanistica.",
         "{n} scrive di Bologna e del suo centro storico dal 2012."],
    follow=["Segui {n} su X", "Segui", "Tutti gli articoli di {n}"],
    email=["{e}@gazzettaemiliana.it"],
    textphoto=["Testo di {a}, foto di {p}", "Testo e foto: {a}"],
    cap_credit=["(Foto Ansa)", "Foto: Ansa", "Foto Ansa/{p}", "(Foto {p})", "(Imagoeconomica)", "Foto d'archivio", "LaPresse", "(FotoSchicchi)", "Ph: {p}"],
    cap_inline=["{d} (Foto Ansa)", "{d} (foto {p})", "{d0} - Foto: Ansa", "{d0} (Foto {p})", "{d} (FotoSchicchi)", "{d0} | foto {p}"],
    gallery=["Guarda la gallery", "Fotogallery", "Apri la galleria", "Vai alla gallery"],
    gallery_count=["Foto {i} di {N}", "{i} / {N}", "{i} di {N}"],
    archive=["{d} (foto d'archivio)", "Foto d'archivio: {d}"],
    cap_copyright=["© Ansa", "© Riproduzione riservata"],
    kickers=["Cronaca", "Bologna", "Il restauro", "IL CANTIERE", "Bologna / Città"],
    suffix=["{h} - Gazzetta Emiliana", "{h} | Bologna | Gazzetta Emiliana", "{h} - Cronaca"],
    crumb=["Home > Bologna > Cronaca > {h}", "Bologna / Cronaca / {h}"],
    prefix=["VIDEO | {h}", "FOTO | {h}"],
    newsletter=["Iscriviti alla newsletter di Bologna: ogni mattina le notizie della tua città", "Iscriviti alla newsletter",
                "Ricevi le notizie di Bologna nella tua casella email"],
    nl_box=[["Newsletter", "Le notizie di Bologna ogni mattina nella tua casella di posta.", "Iscriviti",
             "Iscrivendoti accetti l'informativa sulla privacy."],
            ["Inserisci la tua email", "Iscriviti ora"]],
    app=["Scarica l'app della Gazzetta Emiliana", "Resta aggiornato con l'app: scaricala gratis per iOS e Android"],
    paywall=[["Questo articolo è riservato agli abbonati", "Abbonati a 1€ al mese per i primi 3 mesi", "Sei già abbonato? Accedi"],
             "Continua a leggere con l'abbonamento digitale", "Abbonati"],
    readalso=["Leggi anche: {t}", "LEGGI ANCHE: {t}", "Potrebbe interessarti anche: {t}", "Approfondisci: {t}", "LEGGI ANCHE > {t}"],
    readhdr=["Leggi anche", "LEGGI ANCHE", "Potrebbe interessarti", "I più letti", "Articoli correlati"],
    social=["Seguici su Facebook e Instagram", "Segui la Gazzetta Emiliana su WhatsApp"],
    donate=["Sostieni il giornalismo locale: contribuisci con una donazione."],
    podcast=["Ascolta il podcast «Sotto le Due Torri» su Spotify e Apple Podcasts", "Ascolta l'articolo"],
    ad=["Pubblicità", "PUBBLICITÀ", "Contenuto sponsorizzato"],
    share=["Condividi", "Condividi su Facebook", "Copia link", "Condividi questo articolo"],
    tip=["Hai una segnalazione? Scrivi a redazione@gazzettaemiliana.it"],
    comments=["Commenti", "Commenta", "Leggi i commenti"],
    channel=["Iscriviti al nostro canale WhatsApp", "Clicca qui per iscriverti al canale WhatsApp"],
    footer=["© RIPRODUZIONE RISERVATA", "Riproduzione riservata © Copyright ANSA"],
)

STYLES["hu"] = dict(
    lang="hu", site="Balatoni Hírlap", rel=rel_hu,
    names=["Kovács Eszter", "Tóth Gergely", "Szabó Dóra"],
    roles=["újságíró", "Gazdasági újságíró", "Rovatvezető", "Balaton-tudósító"],
    photogs=["Varga György", "Bodnár Patrícia", "Szabó Dóra"],
    by=["Szerző: {n}", "Írta: {n}", "SZERZŐ: {n}"],
    outlet=["{n} | Balatoni Hírlap", "{n} / Balatoni Hírlap", "{n} (MTI)"],
    multi=["{a}, {b}", "{a} és {b}", "Szerzők: {a}, {b}"],
    credits=["Forrás: MTI", "Szerkesztette: {b}", "A cikk az MTI híre alapján készült."],
    agency=["MTI", "Forrás: MTI", "(MTI)", "MTI/Balatoni Hírlap"],
    pub=["{Y}. {Month} {d}. {HH}:{MM}", "{Y}.{mm}.{dd}. {HH}:{MM}", "{Y}. {Month} {d}., {Dy} {HH}:{MM}", "Közzétéve: {Y}. {mm}. {dd}. {HH}:{MM}",
         "Létrehozva: {Y}.{mm}.{dd}. {HH}:{MM}", "{Y}. {Month} {d}. – {HH}:{MM}", "{Y}. {Mon} {d}. {HH}:{MM}"],
    upd=["Frissítve: {u_Y}. {u_mm}. {u_dd}. {u_HH}:{u_MM}", "Módosítva: {u_Y}.{u_mm}.{u_dd}. {u_HH}:{u_MM}", "Utolsó frissítés: {u_HH}:{u_MM}",
         "Frissítve {u_HH}:{u_MM}"],
    read=["Olvasási idő: {k} perc", "{k} perc olvasás", "Olvasási idő kb. {k} perc"],
    bio=["{n} a Balatoni Hírlap újságírója, a tó élővilágáról és a turizmusról ír.", "{n} 2019 óta tudósít a Balaton déli partjáról."],
    follow=["A szerző további cikkei", "Követem", "{n} további cikkei"],
    email=["{e}@balatonihirlap.hu"],
    textphoto=["Szöveg: {a}, fotó: {p}", "Szöveg és kép: {a}"],
    cap_credit=["Fotó: MTI/{p}", "Fotó: {p}", "(Fotó: MTI)", "Fotó: {p} / Balatoni Hírlap", "Forrás: MTI/{p}", "Illusztráció: Shutterstock",
                "Fotó: Balatoni Halgazdálkodási Nonprofit Zrt.", "Képünk illusztráció"],
    cap_inline=["{d} Fotó: MTI/{p}", "{d} (Fotó: {p})", "{d0} Fotó: {p} / Balatoni Hírlap", "{d} Forrás: MTI", "{d0} – Fotó: MTI/{p}"],
    gallery=["Galéria megtekintése", "Nagyítás", "Galéria"],
    gallery_count=["{i} / {N}", "{i}/{N}"],
    archive=["{d} (Archív fotó)", "Archív kép: {d}"],
    cap_copyright=["© MTI", "© Balatoni Hírlap"],
    kickers=["Belföld", "Balaton", "Horgászat", "Természet"],
    suffix=["{h} | Balatoni Hírlap", "{h} - Balatoni Hírlap", "{h} – Balaton – Balatoni Hírlap"],
    crumb=["Címlap » Balaton » {h}", "Kezdőlap / Belföld / {h}"],
    prefix=["VIDEÓ: {h}", "FOTÓK: {h}"],
    newsletter=["Iratkozzon fel hírlevelünkre, és elsőként értesül a legfontosabb balatoni hírekről!", "Feliratkozom a hírlevélre",
                "Ne maradjon le semmiről! Iratkozzon fel hírlevelünkre!"],
    nl_box=[["Hírlevél", "A nap legfontosabb hírei a Balatonról, minden reggel.", "Feliratkozom",
             "A feliratkozással elfogadom az adatkezelési tájékoztatót."],
            ["E-mail-cím", "Feliratkozás"]],
    app=["Töltse le a Balatoni Hírlap alkalmazását!", "Letöltöm az appot", "Töltse le ingyenes mobilalkalmazásunkat Androidra és iOS-re!"],
    paywall=[["Ez a cikk csak előfizetőink számára érhető el.", "Előfizetek", "Már előfizető? Jelentkezzen be!"],
             "Olvasson tovább korlátlanul havi 990 forintért!"],
    readalso=["Olvassa el ezt is: {t}", "Ezt is ajánljuk: {t}", "Kapcsolódó: {t}", "Ez is érdekelheti: {t}"],
    readhdr=["Ezt is ajánljuk a témában", "Kapcsolódó cikkek", "Legolvasottabb", "Ajánlott videó", "Friss hírek"],
    social=["Kövessen minket a Facebookon is!", "Csatlakozzon Facebook-csoportunkhoz!", "Kövesse a Balatoni Hírlapot az Instagramon!"],
    donate=["Támogassa a független helyi újságírást! Legyen a Balatoni Hírlap támogatója.", "Támogatom"],
    podcast=["Hallgassa meg podcastunkat a Spotify-on!", "Hallgassa meg a cikket"],
    ad=["Hirdetés", "HIRDETÉS"],
    share=["Megosztás", "Link másolása", "Megosztom", "Facebook-megosztás"],
    tip=["Van egy jó sztorija? Írjon nekünk: szerkesztoseg@balatonihirlap.hu"],
    comments=["Hozzászólások", "Kommentek (12)", "Szóljon hozzá!"],
    channel=[],
    footer=["© Balatoni Hírlap. Minden jog fenntartva."],
)

STYLES["vi"] = dict(
    lang="vi", site="Báo Hà Thành", rel=rel_vi,
    names=["Ngọc Anh", "Hoàng Phương", "Minh Quân"],
    roles=["Phóng viên", "Biên tập viên"],
    photogs=["Giang Huy", "Ngọc Thành", "Hoàng Phương"],
    by=["Tác giả: {n}", "{n} (tổng hợp)", "Bài và ảnh: {n}", "Bài: {n}"],
    outlet=["{n} - Báo Hà Thành", "{n}/Báo Hà Thành", "{n} (TTXVN)"],
    multi=["{a} - {b}", "{a}, {b}", "Nhóm phóng viên", "Nhóm PV"],
    credits=["Theo TTXVN", "Nguồn: Sở Giao thông Vận tải Hà Nội", "{a} (theo TTXVN)"],
    agency=["TTXVN", "(TTXVN)", "Theo TTXVN", "Nguồn: TTXVN"],
    pub=["{Dy}, {d}/{m}/{Y}, {HH}:{MM} (GMT+7)", "{dd}/{mm}/{Y} {HH}:{MM}", "{HH}:{MM} - {dd}/{mm}/{Y}", "{HH}:{MM} {dd}/{mm}/{Y} GMT+7",
         "Ngày {d} tháng {m} năm {Y}", "{Dy} {dd}/{mm}/{Y} - {HH}:{MM}", "Ngày đăng: {dd}/{mm}/{Y} {HH}:{MM}"],
    upd=["Cập nhật: {u_HH}:{u_MM} {u_dd}/{u_mm}/{u_Y}", "Cập nhật lúc {u_HH}:{u_MM}, {u_dd}/{u_mm}/{u_Y}", "Cập nhật ngày: {u_dd}/{u_mm}/{u_Y} {u_HH}:{u_MM}"],
    read=["Thời gian đọc: {k} phút", "{k} phút đọc"],
    bio=[],
    follow=[],
    email=["Email: {e}@baohathanh.vn"],
    textphoto=["Bài và ảnh: {a}", "Bài: {a} - Ảnh: {b}", "Bài, ảnh: {a}"],
    cap_credit=["Ảnh: {p}", "Ảnh: TTXVN", "Ảnh minh họa", "(Ảnh: {p})", "Ảnh: Sở GTVT Hà Nội", "Ảnh: {p}/Báo Hà Thành", "Ảnh: Tư liệu"],
    cap_inline=["{d} Ảnh: {p}", "{d} (Ảnh: {p})", "{d} Ảnh: TTXVN", "{d0}. Ảnh minh họa: {p}", "{d0} (ảnh: {p})"],
    gallery=["Xem thêm ảnh", "Phóng to", "Xem ảnh"],
    gallery_count=["{i}/{N}", "Ảnh {i}/{N}"],
    archive=["{d} Ảnh tư liệu", "{d} (Ảnh minh họa)"],
    cap_copyright=["© Báo Hà Thành"],
    kickers=["Thời sự", "Giao thông", "Hà Nội", "Thời sự / Giao thông"],
    suffix=["{h} - Báo Hà Thành", "{h} | Báo Hà Thành", "{h} - Tin nhanh Hà Nội"],
    crumb=["Trang chủ > Giao thông > {h}"],
    prefix=["[Video] {h}", "Video: {h}"],
    newsletter=["Đăng ký nhận bản tin Báo Hà Thành mỗi sáng qua email", "Nhận tin mới nhất qua email"],
    nl_box=[["Bản tin sáng", "Những tin tức nổi bật nhất được gửi đến hộp thư của bạn lúc 6 giờ mỗi ngày.", "Đăng ký", "Nhập email của bạn"]],
    app=["Tải ứng dụng Báo Hà Thành để đọc tin nhanh hơn", "Tải app Báo Hà Thành trên App Store và Google Play"],
    paywall=[["Nội dung dành cho hội viên", "Đăng ký hội viên chỉ từ 2.000 đồng/ngày để đọc không giới hạn.", "Đã là hội viên? Đăng nhập"],
             "Trở thành hội viên để đọc tiếp bài viết"],
    readalso=["Xem thêm: {t}", ">> {t}", ">> Xem thêm: {t}", "Đọc thêm: {t}", "Tin liên quan: {t}"],
    readhdr=["Tin liên quan", "Xem thêm", "Đọc thêm", "Cùng chuyên mục", "Tin mới nhất"],
    social=["Mời quý độc giả theo dõi Báo Hà Thành trên Google News", "Theo dõi Báo Hà Thành trên Facebook, Zalo và TikTok"],
    donate=[],
    podcast=["Nghe podcast Bản tin 7 giờ trên Spotify và Apple Podcasts", "Nghe bài viết"],
    ad=["Quảng cáo", "QUẢNG CÁO"],
    share=["Chia sẻ", "Sao chép liên kết", "Chia sẻ Facebook"],
    tip=["Bạn đọc có thông tin phản ánh xin gửi về email toasoan@baohathanh.vn hoặc đường dây nóng 0912 345 678."],
    comments=["Bình luận (5)", "Gửi bình luận", "Ý kiến bạn đọc"],
    channel=["Quét mã QR để theo dõi Báo Hà Thành trên Zalo"],
    footer=["Ghi rõ nguồn \"Báo Hà Thành\" khi phát hành lại thông tin từ website này.", "© Bản quyền thuộc về Báo Hà Thành"],
)

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def ctx(art, rng):
    """Per-document substitution values (names, dates, counts)."""
    S = STYLES[art["site"]]
    names = S["names"][:]
    rng.shuffle(names)
    a, b, c = names[0], names[1], names[2 % len(names)]
    base = datetime.datetime(2023, 1, 1) + datetime.timedelta(days=rng.randint(0, 900), minutes=rng.randint(5 * 60, 22 * 60))
    upd = base + datetime.timedelta(minutes=rng.randint(20, 600))
    C = dict(tok(S["lang"], base))
    C.update({"u_" + k: v for k, v in tok(S["lang"], upd).items()})

    def initials(nm):
        parts = ascii_fold(nm).lower().split()
        return (parts[0][0] + parts[-1][:2]) if len(parts) > 1 else parts[0][:3]

    def email(nm):
        parts = ascii_fold(nm).lower().split()
        return parts[0][0] + "." + parts[-1] if len(parts) > 1 else parts[0]

    C.update(n=a, a=a, b=b, c=c, role=rng.choice(S["roles"]), k=rng.randint(2, 9), p=rng.choice(S["photogs"]),
             hd=ascii_fold(a).replace(" ", "").replace("-", "").replace(".", "").lower()[:15],
             e=email(a), ia=initials(a), ib=initials(b), ic=initials(c),
             rn=rng.randint(1, 11), rm=rng.choice([3, 5, 12, 18, 22, 25, 34, 41, 47, 55]), rdays=rng.randint(2, 6),
             site=S["site"], i=rng.randint(1, 4), N=rng.randint(8, 16))
    return S, C


def fill(tpl, C, **kw):
    d = dict(C)
    d.update(kw)
    return tpl.format_map(d)


def pick(rng, S, key, C, **kw):
    return fill(rng.choice(S[key]), C, **kw)


def slot(where, n, rng):
    if where == "top":
        return 0
    if where == "lede":
        return 1
    if where == "foot":
        return n
    if where == "mid":
        return rng.randint(1, max(1, n - 1))
    return rng.randint(0, n)


def lab(kind, items_lines, name):
    return [(x, f"{kind}/{name}") for x in items_lines]


# --------------------------------------------------------------------------
# byline shapes: (S, C, rng) -> (items, where) or None when the style lacks it
# --------------------------------------------------------------------------


def by_label(S, C, rng):
    w = "foot" if S["lang"] == "vi" and rng.random() < 0.6 else rng.choice(["top", "top", "lede"])
    return lab("byline", [pick(rng, S, "by", C)], "label-name"), w


def by_bare(S, C, rng):
    w = "foot" if S["lang"] == "vi" else rng.choice(["top", "top", "foot"])
    return lab("byline", [C["n"]], "bare-name"), w


def by_name_job_date(S, C, rng):
    date = pick(rng, S, "pub", C)
    lines = [C["n"], C["role"], date]
    if rng.random() < 0.3:
        lines = [C["n"], C["role"]]
        return lab("byline", lines, "name-job"), "top"
    return lab("byline", lines, "name-job-date"), "top"


def by_outlet(S, C, rng):
    return lab("byline", [pick(rng, S, "outlet", C)], "name-outlet"), rng.choice(["top", "top", "foot"])


def by_multi(S, C, rng):
    items = lab("byline", [pick(rng, S, "multi", C)], "multi-author")
    if rng.random() < 0.4:
        items += lab("byline", [pick(rng, S, "pub", C)], "published")
    return items, rng.choice(["top", "top", "foot"])


def by_credits(S, C, rng):
    if not S["credits"]:
        return None
    return lab("byline", [pick(rng, S, "credits", C)], "credits"), "foot"


def by_agency(S, C, rng):
    if not S["agency"]:
        return None
    return lab("byline", [pick(rng, S, "agency", C)], "agency"), rng.choice(["top", "foot", "foot"])


def by_published(S, C, rng):
    return lab("byline", [pick(rng, S, "pub", C)], "published"), rng.choice(["top", "top", "lede"])


def by_pub_upd(S, C, rng):
    return (lab("byline", [pick(rng, S, "pub", C)], "published") +
            lab("byline", [pick(rng, S, "upd", C)], "updated")), "top"


def by_updated(S, C, rng):
    return lab("byline", [pick(rng, S, "upd", C)], "updated"), rng.choice(["top", "lede", "foot"])


def by_relative(S, C, rng):
    items = lab("byline", [S["rel"](rng, C)], "relative-time")
    if rng.random() < 0.5:
        items = lab("byline", [C["n"]], "bare-name") + items
    return items, "top"


def by_reading(S, C, rng):
    items = lab("byline", [pick(rng, S, "read", C)], "reading-time")
    if rng.random() < 0.5:
        items = lab("byline", [pick(rng, S, "by", C)], "label-name") + items
    return items, rng.choice(["top", "top", "lede"])


def by_oneline(S, C, rng):
    who = rng.choice([C["n"], pick(rng, S, "by", C)])
    when = rng.choice([pick(rng, S, "pub", C), S["rel"](rng, C)])
    parts = [who, when]
    if S["read"] and rng.random() < 0.5:
        parts.append(pick(rng, S, "read", C))
    sep = rng.choice([" · ", " | ", " – ", ", ", " • "])
    return lab("byline", [sep.join(parts)], "oneline"), rng.choice(["top", "top", "lede"])


def by_bio(S, C, rng):
    if not S["bio"]:
        return None
    return lab("byline", [pick(rng, S, "bio", C)], "bio"), rng.choice(["top", "foot"])


def by_follow(S, C, rng):
    if not S["follow"]:
        return None
    f = pick(rng, S, "follow", C)
    if rng.random() < 0.5:
        return lab("byline", [C["n"]], "bare-name") + lab("byline", [f], "follow"), rng.choice(["top", "foot"])
    return lab("byline", [f], "follow"), rng.choice(["top", "foot"])


def by_email(S, C, rng):
    if not S["email"]:
        return None
    items = lab("byline", [pick(rng, S, "email", C)], "email")
    if rng.random() < 0.5:
        items = lab("byline", [pick(rng, S, "by", C)], "label-name") + items
    return items, rng.choice(["top", "foot"])


def by_textphoto(S, C, rng):
    if not S["textphoto"]:
        return None
    return lab("byline", [pick(rng, S, "textphoto", C)], "text-photo"), rng.choice(["top", "foot"])


def by_initials(S, C, rng):
    if not S.get("initials"):
        return None
    return lab("byline", [pick(rng, S, "initials", C)], "editor-initials"), "foot"


def by_full_block(S, C, rng):
    """Label line, date line, reading time and follow: a full byline box."""
    lines = lab("byline", [pick(rng, S, "by", C)], "label-name") + lab("byline", [pick(rng, S, "pub", C)], "published")
    if rng.random() < 0.5:
        lines += lab("byline", [pick(rng, S, "upd", C)], "updated")
    if S["read"] and rng.random() < 0.5:
        lines += lab("byline", [pick(rng, S, "read", C)], "reading-time")
    return lines, "top"


BY_SHAPES = [by_label, by_bare, by_name_job_date, by_outlet, by_multi, by_credits, by_agency, by_published, by_pub_upd,
             by_updated, by_relative, by_reading, by_oneline, by_bio, by_follow, by_email, by_textphoto, by_initials, by_full_block]


def gen_byline(art, rng, paras, headline):
    S, C = ctx(art, rng)
    doc = harness.Doc(headline, paras)
    n = len(paras)
    want = rng.choices([1, 2, 3], weights=[55, 33, 12])[0]
    got = 0
    tries = 0
    used = set()
    while got < want and tries < 20:
        tries += 1
        shape = rng.choice(BY_SHAPES)
        if shape in used:
            continue
        used.add(shape)
        r = shape(S, C, rng)
        if not r:
            continue
        items, where = r
        harness.place(doc, rng, slot(where, n, rng), items)
        got += 1
    return doc


# --------------------------------------------------------------------------
# caption shapes: (S, C, rng, desc, art) -> items
# --------------------------------------------------------------------------


def cap_kw(desc, C):
    return dict(d=desc, d0=desc.rstrip("."))


def cap_inline(S, C, rng, desc, art):
    return lab("caption", [pick(rng, S, "cap_inline", C, **cap_kw(desc, C))], "desc-credit")


def cap_two_line(S, C, rng, desc, art):
    return lab("caption", [desc], "desc-over-credit") + lab("caption", [pick(rng, S, "cap_credit", C)], "credit-line")


def cap_credit_only(S, C, rng, desc, art):
    return lab("caption", [pick(rng, S, "cap_credit", C)], "credit-only")


def cap_dash(S, C, rng, desc, art):
    dash = rng.choice(["– ", "- ", "— "])
    return lab("caption", [dash + desc + " " + pick(rng, S, "cap_credit", C)], "dash-credit")


def cap_gallery(S, C, rng, desc, art):
    cap = pick(rng, S, "cap_inline", C, **cap_kw(desc, C))
    r = rng.random()
    if S["gallery_count"] and r < 0.5:
        cnt = pick(rng, S, "gallery_count", C)
        return lab("caption", [cnt], "gallery-count") + lab("caption", [cap], "desc-credit")
    if r < 0.75:
        return lab("caption", [cap], "desc-credit") + lab("caption", [pick(rng, S, "gallery", C)], "gallery-control")
    return lab("caption", [pick(rng, S, "gallery", C)], "gallery-control") + lab("caption", [cap], "desc-credit")


def cap_unpunct(S, C, rng, desc, art):
    return lab("caption", [desc.rstrip(".")], "unpunctuated") + lab("caption", [pick(rng, S, "cap_credit", C)], "credit-line")


def cap_archive(S, C, rng, desc, art):
    if not S["archive"]:
        return cap_inline(S, C, rng, desc, art)
    return lab("caption", [pick(rng, S, "archive", C, **cap_kw(desc, C))], "archive-tag")


def cap_copyright(S, C, rng, desc, art):
    if not S["cap_copyright"]:
        return cap_two_line(S, C, rng, desc, art)
    return lab("caption", [desc], "desc-over-credit") + lab("caption", [pick(rng, S, "cap_copyright", C)], "copyright")


def cap_upper_credit(S, C, rng, desc, art):
    cr = pick(rng, S, "cap_credit", C)
    if ":" in cr:
        head, rest = cr.split(":", 1)
        cr = head.upper() + ":" + rest
    else:
        cr = cr.upper()
    return lab("caption", [desc + " " + cr], "desc-upper-credit")


CAP_SHAPES = [cap_inline, cap_inline, cap_two_line, cap_credit_only, cap_dash, cap_gallery, cap_unpunct, cap_archive,
              cap_copyright, cap_upper_credit]


def gen_caption(art, rng, paras, headline):
    S, C = ctx(art, rng)
    doc = harness.Doc(headline, paras)
    n = len(paras)
    descs = art["captions"][:]
    rng.shuffle(descs)
    count = rng.choice([1, 1, 2, 2, 3])
    colon = [i + 1 for i, p in enumerate(paras) if p.endswith(":") and i + 1 < n]
    if rng.random() < 0.2:
        # two captions next to each other
        items = [(x, "caption/adjacent-pair") for x, _ in cap_inline(S, C, rng, descs[0], art)]
        items += rng.choice(CAP_SHAPES)(S, C, rng, descs[1], art)
        j = rng.choice([0, rng.randint(1, max(1, n - 1))])
        if rng.random() < 0.5:
            doc.add("block", j, items[:1])
            doc.add("block", j, items[1:])
        else:
            harness.place(doc, rng, j, items)
        count -= 1
        descs = descs[2:]
    for i in range(min(count, len(descs))):
        shape = rng.choice(CAP_SHAPES)
        items = shape(S, C, rng, descs[i], art)
        if shape is cap_unpunct and colon and rng.random() < 0.6:
            j = rng.choice(colon)
        elif i == 0 and rng.random() < 0.5:
            j = 0
        else:
            j = rng.randint(1, n)
        C["i"] = C["i"] + 1
        harness.place(doc, rng, j, items)
    if not doc.noise:
        harness.place(doc, rng, 0, cap_inline(S, C, rng, art["captions"][0], art))
    return doc


# --------------------------------------------------------------------------
# duplicate headline shapes: (S, C, rng, h, art) -> (items, where)
# --------------------------------------------------------------------------


def title_case(h):
    small = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
    out = []
    for i, w in enumerate(h.split(" ")):
        if w and w[0].isalpha() and (i == 0 or w.lower() not in small):
            w = w[0].upper() + w[1:]
        out.append(w)
    return " ".join(out)


def dh_exact(S, C, rng, h, art):
    return lab("duphead", [h], "exact"), rng.choice(["top", "top", "lede"])


def dh_suffix(S, C, rng, h, art):
    return lab("duphead", [pick(rng, S, "suffix", C, h=h)], "site-suffix"), rng.choice(["top", "top", "foot"])


def dh_kicker(S, C, rng, h, art):
    ks = [k for k in S["kickers"] + [art["section"], art["short"]] if k != h]
    return lab("duphead", [rng.choice(ks), h], "kicker"), "top"


def dh_upper(S, C, rng, h, art):
    return lab("duphead", [h.upper()], "upper"), rng.choice(["top", "top", "foot"])


def dh_period(S, C, rng, h, art):
    return lab("duphead", [h + "."], "full-stop"), rng.choice(["top", "lede"])


def dh_foot(S, C, rng, h, art):
    return lab("duphead", [h], "foot-copy"), "foot"


def dh_crumb(S, C, rng, h, art):
    return lab("duphead", [pick(rng, S, "crumb", C, h=h)], "breadcrumb"), "top"


def dh_title(S, C, rng, h, art):
    if S["lang"] != "en" or title_case(h) == h:
        return dh_upper(S, C, rng, h, art)
    return lab("duphead", [title_case(h)], "title-case"), rng.choice(["top", "foot"])


def dh_prefix(S, C, rng, h, art):
    if not S["prefix"]:
        return dh_suffix(S, C, rng, h, art)
    return lab("duphead", [pick(rng, S, "prefix", C, h=h)], "prefixed"), "top"


def dh_kicker_suffix(S, C, rng, h, art):
    ks = [k for k in S["kickers"] if k != h]
    return (lab("duphead", [rng.choice(ks)], "kicker") +
            lab("duphead", [pick(rng, S, "suffix", C, h=h)], "site-suffix")), "top"


DH_SHAPES = [dh_exact, dh_exact, dh_suffix, dh_kicker, dh_upper, dh_period, dh_foot, dh_crumb, dh_title, dh_prefix, dh_kicker_suffix]


def gen_duphead(art, rng, paras, headline):
    S, C = ctx(art, rng)
    doc = harness.Doc(headline, paras)
    n = len(paras)
    r = rng.random()
    if r < 0.12:
        # glued straight under the headline line
        doc.add("tail", 0, [(headline, "duphead/exact-glued")])
    elif r < 0.22:
        # a copy near the top and another at the foot
        harness.place(doc, rng, 0, [(headline, "duphead/exact")])
        harness.place(doc, rng, n, [(rng.choice([headline, headline.upper()]), "duphead/foot-copy")], glue_p=0.0)
    else:
        items, where = rng.choice(DH_SHAPES)(S, C, rng, headline, art)
        harness.place(doc, rng, slot(where, n, rng), items)
    return doc


# --------------------------------------------------------------------------
# promo shapes: (S, C, rng, art) -> items, or None when the style lacks it
# --------------------------------------------------------------------------


def _one(S, key, C, rng, name):
    if not S.get(key):
        return None
    v = rng.choice(S[key])
    if isinstance(v, list):
        return lab("promo", [fill(x, C) for x in v], name + "-box")
    return lab("promo", [fill(v, C)], name)


def pr_newsletter(S, C, rng, art):
    return _one(S, "newsletter", C, rng, "newsletter")


def pr_newsletter_box(S, C, rng, art):
    return _one(S, "nl_box", C, rng, "newsletter")


def pr_app(S, C, rng, art):
    return _one(S, "app", C, rng, "app")


def pr_paywall(S, C, rng, art):
    return _one(S, "paywall", C, rng, "paywall")


def pr_readalso(S, C, rng, art):
    return lab("promo", [pick(rng, S, "readalso", C, t=rng.choice(art["teasers"]))], "read-also")


def pr_readhdr(S, C, rng, art):
    t = art["teasers"][:]
    rng.shuffle(t)
    k = rng.choice([1, 2])
    return lab("promo", [rng.choice(S["readhdr"])], "related-header") + lab("promo", t[:k], "related-link")


def pr_social(S, C, rng, art):
    return _one(S, "social", C, rng, "social")


def pr_donate(S, C, rng, art):
    return _one(S, "donate", C, rng, "donation")


def pr_podcast(S, C, rng, art):
    return _one(S, "podcast", C, rng, "podcast")


def pr_share(S, C, rng, art):
    return _one(S, "share", C, rng, "share")


def pr_tip(S, C, rng, art):
    return _one(S, "tip", C, rng, "news-tip")


def pr_comments(S, C, rng, art):
    return _one(S, "comments", C, rng, "comments")


def pr_channel(S, C, rng, art):
    return _one(S, "channel", C, rng, "channel")


def pr_footer(S, C, rng, art):
    return _one(S, "footer", C, rng, "footer")


def pr_ad(S, C, rng, art):
    return _one(S, "ad", C, rng, "ad-label")


PR_SHAPES = [pr_newsletter, pr_newsletter_box, pr_app, pr_paywall, pr_readalso, pr_readalso, pr_readhdr, pr_social, pr_donate,
             pr_podcast, pr_share, pr_tip, pr_comments, pr_channel, pr_footer, pr_ad]
REPEATABLE = ["ad", "newsletter", "app", "readalso", "share", "social", "paywall", "podcast", "channel", "donate"]


def repeated(S, C, rng, art, n):
    keys = [k for k in REPEATABLE if any(isinstance(v, str) for v in S.get(k, []))]
    key = rng.choice(keys)
    k = rng.randint(2, min(7, n + 1))
    slots = sorted(rng.sample(range(0, n + 1), k))
    out = []
    if key == "readalso":
        tpl = rng.choice(S["readalso"])
        same = rng.random() < 0.5
        t0 = rng.choice(art["teasers"])
        for i, j in enumerate(slots):
            t = t0 if same else art["teasers"][i % 2]
            out.append((j, [(fill(tpl, C, t=t), "promo/read-also-rep")]))
        return out
    line = fill(rng.choice([v for v in S[key] if isinstance(v, str)]), C)
    name = {"ad": "ad-label", "readalso": "read-also", "donate": "donation"}.get(key, key)
    for j in slots:
        out.append((j, [(line, f"promo/{name}-rep")]))
    return out


def gen_promo(art, rng, paras, headline):
    S, C = ctx(art, rng)
    doc = harness.Doc(headline, paras)
    n = len(paras)
    mode = rng.random()
    if mode < 0.35 or mode >= 0.7:
        for j, items in repeated(S, C, rng, art, n):
            harness.place(doc, rng, j, items, glue_p=0.15)
    if mode >= 0.35:
        want = rng.choice([1, 1, 2])
        got = 0
        while got < want:
            items = rng.choice(PR_SHAPES)(S, C, rng, art)
            if not items:
                continue
            where = rng.choice(["foot", "foot", "mid", "mid", "top", "any"])
            harness.place(doc, rng, slot(where, n, rng), items)
            got += 1
    return doc


GEN = dict(byline=gen_byline, caption=gen_caption, duphead=gen_duphead, promo=gen_promo)


if __name__ == "__main__":
    sys.exit(harness.main(sys.modules[__name__], "noise_ninth", 9))
