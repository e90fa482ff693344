"""The Atom feeds, the sitemap and the redirect pages of moved reports (a part of
:class:`generator.KabarGenerator`)."""
from __future__ import annotations

import functools
import os
from pathlib import Path

from . import i18n, meta, site
from .record import UNDETERMINED


class FeedsMixin:
    """Methods of :class:`generator.KabarGenerator` (they use its attributes)."""

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

    @functools.cached_property
    def _feeds_by_lang(self) -> dict[str, tuple[dict, ...]]:
        return {}

    def _feeds_for(self, lang: str) -> tuple[dict, ...]:
        """Feeds a page in ``lang`` advertises: the whole archive and its own language (one object
        per language, which page fingerprints then hash once)."""
        feeds = self._feeds_by_lang.get(lang)
        if feeds is None:
            own = ({"url": f"feeds/{lang}.atom.xml", "lang": lang,
                    "title": f"{self.kabar.site_name}: {i18n.language_name(lang, lang)}"},) \
                if lang in self._article_langs else ()
            feeds = self._feeds_by_lang[lang] = (
                {"url": "feeds/all.atom.xml", "title": f"{self.kabar.site_name}", "lang": None}, *own)
        return feeds

    def _write_feeds(self, out: Path, pages, events, all_pairs) -> None:
        base = self.kabar.public_url
        default = self.kabar.default_lang

        limit = self.kabar.feed_max_items

        def write(name, title, lang, selected, home):
            # a feed is for following what is new: its newest entries (the archive has the rest)
            chosen = site.newest_first(selected)[:limit]
            if self._unchanged(f"feeds/{name}", ("feed", name, title, lang, chosen, site.events_of(events, chosen),
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
