"""Traps met in the forty-fourth round's sets, in texts written for these tests: a Chinese paper's
page line with its name after the date and weekday; a traditional-Chinese publication label glued to
the site's name; a Chinese page's stamp written in figures with a notice run on after it; a duration
written like a day ("1日内"); a publication line the lead then calls "yesterday, Tuesday"."""
from __future__ import annotations

import pytest

from tests.records import record_of as _record


PAPER_NAME_AFTER_THE_DATE = (
    "李强会见蒙古国总理\n"
    "双方同意加强矿产和能源合作\n"
    "2023年6月14日 星期三 北方晨报\n"
    "分享:\n"
    "  据新华社电 国务院总理李强13日在人民大会堂会见蒙古国总理奥云额尔登。\n"
    "  李强表示,中方愿同蒙方加强矿产、能源和基础设施合作。\n")


def test_a_papers_page_line_with_its_name_after_the_date_is_the_pages_day():
    """"2023年6月14日 星期三 北方晨报" is the paper's page line; the lead's "13日" is the meeting's
    day (before, the page line's full date was read as the lead's and the 14th given)."""
    record = _record(PAPER_NAME_AFTER_THE_DATE)
    assert (record.date.iso, record.date.published) == ("2023-06-13", "2023-06-14")


def test_a_traditional_chinese_publication_label_glued_to_the_sites_name_marks_the_pages_day():
    text = ("李強會見蒙古國總理\n"
            "編輯:王明 信息來源: 北方網-新華網發布時間:2023-6-14\n"
            "6月13日,國務院總理李強在人民大會堂會見蒙古國總理奧雲額爾登。新華社記者攝\n"
            "新華社北京6月13日電 13日,國務院總理李強在人民大會堂會見蒙古國總理奧雲額爾登。\n"
            "李強表示,中方願同蒙方加強礦產、能源和基礎設施合作。\n")
    record = _record(text)
    assert (record.date.iso, record.date.published) == ("2023-06-13", "2023-06-14")


@pytest.mark.parametrize("stamp", ["2023-06-14", "2023/6/14"])
def test_a_chinese_pages_stamp_in_figures_with_a_notice_run_on_is_the_pages_day(stamp):
    """The stamp line goes on with a copyright notice that says "within 1 day" ("1日内"): neither
    the stamp (the 14th) nor that "1日" (the 1st) is the day of the meeting, the lead's 13th."""
    text = ("首页 > 国际新闻 > 李强会见蒙古国总理\n"
            "李强会见蒙古国总理\n"
            f"{stamp} 部分图片来自网络,如涉及版权问题,请联系我们,我们将在1日内删除。\n"
            "摘要:国务院总理李强13日在人民大会堂会见蒙古国总理奥云额尔登,双方就两国关系交换意见。\n"
            "李强表示,中方愿同蒙方加强矿产、能源和基础设施合作。\n")
    record = _record(text)
    assert (record.date.iso, record.date.published) == ("2023-06-13", "2023-06-14")


@pytest.mark.parametrize("text, iso", [
    # Arabic: a page line with the Hijri and the Gregorian date (Wednesday 14 June 2023) and the
    # agency's name, then "received … yesterday, Tuesday"
    ("الرئيس المصري يستقبل نظيره الكيني في القاهرة\n\n"
     "الأربعاء 25 ذو القعدة 1444// 14 يونيو/حزيران 2023 وكالة الأنباء الشرقية للأخبار.\n"
     "القاهرة\n"
     "استقبل الرئيس المصري عبد الفتاح السيسي الرئيس الكيني وليام روتو،أمس الثلاثاء، في القاهرة، "
     "خلال زيارة رسمية بدأها الأخير إلى مصر.\n"
     "وأكد السيسي أن العلاقات بين مصر وكينيا تشهد تطورا ملحوظا.\n", "2023-06-13"),
    # Spanish: the same, "ayer martes"
    ("El presidente de Chile recibe a su homólogo de Uruguay\n\n"
     "14 de junio de 2023 Agencia de Noticias del Sur y del Pacífico.\n"
     "El presidente de Chile, Gabriel Boric, recibió ayer martes en Santiago a su homólogo de Uruguay, "
     "Luis Lacalle Pou, en una visita oficial de dos días.\n"
     "Ambos mandatarios firmaron acuerdos de cooperación.\n", "2023-06-13"),
])
def test_a_day_the_lead_then_calls_yesterday_and_names_its_weekday_is_the_pages_day(text, iso):
    assert _record(text).date.iso == iso


