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
from datetime import date
from pathlib import Path

from .scripts import UNSPACED_CHAR_RE as UNSPACED_RE, edges_ok, is_unspaced
from .textutil import _TranslateTable

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "leaders.json"
# leaders.json knows terms until the end of 2025; one still running then is taken to last a year
# more at most (a later report of them is dated by its own words, not by their terms; move this
# date with the data)
OPEN_TERMS_UNTIL = date(2026, 12, 31)
CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
GENITIVE_MIN_CHARS = 4  # "Abes" is not read as "Abe"'s
RU_ENDINGS = ("ом", "ым", "ой", "ем", "ей", "ов", "ых", "а", "у", "е", "ы", "я", "ю", "ь")  # Путина, Путиным, Цзиньпиня, Цзиньпинь
# a word of a written name: letters, with inner hyphens and apostrophes ("Jae-in", "O'Neill")
NAME_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_UPPER = "".join(c for c in map(chr, range(0x2000)) if c.isupper() or c.istitle())
# (the capital first, then what stands before it: most characters fail at the first test)
CAP_WORD_RE = re.compile(rf"[{re.escape(_UPPER)}](?<![\w'’-].)[^\W\d_]*(?:[-'’][^\W\d_]+)*")
MIN_NAME_CHARS = 3
# a title right before a name: "President Trump", "PM Abe", "Presiden Moon", "Thủ tướng Abe", and as the
# Romance languages and Dutch write them, in lower case: "le président Xi", "el presidente Trump",
# "premier Abe" (matched on the text with its diacritics dropped: "Präsident" is "Prasident")
TITLE_BEFORE_RE = re.compile(
    r"(?:\b(?i:presidente?|presiden|prasident(?:in)?|prezydent|prezident|predsednik|cumhurbaskan[ıi]|pangulong|"
    r"prime minister|perdana menteri|pm|premier|primer ministro|primeiro-ministro|primo ministro|"
    r"chancellor|(?:bundes)?kanzler(?:in)?|bondskanselier|kanselir|statsminister|basbakan[ıi]?|"
    r"mr\.?|mrs\.?|ms\.?|king|raja|sultan|emir|sheikh|leader|pemimpin|foreign minister|"
    r"(?:außen|aussen)?minister|ministre|ministro|menlu|tong thong|thu tuong|chu tich|bo truong|chef|"
    r"president-elect|mandatario)"
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
    person_of: dict  # name as matched (diacritics dropped for spaced scripts) -> person id ("": two people)
    country_of: dict  # person id -> country
    risky: frozenset  # names that are also ordinary words or other people's: see find_people
    starts: dict  # first word of a spaced name -> most words of a name starting with it
    unspaced_lengths: dict  # first character of a name in an unspaced script -> its names' lengths, longest first


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
    starts: dict[str, int] = {}
    lengths: dict[str, set[int]] = {}
    for person in _load():
        pid = person["id"]
        country_of[pid] = person["country"]
        risky = [unicodedata.normalize("NFC", r["name"] if isinstance(r, dict) else r)
                 for r in person.get("risky_names", [])]
        for name in _variants([*person["names"], *risky]):
            name = unicodedata.normalize("NFC", name).strip()
            if len(name) < (2 if is_unspaced(name) else MIN_NAME_CHARS):
                continue
            if is_unspaced(name):
                key = name
                lengths.setdefault(key[0], set()).add(len(key))
            else:
                key = " ".join(unaccent(name).split())
                words = key.split()
                starts[words[0]] = max(starts.get(words[0], 1), len(words))
            if name in risky:
                risky_keys.add(key)
            person_of[key] = pid if person_of.get(key, pid) == pid else ""  # two people of one name: neither
    return _Index(person_of, country_of, frozenset(risky_keys), starts,
                  {ch: tuple(sorted(sizes, reverse=True)) for ch, sizes in lengths.items()})


def _variants(names: list[str]) -> list[str]:
    """Korean and Chinese given names are written joined by a hyphen too: "Kim Jong Un" ->
    "Kim Jong-un", "Moon Jae In" -> "Moon Jae-in"."""
    out = list(names)
    for name in names:
        words = name.split()
        if len(words) == 3 and all(w[:1].isupper() and w.isalpha() and w.isascii() for w in words):
            out.append(f"{words[0]} {words[1]}-{words[2].lower()}")
    return out


def _person(index: _Index, words: list[str]) -> str | None:
    """The person these words name, if any; a Russian name may carry a case ending, a German one
    its genitive "s"."""
    key = " ".join(words)
    pid = index.person_of.get(key)
    last = words[-1]
    if pid is None and last.endswith("s") and len(last) > GENITIVE_MIN_CHARS:  # German "Macrons", "Putins"
        pid = index.person_of.get(" ".join([*words[:-1], last[:-1]]))
    if pid is None and CYRILLIC_RE.match(key[-1]):
        for ending in RU_ENDINGS:
            # (a stem of two letters only after the name's other words: "Мун Чже Ином")
            if last.endswith(ending) and len(last) > len(ending) + (2 if len(words) == 1 else 1):
                pid = index.person_of.get(" ".join([*words[:-1], last[: -len(ending)]]))
                if pid is not None:
                    break
    return pid


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
    pos = 0
    for cap in CAP_WORD_RE.finditer(plain):  # the longest listed name from each capitalised word
        if cap.start() < pos:
            continue  # inside the name just found
        first = cap.group()
        most = index.starts.get(first)
        if most is None and (CYRILLIC_RE.match(first) or first.endswith("s")) and _person(index, [first]) is not None:
            most = 1  # "Путина", "Macrons"
        if most is None:
            continue
        run = [cap]
        while len(run) < most:  # the words that follow on the line, one space or hyphen apart
            nxt = NAME_WORD_RE.match(plain, run[-1].end() + 1) if plain[run[-1].end():run[-1].end() + 1] in " -" \
                else None
            if nxt is None:
                break
            run.append(nxt)
        for n in range(len(run), 0, -1):
            words = [w.group() for w in run[:n]]
            pid = _person(index, words)
            if pid is None:
                continue
            if pid:
                mention = Mention(pid, index.country_of[pid], run[0].start(), run[n - 1].end())
                (risky if " ".join(words) in index.risky else found).append(mention)
                pos = run[n - 1].end()
            break
    if index.unspaced_lengths and UNSPACED_RE.search(text):
        pos = 0
        while pos < len(text):
            for size in index.unspaced_lengths.get(text[pos], ()):
                piece = text[pos:pos + size]
                pid = index.person_of.get(piece) if len(piece) == size else None
                if pid and edges_ok(text, pos, pos + size):
                    mention = Mention(pid, index.country_of[pid], pos, pos + size)
                    (risky if piece in index.risky else found).append(mention)
                    pos += size - 1
                    break
            pos += 1
    if risky:
        named = {m.person for m in found}
        found += [m for m in risky if m.person in named or TITLE_BEFORE_RE.search(plain, max(0, m.start - 40), m.start)]
    return sorted(found, key=lambda x: (x.start, x.person))


def country_of(person: str) -> str | None:
    return _index().country_of.get(person)


@functools.lru_cache(maxsize=1)
def _names_of() -> dict[str, tuple[str, ...]]:
    return {p["id"]: tuple(unicodedata.normalize("NFC", n) for n in p["names"]) for p in _load()}


def listed_names(person: str) -> tuple[str, ...]:
    """The spellings ``data/leaders.json`` lists for a person id (the first is the usual one in
    English); empty for an id it does not know."""
    return _names_of().get(person, ())


@functools.lru_cache(maxsize=1)
def _terms() -> dict[str, tuple[tuple[date, date | None], ...]]:
    return {p["id"]: tuple(sorted(((date.fromisoformat(r["from"]), date.fromisoformat(r["to"]) if r.get("to") else None)
                                   for r in p.get("roles", ()) if r.get("from")), key=lambda span: span[0]))
            for p in _load()}


def took_office(person: str) -> tuple[date, ...]:
    """The days ``person`` took each of their listed offices."""
    return tuple(start for start, _ in _terms().get(person, ()))


def in_office_together(people: Iterable[str]) -> tuple[tuple[date, date], ...] | None:
    """When all of ``people`` (two or more listed persons) held their offices at once: the
    intersection of their terms, as (first day, last day) spans; None for fewer than two people,
    an empty tuple when their terms never met. A term still running when the data was written
    counts until :data:`OPEN_TERMS_UNTIL`."""
    people = sorted(set(people))
    if len(people) < 2:
        return None
    terms = _terms()
    spans: list[tuple[date, date]] = [(date.min, OPEN_TERMS_UNTIL)]
    for person in people:
        mine = terms.get(person, ())
        spans = [(max(a, c), min(b, d or OPEN_TERMS_UNTIL)) for a, b in spans for c, d in mine]
        spans = [(a, b) for a, b in spans if a <= b]
    return tuple(sorted(set(spans)))
