"""Every page of the seeds build, opened from disk, loads without a console error or a failed
request (the icon included: no page asks for a /favicon.ico that does not exist)."""
from tests.browser.browserkit import url_of


def test_no_console_error_and_no_failed_request_on_any_page(site, new_tab):
    tab = new_tab()
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert len(pages) >= 20
    for rel in pages:
        tab.page.goto(url_of(site, rel))
        tab.page.wait_for_load_state("networkidle")
    assert not tab.failed, "failed requests:\n" + "\n".join(tab.failed)
    assert not tab.errors, "console errors:\n" + "\n".join(tab.errors)
