"""The language switch of an article leads to the report of the same event in the other language."""
from tests.browser.browserkit import url_of


def test_language_switch_between_linked_reports(site, articles, new_tab):
    tab = new_tab()
    page = tab.page
    indonesian, english = articles["000"], articles["001"]
    page.goto(url_of(site, indonesian["url"]))
    switch = page.locator("nav.lang-switch")

    switch.get_by_role("link", name="English", exact=True).click()
    page.wait_for_load_state("load")
    assert page.url == url_of(site, english["url"]), (
        f"English link of {indonesian['url']} leads to {page.url}, not to seed 001's page {english['url']} "
        f"(events: 000 in {indonesian['event']}, 001 in {english['event']})"
    )
    assert page.locator("h1").first.inner_text().strip() == english["title"]
    assert switch.locator('a[aria-current]').get_attribute("hreflang") == "en"

    switch.get_by_role("link", name="Indonesia", exact=True).click()
    page.wait_for_load_state("load")
    assert page.url == url_of(site, indonesian["url"])
    assert page.locator("h1").first.inner_text().strip() == indonesian["title"]
    assert not tab.errors and not tab.failed, tab.errors + tab.failed
