"""Pelican glue: seeds -> records -> events -> pages, catalogue and build report.

The generator reads the seeds (:mod:`reading`), links them and orders the output; each part of
the output is a file of its own: the kinds of page (:mod:`page_kinds`), rendering them
(:mod:`rendering`), feeds and sitemap (:mod:`feeds`), the search files (:mod:`search_output`),
the catalogue and build report (:mod:`catalogue`), and the output folder (:mod:`output`). With
``reader`` and ``__init__``, these are the only modules that import pelican.
"""
from __future__ import annotations

import contextlib
import functools
import logging
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

import orjson
from pelican.contents import Article
from pelican.generators import Generator

from . import cache, collector, editorfiles, i18n, meta, outlets, reading, site
from .bytecode import use_code_cache
from .catalogue import CatalogueMixin, _json
from .feeds import FeedsMixin
from .linking import Event, Overrides, link_articles
from .output import OutputFolder, PageManifest, render_version, replace_bytes
from .page_kinds import PageKindsMixin
from .pelican_articles import PelicanArticles
from .people import People, Person, Report, merge as merge_people
from .people_pages import PeoplePagesMixin
from .reader import LINK_FEATURES_KEY, SETTINGS_KEY
from .reading import worth_forking
from .record import OK, OK_WITH_WARNINGS, ReadResult
from .rendering import Fragments, KabarBuildError, RenderingMixin
from .search_output import SearchOutputMixin
from .settings import KabarSettings
from .stamp import BuildStamp, inputs_stamp
from .understand.pipeline import link_view

logger = logging.getLogger(__name__)
LOG_BATCH = 100  # seed outcome lines per log record
SHOWN_SCORE_DECIMALS = 2  # a link's score on the pages ("Score 0.87")
SHOWN_EVIDENCE = frozenset({"override", "names", "numbers", "dates", "days_apart", "countries"})  # macros.evidence
OUTCOMES_FILE = "outcomes.json"  # the last build's outcome of each seed, in the cache folder


class NewsArticle(Article):
    """A Pelican article that may have no date (an undated report is still a report)."""

    mandatory_properties = ("title",)


