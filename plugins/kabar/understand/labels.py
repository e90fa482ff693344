"""Is a line a photo's label of people rather than a headline? Pure module.

A page prints over a photo, and often right above or under the headline, who the photo shows:
names joined by short words ("Владимир Путин и Реджеп Тайип Эрдоган"), a title and one name
("President Vladimir Putin"), or a titled name and what only a label writes after it ("… and his
Hungarian counterpart", "… durante reunião bilateral com …"). A headline says what they did.
The people are those of :mod:`actors` (the listed leaders and ministers).
"""
from __future__ import annotations

import re

from .actors import find_people
from .country_matcher import country_named
from .offices import is_office_title, role_of_title

# what joins the names in a photo's label: punctuation and short words ("и", "and", "na") of the
# scripts written with spaces and without marks on their letters (a word of Hindi or Korean is
# short in characters)
TAG_COUNTRIES = 2  # countries' names a line of tags gives besides its people's, at least
LABEL_LINE_RE = re.compile(r"[\sa-zA-Z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff,.;:&/'’\-–—]+")
LOWER_WORD_RE = re.compile(r"(?<![^\W\d_])[a-z\u00df-\u00ff\u03ac-\u03ce\u0430-\u045f][^\W\d_]{3,}")
TITLED_NAME_MAX_CHARS = 80
TITLED_NAME_TITLE_WORDS = 3
LABEL_JOINERS_RE = re.compile(r"(?:[\s,.;:&/\-–—]|(?<![^\W\d_])[a-zA-Z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]{1,3}(?![^\W\d_]))*")
# what a photo's label says after the (titled) name of the one it shows, where a headline would say
# what they did: "... and his Hungarian counterpart" (nothing after it but a name), "... durante
# reunião bilateral com ...", "... during talks with ...", "... lors de sa visite ..."
LABEL_COUNTERPART_TAIL_RE = re.compile(
    r"\s*(?:and (?:his|her)|with (?:his|her)|y su|e (?:o )?seu|e (?:a )?sua|com (?:o )?seu|et son|et sa|avec son|"
    r"e il suo|e la sua|con il suo|und (?:sein(?:em)?|ihr(?:em)?))(?:\s+[^\W\d_]+){0,2}?\s+"
    r"(?:counterparts?|homólog[oa]s?|homolog[oa]s?|homologues?|omolog[oa]|Amtskolleg(?:e|en|in))\s*[,.]?")
LABEL_DURING_TAIL_RE = re.compile(
    r"\s*,?\s*(?:during|durante|lors d(?:e|u|es|’|')|pendant|während|nel corso d|tijdens|podczas|во время|під час)"
    r"(?![^\W\d_])")
LABEL_TAIL_MAX_CHARS = 200

def names_only(line: str) -> bool:
    """A line of listed people's names joined by short words and nothing else ("Владимир Путин и
    Реджеп Тайип Эрдоган", "Xi Jinping, Uhuru Kenyatta"), or one person's name after the title of
    an office ("President Vladimir Putin", "الرئيس عبد الفتاح السيسي"): a photo's label, not a
    headline, which says what they did ("Putin and Erdogan meet")."""
    if _titled_name(line) or _name_with_label_tail(line):
        return True
    if not LABEL_LINE_RE.fullmatch(line) or LOWER_WORD_RE.search(line):
        return False  # (most lines, at once: another script, or a word in lower case that says more)
    people = find_people(line)
    if not people:
        return False
    rest, end = [], 0
    for m in people:
        rest.append(line[end:m.start])
        end = max(end, m.end)
    rest.append(line[end:])
    left = " ".join(rest)
    if LABEL_JOINERS_RE.fullmatch(left) is not None:
        return True
    # (a page's tags: countries' names, two or more, among the people's, "France Kazakhstan
    #  Kassym-Jomart Tokayev Emmanuel Macron"; not "JACINDA ARDERN À PARIS", a headline)
    words = [word.strip(",.;:&/") for word in left.split() if not LABEL_JOINERS_RE.fullmatch(word)]
    return len(words) >= TAG_COUNTRIES and all(country_named(word, "en") for word in words)


def _titled_name(line: str) -> bool:
    """The line is a title and one listed person's name, nothing else ("President Vladimir Putin")."""
    if len(line) > TITLED_NAME_MAX_CHARS:
        return False
    people = find_people(line)
    if len(people) != 1 or line[people[0].end:].strip(" .,:"):
        return False
    title = line[:people[0].start].strip()
    return bool(title) and len(title.split()) <= TITLED_NAME_TITLE_WORDS and LOWER_WORD_RE.search(title) is None \
        and _a_title(title)  # ("Meeting with President of Vietnam Nguyen Xuan Phuc" says more)


def _a_title(title: str) -> bool:
    """An office's title before a name: in a script with capitals, or one written without spaces,
    words that hold one ("Polish PM", "奥地利总统"); in another, the title alone or after one word, the
    country's ("রাশিয়ার প্রেসিডেন্ট"): a Bengali headline puts its subject last ("জাপান সফরে
    প্রধানমন্ত্রী <name>", on a tour of Japan the prime minister …)."""
    if LABEL_LINE_RE.fullmatch(title) or " " not in title.strip():
        return role_of_title(title) is not None
    words = title.split()
    return is_office_title(title) or len(words) == 2 and is_office_title(words[-1])


def _name_with_label_tail(line: str) -> bool:
    """A listed person's name (after the title of an office, or alone at the start) and then what
    only a photo's label writes: "Polish PM Mateusz Morawiecki and his Hungarian counterpart" (and
    at most a name after it), "Presidente Michel Temer durante reunião bilateral com …" (no
    sentence end). A headline says what they did ("Morawiecki meets his Hungarian counterpart")."""
    if len(line) > LABEL_TAIL_MAX_CHARS or not line[-1:].isalnum():
        return False
    people = find_people(line)
    if not people:
        return False
    first = people[0]
    title = line[:first.start].strip()
    if title and (len(title.split()) > TITLED_NAME_TITLE_WORDS or LOWER_WORD_RE.search(title) is not None
                  or not _a_title(title)):
        return False
    if LABEL_DURING_TAIL_RE.match(line, first.end):
        return True
    tail = LABEL_COUNTERPART_TAIL_RE.match(line, first.end)
    if tail is None:
        return False
    end = tail.end()
    return not line[end:].strip() or any(m.start >= end and not line[end:m.start].strip(" ,")
                                         and not line[m.end:].strip(" .,") for m in people[1:])
