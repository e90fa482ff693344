"""How surprising two articles' shared features are (rarity), the evidence between two
articles and whether it is enough, and which pairs are worth scoring at all (blocking)."""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date as Date

from .tuning import ALONE_PERSON_MIN, BODY_NAME_FACTOR, CROWD_ONE_LEADER_MAX, DATE_FLOOR, DATE_STEP, EXPECTED_RARE, GLOBAL_PSEUDO_DOCS, JOINT_MIN, MIN_TIME_SPAN, NUMBER_CAP, NUMBER_FACTOR, PLACE_CAP, PLACE_SHARE, POSTING_CAP, RARE_RATE, REAL_DAYS, SEEN_SHARE, SLIP_NAME_MIN, STRONG_NAME, UNDATED_NAME_SCORE, UNDATED_NUMBER_SCORE
from kabar.understand.textutil import one_slip

from .name_keys import capital_of
from .names import PERSON_MARK, _Features, _virtual_day

# --------------------------------------------------------------------------
# Rarity


class _Rarity:
    """How surprising it is that two articles share a feature (a name or a number).

    Dated articles of one country pair: the expected number of *other*
    articles of the pair that mention the feature within the days spanned by
    the two (plus the window on each side), from the pair's count spread
    evenly over the corpus's time span, plus a share of the articles actually
    seen mentioning it in those days (a person in the news all week).
    Otherwise: the share of other articles (of the pair, or of the corpus)
    that mention it.  Both are turned into a weight in [0, 1].
    """

    def __init__(self, feats: Sequence[_Features], keys_of, time_span: int) -> None:
        self.feats = feats
        self.n = len(feats)
        self.time_span = max(MIN_TIME_SPAN, time_span)
        self.df: Counter[str] = Counter()
        for f in feats:
            self.df.update(keys_of(f))
        # pair -> key -> (sorted days of the pair's dated articles with the key,
        #                 indices of all the pair's articles with the key)
        self.by_pair: dict[tuple[str, ...], dict[str, tuple[list[int], list[int]]]] = defaultdict(dict)
        for i, f in enumerate(feats):
            if f.pair is None:
                continue
            table = self.by_pair[f.pair]
            for key in keys_of(f):
                if self.df[key] < 2:
                    continue  # never shared: not needed
                entry = table.get(key)
                if entry is None:
                    entry = table[key] = ([], [])
                if f.day is not None:
                    entry[0].append(f.day)
                entry[1].append(i)
        for table in self.by_pair.values():
            for days, _ in table.values():
                days.sort()
        self.pair_size = Counter(f.pair for f in feats if f.pair)
        self._joint: dict[tuple, tuple[int, list[int]]] = {}  # (pair, key, key) -> (count, sorted days)

    def weight(self, key: str, pair: tuple[str, ...] | None, span: tuple[int, int] | None,
               close: int = 1) -> float:
        """Weight in [0, 1] of ``key`` shared by two articles (both left out of the counts)."""
        if pair is None:
            return _rate_weight((self.df[key] - 2 + 0.5) / (self.n - 2 + GLOBAL_PSEUDO_DOCS))
        days, members = self.by_pair[pair][key]
        if span is None:
            return _rate_weight((len(members) - 2 + 0.5) / (self.pair_size[pair] - 2 + GLOBAL_PSEUDO_DOCS / 5))
        seen = bisect_right(days, span[1]) - bisect_left(days, span[0]) - 2
        return self._expected_weight(len(members) - 2, seen, close)

    def joint(self, k1: str, k2: str, pair: tuple[str, ...]) -> tuple[int, list[int]]:
        """The pair's articles that mention both ``k1`` and ``k2``: (count, sorted days of the dated)."""
        cache_key = (pair, k1, k2) if k1 < k2 else (pair, k2, k1)
        joint = self._joint.get(cache_key)
        if joint is None:
            table = self.by_pair[pair]
            a, b = table[k1][1], table[k2][1]
            if len(a) > len(b):
                a, b = b, a
            members = set(a)
            both = [i for i in b if i in members]
            joint = self._joint[cache_key] = (
                len(both), sorted(day for day in (self.feats[i].day for i in both) if day is not None))
        return joint

    def joint_weight(self, k1: str, k2: str, pair: tuple[str, ...], span: tuple[int, int], close: int) -> float:
        """Like :meth:`weight` for articles that mention both ``k1`` and ``k2``."""
        count, days = self.joint(k1, k2, pair)
        seen = bisect_right(days, span[1]) - bisect_left(days, span[0]) - 2
        return self._expected_weight(count - 2, seen, close)

    def _expected_weight(self, others: int, seen: int, close: int) -> float:
        """``others`` articles spread over the corpus's days: how many would fall within
        ``close`` days of the two by chance?  Plus a share of those ``seen`` nearby."""
        expected = (others + 0.5) * min(1.0, close / self.time_span) + SEEN_SHARE * seen
        return min(1.0, max(0.0, math.log(expected) / math.log(EXPECTED_RARE)))


