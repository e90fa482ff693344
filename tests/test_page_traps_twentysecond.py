"""Traps of real pages met in the twenty-sixth round's sets, in texts written for these tests: an
undated report whose lead names two leaders who were not yet in office together at the date of the
pair's one dated meeting is not that meeting; a leader going home is no venue; the adjectives of
Hindi, Urdu and Persian news; an image's alternative text, a mark before the headline and a bar of
links above it; a patronymic inside a name; the Arabic script's alef and Persian letters; Tamil
names with their endings."""
from __future__ import annotations

import pytest

from kabar.understand.actors import find_people
from kabar.understand.countries import count_countries, extract_venue
from kabar.understand.pipeline import understand
from tests.sitebuild import build_site, by_file, write_seeds


def _read(text: str, name: str = "page.txt"):
    return understand(text.encode(), name).record

# the pair's one dated meeting: a president's first visit to Berlin in 2015
DATED = ("Duda meets Merkel on first visit to Berlin\n\n"
         "BERLIN - Polish President Andrzej Duda met German Chancellor Angela Merkel in Berlin on Friday, "
         "28 August 2015, on his first official visit, with talks on refugees, Ukraine and NATO's eastern flank.\n")
# an undated report of a meeting in Berlin, on a Friday too, of a prime minister who took office
# in December 2017
LATER = ("Prime Minister Mateusz Morawiecki met German Chancellor Angela Merkel in Berlin on Friday, "
         "after which both spoke at a press conference on Ukraine, the refugees and a gas pipeline.\n\n"
         "Poland and Germany still disagree on the pipeline, the prime minister said.\n")


def test_an_undated_report_of_leaders_not_yet_in_office_together_is_not_the_pairs_meeting(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", {
        "a-dated.txt": DATED, "b-later.txt": LATER,
        # the same report of the president the dated meeting was with is of that meeting
        "c-same.txt": LATER.replace("Prime Minister Mateusz Morawiecki", "President Andrzej Duda")
                           .replace("the prime minister said", "the president said")})
    site = by_file(build_site(seeds, tmp_path / "out"))
    assert site["c-same.txt"]["event"] == site["a-dated.txt"]["event"]
    assert site["c-same.txt"]["date"] == "2015-08-28"
    assert site["b-later.txt"]["event"] != site["a-dated.txt"]["event"]
    assert site["b-later.txt"]["date"] is None


def test_eval_builds_sets_together_as_one_archive(tmp_path, capsys):
    # two labelled sets whose files share a name, each holding one report of the same meeting: built
    # as one archive, both are read and the link between them is found and scored
    import sys

    from tests.conftest import ROOT
    sys.path.insert(0, str(ROOT / "tools"))
    import eval_sets

    other = ("Merkel and Duda hold talks in Berlin\n\n"
             "German Chancellor Angela Merkel received Polish President Andrzej Duda in Berlin on "
             "28 August 2015 for talks on refugees and Ukraine.\n")
    sets = []
    for name, text in (("one", DATED), ("two", other)):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "001.txt").write_text(text, encoding="utf-8")
        truth = [{"file": "001.txt", "lang": "en", "countries": ["DE", "PL"],
                  "event": "de-pl-duda-merkel-berlin-2015-08-28", "date": "2015-08-28", "title": text.split("\n")[0]}]
        (folder / "truth.json").write_text(__import__("json").dumps(truth), encoding="utf-8")
        sets.append({"name": name, "texts": str(folder), "truth": str(folder / "truth.json")})
    assert eval_sets._together(sets, tmp_path / "out", "dev", True) == 0
    printed = capsys.readouterr().out
    assert "2 texts of 2 sets in one archive" in printed
    assert "| same-event links, all pairs: recall | 1.00 (1/1) |" in printed
    assert "| event date | 1.00 (2/2) |" in printed


