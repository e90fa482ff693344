"""A web page saved from the browser (Ctrl+S: ``.html``, ``.htm``) -> the plain text of its
article, written as a ``.txt`` seed would be, and what the page says of itself.

Pure: bytes in, text out. The page is parsed (lxml, through trafilatura), never run, rendered or
published: no script, style, frame, image or link of it is followed or kept, nothing is fetched
(the parser's network access is off, external entities are not loaded) and no file but the page
itself is read. trafilatura reduces the page to its article (navigation, ads, cookie banners,
comments, related links and the like dropped); the page's own metadata is evidence, written into
the text the way a copied page shows it:

* the headline (``og:title``, else ``<h1>``, else ``<title>``, without the site's name) opens the
  text when the extracted article does not already begin with it;
* the publication date (``article:published_time``, ``datePublished`` in JSON-LD or microdata,
  ``<time datetime>`` of the article) follows as a publication line (``2024-03-12``), which the
  date reader takes as the page's own date, as it does a copied page's publication line;
* the address (``<link rel=canonical>``, else ``og:url``) and the site's name close the text as a
  source line (``Source: Example News https://…``);
* the language (``<html lang>``, else ``og:locale``) is returned as a hint, for when the text alone
  does not settle it.

:func:`read_saved_page` never raises on bad input: an empty page, binary junk or a page with no
article gives the reason instead.
"""
from __future__ import annotations

import codecs
import datetime
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .chrome import line_key
from .decode import NUL, over_limit
from .textutil import text_width

logger = logging.getLogger(__name__)

SAVED_PAGE_SUFFIXES = (".html", ".htm")
PAGE_LIMIT_SETTING = "MAX_PAGE_BYTES"
NO_ARTICLE = "a saved web page with no article text found in it (only navigation, scripts, forms or boilerplate)"

# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">
META_CHARSET_RE = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*(?P<name>[A-Za-z0-9._:-]{1,40})",
                             re.IGNORECASE)
CHARSET_SNIFF_BYTES = 4096
XML_DECLARATION_RE = re.compile(r"^\s*<\?xml\b[^>]{0,200}\?>")
# what browsers decode these labels as (WHATWG Encoding): a page saying latin-1 is Windows-1252
CHARSET_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                   "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252",
                   "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "iso-8859-9": "cp1254",
                   "tis-620": "cp874", "iso-8859-11": "cp874", "shift_jis": "cp932", "sjis": "cp932",
                   "euc-kr": "cp949", "ks_c_5601-1987": "cp949"}
# Python codecs that no web page is written in (escapes, compressions, the codec that always fails)
NOT_PAGE_CODECS = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined", "rot-13",
                             "base64", "hex", "quopri", "uu", "zlib", "bz2", "mbcs", "oem", "palmos"})
LANG_RE = re.compile(r"^\s*(?P<lang>[A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$")
NO_LANGUAGE = frozenset({"und", "zxx", "mul", "mis"})
ISO_DAY_RE = re.compile(r"^\s*(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])")
FIRST_YEAR, LAST_YEAR = 1900, 2200
URL_OK_RE = re.compile(r"^https?://[^\s<>\"'`]{3,2000}$", re.IGNORECASE)
# "Headline | Site", "Headline - Site", "Headline — Site": the site's name after the last separator
TITLE_SEPARATOR_RE = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+")
MAX_SITE_SUFFIX_CHARS = 40
MAX_SITE_SUFFIX_WORDS = 5
MIN_HEADLINE_WORDS = 2
MAX_HEADLINE_CHARS = 300
MIN_PARAGRAPH_WIDTH = 60  # an article has a paragraph at least this long (textutil.text_width)
HEADLINE_SEARCH_LINES = 5  # the headline found among the first lines of the article is left there
MAX_JSON_LD_CHARS = 200_000
MAX_JSON_NODES = 5_000
SPACE_RE = re.compile(r"\s+")

PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "date.issued",
                  "dc.date.issued", "dcterms.issued", "pubdate", "publishdate", "publish-date",
                  "sailthru.date", "parsely-pub-date")
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified")

# trafilatura speaks of every page it gives up on (the build report says it once, per seed)
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class PageHints:
    """What a saved page says of itself, in its markup."""

    lang: str | None = None  # primary language subtag of <html lang> (or og:locale), lower case
    headline: str | None = None
    published: str | None = None  # YYYY-MM-DD, the day as the page writes it (its own time zone)
    url: str | None = None  # the page's address (canonical link, else og:url); absolute http(s) only
    site_name: str | None = None  # og:site_name


@dataclass(frozen=True)
class SavedPage:
    """A saved page read: ``text`` is its article as a plain-text seed (None when rejected)."""

    text: str | None
    hints: PageHints = PageHints()
    rejected: str | None = None
    warnings: tuple[str, ...] = ()


def is_saved_page(name: str) -> bool:
    """Whether a seed file, by its name, is a saved web page."""
    return name.lower().endswith(SAVED_PAGE_SUFFIXES)


