"""The persistent cache of understanding: each seed's record and linking features, kept between
builds so that an unchanged seed is not understood again.

JSON files in the cache folder (``KABAR["CACHE_DIR"]``): ``understanding.json`` (the format, the
code's version, the seeds' file status and the list of parts) and ``understanding/XX.json``, the
parts: the entries and line keys whose key begins with the two hex digits ``XX``. A build writes
only the parts whose entries changed (one new seed in a 10 000-seed folder: one part of about
200 kB, not 60 MB). An entry is found by a key that hashes everything its reading depends on:

* the seed's bytes (SHA-256), its path in the seeds folder, its article id and its kind (a text,
  or a saved web page, whose article is extracted first);
* the site-chrome lines of the folder that occur in it (a line recurring across the folder is
  chrome: adding seeds can change which lines those are, and so how this seed reads);
* the largest seed size read and the code's version (:func:`code_version`: the source of every
  module that shapes a record or its features, their data files, and the libraries' versions).

JSON, never pickle: a cache is data, not code (read and written by orjson, which writes the
50 MB cache of a 10 000-seed folder in a tenth of the time the standard library's ``json`` takes). A cache that cannot be read, is of another format
or another version of the code, or whose entry does not rebuild into a record of the seed's
bytes, is ignored with a warning, never trusted; so is a part (its seeds are read again, and it
is written anew). An entry is only ever found by its key, which names the seed's bytes: a part
written by a build that stopped before its list did holds nothing another build could misread. The output of a build does not depend on the
cache: with or without it, the same seeds give the same bytes (tested).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass, field
from importlib import metadata as importlib_metadata
from pathlib import Path

import orjson

from .linking import ArticleFeatures
from .linking.memo import MEMO_FORMAT, LinkMemo, memo_from_json, memo_to_json
from .linking.names import _Features
from .record import (
    ArticleRecord,
    Block,
    CountryFinding,
    DateFinding,
    LanguageFinding,
    ParsedText,
    ReadResult,
    Source,
)
from .understand.actors import Mention
from .understand.persons import PersonMention
from .understand.chrome import line_key
from .understand.headline import MAX_HEADLINE_CHARS
from .understand.parse import MAX_FURNITURE_CHARS, split_lines

logger = logging.getLogger(__name__)
# the longest line whose key the reader looks up among the chrome lines (parse: furniture lines;
# headline: candidates, never longer than a headline)
LOOKUP_MAX_CHARS = max(MAX_HEADLINE_CHARS, MAX_FURNITURE_CHARS)

CACHE_FILE = "understanding.json"
PARTS_DIR = "understanding"  # beside CACHE_FILE: the parts, one file per two hex digits
PART_NAME_RE = re.compile(r"[0-9a-f]{2}")  # (a part's name, and so its file, is nothing else)
STAT_SETTLED_NS = 2_000_000_000  # a seed's file status is trusted once it has not changed for this long
FORMAT = "kabar-understanding-cache/2"
PART_FORMAT = "kabar-understanding-part/1"
PLUGIN_DIR = Path(__file__).resolve().parent
# what shapes a record and its features: these sources, their data, these libraries
VERSIONED = ("understand", "linking", "data", "record.py", "reader.py", "render.py", "cache.py")
LIBRARIES = ("py3langid", "Babel", "anyascii", "numpy", "PySastrawi", "snowballstemmer",
             "trafilatura", "lxml", "jusText", "lxml_html_clean")  # (the last four: saved web pages)


def code_version() -> str:
    """A hash of the code and data that turn a seed into a record and its features."""
    digest = hashlib.sha256()
    for name in VERSIONED:
        path = PLUGIN_DIR / name
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in (".py", ".json")) \
            if path.is_dir() else [path]
        for file in files:
            digest.update(file.relative_to(PLUGIN_DIR).as_posix().encode())
            digest.update(file.read_bytes())
    for library in LIBRARIES:
        try:
            digest.update(f"{library}={importlib_metadata.version(library)}".encode())
        except importlib_metadata.PackageNotFoundError:
            digest.update(f"{library}=none".encode())
    return digest.hexdigest()


def line_keys(data: bytes) -> set[str] | None:
    """The keys (:func:`chrome.line_key`) of the lines of a seed the reader may look up among the
    folder's chrome lines (furniture and headline candidates: none longer than a headline can
    be); None when the bytes are not UTF-8 (the reader's own decoding may then make other lines:
    the whole chrome set counts)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return {line_key(line) for line in split_lines(text) if line and len(line) <= LOOKUP_MAX_CHARS}


