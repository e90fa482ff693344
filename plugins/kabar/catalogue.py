"""The catalogue (``api/articles.json``: articles, events, outlets) and the build report
(``api/build-report.json``), a part of :class:`generator.KabarGenerator`."""
from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import orjson

from . import site
from .record import OK, OK_WITH_WARNINGS, REJECTED

logger = logging.getLogger(__name__)
IGNORED = "ignored"


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _compact(value) -> bytes:
    """One entry as compact JSON, keys sorted, UTF-8 (orjson: a tenth of the time of Python's
    encoder, which the catalogues' tens of thousands of entries made a second of every build)."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)


def _json_lines(data: dict) -> Iterator[bytes]:
    """A catalogue as JSON with one line per entry of its lists (an article, an event, a seed),
    in pieces: a rebuild's diff shows the entries that changed, and a list given as an iterator
    is never held whole (its entries are made as they are written: at 10 000 seeds the
    catalogue held whole, as dicts, text and bytes, was the build's peak of memory)."""
    yield b"{\n"
    keys = sorted(data)
    for n, key in enumerate(keys):
        value = data[key]
        end = b"," if n < len(keys) - 1 else b""
        name = _compact(key)
        items = iter(value) if isinstance(value, (list, Iterator)) else None
        first = next(items, _NOTHING) if items is not None else _NOTHING
        if first is _NOTHING:
            shown = [] if items is not None else value
            yield b" %s: %s%s\n" % (name, _compact(shown), end)
            continue
        yield b" %s: [\n  %s" % (name, _compact(first))
        for item in items:
            yield b",\n  " + _compact(item)
        yield b"\n ]%s\n" % end
    yield b"}\n"


_NOTHING = object()


class CatalogueMixin:
    """Methods of :class:`generator.KabarGenerator` (they use its attributes)."""

    def _write_api(self, out: Path, pages: list[site.ArticlePage]) -> None:
        # The catalogue and the report list every seed: a build that changed a seed (there is no
        # build otherwise, see stamp) changes them, so they are made again (and their file left
        # alone when its bytes are the same); the people of the archive change less often.
        self._write_catalogue(sorted(pages, key=lambda p: p.record.source_file))
        if not self._unchanged("api/people.json", ("people", self.people, self.kabar.default_lang)):
            self._write_people()
        self._write_report()
        summary = Counter(r.status for r in self.results)
        logger.info("Kabar: %d seed files: %d ok, %d ok with warnings, %d rejected, %d ignored; %d events;"
                    " %d people named in two or more reports; %d outlets (%d reports name none)",
                    len(self.results) + len(self.ignored), summary.get(OK, 0), summary.get(OK_WITH_WARNINGS, 0),
                    summary.get(REJECTED, 0), len(self.ignored), len(self.events), len(self.people.persons),
                    len(self.outlet_groups), sum(1 for p in pages if p.outlet is None))

    def _write_catalogue(self, ordered: list[site.ArticlePage]) -> None:
        outlets = [{"id": g.outlet.slug, "name": g.outlet.name, "domain": g.outlet.domain,
                    "spellings": [spelling for spelling, _ in g.spellings], "articles": list(g.article_ids),
                    "url": site.outlet_url(self.kabar.default_lang, g.outlet.slug)} for g in self.outlet_groups]
        self.output.write_chunks("api/articles.json", _json_lines({
            "articles": map(_article_entry, ordered), "events": map(_event_entry, self.events), "outlets": outlets}))

    def _write_people(self) -> None:
        """``api/people.json``: everyone named in two or more reports, with how the archive knows."""
        people = []
        for person in self.people.persons:
            people.append({
                "slug": person.slug, "name": person.name, "variants": list(person.variants),
                "titles": [{"title": title, "lang": lang} for title, lang in person.titles],
                "countries": list(person.countries), "leader": person.leader,
                "articles": list(person.articles), "events": list(person.events),
                "url": site.person_url(self.kabar.default_lang, person.slug),
                "named_with": [{"slug": slug, "events": n} for slug, n in self.people.together.get(person.slug, ())],
            })
        self.output.write_chunks("api/people.json", _json_lines({
            "people": people, "url_pattern": site.person_url("{section}", "{slug}"),
            "named_in_one_report_only": self.people.named_once}))

    def _write_report(self) -> None:
        files = []
        for result in self.results:
            page = self.pages.get(result.record.id) if result.record else None
            files.append({"file": result.source_file, "status": result.status,
                          "problems": list(result.problems),
                          "id": result.record.id if result.record else None,
                          "url": page.url if page else None,
                          "outlet": page.outlet.slug if page and page.outlet else None})
        files += [{"file": name, "status": IGNORED, "problems": [why], "id": None, "url": None, "outlet": None}
                  for name, why in self.ignored]
        files.sort(key=lambda f: f["file"])
        split: dict[str, list[str]] = {}  # outlet key -> the outlets of that name
        for group in self.outlet_groups:
            split.setdefault(group.key, []).append(group.outlet.slug)
        summary = Counter(f["status"] for f in files)
        report = {
            "seeds_folder": self.kabar.seeds.name,
            "summary": {"files": len(files), **{k: summary.get(k, 0)
                                                 for k in (OK, OK_WITH_WARNINGS, REJECTED, IGNORED)}},
            "files": files,
            "events": {"total": len(self.events),
                       "reported_more_than_once": sum(1 for e in self.events if len(e.article_ids) > 1)},
            "overrides": self.override_problems,
            "people": {  # the joins below are the ones a name's spelling alone did not make: check them
                "with_a_page": len(self.people.persons),
                "named_in_one_report_only": self.people.named_once,
                "joined": [{"person": p.slug, "names": [a, b], "rule": rule}
                           for p in self.people.persons for a, b, rule in p.joined],
            },
            "outlets": {
                "total": len(self.outlet_groups),
                "reports_with_outlet": sum(len(g.article_ids) for g in self.outlet_groups),
                "reports_without_outlet": sum(1 for p in self.pages.values() if p.outlet is None),
                # the spellings each outlet joined, for an editor to check: never two outlets in one
                "several_spellings": {g.outlet.slug: [s for s, _ in g.spellings]
                                      for g in self.outlet_groups if len(g.spellings) > 1},
                # one name, several domains: as many outlets (and one more for the name alone)
                "one_name_several_outlets": {key: slugs for key, slugs in sorted(split.items()) if len(slugs) > 1},
            },
        }
        self.output.write_chunks("api/build-report.json", _json_lines(report))


def _article_entry(page: site.ArticlePage) -> dict:
    r = page.record
    return {
        "id": r.id, "source_file": r.source_file, "lang": r.lang,
        "lang_confidence": r.language.confidence, "title": r.title,
        "title_derived": r.title_derived, "date": r.date.iso,
        "date_evidence": r.date.evidence or None, "date_year_inferred": r.date.year_inferred,
        "date_source": r.date.how, "date_published": r.date.published,
        "date_span": list(r.date.span) if r.date.span else None,
        "countries": list(r.countries.codes), "country_scope": r.countries.scope,
        "source": {"name": r.source.name, "url": r.source.url},
        "outlet": page.outlet.slug if page.outlet else None,
        "url": page.url, "raw_url": page.raw_url, "summary": r.summary,
        "captions": list(r.parsed.captions), "event": page.event_id,
        "warnings": list(r.warnings),
    }


def _event_entry(event) -> dict:
    return {
        "id": event.id, "date": event.date, "countries": list(event.countries),
        "articles": list(event.article_ids),
        "url": site.event_url(event.id) if len(event.article_ids) > 1 else None,
        "links": [{"a": link.a, "b": link.b, "score": round(link.score, 4),
                   "evidence": link.evidence} for link in event.links],
    }
