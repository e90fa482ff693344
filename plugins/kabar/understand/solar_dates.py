"""Dates of the Solar Hijri calendar, which Iranian and Afghan outlets write ("۲۶ خرداد ۱۴۰۱",
"۱۰ جوزا ۱۴۰۱"): read on the folded text and turned into the Gregorian day they are.

Only a whole date counts (a day, a month's name, a year of 1300 to 1499: 1921 to 2121): a month's name
alone is often a word ("مهر", kindness; "تیر", arrow; "دی", which)."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import date

from .textutil import fold

# the months, Farvardin to Esfand: Iran's names, Afghanistan's Dari (zodiac) names, Pashto's
MONTHS = (
    ("فروردین", "حمل", "وری"),
    ("اردیبهشت", "ثور", "غویی"),
    ("خرداد", "جوزا", "غبرگولی"),
    ("تیر", "سرطان", "چنگاښ"),
    ("مرداد", "امرداد", "اسد", "زمری"),
    ("شهریور", "سنبله", "وږی"),
    ("مهر", "میزان", "تله"),
    ("آبان", "عقرب", "لړم"),
    ("آذر", "قوس", "لیندۍ"),
    ("دی", "جدی", "مرغومی"),
    ("بهمن", "دلو", "سلواغه"),
    ("اسفند", "حوت", "کب"),
)
MONTH_WORD = "ماه"  # ("۲۶ خرداد ماه ۱۴۰۱")
YEAR_WORD = "سال"  # ("… خرداد سال ۱۴۰۱")
FIRST_YEAR, LAST_YEAR = 1300, 1499
ARABIC_SCRIPT_RE = re.compile(r"[\u0600-\u06ff]")  # (Persian, Dari and Pashto are written in it)


@functools.cache
def _month_of() -> dict[str, int]:
    return {fold(name): number for number, names in enumerate(MONTHS, 1) for name in names}


@functools.cache
def solar_date_re() -> re.Pattern:
    """A whole Solar Hijri date on folded text: day, month's name, (month word, year word,) year."""
    names = "|".join(map(re.escape, sorted(_month_of(), key=len, reverse=True)))
    words = rf"(?:\s+{re.escape(fold(MONTH_WORD))})?(?:\s+{re.escape(fold(YEAR_WORD))})?"
    return re.compile(rf"(?<![\d])(?P<day>[0-3]?\d)\s+(?P<month>{names})(?![a-z]){words}\s+(?P<year>1[34]\d\d)(?!\d)")


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri one (the arithmetic of the 33-year cycle, right for the
    years this archive meets); None for a day that is not one."""
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    jy = year + 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    try:
        return date.fromordinal(date(gy, 1, 1).toordinal() + days)  # (``days``: days after 1 January)
    except ValueError:
        return None


def solar_dates(text: str, folded: str) -> Iterator[tuple[re.Match, date]]:
    """The whole Solar Hijri dates of a text (matched in its folded copy), each with its Gregorian
    day; none looked for in a text without a letter of the Arabic script."""
    if ARABIC_SCRIPT_RE.search(text) is None:
        return
    for m in solar_date_re().finditer(folded):
        when = to_gregorian(int(m["year"]), _month_of()[m["month"]], int(m["day"]))
        if when is not None:
            yield m, when