def seed_key(raw_sha256: str, path: str, article_id: str | None, size: int, max_bytes: int,
             chrome_lines: list[str], kind: str = "txt") -> str:
    """The key of one seed's entry: its bytes, where it is, what it is called, its size, the
    largest seed read, the folder's chrome lines its reading may meet (sorted) and the kind of
    file it is (a text, or a saved web page read through its extraction)."""
    payload = json.dumps([raw_sha256, path, article_id, size, max_bytes, chrome_lines, kind], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# --- records <-> JSON ------------------------------------------------------------------------


def _record_json(r: ArticleRecord) -> dict:
    p, d = r.parsed, r.date
    return {
        "id": r.id, "source_file": r.source_file, "title": r.title, "title_derived": r.title_derived,
        "parsed": {"title": p.title, "blocks": [[b.kind, b.text] for b in p.blocks],
                   "source": [p.source.name, p.source.url], "removed": list(p.removed), "stamps": list(p.stamps),
                   "today": list(p.today)},
        "language": [r.language.code, r.language.confidence],
        "countries": {"codes": list(r.countries.codes), "scope": r.countries.scope,
                      "counts": [list(c) for c in r.countries.counts]},
        "date": {"iso": d.iso, "evidence": d.evidence, "year_inferred": d.year_inferred, "how": d.how,
                 "month_day": d.month_day, "weekday": d.weekday,
                 "day_of_month": list(d.day_of_month) if d.day_of_month else None, "published": d.published,
                 "around": list(d.around) if d.around else None, "written": list(d.written),
                 "month_day_to": d.month_day_to, "after": d.after},
        "summary": r.summary, "raw_sha256": r.raw_sha256, "warnings": list(r.warnings),
        "people": [[m.person, m.country, m.start, m.end] for m in r.people],
        "venue": list(r.venue),
        "persons": [[m.name, m.start, m.end, m.title, m.country, m.leader] for m in r.persons],
        "original": r.original,
    }


def _record(j: dict, reading: str = "") -> ArticleRecord:
    p, d = j["parsed"], j["date"]
    return ArticleRecord(
        id=j["id"], source_file=j["source_file"], title=j["title"], title_derived=j["title_derived"],
        parsed=ParsedText(p["title"], tuple(Block(k, t) for k, t in p["blocks"]), Source(*p["source"]),
                          tuple(p["removed"]), tuple(p["stamps"]), tuple(p.get("today", ()))),
        language=LanguageFinding(*j["language"]),
        countries=CountryFinding(tuple(j["countries"]["codes"]), j["countries"]["scope"],
                                 tuple(tuple(c) for c in j["countries"]["counts"])),
        date=DateFinding(d["iso"], d["evidence"], d["year_inferred"], d["how"], d["month_day"], d["weekday"],
                         tuple(d["day_of_month"]) if d["day_of_month"] else None, d["published"],
                         tuple(d["around"]) if d["around"] else None, tuple(d["written"]), d["month_day_to"], d["after"]),
        summary=j["summary"], raw_sha256=j["raw_sha256"], warnings=tuple(j["warnings"]),
        people=tuple(Mention(*m) for m in j["people"]),
        venue=tuple(j["venue"]),
        persons=tuple(PersonMention(*m) for m in j["persons"]),
        original=j["original"], reading=reading,
    )


def _features_json(a: ArticleFeatures) -> dict:
    f = a.features
    return {
        "day": f.day, "countries": list(f.countries), "pair": list(f.pair) if f.pair else None,
        "names": f.names, "fulls": {str(g): sorted(keys) for g, keys in f.fulls.items()},
        "places": sorted(f.places), "lead": sorted(f.lead), "numbers": f.numbers,
        "md": list(f.md) if f.md else None, "weekday": f.weekday, "dom": list(f.dom) if f.dom else None,
        "venue": sorted(f.venue), "principals": sorted(f.principals), "around": list(f.around) if f.around else None,
        "call": f.call, "written": sorted(f.written), "sessions": sorted(f.sessions), "after": f.after,
        "set_at_summits": [list(span) for span in f.set_at_summits], "summits": [list(span) for span in f.summits],
        "runs": list(a.runs), "displays": a.displays,
    }


def _features(j: dict) -> ArticleFeatures:
    f = _Features(j["day"], tuple(j["countries"]), tuple(j["pair"]) if j["pair"] else None, dict(j["names"]),
                  {int(g): frozenset(keys) for g, keys in j["fulls"].items()}, frozenset(j["places"]),
                  frozenset(j["lead"]), dict(j["numbers"]), tuple(j["md"]) if j["md"] else None, j["weekday"],
                  tuple(j["dom"]) if j["dom"] else None, frozenset(j["venue"]),
                  frozenset(map(tuple, j["principals"])), tuple(j["around"]) if j["around"] else None, j["call"],
                  frozenset(map(tuple, j["written"])), frozenset(j["sessions"]), j["after"],
                  tuple(map(tuple, j["set_at_summits"])), tuple(map(tuple, j["summits"])))
    return ArticleFeatures(f, tuple(j["runs"]), j["displays"])


def result_json(result: ReadResult, features: ArticleFeatures | None) -> dict:
    return {"source_file": result.source_file, "status": result.status, "problems": list(result.problems),
            "record": _record_json(result.record) if result.record is not None else None,
            "features": _features_json(features) if features is not None else None}


def result_from_json(j: dict, reading: str = "") -> tuple[ReadResult, ArticleFeatures | None]:
    """A reading from its entry; ``reading``: the entry's key (the record's ``reading``)."""
    record = _record(j["record"], reading) if j["record"] is not None else None
    features = _features(j["features"]) if j["features"] is not None else None
    return ReadResult(j["source_file"], j["status"], record, tuple(j["problems"])), features


# --- the cache file --------------------------------------------------------------------------


@dataclass
class UnderstandingCache:
    """Entries loaded from the cache folder, and those this build adds."""

    folder: Path | None
    version: str
    entries: dict[str, dict] = field(default_factory=dict)  # key -> entry (JSON)
    used: set[str] = field(default_factory=set)
    added: int = 0
    # seed bytes (SHA-256) -> [its short lines' keys, the keys the reader may look up (None: not
    # UTF-8)], whatever the folder: what the chrome pre-pass needs of an unchanged seed
    lines: dict[str, list] = field(default_factory=dict)
    lines_used: set[str] = field(default_factory=set)
    # seed path -> [size, mtime_ns, ctime_ns, inode, SHA-256] when its bytes were last hashed: a
    # seed whose file status is still that is not read again to know its bytes (see sha_by_stat)
    stats: dict[str, list] = field(default_factory=dict)
    stats_now: dict[str, list] = field(default_factory=dict)
    changed_parts: set[str] = field(default_factory=set)  # parts to write (see part_of)

    @classmethod
    def load(cls, folder: Path | None, version: str | None = None) -> "UnderstandingCache":
        """``version``: :func:`code_version`, when the caller has it already."""
        version = version or code_version()
        cache = cls(folder, version)
        if folder is None:
            return cache
        path = folder / CACHE_FILE
        if not path.exists():
            return cache
        try:
            data = orjson.loads(path.read_bytes())
        except (OSError, ValueError) as err:  # (orjson's errors, invalid UTF-8 among them, are ValueErrors)
            logger.warning("understanding cache %s cannot be read (%s): ignored, every seed is read again",
                           path, err)
            return cache
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("parts"), list):
            if isinstance(data, dict) and str(data.get("format", "")).startswith(FORMAT.split("/")[0]):
                logger.info("understanding cache %s is of an earlier format: every seed is read again", path)
            else:
                logger.warning("understanding cache %s is not a Kabar cache: ignored, every seed is read again",
                               path)
            return cache
        if data.get("version") != version:
            logger.info("understanding cache %s is of another version of the code: every seed is read again", path)
            return cache
        stats = data.get("stats")
        cache.stats = stats if isinstance(stats, dict) else {}
        for name in data["parts"]:
            if isinstance(name, str) and PART_NAME_RE.fullmatch(name):
                cache._load_part(name)
        return cache

    def _load_part(self, name: str) -> None:
        path = self.folder / PARTS_DIR / f"{name}.json"
        try:
            part = orjson.loads(path.read_bytes())
        except (OSError, ValueError) as err:
            logger.warning("understanding cache: the part %s cannot be read (%s): its seeds are read again", path, err)
            self.changed_parts.add(name)
            return
        if not (isinstance(part, dict) and part.get("format") == PART_FORMAT and part.get("version") == self.version
                and isinstance(part.get("entries"), dict) and isinstance(part.get("lines"), dict)):
            logger.warning("understanding cache: %s is not a part of it: ignored, its seeds are read again", path)
            self.changed_parts.add(name)
            return
        self.entries.update(part["entries"])
        self.lines.update(part["lines"])

    def sha_by_stat(self, path: str, status: os.stat_result) -> str | None:
        """The SHA-256 of the seed at ``path`` (in the seeds folder) when its file status (size,
        modification and change times to the nanosecond, inode) is the one it had when an earlier
        build hashed it; None otherwise (it is read and hashed: :meth:`put_stat`)."""
        entry = self.stats.get(path)
        if not (isinstance(entry, list) and len(entry) == 5 and isinstance(entry[4], str)):
            return None
        if entry[:4] != [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino]:
            return None
        self.stats_now[path] = entry
        return entry[4]

    def put_stat(self, path: str, status: os.stat_result, raw_sha256: str, now_ns: int) -> None:
        """Keep the file status under which ``path`` had these bytes, unless the file changed too
        recently to tell (a write within the file system's clock tick could leave the status as
        it is: as git does, such a file is hashed again next time)."""
        if max(status.st_mtime_ns, status.st_ctime_ns) > now_ns - STAT_SETTLED_NS:
            return
        self.stats_now[path] = [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, raw_sha256]

    def get(self, key: str, raw_sha256: str) -> tuple[ReadResult, ArticleFeatures | None] | None:
        """The entry of ``key``, rebuilt, when it is whole and of these bytes; else None."""
        entry = self.entries.get(key)
        if entry is None:
            return None
        try:
            result, features = result_from_json(entry, key)
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as err:
            logger.warning("understanding cache: a damaged entry (%s: %s) is ignored; its seed is read again",
                           type(err).__name__, err)
            del self.entries[key]
            self.changed_parts.add(part_of(key))
            return None
        if result.record is not None and result.record.raw_sha256 != raw_sha256:
            logger.warning("understanding cache: the entry of %s is not of its bytes: ignored, it is read again",
                           result.source_file)
            del self.entries[key]
            self.changed_parts.add(part_of(key))
            return None
        return result, features

    def line_keys_of(self, raw_sha256: str) -> tuple[list[str], list[str] | None] | None:
        """The line keys of a seed of these bytes (each list sorted, no key twice), when an
        earlier build counted them."""
        entry = self.lines.get(raw_sha256)
        if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], list)
                and (entry[1] is None or isinstance(entry[1], list))):
            return None
        self.lines_used.add(raw_sha256)
        return entry[0], entry[1]

    def put_line_keys(self, raw_sha256: str, short: set[str], lookup: set[str] | None
                      ) -> tuple[list[str], list[str] | None]:
        """Keep a seed's line keys; returns them as :meth:`line_keys_of` gives them."""
        entry = self.lines[raw_sha256] = [sorted(short), sorted(lookup) if lookup is not None else None]
        self.lines_used.add(raw_sha256)
        self.changed_parts.add(part_of(raw_sha256))
        self.added += 1
        return entry[0], entry[1]

    def keep(self, key: str) -> None:
        """The entry of ``key`` served this build: it stays."""
        self.used.add(key)

    def put(self, key: str, result: ReadResult, features: ArticleFeatures | None) -> None:
        self.entries[key] = result_json(result, features)
        self.used.add(key)
        self.changed_parts.add(part_of(key))
        self.added += 1

    def save(self) -> None:
        """Keep the entries of this build's seeds (others are dropped), when anything changed:
        the parts whose entries or line keys changed, then the list of parts."""
        if self.folder is None:
            return
        stale = set(self.entries) - self.used
        stale_lines = set(self.lines) - self.lines_used
        main = self.folder / CACHE_FILE
        if not self.added and not stale and not stale_lines and not self.changed_parts \
                and self.stats_now == self.stats and main.exists():
            return
        for key in stale:
            del self.entries[key]
        for sha in stale_lines:
            del self.lines[sha]
        changed = self.changed_parts | {part_of(k) for k in stale} | {part_of(k) for k in stale_lines}
        if not main.exists():  # (a first build, or one after a cache that was not used: every part)
            changed |= {part_of(k) for k in self.entries} | {part_of(k) for k in self.lines}
        parts: dict[str, dict] = {name: {"entries": {}, "lines": {}} for name in changed}
        for key in sorted(self.entries):
            if (part := parts.get(part_of(key))) is not None:
                part["entries"][key] = self.entries[key]
        for sha in sorted(self.lines):
            if (part := parts.get(part_of(sha))) is not None:
                part["lines"][sha] = self.lines[sha]
        folder = self.folder / PARTS_DIR
        folder.mkdir(parents=True, exist_ok=True)
        for name in sorted(parts):
            path = folder / f"{name}.json"
            if not parts[name]["entries"] and not parts[name]["lines"]:
                path.unlink(missing_ok=True)
                continue
            _replace(path, orjson.dumps({"format": PART_FORMAT, "version": self.version, **parts[name]}))
        listed = sorted({part_of(k) for k in self.entries} | {part_of(k) for k in self.lines})
        for path in folder.glob("*.json"):  # (parts of no entry any more, or of an earlier cache)
            if path.stem not in listed:
                path.unlink(missing_ok=True)
        _replace(main, orjson.dumps({"format": FORMAT, "version": self.version, "parts": listed,
                                     "stats": {name: self.stats_now[name] for name in sorted(self.stats_now)}}))
        self.changed_parts = set()


