"""A day mention becomes a finding: the days a report writes, a single day within a span of them,
a day of the month written alone (``15日``, ``9일``), the lead's weekday kept with a year-less day,
a photo's day. Helpers of :func:`dates.extract_date`'s steps; pure.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..record import DateFinding
from .date_mentions import _Mention, _Text, _inside, _mkdate, _words_of, day_or_span, in_leap_year, span_last
from .date_years import _resolve
from .local_times import in_home_time
from .datelines import _day_of_month_near
from .met_days import MET_WITHIN_DAYS
from .office_dates import PUBLICATION_WINDOW, _at_summit, _in_office_or_undated, _Setting
from .photo_days import photo_of_the_day

# "until" before a day (folded): the end of a span that began before, not a day the report may be of
# ("ЦОП29, који ће до 22. новембра окупити лидере": COP29, gathering leaders until 22 November)
UNTIL_BEFORE_RE = re.compile(r"(?<![a-z'])(?:until|till|jusqu'au|jusqu'a|hasta el|bis zum|bis|do|ate|fino al|"
                             r"hingga|sampai|tot)\s+$")
UNTIL_BEFORE_CHARS = 12
SPAN_ANNOUNCED_DAYS = 7  # a day this close before a span the lead writes first is when it was announced


def _spans_of(t: _Text, parts: tuple[str, ...]) -> list[tuple[int, int]]:
    """Folded spans of every occurrence of each of ``parts`` in the text."""
    spans = []
    for part in parts:
        at = t.orig.find(part) if part else -1
        while at >= 0:
            spans.append((t.to_folded(at), t.to_folded(at + len(part))))
            at = t.orig.find(part, at + len(part))
    return spans


def _days_written(t: _Text, mentions: list[_Mention], captions: tuple[str, ...],
                  future_re: re.Pattern | None = None) -> tuple[str, ...]:
    """Every day and month without a year the text writes outside its photo captions ("MM-DD",
    sorted): of a report left undated, they are the days it may be of (a visit to come, the body's
    days), so that it is not joined to a meeting of its pair on none of them. (A photo is often of
    another meeting: "Merkel und Li am 24. Mai in Peking © AFP"; nor is a day of history: "el 18 de
    julio del año pasado", "two of the dinners have already taken place, … November 14th"; but one a
    sentence tells as to come is: "As reported earlier, on Monday, 12 December, Merkel will be in Ukraine".)"""
    in_captions = _spans_of(t, captions)
    return tuple(sorted({f"{m.month:02d}-{m.day:02d}" for m in mentions
                         if m.kind == "day" and m.month is not None and m.day is not None and m.year is None
                         and not m.period and not (m.since and not t.future_sentence(m.start, future_re))
                         and not _inside(m, in_captions)
                         and not UNTIL_BEFORE_RE.search(t.folded, max(0, m.start - UNTIL_BEFORE_CHARS), m.start)}))


def _span_after(spanned: _Mention | None, m: _Mention) -> bool:
    """``spanned`` is a span of days the lead writes before ``m``, ``m`` a day up to a week before
    the span opens (the day it was announced or written, in the same month)."""
    if spanned is None or spanned.start >= m.start or m.weekday is None or m.month != spanned.month \
            or m.day is None or spanned.day is None:
        return False
    return 0 < spanned.day - m.day <= SPAN_ANNOUNCED_DAYS


def _inside_first_span(alone: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Days of the month written alone (:func:`day_of_month_mentions`), the first a span of them
    ("于23日至27日对中国进行国事访问", "5일 - 6일간 … G20 정상회의"): a single day within it written
    later ("25日下午 … 欢迎仪式", "6일 09:40~10:10 … 정상회담") comes first, as the day the visit's
    or the summit's days were for (as :func:`_day_in_span` for days with their month)."""
    if not alone or alone[0][2] == alone[0][3]:
        return alone
    _, _, first, last = alone[0]
    inside = next((a for a in alone[1:] if a[2] == a[3] and first <= a[2] <= last), None)
    return alone if inside is None else [inside, *(a for a in alone if a is not inside)]


def _with_leads_weekday(found: DateFinding, told: list, at: int) -> DateFinding:
    """A day and month without a year (written at ``at``), with the one weekday the lead names
    before it (its relatives ``told``, none to come): a year found for it later, from the report's
    event, must fall on that weekday ("arrived this Saturday" … "after the one held on 26 June in
    Berlin", a Tuesday, is not the event of 26 June). Not when the lead names several ("visits on
    Wednesday and Thursday" … "on 1 February"), nor a weekday after the day ("met on 8 February" …
    "the ministers meet on Wednesday"), nor when the day has its own."""
    if found.iso is None and found.month_day is not None and found.weekday is None \
            and len({rel.weekday for rel in told}) == 1 and all(rel.start < at for rel in told):
        return replace(found, weekday=told[0].weekday)
    return found


def _on_another_weekday(found: DateFinding, weekday: int) -> bool:
    """A day and month whose year came from elsewhere (the leaders' time in office, a month named)
    that then falls on another weekday than the one the lead tells of: another day ("este miércoles"
    … "los ataques del pasado 17 de agosto", a Thursday in the year its two leaders were in office)."""
    return found.iso is not None and date.fromisoformat(found.iso).weekday() != weekday


def _weekday_of(m: _Mention) -> int | None:
    """The weekday a day mention writes, or the one its full date falls on."""
    if m.weekday is not None:
        return m.weekday
    return m.when.weekday() if m.year is not None and m.when is not None else None


