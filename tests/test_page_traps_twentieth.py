"""Traps of real pages met in the twentieth session's sets, in texts written for these tests: a
photo's label printed over the headline ("… and his Czech counterpart", "… durante encontro com …"), and
seas and peninsulas named after a country ("दक्षिण चीन सागर", "朝鲜半岛", "im Japanischen Meer")."""
from __future__ import annotations

import pytest

from kabar.understand.actors import find_people
from kabar.understand.labels import names_only
from kabar.understand.countries import count_countries
from kabar.understand.pipeline import understand
from tests.sitebuild import build_site, by_file, write_seeds


def _read(text: str, name: str = "page.txt"):
    return understand(text.encode(), name).record


@pytest.mark.parametrize("line, label", [
    # a titled name and what only a photo's label writes after it
    ("Prime Minister Mateusz Morawiecki and his Czech counterpart", True),
    ("Polish PM Mateusz Morawiecki and his Czech counterpart Andrej Babiš", True),
    ("Presidente Michel Temer durante encontro com o presidente do Paraguai", True),
    ("Emmanuel Macron lors de sa visite à Pékin", True),
    ("Vladimir Putin during talks with the Chinese leader", True),
    # a headline says what they did
    ("Morawiecki and his Czech counterpart sign an energy deal", False),
    ("Putin meets his Chinese counterpart Xi Jinping", False),
    ("Temer recebe presidente paraguaio durante visita", False),
    ("Protests during Putin's visit to Prague", False),
    # a sentence of the body is no label
    ("Vladimir Putin during talks with the Chinese leader said trade would grow.", False),
])
def test_a_photos_label_after_a_titled_name_is_told_from_a_headline(line, label):
    assert names_only(line) is label


EN_PAGE = ("Prime Minister Mateusz Morawiecki and his Czech counterpart\n\n"
           "Warsaw and Prague pledge closer rail links\n\n"
           "March 3, 2018\n\n"
           "Polish Prime Minister Mateusz Morawiecki held talks in Prague with Czech Prime Minister "
           "Andrej Babiš on Friday, and the two pledged closer rail links between Warsaw and Prague.\n\n"
           "The prime ministers also spoke about the budget of the European Union.\n")

PT_PAGE = ("Presidente Michel Temer durante encontro com o presidente do Paraguai, Horacio Cartes\n\n"
           "Temer e Cartes discutem ponte entre os dois países\n\n"
           "Foto: Agência Brasil\n\n"
           "O presidente Michel Temer recebeu nesta segunda-feira o presidente do Paraguai, Horacio "
           "Cartes, em Brasília. Os dois discutem a nova ponte entre os dois países sobre o rio Paraná.\n\n"
           "Segundo o Planalto, a obra deve começar no próximo ano.\n")


@pytest.mark.parametrize("text, title", [
    (EN_PAGE, "Warsaw and Prague pledge closer rail links"),
    (PT_PAGE, "Temer e Cartes discutem ponte entre os dois países"),
    # without the label over it, the same headline is the first line and the headline as before
    (EN_PAGE.split("\n\n", 1)[1], "Warsaw and Prague pledge closer rail links"),
])
def test_a_photos_label_over_the_headline_is_not_the_headline(text, title):
    assert _read(text).title == title


