"""Traps met in the sixty-second round's sets, in texts written for these tests: a Vietnamese span whose
first day is written alone ("từ ngày 25 đến ngày 27/5") read as its last day only; a dateline's day and
month ("ROMA, 21 JUN (ANSA) -") whose weekday the lead writes with the day in brackets ("nesta
quarta-feira (21)") left without the year that weekday picks among the leaders' years together; a
wire's hard-wrapped lines ("MADRID, June 5 (Reuters) - Spanish Prime Minister" / "Pedro Sanchez on
Monday said …") kept apart where the next line begins with a name, so the second line was taken for the
headline and the report lost its dateline; a summit told in the pluperfect ("although Albanese had been
in Rio de Janeiro for the G20 summit in 2024") taken for the days the report can be of; a crown prince
("Putra Mahkota Abu Dhabi, … Sheikh Mohamed bin Zayed") dated by the years he later held the
presidency; a president-elect read only in the lead, not in the paragraph after it; two groups of year-less reports of one state visit, in two languages, whose leads name the same two leaders, left
apart; Giorgia Meloni's name in Hindi ("जॉर्जिया मेलोनी") read as the country Georgia; a line wholly in
square brackets that holds parentheses, a caption whose day runs into its credit ("… 2023/Setpres RI"), and
a page's tags line ("Từ khóa: #…"), taken for the headline; Azerbaijani case endings on a short country name
("İraqa") and Sri Lankan Tamil's spelling of Australia not read."""
from __future__ import annotations

import pytest

from kabar.linking import link_articles
from kabar.understand.actors import find_people
from kabar.understand.pipeline import link_view
from tests.records import record_of as _record

STATE_VISIT_VI = (
    "Chủ tịch nước Lương Cường hội đàm với Tổng thống Đức Frank-Walter Steinmeier\n\n"
    "Nhận lời mời của Chủ tịch nước Lương Cường, Tổng thống Đức Frank-Walter Steinmeier thăm cấp Nhà nước tới "
    "Việt Nam {days}. Hai bên đã hội đàm tại Phủ Chủ tịch về hợp tác kinh tế, giáo dục và năng lượng.\n\n"
    "Hai nhà lãnh đạo nhất trí thúc đẩy quan hệ Đối tác Chiến lược.\n")


@pytest.mark.parametrize("days, first, last", [
    ("từ ngày 10 đến ngày 12/3", "03-10", "03-12"),
    ("từ ngày 10 đến 12/3", "03-10", "03-12"),
    ("từ 10-12/3", "03-10", "03-12"),  # (read before too)
    ("ngày 12/3", "03-12", None),  # a day alone is no span
])
def test_a_vietnamese_span_whose_first_day_is_written_alone(days, first, last):
    """"From the 10th to 12 March": before, only "12/3" was read, the visit's last day, so the report
    could not meet the others of the visit that write its first or second day."""
    date = _record(STATE_VISIT_VI.format(days=days), "vi.txt").date
    assert (date.month_day, date.month_day_to) == (first, last)


WIRE_DATELINE = (
    "ROMA, 21 JUN (ANSA) - O presidente da Itália, Sergio Mattarella, recebeu {day}, no Quirinale, "
    "seu homólogo do Brasil, Luiz Inácio Lula da Silva.\n\n"
    "Os dois chefes de Estado falaram de comércio, de clima e da guerra na Ucrânia.\n")


def test_the_leads_weekday_written_with_the_datelines_day_picks_its_year():
    """Mattarella and Lula have been in office together since January 2023; 21 June fell on a
    Wednesday in 2023 only. The lead writes "nesta quarta-feira (21)": the dateline's day is that
    Wednesday, so 2023. Before, the weekday was only attached afterwards and no year was taken."""
    assert _record(WIRE_DATELINE.format(day="nesta quarta-feira (21)")).date.iso == "2023-06-21"


