"""Traps of real pages met in the thirty-sixth round's sets, in texts written for these tests: a
Japanese community paper's name and date over a lead that gives only the talks' day of the month;
an Italian dateline "COUNTRY – City DD/MM/YYYY." over the day of the signing; a French president
whose surname is the French name of Holland, and two surnames joined by a hyphen; a caption closed
by an agency's and a photographer's credit above the headline; a speech's date line with its "only
the spoken word counts" notice; a Chinese headline's "題:" label."""
from __future__ import annotations

from functools import partial

import pytest

from kabar.understand.actors import find_people
from kabar.understand.chrome import is_stamp
from kabar.understand.titles import first_sentence
from tests.records import record_of


_record = partial(record_of, name="page.txt")


@pytest.mark.parametrize("line, stamp", [
    ("南米日報 2015年3月12日", True),  # a paper that says it is one ("…日報", "…新聞"), then its date
    ("サンパウロ新聞 2015年3月12日", True),
    ("首脳会談で合意 2015年3月12日", False),  # a headline with its date: no paper's name
    ("南米日報 3月12日", False),  # (no year: a day the text tells of)
    ("南米日報 2015年3月12日 首脳会談", False),  # (words after the date)
    ("12 mai 2014 - Seul le prononcé fait foi", True),  # a speech's date and its notice
    ("Seul le prononcé fait foi", False),  # (no date: a notice, dropped as chrome)
])
def test_a_papers_name_and_date_or_a_speechs_date_line_is_a_stamp(line, stamp):
    assert is_stamp(line) is stamp


COMMUNITY_PAPER_JA = (
    "日墨首脳会談=経済連携の拡大で一致\n\n"
    "南米日報 2015年3月12日\n\n"
    "国賓として来日中のエンリケ・ペニャニエト大統領と安倍晋三首相が10日、東京の首相官邸で首脳会談を行った。"
    "両首脳は自動車産業への投資や観光の拡大で一致し、共同声明に署名した。"
    "大統領は12日まで滞在し、京都も訪れる予定だ。\n")


def test_the_day_of_the_month_is_read_against_a_papers_date_line():
    # (the paper's date was taken for the talks: the report of the 10th dated the 12th)
    date = _record(COMMUNITY_PAPER_JA).date
    assert (date.iso, date.published) == ("2015-03-10", "2015-03-12")


DASH_DATELINE_IT = (
    "Il Cile firma con la Spagna\n\n"
    "318\n\n"
    "SPAGNA – Madrid 15/03/2017. I governi di Spagna e Cile hanno firmato sette accordi di cooperazione "
    "il 14 marzo durante la visita della presidente cilena Michelle Bachelet a Madrid, dove ha incontrato "
    "il re Felipe VI e il primo ministro Mariano Rajoy.\n\n"
    "Gli accordi riguardano energia, turismo e istruzione.\n")


def test_a_dash_dateline_is_when_the_report_was_written_not_the_event():
    date = _record(DASH_DATELINE_IT).date
    assert date.iso == "2017-03-14"


def test_without_the_dateline_shape_the_leads_full_date_stays_the_event():
    # (a sentence that gives a full date is not a dateline: "… firmato il 15/03/2017. …")
    text = DASH_DATELINE_IT.replace("SPAGNA – Madrid 15/03/2017. ", "").replace(
        "il 14 marzo", "il 15/03/2017")
    assert _record(text).date.iso == "2017-03-15"


HOLLANDE_FR = (
    "Après l'Océanie, François Hollande met le cap sur l'Amérique latine\n\n"
    "Après Wallis-et-Futuna, François Hollande arrive à Lima ce mardi soir, première visite d'un président "
    "français au Pérou depuis un demi-siècle.\n\n"
    "François Hollande doit parler commerce et climat. Le voyage de François Hollande passe ensuite par "
    "Buenos Aires ; François Hollande rentre à Paris samedi.\n")


def test_a_presidents_surname_is_not_the_country_it_also_names():
    # ("Hollande" is French for Holland: the president's name counted the Netherlands in the pair)
    record = _record(HOLLANDE_FR)
    assert record.countries.codes == ("FR", "PE")


def test_the_country_named_as_a_word_still_counts():
    text = ("La Hollande et le Pérou signent un accord\n\n"
            "Les ministres de la Hollande et du Pérou ont signé mardi à Lima un accord sur l'eau. "
            "La Hollande financera trois usines au Pérou.\n")
    assert _record(text).countries.codes == ("NL", "PE")


