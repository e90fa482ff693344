"""Traps of real pages met in the twenty-fifth round's sets, in texts written for these tests: an
undated report that writes the day of the visit it announces ("on Monday, 12 December, … will be in
Kyiv") is not joined to the pair's meeting of another day."""
from __future__ import annotations

import pytest

from kabar.understand.actors import find_people
from kabar.understand.countries import count_countries, extract_venue
from kabar.understand.dates import extract_date
from kabar.understand.pipeline import understand
from tests.sitebuild import build_site, by_file, write_seeds


def _read(text: str, name: str = "page.txt"):
    return understand(text.encode(), name).record


# a dated meeting of the pair
DATED = ("Merkel and Poroshenko meet in Kyiv\n\n"
         "KYIV (Reuters) - Ukrainian President Petro Poroshenko and German Chancellor Angela Merkel held talks "
         "in Kyiv on Monday, 24 November 2014, on gas supplies and the ceasefire in the east.\n")
# a report of the pair's later visit, with no year and no day of its own: it writes only the day
# the visit was announced for, in a sentence about the future
ANNOUNCED = ("Merkel in Kyiv for talks with Poroshenko\n\n"
             "Ukrainian President Petro Poroshenko is holding talks with German Chancellor Angela Merkel "
             "in Kyiv, their offices said.\n\n"
             "As reported earlier, on Monday, 12 December, Chancellor Angela Merkel will be in Ukraine "
             "on an official visit, with a business forum and the opening of a German square in Kyiv.\n")


def test_an_undated_report_writing_another_day_is_not_joined_to_the_pairs_meeting(tmp_path):
    assert _read(ANNOUNCED, "b.txt").date.written == ("12-12",)
    seeds = write_seeds(tmp_path / "seeds", {
        "a-dated.txt": DATED, "b-announced.txt": ANNOUNCED,
        # the same report announcing the dated meeting's own day is of that meeting
        "c-same-day.txt": ANNOUNCED.replace("12 December", "24 November")})
    site = by_file(build_site(seeds, tmp_path / "out"))
    assert site["b-announced.txt"]["event"] != site["a-dated.txt"]["event"]
    assert site["b-announced.txt"]["date"] is None
    assert site["c-same-day.txt"]["event"] == site["a-dated.txt"]["event"]
    assert site["c-same-day.txt"]["date"] == "2014-11-24"


def test_a_photos_day_is_not_a_day_the_report_writes():
    # (a photo of the pair's earlier meeting)
    captioned = ANNOUNCED.replace("As reported earlier, on Monday, 12 December, Chancellor Angela Merkel will be",
                                  "Merkel and Poroshenko on 24 May in Berlin © AFP\n\nChancellor Angela Merkel is")
    assert _read(captioned, "b.txt").date.written == ()


def test_an_arabic_pages_font_size_control_is_neither_headline_nor_summary():
    # (the control printed under the page's date, over the lead)
    text = ("الرئيس المصري يصل إلى الرباط في زيارة رسمية\n\n14 مارس 2016\n+ الخط -\n\n"
            "وصل الرئيس المصري إلى الرباط يوم الاثنين في زيارة رسمية يلتقي خلالها ملك المغرب لبحث التعاون "
            "الاقتصادي بين البلدين.\n")
    record = _read(text, "ar.txt")
    assert record.title == "الرئيس المصري يصل إلى الرباط في زيارة رسمية"
    assert record.summary.startswith("وصل الرئيس المصري")


def test_a_standfirsts_bullet_points_do_not_push_the_lead_out_of_the_lead():
    # (four bullet points between the publication line and the paragraph that says "yesterday")
    text = ("Orbán and Fico talks: Hungarian PM presses for gas link\n\n"
            "Thursday, 12 March 2015 00:05 -\n\n"
            "  • Slovak minister says the pipeline was discussed at length\n"
            "  • Orbán calls for a north-south corridor\n"
            "  • Government office leaves out the border talks\n"
            "  • Visegrad cooperation vital: Fico\n"
            "By a staff writer Prime Minister Robert Fico held his first talks with Prime Minister Viktor Orbán "
            "of Hungary in Bratislava yesterday, on a gas interconnector and road links across the Danube.\n")
    date = _read(text, "en.txt").date
    assert (date.iso, date.how) == ("2015-03-11", "relative")


