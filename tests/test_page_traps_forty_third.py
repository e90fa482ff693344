"""Traps met in the forty-third round's sets, in texts written for these tests: a site's motto in
English over a Chinese page's headline; a publication line run on into the agency's dateline and
the lead; a headline cut short with the site's section labels glued before it, printed whole under
it; a Serbian or Croatian visit "on Tuesday" that the text says is to come ("boraviće", "će"); an
Albanian country's name written with its case ending ("Shqipërisë", "Turqisë")."""
from __future__ import annotations

import pytest

from tests.records import record_of as _record


MOTTO_OVER_HEADLINE = (
    "We keep our readers informed every day. We gather the most important stories of the region and "
    "publish them in several languages, with care and with respect for the facts.\n"
    "李强会见蒙古国总理\n"
    "新华社北京6月12日电 国务院总理李强12日在人民大会堂会见蒙古国总理奥云额尔登。\n"
    "李强表示,中方愿同蒙方加强矿产、能源和基础设施合作。\n"
    "奥云额尔登表示,蒙方高度重视对华关系。\n")


def test_a_sites_motto_in_another_script_over_a_chinese_page_is_not_its_headline_or_lead():
    """Before, the motto (a paragraph that ends a sentence) opened the body: no headline was found
    under it, the title was the motto's first sentence, and the lead was the motto."""
    record = _record(MOTTO_OVER_HEADLINE)
    assert (record.title, record.title_derived) == ("李强会见蒙古国总理", False)
    assert record.language.code == "zh"
    assert "readers" not in " ".join(block.text for block in record.parsed.blocks)


STAMP_RUN_ON = (
    "李强同蒙古国总理会谈\n"
    "发布时间:2023-06-14 07:30:12 | 来源:新华网 | 作者: | 责任编辑:王明新华社北京6月13日电 国务院总理李强13日"
    "下午在人民大会堂同蒙古国总理奥云额尔登举行会谈。\n"
    "李强表示,中方愿同蒙方加强矿产、能源和基础设施合作。\n")


def test_a_publication_line_run_on_into_the_dateline_gives_the_pages_day_not_the_events():
    """"发布时间:2023-06-14 …" is when the page was published, the talks were on the 13th, as the
    dateline and the lead say (before, the 14th: the line's full date was read as the lead's)."""
    record = _record(STAMP_RUN_ON)
    assert record.date.iso == "2023-06-13"
    assert record.date.published == "2023-06-14"


def test_a_headline_cut_short_under_section_labels_is_replaced_by_its_whole_print():
    text = ("Accueil À LA UNE LE PRÉSIDENT SÉNÉGALAIS ACCUEILLI À ABUJA POUR UNE VISITE...\n\n"
            "LE PRÉSIDENT SÉNÉGALAIS ACCUEILLI À ABUJA POUR UNE VISITE DE TRAVAIL Tinubu reçoit Faye\n\n"
            "Le président nigérian Bola Tinubu a reçu hier à Abuja son homologue sénégalais Bassirou Diomaye "
            "Faye pour une visite de travail consacrée au commerce et à la sécurité régionale.\n")
    assert _record(text).title == ("LE PRÉSIDENT SÉNÉGALAIS ACCUEILLI À ABUJA POUR UNE VISITE DE TRAVAIL "
                                   "Tinubu reçoit Faye")


@pytest.mark.parametrize("text, iso", [
    # Serbian: "boraviće u utorak" (will stay on Tuesday), written on Saturday 12 March 2016: the
    # Tuesday to come, the 15th (before: the Tuesday before, the 8th)
    ("Kurir 12.03.2016\n"
     "Predsednik Slovenije Borut Pahor boraviće u utorak u Beogradu, gde će razgovarati sa predsednikom "
     "Srbije Tomislavom Nikolićem o ekonomskoj saradnji.\n\n"
     "Pahor će se sastati i sa premijerom.\n", "2016-03-15"),
    # Croatian: "će u utorak doputovati" (will arrive on Tuesday)
    ("Večernji 12.03.2016\n"
     "Slovenski predsjednik Borut Pahor će u utorak doputovati u Zagreb, gdje će razgovarati s "
     "predsjednicom Kolindom Grabar-Kitarović o gospodarskoj suradnji.\n", "2016-03-15"),
])
def test_a_south_slavic_visit_on_a_weekday_to_come_is_the_coming_one(text, iso):
    assert _record(text).date.iso == iso


