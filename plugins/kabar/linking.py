"""Cross-language event linking: which articles report the same event.

Pure module (no pelican import).  :func:`link_articles` groups
:class:`LinkArticle` objects into :class:`Event` objects; every article ends up
in exactly one event, a lone article being its own event.  Precision comes
first: a wrong "same event" link misleads readers more than a missing one.

Features (read from ``LinkArticle.text``)
    * **names**: runs of capitalised words of the original text, split at a
      stop list (titles, offices, months, weekdays, country names, news
      agencies, function words of en/id/fr/vi), folded with :func:`fold` and
      compared with spaces removed: ``Nguyễn Minh Vũ`` == ``Nguyen Minh Vu``,
      ``Hà Nội`` == ``Ha Noi`` == ``Hanoi`` == ``Hanoï``.  A name of two or
      more words also yields its last word (``Titov``) and, from three words,
      its last two; the keys of one written name form a *group* that counts
      once, and two groups spelling out different whole names never match
      through a shared surname (``Miguel Vidal`` is not ``Josefina Vidal``).
      A sentence-initial word is kept only when the article capitalises it
      elsewhere too; headline-case lines, the headline VOV repeats before
      captions and photo credits are skipped.  A name after a locative
      preposition (``in``, ``di``, ``à``, ``tại``...) is a *place*; a name
      in the first ``LEAD_LINES`` lines is a *lead* name: who the article is
      about.
    * **numbers**: ``13th``/``ke-13``/``thứ 13``/``13e`` -> ordinal 13;
      ``4,85``/``4.85`` -> ``4.85``; ``1,000``/``1.000`` -> ``1000``.  The
      article's own date parts (day, month, year) are left out.

Weights: how surprising is it that two reports of *other* events share it?
    For two dated articles of one country pair, a feature's weight comes from
    the number of other articles of the pair expected to mention it by chance
    as close in time as the two are (the pair's count spread evenly over the
    corpus's days, at least a year; plus a share of those actually seen
    within the window: a person in the news all week):
    ``w = clamp(ln(expected) / ln(EXPECTED_RARE), 0, 1)``.  The city every
    report of the pair names counts little; a minister named in many reports
    over the years but in no other report of these days counts a lot.  For an
    undated pair, or articles without a common pair, the share of other
    articles naming it is used instead.  Places weigh at most ``PLACE_CAP``;
    a name only one of the two has in its lead counts half.  Numbers get a
    magnitude factor: 1-3 next to nothing, day-sized numbers little, years
    half, larger figures, decimals and ordinals >= 2 fully.

A link (all of these)
    * compatible countries: two pairs must be equal, other country sets one
      within the other (different country pairs never link);
    * dates at most ``window_days`` apart (an undated article: see below);
    * at least two *people* (not places) in the leads of both articles, and,
      for dated articles of one pair, the two best of them *named together*
      must weigh at least ``JOINT_MIN`` (computed as above for articles
      naming both: two ministers who meet monthly share a lot of articles,
      but rarely within a few days);
    * a score ``(names + NUMBER_FACTOR * min(numbers, NUMBER_CAP)) *
      date_factor`` of at least ``threshold`` (``date_factor`` 1.0 on the
      same day, 0.1 less per day apart).
    An undated article, or two articles without a common pair, link only on
    very strong evidence: both people weigh ``STRONG_NAME``, the names
    ``UNDATED_NAME_SCORE``, shared figures ``UNDATED_NUMBER_SCORE``, and the
    two people are named together by no other article of the pair.

Candidates (no all-pairs comparison)
    Articles with a date and a country pair are blocked by pair and compared
    within a sliding window of ``window_days``.  Articles lacking a date or a
    pair are matched through an inverted index of names, skipping postings
    longer than ``POSTING_CAP``.  Cost: near-linear in the number of articles.

Clustering
    Accepted links are taken strongest first (ties by id).  Two clusters
    merge only when at least half of all their cross pairs are linked (so a
    chain A-B-C-D of links does not make one event of strangers) and no
    "apart" override pair would end up in one event, even transitively.
    "together" overrides are merged before anything else and always win,
    also over a conflicting "apart".

Events: ids are ``"ev-"`` + 12 hex digits of the SHA-1 of the smallest member
id, so they do not change with input order or unrelated articles; the date is
the most common member date (ties: the earliest); the countries the most
common member pair.  Every kept link carries its score and evidence (shared
names as written, shared numbers, dates, days apart, countries).
"""
from __future__ import annotations

import hashlib
import logging
import math
import re
import tomllib
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date as Date, timedelta

from kabar.understand.actors import Mention, find_people
from kabar.understand.textutil import fold

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------
# Public shapes


@dataclass(frozen=True)
class LinkArticle:
    """What the linker needs of an article."""

    id: str
    lang: str | None
    title: str
    text: str  # title + body, boilerplate removed
    date: str | None  # ISO YYYY-MM-DD or None
    countries: tuple[str, ...]  # sorted ISO codes; a pair when len == 2
    month_day: str | None = None  # "MM-DD" when the text gives a day but no year for it
    weekday: int | None = None  # ... and the weekday it names (0 = Monday), if any
    # listed leaders and ministers named, (person id, start, end) in ``text``; None: found here
    people: tuple[tuple[str, int, int], ...] | None = None


@dataclass(frozen=True)
class Link:
    """Two articles judged to report the same event (``a`` < ``b``)."""

    a: str
    b: str
    score: float
    evidence: dict = field(hash=False)


@dataclass(frozen=True)
class Event:
    id: str
    article_ids: tuple[str, ...]
    date: str | None
    countries: tuple[str, ...]
    links: tuple[Link, ...]
    # members whose text gave no year (or no date): the date they take from the event
    # (their own day and month in the event's year, else the event's date)
    completed: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Overrides:
    """Editor decisions that win over the linker."""

    together: tuple[tuple[str, ...], ...] = ()
    apart: tuple[tuple[str, str], ...] = ()


# --------------------------------------------------------------------------
# Tuning

