"""Traps met in the fifty-fifth round's sets, in texts written for these tests: a weekday read as
still to come because a future word stands after it in another clause ("signed it on Thursday, as
he said they will ..."); a leader the text titles as out of the office the list gives them ("Senior
Minister Lee Hsien Loong", "former Prime Minister") dating the report by their old terms; a Chinese
page's publication line that carries its readers' count ("2025年01月08日 • 5120次閱讀") read as the
lead's day; an event no report dates, whose reports write its day and month and its weekday apart."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kabar.linking import link_articles
from kabar.understand.chrome import is_stamp
from kabar.understand.offices import out_of_office
from tests.records import record_of as _record
from tests.test_linking import article

TREATY = ("Portugal and Norway to work ever more closely, prime minister says\n\n"
          "Portugal and Norway have hailed the closeness of their two countries, as they signed a treaty on "
          "energy and fisheries.\n\n"
          "Prime Minister Luís Montenegro and Norwegian Prime Minister Jonas Gahr Støre signed the treaty at a "
          "museum in Lisbon on Thursday{clause} look to work together on defence.\n\n"
          "The treaty was also signed by the two foreign ministers.\n\n"
          "18-07-2025, 09:07:44\n")


def test_a_future_word_in_another_clause_leaves_the_weekday_past():
    """"signed the treaty … on Thursday, as Mr Montenegro said they will look to …", on a page dated
    Friday 18 July 2025: the Thursday before it (before, the Thursday after: 24 July)."""
    record = _record(TREATY.format(clause=", as Mr Montenegro said they will"))
    assert record.date.iso == "2025-07-17"


def test_a_future_word_in_the_weekdays_own_clause_still_makes_it_to_come():
    """"… on Thursday and will look to …" (no clause between them): a day still to come, not the
    Thursday before the page's day."""
    record = _record(TREATY.format(clause=" and will"))
    assert record.date.iso != "2025-07-17"


VISIT = ("SINGAPORE, July 18 — Singapore's {title} Lee Hsien Loong will visit Malaysia from July 19 to 22 for "
         "a royal ceremony.\n\n"
         "During the visit, Mr Lee will meet Prime Minister Anwar Ibrahim and speak at a business dinner.\n\n"
         "He will be accompanied by his wife. — Bernama\n")


@pytest.mark.parametrize("title", ["Senior Minister", "former Prime Minister", "Emeritus Senior Minister"])
def test_a_leader_titled_out_of_office_dates_no_year(title):
    """Lee Hsien Loong as "Senior Minister" (after his terms as prime minister) and Anwar Ibrahim:
    their time together in office (2022-11-24 to 2024-05-15) is not the report's, so the visit the
    lead's first sentence announces, "from July 19 to 22", is kept without a year (before, 2023). (Since
    the fifty-eighth round the announced visit, not the dateline's July 18, is the report's event.)"""
    record = _record(VISIT.format(title=title))
    assert record.date.iso is None and record.date.around is None
    assert record.date.month_day == "07-19"


def test_a_leader_titled_in_office_still_dates_the_year():
    """The same visit with "Prime Minister Lee Hsien Loong": their one July together, 2023."""
    record = _record(VISIT.format(title="Prime Minister"))
    assert record.date.around == ("2023-07-19", "2023-07-22")


@pytest.mark.parametrize("title, out", [
    ("Senior Minister", True), ("former President", True), ("mantan Presiden", True), ("Deputy Prime Minister", True),
    ("Prime Minister", False), ("President", False), ("Foreign Minister", False),
])
def test_titles_out_of_office(title, out):
    assert out_of_office(title) is out


VIEWS = ("黃總理:新馬經濟特區帶來就業機會\n\n{stamp}\n\n"
         "黃循財總理周二(7日)在馬來西亞出席新馬領導人峰會,兩國領導人見證經濟特區協定的簽署。\n\n"
         "黃總理在記者會上表示,雙邊合作必須繼續為兩地人民帶來利益。\n")


@pytest.mark.parametrize("stamp", ["2025年01月08日   •   5120次閱讀", "2025年01月08日 阅读量：1.2万"])
def test_a_publication_line_with_its_readers_count_is_the_pages_date(stamp):
    """The line under the headline, a date and how many read the page: the page's date, against
    which "周二(7日)" is Tuesday the 7th (before, the line's 8 January was taken for the event)."""
    assert is_stamp(stamp)
    record = _record(VIEWS.format(stamp=stamp))
    assert record.date.iso == "2025-01-07"


