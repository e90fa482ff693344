"""Charts drawn at build time (plugins/kabar/timeline.py, theme/templates/charts.html): where marks
and bars go, how they stack and turn into bars, what they link to, and that every text in the SVG
is escaped. (Events and titles invented for the tests.)"""
import random
from types import SimpleNamespace

import pytest
from jinja2 import Environment, FileSystemLoader

from kabar import i18n
from kabar.timeline import (AXIS_ROOM, DOT_R, DOT_STEP, MAX_DOTS, MAX_LABELS,
                            MAX_STACK, MIN_ROWS, TOP, X_END, X_START, TimelineItem, pair_timeline, year_chart)
from tests.conftest import ROOT


def items(*dates, href="r/{n}.html"):
    return [TimelineItem(f"ev-{n}", date, href.format(n=n)) for n, date in enumerate(dates)]


def test_a_mark_goes_where_its_date_is():
    tl = pair_timeline(items("2024-06-15"))
    # one year, in months: June is the sixth of twelve columns, its mark at the column's centre
    assert tl.period_months == 1
    (dot,) = tl.dots
    assert dot.x == round(X_START + 5.5 / 12 * (X_END - X_START), 2) == 46.08
    assert tl.baseline == TOP + MIN_ROWS * DOT_STEP and tl.height == tl.baseline + AXIS_ROOM
    assert dot.y == tl.baseline - DOT_R - 2
    assert (dot.event, dot.href, dot.date) == ("ev-0", "r/0.html", "2024-06-15")


@pytest.mark.parametrize("first, last, months", [
    ("2024-01-01", "2024-12-31", 1), ("2023-01-01", "2024-12-31", 1),   # up to two years: months
    ("2022-01-01", "2024-12-31", 3), ("2019-05-01", "2024-05-01", 3),   # up to six: quarters
    ("2018-01-01", "2024-01-01", 6), ("2013-01-01", "2024-01-01", 6),
    ("2012-01-01", "2024-01-01", 12), ("2001-01-01", "2024-01-01", 12),
    ("2000-01-01", "2024-01-01", 24), ("1977-01-01", "2024-01-01", 24),
    ("1950-01-01", "2024-01-01", 60),
])
def test_the_period_is_the_shortest_that_fits_24_columns(first, last, months):
    tl = pair_timeline(items(first, last))
    assert tl.period_months == months
    assert len({d.x for d in tl.dots}) == 2
    assert all(X_START < d.x < X_END for d in tl.dots)


def test_quarters_over_three_years():
    tl = pair_timeline(items("2021-01-01", "2022-05-10", "2023-12-31"))
    assert tl.period_months == 3
    # 2022-05 is month 16 of 36: the sixth quarter (months 15-17), centred on month 16.5
    assert [d.x for d in tl.dots] == [round(X_START + m / 36 * 94, 2) for m in (1.5, 16.5, 34.5)]
    assert [(t.year, t.label_x is not None) for t in tl.ticks] == [(2021, True), (2022, True), (2023, True),
                                                                   (2024, False)]
    assert tl.ticks[0].x == X_START and tl.ticks[-1].x == X_END


def test_events_of_one_period_are_stacked_oldest_at_the_bottom():
    tl = pair_timeline(items("2024-03-20", "2024-03-02", "2024-09-01", "2024-03-11"))
    stacked = [d for d in tl.dots if d.date.startswith("2024-03")]
    assert len({d.x for d in stacked}) == 1
    assert [d.date for d in sorted(stacked, key=lambda d: -d.y)] == ["2024-03-02", "2024-03-11", "2024-03-20"]
    assert [d.y for d in sorted(stacked, key=lambda d: -d.y)] == [
        tl.baseline - DOT_R - 2 - n * DOT_STEP for n in range(3)]
    assert tl.baseline == TOP + 3 * DOT_STEP  # as high as the tallest stack
    assert min(d.y for d in tl.dots) - DOT_R >= 0


