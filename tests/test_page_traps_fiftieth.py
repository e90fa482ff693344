"""Traps met in the fiftieth round's sets, in texts written for these tests: a photo's caption with its
day, printed again in a gallery's counter; an English headline's "to host … on Tuesday"; "is on
Thursday set to host"; a lead's "today" over a weekday further down; "nesta quinta-feira 24,"; a
leader-elect further down; an Indonesian page's "dikutip Senin (22/5/2023)"; a span of the visit's
days before the day it was announced; "April 25, Colombo (LNW):"; a photographer's credit and day
closing a caption; a headline in brackets run on into its lead; a lead restating the headline's
opening after an article; a Japanese site's "From here to text"; a Chinese weekday told as to come;
a photo passed on "via REUTERS"; a visit told as after an earlier one; a people's adjective declined."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kabar.linking import link_articles
from kabar.linking.name_keys import FOLD_CLEAN_RE
from kabar.linking.names import _run_keys
from kabar.understand.captions import is_caption
from kabar.understand.chrome import is_navigation
from kabar.understand.textutil import fold
from tests.records import record_of as _record
from tests.test_linking import article, groups


def test_a_captions_day_printed_again_in_a_gallery_is_no_stamp():
    """A photo's caption with its day ("21/10/2019 Chegada a Tóquio/Japão"), printed again under it
    with the gallery's counter and the credit ("1 de 1 … - Foto: …"), is the photo's: not the page's
    date (before, it was, and the lead's "desta quinta-feira (24/10/2019)" was read against it as
    the Thursday before: 17 October)."""
    record = _record(
        "metropoles.com\n\nPresidente chega a Pequim para fechar acordos\n\n"
        "O presidente participa de reuniões com o presidente da China\n\natualizado\n\nCompartilhar notícia\n\n"
        "Ana Souza/PR\n"
        "21/10/2019 Chegada a Tóquio/Japão\n"
        "1 de 1 21/10/2019 Chegada a Tóquio/Japão - Foto: Ana Souza/PR\n\n"
        "Após três dias no Japão, o presidente Jair Bolsonaro chega a Pequim no início da tarde desta "
        "quinta-feira (24/10/2019) para um encontro bilateral com o presidente da China, Xi Jinping.\n")
    assert record.date.iso == "2019-10-24"


@pytest.mark.parametrize("text, day", [
    # an English headline's "to" before the meeting's verb: the Tuesday after the page's day
    ("President Ramaphosa to host Chancellor Olaf Scholz in Pretoria on Tuesday\n\n19 May 2022 1:09 PM\n\n"
     "Listen to our correspondent's interview on the visit.\n\nIt is his first official visit to South Africa.\n",
     "2022-05-24"),
    # "set to" after the weekday: the Thursday after the page's day
    ("Ramaphosa to welcome Merkel on state visit\n\nPublished Feb 4, 2020\n\nJohannesburg - President Cyril "
     "Ramaphosa is on Thursday set to host German Chancellor Angela Merkel, who will be in South Africa for two "
     "days.\n", "2020-02-06"),
])
def test_a_weekday_told_as_to_come_is_the_next_one(text, day):
    """"… to host Scholz in Pretoria on Tuesday" in a headline, "is on Thursday set to host" in a
    lead: the weekday after the page's date (before, the one before it, a week early)."""
    assert _record(text).date.iso == day


def test_a_headlines_to_is_no_future_in_a_sentence():
    """"Arrived on Monday to hold talks" in a lead is past: the Monday before the page's day."""
    record = _record("Ramaphosa in Berlin\n\nPublished May 19, 2022 (Thursday)\n\nPresident Cyril Ramaphosa "
                     "arrived in Berlin on Monday to hold talks with Chancellor Olaf Scholz.\n")
    assert record.date.iso == "2022-05-16"


def test_a_weekday_further_down_is_not_the_day_a_lead_tells_as_today():
    """A lead that tells of its visit as today ("inicia hoje uma visita") and no page date; further
    down, "Na quinta-feira, o ministro referiu …": another day's words, not the visit's weekday
    (before, it was kept, and the report joined its event on a Thursday a day early)."""
    text = ("Chanceler alemã visita Angola\n\nA chanceler alemã, Angela Merkel, inicia hoje uma visita a Angola, "
            "onde irá encontrar-se com o Presidente angolano, João Lourenço, e participar no fórum económico "
            "dos dois países.\n\nÀ tarde, os dois chefes de Estado vão presidir à abertura do fórum, onde serão "
            "assinados instrumentos jurídicos de cooperação nas áreas da energia, da agricultura e da formação.\n\n"
            "Trata-se da segunda visita da chanceler ao país, depois de uma primeira deslocação há vários anos.\n\n"
            "Na quinta-feira, o ministro das Relações Exteriores angolano referiu que a Alemanha é um parceiro.\n")
    record = _record(text)
    assert record.date.weekday is None and record.date.iso is None
    # (without the lead's "today", the weekday further down is kept, as before)
    assert _record(text.replace("inicia hoje uma visita", "inicia uma visita")).date.weekday == 3


