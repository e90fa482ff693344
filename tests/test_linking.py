"""Tests of kabar.linking: which articles report the same event."""
from __future__ import annotations

import random
import re
from dataclasses import replace
from collections import Counter
from pathlib import Path

import pytest

from kabar.linking import (
    Event,
    LinkArticle,
    Overrides,
    OverridesError,
    FeatureCaches,
    article_features,
    extract_names,
    extract_numbers,
    link_articles,
    parse_overrides,
)
from kabar.linking.clustering import _cluster
from kabar.linking.memo import LinkMemo, memo_from_json, memo_to_json
from kabar.linking.name_keys import name_key
from kabar.linking.scoring import _countries_compatible
from tools.synth import generate

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"

# What the understanding pipeline is expected to extract from each seed.
SEEDS = {
    "000_06b0b86595874586": ("id", "2024-03-04", ("RU", "VN")),
    "001_7ff7be71dc824154": ("en", "2024-03-04", ("RU", "VN")),
    "002_efd61fdd13e087d9": ("id", "2021-11-29", ("RU", "VN")),
    "003_0aaafbac266f0616": ("id", "2025-05-10", ("RU", "VN")),
    "004_56cefd4969a7a478": ("id", "2021-06-21", ("SG", "VN")),
}
BOILERPLATE = ("Komentar", "Chia sẻ")


def seed_article(stem: str) -> LinkArticle:
    raw = (SEEDS_DIR / f"{stem}.txt").read_text(encoding="utf-8")
    raw = raw.split("TIN LIÊN QUAN")[0]  # 001's list of unrelated headlines
    lines = [line for line in raw.splitlines() if line.strip() and not line.startswith(BOILERPLATE)]
    lang, date, countries = SEEDS[stem]
    return LinkArticle(stem, lang, lines[0], "\n".join(lines), date, countries)


def article(id_: str, text: str, date: str | None, countries=("RU", "VN"), lang: str = "en") -> LinkArticle:
    return LinkArticle(id_, lang, text.split("\n", 1)[0], text, date, tuple(countries))


@pytest.fixture(scope="module")
def seeds() -> list[LinkArticle]:
    return [seed_article(stem) for stem in SEEDS]


def event_of(events: list[Event], article_id: str) -> Event:
    found = [e for e in events if article_id in e.article_ids]
    assert len(found) == 1, f"{article_id} is in {len(found)} events"
    return found[0]


def groups(events: list[Event]) -> set[tuple[str, ...]]:
    return {e.article_ids for e in events}


# A third-language report of the 000/001 event (French, Vietnamese spelling of names).
FRENCH_000 = """Vietnam-Russie : 13e dialogue stratégique à Hanoï
Le vice-ministre permanent des Affaires étrangères Nguyễn Minh Vũ et le premier vice-ministre russe des \
Affaires étrangères Vladimir Titov ont coprésidé le 4 mars 2024 à Hà Nội le 13e dialogue stratégique \
diplomatie-défense-sécurité Vietnam-Russie.
Les deux parties ont passé en revue la coopération bilatérale et préparé le 30e anniversaire du Traité \
sur les principes fondamentaux des relations amicales (1994) et le 75e anniversaire des relations \
diplomatiques (1950-2025)."""

# Same day, same pair as 000/001, but other events (one shares Nguyen Minh Vu).
SAME_DAY_OTHER_EVENT_1 = """Deputy Foreign Minister receives Russian ambassador
Standing Deputy Foreign Minister Nguyen Minh Vu received Russian Ambassador Gennady Bezdetko in Hanoi on \
March 4, 2024 to discuss consular cooperation and the protection of citizens.
Ambassador Bezdetko thanked the ministry for supporting 1,200 Russian tourists stranded in Nha Trang."""
SAME_DAY_OTHER_EVENT_2 = """Forum Bisnis Rusia-Vietnam di Kota Ho Chi Minh
Wakil Menteri Perindustrian dan Perdagangan Vietnam Phan Thi Thang dan Wakil Menteri Pembangunan Ekonomi \
Rusia Sergei Kuznetsov membuka Forum Bisnis Rusia-Vietnam ke-5 di Kota Ho Chi Minh pada tanggal 4 Maret 2024.
Sebanyak 320 badan usaha menghadiri forum tersebut."""

# Same day, another pair, naming the very people of 000/001 (e.g. in passing).
SAME_DAY_OTHER_PAIR = """Vietnam, Singapore hold political consultation
Standing Deputy Foreign Minister Nguyen Minh Vu and Singaporean Permanent Secretary Albert Chua co-chaired \
the 12th political consultation in Hanoi on March 4, 2024. Earlier in the day Vu had met Russian First \
Deputy Foreign Minister Vladimir Titov."""

# The 000/001 event in English with Vietnamese diacritics (Nguyễn Minh Vũ, Hà Nội).
DIACRITICS_001 = """Vietnam and Russia review ties at strategic dialogue
Deputy Foreign Minister Nguyễn Minh Vũ and Russia's First Deputy Foreign Minister Vladimir Titov met in \
Hà Nội on March 4, 2024 for the 13th diplomacy-defence-security strategic dialogue between the two countries."""


# --------------------------------------------------------------------------
# Seeds


def test_seed_reports_of_one_event_share_an_event(seeds):
    events = link_articles(seeds)
    assert groups(events) == {
        ("000_06b0b86595874586", "001_7ff7be71dc824154"),
        ("002_efd61fdd13e087d9",),
        ("003_0aaafbac266f0616",),
        ("004_56cefd4969a7a478",),
    }


def test_every_article_in_exactly_one_event_and_events_sorted(seeds):
    events = link_articles(seeds)
    members = Counter(a for e in events for a in e.article_ids)
    assert set(members) == set(SEEDS) and set(members.values()) == {1}
    assert [e.id for e in events] == sorted(e.id for e in events)
    for e in events:
        assert list(e.article_ids) == sorted(e.article_ids)
        assert all(link.a < link.b for link in e.links)


def test_event_date_and_countries(seeds):
    ev = event_of(link_articles(seeds), "000_06b0b86595874586")
    assert ev.date == "2024-03-04"
    assert ev.countries == ("RU", "VN")
    lone = event_of(link_articles(seeds), "004_56cefd4969a7a478")
    assert (lone.date, lone.countries, lone.links) == ("2021-06-21", ("SG", "VN"), ())


def test_evidence_lists_shared_names_and_date(seeds):
    ev = event_of(link_articles(seeds), "000_06b0b86595874586")
    (link,) = ev.links
    assert (link.a, link.b) == ("000_06b0b86595874586", "001_7ff7be71dc824154")
    assert {"Nguyen Minh Vu", "Vladimir Titov"} <= set(link.evidence["names"])
    assert link.evidence["dates"] == ["2024-03-04"]
    assert link.evidence["days_apart"] == 0
    assert link.evidence["countries"] == ["RU", "VN"]
    assert {"30", "75"} <= set(link.evidence["numbers"])
    assert link.score > 0


# --------------------------------------------------------------------------
# Distractors and variants


