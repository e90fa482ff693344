"""The py3langid model, loaded fast.

py3langid ships its model LZMA-compressed: decompressing it takes about half a second at
every build, and the result (about 70 MB) is private memory of the process. The first load in
an environment also writes the decompressed arrays beside that environment (``share/kabar``
under the virtualenv), named after a hash of the shipped model file; later loads map those
files into memory instead, which takes a few milliseconds, and the processes of a build share
the mapped pages. The model is the same either way (a test compares both), so the output is too.
Outside a virtualenv, or when the folder cannot be written, the model is loaded as shipped.
"""
from __future__ import annotations

import hashlib
import json
import logging
import mmap
import os
import shutil
import sys
import tempfile
from array import array
from pathlib import Path

logger = logging.getLogger(__name__)
CACHE_FORMAT = 1
MANIFEST = "manifest.json"


def shipped_model_file() -> Path:
    from py3langid.langid import MODEL_DIR, MODEL_FILE  # noqa: PLC0415

    path = Path(MODEL_FILE)
    return path if path.is_absolute() else Path(MODEL_DIR) / path


def default_cache_root() -> Path | None:
    """``<virtualenv>/share/kabar``, or None outside a virtualenv (nothing is written there)."""
    if sys.prefix == sys.base_prefix:
        return None
    return Path(sys.prefix) / "share" / "kabar"


def cache_folder(root: Path, model_file: Path) -> Path:
    digest = hashlib.sha256(model_file.read_bytes()).hexdigest()[:16]
    return root / f"langid-{digest}-v{CACHE_FORMAT}"


def load_shipped(model_file: Path | None = None):
    from py3langid.langid import LanguageIdentifier  # noqa: PLC0415

    return LanguageIdentifier.from_model_file(model_file or shipped_model_file(), norm_probs=True)


def write_cache(identifier, folder: Path) -> None:
    """Write ``identifier``'s tables to ``folder`` (atomically: a whole folder or none)."""
    import numpy as np  # noqa: PLC0415

    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".langid-", dir=folder.parent))
    try:
        ptc = np.ascontiguousarray(identifier.nb_ptc)
        (tmp / "ptc.bin").write_bytes(ptc.tobytes())
        (tmp / "tk_nextmove.bin").write_bytes(identifier.tk_nextmove.tobytes())
        manifest = {
            "format": CACHE_FORMAT, "classes": list(identifier.nb_classes),
            "ptc": {"dtype": ptc.dtype.str, "shape": list(ptc.shape)},
            "pc": [float(x) for x in identifier.nb_pc], "pc_dtype": np.asarray(identifier.nb_pc).dtype.str,
            "tk_nextmove": identifier.tk_nextmove.typecode,
            "tk_row": {"typecode": identifier.tk_row.typecode, "values": list(identifier.tk_row)},
            "tk_output": list(identifier.tk_output),
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


def read_cache(folder: Path):
    """The identifier from a cache folder, its two large tables memory-mapped."""
    import numpy as np  # noqa: PLC0415
    from py3langid.langid import LanguageIdentifier  # noqa: PLC0415

    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    if manifest.get("format") != CACHE_FORMAT:
        raise ValueError("unknown cache format")
    ptc = np.frombuffer(_map(folder / "ptc.bin"), dtype=np.dtype(manifest["ptc"]["dtype"]))
    ptc = ptc.reshape(manifest["ptc"]["shape"])
    nextmove = memoryview(_map(folder / "tk_nextmove.bin")).cast(manifest["tk_nextmove"])
    row = array(manifest["tk_row"]["typecode"], manifest["tk_row"]["values"])
    pc = np.array(manifest["pc"], dtype=np.dtype(manifest["pc_dtype"]))
    return LanguageIdentifier(ptc, pc, manifest["classes"], nextmove, manifest["tk_output"],
                              norm_probs=True, tk_row=row)


def load_identifier(cache_root: Path | None = None):
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
