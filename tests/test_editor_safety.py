"""Nothing an editor puts in the repository crashes the build or silently changes the archive
(issue #6): their own files, seed folders, hostile titles, the closing line, the settings, and
builds that are the same whatever process or folder makes them."""
from __future__ import annotations

import filecmp
import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest
from pelican import Pelican
from pelican.settings import read_settings

from kabar import search
from kabar.editorfiles import load_overrides, load_registry
from tests.conftest import ROOT, SEEDS
from tests.sitebuild import build_site, by_file, catalogue, page, report, write_seeds

SEED_FILES = sorted(SEEDS.glob("*.txt"))
S000, S001 = SEED_FILES[0].name, SEED_FILES[1].name


def copy_seeds(folder: Path, layout: dict[str, str] | None = None) -> Path:
    """The five seeds in ``folder``; ``layout`` puts some in subfolders (file name -> subfolder)."""
    for path in SEED_FILES:
        sub = (layout or {}).get(path.name[:3], "")
        target = folder / sub / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    return folder


def pelican(seeds: Path, out: Path, *extra_env: tuple[str, str], cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """A real `pelican` process, as `make html` runs it."""
    env = dict(os.environ, KABAR_SEEDS=str(seeds), COLUMNS="500", **dict(extra_env))  # log lines unwrapped
    return subprocess.run([str(Path(sys.executable).with_name("pelican")), "content", "-s", "pelicanconf.py",
                           "-o", str(out)], cwd=cwd, env=env, capture_output=True, text=True)


# ------------------------------------------------------------------ the editors' own files

@pytest.mark.parametrize("content, words", [
    # Windows-1252 (an accented name): one line naming the file, the line and what to do
    ("# notes\n[[together]]\nnote = \"Nguyễn\"\n".encode("utf-8").replace("ễ".encode(), b"\xe9"),
     ["events.toml", "line 3", "not UTF-8", "save the file as UTF-8"]),
    (b"[[together]\narticles = [1]\n", ["events.toml", "not valid TOML", "line 1", "fix it"]),
    (b"[together]\narticles = [\"a\", \"b\"]\n", ["events.toml", "array of tables"]),
    (b"[[apart]]\nnote = \"no list\"\n", ["events.toml", "apart #1 needs an 'articles' list"]),
])
def test_an_unreadable_overrides_file_stops_the_build_with_one_line(tmp_path, caplog, content, words):
    events = tmp_path / "events.toml"
    events.write_bytes(content)
    with pytest.raises(SystemExit), caplog.at_level(logging.CRITICAL):
        build_site(copy_seeds(tmp_path / "seeds"), tmp_path / "out", events_file=events)
    (record,) = [r for r in caplog.records if r.levelno == logging.CRITICAL]
    message = record.getMessage()
    assert all(w in message for w in words), message
    assert "\n" not in message and record.exc_info is None


def test_the_build_stops_without_a_traceback(tmp_path):
    events = tmp_path / "events.toml"
    events.write_bytes(b"[[together]\n")
    run = pelican(copy_seeds(tmp_path / "seeds"), tmp_path / "out", ("KABAR_EVENTS", str(events)))
    assert run.returncode == 1
    output = run.stdout + run.stderr
    assert "events.toml" in output and "not valid TOML" in output
    assert "Traceback" not in output and "Error:" not in output.replace("TOML", "")


def test_overrides_naming_an_article_twice_or_both_ways_are_reported_and_the_build_goes_on(tmp_path):
    events = tmp_path / "events.toml"
    events.write_text(f'[[together]]\narticles = ["{S000}", "{S001}", "{S000}"]\n'
                      f'[[apart]]\narticles = ["{S000}", "{S001}"]\n', encoding="utf-8")
    out = build_site(copy_seeds(tmp_path / "seeds"), tmp_path / "out", events_file=events)
    entries = by_file(out)
    assert entries[S000]["event"] == entries[S001]["event"]  # together wins
    problems = " ".join(report(out)["overrides"])
    assert "both together and apart; together wins" in problems


def test_a_named_overrides_file_that_is_missing_is_a_warning_the_default_may_be_absent(tmp_path, caplog):
    seeds = copy_seeds(tmp_path / "seeds")
    with caplog.at_level(logging.WARNING):
        build_site(seeds, tmp_path / "a", events_file=tmp_path / "nope.toml")
    assert any("nope.toml" in r.getMessage() and "does not exist" in r.getMessage() for r in caplog.records)
    caplog.clear()
    # a site whose content folder has no events.toml, the default: no word about it
    (tmp_path / "site" / "content").mkdir(parents=True)
    settings = read_settings(str(ROOT / "pelicanconf.py"), override={
        "PATH": str(tmp_path / "site" / "content"), "OUTPUT_PATH": str(tmp_path / "c"),
        "KABAR": {"SEEDS": str(seeds), "EVENTS_FILE": "content/events.toml"}})
    with caplog.at_level(logging.WARNING):
        Pelican(settings).run()
    assert not any("events.toml" in r.getMessage() for r in caplog.records)
    assert (tmp_path / "c" / "index.html").is_file()


def test_load_overrides_and_registry_directly(tmp_path):
    path = tmp_path / "events.toml"
    path.write_text('[[together]]\narticles = ["a", "b"]\n', encoding="utf-8")
    overrides, problems = load_overrides(path, {"a": "A", "b": "B"})
    assert overrides.together == (("A", "B"),) and problems == []
    assert load_registry(tmp_path / "absent.json") == {}


@pytest.mark.parametrize("content, words", [
    ('{"abc": {"url": "en/2024/x.html", "previous": []}', ["line 1", "not valid JSON", "git checkout"]),  # cut short
    ("[]", ["a JSON list, not a permalink registry"]),
    ('{"abc": "en/2024/x.html"}', ["entry 'abc'"]),
    ('{"abc": {"url": "x", "previous": "y"}}', ["entry 'abc'"]),
    ('{\n"abc": {"url": "en/2024/caf\xe9.html", "previous": []}}', ["line 2", "not UTF-8"]),  # saved as Latin-1
])
def test_a_corrupt_registry_stops_the_build(tmp_path, caplog, content, words):
    registry = tmp_path / "permalinks.json"
    registry.write_bytes(content.encode("latin-1") if "not UTF-8" in words else content.encode("utf-8"))
    with pytest.raises(SystemExit), caplog.at_level(logging.CRITICAL):
        build_site(copy_seeds(tmp_path / "seeds"), tmp_path / "out", PERMALINKS_FILE=str(registry))
    message = " ".join(r.getMessage() for r in caplog.records if r.levelno == logging.CRITICAL)
    assert "permalinks.json" in message and all(w in message for w in words), message
    assert registry.read_bytes() == (content.encode("latin-1") if "not UTF-8" in words else content.encode())


def test_an_old_url_now_another_articles_page_is_not_redirected(tmp_path, caplog):
    seeds = copy_seeds(tmp_path / "seeds")
    first = by_file(build_site(seeds, tmp_path / "probe"))
    taken = first[S001]["url"]
    registry = tmp_path / "permalinks.json"
    registry.write_text(json.dumps({first[S000]["id"]: {"url": first[S000]["url"], "previous": [taken]}}),
                        encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        out = build_site(seeds, tmp_path / "out", PERMALINKS_FILE=str(registry))
    assert any("now another article's page" in r.getMessage() for r in caplog.records)
    assert "http-equiv" not in (out / taken).read_text(encoding="utf-8")  # still 001's own page


# ------------------------------------------------------------------ seeds in folders

def test_nested_folders_build_the_same_site_as_one_folder(tmp_path):
    flat = build_site(copy_seeds(tmp_path / "flat" / "seeds"), tmp_path / "flat-out")
    nested = build_site(copy_seeds(tmp_path / "nested" / "seeds", {"000": "2024/03", "002": "vov", "004": "vov/sg"}),
                        tmp_path / "nested-out")
    compared = filecmp.dircmp(flat, nested)
    differing = _differences(compared, "")
    assert differing == ["api/articles.json", "api/build-report.json"], differing
    # ... and those differ only by the seeds' paths
    flat_cat, nested_cat = catalogue(flat), catalogue(nested)
    for a in nested_cat["articles"]:
        a["source_file"] = a["source_file"].rsplit("/", 1)[-1]
    nested_cat["articles"].sort(key=lambda a: a["source_file"])
    assert flat_cat == nested_cat
    files = {f["file"] for f in report(nested)["files"]}
    assert {f"2024/03/{S000}", f"vov/{SEED_FILES[2].name}", f"vov/sg/{SEED_FILES[4].name}", S001} <= files


def _differences(cmp: filecmp.dircmp, prefix: str) -> list[str]:
    out = [prefix + n for n in cmp.diff_files + cmp.left_only + cmp.right_only]
    for name, sub in sorted(cmp.subdirs.items()):
        out += _differences(sub, f"{prefix}{name}/")
    return sorted(out)


def test_two_files_of_one_name_in_two_folders_are_both_kept_and_warned_about(tmp_path):
    seeds = copy_seeds(tmp_path / "seeds")
    (seeds / "other").mkdir()
    shutil.copyfile(SEED_FILES[4], seeds / "other" / S000)  # another article under 000's name
    out = build_site(seeds, tmp_path / "out")
    entries = {a["source_file"]: a for a in catalogue(out)["articles"]}
    assert entries[S000]["id"] != entries[f"other/{S000}"]["id"]
    assert entries[S000]["url"] != entries[f"other/{S000}"]["url"]
    files = {f["file"]: f for f in report(out)["files"]}
    assert any(f"other/{S000}" in p for p in files[S000]["problems"])
    assert any(S000 in p and "same file name" in p for p in files[f"other/{S000}"]["problems"])


def test_moving_a_seed_between_folders_keeps_its_id_and_url(tmp_path):
    before = by_file(build_site(copy_seeds(tmp_path / "a"), tmp_path / "a-out"))
    after = {a["source_file"].rsplit("/", 1)[-1]: a
             for a in catalogue(build_site(copy_seeds(tmp_path / "b", {"003": "2025/may"}), tmp_path / "b-out"))["articles"]}
    name = SEED_FILES[3].name
    assert (after[name]["id"], after[name]["url"]) == (before[name]["id"], before[name]["url"])


def test_a_link_out_of_the_seeds_folder_is_refused_in_a_subfolder_too(tmp_path):
    outside = write_seeds(tmp_path / "outside", {"secret.txt": "Secret plans\n\nThe secret plans of Peru.\n"})
    seeds = copy_seeds(tmp_path / "seeds")
    (seeds / "sub").mkdir()
    (seeds / "sub" / "link.txt").symlink_to(outside / "secret.txt")
    (seeds / "linked-folder").symlink_to(outside, target_is_directory=True)
    out = build_site(seeds, tmp_path / "out")
    files = {f["file"]: f for f in report(out)["files"]}
    assert files["sub/link.txt"]["status"] == "rejected"
    assert files["linked-folder/"]["status"] == "ignored"
    assert "Secret plans" not in json.dumps(catalogue(out))


# ------------------------------------------------------------------ hostile titles

HOSTILE = ("Minister\u202e tsil kcalb \u202c meets \u200bAmbassador\u2066 in Lima</script><script>alert(1)</script>"
           " & \"quotes\" {{ 7*7 }}\n\nThe ministers of Peru and Chile met in Lima on 4 March 2024 to discuss "
           "trade, fisheries and the new port.\n")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    seeds = write_seeds(root / "seeds", {"hostile.txt": HOSTILE,
                                        "peru.txt": "Peru and Chile sign port deal\n\nThe ministers of Peru and "
                                                    "Chile signed a port deal in Lima on 4 March 2024.\n"})
    registry = root / "permalinks.json"
    registry.write_text("{}", encoding="utf-8")
    out = build_site(seeds, root / "out", PERMALINKS_FILE=str(registry), PERMALINKS_UPDATE=True,
                     PUBLIC_URL="https://example.org/arch")
    return root, out


INVISIBLE = ("\u202e", "\u202c", "\u200b", "\u2066")


def test_invisible_and_bidi_characters_leave_titles_slugs_catalogue_feeds_and_search(hostile):
    root, out = hostile
    entry = by_file(out)["hostile.txt"]
    everywhere = [entry["title"], entry["url"], (out / "api" / "articles.json").read_text(encoding="utf-8"),
                  (out / "feeds" / "all.atom.xml").read_text(encoding="utf-8"),
                  (out / entry["url"]).read_text(encoding="utf-8"),
                  *(p.read_text(encoding="utf-8") for p in sorted((out / "search").rglob("*.js")))]
    for text in everywhere:
        assert not any(ch in text for ch in INVISIBLE)
    assert (out / entry["raw_url"]).read_text(encoding="utf-8") == HOSTILE  # the original keeps them
    assert "invisible" in " ".join(entry["warnings"])


def test_hostile_titles_are_text_in_feeds_index_and_pages(hostile):
    root, out = hostile
    feed_text = (out / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert "<script>" not in feed_text
    feed = feedparser.parse(feed_text)
    assert not feed.bozo
    assert any("</script><script>alert(1)</script>" in e.title for e in feed.entries)
    search_js = [p.read_text(encoding="utf-8") for p in sorted((out / "search").rglob("*.js"))]
    assert any("alert(1)" in text for text in search_js)  # the title is in the index...
    assert not any("</script>" in text.lower() for text in search_js)  # ...and cannot close the <script> loading it
    html = (out / by_file(out)["hostile.txt"]["url"]).read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "{{ 7*7 }}" in html


def test_hostile_titles_in_redirect_pages_and_the_digest(hostile, tmp_path):
    root, out = hostile
    registry = root / "permalinks.json"
    data = json.loads(registry.read_text(encoding="utf-8"))
    aid = by_file(out)["hostile.txt"]["id"]
    data[aid]["previous"] = ["en/2024/old-address.html"]
    registry.write_text(json.dumps(data), encoding="utf-8")
    again = build_site(root / "seeds", tmp_path / "again", PERMALINKS_FILE=str(registry),
                       PUBLIC_URL="https://example.org/arch")
    redirect = (again / "en" / "2024" / "old-address.html").read_text(encoding="utf-8")
    assert "<script>" not in redirect and "&lt;/script&gt;" in redirect
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "digest.py"), "--from", "2024-03-01", "--to",
                          "2024-03-31", "--lang", "en", "--site-url", "https://example.org/arch",
                          "--catalogue", str(again / "api" / "articles.json"), "--out", str(tmp_path / "d")],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    digest_html = (tmp_path / "d" / "digest-2024-03-01-2024-03-31-en.html").read_text(encoding="utf-8")
    assert "<script>" not in digest_html and "&lt;/script&gt;" in digest_html


@pytest.mark.parametrize("args, message", [
    (["--from", "2024-13-01", "--to", "2024-03-31"], "must be dates"),
    (["--from", "2024-04-01", "--to", "2024-03-31"], "is after --to"),
    (["--from", "2024-03-01", "--to", "2024-03-31", "--site-url", "archive"], "must be absolute"),
    (["--from", "2024-03-01", "--to", "2024-03-31", "--catalogue", "/nonexistent/articles.json"], "does not exist"),
])
def test_the_digest_tool_refuses_bad_arguments_with_a_message(tmp_path, args, message):
    if "--site-url" not in args:
        args = [*args, "--site-url", "https://example.org"]
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "digest.py"), *args, "--out", str(tmp_path)],
                         capture_output=True, text=True)
    assert run.returncode == 2 and message in run.stderr and "Traceback" not in run.stderr


