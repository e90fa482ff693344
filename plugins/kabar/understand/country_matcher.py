"""The names of the countries in each language, and where a text names them.

One matcher per language (:func:`matcher_for`), built once from Babel's CLDR names and the data files;
:func:`country_mentions` finds the countries a text names, :func:`country_named` the country a phrase is.
:mod:`countries` counts the mentions and decides the pair.

Names
    * Babel's CLDR territory names for the article's language and for English
      (the lingua franca of the wire services), only for real countries and
      territories (no "EU", "UN", "001", ...). Not every locale at once: many
      short names in one language are ordinary words in another (German
      "Island" = Iceland, Russian "Того" = "that").
    * ``data/country_aliases.json`` (short forms, other names, "Federasi
      Rusia", "Hoa Kỳ"), ``data/country_capitals.json`` (capitals and seats of
      government as metonyms: "Kremlin", "Hà Nội"), ``data/country_demonyms.json``
      ("Russian", "Vietnamese", "russisch*"), keyed by language, ``"*"`` for
      every language. With no (or an unknown) language: English plus the data
      of every language.
    * ``data/country_rules.json``: upper-case abbreviations ("US", "AS", "UK"),
      blocking phrases ("South China Sea", "Amerika Latin", "Mỹ Tho",
      "bahasa Inggris"), excluded names ("Jersey", "Georgia"; per language:
      Indonesian "Baku" = standard, Spanish "Germán"), currency words.

Matching
    One compiled regular expression per language over ``fold(text)`` (lower-case
    ASCII), built as a prefix tree so that it stays fast with ~2 000 names;
    the longest name wins ("Korea Selatan" over "Korea", "Papua New Guinea" over
    "Guinea"); blocking phrases take part in the longest match and are then
    dropped. A second, case-sensitive expression runs on the raw text for
    abbreviations and for Vietnamese names, which must keep their diacritics
    (folded, "Lào" is "lao" as in "lao động", "Mỹ" is "my" as in "thẩm mỹ").
    Russian names take case endings ("России", "Вьетнаме").
    Not counted: currency phrases ("dolar AS", "US dollars", "US$", "đô la Mỹ"),
    abbreviations on all-caps lines, a one-syllable Vietnamese name right after
    a capitalised word (a personal name: "Nguyễn Thị Nga"). The Soviet Union
    ("Uni Soviet", "Liên Xô") has no entry, so it counts for no country: "SU"
    is no current country, and mapping it to Russia would turn history into
    news about Russia. A name found in two countries' lists counts for neither.
    Scripts written without spaces between words (Chinese, Japanese, Thai) are
    not supported: names need word boundaries.
"""
from __future__ import annotations

import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from babel import Locale, UnknownLocaleError

from .country_forms import (CYRILLIC_RE, DECLENSIONS, GAP_RE, SHORT_NAME_CASES, SOUTH_SLAVIC_LANGUAGES, TA_LONG_A,
                            TA_SANDHI, _arabic_adjective_forms, _case_stem, _declined_forms, _greek_cases,
                            _nasal_variants, _plural, _polish_forms, _south_slavic_forms, _with_bare_alef)
from .scripts import AS_WRITTEN_LANGUAGES, CLDR_LOCALES_OF, NUKTA, as_looked_up, edges_ok, tamil_stem
from .stored import load_or_build
from .textutil import fold, folds_evenly

log = logging.getLogger(__name__)


DATA_DIR = Path(__file__).resolve().parents[1] / "data"
NAME_FILES = ("country_aliases.json", "country_capitals.json", "country_demonyms.json")
RULES_FILE = "country_rules.json"
ALL_LANGUAGES = "*"
DEFAULT_LANGUAGE = "en"
# the data files' key for a language the language model names otherwise: Norwegian Bokmål and Nynorsk
# share the "no" demonyms ("danske")
DATA_LANGUAGE_OF = {"nb": "no", "nn": "no"}

