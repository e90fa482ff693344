"""Web pages saved from the browser (Ctrl+S) as seeds (issue #13, item 4): a ``.html``/``.htm``
seed is reduced to its article and read as the same article in a ``.txt`` would be; nothing of the
page (scripts, frames, styles, images, its other addresses) reaches the site; bad pages are
reported per seed and the build goes on; nothing but the page is read; the output is the same
every time. Every page and text here is written for the tests (no real article is copied)."""
from __future__ import annotations

import filecmp
import json
import logging
import socket
import sys
from pathlib import Path

import pytest

from kabar import cache
from kabar.understand.html import PageHints, decode_page, page_hints, read_saved_page, seed_text
from kabar.understand.pipeline import understand
from tests.sitebuild import build_site, by_file, catalogue, page, report, write_seeds
from tests.test_editor_safety import _differences, pelican

# ------------------------------------------------------------------ the articles, as text and as pages

EN_TXT = """Indonesia and Japan sign fisheries pact

12 March 2024 | 09:30 WIB

JAKARTA - The foreign ministers of Indonesia and Japan signed a fisheries agreement in Jakarta on Tuesday, \
12 March 2024, after two days of talks on maritime cooperation between the two countries.

Indonesian Foreign Minister Retno Marsudi said the pact would help fishermen in both countries and protect \
stocks in shared waters. Japanese Foreign Minister Yoko Kamikawa said Japan would fund training for \
Indonesian coast guard officers.

The two ministers also discussed trade and investment, and agreed to meet again later this year in Tokyo \
to review progress on the agreement.
"""

ID_TXT = """Indonesia dan Vietnam sepakat perkuat kerja sama perikanan

Rabu, 6 November 2024 | 14:20 WIB

HANOI - Menteri Luar Negeri Indonesia dan Menteri Luar Negeri Vietnam bertemu di Hanoi pada Rabu untuk \
membahas kerja sama perikanan dan perdagangan antara kedua negara. Kedua menteri sepakat membentuk kelompok \
kerja bersama untuk mencegah penangkapan ikan ilegal di perairan kedua negara.

Menurut kedua menteri, Indonesia dan Vietnam akan mengadakan pertemuan lanjutan tahun depan di Jakarta. \
Perdagangan kedua negara terus meningkat dalam beberapa tahun terakhir, terutama perdagangan beras dan batu bara.
"""

FR_TXT = """La France et le Brésil signent un accord sur la forêt amazonienne

Publié le 21 mars 2024 à 10h15

BRASILIA - Les ministres des Affaires étrangères de la France et du Brésil ont signé jeudi à Brasilia un \
accord pour protéger la forêt amazonienne et financer la recherche scientifique entre les deux pays.

Le texte prévoit un fonds commun de recherche et des patrouilles conjointes le long de la frontière entre \
la Guyane française et le Brésil, ont précisé les deux ministres devant la presse.
"""

RU_TXT = """Россия и Индия договорились о поставках удобрений

15 апреля 2024, 12:00

Министры иностранных дел России и Индии встретились в Москве 15 апреля 2024 года и договорились о \
долгосрочных поставках российских удобрений в Индию. Стороны также обсудили торговлю в национальных валютах.

По словам министров, товарооборот между Россией и Индией в прошлом году заметно вырос, и обе страны \
намерены сохранить этот рост.
"""