def test_yesterday_alone_after_a_full_date_is_not_enough_to_move_it():
    """"yesterday" with another weekday than the day before the written date tells nothing about
    that date: it stays the day the lead writes (the 14th)."""
    text = ("El presidente de Chile recibe a su homólogo de Uruguay\n\n"
            "El 14 de junio de 2023 el presidente de Chile, Gabriel Boric, recibió en Santiago a su homólogo "
            "de Uruguay, Luis Lacalle Pou; ayer jueves ambos visitaron Valparaíso.\n"
            "Ambos mandatarios firmaron acuerdos de cooperación.\n")
    assert _record(text).date.iso == "2023-06-14"


@pytest.mark.parametrize("written, iso", [
    ("मंगलबार, १८ मंसिर, २०८१", "2024-12-03"),  # day, month, year
    ("२०८१ मंसिर १८ गते", "2024-12-03"),  # year, month, day
    ("२०८० साउन ५ गते", "2023-07-21"),
    ("मंसिर १८, २०८१", "2024-12-03"),  # month, day, year
])
def test_a_nepali_bikram_sambat_date_is_read_as_the_gregorian_day_it_is(written, iso):
    text = (f"नेपाल र भुटानबीच सहमति\n"
            f"राष्ट्रिय समाचार संवाददाता, {written}\n"
            "काठमाडौँ। भुटानको औपचारिक भ्रमणमा रहेका परराष्ट्रमन्त्रीले भुटानी समकक्षीसँग भेटवार्ता गरेका छन् ।\n"
            "दुई देशबीच व्यापार र पर्यटनमा सहकार्य गर्ने सहमति भएको छ ।\n")
    assert _record(text).date.iso == iso


def test_a_bikram_sambat_year_alone_is_no_gregorian_year():
    """"२०८१ सालमा" (in the year 2081 of Nepal's calendar) lends no year, nor makes the text's
    day of 2024 history: a Gregorian 2081 would be a year after every day the text writes."""
    text = ("नेपाल र भुटानबीच सहमति\n"
            "काठमाडौँ, ३ डिसेम्बर २०२४ । परराष्ट्रमन्त्रीले भुटानी समकक्षीसँग भेटवार्ता गरेका छन् ।\n"
            "दुवै देशले २०८१ सालमा व्यापार दोब्बर बनाउने लक्ष्य राखेका छन् ।\n")
    assert _record(text).date.iso == "2024-12-03"


def test_hindi_month_names_of_its_own_lunar_calendar_are_not_read_as_nepals():
    text = ("भारत और नेपाल के बीच वार्ता\n"
            "नई दिल्ली: विक्रम संवत २०८१, १८ मंसिर को प्रधानमंत्री ने नेपाल के प्रधानमंत्री से मुलाकात की।\n"
            "दोनों नेताओं ने व्यापार पर चर्चा की।\n")
    assert _record(text).date.iso != "2024-12-03"


