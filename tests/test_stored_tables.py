"""Tables kept between builds (understand/stored.py): a language's country matcher is built once per
code version and read back at the next build; read back, it finds what a freshly built one finds,
and a damaged file is never trusted."""
from __future__ import annotations

import dataclasses
import logging
import re

import orjson
import pytest

from kabar.understand import stored
from kabar.understand.country_matcher import _build_matcher, _Matcher, country_mentions

TEXTS = {
    "en": "Vietnamese Prime Minister Pham Minh Chinh met the Dutch Prime Minister in The Hague; "
          "the US and South Korea were not at the talks, paid in US dollars.",
    "ru": "Президент России Владимир Путин провел переговоры с премьер-министром Вьетнама в Москве.",
    "zh": "中国国家主席在北京会见越南总理，日越关系和中越首脑会谈也谈到了。",
    "vi": "Thủ tướng Việt Nam hội đàm với Thủ tướng Hà Lan tại Hà Nội về quan hệ Việt Nam - Hà Lan.",
}


def _same(a, b) -> bool:
    if isinstance(a, re.Pattern):
        return isinstance(b, re.Pattern) and (a.pattern, a.flags, a.groupindex) == (b.pattern, b.flags, b.groupindex)
    return type(a) is type(b) and a == b


def _keep_and_read(tmp_path, lang):
    built = {}

    def build():
        built["made"] = _build_matcher(lang)
        return built["made"]

    first = stored.load_or_build(f"countries-{lang}", _Matcher, build, root=tmp_path)
    assert first is built["made"]  # (nothing kept yet: built, and kept)
    built.clear()
    again = stored.load_or_build(f"countries-{lang}", _Matcher, build, root=tmp_path)
    assert not built  # (read back: not built again)
    return first, again


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_kept_matcher_is_the_built_one(tmp_path, lang):
    first, again = _keep_and_read(tmp_path, lang)
    for field in dataclasses.fields(_Matcher):
        assert _same(getattr(first, field.name), getattr(again, field.name)), field.name
    text = TEXTS[lang]
    assert list(country_mentions(again, text)) == list(country_mentions(first, text))
    assert list(country_mentions(again, text))  # (and the text names countries)


def test_a_damaged_table_is_built_again(tmp_path, caplog):
    _keep_and_read(tmp_path, "en")
    (path,) = tmp_path.glob("tables-*/countries-en.json")
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])  # (cut short)
    with caplog.at_level(logging.WARNING, logger="kabar.understand.stored"):
        made = stored.load_or_build("countries-en", _Matcher, lambda: _build_matcher("en"), root=tmp_path)
    assert "unreadable" in caplog.text and "countries-en" in caplog.text
    assert list(country_mentions(made, TEXTS["en"]))
    stored.load_or_build("countries-en", _Matcher, pytest.fail, root=tmp_path)  # (kept whole again)


def test_pattern_code_the_engine_refuses_is_not_trusted(tmp_path, caplog):
    data = stored.pattern_data(re.compile(r"(?P<word>[a-z]+)\s+(\d+)"))
    assert stored.pattern_from_data(data).findall("paris 12 and rome 3") == [("paris", "12"), ("rome", "3")]
    with pytest.raises((RuntimeError, ValueError)):
        stored.pattern_from_data(dict(data, code=data["code"][:-3]))  # (the code cut short)
    # a kept file whose patterns' code is not the engine's: built again, with a warning
    _keep_and_read(tmp_path, "en")
    (path,) = tmp_path.glob("tables-*/countries-en.json")
    for bad in ([-1, 2, 3], [999999, 1], "code"):
        kept = orjson.loads(path.read_bytes())
        kept["fields"]["currency_any"]["re"]["code"] = bad
        path.write_bytes(orjson.dumps(kept))
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="kabar.understand.stored"):
            made = stored.load_or_build("countries-en", _Matcher, lambda: _build_matcher("en"), root=tmp_path)
        assert "unreadable" in caplog.text
        assert made.currency_any.search("paid in US dollars")


def test_values_come_back_as_they_were():
    value = {"a": (1, "b", None), ("k", 2): frozenset({"x", "y"}), "re": re.compile(r"(?i)hanoi|h[aà] n[oộ]i"),
             "list": [1.5, True, {"inner": ("t",)}]}
    back = stored.decode(stored.encode(value))
    assert back.keys() == value.keys()
    for key in value:
        assert _same(value[key], back[key]), key
    assert back["re"].search("in HANOI today").group() == "HANOI"


def test_outside_a_virtualenv_nothing_is_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(stored, "default_cache_root", lambda: None)
    calls = []
    for _ in range(2):
        stored.load_or_build("countries-en", _Matcher, lambda: calls.append(1) or _build_matcher("en"))
    assert len(calls) == 2


def test_tables_of_another_version_are_not_read(tmp_path, monkeypatch):
    _keep_and_read(tmp_path, "en")
    monkeypatch.setattr(stored, "version", lambda: "another-version")
    calls = []
    stored.load_or_build("countries-en", _Matcher, lambda: calls.append(1) or _build_matcher("en"), root=tmp_path)
    assert calls == [1]
    assert {p.name for p in tmp_path.glob("tables-*")} >= {"tables-another-version"}


@pytest.mark.parametrize("lang", ["en", "ru", "vi", None])
def test_kept_titles_are_the_built_ones(tmp_path, lang):
    from kabar.understand.persons import _build_vocabulary, _Phrases, _Vocabulary
    nested = {kind: _Phrases for kind in ("titles", "qualifiers", "connectors", "towards", "offices")}
    made = stored.load_or_build("titles", _Vocabulary, lambda: _build_vocabulary(lang), root=tmp_path, nested=nested)
    again = stored.load_or_build("titles", _Vocabulary, pytest.fail, root=tmp_path, nested=nested)
    for field in dataclasses.fields(_Vocabulary):
        assert _same(getattr(made, field.name), getattr(again, field.name)), field.name
    assert again.titles.by_first  # (and it holds titles)
