#!/usr/bin/env python3
"""Blind synthetic held-out noise set #8 for `rinse` (byline / caption / duphead / promo).

Written blind on 2026-12-03 by a helper that read neither rinse's rules nor its
other noise sets, before any rule was tuned on it. Noise is worded the way real
news sites, broadcasters, magazines, blogs and review sites word it once their
HTML is flattened to text, in seven languages (en, pt, ro, hr, et, tr, id); the
12 articles are original prose (six English ones in six different site styles:
British regional paper, Canadian national broadcaster, South African news site,
US magazine long read, personal blog, product review site; one article each in
Brazilian Portuguese, Romanian, Croatian, Estonian, Turkish and Indonesian).

Texts, scoring and options: see `noise_blind_harness.py`
(`python3 noise_blind_eighth.py [--seed 8] [--rinse target/release/rinse] [--show 40]
[--dump DIR] [--selftest]`).
"""
import datetime
import sys
import unicodedata

import noise_blind_harness as harness
from noise_blind_harness import Doc, place

# --------------------------------------------------------------------------
# ARTICLES (original prose)
# --------------------------------------------------------------------------
ARTICLES = [
    dict(
        id="en-gb-bus", lang="en", site="gb", section="Transport",
        headline="Hill bus route to be cut back to two journeys a day from January",
        short="Bus cuts",
        paras=[
            "Villagers in the upper Calder valley say they will be cut off from shops and surgeries after the county council confirmed the 592 service will run only twice a day from January.",
            "The route, which links Heptonstall, Blackshaw Head and Todmorden, currently runs every ninety minutes and is used by many older residents who no longer drive.",
            "“We were told at the last meeting that this route was safe, and now we read about it in a letter from the council.”",
            "A council spokesperson said rising operator costs and a fall in the government's bus grant had left it with three options:",
            "Reducing the timetable, merging the route with the 590 through Hebden Bridge, or asking parish councils to contribute towards the cost of the evening journeys.",
            "A public meeting about the changes will be held at Blackshaw Head chapel on Thursday evening at seven.",
            "The consultation closes on 19 December, and the final timetable is expected to be published in the new year after councillors have reviewed the responses.",
        ],
        captions=[
            "The 592 bus at the stop outside Heptonstall Museum",
            "Residents gathered at the village hall to discuss the changes",
            "Margaret Sutcliffe at her home in Blackshaw Head",
        ],
        teasers=[
            "Plans for 40 new homes on former mill site approved despite objections",
            "Hebden Bridge market traders welcome return of Sunday stalls",
        ],
    ),
    dict(
        id="en-ca-iceroad", lang="en", site="ca", section="Manitoba",
        headline="Warm start to winter delays opening of ice roads to northern First Nations",
        short="Ice roads",
        paras=[
            "Winter roads that connect more than 20 remote communities in northern Manitoba will open weeks later than usual this season because the ice on lakes and rivers is still too thin to carry heavy trucks.",
            "Provincial crews measure ice thickness every few days, and a road is only opened to loaded fuel tankers once it reaches at least 90 centimetres along the whole route.",
            "“Every week we wait, the price of a litre of milk in our store goes up again,” said Chief Norman Keeper of Red Pine Lake First Nation.",
            "Communities rely on the short winter road season to bring in most of a year's worth of heavy supplies, including:",
            "Diesel for the local power plant, building materials for new homes, vehicles, and bulk groceries that would cost several times as much to fly in.",
            "The province says it will extend the season into late March if temperatures allow, and has set aside money for additional air freight.",
            "Officials expect to give an update on the first road openings in the week before Christmas.",
        ],
        captions=[
            "A transport truck crosses a frozen lake on a winter road in northern Manitoba in a file photo",
            "Crews drill into the ice to measure its thickness near Island Lake",
            "The community store in Red Pine Lake First Nation",
        ],
        teasers=[
            "Winnipeg Transit fare freeze extended for another year",
            "Brandon hospital adds overnight walk-in clinic hours",
        ],
    ),
    dict(
        id="en-za-water", lang="en", site="za", section="South Africa",
        headline="Residents in Tshwane's eastern suburbs enter third week of water outages",
        short="Water crisis",
        paras=[
            "Thousands of households in the eastern suburbs of Tshwane have now gone more than two weeks without reliable tap water, after a pump station failure that the metro first said would be fixed within days.",
            "Water tankers have been sent to several collection points, but residents say they arrive late in the evening and often run dry before everyone in the queue has been served.",
            "“We are carrying buckets up the hill at ten at night, and some of our grandmothers cannot do that,” said community leader Lerato Maseko.",
            "The metro said on Wednesday that a replacement pump had arrived from Durban and was being installed.",
            "In a statement, the municipality listed the areas where water supply should be restored first over the weekend:",
            "Ward councillors have called for an independent investigation into the maintenance of the pump station, which they say has failed twice in the past year.",
        ],
        captions=[
            "Residents queue with containers at a water tanker in Tshwane",
            "A municipal worker inspects pipes at the pump station",
            "Empty buckets stacked outside a house in the eastern suburbs",
        ],
        teasers=[
            "Eskom warns of higher winter tariffs as Nersa hearings begin",
            "Gautrain extends late-night service for the festive season",
        ],
    ),
    dict(
        id="en-us-typewriter", lang="en", site="us", section="Culture",
        headline="The Last Typewriter Repairman in Ohio Is Not Ready to Retire",
        short="Keys",
        paras=[
            "Walter Brandt opens his shop on a side street in Dayton at nine every morning, although customers rarely arrive before noon, and the first hour is spent oiling machines that nobody has come back to collect.",
            "He has repaired typewriters for 54 years. He learned the trade from his uncle, who serviced the machines at the county courthouse until the last of them were carried out in the early nineties.",
            "“People think these things are dead, but they are the only machines I know that still work after a flood,” he told me, tapping the platen of a green Olympia.",
            "The shop has no website, and the phone number painted on the window has not changed since 1971.",
            "Lately his customers are younger, and they tend to come in for reasons he has learned to recognize:",
            "A writer who wants no notifications, a student who inherited a machine from a grandparent, a couple who type letters to each other across two time zones.",
            "Brandt says he will keep going as long as the parts hold out. The parts, he admits, are now the harder thing to find.",
        ],
        captions=[
            "Walter Brandt at his workbench in Dayton, Ohio",
            "A row of repaired typewriters waiting for their owners",
            "Typewriter keys sorted into an old muffin tin",
        ],
        teasers=[
            "What We Lose When Every Town Has the Same Coffee Shop",
            "The Strange Afterlife of the American Shopping Mall",
        ],
    ),
    dict(
        id="en-blog-garlic", lang="en", site="blog", section="Allotment",
        headline="Planting garlic late, and why I've stopped worrying about it",
        short="Garlic",
        paras=[
            "I finally got the garlic in on Sunday, a good six weeks after every book and every allotment neighbour told me I should have done it.",
            "The ground was cold and heavy, so I pushed each clove in with my thumb rather than digging, and covered the bed with a thin layer of leaf mould.",
            "Last year's late planting gave me smaller bulbs, but honestly they kept longer than the big ones and tasted just as good in everything I cooked.",
            "This year I'm trying three varieties side by side in the same bed, and here is what went in:",
            "Two rows of a hardneck called Chesnok Red, one row of Solent Wight, and a handful of cloves from a supermarket bulb, purely out of curiosity.",
            "If the supermarket garlic wins the taste test, I am never telling the man on plot fourteen.",
            "I'll post an update in spring when the first green shoots come up, assuming the pigeons leave anything for me to write about.",
        ],
        captions=[
            "The garlic bed under its blanket of leaf mould",
            "Cloves of Chesnok Red laid out before planting",
            "My plot on a grey Sunday morning",
        ],
        teasers=[
            "What I learned from a year without a greenhouse",
            "The great compost bin disaster of October",
        ],
    ),
    dict(
        id="en-review-ereader", lang="en", site="review", section="E-readers",
        headline="Lumora Glide 7 review: a budget e-reader that gets the basics right",
        short="Lumora Glide",
        paras=[
            "The Lumora Glide 7 costs less than most paperback box sets, and for that money you get a sharp six-inch screen, a warm front light and a battery that lasted us almost five weeks.",
            "It is not waterproof, and the plastic back creaks a little when you press it, but in daily reading neither problem bothered us as much as we expected.",
            "Page turns are quick, and text at the default size looks crisp enough that we never found ourselves reaching for the zoom.",
            "After a month of testing, these are the things we would want fixed in the next model:",
            "Physical page-turn buttons, a proper sleep cover that works with the magnetic sensor, and support for loading books over USB-C without the desktop app.",
            "For most people who just want to read novels in bed, it is an easy recommendation.",
            "Where the Glide 7 falls down is the store, which is smaller than its rivals' and does not support library loans in every region.",
        ],
        captions=[
            "The Lumora Glide 7 next to a paperback for scale",
            "The warm front light at its lowest setting",
            "The USB-C port on the bottom edge",
        ],
        teasers=[
            "The best e-readers in 2026, tested and ranked",
            "Best wireless earbuds under $100",
        ],
    ),
    dict(
        id="pt-onibus", lang="pt", site="pt", section="Pernambuco",
        headline="Recife amplia horário de ônibus noturnos a partir de janeiro",
        short="Ônibus noturnos",
        paras=[
            "A partir de janeiro, as linhas de ônibus noturnas do Recife vão circular até as 2h da manhã, uma hora a mais do que o horário atual, segundo anúncio feito nesta quarta-feira pelo consórcio metropolitano de transporte.",
            "A mudança atende a um pedido antigo de trabalhadores do setor de bares e restaurantes, que muitas vezes terminam o expediente depois da última viagem.",
            "“Hoje eu pago um carro de aplicativo três vezes por semana só para conseguir voltar para casa”, contou a garçonete Juliana Farias, de 27 anos.",
            "Inicialmente, o horário estendido vai valer para cinco linhas que ligam o centro aos bairros da zona norte e da zona oeste:",
            "Casa Amarela, Nova Descoberta, Várzea, Caxangá e Água Fria, com saídas a cada 40 minutos a partir do Cais de Santa Rita.",
            "O valor da tarifa para o próximo ano ainda não foi definido pelo conselho do consórcio.",
            "A prefeitura afirma que vai avaliar a demanda nos primeiros três meses antes de decidir se amplia o serviço para outras regiões da cidade.",
        ],
        captions=[
            "Ônibus no terminal integrado do centro do Recife",
            "Passageiros aguardam em parada na Avenida Conde da Boa Vista",
            "Motorista de linha noturna na zona norte da cidade",
        ],
        teasers=[
            "Chuvas devem voltar ao litoral de Pernambuco no fim de semana",
            "Feira de artesanato ocupa o Marco Zero até domingo",
        ],
    ),
    dict(
        id="ro-piste", lang="ro", site="ro", section="Local",
        headline="Iași: 14 kilometri noi de piste pentru biciclete vor fi gata până în vară",
        short="Piste noi",
        paras=[
            "Primăria Iași a anunțat miercuri că va construi 14 kilometri de piste pentru biciclete separate de carosabil, iar lucrările ar urma să fie finalizate până la începutul verii viitoare.",
            "Noile piste vor lega cartierele Tătărași, Nicolina și Copou de centrul orașului, pe trasee alese în urma unui sondaj la care au răspuns peste trei mii de ieșeni.",
            "„Până acum mergeam pe trotuar, pentru că pe stradă nu aveam curaj”, spune Andrei, student la Politehnică, care merge zilnic cu bicicleta la cursuri.",
            "Proiectul este finanțat din fonduri europene și include, pe lângă pistele propriu-zise, și următoarele lucrări:",
            "Parcări acoperite pentru biciclete la stațiile mari de tramvai, semafoare dedicate în intersecțiile aglomerate și iluminat nou pe porțiunile de lângă Bahlui.",
            "Licitația pentru primul lot de lucrări ar urma să fie lansată la mijlocul lunii ianuarie, potrivit primăriei.",
            "Asociațiile de bicicliști salută proiectul, dar avertizează că pistele trebuie întreținute și iarna, nu doar inaugurate cu fast în prag de alegeri.",
        ],
        captions=[
            "Biciclist pe Bulevardul Carol I din Iași",
            "Stație de tramvai din zona Tătărași",
            "Lucrări de asfaltare în cartierul Nicolina",
        ],
        teasers=[
            "Trafic restricționat pe Podul Ros în weekend",
            "Spitalul de Copii din Iași primește un aparat RMN nou",
        ],
    ),
    dict(
        id="hr-trajekt", lang="hr", site="hr", section="Split",
        headline="Zimski red plovidbe: trajekt za Supetar vozit će svaka dva sata",
        short="Trajekt",
        paras=[
            "Od ponedjeljka trajekt između Splita i Supetra vozit će svaka dva sata tijekom cijelog dana, što je dvostruko više polazaka nego prošle zime, objavio je prijevoznik.",
            "Otočani se godinama žale da zimski red plovidbe ne odgovara onima koji rade ili se školuju u Splitu i svakodnevno putuju na kopno.",
            "„Konačno ću moći doći na posao bez ustajanja u pet ujutro“, rekla je Supetranka Marija Bulić, medicinska sestra u splitskoj bolnici.",
            "Prijevoznik je uz novi raspored najavio i nekoliko promjena za putnike koji putuju bez automobila:",
            "Karte će se moći kupiti putem aplikacije, pješaci će imati zasebnu ukrcajnu liniju, a umirovljenici s otoka dobit će popust od trideset posto.",
            "Cijena karte za osobni automobil ostaje ista kao i prošle godine, barem do kraja ožujka.",
            "Načelnik Supetra pozdravio je odluku, ali upozorava da bi zbog bure neka jutarnja putovanja i dalje mogla biti otkazana.",
        ],
        captions=[
            "Trajekt isplovljava iz splitske luke",
            "Putnici čekaju ukrcaj na rivi u Supetru",
            "Kolona vozila na ukrcaju za Brač",
        ],
        teasers=[
            "Split dobiva novo parkiralište kod Poljuda",
            "Na Marjanu zasađeno 500 novih stabala",
        ],
    ),
    dict(
        id="et-valgus", lang="et", site="et", section="Eesti",
        headline="Emajõe promenaad saab enne jõule uue valgustuse",
        short="Uus valgustus",
        paras=[
            "Tartu linn paigaldab Emajõe kaldapromenaadile enne jõule ligi sada uut valgustit, mis peaksid muutma jõeäärse jalutustee pimedal ajal turvalisemaks.",
            "Seni on promenaadi Kroonuaia silla ja Vabaduse silla vaheline lõik olnud õhtuti peaaegu täiesti pime, mistõttu paljud jalakäijad on sealt läbikäimist vältinud.",
            "„Talvel on siin kell viis juba pilkane pimedus ja koeraga jalutades ei näe oma jalgegi,“ ütles lähedal elav Kadri Lepik.",
            "Linnavalitsuse sõnul on uute valgustite valimisel arvestatud nii elanike kui ka loodusekspertide mitme olulise nõudmisega:",
            "Valgus on suunatud ainult teele, öösel lülitatakse pool valgustitest välja ning soe valguse toon ei tohiks häirida jõe ääres elavaid nahkhiiri.",
            "Tööde kogumaksumus on linna andmetel umbes 240 000 eurot ning see kaetakse tänavu linna eelarvest.",
            "Kui katsetus õnnestub, plaanib linn järgmisel aastal samasuguse valgustuse paigaldada ka Anne kanali äärsele terviserajale.",
        ],
        captions=[
            "Emajõe kaldapromenaad õhtul",
            "Töömehed paigaldavad uusi valgusteid Vabaduse silla juures",
            "Kroonuaia sild pimedal ajal",
        ],
        teasers=[
            "Tartu bussiliinidel hakkab kehtima uus sõiduplaan",
            "Raekoja platsi jõuluturg avatakse sel reedel",
        ],
    ),
    dict(
        id="tr-vapur", lang="tr", site="tr", section="İzmir",
        headline="İzmir'de vapur seferleri kış tarifesinde artırılıyor",
        short="Vapur seferleri",
        paras=[
            "İzmir Büyükşehir Belediyesi, Karşıyaka ile Konak arasındaki vapur seferlerinin kış tarifesinde her yarım saatte bir yapılacağını açıkladı; yeni tarife pazartesi günü yürürlüğe girecek.",
            "Geçen kış seferler kırk beş dakikada bir yapılıyordu ve özellikle sabah saatlerinde iskelelerde uzun kuyruklar oluşuyordu.",
            "“Sabahları vapuru kaçırınca işe bir saat geç kalıyordum, bu düzenleme bizim için çok önemli,” dedi Karşıyakalı öğretmen Selin Aydın.",
            "Belediyenin açıklamasına göre yeni tarifeyle birlikte kış boyunca yolcular için bazı ek düzenlemeler de hayata geçirilecek:",
            "Akşam saatlerinde Bostanlı iskelesine ek seferler konulacak, engelli yolcular için rampalar yenilenecek ve iskelelere ısıtmalı bekleme alanları kurulacak.",
            "Bilet ücretlerinde ise şimdilik yeni yılın ilk aylarında herhangi bir değişiklik yapılmayacağı belediye tarafından bildirildi.",
            "Deniz ulaşımını kullanan yolcu sayısının son iki yılda yüzde yirmi arttığı, yeni gemilerin ise gelecek yaz filoya katılacağı belirtildi.",
        ],
        captions=[
            "Karşıyaka iskelesine yanaşan vapur",
            "Konak iskelesinde sabah saatlerinde bekleyen yolcular",
            "İzmir Körfezi'nde seyir halindeki yolcu gemisi",
        ],
        teasers=[
            "İzmir'de hafta sonu sağanak yağış bekleniyor",
            "Kemeraltı'nda tarihi han restorasyonu tamamlandı",
        ],
    ),
    dict(
        id="id-pasar", lang="id", site="id", section="Regional",
        headline="Pasar Kranggan Yogyakarta Direnovasi, Pedagang Dipindah Sementara",
        short="Pasar Kranggan",
        paras=[
            "Pemerintah Kota Yogyakarta mulai merenovasi Pasar Kranggan pekan depan, dan sekitar 400 pedagang akan dipindahkan sementara ke lapangan parkir di sisi utara pasar selama enam bulan.",
            "Bangunan pasar yang berdiri sejak tahun 1970-an itu dinilai sudah tidak layak, terutama bagian atap yang sering bocor ketika musim hujan tiba.",
            "“Kami tidak menolak renovasi, yang penting pembeli tetap bisa menemukan kami di tempat yang baru,” kata Sumarni, pedagang sayur yang sudah berjualan selama 30 tahun.",
            "Menurut Dinas Perdagangan, renovasi ini akan mencakup beberapa perbaikan utama yang selama ini dikeluhkan pedagang dan pembeli:",
            "Penggantian atap, perbaikan saluran air, penambahan toilet umum, serta area bongkar muat baru agar truk tidak lagi parkir di badan jalan.",
            "Pedagang tidak akan dipungut biaya sewa apa pun selama menempati lokasi sementara tersebut, menurut pihak dinas.",
            "Pasar yang telah direnovasi dijadwalkan dibuka kembali pada pertengahan tahun depan, bertepatan dengan libur sekolah.",
        ],
        captions=[
            "Suasana Pasar Kranggan, Yogyakarta, pada pagi hari",
            "Pedagang sayur menata dagangan di los pasar",
            "Atap pasar yang rusak di bagian timur bangunan",
        ],
        teasers=[
            "Jalan Malioboro Ditutup untuk Kendaraan Saat Malam Tahun Baru",
            "Harga Cabai di Sleman Naik Jelang Akhir Tahun",
        ],
    ),
]

