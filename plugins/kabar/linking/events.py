"""The entry point: articles in, events with their links and evidence out."""
from __future__ import annotations

import logging
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from .shapes import Event, Link, LinkArticle, Overrides
from .tuning import DEFAULT_THRESHOLD, EVIDENCE_LIMIT
from .names import MONTH_DAY_RE, ArticleFeatures, FeatureCaches, _Features, article_features
from .scoring import _PairCrowd, _PairScore, _Scorer, _candidate_pairs, other_engagement, two_in_both_leads
from .memo import ELSEWHERE, MISSING, LinkMemo, block_digests, pair_digests
from .clustering import _absorb, _cluster, _completed, _join_lone_pair_events, _join_undated, _lead_people
from .year_less import _join_placed_to_lone, _place_year_less
from .fits import _held_together, _safe_date
from kabar.understand.offices import KNOWN_TERMS_UNTIL

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------
# Public entry points



def _event_date(members: Sequence[LinkArticle]) -> str | None:
    """The date most members give; those dated by their text first: a day and month a member
    writes without a year (placed in the year of the others' dates) before a page's own date
    (a report is often of the day before it was published); a page's date that its line does not
    show as the day's (:attr:`LinkArticle.date_shown`) gives a year only."""
    dates = Counter(a.date for a in members if a.date and not a.date_is_page_date and not a.date_is_span_start)
    if not dates:
        pages = Counter(a.date for a in members if a.date and not a.date_is_span_start)
        if not pages:
            return None
        guess = min(pages, key=lambda d: (-pages[d], d))
        # (a span of days without a year tells a surer day than a page's own date outside it, a
        #  page written before the visit; none against one within it)
        told = [a for a in members if not a.date and (a.month_day or a.day_of_month) and not _within(a, guess)]
        dates = Counter(iso for _, iso in _completed(told, guess)) or Counter(
            a.date for a in members if a.date and a.date_shown and not a.date_is_span_start)
        if not dates:
            return None  # (pages that show no time of day, or an early one: when they were written only)
    return min(dates, key=lambda d: (-dates[d], d))


TOLD_DAY_REPORTS = 2  # reports that write an undated event's day and month, for its year to be read


def _year_of_told_days(members: Sequence[LinkArticle], feats: Sequence[_Features],
                       indices: Sequence[int]) -> str | None:
    """An event no report dates, whose reports write one day and month without a year ("Roma, 16
    set.") and one weekday ("on Monday"): the one year, in the time the leaders its reports' leads
    name held office together, when that day fell on that weekday. None when either is missing or
    told two ways, when the leaders' time is unknown, or when several years fit."""
    if any(a.date for a in members):
        return None
    if any(a.month_day_to or a.date_is_page_date for a in members):
        return None  # (a dateline's day is when it was written, often the day after the weekday told)
    told = [a.month_day for a in members if a.month_day and MONTH_DAY_RE.fullmatch(a.month_day)]
    days = set(told)
    weekdays = {a.weekday for a in members if a.weekday is not None and not a.month_day}
    if len(days) != 1 or len(told) < TOLD_DAY_REPORTS or len(weekdays) != 1 \
            or any(a.weekday is not None and a.weekday not in weekdays for a in members):
        return None  # (the day told by two reports at least, the weekday by others: not one report's
        #             "Saturday 7 October", a day of history)
    held = _held_together({p for i in indices for p in _lead_people(feats[i])})
    if not held:
        return None
    (month_day,), (weekday,) = days, weekdays
    month, dom = (int(x) for x in month_day.split("-"))
    fits = {day for first, last in held for year in range(first.year, last.year + 1)
            for day in (_safe_date(year, month, dom),)
            if day is not None and first <= day <= min(last, KNOWN_TERMS_UNTIL) and day.weekday() == weekday}
    return next(iter(fits)).isoformat() if len(fits) == 1 else None


def _within(a: LinkArticle, iso: str) -> bool:
    """Whether the day ``iso`` falls, by its day and month, within the span of days ``a`` writes
    without a year ("с 28 июня по 1 июля")."""
    if a.month_day is None or a.month_day_to is None:
        return False
    first, last, day = a.month_day, a.month_day_to, iso[5:]
    return first <= day <= last if first <= last else (day >= first or day <= last)  # (over the new year)


