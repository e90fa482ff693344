"""Traps of real pages met in the thirty-fourth round's sets, in texts written for these tests: a
span of days of one month in Chinese, Japanese or Korean ("7月7日～8日", "6月1日至3日", "3월 4일~5일"),
and a report whose lead gives the guest's arrival by its day of the month, then the talks as
"yesterday" in the next sentence of the same paragraph (Chinese and Japanese end a sentence with
"。" and no space)."""
from __future__ import annotations

import pytest

from kabar.understand.pipeline import understand


def _date(text: str, name: str = "page.txt"):
    return understand(text.encode(), name).record.date


@pytest.mark.parametrize("text, around", [
    ("日豪首脳会談\n\n安倍総理はオーストラリアを公式訪問し、2014年7月7日～8日にかけてキャンベラで一連の行事に"
     "参加しました。両首脳は経済連携協定に署名しました。\n", ("2014-07-07", "2014-07-08")),
    ("中俄总理举行会谈\n\n应邀于2016年6月1日至3日对俄罗斯进行正式访问的国务院总理同俄罗斯总理举行会谈，"
     "双方签署了多项合作文件。\n", ("2016-06-01", "2016-06-03")),
])
def test_a_span_of_days_with_its_year_is_a_span(text, around):
    # (the visit's days, no single one: shown undated, its days kept)
    date = _date(text)
    assert date.iso is None
    assert date.around == around


@pytest.mark.parametrize("text, first, last", [
    ("日豪首脳会談\n\n安倍総理はオーストラリアを訪問し、7月7日～8日にかけてキャンベラにおける行事に参加した。"
     "両首脳は経済連携協定に署名した。\n", "07-07", "07-08"),
    ("中俄总理举行会谈\n\n国务院总理6月1日至3日对俄罗斯进行正式访问，同俄罗斯总理举行会谈。\n", "06-01", "06-03"),
    ("한·호주 정상회담\n\n대통령은 3월 4일~5일 호주를 국빈 방문해 총리와 정상회담을 가졌다. 양국은 자유무역협정에 "
     "서명했다.\n", "03-04", "03-05"),
])
def test_a_span_of_days_without_a_year_keeps_both_ends(text, first, last):
    date = _date(text)
    assert (date.iso, date.month_day, date.month_day_to) == (None, first, last)


ARRIVAL_THEN_TALKS_ZH = (
    "习近平同巴勒斯坦总统阿巴斯举行会谈\n\n某报 2017-07-19\n\n"
    "本报讯 巴勒斯坦总统阿巴斯于17日抵达北京,开始对中国进行国事访问。国家主席习近平昨日上午在人民大会堂同阿巴斯"
    "举行会谈,双方同意加强在经贸、人文等领域的合作。\n")


def test_the_talks_yesterday_after_the_guests_arrival_day():
    # the 17th names the guest alone (an arrival); "yesterday", on a page of the 19th, the talks
    date = _date(ARRIVAL_THEN_TALKS_ZH)
    assert (date.iso, date.published) == ("2017-07-18", "2017-07-19")


def test_the_arrival_day_stands_when_the_talks_are_not_told():
    text = ARRIVAL_THEN_TALKS_ZH.replace("国家主席习近平昨日上午在人民大会堂同阿巴斯举行会谈,双方同意", "双方将")
    assert _date(text).iso == "2017-07-17"


@pytest.mark.parametrize("lang, text, codes", [
    # "a reunião" (the meeting) is no Réunion (the Palácio do Planalto is Brazil's seat of government);
    # the island, with its capital, is
    ("pt", "A reunião começou com atraso no Palácio do Planalto.", {"BR"}),
    ("pt", "O presidente visitou a Reunião e Madagáscar.", {"RE", "MG"}),
    # the bird and the porcelain are no countries; Turkey and China are
    ("en", "The turkey was served on fine china at the dinner.", set()),
    ("en", "The dinner in Turkey was served on plates from China.", {"TR", "CN"}),
    # a demonym some lists write in lower case counts as it is written
    ("fr", "le président russe a reçu son homologue chinois", {"RU", "CN"}),
])
def test_a_country_name_written_in_lower_case_is_a_word(lang, text, codes):
    from kabar.understand.country_matcher import country_mentions, matcher_for
    assert set(country_mentions(matcher_for(lang), text)) == codes


def test_the_meeting_is_not_set_on_an_island_by_a_common_noun():
    from kabar.understand.countries import extract_venue
    lead = ("A presidente recebeu nesta sexta-feira o presidente eleito da Argentina no Palácio do Planalto. "
            "A reunião, marcada para as 10 horas, começou com atraso.")
    assert extract_venue("Dilma recebe Macri em Brasília", lead, "pt") == ("BR",)


@pytest.mark.parametrize("lang, text, codes", [
    # "a" sets a place in the Romance languages only: in English and Hungarian it is the article
    ("en", "Museveni ordered the officials to honour the sanctions, a Seoul official said.", set()),
    ("hu", "Az orosz elnök és a magyar miniszterelnök csütörtökön tárgyalt.", set()),
    ("it", "Il presidente russo è arrivato a Roma per i colloqui.", {"IT"}),
    ("fr", "Le président chinois est arrivé à Pékin pour les entretiens.", {"CN"}),
])
def test_a_is_a_locative_in_the_romance_languages_only(lang, text, codes):
    from kabar.understand.countries import located_countries
    assert located_countries(text, lang) == codes


