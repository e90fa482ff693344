"""Traps of real pages met in the eighteenth session's sets, in texts written for these tests: a
photo's weekday between the headline and the lead, a wire dateline without a separator, the
site's address after the headline, a site's greeting over the page, a photographer's credit
sold "via" an agency, a name written without its hyphen, and a surname that is also the first of
another leader's two surnames."""
from __future__ import annotations

import pytest

from kabar.understand.actors import find_people
from kabar.understand.pipeline import understand


def _read(text: str, name: str = "page.txt"):
    return understand(text.encode(), name).record


@pytest.mark.parametrize("lead, expected", [
    # the lead tells its own weekday: the photo's Thursday (another stop of the trip) is not the event's
    ("Kanzlerin Ilse Brandt beendet ihre Reise am Freitag in Abuja, wo sie Präsident Tunde Okafor trifft.",
     "2026-05-29"),
    # the lead tells none: the photo's weekday is all the page says of the day (read against its date)
    ("Kanzlerin Ilse Brandt beendet ihre Reise in Abuja, wo sie Präsident Tunde Okafor trifft.", "2026-05-28"),
])
def test_a_photos_weekday_over_the_lead_gives_way_to_the_leads(lead, expected):
    text = ("29.05.2026, 02:07 Uhr\n\n"
            "Brandt beendet Afrika-Reise in Nigeria\n\n"
            "Brandt am Donnerstag in Accra. (Foto: AFP/Jan Kowal)\n\n"
            f"{lead}\n\n"
            "Bei dem Treffen dürfte es um Handel und Sicherheit gehen, hieß es in Berlin.\n")
    record = _read(text, "de.txt")
    assert record.title == "Brandt beendet Afrika-Reise in Nigeria"
    assert record.date.iso == expected


@pytest.mark.parametrize("first, title", [
    # a wire dateline glued before the headline without a dot or dash
    ("Abuja (AFP) Brandt beendet Afrika-Reise in Nigeria", "Brandt beendet Afrika-Reise in Nigeria"),
    # the site's address after a dash
    ("Brandt beendet Afrika-Reise in Nigeria - kabar-berita.example.com", "Brandt beendet Afrika-Reise in Nigeria"),
    # (a headline that ends in a place's name with a dot in it keeps it: no dash before it)
    ("Brandt trifft Okafor in St. Louis", "Brandt trifft Okafor in St. Louis"),
])
def test_what_a_site_glues_to_the_headline_is_not_the_headlines(first, title):
    text = (f"{first}\n\nKanzlerin Ilse Brandt beendet ihre Reise am Freitag in Abuja, wo sie Präsident Tunde "
            "Okafor trifft.\n\nBei dem Treffen dürfte es um Handel gehen.\n")
    assert _read(text, "de.txt").title == title


@pytest.mark.parametrize("greeting, dropped", [
    ("Welcome to Kabarnews", True),
    ("Willkommen auf den Seiten des Ministeriums", True),
    ("Bienvenue sur Le Quotidien", True),
    # a headline that starts with the words, not a site's name after them, stays a headline
    ("Welcome to the new cold war", False),
])
def test_a_sites_greeting_over_the_page_is_not_the_headline(greeting, dropped):
    text = (f"{greeting}\n\nBrandt visits Ghana, stops next in Nigeria\n\n"
            "Chancellor Ilse Brandt arrived in Accra on Thursday and met President Kofi Mensah-Bonsu for talks on "
            "trade and migration.\n\nThe two leaders also spoke about security in the Sahel.\n")
    title = _read(text).title
    assert (title == "Brandt visits Ghana, stops next in Nigeria") is dropped
    assert (title == greeting) is not dropped


def test_a_photographers_credit_sold_via_an_agency_marks_a_caption():
    text = ("Dutch Prime Minister Pieter Smit | Anna Berg/AFP via Getty Images\n\n"
            "Smit interrupts the president on tariffs\n\n"
            "Trade war is 'not positive', says the Dutch prime minister.\n\n"
            "Dutch Prime Minister Pieter Smit stopped the U.S. president in his tracks on Monday, saying \"No\" when "
            "he claimed that failing to agree with the EU on tariffs would be positive.\n")
    record = _read(text)
    assert record.title == "Smit interrupts the president on tariffs"
    assert not any("Getty Images" in p for p in record.parsed.paragraphs)  # (nor is it the lead)


