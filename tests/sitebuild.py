"""Build a tiny archive into a temporary folder, the way the sitemap plugin's tests do."""
from __future__ import annotations

import json
import re
from pathlib import Path

from bs4 import BeautifulSoup
from pelican import Pelican
from pelican.settings import read_settings

ROOT = Path(__file__).resolve().parents[1]
SEARCH_FILE_RE = re.compile(  # search/index.js, or a file a query loads (see plugins/kabar/search.py)
    r'(?:window\.KABAR_SEARCH|\(window\.KABAR_SEARCH_SHARD=window\.KABAR_SEARCH_SHARD\|\|\{\}\)\[("[^"]+")\])=(.*);\n', re.S)


def build_site(seeds: Path, out: Path, events_file: Path | None = None, **kabar) -> Path:
    settings = read_settings(str(ROOT / "pelicanconf.py"), override={
        "OUTPUT_PATH": str(out),
        "KABAR": {"SEEDS": str(seeds), "EVENTS_FILE": str(events_file) if events_file else None, **kabar},
    })
    Pelican(settings).run()
    return out


def write_seeds(folder: Path, files: dict[str, bytes | str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return folder


def page(out: Path, rel: str) -> BeautifulSoup:
    return BeautifulSoup((out / rel).read_text(encoding="utf-8"), "html.parser")


def catalogue(out: Path) -> dict:
    return json.loads((out / "api" / "articles.json").read_text(encoding="utf-8"))


def report(out: Path) -> dict:
    return json.loads((out / "api" / "build-report.json").read_text(encoding="utf-8"))


def by_file(out: Path) -> dict[str, dict]:
    return {a["source_file"]: a for a in catalogue(out)["articles"]}


def seed_entry(out: Path, prefix: str) -> dict:
    """The catalogue entry of the seed whose file name starts with ``prefix`` ("000" ...)."""
    (entry,) = [a for name, a in by_file(out).items() if name.startswith(prefix)]
    return entry


def search_payload(text: str, name: str = "index.js"):
    """The data a search file (``search/index.js`` or a shard ``search/t/…``, ``search/d/…``)
    gives the page; fails when the file is not one of those scripts, or a shard has another name."""
    match = SEARCH_FILE_RE.fullmatch(text)
    assert match, f"{name} is not a search index script: {text[:80]!r}"
    if match[1] is not None:
        assert json.loads(match[1]) == name.removesuffix(".js"), f"{name} registers as {match[1]}"
    return json.loads(match[2])


def search_files(out: Path) -> dict[str, object]:
    """Every file of a build's ``search/`` folder: path inside it without ``.js`` -> its data."""
    folder = out / "search"
    return {p.relative_to(folder).as_posix().removesuffix(".js"):
            search_payload(p.read_text(encoding="utf-8"), p.relative_to(folder).as_posix())
            for p in sorted(folder.rglob("*.js"))}