def test_same_pair_same_day_other_events_stay_apart(seeds):
    extra = [
        article("x-ambassador", SAME_DAY_OTHER_EVENT_1, "2024-03-04"),
        article("x-forum", SAME_DAY_OTHER_EVENT_2, "2024-03-04", lang="id"),
    ]
    events = link_articles(seeds + extra)
    assert event_of(events, "x-ambassador").article_ids == ("x-ambassador",)
    assert event_of(events, "x-forum").article_ids == ("x-forum",)
    assert event_of(events, "000_06b0b86595874586").article_ids == (
        "000_06b0b86595874586", "001_7ff7be71dc824154")


def test_same_day_other_pair_never_links_even_with_shared_names(seeds):
    events = link_articles(seeds + [article("x-sg", SAME_DAY_OTHER_PAIR, "2024-03-04", ("SG", "VN"))])
    assert event_of(events, "x-sg").article_ids == ("x-sg",)


def test_spelling_variants_link(seeds):
    events = link_articles(seeds + [article("x-diacritics", DIACRITICS_001, "2024-03-04")])
    assert event_of(events, "x-diacritics").article_ids == (
        "000_06b0b86595874586", "001_7ff7be71dc824154", "x-diacritics")


@pytest.mark.parametrize("a, b", [
    ("Nguyễn Minh Vũ", "Nguyen Minh Vu"),
    ("Hà Nội", "Hanoi"),
    ("Ha Noi", "Hanoi"),
    ("Hanoï", "Hanoi"),
    ("Tô Lâm", "To Lam"),
])
def test_name_keys_ignore_diacritics_and_spaces(a, b):
    text = "The meeting with {} was held in the capital."
    keys_a = set(extract_names(text.format(a)))
    keys_b = set(extract_names(text.format(b)))
    assert keys_a & keys_b


@pytest.mark.parametrize("text, not_names", [
    ("The Uzbek side and Kazakh President Aliya Serikova signed the accord with Ravshan Tursunov.",
     ("Uzbek", "Kazakh")),
    ("Uzbeks and Kazakhstanis welcomed Ravshan Tursunov; Uzbekistani officials met Aliya Serikova.",
     ("Uzbeks", "Kazakhstanis", "Uzbekistani")),
])
def test_a_people_s_adjective_is_no_name(text, not_names):
    """"Uzbek", "Kazakh", "Uzbekistani" name no one: two reports of different meetings that share
    them share no person (data/country_demonyms.json)."""
    keys = set(extract_names(text))
    assert {name_key("Aliya Serikova"), name_key("Ravshan Tursunov")} <= keys, keys
    assert not keys & {name_key(n) for n in not_names}, keys


@pytest.mark.parametrize("cyrillic, latin, meet", [
    # a name written in Cyrillic meets its Latin spelling, whatever the transliteration
    ("Мехмет Айдын", "Mehmet Aydın", True),
    ("Наталья Морозова", "Natalia Morozova", True),
    ("Чжао Чжиюань", "Zhao Zhiyuan", True),
    ("Сергей Лавров", "Sergey Lavrov", True),
    ("Джоко Видодо", "Joko Widodo", True),
    # ... or spelt as another language hears it (the names' consonant skeletons meet)
    ("Сабина Шефер", "Sabine Schäfer", True),
    ("Ибрагим Окафор", "Ibrahim Okafor", True),
    ("Штефан Фогель", "Stefan Vogel", True),
    ("Андрес Кинтеро", "Andrés Quintero", True),
    # other people do not
    ("Наталья Морозова", "Natalia Moroz", False),
    ("Мехмет Айдын", "Mehmet Aydemir", False),
])
def test_name_keys_meet_across_scripts(cyrillic, latin, meet):
    keys_a = set(extract_names(f"Встреча с {cyrillic} прошла в столице."))
    keys_b = set(extract_names(f"The meeting with {latin} was held in the capital."))
    # (the whole name or its skeleton, not a short word of it)
    full = {k for k in keys_a & keys_b if len(k) >= 8 or k.startswith("~")}
    assert bool(full) is meet


def test_third_language_report_joins(seeds):
    events = link_articles(seeds + [article("x-fr", FRENCH_000, "2024-03-04", lang="fr")])
    ev = event_of(events, "x-fr")
    assert ev.article_ids == ("000_06b0b86595874586", "001_7ff7be71dc824154", "x-fr")
    assert len(ev.links) == 3


def test_same_language_reports_join():
    a = article("en-a", DIACRITICS_001, "2024-03-04")
    b = article("en-b", (SEEDS_DIR / "001_7ff7be71dc824154.txt").read_text().split("TIN LIÊN QUAN")[0],
                "2024-03-04")
    assert groups(link_articles([a, b])) == {("en-a", "en-b")}


def test_dates_beyond_the_window_never_link(seeds):
    late = article("x-late", DIACRITICS_001.replace("March 4", "March 9"), "2024-03-09")
    events = link_articles(seeds + [late])
    assert event_of(events, "x-late").article_ids == ("x-late",)
    wide = link_articles(seeds + [late], window_days=7)
    assert "x-late" in event_of(wide, "000_06b0b86595874586").article_ids


def test_article_without_a_pair_links_only_on_strong_evidence(seeds):
    """Country extraction found one country only: names, figures and date must all agree."""
    same = article("x-single", DIACRITICS_001, "2024-03-04", ("VN",))
    other = article("x-single-other", SAME_DAY_OTHER_EVENT_1, "2024-03-04", ("VN",))
    events = link_articles(seeds + [same, other])
    assert "x-single" in event_of(events, "000_06b0b86595874586").article_ids
    assert event_of(events, "x-single-other").article_ids == ("x-single-other",)


def test_undated_article_needs_more_than_one_shared_name(seeds):
    undated = article("x-undated", SAME_DAY_OTHER_EVENT_1, None)
    events = link_articles(seeds + [undated])
    assert event_of(events, "x-undated").article_ids == ("x-undated",)


@pytest.mark.parametrize("a, b, ok", [
    (("RU", "VN"), ("RU", "VN"), True),
    (("RU", "VN"), ("SG", "VN"), False),
    (("RU", "VN"), ("VN",), True),
    (("RU", "VN"), ("SG",), False),
    (("RU", "VN"), (), True),
    (("CN", "RU", "VN"), ("RU", "VN"), True),
    (("CN", "RU", "VN"), ("SG", "VN"), False),
])
def test_country_compatibility(a, b, ok):
    assert _countries_compatible(a, b) is ok
    assert _countries_compatible(b, a) is ok


@pytest.mark.parametrize("text, value, ordinal", [
    ("the 13th dialogue", "13", True),
    ("Dialog Strategis ke-13", "13", True),
    ("đối thoại chiến lược lần thứ 13", "13", True),
    ("le 13e dialogue", "13", True),
    ("the 75th anniversary", "75", True),
    ("mencapai 4,85 miliar USD", "4.85", False),
    ("reached 4.85 billion USD", "4.85", False),
    ("sebanyak 1.000 orang", "1000", False),
    ("some 1,000 people", "1000", False),
    ("in 2023", "2023", False),
])
def test_numbers_are_normalised(text, value, ordinal):
    numbers = extract_numbers(text)
    assert value in numbers
    assert numbers[value] is ordinal


