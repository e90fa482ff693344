"""The people one report names, with the titles it gives them. Pure: no pelican, no I/O after the
first call (``data/person_titles.json`` is read once).

Evidence, precision first; a capitalised run of words is never a person by itself:

* a listed leader or minister (:func:`actors.find_people`, ``data/leaders.json``) wherever the text
  names them. The capitalised word right before a surname the list matched alone is taken into
  the name as written when it is the listed given name, or that name with one letter slipped
  ("Vladmir Putin"): the written form is kept as a variant;
* anyone else only where a title introduces them::

      [qualifier | country]* TITLE (qualifier | connector | office | title | country | "(…)")* [","] NAME

  ("Russian First Deputy Minister for Foreign Affairs Vladimir Titov", "Wakil Menteri Luar
  Negeri Pertama Rusia Vladimir Titov", "Duta Besar Rusia untuk Vietnam, Gennady Bezdetko",
  "Президент России ..."). The words are the lists of ``data/person_titles.json`` for the text's
  language and English (all of them for a text of unknown language); countries are
  :func:`countries.country_named`; the first one the phrase names is the person's country.
  NAME is two to five capitalised words one space apart (small particles inside: "bin",
  "van"), ended by anything else or a weekday or month; longer runs are headings, not names.
  A one-word name ("Deputy Minister Titov") is the one person of that family name the same text
  names in full, or nothing. A capitalised word right after a connector that is none of those
  words (a place or an organisation: "Governor of Bali Wayan Koster") drops the phrase. A line in
  Title Case or capitals (a headline) gives a name only as long as the text's prose confirms it.

Names in scripts without spaces (Chinese, Japanese, Thai) come only from the leaders' list.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import NamedTuple

from babel import Locale, UnknownLocaleError

from .actors import Mention, listed_names, listed_people
from .country_matcher import country_named
from .stored import load_or_build
from .textutil import fold, one_slip

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "person_titles.json"
# a word: letters, inner hyphens and apostrophes ("vice-ministre", "Jae-in", "O'Neill", "l'Industrie")
TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
PLAIN_GAP_RE = re.compile(r"[ \t\u00a0]{1,3}")  # words of one phrase: a space or two, on one line
DOT_GAP_RE = re.compile(r"\.[ \t\u00a0]{1,3}")  # after an abbreviated title ("Mr. ", "Dr. ")
COMMA_GAP_RE = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]{1,3}")
PAREN_OPEN_RE = re.compile(r"[ \t\u00a0]*\(")
CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
NOT_LETTERS_RE = re.compile(r"[^a-z]+")  # (in a folded name)
SENTENCE_END_RE = re.compile(r"(\w+)[.!?…][\"'”’)]?(?:\s|$)")  # (unless the word is an abbreviated title)
ELISION_RE = re.compile(r"^(?:[ldLD]|qu|Qu)['’]")  # French "l'Industrie" -> "Industrie"
RU_ENDINGS = ("ого", "ому", "ым", "ом", "ой", "ем", "ов", "а", "у", "е", "ы", "я", "ю", "и")
NAME_MIN_WORDS, NAME_MAX_WORDS = 2, 5
MAX_FILLER_WORDS = 10  # words between a title and a name
POSSESSIVE_RE = re.compile(r"['’]s?$")  # English possessive after a country's name ("Japan's", "Philippines'")
MAX_LOOKBACK_WORDS = 3  # qualifiers and countries before a title ("Russian First Deputy ...")
MAX_PAREN_CHARS = 40  # "(Menlu)", "(Dubes)": a short aside between a title and a name
WINDOW_CHARS = 300  # how far after a title its words are read ...
MAX_TOKENS = MAX_FILLER_WORDS + NAME_MAX_WORDS + 6  # ... and how many of them
CALENDAR_MIN_CHARS = 4  # month and weekday names at least this long end a name ("Rabu", "Monday")
TYPO_MIN_CHARS = 5  # a word this long or longer may carry a one-letter slip ("Vladmir")
ENGLISH = "en"


@dataclass(frozen=True)
class PersonMention:
    """One person named in a text."""

    name: str  # the name as written ("Vladmir Putin", "Nguyen Minh Vu"; the full form for "Minister Titov")
    start: int  # where the text names them (``text[start:end]``)
    end: int
    title: str = ""  # the title as written before the name ("Wakil Menteri Luar Negeri Pertama Rusia"), or ""
    country: str | None = None  # the country the title names, or the listed leader's
    leader: str | None = None  # the listed person's id (data/leaders.json), None for anyone else


# ------------------------------------------------------------------ names


@functools.lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name (any script): ``Nguyễn Minh Vũ`` -> ``('nguyen', 'minh', 'vu')``,
    ``Нгуен Минь Ву`` -> ``('nguen', 'min', 'vu')``; hyphens split (``Jae-in`` = ``Jae In``)."""
    return tuple(word for word in NOT_LETTERS_RE.split(fold(name)) if word)


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    with DATA_FILE.open(encoding="utf-8") as fh:
        return json.load(fh)


