"""When did the reported event happen? A pure date reader for news text.

``extract_date(text, lang, url)`` finds the dates a text mentions, in the
article language plus English, and picks the event date:

* Month and weekday names come from Babel CLDR (wide and abbreviated, format
  and stand-alone forms); the words around dates (``sejak``, ``akan``,
  ``by``...) come from ``data/date_words.json``. All matching runs on a folded
  copy of the text (lower-case ASCII, diacritics dropped), so ``Tháng``,
  ``THÁNG`` and ``thang`` are one word.
* Forms: ``4 Maret [2024]``, ``March 4[, 2024]``, ``4. März 2024``,
  ``4 de marzo de 2024``, ``ngày 4 tháng 3 năm 2024``, ``2024-03-04``,
  ``4/3/2024`` (day or month first as the locale writes it; plain ``en`` and
  unknown languages only when unambiguous), ranges ``20-23 Juni 2021``,
  ``29/11-2/12``, ``20 Juni - 3 Juli 2021`` (the start counts), month-year
  ``Juni 2024`` (a year hint; as a last resort the 1st of the month), bare
  years ``pada 2020``. A day/month without a year (``4/3``) needs a range or a
  cue before it (``tanggal``, ``ngày``, a weekday).
* A date without a year gets one, in this order, from: the publication date
  in the URL (the latest such day on or before it); a dated mention of the
  same or a nearby month; past references (``Sejak 2020``, ``pada tahun
  2023``, ``Pada Juni 2024``), which put the event after them; anniversaries,
  spans of years whose ordinal equals their length (``ulang tahun ke-75 ...
  (1950 - 2025)``): being marked (``sedang``, ``this year``) they give the
  year, still to come (``akan``, ``will``) they bound it from above, past
  (``baru saja``, ``celebrated``) from below. A weekday next to the date
  (``Senin (21 Juni)``) then picks the nearest year it fits. Other periods
  (``rencana 2021-2025``), targets (``target ... 2030``, ``by 2030``) and names
  (``UNCLOS 1982``) are not year evidence. With no
  evidence the year is not guessed: ``iso`` is None and ``evidence`` names
  the day found.
* Which mention: with a URL date, the latest text date on or before it within
  30 days, else the URL date itself; without, the first day-precise date that
  is not a ``since``/comparison reference or part of a period.

Nothing here reads the clock or the file system beyond the packaged word list.
"""
from __future__ import annotations

import bisect
import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

from ..record import DateFinding
from .scripts import UNSPACED_LANGUAGES
from .textutil import FOLD_TABLE

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "date_words.json"

YEAR = r"(?:1[89]|20)\d\d"
# Speed (the archive reads 20 000 articles): two quick scans find where numbers and years
# start (patterns that begin with a plain character class, their look-behind after the
# first character); the date patterns are then only tried at those places.
DAY = r"\d(?<![\w.,/:]\d)(?<!\d-\d)\d?"  # 1-2 digits not glued to a word or a number before
# Dates whose shape needs no words.
ISO_RE = re.compile(
    r"(?P<year>(?:1[89]|20)(?<![\d/.-]..)\d\d)(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)"
)
NUMERIC_RE = re.compile(
    rf"(?P<day>{DAY})(?:\s*-\s*[0-3]?\d(?=[/.]))?(?P<sep>[/.])(?P<month>[0-3]?\d)"
    r"(?:(?P=sep)(?P<year>\d{4}|\d\d))?"
    r"(?:\s*-\s*(?P<day2>[0-3]?\d)(?P=sep)(?P<month2>[0-3]?\d)(?:(?P=sep)(?P<year2>\d{4}|\d\d))?)?"
    r"(?![\d/]|[.,:]\d)"
)
# "Sáng nay, 12-11", "ngày 12-11-2017": day-month with dashes, read only after a cue word
DASH_DM_RE = re.compile(rf"(?P<day>{DAY})-(?P<month>[01]?\d)(?:-(?P<year>(?:19|20)\d\d))?(?![\d-]|[.,]\d)")
# Chinese / Japanese / Korean after folding: 2024年3月4日 -> 2024nian3yue4ri,
# 2024년 3월 4일 -> 2024nyeon 3wol 4il
CJK_DATE_RE = re.compile(
    rf"(?:(?P<year>{YEAR})\s*(?:nian|nyeon)\s*)?(?<!\d)(?P<month>[01]?\d)\s*(?:yue|wol)"
    r"\s*(?P<day>[0-3]?\d)\s*(?:ri|il|hao)"
)
CJK_MONTH_RE = re.compile(
    rf"(?P<year>{YEAR})\s*(?:nian|nyeon)\s*(?P<month>[01]?\d)\s*(?:yue|wol)(?!\s*[0-3]?\d\s*(?:ri|il|hao))"
)
NUMBER_RE = re.compile(rf"{DAY}(?!\d)")  # where day numbers start
YEAR_TOKEN_RE = re.compile(r"(?:1[89]|20)(?<!\d..)\d\d(?!\d)")  # where years start
BARE_YEAR_RE = re.compile(r"(?P<year>(?:1[89]|20)(?<![\d.,/]..)\d\d)(?![\d]|[.,]\d)")
URL_IN_TEXT_RE = re.compile(r"(?:https?://|www\.)\S+")
SENTENCE_END_RE = re.compile(r"[.;!?](?=\s)|\n")
WORD_END_RE = re.compile(r"[a-z]+$")
WORD_BEFORE_RE = re.compile(r"(?P<word>[a-z][a-z'.]*)\s+$")
# Publication dates in URLs: /2025/05/10/, 2025-05-10, -20250510175614884.htm
URL_PATH_DATE_RE = re.compile(rf"/(?P<year>{YEAR})/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?!\d)")
URL_ISO_DATE_RE = re.compile(rf"(?<!\d)(?P<year>{YEAR})[-_](?P<month>[01]\d)[-_](?P<day>[0-3]\d)(?!\d)")
URL_COMPACT_DATE_RE = re.compile(
    rf"(?<!\d)(?P<year>{YEAR})(?P<month>[01]\d)(?P<day>[0-3]\d)(?P<rest>\d{{0,9}})(?!\d)"
)
URL_MONTH_RE = re.compile(rf"/(?P<year>{YEAR})/(?P<month>[01]?\d)/")

