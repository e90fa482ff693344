"""People across the archive: the persons the reports name (:mod:`understand.persons`) gathered
into one record each, across reports, languages, scripts and spellings. Pure: no pelican.

Precision first: two different people never share a record. Names are joined by

1. the same listed leader (``data/leaders.json`` id), whatever the spelling (actors.py finds them);
2. the same folded name: case, diacritics and script by transliteration dropped
   (``Nguyễn Minh Vũ`` = ``Nguyen Minh Vu``, ``Владимир Титов`` = ``Vladimir Titov``); a name a
   listed leader is listed under is that leader;
3. a slip: two names of as many words that differ by one letter (added, dropped, changed, two
   swapped) in one given name of five letters or more, the family name and the other words the
   same (``Vladmir Titov``, ``Vladimir Titov``), when both have the same country, or are named in
   one event and never together in one report;
4. across scripts: a name in Cyrillic and one in Latin letters whose loose spellings agree word
   for word (``Нгуен Минь Ву``, ``Nguyen Minh Vu``: :func:`persons.loose_word`), on the same
   conditions.

A shared family name is never enough (``Nguyen Xuan Phuc``, ``Nguyen Phu Trong``), and two
listed leaders are never joined. Candidate pairs for rules 3 and 4 are found by blocking, never
by comparing every name with every other: a name stands in one block per given name (its other
words), and in one block by its loose spelling; only names in one block are compared.

A person is named by the form most often written (ties: the listed form, Latin letters, with
diacritics, the longer, the first in order); every other full form is a variant. A person named
in only one report gets no page.
"""
from __future__ import annotations

import functools
import hashlib
import itertools
import logging
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .understand.actors import country_of, listed_names
from .understand.persons import (
    NAME_MIN_WORDS,
    TYPO_MIN_CHARS,
    PersonMention,
    family_name_at,
    is_cyrillic,
    loose_word,
    name_words,
    slip_of,
)
from .understand.textutil import fold, slugify

logger = logging.getLogger(__name__)

MIN_REPORTS = 2  # a person gets a page when named in this many reports
MAX_TITLES = 12  # titles shown of one person, most given first
MAX_TOGETHER = 10  # the people one appears with most
SMALL_BLOCK = 12  # names in a block compared pair by pair (a larger block is split further)
RESERVED_SLUGS = frozenset({"index"})
SLIP, SCRIPT = "one-letter slip in a given name", "the same name in another script"


@dataclass(frozen=True)
class Report:
    """What the merging reads of one report."""

    id: str
    lang: str | None
    event: str
    persons: tuple[PersonMention, ...]


@dataclass(frozen=True)
class Person:
    slug: str
    name: str  # as most often written
    variants: tuple[str, ...]  # the other full forms found, most written first
    titles: tuple[tuple[str, str | None], ...]  # (title as written, its report's language), most given first
    countries: tuple[str, ...]  # most named first
    articles: tuple[str, ...]  # report ids, sorted
    events: tuple[str, ...]  # event ids, sorted
    leader: str | None = None  # the listed person's id
    joined: tuple[tuple[str, str, str], ...] = ()  # (form, form, rule): names joined by rule 3 or 4


@dataclass(frozen=True)
class People:
    persons: tuple[Person, ...]  # those with a page, by slug
    of_article: dict[str, tuple[str, ...]] = field(default_factory=dict)  # report id -> slugs, in order
    together: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)  # slug -> (slug, events)
    named_once: int = 0  # people named in one report only (no page)
    ambiguous: int = 0  # names two people of two countries share, in reports that give no country (no page)

    def by_slug(self) -> dict[str, Person]:
        return {p.slug: p for p in self.persons}


class _Node:
    """One leader id or one folded name, with what the reports say of it."""

    __slots__ = ("key", "words", "leader", "articles", "events", "countries", "forms", "titles", "cyrillic",
                 "latin", "first", "ambiguous")

    def __init__(self, key: str, words: tuple[str, ...], leader: str | None) -> None:
        self.key, self.words, self.leader = key, words, leader
        self.articles: set[str] = set()
        self.events: set[str] = set()
        self.countries: Counter = Counter()
        self.forms: Counter = Counter()
        self.titles: Counter = Counter()
        self.cyrillic = self.latin = False
        self.first: dict[str, int] = {}  # report id -> where it first names them
        self.ambiguous = False  # a name two people of two countries have, in reports that give no country


