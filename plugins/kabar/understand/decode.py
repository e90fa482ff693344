"""Bytes of a seed file -> text, or a clear reason why not.

Seeds are untrusted: they may be empty, binary, huge, UTF-16 or Windows-1252, or hide
zero-width and direction-control characters (removed: the original text keeps them).
``decode_seed`` never raises on bad input; it returns the text (or None) and
the problems found, each a short sentence for the build report.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from .textutil import drop_pinyin_glosses, repair_mixed_scripts

CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")
# zero-width and bidirectional controls: invisible, they reverse or spoof a headline in a page, a
# feed, a slug or a search result (U+200B-U+200F, U+202A-U+202E, U+2066-U+2069, U+FEFF)
INVISIBLE_RE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
NUL = b"\x00"
# what the archive does to every text it reads and shows, in order, and what the build report says
# when a change was made (the original text is kept as it was)
TEXT_REPAIRS: tuple[tuple[Callable[[str], str], str], ...] = (
    (lambda text: CONTROL_RE.sub("", text), "control characters removed"),
    # (removed from everything shown; the original text keeps them)
    (lambda text: INVISIBLE_RE.sub("", text),
     "invisible or direction-control characters removed (zero-width, bidi overrides)"),
    # ("Председник Kине": a Latin K in a Cyrillic word, which no list matches)
    (repair_mixed_scripts, "words mixing Latin and Cyrillic look-alike letters written in one script"),
    # ("塞內(nèi)加爾": a mirror's pinyin after rarer characters, which no list matches)
    (drop_pinyin_glosses, "pinyin glossed in brackets after Chinese characters removed"),
)
MARKUP_RE = re.compile(r"<\s*(?P<tag>script|style|iframe|object|embed|a|img|div|span|p|b|i|br|html|body)\b",
                       re.IGNORECASE)


@dataclass(frozen=True)
class Decoded:
    text: str | None  # None when the file is rejected
    rejected: str | None = None  # why the file was rejected
    warnings: tuple[str, ...] = ()


def _human_size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def over_limit(size: int, max_bytes: int, setting: str = "MAX_SEED_BYTES") -> str | None:
    """Why a file of ``size`` bytes is not read (over ``KABAR[setting]``), or None."""
    if size <= max_bytes:
        return None
    return f"file is {_human_size(size)}, over the limit of {_human_size(max_bytes)} (KABAR['{setting}'])"


def as_read(text: str) -> str:
    """``text`` as the archive reads and shows it: NFC, with :data:`TEXT_REPAIRS` made."""
    text = unicodedata.normalize("NFC", text)
    for repair, _ in TEXT_REPAIRS:
        text = repair(text)
    return text


def decode_seed(data: bytes, max_bytes: int, size: int | None = None) -> Decoded:
    """Decode the bytes of one seed file (``size``: the whole file's, when ``data`` is a prefix)."""
    too_big = over_limit(len(data) if size is None else size, max_bytes)
    if too_big:
        return Decoded(None, too_big)
    warnings: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            return Decoded(None, f"starts with a UTF-16 byte-order mark but is not UTF-16 ({err.reason})")
        warnings.append("text was UTF-16 (byte-order mark); decoded as UTF-16")
    elif NUL in data:
        return Decoded(None, f"binary file (NUL byte at offset {data.index(NUL)}), not text")
    else:
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            text = data.decode("cp1252", errors="replace")
            warnings.append(f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
                            "decoded as Windows-1252")
            if "\ufffd" in text:
                warnings.append("some bytes are not Windows-1252 either; shown as \ufffd")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    for repair, said in TEXT_REPAIRS:
        repaired = repair(text)
        if repaired != text:
            text = repaired
            warnings.append(said)
    if not text.strip():
        return Decoded(None, "empty file (nothing but white space)" if data else "empty file")
    markup = MARKUP_RE.search(text)
    if markup:
        warnings.append(f"contains HTML markup (<{markup.group('tag').lower()}>); shown as plain text")
    return Decoded(text, None, tuple(warnings))