DEFAULT_THRESHOLD = 1.0
STRONG_NAME = 0.5  # undated or pair-less: each of two shared people must weigh this
JOINT_MIN = 0.5  # dated, same pair: the two best shared people named together must weigh this
LEAD_LINES = 3  # names in the first lines (headline, lead, caption) say who an article is about
LEAD_LINE_MIN = 30  # shorter lines ("Chia sẻ") do not count as lines of the lead
LEAD_CHARS = 800  # ... within this many characters
BODY_NAME_FACTOR = 0.5  # a name one article only mentions further down counts half
PLACE_CAP = 0.4  # most a place name can weigh; places are never strong evidence
PLACE_SHARE = 1 / 3  # a name written after "in"/"di"/"à" this often is a place
UNDATED_NAME_SCORE = 1.8
UNDATED_EXTRA_NAMES = 0.5
PLACE_FUZZY_MIN = 5  # place names this long may differ by one letter across scripts  # undated, one dated event names both people: other shared names must weigh this  # undated or pair-less: the names must weigh this much
UNDATED_NUMBER_SCORE = 0.8  # ... and shared figures this much
NUMBER_FACTOR = 0.6
NUMBER_CAP = 2.5
DATE_STEP = 0.1  # score factor lost per day apart
DATE_FLOOR = 0.5
EXPECTED_RARE = 0.05  # expecting this few other mentions (or fewer) nearby: weight 1
MIN_TIME_SPAN = 365  # a small corpus is taken as a sample of a year of news
SEEN_SHARE = 0.1  # each other article seen nearby with the feature adds this much
RARE_RATE = 1 / 50  # undated: a feature this rare among other articles weighs 1
GLOBAL_PSEUDO_DOCS = 50  # smoothing of the corpus-wide rate
POSTING_CAP = 40  # longer name postings are not used to find candidates
MIN_KEY_LEN = 3
EVIDENCE_LIMIT = 12
VIRTUAL_YEAR = 4  # days and months without a year are compared in this (leap) year, far from real ones
REAL_DAYS = Date(1000, 1, 1).toordinal()  # day numbers below this are virtual
ALONE_PERSON_MIN = 0.5  # the only two reports of a pair within the window: one person this rare suffices
PLACE_MIN_SHARED = 2  # a year-less report takes a year from dated reports sharing this many names

# --------------------------------------------------------------------------
# Patterns

_UPPER = "".join(c for c in map(chr, range(0x2000)) if c.isupper() or c.istitle())
_CAP_WORD = rf"[{re.escape(_UPPER)}][^\W\d_]*(?:['’][^\W\d_]+)*"
# A run of capitalised words on one line; an unspaced hyphen joins words too.
NAME_RUN_RE = re.compile(rf"{_CAP_WORD}(?:(?:[^\S\n]+|-){_CAP_WORD})*")
LETTER_WORD_RE = re.compile(r"[^\W\d_]{3,}")
FOLD_CLEAN_RE = re.compile(r"[^a-z0-9]+")
NUMBER_RE = re.compile(r"([0-9]+(?:[.,][0-9]+)*)(st|nd|rd|th|ème|eme|ième|ieme|er|re|e)?(?![0-9A-Za-z])")
ORDINAL_PREFIX_RE = re.compile(r"(?:\b[Kk]e-\s?|\b[Tt]h[ứu]\s+)$")
THOUSANDS_RE = re.compile(r"[0-9]{1,3}(?:([.,])[0-9]{3})(?:\1[0-9]{3})*")
DECIMAL_RE = re.compile(r"([0-9]+)[.,]([0-9]+)")
SEPARATORS_RE = re.compile(r"[.,]")
ISO_DATE_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
MONTH_DAY_RE = re.compile(r"[0-9]{2}-[0-9]{2}")
SENTENCE_START_CHARS = frozenset(".!?:;\"“”‘’«»()[]—–-•*|/\n\r\t")
# VOV repeats the headline in front of photo captions: "Headline - ảnh 1Caption".
CAPTION_PREFIX_RE = re.compile(r".*?\s-\s*ảnh\s*[0-9]+")
CREDIT_RE = re.compile(r"\((?:[Pp]hoto|[Ff]oto|Ảnh|ảnh|[Ss]ource|[Ss]umber|Nguồn)\s*:[^)\n]{0,80}\)")
LOCATIVE_BEFORE = frozenset({"in", "at", "near", "di", "ke", "à", "au", "aux", "en", "tại", "ở"})
LOCATIVE_WORDS = frozenset({"in", "at", "di", "a", "au", "aux", "en", "tai", "o"})
HEADLINE_END_CHARS = (".", "!", "?", '"', "”", "»", ":", ";")
HEADLINE_END_SET = frozenset(HEADLINE_END_CHARS)

