"""Traps met in the sixty-fourth round's sets, in texts written for these tests."""
from __future__ import annotations

import pytest

from tests.records import record_of as _record

# Malaysian papers put the day in brackets after the place in capitals: "PUTRAJAYA (March 22): …". The
# brackets were read as an agency's ("March 22" the source), and the day was lost with them.
BRACKETED_DAY = (
    "{dateline} Prime Minister Anwar Ibrahim will hold talks with Japanese Prime Minister Fumio Kishida "
    "during the two-day visit, Wisma Putra said in a statement.\n\n"
    "The two leaders are expected to witness the exchange of notes on a security assistance grant.\n\n"
    "Trade between the two countries reached a new high last year.\n")


@pytest.mark.parametrize("dateline, month_day, source", [
    ("KUALA LUMPUR (Nov 5):", "11-05", None),  # the day in brackets: the day of writing, no agency
    ("PUTRAJAYA (March 22):", "03-22", None),
    ("KUALA LUMPUR (Bernama) -", None, "Bernama"),  # (an agency in brackets stays the source)
    ("SEOUL (News1) -", None, "News1"),  # (... one whose name holds a digit too)
])
def test_a_day_in_brackets_after_the_place_is_the_datelines(dateline, month_day, source):
    record = _record(BRACKETED_DAY.format(dateline=dateline), "bracket.txt")
    # (with its year when the leaders' terms give one: Anwar and Kishida held office together once in November)
    assert (record.date.month_day or (record.date.iso or "")[5:] or None) == month_day
    assert record.source.name == source
    if month_day is not None:
        assert record.date.how == "dateline"


# A Korean photo's caption, its credit "[사진=연합뉴스]" closing it, with the lead after it on the same line: the
# caption's day (another meeting's, at a summit two months before) was taken for the report's.
GLUED_CAPTION_KO = (
    "윤 대통령, 우크라이나 전격 방문\n\n"
    "윤석열 대통령과 볼로디미르 젤렌스키 우크라이나 대통령이 5월 21일 히로시마에서 열린 G7 정상회의 확대세션에서 만나 "
    "악수하고 있다. [사진=연합뉴스] 윤석열 대통령은 15일(현지시간) 우크라이나 키이우를 방문해 젤렌스키 대통령과 "
    "정상회담을 했다.\n\n"
    "두 정상은 재건 협력과 인도적 지원 확대에 합의했다.\n")


def test_a_glued_korean_caption_does_not_date_the_report():
    record = _record(GLUED_CAPTION_KO, "caption_ko.txt")
    assert "05-21" not in (record.date.iso or "") and record.date.month_day != "05-21"
    assert record.date.day_of_month == (15, 15)  # (the lead's own day, its month unknown)
    assert record.title == "윤 대통령, 우크라이나 전격 방문"


@pytest.mark.parametrize("credit", ["[사진=연합뉴스]", "사진=연합뉴스", "히로시마(일본)=연합뉴스"])
def test_a_korean_caption_on_its_own_line_is_a_caption(credit):
    """(the same caption on a line of its own, closed by the photo's credit in its several forms)"""
    record = _record(GLUED_CAPTION_KO.replace("[사진=연합뉴스] ", credit + "\n\n"), "caption_ko2.txt")
    assert "05-21" not in (record.date.iso or "") and record.date.month_day != "05-21"
    assert record.date.day_of_month == (15, 15)