@pytest.mark.parametrize("title, lead, lang, venue", [
    # the country a leader goes back to is not where the meeting was
    ("Renzi rientra in Italia. Ieri l'incontro con Castro", "Ieri il premier, nella sua ultima tappa, ha avuto un "
     "colloquio con Raul Castro a Cuba.", "it", ("CU",)),
    ("Il rientro del premier Matteo Renzi in Italia", "Il premier ha incontrato Raul Castro a Cuba.", "it", ("CU",)),
    ("Obama back in Washington after talks", "The president met Raul Castro in Cuba.", "en", ("CU",)),
    # ... while a meeting held in his own country still is
    ("Renzi riceve Castro in Italia", "Il premier ha incontrato Raul Castro a Roma.", "it", ("IT",)),
])
def test_the_country_a_leader_returns_to_is_no_venue(title, lead, lang, venue):
    assert extract_venue(title, lead, lang) == venue


@pytest.mark.parametrize("sentence, lang, code", [
    ("प्रधानमंत्री ने उज्बेक राष्ट्रपति से बातचीत की।", "hi", "UZ"),
    ("भारतीय और नेपाली नेताओं ने मुलाकात की।", "hi", "NP"),
    ("امریکی صدر نے وزیراعظم سے ملاقات کی۔", "ur", "US"),
    ("وزیر خارجه آلمانی با همتای خود دیدار کرد.", "fa", "DE"),
])
def test_the_adjectives_of_hindi_urdu_and_persian_news_name_the_country(sentence, lang, code):
    assert code in count_countries(sentence, lang)


def test_a_persian_or_urdu_word_for_financial_is_not_mali():
    assert "ML" not in count_countries("رئیس جمهوری درباره همکاری‌های مالی و اقتصادی گفتگو کرد.", "fa")
    assert "ML" not in count_countries("وزیر خزانہ نے مالی امور پر بات کی۔", "ur")


@pytest.mark.parametrize("spelling", ["آفریقای جنوبی", "افریقای جنوبی"])
def test_an_alef_with_a_madda_or_without_names_the_same_country(spelling):
    assert "ZA" in count_countries(f"رئیس جمهوری {spelling} به تهران آمد.", "fa")


def test_a_name_with_persian_letters_is_the_name_in_arabic_ones():
    # "جاکوب" with the Persian kaf, where the list spells it with the Arabic one
    assert [m.person for m in find_people("جاکوب زوما رئیس جمهوری به تهران آمد", "fa")] == ["jacob-zuma"]


@pytest.mark.parametrize("text, people", [
    # a patronymic between the first and the last name
    ("Il presidente Almazbek Sharshenovich Atambayev ha ricevuto il premier.", ["almazbek-atambayev"]),
    ("Президент Нурсултан Абишевич Назарбаев провёл переговоры.", ["nursultan-nazarbayev"]),
    # Tamil endings on a name: "and Modi", "with Putin" (of "புதின்")
    ("ரஷிய ஜனாதிபதி புதினுடன் பிரதமர் மோடியும் பேச்சுவார்த்தை நடத்தினர்.", ["vladimir-putin", "narendra-modi"]),
])
def test_a_listed_leader_named_with_a_patronymic_or_a_tamil_ending(text, people):
    assert [m.person for m in find_people(text)] == people


def test_a_tamil_name_inside_a_longer_word_is_not_the_name():
    # (a letter before it, or the stem of "புதின்" followed by another consonant of the word)
    assert find_people("அமோடி பேசினார்") == []
    assert find_people("புதினகம் திறக்கப்பட்டது") == []


