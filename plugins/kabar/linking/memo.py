"""What an earlier linking judged of two reports of one country pair, kept for the next.

Most of linking's time goes into weighing the candidate pairs of reports of one country pair
within days of each other (a *block*). Whatever that judgement reads is the block's: its
reports' features (their days, once year-less reports are placed), the pair's counts of each
name and number, how many of its reports fall nearby. From outside the block it reads only the
corpus's time span and whether a name is written as a place more often than not. A block's
*digest* hashes all of that (each report by the key of its reading, which stands for every
feature the reading gives it), with the linker's settings and the code's version; a judgement
found under the same digest is the one this linking would make, so it is taken as it is. A new,
changed or removed report changes its own pair's digest (and, rarely, others': a day beyond the
corpus's span, a name's place share crossing the line), so only those blocks are weighed again.

Pure: :class:`LinkMemo` is filled and read in memory; the generator keeps it as JSON in the
cache folder (:func:`memo_to_json`, :func:`memo_from_json`: a file that does not read back into
exactly this shape is ignored, never trusted).
"""
from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .names import _Features
from .scoring import _PairScore, _Scorer
from .tuning import PLACE_SHARE

MEMO_FORMAT = "kabar-link-memo/2"  # (2: a judgement carries the weight of the pair's own capitals)
ELSEWHERE = "elsewhere"  # the two are of one pair but of two engagements (venues, levels): kept apart
MISSING = object()
NUMBER_TYPES = (float, int)  # (as written: JSON gives 1.0 back as a float and 1 as an int)


@dataclass
class LinkMemo:
    """``previous``: block digest -> (article id, article id) -> judgement, from an earlier
    linking; ``now``: the judgements of this linking's blocks, the next linking's ``previous``.
    A judgement is None (no link), :data:`ELSEWHERE` or the accepted pair's score."""

    version: str
    previous: dict[str, dict[tuple[str, str], object]] = field(default_factory=dict)
    now: dict[str, dict[tuple[str, str], object]] = field(default_factory=dict)
    reused: int = 0  # judgements taken from ``previous`` this linking
    weighed: int = 0  # judgements made again
    # the days year-less reports were placed on (:func:`~.year_less._place_year_less`), by the
    # digest of their pair's reports (before placing): digest -> article id -> day
    previous_days: dict[str, dict[str, int]] = field(default_factory=dict)
    now_days: dict[str, dict[str, int]] = field(default_factory=dict)

    def known_days(self, digests: Mapping[tuple[str, ...], str], ids: Sequence[str],
                   feats: Sequence[_Features]) -> dict[int, int]:
        """Index -> the day an earlier linking placed a year-less report on, when its pair's reports
        are those it placed it among."""
        known = {}
        for i, f in enumerate(feats):
            if f.md is not None and f.day is None and f.pair in digests:
                day = self.previous_days.get(digests[f.pair], {}).get(ids[i])
                if day is not None:
                    known[i] = day
        return known

    def keep_days(self, digests: Mapping[tuple[str, ...], str], ids: Sequence[str], before: Sequence[_Features],
                  after: Sequence[_Features]) -> None:
        for i, f in enumerate(before):
            if f.md is not None and f.day is None and f.pair in digests:
                self.now_days.setdefault(digests[f.pair], {})[ids[i]] = after[i].day

    def get(self, block: str, a: str, b: str):
        found = self.previous.get(block)
        judged = MISSING if found is None else found.get((a, b), MISSING)
        if judged is not MISSING:
            self.reused += 1
            self.now.setdefault(block, {})[(a, b)] = judged
        return judged

    def put(self, block: str, a: str, b: str, judged) -> None:
        self.weighed += 1
        if isinstance(judged, _PairScore) and not _finite(judged):
            return  # (JSON would not give it back as it is)
        self.now.setdefault(block, {})[(a, b)] = judged


def _finite(ps: _PairScore) -> bool:
    values = [ps.score, ps.name_score, ps.number_score, *ps.persons]
    if ps.joint is not None:
        values.append(ps.joint)
    return all(math.isfinite(v) for v in values)


def pair_digests(ids: Sequence[str], feats: Sequence[_Features], keys: Mapping[str, str], settings: Iterable[object],
                 version: str) -> dict[tuple[str, ...], str]:
    """Country pair -> the digest of its reports as read (where placing a year-less report looks):
    the code's version, the settings and each report's reading key. A pair with a report whose
    reading has no key is left out."""
    return _digests(ids, feats, keys, repr((version, tuple(settings))), lambda pair: repr(pair), days=False)


def block_digests(ids: Sequence[str], feats: Sequence[_Features], keys: Mapping[str, str], scorer: _Scorer,
                  settings: Iterable[object], version: str) -> dict[tuple[str, ...], str]:
    """Country pair -> the digest of everything judging its reports' pairs reads (see the module
    docstring). A pair with a report whose reading has no key is left out: it is weighed anew."""
    df = scorer.names.df
    placelike = {k for k, n in scorer.place_df.items() if n >= PLACE_SHARE * df[k]}
    return _digests(ids, feats, keys, repr((version, scorer.names.time_span, tuple(settings))),
                    lambda pair: repr((pair, sorted(placelike.intersection(scorer.names.by_pair.get(pair, ()))))),
                    days=True)


