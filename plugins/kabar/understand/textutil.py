"""Small Unicode helpers shared by the pure modules: folding, tokens, slugs.

``fold`` turns text of any script into lower-case ASCII without diacritics
(``Hà Nội`` -> ``ha noi``, ``Путин`` -> ``putin``) with anyascii, so that names
compare across spellings and scripts.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from anyascii import anyascii

WORD_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", re.UNICODE)
SLUG_STRIP_RE = re.compile(r"[^a-z0-9]+")
SPACE_RE = re.compile(r"\s+")


def normalize_space(text: str) -> str:
    """NFC, non-breaking and odd spaces to plain spaces, runs collapsed."""
    text = unicodedata.normalize("NFC", text)
    return SPACE_RE.sub(" ", text.replace("\u00a0", " ")).strip()


# letters that NFD does not decompose; the same table is in theme/static/js/search.js
EXTRA_FOLD = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"})


class _MarksTable(dict):
    """``str.translate`` table that drops combining marks (Unicode category M), memoised."""

    def __missing__(self, codepoint: int) -> int | None:
        kept = None if unicodedata.category(chr(codepoint)).startswith("M") else codepoint
        self[codepoint] = kept
        return kept


MARKS_TABLE = _MarksTable()


@functools.lru_cache(maxsize=200_000)
def strip_marks(text: str) -> str:
    """Lower case without diacritics, script kept (``Hà Nội`` -> ``ha noi``, ``Путин`` -> ``путин``).
    Cheaper than :func:`fold`; what the browser's search does too."""
    return unicodedata.normalize("NFD", text.lower()).translate(MARKS_TABLE).translate(EXTRA_FOLD)


class _FoldTable(dict):
    """``str.translate`` table: any character -> its lower-case anyascii transliteration, memoised.
    anyascii maps character by character, so translating with this table is ``anyascii(text)
    .lower()`` without a Python call per character of a long text."""

    def __missing__(self, codepoint: int) -> str:
        folded = anyascii(chr(codepoint)).lower()
        self[codepoint] = folded
        return folded


FOLD_TABLE = _FoldTable({c: chr(c).lower() for c in range(128)})


def fold(text: str) -> str:
    """Lower-case ASCII transliteration of ``text`` (diacritics dropped)."""
    text = unicodedata.normalize("NFC", text)
    return text.lower() if text.isascii() else text.translate(FOLD_TABLE)


def tokens(text: str) -> list[str]:
    """Folded word and number tokens of ``text``."""
    return WORD_RE.findall(fold(text))


def slugify(text: str, max_length: int = 60) -> str:
    """A readable ASCII slug: ``Hà Nội talks`` -> ``ha-noi-talks``."""
    slug = SLUG_STRIP_RE.sub("-", fold(text)).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug or "article"