# Two-letter CLDR territories that are no country: groupings, exceptional
# reservations (Ascension, Canaries, ...), Antarctica, private-use codes.
NOT_COUNTRIES = frozenset(
    {"AC", "AQ", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
)

# Building blocks of the folded expression.
WORD_GAP = r"[\s\-]*"  # "Ha Noi", "Ha-Noi", "Hanoi"
STEM_TAIL = r"[a-z']{0,6}"  # "vietnamien*" -> vietnamienne(s)
RU_ENDINGS = (
    "iya", "iyu", "iey", "ii", "ie", "ey", "em", "oy", "om", "ya", "yu", "ye",
    "ov", "akh", "am", "ami", "a", "u", "e", "y", "i", "o", "'",
)
RU_TAIL = "(?:" + "|".join(sorted(RU_ENDINGS, key=len, reverse=True)) + ")"
RU_STRIP_RE = re.compile(r"(?:ya|a|y|')$")  # nominative ending -> stem
RU_INDECLINABLE_RE = re.compile(r"[ioue]$")  # Перу, Мали, Чили, Гаити ...
RU_MIN_STEM = 4
PAIR_JOINERS = "・･-‐－–"  # between a one-character name and a whole one: "日・カザフスタン", "한-카자흐스탄"

GAP_SPLIT_RE = re.compile(r"([\s\-]+)")
SPACE_SPLIT_RE = re.compile(r"(\s+)")
SPACE_RE = re.compile(r"\s+")
PAREN_RE = re.compile(r"\s*\(([^)]*)\)")
PREV_WORD_RE = re.compile(r"(\w+)[ \t]+$")
SHOUT_WINDOW = 80

# Tokens of the prefix tree that are not literal characters.
_GAP = "\x00gap"
_STEM = "\x00stem"
_RU_REQUIRED = "\x00ru+"
_RU_OPTIONAL = "\x00ru?"
_END = ""

CONJUNCTIONS = {"en": "and", "id": "dan", "vi": "và", "fr": "et", "de": "und", "es": "y", "ru": "и"}


@dataclass(frozen=True)
class _Matcher:
    """The compiled expressions and lookup tables of one language."""

    folded: re.Pattern[str] | None
    folded_codes: dict[str, str | None]  # canonical folded name -> code
    stem_codes: dict[str, str | None]  # canonical stem -> code
    cased: re.Pattern[str] | None
    cased_codes: dict[str, str | None]
    abbreviations: frozenset[str]
    guarded: frozenset[str]  # one-syllable Vietnamese names
    name_heads: frozenset[str]
    currency_before: re.Pattern[str]  # ends where a name starts
    currency_after: re.Pattern[str]  # starts where a name ends
    currency_any: re.Pattern[str]  # anywhere: is the check worth making
    unspaced: re.Pattern[str] | None = None  # names of unspaced scripts, matched as written
    unspaced_codes: dict[str, tuple[str, ...]] | None = None  # name -> its country (or two)
    pairs: re.Pattern[str] | None = None  # two countries' one-character names before a word of talks
    pair_letters: dict[str, str] | None = None  # ... each name's country
    # names every list writes with a capital ("Reunião", "Chad", "Russian"): in a text of a script
    # with capitals, the same letters in lower case are a word ("a reunião", the meeting)
    capitalised: frozenset[str] = frozenset()


# --------------------------------------------------------------------- data


@lru_cache(maxsize=1)
def _load_names() -> dict[str, dict[str, dict[str, list[str]]]]:
    """file name -> language -> code -> names."""
    tables = {}
    for name in NAME_FILES:
        with (DATA_DIR / name).open(encoding="utf-8") as fh:
            data = json.load(fh)
        tables[name] = {lang: table for lang, table in data.items() if not lang.startswith("_")}
    return tables


def listed_names(file_name: str) -> Iterator[tuple[str, str, str]]:
    """(language, country code, name) of every name one of the data files (``NAME_FILES``) lists,
    in a stable order: what the matcher reads, for other modules (the linker's capitals)."""
    for lang, table in sorted(_load_names()[file_name].items()):
        for code, names in sorted(table.items()):
            for name in names:
                yield lang, code, name


@lru_cache(maxsize=1)
def _load_rules() -> dict:
    with (DATA_DIR / RULES_FILE).open(encoding="utf-8") as fh:
        return json.load(fh)


def _data_languages() -> list[str]:
    return sorted({lang for table in _load_names().values() for lang in table} - {ALL_LANGUAGES})


@lru_cache(maxsize=256)
def base_language(lang: str | None) -> str | None:
    """"id-ID" -> "id"; None or unparseable -> None."""
    if not lang:
        return None
    try:
        return Locale.parse(lang.replace("-", "_")).language
    except (ValueError, TypeError, UnknownLocaleError):
        return None


PERSIAN_TO_ARABIC = str.maketrans("یک", "يك")
ARABIC_TO_PERSIAN = str.maketrans("يك", "یک")


def _cldr_names(lang: str) -> dict[str, list[str]]:
    """code -> CLDR territory names in ``lang`` (countries only; Chinese in both scripts)."""
    out: dict[str, list[str]] = {}
    for locale_code in CLDR_LOCALES_OF.get(lang, (lang,)):
        try:
            territories = Locale.parse(locale_code).territories
        except (ValueError, UnknownLocaleError):
            continue
        for code, name in territories.items():
            if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES:
                variants = out.setdefault(code, [])
                variants.extend(v for v in _name_variants(name, lang) if v not in variants)
    return out


def _name_variants(name: str, lang: str) -> Iterator[str]:
    """CLDR spellings as texts write them: "Myanmar (Burma)" -> "Myanmar"
    (a bracket holds an other name or the owner: "Гонконг (САР)",
    "Виргинские о-ва (США)"; other names are in the data files),
    "Hồng Kông, Trung Quốc" -> "Hồng Kông", "St. Kitts & Nevis" -> "... and ..."."""
    name = PAREN_RE.sub("", name).split(",")[0].strip()
    variants = [name]
    if "&" in name:
        variants.append(name.replace("&", CONJUNCTIONS.get(lang, "and")))
    if name.startswith("St. "):
        variants.append("Saint " + name[4:])
    return (v for v in variants if " - " not in v)  # "Congo - Kinshasa" is a label, not a name


# ------------------------------------------------------------ the matcher


def _canonical(folded: str) -> str:
    return GAP_RE.sub("", folded)


def _folded_tokens(name: str) -> tuple[str, tuple[str, ...], bool]:
    """(canonical key, prefix-tree tokens, is a stem) of a name for the folded pass.

    A trailing ``*`` makes a stem; a one-word Cyrillic name that declines
    becomes a stem with Russian case endings ("Россия" -> rossi + ya/i/yu/ey; "Филиппины" ->
    filippin, with or without one).
    """
    folded = fold(name.rstrip("*")).strip()
    tail = None
    if name.endswith("*"):
        tail = _STEM
    elif CYRILLIC_RE.search(name) and not GAP_RE.search(folded) and not RU_INDECLINABLE_RE.search(folded):
        stem = RU_STRIP_RE.sub("", folded)
        if len(stem) >= RU_MIN_STEM:
            # (a plural name's genitive is its bare stem: "Филиппины" -> "Президент Филиппин")
            tail = _RU_REQUIRED if stem != folded and not name.endswith("ы") else _RU_OPTIONAL
            folded = stem
    tokens: list[str] = []
    for part in GAP_SPLIT_RE.split(folded):
        if GAP_RE.fullmatch(part):
            tokens.append(_GAP)
        else:
            tokens.extend(part)
    if tail:
        tokens.append(tail)
    return _canonical(folded), tuple(tokens), tail is not None


def _cased_tokens(name: str) -> tuple[str, ...]:
    tokens: list[str] = []
    for part in SPACE_SPLIT_RE.split(name):
        if part.isspace():
            tokens.append(_GAP)
        else:
            tokens.extend(part)
    return tuple(tokens)


def _trie_regex(sequences: Iterable[tuple[str, ...]], gap: str) -> str:
    """An alternation of token sequences factored as a prefix tree. Every
    optional continuation is greedy, so the longest name is tried first."""
    root: dict = {}
    for tokens in sequences:
        node = root
        for token in tokens:
            node = node.setdefault(token, {})
        node[_END] = {}
    special = {_GAP: gap, _STEM: STEM_TAIL, _RU_REQUIRED: RU_TAIL, _RU_OPTIONAL: RU_TAIL + "?"}

    def emit(node: dict) -> str:
        # (letters before a stem's or an ending's tail: "japanischen meer", a blocking phrase, is
        #  tried before the stem "japanisch*", whose tail would take "-en" and end the match there)
        branches = [
            (special.get(token) or re.escape(token)) + emit(child)
            for token, child in sorted(node.items(), key=lambda item: (item[0] in special, item[0]))
            if token != _END
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if _END in node else body

    return emit(root)


class _Builder:
    """Collects the names of one language and compiles them."""

    def __init__(self, base: str | None) -> None:
        rules = _load_rules()
        self.base = base
        self.excluded_everywhere = {fold(x) for x in rules["exclude"].get(ALL_LANGUAGES, [])}
        self.excluded = self.excluded_everywhere | {fold(x) for x in rules["exclude"].get(base or "", [])}
        self.folded: dict[tuple[str, bool], tuple[set[tuple[str, ...]], str | None]] = {}
        self.folded_plain: set[str] = set()
        self.vietnamese: list[tuple[str, str | None]] = []  # kept for the cased pass
        self.unspaced: dict[str, tuple[str, ...]] = {}  # name -> codes (empty: ambiguous)
        self.lower_case: set[str] = set()  # keys of names some list writes in lower case ("russe", "de la Réunion")

    def add(self, name: str, code: str | None, lang: str, spelled: bool = False) -> None:
        if not spelled:
            for variant in _nasal_variants(name):
                self.add(variant, code, lang, spelled=True)
        if lang == "pl" and code is not None:
            for form in _polish_forms(name):
                self.add_folded(form, code)
        if lang in SOUTH_SLAVIC_LANGUAGES and code is not None:
            for form in _south_slavic_forms(name):
                self.add_folded(form, code)
        if lang == "ta" and code is not None and name.endswith(TA_LONG_A) and " " not in name.strip():
            for consonant in TA_SANDHI:
                self.add_folded(name.strip()[:-1] + consonant, code)
        if lang in DECLENSIONS and code is not None:
            for form in _declined_forms(name, lang):
                self.add_folded(form, code)
        if lang == "vi":
            self.vietnamese.append((name, code))
        elif lang in AS_WRITTEN_LANGUAGES:
            self.add_unspaced(name, (code,) if code else ())
        else:
            self.add_folded(name, code)
            if NUKTA in name:  # (Hindi's nukta, often not typed: "तंजानिया" for "तंज़ानिया")
                self.add_folded(name.replace(NUKTA, ""), code)
            stem = _case_stem(name, lang) if code is not None else None
            if stem is not None:
                self.add_folded(stem + "*", code)
            elif code is not None and not GAP_RE.search(name.strip()):
                for ending in SHORT_NAME_CASES.get(lang, ()):  # ("চীন" -> "চীনের": too short for a stem)
                    self.add_folded(name.strip() + ending, code)

    def add_unspaced(self, name: str, codes: tuple[str, ...]) -> None:
        name = unicodedata.normalize("NFC", name.rstrip("*")).strip()
        if not name or codes and fold(name) in self.excluded:
            return
        # (Persian's ye and kaf, and Arabic's, stand for each other on many sites: "عربستان سعودي")
        name = as_looked_up(name)  # (and the text too, in _mentions)
        stem = tamil_stem(name)  # ("ஜப்பானுடன்", with Japan)
        forms = (name, name.translate(PERSIAN_TO_ARABIC), name.translate(ARABIC_TO_PERSIAN), *((stem,) if stem else ()))
        for form in dict.fromkeys(bare for form in forms for bare in sorted(_with_bare_alef(form))):
            old = self.unspaced.get(form)
            self.unspaced[form] = codes if old is None or old == codes else ()

    def add_folded(self, name: str, code: str | None) -> None:
        plain = fold(name.rstrip("*")).strip()
        if not plain or plain in self.excluded:
            return
        key, tokens, is_stem = _folded_tokens(name)
        sequences, old = self.folded.get((key, is_stem), (set(), code))
        if old != code:
            if old is not None and code is not None:
                log.debug("country name %r is ambiguous (%s/%s): not counted", name, old, code)
            code = None  # a blocking phrase or an ambiguous name wins
        sequences.add(tokens)
        self.folded[(key, is_stem)] = (sequences, code)
        self.folded_plain.add(plain)
        if not name.lstrip()[:1].isupper():
            self.lower_case.add(key)

    def contains_folded_name(self, plain: str) -> bool:
        """Whether a (counted) name of the folded pass is a part of ``plain``."""
        words = GAP_RE.split(plain)
        return any(
            self.folded.get(("".join(words[i:j]), False), (None, None))[1] is not None
            for i in range(len(words))
            for j in range(i + 1, len(words) + 1)
            if j - i < len(words)
        )


@lru_cache(maxsize=64)
def matcher_for(base: str | None) -> _Matcher:
    """The expressions and tables of a language (None = unknown): built once per code version
    and kept between builds (:mod:`stored`), made once per process."""
    return load_or_build(f"countries-{base or 'any'}", _Matcher, lambda: _build_matcher(base))


def _build_matcher(base: str | None) -> _Matcher:
    """Build the expressions and tables of a language (None = unknown)."""
    names = _load_names()
    rules = _load_rules()
    builder = _Builder(base)

    # 1. names: CLDR (English + the article's language), then the data files
    cldr_langs = [DEFAULT_LANGUAGE] + ([base] if base and base != DEFAULT_LANGUAGE else [])
    if base is None:
        data_langs = [ALL_LANGUAGES, *_data_languages()]
    else:
        data_langs = list(dict.fromkeys([ALL_LANGUAGES, DEFAULT_LANGUAGE, base, DATA_LANGUAGE_OF.get(base, base)]))
    for lang in cldr_langs:
        for code, variants in _cldr_names(lang).items():
            for name in variants:
                builder.add(name, code, lang)
                if lang == "de" and " " not in name and not name.endswith(("s", "z", "x")):
                    builder.add_folded(name + "s", code)  # genitive: "Russlands"
                if lang == "el":
                    for form in _greek_cases(name):  # "της Βολιβίας", "του Βατικανού"
                        builder.add_folded(form, code)
    for file_name, table in names.items():
        for lang in data_langs:
            for code, variants in table.get(lang, {}).items():
                if lang == "ar" and "demonym" in file_name:
                    variants = [form for adjective in variants for form in _arabic_adjective_forms(adjective)]
                for name in variants:
                    builder.add(name, code, lang)
                    plural = _plural(name) if lang == DEFAULT_LANGUAGE and "demonym" in file_name else None
                    if plural:
                        builder.add_folded(plural, code)
    block_langs = [ALL_LANGUAGES, base] if base else [ALL_LANGUAGES, *sorted(rules["block"])]
    blocks = [(lang, p) for lang in dict.fromkeys(block_langs) for p in rules["block"].get(lang, [])]
    for lang, phrase in blocks:
        if lang in AS_WRITTEN_LANGUAGES:
            builder.add_unspaced(phrase, ())  # (the longest name wins: "日本時間" over "日本")
        elif lang != "vi":
            builder.add_folded(phrase, None)

    # 2. the cased pass: abbreviations, Vietnamese names, their blocking phrases
    cased: dict[str, str | None] = {}
    abbreviations: set[str] = set()
    abbr_langs = [DEFAULT_LANGUAGE] + ([base] if base and base != DEFAULT_LANGUAGE else [])
    for lang in abbr_langs:
        for code, abbrs in rules["abbreviations"].get(lang, {}).items():
            for abbr in abbrs:
                cased[abbr] = code if cased.get(abbr, code) == code else None
                abbreviations.add(abbr)
    guarded: set[str] = set()
    for name, code in builder.vietnamese:
        plain = fold(name).strip()
        if plain in builder.excluded_everywhere:
            continue
        if plain in builder.folded_plain or builder.contains_folded_name(plain):
            # "Việt Nam", "Hà Nội", "Điện Kremlin", "Nam Sudan": folded, they are
            # safe, and a name in them must not count twice; in the cased pass
            # they only keep a shorter name ("Việt") from matching inside them
            builder.add_folded(name, code)
            if GAP_RE.search(name):
                for variant in (name, name.upper()):
                    cased.setdefault(variant, None)
            continue
        for variant in (name, name.upper()):
            cased.setdefault(variant, code)
            if not GAP_RE.search(variant) and len(variant) <= 5:
                guarded.add(variant)
    for lang, phrase in blocks:
        if lang == "vi" or phrase.split()[0] in abbreviations:
            cased[phrase] = cased[phrase.upper()] = None

    # 3. compile
    folded_re = None
    if builder.folded:
        body = _trie_regex((t for seqs, _ in builder.folded.values() for t in seqs), WORD_GAP)
        folded_re = re.compile(r"(?<![a-z0-9])" + body + r"(?![a-z0-9])")
    cased_re = None
    if cased:
        body = _trie_regex((_cased_tokens(n) for n in cased), r"\s+")
        # no look-behind here: a pattern that starts with its first letters lets
        # the engine skip ahead; the left word boundary is checked in _mentions
        cased_re = re.compile("(?:" + body + r")(?!\w)")
    for lang in cldr_langs:
        for word, codes in rules.get("pair_abbreviations", {}).get(lang, {}).items():
            builder.add_unspaced(word, tuple(codes))
    pairs_re, pair_letters = _letter_pairs(spec for lang in cldr_langs
                                           if (spec := rules.get("pair_letters", {}).get(lang)))
    unspaced_re = None
    if builder.unspaced:  # (as a prefix tree, the longest name first: thousands of names stay fast)
        unspaced_re = re.compile(_trie_regex((tuple(n) for n in builder.unspaced), ""))
    before = "|".join(re.escape(w) for w in rules["currency_before"])
    after = "|".join(re.escape(w) for w in rules["currency_after"])
    log.debug("country matcher for %s: %d folded, %d cased names", base, len(builder.folded), len(cased))
    return _Matcher(
        folded=folded_re,
        folded_codes={k: code for (k, stem), (_, code) in builder.folded.items() if not stem},
        stem_codes={k: code for (k, stem), (_, code) in builder.folded.items() if stem},
        cased=cased_re,
        cased_codes=cased,
        abbreviations=frozenset(abbreviations),
        guarded=frozenset(guarded),
        name_heads=frozenset(w.lower() for w in rules["vi_name_heads"]),
        currency_before=re.compile(r"(?<![a-z])(?:" + before + r")[\s\-]*$"),
        currency_after=re.compile(r"[\s\-]*(?:" + after + r")(?![a-z])"),
        currency_any=re.compile(r"(?:" + before + "|" + after + ")"),
        unspaced=unspaced_re,
        unspaced_codes=dict(builder.unspaced),
        pairs=pairs_re,
        pair_letters=pair_letters,
        capitalised=frozenset(k for (k, stem), (_, code) in builder.folded.items()
                              if not stem and code is not None and k not in builder.lower_case),
    )


def _letter_pairs(specs: Iterable[dict]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Compounds of two countries' one-character names before a word of the talks ("日仏首脳会談",
    "韩美首脑会谈", "한러 정상회담"): a pattern whose two groups are the two names, and each name's
    country (a pair of names alone is too often another word: "日中" is also "in the daytime")."""
    letters: dict[str, str] = {}
    words: set[str] = set()
    gaps: set[str] = set()
    for spec in specs:
        letters.update(spec["letters"])
        words.update(spec["after"])
        gaps.add(spec.get("gap", ""))
    if not letters:
        return None, {}
    names = "".join(sorted(map(re.escape, letters)))
    after = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    gap = "[ ]?" if " " in gaps else ""
    return re.compile(rf"([{names}])([{names}]){gap}(?:{after})"), letters


# ---------------------------------------------------------------- mentions

class CasedText:
    """The text a folded copy was made of (:func:`fold`), asked whether a name found in the copy
    is written in lower case there. Its NFC form, which an offset in the copy points into when each
    of its characters folds to one, is made when first asked (texts that name no country never are)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._copy: str | None = None
        self._made = False

    def lower_at(self, pos: int) -> bool:
        if not self._made:
            copy = unicodedata.normalize("NFC", self.text)
            self._copy, self._made = (copy if folds_evenly(copy) else None), True
        return self._copy is not None and self._copy[pos].islower()


def lower_case_word(matcher: _Matcher, cased: CasedText, found: re.Match) -> bool:
    """A name found in the folded copy that is written there in lower case while every list writes
    it with a capital: a word, not the country ("a reunião", "la chine" of a table)."""
    return _canonical(found.group()) in matcher.capitalised and cased.lower_at(found.start())


def folded_code(matcher: _Matcher, matched: str) -> str | None:
    key = _canonical(matched)
    if key in matcher.folded_codes:
        return matcher.folded_codes[key]
    for end in range(len(key), max(len(key) - 8, 0), -1):
        code = matcher.stem_codes.get(key[:end], "")
        if code != "":
            return code
    return None


def _in_currency(matcher: _Matcher, folded: str, start: int, end: int) -> bool:
    """The name at ``folded[start:end]`` belongs to a currency ("dolar AS")."""
    return bool(
        matcher.currency_before.search(folded, max(0, start - 12), start)
        or matcher.currency_after.match(folded, end, end + 10)
    )


def _shouting(text: str, start: int) -> bool:
    """True when the line around ``start`` is mostly capitals (a headline in
    capitals, where "US" or "AS" may be an ordinary word)."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - SHOUT_WINDOW)
    line_end = text.find("\n", start, start + SHOUT_WINDOW)
    line = text[line_start : line_end if line_end >= 0 else start + SHOUT_WINDOW]
    letters = sum(map(str.isalpha, line))
    return letters >= 12 and sum(map(str.isupper, line)) > 0.7 * letters


def _after_name(matcher: _Matcher, text: str, start: int) -> bool:
    """True when a capitalised word (not a function word) comes right before:
    "Thị Nga", "Minh Đức" are people."""
    found = PREV_WORD_RE.search(text, max(0, start - 30), start)
    if not found:
        return False
    word = found.group(1)
    return word[0].isupper() and word.lower() not in matcher.name_heads


def _pair_letter_before(matcher: _Matcher, text: str, start: int) -> str | None:
    """The country of a one-character name joined by a dot or dash to the name at ``start``, at the
    start of a word ("日・カザフスタン外相会談", "한-카자흐스탄 정상회담": Japan's, Korea's)."""
    if not matcher.pair_letters or start < 2 or text[start - 1] not in PAIR_JOINERS:
        return None
    code = matcher.pair_letters.get(text[start - 2])
    if code is None or start > 2 and text[start - 3].isalnum():
        return None
    return code


def country_mentions(matcher: _Matcher, text: str) -> list[str]:
    """Codes of the country mentions in ``text``, in no particular order."""
    codes: list[str] = []
    folded = fold(text)
    money = matcher.currency_any.search(folded) is not None
    if matcher.folded is not None:
        cased = CasedText(text)
        for found in matcher.folded.finditer(folded):
            code = folded_code(matcher, found.group())
            if code is None or money and _in_currency(matcher, folded, *found.span()) \
                    or lower_case_word(matcher, cased, found):
                continue
            codes.append(code)
    if matcher.unspaced is not None:
        text = as_looked_up(text)  # (one letter for one: the offsets stay)
        for found in matcher.unspaced.finditer(text):
            if edges_ok(text, *found.span()):
                codes.extend(matcher.unspaced_codes.get(found.group(), ()))
                letter = _pair_letter_before(matcher, text, found.start())
                if letter is not None:
                    codes.append(letter)
    if matcher.pairs is not None:  # ("日仏首脳会談": a pair the list of pair names lacks)
        for found in matcher.pairs.finditer(text):
            a, b = (matcher.pair_letters[found.group(i)] for i in (1, 2))
            if a != b and found.group(1) + found.group(2) not in (matcher.unspaced_codes or {}):
                codes.extend((a, b))
    if matcher.cased is None:
        return codes
    for found in matcher.cased.finditer(text):
        name = found.group()
        code = matcher.cased_codes.get(name) or matcher.cased_codes.get(SPACE_RE.sub(" ", name))
        start, end = found.span()
        if code is None or start and text[start - 1].isalnum():
            continue
        if name in matcher.abbreviations:
            if _shouting(text, start):
                continue
        elif name in matcher.guarded and _after_name(matcher, text, start):
            continue
        if money:
            before = fold(text[max(0, start - 12) : start])
            if _in_currency(matcher, before + fold(text[end : end + 10]), len(before), len(before)):
                continue
        codes.append(code)
    return codes


@lru_cache(maxsize=4096)
def country_named(phrase: str, lang: str | None) -> str | None:
    """The country that ``phrase`` names as a whole ("Rusia", "Federasi Rusia", "Russian",
    "России", "AS"), by the names of ``lang`` (see the module docstring); None when the phrase is
    not (only) a country's name, or names two countries. For a word or two next to a title
    ("Wakil Menteri Luar Negeri Pertama Rusia"), never for running text."""
    matcher = matcher_for(base_language(lang))
    phrase = unicodedata.normalize("NFC", phrase).strip()
    if not phrase:
        return None
    if matcher.cased is not None:
        if matcher.cased.fullmatch(phrase) is not None:
            code = matcher.cased_codes.get(phrase) or matcher.cased_codes.get(SPACE_RE.sub(" ", phrase))
            if code is not None:  # (a name kept in the cased pass only to block a shorter one: folded)
                return code
    if matcher.folded is not None:
        found = matcher.folded.fullmatch(fold(phrase))
        if found is not None:
            return folded_code(matcher, found.group())
    return None


def countries_named_in(text: str, lang: str | None) -> frozenset[str]:
    """The countries ``text`` (a sentence) names by their names or demonyms, by the names of ``lang``."""
    return frozenset(country_mentions(matcher_for(base_language(lang)), unicodedata.normalize("NFC", text or "")))
