"""Benchmark event linking on synthetic corpora: time, memory, pairwise P/R/F1.

    python tools/bench_linking.py [--sizes 1000,5000,20000] [--seed S] [--truth-features]

For every size: generate articles with ``tools/synth.py``, turn them into
records with ``kabar.understand.pipeline.understand`` (timed separately), then
into :class:`LinkArticle` objects, and time only ``link_articles``.  With
``--truth-features`` the language, date and countries come from the ground
truth instead of the pipeline (the text is still the raw article); this is
also the fallback when the pipeline cannot be imported.

Time: wall clock and process CPU time of one untraced ``link_articles`` call
(and, separately, the wall time of the traced call, tracemalloc being slow). Then, as
the build links: each article's features computed on their own (``features s``; the
build does this in its reading processes) and ``link_articles`` given them (``rest s``,
the build's serial linking step); the events must be the same.
Memory: the tracemalloc peak during linking, and the process's max RSS
(``resource.getrusage``, which only ever grows over the run, so it includes
generation and understanding).
"""
from __future__ import annotations

import argparse
import gc
import logging
import resource
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT / "plugins", ROOT):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from kabar.linking import Event, FeatureCaches, LinkArticle, article_features, link_articles  # noqa: E402
from tools.synth import SynthArticle, generate  # noqa: E402

log = logging.getLogger("bench_linking")


def truth_articles(synth: Sequence[SynthArticle]) -> list[LinkArticle]:
    """LinkArticles from the ground truth: raw text, truth lang/date/countries."""
    out = []
    for art in synth:
        title = art.text.split("\n", 1)[0]
        out.append(LinkArticle(art.name, art.lang, title, art.text, art.date, art.countries))
    return out


def pipeline_articles(synth: Sequence[SynthArticle]) -> tuple[list[LinkArticle], float, int]:
    """LinkArticles through the real pipeline; returns (articles, seconds, rejected)."""
    from kabar.understand.pipeline import understand

    out = []
    rejected = 0
    start = time.perf_counter()
    for art in synth:
        result = understand(art.text.encode("utf-8"), art.name)
        record = getattr(result, "record", result)
        if record is None:
            rejected += 1
            continue
        out.append(LinkArticle(
            id=art.name,  # keep the file name so that truth lines up
            lang=record.lang,
            title=record.title,
            text=record.text,
            date=record.date.iso,
            # as the Pelican generator does: a country set only when it is a pair
            countries=tuple(record.countries.codes) if record.countries.scope == "pair" else (),
        ))
    return out, time.perf_counter() - start, rejected


def pairwise_scores(events: Iterable[Event], truth: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of predicted events against truth keys."""
    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    predicted = true_pos = 0
    for ev in events:
        members = [a for a in ev.article_ids if a in truth]
        predicted += pairs(len(members))
        true_pos += sum(pairs(n) for n in Counter(truth[a] for a in members).values())
    actual = sum(pairs(n) for n in Counter(truth.values()).values())
    precision = true_pos / predicted if predicted else 1.0
    recall = true_pos / actual if actual else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def run(size: int, seed: int, use_truth: bool) -> dict:
    gen_start = time.perf_counter()
    synth = generate(size, seed)
    gen_time = time.perf_counter() - gen_start
    understand_time = None
    rejected = 0
    mode = "truth"
    if not use_truth:
        try:
            articles, understand_time, rejected = pipeline_articles(synth)
            mode = "pipeline"
        except ImportError as err:
            log.warning("pipeline not importable (%s); using truth features", err)
            articles = truth_articles(synth)
    else:
        articles = truth_articles(synth)
    truth = {a.name: a.event_key for a in synth}

    gc.collect()
    tracemalloc.start()
    start = time.perf_counter()
    events = link_articles(articles)
    link_time = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # A second, untraced run: tracemalloc slows Python down noticeably.
    gc.collect()
    start, cpu_start = time.perf_counter(), time.process_time()
    events = link_articles(articles)
    link_time_plain = time.perf_counter() - start
    link_cpu = time.process_time() - cpu_start
    # As the build links: each article's features were computed while it was read (by the
    # reading processes); the linker gets them and does the rest.
    caches = FeatureCaches()
    start = time.perf_counter()
    given = {a.id: article_features(a, caches) for a in articles}
    features_time = time.perf_counter() - start
    gc.collect()
    start = time.perf_counter()
    given_events = link_articles(articles, features=given)
    link_given_time = time.perf_counter() - start
    if given_events != events:
        raise SystemExit("linking with features computed beforehand gave other events")
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    p, r, f1 = pairwise_scores(events, {a.id: truth[a.id] for a in articles})
    return {
        "n": size, "mode": mode, "gen_s": gen_time, "understand_s": understand_time, "rejected": rejected,
        "link_s": link_time_plain, "link_cpu_s": link_cpu, "features_s": features_time,
        "link_given_s": link_given_time, "link_traced_s": link_time, "peak_mb": peak / 2**20,
        "maxrss_mb": maxrss_kb / 1024, "events": len(events),
        "true_events": len(set(truth.values())), "precision": p, "recall": r, "f1": f1,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark kabar.linking on synthetic corpora.")
    parser.add_argument("--sizes", default="1000,5000,20000", help="comma-separated article counts")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--truth-features", action="store_true",
                        help="use truth lang/date/countries instead of the understanding pipeline")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    rows = [run(int(s), args.seed, args.truth_features) for s in args.sizes.split(",") if s.strip()]
    header = (f"{'N':>6} {'mode':>8} {'understand s':>12} {'link s':>7} {'cpu s':>6} {'features s':>10} "
              f"{'rest s':>6} {'traced s':>8} {'peak MB':>8} "
              f"{'maxrss MB':>9} {'events':>7} {'true ev':>7} {'P':>6} {'R':>6} {'F1':>6}")
    print(header)
    print("-" * len(header))
    for row in rows:
        und = f"{row['understand_s']:.2f}" if row["understand_s"] is not None else "-"
        print(f"{row['n']:>6} {row['mode']:>8} {und:>12} {row['link_s']:>7.2f} {row['link_cpu_s']:>6.2f} "
              f"{row['features_s']:>10.2f} {row['link_given_s']:>6.2f} {row['link_traced_s']:>8.2f} "
              f"{row['peak_mb']:>8.1f} {row['maxrss_mb']:>9.1f} {row['events']:>7} {row['true_events']:>7} "
              f"{row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}")
        if row["rejected"]:
            print(f"       ({row['rejected']} articles rejected by the pipeline)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
