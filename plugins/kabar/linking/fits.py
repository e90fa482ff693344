"""Whether a report without a day fits an event of its pair (a part of :mod:`.clustering`): its
weekday and the days it writes against the event's days, where each sets the meeting (places spelt alike
across scripts and cases, the venue's country), the leaders' and ministers' time in office, a call
against a meeting. Pure predicates over the linker's features."""
from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from datetime import date as Date, timedelta
from difflib import SequenceMatcher

from kabar.understand.actors import country_of
from kabar.understand.cities import english_city_names
from kabar.understand.offices import in_office_together, offices_held, person_terms
from kabar.understand.textutil import one_slip

from .name_keys import capital_of, name_key
from .names import _Features
from .tuning import PLACE_FUZZY_MIN, PLACE_LOOSE_RATIO, REAL_DAYS, VISIT_GAP_DAYS


def _weekday_fits(f: _Features, members: Sequence[int], feats: Sequence[_Features]) -> bool:
    """The weekday a report without a day names is the weekday of one of its event's dated
    reports (a day off is another meeting as often as an arrival: Panmunjom, Friday 27 April and
    Saturday 26 May 2018)."""
    if f.weekday is None:
        return True
    return any(feats[m].day is not None and feats[m].day >= REAL_DAYS
               and Date.fromordinal(feats[m].day).weekday() == f.weekday
               for m in members)


def _weekday_between(f: _Features, members: Sequence[int], feats: Sequence[_Features]) -> bool:
    """The weekday a report without a day names falls between two days its event's reports tell of,
    days apart (the Friday of a visit told of on its Thursday and Saturday): the report may be of that
    visit, so another event of the pair on that weekday is not surely its (it joins neither; not
    enough to join this one: as often a day the visit's reports leave out for another meeting)."""
    if f.weekday is None:
        return False
    days = sorted({feats[m].day for m in members if feats[m].day is not None and feats[m].day >= REAL_DAYS})
    return any(Date.fromordinal(day).weekday() == f.weekday
               for a, b in zip(days, days[1:]) if b - a <= VISIT_GAP_DAYS for day in range(a + 1, b))


def _written_day_fits(f: _Features, members: Sequence[int], feats: Sequence[_Features]) -> bool:
    """A report without a day that writes days and months ("в понедельник, 12 декабря" of a visit
    it announces) is of one of them: one of its event's dated reports falls on it, or a day from it."""
    if not f.written:
        return True
    for m in members:
        if feats[m].day is None or feats[m].day < REAL_DAYS:
            continue
        day = Date.fromordinal(feats[m].day)
        written = (_safe_date(day.year, month, dom) for month, dom in f.written)
        if any(other is not None and abs((day - other).days) <= 1 for other in written):
            return True
    return False


def _same_venue(f: _Features, members: Sequence[int], feats: Sequence[_Features], away: bool = False) -> bool:
    """The report's headline and lead set the meeting in a country one of the event's reports
    sets it in (:func:`countries.extract_venue`); ``away``: a third country, not one of the pair's."""
    venue = f.venue - set(f.pair or ()) if away else f.venue
    return bool(venue) and any(venue & feats[m].venue for m in members)


def _day_of_month_fits(f: _Features, members: Sequence[int], feats: Sequence[_Features], slack: int = 0) -> bool:
    """The day of the month a report without a month names ("15日") is the day of one of its
    event's dated reports (or, with ``slack``, that many days from one)."""
    if f.dom is None:
        return True
    first, last = f.dom
    for m in members:
        if feats[m].day is None or feats[m].day < REAL_DAYS:
            continue
        near = {Date.fromordinal(feats[m].day + k).day for k in range(-slack, slack + 1)}
        if any(first <= day <= last for day in near):
            return True
    return False


def _abroad_unnamed(f: _Features, members: Sequence[int], feats: Sequence[_Features]) -> bool:
    """The event's reports set the meeting in a third country only (a summit's sidelines, a visit
    elsewhere), and the report names none of the places their leads set it in, nor that country:
    another meeting of the two (their talks in London are not the ones at the G20 in Hangzhou)."""
    abroad = set().union(*(feats[m].venue for m in members))
    if not abroad or f.pair is None or abroad & set(f.pair) or f.venue & abroad:
        return False
    theirs = set().union(*(_lead_places(feats[m]) for m in members))
    return not (theirs and _any_alike(theirs, f.names.keys())) and not (abroad & set(f.countries))


