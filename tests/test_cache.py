"""The understanding cache: a build with it gives the very bytes a build without it gives, after
seeds are added, changed and removed; unchanged seeds are not understood again; a damaged or
foreign cache is ignored with a warning. (Texts written for the tests.)"""
from __future__ import annotations

import json
import logging
import os
import shutil
import time
from pathlib import Path

import pytest

from kabar import cache
from tests.sitebuild import build_site, by_file, write_seeds

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
NEW = ("Chile and Viet Nam sign a wine and copper accord in Santiago\n\n"
       "SANTIAGO (Reuters) - President Gabriel Boric and Prime Minister Pham Minh Chinh signed an accord on wine "
       "and copper trade at La Moneda in Santiago on October 7, 2024, after talks on shipping.\n")
SAME_EVENT = ("Việt Nam và Chile ký hiệp định rượu vang và đồng\n\n"
              "Thủ tướng Phạm Minh Chính và Tổng thống Gabriel Boric đã ký hiệp định thương mại rượu vang và đồng "
              "tại dinh La Moneda ở Santiago ngày 7/10/2024, sau hội đàm về vận tải biển.\n")
# the same short line in three seeds is the site's chrome: the third seed changes how the other two
# read (alone, this line would be taken for the headline: its words come back in the lead)
CHROME = "Wine and copper trade news"


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _same(a: Path, b: Path) -> None:
    fa, fb = _files(a), _files(b)
    assert sorted(fa) == sorted(fb)
    different = [name for name in fa if fa[name] != fb[name]]
    assert not different, f"files differ: {different[:5]}"