LANGS = ["en", "pt", "ro", "hr", "et", "tr", "id"]

# --------------------------------------------------------------------------
# Locale helpers: dates, relative times, names
# --------------------------------------------------------------------------
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
PT_MON = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
PT_MON3 = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
RO_MON = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
          "septembrie", "octombrie", "noiembrie", "decembrie"]
HR_MON = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza",
          "rujna", "listopada", "studenoga", "prosinca"]
ET_MON = ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september",
          "oktoober", "november", "detsember"]
TR_MON = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
          "Ekim", "Kasım", "Aralık"]
TR_DAY = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
ID_MON = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
ID_MON3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
ID_DAY = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def _ordinal(d):
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th') }"


def _h12(t, dots=False):
    h = t.hour % 12 or 12
    if dots:
        return f"{h}:{t.minute:02d} " + ("a.m." if t.hour < 12 else "p.m.")
    return f"{h}:{t.minute:02d} " + ("AM" if t.hour < 12 else "PM")


def make_dates(lang, rng):
    day = rng.choice([1, 2, 3, 3, 3])
    t = datetime.datetime(2026, 12, day, rng.randint(6, 18), rng.randrange(60))
    u = t + datetime.timedelta(hours=rng.randint(1, 4), minutes=rng.randrange(60))
    n = rng.randint(1, 9)
    m = rng.randint(5, 55)
    Y, M, D = t.year, t.month - 1, t.day
    hm, uhm = f"{t.hour:02d}:{t.minute:02d}", f"{u.hour:02d}:{u.minute:02d}"
    d = {}
    if lang == "en":
        d.update(
            gb_pub=f"{_ordinal(D)} {EN_MON[M][:3]} {Y}, {hm} GMT",
            gb_upd=f"{_ordinal(u.day)} {EN_MON[M][:3]} {Y}, {uhm} GMT",
            reach=f"{hm}, {D:02d} {EN_MON[M][:3].upper()} {Y}",
            reach_u=f"{uhm}, {u.day:02d} {EN_MON[M][:3].upper()} {Y}",
            dmy=f"{D} {EN_MON[M]} {Y}", dmy_s=f"{D} {EN_MON[M][:3]} {Y}",
            dmy0=f"{D:02d} {EN_MON[M][:3]} {Y}", dmy0l=f"{D:02d} {EN_MON[M]} {Y}",
            za=f"{D:02d} {EN_MON[M]} {Y} - {hm}", za_u=f"{u.day:02d} {EN_MON[M]} {Y} - {uhm}",
            mdy=f"{EN_MON[M]} {D}, {Y}", mdy_s=f"{EN_MON[M][:3]} {D}, {Y}", mdy0=f"{EN_MON[M][:3]} {D:02d}, {Y}",
            cbc=f"{EN_MON[M][:3]} {D:02d}, {Y} {_h12(t)} CST",
            cbc_u=f"{EN_MON[M][:3]} {u.day:02d}, {Y} {_h12(u)} CST",
            ap=f"{AP_MON[M]} {D}, {Y} {_h12(t, True)} ET",
            ap_u=f"{AP_MON[M]} {u.day}, {Y} {_h12(u, True)} ET",
            mag=f"{EN_MON[M]} {D}, {Y}, {t.hour % 12 or 12} {'AM' if t.hour < 12 else 'PM'} ET",
            t24=hm, ut24=uhm, t12=_h12(t),
            rel="1 hour ago" if n == 1 else f"{n} hours ago",
            rel_short=f"{n}h ago", relm=f"{m} minutes ago", relm_short=f"{m}m ago",
        )
    elif lang == "pt":
        d.update(
            pt_num=f"{D:02d}/{M + 1:02d}/{Y} {t.hour:02d}h{t.minute:02d}",
            pt_num_u=f"{u.day:02d}/{M + 1:02d}/{Y} {u.hour:02d}h{u.minute:02d}",
            pt_as=f"{D:02d}/{M + 1:02d}/{Y} às {t.hour:02d}h{t.minute:02d}",
            pt_bar=f"{D:02d}/{M + 1:02d}/{Y} | {t.hour:02d}h{t.minute:02d}",
            pt_bar_u=f"{u.day:02d}/{M + 1:02d}/{Y} | {u.hour:02d}h{u.minute:02d}",
            pt_folha=f"{D}.{PT_MON3[M]}.{Y} às {t.hour}h{t.minute:02d}",
            pt_folha_u=f"{u.day}.{PT_MON3[M]}.{Y} às {u.hour}h{u.minute:02d}",
            pt_long=f"{D} de {PT_MON[M]} de {Y}",
            pt_dash=f"{D:02d}/{M + 1:02d}/{Y} - {hm}",
            rel="há 1 hora" if n == 1 else f"há {n} horas", relm=f"há {m} minutos",
        )
    elif lang == "ro":
        d.update(
            ro_long=f"{D} {RO_MON[M]} {Y}, {hm}", ro_long_u=f"{u.day} {RO_MON[M]} {Y}, {uhm}",
            ro_dot=f"{D:02d}.{M + 1:02d}.{Y} {hm}", ro_dot_u=f"{u.day:02d}.{M + 1:02d}.{Y} {uhm}",
            ro_dash=f"{D:02d}-{M + 1:02d}-{Y} {hm}", ro_dash_u=f"{u.day:02d}-{M + 1:02d}-{Y} {uhm}",
            rel="acum o oră" if n == 1 else f"acum {n} ore",
            relm=f"acum {m} de minute" if m >= 20 else f"acum {m} minute",
        )
    elif lang == "hr":
        sata = "sat" if n == 1 else ("sata" if n < 5 else "sati")
        d.update(
            hr_long=f"{D}. {HR_MON[M]} {Y}. u {hm}", hr_long_u=f"{u.day}. {HR_MON[M]} {Y}. u {uhm}",
            hr_num=f"{D}.{M + 1}.{Y}. u {hm}", hr_num0=f"{D:02d}.{M + 1:02d}.{Y}. u {hm}",
            hr_num0_u=f"{u.day:02d}.{M + 1:02d}.{Y}. u {uhm}", hr_plain=f"{D:02d}.{M + 1:02d}.{Y}. {hm}",
            rel=f"prije {n} {sata}", relm=f"prije {m} minuta",
        )
    elif lang == "et":
        d.update(
            et_long=f"{D}. {ET_MON[M]} {Y}, {hm}", et_long_u=f"{u.day}. {ET_MON[M]} {Y}, {uhm}",
            et_num=f"{D:02d}.{M + 1:02d}.{Y} {hm}", et_num_u=f"{u.day:02d}.{M + 1:02d}.{Y} {uhm}",
            et_kell=f"{D:02d}.{M + 1:02d}.{Y} kell {hm}", et_kell_u=f"{u.day:02d}.{M + 1:02d}.{Y} kell {uhm}",
            rel="1 tund tagasi" if n == 1 else f"{n} tundi tagasi", relm=f"{m} minutit tagasi",
        )
    elif lang == "tr":
        d.update(
            tr_long=f"{D} {TR_MON[M]} {Y} {hm}", tr_long_u=f"{u.day} {TR_MON[M]} {Y} {uhm}",
            tr_num=f"{D:02d}.{M + 1:02d}.{Y} - {hm}", tr_num_u=f"{u.day:02d}.{M + 1:02d}.{Y} - {uhm}",
            tr_hur=f"{TR_MON[M]} {D:02d}, {Y} {hm}", tr_hur_u=f"{TR_MON[M]} {u.day:02d}, {Y} {uhm}",
            tr_wd=f"{D} {TR_MON[M]} {Y} {TR_DAY[t.weekday()]} {hm}",
            rel=f"{n} saat önce", relm=f"{m} dakika önce",
        )
    elif lang == "id":
        d.update(
            id_detik=f"{ID_DAY[t.weekday()]}, {D:02d} {ID_MON3[M]} {Y} {hm} WIB",
            id_num=f"{D:02d}/{M + 1:02d}/{Y}, {hm} WIB", id_num_u=f"{u.day:02d}/{M + 1:02d}/{Y}, {uhm} WIB",
            id_long=f"{D} {ID_MON[M]} {Y} | {t.hour:02d}.{t.minute:02d} WIB",
            id_long2=f"{ID_DAY[t.weekday()]}, {D} {ID_MON[M]} {Y} - {hm} WIB",
            rel=f"{n} jam lalu", relm=f"{m} menit lalu",
        )
    return d


