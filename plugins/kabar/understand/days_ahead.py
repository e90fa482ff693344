"""Days a report tells as still to come: a day its sentence says is to come ("will travel to
Washington on 30 June"), the engagement an announcement tells of days to weeks ahead ("announced on
Friday 8 September that the emir will visit Berlin on 15 September"), and a day and month without a
year that falls weeks or months after the page's own date, and a day written before the day the
text writes with its weekday ("a conference on 10-11 October" over "met on Tuesday (13/3/2018)");
a headline or lead that tells of what is to come (and a lead's weekday told with no word of it), a
weekday to come that is a summit's, a visit the lead's first sentence announces with its day, a
summit the report only looks ahead or back to (whose days date none of its days).
:mod:`dates` reads them as the event's day (an announcement's engagement) or as no day of it (a
plan)."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from .date_language import _Lang
from .date_mentions import _Mention, _Text, _inside, _mkdate, weekday_before
from .datelines import PREVIEW_DAYS
from .met_days import _named_around
from .summits import Summit, series_named
from .textutil import CALL_RE

FUTURE_BEFORE_CHARS = 40  # a word saying a day of the lead is to come stands this close before it
AHEAD_DAYS = timedelta(days=120)  # a day and month this far after the page's date is read as one to come
QUOTE_CLOSE_RE = re.compile(r'"|>>')  # (folded: a quotation's closing mark)
LEAD_LINE_MIN_CHARS = 40  # a shorter line between the headline and the lead is a byline or a counter ("- 0")
APART_CHARS = 32  # a month or "next year" written this close before a summit's first name or after its last
CJK_MONTH_ALONE_RE = re.compile(r"(?<![0-9])(?:1[0-2]|0?[1-9])\s*[月월](?!\s*[0-9])")  # "5月の", not "5月21日"
DAY_BEFORE_RE = re.compile(r"(?<![0-9])[0-3]?[0-9](?:st|nd|rd|th|er|\.)?\s*(?:de\s+|of\s+)?$")  # "21 " of "21 May"
DAY_AFTER_RE = re.compile(r"\.?\s*[0-3]?[0-9](?![0-9])")  # " 21" of "May 21" (not " 2023")
# a summit the report's meeting comes before (folded): "talks Wednesday next week, ahead of their plans to
# take part in the G7 meeting in Japan from May 19-21", "в преддверии саммита", "menjelang KTT"
BEFORE_SUMMIT_RE = re.compile(
    r"(?<![a-z])(?:ahead of|in the run-up to|prior to|in advance of|on the eve of|en amont d[eu]|a la veille d[eu]|"
    r"a l'approche d[eu]|im vorfeld d(?:es|er)|vor beginn d(?:es|er)|menjelang|jelang|sebelum|truoc them|"
    r"v preddverii|nakanune|en visperas de|antes d(?:e|a|o|as|os)|in vista d(?:el|ella|i)|alla vigilia d(?:el|ella|i))(?![a-z])")
BEFORE_SUMMIT_CHARS = 90  # how far before a summit's days the words saying the meeting comes before it may stand


def before_the_summit(t: _Text, m: _Mention) -> bool:
    """The summit's days a sentence writes after words that set the meeting before it ("ahead of
    their plans to take part in the G7 meeting in Japan from May 19-21"): the summit's, not the
    meeting's."""
    _, start, _ = t.sentence(m.start)
    return BEFORE_SUMMIT_RE.search(t.folded, max(start, m.start - BEFORE_SUMMIT_CHARS), m.start) is not None


def ahead_of(m: _Mention, anchor: date) -> bool:
    """A day and month without a year that comes weeks after the page's own date (past the days a
    report announces, within :data:`AHEAD_DAYS`): more likely an event to come than one a year old."""
    ahead = next_on(m, anchor)
    return ahead is not None and anchor + PREVIEW_DAYS < ahead <= anchor + AHEAD_DAYS


def months_ahead(m: _Mention, anchor: date) -> bool:
    """A day and month without a year whose next time after the page's own date is more than
    :data:`AHEAD_DAYS` away."""
    ahead = next_on(m, anchor)
    return ahead is not None and ahead > anchor + AHEAD_DAYS


def next_on(m: _Mention, anchor: date) -> date | None:
    """The first time the day and month of ``m`` come on or after ``anchor``."""
    ahead = _mkdate(anchor.year, m.month, m.day) if m.month is not None and m.day is not None else None
    if ahead is not None and ahead < anchor:
        ahead = _mkdate(anchor.year + 1, m.month, m.day)
    return ahead


