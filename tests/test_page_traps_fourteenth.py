"""Traps of real pages met in the fourteenth session's sets, in texts written for these tests: a
lead's day and month whose year only the photo of that day gives, a phone call and a meeting of
the same two leaders days apart, a report of talks at a summit that writes no day next to the
same leaders' visit weeks later, and leaders and countries named in scripts and cases the lists
spell no names in."""
from __future__ import annotations

import pytest

from kabar.linking import LinkArticle, link_articles
from kabar.understand.actors import find_people
from kabar.understand.labels import names_only
from kabar.understand.countries import extract_countries
from kabar.understand.parse import extract_parts
from kabar.understand.pipeline import link_view, understand
from kabar.understand.summits import days_around, summits_named

PHOTO = ("Le Canada et la France veulent plus d'échanges\n\n"
         "La ministre canadienne du Commerce (à gauche) et son homologue français à Paris, le {caption}\n\n"
         "Arrivée à Paris le 16 avril pour une visite de trois jours, la ministre canadienne du Commerce a "
         "rencontré son homologue français.\n\nLes deux ministres ont parlé du commerce et du climat.\n")


@pytest.mark.parametrize("caption, iso, month_day", [
    ("16 avril 2018. REUTERS/Jean Dupont", "2018-04-16", None),  # the photo of that day: its year
    ("15 avril 2018. REUTERS/Jean Dupont", None, "04-16"),  # a photo of the day before lends nothing
    ("16 avril 2015. Photo d'archives REUTERS/Jean Dupont", None, "04-16"),  # nor an archive photo
])
def test_the_photo_of_the_leads_day_gives_its_year(caption, iso, month_day):
    date = understand(PHOTO.format(caption=caption).encode(), "photo.txt").record.date
    assert (date.iso, date.month_day) == (iso, month_day)
    if iso:
        assert "16 avril 2018" in date.evidence  # (the catalogue says where the year came from)


def _article(name: str, text: str, date: str | None = None) -> LinkArticle:
    record = understand(text.encode(), f"{name}.txt").record
    view = link_view(record)
    return LinkArticle(name, view.lang, view.title, view.text, date or view.date, view.countries,
                       view.month_day, view.weekday, view.day_of_month, view.people, view.venue,
                       view.date_is_page_date, view.around)


def _events(*articles: LinkArticle) -> set[tuple[str, ...]]:
    return {e.article_ids for e in link_articles(list(articles))}


CALL_EL = ("Τσίπρας και Ζάεφ τα βρήκαν τηλεφωνικά για το όνομα\n\n"
           "Ο πρωθυπουργός Αλέξης Τσίπρας και ο πρωθυπουργός της ΠΓΔΜ Ζόραν Ζάεφ συμφώνησαν στο όνομα σε "
           "τηλεφωνική επικοινωνία την Τρίτη 12 Ιουνίου 2018.\n\nΗ συμφωνία θα υπογραφεί τις επόμενες μέρες.\n")
CALL_EN = ("Athens and Skopje strike a deal on the name\n\nBy our correspondent |\n\n"
           "Greek Prime Minister Alexis Tsipras and Macedonian Prime Minister Zoran Zaev reached the deal in a "
           "telephone conversation on Tuesday, June 12, 2018.\n\nThe agreement is to be signed at Lake Prespa within days, "
           "Tsipras told his cabinet.\n")
SIGNING_IT = ("Tsipras e Zaev firmano l'accordo sul lago di Prespa\n\n"
              "Il primo ministro greco Alexis Tsipras e il primo ministro macedone Zoran Zaev hanno firmato "
              "l'accordo sul nuovo nome sulle rive del lago di Prespa, tra applausi e fuochi d'artificio.\n\n"
              "I due hanno poi pranzato insieme.\n")


def test_a_phone_call_and_a_signing_of_the_same_two_leaders_are_two_events():
    call_el, call_en = _article("call-el", CALL_EL), _article("call-en", CALL_EN)
    signing = _article("signing-it", SIGNING_IT)
    assert (call_el.date, call_en.date, signing.date) == ("2018-06-12", "2018-06-12", None)
    # the two reports of the call are one event (the English one says "telephone" past its byline);
    # the signing, which writes no day, is not joined to it for want of another event of the pair
    assert _events(call_el, call_en, signing) == {("call-el", "call-en"), ("signing-it",)}


