"""Listed people named in scripts the leaders' list spells no names in: Georgian, Armenian,
Ethiopic and the scripts of South Asia ("ანგელა მერკელი", "ቭላድሚር ፑቲን", "നരേന്ദ്ര മോദി").

A first and a last name written one after the other are romanized (:func:`textutil.fold`) and
compared by their consonant skeletons (:func:`textutil.skeleton`) with the listed Latin names'
("angela merk'eli" and "Angela Merkel" both give "nhl mrkl"); the last name may carry a case ending
of one or two consonants ("merk'elis", Georgian genitive) when the two are long enough. A name whose
skeletons are two people's counts for neither, and a skeleton too short to tell people apart is
not looked for. Two words always: a surname alone is too often another word.

Pure: text in, mentions out.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .textutil import fold, skeleton

# a word in one of those scripts (with the joiners some of them write inside words)
ROMANIZED_WORD_RE = re.compile(r"[\u0530-\u058f\u0980-\u0dff\u10a0-\u10ff\u1200-\u139f\u1c90-\u1cbf\u200c\u200d]+")
NAME_GAP_CHARS = frozenset({" ", "\u00a0", "-"})  # what stands between a first and a last name
LATIN_NAME_RE = re.compile(r"[A-Za-z][A-Za-z'\- ]*")  # a listed name written in the Latin script (folded)
NOT_LETTER_RE = re.compile(r"[^a-z]+")
MIN_FIRST = 1  # consonant classes of a first name's skeleton, at least
MIN_LAST = 2  # ... of a last name's
MIN_BOTH = 5  # ... of the two together ("Abiy Ahmed", "b hmd", is too short to be told from others)
CASE_ENDING_MAX = 2  # consonant classes a case ending adds to a last name ("merk'elis": "mrkls")
MIN_BOTH_ENDED = 6  # ... and the two names' classes, at least, when one is read as such an ending

Key = tuple[str, str]


def _skeleton_of(word: str) -> str:
    return skeleton(NOT_LETTER_RE.sub("", fold(word)))  # (fold transliterates as anyascii does)


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
        for first, last in {(words[0], words[-1]), (words[-2], words[-1])}:
            key = (_skeleton_of(first), _skeleton_of(last))
            if len(key[0]) < MIN_FIRST or len(key[1]) < MIN_LAST or len(key[0]) + len(key[1]) < MIN_BOTH:
                continue
            index[key] = person if index.get(key, person) == person else ""
    return index


def find_romanized(text: str, index: dict[Key, str]) -> list[tuple[str, int, int]]:
    """(person id, start, end) of each listed person ``text`` names by first and last name in one
    of those scripts, in order."""
    found: list[tuple[str, int, int]] = []
    words = list(ROMANIZED_WORD_RE.finditer(text))
    taken = -1
    for a, b in zip(words, words[1:]):
        if a.start() < taken or not 0 < b.start() - a.end() <= 1 or text[a.end()] not in NAME_GAP_CHARS:
            continue
        first, last = _skeleton_of(a.group()), _skeleton_of(b.group())
        for cut in range(CASE_ENDING_MAX + 1):
            stem = last[:len(last) - cut]
            if len(stem) < MIN_LAST or cut and len(first) + len(stem) < MIN_BOTH_ENDED:
                break
            person = index.get((first, stem))
            if person is not None:
                if person:
                    found.append((person, a.start(), b.end()))
                    taken = b.end()
                break
    return found
