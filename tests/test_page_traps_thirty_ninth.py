"""Traps met in the thirty-ninth round's sets, in texts written for these tests: a report that
gives no day and sets the two leaders' meeting in a city where the pair met more than once (the
other meeting's reports naming one of its leaders there); a report that gives no day and sets the
meeting in the host's capital, where any of the pair's meetings is held."""
from __future__ import annotations

from dataclasses import replace

from kabar.linking import link_articles
from kabar.understand.pipeline import link_view, understand


def _view(name: str, text: str, **fields):
    record = understand(text.encode(), f"{name}.txt", given_id=name).record
    return replace(link_view(record), **fields)


def _undated(name: str, text: str):
    return _view(name, text, date=None, weekday=None, month_day=None, day_of_month=None)


def _groups(events) -> set[tuple[str, ...]]:
    return {e.article_ids for e in events}


KYOTO_TALKS = [
    "Modi and Abe hold talks in Kyoto\n\nIndian Prime Minister Narendra Modi held talks with Japanese Prime "
    "Minister Shinzo Abe in Kyoto on investment and high-speed rail.\n",
    "Abe welcomes Modi in Kyoto\n\nJapanese Prime Minister Shinzo Abe welcomed Indian Prime Minister Narendra "
    "Modi in Kyoto, where the two leaders discussed investment.\n",
]
KYOTO_AGAIN = ("Modi visits temples in Kyoto\n\nIndian Prime Minister Narendra Modi visited temples in Kyoto and met "
               "Japanese business leaders of the region.\n")
NO_DAY_KYOTO = ("Modi, Abe discuss rail in Kyoto\n\nIndian Prime Minister Narendra Modi and Japanese Prime Minister "
                "Shinzo Abe discussed a rail line in Kyoto, officials said.\n")


def test_a_report_without_a_day_set_in_a_city_the_pair_met_in_twice_joins_neither_meeting():
    """Without a day, the report joins the only meeting of the two leaders in that city; when
    another meeting of the pair (years later) was also held there and its report names one of
    the report's leaders, either could be it: it stays alone."""
    talks = [_view(f"k{n}", text, date="2014-09-01") for n, text in enumerate(KYOTO_TALKS, 1)]
    again = _view("later", KYOTO_AGAIN, date="2016-11-12")
    report = _undated("x", NO_DAY_KYOTO)
    assert ("k1", "k2", "x") in _groups(link_articles(talks + [report]))
    grouped = _groups(link_articles(talks + [again, report]))
    assert ("x",) in grouped
    assert ("k1", "k2") in grouped


def _ankara(tag: str, day: str, place: str) -> list:
    return [
        _view(f"{tag}1", f"Putin and Erdogan hold talks {place}\n\nRussian President Vladimir Putin held talks with "
                         f"Turkish President Recep Tayyip Erdogan {place} on gas and trade.\n", date=day),
        _view(f"{tag}2", f"Erdogan, Putin agree on gas pipeline\n\nTurkish President Recep Tayyip Erdogan and Russian "
                         f"President Vladimir Putin agreed {place} to speed up the gas pipeline.\n", date=day),
    ]


NO_DAY_IN = ("Putin and Erdogan discuss the pipeline\n\nRussian President Vladimir Putin and Turkish President Recep "
             "Tayyip Erdogan discussed the gas pipeline in {city}, officials said.\n")


def test_the_hosts_capital_does_not_pick_one_of_the_pairs_meetings():
    """Without a day, a report that sets the meeting in the host's capital ("in Ankara") does not
    pick the meeting whose reports name that capital when the two leaders met on other days too:
    any of their meetings in that country is held there. A city of its own, that only that
    meeting's reports name, still picks it."""
    capital = _ankara("a", "2017-09-28", "in Ankara")
    elsewhere = _ankara("p", "2017-05-03", "at the palace")
    report = _undated("x", NO_DAY_IN.format(city="Ankara"))
    assert ("x",) in _groups(link_articles(capital + elsewhere + [report]))
    assert ("a1", "a2", "x") in _groups(link_articles(capital + [report]))  # (their only meeting)
    city = _ankara("s", "2017-09-28", "in Sochi")
    report = _undated("x", NO_DAY_IN.format(city="Sochi"))
    assert ("s1", "s2", "x") in _groups(link_articles(city + elsewhere + [report]))