@pytest.mark.parametrize("lang, sentence, expected", [
    # a sea, an ocean or a peninsula named after a country is no mention of the country
    ("hi", "दोनों नेताओं ने दक्षिण चीन सागर और हिंद महासागर पर चर्चा की।", {}),
    ("zh", "两国领导人讨论了朝鲜半岛局势和南中国海问题。", {}),
    ("ja", "両首脳は朝鮮半島情勢とインド洋について協議した。", {}),
    ("ko", "양국 정상은 한반도와 남중국해 문제를 논의했다.", {}),
    ("ar", "ناقش الزعيمان الوضع في بحر الصين الجنوبي وشبه الجزيرة الكورية", {}),
    ("tr", "Liderler Güney Çin Denizi ve Kore Yarımadası konusunu ele aldı.", {}),
    ("pt", "Os líderes discutiram o Mar do Sul da China e a península coreana.", {}),
    # ... also where the country's adjective alone would be counted ("japanischen", "Японском")
    ("de", "Sie sprachen über die Lage im Japanischen Meer.", {}),
    ("ru", "Лидеры обсудили ситуацию в Японском море.", {}),
    # the countries themselves still count, and so do their adjectives
    ("zh", "中国和印度领导人会晤。", {"CN": 2, "IN": 2}),
    ("de", "Der japanische Premier traf den deutschen Kanzler.", {"JP": 2, "DE": 2}),
    ("ru", "Японский премьер встретился с президентом России.", {"JP": 2, "RU": 2}),
])
def test_a_sea_or_peninsula_named_after_a_country_is_not_the_country(lang, sentence, expected):
    assert dict(count_countries(sentence, lang)) == expected


# the earlier meeting of the same pair, dated: 26 June 2025 is a Thursday
EARLIER = ("Lula and Prabowo meet in Brasilia\n\n"
           "BRASILIA (Reuters) - President Luiz Inácio Lula da Silva and President Prabowo Subianto held talks "
           "at the Planalto Palace in Brasilia on June 26, 2025, on trade in coffee and nickel.\n")
# a later visit, told in Catalan with "this Saturday" and no year, naming the earlier meeting's day
LATER_SATURDAY = ("El president Prabowo Subianto ha arribat aquest dissabte a Rio de Janeiro, on l'esperava el "
                  "president Luiz Inácio Lula da Silva per dinar plegats.\n\n"
                  "Es tracta de la segona trobada entre els dos, després de la mantinguda el 26 de juny al "
                  "Palau del Planalto a Brasília, on Lula da Silva i Prabowo Subianto van parlar de cafè i "
                  "níquel.\n")


def test_a_leads_weekday_stays_beside_a_yearless_day_further_down():
    record = _read(LATER_SATURDAY, "ca.txt")
    assert (record.date.iso, record.date.month_day, record.date.weekday) == (None, "06-26", 5)
    # a lead that names two days ("Wednesday and Thursday") lends none to a day further down
    two_days = LATER_SATURDAY.replace("aquest dissabte", "dimecres i dijous")
    assert _read(two_days, "ca.txt").date.weekday is None
    # nor one the lead names after the day ("met on 8 February" … "the ministers meet on Wednesday")
    after = ("Presiden Prabowo Subianto menerima Presiden Luiz Inácio Lula da Silva di Jakarta pada 8 Februari.\n\n"
             "Kedua menteri luar negeri bertemu pada Rabu untuk membahas perdagangan kopi.\n")
    date = _read(after, "id.txt").date
    assert (date.month_day, date.weekday) == ("02-08", None)


def test_a_yearless_day_of_another_weekday_than_the_leads_is_not_joined_to_that_days_event(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", {"a-earlier.txt": EARLIER, "b-later.txt": LATER_SATURDAY,
                                             "c-same-day.txt": LATER_SATURDAY.replace("aquest dissabte",
                                                                                      "aquest dijous")})
    site = by_file(build_site(seeds, tmp_path / "out"))
    assert site["b-later.txt"]["event"] != site["a-earlier.txt"]["event"]
    assert site["b-later.txt"]["date"] is None
    # told on the earlier meeting's own weekday, the day is that meeting's, as before
    assert site["c-same-day.txt"]["event"] == site["a-earlier.txt"]["event"]


@pytest.mark.parametrize("lead, weekday", [
    # "will visit on Wednesday next": a plan, not the day of what the report tells
    ("يزور الرئيس الفرنسي تونس يوم الأربعاء المقبل تلبية لدعوة من الرئيس التونسي.", None),
    ("زار الرئيس الفرنسي تونس يوم الأربعاء تلبية لدعوة من الرئيس التونسي.", 2),
])
def test_an_arabic_weekday_to_come_is_not_the_reports_day(lead, weekday):
    text = "ماكرون في تونس\n\n" + lead + "\n\nوتناولت المحادثات التعاون الاقتصادي بين البلدين.\n"
    assert _read(text, "ar.txt").date.weekday == weekday


