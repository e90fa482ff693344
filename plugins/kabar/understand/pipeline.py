"""One raw seed file's bytes -> :class:`ReadResult` (an article record or a rejection).

Pure: it composes the ``extract_*`` modules and never raises on bad input.
The Pelican reader is a thin wrapper around :func:`understand`.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from ..linking import LinkArticle
from ..record import OK, OK_WITH_WARNINGS, REJECTED, ArticleRecord, ReadResult
from .actors import Mention, country_of, find_people
from .offices import former_named, heir_named, in_office_as, in_office_together, out_of_office, role_of_title
from .chrome import calendar_words
from .countries import COUNTERPART_CHARS, COUNTERPART_RE, extract_countries, extract_venue, opening_of, venue_in
from .country_matcher import countries_named_in
from .dates import extract_date
from .decode import decode_seed
from .html import NO_ARTICLE, is_saved_page, read_saved_page
from .language import extract_language, hinted_language, load_language_model
from .parse import extract_parts
from .persons import find_persons, has_title_list
from .summits import days_around, series_named, summits_named, venue_of
from .titles import extract_summary, extract_title

DEFAULT_MAX_BYTES = 1_000_000
DEFAULT_MAX_PAGE_BYTES = 5_000_000
TEXT, PAGE = "txt", "html"  # the kinds of seed file: plain text, a web page saved from the browser


def leader_roles(persons, text: str = "", lang: str | None = None) -> dict[str, str]:
    """The office the titles give each listed leader ("President Putin"), when they give one
    office only; a leader ``text`` calls the counterpart of the others ("Kyrgyz President
    Atambayev with his Uzbek counterpart Mirziyoyev") holds their office, when they hold one."""
    found: dict[str, set[str]] = {}
    ends = sorted(p.end for p in persons)
    before = bool(text) and not has_title_list(lang)  # (a language whose titles find_persons does not read)
    for p in persons:
        if p.leader is not None:
            role = role_of_title(p.title or (_title_before(text, p.start, ends) if before else ""))
            if role is not None:
                found.setdefault(p.leader, set()).add(role)
    roles = {leader: next(iter(held)) for leader, held in found.items() if len(held) == 1}
    if text and len(set(roles.values())) == 1:
        (office,) = set(roles.values())
        for p in persons:
            if p.leader is not None and p.leader not in found \
                    and COUNTERPART_RE.search(text, max(0, p.start - COUNTERPART_CHARS), p.start):
                roles[p.leader] = office
    return roles


# the words right before a listed leader's name that a language without a list of titles
# (data/person_titles.json) writes as the title: "Președintele Klaus Iohannis", "প্রধান উপদেষ্টা প্রফেসর
# মুহাম্মদ ইউনূস" (the chief adviser, a professor): a few words, on the name's line, after the name before
TITLE_BEFORE_CHARS = 40
TITLE_BEFORE_WORDS = 3
CLAUSE_END_RE = re.compile(r"[.!?;:\n।۔。]")


def _title_before(text: str, start: int, ends: list[int]) -> str:
    lo = max(0, start - TITLE_BEFORE_CHARS, max((e for e in ends if e <= start), default=0))
    window = text[lo:start]
    cut = max((m.end() for m in CLAUSE_END_RE.finditer(window)), default=0)
    return " ".join(window[cut:].split()[-TITLE_BEFORE_WORDS:])


def warm_up(language_model: bool = True) -> None:
    """Load what every article needs (the language model, the leaders' names) now, e.g. before
    forking workers; without the language model when each worker is to load it (see
    :meth:`reader.RawNewsReader.prefetch`)."""
    if language_model:
        load_language_model()
    find_people("")
    calendar_words()


def article_id(source_file: str) -> str:
    """Stable id of an article: a hash of its seed file's name (not its content,
    so that correcting a typo in a seed keeps its id)."""
    return hashlib.sha256(source_file.encode("utf-8")).hexdigest()[:12]


def seed_kind(source_file: str) -> str:
    """The kind of a seed file, by its name: :data:`PAGE` (``.html``, ``.htm``) or :data:`TEXT`."""
    return PAGE if is_saved_page(source_file) else TEXT


def understand(data: bytes, source_file: str, *, max_bytes: int | None = None,
               size: int | None = None, chrome: frozenset[str] = frozenset(),
               given_id: str | None = None, kind: str | None = None) -> ReadResult:
    """Read one raw article; every problem becomes a sentence in ``problems``.

    ``size`` is the file's real size when ``data`` is only its beginning; ``chrome`` the keys of
    the short lines that recur across the seeds folder (:func:`chrome.recurring_lines`);
    ``given_id`` the id the build gives it (by default, from the file's name); ``kind`` the
    file's kind (by default, from its name): a saved web page is first reduced to its article's
    text (:mod:`html`), which then goes the way of a ``.txt`` seed's bytes; ``max_bytes`` the
    size limit (by default, its kind's).
    """
    original, lang_hint, problems = None, None, []
    if (kind or seed_kind(source_file)) == PAGE:
        page = read_saved_page(data, max_bytes or DEFAULT_MAX_PAGE_BYTES, size=size)
        if page.text is None:
            return ReadResult(source_file, REJECTED, None, (*page.warnings, page.rejected or "unreadable"))
        original, lang_hint, problems = page.text, page.hints.lang, list(page.warnings)
        text_bytes = original.encode("utf-8")
        decoded = decode_seed(text_bytes, len(text_bytes))
    else:
        decoded = decode_seed(data, max_bytes or DEFAULT_MAX_BYTES, size=size)
    if decoded.text is None:
        return ReadResult(source_file, REJECTED, None, (*problems, decoded.rejected or "unreadable"))
    problems.extend(decoded.warnings)
    parsed = extract_parts(decoded.text, chrome)
    if not parsed.blocks and not parsed.title:
        return ReadResult(source_file, REJECTED, None, (*problems, NO_ARTICLE if original is not None
                                                        else "no article text left once site boilerplate is removed"))
    title, derived = extract_title(parsed, fallback=source_file.rsplit(".", 1)[0])
    if derived:
        problems.append("no headline; title derived from the lead")
    body = parsed.body_text or title
    text = f"{title}\n{body}"  # what language and date are read from (ArticleRecord.text)
    language = extract_language(text)
    if language.code is None and lang_hint:
        language = hinted_language(language, lang_hint)
        problems.append(f"language not clear from the text; taken from the page's lang attribute ({language.code})")
    if language.code is None:
        problems.append("language not detected")
    people = find_people(text, language.code)
    persons = find_persons(text, language.code, people)
    # a titled person the list knows by other spellings ("королем Саудовской Аравии Салманом Бен
    # Абдель-Азизом Аль Саудом": find_persons gives them their listed id) is that listed person
    spelled = [Mention(p.leader, p.country, p.start, p.end) for p in persons if p.leader is not None
               and not any(m.start < p.end and p.start < m.end for m in people)]
    if spelled:
        people = sorted([*people, *spelled], key=lambda m: (m.start, m.person))
    # who acts for which country: the listed leaders (but for a namesake a title gives another
    # country: "Deputy Culture Minister of Australia Sarah Blinken" is not the listed Blinken),
    # and the people a title introduces with their country
    titled = [p for p in persons if p.leader is None]
    people = [m for m in people if not any(p.start <= m.start < p.end for p in titled)]
    countries = extract_countries(body, language.code, title=title, people=people,
                                  titled=[(p.start, p.country) for p in titled if p.country], derived=derived)
    if countries.scope == "none":
        problems.append("no country named")
    elif countries.scope == "single":
        problems.append(f"about one country only ({countries.codes[0]})")
    elif countries.scope == "multi":
        problems.append(f"about several countries ({', '.join(countries.codes)}), no main pair")
    lead = lead_text(parsed)
    lead_end = len(title) + 1 + len(lead)  # the leaders of the headline and lead held office together then
    roles = leader_roles(persons, text, language.code)
    # (one the text titles as out of that office, "former President", "Senior Minister", is no
    #  leader of the day: their terms date nothing)
    out = {p.leader for p in persons if p.leader is not None
           and (out_of_office(p.title) or heir_named(text, p.start) or former_named(text, p.start))}
    in_lead = {m.person for m in people if m.start < lead_end} - out
    in_office = in_office_together(in_lead, roles=roles)
    if in_office is None and len(in_lead) == 1 and countries.scope == "pair":
        # (one leader in the lead, and the one listed person of the pair's other country the text
        #  names further down: the counterpart, whose terms narrow the years)
        side = country_of(next(iter(in_lead)))
        counterparts = {m.person for m in people if m.person not in out
                        and country_of(m.person) in countries.codes and country_of(m.person) != side}
        if len(counterparts) == 1:
            in_office = in_office_together(in_lead | counterparts, roles=roles)
    titled_terms = None
    if in_office is None and len(in_lead) == 1:
        (who,) = in_lead
        if roles.get(who) in HEAD_OFFICES:
            # one head of state or government, whom a title gives that office ("Президент Польщі Анджей
            # Дуда"): its terms tell a page viewed after them (not a year: one leader's terms are long;
            # not a minister's, which a namesake shares more often)
            titled_terms = in_office_as(who, roles[who])
    summits = summits_named(text, lead_end)
    # the paragraph the venue is read in: not a caption among the lead's first blocks ("Photo: … in Kuala
    # Lumpur, Malaysia, Monday, Oct. 27, 2025"), nor the headline printed again ("La Havane (AFP).
    # <headline>"); but a paragraph that says more than a headline, "Zimbabwe", or than one taken from its
    # first sentence
    venue_lead = next((b.text for b in parsed.blocks if b.kind == "p"
                       and len(b.text.replace(title, "", 1)) >= VENUE_LEAD_MIN_CHARS), "")
    paragraphs = [b.text for b in parsed.blocks if b.kind == "p"][:2]  # (where the headline and lead set it)
    set_in = extract_venue(title, " ".join(paragraphs), language.code)
    shown_in = {caption: venue_in(caption, language.code) for caption in parsed.captions} if set_in else {}
    date = extract_date(text, language.code, url=parsed.source.url, stamps=parsed.stamps, today=parsed.today,
                        elsewhere=tuple(c for c, shown in shown_in.items() if shown and not set(shown) & set(set_in)),
                        here=tuple(c for c, shown in shown_in.items() if set(shown) & set(set_in)),
                        lead=lead, captions=parsed.captions, countries=countries.codes, in_office=in_office,
                        titled_terms=titled_terms,
                        summits=summits,
                        named=_Named(text, language.code, people, titled, lead_end=lead_end, roles=roles,
                                     pair=countries.codes if countries.scope == "pair" else ()),
                        leaders=tuple((m.start, m.person) for m in people), written=True, set_in=set_in)
    summit_elsewhere = _summit_elsewhere(summits, title, lead, language.code)
    if date.iso is None and date.month_day is None and date.weekday is None and date.day_of_month is None \
            and not summit_elsewhere:
        date = replace(date, around=date.around or days_around(summits))
    if date.iso is None:
        if date.how == "page":
            problems.append(f"only the page's own date tells when ({date.evidence!r}, no time of day or an "
                            f"early one): listed as undated")
        elif date.how != "span":  # (a span of days is what the text tells: shown as it is)
            problems.append(f"date without a year: {date.evidence!r}; listed as undated" if date.evidence
                            else "no event date found; listed as undated")
    record = ArticleRecord(
        id=given_id or article_id(source_file.rsplit("/", 1)[-1]),
        source_file=source_file,
        title=title,
        title_derived=derived,
        parsed=parsed,
        language=language,
        countries=countries,
        date=date,
        summary=extract_summary(parsed),
        people=tuple(people),
        venue=_venue(summits if date.iso is not None or not summit_elsewhere else (), date.iso, title, venue_lead,
                     language.code),
        persons=persons,
        raw_sha256=hashlib.sha256(data).hexdigest(),
        warnings=tuple(problems),
        original=original,
    )
    return ReadResult(source_file, OK_WITH_WARNINGS if problems else OK, record, tuple(problems))


class _Named:
    """The countries a stretch of the text names: by their names, and by the leaders and the people
    a title introduces with their country (offsets in ``text``, the headline and body)."""

    def __init__(self, text: str, lang: str | None, people, titled, lead_end: int = 0,
                 roles: dict[str, str] | None = None, pair: tuple[str, ...] = ()) -> None:
        self.text, self.lang = text, lang
        self.actors_at = [(m.start, m.country) for m in people] + [(p.start, p.country) for p in titled if p.country]
        self.people, self.lead_end, self.roles, self.pair = people, lead_end, roles or {}, pair

    def __call__(self, start: int, end: int) -> frozenset[str]:
        return countries_named_in(self.text[start:end], self.lang) | self.actors(start, end)

    def actors(self, start: int, end: int) -> frozenset[str]:
        """The countries of the leaders and titled people in ``start``-``end`` (not of a place)."""
        return frozenset(c for at, c in self.actors_at if start <= at < end)

    def in_office(self, start: int, end: int):
        """When the leaders of the headline and lead, with those of the pair's countries the
        stretch ``start``-``end`` names ("met Raúl Castro on Friday, 11 July"), held their offices
        together (:func:`offices.in_office_together`); None when the stretch adds none of them."""
        lead = {m.person for m in self.people if m.start < self.lead_end}
        more = {m.person for m in self.people if start <= m.start < end and m.country in self.pair} - lead
        if not more:
            return None
        return in_office_together(lead | more, roles=self.roles)


HEAD_OFFICES = frozenset({"head_of_state", "head_of_government"})
LEAD_MIN_CHARS = 200  # the lead: the first blocks of the body, until this much paragraph text
LEAD_MAX_BLOCKS = 4  # ... and at most this many blocks, a standfirst's bullets not counted
BULLET_RE = re.compile(r"[•▪●◦■►·*\-–] ")  # a standfirst's bullet point ("• Modi calls for …")
# a paragraph opening with a dateline, "Mexico City, Mexico, June 13, 2022 ( –", "JAKARTA, 13 Juni 2022 -",
# "HANOI, 5/3/2024 –": the lead, whatever pull quotes and photo captions come before it
DATED_PLACE = r"[A-ZÀ-ÝĐА-ЯЁ][\w'’.-]*(?: [A-ZÀ-ÝĐА-ЯЁa-zà-ÿ][\w'’.-]*){0,3}"
DATELINE_OPENING_RE = re.compile(
    rf"^(?:{DATED_PLACE},\s*){{1,3}}(?:[^\W\d_]{{3,12}}\.?\s+\d{{1,2}}|\d{{1,2}}\.?\s+(?:de\s+)?[^\W\d_]{{3,12}}\.?"
    rf"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})(?:,?\s+(?:de\s+)?\d{{4}})?\s*(?:\(|[-–—]\s|/)")
VENUE_LEAD_MIN_CHARS = 60  # the paragraph read for the venue: the first this long (not "By …", "[Photo]")


def _summit_elsewhere(summits, title: str, lead: str, lang: str | None) -> bool:
    """The summit the headline or lead names is not where the report is set: the opening sets the
    meeting in another country ("met Trudeau in Ottawa … the G7 in Hiroshima"). (Not a summit named as
    to come: the meeting may be held there, "will meet on the sidelines of the NATO summit".)"""
    hosts = {s.country for s in summits if s.series_in_lead}
    if not hosts:
        return False
    placed = venue_in(opening_of(title, lead), lang)
    return bool(placed) and not set(placed) & hosts


def _venue(summits, day: str | None, title: str, lead: str, lang: str | None) -> tuple[str, ...]:
    """The countries the meeting is held in: the host of the summit the report is set at (on its
    day, or named with its city in the lead), before the places the lead names ("an invitation to
    Washington" made at the G7 in La Malbaie); but where the headline or the lead's first sentence
    sets the meeting in another country and names no summit, there ("En Argentine, …", then "days
    after the G20 in Rio")."""
    hosts = venue_of(summits, day)
    if hosts:
        opening = opening_of(title, lead)
        placed = venue_in(opening, lang)
        if not placed or set(placed) & set(hosts) or series_named(opening) & {s.series for s in summits
                                                                            if s.country in hosts}:
            return hosts
        return placed
    return extract_venue(title, lead, lang)


def lead_text(parsed) -> str:
    """The first blocks of the body (a short first paragraph or a caption is not the lead alone; nor
    are the bullet points of a standfirst, however many)."""
    taken, size, counted = [], 0, 0
    for block in parsed.blocks:
        if counted == LEAD_MAX_BLOCKS:
            break
        taken.append(block.text)
        if BULLET_RE.match(block.text):
            continue
        counted += 1
        if block.kind == "p":
            size += len(block.text)
            if size >= LEAD_MIN_CHARS:
                break
    # (a pull quote and a photo caption before the paragraph the dateline opens: the lead runs to it)
    opened = next((at for at, block in enumerate(parsed.blocks[len(taken):LEAD_MAX_BLOCKS], len(taken))
                   if DATELINE_OPENING_RE.match(block.text)), None)
    if opened is not None and not any(DATELINE_OPENING_RE.match(text) for text in taken):
        taken = [block.text for block in parsed.blocks[:opened + 1]]
    return "\n".join(taken)


def _people_in_office(record: ArticleRecord) -> tuple[tuple[str, int, int], ...]:
    """The listed people the text names (person, start, end), but where the words just before call
    them a former holder of their title ("dall'ex primo ministro … Shinzo Abe"): named in passing, no
    one who met, they are no person the linker weighs there."""
    text = record.text
    return tuple((m.person, m.start, m.end) for m in record.people if not former_named(text, m.start))


def link_view(record: ArticleRecord) -> LinkArticle:
    """What the linker reads of an article; the country pair only when it has one."""
    span = record.date.span
    return LinkArticle(id=record.id, lang=record.lang, title=record.title, text=record.text,
                       date=span[0] if span else record.date.iso or (
                           record.date.published if record.date.how == "page" else None),
                       countries=record.countries.codes if record.countries.scope == "pair" else (),
                       month_day=record.date.month_day, weekday=record.date.weekday,
                       day_of_month=record.date.day_of_month,
                       people=_people_in_office(record),
                       venue=record.venue, date_is_page_date=record.date.from_page,
                       date_is_span_start=span is not None, date_shown=record.date.how != "page",
                       month_day_to=record.date.month_day_to,
                       around=None if span else record.date.around, days_written=record.date.written,
                       not_before=record.date.after)