G7_IT = ("Conte e Trump, colloquio a margine del vertice\n\n"
         "Al termine della prima giornata di lavori del G7, il presidente del Consiglio Giuseppe Conte e il "
         "presidente americano Donald Trump hanno avuto un colloquio, riferiscono fonti della delegazione italiana. "
         "Trump avrebbe invitato Conte a Washington.\n\n"
         "I due si sono incontrati in una sala della tenuta di La Malbaie per parlare della Russia e dei dazi.\n")
VISIT_EN = ("Trump welcomes Italy's Conte at the White House\n\n"
            "President Donald Trump welcomed Italian Prime Minister Giuseppe Conte at the White House on {day}, "
            "praising his stance on migration.\n\nThe two leaders discussed trade and Libya.\n")
VISIT_DE = ("Trump empfängt Conte im Weißen Haus\n\n"
            "US-Präsident Donald Trump hat den italienischen Ministerpräsidenten Giuseppe Conte am {day} im "
            "Weißen Haus empfangen.\n\nDie beiden sprachen über Handel und Libyen.\n")


def test_a_report_of_talks_at_a_summit_that_writes_no_day_has_the_summits_days():
    assert days_around(summits_named(G7_IT, 120)) == ("2018-06-05", "2018-06-10")  # (G7, La Malbaie, 8-9 June)
    assert _article("g7", G7_IT).around == ("2018-06-05", "2018-06-10")


@pytest.mark.parametrize("en, de, joined", [
    ("July 30, 2018", "30. Juli 2018", False),  # the visit weeks later: another meeting
    ("June 8, 2018", "8. Juni 2018", True),  # a meeting on the summit's first day: the same one
])
def test_talks_at_a_summit_join_only_an_event_on_the_summits_days(en, de, joined):
    visit_en = _article("visit-en", VISIT_EN.format(day=en))
    visit_de = _article("visit-de", VISIT_DE.format(day=de))
    g7 = _article("g7", G7_IT)
    assert visit_en.date == visit_de.date is not None and g7.date is None
    together = {("g7", "visit-de", "visit-en")}
    assert (_events(visit_en, visit_de, g7) == together) is joined


@pytest.mark.parametrize("text, people", [
    # Georgian, Armenian, Amharic, Malayalam, Bengali: names the leaders' list spells in no such
    # script, found by their romanized consonants, with a case ending on the last name
    ("გერმანიის კანცლერი ანგელა მერკელის ვიზიტი", ["angela-merkel"]),
    ("Անգելա Մերկելը և Նիկոլ Փաշինյանը", ["angela-merkel", "nikol-pashinyan"]),
    ("ፕሬዝዳንት ቭላድሚር ፑቲን", ["vladimir-putin"]),
    ("പ്രധാനമന്ത്രി നരേന്ദ്ര മോദിക്ക് സ്വീകരണം", ["narendra-modi"]),
    ("শেখ হাসিনার সঙ্গে বৈঠক", ["sheikh-hasina"]),
    # two ordinary words whose consonants come near a listed name's are no one ("went to Malaysia")
    ("மலேசியா சென்ற பிரதமர்", []),
])
def test_leaders_named_in_scripts_the_list_has_no_spellings_in(text, people):
    assert [m.person for m in find_people(text)] == people


@pytest.mark.parametrize("lang, text, codes", [
    # the press's everyday names of the United States and Britain, not CLDR's formal ones
    ("fa", "رئیس جمهور ایران با وزیر خارجه آمریکا دیدار کرد. ایران و آمریکا گفتگو کردند.", ("IR", "US")),
    ("tr", "Türkiye ile ABD arasında görüşme. ABD Dışişleri Bakanı Ankara'da.", ("TR", "US")),
    ("ur", "ہندوستان اور امریکہ کے درمیان بات چیت۔ امریکہ کے وزیر خارجہ نئی دہلی میں۔", ("IN", "US")),
    ("hi", "भारत और ब्रिटेन के बीच बातचीत। ब्रिटेन के प्रधानमंत्री दिल्ली पहुंचे।", ("GB", "IN")),
    ("pt", "Brasil e EUA assinam acordo. O secretário dos EUA chegou a Brasília.", ("BR", "US")),
    ("ka", "საქართველო და აშშ. აშშ-ის სახელმწიფო მდივანი თბილისში.", ("GE", "US")),
    # ... and the continent that shares a word with them is neither
    ("fa", "سفر رئیس جمهور ایران به آمریکای لاتین. ایران و ونزوئلا گفتگو کردند.", ("IR", "VE")),
])
def test_the_united_states_and_britain_as_the_press_writes_them(lang, text, codes):
    found = extract_countries(text, lang)
    assert (found.codes, found.scope) == (codes, "pair")


