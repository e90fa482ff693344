"""What each language writes dates with, compiled once per language: the month and weekday names
of Babel's CLDR data (wide and abbreviated, in both contexts), the cue words of
``data/date_words.json`` (ranges, fillers, "since", targets, plans, "last met", announcements, ...)
and the patterns :mod:`date_mentions` reads a text's days, months and years with.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .textutil import FOLD_TABLE
from .stored import load_or_build

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "date_words.json"

YEAR = r"(?:1[89]|20)\d\d"
DAY = r"\d(?<![\w,/:]\d)(?<![^a-z]\.\d)(?<!\d-\d)\d?"  # 1-2 digits not glued to a word or a number before
#   (but to an abbreviated month's full stop: "Sept.2")
YEAR_MONTH_DAY_NUMERIC = frozenset({"ja", "zh", "ko", "yue"})  # (their months are numbers: "2月")
# languages written in two scripts, whose CLDR locale gives one: the other script's names too
# (Serbian's locale is Cyrillic, "четвртак", and Serbian pages as often Latin, "četvrtak"; Uzbek's
# is Latin, "payshanba", and Uzbek pages also Cyrillic, "пайшанба")
OTHER_SCRIPT_LOCALES = {"sr": "sr_Latn", "bs": "bs_Cyrl", "uz": "uz_Cyrl", "az": "az_Cyrl"}
GLUED_MONTH_LANGS = frozenset({"th", "lo", "km", "my"})  # (written without spaces: a month's name runs on into the next word)


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


@functools.lru_cache(maxsize=64)
def relative_days(code: str) -> dict[str, int]:
    """The words naming a day relative to the report's own ("yesterday" -1, "today" 0) in the
    language ``code`` (a Babel language code): the hand-made list of ``data/date_words.json``
    (``relative_days``), else CLDR's words for the day before yesterday, yesterday and today
    (through Babel: "jiya", "yau" in Hausa, "ejo", "uyu munsi" in Kinyarwanda), without a word CLDR
    also gives, or writes inside, a day to come ("कल", yesterday and tomorrow in Hindi)."""
    listed = _words().get("relative_days", {}).get(code)
    cldr = _cldr_relative_days(code)
    if listed is not None:
        # (… and CLDR's day before yesterday, which holds the listed yesterday: "avant-hier", "一昨日",
        #  "أول أمس" are two days back, not one; a word listed keeps its listed day, Malay "kelmarin")
        out = dict(listed)
        if code not in NO_CLDR_DAY_BEFORE_YESTERDAY:
            out.update({w: n for w, n in cldr.items() if n == -2 and w not in out})
        return out
    return cldr


# CLDR's word for the day before yesterday that news also writes for a day further back ("онзи ден",
# the other day, in Bulgarian)
NO_CLDR_DAY_BEFORE_YESTERDAY = frozenset({"bg"})


@functools.lru_cache(maxsize=128)
def _cldr_relative_days(code: str) -> dict[str, int]:
    loc = _locale(code)
    if loc is None:
        return {}
    try:  # (Babel shows CLDR's date fields only as the locale's data)
        cldr = {int(n): w for n, w in loc._data["date_fields"]["day"]["relative"].items() if w}
    except (KeyError, TypeError, ValueError):
        return {}
    ahead = [w.lower() for n, w in cldr.items() if n > 0]
    return {w: n for n, w in cldr.items() if n <= 0 and not any(w.lower() in a for a in ahead)}


# letters of the scripts these words are written in, besides \w's: a word's edge is none of them
INDIC_ARABIC_LETTER = r"\w\u0600-\u06ff\u0900-\u0dff"


@functools.lru_cache(maxsize=64)
def ambiguous_day_re(code: str | None) -> re.Pattern | None:
    """The words of ``code`` (a Babel language code) that name yesterday and tomorrow alike (Hindi
    "कल", Urdu "کل": ``ambiguous_day_words`` of ``data/date_words.json``), as whole words; None where
    there are none."""
    words = _words().get("ambiguous_day_words", {}).get((code or "").split("-")[0], [])
    if not words:
        return None
    alternation = "|".join(map(re.escape, words))
    return re.compile(rf"(?<![{INDIC_ARABIC_LETTER}])(?:{alternation})(?![{INDIC_ARABIC_LETTER}])")


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
    last_met_re: re.Pattern | None = None  # "they last met", "terakhir kali": the sentence's days are history
    start_after_re: re.Pattern | None = None  # "1 मार्च से", "3月1日から": the day something starts from
    # the language's months, written first only with a year ("Νοέμβριος 24, 2017": the
    # "Month D, YYYY" of web publishing tools in a language that writes the day first)
    md_year_head_re: re.Pattern | None = None
    announce_re: re.Pattern | None = None  # "announced", "объявил", "أعلن": a day after it is the announcement's
    talks_re: re.Pattern | None = None  # "Gespräche", "переговоры", "会谈" (the original text): the talks named
    # the language's own long date written year first, as CLDR writes it ("2016. gada 14. maijs",
    # "2016 ж. 14 мамыр", "2016 թ. մայիսի 14", "2016 മേയ് 14"), groups year, month and day
    long_date_re: re.Pattern | None = None
    tomorrow_re: re.Pattern | None = None  # "tomorrow", "غدا", "明日" (the original text): the day after the report's
    day_prefixes: frozenset = frozenset()  # (folded) words glued to a day by a hyphen: "ika-22", Hebrew "ב-16"
    code: str | None = None  # the language's base code ("ne"): a calendar of its own is read only in it
    month_re: re.Pattern | None = None  # (folded) a month's name, alone or in a date
    summit_apart_re: re.Pattern | None = None  # "next year", "来月" (the original text): beside a summit, another time's
    # searched just before a day and month in figures: the day a span starts from, written alone
    # ("từ ngày 25 đến ngày 27/5", "dal 25 al 27/5": from the 25th to 27 May)
    range_from_re: re.Pattern | None = None


LATIN_NAME_RE = re.compile(r"[A-Za-z\u00c0-\u024f.' -]*")


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
                    if folded[:1].isdigit() or (len(folded) < 3 and LATIN_NAME_RE.fullmatch(name)):
                        continue  # CJK "3月" is read by CJK_DATE_RE; a Latin name of two letters is a word
                        #           (Breton "Du"), one in another script its month ("মে", "ਮਈ", "මැයි")
                    names.setdefault(folded, number)
                    if kind == "months" and re.fullmatch(r".*\D[1-9]", folded):
                        names.setdefault(folded[:-1] + "0" + folded[-1], number)  # tháng 03
    return names


# words of the scripts that glue prefixes to a word or write no spaces (Arabic, Hebrew, CJK, Thai):
# matched anywhere, not at a word's start
GLUED_WORD_RE = re.compile(r"[\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def _words_re(words: list[str], whole: bool = False) -> re.Pattern | None:
    """Words written as they are (``talks_words``, ``tomorrow_words``), each at a word's start (with
    ``whole``, a whole word: "yarın", not "yarınlara"); anywhere in scripts without spaces."""
    spaced = sorted((w for w in words if not GLUED_WORD_RE.search(w)), key=len, reverse=True)
    glued = sorted((w for w in words if GLUED_WORD_RE.search(w)), key=len, reverse=True)
    end = r"(?!\w)" if whole else ""
    parts = ([rf"(?<!\w)(?:{'|'.join(map(re.escape, spaced))}){end}"] if spaced else []) \
        + ([f"(?:{'|'.join(map(re.escape, glued))})"] if glued else [])
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


CLDR_FIELD_RE = re.compile(r"'[^']*'|([yMLdG])\1*|.", re.DOTALL)  # a CLDR pattern's quoted text, fields, characters


def _long_date_re(loc, month_names: str) -> re.Pattern | None:
    """The locale's long date pattern as an expression on folded text, when it writes the year
    first (the year before the day and month other expressions read: "y. 'gada' d. MMMM", "y 'ж'.
    d MMMM", "y MMMM d"; ``month_names``: the expression of the language's month names); None for
    the others and for the languages whose months are numbers."""
    from babel.dates import get_date_format  # noqa: PLC0415

    pieces = list(CLDR_FIELD_RE.finditer(get_date_format("long", locale=loc).pattern))
    fields = [f.group(1) for f in pieces if f.group(1)]
    if not fields or fields[0] != "y" or "d" not in fields or not any(f in "ML" for f in fields):
        return None
    parts = []
    last_field = max(i for i, f in enumerate(pieces) if f.group(1))
    for i, f in enumerate(pieces):
        piece = f.group(0)
        if f.group(1) == "y":
            parts.append(rf"(?P<year>{YEAR})")
        elif f.group(1) in ("M", "L"):
            parts.append(rf"(?P<month>{month_names})(?![a-z0-9])\.?")
        elif f.group(1) == "d":
            parts.append(r"(?P<day>[0-3]?\d)(?!\d)")
        elif f.group(1) == "G":
            return None
        else:
            literal = _fold_word(piece.strip("'")) if piece.strip() else ""
            if i > last_field:  # (what follows the last field may be left out: "14 d.", "14(a)", "14a")
                parts.append(rf"(?:\s*{re.escape(literal)})?" if literal else "")
            else:
                parts.append(rf"\s*{re.escape(literal)}" if literal else r"\s*")
    return re.compile("".join(parts))


def _year_first_re(spec: dict, month_names: str) -> re.Pattern:
    """A long date written year first with the word for "year" as the language's texts write it
    (``spec``: its ``words`` and the ``order`` of day and month after it): "2022 წლის 16 ივნისს",
    "2022 թվականի հունիսի 16-ին", "2022-ci il iyunun 16-da", "2022 жылғы 16 маусымда", "2022 yil 16
    iyun" (CLDR's own pattern, where it writes the year first, abbreviates the word: "y թ. MMMM d")."""
    words = sorted({_fold_word(w) for w in spec["words"]}, key=len, reverse=True)
    head = rf"(?P<year>{YEAR})(?!\d)(?:-?[a-z]{{1,3}})?\s*(?:{'|'.join(map(re.escape, words))})\s*"
    day = r"(?P<day>[0-3]?\d)(?!\d)(?:-?[a-z']{1,4}(?![a-z]))?"
    month = rf"(?P<month>{month_names})(?![a-z0-9])\.?"
    return re.compile(head + (rf"{day}\s*{month}" if spec["order"] == "dm" else rf"{month}\s*{day}"))


def _md_year_head(months: dict, month_first: dict) -> re.Pattern | None:
    """The head of "Month D, YYYY" for the months not written first otherwise."""
    rest = {name: number for name, number in months.items() if name not in month_first}
    return re.compile(rf"(?<![a-z])(?P<month>{_trie(rest)})(?![a-z0-9])\s+$") if rest else None


@functools.lru_cache(maxsize=64)
def _lang(lang: str | None) -> _Lang:
    """What ``lang`` writes dates with (None: English): built once per code version and kept
    between builds (:mod:`stored`), made once per process."""
    return load_or_build(f"dates-{lang or 'none'}", _Lang, lambda: _build_lang(lang))


def _build_lang(lang: str | None) -> _Lang:
    data = _words()
    loc = _locale(lang)
    base = loc.language if loc is not None else None
    codes = ["en"] if base in (None, "en") else [base, "en"]

    def merged(key: str) -> list[str]:
        table = data.get(key, {})
        return [_fold_word(w) for c in codes for w in table.get(c, [])]

    from babel import Locale  # noqa: PLC0415

    english = Locale.parse("en")
    other = OTHER_SCRIPT_LOCALES.get(base) if loc is not None and loc.script is None else None
    locales = [english] if loc is None else [loc, *([Locale.parse(other)] if other else []), english]
    months = _names(locales, "months")
    extra = data.get("extra_months", {})
    for c in codes:
        for word, number in extra.get(c, {}).items():
            months.setdefault(_fold_name(word), number)
    weekdays = _names(locales, "weekdays")
    for c in codes:  # (inflected forms CLDR does not list: "в среду")
        for word, number in data.get("extra_weekdays", {}).get(c, {}).items():
            weekdays.setdefault(_fold_name(word), number)

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
    for c in codes:  # (inflected forms written before the day: "avqustun 22-də")
        if c in data.get("months_before_day", ()):
            month_first.update((_fold_name(word), number) for word, number in extra.get(c, {}).items())
    if loc is not None and base != "en":
        from babel.dates import get_date_format  # noqa: PLC0415

        long_order = _pattern_order(get_date_format("long", locale=loc).pattern)
        # (and where CLDR writes a day and month without a year month first: "Mayu 14", "ਮਈ 14")
        day_month = loc.datetime_skeletons.get("MMMMd")
        month_day = day_month is not None and _pattern_order(day_month.pattern + " y").startswith("m")
        if long_order == "mdy" or month_day or (long_order == "ymd" and base not in YEAR_MONTH_DAY_NUMERIC):
            month_first.update(months)  # "March 4"; "2015. február 18.", "2018 m. gruodžio 5 d."

    month_names = _trie(months)  # (every expression that reads a month's name)
    suffix = rf"(?:{_alt(data['day_suffixes'])}|\.)?"
    ranges = merged("range_words")
    ands = merged("and_words")
    joiner = rf"(?:\s*[-&]\s*|\s+(?:{_alt(ranges + ands)})\s+)"
    year_link = rf"(?:\s*[,/]?\s*(?:(?:{_alt(data['year_links'])})\s+)?(?P<year>{YEAR})(?!\d)|\s?-\s?(?P<hyphen_year>{YEAR})(?!\d))"
    # (a month's name ends a word; in Thai, written without spaces, it runs on into the next one:
    #  "20 พฤศจิกายนที่กรุงเวลลิงตัน", 20 November in Wellington)
    month_end = r"(?!\d)" if base in GLUED_MONTH_LANGS else r"(?![a-z0-9])"
    dm_re = re.compile(  # ("4 March 2015", "4-5 Maret", "09-Mar-2018", "01 - Février - 2018")
        rf"(?P<day>{DAY}){suffix}(?:{joiner}(?P<to>[0-3]?\d){suffix}(?!\d))?(?:\s?-\s?(?=[^\W\d_])|\s*)"
        rf"(?:(?:{_alt(data['day_month_links'])})\s+)?(?P<month>{month_names}){month_end}\.?"
        rf"(?:\s*/\s*(?:{month_names})(?![a-z0-9]))?{year_link}?"  # (Arabic's two names: "2 مارس/آذار 2017")
    )
    md_head_re = re.compile(rf"(?<![a-z])(?P<month>{_trie(month_first)})(?![a-z0-9])(?:\.\s*|\s+)(?:the\s+)?$")  # ("Sept.2")
    md_tail_re = re.compile(
        rf"(?P<day>{DAY})(?:st|nd|rd|th)?(?![\d]|[:.,]\d)(?:{joiner}(?P<to>[0-3]?\d)(?:st|nd|rd|th)?(?!\d))?"
        rf"(?:(?:\s*,?\s*|\s*[\u2013\u2014]\s*|\s+-\s+)(?P<year>{YEAR})(?!\d))?"  # ("November 15 – 2014")
    )
    my_head_re = re.compile(
        rf"(?<![a-z])(?P<month>{month_names})(?![a-z0-9])\.?\s*(?:[,/]\s*|(?:{_alt(data['year_links'])})\s+)?$"
    )
    fillers = merged("fillers")
    filler_tail = rf"(?:\s+(?:{_alt(fillers)}))*\s*$"

    def tail(key: str) -> re.Pattern | None:
        words = merged(key)
        return re.compile(rf"(?<![a-z'])(?:{_alt(words)}){filler_tail}") if words else None

    def any_of(key: str) -> re.Pattern | None:
        words = merged(key)
        return re.compile(rf"(?<![a-z'])(?:{_alt(words)})(?![a-z])") if words else None

    future_re = any_of("future_markers")
    starts = merged("start_day_after")
    start_after = re.compile(rf"\s*,?\s*(?:{_alt(starts)})(?![a-z])") if starts else None
    link_re = re.compile(rf"\s*\(?\s*(?:[-/]|(?:{_alt(ranges)})(?![a-z]))\s*(?:(?:{_alt(fillers)})\s+)*\Z")
    range_from_re = re.compile(
        rf"(?<![\d/.,:-])(?P<from>[0-3]?\d)\s+(?:{_alt(ranges)})(?:\s+(?:{_alt(fillers)}))*\s+$") if ranges else None
    cues = merged("numeric_cues")
    numeric_cue_re = re.compile(rf"(?<![a-z])(?:{_alt(cues)}|{_trie(weekdays)})[\s,(]*$")
    wd = _trie(weekdays)
    # (a time of day may stand between, hyphenated too: "samedi après-midi 20 janvier")
    weekday_before_re = re.compile(rf"(?<![a-z])(?P<wd>{wd})(?![a-z])(?P<fill>(?:[\s,]+[a-z]+(?:-[a-z]+)?){{0,2}})[\s,(]*$")
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
                 statistic_re, tail("partial_year_cues"), any_of("last_met_cues"), start_after,
                 _md_year_head(months, month_first), any_of("announce_cues"),
                 _words_re([w for c in codes for w in data.get("talks_words", {}).get(c, [])]),
                 _year_first_re(data["year_first_dates"][base], month_names) if base in data.get("year_first_dates", {})
                 else _long_date_re(loc, month_names) if loc is not None and base not in YEAR_MONTH_DAY_NUMERIC else None,
                 _words_re([w for c in codes for w in data.get("tomorrow_words", {}).get(c, [])], whole=True),
                 frozenset(_fold_word(w) for c in ("*", *codes) for w in data["day_prefixes"].get(c, [])), base,
                 re.compile(rf"(?<![a-z0-9])(?:{_trie({**month_first, **months})}){month_end}"),
                 _words_re([w for c in codes for w in data.get("summit_apart_cues", {}).get(c, [])], whole=True),
                 range_from_re)
