"""Traps met in the fifty-ninth round's sets, in texts written for these tests: a day in the body
tied to the other side's earlier visit (to the other capital of the pair) taken for the event's,
when both fell on the weekday the lead names; a Turkish day told in the pluperfect; "N years after"
in Turkish and Indonesian; a Korean photo of last year's talks between the headline and the lead;
an Instagram post's day; the first stop of a tour in a third country; the places Arabic and French
leads set a visit in; the names of Uruguay in Arabic and of the Emirates in Kyrgyz."""
from __future__ import annotations

import pytest

from kabar.understand.actors import find_people
from kabar.understand.captions import CAPTION_CREDIT_RE
from kabar.understand.countries import venue_in
from kabar.understand.country_matcher import countries_named_in
from tests.records import record_of as _record

EARLIER_VISIT = {
    "en": ("Erdogan welcomes Sisi in Ankara\n\n"
           "Turkish President Recep Tayyip Erdogan welcomed Egyptian President Abdel Fattah el-Sisi in Ankara "
           "on Wednesday, on his first visit to Turkey in twelve years.\n\n"
           "A guard of honour and a 21-gun salute greeted the Egyptian leader at the presidential palace.\n\n"
           "The two presidents chaired the strategic council, set up again under the joint declaration "
           "signed during Erdogan's visit to Cairo on {day}.\n\n"
           "Their talks cover trade, energy and the war in Gaza.\n"),
    "ar": ("أردوغان يستقبل السيسي في أنقرة\n\n"
           "استقبل الرئيس التركي رجب طيب أردوغان اليوم الأربعاء نظيره المصري عبد الفتاح السيسي في زيارته "
           "الأولى لتركيا منذ سنوات، وكان أردوغان على رأس مستقبلي الرئيس المصري لدى وصوله إلى مطار أنقرة "
           "الدولي حيث أجريت له مراسم استقبال رسمية.\n\n"
           "وأجريت للرئيس المصري مراسم استقبال رسمية بقصر الرئاسة التركي.\n\n"
           "ويرأس الرئيسان مجلس التعاون الذي أعيد تشكيله وفقا للإعلان المشترك الموقع خلال زيارة الرئيس أردوغان "
           "إلى القاهرة في {day}.\n\n"
           "وتتناول المباحثات التجارة والطاقة.\n"),
}


@pytest.mark.parametrize("lang, day", [("en", "14 February 2024"), ("ar", "14 فبراير 2024")])
def test_a_day_of_the_other_sides_earlier_visit_is_not_the_event(lang, day):
    """The lead sets the talks in Ankara on a Wednesday; the body's full date is of the declaration
    signed in Cairo (a Wednesday too). Before, that day dated the report, and linked it to the Cairo
    visit's reports; now the report keeps its weekday, undated."""
    date = _record(EARLIER_VISIT[lang].format(day=day)).date
    assert date.iso is None
    assert date.weekday == 2


def test_a_body_day_set_in_the_leads_own_country_still_dates_the_report():
    """The same shape, the body's day set in Ankara itself: that day is still the report's."""
    text = EARLIER_VISIT["en"].format(day="14 February 2024").replace(
        "The two presidents chaired the strategic council, set up again under the joint declaration "
        "signed during Erdogan's visit to Cairo on 14 February 2024.",
        "The two presidents signed a joint declaration during the talks in Ankara on 4 September 2024.")
    assert _record(text).date.iso == "2024-09-04"


@pytest.mark.parametrize("text, venue", [
    ("استقبل الرئيس التركي نظيره المصري في زيارته الأولى لتركيا منذ سنوات.", ("TR",)),
    ("وصل الرئيس في زيارة رسمية إلى موسكو.", ("RU",)),
])
def test_where_an_arabic_lead_sets_his_visit(text, venue):
    """"زيارته الأولى لتركيا" (his first visit to Turkey): the visit's "his" and its glued "to"."""
    assert venue_in(text, "ar") == venue


@pytest.mark.parametrize("text, venue", [
    ("Le premier ministre est arrivé mardi dans la capitale mauritanienne, première étape de sa tournée.", ("MR",)),
    ("Le premier ministre est arrivé mardi dans la capitale Nouakchott.", ("MR",)),
    ("Il a parlé dans la Mauritanie du sud.", ()),
])
def test_a_french_lead_sets_a_visit_in_a_capital_named_by_its_country(text, venue):
    assert venue_in(text, "fr") == venue


TURKISH = ("Katar Emiri Kahire'de\n\n"
           "Katar Emiri Şeyh Temim bin Hamed Al Sani, {after}resmi ziyaret için gittiği Kahire'de Mısır "
           "Cumhurbaşkanı Abdulfettah es-Sisi tarafından karşılandı.\n\n"
           "Mısır ve üç Körfez ülkesi, 5 Haziran 2017'de Katar ile diplomatik ilişkilerini kesmiş ve ülkeye "
           "ambargo uygulamaya başlamıştı.\n\n"
           "İki lider ikili ilişkileri ve bölgesel gelişmeleri ele aldı.\n")


@pytest.mark.parametrize("after", ["", "7 yılın ardından "])
def test_a_turkish_day_told_in_the_pluperfect_is_history(after):
    """"… 5 Haziran 2017'de … kesmiş ve … başlamıştı" (had cut … and had begun): the blockade's day,
    not the visit's (before, the report was dated 5 June 2017)."""
    assert _record(TURKISH.format(after=after)).date.iso is None