def test_a_weekday_without_the_day_in_brackets_gives_a_dateline_no_year():
    """"nesta quarta-feira" alone may be a day before the dateline's: the day and month stay without a year."""
    date = _record(WIRE_DATELINE.format(day="nesta quarta-feira")).date
    assert (date.iso, date.month_day) == (None, "06-21")


HARD_WRAPPED = (
    "MADRID, June 5 (Reuters) - Spanish Prime Minister\n"
    "Pedro Sanchez on Monday said his talks with Brazilian President Luiz\n"
    "Inacio Lula da Silva had gone well and that the two governments would\n"
    "work together on a trade deal between the European Union and\n"
    "Mercosur before the end of the year, a senior official said.\n"
    "\"We had a very good meeting this morning,\" Sanchez told reporters\n"
    "at the Moncloa palace, adding that both leaders wanted closer\n"
    "ties in energy and in the fight against climate change.\n")


def test_a_wires_hard_wrapped_lead_runs_on_after_its_dateline():
    """The wire's fixed-width lines break before a name ("… Prime Minister" / "Pedro Sanchez …"). Before,
    the lines were joined only where the next began in lower case: the first line stood alone, and the
    title taken from it was "MADRID, June 5 - Spanish Prime Minister" (on a real page, a later pair of
    lines that ended on a quotation mark became the headline, and the dateline was lost)."""
    record = _record(HARD_WRAPPED)
    assert "Spanish Prime Minister Pedro Sanchez on Monday said" in record.title
    assert (record.date.month_day, record.date.weekday) == ("06-05", 0)


PLUPERFECT_SUMMIT = (
    "Lula welcomes Albanese at Planalto\n\n"
    "It was the first visit to Brazil by an Australian prime minister in years, although Albanese {verb} in Rio "
    "de Janeiro for the G20 summit in 2024\n\n"
    "Brazilian President Luiz Inacio Lula da Silva welcomed Australian Prime Minister Anthony Albanese to discuss "
    "trade, mining and farming.\n")


def test_a_summit_told_in_the_pluperfect_is_not_the_reports():
    """An undated report whose standfirst recalls that the guest "had been in Rio de Janeiro for the G20
    summit in 2024": before, the report could be only of those summit days; now it is of no days."""
    assert _record(PLUPERFECT_SUMMIT.format(verb="had been")).date.around is None
    # (… told plainly, the summit still sets the days the report can be of)
    assert _record(PLUPERFECT_SUMMIT.format(verb="was")).date.around == ("2024-11-15", "2024-11-20")


CROWN_PRINCE = (
    "JAKARTA -- Presiden Joko Widodo mengajak {guest} Sheikh Mohamed bin Zayed Al Nahyan meninjau Ibu Kota "
    "Nusantara pada Rabu (24/7) pagi.\n\nKedua pemimpin juga membahas investasi dan energi.\n")


def test_a_crown_prince_is_not_dated_by_the_presidency_he_held_later():
    """"Putra Mahkota Abu Dhabi" (the crown prince): Mohamed bin Zayed became president in May 2022, and
    with Jokowi (in office until October 2024) a Wednesday 24 July fell in 2024 only, so the report of his
    visit as crown prince (2019) was dated 2024. The heir's title dates nothing now."""
    date = _record(CROWN_PRINCE.format(guest="Putra Mahkota Abu Dhabi, Uni Emirat Arab,")).date
    assert (date.iso, date.month_day) == (None, "07-24")
    # (… as president, the years together still date it)
    assert _record(CROWN_PRINCE.format(guest="Presiden Uni Emirat Arab")).date.iso == "2024-07-24"


STEINMEIER_EN = (
    "German President Steinmeier arrives in Hanoi\n\n"
    "German President Frank-Walter Steinmeier and his wife arrived in Hanoi on {day} evening, beginning a state "
    "visit to Vietnam until March 12 at the invitation of Vietnamese President Luong Cuong.\n\n"
    "{more}\n")