# Folded words that are never (part of) a name, or carry no event evidence:
# function words, titles and offices, institutions, months, weekdays and the
# names of countries (the country pair is compared separately).
_STOP_TEXT = """
a the and or of in on at for from by with as is are was were be it its this that these those
he she they we i you his her their our there here but also both after before during while when
since until then than so if not no yes all any each every some many more most other such only
according speaking meanwhile however moreover furthermore besides although though thus therefore
today yesterday tomorrow tonight morning afternoon evening last next new old photo photos source
sources related news read more comment comments share video update updated overview exchange
mr mrs ms miss dr sir madam his her excellency he
president presidents vice prime minister ministers deputy foreign affairs secretary general
ambassador ambassadors chairman chairwoman chairperson chair head director permanent standing
first second third senior junior defence defense trade industry finance public security national
assembly party committee central government ministry ministries embassy consul consulate
consulates king queen prince princess sultan governor mayor people peoples state states republic
democratic socialist federation federal kingdom union united nations strategic comprehensive
partnership dialogue forum conference summit meeting meetings joint commission agreement treaty
memorandum understanding cooperation plan program programme day days week weeks year years east
sea south north west asia asian pacific europe european africa african americas affairs office
council department agency institute university association chamber commerce investment business
economic economy politburo delegation delegations communist official officials
international global regional world bank fund organisation organization central
leader leaders premier chancellor spokesperson spokesman spokeswoman
january february march april may june july august september october november december
jan feb mar apr jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
pada dalam di ke dari dan ini itu kedua menurut setelah sebelum selain saat sejak sementara
hal para dua untuk dengan oleh atas bagi juga namun tetapi sedangkan kami kita ia dia mereka
sumber foto komentar terkait berita baca juga selanjutnya sebagai adalah akan telah sudah masih
tersebut tahun bulan minggu hari pagi siang sore malam kemarin besok kini kemudian lalu selama
presiden wakil menteri perdana luar negeri sekretaris jenderal duta besar dubes menlu kemenlu
ketua kepala direktur tetap pertama senior pertahanan perdagangan perindustrian keuangan keamanan
publik nasional majelis dewan partai komunis komite sentral pemerintah kementerian kedutaan
konsul konsulat bapak ibu nyonya raja ratu pangeran sultan gubernur walikota rakyat negara
republik demokratik sosialis federasi kerajaan persatuan perserikatan bangsa kemitraan strategis
komprehensif dialog forum konferensi ktt pertemuan komisi bersama perjanjian nota kesepahaman
kerja sama rencana program laut timur selatan utara barat asia pasifik eropa kongres uni
hubungan delegasi investasi ekonomi bisnis kamar dagang universitas lembaga badan kantor
tenggara internasional regional dunia majelis kedutaan besar jepang
januari februari maret mei juni juli agustus oktober desember
senin selasa rabu kamis jumat sabtu minggu
la les l un une des du de d et en au aux dans pour par sur avec selon lors ce cette ces il elle
ils elles on nous vous mais apres avant depuis pendant entre chez sans sous vers lundi mardi
mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril juin juillet aout septembre
octobre novembre decembre president presidente ministre secretaire ambassadeur ambassadrice chef
directeur etrangeres etranger etat etats assemblee nationale parti comite gouvernement ministere
ambassade monsieur madame m mme republique democratique socialiste royaume unies partenariat
strategique dialogue sommet reunion mixte accord traite cooperation programme jour semaine annee
mer orientale sud nord ouest asie pacifique selon premier premiere
ngai pho ngoai giao nuoc ngay chia nguon
vietnam vietnamese russia russian russians rusia russie russe singapore singapura singapour
singaporean laos lao laotian cambodia kamboja cambodge cambodian khmer thailand thailande thai
indonesia indonesie indonesian malaysia malaisie malaysian philippines filipina philippine
filipino myanmar birmanie brunei china chinese tiongkok cina chine chinois japan japanese jepang
japon japonais korea korean korea korea korean coree coreen india indian inde indien australia
australian australie australien america american amerika americain usa us france french prancis
perancis francais germany german jerman allemagne allemand britain british inggris uk england
kingdom italy italia italie italian canada kanada canadian cuba kuba cuban mexico meksiko brazil
brasil bresil argentina chile egypt mesir israel iran turkey turki turquie ukraine ukraina
belarus kazakhstan mongolia mongolie new zealand selandia baru nouvelle zelande netherlands
belanda dutch spain spanyol espagne spanish sweden swedia denmark denmark danish
norway norwegia finland finlandia poland polandia hungary hungaria czech ceko austria swiss
switzerland swiss swiss belgium belgia belgique venezuela timor leste asean apec
un eu who g20 g7 brics usd eur vnd idr rp dollar dollars
wamenlu menlu mendag wamendag kemlu dirut
earlier later two three four several many sebelumnya sebanyak nilai data panitia peringatan
auparavant commentaires affaires photo foto credit
vna vov vovworld wvr bng cvn afp reuters xinhua tass ria antara bernama kyodo yonhap ani ap
culture cultural tourism sports information communications education training health labour labor
justice agriculture environment transport construction science technology interior planning energy
resources natural rural development home affairs veterans police army military general lieutenant
colonel admiral intergovernmental governmental bilateral days week weeks festival
kebudayaan budaya pariwisata olahraga informasi komunikasi pendidikan kesehatan tenaga hukum
pertanian lingkungan perhubungan konstruksi ilmu pengetahuan teknologi perencanaan energi sidang
antar pekan festival utama umum letnan kolonel laksamana jenderal tentara
journees journee semaine culture culturelle tourisme sports education sante justice agriculture
environnement transports sciences technologie plan energie intergouvernemental premiers ministres
"""
# Not listed on purpose, being Vietnamese or Chinese name syllables too: an, le,
# mai, my, thang, to, tuan, viet, jun, yang (the sentence-start rule drops them
# where they are only capitalised function words).
STOP_WORDS = frozenset(_STOP_TEXT.split())
# Multi-word country names and titles, compared with spaces removed.
STOP_JOINED = frozenset(
    """vietnam vietnamnam hanquoc trungquoc hoaky nhatban lienbang nga campuchia thailan
    thanhpho newzealand selandiabaru unitedstates unitedkingdom koreaselatan koreautara southkorea
    northkorea amerikaserikat timorleste perserikatanbangsabangsa unitednations
    hochiminhcity""".split()
)


# --------------------------------------------------------------------------
# Features


@dataclass
class _Features:
    """Per-article features; internal, rebuilt on every call."""

    day: int | None  # proleptic ordinal of the date
    countries: tuple[str, ...]
    pair: tuple[str, ...] | None  # the country pair, when there is one
    names: dict[str, int]  # folded name key -> name group within the article
    fulls: dict[int, frozenset[str]]  # name group -> its whole names of two words or more
    places: frozenset[str]  # keys written after a locative preposition
    lead: frozenset[int]  # name groups named in the headline or the lead
    numbers: dict[str, bool]  # normalised number -> read as an ordinal somewhere
    md: tuple[int, int, int | None] | None = None  # no date: (month, day, weekday) when the text gives them
    weekday: int | None = None  # no date: the weekday the text names for the event, if any


def _is_headline_case(line: str) -> bool:
    """A title-case line ("Perdalam Lebih Lanjut Hubungan ...") names nothing."""
    stripped = line.rstrip()
    if not stripped or stripped.endswith(HEADLINE_END_CHARS):
        return False
    words = LETTER_WORD_RE.findall(stripped)
    if len(words) < 3:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals >= 0.75 * len(words)


def _pieces(folded: Sequence[str]) -> list[list[int]]:
    """Indices of ``folded`` grouped into sub-runs free of stop words."""
    stop = [len(f) < 2 or f in STOP_WORDS for f in folded]
    for i in range(len(folded) - 1):
        if folded[i] + folded[i + 1] in STOP_JOINED:
            stop[i] = stop[i + 1] = True
    pieces: list[list[int]] = []
    current: list[int] = []
    for i, is_stop in enumerate(stop):
        if is_stop:
            if current:
                pieces.append(current)
            current = []
        else:
            current.append(i)
    if current:
        pieces.append(current)
    return pieces


def _run_keys(parts: Sequence[str]) -> list[str]:
    """Comparison keys of one name: whole name, last word, last two words."""
    full = "".join(parts)
    if len(full) < MIN_KEY_LEN or full in STOP_JOINED:
        return []
    keys = [full]
    if len(parts) >= 2 and len(parts[-1]) >= 4:
        keys.append(parts[-1])
    if len(parts) >= 3:
        keys.append(parts[-2] + parts[-1])
    return keys


