"""The plugin's settings: read once from Pelican's settings, with defaults.

All options live in one dict, ``KABAR`` in ``pelicanconf.py``; unknown keys are
reported (a typo must not be silently ignored). Everything downstream receives
the frozen :class:`KabarSettings`, never Pelican's settings.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, fields
from pathlib import Path

from .understand.html import is_saved_page

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class KabarSettings:
    seeds: Path  # folder of raw articles (.txt) and saved web pages (.html, .htm)
    events_file: Path | None = None  # editorial overrides (TOML); optional
    default_events_file: Path | None = None  # content/events.toml: may be absent without a warning
    max_seed_bytes: int = 1_000_000
    max_page_bytes: int = 5_000_000  # the limit of a saved web page (.html, .htm: markup and scripts too)
    default_lang: str = "en"  # interface language of language-neutral pages
    translations: Path | None = None  # theme/translations: one folder per interface language
    link_window_days: int = 3
    link_threshold: float | None = None  # None: the linker's default
    site_name: str = "Kabar Arsip"
    latest_count: int = 30  # articles on a language's front page
    list_max: int = 100  # reports on an outlet's page, events on a person's: a longer list goes by year
    feed_max_items: int | None = 100  # newest entries per feed (None: all); Pelican's FEED_MAX_ITEMS
    search: bool = True
    raw_hardlinks: bool = True  # raw texts as hard links to the seeds where possible (else copies)
    public_url: str = ""  # the published site's URL, for canonical links, feeds, sitemap, previews
    permalinks_file: Path | None = None  # registry of published URLs (JSON); None: no redirects
    permalinks_update: bool = False  # write this build's URLs back into the registry
    workers: int = min(os.cpu_count() or 1, 4)  # processes that read (and understand) the seeds
    parallel_min: int = 200  # fewer seeds than this are read in one process
    log_level: str = "INFO"  # the plugin's own log lines (one per seed); Pelican's stay as set
    cache_dir: Path | None = None  # the understanding cache (records and features kept between builds)

    def max_bytes(self, seed: str) -> int:
        """The size limit of the seed file ``seed`` (a path or name), by its kind."""
        return self.max_page_bytes if is_saved_page(seed) else self.max_seed_bytes


KEYS = {f.name.upper(): f.name for f in fields(KabarSettings) if f.name != "default_events_file"}
DEFAULT_EVENTS_FILE = "content/events.toml"
PATH_KEYS = {"seeds", "events_file", "translations", "permalinks_file", "cache_dir"}


def read_settings(settings: dict) -> KabarSettings:
    """Build :class:`KabarSettings` from Pelican's settings (``KABAR`` dict)."""
    given = dict(settings.get("KABAR") or {})
    unknown = sorted(set(given) - set(KEYS))
    if unknown:
        logger.warning("KABAR: unknown setting(s) %s ignored; known: %s",
                       ", ".join(unknown), ", ".join(sorted(KEYS)))
    base = Path(settings.get("PATH") or ".").resolve().parent
    values: dict = {}
    for key, name in KEYS.items():
        if key not in given or given[key] is None:
            continue
        value = given[key]
        if name in PATH_KEYS:
            value = Path(os.path.expanduser(str(value)))
            value = value if value.is_absolute() else (base / value)
            value = value.resolve()
        values[name] = value
    values["default_events_file"] = (base / DEFAULT_EVENTS_FILE).resolve()
    if "seeds" not in values:
        values["seeds"] = (base / "seeds").resolve()
    if "translations" not in values:
        theme = settings.get("THEME")
        if theme:
            values["translations"] = (Path(theme) / "translations").resolve()
    if "feed_max_items" not in values:
        values["feed_max_items"] = settings.get("FEED_MAX_ITEMS", 100)
    values.setdefault("default_lang", settings.get("DEFAULT_LANG", "en"))
    values.setdefault("site_name", settings.get("SITENAME", "Kabar Arsip"))
    siteurl = str(settings.get("SITEURL") or "")
    if not values.get("public_url") and siteurl.startswith(("http://", "https://")):
        values["public_url"] = siteurl
    values["public_url"] = str(values.get("public_url") or "").rstrip("/")
    return KabarSettings(**values)
