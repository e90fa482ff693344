"""Traps met in the forty-ninth round's sets, in texts written for these tests: a press review's date
joined to its story by an underscore; a day written with an ordinal mark ("1°", "1º"); an earlier
summit's day further down a report set elsewhere; a dateline's day whose year the leaders' time in
office gives, with the visit's weekday to come in the lead; a day "dernier" (last) further down; a
theme's "You are currently viewing" before the headline; a caption closed by a dash and its credit,
printed twice; an Arabic byline ("كتب …"); a Korean agency's photo stamp closing an archive photo's
caption; names of leaders as Korean and Arabic write them."""
from __future__ import annotations

import pytest

from dataclasses import replace

from kabar.linking import link_articles
from kabar.understand.actors import find_people
from kabar.understand.captions import is_caption
from kabar.understand.chrome import is_stamp
from kabar.understand.headline import never_headline
from tests.records import record_of as _record
from tests.test_linking import article, groups


@pytest.mark.parametrize("opening", [
    "March 14, 2023_ President Lula undertook an official visit to Mozambique, where President Filipe Nyusi",
    "14 Marzo 2023_ Il Presidente Lula ha intrapreso una visita ufficiale in Mozambico, dove il Presidente Filipe Nyusi",
])
def test_a_press_reviews_date_joined_by_an_underscore_is_the_pages(opening):
    """A press review runs its date and its story together with an underscore: that is the day the
    review was written (a day or two after the talks it sums up), not the talks' day (before, it was
    taken for the lead's date: two reports of one state visit dated a day late)."""
    record = _record(opening + " welcomed him with state honours. The two leaders discussed trade.\n")
    assert record.date.iso is None
    assert record.date.published == "2023-03-14"
    assert not record.title.startswith(opening[:10])


@pytest.mark.parametrize("text, day", [
    ("Visita di Stato ad Hanoi\n\nLa mattina del 1° marzo 2024 il Presidente Luong Cuong ha tenuto colloqui "
     "con il Presidente cileno Gabriel Boric.\n", "2024-03-01"),
    ("Visita de Estado a Hanói\n\nEl 1º de marzo de 2024 el presidente Luong Cuong se reunió con el presidente "
     "chileno Gabriel Boric.\n", "2024-03-01"),
    # a span of the visit's days, the talks' day within it written with its ordinal mark, and a
    # national day within it later on: the talks' day
    ("Boric in visita di Stato in Vietnam\n\nIl Presidente cileno Gabriel Boric ha guidato una delegazione in "
     "visita di Stato in Vietnam dal 28 febbraio al 2 marzo 2024.\nLa mattina del 1° marzo il Presidente "
     "Luong Cuong ha tenuto colloqui con il Presidente Boric.\nI due leader hanno ricordato la festa "
     "nazionale del 2 marzo.\n", "2024-03-01"),
])
def test_a_day_with_its_ordinal_mark_is_read(text, day):
    """"1°" and "1º" (Italian, Spanish, Portuguese) are the first of the month, as "1er" is in
    French (before, the day was not read: the span's last day, or a national day after it, was)."""
    assert _record(text).date.iso == day


def test_an_earlier_summits_day_further_down_dates_no_report_set_elsewhere():
    """A lead that sets the talks in Pretoria and names no day; further down, "they also met at the
    G20 summit on 10 September 2023", a summit in India: that day is an earlier meeting's (before,
    it was taken for the report's)."""
    record = _record(
        "Lula and Ramaphosa sign a joint declaration\n\n"
        "President Luiz Inácio Lula da Silva held talks with President Cyril Ramaphosa at the Union Buildings "
        "in Pretoria and signed a joint declaration on trade.\n\n"
        "Contacts since 2022\nThe two leaders have met several times: they talked at the G20 summit on 10 "
        "September 2023 and on the sidelines of the United Nations General Assembly.\n")
    assert record.date.iso is None


