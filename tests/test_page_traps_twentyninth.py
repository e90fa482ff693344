"""Traps of real pages met in the thirty-third round's sets, in texts written for these tests: a
span of the next month's days after the lead's own day ("6月1日から3日まで"), the day of a phone call
told further down a report of a meeting, the last meeting in Ukrainian, Dutch weekdays in lower
case, and a report written on the day of an arrival that names the talks' weekday to come."""
from __future__ import annotations

import pytest

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
              "Der chinesische Präsident Xi Jinping ist am Sonntagnachmittag in Wien eingetroffen. Am Flughafen "
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
    the talks the report is dated for (its page's day stays)."""
    text = ("Xi holds talks with Cuban President\n\nNovember 9, 2018\n\n"
            "Chinese President Xi Jinping held talks with visiting Cuban President Miguel Diaz-Canel in Beijing, "
            "calling on the two countries to deepen their friendship and to write a new chapter in their ties.\n\n"
            "The two leaders met at the Great Hall of the People, where they witnessed the signing of agreements "
            "on trade, health and science.\n\n"
            "Diaz-Canel, who began his visit to China on Tuesday, also held a meeting with Premier Li Keqiang.\n")
    assert _date(text).iso == "2018-11-09"


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
