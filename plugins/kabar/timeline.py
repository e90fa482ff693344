"""Charts drawn at build time: where every mark of a country pair's timeline, and every bar of the
home page's reports per year and language, goes. Pure (no pelican): numbers in, numbers out; the
markup is the theme's (``theme/templates/charts.html``, autoescaped: no text of a seed is written here).

Horizontal positions are percentages of the chart's width and vertical ones pixels, so a chart
fills any width while its marks and labels keep their size (a phone, a wide screen, paper).
Everything is rounded (:data:`PLACES`) and sorted: the same events give the same numbers.

A pair's timeline: time runs left to right from the first January of its first event's year to
the end of its last one; years are the axis labels (every :data:`LABEL_STEPS` year when there are
many). Events are put into periods (a month, a quarter, half a year, a year, several years: the
shortest that gives at most :data:`MAX_COLUMNS` columns over the span); the events of one period
are stacked, one mark each, linked to their event. A pair with more than :data:`MAX_DOTS` events,
or a period with more than :data:`MAX_STACK`, is drawn as bars instead, one per period, as high as
its count, each linked to the period's first event in the page's list: the drawing stays a few
hundred elements for any number of events. Undated events are not drawn, only counted.
"""
from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

PLACES = 2  # decimals of a percentage
X_START, X_END = 3.0, 97.0  # the drawing's span, in percent of the width (room for half a mark)
MAX_COLUMNS = 24  # periods across the span: marks do not overlap on a 320 px wide screen
PERIOD_MONTHS = (1, 3, 6, 12, 24, 60, 120, 240, 600, 1200)
MAX_LABELS = 8  # year labels on an axis
LABEL_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
MAX_TICKS = 60  # more years than this: a tick at labelled years only

DOT_R = 6  # a mark's radius, px
DOT_STEP = 15  # from one stacked mark to the next, px
MAX_STACK = 6  # marks in one column before the timeline turns to bars
MAX_DOTS = 150  # events before the timeline turns to bars
MIN_ROWS = 2  # the drawing is never lower than two stacked marks
TOP = 8  # room above the highest mark or bar, px
AXIS_ROOM = 26  # the year labels under the axis, px
BAR_SHARE = 0.7  # of a column's width

# the home page's chart: one row per language, one column per year
ROW_LABEL = 14  # the language's name, baseline from the row's top
ROW_BAR_TOP, ROW_BAR_BOTTOM = 36, 60  # the tallest bar's top, and every bar's bottom
COUNT_ABOVE = 4  # a bar's count, baseline above its top
ROW_HEIGHT = 68
AXIS_HEIGHT = 22
MAX_COUNTED_COLUMNS = 16  # more years than this: counts in the bars' names only, not written over them


def _round(value: float) -> float:
    return round(value, PLACES)


def _month_index(iso: str) -> int:
    """``"2024-03-04"`` -> months since year 0 (2024 * 12 + 2)."""
    return int(iso[:4]) * 12 + int(iso[5:7]) - 1


@dataclass(frozen=True)
class Tick:
    """A year on the axis: its start (``x``) and, when it is labelled, where its label goes."""

    year: int
    x: float
    label_x: float | None


