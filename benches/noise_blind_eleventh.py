"""Blind held-out noise set "eleventh" for rinse: 12 invented articles (six English site styles, de-AT, fr-BE, pt-PT, cs, uk, zh).

Written blind against the shared harness only. Site styles not used by earlier sets:
a Scottish newspaper, a US public radio station, a Pakistani English daily, a Jamaican
paper, a crypto/finance news site, a food/lifestyle blog with recipe chrome, an Austrian
site, a Belgian French site, a Portuguese site, a Czech site, a Ukrainian site and a
simplified-Chinese site. Everything (outlets, people, places) is invented.

  python3 noise_blind_eleventh.py --selftest
  python3 noise_blind_eleventh.py --seed 11 --rinse target/release/rinse --show 0
"""
import datetime
import os
import sys

sys.path.insert(0, "/work/main/benches")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import noise_blind_harness as harness  # noqa: E402

LANGS = ["en", "de", "fr", "pt", "cs", "uk", "zh"]
KINDS = ["byline", "caption", "duphead", "promo"]

# ---------------------------------------------------------------- articles

ARTICLES = [
    dict(id="sc-pool", lang="en", style="sc",
         headline="Inverbrannock pool to reopen after £2.4m repair deal agreed by councillors",
         short="Pool reopens",
         alt="Inverbrannock pool to reopen after £2.4m deal",
         paras=[
             "Councillors in Strathallan have approved a £2.4 million repair package that will allow Inverbrannock's shuttered leisure pool to reopen next spring, ending a two-year closure that campaigners said had left hundreds of children unable to learn to swim.",
             "The decision was passed by 19 votes to 7 at Thursday's full council meeting after a debate lasting almost three hours.",
             "What happens next",
             "Under the plan, contractors will replace the roof membrane, the filtration plant and the changing village, with work expected to start in October.",
             "Opposition members questioned the cost: the Conservative group said the money would be better spent on a new facility shared with neighbouring Kilbraid.",
             "Morag Strachan, the SNP councillor for Inverbrannock and Glen Ardle, told the chamber: \"This pool is not a luxury. For families here, the next nearest one is a 40-minute bus journey each way.\"",
             "The Friends of Inverbrannock Pool, which gathered 6,300 signatures, said it would hold a celebration swim on the first day the doors reopen.",
         ]),
    dict(id="us-aquifer", lang="en", style="us",
         headline="Marlow County farmers asked to cut well pumping by 15% as aquifer hits record low",
         short="Aquifer low",
         alt="Farmers asked to cut pumping as aquifer hits record low",
         paras=[
             "The Upper Cane Valley Groundwater District voted Tuesday night to ask irrigators in Marlow County to cut their pumping by 15% this season, after monitoring wells showed the aquifer at its lowest level since records began in 1962.",
             "The request is voluntary for now. But district manager Arlene Voss said the board could make it mandatory by August if water levels keep falling at the current rate of roughly two feet a year.",
             "\"We are not trying to put anybody out of business,\" Voss said. \"We're trying to make sure there is still water under these farms when their grandkids are running them.\"",
             "Farmers at the meeting were split. Some said they had already switched to drip lines and soil-moisture sensors; others said a 15% cut would cost them a cutting of alfalfa.",
             "The numbers behind the decision: 214 active irrigation wells, 41 of them showing declines of more than 10 feet since 2015, and a district budget of $1.9 million.",
             "Hollister Springs grower Dale Kemper, whose family has farmed near the Cane River for four generations, said he would comply but wants the city of Marlow held to the same standard. \"Town lawns drink too,\" he said.",
             "The district will hold two more public listening sessions, on June 24 in Hollister Springs and July 1 in Marlow.",
         ]),
    dict(id="pk-textile", lang="en", style="pk",
         headline="Sarhadpur textile workers end 11-day strike after wage agreement",
         short="Strike ends",
         alt="Textile workers end strike after wage deal",
         paras=[
             "SARHADPUR: Thousands of workers at the city's largest textile mills returned to work on Wednesday after labour unions and mill owners signed an agreement raising the minimum monthly wage to Rs42,000.",
             "The 11-day strike had shut down spinning units at 14 mills in the Sarhadpur industrial estate, and exporters had warned that orders worth nearly $30 million were at risk.",
             "Under the agreement, workers will also receive a Rs3,000 transport allowance, overtime at double the hourly rate and written contracts within 60 days.",
             "Speaking to reporters outside the labour department, union leader Shaukat Ali Baloch said the deal was \"a first step, not the end of the struggle\".",
             "Sarhadpur Mill Owners Association chairman Tariq Mehmood Sheikh said the increase would be difficult to absorb at a time of high electricity tariffs, but added that \"an idle mill earns nothing for anyone\".",
             "The provincial labour department said it would form a committee to monitor implementation, with its first report due by the end of July.",
             "Workers interviewed by this correspondent said most families had borrowed money from neighbourhood shopkeepers to get through the strike.",
         ]),
    dict(id="jm-fishers", lang="en", style="jm",
         headline="Bluefield Bay fishers celebrate new cold-storage facility",
         short="Cold storage",
         alt="Bluefield Bay gets cold storage",
         paras=[
             "Fishers at Bluefield Bay in south-west St Elspeth say they will no longer have to dump unsold catch, after a $48-million cold-storage and ice-making facility was officially opened on Friday.",
             "The facility, funded by the Ministry of Agriculture and a grant from a regional development bank, can hold up to 12 tonnes of fish and produce two tonnes of ice a day.",
             "\"Before this, if the truck don't come, the fish spoil. Simple as that,\" said Delroy Barnes, who has fished out of the bay for 31 years. \"Now we can wait for a better price.\"",
             "Bluefield Bay Fishers' Cooperative president Marcia Thompson-Reid said the group has 186 registered members, about a third of them women who clean and sell fish.",
             "She listed the cooperative's next priorities: a proper landing ramp, solar lighting for the beach and a training programme for younger fishers.",
             "Member of Parliament for St Elspeth South West, Howard Pryce, told the gathering that a similar facility is planned for Galloway Point by next year.",
         ]),
    dict(id="cr-exploit", lang="en", style="cr",
         headline="Halvard Exchange pauses withdrawals after $38 million hot wallet exploit",
         short="Halvard hack",
         alt="Halvard halts withdrawals after $38M exploit",
         paras=[
             "Halvard, a mid-sized crypto exchange based in Lisbon and Singapore, paused all withdrawals on Thursday after attackers drained roughly $38 million from one of its hot wallets, the company said.",
             "In a post on X, Halvard said the affected wallet held about 4% of customer assets and that \"all losses will be covered in full\" from the exchange's own reserves.",
             "On-chain data reviewed by BlockTide shows the stolen funds, mostly ether and USDC, were swapped and bridged across at least three networks within 40 minutes.",
             "What we know so far: the breach was detected at 09:12 UTC, deposits remain open, and trading on the platform continues normally.",
             "Halvard's native token, HVD, fell 17% in the hour after the announcement before paring some losses.",
             "Security researcher Mina Okonkwo said the pattern resembled earlier attacks in which private keys were compromised through a phishing campaign aimed at employees.",
             "Halvard did not respond to a request for comment on when withdrawals would resume.",
         ]),
    dict(id="fd-rye", lang="en", style="fd",
         headline="The village bakery that sells out of rye before 9am",
         short="Rye bakery",
         alt="The bakery that sells out by 9am",
         paras=[
             "If you want a loaf from Maud Pellow's bakery in Little Harrowden, you need to be in the queue by half past seven. By nine, the shelves are usually bare.",
             "Maud took over the old forge on Church Lane in 2019 and now bakes around 140 loaves a day in a wood-fired oven she built with her brother over one very wet winter.",
             "Why the rye works",
             "Her house loaf is 70% whole rye, fermented for 16 hours and baked at a punishing 260C before the temperature is dropped for a long, slow finish.",
             "\"People think rye is heavy and sour,\" she told me, dusting flour off a stack of bannetons. \"Done properly it's the most generous bread there is.\"",
             "What she sells on a typical Saturday: seeded rye, a spelt and honey tin, cardamom buns and, if you're lucky, a caraway rye that regulars reserve by text.",
             "I left with two loaves and a bag of buns, and I'm not ashamed to say the buns didn't survive the drive home.",
         ]),
    dict(id="at-lift", lang="de", style="at",
         headline="Aus für den Sessellift am Hochkogel: Gemeinde Oberwaldegg zieht die Reißleine",
         short="Lift-Aus",
         alt="Sessellift am Hochkogel wird stillgelegt",
         paras=[
             "Der Sessellift am Hochkogel wird nach 48 Jahren endgültig stillgelegt. Das hat der Gemeinderat von Oberwaldegg am Dienstagabend mit 11 zu 4 Stimmen beschlossen.",
             "Für eine Sanierung wären laut einem Gutachten rund 6,8 Millionen Euro nötig gewesen – mehr als das Dreifache des jährlichen Gemeindebudgets.",
             "Wie es weitergeht",
             "Geplant ist nun Folgendes: Die Talstation soll zu einem Veranstaltungsraum umgebaut werden, die Trasse wird als Wanderweg markiert.",
             "„Wir haben alles durchgerechnet, es geht sich einfach nicht aus“, sagte Bürgermeisterin Johanna Steinbichler (ÖVP) nach der Sitzung.",
             "Der örtliche Tourismusverband bedauert die Entscheidung. Obmann Florian Gruber rechnet mit einem Rückgang von bis zu 9.000 Nächtigungen pro Winter.",
             "Die letzte Fahrt ist für den 30. September geplant, Saisonkartenbesitzer sollen einen Teil des Preises rückerstattet bekommen.",
         ]),
    dict(id="be-tram", lang="fr", style="be",
         headline="Tram de Montaubrai : le chantier prendra six mois de retard",
         short="Tram en retard",
         alt="Le tram de Montaubrai encore retardé",
         paras=[
             "La mise en service du tram de Montaubrai, attendue pour mars 2026, est repoussée à l'automne de la même année, a confirmé lundi l'opérateur régional de transport.",
             "En cause, selon l'opérateur : la découverte de conduites de gaz non répertoriées sous la rue des Tanneurs et un litige avec un sous-traitant.",
             "Les commerçants à bout de souffle",
             "Dans le centre, une quarantaine de commerces disent avoir perdu entre 20 et 35 % de leur chiffre d'affaires depuis le début des travaux, il y a dix-huit mois.",
             "L'échevine de la Mobilité, Nadia Ben Haddou (Ecolo), promet une prime de compensation de 2.500 euros par commerce, à voter au conseil communal du 23 juin.",
             "« Nous préférons annoncer un retard maintenant plutôt que de promettre une date que nous ne pourrons pas tenir », a expliqué le porte-parole Quentin Delvaux.",
             "Le budget total du projet s'élève désormais à 412 millions d'euros, contre 368 millions lors de l'attribution du marché.",
         ]),
    dict(id="pt-bombeiros", lang="pt", style="pt",
         headline="Bombeiros de Vale do Arouço recebem três novas viaturas antes do verão",
         short="Novas viaturas",
         alt="Três novas viaturas para os bombeiros de Vale do Arouço",
         paras=[
             "A corporação de Bombeiros Voluntários de Vale do Arouço recebeu esta segunda-feira três novas viaturas de combate a incêndios florestais, num investimento de 690 mil euros.",
             "Os veículos foram financiados em 85% por fundos europeus, cabendo o restante à câmara municipal e a uma campanha de angariação junto da população.",
             "“Há dez anos que pedíamos isto. Algumas das nossas viaturas tinham mais de 30 anos”, afirmou o comandante Henrique Baptista.",
             "O concelho tem 62 bombeiros no quadro ativo, 18 dos quais integram as equipas de intervenção permanente.",
             "Para este verão, a corporação definiu três prioridades: vigilância nas zonas de pinhal junto à EM 1147, formação de novos voluntários e limpeza de caminhos florestais.",
             "O presidente da câmara, Carlos Albuquerque, garantiu que o município vai reforçar em 40 mil euros o apoio anual à associação.",
         ]),
    dict(id="cz-most", lang="cs", style="cz",
         headline="Most v Horních Bělčicích zůstane zavřený do konce roku, oprava se prodraží",
         short="Most zavřený",
         alt="Oprava mostu v Horních Bělčicích se protáhne",
         paras=[
             "Silniční most přes Bělčický potok v Horních Bělčicích zůstane uzavřený nejméně do prosince. Kraj v pondělí oznámil, že statici při opravě objevili poškození nosníků, se kterým se nepočítalo.",
             "Oprava tak místo původních 18 milionů korun vyjde zhruba na 27 milionů.",
             "„Chápeme, že lidé jsou naštvaní. Ale pustit po mostě auta by bylo nezodpovědné,“ řekl náměstek hejtmana pro dopravu Radek Šimek.",
             "Objízdná trasa přes Dolní Lhotku prodlužuje cestu do okresního města zhruba o 14 kilometrů, což nejvíce pociťují dojíždějící a místní firmy.",
             "Co se změní pro cestující: autobusová linka 912 pojede od 1. července v půlhodinovém intervalu a zastávka U Mostu bude dočasně zrušena.",
             "Starostka Horních Bělčic Ivana Kopecká uvedla, že obec bude po kraji požadovat kompenzaci pro živnostníky v centru.",
             "Hotový most by měl kromě silnice nabídnout i samostatný chodník pro pěší a cyklisty.",
         ]),
    dict(id="ua-solar", lang="uk", style="ua",
         headline="Зеленогайська лікарня отримала сонячну електростанцію на 120 кВт",
         short="Сонячна станція",
         alt="У Зеленогаї лікарня перейшла на сонячну енергію",
         paras=[
             "На даху Зеленогайської центральної лікарні запрацювала сонячна електростанція потужністю 120 кіловат. Її встановили за кошти міжнародних партнерів громади та місцевого бюджету.",
             "За розрахунками міської ради, станція покриватиме до 40% денного споживання лікарні, а економія становитиме близько 900 тисяч гривень на рік.",
             "«Під час відключень ми працювали на генераторах, і кожна година коштувала дуже дорого. Тепер операційні та реанімація мають резерв», — розповіла головна лікарка Наталія Кравець.",
             "Що входить до системи: 216 сонячних панелей, два інвертори та акумуляторний блок, що може живити критичні відділення до шести годин.",
             "Монтаж тривав сім тижнів. Роботи виконала місцева компанія, яка раніше встановлювала подібні станції на школах громади.",
             "Міський голова Ігор Савчук заявив, що наступного року схожі станції планують встановити на двох амбулаторіях та водоканалі.",
         ]),
    dict(id="zh-metro", lang="zh", style="zh",
         headline="临澜地铁5号线开通首日客流超18万人次",
         short="5号线开通",
         alt="临澜地铁5号线正式开通",
         paras=[
             "6月10日，临澜市地铁5号线正式开通运营。据市轨道交通集团统计，开通首日全线客流达18.3万人次，超出此前预期。",
             "5号线全长26.4公里，共设车站19座，连接城北高铁站与南湖新区，全程运行时间约43分钟。",
             "“以前从南湖去高铁站要倒两趟公交，现在半个小时就到了。”家住南湖新区的市民刘建华说。",
             "运营时间安排如下：首班车6时发车，末班车22时30分从两端始发站发出，高峰时段行车间隔为4分钟。",
             "市轨道交通集团相关负责人表示，开通初期将在换乘站增派志愿者，引导乘客熟悉换乘流线。",
             "据了解，临澜地铁6号线目前已完成全线80%的土建工程，预计2027年底开通。",
         ]),
]