@pytest.mark.parametrize("sentence, lang, venue", [
    # the capitals Italian and Portuguese news write in their own spelling
    ("La cancelliera tedesca Angela Merkel in visita a Roma per incontrare il premier.", "it", ("IT",)),
    ("Il presidente francese è arrivato a Mosca per i colloqui.", "it", ("RU",)),
    ("O presidente chegou a Pequim para uma visita de Estado.", "pt", ("CN",)),
    ("Temer reuniu-se com a chanceler em Berlim.", "pt", ("DE",)),
    # a capital that stands for its government is no venue
    ("Renzi: forte convergenza con Berlino sui migranti.", "it", ()),
])
def test_a_capital_in_the_languages_own_spelling_is_the_venue(sentence, lang, venue):
    assert extract_venue(sentence, "", lang) == venue


# a dated meeting of the pair in one capital, an undated Italian report of it, and an undated
# report of their meeting in the other capital that speaks of the first ("con Berlino": its government)
IN_BERLIN = ("Renzi visits Merkel in Berlin\n\n"
             "BERLIN (dpa) - Italian Prime Minister Matteo Renzi met German Chancellor Angela Merkel in Berlin "
             "on 29 January 2016 for talks on refugees, Schengen and the Migration Compact.\n")
IN_BERLIN_IT = ("Renzi vola a Berlino per vedere la Merkel\n\n"
                "Il premier Matteo Renzi ha incontrato la cancelliera Angela Merkel a Berlino per parlare di "
                "migranti, Schengen e del Migration Compact.\n")
IN_ROME = ("La cancelliera tedesca Angela Merkel in visita a Roma, per incontrare il premier Matteo Renzi.\n\n"
           "Al centro del colloquio la questione dei migranti, Schengen e il Migration Compact.\n\n"
           "\"Sul tema c'è una forte convergenza con Berlino\", ha detto Renzi in conferenza stampa.\n")


def test_an_undated_report_of_the_pair_in_the_other_capital_is_another_meeting(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", {"a-berlin.txt": IN_BERLIN, "b-rome.txt": IN_ROME,
                                             "c-berlin-it.txt": IN_BERLIN_IT})
    site = by_file(build_site(seeds, tmp_path / "out"))
    assert site["b-rome.txt"]["event"] != site["a-berlin.txt"]["event"]
    assert site["b-rome.txt"]["date"] is None
    # (the Italian report of the Berlin meeting is of it)
    assert site["c-berlin-it.txt"]["event"] == site["a-berlin.txt"]["event"]


@pytest.mark.parametrize("text, title", [
    # a photo's caption over the headline, its credit after a bar ("| Bildquelle: dpa")
    ("Scholz und Meloni in Rom | Bildquelle: dpa\n\n"
     "Kanzler Scholz besucht Meloni Einigkeit bei der Migration\n\nStand: 08.06.2023 17:58 Uhr\n\n"
     "Beim Besuch in Rom demonstrierten Kanzler Scholz und Ministerpräsidentin Meloni Einigkeit in der "
     "Migrationspolitik. Differenzen gab es beim Thema Schulden.\n",
     "Kanzler Scholz besucht Meloni Einigkeit bei der Migration"),
    # ... or after a space, with its word and the agency alone ("Crédito: AP")
    ("null: nullpx\nUnited States\n\nBiden welcomes Brazil's president, hails climate partnership\n\n"
     "Biden said trade with Brazil is a fact of the global economy.\n10 Feb 2023 – 06:56 PM EST\n"
     "President Biden received Brazilian president Lula da Silva in the White House on Friday Crédito: AP\n\n"
     "WASHINGTON - President Joe Biden and Brazilian President Luiz Inácio Lula da Silva reaffirmed the "
     "importance of the relationship on Friday, promoting climate cooperation and democracy.\n",
     "Biden welcomes Brazil's president, hails climate partnership"),
    # the page's section glued before the headline by a colon with no space after it
    ("Politik:Bundeskabinett in Delhi: Siebte Regierungskonsultationen\n\n"
     "Neu-Delhi (dpa) - Die Regierungen von Deutschland und Indien kommen heute zum siebten Mal zu "
     "Konsultationen zusammen. Kanzler Olaf Scholz ist mit sechs Ministern nach Neu-Delhi gereist.\n",
     "Bundeskabinett in Delhi: Siebte Regierungskonsultationen"),
    # a site's accessibility links heading over the headline, and what a photo shows under it
    ("Ссылки для упрощенного доступа\n\nВ Женеве Пашинян и Алиев обсудили мирный договор\n\n\n"
     "На снимке: граница Армении и Азербайджана\nНа снимке: граница Армении и Азербайджана\n\n"
     "Пашинян и Алиев в последний раз встречались в Брюсселе в мае\n\n"
     "Премьер-министр Армении Никол Пашинян и президент Азербайджана Ильхам Алиев провели переговоры в "
     "Женеве, направленные на заключение мирного договора.\n",
     "В Женеве Пашинян и Алиев обсудили мирный договор"),
])
def test_a_captions_credit_a_glued_section_and_a_sites_access_links_are_not_the_headline(text, title):
    assert _read(text).title == title