# One name inside a run: the index of its first word in the run, and its keys,
# each with its display form and whether it is a whole name of two words or
# more: (start, ((key, display, multiword), ...)).
_Piece = tuple[int, tuple[tuple[str, str, bool], ...]]


@dataclass(frozen=True)
class _RunInfo:
    """What a capitalised run yields, once per distinct run string and call."""

    folded: tuple[str, ...]
    rest: tuple[str, ...]  # folded words after the first
    pieces: tuple[_Piece, ...]  # the names in the run
    without_first: tuple[_Piece, ...] | None  # the names once a sentence-initial word is dropped
    first_locative: bool  # "In Hanoi ...": the run starts with a locative preposition



def _piece_list(words: Sequence[str], folded: Sequence[str]) -> tuple[_Piece, ...]:
    out = []
    for piece in _pieces(folded):
        keys = _run_keys([folded[i] for i in piece])
        if keys:
            display = " ".join(words[i] for i in piece)
            last = words[piece[-1]]
            out.append((piece[0], tuple((key, display if n == 0 else last, n == 0 and len(piece) > 1)
                                        for n, key in enumerate(keys))))
    return tuple(out)


def _run_info(run: str) -> _RunInfo | None:
    words = run.replace("-", " ").split()
    folded = tuple(FOLD_CLEAN_RE.sub("", fold(w)) for w in words)
    pieces = _piece_list(words, folded)
    if not pieces:
        return None
    first_stop = len(folded[0]) < 2 or folded[0] in STOP_WORDS
    without_first = None
    if not first_stop:  # indices shifted back to the whole run's
        without_first = tuple((start + 1, keys) for start, keys in _piece_list(words[1:], folded[1:]))
    return _RunInfo(folded, folded[1:], pieces, without_first, len(folded) > 1 and folded[0] in LOCATIVE_WORDS)


_UNSEEN = object()


def _layout(text: str) -> tuple[list[tuple[int, int]], int]:
    """Where the lead ends, and the spans whose capitalised words are no evidence:
    headline-case lines, the headline VOV repeats in front of captions
    ("Headline - ảnh 1Caption") and photo credits ("(Photo: Quang Hoa)").

    The lead is the first ``LEAD_LINES`` lines of some length (headline, lead
    paragraph, first caption), at most ``LEAD_CHARS`` characters."""
    spans = [m.span() for m in CREDIT_RE.finditer(text)] if ":" in text else []
    caption_prefixes = "ảnh" in text
    offset = 0
    lead_end = -1
    lead_lines = 0
    for line in text.split("\n"):
        end = offset + len(line)
        if lead_end < 0 and len(line) >= LEAD_LINE_MIN:
            lead_lines += 1
            if lead_lines == LEAD_LINES:
                lead_end = min(end, LEAD_CHARS)
        if line and line[-1] not in HEADLINE_END_SET:  # only these can be headlines
            stripped = line.rstrip()
            if stripped and stripped[-1] not in HEADLINE_END_SET and _is_headline_case(stripped):
                spans.append((offset, end))
                offset = end + 1
                continue
        if caption_prefixes and "ảnh" in line:
            match = CAPTION_PREFIX_RE.match(line)
            if match:
                spans.append((offset, offset + match.end()))
        offset = end + 1
    spans.sort()
    return spans, (min(len(text), LEAD_CHARS) if lead_end < 0 else lead_end)


def _scan_names(text: str, cache: dict[str, _RunInfo | None], met: list[str] | None = None) -> dict[str, list]:
    """The names of ``text``: key -> [group, display, multiword, place, lead].

    ``multiword``: the key is a whole written name of two words or more;
    ``place``: written after a locative preposition ("in Hanoi", "di Kremlin");
    ``lead``: written in the headline or the lead (who the article is about).
    ``cache`` keeps run analyses between the articles of one call; ``met`` (if given) receives
    every run of capitalised words met, in order, skipped spans included."""
    found_runs: list[tuple[_RunInfo, bool, int, bool]] = []  # (run, sentence-initial, place at, in the lead)
    elsewhere: set[str] = set()  # words capitalised away from a sentence start
    skipped, lead_end = _layout(text)
    next_skip = 0
    cache_get = cache.get
    append = found_runs.append
    starts = SENTENCE_START_CHARS
    for match in NAME_RUN_RE.finditer(text):
        run = match.group()
        if met is not None:
            met.append(run)
        info = cache_get(run, _UNSEEN)
        if info is _UNSEEN:
            info = cache[run] = _run_info(run)
        if info is None:
            continue  # only stop words
        start = match.start()
        if skipped:
            while next_skip < len(skipped) and skipped[next_skip][1] <= start:
                next_skip += 1
            if next_skip < len(skipped) and skipped[next_skip][0] <= start:
                continue
        i = start - 1
        while i >= 0 and text[i] == " ":
            i -= 1
        initial = i < 0 or text[i] in starts
        # The word a locative preposition introduces: "in Hanoi" (0), "In Hanoi" (1).
        place_at = 1 if info.first_locative else -1
        if place_at < 0 and not initial and i < start - 1:  # a word, then a space: a preposition?
            k = i
            while k >= 0 and k > i - 4 and text[k].isalpha():
                k -= 1
            if text[k + 1:i + 1] in LOCATIVE_BEFORE and (k < 0 or not text[k].isalpha()):
                place_at = 0
        elsewhere.update(info.rest if initial else info.folded)
        append((info, initial, place_at, start < lead_end))

    parent: list[int] = []

    def find(g: int) -> int:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    found: dict[str, list] = {}  # key -> [group, display, multiword, place, lead]
    get = found.get
    for info, initial, place_at, lead in found_runs:
        pieces = info.pieces
        if initial and info.without_first is not None and info.folded[0] not in elsewhere:
            pieces = info.without_first
        for piece_start, piece in pieces:
            group = len(parent)
            parent.append(group)
            place = piece_start == place_at
            for key, shown, multi in piece:
                entry = get(key)
                if entry is None:
                    found[key] = [group, shown, multi, place, lead]
                else:
                    parent[find(entry[0])] = group
                    if multi:
                        entry[2] = True
                    if place:
                        entry[3] = True
                    if lead:
                        entry[4] = True
    for entry in found.values():
        entry[0] = find(entry[0])
    return found


