"""Search from the header box of the home page, through the results, to an article; the index
split into files, of which a query loads only those it needs."""
import shutil
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from playwright.sync_api import expect

from kabar import search
from tests.browser.browserkit import rel_of, url_of
from tests.sitebuild import search_files

RESULTS = "ol#search-results li"


def search_from_home(site, page, query: str):
    page.goto(url_of(site, "index.html"))
    box = page.locator("input#site-q")
    box.fill(query)
    box.press("Enter")
    page.wait_for_url("**/en/search.html?*")
    assert rel_of(site, page.url) == "en/search.html"
    assert parse_qs(urlsplit(page.url).query)["q"] == [query]
    page.locator(RESULTS).first.wait_for(state="visible")


def result_urls(site, page) -> list[str]:
    hrefs = page.locator(f"{RESULTS} a").evaluate_all("links => links.map(a => a.href)")
    return [rel_of(site, href) for href in hrefs]


def test_search_results_lead_to_an_article(site, articles, new_tab):
    tab = new_tab()
    page = tab.page
    search_from_home(site, page, "Russia")
    assert page.locator("input#search-page-q").input_value() == "Russia"
    found = result_urls(site, page)
    assert found and set(found) <= {a["url"] for a in articles.values()}, found
    first = page.locator(f"{RESULTS} a").first
    title = first.inner_text().strip()
    first.click()
    page.wait_for_load_state("load")
    assert rel_of(site, page.url) == found[0]
    assert page.locator("h1").first.inner_text().strip() == title
    assert not tab.errors and not tab.failed, tab.errors + tab.failed


@pytest.mark.parametrize("query, prefix", [
    ("Ha Noi", "001"),      # diacritics and spacing: the English report says "Hanoi"
    ("berkunjung", "002"),  # Indonesian affixes: the report says "kunjungan"
])
def test_search_finds_other_spellings(site, articles, new_tab, query, prefix):
    tab = new_tab()
    search_from_home(site, tab.page, query)
    found = result_urls(site, tab.page)
    assert articles[prefix]["url"] in found, f"{query!r} should find seed {prefix}; found {found}"
    assert not tab.errors and not tab.failed, tab.errors + tab.failed


# ------------------------------------------------------------------ the index in files

def loaded_files(page) -> set[str]:
    """The index files the search page added <script> tags for ("t/ru", "d/0")."""
    return set(page.locator("script[data-search-file]").evaluate_all("s => s.map(e => e.dataset.searchFile)"))


def test_a_query_loads_only_the_files_of_its_words_and_results(site, new_tab):
    files = search_files(site)
    keys = files["index"]["keys"]
    key_set, longest = set(keys), max(map(len, keys))

    def term_file(text: str) -> str:
        return f"t/{search.shard_name(search.owner(text, key_set, longest))}"

    def stems_of(word: str) -> list[str]:
        stems = files[term_file(word)]["w"][word]
        return [stems] if isinstance(stems, str) else stems

    words = ["bertemu", "hanoi"]  # an Indonesian word whose stem ("temu") lives in another file
    stems = {stem for word in words for stem in stems_of(word)}
    assert {term_file(s) for s in stems} - {term_file(w) for w in words}
    tab = new_tab()
    tab.page.goto(url_of(site, "en/search.html"))
    tab.page.wait_for_load_state("load")
    assert loaded_files(tab.page) == set()  # nothing before a query
    tab.page.goto(url_of(site, "en/search.html") + "?q=" + quote("Bertemu Hanoi"))
    tab.page.locator(RESULTS).first.wait_for(state="visible")
    loaded = loaded_files(tab.page)
    assert loaded == {term_file(t) for t in [*words, *stems]} | {"d/0"}, loaded
    assert len([f for f in files if f.startswith("t/")]) > 20 * len(loaded)
    assert not tab.errors and not tab.failed, tab.errors + tab.failed


QUERIES = ["Russia", "Ha Noi", "Hà Nội", "hanoi", "berkunjung", "bekerja sama", "kunjungan", "mengunjungi",
           "pertemuan", "bertemu", "pertemuannya", "Putin Vietnam", "menteri luar negeri", "vladimir putin",
           "2024", "20", "kunj", "vietn", "singapur", "xyzzy", "constructor", "agree trade"]


def test_the_split_index_answers_as_the_whole_one(site, new_tab):
    """The same queries, answered from the files a query asks for and from every word and posting
    of the archive at once: the same results, scores and order."""
    files = search_files(site)
    whole = {"w": {}, "p": {}}
    for name, data in files.items():
        if name.startswith("t/"):
            whole["w"].update(data["w"])
            whole["p"].update(data["p"])
    tab = new_tab()
    tab.page.goto(url_of(site, "en/search.html"))
    answers = tab.page.evaluate("""async ([queries, whole]) => {
        const S = window.KabarSearch, manifest = window.KABAR_SEARCH, load = S.scriptLoader(document, "../search/");
        const out = [];
        for (const q of queries) {  // a new searcher each time: it knows only the files it asked for
          const split = new S.Searcher(manifest, load), one = new S.Searcher(manifest, id => Promise.resolve(whole));
          out.push([q, await split.search(q), await one.search(q)]);
        }
        return out;
    }""", [QUERIES, whole])
    assert [q for q, split, _ in answers if not split["results"]] == ["xyzzy", "constructor"]
    for query, split, one in answers:
        assert split == one, query
    assert not tab.errors and not tab.failed, tab.errors + tab.failed


def test_a_missing_index_file_is_reported_not_waited_for(site, tmp_path, new_tab):
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    files = search_files(site)
    keys = files["index"]["keys"]
    gone = f"t/{search.shard_name(search.owner('russia', set(keys), max(map(len, keys))))}"
    (copy / "search" / f"{gone}.js").unlink()
    tab = new_tab()
    tab.page.goto(url_of(copy, "en/search.html") + "?q=Russia")
    status = tab.page.locator("#search-status")
    expect(status).to_contain_text(f"search/{gone}.js")
    expect(status).to_contain_text("could not be loaded")
    assert tab.page.locator(RESULTS).count() == 0
    # the browser's own line about the missing file, and nothing thrown
    assert [e for e in tab.errors if "Failed to load resource" not in e] == [], tab.errors
    assert [f for f in tab.failed if f"search/{gone}.js" in f], tab.failed