@pytest.mark.parametrize("text", [
    # "चीनका राष्ट्रपति" (China's president): Nepali glues the postposition on a short name
    "काठमाडौं- भ्रमणका क्रममा रहेका प्रधानमन्त्रीले मंगलबार चीनका राष्ट्रपतिसँग भेटवार्ता गरेका छन् ।\n"
    "नेपालका प्रधानमन्त्रीको सचिवालयले यो जानकारी दिएको छ ।\n",
    # "चिनियाँ राष्ट्रपति" (the Chinese president)
    "बेइजिङ – औपचारिक भ्रमणमा रहेका नेपालका प्रधानमन्त्रीले चिनियाँ राष्ट्रपतिसँग भेटवार्ता गरेका छन् ।\n"
    "दुई देशबीच नौ बुँदे सहमतिमा हस्ताक्षर भएको छ ।\n",
])
def test_a_nepali_countrys_name_with_its_postposition_or_its_demonym_counts(text):
    assert _record(text).countries.codes == ("CN", "NP")


def test_an_indic_name_written_with_the_nasal_letter_instead_of_the_anusvara_counts():
    """CLDR writes Thailand in Gujarati with the anusvara ("થાઇલેંડ"); pages also write the nasal
    letter and its virama ("થાઇલેન્ડના", Thailand's)."""
    text = ("પ્રધાનમંત્રીની થાઇલેન્ડના પ્રધાનમંત્રી સાથે મુલાકાત\n"
            "નવી દિલ્હીઃ પ્રધાનમંત્રીએ સમિટ દરમિયાન થાઇલેન્ડના પ્રધાનમંત્રી સાથે મુલાકાત કરી. ભારત અને "
            "થાઇલેન્ડ વચ્ચે વેપાર અંગે ચર્ચા થઈ.\n")
    assert _record(text).countries.codes == ("IN", "TH")


def test_a_reprints_original_title_is_the_headline_of_a_page_that_opens_with_its_lead():
    text = ("北方晚报讯 6月13日19点15分,蒙古国总理乘坐的包机抵达成都双流机场。据悉,他此行对中国进行为期1周的正式访问。\n"
            "根据行程,他将参观水电站,并出席两地经贸合作推介会。\n"
            "原标题:蒙古国总理13日开始访川 将寻求两地合作机遇\n")
    record = _record(text)
    assert (record.title, record.title_derived) == ("蒙古国总理13日开始访川 将寻求两地合作机遇", False)


def test_a_layout_grids_size_names_over_the_headline_are_not_the_page():
    text = ("xs\nxsm\nsm\nmd\nlg\n\n"
            "นายกฯ หารือผู้นำอินเดีย กระชับสัมพันธ์สองชาติ\n\n"
            "นายกรัฐมนตรีหารือทางโทรศัพท์กับนายกรัฐมนตรีอินเดีย เมื่อวันที่ 6 มิถุนายน 2567 "
            "เพื่อกระชับความสัมพันธ์ไทย-อินเดีย\n")
    record = _record(text)
    assert (record.title, record.title_derived) == ("นายกฯ หารือผู้นำอินเดีย กระชับสัมพันธ์สองชาติ", False)


def test_a_month_of_the_year_told_before_a_later_one_of_that_year_lends_no_year_to_a_day():
    """"In March 2015 the president visited Sichuan, in December 2015 the vice-premier": the lead's
    "3月25日" is this trip's, of a year after both; before, it took 2015 from the March mention."""
    text = ("尼泊尔总理开始访川\n"
            "北方晚报讯 3月25日,尼泊尔总理乘坐的包机抵达成都双流机场。\n"
            "据悉,近年来尼泊尔高层频繁访川。2015年3月,时任尼泊尔总统曾经访问四川,2015年12月,尼泊尔副总理访川。\n")
    record = _record(text)
    assert record.date.iso is None
    assert record.date.month_day == "03-25"


