"""Browser tests: the five seeds built once, opened from disk (file://) in a real headless Chromium.

Chromium is Debian's package (/usr/bin/chromium, installed by `make browser-deps`, i.e.
tools/install_browser.sh); Playwright's Python client drives it (no `playwright install`, no
browser download). When Chromium is missing the tests fail, they are never skipped.
"""
from __future__ import annotations

import pytest

from tests.browser.browserkit import CHROMIUM, CHROMIUM_ARGS, MISSING_CHROMIUM, Tab, launched
from tests.sitebuild import ROOT, catalogue, build_site

SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The five real seeds, built into a temporary folder."""
    return build_site(SEEDS, tmp_path_factory.mktemp("browser-site"))


@pytest.fixture(scope="session")
def long_site(tmp_path_factory):
    """The five seeds with lists of more than one item by year (LIST_MAX=1): year pages to look at."""
    return build_site(SEEDS, tmp_path_factory.mktemp("browser-long-site"), LIST_MAX=1)


@pytest.fixture(scope="session")
def articles(site) -> dict[str, dict]:
    """Catalogue entries by seed prefix ("000" ...)."""
    return {a["source_file"].split("_", 1)[0]: a for a in catalogue(site)["articles"]}


@pytest.fixture(scope="session")
def event_pages(site) -> list:
    return sorted((site / "events").glob("*.html"))


@pytest.fixture(scope="session")
def request_log() -> list[tuple[str, str]]:
    """(request URL, page URL) of every request made by any page of any browser test."""
    return []


@pytest.fixture(scope="session")
def browser():
    """The launched Chromium, or the reason it could not be: a str, turned into a test failure
    (not a setup error, not a skip) by `launched` when a test asks for a page."""
    if not CHROMIUM.exists():
        yield MISSING_CHROMIUM
        return
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    try:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
    except Exception as exc:  # a broken install: say so instead of a long traceback
        pw.stop()
        yield f"could not launch {CHROMIUM}: {exc}"
        return
    yield browser
    browser.close()
    pw.stop()


@pytest.fixture
def new_tab(browser, request_log):
    """new_tab(**context_options) -> Tab in a fresh context, closed after the test. Tests call it
    in their body, so that a missing browser is a test failure, not a setup error."""
    tabs: list[Tab] = []

    def make(**options) -> Tab:
        tab = Tab(launched(browser), request_log, **options)
        tabs.append(tab)
        return tab

    yield make
    for tab in tabs:
        tab.close()


def pytest_collection_modifyitems(config, items):
    """The network test reads the requests of every other browser test: run it last."""
    last = [item for item in items if item.path.name == "test_browser_network.py"]
    items[:] = [item for item in items if item not in last] + last