def test_the_day_of_the_summit_the_lead_names_stays():
    """The same sentence further down a report whose lead names the summit: that day is its own."""
    record = _record(
        "Lula and Ramaphosa meet at the G20\n\n"
        "President Luiz Inácio Lula da Silva held talks with President Cyril Ramaphosa on the sidelines of "
        "the G20 summit in New Delhi.\n\n"
        "They talked at the G20 summit on 10 September 2023 about trade and climate finance.\n")
    assert record.date.iso == "2023-09-10"


def test_a_datelines_day_and_the_lead_weekday_to_come():
    """A wire's dateline without a year ("Buenos Aires, March 4 (Kyodo)--"), the year from the two
    leaders' time in office together, and a visit "from Friday" in the lead: the visit's first day,
    the Friday after the dateline's day (before, the dateline's day, when nothing had happened yet)."""
    record = _record(
        "News from Japan\n\n"
        "Buenos Aires, March 4 (Kyodo)--Argentine President Javier Milei will visit Japan from Friday, his "
        "office said Tuesday.\n\n"
        "Milei will meet Prime Minister Shigeru Ishiba during his stay and visit Osaka.\n")
    assert record.date.iso == "2025-03-07"


def test_a_day_written_as_last_further_down_is_not_the_reports():
    """"… depuis l'élection de M. Nyusi le 15 octobre dernier": an earlier day, further down; the
    report has only its weekday (before, the report was put on 15 October, and not joined to the
    dated reports of its visit)."""
    record = _record(
        "Le président sud-africain en visite au Mozambique\n\n"
        "Le président sud-africain Cyril Ramaphosa est arrivé mercredi à Maputo pour une visite de travail, "
        "où il a été reçu par son homologue Filipe Nyusi.\n\n"
        "M. Ramaphosa est le premier chef d'Etat étranger à se rendre au Mozambique depuis la réélection de "
        "M. Nyusi le 15 octobre dernier.\n")
    assert record.date.month_day is None
    assert record.date.weekday == 2


def test_the_theme_words_before_a_headline_are_dropped():
    record = _record("You are currently viewing የኬንያ እና የኢትዮጵያ መሪዎች ተገናኙ\n\n"
                     "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on "
                     "Monday, the two governments said.\n")
    assert record.title == "የኬንያ እና የኢትዮጵያ መሪዎች ተገናኙ"


@pytest.mark.parametrize("line, never", [
    ("Prime Minister Shehbaz Sharif and President Emomali Rahmon hold talks in Dushanbe on Monday. — APP", True),
    ("The two foreign ministers address the media in Islamabad. — Photo courtesy PID", True),
    ("Sharif and Rahmon sign energy deal — state media", False),
])
def test_a_caption_closed_by_a_dash_and_its_credit_is_never_the_headline(line, never):
    assert never_headline(line) is never


def test_the_headline_over_a_caption_printed_twice_with_its_credit():
    """A news site's caption printed twice, closed by "— TVChannel" (before, the repeated line won)."""
    caption = ("Prime Minister Shehbaz Sharif and President Emomali Rahmon hold a joint press conference in Dushanbe "
               "on Monday. — NewsOneTV\n")
    record = _record("SITE Logo\n\nToday's Paper | May 12, 2024\n\n"
                     "Sharif cuts short Dushanbe visit after talks with Rahmon\n\n"
                     "Site.com Published May 12, 2024\n" + caption * 2 + "\n"
                     "Prime Minister Shehbaz Sharif cut short his visit to Tajikistan on Monday after talks with "
                     "President Emomali Rahmon in Dushanbe.\n")
    assert record.title == "Sharif cuts short Dushanbe visit after talks with Rahmon"


def test_an_arabic_byline_is_no_headline_nor_lead():
    """"كتب أحمد السيد" (written by …) over the lead: the byline (before, it was the title)."""
    record = _record("كتب أحمد السيد\n"
                     "استقبل الرئيس عبد الفتاح السيسي اليوم رئيس كوريا الجنوبية يون سوك يول في القاهرة وبحثا "
                     "سبل تعزيز العلاقات الثنائية بين البلدين.\n\nنص آخر عن المباحثات.\n")
    assert not record.title.startswith("كتب")


