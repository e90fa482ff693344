"""Traps of real pages met in the sixteenth session's set, in texts written for these tests: a
photo's credit taken for the headline ("Фото Twitter / …", a caption over "(Name/Getty Images)"),
a standfirst scoring a little above the short headline over it, the page's date and time glued
before the headline with nothing between, a Ukrainian month cut to three letters in the page's
stamp, a day "as reported" earlier taken for the event's, and the day of a visit to come in a
Portuguese headline taken for the event's day."""
from __future__ import annotations

import pytest

from kabar.understand.pipeline import understand


def _read(text: str, name: str = "page.txt"):
    return understand(text.encode(), name).record


@pytest.mark.parametrize("credit", [
    "Фото Twitter / Михайло Іваненко, речник міністерства закордонних справ",
    "Photo Facebook / Office of the President of Moldova",
])
def test_a_photos_credit_after_a_slash_is_never_the_headline(credit):
    text = ("Новини\n\nМіністри Польщі та Литви провели переговори у Вільнюсі\n\n13 кві 2016, 10:05\n\n"
            "Міністри закордонних справ Польщі та Литви провели переговори у Вільнюсі, повідомив речник "
            "міністерства Михайло Іваненко.\n\n"
            f"{credit}\n\n"
            "Сторони обговорили енергетичну безпеку та співпрацю в регіоні, повідомив Михайло Іваненко.\n")
    record = _read(text)
    assert record.title == "Міністри Польщі та Литви провели переговори у Вільнюсі"
    assert record.date.iso == "2016-04-13"  # (the stamp's month cut to three letters: "кві")


@pytest.mark.parametrize("credit_line", ["(Anna Rossi/Getty Images)", "(MARCO BIANCHI/AFP/Getty Images)"])
def test_a_caption_over_a_photographers_credit_is_not_the_headline(credit_line):
    caption = ("Il presidente del Consiglio Mario Verdi e il presidente francese Jean Dupont all'Eliseo, "
               "Parigi, 14 marzo 2016")
    text = ("• Mondo\n  • Martedì 15 marzo 2016\n\nVerdi e Dupont all'Eliseo\n\n"
            "Foto del loro incontro a Parigi\n\n"
            f"{caption}\n{credit_line}\n{caption} {credit_line}\n\n"
            "Il presidente del Consiglio Mario Verdi e il presidente francese Jean Dupont si sono incontrati ieri, "
            "lunedì 14 marzo, all'Eliseo a Parigi per parlare di migranti e di economia.\n")
    record = _read(text)
    assert record.title == "Verdi e Dupont all'Eliseo"
    assert record.date.iso == "2016-03-14"


def test_a_short_headline_over_its_longer_standfirst_is_the_headline():
    text = ("• Mondo\n  • Mercoledì 9 novembre 2016\n\n"
            "Le foto di Mario Verdi e Jean Dupont a Parigi\n\n"
            "Il presidente del Consiglio e la moglie Laura sono stati accolti all'Eliseo per la cena di Stato "
            "offerta dal presidente francese\n\n"
            "Mercoledì 9 novembre il presidente del Consiglio Mario Verdi e la moglie Laura sono stati accolti "
            "da Jean Dupont all'Eliseo a Parigi per la cena di Stato del presidente francese, con la banda "
            "e il picchetto d'onore.\n")
    assert _read(text).title == "Le foto di Mario Verdi e Jean Dupont a Parigi"


def test_a_date_and_time_glued_before_the_headline_are_the_pages_stamp():
    text = ("Thế giới\n14/03/2016 09:15Chủ tịch nước tiếp Tổng thống Chile tại Phủ Chủ tịch\n"
            "Chủ tịch nước Nguyễn Văn An và Tổng thống Chile Pedro Soto hội đàm tại Phủ Chủ tịch sáng 14/3. "
            "Hai bên nhất trí thúc đẩy thương mại và đầu tư.\n")
    record = _read(text)
    assert record.title == "Chủ tịch nước tiếp Tổng thống Chile tại Phủ Chủ tịch"
    assert record.date.iso == "2016-03-14"