def test_an_albanian_countrys_name_with_its_case_ending_counts():
    """"Shqipërisë" (of Albania) and "Turqisë" (of Turkey): the pair, not Turkey alone."""
    text = ("Presidenti i Turqisë ka mbërritur sot në Parlamentin e Shqipërisë, ku do të mbajë një fjalim "
            "pas takimit me kryeministrin në Tiranë.\n\n"
            "Presidenti turk nënshkroi shtatë marrëveshje me qeverinë shqiptare.\n")
    assert _record(text).countries.codes == ("AL", "TR")


@pytest.mark.parametrize("text, iso", [
    # Serbian in the Latin script: a month's name in the genitive ("juna"); CLDR's Serbian is Cyrillic
    ("Dačić i Lavrov u Beogradu\n"
     "Ministar spoljnih poslova Srbije Ivica Dačić razgovarao je 14. juna 2019. sa ruskim kolegom Sergejem "
     "Lavrovim u Palati Srbija o saradnji dve zemlje.\n", "2019-06-14"),
    # ... the same in Cyrillic
    ("Дачић и Лавров у Београду\n"
     "Министар спољних послова Србије Ивица Дачић разговарао је 14. јуна 2019. са руским колегом Сергејем "
     "Лавровим у Палати Србија о сарадњи две земље.\n", "2019-06-14"),
    # ... a weekday in the Latin script ("u četvrtak"), read against the page's date (Saturday)
    ("Dačić i Lavrov u Beogradu\n"
     "Politika 15.06.2019\n"
     "Ministar spoljnih poslova Srbije Ivica Dačić razgovarao je u četvrtak sa ruskim kolegom Sergejem "
     "Lavrovim u Palati Srbija o saradnji dve zemlje.\n", "2019-06-13"),
    # ... and in the accusative ("u sredu"), the form a weekday takes after "u"
    ("Dačić i Lavrov u Beogradu\n"
     "Politika 15.06.2019\n"
     "Ministar spoljnih poslova Srbije Ivica Dačić razgovarao je u sredu sa ruskim kolegom Sergejem "
     "Lavrovim u Palati Srbija o saradnji dve zemlje.\n", "2019-06-12"),
])
def test_serbian_dates_in_either_script_are_read(text, iso):
    assert _record(text).date.iso == iso


@pytest.mark.parametrize("text, iso", [
    # Albanian: "të hënën" (on Monday), the form after "të"; CLDR writes "e hënë"
    ("Rama takon Mitsotakisin\nTop Channel 19.01.2022\nKryeministri Edi Rama takoi të hënën kryeministrin "
     "grek Kyriakos Mitsotakis në Tiranë për bashkëpunimin ekonomik.\n", "2022-01-17"),
    # Latvian: "trešdien" (on Wednesday), not CLDR's "trešdiena"
    ("Kariņš tiekas ar Kišidu\nDelfi 18.06.2022\nMinistru prezidents Krišjānis Kariņš trešdien Tokijā tikās ar "
     "Japānas premjerministru Fumio Kišidu.\n", "2022-06-15"),
    # Czech: "ve středu" (on Wednesday), not CLDR's "středa"
    ("Zeman a Si Ťin-pching v Praze\nLidové noviny 31.03.2016\nČeský prezident Miloš Zeman jednal ve středu s "
     "čínským prezidentem Si Ťin-pchingem na Pražském hradě o investicích.\n", "2016-03-30"),
])
def test_a_weekday_in_the_form_it_takes_after_on_is_read(text, iso):
    assert _record(text).date.iso == iso


