"""From accepted links to events: clustering without chaining, reports left alone joining the
one event of their pair they fit (whether they fit: :mod:`.fits`), dates completed. Year-less reports
are placed in a year, and joined to a dated report left alone, in :mod:`.year_less`."""
from __future__ import annotations

import functools
import logging
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date as Date, timedelta

from .fits import (_abroad_unnamed, _any_alike, _call_and_meeting, _day_of_month_fits, _held_together,
                   _lead_places, _minister_out_of_office, _other_host, _other_known_places, _other_places, _safe_date,
                   _same_place, _same_venue, _weekday_between, _weekday_fits, _within_terms, _written_day_fits)
from ..understand.actors import country_of
from .shapes import LinkArticle
from .tuning import (ALONE_PERSON_MIN, COMPLETED_WEEKDAY_SHIFT, DOM_ONE_LEADER_EVENTS, FEW_PAIR_EVENTS, EPSILON, LONE_PAIR_DAYS,
                     NUMBER_FACTOR, PLACE_CAP, REAL_DAYS, UNDATED_EXTRA_NAMES, VIRTUAL_YEAR)
from .names import MONTH_DAY_RE, _Features, _virtual_day
from .scoring import (_PairScore, _Scorer, _countries_compatible, home_capitals_unsupported, other_engagement,
                      other_mode, other_venue)

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------
# Clustering