# ---------------------------------------------------------------- time helpers

MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_DE = ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
MON_PT = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
MON_PT_LONG = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
               "setembro", "outubro", "novembro", "dezembro"]
MON_CS_GEN = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
              "září", "října", "listopadu", "prosince"]
MON_UK_GEN = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
              "вересня", "жовтня", "листопада", "грудня"]


def T(rng):
    return datetime.datetime(rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28),
                             rng.randint(5, 22), rng.randint(0, 59))


def later(rng, t):
    return t + datetime.timedelta(minutes=rng.randint(25, 1300))


def h12(t, sep=":", lower=False, space=True):
    h = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    if lower:
        ap = "am" if t.hour < 12 else "pm"
    return f"{h}{sep}{t.minute:02d}{' ' if space else ''}{ap}"


def uk_tz(t):
    return "BST" if 4 <= t.month <= 10 else "GMT"


def us_tz(t):
    return "CDT" if 4 <= t.month <= 10 else "CST"


def cet(t):
    return "MESZ" if 4 <= t.month <= 10 else "MEZ"


# ---------------------------------------------------------------- noise shapes
# A shape is (pos, label, lines, stack). pos: top (after headline), foot (after last
# paragraph), mid (between paragraphs), near (after headline or first paragraph),
# any (after any block but the last), above (glued above the headline).

