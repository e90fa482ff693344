"""When and where a page says it was written, and the days read against that: its publication
line (the earliest full date of its publication and update lines) or the date in its address,
datelines ("МОСКВА, 29 ноября. /ТАСС/", "中评社北京11月17日电") and bylines ("by … 8 December 2017"),
and the weekdays and relative days ("on Wednesday", "yesterday", "周六", "hôm qua") that
:mod:`dates` reads against them. Pure: no Pelican.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from ..record import DateFinding
from .date_language import YEAR, _Lang, _alt, _fold_word, _lang, _locale, _trie, _words, relative_days
from .date_mentions import _Mention, _Text, _mentions, _mkdate, _words_of
from .office_dates import days_in_office
from .scripts import UNSPACED_LANGUAGES

# Publication dates in URLs: /2025/05/10/, 2025-05-10, -20250510175614884.htm
URL_PATH_DATE_RE = re.compile(rf"/(?P<year>{YEAR})/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?!\d)")
URL_ISO_DATE_RE = re.compile(rf"(?<!\d)(?P<year>{YEAR})[-_](?P<month>[01]\d)[-_](?P<day>[0-3]\d)(?!\d)")
URL_COMPACT_DATE_RE = re.compile(
    rf"(?<!\d)(?P<year>{YEAR})(?P<month>[01]\d)(?P<day>[0-3]\d)(?P<rest>\d{{0,9}})(?!\d)"
)
URL_MONTH_RE = re.compile(rf"/(?P<year>{YEAR})/(?P<month>[01]?\d)/")
# a publication line written in another language than the text ("Putin meets Nazarbayev in Moscow
# 23 декабря 2014, 20:33"): the languages tried for it, by the script of its letters
STAMP_LANGUAGES_BY_SCRIPT = (
    (re.compile(r"[\u0400-\u04ff]"), ("ru", "uk", "bg", "sr", "mk", "kk")),
    (re.compile(r"[\u0370-\u03ff]"), ("el",)),
    (re.compile(r"[\u0600-\u06ff]"), ("ar", "fa", "ur")),
    (re.compile(r"[a-zA-Z]"), ("en", "fr", "es", "de", "pt", "it", "id", "tr", "pl", "nl", "vi")),
)
STAMP_YEAR_RE = re.compile(rf"(?<!\d){YEAR}(?!\d)")
# a weekday is of what is still to come when a future word stands before it in its sentence, or
# this close after it ("will meet on Friday", "meet on Friday and will sign"); not one far after
# ("met on Wednesday, ahead of a tour which will take him to Iran")
FUTURE_AFTER_CHARS = 40
# a weekday marked as the coming one, by a word after it ("mercoledì e giovedì prossimo", "mardi
# prochain", "el lunes próximo", "ביום רביעי הקרוב") or before it ("next Tuesday", "am kommenden Montag", "el próximo
# lunes"): another day than the one the report tells of, whatever the tense (folded words)
# ... and in more languages: Indonesian and Malay "Selasa depan", "Selasa mendatang", Arabic "الثلاثاء
# المقبل" / "القادم" (lmqbl, lqdm), Persian "آینده" (ayndh); Russian "в следующий вторник", "в ближайшую
# среду", Korean "다음 주 화요일", Turkish "gelecek salı", "önümüzdeki salı", Hindi "अगले मंगलवार" (agle),
# Polish "w przyszły wtorek", Czech "příští úterý", Finnish "ensi tiistaina", Danish, Norwegian and
# Swedish "næste", "neste", "nästa tirsdag"
NEXT_AFTER_WEEKDAY_RE = re.compile(
    r"(?:\s+(?:e|ed|and|et|y|und|i|en|ou|o|or|oder)\s+[a-z-]+)?\s+"
    r"(?:prossim[oa]|prochaine?|proxim[oa]|next|que vient|qui vient|venturo|a venir|hkrvvh?|hv'h?|depan|mendatang|"
    r"lmqbl|lqdm|ayndh)(?![a-z])")
NEXT_BEFORE_WEEKDAY_RE = re.compile(
    r"(?<![a-z])(?:next|coming|kommenden|nachsten|naechsten|prossim[oa]|proxim[oa]|prochaine?|volgende|komende|"
    r"sleduyushch[a-z]*|blizhaysh[a-z]*|daeum ju|daeumju|gelecek|onumuzdeki|agle|przyszl[a-z]*|pristi[a-z]*|ensi|"
    r"naeste|neste|nasta)\s+$")
NEXT_BEFORE_CHARS = 16
# a weekday of the week after the page's ("thứ Ba tuần tới", "Selasa minggu depan", Chinese "下星期二",
# "下周二", Japanese "来週火曜日", Korean "다음 주 화요일"; folded): not the coming such day, which may
# be in the page's own week, but that day of the next week (weeks from Monday)
WEEK_AFTER_AFTER_WEEKDAY_RE = re.compile(r"\s+(?:tuan (?:toi|sau)|minggu depan|minggu hadapan)(?![a-z])")
WEEK_AFTER_BEFORE_WEEKDAY_RE = re.compile(r"(?:(?<![a-z])(?:daeum ju|daeumju)\s+|(?:xia|laizhou))$")
# a weekday a leader set off on, for the country of the visit: "left Japan on Sunday for his tour", "left
# the country on Monday night for Japan", "aliondoka nchini Jumatatu usiku kwenda Japani" (folded): the
# day before the visit's, or days before, no day of its talks
DEPARTURE_BEFORE_WEEKDAY_RE = re.compile(
    r"(?<![a-z])(?:left|departed|flew out of|set off from|bertolak dari|berangkat dari|meninggalkan|aliondoka|"
    r"vyletel iz|otbyl iz|a quitte|ha lasciato|deixou|partiu de|salio de|verliess)"
    r"(?:\s+[^\s.!?]+){0,3}?\s+(?:on\s+|pada\s+|hari\s+|le\s+|am\s+|el\s+|na\s+|v\s+)?$")
DEPARTURE_AFTER_WEEKDAY_RE = re.compile(
    r"(?:\s+(?:night|morning|evening|afternoon|malam|pagi|sore|usiku|asubuhi|jioni|soir|matin|vecherom|utrom))?"
    r",?\s+(?:for|bound for|en route to|menuju|kwenda|pour|per|para|rumbo a|nach|v)(?![a-z])")
DEPARTURE_BEFORE_CHARS = 60
# a weekday, then its day of the month in brackets: "am Dienstag (10.)", "quinta-feira (20)"
WEEKDAY_DAY_RE = re.compile(r"(?:-feira)?\s*\((\d{1,2})\.?\)")
# ... or, in Portuguese, right after it with no brackets, before a comma: "nesta quinta-feira 24, Jair
# Bolsonaro disse" (not a count: "terça-feira 10 ministros")
WEEKDAY_BARE_DAY_RE = re.compile(r"(?:-feira)? (\d{1,2})(?=\s*[,;])")
WEEKDAY_BARE_DAY_LANGS = ("pt",)
# an English headline's "to" before the meeting's verb is its future ("Ramaphosa to host Scholz in
# Pretoria on Tuesday": the Tuesday after the page's day); only in the headline, where the tense is
# written so: in a sentence, "arrived on Monday to hold talks" is past (folded words)
HEADLINE_TO_VERB_RE = re.compile(
    r"(?<![a-z])(?:set |due )?to (?:host|visit|meet|hold|receive|welcome|travel|attend|sign|discuss|begin|start|"
    r"pay|tour|call|talk|head|arrive|open|launch|chair|co-chair|address|lead|embark)(?![a-z])")
HEADLINE_FUTURE_LANGS = ("en",)
# a Chinese weekday told as to come by the word for "will" right after it or before it: "李强周六将来澳",
# "将于周六抵达" (as written: the folded text runs the romanised syllables together)
RAW_FUTURE_AFTER_RE = re.compile(r"\s*(?:将|將|即将|即將)")
RAW_FUTURE_BEFORE_RE = re.compile(r"(?:将于|將於|将在|將在|定于|定於|计划于|計劃於|预计|預計)\s*$")
RAW_FUTURE_BEFORE_CHARS = 4
# a weekday of the week after the page's, as written: "下星期二", "下个周二", "来週火曜日", "来週の火曜日",
# "วันอังคารสัปดาห์หน้า" (see WEEK_AFTER_BEFORE_WEEKDAY_RE)
RAW_WEEK_AFTER_BEFORE_RE = re.compile(r"(?:下[个個]?|[来來][週周]の?)\s*$")
RAW_WEEK_AFTER_AFTER_RE = re.compile(r"\s*สัปดาห์หน้า")
SHIFT_YEAR = 2001  # (a year without 29 February, where a year-less day is moved by "yesterday")
PREVIEW_DAYS = timedelta(days=7)  # a report may announce an event this long after it is published
TOMORROW_TALKS_CHARS = 80  # "tomorrow" this close to a word naming the talks tells their day
TOMORROW_AFTER_LEAD_CHARS = 300  # ... written in the lead, or this soon after it
# ... not a daily's name that holds the word (nor a relative day's: _raw_relative_words): "光明日报" (Guangming
# Daily: 光明 and 日报) holds "明日"
DAILY_NAME_AFTER_RE = re.compile(r"[报報]")
TOMORROW_FROM = frozenset({"lead", "publication", "page", "dateline", "weekday", "body"})  # (the report's own day, maybe)
# a page's own date tells the event's day when its line shows the page was written from this hour
# on: one published in the early morning ("[2014/09/07 05:53]", "16.08.2014, 04:30") is as often of
# the day before, or weeks before; one without a time is when the page was dated (a print day, a
# day it was viewed)
LATER_THAT_DAY_HOUR = 10
STAMP_TIME_RE = re.compile(r"(?<![\d.:/-])(?P<hour>[01]?\d|2[0-3])\s?(?:[:h]|[.](?=[0-5]\d(?![\d.])))\s?[0-5]\d(?!\d)"
                           r"(?::[0-5]\d)?(?:\s*(?P<half>am|pm|a\.m\.|p\.m\.))?", re.IGNORECASE)
# (a byline's or a source's word there is no place: "12 March 2024, By A. Writer", "…, Source: Xinhua")
NOT_A_PLACE_WORDS = frozenset({"by", "por", "par", "von", "oleh", "door", "av", "af", "da", "di", "from", "source",
                               "sumber", "fuente", "fonte", "quelle", "updated", "published", "posted"})
PLACE_AFTER_DATE_RE = re.compile(r"[.,]?,?\s+(?P<name>[^\W\d_][\w'’.-]*)")  # (a name right after the date)
STAMP_CJK_TIME_RE = re.compile(r"(?<!\d)(?P<hour>[01]?\d|2[0-3])\s?[시時时点點]")
WEEKDAY_OVER_DAY_MAX = 1  # a lead's weekday this many days from the day it writes is the event's, the day a neighbour's
# the aggregator a wire story came through, in brackets before its dateline's place
SOURCE_BEFORE_DATELINE_RE = re.compile(r"^\s*\([^()\n]{2,40}\)\s*(?=[A-ZÀ-ÝĐА-ЯЁΑ-ΩΆ-Ώ]{2})")
DATELINE_HEAD_RE = re.compile(r"^[A-ZÀ-ÝĐА-ЯЁΑ-ΩΆ-Ώ][A-ZÀ-ÝĐА-ЯЁΑ-ΩΆ-Ώ .'-]{1,30}[,.]\s*$")  # "МОСКВА, " "ΑΘΗΝΑ, " "ASTANA. " before a dateline's day
# ... or a country in capitals, a dash and its city, then the day and a full stop: "ARABIA SAUDITA –
# Riad 18/01/2016. I governi ..."
DATELINE_DASH_HEAD_RE = re.compile(r"^[A-ZÀ-ÝĐА-ЯЁ][A-ZÀ-ÝĐА-ЯЁ .'-]{1,30}\s[-–—]\s+"
                                   r"[A-ZÀ-ÝĐА-ЯЁ][^\W\d_]+(?: [A-ZÀ-ÝĐА-ЯЁ][^\W\d_]+){0,2},?\s+$")
DATELINE_DASH_TAIL_RE = re.compile(r"\.\s+[A-ZÀ-ÝĐА-ЯЁ]")
# ... or a place in title case when the agency's mark follows the day: "Davos, 23 ene (EFE).-",
# "Jakarta, 5/3 (ANTARA) -", "Москва, 29 ноября. /ТАСС/"
# a dateline's place: capitalised words, or words of a script without capitals (Arabic, Indic,
# Thai, Burmese: "ब्यूनस आयर्स"), and the country in brackets ("Buenos Aires (Argentina),")
UNCASED_WORD = r"[\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f][^\s\d_,()]*"
DATELINE_PLACE_RE = re.compile(
    rf"^(?:[A-ZÀ-ÝĐА-ЯЁ][^\W\d_]*(?:[ .'-]+[A-ZÀ-ÝĐА-ЯЁa-z][^\W\d_]*){{0,3}}|{UNCASED_WORD}(?: {UNCASED_WORD}){{0,3}})"
    r"(?:\s*\([^()\n]{1,30}\))?[,;]\s*$")
# ... or, in a script without capitals, a place of a word or two at the start of the line, the day,
# then a dash or a slash ("تهران، ۲۸ ژانویه ۲۰۱۶ - ...", "القاهرة 22 يناير 2016 / ...")
UNCASED_DATELINE_HEAD_RE = re.compile(rf"^\s*{UNCASED_WORD}(?: {UNCASED_WORD})?\s*[,،]?\s*$")
DASH_MARK_RE = re.compile(r"\s*[-–—/]\s")
# ... or a place in title case (and its country) before the whole day, year and all, then a dash: "Mexico
# City, Mexico, June 13, 2022 – …" (a wire's copy, its agency's mark lost: "June 13, 2022 ( –"), "Ciudad de
# México, a 14 de noviembre de 2023.- …"
PLACE_WORDS = r"[A-ZÀ-ÝĐА-ЯЁ][^\W\d_]*(?:(?:[ .'-]+|\s(?:de|del|da|do|di|la|el|al)\s)[A-ZÀ-ÝĐА-ЯЁ][^\W\d_]*){0,3}"
DATED_PLACE_HEAD_RE = re.compile(rf"^{PLACE_WORDS}(?:,\s*{PLACE_WORDS})?\.?,\s*(?:a\s+)?$")
YEAR_DASH_MARK_RE = re.compile(r"\s*\.?\s*\(?\s*[-–—]\s")
# ... or a press-release wire's mark between the year and the dash: "ABU DHABI, UAE, Nov. 22, 2025 /CNW/ -"
# (see wire_dateline: only when the lead writes the meeting's day, this many days before it at most)
WIRE_MARK_RE = re.compile(r"\s*/[^/\n]{2,30}/\s*[-–—]+\s")
WIRE_DAYS_BEFORE = 7
# ... or a one-word place with no comma, when the agency's mark and a dash follow the day: "Praha 15. června (ČTK) -"
BARE_PLACE_HEAD_RE = re.compile(r"^[A-ZÀ-ÝĐА-ЯЁ][^\W\d_]+\s+$")
# ... or the day first at the line's start, then the place and the agency's mark: "April 25, Colombo (LNW): …"
PLACE_AFTER_DAY_RE = re.compile(r",\s+[A-ZÀ-ÝĐА-ЯЁ][^\W\d_]+(?: [A-ZÀ-ÝĐА-ЯЁ][^\W\d_]+)?\s*\([^()\n]{1,20}\)\s*[:–—-]\s")
AGENCY_DASH_MARK_RE = re.compile(r"\s*\([^()\n]{1,30}\)\s*[-–—]")
# ... and the agency's mark after the day (and its weekday: "2022. június 15., szerda (MTI) -"): "(EFE).-", "(TDI):", "/ТАСС/", or "; the outlet.-" ("Ciudad de México;
# 5 de abril; Agencia.- En Palacio Nacional ...")
DATELINE_MARK_RE = re.compile(r"(?:[.,]?\s*[^\W\d_]{3,12})?[.,]?\s*(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/)\s*[.:]?\s*(?:[-–—]|$|\s)"
                              r"|;\s*[^;\n]{1,30}?\.\s?[-–—]"
                              # (or the agency's initials, bare, then a dash: "Тегеран, 11 июня, ИРНА –")
                              r"|,\s*[A-ZА-ЯЁ]{2,6}\s*[-–—]\s")
# a Chinese agency's dateline: its name and place run into the day, then "电" (cabled):
# "中评社北京11月17日电", "新华社华盛顿1月5日電"
# "(伊朗‧德黑蘭24日綜合電)"
CJK_DATELINE_HEAD_RE = re.compile(r"^\s*[\u3000【\[(（]?[\u4e00-\u9fff‧·・]{2,16}\s*$")
CJK_DATELINE_MARK_RE = re.compile(r"\s*(?:綜合|综合)?(?:[电電讯訊]|消息)")  # (讯, 消息: a site's own, "浙江在线05月12日讯")
# a Chinese report retold from another outlet's: "据英国广播公司(BBC)7月23日报道" (according to the BBC's report
# of 23 July): the day it was written, as a dateline's
CJK_REPORTED_HEAD_RE = re.compile(r"(?:^|[\s,，。])(?:据|據)[^\n,，。;；]{1,30}$")
CJK_REPORTED_MARK_RE = re.compile(r"\s*(?:报道|報導|报导|報道|消息)")
# a Japanese site's agency dateline in brackets: "【11月18日 AFP】", "【ワシントン11月18日 共同】"
BRACKET_DATELINE_HEAD_RE = re.compile(r"^\s*【[^】\n]{0,12}$")
BRACKET_DATELINE_TAIL_RE = re.compile(r"\s*(?:[A-Z]{2,8}|共同|時事|ロイター|新华社|新華社|中新社)[^】\n]{0,12}】")
# ... or the day alone in round brackets opening the lead's line, as Thai sites write it: "(28 มิ.ย.68)
# วานนี้ …" (28 June 2568, yesterday …): its short year, if any, then the bracket
PAREN_DATELINE_HEAD_RE = re.compile(r"^\s*\($")
PAREN_DATELINE_TAIL_RE = re.compile(r"\.?\s?(?:\d{2}|\d{4})?\s*\)\s*\S")
# ... or after the place in capitals, as Malaysian papers write it: "PUTRAJAYA (March 22): …"
CAPS_PAREN_DATELINE_HEAD_RE = re.compile(r"^[A-ZÀ-ÝĐА-ЯЁ][A-ZÀ-ÝĐА-ЯЁ .'-]{1,30}\s\($")
CAPS_PAREN_DATELINE_TAIL_RE = re.compile(r"\.?\s*\)\s*[:–—-]\s")
OWN_WEEKDAY_GAP = 4  # a day, then its weekday: "15., szerda"
YESTERDAY_WEEKDAY_GAP = 3  # "أمس الثلاثاء", "ayer martes", "yesterday, Tuesday": the two words side by side
# (Greek capitalises its weekdays, whose names are also ordinals: "Τρίτη" Tuesday, "η τρίτη φορά" the third time;
# Dutch writes them in lower case: "dinsdag")
CAPITALISED_WEEKDAY_LANGS = frozenset({"en", "id", "ms", "de", "vi", "tl", "el"})
VI_WEEKDAY_WORD, VI_SUNDAY = "thu", ["chu", "nhat"]  # folded "thứ" (before a weekday's number), "chủ nhật"


def _relative_offset(lang: str | None, words: str) -> int | None:
    return _relative_words(lang)[1].get(" ".join(words.split()))


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


@dataclass(frozen=True)
class _Anchor:
    """The report's own date: its publication line, or the publication date in its URL."""

    day: date
    words: str
    how: str  # "publication" or "url"
    hour: int | None = None  # the hour its line writes, if any ("12:07 / 14.07.2016": 12)
    placed: bool = False  # its line says where, after the date ("April 5, 2017, The Kremlin, Moscow")

    @property
    def tells_the_day(self) -> bool:
        """Its line dates what happened: it says where (an official site's "when and where" line),
        or shows the page was written late enough in the day to be of that day's events
        (:data:`LATER_THAT_DAY_HOUR`)."""
        return self.placed or self.hour is not None and self.hour >= LATER_THAT_DAY_HOUR


