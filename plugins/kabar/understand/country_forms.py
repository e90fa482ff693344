"""How a country's name is written in each language's grammar: Polish, South Slavic, Czech, Slovak,
Baltic, Romanian and Albanian case forms, Greek genitives, Arabic adjectives of nationality with the
article and in the feminine, stems that case endings are glued to (Georgian, Armenian, Indic scripts,
Hungarian, Finnish, Turkic), an Indic nasal's two spellings, the English demonym's plural.
Pure; :mod:`country_matcher` builds its expressions from these forms.
"""
from __future__ import annotations

import re
from typing import Iterator

from .textutil import fold

CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
GAP_RE = re.compile(r"[\s\-]+")

# languages whose case endings are written on a country's name (Georgian, Armenian, Bengali, Tamil,
# Malayalam, Telugu, Kannada, Sinhala, Marathi, Gujarati, Nepali): a name there is a stem (:func:`_case_stem`)
CASE_SUFFIX_LANGUAGES = frozenset({"ka", "hy", "bn", "ta", "ml", "te", "kn", "si", "mr", "gu", "ne"})
CASE_STEM_MIN = 4  # folded letters
# ... and agglutinating languages of the Latin and Cyrillic scripts, which glue them on without an
# apostrophe (Hungarian "Magyarországra", Finnish "Kiinassa", Estonian "Venemaaga", Azerbaijani
# "Azərbaycana", Uzbek "Ўзбекистонга", Kazakh "Өзбекстанмен", Mongolian "Монголд"): a longer stem there, as a name of
# four letters begins common words ("Irán" -> "irány", direction; "Peru" -> "perusteella")
AGGLUTINATING_LANGUAGES = frozenset({"hu", "fi", "et", "az", "uz", "kk", "ky", "tk", "mn"})
AGGLUTINATING_STEM_MIN = 5
# ... a shorter name takes only its commonest case endings, written out (a stem of three letters
# begins too many other words: "চিন্তা", thought, folds as "cinta")
SHORT_NAME_CASES = {"bn": ("ের", "এর", "কে"),
                    # (Nepali glues its postpositions on: "चीनको", "चीनका राष्ट्रपति", "चीनमा", "चीनसँग")
                    "ne": ("को", "का", "की", "मा", "ले", "सँग", "बाट", "लाई"),
                    # (Azerbaijani: "İraqa", "İraqda", "İraqdan", "İraqın", "İranla", "Çində")
                    "az": ("a", "ə", "da", "də", "dan", "dən", "ın", "in", "un", "ün", "la", "lə"),
                    # (Mongolian: "Оросын", "Оросод", "Оросыг", "Оросоос", "Оростой", of, in, to, from, with Russia)
                    "mn": ("ын", "ийн", "од", "эд", "д", "т", "ыг", "ийг", "г", "оос", "аас", "ээс", "өөс",
                           "той", "тай", "тэй", "оор", "аар", "ээр")}
# Polish declines a country's name (Argentyna: Argentyny, Argentynie, Argentynę, Argentyną;
# Iran: Iranu, Iranem, Iranie): the forms of a one-word name, the locative with its consonant change
PL_FEMININE_ENDINGS = ("ę", "ą", "o")  # after the stem of a name in -a (and -y, or -i after k, g, j and i)
PL_SOFT_STEM_RE = re.compile(r"(?:[kgj]|i)$")  # "Rosj-", "Japoni-", "Ameryk-": genitive in -i, not -y
PL_MASCULINE_ENDINGS = ("u", "a", "em")  # after a name ending in a consonant
PL_LOCATIVE = (("sk", "sce"), ("st", "ście"), ("d", "dzie"), ("t", "cie"), ("k", "ce"), ("g", "dze"),
               ("r", "rze"), ("ł", "le"), ("l", "lu"), ("ch", "chu"))  # stem's end -> the locative's ("Kanadzie", "Polsce")
