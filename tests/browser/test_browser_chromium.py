"""The browser the other tests drive is there: a missing Chromium is a failure, never a skip."""
import subprocess

from tests.browser.browserkit import CHROMIUM, MISSING_CHROMIUM, launched


def test_chromium_is_installed():
    assert CHROMIUM.exists(), MISSING_CHROMIUM
    version = subprocess.run([str(CHROMIUM), "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and "Chromium" in version.stdout, (version.stdout, version.stderr)


def test_browser_launches(browser):
    assert launched(browser).version.split(".")[0].isdigit()

