"""Traps of real pages met in the thirtieth round's sets, in texts written for these tests: a site's
name with its date glued on ("…News13 March 2017"); a ministry's headline that heads every page on
two countries' meetings, and so recurs across the folder; a language switch's "[vi]" and a Chinese
site's QR-code prompts printed with the headline; a State's name alone in katakana over a headline;
a breadcrumb trail taken for a derived title; a leader's name in another Arabic spelling; two
year-less reports of one pair set in two cities of one country; leaders' names as more outlets write
them."""
from __future__ import annotations

import pytest

from kabar.understand.actors import find_people
from kabar.understand.chrome import is_stamp, line_key
from kabar.understand.headline import never_headline
from kabar.understand.parse import extract_parts
from kabar.understand.pipeline import understand
from tests.sitebuild import build_site, by_file, write_seeds


def _read(text: str, name: str = "page.txt", chrome: frozenset[str] = frozenset()):
    return understand(text.encode(), name, chrome=chrome).record


@pytest.mark.parametrize("text, iso", [
    # an Arabic page: the site's name and the page's date on one line, no space between
    ("تسجيل الدخول\n\nالعاهل يصل إلى العاصمة في زيارة رسمية\n\nأخبار الوطن13 مارس 2017آخر تحديث\n\n"
     "وصل العاهل إلى العاصمة في أول زيارة منذ نصف قرن، ومن المقرر أن يتباحث اليوم الاثنين مع رئيس الحكومة.\n",
     "2017-03-13"),
    # an Indonesian one, the same layout in Latin letters
    ("Beranda\n\nPresiden terima Perdana Menteri di Istana\n\nKabarDunia13 Maret 2017\n\n"
     "Presiden menerima Perdana Menteri di Istana Merdeka hari ini untuk membahas kerja sama perdagangan.\n",
     "2017-03-13"),
])
def test_a_date_glued_to_the_sites_name_is_the_pages(text, iso):
    assert _read(text).date.iso == iso


def test_a_number_glued_to_a_word_in_capitals_is_no_day():
    # "COVID19 March 2020" is a name and a month, not 19 March 2020
    text = ("Ministers talk trade in Rome\n\nThe COVID19 March 2020 figures were discussed again.\n\n"
            "The foreign ministers of Italy and Chile met in Rome to discuss trade.\n")
    assert _read(text).date.iso != "2020-03-19"


MINISTRY_PAGE = ("モルディブ共和国\n\n日・モルディブ首脳会談\n\n平成29年4月12日\n\n英語版 (English)\n\n"
                 "本12日午後、安倍総理大臣はモルディブのヤーミン大統領と首脳会談を行ったところ、概要は以下のとおりです。"
                 "両首脳は日・モルディブ関係の強化で一致しました。\n\n1 二国間関係\n")


def test_a_ministrys_headline_recurring_across_the_folder_is_still_its_headline():
    # the ministry heads every page on the two countries' meetings alike: in a folder of three such
    # pages the line recurs, as a site's chrome does, but the lead says it again
    chrome = frozenset({line_key("日・モルディブ首脳会談"), line_key("英語版 (English)")})
    assert _read(MINISTRY_PAGE, chrome=chrome).title == "日・モルディブ首脳会談"


def test_a_recurring_line_over_the_headline_stays_the_sites():
    # the same words in the lead, but a headline of its own under it: the recurring line is the site's
    text = ("Wine and copper trade news\nChile and Viet Nam sign a wine accord in Santiago\n\n"
            "President Gabriel Boric and Prime Minister Pham Minh Chinh signed an accord on wine and copper "
            "trade in Santiago on October 7, 2024.\n")
    chrome = frozenset({line_key("Wine and copper trade news")})
    assert _read(text, chrome=chrome).title == "Chile and Viet Nam sign a wine accord in Santiago"


@pytest.mark.parametrize("text, title", [
    ("La visite d’Etat du président au Vietnam [vi]\n\nLe président est arrivé lundi à Hanoï pour une visite "
     "d’Etat de trois jours, la première depuis dix ans.\n", "La visite d’Etat du président au Vietnam"),
    ("掃描二維碼訪問本網移動版 主席訪問德黑蘭 雙邊合作再上台階 掃描二維碼訪問本社微信\n\n"
     "當地時間1月23日上午,主席抵達德黑蘭,同總統舉行會談,雙邊合作再上台階。\n",
     "主席訪問德黑蘭 雙邊合作再上台階"),
])
def test_what_a_page_prints_with_its_headline_is_cut_off(text, title):
    assert _read(text).title == title


def test_a_states_name_alone_is_a_label_not_a_headline():
    assert never_headline("イスラエル国")
    assert never_headline("カタール国")
    assert not never_headline("日・イスラエル首脳会談")


def test_a_derived_title_is_not_the_pages_breadcrumb_trail():
    text = ("Home > Highlights >Highlights September>総理動向\n\n"
            "平成26年8月30日、総理は京都で来日した首相を出迎え、夕食会を催しました。翌日、両首脳は東京で会談しました。\n")
    parsed = extract_parts(text)
    record = _read(text)
    assert parsed.title is None and record.title_derived
    assert ">" not in record.title


def test_another_arabic_spelling_of_a_leader_dates_a_year_less_day():
    # "Tuesday 24 September" with no year: only 2013 has it on a Tuesday while both were in office
    text = ("الرئيس الفرنسي يلتقي نظيره الإيراني في نيويورك\n\n"
            "اصبح الرئيس الفرنسي فرانسوا اولوند أول زعيم غربي يجتمع مع الرئيس الايراني حسن روحاني الثلاثاء "
            "24 سبتمبر في مقر الامم المتحدة.\n")
    assert _read(text).date.iso == "2013-09-24"


