"""Traps met in the thirty-eighth round's sets, in texts written for these tests: a weekday in the
lead days from a dated day the lead also writes (the day of an earlier visit, told as history); a
lead's sentence that writes the day one side left home and, later in it, the day of the talks with
the other side; one moment written in two time zones."""
from __future__ import annotations

from kabar.understand.pipeline import understand


def _date(name: str, text: str):
    return understand(text.encode(), f"{name}.txt", given_id=name).record.date


TOUR = ("Erdogan begins Africa tour in Algeria\n\nTurkish President Recep Tayyip Erdogan begins today, {weekday}, "
        "a five-day African tour in Algeria, his second visit as president after the state visit he made on "
        "19 November 2014, and will hold talks with President Abdelaziz Bouteflika.\n")


def test_a_weekday_days_from_the_leads_dated_day_leaves_that_day_as_history():
    """"Begins today, Monday, … after the state visit he made on 19 November 2014" (a Wednesday):
    the weekday is not that day's, nor the day after or before it; the dated day is the earlier
    visit's, not moved to the Monday before it (17 November 2014). The report is left with its
    weekday, undated, so that it can still join its event."""
    date = _date("tour", TOUR.format(weekday="Monday"))
    assert date.iso is None
    assert date.weekday == 0


def test_a_weekday_a_day_from_the_leads_day_still_moves_it():
    """The weekday the day after the dated one ("today, Thursday" … "19 November 2014", a
    Wednesday) still tells the event's day: the day after."""
    assert _date("tour", TOUR.format(weekday="Thursday")).iso == "2014-11-20"


SET_OFF_THEN_TALKS = ("Moon holds summit with Quang\n\nSouth Korean President Moon Jae-in, who left Seoul on 22 March "
                      "2018 for a seven-day tour, held talks on 23 March with Vietnamese President Tran Dai Quang "
                      "on the second day of his state visit.\n\nThe two leaders signed agreements on trade.\n")


def test_the_talks_day_later_in_the_sentence_of_a_day_of_one_side():
    """The lead's sentence writes the day one side left home (22 March), then the day it held talks
    with the other side (23 March): the part of the sentence up to the second day names one side
    only, so the talks' day is the event's, not the day it set off."""
    date = _date("moon", SET_OFF_THEN_TALKS)
    assert date.iso == "2018-03-23"


TWO_TIME_ZONES = ("日・アルゼンチン首脳会談\n\n2018年11月30日\n\n現地時間11月30日午後3時(日本時間12月1日午前3時)から,"
                  "安倍晋三総理大臣はブエノスアイレスでマクリ・アルゼンチン大統領と会談を行いました。"
                  "両首脳は投資協定について意見を交換しました。\n")


def test_one_moment_in_two_time_zones_is_one_day():
    """"現地時間11月30日午後3時(日本時間12月1日午前3時)から、… 会談": the home country's time of
    the same moment is no later day of the talks; the part before it names neither side, so the
    day is read with its whole sentence, which names both: the local day."""
    assert _date("tz", TWO_TIME_ZONES).iso == "2018-11-30"
