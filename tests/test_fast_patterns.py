"""The look-aheads that tell the regex engine where to look first (textutil.first_letters_guard,
first_characters_guard) must never hide a match: each word they guard is still found, in any case
and in any script, and a word they cannot guard stops the build's import, not a reading."""
import pytest

from kabar.understand.actors import find_people
from kabar.understand.captions import is_caption
from kabar.understand.countries import extract_venue
from kabar.understand.textutil import CALL_RE, first_characters_guard, first_letters_guard


@pytest.mark.parametrize("text", [
    "The two leaders spoke by PHONE on Monday.",
    "Les deux présidents ont eu un coup de fil mardi.",
    "Joe Biden held a video call with Lula.",
    "Ông Tô Lâm điện đàm với Tổng thống Putin.",
    "Путин провёл телефонный разговор с Токаевым.",
    "Τηλεφωνική επικοινωνία είχαν οι δύο ηγέτες.",
    "أجرى الرئيسان اتصالا هاتفيا",
    "두 정상은 전화 통화를 했다",
    "两国元首通电话",
    "A readout of Netanyahu's call with Milei.",
    "Viongozi hao walizungumza kwa simu jana.",
])
def test_every_call_word_is_still_found(text):
    assert CALL_RE.search(text) is not None


@pytest.mark.parametrize("text", ["He called on both sides to talk.", "Talks in Hanoi on trade", "[대한뉴스=전화수 기자]"])
def test_what_is_no_call_is_still_none(text):
    assert CALL_RE.search(text) is None


def test_a_call_has_no_venue_and_a_visit_keeps_its_own():
    assert extract_venue("Putin and Scholz spoke by phone", "They spoke by phone from Moscow and Berlin.", "en") == ()
    assert extract_venue("Scholz in Moscow", "Chancellor Scholz arrived in Moscow on Tuesday for talks.", "en") == ("RU",)


def test_a_word_without_a_plain_first_letter_cannot_be_guarded():
    with pytest.raises(ValueError):
        first_letters_guard(("phone", "(?:tele|video)call"))


def test_the_guards_name_each_first_letter_once():
    assert first_letters_guard(("phone", r"(?<![\w-])calls? with", r"\bkwa simu\b", "video")) == "(?=[ckpv])"
    assert first_characters_guard(["总统", "主席", "총리", "-x"]) == "(?=[\\-主总총])"


@pytest.mark.parametrize("line, caption", [
    ("Presidents meet in Hanoi (Photo: VNA)", True),
    ("The two leaders shake hands. Photo: Nguyen Hong", True),
    ("Les deux dirigeants à Paris. AFP/Ludovic Marin", True),
    ("習近平主席與來訪的總統會談 記者 李明 攝", True),
    ("The two leaders held talks in Hanoi on Monday (local time).", False),
    ("Talks: the two sides agreed on trade", False),
])
def test_a_credit_still_makes_a_caption(line, caption):
    assert is_caption(line) is caption


def test_a_listed_name_in_an_unspaced_script_is_found_where_it_stands():
    # (the text scanned only where a listed name's first character stands: the name after a long run
    #  of other characters is still found, and one inside another name is not counted twice)
    text = "据报道，" + "两国在多个领域开展合作。" * 40 + "俄罗斯总统普京会见了来访的客人。"
    people = {m.person for m in find_people(text, "zh")}
    assert "vladimir-putin" in people
