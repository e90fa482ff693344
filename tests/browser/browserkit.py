"""Helpers for the browser tests (fixtures are in conftest.py)."""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.sitebuild import ROOT

CHROMIUM = Path(os.environ.get("KABAR_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
MISSING_CHROMIUM = (
    f"Chromium is not installed at {CHROMIUM}: the browser tests need Debian's `chromium` package. "
    "Run `make browser-deps` (tools/install_browser.sh) or `apt-get install chromium`; "
    "never `playwright install`."
)
SCREENSHOTS = ROOT / "screenshots"
TIMEOUT_MS = 15_000


def launched(browser):
    """The browser fixture's value, or a test failure saying why there is no browser."""
    if isinstance(browser, str):
        pytest.fail(browser, pytrace=False)
    return browser


class Tab:
    """A page in a fresh browser context that records every request, failed loads and script errors."""

    def __init__(self, browser, request_log: list, **context_options):
        self.context = browser.new_context(**context_options)
        self.context.set_default_timeout(TIMEOUT_MS)
        self.context.set_default_navigation_timeout(TIMEOUT_MS)
        self.failed: list[str] = []
        self.errors: list[str] = []
        self.context.on("request", lambda req: request_log.append((req.url, self.page.url)))
        self.context.on("requestfailed", self._failed)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda err: self.errors.append(f"{self.page.url}: {err}"))
        self.page.on("console", self._console)

    def _failed(self, req):
        # a load the page itself stopped by navigating on (its icon, say) is not a missing file:
        # those fail as net::ERR_FILE_NOT_FOUND
        if req.failure != "net::ERR_ABORTED":
            self.failed.append(f"{req.url}: {req.failure}")

    def _console(self, msg):
        if msg.type == "error":
            self.errors.append(f"{self.page.url}: console error: {msg.text}")

    def close(self):
        self.context.close()


def url_of(site: Path, rel: str) -> str:
    """The file:// URL of a path relative to the site root."""
    return (site / rel).as_uri()


def path_of(url: str) -> Path:
    """The local path of a file:// URL (query and fragment dropped)."""
    parts = urlsplit(url)
    assert parts.scheme == "file", url
    return Path(unquote(parts.path))


def rel_of(site: Path, url: str) -> str:
    """A file:// URL as a path relative to the site root (fails when it points outside the site)."""
    return path_of(url).resolve().relative_to(site.resolve()).as_posix()