def S(pos, label, *lines, stack=False):
    return (pos, label, list(lines), stack)


def style_sc(kind, rng, art, headline):
    a, a2 = "Calum Renfrew", "Eilidh Baird"
    t = T(rng)
    u = later(rng, t)
    if kind == "byline":
        return [
            S("top", "sc/by", f"By {a}"),
            S("top", "sc/by-caps", f"BY {a.upper()}"),
            S("top", "sc/name-title-date", a, "Local Democracy Reporter",
              f"{MON_EN[t.month-1]} {t.day} {t.year}, {h12(t, '.', True, False)}"),
            S("top", "sc/glued-updated", f"{a} Local Democracy Reporter",
              f"{t:%H:%M}, {t.day} {MON_EN[t.month-1][:3]} {t.year}Updated {u:%H:%M}, {u.day} {MON_EN[u.month-1][:3]} {u.year}"),
            S("top", "sc/date-tz", f"{DAY_EN[t.weekday()]} {t.day} {MON_EN[t.month-1]} {t.year}, {h12(t, ':', True, False)} {uk_tz(t)}"),
            S("top", "sc/two-authors", f"By {a} and {a2}", f"{rng.randint(2, 6)} min read"),
            S("top", "sc/updated", f"Updated: {MON_EN[u.month-1]} {u.day} {u.year}, {h12(u, '.', True, False)}"),
            S("top", "sc/share", a, "Share", stack=True),
            S("foot", "sc/author-box",
              f"{a} is the Lomond Herald's local democracy reporter covering Strathallan Council. Contact him at calum.renfrew@lomondherald.co.uk"),
            S("foot", "sc/ldrs", "This story was produced by the Local Democracy Reporting Service."),
        ]
    if kind == "caption":
        n = rng.randint(3, 9)
        return [
            S("near", "sc/cap-image", "The Inverbrannock leisure pool has been closed since November 2023 (Image: Strathallan Council)"),
            S("near", "sc/cap-pic", "Campaigners gathered outside the council headquarters in Balgrenn on Thursday. Pic: Jamie Forsyth"),
            S("any", "sc/cap-credit", "Image: Jamie Forsyth/Lomond Herald"),
            S("near", "sc/cap-file", "File photo of the pool's main hall. Picture: Lomond Media"),
            S("any", "sc/cap-gallery", f"{rng.randint(1, n)} / {n}",
              "Swimmers at the pool in 2019, before it closed (Image: Friends of Inverbrannock Pool)"),
            S("any", "sc/cap-caps", "Councillor Morag Strachan. PIC: STRATHALLAN COUNCIL"),
        ]
    if kind == "dupcopy":
        return [
            S("top", "sc/dup-exact", headline),
            S("foot", "sc/dup-foot", headline),
            S("foot", "sc/dup-share", headline, "Share this article", "Copy link", stack=True),
            S("above", "sc/dup-title", f"{headline} | The Lomond Herald"),
            S("top", "sc/dup-short", art["alt"]),
        ]
    if kind == "dupkick":
        return [
            S("above", "sc/crumb", "News", "Local News", "Strathallan"),
            S("above", "sc/kicker", "COUNCIL"),
            S("above", "sc/crumb-line", "Home > News > Local news > Strathallan"),
        ]
    return [
        S("mid", "sc/newsletter", "Sign up to our Scotland Today newsletter for the biggest stories sent to your inbox every morning"),
        S("mid", "sc/read-more", "Read more: Kilbraid bypass delayed again as costs soar to £31m"),
        S("mid", "sc/subscribe", "Don't miss a story: subscribe to The Lomond Herald from just £1 for your first three months"),
        S("foot", "sc/app", "Get all the latest news from across Strathallan on our app – download it free for iOS and Android"),
        S("mid", "sc/read-more-stack", "READ MORE",
          "Strathallan bin collections to move to three-weekly cycle",
          "Balgrenn High School named in Scotland's top 50 for exam results", stack=True),
        S("foot", "sc/comments", "Join the conversation: comments are open to subscribers"),
    ]