# ------------------------------------------------------------------ slugs, search, feeds, settings

@pytest.mark.parametrize("name, text, url_end", [
    ("a.txt", "Index\n\nThe ministers of Peru and Chile met in Lima on 4 March 2024 to talk about fisheries.\n",
     "/index-article.html"),  # a reserved name
    ("a.txt", "Путин и Джоко Видодо провели переговоры\n\nПрезиденты встретились в Москве 4 марта 2024 года.\n",
     "/putin-i-dzhoko-vidodo-proveli-peregovory.html"),
    # a page without a letter in it is titled by its file's name: a number, and no letter at all
    ("2024.txt", "2024\n\n12 345 678\n", "/2024-article.html"),
    ("!!!.txt", "!!! ??? ...\n\n12 345 678\n", "/article.html"),
])
def test_slugs_of_awkward_titles(tmp_path, name, text, url_end):
    out = build_site(write_seeds(tmp_path / "seeds", {name: text}), tmp_path / "out")
    assert by_file(out)[name]["url"].endswith(url_end)


def test_two_titles_giving_one_url_get_an_id_suffix(tmp_path):
    text = "Peru and Chile meet\n\nThe ministers of Peru and Chile met in Lima on 4 March 2024.\n"
    out = build_site(write_seeds(tmp_path / "seeds", {"a.txt": text, "b.txt": text.replace("met", "talked")}),
                     tmp_path / "out")
    entries = by_file(out)
    urls = sorted(e["url"] for e in entries.values())
    first, second = sorted(entries.values(), key=lambda e: e["id"])
    assert first["url"].endswith("/peru-and-chile-meet.html")
    assert second["url"].endswith(f"/peru-and-chile-meet-{second['id'][:6]}.html")
    assert len(set(urls)) == 2