PUBLICATION_WINDOW = timedelta(days=30)  # how long before publication an event may be
NEARBY = timedelta(days=92)  # a dated mention lends its year to days this close
WINDOW = 48  # characters looked at before a mention for its cue words
ANNIVERSARY_WINDOW = 160  # how far before a span of years its ordinal ("ke-75", "75th") may stand
# Is the anniversary being marked now, or has it been? (folded words, several languages)
ANNIVERSARY_WORD_RE = re.compile(
    r"(?:ulang tahun|peringatan|hari jadi|ultah|anniversary|anniversaire|ky niem|jubil|jahrestag|aniversario|"
    r"anniversario|godovshchin|yubile|\d-leti)")
ANNIVERSARY_NOW_RE = re.compile(
    r"\b(?:sedang|tahun ini|this year|marks|marking|is celebrating|are celebrating|celebrates|"
    r"dang|nam nay|cette annee|marque|en train de)\b")
ANNIVERSARY_DONE_RE = re.compile(
    r"\b(?:baru saja|telah merayakan|sudah merayakan|celebrated|marked|vua|da ky niem|a celebre|ont celebre)\b")


class _Text:
    """The original text, its folded copy and the way back from one to the other."""

    __slots__ = ("orig", "folded", "_starts", "_sentences", "_future", "_years")

    def __init__(self, orig: str) -> None:
        self.orig = orig
        # URLs are blanked (same length) so that their digits are not read as dates.
        scan = orig
        if "://" in orig or "www." in orig:
            scan = URL_IN_TEXT_RE.sub(lambda m: " " * len(m.group()), orig)
        if scan.isascii():
            self.folded, self._starts = scan.lower(), None
        else:
            folded = scan.translate(FOLD_TABLE)
            self.folded = folded
            if len(folded) == len(scan):
                self._starts = None
            else:
                # where each original character's folding starts in the folded copy
                lengths = map(len, map(FOLD_TABLE.__getitem__, map(ord, scan)))
                self._starts = list(accumulate(lengths, initial=0))[:-1]
        self._sentences: list[int] | None = None
        self._future: dict[int, bool] = {}
        self._years: list[int] | None = None

    def year_positions(self) -> list[int]:
        if self._years is None:
            self._years = [m.start() for m in YEAR_TOKEN_RE.finditer(self.folded)]
        return self._years

    def to_orig(self, pos: int) -> int:
        if self._starts is None:
            return pos
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def orig_span(self, start: int, end: int) -> str:
        if self._starts is None:
            return self.orig[start:end]
        return self.orig[self.to_orig(start): self.to_orig(max(start, end - 1)) + 1]

    def sentence(self, pos: int) -> tuple[int, int, int]:
        if self._sentences is None:
            self._sentences = [m.end() for m in SENTENCE_END_RE.finditer(self.folded)]
        i = bisect.bisect_right(self._sentences, pos)
        start = self._sentences[i - 1] if i else 0
        end = self._sentences[i] if i < len(self._sentences) else len(self.folded)
        return i, start, end

    def future_sentence(self, pos: int, future_re: re.Pattern | None) -> bool:
        if future_re is None:
            return False
        i, start, end = self.sentence(pos)
        if i not in self._future:
            self._future[i] = future_re.search(self.folded, start, end) is not None
        return self._future[i]


# --- per-language patterns ---------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def _fold_word(word: str) -> str:
    return " ".join(unicodedata.normalize("NFC", word).translate(FOLD_TABLE).split())


def _fold_name(name: str) -> str:
    return _fold_word(name).rstrip(".")


def _alt(words) -> str:
    """Regex alternation of folded words, longest first; spaces match any run of spaces."""
    uniq = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) or "(?!)"


def _trie(words) -> str:
    """A prefix-tree regex of ``words``: one branch per first letter, quick to fail."""
    root: dict = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        optional = "" in node
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(child)
                for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and not optional:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if optional else "")

    return build(root) or "(?!)"


def _locale(lang: str | None):
    if not lang:
        return None
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415

    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        try:
            return Locale.parse(lang.replace("-", "_").split("_")[0])
        except (UnknownLocaleError, ValueError, TypeError):
            return None


def _pattern_order(pattern: str) -> str:
    """'dmy', 'mdy' or 'ymd' from a CLDR date pattern such as ``dd/MM/yy``."""
    pattern = re.sub(r"'[^']*'", "", pattern)
    positions = {k: pattern.find(k) for k in "dMy"}
    return "".join(k for k, _ in sorted(positions.items(), key=lambda kv: (kv[1] < 0, kv[1]))).lower()


@dataclass(frozen=True)
class _Lang:
    months: dict
    md_months: dict
    weekdays: dict
    dm_re: re.Pattern  # matched at a day number: "4 Maret 2024"
    md_head_re: re.Pattern  # searched just before a day number: "March "
    md_tail_re: re.Pattern  # matched at the day number: "4, 2024"
    my_head_re: re.Pattern  # searched just before a year: "Juni "
    numeric_order: str  # "dmy", "mdy", "ymd" or "ambiguous"
    link_re: re.Pattern
    past_year_re: re.Pattern | None
    past_day_re: re.Pattern | None
    target_re: re.Pattern | None
    prep_re: re.Pattern | None
    future_re: re.Pattern | None
    numeric_cue_re: re.Pattern
    weekday_before_re: re.Pattern
    weekday_after_re: re.Pattern
    known: frozenset
    not_weekday_after: frozenset
    statistic_re: re.Pattern | None = None  # "mencapai", "reached": a figure of the year before
    partial_year_re: re.Pattern | None = None  # "6 bulan pertama (tahun)", "first half of"


