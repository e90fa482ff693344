"""Pelican glue: seeds -> records -> events -> pages, catalogue and build report.

With ``reader``, ``reading``, ``output`` and ``__init__``, the only modules that import pelican.
"""
from __future__ import annotations

import datetime
import functools
import gc
import json
import logging
import multiprocessing
import os
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from pelican.contents import Article
from pelican.generators import Generator

from . import editorfiles, i18n, meta, reading, search, site
from .linking import Event, Overrides, link_articles
from .reader import LINK_FEATURES_KEY, SETTINGS_KEY
from .output import OutputFolder, PageManifest, Unfingerprintable, fingerprint, render_version, replace_bytes
from .reading import worth_forking
from .record import OK, OK_WITH_WARNINGS, REJECTED, UNDETERMINED, ReadResult
from .settings import KabarSettings
from .understand.pipeline import link_view

logger = logging.getLogger(__name__)
IGNORED = "ignored"
PAGE_CHUNK = 16  # pages a writing process takes at a time
LOG_BATCH = 100  # seed outcome lines per log record


class KabarBuildError(RuntimeError):
    """The build cannot finish (never raised for bad seeds: those are reported and skipped)."""


class NewsArticle(Article):
    """A Pelican article that may have no date (an undated report is still a report)."""

    mandatory_properties = ("title",)


SEARCH_FILES_LIST = ".kabar-search-files"  # the search files a helper wrote (read and removed by the build)


def _events_of(events: dict[str, dict], pages) -> dict[str, dict]:
    """The views of the events of ``pages``: what a listing of them shows (and all its page's
    bytes depend on, so that a new event elsewhere does not make it render again)."""
    return {eid: events[eid] for eid in sorted({p.event_id for p in pages})}


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