class _Clusters:
    """Union-find over article indices with member lists and apart constraints."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}
        self.apart: dict[int, set[int]] = defaultdict(set)

    def keep_apart(self, i: int, j: int) -> None:
        self.apart[i].add(j)
        self.apart[j].add(i)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def kept_apart(self, ra: int, rb: int) -> bool:
        small, large = sorted((ra, rb), key=lambda r: len(self.members[r]))
        large_set = set(self.members[large])
        return any(self.apart.get(m, set()) & large_set for m in self.members[small])

    def union(self, ra: int, rb: int) -> int:
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        return ra


def _cross_links(clusters: _Clusters, ra: int, rb: int, adjacency: Mapping[int, set[int]]) -> int:
    small, large = sorted((ra, rb), key=lambda r: len(clusters.members[r]))
    return sum(1 for m in clusters.members[small] for n in adjacency.get(m, ()) if clusters.find(n) == large)


def _cluster(size: int, links: Mapping[tuple[int, int], float], together: Sequence[Sequence[int]] = (),
             apart: Iterable[tuple[int, int]] = ()) -> list[list[int]]:
    """Group ``size`` items given scored links ``(i, j) -> score`` (``i < j``).

    "together" groups are merged first, unconditionally.  Then links are
    taken strongest first (ties: smallest indices); two clusters merge when at
    least half of their cross pairs are linked and no "apart" pair would end
    up inside one cluster.  An "apart" pair already inside a "together" group
    is ignored (together wins).  Returns the clusters, members sorted.
    """
    clusters = _Clusters(size)
    for group in together:
        for m in group[1:]:
            ra, rb = clusters.find(group[0]), clusters.find(m)
            if ra != rb:
                clusters.union(ra, rb)
    for i, j in apart:
        if clusters.find(i) == clusters.find(j):
            log.warning("linking: items %d and %d are both together and apart; together wins", i, j)
            continue
        clusters.keep_apart(i, j)
    adjacency: dict[int, set[int]] = defaultdict(set)
    for i, j in links:
        adjacency[i].add(j)
        adjacency[j].add(i)
    for (i, j), _ in sorted(links.items(), key=lambda item: (-item[1], item[0])):
        ra, rb = clusters.find(i), clusters.find(j)
        if ra == rb or clusters.kept_apart(ra, rb):
            continue
        if 2 * _cross_links(clusters, ra, rb, adjacency) < len(clusters.members[ra]) * len(clusters.members[rb]):
            continue  # the two clusters are mostly strangers: no chaining
        clusters.union(ra, rb)
    return [sorted(members) for members in clusters.members.values()]


def _absorb(clusters: list[list[int]], feats: Sequence[_Features], scorer: _Scorer, window: int,
            apart: Iterable[tuple[int, int]], into: frozenset[int] | None = None
            ) -> list[tuple[tuple[int, int], _PairScore]]:
    """Reports left alone join the one event of their pair that they fit (``clusters`` is
    updated in place); returns the links that brought them in. ``into``: only when that event holds
    one of these reports (every event is weighed, so that a report two events fit joins neither).

    Few events of one pair happen within days. A report with a day joins the only event of its
    pair within the window when they name one person in both leads, a listed leader or minister
    (:mod:`understand.actors`; deputies and ambassadors meet often); a day and month without a year
    counts in the virtual year, where it meets the pair's other year-less reports ("11 May" thrice). A report without a day joins
    the only event of its pair whose reports name two of its lead people, when they (that report,
    or another naming one of them) also share another name (a place, a third person) or set the
    meeting in the same country (or, the archive holding few events of the pair, it names a weekday
    or a day of the month: :data:`tuning.FEW_PAIR_EVENTS`), the weekday it
    names fits the event's days and the places its lead names are not other places than the event's
    (nor a capital of one country of the pair, the event's reports setting it in the other:
    :func:`fits._other_host`);
    not when another dated event of the pair, set in that place or country, names one of its lead
    people (either could be it), nor, when it names no weekday and the two met on other days, when
    the place it shares is only a capital of the pair's own countries or one of them as the venue
    (any of their meetings is held there).
    When no event's reports name two of its lead people, it joins the one event (of all its
    pair's) whose reports name one listed leader of its lead and more (:func:`_one_leader_enough`)."""
    kept_apart: dict[int, set[int]] = defaultdict(set)
    for i, j in apart:
        kept_apart[i].add(j)
        kept_apart[j].add(i)
    of_pair: dict[tuple[str, ...], list[int]] = defaultdict(list)  # pair -> clusters all of that pair
    for c, members in enumerate(clusters):
        pair = feats[members[0]].pair
        if pair is not None and all(feats[m].pair == pair for m in members):
            of_pair[pair].append(c)
    days_of: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)  # pair -> (day, cluster), sorted
    for pair, cs in of_pair.items():
        days_of[pair] = sorted((feats[m].day, c) for c in cs for m in clusters[c]
                               if len(clusters[c]) >= 2 and feats[m].day is not None)
    dated_events = {pair: sum(1 for c in cs if any(feats[m].day is not None and feats[m].day >= REAL_DAYS
                                                   for m in clusters[c])) for pair, cs in of_pair.items()}
    added: list[tuple[tuple[int, int], _PairScore]] = []
    joined_blind: set[int] = set()  # reports without a day joined in this pass
    naming = functools.cache(lambda: _naming_people(feats))  # (made when first needed)
    dated_first = sorted((c for c, members in enumerate(clusters) if len(members) == 1),
                         key=lambda c: (feats[clusters[c][0]].day is None, feats[clusters[c][0]].dom is None,
                                        clusters[c][0]))
    for c_single in dated_first:
        (s,) = clusters[c_single]
        f = feats[s]
        if f.pair is None:
            continue
        leaders = _lead_people(f)
        if not leaders:
            continue  # every way in needs a listed leader or minister in both leads
        held = _held_together(leaders) if f.day is None else ()
        fits: list[tuple[int, int, _PairScore | None]] = []
        weaker: list[tuple[int, int, _PairScore]] = []  # no day: the events it fits on one leader
        rivals: list[int] = []  # no day: the events set where it is that name one of its leaders
        if f.day is not None:  # only the events with a report within the window
            days = days_of.get(f.pair, [])
            lo = bisect_left(days, (f.day - window, -1))
            hi = bisect_right(days, (f.day + window, len(clusters)))
            candidates = sorted({c for _, c in days[lo:hi]})
        else:
            candidates = of_pair.get(f.pair, ())
        for c in candidates:
            members = clusters[c]
            if c == c_single or not members:
                continue
            if any(m in kept_apart.get(s, ()) or other_engagement(f, feats[m])
                   for m in members):
                continue  # (kept apart by an editor, held in another country or at another level)
            if f.day is not None:
                near = [m for m in members if feats[m].day is not None and abs(feats[m].day - f.day) <= window]
                if not near or len(members) < 2:
                    continue
                best = _best_link(scorer, s, near, window, _a_rare_leader_in_both)
                fits.append((c, *best) if best else (c, -1, None))
                continue
            if not any(feats[m].day is not None and feats[m].day >= REAL_DAYS for m in members):
                continue
            if _call_and_meeting(f, members, feats):
                continue  # (its lead tells of a phone call, the event's of none, or the other way round)
            # (not through a report that joined it without a day in this pass: the president's talks in
            #  Sochi, joined by a report that also names the prime minister's trip to come, are not the
            #  prime minister's talks in the Kremlin a week later)
            members = [m for m in members if m not in joined_blind]
            if f.after is not None and not any(feats[m].day is not None and feats[m].day >= f.after - window
                                               for m in members):
                continue  # (its text writes a later day or month than the event's: "la deuxième visite à Oyo,
                #           après celle de juillet 2022" is not that visit)
            if held and not any(_within_terms(feats[m].day, held, window) for m in members):
                continue  # (the leaders its lead names were not in office together then: Morawiecki
                #           and Merkel in Berlin are not Duda's visit of 2015)
            if _minister_out_of_office(leaders, members, feats, window):
                continue  # (a foreign minister its lead names took office after the event, or had left:
                #           Milei's visit with his foreign minister Werthein, in office from October 2024,
                #           is not Netanyahu's call to him as president-elect in December 2023)
            on_its_weekday = _weekday_fits(f, members, feats)
            if not on_its_weekday and _weekday_between(f, members, feats) \
                    and any(_lead_people(feats[m]) & leaders for m in members):
                rivals.append(c)  # (its weekday falls inside that visit's days: either could be it)
            if not (on_its_weekday and _written_day_fits(f, members, feats)) \
                    or _other_places(f, members, feats) or _abroad_unnamed(f, members, feats) \
                    or _other_host(f, members, feats):
                continue  # another meeting of the pair: its day or its place says so
            if f.dom is not None:  # its day of the month is one of the event's days, and a leader in both
                # (one leader is enough among few events of the pair: among many, one falls on
                # that day of some month by chance)
                few = dated_events.get(f.pair, 0) <= DOM_ONE_LEADER_EVENTS
                best = _best_link(scorer, s, members, window,
                                  lambda ps: ps.leaders > 0 and (few or len(ps.persons) >= 2))
                exact = _day_of_month_fits(f, members, feats)
                if exact and best is None and f.weekday is not None:
                    # (its weekday fits too: no less than a weekday alone, which joins on one leader and more)
                    one = _best_link(scorer, s, members, window, lambda ps: ps.leaders > 0 and bool(ps.persons))
                    if one is not None and _one_leader_enough(f, one[1], members, feats):
                        weaker.append((c, *one))
                        continue
                if exact or (best is not None and _day_of_month_fits(f, members, feats, slack=1)):
                    # (a day from one of the event's days: the second day of that visit as likely as
                    #  another meeting; it fits too, so that where another event fits, it joins neither)
                    fits.append((c, *best) if best and exact else (c, -1, None))
                continue
            best = _best_link(scorer, s, members, window, lambda ps: ps.leaders > 0 and len(ps.persons) >= 2)
            where = _same_place(f, members, feats) or _same_venue(f, members, feats)
            if where and any(_lead_people(feats[m]) & leaders for m in members):
                rivals.append(c)
            if best is None:
                one = _best_link(scorer, s, members, window, lambda ps: ps.leaders > 0 and bool(ps.persons))
                if one is not None and _one_leader_enough(f, one[1], members, feats):
                    weaker.append((c, *one))
                continue
            # (a capital of the pair's own countries, or one of them as the venue, is where any of their
            #  meetings is held: not enough to pick one of the two leaders' meetings on other days)
            away = where and (_same_place(f, members, feats, away=True) or _same_venue(f, members, feats, away=True))
            if not away and _other_days(f, c, c_single, members, of_pair, clusters, feats, window,
                                        elsewhere_too=not where, year_less_only=f.weekday is not None):
                continue  # no day, no place of its own: the pair's reports tell of other meetings on other days
                #           (a weekday alone: of a meeting without a year, whose weekday nothing tells)
            # (or the weekday or day of the month it names, which fit the event's days (above), when the
            #  archive holds few events of the pair: among many, one falls on that weekday by chance)
            extra = where or _more_shared(best[1], f) \
                or ((f.weekday is not None or f.dom is not None) and len(of_pair.get(f.pair, ())) <= FEW_PAIR_EVENTS) \
                or (f.weekday is not None
                    and _only_event_naming_both(s, best[1], members, naming(), f.pair))
            if not extra:  # (the names besides the people may be shared with another of its reports)
                more = _best_link(scorer, s, members, window,
                                  lambda ps: ps.leaders > 0 and len(ps.persons) >= 2 and _more_shared(ps, f))
                # (or one report of the event names its two people, another a leader and more)
                best, extra = (more, True) if more is not None else (best, _best_link(
                    scorer, s, members, window, lambda ps: ps.leaders > 0 and _more_shared(ps, f)) is not None)
            fits.append((c, *best) if extra else (c, -1, None))
        if f.day is None and len(fits) == 1 and any(c != fits[0][0] for c in rivals):
            continue  # (another meeting of the pair set in that place, or on days around its weekday, names
            #           one of its leaders: either could be it)
        if not fits and len(weaker) == 1:
            fits = weaker  # no event names its two people, and one alone fits on a leader and more
        if len(fits) != 1 or fits[0][2] is None:
            continue  # no event of the pair fits, or several could
        c, m, ps = fits[0]
        if into is not None and not into.intersection(clusters[c]):
            continue  # (an event this pass is not for)
        clusters[c].append(s)
        clusters[c].sort()
        clusters[c_single] = []
        added.append(((min(s, m), max(s, m)), ps))
        if f.day is None and f.dom is None:
            joined_blind.add(s)
    clusters[:] = [members for members in clusters if members]
    return added