@pytest.mark.parametrize("text, found", [
    # two surnames joined by a hyphen, the people named in full elsewhere in the text
    ("Ce qu'il faut retenir de l'entrevue Hollande-Rohani. François Hollande a reçu Hassan Rohani.",
     ["francois-hollande", "hassan-rouhani", "francois-hollande", "hassan-rouhani"]),
    ("The Putin-Erdogan talks ended. Vladimir Putin thanked Recep Tayyip Erdogan.",
     ["vladimir-putin", "recep-tayyip-erdogan", "vladimir-putin", "recep-tayyip-erdogan"]),
    # ... not a hyphenated first name or a name's own hyphen
    ("Jean-Claude Juncker met Moon Jae-in.", ["jean-claude-juncker", "moon-jae-in"]),
    # ... and a surname joined so counts, as alone, only beside the whole name
    ("L'entrevue Hollande-Rohani a eu lieu.", []),
])
def test_surnames_joined_by_a_hyphen_are_each_persons(text, found):
    assert [m.person for m in find_people(text, "fr")] == found


CAPTION_CREDIT_EN = (
    "Kenyan President Uhuru Kenyatta AP Photo/John Mwangi\n"
    "Kenyan President Uhuru Kenyatta\n\n"
    "NAIROBI, August 28. /KNA/. Kenyan President Uhuru Kenyatta noted Japan's growing role in East Africa as "
    "he met visiting Japanese Prime Minister Shinzo Abe.\n\n"
    "The two leaders began talks in a narrow format and will later be joined by their delegations.\n")


def test_a_caption_closed_by_an_agencys_photo_credit_is_not_the_headline():
    # (the photo's caption, its words all in the lead, was taken for the headline)
    record = _record(CAPTION_CREDIT_EN)
    assert "Photo" not in record.title
    assert record.title_derived


SPEECH_FR = (
    "14 juin 2016 - Seul le prononcé fait foi\n\n"
    "Télécharger le .pdf\n\n"
    "Déclaration de M. François Hollande, Président de la République, sur les relations entre la France et "
    "le Kazakhstan, à Astana le 14 juin 2016.\n\n"
    "Monsieur le Président,\n"
    "Je suis heureux d'être à Astana pour cette visite. Nous avons parlé d'énergie, de commerce et d'espace, "
    "et nous avons signé plusieurs accords entre la France et le Kazakhstan.\n")


def test_a_speechs_notice_is_no_headline_and_its_date_line_dates_it():
    record = _record(SPEECH_FR)
    assert record.title.startswith("Déclaration de M. François Hollande, Président de la République")
    assert record.date.iso == "2016-06-14"
    assert record.countries.codes == ("FR", "KZ")


@pytest.mark.parametrize("text, first", [
    ("Déclaration de M. François Hollande, à Astana. Puis le reste.", "Déclaration de M. François Hollande, à Astana."),
    ("He met Mr. Tokayev in Astana. Then he left.", "He met Mr. Tokayev in Astana."),
    ("Das Treffen war am 2. Februar. Dann reiste er ab.", "Das Treffen war am 2. Februar."),
    ("The talks ended. Then he left.", "The talks ended."),
])
def test_a_derived_title_is_not_cut_after_an_initial_or_a_title(text, first):
    assert first_sentence(text) == first


def test_a_chinese_headlines_label_is_not_part_of_it():
    text = ("題:走在友谊之路上——国家主席对哈萨克斯坦进行国事访问纪实\n\n"
            "6月7日至10日,国家主席习近平对哈萨克斯坦进行国事访问,在阿斯塔纳同纳扎尔巴耶夫总统举行会谈,"
            "两国元首签署联合声明。哈萨克斯坦各界对访问给予高度评价。\n")
    assert _record(text).title == "走在友谊之路上——国家主席对哈萨克斯坦进行国事访问纪实"


GLUED_DATELINE_FR = (
    "Le président chinois est arrivé à Dakar Dakar, 21 juil (APS) - Le président de la République populaire "
    "de Chine est arrivé samedi à Dakar pour une visite d'Etat de deux jours au Sénégal, a constaté l'APS. "
    "Il a été accueilli à l'aéroport par le président Macky Sall.\n\n"
    "Les deux présidents auront des entretiens dimanche au palais.\n")


