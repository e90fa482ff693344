"""Where a news text mentions days, months and years, in its language and in English.

The reading half of :mod:`dates`: with the language's names and cue words (:mod:`date_language`),
the folded copy of the text, and every day, month-year and year mention found in it with what
surrounds it (a range, a period, "since", a target, a name, a weekday). :mod:`dates` decides which
of them, if any, is the event's day and year.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from itertools import accumulate

from ..record import DateFinding
from .date_language import DAY, YEAR, _Lang
from .bikram_dates import BIKRAM_YEARS_FROM, LANGUAGES as BIKRAM_LANGUAGES, bikram_dates
from .solar_dates import solar_dates
from .history_cues import (DOCUMENT_AFTER_RE, DOCUMENT_BEFORE_RE, FOLLOW_UP_BEFORE_CHARS, FOLLOW_UP_BEFORE_RE,
                          LAST_YEAR_AFTER_RE, LAST_YEAR_BEFORE_RE, PAST_DAY_AFTER_RE, PLUPERFECT_AFTER_RE, PLUPERFECT_BEFORE_CHARS,
                          PLUPERFECT_BEFORE_RE, RELATIONS_AFTER_RE, RELATIONS_BEFORE_CHARS, RELATIONS_BEFORE_RE,
                          SWORN_IN_BEFORE_CHARS, SWORN_IN_BEFORE_RE, UPHEAVAL_AFTER_CHARS, UPHEAVAL_RE)
from .summits import held_then
from .textutil import CALL_RE, FOLD_TABLE, folds_evenly

# Speed (the archive reads 20 000 articles): two quick scans find where numbers and years
# start (patterns that begin with a plain character class, their look-behind after the
# first character); the date patterns are then only tried at those places.
# Dates whose shape needs no words.
# year-month-day languages that write the year first with month names ("2015. február 18.",
# "2018 m. gruodžio 5 d."): the year before the month (Chinese, Japanese and Korean: CJK_DATE_RE)
CLAUSE_BREAK_RE = re.compile(r"[,;:]")  # (folded) the end of a day's clause, after it
YEAR_BEFORE_RE = re.compile(rf"(?<!\d)(?P<year>{YEAR})\s*\.?\s*(?:m\s*\.\s*)?$")
RANGE_FROM_CHARS = 24  # how far before a day and month in figures the day its span starts from is looked for
# (... for a day and month without a year: one written with its year, "từ ngày 4 đến 6/12/2022",
#  "… 13/12 năm 2023", is read as before, its last day)
YEAR_SOON_AFTER_RE = re.compile(r"\D{0,8}(?:19|20)\d\d(?!\d)")
WEEKDAY_BEFORE_CHARS = 40  # a weekday this close before a day is written with it
# (not part of a longer number: no digit, slash or hyphen before it, nor a dot after a digit; a
# dot after a sentence's end is no number's: "인사하고 있다. .2013.6.27.<청와대사진기자단>")
ISO_RE = re.compile(
    r"(?P<year>(?:1[89]|20)(?<![\d/-]..)(?<!\d\...)\d\d)(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)"
)
NUMERIC_RE = re.compile(
    rf"(?P<day>{DAY})(?:\s*-\s*(?P<to>[0-3]?\d)(?=[/.]))?(?P<sep>[/.])(?P<month>[0-3]?\d)"
    r"(?:(?P=sep)(?P<year>\d{4}|\d\d))?"
    r"(?:\s*-\s*(?P<day2>[0-3]?\d)(?P=sep)(?P<month2>[0-3]?\d)(?:(?P=sep)(?P<year2>\d{4}|\d\d))?)?"
    r"(?![\d/]|[.,:]\d)"
)
# "30. 7. 2016": day, month and year with a dot and a space after each of the first two (Slovenian,
# Czech, Slovak, Croatian, German pages): always day first, and only with its year (no decimal has it)
# a date written year first with a space after each dot, as Korean and Hungarian write them ("2018. 6. 22.",
# "2016. 05. 14.")
SPACED_YMD_RE = re.compile(r"(?P<year>(?:1[89]|20)\d\d)\.\s(?P<month>[01]?\d)\.\s(?P<day>[0-3]?\d)(?!\d)\.?")
SPACED_DMY_RE = re.compile(rf"(?P<day>{DAY})\.\s(?P<month>[01]?\d)\.\s(?P<year>{YEAR})(?![\d.]\d|\d)")
# a full date glued to the word before it, two digits each for the day and month ("Серов31.07.2016")
GLUED_DMY_RE = re.compile(r"(?<=[a-z])(?P<day>[0-3]\d)\.(?P<month>[01]\d)\.(?P<year>(?:19|20)\d\d)(?![\d.]\d|\d)")
# an agency's name in capitals after "by", run into the day it was written: "by VNA22 January 2024"
BYLINE_AGENCY_RE = re.compile(r"(?<![^\W\d_])[Bb]y\s+[A-Z]{2,8}$")
BYLINE_AGENCY_CHARS = 12
# a day glued to the word before it, followed by a month's name and a year ("زاجل نيوز13 مارس 2017",
# folded "nywz13 mrs 2017": a site's name and its date line run together)
GLUED_DAY_RE = re.compile(r"(?=\d)(?<=[a-z]{3})[0-3]?\d(?![\d.,:/])")  # (a digit looked for first)
# "09-13-2017": month, day and year with dashes, read only when the day cannot be a month
DASH_MDY_RE = re.compile(rf"(?P<month>{DAY})-(?P<day>1[3-9]|2\d|3[01])-(?P<year>(?:19|20)\d\d)(?![\d-]|[.,]\d)")
# "Sáng nay, 12-11", "ngày 12-11-2017": day-month with dashes, read only after a cue word
DASH_DM_RE = re.compile(rf"(?P<day>{DAY})-(?P<month>[01]?\d)(?:-(?P<year>(?:19|20)\d\d))?(?![\d-]|[.,]\d)")
# Chinese / Japanese / Korean after folding: 2024年3月4日 -> 2024nian3yue4ri,
# 2024년 3월 4일 -> 2024nyeon 3wol 4il
# Japan's era years after folding: 平成29年 -> pingcheng29nian (2017), 令和元年 -> lingheyuannian (2019)
JAPANESE_ERAS = {"zhaohe": 1925, "pingcheng": 1988, "linghe": 2018}  # 昭和, 平成, 令和: the year before year 1
ERA_YEAR = r"(?P<era>zhaohe|pingcheng|linghe)\s*(?P<era_year>[1-9]\d?|yuan)"
CJK_DATE_RE = re.compile(
    rf"(?:(?:(?P<year>{YEAR})|{ERA_YEAR})\s*(?:nian|nyeon)\s*)?(?<!\d)(?P<month>[01]?\d)\s*(?:yue|wol)"
    r"\s*(?P<day>[0-3]?\d)\s*(?:ri|il|hao)"
    # (a span of days of that month: "7月7日～8日", "6月1日から3日", "6月1日至3日", "3월 4일~5일")
    r"(?:\s*(?:[~〜～∼–-]|zhi|dao|kara|buteo)\s*(?P<to>[0-3]?\d)\s*(?:ri|il|hao))?"
)
CJK_MONTH_RE = re.compile(
    rf"(?P<year>{YEAR})\s*(?:nian|nyeon)\s*(?P<month>[01]?\d)\s*(?:yue|wol)(?!\s*[0-3]?\d\s*(?:ri|il|hao))"
)
# Chinese, Japanese and Korean news name the event's day of the current month alone: "安倍首相は
# 15日、", "문재인 대통령이 9일", "9~11일", "6∼7일" (its first day); not "15日間" (for 15 days), "3日目",
# "일본" (Japan), "日・ベトナム" (Japan-Vietnam, after a photo's number), nor the day of a written
# month ("10月4日", read above).
# (a span of them: "9~11일", "5일 - 6일간", "23日至27日", "23日から27日", "5일부터 6일까지")
# (not after a day and a range word: "6月1日から3日まで", "6月1日至3日" end a span of another month's
#  days; "10月4~5日" is the 5th, the talks' day)
DAY_OF_MONTH_RE = re.compile(
    r"(?<![\d月월年년./第编編-])(?<![\d月월年년/-]\s)(?<!\d\.\s)(?<![日일]から)(?<![日일][至到~〜～∼])(?<!일부터)(?<!일부터\s)(?P<day>[0-3]?\d)(?:\s*(?:[日일]\s*)?(?:[~〜～∼–-]|至|到|から|부터)\s*"
    r"(?P<last>[0-3]?\d))?\s?[日일号號]"
    r"(?(last)(?![本間间째目线線楼樓院房车車机機码碼内內]|以[内內]|・\D)|(?![本間间간째目线線楼樓院房车車机機码碼内內]|以[内內]|・\D))")
# ("3일간", three days; "1日内", "7日以内", within a day or a week; "5일 - 6일간", during them; spoken Chinese writes the day "12号", not "1号线", a
#  metro line, "第3号", a number)
DAY_OF_MONTH_LANGS = frozenset({"zh", "ja", "ko"})
# Taiwan's and Hong Kong's papers write the day of the month in brackets after "today" or "yesterday":
# "今(7)日", "昨（6）日" (the 6th, yesterday), "前(5)日"
BRACKETED_DAY_RE = re.compile(r"(?<=[今昨前])[(（](?P<day>[0-3]?\d)[)）]\s?日")
NUMBER_RE = re.compile(rf"{DAY}(?!\d)")  # where day numbers start
YEAR_TOKEN_RE = re.compile(r"(?:1[89]|20)(?<!\d..)\d\d(?!\d)")  # where years start
BARE_YEAR_RE = re.compile(r"(?P<year>(?:1[89]|20)(?<![\d.,/]..)\d\d)(?![\d]|[.,]\d)")
URL_IN_TEXT_RE = re.compile(r"(?:https?://|www\.)\S+")
# (not after a title's abbreviation: "Iranian President Dr. Ibrahim Raisi will make …" is one sentence)
# ("Marcos Jr." often ends a sentence: not listed)
TITLE_ABBREVIATIONS = ("dr", "mr", "mrs", "ms", "prof", "gen", "sen", "gov", "col", "lt", "capt", "amb", "hon", "h.e")
# (the full stop looked for first: the abbreviations' look-behinds tried at every character cost more than
#  the rest of the date's reading)
SENTENCE_END_RE = re.compile(r"(?=\.\s)" + "".join(rf"(?<!\b{re.escape(a)})" for a in TITLE_ABBREVIATIONS)
                             + r"\.|[;!?](?=\s)|\n")
# Chinese and Japanese end a sentence with "。", "！" or "？" and no space: their folded copy runs on
# ("…beijing.zuori…"), so those ends are read in the original
WIDE_SENTENCE_END_RE = re.compile(r"[。！？；]")
WORD_END_RE = re.compile(r"[a-z]+$")
WORD_BEFORE_RE = re.compile(r"(?P<word>[a-z][a-z'.]*)\s+$")

WINDOW = 48  # characters looked at before a mention for its cue words


# Dates in Chinese or Japanese numerals, written digit by digit ("二〇一五年三月一四日") or with 十 for
# the tens ("三月十四日", "十二月二十日"): read as their figures, one character for one (a number that
# would not fit, "十日", "二十一日", keeps its characters; a numeral alone, "一日も早く", is a word)
KANJI_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
KANJI_YEAR_RE = re.compile(r"[〇零一二三四五六七八九]{4}(?=年)")
KANJI_MONTH_DAY_RE = re.compile(r"(?P<month>十[一二]|[一二三四五六七八九])月(?P<day>[〇零一二三四五六七八九十]{1,3})日")
# a dateline's day and month in figures: "Jakarta, 12/12 (ANTARA) -" (folded)
DATELINE_CITY_BEFORE_RE = re.compile(r"[a-z.)],\s?$")
DATELINE_AGENCY_AFTER_RE = re.compile(r"\s*\([^()\n\d]{2,30}\)\s*[-–—]")
SPOKEN_DAY_MARK_RE = re.compile(r"(月\s?[0-3]?\d)[号號]")
KANJI_TENS_RE = re.compile(r"^(?:十(?P<ones>[一二三四五六七八九])|(?P<tens>[二三])十)$")


def _kanji_number(written: str) -> str:
    """Figures for a number in Chinese numerals, of the same length; the characters when none fit."""
    if "十" not in written:
        return written.translate(KANJI_DIGITS)
    tens = KANJI_TENS_RE.match(written)  # ("十四" -> "14", "二十" -> "20"; the months 十一, 十二 too)
    if tens is None:
        return written
    return "1" + tens["ones"].translate(KANJI_DIGITS) if tens["ones"] else tens["tens"].translate(KANJI_DIGITS) + "0"


def _kanji_date(match: re.Match) -> str:
    return f"{_kanji_number(match['month'])}月{_kanji_number(match['day'])}日"


THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
THAI_MONTHS = ("มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
               r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.")
# a year of the Buddhist era, as Thai writes it after a month or "พ.ศ." ("7 กันยายน 2560": 2017)
THAI_BE_YEAR_RE = re.compile(rf"(?:(?:{THAI_MONTHS})\s*|พ\.ศ\.\s*)(?P<year>25\d\d)(?!\d)")
BUDDHIST_ERA_OFFSET = 543
THAI_SCRIPT_RE = re.compile("[\u0e00-\u0e7f]")


def _with_thai_years(text: str) -> str:
    """``text`` with Thai digits in figures and the Buddhist era's years after a month in the common
    era's (same length)."""
    text = text.translate(THAI_DIGITS)
    return THAI_BE_YEAR_RE.sub(lambda m: m.group()[:m.start("year") - m.start()]
                               + str(int(m.group("year")) - BUDDHIST_ERA_OFFSET), text)