def test_the_search_index_in_python():
    docs = [search.SearchDoc("id/2024/a.html", "Menlu bertemu di Hà Nội", "id", "2024-03-04", ("RU", "VN"),
                             "Kedua menteri bekerja sama dan berkunjung."),
            search.SearchDoc("en/2024/b.html", "Ministers meet in Hanoi", "en", "2024-03-04", ("RU", "VN"),
                             "The two ministers agreed to cooperate.")]
    index = search.build_index(docs)
    assert [d[0] for d in index["docs"]] == ["id/2024/a.html", "en/2024/b.html"]
    assert "ha" in index["words"] and "noi" in index["words"]  # diacritics folded
    stem = index["stems"][index["words"]["berkunjung"]]
    assert stem == "kunjung"  # Sastrawi's Indonesian stem
    files = search.index_files(index)
    assert files["index.js"].startswith("window.KABAR_SEARCH=")
    assert not any("</script" in text.lower() for text in files.values())


def test_the_disk_builds_feeds_parse_with_relative_links(tmp_path):
    out = build_site(copy_seeds(tmp_path / "seeds"), tmp_path / "out")
    for feed_path in sorted((out / "feeds").glob("*.atom.xml")):
        feed = feedparser.parse(feed_path.read_text(encoding="utf-8"))
        assert not feed.bozo, feed_path
        assert feed.entries and all(e.link and "://" not in e.link for e in feed.entries)


