"""Raw text -> headline, paragraphs, captions, source; boilerplate gone."""
import pytest

from kabar.understand.parse import extract_parts
from tests.conftest import seed_text


@pytest.mark.parametrize("seed, title", [
    ("000", None),
    ("001", "Vietnam, Russia Foreign Ministries hold 13th diplomacy - defence - security strategy dialogue"),
    ("002", "Perdalam Lebih Lanjut Hubungan Kemitraan Strategis Vietnam-Rusia"),
    ("003", None),
    ("004", "Menggelar Secara Efektif Hubungan Kemitraan Strategis Vietnam-Singapura"),
])
def test_headline_of_each_seed(seed, title):
    assert extract_parts(seed_text(seed)).title == title


@pytest.mark.parametrize("seed, name, url", [
    ("000", None, None),
    ("001", "WVR/VNA", None),
    ("002", "VOVWORLD", None),
    ("003", "Tuoitre.vn",
     "https://tuoitre.vn/tong-bi-thu-to-lam-hoi-dam-hep-voi-tong-thong-nga-putin-20250510175614884.htm"),
    ("004", "VOVWORLD", None),
])
def test_source_of_each_seed(seed, name, url):
    source = extract_parts(seed_text(seed)).source
    assert (source.name, source.url) == (name, url)


@pytest.mark.parametrize("seed, gone", [
    ("000", ["Komentar (0)", "\nBNG\n"]),
    ("001", ["TIN LIÊN QUAN", "Raisina Dialogue", "Vietnam, Japan", "Denmark", "Ireland", "(Source: WVR/VNA)",
             "WVR/VNA-"]),
    ("002", ["Chia sẻ", "Komentar", "ảnh 1", "(VOVWORLD)"]),
    ("003", ["Komentar (0)", "Sumber:", "Tuoitre.vn"]),
    ("004", ["Chia sẻ", "Komentar", "ảnh 1"]),
])
def test_boilerplate_is_removed(seed, gone):
    parsed = extract_parts(seed_text(seed))
    text = "\n" + "\n".join(b.text for b in parsed.blocks) + "\n"
    for piece in gone:
        assert piece not in text


def test_repeated_headline_before_photos_is_dropped_and_captions_kept():
    parsed = extract_parts(seed_text("001"))
    body = [b.text for b in parsed.blocks]
    assert parsed.title not in body
    assert parsed.captions == (
        "Standing Deputy Minister of Foreign Affairs Nguyen Minh Vu and Russian First Deputy Minister for "
        "Foreign Affairs Vladimir Titov in Hanoi, on March 4, 2024. (Photo: Quang Hoa)",
        "Overview of the meeting. (Photo: Quang Hoa)",
        "Standing Deputy Minister of Foreign Affairs Nguyen Minh Vu and First Deputy Minister of Foreign "
        "Affairs of Russia V. Tito signed a memorandum of understanding between the two Foreign Ministries. "
        "(Photo: Quang Hoa)",
        "Exchange of the cooperation document. (Photo: Quang Hoa)",
    )
    assert len(parsed.paragraphs) == 8
    assert parsed.paragraphs[0].startswith("Standing Deputy Minister")


@pytest.mark.parametrize("seed, caption", [
    ("000", "Wakil Menteri Luar Negeri Pertama Rusia Vladimir Titov dan Wakil Menteri Luar Negeri Tetap "
            "Nguyen Minh Vu memimpin dialog strategis pada tanggal 4 Maret."),  # marked by the credit "BNG"
    ("002", "Dubes Vietnam untuk Federasi Rusia, Dang Minh Khoi (foto: VOV)"),  # after "- ảnh 1"
    ("003", "Sekretaris Jenderal To Lam berjabat tangan dengan Presiden Rusia Putin sebelum pertemuan "
            "kecil - Foto: VNA"),
])
def test_captions_are_recognised(seed, caption):
    assert caption in extract_parts(seed_text(seed)).captions


