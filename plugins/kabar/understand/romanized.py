"""Listed people named in scripts the leaders' list spells no names in: Georgian, Armenian,
Ethiopic and the scripts of South Asia ("ანგელა მერკელი", "ቭላድሚር ፑቲን", "നരേന്ദ്ര മോദി"; Devanagari, in which it
spells India's and Nepal's leaders only: "आंद्रेज प्लेनकोविच"); and in
the Arabic script (Arabic, Persian, Urdu), which the list spells for a few of them only
("بيوتر بوروشينكو": Petro Poroshenko).

A first and a last name written one after the other are romanized (:func:`textutil.fold`) and
compared by their consonant skeletons (:func:`textutil.skeleton`) with the listed Latin names'
("angela merk'eli" and "Angela Merkel" both give "nhl mrkl"); the last name may carry a case ending
of one or two consonants ("merk'elis", Georgian genitive) when the two are long enough. A name whose
skeletons are two people's counts for neither, and a skeleton too short to tell people apart is
not looked for. Two words always: a surname alone is too often another word.

The Arabic script writes long vowels with the letters that also write w and y and no short
vowels, has no p (Persian writes one), and writes the soft g of "Angela" as j: its names are
compared without those letters after a word's first, with p as b and j as g's class, on both
sides (:func:`arabic_index`, :func:`find_arabic`); an "al-" or a one-letter conjunction or
preposition glued before a first name ("وفلاديمير": and Vladimir) is not part of it.

Pure: text in, mentions out.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .textutil import fold, skeleton

# a word in one of those scripts (with the joiners some of them write inside words)
# (not the danda, "।", that ends a sentence in Devanagari and Bengali)
ROMANIZED_WORD_RE = re.compile(r"[\u0530-\u058f\u0900-\u0963\u0966-\u0dff\u10a0-\u10ff\u1200-\u139f\u1c90-\u1cbf"
                               r"\u200c\u200d]+")
# the anusvara of the scripts of South Asia before a consonant: a nasal sounded as that consonant, an n
# but before one of the lips ("आंद्रेज प्लेनकोविच", Andrej Plenković: "andrej", not the "amdrej" anyascii writes)
ANUSVARA_RE = re.compile("[\u0902\u0982\u0a02\u0a70\u0a82\u0b02\u0b82\u0c02\u0c82\u0d02]"
                         "(?=[\u0915-\u0939\u0995-\u09b9\u0a15-\u0a39\u0a95-\u0ab9\u0b15-\u0b39\u0b95-\u0bb9"
                         "\u0c15-\u0c39\u0c95-\u0cb9\u0d15-\u0d39])"
                         "(?![\u092a-\u092e\u09aa-\u09ae\u0a2a-\u0a2e\u0aaa-\u0aae\u0b2a-\u0b2e\u0baa\u0bae"
                         "\u0c2a-\u0c2e\u0caa-\u0cae\u0d2a-\u0d2e])")
DEVANAGARI_RE = re.compile("[\u0900-\u097f]")
DEVANAGARI_MIN_FIRST = 2  # consonant classes of a first name written in Devanagari, at least (or:)
DEVANAGARI_MIN_LAST = 4  # ... of its last name
DEVANAGARI_ENDING_MAX = 1  # ... and of a postposition glued to the last name
# a word of a name's that is an honorific many others carry: not a first name to read the name by
HONORIFIC_WORDS = frozenset({"sheikh", "shaikh", "sheik", "shaykh", "sheykh", "sheekh", "cheikh", "sayyid", "syed",
                             "emir", "amir", "sultan"})
NAME_GAP_CHARS = frozenset({" ", "\u00a0", "-"})  # what stands between a first and a last name
LATIN_NAME_RE = re.compile(r"[A-Za-z][A-Za-z'\- ]*")  # a listed name written in the Latin script (folded)
NOT_LETTER_RE = re.compile(r"[^a-z]+")
MIN_FIRST = 1  # consonant classes of a first name's skeleton, at least
MIN_LAST = 2  # ... of a last name's
MIN_BOTH = 5  # ... of the two together ("Abiy Ahmed", "b hmd", is too short to be told from others)
CASE_ENDING_MAX = 2  # consonant classes a case ending adds to a last name ("merk'elis": "mrkls")
GLUED_ENDING_MAX = 2  # letters of an ending a hyphen joins to a word, not a first name ("-ზე", "-da")
MIN_BOTH_ENDED = 6  # ... and the two names' classes, at least, when one is read as such an ending

Key = tuple[str, str]

# --- the Arabic script ----------------------------------------------------------------------
ARABIC_WORD_RE = re.compile(r"[\u0620-\u064a\u064b-\u065f\u066e-\u06d3\u06fa-\u06ff]+")
ARABIC_MARKS_RE = re.compile(r"[\u064b-\u065f\u0670]")  # (short vowels and other marks, when written)
ARABIC_ARTICLE = "ال"
ARABIC_PREFIXES = frozenset("وبلف")  # "and", "by/with", "for", "so": glued before a word
INNER_VOWEL_LETTERS_RE = re.compile(r"(?<=.)[wy]")  # (romanized: long vowels after a word's first letter)
ARABIC_CLASSES = str.maketrans({"p": "b", "j": "h"})  # (on both sides: no p; soft g written j)
# consonant classes of a first name and of a last name, at least: without their vowels, shorter
# names are too often others' ("میاں محمد", Mian Muhammad, is "mn mhmd", as Amina Mohamed)
ARABIC_MIN_NAME = 3
# the offices written after a name, never a last name ("عباس كامل مدير مكتب …": Abbas Kamel, director
# of the office, not the listed "Kamel Madouri", whose skeleton "مدير" shares)
ARABIC_OFFICE_WORDS = frozenset({"مدير", "المدير", "رئيس", "الرئيس", "وزير", "الوزير", "نائب", "سفير", "السفير",
                                 "مستشار", "المستشار", "قائد", "مساعد", "المساعد", "متحدث", "المتحدث"})


def _skeleton_of(word: str) -> str:
    # (fold transliterates as anyascii does; the anusvara before a consonant not of the lips as n)
    return skeleton(NOT_LETTER_RE.sub("", fold(ANUSVARA_RE.sub("n", word))))


def skeleton_index(names: Iterable[tuple[str, str]]) -> dict[Key, str]:
    """(first name's skeleton, last name's) -> person id, from (person id, name) pairs (names in the
    Latin script of two words or more; a three-word name gives its first and last words and its
    last two); a key two people share -> ""."""
    index: dict[Key, str] = {}
    for person, name in names:
        folded = fold(name)
        if not LATIN_NAME_RE.fullmatch(folded):
            continue
        words = [w for w in re.split(r"[\s\-]+", folded) if w]
        if len(words) < 2:
            continue
        pairs = {(words[0], words[-1])}
        if words[-2] not in HONORIFIC_WORDS:  # ("Hassan Sheikh Mohamud" is no "Sheikh Mohammed")
            pairs.add((words[-2], words[-1]))
        for first, last in pairs:
            key = (_skeleton_of(first), _skeleton_of(last))
            if len(key[0]) < MIN_FIRST or len(key[1]) < MIN_LAST or len(key[0]) + len(key[1]) < MIN_BOTH:
                continue
            index[key] = person if index.get(key, person) == person else ""
    return index


def _word_pairs(text: str, word_re: re.Pattern) -> list[tuple[re.Match, re.Match]]:
    """Two words of ``word_re`` one after the other, a space or a hyphen between: a first and a
    last name, maybe."""
    words = list(word_re.finditer(text))
    return [(a, b) for a, b in zip(words, words[1:])
            if 0 < b.start() - a.end() <= 1 and text[a.end()] in NAME_GAP_CHARS]


def find_romanized(text: str, index: dict[Key, str]) -> list[tuple[str, int, int]]:
    """(person id, start, end) of each listed person ``text`` names by first and last name in one
    of those scripts, in order."""
    found: list[tuple[str, int, int]] = []
    taken = -1
    for a, b in _word_pairs(text, ROMANIZED_WORD_RE):
        if a.start() < taken:
            continue
        if len(a.group()) <= GLUED_ENDING_MAX and a.start() > 1 and text[a.start() - 1] == "-" \
                and text[a.start() - 2].isalpha():
            continue  # (a postposition hyphened to the word before: "ტვიტერ-ზე ჩინეთის", on Twitter … China's)
        first, last = _skeleton_of(a.group()), _skeleton_of(b.group())
        # (Hindi, Marathi and Nepali, in Devanagari, write many words of few consonants, and glue one
        #  postposition at most to a name, "जिनपिङले": a first name of two classes at least, or a last of four,
        #  and one class of an ending, "में शंघाई" (in Shanghai) no Manmohan Singh and "सम्मान पुरस्कार" (an
        #  honour, an award) no Shimon Peres)
        devanagari = DEVANAGARI_RE.match(a.group()) is not None
        if devanagari and len(first) < DEVANAGARI_MIN_FIRST and len(last) < DEVANAGARI_MIN_LAST:
            continue
        cuts = DEVANAGARI_ENDING_MAX if devanagari else CASE_ENDING_MAX
        person = _looked_up(index, first, last, cuts)
        if person is None and "j" in first + last:  # (the scripts of South Asia write z as j: "শাহবাজ", Shehbaz)
            person = _looked_up(index, first.replace("j", "s"), last.replace("j", "s"), cuts)
        if person:
            found.append((person, a.start(), b.end()))
            taken = b.end()
    return found


def _looked_up(index: dict[Key, str], first: str, last: str, cuts: int = CASE_ENDING_MAX) -> str | None:
    """The person whose skeletons are ``first`` and ``last`` (the last maybe with a case ending of
    ``cuts`` classes at most); "" for a key two people share, None for none."""
    for cut in range(cuts + 1):
        stem = last[:len(last) - cut]
        if len(stem) < MIN_LAST or cut and len(first) + len(stem) < MIN_BOTH_ENDED:
            break
        person = index.get((first, stem))
        if person is not None:
            return person
    return None


def _arabic_skeleton(word: str) -> str:
    """The skeleton of a name written in the Arabic script, in the classes :func:`arabic_index` keys."""
    word = ARABIC_MARKS_RE.sub("", word)
    if word.startswith(ARABIC_ARTICLE) and len(word) > len(ARABIC_ARTICLE) + 2:
        word = word[len(ARABIC_ARTICLE):]
    return skeleton(INNER_VOWEL_LETTERS_RE.sub("", NOT_LETTER_RE.sub("", fold(word)))).translate(ARABIC_CLASSES)


def arabic_index(names: Iterable[tuple[str, str]]) -> dict[Key, str]:
    """:func:`skeleton_index` of the listed Latin names in the classes of the Arabic script's (see
    the module docstring)."""
    index: dict[Key, str] = {}
    for (first, last), person in skeleton_index(names).items():
        key = (first.translate(ARABIC_CLASSES), last.translate(ARABIC_CLASSES))
        if len(key[0]) < ARABIC_MIN_NAME or len(key[1]) < ARABIC_MIN_NAME:
            continue
        index[key] = person if index.get(key, person) == person else ""
    return index


def find_arabic(text: str, index: dict[Key, str]) -> list[tuple[str, int, int]]:
    """(person id, start, end) of each listed person ``text`` names by first and last name in the
    Arabic script, in order."""
    found: list[tuple[str, int, int]] = []
    taken = -1
    for a, b in _word_pairs(text, ARABIC_WORD_RE):
        if a.start() < taken:
            continue
        if b.group() in ARABIC_OFFICE_WORDS:
            continue
        last = _arabic_skeleton(b.group())
        if len(last) < ARABIC_MIN_NAME:
            continue
        firsts = [(a.start(), a.group())]
        if a.group()[0] in ARABIC_PREFIXES and len(a.group()) > 3:
            firsts.append((a.start() + 1, a.group()[1:]))
        for start, word in firsts:
            first = _arabic_skeleton(word)
            if len(first) < ARABIC_MIN_NAME:
                continue
            person = index.get((first, last))
            if person is not None:
                if person:
                    found.append((person, start, b.end()))
                    taken = b.end()
                break
    return found