@pytest.mark.parametrize("text, pair", [
    # Czech: "Číny" (of China), "Vietnamu" (of Vietnam); CLDR lists "Čína", "Vietnam"
    ("Premiér Vietnamu jednal s předsedou Číny o obchodu mezi oběma zeměmi na okraji summitu.\n", ("CN", "VN")),
    # Lithuanian: "Kinijos" (of China), "Lietuvos" (of Lithuania)
    ("Lietuvos užsienio reikalų ministras susitiko su Kinijos ambasadoriumi ir aptarė prekybą tarp šalių.\n",
     ("CN", "LT")),
    # Latvian: "Japānas" (of Japan), "Latvijas" (of Latvia)
    ("Latvijas ārlietu ministrs tikās ar Japānas vēstnieku un pārrunāja tirdzniecību starp abām valstīm.\n",
     ("JP", "LV")),
    # Romanian: "Chinei" (of China), "Germaniei" (of Germany)
    ("Ministrul de externe al Germaniei s-a întâlnit cu omologul său al Chinei pentru a discuta despre "
     "comerțul dintre cele două țări.\n", ("CN", "DE")),
    # Tamil: a name in -ā as an adjective, with the next word's consonant ("இந்தியக்", Indian)
    ("இந்தியக் குடியரசுத் தலைவர் அல்ஜீரியாவின் தலைநகருக்கு சென்றடைந்தார். இரு நாடுகளும் ஒப்பந்தங்களில் "
     "கையெழுத்திட்டன.\n", ("DZ", "IN")),
    # Bengali: a country's adjective ("চীনা", Chinese; "মার্কিন", American)
    ("চীনা প্রেসিডেন্ট ও মার্কিন প্রেসিডেন্টের বৈঠক\nবেইজিংয়ে চীনা প্রেসিডেন্ট মার্কিন প্রেসিডেন্টের সঙ্গে বাণিজ্য নিয়ে "
     "আলোচনা করেছেন।\n", ("CN", "US")),
    # Japanese: a one-character name joined to a whole one by a dot ("日・カザフスタン", Japan and
    # Kazakhstan), with a minister the list does not know
    ("日・カザフスタン外相会談\n外務大臣は、来日中のカザフスタン副首相兼外相と会談しました。両外相は経済協力について"
     "意見交換を行いました。\n", ("JP", "KZ")),
    # Croatian: a masculine name declined, "Japana" (of Japan)
    ("Ministar vanjskih poslova Japana razgovarao je s hrvatskim kolegom o trgovini između dviju zemalja.\n",
     ("HR", "JP")),
])
def test_a_declined_countrys_name_counts(text, pair):
    assert _record(text).countries.codes == pair


