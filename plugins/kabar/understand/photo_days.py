"""The dates of photo captions: a caption's full date is often of another day (an archive photo,
the arrival), and is the event's only when the rest of the text says so: the caption names both
sides and the first weekday the text tells is its date's, or a day and month the text writes
without a year is the caption's very day (its year, then, the event's)."""
from __future__ import annotations

import re
from collections.abc import Callable

from .date_mentions import _Mention, _Text, _inside
from .datelines import _Relative
from .met_days import _named_around

ARCHIVE_PHOTO_RE = re.compile(r"\b(?:file|archive|archives|archivo|archiv|arsip|tu lieu|архив)")  # (folded)


def photo_of_the_pair(t: _Text, m: _Mention, later: list[_Relative], in_captions: list[tuple[int, int]],
                      countries: tuple[str, ...], named: Callable[[int, int], frozenset[str]] | None) -> bool:
    """A caption's full date is the event's when the caption names both sides of the pair and the
    first weekday the text tells after the lead is that date's ("Putin and Castro in Havana on July
    11, 2014" over "Putin arrived in Havana early Friday"); never an archive photo's."""
    if named is None or len(countries) != 2 or ARCHIVE_PHOTO_RE.search(t.folded, *caption_of(m, in_captions)):
        return False
    first = next((rel for rel in later if not rel.future_before and not _inside(rel, in_captions)), None)
    if first is None or first.weekday != m.when.weekday():
        return False
    return set(countries) <= _named_around(t, m.start, m.end, named)


def photo_of_the_day(t: _Text, m: _Mention, of_photos: list[_Mention],
                     in_captions: list[tuple[int, int]]) -> _Mention | None:
    """A caption's full date on the very day and month a day mention without a year writes (on its
    weekday, if it names one), the caption no archive photo's: the photo of the event, whose year
    is the event's ("… arrived in Washington on January 16" under "Washington, January 16, 2018").
    Two such captions of different years lend none."""
    if m.year is not None or m.month is None or m.day is None:
        return None
    same = [p for p in of_photos if p.when is not None and p.month == m.month and p.day == m.day
            and (m.weekday is None or p.when.weekday() == m.weekday)
            and not ARCHIVE_PHOTO_RE.search(t.folded, *caption_of(p, in_captions))]
    return same[0] if same and len({p.year for p in same}) == 1 else None


def caption_of(m: _Mention, in_captions: list[tuple[int, int]]) -> tuple[int, int]:
    return next(((a, b) for a, b in in_captions if a <= m.start < b), (m.start, m.end))