def _names(locales, kind: str) -> dict:
    """Folded month (1-12) or weekday (0=Monday) names of ``locales``, first locale wins."""
    from babel.dates import get_day_names, get_month_names  # noqa: PLC0415

    getter = get_month_names if kind == "months" else get_day_names
    widths = ("wide", "abbreviated") if kind == "months" else ("wide",)
    names: dict[str, int] = {}
    for loc in locales:
        for width in widths:
            for context in ("format", "stand-alone"):
                for number, name in getter(width, context=context, locale=loc).items():
                    folded = _fold_name(name)
                    if len(folded) < 3 or folded[0].isdigit():
                        continue  # CJK "3月" is read by CJK_DATE_RE
                    names.setdefault(folded, number)
                    if kind == "months" and re.fullmatch(r".*\D[1-9]", folded):
                        names.setdefault(folded[:-1] + "0" + folded[-1], number)  # tháng 03
    return names


@functools.lru_cache(maxsize=64)
def _lang(lang: str | None) -> _Lang:
    data = _words()
    loc = _locale(lang)
    base = loc.language if loc is not None else None
    codes = ["en"] if base in (None, "en") else [base, "en"]

    def merged(key: str) -> list[str]:
        table = data.get(key, {})
        return [_fold_word(w) for c in codes for w in table.get(c, [])]

    from babel import Locale  # noqa: PLC0415

    english = Locale.parse("en")
    locales = [english] if loc is None else [loc, english]
    months = _names(locales, "months")
    extra = data.get("extra_months", {})
    for c in codes:
        for word, number in extra.get(c, {}).items():
            months.setdefault(_fold_name(word), number)
    weekdays = _names(locales, "weekdays")

    # Numeric order: as the locale writes short dates; bare "en" (US or not?) stays undecided.
    if loc is None or (base == "en" and not loc.territory):
        order = "ambiguous"
    else:
        from babel.dates import get_date_format  # noqa: PLC0415

        order = _pattern_order(get_date_format("short", locale=loc).pattern)
    # "March 4": English names always; the article language's when it writes months first.
    month_first = _names([loc] if base == "en" else [english], "months")
    for word, number in extra.get("en", {}).items():
        month_first.setdefault(_fold_name(word), number)
    if loc is not None and base != "en":
        from babel.dates import get_date_format  # noqa: PLC0415

        if _pattern_order(get_date_format("long", locale=loc).pattern) == "mdy":
            month_first.update(months)

    suffix = rf"(?:{_alt(data['day_suffixes'])}|\.)?"
    ranges = merged("range_words")
    ands = merged("and_words")
    joiner = rf"(?:\s*[-&]\s*|\s+(?:{_alt(ranges + ands)})\s+)"
    year_link = rf"(?:\s*[,/]?\s*(?:(?:{_alt(data['year_links'])})\s+)?(?P<year>{YEAR})(?!\d))"
    dm_re = re.compile(
        rf"(?P<day>{DAY}){suffix}(?:{joiner}[0-3]?\d{suffix}(?!\d))?\s*"
        rf"(?:(?:{_alt(data['day_month_links'])})\s+)?(?P<month>{_trie(months)})(?![a-z0-9])\.?{year_link}?"
    )
    md_head_re = re.compile(rf"(?<![a-z])(?P<month>{_trie(month_first)})(?![a-z0-9])\.?\s+(?:the\s+)?$")
    md_tail_re = re.compile(
        rf"(?P<day>{DAY})(?:st|nd|rd|th)?(?![\d]|[:.,]\d)(?:{joiner}[0-3]?\d(?:st|nd|rd|th)?(?!\d))?"
        rf"(?:\s*,?\s*(?P<year>{YEAR})(?!\d))?"
    )
    my_head_re = re.compile(
        rf"(?<![a-z])(?P<month>{_trie(months)})(?![a-z0-9])\.?\s*(?:[,/]\s*|(?:{_alt(data['year_links'])})\s+)?$"
    )
    fillers = merged("fillers")
    filler_tail = rf"(?:\s+(?:{_alt(fillers)}))*\s*$"

    def tail(key: str) -> re.Pattern | None:
        words = merged(key)
        return re.compile(rf"(?<![a-z'])(?:{_alt(words)}){filler_tail}") if words else None

    futures = merged("future_markers")
    future_re = re.compile(rf"(?<![a-z'])(?:{_alt(futures)})(?![a-z])") if futures else None
    link_re = re.compile(rf"\s*\(?\s*(?:[-/]|(?:{_alt(ranges)})(?![a-z]))\s*(?:(?:{_alt(fillers)})\s+)*\Z")
    cues = merged("numeric_cues")
    numeric_cue_re = re.compile(rf"(?<![a-z])(?:{_alt(cues)}|{_trie(weekdays)})[\s,(]*$")
    wd = _trie(weekdays)
    weekday_before_re = re.compile(rf"(?<![a-z])(?P<wd>{wd})(?![a-z])(?P<fill>(?:[\s,]+[a-z]+){{0,2}})[\s,(]*$")
    weekday_after_re = re.compile(rf"[\s,]*\(?\s*(?P<wd>{wd})(?![a-z])")
    known = frozenset(
        w for key in ("past_year_cues", "past_day_cues", "year_preps", "target_cues", "future_markers",
                      "fillers", "range_words", "and_words", "numeric_cues")
        for w in merged(key)
    ) | frozenset(months) | frozenset(weekdays)
    not_wd = frozenset(merged("not_weekday_after"))
    stats = merged("statistic_verbs")
    statistic_re = re.compile(rf"(?<![a-z])(?:{_alt(stats)})(?![a-z])") if stats else None
    return _Lang(months, month_first, weekdays, dm_re, md_head_re, md_tail_re, my_head_re, order, link_re,
                 tail("past_year_cues"), tail("past_day_cues"), tail("target_cues"), tail("year_preps"),
                 future_re, numeric_cue_re, weekday_before_re, weekday_after_re, known, not_wd,
                 statistic_re, tail("partial_year_cues"))


