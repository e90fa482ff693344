"""The archive as pages: URLs and groupings, from records and events. Pure (no pelican).

URL scheme (relative to the site root; every link names a file):

- ``{lang}/index.html``                 a language's front page
- ``{lang}/{yyyy}/{slug}.html``         an article (``{lang}/undated/{slug}.html`` without a date)
- ``{lang}/{yyyy}/index.html``          the year's archive, ``{lang}/{yyyy}/{mm}/index.html`` the month's
- ``{lang}/undated.html``               articles with no date
- ``{lang}/pairs/index.html``           country pairs, ``{lang}/pairs/{aa}-{bb}.html`` one pair
- ``{lang}/people/index.html``          people named in two or more reports, ``{lang}/people/{slug}.html`` one
- ``{lang}/outlets/index.html``         outlets, ``{lang}/outlets/{slug}.html`` one outlet (:mod:`outlets`)
- ``{lang}/outlets/{slug}/{yyyy}.html`` one year of an outlet's reports, when they are too many for one
  page (``…/undated.html``); ``{lang}/people/{slug}/{yyyy}.html`` the same for a person's events
- ``events/{event-id}.html``            an event reported two or more times
- ``raw/{article-id}.txt``              the untouched seed text
- ``api/articles.json``, ``api/people.json``, ``api/build-report.json``

``{lang}`` is the article's BCP 47 code (``und`` when undetected); ``{slug}`` is
the title folded to ASCII; two articles that would share a URL are told apart
by the first six characters of their ids (the lowest id keeps the plain slug).
"""
from __future__ import annotations

import functools

from collections import defaultdict
from dataclasses import dataclass

from .outlets import Outlet
from .record import UNDETERMINED, ArticleRecord
from .understand.textutil import slugify

RESERVED_SLUGS = frozenset({"index", "undated", "pairs", "search"})


def events_of(events: dict[str, dict], pages) -> dict[str, dict]:
    """The views of the events of ``pages``: what a listing of them shows (and all its page's
    bytes depend on, so that a new event elsewhere does not make it render again)."""
    return {eid: events[eid] for eid in sorted({p.event_id for p in pages})}


@dataclass(frozen=True)
class SwitchLink:
    """One language of a page's language switcher: that language's page, or its home."""

    lang: str
    url: str
    exact: bool  # the same page in that language (not its home)


@dataclass(frozen=True)
class ArticlePage:
    """A report's page. (Its record never changes: what is read from it is kept on first use, as
    listings sort and group thousands of pages by date and pair again and again.)"""

    record: ArticleRecord
    url: str
    section: str  # the language section the article lives in
    event_id: str
    outlet: Outlet | None = None  # the outlet its source names (None: it names none)

    @functools.cached_property
    def id(self) -> str:
        return self.record.id

    @functools.cached_property
    def date(self) -> str | None:
        """The day it is filed and sorted under: its date, or the first of the span of days it
        gives (:attr:`span`, which its page and listings show instead)."""
        return self.record.date.iso or (self.span[0] if self.span else None)

    @functools.cached_property
    def span(self) -> tuple[str, str] | None:
        """The span of days a report without a single day gives ("8 - 11.7.2017"), first and last."""
        return self.record.date.span

    @functools.cached_property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    @functools.cached_property
    def month(self) -> int | None:
        return int(self.date[5:7]) if self.date else None

    @functools.cached_property
    def pair(self) -> tuple[str, ...] | None:
        c = self.record.countries
        return c.codes if c.scope == "pair" else None

    @property
    def raw_url(self) -> str:
        return f"raw/{self.record.id}.txt"

    def content_key(self) -> str | None:
        """A short stand-in for the page in page fingerprints (:func:`output.fingerprint`): its
        record's, and its own fields (what else it shows is read from the record)."""
        key = self.record.content_key()
        return None if key is None else f"page|{key}|{self.url}|{self.section}|{self.event_id}|{self.outlet!r}"


def section_of(record: ArticleRecord) -> str:
    return record.lang or UNDETERMINED


def pair_slug(codes: tuple[str, ...]) -> str:
    return "-".join(c.lower() for c in codes)


def pair_url(section: str, codes: tuple[str, ...]) -> str:
    return f"{section}/pairs/{pair_slug(codes)}.html"


def year_url(section: str, year: int) -> str:
    return f"{section}/{year:04d}/index.html"


def month_url(section: str, year: int, month: int) -> str:
    return f"{section}/{year:04d}/{month:02d}/index.html"


def people_url(section: str) -> str:
    return f"{section}/people/index.html"


def person_url(section: str, slug: str) -> str:
    return f"{section}/people/{slug}.html"
