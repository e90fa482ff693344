"""Synthetic raw news articles with ground truth, for linking tests and benchmarks.

Deterministic: everything comes from one ``random.Random(seed)``.  Each
generated text looks like a seed file: a headline line, sometimes a site
artefact line (``Chia sẻ``), a lead paragraph opened by a source marker
(``(VOVWORLD) - ``, ``WVR/VNA- ``, ``HANOI (VNA) – ``), paragraphs, photo
captions and trailing boilerplate (``Komentar (0)``, ``TIN LIÊN QUAN`` with
unrelated headlines, ``(Source: VNA)``).

Events are diplomatic events between two countries (mostly Vietnam and a
partner).  One event is reported in one to three articles in Indonesian,
English and French; the reports are written from different templates, pick
different facts and spell names differently (``Nguyễn Minh Vũ`` or
``Nguyen Minh Vu``, ``Hà Nội``/``Ha Noi``/``Hanoi``/``Hanoï``), so they are
paraphrases, not translations.  Distractors are built in: the same country
pair holds another event on the same or an adjacent day (often with the same
officials and city), other pairs meet on the same day, and recurring figures
(the pair's yearly trade value, the anniversary of relations) appear in many
unrelated reports.  Indonesian reports sometimes give a date without a year
next to a past-year figure ("pada tahun 2023").

Usage::

    python tools/synth.py N OUTDIR [--seed S]

writes ``syn_00001.txt`` ... and ``truth.json`` (file name -> event_key,
lang, countries, date).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path

from anyascii import anyascii

# --------------------------------------------------------------------------
# Public shape


@dataclass(frozen=True)
class SynthArticle:
    name: str  # file name, syn_00001.txt
    text: str  # the raw article
    event_key: str  # ground truth: articles with the same key report one event
    lang: str
    countries: tuple[str, ...]  # sorted ISO codes of the pair
    date: str  # ISO date the article reports


# --------------------------------------------------------------------------
# World: countries, cities, people


@dataclass(frozen=True)
class Country:
    code: str
    en: str
    en_adj: str
    id: str
    fr: str
    fr_adj: str
    fr_kind: str  # article: "m" le, "f" la, "v" l', "p" les, "0" none
    fr_in: str  # "en Russie", "au Vietnam", "à Singapour"
    style: str  # naming style
    cities: tuple[dict, ...]  # first is the capital


def _city(en: str, id_: str | None = None, fr: str | None = None, vi: str | None = None, alt: str | None = None) -> dict:
    return {"en": en, "id": id_ or en, "fr": fr or en, "vi": vi or en, "alt": alt or en}


COUNTRIES: dict[str, Country] = {
    c.code: c
    for c in (
        Country("VN", "Vietnam", "Vietnamese", "Vietnam", "Vietnam", "vietnamien", "m", "au Vietnam", "vi", (
            _city("Hanoi", "Hanoi", "Hanoï", "Hà Nội", "Ha Noi"),
            _city("Ho Chi Minh City", "Kota Ho Chi Minh", "Hô Chi Minh-Ville", "Thành phố Hồ Chí Minh"),
            _city("Da Nang", "Da Nang", "Da Nang", "Đà Nẵng"),
            _city("Hai Phong", "Hai Phong", "Haiphong", "Hải Phòng"),
            _city("Can Tho", "Can Tho", "Can Tho", "Cần Thơ"),
            _city("Hue", "Hue", "Hué", "Huế"),
            _city("Quang Ninh", "Quang Ninh", "Quang Ninh", "Quảng Ninh"),
        )),
        Country("RU", "Russia", "Russian", "Rusia", "Russie", "russe", "f", "en Russie", "ru", (
            _city("Moscow", "Moskow", "Moscou"), _city("Saint Petersburg", "Sankt Peterburg", "Saint-Pétersbourg"),
            _city("Vladivostok"), _city("Kazan"),
        )),
        Country("SG", "Singapore", "Singaporean", "Singapura", "Singapour", "singapourien", "0", "à Singapour", "sg", (
            _city("Singapore", "Singapura", "Singapour"),
        )),
        Country("LA", "Laos", "Lao", "Laos", "Laos", "laotien", "m", "au Laos", "la", (
            _city("Vientiane"), _city("Luang Prabang"), _city("Savannakhet"),
        )),
        Country("KH", "Cambodia", "Cambodian", "Kamboja", "Cambodge", "cambodgien", "m", "au Cambodge", "kh", (
            _city("Phnom Penh"), _city("Siem Reap"), _city("Battambang"),
        )),
        Country("TH", "Thailand", "Thai", "Thailand", "Thaïlande", "thaïlandais", "f", "en Thaïlande", "th", (
            _city("Bangkok"), _city("Chiang Mai"), _city("Khon Kaen"),
        )),
        Country("ID", "Indonesia", "Indonesian", "Indonesia", "Indonésie", "indonésien", "v", "en Indonésie", "id", (
            _city("Jakarta"), _city("Surabaya"), _city("Bali"),
        )),
        Country("MY", "Malaysia", "Malaysian", "Malaysia", "Malaisie", "malaisien", "f", "en Malaisie", "my", (
            _city("Kuala Lumpur"), _city("Penang"), _city("Johor Bahru"),
        )),
        Country("JP", "Japan", "Japanese", "Jepang", "Japon", "japonais", "m", "au Japon", "jp", (
            _city("Tokyo"), _city("Osaka"), _city("Fukuoka"), _city("Nagoya"),
        )),
        Country("KR", "the Republic of Korea", "Korean", "Korea Selatan", "Corée du Sud", "sud-coréen", "f",
                "en Corée du Sud", "kr", (_city("Seoul"), _city("Busan"), _city("Incheon"))),
        Country("CN", "China", "Chinese", "Tiongkok", "Chine", "chinois", "f", "en Chine", "cn", (
            _city("Beijing", "Beijing", "Pékin"), _city("Shanghai"), _city("Nanning"), _city("Kunming"),
        )),
        Country("IN", "India", "Indian", "India", "Inde", "indien", "v", "en Inde", "in", (
            _city("New Delhi"), _city("Mumbai"), _city("Bangalore"),
        )),
        Country("US", "the United States", "US", "Amerika Serikat", "États-Unis", "américain", "p", "aux États-Unis",
                "us", (_city("Washington"), _city("New York"), _city("San Francisco"))),
        Country("AU", "Australia", "Australian", "Australia", "Australie", "australien", "v", "en Australie", "us", (
            _city("Canberra"), _city("Sydney"), _city("Melbourne"),
        )),
        Country("FR", "France", "French", "Prancis", "France", "français", "f", "en France", "fr", (
            _city("Paris"), _city("Lyon"), _city("Marseille"),
        )),
        Country("DE", "Germany", "German", "Jerman", "Allemagne", "allemand", "v", "en Allemagne", "de", (
            _city("Berlin"), _city("Frankfurt", "Frankfurt", "Francfort"), _city("Hamburg", "Hamburg", "Hambourg"),
        )),
        Country("CU", "Cuba", "Cuban", "Kuba", "Cuba", "cubain", "0", "à Cuba", "cu", (
            _city("Havana", "Havana", "La Havane"), _city("Santiago de Cuba"),
        )),
    )
}

# Pairs and how often they appear; the archive is about Vietnam's relations.
PAIRS: tuple[tuple[str, str, int, int], ...] = (  # (a, b, weight, relations established)
    ("VN", "RU", 10, 1950), ("VN", "SG", 6, 1973), ("VN", "LA", 8, 1962), ("VN", "KH", 6, 1967),
    ("VN", "TH", 5, 1976), ("VN", "ID", 6, 1955), ("VN", "MY", 5, 1973), ("VN", "JP", 9, 1973),
    ("VN", "KR", 8, 1992), ("VN", "CN", 8, 1950), ("VN", "IN", 6, 1972), ("VN", "US", 7, 1995),
    ("VN", "AU", 5, 1973), ("VN", "FR", 5, 1973), ("VN", "DE", 4, 1975), ("VN", "CU", 4, 1960),
    ("ID", "MY", 2, 1957), ("JP", "KR", 2, 1965), ("RU", "CN", 2, 1949), ("SG", "TH", 1, 1965),
    ("IN", "JP", 2, 1952), ("LA", "KH", 1, 1956), ("AU", "ID", 2, 1949), ("FR", "DE", 1, 1951),
)

GIVEN = {
    "vi": ("Vũ", "Sơn", "Hùng", "Dũng", "Phúc", "Lâm", "Khôi", "Hằng", "Hương", "Tuấn", "Long", "Hải", "Bình",
           "Chính", "Trung", "Thắng", "Hoa", "Lan", "Mai", "Quân", "Thành", "Tâm", "Hiếu", "Nghĩa", "Cường",
           "Đông", "Kiên", "Phương", "Thảo", "Vinh", "Huệ", "Khánh", "Ngân", "Tú", "Đạt"),
    "vi_mid": ("Văn", "Thị", "Minh", "Thanh", "Hữu", "Đức", "Quang", "Xuân", "Hoài", "Ngọc", "Hồng", "Anh", "Bảo",
               "Quốc", "Mạnh", "Thu", "Kim", "Trọng", "Tiến", "Hoàng"),
    "vi_fam": ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
               "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tô"),
    "ru": ("Vladimir", "Sergei", "Mikhail", "Dmitry", "Andrei", "Alexei", "Igor", "Nikolai", "Yuri", "Gennady",
           "Maria", "Olga", "Tatiana", "Anna", "Denis", "Maxim", "Pavel", "Konstantin", "Yelena", "Viktor"),
    "ru_fam": ("Titov", "Lavrov", "Mishustin", "Rudenko", "Bezdetko", "Volkov", "Morozov", "Sokolov", "Kuznetsov",
               "Popov", "Lebedev", "Kozlov", "Novikov", "Orlov", "Pavlov", "Zakharov", "Belousov", "Manturov",
               "Reshetnikov", "Chernyshenko", "Grushko", "Vershinin", "Borodin", "Fedorov"),
    "sg": ("Vivian", "Lawrence", "Gan", "Ong", "Grace", "Teo", "Desmond", "Indranee", "Chan", "Josephine",
           "Edwin", "Maliki", "Sim", "Janil"),
    "sg_fam": ("Balakrishnan", "Wong", "Kim Yong", "Ye Kung", "Fu Hai Yien", "Chee Hean", "Lee", "Rajah",
               "Chun Sing", "Teo", "Tong", "Osman", "Ann", "Puthucheary"),
    "la": ("Saleumxay", "Sonexay", "Thongloun", "Bounthong", "Phankham", "Khamphao", "Vilayvanh", "Alounxay",
           "Thongsavanh", "Sengdeuane", "Chansamone", "Malaythong"),
    "la_fam": ("Kommasith", "Siphandone", "Sisoulith", "Viphavanh", "Ernthavanh", "Chitmany", "Phomvihane",
               "Sounnarath", "Lachanthaboun", "Chanyalath", "Kommadam", "Vongsay"),
    "kh": ("Hun", "Prak", "Sok", "Aun", "Kao", "Chea", "Neth", "Tea", "Say", "Ouk"),
    "kh_fam": ("Manet", "Sokhonn", "Chenda Sophea", "Pornmoniroth", "Kim Hourn", "Vandeth", "Savoeun", "Seiha",
               "Sam Ath", "Rabuth"),
    "th": ("Parnpree", "Srettha", "Don", "Maris", "Phumtham", "Anutin", "Jurin", "Somsak", "Chaiya", "Pirapan"),
    "th_fam": ("Bahiddha-nukara", "Thavisin", "Pramudwinai", "Sangiampongsa", "Wechayachai", "Charnvirakul",
               "Laksanawisit", "Thepsutin", "Promsorn", "Salirathavibhaga"),
    "id": ("Retno", "Budi", "Agus", "Siti", "Dewi", "Bambang", "Airlangga", "Arrmanatha", "Pahala", "Teuku",
           "Denny", "Ina", "Lena", "Sugiono"),
    "id_fam": ("Marsudi", "Santoso", "Hartarto", "Gunadi", "Nasir", "Mansury", "Faizasyah", "Abdurrahman",
               "Krisnamurthi", "Soesmanto", "Wibisono", "Lestari", "Kusumawati", "Prakoso"),
    "my": ("Mohamad", "Anwar", "Zambry", "Ahmad", "Nurul", "Tengku", "Fadillah", "Saifuddin", "Amran", "Rafizi"),
    "my_fam": ("Hasan", "Ibrahim", "Abdul Kadir", "Zahid", "Izzah", "Zafrul", "Yusof", "Nasution", "Kamarudin",
               "Ramli"),
    "jp": ("Yoshimasa", "Fumio", "Taro", "Kenji", "Hiroshi", "Yoko", "Akiko", "Takeshi", "Shigeru", "Yasutoshi",
           "Naoki", "Haruka", "Masahiro", "Keiichi"),
    "jp_fam": ("Hayashi", "Kishida", "Suzuki", "Tanaka", "Yamada", "Watanabe", "Kamikawa", "Ishiba", "Motegi",
               "Nakamura", "Takebe", "Iwaya", "Okada", "Ito", "Ono", "Sasaki"),
    "kr": ("Jin", "Tae-yul", "Suk-yeol", "Min-ho", "Ji-won", "Hyun-woo", "Seung-hoon", "Young-sam", "Kyung-wha",
           "Dong-man", "Jae-in", "Sang-woo"),
    "kr_fam": ("Park", "Kim", "Lee", "Cho", "Choi", "Yoon", "Kang", "Jung", "Han", "Shin", "Oh", "Ahn"),
    "cn": ("Yi", "Qiang", "Wei", "Jun", "Ming", "Hong", "Lei", "Xiaoming", "Jianguo", "Zhaoxu", "Xuefeng", "Tao"),
    "cn_fam": ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Sun", "Xiong"),
    "in": ("Subrahmanyam", "Narendra", "Rajnath", "Piyush", "Sandeep", "Anjali", "Priya", "Vinay", "Meenakashi",
           "Arun", "Rajeev", "Pavan"),
    "in_fam": ("Jaishankar", "Modi", "Singh", "Goyal", "Sharma", "Verma", "Kumar", "Reddy", "Kwatra", "Lekhi",
               "Chandra", "Kapoor"),
    "us": ("Antony", "Marc", "Daniel", "Penny", "Richard", "Mary", "John", "Sarah", "Kevin", "Emily", "Thomas",
           "Linda", "Andrew", "Rebecca"),
    "us_fam": ("Blinken", "Knapper", "Kritenbrink", "Wong", "Marles", "Smith", "Johnson", "Brown", "Miller",
               "Taylor", "Campbell", "Goodwin", "Fletcher", "Hughes", "Mitchell", "Carter"),
    "fr": ("Jean-Noël", "Olivier", "Catherine", "Pierre", "Sophie", "Laurent", "Claire", "Nicolas", "Hélène",
           "François", "Mathilde", "Étienne"),
    "fr_fam": ("Barrot", "Brochet", "Colonna", "Dupont", "Moreau", "Lefèvre", "Girard", "Bonnet", "Mercier",
               "Rousseau", "Fournier", "Chevalier"),
    "de": ("Annalena", "Olaf", "Helga", "Tobias", "Katrin", "Jörg", "Svenja", "Matthias", "Ulrike", "Frank",
           "Guido", "Andrea"),
    "de_fam": ("Baerbock", "Scholz", "Schmidt", "Weber", "Lindner", "Schulze", "Wagner", "Becker", "Hoffmann",
               "Schröder", "Krüger", "Lindemann"),
    "cu": ("Bruno", "Miguel", "Manuel", "Esteban", "Yanet", "Salvador", "Roberto", "Josefina", "Ernesto", "Ana"),
    "cu_fam": ("Rodríguez", "Díaz-Canel", "Marrero", "Lazo", "Valdés", "Mesa", "Morales", "Cabrisas", "Vidal",
               "Pérez"),
}
FAMILY_FIRST = {"vi", "cn", "kr", "kh"}

COMPANY_WORDS = ("Sao Mai", "Thanh Cong", "Hoa Phat", "An Phu", "Nord", "Baltic", "Sakura", "Lotus", "Mekong",
                 "Golden Bridge", "Pacific Star", "Lumen", "Orion", "Viet Tien", "Kinh Bac", "Hanseatic", "Delta",
                 "Siam Crest", "Garuda Prima", "Han River", "Eastern Sun", "Nam Long", "Phu Thai", "Ural",
                 "Borealis", "Trident", "Cedar", "Jade Gate", "Coral", "Nova Terra")
COMPANY_KINDS = ("Group", "Corporation", "Holdings", "JSC", "Company", "Industries", "Logistics", "Energy")
FESTIVAL_WORKS = ("Lotus Dance", "Spring Melody", "Echoes of the River", "Silk Road Nights", "Bamboo Wind",
                  "Moonlight Harbour", "Red River Song", "Mountain Voices")

ROLES_PER_COUNTRY = {"president": 1, "pm": 1, "fm": 2, "dfm": 3, "trade": 2, "dtrade": 2, "ddef": 2,
                     "dculture": 2, "na": 1, "planning": 2}


@dataclass(frozen=True)
class Person:
    country: str
    given: str
    family: str

    @property
    def style(self) -> str:
        return COUNTRIES[self.country].style

    def full(self, plain: bool = False) -> str:
        name = f"{self.family} {self.given}" if self.style in FAMILY_FIRST else f"{self.given} {self.family}"
        return anyascii(name) if plain else name

    def short(self, plain: bool = False) -> str:
        if self.style in FAMILY_FIRST:
            return self.full(plain)
        return anyascii(self.family) if plain else self.family


def _invent_person(rng: random.Random, code: str) -> Person:
    style = COUNTRIES[code].style
    if style == "vi":
        given = f"{rng.choice(GIVEN['vi_mid'])} {rng.choice(GIVEN['vi'])}"
        return Person(code, given, rng.choice(GIVEN["vi_fam"]))
    return Person(code, rng.choice(GIVEN[style]), rng.choice(GIVEN[style + "_fam"]))


@dataclass
class World:
    roster: dict[tuple[str, str], list[Person]]  # (country, role) -> people holding it over time
    ambassadors: dict[tuple[str, str], list[Person]]  # (of, to) -> people
    cochairs: dict[tuple[str, str], Person]  # (pair key, country) -> committee co-chair

    def holder(self, rng: random.Random, code: str, role: str, year: int) -> Person:
        people = self.roster[(code, role)]
        return people[(year // 3) % len(people)] if role in ("fm", "trade") else rng.choice(people)

    def ambassador(self, of: str, to: str, year: int) -> Person:
        people = self.ambassadors[(of, to)]
        return people[(year // 3) % len(people)]


def _build_world(rng: random.Random) -> World:
    roster = {(code, role): [_invent_person(rng, code) for _ in range(k)]
              for code in COUNTRIES for role, k in ROLES_PER_COUNTRY.items()}
    ambassadors: dict[tuple[str, str], list[Person]] = {}
    cochairs: dict[tuple[str, str], Person] = {}
    for a, b, _, _ in PAIRS:
        for of, to in ((a, b), (b, a)):
            ambassadors[(of, to)] = [_invent_person(rng, of) for _ in range(2)]
            cochairs[(a + b, of)] = _invent_person(rng, of)
    return World(roster, ambassadors, cochairs)


# --------------------------------------------------------------------------
# Events


KINDS = ("dialogue", "visit", "talks", "call", "forum", "committee", "culture", "anniversary")
KIND_WEIGHTS = (3, 3, 4, 2, 3, 2, 2, 1)
START = date(2019, 1, 1)
END = date(2025, 12, 31)


@dataclass
class SynthEvent:
    key: str
    kind: str
    a: str  # where it happens (host)
    b: str  # the partner
    established: int
    day: date
    city: dict | None
    host: Person
    guest: Person
    host_role: str
    guest_role: str
    extras: list[tuple[str, Person]] = field(default_factory=list)  # (role, person)
    numbers: dict[str, float | int] = field(default_factory=dict)
    companies: list[str] = field(default_factory=list)
    work: str = ""

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(sorted((self.a, self.b)))


def _trade(rng_seed: int, pair: str, year: int) -> tuple[float, float]:
    """The pair's yearly trade figure (billion USD) and growth (%): shared by many reports."""
    r = random.Random(f"{rng_seed}-{pair}-{year}")
    return round(r.uniform(0.3, 25.0), 2), round(r.uniform(-8.0, 30.0), 1)


