"""Blind held-out noise set "twelfth" for rinse: 12 invented articles (Irish regional paper, Canadian broadcaster, South African news site, Singapore daily, tech review site, university alumni news, es-MX, it-CH, Norwegian, Turkish, Greek, Vietnamese).

Written without looking at rinse's sources, tests or the other noise sets: the
noise is worded the way such sites print their chrome (bylines and date
stamps, photo captions and credits, repeated headlines, promo and ad blocks).
Everything (outlets, people, places, agencies) is invented. See
noise_blind_harness.py for how the 400 texts of a seed are built and scored.

    python3 benches/noise_blind_twelfth.py --selftest
    python3 benches/noise_blind_twelfth.py --seed 12 --rinse target/release/rinse
"""
import datetime
import os
import sys
import unicodedata

sys.path.insert(0, "/work/main/benches"); sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import noise_blind_harness as harness  # noqa: E402

LANGS = ["en", "es", "it", "no", "tr", "el", "vi"]
KINDS = ["byline", "caption", "duphead", "promo"]

# ---------------------------------------------------------------------------
# articles
# ---------------------------------------------------------------------------

ARTICLES = [
    dict(
        id="ie-greenway", lang="en", style="ie",
        headline="Carrigmore greenway extension gets green light after three-year wait",
        short="Greenway approved",
        alt="Council approves €4.2m Carrigmore greenway extension",
        paras=[
            "Councillors in Carrigmore have approved a 9km extension of the Owenree Greenway, ending a planning process that began in the spring of 2021.",
            "The €4.2 million project will link the existing trail at Dromkeen Bridge with the old railway station on the edge of the town, passing through land owned by eleven farming families.",
            "Speaking after Monday's meeting, Cllr Aoife Brennan said the vote was \"a good day for the town and a better day for the people who kept asking when it would happen\".",
            "Not everyone was convinced. Two landowners at Ballinlough lodged objections over access to grazing land, and a revised route now skirts their holdings along the river bank.",
            "The council's senior engineer, Ciarán Mulqueen, told members that construction could start in September if the tender process runs to schedule.",
            "Local businesses have welcomed the decision. \"We see walkers and cyclists every weekend already,\" said café owner Niamh Furlong. \"Another nine kilometres means more of them stopping here.\"",
            "Funding will come from the Department of Rural Affairs, with the council contributing 15 per cent from its own capital budget.",
            "A public information evening will be held in the Carrigmore Community Hall on Thursday, March 21st, at 7.30pm.",
        ],
        caps=[
            "Walkers on the existing section of the Owenree Greenway near Dromkeen Bridge",
            "The old railway station on the edge of Carrigmore",
            "Cllr Aoife Brennan at Monday's meeting of the municipal district",
            "Cyclists stop for coffee on the Carrigmore road",
        ],
        recaps=[
            (2, "Cllr Aoife Brennan: 'a good day for the town'"),
            (5, "Café owner Niamh Furlong expects more visitors to stop in the town"),
        ],
    ),
    dict(
        id="ca-iceroad", lang="en", style="ca",
        headline="Kestrel Lake ice road closes early as warm spell softens crossings",
        short="Ice road",
        alt="Warm weather forces early closure of Kestrel Lake winter road",
        paras=[
            "The winter road linking Kestrel Lake First Nation to the highway network closed on Tuesday, nearly three weeks earlier than planned, after temperatures climbed above zero for five days in a row.",
            "Chief Marlene Okemaw said the community had only managed to bring in about half of the fuel and building materials it needs for the coming year.",
            "\"We had 40 loads of gravel booked for the new school, and 18 of them made it across,\" Okemaw said in an interview. \"The rest will have to come by air, and that changes everything about the budget.\"",
            "The 212-kilometre road is built each winter across muskeg and frozen lakes and normally stays open until mid-March.",
            "Provincial transportation officials said crews measured ice thickness of less than 50 centimetres at two lake crossings, below the minimum needed for loaded trucks.",
            "Truck driver Gordon Fiddler, who has hauled freight on the road for 16 years, said the season was the shortest he could remember.",
            "The province says it is reviewing a request for emergency funding to cover air freight costs, and a decision is expected by the end of the month.",
            "Residents plan to meet with provincial officials in Pellier Falls next week.",
        ],
        caps=[
            "Trucks line up at the start of the Kestrel Lake winter road",
            "A crew member drills a test hole at a lake crossing",
            "Chief Marlene Okemaw in the band office",
            "Gravel bound for the new school sits at a staging yard",
        ],
        recaps=[
            (1, "Only about half of the year's fuel and building materials made it in before the road closed"),
            (5, "Gordon Fiddler has hauled freight on the winter road for 16 years"),
        ],
    ),
    dict(
        id="za-water", lang="en", style="za",
        headline="Umvoti Bay residents march over 19-day water outage",
        short="Water protest",
        alt="Umvoti Bay water crisis: Kwanele residents take to the streets",
        paras=[
            "Hundreds of residents from Kwanele and surrounding sections marched to the Umvoti Bay municipal offices on Wednesday, demanding answers after taps in the area ran dry for 19 days.",
            "The march, which started at the Kwanele sports ground shortly after 9am, was largely peaceful, although police used a stun grenade to disperse a small group near the taxi rank.",
            "Community leader Sipho Ngcobo handed over a memorandum to the municipal manager, giving the municipality seven days to restore supply.",
            "\"We are buying water at R30 for 25 litres. Pensioners cannot afford that,\" Ngcobo told the crowd.",
            "Municipal spokesperson Lindiwe Mahlaba said a burst bulk pipeline and a faulty pump at the Mhlonga reservoir were to blame.",
            "She said water tankers had been deployed to 14 points across the affected wards and that repairs were expected to be completed by the weekend.",
            "Residents disputed this, saying tankers arrived irregularly and often ran empty before everyone in the queue had been served.",
            "The provincial department of human settlements and water said it was monitoring the situation.",
        ],
        caps=[
            "Residents march along the main road to the municipal offices",
            "Community leader Sipho Ngcobo addresses the crowd",
            "Residents queue at a water tanker in Kwanele",
            "Empty containers lined up outside a house in Kwanele",
        ],
        recaps=[
            (3, "Residents say they are paying R30 for 25 litres of water"),
            (6, "Residents say tankers often run empty before everyone is served"),
        ],
    ),
    dict(
        id="sg-hawker", lang="en", style="sg",
        headline="Kallang Heights hawker centre to close for 10 months of upgrading works",
        short="Hawkers relocate",
        alt="Kallang Heights Food Centre stallholders to move to temporary site during revamp",
        paras=[
            "The 38-year-old Kallang Heights Food Centre will close from July 1 for a major upgrade, with its 64 stallholders moving to a temporary site at a nearby carpark.",
            "Works include a new ventilation system, replacement of the roof and the addition of a centralised dishwashing area, said the National Environment Board in a statement on Monday.",
            "The temporary market at Block 52 Kallang Heights Avenue will have seating for about 400 diners, compared with 620 at the existing centre.",
            "Madam Tan Siew Ling, 67, who has sold fishball noodles at the centre since 1991, said she was worried that regular customers would not follow her.",
            "\"Some of my customers are old, they walk here every morning. The new place is further, got a slope,\" she said in Mandarin.",
            "Stallholders will pay no rent during the first three months at the temporary site, and rental will be pegged at current rates after that, the board said.",
            "MP for Kallang Heights Derek Lim said he had asked for shuttle services to be considered for elderly residents during the closure period.",
            "The upgraded centre is expected to reopen in the second quarter of next year.",
        ],
        caps=[
            "Diners at Kallang Heights Food Centre during the lunchtime crowd",
            "Madam Tan Siew Ling at her fishball noodle stall",
            "The carpark at Block 52 that will house the temporary market",
            "An artist's impression of the upgraded food centre",
        ],
        recaps=[
            (3, "Madam Tan Siew Ling, 67, has sold fishball noodles at the centre since 1991"),
            (2, "The temporary site will seat about 400 diners"),
        ],
    ),
    dict(
        id="tech-laptop", lang="en", style="tech",
        headline="Veloria Arclight Pro 14 review: a quiet laptop with a loud price",
        short="Arclight review",
        alt="Veloria Arclight Pro 14 review",
        paras=[
            "The Arclight Pro 14 is the first laptop from Veloria to use its own cooling design, and it shows: under a full day of work, I never heard the fans rise above a soft hum.",
            "At $1,899 for the base model with 16GB of memory and a 512GB drive, though, it costs more than most rivals with similar specifications.",
            "The 14.2-inch display runs at 120Hz and reached 612 nits of brightness in our tests, which makes it comfortable to use near a window on a sunny afternoon.",
            "Battery life is the standout. In our standard video rundown test, the Arclight lasted 17 hours and 40 minutes, about three hours longer than last year's model.",
            "The keyboard is shallow but precise, and the glass trackpad is among the best I have used on a Windows machine.",
            "Port selection is limited to two USB-C sockets and a headphone jack, so anyone who relies on an HDMI cable or SD card will need a dongle.",
            "Performance in our export test was solid rather than spectacular, finishing a 4K video in 6 minutes 12 seconds.",
            "If you can live with the price and the ports, this is one of the most pleasant laptops to use every day.",
        ],
        caps=[
            "The Arclight Pro 14 with its lid open on a desk",
            "The 14.2-inch 120Hz display",
            "Two USB-C ports and a headphone jack on the left side",
            "The glass trackpad and shallow keyboard",
        ],
        recaps=[
            (3, "Battery life: 17 hours 40 minutes in our video test"),
            (5, "Only two USB-C ports, so bring a dongle"),
        ],
    ),
    dict(
        id="uni-alumna", lang="en", style="uni",
        headline="Alumna opens marine research station on the island where she grew up",
        short="Island lab",
        alt="From Wexmoor to Skerrow: alumna's marine station opens its doors",
        paras=[
            "When Dr Isla Ferguson graduated from Wexmoor with a degree in marine biology in 2009, she told her classmates she would one day bring a laboratory home to Skerrow Island.",
            "Fifteen years later, the Skerrow Marine Station has opened in a converted fish store on the island's harbour, with two full-time scientists and room for six visiting students.",
            "The station will study kelp forests and seabird colonies along the island's western cliffs, where water temperatures have risen by almost a degree since the 1990s.",
            "\"Growing up, I spent every summer in rock pools,\" Ferguson said. \"I wanted young people here to know that science is something you can do on your own doorstep.\"",
            "The project was funded through a mix of grants, a community share offer and donations from more than 300 islanders and former residents.",
            "Ferguson credits Professor Alan Whitcombe, who supervised her undergraduate dissertation, with encouraging her to pursue fieldwork rather than a laboratory career.",
            "Current Wexmoor students in the School of Ocean Sciences will be able to spend a term at the station from next autumn as part of a new exchange agreement.",
            "Whitcombe, now retired, attended the opening and described it as \"the best thing a former student has ever sent me an invitation to\".",
        ],
        caps=[
            "Dr Isla Ferguson outside the Skerrow Marine Station",
            "The converted fish store on Skerrow harbour",
            "Students collect samples in a rock pool on the western shore",
            "Professor Alan Whitcombe and Dr Isla Ferguson at the opening",
        ],
        recaps=[
            (0, "Dr Isla Ferguson graduated from Wexmoor in 2009"),
            (3, "Dr Isla Ferguson grew up exploring the rock pools of Skerrow"),
        ],
    ),
    dict(
        id="mx-mercado", lang="es", style="mx",
        headline="Vecinos de San Jerónimo de las Flores exigen reabrir el mercado municipal",
        short="Mercado cerrado",
        alt="Locatarios y vecinos piden la reapertura del mercado de San Jerónimo",
        paras=[
            "Decenas de vecinos y locatarios se manifestaron este martes frente al palacio municipal de San Jerónimo de las Flores para exigir la reapertura del mercado Benito Arriaga, cerrado desde hace cuatro meses.",
            "El inmueble fue clausurado en noviembre por Protección Civil luego de que un peritaje detectara daños en la estructura del techo tras las lluvias de septiembre.",
            "\"Llevamos 120 días vendiendo en la banqueta, con sol y sin baños. Ya no aguantamos\", dijo Rosalba Cisneros, quien vende verduras en el mercado desde hace 27 años.",
            "Según la asociación de locatarios, 86 de los 140 puestos se instalaron de manera provisional en la calle Hidalgo, mientras que el resto dejó de trabajar.",
            "El director de Obras Públicas, Ernesto Villaseñor, aseguró que la licitación para la rehabilitación se publicará en la primera semana de abril.",
            "La obra tendría un costo aproximado de 18.5 millones de pesos, de los cuales el gobierno estatal aportaría la mitad.",
            "Los manifestantes pidieron que se les entregue por escrito un calendario de trabajos y que se les permita regresar por etapas.",
            "El cabildo acordó recibir a una comisión de locatarios el próximo lunes a las 10:00 horas.",
        ],
        caps=[
            "Locatarios protestan frente al palacio municipal",
            "Puestos instalados de manera provisional sobre la calle Hidalgo",
            "Rosalba Cisneros en su puesto de verduras",
            "Daños en el techo del mercado Benito Arriaga",
        ],
        recaps=[
            (1, "El mercado fue clausurado por Protección Civil en noviembre"),
            (3, "Locatarios venden en la calle Hidalgo mientras el mercado permanece cerrado"),
        ],
    ),
    dict(
        id="ch-funicolare", lang="it", style="ch",
        headline="Sorenzo, la funicolare del Monte Verzone riparte dopo due anni di lavori",
        short="Funicolare riaperta",
        alt="Riapre la funicolare Sorenzo–Monte Verzone",
        paras=[
            "Dopo oltre due anni di cantiere, la funicolare che collega Sorenzo alla vetta del Monte Verzone tornerà in servizio sabato 12 aprile.",
            "L'intervento, costato 14,6 milioni di franchi, ha permesso di sostituire le due vetture, il sistema di trazione e buona parte dei binari posati nel 1958.",
            "«Abbiamo mantenuto il tracciato originale, ma tutto il resto è nuovo», ha spiegato il direttore della società, Mattia Bernasconi, durante la visita riservata alla stampa.",
            "Le nuove vetture possono trasportare 64 persone ciascuna e sono accessibili anche alle sedie a rotelle, un aspetto richiesto a lungo dalle associazioni della regione.",
            "Il Cantone ha contribuito con 5 milioni, mentre il Comune di Sorenzo ha stanziato 2,3 milioni; il resto è stato coperto da un prestito bancario e da una raccolta fondi.",
            "Per il fine settimana d'apertura le corse saranno gratuite per i residenti del comune, che dovranno presentare un documento d'identità alla cassa.",
            "La sindaca Chiara Pedrazzini ha parlato di «una giornata che il paese aspettava da tempo» e ha ringraziato gli operai che hanno lavorato anche durante l'inverno.",
            "Gli orari estivi, con partenze ogni 20 minuti, entreranno in vigore a partire dal 1° giugno.",
        ],
        caps=[
            "Una delle nuove vetture durante le corse di prova",
            "La stazione a valle di Sorenzo",
            "La vista dalla vetta del Monte Verzone",
            "Il direttore Mattia Bernasconi con la sindaca Chiara Pedrazzini",
        ],
        recaps=[
            (1, "Sostituite le vetture e buona parte dei binari del 1958"),
            (3, "Le nuove vetture sono accessibili alle sedie a rotelle"),
        ],
    ),
    dict(
        id="no-ferje", lang="no", style="no",
        headline="Kvitvik-ferja får flere avganger fra sommeren",
        short="Flere avganger",
        alt="Flere ferjeavganger mellom Kvitvik og Storøya fra juni",
        paras=[
            "Fra 15. juni får ferjesambandet mellom Kvitvik og Storøya fire nye avganger i døgnet, etter at fylkeskommunen har godkjent en ny kontrakt med rederiet.",
            "Den siste ferja fra Kvitvik vil da gå klokka 23.40 i stedet for 21.15, noe mange pendlere og ungdommer har etterlyst i flere år.",
            "– Dette betyr at folk kan ta kveldsvakter på sykehjemmet uten å måtte overnatte på fastlandet, sier ordfører Kjersti Hovland (Sp).",
            "Sambandet fraktet rundt 310 000 passasjerer og 128 000 kjøretøy i fjor, en økning på nesten 9 prosent fra året før.",
            "Den nye kontrakten gjelder i ti år og forutsetter at det tas i bruk en elektrisk ferje fra 2027.",
            "Billettprisene blir ikke endret, men det innføres rabatt for faste reisende som kjøper månedskort.",
            "Næringsforeningen på Storøya mener likevel at morgenavgangene er for få. – Vi har bedrifter som trenger varelevering før klokka sju, sier daglig leder Torbjørn Aasland.",
            "Fylkeskommunen skal evaluere ruteplanen etter det første året.",
        ],
        caps=[
            "Ferja legger til kai i Kvitvik",
            "FORNØYD: Ordfører Kjersti Hovland (Sp) mener de nye avgangene betyr mye for pendlerne",
            "Pendlere venter på morgenferja til Storøya",
            "Daglig leder Torbjørn Aasland i Næringsforeningen på Storøya",
        ],
        recaps=[
            (1, "Siste ferje fra Kvitvik går klokka 23.40 fra sommeren"),
            (4, "Fra 2027 skal sambandet trafikkeres av en elektrisk ferje"),
        ],
    ),
    dict(
        id="tr-zeytin", lang="tr", style="tr",
        headline="Karaçam'da zeytin hasadı erken başladı, kooperatif rekor bekliyor",
        short="Zeytin hasadı",
        alt="Karaçam Zeytin Üreticileri Kooperatifi'nden rekor rekolte beklentisi",
        paras=[
            "Karaçam ilçesinde zeytin hasadı bu yıl her zamankinden yaklaşık iki hafta erken başladı.",
            "Karaçam Zeytin Üreticileri Kooperatifi Başkanı Hüseyin Yaman, bu sezon 4 bin 200 ton zeytin işlemeyi beklediklerini söyledi.",
            "\"Yaz boyunca yağışlar iyi geçti, ağaçlar dolu. Sıkıntımız işçi bulmak\" diyen Yaman, günlük yevmiyelerin 1.100 liraya çıktığını belirtti.",
            "Kooperatifin 640 ortağı bulunuyor ve ürünün büyük kısmı sofralık zeytin olarak iç piyasaya satılıyor.",
            "Bu yıl ilk kez Almanya ve Hollanda'ya sızma zeytinyağı ihracatı yapılması planlanıyor.",
            "Hasat için köylere gelen mevsimlik tarım işçileri, belediyenin kurduğu çadır kentte konaklıyor.",
            "İlçe Tarım ve Orman Müdürü Selin Akbulut, üreticilere ilaçlama ve hasat zamanlaması konusunda ücretsiz danışmanlık verildiğini hatırlattı.",
            "Kooperatif, hasadın kasım ayının sonuna kadar süreceğini öngörüyor.",
        ],
        caps=[
            "Karaçam'da zeytin hasadı sürüyor",
            "Kooperatif Başkanı Hüseyin Yaman",
            "Mevsimlik tarım işçileri için kurulan çadır kent",
            "Kooperatifin zeytinyağı fabrikasında sıkım başladı",
        ],
        recaps=[
            (1, "Kooperatif bu sezon 4 bin 200 ton zeytin işlemeyi bekliyor"),
            (5, "Mevsimlik tarım işçileri çadır kentte konaklıyor"),
        ],
    ),
    dict(
        id="gr-afalatosi", lang="el", style="gr",
        headline="Λεπτινός: σε λειτουργία η νέα μονάδα αφαλάτωσης πριν από το καλοκαίρι",
        short="Αφαλάτωση",
        alt="Νέα μονάδα αφαλάτωσης στον Λεπτινό",
        paras=[
            "Σε λειτουργία τέθηκε τη Δευτέρα η νέα μονάδα αφαλάτωσης στο νησί του Λεπτινού, λίγες εβδομάδες πριν από την έναρξη της τουριστικής περιόδου.",
            "Η μονάδα μπορεί να παράγει έως 1.800 κυβικά μέτρα πόσιμου νερού την ημέρα, σχεδόν διπλάσια ποσότητα από την παλαιά εγκατάσταση.",
            "«Για πρώτη φορά εδώ και χρόνια δεν θα χρειαστεί να φέρουμε νερό με υδροφόρα πλοία», δήλωσε ο δήμαρχος Λεπτινού, Νικόλαος Σταματάκης.",
            "Το έργο κόστισε 3,4 εκατ. ευρώ και χρηματοδοτήθηκε κατά 80% από ευρωπαϊκούς πόρους.",
            "Το περασμένο καλοκαίρι, σε αρκετές περιοχές του νησιού σημειώθηκαν διακοπές υδροδότησης που διήρκεσαν έως και τρεις ημέρες.",
            "Η μονάδα λειτουργεί εν μέρει με ενέργεια από φωτοβολταϊκό πάρκο που εγκαταστάθηκε στον λόφο πάνω από το λιμάνι.",
            "Κάτοικοι και επαγγελματίες του τουρισμού χαιρέτισαν το έργο, ζητώντας ωστόσο να αντικατασταθεί και το παλαιό δίκτυο ύδρευσης του οικισμού Κάτω Ριζά.",
            "Σύμφωνα με τον δήμο, η μελέτη για το νέο δίκτυο αναμένεται να ολοκληρωθεί έως το φθινόπωρο.",
        ],
        caps=[
            "Η νέα μονάδα αφαλάτωσης στο λιμάνι του Λεπτινού",
            "Ο δήμαρχος Λεπτινού, Νικόλαος Σταματάκης, στα εγκαίνια",
            "Το φωτοβολταϊκό πάρκο πάνω από το λιμάνι",
            "Υδροφόρο πλοίο στο λιμάνι του νησιού το περασμένο καλοκαίρι",
        ],
        recaps=[
            (1, "Η μονάδα παράγει έως 1.800 κυβικά μέτρα νερού την ημέρα"),
            (4, "Διακοπές υδροδότησης έως και τρεις ημέρες σημειώθηκαν πέρυσι"),
        ],
    ),
    dict(
        id="vn-thanhlong", lang="vi", style="vn",
        headline="Nông dân xã Long Vĩnh Đông xuất khẩu lô thanh long đầu tiên sang Nhật Bản",
        short="Thanh long",
        alt="Lô thanh long đầu tiên của Long Vĩnh Đông sang Nhật",
        paras=[
            "Sáng 14/3, Hợp tác xã Thanh long Long Vĩnh Đông đã xuất khẩu lô hàng 18 tấn thanh long ruột đỏ đầu tiên sang thị trường Nhật Bản.",
            "Để đạt tiêu chuẩn xuất khẩu, 42 hộ thành viên của hợp tác xã đã áp dụng quy trình canh tác theo tiêu chuẩn GlobalGAP trong gần hai năm.",
            "\"Trước đây thương lái mua tại vườn chỉ 8.000 đồng một ký, giờ giá hợp đồng là 23.000 đồng\", ông Trần Văn Lợi, giám đốc hợp tác xã, cho biết.",
            "Toàn bộ trái thanh long được xử lý bằng hơi nước nóng tại nhà máy trong khu công nghiệp của tỉnh trước khi đóng thùng và vận chuyển bằng container lạnh.",
            "Theo kế hoạch, hợp tác xã sẽ xuất khẩu thêm khoảng 200 tấn trong năm nay nếu lô hàng đầu tiên được đối tác đánh giá đạt yêu cầu.",
            "Bà Nguyễn Thị Hạnh, một thành viên của hợp tác xã, cho biết gia đình bà đã phải đầu tư hệ thống tưới nhỏ giọt và đèn chiếu sáng với chi phí hơn 150 triệu đồng.",
            "Lãnh đạo UBND xã cho biết địa phương sẽ hỗ trợ nông dân vay vốn ưu đãi để mở rộng diện tích canh tác theo tiêu chuẩn.",
            "Hiện toàn xã có khoảng 560 ha thanh long, trong đó hơn 100 ha đã được cấp mã số vùng trồng.",
        ],
        caps=[
            "Nông dân thu hoạch thanh long tại xã Long Vĩnh Đông",
            "Lô thanh long đầu tiên được đóng thùng trước khi xuất khẩu",
            "Ông Trần Văn Lợi, giám đốc hợp tác xã",
            "Vườn thanh long sử dụng đèn chiếu sáng vào ban đêm",
        ],
        recaps=[
            (2, "Giá thanh long theo hợp đồng xuất khẩu đạt 23.000 đồng/kg"),
            (5, "Gia đình bà Hạnh đầu tư hơn 150 triệu đồng cho hệ thống tưới và đèn"),
        ],
    ),
]