def _with_kanji_figures(text: str) -> str:
    """``text`` with the dates it writes in Chinese numerals in figures (same length), and the day
    spoken Chinese marks with 号 marked with 日 ("5月12号": "5月12日")."""
    if "号" in text or "號" in text:
        text = SPOKEN_DAY_MARK_RE.sub(lambda m: m.group(1) + "日", text)
    if "年" in text:
        text = KANJI_YEAR_RE.sub(lambda m: m.group().translate(KANJI_DIGITS), text)
    return KANJI_MONTH_DAY_RE.sub(_kanji_date, text) if "月" in text else text


class _Text:
    """The original text, its folded copy and the way back from one to the other."""

    __slots__ = ("orig", "folded", "_starts", "_sentences", "_future", "_years", "_call_lead")

    def __init__(self, orig: str) -> None:
        self.orig = orig
        # URLs are blanked (same length) so that their digits are not read as dates.
        scan = orig
        if "://" in orig or "www." in orig:
            scan = URL_IN_TEXT_RE.sub(lambda m: " " * len(m.group()), orig)
        scan = _with_kanji_figures(scan)
        if THAI_SCRIPT_RE.search(scan):
            scan = _with_thai_years(scan)
        if scan.isascii():
            self.folded, self._starts = scan.lower(), None
        else:
            folded = scan.translate(FOLD_TABLE)
            self.folded = folded
            if len(folded) == len(scan) and folds_evenly(scan):
                self._starts = None
            else:
                # where each original character's folding starts in the folded copy
                lengths = map(len, map(FOLD_TABLE.__getitem__, map(ord, scan)))
                self._starts = list(accumulate(lengths, initial=0))[:-1]
        self._sentences: list[int] | None = None
        self._future: dict[int, bool] = {}
        self._years: list[int] | None = None
        self._call_lead: bool | None = None

    def year_positions(self) -> list[int]:
        if self._years is None:
            self._years = [m.start() for m in YEAR_TOKEN_RE.finditer(self.folded)]
        return self._years

    def to_orig(self, pos: int) -> int:
        if self._starts is None:
            return pos
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def to_folded(self, pos: int) -> int:
        """Where the original character at ``pos`` starts in the folded copy."""
        if self._starts is None:
            return pos
        return self._starts[pos] if pos < len(self._starts) else len(self.folded)

    def orig_span(self, start: int, end: int) -> str:
        if self._starts is None:
            return self.orig[start:end]
        # (from the first character folded at ``start``: "الأربعاء", whose alif folds to nothing, not "لأربعاء")
        first = bisect.bisect_left(self._starts, start) if start < len(self.folded) else self.to_orig(start)
        return self.orig[min(first, self.to_orig(start)): self.to_orig(max(start, end - 1)) + 1]

    def sentence(self, pos: int) -> tuple[int, int, int]:
        if self._sentences is None:
            ends = [m.end() for m in SENTENCE_END_RE.finditer(self.folded)]
            wide = [self.to_folded(m.end()) for m in WIDE_SENTENCE_END_RE.finditer(self.orig)]
            self._sentences = sorted(set(ends + wide)) if wide else ends
        i = bisect.bisect_right(self._sentences, pos)
        start = self._sentences[i - 1] if i else 0
        end = self._sentences[i] if i < len(self._sentences) else len(self.folded)
        return i, start, end

    def history_before(self, pos: int, last_met_re: re.Pattern | None) -> bool:
        """Whether the sentence of ``pos`` tells what comes at it as history before it ("they last
        met on …", "as reported, yesterday …": an earlier meeting's or report's day)."""
        return last_met_re is not None and last_met_re.search(self.folded, self.sentence(pos)[1], pos) is not None

    def another_call(self, pos: int, lead_end: int) -> bool:
        """Whether the sentence of ``pos``, past the text's opening (``lead_end``: its headline and the
        lead's first sentence), tells of a phone or video call in a report whose opening names none
        ("Putin and Merkel keep in touch: on 11 May they held a phone conversation"): the call's day
        is not the meeting's."""
        if pos < lead_end:
            return False
        _, start, end = self.sentence(pos)
        if CALL_RE.search(self.orig, self.to_orig(start), self.to_orig(max(start, end - 1)) + 1) is None:
            return False
        if self._call_lead is None:
            self._call_lead = CALL_RE.search(self.orig, 0, self.to_orig(lead_end)) is not None
        return not self._call_lead

    def future_sentence(self, pos: int, future_re: re.Pattern | None) -> bool:
        if future_re is None:
            return False
        i, start, end = self.sentence(pos)
        if i not in self._future:
            self._future[i] = future_re.search(self.folded, start, end) is not None
        return self._future[i]

    def future_near(self, pos: int, end: int, future_re: re.Pattern | None, after: int) -> bool:
        """Whether the sentence of ``pos`` speaks of what is to come before ``end`` or within
        ``after`` characters of it ("will meet on Friday"; with ``after`` 0, not "arrived on Friday
        for a trip that will take him to ...")."""
        if not self.future_sentence(pos, future_re):
            return False
        _, start, stop = self.sentence(pos)
        if future_re.search(self.folded, start, end) is not None:
            return True
        # (after the day, only within its clause: not "signed it on Thursday, as he said they will")
        limit = min(stop, end + after)
        clause = CLAUSE_BREAK_RE.search(self.folded, end, limit)
        return future_re.search(self.folded, end, clause.start() if clause else limit) is not None