class EventMaker:
    def __init__(self, rng: random.Random, seed: int) -> None:
        self.rng = rng
        self.seed = seed
        self.world = _build_world(rng)
        self.counters: dict[tuple[str, str], int] = {}
        self.events: list[SynthEvent] = []
        self.by_pair_day: dict[tuple[tuple[str, ...], date], list[SynthEvent]] = defaultdict(list)
        self.pair_weights = [w for _, _, w, _ in PAIRS]

    def _ordinal(self, pair: str, kind: str, year: int) -> int:
        base = self.counters.get((pair, kind))
        if base is None:
            base = self.rng.randint(1, 12) - (year - START.year)
        self.counters[(pair, kind)] = base + 1
        return max(2, base + (year - START.year))

    def new_event(self) -> SynthEvent:
        """A new event; never the same kind or the same two principals as another
        event of the pair within a week (that would be one event, not two)."""
        rng = self.rng
        for _ in range(50):
            sibling = None
            if self.events and rng.random() < 0.3:
                sibling = self.events[-rng.randint(1, min(20, len(self.events)))]
            if sibling is not None:
                a, b, est = sibling.a, sibling.b, sibling.established
                day = sibling.day + timedelta(days=rng.choice((0, 0, 0, 1, -1, 2)))
                kind = rng.choice([k for k in KINDS if k != sibling.kind])
            else:
                a, b, _, est = rng.choices(PAIRS, weights=self.pair_weights)[0]
                if rng.random() < 0.5:
                    a, b = b, a
                if self.events and rng.random() < 0.25:
                    day = rng.choice(self.events[-50:]).day  # same day, other pair
                else:
                    day = START + timedelta(days=rng.randrange((END - START).days))
                kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
            day = min(max(day, START), END)
            event = self._make(kind, a, b, est, day, sibling)
            if not self._clashes(event):
                break
        self.events.append(event)
        self.by_pair_day[(event.countries, event.day)].append(event)
        return event

    def _clashes(self, event: SynthEvent) -> bool:
        people = _people(event)
        for delta in range(-7, 8):
            for other in self.by_pair_day.get((event.countries, event.day + timedelta(days=delta)), ()):
                if other.kind == event.kind or len(people & _people(other)) >= 2:
                    return True
        return False

    def _make(self, kind: str, a: str, b: str, est: int, day: date, sibling: SynthEvent | None) -> SynthEvent:
        rng, w, year = self.rng, self.world, day.year
        if kind == "culture":
            a, b = b, a  # the culture week of b takes place in a
        pair = "".join(sorted((a, b)))
        cities = COUNTRIES[a].cities
        city: dict | None = cities[0] if rng.random() < 0.6 else rng.choice(cities)
        if sibling is not None and sibling.a == a and sibling.city and rng.random() < 0.6:
            city = sibling.city
        key = f"ev{len(self.events) + 1:06d}"  # events that clash are dropped, keys stay unique
        numbers: dict[str, float | int] = {}
        extras: list[tuple[str, Person]] = []
        companies: list[str] = []
        trade, growth = _trade(self.seed, pair, year - 1)
        numbers.update(trade=trade, growth=growth, prev_year=year - 1)
        anniv = year - est
        if anniv % 5 == 0 or rng.random() < 0.3:
            numbers.update(anniv=anniv, est=est)
        work = ""
        roles = {"dialogue": ("dfm", "dfm"), "talks": ("fm", "fm"), "call": ("pm", "pm"),
                 "forum": ("dtrade", "amb"), "committee": ("cochair", "cochair"),
                 "culture": ("dculture", "dculture"), "anniversary": ("amb", "dfm")}
        host_role, guest_role = roles.get(kind, ("president", "president"))
        if kind == "dialogue":
            host, guest = w.holder(rng, a, "dfm", year), w.holder(rng, b, "dfm", year)
            numbers["ordinal"] = self._ordinal(pair, kind, year)
            if rng.random() < 0.5:
                extras.append(("amb", w.ambassador(b, a, year)))
        elif kind == "visit":
            role = rng.choice(("president", "pm", "na", "fm"))
            host_role = guest_role = role
            guest, host = w.holder(rng, b, role, year), w.holder(rng, a, role, year)
            other_role = "pm" if role != "pm" else "na"
            extras.append((other_role, w.holder(rng, a, other_role, year)))
            numbers.update(docs=rng.randint(3, 25), days=rng.randint(2, 5))
            city = cities[0]
        elif kind == "talks":
            host, guest = w.holder(rng, a, "fm", year), w.holder(rng, b, "fm", year)
            numbers.update(target=rng.choice((5, 10, 15, 20, 25, 30, 50)), target_year=year + rng.choice((2, 3, 5, 6)))
        elif kind == "call":
            host, guest = w.holder(rng, a, "pm", year), w.holder(rng, b, "pm", year)
            city = None
            numbers["vaccine"] = rng.choice((0, 0, rng.randint(2, 40) * 100_000))
        elif kind == "forum":
            host, guest = w.holder(rng, a, "dtrade", year), w.ambassador(b, a, year)
            companies = [f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_KINDS)}" for _ in range(2)]
            extras += [("ceo", _invent_person(rng, a)), ("ceo", _invent_person(rng, b))]
            numbers.update(firms=rng.randint(60, 650), deals=rng.randint(12, 900), mous=rng.randint(3, 40))
            if rng.random() < 0.5:
                numbers["ordinal"] = self._ordinal(pair, kind, year)
        elif kind == "committee":
            host, guest = w.cochairs[(_pair_key(a, b), a)], w.cochairs[(_pair_key(a, b), b)]
            numbers.update(ordinal=self._ordinal(pair, kind, year), docs=rng.randint(2, 15))
        elif kind == "culture":
            host, guest = w.holder(rng, b, "dculture", year), w.holder(rng, a, "dculture", year)
            extras += [("artist", _invent_person(rng, b)), ("artist", _invent_person(rng, b))]
            numbers.update(shows=rng.randint(4, 30), artists=rng.randint(20, 120), visitors=rng.randint(15, 90) * 100)
            work = rng.choice(FESTIVAL_WORKS)
        else:  # anniversary reception abroad
            host, guest = w.ambassador(b, a, year), w.holder(rng, a, "dfm", year)
            numbers.update(anniv=anniv, est=est)
            if rng.random() < 0.5:
                extras.append(("ceo", _invent_person(rng, b)))
        if sibling is not None and rng.random() < 0.5:  # the same official at both events
            for person, role in ((sibling.host, sibling.host_role), (sibling.guest, sibling.guest_role)):
                if role == host_role and person.country == host.country:
                    host = person
                elif role == guest_role and person.country == guest.country:
                    guest = person
        return SynthEvent(key, kind, a, b, est, day, city, host, guest, host_role, guest_role, extras, numbers,
                          companies, work)


