"""The editors' overrides file (``content/events.toml``): which reports are together, which apart."""
from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence

from .shapes import Overrides

def _resolve(name: object, known: Mapping[str, str]) -> str | None:
    if not isinstance(name, str):
        return None
    candidates = [name, name.strip()]
    base = name.strip().replace("\\", "/").rsplit("/", 1)[-1]
    candidates += [base, base.removesuffix(".txt"), base + ".txt"]
    for candidate in candidates:
        if candidate in known:
            return known[candidate]
    return None


class OverridesError(ValueError):
    """The overrides text is not TOML, or not of the overrides' shape."""


def parse_overrides(toml_text: str, known: Mapping[str, str]) -> tuple[Overrides, list[str]]:
    """Read the editors' overrides file; problems in entries are returned (the build goes on),
    a text that is not TOML or not of the overrides' shape raises :class:`OverridesError`.

    ``known`` maps every accepted name (article id, seed file name) to the
    article id.  Unknown names are skipped; an entry left with fewer than two
    articles is dropped.
    """
    problems: list[str] = []
    try:
        doc = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as err:
        raise OverridesError(f"not valid TOML ({err})") from None
    for key in doc:
        if key not in ("together", "apart"):
            problems.append(f"overrides: unknown section {key!r} ignored")
    parsed: dict[str, list[tuple[str, ...]]] = {"together": [], "apart": []}
    for kind in ("together", "apart"):
        entries = doc.get(kind, [])
        if not isinstance(entries, list):
            raise OverridesError(f"{kind!r} must be an array of tables ([[{kind}]])")
        for number, entry in enumerate(entries, start=1):
            label = f"{kind} #{number}"
            names = entry.get("articles") if isinstance(entry, dict) else None
            if not isinstance(names, list):
                raise OverridesError(f"{label} needs an 'articles' list")
            ids: list[str] = []
            for name in names:
                resolved = _resolve(name, known)
                if resolved is None:
                    problems.append(f"{label}: unknown article {name!r} skipped")
                elif resolved not in ids:
                    ids.append(resolved)
            if len(ids) < 2:
                problems.append(f"{label}: fewer than 2 known articles, entry ignored")
                continue
            parsed[kind].append(tuple(sorted(ids)))
    apart_pairs = sorted(
        {(g[x], g[y]) for g in parsed["apart"] for x in range(len(g)) for y in range(x + 1, len(g))}
    )
    together = tuple(parsed["together"])
    grouped = _merge_groups(together)
    for a, b in apart_pairs:
        if grouped.get(a) is not None and grouped.get(a) == grouped.get(b):
            problems.append(f"overrides: {a} and {b} are both together and apart; together wins")
    return Overrides(together=together, apart=tuple(apart_pairs)), problems


def _merge_groups(groups: Iterable[Sequence[str]]) -> dict[str, int]:
    """Article id -> label of its transitive 'together' group."""
    label: dict[str, int] = {}
    for number, group in enumerate(groups):
        existing = {label[g] for g in group if g in label}
        for g, lab in list(label.items()):
            if lab in existing:
                label[g] = number
        for g in group:
            label[g] = number
    return label
