"""Traps of real pages met in the thirty-third round's sets, in texts written for these tests: a
span of the next month's days after the lead's own day ("6月1日から3日まで"), the day of a phone call
told further down a report of a meeting, the last meeting in Ukrainian, Dutch weekdays in lower
case, and a report written on the day of an arrival that names the talks' weekday to come."""
from __future__ import annotations

import pytest

from kabar.linking import LinkArticle, link_articles
from kabar.understand.date_language import relative_days
from kabar.understand.pipeline import understand


def _date(text: str, name: str = "page.txt"):
    return understand(text.encode(), name).record.date


@pytest.mark.parametrize("text, iso", [
    # the lead's own day ("本31日", today the 31st), then a conference "from 1 June to the 3rd": the
    # span's last day, a day naming the guest, is not the day they met
    ("日・ケニア首脳会談\n\n平成25年5月31日\n\n本31日午後、横浜において、安倍総理大臣はケニア共和国大統領(H.E. Mr. "
     "Uhuru Kenyatta, President of the Republic of Kenya)と首脳会談を行いました。なお同大統領は、6月1日から3日まで"
     "横浜で開催予定の国際会議に参加します。\n", "2013-05-31"),
    # a span of days of one month written with its month once ("10月4~5日"): its last day, as before
    ("莫迪与普京举行会谈\n\n10月4~5日，俄罗斯总统普京对印度进行了为期两天的正式访问，与印度总理莫迪举行了会谈。"
     "双方签署了多项协议。\n", None),
])
def test_a_span_after_the_leads_day(text, iso):
    date = _date(text)
    assert date.iso == iso
    if iso is None:  # (no year anywhere: the day of the month is kept for linking)
        assert date.day_of_month == (5, 5)


MEETING_RU = ("Путин и Меркель провели переговоры в Сочи\n\n"
              "Президент России Владимир Путин и канцлер Германии Ангела Меркель {day}провели переговоры в Сочи. "
              "Лидеры обсудили Сирию, Украину и ядерную сделку с Ираном.\n\n"
              "Стороны отметили важность экономических связей.\n\n"
              "Путин и Меркель поддерживают регулярные контакты: 3 апреля они провели телефонный разговор, "
              "обсудив ситуацию на Ближнем Востоке.\n")


@pytest.mark.parametrize("day, month_day", [
    # the call is another engagement: its day is not the meeting's (the meeting's own day is)
    ("", None),
    ("26 апреля ", "04-26"),
])
def test_a_calls_day_further_down_is_not_the_meetings(day, month_day):
    assert _date(MEETING_RU.format(day=day)).month_day == month_day


def test_a_call_reported_as_such_keeps_its_day():
    text = ("Путин и Меркель провели телефонный разговор\n\n"
            "Президент России Владимир Путин и канцлер Германии Ангела Меркель 3 апреля провели телефонный "
            "разговор. Обсуждались Сирия и Украина.\n")
    assert _date(text).month_day == "04-03"


def test_the_last_meeting_in_ukrainian_is_history():
    text = ("Путін і Меркель почали переговори в Сочі\n\n"
            "У Сочі почалися переговори президента РФ Володимира Путіна та канцлера Німеччини Ангели Меркель.\n\n"
            "Сторони обговорять ситуацію в Україні та Сирії.\n\n"
            "Востаннє Меркель і Путін зустрічались у Москві 12 травня 2016 року.\n")
    date = _date(text)
    assert (date.iso, date.month_day) == (None, None)


@pytest.mark.parametrize("weekday, iso", [
    ("maandag", "2019-03-18"),  # the page's own day
    ("dinsdag", "2019-03-19"),  # the day after it: announced
])
def test_dutch_weekdays_are_written_in_lower_case(weekday, iso):
    text = (f"Xi ontvangt premier Rutte\n\n18/03/2019 9:12\n\n"
            f"PEKING - Premier Mark Rutte wordt {weekday} in Peking ontvangen door de Chinese president Xi "
            f"Jinping. De twee spreken over handel en klimaat.\n")
    assert _date(text).iso == iso