def part_of(key: str) -> str:
    """The part an entry (by its key) or a seed's line keys (by its SHA-256) are kept in."""
    return key[:2]


def _replace(path: Path, data: bytes) -> None:
    temporary = path.with_suffix(f".tmp{os.getpid()}")
    temporary.write_bytes(data)
    os.replace(temporary, path)


# --- the linking's memo ---------------------------------------------------------------------------

LINK_MEMO_FILE = "linking.json"


def load_link_memo(folder: Path | None, version: str) -> LinkMemo | None:
    """The judgements an earlier build's linking made (:mod:`kabar.linking.memo`), to be read and
    refilled by this build's; None without the cache. A file that cannot be read, or is not a memo
    of this version of the code, is ignored (every pair is weighed again), with a warning when it
    is damaged."""
    if folder is None:
        return None
    memo = LinkMemo(version)
    path = folder / LINK_MEMO_FILE
    if not path.exists():
        return memo
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, ValueError) as err:
        logger.warning("linking memo %s cannot be read (%s): ignored, every pair is weighed again", path, err)
        return memo
    earlier = memo_from_json(data, version)
    if earlier is None:
        if not (isinstance(data, dict) and data.get("format") == MEMO_FORMAT and data.get("version") != version):
            logger.warning("linking memo %s is not a Kabar linking memo: ignored, every pair is weighed again", path)
        return memo
    return earlier


def save_link_memo(folder: Path | None, memo: LinkMemo | None) -> None:
    """Keep this build's judgements for the next, when they are not the last build's."""
    if folder is None or memo is None or (memo.now == memo.previous and memo.now_days == memo.previous_days):
        return
    folder.mkdir(parents=True, exist_ok=True)
    _replace(folder / LINK_MEMO_FILE, orjson.dumps(memo_to_json(memo)))
