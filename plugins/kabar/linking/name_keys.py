"""The keys names are compared by (a name word spelled loosely, a whole name run together) and the
keys that are no one's name: countries' names in the languages that decline them, their capitals, the
peoples' adjectives in any of their endings."""
from __future__ import annotations

import functools
import json
import re
from bisect import bisect_left
from collections.abc import Sequence
from pathlib import Path

from kabar.understand.country_matcher import listed_names
from kabar.understand.textutil import DOUBLED_LETTER_RE, fold


FOLD_CLEAN_RE = re.compile(r"[^a-z0-9]+")


# transliteration variants, in order (see loose_key)
LOOSE_KEY_RULES = tuple((re.compile(p), r) for p, r in (
    (r"chzh", "zh"), (r"dzh", "j"), (r"dz", "j"), (r"zh", "j"), (r"kh", "h"), (r"ou", "u"), (r"q", "k"), (r"y", "i"),
    (r"w", "v")))


def loose_key(word: str) -> str:
    """A folded name word spelled loosely, so that Latin spellings and the transliterations of
    Cyrillic ones meet: "mekhmet"/"mehmet", "dzhokovi"/"jokovi", "chzhao"/"zhao", "aydyn"/"aidin",
    "kendzi"/"kenji", "mansuri"/"mansouri", "lindkvist"/"lindqvist",
    "maas"/"mas" (the same rules for every word: both sides of a comparison take them). Narrower
    than the people pages' :func:`persons.loose_word` (which also folds th/t, c/k, tr/ch, sh/s):
    the linker weighs a shared name as evidence, so fewer spellings may meet."""
    for pattern, replacement in LOOSE_KEY_RULES:
        word = pattern.sub(replacement, word)
    return DOUBLED_LETTER_RE.sub(r"\1", word)


# Languages whose CLDR country names are not names of evidence (a country named in passing:
# the country pair is compared on its own); the scripts of the others have no capitals. Their keys
# are stored in data/country_name_keys.json by tools/make_country_keys.py.
COUNTRY_NAME_LANGUAGES = ("en", "fr", "es", "pt", "it", "de", "nl", "pl", "cs", "ru", "uk", "bg", "sr", "ro",
                          "hu", "tr", "id", "ms", "vi", "tl", "sv", "da", "nb", "fi", "el", "hy", "mk", "hr",
                          "bs", "sl", "sk", "lt", "lv", "ca", "az", "sw", "kk", "uz")
COUNTRY_KEYS_FILE = Path(__file__).resolve().parents[1] / "data" / "country_name_keys.json"


def name_key(name: str) -> str:
    """The key of a whole written name, as :func:`_run_keys` makes it ("Costa Rica" -> "costarica")."""
    parts = [FOLD_CLEAN_RE.sub("", fold(w)) for w in name.replace("-", " ").split()]
    return "".join(loose_key(p) for p in parts if p)


@functools.lru_cache(maxsize=1)
def _capital_keys() -> dict[str, str]:
    """Key of a capital's (or seat of government's) name in any language -> its country ("" for a
    name two countries share)."""
    out: dict[str, str] = {}
    for _, code, name in listed_names("country_capitals.json"):
        key = name_key(name)
        if key:
            out[key] = code if out.get(key, code) == code else ""
    return out


def capital_of(key: str) -> str | None:
    """The country whose capital (or seat of government) a name key spells, in any language it is
    listed in: "peking" and "beijing" (and "backinh", Bắc Kinh) are one city; its English
    possessive too ("Moscow’s ties with the West": "moscovs")."""
    capitals = _capital_keys()
    found = capitals.get(key)
    if found is None and key.endswith(POSSESSIVE_KEY_END):
        found = capitals.get(key[:-len(POSSESSIVE_KEY_END)])
    return found or None


POSSESSIVE_KEY_END = "s"  # (the key of "Moscow's" is Moscow's with an s)


DEMONYM_MIN_LEN = 5  # shorter ones are name syllables too (Thái, Lão)


