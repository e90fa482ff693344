"""The marks that say when a page was written, not when its event was: a byline before a date ("by GTP
editing team 8 December 2017"), an embedded post's signature or a post told of by its account's handle,
a publication label ("Published:", "發佈時間:"), the day an Indonesian page cites its words on, and the
machine stamp a Chinese, Japanese or Korean page opens a line with. Pure functions of the text read once
(:class:`date_mentions._Text`) and a day mention."""
from __future__ import annotations

import re

from .date_mentions import DAY_OF_MONTH_LANGS, _Mention, _Text

# a byline before a date on its line: "by GTP editing team 8 December 2017", "Oleh Andi Saputra 12 Mei 2024"
BYLINE_BEFORE_RE = re.compile(r"(?:^|\s)(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Oo]leh)\s+"
                              r"(?P<name>[A-ZÀ-Ý][^\s!?,;:]*(?:\s+[^\s!?,;:]+){0,4}?)\s+$")
BYLINE_BEFORE_CHARS = 60
# an embedded post's signature: "— A Name (@handle) August 26, 2018" (the day it was posted); or a
# post told of by its account's handle and its day: "… di akun Instagram @jokowi pada Senin, 1 November
# 2021", "posted by @handle on Monday, November 1, 2021" (the post's day, after the meeting it shows)
POST_HANDLE_BEFORE_RE = re.compile(r"(?:\(@\w{1,30}\)|(?<!\S)@\w{1,30}\s+(?:pada|on|el|le|em|am)\s+(?:\w+,?\s+)?)\s{0,3}$")
POST_HANDLE_BEFORE_CHARS = 40
# a publication label right before a date, at the start of its line or after a bar, on a line that
# runs on into the text: "發佈時間:2024-05-30 08:56:35 | 來源:新華社 | … 新華社北京5月29日電 …" (the
# page's day, not the event's)
# (a Chinese or Japanese label anywhere on its line, for words run together unspaced: "西e網-新華網發布時間:2016-6-21")
PUBLISHED_LABEL_BEFORE_RE = re.compile(
    r"(?:(?:^|[|｜]\s*)(?:입력|기사입력|최종수정|published(?: on)?|posted(?: on)?|updated(?: on)?|"
    r"publié le|mis à jour le|publicado(?: el| em)?|veröffentlicht(?: am)?|pubblicato(?: il)?|опубликовано|"
    r"обновлено|diterbitkan|dipublikasikan|diperbarui)|(?:发布时间|發佈時間|發布時間|发布日期|發佈日期|發布日期|发布于|"
    r"發佈於|發布於|发表于|發表於|更新时间|更新時間|配信日時|掲載日|公開日|更新日))\s*[:：]?\s*$", re.IGNORECASE | re.MULTILINE)
PUBLISHED_LABEL_BEFORE_CHARS = 40
# an Indonesian page's day of writing, told where it cites its words: "… ujarnya kepada Jokowi dikutip
# Senin (22/5/2023)", "seperti dilansir dari laman resmi Kemlu, Selasa (23/5/2023)": the day the page
# quoted them, not the event's (folded words, within a sentence)
CITED_ON_BEFORE_RE = re.compile(r"(?<![a-z])(?:dikutip|dilansir|dilaporkan|melansir|mengutip|diakses)(?![a-z])[^.!?\n]{0,60}$")
CITED_ON_BEFORE_CHARS = 80
NUMERIC_YMD_RE = re.compile(r"\d{4}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{1,2}(?!\d)")  # (a date in figures, its year first)
BYLINE_NOT_LAST = frozenset({"on", "at", "in", "of", "from", "until", "since", "to", "and", "pada", "tanggal", "sejak"})


def _after_post_handle(t: _Text, m: _Mention) -> bool:
    """Is the mention the date of an embedded post, right after its author's handle ("— A Name
    (@handle) August 26, 2018")? The day it was posted, on or before the page's: not the event's."""
    at = t.to_orig(m.start)
    return POST_HANDLE_BEFORE_RE.search(t.orig, max(0, at - POST_HANDLE_BEFORE_CHARS), at) is not None


def _cjk_machine_stamp(t: _Text, m: _Mention, lang: str | None) -> bool:
    """Is the mention, in a Chinese, Japanese or Korean text, a date written in figures with its year
    first ("2014-07-14", "2016/6/21") that opens its line? Their prose writes a day with its
    characters ("2014年7月14日", "13日"): such a date is the page's stamp, whatever runs on after it
    ("2014-07-14 部分图片来自网络…")."""
    if (lang or "").split("-")[0] not in DAY_OF_MONTH_LANGS:  # (Chinese, Japanese, Korean)
        return False
    at = t.to_orig(m.start)
    line_start = t.orig.rfind("\n", 0, at) + 1
    return not t.orig[line_start:at].strip() and NUMERIC_YMD_RE.match(t.orig, at) is not None


def _after_published_label(t: _Text, m: _Mention) -> bool:
    """Is the mention written right after a publication label that opens its line ("發佈時間:",
    "Published:"), or a bar's part of it?"""
    at = t.to_orig(m.start)
    line_start = t.orig.rfind("\n", 0, at) + 1
    return PUBLISHED_LABEL_BEFORE_RE.search(t.orig, max(line_start, at - PUBLISHED_LABEL_BEFORE_CHARS), at) is not None


def _after_citing_word(t: _Text, m: _Mention) -> bool:
    """Is the mention the day an Indonesian page says it cited its words on (:data:`CITED_ON_BEFORE_RE`)?"""
    return CITED_ON_BEFORE_RE.search(t.folded, max(0, m.start - CITED_ON_BEFORE_CHARS), m.start) is not None


def _after_byline(t: _Text, m: _Mention) -> bool:
    """Is the mention written right after a byline on its line: "by" and a name (its first word
    capitalised, a few words), no preposition before the day ("signed by Putin on 8 May" is not)?"""
    at = t.to_orig(m.start)
    line_start = t.orig.rfind("\n", 0, at) + 1
    found = BYLINE_BEFORE_RE.search(t.orig, max(line_start, at - BYLINE_BEFORE_CHARS), at)
    return found is not None and found.group("name").split()[-1].lower() not in BYLINE_NOT_LAST
