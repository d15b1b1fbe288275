#!/usr/bin/env python3
"""Blind synthetic held-out noise set #6 for `rinse` (byline / caption / duphead / promo).

Written blind on 2026-12-03 by a helper that read neither rinse's rules nor its
other noise sets, before any rule was tuned on it. Noise is worded the way real
news sites, blogs, magazines and shops word it, in seven languages (en, it, da,
fi, el, vi, uk); the 12 articles are original prose.

Texts, scoring and options: see `noise_blind_harness.py`
(`python3 noise_blind_sixth.py [--seed 6] [--rinse target/release/rinse] [--show 40]
[--dump DIR] [--selftest]`).
"""
import sys

import noise_blind_harness as harness
from noise_blind_harness import Doc, place

# --------------------------------------------------------------------------
# Articles (original prose). Each: lang, section, headline, short headline,
# paragraphs, captions, teasers.
# --------------------------------------------------------------------------
ARTICLES = [
    dict(
        id="en-court", lang="en", section="Courts",
        headline="Appeals court strikes down city’s “distance rule” for street vendors",
        short="Vendors win",
        paras=[
            "A state appeals court on Tuesday struck down a city ordinance that barred food vendors from operating within 200 feet of a restaurant, ruling that the rule protected established businesses from competition rather than serving any public health or safety purpose.",
            "The three-judge panel ruled 2-1 in favour of Maria Ocampo, who has sold tamales from a cart near the downtown transit center for eleven years and was fined four times under the ordinance before she joined the lawsuit in 2024.",
            "Judge Ellen Partridge, writing for the majority, said the city had offered no evidence that carts near restaurants caused more litter, noise or traffic than carts anywhere else. The distance rule, she wrote, “does little more than shield one group of merchants from another.”",
            "“This is a good day for every small business that has ever been told to stay out of the way.”",
            "That was how Ocampo’s lawyer, Daniel Reyes of the Institute for Justice, summed up the ruling on the courthouse steps, adding that similar distance rules remain on the books in at least a dozen other cities in the state.",
            "Judge Robert Hale dissented, arguing that the council was entitled to weigh the interests of restaurant owners who pay property taxes and sign long-term leases. The city attorney’s office said it was reviewing the opinion and had not decided whether to ask the state supreme court to hear the case.",
            "Until the ruling takes effect in 30 days, the city said it would stop issuing new citations under the ordinance. Vendors who paid fines since 2022 may be able to seek refunds, Reyes said, though that question was not before the court.",
        ],
        captions=["Maria Ocampo at her tamale cart near the downtown transit center",
                  "The state appeals court building on Capitol Avenue",
                  "Vendors gathered outside the courthouse after the ruling on Tuesday"],
        teasers=["City council to revisit food truck permits after complaints",
                 "How a tamale cart became a test case for small business rights"],
    ),
    dict(
        id="en-bread", lang="en", section="Food & Drink",
        headline="The slow way to a better sourdough",
        short="Slow bread",
        paras=[
            "Most bread recipes ask you to watch the dough. This one asks you to mostly ignore it. By stretching the rise over a night in the fridge, you get a loaf with a deeper flavour, a more open crumb and a crust that crackles for an hour after it leaves the oven.",
            "For one large loaf you will need:",
            "500g strong white flour, 100g wholemeal flour, 420g water at room temperature, 120g active starter and 12g fine sea salt.",
            "Mix the flours with 380g of the water and leave them to rest for an hour. Then add the starter, the salt and the rest of the water, squeezing the dough through your fingers until no dry patches remain. Over the next two hours, give it four sets of stretches and folds, about thirty minutes apart.",
            "Then leave it alone until morning.",
            "That is the whole trick.",
            "Bake it straight from the fridge in a preheated cast-iron pot at 250C, lid on for 20 minutes and lid off for another 25, until the crust is a deep mahogany. Let it cool for at least an hour before slicing, however hard that is.",
        ],
        captions=["A finished loaf cooling on a wire rack",
                  "Stretch and fold: the dough after its second set of folds",
                  "Flour, water, salt and starter are all you need"],
        teasers=["Five mistakes everyone makes with a sourdough starter",
                 "Our favourite recipes for leftover bread"],
    ),
    dict(
        id="en-review", lang="en", section="Reviews",
        headline="Review: the Aurel X2 headphones are quiet, comfortable and too expensive",
        short="Aurel X2",
        paras=[
            "The Aurel X2 is the first pair of over-ear headphones from a company best known for its studio monitors, and it shows. The sound is clean and balanced, with none of the inflated bass that many consumer models use to impress in the first five minutes.",
            "Noise cancelling is very good, though not class-leading. On a crowded commuter train the X2 removed the rumble of the engine almost entirely, but voices and announcements still came through more clearly than they do on the best rivals from Sony and Bose.",
            "Comfort is where the X2 really stands out. The memory-foam pads are deep and soft, the headband spreads the weight well, and after a four-hour flight I had none of the pressure around the ears that I usually get from heavier models.",
            "Battery life is rated at 35 hours with noise cancelling switched on, and in my testing the X2 came close, lasting a little over 32 hours of mixed use. A ten-minute charge over USB-C gives about four hours of playback.",
            "Priced at $449, the X2 costs about $50 more than its most obvious competitors, and the companion app is sparse, with a basic equaliser and no way to customise the touch controls.",
            "Verdict: superb comfort and a refined, natural sound, let down by a high price and software that feels unfinished. Wait for a discount.",
        ],
        captions=["The Aurel X2 in its matte grey finish",
                  "The ear cups fold flat for travel",
                  "The companion app offers only a basic equaliser"],
        teasers=["The best noise-cancelling headphones we have tested this year",
                 "Review: the Corvo Buds 3 are the budget earbuds to beat"],
    ),
    dict(
        id="en-council", lang="en", section="Local News",
        headline="Council approves bike lanes — but not on Mill Street",
        short="Bike lanes",
        paras=[
            "Councillors voted 7-4 on Monday night to build protected bike lanes on three of the town’s busiest roads, ending a two-year debate that filled the council chamber at almost every meeting where the plan was discussed.",
            "The approved routes run along Station Road, Park Avenue and the northern half of the ring road, linking the railway station with the secondary school and the new housing estate at Hollow Farm. Work is expected to begin in April and take about eighteen months.",
            "Mill Street, which was part of the original proposal, was dropped after shop owners argued that removing 40 parking spaces would drive customers to the out-of-town retail park.",
            "Councillor Priya Shah, who chairs the transport committee, said the compromise was not perfect but was the best the council could get. “We would have liked Mill Street in the plan, and we will come back to it,” she said. “But three safe routes are better than none.”",
            "The scheme will cost £4.2 million, most of which comes from a regional active travel grant. Opponents on the council said the money would be better spent fixing potholes, which residents consistently rank as their top complaint in the annual survey.",
            "A public consultation on the detailed designs, including the position of bus stops and loading bays, will open next month and run for six weeks.",
        ],
        captions=["Cyclists on Station Road, one of the three approved routes",
                  "Residents packed the council chamber for Monday’s vote",
                  "Shops on Mill Street, which was dropped from the plan"],
        teasers=["Pothole repairs fall behind schedule for second year",
                 "New housing estate at Hollow Farm gets final approval"],
    ),
    dict(
        id="en-science", lang="en", section="Science",
        headline="Lake sediments reveal a 300-year drought that reshaped the Andes",
        short="Ancient drought",
        paras=[
            "Layers of mud at the bottom of a high-altitude lake in Peru record a drought that lasted roughly three centuries and may explain why several farming communities in the central Andes abandoned their terraces around 1,100 years ago, researchers report.",
            "The team, led by climate scientist Dr Lucía Fernández of the University of Bristol, drilled a 12-metre core from Laguna Quilca and measured the ratio of oxygen isotopes in the shells of tiny organisms preserved in each layer.",
            "Those ratios change with the balance between rainfall and evaporation. From about AD 900 to 1200, the core shows a sustained shift towards drier conditions, with lake levels falling by as much as eight metres.",
            "Dr Fernández said the result fits with archaeological evidence from nearby valleys. “We see people leaving the higher terraces at exactly the time the lake was shrinking,” she said. “It is hard to believe that is a coincidence.”",
            "Other researchers urged caution. Climate records from a single lake can reflect local conditions, and the dating of the terrace abandonment is itself uncertain by several decades.",
            "The study was published on Wednesday in the journal Nature Geoscience. The team now plans to drill cores from two more lakes further south to test whether the drought extended across the whole region.",
        ],
        captions=["Researchers drilling a sediment core on Laguna Quilca",
                  "Abandoned farming terraces in the central Andes",
                  "A section of the 12-metre core in the laboratory"],
        teasers=["Tree rings show medieval droughts were longer than thought",
                 "Why glaciers in the tropical Andes are vanishing fastest"],
    ),
    dict(
        id="en-travel", lang="en", section="Travel",
        headline="Three days on the ferries of the Outer Hebrides",
        short="Island hopping",
        paras=[
            "The first ferry of the morning leaves Oban at 7.15, and by the time it clears the Sound of Mull the coffee queue has disappeared and most passengers have found a window seat. Five hours later, Castlebay appears: a handful of white houses, a church and a castle standing in the harbour.",
            "Barra is small enough to cross by bike in an afternoon. I rented one from a shed behind the hotel and rode the single-track road around the island, stopping at beaches so empty that the only footprints on the sand were my own.",
            "The next morning I took the short crossing from Ardmhor to Eriskay, then followed the causeways north through South Uist and Benbecula. The landscape flattens into machair, a low grassland that in early summer is covered in wild flowers.",
            "Angus MacNeil, who has skippered ferries in these waters for thirty years, told me the weather decides everything. “You can make a plan,” he said, “but the sea makes the timetable.”",
            "It is worth remembering. Sailings are often cancelled in winter storms, and in summer the car decks are booked out weeks ahead, so foot passengers with a bicycle have a real advantage.",
            "On the last day I crossed from Berneray to Leverburgh on Harris, where the beaches are even wider and the water is a shade of turquoise that looks borrowed from somewhere much warmer. I caught the evening ferry from Tarbert with sand still in my shoes.",
        ],
        captions=["The ferry arriving at Castlebay on Barra",
                  "Machair in flower on South Uist",
                  "Luskentyre beach on Harris at low tide"],
        teasers=["A walker’s guide to the Isle of Skye",
                 "The best ferry journeys in Europe"],
    ),
    dict(
        id="it-vendemmia", lang="it", section="Economia",
        headline="Vendemmia anticipata in Piemonte: il caldo accelera la raccolta",
        short="Vendemmia anticipata",
        paras=[
            "Nelle colline delle Langhe la vendemmia è cominciata con quasi due settimane di anticipo rispetto alla media degli ultimi vent’anni. Le temperature elevate di luglio e agosto hanno fatto maturare in fretta le uve bianche, costringendo molte aziende a richiamare i raccoglitori prima del previsto.",
            "Secondo il consorzio di tutela, la quantità di uva raccolta dovrebbe calare di circa il dieci per cento, ma la qualità resta buona. I grappoli sono sani, spiegano i tecnici, anche se gli acini sono più piccoli e contengono meno succo.",
            "Giovanni Ferrero, che coltiva nebbiolo e dolcetto su sei ettari vicino ad Alba, racconta di aver iniziato a raccogliere alle cinque del mattino per evitare le ore più calde. «Con trenta gradi a mezzogiorno l’uva si scalda troppo e la fermentazione diventa difficile da controllare», dice.",
            "«Non abbiamo mai vendemmiato così presto.»",
            "Molti produttori stanno già cambiando il modo di lavorare in vigna: lasciano più foglie sui tralci per fare ombra ai grappoli, piantano filari orientati diversamente e sperimentano vitigni più resistenti alla siccità.",
            "Per il nebbiolo, che matura più tardi, la raccolta dovrebbe iniziare a fine settembre. Il consorzio prevede di pubblicare una prima stima della produzione entro la metà di novembre.",
        ],
        captions=["Raccoglitori al lavoro in un vigneto delle Langhe",
                  "Grappoli di nebbiolo ancora sulla vite",
                  "Le colline intorno ad Alba al mattino presto"],
        teasers=["Siccità, in Piemonte razionata l’acqua in dodici comuni",
                 "Barolo, i prezzi delle bottiglie continuano a salire"],
    ),
    dict(
        id="da-bro", lang="da", section="Indland",
        headline="Ny bro over Limfjorden åbner først i 2029",
        short="Broen forsinket",
        paras=[
            "Den nye bro over Limfjorden ved Aalborg bliver forsinket med mindst to år. Det oplyser Vejdirektoratet, som nu forventer, at broen tidligst kan åbne for trafik i sommeren 2029.",
            "Forsinkelsen skyldes blandt andet, at undergrunden på den nordlige side af fjorden har vist sig at være blødere end ventet. Fundamenterne skal derfor bores dybere ned, og det kræver både nye beregninger og nyt udstyr.",
            "Projektet har allerede været undervejs i mere end ti år, og prisen er steget fra 4,5 til over 6 milliarder kroner. Den ekstra regning skal ifølge Transportministeriet dækkes af den statslige infrastrukturpulje.",
            "Mette Kjær, der er formand for teknik- og miljøudvalget i Aalborg Kommune, kalder forsinkelsen dybt skuffende. »Pendlerne har ventet længe nok, og nu skal de vente endnu længere,« siger hun.",
            "Indtil broen står klar, skal trafikken fortsat ledes gennem Limfjordstunnelen, hvor der i myldretiden ofte er kø i begge retninger. Kommunen overvejer derfor at udvide busforbindelserne over fjorden.",
            "Vejdirektoratet vil præsentere en ny tidsplan for hele projektet på et borgermøde i Nørresundby i slutningen af måneden.",
        ],
        captions=["Byggepladsen på den nordlige side af Limfjorden",
                  "Kø ved Limfjordstunnelen i morgenmyldretiden",
                  "Sådan skal den nye bro se ud, når den står færdig"],
        teasers=["Trafikken i Limfjordstunnelen slår ny rekord",
                 "Regeringen vil bruge milliarder på nye cykelstier"],
    ),
    dict(
        id="fi-kirjasto", lang="fi", section="Kotimaa",
        headline="Helsingin kirjastot pidentävät aukioloaikojaan talvella",
        short="Kirjastot auki",
        paras=[
            "Helsingin kaupunginkirjasto pidentää kymmenen kirjaston aukioloaikoja marraskuun alusta maaliskuun loppuun. Kirjastot ovat jatkossa auki arkisin kello 21:een asti ja viikonloppuisin kello 18:aan.",
            "Kirjastopalvelujen johtajan Anna Virtasen mukaan muutos perustuu asukkaiden toiveisiin. Kyselyyn vastanneista lähes puolet kertoi haluavansa käyttää kirjastoa nimenomaan iltaisin, kun työ- tai koulupäivä on ohi.",
            "Pidemmät aukioloajat toteutetaan osittain niin sanottuina omatoimiaikoina. Silloin kirjastoon pääsee kirjastokortilla ja PIN-koodilla, mutta henkilökuntaa ei ole paikalla.",
            "Virtanen muistuttaa, että kirjastot ovat talvella monelle tärkeä paikka. ”Kirjasto on lämmin, valoisa ja maksuton paikka, jossa voi olla ilman että tarvitsee ostaa mitään”, hän sanoo.",
            "Muutos koskee muun muassa Oodin, Kallion, Itäkeskuksen ja Malmin kirjastoja. Kaikkien toimipisteiden aukioloajat löytyvät kaupungin verkkosivuilta.",
            "Kokeilun kustannukset ovat noin 400 000 euroa. Kaupunki arvioi keväällä, jatketaanko pidempiä aukioloaikoja myös ensi talvena.",
        ],
        captions=["Keskustakirjasto Oodin lukusali iltapäivällä",
                  "Omatoimikirjastoon kirjaudutaan kirjastokortilla",
                  "Kallion kirjasto on yksi muutoksen piirissä olevista kirjastoista"],
        teasers=["Helsinki aikoo rakentaa kolme uutta uimahallia",
                 "Kirjastojen lainausmäärät kasvoivat selvästi"],
    ),
    dict(
        id="el-elies", lang="el", section="Κοινωνία",
        headline="Νέα μέτρα για την προστασία των ελαιώνων στην Κρήτη",
        short="Ελαιώνες",
        paras=[
            "Το υπουργείο Αγροτικής Ανάπτυξης ανακοίνωσε νέο πρόγραμμα για την προστασία των ελαιώνων της Κρήτης από την ξηρασία και τις ασθένειες, με συνολικό προϋπολογισμό 18 εκατομμυρίων ευρώ για τα επόμενα τρία χρόνια.",
            "Το πρόγραμμα προβλέπει επιδοτήσεις για συστήματα άρδευσης με σταγόνες, δωρεάν εργαστηριακούς ελέγχους για το βακτήριο Xylella και εκπαιδευτικά σεμινάρια για τους παραγωγούς σε όλους τους νομούς του νησιού.",
            "Ο Γιάννης Μαρκάκης, παραγωγός από τις Πέζες Ηρακλείου, λέει ότι η φετινή σοδειά ήταν από τις χειρότερες που θυμάται. «Τα δέντρα δεν είχαν νερό από τον Μάιο και ο καρπός έμεινε μικρός», εξηγεί.",
            "Σύμφωνα με στοιχεία της Περιφέρειας, η παραγωγή ελαιολάδου στην Κρήτη μειώθηκε πέρυσι κατά σχεδόν 30%, ενώ οι τιμές στο ράφι αυξήθηκαν σημαντικά για δεύτερη συνεχόμενη χρονιά.",
            "Οι αιτήσεις για τις επιδοτήσεις θα υποβάλλονται ηλεκτρονικά από τις αρχές του επόμενου μήνα. Οι ενδιαφερόμενοι χρειάζονται:",
            "Βεβαίωση καλλιεργητή, αντίγραφο της δήλωσης ΟΣΔΕ και προσφορά από εγκεκριμένο προμηθευτή εξοπλισμού άρδευσης.",
            "Οι αγροτικοί συνεταιρισμοί χαιρέτισαν το πρόγραμμα, ζητούν όμως να επεκταθεί και στους μικρούς παραγωγούς που δεν είναι εγγεγραμμένοι στο μητρώο αγροτών.",
        ],
        captions=["Ελαιώνας στις Πέζες Ηρακλείου",
                  "Συγκομιδή ελιάς σε χωριό του νομού Χανίων",
                  "Σύστημα άρδευσης με σταγόνες σε νέο ελαιώνα"],
        teasers=["Ρεκόρ τιμής για το ελαιόλαδο στα σούπερ μάρκετ",
                 "Λειψυδρία: σε κατάσταση έκτακτης ανάγκης δήμοι της Κρήτης"],
    ),
    dict(
        id="vi-xebuyt", lang="vi", section="Thời sự",
        headline="Hà Nội mở thêm ba tuyến xe buýt điện nối ngoại thành",
        short="Xe buýt điện",
        paras=[
            "Từ đầu tháng tới, Hà Nội sẽ đưa vào khai thác ba tuyến xe buýt điện mới nối trung tâm thành phố với các huyện Đông Anh, Gia Lâm và Hoài Đức, nâng tổng số tuyến xe buýt điện của thủ đô lên hơn hai mươi tuyến.",
            "Theo Sở Giao thông Vận tải, mỗi tuyến sẽ có từ 15 đến 20 xe hoạt động, tần suất trung bình 10 đến 15 phút một chuyến vào giờ cao điểm. Giá vé lượt giữ nguyên ở mức 7.000 đến 9.000 đồng tùy quãng đường.",
            "Ông Nguyễn Văn Hùng, một người dân ở Đông Anh thường xuyên đi làm trong nội thành, cho biết ông rất mong tuyến mới. \"Đi xe máy mỗi ngày gần một tiếng, vừa mệt vừa ngột ngạt. Có xe buýt điện thì tôi sẽ đổi ngay\", ông nói.",
            "Các chuyên gia giao thông đánh giá việc mở rộng mạng lưới xe buýt điện là bước đi cần thiết để giảm ô nhiễm không khí, nhưng cho rằng thành phố cũng cần cải thiện điểm dừng, nhà chờ và kết nối với đường sắt đô thị.",
            "Hiện nay, xe buýt công cộng mới đáp ứng khoảng 15% nhu cầu đi lại của người dân Hà Nội, thấp hơn nhiều so với mục tiêu mà thành phố đặt ra cho năm 2030.",
            "Sở Giao thông Vận tải cho biết sẽ tiếp tục lấy ý kiến người dân về lộ trình và giờ chạy trong ba tháng đầu vận hành để điều chỉnh cho phù hợp.",
        ],
        captions=["Xe buýt điện đón khách tại điểm dừng trên phố Trần Hưng Đạo",
                  "Trạm sạc xe buýt điện tại bến xe Gia Lâm",
                  "Hành khách lên xe buýt vào giờ cao điểm"],
        teasers=["Hà Nội thí điểm vé điện tử cho xe buýt và tàu điện",
                 "Ô nhiễm không khí ở Hà Nội lên mức nguy hại"],
    ),
    dict(
        id="uk-biblioteka", lang="uk", section="Культура",
        headline="У Львові відкрили оновлену бібліотеку для дітей",
        short="Нова бібліотека",
        paras=[
            "У Львові після двох років ремонту знову відкрилася центральна бібліотека для дітей. Тепер у ній є окрема зала для підлітків, кімната для настільних ігор і простір, де малюки можуть гратися, поки батьки вибирають книжки.",
            "Ремонт коштував близько 14 мільйонів гривень. Більшу частину суми виділила міська рада, решту зібрали благодійні фонди та мешканці міста під час кількох кампаній зі збору коштів.",
            "Директорка бібліотеки Оксана Мельник каже, що команда хотіла створити місце, куди діти приходитимуть не лише за книжками. «Ми бачимо, що після школи дітям часто просто нікуди піти. Тепер вони можуть прийти сюди, зробити уроки, погратися, поспілкуватися», — розповідає вона.",
            "«Бібліотека має бути найзатишнішим місцем у місті.»",
            "Фонд бібліотеки поповнили майже на три тисячі нових видань, зокрема сучасних українських авторів. Частину книжок подарували видавництва, які брали участь у Форумі видавців.",
            "Бібліотека працює щодня, крім понеділка, з 10:00 до 19:00. Записатися можна безкоштовно, маючи при собі свідоцтво про народження дитини або паспорт одного з батьків.",
        ],
        captions=["Зала для підлітків в оновленій бібліотеці",
                  "Діти читають у новій кімнаті для малюків",
                  "Фасад бібліотеки після ремонту"],
        teasers=["Львів запускає безкоштовні гуртки для школярів",
                 "Форум видавців оголосив програму цього року"],
    ),
]
LANGS = ["en", "it", "da", "fi", "el", "vi", "uk"]