# A span of days written in the headline or lead ("2 au 4 novembre 2013", "July 9th-11th",
# "26-27 февраля"): the visit's days, not one. Its first day was the event's in 6 of 14 such
# reports of the development sets (the talks are as often on the second or a middle day): the
# report is given the span (``DateFinding.around``), and the day of its event when its other
# reports tell one within it (see dates and office_dates).
SPAN_SOURCES = ("lead", "body")
SPAN_MAX_DAYS = 31  # (a longer one is no visit's)
LEAP_YEAR = 2000  # (a span written without a year is measured in a leap year: "28/2 - 1/3" may hold 29/2)


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
    # a span of days ("4-6 April", "8 - 11.7.2017", "29 November-2 Desember"): its last day's
    # (month, day), on the start
    to: tuple[int, int] | None = None
    since: bool = False  # "sejak 4 Maret", "compared with ..." (day mentions)
    ctx: str = ""  # month/year mentions: past, past-strong, future, name, neutral
    read_as: str = ""  # the relative words a dateline's day was moved by ("yesterday"), for the evidence

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

    def add(m: re.Match, year, month, day, start: int | None = None, end: int | None = None,
            to: tuple[int, int] | None = None) -> None:
        start = m.start() if start is None else start
        end = m.end() if end is None else end
        if (not (1 <= month <= 12) or not (1 <= day <= 31) or not _valid_day(month, day)
                or (year is not None and _mkdate(year, month, day) is None)):
            invalid.append((start, end))  # not a date, and its month-year is none either
            return
        last = m.groupdict().get("to")
        if to is None and last and day < int(last) <= 31 and _valid_day(month, int(last)):
            to = (month, int(last))  # ("20-23 Juni", "March 4-6", "8 - 11.7.2017")
        found.append(_Mention("day", start, end, year, month, day, to=to))

    for pos in t.year_positions():
        m = ISO_RE.match(folded, pos) or SPACED_YMD_RE.match(folded, pos)
        if m is not None:
            add(m, int(m["year"]), int(m["month"]), int(m["day"]))
        if lx.numeric_order != "ymd" and pos >= 7 and folded[pos - 1] == ".":
            m = GLUED_DMY_RE.match(folded, pos - 6)  # ("Борис Серов31.07.2016": a byline, its date glued on)
            if m is not None:
                add(m, int(m["year"]), int(m["month"]), int(m["day"]))
    for m, when in solar_dates(t.orig, folded):  # ("۲۶ خرداد ۱۴۰۱": Iran's and Afghanistan's calendar)
        add(m, when.year, when.month, when.day)
    for m, when in bikram_dates(folded, lx.code):  # ("१८ मंसिर, २०८१": Nepal's calendar)
        add(m, when.year, when.month, when.day)
    cjk = "yue" in folded or "wol" in folded
    for m in CJK_DATE_RE.finditer(folded) if cjk else ():
        add(m, int(m["year"]) if m["year"] else _era_year(m), int(m["month"]), int(m["day"]))
    if lx.long_date_re is not None:  # ("2016. gada 14. maijs", "2016 ж. 14 мамыр": the language's long date)
        for m in lx.long_date_re.finditer(folded):
            add(m, int(m["year"]), lx.months.get(" ".join(m["month"].split()), 0), int(m["day"]))
    numbers = [pos for pos in (m.start() for m in NUMBER_RE.finditer(folded)) if _free_number(folded, pos, lx)]
    for pos in numbers:
        m = lx.dm_re.match(folded, pos)
        if m is not None:
            year = m["year"] or m["hyphen_year"]
            add(m, int(year) if year else None, lx.months.get(" ".join(m["month"].split()), 0), int(m["day"]))
        head = lx.md_head_re.search(folded, max(0, pos - 24), pos) if _word_before(folded, pos) else None
        if head is not None:
            m = lx.md_tail_re.match(folded, pos)
            if m is not None:
                month = lx.md_months.get(" ".join(head["month"].split()), 0)
                year = int(m["year"]) if m["year"] else None
                before = YEAR_BEFORE_RE.search(folded, max(0, head.start() - 12), head.start()) \
                    if year is None and lx.numeric_order == "ymd" else None
                if before is not None:  # "2015. februar 18.": the year written first
                    add(m, int(before["year"]), month, int(m["day"]), before.start())
                else:
                    add(m, year, month, int(m["day"]), head.start())
        elif lx.md_year_head_re is not None and _word_before(folded, pos):
            head = lx.md_year_head_re.search(folded, max(0, pos - 24), pos)
            m = lx.md_tail_re.match(folded, pos) if head is not None else None
            if m is not None and m["year"] and "," in folded[m.start():m.end()]:
                add(m, int(m["year"]), lx.months.get(" ".join(head["month"].split()), 0), int(m["day"]), head.start())
    for glued in GLUED_DAY_RE.finditer(folded):  # (a whole date only: a day, a month's name, a year)
        pos = glued.start()
        m = lx.dm_re.match(" " + folded[pos:pos + 48], 1)
        year = (m["year"] or m["hyphen_year"]) if m is not None else None
        if year and not _capitals_before(t, pos):
            add(m, int(year), lx.months.get(" ".join(m["month"].split()), 0), int(m["day"]), pos, pos + m.end() - 1)
    # (a language that writes its figures year first reads a day and month in figures only with the
    #  year written last, "17.06.2022": a day-first site's template, so day first)
    year_last_only = lx.numeric_order == "ymd"
    for pos in numbers:
        m = NUMERIC_RE.match(folded, pos)
        if m is None:
            spaced = SPACED_DMY_RE.match(folded, pos)
            if spaced is not None:
                add(spaced, int(spaced["year"]), int(spaced["month"]), int(spaced["day"]))
            continue
        if year_last_only and (m["year"] is None or len(m["year"]) != 4 or m["day2"] is not None):
            continue
        cue = lx.numeric_cue_re.search(folded, max(0, pos - 24), pos) or _agency_dateline(folded, pos, m.end())
        first = lx.range_from_re.search(folded, max(0, pos - RANGE_FROM_CHARS), pos) \
            if lx.range_from_re is not None and not m["to"] and m["day2"] is None and m["year"] is None \
            and not YEAR_SOON_AFTER_RE.match(folded, m.end()) else None
        if first is not None and not lx.numeric_cue_re.search(folded, max(0, first.start() - 24), first.start()):
            first = None  # (the day it starts from after a cue too: "từ ngày 25 đến 27/5")
        cue = cue or first
        if m["sep"] == "." and m["year"] is None and (cue is None or m["day2"] is not None):
            continue  # 4.85, 1.1: decimals, not dates ("Chiều 16.4" is one: a cue comes before)
        ranged = m["day2"] is not None
        if m["year"] is None and not m["year2"] and not ranged and cue is None:
            continue  # a bare 24/7 or 1/2 needs "tanggal", "ngày", a weekday... before it
        a, b = int(m["day"]), int(m["month"])
        order = "dmy" if year_last_only else lx.numeric_order
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
        if m["year"] and month > 12 >= day and not ranged:
            day, month = month, day  # "09/13/2017" on a day-first page: a month first, as only it can be
        year = _full_year(m["year"])
        if year is None and m["year2"]:  # 29/12-2/1/2022: the year is written at the end
            end_month = int(m["month2"]) if order == "dmy" else int(m["day2"])
            year = _full_year(m["year2"]) - (1 if month > end_month else 0)
        to = None
        if m["day2"]:  # ("29/11-2/12/2021": the span's last day written whole)
            last = (int(m["month2"]), int(m["day2"])) if order == "dmy" else (int(m["day2"]), int(m["month2"]))
            to = last if 1 <= last[0] <= 12 and _valid_day(*last) else None
        if first is not None and 1 <= int(first["from"]) < day:
            # ("từ ngày 25 đến ngày 27/5": the span from the day written alone to the day and month)
            add(m, year, month, int(first["from"]), start=first.start("from"), to=(month, day))
            continue
        add(m, year, month, day, to=to)
    if "-" in folded:  # "Rabu (27-7)" after a cue where the day comes first; "23-08-2018" wherever
        for pos in numbers:  # its day cannot be a month
            m = DASH_DM_RE.match(folded, pos)
            if m is None or any(x.start <= pos < x.end for x in found):
                continue
            if int(m["month"]) > 12:  # "09-13-2017": a month first, as only it can be
                mdy = DASH_MDY_RE.match(folded, pos)
                if mdy is not None:
                    add(mdy, int(mdy["year"]), int(mdy["month"]), int(mdy["day"]))
                    continue
            if (lx.numeric_order == "dmy" and (m["year"] or lx.numeric_cue_re.search(folded, max(0, pos - 24), pos))) \
                    or (m["year"] and (int(m["day"]) > 12 or year_last_only)):
                year, month, day = int(m["year"]) if m["year"] else None, int(m["month"]), int(m["day"])
                first = lx.range_from_re.search(folded, max(0, pos - RANGE_FROM_CHARS), pos) \
                    if lx.range_from_re is not None else None
                if first is not None and 1 <= int(first["from"]) < day and _valid_day(month, day) \
                        and lx.numeric_cue_re.search(folded, max(0, first.start() - 24), first.start()):
                    # ("từ ngày 1 đến 3-10-2024": the span from the day written alone, after a cue, to that day)
                    add(m, year, month, int(first["from"]), start=first.start("from"), to=(month, day))
                    continue
                add(m, year, month, day)
    return found, invalid


