"""Reading the seeds folder: every seed file -> its reading (a :class:`record.ReadResult`) and the
reader's metadata (its Pelican article only when asked for: :meth:`SeedsReading.pelican_article`),
with the understanding cache (:mod:`cache`) and the folder's site chrome.

Listing (any depth; ``.txt`` texts and ``.html``/``.htm`` saved web pages; links out of the folder
refused; everything else listed as ignored), article ids from file names, the chrome pre-pass
(which also hashes each seed for the cache), reading in forked processes when there are many, and
the warnings only the whole folder can give (one file name in several folders, one title in
several seeds).
"""
from __future__ import annotations

import datetime
import hashlib
import logging
import multiprocessing
import os
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from . import cache
from .linking import article_features
from .reader import LINK_FEATURES_KEY, RESULT_KEY, RawNewsReader
from .record import OK_WITH_WARNINGS, REJECTED, ReadResult
from .settings import KabarSettings
from .understand.chrome import recurring_keys, short_line_keys
from .understand.html import SAVED_PAGE_SUFFIXES, is_saved_page
from .understand.pipeline import PAGE, article_id, link_view, seed_kind
from .understand.textutil import fold

logger = logging.getLogger(__name__)
SEED_SUFFIXES = (".txt", *SAVED_PAGE_SUFFIXES)
PAGE_FILES_SUFFIX = "_files"  # the folder a browser saves a page's own files in ("x_files" beside "x.html")


def worth_forking(kabar: KabarSettings, items: int) -> bool:
    """Whether ``items`` pieces of work are shared with forked processes."""
    return (kabar.workers > 1 and items >= kabar.parallel_min
            and "fork" in multiprocessing.get_all_start_methods())


def _head(path: str, limit: int) -> bytes:
    """A seed's first ``limit + 1`` bytes: enough to know it, and whether it is too large."""
    with open(path, "rb") as fh:
        return fh.read(limit + 1)


