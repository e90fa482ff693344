"""Reports whose text gives no year, or no date at all, take them from their event's other
reports; a same-pair meeting of another year stays apart. (Texts written for the tests.)"""
from __future__ import annotations

import pytest

from tests.sitebuild import build_site, by_file, write_seeds

DATED = ("Brazil and Indonesia sign energy deal in Brasilia\n\n"
         "BRASILIA (Reuters) - President Prabowo Subianto and President Luiz Inácio Lula da Silva signed an "
         "energy and food security agreement at the Planalto Palace in Brasilia on July 9, 2025, after talks "
         "on biofuels and nickel.\n")
# the same meeting in Indonesian: a day and month, no year anywhere
YEARLESS = ("Prabowo dan Lula teken kerja sama energi di Brasilia\n\n"
            "Presiden Prabowo Subianto dan Presiden Luiz Inácio Lula da Silva menandatangani kerja sama energi "
            "dan ketahanan pangan di Istana Planalto, Brasilia, pada 9 Juli, setelah pembicaraan tentang "
            "biofuel dan nikel.\n")
# in French: no date at all, but the same two leaders, the same palace and city
UNDATED = ("Le Brésil et l'Indonésie signent un accord énergétique\n\n"
           "Le président Prabowo Subianto et le président Luiz Inácio Lula da Silva ont signé au palais du "
           "Planalto à Brasilia un accord sur l'énergie et la sécurité alimentaire, après des entretiens sur "
           "les biocarburants et le nickel.\n")