def _agency_dateline(folded: str, start: int, end: int) -> re.Match | None:
    """A day and month in figures between a dateline's city and its agency ("Jakarta, 12/12
    (ANTARA) -", "New Delhi, 12/12 (Antara Maluku) -"): a date, as after a cue word."""
    if not DATELINE_CITY_BEFORE_RE.search(folded, max(0, start - 3), start):
        return None
    return DATELINE_AGENCY_AFTER_RE.match(folded, end)


def day_or_span(m: _Mention, when: date, words: str, inferred: bool, how: str,
                published: str | None = None) -> DateFinding:
    """The finding of the day ``m`` names (on ``when``), or, when it starts a span of days the
    headline, lead or body gives ("8 - 11.7.2017"), of that span: a visit's days, which of them
    is the talks' the text does not say."""
    last = span_last(m, when) if how in SPAN_SOURCES else None
    if last is not None:
        return DateFinding(None, words, inferred, "span", published=published,
                           around=(when.isoformat(), last.isoformat()))
    return DateFinding(when.isoformat(), words, inferred, how, published=published)


def in_leap_year(m: _Mention) -> date:
    """The day and month of ``m`` (written without a year) in :data:`LEAP_YEAR`, where a span
    of days is measured ("28/2 - 1/3" may hold 29/2)."""
    return date(LEAP_YEAR, m.month, m.day)