@pytest.mark.parametrize("text, title, paragraphs, captions, source", [
    # headline, blank line, agency prefix, caption by credit, related list, source line
    ("Ministers meet in Paris\n\nPARIS (AFP) - The ministers met on Monday.\nA view of the room. (Photo: AFP)\n"
     "Related news\nOther story one\nOther story two\n\nThey agreed to meet again.\nSource: AFP",
     "Ministers meet in Paris", ("The ministers met on Monday.", "They agreed to meet again."),
     ("A view of the room. (Photo: AFP)",), ("AFP", None)),
    # Vietnamese page furniture
    ("Hai Bộ trưởng hội đàm tại Hà Nội\nChia sẻ\nSáng 4/3, hai Bộ trưởng đã hội đàm.\nBình luận (3)\n"
     "TIN LIÊN QUAN\nTin khác một\n\nNguồn: VnExpress",
     "Hai Bộ trưởng hội đàm tại Hà Nội", ("Sáng 4/3, hai Bộ trưởng đã hội đàm.",), (), ("VnExpress", None)),
    # no headline: a first line that ends like a sentence is the lead
    ("The two sides met in Jakarta on Tuesday.\nThey discussed trade.\nBaca juga:\nBerita lain\n",
     None, ("The two sides met in Jakarta on Tuesday.", "They discussed trade."), (), (None, None)),
    # a French page's list of other stories ("Autres actualités"), and an Italian one's ("Altre notizie")
    ("Les ministres se réunissent à Paris\n\nLes ministres se sont réunis lundi.\nAutres actualités\n"
     "Un autre sujet\nUn autre encore\n\nIls se reverront en mai.\n",
     "Les ministres se réunissent à Paris", ("Les ministres se sont réunis lundi.", "Ils se reverront en mai."),
     (), (None, None)),
    ("I ministri si incontrano a Roma\n\nI ministri si sono incontrati lunedì.\nAltre notizie\n"
     "Un altro tema\n\nSi rivedranno a maggio.\n",
     "I ministri si incontrano a Roma", ("I ministri si sono incontrati lunedì.", "Si rivedranno a maggio."),
     (), (None, None)),
    # a wire-service dateline and its trailing credits (the agency read as the source; its place and day
    # stay in the lead, where the dates read them)
    ("Vietnam, Japan agree to boost defence ties\n\nHANOI, March 5 (Reuters) - The two agreed on Tuesday.\n"
     "Reporting by A. Writer; Editing by B. Editor\nOur Standards: The Thomson Reuters Trust Principles.\n",
     "Vietnam, Japan agree to boost defence ties", ("HANOI, March 5 - The two agreed on Tuesday.",), (), ("Reuters", None)),
    # a Vietnamese caption ends with ". Ảnh: <credit>"
    ("Thủ tướng hội đàm với Thủ tướng Nhật Bản\nChiều 5/3, hai Thủ tướng đã hội đàm tại Tokyo.\n"
     "Hai Thủ tướng tại buổi hội đàm. Ảnh: TTXVN\n",
     "Thủ tướng hội đàm với Thủ tướng Nhật Bản", ("Chiều 5/3, hai Thủ tướng đã hội đàm tại Tokyo.",),
     ("Hai Thủ tướng tại buổi hội đàm. Ảnh: TTXVN",), (None, None)),
    # a lone URL is the source link, not a paragraph
    ("Talks end early\n\nThe talks ended.\nhttps://example.org/news/talks-end-20240101.html\n",
     "Talks end early", ("The talks ended.",), (), (None, "https://example.org/news/talks-end-20240101.html")),
])
def test_parse_table(text, title, paragraphs, captions, source):
    parsed = extract_parts(text)
    assert parsed.title == title
    assert parsed.paragraphs == paragraphs
    assert parsed.captions == captions
    assert (parsed.source.name, parsed.source.url) == source


def test_markup_is_kept_as_text_not_interpreted():
    parsed = extract_parts("Headline with <b>bold</b>\n\n<script>alert(1)</script> {{ 7*7 }} Title: x\n")
    assert parsed.title == "Headline with <b>bold</b>"
    assert parsed.paragraphs == ("<script>alert(1)</script> {{ 7*7 }} Title: x",)


def test_a_chinese_lead_without_a_headline_is_not_taken_for_site_chrome():
    """Seventy characters of Chinese are a paragraph, not a short line of the site's: with no
    headline, the first paragraph stays the lead (and no sentence of the body becomes a title)."""
    lead = "国家主席10月4日在河内同越南总理举行会谈,双方一致同意将两国关系提升为全面战略伙伴关系,并签署了经贸、能源和教育等领域的多项合作文件。"
    second = "会谈中,两国领导人高度评价双边关系发展成果,同意加强经贸合作。"
    parsed = extract_parts(f"{lead}\n\n{second}\n\n双方还讨论了地区问题。\n")
    assert parsed.title is None
    assert [b.text for b in parsed.blocks][:2] == [lead, second]


@pytest.mark.parametrize("after_repeat, caption", [
    # the page printed its headline twice: the lead follows, with its dateline or as a long sentence
    ("Jakarta: Presiden melepas kepulangan tamunya di bandara Halim Perdanakusuma pada Selasa pagi.", False),
    ("Iran and Turkey reject the vote in the north of Iraq, the Turkish president said at a joint press "
     "conference with his Iranian counterpart in Tehran on Wednesday, the state broadcaster reported on the "
     "same evening.", False),
    # a photo under the repeated headline: its short caption
    ("The two presidents shake hands before their talks in Tehran.", True),
])
def test_what_follows_a_repeated_headline(after_repeat, caption):
    headline = "Turkey and Iran reject the referendum"
    parsed = extract_parts(f"{headline}\n\n5 October 2017\n{headline}\n{after_repeat}\n\nThe leaders met for two hours.\n")
    assert (after_repeat in parsed.captions) is caption
    assert (after_repeat in parsed.paragraphs) is not caption


def test_a_photo_credit_in_parentheses_makes_a_caption():
    text = ("Leaders meet in Qingdao\n\n"
            "The two leaders at an earlier summit in Xiamen on 4 September, 2017. (Jane Doe / Pool / AFP Photo)\n\n"
            "The two leaders met on the sidelines of the summit in Qingdao on Saturday.\n")
    parsed = extract_parts(text)
    assert parsed.captions == ("The two leaders at an earlier summit in Xiamen on 4 September, 2017. "
                               "(Jane Doe / Pool / AFP Photo)",)
    assert parsed.paragraphs == ("The two leaders met on the sidelines of the summit in Qingdao on Saturday.",)