# Chinese, Japanese and Korean leads were read for no venue: "与访问印度的新加坡总理黄循财会面" (met the Singapore
# prime minister, visiting India) was free to join Modi's visit to Singapore the year before.
@pytest.mark.parametrize("head, lang, venue", [
    ("印度总理莫迪昨天与访问印度的新加坡总理黄循财会面", "zh", ("IN",)),
    ("习近平在北京会见来访的越南总理", "zh", ("CN",)),
    ("在乌克兰问题上，两国领导人交换了意见", "zh", ()),  # (the subject of the talks)
    ("岸田首相は北京で習近平国家主席と会談した", "ja", ("CN",)),
    ("ウクライナでの戦争について意見を交わした", "ja", ()),
    # (the country, then the city: "in Rio de Janeiro, Brazil"; a visit told as to come is no venue)
    ("首相は訪問先のブラジル・リオデジャネイロで大統領と会談した。大統領が来年日本を訪問することを確認", "ja", ("BR",)),
    ("黄循财将访问印度", "zh", ()),
    ("윤석열 대통령은 인도를 방문할 예정이다", "ko", ()),
    ("윤석열 대통령은 인도를 국빈 방문해 모디 총리와 정상회담을 했다", "ko", ("IN",)),
    ("윤석열 대통령은 하노이에서 정상회담을 했다", "ko", ("VN",)),
])
def test_where_a_cjk_lead_sets_the_meeting(head, lang, venue):
    from kabar.understand.countries import venue_in
    assert venue_in(head, lang) == venue


MODI_IN_SINGAPORE = (
    "{title}\n\n"
    "SINGAPORE, {day} September 2024 — Singapore Prime Minister Lawrence Wong received Indian Prime Minister Narendra "
    "Modi at Parliament House in Singapore on {weekday}, and the two leaders raised ties to a comprehensive strategic "
    "partnership.\n\n"
    "They witnessed the signing of agreements on semiconductors, digital technology and health.\n")

WONG_IN_INDIA_ZH = (
    "黄循财访问印度 两国深化合作\n\n"
    "印度总理莫迪昨天与访问印度的新加坡总理黄循财会面，双方同意深化在经济、科技和国防领域的合作。\n\n"
    "莫迪去年访问新加坡，黄循财2日至4日访问印度。\n")


def test_a_chinese_report_of_a_visit_to_the_other_country_does_not_join_the_first():
    from kabar.linking import link_articles
    from kabar.understand.pipeline import link_view
    records = [_record(MODI_IN_SINGAPORE.format(title="Modi and Wong upgrade ties", day="4", weekday="Wednesday"), "a.txt"),
               _record(MODI_IN_SINGAPORE.format(title="India, Singapore sign chip pact", day="4", weekday="Wednesday"),
                       "b.txt"),
               _record(WONG_IN_INDIA_ZH, "c.txt")]
    views = [link_view(r) for r in records]
    file_of = {v.id: r.source_file for v, r in zip(views, records)}
    events = [sorted(file_of[i] for i in e.article_ids) for e in link_articles(views)]
    assert ["a.txt", "b.txt"] in events  # (the visit to Singapore: one event)
    assert ["c.txt"] in events  # (the visit to India a year later: another, left alone)


# A day whose year is before a year its own sentence tells of as past is history: "the square was named after him
# in 2017, a year after his death on 25 November 2016" is not the day of the talks the report is of.
SQUARE_ES = (
    "Putin y Díaz-Canel se reúnen en Moscú\n\n"
    "Los presidentes Vladimir Putin y Miguel Díaz-Canel se pronunciaron contra las sanciones durante su encuentro en "
    "Moscú.\n\n"
    "Ambos visitaron una plaza del centro de la ciudad.\n\n"
    "{history}\n")


@pytest.mark.parametrize("history, iso", [
    ("La plaza fue bautizada con el nombre del líder cubano en 2017, un año después de su fallecimiento el 25 de "
     "noviembre de 2016.", None),
    # (a year told as past before the day: the day may be the report's own)
    ("La cooperación entre ambos países creció desde 2015, y el 25 de noviembre de 2016 firmaron un acuerdo.",
     "2016-11-25"),
    # (a later year in another sentence: only a year of its own sentence makes the day history)
    ("Los presidentes firmaron un acuerdo el 25 de noviembre de 2016. La plaza fue bautizada en 2017.",
     "2016-11-25"),
])
def test_a_day_before_a_year_told_as_past_is_history(history, iso):
    assert _record(SQUARE_ES.format(history=history), "square.txt").date.iso == iso
