"""Traps met in the fifty-third round's sets, in texts written for these tests: a photo's caption
closed by a "(photo credit: …)" line, its day taken for the report's; a Chinese daily's name,
"光明日报", read as "明日" (tomorrow); an Arabic or Persian report's venue ("في موسكو", "در
ترکمنستان") never read, so that a report of talks in Moscow joined the pair's meeting in Turkmenistan;
a Dutch adjective for Jordan."""
from __future__ import annotations

import pytest

from kabar.linking import link_articles
from kabar.understand.countries import located_countries
from tests.records import record_of as _record
from tests.test_linking import article, groups


def test_a_caption_closed_by_a_photo_credit_line_lends_no_day():
    """A caption's "Thursday, May 16, 2019" over "(photo credit: …)": the photo's day, of an earlier
    meeting; the report announces a visit on "June 12-14" (before, the caption was taken for the lead
    and its day for the visit's, and the caption for the headline)."""
    record = _record(
        "Iranian Foreign Minister Javad Zarif, left, and Japanese Prime Minister Shinzo Abe shake hands in "
        "Tokyo, Thursday, May 16, 2019.\n"
        "(photo credit: JANE DOE/POOL - AGENCY)\n"
        "TOKYO - Japanese Prime Minister Shinzo Abe will visit Iran on June 12-14 and hold talks with President "
        "Hassan Rouhani, the government's top spokesman said on Tuesday.\n"
        "Abe's trip comes as tensions between Iran and the United States rise.\n")
    assert (record.date.iso, record.date.month_day) == (None, "06-12")
    assert record.title.startswith("TOKYO - Japanese Prime Minister Shinzo Abe will visit Iran")


def test_a_dailys_name_is_not_tomorrow():
    """"光明日报约翰内斯堡8月24日电": the Guangming Daily's dateline, whose name holds "明日" (tomorrow);
    the talks were that day (before, the day after it)."""
    record = _record(
        "光明日报约翰内斯堡8月24日电(记者 李明)当地时间8月24日上午,国家主席习近平在约翰内斯堡出席金砖国家领导人会晤"
        "期间会见伊朗总统莱希。\n"
        "习近平祝贺伊朗成为金砖成员。中方愿同伊方巩固友好,深化互信。\n"
        "莱希表示,伊方高度赞赏中方支持。\n"
        "《光明日报》(2023年08月25日 04版)\n")
    assert record.date.iso == "2023-08-24"


@pytest.mark.parametrize("text, lang, venue", [
    ("التقى الرئيسان في موسكو", "ar", {"RU"}),
    ("وقع الرئيسان الاتفاقية في العاصمة الروسية موسكو", "ar", {"RU"}),
    ("خلال زيارة رسمية إلى العاصمة موسكو", "ar", {"RU"}),
    ("التقى الرئيسان بموسكو", "ar", {"RU"}),
    ("بحث الرئيسان الوضع في سوريا", "ar", set()),  # (the subject of the talks)
    ("الحرب في أوكرانيا", "ar", set()),
    ("التقى الرئيس بوتين", "ar", set()),  # ("ب" glued to a name that is no place)
    ("در حاشیه اجلاس در ترکمنستان", "fa", {"TM"}),
    ("سفر به روسیه", "fa", {"RU"}),
    ("جنگ در اوکراین", "fa", set()),
])
def test_arabic_and_persian_venues(text, lang, venue):
    assert located_countries(text, lang) == venue


ASHGABAT = [
    article("a", "دیدار پزشکیان و پوتین در ترکمنستان\nمسعود پزشکیان رئیس‌جمهور ایران امروز جمعه در حاشیه اجلاس "
                 "بین‌المللی در ترکمنستان با ولادیمیر پوتین رئیس‌جمهور روسیه دیدار و گفتگو کرد و از سطح روابط "
                 "تهران-مسکو ابراز خرسندی کرد.\n", "2025-12-12", ("IR", "RU"), "fa"),
    article("b", "پزشکیان با پوتین در عشق‌آباد دیدار کرد\nرئیس‌جمهور ایران مسعود پزشکیان در ترکمنستان با ولادیمیر "
                 "پوتین رئیس‌جمهور روسیه درباره همکاری‌های دوجانبه گفتگو کرد.\n", "2025-12-12", ("IR", "RU"), "fa"),
]
TREATY = ("بزشكيان وبوتين يوقعان اتفاقية شراكة\nوقع الرئيس الإيراني مسعود بزشكيان ونظيره الروسي فلاديمير بوتين "
          "اتفاقية للشراكة الاستراتيجية{where}، في خطوة تعكس التعاون بين طهران وموسكو.\n")


def test_talks_in_moscow_do_not_join_a_meeting_in_turkmenistan():
    """An Arabic report without a day of the two presidents' treaty signed "during an official visit to
    the capital Moscow" is not their meeting in Turkmenistan, the pair's only dated event (before, no
    venue was read in either language, and it joined it on the two names and "Tehran", "Moscow");
    where it names no place, it still does."""
    in_moscow = article("c", TREATY.format(where=" خلال زيارة رسمية إلى العاصمة موسكو"), None, ("IR", "RU"), "ar")
    unplaced = article("c", TREATY.format(where=""), None, ("IR", "RU"), "ar")
    assert groups(link_articles([*ASHGABAT, unplaced])) == {("a", "b", "c")}
    assert groups(link_articles([*ASHGABAT, in_moscow])) == {("a", "b"), ("c",)}


def test_a_dutch_adjective_for_jordan_counts():
    """"De Jordaanse koning" with the Japanese prime minister, the Netherlands named as a guest: Japan
    and Jordan (before, Japan and the Netherlands)."""
    record = _record(
        "De Jordaanse koning Abdullah heeft dinsdag een ontmoeting gehad met de Japanse premier Fumio Kishida "
        "in Tokio.\n"
        "Namens Nederland woonde de minister van Buitenlandse Zaken de plechtigheid bij. Nederland en Japan "
        "werken nauw samen.\n")
    assert record.countries.codes == ("JO", "JP")