@pytest.mark.parametrize("text, iso", [
    # German and Dutch write the time of day glued to the weekday; written on Friday 17 June 2022
    ("Der Präsident traf am Mittwochabend in Berlin den chinesischen Botschafter.", "2022-06-15"),
    ("De president ontmoette woensdagochtend in Den Haag de Chinese ambassadeur.", "2022-06-15"),
    # Swedish and Norwegian glue it on with an s
    ("Presidenten träffade på onsdagskvällen Kinas ambassadör i Stockholm.", "2022-06-15"),
    ("Presidenten møtte onsdagskvelden Kinas ambassadør i Oslo.", "2022-06-15"),
    # Finnish: "on Wednesday evening", and the genitive "Wednesday's meeting"
    ("Presidentti tapasi keskiviikkoiltana Kiinan suurlähettilään Helsingissä.", "2022-06-15"),
    ("Presidentti kertoi keskiviikon tapaamisesta Kiinan suurlähettilään kanssa Helsingissä.", "2022-06-15"),
    # the genitive before "evening", "morning": Estonian, Latvian, Lithuanian, Greek
    ("President kohtus kolmapäeva õhtul Tallinnas Hiina suursaadikuga.", "2022-06-15"),
    ("Valsts prezidents trešdienas vakarā Rīgā tikās ar Ķīnas vēstnieku.", "2022-06-15"),
    ("Prezidentas trečiadienio vakarą Vilniuje susitiko su Kinijos ambasadoriumi.", "2022-06-15"),
    ("Ο Πρόεδρος συναντήθηκε το πρωί της Τετάρτης στην Αθήνα με τον πρέσβη της Κίνας.", "2022-06-15"),
    ("Ο Πρόεδρος συναντήθηκε το βράδυ του Σαββάτου στην Αθήνα με τον πρέσβη της Κίνας.", "2022-06-18"),
])
def test_a_weekday_with_a_time_of_day_or_a_case_ending_glued_on_is_read(text, iso):
    stamp = "20.06.2022 16:00" if "Σαββάτου" in text else "17.06.2022 16:00"  # (a Monday's page for Saturday's)
    assert _record(f"Headline\n{stamp}\n{text}\n").date.iso == iso


def test_an_arrival_reports_own_weekday_is_its_day_before_the_talks_announced():
    """"… arrived on Sunday afternoon", written that Sunday, with the talks set for Monday further
    down: the report is of the arrival (the dev set's rule), its day the Sunday."""
    text = ("Chinas Präsident in Wien gelandet\n\n14.04.2019, 17:20\n\n"
            "Der chinesische Präsident ist am Sonntagnachmittag in Wien eingetroffen. Am Flughafen wurde er von "
            "der Außenministerin empfangen.\n\n"
            "Die Gespräche der beiden Delegationen sind auf Montag angesetzt.\n")
    assert _record(text).date.iso == "2019-04-14"


@pytest.mark.parametrize("lead, month_day", [
    # an agency's dateline with its name in brackets: the source is read, the day stays in the lead
    ("BEIJING, June 15 (Xinhua) -- Chinese President Xi Jinping met yesterday with the visiting Finnish "
     "President Sauli Niinisto in Beijing, and they agreed to deepen trade ties.", "06-14"),
    ("PARIS, 15 juin (AFP) - Le président Emmanuel Macron a rencontré hier à Paris le président finlandais "
     "Sauli Niinistö pour parler de commerce.", "06-14"),
    ("ZAGREB, 15. lipnja (Hina) - Predsjednik se jučer u Zagrebu sastao s finskim predsjednikom Saulijem "
     "Niinistöm i razgovarao o trgovini.", "06-14"),
    # a place without its comma, a place and its full stop, a place and "في" (in) before the day
    ("Praha 15. června (ČTK) - Prezident se včera v Praze setkal s finským prezidentem a hovořili o obchodu.",
     "06-14"),
    ("ASTANA. June 15. KAZINFORM - President Kassym-Jomart Tokayev met yesterday with the visiting Finnish "
     "President Sauli Niinisto to discuss trade.", "06-14"),
    ("القاهرة في 15 يونيو /أ ش أ/ التقى الرئيس عبد الفتاح السيسي أمس في القاهرة بالرئيس الفنلندي لبحث "
     "العلاقات التجارية بين البلدين.", "06-14"),
])
def test_yesterday_after_an_agencys_dateline_is_the_day_before_it(lead, month_day):
    record = _record(f"Presidents discuss trade\n{lead}\nThe two sides signed agreements on trade.\n")
    assert (record.date.iso, record.date.month_day) == (None, month_day)
    if "(Xinhua)" in lead:
        assert record.parsed.source.name == "Xinhua"
        assert record.parsed.paragraphs[0].startswith("BEIJING, June 15 - Chinese President")