def test_of_three_leaders_in_the_lead_the_pair_is_the_two_the_text_names_most():
    # (the leader of a third country, named in the first sentence for what he wants, and once more)
    text = ("El Primer Ministro de Japón, Fumio Kishida, evitó cualquier referencia a los aranceles que pretende "
            "imponer Donald Trump a los socios de Estados Unidos, durante su visita a México este jueves, tras "
            "su encuentro con el Presidente mexicano, Andrés Manuel López Obrador.\n\n"
            "Kishida y López Obrador firmaron acuerdos sobre autos y energía. México y Japón celebran este año "
            "el aniversario de su tratado comercial, y Japón es el primer inversor asiático en México.\n\n"
            "El presidente mexicano dijo que México quiere más inversión japonesa en el sur del país.\n")
    countries = _read(text, "es.txt").countries
    assert (countries.scope, countries.codes) == ("pair", ("JP", "MX"))


@pytest.mark.parametrize("sentence, dated", [
    # a day the sentence says is to come ("va a pasar", "vendrá"): not the day of the meeting
    ("Todos estamos mirando qué va a pasar el 6 de diciembre en Venezuela", False),
    ("Lo vamos a volver a hablar el 10 de diciembre en Buenos Aires", False),
    ("La presidenta vendrá a la Argentina el 10 de diciembre", False),
    # a day told as past still dates it
    ("Ambos presidentes se reunieron el 4 de diciembre en Brasilia", True),
])
def test_a_spanish_day_to_come_in_the_body_is_not_the_reports_day(sentence, dated):
    text = ("El presidente electo Mauricio Macri mantuvo una reunión con Dilma Rousseff en el Palacio del "
            "Planalto, en Brasilia, en su primera gira internacional.\n\n"
            f"Durante la conferencia, Macri dijo: \"{sentence}\", y habló de comercio.\n")
    date = _read(text, "es.txt").date
    assert (date.month_day is not None or date.iso is not None) == dated


@pytest.mark.parametrize("sentence, iso", [
    # a year of the Buddhist era after a month, in Arabic or Thai figures
    ("นายกรัฐมนตรีเข้าร่วมการประชุมกับนายกรัฐมนตรีลาว เมื่อวันที่ 12 มีนาคม 2562 ที่กรุงเวียงจันทน์", "2019-03-12"),
    ("นายกรัฐมนตรีเข้าร่วมการประชุมกับนายกรัฐมนตรีลาว เมื่อวันที่ ๑๒ มีนาคม ๒๕๖๒ ที่กรุงเวียงจันทน์", "2019-03-12"),
    ("นายกรัฐมนตรีเข้าร่วมการประชุมกับนายกรัฐมนตรีลาว เมื่อวันที่ 12 มี.ค. 2562 ที่กรุงเวียงจันทน์", "2019-03-12"),
    # a sum of money is no year
    ("นายกรัฐมนตรีมอบเงิน 2562 บาท ให้โรงเรียนที่กรุงเวียงจันทน์", None),
])
def test_a_thai_year_of_the_buddhist_era_is_read_in_the_common_era(sentence, iso):
    assert extract_date(sentence, "th").iso == iso


def test_a_greek_country_name_in_the_genitive_is_the_country():
    # ("της Τυνησίας", "of Tunisia": the name as Greek writes it after a title, never in the nominative here)
    text = ("Στην Αθήνα φτάνει σήμερα ο πρόεδρος της Τυνησίας για επίσημη επίσκεψη.\n\n"
            "Ο πρόεδρος της Τυνησίας θα συναντηθεί με τον πρωθυπουργό στο Μέγαρο Μαξίμου. "
            "Οι κυβερνήσεις της Ελλάδας και της Τυνησίας θα υπογράψουν συμφωνίες.\n")
    countries = _read(text, "el.txt").countries
    assert (countries.scope, countries.codes) == ("pair", ("GR", "TN"))


