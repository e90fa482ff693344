"""The editors' commands: `make html SEEDS=… OUTPUT=…` builds another folder into another output."""
import json
import os
import subprocess

from tests.conftest import ROOT, SEEDS


def test_make_html_with_other_seeds_and_output(tmp_path):
    seeds = tmp_path / "batch"
    seeds.mkdir()
    (seeds / "a.txt").write_bytes(next(SEEDS.glob("004_*.txt")).read_bytes())
    (seeds / "b.txt").write_text("Japan and Korea hold talks\n\nThe foreign ministers of Japan and South "
                                 "Korea met in Tokyo on 7 February 2024.\n", encoding="utf-8")
    registry = (ROOT / "content" / "permalinks.json").read_bytes()
    out = tmp_path / "out"
    # (a cache of its own: the repository's would remember these seeds' outcomes from an earlier run,
    # and the log would sum them up instead of naming each)
    run = subprocess.run(["make", "html", f"SEEDS={seeds}", f"OUTPUT={out}"], cwd=ROOT,
                         capture_output=True, text=True, env={**os.environ, "KABAR_CACHE_DIR": str(tmp_path / "cache")})
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads((out / "api" / "build-report.json").read_text(encoding="utf-8"))
    assert report["seeds_folder"] == "batch"
    assert sorted(f["file"] for f in report["files"]) == ["a.txt", "b.txt"]
    catalogue = json.loads((out / "api" / "articles.json").read_text(encoding="utf-8"))
    assert {a["countries"][0] + a["countries"][1] for a in catalogue["articles"]} == {"SGVN", "JPKR"}
    assert (out / "index.html").is_file()
    assert (ROOT / "content" / "permalinks.json").read_bytes() == registry  # a trial leaves it alone
    assert "seed a.txt: ok" in run.stdout + run.stderr
