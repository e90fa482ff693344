"""Case endings of names, as the texts decline them: Russian and Kazakh (Cyrillic, read loosely:
"Путина", "Доном Прамудвинаем", "Трамппен"), Latin-script Slavic languages and Hungarian ("z Olafem
Scholzem", "Orbánnal", "Morawieckiego"). What a declined word may be without its ending, for
:mod:`actors` to look up."""
from __future__ import annotations

import functools
import re

CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")

CYRILLIC_LOOSE = str.maketrans({"ҳ": "х", "Ҳ": "Х", "һ": "х", "Һ": "Х", "ғ": "г", "Ғ": "Г", "қ": "к", "Қ": "К",
                                "ө": "о", "Ө": "О", "ү": "у", "Ү": "У", "ұ": "у", "Ұ": "У", "ә": "а", "Ә": "А",
                                "і": "и", "І": "И", "ң": "н", "Ң": "Н", "ы": "и", "Ы": "И",
                                # ... and Ukrainian's, and Russian's "э", read as the letters the other
                                # writes: "Плевнелієв", "Ердоган" are "Плевнелиев", "Эрдоган"
                                "ї": "и", "Ї": "И", "є": "е", "Є": "Е", "ґ": "г", "Ґ": "Г", "э": "е", "Э": "Е"})
# a name in -а declined ("Обамой", "Обамы", "Обаме", "Обаму"; names are matched with "й" read as "и",
# as :func:`unaccent` leaves it: "Обамои")
RU_A_ENDINGS = frozenset({"ой", "ои", "ы", "е", "у", "и"})
# a name in -о declined as Serbian and Ukrainian do: "Порошенка", "Порошенку", "Порошенком"
RU_O_ENDINGS = frozenset({"а", "у", "ом"})
RU_VOWELS = frozenset("аеоуэяюё")  # (a stem ending in one takes back a "й" as its nominative: "Прамудвина-ем")
RU_STEM_MIN = 3  # (a first name's case ending is dropped only from a word this long without it)
# Путина, Путиным, Путіним (Ukrainian), Цзиньпиня, Цзиньпинь (as names are matched: "ы" read as "и")
RU_ENDINGS = tuple(dict.fromkeys(ending.translate(CYRILLIC_LOOSE) for ending in (
    "ом", "ым", "им", "ой", "ои", "ем", "ей", "еи", "ов", "ых", "а", "у", "е", "ы", "я", "ю", "ь")))
# Kazakh's case suffixes, glued to a name ("Трамппен", with Trump; "Путинге", to Putin)
# ... and Uzbek's ("Мирзиёевнинг", Mirziyoyev's; "Путинга", to Putin); all as names are matched, their
# letters read loosely (:data:`CYRILLIC_LOOSE`: "ның" as "нин")
KK_ENDINGS = tuple(dict.fromkeys(ending.translate(CYRILLIC_LOOSE) for ending in (
    "пен", "бен", "мен", "ның", "нің", "дың", "дің", "тың", "тің", "дан", "ден", "тан", "тен", "нан", "нен",
    "қа", "ке", "ға", "ге", "ты", "ті", "ды", "ді", "ны", "ні", "да", "де", "та", "те",
    "нинг", "га", "ка", "ни")))
# ... and Mongolian's ("Путиныг", Putin (object); "Хүрэлсүхтэй", with Khurelsukh; "Баттулгын", Battulga's,
# its last vowel dropped: :data:`MN_A_ENDINGS`), as names are matched ("й" read as "и" too); not those of one
# letter ("Путинд", to Putin): a name and a letter more is too often another name ("Беннетт")
MN_ENDINGS = tuple(dict.fromkeys(ending.translate(CYRILLIC_LOOSE) for ending in (
    "ийн", "иин", "ын", "ийг", "ииг", "ыг", "аас", "ээс", "оос", "өөс",
    "тай", "тэй", "той", "таи", "тэи", "тои", "аар", "ээр", "оор", "өөр")))