def test_odd_input():
    assert link_articles([]) == []
    (ev,) = link_articles([article("x", "", "2024-02-30", ("VN", "RU"))])  # impossible date, unsorted pair
    assert (ev.article_ids, ev.date, ev.countries, ev.links) == (("x",), "2024-02-30", ("RU", "VN"), ())


def test_input_order_and_duplicates_do_not_matter(seeds):
    shuffled = seeds[:]
    random.Random(3).shuffle(shuffled)
    assert link_articles(shuffled) == link_articles(seeds)
    assert link_articles(seeds + [seeds[0]]) == link_articles(seeds)


def test_features_computed_elsewhere_give_the_same_events(seeds):
    """The reading processes compute each article's features, each process with its own
    caches; the events, scores and evidence must be those of computing them in one call."""
    articles = seeds + [LinkArticle(a.name, a.lang, a.text.split("\n", 1)[0], a.text, a.date, a.countries)
                        for a in generate(120, seed=9)]
    first, second = FeatureCaches(), FeatureCaches()
    given = {a.id: article_features(a, first if n % 2 else second) for n, a in enumerate(reversed(articles))}
    expected = link_articles(articles)
    assert sum(len(e.article_ids) > 1 for e in expected) > 10
    assert link_articles(articles, features=given) == expected
    partly = {k: v for n, (k, v) in enumerate(sorted(given.items())) if n % 3}
    assert link_articles(articles, features=partly) == expected


# --------------------------------------------------------------------------
# Stable event ids


def test_event_ids_stable_under_unrelated_articles_and_shuffling(seeds):
    before = {e.article_ids: e.id for e in link_articles(seeds)}
    unrelated = [LinkArticle(f"zz-{a.name}", a.lang, a.text.split("\n", 1)[0], a.text, a.date, a.countries)
                 for a in generate(60, seed=4)]
    mixed = seeds + unrelated
    random.Random(7).shuffle(mixed)
    after = {e.article_ids: e.id for e in link_articles(mixed)}
    for ids, event_id in before.items():
        assert after[ids] == event_id


def test_event_id_is_derived_from_members_not_position(seeds):
    ids = {e.id for e in link_articles(seeds)}
    assert len(ids) == len(SEEDS) - 1
    assert all(i.startswith("ev-") for i in ids)
    alone = link_articles([seeds[4]])[0]
    assert alone.id == event_of(link_articles(seeds), "004_56cefd4969a7a478").id


# --------------------------------------------------------------------------
# Overrides


def test_override_together_joins_unrelated_articles(seeds):
    ov = Overrides(together=(("002_efd61fdd13e087d9", "003_0aaafbac266f0616"),))
    ev = event_of(link_articles(seeds, ov), "002_efd61fdd13e087d9")
    assert ev.article_ids == ("002_efd61fdd13e087d9", "003_0aaafbac266f0616")
    (link,) = ev.links
    assert link.evidence["override"] == "together"


def test_override_together_is_transitive(seeds):
    ov = Overrides(together=(("002_efd61fdd13e087d9", "003_0aaafbac266f0616"),
                             ("003_0aaafbac266f0616", "004_56cefd4969a7a478")))
    ev = event_of(link_articles(seeds, ov), "004_56cefd4969a7a478")
    assert ev.article_ids == ("002_efd61fdd13e087d9", "003_0aaafbac266f0616", "004_56cefd4969a7a478")


def test_override_apart_wins_over_a_strong_link(seeds):
    ov = Overrides(apart=(("000_06b0b86595874586", "001_7ff7be71dc824154"),))
    events = link_articles(seeds, ov)
    assert event_of(events, "000_06b0b86595874586").article_ids == ("000_06b0b86595874586",)
    assert event_of(events, "001_7ff7be71dc824154").article_ids == ("001_7ff7be71dc824154",)


def test_override_apart_holds_transitively(seeds):
    """000-001, 001-fr and 000-fr all link; 000 and fr kept apart must not meet through 001."""
    fr = article("x-fr", FRENCH_000, "2024-03-04", lang="fr")
    assert len(event_of(link_articles(seeds + [fr]), "x-fr").article_ids) == 3
    ov = Overrides(apart=(("000_06b0b86595874586", "x-fr"),))
    events = link_articles(seeds + [fr], ov)
    assert event_of(events, "x-fr") != event_of(events, "000_06b0b86595874586")
    assert "001_7ff7be71dc824154" in (event_of(events, "x-fr").article_ids
                                      + event_of(events, "000_06b0b86595874586").article_ids)


def test_override_naming_unknown_articles_is_ignored(seeds):
    ov = Overrides(together=(("000_06b0b86595874586", "nope"),), apart=(("nope", "001_7ff7be71dc824154"),))
    assert groups(link_articles(seeds, ov)) == groups(link_articles(seeds))


KNOWN = {stem: stem for stem in SEEDS} | {f"{stem}.txt": stem for stem in SEEDS}


def test_parse_overrides_reads_file_names_and_ids():
    text = """
[[together]]
articles = ["000_06b0b86595874586.txt", "001_7ff7be71dc824154"]
note = "same dialogue"

[[apart]]
articles = ["002_efd61fdd13e087d9.txt", "003_0aaafbac266f0616.txt", "004_56cefd4969a7a478.txt"]
"""
    overrides, problems = parse_overrides(text, KNOWN)
    assert problems == []
    assert overrides.together == (("000_06b0b86595874586", "001_7ff7be71dc824154"),)
    assert overrides.apart == (
        ("002_efd61fdd13e087d9", "003_0aaafbac266f0616"),
        ("002_efd61fdd13e087d9", "004_56cefd4969a7a478"),
        ("003_0aaafbac266f0616", "004_56cefd4969a7a478"),
    )


def test_parse_overrides_reports_unknown_names_without_failing():
    text = """
[[together]]
articles = ["000_06b0b86595874586.txt", "999_missing.txt", "001_7ff7be71dc824154.txt"]
"""
    overrides, problems = parse_overrides(text, KNOWN)
    assert overrides.together == (("000_06b0b86595874586", "001_7ff7be71dc824154"),)
    assert len(problems) == 1
    assert "together #1" in problems[0] and "999_missing.txt" in problems[0]


@pytest.mark.parametrize("text, fragment", [
    ("[[together]]\narticles = [\"000_06b0b86595874586.txt\"]\n", "fewer than 2"),
    ("[[apart]]\narticles = [\"nope.txt\", \"001_7ff7be71dc824154.txt\"]\n", "fewer than 2"),
    ("[[merge]]\narticles = []\n", "unknown section"),
])
def test_parse_overrides_problems(text, fragment):
    overrides, problems = parse_overrides(text, KNOWN)
    assert any(fragment in p for p in problems), problems
    assert overrides.together == () and overrides.apart == ()


