"""Traps of real pages met in the thirty-fifth round's sets, in texts written for these tests: a
Chinese newspaper's page lines ("某某日报 2013年06月06日 星期四", "（2013年06月06日 02版）") above a
lead that gives the talks' own day; a report whose headline and lead speak of a third country and
name one leader, the guest being named further down as "his counterpart" or in "talks with";
a header's "today" line; Serbian Cyrillic and Croatian spellings of names; Arabic's month names."""
from __future__ import annotations

from functools import partial

import pytest

from kabar.understand.actors import find_people
from kabar.understand.chrome import is_stamp
from kabar.understand.dates import extract_date
from tests.records import record_of


_record = partial(record_of, name="page.txt")


@pytest.mark.parametrize("line, stamp", [
    ("某某日报 2013年06月06日 星期四", True),  # the paper's name, its date and weekday
    ("作者: 《某某日报》( 2013年06月06日 02版)", True),  # the page of the paper
    ("（2016年01月21日 03版）", True),
    ("毎朝新聞 2015年1月19日(月)", True),
    ("2015년 3월 2일 월요일", True),
    ("习近平抵达开罗 2016年01月20日 星期三", False),  # a headline with its date: its words are no paper's name
    ("两国元首 2013年6月4日(二)会谈", False),  # (words after the date)
    ("某某日报 6月6日 星期四", False),  # (no year: a day the text tells of, not the paper's)
])
def test_a_newspapers_page_line_is_a_stamp(line, stamp):
    assert is_stamp(line) is stamp


PAGE_LINES_ZH = (
    "首页 • 时政 • 国际 • 更多>>\n"
    "某某日报 2013年06月06日 星期四\n\n"
    "两国元首共同会见记者\n\n"
    "作者: 《某某日报》( 2013年06月06日 02版)\n"
    "6月4日,国家主席习近平在墨西哥城同墨西哥总统培尼亚举行会谈后,两国领导人共同会见记者。双方宣布将两国关系提升为"
    "全面战略伙伴关系。\n")


def test_the_talks_day_under_a_newspapers_page_lines():
    # (the paper's date was read as the lead's first day: the report of the 4th dated the 6th)
    date = _record(PAGE_LINES_ZH).date
    assert (date.iso, date.published) == ("2013-06-04", "2013-06-06")


COUNTERPART_EN = (
    "Kenya to end military ties with North Korea\n\n"
    "Kenyan President Uhuru Kenyatta vowed Monday to end his country's military and police cooperation "
    "with North Korea, a Seoul official said.\n\n"
    "North Korea faces tighter sanctions over its nuclear tests, and North Korean instructors are "
    "still said to work in the country.\n\n"
    "\"We will enforce the resolutions,\" Kenyatta said in a summit with his South Korean counterpart "
    "Park Geun-hye at the State House in Nairobi.\n\n"
    "North Korea has not answered.\n")

COUNTERPART_KO = (
    "케냐 대통령 \"북한과 군사협력 중단\"\n\n"
    "우후루 케냐타 케냐 대통령이 30일(현지시간) 북한과의 군사·경찰 협력 중단을 선언했다.\n\n"
    "케냐타 대통령은 나이로비 대통령궁에서 열린 박근혜(사진) 대통령과의 정상회담에서 안보리 결의를 충실히 "
    "이행하겠다고 말했다. 북한은 아직 반응하지 않았다. 북한 교관단은 여전히 머무르고 있다.\n")


@pytest.mark.parametrize("text, lang", [(COUNTERPART_EN, "en"), (COUNTERPART_KO, "ko")])
def test_the_counterpart_further_down_is_the_pairs_other_country(text, lang):
    # (North Korea, named throughout, is what they spoke of; the guest is named as the counterpart,
    #  or in "talks with", below the lead)
    record = _record(text)
    assert record.lang == lang
    assert record.countries.codes == ("KE", "KR")


def test_without_a_counterpart_the_country_named_most_stays():
    text = COUNTERPART_EN.replace(" in a summit with his South Korean counterpart Park Geun-hye", "")
    assert _record(text).countries.codes == ("KE", "KP")


def test_two_named_together_further_on_do_not_outweigh_the_two_who_act():
    # the host and the guest named in the headline and the lead stand out; "Trump and Putin", named
    # together further on, are the summit to come
    text = ("Trump trifft Niinistö in Helsinki\n\n"
            "US-Präsident Donald Trump ist am Montag in Helsinki mit dem finnischen Präsidenten Sauli Niinistö "
            "zusammengetroffen. Niinistö empfing Trump im Präsidentenpalast.\n\n"
            "Am Nachmittag treffen sich Trump und Wladimir Putin zu ihrem ersten Gipfel. Niinistö sprach von "
            "einer Ehre für Finnland.\n")
    assert _record(text).countries.codes == ("FI", "US")