def _undated_or_photo(t: _Text, m: _Mention, at: _Setting, of_photos: list[_Mention],
                      in_captions: list[tuple[int, int]], how: str, published: str | None,
                      mentions: list[_Mention], lead_end: int) -> DateFinding:
    """A day and month nothing else gives a year: the year of a photo of that very day
    (:func:`photo_days.photo_of_the_day`), else as :func:`office_dates._in_office_or_undated` finds (a span
    of days without a year: the single day within it the text writes after it, if any, still
    without a year: "С 28 июня по 1 июля … 29 июня состоятся переговоры")."""
    photo = photo_of_the_day(t, m, of_photos, in_captions)
    if photo is not None:
        return DateFinding(photo.when.isoformat(), f"{_words_of(t, m)} (a photo of the day: {_words_of(t, photo)})",
                           True, how, published=published)
    found = _in_office_or_undated(t, m, at, how, published)
    if found.month_day_to is None:
        return found
    inside = _day_in_span(t, m, in_leap_year(m), mentions, lead_end)
    if inside is None:
        return found
    return DateFinding(None, inside[1], False, "none", month_day=f"{inside[0].month:02d}-{inside[0].day:02d}",
                       published=published)


def _day_alone(t: _Text, alone: tuple[int, int, int, int], candidates: list[_Mention], ev, anchor,
               published: str | None, photos: list[_Mention], at: _Setting,
               datelines: list[_Mention] = (), stamp_days: list[tuple[int, int, str]] = ()) -> DateFinding | None:
    """A day of the month written alone in the lead ("15日", "9일"): in the month of the report's
    date, else of a day further down with its month, or of a photo's caption dated in full on that
    day (the lead's own day says the photo is of the event), or of the dateline's month when the
    dateline was written a few days after it, or of the page's publication line that writes no year
    ("5月3日 23時54分") on that day or a few days after it; else kept as it is (the report can still
    join its event, and take its date). None when the report's date has no such day near it."""
    start, end, dom, last = alone
    words = t.orig_span(start, end).strip()
    if anchor is None:
        for m in candidates:  # the month and year written further down
            when, inferred = _resolve(m, ev) if m.day == dom else (None, False)
            if when is not None:
                return _finding(t, m, when, inferred, "body", published)
        for m in datelines:  # "北京11月17日电 … 周五(16日)": the 16th of November; "2月8日电 8日": the 8th of February
            if m.month is not None and 0 <= m.day - dom <= MET_WITHIN_DAYS:
                day = _mkdate(m.year, m.month, dom) if m.year is not None else None
                if day is not None:
                    return DateFinding(day.isoformat(), f"{words} ({_words_of(t, m)})", True, "lead",
                                       published=published)
                held = at.summit_day(month=m.month, day=dom)
                if held is not None:  # ("杭州9月3日电 … 3日 … 杭州峰会": the day and month of the summit it is set at)
                    return DateFinding(held[0].isoformat(), _at_summit(f"{words} ({_words_of(t, m)})", held), True,
                                       "summit", published=published)
                return DateFinding(None, f"{words} ({_words_of(t, m)})", False, "none",
                                   month_day=f"{m.month:02d}-{dom:02d}", published=published)
        for month, day, stamp in stamp_days:
            if 0 <= day - dom <= MET_WITHIN_DAYS:
                return DateFinding(None, f"{words} ({stamp})", False, "none", month_day=f"{month:02d}-{dom:02d}",
                                   published=published)
        for m in photos:
            if m.day == dom and m.when is not None:  # (a full date: its year written)
                return _finding(t, m, m.when, False, "caption", published)
        held = at.summit_day(day=dom)
        if held is not None:  # "19日" at the APEC summit in Lima
            return DateFinding(held[0].isoformat(), _at_summit(words, held), True, "summit", published=published)
        # (a day in the home country's time may be the day before where they met)
        first = max(1, dom - 1) if in_home_time(t, alone) else dom
        return DateFinding(None, words, False, "none", day_of_month=(first, last), published=published)
    when = _day_of_month_near(dom, anchor.day)
    if when is None:
        return None
    if anchor.day - when > PUBLICATION_WINDOW:
        # (a day written alone is a day of the last few: a page dated weeks after it was
        #  re-published; kept as it is, the report can still join its event)
        return DateFinding(None, words, False, "none", day_of_month=(dom, last), published=published)
    return DateFinding(when.isoformat(), f"{words} ({anchor.words})", True, "lead", published=published)


def _day_in_span(t: _Text, m: _Mention, when: date, mentions: list[_Mention], lead_end: int
                 ) -> tuple[date, str, bool, str] | None:
    """A span of days the lead gives (``m``: "20-23 Juni 2021"), and a single day within it the
    text writes after it ("pada Senin pagi (21 Juni) … pembicaraan"): that day's date, the words
    of both, whether its year was inferred, and where it is (lead or body). The first such day:
    the visit's days are told in order, the talks first among them."""
    last = span_last(m, when)
    if last is None:
        return None
    for other in mentions:
        if other.kind != "day" or other is m or other.start <= m.start or other.period or other.range_end \
                or other.since or other.to is not None or other.month is None or other.day is None:
            continue
        if other.year is not None and other.year != when.year:
            continue
        day = _mkdate(when.year, other.month, other.day)
        if day is not None and when <= day <= last and (other.weekday is None or other.weekday == day.weekday()):
            return (day, f"{_words_of(t, other)} ({_words_of(t, m)})", other.year is None,
                    "lead" if other.start < lead_end else "body")
    return None


def _finding(t: _Text, m: _Mention, when: date, inferred: bool, how: str,
             published: str | None = None) -> DateFinding:
    return day_or_span(m, when, _words_of(t, m), inferred, how, published)