@pytest.mark.parametrize("lang, text", [
    ("uk", "Президенти України та Польщі зустрілися у Києві\n\n23 сер 2014, 13:21\n\n"
           "Зустріч президентів України та Польщі розпочалась у Києві.\n\n"
           "Як повідомлялося, учора, 22 серпня, в адміністрації заявили, що президенти обговорять безпеку.\n"),
    ("en", "Presidents of Ukraine and Poland meet in Kyiv\n\nAugust 23, 2014 13:21\n\n"
           "The meeting of the presidents of Ukraine and Poland began in Kyiv.\n\n"
           "As previously reported, on August 22 officials said that the presidents would discuss security.\n"),
])
def test_a_day_as_reported_earlier_is_not_the_events(lang, text):
    record = _read(text)
    assert record.date.iso == "2014-08-23"  # the page's day, not the day of the announcement


def test_the_day_of_a_visit_to_come_is_not_the_events_day():
    text = ("'Estou feliz que o presidente Silva poderá ir a Lisboa em 30 de junho', diz primeiro-ministro\n\n"
            "CIDADE DO PANAMÁ - Ao lado do presidente Silva, o primeiro-ministro de Portugal anunciou, na tarde "
            "deste sábado, que o presidente do Brasil visitará Lisboa em 30 de junho. O anúncio foi feito antes "
            "da reunião bilateral que os dois tiveram na cúpula.\n")
    record = _read(text)
    assert record.date.month_day != "06-30" and record.date.iso is None


@pytest.mark.parametrize("text, people", [
    # names the leaders' list spells in the Latin script only, written in Arabic and in Persian
    ("استقبل الرئيس الأوكراني بيوتر بوروشينكو المستشارة الألمانية أنجيلا ميركل في كييف",
     {"petro-poroshenko", "angela-merkel"}),
    ("والتقى وفلاديمير بوتين بالرئيس إيمانويل ماكرون", {"vladimir-putin", "emmanuel-macron"}),
    ("دیدار پترو پوروشنکو و آنگلا مرکل در کی‌یف", {"petro-poroshenko", "angela-merkel"}),
    # without vowels a short first name is too often another's: Mian Muhammad is not Amina Mohamed
    ("وزیر اعظم میاں محمد نواز شریف نے ایران کا دورہ کیا", {"nawaz-sharif"}),
])
def test_leaders_named_in_the_arabic_script_by_their_consonants(text, people):
    from kabar.understand.actors import find_people

    assert {m.person for m in find_people(text)} == people


def test_a_photo_desks_credit_closes_a_caption_above_the_headline():
    """A Korean page opens with the photo's caption, its date and the photo desk's credit in angle
    brackets; the headline follows, then a subtitle laid out twice: the headline is the headline,
    and the caption's full date gives the lead's day its month and year."""
    text = ("문재인 대통령이 14일 오후 하노이 주석궁에서 열린 공식환영식에서 응우옌 푸 쫑 주석과 손을 흔들어 인사하고 "
            "있다. .2018.3.14.<청와대사진기자단>\n"
            "한-베트남 정상 ‘미래지향 공동성명’ 채택\n"
            "교역 확대하고 인적 교류 늘리기로\n"
            "교역 확대하고 인적 교류 늘리기로\n"
            "문재인 대통령과 응우옌 푸 쫑 베트남 국가주석이 14일 오후 하노이 주석궁에서 한-베트남 정상회담을 열고 "
            "교역 확대와 인적 교류를 담은 미래지향 공동성명을 채택했다.\n")
    record = _read(text)
    assert record.title == "한-베트남 정상 ‘미래지향 공동성명’ 채택"
    assert record.date.iso == "2018-03-14"