def _join_lone_pair_events(clusters: list[list[int]], feats: Sequence[_Features], links: Mapping[tuple[int, int], float],
                           window: int, apart: Iterable[tuple[int, int]]) -> None:
    """Two events of one pair, of two dated reports or more each, whose days (the day most of each
    one's reports give) are a day apart at most (:data:`tuning.LONE_PAIR_DAYS`), that a link joins
    (a report of one linked to a report of the other) and that no third such event of the pair comes
    near (within the window of their days) are one event (``clusters`` is updated in place): the
    reports of one state visit, some written on the day it began, some on its second day, whose many
    shared names weigh little because they all share them, link too few of their cross pairs to
    merge (the clustering's rule against chaining strangers), though few events of one pair happen
    within days.
    (A report left alone on those days does not stop them: it may be of either, or of neither.)
    Two events of reports without a year (their days in the virtual year) need no link when a report
    of each names in its lead the same two leaders, one of each side (:func:`_same_two_leaders`).
    Not when two of their reports tell of two engagements (:func:`other_engagement`) or an editor
    keeps two apart."""
    kept_apart = {(min(i, j), max(i, j)) for i, j in apart}
    spans: dict[tuple[str, ...], list[tuple[int, int, int, int]]] = defaultdict(list)  # pair -> (first, last, day, cluster)
    for c, members in enumerate(clusters):
        pair = feats[members[0]].pair
        days = sorted(feats[m].day for m in members if feats[m].day is not None and feats[m].day >= REAL_DAYS) \
            or sorted(feats[m].day for m in members if feats[m].day is not None)  # (or the days of a virtual year)
        if pair is None or not days or any(feats[m].pair != pair for m in members):
            continue
        day = max(days, key=lambda d: (days.count(d), -d))  # (its reports' most common day, the earliest of a tie)
        spans[pair].append((days[0], days[-1], day, c))
    merged: set[int] = set()
    for pair, cs in spans.items():
        for x, (lo_a, hi_a, day_a, a) in enumerate(cs):
            for lo_b, hi_b, day_b, b in cs[x + 1:]:
                if a in merged or b in merged or len(clusters[a]) < 2 or len(clusters[b]) < 2:
                    continue
                if abs(day_a - day_b) > LONE_PAIR_DAYS:
                    continue  # (their days a day apart at most: further apart may be two talks of one week)
                lo, hi = min(lo_a, lo_b), max(hi_a, hi_b)
                if any(c not in (a, b) and len(clusters[c]) >= 2 and lo_c - window <= hi and lo - window <= hi_c
                       for lo_c, hi_c, _, c in cs):
                    continue  # (a third event of the pair within those days: which goes with which is unknown)
                if not any((min(i, j), max(i, j)) in links for i in clusters[a] for j in clusters[b]) \
                        and not (day_a < REAL_DAYS and _same_two_leaders(clusters[a], clusters[b], feats)):
                    continue  # (a link between them; or, two events of a virtual year, the same two leaders)
                if any((min(i, j), max(i, j)) in kept_apart or other_engagement(feats[i], feats[j])
                       for i in clusters[a] for j in clusters[b]):
                    continue
                clusters[a] = sorted(clusters[a] + clusters[b])
                clusters[b] = []
                merged.update((a, b))
    clusters[:] = [members for members in clusters if members]


