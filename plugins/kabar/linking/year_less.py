"""Reports that write their day and month but no year (part of :mod:`.linking`): each is placed in a
year by the dated reports of its pair it shares names with (or on a virtual year's day, where it meets the
pair's other year-less reports), and, placed beside a dated report left alone, joins it."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date as Date, timedelta

from .clustering import _a_rare_leader_in_both, _best_link, _lead_people
from .fits import ELECT_DAYS, _any_alike, _held_together, _lead_places, _other_known_places
from .names import _Features, _virtual_day
from .scoring import _PairScore, _Scorer, other_engagement
from .tuning import PLACE_MIN_SHARED, REAL_DAYS, VIRTUAL_YEAR


def _place_year_less(feats: list[_Features], window: int, known: Mapping[int, int] | None = None) -> dict[int, int]:
    """Give every report with a day and month but no year a day to be linked on.

    Among the dated reports of its country pair whose day falls within the window of its day
    and month in their year (and on its weekday, when it names one), the year of those sharing
    the most names with it (at least :data:`PLACE_MIN_SHARED`, or a listed leader both leads name,
    and more than any other year) is taken (when several years have such reports and those of
    some set the meeting in a place the report names, only those years count); without such a
    year, its day and month in a virtual year, where it meets the other year-less reports of its
    pair. Returns index -> placed real day (the year came from others): a day to be linked on, not
    yet a date (the report is dated only by the event it then joins). ``known``: index -> the day
    an earlier linking gave it under the same evidence (:mod:`.memo`), taken as it is.
    """
    # (pair, month, day) -> the dated reports of the pair on that day of any year
    by_day: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        if f.pair is not None and f.day is not None and f.day >= REAL_DAYS:
            d = Date.fromordinal(f.day)
            by_day[(f.pair, d.month, d.day)].append(i)
    placed: dict[int, int] = {}
    for i, f in enumerate(feats):
        if f.md is None or f.day is not None:
            continue
        if known and i in known:
            feats[i] = replace(f, day=known[i])
            continue
        month, dom, weekday = f.md
        people = _lead_people(f)  # (a listed leader both leads name: the other may be unknown in its script)
        held = _held_together(people)
        best: dict[int, int] = {}  # year -> most names shared with one dated report
        placed_in: set[int] = set()  # years with a report whose lead sets the meeting in a place it names
        near = Date(VIRTUAL_YEAR, month, dom)
        others = {j for k in range(-window, window + 1) for d in (near + timedelta(days=k),)
                  for j in by_day.get((f.pair, d.month, d.day), ())} if f.pair is not None else set()
        for j in sorted(others):
            if other_engagement(f, feats[j]) or _other_known_places(f, feats[j]):
                continue  # (held elsewhere, at another level or with another counterpart: Lukashenko in
                #           Baku on 21 November is not Aliyev in Minsk on the 19th five years later; nor
                #           Xi meeting Peña Nieto in Xiamen on 4 September his talks in St Petersburg;
                #           nor a call on 16 June the visit of 15 June another year)
            other = Date.fromordinal(feats[j].day)
            for year in (other.year - 1, other.year, other.year + 1):
                try:
                    mine = Date(year, month, dom)
                except ValueError:
                    continue
                if abs(mine.toordinal() - feats[j].day) > window or weekday is not None and mine.weekday() != weekday:
                    continue
                if held and not any(a - ELECT_DAYS <= mine <= b + timedelta(days=window) for a, b in held):
                    continue  # (not a year the leaders its lead names were in office together: Rutte and
                    #           Yudhoyono on 20 November are 2013, not Rutte's visit to Jokowi of 2016)
                if f.after is not None and mine.toordinal() < f.after:
                    continue  # (before a day or month its text writes as past)
                shared = len(f.names.keys() & feats[j].names.keys())
                if shared < PLACE_MIN_SHARED and people & _lead_people(feats[j]):
                    shared = PLACE_MIN_SHARED
                best[year] = max(best.get(year, 0), shared)
                if f.places and year not in placed_in and _any_alike(_lead_places(feats[j]), f.places):
                    placed_in.add(year)
        if placed_in and len(best) > 1:  # (the same two leaders met in several years: the place tells)
            best = {year: n for year, n in best.items() if year in placed_in}
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
        if ranked and ranked[0][1] >= PLACE_MIN_SHARED and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            day = Date(ranked[0][0], month, dom).toordinal()
            placed[i] = day
        else:
            day = _virtual_day(month, dom)
        feats[i] = replace(f, day=day)
    return placed


def _join_placed_to_lone(clusters: list[list[int]], feats: Sequence[_Features], scorer: _Scorer, window: int,
                         apart: Iterable[tuple[int, int]]) -> list[tuple[tuple[int, int], _PairScore]]:
    """Reports without a year of their own, one of them (or the only one) writing its day and month
    and placed in a year by the dated reports of its pair it shares names with
    (:func:`_place_year_less`), join the one dated report of their pair within the window that is
    itself left alone, when a lead of theirs and its lead name a listed leader or minister (as a
    dated report joins an event: :func:`_absorb`). Run after :func:`_absorb`, so that a lone dated
    report first joins the event it fits. ``clusters`` is updated in place; returns the links made."""
    kept_apart = {(min(i, j), max(i, j)) for i, j in apart}
    lone: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)  # pair -> (day, cluster), sorted
    for c, members in enumerate(clusters):
        if len(members) == 1 and feats[members[0]].pair is not None and _dated_by_its_text(feats[members[0]]):
            lone[feats[members[0]].pair].append((feats[members[0]].day, c))
    for days in lone.values():
        days.sort()
    added: list[tuple[tuple[int, int], _PairScore]] = []
    groups = [c for c, members in enumerate(clusters)
              if any(_placed_year_less(feats[m]) for m in members) and not any(_dated_by_its_text(feats[m]) for m in members)
              and len({feats[m].pair for m in members}) == 1]
    for c_group in groups:
        members_g = clusters[c_group]
        pair = feats[members_g[0]].pair
        days = lone.get(pair, [])
        candidates = sorted({c for m in members_g if _placed_year_less(feats[m])
                             for _, c in days[bisect_left(days, (feats[m].day - window, -1)):
                                              bisect_right(days, (feats[m].day + window, len(clusters)))]})
        fits = []
        for c in candidates:
            members = clusters[c]
            if any((min(s, m), max(s, m)) in kept_apart or other_engagement(feats[s], feats[m])
                   for s in members_g for m in members):
                continue  # (kept apart by an editor, held in another country or at another level)
            found = [(s, *best) for s in members_g
                     for best in [_best_link(scorer, s, members, window, _a_rare_leader_in_both)] if best]
            fits.append((c, max(found, key=lambda x: (x[2].score, -x[0])) if found else None))
        if len(fits) != 1 or fits[0][1] is None:
            continue  # (no lone report of the pair within the window fits, or several could)
        c, (s, m, ps) = fits[0]
        clusters[c].extend(members_g)
        clusters[c].sort()
        clusters[c_group] = []
        added.append(((min(s, m), max(s, m)), ps))
    clusters[:] = [members for members in clusters if members]
    return added


def _placed_year_less(f: _Features) -> bool:
    """A report that writes its day and month but no year, placed on a real day by the dated reports
    of its pair it shares names with (:func:`_place_year_less`)."""
    return f.md is not None and f.day is not None and f.day >= REAL_DAYS


def _dated_by_its_text(f: _Features) -> bool:
    """A report whose own text gives its day and year (not placed in a year by others)."""
    return f.md is None and f.day is not None and f.day >= REAL_DAYS
