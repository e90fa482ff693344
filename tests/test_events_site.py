"""Reports of the same event, linked on the site: also-reported-in, event pages, language
switch, hreflang, Pelican translations, catalogue events, editorial overrides."""
import shutil
from collections.abc import Mapping

import pytest
from pelican import signals

from tests.conftest import SEEDS
from tests.sitebuild import seed_entry as seed, build_site, catalogue, page, report


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_site(SEEDS, tmp_path_factory.mktemp("events"))



def test_000_and_001_share_an_event_and_the_others_stand_alone(site):
    s = {p: seed(site, p) for p in ("000", "001", "002", "003", "004")}
    assert s["000"]["event"] == s["001"]["event"]
    others = {s[p]["event"] for p in ("002", "003", "004")}
    assert len(others) == 3 and s["000"]["event"] not in others
    events = {e["id"]: e for e in catalogue(site)["events"]}
    assert len(events) == 4
    shared = events[s["000"]["event"]]
    assert sorted(shared["articles"]) == sorted([s["000"]["id"], s["001"]["id"]])
    assert shared["date"] == "2024-03-04" and shared["countries"] == ["RU", "VN"]
    (link,) = shared["links"]
    assert link["score"] > 0
    assert "Vladimir Titov" in link["evidence"]["names"] and "Nguyen Minh Vu" in link["evidence"]["names"]
    assert link["evidence"]["dates"] == ["2024-03-04"]
    for p in ("002", "003", "004"):
        assert events[s[p]["event"]]["articles"] == [s[p]["id"]] and events[s[p]["event"]]["url"] is None


def test_article_page_says_also_reported_in_with_evidence(site):
    s000, s001 = seed(site, "000"), seed(site, "001")
    doc = page(site, s000["url"])
    also = doc.select_one("aside.also")
    link = also.select_one("ul a")
    assert link.text == s001["title"] and link["hreflang"] == "en"
    assert also.select_one(".badge").text == "Inggris"  # the language named in the page's language
    evidence = also.select_one("details").text
    assert "Vladimir Titov" in evidence and "2024-03-04" in evidence
    assert page(site, seed(site, "002")["url"]).select_one("aside.also") is None


def test_event_page_shows_every_report_side_by_side(site):
    s000, s001 = seed(site, "000"), seed(site, "001")
    event = next(e for e in catalogue(site)["events"] if e["id"] == s000["event"])
    doc = page(site, event["url"])
    reports = doc.select(".side-by-side article.report")
    assert {r["lang"] for r in reports} == {"id", "en"}
    assert {r.h2.text for r in reports} == {s000["title"], s001["title"]}
    # linked from each report
    for s in (s000, s001):
        assert any(a["href"].endswith(event["url"]) for a in page(site, s["url"]).select("aside.also a"))


def test_language_switch_goes_to_the_same_events_other_report(site):
    s000, s001 = seed(site, "000"), seed(site, "001")
    switch = {a["hreflang"]: a["href"] for a in page(site, s000["url"]).select("nav.lang-switch a")}
    assert switch["en"].endswith(s001["url"])
    switch = {a["hreflang"]: a["href"] for a in page(site, s001["url"]).select("nav.lang-switch a")}
    assert switch["id"].endswith(s000["url"])
    # with no English report, the switch goes to the English home
    switch = {a["hreflang"]: a["href"] for a in page(site, seed(site, "002")["url"]).select("nav.lang-switch a")}
    assert switch["en"].endswith("en/index.html")


def test_hreflang_alternates_include_the_page_itself(site):
    s000, s001 = seed(site, "000"), seed(site, "001")
    for s in (s000, s001):
        alts = {l["hreflang"]: l["href"] for l in page(site, s["url"]).find_all("link", rel="alternate", hreflang=True)}
        assert alts["id"].endswith(s000["url"]) and alts["en"].endswith(s001["url"])
        assert "x-default" in alts
    assert not page(site, seed(site, "003")["url"]).find_all("link", rel="alternate", hreflang=True)


def test_pelican_translations_are_filled(tmp_path):
    seen = {}

    def grab(generators):
        for gen in generators:
            if hasattr(gen, "articles") and isinstance(gen.articles, Mapping):  # (ours: made when read)
                seen.update({a.metadata["kabar_result"].source_file: a for a in gen.articles.values()})

    signals.all_generators_finalized.connect(grab)
    try:
        out = build_site(SEEDS, tmp_path / "out")
    finally:
        signals.all_generators_finalized.disconnect(grab)
    a000 = next(a for name, a in seen.items() if name.startswith("000"))
    a001 = next(a for name, a in seen.items() if name.startswith("001"))
    assert [t.lang for t in a000.translations] == ["en"] and a000.translations[0] is a001
    assert [t.lang for t in a001.translations] == ["id"]
    assert next(a for name, a in seen.items() if name.startswith("002")).translations == []
    # each at its page's address, on its report's date, as the catalogue has them
    for name, article in seen.items():
        entry = seed(out, name[:3])
        assert article.url == entry["url"] and article.save_as == entry["url"]
        # (a report that gives a span of days is filed, and dated for Pelican, under its first day)
        assert article.date.date().isoformat() == (entry["date"] or entry["date_span"][0])


def test_overrides_force_apart_and_together_and_report_unknown_names(tmp_path):
    toml = tmp_path / "events.toml"
    toml.write_text('[[apart]]\narticles = ["000_06b0b86595874586.txt", "001_7ff7be71dc824154.txt"]\n'
                    '[[together]]\narticles = ["002_efd61fdd13e087d9.txt", "003_0aaafbac266f0616.txt"]\n'
                    '[[together]]\narticles = ["004_56cefd4969a7a478.txt", "no-such-seed.txt"]\n',
                    encoding="utf-8")
    out = build_site(SEEDS, tmp_path / "out", events_file=toml)
    assert seed(out, "000")["event"] != seed(out, "001")["event"]
    assert seed(out, "002")["event"] == seed(out, "003")["event"]
    event = next(e for e in catalogue(out)["events"] if e["id"] == seed(out, "002")["event"])
    assert any(l["evidence"].get("override") == "together" for l in event["links"])
    assert any("no-such-seed.txt" in p for p in report(out)["overrides"])
    assert seed(out, "004")["event"] not in (seed(out, "002")["event"], seed(out, "000")["event"])


def test_event_id_is_stable_when_unrelated_articles_come_and_go(tmp_path, site):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "zz_extra.txt").write_text(
        "Brazil and Argentina sign trade pact\n\nThe presidents of Brazil and Argentina signed a trade pact "
        "in Buenos Aires on 2 March 2024, officials said.\n", encoding="utf-8")
    for name in ("002_efd61fdd13e087d9.txt", "004_56cefd4969a7a478.txt"):
        (seeds / name).unlink()
    out = build_site(seeds, tmp_path / "out")
    assert seed(out, "000")["event"] == seed(site, "000")["event"]
    assert seed(out, "003")["event"] == seed(site, "003")["event"]