def _same_two_leaders(a: Sequence[int], b: Sequence[int], feats: Sequence[_Features]) -> bool:
    """A report of each event whose headline or lead names the same two listed leaders or ministers,
    one of each country of the pair: the two sides' own people, as no link between reports of many
    shared names may say ("Tổng thống Pháp Emmanuel Macron" … "Chủ tịch nước Lương Cường", and the
    English reports of that state visit)."""
    pair = set(feats[a[0]].pair or ())
    for i in a:
        mine = _lead_people(feats[i])
        for j in b:
            both = mine & _lead_people(feats[j])
            if len(both) >= 2 and {country_of(p[1:]) for p in both} == pair:
                return True
    return False


def _naming_people(feats: Sequence[_Features]) -> dict[tuple[tuple[str, ...], str], set[int]]:
    """(pair, person) -> the reports of that pair naming the listed person anywhere."""
    naming: dict[tuple[tuple[str, ...], str], set[int]] = {}
    for i, f in enumerate(feats):
        if f.pair is not None:
            for key in f.names:
                if key.startswith("@"):
                    naming.setdefault((f.pair, key), set()).add(i)
    return naming


def _only_event_naming_both(s: int, ps: _PairScore, members: Sequence[int],
                            naming: Mapping[tuple[tuple[str, ...], str], set[int]], pair: tuple[str, ...]) -> bool:
    """Every other report of the pair that names the two people report ``s`` shares with the
    event (``ps``) is one of the event's: a report that names a weekday the event's days fit joins
    the only meeting of the two the archive holds (Rouhani and Modi named together in no other
    report of Iran and India)."""
    people = [k for k in ps.name_keys if k.startswith("@")][:2]
    if len(people) < 2:
        return False
    both = naming.get((pair, people[0]), set()) & naming.get((pair, people[1]), set())
    return both - {s} <= set(members)


