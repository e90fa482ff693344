"""People pages of the five real seeds, built into a site: who gets a page, what it shows in each
section's language, the links from the reports, the catalogue and the build report."""
from __future__ import annotations

import json
import posixpath

import pytest

from tests.conftest import SEEDS
from tests.sitebuild import build_site, page, report, search_files, seed_entry

WITH_PAGES = {"vladimir-titov": "Vladimir Titov", "vladimir-putin": "Vladimir Putin",
              "nguyen-minh-vu": "Nguyen Minh Vu", "bui-thanh-son": "Bui Thanh Son"}
NAMED_ONCE = ["To Lam", "Nguyen Xuan Phuc", "Dang Minh Khoi", "Gennady Bezdetko", "Vivian Balakrishnan"]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_site(SEEDS, tmp_path_factory.mktemp("people-site"))


def people_json(out) -> dict:
    return json.loads((out / "api" / "people.json").read_text(encoding="utf-8"))


def resolve(rel: str, href: str) -> str:
    """A relative link on the page ``rel`` as a path from the site root."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(rel), href))


@pytest.mark.parametrize("section", ["en", "id"])
def test_every_section_lists_the_people_named_in_two_reports(site, section):
    index = page(site, f"{section}/people/index.html")
    links = {a.text: resolve(f"{section}/people/index.html", a["href"]) for a in index.select("ul.people a")}
    assert links == {name: f"{section}/people/{slug}.html" for slug, name in WITH_PAGES.items()}
    assert not any(name in index.text for name in NAMED_ONCE)
    for slug in WITH_PAGES:
        assert (site / section / "people" / f"{slug}.html").is_file()
    nav = page(site, f"{section}/index.html").select_one("nav.main-nav")
    assert f"../{section}/people/index.html" in {a["href"] for a in nav.select("a")}


def test_one_page_for_putin_despite_the_typo(site):
    doc = page(site, "id/people/vladimir-putin.html")
    assert doc.h1.text == "Vladimir Putin"
    assert [v.text for v in doc.select(".variant")] == ["Vladmir Putin"]
    assert "Rusia" in doc.select_one("dl.facts").text
    # his two events, newest first, each with its report
    dates = [t["datetime"] for t in doc.select("ul.events .item-meta time")]
    assert dates == sorted(dates, reverse=True) and len(dates) == 2
    reports = [resolve("id/people/vladimir-putin.html", a["href"]) for a in doc.select("ul.events .reports a")]
    assert reports == [seed_entry(site, "003")["url"], seed_entry(site, "002")["url"]]
    assert not list(site.glob("*/people/vladmir-putin.html"))


def test_a_person_page_shows_titles_countries_every_language_and_company(site):
    doc = page(site, "id/people/vladimir-titov.html")
    assert doc.html["lang"] == "id"
    assert doc.select_one("nav.crumbs").text == "Tokoh"  # the interface in the section's language
    assert "Disebut dalam 2 berita" in doc.select_one("p.lede").text
    titles = {(li.text, li.get("lang")) for li in doc.select("ul.titles li")}
    assert ("Wakil Menteri Luar Negeri Pertama Rusia", "id") in titles
    assert ("Russian First Deputy Minister for Foreign Affairs", "en") in titles
    assert "Rusia" in doc.select_one("dl.facts").text
    badges = [b.text for b in doc.select("ul.events .reports .badge")]
    assert sorted(badges) == ["Indonesia", "Inggris"]  # the event's reports in both languages
    assert [a.text for a in doc.select("ul.together a")] == ["Nguyen Minh Vu"]
    english = page(site, "en/people/vladimir-titov.html")
    assert english.html["lang"] == "en" and "Named in 2 reports" in english.select_one("p.lede").text
    assert sorted(b.text for b in english.select("ul.events .reports .badge")) == ["English", "Indonesian"]


@pytest.mark.parametrize("prefix, names", [
    ("000", ["Nguyen Minh Vu", "Vladimir Titov"]),
    ("001", ["Nguyen Minh Vu", "Vladimir Titov"]),
    ("003", ["Vladimir Putin", "Bui Thanh Son"]),  # To Lam, named in this report only, has no page
    ("004", ["Bui Thanh Son"]),
])
def test_article_pages_link_the_people_they_name(site, prefix, names):
    entry = seed_entry(site, prefix)
    doc = page(site, entry["url"])
    facts = [div for div in doc.select("dl.facts div") if div.dt.text in ("People", "Tokoh")]
    assert facts, "no people on the article page"
    links = [(a.text, resolve(entry["url"], a["href"])) for a in facts[0].select("a")]
    section = entry["url"].split("/")[0]
    slugs = {name: slug for slug, name in WITH_PAGES.items()}
    assert links == [(name, f"{section}/people/{slugs[name]}.html") for name in names]
    assert all((site / target).is_file() for _, target in links)


def test_the_people_catalogue(site):
    data = people_json(site)
    by_slug = {p["slug"]: p for p in data["people"]}
    assert sorted(by_slug) == sorted(WITH_PAGES)
    titov = by_slug["vladimir-titov"]
    assert titov["name"] == "Vladimir Titov" and titov["countries"] == ["RU"] and titov["leader"] is None
    assert titov["articles"] == sorted([seed_entry(site, "000")["id"], seed_entry(site, "001")["id"]])
    assert len(titov["events"]) == 1 and titov["url"] == "en/people/vladimir-titov.html"
    assert titov["named_with"] == [{"slug": "nguyen-minh-vu", "events": 1}]
    putin = by_slug["vladimir-putin"]
    assert putin["leader"] == "vladimir-putin" and putin["variants"] == ["Vladmir Putin"]
    assert data["url_pattern"] == "{section}/people/{slug}.html"
    assert data["named_in_one_report_only"] == len(NAMED_ONCE) + 1  # (and Mikhail Mishustin)
    people = report(site)["people"]
    assert people["with_a_page"] == 4 and people["named_in_one_report_only"] == 6


def test_the_search_index_holds_the_people_first(site):
    files = search_files(site)
    first = files["d/0"][: len(WITH_PAGES)]
    assert [(row[0], row[1], row[5]) for row in first] == sorted(
        ((f"people/{slug}.html", name, "person") for slug, name in WITH_PAGES.items()), key=lambda r: r[1].lower())
    words = {}
    for name, data in files.items():
        if name.startswith("t/"):
            words.update(data["w"])
    assert "titov" in words and "vladmir" in words  # a typo as written finds the person too


def test_what_a_title_says_is_shown_as_text_never_run(tmp_path):
    """A title's words are the seed's: a bracket between a title and a name is escaped like any
    seed text (texts written for the test)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n, day in enumerate(("3", "4")):
        (seeds / f"s{n}.txt").write_text(
            f"Finlandia dan Indonesia bahas perdagangan\n\nJAKARTA - Duta Besar (<b onclick=x>) Finlandia untuk "
            f"Indonesia, Liisa Haavisto, bertemu Menteri Perdagangan Indonesia Budi Santoso di Jakarta pada {day} "
            f"Maret 2024 untuk membahas perdagangan kedua negara.\n", encoding="utf-8")
    out = build_site(seeds, tmp_path / "out")
    html = (out / "id" / "people" / "liisa-haavisto.html").read_text(encoding="utf-8")
    assert "&lt;b onclick=x&gt;" in html and "<b onclick" not in html
    data = people_json(out)
    assert {p["name"] for p in data["people"]} == {"Liisa Haavisto", "Budi Santoso"}


