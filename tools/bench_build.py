#!/usr/bin/env python3
"""Whole-build benchmark: `make html` of N raw synthetic seeds beside plain Pelican
building the same texts as Markdown files (default theme, its default pages and feeds).

usage: tools/bench_build.py [--sizes 1000,5000] [--seed 0] [--runs 1]

Prints, per N and run, wall time, processor time (user + system, the build's own processes
included) and peak memory (max RSS of the pelican process) of both builds, and the ratios.
Each run builds both into fresh folders, plain Pelican first in odd runs, ours first in even
ones; outputs are deleted only at the end. `make bench` calls it.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "plugins"))

from synth import generate  # noqa: E402

PELICAN = str(ROOT / ".venv" / "bin" / "pelican")
PLAIN_CONF = """
PATH = {content!r}
SITENAME = "plain"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""


def run(cmd: list[str], env: dict | None = None) -> tuple[float, float, float]:
    """Wall seconds, processor seconds (user + system, with the processes it waited for) and
    peak RSS (MB) of one child process. The files the builds before it wrote are flushed to disk
    first, untimed: the kernel writing back the last build's thousands of pages is not this one's
    time (an editor's next build comes minutes later, not at once)."""
    os.sync()
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})},
                                stdout=subprocess.DEVNULL, stderr=log)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            log.seek(0)
            raise SystemExit(f"{' '.join(cmd)} failed:\n{log.read().decode(errors='replace')[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def as_markdown(text: str, name: str, day: str) -> str:
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    title = lines[0].replace(":", " ")
    body = "\n\n".join(lines[1:])
    return f"Title: {title}\nDate: {day}\nSlug: {name.removesuffix('.txt')}\n\n{body}\n"


def bench(n: int, seed: int, runs: int) -> list[dict]:
    articles = generate(n, seed)
    results = []
    with tempfile.TemporaryDirectory(prefix="kabar-bench-") as tmp:
        tmp = Path(tmp)
        seeds, md, conf = tmp / "seeds", tmp / "md", tmp / "plainconf.py"
        seeds.mkdir()
        md.mkdir()
        for art in articles:
            (seeds / art.name).write_text(art.text, encoding="utf-8")
            (md / art.name.replace(".txt", ".md")).write_text(as_markdown(art.text, art.name, art.date),
                                                             encoding="utf-8")
        conf.write_text(PLAIN_CONF.format(content=str(md)), encoding="utf-8")
        for number in range(runs):
            out_plain, out_kabar = tmp / f"out-plain-{number}", tmp / f"out-kabar-{number}"
            builds = {
                "plain": lambda: run([PELICAN, str(md), "-s", str(conf), "-o", str(out_plain)]),
                "kabar": lambda: run([PELICAN, "content", "-s", "pelicanconf.py", "-o", str(out_kabar)],
                                     env={"KABAR_SEEDS": str(seeds), "KABAR_CACHE_DIR": "off"}),
            }
            # alternate which goes first; outputs are deleted only at the end (deleting
            # thousands of files slows the disk for whatever runs next)
            order = ["plain", "kabar"] if number % 2 == 0 else ["kabar", "plain"]
            done = {name: builds[name]() for name in order}
            plain, ours = done["plain"], done["kabar"]
            results.append({
                "n": n, "run": number + 1, "kabar_s": ours[0], "kabar_cpu": ours[1], "kabar_mb": ours[2],
                "plain_s": plain[0], "plain_cpu": plain[1], "plain_mb": plain[2],
                "pages": sum(1 for _ in out_kabar.rglob("*.html")),
                "plain_pages": sum(1 for _ in out_plain.rglob("*.html")), "first": order[0]})
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=1, help="runs per size (each a pair of builds)")
    args = parser.parse_args(argv)
    print(f"{'N':>6} {'run':>3} {'first':>5} {'kabar s':>8} {'plain s':>8} {'time x':>7} {'kabar cpu':>9} {'plain cpu':>9}"
          f" {'kabar MB':>9} {'plain MB':>9} {'mem x':>6} {'pages':>6} {'plain pages':>11}")
    for n in (int(s) for s in args.sizes.split(",")):
        for r in bench(n, args.seed, args.runs):
            print(f"{r['n']:>6} {r['run']:>3} {r['first']:>5} {r['kabar_s']:>8.1f} {r['plain_s']:>8.1f}"
                  f" {r['kabar_s'] / r['plain_s']:>7.2f} {r['kabar_cpu']:>9.1f} {r['plain_cpu']:>9.1f}"
                  f" {r['kabar_mb']:>9.0f} {r['plain_mb']:>9.0f} {r['kabar_mb'] / r['plain_mb']:>6.2f}"
                  f" {r['pages']:>6} {r['plain_pages']:>11}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
