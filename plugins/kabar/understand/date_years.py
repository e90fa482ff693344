"""Which year a day written without one belongs to: the evidence a news text gives.

:func:`_evidence` gathers it once per text (the anchor's year, dated mentions nearby, a marked
anniversary or span of years of relations, a national day, an edition's number, the year after
a full-year figure); :func:`_resolve` and :func:`_lent_year` give a year-less mention its year,
or none when nothing supports one (a bound alone, "since 2014", supports none). Used by
:mod:`dates`; pure, like it.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from .countries import count_countries
from .date_language import _Lang
from .date_mentions import _Mention, _Text, _mkdate
from .datelines import PREVIEW_DAYS, _Anchor, _relative_offset, _relative_words

FIGURE_BEFORE_CHARS = 60  # how far before a year a figure's verb may stand ("reached US$500 million in 2018")
# a full year's figure is the latest a text can quote from the year after it on, and often still is in
# the first months of the year after that (the new year's figures not out): a day of those months
# whose year only a figure gives has two years, and takes neither
STATISTIC_EARLY_MONTHS = 3
DIGIT_RE = re.compile(r"\d")
NEARBY = timedelta(days=92)  # a dated mention in the lead lends its year to days this close ...
NEARBY_LATER = timedelta(days=7)  # ... one further down (the background: a treaty, the last meeting)
# only to days this close: a historical day and month fall within three months of the event's as
# often as not, in another year; within a week, seldom
ANNIVERSARY_WINDOW = 160  # how far before a span of years its ordinal ("ke-75", "75th") may stand
# Is the anniversary being marked now, or has it been? (folded words, several languages)
ANNIVERSARY_WORDS = ("ulang tahun", "peringatan", "hari jadi", "ultah", "anniversary", "anniversaire", "ky niem",
                     "jubil", "jahrestag", "aniversario", "anniversario", "godovshchin", "yubile")
ANNIVERSARY_WORD_RE = re.compile("(?:" + "|".join(ANNIVERSARY_WORDS) + r"|\bhut\b|\d-leti)")
# what any of them contains: a text without these has none (looked for first, as plain strings:
# a regex of many words without a common start is scanned for at every character)
ANNIVERSARY_HINTS = (*ANNIVERSARY_WORDS, "hut", "-leti")
ANNIVERSARY_NOW_RE = re.compile(
    r"\b(?:sedang|tahun ini|this year|marks|marking|is celebrating|are celebrating|celebrates|"
    r"dang|nam nay|cette annee|marque|en train de)\b")
# A country's national day: "the 77th anniversary of the Republic of Indonesia", "HUT ke-77 RI",
# "79 năm Quốc khánh", "the 100th anniversary of the Republic of Türkiye" (folded words)
NATIONAL_DAYS_FILE = Path(__file__).resolve().parents[1] / "data" / "national_days.json"
NATIONAL_CUE_RE = re.compile(
    r"(?:independen|merdeka|proklamasi|national day|republi|quoc khanh|doc lap|nezavisim|fete nationale|"
    r"unabhangig|nationalfeiertag|dia nacional|liberation|founding|\bri\b|guoqing|jianguo)")
ORDINAL_RE = re.compile(
    r"(?:\bke-?\s*(?P<a>\d{1,3})|\bthu\s*(?P<b>\d{1,3})|(?<![\d.,])(?P<c>\d{1,3})\s*(?:st|nd|rd|th|e|eme|er|-?(?:ia|i|go|y|letie))\b"
    r"|(?<![\d.,])(?P<d>\d{1,3})\s+(?:nam|tahun)\b)")
NATIONAL_DAY_NEAR = 15  # days between the national day and the day the report names
# "the 50th anniversary of Viet Nam - Japan diplomatic ties", "50 years of diplomatic relations",
# "建交50周年", "수교 30주년": the year two countries' relations were established plus the number
# (data/diplomatic_relations.json; folded words: 建交, 수교 and 国交 fold to jianjiao, sugyo, guojiao)
RELATIONS_FILE = Path(__file__).resolve().parents[1] / "data" / "diplomatic_relations.json"
RELATIONS_CUE_RE = re.compile(
    r"(?:diplomatic (?:relations?|ties)|hubungan diplomatik|quan he ngoai giao|relations diplomatiques|"
    r"diplomaticheskikh otnosheni|diplomatischen beziehungen|relaciones diplomaticas|relacoes diplomaticas|"
    r"relazioni diplomatiche|jianjiao|sugyo|guojiao)")
YEARS_COUNT_RE = re.compile(  # a number of years: "50 years of", "20 ans", "50 tahun", "50周年", "30주년"
    r"(?<![\d.,])(?P<n>\d{1,3})(?:\s*(?:zhounian|junyeon)|\s+(?:years?|ans|jahre|anos|anni|let|god|tahun|nam)\b)")
ROUGHLY_RE = re.compile(r"(?:over|more than|nearly|almost|about|lebih dari|hampir|sekitar|plus de|pres de|"
                        r"bolee|svyshe|pochti|hon|gan|uber|mehr als|mas de|cerca de)\s*$")
NEXT_YEAR_RE = re.compile(r"(?:next year|tahun depan|nam sau|nam toi|annee prochaine|sleduiushchem godu|"
                          r"nachstes jahr|naechstes jahr|proximo ano|mingnian|naenyeon|rainen)")
STATED_YEAR_RE = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")  # "diplomatic ties since 1962"
LAST_YEAR_RE = re.compile(r"(?:last year|tahun lalu|nam ngoai|nam truoc|l'an dernier|annee derniere|"
                          r"proshlom godu|letztes jahr|ano pasado|qunian|jangnyeon|sakunen)")
# ... or looking ahead to one: "en vue du 70e anniversaire", "ahead of the 50th anniversary", "hướng tới"
ANNIVERSARY_AHEAD_RE = re.compile(
    r"\b(?:en vue du|en vue de|a l'approche du|ahead of|in the run-up to|in view of|towards the|toward the|"
    r"in preparation for|huong toi|chuan bi|menjelang|jelang|im vorfeld|de cara al|en visperas del?|"
    r"v preddverii|nakanune)\b")
ANNIVERSARY_DONE_RE = re.compile(
    r"\b(?:baru saja|telah merayakan|sudah merayakan|celebrated|marked|vua|da ky niem|a celebre|ont celebre)\b")




# --- years -------------------------------------------------------------------------------


def _pick(day: int, month: int, estimate: int, lo: date | None, hi: date | None,
          weekday: int | None) -> date | None:
    """The date nearest ``estimate`` within [lo, hi]; the weekday decides when given."""
    years = [estimate]
    for k in range(1, 8):
        years += [estimate + k, estimate - k]
    candidates = [d for d in (_mkdate(y, month, day) for y in years)
                  if d is not None and (lo is None or d >= lo) and (hi is None or d <= hi)]
    if weekday is not None:
        # the nearest year that fits the weekday: with only a lower bound ("since 2014") the
        # nearest candidate is the likeliest, and a stated weekday rules out six years in seven;
        # when none fits ("Tuesday (Sept 12)" in 2018, a Wednesday), the text contradicts itself
        return next((d for d in candidates if d.weekday() == weekday), None)
    return candidates[0] if candidates else None


@dataclass
class _Evidence:
    latest: date | None  # the latest day the page's own date allows (a few days after it)
    full: list[tuple[date, timedelta]]  # dated day mentions, with how near a day each lends its year
    months: dict  # month -> years of month-year mentions that are not periods/targets
    lower: date | None  # the event is on or after this (past references)
    statistic: int | None  # the year after the latest full-year figure ("trade in 2023 reached")
    upper: date | None = None  # the event is on or before this (anniversaries still to come)
    anniversary: int | None = None  # the year an anniversary is being marked in the text
    # when the leaders of the headline and lead held office together: a year lent to a day from
    # elsewhere in the text that puts it outside that time is not the day's ("met in Bishkek on
    # September 5" … "since Mirziyoyev came to power in September 2016", days after the 5th)
    in_office: tuple[tuple[date, date], ...] | None = None


def _anniversaries(t: _Text, lx: _Lang, mentions: list[_Mention]) -> tuple[date | None, date | None, int | None]:
    """Spans of years that are anniversaries: "ulang tahun ke-75 ... (1950 - 2025)", "the 30th
    anniversary (June 1994 - June 2024)": the ordinal before the span equals its length, so the
    span's end is the anniversary. Its sentence says when: still to come ("akan", "will": the event
    is before it), being marked ("sedang", "this year": the event is in that year) or past ("baru
    saja", "celebrated": the event is after it); a sentence that says none of these ("on the
    occasion of", "preparing for") hints at the earliest such year, used when nothing else
    speaks. Returns (lower, upper, year being marked, hinted year)."""
    lower, upper, now, hinted = [], [], None, []
    for m in mentions:
        if m.span_from is None or m.year is None:
            continue
        length = m.year - m.span_from
        window = t.folded[max(0, m.span_start - ANNIVERSARY_WINDOW): m.span_start]
        ordinal = (rf"(?:ke-?\s*{length}|thu\s*{length}|{length}\s*(?:st|nd|rd|th|e|eme|er|\.)"
                   rf"|{length}\s+(?:tahun|nam|years?|ans|jahre|anos|anni|let|god)|{length}-leti\w*)(?![\w])")
        years_of = rf"(?<![\d.,]){length}\s+(?:tahun|years?|nam|ans|jahre|anos|anni|let|god)\b"
        if not (ANNIVERSARY_WORD_RE.search(window) and re.search(rf"(?<![\d.,]){ordinal}", window)
                or re.search(years_of, window[-80:])):  # "50 years of relations (1973 - 2023)"
            continue
        _, start, end = t.sentence(m.start)
        sentence = t.folded[start:end]
        month = m.month or 12
        end_of = date(m.year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        if t.future_sentence(m.start, lx.future_re):
            upper.append(end_of)
        elif ANNIVERSARY_DONE_RE.search(sentence):
            lower.append(date(m.year, m.month or 1, 1))
        elif ANNIVERSARY_NOW_RE.search(sentence):
            now = m.year if now is None else now
        else:
            hinted.append(m.year)
    return (max(lower) if lower else None, min(upper) if upper else None, now, min(hinted, default=None))


@functools.lru_cache(maxsize=1)
def _national_days() -> dict[str, tuple[int, int, int]]:
    """Country code -> (month, day, year commemorated) of its national day."""
    days = json.loads(NATIONAL_DAYS_FILE.read_text(encoding="utf-8"))["days"]
    return {code: (int(md[:2]), int(md[3:]), year) for code, (md, year) in days.items()}


def _national_day_year(t: _Text, lang: str | None, mentions: list[_Mention], countries: tuple[str, ...]) -> int | None:
    """The year a national day's anniversary is marked in: "the 77th anniversary of the Republic
    of Indonesia" with a day written near 17 August, in a report about Indonesia, is 1945 + 77 =
    2022. Only the countries of the report named in the sentence count, only near their day, and
    only one year may come out."""
    days = _national_days()
    near = {code: days[code] for code in countries if code in days}
    if not near or not any(hint in t.folded for hint in ANNIVERSARY_HINTS):
        return None
    written = [m for m in mentions if m.kind == "day" and m.year is None]
    years = set()
    for cue in ANNIVERSARY_WORD_RE.finditer(t.folded):
        _, start, end = t.sentence(cue.start())
        sentence = t.folded[start:end]
        if not NATIONAL_CUE_RE.search(sentence):
            continue
        for ordinal in ORDINAL_RE.finditer(sentence):
            n = _ordinal_number(ordinal)
            # the country whose national day is nearest a day the text writes (Malaysia's 31
            # August and Vietnam's 2 September are both near "September 2": Vietnam's)
            named = count_countries(t.orig_span(start, end), lang)
            apart = sorted((min(abs((_mkdate(2000, m.month, m.day) - date(2000, month, day)).days)
                                for m in written), founded + n)
                           for code, (month, day, founded) in near.items() if written and named.get(code))
            apart = [a for a in apart if a[0] <= NATIONAL_DAY_NEAR]
            if apart and (len(apart) == 1 or apart[1][0] > apart[0][0]):
                years.add(apart[0][1])
    return years.pop() if len(years) == 1 else None


def _ordinal_number(m: re.Match) -> int:
    """The number an :data:`ORDINAL_RE` or :data:`YEARS_COUNT_RE` match counts."""
    return int(next(g for g in m.groups() if g))


@functools.lru_cache(maxsize=1)
def _relations_established() -> dict[tuple[str, ...], int]:
    """Sorted country pair -> the year they established diplomatic relations."""
    table = json.loads(RELATIONS_FILE.read_text(encoding="utf-8"))["established"]
    return {tuple(pair.split("-")): year for pair, year in table.items()}


def _relations_year(t: _Text, lx: _Lang, countries: tuple[str, ...], anchor: "_Anchor | None",
                    in_office: tuple[tuple[date, date], ...] | None) -> tuple[int | None, int | None]:
    """(year being marked, year hinted) by an anniversary of the report's pair's diplomatic
    relations: "This year marks the 20th anniversary of diplomatic relations between South Africa
    and China" (1998 + 20 = 2018), "50 years of diplomatic ties" (hinted: the event is likely in
    that year), from the year the data gives the pair or the text states (they must agree). An
    anniversary to come ("will", "next year") or past ("last year", "celebrated") says nothing; a
    rough count ("more than 70 years") neither; a year after the data's horizon (or after the
    page's date) neither, nor one in which the leaders of the lead (``in_office``: two or more
    listed ones) did not hold office together: a year the data and the text's people agree on.
    Only one year may come out."""
    if len(countries) != 2 or not in_office or RELATIONS_CUE_RE.search(t.folded) is None:
        return None, None
    sentences = sorted({t.sentence(cue.start())[1:] for cue in RELATIONS_CUE_RE.finditer(t.folded)})
    # the year the text itself gives them ("established diplomatic relations in 1962") and the
    # data's must agree: a text that says another year is about something else, or another world
    stated = {int(y) for start, end in sentences for y in STATED_YEAR_RE.findall(t.folded, start, end)}
    known = _relations_established().get(tuple(sorted(countries)))
    if len(stated) > 1 or (stated and known is not None and stated != {known}):
        return None, None
    founded = stated.pop() if stated else known
    if founded is None:
        return None, None
    latest = anchor.day.year + 1 if anchor is not None else None
    now, hinted = set(), set()
    for start, end in sentences:
        sentence = t.folded[start:end]
        if t.future_sentence(start, lx.future_re) or NEXT_YEAR_RE.search(sentence) \
                or LAST_YEAR_RE.search(sentence) or ANNIVERSARY_DONE_RE.search(sentence) \
                or ANNIVERSARY_AHEAD_RE.search(sentence):
            continue
        found = [*YEARS_COUNT_RE.finditer(sentence),
                 *(ORDINAL_RE.finditer(sentence) if ANNIVERSARY_WORD_RE.search(sentence) else ())]
        for m in found:
            if ROUGHLY_RE.search(sentence, max(0, m.start() - 16), m.start()):
                continue
            n = _ordinal_number(m)
            year = founded + n
            # (the leaders' time together ends where the data's horizon does)
            if n < 1 or (latest is not None and year > latest) \
                    or not any(a.year <= year <= b.year for a, b in in_office):
                continue
            (now if ANNIVERSARY_NOW_RE.search(sentence) else hinted).add(year)
    return (now.pop() if len(now) == 1 else None), (hinted.pop() if len(hinted) == 1 and not now else None)


def _edition_year(t: _Text, lang: str | None, mentions: list[_Mention]) -> int | None:
    """"Yesterday she attended the ASEAN Future Forum 2024": a named event of a year that
    happened yesterday or today is of the report's year. Only one such year may come out."""
    rel_re = _relative_words(lang)[0]
    if rel_re is None:
        return None
    years = set()
    for m in mentions:
        if m.kind != "year" or m.ctx != "name":
            continue
        _, start, end = t.sentence(m.start)
        if any(_relative_offset(lang, r.group()) in (-1, 0) for r in rel_re.finditer(t.folded, start, end)):
            years.add(m.year)
    return years.pop() if len(years) == 1 else None


