"""The output folder is kept between builds: a rebuild writes only the files whose bytes change,
removes what the seeds no longer make, and ends byte for byte equal to a cold build into an empty
folder. (Texts written for the tests.)"""
from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from pelican import Pelican
from pelican.settings import read_settings

from kabar.output import replace_bytes, replace_with_chunks
from tests.sitebuild import ROOT, build_site, by_file, page, write_seeds
from tests.test_cache import NEW, SAME_EVENT, _same

SEEDS = ROOT / "seeds"
# NEW's outlet, spelled otherwise
OTHER_SPELLING = SAME_EVENT + "\n(Source: REUTERS)\n"


def _mtimes(out: Path) -> dict[str, int]:
    return {p.relative_to(out).as_posix(): p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}


# (helpers: a large archive's pages are written by two processes, here turned on for a small folder)
@pytest.mark.parametrize("forked", [{}, {"WORKERS": 2, "PARALLEL_MIN": 1}], ids=["one process", "helpers"])
def test_a_rebuild_in_place_equals_a_cold_build_and_leaves_unchanged_files_alone(tmp_path, forked):
    seeds, out, store = tmp_path / "seeds", tmp_path / "out", tmp_path / "cache"
    shutil.copytree(SEEDS, seeds)
    build_site(seeds, out, CACHE_DIR=str(store), **forked)
    (out / "en" / "stale.html").write_text("from an older build", encoding="utf-8")
    before = _mtimes(out)
    steps = [("a new report", lambda: write_seeds(seeds, {"new.txt": NEW})),
             ("its report in another language", lambda: write_seeds(seeds, {"same.txt": SAME_EVENT})),
             ("a seed changed", lambda: write_seeds(seeds, {"new.txt": NEW.replace("shipping", "ports")})),
             ("a seed removed", lambda: (seeds / "same.txt").unlink()),
             ("another spelling of an outlet", lambda: write_seeds(seeds, {"same.txt": OTHER_SPELLING})),
             ("the first spelling's report removed", lambda: (seeds / "new.txt").unlink()),
             ("the last report of an outlet removed", lambda: (seeds / "same.txt").unlink())]
    # (the people pages follow the first four steps: Gabriel Boric and Pham Minh Chinh are named in two
    # reports from the second step, in one again after the fourth)
    boric = ["en/people/gabriel-boric.html", "id/people/gabriel-boric.html", "vi/people/gabriel-boric.html"]
    people_pages = [False, True, True, False]
    outlet_pages = []
    for n, (what, change) in enumerate(steps):
        change()
        build_site(seeds, out, CACHE_DIR=str(store), **forked)
        _same(build_site(seeds, tmp_path / f"cold{n}"), out)
        if n < len(people_pages):
            assert all((out / rel).exists() == people_pages[n] for rel in boric), what
            assert (out / "en" / "people" / "vladimir-titov.html").exists()
            article = by_file(out)["new.txt"]["url"]
            assert ("people/gabriel-boric.html" in (out / article).read_text(encoding="utf-8")) == people_pages[n], what
        outlet_pages.append(sorted(p.name for p in (out / "en" / "outlets").glob("*.html")))
        if n == 5:  # the outlet is named as its one report now spells it
            assert page(out, "en/outlets/reuters.html").h1.text == "REUTERS"
        if n == 0:
            # one new English report: the pages it does not appear on were not rewritten
            after = _mtimes(out)
            untouched = [a["url"] for name, a in by_file(out).items() if name != "new.txt"]
            raws = [a["raw_url"] for name, a in by_file(out).items() if name != "new.txt"]
            theme = [name for name in before if name.startswith("theme/")]
            assert untouched and theme and all(after[name] == before[name] for name in untouched + raws + theme)
    assert not (out / "en" / "stale.html").exists()
    assert "same.txt" not in by_file(out) and "new.txt" not in by_file(out)
    # outlet pages come and go with their reports; a second spelling joins the first one's page
    assert "reuters.html" in outlet_pages[0] and outlet_pages[0] == outlet_pages[4] == outlet_pages[5]
    assert "reuters.html" not in outlet_pages[6] and not (out / "id" / "outlets" / "reuters.html").exists()
    assert by_file(tmp_path / "cold4")["same.txt"]["outlet"] == by_file(tmp_path / "cold4")["new.txt"]["outlet"]


