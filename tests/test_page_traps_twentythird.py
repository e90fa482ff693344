"""Traps of real pages met in the twenty-seventh round's sets, in texts written for these tests: an
arrival report that announces the talks for the next day (the talks' day is the event's); weekdays
that Gujarati, Bengali and Tamil write with a case ending; a name typed in Urdu or Persian without
the space its letters do not show, and a short name that would so become a city's."""
from __future__ import annotations

import pytest

from kabar.understand.actors import find_people
from kabar.understand.countries import count_countries
from kabar.understand.pipeline import understand
from tests.sitebuild import build_site, by_file, write_seeds


def _read(text: str, name: str = "page.txt"):
    return understand(text.encode(), name).record


# a president lands on the Sunday; the talks with the host's prime minister are the next day
ARRIVAL = ("Presiden Tiba di Wellington\n\n"
           "WELLINGTON - Presiden Joko Widodo melakukan kunjungan kenegaraan ke Selandia Baru, Minggu (18/3/2018), "
           "seusai menghadiri pertemuan puncak di Sydney. Pesawat kepresidenan tiba di Wellington pukul 22.20 "
           "waktu setempat.\n\n"
           "Presiden dijadwalkan bertemu dengan Perdana Menteri Selandia Baru Jacinda Ardern, Senin (19/3/2018). "
           "Kedua pemimpin akan membahas perdagangan dan minyak sawit.\n")


@pytest.mark.parametrize("text, iso", [
    (ARRIVAL, "2018-03-19"),
    # (a day five days on is another day of the trip, not the talks of the visit it arrives for)
    (ARRIVAL.replace("Senin (19/3/2018)", "Jumat (23/3/2018)"), "2018-03-18"),
    # (the next day's business people are not the other side)
    (ARRIVAL.replace("Perdana Menteri Selandia Baru Jacinda Ardern", "para pengusaha di Auckland"), "2018-03-18"),
    # a Korean lead: landed on the 1st, local time; the summit with the host's president on the 2nd
    ("박근혜 대통령, 모스크바 도착\n\n입력 2015-12-02 08:35\n"
     "박근혜 대통령은 1일(현지시간) 오후 러시아 모스크바에 도착했다.\n"
     "박 대통령은 2일 블라디미르 푸틴 러시아 대통령과 정상회담을 갖는다.\n", "2015-12-02"),
])
def test_an_arrival_report_is_dated_on_the_talks_it_announces_for_the_next_days(text, iso):
    assert _read(text).date.iso == iso


def test_an_arrival_report_joins_the_reports_of_the_talks(tmp_path):
    talks = ("Ardern and Widodo talk trade in Wellington\n\n"
             "WELLINGTON, March 19, 2018 - New Zealand Prime Minister Jacinda Ardern held talks with Indonesian "
             "President Joko Widodo at Government House on Monday, March 19, on trade and palm oil.\n")
    site = by_file(build_site(write_seeds(tmp_path / "seeds", {"a.txt": ARRIVAL, "b.txt": talks}), tmp_path / "out"))
    assert site["a.txt"]["date"] == site["b.txt"]["date"] == "2018-03-19"
    assert site["a.txt"]["event"] == site["b.txt"]["event"]


@pytest.mark.parametrize("text, weekday", [
    ("નવી દિલ્હીઃ ઇટાલીના વડા પ્રધાન પાઓલો જેન્ટીલોની સોમવારે ભારત પહોંચ્યા હતા. જેન્ટીલોનીએ હૈદરાબાદ હાઉસમાં "
     "વડા પ્રધાન નરેન્દ્ર મોદી સાથે મુલાકાત કરી હતી.\n", 0),
    ("ঢাকা: ভারতের প্রধানমন্ত্রী নরেন্দ্র মোদী শনিবারে ঢাকায় পৌঁছেছেন এবং প্রধানমন্ত্রী শেখ হাসিনার সঙ্গে বৈঠক "
     "করেছেন।\n", 5),
    ("புது தில்லி: இலங்கை ஜனாதிபதி மைத்ரிபால சிறிசேன வியாழக்கிழமை பிரதமர் நரேந்திர மோடியை சந்தித்துப் "
     "பேசினார்.\n", 3),
])
def test_a_weekday_with_its_case_ending_is_the_reports_weekday(text, weekday):
    date = _read(text).date
    assert date.iso is None and date.weekday == weekday


def test_a_name_typed_without_the_space_its_letters_do_not_show():
    # Urdu: "نواز شریف" typed with no space after the zay, which joins no next letter
    text = ("وزیراعظم کی سری لنکن صدر سے ملاقات\n\n"
            "کولمبو: وزیراعظم نوازشریف نے سری لنکا کے صدارتی محل میں سری لنکن صدر سے ملاقات کی اور دو طرفہ "
            "تعلقات پر بات چیت کی گئی۔\n")
    record = _read(text)
    assert {m.person for m in record.people} == {"nawaz-sharif"}
    assert record.countries.codes == ("LK", "PK")


