"""Traps met in the forty-fifth round's sets, in texts written for these tests: a Thai headline
written without spaces under a site's address and motto, over a caption whose credit is in Thai; an
agency's photo paragraph (its dateline, its credit "FOTO AGENCY/ PHOTOGRAPHER/ xx") over the
headline; a wire agency's name in small letters after the headline; Urdu's spelling of Namibia
without its long vowel, and "Mr Modi"."""
from __future__ import annotations

import pytest

from kabar.understand.headline import never_headline
from tests.records import record_of as _record
from tests.sitebuild import build_site, by_file, write_seeds


THAI_PAGE = (
    "Thaiasean.vn - ข่าวสารอาเซียนทุกวัน\n\n"
    "นายกรัฐมนตรีเวียดนามโทรศัพท์หารือกับประธานาธิบดีแอฟริกาใต้เรื่องการค้า\n\n"
    "Việt Nam 14/03/2025\n\n"
    "ทั้งสองฝ่ายเห็นพ้องที่จะขยายความร่วมมือด้านการค้าและการลงทุน\n\n"
    "นายกรัฐมนตรี ฝ่าม มิงห์ จิ๊งห์ หารือทางโทรศัพท์กับประธานาธิบดี ซีริล รามาโฟซา (ภาพ: Tran Hai/VNA)\n\n"
    "ช่วงบ่ายของวันที่ 14 มีนาคม นายกรัฐมนตรีเวียดนามได้หารือทางโทรศัพท์กับประธานาธิบดีแอฟริกาใต้ "
    "ทั้งสองฝ่ายเห็นพ้องที่จะขยายความร่วมมือด้านการค้าและการลงทุนระหว่างสองประเทศ\n")


def test_a_thai_headline_without_spaces_under_a_sites_address_and_motto_is_the_headline():
    """Thai writes no space between words: the headline, two spaced runs, is no "two-word" line;
    the site's address with its motto over it is the site's, and the line its Thai photo credit
    ("(ภาพ: …)") closes is a caption (before, the caption, then the motto, were taken)."""
    record = _record(THAI_PAGE)
    assert record.title == "นายกรัฐมนตรีเวียดนามโทรศัพท์หารือกับประธานาธิบดีแอฟริกาใต้เรื่องการค้า"


def test_a_thai_line_of_two_short_runs_is_still_no_headline():
    assert never_headline("ข่าวด่วน วันนี้")


AGENCY_PHOTO_OVER_THE_HEADLINE = (
    "Beograd, 14. maja 2023.- Predsednik Srbije Aleksandar Vucic i premijer Madjarske Viktor Orban "
    "danas su otvorili novi granicni prelaz kod Horgosa. Posle otvaranja razgovarali su o saradnji u "
    "energetici i o izgradnji gasovoda, a zatim su se obratili medijima u zgradi nove carinske "
    "uprave. FOTO TANJUG/ MARKO PETROVIC/ mp\n\n"
    "Vučić i Orban otvorili novi granični prelaz kod Horgoša\n\n"
    "Predsednik Srbije Aleksandar Vučić i premijer Mađarske Viktor Orban otvorili su danas novi "
    "granični prelaz kod Horgoša, na granici dve zemlje.\n\n"
    "Dvojica lidera razgovarala su i o saradnji u energetici.\n")


def test_an_agency_photo_paragraph_over_the_headline_is_no_headline_and_its_dateline_still_dates():
    """The paragraph the agency's photo credit closes is the photo's story: the headline is the
    line under it (before, no headline was found and the paragraph's first words were shown);
    its dateline's day, "today", is still the meeting's."""
    record = _record(AGENCY_PHOTO_OVER_THE_HEADLINE)
    assert record.title == "Vučić i Orban otvorili novi granični prelaz kod Horgoša"
    assert record.date.iso == "2023-05-14"


@pytest.mark.parametrize("first_line, title", [
    # a wire agency's name in small letters after it, the page's tag
    ("Vučić: Orban je pravi prijatelj Srbije i srpskog naroda tanjug",
     "Vučić: Orban je pravi prijatelj Srbije i srpskog naroda"),
    # not a headline that ends in a capitalised word (a name, the agency's as a subject)
    ("Vučić i Orban razgovarali u Beogradu sa delegacijom Tanjug",
     "Vučić i Orban razgovarali u Beogradu sa delegacijom Tanjug"),
])
def test_a_wire_agencys_tag_in_small_letters_after_the_headline_is_not_the_headline(first_line, title):
    text = (f"{first_line}\n\n"
            "O presidente Luiz Inácio Lula da Silva recebeu nesta terça-feira o primeiro-ministro "
            "do Vietnã, Pham Minh Chinh, no Palácio do Planalto, em Brasília.\n\n"
            "Os dois líderes discutiram comércio, agricultura e investimentos.\n")
    assert _record(text).title == title


