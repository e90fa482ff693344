"""Small Unicode helpers shared by the pure modules: folding, tokens, slugs.

``fold`` turns text of any script into lower-case ASCII without diacritics
(``Hà Nội`` -> ``ha noi``, ``Путин`` -> ``putin``) with anyascii, so that names
compare across spellings and scripts.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from itertools import islice

from anyascii import anyascii

WORD_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", re.UNICODE)
SLUG_STRIP_RE = re.compile(r"[^a-z0-9]+")
# what a word's pattern starts with before its first letter: a look-behind on a set, a word boundary
LEADING_ASSERTION_RE = re.compile(r"^(?:\(\?<!\[[^\]]*\]\)|\\b)*")


def first_letters_guard(words: tuple[str, ...]) -> str:
    """A look-ahead on the letters ``words`` (patterns that each begin with a plain letter, after
    look-behinds and word boundaries) begin with: put before their alternation, it lets the regex
    engine pass over every other character at once instead of trying each word there (a search of
    :data:`CALL_RE` took a fifth of the time of finding a report's venue)."""
    firsts = set()
    for word in words:
        first = word[LEADING_ASSERTION_RE.match(word).end():][:1]
        if not first or not (first.isalpha() or first.isdigit()):
            raise ValueError(f"no plain first letter in {word!r}")
        firsts.add(first)
    return f"(?=[{''.join(sorted(firsts))}])"


def first_characters_guard(literals: Iterable[str]) -> str:
    """The same look-ahead for plain strings (names): on the characters they begin with."""
    return f"(?=[{''.join(sorted({re.escape(literal[0]) for literal in literals if literal}))}])"


# a phone or video call: it has no venue, and is not the meeting a report tells of (English,
# Indonesian/Malay, the Romance, Germanic, Slavic and Turkic languages, Vietnamese, Greek, Arabic,
# Persian, Urdu, Hebrew, Hindi, Bengali, Thai, Armenian, Georgian, Swahili, Chinese, Japanese, Korean;
# Russian "созвонились", they spoke by phone)
CALL_WORDS = (r"phone", r"telef[oó]n", r"telepon", r"t[ée]l[ée]phon", r"tel[ée]fono", r"video ?call", r"videoconferen",
              r"coups? de fil", r"(?<![\w-])calls? with(?!\w)",  # ("a readout of Netanyahu's call with Milei")
              r"điện đàm", r"điện thoại", r"телефон", r"созвон", r"видеоконферен", r"τηλεφων", r"هاتف", r"تلفن", r"تلیفون",
              r"ٹیلی ?فون", r"טלפון", r"फ़ोन", r"फोन", r"टेलीफ़ोन", r"टेलीफोन", r"ফোন", r"โทรศัพท์", r"հեռախոս", r"ტელეფონ",
              r"\bkwa simu\b", r"电话", r"電話", r"通話", r"通话", r"통화", r"전화(?![가-힣]?\s*(?:기자|특파원))", r"video link")
# (… but not a reporter's name in a Korean byline: "[대한뉴스=전화수 기자]")
CALL_RE = re.compile(rf"(?i){first_letters_guard(CALL_WORDS)}(?:{'|'.join(CALL_WORDS)})")
# characters printed two columns wide (CJK ideographs, kana, Hangul, full-width forms): one of
# them carries about as much as a Latin word, so line lengths count each as three
WIDE_CHAR_RE = re.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
WIDE_WEIGHT = 3


def normalize_space(text: str) -> str:
    """NFC, non-breaking and odd spaces to plain spaces, runs collapsed."""
    # (str.split() splits at the characters ``\s`` matches, no-break spaces among them, and drops
    # the ends: the same as a regex's sub of ``\s+`` and a strip, at a fifth of the cost)
    return " ".join(unicodedata.normalize("NFC", text).split())


def text_width(line: str) -> int:
    """The length of ``line`` in Latin characters' worth: a wide (CJK) character counts as
    :data:`WIDE_WEIGHT`, so "a line this long is a paragraph" holds in every script."""
    if line.isascii():
        return len(line)
    return len(line) + (WIDE_WEIGHT - 1) * len(WIDE_CHAR_RE.findall(line))


# letters that NFD does not decompose; the same table is in theme/static/js/search.js
EXTRA_FOLD = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"})


class _TranslateTable(dict):
    """A ``str.translate`` table filled on demand: each code point's entry is ``rule(code
    point)``, worked out the first time the character is met, so translating a long text
    costs no Python call per character."""

    def __init__(self, rule, known: dict | None = None) -> None:
        super().__init__(known or {})
        self.rule = rule

    def __missing__(self, codepoint: int):
        value = self[codepoint] = self.rule(codepoint)
        return value


# drops combining marks (Unicode category M)
MARKS_TABLE = _TranslateTable(lambda c: None if unicodedata.category(chr(c)).startswith("M") else c)


def unmarked(text: str) -> str:
    """Lower case without diacritics, script kept (``Hà Nội`` -> ``ha noi``, ``Путин`` -> ``путин``).
    Cheaper than :func:`fold`; what the browser's search does too."""
    return unicodedata.normalize("NFD", text.lower()).translate(MARKS_TABLE).translate(EXTRA_FOLD)


# (names and words met again and again; a whole text, met once, is given to unmarked itself)
strip_marks = functools.lru_cache(maxsize=200_000)(unmarked)


GREEK_EXTENDED = range(0x1F00, 0x2000)  # polytonic Greek: a vowel with its breathing and accent in one character


def _fold_char(code: int) -> str:
    """One character's lower-case anyascii transliteration; a polytonic Greek letter's is its bare
    letter's ("Ἑλλάδος", as old-style pages write it, folds as "Ελλάδος" does: no breathing "h")."""
    char = chr(code)
    if code in GREEK_EXTENDED:
        char = unicodedata.normalize("NFD", char)[0]
    return anyascii(char).lower()


# any character -> its lower-case anyascii transliteration (anyascii maps character by
# character, so translating with it is ``anyascii(text).lower()``)
FOLD_TABLE = _TranslateTable(_fold_char, {c: chr(c).lower() for c in range(128)})


# code point -> "" when it folds to one character exactly, else itself: a text this table empties
# folds character for character (an offset in it is the same offset in its folded copy; the same
# length alone is not enough: "ш" -> "sh" and "ь" -> "" make up for each other)
_UNEVEN_FOLD = _TranslateTable(lambda c: "" if len(FOLD_TABLE[c]) == 1 else chr(c))


def folds_evenly(text: str) -> bool:
    """Does every character of ``text`` fold (:func:`fold`, without its NFC) to one character?"""
    return not text.translate(_UNEVEN_FOLD)


def fold(text: str) -> str:
    """Lower-case ASCII transliteration of ``text`` (diacritics dropped)."""
    text = unicodedata.normalize("NFC", text)
    return text.lower() if text.isascii() else text.translate(FOLD_TABLE)


def tokens(text: str) -> list[str]:
    """Folded word and number tokens of ``text``."""
    return WORD_RE.findall(fold(text))


def one_slip(a: str, b: str, swaps: bool = True) -> bool:
    """``a`` and ``b`` differ by one letter added, dropped or changed, or (``swaps``) two
    neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or (swaps and i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i]
                                       and a[i + 2:] == b[i + 2:])


def slugify(text: str, max_length: int = 60) -> str:
    """A readable ASCII slug: ``Hà Nội talks`` -> ``ha-noi-talks``."""
    slug = SLUG_STRIP_RE.sub("-", fold(text)).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug or "article"


DOUBLED_LETTER_RE = re.compile(r"([a-z])\1+")
# A name's consonant skeleton (see skeleton()): each letter group, longest first, by its class
SKELETON_CLASSES = {
    "shch": "s", "tsch": "s", "dzh": "j", "sch": "s", "sh": "s", "ch": "s", "zh": "s", "dz": "j", "dj": "j",
    "kh": "h", "gh": "h", "ph": "f", "th": "t", "ck": "k", "qu": "k", "ts": "s", "tz": "s", "ce": "s",
    "ci": "s", "cy": "s", "g": "h", "v": "f", "w": "f", "c": "k", "q": "k", "x": "ks", "z": "s",
    "a": "", "e": "", "i": "", "o": "", "u": "", "y": "", "'": ""}
SKELETON_RE = re.compile("|".join(sorted(SKELETON_CLASSES, key=len, reverse=True)))


def skeleton(word: str) -> str:
    """The consonants of a folded name word, in classes that its spellings in other scripts and
    languages share: "schafer"/"shefer", "ibrahim"/"ibragim", "quintero"/"kuintero",
    "vogel"/"fogel", "cherif"/"sherif" (vowels dropped, doubled letters made one)."""
    return DOUBLED_LETTER_RE.sub(r"\1", SKELETON_RE.sub(_skeleton_class, word))


def _skeleton_class(match: re.Match) -> str:
    return SKELETON_CLASSES[match.group()]


# Letters that look alike in the Latin and Cyrillic alphabets. Pages typed on two keyboard layouts
# mix them inside one word ("Председник Kине", "Србиjи": a Latin K and j in Serbian Cyrillic), which
# no name or country list matches; such a word is written in its own script again.
LATIN_LOOKALIKES = "AaBCcEeHKMOoPpTXxyij"
CYRILLIC_LOOKALIKES = "АаВСсЕеНКМОоРрТХхуіј"
TO_CYRILLIC = str.maketrans(LATIN_LOOKALIKES, CYRILLIC_LOOKALIKES)
TO_LATIN = str.maketrans(CYRILLIC_LOOKALIKES, LATIN_LOOKALIKES)
CYRILLIC_LETTER = "\u0400-\u04ff"
MIXED_SCRIPT_RE = re.compile(f"[{CYRILLIC_LETTER}][A-Za-z]|[A-Za-z][{CYRILLIC_LETTER}]")
CYRILLIC_ANY_RE = re.compile(f"[{CYRILLIC_LETTER}]")  # (one scan tells most texts have no Cyrillic to mix)
LETTER_RUN_RE = re.compile(r"[^\W\d_]+")


# a Han character's pinyin in brackets glued after it, as some mirror sites print rarer characters
# ("國(guó)家主席", "塞內(nèi)加爾"): no word a list can match; the tone mark tells it from a
# bracketed Latin word ("習近平(Xi)")
PINYIN_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_GLOSS_RE = re.compile(rf"(?<=[\u3400-\u9fff])\((?=[a-z{PINYIN_TONED}ü]*[{PINYIN_TONED}])[a-z{PINYIN_TONED}ü]{{1,6}}\)")
PINYIN_GLOSSES_MIN = 2  # (one alone may be a reader's help with a name: left as written)


def drop_pinyin_glosses(text: str) -> str:
    """``text`` without the pinyin glossed in brackets after Han characters, when it has at least
    :data:`PINYIN_GLOSSES_MIN` of them ("中科關(guān)系發(fā)展" -> "中科關系發展")."""
    if "(" not in text or sum(1 for _ in islice(PINYIN_GLOSS_RE.finditer(text), PINYIN_GLOSSES_MIN)) < PINYIN_GLOSSES_MIN:
        return text
    return PINYIN_GLOSS_RE.sub("", text)


def repair_mixed_scripts(text: str) -> str:
    """Each word that mixes Latin and Cyrillic letters, written in the script most of its letters
    are in, when the others all have a look-alike there ("Kине" -> "Кине", "Рutin" -> "Putin");
    any other word as it is. Most texts mix none: one search tells."""
    if CYRILLIC_ANY_RE.search(text) is None or MIXED_SCRIPT_RE.search(text) is None:
        return text
    return LETTER_RUN_RE.sub(_one_script, text)


def _one_script(match: re.Match) -> str:
    word = match.group()
    latin = sum(1 for ch in word if "A" <= ch <= "z" and ch.isalpha())
    if not latin or latin == len(word):
        return word
    cyrillic = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
    if not cyrillic:
        return word
    if cyrillic >= latin and all(ch in LATIN_LOOKALIKES for ch in word if ch.isascii()):
        return word.translate(TO_CYRILLIC)
    if latin > cyrillic and all(ch in CYRILLIC_LOOKALIKES for ch in word if "\u0400" <= ch <= "\u04ff"):
        return word.translate(TO_LATIN)
    return word

