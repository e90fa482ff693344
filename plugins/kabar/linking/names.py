"""Per-article features: names (runs of capitalised words, listed leaders by id), numbers, the
article's day, country pair and lead."""
from __future__ import annotations

import functools
import logging
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date as Date

from kabar.understand.actors import Mention, country_of, find_people
from kabar.understand.offices import offices_held
from kabar.understand.cities import cities_in
from kabar.understand.countries import CALL_RE, LOCATIVE_WORDS, extract_venue
from kabar.understand.summits import summit_spans
from kabar.understand.textutil import DOUBLED_LETTER_RE, fold, skeleton

from .name_keys import FOLD_CLEAN_RE, country_name_keys, declined_people_word, demonym_keys, loose_key, name_key
from .shapes import LinkArticle
from .tuning import CALL_LEAD_CHARS, LEAD_CHARS, LEAD_LINES, LEAD_LINE_MIN, MIN_KEY_LEN, VIRTUAL_YEAR

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------
# Patterns

_UPPER = "".join(c for c in map(chr, range(0x2000)) if c.isupper() or c.istitle())
_CAP_WORD = rf"[{re.escape(_UPPER)}][^\W\d_]*(?:['’][^\W\d_]+)*"
# A run of capitalised words on one line; an unspaced hyphen joins words too.
NAME_RUN_RE = re.compile(rf"{_CAP_WORD}(?:(?:[^\S\n]+|-){_CAP_WORD})*")
LETTER_WORD_RE = re.compile(r"[^\W\d_]{3,}")
# Turkish and Azerbaijani write a name's case ending after an apostrophe ("Aliyev'in", "Bakü'de",
# "Erdoğan'ın"): the name is what stands before it
APOSTROPHE_SUFFIX_LANGS = frozenset({"tr", "az"})
APOSTROPHE_SUFFIX_RE = re.compile(r"(?<=[^\W\d_])['’][^\W\d_A-ZÇĞİÖŞÜƏ]{1,6}(?![^\W\d_])")
# ... the locative among them ("Bakü'de", "Ankara'da", "Budapeşte'deki"): the name is a place, as after "in"
LOCATIVE_SUFFIX_RE = re.compile(r"['’][dt][ae](?:ki)?(?![^\W\d_])")
# a numbered session of a standing body: "the 9th session of the …", "the 11th meeting", "Komitesi'nin
# 11'inci toplantısı", "Komite 9. Toplantısı", "la 9e session", "la 9ª reunión", "la 9ª sessione"
SESSION_RE = re.compile(
    r"(?<![\w.])(?:(\d{1,2})(?:st|nd|rd|th)\s+(?:(?!(?:of|anniversary|annual|year)\b)[A-Za-z-]+\s+){0,6}?"
    r"(?:session|meeting|round)s?\b"
    r"|(\d{1,2})(?:\.|'(?:inci|nci|üncü|uncu|ıncı|ncı|ncü|ncu|ci|cı|cü|cu))\s+(?:\w+\s+){0,4}?"
    r"(?:toplantı|oturum|dönem)\w*"
    r"|(\d{1,2})(?:e|ème|eme)\s+(?:\w+\s+){0,4}?(?:session|réunion|reunion)s?\b"
    r"|(\d{1,2})[ªº°]\s+(?:\w+\s+){0,4}?(?:sesión|sesion|reunión|reunion|sessione|riunione|sessão|sessao|reunião|reuniao)\b)",
    re.IGNORECASE)
