"""No page of the site asks anything of the network: over every browser test (run last, see
conftest.py), every request went to file:// or data:."""
from urllib.parse import urlsplit

from tests.browser.browserkit import url_of

ALLOWED = {"file", "data"}


def test_no_request_leaves_the_disk(site, articles, event_pages, new_tab, request_log):
    tab = new_tab()
    # this test's own visit, so that it also means something when run alone
    for rel in ["index.html", articles["000"]["url"], articles["001"]["url"], "id/pairs/ru-vn.html"]:
        tab.page.goto(url_of(site, rel))
    for path in event_pages[:1]:
        tab.page.goto(path.as_uri())
    tab.page.goto(url_of(site, "en/search.html") + "?q=Russia")
    tab.page.locator("ol#search-results li").first.wait_for(state="visible")

    assert len(request_log) >= 10
    elsewhere = sorted({f"{url} (from {page})" for url, page in request_log if urlsplit(url).scheme not in ALLOWED})
    assert not elsewhere, "requests that leave the disk:\n" + "\n".join(elsewhere)