def read_saved_page(data: bytes, max_bytes: int, size: int | None = None) -> SavedPage:
    """The article of a saved page, as text, with the page's hints; or why there is none."""
    too_big = over_limit(len(data) if size is None else size, max_bytes, PAGE_LIMIT_SETTING)
    if too_big:
        return SavedPage(None, rejected=too_big)
    markup, rejected, warnings = decode_page(data)
    if markup is None:
        return SavedPage(None, rejected=rejected)
    tree = _parse(markup)
    if tree is None:
        return SavedPage(None, rejected="not a web page: no HTML found in it (a plain-text article is a .txt seed)",
                         warnings=warnings)
    hints = page_hints(tree)
    article = extract_article(tree)
    if not article:
        return SavedPage(None, hints, NO_ARTICLE, warnings)
    return SavedPage(seed_text(article, hints), hints, None, warnings)


# --- bytes -> markup ---------------------------------------------------------------------------


def decode_page(data: bytes) -> tuple[str | None, str | None, tuple[str, ...]]:
    """(markup, why not, warnings): the page decoded by its byte-order mark, else the charset it
    declares, else UTF-8, else Windows-1252 (with a warning)."""
    if not data:
        return None, "empty file", ()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None, ()
        except UnicodeDecodeError as err:
            return None, f"starts with a UTF-16 byte-order mark but is not UTF-16 ({err.reason})", ()
    if NUL in data:
        return None, f"binary file (NUL byte at offset {data.index(NUL)}), not a web page", ()
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    declared = _declared_charset(data)
    text = None
    if declared is not None and declared != "utf-8":
        try:
            text = data.decode(declared, errors="replace")
        except (LookupError, UnicodeError, ValueError):  # a codec that is no text encoding ("zlib")
            text = None
        warnings = ("some bytes are not of the page's declared charset; shown as \ufffd",) \
            if text is not None and "\ufffd" in text else ()
    if text is None:
        try:
            text, warnings = data.decode("utf-8"), ()
        except UnicodeDecodeError as err:
            text = data.decode("cp1252", errors="replace")
            warnings = (f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
                        "decoded as Windows-1252",)
    if not text.strip():
        return None, "empty file (nothing but white space)", warnings
    return text, None, warnings


def _declared_charset(data: bytes) -> str | None:
    """The Python codec of the charset the page declares in its first bytes, if it is one."""
    match = META_CHARSET_RE.search(data, 0, CHARSET_SNIFF_BYTES)
    if match is None:
        return None
    label = match.group("name").decode("ascii").lower()
    label = CHARSET_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in NOT_PAGE_CODECS:
        return None
    return "utf-8" if name in ("utf-8", "utf-16", "utf-16-le", "utf-16-be") else name  # (UTF-16 has a BOM)


def _parse(markup: str):
    """The page's element tree (lxml's HTML parser: no network, no external entities), or None
    when the text is no HTML."""
    from trafilatura.utils import load_html  # noqa: PLC0415  (0.3 s to import: only when a page is read)

    try:  # (lxml takes a text opening with an XML declaration for a fragment: an XHTML page's is dropped)
        return load_html(XML_DECLARATION_RE.sub("", markup, count=1))
    except (ValueError, TypeError) as err:
        logger.debug("page not parsed: %s", err)
        return None


# --- the article -------------------------------------------------------------------------------


def extract_article(tree) -> str:
    """The article's text, one paragraph a line, or '' when the page has none. Deterministic:
    no duplicate detection across pages, no fetching, no guessing of what is not in the page."""
    import trafilatura  # noqa: PLC0415

    try:
        document = trafilatura.bare_extraction(
            tree, include_comments=False, include_tables=True, include_images=False, include_links=False,
            include_formatting=False, deduplicate=False, with_metadata=False, fast=False)
    except (ValueError, TypeError, RecursionError, LookupError) as err:
        logger.debug("no article extracted: %s: %s", type(err).__name__, err)
        return ""
    if document is None or not document.text:
        return ""
    lines = [line for line in (SPACE_RE.sub(" ", line).strip() for line in document.text.split("\n")) if line]
    if not any(text_width(line) >= MIN_PARAGRAPH_WIDTH for line in lines):
        return ""  # a menu's labels, a button: what is left of a page without an article
    return "\n".join(lines)


def seed_text(article: str, hints: PageHints) -> str:
    """The article as a plain-text seed: the headline (unless the article opens with it), the
    publication line, the paragraphs (a blank line between them, as a copied page has) and the
    source line."""
    lines = article.split("\n")
    head: list[str] = []
    if hints.headline:
        key = line_key(hints.headline)
        if not any(line_key(line) == key for line in lines[:HEADLINE_SEARCH_LINES]):
            head.append(hints.headline)
    if not head and lines:  # the article opens with its headline (or has none the page names)
        head.append(lines.pop(0))
    if hints.published:
        head.append(hints.published)
    tail = []
    source = " ".join(part for part in (hints.site_name, hints.url) if part)
    if source:
        tail.append(f"Source: {source}")
    return "\n\n".join([*head, *lines, *tail]) + "\n"