class SeedsReading:
    """One build's reading of the seeds folder: :meth:`read` fills ``results`` (one per seed file,
    in path order), ``metadata`` (article id -> what the reader made of its seed: its reading, and
    its linking features when computed while reading) and ``ignored``."""

    def __init__(self, kabar: KabarSettings, readers, context: dict, content_class,
                 code_version: str | None = None) -> None:
        self.kabar = kabar
        self.code_version = code_version  # (cache.code_version(), when the build has it already)
        self.readers = readers  # Pelican's Readers
        self.context = context
        self.content_class = content_class
        self.results: list[ReadResult] = []
        self.metadata: dict[str, dict] = {}
        self._articles: dict[str, object] = {}  # article id -> Pelican article, when another reader made one
        self.ignored: list[tuple[str, str]] = []
        self.same_name: dict[str, list[str]] = {}  # seed path -> other seeds of its file name
        self._root = os.path.abspath(kabar.seeds)

    def read(self) -> None:
        seeds = self._list_seeds()
        readable = [name for name, ok in seeds if ok]
        helper = self._start_helper(readable)
        understood = (cache.UnderstandingCache.load(self.kabar.cache_dir, self.code_version)
                      if self.kabar.cache_dir else None)
        keys = self._find_chrome(readable, understood)
        collect = self._hand_new_seeds(helper, readable, understood, keys) if helper is not None else None
        known = self._from_cache(understood, keys) if understood is not None else set()
        if collect is not None:
            collect()
        reader = self.readers.readers.get("txt")
        self._prefetch([name for name in readable if name not in known
                        and not (isinstance(reader, RawNewsReader) and reader.has_prefetched(self._path(name)))])
        self.results = [self._read_one(name, ok) for name, ok in seeds]
        if understood is not None:
            self._to_cache(understood, keys, known)
            # (the key of its reading: those from the cache have it already)
            self.results = [replace(r, record=replace(r.record, reading=keys[r.source_file][0]))
                            if r.record is not None and r.source_file in keys
                            and r.record.reading != keys[r.source_file][0] else r for r in self.results]
            logger.info("Kabar: %d of %d seeds understood by an earlier build (cache %s)",
                        len(known), len(readable), self.kabar.cache_dir)
        self._flag_same_names()
        self._flag_duplicate_titles()

    def _path(self, name: str) -> str:
        """The absolute path of the seed ``name`` (its path inside the folder)."""
        return os.path.normpath(os.path.join(self._root, name))

    def _list_seeds(self) -> list[tuple[str, bool]]:
        """The seed files (``.txt``, and web pages saved as ``.html`` or ``.htm``) of the seeds
        folder and its subfolders (any depth), by their path inside it (``2024/vov/x.txt``), each
        with whether it may be read: a link to a file outside the folder may not. Anything else
        in the folder is listed as ignored; so is the folder of a saved page's own files
        (``x_files/`` beside ``x.html``: scripts, styles, images), whole and unread."""
        folder = self.kabar.seeds
        if not folder.is_dir():
            logger.error("KABAR seeds folder %s does not exist; the archive is empty", folder)
            return []
        real_folder = Path(os.path.realpath(folder))
        seeds = []
        pending = [("", str(folder))]
        while pending:  # (DirEntry answers from the listing: no call per file but for links)
            prefix, path = pending.pop()
            with os.scandir(path) as listing:
                entries = sorted(listing, key=lambda e: e.name)
            pages = {e.name.rsplit(".", 1)[0]: e.name for e in entries
                     if is_saved_page(e.name) and not e.is_dir(follow_symlinks=False)}
            for entry in entries:
                name = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    page = pages.get(entry.name.removesuffix(PAGE_FILES_SUFFIX)) \
                        if entry.name.endswith(PAGE_FILES_SUFFIX) else None
                    if entry.name.startswith("."):
                        self.ignored.append((name + "/", "a hidden folder"))
                    elif page is not None:
                        self.ignored.append((name + "/", f"the files of the saved page {page}: never read"))
                    else:
                        pending.append((name + "/", entry.path))
                elif entry.is_symlink() and entry.is_dir():
                    self.ignored.append((name + "/", "a link to a folder: not followed"))
                elif not entry.name.lower().endswith(SEED_SUFFIXES):
                    self.ignored.append((name, "not a seed (a .txt text, or a web page saved as .html or .htm)"))
                elif entry.is_symlink():
                    real = Path(os.path.realpath(entry.path))
                    seeds.append((name, real.is_relative_to(real_folder) and real.is_file()))
                else:
                    seeds.append((name, entry.is_file()))
        seeds.sort()
        self.ignored.sort()
        self._assign_ids([name for name, _ in seeds])
        return seeds

    def _assign_ids(self, names: list[str]) -> None:
        """Each seed's article id: from its file name, so that moving a file between folders keeps
        its id and URL; files of one name in several folders are all kept, the first (by path)
        with that id, the others with an id from their whole path, and each is warned about."""
        by_name: dict[str, list[str]] = defaultdict(list)
        for name in names:
            by_name[name.rsplit("/", 1)[-1]].append(name)
        ids: dict[str, str] = {}
        self.same_name = {}
        for base, paths in by_name.items():
            for n, path in enumerate(paths):
                ids[path] = article_id(base if n == 0 else path)
                if len(paths) > 1:
                    self.same_name[path] = [p for p in paths if p != path]
        reader = self.readers.readers.get("txt")
        if isinstance(reader, RawNewsReader):  # what it needs to name and number the seeds
            reader.ids = ids
            reader.seeds_folder = str(self.kabar.seeds)

    def _find_chrome(self, names: list[str], understood: cache.UnderstandingCache | None
                     ) -> dict[str, tuple[str, str]]:
        """Count the short lines of every seed: those recurring across the folder are the sites'
        chrome, whatever their wording; the reader then never takes them for a headline.
        With the understanding cache on, also returns each seed's cache key and SHA-256 (the
        seed is read once here: an unchanged one is not read again, and the keys of its lines
        come from the cache too)."""
        reader = self.readers.readers.get("txt")
        if not isinstance(reader, RawNewsReader):
            return {}
        seen: dict[str, tuple[str, int, list[str] | None]] = {}  # name -> (sha256, size, its line keys, sorted)
        now_ns = time.time_ns()

        def short_keys():
            for name in names:
                page = seed_kind(name) == PAGE
                if page and understood is None:
                    continue  # markup, not text: a saved page's lines are not counted (its extraction drops the site's)
                limit = self.kabar.max_bytes(name)
                path = self._path(name)
                data = None
                try:
                    status = os.stat(path)
                    # (a seed whose file is as an earlier build hashed it is not read to know its bytes)
                    sha = understood.sha_by_stat(name, status) if understood is not None else None
                    if sha is None:
                        data = _head(path, limit)
                except OSError:
                    continue  # reported when the seed itself is read
                size = len(data) if data is not None and len(data) <= limit else status.st_size
                if understood is None:
                    yield short_line_keys(data[:limit].decode("utf-8", "replace"))
                    continue
                if sha is None:
                    sha = hashlib.sha256(data).hexdigest()
                    if len(data) == size:  # (read whole, as the file was when its status was taken)
                        understood.put_stat(name, status, sha, now_ns)
                known = understood.line_keys_of(sha)  # (sorted lists, a key once)
                if known is None and data is None:
                    try:
                        data = _head(path, limit)
                    except OSError:
                        continue
                if known is None:
                    known = understood.put_line_keys(
                        sha, set() if page else short_line_keys(data[:limit].decode("utf-8", "replace")),
                        None if page else cache.line_keys(data[:limit]))
                # (a page's text lines are only known once extracted: every chrome line counts)
                seen[name] = (sha, size, known[1])
                if not page:
                    yield known[0]

        reader.chrome = recurring_keys(short_keys())
        if understood is None:
            return {}
        chrome = reader.chrome
        whole = sorted(chrome)
        return {name: (cache.seed_key(sha, name, reader.ids.get(name), size, self.kabar.max_bytes(name),
                                      [k for k in keys if k in chrome] if keys is not None else whole,
                                      kind=seed_kind(name)), sha)
                for name, (sha, size, keys) in seen.items()}

    def _start_helper(self, readable: list[str]):
        """A large folder read with the understanding cache (an editor's everyday build, a few
        seeds new or changed): a process forked now, while this one is small, gets ready to read
        the seeds the cache does not know, while this one loads the cache and rebuilds the others
        from it; this one then never loads the language model. None when not worth it."""
        reader = self.readers.readers.get("txt")
        if not (self.kabar.cache_dir is not None and (self.kabar.cache_dir / cache.CACHE_FILE).is_file()
                and isinstance(reader, RawNewsReader) and worth_forking(self.kabar, len(readable))):
            return None
        return reader.start_helper()

    def _hand_new_seeds(self, helper, readable: list[str], understood: cache.UnderstandingCache,
                        keys: dict[str, tuple[str, str]]):
        """The seeds the cache does not know go to the helper when they are few (many: it stops,
        and they are read by several processes); returns what collects its readings, or None.
        A seed whose cache entry turns out damaged is read after, as any seed."""
        new = [self._path(name) for name in readable
               if name not in keys or keys[name][0] not in understood.entries]
        if not new or len(new) >= self.kabar.parallel_min:
            helper.stop()
            return None
        return helper.read(new)

    def _prefetch(self, names: list[str]) -> None:
        """Many seeds: let the reader read them in several processes first."""
        reader = self.readers.readers.get("txt")
        if not (worth_forking(self.kabar, len(names)) and isinstance(reader, RawNewsReader)):
            return
        paths = [self._path(n) for n in names]
        reader.prefetch(paths, self.kabar.workers)
        logger.info("Kabar: %d seeds read by %d processes", len(paths), self.kabar.workers)

    def _read_one(self, name: str, readable: bool) -> ReadResult:
        folder = self.kabar.seeds
        if not readable:
            return ReadResult(name, REJECTED, None, ("a link to a file outside the seeds folder; not read",))
        reader = self.readers.readers.get("txt")
        article = None
        try:
            if isinstance(reader, RawNewsReader):
                metadata = reader.read_metadata(self._path(name))
            else:  # (another plugin's reader for txt: through Pelican's machinery)
                article = self.readers.read_file(base_path=str(folder), path=name, fmt="txt",
                                                 content_class=self.content_class, context=self.context)
                metadata = article.metadata
        except OSError as err:
            return ReadResult(name, REJECTED, None, (f"cannot be read: {err.strerror or err}",))
        result: ReadResult = metadata[RESULT_KEY]
        if result.record is not None:
            self.metadata[result.record.id] = metadata
            if article is not None:
                self._articles[result.record.id] = article
        return result

    def pelican_article(self, aid: str, date: str | None):
        """The Pelican article of the report ``aid`` (see :mod:`pelican_articles`), dated ``date``
        (ISO; its event's, when its own text gives none): straight from the reader's metadata, as
        none of Pelican's (file name, path, default category) applies to a raw seed; its slug is
        its id. No body: its page renders it from the record."""
        when = datetime.datetime.fromisoformat(date) if date else None
        made = self._articles.get(aid)
        if made is not None:  # (another reader's: made while reading, dated now)
            if when is not None:
                made.date = made.metadata["date"] = when
            return made
        metadata = dict(self.metadata[aid])
        result: ReadResult = metadata[RESULT_KEY]
        metadata.pop("date", None)
        if when is not None:
            metadata["date"] = when
        reader = self.readers.readers.get("txt")
        ids = reader.ids if isinstance(reader, RawNewsReader) else {}
        return self.content_class(content="", metadata={"reader": "rawnews", "slug": ids.get(result.source_file) or aid,
                                                        **metadata},
                                  settings=self.readers.settings, source_path=self._path(result.source_file),
                                  context=self.context)

    def _flag_same_names(self) -> None:
        """Seeds of one file name in several folders: each is told of the others."""
        for i, result in enumerate(self.results):
            others = self.same_name.get(result.source_file)
            if not others or result.record is None:
                continue
            problem = f"same file name as {', '.join(others)} (both kept, with distinct ids)"
            record = replace(result.record, warnings=(*result.record.warnings, problem))
            self.results[i] = replace(result, status=OK_WITH_WARNINGS, record=record,
                                      problems=(*result.problems, problem))

    def _flag_duplicate_titles(self) -> None:
        by_title: dict[str, list[int]] = defaultdict(list)
        for i, result in enumerate(self.results):
            if result.record is not None:
                by_title[fold(result.record.title).strip()].append(i)
        for indexes in by_title.values():
            if len(indexes) < 2:
                continue
            for i in indexes:
                others = [self.results[j].source_file for j in indexes if j != i]
                problem = f"same title as {', '.join(others)}"
                result = self.results[i]
                record = replace(result.record, warnings=(*result.record.warnings, problem))
                self.results[i] = replace(result, status=OK_WITH_WARNINGS, record=record,
                                          problems=(*result.problems, problem))

    def _from_cache(self, understood: cache.UnderstandingCache, keys: dict[str, tuple[str, str]]) -> set[str]:
        """Hand the reader every seed the cache knows; returns their names."""
        reader = self.readers.readers.get("txt")
        known = set()
        for name, (key, sha) in keys.items():
            hit = understood.get(key, sha)
            if hit is not None:
                reader.add_known(self._path(name), *hit)
                known.add(name)
        return known

    def _to_cache(self, understood: cache.UnderstandingCache, keys: dict[str, tuple[str, str]],
                  known: set[str]) -> None:
        """Keep what this build understood for the next one."""
        for result in self.results:
            if result.source_file not in keys:
                continue
            key = keys[result.source_file][0]
            if result.source_file in known:
                understood.keep(key)
                continue
            features = None
            if result.record is not None:
                metadata = self.metadata[result.record.id]
                features = metadata.get(LINK_FEATURES_KEY)
                if features is None:
                    features = metadata[LINK_FEATURES_KEY] = article_features(link_view(result.record))
            understood.put(key, result, features)
        understood.save()
