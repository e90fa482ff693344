"""The Pelican reader for raw news (``.txt``, and web pages saved as ``.html``/``.htm``): the only
place a file becomes (html, metadata).

Seed text is never interpreted: no Markdown, no Pelican metadata lines, no
template syntax. A saved page is reduced to its article's text first (:mod:`understand.html`);
its markup is never published. The body is escaped by :func:`render.render_body`.
"""
from __future__ import annotations

import datetime
import logging
import multiprocessing
import os
import sys
from dataclasses import replace

from pelican.readers import BaseReader

from . import collector
from .linking import ArticleFeatures, FeatureCaches, article_features
from .record import REJECTED, UNDETERMINED
from .render import render_body
from .understand.pipeline import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_PAGE_BYTES,
    PAGE,
    link_view,
    seed_kind,
    understand,
    warm_up,
)

logger = logging.getLogger(__name__)
SETTINGS_KEY = "KABAR_RESOLVED"  # the KabarSettings object, stored once at start-up
RESULT_KEY = "kabar_result"
LINK_FEATURES_KEY = "kabar_link_features"  # the linker's view, when computed while reading


_PREFETCHING: "RawNewsReader | None" = None  # the reader a forked worker reads with (set around a fork)


def _read_in_worker(path: str) -> dict:
    """Read one seed, and compute what the linker needs of it while in a parallel worker
    (the linker itself runs once all seeds are read). The metadata only: the body's markup is
    made from the record when its page is written (sent back, it was a fifth of a cold build's
    memory at 10 000 seeds)."""
    metadata = _PREFETCHING._read(path)
    record = metadata[RESULT_KEY].record
    if record is not None:
        metadata[LINK_FEATURES_KEY] = _shared_words(article_features(link_view(record), _PREFETCHING._link_caches))
    return metadata


def _serve(reader: "RawNewsReader", conn) -> None:
    """A helper's life (:meth:`RawNewsReader.start_helper`): load what reading needs, wait for
    the seeds to read (with the build's chrome lines and ids), send their metadata back."""
    global _PREFETCHING
    warm_up()
    try:
        job = conn.recv()
    except EOFError:  # (the build stopped before handing it anything)
        return
    if job is None:
        return
    paths, reader.chrome, reader.ids = job
    _PREFETCHING = reader
    conn.send([_read_in_worker(path) for path in paths])


class ReadingHelper:
    """A forked process that reads a few seeds for the build (see :meth:`RawNewsReader.start_helper`)."""

    def __init__(self, reader: "RawNewsReader") -> None:
        self.reader = reader
        context = multiprocessing.get_context("fork")
        self._conn, theirs = context.Pipe()
        with collector.frozen():
            self._process = context.Process(target=_serve, args=(reader, theirs), name="kabar-reading",
                                            daemon=True)
            self._process.start()
        theirs.close()

    def stop(self) -> None:
        try:
            self._conn.send(None)
        except OSError:
            pass
        self._finish()

    def read(self, paths: list[str]):
        """Hand ``paths`` (absolute) to the helper; returns the function that waits for their
        metadata and gives them to the reader (any that did not come back is read as usual)."""
        reader = self.reader
        try:
            self._conn.send((paths, reader.chrome, reader.ids))
        except OSError:
            self._finish()
            return lambda: None

        def collect() -> None:
            try:
                results = self._conn.recv()
            except (EOFError, OSError):
                results = None
            self._finish()
            if results is None:
                logger.warning("the helper process reading the new or changed seeds stopped (exit code %s): "
                               "their %d are read by the build itself", self._process.exitcode, len(paths))
                return
            reader._prefetched.update(zip(paths, results))
            logger.info("Kabar: %d new or changed seeds read by a helper process", len(results))
        return collect

    def _finish(self) -> None:
        self._conn.close()
        self._process.join()


def _shared_words(a: ArticleFeatures) -> ArticleFeatures:
    """The features with their words interned: a name met in many reports is then one object,
    sent back once per batch of results instead of once per report (its features were a third of
    what the reading processes send back)."""
    f, word = a.features, sys.intern
    f = replace(f, names={word(k): v for k, v in f.names.items()},
                fulls={g: frozenset(map(word, keys)) for g, keys in f.fulls.items()},
                places=frozenset(map(word, f.places)), numbers={word(k): v for k, v in f.numbers.items()})
    displays = {word(k): word(v) for k, v in a.displays.items()} if a.displays is not None else None
    return ArticleFeatures(f, tuple(map(word, a.runs)), displays)


