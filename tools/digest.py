#!/usr/bin/env python3
"""Newsletter digest of a period's events, from a built catalogue.

usage: tools/digest.py --from 2024-03-01 --to 2024-03-31 --lang en --site-url https://org.github.io/archive
       [--catalogue output/api/articles.json] [--out digests]

Writes digests/digest-<from>-<to>-<lang>.html (e-mail-safe) and .md. `make digest` calls it.
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from kabar import digest, i18n  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD")
    parser.add_argument("--lang", default="en", help="language of the digest (interface and titles)")
    parser.add_argument("--site-url", default="", help="the published site, e.g. https://org.github.io/archive")
    parser.add_argument("--catalogue", default=str(ROOT / "output" / "api" / "articles.json"))
    parser.add_argument("--out", default=str(ROOT / "digests"))
    args = parser.parse_args(argv)
    try:
        start, end = datetime.date.fromisoformat(args.start), datetime.date.fromisoformat(args.end)
    except ValueError as err:
        parser.error(f"--from/--to must be dates like 2024-03-01 ({err})")
    if start > end:
        parser.error(f"--from {args.start} is after --to {args.end}")
    if not args.site_url.startswith(("http://", "https://")):
        parser.error("digest links must be absolute: give the published site's address, "
                     "e.g. make digest ... SITEURL=https://org.github.io/archive")
    catalogue_path = Path(args.catalogue)
    if not catalogue_path.is_file():
        parser.error(f"{catalogue_path} does not exist: run make html first")
    catalogue = json.loads(catalogue_path.read_text(encoding="utf-8"))
    interface = i18n.Interface(ROOT / "theme" / "translations")
    gettext = interface.translations(interface.ui_lang(args.lang)).gettext
    items = digest.select_events(catalogue, args.start, args.end, args.lang, args.site_url)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    stem = out / f"digest-{args.start}-{args.end}-{args.lang}"
    stem.with_suffix(".html").write_text(
        digest.render_html(items, args.start, args.end, args.lang, gettext, "Kabar Arsip", args.site_url),
        encoding="utf-8")
    stem.with_suffix(".md").write_text(
        digest.render_markdown(items, args.start, args.end, args.lang, gettext), encoding="utf-8")
    print(f"{len(items)} events -> {stem}.html, {stem}.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
