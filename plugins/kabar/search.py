"""The offline search index: built here, queried by ``theme/static/js/search.js``.

Matching ignores case and diacritics and handles affixes with stemmers:
Sastrawi for Indonesian (``bekerja`` -> ``kerja``, ``kunjungan`` and
``berkunjung`` -> ``kunjung``, ``bertemu`` and ``pertemuan`` -> ``temu``) on the
words Snowball sees an affix in, Snowball for the other languages it knows. The
browser cannot run those stemmers, so the index carries the vocabulary: every
folded word of the archive with the stem it was indexed under. A query word is
looked up there; a word the archive never uses gets a light affix strip and a
prefix match in the browser.

``build_index`` makes the whole index as one object; ``index_files`` splits it
into the files the site serves, each a script that a ``<script>`` tag loads, so
search works from disk (``file://``), where ``fetch()`` does not:

- ``search/index.js`` (loaded by the search page) sets ``window.KABAR_SEARCH``
  to what a query needs before it asks for anything else::

      {"v": 2, "n": number of documents, "chunk": documents per document file,
       "keys": [shard key, ...]}

- ``search/t/{name}.js``, one per shard key, adds ``{"w": {word: stem or [stems]},
  "p": {stem: posting list}}`` to ``window.KABAR_SEARCH_SHARD["t/{name}"]``: the
  words and the stems owned by that key. A string (word or stem) is owned by the
  longest key it begins with. Every key is at least the first two characters of
  what it owns (one-character words have their own); a key whose words and
  postings would pass ``SHARD_BYTES`` is split by the next character, the small
  pieces staying with it. All the words a typed prefix of two characters or more
  begins are owned by the prefix's owner or by keys that begin with the prefix,
  so a prefix match knows which files to ask for.
- ``search/d/{i}.js`` adds documents ``i * chunk`` to ``(i + 1) * chunk - 1``
  (``[url, title, lang, date, "RU-VN"]``; a person's is ``["people/{slug}.html", name, "",
  "", "", "person", reports]``, its URL inside the searching page's section) to
  ``window.KABAR_SEARCH_SHARD["d/{i}"]``: a query loads the files of the results it shows.

The people with a page come first (by name, found by their names and the variants of them),
then the reports newest first (undated last, the given order within a day), so that the number
is the tie-break between equal scores: a person comes before the reports that name them. A posting list
is a string of base-36 numbers separated by ``,``: the gaps between document
numbers, each followed by ``!`` when the word is in the title. Every file is
written with sorted keys and no date: the same documents give the same bytes.
"""
from __future__ import annotations

import functools
import json
import logging
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from operator import and_, itemgetter, sub
from pathlib import Path

import orjson

from . import site
from .record import UNDETERMINED, ArticleRecord
from .understand.textutil import strip_marks

logger = logging.getLogger(__name__)

TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)
SNOWBALL = {
    "ar": "arabic", "ca": "catalan", "da": "danish", "de": "german", "el": "greek", "en": "english",
    "es": "spanish", "eu": "basque", "fi": "finnish", "fr": "french", "hi": "hindi", "hu": "hungarian",
    "hy": "armenian", "it": "italian", "lt": "lithuanian", "ne": "nepali", "nl": "dutch", "no": "norwegian",
    "nb": "norwegian", "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian",
    "sv": "swedish", "ta": "tamil", "tr": "turkish", "ga": "irish", "cs": "czech", "et": "estonian",
}
MIN_STEM = 3  # stems shorter than this keep the word itself ("di", "ke" are not stems of anything)
SHARD_BYTES = 48 * 1024  # a term file passes this only when one word's postings alone do
KEY_LENGTH = 2  # the shortest shard key (shorter only for a word that short)
DOC_CHUNK = 16  # documents per document file (a query loads the files of the 100 results it shows)
PLAIN_NAME_RE = re.compile(r"[a-z0-9]")  # key characters kept as they are in file names
WINDOWS_DEVICE_RE = re.compile(r"con|prn|aux|nul|com[0-9]|lpt[0-9]")  # no file of these names on Windows
REGISTRY = "window.KABAR_SEARCH_SHARD"