@pytest.mark.parametrize("line, caption", [
    ("윤석열 대통령이 지난해 11월17일 무함마드 빈 살만 왕세자와 회담하고 있다. (대통령실 제공) 2022.11.17/뉴스1 ⓒ News1 김철수 기자 |", True),
    ("이재명 대통령이 정상회담을 하고 있다. 2025.8.25/뉴스1", True),
    ("윤석열 대통령이 정상회담을 하고 있다. (대통령실 제공)", True),
    ("윤석열 대통령, 사우디 도착…빈 살만 왕세자와 정상회담", False),
])
def test_a_korean_agency_photo_stamp_closes_a_caption(line, caption):
    assert is_caption(line) is caption


def test_an_archive_photos_stamp_does_not_date_the_report():
    """The first line an archive photo's caption of an earlier meeting, with the agency's stamp "2022.11.17/
    뉴스1": the report is not of that day (before, it was, and was joined to that earlier meeting's
    reports)."""
    record = _record(
        "윤석열 대통령이 지난해 11월17일 서울에서 무함마드 빈 살만 사우디아라비아 왕세자와 회담을 하고 있다. "
        "(대통령실 제공) 2022.11.17/뉴스1 ⓒ News1 김철수 기자 |\n"
        "(리야드=뉴스1) 홍길동 기자 = 윤석열 대통령은 22일(현지시간) 사우디아라비아 리야드에서 무함마드 빈 살만 "
        "왕세자와 정상회담을 가졌다.\n")
    assert record.date.iso != "2022-11-17"


@pytest.mark.parametrize("text, person", [
    ("윤 대통령은 공식 환영식 이후 세르다르 베르디무하메도프 투르크메니스탄 대통령과 정상회담을 했다.", "serdar-berdimuhamedow"),
    ('أشاد الرئيس الكوري الجنوبي "موون جاي إن" بالدور المصري', "moon-jae-in"),
    ('وصل الرئيس "يون صوك يول" إلى الرياض', "yoon-suk-yeol"),
])
def test_leaders_named_as_korean_and_arabic_write_them(text, person):
    assert person in {mention.person for mention in find_people(text)}


@pytest.mark.parametrize("line, stamp", [
    ("30 มิ.ย. 2568", True),
    ("15 พ.ค. 2567 10:21 น.", True),
    ("นายกฯ หารือผู้นำฝรั่งเศส 5 ก.ค. เรื่องความร่วมมือด้านเศรษฐกิจและการท่องเที่ยว", False),
])
def test_a_thai_stamp_with_its_month_abbreviated(line, stamp):
    """"30 มิ.ย. 2568" (30 June 2568 of the Buddhist era) alone on its line is the page's stamp (before,
    the abbreviation's dots hid the month: the page's day was taken for the call's)."""
    assert is_stamp(line) is stamp


def test_a_thai_date_in_brackets_opening_the_lead_is_its_dateline():
    """"(28 มิ.ย.68) วานนี้ …" (28 June, yesterday …): the bracketed day is when the report was
    written, "yesterday" the call's day (before, the 28th)."""
    record = _record("แพทองธารคุยโทรศัพท์กับมาครง\n\n"
                     "(28 มิ.ย.68) วานนี้ประธานาธิบดีเอ็มมานูเอล มาครง ของฝรั่งเศส ได้พูดคุยทางโทรศัพท์กับ "
                     "นางสาวแพทองธาร ชินวัตร นายกรัฐมนตรีของประเทศไทย\n")
    assert record.date.iso == "2025-06-27"


