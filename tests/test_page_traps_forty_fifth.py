"""Traps met in the forty-fifth round's sets, in texts written for these tests: a Thai headline
written without spaces under a site's address and motto, over a caption whose credit is in Thai; an
agency's photo paragraph (its dateline, its credit "FOTO AGENCY/ PHOTOGRAPHER/ xx") over the
headline; a wire agency's name in small letters after the headline; Urdu's spelling of Namibia
without its long vowel, and "Mr Modi"."""
from __future__ import annotations

import pytest

from kabar.understand.headline import never_headline
from kabar.understand.pipeline import understand


def _record(text: str, name: str = "a.txt"):
    return understand(text.encode(), name).record


THAI_PAGE = (
    "Thaiasean.vn - ข่าวสารอาเซียนทุกวัน\n\n"
    "นายกรัฐมนตรีเวียดนามโทรศัพท์หารือกับประธานาธิบดีแอฟริกาใต้เรื่องการค้า\n\n"
    "Việt Nam 14/03/2025\n\n"
    "ทั้งสองฝ่ายเห็นพ้องที่จะขยายความร่วมมือด้านการค้าและการลงทุน\n\n"
    "นายกรัฐมนตรี ฝ่าม มิงห์ จิ๊งห์ หารือทางโทรศัพท์กับประธานาธิบดี ซีริล รามาโฟซา (ภาพ: Tran Hai/VNA)\n\n"
    "ช่วงบ่ายของวันที่ 14 มีนาคม นายกรัฐมนตรีเวียดนามได้หารือทางโทรศัพท์กับประธานาธิบดีแอฟริกาใต้ "
    "ทั้งสองฝ่ายเห็นพ้องที่จะขยายความร่วมมือด้านการค้าและการลงทุนระหว่างสองประเทศ\n")


def test_a_thai_headline_without_spaces_under_a_sites_address_and_motto_is_the_headline():
    """Thai writes no space between words: the headline, two spaced runs, is no "two-word" line;
    the site's address with its motto over it is the site's, and the line its Thai photo credit
    ("(ภาพ: …)") closes is a caption (before, the caption, then the motto, were taken)."""
    record = _record(THAI_PAGE)
    assert record.title == "นายกรัฐมนตรีเวียดนามโทรศัพท์หารือกับประธานาธิบดีแอฟริกาใต้เรื่องการค้า"


def test_a_thai_line_of_two_short_runs_is_still_no_headline():
    assert never_headline("ข่าวด่วน วันนี้")


AGENCY_PHOTO_OVER_THE_HEADLINE = (
    "Beograd, 14. maja 2023.- Predsednik Srbije Aleksandar Vucic i premijer Madjarske Viktor Orban "
    "danas su otvorili novi granicni prelaz kod Horgosa. Posle otvaranja razgovarali su o saradnji u "
    "energetici i o izgradnji gasovoda, a zatim su se obratili medijima u zgradi nove carinske "
    "uprave. FOTO TANJUG/ MARKO PETROVIC/ mp\n\n"
    "Vučić i Orban otvorili novi granični prelaz kod Horgoša\n\n"
    "Predsednik Srbije Aleksandar Vučić i premijer Mađarske Viktor Orban otvorili su danas novi "
    "granični prelaz kod Horgoša, na granici dve zemlje.\n\n"
    "Dvojica lidera razgovarala su i o saradnji u energetici.\n")


def test_an_agency_photo_paragraph_over_the_headline_is_no_headline_and_its_dateline_still_dates():
    """The paragraph the agency's photo credit closes is the photo's story: the headline is the
    line under it (before, no headline was found and the paragraph's first words were shown);
    its dateline's day, "today", is still the meeting's."""
    record = _record(AGENCY_PHOTO_OVER_THE_HEADLINE)
    assert record.title == "Vučić i Orban otvorili novi granični prelaz kod Horgoša"
    assert record.date.iso == "2023-05-14"


@pytest.mark.parametrize("first_line, title", [
    # a wire agency's name in small letters after it, the page's tag
    ("Vučić: Orban je pravi prijatelj Srbije i srpskog naroda tanjug",
     "Vučić: Orban je pravi prijatelj Srbije i srpskog naroda"),
    # not a headline that ends in a capitalised word (a name, the agency's as a subject)
    ("Vučić i Orban razgovarali u Beogradu sa delegacijom Tanjug",
     "Vučić i Orban razgovarali u Beogradu sa delegacijom Tanjug"),
])
def test_a_wire_agencys_tag_in_small_letters_after_the_headline_is_not_the_headline(first_line, title):
    text = (f"{first_line}\n\n"
            "O presidente Luiz Inácio Lula da Silva recebeu nesta terça-feira o primeiro-ministro "
            "do Vietnã, Pham Minh Chinh, no Palácio do Planalto, em Brasília.\n\n"
            "Os dois líderes discutiram comércio, agricultura e investimentos.\n")
    assert _record(text).title == title


def test_urdu_namibia_without_its_long_vowel_and_mister_modi_are_the_pair():
    """Urdu pages write Namibia "نمیبیا" as often as CLDR's "نامیبیا"; "مسٹر مودی" ("Mr Modi") is
    India's prime minister, his surname alone being also an Arabic word (before: Namibia unnamed,
    Modi unknown, and the three countries of his tour taken instead)."""
    text = ("مودی صدر کی دعوت پر نمیبیا پہنچے\n\n"
            "مسٹر مودی نے کہا کہ نمیبیا ایک قابل قدر افریقی شراکت دار ہے۔ "
            "ہندوستان کے وزیر اعظم کا نمیبیا کا یہ پہلا دورہ ہے۔\n\n"
            "اس سے پہلے انہوں نے گھانا اور برازیل کا دورہ کیا۔ مسٹر مودی نمیبیا کے صدر کے ساتھ "
            "دو طرفہ بات چیت کریں گے اور نمیبیا کی پارلیمنٹ سے خطاب کریں گے۔\n")
    assert _record(text).countries.codes == ("IN", "NA")