@pytest.mark.parametrize("text, title", [
    # an image's alternative text over the headline
    ("Emmanuel Macron photo\n\nRemarks After a Meeting With Chancellor Angela Merkel of Germany\n\nMay 2, 2018\n\n"
     "President Macron. It is a great pleasure to welcome Chancellor Merkel to the Elysee. We had an excellent "
     "conversation on the euro zone and on trade with the United States.\n",
     "Remarks After a Meeting With Chancellor Angela Merkel of Germany"),
    # a mark before the headline
    (": Orbán and Fico meet in Bratislava\n\nPrime Minister Viktor Orbán met Prime Minister Robert Fico in "
     "Bratislava on Tuesday for talks on energy.\n", "Orbán and Fico meet in Bratislava"),
    # a blog's bar of links, longer than any headline, over the page
    ("Free directory http://links.example.org LinkList.example Software Catalogue www example directory com "
     "Free sites Submit your site http://submit.example.net Earn coupons http://coupons.example.com "
     "Best of the web directory listing for all: Sisi and Hailemariam sign Nile accord\n\n"
     "Wednesday, March 25, 2015\n\nSisi and Hailemariam sign Nile accord\n\n"
     "Egyptian President Abdel Fattah el-Sisi and Ethiopian Prime Minister Hailemariam Desalegn signed an "
     "accord on the Nile dam in Addis Ababa on Tuesday.\n", "Sisi and Hailemariam sign Nile accord"),
])
def test_alt_text_a_mark_and_a_bar_of_links_are_not_the_headline(text, title):
    assert _read(text).title == title


def test_a_headline_ending_in_photo_is_still_a_headline():
    text = ("Kremlin releases photo of Putin and Xi\n\nThe Kremlin on Friday released a photo of President "
            "Vladimir Putin and President Xi Jinping at their talks in Moscow.\n")
    assert _read(text).title == "Kremlin releases photo of Putin and Xi"


def test_a_report_writing_its_day_joins_the_announcement_of_that_day(tmp_path):
    # two reports of one visit, neither with a year: one tells of the talks "on 8 September", the
    # other announces them for 8 September; a third, announcing another day, stays apart
    held = ("On 8 September, Armenian Prime Minister Nikol Pashinyan met Russian President Vladimir Putin in "
            "the Kremlin during a working visit to Russia.\n\nThe two discussed gas prices and trade.\n")
    announced = ("Date set for Putin and Pashinyan talks\n\nTalks between Russian President Vladimir Putin and "
                 "Armenian Prime Minister Nikol Pashinyan will take place in Moscow on 8 September, the Kremlin "
                 "said.\n\nThe visit will be the prime minister's third to Moscow.\n")
    seeds = write_seeds(tmp_path / "seeds", {"a-held.txt": held, "b-announced.txt": announced,
                                             "c-other-day.txt": announced.replace("8 September", "27 December")})
    site = by_file(build_site(seeds, tmp_path / "out"))
    assert site["a-held.txt"]["event"] == site["b-announced.txt"]["event"]
    assert site["c-other-day.txt"]["event"] != site["a-held.txt"]["event"]


def test_a_list_of_other_stories_with_no_blank_line_before_the_text_is_not_the_lead():
    text = ("Más Información\n"
            "Bomberos controlan un incendio en un mercado del centro\n"
            "La liga anuncia el calendario de la próxima temporada\n"
            "Suben los precios del transporte en la capital\n"
            "El primer ministro de Canadá, Justin Trudeau, se reunió hoy con el presidente cubano, Raúl Castro, "
            "en La Habana, en una visita para estrechar los lazos políticos y económicos entre los dos países.\n"
            "Los dos mandatarios pasaron revista al estado de las relaciones bilaterales.\n")
    record = _read(text, "es.txt")
    assert record.summary.startswith("El primer ministro de Canadá")
    assert "Bomberos" not in record.text
    assert record.countries.codes == ("CA", "CU")


def test_share_widget_labels_and_a_ticker_of_other_stories_are_neither_headline_nor_text():
    text = ("Follow us:\nfacebook-white sharing button\ntwitter-white sharing button\n"
            "Floods hit the northern coast as rivers burst their banks | Markets slide as central bank holds "
            "rates from Feb 1 | Cricket board names new captain for the tour | Monsoon session of parliament "
            "to open next week amid protests | Heatwave grips the capital as power demand hits a record\n\n"
            "Modi and Rutte hold productive talks\n\n"
            "New Delhi, June 5 (Agency): Prime Minister Narendra Modi on Friday held talks with Prime Minister "
            "Mark Rutte of the Netherlands on trade, water management and counter-terrorism.\n")
    record = _read(text, "en.txt")
    assert record.title == "Modi and Rutte hold productive talks"
    assert "sharing button" not in record.text and "Floods hit" not in record.text
    assert record.date.month_day != "02-01"



