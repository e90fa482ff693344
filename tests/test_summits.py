"""A report set at a leaders' summit held in a different city each time takes that summit's year
for the day (or weekday) it names; a day away from the summit, or a city and a summit named apart,
lend nothing. (Texts written for the tests.)"""
from __future__ import annotations

import pytest

from kabar.linking import link_articles
from kabar.understand.pipeline import link_view, understand
from kabar.understand.summits import summits_named

CASES = [
    # (what, text, expected date, how)
    ("a weekday at the summit its lead names, the leaders in office together once then",
     "Abe and Putin talk peace treaty in Lima\n\nJapanese Prime Minister Shinzo Abe and Russian President "
     "Vladimir Putin met on Saturday on the sidelines of the APEC summit in Lima, and agreed to keep talking "
     "about the disputed islands.\n", "2016-11-19", "summit"),
    ("a day and month in Russian, the summit and city declined",
     "Путин и Абэ встретились в Лиме\n\nПрезидент России Владимир Путин и премьер-министр Японии Синдзо Абэ "
     "провели переговоры 19 ноября на полях саммита АТЭС в Лиме. Стороны обсудили мирный договор.\n",
     "2016-11-19", "summit"),
    ("the series written out in Russian, another summit in that city three days later ruled out by the leaders' terms",
     "Путин и Си Цзиньпин встретились в Лиме\n\nПрезидент России Владимир Путин и председатель КНР Си Цзиньпин "
     "провели переговоры 20 ноября в кулуарах саммита Азиатско-Тихоокеанского экономического сотрудничества в "
     "Лиме.\n", "2016-11-20", "summit"),
    ("a day of the month alone in Japanese",
     "日米首脳会談、ダナンで\n\n安倍晋三首相は10日、APEC首脳会議が開かれているベトナム中部のダナンでトランプ"
     "米大統領と会談した。両首脳は北朝鮮への圧力を強めることで一致した。\n", "2017-11-10", "summit"),
    ("a city after the dot that joins words in Japanese",
     "日米首脳会談\n\n安倍晋三首相は7日、G20首脳会議が開かれるドイツ・ハンブルクでトランプ米大統領と会談した。"
     "両首脳は北朝鮮問題で連携することを確認した。\n", "2017-07-07", "summit"),
    ("a day alone in Korean, the series written out",
     "한미 정상, 부에노스아이레스서 회담\n\n문재인 대통령과 도널드 트럼프 미국 대통령은 30일 주요 20개국(G20) "
     "정상회의가 열린 아르헨티나 부에노스아이레스에서 정상회담을 갖고 대북 제재 유지에 공감했다.\n",
     "2018-11-30", "summit"),
    ("a dateline city and the summit in its paragraph",
     "Obama, Jokowi share a light moment\n\nBEIJING. US President Barack Obama chatted with President Joko "
     "Widodo during a dinner for leaders attending the Asia-Pacific Economic Cooperation (APEC) summit on "
     "Monday evening, the palace said.\n", "2014-11-10", "summit"),
    # (the day and month kept without a year are the dateline's: when the report was written)
    ("a day and month, the city in the first paragraph and the summit in the next: no year",
     "Trump and Abe discuss trade\n\nWASHINGTON, Nov. 30 -- U.S. President Donald Trump on Friday met Japanese "
     "Prime Minister Shinzo Abe in Buenos Aires to discuss trade and North Korea.\n\nThe two met on the margins of "
     "the Group of 20 summit, the White House said in a statement.\n", None, "dateline"),
    ("a weekday alone, the city and the summit paragraphs apart: no day",
     "Trump and Abe discuss trade\n\nU.S. President Donald Trump on Friday met Japanese Prime Minister Shinzo Abe in "
     "Buenos Aires to discuss trade and North Korea.\n\nThe two met on the margins of the Group of 20 summit, the "
     "White House said.\n", None, "none"),
    ("the meeting's city and, a paragraph on, a summit to come elsewhere",
     "Putin and Erdogan meet in St Petersburg\n\nTurkish President Recep Tayyip Erdogan met his Russian "
     "counterpart Vladimir Putin on Tuesday in St Petersburg to mend ties after months of crisis.\n\nErdogan "
     "thanked Putin for the chance to meet ahead of the G20 summit, scheduled for next month in China.\n",
     None, "none"),
    ("a host city named apart from the series: a member state of it, not the summit's city",
     "Ministers discuss haze\n\nSingapore's environment minister met his Malaysian counterpart on 12 November "
     "to discuss the haze.\n\nBoth said the issue would be raised within ASEAN.\n", None, "none"),
    ("a day months away from the summit it recalls",
     "Abe and Putin talk again\n\nJapanese Prime Minister Shinzo Abe and Russian President Vladimir Putin met "
     "on 3 March to discuss the islands, months after their talks at the APEC summit in Lima.\n", None, "none"),
    ("a day that fits two summits in one city, the leaders unknown",
     "日ロ首脳会談\n\n両首脳は21日、APEC首脳会議が開かれているペルーの首都リマで会談した。\n", None, "none"),
]