@dataclass(frozen=True)
class _Relative:
    start: int
    end: int
    weekday: int | None = None  # "on Wednesday", "Rabu sore"
    offset: int | None = None  # "yesterday" -1, "today" 0
    future: bool = False  # its sentence speaks of what is to come ("will", "akan") ...
    future_before: bool = False  # ... before it ("will meet on Friday"; not "arrived Friday on a trip that will")
    next_week: bool = False  # a weekday marked as the coming one ("mercoledì prossimo", "next Tuesday")
    week_after: bool = False  # ... as that day of the week after the page's ("下星期二", "thứ Ba tuần tới")


@functools.lru_cache(maxsize=64)
def _relative_words(lang: str | None) -> tuple[re.Pattern | None, dict[str, int], re.Pattern, bool]:
    """(relative-day expression, folded word -> offset, weekday expression, weekdays capitalised?)."""
    loc = _locale(lang)
    base = loc.language if loc is not None else None
    codes = ["en"] if base in (None, "en") else [base, "en"]
    offsets = {_fold_word(w): n for c in codes for w, n in relative_days(c).items()}
    rel_re = re.compile(rf"(?<![a-z])(?:{_alt(offsets)})(?![a-z])") if offsets else None
    lx = _lang(lang)
    # (with an ending glued on: "mittwochabend", "kolmapaeva", see date_words.json "weekday_suffixes")
    endings = sorted({e for c in codes for e in _words().get("weekday_suffixes", {}).get(c, [])}, key=len, reverse=True)
    glued = f"(?:{'|'.join(map(re.escape, endings))})?" if endings else ""
    wd_re = re.compile(rf"(?<![a-z])(?P<wd>{_trie(lx.weekdays)}){glued}(?![a-z])")
    return rel_re, offsets, wd_re, base in CAPITALISED_WEEKDAY_LANGS or base is None