@pytest.mark.parametrize("text, title", [
    # the lead's wire dateline glued after the headline: the place the headline ends with, written again
    (GLUED_DATELINE_FR, "Le président chinois est arrivé à Dakar"),
    # ... or after a word in lower case
    (GLUED_DATELINE_FR.replace("à Dakar Dakar,", "pour sa visite Dakar,"), "Le président chinois est arrivé pour sa visite"),
])
def test_a_wire_dateline_glued_after_the_headline_starts_the_lead(text, title):
    record = _record(text)
    assert record.title == title
    assert record.date.month_day == "07-21"


def test_where_a_glued_headline_ends_unclear_the_line_stays_whole():
    # ("au Sénégal Saint Louis, 21 juil": the place may be "Saint Louis" or "Louis")
    text = GLUED_DATELINE_FR.replace("à Dakar Dakar,", "au Sénégal Saint Louis,")
    assert "Saint" in _record(text).title


@pytest.mark.parametrize("text, title", [
    ("日仏首脳会談 [fr]\n\n安倍総理大臣は、マクロン大統領と首脳会談を行いました。両首脳は経済協力について幅広く話し合いました。\n",
     "日仏首脳会談"),  # a language switch's label after a short headline
    ("ALGÉRIE - TURQUIE Bouteflika reçoit Recep Tayyip Erdogan\n\n"
     "Le président Abdelaziz Bouteflika a reçu mardi à Alger le président turc Recep Tayyip Erdogan, en visite "
     "officielle de deux jours. Les entretiens ont porté sur le commerce.\n",
     "Bouteflika reçoit Recep Tayyip Erdogan"),  # the two places of the page's rubric in capitals
])
def test_a_headlines_rubric_or_language_label_is_not_part_of_it(text, title):
    assert _record(text).title == title


@pytest.mark.parametrize("notice", [
    "Wir verwenden Cookies und Analysetools, um die Nutzerfreundlichkeit der Internetseite zu verbessern und "
    "passende Werbung von uns und unseren Partnern anzuzeigen. Mehr dazu in unserer Datenschutzerklärung.",
    "You're viewing a text-only version of this website that uses less data. View the main version of the "
    "website including all images and videos.",
    "شما در حال مشاهده نسخه متنی وبسایت هستید که از داده کمتری استفاده می‌کند. نسخه اصلی وبسایت را که شامل "
    "همه تصاویر و ویدیوهاست ببینید.",
])
def test_a_sites_notice_over_the_article_is_not_its_headline(notice):
    text = (f"{notice}\n\n"
            "Merkel receives the emir of Qatar in Berlin\n\n"
            "Chancellor Angela Merkel received the emir of Qatar, Sheikh Tamim bin Hamad Al Thani, in Berlin on "
            "Friday and called for talks to end the blockade of his country.\n")
    assert _record(text).title == "Merkel receives the emir of Qatar in Berlin"


def test_an_all_news_label_is_no_title():
    assert _record("All news\n\n" + CAPTION_CREDIT_EN).title != "All news"


KING_RU = (
    "Путин провёл переговоры с саудовским королем\n\n"
    "Президент России Владимир Путин провёл в Кремле переговоры с королем Саудовской Аравии Салманом бен "
    "Абдель-Азизом Аль Саудом. Стороны обсудили сотрудничество в энергетике и ситуацию в регионе.\n")


@pytest.mark.parametrize("text, person", [
    # a title, the country, then the listed person's name declined and spelled otherwise than listed
    (KING_RU, "king-salman"),
    # ... but a namesake who shares a word of it is not that person ("Mohammed bin Salman")
    (KING_RU.replace("королем Саудовской Аравии Салманом бен Абдель-Азизом Аль Саудом",
                     "наследным принцем Саудовской Аравии Мухаммедом бен Салманом Аль Саудом"), "mohammed-bin-salman"),
])
def test_a_titled_person_is_the_listed_person_of_that_country_the_name_spells(text, person):
    record = _record(text)
    assert person in {m.person for m in record.people}
    assert record.countries.codes == ("RU", "SA")


def test_a_titled_person_matching_no_listed_name_is_no_listed_person():
    text = KING_RU.replace("Салманом бен Абдель-Азизом Аль Саудом", "Фейсалом бен Турки Аль Саудом")
    assert {m.person for m in _record(text).people} == {"vladimir-putin"}