def test_a_raw_copy_that_is_a_hard_link_never_changes_its_seed(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    shutil.copytree(SEEDS, seeds)
    write_seeds(seeds, {"new.txt": NEW})
    build_site(seeds, out)
    raw = out / by_file(out)["new.txt"]["raw_url"]
    write_seeds(seeds, {"new.txt": NEW.replace("shipping", "ports")})  # a new file at the seed's name
    build_site(seeds, out)
    assert raw.read_text(encoding="utf-8") == (seeds / "new.txt").read_text(encoding="utf-8")
    (seeds / "new.txt").write_text(NEW, encoding="utf-8")
    build_site(seeds, out)
    assert (seeds / "new.txt").read_text(encoding="utf-8") == NEW
    assert raw.read_text(encoding="utf-8") == NEW


def test_output_retention_is_kept(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    shutil.copytree(SEEDS, seeds)
    (out / ".git").mkdir(parents=True)
    (out / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    (out / "CNAME").write_text("archive.example.org\n", encoding="utf-8")
    (out / "leftover.html").write_text("old", encoding="utf-8")
    settings = read_settings(str(ROOT / "pelicanconf.py"), override={
        "OUTPUT_PATH": str(out), "OUTPUT_RETENTION": [".git", "CNAME"], "KABAR": {"SEEDS": str(seeds)}})
    Pelican(settings).run()
    assert (out / ".git" / "HEAD").exists() and (out / "CNAME").exists()
    assert not (out / "leftover.html").exists()
    assert (out / "index.html").exists()


def _rendered(caplog) -> tuple[int, int]:
    """(pages rendered, pages) from the build's line "Kabar: output …: 3 of 29 pages rendered …"."""
    line = [r.getMessage() for r in caplog.records if "pages rendered" in r.getMessage()][-1]
    rendered, _, queued = line.split(": ", 2)[2].split(" ")[:3]
    return int(rendered), int(queued)


def test_pages_whose_context_did_not_change_are_not_rendered_again(tmp_path, caplog, monkeypatch):
    import logging

    from kabar import output

    caplog.set_level(logging.INFO)
    seeds, out, store = tmp_path / "seeds", tmp_path / "out", tmp_path / "cache"
    shutil.copytree(SEEDS, seeds)
    build_site(seeds, out, CACHE_DIR=str(store))
    rendered, queued = _rendered(caplog)
    assert rendered == queued > 0
    _age(seeds / "000_06b0b86595874586.txt")  # touched, its bytes the same: every page is looked at
    build_site(seeds, out, CACHE_DIR=str(store))
    assert _rendered(caplog) == (0, queued)  # nothing changed
    write_seeds(seeds, {"new.txt": NEW})
    build_site(seeds, out, CACHE_DIR=str(store))
    rendered, queued = _rendered(caplog)
    assert 0 < rendered < queued / 2
    _same(build_site(seeds, tmp_path / "cold"), out)
    # a page changed by hand is rendered again; so is every page when the templates change
    page = out / by_file(out)["new.txt"]["url"]
    page.write_text("edited", encoding="utf-8")
    build_site(seeds, out, CACHE_DIR=str(store))
    assert _rendered(caplog)[0] == 1 and page.read_text(encoding="utf-8") != "edited"
    monkeypatch.setattr(output, "render_version", lambda *args: b"other templates")
    from kabar import generator
    monkeypatch.setattr(generator, "render_version", lambda *args: b"other templates")
    build_site(seeds, out, CACHE_DIR=str(store))
    rendered, queued = _rendered(caplog)
    assert rendered == queued


@pytest.mark.parametrize("factor, shown", [(1.00001, False), (0.9, True)])
def test_a_link_score_moved_by_the_rest_of_the_archive_renders_only_the_pages_that_show_it(
        tmp_path, monkeypatch, factor, shown):
    """A new report changes how rare the archive's names are, and so the scores of links between
    other reports (at 10 000 seeds, of many reports of its country pair). A score moved in a decimal
    no page shows renders no page again; one moved on its pages (the event's, its reports') renders
    those, and no listing (archives, pairs, people), which shows no score."""
    from dataclasses import replace

    from kabar import generator, rendering

    seeds, out, store = tmp_path / "seeds", tmp_path / "out", tmp_path / "cache"
    shutil.copytree(SEEDS, seeds)
    build_site(seeds, out, CACHE_DIR=str(store))
    catalogue = by_file(out)
    showing = [catalogue[name]["url"] for name in sorted(catalogue) if name.startswith(("000_", "001_"))]
    event = catalogue["000_06b0b86595874586.txt"]["event"]
    showing += [e["url"] for e in json.loads((out / "api" / "articles.json").read_text("utf-8"))["events"]
                if e["id"] == event]
    listings = ["id/2024/03/index.html", "en/2024/03/index.html", "en/pairs/ru-vn.html",
                "en/people/vladimir-titov.html", "id/people/vladimir-titov.html"]  # (not new.txt's)
    assert all((out / rel).is_file() for rel in showing + listings)
    link = generator.link_articles
    monkeypatch.setattr(generator, "link_articles", lambda *args, **kwargs: [
        replace(ev, links=tuple(replace(k, score=k.score * factor) for k in ev.links))
        for ev in link(*args, **kwargs)])
    rendered: list[str] = []
    render = rendering.RenderingMixin._render
    monkeypatch.setattr(rendering.RenderingMixin, "_render",
                        lambda self, writer, job: (rendered.append(job[0]), render(self, writer, job)))
    write_seeds(seeds, {"new.txt": NEW})
    build_site(seeds, out, CACHE_DIR=str(store))
    assert by_file(out)["new.txt"]["url"] in rendered
    assert all((rel in rendered) == shown for rel in showing), rendered
    assert not set(listings) & set(rendered)


def test_an_output_folder_holding_the_seeds_keeps_every_file(tmp_path, caplog):
    """An output folder set by mistake to one that holds the seeds (or the content, the theme):
    the build writes its pages, and removes nothing it did not make."""
    import logging

    caplog.set_level(logging.WARNING)
    project = tmp_path / "project"
    shutil.copytree(SEEDS, project / "seeds")
    (project / "notes.md").write_text("an editor's notes", encoding="utf-8")
    build_site(project / "seeds", project)
    assert (project / "notes.md").exists() and len(list((project / "seeds").glob("*.txt"))) == 5
    assert (project / "index.html").exists()
    assert any("files the build did not make are left in it" in r.getMessage() for r in caplog.records)


def _age(*paths: Path, seconds: int = 60) -> None:
    """Files as an editor's day leaves them: last changed a while before the build."""
    when = time.time_ns() - seconds * 1_000_000_000
    for path in paths:
        for file in ([path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]):
            os.utime(file, ns=(when, when))


def _nothing_changed(caplog) -> bool:
    return any("nothing changed since the last build" in r.getMessage() for r in caplog.records)


def test_a_build_with_nothing_changed_leaves_the_output_alone_and_any_change_makes_a_whole_build(
        tmp_path, caplog):
    import logging

    caplog.set_level(logging.INFO)
    seeds, out, store = tmp_path / "seeds", tmp_path / "out", tmp_path / "cache"
    shutil.copytree(SEEDS, seeds)
    _age(seeds)
    build_site(seeds, out, CACHE_DIR=str(store))
    assert not _nothing_changed(caplog)
    before = _mtimes(out)
    cases = [
        ("nothing", lambda: None, True),
        ("a seed touched", lambda: _age(seeds / "001_7ff7be71dc824154.txt", seconds=30), False),
        ("a page deleted from the output", lambda: (out / "index.html").unlink(), False),
        ("a file dropped into the output", lambda: (out / "en" / "notes.html").write_text("x", encoding="utf-8"),
         False),
        ("a new seed", lambda: (write_seeds(seeds, {"new.txt": NEW}), _age(seeds / "new.txt")), False),
        ("nothing again", lambda: None, True),
        ("a seed removed", lambda: (seeds / "new.txt").unlink(), False),
    ]
    for n, (what, change, skipped) in enumerate(cases):
        change()
        caplog.clear()
        build_site(seeds, out, CACHE_DIR=str(store))
        assert _nothing_changed(caplog) == skipped, what
        _same(build_site(seeds, tmp_path / f"cold-{n}"), out)
        if what == "nothing":
            assert _mtimes(out) == before  # not a file written
    assert (out / "index.html").exists() and not (out / "en" / "notes.html").exists()
    # the same seeds built with other settings into the same folder: a whole build
    caplog.clear()
    build_site(seeds, out, CACHE_DIR=str(store), LINK_WINDOW_DAYS=5)
    assert not _nothing_changed(caplog)


def test_a_seed_changed_right_before_a_build_is_never_taken_as_unchanged(tmp_path, caplog):
    """Changed twice within one tick of the file system's clock, with the same size, a seed would
    look untouched: a build that starts right after a change stores no stamp."""
    import logging

    caplog.set_level(logging.INFO)
    seeds, out, store = tmp_path / "seeds", tmp_path / "out", tmp_path / "cache"
    shutil.copytree(SEEDS, seeds)
    write_seeds(seeds, {"new.txt": NEW})  # (just now)
    build_site(seeds, out, CACHE_DIR=str(store))
    stat = (seeds / "new.txt").stat()
    write_seeds(seeds, {"new.txt": NEW.replace("shipping", "shippin!")})  # same size
    os.utime(seeds / "new.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns))  # and the same time
    caplog.clear()
    build_site(seeds, out, CACHE_DIR=str(store))
    assert not _nothing_changed(caplog)
    assert "shippin!" in (out / by_file(out)["new.txt"]["url"]).read_text(encoding="utf-8")


@pytest.mark.parametrize("before, pieces, rewritten", [
    (None, [b"{\n", b' "a": 1\n', b"}\n"], True),  # a new file
    (b'{\n "a": 1\n}\n', [b"{\n", b' "a": 1\n', b"}\n"], False),  # the same bytes, in other pieces
    (b'{\n "a": 1\n}\n', [b"{\n", b' "a": 2\n', b"}\n"], True),  # one byte changed
    (b'{\n "a": 1\n}\n', [b"{\n", b' "a": 1\n', b"}\n\n"], True),  # longer
])
def test_a_file_written_piece_by_piece_is_replaced_only_when_its_bytes_change(tmp_path, before, pieces, rewritten):
    # (the catalogue is streamed to its file: one left as it was keeps its time, for small deploys)
    path = tmp_path / "api" / "articles.json"
    if before is not None:
        path.parent.mkdir()
        path.write_bytes(before)
        os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    assert replace_with_chunks(path, iter(pieces)) is rewritten
    assert path.read_bytes() == b"".join(pieces)
    assert (path.stat().st_mtime_ns == 1_000_000_000) is (not rewritten)
    assert sorted(p.name for p in path.parent.iterdir()) == ["articles.json"]  # no temporary file left


@pytest.mark.parametrize("before, data, in_place, rewritten", [
    (None, b"<p>new</p>", True, True),  # a new page: written where it goes
    (None, b"<p>new</p>", False, True),  # a new cache file: written beside, then renamed
    (b"<p>old</p>", b"<p>new</p>", True, True),  # a page that changed: replaced whole, never in place
    (b"<p>same</p>", b"<p>same</p>", True, False),  # the same bytes: left alone, its time kept
])
def test_a_file_is_written_only_when_its_bytes_change(tmp_path, before, data, in_place, rewritten):
    path = tmp_path / "en" / "2024" / "page.html"
    if before is not None:
        path.parent.mkdir(parents=True)
        path.write_bytes(before)
        os.utime(path, ns=(1_000_000_000, 1_000_000_000))
        inode = path.stat().st_ino
    assert replace_bytes(path, data, new_in_place=in_place) is rewritten
    assert path.read_bytes() == data
    assert (path.stat().st_mtime_ns == 1_000_000_000) is (before is not None and not rewritten)
    if before is not None and rewritten:  # (a reader of the old page never sees half of the new one)
        assert path.stat().st_ino != inode
    assert sorted(p.name for p in path.parent.iterdir()) == ["page.html"]  # no temporary file left


def test_pages_left_short_by_a_stopped_build_are_written_whole_by_the_next(tmp_path):
    # (a new page is written where it goes: a build stopped while writing it leaves it short)
    seeds, out, store = tmp_path / "seeds", tmp_path / "out", tmp_path / "cache"
    shutil.copytree(SEEDS, seeds)
    cold = build_site(seeds, tmp_path / "cold")
    article = by_file(cold)["001_7ff7be71dc824154.txt"]["url"]
    for rel in (article, "index.html", "api/articles.json"):
        whole = (cold / rel).read_bytes()
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(whole[: len(whole) // 2])
    build_site(seeds, out, CACHE_DIR=str(store))
    _same(cold, out)


def test_pages_are_shared_out_in_chunks_and_a_section_s_people_pages_go_to_one_process():
    from kabar.rendering import PAGE_CHUNK, page_chunks

    jobs = ([("x.html", "pair.html", "en", {})] * (PAGE_CHUNK + 3)
            + [("p.html", "person.html", "en", {})] * 40 + [("p.html", "person.html", "id", {})] * 5
            + [("a.html", "article.html", "id", {})] * 2)
    chunks = page_chunks(jobs)
    assert [end - start for start, end in chunks] == [PAGE_CHUNK, 3, 40, 5, 2]
    assert [i for start, end in chunks for i in range(start, end)] == list(range(len(jobs)))  # each once, in order
    assert page_chunks([]) == []


# another event of a man named in 002 and 003 (whose events go by year with LIST_MAX=1)
PUTIN_AGAIN = ("Russia and Viet Nam open a nuclear science centre\n\n"
               "MOSCOW - President Vladimir Putin and Prime Minister Pham Minh Chinh opened a nuclear science "
               "centre in Moscow on June 18, 2025, with 40 engineers from both countries.\n")


def test_year_pages_of_a_long_list_render_only_the_year_a_report_joins(tmp_path, monkeypatch):
    from kabar import rendering

    seeds, out, store = tmp_path / "seeds", tmp_path / "out", tmp_path / "cache"
    shutil.copytree(SEEDS, seeds)
    build_site(seeds, out, CACHE_DIR=str(store), LIST_MAX=1)
    rendered: list[str] = []
    render = rendering.RenderingMixin._render
    monkeypatch.setattr(rendering.RenderingMixin, "_render",
                        lambda self, writer, job: (rendered.append(job[0]), render(self, writer, job)))
    write_seeds(seeds, {"new.txt": PUTIN_AGAIN})
    build_site(seeds, out, CACHE_DIR=str(store), LIST_MAX=1)
    assert {"en/people/vladimir-putin.html", "en/people/vladimir-putin/2025.html"} <= set(rendered)
    assert "en/people/vladimir-putin/2021.html" not in rendered
    _same(build_site(seeds, tmp_path / "cold", LIST_MAX=1), out)
    # lists short again: their year pages are gone, as from a cold build
    for name in ("new.txt", "003_0aaafbac266f0616.txt", "004_56cefd4969a7a478.txt"):
        (seeds / name).unlink()
    build_site(seeds, out, CACHE_DIR=str(store), LIST_MAX=1)
    assert not list(out.glob("*/people/*/*.html")) and not list(out.glob("*/outlets/*/*.html"))
    _same(build_site(seeds, tmp_path / "cold2", LIST_MAX=1), out)


def test_a_pages_fingerprint_follows_its_record_and_its_own_fields():
    # (a report's page stands in fingerprints by its record's key and its own fields: the same
    #  page fingerprints alike in any build; a page whose record, address or outlet changed does not)
    from dataclasses import replace

    from kabar.outlets import Outlet
    from kabar.output import fingerprint
    from kabar.site import ArticlePage
    from kabar.understand.pipeline import understand

    record = understand(NEW.encode(), "new.txt").record
    record = replace(record, reading="reading-key")
    page_ = ArticlePage(record, "en/new.html", "en", "ev-1")
    same = ArticlePage(replace(record), "en/new.html", "en", "ev-1")
    assert fingerprint(page_, {}) == fingerprint(same, {})
    memo: dict = {}
    seen = fingerprint({"page": page_}, memo)
    others = [replace(page_, url="en/other.html"), replace(page_, outlet=Outlet("wire", "Wire")),
              replace(page_, record=replace(record, warnings=("a title shared with another",))),
              replace(page_, record=replace(record, date=replace(record.date, iso="2001-02-03")))]
    for other in others:  # (one memo for them all, as in a build)
        assert fingerprint({"page": other}, memo) != seen