def test_a_sites_edition_notice_and_wire_notices_do_not_end_the_pages_head():
    # (the site's other stories in between; the headline, printed twice, after the notices)
    text = ("Has elegido la edición de . Verás las noticias de esta portada en el módulo de ediciones locales "
            "de la home del diario.\n"
            "La portada de mañana\nAcceder\n"
            "El Supremo amplía la investigación sobre los contratos del puerto\n"
            "Opinión - El alcalde, en su laberinto. Por Ana Ruiz\n"
            "Noticia de agencia\n\nNoticia servida automáticamente por la Agencia EFE\n\n"
            "Esta información es un teletipo de la Agencia EFE y se publica de forma automática, sin revisión "
            "de la redacción de este diario.\n\n"
            "El presidente turco llega a Chile en visita oficial\n\n"
            "El presidente turco llega a Chile en visita oficial\n\nEFE\n\nSantiago —\n\n"
            "El presidente de Turquía llegó hoy a Santiago para una visita oficial que le llevará a reunirse "
            "mañana con el presidente de Chile en el palacio de La Moneda.\n")
    assert _read(text, "es.txt").title == "El presidente turco llega a Chile en visita oficial"


@pytest.mark.parametrize("lang, lead, iso", [
    # the day written with "local time" where they met, before the home country's day
    ("en", "On March 3, commencing at 1:05 a.m. (March 2, 11:05 a.m. local time) for approximately 30 minutes, "
     "Mr. Fumio Kishida, Prime Minister, held a Japan-Brazil Summit Meeting with President Lula at the UN "
     "Headquarters.", "2023-03-02"),
    ("ja", "3月3日午前1時5分(3月2日午前11時5分、現地時間)から約30分間、岸田文雄内閣総理大臣は、国連本部内にて、"
     "ルーラ・ブラジル大統領と首脳会談を行いました。", "2023-03-02"),
    ("vi", "Trong khuôn khổ chuyến thăm Brazil từ ngày 1-3/3/2023, ngày 3/3/2023 (giờ địa phương), Thủ tướng "
     "đã hội đàm với Tổng thống Brazil Lula da Silva tại Brasilia.", "2023-03-03"),
    # no local time written: the first day, as before
    ("en", "On March 3, Prime Minister Kishida held a summit meeting with President Lula in Brasilia.", "2023-03-03"),
])
def test_the_day_written_as_local_time_is_the_events(lang, lead, iso):
    assert extract_date(lead, lang, stamps=("March 3, 2023",)).iso == iso


def test_a_marathi_weekday_in_the_locative_is_read_against_the_pages_date():
    lead = "नवी दिल्ली : भारताचे पंतप्रधान नरेंद्र मोदी यांची रविवारी ब्राझीलच्या राष्ट्राध्यक्षांशी भेट झाली."
    date = extract_date(lead, "mr", stamps=("Updated: Mar 6, 2023, 08:37 AM IST",))
    assert (date.iso, date.how) == ("2023-03-05", "weekday")


def test_a_ministrys_long_headline_is_the_headline_and_the_lead_under_it_dates_the_report():
    headline = ("Xi Jinping celebra conversaciones con el Presidente Gustavo Petro de Colombia-Los dos Jefes de Estado "
                "deciden establecer una asociación estratégica integral China-Colombia para promover un mayor "
                "desarrollo de las relaciones bilaterales")
    assert 220 < len(headline) <= 260
    text = (f"{headline}\n\n2023-10-18 10:10:09 Fuente: ministerio\n\n{headline}\n\n"
            "El 25 de octubre de 2023, hora local, el Presidente Xi Jinping celebró conversaciones con el Presidente "
            "Gustavo Petro de Colombia en Beijing. Los dos Jefes de Estado apreciaron la amistad tradicional.\n")
    record = _read(text, "es.txt")
    assert (record.title, record.title_derived) == (headline, False)
    assert record.date.iso == "2023-10-25"


