"""Traps met in the sixty-third round's sets, in texts written for these tests: a report that writes
its day and month but no year ("5 Maret"), whose lead names one leader only, and the one dated report
of its pair on that day ("CANBERRA, 5 March 2024"), itself left alone, stayed two events. The
year-less report takes its year from that dated report (the names they share place it), but a link
between them needs two people in both leads unless they are the only reports of the pair within
days, and an event to join needs two reports: a dated report left alone was no event to join."""
from __future__ import annotations

import pytest

from kabar.linking import link_articles
from kabar.understand.pipeline import link_view
from tests.records import record_of as _record

ADDRESS_EN = (
    "Marcos addresses Australian Parliament\n\n"
    "CANBERRA, 5 March 2024 — Philippine President Ferdinand Marcos Jr. addressed a joint sitting of Parliament at "
    "Parliament House on Tuesday, the first Philippine leader to do so.\n\n"
    "He later held talks with Prime Minister Anthony Albanese on maritime cooperation in the South China Sea.\n\n"
    "The speech drew a standing ovation from members of both houses.\n\n"
    "Security analysts said the address marked a new stage in ties.\n\n"
    "The visit also included a business forum in Melbourne.\n\n"
    "Trade between the two countries has grown in recent years.\n")

ADDRESS_ID = (
    "Marcos berpidato di depan parlemen Australia\n\n"
    "Presiden Filipina Ferdinand Marcos Jr. berpidato di depan sidang gabungan parlemen Australia di Canberra pada "
    "{day}, pemimpin Filipina pertama yang melakukannya.\n\n"
    "Ia berbicara tentang kerja sama maritim di Laut China Selatan.\n")

# (the pair's other reports: the ministers' dialogue the day before, at another level, and the two
#  leaders' meetings in other years)
MINISTERS_EN = (
    "Wong and Manalo hold ministers' dialogue\n\n"
    "MELBOURNE, 4 March 2024 — Australian Foreign Minister Penny Wong and Philippine Foreign Secretary Enrique "
    "Manalo held the ministers' dialogue in Melbourne on Monday.\n\n"
    "They spoke of consular cooperation.\n")

MEETING_EN = (
    "Marcos and Albanese meet in {city}\n\n"
    "{city_up}, {date} — Philippine President Ferdinand Marcos Jr. met Australian Prime Minister Anthony Albanese "
    "in {city} on {weekday} to discuss {topic}.\n\n"
    "Officials said the talks were cordial.\n")

OTHER_MEETINGS = [
    dict(city="Manila", city_up="MANILA", date="8 September 2023", weekday="Friday", topic="defence ties"),
    dict(city="Jakarta", city_up="JAKARTA", date="6 September 2023", weekday="Wednesday", topic="maritime patrols"),
    dict(city="San Francisco", city_up="SAN FRANCISCO", date="16 November 2023", weekday="Thursday", topic="trade"),
    dict(city="Lima", city_up="LIMA", date="15 November 2024", weekday="Friday", topic="critical minerals"),
    dict(city="Kuala Lumpur", city_up="KUALA LUMPUR", date="27 October 2025", weekday="Monday", topic="energy"),
    dict(city="Vientiane", city_up="VIENTIANE", date="10 October 2024", weekday="Thursday", topic="regional security"),
]


