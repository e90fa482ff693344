"""Traps of real pages met in the seventeenth session's sets, in texts written for these tests: a
day weeks after the page's own date in the lead (a summit to come) taken for the event's day,
when the lead also tells the weekday the two leaders met."""
from __future__ import annotations

import pytest

from kabar.understand.pipeline import understand


def _read(text: str, name: str = "page.txt"):
    return understand(text.encode(), name).record


LEAD = ("Prime Minister Aiko Tanabe and her Canadian counterpart Marc Leblanc in Ottawa {when} agreed to work "
        "closely to make the trade summit on July 14 a success.")


@pytest.mark.parametrize("when, expected", [
    # the page's own date is Thursday 5 June 2025: "on Wednesday" is the 4th; July 14 is a summit to come
    ("on Wednesday", "2025-06-04"),
    # no weekday: nothing tells the report's own day but the day to come, which dates nothing
    ("this week", None),
])
def test_a_day_weeks_after_the_pages_date_is_an_event_to_come(when, expected):
    text = ("Tanabe, Leblanc pledge to work closely before trade summit\n\n  • By Ken Mori\n\n"
            "    June 5, 2025 08:40\n\n"
            f"{LEAD.format(when=when)}\n\n"
            "The two leaders also discussed energy and fisheries, officials said.\n")
    record = _read(text)
    assert record.date.iso == expected


def test_a_listed_surname_written_as_another_persons_first_name_is_not_that_leader():
    """"Petro" is a listed Colombian president's surname and a Ukrainian first name: after a title
    and before another capitalised name, it is the first name of the person the title introduces,
    and the report is about Turkey and Ukraine."""
    from kabar.understand.actors import find_people

    sentence = ("Cumhurbaşkanı Recep Tayyip Erdoğan ile Ukrayna Cumhurbaşkanı Petro Poroşenko Ankara’da bir araya "
                "geldi ve ticaret anlaşması imzaladı.")
    # (and "Poroşenko", Turkish for "Poroshenko", is the Ukrainian president: see the eighteenth traps)
    assert [m.person for m in find_people(sentence)] == ["recep-tayyip-erdogan", "petro-poroshenko"]
    record = _read("Erdoğan ve Poroşenko Ankara’da görüştü\n\n" + sentence + "\n\nİki ülke Ukrayna ve Türkiye arasındaki "
                   "ticareti artırmayı hedefliyor.\n", "tr.txt")
    assert record.countries.codes == ("TR", "UA")
    # (a leader's own name after his title, before a day or his given name, is still his)
    assert [m.person for m in find_people("Başbakan Abe Shinzo ile Rusya Devlet Başkanı Putin Salı günü görüştü.")] \
        == ["shinzo-abe", "vladimir-putin"]


@pytest.mark.parametrize("text, lang, pair", [
    # Czech: the adjectives in their cases ("čínského prezidenta"), Xi in Czech transcription, Prague
    ("Si Ťin-pching v Praze\n\nČínský prezident Si Ťin-pching přiletěl v pondělí do Prahy, kde ho přivítal český "
     "ministr zahraničí. Setkání čínského prezidenta s českým prezidentem se konalo na zámku.", "cs", ("CN", "CZ")),
    # Serbian (Latin script): "u Beču" (Vienna, locative), "predsednikom Austrije", "austrijskim"
    ("Ruski predsednik stigao u Beč\n\nRuski predsednik stigao je u posetu Beču, gde će razgovarati sa predsednikom "
     "Austrije i sa austrijskim privrednicima o gasu.", "sr", ("AT", "RU")),
    # Persian: a visit to Tehran (تهران) names Iran by its capital
    ("سفر رئیس جمهور روسیه به تهران\n\nرئیس جمهور روسیه برای دیدار با همتای خود وارد تهران شد و در تهران "
     "درباره انرژی گفتگو کرد.", "fa", ("IR", "RU")),
])
def test_adjectives_and_capitals_in_more_languages_name_their_countries(text, lang, pair):
    from kabar.understand.countries import extract_countries

    title, body = text.split("\n\n", 1)
    assert extract_countries(body, lang, title=title).codes == pair


def test_a_wire_dateline_before_the_headline_is_neither_headline_nor_lead():
    """"La Havane (AFP). <headline>": the place and the agency are not the headline's, and the
    headline printed again with them is not the lead the meeting's venue is read from."""
    headline = "Cuba: Dupont a rencontré le président cubain lors d'une visite historique"
    text = ("En ce moment\n\n"
            f"La Havane (AFP). {headline}\n\n...\n\n"
            f"La Havane (AFP). {headline}\n"
            "Le président français Jean Dupont a été reçu lundi à La Havane par le président cubain, une première "
            "depuis la révolution.\n"
            "Les deux présidents ont parlé de commerce et de la dette.\n")
    record = _read(text, "fr.txt")
    assert record.title == headline
    assert record.venue == ("CU",)  # ("à La Havane", the French name of Havana)


@pytest.mark.parametrize("line, never", [
    ("شناسهٔ خبر: 9369825 - سرویس سیاسی", True),  # a news id and the desk
    ("Kode Berita: 7230811 - Politik", True),
    ("Kabar Arsip 2018 - 123456 pembaca", True),
    ("Leaders agree $2,400,000 aid package at talks in Hanoi", False),  # (digits with separators: a figure)
    ("Putin and Xi meet in Beijing on 8 June 2018", False),
])
def test_a_line_with_a_record_number_is_never_the_headline(line, never):
    from kabar.understand.headline import never_headline

    assert never_headline(line) is never


