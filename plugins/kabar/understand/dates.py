"""When did the reported event happen? A pure date reader for news text.

``extract_date(text, lang, url, stamps, lead, captions)`` picks the event date among the
mentions :mod:`date_mentions` finds (in the article's language and English: ``4 Maret [2024]``,
``March 4[, 2024]``, ``4. März 2024``, ``ngày 4 tháng 3 năm 2024``, ``4/3/2024`` as the locale
writes it, ``Chiều 16.4`` and ``Sáng nay, 12-11`` after a cue word, ``2024年3月4日``, ranges whose
start counts, month-years and bare years), by their role:

* **the page's own date** (the anchor): the earliest full date of its publication and update lines
  (``stamps``: a page also shows the day it was viewed, always later), else its URL's date;
* **a day in the headline or lead** (a dateline's day, ``МОСКВА, 29 ноября``, gives way to another
  day in the lead, and is the day a "yesterday" or a weekday after it is read against), with the
  anchor's year when it gives none (a day up to a week after the anchor is announced, not a year
  old; a day more than a month before it takes no year from it: such a page date is the day the
  page was viewed, not written; so is a page date more than two years after the year the text's
  latest full-year figure was reported in); days years before the anchor, or before the latest year
  the text speaks of, are history;
* **a weekday or a relative day in the lead** (``on Wednesday``, ``Rabu sore``, ``yesterday``,
  ``hôm qua``, ``昨日``) read against the anchor: the weekday on or before it, or the day after a
  page dated in a time zone behind the event's;
* **a day further down**, the first near the anchor (a weekday or relative day the body gives
  before it wins); **a photo caption's full date** only on the weekday the lead names; else **the
  anchor** itself.

The anchor, datelines, bylines and the days read against the anchor are :mod:`datelines`'.

A day without a year takes it from the anchor, a dated mention of a nearby month (in the lead; further
down, where a treaty's or the last meeting's day is written, only within a week), a month-year of
its month, the year after a full-year figure (``trade in 2023 reached``) or the year of a
``first six months of 2024``, a marked anniversary or span of years of relations (``50 years of
ties (1973 - 2023)``), a weekday choosing between two such years. A bound alone (``since 2014``,
``will celebrate in 2030``), periods (``2021-2025``), targets (``by 2030``) and names
(``UNCLOS 1982``) support no year: then ``iso`` is None and ``month_day`` keeps the day and month
(and ``weekday`` the weekday) so that the report can still be linked and take its event's year.
A month alone makes up no day.

Nothing here reads the clock or the file system beyond the packaged word list.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from ..record import DateFinding
from .date_language import _Lang, _lang, ambiguous_day_re
from .date_mentions import (
    _Mention,
    _Text,
    _classify,
    _inside,
    _mentions,
    _words_of,
    day_of_month_mentions,
    span_last,
    weekday_before,
)
from .local_times import in_local_time, marked_local
from .country_matcher import base_language, countries_named_in
from .countries import venue_in
from .offices import offices_held, took_office as office_starts
from .date_bounds import told_after
from .datelines import (
    PREVIEW_DAYS,
    WEEKDAY_DAY_RE,
    _Anchor,
    _Relative,
    _yesterday_by_its_weekday,
    weekday_alone,
    _cjk_dateline,
    _is_dateline,
    _near_anchor,
    _publication,
    _stamp_in_office,
    _read_against,
    year_less_stamp_days,
    relative_to_stamp,
    _relative_to_dateline,
    _relatives,
    _shifted_by_relative,
    _weekday_over_day,
    talks_tomorrow,
    talks_weekday,
    today_before,
    WIRE_DAYS_BEFORE,
    WIRE_MARK_RE,
    wire_dateline,
)
from .page_signatures import (_after_byline, _after_citing_word, _after_post_handle, _after_published_label,
                              _cjk_machine_stamp)
from .days_ahead import (AHEAD_DAYS, FUTURE_BEFORE_CHARS, ahead_of, announced_day, before_the_summit, lead_plans,
                         months_ahead, own_day_over, summit_apart, summit_to_come, to_come, told_plainly,
                         visit_announced)
from .photo_days import ARCHIVE_PHOTO_RE, caption_of, photo_of_the_pair
from .office_dates import (HISTORY_BEFORE_OFFICE, PUBLICATION_WINDOW, _at_summit, _in_the_leads_time,
                           _out_of_office, _Setting, _titled_together, _took_office_on)
from .summits import Summit
from .date_years import _evidence, _resolve
from .day_findings import (_day_alone, _day_in_span, _days_written, _finding, _inside_first_span, _on_another_weekday,
                           _span_after, _spans_of, _undated_or_photo, _weekday_of, _with_leads_weekday)
from .met_days import _alone_they_met, _day_they_met, _named_around


WRITTEN_YEAR_SOURCES = frozenset({"lead", "dateline"})  # a year the lead writes with its day: see _in_the_leads_time
FUTURE_BODY_BEFORE_CHARS = 100  # ... a day further down (the lead's day wins over it: see step 3)
# the words before the day a page (or an archive's copy of it) was viewed or updated (folded)
ACCESSED_RE = re.compile(r"(?:accessed|retrieved|abgerufen(?: am)?|consulte le|consultado(?: el| em)?|"
                         r"last updated|last modified|zuletzt aktualisiert)\s*(?:on\s+)?:?\s*(?:[a-z]+,?\s+)?$")
ACCESSED_BEFORE_CHARS = 32
FULL_STOP_RE = re.compile(r"[.!?。](?=\s|$)")  # (folded: a sentence's end, not a line's)
STALE_FIGURE_YEARS = 2  # a page dated more years than this after the year its latest figure was reported in
CAPTION_WEEKDAY_GAP = 3  # characters between a caption's weekday and its date (", ")
# "four years after", "vier Jahre nach", "quatre ans après", "cuatro años después", "quattro anni dopo",
# "спустя четыре года" (folded): the report's time N years after a day it names (that day is history)
NUMBER_WORDS = {w: n for n, words in enumerate((
    (), ("one", "ein", "einem", "un", "uno", "um", "odin"), ("two", "zwei", "deux", "dos", "due", "dois", "dva"),
    ("three", "drei", "trois", "tres", "tre", "tri"), ("four", "vier", "quatre", "cuatro", "quattro", "quatro", "chetyre"),
    ("five", "funf", "cinq", "cinco", "cinque", "piat'", "pyat'"), ("six", "sechs", "seis", "sei", "shest'"),
    ("seven", "sieben", "sept", "siete", "sette", "sete", "sem'"), ("eight", "acht", "huit", "ocho", "otto", "oito", "vosem'"),
    ("nine", "neun", "neuf", "nueve", "nove", "deviat'"), ("ten", "zehn", "dix", "diez", "dieci", "dez", "desiat'"),
)) for w in words}
_NUMBER = r"(?:\d{1,2}|" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)) + ")"
# a visit, in the words of the languages whose venues :func:`countries.venue_in` reads (the original text)
VISIT_WORD_RE = re.compile(r"(?i:\bvisit\w*|besuch\w*|\bbezoek\w*|\bkunjungan|\bziyaret\w*|визит\w*|\bwizyt\w*|"
                           r"\bnávštěv\w*|\bchuyến thăm)|زيار|سفر")  # ("visita", "visite", "Staatsbesuch" …)
VISIT_AFTER_DAY_LANGUAGES = frozenset({"tr"})  # (the place and the visit after the day: "14 Şubat'ta Kahire'ye … ziyaret")
VISIT_AFTER_DAY_CHARS = 80
YEARS_AFTER_RE = re.compile(
    rf"(?<![\w'])(?:(?P<n>{_NUMBER})\s+(?:years?|jahre?n?|ans|anos|anni|goda|god|let|yil(?:in|dan)?)\s+"
    r"(?:after|later|nach|apres|despues|depois|dopo|posle|ardindan|sonra)"
    rf"|(?:spust[iy]a|setelah|selepas)\s+(?P<m>{_NUMBER})\s+(?:goda|god|let|tahun))(?![\w'])")


# --- the entry point -------------------------------------------------------------------------


# --- the event date: candidates with roles ---------------------------------------------------

TARGET_BEFORE_CHARS = 30  # "by", "until", "bis" this close before a day makes it a deadline
def _lead_span(t: _Text, lead: str | None) -> tuple[int, int]:
    """Folded offsets of the headline and the lead."""
    title_end = t.folded.find("\n")
    end = len(t.folded) if title_end < 0 else title_end
    if lead:
        at = t.orig.find(lead)
        if at >= 0:
            end = t.to_folded(at + len(lead))
    return 0, end


def _opening_end(t: _Text) -> int:
    """Folded offset of the end of the text's opening: its first line (a headline, or the site's
    name) and the first sentence ended by a full stop after it (the lead's, past any chrome lines)."""
    title_end = t.folded.find("\n")
    if title_end < 0:
        return len(t.folded)
    stop = FULL_STOP_RE.search(t.folded, title_end)
    return stop.end() if stop is not None else len(t.folded)




def extract_date(text: str, lang: str | None, url: str | None = None, stamps: tuple[str, ...] = (),
                 lead: str | None = None, captions: tuple[str, ...] = (),
                 countries: tuple[str, ...] = (),
                 in_office: tuple[tuple[date, date], ...] | None = None,
                 summits: tuple[Summit, ...] = (),
                 named: Callable[[int, int], frozenset[str]] | None = None,
                 leaders: tuple[tuple[int, str], ...] = (),
                 titled_terms: tuple[tuple[date, date], ...] | None = None, written: bool = False,
                 today: tuple[str, ...] = (), elsewhere: tuple[str, ...] = (), here: tuple[str, ...] = (),
                 set_in: tuple[str, ...] = ()) -> DateFinding:
    """The event date of an article: see the module docstring for the rules.

    ``text`` is the headline and body; ``stamps`` the page's publication and update lines;
    ``today`` its header's "today" lines (the day it was viewed, or written: its own day when no
    stamp gives one and the lead's weekday is that day's, "Monday, June 18, 2018" over "met … in
    Amman Monday");
    ``lead`` its first paragraph (where the event's own date is written); ``captions`` its photo
    captions (a photo is often of another day: their days are not candidates); ``countries`` the
    countries it is about (whose national days' anniversaries tell a year); ``in_office`` when
    the leaders its lead names held office together (:func:`offices.in_office_together`): a day
    and month, with their weekday if given, that fall once in that time have their year;
    ``summits`` the summits it is set at (:func:`summits.summits_named`): a day and month, a day
    of the month alone or (the lead naming the summit) a weekday alone that falls once in the
    days around them is dated (how: ``summit``); ``named(start, end)`` the countries ``text``
    names between two offsets (by name, or by the people who act for them): when the lead's day
    is of one side of the pair only, the day a few days later when the text names the other is
    the pair's (:func:`_day_they_met`); ``leaders``: (offset in ``text``, id) of each listed
    leader it names: a day and month of congratulations on an appointment or an election falls
    soon after (or before) a day one of them took office, one of a leader-elect before it
    (:mod:`office_dates`); ``titled_terms``: when the one leader the lead names held the office its
    title gives (the page's date after that is a later viewing, as for ``in_office``); ``written``:
    a report left without a day keeps the days and months it writes (:func:`_days_written`);
    ``elsewhere``: the captions of photos taken in another country than the one the headline and lead
    set the meeting in ("… in Kuala Lumpur, Malaysia, Monday, Oct. 27, 2025" over talks in South
    Korea): their days are none of the report's; ``here``: those taken in the country they set it in;
    ``set_in``: the countries the headline and lead set the meeting in (a day further down whose
    sentence sets a visit in the pair's other country is another meeting's: :func:`_visit_elsewhere`)."""
    t = _Text(unicodedata.normalize("NFC", text or ""))
    lx = _lang(lang)
    mentions = _mentions(t, lx)
    found = _event_date(t, lx, mentions, lang, url, stamps, lead, captions, countries, in_office, summits, named,
                        leaders, titled_terms, today, elsewhere, here, set_in, wire=False)
    if found.iso is not None and WIRE_MARK_RE.search(t.orig) is not None:
        # a press-release wire's dateline ("ABU DHABI, UAE, Nov. 22, 2025 /CNW/ -") is when the release went
        # out: the day the lead writes a few days before it ("met on November 20") is the meeting's, when,
        # read so, it dates the report in the dateline's year, within a week before it; else the dateline's
        # day stands
        wired = _event_date(t, lx, _mentions(t, lx), lang, url, stamps, lead, captions, countries, in_office,
                            summits, named, leaders, titled_terms, today, elsewhere, here, set_in, wire=True)
        if wired.iso is not None and wired.iso[:4] == found.iso[:4] and timedelta(0) < (
                date.fromisoformat(found.iso) - date.fromisoformat(wired.iso)) <= timedelta(days=WIRE_DAYS_BEFORE):
            found = wired
    hi = _lead_span(t, lead)[1]
    if found.iso is not None and not _in_the_leads_time(t, date.fromisoformat(found.iso), hi, leaders,
                                                        getattr(named, "roles", None) or {},
                                                        written_year=not found.year_inferred
                                                        and found.how in WRITTEN_YEAR_SOURCES):
        found = DateFinding(None, found.evidence, False, "none", published=found.published)
    found = talks_tomorrow(t, lx, found, hi, named, countries)
    if found.how == "publication" and found.iso is not None and lead and (ambiguous := ambiguous_day_re(lang)) \
            and ambiguous.search(lead):
        # ("राष्ट्रपति ने कल … मुलाकात की": yesterday, or tomorrow; either way not the page's own day)
        found = replace(found, iso=None, how="none", published=found.iso)
    if found.how == "page":  # (the page's own day alone: no event date; "tomorrow" after it is one)
        found = replace(found, how="relative") if found.iso != found.published else \
            replace(found, iso=None, published=found.iso)
    if written and found.iso is None and found.month_day is None and found.day_of_month is None:
        # (not, past the lead, the day a leader the text names took office: "desde que assumiu em 1° de janeiro")
        inaugurations = {(start.month, start.day) for _, who in leaders for start in office_starts(who)}
        found = replace(found, written=_days_written(t, [m for m in mentions if m.start < hi
                                                         or (m.month, m.day) not in inaugurations], captions,
                                                   lx.future_re))
    if found.iso is None:
        found = replace(found, after=told_after(t, lx, mentions))
    return found


def _weekday_of_the_day(t: _Text, m: _Mention, told: list[_Relative]) -> int | None:
    """The weekday the lead writes with the very day of ``m`` in brackets ("12 FEV" … "nesta
    segunda-feira (12)", "4 March" … "on Monday (4)"): that day's weekday, when the lead names one
    weekday only; else None."""
    if m.day is None or len({rel.weekday for rel in told}) != 1:
        return None
    for rel in told:
        written = WEEKDAY_DAY_RE.match(t.folded, rel.end)
        if written is not None and int(written.group(1)) == m.day:
            return rel.weekday
    return None


def _today_on_the_leads_weekday(t: _Text, lx: _Lang, lang: str | None, today: tuple[str, ...], lo: int, hi: int,
                                 mentions: list[_Mention]) -> _Anchor | None:
    """The day of the header's "today" line (the earliest, if several) as the page's own, when it falls on
    the weekday the lead names first ("Monday, June 18, 2018" over "met … in Amman Monday"): a page
    viewed on another day falls on that weekday once in seven. None otherwise, and where the lead
    writes a day of the month, or the years the text writes are all before the header's."""
    shown = _publication(today, lx, None)
    if shown is None:
        return None
    if any(m.kind == "day" and lo <= m.start < hi for m in mentions):
        return None  # (the lead writes its day, "SINGAPORE, May 26 -": the header's day is the viewing's)
    years = [m.year for m in mentions if m.year is not None]
    if years and max(years) < shown.day.year - 1:
        return None  # (the years the text writes are all before the header's: "last met on 21 July 2012")
    # (a weekday told as to come too: "will meet on Monday" on a page of that Monday is that day's)
    weekdays = [rel for rel in _relatives(t, lang, lo, hi, mentions) if rel.weekday is not None]
    if not weekdays or weekdays[0].weekday != shown.day.weekday():
        return None
    return _Anchor(shown.day, shown.words, "publication")


def _event_date(t: _Text, lx: _Lang, mentions: list[_Mention], lang: str | None, url: str | None,
                stamps: tuple[str, ...], lead: str | None, captions: tuple[str, ...], countries: tuple[str, ...],
                in_office: tuple[tuple[date, date], ...] | None, summits: tuple[Summit, ...],
                named: Callable[[int, int], frozenset[str]] | None, leaders: tuple[tuple[int, str], ...],
                titled_terms: tuple[tuple[date, date], ...] | None, today: tuple[str, ...] = (),
                elsewhere: tuple[str, ...] = (), here: tuple[str, ...] = (),
                set_in: tuple[str, ...] = (), wire: bool = True) -> DateFinding:
    """:func:`extract_date`'s rules, on the text read once (``wire``: a wire's dateline may be one,
    :func:`wire_dateline`)."""
    lo, hi = _lead_span(t, lead)
    _classify(t, lx, mentions, _opening_end(t))
    anchor = _publication(stamps, lx, url) or _stamp_in_office(stamps, in_office) \
        or (_today_on_the_leads_weekday(t, lx, lang, today, lo, hi, mentions) if today else None)
    # a full date right after a byline ("by GTP editing team 8 December 2017"), or a publication label
    # on a line that runs on into the text ("發佈時間:2024-05-30 … 新華社北京5月29日電"), is when the
    # page was written, not the event's: the page's date when no publication line gives one
    # (… as is an embedded post's, "— A Name (@handle) August 26, 2018": the latest such, for the page
    #  was written on or after it)
    bylined = [m for m in mentions if m.kind == "day" and m.year is not None and m.when is not None
               and (_after_byline(t, m) or _after_published_label(t, m) or _cjk_machine_stamp(t, m, lang)
                    or (lang or "").split("-")[0] == "id" and _after_citing_word(t, m))]
    posted = sorted((m for m in mentions if m.kind == "day" and m.year is not None and m.when is not None
                     and _after_post_handle(t, m)), key=lambda m: m.when)
    if posted:
        if anchor is None and not bylined:
            anchor = _Anchor(posted[-1].when, t.orig_span(posted[-1].start, posted[-1].end).strip(), "publication")
        for m in posted:  # (kept as no candidate, its weekday with it, "@jokowi pada Senin, 1 November 2021":
            m.since = m.period = True  # no weekday of the lead's, the post's day, not the meeting's)
            written_weekday = weekday_before(t, lx, m.start)
            if written_weekday is not None:
                m.ev_start = written_weekday[1]
    if bylined:
        if anchor is None:
            anchor = _Anchor(bylined[0].when, t.orig_span(bylined[0].start, bylined[0].end).strip(), "publication")
        mentions = [m for m in mentions if m not in bylined]
    in_captions = _spans_of(t, captions)
    taken_elsewhere = _spans_of(t, elsewhere) if elsewhere else []
    taken_here = _spans_of(t, here) if here else []
    latest = max((m.year for m in mentions if m.year is not None and m.kind != "year" and not m.period
                  and not m.range_end and m.ctx not in ("future", "name", "period")
                  and not t.future_sentence(m.start, lx.future_re)),
                 default=None)  # (a bare year may be a plan; a range's end belongs to its start; "who
    # will become emperor in May 2019" is no later year the text tells of)
    # (the latest bare year each sentence tells as past: a day of an earlier year in that sentence is history)
    past_year_in: dict[int, int] = {}
    for m in mentions:
        if m.kind == "year" and m.year is not None and not m.period and not m.range_end \
                and m.ctx in ("past", "past-strong") and not t.future_sentence(m.start, lx.future_re):
            at = t.sentence(m.start)[0]
            past_year_in[at] = max(m.year, past_year_in.get(at, m.year))
    # a summit held before a year the text speaks of as past is not the one it is set at
    # (a dated day, or a bare year told as past: "trade reached $5 billion in 2018")
    spoken = max((m.year for m in mentions if m.year is not None and not m.period and not m.range_end
                  and (m.ctx in ("past", "past-strong") if m.kind == "year" else
                       m.ctx not in ("future", "name", "period"))), default=None)
    # (nor one the text looks ahead or back to: "May's G7 summit in Hiroshima", "next year's")
    at = _Setting(in_office, tuple(s for s in summits if (spoken is None or s.opens.year >= spoken)
                                   and not summit_apart(t, lx, s)),
                  tuple((t.to_folded(at_), who) for at_, who in leaders), hi, getattr(named, "in_office", None),
                  titled_terms if in_office is None else None)
    if anchor is not None and (_out_of_office(anchor.day, at) or in_office is None and titled_terms
                               and _out_of_office(anchor.day, replace(at, in_office=titled_terms))):
        # the page's date falls when the leaders its lead names were not in office together: the day
        # the page was viewed ("6 June 2024" over a report of Mahathir and Prayut), not written
        anchor = None
    # a photo's day lends no year either (an archive photo of another visit)
    ev = _evidence(t, lx, lang, [m for m in mentions if not (m.kind == "day" and _inside(m, in_captions))],
                   anchor, countries, lead_end=hi, history_before=latest, in_office=in_office)
    if anchor is not None and ev.statistic is not None and anchor.day.year > ev.statistic + STALE_FIGURE_YEARS:
        # the page's date is years after the latest full-year figure the text reports ("trade
        # reached $5 billion in 2018"): the day the page was viewed, not written; it dates nothing
        anchor, ev = None, replace(ev, latest=None)
    if ev.anniversary is not None and any(x.opens.year == ev.anniversary for x in at.summits):
        # the year an anniversary is marked in tells which of a series' summits in one city it is
        at = replace(at, summits=tuple(x for x in at.summits if x.opens.year == ev.anniversary))
    published = anchor.day.isoformat() if anchor is not None else None
    # (the latest first day in office of the leaders the headline and lead name with the title of an
    #  office they held: "Prime Minister Shinzo Abe"; not a namesake, "Deputy Foreign Minister
    #  Sugiono Santoso", or "Thai Foreign Minister Anutin …" when the listed Anutin never was one)
    titled = getattr(named, "roles", None) or {}
    first_in_office = max((starts[0] for starts in (office_starts(who) for at_, who in at.leaders
                                                    if at_ < hi and titled.get(who) in offices_held(who))
                           if starts), default=None)
    together = _titled_together(at.leaders, hi, titled)
    candidates, of_photos = [], []
    for m in mentions:
        if m.kind != "day" or m.period or m.range_end or m.since:
            continue
        if m.year is not None and latest is not None and m.year < latest:
            continue  # a day of a year before the latest the text speaks of: history
        if m.year is not None and past_year_in and past_year_in.get(t.sentence(m.start)[0], m.year) > m.year:
            continue  # ... or than a year its own sentence tells as past: "la plaza fue bautizada en 2017, un año
            #           después del fallecimiento del líder el 25 de noviembre de 2016"
        if m.year is not None and m.when is not None and first_in_office is not None \
                and m.when < first_in_office - HISTORY_BEFORE_OFFICE:
            continue  # a day long before a leader the lead names first held office: history
        written_weekday = weekday_before(t, lx, m.start) if m.year is not None and m.when is not None else None
        if written_weekday is not None and written_weekday[0] != m.when.weekday():
            continue  # a weekday its date does not fall on: one of the two is a slip ("Jumat (10/5/2017)", a
            #           Wednesday), and the page often writes the day again right ("Jumat (12/5/2017)")
        if m.year is not None and m.when is not None and together \
                and m.when < min(start for start, _ in together) - HISTORY_BEFORE_OFFICE:
            continue  # ... or long before the leaders the lead names with their titles first held office together
        if m.year is not None and m.when is not None and anchor is not None and m.when > anchor.day + AHEAD_DAYS \
                and (t.future_sentence(m.start, lx.future_re)
                     or lx.target_re is not None and lx.target_re.search(t.folded, max(0, m.start - TARGET_BEFORE_CHARS), m.start)):
            continue  # a day months or years after the page's own, told as to come: a plan or a target
            #           ("will double trade by 31 December 2025")
        if ACCESSED_RE.search(t.folded, max(0, m.start - ACCESSED_BEFORE_CHARS), m.start):
            continue  # the day a copy of the page was viewed or updated ("[accessed 19 May 2023]",
            #           "Last Updated: Wednesday, 17 May 2023" over a report of 27 February 2017)
        if elsewhere and _inside(m, taken_elsewhere):
            continue  # (a photo taken in another country: of another meeting)
        (of_photos if _inside(m, in_captions) else candidates).append(m)
    after = _years_after(t, hi)
    if after is not None:  # "Vier Jahre nach der Katastrophe … am 11. März 2011": that day is history
        years = {m.year for m in candidates if m.year is not None}
        # (unless a year the text names is that many years before it: "70 years after the ties of 1950")
        written = {m.year for m in mentions if m.year is not None}
        candidates = [m for m in candidates if m.year is None or any(y >= m.year + after - 1 for y in years)
                      or any(y + after in (m.year, m.year + 1) for y in written)]
    in_lead = [m for m in candidates if m.start < hi]
    datelines = [m for m in in_lead if _is_dateline(t, m) or wire and wire_dateline(t, m, in_lead)]

    # 0. Chinese, Japanese and Korean leads name the event's day alone ("19日午後", "9일"), and
    #    other days (a summit to come, "12月15日に行う") with their month: a day alone that comes
    #    first is the event's (1b), whatever the lead names after it
    # (not a photo's, between the headline and the lead, when the lead writes one: "… 26일 오전(현지시간) …
    #  환담하고 있다. (출처: 연합뉴스)", last year's talks in New York over a report of the state visit on the 29th)
    alone = day_of_month_mentions(t, lang, lo, hi, mentions)
    alone = _inside_first_span([a for a in alone if not any(x <= a[0] < y for x, y in in_captions)] or alone)
    # (the days the page's year-less stamps write, whose month a day alone may take, and against which
    #  the lead's "today" is read (1c): read once)
    stamp_days = year_less_stamp_days(stamps, lx) if anchor is None and stamps else ()
    local = next((a for a in alone if in_local_time(t, a)), None)
    if local is not None and local[2] != alone[0][2]:
        # "…5일 정상회담 / 현지시간 4일…": the day where they met before the home country's day
        alone = [local, *(a for a in alone if a is not local)]
    if alone and _cjk_dateline(t, alone[0][0], alone[0][1]) and any(
            not rel.future and rel.offset != 0 for rel in _relatives(t, lang, alone[0][1], hi, mentions)):
        alone = alone[1:]  # "(德黑蘭24日綜合電)習近平周六…": the day written, not the Saturday it tells of
        #                    (but "(新加坡7日讯)…今日在新加坡举行": today is the dateline's day)
    # (a dateline does not come first: "北京11月17日电 当地时间周五(16日)" — it lends its month)
    if alone and all(alone[0][0] < m.start for m in in_lead if m not in datelines):
        found = _day_alone(t, alone[0], candidates, ev, anchor, published, of_photos, at, datelines, stamp_days)
        if found is not None:
            return _alone_they_met(t, lang, lx, alone[0], found, candidates, mentions, hi, countries, named,
                                   page_day=anchor.day if anchor is not None else None)

    # 1. a day written in the headline or the lead (past the dateline, which tells when the report
    #    was written: it is the event's day only when the lead names no other)
    # (a day the lead writes with its weekday, "mardi 9 août", is the event's before one without:
    #  "depuis le putsch manqué du 15 juillet" is background)
    # (… and one written as the local time where they met before the home country's: "September 20,
    #  2:07 a.m. (September 19, 1:07 p.m. local time)")
    # (… but not before a span of days the lead writes first, when it is one of the days just before
    #  it: "stattet am 23. und 24. Mai 2023 Indonesien einen Besuch ab … laut Pressemitteilung am Montag,
    #  den 22. Mai": the announcement's day)
    spanned = next((m for m in in_lead if m not in datelines and m.to is not None), None)
    for m in sorted((m for m in in_lead if m not in datelines),
                    key=lambda m: (not marked_local(t, m, in_lead),
                                   m.weekday is None or _span_after(spanned, m))) + datelines:
        if anchor is None and m.year is None and to_come(t, lx, m, FUTURE_BEFORE_CHARS) \
                and not visit_announced(t, m, lo, countries, named) and not today_before(t, lang, m):
            continue  # "… Dilma poderá ir a Washington em 30 de junho": a visit to come, not the event
        if _of_others(t, m, named, countries, lang):
            continue  # "On Friday, February 24, 2023, US First Lady … arrived in Kenya", a standfirst's line
            #           on a report of the Italian president's visit to Kenya: another visit's day
        if _took_office_on(m, at):
            continue  # "… sejak beliau menerajui … sebagai Perdana Menteri pada 10 Mei": his first day in office
            #           ("… since Rodrigo Duterte held the presidential post on June 30, 2016")
        when, inferred = (_near_anchor(m, anchor.day), m.year is None) if anchor else _resolve(m, ev)
        if anchor is None and when is not None and m not in datelines \
                and own_day_over(t, lx, m, when, mentions) is not None:
            continue  # (the lead's "conference on 10-11 October 2018", the body's "met on Tuesday (13/3/2018)")
        if anchor is not None and when is not None and when > anchor.day and m not in datelines \
                and t.future_sentence(m.start, lx.future_re) and not lead_plans(t, lx, lo, hi, in_captions):
            continue  # "received … his press chief said. … will also attend the August 20 celebrations",
            #           written on the 19th, its headline told as done: a day to come is another's
        if anchor is not None and m.year is None and m not in datelines and ahead_of(m, anchor.day) \
                and any(not rel.future for rel in _relatives(t, lang, lo, hi, mentions)):
            continue  # "… agreed on Tuesday to make the summit on June 12 a success", written on 23 May:
            #           a day weeks after the page's own is another event to come; the lead's weekday (2)
            #           is the report's
        if when is not None and anchor is not None and m.year is None \
                and not anchor.day - PUBLICATION_WINDOW <= when <= anchor.day + PREVIEW_DAYS:
            # a day and month months before the page's date: that date is not when the report
            # was written (a page viewed long after), so it lends no year; the text's own
            # evidence (a nearby dated day, a figure's year) may still give one
            if months_ahead(m, anchor.day) and to_come(t, lx, m, FUTURE_BODY_BEFORE_CHARS):
                continue  # (… or months after it, in a sentence that says it is to come: no report
                #           announces its event that far ahead: "a visita prevista do novo pontífice
                #           ao Rio de Janeiro, de 23 a 28 de julho" written on 20 March)
            when, inferred = _resolve(m, replace(ev, latest=None))
            if when is None:
                return _undated_or_photo(t, m, at, of_photos, in_captions, "dateline" if m in datelines else "lead",
                                         published, mentions, hi)
        held = None  # (a day and month whose year the summit the report is set at gives)
        if when is None and anchor is None:
            held = at.summit_day(month=m.month, day=m.day, weekday=m.weekday) if m.month is not None else None
            if held is not None and before_the_summit(t, m):
                continue  # (the summit's days, the meeting set before it: "talks Wednesday next week, ahead of
                #           their plans to take part in the G7 meeting in Japan from May 19-21")
            if held is None:
                if m in datelines and m.weekday is None:  # "CARACAS, Dec 4 - ... met yesterday": the 3rd
                    m = _shifted_by_relative(t, lang, m, hi, mentions)
                found = _undated_or_photo(t, m, at, of_photos, in_captions, "dateline" if m in datelines else "lead",
                                          published, mentions, hi)
                ahead = announced_day(t, lx, m, date.fromisoformat(found.iso), in_lead) if found.iso else None
                if ahead is not None:  # (the year from the leaders' time together, as the announcement's)
                    return _finding(t, ahead[0], ahead[1], True, "lead", published)
                if m in datelines and m.weekday is None and found.iso is not None and found.around is None:
                    # (a dateline's day whose year the leaders' time gave is still the day the report
                    #  was filed: "Sao Paulo, May 5 (Jiji Press)--… will visit Japan from Friday")
                    told = _relative_to_dateline(t, lang, m, date.fromisoformat(found.iso), hi, mentions)
                    if told is not None:
                        return DateFinding(told[0].isoformat(), f"{told[1].rsplit(' (', 1)[0]} ({found.evidence})", True, told[2],
                                           published=published)
                told = [rel for rel in _relatives(t, lang, lo, hi, mentions)
                        if rel.weekday is not None and not rel.future]
                if m.weekday is None and told and _on_another_weekday(found, told[0].weekday):
                    return DateFinding(None, t.orig_span(told[0].start, told[0].end).strip(), False, "none",
                                       weekday=told[0].weekday, published=published)
                on_it = _weekday_of_the_day(t, m, told) if found.iso is None and found.month_day is not None else None
                if on_it is not None:
                    # ("ROMA, 12 FEV (ANSA) - … recebeu nesta segunda-feira (12)": the lead writes the day's
                    #  weekday, which picks its year among the leaders' years together)
                    again = _undated_or_photo(t, replace(m, weekday=on_it), at, of_photos, in_captions,
                                              "dateline" if m in datelines else "lead", published, mentions, hi)
                    if again.iso is not None:
                        return again
                # (a dateline's day is when the report was written: the lead's weekday after it is the
                #  event's, on or before that day: "Accra, July 3 (IANS) … on Wednesday, held talks")
                return _with_leads_weekday(found, told, len(t.folded) if m in datelines else m.start) \
                    if m.weekday is None else found
            when, inferred = held[0], True
        if when is None:
            continue
        if anchor is not None and m.year is not None and m.year < anchor.day.year - 1:
            continue  # a day years before the report: history, not the event
        if m in datelines and m.weekday in (None, when.weekday()):  # "MOSCOW, Feb. 9 - ... met yesterday / on Friday"
            told = _relative_to_dateline(t, lang, m, when, hi, mentions)
            if told is not None:
                return DateFinding(told[0].isoformat(), _at_summit(told[1], held), True,
                                   "summit" if held else told[2], published=published)
        if m.year is not None and m not in datelines and m.weekday is None:
            told = _yesterday_by_its_weekday(t, lang, m, when, hi, mentions)
            if told is not None:
                return DateFinding(told[0].isoformat(), told[1], True, "relative", published=published)
        shifted = _weekday_over_day(t, lang, lo, m, when, mentions)
        if shifted == "another":
            continue  # (the weekday the lead names days from it: that day is another one's)
        if shifted is not None:
            return DateFinding(shifted[0].isoformat(), _at_summit(shifted[1], held), True,
                               "summit" if held else "weekday", published=published)
        if held is not None:
            return DateFinding(when.isoformat(), _at_summit(_words_of(t, m), held), True, "summit",
                               published=published)
        if named is not None and len(countries) == 2 and m not in datelines:
            met = _day_they_met(t, lang, lx, m, when, candidates, mentions, hi, countries, named)
            if met is not None:
                return DateFinding(met[0].isoformat(), met[1], True, "lead", published=published)
        ahead = announced_day(t, lx, m, when, in_lead)
        if ahead is not None:  # ("announced on Friday 8 September that the emir will visit Berlin on 15 September")
            return _finding(t, ahead[0], ahead[1], ahead[0].year is None, "lead", published)
        inside = _day_in_span(t, m, when, mentions, hi) if m not in datelines else None
        if inside is not None:  # "… from 20 to 23 June …  on Monday morning (21 June) the talks": that day
            return DateFinding(inside[0].isoformat(), inside[1], inferred or inside[2], inside[3], published=published)
        return _finding(t, m, when, inferred, "dateline" if m in datelines else "lead", published)

    # 1b. a day of the month alone in the lead ("15日", "9일")
    if alone:
        found = _day_alone(t, alone[0], candidates, ev, anchor, published, of_photos, at, datelines, stamp_days)
        if found is not None:
            return _alone_they_met(t, lang, lx, alone[0], found, candidates, mentions, hi, countries, named)

    # 1c. no year anywhere: the lead's "today" or "yesterday" read against the page's year-less day
    if anchor is None:
        found = relative_to_stamp(t, lang, lo, hi, mentions, stamp_days, published)
        if found is not None:
            return found

    # 2. a weekday or a relative day in the lead, read against the report's own date
    #    (the lead's before a photo's between the headline and the lead: "Merkel am Donnerstag in
    #    Ghana. (Foto: AFP)" over "… schließt ihre Reise am Freitag … ab")
    if anchor is not None:
        # (not a plan a photo's caption tells: "… will attend the summit on Thursday. / AA")
        told = _pair_stop_first(t, sorted((rel for rel in _relatives(t, lang, lo, hi, mentions)
                                           if not (rel.future and _inside(rel, in_captions))),
                                          key=lambda rel: (_inside(rel, in_captions), rel.next_week)), countries, lang)
        if told:  # ("… before the summit on Wednesday and Thursday next, … the meeting on Sunday": Sunday)
            first = told[0]
            if first.weekday is not None and not first.future and any(
                    rel.weekday == first.weekday and rel.future for rel in told[1:]):
                first = replace(first, future=True)  # (a headline's "en visite dimanche" over "est attendue dimanche")
            if first.future and first.weekday is not None and summit_to_come(t, first):
                # (the summit's day to come: "Às vésperas da Cúpula do BRICS, prevista para este domingo (6)";
                #  the talks the lead tells of are on the day further down: "Neste sábado (5), Lula conversou …",
                #  a weekday read against the page's date, or a day of the body's (3))
                since = next((rel for rel in _relatives(t, lang, hi, len(t.folded), mentions)
                              if rel.weekday is not None and not rel.future and not _inside(rel, in_captions)), None)
                if since is not None:
                    return _read_against(t, since, anchor, published)
            else:
                return _read_against(t, first, anchor, published)

    # 3. a day further down the text: the first within the month before the report's date
    # (not a leader's first day in office: "… desde que López Obrador asumió su cargo el pasado 1 de diciembre
    #  de 2018"; nor another country's people's day)
    # (nor a day whose sentence sets a visit in the pair's other country than the lead's: "the declaration
    #  signed during Erdoğan's visit to Cairo on 14 February 2024", in a report of talks in Ankara)
    rest = [m for m in candidates if m.start >= hi
            and not _took_office_on(m, at) and not _of_others(t, m, named, countries, lang)
            and not _visit_elsewhere(t, m, countries, set_in, lang)]
    if anchor is not None:
        # a weekday or relative day the body gives before that day is the event's ("talks ... on
        # Saturday", then "a tour that began on January 19"); one alone, no day after it, is not
        # surer than the page's own date (4)
        for m in rest:
            when = _near_anchor(m, anchor.day)
            if when is not None and when > anchor.day and t.future_sentence(m.start, lx.future_re):
                continue  # "the parade, which will be held on 9 May", written on the 8th: not yet
            if when is not None and anchor.day - PUBLICATION_WINDOW <= when <= anchor.day + PREVIEW_DAYS:
                told = next((rel for rel in _relatives(t, lang, hi, m.start, mentions)
                             if not rel.future and not _inside(rel, in_captions)), None)
                if told is None or m.start < told.start:
                    if named is not None and len(countries) == 2:
                        # (an arrival, then the talks a day or two later with the other side, further
                        #  down too: "26日、安倍総理はアスタナを訪問しました。翌27日、…大統領と会談")
                        met = _day_they_met(t, lang, lx, m, when, candidates, mentions, m.end, countries, named)
                        if met is not None:
                            return DateFinding(met[0].isoformat(), met[1], True, "body", published=published)
                    return _finding(t, m, when, m.year is None, "body", published)
                return _read_against(t, told, anchor, published)
        # 4. nothing else: the weekday of the talks further down, else the report's own date
        # (not when the body writes the days of a visit, without a year, that ended weeks before the page's
        #  date: "на държавно посещение от 1 до 5 юли" under a header's "25 Август 2025 … 17:35", the day
        #  the page was viewed, or written long after; the page's date is not the talks' day, and it lends
        #  the days no year)
        # ("rest" holds no caption's day: those are "of_photos")
        stale = next((m for m in rest if m.kind == "day" and m.to is not None and m.year is None
                      and (when := _near_anchor(m, anchor.day)) is not None
                      and (last := span_last(m, when)) is not None and last < anchor.day - PUBLICATION_WINDOW), None)
        if stale is not None:
            return _undated_or_photo(t, stale, at, of_photos, in_captions, "body", published, mentions, hi)
        talks = talks_weekday(t, lang, lx, hi, anchor, mentions, in_captions, published)
        if talks is not None:
            return talks
        # (… shown as the event's only when its line shows it was written later that day: else it is
        #  a day to link on, "page", that extract_date keeps as the publication date alone)
        return DateFinding(anchor.day.isoformat(), anchor.words, False,
                           anchor.how if anchor.tells_the_day else "page", published=published)
    # no day at all: the weekday the lead names ("on Tuesday") still tells which event it can be
    weekdays = _pair_stop_first(t, sorted((rel for rel in _relatives(t, lang, lo, hi, mentions) if rel.weekday is not None
                                           and not rel.future and not (elsewhere and _inside(rel, taken_elsewhere))
                                           and not _of_others(t, rel, named, countries, lang)),
                                          key=lambda rel: _inside(rel, in_captions)), countries, lang)  # (a photo's last)
    # a day further down on another weekday than the lead's is another day ("met on Saturday …
    # his visit to Manila starting Sunday, November 12")
    # ... nor one the body says is still to come ("met on Friday" … "will attend the expo on November 5")
    # ... nor a full date on another weekday ("on Thursday" … "the minister's visit of 23 January 2017")
    # ... nor a day and month its sentence says is to come ("… que receberá Dilma em Washington … em 30
    # de junho"): without a year it would be placed on a day of that visit
    rest = [m for m in rest if not (weekdays and (_weekday_of(m) not in (None, weekdays[0].weekday)
                                                  or t.future_sentence(m.start, lx.future_re)))
            and not (m.year is None and to_come(t, lx, m, FUTURE_BODY_BEFORE_CHARS))]
    if rest:
        m, (when, inferred) = rest[0], _resolve(rest[0], ev)
        over = own_day_over(t, lx, m, when, rest[1:]) if when is not None else None
        if over is not None:  # (a day written after the one the text gives on its weekday, and later: a plan)
            m, (when, inferred) = over, _resolve(over, ev)
        found = _undated_or_photo(t, m, at, of_photos, in_captions, "body", published, mentions, hi) if when is None else \
            _finding(t, m, when, inferred, "body", published)
        # (the lead's weekday told as to come too: "will host … on Thursday" … "the talks during her visit
        #  on 16 December", a Monday in the year its two leaders were in office)
        planned = weekdays or [rel for rel in _relatives(t, lang, lo, hi, mentions) if rel.weekday is not None
                               and rel.future and not _inside(rel, in_captions)]
        if not (planned and _on_another_weekday(found, planned[0].weekday)):
            return _with_leads_weekday(found, weekdays, m.start)
    # a photo's caption is often of another day: its full date only when it is the lead's weekday,
    # or, the lead naming none, when the caption writes its weekday and the body names that day
    # ("… meet in Lima on Saturday" and "… in Lima, Peru, on Saturday, Nov. 19, 2016")
    later = [rel for rel in _relatives(t, lang, hi, len(t.folded), mentions) if rel.weekday is not None]
    told = {rel.weekday for rel in later if not rel.future and not _inside(rel, in_captions)}
    # (not when the headline or the lead's first sentence tells of what is to come: "Duda is scheduled
    #  to make a state visit next week" under a photo of the two leaders' last talks, dated in full;
    #  but a headline's aim over a lead that tells of the meeting plainly on a weekday is none: "… aim to
    #  establish a partnership" over "Orban hosted Xi in Budapest on Thursday")
    usable = bool(of_photos) and (told_plainly(t, lx, weekdays, in_captions)
                                  or not lead_plans(t, lx, lo, hi, in_captions))
    for m in (of_photos if usable else ()):
        if m.when is None:
            continue
        own = m.weekday if m.weekday is not None else next(  # "on Saturday, Nov. 19, 2016"
            (rel.weekday for rel in later if 0 <= m.start - rel.end <= CAPTION_WEEKDAY_GAP), None)
        if (weekdays and m.when.weekday() == weekdays[0].weekday) or (
                not weekdays and own == m.when.weekday() and own in told) or (
                not weekdays and own is None and photo_of_the_pair(t, m, later, in_captions, countries, named)) or (
                not weekdays and not later and _inside(m, taken_here) and named is not None and len(countries) == 2
                and set(countries) <= _named_around(t, m.start, m.end, named)
                and not ARCHIVE_PHOTO_RE.search(t.folded, *caption_of(m, in_captions))):
            # (… or, the text naming no weekday at all, a photo of the two sides taken where the lead sets
            #  the meeting: "Shehbaz Sharif (left) meets Russian President Vladimir Putin … in Beijing on
            #  September 2, 2025. — AFP" over "… a one-on-one meeting … on the sidelines of the SCO summit in
            #  Beijing")
            return _finding(t, m, m.when, False, "caption", published)
    if weekdays:
        words = t.orig_span(weekdays[0].start, weekdays[0].end).strip()
        held = at.summit_day(weekday=weekdays[0].weekday, lead_only=True)
        if held is not None:  # "met on Saturday on the sidelines of the APEC summit in Lima"
            return DateFinding(held[0].isoformat(), _at_summit(words, held), True, "summit", published=published)
        return weekday_alone(t, weekdays, published, lang)
    # the lead names no day but one to come with its day of the month, in a sentence naming both sides:
    # the meeting it announces ("o primeiro-ministro do Japão será recebido pela presidente Dilma Rousseff
    # nesta sexta-feira (1)"), not a day further down ("chegou do Chile na quinta-feira (31)"); not a
    # day to come of another meeting ("will address the SCO summit on Friday (9) and is expected to meet
    # Chinese President Xi"), nor a weekday alone to come ("will visit Tunisia next Wednesday": a plan)
    coming = [rel for rel in _relatives(t, lang, lo, hi, mentions)
              if rel.weekday is not None and (rel.future or rel.future_before) and not _inside(rel, in_captions)
              and set(countries) <= _named_around(t, rel.start, rel.end, named)] \
        if named is not None and len(countries) == 2 else []
    ahead = [rel for rel in coming if rel.future and WEEKDAY_DAY_RE.match(t.folded, rel.end) is not None]
    if ahead:
        return weekday_alone(t, ahead, published, lang)
    # ... or a weekday alone to come in such a sentence, the word saying so before it ("Anwar will
    # undertake a working visit to Thailand on Thursday … to meet his counterpart, Paetongtarn"): no
    # date, but the weekday of the visit it announces (its reports' other days are another visit's);
    # not one marked as next week's ("يوم الأربعاء المقبل"), a plan further off
    soon = [rel for rel in coming if rel.future_before and not rel.next_week]
    if soon:
        return weekday_alone(t, soon, published, lang)
    # the lead names no day at all: the first weekday further down that is no plan nor a photo's
    # is kept (not a date: a report of another day's meeting of the pair must not be joined to it)
    # (not when the lead tells its day as a relative one: "visita hoje Angola" … "Na quinta-feira, o
    #  ministro referiu": the day before, or any; that weekday is another day's)
    body = [rel for rel in later if not rel.future and not _inside(rel, in_captions)]
    if body and not any(rel.weekday is None and not _inside(rel, in_captions)
                        for rel in _relatives(t, lang, 0, hi, mentions)):
        return weekday_alone(t, body, published, lang)

    return DateFinding()  # a month alone ("in June 2024") is no day: none is made up


def _of_others(t: _Text, m: _Mention | _Relative, named: Callable[[int, int], frozenset[str]] | None,
               pair: tuple[str, ...], lang: str | None) -> bool:
    """The sentence of ``m`` names people of another country than the pair's, with that country's name
    ("US First Lady …": not a word a name is read in, Swahili's "Raisi", president), and none of the
    pair's people."""
    if named is None or len(pair) != 2 or not hasattr(named, "actors"):
        return False
    _, start, end = t.sentence(m.start)
    lo, up = t.to_orig(start), t.to_orig(end)
    acting = named.actors(lo, up)
    return bool(acting) and not acting & set(pair) and bool(acting & countries_named_in(t.orig[lo:up], lang))


def _pair_stop_first(t: _Text, told: list[_Relative], pair: tuple[str, ...], lang: str | None) -> list[_Relative]:
    """The lead's weekdays ``told``, those whose sentence sets something in a third country only last when
    another's is set in a country of the pair: "The amir's tour started off in Uzbekistan on Monday. … landed
    in Kyrgyzstan on Tuesday", a report of Qatar and Kyrgyzstan: Tuesday."""
    if len(pair) != 2 or len(told) < 2:
        return told
    where = [set(venue_in(t.orig_span(a, b), lang))
             for _, a, b in (t.sentence(rel.start) for rel in told)]
    away = [bool(w) and not w & set(pair) for w in where]
    if not away[0] or not any(w & set(pair) for w in where):
        return told
    return [rel for rel, out in zip(told, away) if not out] + [rel for rel, out in zip(told, away) if out]


def _visit_elsewhere(t: _Text, m: _Mention, pair: tuple[str, ...], set_in: tuple[str, ...], lang: str | None) -> bool:
    """A full date whose sentence, before it, tells of a visit (:data:`VISIT_WORD_RE`) and sets it in a
    country of the pair, none of those the headline and lead set the meeting in (``set_in``): the other
    side's visit, another meeting. In Turkish the visit and its place come after the day, written with
    its year or without (:data:`VISIT_AFTER_DAY_LANGUAGES`)."""
    if len(pair) != 2 or not set_in or not set(set_in) <= set(pair):
        return False
    _, start, end = t.sentence(m.start)
    before = t.orig_span(start, m.start)
    if m.year is not None and VISIT_WORD_RE.search(before) is not None:
        there = set(venue_in(before, lang))
        if there & set(pair) and not there & set(set_in):
            return True
    if base_language(lang) not in VISIT_AFTER_DAY_LANGUAGES:
        return False
    # (Turkish writes the day before the visit and its place: "Erdoğan'ın 14 Şubat'ta Kahire'ye
    #  gerçekleştirdiği ziyarette", with a year or without)
    after = t.orig_span(m.end, min(end, m.end + VISIT_AFTER_DAY_CHARS))
    if VISIT_WORD_RE.search(after) is None:
        return False
    there = set(venue_in(after, lang))
    return bool(there & set(pair)) and not there & set(set_in)


def _years_after(t: _Text, hi: int) -> int | None:
    """The number of years the headline or lead says the report comes after something ("Vier Jahre
    nach der Katastrophe", "four years after", "спустя четыре года"), or None."""
    found = YEARS_AFTER_RE.search(t.folded, 0, hi)
    if found is None:
        return None
    number = found.group("n") or found.group("m")
    return int(number) if number.isdigit() else NUMBER_WORDS.get(number)