def test_a_sentence_with_a_readers_count_is_no_stamp():
    assert not is_stamp("黃循財總理出席了會議 3249次閱讀")


KYIV_EN = ("Starmer signs hundred-year partnership in Kyiv\n"
           "British Prime Minister Keir Starmer and Ukrainian President Volodymyr Zelensky signed a hundred-year "
           "partnership in Kyiv on 16 January.\n"
           "The treaty covers defence, energy and science.\n")
KYIV_ES = ("Starmer y Zelenski firman en Kiev una asociación de cien años\n"
           "El primer ministro británico Keir Starmer y el presidente ucraniano Volodímir Zelenski firmaron en Kiev "
           "el 16 de enero una asociación de cien años.\n"
           "El tratado abarca la defensa, la energía y la ciencia.\n")
KYIV_PL = ("Starmer i Zełenski podpisali w Kijowie stuletnie partnerstwo\n"
           "Premier Wielkiej Brytanii Keir Starmer i prezydent Ukrainy Wołodymyr Zełenski podpisali w czwartek "
           "w Kijowie stuletnie partnerstwo.\n"
           "Umowa obejmuje obronność, energetykę i naukę.\n")


def _kyiv(weekday: int, both_write_the_day: bool = True):
    return [replace(article("en", KYIV_EN, None, ("GB", "UA")), month_day="01-16"),
            replace(article("es", KYIV_ES, None, ("GB", "UA"), lang="es"),
                    month_day="01-16" if both_write_the_day else None),
            replace(article("pl", KYIV_PL, None, ("GB", "UA"), lang="pl"), weekday=weekday)]


def test_an_undated_events_day_and_another_reports_weekday_give_its_year():
    """Two reports write "16 January" without a year, a third "on Thursday": in the time Starmer and
    Zelensky were in office together (from July 2024), 16 January fell on a Thursday in 2025 only.
    The event is dated so, and its reports with it (before, none was dated)."""
    (event,) = link_articles(_kyiv(weekday=3))
    assert event.date == "2025-01-16"
    assert dict(event.completed) == {"en": "2025-01-16", "es": "2025-01-16", "pl": "2025-01-16"}


@pytest.mark.parametrize("weekday, both", [(4, True), (3, False)])
def test_an_undated_event_stays_undated_without_agreeing_days(weekday, both):
    """A Friday (16 January was a Friday in 2026, out of their known terms), or the day written by one
    report only (a day of history as likely): no year is made up."""
    events = link_articles(_kyiv(weekday=weekday, both_write_the_day=both))
    assert all(e.date is None for e in events)


LIVE_PAGE = ("Danish Prime Minister Mette Frederiksen (R) greets Dutch Prime Minister Mark Rutte upon his arrival at "
             "the Christiansborg Palace in Copenhagen\n"
             "Rutte hails new chapter in ties at Frederiksen summit\n\n"
             "Edited by Anna Berg and Tom Visser\n\n"
             "All times stated are CET\n\n"
             "  1. A look back at tensions when Jensen was PM\n\n"
             "    Jensen and Frederiksen\n"
             "    {credit}\n\n"
             "    A bit more on those tensions our political editor Anna just mentioned.\n\n"
             "    Back during last summer's party leadership contest Lars Jensen declined to say whether Mette "
             "Frederiksen was a friend or foe of the Netherlands.\n\n"
             "    Jensen went on to win the race and the pair ended up meeting in Prague in October at a summit of "
             "world leaders.\n\n"
             "    The two leaders also announced plans to hold a summit in Denmark and that is where we are today "
             "with Rutte in place of Jensen.\n\n"
             "  2. Analysis\n\n"
             "    No single answer on energy prices - Rutte\n\n"
             "    Anna Berg\n\n"
             "    Political editor, travelling with the prime minister\n\n"
             "    Mark Rutte speaks to reporters on the train to Copenhagen\n"
             "    {credit}\n\n"
             "    The Hague feels it has reset relations with Copenhagen.\n")


@pytest.mark.parametrize("credit", ["Copyright: Getty Images", "Image copyright: Reuters", "Pic: PA"])
def test_a_photo_caption_over_its_copyright_line_is_no_headline(credit):
    """A live page's photo caption with "Copyright: Getty Images" under it: not the headline (before,
    "Jensen and Frederiksen" was)."""
    record = _record(LIVE_PAGE.format(credit=credit))
    assert record.title == "Rutte hails new chapter in ties at Frederiksen summit"