class KabarGenerator(Generator):
    """Reads the seeds folder and writes every archive page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kabar: KabarSettings = self.settings[SETTINGS_KEY]
        self.interface = i18n.Interface(self.kabar.translations, self.kabar.default_lang)
        self.env.filters.update(
            date_long=lambda iso, lang: i18n.format_iso_date(iso, lang, "long"),
            date_medium=lambda iso, lang: i18n.format_iso_date(iso, lang, "medium"),
            lang_name=lambda code, lang: i18n.language_name(code, lang),
            native_lang_name=i18n.native_language_name,
            pair_name=lambda codes, lang: i18n.pair_name(codes, lang),
            country_name=lambda code, lang: i18n.country_name(code, lang),
            month_name=lambda ym, lang: i18n.format_month(ym[0], ym[1], lang),
            pair_url=lambda codes, section: site.pair_url(section, tuple(codes)),
            iso_datetime=meta.iso_datetime,
        )
        self.results: list[ReadResult] = []
        self.ignored: list[tuple[str, str]] = []
        self.pages: dict[str, site.ArticlePage] = {}
        self.articles: dict[str, NewsArticle] = {}
        self.events: list[Event] = []
        self.override_problems: list[str] = []
        self.redirects: dict[str, str] = {}
        self._finish_search = None  # waits for, or builds, the search index
        self.timings: dict[str, float] = {}  # seconds per phase, logged at the end
        self._pages_to_write: list[tuple] = []
        self.pelican_articles = None  # Pelican's own articles generator: its closing line counts ours
        self.cached_problems: dict[str, tuple[str, ...]] = {}  # seed path -> its problems when the cache gave it
        self._manifest: PageManifest | None = None  # the last build's pages and files, with the cache
        self._memo: dict = {}  # fingerprints of the contexts met in this build

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

    def generate_context(self):
        started = time.perf_counter()
        seeds = reading.SeedsReading(self.kabar, self.readers, self.context, NewsArticle)
        seeds.read()
        self.results, self.articles, self.ignored = seeds.results, seeds.articles, seeds.ignored
        self.cached_problems = seeds.cached
        self.timings["read"] = time.perf_counter() - started
        records = [r.record for r in self.results if r.record is not None]
        known = {r.id: r.id for r in records} | {r.source_file: r.id for r in records}
        file_names = Counter(r.source_file.rsplit("/", 1)[-1] for r in records)
        known |= {r.source_file.rsplit("/", 1)[-1]: r.id for r in records  # a file name alone, if unique
                  if file_names[r.source_file.rsplit("/", 1)[-1]] == 1}
        overrides = self._load_overrides(known)
        started = time.perf_counter()
        read_features = {r.id: self.articles[r.id].metadata[LINK_FEATURES_KEY] for r in records
                         if LINK_FEATURES_KEY in self.articles[r.id].metadata}
        self.events = link_articles(
            [link_view(r) for r in records], overrides, features=read_features,
            window_days=self.kabar.link_window_days,
            **({"threshold": self.kabar.link_threshold} if self.kabar.link_threshold is not None else {}),
        )
        self.timings["link"] = time.perf_counter() - started
        records = self._date_from_events(records)
        urls = site.assign_urls(records)
        self._start_search_index(records, urls)
        event_of = {aid: ev.id for ev in self.events for aid in ev.article_ids}
        self.redirects = self._permalinks(urls)
        for record in records:
            page = site.ArticlePage(record, urls[record.id], site.section_of(record), event_of[record.id])
            self.pages[record.id] = page
            article = self.articles[record.id]
            article.override_url = page.url
            article.override_save_as = page.url
        for event in self.events:
            for aid in event.article_ids:
                self.articles[aid].translations = [
                    self.articles[other] for other in self._alternates(event, aid) if other != aid]
        started = time.perf_counter()
        self._log_results()
        self.timings["log"] = time.perf_counter() - started
        self.context["kabar_articles"] = [self.articles[i] for i in sorted(self.articles)]

    def _date_from_events(self, records: list) -> list:
        """A report whose text gives no year (or no date) takes it from its event's other reports."""
        completed = {aid: iso for event in self.events for aid, iso in event.completed}
        if not completed:
            return records
        result_at = {r.record.id: i for i, r in enumerate(self.results) if r.record is not None}
        out = []
        for record in records:
            iso = completed.get(record.id)
            if iso is not None and record.date.iso is None:
                own = record.date.evidence
                evidence = f"{own} (year from its event)" if own else "the date of its event"
                date = replace(record.date, iso=iso, evidence=evidence, year_inferred=True, how="event")
                result = self.results[result_at[record.id]]
                problems = tuple(p for p in result.problems if "listed as undated" not in p)
                record = replace(record, date=date, warnings=problems)
                self.results[result_at[record.id]] = replace(
                    result, record=record, status=OK_WITH_WARNINGS if problems else OK, problems=problems)
                article = self.articles[record.id]
                article.date = datetime.datetime.fromisoformat(iso)
                article.metadata["date"] = article.date
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
        console a few milliseconds, and an archive has thousands of seeds. A seed the cache gave,
        with the outcome it had then, is counted, not repeated (the build report lists every seed)."""
        fine: list[str] = []
        problems: list[str] = []
        known = known_problems = 0
        for result in self.results:
            if self.cached_problems.get(result.source_file) == result.problems:
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
            logger.info("Kabar: %d seeds read as the last build read them (%d of them with warnings or rejected:"
                        " api/build-report.json lists each)", known, known_problems)

    # ------------------------------------------------------------------ writing
    def _queue(self, name: str, template: str, lang: str, **context) -> None:
        """A page to write: ``name`` from ``template`` in language ``lang``."""
        self._pages_to_write.append((name, template, lang, context))

    def _queue_lazy(self, name: str, template: str, lang: str, make_context) -> None:
        """A page whose context is built only when it is written (by whichever process)."""
        self._pages_to_write.append((name, template, lang, make_context))

    def _unchanged(self, rel: str, inputs) -> bool:
        """A file (feed, catalogue) whose inputs are the last build's, and which is as that build
        left it, is not made again; ``inputs``: everything its bytes depend on besides the code."""
        if self._manifest is None:
            return False
        try:
            print_ = fingerprint(inputs, self._memo)
        except Unfingerprintable:
            return False
        if not self._manifest.unchanged(Path(self.output_path), rel, print_):
            return False
        self.output.expect(rel)
        self.output.kept += 1
        return True

    def _changed_pages(self, out: Path, jobs: list[tuple], manifest: PageManifest) -> list[tuple]:
        """The pages to render: those whose context (and so bytes) may differ from the last build's."""
        memo = self._memo
        todo = []
        for job in jobs:
            name, template, lang, context = job
            try:
                print_ = fingerprint((template, lang, self.interface.ui_lang(lang), self.sections,
                                      self._feeds_for(lang), self.kabar.public_url, self.settings["RELATIVE_URLS"],
                                      context), memo)
            except Unfingerprintable:
                print_ = None
            if not manifest.unchanged(out, name, print_):
                todo.append(job)
        return todo

    def _render(self, writer, job) -> None:
        name, template, lang, context = job
        if callable(context):
            context = context()
        ui = self.interface.ui_lang(lang)
        self.env.install_gettext_translations(self.interface.translations(ui), newstyle=True)
        writer.write_file(
            name, self.get_template(template.removesuffix(".html")), self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            page_lang=lang, ui_lang=ui, page_url=name, public_url=self.kabar.public_url,
            sections=self.sections, feeds=self._feeds_for(lang), **context)

    def _fork(self, name: str, target, *args) -> multiprocessing.process.BaseProcess:
        """Run ``target(*args)`` in a forked process (the caller joins it with :meth:`_join`)."""
        # The helper's collector must not walk (and so copy) every shared object's memory page.
        # (No gc.collect() first: with thousands of records it takes a third of a second.)
        gc.freeze()
        try:
            process = multiprocessing.get_context("fork").Process(target=target, args=args, name=name,
                                                                  daemon=True)
            process.start()
        finally:
            gc.unfreeze()
        return process

    @staticmethod
    def _join(process, what: str) -> None:
        process.join()
        if process.exitcode != 0:
            raise KabarBuildError(f"the process {what} beside this one failed (exit code "
                                  f"{process.exitcode}); its error is in the log above")

    def _start_page_helper(self, writer, jobs: list[tuple]):
        """Many pages: a forked helper starts writing them at once, taking chunks of the list
        through a shared counter; this process joins in once its own work (feeds, catalogue)
        is done. Which process writes a page never changes its bytes."""
        if not self._worth_forking(len(jobs)):
            return None
        for template in sorted({job[1] for job in jobs}):
            self.get_template(template.removesuffix(".html"))  # compiled once, before the fork
        counter = multiprocessing.get_context("fork").Value("i", 0)
        return self._fork("kabar-pages", self._render_chunks, writer, jobs, counter), counter

    def _render_chunks(self, writer, jobs: list[tuple], counter) -> None:
        while True:
            with counter.get_lock():
                start = counter.value * PAGE_CHUNK
                counter.value += 1
            if start >= len(jobs):
                return
            for job in jobs[start:start + PAGE_CHUNK]:
                self._render(writer, job)

    def _finish_pages(self, writer, jobs: list[tuple], helper) -> None:
        if helper is None:
            for job in jobs:
                self._render(writer, job)
            return
        process, counter = helper
        try:
            self._render_chunks(writer, jobs, counter)
        finally:
            self._join(process, "writing pages")

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

    def _switch(self, lang_urls: dict[str, str]) -> list[dict]:
        """The language switcher: for every section, the given page or that section's home."""
        return [{"lang": s, "url": lang_urls.get(s, f"{s}/index.html"), "exact": s in lang_urls}
                for s in self.sections]

    def _event_view(self, event: Event) -> dict:
        members = [self.pages[aid] for aid in event.article_ids]
        return {
            "id": event.id, "date": event.date, "countries": event.countries,
            "url": site.event_url(event.id) if len(members) > 1 else None,
            "reports": sorted(members, key=lambda p: (p.section, p.id)),
            "links": event.links,
        }

    def generate_output(self, writer):
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
        for page in pages:
            self._queue_article(page, events[page.event_id], event_by_id[page.event_id])
        for event in events.values():
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

        # Pages are written by a forked helper and by this process; the helper starts first,
        # while this process writes the feeds and catalogue. The search index has been built
        # by another helper since the seeds were read.
        started = time.perf_counter()
        jobs, self._pages_to_write = self._pages_to_write, []
        for job in jobs:
            self.output.expect(job[0])
        queued = len(jobs)
        manifest = self._manifest = None
        if self.kabar.cache_dir is not None:  # pages whose context did not change are not rendered again
            manifest = self._manifest = PageManifest(
                self.kabar.cache_dir, render_version(Path(self.theme), Path(__file__).parent, self.settings))
            jobs = self._changed_pages(out, jobs, manifest)
            self.timings["pages to render"] = time.perf_counter() - started
            started = time.perf_counter()
        helper = self._start_page_helper(writer, jobs)
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
        self.timings["raw copies, feeds, catalogue"] = time.perf_counter() - started

        started = time.perf_counter()
        self._finish_pages(writer, jobs, helper)
        if manifest is not None:
            manifest.save(out)
        self._finish_search_index()  # (built by a helper since the seeds were read, or now)
        self._expect_search_files(out)
        for static in self.settings["THEME_STATIC_PATHS"]:  # a copy of the theme Pelican would make
            self.output.expect_tree(Path(self.theme) / static, self.settings["THEME_STATIC_DIR"])
        removed = self.output.remove_stale()
        logger.info("Kabar: output %s: %d of %d pages rendered (the others had not changed), %d other files"
                    " (%d of them written: the rest had not changed); %d stale files removed", out, len(jobs),
                    queued, self.output.rewritten + self.output.kept, self.output.rewritten, removed)
        # (with a helper, pages were being written all along: this is what was left at the end)
        self.timings[f"pages left of {len(jobs)} ({'2 processes' if helper else '1 process'}), search index"] = (
            time.perf_counter() - started)
        logger.info("Kabar timings: %s", ", ".join(f"{k} {v:.1f} s" for k, v in self.timings.items()))
        if self.pelican_articles is not None:  # Pelican's "Done: Processed N articles" tells the truth
            self.pelican_articles.articles = [self.articles[aid] for aid in sorted(self.articles)]
            self.pelican_articles.translations = []

    def _queue_home(self, pages, events, all_pairs) -> None:
        latest_events = sorted(events.values(), key=lambda e: (e["date"] or "", e["id"]),
                               reverse=True)[: self.kabar.latest_count]
        per_year: dict[int, Counter] = defaultdict(Counter)
        for p in pages:
            if p.year:
                per_year[p.year][p.section] += 1
        years = [(year, sorted(per_year[year].items())) for year in sorted(per_year, reverse=True)]
        self._queue("index.html", "home.html", self.kabar.default_lang,
                    latest_events=latest_events, counts_by_lang=Counter(p.section for p in pages),
                    pairs=sorted(all_pairs.items()), years=years, switch=self._switch({}),
                    article_count=len(pages), event_count=sum(1 for e in events.values() if e["url"]))

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
                    events=_events_of(events, mine[: self.kabar.latest_count]),
                    switch=self._switch({s: f"{s}/index.html" for s in sections}))
        self._queue(f"{section}/archive.html", "archive_index.html", section,
                    years=[(y, sorted(Counter(p.month for p in v).items()))
                           for y, v in sorted(by_year.items(), reverse=True)],
                    undated=len(undated), switch=self._switch({s: f"{s}/archive.html" for s in sections}))
        for year, year_pages in by_year.items():
            months = site.group_by(year_pages, lambda p: p.month)
            self._queue(site.year_url(section, year), "archive.html", section,
                        kind="year", year=year, groups=sorted(months.items(), reverse=True),
                        events=_events_of(events, year_pages),
                        switch=self._switch({s: site.year_url(s, year) for s in sections
                                             if (s, year) in years_of}))
            for month, month_pages in months.items():
                self._queue(site.month_url(section, year, month), "archive.html", section,
                            kind="month", year=year, month=month, groups=[(month, month_pages)],
                            events=_events_of(events, month_pages),
                            switch=self._switch({s: site.month_url(s, year, month) for s in sections
                                                 if (s, year, month) in months_of}))
        if undated:
            self._queue(f"{section}/undated.html", "archive.html", section,
                        kind="undated", groups=[(None, undated)], events=_events_of(events, undated),
                        switch=self._switch({}))
        self._queue(f"{section}/pairs/index.html", "pairs.html", section,
                    pairs=sorted(all_pairs.items()),
                    switch=self._switch({s: f"{s}/pairs/index.html" for s in sections}))
        for codes in all_pairs:
            self._queue(site.pair_url(section, codes), "pair.html", section,
                        codes=codes, pair_events=pair_events[codes],
                        events=_events_of(events, (p for group in pair_events[codes] for p in group)),
                        switch=self._switch({s: site.pair_url(s, codes) for s in sections}))

    def _queue_article(self, page: site.ArticlePage, event: dict, linked: Event) -> None:
        self._queue_lazy(page.url, "article.html", page.section,
                         functools.partial(self._article_context, page, event, linked))

    def _article_context(self, page: site.ArticlePage, event: dict, linked: Event) -> dict:
        others = [p for p in event["reports"] if p.id != page.id]
        other_langs = [p for p in others if p.record.lang != page.record.lang]
        alternates = [self.pages[a] for a in self._alternates(linked, page.id)]
        return dict(
            article=self.articles[page.id], page=page, event=event, others=others,
            alternates=alternates if len(alternates) > 1 else [],
            switch=self._switch({p.section: p.url for p in alternates}),
            og_locale=meta.og_locale(page.record.lang),
            og_alternates=sorted({meta.og_locale(p.record.lang) for p in other_langs}),
            json_ld=meta.json_ld(self._report(page), [self._report(p) for p in other_langs],
                                 self.kabar.public_url, self.kabar.site_name))

    def _write_redirects(self, out: Path) -> None:
        """A small page at every old URL of an article, sending the reader to its current one."""
        for old, aid in sorted(self.redirects.items()):
            target = self.pages[aid]
            rel = os.path.relpath(target.url, os.path.dirname(old) or ".")
            canonical = meta.absolute(self.kabar.public_url, target.url) if self.kabar.public_url else rel
            moved = self.interface.translations(self.interface.ui_lang(target.section)).gettext(
                "This report has moved:")
            self.output.write_text(old, meta.redirect_page(rel, canonical, target.record.title, target.section,
                                                           moved))

    # ------------------------------------------------------------------ feeds
    def _report(self, page: site.ArticlePage) -> meta.Report:
        r = page.record
        codes = r.countries.codes
        lang = r.lang or UNDETERMINED
        return meta.Report(id=r.id, url=page.url, title=r.title, summary=r.summary, lang=r.lang,
                           date=r.date.iso, countries=codes,
                           country_names=tuple(i18n.country_name(c, lang) for c in codes),
                           source_name=r.source.name, source_url=r.source.url)

    @functools.cached_property
    def _article_langs(self) -> frozenset[str]:
        return frozenset(p.section for p in self.pages.values())

    def _feeds_for(self, lang: str) -> list[dict]:
        """Feeds a page in ``lang`` advertises: the whole archive and its own language."""
        feeds = [{"url": "feeds/all.atom.xml", "title": f"{self.kabar.site_name}", "lang": None}]
        if lang in self._article_langs:
            feeds.append({"url": f"feeds/{lang}.atom.xml",
                          "title": f"{self.kabar.site_name}: {i18n.language_name(lang, lang)}", "lang": lang})
        return feeds

    def _write_feeds(self, out: Path, pages, events, all_pairs) -> None:
        base = self.kabar.public_url
        default = self.kabar.default_lang

        limit = self.kabar.feed_max_items

        def write(name, title, lang, selected, home):
            # a feed is for following what is new: its newest entries (the archive has the rest)
            chosen = site.newest_first(selected)[:limit]
            if self._unchanged(f"feeds/{name}", ("feed", name, title, lang, chosen, _events_of(events, chosen),
                                                  home, base)):
                return
            latest = next((p.date for p in chosen if p.date), None)
            entries = [(self._report(p), [self._report(o) for o in events[p.event_id]["reports"]
                                          if o.id != p.id and o.section != p.section]) for p in chosen]
            self.output.write_text(f"feeds/{name}", meta.atom_feed(
                feed_id=meta.tag_id("feed", name.removesuffix(".atom.xml")), title=title, lang=lang,
                self_url=f"feeds/{name}", home_url=home, base=base, entries=entries,
                updated=latest))

        write("all.atom.xml", self.kabar.site_name, None, pages, "index.html")
        for section in sorted({p.section for p in pages}):
            write(f"{section}.atom.xml", f"{self.kabar.site_name}: {i18n.language_name(section, section)}",
                  section, [p for p in pages if p.section == section], f"{section}/index.html")
        for codes, pair_pages in sorted(all_pairs.items()):
            slug = site.pair_slug(codes)
            write(f"pair-{slug}.atom.xml", f"{self.kabar.site_name}: {i18n.pair_name(codes, default)}",
                  None, pair_pages, site.pair_url(default, codes))

    def _write_sitemap(self, out: Path, pages, events, event_by_id) -> None:
        entries = [("index.html", [])]
        entries += [(f"{s}/index.html", [(t, f"{t}/index.html") for t in self.sections]) for s in self.sections]
        for page in sorted(pages, key=lambda p: p.url):
            alts = [self.pages[a] for a in self._alternates(event_by_id[page.event_id], page.id)]
            pairs = [(p.section, p.url) for p in alts] if len(alts) > 1 else []
            entries.append((page.url, pairs))
        entries += [(e["url"], []) for e in sorted(events.values(), key=lambda e: e["id"]) if e["url"]]
        self.output.write_text("sitemap.xml", meta.sitemap(self.kabar.public_url, entries))

    # ------------------------------------------------------------------ search
    def _start_search_index(self, records, urls: dict[str, str]) -> None:
        """The search index needs the records and their URLs, not the events: with many
        seeds a forked helper builds it while this process links the events and prepares
        the pages; otherwise it is built at the end."""
        self._finish_search = None
        if not self.kabar.search:
            return
        docs = search.search_docs(records, urls)
        out = Path(self.output_path)
        if self._worth_forking(len(docs)):
            process = self._fork("kabar-search", self._write_search_index, out, docs)
            self._finish_search = functools.partial(self._join, process, "building the search index")
        else:
            self._finish_search = functools.partial(self._write_search_index, out, docs)

    def _finish_search_index(self) -> None:
        finish, self._finish_search = self._finish_search, None
        if finish is not None:
            finish()

    @staticmethod
    def _write_search_index(out: Path, docs: list[search.SearchDoc]) -> None:
        """``search/index.js`` (what the search page loads) and the files queries load (each
        rewritten only when it changes), and the list of them for :meth:`_expect_search_files`
        (the writer may be another process)."""
        files = search.index_files(search.build_index(docs))
        for rel, text in files.items():
            replace_bytes(out / "search" / rel, text.encode("utf-8"))
        replace_bytes(out / SEARCH_FILES_LIST, "\n".join(sorted(files)).encode("utf-8"))

    def _expect_search_files(self, out: Path) -> None:
        listing = out / SEARCH_FILES_LIST
        if listing.exists():
            for rel in listing.read_text(encoding="utf-8").split("\n"):
                if rel:
                    self.output.expect(f"search/{rel}")
            listing.unlink()

    def _queue_search_pages(self, pages: list[site.ArticlePage]) -> None:
        pairs = sorted({p.pair for p in pages if p.pair})
        langs = sorted({p.section for p in pages})
        for section in self.sections:
            ui = self.interface.ui_lang(section)
            tr = self.interface.translations(ui)
            labels = {
                "locale": section if section != UNDETERMINED else ui,
                "root": "../",
                "prompt": tr.gettext("Type words from a title or text, in any language."),
                "count": tr.gettext("%(num)s reports found for “%(query)s”"),
                "some": tr.gettext("No report has every word of “%(query)s”; %(num)s have some of them"),
                "none": tr.gettext("No report found for “%(query)s”"),
                "searching": tr.gettext("Searching…"),
                "missing": tr.gettext("Search could not finish: the index file %(file)s could not be loaded. "
                                      "Copy the whole site folder again."),
                "languages": {code: i18n.language_name(code, section) for code in langs},
                "pairs": {"-".join(c): i18n.pair_name(c, section) for c in pairs},
            }
            self._queue(f"{section}/search.html", "search.html", section,
                        labels_json=meta.script_json(labels),
                        switch=self._switch({s: f"{s}/search.html" for s in self.sections}))

    # ------------------------------------------------------------------ catalogue
    def _write_api(self, out: Path, pages: list[site.ArticlePage]) -> None:
        ordered = sorted(pages, key=lambda p: p.record.source_file)
        if not self._unchanged("api/articles.json", ("catalogue", ordered, self.events)):
            self._write_catalogue(ordered)
        if not self._unchanged("api/build-report.json", ("report", self.results, self.pages, self.ignored,
                                                         self.override_problems, self.events, self.kabar.seeds.name)):
            self._write_report()
        summary = Counter(r.status for r in self.results)
        logger.info("Kabar: %d seed files: %d ok, %d ok with warnings, %d rejected, %d ignored; %d events",
                    len(self.results) + len(self.ignored), summary.get(OK, 0), summary.get(OK_WITH_WARNINGS, 0),
                    summary.get(REJECTED, 0), len(self.ignored), len(self.events))

    def _write_catalogue(self, ordered: list[site.ArticlePage]) -> None:
        articles = []
        for page in ordered:
            r = page.record
            articles.append({
                "id": r.id, "source_file": r.source_file, "lang": r.lang,
                "lang_confidence": r.language.confidence, "title": r.title,
                "title_derived": r.title_derived, "date": r.date.iso,
                "date_evidence": r.date.evidence or None, "date_year_inferred": r.date.year_inferred,
                "date_source": r.date.how, "date_published": r.date.published,
                "countries": list(r.countries.codes), "country_scope": r.countries.scope,
                "source": {"name": r.source.name, "url": r.source.url},
                "url": page.url, "raw_url": page.raw_url, "summary": r.summary,
                "captions": list(r.parsed.captions), "event": page.event_id,
                "warnings": list(r.warnings),
            })
        events = []
        for event in self.events:
            events.append({
                "id": event.id, "date": event.date, "countries": list(event.countries),
                "articles": list(event.article_ids),
                "url": site.event_url(event.id) if len(event.article_ids) > 1 else None,
                "links": [{"a": link.a, "b": link.b, "score": round(link.score, 4),
                           "evidence": link.evidence} for link in event.links],
            })
        self.output.write_text("api/articles.json", _json({"articles": articles, "events": events}))

    def _write_report(self) -> None:
        files = []
        for result in self.results:
            page = self.pages.get(result.record.id) if result.record else None
            files.append({"file": result.source_file, "status": result.status,
                          "problems": list(result.problems),
                          "id": result.record.id if result.record else None,
                          "url": page.url if page else None})
        files += [{"file": name, "status": IGNORED, "problems": [why], "id": None, "url": None}
                  for name, why in self.ignored]
        files.sort(key=lambda f: f["file"])
        summary = Counter(f["status"] for f in files)
        report = {
            "seeds_folder": self.kabar.seeds.name,
            "summary": {"files": len(files), **{k: summary.get(k, 0)
                                                 for k in (OK, OK_WITH_WARNINGS, REJECTED, IGNORED)}},
            "files": files,
            "events": {"total": len(self.events),
                       "reported_more_than_once": sum(1 for e in self.events if len(e.article_ids) > 1)},
            "overrides": self.override_problems,
        }
        self.output.write_text("api/build-report.json", _json(report))
