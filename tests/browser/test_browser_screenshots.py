"""Screenshots of the home, an article, an event, a country pair (with its timeline), an outlet
and a person page on a phone (390 px) and a desktop (1280 px), in the light and the dark colour scheme, into
screenshots/ (gitignored), for a person to look at; and no sideways scrolling."""
import struct

import pytest

from tests.browser.browserkit import SCREENSHOTS, url_of

WIDTHS = [390, 1280]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR", "not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["home", "article", "event", "pair", "outlet", "person"])
def test_screenshot(site, articles, event_pages, new_tab, name, width, scheme):
    if name == "event" and not event_pages:
        pytest.skip("no events/*.html in the build yet: no two seeds are linked into one event")
    url = {
        "home": lambda: url_of(site, "index.html"),
        "article": lambda: url_of(site, articles["000"]["url"]),
        "event": lambda: event_pages[0].as_uri(),
        "pair": lambda: url_of(site, "id/pairs/ru-vn.html"),
        "outlet": lambda: url_of(site, f"id/outlets/{articles['002']['outlet']}.html"),
        "person": lambda: url_of(site, "en/people/vladimir-putin.html"),
    }[name]()
    page = new_tab(viewport={"width": width, "height": 900}, device_scale_factor=1, color_scheme=scheme).page
    page.goto(url)
    page.emulate_media(color_scheme=scheme)
    overflow = page.evaluate("""() => [document.documentElement.scrollWidth, innerWidth,
        [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1)
          .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))]""")
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}-{width}{'' if scheme == 'light' else '-dark'}.png"
    path.unlink(missing_ok=True)
    page.screenshot(path=str(path), full_page=True)

    data = path.read_bytes()
    shot_width, shot_height = png_size(data)
    assert len(data) > 10_000, f"{path.name} is only {len(data)} bytes"
    assert shot_height >= 300, f"{path.name} is {shot_width}x{shot_height}"
    assert overflow[0] <= overflow[1], f"{name} scrolls sideways at {width} px: {overflow}"
    assert shot_width == width, f"{path.name} is {shot_width} px wide"