def _event_id(article_ids: Sequence[str]) -> str:
    return "ev-" + hashlib.sha1(min(article_ids).encode("utf-8")).hexdigest()[:12]


def _most_common(values: Iterable, default):
    counts = Counter(v for v in values if v)
    if not counts:
        return default
    return min(counts, key=lambda v: (-counts[v], v))


def _evidence(a: LinkArticle, b: LinkArticle, ps: _PairScore, displays: Mapping[str, str]) -> dict:
    """Why two articles were linked, in words a reader can check."""
    names = [displays.get(k, k) for k in ps.name_keys[:EVIDENCE_LIMIT]]
    return {
        "names": names,
        "numbers": list(ps.numbers[:EVIDENCE_LIMIT]),
        "dates": sorted({d for d in (a.date, b.date) if d}),
        "countries": sorted(set(a.countries) & set(b.countries)),
        "days_apart": ps.days_apart,
        "name_score": round(ps.name_score, 3),
        "number_score": round(ps.number_score, 3),
    }


def _together_groups(groups: Iterable[Sequence[str]], index: Mapping[str, int]) -> list[list[int]]:
    resolved = []
    for group in groups:
        members = sorted({index[g] for g in group if g in index})
        missing = [g for g in group if g not in index]
        if missing:
            log.warning("linking: 'together' names articles not being linked: %s", ", ".join(missing))
        if len(members) >= 2:
            resolved.append(members)
    return resolved


def _judge(i: int, j: int, feats, scorer: _Scorer, crowd: _PairCrowd, window_days: int, threshold: float):
    """Two candidate reports: :data:`ELSEWHERE` (one pair, two engagements), their score when
    it is a link, else None."""
    if feats[i].pair is not None and feats[i].pair == feats[j].pair and other_engagement(feats[i], feats[j]):
        return ELSEWHERE
    alone = crowd.alone(i, j, window_days)
    shared = feats[i].names.keys() & feats[j].names.keys()
    if len(shared) < (1 if alone else 2):
        return None  # a link needs two people in common (one for the only two reports nearby)
    if not alone and not two_in_both_leads(feats[i], feats[j], shared):
        return None  # (what scoring would find, and :meth:`_Scorer.accept` refuse, without weighing it)
    ps = scorer.score(i, j, window_days, complete=alone)
    return ps if scorer.accept(i, j, ps, threshold, window_days, alone) else None


