"""Which language is an article in? py3langid (a maintained fork of langid.py).

The model ships inside the package (no download), covers 97 languages and is
deterministic. ``extract_language`` returns a BCP 47 code, or ``None`` when
the text is too short or the model is unsure.
"""
from __future__ import annotations

import functools
import re
from itertools import islice

from ..record import LanguageFinding

LETTER_RE = re.compile(r"[^\W\d_]", re.UNICODE)
MIN_LETTERS = 20
MIN_CONFIDENCE = 0.5
SAMPLE_CHARS = 3000  # a headline and a few paragraphs settle the language; the rest only costs time
NO_LANGUAGE = frozenset({"zxx", "und"})
# letters Persian (and Urdu) write and Arabic does not: a text with them that has Arabic's own ye and
# kaf ("ي", "ك", as Iranian sites typed on Arabic keyboards often do) is read with Persian's
PERSIAN_LETTER_RE = re.compile(r"[پچژگ]")
ARABIC_YE_KAF = str.maketrans("يك", "یک")
# py3langid speaks ISO 639-1 where one exists; these are its few other labels. (A news page written
# in polytonic Greek, "ὁ πρωθυπουργὸς", is Modern Greek in the old spelling, not Ancient Greek; one it
# reads as Moroccan or Egyptian Arabic is written in the standard Arabic of the news, as one it reads as
# Biblical Hebrew is in Hebrew: their sections, names of countries and calendars are Arabic's and Hebrew's.)
BCP47 = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "grc": "el", "ary": "ar", "arz": "ar", "hbo": "he"}
# Serbian in the Latin script reads to the model as Croatian or Bosnian, which it nearly is; what tells
# it is the ekavian speech ("predsednik", "vreme", "gde", "posle") where those write the ijekavian one
# ("predsjednik", "vrijeme", "gdje", "poslije")
EKAVIAN_RE = re.compile(r"(?i)(?<!\w)(?:predsedni\w*|potpredsedni\w*|predsedava\w*|uvek|gde|posle|reč|reči|deo|"
                        r"mest[aou]?|lepo|deca|dece|ceo|cel[aeiu]|celog|dve|mer[aeu]|vreme|sedište\w*|nedelj[aeiu]|"
                        r"razume\w*|primeni?\w*)(?!\w)")
IJEKAVIAN_RE = re.compile(r"(?i)(?<!\w)(?:predsjedni\w*|potpredsjedni\w*|predsjedava\w*|uvijek|gdje|poslije|prije|"
                          r"riječ|riječi|dio|mjest[aou]?|lijepo|djeca|djece|cijel[aeiu]|cijelog|dvije|mjer[aeu]|"
                          r"vrijeme|sjedište\w*|sedmic[aeiu]|tjed\w*|razumije\w*|primjen\w*)(?!\w)")
SERBO_CROATIAN = frozenset({"hr", "bs", "sr"})  # (the model's labels; near one language, it is often unsure among them)
# news in Chinese is written in the standard language; the model reads some of it (traditional
# characters, a short text) as Cantonese or Wu, which a text shows by their own words: without them, Chinese
CHINESE_DIALECTS = {"yue": re.compile(r"[嘅唔咗佢哋冇喺嚟啲嗰嘢]"), "wuu": re.compile(r"侬|阿拉|伊拉|覅")}


@functools.lru_cache(maxsize=1)
def load_language_model():
    """The py3langid model (see :mod:`langmodel`), loaded once per process, shared by every article."""
    from .langmodel import load_identifier  # noqa: PLC0415  (numpy: only when needed)

    return load_identifier()


def extract_language(text: str, min_confidence: float = MIN_CONFIDENCE) -> LanguageFinding:
    """Detect the language of ``text``; ``LanguageFinding()`` when unsure."""
    if sum(1 for _ in islice(LETTER_RE.finditer(text, 0, 4000), MIN_LETTERS)) < MIN_LETTERS:
        return LanguageFinding()
    sample = text[:SAMPLE_CHARS]
    if PERSIAN_LETTER_RE.search(sample) is not None:  # (Persian typed on an Arabic keyboard: "گزارشهاي")
        sample = sample.translate(ARABIC_YE_KAF)
    code, confidence = load_language_model().classify(sample)
    if code in SERBO_CROATIAN and _ekavian(sample):
        return LanguageFinding("sr", round(confidence, 3))  # (however the model shares it among the three)
    if code in CHINESE_DIALECTS and CHINESE_DIALECTS[code].search(sample) is None:
        code = "zh"  # (however sure the model was of the dialect)
    if code in NO_LANGUAGE or confidence < min_confidence:
        return LanguageFinding(None, round(confidence, 3))
    return LanguageFinding(BCP47.get(code, code), round(confidence, 3))


def _ekavian(sample: str) -> bool:
    """A text of the Serbo-Croatian family written in ekavian (Serbian), not ijekavian: more than
    twice as many of its marked words as of the ijekavian ones."""
    ekavian = len(EKAVIAN_RE.findall(sample))
    return ekavian > 0 and ekavian > 2 * len(IJEKAVIAN_RE.findall(sample))


def hinted_language(found: LanguageFinding, hint: str | None) -> LanguageFinding:
    """``found``, or, when the text did not settle the language, the one a saved page declares
    (``<html lang>``, its primary subtag): a hint never overrides what the text shows."""
    if found.code is not None or hint is None or hint in NO_LANGUAGE:
        return found
    return LanguageFinding(BCP47.get(hint, hint), found.confidence)
