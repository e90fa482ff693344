"""The article record: the one shape every module of the plugin speaks.

Data flows one way: raw file -> :class:`ArticleRecord` -> events -> pages.
Nothing here imports pelican.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

UNDETERMINED = "und"  # BCP 47 for "language not identified"

# Outcomes of reading one seed file, as shown in the build report.
OK = "ok"
OK_WITH_WARNINGS = "ok-with-warnings"
REJECTED = "rejected"


@dataclass(frozen=True)
class Source:
    """Where the article says it comes from."""

    name: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Block:
    """One block of body text: a paragraph (``p``) or a photo caption (``caption``)."""

    kind: str
    text: str


@dataclass(frozen=True)
class DateFinding:
    """The event date of an article and how it was found."""

    iso: str | None = None  # YYYY-MM-DD, or None when the text has no date
    evidence: str = ""  # the words the date was read from
    year_inferred: bool = False  # the text gave no year for this date
    # where it came from: "lead" (a day in the headline or lead), "dateline", "weekday" or
    # "relative" (read against the report's own date), "body", "caption" (a photo caption's
    # full date, on the weekday the lead names if any), "publication" (the page's
    # publication line, written later that day: see ``datelines.LATER_THAT_DAY_HOUR``),
    # "page" (no event date: the page's own date alone, its line showing no time or an early hour,
    # or its address, is in ``published`` and places the report for linking), "month" (a month only: its first
    # day), "summit" (a day, or a weekday, around the summit the report names: its year), "event"
    # (the year or the day from the other reports of its event), "span" (a span of days, "8 -
    # 11.7.2017", in ``around``: no single day), "none"
    how: str = "none"
    month_day: str | None = None  # "MM-DD" when the day is known but no year is supported
    weekday: int | None = None  # ... and its weekday when the text gives one (0 = Monday)
    # no month either: the days of the month written alone, first and last ("15日": (15, 15),
    # "9~11일": (9, 11))
    day_of_month: tuple[int, int] | None = None
    published: str | None = None  # the page's own publication date, when it shows one
    # no day at all: the days (ISO, first and last) of the one summit its headline or lead sets it
    # at; or (how "span") the span of days it gives for the visit
    around: tuple[str, str] | None = None
    # no day at all: every day and month ("MM-DD") the text writes, as a plan or in its body; a
    # report that writes days is of none of them only by chance
    written: tuple[str, ...] = ()
    # ``month_day`` starts a span of days written without a year ("28/6 đến ngày 01/7", "с 28 июня
    # по 1 июля"): its last day ("MM-DD"); its event's year makes it a span (see ``span``)
    month_day_to: str | None = None
    # no day: the first day (ISO) its event can be on, the latest day or month the text writes that is
    # not to come ("the second visit after that of July 2022"): it joins no event before it
    after: str | None = None

    @property
    def span(self) -> tuple[str, str] | None:
        """The span of days (ISO, first and last) a report gives instead of a single day ("8 -
        11.7.2017"), until its event gives it one."""
        return self.around if self.iso is None and self.how == "span" and self.around else None

    def span_from(self, first: str) -> tuple[str, str] | None:
        """The span of days written without a year (``month_day`` to ``month_day_to``) once its
        first day is placed (``first``, ISO, in the year its event gives): (first, last), the last
        in the next year when the span crosses the new year; None when it gives none."""
        if self.month_day_to is None or first[5:] != self.month_day:
            return None
        year = int(first[:4]) + (1 if self.month_day_to < self.month_day else 0)
        last = f"{year:04d}-{self.month_day_to}"
        try:
            datetime.date.fromisoformat(last)
        except ValueError:  # (29 February of a year without one)
            return None
        return first, last

    @property
    def from_page(self) -> bool:
        """Only the day the page was written (its publication line, its address, its dateline)
        dates it: an event's other reports date it surer."""
        return self.how in ("publication", "url", "dateline", "page")


@dataclass(frozen=True)
class CountryFinding:
    """The countries an article is about.

    ``scope`` is "pair" (exactly two main countries), "single" (one), "multi"
    (more than two with no clear pair) or "none".
    """

    codes: tuple[str, ...] = ()
    scope: str = "none"
    counts: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class LanguageFinding:
    code: str | None = None  # BCP 47, None when not detectable
    confidence: float = 0.0


@dataclass(frozen=True)
class ParsedText:
    """What :mod:`understand.parse` makes of a raw text."""

    title: str | None
    blocks: tuple[Block, ...]
    source: Source
    removed: tuple[str, ...] = ()  # boilerplate lines that were dropped
    stamps: tuple[str, ...] = ()  # publication or update lines ("30 Juni 2022, 09:33 WIB"), for the dates
    # the header's "today" lines ("Monday, June 18, 2018": when the page was viewed, or written), for
    # the dates: the page's own day only when the lead's weekday is that day's
    today: tuple[str, ...] = ()

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind == "p")

    @property
    def captions(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind == "caption")

    @property
    def body_text(self) -> str:
        """Paragraphs and captions, boilerplate removed, one block per line."""
        return "\n".join(b.text for b in self.blocks)


@dataclass(frozen=True)
class ArticleRecord:
    """Everything the archive knows about one seed article."""

    id: str
    source_file: str
    title: str
    title_derived: bool
    parsed: ParsedText
    language: LanguageFinding
    countries: CountryFinding
    date: DateFinding
    summary: str
    raw_sha256: str
    warnings: tuple[str, ...] = field(default_factory=tuple)
    # the listed leaders and ministers it names (understand.actors.Mention), offsets in ``text``
    people: tuple = ()
    # the countries its headline and lead's first sentence set the meeting in (understand.countries)
    venue: tuple[str, ...] = ()
    # everyone it names with evidence (understand.persons.PersonMention: listed leaders and
    # names a title introduces), offsets in ``text``
    persons: tuple = ()
    # the text the archive read, when it is not the seed file itself: a saved web page's article
    # as plain text (understand.html), which the "original text" (raw/) publishes instead of the page
    original: str | None = None
    # the understanding cache's key of its reading (bytes, path, id, chrome met, code version), when
    # the cache is on: everything the reading depends on, so the record's stand-in in page fingerprints
    reading: str = ""

    @property
    def lang(self) -> str | None:
        return self.language.code

    def content_key(self) -> str | None:
        """A short stand-in for the whole record in page fingerprints: its reading's key, with what
        a build changes after reading (the date an event gives, the folder's warnings)."""
        return f"{self.reading}|{self.date!r}|{self.warnings!r}" if self.reading else None

    @property
    def source(self) -> Source:
        return self.parsed.source

    @property
    def text(self) -> str:
        """Title and body, boilerplate removed: what the analysers read."""
        return f"{self.title}\n{self.parsed.body_text}"


@dataclass(frozen=True)
class ReadResult:
    """The outcome of reading one seed file, for the build report."""

    source_file: str
    status: str  # OK, OK_WITH_WARNINGS or REJECTED
    record: ArticleRecord | None
    problems: tuple[str, ...] = ()
