"""Outlet pages and timelines in a built site: the five seeds (VOVWORLD: seeds 002 and 004), spelling
variants of one outlet in texts written for the tests, every pair page's timeline and the home
page's chart, and their links, which must name files that exist."""
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import SEEDS
from tests.sitebuild import build_site, by_file, catalogue, page, report, seed_entry, write_seeds

SECTIONS = ("en", "id")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_site(SEEDS, tmp_path_factory.mktemp("outlets"))


def target(site: Path, rel: str, href: str) -> tuple[Path, str]:
    """The file a link of the page ``rel`` names, and its fragment; fails for links that leave the
    site, are absolute or name a folder."""
    parts = urlsplit(href)
    assert not parts.scheme and not href.startswith("/"), f"{rel}: {href} is not relative"
    path = (site / rel).parent.joinpath(unquote(parts.path)).resolve()
    assert path.is_relative_to(site.resolve()), f"{rel}: {href} leaves the site"
    assert path.is_file(), f"{rel}: {href} names no file"
    return path, parts.fragment


def test_vovworld_has_a_page_with_seeds_002_and_004_newest_first(site):
    newer, older = seed_entry(site, "002"), seed_entry(site, "004")
    assert (newer["date"] or newer["date_span"][0]) > older["date"]  # (002 gives a span of days: filed by its first)
    for section in SECTIONS:
        rel = f"{section}/outlets/vovworld.html"
        doc = page(site, rel)
        assert doc.h1.text == "VOVWORLD" and doc.html["lang"] == section
        links = doc.select("ul.items .item-title")
        assert [a.text for a in links] == [newer["title"], older["title"]]
        assert [target(site, rel, a["href"])[0] for a in links] == [(site / e["url"]).resolve() for e in (newer, older)]


def test_each_seed_has_the_outlet_its_text_names(site):
    assert {prefix: seed_entry(site, prefix)["outlet"] for prefix in ("000", "001", "002", "003", "004")} == {
        "000": None, "001": "wvr-vna", "002": "vovworld", "003": "tuoitre", "004": "vovworld"}
    outlets = {o["id"]: o for o in catalogue(site)["outlets"]}
    assert sorted(outlets) == ["tuoitre", "vovworld", "wvr-vna"]
    assert outlets["vovworld"]["articles"] == sorted([seed_entry(site, "002")["id"], seed_entry(site, "004")["id"]])
    assert outlets["tuoitre"]["domain"] == "tuoitre.vn" and outlets["tuoitre"]["name"] == "Tuoitre.vn"
    assert outlets["wvr-vna"]["name"] == "WVR/VNA" and outlets["wvr-vna"]["url"] == "en/outlets/wvr-vna.html"
    for section in SECTIONS:
        for slug in outlets:
            assert (site / section / "outlets" / f"{slug}.html").is_file()


def test_article_pages_link_to_their_outlet(site):
    for prefix in ("001", "002", "003", "004"):
        entry = seed_entry(site, prefix)
        doc = page(site, entry["url"])
        (link,) = [a for a in doc.select("dl.facts a") if "/outlets/" in a["href"]]
        path, _ = target(site, entry["url"], link["href"])
        assert path == (site / entry["url"].split("/")[0] / "outlets" / f"{entry['outlet']}.html").resolve()
    doc = page(site, seed_entry(site, "000")["url"])
    assert not [a for a in doc.select("dl.facts a") if "/outlets/" in a["href"]]


def test_an_outlets_index_in_every_section(site):
    for section in SECTIONS:
        rel = f"{section}/outlets/index.html"
        doc = page(site, rel)
        names = [a.text for a in doc.select("ul.outlets a")]
        assert names == ["Tuoitre.vn", "VOVWORLD", "WVR/VNA"]
        for a in doc.select("ul.outlets a"):
            target(site, rel, a["href"])
        assert "1" in doc.select_one("p.note").text  # the report that names no outlet
        nav = [a for a in doc.select("nav.main-nav a") if a["href"].endswith("outlets/index.html")]
        assert len(nav) == 1 and target(site, rel, nav[0]["href"])[0] == (site / rel).resolve()


def test_the_build_report_counts_outlets(site):
    rep = report(site)
    assert rep["outlets"]["total"] == 3
    assert (rep["outlets"]["reports_with_outlet"], rep["outlets"]["reports_without_outlet"]) == (4, 1)
    assert {f["file"][:3]: f["outlet"] for f in rep["files"]}["002"] == "vovworld"


def pair_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.glob("*/pairs/*.html") if p.name != "index.html")