@dataclass(frozen=True)
class Axis:
    """Time from the first month of ``first_year`` over ``months``, mapped onto the drawing's span."""

    first_year: int
    months: int

    def x(self, month: float) -> float:
        """Percent of the width at ``month`` months after the start."""
        return _round(X_START + month / self.months * (X_END - X_START))

    def ticks(self) -> tuple[Tick, ...]:
        years = self.months // 12
        step = next((s for s in LABEL_STEPS if -(-years // s) <= MAX_LABELS), LABEL_STEPS[-1])
        ticks = []
        for n in range(years + 1):
            year = self.first_year + n
            labelled = n < years and (step == 1 or year % step == 0)
            if labelled or years <= MAX_TICKS or n == years:
                ticks.append(Tick(year, self.x(n * 12), self.x(n * 12 + 6) if labelled else None))
        return tuple(ticks)


def _axis(first_year: int, last_year: int, period: int) -> Axis:
    months = (last_year - first_year + 1) * 12
    return Axis(first_year, -(-months // period) * period)  # whole periods


def _period(first_year: int, last_year: int) -> int:
    months = (last_year - first_year + 1) * 12
    return next((p for p in PERIOD_MONTHS if -(-months // p) <= MAX_COLUMNS), PERIOD_MONTHS[-1])


# ------------------------------------------------------------------ a pair's events

@dataclass(frozen=True)
class TimelineItem:
    """An event to draw: its id, date (None: not drawn) and the page its mark links to."""

    event: str
    date: str | None
    href: str


@dataclass(frozen=True)
class Dot:
    """One event's mark (its centre)."""

    event: str
    href: str
    date: str
    x: float
    y: int


@dataclass(frozen=True)
class Bar:
    """The events of one period, as one bar linked to the first of them in the page's list."""

    start: str  # the period's first and last days
    end: str
    count: int
    x: float  # left edge
    width: float
    y: int  # top
    height: int
    anchor: str  # the id of the period's first event in the page's list


@dataclass(frozen=True)
class Timeline:
    period_months: int
    ticks: tuple[Tick, ...]
    dots: tuple[Dot, ...]
    bars: tuple[Bar, ...]
    dated: int  # events drawn
    undated: int  # events not drawn: no date
    first: str  # the first and last drawn events' dates
    last: str
    anchors: dict[str, str]  # event id -> its id in the page's list (only the events bars link to)
    baseline: int  # the time axis, px from the top
    height: int
    most: int  # the events of the busiest period (the highest bar)
    radius: int = DOT_R


def _period_end(month: int) -> str:
    """The last day of the month ``month`` (months since year 0), ISO."""
    year, m = divmod(month, 12)
    return f"{year:04d}-{m + 1:02d}-{calendar.monthrange(year, m + 1)[1]:02d}"


def _period_start(month: int) -> str:
    return f"{month // 12:04d}-{month % 12 + 1:02d}-01"


def pair_timeline(items: Sequence[TimelineItem]) -> Timeline | None:
    """Where each event of ``items`` goes (in the order of the page's list: a bar links to its
    period's first event in it); None when none has a date."""
    dated = [item for item in items if item.date]
    if not dated:
        return None
    months = [_month_index(item.date) for item in dated]
    first_year, last_year = min(months) // 12, max(months) // 12
    period = _period(first_year, last_year)
    axis = _axis(first_year, last_year, period)
    columns: dict[int, list[TimelineItem]] = defaultdict(list)
    for item, month in zip(dated, months):
        columns[(month - first_year * 12) // period].append(item)
    column_width = period / axis.months * (X_END - X_START)
    dots: list[Dot] = []
    bars: list[Bar] = []
    anchors: dict[str, str] = {}
    most = max(map(len, columns.values()))
    as_bars = len(dated) > MAX_DOTS or most > MAX_STACK
    baseline = TOP + (MAX_STACK if as_bars else max(most, MIN_ROWS)) * DOT_STEP
    for column in sorted(columns):
        members = columns[column]
        centre = axis.x((column + 0.5) * period)
        if as_bars:
            start = first_year * 12 + column * period
            height = max(2, round(len(members) / most * MAX_STACK * DOT_STEP))
            anchor = f"tl-{_period_start(start)[:7]}"
            anchors[members[0].event] = anchor
            bars.append(Bar(_period_start(start), _period_end(start + period - 1), len(members),
                            _round(centre - column_width * BAR_SHARE / 2), _round(column_width * BAR_SHARE),
                            baseline - height, height, anchor))
            continue
        for n, item in enumerate(sorted(members, key=lambda i: (i.date, i.event))):
            dots.append(Dot(item.event, item.href, item.date, centre, baseline - DOT_R - 2 - n * DOT_STEP))
    return Timeline(period, axis.ticks(), tuple(dots), tuple(bars), len(dated), len(items) - len(dated),
                    min(item.date for item in dated), max(item.date for item in dated), anchors,
                    baseline, baseline + AXIS_ROOM, most)


# ------------------------------------------------------------------ reports per year and language

@dataclass(frozen=True)
class YearBar:
    lang: str
    year: int
    count: int
    x: float  # left edge, percent
    width: float
    y: int  # top, px
    height: int
    count_x: float  # where its count is written (centre)
    count_y: int


@dataclass(frozen=True)
class YearRow:
    lang: str
    top: int
    label_y: int
    base_y: int
    bars: tuple[YearBar, ...]
    total: int


@dataclass(frozen=True)
class YearChart:
    rows: tuple[YearRow, ...]
    ticks: tuple[Tick, ...]
    first_year: int
    last_year: int
    height: int
    axis_y: int
    show_counts: bool
    x_start: float = X_START
    x_end: float = X_END


def year_chart(counts: Mapping[tuple[str, int], int]) -> YearChart | None:
    """``(language, year) -> reports`` as rows of bars (one row per language, one column per year,
    every year of the span, the same scale throughout); None when there is nothing dated."""
    counts = {key: n for key, n in counts.items() if n > 0}
    if not counts:
        return None
    years = [year for _, year in counts]
    first_year, last_year = min(years), max(years)
    axis = Axis(first_year, (last_year - first_year + 1) * 12)
    column_width = 12 / axis.months * (X_END - X_START)
    most = max(counts.values())
    rows = []
    for n, lang in enumerate(sorted({lang for lang, _ in counts})):
        top = n * ROW_HEIGHT
        bars = []
        for year in range(first_year, last_year + 1):
            count = counts.get((lang, year), 0)
            if not count:
                continue
            height = max(2, round(count / most * (ROW_BAR_BOTTOM - ROW_BAR_TOP)))
            centre = axis.x((year - first_year) * 12 + 6)
            bars.append(YearBar(lang, year, count, _round(centre - column_width * BAR_SHARE / 2),
                                _round(column_width * BAR_SHARE), top + ROW_BAR_BOTTOM - height, height, centre,
                                top + ROW_BAR_BOTTOM - height - COUNT_ABOVE))
        rows.append(YearRow(lang, top, top + ROW_LABEL, top + ROW_BAR_BOTTOM, tuple(bars), sum(b.count for b in bars)))
    height = len(rows) * ROW_HEIGHT + AXIS_HEIGHT
    return YearChart(tuple(rows), axis.ticks(), first_year, last_year, height, len(rows) * ROW_HEIGHT,
                     last_year - first_year + 1 <= MAX_COUNTED_COLUMNS)