@pytest.mark.parametrize("text, fragment", [
    ("[[together]\narticles = 3\n", "not valid TOML (Expected ']]' at the end of an array declaration (at line 1"),
    ("[[together]]\nnote = \"no list\"\n", "together #1 needs an 'articles' list"),
    ("[together]\narticles = [\"a\", \"b\"]\n", "array of tables"),
])
def test_overrides_that_are_not_overrides_are_refused(text, fragment):
    with pytest.raises(OverridesError, match=re.escape(fragment)):
        parse_overrides(text, KNOWN)


def test_parse_overrides_reports_together_apart_conflict():
    text = """
[[together]]
articles = ["000_06b0b86595874586.txt", "001_7ff7be71dc824154.txt"]
[[apart]]
articles = ["001_7ff7be71dc824154.txt", "000_06b0b86595874586.txt"]
"""
    _, problems = parse_overrides(text, KNOWN)
    assert any("both together and apart" in p for p in problems)


# --------------------------------------------------------------------------
# Clustering


@pytest.mark.parametrize("links, expected", [
    # a chain of strong links does not drag strangers together
    ({(0, 1): 3.0, (1, 2): 2.5, (2, 3): 2.0}, [[0, 1, 2], [3]]),
    # a clique joins
    ({(0, 1): 3.0, (0, 2): 2.0, (1, 2): 2.0, (0, 3): 1.5, (1, 3): 1.5}, [[0, 1, 2, 3]]),
    # two pairs bridged by one link stay two events
    ({(0, 1): 3.0, (2, 3): 3.0, (1, 2): 2.0}, [[0, 1], [2, 3]]),
    ({}, [[0], [1], [2], [3]]),
])
def test_cluster_avoids_chaining(links, expected):
    assert sorted(_cluster(4, links)) == expected


def test_cluster_apart_and_together():
    links = {(0, 1): 3.0, (1, 2): 3.0, (0, 2): 3.0}
    assert sorted(_cluster(3, links, apart=[(0, 2)])) in ([[0, 1], [2]], [[0], [1, 2]])
    assert sorted(_cluster(3, {}, together=[[0, 2]])) == [[0, 2], [1]]
    assert sorted(_cluster(3, links, together=[[0, 2]], apart=[(0, 2)])) == [[0, 1, 2]]


# --------------------------------------------------------------------------
# Synthetic corpus


def pairwise(events: list[Event], truth: dict[str, str]) -> tuple[float, float]:
    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    predicted = sum(pairs(len(e.article_ids)) for e in events)
    correct = sum(pairs(n) for e in events for n in Counter(truth[a] for a in e.article_ids).values())
    actual = sum(pairs(n) for n in Counter(truth.values()).values())
    return correct / max(predicted, 1), correct / max(actual, 1)


def test_synthetic_corpus_precision():
    synth = generate(400, seed=2024)
    articles = [LinkArticle(a.name, a.lang, a.text.split("\n", 1)[0], a.text, a.date, a.countries) for a in synth]
    truth = {a.name: a.event_key for a in synth}
    assert sum(n > 1 for n in Counter(truth.values()).values()) > 100  # plenty to link
    precision, recall = pairwise(link_articles(articles), truth)
    assert precision >= 0.95
    assert recall >= 0.7


# One pair meeting twice on one trip: briefly at a summit in a third country, then for talks in the
# host's capital two days later; and a report of a phone call said from each capital. (Texts
# written for the tests.)
SIDELINES = """Ruiz and Haaland meet briefly at the summit
President Elena Ruiz and Prime Minister Tor Haaland met briefly on the sidelines of the ocean \
summit in Mombasa, Kenya, on Saturday, and agreed to hold full talks on Monday."""
SIDELINES_ES = """Ruiz y Haaland se saludan en la cumbre
La presidenta Elena Ruiz y el primer ministro Tor Haaland conversaron brevemente en Mombasa, Kenia, \
el sábado, al margen de la cumbre del océano, y acordaron reunirse en Lima el lunes."""
TALKS = """Ruiz and Haaland hold talks in Lima
President Elena Ruiz received Prime Minister Tor Haaland in Lima on Monday for talks on fisheries and \
copper, two days after they met briefly at the ocean summit in Mombasa."""
TALKS_ES = """Ruiz y Haaland firman acuerdos en Lima
La presidenta Elena Ruiz recibió al primer ministro Tor Haaland en Lima el lunes; firmaron acuerdos \
de pesca y cobre, dos días después de su encuentro en la cumbre del océano."""


def test_one_pair_meeting_twice_in_two_countries_makes_two_events():
    reports = [article("a", SIDELINES, "2026-03-07", ("NO", "PE")),
               article("b", SIDELINES_ES, "2026-03-07", ("NO", "PE"), lang="es"),
               article("c", TALKS, "2026-03-09", ("NO", "PE")),
               article("d", TALKS_ES, "2026-03-09", ("NO", "PE"), lang="es")]
    assert groups(link_articles(reports)) == {("a", "b"), ("c", "d")}
    # the only two reports of the pair within days, naming the two leaders: still two meetings
    assert groups(link_articles([reports[0], reports[2]])) == {("a",), ("c",)}
    # a report of the talks that gives no day does not join the summit's meeting
    undated = article("e", TALKS, None, ("NO", "PE"))
    assert ("a", "b", "e") not in groups(link_articles(reports[:2] + [undated]))


CALL_A = """Ruiz and Haaland speak by phone
President Elena Ruiz and Prime Minister Tor Haaland spoke by phone on Tuesday about fisheries quotas, \
the presidency said in Lima."""
CALL_B = """Haaland and Ruiz discuss fisheries by phone
Prime Minister Tor Haaland and President Elena Ruiz discussed fisheries quotas by telephone on Tuesday, \
the government said in Oslo."""


def test_a_call_reported_from_both_capitals_is_one_event():
    reports = [article("a", CALL_A, "2026-04-07", ("NO", "PE")), article("b", CALL_B, "2026-04-08", ("NO", "PE"))]
    assert groups(link_articles(reports)) == {("a", "b")}


def test_a_report_without_a_day_joins_the_event_held_in_the_country_it_names():
    """Two dated reports of talks in Hanoi, and a third in another language that gives no day and
    shares no other name with them: its lead sets the meeting in Viet Nam too."""
    dated = [article("a", "Albanese holds talks with Luong Cuong\nAustralian Prime Minister Anthony Albanese held "
                          "talks with President Luong Cuong in Hanoi on Monday on critical minerals.",
                     "2026-06-01", ("AU", "VN")),
             article("b", "Luong Cuong receives Albanese\nPresident Luong Cuong received Australian Prime Minister "
                          "Anthony Albanese in Hanoi on Monday; they discussed education.", "2026-06-01", ("AU", "VN"))]
    undated = ("Albanese bertemu Luong Cuong\nPerdana Menteri Australia Anthony Albanese dan Presiden Luong Cuong "
               "bertemu di Vietnam dan menandatangani kesepakatan.")
    joined = groups(link_articles(dated + [article("c", undated, None, ("AU", "VN"), lang="id")]))
    assert ("a", "b", "c") in joined
    # without a country named for the meeting, nothing else it shares says which meeting it is
    elsewhere = undated.replace(" di Vietnam", "")
    assert ("a", "b") in groups(link_articles(dated + [article("c", elsewhere, None, ("AU", "VN"), lang="id")]))