@pytest.mark.parametrize("text, people", [
    # Serbian and Macedonian Cyrillic: "ј", "џ", no "я" or "й", no doubled letters
    ("Председник Јерменије Серж Саргсјан и председник Азербејџана Илхам Алијев састали су се у Бечу.",
     ["serzh-sargsyan", "ilham-aliyev"]),
    ("Министар Сергеј Лавров разговарао је са Џоном Керијем.", ["sergey-lavrov"]),
    # a first name in -a declined in Croatian, Czech, Slovak ("s Kolindom", "Obamou")
    ("Duda se sastao s predsjednicom Kolindom Grabar-Kitarović u Zagrebu.", ["kolinda-grabar-kitarovic"]),
    ("Setkal se s prezidentem Barackem Obamou.", ["barack-obama"]),
    # Hindi's other spelling of Xi Jinping's name
    ("प्रधानमंत्री ने चीन के राष्ट्रपति शी चिनपिंग से मुलाकात की।", ["xi-jinping"]),
])
def test_names_as_pages_in_other_scripts_and_cases_write_them(text, people):
    assert [m.person for m in find_people(text)] == people


TODAY_LINE_DE = (
    "Dienstag, 05. Juni 2018\n\n"
    "Kurz empfängt Putin in Wien\n\n"
    "Der russische Präsident Wladimir Putin ist am Dienstag zu einem offiziellen Besuch in Wien eingetroffen und "
    "von Bundeskanzler Sebastian Kurz empfangen worden. Beide sprachen über Gaslieferungen.\n")


def test_the_headers_today_line_on_the_leads_weekday_is_the_pages_day():
    date = _record(TODAY_LINE_DE).date
    assert (date.iso, date.published) == ("2018-06-05", "2018-06-05")


def test_a_today_line_on_another_weekday_is_when_the_page_was_viewed():
    # (a Wednesday: the page viewed on another day than the Tuesday it tells of)
    date = _record(TODAY_LINE_DE.replace("Dienstag, 05. Juni 2018", "Mittwoch, 06. Juni 2018")).date
    assert (date.iso, date.weekday) == (None, 1)


@pytest.mark.parametrize("text, lang, iso", [
    # Arabic's two names of a month, the Levantine and the Egyptian ("مارس/آذار"), either first
    ("التقى الرئيس نظيره في العاصمة يوم 2 مارس/آذار 2017 وبحثا العلاقات الثنائية.", "ar", "2017-03-02"),
    ("التقى الرئيس نظيره في العاصمة يوم 2 آذار/مارس 2017 وبحثا العلاقات الثنائية.", "ar", "2017-03-02"),
    ("التقى الرئيس نظيره في العاصمة في 15 كانون الثاني/يناير 2017 وبحثا العلاقات.", "ar", "2017-01-15"),
    # the Maghreb's names ("جانفي", "فيفري")
    ("استقبل الرئيس ضيفه في الجزائر يوم 14 فيفري 2016 وبحثا التعاون.", "ar", "2016-02-14"),
    # an abbreviated month and its day with no space ("Sept.2")
    ("President Lin met Chairman Wu in Beijing, Sept.2, 2015. They signed a trade pact.", "en", "2015-09-02"),
])
def test_days_written_as_pages_write_them(text, lang, iso):
    assert extract_date(text, lang).iso == iso


def test_a_decimal_is_no_day():
    assert extract_date("Exports grew 3.5 per cent in March 2015, the No.2 official said.", "en").iso is None


TODAY_LINE_EN = (
    "The Harbour Herald\n"
    "Saturday, 14 March 2026\n"
    "World\n"
    "Ruritania, Japan sign five agreements\n"
    "By Ann Smith\n"
    "Ruritanian President Tom Vale and Japan's Prime Minister Ken Mori oversaw the signing of five documents "
    "in Tokyo on Saturday, 9 March 2024.\n\n"
    "The two leaders last met in Oslo on 25 July 2022.\n")


def test_a_today_line_gives_way_to_the_leads_full_date():
    # (the header's Saturday is the day the page was viewed; the lead writes its own in full)
    assert _record(TODAY_LINE_EN).date.iso == "2024-03-09"


def test_a_today_line_years_after_what_the_text_tells_is_when_the_page_was_viewed():
    text = TODAY_LINE_EN.replace(", 9 March 2024", "").replace("25 July 2022", "25 July 2012")
    date = _record(text).date
    assert (date.iso, date.weekday) == (None, 5)


def test_a_serbian_spelling_of_a_single_name_is_no_russian_word():
    # ("Кенни", Kenny, written "Кени" in Serbian, would be "Кении", of Kenya, in Russian)
    text = "Лидеры Кении и Танзании встретились в Найроби. Президент Кении приветствовал гостя."
    assert [m.country for m in find_people(text)] == []