def _people(event: SynthEvent) -> set[Person]:
    return {event.host, event.guest} | {p for _, p in event.extras}


def _pair_key(a: str, b: str) -> str:
    for x, y, _, _ in PAIRS:
        if {x, y} == {a, b}:
            return x + y
    return a + b


# --------------------------------------------------------------------------
# Language helpers

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
}
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}

TITLES = {
    "en": {"president": "President", "pm": "Prime Minister", "fm": "Foreign Minister",
           "dfm": "Deputy Foreign Minister", "trade": "Minister of Industry and Trade",
           "dtrade": "Deputy Minister of Industry and Trade", "ddef": "Deputy Minister of National Defence",
           "dculture": "Deputy Minister of Culture", "na": "Chairman of the National Assembly",
           "planning": "Minister of Planning and Investment", "amb": "Ambassador",
           "ceo": "Chairman", "artist": "artist", "cochair": "Minister"},
    "id": {"president": "Presiden", "pm": "Perdana Menteri", "fm": "Menteri Luar Negeri",
           "dfm": "Wakil Menteri Luar Negeri", "trade": "Menteri Perindustrian dan Perdagangan",
           "dtrade": "Wakil Menteri Perindustrian dan Perdagangan", "ddef": "Wakil Menteri Pertahanan",
           "dculture": "Wakil Menteri Kebudayaan", "na": "Ketua Majelis Nasional",
           "planning": "Menteri Perencanaan dan Investasi", "amb": "Duta Besar", "ceo": "Direktur Utama",
           "artist": "seniman", "cochair": "Menteri"},
    "fr": {"president": "le président {adj}", "pm": "le Premier ministre {adj}",
           "fm": "le ministre {adj} des Affaires étrangères", "dfm": "le vice-ministre {adj} des Affaires étrangères",
           "trade": "le ministre {adj} de l'Industrie et du Commerce",
           "dtrade": "le vice-ministre {adj} de l'Industrie et du Commerce",
           "ddef": "le vice-ministre {adj} de la Défense", "dculture": "le vice-ministre {adj} de la Culture",
           "na": "le président de l'Assemblée nationale {adj}", "planning": "le ministre {adj} du Plan",
           "amb": "l'ambassadeur {adj}", "ceo": "le PDG", "artist": "l'artiste", "cochair": "le ministre {adj}"},
}
SHORT_TITLES = {"id": {"fm": "Menlu", "dfm": "Wamenlu", "amb": "Dubes", "pm": "PM"},
                "en": {"fm": "FM", "dfm": "Deputy FM", "pm": "PM"}}