@functools.lru_cache(maxsize=1)
def _family_first() -> frozenset[str]:
    return frozenset(fold(name) for name in _data()["family_name_first"])


def family_name_at(words: Sequence[str]) -> int:
    """The position of the family name in a name's folded words: the first for a name that opens
    with a Vietnamese, Chinese or Korean family name (``nguyen minh vu``), else the last."""
    return 0 if len(words) > 1 and words[0] in _family_first() else len(words) - 1


def slip_of(a: Sequence[str], b: Sequence[str]) -> int | None:
    """Where two names' folded words differ by one slip in one given name ("vladmir putin",
    "vladimir putin" -> 0); None when they differ otherwise: in the family name, in two words,
    by more than a letter, in a word shorter than :data:`TYPO_MIN_CHARS`, or not at all."""
    if len(a) != len(b) or len(a) < NAME_MIN_WORDS:
        return None
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    if len(differ) != 1:
        return None
    at = differ[0]
    if at == family_name_at(a) or at == family_name_at(b):
        return None
    if max(len(a[at]), len(b[at])) < TYPO_MIN_CHARS or not one_slip(a[at], b[at]):
        return None
    return at


# ------------------------------------------------------------------ the word lists


@functools.lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return unicodedata.normalize("NFC", word).casefold()


@dataclass(frozen=True)
class _Phrases:
    """Phrases of one kind: first word (case folded) -> the phrases that start with it, longest
    first; each phrase a tuple of (word, any case?). A word written with a capital in the data
    matches it in any case; one written in lower case only in lower case (so that "de", "tân"
    never take a name's "De", "Tân")."""

    by_first: dict[str, tuple[tuple[tuple[str, bool], ...], ...]]

    @classmethod
    def of(cls, phrases: Iterable[str], any_case: bool = False) -> "_Phrases":
        table: dict[str, set[tuple[tuple[str, bool], ...]]] = {}
        for phrase in phrases:
            words = [w.rstrip(".") for w in phrase.split()]
            words = [w for w in words if w]
            if not words:
                continue
            entry = tuple((_key(w), any_case or w[:1].isupper()) for w in words)
            table.setdefault(entry[0][0], set()).add(entry)
        return cls({first: tuple(sorted(entries, key=lambda e: (-len(e), e))) for first, entries in table.items()})

    def match(self, tokens: list, i: int) -> int:
        """How many tokens from ``tokens[i]`` the longest phrase covers (0: none)."""
        for key in _token_keys(tokens[i].word):
            for phrase in self.by_first.get(key, ()):
                if i + len(phrase) > len(tokens) or not _case_fits(tokens[i].word, phrase[0][1]):
                    continue
                if all(tokens[i + n].gap == "plain" and _case_fits(tokens[i + n].word, any_case)
                       and word in _token_keys(tokens[i + n].word) for n, (word, any_case) in enumerate(phrase[1:], 1)):
                    return len(phrase)
        return 0


@functools.lru_cache(maxsize=65536)
def _token_keys(word: str) -> tuple[str, ...]:
    """The keys a text word is looked up by: itself, without a French elision, and for a Cyrillic
    word without a Russian case ending ("министра" -> "министр")."""
    key = _key(word)
    keys = [key]
    bare = ELISION_RE.sub("", word)
    if bare != word and bare:
        keys.append(_key(bare))
    if CYRILLIC_RE.match(key):  # ("заместителем" -> "заместитель": a soft stem)
        stems = [key[: -len(e)] for e in RU_ENDINGS if key.endswith(e) and len(key) - len(e) >= 3]
        keys += stems + [f"{stem}ь" for stem in stems]
    return tuple(keys)


