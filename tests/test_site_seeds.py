"""The five real seeds, built into a site: catalogue, pages, archives, determinism."""
import filecmp
import os
import shutil

import pytest

from tests.conftest import SEEDS
from tests.sitebuild import seed_entry, build_site, by_file, catalogue, page, report

EXPECTED = {  # file prefix: (lang, countries, date)
    "000": ("id", ["RU", "VN"], "2024-03-04"),
    "001": ("en", ["RU", "VN"], "2024-03-04"),
    "002": ("id", ["RU", "VN"], None),  # a visit "dari tanggal 29/11-2/12": a span of days (below)
    "003": ("id", ["RU", "VN"], "2025-05-10"),
    "004": ("id", ["SG", "VN"], ("2021-06-20", "2021-06-21")),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_site(SEEDS, tmp_path_factory.mktemp("site"))



@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_catalogue_entry_matches_expectations(site, prefix):
    lang, countries, date = EXPECTED[prefix]
    entry = seed_entry(site, prefix)
    assert entry["lang"] == lang
    assert entry["countries"] == countries
    assert entry["date"] in (date if isinstance(date, tuple) else (date,))
    assert (site / entry["url"]).is_file()
    assert (site / entry["raw_url"]).read_bytes() == (SEEDS / entry["source_file"]).read_bytes()
    for key in ("id", "source_file", "title", "title_derived", "source", "summary", "event"):
        assert key in entry


def test_a_seed_that_gives_a_span_of_days_shows_the_span(site):
    entry = seed_entry(site, "002")
    assert entry["date"] is None and entry["date_span"] == ["2021-11-29", "2021-12-02"]
    assert entry["url"].startswith("id/2021/")  # (filed under its first day)
    shown = page(site, entry["url"]).select_one("dl.facts time")
    assert shown["datetime"] == "2021-11-29" and "29" in shown.text and "2" in shown.text and "2021" in shown.text
    assert "–" in shown.text or "-" in shown.text  # (Babel's interval: "29 Nov–2 Des 2021")
    # every other seed gives one day, or none
    assert all(seed_entry(site, p)["date_span"] is None for p in ("000", "001", "003", "004"))


def test_raw_texts_are_the_seeds_linked_or_copied(site, tmp_path):
    entry = seed_entry(site, "001")
    seed, raw = SEEDS / entry["source_file"], site / entry["raw_url"]
    assert raw.read_bytes() == seed.read_bytes()
    if os.stat(seed).st_dev == os.stat(site).st_dev:
        assert os.path.samefile(raw, seed)  # a hard link: no new file to create
    copied = build_site(SEEDS, tmp_path / "copies", RAW_HARDLINKS=False)
    raw = copied / entry["raw_url"]
    assert raw.read_bytes() == seed.read_bytes() and not os.path.samefile(raw, seed)


def test_titles_headline_or_derived(site):
    assert seed_entry(site, "000")["title_derived"] is True
    assert seed_entry(site, "003")["title_derived"] is True
    assert seed_entry(site, "001")["title"] == (
        "Vietnam, Russia Foreign Ministries hold 13th diplomacy - defence - security strategy dialogue")
    assert seed_entry(site, "001")["title_derived"] is False
    assert len(seed_entry(site, "000")["title"]) <= 110


def test_sources(site):
    assert seed_entry(site, "001")["source"] == {"name": "WVR/VNA", "url": None}
    assert seed_entry(site, "002")["source"]["name"] == "VOVWORLD"
    assert seed_entry(site, "003")["source"]["url"].startswith("https://tuoitre.vn/tong-bi-thu-to-lam")


def test_ids_are_stable_and_unique(site, tmp_path):
    ids = {a["source_file"]: a["id"] for a in catalogue(site)["articles"]}
    assert len(set(ids.values())) == 5
    # the same seed file gives the same id in another build with other neighbours
    other = tmp_path / "seeds"
    other.mkdir()
    (other / "001_7ff7be71dc824154.txt").write_bytes((SEEDS / "001_7ff7be71dc824154.txt").read_bytes())
    out = build_site(other, tmp_path / "out")
    assert by_file(out)["001_7ff7be71dc824154.txt"]["id"] == ids["001_7ff7be71dc824154.txt"]


def test_every_seed_is_in_the_build_report(site):
    rep = report(site)
    assert sorted(f["file"] for f in rep["files"]) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert all(f["status"] in ("ok", "ok-with-warnings") for f in rep["files"])
    assert rep["summary"]["files"] == 5


def test_html_lang_on_every_page(site):
    for path in site.rglob("*.html"):
        assert page(site, path.relative_to(site).as_posix()).html.get("lang"), path


def test_interface_in_the_sections_language(site):
    idx = page(site, "id/index.html")
    assert idx.html["lang"] == "id"
    assert "Terbaru" in idx.select_one("nav.main-nav").text
    en = page(site, "en/index.html")
    assert en.html["lang"] == "en"
    assert "Latest" in en.select_one("nav.main-nav").text


def test_article_page_shows_what_the_reader_needs(site):
    entry = seed_entry(site, "000")
    doc = page(site, entry["url"])
    assert doc.html["lang"] == "id"
    assert doc.h1.text == entry["title"]
    assert doc.find("time")["datetime"] == "2024-03-04"
    assert doc.find("time").text == "4 Maret 2024"  # Babel, in the page's language
    facts = doc.select_one("dl.facts").text
    assert "Indonesia" in facts and "Rusia – Vietnam" in facts
    captions = [c.text for c in doc.select("figure.caption figcaption")]
    assert any(c.startswith("Wakil Menteri Luar Negeri Pertama Rusia Vladimir Titov") for c in captions)
    assert "Komentar" not in doc.select_one(".article-body").text
    raw = doc.select_one("p.raw a")["href"]
    assert raw.endswith(entry["raw_url"])


def test_english_article_dates_in_english_and_source_link(site):
    doc = page(site, seed_entry(site, "003")["url"])
    link = doc.select_one("dl.facts a[href^='https://tuoitre.vn/']")
    assert link is not None and link.text == "Tuoitre.vn"
    doc = page(site, seed_entry(site, "001")["url"])
    assert doc.find("time").text == "March 4, 2024"
    assert len(doc.select("figure.caption")) == 4


def test_pair_pages_use_cldr_names_in_each_language(site):
    assert page(site, "id/pairs/ru-vn.html").h1.text == "Rusia – Vietnam"
    assert page(site, "en/pairs/ru-vn.html").h1.text == "Russia – Vietnam"
    assert page(site, "id/pairs/sg-vn.html").h1.text == "Singapura – Vietnam"
    titles = {a.text for a in page(site, "id/pairs/ru-vn.html").select(".reports a")}
    assert seed_entry(site, "002")["title"] in titles and seed_entry(site, "001")["title"] in titles


def test_year_and_month_archives(site):
    month = page(site, "id/2021/11/index.html")
    assert month.h1.text == "November 2021"
    assert [a.text for a in month.select(".item-title")] == [seed_entry(site, "002")["title"]]
    year = page(site, "id/2021/index.html")
    assert {h.text for h in year.select("h2")} == {"Juni 2021", "November 2021"}
    assert page(site, "en/2024/03/index.html").h1.text == "March 2024"


def test_home_lists_languages_pairs_and_years(site):
    home = page(site, "index.html")
    text = home.text
    assert "Indonesia" in text and "English" in text
    assert "Russia – Vietnam" in text and "Singapore – Vietnam" in text
    assert {"2021", "2024", "2025"} <= {s.text for s in home.select(".year")}


def test_two_builds_are_byte_identical(site, tmp_path):
    again = build_site(SEEDS, tmp_path / "again")
    cmp = filecmp.dircmp(site, again)

    def diff(c):
        out = list(c.left_only) + list(c.right_only) + list(c.diff_files)
        for sub in c.subdirs.values():
            out += diff(sub)
        return out

    # dircmp compares shallowly by stat; compare every file's bytes as well
    assert diff(cmp) == []
    for root, _dirs, files in os.walk(site):
        for name in files:
            a = os.path.join(root, name)
            b = os.path.join(again, os.path.relpath(a, site))
            assert open(a, "rb").read() == open(b, "rb").read(), a


def test_reading_and_writing_in_parallel_give_the_same_site(tmp_path):
    """Large archives are read, and their pages written, by two processes; the output must
    not depend on it (PARALLEL_MIN=1 turns both on for a small folder)."""
    import sys
    sys.path.insert(0, str(SEEDS.parent / "tools"))
    from synth import generate

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    for art in generate(30, seed=3):
        (seeds / art.name).write_text(art.text, encoding="utf-8")
    one = build_site(seeds, tmp_path / "one", WORKERS=1)
    two = build_site(seeds, tmp_path / "two", WORKERS=2, PARALLEL_MIN=1)
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(two) for p in two.rglob("*") if p.is_file())
    assert len(files) > 100
    for rel in files:
        assert (one / rel).read_bytes() == (two / rel).read_bytes(), rel


@pytest.mark.parametrize("template", ["home.html", "event.html"])  # the first page written, and a late one
def test_a_page_that_cannot_be_written_fails_the_build_in_either_process(tmp_path, template):
    """Pages are written by two processes: a template error in either must stop the build,
    never leave an archive with pages silently missing."""
    from jinja2 import UndefinedError

    theme = tmp_path / "theme"
    shutil.copytree(SEEDS.parent / "theme", theme)
    broken = theme / "templates" / template
    text = broken.read_text(encoding="utf-8")
    assert "{% block content %}" in text
    broken.write_text(text.replace("{% block content %}", "{% block content %}{{ nothing.missing.attribute }}", 1),
                      encoding="utf-8")
    from pelican import Pelican
    from pelican.settings import read_settings

    settings = read_settings(str(SEEDS.parent / "pelicanconf.py"), override={
        "OUTPUT_PATH": str(tmp_path / "out"), "THEME": str(theme),
        "KABAR": {"SEEDS": str(SEEDS), "EVENTS_FILE": None, "WORKERS": 2, "PARALLEL_MIN": 1}})
    from kabar.generator import KabarBuildError

    with pytest.raises((UndefinedError, KabarBuildError)):
        Pelican(settings).run()