def test_marks_link_to_their_event_or_report():
    given = [TimelineItem("ev-a", "2024-01-05", "events/ev-a.html"),
             TimelineItem("ev-b", "2024-02-05", "en/2024/one-report.html")]
    tl = pair_timeline(given)
    assert {(d.event, d.href) for d in tl.dots} == {(i.event, i.href) for i in given}
    assert tl.bars == () and tl.anchors == {}


def test_undated_events_are_counted_not_drawn():
    tl = pair_timeline(items(None, "2024-01-05", None))
    assert (tl.dated, tl.undated, len(tl.dots)) == (1, 2, 1)
    assert (tl.first, tl.last) == ("2024-01-05", "2024-01-05")
    assert pair_timeline(items(None, None)) is None
    assert pair_timeline([]) is None


def test_a_crowded_period_turns_the_timeline_into_bars_linked_to_the_list():
    dates = ["2024-06-%02d" % d for d in range(1, MAX_STACK + 2)] + ["2024-02-10"]
    tl = pair_timeline(items(*dates))
    assert tl.dots == ()
    assert [(b.start, b.end, b.count) for b in tl.bars] == [("2024-02-01", "2024-02-29", 1),
                                                           ("2024-06-01", "2024-06-30", MAX_STACK + 1)]
    june = tl.bars[1]
    assert (june.y, june.height) == (tl.baseline - MAX_STACK * DOT_STEP, MAX_STACK * DOT_STEP)
    assert tl.bars[0].height == round(MAX_STACK * DOT_STEP / (MAX_STACK + 1))
    assert june.x < 46.08 < june.x + june.width  # around June's centre
    # each bar leads to its period's first event in the page's list (the items' order)
    assert tl.anchors == {"ev-0": "tl-2024-06", f"ev-{MAX_STACK + 1}": "tl-2024-02"}
    assert june.anchor == "tl-2024-06" and tl.most == MAX_STACK + 1


def test_thousands_of_events_make_a_few_bars():
    rng = random.Random(1)
    dates = [f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(10_000)]
    tl = pair_timeline(items(*dates))
    assert tl.dots == () and len(tl.bars) <= 24 and sum(b.count for b in tl.bars) == 10_000
    assert sum(t.label_x is not None for t in tl.ticks) <= MAX_LABELS
    assert len(tl.anchors) == len(tl.bars)
    few = pair_timeline(items(*[f"{2000 + n % 25}-01-01" for n in range(MAX_DOTS + 1)]))
    assert few.dots == () and few.bars  # more than MAX_DOTS events: bars, however spread


def test_the_same_events_give_the_same_drawing_in_any_order():
    given = items("2021-11-29", "2024-03-04", "2024-03-04", "2025-05-10", None, "2021-06-20")
    first = pair_timeline(given)
    shuffled = given[:]
    random.Random(2).shuffle(shuffled)
    assert pair_timeline(shuffled) == first
    assert all(round(d.x, 2) == d.x and isinstance(d.y, int) for d in first.dots)


def test_many_years_label_every_fifth():
    tl = pair_timeline(items("1995-01-01", "2024-12-31"))
    labelled = [t.year for t in tl.ticks if t.label_x is not None]
    assert labelled == [1995, 2000, 2005, 2010, 2015, 2020]


def test_year_chart_rows_columns_and_scale():
    chart = year_chart({("id", 2021): 2, ("id", 2024): 1, ("en", 2024): 1, ("id", 2025): 1, ("fr", 2023): 0})
    assert [r.lang for r in chart.rows] == ["en", "id"]
    assert (chart.first_year, chart.last_year) == (2021, 2025) and chart.show_counts
    en, ind = chart.rows
    assert [(b.year, b.count) for b in ind.bars] == [(2021, 2), (2024, 1), (2025, 1)]
    assert ind.bars[0].height == 2 * ind.bars[1].height  # one scale for every row
    assert en.bars[0].count_x == ind.bars[1].count_x  # 2024 is one column
    assert ind.top > en.base_y and chart.axis_y >= ind.base_y
    assert all(b.count_y < b.y <= b.y + b.height == r.base_y for r in chart.rows for b in r.bars)
    assert [t.year for t in chart.ticks if t.label_x is not None] == [2021, 2022, 2023, 2024, 2025]
    assert year_chart({}) is None