def test_a_caption_closed_by_the_photo_desks_address_is_no_lead():
    # an agency's photo caption from the day before, in another city, printed over the lead: the
    # lead's arrival day announces the talks' day, as it does without the caption
    text = ("대통령, 리마 도착…페루 방문 일정 시작\n\n"
            "【산티아고=통신】 기자 = 대통령이 22일 오후(현지시각) 산티아고 숙소에서 연구대장과 통화하고 있다. "
            "2016.04.22.  photo@agency.example\n\n"
            "【리마=통신】 기자 = 칠레 방문을 마친 대통령이 22일(현지시간) 순방 마지막 방문국인 페루에 도착했다.\n\n"
            "대통령은 23일 페루의 쿠친스키 대통령과 정상회담을 갖는다.\n")
    record = _read(text)
    assert [b.kind for b in record.parsed.blocks if "photo@" in b.text] == ["caption"]


def _pair_of_reports(city_a: str, city_b: str) -> tuple[str, str]:
    # two reports of Bulgaria and Turkey that give no year: one writes the day and month, one none
    a = (f"Премиерът Бойко Борисов се срещна с турския премиер Бинали Йълдъръм в {city_a}, Турция, на 12 юни. Двамата "
         "обсъдиха газовите доставки и границата.\n")
    b = (f"Премиерът Бойко Борисов разговаря с турския премиер Бинали Йълдъръм в {city_b}, Турция. Двамата обсъдиха "
         "търговията и миграцията.\n")
    return a, b


def test_two_year_less_reports_set_in_two_cities_are_two_meetings(tmp_path):
    a, b = _pair_of_reports("Измир", "Анкара")
    site = by_file(build_site(write_seeds(tmp_path / "seeds", {"a.txt": a, "b.txt": b}), tmp_path / "out"))
    assert site["a.txt"]["countries"] == site["b.txt"]["countries"] == ["BG", "TR"]
    assert site["a.txt"]["event"] != site["b.txt"]["event"]


def test_two_year_less_reports_set_in_one_city_are_one_meeting(tmp_path):
    a, b = _pair_of_reports("Анкара", "Анкара")
    site = by_file(build_site(write_seeds(tmp_path / "seeds", {"a.txt": a, "b.txt": b}), tmp_path / "out"))
    assert site["a.txt"]["event"] == site["b.txt"]["event"]


@pytest.mark.parametrize("text, lang, person", [
    ("국가주석 습근평은 19일 인민대회당에서 대통령과 회담을 가졌다.", "ko", "xi-jinping"),
    ("وقال دوتيرت إنه سيطلب من الرئيس تغيير الموضوع.", "ar", "rodrigo-duterte"),
    ("安倍総理は、サルマン・ビン・アブドルアジーズ・アール・サウード国王陛下と首脳会談を行いました。", "ja", "king-salman"),
    ("Премиерът се срещна с Бинали Йълдъръм в Анкара.", "bg", "binali-yildirim"),
])
def test_leaders_names_as_more_outlets_write_them(text, lang, person):
    assert person in {m.person for m in find_people(text, lang)}


def test_a_papers_line_with_a_japanese_time_is_its_publication_line():
    # the paper's name, the date and the time "11時32分": the page's stamp, not the lead's first date;
    # the lead's "18日午後(日本時間19日未明)" is the day where they met
    text = ("首相:和平交渉の再開を呼びかけ…首相と会談\n"
            "東西新聞 2015年01月19日 11時32分\n"
            "【エルサレム記者】首相は18日午後(日本時間19日未明)、イスラエルの首相とエルサレム市内のホテルで会談した。"
            "和平交渉の早期再開を呼びかけた。\n")
    record = _read(text)
    assert record.parsed.stamps == ("東西新聞 2015年01月19日 11時32分",)
    assert record.date.iso == "2015-01-18"


@pytest.mark.parametrize("line, stamp", [
    ("Večernje novosti 25.01.2018 | Tanjug", True),  # the paper, its date, the agency after a bar
    ("Dnevni list 3.4.2017 | Beta", True),
    ("Merkel meets Putin in Sochi | Reuters", False),  # a headline and its agency: no date
    ("Sochi talks 2018 | AFP", False),
])
def test_a_papers_date_with_its_agency_after_a_bar_is_a_publication_line(line, stamp):
    assert is_stamp(line) is stamp


def test_the_counterpart_named_further_down_narrows_the_years():
    # "lundi 23 mai": a Monday in 2011 and 2016 while Obama was in office; the lead names him alone,
    # the text his counterpart further down, in office from April 2016: only 2016 is left
    text = ("Washington lève l'embargo sur les armes\n\n"
            "Le président américain Barack Obama a annoncé, lundi 23 mai, à Hanoï la levée de l'embargo sur "
            "les ventes d'armes au Vietnam, l'un des derniers vestiges de la guerre entre les deux pays, qui "
            "s'est achevée il y a plus de quarante ans, au premier jour d'une visite de trois jours.\n\n"
            "« Les Etats-Unis lèvent l'interdiction », a-t-il déclaré devant la presse, ajoutant que la "
            "décision n'était pas liée à la Chine.\n\n"
            "Il s'exprimait au côté du président vietnamien Tran Dai Quang, lors d'une conférence de presse "
            "commune au palais présidentiel.\n")
    assert _read(text).date.iso == "2016-05-23"
