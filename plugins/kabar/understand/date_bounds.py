"""The first day the event of a report without a day can be on, from what the text tells of as
before it (:func:`told_after`): the linker joins such a report to no event before it."""
from __future__ import annotations

import re
from datetime import timedelta

from .date_language import _Lang
from .date_mentions import _Mention, _Text, _mkdate

# "from", "ab", "a partir de" right before a year or month: a start, which may be to come (folded words)
FROM_BEFORE_RE = re.compile(r"(?<![a-z])(?:from|ab|a partir d[eo]s?|starting|beginning|with effect from|des|dès)\s+"
                            r"(?:the\s+)?(?:[a-z]+\s+)?$")
FROM_BEFORE_CHARS = 30


def told_after(t: _Text, lx: _Lang, mentions: list[_Mention]) -> str | None:
    """The first day (ISO) the event of a report without a day can be on, when the text tells of a
    time before it: the day after the latest month or year it writes after "since", "after that of"
    ("la deuxième visite à Oyo, après celle de juillet 2022": 1 August 2022), or after a day it
    writes as past. (Not any month it writes: "la conferencia, a celebrarse en junio de 2025" is to
    come, though no word the text uses says so.)"""
    latest = None
    for m in mentions:
        if m.year is None or m.period or m.range_end:
            continue
        if m.kind == "day" and m.since and m.when is not None:
            first = m.when + timedelta(days=1)
        elif m.kind == "month" and m.ctx == "past-strong":
            first = _mkdate(m.year + m.month // 12, m.month % 12 + 1, 1)
        elif m.kind == "year" and m.ctx == "past-strong":
            first = _mkdate(m.year + 1, 1, 1)
        else:
            continue
        if t.future_sentence(m.start, lx.future_re) \
                or FROM_BEFORE_RE.search(t.folded, max(0, m.start - FROM_BEFORE_CHARS), m.start):
            continue  # (… nor "from 2025": a start, maybe to come, "to export vehicles from 2025")
        if first is not None and (latest is None or first > latest):
            latest = first
    return latest.isoformat() if latest is not None else None