def _other_days(f: _Features, c: int, c_single: int, members: Sequence[int], of_pair, clusters, feats,
                window: int, elsewhere_too: bool = True, year_less_only: bool = False) -> bool:
    """Another cluster of report ``f``'s pair than ``c`` (and ``f``'s own, ``c_single``) whose
    reports' leads name ``f``'s two people has a day, with or without its year (``year_less_only``:
    without, and not a call where ``f`` tells of none or the other way round, nor on another weekday
    than ``f``'s), more than ``window`` days from every day of ``members``: the two met more than once.
    Unless ``elsewhere_too``, not a meeting whose lead sets it in another country than ``f``'s, or in
    a known city that ``f`` does not name (the two in Jakarta are not the two in Brasilia)."""
    days = [feats[m].day for m in members if feats[m].day is not None]
    mds = [Date.fromordinal(d) for d in days]
    mine = _lead_people(f)
    for other in of_pair.get(f.pair, ()):
        if other in (c, c_single):
            continue
        for m in clusters[other]:
            d = feats[m].day
            if d is None or len(_lead_people(feats[m]) & mine) < min(2, len(mine)):
                continue  # (a meeting of other people of the pair: ministers, deputies)
            if not elsewhere_too and (other_venue(f, feats[m]) or _other_known_places(f, feats[m])):
                continue  # (set in another country, or in a known city ``f`` does not name)
            if d >= REAL_DAYS:
                if not year_less_only and all(abs(d - x) > window for x in days):
                    return True
            elif year_less_only and (other_mode(f, feats[m]) or _weekday_written(feats[m]) not in (None, f.weekday)):
                continue  # (a call, or another weekday it writes: not the meeting ``f``'s weekday may be of)
            elif all(_virtual_distance(d, x) > window for x in mds):
                return True  # (a day and month without a year, in the virtual year: compared by day and month)
    return False


def _virtual_distance(virtual: int, day: Date) -> int:
    here = _virtual_day(day.month, day.day)
    if here is None:
        return 10 ** 6
    return min(abs(virtual - here), 366 - abs(virtual - here))


def _more_shared(ps: _PairScore, f: _Features) -> bool:
    """Two reports share names or figures besides their two people (a place, a third person, a sum);
    a capital of the pair's own countries is one only beside a weekday that fits, or where report
    ``f``'s own lead sets the meeting in that capital's country: reports of any of the pair's
    meetings name "Madrid" or "Paris", and a report of a meeting in Madrid is not one of the talks
    at the Élysée. (Its own lead's, not the event's: any report of the pair names its capitals.)"""
    home = 0.0 if f.weekday is not None or f.pair is None else home_capitals_unsupported(ps, f.pair, f.venue)
    return (ps.name_score - sum(ps.persons[:2]) - home >= UNDATED_EXTRA_NAMES - EPSILON
            or NUMBER_FACTOR * ps.number_score >= UNDATED_EXTRA_NAMES)


def _one_leader_enough(f: _Features, ps: _PairScore, members: Sequence[int], feats: Sequence[_Features]) -> bool:
    """A report without a day that shares one listed leader with an event's reports: enough when
    they also share other names or figures (a place, a second person named further down, a sum),
    and the report's lead names the event's weekday or sets the meeting where the event's does."""
    if not ps.persons:
        return False  # (the leader both leads name scored as a place or a name in passing: no person shared)
    where = _same_place(f, members, feats) or _same_venue(f, members, feats)
    # (without a weekday, the place that sets the meeting where the event's is is not also the
    # name shared besides the leader: another visit to that capital would share both)
    besides = PLACE_CAP if f.weekday is None and any(k in f.places for k in ps.name_keys) else 0.0
    # (a capital of the pair's countries is never that "more" here, wherever the meeting is set: one leader is little)
    more = (ps.name_score - ps.persons[0] - max(besides, ps.home_capitals if f.weekday is None else 0.0)
            >= UNDATED_EXTRA_NAMES - EPSILON
            or NUMBER_FACTOR * ps.number_score >= UNDATED_EXTRA_NAMES)
    return more and (f.weekday is not None or where)