ANNOUNCED_BEFORE_CHARS = 80  # "announced", "أعلن" this close before the lead's day, in its sentence: the
#                              announcement's day ("أعلن المتحدث باسم المستشارة …، الجمعة 8 سبتمبر")
ANNOUNCED_AHEAD = timedelta(days=60)  # ... of an engagement at most this far ahead


def announced_day(t: _Text, lx: _Lang, m: _Mention, when: date,
                   in_lead: list[_Mention]) -> tuple[_Mention, date] | None:
    """(mention, day) of the engagement the lead's day ``m`` announces: "announced on Friday 8
    September that the emir will visit Berlin on 15 September" is the visit's report, dated as the
    visit (a preview is its engagement's); ``m`` follows an announcing word, the later day in its
    sentence is told as to come, days to weeks ahead."""
    if lx.announce_re is None:
        return None
    _, start, end = t.sentence(m.start)
    if not lx.announce_re.search(t.folded, max(start, m.start - ANNOUNCED_BEFORE_CHARS), m.start):
        return None
    for later in in_lead:
        if not m.end <= later.start < end or later.month is None or later.day is None \
                or not to_come(t, lx, later, FUTURE_BEFORE_CHARS):
            continue
        year = later.year if later.year is not None else when.year + (1 if later.month < when.month else 0)
        day = _mkdate(year, later.month, later.day)
        if day is not None and timedelta(days=1) <= day - when <= ANNOUNCED_AHEAD:
            return later, day
    return None


def to_come(t: _Text, lx: _Lang, m: _Mention, within: int) -> bool:
    """A day its sentence says is to come, the word saying so within ``within`` characters before it
    ("will travel to Washington on 30 June"; not "who will retire next year, met ... on 30 June"),
    and not in a quotation closed before it ("'We will help,' Putin said after talks on Friday")."""
    if not t.future_sentence(m.start, lx.future_re):
        return False
    _, start, _ = t.sentence(m.start)
    last = None
    for last in lx.future_re.finditer(t.folded, max(start, m.start - within), m.start):
        pass
    return last is not None and QUOTE_CLOSE_RE.search(t.folded, last.end(), m.start) is None


def on_its_weekday(t: _Text, lx: _Lang, m: _Mention) -> bool:
    """A full date written with the weekday it falls on ("Selasa (13/3/2018)", "Tuesday, March 13,
    2018"): the day a text tells of, a day written after it and later than it being a plan."""
    if m.kind != "day" or m.year is None or m.when is None or m.since:
        return False
    written = m.weekday
    if written is None:
        before = weekday_before(t, lx, m.start)
        written = before[0] if before is not None else None
    return written == m.when.weekday()


def own_day_over(t: _Text, lx: _Lang, m: _Mention, when: date, mentions: list[_Mention]) -> _Mention | None:
    """Further down than ``m`` (of ``when``, written without its weekday), the first full date on its
    weekday (:func:`on_its_weekday`) before ``when``: the day the text tells of, ``m`` a plan ("… to
    attend a conference on 10-11 October 2018" in the lead, "… said when meeting Jokowi on Tuesday
    (13/3/2018)" further down). None when ``m`` is written with its weekday, or no such date follows."""
    if on_its_weekday(t, lx, m):
        return None
    return next((o for o in mentions if o.start > m.end and o.when is not None and o.when < when
                 and on_its_weekday(t, lx, o)), None)


def lead_plans(t: _Text, lx: _Lang, lo: int, hi: int, in_captions: list[tuple[int, int]]) -> bool:
    """The headline, or the lead's first sentence (past the photo captions and the short lines it opens
    with: "- Reporter Name", "- 0"), tells of what is to come."""
    if t.future_sentence(lo, lx.future_re):
        return True
    at = _past_headline(t, lo, hi)
    if at is None:
        return False
    while True:  # (past the blank and the captions between the headline and the lead)
        while at < hi and t.folded[at].isspace():
            at += 1
        inside = next((end for start, end in in_captions if start <= at < end), None)
        line_end = t.folded.find("\n", at, hi)
        if inside is None and 0 <= line_end - at < LEAD_LINE_MIN_CHARS:
            inside = line_end
        if inside is None:
            return at < hi and t.future_sentence(at, lx.future_re)
        at = inside


def _past_headline(t: _Text, lo: int, hi: int) -> int | None:
    """Folded offset of the first character past the headline's line and the blank after it (before
    ``hi``); None when the text is one line."""
    at = t.folded.find("\n", lo, hi)
    if at < 0:
        return None
    while at < hi and t.folded[at].isspace():
        at += 1
    return at


