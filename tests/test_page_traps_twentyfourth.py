"""Traps of real pages met in the twenty-eighth round's sets, in texts written for these tests: an
archive's copy of a page with the day it was viewed; a weekday marked as the coming one; two days
joined by "and"; a Chinese page that writes the meeting's day in the host's time and the next in its
own; a day of last year; two leaders of one host country met by one visitor the same day; and
spellings of leaders' names in scripts the list lacked."""
from __future__ import annotations

import pytest

from kabar.understand.actors import find_people
from kabar.understand.chrome import is_navigation
from kabar.understand.headline import never_headline
from kabar.understand.pipeline import understand
from tests.sitebuild import build_site, by_file, write_seeds


def _read(text: str, name: str = "page.txt"):
    return understand(text.encode(), name).record


ARCHIVED = ("Last Updated: Wednesday, 17 May 2023, 15:20 GMT\n\n"
            "Leaders of Kazakhstan and Kyrgyzstan agree on border crossings\n\n"
            "Publisher Central Asia Wire\n"
            "Publication Date 14 March 2016\n"
            "Cite as Central Asia Wire, Leaders agree on border crossings, 14 March 2016, [accessed 19 May 2023]\n\n"
            "Kazakh President Nursultan Nazarbayev and Kyrgyz President Almazbek Atambayev agreed to reopen two "
            "border crossings after talks in Astana on March 14.\n")


def test_the_day_an_archive_copy_was_viewed_or_updated_is_not_the_event():
    date = _read(ARCHIVED).date
    assert date.iso == "2016-03-14"


@pytest.mark.parametrize("text, iso", [
    # Italian: the summit is "mercoledì e giovedì prossimo"; the meeting was on Sunday
    ("Kurz e Merkel d'accordo sulle frontiere\n\n"
     "Pubblicato il 17 settembre 2018\n\n"
     "Il tema principale dell'incontro, in vista del vertice di mercoledì e giovedì prossimo a Salisburgo, è stato "
     "la migrazione, ha detto il cancelliere austriaco Sebastian Kurz a Berlino dopo l'incontro avvenuto domenica "
     "con la cancelliera tedesca Angela Merkel.\n", "2018-09-16"),
    # English: "next Tuesday" is another day than the one the talks were held
    ("Rutte and Macron discuss migration\n\n"
     "Published 12 June 2019\n\n"
     "Ahead of next Tuesday's summit in Brussels, Dutch Prime Minister Mark Rutte met French President Emmanuel "
     "Macron in Paris on Monday to discuss migration.\n", "2019-06-10"),
])
def test_a_weekday_marked_as_the_coming_one_is_not_the_meetings_day(text, iso):
    assert _read(text).date.iso == iso


def test_two_days_joined_by_and_give_the_span():
    # (the thirty-first round: a span of days is the visit's, no single day; it was the first)
    text = ("Президентът на държавно посещение в Гърция\n\n"
            "На 23 и 24 юни 2017 г. президентът Румен Радев ще бъде на държавно посещение в Гърция, където ще "
            "се срещне с президента Прокопис Павлопулос.\n")
    date = _read(text).date
    assert (date.iso, date.how, date.around) == (None, "span", ("2017-06-23", "2017-06-24"))


def test_a_chinese_page_writes_the_hosts_day_then_its_own():
    text = ("兩國元首互贈勳章\n"
            "中華民國106年01月12日\n\n"
            "總統於瓜地馬拉時間1月11日(週三)上午10時(臺北時間12日凌晨0時)在國家文化宮與莫拉雷斯總統舉行會談,"
            "雙方就合作計畫交換意見。\n")
    date = _read(text).date
    assert date.month_day == "01-11"


def test_a_day_of_last_year_is_not_the_reports_day():
    text = ("La presidenta y su par chino firmaron quince acuerdos en Beijing, donde ambos recordaron el encuentro "
            "del 18 de julio del año pasado en Buenos Aires y avanzaron en la alianza entre Argentina y China.\n")
    date = _read(text).date
    assert date.iso is None and date.month_day is None and "07-18" not in date.written