# --- mentions --------------------------------------------------------------------------


@dataclass
class _Mention:
    kind: str  # "day", "month" (month-year) or "year" (bare year)
    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    ev_start: int = -1
    ev_end: int = -1
    period: bool = False  # part of a span of years (anniversaries, plans)
    span_from: int | None = None  # the end of a span of years: the span's first year
    span_start: int = -1  # ... and where the span starts in the text
    range_end: bool = False  # the end of a day range: its start counts
    since: bool = False  # "sejak 4 Maret", "compared with ..." (day mentions)
    ctx: str = ""  # month/year mentions: past, past-strong, future, name, neutral

    @property
    def when(self) -> date | None:
        return _mkdate(self.year, self.month, self.day) if self.year else None


def _mkdate(year: int | None, month: int | None, day: int | None) -> date | None:
    try:
        return date(year, month, day)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _valid_day(month: int, day: int) -> bool:
    """Does ``day`` exist in ``month`` in some year (29 February does)?"""
    return _mkdate(2000, month, day) is not None


def _full_year(text: str | None) -> int | None:
    if text is None:
        return None
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _day_mentions(t: _Text, lx: _Lang) -> tuple[list[_Mention], list[tuple[int, int]]]:
    """Day-precise mentions, and the spans of day-shaped words that are no date (31 February)."""
    folded = t.folded
    found: list[_Mention] = []
    invalid: list[tuple[int, int]] = []

    def add(m: re.Match, year, month, day, start: int | None = None) -> None:
        start = m.start() if start is None else start
        if (not (1 <= month <= 12) or not (1 <= day <= 31) or not _valid_day(month, day)
                or (year is not None and _mkdate(year, month, day) is None)):
            invalid.append((start, m.end()))  # not a date, and its month-year is none either
            return
        found.append(_Mention("day", start, m.end(), year, month, day))

    for pos in t.year_positions():
        m = ISO_RE.match(folded, pos)
        if m is not None:
            add(m, int(m["year"]), int(m["month"]), int(m["day"]))
    cjk = "yue" in folded or "wol" in folded
    for m in CJK_DATE_RE.finditer(folded) if cjk else ():
        add(m, int(m["year"]) if m["year"] else None, int(m["month"]), int(m["day"]))
    numbers = [pos for pos in (m.start() for m in NUMBER_RE.finditer(folded)) if _free_number(folded, pos, lx)]
    for pos in numbers:
        m = lx.dm_re.match(folded, pos)
        if m is not None:
            add(m, int(m["year"]) if m["year"] else None, lx.months.get(" ".join(m["month"].split()), 0),
                int(m["day"]))
        head = lx.md_head_re.search(folded, max(0, pos - 24), pos) if _word_before(folded, pos) else None
        if head is not None:
            m = lx.md_tail_re.match(folded, pos)
            if m is not None:
                month = lx.md_months.get(" ".join(head["month"].split()), 0)
                add(m, int(m["year"]) if m["year"] else None, month, int(m["day"]), head.start())
    if lx.numeric_order == "ymd":
        return found, invalid
    for pos in numbers:
        m = NUMERIC_RE.match(folded, pos)
        if m is None:
            continue
        cue = lx.numeric_cue_re.search(folded, max(0, pos - 24), pos)
        if m["sep"] == "." and m["year"] is None and (cue is None or m["day2"] is not None):
            continue  # 4.85, 1.1: decimals, not dates ("Chiều 16.4" is one: a cue comes before)
        ranged = m["day2"] is not None
        if m["year"] is None and not m["year2"] and not ranged and cue is None:
            continue  # a bare 24/7 or 1/2 needs "tanggal", "ngày", a weekday... before it
        a, b = int(m["day"]), int(m["month"])
        order = lx.numeric_order
        if order == "ambiguous":  # only when one number cannot be a month
            if a > 12 >= b or a == b:
                order = "dmy"
            elif b > 12 >= a:
                order = "mdy"
            elif folded[pos - 1:pos] == "(" and lx.weekday_before_re.search(folded, max(0, pos - 24), pos):
                order = "dmy"  # "Monday (9/1)": the day-first style of Asian and European outlets
            else:
                continue
        day, month = (a, b) if order == "dmy" else (b, a)
        year = _full_year(m["year"])
        if year is None and m["year2"]:  # 29/12-2/1/2022: the year is written at the end
            end_month = int(m["month2"]) if order == "dmy" else int(m["day2"])
            year = _full_year(m["year2"]) - (1 if month > end_month else 0)
        add(m, year, month, day)
    if lx.numeric_order == "dmy" and "-" in folded:
        for pos in numbers:
            m = DASH_DM_RE.match(folded, pos)
            if m is not None and lx.numeric_cue_re.search(folded, max(0, pos - 24), pos) \
                    and not any(x.start <= pos < x.end for x in found):
                add(m, int(m["year"]) if m["year"] else None, int(m["month"]), int(m["day"]))
    return found, invalid