@pytest.mark.parametrize("words, dom", [
    ("nesta quinta-feira 24, Jair Bolsonaro disse", (24, 24)),
    ("nesta quinta-feira (24), Jair Bolsonaro disse", (24, 24)),
    ("nesta quinta-feira 10 ministros disseram", None),
])
def test_a_portuguese_weekday_and_its_day_without_brackets(words, dom):
    """"Nesta quinta-feira 24," is Thursday the 24th: the event it joins falls on both (before, only
    the weekday was kept); "quinta-feira 10 ministros" is a count."""
    record = _record(f"Bolsonaro em Pequim\n\nPouco após desembarcar em Pequim, {words} que o presidente da China, "
                     "Xi Jinping, o receberia.\n")
    assert record.date.weekday == 3
    assert record.date.day_of_month == dom


def test_a_leader_elect_further_down_dates_no_visit():
    """"Quando já era presidente eleito, no final de 2018, anunciou …" further down is history: the
    dateline's "27 out" with "neste domingo" is no day of the months before he took office (before,
    27 October 2018 was taken, a year early)."""
    record = _record(
        "Brasil e Emirados assinam acordos\n\nAbu Dhabi, 27 out (EFE).- Brasil e Emirados Árabes Unidos assinaram "
        "neste domingo dois acordos durante a visita do presidente Jair Bolsonaro a Abu Dhabi, em áreas como defesa, economia e "
        "inteligência artificial.\n\nPela manhã, o presidente falou num fórum de negócios a investidores "
        "estrangeiros sobre as reformas do governo e as concessões de infraestrutura previstas.\n\n"
        "Os compromissos abrangem também meio ambiente, comércio, energia e segurança.\n\nA visita pode servir para aparar arestas depois que, no final de "
        "2018, quando já era presidente eleito, Bolsonaro anunciou a intenção de transferir a embaixada.\n")
    assert record.date.iso != "2018-10-28"
    assert record.date.month_day == "10-27"


def test_an_indonesian_pages_day_of_citing_is_its_own():
    """"… ujarnya kepada Jokowi dikutip Senin (22/5/2023)": the day the page quoted him, written
    before the visit of 23 to 24 May its lead announces (before, it was taken for the event's)."""
    record = _record(
        "Raisi ke Indonesia\n\nJAKARTA - Presiden Iran Ebrahim Raisi akan berkunjung ke Indonesia dan bertemu "
        "Presiden Joko Widodo pada 23 hingga 24 Mei 2023.\n\nRaisi dijadwalkan meletakkan karangan bunga di "
        "Kalibata.\n\n\u201cKami mendukung rakyat Palestina,\u201d ujarnya kepada Jokowi dikutip Senin "
        "(22/5/2023).\n")
    assert record.date.iso is None
    assert record.date.around == ("2023-05-23", "2023-05-24")
    assert record.date.published == "2023-05-22"


def test_a_span_of_days_before_the_day_it_was_announced():
    """"… stattet am 23. und 24. Mai 2023 Indonesien einen Besuch ab … Laut Pressemitteilung … am
    Montag, den 22. Mai": the visit's days, not the day the embassy announced them (before, a day
    with its weekday came first, and the report was dated the 22nd)."""
    record = _record(
        "Raisi in Indonesien\n\nDer iranische Präsident Ebrahim Raisi stattet am 23. und 24. Mai 2023 Indonesien "
        "einen offiziellen Besuch ab. Der Besuch folgt einer Einladung von Präsident Joko Widodo. Laut "
        "Pressemitteilung der iranischen Botschaft in Jakarta am Montag, den 22. Mai unterhalten beide Länder "
        "seit 1950 Beziehungen.\n")
    assert record.date.iso is None
    assert record.date.around == ("2023-05-23", "2023-05-24")


