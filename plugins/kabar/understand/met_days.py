"""The day the two sides met, where the lead's day is one side's only.

A lead's day may be the day one side set off or arrived ("On November 9, the Prime Minister visited
Da Nang to attend the summit"): the day a few days later, in the same paragraph or just after the
lead, on which the text names the other side ("The next day, on November 10, he held meetings
with ... President Putin") is the pair's. Used by :mod:`dates`; pure.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from ..record import DateFinding
from .date_language import _Lang
from .date_mentions import _Mention, _Text, day_of_month_mentions
from .datelines import _relatives

MET_WITHIN_DAYS = 3  # a lead's day of one side only (an arrival): the pair met this many days later at most ...
MET_AFTER_LEAD_CHARS = 400  # ... on a day written this far past the lead at most


def _named_around(t: _Text, start: int, end: int, named: Callable[[int, int], frozenset[str]],
                  until: int | None = None, stop: int | None = None) -> frozenset[str]:
    """The countries named in the sentence (or sentences) of the folded span ``start``-``end``;
    with ``until``, from its sentence to the end of its paragraph, ``until`` at most (a list of
    the day's meetings runs past abbreviations: "with H.E. Mr. ..."); with ``stop``, not past it."""
    _, lo, _ = t.sentence(start)
    _, _, hi = t.sentence(max(start, end - 1))
    if until is not None:
        line_end = t.folded.find("\n", end)
        hi = max(hi, min(until, len(t.folded) if line_end < 0 else line_end))
    if stop is not None:
        hi = min(hi, stop)
    return named(t.to_orig(lo), t.to_orig(hi))


def _day_they_met(t: _Text, lang: str | None, lx: _Lang, m: _Mention, when: date, candidates: list[_Mention],
                  mentions: list[_Mention], hi: int, pair: tuple[str, ...],
                  named: Callable[[int, int], frozenset[str]], page_day: date | None = None
                  ) -> tuple[date, str] | None:
    """(day, words) when the lead's day ``m`` (``when``) is of one side of the pair only and a day
    written a day to :data:`MET_WITHIN_DAYS` later (or, read against the page's own day ``page_day``,
    a relative one: "阿巴斯於5日抵達北京 … 習近平昨日上午 … 同阿巴斯舉行會談" on a page of the 7th), in its sentence, names the other side: "On
    November 9, the Prime Minister visited Da Nang to attend the summit. The next day, on November
    10, he held meetings with ... President Putin" is the 10th; a day to come ("will meet") is not,
    but where the lead's day names the other side only by its country's name (an arrival: "landed in
    Prague on the 1st") and the later day names its leader or minister ("will hold talks with President Zeman
    on the 2nd"), the talks' day, announced, is the event's."""
    limit = hi + MET_AFTER_LEAD_CHARS
    later = [(c.start, c.end, c.year, c.month, c.day, c.weekday) for c in candidates if m.end <= c.start < limit]
    later += [(start, end, None, None, dom, None) for start, end, dom, last in
              day_of_month_mentions(t, lang, m.end, limit, mentions) if last == dom]
    if page_day is not None:
        for rel in _relatives(t, lang, m.end, limit, mentions):
            if rel.offset is not None and not rel.future:
                d = page_day + timedelta(days=rel.offset)
                later.append((rel.start, rel.end, d.year, d.month, d.day, None))
    later.sort()
    # (the day's own part of its sentence ends at a day after it that may be the talks': "지난 22일
    #  … 순방길에 오른 문재인 대통령이 … 23일 쩐 다이 꽝 국가주석과 정상회담을 갖는다")
    own = t.sentence(m.start)[0]
    stop = next((start for start, _, year, month, day, weekday in later
                 if t.sentence(start)[0] == own and _days_after(when, year, month, day, weekday)), None)
    missing = set(pair) - _named_around(t, m.start, m.end, named, stop=stop)
    if stop is not None and len(missing) == len(pair):
        # (… unless its part names neither side: "現地時間12月1日16時15分(日本時間2日4時15分)から,…
        #  安倍…総理大臣は,マクリ…大統領と…懇談": one moment, written in two time zones)
        stop = None
        missing = set(pair) - _named_around(t, m.start, m.end, named)
    acting = getattr(named, "actors", None)
    announced = False
    if not missing and acting is not None:
        # (its people of one side only: the other is the place it arrives in)
        missing = set(pair) - _named_around(t, m.start, m.end, acting, stop=stop)
        announced = len(missing) == 1
        if not announced:
            return None
        named = acting
    if not missing:
        return None
    if acting is not None and missing <= _next_sentence_actors(t, m, later, acting):
        return None  # (the next sentence, with no day of its own, names the other side's leader: "… arrived at
        #             the Alvorada Palace this Wednesday (November 20, 2024). He was received by … Lula")
    for i, (start, end, year, month, day, weekday) in enumerate(later):
        if not announced and t.future_sentence(start, lx.future_re):
            continue
        d = _days_after(when, year, month, day, weekday)
        if d is not None:
            until = later[i + 1][0] if i + 1 < len(later) else len(t.folded)  # (not past the next day)
            if missing <= _named_around(t, start, end, named, until):
                return d, t.orig_span(start, end).strip()
    return None


def _next_sentence_actors(t: _Text, m: _Mention, later: list[tuple], acting: Callable[[int, int], frozenset[str]]
                          ) -> frozenset[str]:
    """The sides whose people the sentence right after the lead's day names, when it writes no day
    of its own (then it tells of that day too); none otherwise."""
    _, _, own_end = t.sentence(max(m.start, m.end - 1))
    if own_end >= len(t.folded):
        return frozenset()
    _, start, end = t.sentence(own_end)
    if any(start <= at < end for at, *_ in later):
        return frozenset()
    return acting(t.to_orig(start), t.to_orig(max(start, end - 1)) + 1)


def _days_after(when: date, year: int | None, month: int | None, day: int | None, weekday: int | None
                ) -> date | None:
    """The date a day (its year, month and weekday when written) names a day to
    :data:`MET_WITHIN_DAYS` after ``when``, or None."""
    for k in range(1, MET_WITHIN_DAYS + 1):
        d = when + timedelta(days=k)
        if d.day == day and month in (None, d.month) and year in (None, d.year) and weekday in (None, d.weekday()):
            return d
    return None


def _alone_they_met(t: _Text, lang: str | None, lx: _Lang, alone: tuple[int, int, int, int], found: DateFinding,
                    candidates: list[_Mention], mentions: list[_Mention], hi: int, pair: tuple[str, ...],
                    named: Callable[[int, int], frozenset[str]] | None, page_day: date | None = None) -> DateFinding:
    """The day the pair met (:func:`_day_they_met`) after a lead's day of the month alone, dated
    from the report's own date ``page_day`` ("1일(현지시간) … 프라하에 도착 … 2일 … 제만 체코 대통령과의 정상회담")."""
    if named is None or len(pair) != 2 or found.iso is None or found.how != "lead":
        return found
    start, end, dom, _ = alone
    when = date.fromisoformat(found.iso)
    if when.day != dom:
        return found
    met = _day_they_met(t, lang, lx, _Mention("day", start, end, when.year, when.month, dom), when, candidates,
                        mentions, hi, pair, named, page_day)
    return found if met is None else replace(found, iso=met[0].isoformat(), evidence=met[1])