def outlets_url(section: str) -> str:
    return f"{section}/outlets/index.html"


def outlet_url(section: str, slug: str) -> str:
    return f"{section}/outlets/{slug}.html"


def year_part(year: int | None) -> str:
    """A year's part of a list's year pages' URLs ("undated" for the undated)."""
    return str(year) if year else "undated"


def outlet_year_url(section: str, slug: str, year: int | None) -> str:
    """One year of a long outlet page (see :func:`by_year`)."""
    return f"{section}/outlets/{slug}/{year_part(year)}.html"


def person_year_url(section: str, slug: str, year: int | None) -> str:
    """One year of a long person page (see :func:`by_year`)."""
    return f"{section}/people/{slug}/{year_part(year)}.html"


class ShownLinks(tuple):
    """An event's links as its pages show them (:class:`linking.Link`, score rounded, evidence
    shown). ``content_key`` stands for them in page fingerprints: one ``repr`` of plain values,
    where hashing each link's evidence piece by piece was a third of a rebuild's fingerprinting."""

    __slots__ = ()

    def content_key(self) -> str:
        return repr([(k.a, k.b, k.score, sorted(k.evidence.items())) for k in self])


@dataclass(frozen=True)
class Named:
    """A person as one year of their events shows them: by name (their page's other facts change
    with any of their reports)."""

    slug: str
    name: str


@dataclass(frozen=True)
class YearLink:
    """One year page of a long list: its year (None: the undated), how many it holds, its URL."""

    year: int | None
    count: int
    url: str


def list_parts(items: list, limit: int, year_of) -> tuple[list, list[tuple[int | None, list]]]:
    """(what a list's own page shows, its year pages) for a newest-first list: all of it and no
    year pages when it has ``limit`` items or fewer, else its newest ``limit`` and every year's."""
    if len(items) <= limit:
        return items, []
    return items[:limit], by_year(items, year_of)


def year_links(years: list[tuple[int | None, list]], url_of) -> tuple[YearLink, ...]:
    return tuple(YearLink(year, len(items), url_of(year)) for year, items in years)


def year_page(links: tuple[YearLink, ...], n: int) -> dict:
    """What the ``n``-th year page of a long list shows besides its items: its year, and the
    years before and after it, as (year, URL). Nothing that changes with other years' items
    (their counts, the list's total, a person's other facts), which would render every year page
    again for one new report."""
    return dict(year_page=links[n],
                newer=(links[n - 1].year, links[n - 1].url) if n > 0 else None,
                older=(links[n + 1].year, links[n + 1].url) if n + 1 < len(links) else None)


def by_year(items: list, year_of) -> list[tuple[int | None, list]]:
    """A newest-first list by year, newest first and the undated last (its order kept within
    each): the year pages of a list too long for one page. A year's page changes only when one of
    its items does, so a new report renders the first page and one year's again, not the whole list."""
    groups: dict[int | None, list] = {}
    for item in items:
        groups.setdefault(year_of(item), []).append(item)
    return sorted(groups.items(), key=lambda kv: (kv[0] is None, -(kv[0] or 0)))


def event_url(event_id: str) -> str:
    return f"events/{event_id}.html"


def assign_urls(records: list[ArticleRecord]) -> dict[str, str]:
    """Article id -> URL. Deterministic whatever the order of ``records``."""
    wanted: dict[str, list[ArticleRecord]] = defaultdict(list)
    for record in records:
        slug = slugify(record.title)
        if slug in RESERVED_SLUGS or slug.isdigit():
            slug = f"{slug}-article"
        span = record.date.span  # (a span of days: its year)
        folder = record.date.iso[:4] if record.date.iso else span[0][:4] if span else "undated"
        wanted[f"{section_of(record)}/{folder}/{slug}"].append(record)
    urls: dict[str, str] = {}
    for stem, group in wanted.items():
        group.sort(key=lambda r: r.id)
        urls[group[0].id] = f"{stem}.html"
        for record in group[1:]:
            urls[record.id] = f"{stem}-{record.id[:6]}.html"
    return urls


def newest_first(pages: list[ArticlePage]) -> list[ArticlePage]:
    """Dated articles newest first, then undated ones; ties by title then id."""
    dated = sorted((p for p in pages if p.date), key=lambda p: (p.record.title.casefold(), p.id))
    dated.sort(key=lambda p: p.date, reverse=True)
    undated = sorted((p for p in pages if not p.date), key=lambda p: (p.record.title.casefold(), p.id))
    return dated + undated


def group_by(pages: list[ArticlePage], key) -> dict:
    out: dict = defaultdict(list)
    for page in pages:
        k = key(page)
        if k is not None:
            out[k].append(page)
    return dict(out)
