"""Traps met in the forty-second round's sets, in texts written for these tests: a page laid out
as a table and copied row by row (each line ending with the bar between cells); a live feed's time
before the headline; a breadcrumb glued before it with no marks; a site's notice in capitals between
the headline and the lead on their one line; an agency's name that begins the headline itself; a
country's formal name or a section's name over the headline; a French headline's weekday that its
lead says is still to come; a conference to come written before the day of the meeting that the text
gives with its weekday; a phone call on a day and month without a year beside a visit on the next day
of another year; a country's people named with a short adjective ("Greek")."""
from __future__ import annotations

import pytest

from kabar.linking import article_features, link_articles
from kabar.linking.name_keys import loose_key
from kabar.understand.pipeline import link_view, understand
from tests.records import record_of as _record


TABLE_ROWS = ("Uzbekistan, economy |\n"
              "Photo report: Mirziyoyev shows Lee the old town of Khiva |\n"
              "---|\n"
              "21.09.2016 09:14 |\n"
              "Tashkent (UZ) - President Shavkat Mirziyoyev showed visiting Singaporean President Tony Tan the old "
              "town of Khiva on Tuesday, after talks on trade and water management in Tashkent.\n\n"
              "The two presidents also visited a madrasa restored with the help of a Singaporean foundation.\n")


def test_a_page_copied_from_a_table_keeps_its_headline_without_the_bars_between_cells():
    """Each cell's line ends with " |": the category line above is no headline, and the bar is no
    part of the headline (before, the category line came out as the title, with its bar)."""
    record = _record(TABLE_ROWS)
    assert record.title == "Photo report: Mirziyoyev shows Lee the old town of Khiva"
    assert not record.title_derived


def test_a_live_feeds_time_before_the_headline_is_not_part_of_it():
    text = ("4 March 2016\n"
            "23:51 - Tokayev meets Hollande in Paris, after a phone call with Merkel\n\n"
            "Kazakh Foreign Minister Kassym-Jomart Tokayev met French President François Hollande in Paris on "
            "Friday to discuss energy projects and the situation in Ukraine.\n")
    assert _record(text).title == "Tokayev meets Hollande in Paris, after a phone call with Merkel"


def test_an_agencys_name_that_begins_the_headline_itself_stays():
    """"Pool" is also a photo credit, stripped when glued before a headline; not when the whole
    headline comes back further down (a pool report's subject line)."""
    text = ("Pool Report #3, lunch between the Vice President and the Lithuanian President\n\n"
            "From: Jane Roe\n"
            "Subject: Pool Report #3, lunch between the Vice President and the Lithuanian President\n\n"
            "The Vice President sat down for lunch with Lithuanian President Dalia Grybauskaite at the "
            "presidential palace in Vilnius shortly after noon. The two spoke about energy security.\n")
    assert _record(text).title == ("Pool Report #3, lunch between the Vice President and the Lithuanian "
                                   "President")


def test_a_breadcrumb_glued_before_the_headline_with_no_marks_is_dropped():
    """"HomeWorld" run on into a headline cut short; the whole headline is printed under it."""
    text = ("HomeWorldMinister Wong's remarks after meeting Foreign Minister Retno Marsudi of Indonesia...\n\n"
            "Minister Wong's remarks after meeting Foreign Minister Retno Marsudi of Indonesia (Jakarta, 5 March "
            "2024)\n\n"
            "We discussed the maritime boundary and the digital economy, and agreed to meet again in Singapore "
            "before the end of the year.\n")
    assert _record(text).title == ("Minister Wong's remarks after meeting Foreign Minister Retno Marsudi of "
                                   "Indonesia (Jakarta, 5 March 2024)")