def test_link_settings_and_latest_count_in_a_real_build(tmp_path):
    seeds = copy_seeds(tmp_path / "seeds")
    default = by_file(build_site(seeds, tmp_path / "default"))
    assert default[S000]["event"] == default[S001]["event"]
    strict = by_file(build_site(seeds, tmp_path / "strict", LINK_THRESHOLD=1000.0))
    assert strict[S000]["event"] != strict[S001]["event"]
    narrow = by_file(build_site(seeds, tmp_path / "narrow", LINK_WINDOW_DAYS=0))
    assert narrow[S000]["event"] == narrow[S001]["event"]  # the same day: still within a window of 0
    one = build_site(seeds, tmp_path / "one", LATEST_COUNT=1)
    # four Indonesian reports; the section's front page lists the newest one and links to the rest
    section = page(one, "id/index.html")
    assert len(section.select("ul.items > li")) == 1
    assert section.find("a", href="../id/archive.html") is not None
    assert len(page(tmp_path / "default", "id/index.html").select("ul.items > li")) == 4


# ------------------------------------------------------------------ the closing line, the icon

def test_the_closing_lines_count_the_reports(tmp_path):
    run = pelican(copy_seeds(tmp_path / "seeds"), tmp_path / "out")
    assert run.returncode == 0, run.stderr[-2000:]
    output = " ".join((run.stdout + run.stderr).split())
    assert "Processed 5 articles" in output
    assert "5 seed files: 3 ok, 2 ok with warnings, 0 rejected, 0 ignored" in output


def test_every_page_names_an_icon_that_exists(tmp_path):
    out = build_site(copy_seeds(tmp_path / "seeds"), tmp_path / "out")
    assert (out / "favicon.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"  # an ICO, at the root
    for html in sorted(out.rglob("*.html")):
        icon = page(out, str(html.relative_to(out))).select_one('link[rel="icon"]')
        if icon is None:
            continue  # redirect pages: the browser asks the root's favicon.ico
        assert (html.parent / icon["href"]).resolve().is_file(), html


# ------------------------------------------------------------------ determinism

def test_the_same_seeds_give_the_same_bytes_whatever_the_hash_seed_and_folder(tmp_path):
    a = copy_seeds(tmp_path / "one" / "seeds")
    b = copy_seeds(tmp_path / "elsewhere" / "deeper" / "seeds")
    first = pelican(a, tmp_path / "out-a", ("PYTHONHASHSEED", "1"))
    second = pelican(b, tmp_path / "out-b", ("PYTHONHASHSEED", "4242"))
    assert first.returncode == second.returncode == 0
    assert _differences(filecmp.dircmp(tmp_path / "out-a", tmp_path / "out-b"), "") == []
