"""Titles and summaries: keep a headline, or derive a headline-like one.

When a raw article has no headline, the title is made from its lead, in the
article's own language: the first sentence, without a leading time phrase
("Pada pagi hari tanggal 4 Maret, ..."), cut at a word boundary to about
100 characters.
"""
from __future__ import annotations

import re

from ..record import ParsedText
from .headline import is_label

MAX_TITLE_CHARS = 110  # "about 100": a whole first sentence up to 110 beats a cut one
MAX_SUMMARY_CHARS = 240
# (not after a day's ordinal dot: "Am 2. Februar", "12. května"; nor after an initial or a title's
# abbreviation: "Déclaration de M. François Hollande", "Mr. Modi")
SENTENCE_RE = re.compile(r"(?<=[.!?…])(?<!(?<!\d)\d\.)(?<!(?<!\d)\d\d\.)(?<!\b[A-ZÀ-ÝĐ]\.)"
                         r"(?<!\bM[rs]\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bMme\.)(?<!\bMrs\.)"
                         r"[\"'”’)]?\s+(?=[\"'“‘(]?[A-ZÀ-ÝĐ0-9])")
# A leading adverbial before the first comma that holds a number or a time word and at most three
# words after it: "On Monday, ...", "Pada pagi hari tanggal 4 Maret, ...", "Sáng 4/3, ..." (not
# "Am 2. Februar 2017 besuchte der Präsident, ...", whose verb comes before the comma).
LEADING_TIME_RE = re.compile(
    r"^(?P<lead>[^,]{0,60}?(?:\d|\b(?:pagi|siang|sore|malam|hari|tanggal|kemarin|today|yesterday|"
    r"morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|senin|selasa|"
    r"rabu|kamis|jumat|sabtu|minggu|sáng|chiều|tối|hôm|ngày)\b)[^,\s]*(?:\s+[^,\s]+){0,3}),\s+(?P<rest>.{30,})$",
    re.IGNORECASE | re.S)
TRAILING_CREDIT_RE = re.compile(r"\s*(?:\((?:photo|foto|ảnh)[^)]*\)|[-–—]\s*(?:photo|foto|ảnh)\s*:.*)$",
                                re.IGNORECASE)
TRAILING_WEAK_RE = re.compile(r"[\s,;:–—-]+\S{1,3}$")


LETTER_RE = re.compile(r"[^\W\d_]")
# a reprint's note of the headline it had where it was first published, often its only headline
# ("原标题:尼泊尔总理25日开始访川", at the end of a Chinese page that opens with its lead)
ORIGINAL_TITLE_RE = re.compile(r"^\s*(?:原标题|原標題|原題)\s*[:：]\s*(?P<title>\S.{3,}?)\s*$")


def _first_with_words(blocks) -> str | None:
    """The first block with a letter in it (not a widget's "|", ":" or "34.3333") that is not a
    page's label (a breadcrumb trail, a country's name alone), else the first with a letter."""
    worded = [block for block in blocks if LETTER_RE.search(block)]
    return next((block for block in worded if not is_label(block)), worded[0] if worded else None)


def first_sentence(text: str) -> str:
    return SENTENCE_RE.split(text.strip(), maxsplit=1)[0].strip()


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` at a word boundary to at most ``limit`` characters, adding an ellipsis."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    # do not end on a short function word ("dan", "the", "of")
    while TRAILING_WEAK_RE.search(cut) and len(cut) > limit // 2:
        cut = TRAILING_WEAK_RE.sub("", cut)
    return cut.rstrip(" ,;:–—-") + "…"


def derive_title(parsed: ParsedText, limit: int = MAX_TITLE_CHARS) -> str | None:
    """A headline-like title from the lead; None when the article has no text."""
    lead = _first_with_words(parsed.paragraphs) or _first_with_words(parsed.captions)
    if not lead:
        return None
    sentence = TRAILING_CREDIT_RE.sub("", first_sentence(lead))
    match = LEADING_TIME_RE.match(sentence)
    if match:
        rest = match.group("rest")
        sentence = rest[0].upper() + rest[1:]
    return shorten(sentence.rstrip(" ."), limit)


def extract_title(parsed: ParsedText, fallback: str) -> tuple[str, bool]:
    """(title, derived?): the headline, else one derived from the lead, else ``fallback``."""
    if parsed.title:
        return parsed.title, False
    original = next((m["title"] for m in map(ORIGINAL_TITLE_RE.match, (b.text for b in parsed.blocks)) if m), None)
    if original is not None and len(original) <= MAX_TITLE_CHARS:
        return original, False
    return derive_title(parsed) or fallback, True


def extract_summary(parsed: ParsedText, limit: int = MAX_SUMMARY_CHARS) -> str:
    """One or two sentences of the lead, for lists, feeds and link previews."""
    lead = next(iter(parsed.paragraphs), "") or next(iter(parsed.captions), "")
    sentences = SENTENCE_RE.split(lead)
    summary = sentences[0] if sentences else ""
    for sentence in sentences[1:]:
        if len(summary) + len(sentence) + 1 > limit:
            break
        summary = f"{summary} {sentence}"
    return shorten(summary, limit)