def _rate_weight(rate: float) -> float:
    return min(1.0, max(0.0, math.log(rate) / math.log(RARE_RATE)))


def _number_scale(value: str, ordinal: bool) -> float:
    """How much a shared number says before rarity: 2 says little, 4.85 a lot."""
    if "." in value:
        return 1.0
    n = int(value)
    if ordinal:
        return 0.1 if n <= 1 else 1.0
    if n <= 3:
        return 0.05
    if n <= 31:
        return 0.25
    if 1900 <= n <= 2100:
        return 0.5
    return 1.0


# --------------------------------------------------------------------------
# Scoring


def _same_person(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    """Can two name groups be one person?  Not when both spell out whole names
    and neither ends the other ("miguelvidal" vs "josefinavidal"), nor are they one letter
    apart as a transliteration makes them ("davidmvakiusa" / "devidmvakiusa" from Дэвид)."""
    if not a or not b or a & b:
        return True
    return any(x.endswith(y) or y.endswith(x) or (min(len(x), len(y)) >= SLIP_NAME_MIN and one_slip(x, y, swaps=False))
               for x in a for y in b)


def _countries_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    if len(a) == 2 and len(b) == 2:
        return a == b
    small, large = (set(a), set(b)) if len(a) <= len(b) else (set(b), set(a))
    return small <= large


def other_venue(fa: _Features, fb: _Features) -> bool:
    """Two reports of one pair, not of one day, whose leads set the meeting in different countries
    ("in Da Nang, Vietnam" two days before "in Manila"): two meetings (a summit's sidelines, then a
    visit). Reports of one day are not told apart so (a lead's "said in Washington")."""
    if not fa.venue or not fb.venue or fa.venue & fb.venue:
        return False
    return fa.day is None or fb.day is None or fa.day != fb.day


def other_level(fa: _Features, fb: _Features) -> bool:
    """Two reports of one pair whose headlines name, for one side, a minister in one and a leader
    in the other ("Kerry meets Iran's foreign minister" and "Rouhani, Obama talk by phone", a day
    apart): two engagements, even when each report mentions the other's in passing."""
    return any((country, "leader") in y.principals
               for x, y in ((fa, fb), (fb, fa)) for country, level in x.principals if level == "minister")


def other_counterpart(fa: _Features, fb: _Features) -> bool:
    """Two reports of one pair whose headlines name, for one side, listed people of whom neither
    names one the other names ("Gauck empfängt Südkoreas Präsidentin" and "Merkel und Park
    fordern …", the same day): the visitor's engagements with two of the host's leaders, or two
    visitors' with one host (Portugal's president, then its prime minister, in Brasília). Not when
    both headlines name one visitor (of the side whose country is not the one where both leads set
    the meeting): that visitor's trip, met by two of the host's leaders ("Xi meets Lourenço", "Li
    Qiang meets Lourenço"), is one visit. Where the leads do not agree on where, the one person both
    headlines name may be the host (two visitors: "the Brazilian community in Portugal" read as the
    venue of a visit to Brasília), and the reports stay apart."""
    if fa.pair is None:
        return False
    sides_a, sides_b = _headline_people(fa), _headline_people(fb)
    sides = [(country, people) for country, people in sides_a.items() if country in fa.pair and country in sides_b]
    hosts = fa.venue & fb.venue & set(fa.pair)
    if len(hosts) == 1 and any(country not in hosts and people & sides_b[country] for country, people in sides):
        return False
    return any(not people & sides_b[country] for country, people in sides)


def _headline_people(f: _Features) -> dict[str, set[str]]:
    """Country -> the listed people of it the headline names (:attr:`_Features.principals`)."""
    sides: dict[str, set[str]] = {}
    for country, who in f.principals:
        if who.startswith(PERSON_MARK):
            sides.setdefault(country, set()).add(who)
    return sides


def other_mode(fa: _Features, fb: _Features) -> bool:
    """Two reports of one pair, one whose headline tells of a phone or video call and one whose
    headline and lead tell of none ("… shook hands by telephone" five days before the signing
    at the lake): a call and a meeting."""
    return (fa.call == 2 and fb.call == 0) or (fb.call == 2 and fa.call == 0)


def off_summit(fa: _Features, fb: _Features) -> bool:
    """A report that writes no day but is set at a summit (:attr:`_Features.around`), and one
    whose day falls outside that summit's days, or that is set at another summit: two meetings
    (the leaders' talks at the G7, and the visit to Washington weeks later)."""
    for x, y in ((fa, fb), (fb, fa)):
        if x.around is None:
            continue
        if y.around is not None:
            return y.around[1] < x.around[0] or x.around[1] < y.around[0]
        if y.day is not None and y.day >= REAL_DAYS and not x.around[0] <= y.day <= x.around[1]:
            return True
        if y.day is not None and y.day < REAL_DAYS and not _virtual_within(y.day, x.around):
            return True  # (a day and month without a year, not one of the summit's: "22 January" is not
            #             the talks at the G20 in Johannesburg)
    return False


def _virtual_within(virtual: int, span: tuple[int, int]) -> bool:
    """A day and month without a year (a day of the virtual year) is one of the days of ``span``."""
    if span[1] - span[0] >= 365:
        return True
    ends = [_virtual_day(d.month, d.day) for d in map(Date.fromordinal, span)]
    if None in ends:
        return True
    lo, hi = ends
    return lo <= virtual <= hi if lo <= hi else (virtual >= lo or virtual <= hi)  # (across the new year)


def other_engagement(fa: _Features, fb: _Features) -> bool:
    """Two reports of one pair that tell of two engagements, whatever they share: held in
    different countries, at different levels, by phone and in person, or at a summit and on
    another day, or at two sessions of a standing body."""
    return other_venue(fa, fb) or other_level(fa, fb) or other_counterpart(fa, fb) or other_mode(fa, fb) \
        or off_summit(fa, fb) or other_session(fa, fb) or other_summit(fa, fb)


def other_summit(fa: _Features, fb: _Features) -> bool:
    """A report dated on the days of a summit its headline or lead names ("on the sidelines of the
    SCO summit in Astana"), and one that writes no day and names summits, none held within a day of
    it (a state visit before "the CSTO's session" in that city months later): two meetings."""
    for x, y in ((fa, fb), (fb, fa)):
        if x.day is not None and y.day is None and y.summits and x.set_at_summits \
                and any(a - 1 <= x.day <= b + 1 for a, b in x.set_at_summits) \
                and not any(first - 1 <= x.day <= last + 1 for first, last in y.summits):
            return True
    return False


def other_session(fa: _Features, fb: _Features) -> bool:
    """Two reports of one pair that name sessions of a standing body, none the same ("the 9th session of the
    Supreme Strategic Committee" and "Komitesi'nin 11'inci toplantısı"): two sessions, two years apart."""
    return bool(fa.sessions) and bool(fb.sessions) and not fa.sessions & fb.sessions


@dataclass(frozen=True)
class _PairScore:
    score: float
    name_score: float
    number_score: float
    persons: tuple[float, ...]  # weights of the shared people named in both leads, best first
    joint: float | None  # weight of the two best of them named together (dated, same pair)
    together_elsewhere: int | None  # undated, same pair: other articles naming those two together
    name_keys: tuple[str, ...]  # best key of each shared name group (in a)
    numbers: tuple[str, ...]
    days_apart: int | None
    together_days: tuple[int, int] | None = None  # undated: first and last day of the dated ones naming both
    leaders: int = 0  # listed heads of state or government or foreign ministers both leads name
    home_capitals: float = 0.0  # weight of the shared names that are a capital of the pair's own countries


def home_capitals_unsupported(ps: _PairScore, pair: tuple[str, ...], held: Iterable[str]) -> float:
    """The weight of the capitals of ``pair``'s own countries that two reports share, when they are
    no evidence: unless the meeting is ``held`` (as the reports' leads set it) in those capitals'
    countries, any report of the pair names "Madrid" or "Paris"."""
    if not ps.home_capitals:
        return 0.0
    held = set(held)
    named = {capital_of(k) for k in ps.name_keys} & set(pair)
    return 0.0 if held and named <= held else ps.home_capitals


def _listed_in_lead(f: _Features) -> set[str]:
    """The listed people (leaders, ministers: keys ``@…``) a report's lead names."""
    return {k for k, g in f.names.items() if k.startswith("@") and g in f.lead}


def two_in_both_leads(fa: _Features, fb: _Features, shared: Iterable[str]) -> bool:
    """Whether two articles share names of at least two people that both name in their leads:
    what :meth:`_Scorer.accept` needs of two articles that are not the only two of their pair
    nearby (a person of the score is a name group in both leads, one per group of each)."""
    groups_a: set[int] = set()
    groups_b: set[int] = set()
    for key in shared:
        ga, gb = fa.names[key], fb.names[key]
        if ga in fa.lead and gb in fb.lead:
            groups_a.add(ga)
            groups_b.add(gb)
    return len(groups_a) >= 2 and len(groups_b) >= 2


class _Scorer:
    def __init__(self, feats: Sequence[_Features]) -> None:
        self.feats = feats
        dated = [f.day for f in feats if f.day is not None and f.day >= REAL_DAYS]
        time_span = max(dated) - min(dated) + 1 if dated else MIN_TIME_SPAN
        self.names = _Rarity(feats, lambda f: f.names.keys(), time_span)
        self.place_df: Counter[str] = Counter()
        for f in feats:
            self.place_df.update(f.places)
        self.numbers = _Rarity(feats, lambda f: f.numbers.keys(), time_span)

    def score(self, i: int, j: int, window: int, complete: bool = True) -> _PairScore:
        """Evidence between two articles (the gates are applied by :meth:`accept`).

        Unless ``complete``, numbers are not weighed when the names already rule
        a link out."""
        fa, fb = self.feats[i], self.feats[j]
        pair = fa.pair if fa.pair is not None and fa.pair == fb.pair else None
        days_apart = abs(fa.day - fb.day) if fa.day is not None and fb.day is not None else None
        span = None
        close = 1  # days as close as these two: 1 for the same day, 3 for a day apart...
        if pair is not None and days_apart is not None:
            span = (min(fa.day, fb.day) - window, max(fa.day, fb.day) + window)
            close = 2 * days_apart + 1

        # The best key of every shared name group: (weight, is a person, key).
        best: dict[int, tuple[float, bool, str]] = {}
        shared = fa.names.keys() & fb.names.keys()
        for key in shared:
            ga, gb = fa.names[key], fb.names[key]
            if not _same_person(fa.fulls.get(ga), fb.fulls.get(gb)):
                continue  # "Hasan" of two different Hasans
            w = self.names.weight(key, pair, span, close)
            place = self._is_place(key, fa, fb)
            if place:
                w = min(w, PLACE_CAP)
            elif ga not in fa.lead or gb not in fb.lead:
                w *= BODY_NAME_FACTOR  # named in passing by one of the two
                place = True  # not evidence of who the event is about
            if ga not in best or (w, not place, key) > best[ga]:
                best[ga] = (w, not place, key)
        used: set[int] = set()
        name_score = 0.0
        home = 0.0
        persons: list[tuple[float, str]] = []
        keys = []
        for w, person, key in sorted(best.values(), reverse=True):
            group = fb.names[key]
            if group in used:
                continue
            used.add(group)
            name_score += w
            keys.append(key)
            if person:
                persons.append((w, key))
            elif pair is not None and capital_of(key) in pair:
                home += w  # ("Madrid" in two reports of Spain and France: any of their meetings)
        joint = None
        together_elsewhere = None
        together_days = None
        leaders = sum(1 for k in shared if k[0] == "@" and fa.names[k] in fa.lead and fb.names[k] in fb.lead)
        if len(persons) < 2 and not complete:
            return _PairScore(0.0, name_score, 0.0, tuple(w for w, _ in persons), joint, together_elsewhere,
                              tuple(keys), (), days_apart, None, leaders, home)
        if len(persons) >= 2 and span is not None:
            joint = self.names.joint_weight(persons[0][1], persons[1][1], pair, span, close)
            name_score += max(0.0, 2 * joint - persons[0][0] - persons[1][0])
        elif len(persons) >= 2 and pair is not None:
            count, days = self.names.joint(persons[0][1], persons[1][1], pair)
            together_elsewhere = count - 2
            real = [d for d in days if d >= REAL_DAYS]
            together_days = (real[0], real[-1]) if real else None
        numbers = sorted(fa.numbers.keys() & fb.numbers.keys())
        number_score = sum(
            self.numbers.weight(n, pair, span, close) * _number_scale(n, fa.numbers[n] or fb.numbers[n])
            for n in numbers
        )
        factor = 1.0 if days_apart is None else max(DATE_FLOOR, 1.0 - DATE_STEP * days_apart)
        total = (name_score + NUMBER_FACTOR * min(number_score, NUMBER_CAP)) * factor
        return _PairScore(total, name_score, number_score, tuple(w for w, _ in persons), joint,
                          together_elsewhere, tuple(keys), tuple(numbers), days_apart, together_days, leaders,
                          home)

    def _is_place(self, key: str, fa: _Features, fb: _Features) -> bool:
        if key in fa.places or key in fb.places:
            return True
        return self.place_df[key] >= PLACE_SHARE * self.names.df[key]

    def _home_capitals(self, i: int, j: int, ps: _PairScore) -> float:
        fa, fb = self.feats[i], self.feats[j]
        if fa.pair is None or fa.pair != fb.pair:
            return 0.0
        return home_capitals_unsupported(ps, fa.pair, fa.venue | fb.venue)

    def accept(self, i: int, j: int, ps: _PairScore, threshold: float, window: int, alone: bool = False) -> bool:
        """``alone``: the two are the only reports of their country pair within the window."""
        if not _countries_compatible(self.feats[i].countries, self.feats[j].countries):
            return False
        if ps.days_apart is not None and ps.days_apart > window:
            return False
        if alone and ps.days_apart is not None and ps.leaders and ps.persons and ps.persons[0] >= ALONE_PERSON_MIN:
            # few events of one pair happen within days: the only two reports of the pair in the
            # window that name one person in both leads are one event
            return True
        if len(ps.persons) < 2 or ps.score < threshold:
            return False
        if ps.joint is not None:  # dated, same pair: the usual case
            return ps.joint >= JOINT_MIN
        # Undated, or no common country pair: only very strong evidence, names and numbers (a capital
        # of the pair's own countries only where one of the two sets the meeting in its country:
        # reports of any meeting of Spain and France name "Madrid" and "Paris")
        if ps.persons[1] < STRONG_NAME or ps.name_score - self._home_capitals(i, j, ps) < UNDATED_NAME_SCORE:
            return False
        if ps.number_score < UNDATED_NUMBER_SCORE:
            return False
        return ps.together_elsewhere is None or ps.together_elsewhere == 0


class _PairCrowd:
    """How many reports of a country pair fall within days of each other."""

    def __init__(self, feats: Sequence[_Features]) -> None:
        self.feats = feats
        dated: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)  # pair -> (day, report)
        for n, f in enumerate(feats):
            if f.pair is not None and f.day is not None:
                dated[f.pair].append((f.day, n))
        for values in dated.values():
            values.sort()
        self.dated = dated
        self.days = {pair: [day for day, _ in values] for pair, values in dated.items()}

    def alone(self, i: int, j: int, window: int) -> bool:
        """Are ``i`` and ``j`` (one pair, both with a day) the only reports of their pair within
        ``window`` days of either? Or are the few others (:data:`CROWD_ONE_LEADER_MAX` at most) all
        naming in their leads a listed leader or minister both leads name: reports of one visit ("Li
        Qiang arrives in Zurich", on the 14th; "Li Qiang and Amherd sign a declaration", on the 15th,
        one naming the host in a spelling of its own), as few events of one pair happen within days."""
        fa, fb = self.feats[i], self.feats[j]
        if fa.pair is None or fa.pair != fb.pair or fa.day is None or fb.day is None:
            return False
        days = self.days[fa.pair]
        lo, hi = min(fa.day, fb.day) - window, max(fa.day, fb.day) + window
        first, last = bisect_left(days, lo), bisect_right(days, hi)
        if last - first <= 2:
            return True
        if last - first > 2 + CROWD_ONE_LEADER_MAX:
            return False
        leaders = _listed_in_lead(fa) & _listed_in_lead(fb)
        if not leaders:
            return False
        others = [self.feats[n] for _, n in self.dated[fa.pair][first:last] if n not in (i, j)]
        return all(_listed_in_lead(f) & leaders for f in others)