def _fr_le(c: Country) -> str:
    return {"m": "le ", "f": "la ", "v": "l'", "p": "les ", "0": ""}[c.fr_kind] + c.fr


def _fr_de(c: Country) -> str:
    return {"m": "du ", "f": "de la ", "v": "de l'", "p": "des ", "0": "de "}[c.fr_kind] + c.fr


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _ordinal(n: int, lang: str) -> str:
    if lang == "id":
        return f"ke-{n}"
    if lang == "fr":
        return "1er" if n == 1 else f"{n}e"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _decimal(x: float, lang: str) -> str:
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang in ("id", "fr") else text


def _integer(n: int, lang: str) -> str:
    text = f"{n:,}"
    return text.replace(",", {"en": ",", "id": ".", "fr": "\u202f"}[lang])


class Writer:
    """Writes one report of an event in one language, with its own choices."""

    def __init__(self, rng: random.Random, ev: SynthEvent, lang: str, world: World) -> None:
        self.rng, self.ev, self.lang, self.world = rng, ev, lang, world
        vi_spell = {"id": 0.15, "en": 0.2, "fr": 0.35}[lang]
        self.plain = rng.random() >= vi_spell  # Vietnamese names without diacritics
        self.with_year = lang != "id" or rng.random() < 0.6
        self.mentioned: set[Person] = set()

    # ---- words
    def country(self, code: str) -> str:
        c = COUNTRIES[code]
        return {"en": c.en, "id": c.id, "fr": _fr_le(c)}[self.lang]

    def adj(self, code: str) -> str:
        c = COUNTRIES[code]
        return {"en": c.en_adj, "id": c.id, "fr": c.fr_adj}[self.lang]

    def city(self, city: dict | None) -> str:
        if city is None:
            return ""
        if self.lang == "fr":
            return city["vi"] if not self.plain and self.rng.random() < 0.3 else city["fr"]
        if not self.plain:
            return city["vi"]
        return city["alt"] if self.rng.random() < 0.3 else city[self.lang]

    def name(self, p: Person) -> str:
        if p in self.mentioned and self.rng.random() < 0.6:
            return p.short(self.plain)
        self.mentioned.add(p)
        return p.full(self.plain)

    def titled(self, role: str, p: Person, other: str | None = None) -> str:
        """``Russian Deputy Foreign Minister Vladimir Titov`` and the like."""
        lang, rng = self.lang, self.rng
        seen = p in self.mentioned
        name = self.name(p)
        if role in ("ceo", "artist"):
            if lang == "en":
                return f"{TITLES['en'][role]} {name}" if role == "ceo" else f"{self.adj(p.country)} artist {name}"
            if lang == "id":
                return f"{TITLES['id'][role]} {name}" if role == "ceo" else f"seniman {self.adj(p.country)} {name}"
            return f"{TITLES['fr'][role]} {name}"
        if lang == "en":
            title = SHORT_TITLES["en"].get(role) if seen and rng.random() < 0.3 else None
            title = title or TITLES["en"][role]
            if role == "amb" and other:
                return f"{self.adj(p.country)} Ambassador to {self.country(other)} {name}"
            return f"{self.adj(p.country)} {title} {name}"
        if lang == "id":
            title = SHORT_TITLES["id"].get(role) if rng.random() < 0.35 else None
            title = title or TITLES["id"][role]
            if role == "amb" and other:
                return f"Duta Besar {self.adj(p.country)} untuk {self.country(other)}, {name}"
            sep = ", " if rng.random() < 0.4 else " "
            return f"{title} {self.adj(p.country)}{sep}{name}"
        title = TITLES["fr"][role].format(adj=self.adj(p.country))
        if role == "amb" and other:
            title += " " + COUNTRIES[other].fr_in
        return f"{title} {name}"

    def day(self, d: date, *, weekday: bool | None = None) -> str:
        lang, rng = self.lang, self.rng
        m = MONTHS[lang][d.month - 1]
        wd = WEEKDAYS[lang][d.weekday()]
        weekday = rng.random() < 0.25 if weekday is None else weekday
        year = self.with_year
        if lang == "en":
            core = f"{m} {d.day}, {d.year}" if year else f"{m} {d.day}"
            if rng.random() < 0.3:
                core = f"{d.day} {m} {d.year}" if year else f"{d.day} {m}"
            return f"on {wd} ({core})" if weekday and not year else f"on {core}"
        if lang == "id":
            if weekday:
                return f"pada {wd} {rng.choice(('pagi ', 'sore ', ''))}({d.day} {m})"
            if rng.random() < 0.2:
                return f"pada tanggal {d.day}/{d.month}" + (f"/{d.year}" if year else "")
            return f"pada tanggal {d.day} {m}" + (f" {d.year}" if year else "")
        return f"le {wd} {d.day} {m}" + (f" {d.year}" if year else "") if weekday else f"le {d.day} {m}" + (
            f" {d.year}" if year else "")

    def money_bn(self, x: float) -> str:
        v = _decimal(x, self.lang)
        if self.lang == "en":
            return self.rng.choice((f"{v} billion USD", f"US${v} billion"))
        if self.lang == "id":
            return self.rng.choice((f"{v} miliar USD", f"{v} miliar dolar AS"))
        return f"{v} milliards de dollars"

    def money_mn(self, x: int) -> str:
        v = _integer(x, self.lang)
        return {"en": f"{v} million USD", "id": f"{v} juta USD", "fr": f"{v} millions de dollars"}[self.lang]

    def pct(self, x: float) -> str:
        v = _decimal(abs(x), self.lang)
        return {"en": f"{v}%", "id": f"{v} persen", "fr": f"{v} %"}[self.lang]

    def ctx(self) -> dict:
        ev, n = self.ev, self.ev.numbers
        c = {
            "A": self.country(ev.a), "B": self.country(ev.b), "Aadj": self.adj(ev.a), "Badj": self.adj(ev.b),
            "city": self.city(ev.city), "date": self.day(ev.day), "year": ev.day.year,
        }
        if self.lang == "fr":
            c["A0"], c["B0"] = COUNTRIES[ev.a].fr, COUNTRIES[ev.b].fr
        else:
            c["A0"], c["B0"] = c["A"].removeprefix("the "), c["B"].removeprefix("the ")
        if self.lang == "fr":
            c.update(A_de=_fr_de(COUNTRIES[ev.a]), B_de=_fr_de(COUNTRIES[ev.b]),
                     A_in=COUNTRIES[ev.a].fr_in, B_in=COUNTRIES[ev.b].fr_in)
        for k, v in n.items():
            c[k] = v
        if "ordinal" in n:
            c["ord"] = _ordinal(int(n["ordinal"]), self.lang)
        if "anniv" in n:
            c["anniv_ord"] = _ordinal(int(n["anniv"]), self.lang)
        c["trade_s"] = self.money_bn(float(n["trade"]))
        c["growth_s"] = self.pct(float(n["growth"]))
        c["rise"] = {"en": "up" if n["growth"] >= 0 else "down",
                     "id": "naik" if n["growth"] >= 0 else "turun",
                     "fr": "en hausse de" if n["growth"] >= 0 else "en baisse de"}[self.lang]
        for key in ("firms", "deals", "visitors", "vaccine"):
            if key in n:
                c[key + "_s"] = _integer(int(n[key]), self.lang)
        if "deals" in n:
            c["deals_s"] = self.money_mn(int(n["deals"]))
        if "days" in n:
            c["end"] = self.day(ev.day + timedelta(days=int(n["days"]) - 1), weekday=False)
        c["companies"] = ev.companies
        c["work"] = ev.work
        return c


