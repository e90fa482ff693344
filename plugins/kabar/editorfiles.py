"""The editors' own files: event overrides (TOML) and the permalink registry (JSON).

Seeds are untrusted and never stop a build; these files are the editors' word on the archive, so
one that cannot be read stops the build with one line naming the file, the line where known, and
what to do (:class:`EditorFileError`), instead of silently building a different archive. Pure: the
caller reads nothing but through these functions' path argument.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from .linking import Overrides, OverridesError, parse_overrides


class EditorFileError(ValueError):
    """An editor's file the build cannot read; the message is the one line to show."""


def read_text(path: Path) -> str:
    """The file as UTF-8 text, or an :class:`EditorFileError` saying where it is not."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise EditorFileError(f"{path}: cannot be read ({err.strerror or err})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        raise EditorFileError(
            f"{path}: line {line}: not UTF-8 (byte 0x{data[err.start]:02x}); save the file as UTF-8 "
            "(in most editors: Save as, encoding UTF-8)") from None


def load_overrides(path: Path, known: Mapping[str, str]) -> tuple[Overrides, list[str]]:
    """The event overrides of ``path`` (see README, "Event overrides") and the problems found in
    entries (unknown articles and the like: reported, the build goes on)."""
    text = read_text(path)
    try:
        return parse_overrides(text, known)
    except OverridesError as err:
        raise EditorFileError(f"{path}: {err}; fix it (README, \"Event overrides\") or remove the file") from None


REGISTRY_SHAPE = '{"<article id>": {"url": "<url>", "previous": ["<old url>", ...]}, ...}'


def load_registry(path: Path) -> dict:
    """The permalink registry of ``path``: article id -> {"url", "previous"}; {} when absent."""
    if not path.exists():
        return {}
    text = read_text(path)
    restore = f"restore the committed one (git checkout -- {path.name}) or fix it by hand"
    try:
        registry = json.loads(text)
    except json.JSONDecodeError as err:
        raise EditorFileError(f"{path}: line {err.lineno}, column {err.colno}: not valid JSON ({err.msg}); "
                              f"{restore}") from None
    if not isinstance(registry, dict):
        raise EditorFileError(f"{path}: a JSON {type(registry).__name__}, not a permalink registry "
                              f"({REGISTRY_SHAPE}); {restore}")
    for aid, entry in registry.items():
        if not (isinstance(entry, dict) and isinstance(entry.get("url"), str)
                and isinstance(entry.get("previous", []), list)
                and all(isinstance(u, str) for u in entry.get("previous", []))):
            raise EditorFileError(f"{path}: entry {aid!r} is not {{\"url\": \"...\", \"previous\": [...]}}; "
                                  f"{restore}")
    return registry