def extract_names(text: str, cache: dict | None = None) -> dict[str, tuple[int, str]]:
    """Name keys of ``text``: key -> (group, display form).

    Keys of one written name share a group, so ``Vladimir Titov`` counts once
    even when ``vladimirtitov`` and ``titov`` both match.
    """
    found = _scan_names(text, {} if cache is None else cache)
    return {key: (entry[0], entry[1]) for key, entry in found.items()}


def _normalise_number(raw: str) -> str | None:
    if raw.isdigit():
        return str(int(raw))
    if THOUSANDS_RE.fullmatch(raw):
        return str(int(SEPARATORS_RE.sub("", raw)))
    match = DECIMAL_RE.fullmatch(raw)
    if match:
        whole, frac = match.group(1), match.group(2).rstrip("0")
        return f"{int(whole)}.{frac}" if frac else str(int(whole))
    return None  # "4.3.2024" and the like: not a figure


def extract_numbers(text: str, cache: dict[str, str | None] | None = None) -> dict[str, bool]:
    """Normalised numbers of ``text``: value -> read as an ordinal somewhere."""
    cache = {} if cache is None else cache
    numbers: dict[str, bool] = {}
    for match in NUMBER_RE.finditer(text):
        start = match.start()
        if start and text[start - 1].isdigit():
            continue  # the tail of a longer digit run
        raw = match.group(1)
        if raw in cache:
            value = cache[raw]
        else:
            value = cache[raw] = _normalise_number(raw)
        if value is None:
            continue
        ordinal = match.group(2) is not None
        if not ordinal and start >= 3 and text[start - 1] in "- " and text[start - 2] in "eứu ":
            ordinal = ORDINAL_PREFIX_RE.search(text, max(0, start - 8), start) is not None
        if ordinal or value not in numbers:
            numbers[value] = ordinal or numbers.get(value, False)
    return numbers


def _day(iso: str | None) -> tuple[int | None, frozenset[str]]:
    """Day number of an ISO date and its parts as the numbers a text would show."""
    if not iso:
        return None, frozenset()
    match = ISO_DATE_RE.fullmatch(iso)
    if not match:
        log.warning("linking: ignoring malformed date %r", iso)
        return None, frozenset()
    y, m, d = (int(g) for g in match.groups())
    try:
        day = Date(y, m, d).toordinal()
    except ValueError:
        log.warning("linking: ignoring impossible date %r", iso)
        return None, frozenset()
    return day, frozenset({str(y), str(m), str(d)})


def _features(article: LinkArticle, runs: dict, numbers_cache: dict, met: list[str] | None = None) -> _Features:
    day, parts = _day(article.date)
    names: dict[str, int] = {}
    fulls: dict[int, set[str]] = defaultdict(set)
    places = set()
    lead = set()
    for key, (group, _, multiword, place, in_lead) in _scan_names(article.text, runs, met).items():
        names[key] = group
        if multiword:
            fulls[group].add(key)
        if place:
            places.add(key)
        if in_lead:
            lead.add(group)
    _join_people(article.text, names, fulls, lead, article.people)
    numbers = {n: o for n, o in extract_numbers(article.text, numbers_cache).items() if n not in parts}
    countries = tuple(sorted(set(article.countries)))
    md = None
    if day is None and article.month_day and MONTH_DAY_RE.fullmatch(article.month_day):
        month, dom = (int(x) for x in article.month_day.split("-"))
        if _virtual_day(month, dom) is not None:
            md = (month, dom, article.weekday)
    return _Features(day, countries, countries if len(countries) == 2 else None, names,
                     {g: frozenset(keys) for g, keys in fulls.items()}, frozenset(places), frozenset(lead), numbers,
                     md, article.weekday if day is None else None)


