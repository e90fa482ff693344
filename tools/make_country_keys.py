#!/usr/bin/env python3
"""Write plugins/kabar/data/country_name_keys.json: the linker's keys of the countries' names in
many languages, from Babel's CLDR data (``peru``, ``perou``, ``jepang``...): a country named in
passing is no evidence that two reports tell of one event (linking/names.py).

Loading 24 CLDR locales took a quarter of a second of every process that links; the keys are
stored instead, and a test checks that the file is what this script makes from the pinned Babel.
usage: tools/make_country_keys.py [--check]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "tools"))

from kabar.linking.name_keys import COUNTRY_NAME_LANGUAGES, COUNTRY_KEYS_FILE, name_key  # noqa: E402
from stored_data import write_or_check  # noqa: E402

OUT = COUNTRY_KEYS_FILE


# names the press uses for a country that CLDR does not list as its name in any of those languages
# ("Korea" alone, "Britain", "Burma", "Palestine"): a report naming "Korea" names no person or place
SHORT_NAMES = ("Korea", "Corée", "Corea", "Coreia", "Kore", "Macedonia", "Makedonia", "Timor", "Emirates",
               "Vatican", "Holland", "Britain", "Great Britain", "America", "Amerika", "Burma", "Czech Republic",
               "Ivory Coast", "Palestine", "Bosnia")


def country_keys() -> list[str]:
    from babel import Locale

    keys: set[str] = {name_key(name) for name in SHORT_NAMES}
    for lang in COUNTRY_NAME_LANGUAGES:
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha():
                key = name_key(name.split("(")[0])
                if key:
                    keys.add(key)
    return sorted(keys)


# The case endings a country's name takes in the languages that decline it, written after its
# folded key: (the nominative's last letter: "a" for "Украина"/"Rosja", "" for any other ending),
# that letter dropped or kept, the endings. "Украины", "Rosji", "Vietnamu", "Türkiye'nin",
# "Venäjän", "Oroszországgal" name the country as much as "Ukraine" does; a name made of them is no
# person ("Украины" in two reports of Germany and Ukraine is no third name they share).
SLAVIC_A = ("i", "e", "u", "o", "oi", "ei", "ou", "eu", "oj", "ej", "om", "oiu", "eiu")  # ("Україною")
SLAVIC_I = ("ia", "iu", "em", "e", "ie", "ja", "ju")  # ("Китай": "Китая", "Китаем")
SLAVIC_CONSONANT = ("a", "u", "e", "om", "em", "ie", "ovi", "owi")
TURKIC = ("nin", "nun", "in", "un", "ya", "ye", "yi", "yu", "a", "e", "i", "u", "da", "de", "ta", "te", "dan",
          "den", "tan", "ten", "yla", "yle", "la", "le", "ile", "ning", "ga", "ka", "ni")
CASE_ENDINGS: dict[str, tuple[tuple[str, bool, tuple[str, ...]], ...]] = {
    **{lang: (("a", True, SLAVIC_A), ("i", True, SLAVIC_I), ("", False, SLAVIC_CONSONANT))
       for lang in ("ru", "uk", "pl", "cs", "sk", "sl", "hr", "bs", "sr")},
    **{lang: (("", False, TURKIC),) for lang in ("tr", "az", "uz", "kk")},
    "fi": (("", False, ("n", "ssa", "sta", "an", "lla", "lta", "lle", "aan", "ksi", "na", "ssä", "stä", "llä",
                        "ltä", "ään")),),
    "hu": (("", False, ("ban", "ben", "ba", "be", "bol", "rol", "nak", "nek", "val", "vel", "gal", "gel", "hoz",
                        "hez", "on", "en", "ra", "re", "tol", "i", "ot", "et")),),
    "lt": (("a", True, ("os", "oje", "ai")), ("", False, ("o", "e", "ui", "u", "as"))),
    "lv": (("a", True, ("as", "ai", "u", "a")),),
    "ro": (("a", True, ("ei",)), ("", False, ("ului", "ul"))),
}
# ... and Czech and Slovak neuters in "-o" ("Německo": "v Německu", "z Ruska", "s Japonskem"), and
# the Polish "-ka" whose locative softens ("Polska": "w Polsce", "Kostaryka": "na Kostaryce")
NEUTER_O = ("a", "u", "em", "om")
for _lang in ("cs", "sk"):
    CASE_ENDINGS[_lang] = (*CASE_ENDINGS[_lang], ("o", True, NEUTER_O))
SOFTENED_LOCATIVE = {"pl": (("ka", "ce"),)}
# ... and the forms no ending rule makes: the Polish plural names ("w Niemczech", "Stanów
# Zjednoczonych", "na Węgrzech", "we Włoszech", "w Chinach", "na Filipinach")
# (These and SHORT_NAMES repeat much of data/country_aliases.json, which the country reader uses;
#  deriving the keys from that file instead would add some 300 more, a change to measure on its own.)
IRREGULAR_FORMS = {"pl": ("Niemczech", "Niemiec", "Niemcami", "Niemcom", "Chinach", "Chin", "Chinami", "Chinom",
                          "Stanach Zjednoczonych", "Stanów Zjednoczonych", "Stanami Zjednoczonymi",
                          "Stanom Zjednoczonym", "Węgrzech", "Węgier", "Węgrami", "Włoszech", "Włoch", "Włochami",
                          "Czechach", "Czechami", "Indiach", "Indii", "Indiami", "Filipinach", "Filipin",
                          "Filipinami", "Zjednoczonych Emiratach Arabskich", "Zjednoczonych Emiratów Arabskich",
                          "Emiratach Arabskich", "Emiratów Arabskich", "Niderlandach", "Niderlandów")}
# (the languages whose endings follow a vowel too: "Rusya'yı", "Venäjän"; the others' consonant endings
#  follow a consonant only)
AGGLUTINATIVE = frozenset({"tr", "az", "uz", "kk", "fi", "hu"})
INFLECTED_MIN_LEN = 4  # shorter forms are syllables of names too


def inflected_keys(nominative: frozenset[str]) -> list[str]:
    """Keys of the countries' names in the case endings of :data:`CASE_ENDINGS`, minus the
    nominative keys (which ``keys`` holds)."""
    from babel import Locale

    keys: set[str] = set()
    for lang, rules in CASE_ENDINGS.items():
        for code, name in Locale.parse(lang).territories.items():
            if not (len(code) == 2 and code.isalpha()):
                continue
            name = name.split("(")[0].strip()
            key = name_key(name)
            if not key:
                continue
            for last, drop, endings in rules:
                if last and not key.endswith(last):
                    continue
                if not last and key.endswith(("a", "e", "i", "o", "u")) and lang not in AGGLUTINATIVE:
                    continue  # (a consonant stem's endings)
                stem = name[:-1] if drop else name
                for ending in endings:
                    form = name_key(stem + ending)
                    if len(form) >= INFLECTED_MIN_LEN:
                        keys.add(form)
            for last, softened in SOFTENED_LOCATIVE.get(lang, ()):
                if name.endswith(last):
                    keys.add(name_key(name[:-len(last)] + softened))
        keys.update(name_key(form) for form in IRREGULAR_FORMS.get(lang, ()))
    return sorted(keys - nominative - listed_name_words())


def listed_name_words() -> frozenset[str]:
    """The keys of every word of the listed people's names (data/leaders.json): a form that is one
    ("Ghany", Czech for "of Ghana", is "Ghani") stays a name."""
    from kabar.understand.actors import listed_names, listed_people

    return frozenset(name_key(word) for person, _ in listed_people() for name in listed_names(person)
                     for word in name.replace("-", " ").split())


def render() -> str:
    keys = country_keys()
    return json.dumps({"_comment": "Keys (folded, loosely spelt, spaces removed) of the CLDR country names of "
                       + ", ".join(COUNTRY_NAME_LANGUAGES) + " from Babel, and (inflected) of their forms in the "
                       "case endings of " + ", ".join(CASE_ENDINGS) + "; made by tools/make_country_keys.py",
                       "keys": keys, "inflected": inflected_keys(frozenset(keys))},
                      ensure_ascii=False, indent=0) + "\n"


def main() -> int:
    return write_or_check(OUT, render(), __file__)


if __name__ == "__main__":
    sys.exit(main())
