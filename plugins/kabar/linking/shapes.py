"""What the linker reads and what it gives: articles in, links and events out; editors' overrides."""
from __future__ import annotations

from dataclasses import dataclass, field

# --------------------------------------------------------------------------
# Public shapes


@dataclass(frozen=True)
class LinkArticle:
    """What the linker needs of an article."""

    id: str
    lang: str | None
    title: str
    text: str  # title + body, boilerplate removed
    date: str | None  # ISO YYYY-MM-DD or None
    countries: tuple[str, ...]  # sorted ISO codes; a pair when len == 2
    month_day: str | None = None  # "MM-DD" when the text gives a day but no year for it
    weekday: int | None = None  # ... and the weekday it names (0 = Monday), if any
    day_of_month: tuple[int, int] | None = None  # no month: the days of the month alone ("15日", "9~11일")
    # listed leaders and ministers named, (person id, start, end) in ``text``; None: found here
    people: tuple[tuple[str, int, int], ...] | None = None
    # the countries its headline and lead say the meeting is held in; None: found here
    venue: tuple[str, ...] | None = None
    # ``date`` is only the page's own date (its publication line, its address): the event's date
    # from its other reports is surer (a report is often of the day before it was published)
    date_is_page_date: bool = False
    # no day at all: the days (ISO, first and last) of the one summit its headline or lead sets it at
    around: tuple[str, str] | None = None
    # no day: every day and month ("MM-DD") its text writes (a plan, the body's days)
    days_written: tuple[str, ...] = ()
    # ``date`` is the first day of a span the text gives ("8 - 11.7.2017"): it places the report
    # for linking, but the event's date comes from its other reports, and none from spans alone
    date_is_span_start: bool = False
    # the last day ("MM-DD") of the span of days ``month_day`` starts, written without a year
    month_day_to: str | None = None
    # False: ``date`` is the page's own day, which the report does not give as the event's (no time
    # of day on its line, or an early one): it places the report, its event's date is not taken from it
    date_shown: bool = True
    # no day: the first day (ISO) its event can be on (the latest day or month its text writes as past)
    not_before: str | None = None


@dataclass(frozen=True)
class Link:
    """Two articles judged to report the same event (``a`` < ``b``)."""

    a: str
    b: str
    score: float
    evidence: dict = field(hash=False)


@dataclass(frozen=True)
class Event:
    id: str
    article_ids: tuple[str, ...]
    date: str | None
    countries: tuple[str, ...]
    links: tuple[Link, ...]
    # members whose text gave no year (or no date): the date they take from the event
    # (their own day and month in the event's year, else the event's date)
    completed: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Overrides:
    """Editor decisions that win over the linker."""

    together: tuple[tuple[str, ...], ...] = ()
    apart: tuple[tuple[str, str], ...] = ()