# --------------------------------------------------------------------------
# Templates: {H} host with title, {G} guest with title, {Hn}/{Gn} bare names.

LEADS = {
    "en": {
        "dialogue": ["{H} and {G} co-chaired the {ord} strategic dialogue between the two foreign ministries in {city} {date}.",
                     "The {ord} {Aadj}-{Badj} strategic dialogue at deputy foreign minister level took place in {city} {date}, co-chaired by {H} and {G}."],
        "visit": ["{G} arrived in {city} {date}, starting a {days}-day official visit to {A} at the invitation of {H}.",
                  "{H} held talks with {G} in {city} {date} as part of the latter's official visit to {A}."],
        "talks": ["{H} held talks with {G} in {city} {date}, discussing measures to deepen bilateral ties.",
                  "{Aadj} and {Badj} foreign ministers met in {city} {date}: {H} received his counterpart {Gn}."],
        "call": ["{H} held phone talks with {G} {date}, agreeing to step up cooperation in key areas.",
                 "{H} and {G} held a phone conversation {date} to review bilateral relations."],
        "forum": ["A {Aadj}-{Badj} business forum opened in {city} {date}, gathering {firms_s} businesses, with {H} and {G} in attendance.",
                  "More than {firms_s} enterprises joined the {Aadj}-{Badj} trade and investment forum held in {city} {date}, co-organised by {H} and {G}."],
        "committee": ["The {ord} meeting of the {Aadj}-{Badj} Intergovernmental Committee took place in {city} {date}, co-chaired by {H} and {G}.",
                      "{H} and {G} co-chaired the {ord} session of the Intergovernmental Committee for economic cooperation in {city} {date}."],
        "culture": ["{Badj} Culture Days opened in {city} {date} with {shows} performances, attended by {G} and {H}.",
                    "A week of {Badj} culture kicked off in {city} {date}, bringing {artists} artists to audiences in {A}; {H} and {G} attended the opening."],
        "anniversary": ["{H} hosted a reception in {city} {date} to celebrate the {anniv_ord} anniversary of {Badj}-{Aadj} diplomatic relations, attended by {G}.",
                        "The {anniv_ord} anniversary of diplomatic ties between {B} and {A} ({est}-{year}) was celebrated at a reception in {city} {date}, with {G} among the guests of {H}."],
    },
    "id": {
        "dialogue": ["{H} dan {G} memimpin Dialog Strategis {ord} antara kedua Kementerian Luar Negeri di {city} {date}.",
                     "Dialog Strategis {ord} tingkat Wakil Menteri Luar Negeri {A0}-{B0} diadakan di {city} {date}, dipimpin bersama oleh {H} dan {G}."],
        "visit": ["{G} melakukan kunjungan resmi ke {A} selama {days} hari mulai {date} atas undangan {H}.",
                  "Atas undangan {H}, {G} tiba di {city} {date}, memulai kunjungan resmi ke {A}."],
        "talks": ["{H} melakukan pembicaraan dengan {G} di {city} {date} untuk membahas langkah-langkah memperdalam hubungan bilateral.",
                  "Dua Menlu, {Hn} dan {Gn}, melakukan pembicaraan di {city} {date}."],
        "call": ["{H} melakukan pembicaraan telepon dengan {G} {date}.",
                 "{date_cap}, {H} dan {G} mengadakan pembicaraan via telepon untuk meninjau hubungan kedua negara."],
        "forum": ["Forum Bisnis {A0}-{B0} dibuka di {city} {date}, dihadiri oleh {firms_s} badan usaha, {H} dan {G}.",
                  "Sebanyak {firms_s} badan usaha menghadiri Forum Perdagangan dan Investasi {A0}-{B0} di {city} {date} yang diselenggarakan oleh {H} dan {G}."],
        "committee": ["Sidang {ord} Komite Antar-Pemerintah {A0}-{B0} diadakan di {city} {date}, dipimpin oleh {H} dan {G}.",
                      "{H} dan {G} memimpin Sidang {ord} Komite Antar-Pemerintah tentang kerja sama ekonomi di {city} {date}."],
        "culture": ["Hari Kebudayaan {B} dibuka di {city} {date} dengan {shows} pertunjukan, dihadiri oleh {G} dan {H}.",
                    "Pekan Budaya {B} di {city} dibuka {date}, menghadirkan {artists} seniman; {H} dan {G} menghadiri upacara pembukaan."],
        "anniversary": ["{H} mengadakan resepsi di {city} {date} untuk memperingati ulang tahun {anniv_ord} hubungan diplomatik {B0}-{A0}, yang dihadiri oleh {G}.",
                        "Peringatan {anniv} tahun hubungan diplomatik {B} dan {A} ({est}-{year}) dirayakan di {city} {date}, dengan kehadiran {G}."],
    },
    "fr": {
        "dialogue": ["{H} et {G} ont coprésidé {date} à {city} le {ord} dialogue stratégique entre les deux ministères des Affaires étrangères.",
                     "Le {ord} dialogue stratégique {A0}-{B0} au niveau des vice-ministres s'est tenu {date} à {city}, sous la coprésidence de {H} et {G}."],
        "visit": ["{G} est arrivé {date} à {city}, entamant une visite officielle de {days} jours {A_in} à l'invitation de {H}.",
                  "{H} s'est entretenu {date} à {city} avec {G}, en visite officielle {A_in}."],
        "talks": ["{H} a eu {date} à {city} des entretiens avec {G} sur les moyens d'approfondir les relations bilatérales.",
                  "Les chefs de la diplomatie {A_de} et {B_de}, {Hn} et {Gn}, se sont entretenus {date} à {city}."],
        "call": ["{H} s'est entretenu au téléphone {date} avec {G}.",
                 "{H} et {G} ont eu {date} un entretien téléphonique consacré aux relations bilatérales."],
        "forum": ["Un forum d'affaires {A0}-{B0} s'est ouvert {date} à {city}, réunissant {firms_s} entreprises, en présence de {H} et {G}.",
                  "Plus de {firms_s} entreprises ont participé {date} à {city} au forum sur le commerce et l'investissement {A0}-{B0}, organisé par {H} et {G}."],
        "committee": ["La {ord} session du Comité intergouvernemental {A0}-{B0} s'est tenue {date} à {city}, coprésidée par {H} et {G}.",
                      "{H} et {G} ont coprésidé {date} à {city} la {ord} réunion du Comité intergouvernemental."],
        "culture": ["Les Journées de la culture {B_de} se sont ouvertes {date} à {city} avec {shows} spectacles, en présence de {G} et {H}.",
                    "Une semaine culturelle {B_de} a débuté {date} à {city}, avec {artists} artistes; {H} et {G} ont assisté à l'ouverture."],
        "anniversary": ["{H} a organisé {date} à {city} une réception pour célébrer le {anniv_ord} anniversaire des relations diplomatiques entre {B} et {A}, en présence de {G}.",
                        "Le {anniv_ord} anniversaire des relations diplomatiques {B0}-{A0} ({est}-{year}) a été célébré {date} à {city}, en présence de {G}."],
    },
}