def _join_people(text: str, names: dict[str, int], fulls: dict[int, set[str]], lead: set[int],
                 people: Sequence[tuple[str, int, int]] | None = None) -> None:
    """Known leaders and ministers (:mod:`understand.actors`), in any script and spelling, become
    one name group each, keyed ``@{person id}``: ``Jokowi``, ``Joko Widodo`` and ``Джоко Видодо``
    are one person in one article, and the same key in every other."""
    mentions = find_people(text) if people is None else [Mention(p, "", a, b) for p, a, b in people]
    if not mentions:
        return
    _, lead_end = _layout(text)
    title_end = text.find("\n")
    next_group = max(names.values(), default=-1) + 1
    for person in dict.fromkeys(m.person for m in mentions):
        own = [m for m in mentions if m.person == person]
        keys: set[str] = set()
        for m in own:
            words = [w for w in FOLD_CLEAN_RE.split(fold(text[m.start:m.end])) if w]
            if words:
                keys.update({"".join(words), words[-1]})
        groups = sorted({names[k] for k in keys if k in names})
        group = groups[0] if groups else next_group
        if not groups:
            next_group += 1
        for key, g in names.items():
            if g in groups:
                names[key] = group
        merged = set().union(*(fulls.pop(g, set()) for g in groups)) if groups else set()
        fulls[group] = merged | {"@" + person}
        names["@" + person] = group
        if any(m.start < max(lead_end, title_end) for m in own) or lead & set(groups):
            lead.difference_update(groups)
            lead.add(group)


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
    and neither ends the other ("miguelvidal" vs "josefinavidal")."""
    if not a or not b or a & b:
        return True
    return any(x.endswith(y) or y.endswith(x) for x in a for y in b)


def _countries_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    if len(a) == 2 and len(b) == 2:
        return a == b
    small, large = (set(a), set(b)) if len(a) <= len(b) else (set(b), set(a))
    return small <= large


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
        for key in fa.names.keys() & fb.names.keys():
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
        joint = None
        together_elsewhere = None
        together_days = None
        leaders = sum(1 for k in fa.names.keys() & fb.names.keys()
                      if k[0] == "@" and fa.names[k] in fa.lead and fb.names[k] in fb.lead)
        if len(persons) < 2 and not complete:
            return _PairScore(0.0, name_score, 0.0, tuple(w for w, _ in persons), joint, together_elsewhere,
                              tuple(keys), (), days_apart, None, leaders)
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
                          together_elsewhere, tuple(keys), tuple(numbers), days_apart, together_days, leaders)

    def _is_place(self, key: str, fa: _Features, fb: _Features) -> bool:
        if key in fa.places or key in fb.places:
            return True
        return self.place_df[key] >= PLACE_SHARE * self.names.df[key]

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
        # Undated, or no common country pair: only very strong evidence, names and numbers.
        if ps.persons[1] < STRONG_NAME or ps.name_score < UNDATED_NAME_SCORE:
            return False
        if ps.number_score < UNDATED_NUMBER_SCORE:
            return False
        return ps.together_elsewhere is None or ps.together_elsewhere == 0


class _PairCrowd:
    """How many reports of a country pair fall within days of each other."""

    def __init__(self, feats: Sequence[_Features]) -> None:
        self.feats = feats
        days: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for f in feats:
            if f.pair is not None and f.day is not None:
                days[f.pair].append(f.day)
        for values in days.values():
            values.sort()
        self.days = days

    def alone(self, i: int, j: int, window: int) -> bool:
        """Are ``i`` and ``j`` (one pair, both with a day) the only reports of their pair within
        ``window`` days of either?"""
        fa, fb = self.feats[i], self.feats[j]
        if fa.pair is None or fa.pair != fb.pair or fa.day is None or fb.day is None:
            return False
        days = self.days[fa.pair]
        lo, hi = min(fa.day, fb.day) - window, max(fa.day, fb.day) + window
        return bisect_right(days, hi) - bisect_left(days, lo) <= 2


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
            apart: Iterable[tuple[int, int]]) -> list[tuple[tuple[int, int], _PairScore]]:
    """Reports left alone join the one event of their pair that they fit (``clusters`` is
    updated in place); returns the links that brought them in.

    Few events of one pair happen within days. A report with a day joins the only event of its
    pair within the window when they name one person in both leads, a listed leader or minister
    (:mod:`understand.actors`; deputies and ambassadors meet often). A report without a day joins
    the only event of its pair whose reports name two of its lead people, when they also share
    another name (a place, a third person), the weekday it names fits the event's days and the
    places its lead names are not other places than the event's."""
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
    added: list[tuple[tuple[int, int], _PairScore]] = []
    dated_first = sorted((c for c, members in enumerate(clusters) if len(members) == 1),
                         key=lambda c: (feats[clusters[c][0]].day is None, clusters[c][0]))
    for c_single in dated_first:
        (s,) = clusters[c_single]
        f = feats[s]
        if f.pair is None or (f.day is not None and f.day < REAL_DAYS):
            continue
        leaders = _lead_people(f)
        if not leaders:
            continue  # every way in needs a listed leader or minister in both leads
        fits: list[tuple[int, int, _PairScore | None]] = []
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
            if any(m in kept_apart.get(s, ()) for m in members):
                continue
            if f.day is not None:
                near = [m for m in members if feats[m].day is not None and abs(feats[m].day - f.day) <= window]
                if not near or len(members) < 2:
                    continue
                best = _best_link(scorer, s, near, window,
                                  lambda ps: ps.leaders > 0 and bool(ps.persons) and ps.persons[0] >= ALONE_PERSON_MIN)
                fits.append((c, *best) if best else (c, -1, None))
                continue
            if not any(feats[m].day is not None and feats[m].day >= REAL_DAYS for m in members):
                continue
            best = _best_link(scorer, s, members, window, lambda ps: ps.leaders > 0 and len(ps.persons) >= 2)
            if best is None:
                continue
            extra = (best[1].name_score - sum(best[1].persons[:2]) >= UNDATED_EXTRA_NAMES
                     or NUMBER_FACTOR * best[1].number_score >= UNDATED_EXTRA_NAMES
                     or _same_place(f, members, feats))
            ok = extra and _weekday_fits(f, members, feats) and not _other_places(f, members, feats)
            fits.append((c, *best) if ok else (c, -1, None))
        if len(fits) != 1 or fits[0][2] is None:
            continue  # no event of the pair fits, or several could
        c, m, ps = fits[0]
        clusters[c].append(s)
        clusters[c].sort()
        clusters[c_single] = []
        added.append(((min(s, m), max(s, m)), ps))
    clusters[:] = [members for members in clusters if members]
    return added


def _lead_people(f: _Features) -> frozenset[str]:
    return frozenset(k for k, g in f.names.items() if k.startswith("@") and g in f.lead)


def _join_undated(clusters: list[list[int]], feats: Sequence[_Features], scorer: _Scorer, window: int,
                  apart: Iterable[tuple[int, int]]) -> list[tuple[tuple[int, int], _PairScore]]:
    """Reports of one pair that no day places, left alone, whose leads name the same two
    leaders or ministers that no other report of the pair names together, are one event when
    each names the place the other's lead sets the meeting in, and the days and weekdays they
    give (if any) agree."""
    kept_apart = {(min(i, j), max(i, j)) for i, j in apart}
    alone = [c[0] for c in clusters if len(c) == 1]
    loose = [i for i in alone if feats[i].pair is not None and (feats[i].day is None or feats[i].day < REAL_DAYS)
             and len(_lead_people(feats[i])) >= 2]
    if len(loose) < 2:
        return []
    naming: dict[tuple[str, ...], dict[frozenset[str], set[int]]] = defaultdict(lambda: defaultdict(set))
    for i, f in enumerate(feats):
        if f.pair is None:
            continue
        people = sorted(_lead_people(f))
        for x in range(len(people)):
            for y in range(x + 1, len(people)):
                naming[f.pair][frozenset((people[x], people[y]))].add(i)
    parent = {i: i for i in loose}

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    added = []
    for x, i in enumerate(loose):
        for j in loose[x + 1:]:
            fi, fj = feats[i], feats[j]
            if fi.pair != fj.pair or (i, j) in kept_apart or find(i) == find(j):
                continue
            shared = sorted(_lead_people(fi) & _lead_people(fj))
            if len(shared) < 2:
                continue
            both = naming[fi.pair][frozenset(shared[:2])]
            if both - set(loose) or not _undated_agree(fi, fj, window):
                continue  # others name them together: which meeting is which is unknown
            if not (_lead_places(fi) & fj.names.keys() and _lead_places(fj) & fi.names.keys()):
                continue  # each names the place the other's lead sets the meeting in
            ps = scorer.score(i, j, window)
            parent[find(j)] = find(i)
            added.append(((i, j), ps))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in loose:
        groups[find(i)].append(i)
    merged = {i for members in groups.values() if len(members) > 1 for i in members}
    clusters[:] = [c for c in clusters if not (len(c) == 1 and c[0] in merged)]
    clusters.extend(sorted(members) for members in groups.values() if len(members) > 1)
    return added