PT_MAGAZINE = ("Brasil\n\n"
               "Temer chega a Lisboa para encontro com Costa\n\n"
               "O presidente brasileiro desembarcou em Lisboa para uma visita de dois dias na qual terá três "
               "encontros com o primeiro-ministro António Costa\n\n"
               "\tMichel Temer (e) e António Costa\n (AFP)\n\n"
               "Michel Temer (e) e António Costa (AFP)\n\n"
               "Publicado em 12 de maio de 2017 às 21h10.\n\n"
               "Lisboa - O presidente do Brasil, Michel Temer, desembarcou nesta sexta-feira em Lisboa para uma "
               "visita de dois dias na qual terá três encontros com o primeiro-ministro António Costa e "
               "assinará acordos de cooperação.\n\n"
               "As conversas prosseguirão amanhã no Palácio de São Bento.\n")


@pytest.mark.parametrize("text, title", [
    # a caption with "(e)" (esquerda: on the left) and its credit "(AFP)" on the line under it, and a
    # standfirst the lead says again nearly word for word: the short line over it is the headline
    (PT_MAGAZINE, "Temer chega a Lisboa para encontro com Costa"),
    # the credit of a photographer and their employer's initials, in brackets
    (PT_MAGAZINE.replace("\tMichel Temer (e) e António Costa\n (AFP)",
                         "\tO presidente Michel Temer e o primeiro-ministro António Costa\n (Beto Barata/PR)"),
     "Temer chega a Lisboa para encontro com Costa"),
])
def test_a_captioned_photo_and_a_copied_standfirst_over_the_lead_are_not_the_headline(text, title):
    assert _read(text, "pt.txt").title == title


def test_the_pages_date_glued_before_the_leads_first_word_is_its_stamp():
    text = ("Primer ministro portugués llega a Chile\n"
            "13 de mayo de 2017El primer ministro de Portugal, António Costa, se reunió hoy (12.05.2017) con la "
            "presidenta chilena, Michelle Bachelet, en el Palacio de La Moneda.\n"
            "Los dos firmaron acuerdos de cooperación.\n")
    date = _read(text, "es.txt").date
    assert (date.iso, date.published) == ("2017-05-12", "2017-05-13")


@pytest.mark.parametrize("lead, days", [
    # "23日" in Japan time: where they met, west of Japan, it may have been the 22nd
    ("ハバナを訪れている安倍総理大臣は、日本時間の23日午前、ラウル・カストロ国家評議会議長と会談しました。", (22, 23)),
    ("ハバナを訪れている安倍総理大臣は、現地時間の22日午後、ラウル・カストロ国家評議会議長と会談しました。", (22, 22)),
    ("ハバナを訪れている安倍総理大臣は、23日午前、ラウル・カストロ国家評議会議長と会談しました。", (23, 23)),
])
def test_a_day_in_the_home_countrys_time_may_be_the_day_before_where_they_met(lead, days):
    text = "安倍総理 キューバ議長と会談\n\n" + lead + "\n\n両首脳は経済協力について意見を交わしました。\n"
    assert _read(text, "ja.txt").date.day_of_month == days


def test_a_text_copied_with_its_pages_markup_is_read_as_lines_never_as_markup():
    text = ("<h6><strong>El Diario.</strong> 29/11/2018</h6> <h4><strong>España y Portugal firman un acuerdo "
            "de agua</strong></h4> <p>La cumbre de <strong>Pedro Sánchez y António Costa</strong> terminó ayer "
            "en Valladolid con un acuerdo sobre los ríos compartidos &amp; la sequía.</p><p>Los dos gobiernos "
            "se verán de nuevo en primavera.</p>")
    record = _read(text, "es.txt")
    assert record.title == "España y Portugal firman un acuerdo de agua"
    assert (record.date.iso, record.date.published) == ("2018-11-28", "2018-11-29")
    body = " ".join(block.text for block in record.parsed.blocks)
    assert "<" not in body and "&amp;" not in body and "& la sequía" in body
    # a text that merely names a tag or two is left as it is
    plain = "Los navegadores leen <p> y <br> como marcas.\n\nNada más."
    assert "<p>" in " ".join(block.text for block in _read(plain, "es2.txt").parsed.blocks)