# the same two leaders a year later in Jakarta, in a text with a day and month only
OTHER_MEETING = ("Lula kunjungi Jakarta, bahas perdagangan kopi\n\n"
                 "Presiden Luiz Inácio Lula da Silva bertemu Presiden Prabowo Subianto di Istana Merdeka, "
                 "Jakarta, pada 23 Oktober untuk membahas perdagangan kopi dan pesawat.\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("year-from-event")
    seeds = write_seeds(root / "seeds", {"a-dated.txt": DATED, "b-yearless.txt": YEARLESS,
                                         "c-undated.txt": UNDATED, "d-other.txt": OTHER_MEETING})
    return by_file(build_site(seeds, root / "out"))


def test_the_three_reports_of_one_meeting_are_one_event(site):
    assert site["a-dated.txt"]["event"] == site["b-yearless.txt"]["event"] == site["c-undated.txt"]["event"]
    assert site["d-other.txt"]["event"] != site["a-dated.txt"]["event"]


def test_a_yearless_report_takes_its_events_year_and_keeps_its_own_day(site):
    entry = site["b-yearless.txt"]
    assert (entry["date"], entry["date_source"], entry["date_year_inferred"]) == ("2025-07-09", "event", True)
    assert "9 Juli" in entry["date_evidence"]
    assert entry["url"].startswith("id/2025/")


def test_an_undated_report_takes_its_events_date(site):
    entry = site["c-undated.txt"]
    assert (entry["date"], entry["date_source"]) == ("2025-07-09", "event")


def test_another_meeting_of_the_same_pair_stays_undated_rather_than_guessed(site):
    entry = site["d-other.txt"]
    assert entry["date"] is None
    assert "undated" in entry["url"]


def test_an_undated_report_naming_another_weekday_stays_apart(tmp_path):
    """The same two leaders, the same palace, no date: "on Thursday" is not the day of the dated
    report (Wednesday 9 July 2025), so it is another meeting, even a day off."""
    friday = UNDATED.replace("ont signé au palais", "ont signé jeudi au palais")
    wednesday = UNDATED.replace("ont signé au palais", "ont signé mercredi au palais")
    for text, together in ((friday, False), (wednesday, True)):
        out = by_file(build_site(write_seeds(tmp_path / f"s{together}", {"a.txt": DATED, "c.txt": text}),
                                 tmp_path / f"o{together}"))
        assert (out["a.txt"]["event"] == out["c.txt"]["event"]) is together


# Japanese and Chinese news give the event's day of the month alone: "15日" (the 15th).
CANBERRA = ("Argentina and Australia sign lithium pact in Canberra\n\n"
            "CANBERRA (Reuters) - President Javier Milei and Prime Minister Anthony Albanese signed a lithium "
            "and critical minerals partnership at Parliament House in Canberra on March 15, 2024, after talks "
            "on trade and Antarctic research.\n")
CANBERRA_JA = ("ミレイ大統領、アルバニージー首相と会談\n\n"
               "アルゼンチンのミレイ大統領は15日、キャンベラでオーストラリアのアルバニージー首相と会談し、"
               "リチウムなど重要鉱物の協力で合意した。\n")
LATER = ("Milei and Albanese meet again in Buenos Aires\n\n"
         "BUENOS AIRES (AP) - President Javier Milei received Prime Minister Anthony Albanese at the Casa Rosada "
         "in Buenos Aires on November 11, 2024 to discuss beef exports and shipping.\n")


def test_a_day_of_the_month_alone_joins_the_event_on_that_day_and_takes_its_date(tmp_path):
    out = by_file(build_site(write_seeds(tmp_path / "s", {"a.txt": CANBERRA, "b.txt": CANBERRA_JA,
                                                          "c.txt": LATER}), tmp_path / "o"))
    assert out["b.txt"]["event"] == out["a.txt"]["event"] != out["c.txt"]["event"]
    assert (out["b.txt"]["date"], out["b.txt"]["date_source"]) == ("2024-03-15", "event")
    assert "15日" in out["b.txt"]["date_evidence"]


LATER_JA = ("ミレイ大統領、アルバニージー首相を迎える\n\n"
            "アルゼンチンのミレイ大統領は{days}、ブエノスアイレスでオーストラリアのアルバニージー首相と会談し、"
            "牛肉の輸出と海運について協議した。\n")


def test_a_range_of_days_joins_only_the_meeting_it_fits_and_stays_alone_when_two_fit(tmp_path):
    """"9〜11日" fits only the meeting on the 11th; "11〜15日" fits both meetings (the 15th and
    the 11th): which one is unknown, so the report stays alone and undated, unless it names the
    city (in katakana: no capital letter tells it is a place) where one of them was held."""
    one = LATER_JA.format(days="9〜11日")
    both = LATER_JA.format(days="11〜15日").replace("ブエノスアイレスで", "")
    out = by_file(build_site(write_seeds(tmp_path / "s1", {"a.txt": CANBERRA, "b.txt": one, "c.txt": LATER}),
                             tmp_path / "o1"))
    assert out["b.txt"]["event"] == out["c.txt"]["event"] != out["a.txt"]["event"]
    assert out["b.txt"]["date"] == "2024-11-11"
    out = by_file(build_site(write_seeds(tmp_path / "s2", {"a.txt": CANBERRA, "b.txt": both, "c.txt": LATER}),
                             tmp_path / "o2"))
    assert out["b.txt"]["event"] not in (out["a.txt"]["event"], out["c.txt"]["event"])
    assert out["b.txt"]["date"] is None
    named = LATER_JA.format(days="11〜15日")  # "ブエノスアイレスで": the meeting in Buenos Aires
    out = by_file(build_site(write_seeds(tmp_path / "s3", {"a.txt": CANBERRA, "b.txt": named, "c.txt": LATER}),
                             tmp_path / "o3"))
    assert out["b.txt"]["event"] == out["c.txt"]["event"] != out["a.txt"]["event"]


# the same two leaders on the same day and month of two years, in two cities
MINERALS_2023 = ("Lula and Albanese sign minerals pact in Brasilia\n\n"
                 "BRASILIA (Reuters) - Brazilian President Luiz Inácio Lula da Silva and Australian Prime Minister "
                 "Anthony Albanese signed a critical minerals partnership at the Planalto Palace in Brasilia on "
                 "March 15, 2023, joined by trade minister Don Farrell, foreign minister Mauro Vieira and foreign "
                 "minister Penny Wong.\n\nThe two leaders also discussed beef exports and shipping routes.\n")
CANBERRA_2024 = ("Albanese hosts Lula in Canberra\n\n"
                 "CANBERRA (AAP) - Prime Minister Anthony Albanese welcomed President Luiz Inácio Lula da Silva to "
                 "Parliament House in Canberra on March 15, 2024, for talks on lithium processing and student "
                 "visas.\n\nThe two leaders agreed to meet again next year.\n")
# no year; the ministers of the 2023 report are named too, but the meeting is set in Canberra
CANBERRA_PT = ("Lula e Albanese discutem lítio e vistos\n\n"
               "O presidente Luiz Inácio Lula da Silva e o primeiro-ministro Anthony Albanese reuniram-se em 15 de "
               "março para discutir o processamento de lítio e vistos de estudantes, com a presença de Don "
               "Farrell, Mauro Vieira e Penny Wong.\n\nO encontro aconteceu na Parliament House, em Canberra.\n")


def test_a_yearless_report_takes_the_year_of_the_meeting_in_the_place_it_names(tmp_path):
    """Two meetings of one pair on one day and month, a year apart: the report without a year
    names more people of the first, but sets the meeting in the second's city: it is the second."""
    out = by_file(build_site(write_seeds(tmp_path / "s", {"a.txt": MINERALS_2023, "b.txt": CANBERRA_2024,
                                                          "c.txt": CANBERRA_PT}), tmp_path / "o"))
    assert out["c.txt"]["event"] == out["b.txt"]["event"] != out["a.txt"]["event"]
    assert out["c.txt"]["date"] == "2024-03-15"


# one meeting: a report names the two leaders, another one of them and a valley; an undated third
# names the two leaders and the valley
HOSTS = 'Lula welcomes Albanese to Brasilia\n\nBRASILIA (Reuters) - Brazilian President Luiz Inácio Lula da Silva welcomed Australian Prime Minister Anthony Albanese at the Planalto Palace on March 15, 2024, for talks on lithium and beef exports.\n\nThe two leaders agreed to open a joint trade office.\n'
VALLEY = 'Brasil e Austrália assinam acordo de minerais\n\nO presidente Luiz Inácio Lula da Silva recebeu nesta sexta-feira, 15 de março de 2024, a visita oficial do governo australiano e anunciou um investimento de uma mineradora australiana no Jequitinhonha.\n\nO acordo prevê investimentos em lítio.\n'
UNDATED_VALLEY = 'Albanese et Lula parlent lithium\n\nLe Premier ministre australien Anthony Albanese et le président brésilien Luiz Inácio Lula da Silva se sont entretenus sur le lithium et la viande bovine.\n\nIls ont salué un investissement minier australien dans le Jequitinhonha.\n'


def test_an_undated_report_joins_an_event_whose_reports_together_name_its_people_and_more(tmp_path):
    """No one report of the event shares the two people and something more with the undated
    report, but together they do; with only the report naming the two people, it stays alone."""
    out = by_file(build_site(write_seeds(tmp_path / "s1", {"a.txt": HOSTS, "b.txt": VALLEY, "c.txt": UNDATED_VALLEY}),
                             tmp_path / "o1"))
    assert out["c.txt"]["event"] == out["a.txt"]["event"] == out["b.txt"]["event"]
    assert (out["c.txt"]["date"], out["c.txt"]["date_source"]) == ("2024-03-15", "event")
    out = by_file(build_site(write_seeds(tmp_path / "s2", {"a.txt": HOSTS, "c.txt": UNDATED_VALLEY}), tmp_path / "o2"))
    assert out["c.txt"]["event"] != out["a.txt"]["event"] and out["c.txt"]["date"] is None


# two Japanese reports of one meeting in Canberra on "the 19th", no month; the same leaders met in
# Buenos Aires on another day (LATER)
CANBERRA_19_JA = ("ミレイ大統領、アルバニージー首相と会談\n\n"
                  "アルゼンチンのミレイ大統領は19日、キャンベラでオーストラリアのアルバニージー首相と会談し、"
                  "リチウムなど重要鉱物の協力で合意した。\n")
CANBERRA_19_JA_2 = ("豪首相、アルゼンチン大統領を歓迎\n\n"
                    "【キャンベラ=共同】オーストラリアのアルバニージー首相は19日、訪豪中のアルゼンチンのミレイ大統領と"
                    "キャンベラの国会議事堂で会談した。両首脳は南極研究での協力を確認した。\n")


def test_two_undated_reports_in_one_place_on_one_day_are_one_event_beside_another_meeting(tmp_path):
    """Two reports without a month set the meeting in Canberra on the 19th: one event, though the
    same two leaders met on a dated day elsewhere; had that day been a 19th, which meeting each
    report is would be unknown, and they stay apart."""
    seeds = {"a.txt": LATER, "b.txt": CANBERRA_19_JA, "c.txt": CANBERRA_19_JA_2}
    out = by_file(build_site(write_seeds(tmp_path / "s1", seeds), tmp_path / "o1"))
    assert out["b.txt"]["event"] == out["c.txt"]["event"] != out["a.txt"]["event"]
    assert out["b.txt"]["date"] is None
    seeds["a.txt"] = LATER.replace("November 11, 2024", "November 19, 2024")
    out = by_file(build_site(write_seeds(tmp_path / "s2", seeds), tmp_path / "o2"))
    assert len({out[name]["event"] for name in seeds}) == 3


# a dateline in the form "Place; day month; Outlet.-": the day it was written, the day after the talks
SANTIAGO = ("Boric and Ruto sign trade deal in Santiago\n\n"
            "SANTIAGO (Reuters) - Chilean President Gabriel Boric and Kenyan President William Ruto signed a trade "
            "and mining agreement at La Moneda Palace in Santiago on April 4, 2024, after talks on lithium.\n")
SANTIAGO_DATELINE = ("Santiago de Chile; 5 de abril; Agencia Austral.- En el Palacio de La Moneda, el presidente "
                     "Gabriel Boric y el presidente de Kenia, William Ruto, firmaron un acuerdo de comercio y minería "
                     "y conversaron sobre el litio.\n\nAmbos gobiernos destacaron la relación comercial.\n")


def test_a_yearless_datelines_day_gives_way_to_its_events_date(tmp_path):
    """The dateline's day (5 April) is when the report was written: joined to the talks of
    4 April 2024, it takes their date, not its own day in their year."""
    out = by_file(build_site(write_seeds(tmp_path / "s", {"a.txt": SANTIAGO, "b.txt": SANTIAGO_DATELINE}),
                             tmp_path / "o"))
    assert out["b.txt"]["event"] == out["a.txt"]["event"]
    assert (out["b.txt"]["date"], out["b.txt"]["date_source"]) == ("2024-04-04", "event")


# a day and month without a year, in a script whose name for the other leader the archive does not know
SEOUL = 'Yoon and Boric agree on lithium supply\n\nSEOUL (Reuters) - South Korean President Yoon Suk Yeol and Chilean President Gabriel Boric agreed on a lithium supply partnership at talks in Seoul on April 4, 2024.\n'
SEOUL_KO = '윤 대통령, 칠레 대통령과 정상회담\n\n윤석열 대통령은 4월 4일 용산 대통령실에서 칠레 대통령과 정상회담을 갖고 리튬 공급망 협력에 합의했다.\n'


def test_a_yearless_report_sharing_one_leader_with_the_pairs_only_report_of_that_day_takes_its_year(tmp_path):
    """Only the Korean president's name is shared (the Chilean one is not named in Korean): one
    listed leader in both leads places the report in the year of the pair's report of that day."""
    out = by_file(build_site(write_seeds(tmp_path / "s", {"a.txt": SEOUL, "b.txt": SEOUL_KO}), tmp_path / "o"))
    assert out["b.txt"]["event"] == out["a.txt"]["event"]
    assert out["b.txt"]["date"] == "2024-04-04"