_FOLD = str.maketrans({"ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ł": "l", "ß": "ss"})


def fold(s):
    s = s.translate(_FOLD)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def tr_upper(s):
    return s.replace("i", "İ").replace("ı", "I").upper()


def upper(s, lang):
    return tr_upper(s) if lang == "tr" else s.upper()


def make_ctx(art, rng, headline):
    S = SITES[art["site"]]
    people = list(S["people"])
    rng.shuffle(people)
    name, name2 = people[0], people[1 % len(people)]
    parts, parts2 = name.split(), name2.split()
    c = dict(name=name, name2=name2, first=parts[0], first2=parts2[0], last=parts[-1],
             handle=S.get("handle") or ("@" + fold(name.replace(" ", "").replace("-", "")).lower()),
             email=f"{fold(parts[0]).lower()}.{fold(parts[-1]).lower()}@{S['domain']}",
             ini2="".join(p[0] + "." for p in parts2),
             code="({}/{})".format(fold(parts[0])[:3].lower(), fold(parts2[0])[:3].lower()),
             job=rng.choice(S["jobs"]), site=S["name"], domain=S["domain"], short=S.get("short", S["name"]),
             sec=art["section"], h=headline)
    ph = rng.choice(S["photogs"])
    c.update(ph=ph, PH=ph.upper(), ag=rng.choice(S["agencies"]))
    t = list(art["teasers"])
    rng.shuffle(t)
    c.update(t1=t[0], t2=t[1], t=t[0])
    n = rng.randint(4, 18)
    c.update(n=n, i=rng.randint(1, n), mins=rng.randint(*S.get("mins", (2, 8))))
    c.update(make_dates(art["lang"], rng))
    return c


def fmt(shape, c):
    return [(tpl.format(**c), lab) for lab, tpl in shape]

# --------------------------------------------------------------------------
# Site styles. Shapes are lists of (label, template); templates use make_ctx keys.
# --------------------------------------------------------------------------
SITES = {}

# ---- British regional paper -------------------------------------------------
SITES["gb"] = dict(
    name="Calder Courier", domain="caldercourier.co.uk",
    people=["Tom Harris", "Rachel Oakes", "Liam Prendergast", "Sophie Whitfield", "Gareth Lewis", "Aisha Khan"],
    jobs=["Local Democracy Reporter", "Senior Reporter", "Chief Reporter", "Community Reporter",
          "Trainee Reporter", "Court and Crime Reporter"],
    photogs=["Chris Hollins", "Mark Bickerdike", "Gerard Binks", "Jenny Leeming"],
    agencies=["PA", "Getty Images", "Local Democracy Reporting Service"],
    by_top=[
        [("byline/by-name", "By {name}"), ("byline/date", "Published {gb_pub}")],
        [("byline/by-name", "By {name}"), ("byline/date", "Published {gb_pub}"), ("byline/date-updated", "Updated {gb_upd}")],
        [("byline/name", "{name}"), ("byline/job", "{job}"), ("byline/date", "{reach}"), ("byline/date-updated", "Updated{reach_u}")],
        [("byline/name", "{name}"), ("byline/job", "{job}"), ("byline/date", "{reach}"), ("byline/date-updated", "Updated {reach_u}")],
        [("byline/name-job", "{name} {job}"), ("byline/pub+upd", "{reach}Updated{reach_u}")],
        [("byline/name-job", "{name}, {job}")],
        [("byline/by-name-job", "By {name}, {job}")],
        [("byline/by-name", "By {name}"), ("byline/agency", "Local Democracy Reporting Service")],
        [("byline/by-name-date", "By {name} | {dmy_s}")],
    ],
    by_extra=[[("byline/reading-time", "{mins} min read")], [("byline/relative", "{rel}")],
              [("byline/date-updated", "Updated {gb_upd}")]],
    by_foot=[
        [("byline/bio", "{name} is the Courier's {job} for Calderdale, covering the council, transport and planning.")],
        [("byline/handle", "Follow {first} on X: {handle}")],
        [("byline/agency", "Local Democracy Reporting Service")],
        [("byline/name-email", "{name} can be contacted at {email}")],
    ],
    cred=["Image: {ph}", "Picture: {ph}", "Photo: {ph}", "Image: Google Street View", "Image: Getty Images",
          "Picture: Calder Courier", "Image: Local Democracy Reporting Service"],
    cred_bare=["{ph}"],
    joins=["{d} ({c})", "{d}({c})", "{d}. {c}", "{d} {c}", "{d}. Picture: {b}"],
    cred_only=["(Image: {ph})", "Picture: {ph}", "Image: Getty Images"],
    counters=["{i}/{n}", "Image {i} of {n}"], gallery=["View gallery", "Show all {n} photos"],
    controls=["Expand", "View image in fullscreen"], illus=["Stock image", "File picture"],
    crumbs=["Home > News > Calderdale", "News", "Home › News › Transport"],
    title_tags=[("duphead/site-suffix", "{h} | Calder Courier"), ("duphead/title-tag", "{h} | Calder Courier | News"),
                ("duphead/site-suffix", "{h} - Calder Courier")],
    kickers=["Transport", "CALDERDALE", "News"], tag_prefix=["WATCH: {h}"],
    promos=[
        [("promo/newsletter-pitch", "Sign up to our daily newsletter for the latest Calderdale news straight to your inbox"),
         ("promo/newsletter-button", "Sign up")],
        [("promo/newsletter-pitch", "Get the latest headlines from across Calderdale delivered to your inbox every morning. Sign up here."),
         ("promo/newsletter-legal", "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. More info")],
        [("promo/channel-invite", "Join the Calder Courier WhatsApp community for breaking news alerts")],
        [("promo/related-teaser", "READ MORE: {t1}")],
        [("promo/related-label", "Read more:"), ("promo/teaser", "{t1}")],
        [("promo/subscribe-pitch", "Support your local paper. Subscribe to the Calder Courier from just £1 a week.")],
        [("promo/comment-prompt", "Have your say in the comments below")],
        [("promo/tip-line", "Got a story? Email newsdesk@caldercourier.co.uk or send us a message on Facebook.")],
        [("promo/app", "Download the Calder Courier app for the latest local news on your phone")],
        [("promo/cookie", "We and our partners use cookies and similar technologies to personalise content and ads, provide social media features and analyse our traffic."),
         ("promo/cookie-button", "Accept all")],
        [("promo/section-label", "Most Read"), ("promo/teaser", "{t1}"), ("promo/teaser", "{t2}")],
        [("promo/ad-label", "Advertisement"), ("promo/ad-control", "Hide Ad")],
    ],
    repeat=[[("promo/ad-label", "Advertisement")], [("promo/ad-label", "Advertisement"), ("promo/ad-control", "Hide Ad")],
            [("promo/related-teaser", "READ MORE: {t}")]],
)