ARRIVAL_DE = ("Chinas Präsident in Wien gelandet\n\n14.04.2019, 17:20\n\n"
              "Der chinesische Präsident Xi Jinping ist am Nachmittag in Wien eingetroffen. Am Flughafen "
              "wurde er von Außenministerin Karin Kneissl empfangen. Es ist der erste Staatsbesuch eines "
              "chinesischen Präsidenten in Österreich seit vielen Jahren.\n\n"
              "Beide Länder wollen ihre Zusammenarbeit in Handel, Tourismus und Forschung ausbauen, heißt es aus "
              "dem Außenministerium. Österreichische Firmen hoffen auf neue Aufträge.\n\n{talks}\n\n"
              "Am Abend gibt Bundespräsident Alexander Van der Bellen ein Essen für die Gäste.\n")


@pytest.mark.parametrize("talks, iso", [
    # written on the day of the arrival: the talks announced for Monday are the event's day
    ("Offizielle Gespräche am Montag\n\nDie Gespräche der beiden Delegationen sind auf Montag angesetzt.",
     "2019-04-15"),
    # a later weekday that names no talks is no day of them: the page's own date stays
    ("Am Dienstag besucht der Gast eine Fabrik in Linz.", "2019-04-14"),
])
def test_the_talks_weekday_to_come_in_a_report_of_the_arrival(talks, iso):
    assert _date(ARRIVAL_DE.format(talks=talks)).iso == iso


def test_a_weekday_before_the_page_naming_a_meeting_is_no_talks_day():
    """"began his visit on Tuesday, also held a meeting with the premier": the visit's first day, not
    the talks the report is dated for (its page's day stays: a date alone on its line, no event's
    date, but the day the report links on)."""
    text = ("Xi holds talks with Cuban President\n\nNovember 9, 2018\n\n"
            "Chinese President Xi Jinping held talks with visiting Cuban President Miguel Diaz-Canel in Beijing, "
            "calling on the two countries to deepen their friendship and to write a new chapter in their ties.\n\n"
            "The two leaders met at the Great Hall of the People, where they witnessed the signing of agreements "
            "on trade, health and science.\n\n"
            "Diaz-Canel, who began his visit to China on Tuesday, also held a meeting with Premier Li Keqiang.\n")
    found = _date(text)
    assert (found.iso, found.how, found.published) == (None, "page", "2018-11-09")


def test_the_failed_coup_named_by_its_day_in_turkish_is_history():
    """"15 Temmuz" (the 2016 coup attempt) beside "FETÖ", the movement Turkey blames for it: no day of
    the meeting, though no year is written."""
    text = ("Erdoğan ve Sibsi ortak basın toplantısı düzenledi\n\n"
            "Cumhurbaşkanı Recep Tayyip Erdoğan, Tunus Cumhurbaşkanı Baci Kaid Sibsi ile ortak basın toplantısı "
            "düzenledi. İki ülke arasında ticaretin artırılması konuşuldu.\n\n"
            "Erdoğan, \"15 Temmuz karşısında gösterdiğiniz dayanışma ve FETÖ ile mücadeledeki desteğiniz için "
            "teşekkür ederiz\" dedi.\n")
    date = _date(text)
    assert (date.iso, date.month_day) == (None, None)


def test_a_call_told_in_the_first_sentence_under_site_lines_keeps_its_day():
    """The site's lines, then a lead whose first sentence is the call: the report is the call's."""
    text = ("Tin Thế Giới\nHà Nội 24°C\nChiều 3/4/2018, Tổng thống Nga Vladimir Putin đã có cuộc điện đàm với "
            "Thủ tướng Đức Angela Merkel. Hai bên trao đổi về Syria.\n"
            "Lần gần nhất hai bên gặp nhau là tại Moskva.\n")
    assert _date(text).iso == "2018-04-03"