# --- the page's metadata -----------------------------------------------------------------------


def page_hints(tree) -> PageHints:
    """What the page's markup says of it: language, headline, publication date, address."""
    meta = _meta(tree)
    site_name = _clean(meta.get("og:site_name"))
    return PageHints(
        lang=_language(tree.get("lang") or tree.get("xml:lang") or meta.get("og:locale")
                       or meta.get("content-language")),
        headline=_headline(tree, meta, site_name),
        published=_published(tree, meta),
        url=next((u for u in (_link(tree, "canonical"), meta.get("og:url")) if u and URL_OK_RE.match(u.strip())),
                 "").strip() or None,
        site_name=site_name,
    )


def _meta(tree) -> dict[str, str]:
    """<meta> values by lower-case property, name, itemprop or http-equiv (the first of each)."""
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = element.get("content")
        if content is None:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = (element.get(attribute) or "").strip().lower()
            if key:
                found.setdefault(key, content)
    return found


def _link(tree, rel: str) -> str | None:
    for element in tree.iter("link"):
        if rel in (element.get("rel") or "").lower().split():
            return element.get("href")
    return None


def _clean(value: str | None) -> str | None:
    value = SPACE_RE.sub(" ", value or "").strip()
    return value or None


def _text(element) -> str:
    return SPACE_RE.sub(" ", element.text_content()).strip()


def _language(value: str | None) -> str | None:
    match = LANG_RE.match(value or "")
    if match is None:
        return None
    lang = match.group("lang").lower()
    return None if lang in NO_LANGUAGE else lang


def _headline(tree, meta: dict[str, str], site_name: str | None) -> str | None:
    """og:title (or an <h1> it begins with: the same headline without the site's name), else the
    first <h1> that reads like a headline, else <title>; never the site's name alone."""
    h1s = [t for t in (_text(e) for e in tree.iter("h1")) if _headline_like(t, site_name)]
    og = _strip_site(_clean(meta.get("og:title") or meta.get("twitter:title")), site_name)
    if og and _headline_like(og, site_name):
        folded = line_key(og)
        return next((h for h in h1s if folded.startswith(line_key(h))), og)
    if h1s:
        return h1s[0]
    title = next((_text(e) for e in tree.iter("title")), None)
    title = _strip_site(title, site_name)
    return title if title and _headline_like(title, site_name) else None


def _headline_like(text: str, site_name: str | None) -> bool:
    return (len(text.split()) >= MIN_HEADLINE_WORDS and len(text) <= MAX_HEADLINE_CHARS
            and not (site_name and line_key(text) == line_key(site_name)))


def _strip_site(title: str | None, site_name: str | None) -> str | None:
    """A page title without the site's name after its last separator ("Headline | Site")."""
    if not title:
        return None
    parts = TITLE_SEPARATOR_RE.split(title)
    if len(parts) < 2:
        return title
    tail = parts[-1]
    if (site_name and line_key(tail) == line_key(site_name)) or (
            len(tail) <= MAX_SITE_SUFFIX_CHARS and len(tail.split()) <= MAX_SITE_SUFFIX_WORDS
            and len(title) - len(tail) > 2 * len(tail)):
        return title[: len(title) - len(tail)].rstrip(" |-–—:·•")
    return title


def _published(tree, meta: dict[str, str]) -> str | None:
    """The page's publication day: its metadata, JSON-LD, microdata, else the <time> of its
    article (a <time> elsewhere may be the day the page was viewed); the date of its update when
    it gives no other."""
    for key in PUBLISHED_META:
        day = _iso_day(meta.get(key))
        if day:
            return day
    for value in _json_ld(tree, "datePublished"):
        day = _iso_day(value)
        if day:
            return day
    for element in tree.iter("time"):
        if (element.get("itemprop") or "").lower() == "datepublished" or element.get("pubdate") is not None \
                or any(parent.tag == "article" for parent in element.iterancestors()):
            day = _iso_day(element.get("datetime"))
            if day:
                return day
    for value in [*(meta.get(key) for key in MODIFIED_META), *_json_ld(tree, "dateModified")]:
        day = _iso_day(value)
        if day:
            return day
    return None


def _iso_day(value) -> str | None:
    match = ISO_DAY_RE.match(value) if isinstance(value, str) else None
    if match is None:
        return None
    try:
        day = datetime.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    return day.isoformat() if FIRST_YEAR <= day.year <= LAST_YEAR else None


def _json_ld(tree, key: str) -> Iterator:
    """Every value of ``key`` in the page's JSON-LD blocks (nested objects and @graph too)."""
    for element in tree.iter("script"):
        if (element.get("type") or "").strip().lower() != "application/ld+json":
            continue
        source = element.text or ""
        if len(source) > MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):
            continue
        pending, seen = [data], 0
        while pending and seen < MAX_JSON_NODES:
            node = pending.pop(0)
            seen += 1
            if isinstance(node, dict):
                if key in node:
                    yield node[key]
                pending.extend(node.values())
            elif isinstance(node, list):
                pending.extend(node)