@pytest.mark.parametrize("text", [
    ("Emir Qatar tiba di Kairo\n\nEmir Qatar tiba di Kairo setelah 7 tahun untuk kunjungan resmi dan disambut "
     "Presiden Mesir Abdel Fattah el-Sisi.\n\nPada 5 Juni 2017, Mesir memutuskan hubungan dengan Qatar.\n"),
])
def test_years_after_in_indonesian_put_an_older_day_in_the_past(text):
    """"setelah 7 tahun" (after seven years): a day of 2017 is what the visit comes after."""
    assert _record(text).date.iso is None


KOREAN = ("문대통령, 오늘 칠레 대통령과 정상회담\n\n"
          "유엔총회 참석차 미국 뉴욕을 방문 중인 문재인 대통령이 26일 오전(현지시간) 세바스티안 피녜라 칠레 "
          "대통령과 환담하고 있다. {credit}\n\n"
          "[가나일보=홍길동 기자] 문재인 대통령이 29일 한국을 국빈방문한 세바스티안 피녜라 칠레 대통령과 "
          "정상회담을 갖는다.\n\n"
          "두 정상은 같은 날 청와대에서 국빈 만찬도 함께 한다.\n")


def test_a_korean_photo_credited_to_its_source_is_a_caption():
    assert CAPTION_CREDIT_RE.search("… 환담하고 있다. (출처: 연합뉴스)")


def test_a_day_alone_in_a_photo_before_the_lead_is_not_the_leads():
    """The photo (last year's talks in New York, on "the 26th") stands between the headline and the
    lead, which writes the 29th: the lead's day is kept (before, the 26th was taken, and given the
    year of a summit in Beijing the body names)."""
    date = _record(KOREAN.format(credit="(출처: 연합뉴스)")).date
    assert date.day_of_month == (29, 29)


def test_a_posts_day_is_not_the_meeting_nor_its_weekday():
    """"… di akun Instagram @presidenx pada Senin, 1 November 2021": the day the photo was posted,
    after the talks at the summit; neither it nor its Monday dates the meeting."""
    text = ("Presiden bertemu Perdana Menteri India di sela KTT\n\n"
            "Presiden Joko Widodo bertemu dengan Perdana Menteri India Narendra Modi di sela KTT G20 di Roma.\n\n"
            "Momen akrab keduanya terekam di akun Instagram @presidenx pada Senin, 1 November 2021.\n\n"
            "Keduanya membahas penanganan pandemi dan ekonomi.\n")
    date = _record(text).date
    assert date.iso != "2021-11-01"
    assert date.published == "2021-11-01"


def test_a_tours_first_stop_in_a_third_country_does_not_give_the_weekday():
    """"The tour started off in Uzbekistan on Monday. … landed in Kyrgyzstan on Tuesday": a report of
    Qatar and Kyrgyzstan, written on Tuesday 6 June 2023, is of that Tuesday (before, Monday the 5th)."""
    text = ("The emir's Central Asian tour started off in Uzbekistan on Monday.\n\n"
            "Qatar's Emir Sheikh Tamim bin Hamad Al Thani landed in Kyrgyzstan on Tuesday as part of his "
            "tour, and was welcomed in Bishkek by President Sadyr Japarov.\n\n"
            "Published June 6, 2023\n")
    assert _record(text).date.iso == "2023-06-06"


@pytest.mark.parametrize("text, lang, code", [
    ("رئيس جمهورية الأوروغواي الشرقية", "ar", "UY"),
    ("رئيس أوروجواي", "ar", "UY"),
    ("Бириккен Араб Эмирлигине (БАЭ) иш сапары", "ky", "AE"),
    ("БАЭнин негиздөөчүсү", "ky", "AE"),
])
def test_country_names_newsrooms_write(text, lang, code):
    assert code in countries_named_in(text, lang)


@pytest.mark.parametrize("text, lang, person", [
    ("с наследным принцем Абу-Даби Мухаммедом бин Заидом", "ru", "mohamed-bin-zayed-al-nahyan"),
    ("President Abdel Fattah el-Sissi of Egypt held talks", "en", "abdel-fattah-el-sisi"),
    ("وفخامة الرئيس لويس لاكالي بو رئيس جمهورية الأوروغواي", "ar", "luis-lacalle-pou"),
])
def test_a_leaders_spellings(text, lang, person):
    assert person in {m.person for m in find_people(text, lang)}


@pytest.mark.parametrize("vote", ["the May 21 election", "the May 21 federal election", "the May 21 polls"])
def test_the_day_of_an_election_is_no_day_a_report_is_of(vote):
    """"… flying to Tokyo just two days after winning the May 21 election": the vote's day, not a day
    the undated report of his visit could be of (before, it kept the report from its event)."""
    text = ("Prime minister pedals alongside the president at the palace\n\n"
            "The prime minister joined the Indonesian president on Monday for a bicycle ride around the palace "
            "gardens during his first bilateral visit.\n\n"
            f"He is on his second trip abroad, after flying to Tokyo for the Quad just two days after winning {vote}.\n")
    date = _record(text).date
    assert date.month_day is None
    assert date.weekday == 0
