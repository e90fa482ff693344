"""Outlet names (plugins/kabar/outlets.py): every spelling of one outlet gives one key, different
outlets never share one. Tables of invented outlets (no real article text)."""
import random

import pytest

from kabar.outlets import (Outlet, clean_name, group_outlets, outlet_key, read_source,
                           registrable_domain)


@pytest.mark.parametrize("raw, name", [
    ("EXNEWS", "EXNEWS"),
    ("(EXNEWS) -", "EXNEWS"),                  # the dateline of a lead
    ("(EXNEWS)", "EXNEWS"),
    ("EXNEWS -", "EXNEWS"),
    ("ABC/XNA-", "ABC/XNA"),                   # an agency pair opening a lead
    ("(Source: ABC/XNA)", "ABC/XNA"),          # a closing credit line
    ("Source : Daily Example.", "Daily Example"),
    ("Sumber: Harian Contoh", "Harian Contoh"),
    ("SUMBER: Harian Contoh", "Harian Contoh"),
    ("Nguồn: Báo Mẫu", "Báo Mẫu"),
    ("Fuente: Diario Ejemplo", "Diario Ejemplo"),
    ("PORTVILLE (XNA) -", "XNA"),              # a dateline: the bracketed part is the outlet
    ("PORTVILLE, March 5 (Wire Service) -", "Wire Service"),
    ("Harian Contoh (Daily Sample)", "Harian Contoh"),  # a gloss after a name
    ("XNA (Portville)", "XNA"),                # no dash: a gloss, not a dateline
    ("«Example Times»", "Example Times"),
    ("  Example\u00a0Times  ", "Example Times"),
    ("exnews.vn", "exnews.vn"),
    ("A.B.C.", "A.B.C"),
    ("", None),
    (None, None),
    ("2024", None),                            # no letter
    ("— · —", None),
    ("The ministers met on Monday. Talks went on", None),  # a sentence
    ("a name far too long to be the name of any outlet at all", None),
])
def test_clean_name(raw, name):
    assert clean_name(raw) == name


SAME_OUTLET = [  # each row: spellings of one outlet, and the key they share
    (["EXNEWS", "ExNews", "Ex News", "Ex-News", "exnews.vn", "www.exnews.vn", "EXNEWS.VN", "(EXNEWS) -",
      "Sumber: Ex News", "https://m.exnews.vn/a/b-c.html"], "exnews"),
    (["Harian Contoh", "HARIAN CONTOH", "harian-contoh", "Harian  Contoh.", "hariancontoh.co.id",
      "https://www.hariancontoh.co.id/berita/1"], "hariancontoh"),
    (["Báo Mẫu", "Bao Mau", "BÁO MẪU", "baomau.com.vn"], "baomau"),
    (["ABC/XNA", "ABC / XNA", "abc/xna-", "(Source: ABC/XNA)", "Abc/Xna"], "abc/xna"),
    (["Агентство Пример", "АГЕНТСТВО ПРИМЕР"], "agentstvoprimer"),
    (["A.B.C.", "ABC", "A B C"], "abc"),
]


@pytest.mark.parametrize("spellings, key", SAME_OUTLET)
def test_spellings_of_one_outlet_share_a_key(spellings, key):
    assert {outlet_key(s) for s in spellings} == {key}


@pytest.mark.parametrize("a, b", [
    ("ABC", "ABC/XNA"),              # a pair credits two outlets: neither one's own
    ("XNA/ABC", "ABC/XNA"),          # order kept
    ("EX", "EXNEWS"),                # a prefix is another outlet
    ("Ex News", "Ex News Plus"),
    ("exnews.vn", "exnews-tv.vn"),
    ("Example Times", "Example Post"),
    ("Báo Mẫu", "Báo Mẫu Online"),
])
def test_different_outlets_never_share_a_key(a, b):
    assert outlet_key(a) != outlet_key(b)


@pytest.mark.parametrize("text, domain", [
    ("samplepost.co.id", ("samplepost.co.id", "samplepost")),
    ("https://en.samplepost.co.id/2024/x?y=1", ("samplepost.co.id", "samplepost")),  # an edition's subdomain
    ("SAMPLEPOST.CO.ID", ("samplepost.co.id", "samplepost")),
    ("www.exnews.vn.", ("exnews.vn", "exnews")),
    ("https://news.exnews.vn:443/a/b", ("exnews.vn", "exnews")),  # a port
    ("someblog.blogspot.com", ("someblog.blogspot.com", "someblog")),  # a private suffix: one blog, not all
    ("news.sample.com.au", ("sample.com.au", "sample")),
    ("not a domain", None),
    ("A.B.C", None),                 # no public suffix
    ("localhost", None),
    ("http://192.0.2.1/x", None),
    ("", None),
    (None, None),
])
def test_registrable_domain(text, domain):
    assert registrable_domain(text) == domain