@pytest.mark.parametrize("text, call", [
    # a reporter's name in a Korean byline ("전화수 기자") tells of no phone call
    ("[어느뉴스=전화수 기자] 러시아를 국빈방문한 대통령은 22일 푸틴 대통령과 만났다.", False),
    ("대통령은 22일 푸틴 대통령과 전화 통화를 했다.", True),
    ("한·러 정상 전화회담", True),
])
def test_a_korean_reporters_name_is_no_call(text, call):
    from kabar.understand.textutil import CALL_RE
    assert (CALL_RE.search(text) is not None) is call


@pytest.mark.parametrize("text, first", [
    # a byline on its own line, and the site asking to be followed, are no lead
    ("Neue Kraftwerke für Großbritannien\n\nVon Euronews\n\nChinas Präsident Xi Jinping und der britische "
     "Premierminister David Cameron haben sich in London auf neue Kraftwerke geeinigt.\n", "Chinas Präsident"),
    ("Reactors for Britain\n\nBy Wire Staff\n\nChinese President Xi Jinping and British Prime Minister David "
     "Cameron agreed in London on new reactors.\n", "Chinese President"),
    ("Presidenta de Corea inicia gira por Colombia\n\nSuscríbete a nuestro canal de Telegram \"Noticias\" para "
     "que estés al día con toda la información.\n\nLa presidenta de Corea del Sur inicia una visita oficial a "
     "Colombia.\n", "La presidenta"),
    # … but a sentence that opens with "By" is text
    ("Trade talks end in London\n\nBy the end of the visit, the two leaders had signed six agreements.\n\n"
     "Xi and Cameron met in London.\n", "By the end"),
])
def test_bylines_and_follow_us_lines_are_no_lead(text, first):
    parsed = understand(text.encode(), "page.txt").record.parsed
    assert parsed.paragraphs[0].startswith(first)


def test_a_korean_given_name_with_its_second_part_capitalised():
    from kabar.understand.actors import find_people
    text = "La presidenta de Corea del Sur, Park Geun-Hye, inicia una visita oficial; Moon Jae-In la recibió."
    assert [m.person for m in find_people(text)] == ["park-geun-hye", "moon-jae-in"]


def test_a_lead_opening_with_its_source_after_the_repeated_headline_is_not_a_caption():
    text = ("President in Islamabad: three agreements signed\n"
            "President in Islamabad: three agreements signed\n"
            "COLOMBO (Island News) – Talks between President Maithripala Sirisena, on an official visit to "
            "Pakistan, and Prime Minister Shahid Khaqan Abbasi were held last night (March 23).\n"
            "The talks were held at the Prime Minister's residence in Islamabad.\n")
    record = understand(text.encode(), "page.txt").record
    assert record.parsed.paragraphs[0].startswith("Talks between")
    assert record.date.iso == "2018-03-23"  # (the year: the only one Abbasi was in office on 23 March)


@pytest.mark.parametrize("line, stamp", [
    # a sentence telling the time of day is no publication line ("14.10" reads as a date too)
    ("Putin saabus Savonlinna lennuväljale helikopteriga kell 14.10.", False),
    ("The president landed at the airport by helicopter at 14.10.", False),
    # … but of two times, one is the date; a date with its year is a date
    ("Opublikowano: 14.10 12:30", True),
    ("29.11.2021 14.10", True),
])
def test_a_time_of_day_in_a_sentence_is_no_stamp(line, stamp):
    from kabar.understand.chrome import is_stamp
    assert is_stamp(line) is stamp


@pytest.mark.parametrize("text, weekday, evidence", [
    # the weekday with its article, shown as written (its alif folds to nothing)
    ("التقى الرئيس السيسي يوم الأربعاء الرئيس بوتين في القاهرة لبحث العلاقات الثنائية.", 2, "الأربعاء"),
    # "لأحد" (to anyone) folds as "الأحد" (Sunday) does: no weekday
    ("قال الرئيس إنه لن يسمح لأحد بالتدخل خلال لقائه الرئيس بوتين في القاهرة.", None, ""),
])
def test_an_arabic_weekday_is_written_with_its_article(text, weekday, evidence):
    date = _date(text)
    assert (date.weekday, date.evidence) == (weekday, evidence)


@pytest.mark.parametrize("text, lang, people", [
    # Turkish writes a name's case ending after an apostrophe: the name is the word before it
    ("Cumhurbaşkanı Erdoğan’ın Rusya ziyaretinde Vladimir Putin’le görüştü.", "tr",
     ["recep-tayyip-erdogan", "vladimir-putin"]),
    ("President Putin's visit to Ankara", "en", ["vladimir-putin"]),
    # Bulgarian, Serbian and Macedonian write no soft sign; Russian often leaves the Arabic article out
    ("Германският канцлер Ангела Меркел и руският президент", "bg", ["angela-merkel"]),
    ("переговоры с президентом Судана Омаром Баширом", "ru", ["omar-al-bashir"]),
])
def test_names_with_endings_and_spellings_of_other_languages(text, lang, people):
    from kabar.understand.actors import find_people
    assert [m.person for m in find_people(text, lang)] == people


def test_a_dateline_under_a_byline_keeps_its_day():
    # the byline goes; the lead under it keeps its dateline whole, whose day the dates read (the
    # page's "today" over the headline is the day it was viewed)
    text = ("Wire Daily\nSun, Mar 1, 2026\nMorocco, France sign six agreements\nBy Jane Roe\n"
            "PARIS, Jan. 5 (Wire Daily) – The foreign ministers of Morocco and France oversaw the signing of "
            "six cooperation documents in Paris.\nThe two last met in Rabat in December.\n")
    record = understand(text.encode(), "page.txt").record
    assert "By Jane Roe" not in record.parsed.paragraphs
    assert (record.date.iso, record.date.how, record.date.month_day) == (None, "dateline", "01-05")
