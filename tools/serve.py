#!/usr/bin/env python3
"""`make serve`: build, serve the output on localhost, and rebuild when something changes.

usage: tools/serve.py [--seeds seeds] [--output output] [--port 8000]

Watches the seeds folder, `content/` (the event overrides and the permalink registry), the theme,
the plugin's code and `pelicanconf.py` (with watchfiles, which Pelican itself depends on). After a
change it rebuilds (unchanged seeds come from the understanding cache) and says in one line what
changed and how long the rebuild took. The server answers only on 127.0.0.1.
"""
from __future__ import annotations

import argparse
import functools
import http.server
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from watchfiles import Change, watch

ROOT = Path(__file__).resolve().parents[1]
PELICAN = str(ROOT / ".venv" / "bin" / "pelican")
KINDS = {"added": Change.added, "changed": Change.modified, "removed": Change.deleted}
SEED_SUFFIXES = (".txt", ".html", ".htm")  # texts, and web pages saved from the browser
WATCH_TICK_MS = 200  # how often the watcher reports that nothing changed (the first report: it is watching)


def build(seeds: Path, output: Path) -> tuple[bool, float, str]:
    """Run the build; (succeeded, seconds, the end of its error output)."""
    started = time.perf_counter()
    run = subprocess.run([PELICAN, "content", "-s", "pelicanconf.py", "-o", str(output), "-q"], cwd=ROOT,
                         env={**os.environ, "KABAR_SEEDS": str(seeds)}, capture_output=True, text=True)
    return run.returncode == 0, time.perf_counter() - started, (run.stderr or run.stdout)[-1500:]


def describe(changes: set[tuple[Change, str]], seeds: Path) -> str:
    """What changed, in a few words: "1 seed added (a.txt), 2 changed; templates changed"."""
    seed_changes: dict[str, list[str]] = {}
    other: set[str] = set()
    for change, path in changes:
        p = Path(path)
        if p.is_relative_to(seeds):
            if p.suffix.lower() in SEED_SUFFIXES or change == Change.deleted:
                kind = next(k for k, c in KINDS.items() if c == change)
                seed_changes.setdefault(kind, []).append(p.relative_to(seeds).as_posix())
        elif p.is_relative_to(ROOT / "content"):
            other.add(f"{p.name} changed")
        elif p.is_relative_to(ROOT / "theme"):
            other.add("templates changed" if p.suffix == ".html" else "theme changed")
        elif p.suffix == ".py" or p.suffix == ".json":
            other.add("code changed")
    parts = []
    for kind in ("added", "changed", "removed"):
        names = sorted(seed_changes.get(kind, []))
        if names:
            shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
            parts.append(f"{len(names)} seed{'s' if len(names) != 1 else ''} {kind} ({shown})")
    return "; ".join(parts + sorted(other)) or "files touched"


def serve(output: Path, port: int) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(output))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]  (one line per rebuild is enough)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default=str(ROOT / "seeds"))
    parser.add_argument("--output", default=str(ROOT / "output"))
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    seeds, output = Path(args.seeds).resolve(), Path(args.output).resolve()
    ok, seconds, errors = build(seeds, output)
    print(f"built in {seconds:.1f} s" if ok else f"build failed:\n{errors}", flush=True)
    serve(output, args.port)
    watched = [str(p) for p in (seeds, ROOT / "content", ROOT / "theme", ROOT / "plugins", ROOT / "pelicanconf.py")
               if p.exists()]
    announced = False
    try:
        # (the watcher yields nothing once it is watching and nothing changed: only then is the
        # site said to be served, so that a seed dropped in right after that line is never missed)
        for changes in watch(*watched, debounce=400, step=100, rust_timeout=WATCH_TICK_MS, yield_on_timeout=True):
            if not announced:
                print(f"serving {output} at http://127.0.0.1:{args.port}/ (Ctrl+C stops)", flush=True)
                announced = True
            if not changes:
                continue
            ok, seconds, errors = build(seeds, output)
            what = describe(changes, seeds)
            print(f"rebuilt in {seconds:.1f} s: {what}" if ok else f"rebuild failed ({what}):\n{errors}", flush=True)
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
