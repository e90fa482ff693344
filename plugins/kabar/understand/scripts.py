"""Writing systems that put no space between words, glue particles to names, or have no letter
case (so that a name is not told by its capitals).

Names in them (countries, people) are matched as written, inside longer runs of text, with
script-specific edges: a katakana name not inside a longer katakana word (タイ in スタイル), a
Hangul name not after another syllable (its particles follow it: 푸틴은), an Arabic name only
after the one-letter prefixes (و ب ل ف ك) and before nothing or an adjective ending, a Devanagari
name (Hindi, Marathi, Nepali) or a Tamil one as a whole word of its script (its postpositions stand
apart: मोदी ने), a Bengali one before nothing or its case ending (হাসিনার), a Telugu one at the start of a word (its endings follow: మోడీకి), a Hebrew one after at most two one-letter prefixes (ב ל מ ה ו ש כ: "בישראל").
"""
from __future__ import annotations

import re

UNSPACED_LANGUAGES = frozenset({"zh", "ja", "ko", "th", "lo", "km", "my", "ar", "fa", "ur"})
# the CLDR locales whose names a language's reports write: Chinese ones in either script (Hong Kong,
# Taiwan and Malaysian outlets write traditional characters), Uzbek and Serbian in either script,
# Portuguese as Brazil and Portugal write it ("Irã" and "Irão", "Vietnã" and "Vietname")
CLDR_LOCALES_OF = {"zh": ("zh", "zh_Hant", "zh_Hant_HK"), "uz": ("uz", "uz_Cyrl"), "sr": ("sr", "sr_Latn"),
                   "pt": ("pt", "pt_PT")}
AS_WRITTEN_LANGUAGES = UNSPACED_LANGUAGES | {"he"}  # names matched as written (Hebrew glues prefixes to them)
UNSPACED_CHAR_RE = re.compile(
    r"[\u05d0-\u05ea\u0600-\u06ff\u0900-\u097f\u0980-\u09ff\u0b80-\u0bff\u0c00-\u0c7f\u0d00-\u0d7f\u0e00-\u0eff\u1000-\u109f\u1200-\u137f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# Malayalam and Ethiopic: a name stands after no letter of its script (case endings may follow: "മോദിക്ക്")
SUFFIXING_SCRIPT_RE = re.compile(r"[\u0d00-\u0d7f\u1200-\u137f]")
KATAKANA_RE = re.compile(r"[\u30a0-\u30fa\u30fc-\u30ff]")  # (not ・, the dot between words: ドイツ・ハンブルク)
HANGUL_RE = re.compile(r"[\uac00-\ud7af]")
ARABIC_LETTER_RE = re.compile(r"[\u0620-\u064a\u066e-\u06d3]")
DEVANAGARI_RE = re.compile(r"[\u0900-\u097f]")  # letters, vowel signs and marks
# Tamil writes its case endings and "and" on the name, and a name ending in a pulli (virama) drops it
# before them: "மோடியும்" (and Modi), "புதினுடன்" (with Putin, of "புதின்"): a name stands after no
# Tamil letter, and any ending may follow, but not another consonant (the middle of a longer word)
TAMIL_RE = re.compile(r"[\u0b80-\u0bff]")
TAMIL_CONSONANT_RE = re.compile(r"[\u0b95-\u0bb9]")
TAMIL_PULLI = "\u0bcd"
ARABIC_PREFIXES = frozenset("وفبلك")
# ... but Nepali (and Marathi) write their case endings on the name: "भारतको" (India's), "मोदीले", "नेपाल-भारतबीच"
DEVANAGARI_SUFFIX_RE = re.compile(r"(?:को|ले|मा|बाट|लाई|बीच|सँग|द्वारा)(?![\u0900-\u097f])")
# a Bengali name writes its case ending on it: "হাসিনার" (Hasina's), "জিনপিংয়ের", "চীনকে"
BENGALI_RE = re.compile(r"[\u0980-\u09ff]")
BENGALI_SUFFIX_RE = re.compile(r"(?:য়ের|য়ে|ের|এর|র|কে|ে)(?![\u0980-\u09ff])")
# a Telugu name takes its case endings and postpositions on it ("మోడీకి", to Modi): any may follow
TELUGU_RE = re.compile(r"[\u0c00-\u0c7f]")
NUKTA = "\u093c"  # the dot under a Devanagari letter (ज़, फ़), often not typed: "तंजानिया" for "तंज़ानिया"
HEBREW_LETTER_RE = re.compile(r"[\u05d0-\u05ea]")
HEBREW_PREFIXES = frozenset("ובלמהשכ")  # "בישראל" (in Israel), "ולישראל" (and to Israel)
ARABIC_SUFFIX_RE = re.compile(r"(?:ي|ية|يين|يون|يا)(?![\u0620-\u064a])")
# Egyptian and other Arabic sites write a word's final ya as alef maksura ("السيسى", "سوتشى" for
# "السيسي", "سوتشي"): names are looked up with the two as one letter (one for one: offsets kept)
# ... and Hebrew's geresh and gershayim are often typed as the apostrophe and the quotation mark
# ("אזרבייג'ן" for "אזרבייג׳ן")
# ... and the alef with a madda or a hamza, or the wasla, stands for the bare alef as often as not
# ("آفریقای جنوبی" / "افریقای جنوبی", "أفغانستان" / "افغانستان"), Persian's ye and kaf for Arabic's
# ("جاکوب زوما" / "جاكوب زوما")
# ... and Hindi writes a foreign name's vowels long or short as it hears them ("जोको वीडोडो" / "जोको
# विडोडो", Joko Widodo; "पुतीन" / "पुतिन"): the long i and u, as letters and as vowel signs, are the short ones
LOOKED_UP_AS = str.maketrans("ى׳״آأإٱیکईऊीू", "ي'\"اااايكइउिु")
LOOKED_UP_CHARS_RE = re.compile(r"[ى׳״آأإٱیکईऊीू]")


def as_looked_up(text: str) -> str:
    """``text`` with the letters that stand for one another in names made one (same length)."""
    return text.translate(LOOKED_UP_AS) if LOOKED_UP_CHARS_RE.search(text) else text


def tamil_stem(name: str) -> str | None:
    """A Tamil name ending in a pulli, without it: the form its case endings are written on
    ("புதின்" -> "புதின", as in "புதினுடன்"); None for any other name."""
    if name.endswith(TAMIL_PULLI) and len(name) > 2 and TAMIL_RE.match(name[0]):
        return name[:-1]
    return None


def is_unspaced(name: str) -> bool:
    """Is ``name`` written in one of those scripts (so it is matched as written)?"""
    return UNSPACED_CHAR_RE.search(name) is not None


HAN_RE = re.compile(r"[\u4e00-\u9fff]")
SHORT_HAN_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,4}")
# characters that carry a Chinese transliteration of a foreign name on and seldom start the word
# after one: a listed short name followed by one is the start of a longer name
HAN_NAME_GOES_ON = frozenset("斯娜蒂丝絲爾尔茨兹茲姆顿頓娅婭")