def style_us(kind, rng, art, headline):
    a, a2 = "Dana Whitcomb", "Luis Ferreira-Quan"
    t = T(rng)
    u = later(rng, t)
    pub = f"{MON_EN[t.month-1]} {t.day}, {t.year} at {h12(t)} {us_tz(t)}"
    upd = f"{MON_EN[u.month-1]} {u.day}, {u.year} at {h12(u)} {us_tz(u)}"
    if kind == "byline":
        return [
            S("top", "us/by", f"By {a}"),
            S("top", "us/pipe", f"{a} | KVRN"),
            S("top", "us/published", f"Published {pub}"),
            S("top", "us/pub-upd", f"Published {pub}", f"Updated {upd}"),
            S("top", "us/two-authors", f"By {a}, {a2}"),
            S("top", "us/listen", f"Listen • {rng.randint(1, 6)}:{rng.randint(0, 59):02d}"),
            S("top", "us/name-title", a, "Agriculture & Rural Affairs Reporter", stack=True),
            S("foot", "us/author-box",
              f"{a} covers agriculture and rural affairs for KVRN. Before joining the station in 2021, she reported for newspapers in western Kansota."),
            S("foot", "us/partner", "This story was produced in partnership with the Plains Water Reporting Collaborative."),
        ]
    if kind == "caption":
        return [
            S("near", "us/cap-credit-slash",
              "A center-pivot irrigation system waters a cornfield east of Hollister Springs on June 3. Dana Whitcomb / KVRN"),
            S("near", "us/enlarge", "Enlarge this image", "toggle caption", f"{a}/KVRN", stack=True),
            S("any", "us/credit-only", f"{a}/KVRN"),
            S("any", "us/for-kvrn", "Dale Kemper checks a soil-moisture probe on his farm. Ray Okafor for KVRN"),
            S("near", "us/file", "Monitoring well No. 17 outside Marlow, seen in a 2022 file photo. Upper Cane Valley Groundwater District"),
        ]
    if kind == "dupcopy":
        return [
            S("top", "us/dup-exact", headline),
            S("foot", "us/dup-share", "Share this story:", headline, stack=True),
            S("above", "us/dup-title", f"{headline} | KVRN"),
            S("foot", "us/dup-foot", headline),
            S("top", "us/dup-short", art["alt"]),
        ]
    if kind == "dupkick":
        return [
            S("above", "us/kicker", "Environment"),
            S("above", "us/kicker2", "Agriculture", "Local News"),
            S("above", "us/station", "KVRN 90.7 | Northern Plains Public Radio"),
        ]
    return [
        S("mid", "us/donate", "Your support makes stories like this possible. Donate now."),
        S("mid", "us/newsletter", "Get the KVRN Morning Briefing in your inbox every weekday"),
        S("foot", "us/listen-live", "Listen live: KVRN 90.7 FM and 88.1 FM in Hollister Springs"),
        S("mid", "us/sustain", "Become a sustaining member today", stack=True),
        S("foot", "us/related", "Related stories", "Marlow city council weighs new lawn-watering limits",
          "Drought monitor: western counties slip into severe category", stack=True),
        S("mid", "us/npr-app", "Stream KVRN anywhere with our free app"),
    ]


def style_pk(kind, rng, art, headline):
    a = "Imran Qureshi"
    t = T(rng)
    u = later(rng, t)
    dd = f"{MON_EN[t.month-1]} {t.day}, {t.year}"
    if kind == "byline":
        return [
            S("top", "pk/our-corr", "Our Correspondent"),
            S("top", "pk/staff-caps", "STAFF REPORTER"),
            S("top", "pk/name-pub", f"{a} Published {dd} Updated about {rng.randint(2, 11)} hours ago"),
            S("top", "pk/pipe", f"{a} | Published {dd} | {t:%I:%M} {'AM' if t.hour < 12 else 'PM'} PKT"),
            S("top", "pk/web-desk", "Web Desk", f"{dd}", stack=True),
            S("top", "pk/app", "APP"),
            S("foot", "pk/published-in", f"Published in The Indus Chronicle, {MON_EN[u.month-1]} {u.day}th, {u.year}"),
            S("foot", "pk/writer", "The writer is a staff reporter at The Indus Chronicle's Sarhadpur bureau."),
        ]
    if kind == "caption":
        return [
            S("near", "pk/photo-by-author", "Workers gather outside the Al-Noor Textile Mills on Wednesday. — Photo by author"),
            S("near", "pk/app-file", "A worker operates a spinning machine at a mill in Sarhadpur. — APP/File"),
            S("any", "pk/photo-caps", "Union leaders address workers at the labour department. PHOTO: CHRONICLE"),
            S("any", "pk/dash-online", "— Photo: Online"),
            S("near", "pk/representational", "This representational image shows looms at a textile factory. — Reuters/File"),
        ]
    if kind == "dupcopy":
        return [
            S("top", "pk/dup-exact", headline),
            S("above", "pk/dup-dash", f"{headline} — The Indus Chronicle"),
            S("foot", "pk/dup-foot", headline),
            S("top", "pk/dup-short", art["alt"]),
        ]
    if kind == "dupkick":
        return [
            S("above", "pk/section", "Business"),
            S("above", "pk/crumb", "Home / Pakistan / Sarhadpur"),
            S("above", "pk/caps", "PAKISTAN"),
        ]
    return [
        S("mid", "pk/also-read", "Also Read: Power tariff hike to hit exporters, warns chamber"),
        S("mid", "pk/whatsapp", "Follow The Indus Chronicle on WhatsApp for the latest updates"),
        S("foot", "pk/app", "Download The Indus Chronicle app for breaking news on the go"),
        S("foot", "pk/comments", f"Comments ({rng.randint(2, 60)})", "Comments are moderated and generally will be posted if they are on-topic and not abusive.", stack=True),
        S("mid", "pk/read-more-caps", "READ MORE: Cotton prices slide as spinners cut production"),
    ]