def test_a_report_without_a_day_does_not_join_through_another_that_joined_without_one():
    from dataclasses import replace as with_

    from kabar.linking import link_articles
    from kabar.linking.shapes import LinkArticle
    from kabar.understand.pipeline import link_view

    dated = ("Putin meets Bulgarian president in Sochi\n\n"
             "SOCHI, 22 May 2018 - Bulgarian President Rumen Radev, in Russia on a working visit, met Russian "
             "President Vladimir Putin in Sochi on Tuesday for talks on energy and tourism.\n")
    # the president's talks, with the prime minister's trip to come in its standfirst
    standfirst = ("Radev asks Putin for a fresh start\n\n"
                  "After the president, Prime Minister Boyko Borisov also travels to meet the Russian leader\n\n"
                  "Bulgarian President Rumen Radev said at the start of his talks with Russian President Vladimir "
                  "Putin in Sochi that he wanted a frank review of relations and of energy projects.\n")
    # the prime minister's own talks, in the Kremlin a week later, with no day
    kremlin = ("The Western Balkans, terrorism and Syria were the focus of the talks between Prime Minister Boyko "
               "Borisov and Russian President Vladimir Putin in the Kremlin, the government's press office said.\n\n"
               "Borisov said it was their third meeting.\n")
    views: list[LinkArticle] = [with_(link_view(_read(text, f"{name}.txt")), id=name)
                                for name, text in (("a", dated), ("b", standfirst), ("c", kremlin))]
    assert [v.date for v in views] == ["2018-05-22", None, None]
    groups = {e.article_ids for e in link_articles(views)}
    assert ("a", "b") in groups and ("c",) in groups


def test_one_leader_acting_pairs_with_the_strongest_other_country_even_past_a_topic_country():
    # the country named most besides the host is the topic (North Korea); the visiting leader acts
    text = ("Uganda switches sides, drops North Korea\n\n"
            "Uganda promised to end military cooperation with its old ally North Korea after a visit to Kampala "
            "by South Korean President Park Geun-hye on Sunday.\n\n"
            "North Korea, under UN sanctions, has for years sent military trainers to Uganda, but Uganda's "
            "government said the relationship would now end. North Korea's embassy did not comment. Uganda and "
            "North Korea had cooperated since the 1980s, and Uganda's police were trained by North Korea.\n")
    assert _read(text, "en.txt").countries.codes == ("KR", "UG")


def test_a_page_without_headline_finds_who_acts_in_its_second_paragraph():
    # the first sentence, which stands for the headline, names one leader; the next paragraph the other
    text = ("Theresa May has raised deep concerns over the humanitarian crisis in Yemen with the kingdom's "
            "Crown Prince, after clashes in the Commons.\n\n"
            "Mohammed bin Salman posed with Theresa May outside 10 Downing Street on Wednesday afternoon ahead of "
            "talks between the pair, after lunch with the Queen.\n\n"
            "Yemen's war has killed thousands, and aid agencies in Yemen say the blockade of Yemen's ports must "
            "end. Protesters in London held signs about Yemen.\n")
    record = _read(text, "en.txt")
    assert record.title.startswith("Theresa May has raised deep concerns")
    assert record.countries.codes == ("GB", "SA")


@pytest.mark.parametrize("text, people", [
    # one letter where the list has two, in a whole name
    ("President Abdel Fatah al-Sisi received the prime minister.", ["abdel-fattah-el-sisi"]),
    ("President Hasan Rouhani received the prime minister.", ["hassan-rouhani"]),
    # an Armenian name's ending as French writes it
    ("Le président Serzh Sargsian a reçu le ministre.", ["serzh-sargsyan"]),
])
def test_a_listed_name_in_another_transliteration(text, people):
    assert [m.person for m in find_people(text)] == people