SESSION_CHARS = 1500
NUMBER_RE = re.compile(r"([0-9]+(?:[.,][0-9]+)*)(st|nd|rd|th|ème|eme|ième|ieme|er|re|e)?(?![0-9A-Za-z])")
ORDINAL_PREFIX_RE = re.compile(r"(?:\b[Kk]e-\s?|\b[Tt]h[ứu]\s+)$")
THOUSANDS_RE = re.compile(r"[0-9]{1,3}(?:([.,])[0-9]{3})(?:\1[0-9]{3})*")
DECIMAL_RE = re.compile(r"([0-9]+)[.,]([0-9]+)")
SEPARATORS_RE = re.compile(r"[.,]")
ISO_DATE_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
MONTH_DAY_RE = re.compile(r"[0-9]{2}-[0-9]{2}")
SKELETON_MARK = "~"
SKELETON_MIN = 6  # shorter skeletons are shared by too many names
SENTENCE_START_CHARS = frozenset(".!?:;\"“”‘’«»()[]—–-•*|/\n\r\t")
# VOV repeats the headline in front of photo captions: "Headline - ảnh 1Caption".
CAPTION_PREFIX_RE = re.compile(r".*?\s-\s*ảnh\s*[0-9]+")
CREDIT_RE = re.compile(r"\((?:[Pp]hoto|[Ff]oto|Ảnh|ảnh|[Ss]ource|[Ss]umber|Nguồn)\s*:[^)\n]{0,80}\)")
# (English, Indonesian, French, Spanish, German, Dutch, Vietnamese, Russian, Polish, Czech,
# Portuguese, Italian)
LOCATIVE_BEFORE = frozenset({"in", "at", "near", "di", "ke", "à", "au", "aux", "en", "tại", "ở", "в", "во", "w",
                             "we", "v", "ve", "em", "no", "na", "nel", "nella"})
# ... and in one language more: Italian "a Roma", "ad Ankara" (elsewhere "a" is "and", or it comes
# before a person: "recibió a Macri")
LANG_LOCATIVES_BEFORE = {"it": LOCATIVE_BEFORE | {"a", "ad"}, "uk": LOCATIVE_BEFORE | {"у"}}
# (… Ukrainian "у Києві", as "в Києві": in Russian "у Путина" is "at Putin's")
# a city named after the word "city" ("the southern city of Sochi", "la ville de Nice", "kota Sochi", "thành
# phố Sochi"): a place, as after "in" (searched in the few characters before a name; the look-ahead on the
# words' first letters lets the engine pass over the other positions)
CITY_OF_RE = re.compile(r"(?<![^\W\d_])(?=[abcdklprtvг])(?:(?:city|town|port city|resort city|resort town)\s+of|"
                        r"(?:la\s+)?ville\s+de|(?:la\s+)?ciudad\s+de|(?:a\s+)?cidade\s+de|la\s+citt[àa]\s+di|"
                        r"der\s+stadt|kota|bandar|thành\s+phố|tp\.?|городе|город)\s+$")