def told_plainly(t: _Text, lx: _Lang, weekdays: list, in_captions: list[tuple[int, int]]) -> bool:
    """The lead's first weekday is in its text, not a caption, with no word of a plan before it in its
    paragraph ("Orban hosted Xi in Budapest on Thursday"; not "… is scheduled to make a state visit …,
    the state house announced Thursday")."""
    if not weekdays or _inside(weekdays[0], in_captions) or lx.future_re is None:
        return False
    at = weekdays[0].start
    return lx.future_re.search(t.folded, t.folded.rfind("\n", 0, at) + 1, at) is None


def summit_to_come(t: _Text, rel) -> bool:
    """The sentence of a weekday to come names a summit series before it ("… da Cúpula do BRICS,
    prevista para este domingo"): the summit's day."""
    start = t.sentence(rel.start)[1]
    return bool(series_named(t.orig[t.to_orig(start):t.to_orig(rel.start)]))


def summit_apart(t: _Text, lx: _Lang, summit: Summit) -> bool:
    """Each place the text names the summit's series and host city together has a word of a plan
    between them ("the G7 summit will be held in Hiroshima"), or beside them a month written without a
    day ("5月のG7広島サミット", "the BRICS summit in Brasilia in November") or words of another month or
    year ("next year's G20 summit in Rio", ``summit_apart_cues``): a summit the report looks ahead or
    back to ("Kishida, in Delhi on the 20th, seeks India's help for May's G7 summit in Hiroshima"), not
    one it is set at, whose days then date none of its days."""
    return bool(summit.together_at) and all(_apart_at(t, lx, lo, hi) for lo, hi in summit.together_at)


def _apart_at(t: _Text, lx: _Lang, lo: int, hi: int) -> bool:
    """The names at ``lo`` to ``hi`` (original offsets) are told of another time (see :func:`summit_apart`)."""
    first, last = t.to_folded(lo), t.to_folded(hi)
    _, start, end = t.sentence(first)  # (the window counted in the original's characters: "5月の先進7カ国
    #                                     首脳会議(G7…" folds to many more)
    a, b = max(t.to_orig(start), lo - APART_CHARS), min(max(t.to_orig(end), hi), hi + APART_CHARS)
    if lx.future_re is not None and lx.future_re.search(t.folded, first, last):
        return True  # (between the names: "the summit to be held in Hiroshima", "Das G7-Gipfeltreffen 2023 soll in …")
    if lx.summit_apart_re is not None and lx.summit_apart_re.search(t.orig, a, b):
        return True
    if CJK_MONTH_ALONE_RE.search(t.orig, a, b):  # (Chinese characters fold to their sounds)
        return True
    for month in (lx.month_re.finditer(t.folded, t.to_folded(a), t.to_folded(b)) if lx.month_re is not None else ()):
        if first <= month.start() < last:
            continue  # (a month's name inside the names: "Rio de Janeiro")
        written = t.orig_span(month.start(), month.end())
        if lx.code in (None, "en") and not written[:1].isupper():
            continue  # ("leaders may meet", not "in May")
        if not (DAY_BEFORE_RE.search(t.folded, max(0, month.start() - 8), month.start())
                or DAY_AFTER_RE.match(t.folded, month.end())):
            return True
    return False


def visit_announced(t: _Text, m: _Mention, lo: int, countries: tuple[str, ...],
                     named: Callable[[int, int], frozenset[str]] | None) -> bool:
    """A day to come in the lead's first sentence, which names both sides around it ("Prime Minister
    Hun Manet will visit Thailand on February 7 for talks with his Thai counterpart"): the visit the
    report announces, its event."""
    if named is None or len(countries) != 2:
        return False
    opens = t.sentence(m.start)[1]
    if opens > lo:  # (past the headline: the lead's first sentence, "BEIJING, Nov. 22 (Xinhua) -- …")
        lead_start = _past_headline(t, lo, len(t.folded))
        if lead_start is None or opens > lead_start:
            return False
        at = t.to_orig(m.start)
        start, end = t.orig.rfind("\n", 0, at) + 1, t.orig.find("\n", at)
        if CALL_RE.search(t.orig, start, end if end >= 0 else len(t.orig)):
            return False  # (a visit agreed or announced in a phone call the paragraph tells of: the call's report)
    return set(countries) <= _named_around(t, m.start, m.end, named)