def style_jm(kind, rng, art, headline):
    a = "Tanisha Grant-Walcott"
    t = T(rng)
    if kind == "byline":
        return [
            S("top", "jm/slash", f"{a}/Staff Reporter"),
            S("top", "jm/name-role-mail", a, "Sunday Ledger Reporter", "tanisha.grant@islandledger.com.jm"),
            S("top", "jm/ago", f"{rng.randint(2, 11)} hours ago"),
            S("top", "jm/published", f"Published: {DAY_EN[t.weekday()]} | {MON_EN[t.month-1]} {t.day}, {t.year} | {h12(t)}"),
            S("top", "jm/caps", a.upper()),
            S("top", "jm/name-date", f"{a} {t.day}/{t.month:02d}/{t.year}"),
            S("foot", "jm/mail", "Send us your feedback at news@islandledger.com.jm"),
        ]
    if kind == "caption":
        return [
            S("near", "jm/photo-paren", "Fisherman Delroy 'Captain' Barnes shows off a catch of snapper at Bluefield Bay on Thursday. (Photo: Kavon Reid)"),
            S("any", "jm/contributed", "Contributed photo"),
            S("near", "jm/file", "FILE PHOTO"),
            S("any", "jm/photo-dash", "The new cold-storage facility at Bluefield Bay, St Elspeth. – Kavon Reid photo"),
            S("any", "jm/ledger-credit", "Marcia Thompson-Reid (left) speaks with members of the cooperative. (Photo: Island Ledger)"),
        ]
    if kind == "dupcopy":
        return [
            S("top", "jm/dup-exact", headline),
            S("above", "jm/dup-title", f"{headline} - Island Ledger"),
            S("foot", "jm/dup-foot", headline),
            S("top", "jm/dup-short", art["alt"]),
        ]
    if kind == "dupkick":
        return [
            S("above", "jm/news", "NEWS"),
            S("above", "jm/latest", "Latest News", "Local", stack=True),
            S("above", "jm/parish", "St Elspeth"),
        ]
    return [
        S("mid", "jm/whatsapp", "Click here to get the latest Ledger news on WhatsApp"),
        S("mid", "jm/telegram", "Get the latest news and sports updates delivered straight to your phone — join our Telegram channel"),
        S("foot", "jm/related", "Related Stories", "Galloway Point fishers demand better security at landing beach", stack=True),
        S("mid", "jm/epaper", "Want to be the first to know? Subscribe to the Island Ledger e-paper."),
        S("foot", "jm/trending", "Trending Now"),
    ]


def style_cr(kind, rng, art, headline):
    a, ed = "Priya Natarajan", "Tom Albrecht"
    t = T(rng)
    u = later(rng, t)
    if kind == "byline":
        return [
            S("top", "cr/by", f"By {a}"),
            S("top", "cr/edited", f"By {a}", f"Edited by {ed}"),
            S("top", "cr/date-utc", f"{MON_EN[t.month-1][:3]} {t.day}, {t.year} at {h12(t, ':', True).replace('am', 'a.m.').replace('pm', 'p.m.')} UTC"),
            S("top", "cr/updated-utc", f"Updated {MON_EN[u.month-1][:3]} {u.day}, {u.year}, {u:%H:%M} UTC"),
            S("top", "cr/read", f"{rng.randint(2, 6)} min read"),
            S("top", "cr/dot", f"{a} • {MON_EN[t.month-1][:3]} {t.day}, {t.year}"),
            S("top", "cr/translated", f"{a} and Hugo Lemaire", "Translated by Camila Reyes"),
            S("foot", "cr/disclosure-author", f"{a} is a markets reporter at BlockTide. She holds small amounts of BTC and ETH."),
        ]
    if kind == "caption":
        return [
            S("near", "cr/unsplash", "(Marta Vellin/Unsplash, modified by BlockTide)"),
            S("near", "cr/illustration", "Illustration: BlockTide"),
            S("any", "cr/stock", "Image: Shutterstock"),
            S("near", "cr/chart", "HVD price over the past 24 hours (TradeDesk)"),
            S("any", "cr/caption-credit", "Halvard's offices in Lisbon. (Halvard)"),
        ]
    if kind == "dupcopy":
        return [
            S("top", "cr/dup-exact", headline),
            S("above", "cr/dup-title", f"{headline} - BlockTide"),
            S("foot", "cr/dup-foot", headline),
            S("top", "cr/dup-short", art["alt"]),
        ]
    if kind == "dupkick":
        return [
            S("above", "cr/section", "Markets"),
            S("above", "cr/tags", "Exchanges", "Security", stack=True),
            S("above", "cr/ticker", "BTC $67,412.05 +1.8%"),
        ]
    return [
        S("mid", "cr/newsletter", "Don't miss another story. Subscribe to The Daily Tide, our free newsletter."),
        S("mid", "cr/read-more", "Read more: Bitcoin ETF inflows hit three-week high as traders eye Fed"),
        S("foot", "cr/disclosure", "Disclosure: BlockTide adheres to a strict set of editorial policies. This article was prepared with the assistance of AI tools and reviewed by our editorial team."),
        S("mid", "cr/ticker", f"ETH ${rng.randint(2900, 3600)}.{rng.randint(10, 99)} {rng.choice(['+', '-'])}{rng.randint(1, 9)}.{rng.randint(0, 9)}%"),
        S("foot", "cr/sponsored", "Sponsored", "Trade 300+ tokens with zero fees this month", stack=True),
    ]