def test_a_weekday_told_as_past_before_the_talks_to_come_keeps_the_pages_day():
    """"spoke by phone on Monday … are due to hold talks on Wednesday", under the site's lines: the
    report is of Monday's call, not of Wednesday's talks (its page's day stays, as before)."""
    text = ("Skip to main content\nThe Daily Courier\nHome | World | Business | Sport\nSearch\nSign in\n"
            "Saturday, 31 January 2026\nNairobi 24°C\nWorld\nBy Jane Doe\nPublished: 18 September 2018 12:51\n"
            "Share\nTweet\n"
            "Ethiopian Foreign Minister Abebe Girma held a telephone conversation with Kenyan Foreign Minister "
            "Halima Massawe on Monday, the Ethiopian foreign ministry said in a statement.\n\n"
            "The two sides aim to raise annual trade to US$7 billion by 2027.\n\n"
            "The two ministers are due to hold talks on Wednesday.\n")
    assert _date(text).iso in ("2018-09-17", "2018-09-18")


def _events_of(articles):
    return {frozenset(event.article_ids) for event in link_articles(articles)}


def test_a_weekday_report_joins_the_only_event_naming_its_two_leaders():
    """A report that names Saturday and the two leaders, and no place: it joins the one event whose
    reports name the two, when no other report of the pair names both, however many other meetings
    (of their ministers) the archive holds; with another meeting of the two leaders it stays apart."""
    talks = ("Modi and Rouhani hold talks in New Delhi\n\nPrime Minister Narendra Modi and President Hassan "
             "Rouhani held talks in New Delhi and signed nine agreements on ports, visas and energy.\n")
    dated = [LinkArticle("a", "en", "Modi and Rouhani hold talks", talks, "2018-02-17", ("IN", "IR")),
             LinkArticle("b", "fr", "Modi et Rohani à New Delhi",
                         "Modi et Rohani à New Delhi\n\nLe Premier ministre Narendra Modi et le président Hassan "
                         "Rohani ont signé neuf accords à New Delhi.\n", "2018-02-17", ("IN", "IR"))]
    ministers = [LinkArticle(f"m{n}", "en", "Swaraj meets Zarif",
                             f"Swaraj meets Zarif\n\nExternal Affairs Minister Sushma Swaraj met Foreign Minister "
                             f"Javad Zarif in {city} to discuss the Chabahar port.\n", day, ("IN", "IR"))
                 for n, (city, day) in enumerate([("Tehran", "2015-04-20"), ("Moscow", "2016-06-11"),
                                                  ("New York", "2017-09-20"), ("Tehran", "2018-12-24")])]
    saturday = LinkArticle("s", "hi", "मोदी और रूहानी की वार्ता",
                           "मोदी और रूहानी की वार्ता\n\nप्रधानमंत्री नरेंद्र मोदी और राष्ट्रपति हसन रूहानी ने शनिवार को "
                           "वार्ता की।\n", None, ("IN", "IR"), weekday=5)
    assert frozenset({"a", "b", "s"}) in _events_of(dated + ministers + [saturday])
    earlier = LinkArticle("e", "en", "Modi meets Rouhani in Tehran",
                          "Modi meets Rouhani in Tehran\n\nPrime Minister Narendra Modi met President Hassan "
                          "Rouhani in Tehran.\n", "2016-05-23", ("IN", "IR"))
    assert frozenset({"s"}) in _events_of(dated + ministers + [saturday, earlier])