LEAD_CAPITAL_REPORTS = 2  # an event's reports whose leads set it in a capital of the pair, at least, to tell its host


def _other_host(f: _Features, members: Sequence[int], feats: Sequence[_Features]) -> bool:
    """The report's lead sets the meeting in a capital of one country of the pair ("Ankara'da"), the
    event's reports in the other country ("Meksika'yı ziyaret"): the other side's visit, another meeting.
    Not when the event's reports name the places its lead does, nor when it names the capital of the
    event's country too (an old photo's "in Kyiv" over "Zelenskyy coming to Tallinn").

    (Read here, not as the report's venue: a capital in the lead is too weak a venue for the scorer's
    :func:`scoring.other_venue`, which keeps two reports apart whatever else they share.)"""
    if f.pair is None:
        return False
    places = _lead_places(f)
    mine = {capital_of(k) for k in places} & set(f.pair)
    if len(mine) != 1 or (f.venue and f.venue != mine):
        return False
    theirs = set().union(*(feats[m].venue for m in members))
    named = set().union(*(feats[m].names.keys() for m in members))
    if not theirs:  # (no venue read in their leads: the capital of the pair two of their leads or more set it
        #             in, "in Warsaw", and the places they set it in, not every place they name: "Warsaw and
        #             Seoul will cooperate"; one lead's may be its dateline's, "Roma, 11 set. (Adnkronos)")
        led = [_lead_places(feats[m]) for m in members]
        capitals = [{capital_of(k) for k in places} & set(f.pair) for places in led]
        if sum(1 for found in capitals if found) < LEAD_CAPITAL_REPORTS:
            return False
        named = set().union(*led)
        theirs = set().union(*capitals)
    return bool(theirs) and theirs <= set(f.pair) and not theirs & mine and not _any_alike(places, named) \
        and not any(capital_of(k) in theirs for k in f.names)


def _lead_places(f: _Features, people: bool = True) -> set[str]:
    """The places the report's lead names; ``people=False``: not those that are a listed person's
    name too (a word after "with" or "at" read as a place: "Merkel'le", "en Rousseff")."""
    places = {k for k in f.places if f.names.get(k) in f.lead}
    if not people and places:
        groups = {g for k, g in f.names.items() if k.startswith("@")}
        places = {k for k in places if f.names[k] not in groups}
    return places


def _other_places(f: _Features, members: Sequence[int], feats: Sequence[_Features]) -> bool:
    """The report's lead is set in a place none of the event's reports names, and theirs in
    places it does not name: another meeting of the same people. (Their leads setting it in a known
    city that is no capital, a capital of the pair's own countries they name only in passing is the
    government they speak of: "Moscow's ties with the West" in a report of talks in Vladivostok does
    not make a report of talks "в Москве" the same meeting.)"""
    mine = _lead_places(f)
    if not mine:
        return False
    theirs = set().union(*(_lead_places(feats[m]) for m in members))
    named = set().union(*(feats[m].names.keys() for m in members))
    if f.pair is not None and any(capital_of(k) is None and k in known_city_keys() for k in theirs):
        # (their leads set it in a known city that is no capital: a capital of the pair's own countries
        #  they name is named in passing, the government they speak of)
        named = {k for k in named if capital_of(k) not in f.pair} | theirs
    return bool(theirs) and not _any_alike(mine, named) and not _any_alike(theirs, f.names.keys())


def _other_known_places(fa: _Features, fb: _Features) -> bool:
    """The two leads set the meeting in cities known by their English names (a city written in a
    script without capitals is keyed so: "厦门" is "xiamen") and neither names the other's: two
    meetings. (Other spellings of one city, "Мюнхене" and "Munich", are not compared so.)"""
    known = known_city_keys()
    mine = {k for k in _lead_places(fa) if k in known}
    theirs = {k for k in _lead_places(fb) if k in known}
    return bool(mine) and bool(theirs) and not _any_alike(mine, fb.names.keys()) \
        and not _any_alike(theirs, fa.names.keys())


@functools.lru_cache(maxsize=1)
def known_city_keys() -> frozenset[str]:
    return frozenset(name_key(name) for name in english_city_names())


def _same_place(f: _Features, members: Sequence[int], feats: Sequence[_Features], away: bool = False) -> bool:
    """The report's lead and one of the event's set the meeting in the same place, spelt alike
    across scripts and cases ("Хельсинки" = "Helsinki", "Санкт-Петербурге" = "St Petersburg"), or
    named as one capital is in another language ("Peking" = "Beijing"); ``away``: a place that is
    no capital of the pair's own countries."""
    mine = _lead_places(f)
    if away and f.pair is not None:
        mine = {k for k in mine if capital_of(k) not in f.pair}
    return bool(mine) and any(_any_alike(mine, _lead_places(feats[m])) for m in members)