def link_articles(
    articles: Sequence[LinkArticle],
    overrides: Overrides = Overrides(),
    *,
    window_days: int = 3,
    threshold: float = DEFAULT_THRESHOLD,
    features: Mapping[str, ArticleFeatures] | None = None,
    memo: LinkMemo | None = None,
    keys: Mapping[str, str] | None = None,
) -> list[Event]:
    """Group ``articles`` into events; see the module docstring for the rules.

    ``features``: :func:`article_features` of some articles by id, computed beforehand
    (e.g. by the processes that read them); the others are computed here. ``memo``: the
    judgements of an earlier linking (:mod:`.memo`), read and refilled; ``keys``: article id ->
    a key standing for everything its features depend on (its reading's), which the memo needs."""
    by_id: dict[str, LinkArticle] = {}
    for article in articles:
        if article.id in by_id:
            log.warning("linking: duplicate article id %r, keeping the first", article.id)
            continue
        by_id[article.id] = article
    ordered = [by_id[k] for k in sorted(by_id)]
    index = {a.id: i for i, a in enumerate(ordered)}
    caches = FeatureCaches()
    given = features or {}
    read = [given.get(a.id) or article_features(a, caches, with_displays=False) for a in ordered]
    feats = [r.features for r in read]
    ids = [a.id for a in ordered]
    if memo is not None and keys:
        before = list(feats)
        pairs = pair_digests(ids, feats, keys, (window_days,), memo.version)
        _place_year_less(feats, window_days, memo.known_days(pairs, ids, feats))
        memo.keep_days(pairs, ids, before, feats)
    else:
        _place_year_less(feats, window_days)
    displays: dict[str, str] = {}  # a written form of every name key: the first article's
    runs_done: set[str] = set()  # (a run met again adds nothing)
    for r in read:
        if r.displays is not None:
            for key, shown in r.displays.items():
                displays.setdefault(key, shown)
            continue
        for run in r.runs:
            if run not in runs_done:
                runs_done.add(run)
                for key, shown in caches.displays(run).items():
                    displays.setdefault(key, shown)
    scorer = _Scorer(feats)

    scores: dict[tuple[int, int], _PairScore] = {}
    crowd = _PairCrowd(feats)
    elsewhere: list[tuple[int, int]] = []  # two meetings of one pair, by their venues or their people's levels
    blocks = (block_digests(ids, feats, keys, scorer, (window_days, threshold), memo.version)
              if memo is not None and keys else {})
    for i, j in _candidate_pairs(feats, scorer.names.df, window_days):
        block = blocks.get(feats[i].pair) if feats[i].pair == feats[j].pair else None
        judged = MISSING if block is None else memo.get(block, ordered[i].id, ordered[j].id)
        if judged is MISSING:
            judged = _judge(i, j, feats, scorer, crowd, window_days, threshold)
            if block is not None:
                memo.put(block, ordered[i].id, ordered[j].id, judged)
        if judged == ELSEWHERE:
            elsewhere.append((i, j))
        elif judged is not None:
            scores[(i, j)] = judged

    together = _together_groups(overrides.together, index)
    together_pairs = {(g[x], g[y]) for g in together for x in range(len(g)) for y in range(x + 1, len(g))}
    apart = [p for p in elsewhere if p not in together_pairs]  # (an editor's 'together' wins)
    for x, y in overrides.apart:
        if x in index and y in index:
            apart.append((index[x], index[y]))
        else:
            log.warning("linking: 'apart' names articles not being linked: %s, %s", x, y)
    clusters = _cluster(len(ordered), {pair: ps.score for pair, ps in scores.items()}, together, apart)
    for (i, j), ps in _absorb(clusters, feats, scorer, window_days, apart):
        scores[(i, j)] = ps
    placed = _join_placed_to_lone(clusters, feats, scorer, window_days, apart)
    for (i, j), ps in placed:
        scores[(i, j)] = ps
    if placed:  # (the events those made are open to the reports left alone, as any other, and only they:
        #          the events of the first pass are not offered again to what it left alone)
        made = frozenset(i for pair, _ in placed for i in pair)
        for (i, j), ps in _absorb(clusters, feats, scorer, window_days, apart, into=made):
            scores[(i, j)] = ps
    _join_lone_pair_events(clusters, feats, scores, window_days, apart)
    for (i, j), ps in _join_undated(clusters, feats, scorer, window_days, apart):
        scores[(i, j)] = ps

    cluster_of = {m: c for c, members in enumerate(clusters) for m in members}
    links_of: dict[int, list[Link]] = defaultdict(list)
    for i, j in sorted(scores.keys() | together_pairs):
        if cluster_of[i] != cluster_of[j]:
            continue  # a link the clustering did not follow
        ps = scores.get((i, j)) or scorer.score(i, j, window_days)
        evidence = _evidence(ordered[i], ordered[j], ps, displays)
        if (i, j) in together_pairs:
            evidence["override"] = "together"
        links_of[cluster_of[i]].append(Link(ordered[i].id, ordered[j].id, round(ps.score, 4), evidence))

    events = []
    for c, members in enumerate(clusters):
        links = links_of.get(c, [])
        ids = tuple(ordered[m].id for m in members)
        member_articles = [by_id[i] for i in ids]
        event_date = _event_date(member_articles)
        if event_date is None and len(members) > 1:
            event_date = _year_of_told_days(member_articles, feats, members)
        sets = [tuple(sorted(set(a.countries))) for a in member_articles]
        countries = _most_common([c for c in sets if len(c) == 2] or sets, ())
        completed = _completed(member_articles, event_date) if len(members) > 1 else ()
        events.append(Event(_event_id(ids), ids, event_date, tuple(countries), tuple(links), completed))
    events.sort(key=lambda e: e.id)
    log.info("linking: %d articles -> %d events (%d links)%s", len(ordered), len(events), len(scores),
             f"; {memo.reused} of {memo.reused + memo.weighed} pairs of reports of one country pair as an earlier"
             " build judged them" if memo is not None and blocks else "")
    return events