@pytest.mark.parametrize("sentence", [
    "Merkel met President Nana Akufo-Addo in Accra.",
    "Merkel met President Nana Akufo Addo in Accra.",  # the hyphen dropped, as many pages do
    "Merkel met President Akufo Addo in Accra.",
])
def test_a_hyphenated_name_is_found_without_its_hyphen(sentence):
    assert "nana-akufo-addo" in [m.person for m in find_people(sentence, "en")]


def test_a_surname_that_is_also_the_first_of_another_leaders_two_surnames_is_neither():
    """Mexicans call Enrique Peña Nieto "Peña": after a title, the word is not Santiago Peña of
    Paraguay (a listed name's last word), and the report stays one of China and Mexico."""
    sentence = "El presidente Peña anunció que se buscará que los empresarios chinos inviertan en México."
    assert "santiago-pena" not in [m.person for m in find_people(sentence, "es")]
    text = ("México y China firman doce acuerdos\n\nLos gobiernos de México y China acordaron una asociación "
            "estratégica integral; el presidente Xi Jinping elogió el respeto mutuo entre las dos naciones.\n\n"
            f"{sentence}\n\nLa parte mexicana ratificó el principio de una sola China.\n")
    assert _read(text, "es.txt").countries.codes == ("CN", "MX")


@pytest.mark.parametrize("skip, headline, lead, name", [
    ("访问主要内容", "新加坡总理速访布城 料谈高铁",
     "新加坡总理周六前往布城访问,拜会马来西亚总理,双方主要讨论双边关系以及高铁项目的内容。", "zh.txt"),
    ("Przejdź do treści", "Premier Polski z wizytą w Budapeszcie",
     "Premier Polski spotkał się w środę w Budapeszcie z premierem Węgier, by przejdź do treści nowej umowy o handlu.", "pl.txt"),
])
def test_a_skip_link_in_more_languages_is_not_the_headline(skip, headline, lead, name):
    # (a column's label under the link, and a publication label with no date after the headline)
    text = f"{skip}\n东南亚专栏\n\n{headline}\n\n发表时间:\n\n{lead}\n\n{lead[:30]}\n"
    assert _read(text, name).title == headline


def test_a_notice_to_the_readers_browser_over_the_headline_does_not_end_the_head():
    text = ("PROGRAMME GUIDE\nWorld\nAfrica\nTuesday 17 April\nWednesday 18 April\nToday\n"
            "    To enjoy the videos you need the Flash plugin installed in your browser. To sign in, you must enable "
            "cookies in your browser's settings. The site works with Firefox 10 and later, Safari 3 and later.\n"
            "    Americas\n\n"
            "    Mensah and Leblanc show their common ground\n\n"
            "    Ghanaian President Kofi Mensah and Canadian Prime Minister Marc Leblanc showed their common ground on "
            "trade and climate on Monday in Ottawa, on the first day of an official visit.\n")
    assert _read(text).title == "Mensah and Leblanc show their common ground"


def test_the_second_sentence_of_the_body_is_not_the_headline():
    """A headline in title case over a lead of more than a hundred and twenty characters: the short
    sentence after the lead names the leaders too, but the body has begun."""
    text = ("16 June 2026\n\nCoastal Media Network (Harbor Town)\n\n"
            "Somaliland: Prime Minister Pays Historic Visit to Port Elim\n\n"
            "A delegation led by the new Prime Minister of Ethiopia, Dawit Alemu, has arrived in the coastal capital "
            "Port Elim amid tight security.\n\n"
            "Alemu was received at the airport by President Yusuf Warsame.\n\n"
            "In a message posted online, President Warsame welcomed Alemu and his delegation and wished them a "
            "pleasant stay.\n\nAfter a guard of honour at the airport, Alemu was driven to the palace, where "
            "President Warsame received him for talks.\n\nThe airport and the roads were closed while Alemu and "
            "Warsame held talks, officials said.\n")
    assert _read(text).title == "Somaliland: Prime Minister Pays Historic Visit to Port Elim"


def test_a_pages_date_before_a_leader_took_office_still_dates_the_report():
    """A leader-elect meets another leader: the page's date falls before the two held office
    together, but a page is never viewed before it was written, so it still gives the year (only
    a page's date after their time together is a later viewing)."""
    text = ("Abe meets Trump in New York\n\nNovember 18, 2016 14:49\n\n"
            "Japanese Prime Minister Shinzo Abe met U.S. President-elect Donald Trump in New York on November 17 "
            "for ninety minutes, and said he had great confidence in him.\n\n"
            "The two men spoke about the alliance and trade.\n")
    assert _read(text).date.iso == "2016-11-17"