# --------------------------------------------------------------------------
# Locale vocabulary, worded as sites in each language word it.
# --------------------------------------------------------------------------
L = {}
L["en"] = dict(
    sites=["The Daily Ledger", "Riverside Gazette", "Northern Post", "Westbrook Times", "The Field Journal"],
    domain="dailyledger.com",
    names=["Sarah Whitfield", "James Okafor", "Emily Tran", "Michael Brennan", "Hannah Lowe", "David Mercer"],
    by=["By", "By", "by", "Words by", "Written by", "Story by", "Reporting by"],
    and_="and",
    months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    wdays=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    dates=["{Mon} {d}, {y}", "{Month} {d}, {y}", "{d} {Month} {y}", "{wd3} {d} {Mon} {y} {hh}.{mi} GMT",
           "{m2}/{d2}/{y}", "{y}-{m2}-{d2}", "{d} {Mon} {y}, {hh}:{mi}", "{Month} {d}, {y} at {h12}:{mi} {ap}",
           "{wd}, {Month} {d}, {y}", "{y}-{m2}-{d2}T{hh}:{mi}:00Z"],
    rel=["{n} hours ago", "{n} mins ago", "{n} minutes ago", "1 day ago", "Yesterday at {hh}:{mi}", "Today, {hh}:{mi}", "{n}h ago"],
    updated=["Updated", "Updated:", "Last updated", "Last modified on"],
    published=["Published", "Published:", "First published on", "Posted"],
    read=["{n} min read", "{n} minute read", "Reading time: {n} minutes", "⏱ {n} min"],
    agencies=["Reuters", "Associated Press", "AFP", "PA Media", "Bloomberg"],
    jobs=["Senior Reporter", "Courts Correspondent", "Staff Writer", "Food Editor", "Technology Editor",
          "Local Democracy Reporter", "Science Correspondent", "Travel Writer", "Contributing Editor"],
    bio=["{name} is a {jobl} at {site}.", "{name} has written for {site} since 2018 and covers local politics and the courts.",
         "{name} is {site}’s {jobl}. Before joining in 2021, they worked for a regional news agency.",
         "{name} is a freelance journalist based in Glasgow whose work has appeared in several national newspapers."],
    follow=["Follow {first} on X: @{handle}", "Follow @{handle} on Twitter", "Follow {name} on Bluesky", "@{handle}"],
    email=["{hdot}@{domain}", "Email: {hdot}@{domain}", "Contact the author: {hdot}@{domain}"],
    about=["About the author", "ABOUT THE AUTHOR", "Author", "Written by"],
    more=["More stories by {name}", "More from {name}", "See all articles by {name}"],
    posted=["Posted by {handle}", "Posted on {date} by {handle}", "Posted by {name} on {date}"],
    photo=["Photo", "Photograph", "Picture", "Image"],
    photo_ag=["Reuters", "AP", "Getty Images", "AFP via Getty Images", "Alamy", "PA Wire", "Shutterstock"],
    gallery_of=["Image {i} of {n}", "Photo {i} of {n}", "{i} of {n}"],
    enlarge=["Click to enlarge", "Tap to expand", "Enlarge this image", "Expand"],
    gallery_open=["View gallery", "Open gallery ({n} photos)", "See all {n} photos"],
    archive=["File photo", "Archive image", "FILE PHOTO"],
    illustr=["Illustrative image", "Stock photo", "Image for illustration purposes only"],
    home="Home",
    sub=["Subscribe now for unlimited access", "Subscribe to {site} for $1 a week", "Already a subscriber? Log in",
         "Get unlimited digital access. Subscribe today", "Support local journalism: subscribe"],
    newsletter=[["Sign up for our daily newsletter", "The day’s top stories, delivered to your inbox every morning.", "Enter your email address", "Sign up"],
                ["Get the Morning Briefing", "Sign up"],
                ["Newsletter", "Don’t miss a story. Sign up for free updates.", "By signing up you agree to our Privacy Policy."]],
    app=["Download our app for the latest news", "Get the {site} app on iOS and Android", "Read this story in the app"],
    followus=["Follow us on Facebook, X and Instagram", "Follow {site} on Google News", "Join our WhatsApp channel for breaking news", "Like us on Facebook"],
    readalso=["Read also:", "READ MORE:", "Read more:", "See also:", "MORE:"],
    related=["Related", "Related stories", "More on this story"],
    ad=["Advertisement", "ADVERTISEMENT", "Ad", "Sponsored"],
    adcont=["Story continues below advertisement", "Article continues below", "Scroll to continue reading"],
    cookie=["We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.",
            "Accept all cookies", "Manage preferences",
            "This content is blocked because you have not accepted social media cookies."],
    donate=["Support our journalism. Donate today.", "If you value this reporting, please consider making a contribution."],
    share=["Share this article", "Share on Facebook", "Copy link", "Share via email"],
    comments=["Comments ({n})", "Join the conversation", "Show comments"],
    listen=["Listen to this article", "Listen to this article · {n}:12 min", "Listen: our daily news podcast"],
)
L["it"] = dict(
    sites=["Corriere del Nord", "La Gazzetta di Langa", "Il Quotidiano Piemontese"],
    domain="corrieredelnord.it",
    names=["Marco Bellini", "Giulia Rossetti", "Francesca De Santis", "Luca Moretti", "Paolo Gatti", "Chiara Villa"],
    by=["di", "Di", "A cura di", "Scritto da", "Testo di"],
    and_="e",
    months=["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    wdays=["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    dates=["{d} {month} {y}", "{d2}/{m2}/{y}", "{wd} {d} {month} {y}, ore {hh}:{mi}", "{d} {month} {y} - {hh}:{mi}", "{y}-{m2}-{d2}", "{d2}.{m2}.{y} {hh}:{mi}"],
    rel=["{n} ore fa", "{n} minuti fa", "Ieri alle {hh}:{mi}", "Oggi, {hh}:{mi}", "un giorno fa"],
    updated=["Aggiornato", "Aggiornato il", "Ultimo aggiornamento:", "Modificato il"],
    published=["Pubblicato", "Pubblicato il", "Pubblicato:"],
    read=["Lettura: {n} min", "Tempo di lettura: {n} minuti", "{n} min di lettura"],
    agencies=["ANSA", "Adnkronos", "AGI", "LaPresse"],
    jobs=["Giornalista", "Redattore", "Caporedattrice", "Inviato", "Collaboratrice"],
    bio=["{name} è {jobl} di {site}.", "{name} scrive per {site} dal 2017 e si occupa di economia e territorio.",
         "{name}, giornalista professionista, segue da anni il mondo agricolo piemontese."],
    follow=["Segui {name} su X: @{handle}", "Seguila su Instagram: @{handle}", "Segui l’autore"],
    email=["{hdot}@{domain}", "E-mail: {hdot}@{domain}", "Scrivi all’autore: {hdot}@{domain}"],
    about=["L’autore", "L’AUTORE", "Chi è l’autore", "Autore"],
    more=["Altri articoli di {name}", "Tutti gli articoli di {name}"],
    posted=["Pubblicato da {name}", "Postato da {handle} il {date}", "Inviato da {handle}"],
    photo=["Foto", "Ph.", "Fotografia"],
    photo_ag=["ANSA", "LaPresse", "Imagoeconomica", "Getty Images"],
    gallery_of=["Foto {i} di {n}", "{i} di {n}", "Immagine {i} di {n}"],
    enlarge=["Clicca per ingrandire", "Ingrandisci", "Clicca sull’immagine per ingrandirla"],
    gallery_open=["Guarda la gallery", "Apri la fotogallery ({n} foto)", "Sfoglia la gallery"],
    archive=["Foto d’archivio", "Immagine d’archivio", "Archivio"],
    illustr=["Immagine di repertorio", "Foto di repertorio", "Immagine generica"],
    home="Home",
    sub=["Abbonati per leggere senza limiti", "Abbonati a {site} a 1 euro al mese", "Sei già abbonato? Accedi", "Sostieni il giornalismo locale: abbonati"],
    newsletter=[["Iscriviti alla newsletter", "Ogni mattina le notizie più importanti nella tua casella di posta.", "Inserisci la tua email", "Iscriviti"],
                ["La newsletter di {site}", "Iscriviti gratis"],
                ["Newsletter", "Ricevi gratis le notizie del giorno.", "Iscrivendoti accetti l’informativa sulla privacy."]],
    app=["Scarica la nostra app", "Scarica l’app di {site} per iOS e Android", "Leggi questo articolo nell’app"],
    followus=["Seguici su Facebook, Instagram e X", "Segui {site} su Google News", "Iscriviti al nostro canale WhatsApp", "Seguici su Telegram"],
    readalso=["Leggi anche:", "LEGGI ANCHE", "Potrebbe interessarti:", "Approfondisci:", "Vedi anche:"],
    related=["Articoli correlati", "Correlati", "Sullo stesso argomento"],
    ad=["Pubblicità", "PUBBLICITÀ", "Contenuto sponsorizzato", "Annuncio"],
    adcont=["Continua a leggere dopo la pubblicità", "L’articolo continua sotto", "Scorri per continuare"],
    cookie=["Questo sito utilizza cookie per migliorare la tua esperienza. Continuando la navigazione accetti l’uso dei cookie.",
            "Accetta tutti i cookie", "Gestisci le preferenze", "Questo contenuto è bloccato perché non hai accettato i cookie dei social."],
    donate=["Sostieni {site}: fai una donazione", "Il nostro giornalismo è gratuito grazie a chi lo sostiene. Dona ora."],
    share=["Condividi questo articolo", "Condividi su Facebook", "Copia link", "Invia per email"],
    comments=["Commenti ({n})", "Lascia un commento", "Mostra i commenti"],
    listen=["Ascolta l’articolo", "Ascolta l’articolo · {n} min", "Ascolta il podcast del giorno"],
)
L["da"] = dict(
    sites=["Nordjyske Nyt", "Dagbladet Fjorden", "Limfjordsposten"],
    domain="nordjyskenyt.dk",
    names=["Rasmus Holm", "Sofie Lund", "Anders Bech", "Line Kristensen", "Jonas Dahl", "Camilla Vestergaard"],
    by=["Af", "af", "Skrevet af", "Tekst:"],
    and_="og",
    months=["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
    wdays=["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    dates=["{d}. {month} {y}", "{d}. {month} {y} kl. {hh}.{mi}", "{wd} d. {d}. {month} {y}", "{d2}.{m2}.{y}", "{y}-{m2}-{d2}", "{d}. {mon3}. {y} - {hh}:{mi}"],
    rel=["for {n} timer siden", "for {n} minutter siden", "I går kl. {hh}.{mi}", "I dag kl. {hh}.{mi}", "for 1 dag siden"],
    updated=["Opdateret", "Opdateret:", "Sidst opdateret", "Opdateret d."],
    published=["Publiceret", "Publiceret:", "Udgivet"],
    read=["Læsetid: {n} min.", "{n} minutters læsning", "{n} min. læsning"],
    agencies=["Ritzau", "Ritzau/NTB", "AFP"],
    jobs=["Journalist", "Redaktør", "Korrespondent", "Praktikant", "Journalist og vært"],
    bio=["{name} er {jobl} på {site}.", "{name} har skrevet for {site} siden 2020 og dækker trafik og kommunalpolitik.",
         "{name} er uddannet fra Danmarks Medie- og Journalisthøjskole og arbejder på avisens lokalredaktion."],
    follow=["Følg {name} på X: @{handle}", "Følg skribenten", "Følg {first} på LinkedIn"],
    email=["{hdot}@{domain}", "Mail: {hdot}@{domain}", "Skriv til {first}: {hdot}@{domain}"],
    about=["Om skribenten", "OM SKRIBENTEN", "Skribent"],
    more=["Flere artikler af {name}", "Se alle artikler fra {name}"],
    posted=["Indsendt af {handle}", "Skrevet af {name} den {date}", "Indlæg af {handle}"],
    photo=["Foto", "Billede", "Arkivfoto"],
    photo_ag=["Ritzau Scanpix", "Polfoto", "Scanpix", "Getty Images"],
    gallery_of=["Billede {i} af {n}", "{i} af {n}", "Foto {i}/{n}"],
    enlarge=["Klik for at forstørre", "Forstør billedet", "Se i fuld størrelse"],
    gallery_open=["Se alle billeder", "Se billedserien ({n} billeder)", "Åbn galleri"],
    archive=["Arkivfoto", "Arkivbillede", "ARKIVFOTO"],
    illustr=["Genrefoto", "Modelfoto", "Illustrationsfoto"],
    home="Forside",
    sub=["Bliv abonnent og læs alt", "Prøv {site} i 30 dage for 1 kr.", "Er du allerede abonnent? Log ind", "Støt lokal journalistik – bliv abonnent"],
    newsletter=[["Tilmeld dig vores nyhedsbrev", "Få dagens vigtigste nyheder direkte i din indbakke.", "Din e-mail", "Tilmeld"],
                ["Nyhedsbrev", "Tilmeld dig gratis"],
                ["Få morgenens nyheder", "Tilmeld dig nyhedsbrevet her", "Du kan altid afmelde dig igen."]],
    app=["Hent vores app", "Download {site}s app til iPhone og Android", "Læs artiklen i appen"],
    followus=["Følg os på Facebook og Instagram", "Følg {site} på LinkedIn", "Følg os på X"],
    readalso=["Læs også:", "LÆS OGSÅ", "Læs mere:", "Se også:"],
    related=["Relateret", "Relaterede artikler", "Mere om emnet"],
    ad=["Annonce", "ANNONCE", "Sponsoreret", "Reklame"],
    adcont=["Artiklen fortsætter under annoncen", "Artiklen fortsætter efter annoncen", "Annoncen slutter her"],
    cookie=["Vi bruger cookies til at forbedre din oplevelse. Ved at fortsætte accepterer du vores brug af cookies.",
            "Accepter alle", "Tilpas indstillinger", "Dette indhold vises ikke, fordi du ikke har accepteret cookies."],
    donate=["Støt uafhængig journalistik", "Kan du lide vores journalistik? Støt os med et bidrag."],
    share=["Del artiklen", "Del på Facebook", "Kopiér link", "Send som e-mail"],
    comments=["Kommentarer ({n})", "Skriv en kommentar", "Vis kommentarer"],
    listen=["Lyt til artiklen", "Lyt til artiklen · {n} min.", "Hør dagens podcast"],
)
L["fi"] = dict(
    sites=["Helsingin Uutiset", "Uutisvirta", "Pääkaupungin Sanomat"],
    domain="uutisvirta.fi",
    names=["Mikko Laine", "Laura Heikkinen", "Juha Koskinen", "Sanna Nieminen", "Antti Lehtonen", "Elina Salo"],
    by=["Kirjoittanut", "Teksti:", "Kirjoittaja:", "Toimittaja:"],
    and_="ja",
    months=["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    wdays=["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
    dates=["{d}.{m}.{y}", "{d}.{m}.{y} klo {hh}.{mi}", "{d}. {month} {y}", "{wd} {d}.{m}.{y}", "{y}-{m2}-{d2}", "{d}.{m}. {hh}:{mi}"],
    rel=["{n} tuntia sitten", "{n} minuuttia sitten", "Eilen klo {hh}.{mi}", "Tänään klo {hh}.{mi}", "päivä sitten"],
    updated=["Päivitetty", "Päivitetty:", "Päivitetty viimeksi", "Päiv."],
    published=["Julkaistu", "Julkaistu:", "Julk."],
    read=["Lukuaika {n} min", "Lukuaika: noin {n} minuuttia", "{n} min lukuaika"],
    agencies=["STT", "STT–AFP", "Reuters"],
    jobs=["Toimittaja", "Uutispäällikkö", "Erikoistoimittaja", "Kirjeenvaihtaja", "Kesätoimittaja"],
    bio=["{name} työskentelee toimittajana {site}-uutispalvelussa.", "{name} on toimittaja, joka kirjoittaa kaupunki- ja kulttuuriaiheista.",
         "{name} on työskennellyt toimituksessa vuodesta 2016 ja seuraa erityisesti Helsingin kunnallispolitiikkaa."],
    follow=["Seuraa toimittajaa X:ssä: @{handle}", "Seuraa kirjoittajaa", "Seuraa {first}a Instagramissa"],
    email=["{hdot}@{domain}", "Sähköposti: {hdot}@{domain}", "etunimi.sukunimi@{domain}"],
    about=["Kirjoittajasta", "KIRJOITTAJA", "Toimittajasta"],
    more=["Lisää kirjoittajalta {name}", "Kaikki jutut: {name}"],
    posted=["Lähettänyt {handle}", "Julkaistu {date} – {name}", "Kirjoittanut {handle} {date}"],
    photo=["Kuva", "KUVA", "Kuvat"],
    photo_ag=["Lehtikuva", "STT-Lehtikuva", "Getty Images", "Shutterstock"],
    gallery_of=["Kuva {i}/{n}", "{i}/{n}", "Kuva {i} / {n}"],
    enlarge=["Klikkaa kuva suuremmaksi", "Suurenna kuva", "Avaa kuva"],
    gallery_open=["Katso kuvagalleria", "Avaa kuvagalleria ({n} kuvaa)", "Katso kaikki kuvat"],
    archive=["Arkistokuva", "ARKISTOKUVA", "Kuva arkistosta"],
    illustr=["Kuvituskuva", "Kuvituskuva.", "Kuvapankin kuva"],
    home="Etusivu",
    sub=["Tilaa ja lue rajattomasti", "Tilaa {site} 1 €/kk kolmen kuukauden ajan", "Oletko jo tilaaja? Kirjaudu sisään", "Tue paikallista journalismia – tilaa nyt"],
    newsletter=[["Tilaa uutiskirje", "Päivän tärkeimmät uutiset sähköpostiisi joka aamu.", "Sähköpostiosoite", "Tilaa"],
                ["Uutiskirje", "Tilaa maksuton uutiskirjeemme"],
                ["Aamun uutiset sähköpostiisi", "Tilaa tästä", "Voit perua tilauksen milloin tahansa."]],
    app=["Lataa sovelluksemme", "Lataa {site}-sovellus iOS- ja Android-laitteille", "Lue juttu sovelluksessa"],
    followus=["Seuraa meitä Facebookissa ja Instagramissa", "Seuraa meitä X:ssä", "Liity WhatsApp-kanavallemme"],
    readalso=["Lue myös:", "LUE MYÖS", "Lue lisää:", "Aiheesta lisää:"],
    related=["Aiheeseen liittyvät", "Lue lisää aiheesta", "Samasta aiheesta"],
    ad=["Mainos", "MAINOS", "Kaupallinen yhteistyö", "Mainos päättyy"],
    adcont=["Artikkeli jatkuu mainoksen jälkeen", "Juttu jatkuu mainoksen alla", "Mainos – artikkeli jatkuu alla"],
    cookie=["Käytämme evästeitä parantaaksemme käyttökokemustasi. Jatkamalla sivuston käyttöä hyväksyt evästeiden käytön.",
            "Hyväksy kaikki evästeet", "Muokkaa asetuksia", "Tämä sisältö ei näy, koska et ole hyväksynyt evästeitä."],
    donate=["Tue riippumatonta journalismia", "Pidätkö journalismistamme? Tue meitä lahjoituksella."],
    share=["Jaa artikkeli", "Jaa Facebookissa", "Kopioi linkki", "Jaa sähköpostilla"],
    comments=["Kommentit ({n})", "Kommentoi", "Näytä kommentit"],
    listen=["Kuuntele artikkeli", "Kuuntele artikkeli · {n} min", "Kuuntele päivän podcast"],
)
L["el"] = dict(
    sites=["Νέα Κρήτη", "Κρητικός Τύπος", "Agrotica News"],
    domain="neakriti-news.gr",
    names=["Νίκος Παπαδάκης", "Μαρία Κωνσταντίνου", "Γιώργος Αλεξίου", "Ελένη Δημητρίου", "Κώστας Βλάχος", "Σοφία Μανωλάκη"],
    by=["Γράφει:", "Συντάκτης:", "Από:", "Κείμενο:"],
    and_="και",
    months=["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    wdays=["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
    dates=["{d} {month} {y}", "{d}/{m}/{y}, {hh}:{mi}", "{wd} {d} {month} {y}", "{d}.{m}.{y} | {hh}:{mi}", "{y}-{m2}-{d2}", "{d2}/{m2}/{y} - {hh}:{mi}"],
    rel=["πριν από {n} ώρες", "πριν {n} λεπτά", "Χθες, {hh}:{mi}", "Σήμερα, {hh}:{mi}", "πριν από 1 ημέρα"],
    updated=["Ενημερώθηκε", "Ενημέρωση:", "Τελευταία ενημέρωση:"],
    published=["Δημοσιεύθηκε", "Δημοσίευση:", "Δημοσιεύτηκε στις"],
    read=["Χρόνος ανάγνωσης: {n} λεπτά", "{n}' ανάγνωση", "{n} λεπτά ανάγνωση"],
    agencies=["ΑΠΕ-ΜΠΕ", "Reuters", "AFP"],
    jobs=["Δημοσιογράφος", "Συντάκτης", "Αρχισυντάκτης", "Ανταποκριτής"],
    bio=["{name} — {jobl} στο {site}, γράφει για θέματα περιβάλλοντος και αγροτικής οικονομίας.",
         "{name}: δημοσιογράφος με πολυετή εμπειρία στο αγροτικό ρεπορτάζ.",
         "{name} εργάζεται ως {jobl} στο {site} από το 2015."],
    follow=["Ακολουθήστε τον/την {name} στο X: @{handle}", "Ακολουθήστε τον συντάκτη", "@{handle}"],
    email=["{hdot}@{domain}", "Email: {hdot}@{domain}", "Επικοινωνία: {hdot}@{domain}"],
    about=["Σχετικά με τον συντάκτη", "Ο ΣΥΝΤΑΚΤΗΣ", "Συντάκτης"],
    more=["Περισσότερα άρθρα του συντάκτη", "Όλα τα άρθρα: {name}"],
    posted=["Αναρτήθηκε από {handle}", "Δημοσίευση: {name}, {date}", "Ανάρτηση από {handle}"],
    photo=["Φωτογραφία", "Φωτ.", "Φωτό"],
    photo_ag=["Eurokinissi", "ΑΠΕ-ΜΠΕ", "Intime News", "Shutterstock"],
    gallery_of=["Φωτογραφία {i} από {n}", "{i} από {n}", "{i}/{n}"],
    enlarge=["Κάντε κλικ για μεγέθυνση", "Μεγέθυνση", "Πατήστε για μεγέθυνση"],
    gallery_open=["Δείτε τη φωτογαλερί", "Δείτε όλες τις φωτογραφίες ({n})", "Φωτογαλερί"],
    archive=["Φωτογραφία αρχείου", "Φωτογραφία αρχείου.", "ΑΡΧΕΙΟΥ"],
    illustr=["Ενδεικτική φωτογραφία", "Φωτογραφία: ενδεικτική", "Φωτογραφία από το αρχείο"],
    home="Αρχική",
    sub=["Γίνετε συνδρομητής για απεριόριστη πρόσβαση", "Εγγραφείτε συνδρομητής με 1€ τον μήνα", "Είστε ήδη συνδρομητής; Συνδεθείτε"],
    newsletter=[["Εγγραφείτε στο newsletter μας", "Οι σημαντικότερες ειδήσεις της ημέρας στο email σας.", "Το email σας", "Εγγραφή"],
                ["Newsletter", "Εγγραφείτε δωρεάν"],
                ["Λάβετε τα νέα μας", "Εγγραφή στο newsletter", "Μπορείτε να διαγραφείτε οποιαδήποτε στιγμή."]],
    app=["Κατεβάστε την εφαρμογή μας", "Κατεβάστε την εφαρμογή του {site} για iOS και Android"],
    followus=["Ακολουθήστε μας στο Facebook και στο Instagram", "Ακολουθήστε το {site} στο Google News", "Γίνετε μέλος στο κανάλι μας στο Viber"],
    readalso=["Διαβάστε επίσης:", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "Δείτε ακόμα:", "Διαβάστε ακόμη:"],
    related=["Σχετικά άρθρα", "Σχετικά", "Δείτε επίσης"],
    ad=["Διαφήμιση", "ΔΙΑΦΗΜΙΣΗ", "Χορηγούμενο"],
    adcont=["Το άρθρο συνεχίζεται μετά τη διαφήμιση", "Συνέχεια παρακάτω"],
    cookie=["Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας. Συνεχίζοντας την περιήγηση, αποδέχεστε τη χρήση τους.",
            "Αποδοχή όλων", "Ρυθμίσεις cookies"],
    donate=["Στηρίξτε την ανεξάρτητη δημοσιογραφία", "Στηρίξτε το {site} με μια δωρεά."],
    share=["Μοιραστείτε το άρθρο", "Κοινοποίηση στο Facebook", "Αντιγραφή συνδέσμου"],
    comments=["Σχόλια ({n})", "Γράψτε το σχόλιό σας", "Προβολή σχολίων"],
    listen=["Ακούστε το άρθρο", "Ακούστε το άρθρο · {n} λεπτά"],
)
L["vi"] = dict(
    sites=["Báo Thủ Đô", "Tin Nhanh Hà Nội", "Đô Thị Online"],
    domain="baothudo.vn",
    names=["Nguyễn Thu Hà", "Trần Minh Đức", "Lê Hoàng Anh", "Phạm Thị Lan", "Võ Quốc Bảo", "Đặng Mai Phương"],
    by=["Bởi", "Tác giả:", "Theo", "Bài:", "Phóng viên:"],
    and_="và",
    months=["tháng 1", "tháng 2", "tháng 3", "tháng 4", "tháng 5", "tháng 6", "tháng 7", "tháng 8", "tháng 9", "tháng 10", "tháng 11", "tháng 12"],
    wdays=["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"],
    dates=["ngày {d}/{m}/{y}", "{wd}, {d}/{m}/{y}, {hh}:{mi} (GMT+7)", "{d2}/{m2}/{y} {hh}:{mi}", "{hh}:{mi} {d2}/{m2}/{y}", "{y}-{m2}-{d2}", "{wd}, ngày {d} {month} năm {y}"],
    rel=["{n} giờ trước", "{n} phút trước", "Hôm qua lúc {hh}:{mi}", "Hôm nay, {hh}:{mi}", "1 ngày trước"],
    updated=["Cập nhật", "Cập nhật:", "Cập nhật lúc"],
    published=["Đăng", "Đăng lúc", "Ngày đăng:"],
    read=["{n} phút đọc", "Thời gian đọc: {n} phút", "Đọc trong {n} phút"],
    agencies=["TTXVN", "Theo TTXVN", "Reuters"],
    jobs=["Phóng viên", "Biên tập viên", "Cộng tác viên", "Thư ký tòa soạn"],
    bio=["{name} là {jobl} của {site}, chuyên viết về giao thông và đô thị.",
         "{name} làm báo từ năm 2012, hiện phụ trách mảng thời sự.",
         "{name} là {jobl} tại {site}."],
    follow=["Theo dõi tác giả trên Facebook", "Theo dõi {name}", "Facebook: fb.com/{handle}"],
    email=["{hdot}@{domain}", "Email: {hdot}@{domain}", "Liên hệ: {hdot}@{domain}"],
    about=["Về tác giả", "TÁC GIẢ", "Thông tin tác giả"],
    more=["Các bài viết khác của tác giả", "Xem tất cả bài viết của {name}"],
    posted=["Đăng bởi {handle}", "Người đăng: {name} - {date}", "Đăng bởi {name} vào {date}"],
    photo=["Ảnh", "Ảnh:", "Nguồn ảnh"],
    photo_ag=["TTXVN", "Giang Huy", "Ngọc Thành", "Shutterstock"],
    gallery_of=["Ảnh {i}/{n}", "{i}/{n}", "Ảnh {i} trong {n}"],
    enlarge=["Bấm để phóng to", "Nhấn vào ảnh để xem kích thước lớn", "Phóng to"],
    gallery_open=["Xem thêm ảnh", "Xem toàn bộ {n} ảnh", "Xem album ảnh"],
    archive=["Ảnh tư liệu", "Ảnh tư liệu.", "Ảnh: Tư liệu"],
    illustr=["Ảnh minh họa", "Ảnh minh họa.", "Ảnh mang tính minh họa"],
    home="Trang chủ",
    sub=["Đăng ký để đọc không giới hạn", "Đăng ký gói hội viên chỉ 2.000 đồng/ngày", "Bạn đã là hội viên? Đăng nhập"],
    newsletter=[["Đăng ký nhận bản tin", "Tin tức quan trọng nhất trong ngày gửi đến email của bạn.", "Nhập email của bạn", "Đăng ký"],
                ["Bản tin sáng", "Đăng ký miễn phí"],
                ["Nhận tin mới nhất", "Đăng ký nhận bản tin qua email", "Bạn có thể hủy đăng ký bất cứ lúc nào."]],
    app=["Tải ứng dụng {site} để đọc tin nhanh hơn", "Tải app ngay", "Đọc bài này trên ứng dụng"],
    followus=["Theo dõi chúng tôi trên Facebook và Zalo", "Theo dõi {site} trên Google News", "Tham gia kênh Zalo của chúng tôi"],
    readalso=["Xem thêm:", "Đọc thêm:", "TIN LIÊN QUAN", ">> Xem thêm:"],
    related=["Tin liên quan", "Bài viết liên quan", "Cùng chuyên mục"],
    ad=["Quảng cáo", "QUẢNG CÁO", "Nội dung tài trợ"],
    adcont=["Nội dung tiếp tục bên dưới quảng cáo", "Cuộn xuống để tiếp tục đọc"],
    cookie=["Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với việc sử dụng cookie.",
            "Đồng ý", "Tùy chỉnh cookie"],
    donate=["Ủng hộ báo chí độc lập", "Ủng hộ {site} để chúng tôi tiếp tục phục vụ bạn đọc."],
    share=["Chia sẻ bài viết", "Chia sẻ lên Facebook", "Sao chép liên kết"],
    comments=["Bình luận ({n})", "Gửi bình luận", "Xem bình luận"],
    listen=["Nghe bài viết", "Nghe đọc bài · {n} phút"],
)
L["uk"] = dict(
    sites=["Львівський вісник", "Новини Заходу", "Галицький портал"],
    domain="lvivvisnyk.ua",
    names=["Олена Коваленко", "Андрій Шевчук", "Ірина Бондар", "Тарас Савчук", "Марія Гнатюк", "Дмитро Лисенко"],
    by=["Автор:", "Авторка:", "Текст:", "Автор матеріалу:"],
    and_="та",
    months=["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
    wdays=["понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"],
    dates=["{d} {month} {y}", "{d} {month} {y}, {hh}:{mi}", "{d2}.{m2}.{y}", "{wd}, {d} {month} {y} {hh}:{mi}", "{y}-{m2}-{d2}", "{d2}.{m2}.{y} о {hh}:{mi}"],
    rel=["{n} години тому", "{n} хвилин тому", "Вчора, {hh}:{mi}", "Сьогодні, {hh}:{mi}", "день тому"],
    updated=["Оновлено", "Оновлено:", "Останнє оновлення:"],
    published=["Опубліковано", "Опубліковано:", "Дата публікації:"],
    read=["Час читання: {n} хв", "{n} хв читання", "Читати {n} хв"],
    agencies=["Укрінформ", "УНІАН", "Суспільне"],
    jobs=["Журналістка", "Редактор", "Кореспондент", "Оглядачка"],
    bio=["{name} — {jobl} видання «{site}», пише про культуру та освіту.",
         "{name} працює в редакції з 2019 року.",
         "{name} — журналістка, авторка матеріалів про міське життя Львова."],
    follow=["Стежте за автором у X: @{handle}", "Підписатися на автора", "Facebook автора: fb.com/{handle}"],
    email=["{hdot}@{domain}", "Пошта: {hdot}@{domain}", "Ел. пошта: {hdot}@{domain}"],
    about=["Про автора", "ПРО АВТОРА", "Автор"],
    more=["Більше матеріалів автора", "Усі матеріали: {name}"],
    posted=["Опублікував {handle}", "Додано: {date}, {name}", "Допис від {handle}"],
    photo=["Фото", "Фото:", "Світлина"],
    photo_ag=["Укрінформ", "УНІАН", "Getty Images", "Суспільне"],
    gallery_of=["Фото {i} з {n}", "{i} з {n}", "{i}/{n}"],
    enlarge=["Натисніть, щоб збільшити", "Збільшити", "Відкрити фото"],
    gallery_open=["Дивитися галерею", "Усі фото ({n})", "Фоторепортаж"],
    archive=["Архівне фото", "Фото з архіву", "Архів"],
    illustr=["Ілюстративне фото", "Фото ілюстративне", "Ілюстрація"],
    home="Головна",
    sub=["Оформіть передплату, щоб читати без обмежень", "Підтримайте нас — оформіть підписку", "Вже маєте підписку? Увійдіть"],
    newsletter=[["Підпишіться на нашу розсилку", "Найважливіші новини дня — щоранку на вашу пошту.", "Ваш email", "Підписатися"],
                ["Розсилка", "Підписатися безкоштовно"],
                ["Новини на пошту", "Підписатися на розсилку", "Відписатися можна будь-коли."]],
    app=["Завантажуйте наш додаток", "Завантажте застосунок «{site}» для iOS та Android"],
    followus=["Читайте нас у Telegram", "Слідкуйте за нами у Facebook та Instagram", "Підписуйтесь на наш Telegram-канал"],
    readalso=["Читайте також:", "ЧИТАЙТЕ ТАКОЖ", "Дивіться також:", "Вас може зацікавити:"],
    related=["Схожі матеріали", "Читайте також", "Інші новини"],
    ad=["Реклама", "РЕКЛАМА", "Партнерський матеріал"],
    adcont=["Продовження статті після реклами", "Читайте далі"],
    cookie=["Ми використовуємо файли cookie, щоб покращити вашу роботу із сайтом. Продовжуючи перегляд, ви погоджуєтеся з їх використанням.",
            "Прийняти всі", "Налаштування cookie"],
    donate=["Підтримайте незалежну журналістику", "Підтримати редакцію"],
    share=["Поділитися статтею", "Поділитися у Facebook", "Скопіювати посилання"],
    comments=["Коментарі ({n})", "Залишити коментар", "Показати коментарі"],
    listen=["Слухати статтю", "Слухати статтю · {n} хв"],
)

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------
TRANSLIT = str.maketrans({
    "à": "a", "è": "e", "é": "e", "ì": "i", "ò": "o", "ù": "u", "æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o",
})
GREEK = dict(zip("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώςΐϊϋΰ",
                 ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "t", "y", "f", "ch", "ps", "o",
                  "a", "e", "i", "i", "o", "y", "o", "s", "i", "i", "y", "y"]))
CYR = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ",
               ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
                "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", ""]))


def handle(name):
    import unicodedata
    out = []
    for c in name.lower().replace("ου", "ou").replace("ού", "ou"):
        if c in GREEK:
            out.append(GREEK[c])
        elif c in CYR:
            out.append(CYR[c])
        elif c == "đ":
            out.append("d")
        else:
            d = unicodedata.normalize("NFKD", c.translate(TRANSLIT))
            out.append("".join(x for x in d if x.isascii()))
    parts = "".join(out).split()
    return (parts[0] + "." + parts[-1]) if len(parts) > 1 else "".join(parts)


def caps(s):
    """Upper-case the way sites print it (Greek capitals drop the tonos)."""
    import unicodedata
    u = unicodedata.normalize("NFD", s.upper())
    out = []
    for c in u:
        if c == "\u0301" and out and "\u0370" <= out[-1] <= "\u03ff":
            continue                      # Greek tonos only; Vietnamese keeps its marks
        out.append(c)
    u = "".join(out)
    return unicodedata.normalize("NFC", u)


def pick_date(loc, rng, fmt=None):
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    y = rng.choice([2025, 2026, 2026])
    hh = rng.randint(6, 22)
    mi = rng.randint(0, 59)
    wd = rng.randint(0, 6)
    f = fmt or rng.choice(loc["dates"])
    mon = loc["months"][m - 1]
    return f.format(d=d, m=m, y=y, d2="%02d" % d, m2="%02d" % m, hh="%02d" % hh, mi="%02d" % mi,
                    Month=mon, month=mon, Mon=mon[:3], mon3=mon[:3], wd=loc["wdays"][wd], wd3=loc["wdays"][wd][:3],
                    h12=(hh - 1) % 12 + 1, ap="pm" if hh >= 12 else "am")


def pick_rel(loc, rng):
    return rng.choice(loc["rel"]).format(n=rng.randint(2, 11), hh="%02d" % rng.randint(6, 22), mi="%02d" % rng.randint(0, 59))


def any_date(loc, rng):
    return pick_rel(loc, rng) if rng.random() < 0.3 else pick_date(loc, rng)


def pword(loc, rng):
    return rng.choice(loc["photo"]).rstrip(":")


def fill(t, loc, rng, **kw):
    name = kw.get("name") or rng.choice(loc["names"])
    job = kw.get("job") or rng.choice(loc["jobs"])
    vals = dict(name=name, first=name.split()[0], handle=handle(name).replace(".", ""), hdot=handle(name), domain=loc["domain"],
                site=kw.get("site") or loc["sites"][0], jobl=job.lower(), n=rng.randint(2, 24),
                date=pick_date(loc, rng))
    vals.update({k: v for k, v in kw.items() if k in ("handle",)})
    return t.format(**vals)


# --------------------------------------------------------------------------
# BYLINE
# --------------------------------------------------------------------------
SEPS = [" | ", " · ", " • ", " — ", " / ", " – "]


def byline_top_lines(loc, rng, site):
    """Return list of (line, label) for the author chrome under the headline."""
    names = rng.sample(loc["names"], 3)
    name = names[0]
    by = rng.choice(loc["by"])
    shape = rng.randrange(17)
    if shape == 0:
        return [(f"{by} {name}", "by-plain")]
    if shape == 1:
        if rng.random() < 0.5:
            return [(f"{by} {names[0]} {loc['and_']} {names[1]}", "by-multi")]
        return [(f"{by} {names[0]}, {names[1]} {loc['and_']} {names[2]}", "by-multi")]
    if shape == 2:
        ag = rng.choice(loc["agencies"])
        f = rng.choice(["{by} {name}, {ag}", "{by} {name} ({ag})", "{by} {name} | {ag}", "{name}, {ag}"])
        return [(f.format(by=by, name=name, ag=ag), "by-agency")]
    if shape == 3:
        ag = rng.choice(loc["agencies"])
        f = rng.choice(["{ag}", "({ag})", "{ag} / {site}", "© {ag}"])
        return [(f.format(ag=ag, site=site), "agency-alone")]
    if shape == 4:   # bare name + job + date stacked
        items = [(name, "name-alone"), (rng.choice(loc["jobs"]), "job-line")]
        if rng.random() < 0.8:
            items.append((any_date(loc, rng), "date-line"))
        return items
    if shape == 5:
        return [(name + rng.choice(SEPS) + any_date(loc, rng), "name-sep-date")]
    if shape == 6:
        rt = rng.choice(loc["read"]).format(n=rng.randint(3, 9))
        f = rng.choice(["{name}{s}{rt}", "{name}{s}{rt}{s}{date}", "{by} {name}{s}{rt}"])
        s = rng.choice(SEPS)
        return [(f.format(name=name, s=s, rt=rt, date=pick_date(loc, rng), by=by), "name-sep-read")]
    if shape == 7:
        pw = rng.choice(loc["published"])
        return [(f"{pw} {pick_date(loc, rng)}", "pub-date")]
    if shape == 8:
        uw = rng.choice(loc["updated"])
        return [(f"{uw} {any_date(loc, rng)}", "upd-date")]
    if shape == 9:
        pw, uw = rng.choice(loc["published"]), rng.choice(loc["updated"])
        s = rng.choice([" | ", " · ", ", ", " — "])
        if rng.random() < 0.5:
            return [(f"{pw} {pick_date(loc, rng)}{s}{uw} {any_date(loc, rng)}", "pub-upd")]
        return [(f"{pw} {pick_date(loc, rng)}", "pub-date"), (f"{uw} {any_date(loc, rng)}", "upd-date")]
    if shape == 10:
        items = [(f"{by} {name}", "by-plain")]
        items.append((rng.choice(loc["read"]).format(n=rng.randint(2, 12)), "readtime"))
        return items
    if shape == 11:
        return [(pick_rel(loc, rng), "rel-date")] if rng.random() < 0.5 else [(f"{by} {name}", "by-plain"), (pick_rel(loc, rng), "rel-date")]
    if shape == 12:
        s = rng.choice([" — ", ", ", " | ", " · ", " - "])
        return [(f"{by} {name}{s}{any_date(loc, rng)}", "by-date")]
    if shape == 13:
        return [(caps(f"{by} {name}"), "by-caps")]
    if shape == 14:
        job = rng.choice(loc["jobs"])
        f = rng.choice(["{name}, {job}", "{name} / {job}", "{name} | {job}", "{by} {name}, {job}"])
        items = [(f.format(name=name, job=job, by=by), "name-job")]
        if rng.random() < 0.5:
            items.append((pick_date(loc, rng), "date-line"))
        return items
    if shape == 15:
        f = rng.choice(loc["posted"])
        return [(fill(f, loc, rng, name=name, site=site), "posted-by")]
    # 16: date first, then name line, ISO or numeric date
    return [(pick_date(loc, rng, fmt=rng.choice(loc["dates"][-3:])), "date-line"), (f"{by} {name}", "by-plain")]


def byline_foot_lines(loc, rng, site):
    name = rng.choice(loc["names"])
    job = rng.choice(loc["jobs"])
    items = []
    if rng.random() < 0.6:
        items.append((rng.choice(loc["about"]), "foot-about"))
    if rng.random() < 0.5:
        items.append((name, "foot-name"))
    items.append((fill(rng.choice(loc["bio"]), loc, rng, name=name, job=job, site=site), "foot-bio"))
    r = rng.random()
    if r < 0.45:
        items.append((fill(rng.choice(loc["follow"]), loc, rng, name=name, site=site), "foot-follow"))
    elif r < 0.8:
        items.append((fill(rng.choice(loc["email"]), loc, rng, name=name, site=site), "foot-email"))
    if rng.random() < 0.25:
        items.append((fill(rng.choice(loc["more"]), loc, rng, name=name, site=site), "foot-more"))
    return items[:4]


def gen_byline(art, rng, paras, headline):
    loc = L[art["lang"]]
    site = rng.choice(loc["sites"])
    doc = Doc(headline, paras)
    k = len(paras)
    mode = rng.random()
    if mode < 0.8:
        items = byline_top_lines(loc, rng, site)
        if rng.random() < 0.3:   # a second, different piece of chrome (e.g. date + reading time)
            items += byline_top_lines(loc, rng, site)
        r = rng.random()
        if r < 0.15:
            doc.add("tail", 0, [(x, l + "/glued") for x, l in items])       # glued under the headline
        elif r < 0.25:
            doc.add("head", 1, [(x, l + "/glued") for x, l in items])       # glued above paragraph 1
        elif r < 0.7 or len(items) == 1:
            doc.add("block", 0, items)
        else:
            for it in items:
                doc.add("block", 0, [it])
    if mode > 0.55 or mode < 0.05:
        items = byline_foot_lines(loc, rng, site)
        r = rng.random()
        if r < 0.15:
            doc.add("tail", k, [(x, l + "/glued") for x, l in items])
        elif r < 0.65:
            doc.add("block", k, items)
        else:
            for it in items:
                doc.add("block", k, [it])
    return doc

# --------------------------------------------------------------------------
# CAPTION
# --------------------------------------------------------------------------
def credit(loc, rng):
    ag = rng.choice(loc["photo_ag"])
    nm = rng.choice(loc["names"])
    return rng.choice([f"{nm}/{ag}", ag, nm, f"{nm} / {ag}", f"{ag}/{nm}"])


def caption_group(art, loc, rng, site):
    desc = rng.choice(art["captions"])
    pw = pword(loc, rng)
    cr = credit(loc, rng)
    ag = rng.choice(loc["photo_ag"])
    n = rng.randint(4, 24)
    i = rng.randint(1, n)
    shape = rng.randrange(18)
    if shape == 0:
        return [(desc + ".", "cap-desc"), (f"{pw}: {cr}", "credit-line")]
    if shape == 1:
        return [(desc, "cap-desc-nostop"), (f"{pw}: {cr}", "credit-line")]
    if shape == 2:
        return [(desc + rng.choice([".", ""]), "cap-desc")]
    if shape == 3:
        f = rng.choice(["{d}. {p}: {c}", "{d} {p}: {c}", "{d} | {p}: {c}", "{d}. {P}: {C}", "{d} ({p}: {c})"])
        return [(f.format(d=desc, p=pw, c=cr, P=caps(pw), C=caps(cr)), "cap+credit")]
    if shape == 4:
        f = rng.choice(["{d}. ({a})", "{d} ({a})", "{d}. {a}", "{d} © {a}"])
        return [(f.format(d=desc, a=ag), "cap+credit")]
    if shape == 5:
        return [(f"{pw}: {cr}", "credit-line")]
    if shape == 6:
        return [(rng.choice([f"({ag})", "(Getty Images)", f"({pw}: {cr})"]), "credit-paren")]
    if shape == 7:
        return [(rng.choice([cr, f"© {ag}", f"© {cr}", f"{pw} © {ag}"]), "credit-bare")]
    if shape == 8:
        return [(rng.choice([f"{i} / {n}", f"{i}/{n}", f"{i} / {n}"]), "gallery-count"),
                (f"{desc}. {pw}: {cr}", "cap+credit")]
    if shape == 9:
        return [(rng.choice(loc["gallery_of"]).format(i=i, n=n), "gallery-of"), (desc + rng.choice([".", ""]), "cap-desc")]
    if shape == 10:
        return [(desc + ".", "cap-desc"), (rng.choice(loc["enlarge"]), "click-enlarge")]
    if shape == 11:
        d = rng.choice(["– ", "- ", "— "]) + desc
        return [(d + rng.choice(["", ".", f". {pw}: {cr}", f" ({ag})"]), "cap-dash")]
    if shape == 12:
        return [("▲ " + desc + rng.choice(["", ".", f". {pw}: {cr}", f" {pw}: {cr}"]), "cap-triangle")]
    if shape == 13:
        arch = rng.choice(loc["archive"])
        f = rng.choice(["{d} ({a})", "{a}: {d}", "{d}. {a}", "{a}"])
        items = [(f.format(d=desc, a=arch.rstrip(".")), "cap-archive")]
        if rng.random() < 0.5:
            items.append((f"{pw}: {cr}", "credit-line"))
        return items
    if shape == 14:
        il = rng.choice(loc["illustr"])
        return [(rng.choice([il, f"{pw}: {il.rstrip('.')}", f"{il.rstrip('.')}. {pw}: {ag}"]), "cap-illustr")]
    if shape == 15:
        return [(rng.choice(loc["gallery_open"]).format(n=n), "gallery-open"), (desc, "cap-desc-nostop")]
    if shape == 16:   # credit first, then description
        return [(f"{pw}: {cr}", "credit-line"), (desc + rng.choice([".", ""]), "cap-desc")]
    # 17: description then credit with site name (staff photographer)
    nm = rng.choice(loc["names"])
    return [(desc + ".", "cap-desc"), (rng.choice([f"{pw}: {nm}/{site}", f"{pw}: {nm} ({site})", f"{pw}: {site}"]), "credit-line")]


def gen_caption(art, rng, paras, headline):
    loc = L[art["lang"]]
    site = rng.choice(loc["sites"])
    doc = Doc(headline, paras)
    k = len(paras)
    ngroups = rng.choice([1, 1, 2, 2, 3])
    slots = list(range(0, k))          # after headline (lead image) or after paragraph 1..k-1
    for _ in range(ngroups):
        j = rng.choice(slots)
        items = caption_group(art, loc, rng, site)
        if rng.random() < 0.15:        # two captions in a row
            items = items + caption_group(art, loc, rng, site)
        place(doc, rng, j, items, glue_p=0.25, stack_p=0.75)
    return doc

# --------------------------------------------------------------------------
# DUPHEAD
# --------------------------------------------------------------------------
def dup_variant(h, loc, rng, site, prefix="dup"):
    """One repeated-headline line and its label."""
    shape = rng.randrange(12)
    if shape <= 2:
        return h, prefix + "-exact"
    if shape == 3:
        return caps(h), prefix + "-caps"
    if shape == 4:
        return f"{h} - {site}", prefix + "-site-dash"
    if shape == 5:
        return f"{h} | {site}", prefix + "-site-pipe"
    if shape == 6:
        return h + rng.choice([" – ", " — ", " · ", " :: ", " » "]) + site, prefix + "-site-other"
    if shape == 7:
        return rng.choice([f"{site}: {h}", f"{site} | {h}", f"{site} - {h}"]), prefix + "-site-prefix"
    if shape == 8:
        return h + ".", prefix + "-stop"
    if shape == 9:
        if "“" in h:
            return h.replace("“", rng.choice(['"', "«", "„"])).replace("”", rng.choice(['"', "»", "“"])).replace("’", "'"), prefix + "-quotes"
        if "—" in h:
            return h.replace("—", rng.choice(["-", "–", "--"])), prefix + "-dash"
        if ": " in h:
            return h.replace(": ", rng.choice([" – ", " - ", ", "]), 1), prefix + "-punct"
        if "’" in h:
            return h.replace("’", "'"), prefix + "-quotes"
        return h, prefix + "-exact"
    if shape == 10:
        home = loc["home"]
        sep = rng.choice([" › ", " > ", " / ", " » "])
        return home + sep + art_section_holder[0] + sep + h, prefix + "-breadcrumb"
    if loc is L["en"]:
        small = {"a", "an", "the", "of", "on", "to", "for", "in", "but", "and", "at"}
        w = h.split(" ")
        return " ".join(x if (x in small and i) else x[:1].upper() + x[1:] for i, x in enumerate(w)), prefix + "-titlecase"
    return caps(h), prefix + "-caps"


art_section_holder = [""]


def gen_duphead(art, rng, paras, headline):
    loc = L[art["lang"]]
    site = rng.choice(loc["sites"])
    art_section_holder[0] = art["section"]
    doc = Doc(headline, paras)
    prefix = "dup-short" if headline == art["short"] else "dup"
    line, lab = dup_variant(headline, loc, rng, site, prefix)
    where = rng.random()
    if where < 0.35:                      # right under the headline
        if rng.random() < 0.2:
            doc.add("tail", 0, [(line, lab + "/glued")])
        else:
            doc.add("block", 0, [(line, lab)])
    elif where < 0.5:                     # kicker line above the repeated headline
        sec = art["section"]
        kick = rng.choice([sec, caps(sec), sec + " |", "— " + sec])
        items = [(kick, "kicker"), (line, lab)]
        if rng.random() < 0.6:
            doc.add("block", 0, items)
        else:
            doc.add("block", 0, [items[0]])
            doc.add("block", 0, [items[1]])
    elif where < 0.7:                     # after a byline
        name = rng.choice(loc["names"])
        by = rng.choice(loc["by"])
        ctx = rng.choice([f"{by} {name}", f"{name} | {pick_date(loc, rng)}", pick_date(loc, rng), f"{by} {name} · {pick_rel(loc, rng)}"])
        doc.add("block", 0, [(ctx, "dup-ctx-byline")])
        if rng.random() < 0.3:
            doc.add("head", 1, [(line, lab + "/glued")])
        else:
            doc.add("block", 0, [(line, lab)])
    elif where < 0.85:                    # after the first paragraph
        doc.add("block", 1, [(line, lab + "@p1")])
    else:                                 # twice: title tag + h1-like copy, maybe standfirst order
        line2, lab2 = dup_variant(headline, loc, rng, site, prefix)
        doc.add("block", 0, [(line, lab)])
        j = rng.choice([0, 1])
        doc.add("block", j, [(line2, lab2 + ("@p1" if j else ""))])
    return doc

# --------------------------------------------------------------------------
# PROMO
# --------------------------------------------------------------------------
def all_teasers(lang):
    out = []
    for a in ARTICLES:
        if a["lang"] == lang:
            out += a["teasers"]
    return out


def promo_box(kind, art, loc, rng, site):
    """A promo box of 1-4 lines: list of (line, label)."""
    F = lambda t: fill(t, loc, rng, site=site)
    teas = all_teasers(art["lang"])
    if kind == "sub":
        items = [(F(rng.choice(loc["sub"])), "promo-sub")]
        if rng.random() < 0.3:
            items.append((F(loc["sub"][2 if len(loc["sub"]) > 2 else 0]), "promo-sub"))
        return items
    if kind == "newsletter":
        box = rng.choice(loc["newsletter"])
        return [(F(x), "promo-newsletter") for x in box]
    if kind == "app":
        return [(F(rng.choice(loc["app"])), "promo-app")]
    if kind == "followus":
        return [(F(rng.choice(loc["followus"])), "promo-follow")]
    if kind == "readalso":
        lab = rng.choice(loc["readalso"])
        t = rng.choice(teas)
        if rng.random() < 0.3:
            return [(lab.rstrip(":"), "promo-readalso"), (t, "promo-readalso")]
        if lab.endswith(":"):
            return [(f"{lab} {t}", "promo-readalso")]
        return [(rng.choice([f"{lab}: {t}", f"{lab} | {t}", f"{lab} - {t}", f"{lab} » {t}"]), "promo-readalso")]
    if kind == "related":
        return [(rng.choice(loc["related"]), "promo-related")] + [(t, "promo-related") for t in rng.sample(teas, 2)]
    if kind == "ad":
        return [(rng.choice(loc["ad"]), "promo-ad")]
    if kind == "adcont":
        items = [(rng.choice(loc["adcont"]), "promo-adcont")]
        if rng.random() < 0.4:
            items.insert(0, (loc["ad"][0], "promo-ad"))
        return items
    if kind == "cookie":
        n = rng.choice([1, 1, 2, 3])
        return [(x, "promo-cookie") for x in loc["cookie"][:n]] if n > 1 else [(rng.choice(loc["cookie"]), "promo-cookie")]
    if kind == "donate":
        return [(F(rng.choice(loc["donate"])), "promo-donate")]
    if kind == "share":
        n = rng.randint(1, 3)
        return [(x, "promo-share") for x in rng.sample(loc["share"], n)]
    if kind == "comments":
        return [(rng.choice(loc["comments"]).format(n=rng.randint(0, 140)), "promo-comments")]
    if kind == "listen":
        return [(rng.choice(loc["listen"]).format(n=rng.randint(2, 9)), "promo-listen")]
    # "mixed": subscribe + app in one box
    return [(F(rng.choice(loc["sub"])), "promo-mixed"), (F(rng.choice(loc["app"])), "promo-mixed")]


PROMO_KINDS = ["sub", "newsletter", "app", "followus", "readalso", "related", "ad", "adcont", "cookie",
               "donate", "share", "comments", "listen", "mixed"]


def gen_promo(art, rng, paras, headline):
    loc = L[art["lang"]]
    site = rng.choice(loc["sites"])
    doc = Doc(headline, paras)
    k = len(paras)
    nboxes = rng.choice([1, 1, 1, 2])
    kinds = rng.sample(PROMO_KINDS, nboxes)
    for kind in kinds:
        copies = rng.randint(2, 7)
        slots = list(range(0, k + 1))                     # after headline, after each paragraph
        if copies <= len(slots):
            where = sorted(rng.sample(slots, copies))
        else:
            where = sorted(slots + [rng.choice(slots) for _ in range(copies - len(slots))])
        identical = rng.random() < 0.55
        box = promo_box(kind, art, loc, rng, site)
        for j in where:
            items = box if identical else promo_box(kind, art, loc, rng, site)
            place(doc, rng, j, items, glue_p=0.2, stack_p=0.85)
    return doc


GEN = {"byline": gen_byline, "caption": gen_caption, "duphead": gen_duphead, "promo": gen_promo}
KINDS = ["byline", "caption", "duphead", "promo"]

# --------------------------------------------------------------------------
# Build the set
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


if __name__ == "__main__":
    sys.exit(harness.main(sys.modules[__name__], "noise_sixth", 6))