def _any_alike(keys: Iterable[str], others: Iterable[str]) -> bool:
    """Some of ``keys`` is one of ``others``, or as near as a case ending and a transliteration
    make two spellings of a place ("peterburge" / "petersburg", "sotschi" / "sochi", "khelsinki" /
    "helsinki")."""
    others = set(others)
    capitals = {capital_of(o) for o in others} - {None}
    return any(k in others or (capital_of(k) in capitals)  # ("Peking" / "Beijing": one capital's names)
               or len(k) >= PLACE_FUZZY_MIN and any(_loosely_alike(k, o) for o in others) for k in keys)


def _loosely_alike(a: str, b: str) -> bool:
    if len(b) < PLACE_FUZZY_MIN:
        return False
    if _alike(a, b):
        return True
    # (the matcher's upper bounds first, as SequenceMatcher.real_quick_ratio and quick_ratio: most
    # pairs of names are far apart)
    if 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < PLACE_LOOSE_RATIO:
        return False
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() >= PLACE_LOOSE_RATIO and matcher.ratio() >= PLACE_LOOSE_RATIO


def _alike(a: str, b: str) -> bool:
    """Folded spellings one letter apart ("khelsinki" / "helsinki", "gamburg" / "hamburg")."""
    return len(b) >= PLACE_FUZZY_MIN and (a == b or one_slip(a, b, swaps=False))


ELECT_DAYS = timedelta(days=90)  # a leader-elect meets others this long before taking office


def _within_terms(day: int | None, held: Sequence[tuple[Date, Date]], window: int) -> bool:
    """A real day (ordinal) falls in one of the spans ``held`` (:func:`_held_together`), from a
    leader-elect's months before to a window after."""
    if day is None or day < REAL_DAYS:
        return False
    when = Date.fromordinal(day)
    return any(a - ELECT_DAYS <= when <= b + timedelta(days=window) for a, b in held)


def _minister_out_of_office(people: Iterable[str], members: Sequence[int], feats: Sequence[_Features],
                            window: int) -> bool:
    """A listed foreign minister among ``people`` (keys "@id"; one never a head of state or government,
    whose time before office counts for nothing) held no office on any of the event's real days:
    the event is another meeting. (People of one country count as alternatives when the times of
    all are intersected, :func:`offices.in_office_together`: a president and his minister are not.)"""
    days = [Date.fromordinal(feats[m].day) for m in members if feats[m].day is not None and feats[m].day >= REAL_DAYS]
    if not days:
        return False
    slack = timedelta(days=window)

    def in_office(person: str) -> bool:
        return any(a - slack <= day <= b + slack for day in days for a, b in person_terms(person))

    ministers = [key[1:] for key in people if key.startswith("@") and offices_held(key[1:]) == {"foreign_minister"}]
    for person in ministers:
        if person_terms(person) and not in_office(person) \
                and not any(other != person and country_of(other) == country_of(person) and in_office(other)
                            for other in ministers):
            return True  # (… unless another of that country's was: one minister at a time, the other held
            #             another office then, "Minister Sigrid Kaag (Buitenlandse Handel)" beside Stef Blok)
    return False


def _held_together(people: Iterable[str]) -> tuple[tuple[Date, Date], ...]:
    """When the listed leaders and ministers of ``people`` (keys "@id") whose terms are known held
    office together; empty when that is unknown (fewer than two of them, or terms that never met)."""
    known = [p[1:] for p in people if p.startswith("@") and person_terms(p[1:])]
    return in_office_together(known) or ()


def _call_and_meeting(f: _Features, members: Sequence[int], feats: Sequence[_Features]) -> bool:
    """A report without a day whose headline or lead tells of a phone or video call, and an event
    none of whose reports' do (or one that tells of none, and an event all of whose reports do): a
    call and a meeting of the pair, whatever names they share ("telefonda görüştü" and a visit to
    Istanbul two years before)."""
    calls = [feats[m].call > 0 for m in members]
    return not any(calls) if f.call > 0 else all(calls)


def _safe_date(year: int, month: int, day: int) -> Date | None:
    try:
        return Date(year, month, day)
    except ValueError:
        return None
