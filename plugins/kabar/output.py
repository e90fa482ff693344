"""The output folder, kept between builds: a file is written only when its bytes change, and what
this build did not make is removed, so that a rebuild equals a cold build byte for byte while the
files it did not change keep their modification time (small deploy diffs, rsync, browser caches).

Every write goes to a temporary file renamed over the old one: a file is never written into, so a
raw copy that is a hard link to its seed can never change the seed.
"""
from __future__ import annotations

import dataclasses
import datetime
import functools
import hashlib
import logging
import os
import shutil
from collections.abc import Iterable
from importlib import metadata as importlib_metadata
from pathlib import Path

import orjson
from pelican.writers import FileOverwriteFailedError, Writer

logger = logging.getLogger(__name__)

TEMPORARY_PREFIX = ".kabar-writing-"


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        if path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _temporary(path: Path) -> Path:
    """Where a file is written before it is renamed over ``path`` (never written into)."""
    return path.with_name(f"{TEMPORARY_PREFIX}{os.getpid()}-{path.name}")


def replace_bytes(path: Path, data: bytes, *, new_in_place: bool = False) -> bool:
    """Give ``path`` these bytes unless it has them already; True when it was (re)written.
    A file is replaced whole (written beside it, then renamed over it: a reader never sees it
    half written). With ``new_in_place``, a file that is not there yet is written where it
    goes (a page of the output: a build stopped halfway leaves it short, and the next build,
    finding other bytes than it would write, writes it again), which spares a cold build a
    rename per page."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        size = None
    except OSError:
        size = -1
    if size == len(data) and _same_bytes(path, data):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    if size is None and new_in_place:
        try:
            with open(path, "xb") as fh:
                fh.write(data)
            return True
        except FileExistsError:
            pass  # (made meanwhile: replaced as any other)
    temporary = _temporary(path)
    temporary.write_bytes(data)
    os.replace(temporary, path)
    return True


def replace_with_chunks(path: Path, chunks: Iterable[bytes]) -> bool:
    """:func:`replace_bytes` for a file made piece by piece, never held whole in memory: written
    beside ``path``, then kept only when its bytes differ from the file there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _temporary(path)
    with open(temporary, "wb") as fh:
        for chunk in chunks:
            fh.write(chunk)
    if _same_file_bytes(temporary, path):
        temporary.unlink()
        return False
    os.replace(temporary, path)
    return True


def _same_file_bytes(a: Path, b: Path, block: int = 1 << 20) -> bool:
    try:
        if a.stat().st_size != b.stat().st_size:
            return False
        with open(a, "rb") as fa, open(b, "rb") as fb:
            while True:
                x, y = fa.read(block), fb.read(block)
                if x != y:
                    return False
                if not x:
                    return True
    except OSError:
        return False