# "today" right before a day and month ("will take place today, July 22", "сегодня, 26 февраля"): the
# day the page was written, and the day of what it announces
TODAY_GAP_RE = re.compile(r"[\s,(]{0,3}$")
TODAY_BEFORE_CHARS = 3


def today_before(t: _Text, lang: str | None, m: _Mention) -> bool:
    """A day the text writes right after its word for "today" (a relative day of offset 0)."""
    rel_re, offsets, _, _ = _relative_words(lang)
    if rel_re is None:
        return False
    lo = max(0, m.start - TODAY_BEFORE_CHARS - max(map(len, offsets), default=0))
    return any(offsets.get(w.group()) == 0 and TODAY_GAP_RE.match(t.folded[w.end():m.start]) is not None
               for w in rel_re.finditer(t.folded, lo, m.start))


@functools.lru_cache(maxsize=16)
def _raw_relative_words(lang: str | None) -> tuple[re.Pattern, dict[str, int]] | None:
    base = (lang or "").split("-")[0]
    if base not in UNSPACED_LANGUAGES:
        return None
    table = relative_days(base)
    if not table:
        return None
    words = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    return re.compile(f"(?:{words})(?!{DAILY_NAME_AFTER_RE.pattern})"), dict(table)  # (not in a daily's name)