PL_VOWELS = "aeiouyąęó"
# the South Slavic languages decline a name in -a ("Kina": iz Kine, u Kini, u Kinu, s Kinom)
SOUTH_SLAVIC_LANGUAGES = frozenset({"hr", "bs", "sr", "sl", "mk"})
SOUTH_SLAVIC_ENDINGS = ("e", "i", "u", "om", "oj", "o")
SOUTH_SLAVIC_CYRILLIC_ENDINGS = ("е", "и", "у", "ом", "ој", "о")
# languages that decline a one-word country name (Czech "Čína": Číny, Číně, Čínu, Čínou; Lithuanian
# "Kinija": Kinijos, Kinijoje, Kiniją; Romanian "China": Chinei): the name's last letters -> the
# endings written in their place, the first rule that fits (:func:`_declined_forms`)
DECLENSIONS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "cs": (("ie", ("ii", "ií")), ("a", ("y", "ě", "e", "u", "ou")), ("o", ("a", "u", "em")),
           ("", ("u", "a", "em", "ě", "e"))),
    "sk": (("ia", ("ie", "ii", "iu", "iou")), ("a", ("y", "e", "u", "ou")), ("o", ("a", "u", "om")),
           ("", ("u", "a", "om", "e"))),
    "lt": (("a", ("os", "oje", "ą", "ai")), ("as", ("o", "e", "ą", "ui")), ("is", ("io", "yje", "į", "iui")),
           ("ė", ("ės", "ėje", "ę"))),
    "lv": (("a", ("as", "ā", "u", "ai")), ("e", ("es", "ē", "i"))),
    "ro": (("ea", ("ei",)), ("a", ("ei",)), ("", ("ul", "ului"))),
    # (Albanian writes a name's definite and case forms on it: "Shqipëri" -> Shqipëria, Shqipërisë,
    #  Shqipërinë; "Francë" -> Franca, Francës, Francën; "Irak" -> Iraku, Irakut; "Egjipt" -> Egjipti, Egjiptit)
    "sq": (("i", ("ia", "isë", "inë")), ("ë", ("a", "ës", "ën")), ("k", ("ku", "kut", "kun")),
           ("g", ("gu", "gut", "gun")), ("h", ("hu", "hut", "hun")), ("", ("i", "it", "in"))),
    # (a masculine name of Croatian, Serbian, Bosnian: "Japan" -> Japana, Japanu, Japanom)
    "hr": (("", ("a", "u", "om")),), "sr": (("", ("a", "u", "om")),), "bs": (("", ("a", "u", "om")),),
}
DECLINED_MIN_CHARS = 4  # (a shorter name's forms are other words)
# an Indic script writes a nasal before a consonant either as the anusvara or as the nasal letter with
# its virama: Gujarati "થાઇલેંડ" (CLDR) and "થાઇલેન્ડ", Hindi "हिंद" and "हिन्द" (anusvara, na, virama)
INDIC_NASALS = (("\u0902", "\u0928\u094d"), ("\u0a82", "\u0aa8\u0acd"), ("\u0c02", "\u0c28\u0c4d"),
                ("\u0c82", "\u0ca8\u0ccd"))
# a Tamil name in -ā drops it as an adjective, often with the consonant the next word's doubles:
# "இந்தியா" -> "இந்திய ஜனாதிபதி", "இந்தியக் குடியரசுத் தலைவர்" (India's president)
TA_LONG_A = "\u0bbe"
TA_SANDHI = ("", "\u0b95\u0bcd", "\u0b9a\u0bcd", "\u0ba4\u0bcd", "\u0baa\u0bcd")  # (none, க், ச், த், ப்)
# Arabic adjectives ("روسي", listed once): the forms texts write, with the article, after "and"
AR_ARTICLES = ("ال", "وال")
AR_FEMININE = "ة"
AR_FINAL_YA, AR_FINAL_YA_EGYPT = "ي", "ى"  # (Egyptian outlets end "الروسى" with a dotless ya)
AR_HAMZA_ALEFS = "أإ"  # an initial alef with its hamza, often written without: "الامريكي"


def _greek_cases(name: str) -> tuple[str, ...]:
    """The genitive (and accusative) Greek news writes a country's one-word name in: "Βολιβία" ->
    "Βολιβίας", "Βατικανό" -> "Βατικανού", "Λίβανος" -> "Λιβάνου" is left to the list (its accent moves)."""
    if " " in name or len(name) < 4:
        return ()
    if name.endswith(("α", "ά", "η", "ή")):
        return (name + "ς",)
    if name.endswith("ό"):
        return (name[:-1] + "ού",)
    if name.endswith("ο"):
        return (name[:-1] + "ου",)
    return ()


def _with_bare_alef(name: str) -> set[str]:
    """``name``, and, when it begins with an alef carrying its hamza, as often written without it
    ("إثيوبيا", "اثيوبيا")."""
    return {name, "ا" + name[1:]} if name[:1] in AR_HAMZA_ALEFS else {name}


def _arabic_adjective_forms(adjective: str) -> Iterator[str]:
    """The forms of an Arabic adjective of nationality listed once ("روسي"; "كوري شمالي"): with
    the article, after "and", feminine ("الروسية"), with the Egyptian final "ى", with an initial
    alef written without its hamza. Not the bare form: an indefinite adjective is often a name too."""
    for base in sorted(_with_bare_alef(adjective)):
        parts = base.split()
        for feminine in (False, True):
            for final in ((AR_FINAL_YA + AR_FEMININE,) if feminine else (AR_FINAL_YA, AR_FINAL_YA_EGYPT)):
                # (every word of the adjective agrees: "الكورية الشمالية")
                inflected = [w[:-1] + final if w.endswith(AR_FINAL_YA) else w for w in parts]
                for article in AR_ARTICLES:
                    yield " ".join([article + inflected[0], *("ال" + w for w in inflected[1:])])