def test_long_lists_go_by_year_newest_first(tmp_path, site):
    """An outlet's reports or a person's events beyond LIST_MAX: the page shows the newest, and a
    page per year holds them all (every link resolving); a short list stays on one page."""
    assert not list(site.glob("*/people/*/*.html")) and not list(site.glob("*/outlets/*/*.html"))
    out = build_site(SEEDS, tmp_path / "site", LIST_MAX=1)
    putin = page(out, "id/people/vladimir-putin.html")
    years = [(resolve("id/people/vladimir-putin.html", a["href"]), a.text) for a in putin.select("nav.years a")]
    assert years == [("id/people/vladimir-putin/2025.html", "2025"), ("id/people/vladimir-putin/2021.html", "2021")]
    assert [t["datetime"] for t in putin.select("ul.events time")] == ["2025-05-10"]  # the newest only
    assert putin.select_one("#events-h").text == "Peristiwa terbaru"
    for (rel, year), newer, older in zip(years, [None, years[0]], [years[1], None]):
        doc = page(out, rel)
        assert doc.h1.text == f"Vladimir Putin: {year}"
        assert [t["datetime"][:4] for t in doc.select("ul.events time")] == [year]
        assert resolve(rel, doc.select("nav.crumbs a")[-1]["href"]) == "id/people/vladimir-putin.html"
        pager = {a["rel"][0]: resolve(rel, a["href"]) for a in doc.select("nav.pager a")}
        assert pager == {k: v[0] for k, v in (("prev", newer), ("next", older)) if v}
        reports = [resolve(rel, a["href"]) for a in doc.select("ul.events .reports a")]
        assert reports == [seed_entry(out, "003" if year == "2025" else "002")["url"]]
        assert not doc.select(".variant") and "Tokoh" in doc.select_one("nav.crumbs").text
    vov = page(out, "en/outlets/vovworld.html")
    assert vov.select_one(".lede").text.startswith("2 reports") and len(vov.select("ul.items li.item")) == 1
    (link,) = vov.select("nav.years a")
    assert (link.text, link.find_next_sibling("span").text) == ("2021", "2")
    year = page(out, resolve("en/outlets/vovworld.html", link["href"]))
    assert year.h1.text == "VOVWORLD: 2021" and not year.select("nav.pager")
    assert [resolve("en/outlets/vovworld/2021.html", a["href"]) for a in year.select("a.item-title")] == [
        seed_entry(out, "002")["url"], seed_entry(out, "004")["url"]]
    assert (out / "fr" / "outlets" / "vovworld" / "2021.html").is_file() == (out / "fr").is_dir()
