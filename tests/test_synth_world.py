"""tools/synth_world.py: a second, independent synthetic corpus of news pages with their truth."""
import json
import random
import re
from collections import defaultdict
from datetime import date

import pytest

from tools import synth_world as sw
from tools.eval import normalise_truth

N = 700


@pytest.fixture(scope="module")
def corpus() -> list[sw.SynthArticle]:
    return sw.generate(N, seed=3)


def test_same_seed_same_files(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    sw.write_corpus(sw.generate(120, seed=11), one)
    sw.write_corpus(sw.generate(120, seed=11), two)
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(p.name for p in two.iterdir())
    assert len(names) == 121 and "world_00001.txt" in names and "truth.json" in names
    for name in names:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    assert [a.text for a in sw.generate(120, seed=12)] != [a.text for a in sw.generate(120, seed=11)]


def test_truth_is_the_evaluation_schema(tmp_path):
    articles = sw.generate(40, seed=5)
    sw.write_corpus(articles, tmp_path)
    truth = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    assert isinstance(truth, list) and normalise_truth(truth) == truth
    for item in truth:
        assert set(item) == {"file", "lang", "countries", "event", "date", "title"}
        assert (tmp_path / item["file"]).is_file()


def test_titles_are_written_verbatim(corpus):
    titled = [a for a in corpus if a.title]
    assert len(titled) > 0.9 * len(corpus)
    for a in titled:
        assert a.title in a.text.splitlines(), a.name
    assert any(not a.title for a in corpus)  # a page whose headline was not copied


def test_dates_and_countries(corpus):
    for a in corpus:
        day = date.fromisoformat(a.date)
        assert date(2014, 1, 1) <= day <= date(2025, 12, 31)
        assert len(a.countries) == 2 and list(a.countries) == sorted(set(a.countries))
        assert all(code in sw.COUNTRIES for code in a.countries)
    assert {a.lang for a in corpus} == set(sw.LANGS)
    assert len({a.countries for a in corpus}) >= 25
    assert len({a.date[:4] for a in corpus}) == 12


def test_events_are_told_in_several_languages(corpus):
    langs = defaultdict(list)
    for a in corpus:
        langs[a.event_key].append(a.lang)
    multi = [v for v in langs.values() if len(v) >= 2]
    assert multi and all(len(v) <= 4 for v in langs.values())
    assert sum(len(set(v)) >= 2 for v in multi) >= 0.85 * len(multi)
    assert sum(len(v) in (2, 3) for v in langs.values()) > 0.6 * len(langs)


def test_the_traps_are_there(corpus):
    def having(trap):
        return [a for a in corpus if trap in a.traps]

    yearless = having("yearless")
    assert yearless and all(not a.pub_line and a.date[:4] not in a.text for a in yearless)
    assert all(not re.search(r"\b(19|20)\d\d\b", a.text) for a in having("no_year")) and having("no_year")
    with_pub = having("pub_line")
    assert 0.5 * len(corpus) < len(with_pub) < 0.95 * len(corpus)
    assert all(a.pub_line and a.pub_line in a.text.splitlines() for a in with_pub)
    chrome = [a for a in having("chrome") if a.title]
    assert len(chrome) > 0.6 * len(corpus)
    assert all(a.text.splitlines().index(a.title) > 0 for a in chrome)
    assert any(a.text.count(a.title) >= 2 for a in having("titlebar"))
    for trap in ("when:weekday", "when:yesterday", "when:daymonth", "when:full", "dateline_dated", "sibling",
                 "archive_photo", "related"):
        assert having(trap), trap
    # the same pair on two days close together; several pairs at one summit on one day
    by_pair = defaultdict(set)
    for a in corpus:
        by_pair[a.countries].add((a.date, a.event_key))
    assert any(len({e for d, e in v}) >= 2 and
               min(abs((date.fromisoformat(d1) - date.fromisoformat(d2)).days)
                   for d1, e1 in v for d2, e2 in v if e1 != e2) <= 3 for v in by_pair.values())
    summits = defaultdict(set)
    for a in corpus:
        if a.event_key.endswith("sidelines"):
            summits[a.date].add(a.countries)
    assert any(len(pairs) >= 2 for pairs in summits.values())


def test_every_template_fills_in_every_language(corpus):
    world = sw.World(random.Random(0))
    events = sw.EventMaker(random.Random(1), world).make(300)
    kinds = {ev.kind: ev for ev in events}
    with_sibling = next(ev for ev in events if ev.siblings)
    assert set(kinds) == {"visit", "talks", "call", "sidelines", "signing"}
    for code, lang in sw.LANGUAGES.items():
        for kind, leads in lang.LEAD.items():  # the lead names both, with title and country
            for side in "AB":
                assert all(re.search(r"\{\^?%s(_dat|_acc)?\}" % side, t) for t in leads), (code, kind)
        outlet = sw.OUTLETS_BY_LANG[code][0]
        for ev in list(kinds.values()) + [with_sibling]:
            rng = random.Random(2)
            s = sw.make_scene(ev, outlet, world, rng, ev.day, sibling=ev.siblings[0] if ev.siblings else None)
            ctx = lang.build(s)
            ctx["when"] = lang.when("weekday", ev.day, rng, outlet)
            genders = sw.genders_of(s)
            facts = sw.body_facts(s, no_year=False) + ["trade_ly"] + (["sib_before", "sib_after"] if s.sibling else [])
            templates = list(lang.HEAD[ev.kind]) + list(lang.LEAD[ev.kind]) + list(lang.STANDFIRST) + \
                list(lang.CAPTION) + list(lang.CAPTION_CALL) + list(lang.ARCHIVE) + \
                [t for f in facts for t in lang.BODY[f]]
            for template in templates:
                text = lang.finish(sw.fill(template, ctx, genders))
                assert "{" not in text and "[" not in text and "  " not in text, (code, template)
