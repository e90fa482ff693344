"""Who acts in a report: heads of state and government and foreign ministers, found by name.

A report of a bilateral meeting often names the leaders only ("Jokowi meets Putin", "Prabowo
welcomes To Lam"): their countries are the pair, whatever third countries the text mentions.
``data/leaders.json`` lists the heads of state and government and the foreign ministers of about
130 countries from 2010 to 2025 with the spellings news writes (native, English, short forms,
Cyrillic, Chinese, Japanese, Korean, Arabic...). The same person written in any script is one
id, so reports in different languages meet on it when they are linked.

Matching: names in scripts with spaces are matched with their case kept and their diacritics
dropped (``Tô Lâm`` = ``To Lam``, never ``to lam``), whole words only; Cyrillic names take
Russian case endings (``Путина``); names in scripts without spaces are matched as written
(:mod:`scripts`). A one-word name of a person (``Anwar``) counts only where the text has no
other listed person of that name (the data files already drop names two people share).
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .scripts import edges_ok, is_unspaced
from .textutil import _TranslateTable

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "leaders.json"
CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
RU_ENDINGS = r"(?:а|у|ом|ым|е|ой|ем|ы|ов|ых)?"
MIN_NAME_CHARS = 3
# a title right before a name: "President Trump", "PM Abe", "Presiden Moon", "Thủ tướng Abe" (diacritics dropped)
TITLE_BEFORE_RE = re.compile(
    r"(?:\b(?:President|Presiden|Presidente|Président|Präsident|Prime Minister|Perdana Menteri|PM|Premier|Chancellor|"
    r"Kanzler|Kanzlerin|Kanselir|Mr\.?|Mrs\.?|Ms\.?|King|Raja|Sultan|Leader|Pemimpin|Foreign Minister|Minister|"
    r"Menlu|Tong thong|Thu tuong|Chu tich|Bo truong|Ministre|Ministro|Chef|Außenminister|President-elect)"
    r"|(?i:президент|премьер|канцлер|министр|глава|лидер)[а-я]*|大統領|首相|主席|总统|總統|대통령|총리)"
    r"[\s,.:'’-]{0,3}$")


@dataclass(frozen=True)
class Mention:
    person: str  # the person's id ("joko-widodo")
    country: str  # ISO 3166-1 alpha-2
    start: int
    end: int


@dataclass(frozen=True)
class _Index:
    spaced: re.Pattern | None  # over the text with diacritics dropped, case kept
    unspaced: re.Pattern | None  # over the text as written
    person_of: dict  # matched name -> person id
    country_of: dict  # person id -> country
    risky: frozenset  # names that are also ordinary words or other people's: see find_people


def _unaccent_char(codepoint: int) -> str:
    char = chr(codepoint)
    if unicodedata.category(char).startswith("M"):
        return " "  # a lone combining mark: keep the length
    base = unicodedata.normalize("NFD", char)[0]
    return base if len(unicodedata.normalize("NFD", char)) > 1 else char


UNACCENT_TABLE = _TranslateTable(_unaccent_char)


def unaccent(text: str) -> str:
    """Diacritics dropped, case and length kept (``Tô Lâm`` -> ``To Lam``), one character for one."""
    return text.translate(UNACCENT_TABLE)


@functools.lru_cache(maxsize=1)
def _load() -> list[dict]:
    with DATA_FILE.open(encoding="utf-8") as fh:
        return json.load(fh)["people"]


@functools.lru_cache(maxsize=1)
def _index() -> _Index:
    person_of: dict[str, str] = {}
    country_of: dict[str, str] = {}
    risky_keys: set[str] = set()
    spaced: list[str] = []
    unspaced: list[str] = []
    for person in _load():
        pid = person["id"]
        country_of[pid] = person["country"]
        risky = [unicodedata.normalize("NFC", r["name"] if isinstance(r, dict) else r)
                 for r in person.get("risky_names", [])]
        for name in _variants([*person["names"], *risky]):
            name = unicodedata.normalize("NFC", name).strip()
            if len(name) < (2 if is_unspaced(name) else MIN_NAME_CHARS):
                continue
            if name in risky:
                risky_keys.add(name if is_unspaced(name) else unaccent(name))
            if is_unspaced(name):
                key = name
                unspaced.append(key)
            else:
                key = unaccent(name)
                spaced.append(key)
            if person_of.get(key, pid) != pid:
                person_of[key] = ""  # two people of one name: neither
            else:
                person_of[key] = pid
    def alternation(names: Iterable[str], cyrillic_tail: bool) -> str:
        """A prefix tree of the names as one expression: it fails fast at most positions."""
        root: dict = {}
        for name in set(names):
            node = root
            for ch in name:
                node = node.setdefault(ch, {})
            node[""] = cyrillic_tail and CYRILLIC_RE.match(name[-1]) is not None

        def emit(node: dict) -> str:
            branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child)
                        for ch, child in sorted(node.items()) if ch]
            if "" not in node:
                return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
            ending = RU_ENDINGS if node[""] else ""  # a whole name ends here (declined if Russian)
            if not branches:
                return ending
            if ending:
                return "(?:" + "|".join(branches) + "|" + ending + ")"
            return "(?:" + "|".join(branches) + ")?"

        return emit(root)
    spaced_re = re.compile(r"(?<![\w])(?:" + alternation(spaced, True) + r")(?![\w])") if spaced else None
    unspaced_re = re.compile(alternation(unspaced, False)) if unspaced else None
    return _Index(spaced_re, unspaced_re, person_of, country_of, frozenset(risky_keys))


def _variants(names: list[str]) -> list[str]:
    """Korean and Chinese given names are written joined by a hyphen too: "Kim Jong Un" ->
    "Kim Jong-un", "Moon Jae In" -> "Moon Jae-in"."""
    out = list(names)
    for name in names:
        words = name.split()
        if len(words) == 3 and all(w[:1].isupper() and w.isalpha() and w.isascii() for w in words):
            out.append(f"{words[0]} {words[1]}-{words[2].lower()}")
    return out


def _person(index: _Index, matched: str) -> str:
    key = " ".join(matched.split())
    pid = index.person_of.get(key)
    if pid is None and CYRILLIC_RE.search(key):  # a Russian case ending: the longest known stem
        for cut in range(1, 3):
            pid = index.person_of.get(key[:-cut])
            if pid is not None:
                break
    return pid or ""


def find_people(text: str) -> list[Mention]:
    """Every mention of a listed person in ``text``, in order.

    A name that is also an ordinary word or another person's (``Trump``, ``Moon``, ``Abe``)
    counts only after a title (``President Trump``, ``PM Abe``) or where the text also names
    the person otherwise (``Shinzo Abe ... Abe``)."""
    index = _index()
    text = unicodedata.normalize("NFC", text or "")
    found: list[Mention] = []
    risky: list[Mention] = []
    plain = unaccent(text)
    if index.spaced is not None:
        for m in index.spaced.finditer(plain):
            pid = _person(index, m.group())
            if pid:
                mention = Mention(pid, index.country_of[pid], m.start(), m.end())
                (risky if " ".join(m.group().split()) in index.risky else found).append(mention)
    if index.unspaced is not None:
        for m in index.unspaced.finditer(text):
            pid = index.person_of.get(m.group(), "")
            if pid and edges_ok(text, m.start(), m.end()):
                mention = Mention(pid, index.country_of[pid], m.start(), m.end())
                (risky if m.group() in index.risky else found).append(mention)
    if risky:
        named = {m.person for m in found}
        found += [m for m in risky if m.person in named or TITLE_BEFORE_RE.search(plain, max(0, m.start - 40), m.start)]
    return sorted(found, key=lambda x: (x.start, x.person))


def country_of(person: str) -> str | None:
    return _index().country_of.get(person)