@pytest.mark.parametrize("other_day, joined", [("2015-06-03", True), ("2015-06-04", False)])
def test_two_reports_of_one_weekday_join_when_the_others_are_on_another(other_day, joined):
    """Two reports without a day that both write Thursday, of Merkel's talks with al-Sisi in Cairo,
    join although a third report names the two: it is dated on a Wednesday (another meeting); one
    dated on a Thursday could be theirs, and they stay apart."""
    thursday = [LinkArticle("a", "de", "Merkel bei al-Sisi in Kairo",
                            "Merkel bei al-Sisi in Kairo\n\nBundeskanzlerin Angela Merkel ist am Donnerstag in Kairo "
                            "mit Präsident Abdel Fattah al-Sisi zusammengetroffen.\n", None, ("DE", "EG"), weekday=3),
                LinkArticle("b", "en", "Merkel meets Sisi in Cairo",
                            "Merkel meets Sisi in Cairo\n\nGerman Chancellor Angela Merkel met President Abdel Fattah "
                            "al-Sisi in Cairo on Thursday.\n", None, ("DE", "EG"), weekday=3)]
    wednesday = LinkArticle("c", "en", "Sisi meets Merkel in Berlin",
                            "Sisi meets Merkel in Berlin\n\nPresident Abdel Fattah al-Sisi met German Chancellor "
                            "Angela Merkel in Berlin.\n", other_day, ("DE", "EG"))
    assert (frozenset({"a", "b"}) in _events_of(thursday + [wednesday])) == joined


@pytest.mark.parametrize("text, iso", [
    # May is "মে", "மே", "మే", "મે", "ಮೇ" in Bengali, Tamil, Telugu, Gujarati and Kannada, "مه" in Persian,
    # whose August is "اوت": names of two letters once folded, which CLDR's lists were not read for
    ("শেখ হাসিনা ও নরেন্দ্র মোদীর বৈঠক\n\nঢাকা, ৬ মে ২০১৮: প্রধানমন্ত্রী শেখ হাসিনা ও ভারতের প্রধানমন্ত্রী নরেন্দ্র "
     "মোদী বৈঠক করেছেন।\n", "2018-05-06"),
    ("ஷேக் ஹசீனா மோடி சந்திப்பு\n\nபுது தில்லி, 6 மே 2018: பிரதமர் நரேந்திர மோடி வங்கதேச பிரதமர் ஷேக் "
     "ஹசீனாவை சந்தித்தார்.\n", "2018-05-06"),
    ("دیدار روحانی و مودی\n\nتهران، ۱۴ مه ۲۰۱۶: حسن روحانی رئیس جمهور ایران با نارندرا مودی نخست وزیر هند "
     "دیدار کرد.\n", "2016-05-14"),
    ("دیدار روحانی و آبه\n\nتوکیو، ۲۳ اوت ۲۰۱۶: حسن روحانی رئیس جمهور ایران با شینزو آبه نخست وزیر ژاپن "
     "دیدار کرد.\n", "2016-08-23"),
])
def test_short_month_names_in_more_scripts(text, iso):
    assert _date(text).iso == iso


def test_yesterday_in_a_language_without_a_hand_made_list():
    """Hausa "jiya" (yesterday), from CLDR's words through Babel, read against the page's date."""
    text = ("Buhari ya gana da Macron a Abuja\n\n03/07/2018 09:14\n\n"
            "Shugaban Najeriya Muhammadu Buhari ya karbi bakuncin Shugaban Faransa Emmanuel Macron a fadar "
            "shugaban kasa da ke Abuja jiya. Shugabannin biyu sun tattauna kan tsaro, kasuwanci da yaki da "
            "ta'addanci a yankin Sahel.\n\n"
            "Macron ya ce Faransa za ta ci gaba da taimakawa Najeriya wajen yaki da kungiyar Boko Haram.\n")
    assert _date(text).iso == "2018-07-02"


@pytest.mark.parametrize("code, word, offset", [
    ("ha", "jiya", -1), ("ha", "yau", 0),  # from CLDR
    ("rw", "uyu munsi", 0),  # ... but not "ejo", yesterday and tomorrow ("ejo hazaza")
    ("hi", "आज", 0),  # a hand-made list wins: not "कल", yesterday and tomorrow
])
def test_relative_day_words(code, word, offset):
    words = relative_days(code)
    assert words.get(word) == offset
    assert "ejo" not in words and "कल" not in words