@pytest.mark.parametrize("label", [
    "Владимир Путин и Реджеп Тайип Эрдоган",  # a photo's label above the headline: names, and "и"
    "Vladimir Putin, Recep Tayyip Erdoğan",
])
def test_a_photos_label_of_names_is_not_the_headline(label):
    text = (f"{label}\n\nПутин и Эрдоган подписали соглашение о газопроводе\n\n"
            "Президент России Владимир Путин и президент Турции Реджеп Тайип Эрдоган подписали в Стамбуле "
            "соглашение о строительстве газопровода по дну Черного моря.\n\nСтороны обсудили и Сирию.\n")
    assert extract_parts(text).title == "Путин и Эрдоган подписали соглашение о газопроводе"


@pytest.mark.parametrize("line, label", [
    ("Putin and Erdogan", True),
    ("Putin meets Erdogan", False),  # a headline says what they did
    ("Putin, Erdogan to meet in Sochi", False),
    ("मोदी ने जापान के प्रधानमंत्री शिन्जो आबे के साथ मुलाकात की", False),  # (short in characters, not in words)
])
def test_names_only(line, label):
    assert names_only(line) is label


@pytest.mark.parametrize("headline, linked", [
    ("Modi and Abe sign a smartphone deal in Tokyo", True),  # (a word that holds "phone" is no call)
    ("Modi and Abe talk by phone", False),  # a call, and a visit the other report tells of
])
def test_only_a_call_in_the_headline_sets_a_report_apart_from_a_visits(headline, linked):
    visit = ("Abe welcomes Modi in Tokyo\n\nPrime Minister Shinzo Abe welcomed Prime Minister Narendra Modi in "
             "Tokyo on Saturday, September 1, 2018, for their annual summit on trade and railways.\n")
    other = (f"{headline}\n\nPrime Minister Narendra Modi and Prime Minister Shinzo Abe agreed on Saturday, "
             "September 1, 2018, to expand trade and build the high-speed railway.\n")
    events = _events(_article("visit", visit), _article("other", other))
    assert (("other", "visit") in events) is linked


@pytest.mark.parametrize("text, codes", [
    # Georgia's and Germany's names declined, the chancellor's name in Georgian
    ("გერმანიის კანცლერი საქართველოში\n\n"
     "საქართველოს ოფიციალური ვიზიტით გერმანიის კანცლერი ანგელა მერკელი ეწვია. "
     "ანგელა მერკელის თვითმფრინავი თბილისის აეროპორტში დაეშვა.\n\n"
     "კანცლერი გერმანიაში დაბრუნდება ხვალ.\n", ("DE", "GE")),
    # three countries, none standing out, and the leaders of two of them (the headline and lead name
    # no one; Ukraine is spoken of as much as the two who meet)
    ("The situation in Ukraine is on the programme\n\n"
     "Finland and Russia will discuss Ukraine, the Baltic Sea and trade on Tuesday, Finnish officials said. "
     "Ukraine has asked Finland to raise the gas transit, and Russia wants to speak of sanctions.\n\n"
     "President Sauli Niinistö will receive President Vladimir Putin at his summer residence. Niinistö "
     "has met Putin every year since 2012; Ukraine's president was not invited. Russia and Finland share "
     "a long border, and Ukraine's war weighs on both.\n", ("FI", "RU")),
    # one country stands out, and the text names the leaders of it and of one other: those two
    ("Tsipras speaks of a historic day for Greece\n\nGreece has waited for this day for decades, Prime Minister "
     "Alexis Tsipras told parliament in Athens. Greece will now open talks, and Greek ministers will meet "
     "their counterparts.\n\nTsipras had spoken with Prime Minister Zoran Zaev on Tuesday. Greece wants it "
     "ratified by the end of the year.\n", ("GR", "MK")),
    # the headline and lead name no one, the venue is named most: the two whose leaders meet there
    ("The meeting at the Shangri-La\n\nThe meeting in Singapore took place at the Shangri-La Hotel in Singapore, "
     "and six hundred reporters came to Singapore for it. Singapore police closed the road; reporters from Taiwan "
     "waited at the door.\n\nXi Jinping and Ma Ying-jeou shook hands for 81 seconds, then spoke for an hour. "
     "Singapore's foreign minister welcomed them, and Taiwan's press cheered.\n", ("CN", "TW")),
])
def test_the_pair_from_the_leaders_the_text_names(text, codes):
    record = understand(text.encode(), "pair.txt").record
    assert (record.countries.codes, record.countries.scope) == (codes, "pair")