def span_last(m: _Mention, when: date) -> date | None:
    """The last day of the span of days ``m`` starts (on ``when``), when it is one of a month at most."""
    if m.to is None:
        return None
    month, day = m.to
    last = _mkdate(when.year + (1 if (month, day) < (when.month, when.day) else 0), month, day)
    return last if last is not None and 0 < (last - when).days <= SPAN_MAX_DAYS else None


def _word_before(folded: str, pos: int) -> bool:
    """Is there a word (not a number or a bracket) right before ``pos``? Saves regex calls."""
    i = pos - 1
    while i >= 0 and folded[i] in " \t,/":
        i -= 1
    return i >= 0 and (folded[i].isalnum() or folded[i] == ".")


def _capitals_before(t: _Text, pos: int) -> bool:
    """Is the number at ``pos`` (folded) glued to a word in capitals ("COVID19", "G20"): a name's part?
    Not an agency's name after "by", a byline run into its date ("by VNA22 January 2024")."""
    start = t.to_orig(pos)
    word = t.orig[max(0, start - 3):start]
    return word.isupper() and BYLINE_AGENCY_RE.search(t.orig, max(0, start - BYLINE_AGENCY_CHARS), start) is None


def _free_number(folded: str, pos: int, lx: _Lang) -> bool:
    """A number glued to a word by a hyphen is part of it (``ke-30``), unless the word is a
    month ending a range (``29 November-2 Desember``) or makes a day of it (``ika-22 ng Hunyo``,
    Hebrew ``ב-16 ביוני``, on the 16th of June)."""
    if pos < 2 or folded[pos - 1] != "-" or not folded[pos - 2].isalpha():
        return True
    word = WORD_END_RE.search(folded, max(0, pos - 24), pos - 1)
    return word is not None and (word.group() in lx.months or word.group() in lx.day_prefixes)


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
    own_calendar = lx.code in BIKRAM_LANGUAGES
    for pos in t.year_positions():
        year = int(folded[pos:pos + 4])
        if own_calendar and year >= BIKRAM_YEARS_FROM:
            continue  # ("२०८१ सालमा": a year of Nepal's calendar, 2024-25, not one of the Gregorian)
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