def test_a_caption_printed_again_with_its_credit_is_not_the_headline():
    caption = "President Jane Roe at a press conference with Prime Minister John Doe of Norway."
    text = ("Roe hails $2bn frigate sale to Norway\n\nThis article is more than 2 years old\n\n"
            "President says the deal will create jobs as she praises Norway during a visit to the White House\n\n"
            f"{caption}\n{caption} Photograph: UPI / Example Images\n\n"
            "President Jane Roe praised Norway's navy at the White House on Tuesday, in a meeting with Prime Minister "
            "John Doe that covered trade and defence.\n")
    record = _read(text)
    assert record.title == "Roe hails $2bn frigate sale to Norway"
    assert caption + " Photograph: UPI / Example Images" in record.parsed.captions


def test_a_korean_range_of_days_with_the_tilde_operator_starts_on_its_first_day():
    """"6∼7일" (written with U+223C, not "~"): a two-day visit from the 6th; the 7th alone is not
    the report's day."""
    text = ("대통령, 오늘 몽골 방문…대통령과 정상회담\n2017-09-06 07:28\n"
            "대통령은 6∼7일 몽골 울란바토르에서 열리는 포럼 참석차 1박 2일 일정으로 몽골을 방문한다.\n"
            "대통령은 이날 오전 서울공항을 출발해 도착하자마자 몽골 대통령과 단독 정상회담을 한다.\n")
    assert _read(text, "ko.txt").date.iso == "2017-09-06"


@pytest.mark.parametrize("sentence, people", [
    # a surname alone after the title of an office its bearer held: Swahili "Rais", Kinyarwanda "Perezida"
    ("Rais Magufuli amekutana na Rais Kagame mjini Kigali leo.", ["john-magufuli", "paul-kagame"]),
    ("Perezida Kagame na Perezida Magufuli bashimangiye ubucuti bw'ibihugu byombi.", ["paul-kagame", "john-magufuli"]),
    # ... not the title of an office they never held, nor another country's, nor another man's first name
    ("President Johnson received the visitors at the ranch.", []),
    ("The German Foreign Minister Wagner arrived in Warsaw for talks.", []),
    ("Talks in Hanoi\nThe Cambodian Prime Minister Manet Kao and the Vietnamese Prime Minister Tran Van An.", []),
])
def test_a_surname_alone_after_a_title(sentence, people):
    from kabar.understand.actors import find_people

    assert [m.person for m in find_people(sentence)] == people


def test_a_pages_date_outside_the_leaders_time_in_office_dates_nothing():
    """A crawl date over the text ("6 June 2024") when the two prime ministers its lead names were
    no longer in office together (Mahathir left in 2020): "on Wednesday" is not read against it;
    the report keeps only its weekday."""
    text = ("6 June 2024\n\n"
            "Malaysian Prime Minister Mahathir Mohamad promised on Wednesday to help bring peace to the southern "
            "border region during talks with Thai Prime Minister Prayut Chan-o-cha in Bangkok.\n\n"
            "He spoke at a joint press conference in Bangkok with his Thai counterpart.\n")
    record = _read(text, "en.txt")
    assert record.date.iso is None
    assert record.date.weekday == 2


def test_the_day_a_leader_took_office_is_not_the_events_day():
    """"… sejak beliau menerajui … sebagai Perdana Menteri pada 10 Mei": Mahathir's first day in
    office (10 May 2018) is told of him, not the day of the visit the report announces."""
    text = ("Dr Mahathir akan lawat Thailand\n\n"
            "Perdana Menteri Tun Dr Mahathir Mohamad akan melakukan lawatan rasmi dua hari ke Thailand, lawatan "
            "pertama sejak beliau menerajui semula negara sebagai Perdana Menteri pada 10 Mei.\n\n"
            "Beliau akan mengadakan pertemuan dengan rakan sejawatannya di Bangkok.\n")
    record = _read(text, "ms.txt")
    assert record.date.month_day != "05-10" and record.date.iso is None


def test_a_reposted_reports_original_headline_marker_is_not_its_headline():
    text = ("原标题:习近平同乌兹别克斯坦总统举行会谈 两国元首同意推动中乌关系发展\n\n"
            "新华社北京5月12日电 国家主席习近平12日在人民大会堂同乌兹别克斯坦总统举行会谈。两国元首同意推动中乌关系发展。\n")
    assert _read(text, "zh.txt").title == "习近平同乌兹别克斯坦总统举行会谈 两国元首同意推动中乌关系发展"


@pytest.mark.parametrize("button", ["印刷", "Drucken", "Imprimir"])
def test_a_print_button_glued_after_the_headline_is_not_the_headlines(button):
    text = (f"日露首脳会談、領土交渉を加速 経済で協力推進 {button}\n2013年 4月 30日(火曜日) 00:00\n\n"
            "ロシアを公式訪問中の首相は29日、大統領とクレムリンで会談した。両首脳は、交渉を加速化することで合意した。\n")
    assert _read(text, "ja.txt").title == "日露首脳会談、領土交渉を加速 経済で協力推進"
