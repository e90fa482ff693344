"""Write a data file that a tool makes from a pinned library, or check that it is up to date.

The tools that store what Babel's CLDR data would take a build to load (``make_calendar_words.py``,
``make_country_keys.py``) end with ``sys.exit(write_or_check(OUT, render(), __file__))``; a test runs
each with ``--check``.
"""
from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(out: Path, text: str, tool: str, argv: list[str] | None = None) -> int:
    """With ``--check``: 0 when ``out`` holds ``text``, else 1 with a line saying what to run.
    Without: write ``text`` to ``out``."""
    argv = sys.argv if argv is None else argv
    name = f"tools/{Path(tool).name}"
    if "--check" in argv:
        same = out.is_file() and out.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{out} differs from the library's data: run {name}")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
    return 0