def test_a_hungarian_datelines_weekday_is_its_own_and_yesterday_the_day_before():
    text = ("Az elnök fogadta a finn elnököt\n"
            "Budapest, 2022. június 15., szerda (MTI) - Az elnök tegnap Budapesten fogadta a finn elnököt, "
            "és a kereskedelemről tárgyaltak.\n")
    assert _record(text).date.iso == "2022-06-14"


@pytest.mark.parametrize("text", [
    # the day before yesterday holds the word for yesterday in many languages: two days back, not one
    "The President met the day before yesterday in Washington with the Chinese ambassador.",
    "Le président a rencontré avant-hier à Paris l'ambassadeur de Chine.",
    "Il presidente ha incontrato l'altro ieri a Roma l'ambasciatore cinese.",
    "التقى الرئيس أول أمس في القاهرة بسفير الصين.",
    "Presiden bertemu Duta Besar China di Jakarta kemarin lusa.",
    "Der Präsident traf vorgestern in Berlin den chinesischen Botschafter.",
    "Президент позавчера встретился в Москве с послом Китая.",
    "Hôm kia, Chủ tịch nước đã tiếp Đại sứ Trung Quốc tại Hà Nội.",
    "Cumhurbaşkanı önceki gün Ankara'da Çin Büyükelçisini kabul etti.",
])
def test_the_day_before_yesterday_is_two_days_before_the_page(text):
    assert _record(f"Headline\n17.06.2022 16:00\n{text}\n").date.iso == "2022-06-15"


@pytest.mark.parametrize("text, stamp", [
    ("রাষ্ট্রপতি গতরাতে ঢাকায় চীনের রাষ্ট্রদূতের সঙ্গে সাক্ষাৎ করেন।", "17.06.2022 16:00"),
    ("رئیس جمهور دیشب در تهران با سفیر چین دیدار کرد.", "17.06.2022 16:00"),
    ("הנשיא נפגש אמש בירושלים עם שגריר סין.", "17.06.2022 16:00"),
    ("대통령은 어젯밤 서울에서 중국 대사를 만났다.", "2022年6月17日 16:00"),
    ("总统昨晚在北京会见了中国大使。", "2022年6月17日 16:00"),
    ("大統領は昨夜、東京で中国大使と会談した。", "2022年6月17日 16:00"),
    ("Nakipagpulong ang Pangulo sa embahador ng Tsina sa Maynila kagabi.", "17.06.2022 16:00"),
    ("De president ontmoette gisteravond in Den Haag de Chinese ambassadeur.", "17.06.2022 16:00"),
    ("Președintele s-a întâlnit aseară la București cu ambasadorul Chinei.", "17.06.2022 16:00"),
    ("Predsednik se sinoć u Beogradu sastao sa kineskim ambasadorom.", "17.06.2022 16:00"),
])
def test_last_night_is_the_day_before_the_page(text, stamp):
    assert _record(f"Headline\n{stamp}\n{text}\n").date.iso == "2022-06-16"