# ---- Canadian national broadcaster ------------------------------------------
SITES["ca"] = dict(
    name="NPBC News", domain="npbc.ca",
    people=["Priya Sandhu", "Luc Gagnon", "Kyle Brennan", "Samantha Wong", "Marie-Ève Tremblay", "Darren Bighetty"],
    jobs=["Reporter", "Senior reporter"],
    photogs=["Trevor Lyall", "Jenna Kuchar", "Ryan Loewen", "Dana Beardy"],
    agencies=["The Canadian Press", "Reuters"],
    by_top=[
        [("byline/name-site-date", "{name} · NPBC News · Posted: {cbc} | Last Updated: {rel}")],
        [("byline/name-site-date", "{name} · NPBC News · Posted: {cbc} | Last Updated: {cbc_u}")],
        [("byline/name-site-date", "{name} · NPBC News · Posted: {cbc}")],
        [("byline/name", "{name}"), ("byline/site", "NPBC News"), ("byline/date", "Posted: {cbc}"),
         ("byline/date-updated", "Last Updated: {rel}")],
        [("byline/agency-date", "The Canadian Press · Posted: {cbc} | Last Updated: {cbc_u}")],
        [("byline/name-site", "{name}, {name2} · NPBC News")],
    ],
    by_extra=[[("byline/date-updated", "Last Updated: {rel}")]],
    by_foot=[
        [("byline/with-files", "With files from The Canadian Press")],
        [("byline/with-files", "With files from {name2}")],
        [("byline/with-files", "With files from Reuters and {name2}")],
        [("byline/about-label", "ABOUT THE AUTHOR"),
         ("byline/bio", "{name} is a reporter with NPBC Manitoba based in Winnipeg. Story tips can be sent to {email}.")],
        [("byline/bio", "{name} covers northern Manitoba for NPBC News. You can reach {first} at {email} or on X at {handle}.")],
    ],
    cred=["({ph}/NPBC)", "({ph}/The Canadian Press)", "(Submitted by {ph})", "(NPBC)", "(Reuters)",
          "({ph}/NPBC News)", "(Government of Manitoba)"],
    cred_bare=["{ph}/NPBC"],
    joins=["{d} {c}", "{d}. {c}"],
    cred_only=["({ph}/NPBC)", "(Submitted by {ph})"],
    counters=["{i} of {n}"], gallery=[], controls=[], illus=[],
    crumbs=["Manitoba", "News › Canada › Manitoba"],
    title_tags=[("duphead/site-suffix", "{h} | NPBC News"), ("duphead/title-tag", "{h} | NPBC News Manitoba")],
    kickers=["Manitoba", "Indigenous"], tag_prefix=[],
    promos=[
        [("promo/newsletter-pitch", "Get the day's top stories from Manitoba delivered to your inbox. Sign up for the NPBC Manitoba newsletter."),
         ("promo/newsletter-button", "Subscribe")],
        [("promo/related-label", "RELATED STORIES"), ("promo/teaser", "{t1}"), ("promo/teaser", "{t2}")],
        [("promo/video-plug", "WATCH | Why the winter road season matters for northern communities:"),
         ("promo/video-duration", "Duration 2:14")],
        [("promo/footer-links", "Corrections and clarifications|Submit a news tip|Report error")],
        [("promo/policy-link", "NPBC's Journalistic Standards and Practices|About NPBC News")],
        [("promo/comment-prompt", "Commenting is now closed for this story.")],
        [("promo/podcast", "Listen to Up North on NPBC Radio One or wherever you get your podcasts.")],
        [("promo/app", "Download the NPBC News app for breaking news, live coverage and alerts.")],
        [("promo/ad-label", "ADVERTISEMENT")],
        [("promo/ad-label", "Story continues below advertisement")],
    ],
    repeat=[[("promo/ad-label", "ADVERTISEMENT")], [("promo/ad-label", "Story continues below advertisement")]],
)

# ---- South African news site ------------------------------------------------
SITES["za"] = dict(
    name="News Today SA", domain="newstoday.co.za",
    people=["Thandeka Mokoena", "Pieter van der Merwe", "Sipho Dlamini", "Naledi Khumalo", "Riaan Botha", "Ayanda Ngcobo"],
    jobs=["Journalist", "Senior reporter", "Gauteng correspondent", "Municipal reporter"],
    photogs=["Tumi Sekgala", "Jaco Nel", "Bongani Shezi", "Chanel Adams"],
    agencies=["African News Agency (ANA)", "SAPA", "Reuters"],
    by_top=[
        [("byline/name", "{name}"), ("byline/job", "{job}"), ("byline/date", "{za}")],
        [("byline/name", "{name}"), ("byline/site", "News Today SA"), ("byline/date", "{dmy0}"), ("byline/time", "{t24}")],
        [("byline/by-name", "By {name}"), ("byline/date", "Published {rel_short}")],
        [("byline/by-name", "By {name}"), ("byline/date", "{dmy0}")],
        [("byline/name-job", "{name}, {job}")],
        [("byline/name-date", "{name} | {za}")],
        [("byline/agency", "African News Agency (ANA)")],
    ],
    by_extra=[[("byline/reading-time", "{mins} min read")], [("byline/date-updated", "Updated {za_u}")]],
    by_foot=[
        [("byline/bio", "{name} is a journalist at News Today SA covering local government and service delivery.")],
        [("byline/agency", "African News Agency (ANA)")],
        [("byline/agency", "- SAPA")],
        [("byline/additional-reporting", "Additional reporting by {name2}")],
    ],
    cred=["Picture: {ph}", "Picture: Gallo Images/{ph}", "(Photo: Gallo Images / {ph})", "Image: {ph}/African News Agency (ANA)",
          "Picture: SUPPLIED", "Image: Supplied", "Photo: {ph}", "(Gallo Images / {ph})"],
    cred_bare=["Gallo Images/{ph}", "{ph}/ANA"],
    joins=["{d}. {c}", "{d} {c}", "{d}. Picture: {b}"],
    cred_only=["Picture: {ph}", "(Photo: Gallo Images / {ph})", "Image: Supplied"],
    counters=["{i}/{n}"], gallery=["View gallery"], controls=[], illus=["File photo"],
    crumbs=["Home / News / South Africa / Local", "News › South Africa"],
    title_tags=[("duphead/site-suffix", "{h} | News Today SA"), ("duphead/title-tag", "{h} | South Africa | News Today SA")],
    kickers=["SERVICE DELIVERY", "News", "GAUTENG"], tag_prefix=["WATCH | {h}"],
    promos=[
        [("promo/newsletter-pitch", "Get the biggest daily news stories delivered to your inbox. Subscribe to the News Today SA newsletter.")],
        [("promo/channel-invite", "Join the News Today SA WhatsApp channel for the latest news.")],
        [("promo/paywall", "Subscribe to News Today SA for just R75 per month."), ("promo/login", "Already a subscriber? Sign in")],
        [("promo/related-teaser", "READ | {t1}")],
        [("promo/related-teaser", "ALSO READ: {t1}")],
        [("promo/tags-label", "Read more on:"), ("promo/tag", "tshwane"), ("promo/tag", "water outages")],
        [("promo/donation", "Become a News Today SA Insider and support independent journalism from R200 a month.")],
        [("promo/comment-prompt", "Please login in order to comment.")],
        [("promo/app", "Download the News Today SA app, available on iOS and Android.")],
        [("promo/ad-label", "Advertisement"), ("promo/ad-label", "Continue reading below")],
    ],
    repeat=[[("promo/ad-label", "Advertisement")], [("promo/related-teaser", "ALSO READ | {t}")]],
)

# ---- US magazine long read --------------------------------------------------
SITES["us"] = dict(
    name="The Meridian", domain="themeridian.com", mins=(14, 28),
    people=["Elizabeth Marrow", "Daniel Okafor", "Hannah Liebowitz", "Marcus Reyes"],
    jobs=["Staff writer", "Contributing writer", "Senior editor"],
    photogs=["Audra Kessler", "Tom Vasquez", "June Park"],
    agencies=["Getty", "Alamy"],
    by_top=[
        [("byline/by-name", "By {name}")],
        [("byline/by-name", "By {name}"), ("byline/date", "{mag}")],
        [("byline/by-name-date", "By {name} · {mdy}")],
        [("byline/name", "{name}"), ("byline/date", "{mdy}")],
        [("byline/date", "{ap}")],
        [("byline/name-readtime", "By {name} | {mins} min read")],
    ],
    by_extra=[[("byline/reading-time", "{mins} min read")], [("byline/date-updated", "Updated {ap_u}")]],
    by_foot=[
        [("byline/bio", "{name} is a staff writer at The Meridian and the author of The Quiet Machines.")],
        [("byline/bio", "{name} is a contributing writer at The Meridian.")],
        [("byline/print-edition", "This article appears in the January 2027 print edition with the headline “The Keeper of the Keys.”")],
    ],
    cred=["Photograph by {ph} for The Meridian", "Illustration by {ph}; Source: Getty.", "{ph} for The Meridian",
          "Photo-illustration by The Meridian. Sources: Getty; Alamy.", "Photographs by {ph}"],
    cred_bare=["{ph} for The Meridian"],
    joins=["{d}. {c}.", "{d} ({b})", "{d}. {c}"],
    cred_only=["Photograph by {ph} for The Meridian", "Illustration by {ph}; Source: Getty.", "Photographs by {ph}"],
    counters=["{i} of {n}"], gallery=[], controls=["Enlarge this image", "toggle caption"], illus=[],
    crumbs=["Culture", "Ideas › Culture"],
    title_tags=[("duphead/site-suffix", "{h} - The Meridian"), ("duphead/site-suffix", "{h} | The Meridian")],
    kickers=["CULTURE", "The Long Read"], tag_prefix=[],
    promos=[
        [("promo/newsletter-pitch", "This article was featured in The Meridian Weekend newsletter. Sign up for it here.")],
        [("promo/listen", "Listen to this article"), ("promo/listen-time", "00:00"), ("promo/listen-time", "18:42"),
         ("promo/listen-credit", "Produced by ElevenLabs and News Over Audio (NOA) using AI narration.")],
        [("promo/paywall", "You've read your last free article this month."), ("promo/paywall-cta", "Subscribe for unlimited access"),
         ("promo/login", "Already a subscriber? Sign in")],
        [("promo/share-control", "Share"), ("promo/share-control", "Save")],
        [("promo/related-teaser", "Read: {t1}")],
        [("promo/affiliate-disclosure", "When you buy a book using a link on this page, we receive a commission. Thank you for supporting The Meridian.")],
        [("promo/podcast", "Listen: The Meridian Daily, a podcast about one big idea every weekday.")],
        [("promo/ad-label", "Advertisement")],
    ],
    repeat=[[("promo/ad-label", "Advertisement")], [("promo/related-teaser", "Read: {t}")]],
)