def style_fd(kind, rng, art, headline):
    a = "Hattie Moreland"
    t = T(rng)
    if kind == "byline":
        return [
            S("top", "fd/posted-pipe", f"Posted by {a} | {MON_EN[t.month-1]} {t.day}, {t.year} | {rng.randint(2, 40)} Comments"),
            S("top", "fd/by-dot", f"by {a} · {MON_EN[t.month-1]} {t.day}, {t.year}"),
            S("top", "fd/affiliate", "This post may contain affiliate links. Please read our disclosure policy."),
            S("top", "fd/jump", "Jump to Recipe", "Print Recipe", stack=True),
            S("foot", "fd/author-box", "Hi, I'm Hattie! I bake, I travel, and I eat far too much bread. Welcome to The Crumb & Kettle."),
            S("foot", "fd/filed", "Filed Under: Baking, Travel"),
            S("top", "fd/updated", f"Last updated: {MON_EN[t.month-1]} {t.day}, {t.year}"),
        ]
    if kind == "caption":
        n = rng.randint(4, 12)
        return [
            S("near", "fd/copyright", "Freshly scored loaves waiting for the oven. Photo © Hattie Moreland"),
            S("any", "fd/image-of", f"Image {rng.randint(1, n)} of {n}"),
            S("any", "fd/pin", "Pin it!"),
            S("near", "fd/caption", "The old forge on Church Lane, now home to the bakery."),
            S("any", "fd/credit", "Photo credit: Hattie Moreland / The Crumb & Kettle"),
        ]
    if kind == "dupcopy":
        return [
            S("top", "fd/dup-exact", headline),
            S("foot", "fd/dup-pin", f"Pin this for later: {headline}"),
            S("foot", "fd/dup-foot", headline),
            S("above", "fd/dup-title", f"{headline} - The Crumb & Kettle"),
            S("top", "fd/dup-short", art["alt"]),
        ]
    if kind == "dupkick":
        return [
            S("above", "fd/crumb", "Home » Travel » Bakeries"),
            S("above", "fd/cats", "Baking", "Travel"),
        ]
    return [
        S("mid", "fd/freebie", "Subscribe to get my free 5-day sourdough starter guide!"),
        S("foot", "fd/tag", "Did you make this? Tag @crumbandkettle on Instagram so I can see!"),
        S("mid", "fd/also-like", "You might also like: My no-knead cardamom buns"),
        S("foot", "fd/rate", "Rate this recipe", "★★★★★", stack=True),
        S("mid", "fd/shop", "Shop my favourite bannetons and baking stones here"),
    ]


def style_at(kind, rng, art, headline):
    a = "Katharina Hölzl"
    t = T(rng)
    u = later(rng, t)
    if kind == "byline":
        return [
            S("top", "at/von", f"Von {a}"),
            S("top", "at/name-date", f"{a}, {t.day}. {MON_DE[t.month-1]} {t.year}, {t:%H:%M}"),
            S("top", "at/uhr", f"{t:%d.%m.%Y}, {t:%H:%M} Uhr"),
            S("top", "at/aktualisiert", f"Aktualisiert: {u:%d.%m.%Y}, {u:%H:%M}"),
            S("top", "at/lesezeit", f"Lesezeit: {rng.randint(2, 5)} Min."),
            S("top", "at/apa-red", "APA/Red."),
            S("top", "at/name-ressort", a, "Redakteurin Chronik", f"{t:%d.%m.%Y} um {t:%H:%M}"),
            S("foot", "at/kuerzel", "(kh, APA)"),
        ]
    if kind == "caption":
        n = rng.randint(3, 10)
        return [
            S("near", "at/apa", "Der Sessellift am Hochkogel steht seit März still. APA/Lukas Pichler"),
            S("near", "at/foto", "Foto: Gemeinde Oberwaldegg"),
            S("any", "at/bild-slash", "Bild: Salzach Nachrichten/Moser"),
            S("any", "at/symbol", "Symbolbild"),
            S("any", "at/gallery", f"Bild {rng.randint(1, n)} von {n}",
              "Die Talstation soll künftig für Veranstaltungen genutzt werden. © Salzach Nachrichten/Moser"),
        ]
    if kind == "dupcopy":
        return [
            S("top", "at/dup-exact", headline),
            S("above", "at/dup-title", f"{headline} | Salzach Nachrichten"),
            S("foot", "at/dup-foot", headline),
            S("top", "at/dup-short", art["alt"]),
        ]
    if kind == "dupkick":
        return [
            S("above", "at/crumb", "Salzburg > Pongau > Oberwaldegg"),
            S("above", "at/kicker", "Seilbahnen"),
            S("above", "at/plus", "Plus", "Chronik", stack=True),
        ]
    return [
        S("mid", "at/newsletter", "Jetzt Newsletter abonnieren"),
        S("mid", "at/lesen-sie", "Lesen Sie auch: Schneekanonen-Streit im Gasteinertal geht in die nächste Runde"),
        S("foot", "at/app", "Alle Nachrichten aus der Region direkt aufs Handy: Jetzt die SN-App herunterladen"),
        S("mid", "at/plus", "Plus-Artikel: Jetzt 1 Monat um 1 € testen"),
        S("foot", "at/mehr", "Mehr zum Thema", "Bergbahnen: Kleine Skigebiete kämpfen ums Überleben", stack=True),
    ]


def style_be(kind, rng, art, headline):
    a = "Élodie Vanderhaegen"
    t = T(rng)
    u = later(rng, t)
    if kind == "byline":
        return [
            S("top", "be/par", f"Par {a}"),
            S("top", "be/name-title", a, "Journaliste au service Régions", stack=True),
            S("top", "be/publie", f"Publié le {t:%d/%m/%Y} à {t:%H:%M}"),
            S("top", "be/maj", f"Mis à jour le {u:%d/%m/%Y} à {u:%H:%M}"),
            S("top", "be/lecture", f"Temps de lecture: {rng.randint(2, 5)} min"),
            S("top", "be/belga", "Belga"),
            S("top", "be/with-date", f"{a} (avec Belga)", f"{t.day} {MON_FR[t.month-1]} {t.year} {t:%H:%M}"),
            S("foot", "be/traduit", "Article traduit du néerlandais par la rédaction."),
        ]
    if kind == "caption":
        return [
            S("near", "be/belga", "Le chantier du tram à hauteur de la place du Marché. © BELGA"),
            S("any", "be/illustration", "Photo d'illustration"),
            S("any", "be/dr", "© DR"),
            S("near", "be/photonews", "Nadia Ben Haddou, échevine de la Mobilité. - © Photo News"),
            S("any", "be/credit", "© Courrier de Sambre - Julien Masset"),
        ]
    if kind == "dupcopy":
        return [
            S("top", "be/dup-exact", headline),
            S("above", "be/dup-title", f"{headline} - Le Courrier de Sambre"),
            S("foot", "be/dup-foot", headline),
            S("top", "be/dup-short", art["alt"]),
        ]
    if kind == "dupkick":
        return [
            S("above", "be/crumb", "Régions > Charleroi-Sambre > Montaubrai"),
            S("above", "be/kicker", "Mobilité"),
            S("above", "be/abonnes", "Abonnés"),
        ]
    return [
        S("mid", "be/lire-aussi", "Lire aussi | Rue des Tanneurs : les riverains excédés par le bruit nocturne"),
        S("mid", "be/newsletter", "Abonnez-vous à notre newsletter Régions"),
        S("foot", "be/abonnes", "Cet article est réservé aux abonnés", "Déjà abonné ? Connectez-vous", stack=True),
        S("foot", "be/app", "Téléchargez notre application"),
        S("mid", "be/a-lire", "À lire aussi", "Tram: le point sur les déviations de bus à Montaubrai", stack=True),
    ]