@pytest.mark.parametrize("text, iso", [
    # one head of government, titled in a language the title lists do not cover, and a day with its
    # weekday: June 15 was a Wednesday once in his terms (2022)
    ("Ιαπωνία και Ελλάδα υπέγραψαν συμφωνία\nΟ πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε την Τετάρτη "
     "15 Ιουνίου στο Τόκιο με τον Ιάπωνα ομόλογό του για το εμπόριο.\nΟι δύο πλευρές υπέγραψαν συμφωνίες.\n",
     "2022-06-15"),
    # the chief adviser (a head of government), a professor: 31 May fell on a Saturday once in his term
    ("জাপান ও বাংলাদেশের মধ্যে চুক্তি সই\nপ্রধান উপদেষ্টা অধ্যাপক মুহাম্মদ ইউনূস শনিবার (৩১ মে) টোকিওতে "
     "জাপানের প্রধানমন্ত্রীর সঙ্গে বৈঠক করেন।\nদুই দেশ কয়েকটি চুক্তি সই করেছে।\n", "2025-05-31"),
    # (a guard) twice in the president's terms (2016, 2022): no year is chosen
    ("România și Japonia semnează un acord\nPreședintele Klaus Iohannis s-a întâlnit miercuri, 15 iunie, la "
     "Tokyo cu premierul Japoniei pentru a discuta despre comerț.\nCele două părți au semnat acorduri.\n", None),
])
def test_one_titled_heads_terms_and_a_weekday_give_a_day_its_year_when_they_fit_once(text, iso):
    assert _record(text).date.iso == iso


def test_a_headline_ending_in_an_initialism_is_no_sentence():
    """"… amenazas de EE. UU." ends with the initialism's point, not a sentence's: before, the
    headline was taken for the lead and the title came from the section label over it."""
    text = ("Domingo, 07 de diciembre de 2025\nMundo\n\n"
            "Presidente chileno habló con su par boliviano para instarlo a \"dialogar\" y este se quejó de las "
            "\"presiones desproporcionadas\" de EE. UU.\n\n"
            "El presidente de Chile habló por teléfono con el presidente de Bolivia, instándolo a mantener el "
            "diálogo abierto con Washington.\n")
    record = _record(text)
    assert record.title.startswith("Presidente chileno habló con su par boliviano")
    assert not record.title_derived


def test_a_photo_caption_credited_to_an_agency_and_its_photographer_is_not_the_lead():
    """The caption's "8 de junio de 2022" is an earlier meeting's: the call of "el sábado" has no
    year the text gives (before, the caption's date was given as the call's)."""
    text = ("El presidente chileno y su homólogo boliviano ofrecen una conferencia de prensa conjunta tras su "
            "reunión en Santiago, Chile, el 8 de junio de 2022 (REUTERS/Juan Pérez)\n\n"
            "El presidente de Chile instó el sábado a su homólogo de Bolivia a mantener abiertos los canales de "
            "diálogo con Estados Unidos.\n")
    record = _record(text)
    assert (record.date.iso, record.date.weekday) == (None, 5)


def test_a_postposition_hyphened_to_a_word_is_no_first_name():
    """Georgian "ტვიტერ-ზე ჩინეთის" (on Twitter … China's): "ze chinetis" has the consonants of "José
    … Santos", an Angolan president, whose country the page then counted."""
    text = ("საქართველოს პრემიერ-მინისტრი ირაკლი ღარიბაშვილი ტვიტერ-ზე ჩინეთის პრეზიდენტთან შეხვედრას "
            "გამოეხმაურა.\nჩინეთისა და საქართველოს ურთიერთობები სტრატეგიული პარტნიორობის დონემდე ამაღლდა.\n")
    assert _record(text).countries.codes == ("CN", "GE")


def test_a_pages_topic_label_is_not_its_headline():
    text = ("テーマ : ウクライナ侵攻\n\n上川外相、ウクライナ訪問 要人と会談\n\n"
            " 【キーウ共同】外務省は7日、上川陽子外相がウクライナを訪問したと発表した。首都キーウでクレバ外相と会談する。\n")
    assert _record(text).title == "上川外相、ウクライナ訪問 要人と会談"


@pytest.mark.parametrize("text", [
    "El canciller chino llegó anoche al país, en la primera visita oficial desde que ambos establecieron "
    "relaciones diplomáticas el pasado 1 de mayo. Hoy se reunirá con el presidente dominicano.",
    "The Chinese foreign minister arrived last night, the first visit since the two countries established "
    "diplomatic ties on 1 May. He meets the Dominican president today.",
])
def test_the_day_two_countries_established_relations_is_no_day_of_the_visit(text):
    """Before, "1 de mayo" was kept as the report's day and month, and joined reports of two visits
    months apart that both recall it."""
    record = _record(f"Visita oficial\n{text}\n")
    assert record.date.month_day is None