@pytest.mark.parametrize("text, person", [
    ("переговоры с президентом США Бараком Обамой", "barack-obama"),  # a Russian name in -а declined, "й" and all
    ("встреча с канцлером Германии Ангелой Меркель", "angela-merkel"),
    ("Erdogan incontra Papa Francesco in Vaticano", "pope-francis"),
    ("Cumhurbaşkanı Erdoğan, Papa Francis ile görüştü", "pope-francis"),
])
def test_more_names_of_listed_people(text, person):
    assert person in [m.person for m in find_people(text)]


@pytest.mark.parametrize("text, evidence", [
    # a day the body names for a vote, or on another weekday than the lead's, is not the meeting's
    ("Rajoy y Trump se reúnen en la Casa Blanca\n\nEl presidente del Gobierno, Mariano Rajoy, se ha reunido este "
     "miércoles en Washington con el presidente Donald Trump.\n\nRajoy ha dicho que el referéndum del 1 de octubre "
     "no tiene garantías. Trump ha condenado los ataques del pasado 17 de agosto.\n", "miércoles"),
    # "four years after" the day the lead names: that day is history, not the day to read "Monday" against
    ("Merkel in Tokio\n\nVier Jahre nach der Katastrophe von Fukushima hat Bundeskanzlerin Angela Merkel in Tokio "
     "für den Atomausstieg geworben, sagte sie am Montag. Das Beben war am 11. März 2011.\n\n"
     "Ministerpräsident Shinzo Abe sagte, Japan brauche die Kernkraft noch.\n", "Montag"),
])
def test_a_weekday_alone_rather_than_another_days_date(text, evidence):
    date = understand(text.encode(), "weekday.txt").record.date
    assert (date.iso, date.evidence) == (None, evidence)


def test_a_stamp_glued_after_the_headline_goes_on_a_line_of_its_own():
    text = ("Реклама +7(700) 000 00 00\n  1. Main\n  2. Politics\n\n"
            "Putin meets Nazarbayev in Moscow 23 декабря 2014, 20:33\n\n"
            "President of Kazakhstan Nursultan Nazarbayev arrives in Moscow after a visit to Ukraine.\n\n"
            "Russian President Vladimir Putin has held a late meeting with President of Kazakhstan Nursultan "
            "Nazarbayev in Moscow, where the two discussed the Eurasian Economic Union.\n")
    parts = extract_parts(text)
    assert parts.title == "Putin meets Nazarbayev in Moscow"
    assert "23 декабря 2014, 20:33" in parts.stamps  # (the page's date, for the dates)


@pytest.mark.parametrize("line, split", [
    ("Putin meets Nazarbayev in Moscow 23 декабря 2014, 20:33", True),
    ("Leaders meet in Lima on 20 November 2016", False),  # a day the headline tells, no stamp: kept whole
])
def test_only_a_stamp_with_its_time_is_cut_from_a_line(line, split):
    assert (extract_parts(f"{line}\n\nThe two presidents met in the capital and spoke of trade and "
                          "of the new railway line between the two countries.\n").title != line) is split


def test_a_sites_name_over_two_lines_is_not_the_headline():
    text = ("The Government portal of the\nRepublic of Uzbekistan\n\n\n\nMo Tu We Th Fr Sa Su\n"
            "New on the portal\n\n"
            "Shavkat Mirziyoyev meets President of Kyrgyzstan Almazbek Atambayev\n\n"
            "Within the framework of the SCO summit in Astana, President of the Republic of Uzbekistan Shavkat "
            "Mirziyoyev met with President of Kyrgyzstan Almazbek Atambayev.\n")
    assert extract_parts(text).title == "Shavkat Mirziyoyev meets President of Kyrgyzstan Almazbek Atambayev"


@pytest.mark.parametrize("sentence", [
    "The visit marks 70 years since the two established diplomatic ties in 1950.",  # (no "after": an anniversary)
    "It comes 70 years after the two established diplomatic ties in 1950.",  # (1950 + 70: the lead's day is now)
])
def test_years_after_a_year_the_text_names_leave_the_leads_day_alone(sentence):
    text = ("Chinese leader begins official visit to Vietnam\n\nThe Chinese president arrived in Ha Noi on "
            f"January 15, 2020, starting a four-day official visit. {sentence}\n\nThe two sides signed ten agreements.\n")
    assert understand(text.encode(), "ties.txt").record.date.iso == "2020-01-15"
