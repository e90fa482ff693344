"""The offline search index: built here, queried by ``theme/static/js/search.js``.

The index is a JavaScript file that sets ``window.KABAR_SEARCH`` and is loaded
with a ``<script>`` tag, so search works from disk (``file://``), where
``fetch()`` does not.

Matching ignores case and diacritics and handles affixes with stemmers:
Sastrawi for Indonesian (``bekerja`` -> ``kerja``, ``kunjungan`` and
``berkunjung`` -> ``kunjung``, ``bertemu`` and ``pertemuan`` -> ``temu``) on the
words Snowball sees an affix in, Snowball for the other languages it knows. The
browser cannot run those stemmers, so the index carries the vocabulary: every
folded word of the archive with the stem it was indexed under. A query word is
looked up there; a word the archive never uses gets a light affix strip and a
prefix match in the browser.

Index layout (all keys short, it is downloaded once per search page)::

    {"v": 1,
     "docs": [[url, title, lang, date, "RU-VN"], ...],
     "words": {folded word: stem index, or a list of them},
     "stems": [stem, ...],
     "post": [postings of stem i, ...]}

A posting list is a string of base-36 numbers separated by ``,``: the gaps
between document numbers, each followed by ``!`` when the word is in the title.
"""
from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from operator import and_, itemgetter, sub
from dataclasses import dataclass

from .record import UNDETERMINED
from .understand.textutil import strip_marks

TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)
SNOWBALL = {
    "ar": "arabic", "ca": "catalan", "da": "danish", "de": "german", "el": "greek", "en": "english",
    "es": "spanish", "eu": "basque", "fi": "finnish", "fr": "french", "hi": "hindi", "hu": "hungarian",
    "hy": "armenian", "it": "italian", "lt": "lithuanian", "ne": "nepali", "nl": "dutch", "no": "norwegian",
    "nb": "norwegian", "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian",
    "sv": "swedish", "ta": "tamil", "tr": "turkish", "ga": "irish", "cs": "czech", "et": "estonian",
}
MIN_STEM = 3  # stems shorter than this keep the word itself ("di", "ke" are not stems of anything)


@dataclass(frozen=True)
class SearchDoc:
    url: str
    title: str
    lang: str | None
    date: str | None
    pair: tuple[str, ...] | None
    text: str  # body text, boilerplate removed


fold = strip_marks  # lower case, diacritics off: exactly what ``fold`` in search.js does


@functools.lru_cache(maxsize=1)
def _sastrawi():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory  # noqa: PLC0415

    return StemmerFactory().create_stemmer()


@functools.lru_cache(maxsize=64)
def _snowball(name: str):
    import snowballstemmer  # noqa: PLC0415

    return snowballstemmer.stemmer(name)


def _indonesian_stem(word: str) -> str:
    """Sastrawi (dictionary-based, accurate, slow on words it cannot place) for the words
    Snowball's fast Indonesian stemmer sees an affix in; the other words are kept as they are.
    Names and foreign words, most of an archive's vocabulary, never reach Sastrawi."""
    if _snowball("indonesian").stemWord(word) == word:
        return word
    return _sastrawi().stem(word)


def stemmer_for(lang: str | None):
    """A function folded word -> stem for ``lang`` (identity when none fits)."""
    base = (lang or "").split("-")[0]
    if base in ("id", "ms"):
        stem = _indonesian_stem
    elif base in SNOWBALL:
        stem = _snowball(SNOWBALL[base]).stemWord
    else:
        return lambda word: word

    @functools.lru_cache(maxsize=None)
    def cached(word: str) -> str:
        if word.isdigit() or len(word) <= MIN_STEM:
            return word
        out = stem(word)
        return out if len(out) >= MIN_STEM else word

    return cached


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def _one_or_list(numbers: list[int]) -> int | list[int]:
    return numbers[0] if len(numbers) == 1 else numbers


def _forms(text: str) -> set[str]:
    """The folded words of ``text``; capitalised neighbours also joined ("Hà Nội" is also
    found as "Hanoi")."""
    tokens = TOKEN_RE.findall(text)
    folded = list(map(fold, tokens))
    capital = list(map(str.isupper, map(itemgetter(0), tokens)))
    forms = set(folded)
    forms.update(a + b for a, b, both in zip(folded, folded[1:], map(and_, capital, capital[1:])) if both)
    return forms


def _posting(numbers: list[int], titled: set[int], b36: list[str]) -> str:
    """Ascending document numbers as base-36 gaps, ``!`` after those with the word in the title."""
    gaps = list(map(b36.__getitem__, map(sub, numbers, [0, *numbers[:-1]])))
    if titled:
        gaps = [g + "!" if n in titled else g for g, n in zip(gaps, numbers)]
    return ",".join(gaps)


def build_index(docs: list[SearchDoc]) -> dict:
    """The search index of ``docs`` (kept in the given order)."""
    stemming: dict[str | None, tuple] = {}  # language -> (stemmer, its stem of every word seen)
    words: dict[str, set[str]] = defaultdict(set)  # one word, several stems when languages differ
    postings: dict[str, list[int]] = defaultdict(list)  # stem -> ascending document numbers
    titled: dict[str, set[int]] = defaultdict(set)  # stem -> documents with it in the title
    for number, doc in enumerate(docs):
        if doc.lang not in stemming:
            stemming[doc.lang] = (stemmer_for(doc.lang), {})
        stemmer, stem_of = stemming[doc.lang]
        title_forms = _forms(doc.title)
        forms = title_forms | _forms(doc.text)
        for form in forms.difference(stem_of):
            stem_of[form] = stem = stemmer(form)
            words[form].add(stem)
        for stem in set(map(stem_of.__getitem__, forms)):
            postings[stem].append(number)
        for stem in set(map(stem_of.__getitem__, title_forms)):
            titled[stem].add(number)
    stems = sorted(postings)
    stem_number = {s: i for i, s in enumerate(stems)}
    b36 = [_b36(n) for n in range(len(docs) + 1)]
    return {
        "v": 1,
        "docs": [[d.url, d.title, d.lang or UNDETERMINED, d.date or "", "-".join(d.pair) if d.pair else ""]
                 for d in docs],
        "words": {w: _one_or_list(sorted(stem_number[s] for s in ss)) for w, ss in sorted(words.items())},
        "stems": stems,
        "post": [_posting(postings[s], titled.get(s, set()), b36) for s in stems],
    }


def index_script(index: dict) -> str:
    """The index as a script that sets ``window.KABAR_SEARCH`` (works under file://)."""
    payload = json.dumps(index, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    # inert even if the file were ever inlined in a page
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f"window.KABAR_SEARCH={payload};\n"