def _a_rare_leader_in_both(ps: _PairScore) -> bool:
    """What a dated report needs to join an event of its pair within the window: both leads name a
    listed leader or minister, and their best shared person is rare (:data:`tuning.ALONE_PERSON_MIN`)."""
    return ps.leaders > 0 and bool(ps.persons) and ps.persons[0] >= ALONE_PERSON_MIN


def _lead_people(f: _Features) -> frozenset[str]:
    return frozenset(k for k, g in f.names.items() if k.startswith("@") and g in f.lead)


def _join_undated(clusters: list[list[int]], feats: Sequence[_Features], scorer: _Scorer, window: int,
                  apart: Iterable[tuple[int, int]]) -> list[tuple[tuple[int, int], _PairScore]]:
    """Reports of one pair that no day places, left alone, whose leads name the same two
    leaders or ministers that no other report of the pair names together, are one event when
    each names the place the other's lead sets the meeting in (or both leads set it in one
    country), and the days and weekdays they give (if any) agree. A report left alone joins an
    event of its pair that no real day places either (reports that write "10 May" and no year) the
    same way, through one of its reports, when its days agree with all of them; two such events are
    not merged. A report that writes no day at all joins none where another report without a year
    naming the two writes a day the other's does not agree with (they met more than once)."""
    kept_apart = {(min(i, j), max(i, j)) for i, j in apart}
    alone = [c[0] for c in clusters if len(c) == 1]
    loose = [i for i in alone if feats[i].pair is not None and (feats[i].day is None or feats[i].day < REAL_DAYS)
             and len(_lead_people(feats[i])) >= 2]
    # (an event that no real day places either, of one pair: a report left alone may join it as it
    #  would join one of its reports, when it agrees with all of them)
    yearless = [c for c in clusters if len(c) >= 2 and feats[c[0]].pair is not None
                and all(feats[m].pair == feats[c[0]].pair and (feats[m].day is None or feats[m].day < REAL_DAYS)
                        for m in c)]
    group_of = {m: c[0] for c in yearless for m in c}
    if not loose or len(loose) + len(group_of) < 2:
        return []
    loose = sorted(loose + list(group_of))
    loose_set = frozenset(loose)
    naming: dict[tuple[str, ...], dict[frozenset[str], set[int]]] = defaultdict(lambda: defaultdict(set))
    for i, f in enumerate(feats):
        if f.pair is None:
            continue
        people = sorted(_lead_people(f))
        for x in range(len(people)):
            for y in range(x + 1, len(people)):
                naming[f.pair][frozenset((people[x], people[y]))].add(i)
    parent = {i: group_of.get(i, i) for i in loose}
    members: dict[int, list[int]] = defaultdict(list)  # root -> the reports of its group
    for i in loose:
        members[parent[i]].append(i)
    events = set(group_of.values())  # roots of the groups that hold such an event

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    added = []
    for x, i in enumerate(loose):
        for j in loose[x + 1:]:
            fi, fj = feats[i], feats[j]
            if fi.pair != fj.pair or (i, j) in kept_apart or find(i) == find(j) or other_engagement(fi, fj):
                continue
            if i in group_of and j in group_of:
                continue  # (two events are not merged so)
            shared = sorted(_lead_people(fi) & _lead_people(fj))
            if len(shared) < 2:
                continue
            if not _undated_agree(fi, fj, window):
                continue
            both = naming[fi.pair][frozenset(shared[:2])]  # (every report whose lead names the two)
            if not _day_told(fi, fj) and both != {i, j}:
                continue  # (no day, or a weekday against none: only when no other report names the two)
            if (_says_no_day(fi) or _says_no_day(fj)) and any(
                    k in loose_set and not (_undated_agree(feats[k], fi, window) and _undated_agree(feats[k], fj, window))
                    for k in both - {i, j}):
                continue  # (another report without a year naming the two writes another day: they met more
                #           than once, and the one that writes no day may be of either meeting)
            places = _any_alike(_lead_places(fi, people=False), fj.names.keys()) \
                and _any_alike(_lead_places(fj, people=False), fi.names.keys())  # ("Teheran" / "تهران")
            others = both - loose_set
            if others and not (places and (_both_give_the_day(fi, fj) or _same_weekday(fi, fj))
                               and not any(_could_be_on(fi, o, feats, window) for o in others)):
                continue  # others name them together: which meeting is which is unknown, unless
                #           both set it in one place on a day of the month, or a weekday, none of the
                #           others is on
            if not places and not _same_venue(fi, [j], feats) and not _both_give_the_day(fi, fj) \
                    and not (_same_weekday(fi, fj) and not others):
                continue  # each names the place the other's lead sets the meeting in, or its country,
                #           or both write the day ("12日", "12th June"), or the same weekday when no
                #           report a day places names the two ("جمعہ" and "الجمعة": Rouhani and Sharif)
            if not places and _other_known_places(fi, fj):
                continue  # (one country, two cities: the talks in Izmir are not those in Ankara)
            gi, gj = find(i), find(j)
            if any((min(a, b), max(a, b)) in kept_apart or other_engagement(feats[a], feats[b])
                   for a in members[gi] for b in members[gj]):
                continue  # (what joined either group already: Park's talks with Merkel, joined by a Korean
                #           report, are not her welcome by Gauck that the same Korean report could join too)
            if not all(_undated_agree(feats[a], feats[b], window) for a in members[gi] for b in members[gj]):
                continue  # (a report joins an event no day places, or a group this pass made, when it agrees
                #           with all its reports: a Monday is not joined through a "23 February" to a Thursday)
            ps = scorer.score(i, j, window)
            parent[gj] = gi
            members[gi].extend(members.pop(gj))
            if gj in events:
                events.add(gi)
            added.append(((i, j), ps))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in loose:
        groups[find(i)].append(i)
    grown = [sorted(group) for group in groups.values() if len(group) > 1 and any(m not in group_of for m in group)]
    merged = {i for group in grown for i in group}
    clusters[:] = [c for c in clusters if not set(c) & merged]
    clusters.extend(grown)
    return added