def test_a_visitor_met_by_two_leaders_of_the_host_are_two_engagements(tmp_path):
    welcome = ("Gauck empfängt Chiles Präsidentin\n\n"
               "Berlin - Bundespräsident Joachim Gauck hat die chilenische Präsidentin Michelle Bachelet am Mittwoch, "
               "12. März 2014, mit militärischen Ehren im Schloss Bellevue begrüßt. Später trifft sie Kanzlerin Angela Merkel.\n")
    talks = ("Merkel und Bachelet für mehr Handel\n\n"
             "Berlin - Kanzlerin Angela Merkel und die chilenische Präsidentin Michelle Bachelet haben am Mittwoch, "
             "12. März 2014, im Kanzleramt über Handel gesprochen. Zuvor hatte Bundespräsident Joachim Gauck sie empfangen.\n")
    korean = ("바첼렛 대통령, 메르켈 총리와 정상회담\n\n"
              "미첼 바첼렛 칠레 대통령은 12일(현지시간) 베를린에서 앙겔라 메르켈 독일 총리와 정상회담을 갖고 "
              "교역 확대 방안을 논의했다.\n")
    site = by_file(build_site(write_seeds(tmp_path / "seeds", {"welcome.txt": welcome, "talks.txt": talks,
                                                                "korean.txt": korean}), tmp_path / "out"))
    # (the Korean report of the talks may join either: it joins the talks, and the welcome stays apart)
    assert site["welcome.txt"]["event"] != site["talks.txt"]["event"] == site["korean.txt"]["event"]
    assert site["welcome.txt"]["date"] == site["talks.txt"]["date"] == "2014-03-12"


@pytest.mark.parametrize("text, lang, person", [
    ("박근혜 대통령은 오늘 밤 미첼 바첼렛 칠레 대통령과 정상회담을 갖는다.", "ko", "michelle-bachelet"),
    ("राष्ट्रपति हसन रूहानी ने तुर्की के राष्ट्रपति रजब तैयब अर्दोगान से भेंट की।", "hi", "recep-tayyip-erdogan"),
    ("امریکی صدر بارک اوبامہ نے وزیراعظم سے ملاقات کی۔", "ur", "barack-obama"),
    ("بدأت زيارة الرئيس الإندونيسي جوكو وديدودو إلى روسيا.", "ar", "joko-widodo"),
    ("أجرى الملك عبد الله الثاني مباحثات مع المستشارة الألمانية.", "ar", "king-abdullah-ii"),
    ("Le roi Philippe des Belges a accueilli le couple royal néerlandais.", "fr", "king-philippe"),
    ("安倍総理はハイレマリアム首相と首脳会談を行った。", "ja", "hailemariam-desalegn"),
    ("Ameriški predsednik in papež Frančišek sta se srečala v Vatikanu.", "sl", "pope-francis"),
    ("Папата Франциско го прими денеска канадскиот премиер.", "mk", "pope-francis"),
    ("박 대통령은 2일 밀로시 제만 체코 대통령과 정상회담을 갖는다.", "ko", "milos-zeman"),
])
def test_leaders_names_in_more_scripts(text, lang, person):
    assert person in {m.person for m in find_people(text, lang)}


@pytest.mark.parametrize("page, title", [
    # a breadcrumb trail glued before the headline on its line
    ("Inicio»Noticias»El presidente recibe a su homóloga de Taiwán en el palacio\n\n"
     "El presidente de Paraguay recibió este martes a la presidenta de Taiwán, Tsai Ing-wen, en el Palacio de "
     "López, donde ambos firmaron acuerdos de cooperación.\n",
     "El presidente recibe a su homóloga de Taiwán en el palacio"),
    ("04.05.2019 || Startseite -> Nachrichten -> Politik -> Merkel empfängt den Präsidenten Südkoreas\n\n"
     "Bundeskanzlerin Angela Merkel hat den südkoreanischen Präsidenten in Berlin empfangen und mit ihm über "
     "die Lage auf der koreanischen Halbinsel gesprochen.\n",
     "Merkel empfängt den Präsidenten Südkoreas"),
])
def test_chrome_around_the_headline(page, title):
    assert _read(page).title == title


@pytest.mark.parametrize("line", [
    "トルクメニスタン",  # a foreign name alone in katakana: a ministry's page's country label
    "記者 王小明 / 攝影 陳大華 瓜地馬拉 報導",  # a reporter's and cameraman's credit
    "To the central content area",  # a skip link
])
def test_lines_that_are_never_the_headline(line):
    assert never_headline(line) or is_navigation(line)


def test_a_headline_over_a_shorter_standfirst():
    # (the standfirst's words come back in the lead more than the headline's)
    page = (",,\n\nMerkel invita Papa Francesco in Germania, cita i profughi siriani\n\n"
            "La cancelliera tedesca in Vaticano in udienza di 40 minuti\n\n"
            "Città del Vaticano, 17 giu. (agenzia) – Angela Merkel, ricevuta da Papa Francesco per una udienza a porte "
            "chiuse di 40 minuti (con il presidente americano Francesco si è intrattenuto 30 minuti), ha invitato il "
            "Papa. Lo ha riferito l'ufficio stampa della cancelleria tedesca.\n\n"
            "La cancelliera, a quanto si apprende, aveva intenzione di sollevare con il Papa la questione dei profughi "
            "arrivati in Germania negli ultimi anni.\n")
    assert _read(page).title == "Merkel invita Papa Francesco in Germania, cita i profughi siriani"
