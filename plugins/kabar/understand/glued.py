"""Lines a copied page ran together before its headline was chosen: the headline and the page's
stamp ("Putin meets Nazarbayev in Moscow 23 декабря 2014, 20:33"), the headline and the site's words
and stamp between bars, the headline and its lead (opening with a name the headline gives, or with
its first words; after a notice in capitals; after the lead's wire dateline), the headline, the stamp
and the lead's dateline in capitals. Each ``*_glued_*`` or ``*_restating_*`` function takes one line
and gives its parts, or None. Pure: used by :mod:`parse`.
"""
from __future__ import annotations

import functools
import re

from .chrome import is_stamp
from .headline import CONTENT_WORD_RE

# the lead glued after the headline, opening with a name the headline gives, right after the headline's
# last name: "… rencontre Emmanuel Macron João Lourenço est en visite officielle …"
NAME_WORDS_RE = re.compile(r"[A-ZÀ-ÝĐ][\w'’-]+(?:\s[A-ZÀ-ÝĐ][\w'’-]+)+")
RESTATED_NAME_MIN_HEADLINE_WORDS, RESTATED_NAME_MAX_HEADLINE_CHARS = 5, 160
RESTATED_NAME_MIN_LEAD_CHARS = 60
# a lead that opens with the headline's first two words tells again this share of its other words
# (RESTATED_WORDS_MIN at least) within the headline's length and this many characters more
RESTATED_WORDS_MIN, RESTATED_WORDS_SHARE, RESTATED_LEAD_EXTRA_CHARS = 3, 0.75, 60
# ... or half of them, where the lead restates the headline's opening after an article ("… A chanceler alemã")
RESTATED_AFTER_ARTICLE_SHARE = 0.5
ARTICLES_BEFORE_RESTATED = ("A", "O", "As", "Os", "The", "La", "Le", "Les", "El", "Los", "Las", "Il", "Lo", "Die", "Der", "Das")

# a page's stamp glued after the line of words before it, found before the headline is chosen: it
# starts at a word that begins with a digit among the last GLUED_STAMP_CHARS characters
GLUED_STAMP_START_RE = re.compile(r"(?<=\s)\d")
GLUED_STAMP_CHARS = 40
# a stamp's time closed by its unit or zone ("08:44 Uhr", "14:05 WIB", "10:30 GMT")
TIME_ZONE_END_RE = re.compile(r"\d{1,2}[:.]\d{2}\s?(?:Uhr|h|hrs|WIB|WITA|WIT|GMT|UTC|MSK|CET|CEST|EST|EDT|IST)$")
# a stamp's label glued between a headline and its stamp ("… Stand: 28.04.2022 08:44 Uhr")
STAMP_LABEL_END_RE = re.compile(r"\s(?:Stand|Aktualisiert|Updated|Update|Published|Publié|Mis à jour|Actualizado|"
                                r"Publicado|Atualizado|Обновлено|Опубликовано)\s?:?$")
GLUED_STAMP_TIME_RE = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")  # (with its time: "… in Lima on 20 November 2016" is no stamp)
MIN_GLUED_WORDS = 3
# ... or in brackets, after words or characters (a Japanese broadcaster's "<headline>[2014/09/07 05:53]")
BRACKETED_STAMP_SUFFIX_RE = re.compile(r"^(?P<rest>\S.{5,}?)\s*[\[［(（](?P<stamp>\d[\d/.:年月日時分 -]{8,24})[\]］)）]$")

# the lead's wire dateline glued after the headline on its line: "Le président chinois est arrivé à
# Dakar Dakar, 21 juil (APS) - Le président de la République …": the place, the day, the agency's
# initials in brackets, a dash
DATELINE_GLUED_AFTER_RE = re.compile(r"\s(?P<dateline>[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){0,2},\s*\d{1,2}\s+"
                                     r"[^\W\d_]{3,10}\.?(?:\s+\d{4})?\s*\([A-Z]{2,6}\)\s*[-–—]\s+\S)")
