"""Traps met in the fifty-seventh round's sets, in texts written for these tests: a report of a
state visit that writes no day and names the summit coming after it ("then the CSTO's council in
Astana") joined to the same leaders' talks at another summit in that city months before; the city of
an earlier visit a lead recalls ("Erdogan's previous visit to Cairo") read as where the meeting is
held; the day a president took office ("since assuming the office … on August 23, 2021") taken for
the event's; the Organization of Turkic States' summits (a series the summit list lacked)."""
from __future__ import annotations

import pytest

from kabar.linking import link_articles
from kabar.understand.countries import extract_venue
from tests.records import record_of as _record
from tests.test_linking import article, groups

SCO_TALKS = [
    article("a", "Tokayev and Putin meet on the sidelines of the SCO summit in Astana\nKazakh President "
                 "Kassym-Jomart Tokayev held talks with Russian President Vladimir Putin on the sidelines of the "
                 "SCO summit in Astana on Wednesday at the Palace of Independence.\n", "2024-07-03", ("KZ", "RU")),
    article("b", "Tokayev thanks Putin for coming to the SCO summit\nKazakh President Kassym-Jomart Tokayev "
                 "thanked Russian President Vladimir Putin at their talks at the Palace of Independence in "
                 "Astana for attending the SCO summit.\n", "2024-07-04", ("KZ", "RU")),
]
STATE_VISIT = ("Putin arrives in Astana on a state visit\nKazakh President Kassym-Jomart Tokayev met Russian "
               "President Vladimir Putin at the airport of Astana, where he arrived on a state visit. After "
               "the talks at the Palace of Independence, Putin will take part in the {summit} in Astana.\n")


@pytest.mark.parametrize("summit, joins", [
    ("session of the CSTO Collective Security Council", False),
    ("SCO summit's closing session", True),
])
def test_an_undated_visit_naming_another_summit_stays_apart(summit, joins):
    """A report without a day of a state visit that names only a later summit of another series (the
    CSTO's) is not the talks dated on the days of the SCO summit in the same city, whatever names
    they share (before, it joined them and took July's date for November's visit); a report naming
    the SCO summit itself still joins them."""
    visit = article("c", STATE_VISIT.format(summit=summit), None, ("KZ", "RU"))
    found = groups(link_articles([*SCO_TALKS, visit]))
    assert (("a", "b", "c") in found) is joins
    assert (("a", "b") in found) is not joins


@pytest.mark.parametrize("lead, lang, venue", [
    ("Der ägyptische Präsident lobte seinen Besuch in der Türkei und den vorherigen Besuch Erdogans in Kairo.",
     "de", ("TR",)),
    ("El presidente egipcio destacó su visita a Turquía y la visita anterior de Erdogan a El Cairo.", "es", ("TR",)),
    ("The Egyptian president said his current visit to Turkey, like President Erdogan's previous visit to "
     "Cairo, opened a new page.", "en", ("TR",)),
    ("Presiden Mesir memuji kunjungannya di Turki dan kunjungan sebelumnya Erdogan di Kairo.", "id", ("TR",)),
    ("The talks were held in Ankara, a year after the Turkish leader's earlier visit to Egypt.", "en", ("TR",)),
    ("Sisi said last week's visit to Ankara was a success.", "en", ("TR",)),  # (last week's: this visit)
])
def test_the_place_of_an_earlier_visit_is_not_the_venue(lead, lang, venue):
    """"his current visit to Turkey, like … previous visit to Cairo": the meeting is held in Turkey
    only (before, Egypt too, so the report could join the talks held in Cairo months before)."""
    assert extract_venue("", lead, lang) == venue


def test_the_day_a_president_took_office_is_not_the_event():
    """"since assuming the office of the Iranian President on August 25, 2021": the start of his
    term, not the visit the lead announces (before, the visit was dated that day)."""
    record = _record("ISLAMABAD - Iranian President Ebrahim Raisi is expected to arrive in Islamabad later this "
                     "month on a two-day state visit to Pakistan. This would be Raisi's first trip to Pakistan "
                     "since assuming the office of the Iranian President on August 25, 2021.\n"
                     "According to officials, Raisi will hold talks with Prime Minister Shahbaz Sharif and "
                     "President Asif Ali Zardari during his stay.\n")
    assert record.date.iso is None


OTS_RU = ("Мирзиёев и Орбан подписали декларацию\n\n"
          "В {city} проходит неформальный саммит Организации тюркских государств. Президент Узбекистана "
          "Шавкат Мирзиёев провёл переговоры с премьер-министром Венгрии Виктором Орбаном.\n\n"
          "Стороны обсудили торговлю.\n")


@pytest.mark.parametrize("city, around", [("Будапеште", ("2025-05-18", "2025-05-22")), ("Вене", None)])
def test_a_summit_of_the_organization_of_turkic_states_places_the_report(city, around):
    """The informal summit of the Organization of Turkic States in Budapest (21 May 2025): a report
    that writes no day is of its days (before, of none, and it joined the same leaders' talks in
    Budapest in another year); in a city that held none, nothing."""
    assert _record(OTS_RU.format(city=city)).date.around == around


@pytest.mark.parametrize("dateline", ["Mexico City, Mexico, June 13, 2022 ( –", "Mexico City, June 13, 2022 –"])
def test_a_dateline_in_title_case_with_its_year_dates_the_leads_weekday(dateline):
    """"Mexico City, Mexico, June 13, 2022 ( – … signed … Saturday": the place and day of writing (a
    wire's copy, its agency's mark lost), so Saturday is 11 June (before, the 13th was taken for the
    event's day)."""
    record = _record("Maduro signs a cooperation agreement in Tehran\n\n"
                     f"{dateline} Venezuela and Iran signed a cooperation agreement Saturday during President Nicolás "
                     "Maduro's visit to Tehran with his Iranian counterpart Ebrahim Raisi.\n\n"
                     "The two presidents also discussed energy.\n")
    assert record.date.iso == "2022-06-11"


def test_a_spanish_title_case_dateline_leaves_the_planned_day_to_the_event():
    """"Ciudad de México, a 14 de noviembre de 2023.- … se reunirá … el 16 de noviembre": the day of
    writing, and the meeting two days on (before, the dateline's day was taken for the meeting)."""
    record = _record("AMLO y Xi hablarán de comercio\n\n"
                     "Ciudad de México, a 14 de noviembre de 2023.- El presidente mexicano, Andrés Manuel López "
                     "Obrador, se reunirá esta semana con su homólogo chino, Xi Jinping.\n\n"
                     "López Obrador sostendrá una reunión bilateral con Xi el 16 de noviembre en San Francisco, "
                     "dijo este martes la canciller.\n")
    assert record.date.iso == "2023-11-16"