def _seeds(folder: Path, extra: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    return write_seeds(folder, extra or {})


def _understood(caplog) -> str:
    lines = [r.getMessage() for r in caplog.records if "understood by an earlier build" in r.getMessage()]
    assert lines, "the build says how many seeds the cache gave"
    return lines[-1]


def test_with_the_cache_each_build_equals_a_build_without_it(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    seeds, store = _seeds(tmp_path / "seeds"), tmp_path / "cache"
    steps = [
        ("first build", {}),
        ("a new report of a new event", {"new.txt": NEW}),
        ("the same event in another language", {"same.txt": SAME_EVENT}),
        ("a seed changed", {"new.txt": NEW.replace("shipping", "shipping and ports")}),
        ("a seed with a line of the site", {"c0.txt": f"{CHROME}\n" + NEW.replace("wine", "wine 0")}),
        ("the line in three seeds: now chrome, and the first seed reads otherwise",
         {f"c{i}.txt": f"{CHROME}\n" + NEW.replace("wine", f"wine {i}") for i in (1, 2)}),
    ]
    for n, (what, files) in enumerate(steps):
        write_seeds(seeds, files)
        warm = build_site(seeds, tmp_path / f"warm{n}", CACHE_DIR=str(store))
        cold = build_site(seeds, tmp_path / f"cold{n}")
        _same(cold, warm)
    assert by_file(tmp_path / "warm4")["c0.txt"]["title"] == CHROME
    assert by_file(tmp_path / "warm5")["c0.txt"]["title"] != CHROME
    (seeds / "same.txt").unlink()  # a seed removed
    _same(build_site(seeds, tmp_path / "cold-last"), build_site(seeds, tmp_path / "warm-last", CACHE_DIR=str(store)))
    assert len(_entries(store)) == len(list(seeds.glob("*.txt")))  # removed and changed seeds leave it
    site = by_file(tmp_path / "warm-last")
    assert "same.txt" not in site and site["new.txt"]["date"] == "2024-10-07"


def _parts(store: Path) -> list[Path]:
    return sorted((store / cache.PARTS_DIR).glob("*.json"))


def _entries(store: Path) -> dict:
    entries = {}
    for path in _parts(store):
        entries.update(json.loads(path.read_text(encoding="utf-8"))["entries"])
    return entries


def test_a_build_writes_only_the_parts_of_the_cache_whose_seeds_changed(tmp_path):
    seeds, store = _seeds(tmp_path / "seeds"), tmp_path / "cache"
    build_site(seeds, tmp_path / "a", CACHE_DIR=str(store))
    before = {p.name: p.stat().st_mtime_ns for p in _parts(store)}
    keys = set(_entries(store))
    assert len(keys) == 5 and before
    time.sleep(0.01)
    write_seeds(seeds, {"new.txt": NEW})
    build_site(seeds, tmp_path / "b", CACHE_DIR=str(store))
    (new_key,) = set(_entries(store)) - keys
    after = {p.name: p.stat().st_mtime_ns for p in _parts(store)}
    rewritten = sorted(name for name in after if after[name] != before.get(name))
    # the new seed's entry and its line keys (parts named by their keys' first two hex digits)
    assert rewritten and f"{cache.part_of(new_key)}.json" in rewritten and len(rewritten) <= 2
    (seeds / "new.txt").unlink()
    build_site(seeds, tmp_path / "c", CACHE_DIR=str(store))
    assert set(_entries(store)) == keys  # a removed seed leaves the cache


def _helper_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if "read by a helper process" in r.getMessage()]


def test_a_few_new_seeds_of_a_large_folder_are_read_by_a_helper_and_the_build_is_the_same(tmp_path, caplog):
    """An editor's everyday build of a large archive (here: PARALLEL_MIN=3 makes six seeds large):
    the new or changed seeds are read by a process forked before the cache is loaded."""
    caplog.set_level(logging.INFO)
    seeds, store = _seeds(tmp_path / "seeds"), tmp_path / "cache"
    large = {"WORKERS": 2, "PARALLEL_MIN": 3}
    steps = [("first build: no cache yet, no helper", {}, None),
             ("a new report", {"new.txt": NEW}, 1),
             ("its event in another language, and a seed changed",
              {"same.txt": SAME_EVENT, "new.txt": NEW.replace("shipping", "shipping and ports")}, 2),
             ("nothing new but a seed removed", {}, None)]
    for n, (what, files, helped) in enumerate(steps):
        write_seeds(seeds, files)
        if n == len(steps) - 1:
            (seeds / "same.txt").unlink()
        caplog.clear()
        warm = build_site(seeds, tmp_path / f"warm{n}", CACHE_DIR=str(store), **large)
        lines = _helper_lines(caplog)
        assert lines == ([f"Kabar: {helped} new or changed seeds read by a helper process"] if helped else []), what
        _same(build_site(seeds, tmp_path / f"cold{n}"), warm)
    assert by_file(tmp_path / "warm2")["same.txt"]["event"] == by_file(tmp_path / "warm2")["new.txt"]["event"]


def test_a_helper_that_fails_leaves_its_seeds_to_the_build(tmp_path, caplog, monkeypatch):
    caplog.set_level(logging.INFO)
    seeds, store = _seeds(tmp_path / "seeds"), tmp_path / "cache"
    large = {"WORKERS": 2, "PARALLEL_MIN": 3}
    build_site(seeds, tmp_path / "first", CACHE_DIR=str(store), **large)
    from kabar import reader

    def broken(path):
        raise RuntimeError("a helper that fails")
    monkeypatch.setattr(reader, "_read_in_worker", broken)  # (the forked helper has it too)
    write_seeds(seeds, {"new.txt": NEW})
    caplog.clear()
    warm = build_site(seeds, tmp_path / "warm", CACHE_DIR=str(store), **large)
    assert any("reading the new or changed seeds stopped" in r.getMessage() for r in caplog.records)
    assert not _helper_lines(caplog)
    _same(build_site(seeds, tmp_path / "cold"), warm)
    assert by_file(warm)["new.txt"]["date"] == "2024-10-07"


def test_unchanged_seeds_are_not_understood_again(tmp_path, caplog, monkeypatch):
    caplog.set_level(logging.INFO)
    seeds, store = _seeds(tmp_path / "seeds"), tmp_path / "cache"
    build_site(seeds, tmp_path / "a", CACHE_DIR=str(store))
    assert _understood(caplog).startswith("Kabar: 0 of 5 ")
    from kabar import reader

    calls = []
    real = reader.understand
    monkeypatch.setattr(reader, "understand", lambda data, name, **kw: calls.append(name) or real(data, name, **kw))
    write_seeds(seeds, {"new.txt": NEW})
    build_site(seeds, tmp_path / "b", CACHE_DIR=str(store))
    assert calls == ["new.txt"]  # only the new seed is read and understood
    assert _understood(caplog).startswith("Kabar: 5 of 6 ")


@pytest.mark.parametrize("where, damage, warned", [
    ("list", lambda text: text[: len(text) // 2], "cannot be read"),  # cut short
    ("list", lambda text: json.dumps({"some": "thing else"}), "not a Kabar cache"),
    ("parts", lambda text: text.replace('"blocks":[[', '"blocks":[[7,', 1), "damaged entry"),  # a broken entry
    ("parts", lambda text: text[: len(text) // 2], "cannot be read"),  # a part cut short
    ("parts", lambda text: json.dumps({"format": "kabar-understanding-part/1", "entries": []}), "not a part"),
    ("parts", None, "cannot be read"),  # a part removed
], ids=["list cut short", "list foreign", "entry broken", "part cut short", "part foreign", "part removed"])
def test_a_damaged_or_foreign_cache_is_ignored_with_a_warning(tmp_path, caplog, where, damage, warned):
    seeds, store = _seeds(tmp_path / "seeds"), tmp_path / "cache"
    cold = build_site(seeds, tmp_path / "cold")
    build_site(seeds, tmp_path / "first", CACHE_DIR=str(store))
    for path in [store / cache.CACHE_FILE] if where == "list" else _parts(store):
        if damage is None:
            path.unlink()
        else:
            path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    caplog.clear()
    caplog.set_level(logging.INFO)
    _same(cold, build_site(seeds, tmp_path / "again", CACHE_DIR=str(store)))
    assert any(warned in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)
    # and the next build has a good cache again
    caplog.clear()
    _same(cold, build_site(seeds, tmp_path / "third", CACHE_DIR=str(store)))
    assert _understood(caplog).startswith("Kabar: 5 of 5 ")


def test_a_cache_of_other_code_is_not_used(tmp_path, caplog, monkeypatch):
    caplog.set_level(logging.INFO)
    seeds, store = _seeds(tmp_path / "seeds"), tmp_path / "cache"
    build_site(seeds, tmp_path / "a", CACHE_DIR=str(store))
    monkeypatch.setattr(cache, "code_version", lambda: "another version")
    build_site(seeds, tmp_path / "b", CACHE_DIR=str(store))
    assert _understood(caplog).startswith("Kabar: 0 of 5 ")


def test_a_seed_rewritten_in_place_with_its_size_and_time_kept_is_read_again(tmp_path, monkeypatch):
    """An unchanged seed is known by its file status (size, times, inode) and not read again; a
    seed rewritten with another text of the same length, its modification time set back, has
    another change time: it is read again, and the site shows its new text."""
    monkeypatch.setattr(cache, "STAT_SETTLED_NS", 0)  # (the test's files are seconds old)
    seeds, store = _seeds(tmp_path / "seeds", {"new.txt": NEW}), tmp_path / "cache"
    build_site(seeds, tmp_path / "a", CACHE_DIR=str(store))
    stats = json.loads((store / cache.CACHE_FILE).read_text(encoding="utf-8"))["stats"]
    assert sorted(stats) == sorted(p.name for p in seeds.glob("*.txt"))
    path = seeds / "new.txt"
    before = path.stat()
    changed = NEW.replace("copper", "cobalt")
    assert len(changed.encode()) == before.st_size
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_mtime_ns == before.st_mtime_ns and path.stat().st_size == before.st_size
    warm = build_site(seeds, tmp_path / "b", CACHE_DIR=str(store))
    assert "cobalt" in by_file(warm)["new.txt"]["title"]
    _same(build_site(seeds, tmp_path / "cold"), warm)


def test_a_file_status_is_trusted_only_once_settled(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("Rusia dan Vietnam\n", encoding="utf-8")
    status = path.stat()
    understood = cache.UnderstandingCache(None, "v")
    understood.put_stat("x.txt", status, "sha", now_ns=status.st_ctime_ns + 1)  # written a moment ago
    assert understood.sha_by_stat("x.txt", status) is None
    understood.put_stat("x.txt", status, "sha", now_ns=status.st_ctime_ns + cache.STAT_SETTLED_NS + 1)
    understood.stats = understood.stats_now
    assert understood.sha_by_stat("x.txt", status) == "sha"
    assert understood.sha_by_stat("y.txt", status) is None


@pytest.mark.parametrize("damage", [
    lambda text: text[: len(text) // 2],  # cut short
    lambda text: json.dumps(dict(json.loads(text), blocks=[])),  # another shape
    lambda text: text.replace("[[", '[["x",', 1),  # a broken judgement
])
def test_the_linking_memo_serves_the_next_build_and_a_damaged_one_is_ignored(tmp_path, caplog, damage):
    """The judgements of the last build's linking are kept in the cache folder: the next build
    weighs again only the pairs of the country pairs its seeds touch, with the output of a cold
    build; a memo that does not read back is ignored with a warning, and the build is the same."""
    caplog.set_level(logging.INFO)
    seeds, store = _seeds(tmp_path / "seeds", {"new.txt": NEW}), tmp_path / "cache"
    build_site(seeds, tmp_path / "first", CACHE_DIR=str(store))
    memo = store / cache.LINK_MEMO_FILE
    first = json.loads(memo.read_text(encoding="utf-8"))["blocks"]
    write_seeds(seeds, {"same.txt": SAME_EVENT})
    warm = build_site(seeds, tmp_path / "second", CACHE_DIR=str(store))
    _same(build_site(seeds, tmp_path / "cold"), warm)
    second = json.loads(memo.read_text(encoding="utf-8"))["blocks"]
    # the seeds' Russia-Viet Nam pairs kept as judged (their block's digest unchanged), the
    # Chile-Viet Nam pair judged again with its new report (a new digest)
    assert set(first) & set(second) and set(second) - set(first)
    assert by_file(warm)["same.txt"]["event"] == by_file(warm)["new.txt"]["event"]
    memo.write_text(damage(memo.read_text(encoding="utf-8")), encoding="utf-8")
    write_seeds(seeds, {"other.txt": NEW.replace("October 7", "October 9").replace("wine", "salmon")})
    caplog.clear()
    warm = build_site(seeds, tmp_path / "third", CACHE_DIR=str(store))
    _same(build_site(seeds, tmp_path / "cold3"), warm)
    assert any("linking memo" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)


# Texts whose linking features hold what later rounds added: the numbered session of a standing body,
# the summits named, the day its event cannot be before, a call, days written without a year
FEATURE_TEXTS = [
    "Erdoğan and Al Thani chair the strategic committee\n\nISTANBUL — Turkish President Recep Tayyip Erdoğan and "
    "the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, chaired the 9th session of the Supreme Strategic "
    "Committee in Istanbul on Monday.\n\nThey met on the sidelines of the G20 summit in Rio de Janeiro last year "
    "too.\n",
    "Macron in Oyo\n\nPresident Emmanuel Macron met President Denis Sassou Nguesso in Oyo, the second visit after "
    "that of July 2022, on 12 March. They spoke by phone on Friday before the visit, planned from 11 to 13 March.\n",
]


def test_a_reports_linking_features_come_back_from_the_cache_whole():
    """A warm build linked otherwise than a cold one: the cache kept a report's linking features but
    not the four that later rounds added (the sessions of a standing body, the summits named, the
    first day its event can be on), so a report that the cold build kept out of another session's
    event joined it when read from the cache (a real set: an undated report of Lavrov's arrival in
    Brazzaville joined an event it had stayed out of). Every feature now comes back as it was read."""
    from dataclasses import fields

    from kabar.linking import article_features
    from kabar.understand.pipeline import link_view, understand

    read = []
    for n, text in enumerate(FEATURE_TEXTS):
        result = understand(text.encode(), f"f{n}.txt")
        features = article_features(link_view(result.record))
        assert cache.result_from_json(cache.result_json(result, features))[1] == features
        read.append(features.features)
    for name in ("sessions", "after", "set_at_summits", "summits", "call", "md"):  # (the table tests them all)
        assert any(getattr(f, name) != field.default for f in read for field in fields(f) if field.name == name), name