def _evidence(t: _Text, lx: _Lang, lang: str | None, mentions: list[_Mention], anchor: _Anchor | None,
              countries: tuple[str, ...] = (), lead_end: int | None = None,
              history_before: int | None = None,
              in_office: tuple[tuple[date, date], ...] | None = None) -> _Evidence:
    """The year evidence of ``mentions``. A day past ``lead_end`` (the background: a treaty, the
    last meeting) dates only days close to it, and none when of a year before ``history_before``
    (the latest year the text speaks of: it is history)."""
    anniversary_lower, upper, now, hinted = _anniversaries(t, lx, mentions)
    if now is None:
        now = _national_day_year(t, lang, mentions, countries)
    if now is None:
        now = _edition_year(t, lang, mentions)
    relations_now, relations_hinted = _relations_year(t, lx, countries, anchor, in_office)
    now = now if now is not None else relations_now
    hinted = hinted if hinted is not None else relations_hinted
    full, months, lower = [], {}, []
    for m in mentions:
        if m.period:
            continue
        if m.kind == "day":
            later = lead_end is not None and m.start >= lead_end
            if m.when is None or (later and history_before is not None and m.year < history_before):
                continue
            if m.since:
                lower.append(m.when + timedelta(days=1))
            else:  # (how near a day it dates: see _resolve)
                full.append((m.when, NEARBY_LATER if later else NEARBY))
        elif m.kind == "month":
            # (a month of a year before the latest the text speaks of is history: "in April 2013,
            #  the president's first visit, in March 2014 ...", beside a visit of "4 April")
            history = history_before is not None and m.year < history_before
            if m.ctx not in ("future", "past-strong") and not history:
                months.setdefault(m.month, []).append(m.year)
            if m.ctx in ("past", "past-strong"):
                lower.append(date(m.year + m.month // 12, m.month % 12 + 1, 1))
        elif m.ctx in ("past", "past-strong"):
            lower.append(date(m.year + 1, 1, 1))
    if anniversary_lower is not None:
        lower.append(anniversary_lower)
    if now is None and hinted is not None and not lower and upper is None:
        now = hinted
    lowest = max(lower) if lower else None
    if upper is not None and lowest is not None and upper < lowest:
        upper = None  # contradictory hints: keep the past references
    if now is not None and not ((lowest is None or lowest.year <= now) and (upper is None or now <= upper.year)):
        now = None
    latest = anchor.day + PREVIEW_DAYS if anchor is not None else None
    return _Evidence(latest, full, months, lowest, _statistic_year(t, lx, mentions), upper, now, in_office)


def _statistic_year(t: _Text, lx: _Lang, mentions: list[_Mention]) -> int | None:
    """The year a text reports in, from its figures: "trade in 2020 reached 4.85 billion" is
    written in 2021 or later (a full year's figure); "in the first six months of 2024" in 2024."""
    years = []
    for m in mentions:
        if m.kind != "year" or m.period or m.ctx == "name":
            continue
        _, _, end = t.sentence(m.start)
        if lx.partial_year_re is not None and lx.partial_year_re.search(t.folded, max(0, m.start - 40), m.start):
            years.append(m.year)
        elif lx.statistic_re is not None and lx.statistic_re.match(t.folded, m.end + 1, min(end, m.end + 30)) \
                or lx.statistic_re is not None and m.ctx == "past" and lx.statistic_re.search(
                    t.folded, m.end, min(end, m.end + 60)) \
                or _figure_before(t, lx, m):
            years.append(m.year + 1)
    return max(years, default=None)


def _figure_before(t: _Text, lx: _Lang, m: _Mention) -> bool:
    """"Trade reached US$500 million in 2018": a figure reached in the year, written before it
    (a verb of the figures, then a number, then the year, in one sentence)."""
    if lx.statistic_re is None or m.ctx == "future":  # ("a target of 15 billion by 2030")
        return False
    _, start, _ = t.sentence(m.start)
    verb = None
    for verb in lx.statistic_re.finditer(t.folded, max(start, m.start - FIGURE_BEFORE_CHARS), m.start):
        pass  # (the last one before the year)
    return verb is not None and DIGIT_RE.search(t.folded, verb.end(), m.start) is not None


def _resolve(m: _Mention, ev: _Evidence) -> tuple[date | None, bool]:
    """The date of a day mention, and whether its year was inferred (None: no year the text
    supports that the lead's leaders held office together in)."""
    if m.year is not None:
        return m.when, False
    if ev.latest is not None:
        return _pick(m.day, m.month, ev.latest.year, None, ev.latest, m.weekday), True
    when = _lent_year(m, ev)
    if when is not None and ev.in_office and not any(a <= when <= b for a, b in ev.in_office):
        return None, True
    return when, True


def _lent_year(m: _Mention, ev: _Evidence) -> date | None:
    """A day mention's date in the year the text's other mentions lend it, if any."""
    day, month, wd = m.day, m.month, m.weekday
    best = None
    for hint, near in ev.full:
        for year in (hint.year - 1, hint.year, hint.year + 1):
            d = _mkdate(year, month, day)
            if d is not None and abs(d - hint) <= near and (best is None or abs(d - hint) < best[0]):
                best = (abs(d - hint), year, hint)
    if best is not None:
        _, year, hint = best
        return _pick(day, month, year, hint - NEARBY, hint + NEARBY, wd)
    if month in ev.months:
        year = ev.months[month][0]
        nxt = date(year + month // 12, month % 12 + 1, 1)
        later = any(year in years for other, years in ev.months.items() if other > month)
        if (ev.lower is None or nxt >= ev.lower) and not later:
            return _pick(day, month, year, date(year, month, 1), nxt - timedelta(days=1), wd)
        # (… not when the text tells of a later month of that year too, or of one as past: "… in
        #  March 2015 the president visited, in December 2015 the vice-premier": that March is an
        #  earlier visit's, and the 25 March of the report's trip of another year)
    if ev.anniversary is not None:
        year = ev.anniversary
        return _pick(day, month, year, max(filter(None, (ev.lower, date(year, 1, 1)))),
                     min(filter(None, (ev.upper, date(year, 12, 31)))), wd)
    if ev.statistic is not None:
        # a full year's figure ("trade in 2023 reached ...") is reported in the year after it
        # (or, when the text names the weekday, the year after that if the weekday fits it)
        if wd is None and month <= STATISTIC_EARLY_MONTHS:
            return None  # ("trade in 2022 reached 25.7 billion", the latest figures, on the talks of 7 March: 2023 or 2024)
        for year in (ev.statistic, ev.statistic + 1) if wd is not None else (ev.statistic,):
            if ev.upper is not None and ev.upper.year < year:
                break
            when = _mkdate(year, month, day)
            if when is not None and (wd is None or when.weekday() == wd):
                return when
    # a bound alone ("since 2014", "will celebrate in 2023") supports no year: none is guessed
    return None