# ---------------------------------------------------------------------------
# locale pieces (month / weekday names, counters, image UI words)
# ---------------------------------------------------------------------------

LOC = {
    "en": dict(
        mon=["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"],
        mon3=["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        wd=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        wd3=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        gallery=["{n} / {total}", "{n} of {total}", "Image {n} of {total}"],
        alt=["Image: {cap}", "Image: {cap}."],
        ui=["Enlarge this image", "View gallery", "Expand", "Open image in new tab"],
    ),
    "es": dict(
        mon=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"],
        mon3=["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
        wd=["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        wd3=["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
        gallery=["{n} de {total}", "{n} / {total}", "Foto {n} de {total}"],
        alt=["Imagen: {cap}", "Imagen ilustrativa: {cap}"],
        ui=["Ampliar imagen", "Ver galería", "Ver fotogalería completa"],
    ),
    "it": dict(
        mon=["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"],
        mon3=["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
        wd=["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        wd3=["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
        gallery=["{n} di {total}", "{n} / {total}", "Foto {n} di {total}"],
        alt=["Immagine: {cap}", "Immagine di {cap}"],
        ui=["Ingrandisci", "Galleria fotografica", "Guarda la gallery", "Apri la fotogalleria"],
    ),
    "no": dict(
        mon=["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
             "september", "oktober", "november", "desember"],
        mon3=["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
        wd=["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
        wd3=["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."],
        gallery=["{n} av {total}", "{n} / {total}", "Bilde {n} av {total}"],
        alt=["Bilde: {cap}", "Bildet viser: {cap}"],
        ui=["Se alle bildene", "Vis bildet i fullskjerm", "Forstørr bildet"],
    ),
    "tr": dict(
        mon=["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
             "Eylül", "Ekim", "Kasım", "Aralık"],
        mon3=["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"],
        wd=["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
        wd3=["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"],
        gallery=["{n}/{total}", "{n} / {total}", "Fotoğraf {n}/{total}"],
        alt=["Görsel: {cap}", "Fotoğraf: {cap}"],
        ui=["Fotoğrafı büyüt", "Galeriyi görüntüle", "Tüm fotoğraflar için tıklayın"],
    ),
    "el": dict(
        mon=["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
             "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
        mon3=["Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ"],
        wd=["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
        wd3=["Δευ", "Τρι", "Τετ", "Πεμ", "Παρ", "Σαβ", "Κυρ"],
        gallery=["{n} από {total}", "{n} / {total}", "Φωτογραφία {n} από {total}"],
        alt=["Εικόνα: {cap}", "Φωτογραφία: {cap}"],
        ui=["Μεγέθυνση", "Δείτε όλες τις φωτογραφίες", "Δείτε τη φωτογαλερί"],
    ),
    "vi": dict(
        mon=["tháng %d" % i for i in range(1, 13)],
        mon3=["%d" % i for i in range(1, 13)],
        wd=["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"],
        wd3=["T2", "T3", "T4", "T5", "T6", "T7", "CN"],
        gallery=["Ảnh {n}/{total}", "{n}/{total}", "{n} / {total}"],
        alt=["Hình ảnh: {cap}", "Ảnh: {cap}"],
        ui=["Phóng to", "Xem thêm ảnh", "Xem toàn bộ ảnh"],
    ),
}

# ---------------------------------------------------------------------------
# site styles: byline / caption / promo templates, each (tag, template);
# a template may hold several lines ("\n"), each one noise line.
# ---------------------------------------------------------------------------

STYLES = {}

STYLES["ie"] = dict(
    outlet="The Carrigmore Courier", short="Courier", domain="carrigmorecourier.ie",
    names=["Declan Roche", "Aisling Kehoe", "Brian Coyle", "Sinéad Lally", "Pádraig Noonan",
           "Orla Tierney", "Fergal Doody", "Máire Culhane", "Eoin Kinsella", "Gráinne Hession"],
    roles=["Reporter", "Senior Reporter", "News Editor", "Agricultural Correspondent", "Community Reporter"],
    tz=["IST", "GMT"],
    by_top=[
        ("name", "{name}"),
        ("by-name", "By {name}"),
        ("name-outlet", "{name} | {outlet}"),
        ("name-role", "{name}\n{role}"),
        ("date-at", "{wd3} {day} {mon3} {year} at {hh}:{mm}"),
        ("name-date", "{name}\n{wd3} {day} {mon3} {year} at {hh}:{mm}"),
        ("today", "Today at {hh}:{mm}"),
        ("date-dash", "{wd3}, {day} {mon3}, {year} - {hh}:{mm}"),
        ("updated", "Updated {day}/{mnum}/{year} | {hh2}:{mm2}"),
        ("readtime", "{mins} min read"),
        ("email", "{email}"),
    ],
    by_foot=[
        ("bio", "{name} is a reporter with {outlet}, covering Carrigmore and the north of the county."),
        ("additional", "Additional reporting by {name2}"),
        ("follow", "Follow {first} on X @{handle}"),
        ("contact", "Contact {first}: {email}"),
    ],
    cap=[
        ("picture", "{cap}. Picture: {photog}"),
        ("pic-paren", "{cap} (Pic: {photog})"),
        ("photo-outlet", "{cap}. Photo: {photog}/{short}"),
        ("below", "{cap}\nPicture: {photog}"),
        ("pic-agency", "{cap}. Picture: {photog}/Westfold Photo"),
    ],
    cap_solo=[("credit-only", "Picture: {photog}"), ("credit-only", "Photo: {photog}/{short}")],
    kickers=["News", "Local News", "Carrigmore", "Planning"],
    rel=["Carrigmore Tidy Towns group celebrates bronze medal",
         "Plans lodged for 40 homes on Church Road site",
         "Tributes paid to former publican Tom Harrington",
         "Council to review parking charges in town centre"],
    promo=[
        ("newsletter", "Sign up for the Courier's free weekly newsletter and get the biggest local stories in your inbox every Friday."),
        ("app", "Download the Carrigmore Courier app for breaking news, sport and death notices from across the county."),
        ("related", "Read More\n{rel}\n{rel2}"),
        ("paywall", "Subscribe for €1 for the first three months\nAlready a subscriber? Sign in"),
        ("podcast", "Listen: The Parish Pump podcast, with {name}, is available on Spotify and Apple Podcasts"),
        ("follow", "Follow the Courier on Facebook, Instagram and X for all the latest news."),
        ("tips", "Have you a story for us? Email newsdesk@carrigmorecourier.ie or WhatsApp 085 010 2233."),
        ("donate", "Support local journalism: become a Courier member from €5 a month."),
        ("event", "Carrigmore Agricultural Show {year} – tickets on sale now at the Courier office"),
    ],
    promo_rep=[
        ("ad", "Advertisement"),
        ("read-more-inline", "READ MORE: {rel}"),
        ("ad-more", "Advertisement\nRead More"),
    ],
)

STYLES["ca"] = dict(
    outlet="NLN News", short="NLN", domain="nlnnews.ca",
    names=["Jenna Morrison", "Raymond Keeshig", "Priya Sandhu", "Luc Thibodeau", "Kelsey Ahenakew",
           "Marc-André Gagnon", "Tessa Lindqvist", "Owen Mackenzie", "Danielle Beardy", "Harpreet Gill"],
    roles=["Reporter", "Video journalist", "Associate producer", "Senior reporter, NLN North"],
    tz=["CST", "CDT", "ET"],
    by_top=[
        ("name-outlet-dot", "{name} · {outlet}"),
        ("name-outlet-dot-posted", "{name} · {outlet} · Posted: {mon3} {day}, {year} {h12}:{mm} {ampm} {tz}"),
        ("posted-updated", "Posted: {mon3} {day}, {year} {h12}:{mm} {ampm} {tz} | Last Updated: {ago} hours ago"),
        ("posted", "Posted: {mon3} {day}, {year} {h12}:{mm} {ampm} {tz}"),
        ("name-role", "{name}\n{role}"),
        ("listen", "Listen to this article\nEstimated {mins} minutes"),
        ("audio-note", "The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence."),
        ("name-agency", "{name} · The Northern Press"),
        ("published-updated", "Published {mon} {day}, {year} {h12}:{mm} {ampm}\nUpdated {ago} hours ago"),
    ],
    by_foot=[
        ("files", "With files from {name2} and The Northern Press"),
        ("files-short", "With files from The Northern Press"),
        ("bio", "{name} is a reporter with NLN North based in Redstone. Reach {first} at {email}."),
        ("about", "About the Author\n{name}"),
    ],
    cap=[
        ("paren-outlet", "{cap}. ({photog}/NLN)"),
        ("submitted", "{cap}. (Submitted by {photog})"),
        ("agency", "{cap}. ({photog}/The Northern Press)"),
        ("photo-paren", "{cap} (Photo: {photog})"),
        ("below", "{cap}\n({photog}/NLN News)"),
    ],
    cap_solo=[("credit-only", "({photog}/NLN News)"), ("credit-only", "(Submitted)")],
    kickers=["NLN North", "News", "Indigenous", "Northern Affairs"],
    rel=["Northern airline adds second weekly flight to Kestrel Lake",
         "Province extends fuel subsidy for fly-in communities",
         "Students at Redstone school win national science prize",
         "Warm winter leaves snowmobile trails bare across the north"],
    promo=[
        ("newsletter", "Get the latest northern news delivered to your inbox. Sign up for the NLN North newsletter."),
        ("watch", "WATCH | Crews test ice thickness at a lake crossing on the Kestrel Lake road:"),
        ("related", "Related Stories\n{rel}\n{rel2}\n{rel3}"),
        ("app", "Download the NLN News app for breaking news alerts and live coverage."),
        ("follow", "Follow NLN North on Facebook and Instagram."),
        ("tips", "Do you have a story we should be covering? Email us at north@nlnnews.ca"),
        ("podcast", "Listen to Up North with {name} weekdays at 6 a.m., or subscribe to the podcast."),
        ("footer-links", "Corrections and clarifications | Submit a news tip | Report error"),
    ],
    promo_rep=[
        ("ad", "Story continues below advertisement"),
        ("ad-upper", "ADVERTISEMENT"),
        ("ad-pair", "Advertisement\nStory continues below advertisement"),
    ],
)

STYLES["za"] = dict(
    outlet="The Lowveld Wire", short="Wire", domain="lowveldwire.co.za",
    names=["Nokuthula Zwane", "Thabo Mokoena", "Lerato Sithole", "Pieter van Wyk", "Ayanda Mthembu",
           "Zainab Ebrahim", "Kagiso Molefe", "Chantelle Adams", "Bongani Khumalo", "Riaan Botha"],
    roles=["News reporter", "Journalist", "Senior journalist", "Community reporter"],
    tz=["SAST"],
    by_top=[
        ("name", "{name}"),
        ("name-outlet-date", "{name}\n{outlet}\n{day} {mon3} {year}"),
        ("by-published", "By {name}\nPublished {mon3} {day}, {year}"),
        ("name-role-date", "{name}\n{role}\n{day} {mon} {year} - {hh}:{mm}"),
        ("staff", "Staff Reporter"),
        ("two-names", "{name} and {name2}"),
        ("date-pipe", "{day} {mon} {year} | {hh}:{mm}"),
        ("readtime", "{mins} min read"),
        ("updated", "Updated {day} {mon} {year} at {hh2}:{mm2}"),
    ],
    by_foot=[
        ("agency", "Southern Wire Service (SWS)"),
        ("reporting-editing", "Reporting by {name}; Editing by {name2}"),
        ("bio", "{name} is a community journalist covering the Umvoti Bay area."),
        ("follow", "Follow {first} on X: @{handle}"),
    ],
    cap=[
        ("supplied", "{cap}. Picture: Supplied"),
        ("image-agency", "{cap}. Image: {photog}/Ubuntu Images"),
        ("photo-paren", "{cap}. (Photo: {photog})"),
        ("file", "{cap}. File picture"),
        ("below", "{cap}\nImage: {photog}/{outlet}"),
    ],
    cap_solo=[("credit-only", "Image: {photog}/Ubuntu Images"), ("credit-only", "Photo: Supplied")],
    kickers=["News", "Local", "Service Delivery", "Umvoti Bay"],
    rel=["Load-shedding schedule for Umvoti Bay this week",
         "Taxi fares set to rise from next month",
         "Kwanele clinic gets new ambulance after long wait",
         "Umvoti Bay council passes budget amid protests"],
    promo=[
        ("newsletter", "Get the biggest daily stories by email. Subscribe to The Lowveld Wire's free newsletter."),
        ("whatsapp", "Join our WhatsApp channel for breaking news from your area."),
        ("read", "READ | {rel}"),
        ("also-read", "ALSO READ: {rel}"),
        ("paywall", "Subscribe to Wire Premium from R75 p/m. Cancel any time.\nAlready a subscriber? Sign in"),
        ("tips", "Do you have a news tip? Send it to news@lowveldwire.co.za or WhatsApp 071 555 0192."),
        ("follow", "Follow us on Facebook, X and TikTok."),
        ("event", "WIN: Two tickets to the Umvoti Bay Jazz Festival – enter here"),
        ("related", "Related Articles\n{rel}\n{rel2}"),
    ],
    promo_rep=[
        ("ad", "Advertisement"),
        ("continue", "Continue reading below"),
        ("ad-continue", "Advertisement\nContinue reading below"),
    ],
)

STYLES["sg"] = dict(
    outlet="The Island Times", short="IT", domain="islandtimes.sg",
    names=["Lim Kai Wen", "Nur Ashikin Rahman", "Joyce Teo", "Rajesh Pillai", "Chua Mei Xin",
           "Ang Wei Jie", "Shabana Begum", "Toh Yong Chuan", "Ong Hui Min", "Benjamin Seah"],
    roles=["Correspondent", "Senior Correspondent", "Housing Correspondent", "Assistant News Editor"],
    tz=["SGT"],
    by_top=[
        ("published", "Published {mon3} {day}, {year}, {hh12}:{mm} {ampm}"),
        ("updated-published", "Updated {mon3} {day}, {year}, {hh12b}:{mm2} {ampmb}\nPublished {mon3} {day}, {year}, {hh12}:{mm} {ampm}"),
        ("name-role", "{name}\n{role}"),
        ("name", "{name}"),
        ("by-name", "By {name}"),
        ("two-names", "{name} and {name2}"),
        ("name-role-pipe", "{name} | {role}"),
    ],
    by_foot=[
        ("bio", "{name} is a correspondent at The Island Times, covering housing and community issues."),
        ("source", "Source: The Island Times © Island Press Holdings Ltd. Permission required for reproduction."),
        ("additional", "Additional reporting by {name2}"),
    ],
    cap=[
        ("it-photo", "{cap}. IT PHOTO: {PHOTOG}"),
        ("courtesy", "{cap}. PHOTO: COURTESY OF NATIONAL ENVIRONMENT BOARD"),
        ("file", "{cap}. IT FILE PHOTO"),
        ("below", "{cap}\nIT PHOTO: {PHOTOG}"),
        ("screengrab", "{cap}. PHOTO: SCREENGRAB FROM FACEBOOK"),
    ],
    cap_solo=[("credit-only", "IT PHOTO: {PHOTOG}"), ("credit-only", "IT FILE PHOTO")],
    kickers=["Singapore", "Housing", "Community", "Food"],
    rel=["More hawker centres to get centralised dishwashing by 2026",
         "Kallang Heights residents to get new park connector",
         "Food prices at hawker centres up 6% in a year",
         "Seniors in Kallang Heights to get free health screening"],
    promo=[
        ("telegram", "Join IT's Telegram channel and get the latest breaking news delivered to you."),
        ("more-on-topic", "MORE ON THIS TOPIC\n{rel}\n{rel2}"),
        ("newsletter", "Sign up for The Island Times' free newsletters."),
        ("app", "Download The Island Times app for the latest news, on iOS and Android."),
        ("paywall", "Subscribe to unlock all premium articles\nLog in to continue reading"),
        ("podcast", "Listen to Hawker Talk, our food podcast, on Spotify and Apple Podcasts."),
        ("read-next", "Read next: {rel}"),
        ("whatsapp", "Follow The Island Times on WhatsApp for our top stories."),
    ],
    promo_rep=[
        ("ad", "ADVERTISEMENT"),
        ("more-on-topic", "MORE ON THIS TOPIC\n{rel}"),
    ],
)

STYLES["tech"] = dict(
    outlet="Gadgetlane", short="Gadgetlane", domain="gadgetlane.com",
    names=["Sam Ortiz", "Maya Kessler", "Jordan Whitfield", "Priyanka Rao", "Tom Brannigan",
           "Elena Vasquez", "Chris Okafor", "Hannah Lindgren", "Dev Malhotra", "Ruth Abernathy"],
    roles=["Senior Reviews Editor", "Computing Editor", "Staff Writer", "Contributor"],
    tz=["ET", "PT"],
    by_top=[
        ("by-published", "By {name} published {day} {mon} {year}"),
        ("name-role", "{name}\n{role}"),
        ("updated-tz", "Updated {mon} {day}, {year}, {h12}:{mm} {ampm} {tz}"),
        ("name-readtime", "{name} · {mins} min read"),
        ("reviewed", "Reviewed by {name}"),
        ("tested-factchecked", "Tested by {name}\nFact-checked by {name2}"),
        ("contributions", "Contributions from {name2}"),
        ("last-updated", "Last updated: {mon3} {day}, {year}"),
        ("comments", "{n} Comments"),
    ],
    by_foot=[
        ("bio", "{name} has been reviewing laptops, phones and wearables for {yrs} years. When not testing gadgets, {first} can usually be found on a bike somewhere muddy."),
        ("follow", "Follow {first} on Mastodon at @{handle}@techhub.social"),
        ("social", "{name} on X: @{handle}"),
    ],
    cap=[
        ("image-credit", "{cap} (Image credit: Gadgetlane)"),
        ("photo-by", "{cap}. Photo by {photog} / Gadgetlane"),
        ("dot", "{cap} · Photo: {photog}"),
        ("brand", "{cap} (Image credit: Veloria)"),
        ("future-style", "{cap}\n(Image credit: {photog} / Gadgetlane)"),
    ],
    cap_solo=[("credit-only", "(Image credit: Gadgetlane)"), ("credit-only", "Image: Veloria")],
    kickers=["Reviews", "Laptops", "Review", "Computing"],
    rel=["The best laptops for students, tested and ranked",
         "Veloria Arclight 13 review: small, light and surprisingly fast",
         "Best USB-C hubs: tried and tested",
         "How we test laptops"],
    promo=[
        ("affiliate", "Gadgetlane is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission."),
        ("deals", "Today's best Veloria Arclight Pro 14 deals\n$1,899 at Gridbuy\n$1,949 at Shopmart\nView Deal"),
        ("newsletter", "Get the best tech deals, reviews and advice in your inbox. Sign up for the Gadgetlane newsletter."),
        ("related", "Related: {rel}"),
        ("more-from", "More from Gadgetlane\n{rel}\n{rel2}\n{rel3}"),
        ("follow", "Follow Gadgetlane on Google News to get our expert reviews in your feeds."),
        ("podcast", "Listen to The Spec Sheet, the Gadgetlane podcast, wherever you get your podcasts."),
        ("check-price", "Check price at Gridbuy"),
    ],
    promo_rep=[
        ("view-deal", "View Deal"),
        ("ad", "Advertisement"),
        ("deal-line", "Veloria Arclight Pro 14: was $1,999 now $1,899 at Gridbuy"),
    ],
)

STYLES["uni"] = dict(
    outlet="Wexmoor University", short="Wexmoor", domain="wexmoor.ac.uk",
    names=["Fiona MacRae", "James Holloway", "Catriona Bell", "Amir Haddad", "Rebecca Stroud",
           "Callum Dunbar", "Eilidh Munro", "Tobias Grant", "Harriet Osei", "Niall Buchanan"],
    roles=["Communications Officer", "Alumni Engagement Manager", "Digital Content Editor"],
    tz=["GMT"],
    by_top=[
        ("posted", "Posted on {day} {mon} {year}"),
        ("date-section", "{day} {mon} {year} · Alumni news"),
        ("by-office", "By {name}, Alumni Relations Office"),
        ("words-photos", "Words: {name} | Photography: {photog}"),
        ("published", "Published: {day} {mon} {year}"),
        ("last-updated", "Last updated: {dd}/{mnum}/{year}"),
        ("author-role", "Author: {name}\n{role}"),
        ("name", "{name}"),
    ],
    by_foot=[
        ("bio", "{name} is a communications officer in the Office of Development and Alumni Relations."),
        ("written-by", "Written by {name} (BA {classyear})"),
        ("media", "Media enquiries: {email}"),
    ],
    cap=[
        ("courtesy", "{cap}. Photo courtesy of {photog}"),
        ("credit", "{cap} (Credit: {photog})"),
        ("image-credit", "{cap}. Image credit: {photog}"),
        ("below", "{cap}\nPhoto: {photog}"),
    ],
    cap_solo=[("credit-only", "Photo: {photog}"), ("credit-only", "Image: Wexmoor University")],
    kickers=["Alumni news", "Alumni stories", "News and events"],
    rel=["Wexmoor researchers awarded £2m for coastal erosion study",
         "Class of 1999 reunion raises funds for new bursary",
         "Alumni Award winners announced",
         "Meet the student running a seaweed start-up"],
    promo=[
        ("update-details", "Stay connected: update your details with the Alumni Office."),
        ("donate", "Support the next generation of Wexmoor students. Make a gift today."),
        ("related", "Related news\n{rel}\n{rel2}"),
        ("linkedin", "Join the Wexmoor Alumni group on LinkedIn."),
        ("event", "Alumni Weekend {year}: book your place now"),
        ("newsletter", "Subscribe to Wexmoor Connect, our monthly alumni e-newsletter."),
        ("back", "Back to all news"),
    ],
    promo_rep=[
        ("share", "Share this page\nFacebook\nX\nLinkedIn\nEmail"),
        ("share-story", "Share this story"),
    ],
)

STYLES["mx"] = dict(
    outlet="El Vigía de las Flores", short="El Vigía", domain="elvigia.mx",
    names=["Rosa María Tapia", "Juan Carlos Ledesma", "Itzel Pacheco", "Alejandro Ibarra",
           "Guadalupe Estrada", "Óscar Zamudio", "Mariana Bustos", "Rogelio Cárdenas",
           "Xóchitl Mendoza", "Fernanda Salcido"],
    roles=["Corresponsal", "Sección Local", "Coordinación de Información"],
    tz=["CST"],
    by_top=[
        ("por", "Por {name}"),
        ("name-outlet", "{name} | {outlet}"),
        ("fecha-larga", "{wd} {day} de {mon} de {year}"),
        ("fecha-hora", "{dd}/{mnum}/{year} {hh}:{mm} hrs"),
        ("actualizado", "Actualizado: {day} de {mon} de {year}, {hh2}:{mm2}"),
        ("redaccion", "Redacción {outlet}"),
        ("name-role", "{name}\n{role}"),
        ("lectura", "Tiempo de lectura: {mins} min"),
        ("escrito", "Escrito por: {name}"),
        ("publicado", "Publicado el {day} de {mon} de {year} a las {hh}:{mm} hrs"),
        ("ciudad-fecha", "San Jerónimo de las Flores / {dd}.{mnum}.{year} {hh}:{mm}:00"),
    ],
    by_foot=[
        ("con-info", "Con información de {name2}"),
        ("sigue", "Sigue a {first} en X: @{handle}"),
        ("texto-fotos", "Texto: {name} | Fotos: {photog}"),
        ("edicion", "Edición: {name2}"),
        ("bio", "{name} es periodista de la sección Local de {outlet}."),
    ],
    cap=[
        ("foto", "{cap}. Foto: {photog}"),
        ("especial", "{cap} | Foto: Especial"),
        ("foto-upper", "{cap}. FOTO: {PHOTOG} / EL VIGÍA"),
        ("cortesia", "{cap} (Foto: Cortesía)"),
        ("archivo", "{cap}. Foto: Archivo"),
        ("below", "{cap}\nFoto: {photog}"),
    ],
    cap_solo=[("credit-only", "Foto: Especial"), ("credit-only", "FOTO: {PHOTOG}")],
    kickers=["Local", "Estado", "Municipios", "San Jerónimo"],
    rel=["Suspenden servicio de agua en 12 colonias por reparación",
         "Inauguran nuevo centro de salud en la colonia El Mirador",
         "Alcalde presenta plan de bacheo para la temporada de lluvias",
         "Detienen a tres por robo a comercios del centro"],
    promo=[
        ("newsletter", "Suscríbete a nuestro boletín y recibe las noticias más importantes del día en tu correo."),
        ("follow", "Síguenos en Facebook, X, Instagram y TikTok."),
        ("interesar", "Te puede interesar:\n{rel}\n{rel2}"),
        ("lee-tambien", "LEE TAMBIÉN: {rel}"),
        ("app", "Descarga la app de El Vigía en Google Play y App Store."),
        ("whatsapp", "Únete al canal de WhatsApp de El Vigía y recibe las noticias más relevantes."),
        ("podcast", "Escucha nuestro podcast Café con El Vigía en Spotify."),
        ("paywall", "Para seguir leyendo, suscríbete por solo $49 al mes\n¿Ya tienes cuenta? Inicia sesión"),
    ],
    promo_rep=[
        ("publicidad", "Publicidad"),
        ("publicidad-upper", "PUBLICIDAD"),
        ("lee-tambien", "LEE TAMBIÉN: {rel}"),
    ],
)

STYLES["ch"] = dict(
    outlet="Giornale delle Valli", short="GdV", domain="gdv.ch",
    names=["Luca Pellandini", "Giulia Fontana", "Sara Cattaneo", "Davide Guscetti", "Elena Rusconi",
           "Marco Ghirlanda", "Francesca Lepori", "Nicola Induni", "Simona Balli", "Andrea Poretti"],
    roles=["Redazione", "Redazione online", "Redazione regionale"],
    tz=["CET"],
    by_top=[
        ("di", "di {name}"),
        ("name-role", "{name}\n{role}"),
        ("data-punti", "{dd}.{mnum}.{year}, {hh}:{mm}"),
        ("aggiornato", "Aggiornato il {dd}.{mnum}.{year} - {hh2}:{mm2}"),
        ("pubblicato-aggiornato", "Pubblicato: {dd}.{mnum}.{year} {hh}:{mm}\nAggiornato: {dd}.{mnum}.{year} {hh2}:{mm2}"),
        ("data-lunga", "{wd} {day} {mon} {year}"),
        ("lettura", "Tempo di lettura: {mins}'"),
        ("redazione", "Redazione online"),
        ("name-outlet", "{name} / {outlet}"),
        ("agency", "(ati)"),
    ],
    by_foot=[
        ("collaborato", "Ha collaborato {name2}"),
        ("riproduzione", "© Riproduzione riservata"),
        ("bio", "{name} è giornalista della redazione regionale del {outlet}."),
        ("fonte", "Fonte: Agenzia Telegrafica Italofona (ati)"),
    ],
    cap=[
        ("foto-agency", "{cap} (Foto Valfoto)"),
        ("copy", "{cap} © {photog}"),
        ("foto", "{cap}. Foto: {photog}"),
        ("archivio", "{cap} (Foto d'archivio)"),
        ("dash-outlet", "{cap} - ©GdV"),
        ("below", "{cap}\n© {photog}"),
    ],
    cap_solo=[("credit-only", "Foto d'archivio"), ("credit-only", "© {photog}")],
    kickers=["Regione", "Cronaca", "Trasporti", "Sorenzo"],
    rel=["Chiusa per frana la strada cantonale tra Sorenzo e Pravello",
         "Nuovo asilo nido a Pravello, apertura in settembre",
         "Il Comune approva il preventivo 2025",
         "Estate, tornano i concerti in piazza"],
    promo=[
        ("newsletter", "Iscriviti alla newsletter e ricevi ogni mattina le notizie della regione."),
        ("leggi-anche", "Leggi anche\n{rel}"),
        ("correlati", "Articoli correlati\n{rel}\n{rel2}"),
        ("abbonati", "Abbonati ora: il primo mese a 1 franco\nSei già abbonato? Accedi"),
        ("app", "Scarica l'app del Giornale delle Valli per ricevere le notifiche delle ultime notizie."),
        ("follow", "Seguici su Facebook e Instagram"),
        ("sostieni", "Sostieni il giornalismo locale: abbonati al Giornale delle Valli."),
        ("podcast", "Ascolta «Valli in voce», il podcast della redazione, su Spotify."),
    ],
    promo_rep=[
        ("pubblicita", "Pubblicità"),
        ("adv", "ADV"),
        ("leggi-anche", "LEGGI ANCHE: {rel}"),
    ],
)

STYLES["no"] = dict(
    outlet="Kvitvikposten", short="Kvitvikposten", domain="kvitvikposten.no",
    names=["Kari Nes", "Ola Berg", "Ingrid Solbakken", "Eirik Haugland", "Marte Lien",
           "Sindre Vatne", "Hanne Brekke", "Jon Arne Tveit", "Silje Myklebust", "Håkon Rønning"],
    roles=["Journalist", "Nyhetsjournalist", "Fotojournalist", "Nyhetsredaktør"],
    tz=["CET"],
    by_top=[
        ("name-role", "{name}\n{role}"),
        ("publisert", "Publisert {dd}.{mnum}.{year} {hh}:{mm}"),
        ("publisert-oppdatert", "Publisert {dd}.{mnum}.{year} {hh}:{mm}\nOppdatert {dd}.{mnum}.{year} {hh2}:{mm2}"),
        ("publisert-lang", "Publisert: {day}. {mon} {year} kl. {hh}.{mm}"),
        ("two-names", "{name} og {name2}"),
        ("tekst-foto", "Tekst: {name} Foto: {photog}"),
        ("email", "{email}"),
        ("lesetid", "Lesetid: {mins} min"),
        ("name", "{name}"),
    ],
    by_foot=[
        ("agency", "(©NPN)"),
        ("bio", "{name} er journalist i {outlet} og dekker samferdsel og politikk."),
        ("tekst-foto", "Tekst og foto: {name}"),
    ],
    cap=[
        ("foto", "{cap}. Foto: {photog}"),
        ("foto-upper", "{cap}. FOTO: {PHOTOG}"),
        ("privat", "{cap}. Foto: Privat"),
        ("arkiv", "{cap}. Arkivfoto: {photog} / NPN"),
        ("foto-outlet", "{cap}. Foto: {photog} / {outlet}"),
        ("no-dot", "{cap} Foto: {photog}"),
    ],
    cap_solo=[("credit-only", "Foto: {photog}"), ("illustrasjon", "Illustrasjonsfoto: NPN")],
    kickers=["Nyheter", "Samferdsel", "Lokalt", "Storøya"],
    rel=["Ny barnehage åpner på Storøya i august",
         "Fylket kutter i bussrutene i nord",
         "Kvitvik IL rykket opp etter dramatisk finale",
         "Bompengene på fylkesvei 812 øker fra nyttår"],
    promo=[
        ("les-ogsa", "LES OGSÅ: {rel}"),
        ("les-ogsa-list", "Les også\n{rel}\n{rel2}"),
        ("abonnent", "Bli abonnent i dag – første måned for 1 krone\nAllerede abonnent? Logg inn"),
        ("paywall", "Denne artikkelen er forbeholdt abonnenter."),
        ("app", "Last ned Kvitvikposten-appen og få varsel om siste nytt."),
        ("nyhetsbrev", "Få de viktigste lokale nyhetene rett i innboksen. Meld deg på nyhetsbrevet vårt."),
        ("tips", "Tips oss! Send SMS til 2440 eller e-post til tips@kvitvikposten.no"),
        ("follow", "Følg Kvitvikposten på Facebook og Instagram"),
    ],
    promo_rep=[
        ("annonse", "Annonse"),
        ("annonse-upper", "ANNONSE"),
        ("les-ogsa", "LES OGSÅ: {rel}"),
    ],
)

STYLES["tr"] = dict(
    outlet="Karaçam Postası", short="Karaçam Postası", domain="karacampostasi.com.tr",
    names=["Ahmet Yıldırım", "Elif Karaca", "Murat Özdemir", "Zeynep Aydın", "Emre Koç",
           "Derya Şahin", "Burak Aslan", "Gizem Kurt", "Oğuz Tekin", "Seda Arslan"],
    roles=["Muhabir", "Editör", "Haber Müdürü"],
    tz=["TSİ"],
    by_top=[
        ("haber", "Haber: {name}"),
        ("muhabir", "Muhabir: {name}"),
        ("name-city", "{name} - Karaçam"),
        ("yayinlanma-guncelleme", "Yayınlanma: {dd}.{mnum}.{year} {hh}:{mm}\nGüncelleme: {dd}.{mnum}.{year} {hh2}:{mm2}"),
        ("tarih-uzun", "{day} {mon} {year} {wd} {hh}:{mm}"),
        ("haber-merkezi", "Haber Merkezi"),
        ("okuma", "Okunma süresi: {mins} dk"),
        ("name-outlet", "{name} | {outlet}"),
        ("name-agency", "{name} / BHA"),
        ("name-role", "{name}\n{role}"),
    ],
    by_foot=[
        ("kaynak", "Kaynak: BHA"),
        ("editor", "Editör: {name2}"),
        ("bio", "{name}, {outlet} muhabiri olarak yerel ekonomi ve tarım haberlerini takip ediyor."),
        ("haber-foto", "Haber - Foto: {name}"),
    ],
    cap=[
        ("fotograf", "{cap} (Fotoğraf: {photog})"),
        ("foto-agency", "{cap} | Foto: BHA"),
        ("belediye", "{cap} (Foto: Karaçam Belediyesi)"),
        ("arsiv", "{cap}. Fotoğraf: Arşiv"),
        ("below", "{cap}\nFotoğraf: {photog}"),
    ],
    cap_solo=[("credit-only", "Fotoğraf: BHA"), ("temsili", "Temsili fotoğraf")],
    kickers=["Gündem", "Ekonomi", "Yerel Haberler", "Tarım"],
    rel=["Karaçam'da sulama kanalı çalışmaları tamamlandı",
         "Zeytinyağı fiyatları yeni sezonda ne olacak?",
         "Belediyeden çiftçilere ücretsiz fide desteği",
         "Karaçam'da pazar yeri yenileniyor"],
    promo=[
        ("ilginizi", "İlginizi Çekebilir\n{rel}\n{rel2}"),
        ("ilgili", "İlgili Haberler\n{rel}"),
        ("whatsapp", "Karaçam Postası WhatsApp kanalına katılmak için tıklayın"),
        ("google-news", "Son dakika haberleri için Karaçam Postası'nı Google News üzerinden takip edin."),
        ("app", "Karaçam Postası mobil uygulamasını App Store ve Google Play'den ücretsiz indirin."),
        ("bulten", "E-bültenimize abone olun, günün öne çıkan haberleri e-postanıza gelsin."),
        ("follow", "Bizi Facebook, X ve Instagram'da takip edin"),
        ("yorum", "Yorum yapabilmek için giriş yapmalısınız."),
    ],
    promo_rep=[
        ("reklam", "Reklam"),
        ("haberin-devami", "Haberin Devamı"),
        ("ilginizi", "İlginizi Çekebilir: {rel}"),
    ],
)

STYLES["gr"] = dict(
    outlet="Νησιώτικη Ματιά", short="Νησιώτικη Ματιά", domain="nisiotikimatia.gr",
    names=["Μαρία Κωνσταντίνου", "Γιώργος Παπαδάκης", "Ελένη Αντωνίου", "Δημήτρης Μαυρίδης",
           "Κατερίνα Λαμπράκη", "Νίκος Ζαχαρίου", "Σοφία Δημητρίου", "Στέλιος Βλαχάκης",
           "Άννα Γεωργίου", "Παναγιώτης Ρήγας"],
    roles=["Δημοσιογράφος", "Αρχισυντάκτης", "Ανταποκριτής"],
    tz=["EET"],
    by_top=[
        ("grafei", "Γράφει: {name}"),
        ("syntaktis", "Συντάκτης: {name}"),
        ("date-pipe", "{dd}.{mnum}.{year} | {hh}:{mm}"),
        ("dimosieusi-enimerosi", "Δημοσίευση: {dd}/{mnum}/{year}, {hh}:{mm}\nΕνημέρωση: {dd}/{mnum}/{year}, {hh2}:{mm2}"),
        ("date-long", "{wd}, {day} {mon} {year} {hh}:{mm}"),
        ("newsroom", "Newsroom"),
        ("epimeleia", "Επιμέλεια: {name}"),
        ("xronos", "Χρόνος ανάγνωσης: {mins}'"),
        ("name-outlet", "{name} | {outlet}"),
        ("newsroom-date", "Newsroom | {dd}.{mnum}.{year}, {hh}:{mm}"),
    ],
    by_foot=[
        ("pigi", "Πηγή: ΕΝΠ"),
        ("bio", "{name} – δημοσιογράφος, {outlet}"),
        ("epimeleia", "Επιμέλεια: {name2}"),
    ],
    cap=[
        ("fwt", "{cap} (Φωτ.: {photog})"),
        ("fwtografia", "{cap} | Φωτογραφία: {photog}/ΕΝΠ"),
        ("copy", "{cap}. © {photog}"),
        ("arxeiou", "{cap} (φωτογραφία αρχείου)"),
        ("below", "{cap}\nΦωτ.: {photog}"),
    ],
    cap_solo=[("credit-only", "Φωτογραφία αρχείου"), ("credit-only", "Φωτ.: ΕΝΠ")],
    kickers=["Επικαιρότητα", "Κοινωνία", "Νησιά", "Λεπτινός"],
    rel=["Νέα δρομολόγια πλοίων για τον Λεπτινό το καλοκαίρι",
         "Ξεκινούν τα έργα στο λιμάνι του νησιού",
         "Ρεκόρ αφίξεων τουριστών τον Ιούνιο",
         "Σε δημόσια διαβούλευση το νέο σχέδιο ύδρευσης"],
    promo=[
        ("diavaste", "Διαβάστε επίσης:\n{rel}\n{rel2}"),
        ("diavaste-inline", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: {rel}"),
        ("google-news", "Ακολουθήστε τη Νησιώτικη Ματιά στο Google News και μάθετε πρώτοι όλες τις ειδήσεις"),
        ("newsletter", "Εγγραφείτε στο newsletter μας για να λαμβάνετε τα σημαντικότερα νέα της ημέρας."),
        ("app", "Κατεβάστε την εφαρμογή μας για iOS και Android."),
        ("follow", "Ακολουθήστε μας στο Facebook και στο Instagram"),
        ("sxetika", "Σχετικά άρθρα\n{rel}\n{rel2}"),
    ],
    promo_rep=[
        ("diafimisi", "Διαφήμιση"),
        ("diafimisi-upper", "ΔΙΑΦΗΜΙΣΗ"),
        ("diavaste-inline", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: {rel}"),
    ],
)

STYLES["vn"] = dict(
    outlet="Báo Đồng Bằng", short="Báo Đồng Bằng", domain="baodongbang.vn",
    names=["Nguyễn Thanh Tùng", "Trần Thị Mai", "Lê Hoàng Nam", "Phạm Ngọc Ánh", "Võ Minh Khoa",
           "Huỳnh Thị Thu", "Đặng Quốc Bảo", "Bùi Thị Lan", "Phan Văn Hải", "Lâm Gia Huy"],
    roles=["Phóng viên", "Biên tập viên"],
    tz=["GMT+7"],
    by_top=[
        ("date-gmt", "{wd}, {day}/{m}/{year}, {hh}:{mm} (GMT+7)"),
        ("date-simple", "{dd}/{mnum}/{year} {hh}:{mm}"),
        ("cap-nhat", "Cập nhật: {hh2}:{mm2} {dd}/{mnum}/{year}"),
        ("name", "{name}"),
        ("bai-anh", "Bài và ảnh: {name}"),
        ("tin-anh", "Tin, ảnh: {name}"),
        ("two-names", "{name} - {name2}"),
        ("thuc-hien", "Thực hiện: {name}"),
        ("nhom", "Nhóm phóng viên"),
    ],
    by_foot=[
        ("theo", "Theo {outlet}"),
        ("agency", "{name} (TTXĐB)"),
        ("name", "{name}"),
        ("two-names", "{name} - {name2}"),
    ],
    cap=[
        ("anh", "{cap}. Ảnh: {photog}"),
        ("anh-agency", "{cap} (Ảnh: TTXĐB)"),
        ("tu-lieu", "{cap}. Ảnh: Tư liệu"),
        ("anh-outlet", "{cap}. Ảnh: {outlet}"),
        ("below", "{cap}\nẢnh: {photog}"),
    ],
    cap_solo=[("minh-hoa", "Ảnh minh họa"), ("credit-only", "Ảnh: {photog}")],
    kickers=["Kinh tế", "Nông nghiệp", "Thời sự", "Đồng bằng"],
    rel=["Giá thanh long tăng mạnh sau Tết",
         "Long Vĩnh Đông khánh thành cầu nông thôn mới",
         "Nông dân chuyển đổi 50 ha lúa sang trồng cây ăn trái",
         "Hợp tác xã đầu tiên trong tỉnh đạt chứng nhận hữu cơ"],
    promo=[
        ("xem-them", "Xem thêm:\n{rel}\n{rel2}"),
        ("tin-lien-quan", "Tin liên quan\n{rel}\n{rel2}"),
        ("link-arrows", ">> {rel}"),
        ("zalo", "Theo dõi Báo Đồng Bằng trên Zalo để cập nhật tin tức nhanh nhất."),
        ("google-news", "Mời quý độc giả theo dõi Báo Đồng Bằng trên Google News"),
        ("app", "Tải ứng dụng Báo Đồng Bằng để đọc tin mọi lúc, mọi nơi."),
        ("newsletter", "Đăng ký nhận bản tin của Báo Đồng Bằng qua email."),
        ("hotline", "Đường dây nóng: 0270 3822 445 | Email: toasoan@baodongbang.vn"),
    ],
    promo_rep=[
        ("quang-cao", "Quảng cáo"),
        ("quang-cao-upper", "QUẢNG CÁO"),
        ("link-arrows", ">> {rel}"),
    ],
)


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def fold(s):
    """ASCII-fold a name for handles and e-mail addresses."""
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("ø", "o").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in " -")).lower()


def ctx(art, rng):
    """Random fill-ins (people, dates, links) for one text."""
    st = STYLES[art["style"]]
    L = LOC[art["lang"]]
    y = rng.choice([2023, 2024, 2025])
    mo = rng.randint(1, 12)
    d = rng.randint(1, 28)
    hh = rng.randint(5, 20)
    mm = rng.randint(0, 59)
    hh2 = min(23, hh + rng.randint(1, 3))
    mm2 = rng.randint(0, 59)
    wd = datetime.date(y, mo, d).weekday()
    name, name2, photog = rng.sample(st["names"], 3)
    parts = name.split()
    if art["lang"] == "vi":
        first = parts[-1]
    else:
        first = parts[0]
    fa = fold(name).split()
    if fa:
        handle = rng.choice([fa[0][0] + fa[-1], fa[0] + fa[-1], fa[0] + "_" + fa[-1]]).replace("-", "")
        email = (fa[0] + "." + fa[-1] + "@" + st["domain"]).replace("-", "")
    else:
        handle = "newsroom"
        email = "newsroom@" + st["domain"]
    rel = rng.sample(st["rel"], 3)

    def h12(h):
        return (h % 12) or 12

    c = dict(
        name=name, name2=name2, photog=photog, PHOTOG=photog.upper(), first=first,
        handle=handle, email=email, role=rng.choice(st["roles"]),
        outlet=st["outlet"], short=st["short"], tz=rng.choice(st["tz"]),
        year=y, m=mo, mnum="%02d" % mo, day=d, dd="%02d" % d,
        mon=L["mon"][mo - 1], mon3=L["mon3"][mo - 1], wd=L["wd"][wd], wd3=L["wd3"][wd],
        hh="%02d" % hh, mm="%02d" % mm, hh2="%02d" % hh2, mm2="%02d" % mm2,
        h12=h12(hh), hh12="%02d" % h12(hh), ampm="AM" if hh < 12 else "PM",
        hh12b="%02d" % h12(hh2), ampmb="AM" if hh2 < 12 else "PM",
        mins=rng.randint(2, 9), ago=rng.randint(1, 9), n=rng.randint(3, 140), yrs=rng.randint(4, 15),
        classyear=rng.randint(1995, 2018),
        rel=rel[0], rel2=rel[1], rel3=rel[2],
    )
    return c


def F(tpl, c):
    return [x for x in tpl.format(**c).split("\n") if x.strip()]


def items_of(tag_tpls, c, prefix):
    out, seen = [], set()
    for tag, t in tag_tpls:
        for line in F(t, c):
            if line not in seen:          # e.g. "name" and "name-role" both print the name
                seen.add(line)
                out.append((line, prefix + tag))
    return out


# ---------------------------------------------------------------------------
# generators
# ---------------------------------------------------------------------------

def gen_byline(art, rng, paras, headline):
    st = STYLES[art["style"]]
    c = ctx(art, rng)
    doc = harness.Doc(headline, paras)
    k = len(paras)
    top = rng.random() < 0.82
    foot = (not top) or rng.random() < 0.3
    if top:
        tpls = rng.sample(st["by_top"], rng.choice([1, 1, 2, 2, 2, 3]))
        items = items_of(tpls, c, "byline/")
        j = 0 if rng.random() < 0.88 else 1          # some sites print the byline after the lede
        harness.place(doc, rng, j, items)
    if foot:
        tpls = rng.sample(st["by_foot"], rng.choice([1, 1, 2]))
        harness.place(doc, rng, k, items_of(tpls, c, "byline/foot-"))
    return doc


def one_caption(art, st, L, c, rng, k):
    """(j, items) of one caption."""
    cap = rng.choice(art["caps"]).rstrip(".")
    cc = dict(c, cap=cap)
    j = 0 if rng.random() < 0.35 else rng.randint(1, max(1, k - 1))
    r = rng.random()
    if r < 0.36:
        tag, t = rng.choice(st["cap"])
        return j, [(x, "caption/" + tag) for x in F(t, cc)]
    if r < 0.46:
        tag, t = rng.choice(st["cap_solo"])
        return j, [(x, "caption/" + tag) for x in F(t, cc)]
    if r < 0.60:
        total = rng.randint(4, 24)
        cc["n"], cc["total"] = rng.randint(1, total), total
        counter = (rng.choice(L["gallery"]).format(**cc), "caption/gallery-counter")
        tag, t = rng.choice(st["cap"])
        body = [(x, "caption/gallery-" + tag) for x in F(t, cc)]
        return j, ([counter] + body) if rng.random() < 0.7 else (body + [counter])
    if r < 0.72:
        return j, [(rng.choice(L["alt"]).format(**cc), "caption/alt-text")]
    if r < 0.88:
        cands = [(i, t) for i, t in art["recaps"] if i < k]
        if cands:
            i, t = rng.choice(cands)
            jj = i + 1 if rng.random() < 0.6 else i      # below or above its paragraph
            return jj, [(t, "caption/restate-nocredit")]
        tag, t = rng.choice(st["cap"])
        return j, [(x, "caption/" + tag) for x in F(t, cc)]
    ui = (rng.choice(L["ui"]), "caption/ui")
    tag, t = rng.choice(st["cap"])
    body = [(x, "caption/ui-" + tag) for x in F(t, cc)]
    return j, ([ui] + body) if rng.random() < 0.5 else (body + [ui])


def gen_caption(art, rng, paras, headline):
    st = STYLES[art["style"]]
    L = LOC[art["lang"]]
    c = ctx(art, rng)
    doc = harness.Doc(headline, paras)
    k = len(paras)
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        j, items = one_caption(art, st, L, c, rng, k)
        harness.place(doc, rng, j, items)
    return doc


def gen_duphead(art, rng, paras, headline):
    st = STYLES[art["style"]]
    c = ctx(art, rng)
    doc = harness.Doc(headline, paras)
    k = len(paras)
    kicker = rng.choice(st["kickers"])
    r = rng.random()
    if r < 0.32:
        harness.place(doc, rng, 0, [(headline, "duphead/exact")])
    elif r < 0.44:
        harness.place(doc, rng, 0, [(kicker, "duphead/kicker"), (headline, "duphead/exact-kicker")])
    elif r < 0.52:
        # section kicker printed above the headline, copy of the headline below it
        doc.add("head", 0, [(kicker, "duphead/kicker-above")])
        harness.place(doc, rng, 0, [(headline, "duphead/exact")])
    elif r < 0.64:
        items = [(art["alt"], "duphead/alt"), (headline, "duphead/exact-alt")]
        if rng.random() < 0.5:
            items.reverse()
        harness.place(doc, rng, 0, items)
    elif r < 0.72:
        sep = rng.choice([" | ", " - ", " – "])
        items = [(headline + sep + c["outlet"], "duphead/title-suffix"), (headline, "duphead/exact")]
        if rng.random() < 0.5:
            items.reverse()
        harness.place(doc, rng, 0, items)
    elif r < 0.86:
        harness.place(doc, rng, k, [(headline, "duphead/foot")])
    else:
        harness.place(doc, rng, 1, [(headline, "duphead/after-lede")])
    return doc


def gen_promo(art, rng, paras, headline):
    st = STYLES[art["style"]]
    c = ctx(art, rng)
    doc = harness.Doc(headline, paras)
    k = len(paras)
    repeated = rng.random() < 0.45
    if repeated:
        if rng.random() < 0.65:
            tag, t = rng.choice(st["promo_rep"])
        else:
            tag, t = rng.choice(st["promo"])
        n = min(rng.randint(2, 7), k + 1)
        for j in sorted(rng.sample(range(0, k + 1), n)):
            harness.place(doc, rng, j, [(x, "promo/" + tag + "/rep") for x in F(t, c)])
    nsingle = rng.choice([1, 1, 2]) if (not repeated or rng.random() < 0.5) else 0
    for tag, t in rng.sample(st["promo"], nsingle):
        j = k if rng.random() < 0.35 else rng.randint(1, k)
        harness.place(doc, rng, j, [(x, "promo/" + tag) for x in F(t, c)])
    return doc


def _check():
    ids = set()
    for a in ARTICLES:
        assert a["id"] not in ids
        ids.add(a["id"])
        assert a["lang"] in LANGS and a["style"] in STYLES, a["id"]
        assert len(a["paras"]) >= 7, a["id"]
        for p in a["paras"]:
            assert "\n" not in p and 40 <= len(p) <= 400, (a["id"], len(p), p)
        assert a["alt"] != a["headline"] and a["short"] != a["headline"]
        assert 1 <= len(a["short"].split()) <= 2, a["short"]


_check()

GEN = {"byline": gen_byline, "caption": gen_caption, "duphead": gen_duphead, "promo": gen_promo}

if __name__ == "__main__":
    sys.exit(harness.main(sys.modules[__name__], "twelfth blind set", 12))