@pytest.mark.parametrize("text, iso", [
    # Slovenian: the month in the genitive ("junija"); CLDR gives "junij"
    ("Pahor in Li v Ljubljani\nPredsednik Borut Pahor se je 16. junija 2017 v Ljubljani sestal s kitajskim "
     "podpredsednikom.\n", "2017-06-16"),
    # Georgian: the year first, with the word for year ("2017 წლის"); CLDR writes the day first
    ("ღარიბაშვილი და ლი\nპრემიერ-მინისტრი 2017 წლის 16 ივნისს თბილისში ჩინეთის ვიცე-პრემიერს შეხვდა.\n",
     "2017-06-16"),
    # Armenian: "2017 թվականի հունիսի 16-ին" (CLDR abbreviates the word: "2017 թ.")
    ("Սարգսյանը և Լին\nՆախագահը 2017 թվականի հունիսի 16-ին Երևանում հանդիպեց Չինաստանի փոխվարչապետին.\n",
     "2017-06-16"),
    # Azerbaijani: "2017-ci il iyunun 16-da" (the month in the genitive, the day with its case)
    ("Əliyev və Li\nPrezident İlham Əliyev 2017-ci il iyunun 16-da Bakıda Çinin baş nazirinin müavini ilə "
     "görüşüb.\n", "2017-06-16"),
    # Kazakh: "2017 жылғы 16 маусымда" (the month in the locative)
    ("Назарбаев пен Ли\nПрезидент 2017 жылғы 16 маусымда Астанада Қытай вице-премьерімен кездесті.\n",
     "2017-06-16"),
    # Sinhala: the Gregorian month's name news writes ("ජූනි"), not CLDR's traditional one
    ("ජනාධිපති සහ චීන ඇමති\nජනාධිපතිවරයා 2017 ජූනි 16 වන දින කොළඹදී චීන විදේශ ඇමතිවරයා හමුවිය.\n",
     "2017-06-16"),
    # Hausa: "16 ga Yuni, 2017" ("ga" between the day and the month)
    ("Buhari da Wang Yi\nShugaba Muhammadu Buhari ya gana da ministan harkokin wajen China a ranar 16 ga Yuni, "
     "2017 a Abuja.\n", "2017-06-16"),
    # Somali: "16-kii Juun 2017" (the day's ending after a hyphen)
    ("Farmaajo iyo Wang Yi\nMadaxweyne Farmaajo ayaa 16-kii Juun 2017 kula kulmay wasiirka arrimaha dibadda "
     "Shiinaha magaalada Muqdisho.\n", "2017-06-16"),
    # Mongolian: months are numbered ("6-р сарын", the 6th month's), the year first with "оны"
    ("Хүрэлсүх ба Ли\nЕрөнхийлөгч 2017 оны 6-р сарын 16-нд Улаанбаатарт Хятадын Ерөнхий сайдын орлогчтой "
     "уулзав.\n", "2017-06-16"),
    # Hebrew: "ב-16 ביוני 2017" (on the 16th of June: the day glued to "ב" by a hyphen)
    ("ריבלין ולי\nהנשיא ראובן ריבלין נפגש ב-16 ביוני 2017 בירושלים עם סגן ראש ממשלת סין.\n", "2017-06-16"),
])
def test_a_long_date_as_the_languages_texts_write_it_is_read(text, iso):
    assert _record(text).date.iso == iso


@pytest.mark.parametrize("text, iso", [
    # Iran's calendar: 3 Bahman 1394 is 23 January 2016
    ("دیدار روحانی و شی\nحسن روحانی رئیس جمهور روز ۳ بهمن ۱۳۹۴ در تهران با شی جین پینگ رئیس جمهور چین دیدار "
     "کرد.\n", "2016-01-23"),
    # ... with the word for month and year between: "۲۶ خرداد ماه سال ۱۴۰۱" is 16 June 2022
    ("دیدار رئیسی و توکایف\nابراهیم رئیسی روز ۲۶ خرداد ماه سال ۱۴۰۱ در تهران با قاسم جومارت توکایف رئیس جمهور "
     "قزاقستان دیدار کرد.\n", "2022-06-16"),
    # Afghanistan's Dari month names: 14 Jadi 1394 is 4 January 2016
    ("دیدار غنی و مودی\nمحمد اشرف غنی رئیس جمهور روز ۱۴ جدی ۱۳۹۴ در کابل با نارندرا مودی نخست وزیر هند دیدار "
     "کرد.\n", "2016-01-04"),
])
def test_a_solar_hijri_date_is_read_as_the_day_it_is(text, iso):
    assert _record(text).date.iso == iso


def test_a_solar_months_name_alone_is_no_date():
    """"مهر" (kindness, and the seventh month) and "تیر" (arrow, and the fourth) without a day and a
    year are words: no date from them."""
    text = ("دیدار روحانی و شی\nرئیس جمهور با مهر از مهمان چینی استقبال کرد و از تیر و کمان سنتی سخن گفت.\n")
    assert _record(text).date.iso is None