def test_two_reports_without_a_day_set_in_one_country_are_one_event():
    """Neither gives a day, and neither names the other's place word for word ("Hanoi" and
    "Vietnam"): both leads set the talks of the same two leaders in Viet Nam."""
    en = article("a", "Albanese holds talks with Luong Cuong\nAustralian Prime Minister Anthony Albanese held "
                      "talks with President Luong Cuong in Hanoi on critical minerals.", None, ("AU", "VN"))
    id_ = article("b", "Albanese bertemu Luong Cuong\nPerdana Menteri Australia Anthony Albanese dan Presiden "
                       "Luong Cuong bertemu di Vietnam dan menandatangani kesepakatan.", None, ("AU", "VN"), lang="id")
    assert groups(link_articles([en, id_])) == {("a", "b")}
    # set in two countries, they stay apart
    other = article("b", id_.text.replace("di Vietnam", "di Australia"), None, ("AU", "VN"), lang="id")
    assert groups(link_articles([en, other])) == {("a",), ("b",)}


def test_a_report_without_a_day_and_one_with_a_weekday_join_only_when_no_other_names_the_two():
    """One report says "on Monday", the other gives no day at all; both set the talks in Hanoi.
    Alone they are one meeting; with a third report naming the same two leaders (another visit to
    the same capital, months apart, whose day is not told either) a weekday says nothing of which."""
    monday = replace(article("a", "Albanese holds talks with Luong Cuong\nAustralian Prime Minister Anthony "
                                  "Albanese held talks with President Luong Cuong in Hanoi on Monday on critical "
                                  "minerals.", None, ("AU", "VN")), weekday=0)
    no_day = article("b", "Albanese bertemu Luong Cuong\nPerdana Menteri Australia Anthony Albanese dan Presiden "
                          "Luong Cuong bertemu di Hanoi dan membahas mineral kritis.", None, ("AU", "VN"), lang="id")
    assert groups(link_articles([monday, no_day])) == {("a", "b")}
    another = article("c", "Luong Cuong receives Albanese\nPresident Luong Cuong received Australian Prime Minister "
                           "Anthony Albanese in Hanoi for talks on education.", None, ("AU", "VN"))
    assert not any({"a", "b"} <= set(group) for group in groups(link_articles([monday, no_day, another])))


@pytest.mark.parametrize("other_day, together", [((12, 12), True), ((13, 13), False)])
def test_two_reports_without_a_year_that_write_one_day_are_one_event(other_day, together):
    """Neither sets the meeting in a place nor gives a year; one writes "12 June", the other the day
    of the month alone (a Japanese "12日"): the same two leaders on that day are one meeting; on
    another day, two."""
    en = replace(article("a", "Albanese holds talks with Luong Cuong\nAustralian Prime Minister Anthony Albanese "
                              "held talks with President Luong Cuong on 12 June on critical minerals.", None,
                         ("AU", "VN")), month_day="06-12")
    other = replace(article("b", "Albanese meets Luong Cuong\nPrime Minister Anthony Albanese and President Luong "
                                 "Cuong agreed to expand cooperation in education.", None, ("AU", "VN")),
                    day_of_month=other_day)
    assert (("a", "b") in groups(link_articles([en, other]))) is together


# A report that gives no day, and whose lead names one of the two leaders (the other further down)
HANOI_A = ("Albanese holds talks with Luong Cuong\nAustralian Prime Minister Anthony Albanese held talks with "
           "President Luong Cuong in Hanoi on Monday on critical minerals and student visas.")
HANOI_B = ("Luong Cuong receives Albanese\nPresident Luong Cuong received Australian Prime Minister Anthony "
           "Albanese in Hanoi on Monday; they discussed critical minerals.")
ONE_LEADER = ("Albanese di Hanoi\nPerdana Menteri Australia Anthony Albanese pada Senin membahas mineral kritis "
              "dan visa pelajar.\nKedua pihak juga membahas kerja sama pendidikan dan energi bersih.\n"
              "Kunjungan ini adalah yang pertama sejak pemilihan umum tahun lalu.\n"
              "Dalam pertemuan itu Presiden Luong Cuong menyambut baik rencana tersebut.")


@pytest.mark.parametrize("text, weekday, joins", [
    (ONE_LEADER, 0, True),  # (Monday 1 June 2026)
    # another weekday: another meeting
    (ONE_LEADER.replace("pada Senin", "pada Kamis"), 3, False),
    # no weekday, and no place to set it where the event is: nothing says which meeting it is
    (ONE_LEADER.replace("pada Senin ", "").replace(" di Hanoi", ""), None, False),
    # no weekday, only the city: the place sets it where the event is, but it is not also the
    # other name shared besides the leader (another visit to the same capital would have it too)
    ("Albanese di Hanoi\nPerdana Menteri Australia Anthony Albanese tiba di Hanoi untuk kunjungan kenegaraan.\n"
     "Kedua pihak membahas kerja sama pendidikan dan energi bersih.\n", None, False),
])
def test_a_report_naming_one_leader_in_its_lead_joins_the_one_event_it_fits(text, weekday, joins):
    dated = [article("a", HANOI_A, "2026-06-01", ("AU", "VN")), article("b", HANOI_B, "2026-06-01", ("AU", "VN"))]
    undated = replace(article("c", text, None, ("AU", "VN"), lang="id"), weekday=weekday)
    assert (("a", "b", "c") in groups(link_articles(dated + [undated]))) is joins


def test_a_report_naming_one_leader_does_not_choose_between_two_events():
    dated = [article("a", HANOI_A, "2026-06-01", ("AU", "VN")), article("b", HANOI_B, "2026-06-01", ("AU", "VN")),
             article("d", HANOI_A.replace("student visas", "clean energy"), "2027-03-01", ("AU", "VN")),
             article("e", HANOI_B.replace("critical minerals", "clean energy"), "2027-03-01", ("AU", "VN"))]
    undated = replace(article("c", ONE_LEADER, None, ("AU", "VN"), lang="id"), weekday=0)
    assert ("c",) in groups(link_articles(dated + [undated]))


ST_PETERSBURG_RU = ("Путин и Эрдоган провели переговоры\nПрезидент России Владимир Путин и президент Турции Реджеп "
                    "Тайип Эрдоган провели переговоры в Санкт-Петербурге во вторник.")
ST_PETERSBURG_EN = ("Putin and Erdogan meet in St Petersburg\nPresident Vladimir Putin hosted Turkish President Recep "
                    "Tayyip Erdogan in St Petersburg for talks on trade and gas.")


def test_a_place_in_another_case_and_script_is_the_same_place():
    """"в Санкт-Петербурге" (locative) and "in St Petersburg": one place, so the report that gives
    no day joins the talks; set in Ankara, it does not."""
    dated = article("a", ST_PETERSBURG_RU, "2026-08-04", ("RU", "TR"), lang="ru")
    undated = article("b", ST_PETERSBURG_EN, None, ("RU", "TR"))
    assert groups(link_articles([dated, undated])) == {("a", "b")}
    elsewhere = article("b", ST_PETERSBURG_EN.replace("St Petersburg", "Ankara"), None, ("RU", "TR"))
    assert groups(link_articles([dated, elsewhere])) == {("a",), ("b",)}


