"""News outlets: every spelling of one outlet on one page, never two outlets on one. Pure (no pelican).

A report names its outlet the way its text does (``record.source``: a name, an address, or both,
as :mod:`understand.parse` found them): ``VOVWORLD``, ``VOV World``, ``vovworld.vn``,
``(VOVWORLD) -``, ``Sumber: https://tuoitre.vn/…``, ``WVR/VNA``. Three steps:

1. :func:`clean_name`: the name without what surrounds it in a text: brackets and quotes, a label
   (``Source:``, ``Sumber:``, ``Nguồn:``…), a dateline (``HANOI (VNA) -``, ``(VOVWORLD) -``: the name
   is the bracketed part), a gloss in brackets after a name (``Tuoi Tre (Youth)``: the name is before
   it), dashes, colons and dots at either end. What cannot be a name (a sentence, more than
   :data:`MAX_NAME_WORDS` words or :data:`MAX_NAME_CHARS` characters, no letter) gives None.
2. :func:`outlet_key`: what the spellings of one outlet share: the name folded to lower-case ASCII
   (``Tuổi Trẻ`` -> ``tuoitre``) with spaces and punctuation dropped; a domain or address (``vovworld.vn``,
   ``https://www.vovworld.vn/…``) by its name under the public suffix (``vovworld``; ``kompas.co.id``
   -> ``kompas``; the Public Suffix List of the ``tld`` package, so ``x.blogspot.com`` is ``x``);
   several credits (``WVR/VNA``, ``VNA, Xinhua``) keep each part, in order (``wvr/vna``): a report
   that credits two outlets is not either one's own.
3. :func:`group_outlets`: over the whole archive, the reports whose sources give one key are one
   outlet, unless they give two or more different domains (``nation.com.pk``, ``nation.co.ke``):
   then each domain is an outlet of its own, and the reports that give the name alone are one more
   (precision first: when in doubt, two outlets). A report's address counts only when the name
   agrees with it (the name is what the text credits); with no name, the address names the outlet.
   A name without its English article joins the name with it when some report writes that one with
   the article as a word (``Jakarta Post`` joins ``The Jakarta Post``, and so ``thejakartapost.com``).

Nothing else is guessed: no list of known outlets, no aliases (``VOV`` and ``VOVWORLD`` stay two).
"""
from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .understand.textutil import fold, normalize_space, slugify

MAX_NAME_CHARS = 60
MAX_NAME_WORDS = 6
MAX_SLUG_CHARS = 60
RESERVED_SLUGS = frozenset({"index"})

# the whole name in brackets or quotes: "(Source: WVR/VNA)", "«AFP»"
WRAPPED_RE = re.compile(r"^(?:\((?P<p>.*)\)|\[(?P<b>.*)\]|«(?P<g>.*)»|“(?P<c>.*)”|\"(?P<q>.*)\")$", re.S)
# a label before the name: "Source: X", "Sumber: X", "Nguồn: X", "Fuente: X"
LABEL_RE = re.compile(
    r"^(?:sources?|src|sumber|nguồn|nguon|fuente|fonte|quelle|источник|crédit|credits?|courtesy|via|theo)"
    r"\s*[:：]\s*", re.IGNORECASE)