def _word_before(folded: str, pos: int) -> bool:
    """Is there a word (not a number or a bracket) right before ``pos``? Saves regex calls."""
    i = pos - 1
    while i >= 0 and folded[i] in " \t,/":
        i -= 1
    return i >= 0 and (folded[i].isalnum() or folded[i] == ".")


def _free_number(folded: str, pos: int, lx: _Lang) -> bool:
    """A number glued to a word by a hyphen is part of it (``ke-30``), unless the word is a
    month ending a range (``29 November-2 Desember``)."""
    if pos < 2 or folded[pos - 1] != "-" or not folded[pos - 2].isalpha():
        return True
    word = WORD_END_RE.search(folded, max(0, pos - 24), pos - 1)
    return word is not None and word.group() in lx.months


def _non_overlapping(items: list[_Mention], taken: list[tuple[int, int]]) -> list[_Mention]:
    """Keep the longest of overlapping mentions, and none that overlap ``taken``."""
    kept: list[_Mention] = []
    spans = sorted(taken)
    starts = [s for s, _ in spans]
    for m in sorted(items, key=lambda x: (x.start, x.start - x.end)):
        if kept and m.start < kept[-1].end:
            continue
        i = bisect.bisect_right(starts, m.start)
        if i and spans[i - 1][1] > m.start:
            continue
        if i < len(spans) and spans[i][0] < m.end:
            continue
        kept.append(m)
    return kept


def _overlaps(span: tuple[int, int], mentions: list[_Mention]) -> bool:
    return any(m.start < span[1] and span[0] < m.end for m in mentions)


def _mentions(t: _Text, lx: _Lang) -> list[_Mention]:
    folded = t.folded
    found, invalid = _day_mentions(t, lx)
    days = _non_overlapping(found, [])
    taken = [(m.start, m.end) for m in days] + [s for s in invalid if not _overlaps(s, days)]
    months, years = [], []
    for pos in t.year_positions():
        year = int(folded[pos:pos + 4])
        head = lx.my_head_re.search(folded, max(0, pos - 32), pos) if _word_before(folded, pos) else None
        number = lx.months.get(" ".join(head["month"].split())) if head is not None else None
        if number:
            months.append(_Mention("month", head.start(), pos + 4, year, number))
        elif BARE_YEAR_RE.match(folded, pos):
            years.append(_Mention("year", pos, pos + 4, year))
    if "nian" in folded or "nyeon" in folded:
        months += [_Mention("month", m.start(), m.end(), int(m["year"]), int(m["month"]))
                   for m in CJK_MONTH_RE.finditer(folded) if 1 <= int(m["month"]) <= 12]
    months = _non_overlapping(months, taken)
    taken += [(m.start, m.end) for m in months]
    years = _non_overlapping(years, taken)
    mentions = sorted(days + months + years, key=lambda m: m.start)
    for m in mentions:
        m.ev_start, m.ev_end = m.start, m.end
    _link_ranges(t, lx, mentions)
    return mentions


def _link_ranges(t: _Text, lx: _Lang, mentions: list[_Mention]) -> None:
    """``A - B`` pairs: a day range keeps its start; spans of years become periods."""
    for a, b in zip(mentions, mentions[1:]):
        if b.start - a.end > 24 or not lx.link_re.match(t.folded, a.end, b.start):
            continue
        if a.kind == b.kind == "day":
            if a.year is None and b.year is not None:
                year = b.year - (1 if (a.month, a.day) > (b.month, b.day) else 0)
                if _mkdate(year, a.month, a.day) is not None:
                    a.year = year
            if a.year is not None and b.year is not None:
                span = (b.when - a.when).days if a.when and b.when else -1
                if not 0 <= span <= 366:
                    a.period = b.period = True
                    continue
            b.range_end = True
            a.ev_end = b.end
        else:
            a.period = b.period = True
            if a.year is not None and b.year is not None and b.year > a.year:
                b.span_from = a.year
                b.span_start = a.start


def _classify(t: _Text, lx: _Lang, mentions: list[_Mention]) -> None:
    folded = t.folded
    for m in mentions:
        lo = max(0, m.start - WINDOW)
        if m.kind == "day":
            if lx.past_day_re is not None and lx.past_day_re.search(folded, lo, m.start):
                m.since = True
            if m.year is None and not m.range_end:  # the weekday only decides years
                _attach_weekday(t, lx, m)
            continue
        if m.period:
            m.ctx = "period"
        elif m.kind == "year" and _is_name(t, lx, m.start):
            m.ctx = "name"
        elif lx.past_year_re is not None and lx.past_year_re.search(folded, lo, m.start):
            m.ctx = "past-strong"
        elif lx.target_re is not None and lx.target_re.search(folded, lo, m.start):
            m.ctx = "future"
        elif t.future_sentence(m.start, lx.future_re):
            m.ctx = "future"
        elif lx.prep_re is not None and lx.prep_re.search(folded, lo, m.start):
            m.ctx = "past"
        else:
            m.ctx = "neutral"


def _is_name(t: _Text, lx: _Lang, start: int) -> bool:
    """``UNCLOS 1982``, ``Raisina Dialogue 2024``: a capitalised non-cue word right before."""
    m = WORD_BEFORE_RE.search(t.folded, max(0, start - 40), start)
    if m is None:
        return False
    word = m["word"].strip(".")
    if word in lx.known:
        return False
    return t.orig[t.to_orig(m.start("word"))].isupper()


