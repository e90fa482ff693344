"""`make serve` (tools/serve.py): it serves the build on localhost and, when a seed is added,
rebuilds and says so in one line."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import ROOT, SEEDS

NEW = ("Chile and Viet Nam sign a wine and copper accord in Santiago\n\n"
       "SANTIAGO (Reuters) - President Gabriel Boric and Prime Minister Pham Minh Chinh signed an accord on wine "
       "and copper trade at La Moneda in Santiago on October 7, 2024, after talks on shipping.\n")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _line(proc: subprocess.Popen, start: str, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.startswith(start):
            return line.strip()
        if not line and proc.poll() is not None:
            break
    raise AssertionError(f"no line starting with {start!r}")


def test_serve_rebuilds_when_a_seed_is_added(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, str(ROOT / "tools" / "serve.py"), "--seeds", str(seeds),
                             "--output", str(tmp_path / "out"), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={"KABAR_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"})
    try:
        assert _line(proc, "built in")
        assert _line(proc, "serving").endswith(f"http://127.0.0.1:{port}/ (Ctrl+C stops)")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html", timeout=10) as page:
            assert page.status == 200 and b"<html" in page.read()
        (seeds / "new.txt").write_text(NEW, encoding="utf-8")
        rebuilt = _line(proc, "rebuilt")
        assert "1 seed added (new.txt)" in rebuilt
        entries = (tmp_path / "out" / "api" / "articles.json").read_text(encoding="utf-8")
        assert "new.txt" in entries
    finally:
        proc.terminate()
        proc.wait(timeout=10)