def test_a_photo_gallerys_thumbnail_captions_are_not_the_headline():
    # (the site's menus, the date glued before the headline, a gallery's labels and its captions
    # printed again under it)
    text = ("本文へ移動\n\n首相官邸 Prime Minister of Japan and His Cabinet\n言語選択\nEnglish\n中文\n表示選択\nPC\n"
            "モバイル\n文字サイズの変更\n中\n大\n\n令和5年3月2日日・ブラジル首脳会談等\n\nメイン画像:握手を交わす両首脳\n\n"
            "握手を交わす両首脳\n\n  • サムネイル:握手を交わす両首脳\n  • サムネイル:ルーラ・ブラジル大統領を出迎える岸田総理\n"
            "  • サムネイル:儀じょう隊による栄誉礼及び儀じょう\n  • サムネイル:日・ブラジル首脳会談\n"
            "  • サムネイル:署名式に立ち会う両首脳1\n  • サムネイル:署名式に立ち会う両首脳2\n  • サムネイル:共同記者発表\n\n"
            "ルーラ・ブラジル大統領を出迎える岸田総理\n\n儀じょう隊による栄誉礼及び儀じょう\n\n日・ブラジル首脳会談\n\n"
            "署名式に立ち会う両首脳1\n\n署名式に立ち会う両首脳2\n\n共同記者発表\n\n"
            " 令和5年3月2日、岸田総理は、総理大臣官邸でブラジル連邦共和国のルーラ大統領と首脳会談等を行いました。"
            "両首脳は署名式に立ち会い、共同記者発表を行いました。\n")
    assert _read(text, "ja.txt").title == "日・ブラジル首脳会談等"


def test_an_office_after_an_arabic_name_is_no_listed_leaders_last_name():
    # "عباس كامل مدير مكتب": Abbas Kamel, director of the office; not "Kamel Madouri" of Tunisia
    text = ("وصل الرئيس عبد الفتاح السيسي إلى سول في زيارة لكوريا الجنوبية، وتعقد الخميس مباحثات قمة بين "
            "الرئيس المصري ورئيسة كوريا الجنوبية.\n\n"
            "ويضم الوفد المرافق سامح شكري وزير الخارجية، واللواء عباس كامل مدير مكتب رئيس الجمهورية.\n")
    record = _read(text, "ar.txt")
    assert "TN" not in {m.country for m in record.people}
    assert (record.countries.scope, record.countries.codes) == ("pair", ("EG", "KR"))


@pytest.mark.parametrize("text, people", [
    # a listed leader's last name alone in Chinese, Japanese or Korean, with a head's title
    ("習近平国家主席はキトで同国のコレア大統領と会談した。", {"xi-jinping", "rafael-correa"}),
    ("习近平在基多同厄瓜多尔总统科雷亚举行会谈。", {"xi-jinping", "rafael-correa"}),
    ("시진핑 주석은 키토에서 코레아 대통령과 정상회담을 했다.", {"xi-jinping", "rafael-correa"}),
    ("ブラジルのテメル大統領は来日した。", {"michel-temer"}),
    # not the end of a longer word: "哥伦比亚总统" is Colombia's president, not Biya's name
    ("哥伦比亚总统和委内瑞拉总统举行会谈。", set()),
    ("ハイテメル大統領", set()),
])
def test_a_cjk_last_name_with_a_heads_title_names_the_listed_leader(text, people):
    assert {m.person for m in find_people(text)} == people


@pytest.mark.parametrize("name, code", [
    # the short names Chinese news writes, which CLDR's full names miss
    ("阿联酋", "AE"), ("阿聯酋", "AE"), ("沙特", "SA"), ("韓國", "KR"), ("波黑", "BA"), ("巴勒斯坦", "PS"),
    ("乌兹别克", "UZ"), ("哈萨克", "KZ"), ("吉尔吉斯", "KG"), ("土库曼", "TM"), ("埃塞", "ET"),
])
def test_a_chinese_short_country_name_is_the_country(name, code):
    assert code in count_countries(f"国家主席访问{name}并举行会谈。", "zh")


@pytest.mark.parametrize("headline, lang, codes", [
    # two countries' one-character names before a word of the talks, pairs the list does not name
    ("日仏首脳会談", "ja", {"JP", "FR"}), ("日独外相会談", "ja", {"JP", "DE"}), ("韩美首脑会谈", "zh", {"KR", "US"}),
    ("한러 정상회담", "ko", {"KR", "RU"}), ("한러정상회담", "ko", {"KR", "RU"}),
    # ... and not without it ("日中は晴れ" names its pair through the list's own "日中")
    ("仏独", "ja", set()),
])
def test_two_countries_one_character_names_before_the_talks_are_the_pair(headline, lang, codes):
    assert set(count_countries(headline, lang)) == codes
