"""Traps of real pages met in the thirteenth session's set (own-21), in texts written for these
tests: a page's skip links and its own date in another calendar above the headline, a short
site name as the first line, a two-word headline with a compound, a "date, place" line under it,
a title derived from a lead that opens on a day's ordinal dot, and names and countries as more
languages write them."""
from __future__ import annotations

import pytest

from kabar.linking import LinkArticle, link_articles
from kabar.understand.actors import find_people
from kabar.understand.chrome import is_stamp
from kabar.understand.countries import extract_countries
from kabar.understand.parse import extract_parts
from kabar.understand.pipeline import understand
from kabar.understand.titles import derive_title

LEAD_FA = ("رئیس جمهوری پرو روز پنجشنبه ۲۸ ژانویه در اولان باتور مورد استقبال رسمی رئیس جمهوری مغولستان قرار گرفت "
           "و دو طرف درباره همکاری در معادن مس گفتگو کردند.")


@pytest.mark.parametrize("text, headline", [
    # a page's numbered skip links, then the headline, then its date in the Solar Hijri calendar
    ("1. پرش به گزارش\n  2. پرش به منوی اصلی\n  3. پرش به دیگر صفحات سایت\n\n"
     "گفتگوهای رسمی رئیس جمهوری پرو در مغولستان\n\nSH۱۳۹۴ بهمن ۸, پنجشنبه\n\n" + LEAD_FA + "\n",
     "گفتگوهای رسمی رئیس جمهوری پرو در مغولستان"),
    # the site's name, short, as the first line; the headline under it, printed again further down
    ("東西ニュース\n\nペルー大統領来日、京都でおもてなし 首相、経済関係強化へ\n\nニュース 政治\n\n記事詳細\n\n"
     "ペルー大統領来日、京都でおもてなし 首相、経済関係強化へ\n\n"
     "ペルーの大統領が30日、就任後初めて来日した。首相は京都で大統領を出迎え、お茶会と夕食会で手厚くもてなした。\n",
     "ペルー大統領来日、京都でおもてなし 首相、経済関係強化へ"),
    # a two-word headline with a compound, then the line that says when and where
    ("Settings\n\nOfficial website of the President\n\nPeruvian-Mongolian talks\n\n"
     "April 5, 2017, The Government Palace, Ulaanbaatar\n\n"
     "Talks were held at the Government Palace between the President of Mongolia and the President of Peru, "
     "who came to Mongolia on a state visit.\n\nThe two presidents discussed copper mining and direct flights.\n",
     "Peruvian-Mongolian talks"),
])
def test_the_headline_among_a_pages_furniture(text, headline):
    assert extract_parts(text).title == headline


@pytest.mark.parametrize("line, stamp", [
    ("April 5, 2017, The Government Palace, Ulaanbaatar", True),  # when, then where (names only)
    ("SH۱۳۹۴ بهمن ۸, پنجشنبه", True),  # a Solar Hijri date and its weekday
    ("April 5, 2017 the presidents met in the palace", False),  # a sentence, not names
    ("Peru and Mongolia sign 5 deals in Ulaanbaatar", False),
])
def test_a_line_that_says_when_and_where_is_the_pages_stamp(line, stamp):
    assert is_stamp(line) is stamp


def test_the_date_and_place_line_under_the_headline_dates_the_report():
    text = ("Peruvian-Mongolian talks\n\nApril 5, 2017, The Government Palace, Ulaanbaatar\n\n"
            "Talks were held at the Government Palace between the President of Mongolia and the President of "
            "Peru, who came to Mongolia on a state visit.\n")
    record = understand(text.encode(), "talks.txt").record
    assert record.title == "Peruvian-Mongolian talks"
    assert record.date.iso == "2017-04-05"


@pytest.mark.parametrize("lead, title", [
    # a day's ordinal dot is no sentence end, and a clause with the verb before its comma is no time phrase
    ("Am 2. Februar 2017 besuchte der peruanische Präsident, Pedro Castillo, den mongolischen Premier in "
     "Ulan Bator. Die wichtigsten Themen waren Kupfer und Flüge.",
     "Am 2. Februar 2017 besuchte der peruanische Präsident, Pedro Castillo, den mongolischen Premier in Ulan Bator"),
    # a time phrase before the first comma still goes
    ("On Monday evening, the presidents of Peru and Mongolia agreed to open direct flights between their "
     "capitals. They also signed a copper deal.",
     "The presidents of Peru and Mongolia agreed to open direct flights between their capitals"),
])
def test_a_derived_title(lead, title):
    assert derive_title(extract_parts(f"{lead}\n")) == title


def test_a_publication_line_with_a_weekday_above_the_headline_dates_the_report():
    # (a weekday and no time above the headline is most often the day the page was viewed; not
    # when the line says it is the day the page was published)
    text = ("Published On: Thu, Mar 9th, 2017\n\nMongolia's President Receives Peru's President in Ulaanbaatar\n\n"
            "The President of Mongolia received the President of Peru in Ulaanbaatar on Thursday before a "
            "visit to the copper mines of the south.\n")
    record = understand(text.encode(), "visit.txt").record
    assert record.date.iso == "2017-03-09"
    assert record.date.published == "2017-03-09"