def test_a_dateline_that_writes_its_day_before_its_place():
    """"April 25, Colombo (LNW): … yesterday": the day of writing, the meeting the day before
    (before, the dateline was not read as one and the 25th was taken)."""
    record = _record(
        "Iranian President pledges support\n\nApril 25, Colombo (LNW): The Iranian President Ebrahim Raisi "
        "yesterday renewed his support to Sri Lanka after talks with President Ranil Wickremesinghe.\n")
    assert record.date.month_day == "04-24"


@pytest.mark.parametrize("line, caption", [
    ("É a quarta agenda entre Lula e Modi desde 2023 Ana Souza/PR - 6.7.2025", True),
    ("Joko Widodo berjabat tangan dengan Vladimir Putin di Moskow, 30 Juni 2022. Sputnik/Ivan Petrov/Pool "
     "via REUTERS", True),
    ("Lula recebe Modi em Brasília - 8.7.2025", False),
])
def test_a_photographers_credit_closing_a_caption(line, caption):
    """A photographer and their employer, then the photo's day ("Ana Souza/PR - 6.7.2025"), or an
    agency's pool passed on "via REUTERS", close a photo's caption: never the headline nor the lead."""
    assert is_caption(line) is caption


def test_a_caption_over_the_lead_with_its_credit_and_day():
    """The caption with its photographer's day is no headline, and its day (the summit's, two days
    before) not the report's (before, it was both)."""
    record = _record(
        "É a quarta agenda entre Lula e Modi desde 2023 Ana Souza/PR - 6.7.2025\n\n"
        "O presidente Luiz Inácio Lula da Silva recebe nesta terça-feira (8) o primeiro-ministro da Índia, "
        "Narendra Modi, no Palácio da Alvorada, em Brasília, para uma visita de Estado.\n")
    assert "6.7.2025" not in record.title
    assert record.date.iso != "2025-07-06"


def test_a_headline_in_brackets_run_on_into_its_lead():
    """"[ 首相、大統領と会談 ] 首相は12日午後…": the words in brackets are the headline."""
    record = _record("[ 安倍首相、イラン大統領と会談 ] 安倍晋三首相は12日午後、イランの首都テヘランに到着し、"
                     "ロウハニ大統領と会談した。両首脳は中東情勢について意見を交わした。\n")
    assert record.title == "安倍首相、イラン大統領と会談"


@pytest.mark.parametrize("line", ["【11月18日 AFP】ロウハニ大統領は安倍首相と会談した。両首脳は中東情勢について話した。"])
def test_an_agencys_dateline_in_brackets_is_no_headline(line):
    """"【11月18日 AFP】" before the lead is the agency's dateline, not a headline."""
    assert not _record(line + "\n").title.startswith("11月18日")


def test_a_lead_restating_the_headlines_opening_after_an_article():
    """"Chanceler alemã visita hoje Angola … A chanceler alemã, Angela Merkel, inicia hoje …" on one
    line: the headline, then the lead (before, the line was cut into a derived title)."""
    record = _record("Chanceler alemã visita hoje Angola de olhos postos na cooperação A chanceler alemã, Angela "
                     "Merkel, inicia hoje uma visita a Angola, onde irá encontrar-se com o Presidente angolano, "
                     "João Lourenço, e assinar acordos.\n\nÀ tarde, os dois presidem ao fórum económico.\n")
    assert record.title == "Chanceler alemã visita hoje Angola de olhos postos na cooperação"
    assert not record.title_derived


@pytest.mark.parametrize("line", ["From here to text", "Link to move in page", "Global navigation end"])
def test_a_japanese_sites_skip_links_in_english(line):
    """"From here to text" (ここから本文) and the navigation marks over it are the site's, never a headline."""
    assert is_navigation(line)
    record = _record(f"Global navigation\n{line}\n\nJapan-Iran Summit Meeting\n\nJune 12, 2019\n\n"
                     "Japan-Iran Summit Meeting\n\nPrime Minister Abe met Iranian President Hassan Rouhani in "
                     "Tehran.\n")
    assert record.title == "Japan-Iran Summit Meeting"


@pytest.mark.parametrize("headline, day", [
    ("中国总理李强周六将来澳进行四天访问", "2024-06-15"),  # ("will come on Saturday": the coming one)
    ("中国总理李强周六抵达澳洲开始访问", "2024-06-08"),  # (arrived on Saturday: the one before)
])
def test_a_chinese_weekday_told_as_to_come(headline, day):
    """"周六将来澳" (will come on Saturday) on a page of Thursday 13 June: the 15th (before, the
    Saturday before the page's day)."""
    assert _record(f"{headline}\n\n2024年6月13日 | 编辑: |\n\n澳大利亚总理阿尔巴尼斯欢迎李强总理。\n").date.iso == day