def _digests(ids: Sequence[str], feats: Sequence[_Features], keys: Mapping[str, str], common: str,
             tail: Callable[[tuple[str, ...]], str], days: bool) -> dict[tuple[str, ...], str]:
    """Country pair -> a digest of ``common``, each of its reports' id and reading key (and day, with
    ``days``), in id order (``ids`` is sorted), and ``tail(pair)``."""
    members: dict[tuple[str, ...], list[int]] = {}
    for i, f in enumerate(feats):
        if f.pair is not None:
            members.setdefault(f.pair, []).append(i)
    digests = {}
    for pair, indices in members.items():
        if any(ids[i] not in keys for i in indices):
            continue
        h = hashlib.blake2b(common.encode("utf-8"), digest_size=16)
        for i in indices:
            h.update(b"\x00%s\x00%s" % (ids[i].encode("utf-8", "surrogatepass"),
                                        keys[ids[i]].encode("utf-8", "surrogatepass")))
            if days:
                h.update(b"\x00%r" % feats[i].day)
        h.update(tail(pair).encode("utf-8", "surrogatepass"))
        digests[pair] = h.hexdigest()
    return digests


# --- JSON ---------------------------------------------------------------------------------------


def memo_to_json(memo: LinkMemo) -> dict:
    """Per block: the ids of the pairs judged no link, then of those judged two engagements, each
    flat (a, b, a, b...), then the links with their scores."""
    blocks = {}
    for block in sorted(memo.now):
        nothing, elsewhere, links = [], [], []
        for (a, b), judged in sorted(memo.now[block].items()):
            if judged is None:
                nothing += (a, b)
            elif judged == ELSEWHERE:
                elsewhere += (a, b)
            else:
                links.append([a, b, judged.score, judged.name_score, judged.number_score, list(judged.persons),
                              judged.joint, judged.together_elsewhere, list(judged.name_keys), list(judged.numbers),
                              judged.days_apart, list(judged.together_days) if judged.together_days else None,
                              judged.leaders, judged.home_capitals])
        blocks[block] = [nothing, elsewhere, links]
    days = {digest: [x for aid in sorted(placed) for x in (aid, placed[aid])]
            for digest, placed in sorted(memo.now_days.items())}
    return {"format": MEMO_FORMAT, "version": memo.version, "blocks": blocks, "days": days}


def memo_from_json(data: object, version: str) -> LinkMemo | None:
    """A memo of the judgements and days written by :func:`memo_to_json` for this ``version``, as
    an earlier linking's; None when ``data`` is anything else (another format or version, a
    damaged file)."""
    if not isinstance(data, dict) or data.get("format") != MEMO_FORMAT or data.get("version") != version:
        return None
    blocks, days = data.get("blocks"), data.get("days")
    if not isinstance(blocks, dict) or not isinstance(days, dict):
        return None
    judgements = _judgements(blocks)
    placed = {}
    for digest, flat in days.items():
        if not isinstance(flat, list) or len(flat) % 2:
            return None
        ids, values = flat[0::2], flat[1::2]
        if not all(type(i) is str for i in ids) or not all(type(v) is int for v in values):
            return None
        placed[digest] = dict(zip(ids, values))
    if judgements is None:
        return None
    return LinkMemo(version, previous=judgements, previous_days=placed)


def _judgements(blocks: dict) -> dict[str, dict[tuple[str, str], object]] | None:
    out: dict[str, dict[tuple[str, str], object]] = {}
    try:
        for block, (nothing, elsewhere, links) in blocks.items():
            table = out[block] = {}
            for ids, judged in ((nothing, None), (elsewhere, ELSEWHERE)):
                if not isinstance(ids, list) or len(ids) % 2 or not all(type(i) is str for i in ids):
                    return None
                pairs = iter(ids)
                table.update(dict.fromkeys(zip(pairs, pairs), judged))
            for row in links:
                a, b, *score = row
                if type(a) is not str or type(b) is not str:
                    return None
                table[(a, b)] = _pair_score(*score)
    except (TypeError, ValueError):
        return None
    return out


def _pair_score(score, name_score, number_score, persons, joint, together, name_keys, numbers, days_apart,
                together_days, leaders, home_capitals) -> _PairScore:
    if not all(type(v) in NUMBER_TYPES for v in (score, name_score, number_score, home_capitals, *persons)):
        raise ValueError("a score is not a number")
    if joint is not None and type(joint) not in NUMBER_TYPES:
        raise ValueError("a joint weight is not a number")
    for value in (together, days_apart, leaders):
        if value is not None and type(value) is not int:
            raise ValueError("a count is not a whole number")
    if not all(type(k) is str for k in (*name_keys, *numbers)):
        raise ValueError("a key is not text")
    if together_days is not None:
        first, last = together_days
        if type(first) is not int or type(last) is not int:
            raise ValueError("a day is not a whole number")
        together_days = (first, last)
    return _PairScore(score, name_score, number_score, tuple(persons), joint, together, tuple(name_keys),
                      tuple(numbers), days_apart, together_days, leaders, home_capitals)
