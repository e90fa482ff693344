"""Dates of the Bikram Sambat calendar, which Nepali outlets write ("मंगलवार, १८ मंसिर, २०८१",
"२०८१ मंसिर १८ गते"): read on the folded text and turned into the Gregorian day they are.

The calendar's months have 29 to 32 days, fixed by almanac year by year rather than by a rule: the
days come from the ``nepali-datetime`` package's table (Bikram Sambat 1975 to 2100), not written out
here. Only a whole date counts (a day, a month's name, a year of 2000 to 2100: 1943 to 2044), and
only in a Nepali text: Hindi writes the same month names for the lunar Vikram Samvat, whose days are
not these."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import date

from .textutil import fold

# the months, Baisakh to Chait: the spoken names Nepali papers write, then the Sanskrit ones
MONTHS = (
    ("बैशाख", "वैशाख", "बैसाख"),
    ("जेठ", "जेष्ठ", "ज्येष्ठ"),
    ("असार", "असाढ", "आषाढ"),
    ("साउन", "श्रावण"),
    ("भदौ", "भाद्र"),
    ("असोज", "आश्विन"),
    ("कात्तिक", "कार्तिक"),
    ("मंसिर", "मङ्सिर", "मंगसिर", "मार्गशीर्ष"),
    ("पुस", "पुष", "पौष"),
    ("माघ",),
    ("फागुन", "फाल्गुन"),
    ("चैत", "चैत्र"),
)
DAY_WORD = "गते"  # ("मंसिर १८ गते": the day of the month)
FIRST_YEAR, LAST_YEAR = 2000, 2100
LANGUAGES = frozenset({"ne"})
# a year this late in a Nepali text is one of the calendar's own (Bikram Sambat 2060 began in April 2003),
# never a Gregorian year of a report
BIKRAM_YEARS_FROM = 2060


@functools.cache
def _month_of() -> dict[str, int]:
    return {fold(name): number for number, names in enumerate(MONTHS, 1) for name in names}


@functools.cache
def bikram_date_re() -> re.Pattern:
    """A whole Bikram Sambat date on folded text, in the three orders Nepali writes it: day, month,
    year ("१८ मंसिर, २०८१"); year, month, day ("२०८१ मंसिर १८ गते"); month, day, year ("मंसिर १८, २०८१")."""
    names = "|".join(map(re.escape, sorted(_month_of(), key=len, reverse=True)))
    month = rf"(?<![a-z])(?:{names})(?![a-z])"
    day_word = rf"(?:\s*{re.escape(fold(DAY_WORD))})?"
    year = r"(?P<{}>2[01]\d\d)(?!\d)"
    day = r"(?<!\d)(?P<{}>[0-3]?\d)(?!\d)"
    return re.compile(
        rf"{day.format('d1')}{day_word}\s+(?P<m1>{month}),?\s+{year.format('y1')}"
        rf"|(?<!\d){year.format('y2')}\s*,?\s+(?P<m2>{month})\s+{day.format('d2')}{day_word}"
        rf"|(?P<m3>{month})\s+{day.format('d3')}{day_word}\s*,\s*{year.format('y3')}")


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Bikram Sambat one; None for a day that is not one."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    import nepali_datetime  # noqa: PLC0415  (its table is read on first use: only for a Nepali text)

    try:
        return nepali_datetime.date(year, month, day).to_datetime_date()
    except (ValueError, OverflowError, KeyError, IndexError):
        return None


def bikram_dates(folded: str, lang: str | None) -> Iterator[tuple[re.Match, date]]:
    """The whole Bikram Sambat dates of a Nepali text (matched in its folded copy), each with its
    Gregorian day; none looked for in a text of another language."""
    if (lang or "").split("-")[0] not in LANGUAGES:
        return
    for m in bikram_date_re().finditer(folded):
        k = next(k for k in "123" if m[f"m{k}"] is not None)
        when = to_gregorian(int(m[f"y{k}"]), _month_of()[m[f"m{k}"]], int(m[f"d{k}"]))
        if when is not None:
            yield m, when