CITY_OF_CHARS = 24
# A byline ("- By Skyler Swisher Staff writer", "Oleh: A. Penulis") is not a line of the lead
BYLINE_RE = re.compile(r"^\W{0,3}(?:by|oleh|par|por|von|door|av|af|автор)\b[\s:]", re.IGNORECASE)
BYLINE_MAX = 60
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
ngai pho ngoai giao nuoc ngay chia nguon thu tuong chu tich doi hiep dinh conseil presidence
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
potus flotus
prasident prasidentin bundesprasident bundesprasidentin staatschef staatschefin regierungschef
regierungschefin ministerprasident ministerprasidentin premierminister premierministerin kanzler
kanzlerin bundeskanzler bundeskanzlerin aussenminister aussenministerin amtskollege amtskollegin
ehefrau ehemann gattin gatte konig konigin staatsbesuch botschafter botschafterin republik
repubblica republica presidenza presidencia consiglio consejo conselho governo gobierno
ministro ministra ministri ministros esteri exteriores estrangeiros relazioni relaciones relacoes
"""
# Not listed on purpose, being Vietnamese or Chinese name syllables too: an, le,
# mai, my, thang, to, tuan, viet, jun, yang (the sentence-start rule drops them
# where they are only capitalised function words).
STOP_WORDS = frozenset(_STOP_TEXT.split())
# an office or a building, no place of its own: "in Yoons Büro", "di Gedung Kantor Kepresidenan" (folded);
# a run after a locative that begins or ends with one sets the meeting nowhere the linker can compare
GENERIC_PLACE_WORDS = frozenset({"buro", "office", "offices", "kantor", "gedung", "building", "gebaude", "bureau",
                                 "ufficio", "oficina", "escritorio", "edificio", "ofis", "binasi"})
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
    dom: tuple[int, int] | None = None  # no date: the days of the month alone ("15日", "9~11일"), first and last
    # the countries the headline and lead say the meeting is held in ("talks in Beijing", "di Da
    # Nang, Vietnam"); none for a phone call
    venue: frozenset[str] = frozenset()
    # the sides the listed people its headline names speak for, and at what level: ("US", "minister")
    # for "Kerry meets ...", ("IR", "leader") for "Rouhani, Obama talk ..."; and the people themselves:
    # ("US", "=john-kerry") (:data:`PERSON_MARK`)
    principals: frozenset[tuple[str, str]] = frozenset()
    # no day: the days (day numbers, first and last) of the one summit its headline or lead sets it at
    around: tuple[int, int] | None = None
    # a phone or video call: 2 when its headline says so, 1 when only its lead does, else 0
    call: int = 0
    # no day: the (month, day) pairs its text writes without a year (a plan, the body's days)
    written: frozenset[tuple[int, int]] = frozenset()
    # the numbers of the sessions of a standing body its text names ("the 9th session of the Supreme
    # Strategic Committee", "Komitesi'nin 11'inci toplantısı"): two reports naming none in common are of
    # two sessions
    sessions: frozenset[int] = frozenset()
    # no day: the first day (day number) its event can be on (:attr:`shapes.LinkArticle.not_before`)
    after: int | None = None
    # the days (day numbers, first and last) of the summits its headline or lead names with a host
    # city, and of every summit of the series its text names (:func:`scoring.other_summit`)
    set_at_summits: tuple[tuple[int, int], ...] = ()
    summits: tuple[tuple[int, int], ...] = ()


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
    """Comparison keys of one name: whole name, last word, last two words (spelled loosely), and
    for a name of two words or more the skeleton of its last two (``~`` + :func:`skeleton`, when
    at least :data:`SKELETON_MIN` letters); a country's name (:func:`country_name_keys`), or its
    possessive, is none."""
    loose = [loose_key(p) for p in parts]
    full = "".join(loose)
    countries = country_name_keys()
    if len(full) < MIN_KEY_LEN or full in STOP_JOINED or full in countries or full in demonym_keys() \
            or (full[-1] == "s" and full[:-1] in countries) \
            or declined_people_word(loose):  # ("Indonesia's", "Russlands"; "Української", "Південно-Африканської Республіки")
        return []
    keys = [full]
    if len(loose) >= 2 and len(loose[-1]) >= 4:
        keys.append(loose[-1])
    if len(loose) >= 3:
        keys.append(loose[-2] + loose[-1])
    if len(parts) >= 2:
        skel = DOUBLED_LETTER_RE.sub(r"\1", skeleton(parts[-2]) + skeleton(parts[-1]))
        if len(skel) >= SKELETON_MIN:
            keys.append(SKELETON_MARK + skel)
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
            # (a whole name of two words or more; its last two words too, when a title the stop
            # list lacks is glued before it: "Außenminister Mehmet Aydın", "МИД Турции Мехмет Айдын")
            out.append((piece[0], tuple((key, display if n == 0 or key[0] == SKELETON_MARK else last,
                                          (n == 0 and len(piece) > 1) or n == 2 or key[0] == SKELETON_MARK)
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


@functools.lru_cache(maxsize=4)  # (the names, the people and the cities of one text read it in turn)
def _layout(text: str) -> tuple[tuple[tuple[int, int], ...], int]:
    """Where the lead ends, and the spans whose capitalised words are no evidence:
    headline-case lines, the headline VOV repeats in front of captions
    ("Headline - ảnh 1Caption") and photo credits ("(Photo: Quang Hoa)").

    The lead is the first ``LEAD_LINES`` lines of some length (headline, lead
    paragraph, first caption; not a byline), at most ``LEAD_CHARS`` characters."""
    spans = [m.span() for m in CREDIT_RE.finditer(text)] if ":" in text else []
    caption_prefixes = "ảnh" in text
    offset = 0
    lead_end = -1
    lead_lines = 0
    for line in text.split("\n"):
        end = offset + len(line)
        if lead_end < 0 and len(line) >= LEAD_LINE_MIN and not (len(line) <= BYLINE_MAX and BYLINE_RE.match(line)):
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
    return tuple(spans), (min(len(text), LEAD_CHARS) if lead_end < 0 else lead_end)


def _scan_names(text: str, cache: dict[str, _RunInfo | None], met: list[str] | None = None,
                lang: str | None = None, placed_ends: frozenset[int] = frozenset()) -> dict[str, list]:
    """The names of ``text``: key -> [group, display, multiword, place, lead].

    ``multiword``: the key is a whole written name of two words or more, or its last two words;
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
    locatives = LANG_LOCATIVES_BEFORE.get(lang, LOCATIVE_BEFORE)
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
            if text[k + 1:i + 1] in locatives and (k < 0 or not text[k].isalpha()):
                place_at = 0
        if place_at < 0 and not initial and CITY_OF_RE.search(text, max(0, start - CITY_OF_CHARS), start):
            place_at = 0  # ("in Russia's far eastern city of Vladivostok", "di kota Sochi")
        if place_at < 0 and match.end() in placed_ends:  # ("Budapeşte'de": the run's last name)
            place_at = info.pieces[-1][0]
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
    countries = country_name_keys()  # (a country's name before a name: the place is the country)
    for info, initial, place_at, lead in found_runs:
        pieces = info.pieces
        if initial and info.without_first is not None and info.folded[0] not in elsewhere:
            pieces = info.without_first
        placed = place_at < 0 or info.folded[-1] in GENERIC_PLACE_WORDS \
            or place_at < len(info.folded) and info.folded[place_at] in GENERIC_PLACE_WORDS
        for piece_start, piece in pieces:
            group = len(parent)
            parent.append(group)
            # (the first name at or after the locative's word, when only stop words stand between:
            # "à New York" -> "York"; not a person after a country's name, "au Vietnam Daniel Smith")
            place = not placed and piece_start >= place_at and all(
                len(word) < 2 or (word in STOP_WORDS and loose_key(word) not in countries)
                for word in info.folded[place_at:piece_start])
            placed = placed or piece_start >= place_at
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
    text = article.text
    placed_ends: frozenset[int] = frozenset()
    if article.lang in APOSTROPHE_SUFFIX_LANGS:  # (the ending blanked out, offsets kept: "Aliyev,,,")
        placed_ends = frozenset(m.start() for m in LOCATIVE_SUFFIX_RE.finditer(text))
        text = APOSTROPHE_SUFFIX_RE.sub(lambda m: "," * len(m.group()), text)
    for key, (group, _, multiword, place, in_lead) in _scan_names(text, runs, met, article.lang,
                                                                  placed_ends).items():
        names[key] = group
        if multiword:
            fulls[group].add(key)
        if place:
            places.add(key)
        if in_lead:
            lead.add(group)
    people = article.people if article.people is not None else tuple(
        (m.person, m.start, m.end) for m in find_people(article.text))
    _join_people(article.text, names, fulls, lead, people)
    _join_cities(article.text, article.lang, names, places, lead)
    numbers = {n: o for n, o in extract_numbers(article.text, numbers_cache).items() if n not in parts}
    countries = tuple(sorted(set(article.countries)))
    md = None
    # (the weekday a lead names after its dateline's day and month is the event's, on or before the
    #  day the report was written: it dates the report within its event, and does not place it)
    weekday = None if article.date_is_page_date and article.month_day else article.weekday
    if day is None and article.month_day and MONTH_DAY_RE.fullmatch(article.month_day):
        month, dom = (int(x) for x in article.month_day.split("-"))
        if _virtual_day(month, dom) is not None:
            md = (month, dom, weekday)
    return _Features(day, countries, countries if len(countries) == 2 else None, names,
                     {g: frozenset(keys) for g, keys in fulls.items()}, frozenset(places), frozenset(lead), numbers,
                     md, weekday if day is None else None, article.day_of_month if day is None else None,
                     _venue(article), _principals(article.text, people),
                     _around(article) if day is None else None, _call(article.text),
                     frozenset((int(md[:2]), int(md[3:])) for md in article.days_written
                               if MONTH_DAY_RE.fullmatch(md)) if day is None else frozenset(),
                     _sessions(article.text),
                     _day(article.not_before)[0] if day is None and article.not_before else None,
                     *_summits(article.text))