def _attach_weekday(t: _Text, lx: _Lang, m: _Mention) -> None:
    folded = t.folded
    before = lx.weekday_before_re.search(folded, max(0, m.start - 40), m.start)
    if before is not None:
        fill = before["fill"].replace(",", " ").split()
        if not (fill and fill[0] in lx.not_weekday_after):
            m.weekday = lx.weekdays.get(" ".join(before["wd"].split()))
            m.ev_start = before.start()
            return
    after = lx.weekday_after_re.match(folded, m.ev_end, min(len(folded), m.ev_end + 24))
    if after is not None:
        m.weekday = lx.weekdays.get(" ".join(after["wd"].split()))
        m.ev_end = after.end()


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
        # nearest candidate is the likeliest, and a stated weekday rules out six years in seven
        for d in candidates:
            if d.weekday() == weekday:
                return d
    return candidates[0] if candidates else None


@dataclass
class _Evidence:
    publication: date | None  # day-precise publication date from the URL
    url_latest: date | None  # the latest day the URL allows (its day, or its month's end)
    url_words: str
    full: list[date]  # dated day mentions
    months: dict  # month -> years of month-year mentions that are not periods/targets
    lower: date | None  # the event is on or after this (past references)
    statistic: int | None  # the year after the latest full-year figure ("trade in 2023 reached")
    upper: date | None = None  # the event is on or before this (anniversaries still to come)
    anniversary: int | None = None  # the year an anniversary is being marked in the text


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


def _url_date(url: str | None) -> tuple[date | None, date | None, str]:
    if not url:
        return None, None, ""
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url, flags=re.I)
    for rx in (URL_PATH_DATE_RE, URL_ISO_DATE_RE, URL_COMPACT_DATE_RE):
        for m in rx.finditer(path):
            if rx is URL_COMPACT_DATE_RE and len(m["rest"]) >= 2 and int(m["rest"][:2]) > 23:
                continue  # not YYYYMMDDhh...
            d = _mkdate(int(m["year"]), int(m["month"]), int(m["day"]))
            if d is not None:
                return d, d, m.group()
    m = URL_MONTH_RE.search(path)
    if m and 1 <= int(m["month"]) <= 12:
        year, month = int(m["year"]), int(m["month"])
        nxt = date(year + month // 12, month % 12 + 1, 1)
        return None, nxt - timedelta(days=1), m.group()
    return None, None, ""


def _evidence(t: _Text, lx: _Lang, mentions: list[_Mention], url: str | None) -> _Evidence:
    publication, latest, words = _url_date(url)
    anniversary_lower, upper, now, hinted = _anniversaries(t, lx, mentions)
    full, months, lower = [], {}, []
    for m in mentions:
        if m.period:
            continue
        if m.kind == "day":
            if m.when is None:
                continue
            if m.since:
                lower.append(m.when + timedelta(days=1))
            else:
                full.append(m.when)
        elif m.kind == "month":
            if m.ctx not in ("future", "past-strong"):
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
    return _Evidence(publication, latest, words, full, months, lowest, _statistic_year(t, lx, mentions), upper, now)


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
                    t.folded, m.end, min(end, m.end + 60)):
            years.append(m.year + 1)
    return max(years, default=None)


def _resolve(m: _Mention, ev: _Evidence) -> tuple[date | None, bool]:
    """The date of a day mention, and whether its year was inferred."""
    if m.year is not None:
        return m.when, False
    day, month, wd = m.day, m.month, m.weekday
    if ev.url_latest is not None:
        return _pick(day, month, ev.url_latest.year, None, ev.url_latest, wd), True
    best = None
    for hint in ev.full:
        for year in (hint.year - 1, hint.year, hint.year + 1):
            d = _mkdate(year, month, day)
            if d is not None and abs(d - hint) <= NEARBY and (best is None or abs(d - hint) < best[0]):
                best = (abs(d - hint), year, hint)
    if best is not None:
        _, year, hint = best
        return _pick(day, month, year, hint - NEARBY, hint + NEARBY, wd), True
    if month in ev.months:
        year = ev.months[month][0]
        nxt = date(year + month // 12, month % 12 + 1, 1)
        return _pick(day, month, year, date(year, month, 1), nxt - timedelta(days=1), wd), True
    if ev.anniversary is not None:
        year = ev.anniversary
        return _pick(day, month, year, max(filter(None, (ev.lower, date(year, 1, 1)))),
                     min(filter(None, (ev.upper, date(year, 12, 31)))), wd), True
    if ev.statistic is not None:
        # a full year's figure ("trade in 2023 reached ...") is reported in the year after it
        # (or, when the text names the weekday, the year after that if the weekday fits it)
        for year in (ev.statistic, ev.statistic + 1) if wd is not None else (ev.statistic,):
            if ev.upper is not None and ev.upper.year < year:
                break
            when = _mkdate(year, month, day)
            if when is not None and (wd is None or when.weekday() == wd):
                return when, True
    # a bound alone ("since 2014", "will celebrate in 2023") supports no year: none is guessed
    return None, True


# --- the entry point -------------------------------------------------------------------------


# --- the event date: candidates with roles ---------------------------------------------------

PREVIEW_DAYS = timedelta(days=7)  # a report may announce an event this long after it is published
DATELINE_HEAD_RE = re.compile(r"^[A-ZÀ-ÝĐА-ЯЁ][A-ZÀ-ÝĐА-ЯЁ .'-]{1,30},\s*$")  # "МОСКВА, " "HANOI, " before a dateline date
CAPITALISED_WEEKDAY_LANGS = frozenset({"en", "id", "ms", "de", "vi", "nl", "tl"})


@dataclass(frozen=True)
class _Anchor:
    """The report's own date: its publication line, or the publication date in its URL."""

    day: date
    words: str
    how: str  # "publication" or "url"


@dataclass(frozen=True)
class _Relative:
    start: int
    end: int
    weekday: int | None = None  # "on Wednesday", "Rabu sore"
    offset: int | None = None  # "yesterday" -1, "today" 0
    future: bool = False


@functools.lru_cache(maxsize=64)
def _relative_words(lang: str | None) -> tuple[re.Pattern | None, dict[str, int], re.Pattern, bool]:
    """(relative-day expression, folded word -> offset, weekday expression, weekdays capitalised?)."""
    loc = _locale(lang)
    base = loc.language if loc is not None else None
    codes = ["en"] if base in (None, "en") else [base, "en"]
    table = _words().get("relative_days", {})
    offsets = {_fold_word(w): n for c in codes for w, n in table.get(c, {}).items()}
    rel_re = re.compile(rf"(?<![a-z])(?:{_alt(offsets)})(?![a-z])") if offsets else None
    lx = _lang(lang)
    wd_re = re.compile(rf"(?<![a-z])(?P<wd>{_trie(lx.weekdays)})(?![a-z])")
    return rel_re, offsets, wd_re, base in CAPITALISED_WEEKDAY_LANGS or base is None


@functools.lru_cache(maxsize=16)
def _raw_relative_words(lang: str | None) -> tuple[re.Pattern, dict[str, int]] | None:
    base = (lang or "").split("-")[0]
    if base not in UNSPACED_LANGUAGES:
        return None
    table = _words().get("relative_days", {}).get(base, {})
    if not table:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))), dict(table)