# What a saved page carries besides its article, every piece marked: "kabarLeak" in code,
# "leak-example" in addresses, "Leakville" in the text of the site's own furniture.
NOISE_HEAD = """
<base href="https://cdn.leak-example.net/base/">
<link rel="stylesheet" href="https://cdn.leak-example.net/site.css">
<link rel="preconnect" href="https://fonts.leak-example.net">
<link href="https://fonts.leak-example.net/css2?family=LeakSans" rel="stylesheet">
<style>@font-face{font-family:LeakSans;src:url(https://fonts.leak-example.net/leak.woff2)}
body{background:url(https://img.leak-example.net/bg.png)}</style>
<script src="https://ads.leak-example.net/ads.js"></script>
<script>window.kabarLeak = function () { document.cookie = "kabarLeak=1"; };</script>
"""
NOISE_TOP = """
<div id="cookie-banner" class="cookie-consent" onclick="kabarLeakBanner()">We use cookies to improve your
experience of Leakville. <button onclick="kabarLeakAccept()">Accept all cookies</button></div>
<header><a href="/"><img src="https://img.leak-example.net/logo.svg" alt="Leakville News"></a>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="https://leak-example.net/sport">Leakville sport</a></li><li><a href="/login">Sign in</a></li></ul></nav>
<form action="https://search.leak-example.net/find"><input name="q" placeholder="Search Leakville"><button>Search</button></form>
</header>
"""
NOISE_AD = """<div class="ad advertisement" id="ad-slot-1"><p>ADVERTISEMENT: Leakville phones at half price, order
today and get a free case!</p><script>kabarLeakAd();</script></div>"""
NOISE_FRAME = """<iframe src="https://video.leak-example.net/embed/42" title="video" width="560" height="315"
onload="kabarLeakFrame()"></iframe><noscript><img src="https://pixel.leak-example.net/p.gif" alt=""></noscript>"""
NOISE_BOTTOM = """
<section id="comments" class="comments"><h2>Comments (2)</h2>
<div class="comment"><p class="comment-author">Leakville reader</p><p>What a great agreement for everyone in
Leakville, finally some good news after all these years!</p></div>
<div class="comment"><p>Leakville skeptic: nothing will change, you will see it next year again.</p></div></section>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Leakville festival opens its doors</a></li>
<li><a href="/b">Leakville weather: a sunny weekend</a></li></ul></aside>
<footer><p>&copy; 2024 Leakville Media. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
<script>kabarLeak();</script>
<svg width="10" height="10"><script>kabarLeakSvg();</script><circle r="4"></circle></svg>
"""
MARKERS = ("kabarLeak", "leak-example", "Leakville", "<iframe", "LeakSans")


def paragraphs(text: str) -> list[str]:
    return [p.replace("\n", " ").strip() for p in text.split("\n\n")[2:] if p.strip()]


def saved_page(*, lang: str, head: str, body: str, charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n{head}{NOISE_HEAD}</head>\n'
            f'<body onload="kabarLeak()">\n{NOISE_TOP}<main>\n{body}\n</main>\n{NOISE_BOTTOM}</body>\n</html>\n')


def article_body(text: str, *, before: str = "", handler: bool = True) -> str:
    """The article's paragraphs, with an ad and a video frame among them and an event handler on one."""
    ps = paragraphs(text)
    out = [f"<p>{ps[0]}</p>", NOISE_AD]
    out += [f'<p onclick="kabarLeakParagraph()">{p}</p>' if handler and i == 0 else f"<p>{p}</p>"
            for i, p in enumerate(ps[1:])]
    out.insert(2, NOISE_FRAME)
    return f"<article>\n{before}\n" + "\n".join(out) + "\n</article>"


# the headline in <h1> inside the article and in og:title; the date in article:published_time
EN_HTML = saved_page(lang="en-GB", head="""
<title>Indonesia and Japan sign fisheries pact | Example News</title>
<meta property="og:title" content="Indonesia and Japan sign fisheries pact">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example.org/world/2024/03/12/fisheries-pact">
<meta property="article:published_time" content="2024-03-12T09:30:00+07:00">
""", body=article_body(EN_TXT, before="""<h1>Indonesia and Japan sign fisheries pact</h1>
<p class="byline">By Staff Writer</p><time datetime="2024-03-12T09:30:00+07:00">12 March 2024</time>
<figure><img src="https://img.leak-example.net/photo.jpg" onerror="kabarLeakImg()" alt="The two ministers">
</figure>"""))

