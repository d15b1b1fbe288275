"""Blind held-out noise set "tenth" for rinse: 12 invented articles (6 English site styles, ru, ko, ja, es, ca, sr-Latn).

Written blind (only noise_blind_harness.py was read). English site styles: a Nigerian news site,
a Malaysian English daily, a US sports website, a UK tabloid, a B2B trade publication and a
university news page; then one article each in Russian, Korean, Japanese, Spanish (Spain),
Catalan and Serbian (Latin script). All outlets, people and events are invented.

Kinds: byline, caption, duphead, promo. Each generator returns a harness.Doc.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, "/work/main/benches")
import noise_blind_harness as harness  # noqa: E402

Doc, place = harness.Doc, harness.place

KINDS = ["byline", "caption", "duphead", "promo"]
LANGS = ["en-ng", "en-my", "en-us", "en-uk", "en-b2b", "en-uni", "ru", "ko", "ja", "es", "ca", "sr"]

ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# --------------------------------------------------------------------------------------------
# 1. Nigerian news site
A(
    id="ng-tomato", lang="en-ng",
    headline="Tomato prices jump 140% in Lagos as 'tomato ebola' pest returns to Kano farms",
    short="Tomato crisis",
    paras=[
        "Tomato farmers in Kano and Kaduna states are counting heavy losses after a fresh outbreak of the Tuta absoluta pest, popularly called 'tomato ebola', swept through irrigated fields in the past three weeks.",
        "At Mile 12 market in Lagos, a 50-kilogramme basket of tomatoes that sold for N28,000 in January now goes for between N64,000 and N68,000, traders told The Courier on Thursday.",
        "\"We have sprayed three times and the thing keeps coming back. Out of my four hectares, I may harvest less than one,\" said Malam Habibu Garba, a grower in Kadawa, Garun Mallam LGA.",
        "What the ministry says",
        "A spokesperson for the Federal Ministry of Agriculture, Mrs Ifeoma Nwachukwu, said 1,200 litres of approved pesticides had been dispatched to the two states, adding that extension officers would visit affected clusters from Monday.",
        "The Tomato Growers Association listed its demands: subsidised pheromone traps, a moratorium on loan repayments for affected members, and cold rooms in Kano, Zaria and Jos.",
        "Analysts warned that food inflation, which stood at 26.1 per cent in February, could edge higher if the pest spreads to Plateau State before the rains begin in May.",
    ],
    by=dict(
        top=[
            ("by-city", ["By Aisha Bello-Yusuf, Kano"]),
            ("names-published", ["Aisha Bello-Yusuf and Tunde Adeyemi-Cole", "Published 14 March 2025 | 7:52 am"]),
            ("name-title-date", ["Aisha Bello-Yusuf", "Kano Correspondent", "March 14, 2025"]),
            ("from-two-cities", ["From Aisha Bello-Yusuf, Kano and Tunde Adeyemi-Cole, Lagos"]),
            ("caps-pipes", ["BY AISHA BELLO-YUSUF | 14 MARCH 2025 | 3 MINS READ"]),
            ("published-updated", ["Published on March 14, 2025 at 7:52 am WAT", "Last updated: March 14, 2025 at 11:10 am"]),
            ("name-date-glued", ["Aisha Bello-Yusuf", "14th March 2025"]),
        ],
        foot=[
            ("author-box", ["Aisha Bello-Yusuf is The Courier's Kano correspondent. She covers agriculture, trade and the northern economy."]),
            ("about-author", ["About the Author", "Aisha Bello-Yusuf", "Aisha reports on agriculture and rural livelihoods from Kano. Email: abello@sentinelcourier.ng"]),
            ("additional", ["Additional reporting by Tunde Adeyemi-Cole, Lagos"]),
            ("nan", ["(NAN)"]),
        ],
    ),
    cap=[
        ("photo-credit", ["Farmers inspecting damaged tomato plants in Kadawa, Kano State. Photo: Aisha Bello-Yusuf/The Courier"]),
        ("file-photo", ["File photo: Traders at Mile 12 market, Lagos"]),
        ("bracket-credit", ["Baskets of tomatoes at Mile 12 market. [PHOTO CREDIT: The Courier]"]),
        ("x-credit", ["Minister of Agriculture at the flag-off of the dry season farming scheme. Photo credit: X/@FMAgricNG_"]),
        ("illustration", ["Image used for illustration"]),
        ("pipe-nan", ["A tomato leaf showing Tuta absoluta damage | Credit: NAN"]),
        ("credit-line", ["Tomatoes", "Credit: Google"]),
    ],
    gal=["{i} of {n}", "Photo {i}/{n}"],
    promo=[
        ("kindly-share", ["Kindly share this story:"]),
        ("copyright", ["All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from THE SENTINEL COURIER."]),
        ("whatsapp", ["Join The Courier WhatsApp channel for breaking news, click here"]),
        ("also-read", ["ALSO READ: Senate summons CBN governor over cash scarcity in northern states"]),
        ("related", ["RELATED NEWS", "FG flags off dry-season wheat programme in Jigawa", "Onion prices crash as Sokoto farmers flood southern markets"]),
        ("donate", ["Support independent journalism. Donate to The Courier's investigations fund today."]),
        ("story-tip", ["Got a story? Send it to us on WhatsApp: 0803 555 0192"]),
        ("advert", ["Advertisement"]),
    ],
    dup=dict(
        kick=["AGRICULTURE", "News", "Home » News » Agriculture"],
        crumb=["Home » News » {h}", "You are here: Home / Business / {h}"],
        title=["{h} | The Sentinel Courier", "{h} - Sentinel Courier Nigeria"],
        alt=["Tomato pest returns, prices hit N68,000 per basket"],
    ),
)

# 2. Malaysian English daily
A(
    id="my-hawkers", lang="en-my",
    headline="Penang hawkers warn char koay teow could hit RM10 after stall rental hike",
    short="Hawker rentals",
    paras=[
        "GEORGE TOWN: Hawkers at three council-run food courts here say a planned rental increase of up to 60% could force them to raise prices of popular dishes such as char koay teow and assam laksa to RM10 a plate.",
        "The Penang Island City Council (MBPP) announced last week that monthly rental for stalls at the Padang Kota, Jelutong and Bayan Baru complexes would rise from RM350 to RM560 from July 1.",
        "\u201cI have been frying koay teow here for 27 years. Eggs, cockles, gas \u2014 everything is up. If rent goes up too, the customer will be the one to pay,\u201d said Lim Ah Keat, 63, who runs a stall at Padang Kota.",
        "Council says rates unchanged since 2012",
        "MBPP deputy mayor Datuk Roslan Hamid said the new rates were still below market value and that RM4.2mil had been spent on upgrading drainage, lighting and toilets at the three sites since 2022.",
        "The Penang Hawkers and Petty Traders Association has proposed a compromise: a phased increase over three years, a freeze for hawkers above 65, and a waiver for stalls affected by roadworks.",
        "State local government committee chairman Chong Wei Ling said she would meet both parties next Tuesday, adding that \u201cno hawker should be priced out of the very places that made Penang famous for food\u201d.",
    ],
    by=dict(
        top=[
            ("caps-by", ["By TAN SU LIN"]),
            ("caps-two", ["By TAN SU LIN and ARIF ZULKIFLI"]),
            ("section-date-myt", ["Nation", "Friday, 14 Mar 2025", "7:05 PM MYT"]),
            ("published-updated", ["Tan Su Lin", "Published: Mar 14, 2025 7:05 PM", "Updated: 8 hours ago"]),
            ("slash-at", ["Tan Su Lin / Malaya Daily Times", "March 14, 2025 @ 7:05pm"]),
            ("caps-only", ["TAN SU LIN"]),
        ],
        foot=[
            ("bernama", ["-- BERNAMA"]),
            ("author-box", ["Tan Su Lin is a Penang-based reporter covering local government and heritage."]),
            ("contrib", ["Additional reporting by Arif Zulkifli"]),
        ],
    ),
    cap=[
        ("photos-caps", ["Hawkers at the Padang Kota food court preparing orders during the lunch crowd. \u2014 Photos: CHAN BOON KAI/Malaya Daily Times"]),
        ("filepic", ["Lim says rising costs have already squeezed his margins. \u2014 Filepic"]),
        ("bernama-photo", ["The Jelutong hawker complex, one of three sites affected by the new rental rates. \u2014 Bernama photo"]),
        ("from-left", ["(From left) Roslan and Chong at the MBPP headquarters in Komtar. \u2014 MOHD IZWAN NASIR/Malaya Daily Times"]),
        ("agency", ["A plate of char koay teow at a Penang hawker stall. \u2014 AFP"]),
        ("photo-only", ["Photo: MDT"]),
    ],
    gal=["{i}/{n}", "Photo {i} of {n}"],
    promo=[
        ("whatsapp", ["Get breaking news alerts first \u2014 follow Malaya Daily Times on WhatsApp and Telegram."]),
        ("related", ["Related News", "Hawkers in Ipoh brace for higher gas prices", "MBPP to upgrade Bayan Baru market by year-end"]),
        ("premium", ["Subscribe to MDT Premium for RM9.90 a month. Cancel anytime."]),
        ("also-read", ["ALSO READ: Penang water tariff review to be tabled in state assembly"]),
        ("tags", ["Tags / Keywords: Penang , hawkers , MBPP , rental , food prices"]),
        ("app", ["Download the MDT app on Google Play and the App Store"]),
        ("report-typo", ["Found a mistake in this article?", "Report it to us."]),
    ],
    dup=dict(
        kick=["Nation", "Metro News > Penang", "Home / News / Nation"],
        crumb=["News / Nation / {h}"],
        title=["{h} | Malaya Daily Times"],
        alt=["Char koay teow at RM10? Penang hawkers fear rental hike"],
    ),
)

# 3. US sports website
A(
    id="us-hornets", lang="en-us",
    headline="Harrow State's Devin Oyelaran drops 41 as Hornets stun No. 3 Carver in OT",
    short="Hornets stun",
    paras=[
        "Devin Oyelaran scored a career-high 41 points, including the go-ahead 3-pointer with 18.4 seconds left in overtime, as unranked Harrow State upset No. 3 Carver 88-84 on Saturday night in Dayton, Ohio.",
        "The junior guard went 14-of-22 from the field and 7-of-11 from deep, and his 41 points were the most by a Hornets player since 1996.",
        "\"I told the guys in the huddle, just get me to my spot,\" Oyelaran said. \"Coach drew it up, Marcus set a great screen, and I had a clean look. That's it. That's the whole story.\"",
        "Carver (27-4) had won 14 straight and led by nine with 3:12 left in regulation before Harrow State closed on a 12-3 run, forcing overtime on Jalen Whitfield's putback at the horn.",
        "Harrow State's closing stretch by the numbers: a 12-3 run to end regulation, 6-of-7 free throws in OT and zero turnovers in the final 8:40.",
        "The win likely moves the Hornets (21-10) onto the right side of the bubble, with a conference tournament semifinal set for Tuesday against the Elm City Owls.",
        "Carver coach Rick Dunaway didn't sugarcoat it: \"We got out-toughed. Give them credit. We'll look at the tape and move on.\"",
    ],
    by=dict(
        top=[
            ("name-outlet-et", ["Nate Ferraro, Fieldhouse Wire", "Mar 15, 2025, 11:48 PM ET"]),
            ("by-date", ["By Nate Ferraro", "Mar 15, 2025"]),
            ("name-close-bio", ["Nate Ferraro", "Close", "Nate Ferraro covers college basketball for Fieldhouse Wire. He previously covered the Big Ten for the Columbus Ledger."]),
            ("two-updated-read", ["Nate Ferraro and Kelsey Brandt", "Updated Mar. 16, 2025 12:31 a.m. ET", "4 min read"]),
            ("caps-handle", ["NATE FERRARO  |  @NateFerraroFW"]),
            ("name-title", ["Nate Ferraro", "Senior College Basketball Writer"]),
        ],
        foot=[
            ("author-box", ["Nate Ferraro is a senior writer for Fieldhouse Wire. Follow him on X @NateFerraroFW."]),
            ("ap-contrib", ["The Associated Press contributed to this report."]),
        ],
    ),
    cap=[
        ("getty", ["Devin Oyelaran celebrates after hitting the go-ahead 3-pointer in overtime. (Photo by Greg Lindqvist/Getty Images)"]),
        ("top-photo", ["(Top photo of Devin Oyelaran: Paul Mercado / Imagn Images)"]),
        ("imagn", ["Carver coach Rick Dunaway reacts on the sideline during the second half. Jamie Ruiz/Imagn Images"]),
        ("ap-only", ["AP Photo/Tom Keller"]),
        ("getty-long", ["Devin Oyelaran #3 of the Harrow State Hornets dribbles against the Carver Lions during the first half at Dayton Fieldhouse on March 15, 2025 in Dayton, Ohio.", "Greg Lindqvist/Getty Images"]),
        ("file", ["Oyelaran, shown here in a February game against Elm City, is averaging 19.7 points. (File photo)"]),
    ],
    gal=["{i} / {n}", "{i} of {n}"],
    promo=[
        ("newsletter", ["Subscribe to the Fieldhouse Wire newsletter for daily bracket updates."]),
        ("app", ["Get the Fieldhouse Wire app: scores, alerts and live odds"]),
        ("podcast", ["Listen: The Bubble Watch podcast \u2014 new episodes every Monday and Thursday"]),
        ("video", ["Watch: Oyelaran's go-ahead 3 in OT (0:42)"]),
        ("more-from", ["More from Fieldhouse Wire:", "Bracketology: Who's in, who's out after Saturday", "Ranking the 10 best mid-major guards"]),
        ("discount", ["Sign up for Fieldhouse Wire+ and get 50% off your first year."]),
        ("gambling", ["If you or someone you know has a gambling problem, call 1-800-GAMBLER."]),
    ],
    dup=dict(
        kick=["NCAAM", "College Basketball", "Home > NCAAB > News"],
        crumb=["NCAAB > {h}"],
        title=["{h} - Fieldhouse Wire", "{h} | Fieldhouse Wire"],
        alt=["Oyelaran's 41 lifts Harrow State past No. 3 Carver in OT"],
    ),
)

# 4. UK tabloid
A(
    id="uk-chippy", lang="en-uk",
    headline="BATTER UP: Chippy rivals in 'fryer war' after owner slashes cod and chips to a fiver",
    short="Fryer war",
    paras=[
        "A SEASIDE town has been gripped by a bitter chippy feud after one owner slashed the price of cod and chips to just a fiver.",
        "Gary Pollard, 54, cut prices at The Golden Haddock in Marsholme-on-Sea last Monday, sparking fury from rival Sandra Whitlock, whose shop is just 40 yards away.",
        "Sandra, 61, fumed: 'It's daylight robbery dressed up as a bargain. Nobody can sell proper cod for \u00a35 and pay their staff. He's trying to run us out of town.'",
        "But Gary insists he is simply giving locals a break, saying: 'Times are hard. Families can't afford \u00a312 a portion any more. I'd rather sell 300 cheap ones than 80 dear ones.'",
        "Queues snaking round the block",
        "On Saturday, queues at The Golden Haddock stretched past the amusements, with some customers waiting more than 45 minutes.",
        "Regular Brenda Coyle, 72, said: 'I've been going to Sandra's for 30 years, but a fiver is a fiver. I'll go back when he puts his prices up, love.'",
    ],
    by=dict(
        top=[
            ("by-title", ["By Kerry Marsden, News Reporter"]),
            ("caps-for-published", ["By KERRY MARSDEN FOR DAILYBEACON.CO.UK", "Published: 09:14 GMT, 16 March 2025 | Updated: 11:02 GMT, 16 March 2025"]),
            ("name-pub-upd", ["Kerry Marsden", "Published 16 March 2025, 9:14 am", "Updated 16 March 2025, 11:02 am"]),
            ("two-glued-updated", ["Kerry Marsden and Dan Whitty", "09:14, 16 Mar 2025Updated 11:02, 16 Mar 2025"]),
            ("name-title-date", ["Kerry Marsden", "Northern Reporter", "Sunday 16 March 2025 9:14 am"]),
            ("bio-line", ["Kerry Marsden", "Bio"]),
        ],
        foot=[
            ("author-box", ["Kerry Marsden is a News Reporter for the Daily Beacon covering the North East. Email kerry.marsden@dailybeacon.co.uk"]),
            ("follow", ["Follow Kerry on X: @KerryMarsdenDB"]),
        ],
    ),
    cap=[
        ("image-paren", ["Gary Pollard has slashed the price of cod and chips at The Golden Haddock (Image: Kennedy News and Media)"]),
        ("credit-glued", ["Sandra Whitlock says the price cut is 'daylight robbery' Credit: NNP"]),
        ("credit-line", ["Queues stretched past the amusements on Saturday", "Credit: SWNS"]),
        ("stock", ["Stock image of fish and chips Credit: Getty"]),
        ("google-maps", ["The two shops are just 40 yards apart on the seafront (Image: Google Maps)"]),
        ("pictured", ["Pictured: The Golden Haddock's new price board"]),
        ("view-gallery", ["+7", "View gallery"]),
    ],
    gal=["{i}", "Image {i} of {n}"],
    promo=[
        ("newsletter-box", ["Get the biggest daily news stories by email", "Subscribe", "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. You can unsubscribe at any time. More info"]),
        ("tips", ["Do you have a story for The Beacon news team? Email us at tips@dailybeacon.co.uk or call 0207 555 0413."]),
        ("most-read", ["MOST READ IN NEWS"]),
        ("whatsapp", ["Join the Daily Beacon's WhatsApp community for the latest stories"]),
        ("read-more", ["READ MORE: Pensioner, 88, left fuming as council removes beloved seafront bench"]),
        ("comments", ["Comments (214)"]),
        ("ad", ["ADVERTISEMENT"]),
    ],
    dup=dict(
        kick=["SEASIDE SHOWDOWN", "News \u203a UK News", "NEWS"],
        crumb=["Share or comment on this article: {h}"],
        title=["{h} | Daily Beacon"],
        alt=["Chippy 'fryer war' erupts over \u00a35 cod and chips"],
    ),
)

# 5. B2B trade publication
A(
    id="b2b-freezer", lang="en-b2b",
    headline="Nordvik Cold Storage opens 48,000-pallet automated freezer hub in Moerdijk",
    short="Nordvik expansion",
    paras=[
        "Nordvik Cold Storage has opened a 48,000-pallet automated frozen warehouse in Moerdijk, the Netherlands, its largest site to date and the company's first built entirely around high-bay stacker cranes.",
        "The \u20ac112 million facility operates at -25\u00b0C and is served by 14 dock doors, a blast-freezing hall with capacity for 600 tonnes a day, and a rail siding linking it to the Port of Rotterdam.",
        "Automation at scale",
        "According to the company, the site will run with a workforce of 62, roughly half what a conventional freezer store of similar size would need, with nine cranes handling pallet movements in the 38-metre-high chamber.",
        "\"Labour availability in sub-zero environments is the single biggest constraint our customers raise with us,\" said Ingrid Solheim, chief operating officer at Nordvik. \"This design takes people out of the freezer almost entirely.\"",
        "Key specifications: 48,000 pallet positions; a 4.1 MWp rooftop solar array; ammonia-CO2 cascade refrigeration; storage and distribution certification expected by Q3.",
        "Nordvik said initial occupancy stands at 40%, with anchor tenants in frozen vegetables and seafood, and that it is evaluating a second phase that would add 20,000 positions by 2027.",
    ],
    by=dict(
        top=[
            ("written-title-date", ["Written by Priya Raman", "Senior Editor", "14 March 2025"]),
            ("pipes-read", ["Priya Raman | Mar 14, 2025 | 3 min read"]),
            ("by-title-beat", ["By Priya Raman, Contributing Editor, Warehousing"]),
            ("author-posted", ["Author: Priya Raman", "Posted: 14.03.2025"]),
            ("staff", ["Staff Report"]),
            ("name-date", ["Priya Raman", "March 14, 2025"]),
        ],
        foot=[
            ("about-author", ["About the author", "Priya Raman has covered temperature-controlled logistics for more than a decade. She can be reached at praman@coldchaininsight.com."]),
            ("source-pr", ["Source: Nordvik Cold Storage press release"]),
        ],
    ),
    cap=[
        ("image-company", ["The Moerdijk facility features a 38-metre-high automated chamber. Image: Nordvik Cold Storage"]),
        ("courtesy", ["Image courtesy of Nordvik Cold Storage"]),
        ("stock", ["Photo: Adobe Stock"]),
        ("headshot", ["Ingrid Solheim, COO, Nordvik Cold Storage"]),
        ("illustration", ["Illustration: ColdChain Insight"]),
        ("source", ["Source: Nordvik"]),
    ],
    gal=["{i} / {n}"],
    promo=[
        ("event", ["Register now: ColdChain Insight Europe Summit, 20\u201321 May, Amsterdam. Early-bird rates end 31 March."]),
        ("newsletter", ["Subscribe to our free weekly newsletter for the latest cold chain news"]),
        ("sponsored", ["Sponsored Content", "How ammonia-free systems are cutting energy bills in frozen storage"]),
        ("related", ["Related Content", "Automation in frozen storage: what operators need to know", "Is mid-market cold storage ripe for consolidation?"]),
        ("whitepaper", ["WHITEPAPER: Reducing energy costs in ammonia refrigeration systems \u2014 Download now"]),
        ("webinar", ["Free Webinar | Labour shortages in sub-zero warehousing | Register"]),
        ("linkedin", ["Want more news like this? Follow ColdChain Insight on LinkedIn."]),
    ],
    dup=dict(
        kick=["Warehousing", "Home > News > Warehousing & Storage", "NEWS"],
        crumb=["Home > News > {h}"],
        title=["{h} | ColdChain Insight"],
        alt=["Nordvik opens automated freezer hub in Moerdijk"],
    ),
)

# 6. University / research-institute news page
A(
    id="uni-seagrass", lang="en-uni",
    headline="Restored seagrass meadows store carbon faster than thought, Northmere study finds",
    short="Seagrass study",
    paras=[
        "Restored seagrass meadows can begin locking away carbon in their sediments within four years, roughly twice as fast as previously estimated, according to a new study led by researchers at Northmere University.",
        "The team sampled 212 sediment cores from 18 meadows along the Calder Estuary between 2019 and 2024, comparing restored sites with natural meadows and bare mudflats.",
        "\"We expected restoration to pay off eventually, but not this quickly,\" said Dr. Helena Okonjo, associate professor of marine ecology and the study's lead author. \"By year four, the restored plots were burying carbon at about 70 percent of the rate of meadows that have been there for centuries.\"",
        "The findings, published March 12 in the journal Estuarine Carbon Letters, could affect how coastal restoration projects are valued in voluntary carbon markets.",
        "The researchers tracked three indicators: organic carbon content, sediment accumulation rate and the isotopic signature of buried plant material.",
        "Graduate student Tom\u00e1s Arriaga, a co-author, spent two winters collecting cores by hand at low tide. \"Some days we had a window of 90 minutes before the water came back in,\" he said.",
        "The research was supported by the Calder Coastal Trust and a grant from the National Foundation for Ocean Research.",
    ],
    by=dict(
        top=[
            ("by-college", ["By Emily Tran, College of Natural Sciences"]),
            ("release-date", ["News Release", "March 14, 2025"]),
            ("story-photos", ["Story by Emily Tran", "Photos by Marcus Lee"]),
            ("name-title-date", ["Emily Tran", "Communications Officer", "March 14, 2025"]),
            ("office-pipes", ["University Communications | March 14, 2025 | 4-minute read"]),
            ("written-middot", ["Written by: Emily Tran \u00b7 Published: 14 March 2025"]),
        ],
        foot=[
            ("media-contact", ["Media contact", "Emily Tran, University Communications", "etran@northmere.edu | (555) 010-4471"]),
            ("inquiries", ["Media inquiries: news@northmere.edu"]),
        ],
    ),
    cap=[
        ("photo-paren", ["Dr. Helena Okonjo collects a sediment core at a restored meadow in the Calder Estuary. (Photo: Marcus Lee/Northmere University)"]),
        ("photo-credit", ["Seagrass in the Calder Estuary. Photo credit: Calder Coastal Trust"]),
        ("no-credit", ["Tom\u00e1s Arriaga processes core samples in the Marine Ecology Lab."]),
        ("image-credit", ["Image credit: Northmere University"]),
        ("graphic", ["Illustration of carbon burial in seagrass sediments. Graphic by Ana Ruiz"]),
        ("courtesy", ["Photo courtesy of Tom\u00e1s Arriaga"]),
    ],
    gal=["{i} of {n}"],
    promo=[
        ("newsletter", ["Subscribe to Northmere Research Weekly for the latest discoveries from our labs."]),
        ("related", ["Related stories", "Northmere joins national coastal resilience network", "Students map microplastics in the Calder River"]),
        ("give", ["Support marine research at Northmere.", "Give now"]),
        ("share", ["Share this story"]),
        ("topics", ["Explore more: Marine Science | Climate | College of Natural Sciences"]),
        ("event", ["Upcoming event: Public lecture \u201cBlue Carbon and the Future of Our Coasts,\u201d April 3, 6 p.m., Harwood Hall. Free and open to the public."]),
    ],
    dup=dict(
        kick=["Research News", "Home / News / Science & Environment", "NEWS RELEASE"],
        crumb=["News / {h}"],
        title=["{h} | Northmere University News"],
        alt=["Restored seagrass stores carbon within four years"],
    ),
)

# 7. Russian
A(
    id="ru-ebus", lang="ru",
    headline="Томск закупит 40 электробусов и откроет три новых маршрута до конца 2026 года",
    short="Электробусы",
    paras=[
        "Администрация Томска до конца 2026 года закупит 40 электробусов и запустит три новых маршрута, которые свяжут центр города с микрорайонами Северный парк и Зелёные горки.",
        "Стоимость контракта составит 2,3 млрд рублей, из которых 1,6 млрд выделит федеральный бюджет в рамках программы обновления общественного транспорта, сообщили в департаменте транспорта мэрии.",
        "«Мы рассчитываем, что интервал движения на новых маршрутах в часы пик не превысит семи минут. Это примерно вдвое лучше, чем сейчас у частных перевозчиков», — заявил начальник департамента Игорь Веселов.",
        "Зарядные станции разместят на двух конечных остановках и в депо на улице Енисейской.",
        "Что изменится для пассажиров",
        "Проезд в электробусах будет стоить столько же, сколько в трамвае и троллейбусе: 38 рублей при оплате картой и 42 рубля наличными.",
        "Новость горожане восприняли неоднозначно: в городских пабликах многие напомнили, что зимой температура в Томске опускается ниже –35 °C, и усомнились, что батареи выдержат морозы.",
    ],
    by=dict(
        top=[
            ("name", ["Анна Смирнова"]),
            ("avtor", ["Автор: Анна Смирнова"]),
            ("tekst-foto", ["Текст: Анна Смирнова", "Фото: Денис Колесников"]),
            ("date-msk4", ["14.03.2025 10:42 (МСК+4)"]),
            ("date-updated", ["14 марта 2025, 10:42", "Обновлено 14 марта 2025, 12:15"]),
            ("name-dept", ["Анна Смирнова, корреспондент отдела «Город»"]),
            ("caps-date-read", ["АННА СМИРНОВА", "14 марта, 10:42", "Время чтения: 3 мин."]),
        ],
        foot=[
            ("name-editor", ["Анна Смирнова", "Редактор: Олег Воронцов"]),
            ("with-participation", ["Автор: Анна Смирнова; при участии Ильи Ефремова"]),
        ],
    ),
    cap=[
        ("press-service", ["Фото: пресс-служба мэрии Томска"]),
        ("caption-credit", ["Электробус на испытаниях в Томске. Фото: Денис Колесников / «Сибирский вестник»"]),
        ("illustrative", ["Иллюстративное фото"]),
        ("agency", ["Фото: Илья Трофимов / ТАСС"]),
        ("archive", ["Фото из архива «Сибирского вестника»"]),
        ("person-credit", ["Игорь Веселов. Фото: официальный сайт мэрии"]),
    ],
    gal=["{i} / {n}", "Фото {i} из {n}"],
    promo=[
        ("telegram", ["Подписывайтесь на «Сибирский вестник» в Telegram — там главные новости Томска первыми"]),
        ("read-also", ["Читайте также:", "В Томске ограничат движение по Коммунистическому проспекту"]),
        ("typo", ["Нашли опечатку? Выделите текст и нажмите Ctrl+Enter"]),
        ("dzen", ["Читайте нас в Дзене"]),
        ("ad-marker", ["Реклама. ООО «Вестник Медиа»"]),
        ("partners", ["Новости партнёров"]),
        ("bot", ["Есть новость? Пишите в наш бот @vestnik_tomsk_bot"]),
    ],
    dup=dict(
        kick=["Общество", "Главная / Новости / Транспорт", "ГОРОД"],
        crumb=["Главная / Новости / {h}"],
        title=["{h} — Сибирский вестник"],
        alt=["В Томске появятся электробусы"],
    ),
)

# 8. Korean
A(
    id="ko-gamgyul", lang="ko",
    headline="이상고온에 제주 노지감귤 출하 늦어져…도매가 30% 올라",
    short="감귤값 급등",
    paras=[
        "지난여름 이어진 이상고온으로 제주 노지감귤의 착색이 늦어지면서 출하 물량이 줄고 도매가격이 크게 올랐다.",
        "14일 제주특별자치도농업기술원에 따르면 올해 노지감귤 예상 생산량은 39만8천t으로, 지난해보다 약 6% 적을 것으로 전망된다.",
        "서울 가락시장에서 거래된 감귤 5㎏ 상자 평균 경락가는 1만4천200원으로, 지난해 같은 기간(1만900원)보다 30% 높았다.",
        "서귀포시 남원읍에서 20년째 감귤 농사를 짓는 고모(58)씨는 \"10월 중순이면 색이 들어야 하는데 아직도 절반은 푸르다\"며 \"따는 시기를 놓칠까 봐 걱정\"이라고 말했다.",
        "농업기술원은 농가에 다음과 같이 당부했다: 착색을 앞당기려는 무리한 에틸렌 처리를 자제하고, 수확 후 예조 기간을 충분히 둘 것.",
        "도는 품질 관리를 위해 이달 말까지 비상품 감귤 유통 단속반 12개 조를 운영할 계획이다.",
    ],
    by=dict(
        top=[
            ("dateline-eq", ["(제주=한빛뉴스) 김민준 기자 ="]),
            ("name-input-edit", ["김민준 기자", "입력 2025.11.14 10:23", "수정 2025.11.14 11:05"]),
            ("input-edit-pipe", ["입력 2025-11-14 10:23:41 | 수정 2025-11-14 11:05:12"]),
            ("name-email", ["김민준 기자 kimmj@hanbit.co.kr"]),
            ("city-eq-name", ["제주=김민준 기자"]),
            ("name-subscribe", ["김민준 기자", "구독"]),
        ],
        foot=[
            ("name-email-paren", ["김민준 기자(kimmj@hanbit.co.kr)"]),
            ("email", ["kimmj@hanbit.co.kr"]),
        ],
    ),
    cap=[
        ("triangle-copy", ["▲ 14일 서귀포시 남원읍의 한 감귤밭에서 농민이 덜 익은 감귤을 살펴보고 있다. ⓒ한빛일보"]),
        ("provided-nodb", ["[제주도 제공. 재판매 및 DB 금지]"]),
        ("archive", ["[한빛일보 자료사진]"]),
        ("agency", ["사진=뉴시스"]),
        ("caption-name", ["서울 가락시장 경매장에 쌓인 감귤 상자들. 김민준 기자"]),
        ("provided-paren", ["(사진=제주특별자치도농업기술원 제공)"]),
        ("stock", ["게티이미지뱅크"]),
    ],
    gal=["{i}/{n}"],
    promo=[
        ("copyright", ["ⓒ 한빛일보, 무단 전재 및 재배포 금지"]),
        ("tip", ["제보는 카카오톡 hanbit 또는 이메일 tip@hanbit.co.kr"]),
        ("related", ["관련기사", "제주 한라봉 출하 시작…가격은 작년 수준"]),
        ("naver", ["한빛일보를 네이버 메인에서 만나보세요 [구독하기]"]),
        ("most-read", ["많이 본 뉴스"]),
        ("reactions", ["좋아요 0 슬퍼요 0 화나요 0 후속요청 0"]),
        ("copyright-holder", ["저작권자 © 한빛일보 무단전재 및 재배포 금지"]),
    ],
    dup=dict(
        kick=["경제", "홈 > 경제 > 농수산", "[지역]"],
        crumb=["홈 > 경제 > {h}"],
        title=["{h} - 한빛일보"],
        alt=["제주 감귤 출하 늦어져 도매가 30%↑"],
    ),
)

# 9. Japanese
A(
    id="ja-shincha", lang="ja",
    headline="静岡の新茶初取引、手もみ茶に過去最高の1キロ11万1000円",
    short="新茶初取引",
    paras=[
        "静岡市葵区の静岡茶市場で14日、今年の新茶の初取引が行われ、手もみ茶1キロに過去最高となる11万1000円の値が付いた。",
        "市場によると、この日の上場量は約4.2トンで、前年より1割ほど少なかった。3月の低温で芽の伸びが遅れたことが影響したという。",
        "最高値を付けたのは川根本町の生産者グループが出品した手もみ茶で、落札した市内の茶商は「香りと色の良さが際立っていた。縁起物として店頭に並べたい」と話した。",
        "一方、機械で摘み取った一般的な荒茶の平均単価は1キロ4380円で、前年を約8％上回った。",
        "課題は担い手不足",
        "県内の茶園面積はこの10年で約3割減っており、県茶業会議所は新規就農者への支援策として次の3点を挙げている：機械の共同利用、農地の集約、若手向け研修制度の拡充。",
        "同会議所の森田浩二専務理事は「価格が上がっても作り手がいなければ続かない。産地全体で次の世代を育てたい」と語った。",
    ],
    by=dict(
        top=[
            ("nhk-date", ["2025年4月14日 11時32分"]),
            ("name-space", ["佐藤 由紀子"]),
            ("paid-name-date-glued", ["有料記事", "佐藤由紀子2025年4月14日 11時32分"]),
            ("bureau-name", ["北斗新聞 静岡支局　佐藤由紀子"]),
            ("bracket-place", ["【静岡】"]),
            ("date-lastupdate", ["2025/4/14 11:32（最終更新 4/14 13:05）"]),
            ("name-kisha", ["佐藤由紀子記者"]),
        ],
        foot=[
            ("paren-name", ["（佐藤由紀子）"]),
            ("author-box", ["この記事を書いた人", "佐藤 由紀子", "静岡支局記者。農業と地域経済を担当。"]),
        ],
    ),
    cap=[
        ("eq-date-shot", ["新茶の初取引で、茶葉の品質を確かめる茶商ら＝14日午前、静岡市葵区（佐藤由紀子撮影）"]),
        ("eq-place-date", ["初取引で最高値が付いた手もみ茶＝静岡市葵区の静岡茶市場で2025年4月14日、佐藤由紀子撮影"]),
        ("photo-figure", ["写真・図版"]),
        ("image-note", ["※写真はイメージです"]),
        ("archive", ["（資料写真）"]),
        ("provided", ["提供：川根本町"]),
        ("enlarge", ["拡大する"]),
    ],
    gal=["写真 {i}/{n}", "{i}/{n}"],
    promo=[
        ("paywall", ["この記事は有料記事です。残り624文字"]),
        ("related", ["関連記事", "静岡茶、輸出額が過去最高に　欧米で抹茶人気"]),
        ("member", ["有料会員になると続きをお読みいただけます。初月無料"]),
        ("line", ["LINEで北斗新聞の公式アカウントを友だち追加"]),
        ("newsletter", ["ニュースレターを登録する（無料）"]),
        ("share", ["この記事をシェアする"]),
        ("read-also", ["あわせて読みたい", "茶どころの若手農家、ドローンで防除に挑む"]),
    ],
    dup=dict(
        kick=["経済", "トップ > 地域 > 静岡", "ニュース"],
        crumb=["トップ > 静岡 > {h}"],
        title=["{h}：北斗新聞デジタル"],
        alt=["新茶初取引で過去最高値"],
    ),
)

# 10. Spanish (Spain)
A(
    id="es-pisos", lang="es",
    headline="Málaga prohibirá nuevos pisos turísticos en 43 barrios durante tres años",
    short="Pisos turísticos",
    paras=[
        "El Ayuntamiento de Málaga aprobará el próximo jueves una moratoria de tres años que impedirá conceder nuevas licencias de vivienda de uso turístico en 43 barrios del municipio, entre ellos el Centro Histórico, El Perchel y Pedregalejo.",
        "Según los datos municipales, la ciudad suma 12.480 viviendas turísticas registradas, lo que supone el 7,6% del parque residencial y más del 30% en algunas calles del centro.",
        "«No estamos contra el turismo, estamos a favor de que los malagueños puedan seguir viviendo en su ciudad», ha defendido la concejala de Urbanismo, Carmen Villalobos, en rueda de prensa.",
        "La medida contempla tres excepciones: los expedientes iniciados antes del 1 de marzo, los edificios completos destinados a uso hotelero y los inmuebles situados en zonas de uso terciario.",
        "Reacción del sector",
        "La Asociación de Viviendas Turísticas de Andalucía ha anunciado que recurrirá la decisión ante el Tribunal Superior de Justicia de Andalucía (TSJA) por considerarla «desproporcionada» y «sin base técnica».",
        "Por su parte, la Federación de Asociaciones Vecinales ha valorado la moratoria como «un primer paso», aunque reclama que se extienda a los barrios de Huelin y La Trinidad.",
    ],
    by=dict(
        top=[
            ("name-city-cet", ["Lucía Herrera", "Málaga - 14 mar 2025 - 12:40 CET"]),
            ("caps-city-updated", ["LUCÍA HERRERA", "Málaga", "Actualizado Viernes, 14 marzo 2025 - 13:05"]),
            ("slash-h-updated", ["Lucía Herrera / Málaga", "14/03/2025 - 12:40h. Actualizado: 14/03/2025 - 13:05h."]),
            ("efe-dateline", ["Málaga, 14 mar (EFE).-"]),
            ("por-two-date", ["Por Lucía Herrera y Pablo Aranda", "14 de marzo de 2025, 12:40"]),
            ("redaccion-date-read", ["Redacción", "14/03/2025 12:40", "Tiempo de lectura: 3 min"]),
        ],
        foot=[
            ("author-box", ["Lucía Herrera es periodista de la sección de Local. Cubre urbanismo y vivienda en Málaga."]),
            ("agency-info", ["Con información de Europa Press"]),
        ],
    ),
    cap=[
        ("slash-caps", ["Turistas en la calle Larios, en el centro de Málaga. / JORGE PEÑA"]),
        ("efe-archive", ["Imagen de archivo de un edificio con viviendas turísticas en el centro de Málaga. EFE/Manuel Casado"]),
        ("archive", ["Foto de archivo."]),
        ("pipe-source", ["La concejala de Urbanismo, Carmen Villalobos, durante la rueda de prensa. | Ayuntamiento de Málaga"]),
        ("paren-agency", ["(Foto: Europa Press)"]),
        ("ampliar", ["Ampliar"]),
        ("foto-pipe", ["Fotografía: Diego Ruiz | Crónica del Sur"]),
    ],
    gal=["{i} de {n}", "Foto {i} de {n}"],
    promo=[
        ("paywall", ["Suscríbete para seguir leyendo", "Lee sin límites"]),
        ("follow", ["Sigue toda la información de Málaga en Facebook y X, o en nuestra newsletter semanal."]),
        ("read-also", ["Lee también:", "El precio del alquiler en Málaga sube un 14% en un año"]),
        ("mas-info", ["Más información"]),
        ("boletin", ["Recibe cada mañana el boletín de Crónica del Sur"]),
        ("whatsapp", ["Únete a nuestro canal de WhatsApp"]),
        ("comments", ["Comentarios (37)"]),
    ],
    dup=dict(
        kick=["Málaga", "Inicio > Andalucía > Málaga", "VIVIENDA"],
        crumb=["Málaga > {h}"],
        title=["{h} | Crónica del Sur"],
        alt=["Moratoria de tres años a los pisos turísticos en Málaga"],
    ),
)

# 11. Catalan
A(
    id="ca-barrivell", lang="ca",
    headline="Girona tancarà el Barri Vell als cotxes no autoritzats a partir de l'1 de juliol",
    short="Barri Vell",
    paras=[
        "L'Ajuntament de Girona prohibirà l'accés de vehicles no autoritzats al Barri Vell a partir de l'1 de juliol, amb un sistema de 14 càmeres de lectura de matrícules que ja s'estan instal·lant als principals punts d'entrada.",
        "Segons les dades municipals, cada dia entren al nucli antic uns 6.300 vehicles, dels quals prop d'un 40% només el travessen per arribar a altres barris.",
        "«El Barri Vell no pot ser una drecera. Volem carrers on els veïns puguin caminar tranquils i on els comerços no hagin de competir amb el trànsit», ha explicat el regidor de Mobilitat, Jordi Casals.",
        "Qui podrà entrar",
        "Tindran accés lliure els veïns empadronats, els vehicles de distribució entre les 7 i les 11 del matí, els taxis, els serveis d'emergència i les persones amb mobilitat reduïda acreditada.",
        "Les sancions per entrar sense autorització seran de 200 euros, tot i que durant els dos primers mesos només s'enviaran avisos informatius.",
        "L'Associació de Comerciants del Barri Vell ha demanat un aparcament dissuasori a la zona de la Devesa abans de l'estiu perquè «els clients de fora no deixin de venir».",
    ],
    by=dict(
        top=[
            ("redaccio-city-date", ["Redacció", "Girona", "14/03/2025 12:35"]),
            ("name-city-middot", ["Marta Vidal Puig", "Girona | 14 de març de 2025 · 12:35"]),
            ("updated", ["Actualitzat el 14/03/2025 a les 13:10"]),
            ("per-two", ["Per Marta Vidal i Arnau Serra"]),
            ("read-time", ["Temps de lectura: 3 min"]),
            ("caps-role", ["MARTA VIDAL", "Periodista"]),
            ("translated", ["Marta Vidal", "Traducció: Núria Pons"]),
        ],
        foot=[
            ("author-box", ["Marta Vidal és periodista de la secció de Comarques. Escriu sobre mobilitat i urbanisme a les comarques gironines."]),
            ("acn-info", ["Amb informació de l'ACN"]),
        ],
    ),
    cap=[
        ("pipe-acn", ["Un dels accessos al Barri Vell de Girona, on s'instal·larà una càmera de lectura de matrícules. | ACN"]),
        ("foto-acn", ["Foto: Gerard Roca / ACN"]),
        ("archive", ["Imatge d'arxiu del carrer de la Força"]),
        ("paren-source", ["El regidor de Mobilitat, Jordi Casals, durant la roda de premsa. (Ajuntament de Girona)"]),
        ("caps-credit", ["FOTO: DIARI DEL TER"]),
        ("illustration", ["Il·lustració: Diari del Ter"]),
    ],
    gal=["{i} de {n}", "{i}/{n}"],
    promo=[
        ("newsletter", ["Subscriu-te al butlletí del Diari del Ter i rep cada matí les notícies de les comarques gironines"]),
        ("subscribe", ["Fes-te subscriptor per 1 € el primer mes"]),
        ("read-also", ["Llegeix també:", "El preu del lloguer a Girona es dispara un 11% en un any"]),
        ("telegram", ["Segueix-nos a Telegram i WhatsApp"]),
        ("related", ["Notícies relacionades"]),
        ("comments", ["Comentaris (12)"]),
        ("ad", ["Publicitat"]),
    ],
    dup=dict(
        kick=["Comarques", "Inici > Girona > Mobilitat", "GIRONA"],
        crumb=["Inici > Girona > {h}"],
        title=["{h} | Diari del Ter"],
        alt=["Girona tanca el Barri Vell als cotxes"],
    ),
)

# 12. Serbian (Latin)
A(
    id="sr-prevoz", lang="sr",
    headline="Novi Sad od septembra uvodi besplatan gradski prevoz za sve osnovce i srednjoškolce",
    short="Besplatan prevoz",
    paras=[
        "Svi učenici osnovnih i srednjih škola sa prebivalištem u Novom Sadu od 1. septembra moći će besplatno da se voze gradskim i prigradskim autobusima, odlučila je Gradska uprava za saobraćaj.",
        "Pravo na besplatnu vožnju imaće oko 52.000 đaka, a grad će za tu namenu iz budžeta izdvajati približno 310 miliona dinara godišnje.",
        "„Roditelji su do sada za mesečnu kartu izdvajali 1.450 dinara po detetu. Za porodicu sa troje dece to je ozbiljan trošak”, rekla je zamenica gradonačelnika Jelena Marković na konferenciji za novinare.",
        "Kako do kartice",
        "Učenici će besplatnu personalizovanu karticu moći da preuzmu na jednom od tri prodajna mesta gradskog prevoznika uz sledeća dokumenta: potvrdu o upisu, ličnu kartu ili izvod iz matične knjige rođenih i jednu fotografiju.",
        "Iz udruženja roditelja „Roditeljski glas” pozdravili su odluku, ali upozoravaju da su autobusi na linijama ka Veterniku i Futogu već sada prepuni u jutarnjim satima.",
        "Prema rečima direktora preduzeća Novosadski prevoz Dragana Petrovića, do početka školske godine na te linije biće uvedeno 18 dodatnih polazaka.",
    ],
    by=dict(
        top=[
            ("autor", ["Autor: Milica Stojanović"]),
            ("name-date", ["Milica Stojanović", "14.03.2025. 12:40"]),
            ("izvor", ["Izvor: Tanjug"]),
            ("city-date-arrow", ["Novi Sad, 14.03.2025. | 12:40 > 13:15"]),
            ("autor-foto-pipe", ["Autor: Milica Stojanović | Foto: Nenad Ilić"]),
            ("pise-read", ["Piše: Milica Stojanović", "Vreme čitanja: 2 min"]),
            ("izvor-two", ["Izvor: Morava Info / FoNet"]),
        ],
        foot=[
            ("initial", ["M. Stojanović"]),
            ("author-box", ["Milica Stojanović je novinarka redakcije Morava Info iz Novog Sada."]),
        ],
    ),
    cap=[
        ("stock", ["Foto: Shutterstock"]),
        ("ilustracija", ["Ilustracija"]),
        ("agency-slash", ["Foto: Tanjug/ Stefan Kovač"]),
        ("caption-paren", ["Gradski autobusi na Trgu slobode u Novom Sadu (Foto: Morava Info/ Nenad Ilić)"]),
        ("caption-slash", ["Jelena Marković na konferenciji za novinare / Foto: Grad Novi Sad"]),
        ("caps-archive", ["FOTO: ARHIVA"]),
        ("illus-pixabay", ["Ilustracija / Foto: Pixabay"]),
    ],
    gal=["Foto {i}/{n}", "{i} / {n}"],
    promo=[
        ("follow", ["Pratite nas i na Telegramu, Instagramu i X nalogu Morava Info."]),
        ("read-more", ["Pročitajte još:", "Novi Sad: Od ponedeljka izmene na liniji 4 zbog radova"]),
        ("app", ["Preuzmite Morava Info aplikaciju za Android i iOS"]),
        ("share", ["Podelite vest:"]),
        ("comments", ["Komentari (23)"]),
        ("newsletter", ["Prijavite se na naš newsletter"]),
        ("latest", ["POSLEDNJE VESTI"]),
    ],
    dup=dict(
        kick=["Novi Sad", "Početna / Vesti / Društvo", "DRUŠTVO"],
        crumb=["Početna / Vesti / {h}"],
        title=["{h} | Morava Info"],
        alt=["Besplatan prevoz za đake od septembra"],
    ),
)


# --------------------------------------------------------------------------------------------
def _items(kind, art, label, lines):
    lab = f"{kind}/{art['lang']}/{label}"
    return [(x, lab) for x in lines]


def gen_byline(art, rng, paras, headline):
    doc = Doc(headline, paras)
    last = len(paras)
    top, foot = art["by"]["top"], art["by"]["foot"]
    r = rng.random()
    use_top = r < 0.85
    use_foot = (not use_top) or rng.random() < 0.3
    if use_top:
        shapes = rng.sample(top, 2 if rng.random() < 0.3 else 1)
        items = []
        for lab, lines in shapes:
            items += _items("byline", art, lab, lines)
        # usually under the headline; sometimes after the lead paragraph (lead image pushed it down)
        j = 0 if rng.random() < 0.85 else 1
        place(doc, rng, j, items, glue_p=0.3)
    if use_foot:
        lab, lines = rng.choice(foot)
        place(doc, rng, last, _items("byline", art, lab, lines), glue_p=0.3)
    return doc


def gen_caption(art, rng, paras, headline):
    doc = Doc(headline, paras)
    n = rng.choice([1, 1, 2, 2, 3])
    shapes = rng.sample(art["cap"], n)
    for lab, lines in shapes:
        items = _items("caption", art, lab, lines)
        if rng.random() < 0.2:
            total = rng.randint(4, 15)
            g = rng.choice(art["gal"]).format(i=rng.randint(1, total), n=total)
            gi = ("caption", art, "gallery", [g])
            items = _items(*gi) + items if rng.random() < 0.6 else items + _items(*gi)
        j = rng.randrange(0, len(paras))
        place(doc, rng, j, items, glue_p=0.3)
    return doc


def gen_duphead(art, rng, paras, headline):
    doc = Doc(headline, paras)
    D = art["dup"]
    last = len(paras)
    lg = art["lang"]

    def it(label, line):
        return [(line, f"duphead/{lg}/{label}")]

    where = rng.choice(["above", "after", "after", "foot", "card"])
    if where == "above":
        lines = it("copy-above", headline)
        if rng.random() < 0.6:
            lines = it("kicker", rng.choice(D["kick"])) + lines
        doc.add("head", 0, lines)
    elif where == "after":
        place(doc, rng, 0, it("copy-after", headline), glue_p=0.4)
    elif where == "foot":
        items = it("copy-foot", headline)
        if rng.random() < 0.4:
            items = items + it("alt-foot", rng.choice(D["alt"]))
        place(doc, rng, last, items, glue_p=0.3)
    else:  # social card: headline + short variant, after a paragraph
        items = it("card-copy", headline) + it("card-alt", rng.choice(D["alt"]))
        place(doc, rng, rng.randrange(1, last + 1), items, glue_p=0.2)
    # extras
    if where != "above" and rng.random() < 0.35:
        doc.add("head", 0, it("kicker", rng.choice(D["kick"])))
    if rng.random() < 0.25:
        line = rng.choice(D["crumb"]).format(h=headline)
        if rng.random() < 0.5:
            doc.add("head", 0, it("crumb", line))
        else:
            place(doc, rng, last, it("crumb-foot", line), glue_p=0.2)
    if rng.random() < 0.2:
        line = rng.choice(D["title"]).format(h=headline)
        place(doc, rng, rng.choice([0, last]), it("title-tag", line), glue_p=0.2)
    if where != "card" and rng.random() < 0.2:
        place(doc, rng, rng.choice([0, last]), it("alt", rng.choice(D["alt"])), glue_p=0.3)
    return doc


def gen_promo(art, rng, paras, headline):
    doc = Doc(headline, paras)
    last = len(paras)
    n = rng.choice([1, 1, 2, 2, 3])
    shapes = rng.sample(art["promo"], n)
    for lab, lines in shapes:
        j = rng.randint(1, last) if rng.random() < 0.9 else 0
        place(doc, rng, j, _items("promo", art, lab, lines), glue_p=0.25)
    if rng.random() < 0.45:
        # the same box repeated further down the page
        lab, lines = shapes[0]
        j = rng.randint(1, last)
        place(doc, rng, j, _items("promo", art, lab + "/rep", lines), glue_p=0.2)
    return doc


GEN = dict(byline=gen_byline, caption=gen_caption, duphead=gen_duphead, promo=gen_promo)

if __name__ == "__main__":
    sys.exit(harness.main(sys.modules[__name__], "noise_tenth", 10))
