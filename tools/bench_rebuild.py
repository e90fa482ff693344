#!/usr/bin/env python3
"""Rebuild benchmark: what an editor's everyday build costs with the understanding cache.

usage: tools/bench_rebuild.py [--n 10000] [--seed 0] [--runs 2]

With N raw synthetic seeds, times (wall, processor, peak memory of the pelican process):
a cold build without the cache into an empty folder, and an editor's day in one output folder:
a build that fills an empty cache, a rebuild with nothing changed, a rebuild after one new seed;
then checks that the folder equals a cold build's of the same seeds, byte for byte. Runs alternate the
order of the cold build and the rebuilds. `make bench` calls it.
"""
from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from bench_build import PELICAN, run  # noqa: E402
from synth import generate  # noqa: E402


def build(seeds: Path, out: Path, cache: Path | None) -> tuple[float, float, float]:
    return run([PELICAN, "content", "-s", "pelicanconf.py", "-o", str(out), "-q"],
               env={"KABAR_SEEDS": str(seeds), "KABAR_CACHE_DIR": str(cache) if cache else "off"})


def same_tree(a: Path, b: Path) -> bool:
    """Every file of ``a`` and ``b`` has the same bytes, and neither has a file the other lacks."""
    fa = sorted(p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file())
    fb = sorted(p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file())
    return fa == fb and all(filecmp.cmp(a / name, b / name, shallow=False) for name in fa)


def bench(n: int, seed: int, runs: int) -> list[dict]:
    articles = generate(n + runs, seed)
    rows = []
    with tempfile.TemporaryDirectory(prefix="kabar-rebuild-") as tmp:
        tmp = Path(tmp)
        seeds = tmp / "seeds"
        seeds.mkdir()
        for art in articles[:n]:
            (seeds / art.name).write_text(art.text, encoding="utf-8")
        for number in range(runs):
            cache = tmp / f"cache-{number}"
            steps: dict[str, tuple[float, float, float]] = {}

            def cold():
                steps["cold, no cache"] = build(seeds, tmp / f"cold-{number}", None)

            def rebuilds():  # an editor's day: one output folder, rebuilt in place
                site = tmp / f"site-{number}"
                steps["cold, filling the cache"] = build(seeds, site, cache)
                steps["nothing changed"] = build(seeds, site, cache)
                new = articles[n + number]
                (seeds / new.name).write_text(new.text, encoding="utf-8")
                steps["one new seed"] = build(seeds, site, cache)

            for step in ((cold, rebuilds) if number % 2 == 0 else (rebuilds, cold)):
                step()
            base = steps["cold, no cache"][0]
            for name, (wall, cpu, mb) in steps.items():
                rows.append({"n": n, "run": number + 1, "step": name, "s": wall, "cpu": cpu, "mb": mb,
                             "x": wall / base})
            # the last rebuild against a cold build of the same seeds (one more seed than the first)
            check = tmp / f"check-{number}"
            build(seeds, check, None)
            rows.append({"n": n, "run": number + 1, "step": "output equals a cold build's",
                         "same": same_tree(check, tmp / f"site-{number}")})
            (seeds / articles[n + number].name).unlink()
            for folder in tmp.glob(f"*-{number}"):
                shutil.rmtree(folder, ignore_errors=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    print(f"{'N':>6} {'run':>3} {'step':<28} {'wall s':>7} {'x cold':>7} {'cpu s':>7} {'peak MB':>8}")
    for row in bench(args.n, args.seed, args.runs):
        if "same" in row:
            print(f"{row['n']:>6} {row['run']:>3} {row['step']:<28} {'yes' if row['same'] else 'NO'}", flush=True)
            continue
        print(f"{row['n']:>6} {row['run']:>3} {row['step']:<28} {row['s']:>7.1f} {row['x']:>7.2f} {row['cpu']:>7.1f}"
              f" {row['mb']:>8.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