def test_two_groups_of_year_less_reports_of_one_state_visit_are_one_event():
    """Two English reports of a state visit that write "March 10" and "March 10 to 12", and two Vietnamese ones
    that write "từ ngày 10 đến ngày 12/3" and "11/3", no year anywhere: each language's pair linked, but the
    two names they share (the two presidents) weigh little against the pair, so the groups stayed apart.
    Both groups' leads name the same two leaders, one of each side, on days a day apart: one event."""
    texts = [
        STEINMEIER_EN.format(day="March 10", more="The guests were welcomed at Noi Bai airport by officials."),
        STEINMEIER_EN.format(day="March 10", more="The visit, from March 10 to 12, includes talks on trade."),
        STATE_VISIT_VI.format(days="từ ngày 10 đến ngày 12/3"),
        STATE_VISIT_VI.replace("thăm cấp Nhà nước tới Việt Nam {days}", "Sáng nay (11/3), tại Phủ Chủ tịch, "
                               "Chủ tịch nước chủ trì lễ đón Tổng thống Đức"),
    ]
    views = [link_view(_record(text, f"{i}.txt")) for i, text in enumerate(texts)]
    events = link_articles(views)
    assert len({e.id for e in events if set(e.article_ids) & {v.id for v in views}}) == 1


@pytest.mark.parametrize("text", [
    "प्रधानमंत्री नरेंद्र मोदी ने इटली की प्रधानमंत्री जॉर्जिया मेलोनी से मुलाकात की।",
    "प्रधानमंत्री मोदी और मेलोनी के बीच द्विपक्षीय बैठक हुई।",
])
def test_meloni_in_hindi_is_a_person_not_georgia(text):
    """"जॉर्जिया मेलोनी" was not found as Giorgia Meloni, and its first word, the Hindi name of Georgia,
    made the report one of India and Georgia."""
    assert "giorgia-meloni" in {m.person for m in find_people(text, "hi")}


PRESIDENT_ELECT = (
    "Menteri Pertahanan RI, Prabowo Subianto, membahas kerja sama industri pertahanan dengan Turki di Ankara pada "
    "Selasa (30/7), menekankan pentingnya Turki sebagai mitra strategis bagi Indonesia dalam produksi bersama "
    "kapal, drone dan kendaraan tempur, serta dalam pelatihan para perwira kedua negara di masa depan.\n"
    "Prabowo, yang juga {who}, bertemu dengan Presiden Recep Tayyip Erdogan di Istana Kepresidenan.\n"
    "Kedua pihak sepakat memperluas produksi bersama kendaraan tempur.\n")


def test_a_president_elect_in_the_paragraph_after_the_lead_dates_its_day():
    """The lead names the defence minister; the next paragraph calls him the president-elect (he took office
    on 20 October 2024): a Tuesday 30 July within the months before is 2024. Before, only the lead was
    read for "president-elect", and the day stayed without a year."""
    assert _record(PRESIDENT_ELECT.format(who="Presiden terpilih RI")).date.iso == "2024-07-30"
    # (… without the word, no year)
    assert _record(PRESIDENT_ELECT.format(who="Ketua Umum Partai Gerindra")).date.iso is None


KOREAN_PAGE = (
    "스포츠조선\n\n"
    "브라질 대통령 \"李대통령과 대화…관계강화·교역확대 노력키로\"\n\n"
    "기사입력 2025-06-18 08:30\n\n"
    "[{caption} 캡처. 재판매 및 DB 금지]\n\n"
    "주요 7개국(G7) 정상회의에 초청받아 캐나다를 방문 중인 루이스 이나시우 룰라 다시우바 브라질 대통령은 17일(현지시간) "
    "이재명 대통령과 만나 양국 교역 확대에 대해 협의했다고 밝혔다.\n\n"
    "룰라 대통령은 이날 자신의 계정에 사진을 게시했다.\n")


