"""Traps met in the fifty-second round's sets, in texts written for these tests: a trade target's year
lending a weekday its year ("targetkan … pada 2028"); a day in a French clause told in the pluperfect
("qui avait été l'invité d'honneur … du 14 juillet"), or of the meeting a visit follows up; a report
of one side's talks at home joined to the other side's visit abroad; an icon font's names printed as a
line over the headline; a site's logo named in its alternative text ("name of <the agency>"); a
visit's host country in a headline that also names the crisis it comes amid; a Hindi adjective for
Brazil."""
from __future__ import annotations

import pytest

from kabar.linking import link_articles
from kabar.linking.fits import _other_host
from kabar.linking.names import article_features
from kabar.understand.headline import is_icon_bar
from tests.records import record_of as _record
from tests.test_linking import article, groups


@pytest.mark.parametrize("counterpart, iso, month_day", [
    ("Presiden bertemu Presiden Vo Van Thuong di Istana Kepresidenan.", "2024-01-11", None),  # (their terms)
    ("Presiden bertemu para pengusaha di Hanoi.", None, "01-11"),  # (nothing else tells the year)
])
def test_a_trade_targets_year_lends_no_year_to_a_weekday(counterpart, iso, month_day):
    """"Thursday (11 January)" in a report whose related link says the two countries "target" a trade
    figure "by 2028": a target, not a full year's figure reported the year after (before, 11 January
    2029, the Thursday after 2028, or no date where it fell outside the two presidents' terms)."""
    record = _record(
        "Presiden Widodo puji sambutan hangat Vietnam\n\n"
        "Jakarta (ANTARA) - Presiden Joko Widodo memuji sambutan hangat pemerintah Vietnam selama kunjungan "
        "kenegaraannya ke Hanoi sejak Kamis (11 Januari).\n\n"
        "Berita terkait: Indonesia, Vietnam targetkan perdagangan bilateral sebesar US$18 miliar pada 2028\n\n"
        f"{counterpart}\n")
    assert (record.date.iso, record.date.month_day) == (iso, month_day)


def test_a_day_told_in_the_pluperfect_is_not_the_visits():
    """"M. Modi, qui avait été l'invité d'honneur du défilé du 14 juillet à Paris": an earlier visit's
    day; the report's own is the Thursday it tells of (before, "14 juillet" was its day, and it joined a
    report of that July visit)."""
    record = _record(
        "Macron au Rajasthan pour la fête de la République indienne\n\n"
        "Le président français entame jeudi une visite d'État de deux jours en Inde, où il sera l'invité "
        "d'honneur du défilé de la fête de la République.\n\n"
        "M. Modi, qui avait été l'invité d'honneur pour le défilé militaire du 14 juillet à Paris, lui rend "
        "la pareille six mois plus tard.\n\n"
        "Le président est arrivé jeudi à Jaipur, où il a visité le fort d'Amber avec le Premier ministre.\n")
    assert record.date.month_day is None
    assert record.date.weekday == 3


def test_a_day_after_a_comma_in_a_pluperfect_sentence_is_still_the_meeting():
    """"Le président, qui avait annoncé sa venue, est arrivé le 25 janvier": the auxiliary is another
    clause's; the day is the visit's."""
    record = _record(
        "Macron en Inde\n\nLe président français, qui avait annoncé sa venue en décembre, est arrivé le "
        "25 janvier 2024 à Jaipur pour rencontrer le Premier ministre Narendra Modi.\n")
    assert record.date.iso == "2024-01-25"


@pytest.mark.parametrize("text", [
    "La canciller Ana Ruiz, en su primera visita oficial a China, y el ministro Wang Yi tuvieron un encuentro "
    "para dar seguimiento a la reunión sostenida entre los presidentes el 16 de noviembre, en San Francisco.\n",
    "Foreign Minister Ana Ruiz, on her first official visit to China, met Foreign Minister Wang Yi to follow up "
    "on the talks their presidents held on 16 November in San Francisco.\n",
])
def test_the_day_of_the_meeting_followed_up_is_not_the_reports(text):
    """The day of the presidents' meeting that a ministers' meeting follows up is that earlier meeting's
    (before, "16 November" was taken for the ministers' talks, and joined them to a report of the
    presidents' next meeting two days from it in another year)."""
    record = _record(text)
    assert record.date.iso is None and record.date.month_day is None


VISIT_ABROAD = [
    article("a", "Turkish foreign minister visits Mexico\nTurkish Foreign Minister Mevlut Cavusoglu arrived in "
                 "Mexico City on May 19, 2019 for talks with Mexican Foreign Minister Marcelo Ebrard on MIKTA "
                 "cooperation and trade.\n", "2019-05-19", ("MX", "TR")),
    article("b", "Cavusoglu in Mexico for talks with Ebrard\nForeign Minister Mevlut Cavusoglu held talks with "
                 "his Mexican counterpart Marcelo Ebrard in Mexico City on May 19, 2019, discussing MIKTA and "
                 "the United Nations.\n", "2019-05-19", ("MX", "TR")),
]
TALKS_AT_HOME = ("Ebrard: we stand with Turkey\nMexican Foreign Minister Marcelo Ebrard expressed solidarity "
                 "with Turkey against terrorism.\nEbrard and Turkish Foreign Minister Mevlut Cavusoglu spoke to "
                 "the press after their talks{where}. Both countries are members of MIKTA.\n")