def style_pt(kind, rng, art, headline):
    a = "Inês Carvalhal"
    t = T(rng)
    u = later(rng, t)
    if kind == "byline":
        return [
            S("top", "pt/texto", f"Texto de {a}"),
            S("top", "pt/name-date", a, f"{t.day} {MON_PT[t.month-1]} {t.year}, {t:%H:%M}"),
            S("top", "pt/atualizado", f"Atualizado a {u.day} {MON_PT[u.month-1]} {u.year}, {u:%H:%M}"),
            S("top", "pt/lusa", "Agência Lusa"),
            S("top", "pt/leitura", f"Tempo de leitura: {rng.randint(2, 5)} min"),
            S("top", "pt/publicado", f"Publicado a {t.day} de {MON_PT_LONG[t.month-1]} de {t.year} às {t:%H:%M}"),
            S("foot", "pt/jornalista", f"{a} é jornalista do Diário da Beira Serra desde 2017."),
        ]
    if kind == "caption":
        return [
            S("near", "pt/foto-paren", "As novas viaturas foram apresentadas no quartel de Vale do Arouço (Foto: Rui Medeiros)"),
            S("any", "pt/lusa", "Foto: LUSA/José Pinto"),
            S("any", "pt/arquivo", "Fotografia de arquivo"),
            S("near", "pt/dr", "DR"),
            S("any", "pt/credit-dash", "O comandante Henrique Baptista — Rui Medeiros / Diário da Beira Serra"),
        ]
    if kind == "dupcopy":
        return [
            S("top", "pt/dup-exact", headline),
            S("above", "pt/dup-title", f"{headline} | Diário da Beira Serra"),
            S("foot", "pt/dup-foot", headline),
            S("top", "pt/dup-short", art["alt"]),
        ]
    if kind == "dupkick":
        return [
            S("above", "pt/section", "Sociedade"),
            S("above", "pt/crumb", "Início > País > Incêndios"),
            S("above", "pt/local", "Vale do Arouço"),
        ]
    return [
        S("mid", "pt/leia", "Leia também: Câmara aprova plano de limpeza de matas para 2025"),
        S("mid", "pt/newsletter", "Subscreva a nossa newsletter e receba as principais notícias da região"),
        S("foot", "pt/assine", "Assine já o Diário da Beira Serra a partir de 1,99€ por mês"),
        S("mid", "pt/whatsapp", "Siga o Diário da Beira Serra no WhatsApp"),
        S("foot", "pt/relacionados", "Artigos relacionados", "Incêndio em Serra Alva consumiu 300 hectares", stack=True),
    ]


def style_cz(kind, rng, art, headline):
    a, a2 = "Tereza Dvořáková", "Martin Holub"
    t = T(rng)
    u = later(rng, t)
    if kind == "byline":
        return [
            S("top", "cz/autor", f"Autor: {a}"),
            S("top", "cz/name-date", f"{a}, {t.day}. {MON_CS_GEN[t.month-1]} {t.year} {t.hour}:{t.minute:02d}"),
            S("top", "cz/aktualizovano", f"{t.day}. {t.month}. {t.year} {t.hour}:{t.minute:02d}, aktualizováno {u.hour}:{u.minute:02d}"),
            S("top", "cz/ctk", "ČTK"),
            S("top", "cz/two", f"{a}, {a2}"),
            S("top", "cz/precteni", f"Přečtení: {rng.randint(2, 5)} minuty"),
            S("top", "cz/redakce", "Redakce", stack=True),
            S("foot", "cz/zdroj", "Zdroj: ČTK, Zprávy z Pomoraví"),
        ]
    if kind == "caption":
        n = rng.randint(4, 15)
        return [
            S("near", "cz/foto-pipe", "Most přes Bělčický potok je uzavřený od dubna. | foto: Petr Hanuš, Zprávy z Pomoraví"),
            S("any", "cz/ilustracni", "Ilustrační snímek"),
            S("any", "cz/ctk-foto", "Foto: ČTK / Lukáš Veselý"),
            S("near", "cz/gallery", f"{rng.randint(1, n)}/{n}"),
            S("any", "cz/archiv", "Snímek z archivu. Foto: Zprávy z Pomoraví"),
        ]
    if kind == "dupcopy":
        return [
            S("top", "cz/dup-exact", headline),
            S("above", "cz/dup-title", f"{headline} - Zprávy z Pomoraví"),
            S("foot", "cz/dup-foot", headline),
            S("top", "cz/dup-short", art["alt"]),
        ]
    if kind == "dupkick":
        return [
            S("above", "cz/crumb", "Zprávy > Domácí > Olomoucký kraj"),
            S("above", "cz/kicker", "DOPRAVA"),
        ]
    return [
        S("mid", "cz/ctete", "Čtěte také: Kraj vypíše tendr na novou autobusovou dopravu"),
        S("mid", "cz/newsletter", "Odebírejte náš newsletter a mějte přehled o dění v regionu"),
        S("foot", "cz/predplatne", "Předplaťte si Zprávy z Pomoraví a čtěte bez omezení"),
        S("mid", "cz/facebook", "Sledujte nás na Facebooku"),
        S("foot", "cz/souvisejici", "Související", "Dolní Lhotka žádá kvůli objížďce snížení rychlosti", stack=True),
    ]