def _case_fits(text: str, any_case: bool) -> bool:
    return any_case or text == text.lower()


@dataclass(frozen=True)
class _Vocabulary:
    titles: _Phrases
    qualifiers: _Phrases
    connectors: _Phrases
    towards: _Phrases  # connectors after which a country is where the person serves ("Ambassador to")
    offices: _Phrases
    particles: frozenset[str]
    title_start: re.Pattern  # where a title may begin (its first word, after no letter); the phrase is then checked


def _trie(words: Iterable[str]) -> str:
    """An alternation of words factored as a prefix tree (fast on long texts)."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


@functools.lru_cache(maxsize=64)
def _vocabulary(lang: str | None) -> _Vocabulary:
    """The titles and the words around them of ``lang`` (and English): built once per code version
    and kept between builds (:mod:`stored`), made once per process."""
    return load_or_build(f"titles-{lang or 'none'}", _Vocabulary, lambda: _build_vocabulary(lang),
                         nested={kind: _Phrases for kind in ("titles", "qualifiers", "connectors", "towards", "offices")})


def _build_vocabulary(lang: str | None) -> _Vocabulary:
    data = _data()
    base = (lang or "").split("-")[0].lower()
    langs = [k for k in sorted(data) if isinstance(data[k], dict) and not k.startswith("_")]
    chosen = [ENGLISH, base] if base in langs else langs
    lists = {kind: [w for lg in dict.fromkeys(chosen) for w in data[lg].get(kind, ())]
             for kind in ("titles", "qualifiers", "connectors", "towards", "offices", "particles")}
    titles = _Phrases.of(lists["titles"], any_case=True)
    # a title's first word as texts write it: lower case, capitalised, in capitals (no IGNORECASE:
    # a case-blind expression costs several times as much on a long text)
    firsts = {form for first in titles.by_first for form in (first, first[:1].upper() + first[1:], first.upper())}
    plain = _trie(f for f in firsts if not CYRILLIC_RE.match(f))
    cyrillic = _trie(f[:-1] if f[-1:] in "ьйаяое" and len(f) > 3 else f  # (the case ending follows)
                     for f in firsts if CYRILLIC_RE.match(f))
    parts = [p for p in (plain, f"(?:{cyrillic})[а-яё]{{0,3}}" if cyrillic else "") if p]
    return _Vocabulary(
        titles=titles,
        qualifiers=_Phrases.of(lists["qualifiers"]),
        connectors=_Phrases.of(lists["connectors"]),
        towards=_Phrases.of(lists["towards"]),
        offices=_Phrases.of(lists["offices"]),
        particles=frozenset(lists["particles"]),
        title_start=re.compile(r"(?<![^\W\d_])(?:" + "|".join(parts) + ")"),
    )


@functools.lru_cache(maxsize=64)
def _calendar(lang: str | None) -> frozenset[str]:
    """Month and weekday names of one word, of ``lang`` and English, as written (case folded,
    diacritics kept: Vietnamese "tháng" is not the name "Thắng"): they end a name ("Retno Marsudi
    Rabu"). From Babel's CLDR data."""
    words: set[str] = set()
    for code in dict.fromkeys([ENGLISH, (lang or ENGLISH).split("-")[0]]):
        try:
            locale = Locale.parse(code)
        except (ValueError, UnknownLocaleError):
            continue
        for table in (locale.months, locale.days):
            for context in table.values():
                for width in ("wide", "abbreviated"):
                    for name in context.get(width, {}).values():
                        if " " not in name and len(name) >= CALENDAR_MIN_CHARS and not any(c.isdigit() for c in name):
                            words.add(_key(name.rstrip(".")))
    return frozenset(words)


# ------------------------------------------------------------------ reading a text


class _Token(NamedTuple):
    word: str
    start: int
    end: int
    gap: str  # what stands between it and the token before: "plain", "dot", "comma", "paren", "other"


def _gap(text: str, end: int, start: int) -> str:
    between = text[end:start]
    if between == " " or PLAIN_GAP_RE.fullmatch(between):
        return "plain"
    if DOT_GAP_RE.fullmatch(between):
        return "dot"
    if COMMA_GAP_RE.fullmatch(between):
        return "comma"
    if PAREN_OPEN_RE.match(between) and ")" not in between:
        return "paren"
    return "other"


def _tokens(text: str, start: int, end: int, most: int = 0) -> list[_Token]:
    """The words of ``text[start:end]`` (the first ``most`` of them, when given)."""
    out: list[_Token] = []
    previous = None
    found_all = TOKEN_RE.finditer(text, start, end)
    make = tuple.__new__  # (a _Token without the call through its __new__: a third of the time here)
    for found in islice(found_all, most) if most else found_all:
        begin, previous_end = found.span()
        if previous is None or (begin - previous == 1 and text[previous] == " "):
            gap = "plain"  # (the common case, without a call)
        else:
            gap = _gap(text, previous, begin)
        out.append(make(_Token, (found.group(), begin, previous_end, gap)))
        previous = previous_end
    return out


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _headline_like(line: str, titles: "_Phrases") -> bool:
    """A line that ends no sentence and is in capitals or in Title Case (most of its longer words
    capitalised): a headline, whose capitalised words are not names by their case."""
    if any(_key(end.group(1)) not in titles.by_first for end in SENTENCE_END_RE.finditer(line)):
        return False
    words = [w for w in TOKEN_RE.findall(line) if len(w) >= 4]
    if len(words) < 3:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals >= 0.75 * len(words)


def _is_name_word(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and not word.isupper()


def _joins_countries(word: str, lang: str | None) -> bool:
    """A hyphenated word of countries ("Vietnam-Amerika"): a pair, not a name."""
    return "-" in word and any(country_named(part, lang) for part in word.split("-") if part[:1].isupper())


def _country(tokens: list[_Token], i: int, lang: str | None) -> tuple[int, str | None]:
    """(tokens covered, code) of a country's name at ``tokens[i]`` (up to three words)."""
    for n in (3, 2, 1):
        if i + n > len(tokens) or n > 1 and any(tokens[i + k].gap != "plain" for k in range(1, n)):
            continue
        code = country_named(" ".join([t.word for t in tokens[i:i + n]]), lang)
        if code:
            return n, code
    return 0, None


class _Reader:
    """Reads the titled names of one text."""

    def __init__(self, text: str, lang: str | None) -> None:
        self.text, self.lang = text, lang
        self.vocab = _vocabulary(lang)
        self.headline: dict[int, bool] = {}  # line start -> headline-like

    def headline_like(self, pos: int) -> bool:
        start, end = _line_bounds(self.text, pos)
        if start not in self.headline:
            self.headline[start] = _headline_like(self.text[start:end], self.vocab.titles)
        return self.headline[start]

    def filler(self, tokens: list[_Token], i: int) -> tuple[str, int, str | None]:
        """(kind, tokens covered, country) of the words at ``tokens[i]`` that may stand between a
        title and a name; kind "" when they are none of them."""
        vocab = self.vocab
        n = vocab.titles.match(tokens, i)
        if n:
            return "title", n, None
        n, code = _country(tokens, i, self.lang)
        if n:
            return "country", n, code
        for kind, phrases in (("qualifier", vocab.qualifiers), ("office", vocab.offices),
                              ("connector", vocab.connectors)):
            n = phrases.match(tokens, i)
            if n:
                return kind, n, None
        return "", 0, None

    def lookback(self, title_start: int) -> tuple[int, str | None]:
        """(where the title phrase starts, country) with the qualifiers and countries right
        before a title on its line ("Russian First Deputy Minister")."""
        line_start, _ = _line_bounds(self.text, title_start)
        tokens = _tokens(self.text, max(line_start, title_start - 80), title_start)
        start, country, taken = title_start, None, 0
        j, after = len(tokens), title_start
        while j > 0 and taken < MAX_LOOKBACK_WORDS:
            if not PLAIN_GAP_RE.fullmatch(self.text[tokens[j - 1].end:after]):
                break
            matched = False
            for n in (2, 1):
                if j - n < 0 or any(tokens[k].gap != "plain" for k in range(j - n + 1, j)):
                    continue
                piece = tokens[j - n:j]
                words = " ".join(t.word for t in piece)
                bare = POSSESSIVE_RE.sub("", words)  # "Malaysia's Prime Minister"
                code = country_named(words, self.lang) or (country_named(bare, self.lang) if bare != words else None)
                if code or (n == 1 and self.vocab.qualifiers.match(piece, 0)):
                    country = code or country
                    j -= n
                    taken += n
                    start = after = tokens[j].start
                    matched = True
                    break
            if not matched:
                break
        return start, country

    def phrase(self, pos: int):
        """The titled name whose title begins at ``pos``: (title start, title end, country, name
        tokens, next position to read from), or None."""
        text = self.text
        _, line_end = _line_bounds(text, pos)
        tokens = _tokens(text, pos, min(line_end, pos + WINDOW_CHARS), MAX_TOKENS)
        if not tokens or tokens[0].start != pos:
            return None
        n = self.vocab.titles.match(tokens, 0)
        if not n:
            return None
        title_end = tokens[n - 1].end
        start, country = self.lookback(pos)
        i, after_connector, towards, words = n, False, False, 0
        while i < len(tokens) and words < MAX_FILLER_WORDS:
            token = tokens[i]
            if token.gap == "paren":  # a short aside: "(Menlu)", "(Dubes)"
                tokens = _without_aside(text, tokens, i)
                if tokens is None:
                    return None
                continue
            if token.gap == "comma":
                break
            if token.gap not in ("plain", "dot") or (token.gap == "dot" and i != n):
                return None
            kind, covered, code = self.filler(tokens, i)
            if not kind:
                break
            if not (after_connector and towards):  # (not "Ambassador to Vietnam": that is where they serve)
                country = country or code
            after_connector = kind == "connector"
            towards = after_connector and self.vocab.towards.match(tokens, i) > 0
            if kind != "connector":
                title_end = tokens[i + covered - 1].end
            i += covered
            words += covered
        if i >= len(tokens) or after_connector or tokens[i].gap in ("other", "paren"):
            return None
        if tokens[i].gap == "dot" and i != n or tokens[i].gap == "comma" and self.filler(tokens, i)[0]:
            return None  # (a list of offices: "Minister of Trade, Minister of Finance ...")
        name: list[_Token] = []
        j = i
        while j < len(tokens) and len(name) <= NAME_MAX_WORDS:
            token = tokens[j]
            if j > i and token.gap != "plain":
                break
            if _is_name_word(token.word) and not (name and _key(token.word) in _calendar(self.lang)) \
                    and not _joins_countries(token.word, self.lang):
                name.append(token)
            elif name and token.word in self.vocab.particles and j + 1 < len(tokens) \
                    and tokens[j + 1].gap == "plain" and _is_name_word(tokens[j + 1].word) \
                    and not country_named(tokens[j + 1].word, self.lang):  # ("... Nakamura de Hanoi")
                name.append(token)
            else:
                break
            j += 1
        if not name or len(name) > NAME_MAX_WORDS:
            return None
        return start, title_end, country, name, name[-1].end


def _without_aside(text: str, tokens: list[_Token], i: int) -> list[_Token] | None:
    """``tokens`` without the short aside in brackets that opens before ``tokens[i]`` (the token
    after it takes the gap after the bracket); None when it is no short aside."""
    close = text.find(")", tokens[i].start, tokens[i].start + MAX_PAREN_CHARS)
    if close < 0:
        return None
    j = i
    while j < len(tokens) and tokens[j].start < close:
        j += 1
    if j == len(tokens):
        return None
    gap = _gap(text, close + 1, tokens[j].start) if tokens[j].start > close + 1 else "other"
    if gap not in ("plain", "comma"):
        return None
    return [*tokens[:i], tokens[j]._replace(gap=gap), *tokens[j + 1:]]


def _written(text: str, tokens: Sequence[_Token]) -> str:
    return " ".join(text[t.start:t.end] for t in tokens)


@functools.lru_cache(maxsize=4096)
def _longer_names(person: str) -> dict[tuple[str, ...], tuple[tuple[int, tuple[str, ...]], ...]]:
    """A listed person's names of one or two words more than a shorter name they end with: that
    shorter name's words -> (words more, the name's words), in the list's order (looked up once per
    person, not spelling by spelling at every mention)."""
    longer: dict[tuple[str, ...], list[tuple[int, tuple[str, ...]]]] = {}
    for listed in listed_names(person):
        words = name_words(listed)
        for extra in (1, 2):
            if len(words) >= extra:
                longer.setdefault(words[extra:], []).append((extra, words))
    return {own: tuple(found) for own, found in longer.items()}


def _extended(text: str, mention: Mention) -> tuple[int, str]:
    """(start, name as written) of a listed person's mention, with the given name(s) right before
    a surname matched alone when they are the listed ones or a slip of them ("Vladmir Putin")."""
    written = text[mention.start:mention.end]
    own = name_words(written)
    line_start, _ = _line_bounds(text, mention.start)
    before = _tokens(text, max(line_start, mention.start - 60), mention.start)
    best = (mention.start, written)
    for extra, words in _longer_names(mention.person).get(own, ()):
        if len(before) < extra:
            continue
        piece = before[-extra:]
        if not PLAIN_GAP_RE.fullmatch(text[piece[-1].end:mention.start]) \
                or any(t.gap != "plain" for t in piece[1:]) or not all(_is_name_word(t.word) for t in piece):
            continue
        candidate = (*name_words(" ".join(t.word for t in piece)), *own)
        if candidate == words or slip_of(candidate, words) is not None:
            return piece[0].start, f"{_written(text, piece)} {written}"
    return best


def _namesake(listed: tuple[Mention, int, str], country: str | None, name: Sequence[_Token]) -> bool:
    """A titled name that a listed person's shorter name matched (their family name alone) while the
    title gives another country: someone else of that family name."""
    mention, _, written = listed
    return country is not None and country != mention.country and len(name) > len(name_words(written))


def find_persons(text: str, lang: str | None, leaders: Sequence[Mention] = ()) -> tuple[PersonMention, ...]:
    """Every person ``text`` names (see the module docstring), in order; ``leaders``: the
    text's :func:`actors.find_people` (with the same offsets)."""
    text = unicodedata.normalize("NFC", text or "")
    reader = _Reader(text, lang)
    listed: dict[int, tuple[Mention, int, str]] = {}  # written start -> (mention, start, written)
    for mention in leaders:
        start, written = _extended(text, mention)
        listed[start] = (mention, start, written)
    spans = sorted((start, mention.end, start) for start, (mention, _, _) in listed.items())
    titled_leaders: dict[int, tuple[str, str | None]] = {}  # written start -> (title, country)
    candidates = []  # (start, end, title, country, name tokens, in a headline)
    resume = 0
    for found in reader.vocab.title_start.finditer(text):
        pos, end = found.span()
        if pos < resume or (end < len(text) and text[end].isalnum()):
            continue
        parsed = reader.phrase(pos)
        if parsed is None:
            continue
        start, title_end, country, name, resume = parsed
        title = text[start:title_end]
        name_start, name_end = name[0].start, name[-1].end
        inside = [s for s, e, key in spans if s < name_end and e > name_start and s in listed]
        if inside and _namesake(listed[inside[0]], country, name):
            del listed[inside[0]]  # ("Deputy Culture Minister of Australia Sarah Blinken": not the listed Blinken)
            inside = []
        if inside:  # a listed person: the title is theirs
            if inside[0] <= name_start or len(inside) == 1:
                titled_leaders.setdefault(inside[0], (title, country))
            resume = max(resume, listed[inside[0]][0].end)
            continue
        candidates.append((name_start, name_end, title, country, name, reader.headline_like(pos)))
    # names read in prose, by their folded words; a headline's name counts when prose confirms it
    prose = {name_words(_written(text, c[4])): _written(text, c[4]) for c in candidates
             if not c[5] and len(c[4]) >= NAME_MIN_WORDS}
    out: list[PersonMention] = []
    for name_start, name_end, title, country, name, headline in candidates:
        if headline:
            confirmed = [k for k in range(len(name), NAME_MIN_WORDS - 1, -1)
                         if name_words(_written(text, name[:k])) in prose]
            if not confirmed:
                continue
            name = name[:confirmed[0]]
            name_end = name[-1].end
        if len(name) >= NAME_MIN_WORDS:
            written = _written(text, name)  # (a listed person the list spells otherwise is that person)
            out.append(PersonMention(written, name_start, name_end, title, country, _listed_as(written, country)))
            continue
        word = name_words(name[0].word)  # "Deputy Minister Titov": the one person of that name in full
        full = {key: shown for key, shown in prose.items() if word and key[family_name_at(key)] == word[0]}
        if len(full) == 1:
            written = next(iter(full.values()))
            out.append(PersonMention(written, name_start, name_end, title, country, _listed_as(written, country)))
    for start, (mention, _, written) in listed.items():
        title, country = titled_leaders.get(start, ("", None))
        out.append(PersonMention(written, start, mention.end, title, country or mention.country, mention.person))
    return tuple(sorted(out, key=lambda m: (m.start, m.end, m.name)))


# a titled person's name read as a listed person's: its words compared by their first letters,
# declined ("Салманом", "Сальман") or transliterated ("Abdel", "Abdul" do not meet: more letters)
LISTED_STEM_CHARS = 5
LISTED_WORD_MIN_CHARS = 4  # ("bin", "al", "ibn": no evidence of whom)
SOFT_SIGN_RE = re.compile(r"['’ʹʼ]")  # (a folded soft sign is no break in a word: "Сальман" is "salman")


def _stems(name: str) -> tuple[str, ...]:
    return tuple(loose_word(word)[:LISTED_STEM_CHARS] for word in name_words(SOFT_SIGN_RE.sub("", fold(name))))


@functools.lru_cache(maxsize=1)
def _listed_by_country() -> dict[str, tuple[str, ...]]:
    by_country: dict[str, list[str]] = {}
    for person, country in listed_people():
        by_country.setdefault(country, []).append(person)
    return {country: tuple(people) for country, people in by_country.items()}


@functools.lru_cache(maxsize=256)
def _listed_stems(country: str) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """(person, the stems of each of their listed names) of the listed people of ``country``
    (made for a country when a title first names it)."""
    return tuple((person, tuple(stems for stems in map(_stems, listed_names(person)) if stems))
                 for person in _listed_by_country().get(country, ()))


@functools.lru_cache(maxsize=65536)
def _listed_as(name: str, country: str | None) -> str | None:
    """The one listed person of ``country`` that a titled person's ``name`` is: its first word
    begins as the first word of one of their listed names, and another of its words (of four
    letters or more) as another word of that name ("королем Саудовской Аравии Салманом Бен
    Абдель-Азизом Аль Саудом": King Salman); None when no one, or more than one, is."""
    if country is None:
        return None
    words = _stems(name)
    if len(words) < NAME_MIN_WORDS:
        return None
    first, rest = words[0], {w for w in words[1:] if len(w) >= LISTED_WORD_MIN_CHARS}
    found = {person for person, names in _listed_stems(country) for listed in names
             if len(listed) >= NAME_MIN_WORDS and listed[0] == first and rest & set(listed[1:])}
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=1)
def _loose_rules() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(pattern), replacement) for pattern, replacement in _data()["loose_spelling"])


DOUBLED_RE = re.compile(r"(.)\1+")


def has_title_list(lang: str | None) -> bool:
    """Whether ``data/person_titles.json`` lists the titles of the language ``lang``, so that a
    title before a name is read by :func:`find_persons` (for another language, none is)."""
    return (lang or "").split("-")[0] in _data()


@functools.lru_cache(maxsize=65536)
def loose_word(word: str) -> str:
    """A folded word spelled loosely, so that its Cyrillic and Latin spellings meet (``nguen`` and
    ``nguyen`` -> ``nguen``, ``tkhan`` and ``thanh`` -> ``tan``); see ``loose_spelling`` in
    ``data/person_titles.json``."""
    for pattern, replacement in _loose_rules():
        word = pattern.sub(replacement, word)
    return DOUBLED_RE.sub(r"\1", word)


def is_cyrillic(name: str) -> bool:
    return CYRILLIC_RE.search(name) is not None