PEKING_DE = ("Macron und Xi in Peking\nDer französische Präsident Emmanuel Macron und Chinas Staatschef Xi Jinping "
             "haben in Peking über Handel und Klima gesprochen.")
BEIJING_EN = ("Macron and Xi meet in Beijing\nFrench President Emmanuel Macron and Chinese President Xi Jinping "
              "held talks in Beijing on trade and climate.")


@pytest.mark.parametrize("place, joins", [
    ("Beijing", True),  # one capital's names in two languages: one place
    ("Shanghai", False),  # another city: another meeting
])
def test_a_capital_named_in_another_language_is_the_same_place(place, joins):
    """"in Peking" and "in Beijing" are one city (the capitals' names in every language listed in
    data/country_capitals.json): the report that gives no day joins the talks; set in Shanghai, it
    does not."""
    dated = article("a", PEKING_DE, "2026-02-05", ("CN", "FR"), lang="de")
    undated = article("b", BEIJING_EN.replace("Beijing", place), None, ("CN", "FR"))
    assert (groups(link_articles([dated, undated])) == {("a", "b")}) is joins


MACRON_XI_ZH = "马克龙与习近平会谈\n法国总统马克龙与中国国家主席习近平在{place}举行会谈,双方讨论了贸易和气候问题。"


@pytest.mark.parametrize("place, joins", [
    ("北京", True),  # Beijing, written in Chinese: the place the dated report's lead names
    ("上海", False),  # Shanghai: another meeting of the same two presidents
])
def test_a_city_in_a_script_without_capitals_is_the_same_place(place, joins):
    """A Chinese report that gives no day names the city by its Chinese name (no capital letter
    tells it is a place): it is the Beijing of the dated English report, and joins its event; set
    in Shanghai, it is another meeting."""
    dated = article("a", BEIJING_EN, "2026-02-05", ("CN", "FR"))
    undated = article("b", MACRON_XI_ZH.format(place=place), None, ("CN", "FR"), lang="zh")
    assert (groups(link_articles([dated, undated])) == {("a", "b")}) is joins


def test_a_country_both_name_is_no_evidence_of_one_event():
    """A summit report naming Peru among the guests, and a report of the two leaders' talks in Peru
    a year earlier that gives no day: the country they both name says nothing."""
    summit = article("a", "Abe and Putin at the summit in Da Nang\nPrime Minister Shinzo Abe and President Vladimir "
                          "Putin met at the summit in Da Nang; the presidents of Peru and Chile also attended.",
                     "2026-11-10", ("JP", "RU"))
    lima = article("b", "Abe and Putin meet in Peru\nPrime Minister Shinzo Abe and President Vladimir Putin held "
                        "talks in Peru on the sidelines of the summit.", None, ("JP", "RU"))
    assert groups(link_articles([summit, lima])) == {("a",), ("b",)}


def test_a_first_name_transliterated_one_letter_apart_is_one_person():
    """"Дэниел Оконкво" is "Daniel Okonkwo" (one letter apart once folded): the two reports share
    both ministers and are one event."""
    en = article("a", "Okonkwo and Wanjiru meet in Nairobi\nNigerian Foreign Minister Daniel Okonkwo and Kenyan "
                      "Foreign Minister Amina Wanjiru held talks in Nairobi on Tuesday on trade.", "2026-05-12",
                 ("KE", "NG"))
    ru = article("b", "Оконкво и Ванджиру провели переговоры\nМинистр иностранных дел Нигерии Дэниел Оконкво и "
                      "министр иностранных дел Кении Амина Ванджиру провели переговоры в Найроби во вторник.",
                 "2026-05-12", ("KE", "NG"), lang="ru")
    assert groups(link_articles([en, ru])) == {("a", "b")}


def test_a_byline_is_not_a_line_of_the_lead():
    """Who the lead names is who the report is about: a byline line does not push the second
    leader out of it."""
    dated = article("a", "Albanese and Luong Cuong meet in Hanoi\nAustralian Prime Minister Anthony Albanese and "
                         "President Luong Cuong held talks in Hanoi on Monday on minerals.", "2026-06-01", ("AU", "VN"))
    text = ("Albanese in Hanoi for talks on minerals\n- By Jane Q. Reporter, Staff writer\n"
            "When it comes to critical minerals, Australia wants Viet Nam as a partner, Albanese says.\n"
            "The prime minister held talks on Monday with President Luong Cuong in Hanoi.")
    undated = replace(article("b", text, None, ("AU", "VN")), weekday=0)
    assert groups(link_articles([dated, undated])) == {("a", "b")}


def test_a_leaders_other_name_and_a_countrys_possessive_are_no_more_evidence():
    """A report of another meeting of the same two leaders, with no day, names them as the event's
    reports do ("Joko Widodo", also "Jokowi") and "Indonesia's": one person under two names is still
    two people shared, and a country's possessive names no one, so nothing says it is that event."""
    dated = [article("a", "Jokowi and Turnbull agree on naval patrols\nIndonesian President Joko Widodo and "
                          "Australian Prime Minister Malcolm Turnbull agreed in Sydney on Sunday to hold joint naval "
                          "patrols.\nJokowi said Indonesia's navy would take part.", "2017-02-26", ("AU", "ID")),
             article("b", "Widodo, Turnbull sign trade deal\nPresident Joko Widodo (Jokowi) and Prime Minister "
                          "Malcolm Turnbull signed a trade deal in Sydney on Sunday.\nIndonesia's exporters "
                          "welcomed it.", "2017-02-26", ("AU", "ID"))]
    other = article("c", "Turnbull, Widodo find common ground\nMalcolm Turnbull found common ground on trade in his "
                         "first talks with Indonesia's President Joko Widodo.\nThe president, better known as Jokowi, "
                         "spoke of the friction between neighbours.\nThe talks focused on investment and countering "
                         "extremism.", None, ("AU", "ID"))
    assert groups(link_articles(dated + [other])) == {("a", "b"), ("c",)}
    # (the same report naming the palace where the event's talks were held joins it)
    palace = replace(other, text=other.text + "\nThey met at Admiralty House.")
    dated[1] = replace(dated[1], text=dated[1].text.replace("in Sydney", "at Admiralty House in Sydney"))
    assert groups(link_articles(dated + [palace])) == {("a", "b", "c")}