# --------------------------------------------------------------------------
# Candidates


def _candidate_pairs(feats: Sequence[_Features], name_df: Mapping[str, int], window: int) -> set[tuple[int, int]]:
    """Index pairs worth scoring: same pair within the window; for an article
    without a pair or a date, also compatible ones within the window and those
    sharing a rare name."""
    pairs: set[tuple[int, int]] = set()
    blocks: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    loose: list[int] = []
    for i, f in enumerate(feats):
        if f.day is not None and f.pair is not None:
            blocks[f.pair].append((f.day, i))
        else:
            loose.append(i)
    for members in blocks.values():
        members.sort()
        for x, (day, i) in enumerate(members):
            for y in range(x + 1, len(members)):
                other_day, j = members[y]
                if other_day - day > window:
                    break
                pairs.add((i, j) if i < j else (j, i))
    if not loose:
        return pairs
    # Without a pair: every article of a compatible country set within the window ...
    by_day: dict[int, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        if f.day is not None:
            by_day[f.day].append(i)
    for i in loose:
        f = feats[i]
        if f.day is None:
            continue
        for day in range(f.day - window, f.day + window + 1):
            for j in by_day.get(day, ()):
                if j != i and _countries_compatible(f.countries, feats[j].countries):
                    pairs.add((i, j) if i < j else (j, i))
    # ... and, dated or not, every article sharing a rare name.
    postings: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        for key in f.names:
            if 2 <= name_df[key] <= POSTING_CAP:
                postings[key].append(i)
    for i in loose:
        for key in feats[i].names:
            for j in postings.get(key, ()):
                if j != i:
                    pairs.add((i, j) if i < j else (j, i))
    return pairs