def test_urdu_namibia_without_its_long_vowel_and_mister_modi_are_the_pair():
    """Urdu pages write Namibia "نمیبیا" as often as CLDR's "نامیبیا"; "مسٹر مودی" ("Mr Modi") is
    India's prime minister, his surname alone being also an Arabic word (before: Namibia unnamed,
    Modi unknown, and the three countries of his tour taken instead)."""
    text = ("مودی صدر کی دعوت پر نمیبیا پہنچے\n\n"
            "مسٹر مودی نے کہا کہ نمیبیا ایک قابل قدر افریقی شراکت دار ہے۔ "
            "ہندوستان کے وزیر اعظم کا نمیبیا کا یہ پہلا دورہ ہے۔\n\n"
            "اس سے پہلے انہوں نے گھانا اور برازیل کا دورہ کیا۔ مسٹر مودی نمیبیا کے صدر کے ساتھ "
            "دو طرفہ بات چیت کریں گے اور نمیبیا کی پارلیمنٹ سے خطاب کریں گے۔\n")
    assert _record(text).countries.codes == ("IN", "NA")


def test_a_visitor_met_by_the_hosts_president_and_premier_is_one_visit(tmp_path):
    """Both headlines name the visitor (the side whose country is not where the leads set the
    meeting), each with another of the host's leaders: one trip, as the archive's events are
    (before, two leaders of the host in two headlines made two engagements, and the Portuguese
    report of the premier's talks stayed alone and undated)."""
    talks = ("Xi Jinping holds talks with Angolan President Lourenço\n\n"
             "BEIJING, March 15, 2024 - Chinese President Xi Jinping held talks with Angolan President "
             "João Lourenço in Beijing on Friday. The two heads of state agreed to deepen cooperation "
             "in energy, agriculture and infrastructure.\n\n"
             "Lourenço is on a state visit to China from March 14 to 17.\n")
    premier = ("Li Qiang recebe João Lourenço em Pequim\n\n"
               "O primeiro-ministro chinês, Li Qiang, recebeu em Pequim, a 15 de março, o Presidente de "
               "Angola, João Lourenço, horas depois do encontro com o Presidente Xi Jinping. Os dois "
               "discutiram a dívida, a energia e a agricultura.\n\n"
               "Lourenço está em visita de Estado à China.\n")
    site = by_file(build_site(write_seeds(tmp_path / "seeds", {"talks.txt": talks, "premier.txt": premier}),
                              tmp_path / "out"))
    assert site["talks.txt"]["event"] == site["premier.txt"]["event"]
    assert site["premier.txt"]["date"] == "2024-03-15"


def test_two_visitors_received_by_one_host_on_two_days_are_two_engagements(tmp_path):
    """The host is in both headlines, the visitors differ (a president's state visit, then the prime
    minister's summit the next day, both in Brasília): still two engagements, though one lead's
    "comunidade brasileira em Portugal" reads as the meeting's country (Lula the visitor)."""
    state_visit = ("Lula recebe o Presidente de Portugal, Marcelo Rebelo de Sousa\n\n"
                   "BRASÍLIA, 18 de fevereiro de 2025 - O Presidente Luiz Inácio Lula da Silva recebeu hoje no "
                   "Palácio do Planalto o Presidente de Portugal, Marcelo Rebelo de Sousa, em visita de Estado. "
                   "Os dois falaram da comunidade brasileira em Portugal e dos 200 anos de relações.\n")
    summit = ("Lula e Luís Montenegro presidem à cimeira luso-brasileira\n\n"
              "BRASÍLIA, 19 de fevereiro de 2025 - O Presidente Luiz Inácio Lula da Silva e o primeiro-ministro "
              "de Portugal, Luís Montenegro, presidiram hoje no Palácio do Itamaraty à cimeira luso-brasileira, "
              "onde foram assinados acordos de cooperação. Marcelo Rebelo de Sousa esteve presente.\n")
    site = by_file(build_site(write_seeds(tmp_path / "seeds", {"visit.txt": state_visit, "summit.txt": summit}),
                              tmp_path / "out"))
    assert site["visit.txt"]["event"] != site["summit.txt"]["event"]