TITLES_TEMPLATES = {
    "en": {
        "dialogue": ["{A}, {B} hold {ord} strategic dialogue", "{Aadj}, {Badj} deputy foreign ministers hold {ord} strategic dialogue in {city}"],
        "visit": ["{Badj} leader begins official visit to {A}", "{A}, {B} look to deepen partnership during {Badj} leader's visit"],
        "talks": ["{Aadj}, {Badj} foreign ministers hold talks in {city}", "{A}, {B} agree to boost trade towards {target} billion USD"],
        "call": ["{Aadj}, {Badj} PMs hold phone talks", "{A}, {B} leaders discuss cooperation over phone"],
        "forum": ["{A0}-{B0} business forum draws {firms_s} firms", "Business forum in {city} boosts {A0}-{B0} trade ties"],
        "committee": ["{A0}-{B0} Intergovernmental Committee holds {ord} meeting", "{ord} meeting of {A0}-{B0} intergovernmental committee held in {city}"],
        "culture": ["{Badj} Culture Days open in {city}", "{Badj} culture week brings {work} to {city}"],
        "anniversary": ["Reception marks {anniv_ord} anniversary of {B0}-{A0} ties", "{B}, {A} celebrate {anniv} years of diplomatic relations"],
    },
    "id": {
        "dialogue": ["{A} dan {B} Gelar Dialog Strategis {ord}", "Dialog Strategis {ord} {A0}-{B0} Diadakan di {city}"],
        "visit": ["Perdalam Lebih Lanjut Hubungan Kemitraan {A0}-{B0}", "Kunjungan Resmi Pemimpin {B} ke {A}"],
        "talks": ["Menlu {A} dan {B} Lakukan Pembicaraan", "Dorong Hubungan Kerja Sama {A0}-{B0}"],
        "call": ["PM {A} Lakukan Pembicaraan Telepon dengan PM {B}", "Pembicaraan Telepon antara Pemimpin {A} dan {B}"],
        "forum": ["Forum Bisnis {A0}-{B0} Diadakan di {city}", "Dorong Kerja Sama Perdagangan dan Investasi {A0}-{B0}"],
        "committee": ["Sidang {ord} Komite Antar-Pemerintah {A0}-{B0}", "Tingkatkan Efektivitas Kerja Sama Ekonomi {A0}-{B0}"],
        "culture": ["Hari Kebudayaan {B} di {city}", "Pekan Budaya {B} Dibuka di {A}"],
        "anniversary": ["Peringatan {anniv} Tahun Hubungan Diplomatik {B0}-{A0}", "Resepsi Peringati Hubungan Diplomatik {B0}-{A0}"],
    },
    "fr": {
        "dialogue": ["{A_cap} et {B} tiennent leur {ord} dialogue stratégique", "{ord} dialogue stratégique {A0}-{B0} à {city}"],
        "visit": ["Visite officielle d'un dirigeant {Badj} {A_in}", "Approfondir le partenariat {A0}-{B0}"],
        "talks": ["Entretiens entre les chefs de la diplomatie {A_de} et {B_de}", "{A_cap} et {B} veulent renforcer leurs échanges"],
        "call": ["Entretien téléphonique entre les Premiers ministres {A_de} et {B_de}", "{A_cap} et {B} font le point au téléphone"],
        "forum": ["Forum d'affaires {A0}-{B0} à {city}", "{firms_s} entreprises au forum d'affaires {A0}-{B0}"],
        "committee": ["{ord} session du Comité intergouvernemental {A0}-{B0}", "Le Comité intergouvernemental {A0}-{B0} se réunit à {city}"],
        "culture": ["Journées de la culture {B_de} à {city}", "La culture {B_de} à l'honneur à {city}"],
        "anniversary": ["{anniv} ans de relations diplomatiques {B0}-{A0}", "Réception pour le {anniv_ord} anniversaire des relations {B0}-{A0}"],
    },
}

# Facts: (needed number keys, templates per language)
FACTS = {
    "trade": ("trade", {
        "en": ["Two-way trade reached {trade_s} in {prev_year}, {rise} {growth_s} year-on-year.",
               "According to statistics, bilateral trade turnover in {prev_year} hit {trade_s}."],
        "id": ["Nilai perdagangan antara dua negara pada tahun {prev_year} mencapai {trade_s}, {rise} {growth_s} dibandingkan tahun sebelumnya.",
               "Data menunjukkan bahwa nilai perdagangan bilateral pada tahun {prev_year} mencapai {trade_s}."],
        "fr": ["Les échanges commerciaux bilatéraux ont atteint {trade_s} en {prev_year}, {rise} {growth_s} sur un an.",
               "En {prev_year}, le commerce bilatéral s'est élevé à {trade_s}."],
    }),
    "anniv": ("anniv", {
        "en": ["The two countries are celebrating the {anniv_ord} anniversary of diplomatic relations ({est}-{year}).",
               "The event came as both sides mark {anniv} years since the establishment of diplomatic ties in {est}."],
        "id": ["Kedua negara sedang merayakan ulang tahun {anniv_ord} hubungan diplomatik ({est}-{year}).",
               "Tahun ini menandai peringatan {anniv} tahun penggalangan hubungan diplomatik sejak {est}."],
        "fr": ["Les deux pays célèbrent cette année le {anniv_ord} anniversaire de leurs relations diplomatiques ({est}-{year}).",
               "Cette rencontre intervient alors que les deux pays marquent {anniv} ans de relations diplomatiques, établies en {est}."],
    }),
    "target": ("target", {
        "en": ["They agreed to strive to raise bilateral trade to {target} billion USD by {target_year}.",
               "Both ministers set a goal of {target} billion USD in two-way trade by {target_year}."],
        "id": ["Kedua pihak sepakat untuk berupaya meningkatkan nilai perdagangan bilateral menjadi {target} miliar USD pada tahun {target_year}.",
               "Dua Menlu menetapkan target omzet perdagangan sebesar {target} miliar USD pada {target_year}."],
        "fr": ["Ils sont convenus de porter les échanges bilatéraux à {target} milliards de dollars d'ici {target_year}.",
               "Les deux parties visent {target} milliards de dollars d'échanges en {target_year}."],
    }),
    "docs": ("docs", {
        "en": ["On the occasion, the two sides signed {docs} cooperation documents.",
               "{docs} agreements and memoranda of understanding were exchanged after the talks."],
        "id": ["Pada kesempatan ini, kedua pihak menandatangani {docs} dokumen kerja sama.",
               "Sebanyak {docs} perjanjian dan nota kesepahaman dipertukarkan setelah pertemuan."],
        "fr": ["À cette occasion, les deux parties ont signé {docs} documents de coopération.",
               "{docs} accords et mémorandums d'entente ont été échangés à l'issue des entretiens."],
    }),
    "deals": ("deals", {
        "en": ["Companies signed {mous} memoranda worth a total of {deals_s} on the sidelines of the forum.",
               "Deals worth {deals_s} were announced, including a partnership between {co0} and {co1}."],
        "id": ["Para pengusaha menandatangani {mous} nota kesepahaman senilai total {deals_s}.",
               "Kesepakatan senilai {deals_s} diumumkan, termasuk kemitraan antara {co0} dan {co1}."],
        "fr": ["Les entreprises ont signé {mous} protocoles d'accord d'une valeur totale de {deals_s}.",
               "Des contrats de {deals_s} ont été annoncés, dont un partenariat entre {co0} et {co1}."],
    }),
    "vaccine": ("vaccine", {
        "en": ["{B} pledged to provide {vaccine_s} doses of COVID-19 vaccine to {A}."],
        "id": ["{B} berjanji untuk memberikan {vaccine_s} dosis vaksin Covid-19 kepada {A}."],
        "fr": ["{B} s'est engagé à fournir {vaccine_s} doses de vaccin contre la COVID-19 {A_in}."],
    }),
    "visitors": ("visitors", {
        "en": ["Organisers expect some {visitors_s} visitors during the event, whose highlight is the show \"{work}\"."],
        "id": ["Panitia memperkirakan sekitar {visitors_s} pengunjung, dengan pertunjukan utama \"{work}\"."],
        "fr": ["Les organisateurs attendent quelque {visitors_s} visiteurs; le spectacle phare s'intitule « {work} »."],
    }),
}