def _summits(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The days of the summits ``text``'s lead names with a host city, and of every summit of the
    series it names (:func:`summits.summit_spans`), as day numbers."""
    set_at, named = summit_spans(text, _layout(text)[1])
    return (tuple((a.toordinal(), b.toordinal()) for a, b in set_at),
            tuple((a.toordinal(), b.toordinal()) for a, b in named))


def _sessions(text: str) -> frozenset[int]:
    """The numbers of the sessions of a standing body (a committee, a commission, a dialogue) the
    first :data:`SESSION_CHARS` characters of ``text`` name (:data:`SESSION_RE`)."""
    head = text[:SESSION_CHARS]
    return frozenset(int(next(g for g in found.groups() if g)) for found in SESSION_RE.finditer(head))


LEADER_OFFICES = frozenset({"head_of_state", "head_of_government", "party_leader"})


def _principals(text: str, people: Sequence[tuple[str, int, int]]) -> frozenset[tuple[str, str]]:
    """(country, level) of the listed people the headline (the text's first line) names, the level
    "leader" for a head of state or government, else "minister"; and (country, "=" + person id) of
    each of them (:func:`scoring.other_counterpart`)."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    named = [person for person, start, _ in people if start < end]
    return frozenset([(country_of(person), "leader" if offices_held(person) & LEADER_OFFICES else "minister")
                      for person in named] + [(country_of(person), PERSON_MARK + person) for person in named])


PERSON_MARK = "="  # (a principal that is a person, not a level)


def _around(article: LinkArticle) -> tuple[int, int] | None:
    if article.around is None:
        return None
    first, last = (_day(iso)[0] for iso in article.around)
    return (first, last) if first is not None and last is not None else None


def _call(text: str) -> int:
    """2 when the headline (the text's first line) tells of a phone or video call, 1 when only the
    :data:`CALL_LEAD_CHARS` characters after it do, else 0."""
    end = text.find("\n")
    if end < 0:
        return 2 if _tells_of_a_call(text, 0, len(text)) else 0
    if _tells_of_a_call(text, 0, end):
        return 2
    return 1 if _tells_of_a_call(text, end, end + CALL_LEAD_CHARS) else 0


def _tells_of_a_call(text: str, start: int, end: int) -> bool:
    """A call's word between two offsets, at a word's start (a "smartphone" deal is no call)."""
    return any(not (match.start() and text[match.start() - 1].isascii() and text[match.start() - 1].isalpha())
               for match in CALL_RE.finditer(text, start, end))


def _venue(article: LinkArticle) -> frozenset[str]:
    """Where the meeting is held (:func:`countries.extract_venue`): as the reader found it, else
    from the text's first line and the next."""
    if article.venue is not None:
        return frozenset(article.venue)
    lines = [line for line in article.text.split("\n") if line.strip()]
    return frozenset(extract_venue(lines[0] if lines else "", lines[1] if len(lines) > 1 else "", article.lang))


def _join_cities(text: str, lang: str | None, names: dict[str, int], places: set[str], lead: set[int]) -> None:
    """Cities written in a script without capitals (:func:`understand.cities.cities_in`: "德黑兰",
    "طهران") become places keyed by their English names, the keys a Latin-script report's
    capitalised place names get ("tehran")."""
    found = cities_in(text, lang)
    if not found:
        return
    _, lead_end = _layout(text)
    next_group = max(names.values(), default=-1) + 1
    for start, _, english in found:
        key = name_key(english)
        if len(key) < MIN_KEY_LEN:
            continue
        if key not in names:
            names[key] = next_group
            next_group += 1
        places.add(key)
        if start < lead_end:
            lead.add(names[key])


def _join_people(text: str, names: dict[str, int], fulls: dict[int, set[str]], lead: set[int],
                 people: Sequence[tuple[str, int, int]]) -> None:
    """Known leaders and ministers (:mod:`understand.actors`), in any script and spelling, become
    one name group each, keyed ``@{person id}``: ``Jokowi``, ``Joko Widodo`` and ``Джоко Видодо``
    are one person in one article, and the same key in every other."""
    mentions = [Mention(p, "", a, b) for p, a, b in people]
    if not mentions:
        return
    _, lead_end = _layout(text)
    title_end = text.find("\n")
    next_group = max(names.values(), default=-1) + 1
    for person in dict.fromkeys(m.person for m in mentions):
        own = [m for m in mentions if m.person == person]
        keys: set[str] = set()
        for m in own:  # (the keys its name runs have: the whole name's and its last word's)
            written = text[m.start:m.end]
            full = name_key(written)
            if full:
                keys.update({full, name_key(written.replace("-", " ").split()[-1])})
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


def _virtual_day(month: int, day: int) -> int | None:
    try:
        return Date(VIRTUAL_YEAR, month, day).toordinal()
    except ValueError:
        return None