def test_a_day_of_the_month_alone_joins_on_one_leader_only_among_few_events_of_the_pair():
    """A report that writes only the day of the month ("6日") and one leader joins the event of its
    pair on that day when the pair has few dated events; among more, a day of some month fits one
    of them by chance, and one shared leader is not enough."""
    def event(tag: str, day: str) -> list:
        return [article(f"{tag}1", f"Albanese holds talks with Luong Cuong\\nAustralian Prime Minister Anthony Albanese "
                                   f"held talks with President Luong Cuong on critical minerals.", day, ("AU", "VN")),
                article(f"{tag}2", f"Luong Cuong receives Albanese\\nPresident Luong Cuong received Australian Prime "
                                   f"Minister Anthony Albanese; they discussed student visas.", day, ("AU", "VN"))]
    alone = replace(article("x", "Albanese membahas mineral kritis\\nPerdana Menteri Australia Anthony Albanese "
                                 "membahas mineral kritis dan visa pelajar.", None, ("AU", "VN"), lang="id"),
                    day_of_month=(6, 6))
    june = event("j", "2026-06-06")
    assert ("j1", "j2", "x") in groups(link_articles(june + [alone]))
    busy = june + event("m", "2026-03-10") + event("s", "2026-09-20")
    assert ("x",) in groups(link_articles(busy + [alone]))


def test_a_page_dated_report_takes_the_date_its_event_reports_give():
    """A report whose only date is its page's (published the next morning) joins the talks its
    other report dates by its text, and takes that date: the event's date is the text's, not the
    page's."""
    told = article("a", HANOI_A, "2026-06-01", ("AU", "VN"))
    paged = replace(article("b", HANOI_B, "2026-06-02", ("AU", "VN")), date_is_page_date=True)
    (event,) = link_articles([told, paged])
    assert event.date == "2026-06-01"
    assert dict(event.completed) == {"b": "2026-06-01"}
    # a day and month the other report writes without a year beats the page's date too
    yearless = replace(article("a", HANOI_A, None, ("AU", "VN")), month_day="06-01")
    (event,) = link_articles([yearless, paged])
    assert event.date == "2026-06-01"
    assert dict(event.completed) == {"a": "2026-06-01", "b": "2026-06-01"}


@pytest.mark.parametrize("lang, text, present, absent", [
    # Turkish writes a name's case ending after an apostrophe: the name is the part before it
    ("tr", "Cumhurbaşkanı Erdoğan, Bakü'de Aliyev'in davetlisi olarak Bakü'deki törene katıldı.\nİki lider görüştü.",
     {"baku", "aliev"}, {"alievin", "bakude", "bakudeki"}),
    # elsewhere an apostrophe is a part of the name ("O'Brien", "N'Djamena")
    ("en", "President Déby met Foreign Minister Robert O'Brien in N'Djamena.\nThe two discussed security.",
     {"obrien", "ndjamena"}, set()),
])
def test_the_name_before_a_case_ending_after_an_apostrophe(lang, text, present, absent):
    keys = article_features(article("t", text, "2024-03-04", ("TD", "US"), lang=lang)).features.names.keys()
    assert present <= keys and not absent & keys


# --------------------------------------------------------------------------
# The memo of an earlier linking (incremental linking)


def _synthetic(n: int, seed: int) -> list[LinkArticle]:
    """Synthetic reports, every fifth dated by its day and month alone (placed by the linker)."""
    articles = [LinkArticle(a.name, a.lang, a.text.split("\n", 1)[0], a.text, a.date, a.countries)
                for a in generate(n, seed=seed)]
    return [replace(a, date=None, month_day=a.date[5:]) if n % 5 == 0 and a.date else a
            for n, a in enumerate(articles)]


def _relink(articles: list[LinkArticle], previous: LinkMemo | None, keys: dict[str, str]):
    memo = LinkMemo("v1", previous=dict(previous.now), previous_days=dict(previous.now_days)) if previous else LinkMemo("v1")
    return link_articles(articles, memo=memo, keys=keys), memo


def test_an_earlier_linkings_memo_gives_the_events_of_linking_everything_again():
    """An editor's day: reports added, changed and removed; with the judgements kept from the last
    linking, only the reports of the country pairs touched are weighed again, and the events, links,
    scores and evidence are those of linking everything from nothing."""
    articles = _synthetic(260, seed=31)
    keys = {a.id: f"read-{a.id}" for a in articles}  # (a reading's key: the text's, here its id's)
    events, memo = _relink(articles, None, keys)
    assert events == link_articles(articles) and memo.reused == 0 and memo.weighed > 100
    assert sum(map(len, memo.now_days.values())) > 5  # year-less reports placed, their days kept
    pairs = Counter(a.countries for a in articles if len(a.countries) == 2)
    busy = max(pairs, key=lambda p: (pairs[p], p))
    new = replace(next(a for a in _synthetic(40, seed=32) if a.countries == busy), id="new-report")
    changed = next(a for a in articles if a.countries == busy and a.date)
    edited = replace(changed, text=changed.text + "\nThe two sides signed 4 memoranda.")
    removed = next(a for a in articles if len(a.countries) == 2 and a.countries != busy)
    days = [
        articles + [new],  # one new report of the busiest pair
        [edited if a.id == changed.id else a for a in articles + [new]],  # one changed
        [a for a in articles + [new] if a.id != removed.id],  # one removed, of another pair
    ]
    keys |= {new.id: f"read-{new.id}"}
    for n, day in enumerate(days):
        if n == 1:
            keys[changed.id] = "read-again"
        again, memo = _relink(day, memo, keys)
        assert again == link_articles(day)
        assert memo.reused > 0 and memo.weighed > 0
        assert memo.weighed < memo.reused  # (only the pairs of the touched country pair, and a new span's)


def test_a_memo_is_used_only_for_the_code_and_settings_it_was_made_with():
    articles = _synthetic(120, seed=33)
    keys = {a.id: f"read-{a.id}" for a in articles}
    _, memo = _relink(articles, None, keys)
    other_code = LinkMemo("v2", previous=dict(memo.now))  # (blocks hashed with another version)
    link_articles(articles, memo=other_code, keys=keys)
    assert other_code.reused == 0
    wider = LinkMemo("v1", previous=dict(memo.now))
    assert link_articles(articles, memo=wider, keys=keys, window_days=4) == link_articles(articles, window_days=4)
    assert wider.reused == 0
    unknown = LinkMemo("v1", previous=dict(memo.now))  # a report whose reading has no key: its pair is weighed anew
    link_articles(articles, memo=unknown, keys={k: v for k, v in keys.items() if k != articles[0].id})
    assert 0 < unknown.reused < memo.weighed


def test_a_memo_reads_back_from_json_as_it_was_written():
    import orjson

    articles = _synthetic(120, seed=34)
    keys = {a.id: f"read-{a.id}" for a in articles}
    _, memo = _relink(articles, None, keys)
    data = orjson.loads(orjson.dumps(memo_to_json(memo)))
    again = memo_from_json(data, "v1")
    assert again.previous == memo.now and again.previous_days == memo.now_days and memo.now_days
    assert memo_from_json(data, "v2") is None
    broken = orjson.loads(orjson.dumps(data))
    block = next(b for b, (_, _, links) in broken["blocks"].items() if links)
    broken["blocks"][block][2][0][2] = "0.9"  # a score written as text
    assert memo_from_json(broken, "v1") is None


TOKYO_EN = ("Abe welcomes Trump in Tokyo\nPrime Minister Shinzo Abe welcomed President Donald Trump in Tokyo on "
            "Sunday for talks on North Korea and trade.")