def han_name_goes_on(text: str, start: int, end: int) -> bool:
    """A person's name in Chinese characters that a longer one goes on from ("克里斯蒂娜", Cristina,
    is not "克里", Kerry)."""
    return end < len(text) and text[end] in HAN_NAME_GOES_ON and SHORT_HAN_NAME_RE.fullmatch(text[start:end]) is not None


def edges_ok(text: str, start: int, end: int) -> bool:
    """Does the match ``text[start:end]`` of such a name stand as a word of its script?"""
    name = text[start:end]
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if KATAKANA_RE.match(name[0]) and KATAKANA_RE.match(before or " "):
        return False
    if KATAKANA_RE.match(name[-1]) and (KATAKANA_RE.match(after or " ") or after == "ー"):
        return False
    if HANGUL_RE.match(name[0]) and HANGUL_RE.match(before or " "):
        return False
    if DEVANAGARI_RE.match(name[0]) and (DEVANAGARI_RE.match(before or " ") or DEVANAGARI_RE.match(after or " ")
                                         and DEVANAGARI_SUFFIX_RE.match(text, end) is None):
        return False
    if TAMIL_RE.match(name[0]):
        return not TAMIL_RE.match(before or " ") and not (
            TAMIL_CONSONANT_RE.match(name[-1]) and TAMIL_CONSONANT_RE.match(after or " "))
    if SUFFIXING_SCRIPT_RE.match(name[0]):
        return not SUFFIXING_SCRIPT_RE.match(before or " ")
    if TELUGU_RE.match(name[0]):
        return not TELUGU_RE.match(before or " ")
    if BENGALI_RE.match(name[0]):
        return not BENGALI_RE.match(before or " ") and (
            not after or not BENGALI_RE.match(after) or BENGALI_SUFFIX_RE.match(text, end) is not None)
    if HEBREW_LETTER_RE.match(name[0]):
        i = start
        while i > 0 and start - i < 2 and text[i - 1] in HEBREW_PREFIXES:
            i -= 1
        return not (i > 0 and HEBREW_LETTER_RE.match(text[i - 1])) \
            and not (after and HEBREW_LETTER_RE.match(after))
    if ARABIC_LETTER_RE.match(name[0]):
        i = start
        while i > 0 and start - i < 2 and text[i - 1] in ARABIC_PREFIXES:
            i -= 1
        if i > 0 and ARABIC_LETTER_RE.match(text[i - 1]):
            return False
        if after and ARABIC_LETTER_RE.match(after) and not ARABIC_SUFFIX_RE.match(text, end):
            return False
    return True
