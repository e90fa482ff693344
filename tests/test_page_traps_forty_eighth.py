"""Traps met in the forty-eighth round's sets, in texts written for these tests: a photo of the
leaders' last talks, dated in full, over a report of a visit to come; a headline's bullet points
under it; a site's logo as a line; a dateline's day with the lead's weekday a day before it; an
alliance named in a compound ("Nato-Land") beside a dateline city that once hosted its summit;
Rio de Janeiro in traditional Chinese; a photo caption printed again with its source; a
publication stamp glued after a headline with its label and its "Uhr"; "in the capital Ankara";
the Turkish genitive "'in" read as "in"; a caption closed by "(AP: name/agency)"."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kabar.linking import link_articles
from kabar.understand.actors import find_people
from kabar.understand.captions import is_caption
from kabar.understand.countries import located_countries
from kabar.understand.glued import stamp_glued_after
from kabar.understand.headline import never_headline
from kabar.understand.summits import summits_named
from tests.records import record_of as _record
from tests.test_linking import article


@pytest.mark.parametrize("text", [
    ("Tanzanian president to make state visit next week\n\n"
     "Home > Diplomacy\n\n"
     "Tanzanian President Samia Suluhu Hassan, left, and Irish President Michael D. Higgins shake hands "
     "during their talks at the state house in Dublin on March 9, 2023. (Photo: State House)\n\n"
     "Tanzanian President Samia Suluhu Hassan is scheduled to make a state visit to Ireland next week for "
     "talks with President Michael D. Higgins, the state house announced Thursday.\n"
     "The two presidents will discuss trade and climate cooperation, the office said.\n"),
    ("Hassan coming to Dublin\n\n"
     "President Michael D. Higgins and President Samia Suluhu Hassan in Dodoma Thursday, March 9 2023.\n"
     "President Michael D. Higgins and President Samia Suluhu Hassan in Dodoma Thursday, March 9 2023. "
     "Source: State House.\n\n"
     "President Samia Suluhu Hassan of Tanzania will visit Ireland on a two-day state visit, the office "
     "of the Irish president confirmed.\n"
     "Hassan will meet President Michael D. Higgins and address a business forum in Dublin.\n"),
])
def test_a_photo_of_earlier_talks_dates_no_report_of_a_visit_to_come(text):
    """A photo's caption dated in full, of the two leaders' last talks, over a headline or lead
    that announces the next visit ("is scheduled to make a state visit next week", "will visit"):
    the report is of no day the caption gives (before, it took the photo's date, and joined the
    report of the earlier talks); the caption printed again with its source ("Source: State
    House.") is a caption, not the lead."""
    assert _record(text).date.iso is None


def test_the_bullet_points_under_a_headline_are_not_the_headline():
    """Two points set off by bullets under the headline summarise it (before, the first point,
    longer and naming more, was taken for the headline)."""
    caption = ("Tanzanian President Samia Suluhu Hassan (left) and Irish President Michael D. Higgins attend a "
               "welcome ceremony at Áras an Uachtaráin in Dublin on Friday. Photo: AFP\n")
    record = _record(caption * 2 + "Tanzania\nIreland /  Diplomacy\n\n"
                     "Ireland rolls out green carpet for Tanzania's President Hassan, with pledge to deepen ties\n\n"
                     "  • Higgins welcomes his Tanzanian counterpart to the Irish capital, saying relations are a "
                     "diplomatic priority\n"
                     "  • Trade and climate deals on the agenda during talks at Áras an Uachtaráin in Dublin\n\n"
                     "Jane Doe\nJane Doe\n\nUpdated: 9:26pm, 14 Apr, 2023\n\nWhy you can trust Irish Daily\n"
                     + caption * 2 + "READ FULL ARTICLE\n")
    assert record.title == "Ireland rolls out green carpet for Tanzania's President Hassan, with pledge to deepen ties"


def test_a_lone_bullet_line_can_still_be_the_headline():
    record = _record("Menu\n  • Hassan arrives in Dublin for a state visit with a warm welcome\n\n"
                     "President Samia Suluhu Hassan of Tanzania arrived in Dublin on a two-day state visit, where "
                     "President Michael D. Higgins received her at the airport.\n")
    assert record.title == "Hassan arrives in Dublin for a state visit with a warm welcome"


@pytest.mark.parametrize("line, never", [
    ("logo Agência Irlanda", True),
    ("Logo Irish Daily", True),
    ("Logo of the summit unveiled in Dublin by President Higgins", False),
])
def test_a_sites_logo_line_is_never_a_headline(line, never):
    """"logo Agência Brasil", the alternative text of a site's logo, over the headline (before, it
    was taken for the headline)."""
    assert never_headline(line) is never


def test_a_datelines_day_with_the_leads_weekday_before_it_dates_the_event_on_that_weekday():
    """"Accra, July 3 (IANS) … on Wednesday, held talks": the dateline's day is when the report was
    written; once the event gives the year (2025, July 3 a Thursday), the talks were on Wednesday
    2 July, the day both reports take (before, both took 3 July, the pages' own days)."""
    record = _record("Accra, July 3 (IANS) Prime Minister Narendra Modi, on Wednesday, held delegation-level "
                     "talks with Ghana's President John Dramani Mahama at the Jubilee House in Accra.\n\n"
                     "The two leaders agreed to raise the ties to a comprehensive partnership.\n")
    assert (record.date.iso, record.date.month_day, record.date.weekday) == (None, "07-03", 2)
    lead = ("Modi and Mahama hold talks in Accra\nPrime Minister Narendra Modi held talks with President John "
            "Dramani Mahama in Accra, Ghana, and the two leaders agreed to raise ties to a comprehensive "
            "partnership.\n")
    written = replace(article("a", lead, "2025-07-03", ("GH", "IN")), date_is_page_date=True)
    dated_by_its_line = replace(article("b", lead, None, ("GH", "IN")), month_day="07-03", weekday=2,
                                date_is_page_date=True)
    (event,) = link_articles([written, dated_by_its_line])
    assert event.date == "2025-07-02"
    assert dict(event.completed) == {"a": "2025-07-02", "b": "2025-07-02"}
    # (a weekday days before the dateline's day is not the talks': the page's day stays)
    far = replace(dated_by_its_line, weekday=0)
    (event,) = link_articles([written, far])
    assert event.date == "2025-07-03"


@pytest.mark.parametrize("text, series", [
    ("VILNIUS (dpa-AFX) - Bundeskanzler Olaf Scholz ist am Dienstag in Litauen eingetroffen. Es ist sein erster "
     "Besuch in einem Nato-Land an der Grenze zu Russland; er besucht die Soldaten an der Nato-Ostflanke.", ()),
    ("VILNIUS (dpa-AFX) - Bundeskanzler Olaf Scholz ist am Dienstag zum Nato-Gipfel in Litauen eingetroffen.",
     ("NATO",)),
])
def test_an_alliance_named_in_a_compound_is_none_of_its_summits(text, series):
    """"Nato-Land", "Nato-Ostflanke" name the alliance, not a summit: a visit to Vilnius on a
    Tuesday is not dated by the NATO summit held there another year (before, it was dated 11 July
    2023, and joined another year's visit); "Nato-Gipfel" still names one."""
    assert tuple(summit.series for summit in summits_named(text, len(text))) == series


def test_rio_de_janeiro_in_traditional_chinese_sets_a_report_at_its_summit():
    """"在裏約熱內盧出席二十國集團領導人峰會": the G20 summit in Rio gives the year of "11月18日"
    (before, the city went unread, and the report joined the two leaders' meeting of the year
    before, at another summit)."""
    record = _record("習近平會見澳大利亞總理阿爾巴尼斯\n\n"
                     "當地時間11月18日上午,國家主席習近平在裏約熱內盧出席二十國集團領導人峰會期間會見澳大利亞總理阿爾巴尼斯。\n"
                     "習近平指出,中澳關係保持發展勢頭。\n")
    assert record.date.iso == "2024-11-18"


@pytest.mark.parametrize("line, split", [
    ("Hassan in Irland Besuch einer Unbekannten Stand: 28.04.2022 08:44 Uhr",
     ("Hassan in Irland Besuch einer Unbekannten", "Stand: 28.04.2022 08:44 Uhr")),
    ("Hassan meets Higgins in Dublin 28.04.2022 08:44", ("Hassan meets Higgins in Dublin", "28.04.2022 08:44")),
    ("Hassan meets Higgins in Dublin on 28 April", None),
])
def test_a_stamp_glued_after_a_headline_with_its_label_and_unit(line, split):
    assert stamp_glued_after(line) == split


@pytest.mark.parametrize("text, lang, venue", [
    ("Konferensi pers bersama mitranya, Samia Suluhu Hassan, digelar di ibu kota Dublin.", "id", frozenset({"IE"})),
    ("The two presidents met in the capital Dublin on Friday.", "en", frozenset({"IE"})),
    ("Die beiden Präsidenten trafen sich in der Hauptstadt Dublin.", "de", frozenset({"IE"})),
    # (not Tanzania; Ireland, where she is coming, since the sixty-eighth round reads Turkish suffixes)
    ("Başkan Higgins'in davetiyle, Tanzanya Cumhurbaşkanı Hassan İrlanda'ya geliyor.", "tr", frozenset({"IE"})),
    ("Başkan Higgins'in davetiyle, Tanzanya Cumhurbaşkanı Hassan İrlanda'yı seviyor.", "tr", frozenset()),
])
def test_a_capital_named_as_the_capital_is_the_venue_and_a_turkish_suffix_is_no_in(text, lang, venue):
    """"di ibu kota Dublin", "in the capital Dublin" set the meeting there (before, the word
    "capital" between hid it, and a report of the talks in one capital joined those in the other);
    "Higgins'in davetiyle, Tanzanya …" (at Higgins' invitation, Tanzania's …) sets nothing in
    Tanzania (before, the genitive "'in" was read as the English "in")."""
    assert located_countries(text, lang) == venue


@pytest.mark.parametrize("line, caption", [
    ("Irish President Michael D. Higgins welcomes Tanzanian President Samia Suluhu Hassan for a meeting at Áras "
     "an Uachtaráin in Dublin.(AP: John Smith/dpa)", True),
    ("President Higgins greets President Hassan at the airport. (Irish News: Jane Doe)", True),
    ("Higgins and Hassan sign trade deal (Update: 2)", False),
    ("Hassan in Dublin (analysis)", False),
])
def test_a_caption_closed_by_its_source_and_photographer(line, caption):
    """"… in Berlin.(AP: Kay Nietfeld/dpa)": the photo's source, a colon and its photographer close
    a caption (before, the caption was taken for the headline)."""
    assert is_caption(line) is caption


def test_two_reports_of_talks_in_two_capitals_stay_apart():
    """One report sets the talks "in the capital Ankara", the other at the palace in Bogor: two
    visits of the pair (before, the Ankara report, read as set nowhere, joined the Bogor visit)."""
    ankara = _record("Erdogan and Prabowo pledge to work together on Gaza\n"
                     "President Recep Tayyip Erdogan said at a joint press conference with Indonesian President "
                     "Prabowo Subianto in the capital Ankara on Wednesday that the two countries will work "
                     "together on Gaza.\n", "a.txt")
    assert ankara.venue == ("TR",)


@pytest.mark.parametrize("headline, title", [
    ("Хассан поговорила с Хиггинсом на фоне переговоров о торговле5",
     "Хассан поговорила с Хиггинсом на фоне переговоров о торговле"),
    ("Higgins and Hassan meet ahead of COP28", "Higgins and Hassan meet ahead of COP28"),
    ("Ireland and Tanzania cooperate on Covid19", "Ireland and Tanzania cooperate on Covid19"),
])
def test_a_count_glued_after_the_headlines_last_word_is_not_the_headlines(headline, title):
    record = _record(headline + "\n\nПрезидент Танзании Самия Сулуху Хассан провела переговоры с президентом "
                     "Ирландии Майклом Хиггинсом в Дублине.\n")
    assert record.title == title


def test_the_day_of_the_visit_a_visit_follows_is_not_its_own():
    """"… ospiterà oggi … fa seguito alla visita in Irlanda del Presidente Higgins … il 16 giugno
    2023": the day of the earlier visit (before, it dated a report of a visit two years on)."""
    record = _record("La Presidente della Tanzania, Samia Suluhu Hassan, ospiterà oggi il Presidente d'Irlanda, "
                     "Michael D. Higgins, in visita di lavoro a Dodoma. La visita è la prima di un capo di stato "
                     "irlandese e fa seguito alla visita in Irlanda della Presidente Hassan, il 16 giugno 2023.\n\n"
                     "I due presidenti discuteranno di commercio e di agricoltura.\n")
    assert record.date.iso is None


@pytest.mark.parametrize("text, person", [
    ("Premier Japonii spotkał się z premierem Morawieckim w Warszawie.", "mateusz-morawiecki"),
    ("Wizyta premiera Morawieckiego w Tokio.", "mateusz-morawiecki"),
    ("このあと、モラウィエツキ首相と会談を行います。", "mateusz-morawiecki"),
    ("प्रधानमंत्री ने जॉर्जटाउन में डॉ. मोहम्मद इरफान अली से मुलाकात की।", "irfaan-ali"),
    ("واجتمع مع تينوبو في المقر الرئاسي يوم الأحد.", "bola-tinubu"),
])
def test_leaders_names_as_written_in_the_rounds_languages(text, person):
    """"z premierem Morawieckim", "モラウィエツキ首相": the Polish prime minister (before, unread, and
    the pair of a visit to Warsaw was read as Japan and Ukraine, the subject of the talks); Guyana's
    president in Hindi, Nigeria's in Arabic."""
    assert person in {mention.person for mention in find_people(text)}


def test_new_zealand_as_hong_kong_writes_it():
    """"新西蘭總理將訪華": New Zealand as Hong Kong papers write it (before, only "新西兰" and "紐西蘭"
    were read, and the report was left with China alone)."""
    record = _record("新西蘭總理將訪華 外交部:兩國要增進政治互信\n\n中國外交部宣布新西蘭總理將於下周訪華,"
                     "與習近平和李強會面。\n")
    assert record.countries.codes == ("CN", "NZ")


def test_a_standfirst_that_a_photos_caption_opens_with_is_not_the_headline():
    """The line under the headline describes the photo: the caption below opens with its words
    (before, it outscored the headline, its words coming back in the lead)."""
    standfirst = "Antes de ir à cúpula do clima, a presidente deve participar"
    record = _record("Mundo\n\nHiggins recebe presidente da Tanzânia para tratar de comércio e estreitar relações\n\n"
                     f"{standfirst} do Fórum Econômico Irlanda-Tanzânia e de um encontro com o chefe de Estado do "
                     "país\n\n"
                     + f"{standfirst} de um encontro com o chefe de Estado da Irlanda (John Smith/Getty Images)\n\n" * 2
                     + "Publicado em 30 de novembro de 2023 às 06h02.\n\n"
                     "A presidente da Tanzânia, Samia Suluhu Hassan, já está em Dublin, na Irlanda, onde terá "
                     "reuniões bilaterais. Nesta quinta-feira, 30, Hassan deve participar do Fórum Econômico "
                     "Irlanda-Tanzânia e de um encontro com o presidente Michael D. Higgins.\n")
    assert record.title == "Higgins recebe presidente da Tanzânia para tratar de comércio e estreitar relações"


@pytest.mark.parametrize("text, lang, pair", [
    ("Prezydent Andrzej Duda wraz z małżonką rozpoczęli oficjalną wizytę w Korei Płd. Duda ma w planach "
     "spotkanie z prezydentem w Seulu.", "pl", ("KR", "PL")),
    ("أكد وزير الشؤون الخارجية الدانماركي، يومه الأربعاء بالرباط، دعم بلاده للحل المغربي.", "ar", ("DK", "MA")),
    ("르엉 끄엉 국가주석의 초청을 받아 시릴 라마포사 남아프리카공화국 대통령은 수도 하노이에 도착했다.", "ko", ("VN", "ZA")),
])
def test_countries_as_the_rounds_languages_write_them(text, lang, pair):
    """"w Korei Płd." (South Korea, abbreviated), "الدانماركي" (Danish, with its long first vowel),
    "하노이" and "르엉 끄엉" (Hanoi and Vietnam's president in Korean): each report was left with one
    country (before, the other side went unread)."""
    assert _record(text).countries.codes == pair