# ---- personal / indie blog --------------------------------------------------
SITES["blog"] = dict(
    name="Small Hours", domain="smallhours.blog", handle="@wrenholloway",
    people=["Wren Holloway"], jobs=["writer"], photogs=["Wren Holloway", "Annie Spratt", "Jonathan Kemper"],
    agencies=["Unsplash"],
    by_top=[
        [("byline/posted-on", "Posted on {mdy} by wren")],
        [("byline/date", "{mdy}")],
        [("byline/name", "{name}"), ("byline/date", "{mdy0}")],
        [("byline/by-name-date", "by {name} · {mdy}")],
        [("byline/posted-in", "{mdy} · Allotment, Garlic · 3 Comments")],
        [("byline/date", "{mdy_s}"), ("byline/reading-time", "{mins} minute read")],
    ],
    by_extra=[[("byline/reading-time", "{mins} min read")]],
    by_foot=[
        [("byline/bio", "Wren Holloway writes about allotments, old bikes and slow cooking from a terraced house in Sheffield.")],
        [("byline/entry-meta", "This entry was posted in Allotment and tagged garlic, winter. Bookmark the permalink.")],
        [("byline/handle", "Find me on Mastodon at {handle}@mastodon.social")],
    ],
    cred=["Photo by {ph} on Unsplash", "Photo: me", "(my photo)"],
    cred_bare=["{ph}"],
    joins=["{d}. {c}", "{d} ({c})"],
    cred_only=["Photo by {ph} on Unsplash"],
    counters=[], gallery=[], controls=[], illus=[],
    crumbs=["Home » Allotment", "Allotment"],
    title_tags=[("duphead/site-suffix", "{h} – Small Hours"), ("duphead/site-suffix", "{h} | Small Hours")],
    kickers=["Allotment diary", "ALLOTMENT"], tag_prefix=[],
    promos=[
        [("promo/newsletter-pitch", "Thanks for reading Small Hours! Subscribe for free to receive new posts and support my work."),
         ("promo/newsletter-input", "Type your email…"), ("promo/newsletter-button", "Subscribe")],
        [("promo/share-label", "Share this:"), ("promo/share-link", "Click to share on Facebook (Opens in new window)"),
         ("promo/share-link", "Click to share on X (Opens in new window)"), ("promo/like", "Like Loading...")],
        [("promo/related-label", "Related"), ("promo/teaser", "{t1}"), ("promo/related-meta", "In \"Allotment\""),
         ("promo/teaser", "{t2}")],
        [("promo/donation", "If you enjoy these posts, you can buy me a coffee. It keeps the seed budget going.")],
        [("promo/comment-prompt", "Leave a Reply Cancel reply"),
         ("promo/comment-legal", "Your email address will not be published. Required fields are marked *")],
        [("promo/comment-prompt", "Leave a comment")],
        [("promo/post-nav", "← Previous post"), ("promo/teaser", "{t1}"), ("promo/post-nav", "Next post →"), ("promo/teaser", "{t2}")],
        [("promo/cookie", "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use."),
         ("promo/cookie-button", "Close and accept")],
    ],
    repeat=[[("promo/newsletter-button", "Subscribe")], [("promo/share-control", "Share")]],
)

# ---- product review site ----------------------------------------------------
SITES["review"] = dict(
    name="GearCheck", domain="gearcheck.com",
    people=["Callum Price", "Nadia Rahman", "Owen Fisk", "Jess Tanaka"],
    jobs=["Contributor", "Senior Editor, Reading & Audio", "Reviews Editor", "Staff Writer"],
    photogs=["Callum Price", "Nadia Rahman", "Owen Fisk"], agencies=["Lumora"],
    by_top=[
        [("byline/by-name-published", "By {name} published {dmy}")],
        [("byline/by-name-published", "By {name} last updated {dmy}")],
        [("byline/name", "{name}"), ("byline/job", "{job}")],
        [("byline/name", "{name}"), ("byline/job", "{job}"), ("byline/date", "published {dmy}")],
        [("byline/name-date", "{name} | {mdy}")],
        [("byline/date", "Last updated: {mdy}"), ("byline/reviewed-by", "Tested by {name}")],
    ],
    by_extra=[[("byline/reviewed-by", "Reviewed by {name2}")], [("byline/reading-time", "{mins} min read")]],
    by_foot=[
        [("byline/bio", "{name} is GearCheck's reviews editor and has tested e-readers, tablets and headphones for more than a decade.")],
        [("byline/bio", "{name} is a freelance tech writer who has been reviewing gadgets since 2014."),
         ("byline/handle", "{handle}")],
        [("byline/about-label", "About the author"), ("byline/name-job", "{name}, {job}")],
    ],
    cred=["(Image credit: GearCheck)", "(Image credit: {ph} / GearCheck)", "(Image credit: Lumora)"],
    cred_bare=["{ph}"],
    joins=["{d} {c}", "{d}{c}"],
    cred_only=["(Image credit: GearCheck)", "(Image credit: {ph} / GearCheck)"],
    counters=["Image {i} of {n}"], gallery=[], controls=[], illus=[],
    crumbs=["Computing › E-readers", "Home > Tech > E-readers > Reviews"],
    title_tags=[("duphead/site-suffix", "{h} | GearCheck"), ("duphead/title-tag", "{h} | GearCheck Reviews")],
    kickers=["Review", "E-READERS"], tag_prefix=[],
    promos=[
        [("promo/affiliate-disclosure", "When you purchase through links on our site, we may earn an affiliate commission. Here’s how it works.")],
        [("promo/deal-label", "Today's best Lumora Glide 7 deals"), ("promo/deal", "$89.99"), ("promo/deal", "View at Amazon"),
         ("promo/deal", "$99"), ("promo/deal", "View at Best Buy"),
         ("promo/deal-note", "We check over 250 million products every day for the best prices")],
        [("promo/newsletter-pitch", "Get the best of GearCheck delivered straight to your inbox, plus exclusive deals and buying advice."),
         ("promo/newsletter-legal", "By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.")],
        [("promo/related-teaser", "Read more: {t1}")],
        [("promo/related-label", "You might also like"), ("promo/teaser", "{t1}"), ("promo/teaser", "{t2}")],
        [("promo/deal", "Check Amazon")],
        [("promo/ad-label", "Advertisement")],
    ],
    repeat=[[("promo/deal", "View Deal")], [("promo/ad-label", "Advertisement")], [("promo/deal", "Check Amazon")]],
)

# ---- Brazil -----------------------------------------------------------------
SITES["pt"] = dict(
    name="Portal Nordeste Agora", short="Nordeste Agora", domain="nordesteagora.com.br",
    people=["Ana Carolina Ribeiro", "João Pedro Martins", "Mariana Albuquerque", "Thiago Nogueira",
            "Letícia Gonçalves", "Rafael Cavalcanti"],
    jobs=["Repórter", "Editora de Cidades", "Repórter de Mobilidade"],
    photogs=["Bruna Siqueira", "Igor Lacerda", "Paulo Vitor Melo", "Camila Torres"],
    agencies=["Agência Brasil", "Folhapress", "Reuters"],
    by_top=[
        [("byline/label-name-site", "Por {name}, {short} — Recife")],
        [("byline/label-name-site", "Por {name}, {short} — Recife"), ("byline/pub+upd", "{pt_num} Atualizado {rel}")],
        [("byline/name", "{name}"), ("byline/city", "Recife"), ("byline/date", "{pt_folha}"),
         ("byline/date-updated", "Atualizado: {pt_folha_u}")],
        [("byline/label-name", "Por {name}"), ("byline/pub+upd", "{pt_bar} Atualização: {pt_bar_u}")],
        [("byline/site-city", "Do {short}, no Recife"), ("byline/date", "{pt_as}")],
        [("byline/name", "{name}"), ("byline/job", "{job}")],
        [("byline/date", "Publicado em {pt_dash}")],
    ],
    by_extra=[[("byline/reading-time", "{mins} min de leitura")], [("byline/relative", "Atualizado {rel}")]],
    by_foot=[
        [("byline/source", "Fonte: Agência Brasil")],
        [("byline/with-files", "*Com informações da Agência Brasil")],
        [("byline/supervision", "*Estagiária sob supervisão de {name2}")],
        [("byline/bio", "{name} é repórter do {short} e cobre mobilidade urbana e cidades.")],
    ],
    cred=["Foto: {ph}/{short}", "Foto: {ph}/Agência Brasil", "Foto: Reprodução/TV Nordeste", "Crédito: {ph}/Folhapress",
          "Foto: Divulgação/Prefeitura do Recife", "Foto: Arquivo/{short}", "Foto: {ph}/Folhapress"],
    cred_bare=["{ph}/Folhapress", "{ph}/Agência Brasil", "{ph}/{short}"],
    joins=["{d} — {c}", "{d} - {b}", "{d} | {c}", "{d} ({c})"],
    cred_only=["Foto: {ph}/{short}", "Crédito: {ph}/Folhapress"],
    counters=["Foto {i} de {n}", "{i} de {n}", "{i}/{n}"], gallery=["Ver galeria", "Veja a galeria de fotos", "Ver mais fotos"],
    controls=["Ampliar", "Ampliar foto"], illus=["Imagem ilustrativa", "Foto ilustrativa"],
    crumbs=["Início / Pernambuco / Recife", "Pernambuco › Recife"],
    title_tags=[("duphead/title-tag", "{h} | Pernambuco | Nordeste Agora"), ("duphead/site-suffix", "{h} - Portal Nordeste Agora")],
    kickers=["MOBILIDADE", "Pernambuco", "Transporte público"], tag_prefix=["VÍDEO: {h}"],
    promos=[
        [("promo/ad-label", "Publicidade")],
        [("promo/channel-invite", "📲 Participe do canal do Nordeste Agora no WhatsApp")],
        [("promo/channel-invite", "Receba as notícias do Nordeste Agora no seu WhatsApp. Clique aqui e entre no nosso canal.")],
        [("promo/related-teaser", "LEIA TAMBÉM: {t1}")],
        [("promo/related-label", "Leia também"), ("promo/teaser", "{t1}"), ("promo/teaser", "{t2}")],
        [("promo/related-label", "Veja também:"), ("promo/teaser", "{t1}")],
        [("promo/paywall", "Você atingiu o limite de 5 reportagens por mês."),
         ("promo/paywall-cta", "Assine o Nordeste Agora e tenha acesso ilimitado"), ("promo/login", "Já é assinante? Faça seu login")],
        [("promo/newsletter-pitch", "Receba no seu email as principais notícias do dia. Cadastre-se na newsletter do Nordeste Agora."),
         ("promo/newsletter-button", "Cadastrar")],
        [("promo/cookie", "Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de Privacidade e, ao continuar navegando, você concorda com estas condições."),
         ("promo/cookie-button", "PROSSEGUIR")],
        [("promo/comment-prompt", "Os comentários não representam a opinião do portal; a responsabilidade é do autor da mensagem.")],
        [("promo/report-error", "Encontrou algum erro? Entre em contato")],
        [("promo/app", "Baixe o app do Nordeste Agora e receba as notícias em tempo real no seu celular.")],
        [("promo/podcast", "🎧 Ouça o podcast Café com Notícia, com os destaques do dia em 15 minutos")],
    ],
    repeat=[[("promo/ad-label", "Publicidade")], [("promo/ad-label", "PUBLICIDADE")], [("promo/related-teaser", "LEIA TAMBÉM: {t}")]],
)