@pytest.mark.parametrize("text, who", [
    # a family name several listed people share names the one the text names in full, if only one
    ("Obama, Park Vow No Reward\nPresident Barack Obama and President Park Geun-hye met.", "park-geun-hye"),
    ("Park Meets Moon\nForeign Minister Park Jin met President Moon Jae-in.", "park-jin"),
    # none named in full, or both: the word alone names nobody
    ("Park Vows No Reward\nThe two presidents met in the park.", None),
    ("Park and Park\nPresident Park Geun-hye and Foreign Minister Park Jin. Park said no.", None),
])
def test_a_shared_family_name_alone_is_the_one_named_in_full(text, who):
    alone = [m for m in find_people(text) if text[m.start:m.end] == "Park"]
    assert {m.person for m in alone if m.start < text.index("\n")} == ({who} if who else set())


def test_the_sites_name_after_the_headline_is_cut_when_the_page_prints_it_alone():
    text = ("Maduro y Rohani acuerdan defender el precio del petróleo - 800Diario\n800Diario\nNacionales\n\n"
            "El presidente Nicolás Maduro se reunió este sábado en Teherán con su homólogo Hasan Rohani para "
            "defender el precio del petróleo.\n")
    assert _read(text, "es.txt").title == "Maduro y Rohani acuerdan defender el precio del petróleo"
    # a dash that is the headline's own stays
    own = text.replace("\n800Diario\n", "\n")
    assert _read(own, "es.txt").title == "Maduro y Rohani acuerdan defender el precio del petróleo - 800Diario"


@pytest.mark.parametrize("sentence, days", [
    # a weekday with its day of the month in brackets, and no month: both are kept
    ("Präsident Erdoğan hat am Dienstag (10.) in Bogotá seinen Amtskollegen Juan Manuel Santos getroffen.", (10, 10)),
    ("Präsident Erdoğan hat am Dienstag in Bogotá seinen Amtskollegen Juan Manuel Santos getroffen.", None),
])
def test_a_weekday_with_its_day_of_the_month_in_brackets_keeps_both(sentence, days):
    date = _read("Erdoğan in Kolumbien\n\n" + sentence + "\n", "de.txt").date
    assert (date.iso, date.weekday, date.day_of_month) == (None, 1, days)


@pytest.mark.parametrize("line, kind", [
    # two full sentences after the headline printed again are the lead, whose day dates the report
    ("16 мая президент Узбекистана Шавкат Мирзиёев посетил Белый дом впервые. "
     "Встреча с Дональдом Трампом продлилась около часа.", "p"),
    # one sentence there is the photo's caption, as before
    ("Президент Узбекистана Шавкат Мирзиёев и Дональд Трамп в Белом доме 16 мая.", "caption"),
])
def test_a_line_after_the_headline_printed_again_is_a_caption_unless_it_is_prose(line, kind):
    head = "Президенты США и Узбекистана встретились в Белом доме"
    text = f"{head}\n\n{head}\n\n{line}\n\nСтороны обсудили торговлю и безопасность в регионе.\n"
    record = _read(text, "ru.txt")
    assert [b.kind for b in record.parsed.blocks if b.text == line] == [kind]
    assert (record.date.month_day == "05-16") is (kind == "p")