DATELINE_GLUED_MIN_WORDS = 4  # (the headline's words before it)

# a notice in capitals between the headline and the lead on their one line ("… Norden BITTE
# ENTSCHULDIGEN SIE DIE BEEINTRÄCHTIGE TON-QUALITÄT BEI DER REDE MERKELS Mali war …"): four words in
# capitals or more, a word of prose after them
CAPS_NOTICE_MIN_WORDS = 4
CAPS_NOTICE_RE = re.compile(r"(?<=\s)(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ'’-]+\s+){%d,}(?=[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё])"
                            % CAPS_NOTICE_MIN_WORDS)
INNER_SENTENCE_END_RE = re.compile(r"[^\W\d_]{2}[.!?。]\s+\S")  # a sentence ending inside a line

MAX_HEADLINE_CHARS = 200  # (a line longer than this is no headline with a stamp glued after it)

PIPED_SITE_MAX_WORDS = 3  # the site's name and section between a headline and its stamp
# the headline, the page's stamp and the lead's dateline in capitals glued on one line: "…
# переговоры в верхах29.05.2025 18:44САМАРКАНДСКАЯ ОБЛАСТЬ, 29 мая. /УЗИНФОРМ/. …"
STAMP_BETWEEN_RE = re.compile(r"^(?P<headline>\S.{19,}?[^\W\d_])(?P<stamp>\d{1,2}\.\d{1,2}\.\d{4}\s*\d{1,2}:\d{2})"
                              r"(?P<lead>[^\W\d_a-zß-ÿа-я]{3,}\b.{60,})$", re.S)


def piped_headline(line: str) -> tuple[str, str, str] | None:
    """A page's title line: its headline, the site's short words and its date, between " | "
    ("Amid tensions, … in Berlin | News | DW | 23.03.2015"): (headline, site words, stamp), or None."""
    parts = [part.strip() for part in line.split(" | ")]
    if len(parts) < 2 or len(parts[0].split()) < MIN_GLUED_WORDS or not is_stamp(parts[-1]) or is_stamp(parts[0]):
        return None
    if any(len(part.split()) > PIPED_SITE_MAX_WORDS for part in parts[1:-1]):
        return None
    return parts[0], " | ".join(parts[1:-1]), parts[-1]


@functools.lru_cache(maxsize=8192)
def stamp_glued_after(line: str) -> tuple[str, str] | None:
    """A line of words with the page's stamp glued after them ("Putin meets Nazarbayev in Moscow 23
    декабря 2014, 20:33", "… репортаж И.Сафронова 08:23 28.02.2017"), or after its characters in
    brackets ("「…」日・バングラデシュ首脳会談[2014/09/07 05:53]"): (the words, the stamp), or
    None. The stamp starts at one of the last words that begin with a digit, and has a time."""
    if len(line) > MAX_HEADLINE_CHARS + GLUED_STAMP_CHARS:
        return None
    bracketed = BRACKETED_STAMP_SUFFIX_RE.match(line) if line[-1:] in "]］)）" else None
    if bracketed is not None:
        rest, stamp = bracketed.group("rest"), bracketed.group("stamp")
        if GLUED_STAMP_TIME_RE.search(stamp) and is_stamp(stamp) and not is_stamp(rest):
            return rest, stamp
        return None
    if not line[-1:].isdigit() and not TIME_ZONE_END_RE.search(line):
        return None
    for start in (m.start() for m in GLUED_STAMP_START_RE.finditer(line, max(1, len(line) - GLUED_STAMP_CHARS))):
        rest, stamp = line[:start].rstrip(" |·,–—-"), line[start:]
        label = STAMP_LABEL_END_RE.search(rest)
        if label is not None:  # ("… Besuch eines Unbekannten Stand: 28.04.2022 08:44 Uhr")
            rest, stamp = rest[:label.start()].rstrip(" |·,–—-"), line[label.start():].lstrip()
        if len(rest.split()) >= MIN_GLUED_WORDS and GLUED_STAMP_TIME_RE.search(stamp) and is_stamp(stamp) \
                and not is_stamp(rest):
            return rest, stamp
    return None