def _publication(stamps: tuple[str, ...], lx: _Lang, url: str | None) -> _Anchor | None:
    """The earliest full date of the publication and update lines (a page also shows the day it
    was viewed, always later), else the URL's day."""
    found: list[tuple[date, str]] = []
    for stamp in stamps:
        st = _Text(unicodedata.normalize("NFC", stamp))
        for m in _mentions(st, lx):
            if m.kind == "day" and m.when is not None:
                found.append((m.when, st.orig_span(m.start, m.end).strip(" ,.|")))
    if found:
        day, words = min(found)
        return _Anchor(day, words, "publication")
    publication, _, words = _url_date(url)
    return _Anchor(publication, words, "url") if publication is not None else None


def _relatives(t: _Text, lang: str | None, lo: int, hi: int, mentions: list[_Mention]) -> list[_Relative]:
    """Weekdays without a day ("on Wednesday", "Rabu sore") and relative days ("yesterday",
    "hôm qua") between ``lo`` and ``hi``; a weekday that belongs to a day mention is not one."""
    rel_re, offsets, wd_re, capitalised = _relative_words(lang)
    lx = _lang(lang)
    taken = [(m.ev_start, m.ev_end) for m in mentions if m.kind == "day"]
    found: list[_Relative] = []
    raw = _raw_relative_words(lang)
    if raw is not None:  # scripts without spaces: "昨日", "어제" as written
        raw_re, raw_offsets = raw
        orig_lo, orig_hi = t.to_orig(lo), t.to_orig(max(lo, hi - 1)) + 1
        for m in raw_re.finditer(t.orig, orig_lo, orig_hi):
            start = _to_folded(t, m.start())
            if not any(a <= start < b for a, b in taken):
                found.append(_Relative(start, _to_folded(t, m.end()), offset=raw_offsets[m.group()]))
    for m in wd_re.finditer(t.folded, lo, hi):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if capitalised and not t.orig[t.to_orig(m.start())].isupper():
            continue  # "minggu lalu" is "last week"; "Minggu" is Sunday
        future = t.future_sentence(m.start(), lx.future_re)
        found.append(_Relative(m.start(), m.end(), weekday=lx.weekdays.get(" ".join(m["wd"].split())),
                               future=future))
    if rel_re is not None:
        for m in rel_re.finditer(t.folded, lo, hi):
            if not any(a <= m.start() < b for a, b in taken):
                found.append(_Relative(m.start(), m.end(), offset=offsets[" ".join(m.group().split())]))
    return sorted(found, key=lambda r: r.start)


def _from_anchor(rel: _Relative, anchor: date) -> date:
    if rel.offset is not None:
        return anchor + timedelta(days=rel.offset)
    back = (anchor.weekday() - rel.weekday) % 7
    if rel.future or back == 6:
        # "will meet on Monday": the next Monday; the weekday after the page's date is that
        # next day (a page dated in a time zone behind the event's), not six days before
        return anchor + timedelta(days=(rel.weekday - anchor.weekday()) % 7)
    return anchor - timedelta(days=back)


def _near_anchor(m: _Mention, anchor: date) -> date | None:
    """A day mention's date read next to the report's own date: its year if written, else the
    year that puts it closest before the anchor, or a few days after it (a report announcing
    what is to come)."""
    if m.year is not None:
        return m.when
    best = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = _mkdate(year, m.month, m.day)
        if d is None or d > anchor + PREVIEW_DAYS:
            continue
        if best is None or abs(d - anchor) < abs(best - anchor):
            best = d
    return best


def _lead_span(t: _Text, lead: str | None) -> tuple[int, int]:
    """Folded offsets of the headline and the lead."""
    title_end = t.folded.find("\n")
    end = len(t.folded) if title_end < 0 else title_end
    if lead:
        at = t.orig.find(lead)
        if at >= 0:
            end = _to_folded(t, at + len(lead))
    return 0, end


def _spans_of(t: _Text, parts: tuple[str, ...]) -> list[tuple[int, int]]:
    """Folded spans of every occurrence of each of ``parts`` in the text."""
    spans = []
    for part in parts:
        at = t.orig.find(part) if part else -1
        while at >= 0:
            spans.append((_to_folded(t, at), _to_folded(t, at + len(part))))
            at = t.orig.find(part, at + len(part))
    return spans


def _to_folded(t: _Text, pos: int) -> int:
    if t._starts is None:
        return pos
    return t._starts[pos] if pos < len(t._starts) else len(t.folded)