class OutputFolder:
    """What one build writes into the output folder, and the cleaning after it."""

    def __init__(self, root: Path, retention: tuple[str, ...] = ()) -> None:
        self.root = root
        self.retention = frozenset(retention)  # top-level names never removed (Pelican's OUTPUT_RETENTION)
        self.made: set[str] = set()  # paths (relative, "/") this build made, whoever wrote them
        self.rewritten = 0
        self.kept = 0

    def expect(self, rel: str) -> None:
        """A file this build makes elsewhere (a page written by the page helper, Pelican's copy of
        the theme): it is not stale."""
        self.made.add(rel.replace(os.sep, "/"))

    def keep(self, rel: str) -> None:
        """A file this build makes as the last build made it, left as it is."""
        self.expect(rel)
        self.kept += 1

    def write_text(self, rel: str, text: str) -> None:
        self.write_bytes(rel, text.encode("utf-8"))

    def write_bytes(self, rel: str, data: bytes) -> None:
        self.expect(rel)
        self._count(replace_bytes(self.root / rel, data, new_in_place=True))

    def write_chunks(self, rel: str, chunks: Iterable[bytes]) -> None:
        """A file made piece by piece (see :func:`replace_with_chunks`)."""
        self.expect(rel)
        self._count(replace_with_chunks(self.root / rel, chunks))

    def _count(self, rewritten: bool) -> None:
        if rewritten:
            self.rewritten += 1
        else:
            self.kept += 1

    def link_or_copy(self, source: Path, rel: str, hardlink: bool) -> bool:
        """A seed's untouched copy: a hard link when ``hardlink`` and the file system allow it,
        else a copy; an existing one that already is the seed, or has its bytes, is kept.
        Returns whether hard links still work (the caller stops trying after a failure)."""
        self.expect(rel)
        target = self.root / rel
        try:
            there = os.stat(target)
        except OSError:
            there = None
        if there is not None:
            try:
                seed = os.stat(source)
                if (seed.st_ino, seed.st_dev) == (there.st_ino, there.st_dev) \
                        or _same_bytes(target, source.read_bytes()):
                    self.kept += 1
                    return hardlink
            except OSError:
                pass
            target.unlink()
        target.parent.mkdir(parents=True, exist_ok=True)
        self.rewritten += 1
        if hardlink:
            try:
                os.link(source, target)
                return True
            except OSError:  # another file system, or one without hard links
                pass
        temporary = _temporary(target)
        shutil.copyfile(source, temporary)
        os.replace(temporary, target)
        return False

    def expect_tree(self, source: Path, rel: str) -> None:
        """Every file under ``source`` is copied to ``rel`` by someone else (Pelican's theme copy)."""
        if source.is_dir():
            for path in source.rglob("*"):
                if path.is_file():
                    self.expect(f"{rel}/{path.relative_to(source).as_posix()}")

    def remove_stale(self, protected: list[Path | None] = ()) -> int:
        """Remove every file (and then empty folder) this build did not make; returns how many.
        Nothing is removed when the output folder holds (or is) one of the ``protected`` paths
        (the seeds, the content, the theme, the cache: an output folder set to the project's)."""
        root = self.root.resolve()
        for path in protected:
            if path is not None and (path.resolve() == root or path.resolve().is_relative_to(root)):
                logger.warning("the output folder %s holds %s: files the build did not make are left in it",
                               self.root, path)
                return 0
        removed = 0
        top = str(self.root)
        for folder, dirs, files in os.walk(top, topdown=False):
            # (paths as strings: a Path per file was most of this walk over tens of thousands of files)
            inside = os.path.relpath(folder, top).replace(os.sep, "/")
            if inside != "." and inside.split("/", 1)[0] in self.retention:
                continue
            prefix = "" if inside == "." else inside + "/"
            for name in files:
                rel = prefix + name
                if rel not in self.made and rel not in self.retention:
                    os.unlink(os.path.join(folder, name))
                    removed += 1
            if inside != "." and not os.listdir(folder):
                os.rmdir(folder)
        return removed


class KeepingWriter(Writer):
    """Pelican's writer, writing a page only when its bytes change. ``_open_w`` is where Pelican
    (4.12) opens the file it renders into: its bookkeeping (a name written once unless overridden)
    is kept as it is, the file is not opened."""

    def _open_w(self, filename, encoding, override=False):
        if filename in self._overridden_files:
            if override:
                raise FileOverwriteFailedError(f'Failed to overwrite "{filename}" a second time')
            return open(os.devnull, "w", encoding=encoding)
        if filename in self._written_files and not override:
            raise FileOverwriteFailedError(f'Failed to overwrite "{filename}": written before in this build')
        if override:
            self._overridden_files.add(filename)
        self._written_files.add(filename)
        return _ChangedOnly(Path(filename), encoding)


class _ChangedOnly:
    """A text file object that, on closing, gives its path the written text if it changed."""

    def __init__(self, path: Path, encoding: str) -> None:
        self.path, self.encoding, self.parts = path, encoding, []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def close(self) -> None:
        replace_bytes(self.path, "".join(self.parts).encode(self.encoding), new_in_place=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.close()


# --- pages not rendered again ----------------------------------------------------------------

PAGES_FILE = "pages.json"  # in the cache folder: page -> (fingerprint, size, mtime) of the last build
PAGES_FORMAT = "kabar-pages/1"


class Unfingerprintable(TypeError):
    """A page context holds something whose content cannot be hashed: the page is always rendered."""


_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})