@pytest.mark.parametrize("what, text, iso, how", CASES, ids=[c[0] for c in CASES])
def test_a_summit_dates_the_day_it_holds_once(what, text, iso, how):
    date = understand(text.encode("utf-8"), "seed.txt").record.date
    assert (date.iso, date.how) == (iso, how)


def test_the_catalogue_says_which_summit_gave_the_year():
    date = understand(CASES[1][1].encode("utf-8"), "seed.txt").record.date
    assert "APEC summit, Lima, 2016-11-19 – 2016-11-20" in date.evidence
    assert date.year_inferred


@pytest.mark.parametrize("text, expected", [
    ("Talks at the G20 summit in Hamburg\n\nThe leaders met.", [("G20", "Hamburg", True, True)]),
    ("Summit\n\nThe leaders met in Hamburg.\n\nLater, at the G20, they spoke again.",
     [("G20", "Hamburg", False, False)]),  # named apart
    ("Summit\n\nThe leaders met.\n\nLater, at the G20 summit in Hamburg, they spoke again.",
     [("G20", "Hamburg", True, False)]),  # together, past the lead
    ("ASEAN leaders meet\n\nThe leaders of Indonesia, Malaysia, Singapore and Thailand met.\n\nTheir ministers "
     "prepare the ASEAN summit.", [("ASEAN", "Singapore", False, False)] * 2),  # a member state, apart (2018 x 2)
    # the host city as Danish and Turkish write it
    ("Mødet ved G20 i Hamborg\n\nLederne mødtes.", [("G20", "Hamburg", True, True)]),
    ("Brüksel'deki NATO zirvesi\n\nLiderler görüştü.", [("NATO", "Brussels", True, True)] * 3),
    ("The leaders met in Hamburg on business.", []),  # a host city without its series
    ("The G20 leaders issued a statement.", []),  # a series without a host city
])
def test_a_report_names_a_summit_by_its_series_and_host_city(text, expected):
    found = summits_named(text, lead_end=len("\n\n".join(text.split("\n\n")[:2])))  # (headline and lead)
    assert [(s.series, s.place, s.together, s.in_lead) for s in found] == expected


def test_two_meetings_of_one_pair_two_days_apart_at_a_summit_and_at_home_stay_apart():
    at_summit = ("Trump and Duterte chat in Da Nang\n\nUS President Donald Trump and Philippine President Rodrigo "
                 "Duterte spoke briefly on Saturday at the APEC summit in Da Nang, ahead of Trump's trip to the "
                 "Philippines for the ASEAN summit.\n")
    at_home = ("Trump praises Duterte\n\nUS President Donald Trump and Philippine President Rodrigo Duterte held "
               "talks on Monday, November 13, 2017, on the sidelines of the ASEAN summit in Manila, and discussed "
               "the fight against drugs and the South China Sea.\n")
    first = understand(at_summit.encode("utf-8"), "a.txt").record
    second = understand(at_home.encode("utf-8"), "b.txt").record
    assert (first.date.iso, first.venue) == ("2017-11-11", ("VN",))  # (the summit's host: Vietnam)
    assert (second.date.iso, second.venue) == ("2017-11-13", ("PH",))
    events = link_articles([link_view(first), link_view(second)])
    assert len(events) == 2