def test_a_short_name_run_together_is_not_a_city():
    # "سوتشي" is Sochi: Suu Kyi's "سو تشي" run together is a word of two letters and one of three
    text = ("استقبل الرئيس الروسي فلاديمير بوتين نظيره المصري عبد الفتاح السيسي في منتجع سوتشي على البحر "
            "الأسود لبحث العلاقات الثنائية.\n")
    people = {m.person for m in find_people(text, "ar")}
    assert people == {"vladimir-putin", "abdel-fattah-el-sisi"}


@pytest.mark.parametrize("text, lang, person", [
    # Ukrainian writes "є", "ї", "і" where the list's Russian spelling has "е", "и": one name
    ("Президент Болгарії Росен Плевнелієв зустрівся з Петром Порошенком у Києві.", "uk", "rosen-plevneliev"),
    ("Президент Азербайджану Ільхам Алієв прибув до Мінська з офіційним візитом.", "uk", "ilham-aliyev"),
])
def test_a_name_in_ukrainian_letters_is_the_listed_russian_spelling(text, lang, person):
    assert person in {m.person for m in find_people(text, lang)}


# a headline, a standfirst naming a visit planned months ahead, a photo's caption printed twice with
# its photographer's credit, and a lead that tells the day by its weekday against the page's date
AUDIENCE = ("Mundo\n\n"
            "Papa recebe presidente do Peru no Vaticano\n\n"
            "Presidente deve abordar a visita prevista do pontífice a Lima, de 14 a 17 de agosto, para "
            "um encontro de jovens\n\n"
            "Presidente Ollanta Humala durante encontro com o Papa Francisco no Palácio Apostólico (Ana Lima Souza/PR)\n\n"
            "Presidente Ollanta Humala durante encontro com o Papa Francisco no Palácio Apostólico (Ana Lima Souza/PR)\n\n"
            "Publicado em 19 de março de 2014 às 09h01.\n\n"
            "Cidade do Vaticano - O Papa Francisco recebe nesta quarta-feira na biblioteca do palácio "
            "apostólico o presidente do Peru, Ollanta Humala, que chegou a Roma na terça-feira.\n\n"
            "Os dois devem falar da visita do Papa à América do Sul e da cooperação contra a pobreza.\n")


def test_a_caption_with_its_photographers_credit_is_not_the_headline():
    assert _read(AUDIENCE).title == "Papa recebe presidente do Peru no Vaticano"


def test_a_day_months_ahead_in_a_sentence_of_plans_is_not_the_event():
    # the audience is this Wednesday, 19 March; the 14th to 17th of August is a visit to come
    for text in (AUDIENCE, AUDIENCE.replace(" (Ana Lima Souza/PR)", "")):
        date = _read(text).date
        assert (date.iso, date.month_day) == ("2014-03-19", None)


@pytest.mark.parametrize("text", [
    # a treaty's day, decades before the two leaders the lead names (no title) held office together
    ("Merkel und Macron in Aachen\n\n"
     "Am 22. Januar 1963 unterzeichneten Adenauer und de Gaulle den Élysée-Vertrag. In Aachen trafen sich "
     "Angela Merkel und Emmanuel Macron, um einen neuen Vertrag zu unterzeichnen.\n\n"
     "Macron lobte die Freundschaft der beiden Länder.\n"),
])
def test_a_day_before_the_leads_leaders_held_office_together_is_history(text):
    date = _read(text).date
    assert date.iso is None and date.month_day is None


def test_a_full_date_years_after_the_pages_own_is_a_target():
    text = ("Modi and Abe set trade goal\n\nPublished 11 November 2016\n\n"
            "Japanese Prime Minister Shinzo Abe and Indian Prime Minister Narendra Modi agreed in Tokyo to double "
            "trade by 31 December 2025, their officials said on Friday.\n\n"
            "The two signed a civil nuclear agreement.\n")
    assert _read(text).date.iso == "2016-11-11"


def test_a_chinese_caption_closed_by_its_photographer_is_not_the_headline():
    text = ("3月5日,国家主席习近平在北京人民大会堂同智利总统巴切莱特举行会谈。新华社记者 王小明 摄\n"
            "习近平同智利总统巴切莱特举行会谈\n"
            "新华社北京3月5日电(记者 李华)国家主席习近平5日在人民大会堂同智利总统巴切莱特举行会谈。"
            "两国元首同意推动中智全面战略伙伴关系发展。\n")
    assert _read(text).title == "习近平同智利总统巴切莱特举行会谈"


