"""Traps of real pages met in the thirty-second round's sets, in texts written for these tests:
a visit's span of days written without a year ("с 28 июня по 1 июля", "từ ngày 28/6 đến ngày
01/7"), and a span of days of the month alone in Chinese, Japanese and Korean leads ("23日至27日",
"5일 - 6일간") with the talks' day written after it."""
from __future__ import annotations

import pytest

from kabar.linking import LinkArticle, link_articles
from kabar.understand.pipeline import understand
from sitebuild import build_site, by_file, page, write_seeds

# Putin and Lukashenko held office together for decades: their terms give no year
SPAN_RU = ("Лукашенко посетит Москву\n\n"
           "С 28 июня по 1 июля президент Беларуси Александр Лукашенко посетит Москву с официальным визитом "
           "по приглашению президента России Владимира Путина.{talks}\n\n"
           "Стороны обсудят цены на газ, строительство Союзного государства и совместные проекты в "
           "машиностроении.\n")
TALKS_RU = " Как сообщает пресс-служба Кремля, 29 июня состоятся переговоры президентов."


def _date(text: str, name: str = "page.txt"):
    return understand(text.encode(), name).record.date


@pytest.mark.parametrize("talks, month_day, month_day_to", [
    # the span is kept: its first day places the report for linking, its last shows the span
    ("", "06-28", "07-01"),
    # the talks' day written after it, within it: that day, still without a year
    (TALKS_RU, "06-29", None),
])
def test_a_span_of_days_without_a_year(talks, month_day, month_day_to):
    date = _date(SPAN_RU.format(talks=talks))
    assert (date.iso, date.month_day, date.month_day_to) == (None, month_day, month_day_to)


@pytest.mark.parametrize("text, iso", [
    # a summit's days, then the meeting's day and hour
    ("박 대통령, G20 계기 한-독 정상회담\n기사입력 2013/09/09 [15:29]\n"
     "박근혜 대통령은 5일 - 6일간 상트페테르부르크에서 열린 G20 정상회의 참석 계기에 6일 오전 "
     "메르켈 독일 총리와 한-독일 정상회담을 가졌다.\n양국 정상은 경제 협력을 논의했다.\n", "2013-09-06"),
    # a state visit's days, then the day of the welcome and the talks
    ("中波两国元首会谈\n2015-11-26 00:09:41\n"
     "新华社北京11月26日电 应国家主席习近平邀请,波兰总统杜达于23日至27日对中国进行国事访问。"
     "25日下午,习近平在人民大会堂同杜达举行会谈。\n两国元首同意深化合作。\n", "2015-11-25"),
])
def test_a_span_of_days_of_the_month_then_the_talks_day_within_it(text, iso):
    assert _date(text, "cjk.txt").iso == iso


EN_TALKS = ("Putin and Lukashenko hold talks in Moscow\n\n"
            "{when} Russian President Vladimir Putin and Belarusian President Alexander "
            "Lukashenko held talks in the Kremlin{on}, discussing gas prices, the Union State and joint projects "
            "in machine building.\n\n"
            "Putin said that Belarus remained Russia's closest ally and main trading partner.\n")


@pytest.mark.parametrize("when, on, date, span", [
    # its event's date (here only the other report's dateline) falls within the span: the report takes it
    ("MOSCOW, 29 June 2017 -", "", "2017-06-29", None),
    # ... it does not (the day the other report's text gives): it keeps its span, in its event's year
    ("", " on 27 June 2017", None, ["2017-06-28", "2017-07-01"]),
])
def test_a_span_without_a_year_takes_its_events_year(tmp_path, when, on, date, span):
    seeds = write_seeds(tmp_path / "seeds", {"a.txt": EN_TALKS.format(when=when, on=on),
                                             "b.txt": SPAN_RU.format(talks="")})
    out = build_site(seeds, tmp_path / "out")
    entries = by_file(out)
    assert entries["a.txt"]["event"] == entries["b.txt"]["event"]
    entry = entries["b.txt"]
    assert (entry["date"], entry["date_span"]) == (date, span)
    assert "year from its event" in entry["date_evidence"]
    if span is not None:  # (its page shows the span, not a single day: "28 июн. — 1 июл. 2017 г.")
        shown = page(out, entry["url"]).find("time", attrs={"datetime": "2017-06-28"}).get_text()
        assert "28 июн" in shown and "1 июл" in shown and "2017" in shown