@functools.lru_cache(maxsize=64)
def _raw_weekday_words(lang: str | None) -> tuple[re.Pattern, dict[str, int]] | None:
    """Weekdays as written in scripts without spaces ("周六", "土曜日"), matched in the original text."""
    table = _words().get("raw_weekdays", {}).get((lang or "").split("-")[0], {})
    if not table:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))), dict(table)


def _publication(stamps: tuple[str, ...], lx: _Lang, url: str | None) -> _Anchor | None:
    """The earliest full date of the publication and update lines (a page also shows the day it
    was viewed, always later), else the URL's day."""
    found: list[tuple[date, str, str]] = []
    for stamp in stamps:
        st = _Text(unicodedata.normalize("NFC", stamp))
        found += [(day, words, stamp) for day, words in _full_days(st, lx) or _stamp_in_another_language(st, stamp)]
    if found:
        day, words, stamp = min(found)
        return _Anchor(day, words, "publication", stamp_hour(stamp, words), stamp_placed(stamp, words))
    publication, _, words = _url_date(url)
    return _Anchor(publication, words, "url") if publication is not None else None


def stamp_hour(stamp: str, words: str) -> int | None:
    """The hour (0-23) a publication line writes besides its date's ``words`` ("Mon, 16 Apr 2018,
    9:44pm": 21; "입력 2015.03.04 (12:04)": 12; "平成29年1月16日": None)."""
    rest = stamp.replace(words, " ") if words else stamp
    found = STAMP_TIME_RE.search(rest)
    if found is not None:
        hour = int(found["hour"])
        half = (found["half"] or "").lower()
        if half.startswith("p") and hour < 12:
            hour += 12
        elif half.startswith("a") and hour == 12:
            hour = 0
        return hour
    found = STAMP_CJK_TIME_RE.search(rest)
    return int(found["hour"]) if found is not None else None


def stamp_placed(stamp: str, words: str) -> bool:
    """A publication line that says where after its date, names and no figure: "April 5, 2017, The
    Government Palace, Ulaanbaatar", "2018. szeptember 10. Budapest" (not "… | Beta", an agency)."""
    at = stamp.find(words) if words else -1
    if at < 0:
        return False
    found = PLACE_AFTER_DATE_RE.match(stamp, at + len(words))
    return found is not None and found["name"][0].isupper() and found["name"].lower() not in NOT_A_PLACE_WORDS \
        and not any(c.isdigit() for c in stamp[at + len(words):])


def year_less_stamp_days(stamps: tuple[str, ...], lx: _Lang) -> list[tuple[int, int, str]]:
    """(month, day, words) of each day the publication lines write without a year ("5月3日
    23時54分"): the page's own day, whose month a day of the month alone in the lead takes."""
    found = []
    for stamp in stamps:
        st = _Text(unicodedata.normalize("NFC", stamp))
        found += [(m.month, m.day, st.orig_span(m.start, m.end).strip()) for m in _mentions(st, lx)
                  if m.kind == "day" and m.year is None and m.month is not None and m.day is not None]
    return found