def fingerprint(value, memo: dict[int, tuple[object, bytes]]) -> bytes:
    """A digest of everything ``value`` holds (scalars, containers, dataclasses, dates, paths),
    the same for equal content in any build. ``memo`` keeps the digests of containers met before
    (and the containers themselves, so that their ids stay theirs) within one build."""
    if type(value) in _SCALAR_TYPES:
        return hashlib.blake2b(_scalar(value), digest_size=16).digest()
    return _container(value, memo)


def _scalar(value) -> bytes:
    if type(value) is str:  # (the commonest: its bytes with their length, no repr)
        data = value.encode("utf-8", "surrogatepass")
        return b"s%d:" % len(data) + data
    return f"{type(value).__name__}:{value!r}\x00".encode("utf-8", "surrogatepass")


_FIELDS: dict[type, tuple[str, ...]] = {}  # dataclass -> its field names


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _feed(digest, value, memo) -> None:
    kind = type(value)
    if kind in _SCALAR_TYPES or isinstance(value, str):  # (Markup is a str)
        digest.update(_scalar(value))
        return
    seen = memo.get(id(value))
    if seen is not None:  # (the commonest of the rest: a record's page, an event, shown on many pages)
        digest.update(seen[1])
        return
    if kind is list or kind is dict:
        digest.update(_container(value, memo))
        return
    if kind is tuple:
        if _SCALAR_TYPES.issuperset(map(type, value)):
            digest.update(b"T" + _scalar(value))  # a tuple of scalars, written as it is
        else:
            digest.update(_container(value, memo))
        return
    if kind is functools.partial:
        digest.update(_container(value, memo))
        return
    stand_in = getattr(value, "content_key", None)  # a record: the key of its reading, if known
    if stand_in is not None:
        key = stand_in()
        if key is not None:
            fed = b"K" + key.encode("utf-8", "surrogatepass") + b"\x00"
            memo[id(value)] = (value, fed)  # (a record is on many pages: its key is made once)
            digest.update(fed)
            return
    if dataclasses.is_dataclass(kind):
        names = _field_names(kind)
        values = [getattr(value, name) for name in names]
        if _SCALAR_TYPES.issuperset(map(type, values)):  # a small one (a block, a mention): inline
            digest.update(kind.__qualname__.encode() + _scalar(tuple(values)))
            return
    digest.update(_container(value, memo))


def _digest_of(value, memo) -> bytes:
    """The digest of a set's item, fed as anywhere else (a container is memoised only when
    :func:`_feed` hands it to :func:`_container`, so a memoised digest stands for it everywhere)."""
    digest = hashlib.blake2b(digest_size=16)
    _feed(digest, value, memo)
    return digest.digest()


