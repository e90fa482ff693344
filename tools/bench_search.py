#!/usr/bin/env python3
"""Search benchmark: index size and query latency for N synthetic articles (default 10 000).

usage: tools/bench_search.py [--n 10000] [--seed 0]

Builds the index exactly as the site build does (raw text -> record -> search.build_index),
prints its size (raw and gzip), then runs queries through theme/static/js/search.js under
Node (the same code the browser runs) and prints the median and 95th-percentile latency.
"""
from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "plugins"))

from kabar import search  # noqa: E402
from kabar.understand.pipeline import understand  # noqa: E402
from synth import generate  # noqa: E402

QUERIES = ["Ha Noi", "kerja sama", "bekerja sama", "kunjungan", "berkunjung", "strategic dialogue",
           "Putin", "trade agreement", "menteri luar negeri", "vaksin", "Singapore", "anniversary",
           "coopération", "Jakarta", "defence security", "perdagangan investasi", "xyzzy", "Tokyo visit"]
NODE_RUNNER = r"""
globalThis.window = globalThis;
const S = require(process.argv[3]);
const queries = JSON.parse(process.argv[4]);
let t = process.hrtime.bigint();
require(process.argv[2]);
const searcher = new S.Searcher(globalThis.KABAR_SEARCH);
const ready = Number(process.hrtime.bigint() - t) / 1e6;
const times = [], hits = {};
for (let round = 0; round < 5; round++) {
  for (const q of queries) {
    const s = process.hrtime.bigint();
    const r = searcher.search(q);
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
    hits[q] = r.results.length;
  }
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ready, median: times[Math.floor(times.length / 2)],
  p95: times[Math.floor(times.length * 0.95)], max: times[times.length - 1], hits}));
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    synth = generate(args.n, args.seed)
    records = [understand(a.text.encode("utf-8"), a.name).record for a in synth]
    docs = [search.SearchDoc(url=f"x/{r.id}.html", title=r.title, lang=r.lang, date=r.date.iso,
                             pair=r.countries.codes if r.countries.scope == "pair" else None,
                             text=r.parsed.body_text) for r in records if r]
    start = time.perf_counter()
    index = search.build_index(docs)
    built = time.perf_counter() - start
    script = search.index_script(index)
    raw = len(script.encode("utf-8"))
    print(f"articles: {len(docs)}  words: {len(index['words'])}  stems: {len(index['stems'])}")
    print(f"index build: {built:.2f} s   size: {raw / 2**20:.2f} MiB   gzip: "
          f"{len(gzip.compress(script.encode('utf-8'))) / 2**20:.2f} MiB")
    node = shutil.which("node")
    if not node:
        print("latency: not measured (no node on this machine; the browser tests exercise the same code)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "index.js"
        path.write_text(script, encoding="utf-8")
        runner = Path(tmp) / "run.js"
        runner.write_text(NODE_RUNNER, encoding="utf-8")
        out = subprocess.run([node, str(runner), str(path), str(ROOT / "theme/static/js/search.js"),
                              json.dumps(QUERIES)], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    print(f"load and parse the index (Node): {result['ready']:.0f} ms")
    print(f"query latency over {len(QUERIES)} queries x5: median {result['median']:.2f} ms, "
          f"p95 {result['p95']:.2f} ms, max {result['max']:.2f} ms")
    print("hits: " + ", ".join(f"{q!r}: {n}" for q, n in result["hits"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