FILLER = {
    "en": [
        "In the spirit of traditional friendship, openness and mutual trust, both sides reviewed bilateral cooperation in all areas, particularly politics, defence-security and trade-investment.",
        "The two sides affirmed their resolve to maintain and promote practical and effective bilateral ties in the coming time.",
        "They also agreed to maintain close coordination at multilateral forums for peace, stability and development in the region and the world.",
        "Both sides exchanged views on regional and international issues of mutual concern, including the situation in the East Sea.",
        "The officials spoke highly of the outcomes of cooperation over the past time and pledged to remove bottlenecks for businesses.",
        "They agreed to expand cooperation in potential fields such as energy, education, science-technology and tourism.",
        "The two sides agreed to increase the exchange of delegations at all levels and to enhance people-to-people exchanges.",
    ],
    "id": [
        "Dalam semangat persahabatan tradisional, keterbukaan dan saling percaya, kedua belah pihak meninjau situasi kerja sama bilateral di semua bidang.",
        "Kedua pihak menegaskan tekad untuk mempertahankan dan mempromosikan kerja sama bilateral yang substantif dan efektif di waktu mendatang.",
        "Kedua pihak juga sepakat untuk berkoordinasi secara erat di forum-forum multilateral demi perdamaian, stabilitas dan pembangunan di kawasan dan dunia.",
        "Kedua pihak bertukar pandangan tentang isu-isu regional dan internasional yang menjadi perhatian bersama, termasuk situasi di Laut Timur.",
        "Para pejabat sangat menghargai hasil kerja sama dalam beberapa waktu terakhir dan berkomitmen untuk segera menghilangkan hambatan.",
        "Kedua pihak sepakat memperluas kerja sama di bidang-bidang potensial seperti energi, pendidikan, ilmu pengetahuan dan teknologi serta pariwisata.",
        "Kedua pihak sepakat meningkatkan pertukaran delegasi di semua tingkatan dan mendorong pertukaran antar-rakyat.",
    ],
    "fr": [
        "Dans un esprit d'amitié traditionnelle, d'ouverture et de confiance mutuelle, les deux parties ont passé en revue la coopération bilatérale dans tous les domaines.",
        "Les deux parties ont réaffirmé leur volonté de maintenir et de promouvoir une coopération bilatérale concrète et efficace.",
        "Elles sont également convenues de se coordonner étroitement dans les forums multilatéraux pour la paix, la stabilité et le développement de la région.",
        "Les deux parties ont échangé leurs vues sur des questions régionales et internationales d'intérêt commun.",
        "Les responsables ont salué les résultats de la coopération ces derniers temps et se sont engagés à lever les obstacles.",
        "Elles sont convenues d'élargir la coopération dans des domaines prometteurs comme l'énergie, l'éducation et le tourisme.",
    ],
}

FILLER_MORE = {
    "en": [
        "Both sides noted that cooperation in education and training has been a bright spot, with thousands of students studying in each other's countries every year.",
        "They also discussed cooperation in climate change response, digital transformation, green growth and the development of high-quality human resources.",
        "The officials emphasised the importance of maintaining peace, stability, security, safety and freedom of navigation and overflight in the region, as well as settling disputes by peaceful means in line with international law.",
        "The two sides agreed to soon organise the meetings of existing cooperation mechanisms and to effectively implement the agreements reached by the two countries' leaders.",
    ],
    "id": [
        "Kedua pihak mencatat bahwa kerja sama di bidang pendidikan dan pelatihan merupakan titik terang, dengan ribuan mahasiswa belajar di negara masing-masing setiap tahun.",
        "Mereka juga membahas kerja sama dalam menanggapi perubahan iklim, transformasi digital, pertumbuhan hijau dan pengembangan sumber daya manusia berkualitas tinggi.",
        "Para pejabat menekankan pentingnya menjaga perdamaian, stabilitas, keamanan, keselamatan serta kebebasan navigasi dan penerbangan di kawasan, serta menyelesaikan sengketa dengan langkah-langkah damai sesuai dengan hukum internasional.",
        "Kedua pihak sepakat untuk segera menyelenggarakan sidang-sidang mekanisme kerja sama yang ada dan melaksanakan secara efektif kesepakatan yang dicapai oleh para pemimpin senior kedua negara.",
    ],
    "fr": [
        "Les deux parties ont noté que la coopération dans l'éducation et la formation constitue un point fort, des milliers d'étudiants étudiant chaque année dans le pays de l'autre.",
        "Elles ont également évoqué la coopération dans la réponse au changement climatique, la transformation numérique, la croissance verte et la formation de ressources humaines de qualité.",
        "Les responsables ont souligné l'importance du maintien de la paix, de la stabilité, de la sécurité et de la liberté de navigation dans la région, ainsi que du règlement des différends par des moyens pacifiques conformément au droit international.",
        "Les deux parties sont convenues d'organiser prochainement les réunions des mécanismes de coopération existants et de mettre en œuvre efficacement les accords conclus par les dirigeants des deux pays.",
    ],
}
for _lang, _more in FILLER_MORE.items():
    FILLER[_lang].extend(_more)

BACKGROUND = {
    "en": "Earlier, in {bg_year}, {bg1} paid an official visit to {B}, during which the two sides agreed to further deepen their ties. The two countries have since maintained regular exchanges of delegations, including the visit of {bg2} to {bg_city} in {bg_year2}.",
    "id": "Sebelumnya, pada tahun {bg_year}, {bg1} melakukan kunjungan resmi ke {B}, di mana kedua pihak sepakat untuk lebih memperdalam hubungan. Sejak itu, kedua negara mempertahankan pertukaran delegasi secara rutin, termasuk kunjungan {bg2} ke {bg_city} pada tahun {bg_year2}.",
    "fr": "Auparavant, en {bg_year}, {bg1} avait effectué une visite officielle {B_in}, au cours de laquelle les deux parties étaient convenues d'approfondir leurs relations. Les deux pays entretiennent depuis des échanges réguliers de délégations, dont la visite de {bg2} à {bg_city} en {bg_year2}.",
}

QUOTES = {
    "en": ["{Gs} said {B} treasures its ties with {A} and considers {A} a trustworthy partner.",
           "\"We consider this a milestone in our relations,\" {Gs} said, thanking {Hs} for the warm welcome.",
           "{Hs} affirmed that {A} always attaches importance to its comprehensive partnership with {B}."],
    "id": ["{Gs} menegaskan bahwa {B} mementingkan hubungan dengan {A} dan menganggap {A} sebagai mitra yang dapat diandalkan.",
           "\"Kami menganggap ini sebagai tonggak penting dalam hubungan kedua negara,\" tegas {Gs}.",
           "{Hs} menegaskan bahwa {A} selalu mementingkan hubungan kemitraan dengan {B}."],
    "fr": ["{Gs} a souligné que {B} attache une grande importance à ses liens avec {A}.",
           "« Nous considérons cette rencontre comme une étape importante », a déclaré {Gs}.",
           "{Hs} a affirmé que {A} accorde toujours une grande importance à son partenariat avec {B}."],
}

EXTRA_LINES = {
    "en": {"amb": "{X} also attended the dialogue.", "pm": "During the visit, the guest is scheduled to meet {X}.",
           "na": "The guest will also meet {X}.", "ceo": "{X} said the business community saw great potential in the partnership.",
           "artist": "The programme features {X}, who will perform in {city}."},
    "id": {"amb": "{X} juga menghadiri dialog tersebut.", "pm": "Selama kunjungan, tamu dijadwalkan bertemu dengan {X}.",
           "na": "Tamu juga akan bertemu dengan {X}.", "ceo": "{X} mengatakan bahwa komunitas bisnis melihat potensi besar dalam kemitraan ini.",
           "artist": "Program ini menampilkan {X}, yang akan tampil di {city}."},
    "fr": {"amb": "{X} a également assisté au dialogue.", "pm": "Au cours de sa visite, l'invité doit rencontrer {X}.",
           "na": "L'invité rencontrera également {X}.", "ceo": "{X} a estimé que les milieux d'affaires voyaient un grand potentiel dans ce partenariat.",
           "artist": "Le programme met à l'honneur {X}, qui se produira à {city}."},
}