# the endings a demonym's stem takes ("ukrainsk" + "oi"), as keys spell them (not "franc" + "esco")
STEM_ENDINGS = frozenset({"", "a", "e", "i", "o", "u", "y", "s", "es", "oi", "oj", "oy", "ei", "ii", "iy", "yi", "ij",
                          "ogo", "omu", "im", "ym", "om", "ikh", "ykh", "ie", "ye", "iia", "iu", "uiu", "oiu", "aia",
                          "oe", "ego", "emu", "ich", "ych", "ou", "ho", "mu", "ach", "ami", "ymi", "imi", "ych"})


# ... but a demonym of that many letters in Latin script whose key is shorter ("Greek" -> "grek",
# "Swiss", "russe") is still one (not Turkish "Suudi": "Sudi" is a name too)
SHORT_KEY_DEMONYM_RE = re.compile(r"^[A-Za-zÀ-ÿĀ-ž]{5,}$")


SHORT_KEY_DEMONYM_MIN = 4


SHORT_KEY_DEMONYM_NOT = frozenset({"tr"})


@functools.lru_cache(maxsize=1)
def demonym_keys() -> frozenset[str]:
    """The keys of the countries' demonyms ("uzbek", "uzbeks", "kazakhstani", the stem of
    "ouzbek*"): a people's adjective is no one's name, and two reports sharing "Uzbek" share no one."""
    keys = set()
    for lang, _, name in listed_names("country_demonyms.json"):
        key = name_key(name.rstrip("*"))
        if len(key) >= DEMONYM_MIN_LEN or (len(key) >= SHORT_KEY_DEMONYM_MIN and lang not in SHORT_KEY_DEMONYM_NOT
                                           and SHORT_KEY_DEMONYM_RE.match(name.rstrip("*"))):
            keys.add(key)
            if lang == "en" and not name.endswith("*"):
                keys.add(name_key(name + "s"))
    return frozenset(keys)


@functools.lru_cache(maxsize=1)
def demonym_stems() -> dict[str, tuple[str, ...]]:
    """The keys of the demonyms' stems (those listed with "*": "українськ*", "ouzbek*"), each with the
    keys of the countries' names that begin with it ("pivdenoafrikansk" -> "pivdenoafrikanskarespubliki",
    …): an adjective of a people in any of its endings, or the country's name of two words both declined
    ("Південно-Африканської Республіки"), is no one's name."""
    stems = {name_key(name.rstrip("*")) for _, _, name in listed_names("country_demonyms.json") if name.endswith("*")}
    countries = sorted(country_name_keys())
    found = {}
    for stem in (s for s in stems if len(s) >= DEMONYM_MIN_LEN):
        at = bisect_left(countries, stem)  # (the keys that begin with it, side by side once sorted)
        end = at
        while end < len(countries) and countries[end].startswith(stem):
            end += 1
        found[stem] = tuple(countries[at:end])
    return found


def declined_people_word(loose: Sequence[str]) -> bool:
    """A run that is a people's adjective in one of its endings ("Української"), or a country's name
    whose first word is one, declined (:func:`demonym_stems`)."""
    stems = demonym_stems()
    full = "".join(loose)
    last = loose[-1] if len(loose) >= 2 else ""
    for n in range(DEMONYM_MIN_LEN, len(full) + 1):
        names = stems.get(full[:n])
        if names is None:
            continue
        rest = full[n:]
        if rest in STEM_ENDINGS:
            return True  # ("ukrainsk" + "oi")
        if last and rest.endswith(last) and rest[:-len(last)] in STEM_ENDINGS and any(k.endswith(last) for k in names):
            return True  # ("pivdenoafrikansk" + "oi" + "respubliki")
    return False


@functools.lru_cache(maxsize=1)
def country_name_keys() -> frozenset[str]:
    """The keys of the countries' names in those languages ("peru", "perou", "jepang"), and of their
    forms in the case endings of the languages that decline them ("ukraini", "rosji", "vetnama",
    "turkienin": tools/make_country_keys.py)."""
    with COUNTRY_KEYS_FILE.open(encoding="utf-8") as fh:
        data = json.load(fh)
    return frozenset(data["keys"]) | frozenset(data["inflected"])