# a name in brackets with what may stand before and after it: "(VOVWORLD) -", "HANOI (VNA) -",
# "HANOI, March 5 (Reuters) -", "Tuoi Tre (Youth)"
BRACKETED_RE = re.compile(r"^(?P<before>[^()]{0,50}?)\s*\((?P<inside>[^()]{1,60})\)\s*(?P<dash>[-–—:]*)\s*$")
# dashes, colons, bullets, dots and commas at either end: "WVR/VNA-", "VOVWORLD -", "AFP."
EDGE_RE = re.compile(r"^[\s\-–—:|·•,;.]+|[\s\-–—:|·•,;.]+$")
# a sentence inside: what ends one and begins another
SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+\S")
LETTER_RE = re.compile(r"[^\W\d_]")
# a domain or an address: "vovworld.vn", "Tuoitre.vn", "https://www.vovworld.vn/id/…"
DOMAIN_LIKE_RE = re.compile(r"^(?:https?://)?(?:[\w-]+\.)+[^\W\d_]{2,}\.?(?::\d{1,5})?(?:[/?#]\S*)?$", re.IGNORECASE)
# several credits: "WVR/VNA", "VNA, Xinhua", "AP; Reuters"
PARTS_RE = re.compile(r"\s*[/,;]\s*")
ARTICLE_RE = re.compile(r"^the\s", re.IGNORECASE)  # "The Jakarta Post"
ARTICLE_KEY = "the"
KEY_DROP_RE = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=8192)
def clean_name(raw: str | None) -> str | None:
    """The outlet's name as written, without what surrounds it in a text; None when it cannot be one."""
    if not raw:
        return None
    name = normalize_space(raw)
    for _ in range(4):  # "(Source: HANOI (VNA) -)": each layer once
        before = name
        wrapped = WRAPPED_RE.match(name)
        if wrapped:
            name = next(g for g in wrapped.groups() if g is not None).strip()
        name = LABEL_RE.sub("", name)
        bracketed = BRACKETED_RE.match(name)
        if bracketed:
            place = bracketed["before"].strip(" ,")
            dateline = not place or (bracketed["dash"] and place.split(",")[0].isupper())
            name = bracketed["inside"] if dateline else place
        name = EDGE_RE.sub("", name)
        if name == before:
            break
    if not name or len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
        return None
    if not LETTER_RE.search(name) or SENTENCE_BREAK_RE.search(name):
        return None
    return name


@functools.lru_cache(maxsize=8192)
def registrable_domain(text: str | None) -> tuple[str, str] | None:
    """``(domain, its name)`` of a domain or address under its public suffix
    (``https://en.example.co.id/x`` -> ``("example.co.id", "example")``); None when it is not one."""
    if not text or not DOMAIN_LIKE_RE.match(text.strip()):
        return None
    from tld import get_tld  # the Public Suffix List, read on first use (not every archive names a domain)

    text = text.strip().rstrip(".")
    found = get_tld(text if "://" in text else f"http://{text}", as_object=True, fail_silently=True)
    if found is None or not found.domain:
        return None
    return found.fld.lower(), found.domain.lower()


def _part_key(part: str) -> str:
    domain = registrable_domain(part)
    if domain is not None:
        return KEY_DROP_RE.sub("", fold(domain[1]))
    return KEY_DROP_RE.sub("", fold(part))


@functools.lru_cache(maxsize=8192)
def outlet_key(name: str | None) -> str | None:
    """What every spelling of one outlet shares (``VOV World``, ``VOVWORLD``, ``vovworld.vn`` ->
    ``vovworld``; ``WVR / VNA`` -> ``wvr/vna``); None when nothing of it is left."""
    name = clean_name(name)
    if name is None:
        return None
    parts = [name] if DOMAIN_LIKE_RE.match(name) else PARTS_RE.split(name)
    keys = [key for key in map(_part_key, parts) if key]
    return "/".join(keys) or None


@dataclass(frozen=True)
class SourceReading:
    """What one report's source says of its outlet."""

    key: str  # outlet_key
    spelling: str  # the name as the report writes it (its domain when it gives only an address)
    domain: str | None  # the registrable domain, when the report gives one that agrees with its name


def _agrees(spelling: str, key: str, domain_key: str) -> bool:
    """Whether a name and a domain name one outlet (``The Sample Times``, ``sampletimes.com``)."""
    return key == domain_key or (bool(ARTICLE_RE.match(spelling)) and key == ARTICLE_KEY + domain_key)