def test_a_publication_line_with_spaced_dashes_dates_the_lead():
    text = ("Le président français réitère son soutien à la Tunisie\n\n01 - Février - 2018\n\n"
            "Lors de la première journée de sa visite d’Etat, le 31 janvier, le président français Emmanuel Macron a "
            "rencontré son homologue tunisien Béji Caïd Essebsi au palais de Carthage.\n\n"
            "Les deux présidents ont parlé de démocratie et d’économie.\n")
    record = _read(text, "fr.txt")
    assert (record.date.iso, record.date.published) == ("2018-01-31", "2018-02-01")


@pytest.mark.parametrize("sentence, lang", [
    ("Cumhurbaşkanı Erdoğan, Ukrayna Cumhurbaşkanı Petro Poroşenko ile Kiev'de görüştü.", "tr"),
    ("Prezident Petro Porošenko přijal v Kyjevě tureckého prezidenta.", "cs"),
    ("Președintele Petro Poroșenko l-a primit la Kiev pe omologul turc.", "ro"),
])
def test_a_leaders_name_written_with_one_marked_letter_for_an_english_digraph(sentence, lang):
    assert "petro-poroshenko" in [m.person for m in find_people(sentence, lang)]


@pytest.mark.parametrize("title, lead, lang", [
    ("Premier Smit spreekt vanavond met de president in het Witte Huis", "De premier sprak een uur lang met de "
     "Amerikaanse president over handel.", "nl"),
    ("Премьер-министр Нидерландов и президент США", "Премьер-министр встретился с президентом США в Белом доме в "
     "пятницу.", "ru"),
])
def test_the_white_house_in_more_languages_sets_the_meeting_in_the_united_states(title, lead, lang):
    from kabar.understand.countries import extract_venue

    assert extract_venue(title, lead, lang) == ("US",)


def test_a_contact_address_alone_over_the_page_is_neither_headline_nor_lead():
    # (no line is a headline here: the title is made from the lead, which is not the address)
    text = ("info@haberler.example.com\n\n"
            "Cumhurbaşkanı Recep Tayyip Erdoğan ile Kenya Cumhurbaşkanı William Ruto bugün Ankara'da ticaret "
            "anlaşması imzaladı.\n\nİki lider ortak basın toplantısı düzenledi.\n")
    record = _read(text, "tr.txt")
    assert "@" not in record.title
    assert not any("@" in p for p in record.parsed.paragraphs)


@pytest.mark.parametrize("agency", ["路透社", "AFP", "연합뉴스"])
def test_a_line_printed_again_with_an_agencys_name_after_it_is_a_caption(agency):
    text = ("TANZANIA-KENYA\n\nRais wa Kenya awasili Tanzania\n\nRais wa Kenya William Ruto\n"
            f"Rais wa Kenya William Ruto {agency}\n\n"
            "Rais wa Kenya William Ruto amewasili nchini Tanzania jana usiku kwa ziara ya siku moja, na "
            "kupokelewa na Rais Samia Suluhu Hassan.\n\nViongozi hao walizungumza kuhusu biashara.\n")
    assert _read(text, "sw.txt").title == "Rais wa Kenya awasili Tanzania"


@pytest.mark.parametrize("sentence, people", [
    # a listed leader's given name before another surname: someone else, with or without a title
    ("Sidang dipimpin oleh Menteri Thailand, Srettha Wongsakul dan Menteri Vietnam.", []),
    ("Srettha Wongsakul, a Thai trade official, opened the forum.", []),
    # alone, or before his own surname, or before a day: the leader
    ("Perdana Menteri Srettha bertemu Anwar di Bangkok.", ["srettha-thavisin", "anwar-ibrahim"]),
    ("Srettha Thavisin met Anwar Ibrahim in Bangkok.", ["srettha-thavisin", "anwar-ibrahim"]),
    ("Anwar Monday met the Thai prime minister.", ["anwar-ibrahim"]),
])
def test_a_leaders_given_name_before_another_surname_is_someone_else(sentence, people):
    assert [m.person for m in find_people(sentence, "en")] == people