def test_talks_at_home_do_not_join_the_other_sides_visit_abroad():
    """A report without a day of the two ministers' talks in Ankara is not the Turkish minister's visit
    to Mexico City, the only dated event of the pair (before, it joined it on the two names and MIKTA);
    where it names no place, it still does."""
    at_home = article("c", TALKS_AT_HOME.format(where=" in Ankara"), None, ("MX", "TR"))
    unplaced = article("c", TALKS_AT_HOME.format(where=""), None, ("MX", "TR"))
    assert groups(link_articles([*VISIT_ABROAD, unplaced])) == {("a", "b", "c")}
    assert groups(link_articles([*VISIT_ABROAD, at_home])) == {("a", "b"), ("c",)}


TALLINN = [
    article("a", "Zelensky arrives in Estonia\nUkrainian President Volodymyr Zelensky arrived in Tallinn on January 11, "
                 "2024 for talks with Estonian President Alar Karis.\n", "2024-01-11", ("EE", "UA")),
    article("b", "Zelensky and Karis meet in Tallinn\nEstonian President Alar Karis welcomed Ukrainian President "
                 "Volodymyr Zelensky in Tallinn on January 11, 2024.\n", "2024-01-11", ("EE", "UA")),
]


@pytest.mark.parametrize("headline, other_host", [
    ("Zelensky coming to Tallinn", False),  # (the visit's own capital named: "in Kyiv" is an old photo's)
    ("Zelensky speaks of drones", True),
])
def test_a_report_set_at_home_is_another_meeting_unless_it_names_the_visits_capital(headline, other_host):
    """A report whose lead sets the two presidents "in Kyiv" is not the visit to Estonia its event's
    reports tell of, unless it names Estonia's capital too (an old photo's caption over "… coming to
    Tallinn")."""
    text = (f"{headline}\nPresident Alar Karis and President Volodymyr Zelensky in Kyiv, February 2022.\n"
            "President Zelensky has started a Baltic tour and will meet President Alar Karis.\n")
    feats = [article_features(a).features for a in [*TALLINN, article("c", text, None, ("EE", "UA"))]]
    assert _other_host(feats[2], [0, 1], feats) is other_host


ICON_LINE = ("icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon chevron "
             "righticon chevron upicon closeicon downloadicon editicon fbicon fileicon filtericon mailicon "
             "searchicon shareicon tagicon trashicon twicon ")


def test_an_icon_fonts_names_over_the_headline_are_not_the_page():
    """A page whose first line is its icon font's names run together ("… cameraicon checkicon …",
    longer than any headline): the headline under it is found (before, the body was taken to begin
    there, and the title was derived from the icon names)."""
    record = _record(ICON_LINE * 3 + "\n15 Apr, 2024 02:03\n\nChancellor greeted in Chongqing by deputy mayor\n\n"
                     "German Chancellor Olaf Scholz began a three-day visit to China on Sunday, greeted in "
                     "Chongqing by the deputy mayor, before talks with President Xi Jinping in Beijing.\n")
    assert record.title == "Chancellor greeted in Chongqing by deputy mayor"
    assert not record.title_derived


@pytest.mark.parametrize("line, icons", [
    (ICON_LINE, True),
    ("Chancellor Scholz meets President Xi Jinping in Beijing for talks on trade and the war in Ukraine", False),
    # (a long line of words that rhyme by chance is still a sentence: it ends as one)
    ("The nation's transformation, integration and cooperation: a foundation for the population's "
     "education, innovation and modernisation.", False),
])
def test_icon_bars_are_told_from_lines_of_words(line, icons):
    assert is_icon_bar(line) is icons


def test_a_logos_alternative_text_printed_twice_is_not_the_headline():
    """"name of <the agency>", the logo's alternative text printed twice in the page's header, is no
    headline, however its words come back in the dateline (before, it was)."""
    record = _record(
        "Tuesday, April 30, 2024\nname of Latin Wire\nEnglish Edition\nSearch\nname of Latin Wire\n\nNEWS\n\n"
        "Ethiopian Prime Minister receives the President of Brazil\n\n"
        "Addis Ababa, Feb 16 (Latin Wire) The Prime Minister of Ethiopia, Abiy Ahmed, held talks with the "
        "President of Brazil, Luiz Inacio Lula da Silva, on bilateral issues during his state visit.\n")
    assert record.title == "Ethiopian Prime Minister receives the President of Brazil"


def test_the_crisis_a_visit_comes_amid_is_not_the_counterpart():
    """"German chancellor lands in Israel amid Ukraine crisis", the Israeli prime minister named, no
    Ukrainian leader: Germany and Israel (before, Ukraine, named in the headline and about as often as
    Israel in the text, was taken over the country the headline sets the visit in)."""
    record = _record(
        "German chancellor lands in Israel amid Ukraine crisis\n\n"
        "German Chancellor Olaf Scholz landed in Israel on Tuesday night for a visit shortened to one day "
        "amid the Russia-Ukraine crisis.\n\n"
        "On Wednesday, Scholz and Israeli Prime Minister Naftali Bennett will visit Yad Vashem and then hold a "
        "meeting in Jerusalem. The war in Ukraine will be discussed.\n\n"
        "Israel and Germany mark sixty years of relations; Israeli officials welcomed the visit.\n")
    assert record.countries.codes == ("DE", "IL")


def test_a_hindi_adjective_for_brazil_counts():
    """"सऊदी-ब्राजीलियाई" (Saudi-Brazilian) in a Hindi report of a visit whose visitor is named in a
    spelling the list does not hold: Brazil and Saudi Arabia (before, Saudi Arabia alone)."""
    record = _record(
        "राष्ट्रपति लुईज़ इनासियो लूला दा सिल्वा ने 28-29 नवंबर, 2023 को सऊदी अरब का दौरा किया। नेताओं ने "
        "व्यापार और निवेश पर चर्चा की। सऊदी-ब्राजीलियाई समन्वय परिषद की बैठक भी हुई।\n")
    assert record.countries.codes == ("BR", "SA")
