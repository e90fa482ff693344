"""The search index's files (built by a helper process while the pages are prepared) and the
search pages (a part of :class:`generator.KabarGenerator`; the index itself: :mod:`search`)."""
from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from . import i18n, meta, search, site
from .output import replace_bytes
from .record import UNDETERMINED

SEARCH_FILES_LIST = ".kabar-search-files"  # the search files a helper wrote (read and removed by the build)
SEARCH_FORMS_FILE = "search-forms.json"  # in the cache folder: each report's folded words (search.FormsCache)


def _forms_version() -> str:
    """What the folded words of a report and the stems of words depend on besides its reading:
    the search module's code and the stemmers' versions."""
    return hashlib.sha256(Path(search.__file__).read_bytes() + search.stemmers_version().encode()).hexdigest()


class SearchOutputMixin:
    """Methods of :class:`generator.KabarGenerator` (they use its attributes)."""

    def _start_search_index(self, records, urls: dict[str, str], persons=()) -> None:
        """The search index needs the records, their URLs and the people with a page: with many
        seeds a forked helper builds it while this process prepares the pages; otherwise it is
        built at the end."""
        self._finish_search = None
        if not self.kabar.search:
            return
        out = Path(self.output_path)
        # (the documents, each report's whole text, are made by whichever process writes the
        # index: the helper's copies are not held by this process while it renders the pages)
        forms = self.kabar.cache_dir / SEARCH_FORMS_FILE if self.kabar.cache_dir is not None else None
        if self._worth_forking(len(records) + len(persons)):
            process = self._fork("kabar-search", self._write_search_index, out, records, urls, persons, forms)
            self._finish_search = functools.partial(self._join, process, "building the search index")
        else:
            self._finish_search = functools.partial(self._write_search_index, out, records, urls, persons, forms)

    def _finish_search_index(self) -> None:
        finish, self._finish_search = self._finish_search, None
        if finish is not None:
            finish()

    @staticmethod
    def _write_search_index(out: Path, records, urls: dict[str, str], persons, forms: Path | None = None) -> None:
        """``search/index.js`` (what the search page loads) and the files queries load (each
        rewritten only when it changes), and the list of them for :meth:`_expect_search_files`
        (the writer may be another process). ``forms``: the file of the reports' folded words
        kept between builds (:class:`search.FormsCache`; in the cache folder), or None."""
        docs = search.person_docs(persons) + search.search_docs(records, urls)
        cache = search.FormsCache(forms, _forms_version()) if forms is not None else None
        files = search.index_files(search.build_index(docs, cache))
        if cache is not None:
            cache.save()
        for rel, text in files.items():
            replace_bytes(out / "search" / rel, text.encode("utf-8"), new_in_place=True)
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
                "section": section,  # a person's result is their page in this section
                "person": tr.gettext("Person named in %(num)s reports"),
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