class _Groups:
    """Union-find over nodes; a group holds at most one listed leader."""

    def __init__(self, nodes: dict[str, _Node]) -> None:
        self.parent = {key: key for key in nodes}
        self.leader = {key: node.leader for key, node in nodes.items()}

    def find(self, key: str) -> str:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def join(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        la, lb = self.leader[ra], self.leader[rb]
        if la and lb and la != lb:
            return False  # two listed leaders are two people
        ra, rb = sorted((ra, rb))
        self.parent[rb] = ra
        self.leader[ra] = la or lb
        return True


def _may_join(a: _Node, b: _Node) -> bool:
    """The condition of rules 3 and 4: the same country, or one event and never one report."""
    if set(a.countries) & set(b.countries):
        return True
    return bool(a.events & b.events) and not a.articles & b.articles


@functools.lru_cache(maxsize=65536)
def _form(name: str) -> tuple[str, tuple[str, ...], str, bool]:
    """(node key of a name, its folded words, the name as written with single spaces, written in
    Cyrillic?); the key is "" for a name of one word (no one by itself)."""
    words = name_words(name)
    key = f"N:{' '.join(words)}" if len(words) >= NAME_MIN_WORDS else ""
    return key, words, unicodedata.normalize("NFC", " ".join(name.split())), is_cyrillic(name)


def _gather(reports: Iterable[Report]) -> dict[str, _Node]:
    """The nodes: a listed leader by id; anyone else by folded name and the country the report
    gives them (one per report: the one its mentions give most), so that two people of one name
    and two countries stay two (:func:`_join_all` joins a name's nodes when it has one country)."""
    nodes: dict[str, _Node] = {}
    for report in reports:
        found: dict[str, list] = {}  # a leader id or folded name -> its mentions in this report
        for mention in report.persons:
            form = _form(mention.name)
            base = f"L:{mention.leader}" if mention.leader else form[0]
            if base:
                mentions = found.get(base)
                if mentions is None:
                    found[base] = [(mention, form)]
                else:
                    mentions.append((mention, form))
        for base, mentions in found.items():
            first = mentions[0][0]
            if len(mentions) == 1:
                country = first.country or ""
            else:
                countries = Counter(m.country for m, _ in mentions if m.country)
                country = min(countries, key=lambda c: (-countries[c], c)) if countries else ""
            key = base if first.leader else f"{base}|{country}"
            node = nodes.get(key)
            if node is None:
                node = nodes[key] = _Node(key, mentions[0][1][1], first.leader)
            node.articles.add(report.id)
            node.events.add(report.event)
            node.first[report.id] = first.start
            if country:
                node.countries[country] += 1
            for mention, (own, _, name, cyrillic) in mentions:
                if own:  # a full name (not "Putin" alone)
                    node.forms[name] += 1
                    if cyrillic:
                        node.cyrillic = True
                    else:
                        node.latin = True
                if mention.title:
                    node.titles[(mention.title, report.lang)] += 1
    return nodes


def _join_all(nodes: dict[str, _Node]) -> tuple[_Groups, list[tuple[str, str, str, str]]]:
    """The groups of nodes that are one person, and the joins of rules 3 and 4 made: (a node's
    key, its form, the other form, the rule)."""
    groups = _Groups(nodes)
    joined: list[tuple[str, str, str, str]] = []
    # rule 2: a name a listed leader (named in the archive) is listed under is that leader
    listed: dict[str, str] = {}
    reps: list[tuple[tuple[str, ...], str]] = []  # (folded listed name, leader node) for rule 3
    for node in (nodes[key] for key in sorted(nodes)):  # (in an order that is the same for any order of reports)
        if node.leader:
            for name in listed_names(node.leader):
                words = name_words(name)
                if len(words) >= NAME_MIN_WORDS:
                    listed.setdefault(" ".join(words), node.key)
                    reps.append((words, node.key))
            if node.leader and not node.countries:
                code = country_of(node.leader)
                if code:
                    node.countries[code] += 1
    by_name: dict[str, list[_Node]] = defaultdict(list)
    for node in (nodes[key] for key in sorted(nodes)):
        if not node.leader:
            by_name[" ".join(node.words)].append(node)
    for name, named in sorted(by_name.items()):
        countries = {c for node in named for c in node.countries}
        if len(countries) <= 1:  # one person: a name given one country (or none) in every report
            for node in named[1:]:
                groups.join(named[0].key, node.key)
            if name in listed:
                groups.join(named[0].key, listed[name])
        else:  # two people of one name; the reports that give no country may mean either
            for node in named:
                node.ambiguous = not node.countries
                if name in listed and country_of(nodes[listed[name]].leader) in node.countries:
                    groups.join(node.key, listed[name])
    # rule 3: names of as many words, the same but for one given name (a block), compared within
    # their block; a large block is split by the words' deletions (a one-letter slip leaves the two
    # words one deletion in common), so that no block is compared pair by pair when large
    coarse: dict[tuple, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    entries = [(node.words, node.key) for node in nodes.values() if not node.leader] + reps
    for words, key in sorted(set(entries)):
        family = family_name_at(words)
        for i, word in enumerate(words):
            if i != family and len(word) >= TYPO_MIN_CHARS - 1:
                coarse[(len(words), i, words[:i] + words[i + 1:])].append((words, key))
    blocks: list[list[tuple[tuple[str, ...], str]]] = []
    for (_, i, _), block in coarse.items():
        if len(block) <= SMALL_BLOCK:
            if len(block) > 1:
                blocks.append(block)
            continue
        fine: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for words, key in block:
            word = words[i]
            for shorter in {word, *(word[:k] + word[k + 1:] for k in range(len(word)))}:
                fine[shorter].append((words, key))
        blocks += [b for b in fine.values() if len(b) > 1]
    for block in blocks:
        for x in range(len(block)):
            for y in range(x + 1, len(block)):
                (wa, ka), (wb, kb) = block[x], block[y]
                if ka == kb or slip_of(wa, wb) is None or not _may_join(nodes[ka], nodes[kb]):
                    continue
                if groups.join(ka, kb):
                    joined.append((ka, " ".join(wa), " ".join(wb), SLIP))
    # rule 4: a Cyrillic name and a Latin one of the same loose spelling
    loose: dict[tuple[str, ...], list[_Node]] = defaultdict(list)
    for node in nodes.values():
        if not node.leader and (node.cyrillic or node.latin):
            loose[tuple(map(loose_word, node.words))].append(node)
    for key in sorted(loose):
        block = sorted(loose[key], key=lambda n: n.key)
        for a in block:
            for b in block:
                if a.cyrillic and not a.latin and b.latin and _may_join(a, b) and groups.join(a.key, b.key):
                    joined.append((a.key, _display(a.forms, None), _display(b.forms, None), SCRIPT))
    return groups, joined


def _latin(text: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") for c in text if c.isalpha())


def _display(forms: Counter, leader: str | None) -> str:
    listed = set(listed_names(leader)) if leader else set()
    if not forms:
        return listed_names(leader)[0] if leader and listed_names(leader) else ""
    return min(forms, key=lambda f: (-forms[f], f not in listed, not _latin(f), f.isascii(), -len(f), f))


def _titles(counts: Counter) -> tuple[tuple[str, str | None], ...]:
    """Titles as written, one per folded spelling (its most written form), most given first."""
    by_key: dict[str, Counter] = defaultdict(Counter)
    for (title, lang), n in counts.items():
        by_key[fold(title)][(title, lang)] += n
    best = []
    for key, written in by_key.items():
        (title, lang), _ = min(written.items(), key=lambda item: (-item[1], item[0][0], item[0][1] or ""))
        best.append((-sum(written.values()), title, lang or ""))
    return tuple((title, lang or None) for _, title, lang in sorted(best)[:MAX_TITLES])


def merge(reports: Iterable[Report]) -> People:
    """The people of ``reports`` (see the module docstring)."""
    reports = list(reports)
    nodes = _gather(reports)
    groups, joined = _join_all(nodes)
    members: dict[str, list[_Node]] = defaultdict(list)
    for key in sorted(nodes):
        members[groups.find(key)].append(nodes[key])
    joined_in: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for key, a, b, rule in joined:
        joined_in[groups.find(key)].append((a, b, rule))
    drafts = []
    named_once = ambiguous = 0
    for root, group in members.items():
        articles = set().union(*(n.articles for n in group))
        if all(n.ambiguous for n in group):
            ambiguous += 1
            continue
        if len(articles) < MIN_REPORTS:
            named_once += 1
            continue
        if len(group) == 1:
            forms, countries, titles = group[0].forms, group[0].countries, group[0].titles
        else:
            forms, countries, titles = Counter(), Counter(), Counter()
            for n in group:
                forms.update(n.forms)
                countries.update(n.countries)
                titles.update(n.titles)
        leader = groups.leader[root]
        name = _display(forms, leader)
        variants = tuple(sorted((f for f in forms if f != name), key=lambda f: (-forms[f], f)))
        drafts.append((leader or slugify(name, max_length=80), root, Person(
            slug="", name=name, variants=variants, titles=_titles(titles),
            countries=tuple(sorted(countries, key=lambda c: (-countries[c], c))),
            articles=tuple(sorted(articles)), events=tuple(sorted(set().union(*(n.events for n in group)))),
            leader=leader, joined=tuple(sorted(set(joined_in.get(root, ())))))))
    slug_of_root = _slugs(drafts)
    persons = [replace(person, slug=slug_of_root[root]) for _, root, person in drafts]
    first = {}  # (report id, slug) -> where the report first names them
    for root, group in members.items():
        slug = slug_of_root.get(root)
        if slug is None:
            continue
        for n in group:
            for aid, at in n.first.items():
                first[(aid, slug)] = min(at, first.get((aid, slug), at))
    of_article: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for (aid, slug), at in first.items():
        of_article[aid].append((at, slug))
    of_article_sorted = {aid: tuple(slug for _, slug in sorted(found)) for aid, found in sorted(of_article.items())}
    logger.debug("people: %d with a page, %d named in one report only, %d names of two people; %d joins by"
                 " a slip or a script", len(persons), named_once, ambiguous, len(joined))
    return People(persons=tuple(sorted(persons, key=lambda p: p.slug)), of_article=of_article_sorted,
                  together=_together(persons), named_once=named_once, ambiguous=ambiguous)


def _slugs(drafts: list[tuple[str, str, Person]]) -> dict[str, str]:
    """group root -> slug: the leader's id, else the name folded to ASCII; two people who would
    share one are told apart by their country ("kevin-wong-au"), else by a hash of who they are
    (the first by its key keeps the plain one)."""
    out = {}
    taken: set[str] = set()
    for wanted, root, person in sorted(drafts, key=lambda d: (d[0], d[1])):
        slug = wanted if wanted not in RESERVED_SLUGS else f"{wanted}-person"
        if slug in taken and person.countries and f"{slug}-{person.countries[0].lower()}" not in taken:
            slug = f"{slug}-{person.countries[0].lower()}"
        elif slug in taken:
            slug = f"{slug}-{hashlib.sha256(root.encode('utf-8')).hexdigest()[:6]}"
        taken.add(slug)
        out[root] = slug
    return out


def _together(persons: list[Person]) -> dict[str, tuple[tuple[str, int], ...]]:
    """slug -> the people named in the same events, with how many events, most first."""
    in_event: dict[str, list[str]] = defaultdict(list)
    for person in persons:
        for event in person.events:
            in_event[event].append(person.slug)
    pairs: Counter = Counter()
    for slugs in in_event.values():
        if len(slugs) > 1:
            pairs.update(itertools.combinations(sorted(slugs), 2))
    out: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (a, b), n in pairs.items():
        out[a].append((b, n))
        out[b].append((a, n))
    return {slug: tuple(sorted(found, key=lambda f: (-f[1], f[0]))[:MAX_TOGETHER]) for slug, found in sorted(out.items())}