@pytest.mark.parametrize("page_date, event_date", [
    # the page was written the day before the visit's span: the span's first day is surer
    ("2017-12-06", "2017-12-07"),
    # the page's day falls within the span: nothing surer (the span tells no day)
    ("2017-12-08", "2017-12-08"),
])
def test_an_events_date_from_a_page_date_and_a_span_without_a_year(page_date, event_date):
    text = ("Rutte receives Erdogan\nDutch Prime Minister Mark Rutte and Turkish President Recep Tayyip Erdogan "
            "discussed trade and migration in The Hague.")
    dated = LinkArticle("a", "en", "Rutte receives Erdogan", text, page_date, ("NL", "TR"), date_is_page_date=True)
    span = LinkArticle("b", "nl", "Erdogan in Den Haag", text, None, ("NL", "TR"), month_day="12-07",
                       month_day_to="12-08")
    (event,) = link_articles([dated, span])
    assert event.date == event_date


@pytest.mark.parametrize("text, iso", [
    # a preview published on a Saturday: "on the coming Wednesday" is the meeting's day, 9 May
    ("נתניהו ייפגש עם פוטין במוסקבה\n\n5 במאי 2018\n\n"
     "ראש הממשלה בנימין נתניהו ייצא ביום רביעי הקרוב למוסקבה וייפגש עם נשיא רוסיה ולדימיר פוטין.\n\n"
     "השניים ידונו בהתפתחויות האזוריות ובתיאום הביטחוני.\n", "2018-05-09"),
    # an archive photo's caption between the headline and the lead ("… 2017. Picture: … via AP") is no
    # day of the visit: tonight, on the page's own day
    ("South Africa 23.7.2018 04:08 pm\n\nXi Jinping to touch down in Pretoria tonight\n\n"
     "Chinese President Xi Jinping speaks at a business forum in Xiamen, China, Monday, Sept. 4, 2017. "
     "Picture: Jane Doe/Pool Photo via AP\n\n"
     "Chinese President Xi Jinping is expected to arrive in Pretoria tonight for a state visit at the "
     "invitation of President Cyril Ramaphosa.\n\nThe two presidents will discuss trade and investment.\n",
     "2018-07-23"),
])
def test_the_days_a_page_tells_around_its_own(text, iso):
    assert _date(text).iso == iso


def test_a_ministers_last_visit_is_history():
    # "the last visit of the foreign minister to Moscow on 23 January 2017": not the leaders' talks,
    # which the lead tells of as "yesterday" on a page that gives no date of its own
    text = ("Путин и Орбан нашли общий язык\n\n"
            "Вчера президент России Владимир Путин в ходе визита в Будапешт встретился с премьер-министром "
            "Венгрии Виктором Орбаном.\n\n"
            "Встреча готовилась давно. Все детали были согласованы во время последнего визита министра "
            "иностранных дел Венгрии Петера Сийярто в Москву 23 января 2017 года.\n\n"
            "Стороны обсудили поставки газа и строительство атомной станции.\n")
    assert _date(text).iso is None


@pytest.mark.parametrize("sentence, expected", [
    # Finnish names whose stem changes under a case ending: Suomi -> Suomessa, Suomen; Kreikka -> Kreikan
    ("Kiinan presidentti vierailee Suomessa.", {"CN", "FI"}),
    ("Suomen ja Kreikan pääministerit tapasivat.", {"FI", "GR"}),
])
def test_finnish_names_with_a_changed_stem(sentence, expected):
    from kabar.understand.country_matcher import country_mentions, matcher_for
    assert set(country_mentions(matcher_for("fi"), sentence)) == expected


@pytest.mark.parametrize("month_day, month_day_to, first, span", [
    ("06-28", "07-01", "2017-06-28", ("2017-06-28", "2017-07-01")),
    # across the new year: the last day in the next year
    ("12-29", "01-02", "2017-12-29", ("2017-12-29", "2018-01-02")),
    # a 29 February its event's year does not have: no span
    ("02-27", "02-29", "2017-02-27", None),
    # placed on another day than the span's first: none
    ("06-28", "07-01", "2017-06-29", None),
])
def test_a_span_without_a_year_placed_in_its_events_year(month_day, month_day_to, first, span):
    from kabar.record import DateFinding
    assert DateFinding(month_day=month_day, month_day_to=month_day_to).span_from(first) == span


def test_a_span_across_the_new_year_holds_its_events_day():
    text = ("Rutte receives Erdogan\nDutch Prime Minister Mark Rutte and Turkish President Recep Tayyip Erdogan "
            "discussed trade and migration in The Hague.")
    dated = LinkArticle("a", "en", "Rutte receives Erdogan", text, "2017-12-31", ("NL", "TR"), date_is_page_date=True)
    span = LinkArticle("b", "nl", "Erdogan in Den Haag", text, None, ("NL", "TR"), month_day="12-29",
                       month_day_to="01-02")
    (event,) = link_articles([dated, span])
    assert event.date == "2017-12-31"  # (within the span: the page's own date stands)