# ------------------------------------------------------------------ the markup

HOSTILE = '</title><script>alert(1)</script><a href="javascript:x()">&amp; {{ 7*7 }}'


@pytest.fixture(scope="module")
def charts():
    env = Environment(loader=FileSystemLoader(ROOT / "theme" / "templates"), autoescape=True,
                      extensions=["jinja2.ext.i18n"])
    env.install_null_translations(newstyle=True)
    env.filters.update(date_long=lambda iso, lang: i18n.format_iso_date(iso, lang, "long"),
                       date_medium=lambda iso, lang: i18n.format_iso_date(iso, lang, "medium"),
                       lang_name=lambda code, lang: i18n.language_name(code, lang))
    return env.from_string('{% from "charts.html" import pair_timeline, year_chart with context %}'
                           '{% if tl %}{{ pair_timeline(tl, name, events) }}{% else %}{{ year_chart(chart, 2) }}{% endif %}')


def _events(*ids, title=HOSTILE):
    report = SimpleNamespace(section="en", record=SimpleNamespace(title=title))
    return {eid: {"reports": [report]} for eid in ids}


def test_a_hostile_title_is_text_in_the_svg(charts):
    tl = pair_timeline(items("2024-03-04", href="events/{n}.html"))
    html = charts.render(tl=tl, name=HOSTILE, events=_events("ev-0"), page_lang="en", SITEURL="../..",
                         page_url="en/pairs/aa-bb.html")
    assert "<script>" not in html
    assert '<a href="javascript' not in html and "</title><script>" not in html
    escaped = "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
    assert f"<title>March 4, 2024: {escaped}" in html  # the mark's name, written once and escaped once
    assert f'aria-label="March 4, 2024: {escaped}' in html
    assert f'<title id="timeline-title">Timeline of events: {escaped}' in html
    assert "&amp;amp;" in html and "{{ 7*7 }}" in html  # "&amp;" is shown as typed; no template runs


def test_marks_and_bars_are_named_links(charts):
    tl = pair_timeline(items("2024-03-04", "2021-01-05", href="events/{n}.html"))
    html = charts.render(tl=tl, name="A – B", events=_events("ev-0", "ev-1", title="Talks"), page_lang="en",
                         SITEURL="../..", page_url="en/pairs/aa-bb.html")
    assert html.count("<a ") == 2 and html.count("<circle ") == 2
    assert '<a href="../../events/0.html" aria-label="March 4, 2024: Talks">' in html
    assert 'role="group" aria-labelledby="timeline-title" aria-describedby="timeline-desc"' in html
    assert '<g class="axis" aria-hidden="true">' in html
    crowded = pair_timeline(items(*["2024-06-%02d" % d for d in range(1, 9)]))
    html = charts.render(tl=crowded, name="A – B", events=_events(), page_lang="en", SITEURL="../..",
                         page_url="en/pairs/aa-bb.html")
    assert '<a href="../../en/pairs/aa-bb.html#tl-2024-06" aria-label="Jun 1, 2024 – Jun 30, 2024: 8 events">' in html
    assert "<rect " in html and "<circle " not in html
    assert "the highest bar: 8 events" in html  # the scale, in words


def test_the_year_chart_links_each_bar_to_its_year(charts):
    chart = year_chart({("id", 2021): 2, ("en", 2024): 1})
    html = charts.render(tl=None, chart=chart, page_lang="en", SITEURL="..")
    assert '<a href="../id/2021/index.html" aria-label="Indonesian, 2021: 2 reports">' in html
    assert '<a href="../en/2024/index.html" aria-label="English, 2024: 1 report">' in html
    assert "2 undated reports are not drawn." in html