def test_a_summit_named_in_a_lead_set_elsewhere_gives_no_days():
    """The G7 summit in Hiroshima named in a lead set in Ottawa: the report is of none of its days
    (before, it was given them, and joined the summit's reports of the two leaders), nor set in Japan."""
    record = _record("Kishida meets Trudeau in Ottawa\n\nJapanese Prime Minister Fumio Kishida met Canadian Prime "
                     "Minister Justin Trudeau in Ottawa. His officials said the G7 meeting this year in Hiroshima "
                     "would be symbolic.\n")
    assert record.date.around is None
    assert "JP" not in record.venue


@pytest.mark.parametrize("text, venue", [
    ("Si Kishida ay mula sa Hiroshima, kung saan dama pa rin ang epekto ng digmaan.", set()),  # (from Hiroshima)
    ("Ang G7 meeting ngayong taon na magaganap sa Hiroshima ay magiging simboliko.", set()),  # (to take place)
    ("Nagpulong sina Kishida at Trudeau sa Ottawa noong Huwebes.", {"CA"}),
])
def test_where_filipino_sets_a_meeting(text, venue):
    from kabar.understand.countries import located_countries
    assert located_countries(text, "tl") == venue


def test_the_summit_the_lead_sets_the_talks_at_gives_its_days():
    record = _record("Kishida meets Trudeau at the G7\n\nJapanese Prime Minister Fumio Kishida met Canadian Prime "
                     "Minister Justin Trudeau on the sidelines of the G7 summit in Hiroshima.\n")
    assert record.date.around is not None


@pytest.mark.parametrize("text", [
    "Trudeau miniszterelnök Ottawában találkozik Volodimir Zelenszkij elnökkel.",
    "Посещението на Зеленски в Канада е спирка преди визитата му в САЩ.",
])
def test_zelensky_as_hungarian_and_bulgarian_write_him(text):
    """(Before, a report of Zelensky in Ottawa was read as Canada and the United States.)"""
    assert "volodymyr-zelensky" in {mention.person for mention in find_people(text)}


def test_the_day_of_an_attack_further_down_is_history():
    """"… the kibbutz attacked by Hamas commandos, who on October 7 launched a surprise attack": that
    day is the attack's (before, the leaders' time in office gave it a year, and a visit of February
    was dated in October)."""
    record = _record(
        "Milei lands in Israel\n\nArgentine President Javier Milei arrived in Israel for talks with Prime "
        "Minister Benjamin Netanyahu in Jerusalem.\n\nHe will visit one of the kibbutzim attacked by Hamas "
        "commandos, who on October 7 launched a surprise attack in southern Israel.\n")
    assert record.date.iso is None
    assert record.date.month_day is None


def test_a_photo_taken_in_another_country_dates_nothing():
    """A photo's caption set in Kuala Lumpur, Malaysia, and dated in full, over talks the headline and
    lead set in South Korea: the photo is of another day (before, the report took its date, and its
    venue was Malaysia, the ASEAN summit's host)."""
    record = _record(
        "Carney, Xi meet on sidelines of APEC summit in South Korea\n\n"
        "Photo: The Canadian Press Prime Minister Mark Carney is seen during a news conference following the "
        "ASEAN summit in Kuala Lumpur, Malaysia, Monday, Oct. 27, 2025. THE CANADIAN PRESS/Jane Doe\n"
        "Prime Minister Mark Carney is meeting with Chinese President Xi Jinping today on the sidelines of the "
        "Asia Pacific Economic Cooperation forum in South Korea.\n")
    assert record.date.iso is None
    assert record.date.weekday is None
    assert record.venue == ("KR",)


CALL_EN = ("Israeli Prime Minister Benjamin Netanyahu spoke Monday with Argentinian president-elect Javier Milei, "
           "thanking him for his support and for promising to move his country's embassy to Jerusalem.\n"
           "The Israeli government released a readout of Netanyahu's call with Milei.")
ARRIVAL = ("Milei lands in Israel and prays at the Wailing Wall\nAfter arriving in Israel on Monday, Argentine "
           "President Javier Milei met Prime Minister Benjamin Netanyahu in Jerusalem, with Foreign Minister "
           "Gerardo Werthein, about moving the embassy to Jerusalem.")