class KabarGenerator(PageKindsMixin, PeoplePagesMixin, FeedsMixin, SearchOutputMixin, CatalogueMixin,
                     RenderingMixin, Generator):
    """Reads the seeds folder and writes every archive page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kabar: KabarSettings = self.settings[SETTINGS_KEY]
        self.interface = i18n.Interface(self.kabar.translations, self.kabar.default_lang)
        self.env.filters.update(
            date_long=lambda iso, lang: i18n.format_iso_date(iso, lang, "long"),
            date_medium=lambda iso, lang: i18n.format_iso_date(iso, lang, "medium"),
            date_span=lambda days, lang: i18n.format_iso_span(days[0], days[1], lang),
            lang_name=lambda code, lang: i18n.language_name(code, lang),
            native_lang_name=i18n.native_language_name,
            pair_name=lambda codes, lang: i18n.pair_name(codes, lang),
            country_name=lambda code, lang: i18n.country_name(code, lang),
            month_name=lambda ym, lang: i18n.format_month(ym[0], ym[1], lang),
            pair_url=lambda codes, section: site.pair_url(section, tuple(codes)),
            outlet_url=lambda slug, section: site.outlet_url(section, slug),
            iso_datetime=meta.iso_datetime,
        )
        self.env.globals["fragment"] = Fragments()
        # the interface strings come from i18n.template_gettext, whose callables take a string's
        # variables themselves: {% trans %} blocks are compiled to pass them ("newstyle")
        self.env.newstyle_gettext = True
        # a build renders its templates as they were when it started: Jinja need not check each
        # one's file again at every page (a stat per page and per template it extends or imports);
        # the next build (``make serve``'s too) makes a new environment
        self.env.auto_reload = False
        use_code_cache(self.env)  # (compiled templates kept between builds: see bytecode)
        self._rendering_lang: str | None = None  # the section of the last page rendered (by this process)
        self.results: list[ReadResult] = []
        self.ignored: list[tuple[str, str]] = []
        self.pages: dict[str, site.ArticlePage] = {}
        self.articles: PelicanArticles = PelicanArticles((), self._pelican_article)  # (made when asked for)
        self._seeds: reading.SeedsReading | None = None
        self._event_of: dict[str, Event] = {}  # article id -> its event
        self.events: list[Event] = []
        self.people = People(persons=())  # the people named in two or more reports, and more
        self._people_by_slug: dict[str, Person] = {}
        self.override_problems: list[str] = []
        self.redirects: dict[str, str] = {}
        self._finish_search = None  # waits for, or builds, the search index
        self.timings: dict[str, float] = {}  # seconds per phase, logged at the end
        self._pages_to_write: list[tuple] = []
        self.pelican_articles = None  # Pelican's own articles generator: its closing line counts ours
        self._manifest: PageManifest | None = None  # the last build's pages and files, with the cache
        self._memo: dict = {}  # fingerprints of the contexts met in this build
        self._switches: dict[tuple, tuple] = {}  # language switchers made in this build
        self.stamp: BuildStamp | None = None  # the last build's stamp and this one's (with the cache)
        self.unchanged_reports: int | None = None  # nothing changed since the last build: its report count
        self.outlet_groups: list[outlets.OutletGroup] = []  # the outlets the reports name, by slug
        self._timelines: dict = {}  # country pair -> its timeline (drawn once, shown in every section)

    def _worth_forking(self, items: int) -> bool:
        return worth_forking(self.kabar, items)

    def _load_overrides(self, known: dict[str, str]) -> Overrides:
        path = self.kabar.events_file
        if not path:
            return Overrides()
        if not path.exists():
            if path != self.kabar.default_events_file:  # the default one may be absent
                logger.warning("event overrides: %s (KABAR EVENTS_FILE) does not exist; no overrides", path)
            return Overrides()
        overrides, problems = self._editor_file(editorfiles.load_overrides, path, known)
        self.override_problems = [f"{path.name}: {p}" for p in problems]
        for problem in self.override_problems:
            logger.warning("event overrides %s", problem)
        return overrides

    @staticmethod
    def _editor_file(load, *args):
        """An editor's file the build cannot read stops the build with one line (no traceback)."""
        try:
            return load(*args)
        except editorfiles.EditorFileError as err:
            logger.critical("%s", err)
            raise SystemExit(1) from None

    @functools.cached_property
    def _code_version(self) -> str:
        """What a seed's reading depends on in code and libraries (read once per build)."""
        return cache.code_version()

    @functools.cached_property
    def _render_version(self) -> bytes:
        """What every page's bytes depend on besides its context (read once per build)."""
        return render_version(Path(self.theme), Path(__file__).parent, self.settings)

    def _nothing_changed(self) -> bool:
        """With the cache on: whether the seeds, editor's files, settings, theme, code and output
        folder are all as the last build left them (:mod:`stamp`); if not, the last stamp is dropped."""
        if self.kabar.cache_dir is None:
            return False
        started = time.perf_counter()
        theme = Path(self.theme)
        now = time.time_ns()
        stamp = self.stamp = BuildStamp(self.kabar.cache_dir, inputs_stamp(
            versions=[self._code_version, self._render_version.hex()],
            settings=self.settings, folders=[self.kabar.seeds, Path(self.path), theme],
            files=[self.kabar.events_file, self.kabar.permalinks_file]), Path(self.output_path), now)
        reports = stamp.unchanged(skip=[self.kabar.cache_dir])
        if reports is None:
            stamp.forget()
            return False
        self.unchanged_reports = reports
        logger.info("Kabar: nothing changed since the last build (seeds, editor's files, settings, theme, code,"
                    " output folder): %s left as it is, %d reports (checked in %.2f s)",
                    self.output_path, reports, time.perf_counter() - started)
        return True

    def generate_context(self):
        if self._nothing_changed():
            self.context["kabar_articles"] = []
            return
        with collector.paused():  # (what it makes lives to the end of the build: see collector)
            self._understand_and_link()

    def _understand_and_link(self) -> None:
        started = time.perf_counter()
        seeds = reading.SeedsReading(self.kabar, self.readers, self.context, NewsArticle,
                                     self._code_version if self.kabar.cache_dir is not None else None)
        seeds.read()
        self.results, self.ignored, self._seeds = seeds.results, seeds.ignored, seeds
        self.timings["read"] = time.perf_counter() - started
        records = [r.record for r in self.results if r.record is not None]
        known = {r.id: r.id for r in records} | {r.source_file: r.id for r in records}
        file_names = Counter(r.source_file.rsplit("/", 1)[-1] for r in records)
        known |= {r.source_file.rsplit("/", 1)[-1]: r.id for r in records  # a file name alone, if unique
                  if file_names[r.source_file.rsplit("/", 1)[-1]] == 1}
        overrides = self._load_overrides(known)
        started = time.perf_counter()
        read_features = {r.id: seeds.metadata[r.id][LINK_FEATURES_KEY] for r in records
                         if LINK_FEATURES_KEY in seeds.metadata[r.id]}
        memo = cache.load_link_memo(self.kabar.cache_dir, self._code_version) if self.kabar.cache_dir else None
        self.events = link_articles(
            [link_view(r) for r in records], overrides, features=read_features,
            window_days=self.kabar.link_window_days,
            **({"threshold": self.kabar.link_threshold} if self.kabar.link_threshold is not None else {}),
            memo=memo, keys={r.id: r.reading for r in records if r.reading},
        )
        cache.save_link_memo(self.kabar.cache_dir, memo)
        self.timings["link"] = time.perf_counter() - started
        self._event_of = {aid: event for event in self.events for aid in event.article_ids}
        records = self._date_from_events(records)
        urls = site.assign_urls(records)
        event_of = {aid: event.id for aid, event in self._event_of.items()}
        started = time.perf_counter()
        self.people = merge_people(Report(r.id, r.lang, event_of[r.id], r.persons) for r in records)
        self._people_by_slug = self.people.by_slug()
        self.timings["people"] = time.perf_counter() - started
        self._start_search_index(records, urls, self.people.persons)
        outlet_of, self.outlet_groups = outlets.group_outlets((r.id, r.source.name, r.source.url) for r in records)
        self.redirects = self._permalinks(urls)
        for record in records:
            page = site.ArticlePage(record, urls[record.id], site.section_of(record), event_of[record.id],
                                    outlet_of.get(record.id))
            self.pages[record.id] = page
        self.articles = PelicanArticles(self.pages, self._pelican_article, self._pelican_translations)
        started = time.perf_counter()
        self._log_results()
        self.timings["log"] = time.perf_counter() - started
        self.context["kabar_articles"] = self.articles.in_order()

    def _pelican_article(self, aid: str):
        """A report's Pelican article (:mod:`pelican_articles`): at its page's URL, on its date."""
        page = self.pages[aid]
        article = self._seeds.pelican_article(aid, page.date)
        article.override_url = article.override_save_as = page.url
        return article

    def _pelican_translations(self, aid: str, article) -> None:
        article.translations = [self.articles[other] for other in self._alternates(self._event_of[aid], aid)
                                if other != aid]

    def _date_from_events(self, records: list) -> list:
        """A report whose text gives no year (or no date) takes it from its event's other reports."""
        completed = {aid: iso for event in self.events for aid, iso in event.completed}
        if not completed:
            return records
        result_at = {r.record.id: i for i, r in enumerate(self.results) if r.record is not None}
        out = []
        for record in records:
            iso = completed.get(record.id)
            page_dated = record.date.from_page
            span = record.date.span
            if span is not None and iso is not None and not span[0] <= iso <= span[1]:
                iso = None  # (its event's other reports tell a day outside the span it gives: it keeps the span)
            yearless = record.date.span_from(iso) if iso is not None else None
            date = None
            if yearless is not None:  # (a span of days without a year, in its event's year: the event's
                #                        date when it falls within, else the span)
                within = self._event_of[record.id].date
                if within is not None and yearless[0] <= within <= yearless[1]:
                    date = replace(record.date, iso=within, evidence=f"the date of its event, within "
                                   f"{record.date.evidence} (year from its event)", year_inferred=True, how="event")
                else:
                    date = replace(record.date, evidence=f"{record.date.evidence} (year from its event)",
                                   year_inferred=True, how="span", around=yearless)
            elif iso is not None and (record.date.iso is None or page_dated):
                own = record.date.evidence
                evidence = (f"the date of its event (published {own})" if page_dated else
                            f"the date of its event, within {own}" if span else
                            f"{own} (year from its event)" if own else "the date of its event")
                date = replace(record.date, iso=iso, evidence=evidence, year_inferred=True, how="event")
            if date is not None:
                result = self.results[result_at[record.id]]
                problems = tuple(p for p in result.problems if "listed as undated" not in p)
                record = replace(record, date=date, warnings=problems)
                self.results[result_at[record.id]] = replace(
                    result, record=record, status=OK_WITH_WARNINGS if problems else OK, problems=problems)
            out.append(record)
        return out

    def _permalinks(self, urls: dict[str, str]) -> dict[str, str]:
        """Old published URL -> article id, from the registry; the registry is updated."""
        path = self.kabar.permalinks_file
        if not path:
            return {}
        registry = self._editor_file(editorfiles.load_registry, path)
        new, redirects, problems = meta.update_registry(registry, urls)
        for problem in problems:
            logger.warning("permalinks: %s", problem)
        if self.kabar.permalinks_update and new != registry:
            path.write_text(_json(new), encoding="utf-8")
            logger.info("permalinks: %s updated (%d articles)", path.name, len(new))
        return redirects

    def _alternates(self, event: Event, aid: str) -> list[str]:
        """One report per language for hreflang/translations: the page itself for its
        own language, else the lowest id of that language."""
        best: dict[str, str] = {}
        own = site.section_of(self.pages[aid].record)
        for other in event.article_ids:
            lang = site.section_of(self.pages[other].record)
            if lang == own:
                best[lang] = aid
            else:
                best.setdefault(lang, other)
        return [best[lang] for lang in sorted(best)]

    def _log_results(self) -> None:
        """One line per seed, naming the file and its outcome. Lines are logged in batches
        (warnings with warnings, the rest as information): each log record costs Pelican's
        console a few milliseconds, and an archive has thousands of seeds. With the cache on, a
        seed whose outcome is the last build's is counted, not repeated (the build report lists
        every seed)."""
        last = self._last_outcomes()
        fine: list[str] = []
        problems: list[str] = []
        known = known_problems = 0
        for result in self.results:
            if last.get(result.source_file) == [result.status, *result.problems]:
                known += 1
                known_problems += result.status != OK
                continue
            if result.status == OK:
                fine.append(f"seed {result.source_file}: ok")
            elif result.status == OK_WITH_WARNINGS:
                problems.append(f"seed {result.source_file}: ok with warnings: {'; '.join(result.problems)}")
            else:
                problems.append(f"seed {result.source_file}: rejected: {'; '.join(result.problems)}")
        problems += [f"seed {name}: ignored: {why}" for name, why in self.ignored]
        plain = {"highlighter": None}  # rich (Pelican's console) would colour each line by regex
        for start in range(0, len(problems), LOG_BATCH):
            logger.warning("%s", "\n".join(problems[start:start + LOG_BATCH]), extra=plain)
        for start in range(0, len(fine), LOG_BATCH * 5):
            logger.info("%s", "\n".join(fine[start:start + LOG_BATCH * 5]), extra=plain)
        if known:
            logger.info("Kabar: %d seeds with the outcome they had in the last build (%d of them with warnings or"
                        " rejected: api/build-report.json lists each)", known, known_problems)

    def _last_outcomes(self) -> dict[str, list[str]]:
        """The last build's outcome of each seed (status, then problems), and this build's kept for
        the next; nothing without the cache. A damaged file is as none: every outcome is logged."""
        if self.kabar.cache_dir is None:
            return {}
        path = self.kabar.cache_dir / OUTCOMES_FILE
        try:
            last = orjson.loads(path.read_bytes())
            last = last if isinstance(last, dict) else {}
        except (OSError, ValueError):
            last = {}
        now = {r.source_file: [r.status, *r.problems] for r in self.results}
        if now != last:
            path.parent.mkdir(parents=True, exist_ok=True)
            replace_bytes(path, orjson.dumps(now, option=orjson.OPT_SORT_KEYS))
        return last

    # ------------------------------------------------------------------ writing
    def _copy_theme(self) -> None:
        """The theme's static files (styles, scripts, images) into ``theme/``, each written only
        when it changes (Pelican's own copy, THEME_STATIC_PATHS, is off: it rewrites them all)."""
        static = Path(self.theme) / "static"
        for path in sorted(static.rglob("*")):
            if path.is_file():
                self.output.write_bytes(f"{self.settings['THEME_STATIC_DIR']}/{path.relative_to(static).as_posix()}",
                                        path.read_bytes())

    def _copy_raw(self, out: Path, pages: list[site.ArticlePage]) -> None:
        """The untouched seed texts, for the "original text" links: hard links to the seeds
        when the output is on the same file system (a new name, not a new file: creating
        thousands of files is what costs), copies otherwise or with RAW_HARDLINKS off; one
        already there (a link to its seed, or its bytes) is left alone. A saved web page's is
        the text read from it (``record.original``), never the page."""
        link = self.kabar.raw_hardlinks
        for page in pages:
            if page.record.original is not None:
                self.output.write_text(page.raw_url, page.record.original)
                continue
            link = self.output.link_or_copy(self.kabar.seeds / page.record.source_file, page.raw_url, link)

    @functools.cached_property
    def sections(self) -> list[str]:
        """Every article language, and every interface language (asked once the seeds are read)."""
        langs = {p.section for p in self.pages.values()} | set(self.interface.languages)
        return sorted(langs)

    def _switch(self, lang_urls: dict[str, str]) -> tuple[site.SwitchLink, ...]:
        """The language switcher: for every section, the given page or that section's home (one
        object for equal switchers, which page fingerprints then hash once)."""
        key = tuple(sorted(lang_urls.items()))
        found = self._switches.get(key)
        if found is None:
            found = self._switches[key] = tuple(
                site.SwitchLink(s, lang_urls.get(s, f"{s}/index.html"), s in lang_urls) for s in self.sections)
        return found

    def _event_view(self, event: Event) -> dict:
        """An event as listings show it: its date, countries, page and reports (no links)."""
        members = [self.pages[aid] for aid in event.article_ids]
        # (no single day, but a span of days its reports give: shown as the span, filed by its first day)
        span = None if event.date else next((p.span for p in sorted(members, key=lambda p: p.id) if p.span), None)
        return {
            "id": event.id, "date": event.date or (span[0] if span else None), "span": span,
            "countries": event.countries,
            "url": site.event_url(event.id) if len(members) > 1 else None,
            "reports": sorted(members, key=lambda p: (p.section, p.id)),
        }

    @staticmethod
    def _with_links(view: dict, event: Event) -> dict:
        """An event as its own page and its reports' pages show it: with the evidence of its links.
        (Only those pages have them: a new report moves the scores of links between others, by
        the rarity of their names, and no listing renders again for it.)"""
        return {**view,  # (the score rounded as shown, the evidence shown: nothing else moves a page)
                "links": site.ShownLinks(
                    replace(link, score=round(link.score, SHOWN_SCORE_DECIMALS),
                            evidence={k: v for k, v in link.evidence.items() if k in SHOWN_EVIDENCE})
                    for link in event.links)}

    def generate_output(self, writer):
        if self.unchanged_reports is not None:
            if self.pelican_articles is not None:  # (Pelican's closing line counts them)
                self.pelican_articles.articles = [None] * self.unchanged_reports
                self.pelican_articles.translations = []
            return
        with contextlib.ExitStack() as stack:
            with collector.paused():  # (see collector: pages are prepared, not yet rendered)
                prepared = self._prepare_pages()
                # (frozen before the collector resumes: its first collection would otherwise walk
                # every object made while it was paused, 0.2 s at 10 000 seeds)
                stack.enter_context(collector.frozen())
            self._write_output(writer, prepared)

    def _prepare_pages(self) -> _Prepared:
        """Every page queued, and those of them to render (the others are as the last build left them)."""
        started = time.perf_counter()
        out = Path(self.output_path)
        self.output = OutputFolder(out, tuple(self.settings.get("OUTPUT_RETENTION") or ()))
        pages = list(self.pages.values())
        events = {ev.id: self._event_view(ev) for ev in self.events}
        all_pairs = site.group_by(pages, lambda p: p.pair)
        pair_events = {codes: list(site.group_by(site.newest_first(ps), lambda p: p.event_id).values())
                       for codes, ps in all_pairs.items()}
        event_by_id = {ev.id: ev for ev in self.events}

        self._queue_home(pages, events, all_pairs)
        years_of = {(p.section, p.year) for p in pages if p.year}
        months_of = {(p.section, p.year, p.month) for p in pages if p.year}
        for section in self.sections:
            self._queue_section(section, pages, events, all_pairs, pair_events, years_of, months_of)
        self._queue_people(events)
        self._queue_outlets(pages, events)
        shown = {ev.id: self._with_links(events[ev.id], ev) for ev in self.events}
        for page in pages:
            self._queue_article(page, shown[page.event_id], event_by_id[page.event_id])
        for event in shown.values():
            if event["url"]:
                self._queue(event["url"], "event.html", self.kabar.default_lang,
                            event=event, switch=self._switch({}))
        self._queue("404.html", "404.html", self.kabar.default_lang, switch=self._switch({}),
                    languages=self.sections)
        if self.kabar.search:
            self._queue_search_pages(pages)

        names = Counter(job[0] for job in self._pages_to_write)
        clashes = sorted(name for name, n in names.items() if n > 1)
        if clashes:  # two pages at one URL would depend on which is written last
            raise KabarBuildError(f"two pages would be written at {', '.join(clashes[:5])}")
        self.timings["prepare pages"] = time.perf_counter() - started

        started = time.perf_counter()
        jobs, self._pages_to_write = self._pages_to_write, []
        for job in jobs:
            self.output.expect(job[0])
        queued = len(jobs)
        manifest = self._manifest = None
        if self.kabar.cache_dir is not None:  # pages whose context did not change are not rendered again
            manifest = self._manifest = PageManifest(
                self.kabar.cache_dir, self._render_version)
            jobs = self._changed_pages(out, jobs, manifest)
            self.timings["pages to render"] = time.perf_counter() - started
        return _Prepared(out, pages, events, all_pairs, event_by_id, jobs, queued, manifest)

    def _write_files(self, out: Path, pages, events, all_pairs, event_by_id) -> None:
        """Everything but the pages: raw copies, the theme's files, feeds, sitemap, catalogue."""
        self._copy_raw(out, pages)
        self._copy_theme()
        favicon = Path(self.theme) / "static" / "img" / "favicon.ico"
        if favicon.is_file():  # what browsers ask the site's root for, beside the pages' own icon
            self.output.write_bytes("favicon.ico", favicon.read_bytes())
        self._write_redirects(out)
        self._write_feeds(out, pages, events, all_pairs)
        if self.kabar.public_url:
            self._write_sitemap(out, pages, events, event_by_id)
        else:
            logger.info("no KABAR PUBLIC_URL (SITEURL): sitemap.xml needs absolute URLs and is not written")
        self._write_api(out, pages)

    def _write_output(self, writer, prepared: _Prepared) -> None:
        out, pages, events, all_pairs, event_by_id, jobs, queued, manifest = prepared
        started = time.perf_counter()
        # Pages are written by a forked helper and by this process; the helper starts first,
        # while this process writes the feeds and catalogue. The search index has been built
        # by another helper since the seeds were read.
        helper = self._start_page_helper(writer, jobs)
        with collector.paused():
            self._write_files(out, pages, events, all_pairs, event_by_id)
        self.timings["raw copies, feeds, catalogue"] = time.perf_counter() - started

        started = time.perf_counter()
        self._finish_pages(writer, jobs, helper)
        # (with a helper, pages were being written all along: this is what was left at the end)
        self.timings[f"pages left of {len(jobs)} ({'2 processes' if helper else '1 process'})"] = (
            time.perf_counter() - started)
        started = time.perf_counter()
        if manifest is not None:
            manifest.save(out)
        self._finish_search_index()  # (built by a helper since the seeds were read, or now)
        self._expect_search_files(out)
        for static in self.settings["THEME_STATIC_PATHS"]:  # a copy of the theme Pelican would make
            self.output.expect_tree(Path(self.theme) / static, self.settings["THEME_STATIC_DIR"])
        removed = self.output.remove_stale(protected=[
            self.kabar.seeds, Path(self.path), Path(self.theme), self.kabar.cache_dir, self.kabar.events_file,
            self.kabar.permalinks_file, Path(__file__).parent])
        logger.info("Kabar: output %s: %d of %d pages rendered (the others had not changed), %d other files"
                    " (%d of them written: the rest had not changed); %d stale files removed", out, len(jobs),
                    queued, self.output.rewritten + self.output.kept, self.output.rewritten, removed)
        self.timings["search index left, stale files"] = time.perf_counter() - started
        if self.stamp is not None:  # the output is complete: the next build may find nothing changed
            self.stamp.save(len(self.pages), skip=[self.kabar.cache_dir])
        logger.info("Kabar timings: %s", ", ".join(f"{k} {v:.1f} s" for k, v in self.timings.items()))
        if self.pelican_articles is not None:  # Pelican's "Done: Processed N articles" tells the truth
            self.pelican_articles.articles = self.articles.in_order()
            self.pelican_articles.translations = []


class _Prepared(NamedTuple):
    """The pages of a build, prepared (:meth:`KabarGenerator._prepare_pages`)."""

    out: Path
    pages: list
    events: dict
    all_pairs: dict
    event_by_id: dict
    jobs: list  # the pages to render
    queued: int  # the pages of the build
    manifest: PageManifest | None