MN_A_ENDINGS = frozenset(e.translate(CYRILLIC_LOOSE) for e in ("ын", "ийн", "иин", "ыг", "ийг", "ииг"))
# case endings of names in Latin-script Slavic languages and Hungarian's suffixes, each word
# declined ("z Olafem Scholzem", "Putina", "Trumpowi", "Orbánnal", "Orbán Viktornak"); tried only on a
# word that names no one as written, and leaving a stem of LATIN_STEM_MIN letters at least
LATIN_ENDINGS = ("owi", "iem", "em", "om", "a", "u", "e", "nal", "nel", "val", "vel", "nak", "nek", "hoz", "hez")
LATIN_STEM_MIN = 4
# ... and the endings a name in -a takes instead of it ("s Kolindom", "Kolindu", "Kolindi", "Kolindy",
# "Kolindou": Kolinda; "Obamom": Obama)
LATIN_A_ENDINGS = ("om", "ou", "oj", "u", "e", "i", "y")
# ... and the endings a Polish name in -ki takes, declined as an adjective ("premierem Morawieckim",
# "wizyta premiera Morawieckiego", "Morawieckiemu": Morawiecki)
LATIN_KI_ENDINGS = ("iego", "iemu", "im")
LATIN_WORD_RE = re.compile(r"[A-Za-z]+")

@functools.lru_cache(maxsize=65536)
def _latin_stems(word: str) -> tuple[str, ...]:
    """A word of a name without a case ending it may carry ("Scholzem" -> "Scholz", "Kolindom" ->
    "Kolinda", "Раулем" -> "Рауль"); the word itself first."""
    return (word, *_stems_of(word))


@functools.lru_cache(maxsize=65536)
def _stems_of(word: str) -> tuple[str, ...]:
    """:func:`_latin_stems` without the word itself (most words: none)."""
    stems: list[str] = []
    if LATIN_WORD_RE.fullmatch(word):
        stems += [word[:-len(e)] for e in LATIN_ENDINGS
                  if word.endswith(e) and len(word) - len(e) >= LATIN_STEM_MIN]
        stems += [word[:-len(e)] + "a" for e in LATIN_A_ENDINGS
                  if word.endswith(e) and len(word) - len(e) >= LATIN_STEM_MIN]
        stems += [word[:-len(e)] + "i" for e in LATIN_KI_ENDINGS
                  if word.endswith(e) and word[:-len(e)].endswith("k") and len(word) - len(e) >= LATIN_STEM_MIN]
    elif CYRILLIC_RE.match(word):
        for ending in RU_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= RU_STEM_MIN:
                stem = word[:-len(ending)]
                # ("Раулем" -> "Рауль", "Андреем" -> "Андрей", "Обамой" -> "Обама"; a name in -й as the
                #  text is read, its "й" unaccented: "Прамудвинаем" -> "Прамудвинаи")
                stems += [stem, stem + "ь", stem + "й", stem + "а", *((stem + "и",) if stem[-1] in RU_VOWELS else ())]
    return tuple(stems)


def _declined_keys(words: list[str]) -> list[str]:
    """The keys these words may stand for once each drops a case ending it may carry, the words
    as written first ("Olafem Scholzem": "Olafem Scholzem", …, "Olaf Scholz")."""
    keys = [""]
    for word in words:
        keys = [f"{key} {stem}" if key else stem for key in keys for stem in _latin_stems(word)]
    return keys


def _nominatives(word: str, ending: str) -> tuple[str, ...]:
    """What ``word`` may be without its case ``ending``: the stem ("Путина": "Путин"), and for
    the endings names in -а and -о take, the stem with that vowel ("Обамой": "Обама", "Порошенка":
    "Порошенко")."""
    stem = word[:-len(ending)]
    return (stem, *((stem + "а",) if ending in RU_A_ENDINGS or ending in MN_A_ENDINGS else ()),
            *((stem + "о",) if ending in RU_O_ENDINGS else ()),
            *((stem + "и",) if stem and stem[-1] in RU_VOWELS else ()))  # ("Прамудвинаем": "Прамудвинай", read "…наи")