LEAD = ("Rais wa Tanzania amewasili Ankara leo kwa ziara ya kitaifa ya siku tano, akilakiwa na viongozi "
        "wa Serikali ya Uturuki na wafanyabiashara wa nchi hizo mbili.\n\n"
        "Ziara hiyo inalenga kukuza uhusiano wa kidiplomasia, uchumi na biashara.\n")


@pytest.mark.parametrize("head, title", [
    # the headline printed twice on its line (the title bar's and the page's), then once more alone
    ("Rais atua Uturuki kwa ziara ya siku tano Rais atua Uturuki kwa ziara ya siku tano\n\n"
     "Rais atua Uturuki kwa ziara ya siku tano\n\n",
     "Rais atua Uturuki kwa ziara ya siku tano"),
    # a trail from the home page without marks, glued before the headline the page prints alone
    ("Home Gazeti Habari za Siasa Mikoani Rais atua Uturuki kwa ziara ya siku tano\n"
     "Habari za SiasaTangulizi\n\n"
     "Rais atua Uturuki kwa ziara ya siku tano\n\n",
     "Rais atua Uturuki kwa ziara ya siku tano"),
])
def test_a_headline_printed_twice_on_its_line_or_after_a_trail_is_the_headline_alone(head, title):
    assert _record(head + LEAD).title == title


def test_the_sites_name_that_a_trail_from_the_home_page_begins_with_is_no_headline():
    """"Diario del Cauca" is the first line, its words all over the page, and comes back before
    "Inicio 5 Política 5" (an icon font's arrows): the site's name, not the headline under it
    (before, it was taken)."""
    text = ("Diario del Cauca\n\n"
            "“Levantar la bandera de la paz”: un llamado desde Escandinavia\n\n"
            "Jun 13, 2024\n\n"
            "Diario del Cauca Inicio 5 Política 5 “Levantar la bandera de la paz”: un llamado desde Escandinavia\n\n"
            "En el marco del aniversario de las relaciones entre Colombia y Suecia, el presidente Gustavo Petro "
            "continúa su visita oficial al país nórdico, con temas como la transición energética, según pudo "
            "conocer Diario del Cauca en el Cauca.\n\n"
            "Durante su intervención ante el Parlamento sueco, el mandatario subrayó la crisis climática.\n\n"
            "Más noticias de Diario del Cauca\n\n"
            "Diario del Cauca en WhatsApp\n\n"
            "Diario del Cauca 2024, todos los derechos reservados.\n")
    assert _record(text).title == "“Levantar la bandera de la paz”: un llamado desde Escandinavia"


def test_a_lead_glued_after_the_headline_restating_its_first_words_is_the_lead():
    text = ("Le président Erdogan est arrivé à Niamey Le président turc, Recep Tayyip Erdogan, est arrivé "
            "ce lundi soir à Niamey, dernière étape de sa tournée africaine, accueilli par le président "
            "nigérien à l'aéroport.\n\n"
            "Les deux chefs d'Etat auront des entretiens mardi au palais présidentiel.\n")
    assert _record(text).title == "Le président Erdogan est arrivé à Niamey"


def test_a_turkish_leaders_name_that_lost_its_soft_g_is_still_his():
    """"Recep Tayyip Erdoan", the "ğ" lost in a copy: Turkey acts, not the country of a third
    leader named further down (before, the pair was taken with the United States)."""
    text = ("Ethiopian Prime Minister visits Ankara\n\n"
            "Ethiopian Prime Minister Abiy Ahmed visited Ankara on Wednesday at the invitation of President "
            "Recep Tayyip Erdoan, the official Turkish news agency reported. The visit comes as US President "
            "Joe Biden's envoy is in Addis Ababa and as Washington presses for talks.\n\n"
            "Ethiopia and Turkey signed agreements on military and water cooperation; the United States and "
            "Ethiopia have not commented. Abiy and Erdoan held a joint press conference.\n")
    assert _record(text).countries.codes == ("ET", "TR")


def test_a_line_of_tags_naming_countries_and_people_is_no_headline():
    text = ("Last minute\n\n"
            "France Kazakhstan Kassym-Jomart Tokayev Emmanuel Macron\n\n"
            "Kazakh and French presidents sign a strategic partnership\n\n"
            "PARIS. KAZINFORM – Kazakh President Kassym-Jomart Tokayev and French President Emmanuel Macron "
            "signed a strategic partnership at the Elysee Palace, Kazinform reports.\n\n"
            "The two heads of state discussed energy, uranium and transport.\n")
    assert _record(text).title == "Kazakh and French presidents sign a strategic partnership"


