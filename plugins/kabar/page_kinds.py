"""Each kind of page queued for rendering: the home page, a language's front page and archives,
pair pages, outlet pages, article pages (a part of :class:`generator.KabarGenerator`)."""
from __future__ import annotations

import functools
from collections import Counter, defaultdict

from markupsafe import Markup

from . import meta, site, timeline
from .linking import Event
from .render import render_body


class PageKindsMixin:
    """Methods of :class:`generator.KabarGenerator` (they use its attributes)."""

    def _queue_home(self, pages, events, all_pairs) -> None:
        latest_events = sorted(events.values(), key=lambda e: (e["date"] or "", e["id"]),
                               reverse=True)[: self.kabar.latest_count]
        per_year: dict[int, Counter] = defaultdict(Counter)
        for p in pages:
            if p.year:
                per_year[p.year][p.section] += 1
        years = [(year, sorted(per_year[year].items())) for year in sorted(per_year, reverse=True)]
        chart = timeline.year_chart({(lang, year): n for year, per_lang in per_year.items()
                                     for lang, n in per_lang.items()})
        self._queue("index.html", "home.html", self.kabar.default_lang,
                    latest_events=latest_events, counts_by_lang=Counter(p.section for p in pages),
                    pairs=sorted(all_pairs.items()), years=years, switch=self._switch({}),
                    article_count=len(pages), event_count=sum(1 for e in events.values() if e["url"]),
                    year_chart=chart, undated_count=sum(1 for p in pages if not p.year))

    def _queue_section(self, section, pages, events, all_pairs, pair_events, years_of, months_of) -> None:
        """A language's front page, archives (all, by year, by month, undated) and pair pages.
        ``years_of`` and ``months_of``: the (section, year[, month]) archives that exist."""
        sections = self.sections
        mine = site.newest_first([p for p in pages if p.section == section])
        by_year = site.group_by(mine, lambda p: p.year)
        undated = [p for p in mine if not p.date]
        self._queue(f"{section}/index.html", "language.html", section,
                    articles=mine[: self.kabar.latest_count], total=len(mine),
                    years=sorted(((y, len(v)) for y, v in by_year.items()), reverse=True),
                    undated=len(undated), pairs=sorted(all_pairs.items()),
                    events=site.events_of(events, mine[: self.kabar.latest_count]),
                    switch=self._switch({s: f"{s}/index.html" for s in sections}))
        self._queue(f"{section}/archive.html", "archive_index.html", section,
                    years=[(y, sorted(Counter(p.month for p in v).items()))
                           for y, v in sorted(by_year.items(), reverse=True)],
                    undated=len(undated), switch=self._switch({s: f"{s}/archive.html" for s in sections}))
        for year, in_year in by_year.items():
            months = site.group_by(in_year, lambda p: p.month)
            self._queue(site.year_url(section, year), "archive.html", section,
                        kind="year", year=year, groups=sorted(months.items(), reverse=True),
                        events=site.events_of(events, in_year),
                        switch=self._switch({s: site.year_url(s, year) for s in sections
                                             if (s, year) in years_of}))
            for month, month_pages in months.items():
                self._queue(site.month_url(section, year, month), "archive.html", section,
                            kind="month", year=year, month=month, groups=[(month, month_pages)],
                            events=site.events_of(events, month_pages),
                            switch=self._switch({s: site.month_url(s, year, month) for s in sections
                                                 if (s, year, month) in months_of}))
        if undated:
            self._queue(f"{section}/undated.html", "archive.html", section,
                        kind="undated", groups=[(None, undated)], events=site.events_of(events, undated),
                        switch=self._switch({}))
        self._queue(f"{section}/pairs/index.html", "pairs.html", section,
                    pairs=sorted(all_pairs.items()),
                    switch=self._switch({s: f"{s}/pairs/index.html" for s in sections}))
        for codes in all_pairs:
            self._queue(site.pair_url(section, codes), "pair.html", section,
                        codes=codes, pair_events=pair_events[codes],
                        events=site.events_of(events, (p for group in pair_events[codes] for p in group)),
                        timeline=self._pair_timeline(codes, pair_events[codes], events),
                        switch=self._switch({s: site.pair_url(s, codes) for s in sections}))

    def _pair_timeline(self, codes, groups, events) -> timeline.Timeline | None:
        """The drawing of a pair's events (``groups``: its reports by event, as its page lists them),
        made once and shown by the pair's page in every section. A mark links to its event's page,
        or to its one report."""
        if codes not in self._timelines:
            items = []
            for group in groups:
                event = events[group[0].event_id]
                items.append(timeline.TimelineItem(event["id"], event["date"] or group[0].date,
                                                   event["url"] or group[0].url))
            self._timelines[codes] = timeline.pair_timeline(items)
        return self._timelines[codes]

    def _queue_outlets(self, pages, events) -> None:
        """Every section's outlets index and a page per outlet: its reports, newest first."""
        reports = {slug: site.newest_first(ps) for slug, ps in
                   site.group_by(pages, lambda p: p.outlet.slug if p.outlet else None).items()}
        listed = [(g.outlet, len(g.article_ids)) for g in
                  sorted(self.outlet_groups, key=lambda g: (g.outlet.name.casefold(), g.outlet.slug))]
        without = sum(1 for p in pages if p.outlet is None)
        sections = self.sections
        for section in sections:
            self._queue(site.outlets_url(section), "outlets.html", section, outlets=listed, without=without,
                        switch=self._switch({s: site.outlets_url(s) for s in sections}))
        for group in self.outlet_groups:
            slug = group.outlet.slug
            mine = reports[slug]
            first, years = site.list_parts(mine, self.kabar.list_max, lambda p: p.year)
            switch = self._switch({s: site.outlet_url(s, slug) for s in sections})
            shown = site.events_of(events, first)
            year_events = [site.events_of(events, ps) for _, ps in years]
            year_switches = [self._switch({s: site.outlet_year_url(s, slug, year) for s in sections})
                             for year, _ in years]
            for section in sections:
                links = site.year_links(years, functools.partial(site.outlet_year_url, section, slug))
                self._queue(site.outlet_url(section, slug), "outlet.html", section, outlet=group.outlet,
                            spellings=group.spellings, total=len(mine), articles=first, events=shown,
                            years=links, switch=switch)
                for n, (_, year_pages) in enumerate(years):  # (no total, no spellings: see site.year_page)
                    self._queue(links[n].url, "outlet.html", section, outlet=group.outlet, articles=year_pages,
                                events=year_events[n], switch=year_switches[n], **site.year_page(links, n))

    def _queue_article(self, page: site.ArticlePage, event: dict, linked: Event) -> None:
        # (the event's report ids, not the event: its links' unrounded scores are not on the page,
        # and would make every page of a pair render again when one report of the pair is added)
        self._queue_lazy(page.url, "article.html", page.section,
                         functools.partial(self._article_context, page, event,
                                           tuple(self._alternates(linked, page.id)), self._people_of(page.id)))

    def _article_context(self, page: site.ArticlePage, event: dict, alternate_ids: tuple[str, ...],
                         people: tuple[tuple[str, str], ...] = ()) -> dict:
        """``alternate_ids``: one report per language of its event (:meth:`_alternates`);
        ``people``: (slug, name) of the people with a page it names (a part of the fingerprint)."""
        others = [p for p in event["reports"] if p.id != page.id]
        other_langs = [p for p in others if p.record.lang != page.record.lang]
        alternates = [self.pages[a] for a in alternate_ids]
        return dict(
            page=page, event=event, others=others, people=people,
            body=Markup(render_body(page.record.parsed)),  # (made with the page: no article holds it till then)
            alternates=alternates if len(alternates) > 1 else [],
            switch=self._switch({p.section: p.url for p in alternates}),
            og_locale=meta.og_locale(page.record.lang),
            og_alternates=sorted({meta.og_locale(p.record.lang) for p in other_langs}),
            json_ld=meta.json_ld(self._report(page), [self._report(p) for p in other_langs],
                                 self.kabar.public_url, self.kabar.site_name))
