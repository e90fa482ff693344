"""Rendering the queued pages: which need rendering at all (page fingerprints against the last
build), the forked helper that renders beside the main process, the writer (a part of
:class:`generator.KabarGenerator`)."""
from __future__ import annotations

import hashlib
import multiprocessing
from pathlib import Path

from markupsafe import Markup

from . import collector
from .output import PageManifest, Unfingerprintable, fingerprint

PAGE_CHUNK = 16  # pages a writing process takes at a time
# templates whose pages share rendered pieces (see Fragments): a section's run of them goes to one
# process, which renders each piece once, instead of both rendering most of them
SHARING_TEMPLATES = frozenset({"person.html"})


def page_chunks(jobs: list[tuple]) -> list[tuple[int, int]]:
    """(start, end) of the pieces of ``jobs`` a writing process takes at a time: PAGE_CHUNK
    pages, or a whole run of one section's pages of a template in :data:`SHARING_TEMPLATES`."""
    chunks: list[tuple[int, int]] = []
    start = 0
    while start < len(jobs):
        _, template, lang, _ = jobs[start]
        end = start + 1
        if template in SHARING_TEMPLATES:
            while end < len(jobs) and jobs[end][1] == template and jobs[end][2] == lang:
                end += 1
        else:
            end = min(len(jobs), start + PAGE_CHUNK)
            while end > start + 1 and jobs[end - 1][1] in SHARING_TEMPLATES:
                end -= 1  # (a run of those starts a chunk of its own)
        chunks.append((start, end))
        start = end
    return chunks


class Fragments:
    """Pieces of markup many pages of one build share, rendered once per process and key (an
    event's entry in the event lists of every person it names; the header and footer of a
    section's pages at one depth). The key must hold everything the piece depends on besides the
    build's own data (its section, its pages' depth); the template calls ``fragment(key, macro,
    *args)``. One per generator: nothing survives the build."""

    def __init__(self) -> None:
        self._rendered: dict[tuple, Markup] = {}

    def clear(self) -> None:
        """Forget every piece (the pages that follow are of another section: they share none)."""
        self._rendered.clear()

    def __call__(self, key: tuple, macro, *args, **kwargs) -> Markup:
        rendered = self._rendered.get(key)
        if rendered is None:
            rendered = self._rendered[key] = Markup(macro(*args, **kwargs))
        return rendered


class KabarBuildError(RuntimeError):
    """The build cannot finish (never raised for bad seeds: those are reported and skipped)."""


class RenderingMixin:
    """Methods of :class:`generator.KabarGenerator` (they use its attributes)."""

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
        self.output.keep(rel)
        return True

    def _changed_pages(self, out: Path, jobs: list[tuple], manifest: PageManifest) -> list[tuple]:
        """The pages to render: those whose context (and so bytes) may differ from the last build's."""
        memo = self._memo
        todo = []
        shared: dict[tuple[str, str], bytes] = {}  # (template, lang) -> what its pages share, hashed once
        for job in jobs:
            name, template, lang, context = job
            common = shared.get((template, lang))
            if common is None:
                common = shared[(template, lang)] = fingerprint(
                    (template, lang, self.interface.ui_lang(lang), self.sections, self._feeds_for(lang),
                     self.kabar.public_url, self.settings["RELATIVE_URLS"]), memo)
            try:
                print_ = hashlib.blake2b(common + fingerprint(context, memo), digest_size=16).digest()
            except Unfingerprintable:
                print_ = None
            if not manifest.unchanged(out, name, print_):
                todo.append(job)
        return todo

    def _render(self, writer, job) -> None:
        name, template, lang, context = job
        if callable(context):
            context = context()
        if lang != self._rendering_lang:  # (the pieces of a section's pages: see Fragments)
            self.env.globals["fragment"].clear()
            self._rendering_lang = lang
        ui = self.interface.ui_lang(lang)
        self.env.globals.update(self.interface.template_callables(ui))
        writer.write_file(
            name, self.get_template(template.removesuffix(".html")), self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            page_lang=lang, ui_lang=ui, page_url=name, public_url=self.kabar.public_url,
            sections=self.sections, feeds=self._feeds_for(lang), **context)

    def _fork(self, name: str, target, *args) -> multiprocessing.process.BaseProcess:
        """Run ``target(*args)`` in a forked process (the caller joins it with :meth:`_join`)."""
        # The helper's collector must not walk (and so copy) every shared object's memory page.
        # (No gc.collect() first: with thousands of records it takes a third of a second.)
        with collector.frozen():
            process = multiprocessing.get_context("fork").Process(target=target, args=args, name=name,
                                                                  daemon=True)
            process.start()
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
        # (a few pages of a large archive are its long listings: worth a helper too)
        if len(jobs) <= PAGE_CHUNK or not self._worth_forking(max(len(jobs), len(self.pages))):
            return None
        for template in sorted({job[1] for job in jobs}):
            self.get_template(template.removesuffix(".html"))  # compiled once, before the fork
        counter = multiprocessing.get_context("fork").Value("i", 0)
        chunks = page_chunks(jobs)
        return self._fork("kabar-pages", self._render_chunks, writer, jobs, chunks, counter), (counter, chunks)

    def _render_chunks(self, writer, jobs: list[tuple], chunks: list[tuple[int, int]], counter) -> None:
        while True:
            with counter.get_lock():
                taken = counter.value
                counter.value += 1
            if taken >= len(chunks):
                return
            start, end = chunks[taken]
            for job in jobs[start:end]:
                self._render(writer, job)

    def _finish_pages(self, writer, jobs: list[tuple], helper) -> None:
        if helper is None:
            for job in jobs:
                self._render(writer, job)
            return
        process, (counter, chunks) = helper
        try:
            self._render_chunks(writer, jobs, chunks, counter)
        finally:
            self._join(process, "writing pages")
