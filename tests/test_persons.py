"""Finding the people one report names (understand/persons.py), on texts written for these tests:
who counts as a person, the name as written, the title and country the text gives them."""
from __future__ import annotations

import pytest

from kabar.understand.actors import find_people
from kabar.understand.persons import find_persons, loose_word, name_words, slip_of


def persons(text: str, lang: str) -> list[tuple[str, str, str | None, str | None]]:
    """(name as written, title, country, leader id) of every person the text names, once each."""
    seen = []
    for p in find_persons(text, lang, find_people(text)):
        row = (p.name, p.title, p.country, p.leader)
        if row not in seen:
            seen.append(row)
    return seen


def names(text: str, lang: str) -> set[str]:
    return {row[0] for row in persons(text, lang)}


@pytest.mark.parametrize("lang, text, expected", [
    # Indonesian: a title, a rank after it, the country after the rank
    ("id", "Wakil Menteri Luar Negeri Pertama Rusia Arkady Volkov bertemu mitranya di Hanoi.",
     [("Arkady Volkov", "Wakil Menteri Luar Negeri Pertama Rusia", "RU", None)]),
    # a title, the country, a comma, the name; "untuk" names where the ambassador serves, not their country
    ("id", "Pertemuan itu dihadiri Duta Besar Finlandia untuk Indonesia, Liisa Haavisto, pada Senin.",
     [("Liisa Haavisto", "Duta Besar Finlandia untuk Indonesia", "FI", None)]),
    ("id", "Menurut Duta Besar (Dubes) Peru di Malaysia, Rosa Quispe Mamani, hubungan terus membaik.",
     [("Rosa Quispe Mamani", "Duta Besar (Dubes) Peru di Malaysia", "PE", None)]),
    # English: the demonym and rank before the title, the ministry after it
    ("en", "Finnish First Deputy Minister for Foreign Affairs Mikko Lehtinen arrived in Jakarta on Monday.",
     [("Mikko Lehtinen", "Finnish First Deputy Minister for Foreign Affairs", "FI", None)]),
    ("en", "The talks were chaired by Ambassador to Chile Hoang Van Long and his host.",
     [("Hoang Van Long", "Ambassador to Chile", None, None)]),
    # Vietnamese titles keep their diacritics; the name too
    ("vi", "Thứ trưởng Thường trực Bộ Ngoại giao Lê Hoài Phương tiếp Đại sứ Chile tại Việt Nam Tomás Rojas.",
     [("Lê Hoài Phương", "Thứ trưởng Thường trực Bộ Ngoại giao", None, None),
      ("Tomás Rojas", "Đại sứ Chile tại Việt Nam", "CL", None)]),
    # Russian: a title in another case, the country in the genitive
    ("ru", "Глава делегации встретился с заместителем министра иностранных дел Финляндии Микко Лехтиненом и "
           "послом Чили Томасом Рохасом.",
     [("Микко Лехтиненом", "заместителем министра иностранных дел Финляндии", "FI", None),
      ("Томасом Рохасом", "послом Чили", "CL", None)]),
    # French: lower-case titles, the adjective of the country after the title
    ("fr", "Le vice-ministre russe des Affaires étrangères Arkadi Volkov a reçu l'ambassadeur vietnamien "
           "Hoàng Văn Long.",
     [("Arkadi Volkov", "vice-ministre russe des Affaires étrangères", "RU", None),
      ("Hoàng Văn Long", "ambassadeur vietnamien", "VN", None)]),
])
def test_a_title_introduces_a_person(lang, text, expected):
    assert persons(text, lang) == expected


def test_a_listed_leader_is_a_person_without_a_title_and_keeps_the_given_name_as_written():
    found = persons("Kunjungan itu atas undangan Presiden Federasi Rusia, Vladmir Putin, pekan lalu. "
                    "Putin menyambut tamunya.", "id")
    assert found[0] == ("Vladmir Putin", "Presiden Federasi Rusia", "RU", "vladimir-putin")
    assert ("Putin", "", "RU", "vladimir-putin") in found
    # a country before a surname is no given name: the name stays as the list matched it
    assert names("Presiden Rusia Putin tiba di Hanoi.", "id") == {"Putin"}


@pytest.mark.parametrize("lang, text", [
    # no title: a capitalised run of words is never a person by itself
    ("en", "Mikko Lehtinen and Tomás Rojas met in Santiago on Monday."),
    # after "of" an unknown capitalised word is a place: the phrase says nothing sure
    ("en", "Governor of Koppang Jens Aarvik opened the fair."),
    # an initial is no given name; a one-word name alone is nobody
    ("en", "First Deputy Minister of Foreign Affairs of Finland M. Lehtin signed the plan."),
    ("en", "Deputy Minister Lehtinen said the plan was ready."),
    # a list of offices after a comma is not a name
    ("id", "Rapat dipimpin Menteri Perdagangan, Menteri Keuangan dan para pejabat."),
    # a pair of countries joined by a hyphen
    ("id", "Dialog tingkat Wakil Menteri Luar Negeri Vietnam-Finlandia diadakan di Hanoi."),
])
def test_no_person_without_evidence(lang, text):
    assert persons(text, lang) == []


