"""Which leaders' summit a report is set at: a year for a day and month the text writes without one.

Leaders often meet on the sidelines of a summit held in a different city each time ("Putin and
Abe met on Saturday on the sidelines of the APEC summit in Lima"). ``data/summits.json`` lists
those summits (G20, APEC, BRICS, SCO, G7/G8, ASEAN and the East Asia Summit, NATO, and others)
with their days and host cities, and how each series and city is written in the archive's
languages. A report naming a series and a city of one of its summits together (in one paragraph,
close by) is *set at* that summit: :func:`summits_named` gives each such summit's days, widened by the day leaders arrive before it
(:data:`DAYS_BEFORE`) and stay after (:data:`DAYS_AFTER`). The date module then dates a day and
month (or a weekday, or a day of the month alone) that falls once within those days, and within
no other summit's wider days (:func:`days_at`); a day outside them is another day, and lends
nothing.

Pure: text in, spans out. Names are matched in the lower-cased text, with and without their
diacritics; in scripts without spaces between words as words of their script (:mod:`scripts`),
the others as whole words.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from .date_language import _fold_word, _words
from .history_cues import PLUPERFECT_BEFORE_RE
from .scripts import edges_ok, is_unspaced
from .textutil import strip_marks, unmarked

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "summits.json"
DAYS_BEFORE = 1  # leaders meet on arrival, the day before a summit opens
DAYS_AFTER = 1  # ... and the day after it closes
WIDE_DAYS_BEFORE = 3  # a state visit to the host often comes days before: such days stay ambiguous
SCAN_CHARS = 6000  # how much of a text is read for a summit's names
NEAR_CHARS = 160  # a series and a city named this close, in one paragraph, are named together
DATELINE_CHARS = 20  # ... as are a series and a city named this close to its paragraph's start
# a letter of a script with spaces (a name written in one stands apart from them, not from
# Chinese or Japanese around it: "APEC首脳会議")
SPACED_LETTER_RE = re.compile(r"[0-9a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")

# a series' short name as the first part of a compound that is no summit's ("Nato-Land", "Nato-Ostflanke";
# not "Nato-Gipfel", "G20-Gipfeltreffen", nor a name written out: "Азиатско-Тихоокеанского …"): the
# alliance or group, not one of its summits
ATTRIBUTE_RE = re.compile(r"[^\W_]{2,5}-(?!gipfel|summit|sommet|cumbre|cimeira|vertice|zirve|treffen|саммит)[^\W\d_]")


@dataclass(frozen=True)
class Summit:
    """A summit a report names: its series, host city, days, and the days around it (``first`` to
    ``last``) when the report's day can be; ``together_at``: where the report names the series and
    the city together, each place's start and end (a date is read against such a summit only; a venue
    against any); ``in_lead``: its headline or lead does (a weekday alone is read against such a
    summit only)."""

    series: str
    place: str
    country: str  # the host city's
    opens: date
    closes: date
    together_at: tuple[tuple[int, int], ...]
    in_lead: bool
    place_in_lead: bool = False  # its host city is named in the headline or lead (with the series or not)
    series_in_lead: bool = False  # its series is named in the headline or lead (with the city or not)
    told_as_past: bool = False  # named with its city only in sentences that tell of it as past (or in the pluperfect)

    @property
    def together(self) -> bool:
        return bool(self.together_at)

    @property
    def first(self) -> date:
        return self.opens - timedelta(days=DAYS_BEFORE)

    @property
    def last(self) -> date:
        return self.closes + timedelta(days=DAYS_AFTER)

    def label(self) -> str:
        days = self.opens.isoformat() if self.opens == self.closes else \
            f"{self.opens.isoformat()} – {self.closes.isoformat()}"
        return f"{self.series} summit, {self.place}, {days}"


@dataclass(frozen=True)
class _Names:
    """Names of several things (series, cities), as looked for in a text."""

    spaced: dict[str, str]  # name in a script with spaces, lower case and without diacritics -> its key
    unspaced: dict[str, str]  # name in a script without spaces, as written -> its key

    def positions(self, lowered: str, folded: str, ends: dict[int, int] | None = None) -> dict[str, list[int]]:
        """Where each thing is named: a name in a script with spaces as a whole word of it in
        ``folded`` (the text lower-cased, without diacritics: "Río", "Rio"), whatever stands
        around it in other scripts; one without, in ``lowered`` (the text lower-cased), as a word
        of its script (:func:`scripts.edges_ok`). (Substring tests: much cheaper than one
        expression of every name, tried at every character.) ``ends``, if given, gets where the
        longest name found at each place ends."""
        found: dict[str, list[int]] = {}
        for text, names, unspaced in ((folded, self.spaced, False), (lowered, self.unspaced, True)):
            for name, key in names.items():
                if name not in text:
                    continue
                start = text.find(name)
                while start >= 0:
                    end = start + len(name)
                    if (edges_ok(text, start, end) if unspaced else
                            not ((start and SPACED_LETTER_RE.match(text, start - 1))
                                 or SPACED_LETTER_RE.match(text, end))):
                        found.setdefault(key, []).append(start)
                        if ends is not None:
                            ends[start] = max(end, ends.get(start, end))
                    start = text.find(name, start + 1)
        for spots in found.values():
            spots.sort()
        return found


@dataclass(frozen=True)
class _Data:
    series: _Names
    series_forms: dict[str, tuple[str, ...]]  # first letter -> series names lower-cased, with and without diacritics
    places: _Names
    place_shown: dict[str, str]
    place_country: dict[str, str]
    meetings: tuple[tuple[str, date, date, str], ...]


def _names(groups: dict[str, list[str]]) -> _Names:
    """Every name of ``groups`` (key -> names as written): in scripts with spaces, lower-cased
    without diacritics ("Hàng Châu": "hang chau"); the others lower-cased."""
    spaced: dict[str, str] = {}
    unspaced: dict[str, str] = {}
    for key, written in groups.items():
        for name in written:
            if is_unspaced(name):
                unspaced.setdefault(name.lower(), key)
            else:
                spaced.setdefault(strip_marks(name), key)
    return _Names(spaced, unspaced)


def _by_first(names) -> dict[str, tuple[str, ...]]:
    """Names by their first letter (a letter the text lacks rules its names out at once)."""
    grouped: dict[str, list[str]] = {}
    for name in sorted(names):
        grouped.setdefault(name[0], []).append(name)
    return {first: tuple(group) for first, group in grouped.items()}


@functools.lru_cache(maxsize=1)
def _data() -> _Data:
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return _Data(
        series=_names(raw["series"]),
        series_forms=_by_first({form for names in raw["series"].values() for name in names
                                for form in (name.lower(), strip_marks(name))}),
        places=_names(raw["places"]),
        place_shown={k: v[0] if v else k for k, v in raw["places"].items()},
        place_country=raw["place_countries"],
        meetings=tuple((s, date.fromisoformat(a), date.fromisoformat(b), p) for s, a, b, p in raw["meetings"]),
    )


def _together(text: str, series: list[int], places: list[int], ends: dict[int, int]) -> list[tuple[int, int, int]]:
    """Where the text names the series and the city together: in one paragraph, at most
    :data:`NEAR_CHARS` apart or the city its dateline ("on the sidelines of the APEC summit in
    Lima"; not "met in St Petersburg" and, a paragraph on, "ahead of the G20 summit next month
    in China"; not an ASEAN report's member states): where each such pair starts, where its second
    name starts, and where the pair ends (``ends``: where the name at each place ends)."""
    pairs = []
    for a in series:
        for b in places:
            lo, hi = min(a, b), max(a, b)
            if "\n" in text[lo:hi]:
                continue
            if hi - lo <= NEAR_CHARS or _opens_paragraph(text, b):  # ("BEIJING. ... the APEC summit")
                pairs.append((lo, hi, max(ends[a], ends[b])))
    return pairs


# a pluperfect in the clause before a summit's city or series (folded): "had been in", "had attended the", or
# the auxiliaries of French, Spanish, Italian and Portuguese (:data:`history_cues.PLUPERFECT_BEFORE_RE`)
ENGLISH_PLUPERFECT_BEFORE_RE = re.compile(
    r"(?<![a-z])had (?:already )?(?:been|attended|visited|travell?ed|met|gone|come|hosted|held|participated|"
    r"taken part)\s[^.!?;,\n]{0,70}$")


@functools.lru_cache(maxsize=1)
def _last_met_re() -> re.Pattern:
    """The words, in every language listed, that set a meeting of the two sides in the past ("they
    last met", "la dernière fois", "предыдущая встреча": date_words.json "last_met_cues"; folded)."""
    cues = {_fold_word(cue) for words in _words().get("last_met_cues", {}).values() for cue in words}
    return re.compile(rf"(?<![a-z])(?:{'|'.join(sorted(map(re.escape, cues), key=len, reverse=True))})(?![a-z])")


def _told_as_past(text: str, at: int) -> bool:
    """The sentence a series and its city are named together in (from ``at``) opens on a past meeting
    of the two sides ("They last met in Washington in July on the sidelines of the NATO summit"): that
    summit is not the one the report is set at."""
    return _last_met_re().search(_sentence_before(text, at)) is not None


def _told_in_the_pluperfect(text: str, at: int) -> bool:
    """The sentence a series and its city are named together in (from ``at``) tells of it in the
    pluperfect before them ("although Modi had been in Buenos Aires for the G20 Summit in 2018"):
    the report is not set at that summit, though its days may still give a day its year ("Os dois já
    haviam estado juntos na Cúpula … no último fim de semana")."""
    before = _sentence_before(text, at)
    return ENGLISH_PLUPERFECT_BEFORE_RE.search(before) is not None or PLUPERFECT_BEFORE_RE.search(before) is not None


def _sentence_before(text: str, at: int) -> str:
    """The words of ``at``'s sentence before it, folded."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), text.rfind("。", 0, at)) + 1
    return _fold_word(text[start:at])


def _opens_paragraph(text: str, at: int) -> bool:
    """Is a city named at ``at`` the paragraph's dateline (its first words)?"""
    start = text.rfind("\n", 0, at) + 1
    return at - start <= DATELINE_CHARS


def summits_named(text: str, lead_end: int) -> tuple[Summit, ...]:
    """The summits whose series and host city ``text`` names (in its first :data:`SCAN_CHARS`
    characters); ``lead_end``: where its headline and lead end."""
    lowered = unicodedata.normalize("NFC", (text or "")[:SCAN_CHARS]).lower()
    data = _data()
    if not _names_a_series(lowered):
        return ()  # (most reports: no series named, nothing folded or looked for)
    folded = unmarked(lowered)  # (not strip_marks: its cache would keep every text)
    ends: dict[int, int] = {}
    named = data.series.positions(lowered, folded, ends)
    series_at = {key: kept for key, kept in ((key, [at for at in spots if not ATTRIBUTE_RE.match(folded, at)])
                                             for key, spots in named.items()) if kept}
    if not series_at:
        return ()
    place_at = data.places.positions(lowered, folded, ends)
    found = []
    for series, opens, closes, place in data.meetings:
        if series not in series_at or place not in place_at:
            continue
        pairs = _together(lowered, series_at[series], place_at[place], ends)
        past = [_told_as_past(lowered, pair[0]) for pair in pairs]
        together = [pair for pair, told in zip(pairs, past) if not told]
        found.append(Summit(series, data.place_shown[place], data.place_country[place], opens, closes,
                            tuple((lo, end) for lo, _, end in together),
                            bool(together) and min(hi for _, hi, _ in together) < lead_end,
                            min(place_at[place]) < lead_end, min(series_at[series]) < lead_end,
                            bool(pairs) and all(told or _told_in_the_pluperfect(lowered, pair[0])
                                                for pair, told in zip(pairs, past))))
    return tuple(found)


def held_then(window: str, opening: str, when: date) -> str | None:
    """A summit whose series ``window`` (the words of a sentence before a day) names and which was
    held around ``when`` (from the day before it opened to the day after it closed), where
    ``opening`` (the report's headline and lead) names neither that series nor its host city: "Sie
    trafen sich … beim G-20-Gipfel am 10. September 2023" under a lead set in Cairo is an earlier
    meeting's day. Its label, or None."""
    lowered = unicodedata.normalize("NFC", window).lower()
    if not _names_a_series(lowered):
        return None
    data = _data()
    named = data.series.positions(lowered, unmarked(lowered))
    held = [(series, place) for series, opens, closes, place in data.meetings
            if series in named and opens - timedelta(days=DAYS_BEFORE) <= when <= closes + timedelta(days=DAYS_AFTER)]
    if len(held) != 1:
        return None
    series, place = held[0]
    lowered = unicodedata.normalize("NFC", opening).lower()
    folded = unmarked(lowered)
    if series in data.series.positions(lowered, folded) or place in data.places.positions(lowered, folded):
        return None
    return f"{series}, {data.place_shown[place]}"


def series_named(text: str) -> frozenset[str]:
    """The summit series ``text`` names ("G20", "APEC"), with or without a city."""
    lowered = unicodedata.normalize("NFC", text or "").lower()
    return frozenset(_data().series.positions(lowered, unmarked(lowered))) if _names_a_series(lowered) else frozenset()


def summit_spans(text: str, lead_end: int) -> tuple[tuple[tuple[date, date], ...], tuple[tuple[date, date], ...]]:
    """The days (first and last) of the summits ``text``'s headline or lead names with a host city
    ("on the sidelines of the SCO summit in Astana": each summit of that series in that city), and of
    every summit of every series it names, wherever held."""
    named = series_named(text[:SCAN_CHARS])
    if not named:
        return (), ()
    found = summits_named(text, lead_end)
    return (tuple(sorted({(s.opens, s.closes) for s in found if s.in_lead})),
            tuple((opens, closes) for series, opens, closes, _ in _data().meetings if series in named))


@functools.lru_cache(maxsize=4)
def _names_a_series(lowered: str) -> bool:
    """A quick look for any series' name in lower-cased text, before anything is folded. (The same
    opening is looked at again for the linker's features right after the report is read: the last
    answers are kept.)"""
    return any(name in lowered for first, names in _data().series_forms.items() if first in lowered for name in names)


def venue_of(summits: tuple[Summit, ...], day: str | None) -> tuple[str, ...]:
    """The country a report is set in by the summits it names, when its day (ISO) falls around
    them; with no day, the host of the one summit its headline or lead names with its city ("on
    the first day of the G7 … at La Malbaie"): one country, or none."""
    if day is None:
        countries = {s.country for s in summits if s.together and s.in_lead}
        return tuple(countries) if len(countries) == 1 else ()
    when = date.fromisoformat(day)
    countries = {s.country for s in summits if s.first <= when <= s.last}
    return tuple(countries) if len(countries) == 1 else ()


def days_around(summits: tuple[Summit, ...]) -> tuple[str, str] | None:
    """A report that writes no day: the days (ISO, first and last) it can be of, when its headline
    or lead names a summit's series and the text one city of that series, one summit in all ("on the
    first day of the G7 …", then "at La Malbaie"): from :data:`WIDE_DAYS_BEFORE` before it opens (a
    visit to the host first) to the day after it closes."""
    held = {(s.opens - timedelta(days=WIDE_DAYS_BEFORE), s.last) for s in summits
            if s.series_in_lead and not s.told_as_past}  # (not "although Modi had been in Buenos Aires for the G20")
    if len(held) != 1:
        return None
    (first, last), = held
    return first.isoformat(), last.isoformat()


def days_at(summits: tuple[Summit, ...], *, month: int | None = None, day: int | None = None,
            weekday: int | None = None, lead_only: bool = False) -> list[date]:
    """The days around ``summits`` named with their city (and, ``lead_only``, in the lead) with
    that month, day of the month and weekday (each if given),
    from :data:`WIDE_DAYS_BEFORE` before each: the days a visit to the host before the summit can
    fall on (a day that fits two summits so is told by neither; one before a summit's ``first``
    day is not its). When the headline or lead names host cities, only their summits count."""
    days = []
    # (a lead that names a host city sets the report there: a summit in a city named further down
    # only, "the Singapore premier" met next, is not the one)
    lead_cities = {summit.place for summit in summits if summit.place_in_lead}
    for summit in summits:
        if not summit.together or (lead_only and not summit.in_lead) \
                or (lead_cities and summit.place not in lead_cities):
            continue
        d = summit.opens - timedelta(days=WIDE_DAYS_BEFORE)
        while d <= summit.last:
            if (month is None or d.month == month) and (day is None or d.day == day) \
                    and (weekday is None or d.weekday() == weekday):
                days.append(d)
            d += timedelta(days=1)
    return sorted(set(days))
