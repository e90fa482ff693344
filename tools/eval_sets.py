#!/usr/bin/env python3
"""`make eval` without arguments: build and score every labelled set whose texts are here.

The sets are listed in ``eval/sets.json``: a name, the folder of texts (git-ignored: real
articles are copyrighted, see README "Measuring on real reports") and the truth file. A set whose
folder is missing is named with what to do, and skipped. Per set, the figures of ``tools/eval.py``;
with ``--misses``, every miss too; a set marked ``"held_out": true`` prints figures only unless
``--held-out`` is given (it is the unseen check, not something to tune on).

``--together dev`` (or ``held-out``) builds those sets' texts as ONE archive, as an editor's
archive of many events would be, and scores it: a pair's meetings of other years are then in the
same archive, so a report without a date has more events it could belong to (precision in a
crowd). The texts are copied, renamed ``{set}__{file}``, into a folder under ``--out``; an event
labelled in two batches is one event whatever the order of the words of its ids.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import eval as scorer  # noqa: E402

SETS_FILE = ROOT / "eval" / "sets.json"


def build(seeds: Path, out: Path) -> None:
    env = dict(os.environ, KABAR_SEEDS=str(seeds))
    pelican = Path(sys.executable).with_name("pelican")
    run = subprocess.run([str(pelican), "content", "-s", "pelicanconf.py", "-o", str(out), "-q"],
                         cwd=ROOT, env=env, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"build of {seeds} failed:\n{run.stderr[-3000:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "eval-out"))
    parser.add_argument("--misses", action="store_true", help="list every miss of the development sets")
    parser.add_argument("--held-out", action="store_true", help="also list the misses of held-out sets")
    parser.add_argument("--only", default=None, help="comma-separated set names")
    parser.add_argument("--together", choices=("dev", "held-out"), default=None,
                        help="build the development (or held-out) sets as one archive and score it")
    args = parser.parse_args(argv)
    sets = json.loads(SETS_FILE.read_text(encoding="utf-8"))
    wanted = set(args.only.split(",")) if args.only else None
    if args.together:
        chosen = [e for e in sets if (not wanted or e["name"] in wanted)
                  and bool(e.get("held_out", False)) == (args.together == "held-out")]
        return _together(chosen, Path(args.out), args.together,
                         args.misses and (args.together == "dev" or args.held_out))
    for entry in sets:
        if wanted and entry["name"] not in wanted:
            continue
        fetched = _fetched(entry)
        if isinstance(fetched, str):
            print(f"# {entry['name']}: {fetched}; skipped\n")
            continue
        texts, truth, present = fetched
        out = Path(args.out) / entry["name"]
        build(texts, out)
        catalogue = json.loads((out / "api" / "articles.json").read_text(encoding="utf-8"))
        report = scorer.score(catalogue["articles"], present)
        held_out = entry.get("held_out", False)
        show = args.misses and (not held_out or args.held_out)
        label = f"{entry['name']}: {len(present)} of {len(truth)} texts ({entry.get('about', '')})"
        print(scorer.format_report(report, label, show))
    return 0


def _fetched(entry: dict) -> tuple[Path, list[dict], list[dict]] | str:
    """A set's folder of texts, its truth and the truth of the texts fetched there; or why none."""
    texts = (ROOT / entry["texts"]).resolve()
    truth_path = (ROOT / entry["truth"]).resolve()
    if not truth_path.is_file():
        return f"no truth file {truth_path}"
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    present = [t for t in truth if (texts / t["file"]).is_file()]
    if not present:
        return f"the texts are not fetched into {texts} ({entry.get('fetch', 'see README')})"
    return texts, truth, present


def _canonical_event(event: str) -> str:
    """An event's id as batches labelled apart write it in any order: two batches wrote
    "ru-si-putin-pahor-vrsic-2016-07-30" and "ru-si-pahor-putin-vrsic-2016-07-30" for one meeting.
    The countries, the words of the id in sorted order, the date."""
    parts = event.split("-")
    head = parts[:2]
    tail = []
    while len(parts) > 2 and parts[-1].isdigit():
        tail.insert(0, parts.pop())
    return "-".join(head + sorted(parts[2:]) + tail)


def _together(sets: list[dict], out_root: Path, kind: str, show: bool) -> int:
    """Every set's fetched texts in one seeds folder (``{set}__{file}``), built and scored once."""
    seeds = out_root / f"together-{kind}-seeds"
    shutil.rmtree(seeds, ignore_errors=True)
    seeds.mkdir(parents=True)
    truth: list[dict] = []
    names: list[str] = []
    for entry in sets:
        fetched = _fetched(entry)
        if isinstance(fetched, str):
            continue
        texts, _, present = fetched
        for item in present:
            name = f"{entry['name']}__{item['file']}"
            shutil.copyfile(texts / item["file"], seeds / name)
            truth.append(dict(item, file=name, event=_canonical_event(item["event"])))
        names.append(entry["name"])
    if not truth:
        print(f"# together ({kind}): no set's texts are fetched; nothing to score\n")
        return 0
    out = out_root / f"together-{kind}"
    build(seeds, out)
    catalogue = json.loads((out / "api" / "articles.json").read_text(encoding="utf-8"))
    report = scorer.score(catalogue["articles"], truth)
    label = f"{kind} sets together: {len(truth)} texts of {len(names)} sets in one archive ({', '.join(names)})"
    print(scorer.format_report(report, label, show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