def test_santo_domingo_holds_no_sunday():
    text = ("Santo Domingo, República Dominicana (EFE).- El canciller chino se reunió hoy con el presidente "
            "dominicano en el Palacio Nacional para hablar de comercio e inversiones.\n")
    assert _record(f"Visita oficial\n{text}").date.weekday is None


def test_the_dominican_republic_by_its_short_chinese_name():
    text = ("中國駐多米尼加大使館揭牌\n中國外長王毅抵達多米尼加,當地時間周五(9月21日)為中國大使館揭牌。\n"
            "王毅在致辭中盛讚兩國建交的歷史意義。\n")
    assert _record(text).countries.codes == ("CN", "DO")


def test_a_bengali_headline_that_ends_with_the_titled_name_is_not_a_photo_label():
    """A Bengali headline puts its subject last ("… বৈঠকে প্রধানমন্ত্রী <name>", the prime minister in a
    meeting with …): only an office's title alone before a name makes a line a photo's label."""
    from kabar.understand.labels import names_only
    assert names_only("প্রধানমন্ত্রী শেখ হাসিনা")
    assert not names_only("জাপান সফরে প্রধানমন্ত্রী শেখ হাসিনা")


def test_a_weekday_only_report_of_a_visit_takes_its_own_weekdays_day_next_to_the_events():
    """Two reports of one visit: one dates the talks Saturday 7 April 2018, the other (German) says
    only "am Sonntag". Before, it took the Saturday too, a day its own text contradicts."""
    from kabar.linking import LinkArticle
    from kabar.linking.clustering import _completed
    members = [LinkArticle(id="a", date="2018-04-07", countries=("AT", "CN"), lang="zh", title="", text=""),
               LinkArticle(id="b", date=None, countries=("AT", "CN"), lang="de", title="", text="", weekday=6),
               LinkArticle(id="c", date=None, countries=("AT", "CN"), lang="de", title="", text="", weekday=2)]
    assert dict(_completed(members, "2018-04-07")) == {"b": "2018-04-08"}  # (Wednesday: days away, none)


def test_a_report_of_a_phone_call_without_a_day_does_not_join_the_pairs_visit():
    """Two reports date a visit to Istanbul; a third, with no day, says in its lead that the same two
    presidents spoke by telephone (two years later, in truth). It names them both and Istanbul, but a
    call is not the visit: before, it joined the visit and took its date."""
    from kabar.linking import LinkArticle, link_articles
    visit = ("Zelensky in Istanbul\nPresident Volodymyr Zelensky arrived in Istanbul on 7 July 2023 and met "
             "President Recep Tayyip Erdogan for talks on grain exports and prisoners.\n")
    visit2 = ("Erdogan receives Zelensky\nPresident Recep Tayyip Erdogan received President Volodymyr Zelensky "
              "in Istanbul on Friday, July 7, 2023, and they discussed the grain corridor.\n")
    call = ("Erdogan ready to host a summit\nPresident Recep Tayyip Erdogan spoke by telephone with President "
            "Volodymyr Zelensky and said Istanbul was ready to host a leaders' summit on peace.\n")
    articles = [LinkArticle("v1", "en", visit.split("\n")[0], visit, "2023-07-07", ("TR", "UA")),
                LinkArticle("v2", "en", visit2.split("\n")[0], visit2, "2023-07-07", ("TR", "UA")),
                LinkArticle("c", "en", call.split("\n")[0], call, None, ("TR", "UA"))]
    events = link_articles(articles)
    together = next(e for e in events if "v1" in e.article_ids)
    assert "v2" in together.article_ids and "c" not in together.article_ids