@pytest.mark.parametrize("text, people", [
    # the title in lower case, as Spanish, Portuguese and Italian news write it
    ("La presidenta Cristina Kirchner y el papa Francisco almorzaron en Santa Marta.",
     ["cristina-fernandez-de-kirchner", "pope-francis"]),
    ("O presidente Enrique Peña Nieto e o papa Francisco conversaram no Vaticano.",
     ["enrique-pena-nieto", "pope-francis"]),
    # ... and "Francisco" alone is anyone
    ("El presidente Enrique Peña Nieto y Francisco, su asesor, viajaron a Roma.", ["enrique-pena-nieto"]),
])
def test_a_title_written_in_lower_case_before_a_listed_name(text, people):
    assert [m.person for m in find_people(text)] == people


def test_a_ministrys_country_label_over_the_headline_is_not_the_headline():
    text = ("ウルグアイ東方共和国\n\n日・ウルグアイ首脳会談\n\n平成30年12月2日\n\n"
            "12月2日午後、安倍総理大臣はモンテビデオにおいてバスケス大統領と首脳会談を行ったところ、概要は以下のとおりです。\n")
    assert _read(text, "ja.txt").title == "日・ウルグアイ首脳会談"


def test_the_first_meeting_told_in_the_pluperfect_does_not_date_the_report():
    text = ("La presidente argentina in visita dal Papa\n\n"
            "Una delegazione ha accompagnato oggi la presidente argentina Cristina Fernández de Kirchner nella "
            "visita a Papa Francesco presso la Domus Santa Marta.\n\n"
            "Si tratta del terzo incontro tra i due. Il primo si era svolto il 18 marzo 2013, in Vaticano.\n")
    assert _read(text, "it.txt").date.iso != "2013-03-18"


@pytest.mark.parametrize("phrase, code", [
    # a country's one-word name in the genitive, from its own name: "-α" + "ς", "-ό" -> "-ού"
    ("ο πρόεδρος της Βολιβίας", "BO"), ("ο υπουργός της Σουηδίας", "SE"), ("ο Πάπας του Βατικανού", "VA"),
])
def test_a_greek_country_name_in_the_genitive_without_a_list(phrase, code):
    assert code in count_countries(f"Συνάντηση: {phrase} μίλησε για τη συνεργασία.", "el")


def test_the_pope_named_in_the_greek_accusative():
    assert [m.person for m in find_people("Ο πρόεδρος έκανε ένα δώρο στον Πάπα Φραγκίσκο.", "el")] == ["pope-francis"]


def test_a_report_without_a_day_joins_an_event_no_year_places(tmp_path):
    # two reports of one meeting that write its day and month but no year, and a third that writes
    # only its weekday: one event; a fourth writing another day stays apart
    first = ("Путин и Меркель возложили венок\n\n"
             "Президент России Владимир Путин и канцлер Германии Ангела Меркель 10 мая провели переговоры в "
             "Москве и возложили венок к Могиле Неизвестного солдата.\n")
    second = ("Меркель прибыла в Москву\n\n"
              "Канцлер Германии Ангела Меркель 10 мая прибыла в Москву, где встретилась с президентом России "
              "Владимиром Путиным в Кремле.\n")
    weekday = ("Merkel trifft Putin in Moskau\n\n"
               "Bundeskanzlerin Angela Merkel hat am Sonntag in Moskau mit dem russischen Präsidenten Wladimir "
               "Putin gesprochen und im Kreml einen Kranz niedergelegt.\n")
    seeds = write_seeds(tmp_path / "seeds", {"a.txt": first, "b.txt": second, "c.txt": weekday,
                                             "d.txt": second.replace("10 мая", "12 июня")})
    site = by_file(build_site(seeds, tmp_path / "out"))
    assert site["a.txt"]["event"] == site["b.txt"]["event"] == site["c.txt"]["event"]
    assert site["d.txt"]["event"] != site["a.txt"]["event"]