def test_a_notice_in_capitals_between_the_headline_and_the_lead_on_one_line_is_neither():
    text = ("Scholz verspricht Kenia mehr Hilfe beim Klimaschutz BITTE ENTSCHULDIGEN SIE DEN FEHLENDEN TON IM "
            "VIDEO Kenia war die erste Station für Olaf Scholz am Donnerstag. Auf seiner dreitägigen Reise will der "
            "Bundeskanzler ausloten, wie Deutschland beim Ausbau der Windkraft helfen kann, sagte er nach einem "
            "Gespräch mit Präsident William Ruto in Nairobi.\n")
    record = _record(text)
    assert (record.title, record.title_derived) == ("Scholz verspricht Kenia mehr Hilfe beim Klimaschutz", False)
    assert "ENTSCHULDIGEN" not in " ".join(block.text for block in record.parsed.blocks)


JAPANESE_MINISTRY = ("ウズベキスタン共和国\n"
                     "岸田総理大臣のウズベキスタン訪問\n"
                     "(写真提供:内閣広報室)\n"
                     "岸田総理大臣は,ウズベキスタンを訪問したところ,概要は以下のとおりです。\n"
                     "1 主な行事\n"
                     "8月12日(土曜日)\n"
                     "ミルジヨーエフ大統領と会談\n"
                     "記念碑への献花\n"
                     "大統領主催の晩餐会\n"
                     "2 主要行事の概要\n"
                     "(1)ミルジヨーエフ大統領と会談(会談後,共同声明を発出)\n"
                     "8月12日,ウズベキスタンを訪問中の岸田総理大臣は,現地時間11時から約60分間,会談を行いました。\n")

SECTION_OVER_HEADLINE = ("Mundo\n\n"
                         "Chile e Portugal unem forças contra a pesca ilegal\n\n"
                         "Os países se comprometeram a adotar uma patrulha conjunta para lidar com a pesca ilegal, "
                         "um gesto que aproxima as marinhas\n\n"
                         "Pesca\n (.)\n\nPesca (.)\n\nDR\n\nDa Redação\n\n"
                         "Publicado em 20 de abril de 2017 às 17h39.\n\n"
                         "Santiago - Chile e Portugal se comprometeram nesta quinta-feira a adotar uma patrulha "
                         "conjunta para lidar com a pesca ilegal, um gesto que aproxima as marinhas da Europa e da "
                         "América Latina antes da conferência dos oceanos de junho.\n\n"
                         "O presidente Marcelo Rebelo de Sousa e a presidente Michelle Bachelet assinaram ainda "
                         "acordos de cooperação científica.\n")


@pytest.mark.parametrize("text, title", [
    # a country's formal name over the headline: the headline is still the page's first (an item of
    # the programme, printed again below, is not)
    (JAPANESE_MINISTRY, "岸田総理大臣のウズベキスタン訪問"),
    # a section's name over the headline, a standfirst under it: the headline over the standfirst
    (SECTION_OVER_HEADLINE, "Chile e Portugal unem forças contra a pesca ilegal"),
])
def test_a_label_over_the_headline_does_not_take_its_place_as_the_pages_first_line(text, title):
    assert _record(text).title == title


ATTENDU = ("Le président portugais en visite officielle dimanche à Dakar\n"
           "Publié le vendredi 14 avril 2017  |  APS\n\n"
           "Le président portugais, Marcelo Rebelo de Sousa, est attendu dimanche à Dakar pour une visite "
           "officielle de deux jours au Sénégal durant laquelle il aura des entretiens avec le président Macky "
           "Sall, a-t-on appris vendredi de source officielle.\n\n"
           "Les entretiens porteront sur la pêche et l'enseignement du portugais.\n")


def test_a_headlines_weekday_that_the_lead_says_is_to_come_is_the_coming_one():
    """Written on Friday 14 April: "en visite dimanche" over "est attendu dimanche" is Sunday the
    16th, not the Sunday before (the headline's present tense is the lead's future)."""
    assert _record(ATTENDU).date.iso == "2017-04-16"


