"""Years the leaders' offices give a day and month that nothing else dates (a part of
:mod:`dates`): the one day that falls in the time the lead's leaders held office together (with
those the day's sentence names), around a summit the report is set at, soon after congratulations
on taking office, or before a leader-elect took office; else the day and month kept without a
year. And whether a day found falls in the time the lead's leaders could meet at all
(:func:`_in_the_leads_time`), or a page's date after it (:func:`_out_of_office`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from ..record import DateFinding
from .offices import (KNOWN_TERMS_UNTIL, home_of, in_office_together, offices_held, person_terms,
                      took_office as office_starts)
from .date_mentions import SPAN_SOURCES, _Mention, _mkdate, _Text, _undated, _words_of, day_or_span
from .summits import Summit, days_at

# Congratulations on taking office: the talks are soon after the appointment, or between the
# election and soon after the inauguration (folded words; 祝贺, 축하, 就任, 취임, 当选, 당선 fold to
# zhuhe, chukha, jiuren, chwiim, dangxuan, dangseon)
CONGRATULATION_RE = re.compile(r"(?:congratulat|chuc mung|selamat|pozdrav|felicit|gratul|zhuhe|chukha)")
APPOINTED_RE = re.compile(
    r"(?:\bappoint|new post|new position|assum\w* (?:the )?(?:office|post|position)|taking office|took office|"
    r"bo nhiem|nhan chuc|nham chuc|cuong vi moi|pengangkatan|penunjukan|ditunjuk|dilantik|naznachen|"
    r"vstuplen\w* v dolzhnost|nomination|prise de fonction|ernennung|amtsantritt|nombramiento|"
    r"toma de posesion|jiuren|chwiim)")
ELECTED_RE = re.compile(r"(?:\belect|victory|terpilih|kemenangan|dac cu|trung cu|thang cu|izbrani|pobed|wahl|"
                        r"eleccion|eleicao|dangxuan|dangseon)")
REELECTED_RE = re.compile(r"(?:re-?elect|reeleccion|reeleicao|terpilih kembali|tai dac cu|tai trung cu|"
                          r"pereizbrani|wiederwahl|wiedergewahl|lianren|lianxuan|jaeseon)")
APPOINTED_WINDOW = (timedelta(days=30), timedelta(days=200))  # (before, after) taking office
ELECTED_WINDOW = (timedelta(days=250), timedelta(days=60))
# a leader the text calls elected, not yet in office ("President-elect", "Presiden terpilih"):
# the day falls in the months before they took office (from the election to the inauguration)
ELECT_RE = re.compile(
    r"(?:president|prime minister|presiden|presidente|president|prasident)[\s-]*(?:elect|terpilih|electo|eleito|elu)\b|"
    r"\b(?:gewahlte|designierte)r? (?:prasident|kanzler)|izbrann\w* prezident|prezident\w*-elekt|"
    r"tong thong dac cu|dangxuanzongtong|dangseonin|ri'ys lmntkhb")  # (the last: "الرئيس المنتخب")
ELECT_BEFORE = timedelta(days=250)
ELECT_AFTER_LEAD_CHARS = 300  # ... a leader-elect read this far past the lead at most

# how long before its publication a report's event may be: real reports are published within days
# (114 labelled: none later than 3 days, but for two pages re-published a year or more after); a
# day and month further back lends no year from the page's date (a page re-published, an old one)
PUBLICATION_WINDOW = timedelta(days=14)
HISTORY_BEFORE_OFFICE = timedelta(days=366)  # a dated day this long before a leader of the lead first held office is history
HISTORY_DECADES_BEFORE = timedelta(days=3653)  # ... and a date found this long before any of them first held a listed office


def _titled_together(leaders: tuple[tuple[int, str], ...], hi: int, titled: dict[str, str],
                     any_office: bool = False) -> tuple[tuple[date, date], ...] | None:
    """When the listed leaders the headline and lead name with the title of an office they held
    ("Prime Minister Shinzo Abe"; not "Ketua Majelis Nasional Sugiono Gunadi", a namesake of the
    listed minister) held office together (:func:`offices.in_office_together`), in those offices
    or (``any_office``) in any of theirs; None for fewer than two."""
    people = {who for at_, who in leaders if at_ < hi and titled.get(who) in offices_held(who)}
    return in_office_together(people, roles=None if any_office else titled) if len(people) >= 2 else None


def _in_the_leads_time(t: _Text, day: date, hi: int, leaders: tuple[tuple[int, str], ...],
                       titled: dict[str, str], written_year: bool = False) -> bool:
    """``day`` falls when the leaders the headline and lead name could meet: not decades before the
    first of them took office (:data:`HISTORY_DECADES_BEFORE`: the list has the offices of heads
    and ministers, not a crown prince's years before them), nor, when they are two or more, outside
    the time they held office together (:data:`HISTORY_BEFORE_OFFICE` before it: a leader-elect
    meets the other; a page's date weeks after it is still within). A date found against that,
    however it was read (a year inferred from a figure or an era, a day of history in the lead), is
    not the event's. A day the lead writes with its year (``written_year``) needs them in office
    together, in any of their listed offices: the title may be the text's slip ("der türkische
    Premier Recep Tayyip Erdoğan" in a report dated "Mexiko-Stadt, 12. Februar 2015", when he
    had been President for half a year)."""
    folded = tuple((t.to_folded(at_), who) for at_, who in leaders)
    starts = [first[0] for first in (office_starts(who) for at_, who in folded if at_ < hi) if first]
    if starts and day < min(starts) - HISTORY_DECADES_BEFORE:
        return False
    together = _titled_together(folded, hi, titled)
    if not together or _within_together(day, together):
        return True
    if not written_year:
        return False
    return _within_together(day, _titled_together(folded, hi, titled, any_office=True) or ())


def _within_together(day: date, together: tuple[tuple[date, date], ...]) -> bool:
    return any(a - HISTORY_BEFORE_OFFICE <= day <= b + PUBLICATION_WINDOW for a, b in together)


def _out_of_office(day: date, at: _Setting) -> bool:
    """``day`` is after the time the leaders the lead names held office together ended (when known;
    a page's date weeks after it is still within): a page viewed years later. A day before that
    time began is not: a leader-elect meets the other ("… 当地时间11月17日, 安倍 … 特朗普" on a page
    of 18 November 2016, two months before Trump took office)."""
    return bool(at.in_office) and not any(day <= b + PUBLICATION_WINDOW for a, b in at.in_office)


def _took_office_on(m: _Mention, at: _Setting) -> bool:
    """A day and month (and its year, when written) that is the day a leader the text names took
    office: history told of them, not the event's day."""
    if m.month is None or m.day is None:
        return False
    return any((start.month, start.day) == (m.month, m.day) and m.year in (None, start.year)
               for _, who in at.leaders for start in office_starts(who))


def days_in_office(month: int, day: int, weekday: int | None,
                   in_office: tuple[tuple[date, date], ...]) -> set[date]:
    """The dates of a day and month (on a weekday, if given) within the spans ``in_office``
    (spans of several offices overlap: a day in two of them is one day)."""
    found: set[date] = set()
    for first, last in in_office:
        for year in range(first.year, last.year + 1):
            d = _mkdate(year, month, day)
            if d is not None and first <= d <= last and (weekday is None or d.weekday() == weekday):
                found.add(d)
    return found


def _once_in_office(m: _Mention, in_office: tuple[tuple[date, date], ...] | None) -> date | None:
    """The one date of the mention's day and month (on its weekday, if given) within the time
    the lead's leaders held office together; None when there are several, or none."""
    if not in_office or m.month is None:
        return None
    found = days_in_office(m.month, m.day, m.weekday, in_office)
    if len(found) != 1:
        return None
    (when,) = found
    if m.weekday is not None and when > KNOWN_TERMS_UNTIL and len(days_in_office(m.month, m.day, None, in_office)) > 1:
        return None  # (only its weekday puts it past the terms the list knows, in a year a term still running
        #             is only assumed to last: "giovedì 28 maggio", a writer's slip of a day in 2025, is no 2026)
    return when


@dataclass(frozen=True)
class _Setting:
    """When and where the report's leaders can have met: the time they held office together
    (None: not known), the summits the report names."""

    in_office: tuple[tuple[date, date], ...] | None
    summits: tuple[Summit, ...]
    leaders: tuple[tuple[int, str], ...] = ()  # (folded offset, id) of each listed leader the text names
    lead_end: int = 0  # (folded)
    # when the lead's leaders, with those of the pair a stretch of the text names, held office together
    in_office_with: Callable[[int, int], tuple[tuple[date, date], ...] | None] | None = None
    # the terms of the one head of state or government the lead names with the title of that office,
    # when no two leaders' time together is known: with a weekday, a day and month falls once in them
    titled_terms: tuple[tuple[date, date], ...] | None = None

    def summit_day(self, *, month: int | None = None, day: int | None = None, weekday: int | None = None,
                   lead_only: bool = False) -> tuple[date, str] | None:
        """The one day around the summits named with that month, day and weekday (each if given),
        within the leaders' time together when known (a weekday alone needs it: ministers of the
        series meet in its host cities in other months), and the summit's words; None when there
        are several (two summits, or a weekday twice) or none."""
        if not self.summits or (weekday is not None and day is None and not self.in_office):
            return None  # (a weekday alone: only for leaders known to have held office then)
        days = days_at(self.summits, month=month, day=day, weekday=weekday, lead_only=lead_only)
        if self.in_office:
            days = [d for d in days if any(a <= d <= b for a, b in self.in_office)]
        if len(days) != 1:  # (counted over the days before the summits too: a visit then is another day)
            return None
        summit = next((s for s in self.summits if s.first <= days[0] <= s.last), None)
        return (days[0], summit.label()) if summit is not None else None


def _at_summit(words: str, held: tuple[date, str] | None) -> str:
    """The evidence words, with the summit that gave their year, if one did."""
    return f"{words} ({held[1]})" if held is not None else words


def _in_office_or_undated(t: _Text, m: _Mention, at: _Setting, how: str,
                          published: str | None) -> DateFinding:
    """A day and month no other evidence gives a year: the year of the summit the report is set
    at, or of the leaders' time together, when it holds that day once; else the day and month kept
    without a year."""
    held = at.summit_day(month=m.month, day=m.day, weekday=m.weekday) if m.month is not None else None
    if held is not None:
        return DateFinding(held[0].isoformat(), f"{_words_of(t, m)} ({held[1]})", True, "summit",
                           published=published)
    in_office = at.in_office
    if at.in_office_with is not None:  # (the leaders the mention's sentence names besides: "met Castro on Friday")
        _, lo, _ = t.sentence(m.start)
        _, _, hi = t.sentence(max(m.start, m.end - 1))
        in_office = at.in_office_with(t.to_orig(lo), t.to_orig(hi)) or in_office
    when = _once_in_office(m, in_office)
    if when is None and not in_office and m.weekday is not None and at.titled_terms:
        # ("Saturday (31 May)", by a chief adviser in office since August 2024: 2025, the one year of
        #  the term whose 31 May is a Saturday; a day and month without its weekday falls every year)
        when = _once_in_office(m, at.titled_terms)
        in_office = at.titled_terms if when is not None else in_office
    if when is None:
        taken = _after_taking_office(t, m, at) or _before_taking_office(t, m, at)
        if taken is not None:
            return DateFinding(taken[0].isoformat(), f"{_words_of(t, m)} ({taken[1]})", True, how,
                               published=published)
        return _undated(t, m, published, "dateline" if how == "dateline" else "none", spans=how in SPAN_SOURCES)
    spans = ", ".join(f"{first.isoformat()} – {last.isoformat()}" for first, last in in_office)
    # ("5 - 7/9": a span of days, in the year the leaders' terms give it)
    return day_or_span(m, when, f"{_words_of(t, m)} (in office: {spans})", True, how, published)


def _before_taking_office(t: _Text, m: _Mention, at: _Setting) -> tuple[date, str] | None:
    """(day, words) of a day and month a report of a leader-elect dates: in the sentence that
    calls someone elected, the one leader who took office within :data:`ELECT_BEFORE` after the
    day and held none on it, while the others it names held theirs ("Prabowo, the president-elect,
    met President Erdogan on Tuesday (30/7)"), a sentence of the lead; once only."""
    if m.month is None or not at.leaders:
        return None
    found: dict[date, date] = {}
    # (in the lead, or the paragraph after it, a sentence or two: "Prabowo, yang juga merupakan Presiden
    #  terpilih RI, bertemu dengan Presiden Erdogan"; further down, "when he was already president-elect, in
    #  late 2018, he announced …" is history, not the day of the visit the lead reports)
    lead_end = at.lead_end or len(t.folded)
    paragraph_end = t.folded.find("\n", lead_end + 1)  # (the lead's paragraph, or the one after a lead line)
    scan_end = min(len(t.folded) if paragraph_end < 0 else paragraph_end, lead_end + ELECT_AFTER_LEAD_CHARS)
    for cue in ELECT_RE.finditer(t.folded, 0, scan_end):
        _, start, end = t.sentence(cue.start())
        named = sorted({who for at_, who in at.leaders if start <= at_ < end})
        terms = {who: person_terms(who) for who in named}
        for who in named:
            for took in office_starts(who):
                for year in (took.year - 1, took.year):
                    d = _mkdate(year, m.month, m.day)
                    if d is None or not took - ELECT_BEFORE <= d < took or (m.weekday is not None and d.weekday() != m.weekday):
                        continue
                    if any(a <= d <= b for a, b in terms[who]):
                        continue  # (in another office then: not elected to this one yet)
                    if all(any(a <= d <= b for a, b in terms[other]) for other in named if other != who):
                        found.setdefault(d, took)
    if len(found) != 1:
        return None
    ((day, took),) = found.items()
    return day, f"before taking office: {took.isoformat()}"


def _after_taking_office(t: _Text, m: _Mention, at: _Setting) -> tuple[date, str] | None:
    """(day, words) of a day and month a text of congratulations dates: "congratulated Son on his
    appointment as Minister of Foreign Affairs", "chúc mừng ... vừa được bổ nhiệm", "on his victory
    at the general elections" - the talks fall from :data:`APPOINTED_WINDOW` (an appointment) or
    :data:`ELECTED_WINDOW` (an election) around the day a leader of the lead, or of that sentence,
    took office (not one of the country whose leader the sentence names before the congratulations),
    within the time the lead's leaders held office together; once only. Not a re-election (no office
    is taken)."""
    if m.month is None or not at.in_office or not at.leaders:
        return None
    windows = []
    for cue in CONGRATULATION_RE.finditer(t.folded):
        _, start, end = t.sentence(cue.start())
        sentence = t.folded[start:end]
        if REELECTED_RE.search(sentence):
            continue
        kinds = ([APPOINTED_WINDOW] if APPOINTED_RE.search(sentence) else []) + \
                ([ELECTED_WINDOW] if ELECTED_RE.search(sentence) else [])
        # (not one of the congratulating side, named before the word in that sentence: "Orban was the first
        #  European leader to congratulate the ruling party on its victory" is no day of his foreign
        #  minister's taking office; "Anwar … congratulated him on his victory" is of the other side's)
        congratulating = {home_of(who) for at_, who in at.leaders if start <= at_ < cue.start()}
        for at_, who in at.leaders:
            if (at_ < at.lead_end or start <= at_ < end) and home_of(who) not in congratulating:
                windows += [(took - before, took + after, took) for took in office_starts(who)
                            for before, after in kinds]
    found: dict[date, date] = {}
    for lo, hi, took in windows:
        for year in range(lo.year, hi.year + 1):
            d = _mkdate(year, m.month, m.day)
            if d is not None and lo <= d <= hi and (m.weekday is None or d.weekday() == m.weekday) \
                    and any(a <= d <= b for a, b in at.in_office):
                found.setdefault(d, took)
    if len(found) != 1:
        return None
    ((day, took),) = found.items()
    return day, f"taking office: {took.isoformat()}"