def test_a_publication_line_in_hausa_is_the_pages_date():
    """"3 Yuli 2018 09:14" under the headline is when the page was written (CLDR's month names of more
    languages count in publication lines): the lead's "jiya" is the day before it."""
    text = ("Buhari ya gana da Macron a Abuja\n\n3 Yuli 2018 09:14\n\n"
            "Shugaban Najeriya Muhammadu Buhari ya karbi bakuncin Shugaban Faransa Emmanuel Macron a fadar "
            "shugaban kasa da ke Abuja jiya. Shugabannin biyu sun tattauna kan tsaro, kasuwanci da yaki da "
            "ta'addanci a yankin Sahel.\n")
    date = _date(text)
    assert (date.iso, date.published) == ("2018-07-02", "2018-07-03")


@pytest.mark.parametrize("text, iso", [
    # the year first, as CLDR's long date of the language writes it (Latvian, Kazakh, Armenian, Malayalam)
    ("Putins un Merkele tikās Sočos\n\nKrievijas prezidents Vladimirs Putins un Vācijas kanclere Angela Merkele "
     "2018. gada 18. maijā tikās Sočos un apsprieda Sīrijas un Ukrainas jautājumus.\n", "2018-05-18"),
    ("Назарбаев пен Си Цзиньпин кездесті\n\nҚазақстан Президенті Нұрсұлтан Назарбаев 2017 ж. 8 маусым Астанада "
     "Қытай Төрағасы Си Цзиньпинмен келіссөздер жүргізді.\n", "2017-06-08"),
    ("Փաշինյանը և Պուտինը հանդիպեցին\n\nՀայաստանի վարչապետ Նիկոլ Փաշինյանը 2018 թ. հունիսի 13-ին Մոսկվայում "
     "հանդիպեց Ռուսաստանի նախագահ Վլադիմիր Պուտինի հետ։\n", "2018-06-13"),
])
def test_a_date_written_year_first_as_the_language_does(text, iso):
    assert _date(text).iso == iso


def test_a_day_and_month_written_month_first_where_cldr_writes_them_so():
    """Hausa writes a day and month without a year month first ("Mayu 14"), though its long date
    puts the day first: the day is read (kept, without a year, as a day the report writes; as
    "on May 14" is in English)."""
    text = ("Buhari ya gana da Macron a Abuja\n\n"
            "Shugaban Najeriya Muhammadu Buhari ya karbi bakuncin Shugaban Faransa Emmanuel Macron a ranar Mayu "
            "14 a fadar shugaban kasa da ke Abuja. Shugabannin biyu sun tattauna kan tsaro da kasuwanci.\n")
    date = _date(text)
    assert date.month_day == "05-14" or "05-14" in date.written


def test_a_publication_line_with_a_month_of_two_letters():
    """"14 மே, 2016, 09:32" (Tamil's May, two letters once folded) is the page's date: "நேற்று"
    (yesterday) in the lead is the day before it."""
    text = ("மோடி ஹசீனா சந்திப்பு\n\n14 மே, 2016, 09:32\n\n"
            "புது தில்லியில் பிரதமர் நரேந்திர மோடி வங்கதேச பிரதமர் ஷேக் ஹசீனாவை நேற்று சந்தித்துப் பேசினார். "
            "இருவரும் வர்த்தகம் குறித்து ஆலோசித்தனர்.\n")
    date = _date(text)
    assert (date.iso, date.published) == ("2016-05-13", "2016-05-14")


@pytest.mark.parametrize("stamp", ["입력 2018. 6. 22. 23:40", "2018.06.22 23:40"])
def test_a_korean_publication_line_with_spaces_after_its_dots(stamp):
    """"입력 2018. 6. 22. 23:40" (Korean's short date, a space after each dot) is the page's date,
    which gives the lead's "22일" its month and year, as the unspaced form does."""
    text = (f"문재인 대통령, 푸틴 대통령과 정상회담\n\n{stamp}\n\n"
            "문재인 대통령은 22일 모스크바 크렘린궁에서 블라디미르 푸틴 러시아 대통령과 정상회담을 했다. 두 정상은 "
            "한반도 비핵화와 경제 협력 방안을 논의했다.\n")
    assert _date(text).iso == "2018-06-22"
