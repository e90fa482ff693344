"""What other programs read: link-preview tags, JSON-LD, Atom feeds, the sitemap,
redirect pages and the permalink registry. Pure (no pelican): plain data in, text out.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from babel.core import get_global

from .record import UNDETERMINED

ATOM_NS = "http://www.w3.org/2005/Atom"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
ID_AUTHORITY = "kabar-arsip"  # tag: URIs (RFC 4151) for ids that never change with URLs
ID_DATE = "2024"


@dataclass(frozen=True)
class Report:
    """One article as the outside world sees it."""

    id: str
    url: str  # relative to the site root
    title: str
    summary: str
    lang: str | None
    date: str | None
    countries: tuple[str, ...]
    country_names: tuple[str, ...]
    source_name: str | None
    source_url: str | None


def tag_id(kind: str, ident: str) -> str:
    """A permanent id: ``tag:kabar-arsip,2024:article/3a138fd6c92b``."""
    return f"tag:{ID_AUTHORITY},{ID_DATE}:{kind}/{ident}"


def og_locale(lang: str | None) -> str:
    """``id`` -> ``id_ID`` (CLDR likely subtags), the form Open Graph wants."""
    likely = get_global("likely_subtags").get((lang or "en").replace("-", "_"), "en_Latn_US")
    parts = likely.split("_")
    return f"{parts[0]}_{parts[-1]}" if len(parts) > 1 else parts[0]


def iso_datetime(date: str | None) -> str | None:
    """``2024-03-04`` -> ``2024-03-04T00:00:00+00:00``: an event date as a timestamp in UTC."""
    return f"{date}T00:00:00+00:00" if date else None


def absolute(base: str, url: str) -> str:
    return f"{base.rstrip('/')}/{url}" if base else url


def json_ld(report: Report, others: list[Report], base: str, site_name: str) -> str:
    """JSON-LD ``NewsArticle``, safe to put inside a ``<script>`` element."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": absolute(base, report.url),
        "url": absolute(base, report.url),
        "identifier": tag_id("article", report.id),
        "headline": report.title[:110],
        "description": report.summary,
        "inLanguage": report.lang or UNDETERMINED,
        "publisher": {"@type": "Organization", "name": site_name},
        "about": [{"@type": "Country", "name": name, "identifier": code}
                  for code, name in zip(report.countries, report.country_names)],
    }
    if report.date:
        data["datePublished"] = iso_datetime(report.date)
    if report.source_url:
        data["isBasedOn"] = report.source_url
        data["sameAs"] = report.source_url
    if report.source_name:
        data["sourceOrganization"] = {"@type": "Organization", "name": report.source_name}
    if others:
        data["workTranslation"] = [
            {"@type": "NewsArticle", "@id": absolute(base, o.url), "url": absolute(base, o.url),
             "headline": o.title[:110], "inLanguage": o.lang or UNDETERMINED} for o in others]
    return script_json(data, indent=1)