def _undated_agree(fa: _Features, fb: _Features, window: int) -> bool:
    """Two reports without a real day: their days and months (if any) within the window, their
    weekdays (if any) the same."""
    if fa.day is not None and fb.day is not None and abs(fa.day - fb.day) > window:
        return False
    wa = fa.md[2] if fa.md else fa.weekday
    wb = fb.md[2] if fb.md else fb.weekday
    return wa is None or wb is None or wa == wb


def _weekday_fits(f: _Features, members: Sequence[int], feats: Sequence[_Features]) -> bool:
    """The weekday a report without a day names is one of the event's days (or the day before
    or after: arrivals and departures)."""
    if f.weekday is None:
        return True
    return any(feats[m].day is not None and feats[m].day >= REAL_DAYS
               and any(Date.fromordinal(feats[m].day + k).weekday() == f.weekday for k in (-1, 0, 1))
               for m in members)


def _lead_places(f: _Features) -> set[str]:
    return {k for k in f.places if f.names.get(k) in f.lead}


def _other_places(f: _Features, members: Sequence[int], feats: Sequence[_Features]) -> bool:
    """The report's lead is set in a place none of the event's reports names, and theirs in
    places it does not name: another meeting of the same people."""
    mine = _lead_places(f)
    if not mine:
        return False
    theirs = set().union(*(_lead_places(feats[m]) for m in members))
    named = set().union(*(feats[m].names.keys() for m in members))
    return bool(theirs) and not _any_alike(mine, named) and not _any_alike(theirs, f.names.keys())


def _same_place(f: _Features, members: Sequence[int], feats: Sequence[_Features]) -> bool:
    """The report's lead and one of the event's set the meeting in the same place, spelt alike
    across scripts ("Хельсинки" = "Helsinki")."""
    mine = _lead_places(f)
    return bool(mine) and any(_any_alike(mine, _lead_places(feats[m])) for m in members)


def _any_alike(keys: Iterable[str], others: Iterable[str]) -> bool:
    others = set(others)
    return any(k in others or len(k) >= PLACE_FUZZY_MIN and any(_alike(k, o) for o in others) for k in keys)


def _alike(a: str, b: str) -> bool:
    """Folded spellings one letter apart ("khelsinki" / "helsinki", "gamburg" / "hamburg")."""
    if abs(len(a) - len(b)) > 1 or len(b) < PLACE_FUZZY_MIN:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


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


# --------------------------------------------------------------------------
# Public entry points


def _event_id(article_ids: Sequence[str]) -> str:
    return "ev-" + hashlib.sha1(min(article_ids).encode("utf-8")).hexdigest()[:12]


def _most_common(values: Iterable, default):
    counts = Counter(v for v in values if v)
    if not counts:
        return default
    return min(counts, key=lambda v: (-counts[v], v))


@dataclass(frozen=True)
class ArticleFeatures:
    """What the linker reads from one article, independent of the other articles."""

    features: _Features
    runs: tuple[str, ...]  # its runs of capitalised words, in order, each once
    displays: dict[str, str] | None = None  # name key -> its first written form in the article


class FeatureCaches:
    """Analyses that :func:`article_features` calls may share (they only save work)."""

    def __init__(self) -> None:
        self.runs: dict[str, _RunInfo | None] = {}
        self.numbers: dict[str, str | None] = {}
        self._displays: dict[str, dict[str, str]] = {}

    def displays(self, run: str) -> dict[str, str]:
        """The written form of every name key of ``run``."""
        shown = self._displays.get(run)
        if shown is None:
            info = self.runs.get(run, _UNSEEN)
            if info is _UNSEEN:  # met by another process's caches
                info = self.runs[run] = _run_info(run)
            shown = self._displays[run] = _displays({run: info})
        return shown


def article_features(article: LinkArticle, caches: FeatureCaches | None = None, *,
                     with_displays: bool = True) -> ArticleFeatures:
    """The linker's view of one article. ``with_displays``: also the written form of each
    name (for the evidence), so that whoever links it needs no analysis of its text."""
    caches = FeatureCaches() if caches is None else caches
    met: list[str] = []
    features = _features(article, caches.runs, caches.numbers, met)
    runs = tuple(dict.fromkeys(met))
    if not with_displays:
        return ArticleFeatures(features, runs)
    displays: dict[str, str] = {}
    for run in runs:
        for key, text in caches.displays(run).items():
            displays.setdefault(key, text)
    return ArticleFeatures(features, runs, displays)


def _displays(runs: Mapping[str, _RunInfo | None]) -> dict[str, str]:
    """A written form of every name key of these runs (the first seen)."""
    shown: dict[str, str] = {}
    for info in runs.values():
        if info is None:
            continue
        for pieces in (info.pieces, info.without_first or ()):
            for _, piece in pieces:
                for key, display, _ in piece:
                    shown.setdefault(key, display)
    return shown


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


def _virtual_day(month: int, day: int) -> int | None:
    try:
        return Date(VIRTUAL_YEAR, month, day).toordinal()
    except ValueError:
        return None


