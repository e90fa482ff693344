"""A seed's record as the reader makes it, for the tests of the traps real pages set."""
from __future__ import annotations

from kabar.understand.pipeline import understand


def record_of(text: str, name: str = "a.txt"):
    """The record of ``text`` read as the seed ``name``."""
    return understand(text.encode(), name).record
