"""Who held which office when: the terms ``data/leaders.json`` lists for the heads of state and
government and the foreign ministers, the office a title before a name gives, and the spans two or
more listed people held office together (a report naming Morawiecki and Merkel is of no day before
December 2017). Pure: the list in, spans and offices out."""
from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from .textutil import strip_marks

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "leaders.json"
# leaders.json knows terms until the end of 2025; one still running then is taken to last a year
# more at most (a later report of them is dated by its own words, not by their terms; move this
# date with the data)
OPEN_TERMS_UNTIL = date(2026, 12, 31)
KNOWN_TERMS_UNTIL = date(2025, 12, 31)  # ... the last day the data knows who held office
# the office a title gives a leader (matched on the title lower-cased, diacritics dropped; the
# heads of government and foreign ministers first: "prime minister" and "رئيس الوزراء" hold the
# words of other titles)
ROLE_TITLE_RES = (
    ("foreign_minister", re.compile(
        r"foreign (?:minister|secretary)|secretary of state|министр иностранных дел|глава мид|menlu|"
        r"menteri luar negeri|ngoai truong|bo truong ngoai giao|外相|外长|外交部长|外務大臣|외교장관|외교부 장관|"
        r"affaires etrangeres|aussenminister|außenminister|canciller|relaciones exteriores|وزير الخارجية|"
        # (… and as more languages write it: "ministro degli Esteri", "minister van Buitenlandse Zaken",
        #  "utenriksminister", "ulkoministeri", "külügyminiszter", "ministrul de externe", "ministar vanjskih
        #  poslova", "міністр закордонних справ", "Dışişleri Bakanı", "विदेश मंत्री", "পররাষ্ট্রমন্ত্রী",
        #  "وزیر خارجه", "שר החוץ", "υπουργός Εξωτερικών", "รัฐมนตรีต่างประเทศ" …)
        r"ministro degli (?:affari )?esteri|negocios estrangeiros|relacoes exteriores|buitenlandse zaken|"
        r"utenriksminister|udenrigsminister|utrikesminister|ulkoministeri|valisminister|arlietu ministr|"
        r"uzsienio reikalu ministr|kulugyminiszter|spraw zagranicznych|ministr zahranici|zahranicnych veci|"
        r"afacerilor externe|ministrul de externe|vanjskih poslova|spoljnih poslova|inostranih poslova|"
        r"спољних послова|zunanji minister|външния министър|външните работи|закордонних справ|"
        r"disisleri bakan|xarici isler naziri|विदेश मंत्री|परराष्ट्र मंत्री|পররাষ্ট্রমন্ত্রী|পররাষ্ট্র উপদেষ্টা|"
        r"وزیر خارجہ|وزير خارجه|وزیر امور خارجه|وزیر خارجه|שר החוץ|υπουργ\S* εξωτερικων|รัฐมนตรีต่างประเทศ|"
        r"รัฐมนตรีว่าการกระทรวงการต่างประเทศ|საგარეო საქმეთა მინისტრ|արտգործնախարար|արտաքին գործերի նախարար|"
        r"waziri wa mambo ya nje|kalihim ng ugnayang panlabas")),
    ("head_of_government", re.compile(
        r"prime minister|premier|perdana menteri|\bpm\b|chancellor|kanzler|канцлер|премьер|thu tuong|首相|总理|總理|"
        r"총리|basbakan|رئيس الوزراء|رئيس مجلس الوزراء|رئيس الحكومة|primer ministro|primeiro-ministro|primo ministro|"
        r"presidente del consiglio|presidente del gobierno|kanclerz|waziri mkuu|minisitiri w'intebe|"
        r"statsminister|paaministeri|peaminister|premjerministr|premjeras|ministerpresident|miniszterelnok|"
        r"prim-ministru|predsjednik vlade|predsednik vlade|predsjednika vlade|predsednika vlade|председник владе|"
        r"премијер|premijer|прем.єр|bas nazir|प्रधानमंत्री|प्रधान मंत्री|पंतप्रधान|প্রধানমন্ত্রী|প্রধান উপদেষ্টা|"
        r"وزیراعظم|وزیر اعظم|نخست وزیر|نخست‌وزیر|ראש הממשלה|πρωθυπουργ|นายกรัฐมนตรี|პრემიერ-მინისტრ|վարչապետ|"
        r"punong ministro")),
    ("head_of_state", re.compile(
        r"president|presiden|prezydent|prezident|prasident|президент|chu tich nuoc|国家主席|总统|總統|大統領|대통령|"
        r"cumhurbaskan|\bking\b|\braja\b|\bemir\b|\bsultan\b|\brais\b|\bperezida\b|الرئيس|رئيس|"
        r"presedinte|predsjednik|predsednik|председник|allamfo|koztarsasagi elnok|राष्ट्रपति|राष्ट्रपती|"
        r"রাষ্ট্রপতি|প্রেসিডেন্ট|(?<![\u0600-\u06ff])صدر(?![\u0600-\u06ff])|رئیس جمهور|رئیس‌جمهور|נשיא|προεδρ|ประธานาธิบดี|პრეზიდენტ|նախագահ|pangulo")),
)
FORMER_RE = re.compile(r"former|\bex-|mantan|бывш|экс-|cuu |前|전 |ehemalig|ancien|antiguo|exprésident|ex presidente|السابق|"
                       # (Kazakhstan's "First President", Nazarbayev's title after his term: "Первый Президент",
                       #  "Елбасы", "Тұңғыш Президент")
                       r"first president|перв\w* президент|елбас|elbas|тұңғыш президент|tungish prezident")