def test_a_visit_with_a_later_minister_does_not_join_an_earlier_call():
    """The pair's one dated event is Netanyahu's call to the president-elect (Monday 4 December 2023, "a
    readout of Netanyahu's call with Milei"); a report without a day of Milei's visit on a Monday, with
    his foreign minister Werthein (in office from October 2024), is not of it: it names a call's word
    against none, and a minister not yet in office (before, it joined on its weekday)."""
    dated = article("a", CALL_EN, "2023-12-04", ("AR", "IL"))
    undated = replace(article("b", ARRIVAL, None, ("AR", "IL")), weekday=0)
    assert groups(link_articles([dated, undated])) == {("a",), ("b",)}
    without_the_call = article("a", CALL_EN.replace("Netanyahu's call with Milei", "the talks"), "2023-12-04",
                               ("AR", "IL"))
    assert groups(link_articles([without_the_call, undated])) == {("a",), ("b",)}


def test_the_summits_day_to_come_in_the_lead_and_the_talks_day_further_down():
    """"… da Cúpula do BRICS, prevista para este domingo (6)" in the lead is the summit's day; the talks
    are "neste sábado (5)" further down, read against the page's date (before, the Sunday)."""
    record = _record("Lula reforça laços com a África do Sul às vésperas da Cúpula do BRICS\n\n"
                     "Por Redação\n05/07/2025 18h38\n\n"
                     "Às vésperas do início oficial da Cúpula do BRICS, prevista para este domingo (6), o presidente "
                     "Luiz Inácio Lula da Silva intensificou sua agenda diplomática no Rio de Janeiro.\n\n"
                     "Neste sábado (5), Lula conversou com o presidente sul-africano Cyril Ramaphosa sobre comércio.\n")
    assert record.date.iso == "2025-07-05"


def test_a_photo_over_the_headline_dates_the_report_on_the_leads_weekday():
    """A photo's caption over the headline, closed by a dash and the photographer's agencies ("… à Tokyo,
    le 26 juin 2019. — Jean Dupont/AP/SIPA"), is a caption: not the headline, and its day, a Wednesday,
    is the talks' the lead tells of on a Wednesday (before, it was the headline, and when not, it was
    dropped with the page's furniture)."""
    record = _record("Emmanuel Macron et Shinzo Abe à Tokyo, le 26 juin 2019. — Jean Dupont/AP/SIPA\n\n"
                     "Macron au Japon pour une visite d'Etat\n\n"
                     "Emmanuel Macron a été reçu mercredi à Tokyo par le Premier ministre Shinzo Abe, avant le "
                     "sommet du G20 à Osaka.\n")
    assert record.title == "Macron au Japon pour une visite d'Etat"
    assert record.date.iso == "2019-06-26"


def test_a_photo_of_the_two_taken_where_the_lead_sets_the_talks():
    """The text names no day nor weekday; the caption shows both leaders in Beijing, where the lead sets
    the meeting, on a full date: that date (before, the caption, the page's first line, was its lead;
    once read as a caption, its date was lost)."""
    text = ("Prime Minister Shehbaz Sharif (left) meets Russian President Vladimir Putin at the Diaoyutai State "
            "Guesthouse in Beijing on September 2, 2025. — AFP\n\n"
            "Prime Minister Shehbaz Sharif has told Russian President Vladimir Putin that Pakistan is committed "
            "to peace and prosperity in the region.\n\n"
            "The prime minister held a one-on-one meeting with the Russian president on the sidelines of the "
            "summit in Beijing.\n")
    assert _record(text).date.iso == "2025-09-02"
    elsewhere = text.replace("summit in Beijing", "summit in Tianjin").replace("Guesthouse in Beijing", "Guesthouse in Moscow")
    assert _record(elsewhere).date.iso is None