def _era_year(m: re.Match) -> int | None:
    """The Gregorian year of a Japanese era year ("平成29年": 2017; "元年" is its first year)."""
    if not m["era"]:
        return None
    return JAPANESE_ERAS[m["era"]] + (1 if m["era_year"] == "yuan" else int(m["era_year"]))


def day_of_month_mentions(t: _Text, lang: str | None, lo: int, hi: int,
                          mentions: list[_Mention]) -> list[tuple[int, int, int, int]]:
    """Days of the month written alone ("15日", "9일") between folded offsets ``lo`` and ``hi``,
    in Chinese, Japanese and Korean: (folded start, folded end, day, last day of a range). Days of a written month
    (``mentions``) are not among them."""
    if (lang or "").split("-")[0] not in DAY_OF_MONTH_LANGS:
        return []
    taken = [(m.start, m.end) for m in mentions if m.kind == "day"]
    found = []
    span = (t.to_orig(lo), t.to_orig(max(lo, hi - 1)) + 1)
    for m in sorted((*DAY_OF_MONTH_RE.finditer(t.orig, *span), *BRACKETED_DAY_RE.finditer(t.orig, *span)),
                    key=lambda m: m.start()):
        start, end = t.to_folded(m.start()), t.to_folded(m.end())
        day = int(m["day"])
        last = int(m["last"]) if m.re is DAY_OF_MONTH_RE and m["last"] else day
        if 1 <= day <= last <= 31 and not any(a <= start < b for a, b in taken):
            found.append((start, end, day, last))
    return found


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
            if b.month is not None and b.day is not None and (a.to is None):
                a.to = (b.month, b.day)
            a.ev_end = b.end
        else:
            a.period = b.period = True
            if a.year is not None and b.year is not None and b.year > a.year:
                b.span_from = a.year
                b.span_start = a.start