def test_a_day_whose_weekday_is_a_slip_gives_way_to_the_day_written_again():
    # Friday is the 12th of May 2017; "Jumat (10/5/2017)" is a slip the page writes right further down
    text = ("Jokowi Sambut Dukungan Chile di Dewan Keamanan\n\n"
            "Chile dan Indonesia saling mendukung untuk menjadi anggota tidak tetap Dewan Keamanan PBB.\n\n"
            "Presiden Joko Widodo. FOTO/Dewi Lestari.\n\n"
            "kabar.id - Presiden Joko Widodo menghargai dukungan Chile terhadap pencalonan Indonesia menjadi anggota "
            "tidak tetap Dewan Keamanan PBB 2019-2020. Indonesia telah mendukung Chile pada tahun 2014-2015.\n\n"
            "\"Saya menyampaikan penghargaan,\" kata Presiden Joko Widodo dalam konferensi pers bersama Presiden "
            "Chile Michelle Bachelet usai pertemuan bilateral di Istana Merdeka Jakarta, Jumat (10/5/2017), seperti "
            "diwartakan kantor berita.\n\n"
            "Jokowi mengatakan kedua negara sepakat meningkatkan perdagangan dan investasi melalui perjanjian "
            "kemitraan ekonomi yang mulai berlaku tahun ini.\n\n"
            "Presiden Bachelet, yang tiba di Jakarta bersama delegasi bisnis, dijamu makan siang oleh Presiden "
            "Jokowi di Istana Merdeka, Jumat (12/5/2017).\n")
    assert _read(text).date.iso == "2017-05-12"


def test_a_day_decades_before_the_leads_leader_held_office_dates_nothing():
    # the one listed leader the lead names, without a title, first held office in 2005
    text = ("Merkel und Kaczyński in Warschau\n\n"
            "Angela Merkel erinnerte in Warschau an den 9. November 1989, als die Mauer fiel, und sprach mit "
            "Jarosław Kaczyński über die Zukunft Europas und die Beziehungen zwischen Deutschland und Polen.\n\n"
            "Beide lobten die Nachbarschaft.\n")
    assert _read(text).date.iso is None


@pytest.mark.parametrize("text, title", [
    # a breadcrumb with no space around its ">>"
    ("新華網(wǎng)>>要聞\n\n丹麦女王:首位访问中国特区的北欧君主\n\n人民网记者 王明\n\n"
     "2014年04月25日15:08    来源:人民网    手机看新闻\n原标题:丹麦女王玛格丽特二世:首位访问中国特区的北欧君主\n\n"
     "  2014年4月24日,国家主席习近平在北京人民大会堂同丹麦女王玛格丽特二世举行会谈。两国元首同意深化合作。\n",
     "丹麦女王:首位访问中国特区的北欧君主"),
    # the page's keywords printed as a list before the headline
    ("Bundeskanzlerin ,Angela Merkel,König Abdullah II, Jordanien,Amman,Ausland,Politik\n\n"
     "Merkel berät mit Jordaniens König über Flüchtlinge\n\n"
     "Bundeskanzlerin Angela Merkel ist in Amman von König Abdullah II. empfangen worden. Die beiden sprachen "
     "über die Flüchtlinge aus Syrien und die Hilfe Deutschlands.\n",
     "Merkel berät mit Jordaniens König über Flüchtlinge"),
    # a rubric in capitals glued before a headline that opens with an article
    ("DIPLOMATIE Le président chilien en visite à Paris\n\n"
     "La présidente chilienne Michelle Bachelet sera reçue demain à l'Elysée par Emmanuel Macron pour une "
     "visite d'Etat de deux jours consacrée au commerce et au climat.\n",
     "Le président chilien en visite à Paris"),
])
def test_a_breadcrumb_a_keyword_list_and_a_rubric_are_not_the_headline(text, title):
    assert _read(text).title == title


@pytest.mark.parametrize("text, people", [
    # "克里" is Kerry; "克里斯蒂娜" after the title is Cristina, a longer name going on
    ("习近平同阿根廷总统克里斯蒂娜举行会谈。", {"xi-jinping"}),
    ("总统特朗普表示欢迎。", {"donald-trump"}),
])
def test_a_short_chinese_name_that_a_longer_one_goes_on_from_is_not_the_name(text, people):
    assert {m.person for m in find_people(text, "zh")} == people


def test_a_chinese_datelines_day_takes_the_year_of_the_summit_the_lead_names():
    # no year anywhere: the dateline's 9月3日 and the lead's 3日, at the G20 summit in Hangzhou (2016)
    text = ("习近平会见南非总统\n"
            "新华社杭州9月3日电(记者 王明)国家主席习近平3日在杭州会见来华出席二十国集团领导人杭州峰会的南非总统祖马。"
            "两国元首同意深化全面战略伙伴关系。\n")
    assert _read(text).date.iso == "2016-09-03"