def test_a_headline_with_the_pages_stamp_and_the_leads_dateline_glued_after_it_is_the_headline():
    """"…в верхах29.05.2025 18:44САМАРКАНДСКАЯ ОБЛАСТЬ, 29 мая. /УЗИНФОРМ/. …": three lines run
    together, the headline, the page's stamp and the lead with its dateline in capitals."""
    text = ("В Бухаре прошли узбекско-итальянские переговоры30.05.2025 11:05БУХАРСКАЯ ОБЛАСТЬ, 30 мая. "
            "/УЗИНФОРМ/. Сегодня в Бухаре президент Узбекистана Шавкат Мирзиёев провел переговоры с "
            "премьер-министром Италии Джорджей Мелони.\n\n"
            "Стороны обсудили торговлю, энергетику и туризм.\n")
    record = _record(text)
    assert record.title == "В Бухаре прошли узбекско-итальянские переговоры"
    assert record.date.iso == "2025-05-30"


def test_mirziyoyev_as_arabic_wires_spell_him_acts_for_uzbekistan():
    """"شوكت ميرزيوييف", the spelling of the French agency's Arabic service: Uzbekistan acts, not
    Russia, whose influence the report speaks of (before, the pair was France and Russia)."""
    text = ("ماكرون يصل إلى سمرقند في جولة في آسيا الوسطى\n\n"
            "وصل الرئيس الفرنسي إيمانويل ماكرون مساء الأربعاء إلى مدينة سمرقند حيث استقبله نظيره شوكت "
            "ميرزيوييف، في زيارة تستغرق يومين. ويشهد النفوذ الروسي في المنطقة تحديا، وتسعى روسيا إلى "
            "الحفاظ على مكانتها.\n\n"
            "ومن المقرر أن يجتمع ماكرون وميرزيوييف الخميس قبل منتدى الأعمال المشترك.\n")
    assert _record(text).countries.codes == ("FR", "UZ")


HEADER_DATE_OVER_THE_MASTHEAD = (
    "{date}\n\n"
    "{masthead}"
    "Cumhurbaşkanı Erdoğan, Kenyalı mevkidaşını törenle karşıladı\n\n"
    "Kenya Cumhurbaşkanı William Ruto bugün Ankara'ya geldi. Erdoğan mevkidaşını Cumhurbaşkanlığı "
    "Külliyesi'nde resmi törenle karşıladı.\n\n"
    "Törenin ardından ikili ve heyetlerarası görüşmeler yapılacak.\n")


def test_a_date_over_the_sites_name_and_motto_is_the_day_the_page_was_viewed():
    """"5 Şubat 2025" over "haber sitesi" lines is the header's day, the page viewed a year after
    the visit: "bugün" (today) is not read against it, and the report is left undated (before,
    the viewing day was given as the visit's)."""
    text = HEADER_DATE_OVER_THE_MASTHEAD.format(date="5 Şubat 2025",
                                                masthead="kuzey haber sitesi\n\nkuzey haber\n\n")
    record = _record(text)
    assert (record.date.iso, record.date.published) == (None, None)


def test_a_date_over_one_section_label_is_still_the_pages_day():
    text = HEADER_DATE_OVER_THE_MASTHEAD.format(date="18 Nisan 2024", masthead="Dünya\n\n")
    assert _record(text).date.iso == "2024-04-18"


def test_a_caption_printed_again_with_its_plural_credit_after_it_is_no_headline():
    """"… na residência oficial em Luanda Imagens: CIPRA" under the same line: a photo's caption,
    credited ("Imagens", the plural), not a standfirst that takes the headline's place (before, its
    words, which the lead tells again, made it the headline)."""
    text = ("Política\n\nPolítica\n\n\nPUBLICIDADE\n\n"
            "Lula já se encontra em Angola para visita de Estado\n\n"
            "Presidente Lula e Primeira-Dama na residência oficial em Luanda\n"
            "Presidente Lula e Primeira-Dama na residência oficial em Luanda Imagens: CIPRA\n\n"
            "Redacção\n\n"
            "Publicado às 18h14 02/05/2025\n\n"
            "Brasília - O Presidente da República, Lula da Silva, chegou esta sexta-feira a Luanda para uma "
            "visita de Estado, a realizar-se sábado e domingo.\n\n"
            "Na residência oficial, o Presidente Lula, acompanhado da Primeira-Dama, foi acolhido com a "
            "tradicional hospitalidade angolana, com cânticos e flores para a Primeira-Dama.\n\n"
            "O programa prevê encontros com o Presidente João Lourenço.\n")
    assert _record(text).title == "Lula já se encontra em Angola para visita de Estado"