@pytest.mark.parametrize("headline", ["日ケニア首脳会談", "日・ケニア首脳会談の概要"])
def test_a_label_of_a_few_characters_over_the_headline_is_not_the_headline(headline):
    # a foreign ministry's page: a label (the minister's title, a country's name), then the headline
    text = (f"安倍総理大臣\n{headline}\n\n"
            "7日午前、ナイロビを訪問中の安倍晋三内閣総理大臣は、ケニヤッタ大統領(President of the Republic of "
            "Kenya)との間で日ケニア首脳会談を行いました。その概要は以下のとおりです。\n")
    assert _read(text, "ja.txt").title == headline


def test_a_short_headline_in_the_latin_script_keeps_the_first_lines_due():
    text = ("Putin meets Xi\n\nA long standfirst about the meeting of the two leaders in Moscow and trade\n\n"
            "President Vladimir Putin met President Xi Jinping in Moscow on Tuesday to discuss trade.\n")
    assert _read(text, "en.txt").title == "Putin meets Xi"


@pytest.mark.parametrize("text, found", [
    # an Arabic surname alone, "and" glued before it, beside the full name elsewhere in the text
    ("ماكرون وعباس يبحثان بباريس\nاستقبل الرئيس الفرنسي ماكرون الرئيس الفلسطيني محمود عباس.", {"FR", "PS"}),
    # without the full name it names nobody; nor is another's first name the surname
    ("ماكرون وعباس يبحثان بباريس\nاستقبل الرئيس الفرنسي ماكرون ضيفه.", {"FR"}),
])
def test_an_arabic_surname_beside_the_full_name_names_the_person(text, found):
    head = text.split("\n")[0]
    assert {m.country for m in find_people(text) if m.end <= len(head)} == found


@pytest.mark.parametrize("credit, title", [
    # a correspondent's byline in capitals, their name again on the photo's credit: not the headline
    ("JANE DOE / STUFF", "Ardern et Macron parlent de commerce à Paris"),
    # a headline in capitals that names no one credited on the page stays the headline
    ("Photo: AFP", "Ardern et Macron parlent de commerce à Paris"),
])
def test_a_correspondents_byline_in_capitals_is_not_the_headline(credit, title):
    text = ("Nouvelles\n\nArdern et Macron parlent de commerce à Paris\n\nJANE DOE À PARIS\n\n"
            f"Dernière mise à jour 04:36, 17 avril 2018\n\n{credit}\n\n"
            "La Première ministre néo-zélandaise Jacinda Ardern a rencontré le président Emmanuel Macron à "
            "l'Elysée à Paris, où ils ont parlé de commerce et du climat.\n")
    assert _read(text, "fr.txt").title == title
    caps = text.replace("Ardern et Macron parlent de commerce à Paris\n", "JACINDA ARDERN À PARIS\n")
    assert _read(caps, "fr.txt").title == "JACINDA ARDERN À PARIS"


@pytest.mark.parametrize("control", ["Augmenter la taille du texte", "Schrift vergrößern", "Increase text size",
                                     "Aumentar o tamanho da fonte", "Увеличить шрифт"])
def test_the_readers_text_size_control_is_not_the_headline(control):
    # (the page's controls over the headline, which the page prints again over the lead)
    text = (f"{control}\nDiminuer la taille du texte\nPartager\n\n"
            "Le président français en visite d’Etat au Japon\n\nLes deux pays optent pour un partenariat\n\n\n"
            "Le président français en visite  d’Etat au Japon\n"
            "La France et le Japon ont inauguré vendredi un partenariat lors d’une visite d’Etat du président "
            "François Hollande au Japon, la première d’un président français depuis 1996.\n")
    assert _read(text, "fr.txt").title == "Le président français en visite d’Etat au Japon"


@pytest.mark.parametrize("text, people", [
    # a surname in capitals, as official texts write it
    ("Le Premier ministre Shinzo ABE a rencontré le Président François HOLLANDE.", {"JP", "FR"}),
    # a regnal number in capitals is no surname
    ("French President Emmanuel Macron met King Mohammed VI in Rabat.", {"FR", "MA"}),
])
def test_a_surname_in_capitals_is_the_persons(text, people):
    assert {m.country for m in find_people(text)} == people