@pytest.mark.parametrize("day, together", [
    ("5 Maret", True),  # the dated report's day: its year, and that report's event
    ("12 Oktober", False),  # no report of the pair on that day: left alone, without a year
])
def test_a_year_less_report_joins_the_lone_dated_report_of_its_day(day, together):
    """The Indonesian report writes "5 Maret" and no year; its lead names Marcos alone. The English
    report of 5 March 2024 names him in its lead and Albanese after it; the ministers' dialogue of the
    day before is of the same pair, so the two are not the only reports within days. The Indonesian
    report is placed in 2024 by the names it shares with the English one, and joins it; written
    "12 Oktober", it is placed nowhere and joins nothing."""
    records = [_record(ADDRESS_EN, "address-en.txt"), _record(ADDRESS_ID.format(day=day), "address-id.txt"),
               _record(MINISTERS_EN, "ministers.txt")]
    records += [_record(MEETING_EN.format(**meeting), f"meeting-{i}.txt") for i, meeting in enumerate(OTHER_MEETINGS)]
    assert records[1].date.iso is None and records[1].date.month_day is not None  # (no year in the text)
    views = [link_view(record) for record in records]
    event_of = {article_id: event for event in link_articles(views) for article_id in event.article_ids}
    english, indonesian, ministers = (views[k].id for k in range(3))
    assert (event_of[english] is event_of[indonesian]) is together
    assert len(event_of[ministers].article_ids) == 1  # (another level: never joined)


@pytest.mark.parametrize("text, pair", [
    # Urdu's own spelling of Malaysia (Babel writes "ملائشیا") and its demonym, and Anwar Ibrahim in Urdu
    ("وزیراعظم شہباز شریف نے ملائیشیا کے وزیراعظم انور ابراہیم سے ملاقات کی۔", ("MY", "PK")),
    ("ملائشین وزیراعظم انور ابراہیم کا وزیراعظم ہاؤس پہنچنے پر استقبال کیا گیا، وزیراعظم شہباز شریف موجود تھے۔",
     ("MY", "PK")),
])
def test_malaysia_and_anwar_ibrahim_in_urdu(text, pair):
    """An Urdu report of Anwar Ibrahim's visit to Pakistan was a report of Pakistan alone."""
    assert _record(text, "ur.txt").countries.codes == pair


def test_sultan_abdullah_is_not_afghanistans_abdullah_abdullah():
    """"술탄 압둘라 국왕" (Sultan Abdullah, Malaysia's king) in a Korean report of Moon's talks with
    Mahathir was read as Abdullah Abdullah, Afghanistan's chief executive: his given name and surname
    are alike, so either alone named him. He came into the report's people (and its people pages),
    and in a longer report made it one of Afghanistan and Malaysia."""
    text = ("문 대통령, 마하티르 총리와 정상회담\n\n"
            "문 대통령은 청와대 본관에서 열린 한·말레이시아 정상회담에서 마하티르 총리를 맞았다.\n\n"
            "마하티르 총리는 \"내년 수교 60주년을 맞아 술탄 압둘라 국왕이 한국을 국빈방문하기를 희망한다\"고 말했다.\n")
    record = _record(text, "ko.txt")
    assert {m.person for m in record.people} == {"mahathir-mohamad"}
    assert "AF" not in dict(record.countries.counts)
    # (named in full, he is still Afghanistan's)
    whole = _record("압둘라 압둘라 아프가니스탄 최고행정관이 서울에서 문재인 대통령과 회담했다.", "ko2.txt")
    assert "abdullah-abdullah" in {m.person for m in whole.people}


@pytest.mark.parametrize("text, pair", [
    # Lee Jae-myung in Arabic with jim ("ميونج"; "ميونغ" was listed)
    ("تلقى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً من الرئيس الكوري لي جاي ميونج.", ("EG", "KR")),
    # Mexico as North Korean papers write it ("메히꼬"; Seoul's "멕시코" was read)
    ("12월 6일, 국가부주석 한정이 북경에서 메히꼬 외교장관을 회견했다. 중국과 메히꼬 관계는 발전하고 있다.", ("CN", "MX")),
])
def test_spellings_of_lee_jae_myung_in_arabic_and_of_mexico_in_north_korean(text, pair):
    """An Arabic report of Lee Jae-myung's call to Sisi was one of Egypt alone; a Korean report of Han
    Zheng's talks with Mexico's foreign minister, in the North's spelling, one of China alone."""
    assert _record(text, "x.txt").countries.codes == pair