def lead_restating_a_name(line: str) -> tuple[str, str] | None:
    """A headline and its lead on one line, the lead opening with a name the headline gives right
    after the headline's own last name ("… rencontre Emmanuel Macron João Lourenço est en visite …"):
    (the headline, the lead), or None. Two names in a row in the headline's own words, each more than
    a word ("Emmanuel Macron João Lourenço"), the second written before it, a word in lower case after
    it; no sentence ended before it."""
    for run in NAME_WORDS_RE.finditer(line, 0, RESTATED_NAME_MAX_HEADLINE_CHARS + 40):
        after = line[run.end():run.end() + 2]
        if after[:1] != " " or not after[1:2].islower():
            continue  # (the lead's verb, in lower case, follows the name it opens with)
        words = run.group().split(" ")
        for k in range(2, len(words) - 1):  # (the headline's name, at least two words; the lead's, two or more)
            head_end = run.start() + len(" ".join(words[:k]))
            restated = " ".join(words[k:])
            headline, lead = line[:head_end], line[head_end + 1:]
            if restated in headline \
                    and len(headline.split()) >= RESTATED_NAME_MIN_HEADLINE_WORDS \
                    and len(headline) <= RESTATED_NAME_MAX_HEADLINE_CHARS and len(lead) >= RESTATED_NAME_MIN_LEAD_CHARS \
                    and not INNER_SENTENCE_END_RE.search(headline):
                return headline, lead
    return None


def lead_restating_the_opening(line: str) -> tuple[str, str] | None:
    """A headline and its lead on one line, the lead opening with the headline's first two words
    and telling again what it says ("Le président Erdogan est arrivé à Dakar Le président turc,
    Recep Tayyip Erdogan, est arrivé …"): (the headline, the lead), or None. The headline of
    RESTATED_NAME_MIN_HEADLINE_WORDS words or more, no sentence ended in it; the two words
    capitalised again where the lead begins, and RESTATED_WORDS_SHARE of its other words
    (RESTATED_WORDS_MIN of them at least) in the lead's first words, as many characters as the
    headline's and RESTATED_LEAD_EXTRA_CHARS more (not "Prime Minister Lee met Prime Minister Hun
    Sen …", one sentence)."""
    words = line.split(" ", 2)
    if len(words) < 3 or not words[0][:1].isupper() or not words[1][:1].isalpha():
        return None
    opening = f" {words[0]} {words[1]} "
    at = line.find(opening, len(opening), RESTATED_NAME_MAX_HEADLINE_CHARS + 1)
    share = RESTATED_WORDS_SHARE
    if at < 0:
        # (or after an article, the first word in lower case: "Chanceler alemã visita hoje Angola … A
        #  chanceler alemã, Angela Merkel, inicia hoje uma visita …": the article capitalised where no
        #  sentence ended says as much as the words)
        restated = f"{words[0][:1].lower()}{words[0][1:]} {words[1]}"
        at = min((found for article in ARTICLES_BEFORE_RESTATED for end in (" ", ",")
                  if (found := line.find(f" {article} {restated}{end}", len(opening),
                                         RESTATED_NAME_MAX_HEADLINE_CHARS + 1)) >= 0), default=-1)
        if at < 0:
            return None
        share = RESTATED_AFTER_ARTICLE_SHARE
    headline, lead = line[:at], line[at + 1:]
    if len(headline.split()) < RESTATED_NAME_MIN_HEADLINE_WORDS or len(lead) < RESTATED_NAME_MIN_LEAD_CHARS \
            or not headline[-1:].isalnum() or INNER_SENTENCE_END_RE.search(headline):
        return None
    told = {w.casefold() for w in CONTENT_WORD_RE.findall(headline[len(opening) - 1:])}
    again = {w.casefold() for w in CONTENT_WORD_RE.findall(lead[:len(headline) + RESTATED_LEAD_EXTRA_CHARS])}
    if len(told) >= RESTATED_WORDS_MIN and len(told & again) >= share * len(told):
        return headline, lead
    return None