@pytest.mark.parametrize("text, people", [
    ("Al-Sisi Receives Peru's President in Cairo", ["abdel-fattah-el-sisi"]),  # the article capitalised
    ("Bundeskanzlerin Merkel empfing Benjamin Netanjahu in Berlin.", ["angela-merkel", "benjamin-netanyahu"]),
    ("Президент Нұрсұлтан Назарбаев Дональд Трамппен кездесті.",  # Kazakh: "with Trump"
     ["nursultan-nazarbayev", "donald-trump"]),
])
def test_names_as_more_languages_write_them(text, people):
    assert [m.person for m in find_people(text)] == people


def test_a_kazakh_report_of_a_visit_to_washington_is_of_the_pair():
    text = ("Назарбаев АҚШ Президенті Трамппен кездесті\n\n"
            "Президент Нұрсұлтан Назарбаев АҚШ-қа ресми сапары аясында Ақ үй басшысы Дональд Трамппен кездесіп, "
            "екіжақты ынтымақтастық мәселелерін талқылады.\n")
    found = extract_countries(text, "kk")
    assert (found.codes, found.scope) == (("KZ", "US"), "pair")


@pytest.mark.parametrize("text, people", [
    # a listed person's surname alone, where the text names him in full further down
    ("Kerry Meets Peru's Foreign Minister\nSecretary of State John Kerry met his Peruvian counterpart.",
     ["john-kerry", "john-kerry"]),
    # ... not without the full name, nor after a title when it is another man's first name
    ("Kerry Meets Peru's Foreign Minister\nThe secretary of state met his Peruvian counterpart.", []),
    # (another first name before the surname: not the listed Idriss Déby)
    ("Cumhurbaşkanı Saleh Déby ile görüştü. Recep Tayyip Erdoğan Çad'da.", ["recep-tayyip-erdogan"]),
    # ... while his name as Turkish writes it, one "s", is his ("Idriss Déby" in the list)
    ("Cumhurbaşkanı İdris Déby ile görüştü. Recep Tayyip Erdoğan Çad'da.", ["idriss-deby", "recep-tayyip-erdogan"]),
    # ... nor read with a case ending dropped: "Nghia" is no declined "Nghi" (Wang Yi's "Vương Nghị")
    ("Dua Menlu, Mai Thanh Nghia dan Savoeun Sok, melakukan pembicaraan di Hanoi.", []),
])
def test_a_surname_alone(text, people):
    assert [m.person for m in find_people(text)] == people


# (the headline does not say "phone": the lead alone does not set a call apart from a meeting)
CALL = ("Obama and Rouhani talk about the nuclear programme\nPresident Barack Obama and President Hassan Rouhani spoke by phone on "
        "Friday, a day after Secretary of State John Kerry met Foreign Minister Mohammad Javad Zarif in New York.\n"
        "They discussed the nuclear programme and sanctions.")
MEETING = ("{headline}\nSecretary of State John Kerry met Foreign Minister Mohammad Javad Zarif in New York, hours "
           "after President Hassan Rouhani spoke at the United Nations, where President Barack Obama had spoken.\n"
           "They discussed the nuclear programme and sanctions.")


@pytest.mark.parametrize("headline, apart", [
    ("Kerry meets Zarif in New York", True),  # ministers here, leaders there: two engagements
    ("Talks on the nuclear programme in New York", False),  # (no one named in the headline: linked as before)
])
def test_a_ministers_meeting_and_the_leaders_call_a_day_later_are_two_events(headline, apart):
    meeting = MEETING.format(headline=headline)
    events = link_articles([LinkArticle("call", "en", CALL.split("\n")[0], CALL, "2013-09-27", ("IR", "US")),
                            LinkArticle("meeting", "en", headline, meeting, "2013-09-26", ("IR", "US"))])
    assert ({e.article_ids for e in events} == {("call",), ("meeting",)}) is apart


def test_an_ads_txt_record_leaked_before_the_headline_is_dropped():
    text = ("google.com, pub-1234567890123456, DIRECT, f08c47fec0942fa0 Leaders of Peru and Chile meet in Lima\n\n"
            "The presidents of Peru and Chile met in Lima on Monday to sign a trade deal and talk about copper.\n")
    assert extract_parts(text).title == "Leaders of Peru and Chile meet in Lima"


@pytest.mark.parametrize("lang, text, codes", [
    # Hindi written without the nukta ("तंजानिया" for CLDR's "तंज़ानिया")
    ("hi", "प्रधानमंत्री नरेंद्र मोदी आज तंजानिया पहुंचे। भारत और तंजानिया के बीच पांच समझौतों पर हस्ताक्षर किए गए।",
     ("IN", "TZ")),
    # Hebrew: France's president by his name alone
    ("he", "עמנואל מקרון שוחח בטלפון עם ראש הממשלה בנימין נתניהו. מקרון ביקש מנתניהו איפוק.", ("FR", "IL")),
])
def test_country_pairs_in_more_spellings(lang, text, codes):
    found = extract_countries(text, lang)
    assert (found.codes, found.scope) == (codes, "pair")


def test_a_report_set_at_a_summit_is_held_in_its_host_country_whatever_city_the_lead_invites_to():
    # (its other city, the one a visit is promised in, would keep it apart from the summit's reports)
    text = ("Abe invita Putin a Tokyo\n\nSabato 19 novembre 2016, a margine del vertice APEC di Lima, il premier "
            "giapponese Shinzo Abe ha invitato il presidente russo Vladimir Putin a Tokyo per un nuovo incontro a "
            "dicembre.\n\nI due hanno parlato delle isole Curili.\n")
    record = understand(text.encode(), "apec.txt").record
    assert (record.date.iso, record.venue) == ("2016-11-19", ("PE",))
