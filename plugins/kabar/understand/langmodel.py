"""The py3langid model, loaded and run fast, with the same answers bit for bit.

Two costs of py3langid dominate a build of thousands of articles, and both go here:

* **Loading.** The model ships LZMA-compressed: decompressing it takes about half a second at
  every build and leaves about 70 MB of private memory. The first load in a virtualenv writes
  the decompressed tables to ``<virtualenv>/share/kabar/langid-<hash of the model file>-v<N>``;
  later loads map those files (a few milliseconds; the pages are shared by the processes of a
  build and stay in the page cache between builds). Outside a virtualenv, or where the folder
  cannot be written, the model is loaded as shipped and run by py3langid itself.
* **Scoring.** py3langid walks its byte automaton in a Python loop, a step per byte (about a
  millisecond for a 3 000-character article). The automaton is Aho–Corasick over byte n-grams:
  after any text its state is the trie node of the longest suffix of the text that is in the
  trie, and no node is deeper than ``depth`` bytes (measured from the tables when the cache is
  written). So the state after each byte is the state reached by reading just the ``depth``
  bytes that end there from the start state, which numpy does for every position at once in
  ``depth`` vectorised steps. Features are then counted and scored in py3langid's own order,
  with the table widened from float16 to float32 once (numpy widens it at every product
  otherwise), so the scores are the same floats. A test compares both on many texts.
"""
from __future__ import annotations

import hashlib
import json
import logging
import mmap
import os
import shutil
import tempfile
from array import array
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from .cache_root import default_cache_root

logger = logging.getLogger(__name__)
CACHE_FORMAT = 2
MANIFEST = "manifest.json"


def shipped_model_file() -> Path:
    path = Path(MODEL_FILE)
    return path if path.is_absolute() else Path(MODEL_DIR) / path


def cache_folder(root: Path, model_file: Path) -> Path:
    digest = hashlib.sha256(model_file.read_bytes()).hexdigest()[:16]
    return root / f"langid-{digest}-v{CACHE_FORMAT}"


def load_shipped(model_file: Path | None = None) -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(model_file or shipped_model_file(), norm_probs=True)


def automaton_depth(nextmove, row) -> int:
    """The deepest state of the automaton: the most bytes it takes to reach any state from
    the start state (breadth first over all 256 bytes at once)."""
    nm = np.asarray(nextmove)
    rowbase = np.asarray(row, dtype=np.int64) << 8
    seen = np.zeros(len(rowbase), dtype=bool)
    seen[0] = True
    frontier, depth = np.array([0]), 0
    while frontier.size:
        reached = np.unique(nm[(rowbase[frontier][:, None] + np.arange(256)).ravel()])
        frontier = reached[~seen[reached]]
        seen[frontier] = True
        depth += 1 if frontier.size else 0
    return depth


class FastIdentifier(LanguageIdentifier):
    """py3langid's identifier with the automaton walked by numpy (see the module's text)."""

    def __init__(self, *args, depth: int, **kwargs):
        super().__init__(*args, **kwargs)
        self._depth = depth
        # int32 throughout (the state and row numbers are far below 2**31): numpy gathers
        # with int32 indices run about a third faster than with int64 ones
        nextmove = np.asarray(self.tk_nextmove)
        if nextmove.dtype != np.uint32 or len(self.tk_row) >= 2**31 >> 8:
            raise ValueError("unexpected automaton layout")
        self._nm = nextmove.view(np.int32)
        self._rows = np.asarray(self.tk_row, dtype=np.int32) << 8
        self._out = np.asarray(self.tk_output, dtype=np.int32)
        self._table = np.asarray(self.nb_ptc, dtype=np.float32)

    def set_languages(self, langs=None):  # the widened table would not follow
        raise NotImplementedError("restrict languages on py3langid's own identifier")

    def _raw_score(self, text: bytes):
        data = np.frombuffer(text, dtype=np.uint8).astype(np.int32)
        n = len(data)
        states = np.zeros(n, dtype=np.int32)
        for back in range(min(self._depth, n) - 1, -1, -1):  # byte i - back, for every i
            states[back:] = self._nm[self._rows[states[back:]] + data[: n - back]]
        features = self._out[states]
        features = features[features >= 0]
        if not features.size:
            return np.full(len(self.nb_classes), 0.0, dtype=np.float32)
        # each feature once, with its count, in the order the text first shows it (py3langid's
        # order of summing): a stable sort puts each feature's first position first in its run
        # (what np.unique does, without its overhead on short arrays)
        perm = features.argsort(kind="stable")
        ordered = features[perm]
        starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
        counts = np.diff(np.append(starts, len(ordered)))
        order = perm[starts].argsort()  # (first positions are distinct: any sort keeps them apart)
        ids = ordered[starts][order]
        return np.log1p(counts[order].astype(np.float32)) @ self._table[ids] + self.nb_pc