A_JULY = ("Lavrov reçu par Sassou N'Guesso à Oyo\n\nLe ministre russe des Affaires étrangères, Sergueï Lavrov, a été "
          "reçu le 25 juillet 2022 à Oyo par le président Denis Sassou N'Guesso. Les deux hommes ont parlé de la "
          "coopération.\n")
B_JULY = ("Lavrov meets Sassou Nguesso in Oyo\n\nRussian Foreign Minister Sergei Lavrov met President Denis Sassou "
          "Nguesso in Oyo on July 25, 2022. They discussed education and cooperation.\n")
LATER = ("Sergueï Lavrov à Oyo\n\nLe ministre russe des Affaires étrangères, Sergueï Lavrov, a été accueilli à "
         "l'aéroport d'Ollombo, près d'Oyo. Il sera reçu en audience par le président Denis Sassou N'Guesso.\n\n"
         "Cette visite est la deuxième de Sergueï Lavrov à Oyo, après celle de juillet 2022.\n")


def test_a_report_without_a_day_tells_what_it_comes_after():
    """"La deuxième visite … après celle de juillet 2022": the event is on 1 August 2022 or later; a
    month written without telling it as before ("en juillet 2022", maybe a plan) bounds nothing."""
    assert _record(LATER).date.after == "2022-08-01"
    assert _record(LATER.replace("après celle de juillet 2022", "depuis 2021")).date.after == "2022-01-01"
    assert _record(LATER.replace("après celle de juillet 2022", "depuis le 25 juillet 2022")).date.after == "2022-07-26"
    assert _record(LATER.replace("après celle de juillet 2022", "en juillet 2022")).date.after is None
    # ("from 2025", "à partir de 2025": a start, maybe to come)
    assert _record(LATER.replace("après celle de juillet 2022", "à partir de 2025")).date.after is None
    assert _record(LATER.replace(", après celle de juillet 2022", "")).date.after is None


def test_a_report_joins_no_event_before_what_it_comes_after():
    """The second visit to Oyo, without a day, does not join the first one's reports, which name the
    same two men in the same town (before, it did: the two visits were one event)."""
    dated = [article("a", A_JULY, "2022-07-25", ("CG", "RU"), "fr"), article("b", B_JULY, "2022-07-25", ("CG", "RU"))]
    later = article("c", LATER, None, ("CG", "RU"), "fr")
    assert groups(link_articles([*dated, later])) == {("a", "b", "c")}  # (what it would join)
    assert groups(link_articles([*dated, replace(later, not_before="2022-08-01")])) == {("a", "b"), ("c",)}


@pytest.mark.parametrize("words, kept", [
    (["Української"], False),  # (Ukrainian, genitive)
    (["Південно-Африканської", "Республіки"], False),  # (of the Republic of South Africa)
    (["Francesco", "Rossi"], True),
    (["Francesco"], True),
])
def test_a_peoples_adjective_declined_is_no_name(words, kept):
    """"Української", "Південно-Африканської Республіки": a people's adjective, and a country's
    name whose two words are declined, are no one's name; two reports sharing them share no one
    (before, they counted as names both reports give, and an undated report of one meeting joined
    another of the same two leaders)."""
    parts = [FOLD_CLEAN_RE.sub("", fold(part)) for word in words for part in word.split("-")]
    assert bool(_run_keys(parts)) is kept


TOUR_STOP = ("李强抵达惠灵顿开始对新西兰进行正式访问\n\n新华社惠灵顿6月13日电 应新西兰总理拉克森、澳大利亚总理阿尔巴尼斯和马来西亚总理"
             "安瓦尔邀请,国务院总理李强6月12日下午乘包机离开北京,对新西兰、澳大利亚和马来西亚进行正式访问。\n\n"
             "李强表示,中方愿同澳大利亚总理阿尔巴尼斯一道推动中澳关系。阿尔巴尼斯将在堪培拉欢迎李强。澳大利亚各界期待访问。\n")


def test_a_tours_stop_is_the_pair_its_headline_names():
    """A lead naming the three hosts of a tour ("应新西兰总理拉克森、澳大利亚总理阿尔巴尼斯和马来西亚总理安瓦尔邀请"), the
    body speaking more of the next stop: the headline's two, China and New Zealand (before, China and
    Australia, and the report joined the Australian stop's reports two days later)."""
    assert _record(TOUR_STOP).countries.codes == ("CN", "NZ")
