"""People in the browser: a search for a name leads to the person's page in the searching page's
section, and from there to the reports that name them."""
from urllib.parse import quote

import pytest

from tests.browser.browserkit import rel_of, url_of

RESULTS = "ol#search-results li"


@pytest.mark.parametrize("section, query", [("id", "Titov"), ("en", "vladmir putin"), ("en", "Ngu Minh")])
def test_a_search_for_a_name_finds_the_person_first(site, articles, new_tab, section, query):
    tab = new_tab()
    page = tab.page
    page.goto(url_of(site, f"{section}/search.html") + "?q=" + quote(query))
    page.locator(RESULTS).first.wait_for(state="visible")
    first = page.locator(f"{RESULTS} a").first
    slug = {"Titov": "vladimir-titov", "vladmir putin": "vladimir-putin", "Ngu Minh": "nguyen-minh-vu"}[query]
    assert rel_of(site, first.evaluate("a => a.href")) == f"{section}/people/{slug}.html"
    assert "2" in page.locator(f"{RESULTS} .item-meta").first.inner_text()  # named in 2 reports
    first.click()
    page.wait_for_load_state("load")
    assert rel_of(site, page.url) == f"{section}/people/{slug}.html"
    report = page.locator("ul.events .reports a").first
    report.click()
    page.wait_for_load_state("load")
    assert rel_of(site, page.url) in {a["url"] for a in articles.values()}
    assert not tab.errors and not tab.failed, tab.errors + tab.failed