# the headline only in og:title and <title> (with the site's name), over a kicker outside the
# article; a weekday in the lead, read against the page's date (article:published_time)
ID_HTML = saved_page(lang="id", head="""
<title>Indonesia dan Vietnam sepakat perkuat kerja sama perikanan - Kabar Contoh</title>
<meta property="og:title" content="Indonesia dan Vietnam sepakat perkuat kerja sama perikanan | Kabar Contoh">
<meta property="og:site_name" content="Kabar Contoh">
<meta property="og:url" content="https://kabar.example.id/internasional/indonesia-vietnam-perikanan">
<meta property="article:published_time" content="2024-11-06T14:20:00+07:00">
""", body='<div class="kicker">Internasional</div>\n' + article_body(ID_TXT))

# the headline only in <title>; the date only in JSON-LD (@graph); a <time> of the day the page
# was viewed in its header, which is not the article's
FR_HTML = saved_page(lang="fr", head="""
<title>La France et le Brésil signent un accord sur la forêt amazonienne – Le Quotidien Exemple</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "name": "Le Quotidien Exemple"},
 {"@type": "NewsArticle", "headline": "La France et le Brésil signent un accord",
  "datePublished": "2024-03-21T10:15:00+01:00", "dateModified": "2024-03-22T08:00:00+01:00"}]}</script>
""", body='<div class="today">Aujourd\'hui : <time datetime="2026-11-30">30 novembre 2026</time></div>\n'
          + article_body(FR_TXT, handler=False))

# Windows-1251, declared the old way; the date only in the article's <time>
RU_HTML = saved_page(lang="ru", charset="windows-1251", head="""
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Россия и Индия договорились о поставках удобрений</title>
""", body=article_body(RU_TXT, before="""<h1>Россия и Индия договорились о поставках удобрений</h1>
<time datetime="2024-04-15T12:00:00+03:00">15 апреля 2024, 12:00</time>"""))

ARTICLES = {"en": (EN_TXT, EN_HTML.encode("utf-8")), "id": (ID_TXT, ID_HTML.encode("utf-8")),
            "fr": (FR_TXT, FR_HTML.encode("utf-8")), "ru": (RU_TXT, RU_HTML.encode("cp1251"))}
EXPECTED = {"en": ("2024-03-12", ["ID", "JP"]), "id": ("2024-11-06", ["ID", "VN"]),
            "fr": ("2024-03-21", ["BR", "FR"]), "ru": ("2024-04-15", ["IN", "RU"])}


def _seen(result) -> tuple:
    r = result.record
    return r.title, r.lang, r.countries.codes, r.countries.scope, r.date.iso, r.date.published


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_saved_page_gives_the_record_its_text_gives(lang):
    text, html = ARTICLES[lang]
    as_text = understand(text.encode("utf-8"), f"{lang}.txt")
    as_page = understand(html, f"{lang}.html")
    assert as_page.status == "ok", as_page.problems
    assert _seen(as_page) == _seen(as_text)
    date, countries = EXPECTED[lang]
    assert (as_page.record.lang, list(as_page.record.countries.codes), as_page.record.date.iso) == \
        (lang, countries, date)
    assert as_page.record.title == text.split("\n", 1)[0]
    # the article's paragraphs, and nothing of the page's furniture
    assert as_page.record.parsed.paragraphs == tuple(paragraphs(text))


def test_the_pages_own_address_is_the_source():
    record = understand(ARTICLES["id"][1], "id.html").record
    assert record.source.url == "https://kabar.example.id/internasional/indonesia-vietnam-perikanan"
    assert record.source.name == "Kabar Contoh"


# ------------------------------------------------------------------ the page's hints, one by one