# "9/14(木) 19:43配信": a Japanese or Chinese page's stamp with the month, the day and the weekday
# (月火水木金土日 as folded: Monday to Sunday) but no year
CJK_STAMP_MD_WEEKDAY_RE = re.compile(r"(?<![\d/])(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])"
                                     r"\((?P<wd>yue|huo|shui|mu|jin|tu|ri)\)")
CJK_WEEKDAYS = {"yue": 0, "huo": 1, "shui": 2, "mu": 3, "jin": 4, "tu": 5, "ri": 6}


def _stamp_in_office(stamps: tuple[str, ...], in_office: tuple[tuple[date, date], ...] | None) -> _Anchor | None:
    """The page's own date from a stamp that writes the month, the day and the weekday but no
    year ("9/14(木)"), in the one year the leaders of the lead held office together that has that
    day on that weekday; None when none or several."""
    if not in_office:
        return None
    found: dict[date, str] = {}
    for stamp in stamps:
        st = _Text(unicodedata.normalize("NFC", stamp))
        for m in CJK_STAMP_MD_WEEKDAY_RE.finditer(st.folded):
            for when in days_in_office(int(m["month"]), int(m["day"]), CJK_WEEKDAYS[m["wd"]], in_office):
                found.setdefault(when, st.orig_span(m.start(), m.end()))
    if len(found) != 1:
        return None
    ((when, words),) = found.items()
    spans = ", ".join(f"{a.isoformat()} – {b.isoformat()}" for a, b in in_office)
    return _Anchor(when, f"{words} (in office: {spans})", "publication")


def _stamp_in_another_language(st: _Text, stamp: str) -> list[tuple[date, str]]:
    """The full dates of a publication line in the first language of its script that reads one
    (:data:`STAMP_LANGUAGES_BY_SCRIPT`); none without a year."""
    if STAMP_YEAR_RE.search(stamp) is None:
        return []
    for letters, langs in STAMP_LANGUAGES_BY_SCRIPT:
        if letters.search(stamp) is None:
            continue
        for lang in langs:
            days = _full_days(st, _lang(lang))
            if days:
                return days
    return []


def _full_days(st: _Text, lx: _Lang) -> list[tuple[date, str]]:
    """(date, words) of each full date a publication line writes, read in ``lx``'s language."""
    return [(m.when, st.orig_span(m.start, m.end).strip(" ,.|")) for m in _mentions(st, lx)
            if m.kind == "day" and m.when is not None]


# Arabic writes a weekday with its article ("الأحد", Sunday): the same letters without it are other
# words ("لأحد", to anyone), and fold alike (the article's alif folds to nothing)
ARTICLE_WEEKDAY_LANGS = frozenset({"ar"})
ARABIC_ARTICLE = "ال"
# Urdu's Sunday, "اتوار", folds as "طور" does (the alif folds to nothing): "کے طور پر" (as) is no Sunday;
# a weekday there is one of the names as written
WRITTEN_WEEKDAY_LANGS = frozenset({"ur"})


@functools.lru_cache(maxsize=8)
def _written_weekdays(base: str) -> frozenset[str]:
    """The weekdays' names (wide) as the language writes them, from CLDR."""
    from babel.dates import get_day_names  # noqa: PLC0415
    return frozenset(name for context in ("format", "stand-alone")
                     for name in get_day_names("wide", context=context, locale=base).values())


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
            start = t.to_folded(m.start())
            if not any(a <= start < b for a, b in taken):
                found.append(_Relative(start, t.to_folded(m.end()), offset=raw_offsets[m.group()]))
    raw_wd = _raw_weekday_words(lang)
    if raw_wd is not None:
        raw_re, raw_days = raw_wd
        orig_lo, orig_hi = t.to_orig(lo), t.to_orig(max(lo, hi - 1)) + 1
        for m in raw_re.finditer(t.orig, orig_lo, orig_hi):
            start, end = t.to_folded(m.start()), t.to_folded(m.end())
            if any(a <= start < b for a, b in taken):
                continue
            future = t.future_near(start, end, lx.future_re, FUTURE_AFTER_CHARS) \
                or RAW_FUTURE_AFTER_RE.match(t.orig, m.end()) is not None \
                or RAW_FUTURE_BEFORE_RE.search(t.orig, max(0, m.start() - RAW_FUTURE_BEFORE_CHARS), m.start()) is not None
            week_after = RAW_WEEK_AFTER_BEFORE_RE.search(t.orig, max(0, m.start() - RAW_FUTURE_BEFORE_CHARS),
                                                         m.start()) is not None \
                or RAW_WEEK_AFTER_AFTER_RE.match(t.orig, m.end()) is not None
            found.append(_Relative(start, end, weekday=raw_days[m.group()], future=future or week_after,
                                   future_before=week_after or future and t.future_near(start, end, lx.future_re, 0),
                                   next_week=week_after, week_after=week_after))
    base = (lang or "").split("-")[0]
    with_article = base in ARTICLE_WEEKDAY_LANGS
    for m in wd_re.finditer(t.folded, lo, hi):
        if any(a <= m.start() < b for a, b in taken) or t.history_before(m.start(), lx.last_met_re):
            continue
        if capitalised and not _written_as_weekday(t, m):
            continue  # "minggu lalu" is "last week"; "Minggu" is Sunday
        if not capitalised and _in_a_name(t, m):
            continue  # ("Santo Domingo", "Plácido Domingo": a weekday's word in a name, where weekdays are lower case)
        if with_article and not t.orig_span(m.start("wd"), m.end("wd")).startswith(ARABIC_ARTICLE):
            continue  # ("لن يسمح لأحد", he will allow no one: folded like "الأحد", Sunday)
        if base in WRITTEN_WEEKDAY_LANGS \
                and t.orig_span(m.start("wd"), m.end("wd")).strip() not in _written_weekdays(base):
            continue  # ("کے طور پر", as: folded like "اتوار", Sunday)
        if _set_off(t, m):
            continue  # (the day a leader left for the visit: not the visit's)
        future = t.future_near(m.start(), m.end(), lx.future_re, FUTURE_AFTER_CHARS) \
            or _headline_to_come(t, lang, m.start())
        week_after = _marked_week_after(t, m.start(), m.end())
        coming = week_after or _marked_next(t, m.start(), m.end())
        found.append(_Relative(m.start(), m.end(), weekday=lx.weekdays.get(" ".join(m["wd"].split())),
                               future=future or coming, next_week=coming, week_after=week_after,
                               future_before=coming or future and t.future_near(m.start(), m.end(), lx.future_re, 0)))
    if rel_re is not None:
        for m in rel_re.finditer(t.folded, lo, hi):
            if not any(a <= m.start() < b for a, b in taken) and not t.history_before(m.start(), lx.last_met_re):
                found.append(_Relative(m.start(), m.end(), offset=offsets[" ".join(m.group().split())]))
    return sorted(found, key=lambda r: r.start)


