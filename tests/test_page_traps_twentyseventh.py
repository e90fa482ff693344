"""Traps of real pages met in the thirty-first round's sets, in texts written for these tests: a
visit's day written without its year, beside a list of the two leaders' earlier meetings by month
and year ("In April 2013, …; in March 2014, …"), none of them the visit's year."""
from __future__ import annotations

import pytest

from kabar.understand.pipeline import understand

VISIT = ("President Xi begins his state visit to Finland\n\n"
         "HELSINKI - President Xi Jinping arrived in Helsinki on 4 April for a state visit at the invitation "
         "of President Sauli Niinisto, the first by a Chinese head of state in twenty-two years.\n\n"
         "The two presidents have met many times. In March 2010, Xi, then vice-president, visited Finland and "
         "first met Niinisto, then speaker of parliament. {background} In March 2014, they met again at the "
         "nuclear security summit in The Hague.\n\n"
         "Xi said the friendship between the two countries was like a warm current in the northern snow.\n")


def _date(text: str):
    return understand(text.encode(), "page.txt").record.date


@pytest.mark.parametrize("background, iso, month_day", [
    # the month of the visit in a year before the latest the text speaks of: history, no year lent
    ("In April 2013, Niinisto visited China, the first European head of state Xi received.", None, "04-04"),
    # (a guard) the latest year the text speaks of, in the visit's month: it lends its year
    ("In April 2017, the two countries agreed on this visit.", "2017-04-04", None),
])
def test_a_month_of_an_earlier_year_lends_no_year_to_the_visits_day(background, iso, month_day):
    date = _date(VISIT.format(background=background))
    assert date.iso == iso
    assert date.month_day == month_day  # (unknown year: the day and month are kept, for linking)


def test_a_span_whose_year_the_leaders_terms_give_is_a_span():
    # "5 - 7/9" and no year: Phuc and Obama held office together only in September 2016
    text = ("Thủ tướng Nguyễn Xuân Phúc hội kiến Tổng thống Barack Obama\n\n"
            "Thủ tướng Nguyễn Xuân Phúc và Tổng thống Hoa Kỳ Barack Obama hội kiến tại Vientiane, Lào, "
            "trong chuyến công tác ngày 5 - 7/9.\n\nHai nhà lãnh đạo trao đổi về hợp tác kinh tế.\n")
    date = _date(text)
    assert (date.iso, date.how, date.around) == (None, "span", ("2016-09-05", "2016-09-07"))
    assert "in office" in date.evidence
