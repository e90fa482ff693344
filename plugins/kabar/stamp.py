"""The build stamp: whether anything a build reads has changed since the last build.

A build reads the seeds folder, the editor's files (``content/``, the overrides and the permalinks
registry), the settings, the theme, the plugin's code and the libraries it uses. The stamp is a
hash of all of it, the seeds and editor's files by their listing and file status (path, kind,
size, modification time in nanoseconds, inode: what ``git status`` and ``make`` trust), the rest
by its bytes. When a build starts with the stamp the last build stored, and the output folder is
file for file as that build left it (same listing, sizes and modification times), nothing it
would write can differ: the build leaves the folder as it is and says so in one line. Anything
else (a seed touched, added or removed, a template edited, a page deleted from the output, a file
dropped into it) makes a whole build, with the understanding cache and the page fingerprints.

Nothing here imports pelican.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
import sys
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from pathlib import Path

from .output import replace_bytes

logger = logging.getLogger(__name__)

STAMP_FILE = "build.json"
STAMP_FORMAT = 1
# An input changed this close to (or after) the build's start may change again within one tick of
# the file system's clock, size unchanged, and look untouched ("racy git"): such a build stores
# no stamp, and the next one is a whole build.
RACY_NS = 2_000_000_000


def _walk(root: Path, digest, skip: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Feed ``digest`` with every entry under ``root`` (sorted): its path, kind and status; a link
    with what it points at. Returns the number of files and the newest modification time (ns).
    ``skip``: absolute folder paths left out."""
    files = newest = 0
    pending = [(str(root), b"")]
    while pending:
        folder, prefix = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as err:
            digest.update(b"unreadable " + prefix + f" {err.errno}\0".encode())
            continue
        for entry in entries:
            if entry.path in skip:
                continue
            name = prefix + os.fsencode(entry.name)
            try:
                if entry.is_symlink():
                    info = os.stat(entry.path)  # (what the link points at)
                    digest.update(b"L" + name + b"\0" + os.fsencode(os.path.realpath(entry.path)) + b"\0")
                else:
                    info = entry.stat(follow_symlinks=False)
            except OSError:
                digest.update(b"?" + name + b"\0")
                continue
            if stat.S_ISDIR(info.st_mode):
                digest.update(b"D" + name + b"\0")
                if not entry.is_symlink():
                    pending.append((entry.path, name + b"/"))
                continue
            files += 1
            newest = max(newest, info.st_mtime_ns)
            digest.update(b"F" + name + f"\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ino}\0".encode())
    return files, newest


def _plain(value):
    """A setting as plain data (paths as text; objects by their type's name, never their address)."""
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if hasattr(value, "__dataclass_fields__"):
        return _plain(asdict(value))
    return type(value).__qualname__


def inputs_stamp(*, versions: Iterable[str], settings: Mapping, folders: Iterable[Path | None],
                 files: Iterable[Path | None]) -> tuple[str, int]:
    """The stamp of a build's inputs: ``versions`` (the code's, the theme's: hashes of their bytes),
    ``settings`` (Pelican's, upper-case keys), ``folders`` (the seeds folder, ``content/``: by their
    listing and status) and ``files`` (editor's files that may live elsewhere: by status); with the
    newest modification time among the folders' and files' (ns)."""
    newest = 0
    digest = hashlib.sha256(f"kabar build stamp {STAMP_FORMAT}\0{sys.version}\0".encode())
    for version in versions:
        digest.update(version.encode() + b"\0")
    plain = {k: _plain(v) for k, v in settings.items() if k.isupper()}
    digest.update(json.dumps(plain, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8"))
    for folder in folders:
        digest.update(f"\0folder {folder}\0".encode("utf-8", "surrogateescape"))
        if folder is not None and folder.is_dir():
            newest = max(newest, _walk(folder, digest)[1])
    for path in files:
        digest.update(f"\0file {path}\0".encode("utf-8", "surrogateescape"))
        try:
            info = path.stat() if path is not None else None
        except OSError:
            info = None
        if info is not None:
            newest = max(newest, info.st_mtime_ns)
            digest.update(f"{info.st_size}\0{info.st_mtime_ns}\0{info.st_ino}".encode())
    return digest.hexdigest(), newest


def output_state(root: Path, skip: Iterable[Path | None] = ()) -> tuple[str, int]:
    """The output folder as it is: a hash of its listing and every file's status, and its file count."""
    digest = hashlib.sha256(b"kabar output\0")
    skipped = frozenset(str(p) for p in skip if p is not None)
    files = _walk(root, digest, skipped)[0] if root.is_dir() else 0
    return digest.hexdigest(), files


class BuildStamp:
    """The last build's stamp (in the cache folder) and this build's."""

    def __init__(self, folder: Path, inputs: tuple[str, int], output: Path, started_ns: int) -> None:
        self.path = folder / STAMP_FILE
        self.inputs, self.newest_input = inputs
        self.started = started_ns  # (the clock when the inputs were looked at)
        self.output = output
        self.last: dict = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("format") == STAMP_FORMAT:
                self.last = data
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as err:
            logger.warning("build stamp %s cannot be read (%s): a whole build follows", self.path, err)

    def unchanged(self, skip: Iterable[Path | None] = ()) -> int | None:
        """The number of the last build's reports when nothing has changed since it (inputs, and
        the output folder as it left it), else None."""
        last = self.last
        if last.get("inputs") != self.inputs or last.get("output_path") != str(self.output):
            return None
        state, _ = output_state(self.output, skip)
        if state != last.get("output"):
            return None
        reports = last.get("reports")
        return reports if isinstance(reports, int) else None

    def forget(self) -> None:
        """A build that starts to change the output: the stored stamp no longer holds (were this
        build to stop half-way, the next one must not take the folder for finished)."""
        if self.last:
            self.last = {}
            try:
                self.path.unlink()
            except FileNotFoundError:
                pass

    def save(self, reports: int, skip: Iterable[Path | None] = ()) -> bool:
        """Store this build's stamp once its output is complete (unless an input is too recent to
        trust its status: :data:`RACY_NS`); returns whether it was stored."""
        if self.newest_input > self.started - RACY_NS:
            logger.debug("build stamp: an input changed at the build's start; none stored")
            return False
        state, files = output_state(self.output, skip)
        data = {"format": STAMP_FORMAT, "inputs": self.inputs, "output_path": str(self.output),
                "output": state, "files": files, "reports": reports}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        replace_bytes(self.path, json.dumps(data, indent=1).encode("utf-8"))
        return True
