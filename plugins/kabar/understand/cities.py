"""Cities named in scripts without capitals (Chinese, Japanese, Korean, Arabic, Persian, Hindi,
Thai ...), where a place is not told by its capital letter: "德黑兰", "テヘラン", "طهران", "तेहरान"
are all Tehran.

The names are CLDR's (through Babel): the exemplar cities of its time zones, in each language,
with the English name as the city's key ("tehran", "buenosaires"), the key a Latin-script report's
place gets from its capitalised words. A city whose name in a language is also a country's name
there ("新加坡", Singapore) is left out: it says nothing about where a meeting was held; so is one
that is a weekday's or a month's name there (Persian "دوشنبه", Dushanbe, is Monday). Capitals
whose time zone is named after another city (Beijing, New Delhi, Hanoi) and summit venues are
added from ``data/city_names.json``. Pure: no Pelican; the tables are built once per language.
"""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from .scripts import CLDR_LOCALES_OF, UNSPACED_CHAR_RE, as_looked_up, edges_ok

CITY_NAMES_FILE = Path(__file__).resolve().parents[1] / "data" / "city_names.json"
# the languages whose CLDR time zones give the cities' English names by their zone's id (Tokyo, Paris)
ZONE_LANGUAGES = ("ja",)  # (one holds every zone English leaves unnamed)
MIN_CJK_CHARS = 2  # "东京", "首尔"
MIN_OTHER_CHARS = 3  # shorter Arabic, Hangul or Devanagari names are inside other words too
CJK_CHAR_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
# a city's clock, not a place anything happens in: "北京时间7日凌晨" (Beijing time), "東京時間", "서울 시간"
CITY_TIME_AFTER_RE = re.compile(r"\s?(?:时间|時間|시간|標準時|时区|時區)")


@functools.lru_cache(maxsize=32)
def _table(lang: str) -> tuple[re.Pattern, dict[str, str]] | None:
    """(pattern of the language's city names, name -> English name), or None for a language whose
    names are written with capitals (or that CLDR does not know)."""
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415

    try:
        locales = [Locale.parse(code) for code in CLDR_LOCALES_OF.get(lang, (lang,))]
    except (UnknownLocaleError, ValueError):
        return None
    english = Locale.parse("en").time_zones
    names: dict[str, str] = {}
    calendar = {as_looked_up(name) for locale in locales for table in (locale.days, locale.months)
                for context in table.values() for width in context.values() for name in width.values()}
    for locale in locales:
        countries = set(locale.territories.values())
        for zone, info in sorted(locale.time_zones.items()):
            name = info.get("city")
            if not name or UNSPACED_CHAR_RE.search(name) is None or name in countries \
                    or as_looked_up(name) in calendar:
                continue
            if len(name) < (MIN_CJK_CHARS if CJK_CHAR_RE.match(name) else MIN_OTHER_CHARS):
                continue
            en = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
            names.setdefault(as_looked_up(name), en)
    for english_name, by_lang in _listed().items():  # (hand-written: no length bound)
        for looked_up in map(as_looked_up, by_lang.get(lang, ())):
            if looked_up not in calendar:
                names.setdefault(looked_up, english_name)
    if not names:
        return None
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    return pattern, names


@functools.lru_cache(maxsize=1)
def _listed() -> dict[str, dict[str, list[str]]]:
    with CITY_NAMES_FILE.open(encoding="utf-8") as fh:
        return {k: v for k, v in json.load(fh).items() if not k.startswith("_")}


def cities_in(text: str, lang: str | None, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, English name) of every city ``text[:end]`` names in a script without capitals."""
    table = _table((lang or "").split("-")[0]) if lang else None
    if table is None:
        return []
    pattern, names = table
    stop = len(text) if end is None else min(end, len(text))
    return [(m.start(), m.end(), names[m.group()]) for m in pattern.finditer(as_looked_up(text), 0, stop)
            if edges_ok(text, m.start(), m.end()) and not CITY_TIME_AFTER_RE.match(text, m.end())]


@functools.lru_cache(maxsize=1)
def english_city_names() -> frozenset[str]:
    """The English names of every city these tables know (CLDR's exemplar cities and the listed
    ones): the names a city found in any script is keyed by."""
    from babel import Locale  # noqa: PLC0415

    english = Locale.parse("en")
    countries = set(english.territories.values())
    zones = set(english.time_zones)
    for lang in ZONE_LANGUAGES:  # (English names only some zones: "Asia/Tokyo" is Tokyo by its id)
        zones.update(Locale.parse(lang).time_zones)
    names = {english.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
             for zone in zones if "/" in zone}
    return frozenset({name for name in names if name not in countries} | set(_listed()))