def notice_glued_after(line: str) -> tuple[str, str, str] | None:
    """A headline, a notice in capitals and the lead on one line ("Merkel verspricht Mali mehr Hilfe
    … BITTE ENTSCHULDIGEN SIE DIE … TON-QUALITÄT … Mali war die erste Station …"): (the headline, the
    notice, the lead), or None. The headline of a few words and no sentence ended in it; the notice
    of :data:`CAPS_NOTICE_MIN_WORDS` words in capitals or more; the lead long, in the case of prose."""
    for notice in CAPS_NOTICE_RE.finditer(line, 0, RESTATED_NAME_MAX_HEADLINE_CHARS + 1):
        headline, lead = line[:notice.start()].rstrip(), line[notice.end():].lstrip()
        if len(headline.split()) >= RESTATED_NAME_MIN_HEADLINE_WORDS and not INNER_SENTENCE_END_RE.search(headline) \
                and headline[-1:].isalpha() and not headline.isupper() and len(lead) >= RESTATED_NAME_MIN_LEAD_CHARS:
            return headline, notice.group().strip(), lead
    return None


def dateline_glued_after(line: str) -> tuple[str, str] | None:
    """A headline with the lead's wire dateline glued after it (:data:`DATELINE_GLUED_AFTER_RE`):
    (the headline, the lead), or None. The place is its last word, or the words the headline's own
    last word repeats ("… arrivé à Dakar Dakar, 21 juil (APS) - …"); after another capitalised word
    ("… au Sénégal Saint Louis, …") where the headline ends is not clear: None."""
    wired = DATELINE_GLUED_AFTER_RE.search(line)
    if wired is None:
        return None
    words = line[wired.start("dateline"):line.index(",", wired.start("dateline"))].split(" ")
    place = words[-1]
    before = line[:wired.start("dateline")].split() + words[:-1]
    if before and before[-1][:1].isupper() and before[-1] != place:
        return None
    at = wired.start("dateline") + len(" ".join(words[:-1])) + (1 if len(words) > 1 else 0)
    if len(line[:at].split()) < DATELINE_GLUED_MIN_WORDS:
        return None
    return line[:at].rstrip(), line[at:]


def stamp_between(line: str) -> tuple[str, str, str] | None:
    """A headline, the page's stamp and the lead with its dateline in capitals run together
    (:data:`STAMP_BETWEEN_RE`): (the headline, the stamp, the lead), or None."""
    between = STAMP_BETWEEN_RE.match(line) if ":" in line[:MAX_HEADLINE_CHARS + 20] else None
    if between is None or len(between.group("headline")) > MAX_HEADLINE_CHARS or not is_stamp(between.group("stamp")):
        return None
    return between.group("headline"), between.group("stamp"), between.group("lead")


# a headline in brackets, the lead run on after it on one line: "[ 安倍首相、イラン大統領と会談 ] 安倍晋三首相は12日午後…"
# (not an agency's dateline in brackets: "【ワシントン11月18日 共同】", a day in it)
BRACKETED_HEADLINE_RE = re.compile(r"^\s*[\[【]\s*(?P<headline>[^\[\]【】\d０-９]{8,80}?)\s*[\]】]\s*(?P<lead>\S.{20,})$")


def bracketed_headline(line: str) -> tuple[str, str] | None:
    """(the headline, the lead) of a line that opens with its headline in brackets, or None."""
    found = BRACKETED_HEADLINE_RE.match(line)
    return (found.group("headline"), found.group("lead")) if found else None

