"""Tables built once per code version and kept between builds: a language's country matcher
(:func:`country_matcher.matcher_for`) takes about 70 ms to build, most of it compiling its
regular expressions of thousands of names; an archive of forty languages paid that in each
reading process at every build (about three seconds a process), the same tables every time.

What is kept: a dataclass of plain values (strings, numbers, None, tuples, frozensets, dicts) and
compiled patterns, as JSON (data, never pickle: nothing in the folder is run). A pattern is kept as
its source and the code Python's ``re`` compiles it to, and is made again from that code
(``_sre.compile``, what :func:`re.compile` itself ends with), skipping the parse and compile that
cost the time. The folder (``<virtualenv>/share/kabar/tables-<version>``, see :mod:`cache_root`)
is named by a hash of everything the tables depend on: this package's code, its data files, the
versions of Babel, anyascii and Python, and the regular-expression engine's own version. A file
that cannot be read, or whose pattern code the engine refuses, is ignored with a warning and the
table is built as if there were none; where nothing can be written, tables are built at every
build, as before.
"""
from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import re
import shutil
import sys
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Callable, TypeVar

import _sre
import orjson

from .cache_root import default_cache_root

logger = logging.getLogger(__name__)
T = TypeVar("T")
STORE_FORMAT = 1
KEEP_VERSIONS = 3  # version folders kept (the newest): other checkouts may share the virtualenv
PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR.parent / "data"
LIBRARIES = ("babel", "anyascii")  # (CLDR's names; the transliteration every name is folded by)
SAFE_NAME_RE = re.compile(r"[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*")  # the names of the kept files


def _installed(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "none"


@lru_cache(maxsize=1)
def version() -> str:
    """A hash of what the kept tables depend on (computed once per process)."""
    libraries = "|".join(f"{name} {_installed(name)}" for name in LIBRARIES)
    digest = hashlib.sha256(f"{STORE_FORMAT}|{sys.version}|{_sre.MAGIC}|{libraries}".encode())
    for folder, suffix in ((PACKAGE_DIR, ".py"), (DATA_DIR, ".json")):
        for path in sorted(folder.glob(f"*{suffix}")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


def pattern_data(pattern: re.Pattern) -> dict:
    """What :func:`pattern_from_data` makes ``pattern`` again from: its source and its code."""
    parsed = re._parser.parse(pattern.pattern, pattern.flags)  # noqa: SLF001  (re.compile's own steps)
    code = re._compiler._code(parsed, pattern.flags)  # noqa: SLF001
    indexgroup = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    return {"pattern": pattern.pattern, "flags": pattern.flags | parsed.state.flags, "code": list(code),
            "groups": parsed.state.groups - 1, "groupindex": dict(parsed.state.groupdict),
            "indexgroup": indexgroup}


def pattern_from_data(data: dict) -> re.Pattern:
    """The compiled pattern (the engine checks the code, and raises on any it would not run)."""
    if not isinstance(data.get("pattern"), str):
        raise ValueError("not a kept pattern")
    return _sre.compile(data["pattern"], data["flags"], data["code"], data["groups"],
                        data["groupindex"], tuple(data["indexgroup"]))


def encode(value):
    """``value`` as JSON-able data, tagged so that :func:`decode` makes the same types again."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, re.Pattern):
        return {"re": pattern_data(value)}
    if isinstance(value, frozenset):  # (a set would come back frozen: not kept)
        items = [encode(v) for v in value]
        return {"frozenset": sorted(items, key=orjson.dumps)}  # (a stable file)
    if isinstance(value, tuple):
        return {"tuple": [encode(v) for v in value]}
    if isinstance(value, list):
        return {"list": [encode(v) for v in value]}
    if isinstance(value, dict):
        return {"dict": [[encode(k), encode(v)] for k, v in value.items()]}  # (its order kept)
    raise TypeError(f"cannot keep a {type(value).__name__}")


def decode(data):
    if not isinstance(data, dict):
        return data
    (tag, body), = data.items()
    if tag == "re":
        return pattern_from_data(body)
    if tag == "frozenset":
        return frozenset(decode(v) for v in body)
    if tag == "tuple":
        return tuple(decode(v) for v in body)
    if tag == "list":
        return [decode(v) for v in body]
    if tag == "dict":
        return {decode(k): decode(v) for k, v in body}
    raise ValueError(f"unknown tag {tag!r}")


def _folder(root: Path) -> Path:
    return root / f"tables-{version()}"


def load_or_build(name: str, cls: type[T], build: Callable[[], T], root: Path | None = None,
                  nested: dict[str, type] | None = None) -> T:
    """The table ``name`` (a dataclass ``cls``): as kept for this version, else built by ``build``
    and kept for the next build (when the folder can be written). ``nested``: the fields that are
    dataclasses themselves (of plain values), by name, with their class."""
    root = root if root is not None else default_cache_root()
    if root is None or SAFE_NAME_RE.fullmatch(name) is None:
        return build()  # (a name from a page's own language tag is no file name)
    path = _folder(root) / f"{name}.json"
    if path.is_file():
        try:
            data = orjson.loads(path.read_bytes())
            if data.get("name") != name or data.get("version") != version():
                raise ValueError("another table's file")
            return _from_fields(cls, data["fields"], nested or {})
        except (OSError, ValueError, TypeError, KeyError, RuntimeError, AttributeError, OverflowError) as err:
            logger.warning("kept table %s unreadable (%s); building it again", path, err)
    made = build()
    try:
        _keep(path, name, made)
    except (OSError, TypeError, ValueError) as err:
        logger.debug("table %s not kept: %s", path, err)
    return made


def _fields(made) -> dict:
    """A dataclass's fields, encoded (a field that is a dataclass: its own fields)."""
    return {f.name: {"fields": _fields(value)} if dataclasses.is_dataclass(value := getattr(made, f.name))
            else encode(value) for f in dataclasses.fields(made)}


def _from_fields(cls: type[T], fields: dict, nested: dict[str, type]) -> T:
    return cls(**{name: nested[name](**{k: decode(v) for k, v in value["fields"].items()})
                  if name in nested else decode(value) for name, value in fields.items()})


def _keep(path: Path, name: str, made) -> None:
    fields = _fields(made)
    blob = orjson.dumps({"name": name, "version": version(), "fields": fields})
    new_folder = not path.parent.is_dir()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(blob)
        os.replace(tmp, path)  # (whole or not at all: a reader never sees half a file)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    if new_folder:
        _prune(path.parent.parent)


def _prune(root: Path) -> None:
    """Keep the newest :data:`KEEP_VERSIONS` version folders (a change of code makes a new one)."""
    folders = sorted((p for p in root.glob("tables-*") if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in folders[KEEP_VERSIONS:]:
        shutil.rmtree(old, ignore_errors=True)