SOURCES = {
    "en": ["WVR/VNA- ", "{CITY} (VNA) – ", "(VOVWORLD) - ", "VOV.VN - ", "{city_plain}, {md} (VNA) - "],
    "id": ["(VOVWORLD) - ", "(VOVWORLD) - ", "VOV.VN - ", "(VNA) - ", ""],
    "fr": ["(CVN) - ", "(VNA) - ", "Le Courrier du Vietnam - ", "(VOVWORLD) - "],
}
PHOTO_CREDITS = ("VNA", "VOV", "BNG", "Quang Hoa", "Thong Nhat", "Lam Khanh", "Tuan Anh", "Minh Duc")


def _fill(template: str, ctx: dict) -> str:
    return template.format_map(ctx)


def write_report(rng: random.Random, ev: SynthEvent, lang: str, world: World, avoid: set[int]) -> str:
    """One raw article about ``ev`` in ``lang``; ``avoid`` holds lead variants already used."""
    wr = Writer(rng, ev, lang, world)
    ctx = wr.ctx()
    ctx["H"] = wr.titled(ev.host_role, ev.host, ev.a)
    ctx["G"] = wr.titled(ev.guest_role, ev.guest, ev.a)
    ctx["Hn"], ctx["Gn"] = wr.name(ev.host), wr.name(ev.guest)
    ctx["Hs"], ctx["Gs"] = ev.host.short(wr.plain), ev.guest.short(wr.plain)
    if lang == "fr":
        ctx["A_cap"] = _cap(ctx["A"])
    ctx["date_cap"] = _cap(ctx["date"])
    if ev.companies:
        ctx["co0"], ctx["co1"] = ev.companies[0], ev.companies[1]
    leads = LEADS[lang][ev.kind]
    choices = [i for i in range(len(leads)) if i not in avoid] or list(range(len(leads)))
    pick = rng.choice(choices)
    avoid.add(pick)
    lead = _cap(_fill(leads[pick], ctx))
    title = _cap(_fill(rng.choice(TITLES_TEMPLATES[lang][ev.kind]), ctx))

    paragraphs: list[str] = []
    facts = [f for f, (need, _) in FACTS.items() if need in ev.numbers and ev.numbers[need]]
    rng.shuffle(facts)
    for fact in facts:
        if rng.random() < 0.65:
            paragraphs.append(_cap(_fill(rng.choice(FACTS[fact][1][lang]), ctx)))
    for role, person in ev.extras:
        if rng.random() < 0.7:
            x = wr.titled(role, person, ev.a)
            paragraphs.append(_cap(_fill(EXTRA_LINES[lang][role].replace("{X}", x), ctx)))
    if rng.random() < 0.7:
        paragraphs.append(_cap(_fill(rng.choice(QUOTES[lang]), ctx)))
    if rng.random() < 0.5:  # recalls earlier, unrelated meetings of the pair's leaders
        year = ev.day.year
        ctx["bg_year"] = rng.randint(2008, year - 2)
        ctx["bg_year2"] = rng.randint(ctx["bg_year"] + 1, year - 1)
        role1, role2 = rng.choice(("president", "pm", "na")), rng.choice(("president", "pm", "fm"))
        ctx["bg1"] = wr.titled(role1, world.holder(rng, ev.a, role1, ctx["bg_year"]))
        ctx["bg2"] = wr.titled(role2, world.holder(rng, ev.b, role2, ctx["bg_year2"]))
        ctx["bg_city"] = wr.city(rng.choice(COUNTRIES[ev.a].cities))
        paragraphs.append(_cap(_fill(BACKGROUND[lang], ctx)))
    filler = rng.sample(FILLER[lang], k=rng.randint(5, 10))
    while filler:
        take = rng.randint(1, 3)
        paragraphs.append(" ".join(filler[:take]))
        filler = filler[take:]
    body = [paragraphs[0]] + rng.sample(paragraphs[1:], k=len(paragraphs) - 1) if paragraphs else []

    source = rng.choice(SOURCES[lang])
    city_plain = anyascii(ev.city["en"]) if ev.city else "Hanoi"
    source = source.format(CITY=city_plain.upper(), city_plain=city_plain,
                           md=f"{MONTHS['en'][ev.day.month - 1]} {ev.day.day}")
    lines = [title]
    if lang == "id" and rng.random() < 0.4:
        lines += ["", "Chia sẻ"]
    lines += [source + lead]
    if rng.random() < 0.5:
        credit = rng.choice(PHOTO_CREDITS)
        caption = {"en": f"{ctx['H']} and {ctx['G']}. (Photo: {credit})",
                   "id": f"{title} - ảnh 1{ctx['H']} dan {ctx['G']} (foto: {credit})",
                   "fr": f"{_cap(ctx['H'])} et {ctx['G']}. (Photo: {credit})"}[lang]
        lines.append(caption)
    blank = rng.random() < 0.6
    for p in body:
        if blank:
            lines.append("")
        lines.append(p)
    lines.append("")
    tail = rng.random()
    if lang == "id":
        lines.append("Komentar (0)" if tail < 0.7 else "Komentar")
    elif lang == "en" and tail < 0.35:
        lines += ["TIN LIÊN QUAN"] + [_related_headline(rng) for _ in range(rng.randint(3, 5))] + ["", "(Source: VNA)"]
    elif lang == "en" and tail < 0.6:
        lines.append("(Source: VNA)")
    elif lang == "fr" and tail < 0.5:
        lines.append("Commentaires (0)")
    text = "\n".join(lines) + "\n"
    if lang == "fr":
        text = _fr_contract(text)
    return text


def _fr_contract(text: str) -> str:
    """French elisions the templates cannot know: "de le président" -> "du président"."""
    for before, after in ((" de le ", " du "), (" de les ", " des "), (" à le ", " au "), (" à les ", " aux "),
                          (" de Le ", " du "), (" à Le ", " au ")):
        text = text.replace(before, after)
    return text


def _related_headline(rng: random.Random) -> str:
    a, b, _, _ = rng.choice(PAIRS)
    ca, cb = COUNTRIES[a], COUNTRIES[b]
    return rng.choice((
        f"{ca.en}, {cb.en} hold {_ordinal(rng.randint(2, 15), 'en')} political consultation",
        f"{ca.en_adj} delegation visits {cb.en}",
        f"{ca.en}, {cb.en} boost defence cooperation",
        f"{ca.en} attends regional forum in {cb.cities[0]['en']}",
    ))


# --------------------------------------------------------------------------
# Corpus

LANG_PLANS = (
    ((("id",), 5), (("en",), 4), (("fr",), 1)),
    ((("id", "en"), 14), (("en", "en"), 2), (("id", "id"), 2), (("id", "fr"), 1), (("en", "fr"), 1)),
    ((("id", "en", "fr"), 7), (("id", "en", "en"), 2), (("id", "id", "en"), 1)),
)


def generate(n: int, seed: int = 0) -> list[SynthArticle]:
    """``n`` raw articles with ground truth, always the same for the same seed."""
    rng = random.Random(seed)
    maker = EventMaker(rng, seed)
    drafts: list[tuple[str, str, SynthEvent, date]] = []
    while len(drafts) < n:
        ev = maker.new_event()
        size = rng.choices((1, 2, 3), weights=(3, 5, 2))[0]
        plans = LANG_PLANS[size - 1]
        langs = rng.choices([p for p, _ in plans], weights=[w for _, w in plans])[0]
        avoid: dict[str, set[int]] = {}
        for lang in langs:
            if len(drafts) >= n:
                break
            text = write_report(rng, ev, lang, maker.world, avoid.setdefault(lang, set()))
            drafts.append((text, lang, ev, ev.day))
    rng.shuffle(drafts)
    return [
        SynthArticle(f"syn_{i:05d}.txt", text, ev.key, lang, ev.countries, day.isoformat())
        for i, (text, lang, ev, day) in enumerate(drafts, start=1)
    ]


def write_corpus(articles: list[SynthArticle], outdir: Path, seed: int) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    truth = {}
    for art in articles:
        (outdir / art.name).write_text(art.text, encoding="utf-8")
        record = asdict(art)
        del record["text"], record["name"]
        record["countries"] = list(art.countries)
        truth[art.name] = record
    payload = {"seed": seed, "n": len(articles), "articles": truth}
    (outdir / "truth.json").write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    articles = generate(args.n, args.seed)
    write_corpus(articles, args.outdir, args.seed)
    events = len({a.event_key for a in articles})
    print(f"wrote {len(articles)} articles about {events} events to {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