def test_a_namesake_with_another_title_does_not_rule_out_the_date():
    # the listed Sugiono became foreign minister in 2024; "Ketua Majelis Sugiono Hartanto" is someone else
    text = ("Ketua Majelis Bertemu Perdana Menteri Malaysia\n\n"
            "Ketua Majelis Nasional Indonesia Sugiono Hartanto menerima Perdana Menteri Malaysia Anwar Ibrahim "
            "di Jakarta pada tanggal 9 Januari 2023 untuk membahas perdagangan dan pendidikan.\n\n"
            "Kedua pihak sepakat memperluas kerja sama di bidang energi.\n")
    assert _read(text).date.iso == "2023-01-09"


@pytest.mark.parametrize("head", [
    "جريدة الكترونية تأسست\n1/1/2015\n",  # (an online paper "founded" over its day)
    "Founded 1 January 2015\n",
])
def test_the_day_a_site_was_founded_is_not_the_pages_date(head):
    text = (head + "\nAoun thanks Macron for his role\n\n"
            "Lebanese President Michel Aoun received a phone call from French President Emmanuel Macron "
            "today, before Prime Minister Saad Hariri arrived at the Elysee.\n")
    record = _read(text)
    assert record.date.published is None and record.date.iso is None


@pytest.mark.parametrize("sentence, lang", [
    # the name Turkey had in these languages before CLDR wrote "Türkiye" (तुर्किये, ترکیہ, துருக்கியே)
    ("तुर्की के राष्ट्रपति ने तेहरान में ईरान के राष्ट्रपति से मुलाकात की।", "hi"),
    ("ترکی کے صدر نے تہران میں ایران کے صدر سے ملاقات کی۔", "ur"),
    ("துருக்கி அதிபர் தெஹ்ரானில் ஈரான் அதிபரைச் சந்தித்தார்.", "ta"),
])
def test_turkeys_name_before_cldr_wrote_turkiye(sentence, lang):
    assert count_countries(sentence, lang)["TR"] > 0


@pytest.mark.parametrize("sentence, lang, code", [
    # names a newsroom writes that CLDR lacks
    ("Erdoğan, Fildişi Sahili Cumhurbaşkanı ile Abidjan'da görüştü.", "tr", "CI"),
    ("El presidente de Costa de Marfil visitó Madrid.", "es", "CI"),
    ("Der Präsident der Elfenbeinküste besuchte Berlin.", "de", "CI"),
    ("Il presidente della Repubblica Ceca è arrivato a Roma.", "it", "CZ"),
    ("चेक गणराज्य के राष्ट्रपति दिल्ली पहुंचे।", "hi", "CZ"),
])
def test_a_countrys_name_the_press_writes_beside_cldrs(sentence, lang, code):
    assert count_countries(sentence, lang)[code] > 0


def test_a_sites_mobile_edition_name_is_not_the_headline():
    text = ("中国新闻网移动版\n"
            "习近平同津巴布韦总统举行会谈\n"
            "新华社北京3月5日电 国家主席习近平5日在人民大会堂同津巴布韦总统举行会谈。两国元首同意深化合作。\n")
    assert _read(text).title == "习近平同津巴布韦总统举行会谈"


def test_a_market_widget_and_a_loading_message_are_not_the_headline_nor_the_title():
    # a Turkish site's currency widget (labels, colons, rates) and its search box's "please wait",
    # then a two-word headline and the report
    text = ("Dolar Alış\n:\n34.3333\nDolar Satış\n:\n34.3951\nEuro Alış\n:\n36.2766\n"
            "Aranıyor, lütfen bekleyiniz...\n\nBarış İmzası\n\n"
            "Türkiye ile Japonya arasında nükleer santral anlaşması bugün Ankara'da Başbakan Recep Tayyip "
            "Erdoğan ve Japonya Başbakanı Shinzo Abe tarafından imzalandı.\n\n"
            "İmza töreni sonrası düzenlenen basın toplantısında Erdoğan, iki ülkenin işbirliğini övdü.\n")
    assert _read(text).title == "Barış İmzası"


def test_a_title_derived_from_the_lead_skips_a_block_without_a_letter():
    text = ("|\n\n1.2184548-1434056723\n\n"
            "Theresa May and Crown Prince Mohammed bin Salman met at Downing Street on Wednesday to discuss "
            "trade and Yemen.\n")
    record = _read(text)
    assert record.title_derived and record.title.startswith("Theresa May and Crown Prince")