@pytest.mark.parametrize("text, iso", [
    # Hungarian writes its figures year first ("2022. 06. 17."): a page's stamp written day first with
    # the year last ("17.06.2022 16:00") is still its day, and "szerdán" (on Wednesday) the 15th
    ("Orbán és Li Budapesten\n17.06.2022 16:00\nOrbán Viktor szerdán Budapesten fogadta a kínai "
     "miniszterelnök-helyettest.\n", "2022-06-15"),
    # Lithuanian ("2022-06-17" otherwise): "vakar" (yesterday) against the stamp
    ("Nausėda ir Li Vilniuje\n17.06.2022 16:00\nPrezidentas Gitanas Nausėda vakar Vilniuje susitiko su Kinijos "
     "vicepremjeru.\n", "2022-06-16"),
    # Swedish: the weekday in its definite form, "på onsdagen"
    ("Andersson och Li i Stockholm\n17.06.2022 16:00\nStatsminister Magdalena Andersson träffade på onsdagen "
     "Kinas vice premiärminister i Stockholm.\n", "2022-06-15"),
])
def test_a_day_first_stamp_in_a_year_first_language_dates_its_weekday(text, iso):
    assert _record(text).date.iso == iso


def test_chinese_in_traditional_characters_is_chinese_not_cantonese():
    """The model reads some standard Chinese in traditional characters as Cantonese ("yue"); without
    Cantonese's own words (嘅, 咗, 佢哋 …) it is Chinese. A text with them stays Cantonese."""
    text = "中摩關係\n習近平會見摩洛哥王儲哈桑，雙方就中摩關係交換意見。\n"
    assert _record(text).language.code == "zh"
    cantonese = "佢哋今日喺香港開會\n佢哋今日喺香港開會，講咗好多嘢。呢個係好重要嘅會議，大家都好關心。\n"
    assert _record(cantonese).language.code == "yue"


@pytest.mark.parametrize("label", ["Partager", "Teilen", "Поделиться", "Compartir en Twitter", "Commentaires",
                                   "Комментарии (0)", "Imprimer", "Drucken", "Publicité", "Anzeige", "HIRDETÉS",
                                   "分享", "공유", "광고", "댓글 0", "طباعة"])
def test_a_share_comment_print_or_ad_label_in_any_language_is_no_paragraph(label):
    """The page's buttons and labels in the other languages of the news (English, Indonesian and
    Vietnamese ones were already known): out of the article's text, never its lead."""
    text = (f"Macron reçoit Scholz à Paris\n{label}\nLe président français Emmanuel Macron a reçu mardi à Paris le "
            "chancelier allemand Olaf Scholz pour parler de l'énergie et de la défense européenne.\n")
    record = _record(text)
    assert label not in [block.text for block in record.parsed.blocks]
    assert record.parsed.blocks[0].text.startswith("Le président français")


@pytest.mark.parametrize("header", ["Lesen Sie auch", "Ayrıca okuyun", "相关新闻", "関連記事", "관련기사", "اقرأ أيضا"])
def test_a_related_stories_header_in_any_language_takes_its_list_out(header):
    text = (f"Macron reçoit Scholz à Paris\n{header}\nMerz à Varsovie: un autre sujet\n\nLe président français "
            "Emmanuel Macron a reçu mardi à Paris le chancelier allemand Olaf Scholz pour parler de l'énergie, de "
            "la défense européenne et du budget de l'Union, lors d'un dîner de travail à l'Élysée.\n")
    assert "Merz à Varsovie: un autre sujet" not in [block.text for block in _record(text).parsed.blocks]


@pytest.mark.parametrize("text", [
    # Hindi "कल" is yesterday and tomorrow alike: the page's late stamp is not the meeting's day
    "मोदी और ली की मुलाकात\n17.06.2022 16:00\nप्रधानमंत्री ने कल नई दिल्ली में चीन के उप प्रधानमंत्री से मुलाकात की।\n",
    # ... nor with Urdu "کل"
    "شریف اور لی کی ملاقات\n17.06.2022 16:00\nوزیر اعظم نے کل اسلام آباد میں چینی نائب وزیر اعظم سے ملاقات کی۔\n",
])
def test_a_word_for_yesterday_or_tomorrow_keeps_the_pages_day_from_the_meeting(text):
    date = _record(text).date
    assert (date.iso, date.published) == (None, "2022-06-17")