@pytest.mark.parametrize("text, pair, venue", [
    ("Macron en Finlande\n\nAprès une escale de deux jours en Estonie, où il a été reçu par le président Alar "
     "Karis, Emmanuel Macron est arrivé mardi à Helsinki, où le président finlandais Alexander Stubb l'a accueilli "
     "pour des entretiens sur la défense.\n", ("FI", "FR"), ("FI",)),
    ("Macron lands in Riga\n\nAfter a stop in Lithuania, where he was received by President Gitanas Nauseda, "
     "French President Emmanuel Macron flew to Riga on Tuesday, where Latvian President Egils Levits welcomed him "
     "for talks.\n", ("FR", "LV"), ("LV",)),
])
def test_a_tours_earlier_stop_and_its_host_are_not_the_meeting(text, pair, venue):
    """"Après une escale … en Estonie, où il a été reçu par le président Alar Karis": the stop before,
    its host no side of the talks the report tells of, nor its country where they are held (before, a
    report of Macron in Riga was read as Lithuania's, and joined the Vilnius talks)."""
    record = _record(text)
    assert record.countries.codes == pair
    assert record.venue == venue


SESSION_EN = ("Emir and Erdogan co-chair strategic committee\nThe Emir of Qatar Sheikh Tamim bin Hamad Al Thani and "
              "President Recep Tayyip Erdogan co-chaired the 9th session of the Qatari-Turkish Supreme Strategic "
              "Committee in Doha, where they signed twelve agreements.")
SESSION_TR = ("Erdoğan Doha'da\nCumhurbaşkanı Recep Tayyip Erdoğan, Doha'da Katar Emiri Şeyh Tamim bin Hamad Al Thani "
              "ile görüştü ve Türkiye-Katar Yüksek Stratejik Komitesi'nin {n} toplantısına başkanlık yaptı.")


@pytest.mark.parametrize("number, joins", [("9.", True), ("11'inci", False)])
def test_two_sessions_of_a_standing_body_are_two_events(number, joins):
    """"the 9th session of the … Committee" and "Komitesi'nin 11'inci toplantısı": two sessions of the
    committee, whatever else the two reports share (before, a report of the eleventh, two years later,
    joined the ninth's); "9. toplantısı" is the same session."""
    english = article("a", SESSION_EN, "2023-12-04", ("QA", "TR"))
    turkish = article("b", SESSION_TR.format(n=number), "2023-12-04", ("QA", "TR"), lang="tr")
    assert (("a", "b") in groups(link_articles([english, turkish]))) is joins


@pytest.mark.parametrize("text", [
    ("Kishida in Doha\n\nIl primo ministro del Giappone, Fumio Kishida, si è recato a Doha per incontrare l'emiro "
     "Tamim bin Hamad Al Thani.\n\nKishida ha ringraziato il Qatar per l'assistenza dopo il terremoto dell'11 marzo "
     "2011.\n"),
    ("امیر قطر به تهران سفر می‌کند\n\nشیخ تمیم بن حمد آل ثانی امیر قطر تا ساعاتی دیگر وارد تهران می شود. این اولین سفر "
     "او به ایران از زمان انتصاب در ژوئن سال ۲۰۱۳ است. حمد بن خلیفه آل ثانی امیر سابق ۴ شهریور ۱۳۹۰ به تهران سفر کرد.\n"),
    ("Sánchez en México\n\nEl presidente del Gobierno español, Pedro Sánchez, fue recibido por Andrés Manuel López "
     "Obrador.\n\nEs la primera visita oficial de un mandatario español desde que López Obrador asumió su cargo el "
     "pasado 1 de diciembre de 2018.\n"),
])
def test_days_of_history_further_down(text):
    """An earthquake's day ("dopo il terremoto dell'11 marzo 2011"); a day before a year the text speaks of
    ("ژوئن سال ۲۰۱۳", June of the year 2013, with "سال" between); the day a leader took office, further down:
    none is the report's (before, each was)."""
    assert _record(text).date.iso is None