def _is_dateline(t: _Text, m: _Mention, lead_start: int) -> bool:
    """"МОСКВА, 29 ноября. /ТАСС/." "HANOI, March 5 (Reuters) -": the place and day of writing."""
    line_start = t.orig.rfind("\n", 0, t.to_orig(m.start)) + 1
    return DATELINE_HEAD_RE.match(t.orig[line_start:t.to_orig(m.ev_start)]) is not None


def extract_date(text: str, lang: str | None, url: str | None = None, stamps: tuple[str, ...] = (),
                 lead: str | None = None, captions: tuple[str, ...] = ()) -> DateFinding:
    """The event date of an article: see the module docstring for the rules.

    ``text`` is the headline and body; ``stamps`` the page's publication and update lines;
    ``lead`` its first paragraph (where the event's own date is written); ``captions`` its photo
    captions (a photo is often of another day: their days are not candidates)."""
    t = _Text(unicodedata.normalize("NFC", text or ""))
    lx = _lang(lang)
    mentions = _mentions(t, lx)
    _classify(t, lx, mentions)
    anchor = _publication(stamps, lx, url)
    ev = _evidence(t, lx, mentions, None)
    if anchor is not None:
        ev.publication = anchor.day
        ev.url_latest = anchor.day + PREVIEW_DAYS
        ev.url_words = anchor.words
    published = anchor.day.isoformat() if anchor is not None else None
    in_captions = _spans_of(t, captions)
    latest = max((m.year for m in mentions if m.year is not None and m.kind != "year" and not m.period
                  and not m.range_end and m.ctx not in ("future", "name", "period")),
                 default=None)  # (a bare year may be a plan; a range's end belongs to its start)
    candidates, of_photos = [], []
    for m in mentions:
        if m.kind != "day" or m.period or m.range_end or m.since:
            continue
        if m.year is not None and latest is not None and m.year < latest:
            continue  # a day of a year before the latest the text speaks of: history
        (of_photos if any(a <= m.start < b for a, b in in_captions) else candidates).append(m)
    lo, hi = _lead_span(t, lead)
    in_lead = [m for m in candidates if m.start < hi]
    datelines = [m for m in in_lead if _is_dateline(t, m, lo)]

    # 1. a day written in the headline or the lead (past the dateline, which tells when the report
    #    was written: it is the event's day only when the lead names no other)
    for m in [m for m in in_lead if m not in datelines] + datelines:
        when, inferred = (_near_anchor(m, anchor.day), m.year is None) if anchor else _resolve(m, ev)
        if when is None:
            if anchor is None:
                return _undated(t, m, published)
            continue
        if anchor is not None and m.year is not None and m.year < anchor.day.year - 1:
            continue  # a day years before the report: history, not the event
        return _finding(t, m, when, inferred, "dateline" if m in datelines else "lead", published)

    # 2. a weekday or a relative day in the lead, read against the report's own date
    if anchor is not None:
        for rel in _relatives(t, lang, lo, hi, mentions):
            when = _from_anchor(rel, anchor.day)
            words = t.orig_span(rel.start, rel.end).strip()
            return DateFinding(when.isoformat(), f"{words} ({anchor.words})", True, "weekday" if rel.weekday
                               is not None else "relative", published=published)

    # 3. a day further down the text: the first within the month before the report's date
    rest = [m for m in candidates if m.start >= hi]
    if anchor is not None:
        for m in rest:
            when = _near_anchor(m, anchor.day)
            if when is not None and anchor.day - PUBLICATION_WINDOW <= when <= anchor.day + PREVIEW_DAYS:
                return _finding(t, m, when, m.year is None, "body", published)
        # 4. nothing else: the report's own date
        return DateFinding(anchor.day.isoformat(), anchor.words, False, anchor.how, published=published)
    if rest:
        m = rest[0]
        when, inferred = _resolve(m, ev)
        if when is None:
            return _undated(t, m, published)
        return _finding(t, m, when, inferred, "body", published)
    # no day at all: the weekday the lead names ("on Tuesday") still tells which event it can be
    weekdays = [rel for rel in _relatives(t, lang, lo, hi, mentions) if rel.weekday is not None and not rel.future]
    # a photo's caption is often of another day: its full date only when it is the lead's weekday
    for m in of_photos:
        if m.when is not None and (not weekdays or m.when.weekday() == weekdays[0].weekday):
            return _finding(t, m, m.when, False, "caption", published)
    if weekdays:
        return DateFinding(None, t.orig_span(weekdays[0].start, weekdays[0].end).strip(), False, "none",
                           weekday=weekdays[0].weekday, published=published)

    return DateFinding()  # a month alone ("in June 2024") is no day: none is made up


def _undated(t: _Text, m: _Mention, published: str | None) -> DateFinding:
    """A day and month whose year nothing supports: kept (it can still link), no year guessed."""
    return DateFinding(None, _words_of(t, m), False, "none", month_day=f"{m.month:02d}-{m.day:02d}",
                       weekday=m.weekday, published=published)


def _words_of(t: _Text, m: _Mention) -> str:
    """The evidence words: the mention with its weekday, tidy at the edges."""
    end = m.ev_end
    span = t.folded[m.ev_start:end]
    if span.count("(") > span.count(")") and t.folded[end:end + 1] == ")":
        end += 1
    words = t.orig_span(m.ev_start, end).strip()
    return words[:-1] if words.endswith((".", ",")) and not words[:-1].endswith(")") else words


def _finding(t: _Text, m: _Mention, when: date, inferred: bool, how: str,
             published: str | None = None) -> DateFinding:
    return DateFinding(when.isoformat(), _words_of(t, m), inferred, how, published=published)