def _container(value, memo) -> bytes:
    seen = memo.get(id(value))
    if seen is not None:
        return seen[1]
    digest = hashlib.blake2b(digest_size=16)
    kind = type(value)
    if kind is list or kind is tuple or (kind is not dict and isinstance(value, (list, tuple))):
        if _SCALAR_TYPES.issuperset(map(type, value)):  # (written at once, as for a tuple in _feed)
            digest.update((b"l" if isinstance(value, list) else b"t") + _scalar(tuple(value)))
        else:
            digest.update(b"L[" if isinstance(value, list) else b"T[")
            for item in value:
                _feed(digest, item, memo)
            digest.update(b"]")
    elif kind is dict or isinstance(value, dict):
        keys = value.keys()
        ordered = sorted(keys) if all(type(k) is str for k in keys) else sorted(keys, key=repr)
        if _SCALAR_TYPES.issuperset(map(type, value.values())):
            digest.update(b"d" + _scalar(tuple((k, value[k]) for k in ordered)))
        else:
            digest.update(b"D{")
            for key in ordered:
                _feed(digest, key, memo)
                _feed(digest, value[key], memo)
            digest.update(b"}")
    elif kind is functools.partial:
        digest.update(getattr(value.func, "__qualname__", "?").encode())
        _feed(digest, value.args, memo)
        _feed(digest, value.keywords, memo)
    elif isinstance(value, (set, frozenset)):
        digest.update(b"S{")
        for item in sorted(_digest_of(item, memo) for item in value):
            digest.update(item)
        digest.update(b"}")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        digest.update(type(value).__qualname__.encode() + b"(")
        for name in _field_names(type(value)):
            digest.update(name.encode() + b"=")
            _feed(digest, getattr(value, name), memo)
        digest.update(b")")
    elif isinstance(value, (datetime.date, Path)):
        digest.update(f"{type(value).__name__}:{value}".encode())
    else:
        raise Unfingerprintable(type(value).__qualname__)
    result = digest.digest()
    memo[id(value)] = (value, result)
    return result


def render_version(theme: Path, plugin: Path, settings: dict) -> bytes:
    """What every page's bytes depend on besides its own context: the templates and catalogs, the
    plugin's code, the libraries that render, and the settings the templates read."""
    digest = hashlib.blake2b(digest_size=16)
    for folder in (theme / "templates", theme / "translations", plugin):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in (".html", ".po", ".py", ".json"):
                digest.update(path.as_posix().encode())
                digest.update(path.read_bytes())
    for library in ("pelican", "Jinja2", "babel", "MarkupSafe"):
        digest.update(f"{library}={importlib_metadata.version(library)}".encode())
    simple = {k: v for k, v in settings.items() if k.isupper() and isinstance(v, (str, int, float, bool, type(None)))}
    digest.update(repr(sorted(simple.items())).encode())
    return digest.digest()


class PageManifest:
    """The pages of the last build with their fingerprints, so that a page whose context has not
    changed, and whose file is still the one that build wrote, is not rendered again."""

    def __init__(self, folder: Path | None, version: bytes) -> None:
        self.path = folder / PAGES_FILE if folder is not None else None
        self.version = version.hex()
        self.previous: dict[str, list] = {}
        self.current: dict[str, list] = {}  # page -> [fingerprint (hex), size, mtime], this build
        if self.path is None or not self.path.exists():
            return
        try:
            data = orjson.loads(self.path.read_bytes())
            if data.get("format") == PAGES_FORMAT and data.get("version") == self.version:
                self.previous = {name: list(entry) for name, entry in data["pages"].items()}
        except (OSError, ValueError, AttributeError, TypeError) as err:
            logger.warning("page manifest %s cannot be read (%s): every page is rendered", self.path, err)

    def unchanged(self, root: Path, name: str, print_: bytes | None) -> bool:
        """Whether the page ``name`` is as the last build left it (same fingerprint, its file untouched)."""
        if print_ is None:
            return False
        printed = print_.hex()
        entry = self.previous.get(name)
        found = [printed]  # (with the file's size and time once known: see save)
        if entry is not None and entry[0] == printed:
            try:
                stat = os.stat(os.path.join(root, name))
                found = [printed, stat.st_size, stat.st_mtime_ns]
            except OSError:
                pass
        self.current[name] = found
        return found == entry

    def save(self, root: Path) -> None:
        """Keep this build's pages for the next: each with its fingerprint and its file's size and
        time (those of a page left alone known already; those of a page written, asked now)."""
        if self.path is None:
            return
        pages = {}
        for name, entry in sorted(self.current.items()):
            if len(entry) == 1:
                try:
                    stat = os.stat(os.path.join(root, name))
                except OSError:
                    continue
                entry = [entry[0], stat.st_size, stat.st_mtime_ns]
            pages[name] = entry
        self.path.parent.mkdir(parents=True, exist_ok=True)
        replace_bytes(self.path, orjson.dumps({"format": PAGES_FORMAT, "version": self.version, "pages": pages}))
