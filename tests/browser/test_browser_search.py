"""Search from the header box of the home page, through the results, to an article."""
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.browserkit import rel_of, url_of

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