@dataclass(frozen=True)
class SearchDoc:
    url: str
    title: str
    lang: str | None
    date: str | None
    pair: tuple[str, ...] | None
    text: str  # body text, boilerplate removed
    kind: str = ""  # "person" for a person's page ("" for a report)
    reports: int = 0  # a person's: how many reports name them
    key: str = ""  # a report's reading key (ArticleRecord.reading), for FormsCache; not in the index


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


def stemmers_version() -> str:
    """The versions of the stemming libraries (a stem kept between builds is one of theirs)."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    found = []
    for package in ("PySastrawi", "snowballstemmer"):
        try:
            found.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            found.append(f"{package} ?")
    return "; ".join(found)


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


def search_docs(records: Iterable[ArticleRecord], urls: dict[str, str]) -> list[SearchDoc]:
    """The documents of ``records`` (``urls``: article id -> URL) as the site build indexes them,
    newest first."""
    pages = [site.ArticlePage(r, urls[r.id], site.section_of(r), "") for r in records]
    # (a report that gives a span of days, no single one, is shown undated: see site.ArticlePage.span)
    return [SearchDoc(url=p.url, title=p.record.title, lang=p.record.lang, date=p.record.date.iso, pair=p.pair,
                      text=p.record.parsed.body_text, key=p.record.reading) for p in site.newest_first(pages)]


def person_docs(persons) -> list[SearchDoc]:
    """The documents of the people with a page (:class:`people.Person`), by name: found by their
    name and its variants (not by their titles, which find the reports)."""
    ordered = sorted(persons, key=lambda p: (strip_marks(p.name), p.slug))
    return [SearchDoc(url=f"people/{p.slug}.html", title=p.name, lang=None, date=None, pair=None,
                      text=" ".join(p.variants), kind="person", reports=len(p.articles)) for p in ordered]


def newest_first(docs: list[SearchDoc]) -> list[SearchDoc]:
    """People first (in the given order), then dated documents newest first, then undated ones;
    the given order within a day."""
    people = [d for d in docs if d.kind]
    return people + sorted((d for d in docs if not d.kind), key=lambda d: d.date or "", reverse=True)


def doc_forms(doc: SearchDoc) -> tuple[set[str], set[str]]:
    """(the folded words of a document's title, those of its title and text)."""
    title_forms = _forms(doc.title)
    return title_forms, title_forms | _forms(doc.text)


class FormsCache:
    """The folded words of each report (:func:`doc_forms`) from the last build, by the key of its
    reading (which hashes its bytes, path and the understanding code), and the stems of the words
    of each language: a rebuild folds only its new reports' texts, two thirds of the index's cost,
    and stems only the words it has not met (the Indonesian stemmer, which looks words up in its
    dictionary, was most of the rest). ``version`` must change with this module's folding and the
    stemmers' versions (:func:`stemmers_version`). A file that cannot be read, or of another
    version, is as none."""

    FORMAT = "kabar-search-forms/2"

    def __init__(self, path: Path | None, version: str) -> None:
        self.path, self.version = path, version
        self.known: dict[str, list[str]] = {}
        self.now: dict[str, list[str]] = {}
        self.known_stems: dict[str, dict[str, str]] = {}  # language -> word -> stem
        self.now_stems: dict[str, dict[str, str]] = {}
        if path is None or not path.exists():
            return
        try:
            data = orjson.loads(path.read_bytes())
            if isinstance(data, dict) and data.get("format") == self.FORMAT and data.get("version") == version \
                    and isinstance(data.get("docs"), dict):
                self.known = data["docs"]
                stems = data.get("stems")
                if isinstance(stems, dict):
                    self.known_stems = {lang: table for lang, table in stems.items() if isinstance(table, dict)}
        except (OSError, ValueError) as err:
            logger.warning("search cache %s cannot be read (%s): every report's words are found again", path, err)

    def forms(self, doc: SearchDoc) -> tuple[set[str], set[str]]:
        if not doc.key or self.path is None:
            return doc_forms(doc)
        entry = self.known.get(doc.key)
        if isinstance(entry, list) and len(entry) == 2 and all(isinstance(e, str) for e in entry):
            title, rest = set(entry[0].split()), set(entry[1].split())
            self.now[doc.key] = entry
            return title, title | rest
        title, forms = doc_forms(doc)
        self.now[doc.key] = [" ".join(sorted(title)), " ".join(sorted(forms - title))]
        return title, forms

    def stemmer(self, lang: str | None, stem):
        """``stem`` (:func:`stemmer_for` ``lang``) answering from the last build's stems first;
        the stems this build uses are kept (only theirs)."""
        if self.path is None:
            return stem
        known = self.known_stems.get(lang or "", {})
        used = self.now_stems.setdefault(lang or "", {})

        def cached(word: str) -> str:
            if word.isdigit() or len(word) <= MIN_STEM:
                return stem(word)  # (its own stem: not worth keeping)
            out = known.get(word)
            if type(out) is not str:  # (a stem is a string; anything else in the file is not trusted)
                out = stem(word)
            used[word] = out
            return out

        return cached

    def save(self) -> None:
        """Keep the words of this build's reports (only theirs), when they are not the file's already."""
        if self.path is None or (self.now == self.known and self.now_stems == self.known_stems):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(f".tmp{os.getpid()}")
        temporary.write_bytes(orjson.dumps({"format": self.FORMAT, "version": self.version,
                                            "docs": self.now, "stems": self.now_stems},
                                           option=orjson.OPT_SORT_KEYS))
        os.replace(temporary, self.path)


def build_index(docs: list[SearchDoc], forms: FormsCache | None = None) -> dict:
    """The whole search index of ``docs``, numbered newest first (see ``newest_first``)::

        {"v": 1, "docs": [[url, title, lang, date, "RU-VN"], ...],
         "words": {folded word: stem number, or a list of them}, "stems": [stem, ...],
         "post": [posting list of stem i, ...]}

    ``index_files`` splits it into the files the site serves."""
    docs = newest_first(docs)
    stemming: dict[str | None, tuple] = {}  # language -> (stemmer, its stem of every word seen)
    words: dict[str, set[str]] = defaultdict(set)  # one word, several stems when languages differ
    postings: dict[str, list[int]] = defaultdict(list)  # stem -> ascending document numbers
    titled: dict[str, set[int]] = defaultdict(set)  # stem -> documents with it in the title
    for number, doc in enumerate(docs):
        if doc.lang not in stemming:
            stem = stemmer_for(doc.lang)
            stemming[doc.lang] = (forms.stemmer(doc.lang, stem) if forms is not None else stem, {})
        stemmer, stem_of = stemming[doc.lang]
        title_forms, doc_words = forms.forms(doc) if forms is not None else doc_forms(doc)
        for form in doc_words.difference(stem_of):
            stem_of[form] = stem = stemmer(form)
            words[form].add(stem)
        for stem in set(map(stem_of.__getitem__, doc_words)):
            postings[stem].append(number)
        for stem in set(map(stem_of.__getitem__, title_forms)):
            titled[stem].add(number)
    stems = sorted(postings)
    stem_number = {s: i for i, s in enumerate(stems)}
    b36 = [_b36(n) for n in range(len(docs) + 1)]
    return {
        "v": 1,
        "docs": [[d.url, d.title, d.lang or UNDETERMINED, d.date or "", "-".join(d.pair) if d.pair else ""]
                 if not d.kind else [d.url, d.title, "", "", "", d.kind, d.reports] for d in docs],
        "words": {w: _one_or_list(sorted(stem_number[s] for s in ss)) for w, ss in sorted(words.items())},
        "stems": stems,
        "post": [_posting(postings[s], titled.get(s, set()), b36) for s in stems],
    }


# ------------------------------------------------------------------ the files

def _json(data) -> str:
    """Compact JSON with sorted keys, inert even if it were ever inlined in a page."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def shard_name(key: str) -> str:
    """The file name (without ``.js``) of a shard key: ASCII letters and digits as they are, any
    other character as ``_{hex code point}_`` (``ru`` -> ``ru``, ``пу`` -> ``_43f__443_``); a name
    Windows keeps for a device gets a ``_`` (``con`` -> ``con_``), and so does the empty key.
    ``shardName`` in search.js is the same function."""
    name = "".join(c if PLAIN_NAME_RE.fullmatch(c) else f"_{ord(c):x}_" for c in key)
    return f"{name}_" if not name or WINDOWS_DEVICE_RE.fullmatch(name) else name


def owner(text: str, keys: set[str], longest: int) -> str | None:
    """The shard key that owns ``text`` (a word or a stem): the longest key it begins with (a key
    shorter than ``KEY_LENGTH`` owns only itself)."""
    for length in range(min(len(text), longest), min(len(text), KEY_LENGTH) - 1, -1):
        if text[:length] in keys:
            return text[:length]
    return None


def _split(prefix: str, items: list[tuple[str, int]], cap: int) -> list[str]:
    """The keys for ``items`` ((string, bytes), sorted, all beginning with ``prefix``, too many bytes
    for one file): ``prefix`` itself owns the string equal to it and the pieces of one more
    character that fit beside it (in order); a larger piece gets its own key, or is split again."""
    depth = len(prefix) + 1
    kept = sum(size for text, size in items if len(text) < depth)
    keys = []
    pieces: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for text, size in items:
        if len(text) >= depth:
            pieces[text[:depth]].append((text, size))
    for piece, piece_items in sorted(pieces.items()):
        size = sum(s for _, s in piece_items)
        if size > cap:
            keys += _split(piece, piece_items, cap)
        elif kept + size <= cap:
            kept += size
        else:
            keys.append(piece)
    return [prefix, *keys] if kept else keys


def shard_keys(sizes: dict[str, int], cap: int = SHARD_BYTES) -> list[str]:
    """The shard keys (sorted) for strings of the given sizes in bytes: the first ``KEY_LENGTH``
    characters of each, and longer keys where those would own more than ``cap`` bytes."""
    groups: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for text, size in sorted(sizes.items()):
        groups[text[:KEY_LENGTH]].append((text, size))
    keys = []
    for key, items in groups.items():
        if sum(size for _, size in items) > cap:
            keys += _split(key, items, cap)
        else:
            keys.append(key)
    return sorted(keys)


def _shard_script(shard_id: str, payload: str) -> str:
    return f"({REGISTRY}={REGISTRY}||{{}})[{json.dumps(shard_id)}]={payload};\n"


def index_files(index: dict, cap: int = SHARD_BYTES, chunk: int = DOC_CHUNK) -> dict[str, str]:
    """The files of ``index`` (from ``build_index``): path under ``search/`` -> script text."""
    stems: list[str] = index["stems"]
    words = {w: stems[s] if isinstance(s, int) else [stems[i] for i in s] for w, s in index["words"].items()}
    sizes: dict[str, int] = defaultdict(int)  # about the bytes each string adds to its file
    for word, its_stems in words.items():
        sizes[word] += _size(word) + sum(_size(s) + 3 for s in its_stems) + 4
    for stem, posting in zip(stems, index["post"]):
        sizes[stem] += _size(stem) + len(posting) + 6
    keys = shard_keys(sizes, cap)
    key_set, longest = set(keys), max(map(len, keys), default=0)
    shards: dict[str, dict[str, dict]] = {key: {"p": {}, "w": {}} for key in keys}
    for word, its_stems in words.items():
        shards[owner(word, key_set, longest)]["w"][word] = its_stems
    for stem, posting in zip(stems, index["post"]):
        shards[owner(stem, key_set, longest)]["p"][stem] = posting
    docs = index["docs"]
    files = {"index.js": f"window.KABAR_SEARCH={_json({'chunk': chunk, 'keys': keys, 'n': len(docs), 'v': 2})};\n"}
    for key in keys:
        shard_id = f"t/{shard_name(key)}"
        files[f"{shard_id}.js"] = _shard_script(shard_id, _json(shards[key]))
    for number, start in enumerate(range(0, len(docs), chunk)):
        files[f"d/{number}.js"] = _shard_script(f"d/{number}", _json(docs[start:start + chunk]))
    logger.debug("search index: %d documents, %d term files, %d document files", len(docs), len(keys),
                 len(files) - len(keys) - 1)
    return files