@pytest.mark.parametrize("name, url, reading", [
    ("Ex News", None, ("exnews", "Ex News", None)),
    ("Tintuc.vn", "https://tintuc.vn/a-b.htm", ("tintuc", "Tintuc.vn", "tintuc.vn")),
    ("Ex News", "https://www.exnews.vn/a", ("exnews", "Ex News", "exnews.vn")),  # they agree: the domain is its
    ("Ex News", "https://www.otherpaper.com/a", ("exnews", "Ex News", None)),  # they do not: the name is what is credited
    (None, "https://www.otherpaper.com/a", ("otherpaper", "otherpaper.com", "otherpaper.com")),
    ("https://www.otherpaper.com/a", None, ("otherpaper", "otherpaper.com", "otherpaper.com")),
    ("ABC/XNA", "https://abc.example/x", ("abc/xna", "ABC/XNA", None)),
    (None, None, None),
    ("Oleh: the end. Of it all", None, None),
])
def test_read_source(name, url, reading):
    got = read_source(name, url)
    assert (got and (got.key, got.spelling, got.domain)) == reading


def _outlets(sources):
    of, groups = group_outlets(sources)
    return of, {g.outlet.slug: g for g in groups}


def test_the_spellings_of_one_outlet_make_one_outlet_named_as_most_reports_write_it():
    of, groups = _outlets([("a", "EXNEWS", None), ("b", "Ex News", None), ("c", "(EXNEWS) -", None),
                           ("d", None, "https://www.exnews.vn/x"), ("e", None, None)])
    assert set(groups) == {"exnews"}
    group = groups["exnews"]
    assert group.outlet == Outlet("exnews", "EXNEWS", "exnews.vn")
    assert group.article_ids == ("a", "b", "c", "d")
    assert group.spellings == (("EXNEWS", 2), ("Ex News", 1), ("exnews.vn", 1))  # a bare domain last
    assert "e" not in of and of["d"] is group.outlet


def test_one_name_with_two_domains_is_two_outlets_and_the_name_alone_a_third():
    of, groups = _outlets([("a", "The Sample Times", "https://sampletimes.com.pk/x"),
                           ("b", "The Sample Times", "https://www.sampletimes.co.ke/y"),
                           ("c", "Sample Times", "https://sampletimes.co.ke/z"),
                           ("d", "The Sample Times", None)])
    assert set(groups) == {"sampletimes-co-ke", "sampletimes-com-pk", "thesampletimes"}
    assert groups["sampletimes-co-ke"].article_ids == ("b", "c")
    assert groups["sampletimes-co-ke"].outlet.name == "Sample Times"  # one each: the first by name
    assert groups["sampletimes-com-pk"].outlet.domain == "sampletimes.com.pk"
    assert groups["thesampletimes"].article_ids == ("d",) and groups["thesampletimes"].outlet.domain is None
    assert len({g.key for g in groups.values()}) == 1
    # one domain: one outlet, whether a report gives it or not
    of, groups = _outlets([("a", "The Sample Times", "https://sampletimes.com.pk/x"), ("d", "The Sample Times", None)])
    assert set(groups) == {"thesampletimes"} and groups["thesampletimes"].outlet.domain == "sampletimes.com.pk"


def test_a_name_without_its_article_joins_the_name_written_with_it():
    of, groups = _outlets([("a", "The Example Herald", None), ("b", "Example Herald", None),
                           ("c", None, "https://theexampleherald.com/x")])
    assert set(groups) == {"theexampleherald"} and groups["theexampleherald"].article_ids == ("a", "b", "c")
    # without a report that writes "The" as a word, a domain does not prove it: two outlets
    of, groups = _outlets([("b", "Example Herald", None), ("c", None, "https://theexampleherald.com/x")])
    assert set(groups) == {"exampleherald", "theexampleherald"}


def test_agency_pairs_stay_apart_from_either_agency():
    of, groups = _outlets([("a", "ABC/XNA", None), ("b", "ABC / XNA", None), ("c", "XNA", None),
                           ("d", "ABC", None)])
    assert {slug: g.article_ids for slug, g in groups.items()} == {
        "abc-xna": ("a", "b"), "xna": ("c",), "abc": ("d",)}
    assert groups["abc-xna"].outlet.name == "ABC / XNA"  # one each: the first by name


def test_slugs_are_unique_and_never_index():
    long_a = "新闻样本" * 6 + "一"  # folded to ASCII, longer than a slug: cut, and told apart
    long_b = "新闻样本" * 6 + "二"
    of, groups = _outlets([("a", "Index", None), ("b", long_a, None), ("c", long_b, None), ("d", "新闻样本", None)])
    assert "index-outlet" in groups and "index" not in groups
    assert len(groups) == 4 and len({of[a].slug for a in "abcd"}) == 4
    assert all(slug.isascii() and len(slug) <= 67 for slug in groups)


def test_the_same_sources_in_any_order_give_the_same_outlets():
    sources = [(f"id{n:03d}", name, url) for n, (name, url) in enumerate(
        [("EXNEWS", None), ("Ex News", None), (None, "https://exnews.vn/1"), ("ABC/XNA", None), ("XNA", None),
         ("Harian Contoh", "https://hariancontoh.co.id/a"), ("HARIAN CONTOH", None), (None, None)] * 5)]
    first = group_outlets(sources)
    shuffled = sources[:]
    random.Random(4).shuffle(shuffled)
    assert group_outlets(shuffled) == first