# ---- Romania ----------------------------------------------------------------
SITES["ro"] = dict(
    name="Monitorul de Est", domain="monitoruldeest.ro",
    people=["Andreea Ionescu", "Mihai Popescu", "Cristina Dumitrescu", "Radu Stănescu", "Ioana Munteanu", "Bogdan Ciobanu"],
    jobs=["Jurnalist", "Redactor", "Reporter"],
    photogs=["Alexandru Botez", "Ilinca Pavel", "Sorin Rusu"], agencies=["Agerpres", "Inquam Photos"],
    by_top=[
        [("byline/date", "Data publicării: {ro_dash}"), ("byline/date-updated", "Data actualizării: {ro_dash_u}")],
        [("byline/name-date", "{name} {ro_long}")],
        [("byline/name-date", "{name} | {ro_long}")],
        [("byline/label-name", "Autor: {name}")],
        [("byline/label-name", "de {name}")],
        [("byline/label-name-date", "de {name} | {ro_long}")],
        [("byline/name", "{name}"), ("byline/job", "{job}"), ("byline/date", "{ro_dot}")],
        [("byline/date", "Publicat: {ro_dot}"), ("byline/date-updated", "Actualizat: {ro_dot_u}")],
    ],
    by_extra=[[("byline/relative", "{rel}")], [("byline/reading-time", "Timp de citire: {mins} minute")],
              [("byline/date-updated", "Actualizat: {ro_long_u}")]],
    by_foot=[
        [("byline/source", "Sursa: Agerpres")],
        [("byline/editor", "Editor : {ini2}")],
        [("byline/label-name", "Autor: {name}")],
        [("byline/bio", "{name} este jurnalist la Monitorul de Est și scrie despre administrație locală și transport.")],
    ],
    cred=["Foto: Inquam Photos / {ph}", "Sursa foto: Agerpres", "Foto: Agerpres", "Foto: {ph}",
          "Sursa foto: Facebook / Primăria Iași", "Foto: Profimedia Images", "Foto: Shutterstock", "Sursa foto: Arhivă"],
    cred_bare=["Inquam Photos / {ph}"],
    joins=["{d}. {c}", "{d} {c}", "{d} | {c}", "{d} ({c})"],
    cred_only=["Foto: Inquam Photos / {ph}", "Sursa foto: Agerpres", "Foto: Profimedia Images"],
    counters=["{i}/{n}", "Foto {i} din {n}"], gallery=["Vezi galeria", "Galerie foto ({n})", "Vezi galeria foto"],
    controls=[], illus=["Foto ilustrativă"],
    crumbs=["Acasă » Știri » Local", "Acasă / Actualitate / Iași"],
    title_tags=[("duphead/site-suffix", "{h} | Monitorul de Est"), ("duphead/site-suffix", "{h} - Monitorul de Est"),
                ("duphead/title-tag", "{h} - Știri Iași - Monitorul de Est")],
    kickers=["ACTUALITATE", "Local", "Iași"], tag_prefix=["FOTO {h}", "VIDEO {h}"],
    promos=[
        [("promo/ad-label", "Reclamă")],
        [("promo/related-teaser", "Citește și: {t1}")],
        [("promo/related-label", "CITEȘTE ȘI:"), ("promo/teaser", "{t1}")],
        [("promo/follow", "Urmărește-ne pe Google News")],
        [("promo/follow", "Urmărește știrile Monitorul de Est și pe Google News")],
        [("promo/channel-invite", "Vrei să afli primul cele mai importante știri din Iași? Abonează-te la canalul nostru de WhatsApp.")],
        [("promo/channel-invite", "Urmăriți Monitorul de Est și pe Telegram")],
        [("promo/newsletter-pitch", "Abonează-te la newsletter-ul Monitorul de Est și primești zilnic cele mai importante știri."),
         ("promo/newsletter-button", "Abonează-te")],
        [("promo/donation", "Dacă apreciezi articolele noastre, susține jurnalismul local independent printr-o donație."),
         ("promo/donation-button", "Donează")],
        [("promo/app", "Descarcă aplicația Monitorul de Est din App Store sau Google Play")],
        [("promo/cookie", "Acest site folosește cookie-uri pentru a-ți oferi o experiență cât mai bună. Continuarea navigării implică acceptarea lor."),
         ("promo/cookie-button", "Sunt de acord")],
        [("promo/comment-prompt", "Pentru a comenta trebuie să fii autentificat.")],
        [("promo/comment-count", "Comentarii (4)")],
    ],
    repeat=[[("promo/ad-label", "Reclamă")], [("promo/ad-label", "PUBLICITATE")], [("promo/related-teaser", "Citește și: {t}")]],
)

# ---- Croatia ----------------------------------------------------------------
SITES["hr"] = dict(
    name="Jadranski dnevnik", domain="jadranski.hr",
    people=["Ivana Horvat", "Marko Kovačević", "Petra Babić", "Tomislav Jurić", "Ana Marić", "Josip Perić"],
    jobs=["novinar", "novinarka", "urednik"],
    photogs=["Ivo Radić", "Tea Bošnjak", "Luka Grgić"], agencies=["HINA", "Pixsell"],
    by_top=[
        [("byline/name", "{name}"), ("byline/date", "{hr_num}")],
        [("byline/label-name", "Piše: {name}"), ("byline/date", "Objavljeno: {hr_num0}")],
        [("byline/label-name", "Autor {name}"), ("byline/date", "{hr_long}")],
        [("byline/name-date", "{name} · {hr_num0}")],
        [("byline/date", "Objavljeno: {hr_num0}"), ("byline/date-updated", "Zadnja izmjena: {hr_num0_u}")],
        [("byline/label-name", "Piše: {name}")],
        [("byline/name-date", "{name}, {hr_plain}")],
    ],
    by_extra=[[("byline/relative", "{rel}")], [("byline/reading-time", "Vrijeme čitanja: {mins} min")],
              [("byline/date-updated", "Ažurirano: {hr_long_u}")]],
    by_foot=[
        [("byline/source", "Izvor: HINA")],
        [("byline/agency", "(Hina)")],
        [("byline/label-name", "Autor: {name}")],
        [("byline/email", "{email}")],
    ],
    cred=["Foto: Pixsell", "Foto: {ph}/PIXSELL", "Foto: HINA/ {ph}", "Foto: Shutterstock", "FOTO: {ph}/Pixsell",
          "Foto: Facebook", "Foto: Jadranski dnevnik"],
    cred_bare=["{ph}/PIXSELL"],
    joins=["{d} {c}", "{d} / {c}", "{d}. {c}"],
    cred_only=["Foto: Pixsell", "Foto: {ph}/PIXSELL", "Foto: Ilustracija"],
    counters=["{i}/{n}", "Slika {i} od {n}"], gallery=["Pogledaj galeriju", "Galerija ({n})", "Pogledajte galeriju"],
    controls=[], illus=["Ilustracija"],
    crumbs=["Naslovnica > Vijesti > Split", "Vijesti / Dalmacija"],
    title_tags=[("duphead/site-suffix", "{h} - Jadranski dnevnik"), ("duphead/site-suffix", "{h} | Jadranski.hr"),
                ("duphead/title-tag", "{h} | Vijesti | Jadranski dnevnik")],
    kickers=["SPLIT", "Vijesti", "DALMACIJA"], tag_prefix=["FOTO {h}", "VIDEO {h}"],
    promos=[
        [("promo/ad-label", "Oglas")],
        [("promo/related-teaser", "PROČITAJTE I: {t1}")],
        [("promo/related-label", "Pročitajte još"), ("promo/teaser", "{t1}"), ("promo/teaser", "{t2}")],
        [("promo/follow", "Pratite nas na Facebooku i Instagramu")],
        [("promo/channel-invite", "Budite prvi koji će saznati najvažnije vijesti – pratite nas na WhatsAppu")],
        [("promo/newsletter-pitch", "Prijavite se na naš newsletter i primajte najvažnije vijesti dana u svoj inbox."),
         ("promo/newsletter-button", "Prijavi se")],
        [("promo/tip-line", "Imate li zanimljivu priču, fotografiju ili video? Pošaljite nam na prijave@jadranski.hr")],
        [("promo/comment-count", "Komentari (12)")],
        [("promo/comment-prompt", "Za komentiranje se morate prijaviti.")],
        [("promo/app", "Preuzmite aplikaciju Jadranskog dnevnika za Android i iOS")],
        [("promo/cookie", "Ova web stranica koristi kolačiće kako bi vam pružila najbolje korisničko iskustvo."),
         ("promo/cookie-button", "Prihvaćam")],
        [("promo/donation", "Podržite neovisno lokalno novinarstvo – postanite naš pretplatnik već od 2 eura mjesečno.")],
    ],
    repeat=[[("promo/ad-label", "Oglas")], [("promo/related-teaser", "PROČITAJTE I: {t}")]],
)

# ---- Estonia ----------------------------------------------------------------
SITES["et"] = dict(
    name="Tartu Teataja", domain="tartuteataja.ee",
    people=["Mari Tamm", "Kristjan Saar", "Liis Kask", "Rasmus Mägi", "Triin Ojasoo", "Andres Kõiv"],
    jobs=["reporter", "toimetaja", "ajakirjanik"],
    photogs=["Sander Ilves", "Kertu Rebane", "Jaan Lõhmus"], agencies=["ERR", "Postimees", "BNS"],
    by_top=[
        [("byline/name", "{name}"), ("byline/job", "{job}"), ("byline/date", "{et_long}")],
        [("byline/date", "{et_num}")],
        [("byline/name", "{name}"), ("byline/date", "{et_kell}")],
        [("byline/name-job", "{name}, Tartu Teataja {job}")],
        [("byline/name-date", "{name} | {et_kell}")],
        [("byline/date", "{et_kell}"), ("byline/date-updated", "Uuendatud {et_kell_u}")],
    ],
    by_extra=[[("byline/relative", "{rel}")], [("byline/date-updated", "Artiklit uuendati {et_kell_u}")],
              [("byline/reading-time", "Lugemisaeg {mins} min")]],
    by_foot=[
        [("byline/editor", "Toimetaja: {name2}")],
        [("byline/editor", "Toimetaja: {name2}"), ("byline/source", "Allikas: ERR")],
        [("byline/source", "Allikas: ERR, BNS")],
        [("byline/email", "{email}")],
    ],
    cred=["Foto: {ph}", "Foto: {ph}/ERR", "Foto: ERR", "Foto: Postimees", "FOTO: {ph}", "Foto: Tartu linnavalitsus",
          "Foto: Erakogu"],
    cred_bare=["{ph}/ERR"],
    joins=["{d}. {c}", "{d} {c}"],
    cred_only=["Foto: {ph}", "FOTO: {ph}/Tartu Teataja", "Foto: Erakogu"],
    counters=["{i}/{n}"], gallery=["Vaata galeriid", "Galerii ({n} fotot)"], controls=[], illus=["Illustreeriv foto"],
    crumbs=["Avaleht » Eesti", "Uudised / Eesti / Tartu"],
    title_tags=[("duphead/title-tag", "{h} | Eesti | Tartu Teataja"), ("duphead/site-suffix", "{h} | Tartu Teataja")],
    kickers=["Eesti", "TARTU", "Linnaelu"], tag_prefix=["FOTOD | {h}", "VIDEO | {h}"],
    promos=[
        [("promo/ad-label", "Reklaam")],
        [("promo/related-teaser", "LOE KA: {t1}")],
        [("promo/related-label", "Loe ka"), ("promo/teaser", "{t1}"), ("promo/teaser", "{t2}")],
        [("promo/paywall", "Artikli lõpuni lugemiseks telli digipakett."), ("promo/paywall-cta", "Telli"),
         ("promo/login", "Oled juba tellija? Logi sisse")],
        [("promo/newsletter-pitch", "Telli Tartu Teataja uudiskiri ja saa olulisemad uudised igal hommikul oma postkasti."),
         ("promo/newsletter-button", "Telli uudiskiri")],
        [("promo/follow", "Jälgi Tartu Teatajat ka Facebookis ja Instagramis!")],
        [("promo/channel-invite", "Liitu meie Telegrami kanaliga, et olla kursis värskeimate uudistega")],
        [("promo/app", "Laadi alla Tartu Teataja äpp")],
        [("promo/comment-count", "Kommentaarid (7)")],
        [("promo/comment-prompt", "Kommenteeri")],
        [("promo/cookie", "Kasutame küpsiseid, et pakkuda sulle paremat kasutajakogemust."), ("promo/cookie-button", "Nõustun")],
        [("promo/podcast", "Kuula ka Tartu Teataja taskuhäälingut „Linnapildis“")],
    ],
    repeat=[[("promo/ad-label", "Reklaam")], [("promo/ad-label", "REKLAAM")], [("promo/related-teaser", "LOE KA: {t}")]],
)