def _place_year_less(feats: list[_Features], window: int) -> dict[int, int]:
    """Give every report with a day and month but no year a day to be linked on.

    Among the dated reports of its country pair whose day falls within the window of its day
    and month in their year (and on its weekday, when it names one), the year of those sharing
    the most names with it (at least :data:`PLACE_MIN_SHARED`, and more than any other year) is
    taken; without such a year, its day and month in a virtual year, where it meets the other
    year-less reports of its pair. Returns index -> placed real day (the year came from others).
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
        month, dom, weekday = f.md
        best: dict[int, int] = {}  # year -> most names shared with one dated report
        near = Date(VIRTUAL_YEAR, month, dom)
        others = {j for k in range(-window, window + 1) for d in (near + timedelta(days=k),)
                  for j in by_day.get((f.pair, d.month, d.day), ())} if f.pair is not None else set()
        for j in sorted(others):
            other = Date.fromordinal(feats[j].day)
            for year in (other.year - 1, other.year, other.year + 1):
                try:
                    mine = Date(year, month, dom)
                except ValueError:
                    continue
                if abs(mine.toordinal() - feats[j].day) > window or weekday is not None and mine.weekday() != weekday:
                    continue
                shared = len(f.names.keys() & feats[j].names.keys())
                best[year] = max(best.get(year, 0), shared)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
        if ranked and ranked[0][1] >= PLACE_MIN_SHARED and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            day = Date(ranked[0][0], month, dom).toordinal()
            placed[i] = day
        else:
            day = _virtual_day(month, dom)
        feats[i] = replace(f, day=day)
    return placed


def _completed(members: Sequence[LinkArticle], event_date: str | None) -> tuple[tuple[str, str], ...]:
    """The dates year-less and undated members take from their event."""
    if event_date is None:
        return ()
    year = int(event_date[:4])
    out = []
    for a in members:
        if a.date:
            continue
        if a.month_day and MONTH_DAY_RE.fullmatch(a.month_day):
            month, dom = (int(x) for x in a.month_day.split("-"))
            event = Date.fromisoformat(event_date)
            days = [d for d in (_safe_date(y, month, dom) for y in (year - 1, year, year + 1)) if d is not None]
            if days:
                out.append((a.id, min(days, key=lambda d: abs((d - event).days)).isoformat()))
                continue
        out.append((a.id, event_date))
    return tuple(out)


def _safe_date(year: int, month: int, day: int) -> Date | None:
    try:
        return Date(year, month, day)
    except ValueError:
        return None


def link_articles(
    articles: Sequence[LinkArticle],
    overrides: Overrides = Overrides(),
    *,
    window_days: int = 3,
    threshold: float = DEFAULT_THRESHOLD,
    features: Mapping[str, ArticleFeatures] | None = None,
) -> list[Event]:
    """Group ``articles`` into events; see the module docstring for the rules.

    ``features``: :func:`article_features` of some articles by id, computed beforehand
    (e.g. by the processes that read them); the others are computed here."""
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
    for i, j in _candidate_pairs(feats, scorer.names.df, window_days):
        alone = crowd.alone(i, j, window_days)
        if len(feats[i].names.keys() & feats[j].names.keys()) < (1 if alone else 2):
            continue  # a link needs two people in common (one for the only two reports nearby)
        ps = scorer.score(i, j, window_days, complete=alone)
        if scorer.accept(i, j, ps, threshold, window_days, alone):
            scores[(i, j)] = ps

    together = _together_groups(overrides.together, index)
    together_pairs = {(g[x], g[y]) for g in together for x in range(len(g)) for y in range(x + 1, len(g))}
    apart = []
    for x, y in overrides.apart:
        if x in index and y in index:
            apart.append((index[x], index[y]))
        else:
            log.warning("linking: 'apart' names articles not being linked: %s, %s", x, y)
    clusters = _cluster(len(ordered), {pair: ps.score for pair, ps in scores.items()}, together, apart)
    for (i, j), ps in _absorb(clusters, feats, scorer, window_days, apart):
        scores[(i, j)] = ps
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
        dates = Counter(a.date for a in member_articles if a.date)
        event_date = min(dates, key=lambda d: (-dates[d], d)) if dates else None
        sets = [tuple(sorted(set(a.countries))) for a in member_articles]
        countries = _most_common([c for c in sets if len(c) == 2] or sets, ())
        completed = _completed(member_articles, event_date) if len(members) > 1 else ()
        events.append(Event(_event_id(ids), ids, event_date, tuple(countries), tuple(links), completed))
    events.sort(key=lambda e: e.id)
    log.info("linking: %d articles -> %d events (%d links)", len(ordered), len(events), len(scores))
    return events


def _resolve(name: object, known: Mapping[str, str]) -> str | None:
    if not isinstance(name, str):
        return None
    candidates = [name, name.strip()]
    base = name.strip().replace("\\", "/").rsplit("/", 1)[-1]
    candidates += [base, base.removesuffix(".txt"), base + ".txt"]
    for candidate in candidates:
        if candidate in known:
            return known[candidate]
    return None


class OverridesError(ValueError):
    """The overrides text is not TOML, or not of the overrides' shape."""


def parse_overrides(toml_text: str, known: Mapping[str, str]) -> tuple[Overrides, list[str]]:
    """Read the editors' overrides file; problems in entries are returned (the build goes on),
    a text that is not TOML or not of the overrides' shape raises :class:`OverridesError`.

    ``known`` maps every accepted name (article id, seed file name) to the
    article id.  Unknown names are skipped; an entry left with fewer than two
    articles is dropped.
    """
    problems: list[str] = []
    try:
        doc = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as err:
        raise OverridesError(f"not valid TOML ({err})") from None
    for key in doc:
        if key not in ("together", "apart"):
            problems.append(f"overrides: unknown section {key!r} ignored")
    parsed: dict[str, list[tuple[str, ...]]] = {"together": [], "apart": []}
    for kind in ("together", "apart"):
        entries = doc.get(kind, [])
        if not isinstance(entries, list):
            raise OverridesError(f"{kind!r} must be an array of tables ([[{kind}]])")
        for number, entry in enumerate(entries, start=1):
            label = f"{kind} #{number}"
            names = entry.get("articles") if isinstance(entry, dict) else None
            if not isinstance(names, list):
                raise OverridesError(f"{label} needs an 'articles' list")
            ids: list[str] = []
            for name in names:
                resolved = _resolve(name, known)
                if resolved is None:
                    problems.append(f"{label}: unknown article {name!r} skipped")
                elif resolved not in ids:
                    ids.append(resolved)
            if len(ids) < 2:
                problems.append(f"{label}: fewer than 2 known articles, entry ignored")
                continue
            parsed[kind].append(tuple(sorted(ids)))
    apart_pairs = sorted(
        {(g[x], g[y]) for g in parsed["apart"] for x in range(len(g)) for y in range(x + 1, len(g))}
    )
    together = tuple(parsed["together"])
    grouped = _merge_groups(together)
    for a, b in apart_pairs:
        if grouped.get(a) is not None and grouped.get(a) == grouped.get(b):
            problems.append(f"overrides: {a} and {b} are both together and apart; together wins")
    return Overrides(together=together, apart=tuple(apart_pairs)), problems


def _merge_groups(groups: Iterable[Sequence[str]]) -> dict[str, int]:
    """Article id -> label of its transitive 'together' group."""
    label: dict[str, int] = {}
    for number, group in enumerate(groups):
        existing = {label[g] for g in group if g in label}
        for g, lab in list(label.items()):
            if lab in existing:
                label[g] = number
        for g in group:
            label[g] = number
    return label