def _could_be_on(f: _Features, o: int, feats: Sequence[_Features], window: int) -> bool:
    """The day of the month, or the day and month, a report without a year writes could be the
    day of report ``o`` (any report without a real day could be on it, but for one on another
    weekday than the weekday ``f`` writes)."""
    other = feats[o]
    mine = _weekday_written(f)
    if mine is not None and _weekday_written(other) not in (None, mine):
        return False  # ("on Thursday" is not the report of a Wednesday)
    if other.day is None or other.day < REAL_DAYS:
        return True
    if mine is not None and f.dom is None and f.md is None:
        return Date.fromordinal(other.day).weekday() == mine
    if f.dom is not None:
        return _day_of_month_fits(f, [o], feats)
    day = Date.fromordinal(other.day)
    if f.md is not None:
        mine = _safe_date(day.year, f.md[0], f.md[1])
        return mine is None or abs(mine.toordinal() - other.day) <= window
    return True


def _weekday_written(f: _Features) -> int | None:
    """The weekday a report without a real day writes (with its day and month, or alone)."""
    return f.md[2] if f.md else f.weekday


def _day_told(fa: _Features, fb: _Features) -> bool:
    """Two reports without a real day both write one (a weekday at least), or both are set at one
    summit, or, when one writes none at all, the other writes its day of the month: a weekday alone,
    or none, agrees with a report of another visit to the same capital too (:func:`_join_undated`
    then wants no third report naming the two)."""
    if _writes_a_day(fa) and _writes_a_day(fb):
        return True
    if fa.around is not None and fa.around == fb.around:
        return True  # (both set at one summit: its days, "on the sidelines of the G7 summit in Kananaskis")
    return _writes_its_day(fa) or _writes_its_day(fb)


def _writes_its_day(f: _Features) -> bool:
    """A report without a real day that writes its day of the month ("12日", "12th June")."""
    return f.md is not None or f.dom is not None


def _says_no_day(f: _Features) -> bool:
    """A report without a real day that writes no day at all: no weekday, no day of the month, no
    day and month (not even one it announces)."""
    return not _writes_a_day(f) and not f.written


def _writes_a_day(f: _Features) -> bool:
    return _writes_its_day(f) or f.weekday is not None


def _both_give_the_day(fa: _Features, fb: _Features) -> bool:
    """Two reports without a real day that both write the day of the month ("12日", "12th June"):
    the same day (:func:`_undated_agree` has checked that their days agree); or one writes its day
    and month, and the other, which reads as no report of a day, writes that day and month ("the
    talks will take place on 8 September", over "on 8 September, … met in the Kremlin")."""
    if _writes_its_day(fa) and _writes_its_day(fb):
        return True
    return any(x.md is not None and y.md is None and (x.md[0], x.md[1]) in y.written for x, y in ((fa, fb), (fb, fa)))


def _same_weekday(fa: _Features, fb: _Features) -> bool:
    """Two reports without a real day that both write one weekday ("am Donnerstag", "يوم الخميس")."""
    return _weekday_written(fa) is not None and _weekday_written(fa) == _weekday_written(fb)