# ---- Turkey -----------------------------------------------------------------
SITES["tr"] = dict(
    name="Ege Gündem", domain="egegundem.com.tr",
    people=["Ayşe Yılmaz", "Mehmet Kaya", "Zeynep Çelik", "Emre Doğan", "Elif Şahin", "Burak Öztürk"],
    jobs=["Muhabir", "Editör", "İzmir Muhabiri"],
    photogs=["Serkan Ateş", "Gizem Yıldız", "Onur Kılıç"], agencies=["AA", "DHA", "İHA"],
    by_top=[
        [("byline/date", "Giriş: {tr_num}"), ("byline/date-updated", "Güncelleme: {tr_num_u}")],
        [("byline/date", "Oluşturulma Tarihi: {tr_hur}")],
        [("byline/name-date", "{name} | Son Güncelleme: {tr_long}")],
        [("byline/desk", "Haber Merkezi")],
        [("byline/desk", "Ege Gündem - Haber Merkezi")],
        [("byline/name", "{name}"), ("byline/job", "{job}"), ("byline/date", "{tr_wd}")],
        [("byline/name-city", "{name} - İzmir")],
        [("byline/date", "{tr_long}")],
    ],
    by_extra=[[("byline/relative", "{rel}")], [("byline/reading-time", "Okuma Süresi: {mins} dk")],
              [("byline/date-updated", "Son Güncelleme: {tr_hur_u}")]],
    by_foot=[
        [("byline/source", "Kaynak: AA")],
        [("byline/source", "Kaynak: DHA")],
        [("byline/desk", "Haber Merkezi")],
        [("byline/name-email", "{name} - {email}")],
    ],
    cred=["Fotoğraf: AA", "Fotoğraf: DHA", "Fotoğraf: {ph}/AA", "Fotoğraf: İHA", "Fotoğraf: Shutterstock",
          "Fotoğraf: İzmir Büyükşehir Belediyesi", "Foto: {ph}"],
    cred_bare=["{ph}/AA", "DHA"],
    joins=["{d} ({c})", "{d} {c}", "{d} | {c}"],
    cred_only=["(Fotoğraf: AA)", "Fotoğraf: {ph}/DHA", "Fotoğraf: İHA"],
    counters=["{i}/{n}", "Fotoğraf {i}/{n}"], gallery=["Galeriye git", "Foto Galeri", "Tüm fotoğrafları gör"],
    controls=[], illus=["Temsili fotoğraf"],
    crumbs=["Anasayfa > Gündem > İzmir", "Ana Sayfa / Yaşam"],
    title_tags=[("duphead/title-tag", "{h} - Son Dakika Haberleri"), ("duphead/site-suffix", "{h} | Ege Gündem"),
                ("duphead/title-tag", "{h} - İzmir Haberleri")],
    kickers=["Gündem", "İZMİR", "Yaşam"], tag_prefix=["SON DAKİKA | {h}", "VİDEO | {h}"],
    promos=[
        [("promo/ad-label", "Reklam")],
        [("promo/continue", "Haberin Devamı")],
        [("promo/related-label", "İlgili Haberler"), ("promo/teaser", "{t1}"), ("promo/teaser", "{t2}")],
        [("promo/related-label", "İlginizi Çekebilir"), ("promo/teaser", "{t1}")],
        [("promo/related-teaser", "İLGİLİ HABER: {t1}")],
        [("promo/follow", "Ege Gündem'i Google News'ten takip edin")],
        [("promo/channel-invite", "WhatsApp kanalımıza katılın, son dakika gelişmelerden anında haberdar olun")],
        [("promo/newsletter-pitch", "E-bültenimize abone olun, günün önemli haberleri e-postanıza gelsin."),
         ("promo/newsletter-button", "Abone Ol")],
        [("promo/app", "Ege Gündem mobil uygulamasını indirin, haberleri anında takip edin")],
        [("promo/comment-count", "Yorumlar (3)")],
        [("promo/comment-prompt", "Yorum yapabilmek için giriş yapmalısınız.")],
        [("promo/cookie", "Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz."),
         ("promo/cookie-button", "Kabul Et")],
        [("promo/share", "Bu haberi paylaş")],
    ],
    repeat=[[("promo/ad-label", "Reklam")], [("promo/continue", "Haberin Devamı")], [("promo/ad-label", "REKLAM")]],
)

# ---- Indonesia --------------------------------------------------------------
SITES["id"] = dict(
    name="KabarJogja", short="kabarjogja", domain="kabarjogja.id",
    people=["Budi Santoso", "Sari Dewi Lestari", "Rahmat Hidayat", "Dian Puspitasari", "Agus Setiawan", "Wahyu Nugroho"],
    jobs=["Jurnalis", "Editor", "Kontributor Yogyakarta"],
    photogs=["Andreas Fitri", "Bayu Prasetyo", "Nur Aini"], agencies=["Antara", "Kompas"],
    by_top=[
        [("byline/name-site", "{name} - kabarjogja"), ("byline/date", "{id_detik}")],
        [("byline/author+editor", "Penulis {name} | Editor {name2}")],
        [("byline/site-date", "KabarJogja.id - {id_num}")],
        [("byline/label-name", "Reporter: {name}"), ("byline/editor", "Editor: {name2}")],
        [("byline/date", "{id_long}")],
        [("byline/name", "{name}"), ("byline/date", "{id_long2}")],
        [("byline/label-name", "Penulis: {name}"), ("byline/editor", "Editor: {name2}"), ("byline/date", "{id_num}")],
    ],
    by_extra=[[("byline/relative", "{rel}")], [("byline/reading-time", "Waktu baca {mins} menit")],
              [("byline/date-updated", "Diperbarui {id_num_u}")]],
    by_foot=[
        [("byline/source", "Sumber: Antara")],
        [("byline/initials", "{code}")],
        [("byline/label-name", "Reporter: {name}"), ("byline/editor", "Editor: {name2}")],
        [("byline/agency", "Copyright © ANTARA 2026")],
    ],
    cred=["(KABARJOGJA.ID/{PH})", "Foto: ANTARA FOTO/{ph}", "(ANTARA FOTO/{ph})", "Foto: {ph}/kabarjogja",
          "Foto: Dok. Pemkot Yogyakarta", "(Dok. Pribadi)", "(KOMPAS.com/{PH})"],
    cred_bare=["KABARJOGJA.ID/{PH}"],
    joins=["{d}. {c}", "{d} {c}", "{d}, {c}"],
    cred_only=["(KABARJOGJA.ID/{PH})", "Foto: ANTARA FOTO/{ph}"],
    counters=["{i}/{n}", "Foto {i} dari {n}"], gallery=["Lihat Foto", "Lihat semua foto"], controls=["Lihat Foto"],
    illus=["Ilustrasi", "Foto ilustrasi"],
    crumbs=["Home > Regional > Jogja", "Beranda › Berita › Jogja"],
    title_tags=[("duphead/title-tag", "{h} Halaman all - KabarJogja.id"), ("duphead/site-suffix", "{h} - KabarJogja"),
                ("duphead/site-suffix", "{h} | KabarJogja.id")],
    kickers=["Regional", "JOGJA", "Ekonomi"], tag_prefix=["VIDEO: {h}", "FOTO: {h}"],
    promos=[
        [("promo/ad-label", "Iklan")],
        [("promo/ad-label", "ADVERTISEMENT"), ("promo/ad-scroll", "SCROLL TO CONTINUE WITH CONTENT")],
        [("promo/related-teaser", "Baca juga: {t1}")],
        [("promo/related-label", "Baca Juga:"), ("promo/teaser", "{t1}"), ("promo/teaser", "{t2}")],
        [("promo/channel-invite", "Dapatkan update berita pilihan dan breaking news setiap hari dari KabarJogja.id. Mari bergabung di Grup Telegram \"KabarJogja News Update\", caranya klik link https://t.me/kabarjogjaupdate, kemudian join. Anda harus install aplikasi Telegram terlebih dulu di ponsel.")],
        [("promo/channel-invite", "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita KabarJogja.id WhatsApp Channel : https://whatsapp.com/channel/0029VaKabarJogja")],
        [("promo/read-source", "Baca artikel kabarjogja, \"{h}\" selengkapnya https://www.kabarjogja.id/regional/d-7712034/")],
        [("promo/video-embed", "Simak Video \"{t2}\""), ("promo/video-embed", "[Gambas:Video KabarJogja]")],
        [("promo/follow", "Ikuti berita terkini dari KabarJogja.id di Google News")],
        [("promo/app", "Unduh aplikasi KabarJogja untuk mendapatkan berita terbaru setiap hari")],
        [("promo/comment-prompt", "Berikan komentar Anda")],
        [("promo/newsletter-pitch", "Berlangganan newsletter KabarJogja dan dapatkan ringkasan berita pilihan setiap pagi."),
         ("promo/newsletter-button", "Daftar")],
    ],
    repeat=[[("promo/ad-label", "Iklan")], [("promo/ad-label", "ADVERTISEMENT"), ("promo/ad-scroll", "SCROLL TO CONTINUE WITH CONTENT")],
            [("promo/related-teaser", "Baca juga: {t}")]],
)

# --------------------------------------------------------------------------
# Harness (verbatim from the reference)
# --------------------------------------------------------------------------


SEPS = [" | ", " · ", " • ", " — ", " / ", " – "]

PDATE = {"gb": "dmy_s", "ca": "mdy", "za": "za", "us": "mdy", "blog": "mdy", "review": "dmy", "pt": "pt_num",
         "ro": "ro_long", "hr": "hr_num0", "et": "et_num", "tr": "tr_long", "id": "id_num"}


def pick_slot(rng, n, top, foot):
    """after-block index: 0 = under the headline, n-1 = after the last paragraph, else between paragraphs."""
    r = rng.random()
    if r < top:
        return 0
    if r < top + foot:
        return n - 1
    return rng.randint(1, n - 2)