def read_source(name: str | None, url: str | None) -> SourceReading | None:
    """The outlet a report's source names, or None when it names none."""
    address = registrable_domain(url)
    spelling = clean_name(name)
    key = outlet_key(spelling)
    if key is not None:
        own = registrable_domain(spelling)
        if own is None and address is not None and _agrees(spelling, key, _part_key(address[0])):
            own = address
        elif own is not None and "/" in spelling:  # an address written as the name: its domain
            spelling = own[0]
        return SourceReading(key, spelling, own[0] if own else None)
    if address is not None:
        return SourceReading(_part_key(address[0]), address[0], address[0])
    return None


@dataclass(frozen=True)
class Outlet:
    """An outlet as pages show it: ``{lang}/outlets/{slug}.html``."""

    slug: str
    name: str  # the spelling most of its reports use (a name before a bare domain)
    domain: str | None = None


@dataclass(frozen=True)
class OutletGroup:
    outlet: Outlet
    key: str
    article_ids: tuple[str, ...]  # sorted
    spellings: tuple[tuple[str, int], ...]  # every spelling met and how many reports use it, most used first


def _is_address(spelling: str) -> bool:
    return registrable_domain(spelling) is not None


def _spellings(readings: list[SourceReading]) -> tuple[tuple[str, int], ...]:
    counts = Counter(r.spelling for r in readings)
    order = sorted(counts, key=lambda s: (_is_address(s), -counts[s], s.casefold(), s))
    return tuple((s, counts[s]) for s in order)


def _slug(key: str) -> str:
    slug = slugify(key.replace("/", " "), MAX_SLUG_CHARS)
    return f"{slug}-outlet" if slug in RESERVED_SLUGS else slug


def group_outlets(sources: Iterable[tuple[str, str | None, str | None]]) -> tuple[dict[str, Outlet], list[OutletGroup]]:
    """``(article id, source name, source url)`` of every report -> each report's outlet (reports
    that name none are left out) and the outlets, by slug. The same sources in any order give the same."""
    by_key: dict[str, list[tuple[str, SourceReading]]] = defaultdict(list)
    for aid, name, url in sorted(sources, key=lambda s: s[0]):
        reading = read_source(name, url)
        if reading is not None:
            by_key[reading.key].append((aid, reading))
    with_article = {key for key, members in by_key.items() if any(ARTICLE_RE.match(r.spelling) for _, r in members)}
    for key in sorted(by_key):
        if ARTICLE_KEY + key in with_article:  # "Jakarta Post" joins "The Jakarta Post"
            by_key[ARTICLE_KEY + key] += by_key.pop(key)
    parts: list[tuple[str, str | None, list[tuple[str, SourceReading]]]] = []  # (key, domain, members)
    for key in sorted(by_key):
        members = by_key[key]
        domains = sorted({r.domain for _, r in members if r.domain})
        if len(domains) <= 1:
            parts.append((key, domains[0] if domains else None, members))
            continue
        for domain in domains:  # one name, several domains: as many outlets
            parts.append((key, domain, [(a, r) for a, r in members if r.domain == domain]))
        alone = [(a, r) for a, r in members if r.domain is None]
        if alone:
            parts.append((key, None, alone))
    split = Counter(key for key, _, _ in parts)  # keys of several outlets: those with a domain are named by it
    wanted = [(_slug(domain) if domain and split[key] > 1 else _slug(key), key, domain) for key, domain, _ in parts]
    taken = Counter(slug for slug, _, _ in wanted)
    of_article: dict[str, Outlet] = {}
    groups: list[OutletGroup] = []
    for (slug, key, domain), (_, _, members) in zip(wanted, parts):
        if taken[slug] > 1:  # two keys, one slug (cut to length, or non-Latin): told apart by the key
            told = hashlib.sha1(f"{key}|{domain or ''}".encode()).hexdigest()[:6]
            slug = f"{slug}-{told}"
        spellings = _spellings([r for _, r in members])
        outlet = Outlet(slug, spellings[0][0], domain)
        ids = tuple(sorted(a for a, _ in members))
        groups.append(OutletGroup(outlet, key, ids, spellings))
        for aid in ids:
            of_article[aid] = outlet
    groups.sort(key=lambda g: g.outlet.slug)
    return of_article, groups