TOKYO_FR = ("Trump à Tokyo\nLe président Donald Trump a été reçu par le premier ministre Shinzo Abe à Tokyo "
            "dimanche pour parler de la Corée du Nord.")


@pytest.mark.parametrize("city, joins", [
    ("Tokyo", True),  # the event's city: the same visit
    # "New" is a word the linker drops from names: the place is still "York", another city than the
    # event's, so a Sunday dinner in New York a year later is another meeting of the two
    ("New York", False),
])
def test_a_place_whose_name_starts_with_a_dropped_word_is_still_a_place(city, joins):
    # (a Sunday when the two were in office together: a report naming them is of no day outside their terms)
    dated = [article("a", TOKYO_EN, "2017-11-05", ("JP", "US")),
             article("b", TOKYO_FR, "2017-11-05", ("JP", "US"), lang="fr")]
    undated = replace(article("c", f"Trump et Abe dînent\nLe président Donald Trump a rencontré le premier ministre "
                                   f"Shinzo Abe dimanche soir à {city}, avant une réunion de l'ONU.", None,
                              ("JP", "US"), lang="fr"), weekday=6)
    assert (("a", "b", "c") in groups(link_articles(dated + [undated]))) is joins


WASHINGTON_EN = ("Abe meets Trump at the White House\nPrime Minister Shinzo Abe met President Donald Trump in "
                 "Washington on Sunday for talks on North Korea and trade; Tokyo hopes for a tariff deal.")
WASHINGTON_FR = ("Abe à Washington\nLe premier ministre Shinzo Abe a été reçu par le président Donald Trump à "
                 "Washington dimanche pour parler de la Corée du Nord et des droits de douane, que Tokyo conteste.")


@pytest.mark.parametrize("capital, weekday, joins", [
    # no day at all, and the only name shared besides the two leaders is a capital of the pair's own
    # countries where the event was not held: reports of any meeting of Japan and the United States
    # name Tokyo, so nothing says this second meeting is the Washington one
    ("Tokyo", None, False),
    # the capital of the country the event was held in: the same meeting, as far as the reports say
    ("Washington", None, True),
    # the weekday it names is the event's: with the capital besides, enough among few events
    ("Tokyo", 6, True),
])
def test_a_capital_of_the_pair_is_evidence_for_a_report_without_a_day_only_where_the_event_was(capital, weekday,
                                                                                             joins):
    dated = [article("a", WASHINGTON_EN, "2017-11-05", ("JP", "US")),
             article("b", WASHINGTON_FR, "2017-11-05", ("JP", "US"), lang="fr")]
    text = ("Trump and Abe seal a trade pact\nPresident Donald Trump and Prime Minister Shinzo Abe sealed a trade "
            f"pact {'yesterday' if weekday is None else 'on Sunday'} at their second meeting of the year.\n"
            f"The pact opens markets to farm goods, and officials in {capital} welcomed it.")
    undated = replace(article("c", text, None, ("JP", "US")), weekday=weekday)
    assert (("a", "b", "c") in groups(link_articles(dated + [undated]))) is joins


@pytest.mark.parametrize("where, counts", [
    ("in Tokyo", True),  # its own lead sets the meeting in Japan: Tokyo is where it was
    ("in Washington", False),  # in the United States: Tokyo is any meeting's
    ("by phone", False),  # nowhere
])
def test_a_capital_of_the_pair_counts_for_a_report_without_a_day_where_its_lead_sets_the_meeting(where, counts):
    from kabar.linking.scoring import home_capitals_unsupported
    from kabar.linking.names import article_features
    from kabar.linking.scoring import _Scorer

    dated = article("a", "Abe and Trump talk trade\nPrime Minister Shinzo Abe and President Donald Trump held talks "
                         "on Sunday.\nShares rose in Tokyo.", "2017-11-05", ("JP", "US"))
    undated = article("c", f"Trump and Abe seal a pact\nPresident Donald Trump and Prime Minister Shinzo Abe sealed a "
                           f"pact {where} yesterday.\nShares rose in Tokyo.", None, ("JP", "US"))
    feats = [article_features(a).features for a in (dated, undated)]
    ps = _Scorer(feats).score(0, 1, 3)
    assert ps.home_capitals > 0
    assert (home_capitals_unsupported(ps, feats[1].pair, feats[1].venue) == 0) is counts


JAKARTA_A = ("Rutte meets Jokowi in Jakarta\nPrime Minister Mark Rutte met President Joko Widodo in Jakarta on Sunday "
             "to talk about trade, water management and a new port.")
JAKARTA_B = ("Jokowi terima Rutte di Jakarta\nPresiden Joko Widodo menerima Perdana Menteri Mark Rutte di Jakarta "
             "pada Minggu untuk membahas perdagangan dan pengelolaan air.")


@pytest.mark.parametrize("president, joins", [
    # Yudhoyono left office in 2014: a 20 November that names him and Rutte is not the one of 2016
    ("Susilo Bambang Yudhoyono", False),
    ("Joko Widodo", True),
])
def test_a_year_less_day_takes_only_a_year_the_leaders_it_names_were_in_office_together(president, joins):
    dated = [article("a", JAKARTA_A, "2016-11-20", ("ID", "NL")),
             article("b", JAKARTA_B, "2016-11-20", ("ID", "NL"), lang="id")]
    yearless = replace(article("c", f"Rutte in Jakarta\nPrime Minister Mark Rutte met President {president} in "
                                    f"Jakarta on 20 November to talk about trade and water management.", None,
                               ("ID", "NL")), month_day="11-20")
    assert (("a", "b", "c") in groups(link_articles(dated + [yearless]))) is joins


def test_a_report_without_a_day_or_place_does_not_join_one_of_several_meetings_of_its_two_leaders():
    """Erdoğan and Abe met in January (dated reports) and again on a 29th (a report with only its
    day of the month and month): a report naming the two, with no day and no place, could be of
    either meeting, and joins neither."""
    january = [article("a", "Erdogan in Tokyo\nPrime Minister Recep Tayyip Erdogan met Prime Minister Shinzo Abe on "
                            "Tuesday; they discussed the Sinop nuclear plant.", "2014-01-07", ("JP", "TR")),
               article("b", "Erdogan à Tokyo\nLe premier ministre Recep Tayyip Erdogan a rencontré Shinzo Abe mardi; ils "
                            "ont parlé de la centrale de Sinop.", "2014-01-07", ("JP", "TR"), lang="fr")]
    other = replace(article("c", "Abe and Erdogan open the tunnel\nPrime Minister Shinzo Abe and Prime Minister Recep "
                                 "Tayyip Erdogan opened the rail tunnel on October 29.", None, ("JP", "TR")),
                    month_day="10-29")
    loose = article("d", "Erdogan and Abe talk\nPrime Minister Recep Tayyip Erdogan and Prime Minister Shinzo Abe "
                         "talked about the Sinop nuclear plant.", None, ("JP", "TR"))
    assert ("a", "b", "d") in groups(link_articles(january + [loose]))  # (the only meeting of the two: joined)
    assert ("d",) in groups(link_articles(january + [other, loose]))
