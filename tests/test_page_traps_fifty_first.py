"""Traps met in the fifty-first round's sets, in texts written for these tests: "the President of the
Republic" in Italian and Vietnamese titles read as names shared; a day a press release is dated by,
written before it; the day a leader was sworn in; a weekday told as to come, with a day of an earlier
visit further down; a visit announced in the lead's first sentence with its day; a Malay "3 Okt
lepas"; leaders spelt as outlets spell them, and a third country's leader named in passing; a Korean
caption closed by "ⓒ"; a photo's day under a headline's aim."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kabar.linking import link_articles
from kabar.linking.names import extract_names
from tests.records import record_of as _record
from tests.test_linking import article, groups


@pytest.mark.parametrize("text, word", [
    # Italian: "the President of the Republic" (before, "repubblica" was a name two reports shared)
    ("Il Presidente della Repubblica Sergio Mattarella ha ricevuto al Quirinale il Presidente della "
     "Repubblica del Kenya William Ruto.", "Repubblica"),
    ("El Presidente de la República, Gustavo Petro, recibió al primer ministro.", "República"),
    # Vietnamese: "Prime Minister", "President", "the Free Trade Agreement" (capitalised words, no names)
    ("Thủ tướng Phạm Minh Chính tiếp Thủ tướng Tây Ban Nha. Chủ tịch nước dự lễ đón.", "Thủ"),
    ("Hai bên nhất trí tận dụng Hiệp định Thương mại tự do và Đổi mới sáng tạo.", "Hiệp"),
])
def test_titles_and_institutions_are_no_names_to_share(text, word):
    """A title or institution written with capitals is no name two reports of different meetings
    share (a visit of 2022 and a meeting of 2025 joined on "Repubblica", "Thủ", "Chủ", "Đổi")."""
    assert all(shown != word for _, shown in extract_names(text).values())


def test_a_press_releases_day_before_it_is_not_the_visits():
    """"… according to a February 5 press release from the Ministry": the release's day; the lead's
    own "will visit Thailand on February 7 for talks with his Thai counterpart" is the visit's, its year
    the one the two prime ministers were in office together (before, it was 5 February)."""
    record = _record(
        "Prime Minister Hun Manet will visit Thailand on February 7 for talks on bilateral cooperation with "
        "his Thai counterpart Srettha Thavisin.\n\nAccompanying him will be the foreign minister and business "
        "leaders, according to a February 5 press release from the Ministry of Foreign Affairs.\n\n"
        "The two sides are expected to sign agreements on energy and border trade.\n")
    assert record.date.iso == "2024-02-07"


@pytest.mark.parametrize("text", [
    "PUTRAJAYA: Prime Minister Anwar Ibrahim met his Thai counterpart, Srettha Thavisin, here today for talks. "
    "It is his first visit to Malaysia after being sworn in as the Prime Minister on Sept 5.\n",
    "KUALA LUMPUR: Perdana Menteri Thailand Srettha Thavisin mengadakan pertemuan dengan Anwar Ibrahim hari ini. "
    "Ia kunjungan sulung beliau selepas mengangkat sumpah jawatan sebagai Perdana Menteri Thailand pada 5 Sept.\n",
])
def test_the_day_a_leader_was_sworn_in_is_not_the_meeting(text):
    """The day a leader took office, in a report of his first visit "today", is history: no date
    (before, 5 September 2023, the year from the two leaders' time in office)."""
    assert _record(text).date.iso is None


def test_a_day_after_office_taken_earlier_is_still_the_meeting():
    """"Their first meeting since Srettha assumed office last month took place in New York on Thursday
    (Sept 21)": the cue is another clause's; the day is the meeting's."""
    record = _record(
        "Anwar and Srettha meet on UN sidelines\n\nPrime Minister Anwar Ibrahim held talks with Thai Prime "
        "Minister Srettha Thavisin on the sidelines of the UN General Assembly. Their first meeting since "
        "Srettha assumed office last month took place in New York on Thursday (Sept 21) evening.\n")
    assert record.date.iso == "2023-09-21"


VISIT_TO_COME = (
    "Prime Minister Paetongtarn Shinawatra will host her Malaysian counterpart, Anwar Ibrahim, for an official "
    "visit on Thursday, during which the two leaders will discuss trade and border security.\n\n"
    "The government spokesman said Anwar would meet Paetongtarn at Government House.\n\n"
    "The initial discussions took place during Paetongtarn's official visit to Malaysia on 16 December.\n")


def test_a_weekday_to_come_keeps_an_earlier_visits_day_out():
    """The lead's "will host … on Thursday" tells the visit's weekday; the day further down, a Monday
    in the two leaders' time (16 December 2024), is the earlier visit's: no date, and the weekday kept
    (before, 16 December 2024, and the report joined that visit's reports)."""
    record = _record(VISIT_TO_COME)
    assert record.date.iso is None
    assert record.date.weekday == 3


def test_a_report_of_a_visit_to_come_joins_no_event_on_another_weekday():
    """A preview naming the Thursday of the visit it announces is not a report of the Monday visit the
    other way (before, its weekday unread, it joined it on the two leaders' names and the place)."""
    december = ("Paetongtarn meets Anwar in Putrajaya\n\nThai Prime Minister Paetongtarn Shinawatra met Malaysian "
                "Prime Minister Anwar Ibrahim in Putrajaya on Monday, December 16, 2024, to discuss trade and "
                "border security with the Government House team.\n")
    december_ms = ("Anwar terima kunjungan Paetongtarn\n\nPerdana Menteri Anwar Ibrahim menerima kunjungan Perdana "
                   "Menteri Thailand Paetongtarn Shinawatra di Putrajaya pada 16 Disember 2024.\n")
    preview = _record(VISIT_TO_COME)
    dated = [article("a", december, "2024-12-16", ("MY", "TH")), article("b", december_ms, "2024-12-16", ("MY", "TH"), "ms")]
    ahead = article("c", VISIT_TO_COME, None, ("MY", "TH"))
    assert groups(link_articles([*dated, ahead])) == {("a", "b", "c")}  # (what it would join, no weekday)
    assert groups(link_articles([*dated, replace(ahead, weekday=preview.date.weekday)])) == {("a", "b"), ("c",)}


def test_a_malay_day_told_as_last_is_not_the_meeting():
    """"Pada 3 Okt lepas, peristiwa …" (on 3 October last) further down a report of a meeting "hari
    ini": an earlier day, not the meeting's (before, 3 October 2023)."""
    record = _record(
        "KUALA LUMPUR: Perdana Menteri Thailand Srettha Thavisin mengadakan pertemuan dengan Perdana Menteri "
        "Anwar Ibrahim di Putrajaya hari ini.\n\nKedua-dua pemimpin membincangkan kerjasama sempadan.\n\n"
        "Pada 3 Okt lepas, peristiwa tembakan di Bangkok meragut dua nyawa.\n")
    assert record.date.iso is None


@pytest.mark.parametrize("text, pair", [
    # Libya's prime minister with his father's name, spelt as Italian agencies spell it (before,
    # "Abdul Hamid" was Bangladesh's former president: Bangladesh and Italy)
    ("Roma, 7 mag. Gli incontri con il primo ministro libico, Abdul Hamid Mohammed Dabaiba, saranno "
     "l'occasione per la premier Giorgia Meloni, atterrata a Tripoli, per ribadire l'impegno dell'Italia "
     "per la stabilità della Libia.\n", ("IT", "LY")),
    # Spain's king in Arabic, "the sixth" after his name (before, Belgium's King Philippe: Belgium and Spain)
    ("بدأ الملك فيليب السادس ملك إسبانيا اليوم زيارة إلى كوريا الجنوبية، حيث التقى الرئيس مون جيه إن في سول "
     "لبحث التعاون بين البلدين.\n", ("ES", "KR")),
    # the third country's leader named once, in the lead's passing words, where the host is named
    # throughout with its leaders (before, Spain and the United States)
    ("Hanói, 8 abr (EFE).- El presidente del Gobierno español, Pedro Sánchez, llegó este martes a Hanói en "
     "una gira que se enmarca en la guerra comercial desatada por el presidente estadounidense, Donald Trump.\n"
     "Sánchez se reunirá con el secretario general vietnamita, To Lam, y con el primer ministro de Vietnam, "
     "Pham Minh Chinh. España y Vietnam firmarán acuerdos; Vietnam es el primer socio de España en la región "
     "y las empresas españolas ven en Vietnam un mercado en auge.\n", ("ES", "VN")),
])
def test_the_pair_of_leaders_spelt_as_outlets_spell_them_and_one_named_in_passing(text, pair):
    assert _record(text).countries.codes == pair


KOREAN_PAGE = ("독일 총리 방한… 윤 대통령과 정상회담\"두 나라 경제 협력 강화\"양국, 공급망 공동 대응… 총리, 판문점 방문하기도\n"
               "  • ▲ 윤석열 대통령이 21일 서울 용산 대통령실에서 열린 공동기자회견에서 발언하고 있다. ⓒ뉴시스\n"
               "윤석열 대통령은 21일 서울 용산 대통령실에서 올라프 숄츠 독일 총리와 정상회담을 갖고 공급망 협력 방안을 논의했다.\n"
               "두 정상은 회담 뒤 공동기자회견을 열었다.\n")


def test_a_photo_caption_closed_by_a_circled_copyright_is_no_headline():
    """"▲ … 발언하고 있다. ⓒ뉴시스": a photo's caption, its agency's circled ⓒ closing it (before, the
    headline, over the page's own first line)."""
    record = _record(KOREAN_PAGE)
    assert not record.title.startswith("▲")
    assert "뉴시스" not in record.title


def test_a_photos_day_on_the_leads_weekday_dates_a_report_whose_headline_tells_an_aim():
    """A headline of what the two "aim to" do, over a photo of them "in Budapest, Hungary on May 9,
    2024" and a lead telling they met "on Thursday", that day's weekday: the photo's day is the
    meeting's (before, the headline's aim kept the photo's day out: no date)."""
    record = _record(
        "Belgrade and Budapest aim to build a new rail partnership\n"
        "Serbian President Aleksandar Vucic (L) and Hungarian Prime Minister Viktor Orban (R) in Budapest, "
        "Hungary on May 9, 2024. © AFP / Anna Kovacs\n"
        "Hungarian Prime Minister Viktor Orban hosted Serbian President Aleksandar Vucic in Budapest on Thursday, "
        "where the two leaders agreed to speed up the railway between their capitals.\n"
        "Both leaders spoke highly of the project at their joint press conference.\n")
    assert record.date.iso == "2024-05-09"