# a deputy holds another office than the one named ("Deputy Foreign Minister", "Wakil Menteri Luar
# Negeri", "Thứ trưởng", "заместитель министра", "vice-ministre", "副外相", "외교부 차관")
DEPUTY_RE = re.compile(r"deputy|\bvice|wakil|thu truong|pho thu tuong|замест|замминистр|stellvertret|sous-|副|차관|نائب|"
                       r"αντιπροεδρ|αντιπρωθυπουργ|заступник|zamjenik|zamenik|potpredsjednik|potpredsednik|"
                       r"podpredsednik|mistopredsed|wicepremier|wiceminister|vicepremier|उप|উপপ্রধান|معاون|סגן|รองนายก")
# ... and a parliament's president or chairman another ("président de l'Assemblée nationale",
# "Chủ tịch Quốc hội", "Ketua DPR", "Председатель Госдумы", "国会议长")
PARLIAMENT_RE = re.compile(r"assembl|parliament|parlament|senat|congress|congres|duma|думы|quoc hoi|\bdpr\b|\bmpr\b|"
                           r"国会|議会|议会|人大|국회|مجلس النواب|مجلس الشعب|مجلس الأمة")

# ... and a title of no office the list keeps, taken after one: Singapore's "Senior Minister" and
# "Minister Mentor" (former prime ministers), an "Emeritus" one ("高级部长", "国务资政", "Menteri Kanan")
AFTER_OFFICE_RE = re.compile(r"senior minister|minister mentor|emeritus|menteri kanan|高级部长|國務資政|国务资政|榮譽|荣誉")
NOT_HELD_RES = (FORMER_RE, DEPUTY_RE, PARLIAMENT_RE)  # a title naming an office its holder does not hold
# an heir's title in the words before a name ("Putra Mahkota Abu Dhabi, Uni Emirat Arab, Sheikh Mohammed bin
# Zayed", "Crown Prince Mohammed bin Salman", "ولي عهد أبوظبي"): the office the list gives them came later,
# or is held beside it; their listed terms date nothing (lower-cased, diacritics dropped)
HEIR_BEFORE_RE = re.compile(r"(?:crown prince|putra mahkota|prince heritier|kronprinz|principe ereditario|"
                            r"principe heredero|principe herdeiro|наследн\w* принц|veliaht prens|thai tu|"
                            r"ولي العهد|ولي عهد|皇太子|王储|王儲|왕세자)[^.!?;\n]{0,60}$")