def _readable(result) -> bool:
    """A reading that made a record (a rejected seed has none to publish)."""
    return result.status != REJECTED and result.record is not None


class RawNewsReader(BaseReader):
    """Reads a raw news article copied from a web page (plain text, no front matter), or the page
    itself saved from the browser. The build reads every seed, whatever its kind, through the
    instance Pelican keeps for ``txt`` (it holds the build's ids, chrome lines and prefetched
    readings); the kind comes from the seed's own name."""

    enabled = True
    file_extensions = ["txt", "html", "htm"]

    def __init__(self, settings):
        super().__init__(settings)
        self._prefetched: dict[str, dict] = {}  # absolute path -> metadata
        self._link_caches = FeatureCaches()  # analyses the linker's views of the seeds share
        self.chrome: frozenset[str] = frozenset()  # lines recurring across the seeds folder (set per build)
        self.ids: dict[str, str] = {}  # seed path inside the folder -> article id (set per build)
        self.seeds_folder: str | None = None  # the folder seed paths are relative to (set per build)

    def read(self, source_path: str):
        metadata = self.read_metadata(source_path)
        result = metadata[RESULT_KEY]
        return (render_body(result.record.parsed) if _readable(result) else ""), metadata

    def read_metadata(self, source_path: str) -> dict:
        """:meth:`read` without the body's markup (the build renders it with the article's page)."""
        hit = self._prefetched.pop(os.path.abspath(source_path), None)
        return hit if hit is not None else self._read(source_path)

    def prefetch(self, paths: list[str], workers: int) -> None:
        """Read ``paths`` (absolute) in ``workers`` forked processes, each with this reader;
        :meth:`read` then hands out the results. Reading is pure, so the result is the same
        as reading one file after the other, only sooner on a machine with several cores."""
        global _PREFETCHING
        context = multiprocessing.get_context("fork")
        # The leaders' names are loaded once, before the workers fork and share them; the
        # language model is not: each worker maps its tables itself (a few milliseconds, from
        # files whose pages all processes share), so that this process, which holds every
        # record to the end of the build, never carries it (a tenth of its peak memory).
        warm_up(language_model=False)
        _PREFETCHING = self
        try:  # (the workers' collectors leave the shared objects, and their memory pages, alone)
            with collector.frozen(), context.Pool(workers) as pool:
                results = pool.map(_read_in_worker, paths, chunksize=max(1, len(paths) // (workers * 16)))
        finally:
            _PREFETCHING = None
            self._link_caches = FeatureCaches()
        self._prefetched.update(zip(paths, results))

    def start_helper(self) -> ReadingHelper:
        """Fork a process that will read the seeds :meth:`ReadingHelper.read` hands it (the build's
        chrome lines and ids are sent with them); until then it loads what reading needs."""
        return ReadingHelper(self)

    def has_prefetched(self, source_path: str) -> bool:
        return os.path.abspath(source_path) in self._prefetched

    def add_known(self, source_path: str, result, features) -> None:
        """A seed already understood (by an earlier build: :mod:`cache`): :meth:`read` hands out
        its page without reading it again."""
        metadata = self._metadata(result)
        if features is not None:
            metadata[LINK_FEATURES_KEY] = features
        self._prefetched[os.path.abspath(source_path)] = metadata

    def _read(self, source_path: str):
        kabar = self.settings.get(SETTINGS_KEY)
        name = os.path.basename(source_path)
        if self.seeds_folder is not None:
            name = os.path.relpath(source_path, self.seeds_folder).replace(os.sep, "/")
        kind = seed_kind(name)
        max_bytes = kabar.max_bytes(name) if kabar else DEFAULT_MAX_PAGE_BYTES if kind == PAGE else DEFAULT_MAX_BYTES
        with open(source_path, "rb") as fh:
            data = fh.read(max_bytes + 1)
        # a huge file is not read whole: its first max_bytes + 1 bytes are enough to reject it
        size = os.path.getsize(source_path) if len(data) > max_bytes else len(data)
        result = understand(data, name, max_bytes=max_bytes, size=size, chrome=self.chrome,
                            given_id=self.ids.get(name), kind=kind)
        return self._metadata(result)

    @staticmethod
    def _metadata(result) -> dict:
        """The metadata of a seed's reading, for Pelican (its title and language when readable)."""
        metadata: dict = {RESULT_KEY: result, "title": result.source_file}
        if not _readable(result):
            return metadata
        record = result.record
        metadata.update(title=record.title, lang=record.lang or UNDETERMINED, summary="")
        if record.date.iso:
            metadata["date"] = datetime.datetime.fromisoformat(record.date.iso)
        return metadata
