"""Traps met in the fifty-sixth round's sets, in texts written for these tests: a meeting at a
summit of the Collective Security Treaty Organization (a series the summit list lacked) left
without its year; an Azerbaijani day written month first in the genitive ("avqustun 22-də"); the
capitals of the Caucasus and Central Asia unread in Russian ("в Ташкенте", "в Ереване") as where a
meeting is held; a wire dateline behind the aggregator's name in brackets
("(MENAFN- …) TASHKENT, Aug 24 (…) – … yesterday") read as the event's day; a page line that
writes its day without a year ("23 Aug. 11:35") left unread against the lead's "Today"; the UAE's
president written "Mohammed Ben Zayed Al-Nahyan", unfound, so his years in office dated nothing."""
from __future__ import annotations

import pytest

from kabar.understand.countries import venue_in
from tests.records import record_of as _record

CSTO_RU = ("Лукашенко и Пашинян обсудили двустороннее сотрудничество\n\n"
           "Президент Белоруссии Александр Лукашенко и премьер-министр Армении Никол Пашинян провели переговоры "
           "23 ноября на полях саммита ОДКБ в {city}.\n\n"
           "Стороны обсудили торговлю и транспортные коридоры.\n")


def test_a_day_at_a_csto_summit_takes_that_summits_year():
    """"23 ноября на полях саммита ОДКБ в Минске": the Collective Security Council met in Minsk on
    23 November 2023 (before, the day stayed without a year)."""
    record = _record(CSTO_RU.format(city="Минске"))
    assert record.date.iso == "2023-11-23"


def test_a_day_at_a_csto_summit_elsewhere_takes_no_year_from_it():
    """The same words set in a city that held no such summit around that day: no year from it."""
    record = _record(CSTO_RU.format(city="Сочи"))
    assert record.date.iso is None


def test_the_csto_written_out_in_english_is_the_series_too():
    text = ("Armenia and Kazakhstan leaders meet\n\n"
            "Armenian Prime Minister Nikol Pashinyan met Kazakh President Kassym-Jomart Tokayev on November 23 "
            "on the sidelines of the Collective Security Treaty Organization summit in Yerevan.\n\n"
            "The two discussed trade and transit.\n")
    assert _record(text).date.iso == "2022-11-23"


AZ = ("Prezidentlər Bakıda görüşüblər\n\n"
      "{day} Bakıda Azərbaycan Prezidenti İlham Əliyev və Özbəkistan Prezidenti Şavkat Mirziyoyev "
      "arasında görüş keçirilib.\n\n"
      "Görüşdə iqtisadi əməkdaşlıq müzakirə olunub.\n")


@pytest.mark.parametrize("day, month_day", [("Avqustun 22-də", "08-22"), ("İyunun 21-də", "06-21"),
                                            ("Dekabrın 3-də", "12-03")])
def test_an_azerbaijani_day_written_month_first(day, month_day):
    """The genitive month before the day and its locative ending: that day and month (before,
    none: the report was left without a day, so it could not link)."""
    record = _record(AZ.format(day=day))
    assert record.date.month_day == month_day


@pytest.mark.parametrize("head, lang, venue", [
    ("Мирзиёев прибыл с государственным визитом в Баку", "ru", ("AZ",)),
    ("Переговоры лидеров прошли в Ташкенте", "ru", ("UZ",)),
    ("Пашинян и Токаев встретились в Ереване", "ru", ("AM",)),
    ("Жапаров принял Токаева в Бишкеке", "ru", ("KG",)),
])
def test_capitals_of_the_caucasus_and_central_asia_set_the_meeting(head, lang, venue):
    assert venue_in(head, lang) == venue


WIRE = ("(MENAFN- Gulf Wire Service) TASHKENT, Aug 24 (NNN-UzA) – A meeting took place in Tashkent yesterday "
        "between the President of Uzbekistan, Shavkat Mirziyoyev, and the President of Azerbaijan, Ilham Aliyev.\n\n"
        "The leaders discussed transport links and energy projects.\n")


def test_a_dateline_behind_the_aggregators_name_is_still_the_day_of_writing():
    """"(MENAFN- …) TASHKENT, Aug 24 (…) – … yesterday": the dateline's day, and the meeting the day
    before it, 23 August (before, 24 August: the dateline was not read as one behind the brackets)."""
    record = _record(WIRE)
    assert record.date.month_day == "08-23"


STAMP = ("Aliyev welcomed in Tashkent\n\n"
         "23 Aug. 11:35 (UTC+3 MSK)\n\n"
         "The President of Azerbaijan, Ilham Aliyev, arrived in Uzbekistan on a state visit. {when}, an official "
         "ceremony of welcoming the guest was held at the state residence.\n\n"
         "Shavkat Mirziyoyev and Ilham Aliyev then held talks in a narrow format.\n")


def test_the_pages_year_less_line_dates_the_leads_today():
    """The page's line "23 Aug. 11:35" and the lead's "Today": 23 August, without a year (before,
    no day at all)."""
    record = _record(STAMP.format(when="Today"))
    assert record.date.iso is None
    assert record.date.month_day == "08-23"


def test_the_pages_year_less_line_and_yesterday():
    record = _record(STAMP.format(when="Yesterday"))
    assert record.date.month_day == "08-22"


def test_the_pages_year_less_line_alone_gives_no_day():
    """No "today" or "yesterday" in the lead: the page's line is when it was written, not the event's
    day."""
    record = _record(STAMP.format(when="In the morning"))
    assert record.date.month_day is None


def test_the_uae_president_written_ben_zayed_dates_the_weekday_and_day():
    """"Monday 4th December" with the King of Morocco and "Sheikh Mohammed Ben Zayed Al-Nahyan,
    President of the State of the United Arab Emirates" (in office from May 2022): their one
    Monday 4 December together, 2023 (before, his name was not found, and the King's long reign
    left the year open)."""
    text = ("Morocco and the UAE sign a partnership declaration\n\n"
            "King Mohammed VI and Sheikh Mohammed Ben Zayed Al-Nahyan, President of the State of the United Arab "
            "Emirates, signed on Monday 4th December in Abu Dhabi a declaration on a renewed partnership.\n\n"
            "The two heads of state also discussed investment.\n")
    record = _record(text)
    assert "mohamed-bin-zayed-al-nahyan" in {m.person for m in record.people}
    assert record.date.iso == "2023-12-04"
