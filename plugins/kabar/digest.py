"""Newsletter digest: a period's events as e-mail-safe HTML and as Markdown. Pure.

Reads the catalogue (``api/articles.json``) of a build; writes nothing itself.
The HTML has inline styles only, no script, no stylesheet and absolute links to
the published site, so it survives being pasted into an e-mail.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from html import escape

from . import i18n
from .record import UNDETERMINED

FONT = "font-family:Georgia,'Times New Roman',serif;"
SANS = "font-family:Arial,Helvetica,sans-serif;"


@dataclass(frozen=True)
class DigestItem:
    date: str | None
    title: str
    summary: str
    countries: tuple[str, ...]
    reports: tuple[tuple[str, str, str], ...]  # (lang, title, absolute url), the digest's language first


def select_events(catalogue: dict, start: str, end: str, lang: str, base: str) -> list[DigestItem]:
    """Events dated from ``start`` to ``end`` (inclusive, ISO), oldest first."""
    datetime.date.fromisoformat(start)
    datetime.date.fromisoformat(end)
    articles = {a["id"]: a for a in catalogue["articles"]}
    items = []
    for event in catalogue["events"]:
        if not event.get("date") or not (start <= event["date"] <= end):
            continue
        members = [articles[i] for i in event["articles"] if i in articles]
        if not members:
            continue
        members.sort(key=lambda a: (a["lang"] != lang, a["lang"] or "", a["id"]))
        lead = members[0]
        items.append(DigestItem(
            date=event["date"], title=lead["title"], summary=lead["summary"],
            countries=tuple(event.get("countries") or lead["countries"]),
            reports=tuple((a["lang"] or UNDETERMINED, a["title"], f"{base.rstrip('/')}/{a['url']}") for a in members)))
    items.sort(key=lambda i: (i.date or "", i.title))
    return items


def render_markdown(items: list[DigestItem], start: str, end: str, lang: str, gettext) -> str:
    heading = gettext("News from %(start)s to %(end)s") % {
        "start": i18n.format_iso_date(start, lang), "end": i18n.format_iso_date(end, lang)}
    lines = [f"# {heading}", ""]
    if not items:
        lines.append(gettext("No events in this period."))
    for item in items:
        where = f" · {i18n.pair_name(item.countries, lang)}" if len(item.countries) == 2 else ""
        lines += [f"## {_md(item.title)}", "",
                  f"*{i18n.format_iso_date(item.date, lang)}{where}*", "", _md(item.summary), ""]
        for rlang, title, url in item.reports:
            lines.append(f"- {i18n.language_name(rlang, lang)}: [{_md(title)}](<{url}>)")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _md(text: str) -> str:
    """Markdown-inert text: every character Markdown could read as markup is escaped."""
    out = []
    for ch in text:
        out.append("\\" + ch if ch in "\\`*_[]<>|~" else ch)
    return "".join(out)


def render_html(items: list[DigestItem], start: str, end: str, lang: str, gettext, site_name: str,
                base: str) -> str:
    heading = gettext("News from %(start)s to %(end)s") % {
        "start": i18n.format_iso_date(start, lang), "end": i18n.format_iso_date(end, lang)}
    rows = []
    for item in items:
        where = f" · {escape(i18n.pair_name(item.countries, lang))}" if len(item.countries) == 2 else ""
        links = "".join(
            f'<li style="margin:0 0 4px 0;{SANS}font-size:14px;">'
            f'<span style="color:#8a2b0f;font-weight:bold;">{escape(i18n.language_name(rl, lang))}</span>: '
            f'<a href="{escape(url, quote=True)}" style="color:#8a2b0f;">{escape(title)}</a></li>'
            for rl, title, url in item.reports)
        rows.append(
            f'<tr><td style="padding:16px 0;border-bottom:1px solid #dedbd2;">'
            f'<p style="margin:0 0 4px 0;{SANS}font-size:13px;color:#5c5b57;">'
            f"{escape(i18n.format_iso_date(item.date, lang))}{where}</p>"
            f'<h2 style="margin:0 0 8px 0;{FONT}font-size:20px;line-height:1.3;color:#1d1d1b;">'
            f"{escape(item.title)}</h2>"
            f'<p style="margin:0 0 8px 0;{FONT}font-size:16px;line-height:1.5;color:#1d1d1b;">'
            f"{escape(item.summary)}</p>"
            f'<ul style="margin:0;padding:0 0 0 18px;">{links}</ul></td></tr>')
    if not rows:
        rows.append(f'<tr><td style="padding:16px 0;{FONT}">{escape(gettext("No events in this period."))}</td></tr>')
    home = f"{base.rstrip('/')}/{lang}/index.html"
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(heading)}</title>\n</head>\n"
        f'<body style="margin:0;padding:0;background:#fbfaf7;">\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#fbfaf7;">'
        f'<tr><td align="center" style="padding:16px;">\n'
        f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;">\n'
        f'<tr><td style="padding:0 0 8px 0;{FONT}font-size:22px;font-weight:bold;">'
        f'<a href="{escape(home, quote=True)}" style="color:#1d1d1b;text-decoration:none;">{escape(site_name)}</a></td></tr>\n'
        f'<tr><td style="padding:0 0 8px 0;{SANS}font-size:15px;color:#5c5b57;">{escape(heading)}</td></tr>\n'
        + "\n".join(rows)
        + "\n</table>\n</td></tr></table>\n</body>\n</html>\n")