PLAN_FIRST = ("JAKARTA - Presiden Uzbekistan Shavkat Mirziyoyev mengundang Presiden Joko Widodo ke Samarkand. "
              "Tujuannya untuk menghadiri forum investasi pada 10-11 Oktober 2019.\n\n"
              "Undangan itu disampaikan Menteri Luar Negeri Uzbekistan Abdulaziz Kamilov.\n\n"
              "\"Saya menyampaikan surat dari Presiden kami untuk mengundang Bapak Presiden ke Samarkand,\" kata "
              "Kamilov saat bertemu Jokowi di Istana Merdeka, Selasa (12/3/2019).\n")

OWN_DAY_FIRST = ("Presiden Joko Widodo menyambut Presiden Uzbekistan di Istana Bogor, Kamis (9/5/2019).\n\n"
                 "Kunjungan kenegaraan itu berlangsung pada 8-10 Mei 2019.\n\n"
                 "Rencana kunjungan diumumkan juru bicara Kementerian Luar Negeri pada Kamis (2/5/2019).\n")


@pytest.mark.parametrize("text, iso", [
    # the lead's day, written without its weekday, is a forum to come; the meeting is the day the
    # text writes with its weekday further down, before it
    (PLAN_FIRST, "2019-03-12"),
    # the lead writes its own day with its weekday: an earlier day further down (the announcement) is
    # not the meeting
    (OWN_DAY_FIRST, "2019-05-09"),
])
def test_a_day_to_come_written_before_the_day_the_text_gives_with_its_weekday(text, iso):
    assert _record(text, "p.txt").date.iso == iso


def _events(texts: dict[str, str]) -> dict[str, str]:
    views = [link_view(understand(text.encode(), f"{name}.txt", given_id=name).record) for name, text in texts.items()]
    return {aid: event.id for event in link_articles(views) for aid in event.article_ids}


CALL_AND_VISIT = {
    "call": ("Le Président de la République d'Azerbaïdjan, Ilham Aliyev, a reçu le 16 juin un coup de fil du "
             "Premier ministre pakistanais, Shehbaz Sharif.\n\n"
             "Les deux dirigeants ont échangé leurs vœux à l'occasion de l'Aïd et évoqué la coopération "
             "énergétique.\n"),
    "visit": ("Sharif holds talks with Aliyev in Baku\n\n"
              "Pakistani Prime Minister Shehbaz Sharif held talks with Azerbaijani President Ilham Aliyev in Baku "
              "on 15 June 2023, on the second day of his visit to Azerbaijan.\n\n"
              "The two leaders signed agreements on energy and transport.\n"),
    "visit_ur": ("شہباز شریف باکو میں\n\n"
                 "وزیراعظم شہباز شریف نے 15 جون 2023 کو باکو میں آذربائیجان کے صدر الہام علیوف سے ملاقات کی۔\n"),
}


def test_a_call_on_a_day_without_a_year_does_not_take_the_year_of_a_visit_on_the_next_day():
    """The same two leaders: a phone call on "16 juin" (no year; "un coup de fil", a call in French
    words the linker did not know) and a visit on 15 June 2023. The call does not borrow 2023 and
    join the visit: it stays alone and undated."""
    events = _events(CALL_AND_VISIT)
    assert events["call"] != events["visit"]
    assert understand(CALL_AND_VISIT["call"].encode(), "call.txt").record.date.iso is None


def test_a_countrys_short_adjective_is_no_name_two_reports_share():
    """"Greek" (a key of four letters, "grek") is a people's adjective, like "German": no one's
    name, so two reports that both write it share no name by it."""
    text = ("Dendias meets Botchwey in Accra\n\nThe Greek minister Nikos Dendias met Ghana's Foreign Minister "
            "Shirley Ayorkor Botchwey in Accra on 25 November 2021.\n")
    names = article_features(link_view(understand(text.encode(), "g.txt").record)).features.names
    assert loose_key("greek") not in names
    assert "dendias" in names
