"""The language model from the decompressed cache, walked by numpy, gives py3langid's answers."""
import logging
import random
import sys

import numpy as np
import pytest

from kabar.understand import langmodel
from tests.conftest import ROOT, seed_text

TEXTS = [seed_text(s) for s in ("000", "001", "002", "003", "004")] + [
    "Bộ trưởng Ngoại giao Việt Nam đã hội đàm với người đồng cấp Nga tại Hà Nội sáng nay.",
    "Министр иностранных дел России встретился с коллегой из Вьетнама в Москве.",
    "越南外交部长周二在河内会见了俄罗斯外长，双方讨论了双边合作。",
    "Menteri Luar Negeri Malaysia bertemu rakan sejawatannya dari Vietnam di Kuala Lumpur.",
    "", "a", "12345", "ab" * 3000,
]


def synthetic_texts(n: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "tools"))
    from synth import generate  # noqa: PLC0415

    return [a.text for a in generate(n, seed=11)]


def random_bytes(n: int) -> list[bytes]:
    rng = random.Random(5)
    return [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400))) for _ in range(n)]


@pytest.fixture(scope="module")
def shipped():
    return langmodel.load_shipped()


@pytest.fixture(scope="module")
def cached(tmp_path_factory, shipped):
    root = tmp_path_factory.mktemp("langid")
    langmodel.load_identifier(root)  # writes the cache
    return langmodel.load_identifier(root)  # reads it


def test_the_cache_holds_the_shipped_model(cached, shipped):
    assert isinstance(cached, langmodel.FastIdentifier)
    assert isinstance(cached.tk_nextmove, memoryview)  # mapped, not decompressed again
    assert np.array_equal(np.asarray(cached.nb_ptc), shipped.nb_ptc)
    assert np.array_equal(cached.nb_pc, shipped.nb_pc) and cached.nb_pc.dtype == shipped.nb_pc.dtype
    assert list(cached.nb_classes) == list(shipped.nb_classes)
    assert cached.tk_nextmove.tobytes() == shipped.tk_nextmove.tobytes()
    assert list(cached.tk_output) == list(shipped.tk_output)


def test_the_vectorised_walk_gives_the_same_scores_bit_for_bit(cached, shipped):
    texts = TEXTS + synthetic_texts(150)
    for text in texts:
        assert cached.classify(text) == shipped.classify(text), text[:80]
    for data in random_bytes(60):  # any byte sequence, not only words
        assert np.array_equal(cached._decide(data), shipped._decide(data))


def test_an_unreadable_cache_falls_back_to_the_shipped_model(tmp_path, shipped, caplog):
    langmodel.load_identifier(tmp_path)
    (folder,) = [p for p in tmp_path.iterdir() if not p.name.startswith(".")]
    (folder / langmodel.MANIFEST).write_text("{not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        identifier = langmodel.load_identifier(tmp_path)
    assert any("cache" in r.getMessage() and "unreadable" in r.getMessage() for r in caplog.records)
    assert identifier.classify(TEXTS[0]) == shipped.classify(TEXTS[0])


def test_a_cache_that_cannot_be_written_is_not_an_error(tmp_path, shipped):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    identifier = langmodel.load_identifier(blocked / "sub")
    assert identifier.classify(TEXTS[1]) == shipped.classify(TEXTS[1])