def test_a_surname_after_a_title_is_the_one_person_of_that_name_in_the_text():
    text = ("Finnish Deputy Minister Mikko Lehtinen met Chilean Ambassador Tomás Rojas.\n"
            "Deputy Minister Lehtinen said ties were strong.")
    found = find_persons(text, "en", find_people(text))
    late = [p for p in found if p.start > text.index("\n")]
    assert [(p.name, p.title) for p in late] == [("Mikko Lehtinen", "Deputy Minister")]
    # two people of that family name: the surname alone is neither
    text = ("Minister Anna Virtanen and Ambassador Pekka Virtanen met.\n"
            "Minister Virtanen said ties were strong.")
    assert [p.name for p in find_persons(text, "en") if p.start > text.index("\n")] == []


def test_a_headline_gives_a_name_only_when_the_prose_confirms_it():
    text = ("Menteri Luar Negeri Liisa Haavisto Terima Kunjungan Delegasi Chile\n"
            "Menteri Luar Negeri Finlandia Liisa Haavisto menerima delegasi Chile di Helsinki.")
    assert names(text, "id") == {"Liisa Haavisto"}  # not "Liisa Haavisto Terima Kunjungan Delegasi"
    assert names("Presiden Tomas Rojas Terima Kunjungan Delegasi Finlandia\nKunjungan berlangsung baik.", "id") == set()


def test_a_weekday_or_month_ends_a_name():
    assert names("Menteri Luar Negeri Finlandia Liisa Haavisto Rabu (5/6) tiba di Jakarta.", "id") == {"Liisa Haavisto"}
    assert names("Ambassador Tomás Rojas Monday welcomed the visitors.", "en") == {"Tomás Rojas"}
    # a Vietnamese given name that folds like the word for month is still a name
    assert names("Đại sứ Chile Tomás Rojas tiếp Thứ trưởng Trần Văn Thắng tại Hà Nội.", "vi") == {
        "Tomás Rojas", "Trần Văn Thắng"}


@pytest.mark.parametrize("name, words", [
    ("Nguyễn Văn Thắng", ("nguyen", "van", "thang")),
    ("Нгуен Ван Тханг", ("nguen", "van", "tkhang")),
    ("Moon Jae-in", ("moon", "jae", "in")),
    ("Игорь Морозов", ("igor", "morozov")),
])
def test_names_fold_across_diacritics_and_scripts(name, words):
    assert name_words(name) == words


@pytest.mark.parametrize("a, b, slip", [
    ("Vladmir Sorokin", "Vladimir Sorokin", 0),  # a letter dropped in the given name
    ("Sergei Sorokin", "Sergey Sorokin", 0),
    ("Vladimir Sorokin", "Vladimir Sorokina", None),  # the family name: never
    ("Nguyen Minh Thang", "Nguyen Minh Thanh", 2),  # a Vietnamese name: the family name comes first
    ("Nguyen Minh Thang", "Nguyan Minh Thang", None),
    ("Nguyen Xuan Phong", "Nguyen Phu Phong", None),  # two words differ
    ("Ivan Sorokin", "Iwan Sorokin", None),  # too short a word to trust one letter
    ("Anna Virtanen", "Anna Virtanen", None),  # the same name is no slip
])
def test_one_slip_in_a_given_name(a, b, slip):
    assert slip_of(name_words(a), name_words(b)) == slip


@pytest.mark.parametrize("cyrillic, latin, same", [
    ("Нгуен Ван Тхань", "Nguyen Van Thanh", True),
    ("Буй Куанг Фук", "Bui Quang Phuc", True),
    ("Чан Суан Шон", "Tran Xuan Son", True),
    ("Евгений Сорокин", "Yevgeny Sorokin", True),
    ("Нгуен Ван Тхань", "Nguyen Van Thinh", False),
    ("Евгений Сорокин", "Yevgeny Sorokov", False),
])
def test_loose_spelling_across_scripts(cyrillic, latin, same):
    loose = [tuple(map(loose_word, name_words(n))) for n in (cyrillic, latin)]
    assert (loose[0] == loose[1]) is same


def test_a_namesake_of_a_listed_leader_with_another_countrys_title_is_someone_else():
    text = "Australian Deputy Foreign Minister Sarah Blinken met Vietnamese officials in Hanoi."
    found = find_persons(text, "en", find_people(text))
    assert [(p.name, p.country, p.leader) for p in found] == [("Sarah Blinken", "AU", None)]
    # the leader themself, titled with their own country, stays the listed person
    text = "US Secretary of State Antony Blinken met Vietnamese officials in Hanoi."
    found = find_persons(text, "en", find_people(text))
    assert [(p.name, p.leader) for p in found] == [("Antony Blinken", "antony-blinken")]
