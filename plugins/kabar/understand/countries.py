"""Which countries an article is about.

:func:`extract_countries` counts the countries named in a text and decides
whether the article is about a pair of countries, one country, several or none.
Pure module: no pelican, no I/O after the first call (data files are read once).

Names and mentions: :mod:`country_matcher` (the matcher of each language).

Decision rule
    Each mention weighs 3 in the title, 2 in the first paragraph of the body
    (its first non-empty line, skipped when it repeats the title), 1 elsewhere. With the weights sorted ``w1 >= w2 >= w3``:

    * no mention: scope "none";
    * ``w2 < 0.25 * w1``: one dominant country, scope "single";
    * ``w3 < 0.6 * w2``: the top two stand out, scope "pair" (codes sorted);
    * otherwise three or more comparable countries, scope "multi", codes
      (sorted) of every country weighing at least ``0.6 * w2``, at most six.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from typing import Callable, Iterator, Sequence

from ..record import CountryFinding
from .actors import Mention, find_people
from .cities import cities_in
from .country_matcher import CasedText, base_language, country_mentions, folded_code, lower_case_word, matcher_for
from .scripts import as_looked_up, edges_ok
from .textutil import CALL_RE, first_characters_guard, fold

log = logging.getLogger(__name__)

ACTOR_WEIGHT = 1.5  # a named head of state or government or foreign minister, against a country name
ACTOR_AFTER_LEAD_CHARS = 300  # who a title introduces this soon after the lead acts too, with less weight
# "his Uzbek counterpart Shavkat Mirziyoyev", "son homologue", "su homólogo", "seinem Amtskollegen":
# the person named next holds the office of the one the sentence names before, and meets them
COUNTERPART_RE = re.compile(r"(?:counterpart|homologue|hom[oó]log[oa]|omolog[oa]|amtskolleg\w*|коллег\w*|"
                            r"người đồng cấp|sejawat\w*)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
COUNTERPART_CHARS = 40  # how far before a name its "counterpart" is looked for
# "박근혜 대통령과의 정상회담에서", "박근혜(얼굴) 대통령과의 …", "安倍首相との首脳会談で": the talks with
# the person just named
TALKS_WITH_RE = re.compile(r"\s*(?:\([^()]{1,8}\)\s*)?(?:[가-힣]{1,4}\s*)?(?:과|와)의?\s*(?:정상|단독|확대)?\s*회담"
                           r"|\s*[\u3040-\u30ff\u4e00-\u9fff]{0,4}との?(?:首脳)?会談")
ACTOR_PARTNER_MIN = 2  # one acting country pairs with another named at least this much (lead, or twice)
WEAK_ACTOR_OUTNAMED = 3  # a country acting once in the body yields to one named this many times more
TOLD_OVER_VENUE = 2  # ... the headline's country over the one it sets the meeting in, named at least half as much
LEAD_MIN_CHARS = 200  # the lead: the first line, and the next ones while it is shorter than this
TITLE_WEIGHT = 3
LEAD_WEIGHT = 2
BODY_WEIGHT = 1
PAIR_MIN_SHARE = 0.25  # second country vs first
THIRD_MAX_SHARE = 0.6  # third country vs second, for a clear pair
MAX_MULTI = 6


# Locative prepositions, folded ("in", "di", "à", "tại", "в"...: English, Indonesian, French, Spanish,
# German, Dutch, Vietnamese, Russian, Polish, Czech, Portuguese, Italian); the linker reads a name
# after one as a place. Directional words ("to", "ke", "nach") are not locatives.
LOCATIVE_WORDS = frozenset({"in", "at", "di", "a", "au", "aux", "en", "tai", "o", "v", "vo", "w", "we", "ve", "em",
                            "no", "na", "nel", "nella"})
# Where a meeting is held: a country (or its capital) right after a locative word (with German's
# "im" and Filipino's "sa"), with an article ("in the Chinese capital"), or after a place and a comma
# ("in Da Nang, Vietnam").
# Locatives of one language only: Vietnamese "ở" (folded "o": the Greek and Portuguese article, the
# Czech and Polish "about": "o Rusku"), Greek "στην", "στο" (folded)
# ... and "a" is one in the Romance languages ("à Paris", "a Roma") but the English article ("a Seoul
# official said")
LOCATIVES_OF = {"o": frozenset({"vi"}), "a": frozenset({"fr", "es", "it", "pt", "ca", "gl"}),
                **{w: frozenset({"el"}) for w in ("stin", "sti", "sto", "ston", "stis", "stous")},
                "nchini": frozenset({"sw"}),  # (Swahili: "ziara rasmi nchini Japani", in the country of Japan)
                "u": frozenset({"hr", "sr", "bs"}),  # (Croatian, Serbian, Bosnian: "u Pekingu")
                # (Vietnamese: a visit to, "thăm chính thức Việt Nam", "thăm cấp Nhà nước tới Ireland"; folded)
                **{w: frozenset({"vi"}) for w in ("tham", "tham chinh thuc", "tham cap nha nuoc", "tham lam viec",
                                                 "tham chinh thuc toi", "tham cap nha nuoc toi", "tham toi")}}
VENUE_BEFORE_RE = re.compile(  # (not a suffix after an apostrophe: Turkish "Erdoğan'ın davetiyle, Mısır …")
    r"(?:^|[^\w'’])(?P<word>" + "|".join(sorted(LOCATIVE_WORDS | {"im", "sa"} | set(LOCATIVES_OF)))
    + r"|(?:visit|trip)\s+to|dans(?=\s+la\s+capitale\s))\s+"  # ("dans la capitale mauritanienne")
    r"(?:(?:the|la|le|les|l'|el|los|der|dem|des|het)\s+)?"
    r"(?:(?:capital|ibu ?kota|capitale|hauptstadt|stolitse|stolicy|thu do|baskent)\s+)?"  # ("di ibu kota Ankara")
    r"(?:[\w'’-]+(?:\s+[\w'’-]+){0,2},\s*)?$")  # (and "visit to": the visit is held there)
VENUE_LOOKBEHIND = 48  # characters before a name where its locative may stand
# ... a Vietnamese visit that is invited or to come ("mời … sang thăm", "sẽ thăm", "dự kiến thăm"; folded)
PLANNED_VISIT_BEFORE_RE = re.compile(r"(?:^|\s)(?:moi|se|du kien|sap|chuan bi)(?:\s+\S+){0,5}?\s+tham\b")
# ... but "in Samarkand, Germany and Uzbekistan signed": after a place and a comma, a country that
# "and" joins to another name is the subject of the sentence, not the place's country (folded)
LIST_AFTER_RE = re.compile(r"\s+(?:and|dan|et|y|e|und|va|i|ve)\s+")
# ... not in the languages where the word means "and" ("o meji med Slovenijo in Hrvaško", the border
# between Slovenia and Croatia; Czech, Slovak, Polish and the Serbo-Croatian "a"), nor "of" (the
# Macedonian and Bulgarian "на": "премиерот на Бугарија", Bulgaria's prime minister, met in Skopje)
NOT_LOCATIVE_IN = {"sl": frozenset({"in", "a"}), "hr": frozenset({"a"}), "sr": frozenset({"a"}),
                   "bs": frozenset({"a"}), "cs": frozenset({"a"}), "sk": frozenset({"a"}),
                   "pl": frozenset({"a"}), "mk": frozenset({"na"}), "bg": frozenset({"na"}),
                   "sw": frozenset({"na"}),  # (Swahili "na": and, with: "Mataifa ya Kenya na Indonesia")
                   "tr": frozenset({"ve"}), "az": frozenset({"ve"})}  # (Turkish "ve": and, the Czech "in")
# ... but not the subject of the talks: "the war in Syria", "la situación en Ucrania", "perdamaian di
# Myanmar", "войны в Сирии", "xung đột ở Ukraine" (folded words, the languages of LOCATIVE_WORDS)
TOPIC_WORDS = (
    "war|wars|conflict|conflicts|crisis|situation|peace|fighting|violence|elections?|settlement|ceasefire|"
    "guerra|conflicto|situacion|paz|violencia|elecciones|"
    "guerre|conflit|crise|paix|violences|"
    "krieg|konflikt|krise|lage|frieden|"
    "perang|konflik|krisis|situasi|perdamaian|kekerasan|pemilu|"
    "voyna|voyny|voynu|voyne|konflikta|konflikte|krizisa|situatsii|situatsiya|uregulirovanie|uregulirovaniya|mira|"
    "chien tranh|xung dot|khung hoang|tinh hinh|hoa binh|"
    "conflito|situacao|"
    "wojny|wojna|konfliktu|sytuacji|pokoju|"
    "conflitto|situazione|crisi|pace")
# (a locative word, maybe an article, at the end of the text before a place: what the three
#  expressions below end with)
TAIL_ARTICLES = r"(?:(?:the|la|le|les|l'|el|los|der|dem|des|het)\s+)?"
LOCATIVE_TAIL = r"\s+(?:" + "|".join(sorted(LOCATIVE_WORDS | {"im", "sa"})) + r")\s+" + TAIL_ARTICLES + "$"
TOPIC_BEFORE_RE = re.compile(r"(?:^|[^\w])(?:" + TOPIC_WORDS + r")" + LOCATIVE_TAIL)
# ... nor the home a leader goes back to: "Renzi rientra in Italia", "back in Washington", "rentre en
# France", "regresó a España", "вернулся в Москву" (folded words, the languages of LOCATIVE_WORDS)
RETURN_WORDS = (
    "back|return|returns|returned|returning|"
    "rientra|rientrato|rientrata|rientro|ritorna|ritornato|ritorno|torna|tornato|tornata|"
    "rentre|rentree|retour|regagne|"
    "regresa|regreso|regresara|vuelve|volvio|volvera|"
    "regressa|regressou|regresso|volta|voltou|"
    "zuruck|heimkehr|"
    "vernulsya|vernulas|vernetsya|vozvrashchaetsya|vozvrashchenie|vernuvshis|"
    "powrot|wrocil|wrocila|wraca|"
    "kembali|pulang|"
    "mula|galing")  # (Filipino "mula sa Hiroshima", from Hiroshima: where one comes from)
# ("the return of President X in ...", "il rientro del premier Matteo Renzi in Italia")
RETURN_NOUNS = "return|rientro|ritorno|retour|regreso|regresso|vozvrashchenie|powrot"
RETURN_BEFORE_RE = re.compile(
    r"(?:^|[^\w])(?:(?:" + RETURN_WORDS + r")|(?:" + RETURN_NOUNS + r")\s+(?:of|del|della|dello|de|du|des|di|da|do|dos)"
    r"(?:\s+[\w'’-]+){1,3})" + LOCATIVE_TAIL)
# ... nor where another gathering is still to be held: "su apoyo a la reunión del G-20 que se hará en
# Buenos Aires en noviembre próximo" in a report of talks in the Élysée, "the summit to be held in Lima"
# (folded words, the languages of LOCATIVE_WORDS)
HOSTED_LATER_WORDS = (
    "(?:will|to) be (?:held|hosted|staged)|will take place|due to take place|"
    "se hara|se celebrara|se realizara|tendra lugar|se llevara a cabo|"
    "sera realizad[ao]|sera sediad[ao]|acontecera|"
    "aura lieu|se tiendra|se deroulera|"
    "si terra|si svolgera|avra luogo|"
    "proydet|sostoitsya|budet provoditsya|"
    "akan (?:di)?(?:gelar|selenggarakan|adakan|laksanakan)|akan berlangsung|"
    "se dien ra|se duoc to chuc|"
    "magaganap|gaganapin")
# ... nor the stop a tour made before ("Après une halte de plusieurs jours en Lituanie, où ils ont été
# accueillis par le président Gitanas Nauseda, … Destination : Riga"): "after a stop, a stay in", the stop's
# noun within a few words of "after" (as written; read folded where a venue is looked for)
STOP_AFTER_WORDS = ("après", "after", "nach", "tras", "dopo", "após")
STOP_NOUNS = ("halte", "escale", "étape", "séjour", "stop", "stopover", "zwischenstopp", "station", "escala", "tappa",
              "sosta", "parada", "etapa")


def _stop_head(folded: bool) -> str:
    def words(ws):
        return "|".join(dict.fromkeys(form for w in ws for form in ((fold(w),) if folded else (w, fold(w)))))
    return rf"(?:{words(STOP_AFTER_WORDS)})\s+(?:[\w'’-]+\s+){{0,2}}(?:{words(STOP_NOUNS)})"


PREVIOUS_STOP_BEFORE_RE = re.compile(r"(?:^|[^\w])" + _stop_head(True) + r"(?:\s+[\w'’-]+){0,4}" + LOCATIVE_TAIL)
# ... whose hosts, named in the clause after it, are no side of the report's meeting (characters after
# the stop's words where a name is the previous host's)
PREVIOUS_STOP_RE = re.compile(r"(?i)" + first_characters_guard([*STOP_AFTER_WORDS, *map(fold, STOP_AFTER_WORDS)])
                              + r"(?<![\w])" + _stop_head(False) + r"\b")  # (its first words' letters looked for first)
PREVIOUS_HOST_CHARS = 160
# ... nor the place of an earlier visit the lead recalls ("his current visit to Turkey, and Erdogan's
# previous visit to Cairo", "sa précédente visite en Chine", "la visita anterior a Madrid"): the adjective
# before the visit's noun (up to two words between; "last" right before it: "last week's visit to" is
# not one), or after it (folded words)
# (a visit's tail: a locative or a word of direction, "visit to the capital ")
VISIT_TAIL = (r"\s+(?:" + "|".join(sorted(LOCATIVE_WORDS | {"im", "to", "nach", "ke", "ad", "alla", "do"})) + r")\s+"
              + TAIL_ARTICLES + r"(?:(?:capital|capitale|hauptstadt|ibu ?kota)\s+)?$")
EARLIER_VISIT_NOUNS = "visit|visits|trip|visite|visita|viaggio|viaje|viagem|besuch|vizit|vizita|vizite|wizyta|wizyty"
EARLIER_VISIT_BEFORE_RE = re.compile(
    r"(?:^|[^\w])(?:(?:previous|earlier|prior|precedente|anterior|anteriore|vorherigen|vorigen|fruheren|"
    r"predydushch\w*|poprzedni\w*)(?:\s+[\w'’-]+){0,2}|last|derniere|ultima|letzten)\s+(?:" + EARLIER_VISIT_NOUNS + r")"
    r"(?:\s+[\w'’-]+){0,3}" + VISIT_TAIL)
EARLIER_VISIT_AFTER_RE = re.compile(
    r"(?:^|[^\w])(?:" + EARLIER_VISIT_NOUNS + r"|kunjungan)\s+(?:precedente|anterior|anteriore|sebelumnya|terakhir)"
    r"(?:\s+[\w'’-]+){0,3}" + VISIT_TAIL)
HOSTED_LATER_BEFORE_RE = re.compile(r"(?:^|[^\w])(?:" + HOSTED_LATER_WORDS + r")(?:\s+[\w'’-]+){0,2}" + LOCATIVE_TAIL)
LEAD_SENTENCES_RE = re.compile(r"(?:.*?[.!?。](?=\s|$)){1,2}", re.DOTALL)  # a lead's first two sentences
LEAD_SENTENCES_MAX = 400  # characters of them read for the venue
FIRST_SENTENCE_RE = re.compile(r".*?[.!?。](?=\s|$)", re.DOTALL)  # a lead's first sentence
LEAD_RE = re.compile(r"\S[^\n]*")
SENTENCE_END_RE = re.compile(r"[.!?。]['\"”’)]?\s*$")
SENTENCE_BREAK_RE = re.compile(r"[.!?。]['\"”’)]?(?:\s+|$)|\n")  # where a sentence (or a line) ends

# ---------------------------------------------------------------- counting


def _segments(text: str, title: str | None, derived: bool = False) -> Iterator[tuple[str, int]]:
    """(part of the article, weight): the title, the lead paragraph (the first
    non-empty line of the body that does not repeat the title), the rest. A title ``derived`` from
    the text (the page has no headline) is the first sentence of its first paragraph: it weighs as
    the lead, and the lead is the paragraph after that one (who acts is often named only there:
    "Theresa May has raised concerns over Yemen with Saudi Arabia's Crown Prince." over "Mohammed
    bin Salman posed with Theresa May outside 10 Downing Street")."""
    if title:
        yield title, LEAD_WEIGHT if derived else TITLE_WEIGHT
    lead = LEAD_RE.search(text)
    if lead is not None and title and (lead.group().strip() == title.strip() or derived and lead.group().startswith(
            title.rstrip("…").strip())):
        lead = LEAD_RE.search(text, lead.end())
    if lead is None:
        yield text, BODY_WEIGHT
        return
    end = lead.end()
    while end - lead.start() < LEAD_MIN_CHARS and not SENTENCE_END_RE.search(text, 0, end):
        # a photo credit or a label above the lead is not the lead
        more = LEAD_RE.search(text, end)
        if more is None:
            break
        end = more.end()
    yield text[: lead.start()], BODY_WEIGHT
    yield text[lead.start():end], LEAD_WEIGHT
    yield text[end:], BODY_WEIGHT


def count_countries(text: str, lang: str | None, title: str | None = None) -> Counter[str]:
    """Weighted country mentions: code -> weight."""
    return _count(text, lang, title)[0]


def _count(text: str, lang: str | None, title: str | None = None,
           people: Sequence[Mention] | None = None,
           titled: Sequence[tuple[int, str]] = (), derived: bool = False
           ) -> tuple[Counter[str], Counter[str], tuple[str, ...], frozenset[str], frozenset[str]]:
    """:func:`_count_parts`; for a title ``derived`` from the text whose first paragraph names
    fewer than two who act, counted again with the paragraph after it as the lead (see
    :func:`_segments`)."""
    found = _count_parts(text, lang, title, people, titled)
    if derived and title and len(found[1]) < 2:
        again = _count_parts(text, lang, title, people, titled, derived=True)
        if len(again[1]) > len(found[1]):
            return again
    return found


def _count_parts(text: str, lang: str | None, title: str | None = None,
                 people: Sequence[Mention] | None = None,
                 titled: Sequence[tuple[int, str]] = (), derived: bool = False
                 ) -> tuple[Counter[str], Counter[str], tuple[str, ...], frozenset[str], frozenset[str]]:
    """(weighted country mentions, countries of the leaders and ministers the headline and lead
    name, the countries of those the first sentence naming two or more of them names: see
    :func:`_first_actors`, the countries of the leaders and ministers the whole text names, the
    countries the headline names or names people of).

    ``people``: :func:`actors.find_people` of ``f"{title}\n{text}"`` when the caller has them;
    ``titled``: (offset in that text, country) of the people a title introduces with their country
    ("Kenyan Foreign Minister Amina Otieno"): those in the headline and lead act too."""
    matcher = matcher_for(base_language(lang))
    text = unicodedata.normalize("NFC", text or "")
    title = unicodedata.normalize("NFC", title) if title else None
    counts: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    # a leader or minister speaks for their country: mentions in the title, and in the text
    shift = len(title) + 1 if title else 0  # (where the text starts in the headline-and-text offsets)
    if people is None:
        in_title, in_text = (find_people(title) if title else []), find_people(text)
    else:
        in_title = [m for m in people if m.end <= shift - 1]
        in_text = [replace(m, start=m.start - shift, end=m.end - shift) for m in people if m.start >= shift]
    # a person's name is not their country's ("François Hollande" is not Holland, "Hollande")
    text, title = _without_names(text, in_text), (_without_names(title, in_title) if title else None)
    # (nor is an Arabic family name that reads as a demonym: "ас-Судани", "əl-Sudani", Iraq's prime minister)
    text, title = NISBA_RE.sub(_blotted, text), (NISBA_RE.sub(_blotted, title) if title else None)
    offset = 0
    lead_end = None
    first: tuple[str, ...] | None = None
    in_headline = {m.country for m in in_title} | {code for at, code in titled if at < shift - 1}
    stops = [found.end() for found in PREVIOUS_STOP_RE.finditer(text)]  # (where a tour's earlier stops are told)
    for part, weight in _segments(text, title, derived):
        start = offset if part is not title else -1
        if part is not title:
            offset += len(part)
        if not part.strip():
            continue
        for code in country_mentions(matcher, part):
            counts[code] += weight
            if start < 0:
                in_headline.add(code)
        mentions = in_title if start < 0 else [m for m in in_text if start <= m.start < offset
                                                and not _previous_host(matcher, text, m, stops)]
        for mention in mentions:
            counts[mention.country] += ACTOR_WEIGHT * weight
            if weight > BODY_WEIGHT:
                actors[mention.country] += weight
        if weight > BODY_WEIGHT:  # (the part's span in the headline-and-text offsets)
            if first is None:
                first = _first_actors(part, [(m.start - max(start, 0), m.country) for m in mentions])
            lo, hi = (0, shift - 1) if start < 0 else (shift + start, shift + offset)
            for at, code in titled:
                if lo <= at < hi:
                    actors[code] += weight
            if start >= 0:
                lead_end = offset
    # a standfirst may stand for the lead: when the headline and lead name fewer than two who act,
    # the people a title introduces with their country right after it act too, with less weight
    # ("Malaysia's Prime Minister Azman Yusof"; a listed leader named there may be only mentioned)
    if lead_end is not None and len(actors) < 2:
        for at, code in titled:
            if lead_end <= at - shift < lead_end + ACTOR_AFTER_LEAD_CHARS:
                actors[code] += BODY_WEIGHT
    # ... and one leader acting, the one the text calls their counterpart, or tells of talks with,
    # further down ("Museveni said in a summit with his South Korean counterpart Park Geun-hye", in
    # a report whose headline and lead speak of North Korea)
    if lead_end is not None and len(actors) == 1:
        met = {m.country for m in in_text if m.start >= lead_end and m.country not in actors
               and (COUNTERPART_RE.search(text, max(0, m.start - COUNTERPART_CHARS), m.start)
                    or TALKS_WITH_RE.match(text, m.end))}
        if len(met) == 1:
            actors[met.pop()] += BODY_WEIGHT
    return counts, actors, first or (), frozenset(m.country for m in (*in_title, *in_text)), frozenset(in_headline)


def _previous_host(matcher, text: str, mention: Mention, stops: Sequence[int]) -> bool:
    """A leader of the country a tour's earlier stop was in, named soon after it in its sentence
    ("Après une halte … en Lituanie, où ils ont été accueillis par le président Gitanas Nauseda"): the
    last host, not a side of the report's meeting. ``stops``: where the words of such stops end."""
    at = mention.start
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    return any(start <= end <= at and at - end <= PREVIOUS_HOST_CHARS
               and mention.country in country_mentions(matcher, text[end:at]) for end in stops)


# an Arabic family name written with its article and a hyphen in a Latin or Cyrillic text: a nisba
# ("al-Sudani", "es-Sudani", "əl-Sudani", "ас-Судани", "аль-Масри"), the person's, not a country's
NISBA_RE = re.compile(r"(?<![\w'’-])(?:[aAeEəƏ](?:[lsdrtnz]|sh)|[аАэЭ](?:[лсдртнз]ь?|ш))[-‐‑][A-ZÀ-ÝĐА-ЯЁƏŞÇÜÖ][^\W\d_]+")


def _blotted(match: re.Match) -> str:
    return "_" * len(match.group())


def _without_names(text: str, mentions: Sequence[Mention]) -> str:
    """``text`` with the names of the people ``mentions`` finds in it blotted out (the same length, and
    no blank where a line began: its lead stays where it was)."""
    spans = sorted((m.start, m.end) for m in mentions if 0 <= m.start < m.end <= len(text))
    if not spans:
        return text
    pieces, at = [], 0
    for start, end in spans:
        start = max(start, at)
        if end > start:
            pieces += (text[at:start], "_" * (end - start))
            at = end
    pieces.append(text[at:])
    return "".join(pieces)


def _first_actors(part: str, mentions: list[tuple[int, str]]) -> tuple[str, ...] | None:
    """The countries of the people (offset in ``part``, country) that the first sentence of
    ``part`` naming people of two countries or more names, sorted; None when none does."""
    by_sentence: dict[int, set[str]] = {}
    breaks = [m.end() for m in SENTENCE_BREAK_RE.finditer(part)]
    for at, country in mentions:
        by_sentence.setdefault(bisect_right(breaks, at), set()).add(country)
    for sentence in sorted(by_sentence):
        if len(by_sentence[sentence]) >= 2:
            return tuple(sorted(by_sentence[sentence]))
    return None


def decide(counts: Counter[str] | dict[str, int]) -> CountryFinding:
    """Apply the decision rule of the module docstring to weighted counts."""
    ranked = sorted(((code, int(w)) for code, w in counts.items() if w > 0), key=lambda cw: (-cw[1], cw[0]))
    if not ranked:
        return CountryFinding(codes=(), scope="none", counts=())
    weights = [w for _, w in ranked] + [0, 0]
    w1, w2, w3 = weights[0], weights[1], weights[2]
    if w2 < PAIR_MIN_SHARE * w1:
        return CountryFinding(codes=(ranked[0][0],), scope="single", counts=tuple(ranked))
    if w3 < THIRD_MAX_SHARE * w2:
        return CountryFinding(codes=tuple(sorted(c for c, _ in ranked[:2])), scope="pair", counts=tuple(ranked))
    top = [c for c, w in ranked if w >= THIRD_MAX_SHARE * w2][:MAX_MULTI]
    return CountryFinding(codes=tuple(sorted(top)), scope="multi", counts=tuple(ranked))


def decide_with_actors(counts: Counter[str], actors: Counter[str], first: tuple[str, ...] = (),
                       named: frozenset[str] = frozenset(), headline: frozenset[str] = frozenset(),
                       headline_venue: Callable[[], frozenset[str]] = frozenset) -> CountryFinding:
    """The decision rule, told who acts: the countries of the leaders and ministers named in the
    headline and lead are the pair when they are two; a third country only mentioned (the war
    discussed, the summit's host, a trade partner) does not count. One such country pairs with
    the strongest other country the text names in its headline or lead or twice. Of three or
    more, the two that stand out by who acts, else by how often the text names them (the host
    named throughout, the leader of a third country in one sentence: "the wall Trump wants to
    build", in a report of Netanyahu's talks in Mexico), else the two of those the first sentence names together
    (``first``: "Putin and Moon discussed by telephone ..." before "... Kim Jong Un's offer").
    Three or more acting, the headline naming two of them: those two (a tour's stop: its hosts all
    named in the lead); or one of them and a country named more than the others acting: those two. Three or more countries, none standing out, and fewer than two acting in the headline and lead:
    the two of them whose leaders or ministers the text names (``named``), when they are the only
    ones it names (Putin and Niinistö in a report that speaks much of Ukraine; the presidents of
    Georgia and Armenia, and Russia named as often); one standing out and the leaders of two, it
    and another: those two (Tsipras named with Zaev, "the neighbouring country" left unnamed).
    Two acting, one of them in the lead only, and the headline (``headline``: the countries it
    names) naming one country more that acts nowhere and that the text names more often than that
    one: the headline's ("Li meets Portugal's foreign minister", whose lead tells of the Cuban
    leader who saw him off in Havana); not over the counterpart found further down, which stands
    for a third country the headline and lead speak of ("Uganda drops North Korea"). Nor, the
    headline naming two countries besides the place it sets the meeting in (``headline_venue()``, asked
    only then), one acting and the other's leader named in the text, over a leader the lead alone names
    whose country the headline does not ("Turkish, Chinese presidents hold talks in Uzbekistan", over a
    lead saying Erdoğan is expected to meet Putin too). None acting, and three or more countries
    named: the headline's two, when they are the two the text names most. One acting: with the
    strongest other country, not the one the headline sets the meeting in when it names another.
    Two acting, one only once in the body: another country whose leader the text names, named
    :data:`WEAK_ACTOR_OUTNAMED` times as often, takes its place."""
    ranked = [c for c, _ in sorted(counts.items(), key=lambda cw: (-cw[1], cw[0]))]
    acting = [c for c in ranked if c in actors]
    finding = decide(counts)
    if len(acting) == 2:
        lead_only = [c for c in acting if c not in headline]
        instead = [c for c in headline if c not in actors and len(lead_only) == 1
                   and actors[lead_only[0]] > BODY_WEIGHT and counts[c] > counts[lead_only[0]]]
        if len(instead) == 1:
            acting = [c for c in acting if c in headline] + instead
        elif len(lead_only) == 1:
            told = headline - headline_venue()  # (the two the headline says meet, not where)
            own = [c for c in told if c not in actors]
            if len(told) == 2 and len(own) == 1 and own[0] in named and (told - set(own)) <= set(acting):
                acting = sorted(told)
        weak = [c for c in acting if actors[c] <= BODY_WEIGHT and c not in headline]
        if not weak and not headline:
            # (… or, the page having no headline naming a country, one side's leader named once, in the
            #  lead's passing words: "… una gira … en medio de la guerra comercial desatada por el
            #  presidente estadounidense, Donald Trump", in a report of a visit to Hanoi)
            weak = [c for c in acting if actors[c] <= LEAD_WEIGHT]
        if len(weak) == 1:  # (one side's leader named once, further down, where another country whose
            #                 leader the text names is named far more: "Le leader cubain a été reçu par
            #                 Vucic", Meloni named in passing)
            more = [c for c in ranked if c not in acting and c in named
                    and counts[c] >= WEAK_ACTOR_OUTNAMED * counts[weak[0]]]
            if more:
                acting = [c for c in acting if c != weak[0]] + more[:1]
        return CountryFinding(codes=tuple(sorted(acting)), scope="pair", counts=finding.counts)
    if len(acting) > 2:
        # (a tour's hosts all acting in the lead, the headline naming the two of this stop: "李强抵达惠灵顿
        #  开始对新西兰进行正式访问" over "应新西兰总理拉克森、澳大利亚总理阿尔巴尼斯和马来西亚总理安瓦尔邀请")
        told = [c for c in acting if c in headline]
        if len(told) == 2:
            return CountryFinding(codes=tuple(sorted(told)), scope="pair", counts=finding.counts)
        if len(told) == 1 and len(headline) == 2 and (rest := [counts[c] for c in acting if c not in told]) \
                and counts[next(iter(headline - set(told)))] > max(rest):
            # (… or one of them, and a country named more than the others acting, the lead's leaders named
            #  in passing: "Tebboune se rend en visite officielle en Tunisie" over "Parmi eux, le président
            #  italien Sergio Mattarella et … Mahmoud Abbas")
            return CountryFinding(codes=tuple(sorted(headline)), scope="pair", counts=finding.counts)
        narrowed = decide(Counter({c: actors[c] for c in acting}))
        if narrowed.scope != "pair":
            counted = decide(Counter({c: counts[c] for c in acting}))
            if counted.scope == "pair":
                return CountryFinding(codes=counted.codes, scope="pair", counts=finding.counts)
        if narrowed.scope != "pair" and len(first) == 2:
            return CountryFinding(codes=first, scope="pair", counts=finding.counts)
        return CountryFinding(codes=narrowed.codes, scope=narrowed.scope, counts=finding.counts)
    if len(acting) == 1:
        # (one leader acting pairs with the strongest other country, also where the two named most
        #  leave it out: "Uganda drops North Korea" over President Park's visit to Kampala)
        others = [c for c in ranked if c != acting[0] and counts[c] >= ACTOR_PARTNER_MIN]
        where = headline_venue() if others and others[0] in headline and len(headline) >= 3 else frozenset()
        if others and others[0] in where:
            # (not where the headline sets the meeting, when it names another country the text names
            #  about as often: "… ties with Sudan at secret meeting with its leader in Uganda"; not a
            #  stop before, named in passing: "После Северной Кореи Путин во Вьетнаме")
            told = [c for c in others if c in headline and c not in where
                    and counts[c] * TOLD_OVER_VENUE >= counts[others[0]]
                    and (c in named or others[0] not in named)]  # (not the crisis a visit comes amid: "German
            #  chancellor lands in Israel amid Ukraine crisis", Israel's leader named, Ukraine's not)
            if told:
                return CountryFinding(codes=tuple(sorted((acting[0], told[0]))), scope="pair", counts=finding.counts)
        if others and (finding.scope != "pair" or acting[0] not in finding.codes):
            return CountryFinding(codes=tuple(sorted((acting[0], others[0]))), scope="pair", counts=finding.counts)
    if finding.scope == "multi" and len(named) == 2 and named <= set(finding.codes):
        return CountryFinding(codes=tuple(sorted(named)), scope="pair", counts=finding.counts)
    if finding.scope == "single" and len(named) == 2 and finding.codes[0] in named:
        return CountryFinding(codes=tuple(sorted(named)), scope="pair", counts=finding.counts)
    if not acting and len(named) == 2 and finding.scope == "pair" and set(finding.codes) != named \
            and named <= set(ranked):
        return CountryFinding(codes=tuple(sorted(named)), scope="pair", counts=finding.counts)
    if not acting and finding.scope == "multi" and len(headline) == 2 and set(ranked[:2]) == headline:
        # (no leader found acting; the headline names two countries, the two the text names most:
        #  "Chile y Canadá firman …", over the summit's host named in the dateline)
        return CountryFinding(codes=tuple(sorted(headline)), scope="pair", counts=finding.counts)
    return finding


def extract_countries(text: str, lang: str | None, title: str | None = None,
                      people: Sequence[Mention] | None = None,
                      titled: Sequence[tuple[int, str]] = (), derived: bool = False) -> CountryFinding:
    """The countries ``text`` (body, boilerplate removed) is mainly about.

    ``lang`` is a BCP 47 code or None; ``title`` weighs more than the body; ``people`` and
    ``titled``: see :func:`_count`. See the module docstring and :func:`decide_with_actors` for
    the decision rule; ``derived``: the title is the text's own first sentence (no headline).
    """
    counts, actors, first, named, headline = _count(text, lang, title, people, titled, derived)
    # (a title derived from the text is its lead's first words, not a headline that tells who met)
    if derived:
        return decide_with_actors(counts, actors, first, named)
    return decide_with_actors(counts, actors, first, named, headline, lambda: located_countries(title or "", lang))




# Where a meeting is held, in Turkish: a country or its capital with the locative's suffix after its
# apostrophe ("Ankara'da", "Kahire'deki", "Mısır'da"; folded), as proper names take it; not the subject of
# the talks ("Suriye'deki savaş", the war in Syria)
SUFFIX_LOCATIVE_LANGUAGES = frozenset({"tr"})
# ... or with the dative's before a visit or an arrival: "Ankara'ya gelen" (arriving in Ankara),
# "Kahire'ye gerçekleştirdiği ziyaret" (the visit he made to Cairo)
LOCATIVE_SUFFIX_RE = re.compile(r"'[dt][ae](?:ki)?(?!\w)|'y?[ae]\s+(?:\w+\s+)?(?:gel|ziyaret)")
SUFFIX_TOPIC_AFTER_RE = re.compile(r"\s+(?:sava[sş]\w*|catisma\w*|kriz\w*|durum\w*|baris\w*|gelisme\w*|"
                                   r"insani|ateskes\w*|secim\w*|olay\w*|saldiri\w*)")


def _country_written(matcher, cased, match: re.Match) -> str | None:
    """The country a name found in the folded text stands for, unless it is written there as a
    lower-case word (:func:`lower_case_word`)."""
    code = folded_code(matcher, match.group())
    return None if code is None or lower_case_word(matcher, cased, match) else code


def _located_by_suffix(matcher, folded: str, cased) -> set[str]:
    """The countries a Turkish text (``folded``) says something happens in (see above)."""
    found = set()
    for match in matcher.folded.finditer(folded):
        after = LOCATIVE_SUFFIX_RE.match(folded, match.end())
        if after is None or SUFFIX_TOPIC_AFTER_RE.match(folded, after.end()):
            continue
        code = _country_written(matcher, cased, match)
        if code is not None:
            found.add(code)
    return found


def _earlier_visit(before: str) -> bool:
    """Is the locative at the end of ``before`` (folded) an earlier visit's ("previous visit to")?"""
    return EARLIER_VISIT_BEFORE_RE.search(before) is not None or EARLIER_VISIT_AFTER_RE.search(before) is not None


def located_countries(text: str, lang: str | None) -> frozenset[str]:
    """The countries ``text`` says something happens in: a country or its capital named right after
    a locative word ("talks in Beijing", "di Vietnam", "in Da Nang, Vietnam", "в Москве"). Not a
    dateline (where the report was written), nor a destination ("flew to Manila"), nor the subject
    of the talks ("the war in Syria"). Arabic, Persian and Urdu as written: :func:`_located_as_written`;
    Turkish by its suffixes: :func:`_located_by_suffix`."""
    matcher = matcher_for(base_language(lang))
    if matcher.folded is None:
        return frozenset()
    folded = fold(text)
    cased = CasedText(text)
    found = set()
    base = base_language(lang)
    not_here = NOT_LOCATIVE_IN.get(base, frozenset())
    for match in matcher.folded.finditer(folded):
        start = match.start()
        before = folded[max(0, start - VENUE_LOOKBEHIND):start]
        locative = VENUE_BEFORE_RE.search(before)
        if locative is None or locative.group("word") in not_here or TOPIC_BEFORE_RE.search(before) is not None \
                or RETURN_BEFORE_RE.search(before) is not None or HOSTED_LATER_BEFORE_RE.search(before) is not None \
                or PREVIOUS_STOP_BEFORE_RE.search(before) is not None or _earlier_visit(before) \
                or base not in LOCATIVES_OF.get(locative.group("word"), (base,)):
            continue
        joined = LIST_AFTER_RE.match(folded, match.end()) if "," in locative.group() else None
        if joined is not None and matcher.folded.match(folded, joined.end()) is not None:
            continue
        if locative.group("word").startswith("tham") and PLANNED_VISIT_BEFORE_RE.search(before) is not None:
            continue  # (a visit invited or to come: "đã mời ông Pratama sang thăm Australia", "sẽ thăm Nhật Bản")
        if "," in locative.group() and cased.lower_at(start):
            continue  # (after a place and a comma, the place's country is a name: "u Dubrovniku, ukrajinski
            #           predsjednik …" is no Ukraine, as "in Da Nang, Vietnam" is Vietnam)
        code = _country_written(matcher, cased, match)
        if code is not None:
            found.add(code)
    if base in SUFFIX_LOCATIVE_LANGUAGES:
        found |= _located_by_suffix(matcher, folded, cased)
    if base in CJK_VENUE_LANGUAGES:
        return frozenset(found | _located_cjk(matcher, text, base))
    return frozenset(found | _located_as_written(matcher, text, base)) if base in UNSPACED_VENUE_LANGUAGES \
        else frozenset(found)


# Where a meeting is held, in Arabic and Persian (names matched as written, prefixes glued): a country
# or its capital after "في" / "در" (in), with "the capital" and its adjective between ("في العاصمة
# الروسية موسكو", "در پایتخت روسیه"), or glued to "ب" (in: "بموسكو"); or after a visit's "to" ("زيارة
# رسمية إلى موسكو", "سفر به مسکو"), "his visit" too, its "to" glued ("زيارته الأولى لتركيا"). Not the
# subject of the talks: "الحرب في أوكرانيا", "بحران در سوریه".
# (written as names are looked up: "إلى" and "الى" alike, as :func:`scripts.as_looked_up` makes them)
UNSPACED_VENUE_BEFORE_RE = re.compile(as_looked_up(
    r"(?:(?:^|[\s(«\"])(?:[وف]?في|در)\s+|(?:^|[\s(«\"])[وف]?ب|زيار(?:ة|ته|تها)(?:\s+\S+){0,2}\s+(?:(?:إلى|الى|لـ)\s+|ل)|"
    r"سفر\s+به\s+)"
    r"(?:(?:العاصمة|پایتخت|شهر|مدينة)(?:\s+ال\S+)?\s+)?$"))
UNSPACED_TOPIC_BEFORE_RE = re.compile(as_looked_up(
    r"(?:الحرب|الأزمة|الوضع|الأوضاع|السلام|الصراع|الاستقرار|القتال|التطورات|جنگ|بحران|صلح|وضعیت|تحولات|درگیری)"
    r"\s+(?:في|در)\s+$"))
UNSPACED_VENUE_LANGUAGES = frozenset({"ar", "fa", "ur"})
# ... and in Urdu, a place before its postposition "میں" (in: "اسلام آباد میں ملاقات")
UNSPACED_VENUE_AFTER_RE = {"ur": re.compile(as_looked_up(r"\s*میں(?!\S)"))}


# ... and in Chinese, Japanese and Korean (no spaces; names matched as written): a country, or a capital
# (:func:`cities.cities_in`, known by its English name), after "在" / "于" (in, at) or a visit's "访问" / "抵达" ("黄循财访问印度",
# "习近平在北京会见"), before "で" / "を訪問" / "に到着" ("北京で会談", "インドを公式訪問"), before "에서" /
# "을 방문" / "에 도착" ("베이징에서 정상회담", "인도를 국빈 방문"). Not the subject of talks: "在乌克兰问题上",
# "ウクライナでの戦争", "우크라이나에서의 전쟁".
CJK_VENUE_BEFORE_RE = {
    "zh": re.compile(r"(?<!将|將|拟|擬|要|请|請|邀)(?:在|于|於|访问|訪問|抵达|抵達|前往|赴)(?:首都|首府)?$"),
    "ja": re.compile(r"訪問先の$"),
}
# (a visit told as to come is none: "将访问印度", "日本を訪問することを確認", "인도를 방문할 예정")
CJK_VENUE_AFTER_RE = {
    "ja": re.compile(r"(?:・[\u30a0-\u30ff]{2,12})?(?:市内|市)?(?:で(?!の(?:戦争|紛争|危機|戦闘|情勢|侵攻|問題))"
                     r"|を(?:公式|国賓として|実務)?訪問(?!する|予定|へ)|を訪れ(?!る)|に到着)"),
    "ko": re.compile(r"(?:에서(?!의)|(?:을|를)\s?(?:국빈\s?|공식\s?|실무\s?)?방문(?!할|하기|하게|을 앞|\s?예정)|에\s?도착)"),
}
CJK_TOPIC_AFTER_RE = re.compile(r"(?:问题|問題|局势|局勢|冲突|衝突|战争|戰爭|危机|危機|事务|事務|和平进程|和平進程)")
CJK_VENUE_LANGUAGES = frozenset({"zh", "ja", "ko"})
CJK_VENUE_LOOKBEHIND = 4  # ("在首都", "訪問")


def _located_cjk(matcher, text: str, lang: str) -> set[str]:
    """The countries a Chinese, Japanese or Korean ``text`` says something happens in (see above)."""
    spans: list[tuple[int, int, str]] = []
    if matcher.unspaced is not None:
        looked = as_looked_up(text)
        for match in matcher.unspaced.finditer(looked):
            codes = matcher.unspaced_codes.get(match.group(), ())
            if len(codes) == 1 and edges_ok(looked, match.start(), match.end()):
                spans.append((match.start(), match.end(), codes[0]))
    english = matcher_for("en")  # (a capital by its English name, as the cities are found: "Beijing")
    for start, end, name in cities_in(text, lang):
        code = folded_code(english, fold(name))
        if code is not None:
            spans.append((start, end, code))
    before_re, after_re = CJK_VENUE_BEFORE_RE.get(lang), CJK_VENUE_AFTER_RE.get(lang)
    found = set()
    for start, end, code in spans:
        if CJK_TOPIC_AFTER_RE.match(text, end):
            continue
        if before_re is not None and before_re.search(text[max(0, start - CJK_VENUE_LOOKBEHIND):start]) \
                or after_re is not None and after_re.match(text, end):
            found.add(code)
    return found


def _located_as_written(matcher, text: str, lang: str | None = None) -> set[str]:
    """The countries an Arabic, Persian or Urdu ``text`` says something happens in (see above), by
    the language's ``matcher``."""
    if matcher.unspaced is None:
        return set()
    looked = as_looked_up(text)
    after_re = UNSPACED_VENUE_AFTER_RE.get(lang or "")
    found = set()
    for match in matcher.unspaced.finditer(looked):
        start = match.start()
        if not edges_ok(looked, start, match.end()):
            continue
        before = looked[max(0, start - VENUE_LOOKBEHIND):start]
        if UNSPACED_TOPIC_BEFORE_RE.search(before) is not None or UNSPACED_VENUE_BEFORE_RE.search(before) is None \
                and (after_re is None or after_re.match(looked, match.end()) is None):
            continue
        codes = matcher.unspaced_codes.get(match.group(), ())
        if len(codes) == 1:
            found.add(codes[0])
    return found


def extract_venue(title: str, lead: str, lang: str | None) -> tuple[str, ...]:
    """The countries the headline and the lead's first two sentences say the meeting is held in
    (none for a phone or video call: "said in Washington" is no venue); later sentences speak of
    much else ("human rights in Turkey", "his visit to India in 2016")."""
    found = LEAD_SENTENCES_RE.match(lead)
    return venue_in(f"{title}\n{(found.group() if found else lead)[:LEAD_SENTENCES_MAX]}", lang)


def venue_in(head: str, lang: str | None) -> tuple[str, ...]:
    """The countries a headline and (part of) its lead, ``head``, say the meeting is held in; none
    for a call."""
    if CALL_RE.search(head):
        return ()
    return tuple(sorted(located_countries(head, lang)))


def opening_of(title: str, lead: str) -> str:
    """The headline and the lead's first sentence: where a report says first where it is set."""
    found = FIRST_SENTENCE_RE.match(lead)
    return f"{title}\n{(found.group() if found else lead)[:LEAD_SENTENCES_MAX]}"
