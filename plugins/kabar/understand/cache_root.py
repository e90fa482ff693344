"""Where the build keeps what it derives from installed files (the language model's tables,
compiled templates): ``<virtualenv>/share/kabar``. A module of its own, without numpy, so that
a build that understands no seed never loads the language model's libraries."""
from __future__ import annotations

import sys
from pathlib import Path


def default_cache_root() -> Path | None:
    """``<virtualenv>/share/kabar``, or None outside a virtualenv (nothing is written there)."""
    if sys.prefix == sys.base_prefix:
        return None
    return Path(sys.prefix) / "share" / "kabar"
