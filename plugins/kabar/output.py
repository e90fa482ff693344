"""The output folder, kept between builds: a file is written only when its bytes change, and what
this build did not make is removed, so that a rebuild equals a cold build byte for byte while the
files it did not change keep their modification time (small deploy diffs, rsync, browser caches).

Every write goes to a temporary file renamed over the old one: a file is never written into, so a
raw copy that is a hard link to its seed can never change the seed.
"""
from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

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


def replace_bytes(path: Path, data: bytes) -> bool:
    """Give ``path`` these bytes unless it has them already; True when it was (re)written."""
    if _same_bytes(path, data):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{TEMPORARY_PREFIX}{os.getpid()}-{path.name}")
    temporary.write_bytes(data)
    os.replace(temporary, path)
    return True


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

    def write_text(self, rel: str, text: str) -> None:
        self.write_bytes(rel, text.encode("utf-8"))

    def write_bytes(self, rel: str, data: bytes) -> None:
        self.expect(rel)
        if replace_bytes(self.root / rel, data):
            self.rewritten += 1
        else:
            self.kept += 1

    def link_or_copy(self, source: Path, rel: str, hardlink: bool) -> bool:
        """A seed's untouched copy: a hard link when ``hardlink`` and the file system allow it,
        else a copy; an existing one that already is the seed, or has its bytes, is kept.
        Returns whether hard links still work (the caller stops trying after a failure)."""
        self.expect(rel)
        target = self.root / rel
        if target.exists():
            try:
                if os.path.samefile(source, target) or _same_bytes(target, source.read_bytes()):
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
        temporary = target.with_name(f"{TEMPORARY_PREFIX}{os.getpid()}-{target.name}")
        shutil.copyfile(source, temporary)
        os.replace(temporary, target)
        return False

    def expect_tree(self, source: Path, rel: str) -> None:
        """Every file under ``source`` is copied to ``rel`` by someone else (Pelican's theme copy)."""
        if source.is_dir():
            for path in source.rglob("*"):
                if path.is_file():
                    self.expect(f"{rel}/{path.relative_to(source).as_posix()}")

    def remove_stale(self) -> int:
        """Remove every file (and then empty folder) this build did not make; returns how many."""
        removed = 0
        for folder, dirs, files in os.walk(self.root, topdown=False):
            base = Path(folder)
            if base != self.root and base.relative_to(self.root).parts[0] in self.retention:
                continue
            for name in files:
                rel = (base / name).relative_to(self.root).as_posix()
                if rel not in self.made and rel not in self.retention:
                    (base / name).unlink()
                    removed += 1
            if base != self.root and not any(base.iterdir()):
                base.rmdir()
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
        replace_bytes(self.path, "".join(self.parts).encode(self.encoding))

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.close()