def _classify(t: _Text, lx: _Lang, mentions: list[_Mention], lead_end: int) -> None:
    """Each mention's role (history, a plan, a period, a name...); ``lead_end``: where the text's
    opening ends (a call named there may be the report's own event: see :meth:`_Text.another_call`)."""
    folded = t.folded
    opening = t.orig[:t.to_orig(lead_end)]  # (the headline and lead, where a summit named may be the report's own)
    for m in mentions:
        lo = max(0, m.start - WINDOW)
        if m.kind == "day":
            if lx.past_day_re is not None and lx.past_day_re.search(folded, lo, m.start):
                m.since = True
            elif t.history_before(m.start, lx.last_met_re):
                m.since = True  # "they last met in Washington on 11 September": history
            elif t.another_call(m.start, lead_end):
                m.since = True  # "11 мая они провели телефонный разговор": another engagement
            elif m.start >= lead_end and m.when is not None and held_then(
                    t.orig[t.to_orig(max(t.sentence(m.start)[1], lo)):t.to_orig(m.start)], opening, m.when):
                m.since = True  # "… trafen sich beim G-20-Gipfel am 10. September 2023": an earlier summit's day
            elif lx.start_after_re is not None and lx.start_after_re.match(folded, m.end):
                m.since = True  # "1 मार्च, 2016 से" (from 1 March 2016): when a measure starts
            elif DOCUMENT_BEFORE_RE.search(folded, lo, m.start) or DOCUMENT_AFTER_RE.match(folded, m.end):
                m.since = True  # "the declaration of 27 April", "декларацию 27 апреля": a document's day
            elif SWORN_IN_BEFORE_RE.search(folded, max(0, m.start - SWORN_IN_BEFORE_CHARS), m.start):
                m.since = True  # "sworn in as the Prime Minister on Sept 5": a term's first day
            elif PLUPERFECT_BEFORE_RE.search(folded, max(0, m.start - PLUPERFECT_BEFORE_CHARS), m.start) or (
                    lx.code in PLUPERFECT_AFTER_RE and PLUPERFECT_AFTER_RE[lx.code].match(folded, m.end)):
                m.since = True  # "qui avait été l'invité d'honneur pour le défilé du 14 juillet": an earlier day
            elif FOLLOW_UP_BEFORE_RE.search(folded, max(0, m.start - FOLLOW_UP_BEFORE_CHARS), m.start):
                m.since = True  # "para dar seguimiento a la reunión sostenida … el 16 de noviembre": an earlier meeting
            elif RELATIONS_BEFORE_RE.search(folded, max(lo, m.start - RELATIONS_BEFORE_CHARS), m.start) \
                    or RELATIONS_AFTER_RE.match(folded, m.end):
                m.since = True  # "… establecieron relaciones diplomáticas el pasado 1 de mayo": history
            elif UPHEAVAL_RE.search(folded, lo, min(len(folded), m.end + UPHEAVAL_AFTER_CHARS)):
                m.since = True  # "le 16 juillet 2016 (lendemain du putsch manqué)": history
            elif m.year is None and (LAST_YEAR_AFTER_RE.match(folded, m.end) or LAST_YEAR_BEFORE_RE.search(
                    t.orig, max(0, t.to_orig(m.start) - 4), t.to_orig(m.start))):
                m.since = True  # "el 18 de julio del año pasado": last year's, not the event's
            elif m.year is None and m.start >= lead_end and PAST_DAY_AFTER_RE.match(folded, m.end):
                m.since = True  # "… depuis l'élection de M. Saied le 23 octobre dernier": an earlier day
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