def _hints(head: str, body: str = "<p>x</p>", lang: str = "en") -> PageHints:
    from trafilatura.utils import load_html
    return page_hints(load_html(f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>'))


@pytest.mark.parametrize("head, body, headline", [
    ('<meta property="og:title" content="Talks end in Hanoi | Example News">'
     '<meta property="og:site_name" content="Example News">', "<h1>Example News</h1>", "Talks end in Hanoi"),
    ('<meta property="og:title" content="Talks end in Hanoi - World - Example">', "<h1>Talks end in Hanoi</h1>",
     "Talks end in Hanoi"),
    ("<title>Talks end in Hanoi :: Example</title>", "", "Talks end in Hanoi"),
    ("<title>Talks end - in Hanoi</title>", "<h1>Leaders meet in Hanoi again</h1>", "Leaders meet in Hanoi again"),
    ('<title>Example News</title><meta property="og:site_name" content="Example News">', "<h1>Example News</h1>",
     None),
    ("", "<h1>   </h1>", None),
])
def test_the_headline_the_page_names(head, body, headline):
    assert _hints(head, body).headline == headline


@pytest.mark.parametrize("head, body, day", [
    ('<meta property="article:published_time" content="2024-03-12T23:30:00-05:00">', "", "2024-03-12"),
    ('<meta itemprop="datePublished" content="2023-01-31">', "", "2023-01-31"),
    ('<script type="application/ld+json">[{"@type": "NewsArticle", "datePublished": "2022-06-30T00:06:00+07:00"}]'
     "</script>", "", "2022-06-30"),
    ('<script type="application/ld+json">{not json</script>', "<article><time datetime='2021-05-04'>x</time></article>",
     "2021-05-04"),
    ("", "<header><time datetime='2026-11-30'>today</time></header>", None),  # the day the page was viewed
    ("", "<p>Posted <time pubdate datetime='2020-02-29T10:00'>then</time></p>", "2020-02-29"),
    ('<meta property="article:published_time" content="2024-02-30">', "", None),  # no such day
    ('<meta property="article:modified_time" content="2024-05-06T10:00:00Z">', "", "2024-05-06"),
])
def test_the_publication_day_the_page_names(head, body, day):
    assert _hints(head, body).published == day


@pytest.mark.parametrize("head, url", [
    ('<link rel="canonical" href="https://a.example/x"><meta property="og:url" content="https://b.example/y">',
     "https://a.example/x"),
    ('<link rel="canonical" href="/relative/x"><meta property="og:url" content="https://b.example/y">',
     "https://b.example/y"),
    ('<link rel="canonical" href="javascript:alert(1)">', None),
    ('<base href="https://base.example/"><link rel="canonical" href="x.html">', None),
])
def test_the_address_the_page_names(head, url):
    assert _hints(head).url == url


@pytest.mark.parametrize("lang, hint", [("en-GB", "en"), ("ID", "id"), ("zh-Hans-CN", "zh"), ("", None),
                                        ("und", None), ("x-klingon", None), ("en_US", "en")])
def test_the_language_the_page_declares(lang, hint):
    assert _hints("", lang=lang).lang == hint


SHORT_PAGE = ('<html lang="{lang}"><head><title>Rapat kabinet</title></head><body><article>'
              "<h1>Rapat kabinet</h1><p>{text}</p></article></body></html>")


def test_the_declared_language_helps_only_when_the_text_does_not_settle_it():
    unclear = understand(SHORT_PAGE.format(lang="id", text="Jakarta 2024: 45 %, 2025: 50 %, 2026: 61 %, 2027: 72 %, 2028: 80 %").encode(), "short.html")
    assert unclear.record.lang == "id"
    assert any("lang attribute" in p for p in unclear.problems)
    # a page declaring English over a clear Indonesian text is Indonesian
    wrong = ARTICLES["id"][1].replace(b'<html lang="id">', b'<html lang="en">')
    clear = understand(wrong, "wrong-lang.html")
    assert clear.record.lang == "id" and not any("lang attribute" in p for p in clear.problems)


@pytest.mark.parametrize("data, text, warned", [
    ("<meta charset='windows-1251'><p>Москва</p>".encode("cp1251"), "Москва", False),
    (b"<meta charset=iso-8859-1><p>caf\xe9</p>", "café", False),  # latin-1 is read as Windows-1252
    (b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "café", False),
    (b"<p>caf\xe9</p>", "café", True),  # undeclared, not UTF-8: Windows-1252, with a warning
    (b"<meta charset='no-such-charset'><p>caf\xc3\xa9</p>", "café", False),
    # codecs that are no charset of a page: never used (one would fail, one would unescape)
    (b"<meta charset='zlib'><p>caf\xc3\xa9</p>", "café", False),
    (b"<meta charset='undefined'><p>caf\xc3\xa9</p>", "café", False),
    (b"<meta charset='unicode_escape'><p>caf\xc3\xa9 \\u0041</p>", "café \\u0041", False),
])
def test_a_page_is_decoded_by_its_declared_charset(data, text, warned):
    markup, rejected, warnings = decode_page(data)
    assert rejected is None and text in markup
    assert bool(warnings) == warned


def test_the_seed_text_of_a_page():
    hints = PageHints(headline="Leaders meet", published="2024-01-02", url="https://a.example/x", site_name="A")
    assert seed_text("Leaders meet\nFirst paragraph.\nSecond.", hints) == \
        "Leaders meet\n\n2024-01-02\n\nFirst paragraph.\n\nSecond.\n\nSource: A https://a.example/x\n"
    # an article that does not open with its headline gets it on top
    assert seed_text("Kicker\nFirst paragraph.", PageHints(headline="Leaders meet")) == \
        "Leaders meet\n\nKicker\n\nFirst paragraph.\n"


def test_an_xhtml_page_with_an_xml_declaration_is_read():
    xhtml = ARTICLES["en"][1].replace(b"<!DOCTYPE html>", b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>')
    xhtml = xhtml.replace(b'<html lang="en-GB">', b'<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB">')
    assert _seen(understand(xhtml, "x.xhtml.html")) == _seen(understand(ARTICLES["en"][1], "en.html"))


def test_reading_a_page_is_deterministic_and_independent_of_other_pages():
    first = read_saved_page(ARTICLES["fr"][1], 5_000_000)
    for lang in ("en", "id", "ru", "en"):  # (trafilatura's duplicate detection across documents is off)
        read_saved_page(ARTICLES[lang][1], 5_000_000)
    assert read_saved_page(ARTICLES["fr"][1], 5_000_000) == first


# ------------------------------------------------------------------ nothing but the page is read

def test_reading_a_page_opens_no_file_and_no_connection(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT of another folder\n")
    hostile = ARTICLES["en"][1].decode().replace("<!DOCTYPE html>", f"""<!DOCTYPE html [
<!ENTITY leak SYSTEM "file://{secret}">]>""").replace("<main>", f"""<main><p>&leak;</p>
<link rel="stylesheet" href="file://{secret}"><iframe src="file://{secret}"></iframe>
<img src="../{secret.name}"><script src="file://{secret}"></script><object data="file://{secret}"></object>
<base href="file://{tmp_path}/">""").encode()
    read_saved_page(hostile, 5_000_000)  # (modules and their data loaded once, before watching)
    events: list[tuple[str, tuple]] = []
    watching = [True]

    def hook(event: str, args: tuple) -> None:
        if watching[0] and (event in ("open", "os.listdir", "os.scandir", "urllib.Request", "subprocess.Popen")
                            or event.startswith("socket.")):
            events.append((event, args))

    sys.addaudithook(hook)
    try:
        page = read_saved_page(hostile, 5_000_000)
    finally:
        watching[0] = False
    assert events == []
    assert page.text is not None and "SECRET-CONTENT" not in page.text
    assert "Indonesia and Japan sign fisheries pact" in page.text


def test_a_build_of_saved_pages_needs_no_network(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("no network in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    out = build_site(write_seeds(tmp_path / "s", {"en.html": ARTICLES["en"][1], "id.htm": ARTICLES["id"][1]}),
                     tmp_path / "o", CACHE_DIR=None)
    assert {f["file"]: f["status"] for f in report(out)["files"]} == {"en.html": "ok", "id.htm": "ok"}


# ------------------------------------------------------------------ a site with saved pages

BAD_PAGES = {
    "empty.html": b"",
    "blank.html": b"  \n\t\n",
    "junk.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01\x00\x00",
    "plain.html": b"Just a line of notes, no markup at all.\n",
    "nav-only.html": ("<!DOCTYPE html><html><head><title>Menu</title><script>kabarLeakNav()</script></head>"
                      "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>").encode(),
    "scripts-only.htm": (b"<html><head><script src='https://ads.leak-example.net/x.js'></script></head><body>"
                         b"<script>kabarLeak()</script><iframe src='https://leak-example.net/f'></iframe></body></html>"),
}


@pytest.fixture(scope="module")
def page_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("pages")
    seeds = write_seeds(root / "seeds", {
        **{f"{lang}.html": html for lang, (_, html) in ARTICLES.items()},
        "same-stem.txt": EN_TXT.replace("fisheries pact", "fisheries deal").replace("12 March", "14 March"),
        "same-stem.html": EN_HTML.replace("fisheries pact", "fisheries accord"),
        **BAD_PAGES,
    })
    files = seeds / "en_files"  # what "Web page, complete" saves beside the page
    files.mkdir()
    (files / "frame.html").write_text(EN_HTML.replace("Indonesia and Japan", "Peru and Chile"))
    (files / "notes.txt").write_text("Peru and Chile sign a copper pact\n\nThey met in Lima on 1 May 2024.\n")
    (files / "app.js").write_text("kabarLeak();")
    return build_site(seeds, root / "out", CACHE_DIR=None)


def _entry(site: Path, name: str) -> dict:
    (f,) = [f for f in report(site)["files"] if f["file"] == name]
    return f


@pytest.mark.parametrize("name, phrase", [
    ("empty.html", "empty file"),
    ("blank.html", "empty file (nothing but white space)"),
    ("junk.html", "binary file (NUL byte at offset 8), not a web page"),
    ("plain.html", "not a web page: no HTML found in it"),
    ("nav-only.html", "no article text found in it"),
    ("scripts-only.htm", "no article text found in it"),
])
def test_a_bad_page_is_rejected_with_its_reason_and_the_build_goes_on(page_site, name, phrase):
    entry = _entry(page_site, name)
    assert entry["status"] == "rejected"
    assert any(phrase in p for p in entry["problems"]), entry["problems"]
    assert all(_entry(page_site, f"{lang}.html")["status"] == "ok" for lang in ARTICLES)


def test_the_build_log_names_a_bad_page_and_its_problem(tmp_path, caplog):
    with caplog.at_level(logging.INFO):
        build_site(write_seeds(tmp_path / "s", {"logged-junk.html": BAD_PAGES["junk.html"],
                                                "logged-page.html": ARTICLES["en"][1]}), tmp_path / "o")
    messages = [r.getMessage() for r in caplog.records]
    assert any("logged-junk.html" in m and "rejected" in m and "not a web page" in m for m in messages)
    assert any("logged-page.html: ok" in m for m in messages)


def test_the_site_lists_saved_pages_as_articles(page_site):
    articles = by_file(page_site)
    for lang, (date, countries) in EXPECTED.items():
        a = articles[f"{lang}.html"]
        assert (a["lang"], a["date"], a["countries"]) == (lang, date, countries)
        body = page(page_site, a["url"]).select_one(".article-body").get_text(" ")
        assert paragraphs(ARTICLES[lang][0])[0][:60] in " ".join(body.split())


def test_a_page_and_a_text_of_one_stem_are_two_articles(page_site):
    articles = by_file(page_site)
    text, html = articles["same-stem.txt"], articles["same-stem.html"]
    assert text["id"] != html["id"] and text["url"] != html["url"] and text["raw_url"] != html["raw_url"]
    assert text["title"] == "Indonesia and Japan sign fisheries deal"
    assert html["title"] == "Indonesia and Japan sign fisheries accord"
    assert (page_site / text["raw_url"]).read_text() == (
        EN_TXT.replace("fisheries pact", "fisheries deal").replace("12 March", "14 March"))


def test_a_pages_own_files_are_never_read(page_site):
    entry = _entry(page_site, "en_files/")
    assert entry["status"] == "ignored" and "files of the saved page en.html" in entry["problems"][0]
    files = {f["file"] for f in report(page_site)["files"]}
    assert not any(name.startswith("en_files/") and name != "en_files/" for name in files)
    assert "Peru and Chile" not in json.dumps(catalogue(page_site))


def test_the_original_text_of_a_page_is_its_extracted_text(page_site):
    for lang, (text, html) in ARTICLES.items():
        a = by_file(page_site)[f"{lang}.html"]
        assert a["raw_url"] == f"raw/{a['id']}.txt"
        raw = (page_site / a["raw_url"]).read_text(encoding="utf-8")
        assert raw.startswith(text.split("\n", 1)[0] + "\n\n")
        assert all(p in raw for p in paragraphs(text))
        assert "<" not in raw and "kabarLeak" not in raw
        link = page(page_site, a["url"]).select_one("p.raw a")
        assert link["href"].endswith(a["raw_url"]) and link["type"] == "text/plain"
        # the link says what it is: not the page, the text read from it
        assert link.get_text() in ("Text read from the saved web page", "Teks yang dibaca dari halaman web yang disimpan")

    raws = sorted((page_site / "raw").iterdir())
    assert raws and all(p.suffix == ".txt" for p in raws)
    pages = {html for _, html in ARTICLES.values()}
    assert not any(p.read_bytes() in pages for p in page_site.rglob("*") if p.is_file())


def test_nothing_of_the_pages_markup_reaches_the_site(page_site):
    """Scripts, inline handlers, frames, styles and fonts, images, the <base>, ads, the cookie
    banner, comments, navigation: not in any file of the build, in any form."""
    found = []
    for path in sorted(page_site.rglob("*")):
        if path.is_file():
            data = path.read_bytes().decode("utf-8", "replace")
            found += [f"{path.relative_to(page_site)}: {m}" for m in MARKERS if m in data]
    assert found == []


def test_the_site_of_saved_pages_is_the_same_every_time(tmp_path):
    """Two real builds (other hash seeds, other folders) and a build read by forked processes
    give the same bytes."""
    files = {f"{lang}.html": html for lang, (_, html) in ARTICLES.items()}
    a = write_seeds(tmp_path / "one" / "seeds", files)
    b = write_seeds(tmp_path / "two" / "deeper" / "seeds", files)
    first = pelican(a, tmp_path / "out-a", ("PYTHONHASHSEED", "1"), ("KABAR_CACHE_DIR", "off"))
    second = pelican(b, tmp_path / "out-b", ("PYTHONHASHSEED", "77"), ("KABAR_CACHE_DIR", "off"))
    assert first.returncode == second.returncode == 0, first.stderr[-2000:]
    assert _differences(filecmp.dircmp(tmp_path / "out-a", tmp_path / "out-b"), "") == []
    forked = build_site(a, tmp_path / "out-c", CACHE_DIR=None, WORKERS=2, PARALLEL_MIN=1)
    assert _differences(filecmp.dircmp(tmp_path / "out-a", forked), "") == []


def test_a_cached_page_gives_the_same_site(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    seeds = write_seeds(tmp_path / "seeds", {"en.html": ARTICLES["en"][1], "fr.txt": FR_TXT})
    store = tmp_path / "cache"
    cold = build_site(seeds, tmp_path / "cold", CACHE_DIR=None)
    build_site(seeds, tmp_path / "warm-1", CACHE_DIR=str(store))
    warm = build_site(seeds, tmp_path / "warm-2", CACHE_DIR=str(store))
    said = [r.getMessage() for r in caplog.records if "understood by an earlier build" in r.getMessage()]
    assert said[-1].startswith("Kabar: 2 of 2 seeds")
    assert _differences(filecmp.dircmp(cold, warm), "") == []


def test_the_cache_key_covers_the_kind_of_seed():
    args = ("0" * 64, "a", "id", 10, 100, [])
    assert cache.seed_key(*args, kind="txt") != cache.seed_key(*args, kind="html")
    assert "trafilatura" in cache.LIBRARIES


def test_an_oversize_page_names_its_own_limit(tmp_path):
    out = build_site(write_seeds(tmp_path / "s", {"big.html": ARTICLES["en"][1], "ok.txt": EN_TXT}),
                     tmp_path / "o", CACHE_DIR=None, MAX_PAGE_BYTES=2_000)
    assert any("MAX_PAGE_BYTES" in p for p in _entry(out, "big.html")["problems"])
    assert _entry(out, "ok.txt")["status"] == "ok"
