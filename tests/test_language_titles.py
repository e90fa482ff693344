"""Language identification and title derivation."""
import pytest

from kabar.understand.language import extract_language
from kabar.understand.parse import extract_parts
from kabar.understand.titles import derive_title, extract_summary, extract_title, shorten
from tests.conftest import seed_text


@pytest.mark.parametrize("seed, lang", [("000", "id"), ("001", "en"), ("002", "id"), ("003", "id"), ("004", "id")])
def test_seed_language(seed, lang):
    assert extract_language(seed_text(seed)).code == lang


@pytest.mark.parametrize("text, lang", [
    ("Bộ trưởng Ngoại giao Việt Nam đã hội đàm với người đồng cấp Nga tại Hà Nội sáng nay.", "vi"),
    ("Министр иностранных дел России встретился с коллегой из Вьетнама в Москве.", "ru"),
    ("Le ministre des Affaires étrangères a rencontré son homologue russe à Hanoï mardi.", "fr"),
    ("Der Außenminister traf am Dienstag seinen russischen Amtskollegen in Hanoi.", "de"),
    ("El ministro de Asuntos Exteriores se reunió el martes con su homólogo ruso en Hanói.", "es"),
    ("越南外交部长周二在河内会见了俄罗斯外长，双方讨论了双边合作。", "zh"),
    # Persian typed with Arabic's own ye and kaf ("گزارشهاي", "سعودي"), as many Iranian sites do
    ("رئيس جمهور شيلي كه به كنيا سفر كرده با رئيس جمهور اين كشور ديدار و گفتگو كرد. براساس گزارشهاي "
     "دريافتي دو طرف درباره گسترش همكاريهاي اقتصادي و فرهنگي گفتگو كردند.", "fa"),
    # Modern Greek in the old polytonic spelling, as a few outlets still write it (not Ancient Greek)
    ("Ὁ πρωθυπουργὸς συναντήθηκε σήμερα μὲ τὸν Ἰσραηλινὸ ὁμόλογό του στὴν Ἱερουσαλήμ, καὶ οἱ δύο ἡγέτες "
     "συζήτησαν γιὰ τὴν ἐνέργεια, τὸν τουρισμὸ καὶ τὴν ἀσφάλεια τῆς περιοχῆς.", "el"),
    ("12345 67890 !!! ???", None),  # no letters: not detectable
    ("ok", None),  # too short to tell
])
def test_language_table(text, lang):
    assert extract_language(text).code == lang


def test_headline_is_kept():
    title, derived = extract_title(extract_parts(seed_text("002")), "fallback")
    assert (title, derived) == ("Perdalam Lebih Lanjut Hubungan Kemitraan Strategis Vietnam-Rusia", False)


@pytest.mark.parametrize("seed, starts", [
    # the leading time phrase "Pada pagi hari tanggal 4 Maret," is dropped
    ("000", "Wakil Menteri Luar Negeri Tetap Nguyen Minh Vu"),
    ("003", "Ini adalah pertama kalinya Sekretaris Jenderal To Lam dan Presiden Rusia Vladimir Putin"),
])
def test_derived_title_is_short_and_in_the_articles_language(seed, starts):
    title, derived = extract_title(extract_parts(seed_text(seed)), "fallback")
    assert derived is True
    assert title.startswith(starts)
    assert len(title) <= 110
    assert "Pada pagi" not in title and "Foto" not in title


def test_shorten_cuts_at_a_word_and_marks_the_cut():
    text = "Wakil Menteri Luar Negeri Tetap dan Wakil Menteri Luar Negeri Pertama memimpin dialog strategis yang"
    out = shorten(text, 60)
    assert len(out) <= 60 and out.endswith("…")
    assert text.startswith(out[:-1])
    assert not out[:-1].endswith((" dan", " yang"))


def test_derive_title_none_without_text():
    assert derive_title(extract_parts("")) is None


def test_summary_is_the_lead():
    summary = extract_summary(extract_parts(seed_text("001")))
    assert summary.startswith("Standing Deputy Minister of Foreign Affairs Nguyen Minh Vu")
    assert len(summary) <= 240
