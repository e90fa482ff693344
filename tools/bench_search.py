#!/usr/bin/env python3
"""Search benchmark: index files, bytes loaded and query latency for N synthetic articles.

usage: tools/bench_search.py [--n 10000] [--seed 0]

Builds the index exactly as the site build does (raw text -> record -> URL -> search.build_index
-> search.index_files), writes its files to a temporary folder and prints their sizes: what the
search page loads up front (search/index.js), and the files each query loads (the shards of its
words and stems, the documents of the 100 results it shows), raw and gzip. Then it runs the
queries through theme/static/js/search.js under Node (the same code the browser runs, the files
read and run as a <script> tag would) and prints the latency of a first query (its files loaded
and parsed) and of a repeated one (files already in memory). --n 50000 takes about 4 minutes.
"""
from __future__ import annotations

import argparse
import gzip
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "plugins"))

from kabar import search, site  # noqa: E402
from kabar.understand.pipeline import understand  # noqa: E402
from synth import generate  # noqa: E402

QUERIES = ["Ha Noi", "kerja sama", "bekerja sama", "kunjungan", "berkunjung", "strategic dialogue",
           "Putin", "trade agreement", "menteri luar negeri", "vaksin", "Singapore", "anniversary",
           "coopération", "Jakarta", "defence security", "perdagangan investasi", "xyzzy", "Tokyo visit",
           "kunj", "vietn"]  # the last two: words being typed (prefix matches)
ROUNDS = 5
NODE_RUNNER = r"""
globalThis.window = globalThis;
const fs = require("fs"), path = require("path"), vm = require("vm");
const [dir, code, queriesJson, rounds] = process.argv.slice(2);
const S = require(code), queries = JSON.parse(queriesJson);
const run = file => vm.runInThisContext(fs.readFileSync(path.join(dir, file), "utf8"), { filename: file });
const ms = t => Number(process.hrtime.bigint() - t) / 1e6;
let t = process.hrtime.bigint();
run("index.js");
const ready = ms(t);
function loader(log) {  // a <script> tag's work: read the file and run it
  return id => {
    if (!Object.prototype.hasOwnProperty.call(globalThis.KABAR_SEARCH_SHARD || {}, id)) run(id + ".js");
    log.push(id);
    return Promise.resolve(globalThis.KABAR_SEARCH_SHARD[id]);
  };
}
async function answer(searcher, q) {
  const found = await searcher.search(q);
  await searcher.docs(found.results.slice(0, 100).map(r => r.doc));
  return found;
}
(async () => {
  const out = {};
  for (let round = 0; round <= Number(rounds); round++) {  // round 0 warms Node up, uncounted
    for (const q of queries) {
      globalThis.KABAR_SEARCH_SHARD = {};  // nothing loaded yet: a first query
      const files = [], searcher = new S.Searcher(globalThis.KABAR_SEARCH, loader(files));
      let s = process.hrtime.bigint();
      const found = await answer(searcher, q);
      const cold = ms(s);
      s = process.hrtime.bigint();
      await answer(searcher, q);  // the same query again: its files are in memory
      const warm = ms(s);
      const r = out[q] || (out[q] = { cold: [], warm: [], files, hits: found.results.length });
      if (round) { r.cold.push(cold); r.warm.push(warm); }
    }
  }
  console.log(JSON.stringify({ ready, queries: out }));
})();
"""


def kib(n: float) -> str:
    return f"{n / 1024:,.0f} KiB" if n >= 1024 * 10 else f"{n / 1024:,.1f} KiB"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    synth = generate(args.n, args.seed)
    records = [r for r in (understand(a.text.encode("utf-8"), a.name).record for a in synth) if r]
    docs = search.search_docs(records, site.assign_urls(records))
    start = time.perf_counter()
    index = search.build_index(docs)
    built = time.perf_counter() - start
    files = search.index_files(index)
    split = time.perf_counter() - start - built
    raw = {path: len(text.encode("utf-8")) for path, text in files.items()}
    packed = {path: len(gzip.compress(text.encode("utf-8"))) for path, text in files.items()}
    terms = [p for p in files if p.startswith("t/")]
    print(f"articles: {len(docs)}  words: {len(index['words'])}  stems: {len(index['stems'])}")
    print(f"index build: {built:.2f} s, split into files: {split:.2f} s")
    print(f"all files: {sum(raw.values()) / 2**20:.2f} MiB (gzip {sum(packed.values()) / 2**20:.2f} MiB) in "
          f"{len(files)} files: {len(terms)} term files (median {kib(statistics.median(raw[p] for p in terms))}, "
          f"largest {kib(max(raw[p] for p in terms))}), {len(files) - len(terms) - 1} document files "
          f"of {search.DOC_CHUNK}")
    one_file = json.dumps(index, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    print(f"as one file (before the split): {len(one_file) / 2**20:.2f} MiB (gzip "
          f"{len(gzip.compress(one_file)) / 2**20:.2f} MiB)")
    print(f"up front (search/index.js): {kib(raw['index.js'])} (gzip {kib(packed['index.js'])})")
    node = shutil.which("node")
    if not node:
        print("files per query and latency: not measured (no node on this machine; the browser tests "
              "exercise the same code)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for rel, text in files.items():
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_text(text, encoding="utf-8")
        runner = folder / "run.js"
        runner.write_text(NODE_RUNNER, encoding="utf-8")
        out = subprocess.run([node, str(runner), str(folder), str(ROOT / "theme/static/js/search.js"),
                              json.dumps(QUERIES), str(ROUNDS)], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    print(f"load and run search/index.js (Node): {result['ready']:.1f} ms")
    print(f"{'query':<24} {'hits':>6} {'files':>5} {'loaded':>10} {'gzip':>10} {'first ms':>9} {'again ms':>9}")
    loaded, cold, warm = [], [], []
    for query, r in result["queries"].items():
        ids = [f"{i}.js" for i in r["files"]]
        size, size_gz = sum(raw[i] for i in ids), sum(packed[i] for i in ids)
        loaded.append((size, query))
        cold += r["cold"]
        warm += r["warm"]
        print(f"{query:<24} {r['hits']:>6} {len(ids):>5} {kib(size):>10} {kib(size_gz):>10} "
              f"{statistics.median(r['cold']):>9.1f} {statistics.median(r['warm']):>9.1f}")
    print(f"loaded by one query: median {kib(statistics.median(s for s, _ in loaded))}, "
          f"max {kib(max(loaded)[0])} ({max(loaded)[1]!r})")
    print(f"first query (files loaded and run) over {len(QUERIES)} queries x{ROUNDS}: median "
          f"{statistics.median(cold):.1f} ms, p95 {percentile(cold, 0.95):.1f} ms, max {max(cold):.1f} ms")
    print(f"same query again (files in memory): median {statistics.median(warm):.2f} ms, "
          f"p95 {percentile(warm, 0.95):.2f} ms, max {max(warm):.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