def _undated_agree(fa: _Features, fb: _Features, window: int) -> bool:
    """Two reports without a real day: their days and months (if any) within the window, their
    weekdays (if any) the same."""
    if fa.day is not None and fb.day is not None and abs(fa.day - fb.day) > window:
        return False
    if any(x.md is not None and y.md is None and y.written and not _written_near(y, x.md[0], x.md[1])
           for x, y in ((fa, fb), (fb, fa))):
        return False  # (one writes its day and month; the other writes other days: an announcement of another)
    wa, wb = _weekday_written(fa), _weekday_written(fb)
    da = (fa.md[1], fa.md[1]) if fa.md else fa.dom
    db = (fb.md[1], fb.md[1]) if fb.md else fb.dom
    return (wa is None or wb is None or wa == wb) and (da is None or db is None or da[0] <= db[1] and db[0] <= da[1])


def _written_near(f: _Features, month: int, dom: int) -> bool:
    """One of the days and months report ``f`` writes is the given one, or a day from it."""
    day = _virtual_day(month, dom)
    return day is not None and any((other := _safe_date(VIRTUAL_YEAR, m, d)) is not None
                                   and _virtual_distance(day, other) <= 1 for m, d in f.written)


def _best_link(scorer: _Scorer, s: int, members: Sequence[int], window: int, enough) -> tuple[int, _PairScore] | None:
    best = None
    for m in members:
        i, j = min(s, m), max(s, m)
        if not _countries_compatible(scorer.feats[i].countries, scorer.feats[j].countries):
            continue
        ps = scorer.score(i, j, window)
        if enough(ps) and (best is None or ps.score > best[1].score):
            best = (m, ps)
    return best


def _completed(members: Sequence[LinkArticle], event_date: str | None) -> tuple[tuple[str, str], ...]:
    """The dates year-less and undated members take from their event, and those dated only by
    their page's own date when the event's (from its other reports' texts) is another."""
    if event_date is None:
        return ()
    event = Date.fromisoformat(event_date)
    year = event.year
    told = {a.date for a in members if a.date and not a.date_is_page_date and not a.date_is_span_start}
    out = []
    for a in members:
        if a.date and (a.date_is_page_date or a.date_is_span_start) and (a.date != event_date or not a.date_shown):
            if a.date_is_page_date and a.date in told and a.date_shown:
                continue  # (its page's day is the day another report gives for its part of the event: the
                #           talks of a visit whose arrival is the event's date)
            out.append((a.id, event_date))  # (a span's report takes it if it falls within: see the generator)
            continue
        if a.date:
            continue
        if a.day_of_month is not None:  # "15日": that day of the event's month, or the next or last
            days = [d for d in (_safe_date(event.year + (event.month + k - 1) // 12, (event.month + k - 1) % 12 + 1,
                                           dom) for k in (-1, 0, 1) for dom in range(a.day_of_month[0], a.day_of_month[1] + 1))
                    if d is not None]
            if days:
                out.append((a.id, min(days, key=lambda d: abs((d - event).days)).isoformat()))
                continue
        if a.month_day and MONTH_DAY_RE.fullmatch(a.month_day):
            month, dom = (int(x) for x in a.month_day.split("-"))
            days = [d for d in (_safe_date(y, month, dom) for y in (year - 1, year, year + 1)) if d is not None]
            if days:  # (a dateline's day is when it was written: the event's own date is surer, or the
                #        day of the weekday its lead names, on or just before it)
                shifted = _dateline_weekday(a, year)
                out.append((a.id, shifted or (event_date if a.date_is_page_date else
                                              min(days, key=lambda d: abs((d - event).days)).isoformat())))
                continue
        if a.weekday is not None:  # "am Sonntag": the day of that weekday next to the event's date (a visit's
            #                        other day), not the event's own, a Saturday; none further away
            shift = (a.weekday - event.weekday() + 3) % 7 - 3
            if abs(shift) <= COMPLETED_WEEKDAY_SHIFT:
                out.append((a.id, (event + timedelta(days=shift)).isoformat()))
            continue
        out.append((a.id, event_date))
    return tuple(out)


def _dateline_weekday(a: LinkArticle, year: int) -> str | None:
    """The day a report dated by its dateline's day and month alone ("Accra, July 3") took place
    on, in ``year``, when its lead names the weekday: that weekday on or up to two days before the
    dateline's day ("… on Wednesday, held talks", July 3, 2025 a Thursday: July 2)."""
    if not a.date_is_page_date or a.weekday is None or not a.month_day or not MONTH_DAY_RE.fullmatch(a.month_day):
        return None
    day = _safe_date(year, *(int(x) for x in a.month_day.split("-")))
    if day is None:
        return None
    back = (day.weekday() - a.weekday) % 7
    return (day - timedelta(days=back)).isoformat() if back <= COMPLETED_WEEKDAY_SHIFT else None