def style_ua(kind, rng, art, headline):
    a = "Оксана Мельничук"
    t = T(rng)
    u = later(rng, t)
    if kind == "byline":
        return [
            S("top", "ua/avtor", f"Автор: {a}"),
            S("top", "ua/name-dash-date", f"{a} — {t.day} {MON_UK_GEN[t.month-1]} {t.year}, {t:%H:%M}"),
            S("top", "ua/onovleno", f"Оновлено: {u:%d.%m.%Y}, {u:%H:%M}"),
            S("top", "ua/chytaty", f"Читати {rng.randint(2, 5)} хв"),
            S("top", "ua/dzherelo", "Джерело: пресслужба Зеленогайської міської ради"),
            S("top", "ua/pereklad", "Переклад з англійської: Андрій Гнатюк"),
            S("top", "ua/name-date-lines", a, f"{t:%d.%m.%Y}", f"{t:%H:%M}"),
            S("foot", "ua/foto-author", f"Фото: {a}"),
        ]
    if kind == "caption":
        return [
            S("near", "ua/foto-press", "Сонячні панелі на даху лікарні. Фото: пресслужба Зеленогайської громади"),
            S("any", "ua/ilustratyvne", "Ілюстративне фото"),
            S("any", "ua/vidkryti", "Фото з відкритих джерел"),
            S("near", "ua/foto-name", "Головна лікарка Наталія Кравець / Фото: Вісті Зеленогаю"),
            S("any", "ua/skrinshot", "Скриншот з відео міської ради"),
        ]
    if kind == "dupcopy":
        return [
            S("top", "ua/dup-exact", headline),
            S("above", "ua/dup-title", f"{headline} | Вісті Зеленогаю"),
            S("foot", "ua/dup-foot", headline),
            S("top", "ua/dup-short", art["alt"]),
        ]
    if kind == "dupkick":
        return [
            S("above", "ua/crumb", "Головна / Новини / Громада"),
            S("above", "ua/kicker", "Енергетика"),
        ]
    return [
        S("mid", "ua/chytaite", "Читайте також: У Зеленогаї відремонтують дах школи №3"),
        S("mid", "ua/telegram", "Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини громади"),
        S("foot", "ua/pidtrymka", "Підтримайте незалежну журналістику — станьте нашим патроном"),
        S("mid", "ua/viber", "Найважливіші новини — у нашому Viber"),
        S("foot", "ua/shche", "Більше новин", "Водоканал Зеленогаю оголосив графік ремонтів", stack=True),
    ]


def style_zh(kind, rng, art, headline):
    a = "周雨桐"
    t = T(rng)
    if kind == "byline":
        return [
            S("top", "zh/jizhe", f"记者 {a}"),
            S("top", "zh/laiyuan-time", f"{t:%Y-%m-%d %H:%M}　来源：青岚新闻"),
            S("top", "zh/zuozhe-bianji", f"作者：{a}　编辑：林晓"),
            S("foot", "zh/zeren", "责任编辑：林晓"),
            S("top", "zh/zihao", "字号：大 中 小", "分享到：", stack=True),
            S("top", "zh/yuedu", f"阅读 {rng.randint(1, 9)}.{rng.randint(0, 9)}万"),
            S("top", "zh/bianyi", "编译：王蕾"),
            S("top", "zh/jizhe-date", f"青岚新闻记者 {a} 通讯员 何明", f"{t.year}年{t.month}月{t.day}日"),
        ]
    if kind == "caption":
        n = rng.randint(4, 9)
        return [
            S("near", "zh/she", "6月10日，市民在临澜地铁5号线站台候车。记者 陈立 摄"),
            S("any", "zh/ziliao", "（资料图）"),
            S("any", "zh/tupian-laiyuan", "图片来源：青岚新闻 资料图"),
            S("near", "zh/gallery", f"{rng.randint(1, n)}/{n}"),
            S("any", "zh/shijue", "图/视界图库"),
        ]
    if kind == "dupcopy":
        return [
            S("top", "zh/dup-exact", headline),
            S("above", "zh/dup-title", f"{headline}_青岚新闻"),
            S("foot", "zh/dup-foot", headline),
            S("top", "zh/dup-short", art["alt"]),
        ]
    if kind == "dupkick":
        return [
            S("above", "zh/crumb", "首页 > 本地 > 交通"),
            S("above", "zh/kicker", "城市"),
        ]
    return [
        S("mid", "zh/app", "下载青岚新闻客户端，获取更多资讯"),
        S("foot", "zh/wechat", "扫码关注青岚日报微信公众号"),
        S("mid", "zh/xiangguan", "相关阅读：临澜地铁6号线土建工程进入收尾阶段"),
        S("foot", "zh/banquan", "【版权声明】本文为青岚新闻原创，未经授权不得转载"),
        S("mid", "zh/tuijian", "推荐阅读", "南湖新区今年将新增3所学校", stack=True),
    ]


STYLES = dict(sc=style_sc, us=style_us, pk=style_pk, jm=style_jm, cr=style_cr, fd=style_fd,
              at=style_at, be=style_be, pt=style_pt, cz=style_cz, ua=style_ua, zh=style_zh)

# ---------------------------------------------------------------- generators


def _put(doc, rng, shape, kind):
    pos, label, lines, stack = shape
    items = [(x, f"{kind}:{label}") for x in lines]
    last = len(doc.blocks) - 1
    if pos == "above":
        doc.add("head", 0, items)
        return
    if pos == "top":
        j = 0
    elif pos == "foot":
        j = last
    elif pos == "near":
        j = rng.choice([0, 0, 1])
    elif pos == "mid":
        j = rng.randint(1, last - 1)
    else:
        j = rng.randint(0, last - 1)
    if stack and rng.random() > 0.2:
        doc.add("block", j, items)
    else:
        harness.place(doc, rng, j, items)


def _count(rng, weights):
    r = rng.random()
    for n, w in enumerate(weights, 1):
        if r < w:
            return n
        r -= w
    return len(weights)


def _gen(kind, weights):
    def gen(art, rng, paras, headline):
        doc = harness.Doc(headline, paras)
        shapes = STYLES[art["style"]](kind, rng, art, headline)
        n = min(_count(rng, weights), len(shapes))
        picks = rng.sample(shapes, n)
        for s in picks:
            _put(doc, rng, s, kind)
        if kind == "promo" and rng.random() < 0.35:
            # the same box again further down the page
            s = rng.choice(picks)
            _put(doc, rng, (rng.choice(["mid", "foot"]),) + s[1:], kind)
        return doc
    return gen


def gen_duphead(art, rng, paras, headline):
    doc = harness.Doc(headline, paras)
    copies = STYLES[art["style"]]("dupcopy", rng, art, headline)
    if headline == art["short"]:
        # the 1-2-word headline: keep to exact and decorated copies of it
        copies = [c for c in copies if not c[1].endswith("dup-short")]
    _put(doc, rng, rng.choice(copies), "duphead")
    if rng.random() < 0.3:
        _put(doc, rng, rng.choice(copies), "duphead")
    if rng.random() < 0.5:
        _put(doc, rng, rng.choice(STYLES[art["style"]]("dupkick", rng, art, headline)), "duphead")
    return doc


GEN = dict(byline=_gen("byline", [0.55, 0.33, 0.12]),
           caption=_gen("caption", [0.55, 0.35, 0.10]),
           duphead=gen_duphead,
           promo=_gen("promo", [0.45, 0.4, 0.15]))


if __name__ == "__main__":
    sys.exit(harness.main(sys.modules[__name__], "noise_eleventh", 11))