def weekday_before(t: _Text, lx: _Lang, start: int) -> tuple[int, int] | None:
    """(weekday, where it starts) of a weekday written right before the day at ``start`` ("Jumat
    (10/5/2017)", "Friday, 12 May", "am Dienstag, 5."), if any."""
    before = lx.weekday_before_re.search(t.folded, max(0, start - WEEKDAY_BEFORE_CHARS), start)
    if before is None:
        return None
    fill = before["fill"].replace(",", " ").split()
    if fill and fill[0] in lx.not_weekday_after:
        return None
    weekday = lx.weekdays.get(" ".join(before["wd"].split()))
    return None if weekday is None else (weekday, before.start())


def _attach_weekday(t: _Text, lx: _Lang, m: _Mention) -> None:
    folded = t.folded
    before = weekday_before(t, lx, m.start)
    if before is not None:
        m.weekday, m.ev_start = before
        return
    after = lx.weekday_after_re.match(folded, m.ev_end, min(len(folded), m.ev_end + 24))
    if after is not None:
        m.weekday = lx.weekdays.get(" ".join(after["wd"].split()))
        m.ev_end = after.end()


# --- a mention as evidence -----------------------------------------------------------------


def _inside(m: _Mention, spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start < b for a, b in spans)


def _undated(t: _Text, m: _Mention, published: str | None, how: str = "none", spans: bool = False) -> DateFinding:
    """A day and month whose year nothing supports: kept (it can still link), no year guessed;
    ``how``: "dateline" when it is a dateline's (the day the report was written). With ``spans``
    (a mention of the headline, lead or body), the last day of the span of days it starts, if any
    ("28/6 đến ngày 01/7"): its event's year makes it a span."""
    last = span_last(m, in_leap_year(m)) if spans and m.to is not None else None
    return DateFinding(None, _words_of(t, m), False, how, month_day=f"{m.month:02d}-{m.day:02d}",
                       weekday=m.weekday, published=published,
                       month_day_to=f"{last.month:02d}-{last.day:02d}" if last is not None else None)


def _words_of(t: _Text, m: _Mention) -> str:
    """The evidence words: the mention with its weekday, tidy at the edges."""
    end = m.ev_end
    span = t.folded[m.ev_start:end]
    if span.count("(") > span.count(")") and t.folded[end:end + 1] == ")":
        end += 1
    words = t.orig_span(m.ev_start, end).strip()
    words = words[:-1] if words.endswith((".", ",")) and not words[:-1].endswith(")") else words
    return f"{m.read_as} ({words})" if m.read_as else words