def test_every_pair_page_has_a_timeline_whose_links_name_files(site):
    pairs = pair_pages(site)
    assert len(pairs) == 4  # ru-vn and sg-vn, in English and Indonesian
    for rel in pairs:
        doc = page(site, rel)
        svg = doc.select_one("figure.timeline svg")
        assert svg is not None, rel
        assert svg["role"] == "group" and svg.find("title").text and svg.find("desc").text
        marks = svg.find_all("a")
        dated = [li for li in doc.select("ul.events > li") if li.find("time")]
        assert len(marks) == len(dated) > 0, rel
        for a in marks:
            assert a["aria-label"] and a.find("title").text == a["aria-label"]
            path, fragment = target(site, rel, a["href"])
            if fragment:
                assert page(site, path.relative_to(site.resolve()).as_posix()).find(id=fragment), a["href"]
        # marks name their event's page when it has one, else its one report
        hrefs = {target(site, rel, a["href"])[0] for a in marks}
        listed = {target(site, rel, li.select_one(".item-meta a, .reports a")["href"])[0] for li in dated}
        assert hrefs == listed, rel


def test_the_home_page_draws_reports_per_year_and_language(site):
    doc = page(site, "index.html")
    svg = doc.select_one("figure.year-chart svg")
    bars = svg.find_all("a")
    years = {(a["href"].split("/")[-3], a["href"].split("/")[-2]) for a in bars}
    per_year = {(e["lang"], e["date"][:4]) for e in catalogue(site)["articles"] if e["date"]}
    assert years == per_year
    for a in bars:
        target(site, "index.html", a["href"])
        assert a["aria-label"].endswith(("report", "reports"))


# ------------------------------------------------------------------ texts written for the tests

VARIANTS = {
    "a.txt": "Chile and Peru open a border crossing\n\n(EXNEWS) - The presidents of Chile and Peru opened a "
             "new border crossing near Tacna on 3 April 2024, after talks on trade.\n",
    "b.txt": "Peru and Chile sign a fisheries pact\n\nLIMA (Ex News) - The ministers of Peru and Chile signed a "
             "fisheries pact in Lima on 9 May 2023, after a year of talks.\n",
    "c.txt": "Chile and Peru talk about water rights\n\nThe foreign ministers of Chile and Peru held talks on "
             "water rights in Santiago on 12 June 2022.\n\nSource: exnews.vn\n",
    "d.txt": "Chile and Peru agree on a rail link\n\nHARIAN CONTOH - The transport ministers of Chile and Peru "
             "agreed on a rail link in Arica on 2 February 2021.\n",
    "e.txt": "Peru and Chile </title><script>alert(1)</script> review mining\n\nThe ministers of Peru and Chile "
             "reviewed mining rules in Lima on 5 August 2020.\n\n(Source: <b>Evil</b> Wire)\n",
    "f.txt": "Bolivia and Paraguay discuss a gas pipeline\n\nThe energy ministers of Bolivia and Paraguay "
             "discussed a gas pipeline in Asuncion, and agreed to meet again.\n",
}


@pytest.fixture(scope="module")
def variants(tmp_path_factory):
    root = tmp_path_factory.mktemp("variants")
    return build_site(write_seeds(root / "seeds", VARIANTS), root / "out")


def test_spellings_of_one_outlet_share_its_page(variants):
    entries = by_file(variants)
    assert {name: e["outlet"] for name, e in entries.items()} == {
        "a.txt": "exnews", "b.txt": "exnews", "c.txt": "exnews", "d.txt": None, "e.txt": "bevil-bwire",
        "f.txt": None}
    doc = page(variants, "en/outlets/exnews.html")
    assert len(doc.select("ul.items .item")) == 3
    note = doc.select_one("p.note").text
    assert "EXNEWS" in note and "Ex News" in note and "exnews.vn" in note
    assert [o["spellings"] for o in catalogue(variants)["outlets"] if o["id"] == "exnews"] == [
        ["Ex News", "EXNEWS", "exnews.vn"]]
    assert report(variants)["outlets"]["several_spellings"] == {"exnews": ["Ex News", "EXNEWS", "exnews.vn"]}


def test_hostile_outlet_names_and_titles_are_text(variants):
    outlet = (variants / "en/outlets/bevil-bwire.html").read_text(encoding="utf-8")
    assert "<b>Evil</b>" not in outlet and "&lt;b&gt;Evil&lt;/b&gt; Wire" in outlet
    pair = (variants / "en/pairs/cl-pe.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in pair and "</title><script>" not in pair
    svg = page(variants, "en/pairs/cl-pe.html").select_one("figure.timeline svg")
    titles = [t.text for t in svg.find_all("title")]
    assert any("</title><script>alert(1)</script>" in t for t in titles)  # shown as the text it is
    assert len(svg.find_all("a")) == 5


def test_a_pair_with_no_dated_event_says_there_is_nothing_to_draw(variants):
    assert by_file(variants)["f.txt"]["date"] is None
    doc = page(variants, "en/pairs/bo-py.html")
    assert doc.select_one("figure.timeline") is None
    assert "no timeline" in doc.select_one("main p.note").text
    assert len(doc.select("ul.events > li")) == 1
