"""Traps met in the fifty-fourth round's sets, in texts written for these tests: a summit the report
only looks ahead or back to ("May's G7 summit in Hiroshima", "the summit will be held in
Hiroshima") dating its day of the month or its weekday; a weekday falling between the days a visit's
reports tell of, read as another event's of the pair; German titles ("Ungarns Regierungschef Orban")
and Hungarian suffixes ("Orbán Viktornak") not read, so that another person the report names set the
pair; a picture agency's caption opening a page ("MOSCOW, RUSSIA - JUNE,10 (RUSSIA OUT) …"), its
day taken for the report's."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kabar.linking import link_articles
from kabar.understand.actors import find_people
from kabar.understand.captions import is_caption
from tests.records import record_of as _record
from tests.test_linking import article, groups

DELHI_JA = ("岸田首相、モディ首相と会談\n"
            "岸田文雄首相は20日、ニューデリーでインドのモディ首相と会談した。{summit}\n"
            "両首脳は安全保障や経済での協力を確認した。\n")


@pytest.mark.parametrize("summit", [
    "5月の先進7カ国首脳会議(G7広島サミット)の成功に向け、協力を求めた。",  # (a month written alone beside it)
    "来月のG7広島サミットに向け、協力を求めた。",  # ("next month's")
    "G7広島サミットも見据え、協力を求めた。",  # ("looking ahead to")
])
def test_a_summit_the_report_looks_ahead_to_dates_no_day(summit):
    """Talks in New Delhi "on the 20th" of a report that names the G7 summit in Hiroshima as to come:
    not the summit's 20 May (before, dated 2023-05-20 from the summit's days); the day of the month is
    kept without its month."""
    record = _record(DELHI_JA.format(summit=summit))
    assert record.date.iso is None
    assert record.date.day_of_month == (20, 20)


def test_a_summit_the_report_is_set_at_still_dates_its_day():
    """The same day of the month at the summit, in Hiroshima: its day."""
    record = _record("岸田首相、モディ首相と会談\n"
                     "岸田文雄首相は20日、G7広島サミットに招待したインドのモディ首相と広島市内で会談した。\n"
                     "両首脳は安全保障や経済での協力を確認した。\n")
    assert record.date.iso == "2023-05-20"


def test_a_summit_to_be_held_elsewhere_dates_no_weekday():
    """"agreed on Sunday", with "the G7 summit 2023 will be held in the city of Hiroshima": the
    Sunday is not the Hiroshima summit's (before, 2023-05-21); without the summit's sentence, no
    year is told either way."""
    text = ("Scholz and Kishida agree to deepen security ties\n"
            "German Chancellor Olaf Scholz and Japanese Prime Minister Fumio Kishida agreed on Sunday to hold "
            "regular talks of their foreign and defence ministers.{more}\n"
            "The two leaders also discussed energy supplies.\n")
    record = _record(text.format(more=" Japan takes over the G7 presidency next year, and the G7 summit in 2023 "
                                      "will be held in the city of Hiroshima."))
    assert record.date.iso is None
    assert record.date.weekday == 6


BANGKOK = [
    article("a", "Xi Jinping arrives in Bangkok for an official visit\nChinese President Xi Jinping "
                 "arrived in Bangkok on Thursday for an official visit, with talks with Thai "
                 "Prime Minister Prayut Chan-o-cha and an audience with King Maha Vajiralongkorn at the Grand "
                 "Palace.\n", "2022-11-17", ("CN", "TH")),
    article("b", "Xi ends official visit to Thailand\nChinese President Xi Jinping left Bangkok on Saturday at the "
                 "end of an official visit in which he met King Maha Vajiralongkorn at the Grand Palace.\n",
            "2022-11-19", ("CN", "TH")),
]
BEIJING = [
    article("c", "Thai king begins state visit to China\nKing Maha Vajiralongkorn of Thailand met Chinese President "
                 "Xi Jinping at the Great Hall of the People in Beijing on Friday.\n", "2025-11-14", ("CN", "TH")),
    article("d", "Xi hosts Thai king in Beijing\nChinese President Xi Jinping held talks with King Maha "
                 "Vajiralongkorn of Thailand in Beijing on Friday during the king's state visit.\n", "2025-11-14",
            ("CN", "TH")),
]
AUDIENCE = ("Xi meets Thai King Maha Vajiralongkorn\nChinese President Xi Jinping met King Maha Vajiralongkorn "
            "and Queen Suthida at the Grand Palace on Friday night. Xi said China and Thailand are one family.\n")


def test_a_weekday_between_a_visits_days_keeps_the_report_apart():
    """A report without a day of the king's audience for Xi "on Friday": the Friday of Xi's visit told
    of on its Thursday and Saturday as much as the king's state visit to Beijing on a Friday three years
    on, so it joins neither (before, only the later event's days fell on a Friday, and it joined it).
    Falling between a visit's days is not enough to join that visit either (a control: a day its reports
    leave out is as often another meeting's)."""
    audience = replace(article("e", AUDIENCE, None, ("CN", "TH")), weekday=4)  # (as read from "on Friday")
    assert ("e",) in groups(link_articles([*BANGKOK, *BEIJING, audience]))
    assert ("c", "d", "e") in groups(link_articles([*BEIJING, audience]))  # (the later event alone: it joins)
    assert ("e",) in groups(link_articles([*BANGKOK, audience]))


@pytest.mark.parametrize("text, lang, person", [
    ("Ungarns Regierungschef Orban ist überraschend nach Moskau gereist.", "de", "viktor-orban"),
    ("Der ungarische Ministerpräsident Orban traf Putin im Kreml.", "de", "viktor-orban"),
    ("- mondta Vlagyimir Putyin Orbán Viktornak a találkozójuk elején a Kremlben.", "hu", "viktor-orban"),
])
def test_german_titles_and_hungarian_suffixes(text, lang, person):
    assert person in {m.person for m in find_people(text, lang)}


@pytest.mark.parametrize("line, caption", [
    ("MOSCOW, RUSSIA - JUNE,10 (RUSSIA OUT) Russian President Vladimir Putin speaks during a press "
     "conference at the Kremlin on June 10, 2022, in Moscow, Russia.", True),
    ("KYIV, UKRAINE - MARCH 21: Japanese Prime Minister Fumio Kishida arrives at the railway station.", True),
    ("MOSCOW, Russia - Russian President Vladimir Putin arrived in Iran on Tuesday.", False),  # (a dateline)
    ("TEHRAN, IRAN - Putin met Raisi on Tuesday.", False),
    ("MANILA, PHILIPPINES - JULY 5 (PNA) -- President Marcos met the visiting minister on Friday.", False),
])
def test_a_picture_agencys_caption_opening(line, caption):
    assert is_caption(line) is caption


def test_an_agency_caption_over_the_lead_lends_no_day():
    """A page opened by an agency's caption of an earlier visit ("JUNE,10 … on June 10, 2022"): not
    the report's day, which is "on Tuesday" (before, June 10, 2022)."""
    record = _record("MOSCOW, RUSSIA - JUNE,10 (RUSSIA OUT) Russian President Vladimir Putin speaks during a joint "
                     "press conference with a guest at the Kremlin on June 10, 2022, in Moscow, Russia.\n"
                     "Russian President Vladimir Putin arrived in Iran on Tuesday for talks with Iranian President "
                     "Ebrahim Raisi.\n"
                     "Putin met Raisi in Tehran and discussed gas supplies.\n")
    assert record.date.iso is None
    assert record.date.weekday == 1
