"""The search index split into files (issue #12): the search page loads one small file, a query
the files of its words and of the results it shows, and together they hold exactly what the
one-file index held."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kabar import search
from tests.sitebuild import search_payload
from tools.synth import generate

SMALL_SHARD = 2_000  # bytes: splits keys three and four characters deep in a few hundred articles


@pytest.fixture(scope="module")
def docs() -> list[search.SearchDoc]:
    """Synthetic reports (Indonesian, English, French) with their true language, date and pair;
    one in four undated, so that the numbering puts some at the end."""
    out = []
    for number, article in enumerate(generate(400, seed=3)):
        title, _, text = article.text.strip().partition("\n")
        date = None if number % 4 == 3 else article.date
        out.append(search.SearchDoc(f"{article.lang}/{article.name}.html", title, article.lang, date,
                                    article.countries, text))
    return out


@pytest.fixture(scope="module")
def index(docs) -> dict:
    return search.build_index(docs)


def payloads(files: dict[str, str]) -> dict[str, object]:
    """Path without ``.js`` -> the data the file gives the page."""
    return {path.removesuffix(".js"): search_payload(text, path) for path, text in files.items()}


def size(text: str) -> int:
    return len(text.encode("utf-8"))


@pytest.mark.parametrize("cap", [search.SHARD_BYTES, SMALL_SHARD])
def test_the_files_hold_exactly_the_one_file_index(index, cap):
    files = payloads(search.index_files(index, cap=cap))
    manifest = files["index"]
    keys = manifest["keys"]
    assert manifest["n"] == len(index["docs"]) and keys == sorted(keys)
    assert {p for p in files if p.startswith("t/")} == {f"t/{search.shard_name(k)}" for k in keys}
    assert len({search.shard_name(k) for k in keys}) == len(keys)
    if cap == SMALL_SHARD:
        assert max(map(len, keys)) >= 4  # keys split more than once
    stems = index["stems"]
    want_words = {w: stems[s] if isinstance(s, int) else [stems[i] for i in s] for w, s in index["words"].items()}
    want_posts = dict(zip(stems, index["post"]))
    got_words, got_posts = {}, {}
    longest = max(map(len, keys))
    for key in keys:
        shard = files[f"t/{search.shard_name(key)}"]
        for word, its_stems in shard["w"].items():
            assert word not in got_words and search.owner(word, set(keys), longest) == key, (word, key)
            got_words[word] = its_stems
        for stem, posting in shard["p"].items():
            assert stem not in got_posts and search.owner(stem, set(keys), longest) == key, (stem, key)
            got_posts[stem] = posting
    assert got_words == want_words
    assert got_posts == want_posts
    chunks = [files[f"d/{i}"] for i in range(len(files) - len(keys) - 1)]
    assert all(len(chunk) == manifest["chunk"] for chunk in chunks[:-1])
    assert [doc for chunk in chunks for doc in chunk] == index["docs"]


def test_every_word_a_typed_prefix_begins_is_in_the_files_the_prefix_names(index):
    """What search.js loads for a prefix match: the prefix's owner and the keys that begin with
    the prefix."""
    keys = payloads(search.index_files(index, cap=SMALL_SHARD))["index"]["keys"]
    key_set, longest = set(keys), max(map(len, keys))
    for word in index["words"]:
        owned_by = search.owner(word, key_set, longest)
        for end in range(2, len(word) + 1):
            prefix = word[:end]
            assert owned_by == search.owner(prefix, key_set, longest) or owned_by.startswith(prefix), (word, prefix)


def test_the_page_loads_little_up_front(index):
    files = search.index_files(index)
    up_front, total = size(files["index.js"]), sum(map(size, files.values()))
    assert up_front < total / 100, (up_front, total)
    assert len(files) > 100


def test_only_one_word_s_own_postings_make_a_file_larger_than_the_limit(index):
    cap = 500  # bytes: less than the postings of a word in most reports
    files = search.index_files(index, cap=cap)
    large = [path for path, text in files.items() if path.startswith("t/") and size(text) > cap + 200]
    assert large  # the most frequent words
    for path in large:
        data = payloads({path: files[path]})[path.removesuffix(".js")]
        assert len(data["p"]) == 1 and set(data["w"]) <= set(data["p"]), path


def test_documents_are_numbered_newest_first_undated_last(docs, index):
    dates = [d[3] for d in index["docs"]]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and dates == dated + [""] * (len(dates) - len(dated))
    same_day = [d.url for d in docs if d.date == dated[0]]
    assert [d[0] for d in index["docs"][:len(same_day)]] == same_day  # the given order within a day


@pytest.mark.parametrize("key, name", [
    ("ru", "ru"), ("se", "se"), ("vietnam", "vietnam"), ("2024", "2024"),
    ("пу", "_43f__443_"), ("日本", "_65e5__672c_"), ("con", "con_"), ("com1", "com1_"), ("nul", "nul_"), ("cons", "cons"),
])
def test_shard_file_names_are_plain_and_portable(key, name):
    assert search.shard_name(key) == name


def test_a_report_s_words_kept_between_builds_give_the_same_index(docs, index, tmp_path, caplog):
    """The words of each report (by its reading's key) are kept in the cache folder: a rebuild
    folds only its new reports' texts, and its index is the one made from every text."""
    keyed = [replace(d, key=f"k{n}") for n, d in enumerate(docs)]
    path = tmp_path / "search-forms.json"
    first = search.FormsCache(path, "v1")
    assert search.build_index(keyed, first) == index and not first.known
    first.save()
    again = search.FormsCache(path, "v1")
    assert len(again.known) == len(docs)
    assert search.build_index([replace(keyed[0], key="new"), *keyed[1:]], again) == index
    assert again.now.keys() == {d.key for d in keyed[1:]} | {"new"}  # (k0 left the archive: dropped)
    assert not search.FormsCache(path, "v2").known  # another version of the folding: not trusted
    path.write_bytes(b"{broken")
    assert not search.FormsCache(path, "v1").known and "cannot be read" in caplog.text
    lying = tmp_path / "lying.json"  # an entry whose words are not its text's still holds strings
    lying.write_text('{"format": "kabar-search-forms/2", "version": "v1", "docs": {"k0": [1, 2]},'
                     ' "stems": {"id": {"kerjasama": 7, "pertemuan": null}, "en": [1]}}')
    assert search.build_index(keyed, search.FormsCache(lying, "v1")) == index


def test_stems_kept_between_builds_give_the_same_index_without_stemming_again(docs, index, tmp_path, monkeypatch):
    keyed = [replace(d, key=f"k{n}") for n, d in enumerate(docs)]
    path = tmp_path / "search-forms.json"
    first = search.FormsCache(path, "v1")
    search.build_index(keyed, first)
    first.save()
    again = search.FormsCache(path, "v1")
    assert any(again.known_stems.values())
    calls = []
    real = search.stemmer_for

    def counting(lang):
        stem = real(lang)
        return lambda word: calls.append(word) or stem(word)

    monkeypatch.setattr(search, "stemmer_for", counting)
    assert search.build_index(keyed, again) == index
    assert all(word.isdigit() or len(word) <= search.MIN_STEM for word in calls)  # only words not worth keeping
    assert again.now_stems == again.known_stems
    assert not search.FormsCache(path, "v2").known_stems  # other stemmers' versions: not trusted