def script_json(data, indent: int | None = None) -> str:
    """JSON that is inert inside a ``<script>`` element: ``<``, ``>`` and ``&`` as escapes."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=indent,
                      separators=None if indent else (",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# ----------------------------------------------------------------------- feeds
def atom_feed(*, feed_id: str, title: str, lang: str | None, self_url: str, home_url: str, base: str,
              entries: list[tuple[Report, list[Report]]], updated: str | None) -> str:
    """An Atom 1.0 feed; each entry carries ``xml:lang``, a permanent id and links to the
    other-language reports of its event. ``base`` empty gives links relative to the site root,
    made relative to the feed by ``xml:base``."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             f'<feed xmlns="{ATOM_NS}"'
             + (f' xml:lang="{lang}"' if lang else "")
             + (f' xml:base={quoteattr(base.rstrip("/") + "/")}' if base else ' xml:base="../"') + ">",
             f"  <id>{xml_escape(feed_id)}</id>",
             f"  <title>{xml_escape(title)}</title>",
             f'  <link rel="self" href={quoteattr(self_url)}/>',
             f'  <link rel="alternate" type="text/html" href={quoteattr(home_url)}/>',
             f"  <updated>{iso_datetime(updated) or '1970-01-01T00:00:00+00:00'}</updated>",
             "  <author><name>Kabar Arsip</name></author>"]
    for report, others in entries:
        lines += [f'  <entry xml:lang="{report.lang or UNDETERMINED}">',
                  f"    <id>{tag_id('article', report.id)}</id>",
                  f"    <title>{xml_escape(report.title)}</title>",
                  f'    <link rel="alternate" type="text/html" hreflang="{report.lang or UNDETERMINED}" '
                  f"href={quoteattr(report.url)}/>"]
        for other in others:
            lines.append(f'    <link rel="alternate" type="text/html" hreflang="{other.lang or UNDETERMINED}" '
                         f"href={quoteattr(other.url)} title={quoteattr(other.title)}/>")
        stamp = iso_datetime(report.date) or "1970-01-01T00:00:00+00:00"
        lines += [f"    <updated>{stamp}</updated>"]
        if report.date:
            lines.append(f"    <published>{stamp}</published>")
        lines.append(f"    <summary>{xml_escape(report.summary)}</summary>")
        for code, name in zip(report.countries, report.country_names):
            lines.append(f'    <category term="{code}" label={quoteattr(name)}/>')
        if report.source_url:
            lines.append(f'    <link rel="via" href={quoteattr(report.source_url)}/>')
        lines.append("  </entry>")
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def sitemap(base: str, pages: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """``pages``: (url, [(hreflang, url), ...]) — alternates include the page itself."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             f'<urlset xmlns="{SITEMAP_NS}" xmlns:xhtml="{XHTML_NS}">']
    for url, alternates in pages:
        lines.append(f"  <url><loc>{xml_escape(absolute(base, url))}</loc>")
        for lang, alt in alternates:
            lines.append(f'    <xhtml:link rel="alternate" hreflang="{lang}" href={quoteattr(absolute(base, alt))}/>')
        lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ permalinks
def redirect_page(target: str, canonical: str, title: str, lang: str, moved: str = "This report has moved:") -> str:
    """A tiny page at an old URL that sends the reader to the article's current one.
    ``target`` is relative to the old page (works from disk), ``canonical`` absolute when known."""
    t, c, h = escape(target, quote=True), escape(canonical, quote=True), escape(title)
    return (f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{h}</title>\n"
            f'<link rel="canonical" href="{c}">\n<meta name="robots" content="noindex">\n'
            f'<meta http-equiv="refresh" content="0; url={t}">\n</head>\n<body>\n'
            f'<main><h1>{h}</h1>\n<p>{escape(moved)} <a href="{t}">{h}</a></p></main>\n</body>\n</html>\n')


def update_registry(registry: dict, current: dict[str, str]) -> tuple[dict, dict[str, str], list[str]]:
    """Merge this build's URLs (article id -> url) into the registry of published URLs.

    Returns the new registry ``{id: {"url": current, "previous": [old, ...]}}`` (articles
    not in this build are kept: their URLs were published), the redirects to write
    (old url -> id) and problems (an old URL now taken by another article's page).
    """
    new: dict = {aid: {"url": e["url"], "previous": list(e.get("previous", []))}
                 for aid, e in registry.items() if isinstance(e, dict) and "url" in e}
    for aid, url in current.items():
        entry = new.setdefault(aid, {"url": url, "previous": []})
        if entry["url"] != url:
            if entry["url"] not in entry["previous"]:
                entry["previous"].append(entry["url"])
            entry["url"] = url
        entry["previous"] = sorted(u for u in set(entry["previous"]) if u != url)
    live = set(current.values())
    redirects: dict[str, str] = {}
    problems: list[str] = []
    for aid in sorted(new):
        if aid not in current:
            continue
        for old in new[aid]["previous"]:
            if old in live:
                problems.append(f"old URL {old} of article {aid} is now another article's page; not redirected")
            else:
                redirects[old] = aid
    return dict(sorted(new.items())), redirects, problems
