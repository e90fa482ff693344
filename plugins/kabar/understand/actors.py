"""Who acts in a report: heads of state and government and foreign ministers, found by name.

A report of a bilateral meeting often names the leaders only ("Jokowi meets Putin", "Prabowo
welcomes To Lam"): their countries are the pair, whatever third countries the text mentions.
``data/leaders.json`` lists the heads of state and government and the foreign ministers of about
130 countries from 2010 to 2025 with the spellings news writes (native, English, short forms,
Cyrillic, Chinese, Japanese, Korean, Arabic...). The same person written in any script is one
id, so reports in different languages meet on it when they are linked.

Matching: names in scripts with spaces are matched with their case kept and their diacritics
dropped (``Tô Lâm`` = ``To Lam``, never ``to lam``), whole words only; Cyrillic names take
Russian case endings (``Путина``); names in scripts without spaces are matched as written
(:mod:`scripts`). A one-word name of a person (``Anwar``) counts only where the text has no
other listed person of that name (the data files already drop names two people share).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from .romanized import (ARABIC_PREFIXES, ARABIC_WORD_RE, ROMANIZED_WORD_RE, arabic_index, find_arabic,
                        find_romanized, skeleton_index)
from .scripts import (NUKTA, UNSPACED_CHAR_RE as UNSPACED_RE, HAN_RE, as_looked_up, edges_ok, han_name_goes_on, is_unspaced,
                      tamil_stem)
from .chrome import calendar_words
from .country_matcher import countries_named_in
from .offices import leaders as _load, offices_held, role_of_title
from .name_cases import (CYRILLIC_LOOSE, CYRILLIC_RE, KK_ENDINGS, LATIN_WORD_RE, MN_ENDINGS, RU_ENDINGS, RU_O_ENDINGS, _declined_keys,
                         _nominatives, _stems_of)
from .textutil import _TranslateTable, first_characters_guard, strip_marks

# Russian spellings of names and how Serbian and Macedonian write them (their "ј", "џ", no "я", "й")
SERBIAN_SPELLINGS = {"ия": "ија", "ие": "ије", "ию": "ију", "я": "ја", "ю": "ју", "й": "ј", "Дж": "Џ", "дж": "џ",
                     "рр": "р", "лл": "л", "сс": "с", "тт": "т", "нн": "н", "мм": "м", "кк": "к"}
SERBIAN_SPELLING_RE = re.compile("|".join(sorted(SERBIAN_SPELLINGS, key=len, reverse=True)))
# the countries whose leaders' names, written in the Latin script, begin with the family name, by
# which the news call them ("Park", "Moon", "Wang"): beside the whole name, it alone names them
ROMAN_NUMERAL_RE = re.compile(r"[IVXLCDM]+")
# a whole name in Chinese, Japanese or Korean, its parts apart ("ラファエル・コレア", "拉斐尔·科雷亚", "라파엘 코레아"),
# and the titles of a head of state or government or a foreign minister written after a last name
CJK_NAME_SEPARATOR_RE = re.compile(r"[・·･\s]+")
CJK_NAME_RE = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff\uac00-\ud7af]+")
CJK_SURNAME_MIN = 2  # characters: "金", "朴" alone are many people's
CJK_TITLES = ("大統領|首相|総理|国王|外相|外務大臣|总统|總統|总理|總理|国王|國王|主席|外长|外長|"
              "대통령|총리|국왕|외교장관|외무장관")
CJK_TITLES_BEFORE = "总统|總統|总理|總理|主席|国王|國王|首相|外长|外長"  # (Chinese writes them first: "总统科雷亚")
FAMILY_NAME_FIRST = frozenset({"CN", "TW", "KR", "KP", "HK", "MO"})
SURNAME_RE = re.compile(r"[A-Z][a-z]{3,}|[А-ЯЁ][а-яё]{3,}")  # a Latin or Cyrillic surname a listed name ends with
GENITIVE_MIN_CHARS = 4  # "Abes" is not read as "Abe"'s
# the letters Central Asian and Caucasian Cyrillic alphabets add, and "ы", read as the Russian letter
# a name in Russian is spelt with: "Гурбангули Бердимуҳамедов" (Uzbek) is "Гурбангулы Бердымухамедов"
# the article of an Arabic name, written in lower case in the list and capitalised in text ("Al-Sisi")
ARTICLE_RE = re.compile(r"(?:(?<=\s)|^)(al|el|as|ad|ar|an|ash|at|az)-(?=[A-Z])")
# between a name that is also a word and a person the text names plainly: they are two people
# named together ("Draghi e Macron", "Trump and Kim"), so the first is a person too
COORDINATION_RE = re.compile(r"\s*(?:and|e|et|und|y|i|и|dan|va|ve|es|och|og|en|a|&|,|/)\s*", re.IGNORECASE)
SENTENCE_OPENERS = ".!?:;\n\"“”«»'‘’–—-(["  # (what ends a sentence or opens a quote before a word)
LOWER_OR_UPPER_WORD_RE = re.compile(r"[^\W\d_]{3,}")
# a word of a written name: letters, with inner hyphens and apostrophes ("Jae-in", "O'Neill")
# a patronymic between a listed person's first and last names ("Almazbek Sharshenovich Atambayev",
# "Нурсултан Абишевич Назарбаев", "Ilham Heydar oglu Aliyev" aside): the two names without it
PATRONYMIC_RE = re.compile(r"[^\W\d_]{2,}(?:ovich|evich|ovych|evych|ovna|evna|ivna|ович|евич|овна|евна|івна|йович)")
# the titles Romance, Germanic and Slavic news write in lower case before a name the list spells
# with them ("papa Francisco", "pape François", "papież Franciszek"; "Francisco" alone is anyone)
LOWER_TITLES = ("papa", "pape", "papst", "papiez", "pope")
LOWER_TITLE_NAME_RE = re.compile(r"\b(?P<title>" + "|".join(LOWER_TITLES) + r")\s+(?P<name>[A-Z][a-z]+)\b")
_UPPER = re.escape("".join(c for c in map(chr, range(0x2000)) if c.isupper() or c.istitle()))
# the parts a name's word may go on with: after a hyphen, or after an apostrophe with a capital
# ("O'Neill", "D'Alema"); not a case ending after an apostrophe (Turkish "Erdoğan’ın", "Putin’le",
# English "Putin's")
NAME_PARTS = rf"(?:-[^\W\d_]+|['’](?=[{_UPPER}])[^\W\d_]+)*"
NAME_WORD_RE = re.compile(rf"[^\W\d_]+{NAME_PARTS}")
# (the capital first, then what stands before it: most characters fail at the first test)
CAP_WORD_RE = re.compile(rf"[{_UPPER}](?<![\w'’-].)[^\W\d_]*{NAME_PARTS}")
# two people's names joined by a hyphen ("l'entrevue Hollande-Rohani", "the Putin-Xi talks"): each
# one's name alone, when no listed name is written so
PAIR_COMPOUND_RE = re.compile(rf"(?<![\w'’-])([{_UPPER}][^\W\d_]+)-([{_UPPER}][^\W\d_]+)(?![\w'’-])")
MIN_NAME_CHARS = 3
RISKY_RECURS = 3  # a name that is also a word, this often in a text naming its person's country, is theirs
NAME_WORD_AFTER_RE = re.compile(r"[ -][^\W\d_a-zß-ÿ]")  # ... unless a capitalised word is glued on ("Yoon Sung-jin")
NAME_WORD_BEFORE_RE = re.compile(r"(?<![.!?:;\n] )(?<!^)[^\W\d_a-zß-ÿ][^\W\d_]+ $")  # (not a sentence's first word)
NAME_BEFORE_CHARS = 40  # (where that word before it is looked for)
TITLE_COUNTRY_CHARS = 30  # how far before a title its country ("German", "of Germany" after it aside) is read
TITLE_CASE_LOWER_SHARE = 0.25  # a line with fewer of its words in lower case is written in title case
# a title right before a name: "President Trump", "PM Abe", "Presiden Moon", "Thủ tướng Abe", and as the
# Romance languages and Dutch write them, in lower case: "le président Xi", "el presidente Trump",
# "premier Abe" (matched on the text with its diacritics dropped: "Präsident" is "Prasident")
TITLE_BEFORE_RE = re.compile(
    r"(?:\b(?i:presidente?|presiden|prasident(?:in)?|prezydent|prezident|predsednik|cumhurbaskan[ıi]|pangulong|"
    r"rais|perezida|waziri mkuu|minisitiri w'intebe|"  # (Swahili; Kinyarwanda and Kirundi)
    r"prime minister|perdana menteri|pm|premier|primer ministro|primeiro-ministro|primo ministro|"
    r"chancellor|(?:bundes)?kanzler(?:in)?|bondskanselier|kanselir|statsminister|basbakan[ıi]?|"
    r"ministerprasident(?:in)?|regierungschef(?:in)?|staatschef(?:in)?|"  # ("Ungarns Regierungschef Orban")
    r"mr\.?|mrs\.?|ms\.?|king|raja|sultan|emir|sheikh|leader|pemimpin|foreign minister|"
    r"(?:außen|aussen)?minister|ministre|ministro|menlu|tong thong|thu tuong|chu tich|bo truong|chef|"
    r"president-elect|mandatario)[a-z]{0,3}"  # (a case ending: "z prezydentem", "premierem")
    r"|(?i:президент|премьер|канцлер|министр|глава|лидер)[а-я]*|大統領|首相|主席|总统|總統|대통령|총리)"
    r"[\s,.:'’-]{0,3}$")


NEVER_RE = re.compile(r"(?!)")  # matches nowhere (no listed name in a script without spaces)


@dataclass(frozen=True)
class Mention:
    person: str  # the person's id ("joko-widodo")
    country: str  # ISO 3166-1 alpha-2
    start: int
    end: int


@dataclass(frozen=True)
class _Index:
    person_of: dict  # name as matched (diacritics dropped for spaced scripts) -> person id ("": two people)
    country_of: dict  # person id -> country
    risky: frozenset  # names that are also ordinary words or other people's: see find_people
    starts: dict  # first word of a spaced name -> most words of a name starting with it
    unspaced_lengths: dict  # first two characters of a name in an unspaced script -> its names' lengths, longest first
    words: frozenset = frozenset()  # risky names that are only words in lower case ("Maduro", "Trump")
    surnames: frozenset = frozenset()  # a listed name's last word alone: only where the text names the person in full
    # ... and one several listed people's names end with (or, FAMILY_NAME_FIRST, begin with): the one
    # of them the text names in full, if only one ("Park" beside "Park Geun-hye", not Park Jin)
    shared_surnames: dict = field(default_factory=dict)
    # the first characters of those names as one set: what a text is scanned for (not each character in turn)
    unspaced_first: re.Pattern = NEVER_RE


def _unaccent_char(codepoint: int) -> str:
    char = chr(codepoint)
    loose = char.translate(CYRILLIC_LOOSE)
    if loose != char:
        return loose
    if unicodedata.category(char).startswith("M"):
        return " "  # a lone combining mark: keep the length
    base = unicodedata.normalize("NFD", char)[0]
    return base if len(unicodedata.normalize("NFD", char)) > 1 else char


UNACCENT_TABLE = _TranslateTable(_unaccent_char)


def unaccent(text: str) -> str:
    """Diacritics dropped, case and length kept (``Tô Lâm`` -> ``To Lam``), one character for one."""
    return text.translate(UNACCENT_TABLE)


# titles in scripts whose vowel signs unaccent blanks out ("राष्ट्रपति"): matched as unaccent leaves them
TITLES_AS_WRITTEN = ("राष्ट्रपति", "प्रधानमंत्री", "प्रधान मंत्री", "प्रधानमन्त्री", "पीएम", "الرئيس", "رئيس الوزراء", "رئيس وزراء",
                     "نخست وزیر", "رئیس جمهور", "ראש הממשלה", "הנשיא",
                     "وزیر اعظم", "وزیراعظم", "مسٹر", "آقای")  # (Urdu "prime minister", "Mr"; Persian "Mr")
TITLE_AS_WRITTEN_RE = re.compile(
    "(?:" + "|".join(re.escape(unaccent(title)) for title in TITLES_AS_WRITTEN) + r")[\s,.:'’-]{0,3}$")


@functools.lru_cache(maxsize=1)
def _index() -> _Index:
    person_of: dict[str, str] = {}
    country_of: dict[str, str] = {}
    risky_keys: set[str] = set()
    word_keys: set[str] = set()
    starts: dict[str, int] = {}
    lengths: dict[str, set[int]] = {}
    surnames: dict[str, set[str]] = {}  # a Latin-script name's last word -> the people it ends a name of
    inner: dict[str, set[str]] = {}  # a word inside a Latin-script name ("Peña" of "Peña Nieto") -> its people
    for person in _load():
        pid = person["id"]
        country_of[pid] = person["country"]
        risky = [unicodedata.normalize("NFC", r["name"] if isinstance(r, dict) else r)
                 for r in person.get("risky_names", [])]
        words_only = {unicodedata.normalize("NFC", r["name"]) for r in person.get("risky_names", [])
                      if isinstance(r, dict) and r.get("lowercase_word")}
        for name in _variants([*person["names"], *risky]):
            name = unicodedata.normalize("NFC", name).strip()
            if len(name) < (2 if is_unspaced(name) or name in risky else MIN_NAME_CHARS):
                continue  # (a risky name of two letters, "Xi", counts as risky names do: beside the whole name)
            if is_unspaced(name):
                key = as_looked_up(name)
                lengths.setdefault(key[:2], set()).add(len(key))  # (two at least: see above)
            else:
                key = " ".join(unaccent(name).split())
                words = key.split()
                starts[words[0]] = max(starts.get(words[0], 1), len(words))
                if len(words) >= 2 and name not in risky and SURNAME_RE.fullmatch(words[-1]):
                    surnames.setdefault(words[-1], set()).add(pid)
                if len(words) >= 2 and name not in risky and person["country"] in FAMILY_NAME_FIRST \
                        and SURNAME_RE.fullmatch(words[0]):  # ("Park" of "Park Geun-hye", "Moon" of "Moon Jae-in")
                    surnames.setdefault(words[0], set()).add(pid)
                for word in words[1:-1]:
                    inner.setdefault(word, set()).add(pid)
            if name in risky:
                risky_keys.add(key)
                if name in words_only:
                    word_keys.add(key)
            person_of[key] = pid if person_of.get(key, pid) == pid else ""  # two people of one name: neither
    # a surname alone ("Kerry" of "John Kerry") counts where the text names the person in full (not
    # after a title: "President Idris Déby" is not Kamil Idris); not when it is two listed people's,
    # nor when it is also the first of another's two surnames ("el presidente Peña": Peña Nieto,
    # not Santiago Peña)
    surname_keys = set()
    shared: dict[str, frozenset[str]] = {}
    for key, pids in surnames.items():
        if key in person_of or inner.get(key, set()) - pids:
            continue
        if len(pids) == 1:
            person_of[key] = next(iter(pids))
            surname_keys.add(key)
            starts[key] = max(starts.get(key, 1), 1)
        else:
            shared[key] = frozenset(pids)
    return _Index(person_of, country_of, frozenset(risky_keys), starts,
                  {ch: tuple(sorted(sizes, reverse=True)) for ch, sizes in lengths.items()}, frozenset(word_keys),
                  frozenset(surname_keys), shared,
                  re.compile(f"[{''.join(sorted({re.escape(first[0]) for first in lengths}))}]") if lengths
                  else NEVER_RE)


# a space after an Arabic-script letter that joins no next letter (ا د ذ ر ز ژ و ة), often left out
# in Urdu and Persian typing where it changes nothing seen: "نواز شریف" typed "نوازشریف"
# (between words of three letters or more: "سو تشي" of Suu Kyi typed so is Sochi)
ARABIC_SPACE_RE = re.compile(r"(?<=[\u0620-\u064a\u066e-\u06d3]{2}[\u0627\u062f\u0630\u0631\u0632\u0698\u0648\u0629\u0622\u0623\u0625])"
                             r" (?=[\u0620-\u064a\u066e-\u06d3]{3})")
# the Arabic article of a name in Cyrillic ("аль-Башир", "ас-Сиси"), often left out: "Омар Башир"
CYRILLIC_ARTICLE_RE = re.compile(r"(?<!\S)(?:аль|ал|ас|ад|ан|ар|аш|ат|аз|эль|ель)-(?=[А-ЯЁ])")
# a hyphen before a given name's second syllable in lower case: "Geun-hye", "Jae-in"
LOWER_AFTER_HYPHEN_RE = re.compile(r"(?<=[A-Za-z])-([a-z])")
# a hyphen between two capitalised Latin-script parts of a name: "Akufo-Addo", "Jean-Yves"
HYPHENED_RE = re.compile(r"(?<=[a-z])-(?=[A-Z][a-z])")
# the English digraphs that Turkish, Azerbaijani, Romanian and the Slavic languages in Latin script
# write as one letter with a mark (ş/š/ș, č/ç, ž)
DOUBLED_CONSONANT_RE = re.compile(r"([b-df-hj-np-tv-z])\1")
DIGRAPH_RE = re.compile(r"(?<=[a-z])[scz]h|(?<![A-Za-z])[SCZ]h(?=[aeiouy])")
# the two romanizations of the Russian ending -аев/-иев/-оев: "Atambayev" and "Atambaev"
YEV_RE = re.compile(r"(?<=[aio])yev(?=a?\b)")
VOWEL_EV_RE = re.compile(r"(?<=[a-z])([aio])ev(?=a?\b)")


def _variants(names: list[str]) -> list[str]:
    """Korean and Chinese given names are written joined by a hyphen too: "Kim Jong Un" ->
    "Kim Jong-un", "Moon Jae In" -> "Moon Jae-in"; an Arabic name's article is capitalised too
    ("al-Sisi" -> "Al-Sisi")."""
    out = list(names)
    for name in names:
        composed = unicodedata.normalize("NFC", name)
        if NUKTA in composed:  # (Hindi's nukta, often not typed: "ज़रीफ़")
            out.append(composed.replace(NUKTA, ""))
        if "ğ" in composed and len(composed.split()) >= 2:
            # (Turkish's soft g lost in a copy: "Recep Tayyip Erdoan"; whole names only)
            out.append(composed.replace("ğ", ""))
        if ARABIC_SPACE_RE.search(composed):  # ("نوازشریف": after a letter that joins no next one,
            out.append(ARABIC_SPACE_RE.sub("", composed))  # a space not typed is not seen)
        stem = tamil_stem(composed)
        if stem is not None:  # ("புதினுடன்", with Putin)
            out.append(stem)
        if ARTICLE_RE.search(name):  # "al-Sisi" -> "Al-Sisi"
            out.append(ARTICLE_RE.sub(lambda m: m.group(1).title() + "-", name))
        words = name.split()
        if len(words) == 3 and all(w[:1].isupper() and w.isalpha() and w.isascii() for w in words):
            out.append(f"{words[0]} {words[1]}-{words[2].lower()}")
        if HYPHENED_RE.search(name):  # "Akufo-Addo" -> "Akufo Addo" (many pages drop the hyphen)
            out.append(HYPHENED_RE.sub(" ", name))
        if "ь" in name and CYRILLIC_RE.match(name):
            # "Ангела Меркель" as Bulgarian, Serbian and Macedonian write it, without the soft sign: "Ангела Меркел"
            out.append(name.replace("ь", ""))
        if CYRILLIC_RE.match(name) and len(words) >= 2 and SERBIAN_SPELLING_RE.search(name):
            # "Серж Саргсян", "Ильхам Алиев", "Джон Керри" as Serbian and Macedonian write them:
            # "Серж Саргсјан", "Илхам Алијев", "Џон Кери" (whole names only: "Кени", a Kenny, is Kenya's
            # "Кении" in Russian)
            out.append(SERBIAN_SPELLING_RE.sub(lambda m: SERBIAN_SPELLINGS[m.group()], name).replace("ь", ""))
        bare = CYRILLIC_ARTICLE_RE.sub("", name)
        if bare != name and len(bare.split()) >= 2:
            out.append(bare)  # "Омар аль-Башир" -> "Омар Башир" (as often written)
        if name.isascii() and len(words) >= 2 and LOWER_AFTER_HYPHEN_RE.search(name):
            # "Park Geun-hye" -> "Park Geun-Hye", "Kim Jong-un" -> "Kim Jong-Un" (as many pages write them)
            out.append(LOWER_AFTER_HYPHEN_RE.sub(lambda m: "-" + m.group(1).upper(), name))
        if name.isascii() and DIGRAPH_RE.search(name):
            # "Poroshenko" is "Poroşenko" in Turkish, "Porošenko" in Czech, "Poroșenko" in Romanian:
            # one letter with a mark, that the comparison without marks reads "Porosenko"
            out.append(DIGRAPH_RE.sub(lambda m: m.group()[0], name))
        if name.isascii() and len(words) >= 2 and DOUBLED_CONSONANT_RE.search(name):
            # "Abdel Fattah al-Sisi" -> "Abdel Fatah al-Sisi", "Hassan Rouhani" -> "Hasan Rouhani": a
            # whole name transliterated with one letter where the list has two
            out.append(DOUBLED_CONSONANT_RE.sub(r"\1", name))
        if name.isascii() and len(words) >= 2 and name.endswith("yan"):
            out.append(name[:-3] + "ian")  # ("Serzh Sargsyan" as French writes it: "Sargsian")
        if YEV_RE.search(name):  # "Atambayev" -> "Atambaev", "Mirziyoyev" -> "Mirziyoev"
            out.append(YEV_RE.sub("ev", name))
        elif VOWEL_EV_RE.search(name):  # "Nazarbaev" -> "Nazarbayev"
            out.append(VOWEL_EV_RE.sub(r"\1yev", name))
    return out


def _is_risky(index: _Index, words: list[str]) -> bool:
    """Whether these words, or they without a case ending, are a name that is also a word
    ("Kurze" is "Kurz" declined, or the German for short)."""
    return any(key in index.risky for key in _declined_keys(words))


def _declined_surname(index: _Index, word: str) -> bool:
    """Is ``word`` a listed surname with a Russian case ending ("Кэмерону", "Кэмерона")?"""
    if not CYRILLIC_RE.match(word[-1]):
        return False
    return any(word.endswith(ending) and any(form in index.surnames for form in _nominatives(word, ending))
               for ending in RU_ENDINGS)


def _declined_person(index: _Index, words: list[str]) -> str | None:
    """The person these words name once each drops its case ending ("Olafem Scholzem" -> "Olaf
    Scholz")."""
    if not any(_stems_of(word) for word in words):
        return None  # (no word with an ending to drop)
    return next((pid for key in _declined_keys(words)[1:]
                 if key not in index.surnames and (pid := index.person_of.get(key))), None)


def _person(index: _Index, words: list[str]) -> str | None:
    """The person these words name, if any; a Russian name may carry a case ending, a German one
    its genitive "s", a Polish, Czech or Hungarian one its case ending on each word."""
    key = " ".join(words)
    pid = index.person_of.get(key)
    if pid is None and len(words) > 1 or LATIN_WORD_RE.fullmatch(words[-1]):
        pid = pid or _declined_person(index, words)
    last = words[-1]
    if pid is None and last.endswith("s") and len(last) > GENITIVE_MIN_CHARS:  # German "Macrons", "Putins"
        stem = " ".join([*words[:-1], last[:-1]])
        pid = index.person_of.get(stem) if stem not in index.surnames else None  # (a surname alone: as written)
    if pid is None and CYRILLIC_RE.match(key[-1]):
        for ending in RU_ENDINGS + KK_ENDINGS + MN_ENDINGS:
            # (a stem of two letters only after the name's other words: "Мун Чже Ином")
            if last.endswith(ending) and len(last) > len(ending) + (2 if len(words) == 1 else 1):
                keys = [index.person_of.get(" ".join([*words[:-1], form])) for form in _nominatives(last, ending)]
                pid = next((k for k in keys if k), keys[-1] if ending in RU_O_ENDINGS else None)
                if pid is not None:
                    break
    return pid


@functools.lru_cache(maxsize=65536)
def _name_start(first: str) -> tuple[int | None, bool]:
    """(the most words of a listed name that ``first`` may begin, None when it begins none;
    whether it is in capitals): found once per word, as the same words come back in every text."""
    index = _index()
    most = index.starts.get(first)
    if most is None and (CYRILLIC_RE.match(first) or first.endswith("s")) and _person(index, [first]) is not None:
        most = 1  # "Путина", "Macrons"
    upper = most is None and len(first) > 1 and first.isupper()
    if upper:  # "Monsieur XI Jinping", "VLADIMIR PUTIN": a name of two words or more, not "XI" alone
        most = index.starts.get(first.title())
    if most is None:  # "Olafem Scholzem", "Putina"
        for stem in _stems_of(first):
            n = index.starts.get(stem)
            if n is not None and (most is None or n > most):
                most = n
    return most, upper


def country_of(person: str) -> str | None:
    """The country a listed person (by id) leads or speaks for."""
    return _index().country_of.get(person)


def find_people(text: str, lang: str | None = None) -> list[Mention]:
    """Every mention of a listed person in ``text``, in order.

    A name that is also an ordinary word or another person's (``Trump``, ``Moon``, ``Abe``)
    counts only after a title (``President Trump``, ``PM Abe``) or where the text also names
    the person otherwise (``Shinzo Abe ... Abe``). ``lang``: the text's language (the country a title
    names is read in it; English when not known)."""
    index = _index()
    text = unicodedata.normalize("NFC", text or "")
    found: list[Mention] = []
    risky: list[Mention] = []
    declined: list[Mention] = []  # risky names with a case ending: only after a title or beside a person
    surnames: list[Mention] = []  # a listed name's last word alone: only beside the whole name
    shared: list[tuple[int, int, frozenset]] = []  # (start, end, people) of a surname several people have
    plain = unaccent(text)
    pos = 0
    for cap in CAP_WORD_RE.finditer(plain):  # the longest listed name from each capitalised word
        if cap.start() < pos:
            continue  # inside the name just found
        first = cap.group()
        most, upper = _name_start(first)
        if most is None:
            continue
        run = [cap]
        while len(run) < most + (len(run) >= 2 and PATRONYMIC_RE.fullmatch(run[1].group()) is not None):
            # (the words that follow on the line, one space or hyphen apart; one more after a patronymic)
            nxt = NAME_WORD_RE.match(plain, run[-1].end() + 1) if plain[run[-1].end():run[-1].end() + 1] in " -" \
                else None
            if nxt is None:
                break
            run.append(nxt)
        for n in range(len(run), 0, -1):
            words = [w.group() for w in run[:n]]
            if upper:
                if n < 2:
                    break
                words = [w.title() if w.isupper() else w for w in words]
            elif n >= 2 and any(_capitals_surname(w) for w in words[1:]):
                # ("Shinzo ABE", "François HOLLANDE": the surname in capitals, as official texts write it)
                words = [words[0], *(w.title() if _capitals_surname(w) else w for w in words[1:])]
            pid = _person(index, words)
            if pid is None and n == 3 and not upper and PATRONYMIC_RE.fullmatch(words[1]):
                pid = _person(index, [words[0], words[2]])
            if pid is None:
                if n == 1 and words[0] in index.shared_surnames:
                    shared.append((run[0].start(), run[0].end(), index.shared_surnames[words[0]]))
                continue
            if pid:
                mention = Mention(pid, index.country_of[pid], run[0].start(), run[n - 1].end())
                written = " ".join(words)
                if n == 1 and (_first_name_of_another(index, plain, mention)
                               or _given_name_of_another(plain, mention, written)):
                    break  # ("Petro Poroşenko" is not Gustavo Petro)
                if written in index.surnames or (len(words) == 1 and _declined_surname(index, written)):
                    surnames.append(mention)  # ("Кэмерону" of "Дэвид Кэмерон": beside the full name only)
                elif written in index.words and _mid_sentence(plain, mention.start):
                    found.append(mention)  # ("la visita de Maduro", "said Trump": the capital tells the name)
                elif written in index.risky:
                    risky.append(mention)
                elif _is_risky(index, words):  # (declined: "Kurze" may be German for short)
                    declined.append(mention)
                else:
                    found.append(mention)
                pos = run[n - 1].end()
            break
    titled_lower = list(LOWER_TITLE_NAME_RE.finditer(plain))  # "el papa Francisco": the title in lower case
    if titled_lower:
        spans = [(m.start, m.end) for m in found + risky + declined]
        for match in titled_lower:
            pid = _person(index, [match.group("title").capitalize(), match.group("name")])
            if pid and not any(s < match.end() and match.start() < e for s, e in spans):
                found.append(Mention(pid, index.country_of[pid], match.start(), match.end()))
        found.sort(key=lambda m: m.start)
    if index.unspaced_lengths and UNSPACED_RE.search(text):
        looked_up = as_looked_up(text)
        pos = 0
        for first in index.unspaced_first.finditer(looked_up):  # (where a listed name's first character stands)
            at = first.start()
            if at < pos:
                continue  # (inside the name just found)
            for size in index.unspaced_lengths.get(looked_up[at:at + 2], ()):
                piece = looked_up[at:at + size]
                pid = index.person_of.get(piece) if len(piece) == size else None
                if pid and edges_ok(text, at, at + size) and not han_name_goes_on(text, at, at + size):
                    mention = Mention(pid, index.country_of[pid], at, at + size)
                    (risky if piece in index.risky else found).append(mention)
                    pos = at + size
                    break
    if UNSPACED_RE.search(text):  # "コレア大統領", "总统科雷亚", "코레아 대통령"
        spans = [(m.start, m.end) for m in found + risky]
        found += [m for m in _cjk_titled_surnames(text) if not any(s < m.end and m.start < e for s, e in spans)]
    if ROMANIZED_WORD_RE.search(text):  # (scripts the list spells no names in: Georgian, Malayalam...)
        spans = [(m.start, m.end) for m in found + risky]
        found += [Mention(pid, index.country_of[pid], start, end) for pid, start, end in find_romanized(text, _romanized())
                  if not any(s < end and start < e for s, e in spans)]
    if ARABIC_WORD_RE.search(text):  # (the Arabic script: the list spells few of its names in it)
        spans = [(m.start, m.end) for m in found + risky]
        whole = [Mention(pid, index.country_of[pid], start, end) for pid, start, end in find_arabic(text, _arabic())
                 if not any(s < end and start < e for s, e in spans)]
        found += whole
        written = [m for m in found if " " in text[m.start:m.end] and ARABIC_WORD_RE.fullmatch(text[m.end - 1:m.end])]
        found += _arabic_surnames(text, written, [(m.start, m.end) for m in found + risky])
    if "-" in plain:
        _compound_names(index, plain, found + risky + declined + surnames, surnames, risky)
    if surnames:
        named = {m.person for m in found}
        spans = [(m.start, m.end) for m in found]
        found += [m for m in surnames if (m.person in named or _titled_as_held(plain, m, lang))
                  and not any(s <= m.start and m.end <= e for s, e in spans)]  # (not inside "papa Francisco")
    if shared:
        named = {m.person for m in found}
        for start, end, pids in shared:
            if len(pids & named) == 1:
                pid = next(iter(pids & named))
                found.append(Mention(pid, index.country_of[pid], start, end))
    if risky or declined:
        named = {m.person for m in found}
        taken = [m for m in risky if m.person in named or _titled(plain, m) or _named_together(plain, m, found)] \
            + [m for m in declined if _titled(plain, m) or _named_together(plain, m, found)]
        found += taken + _recurring_risky([m for m in risky if m not in taken], text, lang)
    return sorted(found, key=lambda x: (x.start, x.person))


def _in_a_longer_name(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` somewhere with a capitalised word glued on after it or
    before it, mid-sentence ("Yoon Sung-jin", "Abe Lincoln"): a name of someone else's too."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        whole = not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum())
        if whole and (NAME_WORD_AFTER_RE.match(text, end)
                      or NAME_WORD_BEFORE_RE.search(text, max(0, at - NAME_BEFORE_CHARS), at)):
            return True
        at = text.find(name, end)
    return False


def _recurring_risky(left: list[Mention], text: str, lang: str | None) -> list[Mention]:
    """A name that is also a word or another's, left alone, written :data:`RISKY_RECURS` times or more
    in a text that names its person's country ("… sa Trump da han mottok Abe. Det er Abes andre
    besøk …", Japan named further down): that person, each time."""
    counts: dict[str, int] = {}
    for m in left:
        counts[m.person] = counts.get(m.person, 0) + 1
    # (not where it is part of a longer name, once: "Yoon Sung-jin", another Yoon)
    often = {person for person, n in counts.items() if n >= RISKY_RECURS} \
        - {m.person for m in left if _in_a_longer_name(text, text[m.start:m.end])}
    if not often:
        return []
    countries = countries_named_in(text, lang)
    return [m for m in left if m.person in often and m.country in countries]


def _compound_names(index: _Index, plain: str, met: list[Mention], surnames: list[Mention],
                    risky: list[Mention]) -> None:
    """The listed surnames and risky names of two names a hyphen joins ("Hollande-Rohani"), outside
    the names ``met``, added to ``surnames`` or ``risky`` (they count beside the person's whole name,
    or after a title, as alone)."""
    spans = [(m.start, m.end) for m in met]
    for match in PAIR_COMPOUND_RE.finditer(plain):
        if any(s < match.end() and match.start() < e for s, e in spans):
            continue
        for group in (1, 2):
            word = match.group(group)
            pid = _person(index, [word])
            if pid:
                mention = Mention(pid, index.country_of[pid], match.start(group), match.end(group))
                (surnames if word in index.surnames else risky).append(mention)


def _capitals_surname(word: str) -> bool:
    """A word of a name written in capitals ("ABE", "HOLLANDE"), not a regnal number ("VI")."""
    return len(word) >= 3 and word.isupper() and ROMAN_NUMERAL_RE.fullmatch(word) is None


def _arabic_surnames(text: str, whole: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The last word of a name the text writes in full in the Arabic script, alone elsewhere in it
    (perhaps with "و", "ب", "ل", "ف" glued before it): that person, as a surname beside the full name
    is in other scripts ("ماكرون وعباس" where the lead names "محمود عباس"). Not when two people
    named in full end with it."""
    if not whole:
        return []
    by_last: dict[str, set[str]] = {}
    for m in whole:
        by_last.setdefault(text[m.start:m.end].split()[-1], set()).add(m.person)
    taken = spans + [(m.start, m.end) for m in whole]
    out = []
    for word in ARABIC_WORD_RE.finditer(text):
        written = word.group()
        start = word.start()
        pids = by_last.get(written)
        if pids is None and written[:1] in ARABIC_PREFIXES and len(written) > 4:
            pids, start = by_last.get(written[1:]), start + 1
        if not pids or len(pids) != 1 or any(s < word.end() and start < e for s, e in taken):
            continue
        pid = next(iter(pids))
        out.append(Mention(pid, _index().country_of[pid], start, word.end()))
    return out


@functools.lru_cache(maxsize=1)
def _name_words() -> dict[str, frozenset[str]]:
    """Person id -> every word of the names the list writes them with (diacritics dropped)."""
    words: dict[str, set[str]] = {}
    for name, pid in _index().person_of.items():
        if pid:
            words.setdefault(pid, set()).update(name.split())
    return {pid: frozenset(w) for pid, w in words.items()}


def _first_name_of_another(index: _Index, plain: str, mention: Mention) -> bool:
    """A listed name of one word after a title, right before another capitalised word that is none
    of that person's names nor a month's or a weekday's (but in a headline written in title case):
    the first name of someone else ("Ukrayna Cumhurbaşkanı Petro Poroşenko" names no Gustavo Petro,
    "Cambodian Prime Minister Manet Kao" no Hun Manet)."""
    return _titled(plain, mention) and _another_name_follows(plain, mention)


def _another_name_follows(plain: str, mention: Mention) -> bool:
    """Right after ``mention`` comes a capitalised word that is none of its person's names nor a
    month's or a weekday's, and its line is not a headline in title case ("President Putin Meets Xi")."""
    end = mention.end
    after = CAP_WORD_RE.match(plain, end + 1) if plain[end:end + 1] == " " else None
    if after is None:
        return False
    if plain.rfind("\n", 0, mention.start) < 0:
        lower, words = _line_case(plain, mention.start)
        if lower < TITLE_CASE_LOWER_SHARE * words:
            return False
    word = after.group()
    return (unaccent(word) not in _name_words().get(mention.person, ())  # (the names' words are kept without marks)
            and strip_marks(word.lower()) not in calendar_words())


@functools.lru_cache(maxsize=1)
def _given_names() -> dict[str, frozenset[str]]:
    """Person id -> the first words of their Latin-script names of two or more words ("Srettha" of
    "Srettha Thavisin", "Anwar" of "Anwar Ibrahim"), diacritics dropped."""
    out: dict[str, set[str]] = {}
    for name, pid in _index().person_of.items():
        words = name.split()
        if pid and len(words) >= 2 and words[0].isascii() and words[0][:1].isupper():
            out.setdefault(pid, set()).add(words[0])
    return {pid: frozenset(w) for pid, w in out.items()}


def _given_name_of_another(plain: str, mention: Mention, written: str) -> bool:
    """A listed person's given name alone ("Srettha", "Anwar") right before another capitalised
    word that is none of their names (:func:`_another_name_follows`): someone else of that given
    name ("Srettha Salirathavibhaga"), with or without a title."""
    return unaccent(written) in _given_names().get(mention.person, ()) and _another_name_follows(plain, mention)


def _line_case(plain: str, start: int) -> tuple[int, int]:
    """(words in lower case, words) of the line around ``start``: few in lower case, the line is
    written in title case ("Putin Meets Xi In Beijing")."""
    line_start = plain.rfind("\n", 0, start) + 1
    line_end = plain.find("\n", start)
    words = LOWER_OR_UPPER_WORD_RE.findall(plain, line_start, len(plain) if line_end < 0 else line_end)
    return sum(w[0].islower() for w in words), len(words)


def _mid_sentence(plain: str, start: int) -> bool:
    """A word that starts inside a sentence, on a line not written in title case (where a capital
    says nothing: "Playing The Trump Card")."""
    before = plain[max(0, start - 3):start].rstrip(" ")
    if not before or before[-1] in SENTENCE_OPENERS:
        return False
    lower, words = _line_case(plain, start)
    return lower * 2 >= words - 1  # (a sentence's small words are in lower case)


def _titled(plain: str, mention: Mention) -> bool:
    start = max(0, mention.start - 40)
    return (TITLE_BEFORE_RE.search(plain, start, mention.start) is not None
            or TITLE_AS_WRITTEN_RE.search(plain, start, mention.start) is not None)


def _titled_as_held(plain: str, mention: Mention, lang: str | None = None) -> bool:
    """A surname alone right after the title of an office that person held ("Rais Magufuli",
    "President Magufuli"; not "President Johnson" for a prime minister Johnson)."""
    found = TITLE_BEFORE_RE.search(plain, max(0, mention.start - 40), mention.start)
    role = role_of_title(found.group()) if found is not None else None
    if role is None or role not in offices_held(mention.person):
        return False
    # (nor a title of another country's: "German Foreign Minister Wagner" is no Congolese minister)
    named = countries_named_in(plain[max(0, found.start() - TITLE_COUNTRY_CHARS):found.end()], lang or "en")
    return not named or mention.country in named


def _named_together(plain: str, mention: Mention, plainly: list[Mention]) -> bool:
    """A name that is also a word, joined by "and" (or a comma) to a person named plainly:
    "Draghi e Macron", "Macron and Draghi"."""
    return any(other.person != mention.person and (
        COORDINATION_RE.fullmatch(plain, mention.end, other.start) or COORDINATION_RE.fullmatch(plain, other.end, mention.start))
        for other in plainly)


@functools.lru_cache(maxsize=1)
def _names_of() -> dict[str, tuple[str, ...]]:
    return {p["id"]: tuple(unicodedata.normalize("NFC", n) for n in p["names"]) for p in _load()}


def _cjk_titled_surnames(text: str) -> list[Mention]:
    """A listed person's last name alone, in Chinese, Japanese or Korean, with the title of a head of
    state or government or a foreign minister right after it ("コレア大統領", "科雷亚总统", "코레아
    대통령"): the last part of a whole name the list writes in that script ("ラファエル・コレア"),
    when no other listed person's ends the same."""
    pattern, person_of = _cjk_surnames()
    if pattern is None:
        return []
    index = _index()
    found = []
    for m in pattern.finditer(text):
        name = m.group("after") or m.group("before")
        start, end = m.span("after") if m.group("after") else m.span("before")
        if m.group("after") and (HAN_RE.match(name) or not edges_ok(text, start, end)):
            continue  # (Chinese writes the title first: "哥伦比亚总统"; a kana or hangul word goes on before it)
        if m.group("before") and han_name_goes_on(text, start, end):
            continue  # (a longer name goes on after it: "总统克里斯蒂娜" is Cristina, not Kerry)
        found.append(Mention(person_of[name], index.country_of[person_of[name]], start, end))
    return found


@functools.lru_cache(maxsize=1)
def _cjk_surnames() -> tuple[re.Pattern | None, dict[str, str]]:
    owners: dict[str, set[str]] = {}
    for person, names in _names_of().items():
        for name in names:
            parts = CJK_NAME_SEPARATOR_RE.split(name)
            if len(parts) >= 2 and len(parts[-1]) >= CJK_SURNAME_MIN and CJK_NAME_RE.fullmatch(parts[-1]):
                owners.setdefault(parts[-1], set()).add(person)
    person_of = {name: next(iter(people)) for name, people in owners.items() if len(people) == 1}
    if not person_of:
        return None, {}
    names = "|".join(sorted(map(re.escape, person_of), key=len, reverse=True))
    # (a name or a title before one starts each match: the characters they begin with looked for first, as
    #  the hundreds of names tried at every character took a third of a Chinese report's reading)
    guard = first_characters_guard([*person_of, *CJK_TITLES_BEFORE.split("|")])
    return re.compile(rf"{guard}(?:(?P<after>{names})\s?(?:{CJK_TITLES})|(?:{CJK_TITLES_BEFORE})(?P<before>{names}))"), \
        person_of


# (Hangul, kana, Han and Hebrew spellings romanize into other names: "사메 슈크리", Sameh Shoukry, reads
#  "same syukeuli")
UNROMANIZABLE_NAME_RE = re.compile(r"[\u0590-\u05ff\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u4e00-\u9fff\uac00-\ud7af]")


@functools.lru_cache(maxsize=1)
def _romanized() -> dict[tuple[str, str], str]:
    return skeleton_index((person, name) for person, names in _names_of().items() for name in names
                          if not UNROMANIZABLE_NAME_RE.search(name))


@functools.lru_cache(maxsize=1)
def _arabic() -> dict[tuple[str, str], str]:
    return arabic_index((person, name) for person, names in _names_of().items() for name in names)


def listed_people() -> tuple[tuple[str, str], ...]:
    """(person id, country) of every person ``data/leaders.json`` lists."""
    return tuple((p["id"], p["country"]) for p in _load())


def listed_names(person: str) -> tuple[str, ...]:
    """The spellings ``data/leaders.json`` lists for a person id (the first is the usual one in
    English); empty for an id it does not know."""
    return _names_of().get(person, ())