HEIR_BEFORE_CHARS = 80
# ... and one the words just before call a former holder, the title between ("dall'ex primo ministro del
# Giappone Shinzo Abe", "the then Prime Minister", "mantan Presiden", "cựu Thủ tướng", "бывший премьер",
# "l'ancien président", "eski Başbakan", "前首相", "전 총리"): named in passing, no one who met
FORMER_BEFORE_RE = re.compile(r"(?:\bformer|\bthen-|\bthe then |(?<![a-z])ex[- ]|\bmantan|cựu|\bбывш\w*|\bэкс-?|"
                              r"\behemalig\w*|\bancien\w*|\bantigu[oa]|\beski)[^.!?;:,\n]{0,40}$|"
                              r"(?:前|전 )(?:首相|总理|總理|总统|總統|大統領|外相|外长|外長|大臣|주석|대통령|총리|외교부 장관|장관)\s*$")
FORMER_BEFORE_CHARS = 56


def _as_read(title: str) -> str:
    """A title lower-cased as written and without diacritics ("Thủ tướng thu tuong"): Korean's "전 "
    (former) is matched as written, "thu tuong" without its marks."""
    title = (title or "").lower()
    return f"{title} {strip_marks(title)}"


@functools.lru_cache(maxsize=1)
def leaders() -> list[dict]:
    """The people of ``data/leaders.json``, as listed."""
    with DATA_FILE.open(encoding="utf-8") as fh:
        return json.load(fh)["people"]


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return {p["id"]: p["country"] for p in leaders()}


def home_of(person: str) -> str | None:
    """The country a listed person (by id) serves."""
    return _countries().get(person)


@functools.lru_cache(maxsize=1)
def _terms() -> dict[str, tuple[tuple[date, date | None], ...]]:
    return {p["id"]: tuple(sorted(((date.fromisoformat(r["from"]), date.fromisoformat(r["to"]) if r.get("to") else None)
                                   for r in p.get("roles", ()) if r.get("from")), key=lambda span: span[0]))
            for p in leaders()}


@functools.lru_cache(maxsize=1)
def _role_terms() -> dict[str, tuple[tuple[str, date, date | None], ...]]:
    return {p["id"]: tuple((r["role"], date.fromisoformat(r["from"]), date.fromisoformat(r["to"]) if r.get("to") else None)
                           for r in p.get("roles", ()) if r.get("from"))
            for p in leaders()}


@functools.lru_cache(maxsize=4096)
def role_of_title(title: str) -> str | None:
    """The office a title before a leader's name gives them ("President" -> head_of_state,
    "Thủ tướng" -> head_of_government, "外相" -> foreign_minister); None for another title, a
    former holder's ("former President") or none."""
    plain = _as_read(title)
    if not plain.strip() or any(expression.search(plain) for expression in NOT_HELD_RES):
        return None
    for role, expression in ROLE_TITLE_RES:
        if expression.search(plain):
            return role
    return None


def out_of_office(title: str) -> bool:
    """Whether ``title`` says its holder does not then hold the office the list gives them: a
    former holder's ("former President", "mantan Presiden"), a deputy's, a parliament's, or one
    taken after office ("Senior Minister Lee Hsien Loong"): their listed terms date nothing."""
    plain = _as_read(title)
    return any(expression.search(plain) for expression in (*NOT_HELD_RES, AFTER_OFFICE_RE))


def heir_named(text: str, start: int) -> bool:
    """The words before ``start`` (a listed leader's name) in ``text`` call them an heir
    (:data:`HEIR_BEFORE_RE`)."""
    return HEIR_BEFORE_RE.search(strip_marks(text[max(0, start - HEIR_BEFORE_CHARS):start].lower())) is not None