@pytest.mark.parametrize("caption", [
    "루이스 이나시우 룰라 다시우바 브라질 대통령 엑스(X)",
    "루이스 이나시우 룰라 다시우바 브라질 대통령 엑스",  # (without parentheses it was read as a note before too)
])
def test_a_line_wholly_in_square_brackets_is_no_headline_though_it_holds_parentheses(caption):
    """"[… 엑스(X) 캡처. 재판매 및 DB 금지]" (a photo captured from a post; no resale): a line wholly in brackets
    is a note, never a headline; with parentheses inside the square brackets it was not read as one, and
    the caption became the headline."""
    assert _record(KOREAN_PAGE.format(caption=caption), "ko.txt").title.startswith("브라질 대통령")


INDONESIAN_PAGE = (
    "Berita\n\n"
    "Presiden RI Joko Widodo saat berjabat tangan dengan Perdana Menteri Jepang Fumio Kishida dalam pertemuan di "
    "Tokyo, Sabtu, 16 Desember 2023/Setpres RI\n\n"
    "Bisnis\n\n"
    "Jokowi Bertemu PM Jepang, Bahas Kerja Sama Energi dan Industri\n\n"
    "MINGGU, 17 DESEMBER 2023 | 10:12 WIB\n\n"
    "Presiden RI Joko Widodo mengadakan pertemuan dengan Perdana Menteri Jepang Fumio Kishida di Tokyo pada Sabtu "
    "(16/12) untuk membahas kerja sama energi.\n\n"
    "Kedua pemimpin juga membahas investasi di sektor industri.\n")


def test_a_caption_whose_day_runs_into_its_credit_is_no_headline():
    """"… di Tokyo, Sabtu, 16 Desember 2023/Setpres RI": the photo's day, then the office that took it after a
    slash, closes a caption. Before, that caption was taken for the headline."""
    assert _record(INDONESIAN_PAGE, "id.txt").title == "Jokowi Bertemu PM Jepang, Bahas Kerja Sama Energi dan Industri"


TAGGED_PAGE = ("{label}\n\n"
               "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Kishida Fumio\n\n"
               "(PLVN) - Chiều 16/12, tại Tokyo, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Nhật Bản Kishida "
               "Fumio về hợp tác kinh tế, năng lượng và lao động giữa hai nước.\n\n"
               "Hai bên nhất trí thúc đẩy quan hệ Đối tác Chiến lược Toàn diện.\n")


@pytest.mark.parametrize("label", ["Từ khóa: #hội đàm cấp cao Việt Nam Nhật Bản", "Tags: #Việt Nam #Nhật Bản #hợp tác"])
def test_a_pages_tags_line_is_no_headline(label):
    """"Từ khóa: #…" (keywords) above the headline: the page's hashtags, chrome; before, the tags line was the
    headline."""
    assert _record(TAGGED_PAGE.format(label=label), "vi.txt").title.startswith("Thủ tướng Phạm Minh Chính hội đàm")


@pytest.mark.parametrize("text, lang, country", [
    ("İran Prezidenti Məsud Pezeşkian İraqa rəsmi səfərə gəlib.", "az", "IQ"),  # a name of four letters, dative
    ("Prezident İraqda rəsmi görüşlər keçirib.", "az", "IQ"),  # locative
    ("Prezident Çində səfərdədir.", "az", "CN"),
    ("இந்திய பிரதமர் மோடி அவுஸ்திரேலியா சென்றுள்ளார்.", "ta", "AU"),  # Sri Lankan Tamil's spelling
])
def test_country_names_in_azerbaijani_cases_and_sri_lankan_tamil(text, lang, country):
    """Azerbaijani writes its case endings on a name ("İraqa", to Iraq): names of five letters or more were read
    as stems, shorter ones not at all, so a report of Pezeshkian's visit to Iraq was one of Iran alone. Sri Lankan
    Tamil writes Australia "அவுஸ்திரேலியா", which no list held."""
    assert country in _record(text, f"{lang}.txt").countries.codes