def _polish_forms(name: str) -> list[str]:
    """The case forms of a one-word Polish country name (none for a name of several words or
    one that does not decline: "Peru", "Chile"; irregular ones are in the data files)."""
    if " " in name or "-" in name or name.endswith("*") or len(name) < 4:
        return []
    if name.endswith("a"):
        stem = name[:-1]
        soft = PL_SOFT_STEM_RE.search(stem) is not None
        forms = [stem + e for e in PL_FEMININE_ENDINGS]
        forms.append(stem + ("i" if soft else "y"))
        if not stem.endswith(("i", "j")):  # ("Rosji", "Japonii": genitive and locative alike)
            forms.append(_polish_locative(stem))
        return forms
    if name[-1] in PL_VOWELS:
        return []
    forms = [name + e for e in PL_MASCULINE_ENDINGS if not (e == "em" and name[-1] in "kg")]
    if name[-1] in "kg":
        forms.append(name + "iem")  # "Meksykiem"
    forms.append(name + "u" if name[-1] in "kg" or name.endswith("ch") else _polish_locative(name))
    return forms


def _south_slavic_forms(name: str) -> list[str]:
    """The case forms of a one-word country name in -a of Croatian, Bosnian, Serbian (both
    scripts), Slovenian and Macedonian: "Kina" -> Kine, Kini, Kinu, Kinom, Kinoj; "Rusija" -> Rusije,
    Rusiji, Rusiju, Rusijom; "Кина" -> Кине ... (a Cyrillic name of a longer stem takes Russian
    endings too)."""
    if " " in name or "-" in name or name.endswith("*") or len(name) < 4 or name[-1] not in "aа":
        return []
    stem = name[:-1]
    cyrillic = CYRILLIC_RE.search(name) is not None
    return [stem + e for e in (SOUTH_SLAVIC_CYRILLIC_ENDINGS if cyrillic else SOUTH_SLAVIC_ENDINGS)]


def _declined_forms(name: str, lang: str) -> list[str]:
    """The case forms of a one-word country name in a language of :data:`DECLENSIONS` (a name
    ending in a vowel that no rule names, "Peru", "Chile", takes none; nor a Cyrillic one)."""
    rules = DECLENSIONS.get(lang)
    if not rules or " " in name or "-" in name or name.endswith("*") or len(name) < DECLINED_MIN_CHARS \
            or not name[-1].isalpha() or CYRILLIC_RE.search(name):
        return []
    for end, endings in rules:
        if end and name.endswith(end):
            return [name[:-len(end)] + e for e in endings]
        if not end and name[-1].lower() not in "aeiouyáéíóúýěůäâîăąęėīūō":
            return [name + e for e in endings]
    return []


def _nasal_variants(name: str) -> list[str]:
    """The other spelling of a name with a nasal before a consonant in an Indic script
    (:data:`INDIC_NASALS`): the anusvara written as the nasal letter and virama, or the reverse."""
    out = []
    for anusvara, written in INDIC_NASALS:
        if anusvara in name:
            out.append(re.sub(re.escape(anusvara) + r"(?=[^\W\d_])", written, name))
        elif written in name:
            out.append(re.sub(re.escape(written) + r"(?=[^\W\d_])", anusvara, name))
    return [v for v in out if v != name]


def _polish_locative(stem: str) -> str:
    for end, locative in PL_LOCATIVE:
        if stem.endswith(end):
            return stem[:-len(end)] + locative
    return stem + "ie"


def _case_stem(name: str, lang: str) -> str | None:
    """The stem a one-word name takes its case endings on in a language that writes them on
    the name ("სომხეთი" -> "სომხეთის", "Հայաստան" -> "Հայաստանի", "ভারত" -> "ভারতের",
    "இந்தியா" -> "இந்தியாவின்"), when it is long enough not to begin other words."""
    if lang not in CASE_SUFFIX_LANGUAGES and lang not in AGGLUTINATING_LANGUAGES:
        return None
    stem = name.strip()
    if GAP_RE.search(stem) and lang not in CASE_SUFFIX_LANGUAGES:
        return None  # (a name of several words takes the case on its last: "সংযুক্ত আরব আমিরাতের")
    if lang == "ka" and stem.endswith(("ი", "ა")):  # (the nominative's ending gives way to the case's:
        stem = stem[:-1]  # "სომხეთი" -> "სომხეთის", "გერმანია" -> "გერმანიის")
    last = GAP_RE.split(stem)[-1]
    return stem if len(fold(last)) >= (CASE_STEM_MIN if lang in CASE_SUFFIX_LANGUAGES else AGGLUTINATING_STEM_MIN) \
        else None


def _plural(name: str) -> str | None:
    """English plural of a demonym ("Russians"); None when it has none."""
    if name.endswith(("s", "sh", "ch", "ese")):
        return None
    return name + "s"