def _headline_to_come(t: _Text, lang: str | None, start: int) -> bool:
    """A weekday in an English headline that tells its meeting as to come ("… to host … on Tuesday":
    :data:`HEADLINE_TO_VERB_RE`, before the weekday)."""
    if (lang or "").split("-")[0] not in HEADLINE_FUTURE_LANGS:
        return False
    title_end = t.folded.find("\n")
    return (title_end < 0 or start < title_end) and HEADLINE_TO_VERB_RE.search(t.folded, 0, start) is not None


def _set_off(t: _Text, m: re.Match) -> bool:
    """A weekday a leader left on, for the visit's country (:data:`DEPARTURE_BEFORE_WEEKDAY_RE`, then
    :data:`DEPARTURE_AFTER_WEEKDAY_RE`)."""
    start = max(0, m.start() - DEPARTURE_BEFORE_CHARS)
    return DEPARTURE_BEFORE_WEEKDAY_RE.search(t.folded, start, m.start()) is not None \
        and DEPARTURE_AFTER_WEEKDAY_RE.match(t.folded, m.end()) is not None


def _marked_week_after(t: _Text, start: int, end: int) -> bool:
    """A weekday written as that day of the next week (:data:`WEEK_AFTER_AFTER_WEEKDAY_RE`,
    :data:`WEEK_AFTER_BEFORE_WEEKDAY_RE`)."""
    return WEEK_AFTER_AFTER_WEEKDAY_RE.match(t.folded, end) is not None \
        or WEEK_AFTER_BEFORE_WEEKDAY_RE.search(t.folded, max(0, start - NEXT_BEFORE_CHARS), start) is not None


def _marked_next(t: _Text, start: int, end: int) -> bool:
    """A weekday written as the coming one: "next Tuesday", "mardi prochain" (:data:`NEXT_AFTER_WEEKDAY_RE`)."""
    return NEXT_AFTER_WEEKDAY_RE.match(t.folded, end) is not None \
        or NEXT_BEFORE_WEEKDAY_RE.search(t.folded, max(0, start - NEXT_BEFORE_CHARS), start) is not None


CAPITALISED_WORD_BEFORE_RE = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÝĐ][^\W\d_]+ $")


def _in_a_name(t: _Text, m: re.Match) -> bool:
    """A weekday's word capitalised right after a capitalised word, in a language that writes its
    weekdays in lower case: part of a name ("Santo Domingo"), not a weekday."""
    start = t.to_orig(m.start("wd"))
    return t.orig[start:start + 1].isupper() and CAPITALISED_WORD_BEFORE_RE.search(t.orig, max(0, start - 30), start) is not None


def _written_as_weekday(t: _Text, m: re.Match) -> bool:
    """A weekday name where the language capitalises weekdays, told from the same words in their
    other senses: "Minggu" (Sunday), not "minggu lalu" (last week); Vietnamese "thứ Tư" (Wednesday:
    the number capitalised), not "thứ hai" (second); "chủ nhật" (Sunday) has no other sense."""
    words = m.group().split()
    if words[0] == VI_WEEKDAY_WORD and len(words) == 2:
        return t.orig[t.to_orig(m.start() + len(VI_WEEKDAY_WORD) + 1)].isupper()
    return words == VI_SUNDAY or t.orig[t.to_orig(m.start())].isupper()


def _read_against(t: _Text, rel: _Relative, anchor: _Anchor, published: str | None) -> DateFinding:
    """A weekday or relative day read against the page's own date: "Saturday (23 January, 2016)"."""
    words = t.orig_span(rel.start, rel.end).strip()
    return DateFinding(_from_anchor(rel, anchor.day).isoformat(), f"{words} ({anchor.words})", True,
                       "weekday" if rel.weekday is not None else "relative", published=published)


def talks_weekday(t: _Text, lang: str | None, lx: _Lang, hi: int, anchor: _Anchor, mentions: list[_Mention],
                  captions: list[tuple[int, int]], published: str | None) -> DateFinding | None:
    """A report that only its page dates, whose lead names no day: the first weekday further down
    in a sentence that names the talks (:attr:`_Lang.talks_re`: "Offizielle Gespräche am Montag",
    written on the Sunday of the arrival), read against the page's date, is the talks' day when it
    comes after the page's, within the days a report announces (:data:`PREVIEW_DAYS`), and no
    weekday told as past comes before it."""
    if lx.talks_re is None:
        return None
    for rel in _relatives(t, lang, hi, len(t.folded), mentions):
        if rel.weekday is None or any(a <= rel.start < b for a, b in captions):
            continue
        _, start, end = t.sentence(rel.start)
        if lx.talks_re.search(t.orig, t.to_orig(start), t.to_orig(max(start, end - 1)) + 1) is None:
            if not rel.future:
                return None  # ("held a phone call on Monday … are due to hold talks on Wednesday": Monday's)
            continue
        day = _from_anchor(rel, anchor.day)
        if not anchor.day < day <= anchor.day + PREVIEW_DAYS:
            return None  # (an earlier one may be the visit's first day: "began his visit on Tuesday, held a meeting")
        words = t.orig_span(rel.start, rel.end).strip()
        return DateFinding(day.isoformat(), f"{words} ({anchor.words})", True, "weekday", published=published)
    return None


def talks_tomorrow(t: _Text, lx: _Lang, found: DateFinding, hi: int,
                   named: Callable[[int, int], frozenset[str]] | None, pair: tuple[str, ...]) -> DateFinding:
    """A report dated its own day (the page's date, or the day its lead writes in the sentence
    that goes on to say so) whose lead says the two sides hold their talks "tomorrow" (in a sentence
    that names both, the word within :data:`TOMORROW_TALKS_CHARS` of one naming the talks: "arrived
    … today, Sunday (30 April 2017), … will hold talks with Prime Minister Modi tomorrow, Monday";
    "… 對於明日與國家主席習近平舉行首腦會談" on a page of the arrival): the day after it, the talks'."""
    if found.iso is None or found.how not in TOMORROW_FROM or lx.tomorrow_re is None or lx.talks_re is None \
            or named is None or len(pair) != 2:
        return found
    words = found.evidence.split(" (")[0]
    limit = t.to_orig(min(len(t.folded), hi + TOMORROW_AFTER_LEAD_CHARS))
    for word in lx.tomorrow_re.finditer(t.orig, 0, limit):
        if DAILY_NAME_AFTER_RE.match(t.orig, word.end()):
            continue
        _, start, end = t.sentence(t.to_folded(word.start()))
        lo, up = t.to_orig(start), t.to_orig(max(start, end - 1)) + 1
        if not any(abs(talks.start() - word.start()) <= TOMORROW_TALKS_CHARS
                   for talks in lx.talks_re.finditer(t.orig, lo, up)):
            continue
        if not set(pair) <= named(lo, up):
            continue  # (another pair's talks: "… then flies to Sochi to meet Putin tomorrow")
        if found.published != found.iso and not (found.how == "lead" and words and words in t.orig[lo:up]):
            return found  # (a day the report tells of, not its own: "tomorrow" is after another)
        day = date.fromisoformat(found.iso) + timedelta(days=1)
        return replace(found, iso=day.isoformat(), evidence=f"{word.group()} ({found.evidence})", year_inferred=True)
    return found


def _from_anchor(rel: _Relative, anchor: date) -> date:
    if rel.offset is not None:
        return anchor + timedelta(days=rel.offset)
    if rel.week_after:  # (that day of the next week, Monday to Sunday)
        return anchor + timedelta(days=7 - anchor.weekday() + rel.weekday)
    back = (anchor.weekday() - rel.weekday) % 7
    if rel.future or back == 6:
        # "will meet on Monday": the next Monday; the weekday after the page's date is that
        # next day (a page dated in a time zone behind the event's), not six days before
        return anchor + timedelta(days=(rel.weekday - anchor.weekday()) % 7)
    return anchor - timedelta(days=back)


def _weekday_over_day(t: _Text, lang: str | None, lo: int, m: _Mention, when: date,
                      mentions: list[_Mention]) -> tuple[date, str] | Literal["another"] | None:
    """"Talks by telephone on Thursday. ... the anniversary on August 17": a weekday the lead
    names before its day, and a day from that day's weekday, is the event's day (Thursday 18
    August 2022). Returns that date and the words; "another" when the weekday is further from the
    day (the day is another one's: "… reported on Wednesday … his first visit, on 10 May 2009";
    "begins today, Monday, a tour … after his state visit of 19 November 2014"); None when the
    lead names no weekday before it, or that day's."""
    if m.weekday is not None:
        return None
    for rel in _relatives(t, lang, lo, m.start, mentions):
        if rel.weekday is None or rel.future:
            continue
        if rel.weekday == when.weekday():
            return None
        ahead = (rel.weekday - when.weekday()) % 7
        shift = ahead if ahead <= 3 else ahead - 7
        if abs(shift) > WEEKDAY_OVER_DAY_MAX:
            return "another"
        words = f"{t.orig_span(rel.start, rel.end).strip()} ({_words_of(t, m)})"
        return when + timedelta(days=shift), words
    return None


def _yesterday_by_its_weekday(t: _Text, lang: str | None, m: _Mention, when: date, hi: int,
                              mentions: list[_Mention]) -> tuple[date, str] | None:
    """"16 March 2016 … received the king yesterday, Tuesday": a day the lead then calls yesterday
    together with that yesterday's weekday was when the page was written, the event the day before.
    Both words are needed (either alone may read against another day). Returns (date, words) or None."""
    before = when - timedelta(days=1)
    rels = sorted(_relatives(t, lang, m.end, hi, mentions), key=lambda rel: rel.start)
    for rel, other in zip(rels, rels[1:]):
        pair = {rel.offset, other.offset}, {rel.weekday, other.weekday}
        if -1 in pair[0] and before.weekday() in pair[1] and not (rel.future or other.future) \
                and 0 <= other.start - rel.end <= YESTERDAY_WEEKDAY_GAP:
            return before, f"{t.orig_span(rel.start, other.end).strip()} ({_words_of(t, m)})"
    return None


def _relative_to_dateline(t: _Text, lang: str | None, m: _Mention, when: date, hi: int,
                          mentions: list[_Mention]) -> tuple[date, str, str] | None:
    """A dateline's day is the day the report was filed: "yesterday", "on Friday" in the lead after
    it are read against that day. Returns (date, words, how), or None when the lead names neither."""
    for rel in _relatives(t, lang, m.end, hi, mentions):
        if rel.weekday == when.weekday() and rel.start - m.end <= OWN_WEEKDAY_GAP:
            continue  # (the dateline's own weekday after its day: "2022. június 15., szerda (MTI) -")
        words = f"{t.orig_span(rel.start, rel.end).strip()} ({_words_of(t, m)})"
        return _from_anchor(rel, when), words, "weekday" if rel.weekday is not None else "relative"
    return None


def _shifted_by_relative(t: _Text, lang: str | None, m: _Mention, hi: int, mentions: list[_Mention]) -> _Mention:
    """A year-less dateline's day moved by the relative day the lead reads against it
    ("yesterday": the day before; the day and month of a year without 29 February, a day that
    would cross it is left as it is); unchanged for a weekday or none."""
    rel = next(iter(_relatives(t, lang, m.end, hi, mentions)), None)
    if rel is None or rel.offset is None or rel.offset == 0 or m.month is None or m.day is None:
        return m
    moved = _moved_day(m.month, m.day, rel.offset)
    if moved is None:
        return m
    return replace(m, month=moved[0], day=moved[1], read_as=t.orig_span(rel.start, rel.end).strip())


def _moved_day(month: int, day: int, offset: int) -> tuple[int, int] | None:
    """A day and month without a year moved by ``offset`` days; None for no such day, or one whose
    move crosses 29 February (which day it lands on depends on the year)."""
    base = _mkdate(SHIFT_YEAR, month, day)
    if base is None:
        return None
    moved = base + timedelta(days=offset)
    if moved.month == 2 and moved.day == 28 and offset < 0 or base.month == 2 and base.day == 28 and offset > 0:
        return None
    return moved.month, moved.day


def relative_to_stamp(t: _Text, lang: str | None, lo: int, hi: int, mentions: list[_Mention],
                      stamp_days: Sequence[tuple[int, int, str]], published: str | None) -> DateFinding | None:
    """No year anywhere: the lead's "today" or "yesterday" read against the one day and month the
    page's publication lines write without a year (``stamp_days``: :func:`year_less_stamp_days`;
    "23 Aug. 11:35 (UTC+3 MSK)" … "Today, an official ceremony of welcoming …"): a day and month
    without a year, which can still link; None when the lines write no such day, or several, or the
    lead no such word (a weekday: which one, the year unknown, is not told)."""
    days = {(month, day): words for month, day, words in stamp_days}
    if len(days) != 1:
        return None
    rel = next((r for r in _relatives(t, lang, lo, hi, mentions) if not r.future), None)
    if rel is None or rel.offset is None:
        return None
    ((month, day), words), = days.items()
    moved = _moved_day(month, day, rel.offset)
    if moved is None:
        return None
    return DateFinding(None, f"{t.orig_span(rel.start, rel.end).strip()} ({words})", False, "none",
                       month_day=f"{moved[0]:02d}-{moved[1]:02d}", published=published)


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


def _day_of_month_near(dom: int, anchor: date) -> date | None:
    """The day ``dom`` of the anchor's month, or of the month before when that is after the
    anchor (beyond the days a report may announce)."""
    for months_back in (0, 1):
        year, month = anchor.year, anchor.month - months_back
        if month < 1:
            year, month = year - 1, 12
        d = _mkdate(year, month, dom)
        if d is not None and d <= anchor + PREVIEW_DAYS:
            return d
    return None


def _cjk_dateline(t: _Text, start: int, end: int) -> bool:
    """A Chinese agency's dateline: "中评社北京11月17日电", "(伊朗‧德黑蘭24日綜合電)", also after a
    site's own ("浙江在线05月12日讯 新华社北京5月11日电")."""
    at = t.to_orig(start)
    line_start = t.orig.rfind("\n", 0, at) + 1
    if CJK_DATELINE_MARK_RE.match(t.orig, t.to_orig(end)) is None:
        return False
    after_space = max(line_start, t.orig.rfind(" ", 0, at) + 1, t.orig.rfind("\u3000", 0, at) + 1)
    return any(CJK_DATELINE_HEAD_RE.match(t.orig[head:at]) is not None for head in {line_start, after_space})


def wire_dateline(t: _Text, m: _Mention, others: Sequence[_Mention]) -> bool:
    """A press-release wire's dateline, "ABU DHABI, UAE, Nov. 22, 2025 /CNW/ - …", when the lead
    writes, after it, a day and month without a year a few days before it ("… met on November 20"):
    the day the release went out, the lead's day the meeting's."""
    if m.year is None or m.when is None or WIRE_MARK_RE.match(t.orig, t.to_orig(m.ev_end)) is None:
        return False
    line_start = t.orig.rfind("\n", 0, t.to_orig(m.start)) + 1
    if DATED_PLACE_HEAD_RE.match(t.orig[line_start:t.to_orig(m.ev_start)]) is None:
        return False
    return any(o.year is None and o.month is not None and o.day is not None and o.start > m.end
               and (day := _mkdate(m.year, o.month, o.day)) is not None
               and timedelta(0) < m.when - day <= timedelta(days=WIRE_DAYS_BEFORE) for o in others)


def _is_dateline(t: _Text, m: _Mention) -> bool:
    """"МОСКВА, 29 ноября. /ТАСС/." "HANOI, March 5 (Reuters) -", "April 25, Colombo (LNW):": the place and
    day of writing."""
    line_start = t.orig.rfind("\n", 0, t.to_orig(m.start)) + 1
    head = t.orig[line_start:t.to_orig(m.ev_start)]
    head = SOURCE_BEFORE_DATELINE_RE.sub("", head, count=1)  # ("(MENAFN- Nam News Network) TASHKENT, Aug 24")
    if DATELINE_HEAD_RE.match(head) is not None:
        return True
    if DATELINE_DASH_HEAD_RE.match(head) and DATELINE_DASH_TAIL_RE.match(t.orig, t.to_orig(m.ev_end)):
        return True
    if _cjk_dateline(t, m.start, m.ev_end):
        return True
    if CJK_REPORTED_HEAD_RE.search(head) and CJK_REPORTED_MARK_RE.match(t.orig, t.to_orig(m.ev_end)):
        return True
    if BRACKET_DATELINE_HEAD_RE.match(head) and BRACKET_DATELINE_TAIL_RE.match(t.orig, t.to_orig(m.ev_end)):
        return True
    if PAREN_DATELINE_HEAD_RE.match(head) and PAREN_DATELINE_TAIL_RE.match(t.orig, t.to_orig(m.ev_end)):
        return True
    if CAPS_PAREN_DATELINE_HEAD_RE.match(head) and CAPS_PAREN_DATELINE_TAIL_RE.match(t.orig, t.to_orig(m.ev_end)):
        return True
    if UNCASED_DATELINE_HEAD_RE.match(head) and (DASH_MARK_RE.match(t.orig, t.to_orig(m.ev_end))
                                                 or DATELINE_MARK_RE.match(t.orig, t.to_orig(m.ev_end))):
        return True  # "تهران، ۲۸ ژانویه ۲۰۱۶ -", "القاهرة 22 يناير 2016 /", "القاهرة في 15 يونيو /أ ش أ/"
    if BARE_PLACE_HEAD_RE.match(head) and AGENCY_DASH_MARK_RE.match(t.orig, t.to_orig(m.ev_end)):
        return True
    if m.year is not None and DATED_PLACE_HEAD_RE.match(head) and YEAR_DASH_MARK_RE.match(t.orig, t.to_orig(m.ev_end)):
        return True
    if not head.strip() and PLACE_AFTER_DAY_RE.match(t.orig, t.to_orig(m.ev_end)):
        return True
    return DATELINE_PLACE_RE.match(head) is not None and DATELINE_MARK_RE.match(t.orig, t.to_orig(m.ev_end)) is not None


def weekday_alone(t: _Text, rels: list, published: str | None, lang: str | None = None) -> DateFinding:
    """A report dated by a weekday alone (the first of ``rels``; no year, no month), with its day
    of the month when that weekday is written somewhere with it in brackets ("am Dienstag (10.)",
    "quinta-feira (20)") or, in Portuguese, before a comma ("nesta quinta-feira 24,"): the event it joins
    must fall on both."""
    rel = rels[0]
    bare = WEEKDAY_BARE_DAY_RE if (lang or "").split("-")[0] in WEEKDAY_BARE_DAY_LANGS else None
    for other in rels:
        told = (WEEKDAY_DAY_RE.match(t.folded, other.end) or bare and bare.match(t.folded, other.end)) \
            if other.weekday == rel.weekday else None
        if told and 1 <= int(told.group(1)) <= 31:
            dom = int(told.group(1))
            return DateFinding(None, t.orig_span(other.start, told.end()).strip(), False, "none",
                               weekday=rel.weekday, day_of_month=(dom, dom), published=published)
    return DateFinding(None, t.orig_span(rel.start, rel.end).strip(), False, "none", weekday=rel.weekday,
                       published=published)