def gen_byline(art, rng, paras, headline):
    S = SITES[art["site"]]
    c = make_ctx(art, rng, headline)
    doc = Doc(headline, paras)
    n = len(doc.blocks)
    placed = False
    r = rng.random()
    if r < 0.72:
        items = fmt(rng.choice(S["by_top"]), c)
        if rng.random() < 0.25:
            extra = fmt(rng.choice(S["by_extra"]), c)
            items = items + extra if rng.random() < 0.6 else extra + items
        j = 0 if rng.random() < 0.8 else 1          # under the headline, or after the standfirst
        place(doc, rng, j, items)
        placed = True
    elif r < 0.8:
        # name + date joined by one of the common separators
        items = [(c["name"] + rng.choice(SEPS) + c[PDATE[art["site"]]], "byline/name-date")]
        place(doc, rng, 0, items)
        placed = True
    elif r < 0.9:
        # a lone date / relative time / reading time / update stamp
        place(doc, rng, 0, fmt(rng.choice(S["by_extra"]), c))
        placed = True
    if not placed or rng.random() < 0.35:
        place(doc, rng, n - 1, fmt(rng.choice(S["by_foot"]), c))
    return doc


# --------------------------------------------------------------------------
# CAPTION
# --------------------------------------------------------------------------
def _clean(line):
    while ".." in line and "..." not in line:
        line = line.replace("..", ".")
    return line


def _one_line(S, c, rng, desc):
    tpl = rng.choice(S["joins"])
    return _clean(tpl.format(d=desc, c=rng.choice(S["cred"]).format(**c), b=rng.choice(S["cred_bare"]).format(**c)))


def caption_items(S, c, rng, desc):
    cred = lambda: rng.choice(S["cred"]).format(**c)
    dot = desc + "." if rng.random() < 0.3 else desc
    shapes = [("one", 30), ("two", 14), ("first", 7), ("only", 11), ("desc-only", 3)]
    if S["counters"]:
        shapes.append(("counter", 8))
    if S["gallery"]:
        shapes.append(("gallery", 7))
    if S["controls"]:
        shapes.append(("control", 6))
    if S["illus"]:
        shapes.append(("illus", 5))
    shape = rng.choices([s for s, _ in shapes], [w for _, w in shapes])[0]
    if shape == "one":
        return [(_one_line(S, c, rng, desc), "caption/desc+credit")]
    if shape == "two":
        return [(dot, "caption/desc"), (cred(), "caption/credit")]
    if shape == "first":
        return [(cred(), "caption/credit-first"), (dot, "caption/desc")]
    if shape == "only":
        return [(rng.choice(S["cred_only"]).format(**c), "caption/credit-only")]
    if shape == "desc-only":
        return [(desc, "caption/desc-only")]
    if shape == "counter":
        counter = rng.choice(S["counters"]).format(**c)
        if rng.random() < 0.4:
            return [(counter + " " + _one_line(S, c, rng, desc), "caption/counter+desc")]
        items = [(counter, "caption/counter"), (_one_line(S, c, rng, desc), "caption/desc+credit")]
        return items if rng.random() < 0.7 else items[::-1]
    if shape == "gallery":
        g = (rng.choice(S["gallery"]).format(**c), "caption/gallery-link")
        r = rng.random()
        if r < 0.3:
            return [g]
        return [(_one_line(S, c, rng, desc), "caption/desc+credit"), g] if r < 0.75 else [g, (_one_line(S, c, rng, desc), "caption/desc+credit")]
    if shape == "control":
        k = (rng.choice(S["controls"]), "caption/control")
        cap = (_one_line(S, c, rng, desc), "caption/desc+credit")
        return [k, cap] if rng.random() < 0.5 else [cap, k]
    # illustrative stock photo
    il = rng.choice(S["illus"])
    r = rng.random()
    if r < 0.4:
        return [(il, "caption/illustrative")]
    if r < 0.7:
        return [(_one_line(S, c, rng, il), "caption/illustrative+credit")]
    return [(il, "caption/illustrative"), (cred(), "caption/credit")]


# captions that restate the sentence next to the photo: (paragraph index, caption text)
RESTATE = {
    "en-gb-bus": [(0, "Villagers in the upper Calder valley say they will be cut off from shops and surgeries"),
                  (1, "The route links Heptonstall, Blackshaw Head and Todmorden"),
                  (5, "A public meeting about the changes will be held at Blackshaw Head chapel on Thursday evening")],
    "en-ca-iceroad": [(0, "Winter roads that connect more than 20 remote communities in northern Manitoba will open weeks later than usual this season"),
                      (1, "Provincial crews measure ice thickness every few days"),
                      (5, "The province says it will extend the season into late March if temperatures allow")],
    "en-za-water": [(0, "Thousands of households in the eastern suburbs of Tshwane have gone more than two weeks without reliable tap water"),
                    (1, "Water tankers have been sent to several collection points"),
                    (3, "A replacement pump arrived from Durban and is being installed, the metro said")],
    "en-us-typewriter": [(0, "Walter Brandt opens his shop on a side street in Dayton at nine every morning"),
                         (1, "Brandt has repaired typewriters for 54 years"),
                         (3, "The phone number painted on the window has not changed since 1971")],
    "en-blog-garlic": [(0, "Finally got the garlic in on Sunday"),
                       (1, "Each clove pushed in with my thumb, then covered with leaf mould")],
    "en-review-ereader": [(0, "The Lumora Glide 7 has a sharp six-inch screen and a warm front light"),
                          (2, "Page turns are quick, and text at the default size looks crisp")],
    "pt-onibus": [(0, "Linhas de ônibus noturnas do Recife vão circular até as 2h da manhã a partir de janeiro"),
                  (1, "A mudança atende a um pedido antigo de trabalhadores do setor de bares e restaurantes")],
    "ro-piste": [(0, "Primăria Iași va construi 14 kilometri de piste pentru biciclete separate de carosabil"),
                 (1, "Noile piste vor lega cartierele Tătărași, Nicolina și Copou de centrul orașului")],
    "hr-trajekt": [(0, "Od ponedjeljka trajekt između Splita i Supetra vozit će svaka dva sata"),
                   (1, "Otočani se godinama žale na zimski red plovidbe")],
    "et-valgus": [(0, "Tartu linn paigaldab Emajõe kaldapromenaadile enne jõule ligi sada uut valgustit"),
                  (1, "Kroonuaia silla ja Vabaduse silla vaheline lõik on olnud õhtuti peaaegu täiesti pime")],
    "tr-vapur": [(0, "Karşıyaka ile Konak arasındaki vapur seferleri kış tarifesinde her yarım saatte bir yapılacak"),
                 (1, "Geçen kış sabah saatlerinde iskelelerde uzun kuyruklar oluşuyordu")],
    "id-pasar": [(0, "Pemerintah Kota Yogyakarta mulai merenovasi Pasar Kranggan pekan depan"),
                 (1, "Bangunan pasar yang berdiri sejak tahun 1970-an itu dinilai sudah tidak layak")],
}


def gen_caption(art, rng, paras, headline):
    S = SITES[art["site"]]
    c = make_ctx(art, rng, headline)
    doc = Doc(headline, paras)
    n = len(doc.blocks)
    ncap = rng.choice([1, 1, 1, 2, 2, 3])
    descs = list(art["captions"])
    rng.shuffle(descs)
    restate = rng.random() < 0.2
    for k in range(ncap):
        if restate and k == 0:
            i, desc = rng.choice([x for x in RESTATE[art["id"]] if x[0] < len(paras)])
            items = [(_one_line(S, c, rng, desc), "caption/restate+credit")]
            place(doc, rng, i + 1 if rng.random() < 0.6 else i, items)
            continue
        desc = descs[k % len(descs)]
        items = caption_items(S, c, rng, desc)
        if k == 0 and rng.random() < 0.45:
            j = 0                                   # lead image under the headline
        else:
            j = pick_slot(rng, n, 0.1, 0.12)
        place(doc, rng, j, items)
    return doc


# --------------------------------------------------------------------------
# DUPHEAD
# --------------------------------------------------------------------------
def dup_items(S, c, rng, h, lang):
    shapes = [("exact", 18), ("crumb", 12), ("crumbtitle", 7), ("tag", 20), ("og", 6), ("caps", 10),
              ("kicker", 10), ("stop", 6)]
    if S["tag_prefix"]:
        shapes.append(("prefix", 7))
    shape = rng.choices([s for s, _ in shapes], [w for _, w in shapes])[0]
    if shape == "exact":
        return [(h, "duphead/exact")]
    if shape == "crumb":
        return [(rng.choice(S["crumbs"]), "duphead/breadcrumb"), (h, "duphead/exact")]
    if shape == "crumbtitle":
        crumb = rng.choice(S["crumbs"])
        sep = next((s for s in (" › ", " > ", " / ", " » ") if s in crumb), " › ")
        return [(crumb + sep + h, "duphead/breadcrumb+title")]
    if shape == "tag":
        lab, tpl = rng.choice(S["title_tags"])
        return [(tpl.format(h=h), lab)]
    if shape == "og":
        return [("Title: " + h, "duphead/og-title")]
    if shape == "caps":
        return [(upper(h, lang), "duphead/caps")]
    if shape == "kicker":
        copy = (h, "duphead/exact") if rng.random() < 0.7 else (upper(h, lang), "duphead/caps")
        return [(rng.choice(S["kickers"]), "duphead/kicker"), copy]
    if shape == "stop":
        return [(h + ".", "duphead/full-stop")]
    return [(rng.choice(S["tag_prefix"]).format(h=h), "duphead/tag-prefix")]


def gen_duphead(art, rng, paras, headline):
    S = SITES[art["site"]]
    doc = Doc(headline, paras)
    n = len(doc.blocks)
    r = rng.random()
    j = 0 if r < 0.72 else (1 if r < 0.82 else n - 1)
    place(doc, rng, j, dup_items(S, None, rng, headline, art["lang"]))
    if rng.random() < 0.25:
        place(doc, rng, 0 if rng.random() < 0.5 else n - 1, dup_items(S, None, rng, headline, art["lang"]))
    return doc


# --------------------------------------------------------------------------
# PROMO
# --------------------------------------------------------------------------
def gen_promo(art, rng, paras, headline):
    S = SITES[art["site"]]
    c = make_ctx(art, rng, headline)
    doc = Doc(headline, paras)
    n = len(doc.blocks)
    if rng.random() < 0.5:
        box = rng.choice(S["repeat"])
        # ad slots can repeat all the way down the page; the same "read also" box two or three times
        reps = rng.randint(2, min(3 if any("{t}" in tpl for _, tpl in box) else 7, n))
        for k, j in enumerate(sorted(rng.sample(range(n), reps))):
            cc = dict(c, t=(c["t1"], c["t2"])[k % 2])
            place(doc, rng, j, fmt(box, cc))
        nshapes = rng.choice([0, 1, 1, 2])
    else:
        nshapes = rng.choice([1, 1, 2, 3])
    for sh in rng.sample(S["promos"], nshapes):
        place(doc, rng, pick_slot(rng, n, 0.2, 0.4), fmt(sh, c))
    return doc


KINDS = ["byline", "caption", "duphead", "promo"]
GEN = dict(byline=gen_byline, caption=gen_caption, duphead=gen_duphead, promo=gen_promo)


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


if __name__ == "__main__":
    sys.exit(harness.main(sys.modules[__name__], "noise_eighth", 8))