def write_cache(identifier: LanguageIdentifier, folder: Path) -> None:
    """Write ``identifier``'s tables to ``folder`` (atomically: a whole folder or none)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".langid-", dir=folder.parent))
    try:
        table = np.ascontiguousarray(identifier.nb_ptc, dtype=np.float32)
        (tmp / "table.f32").write_bytes(table.tobytes())
        (tmp / "nextmove.bin").write_bytes(identifier.tk_nextmove.tobytes())
        manifest = {
            "format": CACHE_FORMAT, "classes": list(identifier.nb_classes),
            "table_shape": list(table.shape),
            "pc": [float(x) for x in identifier.nb_pc], "pc_dtype": np.asarray(identifier.nb_pc).dtype.str,
            "nextmove_typecode": identifier.tk_nextmove.typecode,
            "row_typecode": identifier.tk_row.typecode, "row": list(identifier.tk_row),
            "output": list(identifier.tk_output),
            "depth": automaton_depth(identifier.tk_nextmove, identifier.tk_row),
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        tmp.chmod(0o755)
        os.rename(tmp, folder)  # fails if another process was first: its copy is as good
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _map(path: Path) -> mmap.mmap:
    """A read-only mapping of ``path``, read ahead as a whole (one sequential read if the
    file is not in the page cache, instead of one small read per table lookup)."""
    with open(path, "rb") as fh:
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    if hasattr(mapped, "madvise") and hasattr(mmap, "MADV_WILLNEED"):
        mapped.madvise(mmap.MADV_WILLNEED)
    return mapped


def read_cache(folder: Path) -> FastIdentifier:
    """The identifier from a cache folder, its two large tables memory-mapped."""
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    if manifest.get("format") != CACHE_FORMAT:
        raise ValueError("unknown cache format")
    table = np.frombuffer(_map(folder / "table.f32"), dtype=np.float32).reshape(manifest["table_shape"])
    nextmove = memoryview(_map(folder / "nextmove.bin")).cast(manifest["nextmove_typecode"])
    return FastIdentifier(
        table, np.array(manifest["pc"], dtype=np.dtype(manifest["pc_dtype"])), manifest["classes"],
        nextmove, manifest["output"], norm_probs=True,
        tk_row=array(manifest["row_typecode"], manifest["row"]), depth=manifest["depth"])


def load_identifier(cache_root: Path | None = None) -> LanguageIdentifier:
    """py3langid's identifier: from the cache when there is one, else as shipped (and then
    cached for the next build when ``cache_root`` can be written)."""
    root = cache_root if cache_root is not None else default_cache_root()
    if root is None:
        return load_shipped()
    model_file = shipped_model_file()
    folder = cache_folder(root, model_file)
    if (folder / MANIFEST).is_file():
        try:
            return read_cache(folder)
        except (OSError, ValueError, KeyError, TypeError) as err:
            logger.warning("language model cache %s unreadable (%s); loading the shipped model", folder, err)
    identifier = load_shipped(model_file)
    try:
        write_cache(identifier, folder)
    except OSError as err:
        logger.debug("language model cache not written to %s: %s", folder, err)
    return identifier