def former_named(text: str, start: int) -> bool:
    """The words just before ``start`` (a listed leader's name) in ``text`` call them a former
    holder of their title (:data:`FORMER_BEFORE_RE`)."""
    return FORMER_BEFORE_RE.search(text[max(0, start - FORMER_BEFORE_CHARS):start].lower()) is not None


def is_office_title(title: str) -> bool:
    """Whether ``title`` is the title of an office and nothing more ("প্রধানমন্ত্রী", "Président"), not
    a phrase that holds one ("… সঙ্গে বৈঠকে প্রধানমন্ত্রী", in a meeting with … the prime minister)."""
    title = " ".join((title or "").lower().split())
    plain = strip_marks(title)
    return role_of_title(title) is not None and any(
        expression.fullmatch(form) for _, expression in ROLE_TITLE_RES for form in (title, plain))


def person_terms(person: str) -> tuple[tuple[date, date], ...]:
    """The spans ``person`` held any of their listed offices (one still running: until
    :data:`OPEN_TERMS_UNTIL`)."""
    return tuple((a, b or OPEN_TERMS_UNTIL) for a, b in _terms().get(person, ()))


def offices_held(person: str) -> frozenset[str]:
    """The offices ``person`` held, as ``data/leaders.json`` lists them ("head_of_state", ...)."""
    return frozenset(role for role, _, _ in _role_terms().get(person, ()))


def took_office(person: str) -> tuple[date, ...]:
    """The days ``person`` took each of their listed offices."""
    return tuple(start for start, _ in _terms().get(person, ()))


def in_office_as(person: str, role: str) -> tuple[tuple[date, date], ...] | None:
    """When ``person`` held the office ``role`` (a title the text gives them): their terms in it, as
    (first day, last day) spans (a term still running counts until :data:`OPEN_TERMS_UNTIL`); None
    when the list has no such term of theirs."""
    spans = [(start, end or OPEN_TERMS_UNTIL) for held, start, end in _role_terms().get(person, ()) if held == role]
    return tuple(_merged(spans)) or None


def in_office_together(people: Iterable[str], roles: dict[str, str] | None = None
                       ) -> tuple[tuple[date, date], ...] | None:
    """When all of ``people`` (two or more listed persons) held their offices at once: the
    intersection of their terms, as (first day, last day) spans; None for fewer than two people,
    an empty tuple when their terms never met. A term still running when the data was written
    counts until :data:`OPEN_TERMS_UNTIL`. ``roles``: the office the text gives a person
    ("President Putin": head_of_state), whose terms in it alone then count, when they have any.
    People of one country are alternatives, not company: "Temer's first visit since Rousseff's
    removal" names two presidents of Brazil, one of whom was in office at the time (the union of
    their terms is intersected with the other countries')."""
    people = sorted(set(people))
    if len(people) < 2:
        return None
    terms = _terms()
    role_terms = _role_terms()
    roles = roles or {}
    by_country: dict[str, list[tuple[date, date]]] = {}
    for person in people:
        mine = terms.get(person, ())
        role = roles.get(person)
        if role is not None:
            held = tuple((c, d) for r, c, d in role_terms.get(person, ()) if r == role)
            mine = held or mine
        by_country.setdefault(_countries().get(person) or person, []).extend(
            (c, d or OPEN_TERMS_UNTIL) for c, d in mine)
    spans: list[tuple[date, date]] = [(date.min, OPEN_TERMS_UNTIL)]
    for country in sorted(by_country):
        spans = [(max(a, c), min(b, d)) for a, b in spans for c, d in _merged(by_country[country])]
        spans = [(a, b) for a, b in spans if a <= b]
    return tuple(_merged(spans))


def _merged(spans: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    """Overlapping spans made one (two offices of one person, two leaders of one country)."""
    merged: list[tuple[date, date]] = []
    for a, b in sorted(set(spans)):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged
