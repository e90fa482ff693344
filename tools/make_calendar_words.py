#!/usr/bin/env python3
"""Write plugins/kabar/data/calendar_words.json: month and weekday names of many languages from
Babel's CLDR data, folded, for telling publication lines apart (understand/chrome.py).

Loading 22 CLDR locales took half a second of every build; the words are stored instead, and a
test checks that the file is what this script makes from the pinned Babel.
usage: tools/make_calendar_words.py [--check]
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "tools"))

from kabar.understand.textutil import strip_marks  # noqa: E402
from stored_data import write_or_check  # noqa: E402

OUT = ROOT / "plugins" / "kabar" / "data" / "calendar_words.json"
DATE_WORDS = ROOT / "plugins" / "kabar" / "data" / "date_words.json"
LOCALES = ("en", "id", "ms", "vi", "fr", "de", "es", "pt", "it", "nl", "ru", "tr", "pl", "ro",
           "sv", "da", "nb", "fi", "cs", "hu", "uk", "tl", "hr", "bs", "sr", "sr_Latn", "sl", "sk", "bg", "mk", "el",
           "ar", "fa", "he", "hi", "bn", "ur", "hy", "ka")
# the other languages the language model answers that CLDR writes dates in (not Chinese, Japanese or
# Korean, whose dates are read by their characters): their months' and weekdays' wide names, Latin
# words of three letters or more ("de" of Catalan's "de gener" is no calendar word), for the publication
# lines of their outlets ("3 Yuli 2018 09:14", "Jumatatu, 2 Julai 2018")
WIDE_LOCALES = ("am", "as", "az", "be", "ca", "et", "eu", "gl", "gu", "ha", "is", "kk", "km", "kn", "ky",
                "lo", "lt", "lv", "ml", "mn", "mr", "my", "ne", "or", "pa", "rw", "si", "so", "sq", "sw", "ta",
                "te", "tg", "th", "tt", "uz")
# ... but for the names that are words of other languages too ("Bazar" ertəsi, Azerbaijani Monday;
# "Mata", Kinyarwanda's April; "juma", Uzbek Friday)
NOT_CALENDAR_WORDS = frozenset({"bazar", "mata", "kane", "juma", "kuwa"})
WIDE_MIN_LETTERS = 3
# the Solar Hijri months a Persian page dates itself by ("۸ بهمن ۱۳۹۴"), which CLDR keeps apart
SOLAR_HIJRI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
                      "بهمن", "اسفند")
WORD_RE = re.compile(r"[^\W\d_]+")


def calendar_words() -> list[str]:
    from babel import Locale

    words: set[str] = set()
    for code in LOCALES:
        loc = Locale.parse(code)
        for table in (loc.months, loc.days):
            for context in table.values():
                for width in ("wide", "abbreviated"):
                    for name in context.get(width, {}).values():
                        words.update(WORD_RE.findall(strip_marks(name)))
    for code in WIDE_LOCALES:
        loc = Locale.parse(code)
        for table in (loc.months, loc.days):
            for context in table.values():
                for name in context.get("wide", {}).values():
                    words.update(w for w in WORD_RE.findall(strip_marks(name))
                                 if (len(w) >= WIDE_MIN_LETTERS or not w.isascii()) and w not in NOT_CALENDAR_WORDS)
    # Vietnamese "Thứ Năm", "tháng" and the like are words of several pieces
    words.update({"thu", "thang", "nam", "chu", "nhat", "ngay"})
    words.update(strip_marks(name) for name in SOLAR_HIJRI_MONTHS)
    # the months' shorter forms sites write that CLDR lacks ("23 сер 2014", "Agt"): the dates' own list
    extra = json.loads(DATE_WORDS.read_text(encoding="utf-8"))["extra_months"]
    words.update(w for table in extra.values() for name in table for w in WORD_RE.findall(strip_marks(name)))
    return sorted(w for w in words if not w.isdigit())


def weekday_words() -> list[str]:
    """The weekday names alone (wide), folded: a page's "today" line names one ("Selasa, 17 Februari
    2026"). Vietnamese writes them "Thứ Hai" ... "Chủ nhật": its "thu" and "chu" stand for them."""
    from babel import Locale

    words: set[str] = set()
    for code in LOCALES + WIDE_LOCALES:
        for context in Locale.parse(code).days.values():
            for name in context.get("wide", {}).values():
                found = WORD_RE.findall(strip_marks(name))
                if len(found) == 1 and found[0] not in NOT_CALENDAR_WORDS:
                    words.update(found)
    words.update({"thu", "chu"})
    return sorted(w for w in words if not w.isdigit())


def render() -> str:
    return json.dumps({"_comment": "Folded month and weekday names (wide and abbreviated) of "
                       + ", ".join(LOCALES) + ", the wide ones of " + ", ".join(WIDE_LOCALES)
                       + " (words of three letters or more) from Babel CLDR, and the wide weekday names alone;"
                       " made by tools/make_calendar_words.py",
                       "words": calendar_words(), "weekdays": weekday_words()}, ensure_ascii=False, indent=0) + "\n"


def main() -> int:
    return write_or_check(OUT, render(), __file__)


if __name__ == "__main__":
    sys.exit(main())
