"""Traps met in the sixty-sixth round's sets, in texts written for these tests."""
from __future__ import annotations

import pytest

from kabar.linking import link_articles
from kabar.understand.pipeline import link_view
from tests.records import record_of as _record

# "首相下星期二至三访问北京" (the prime minister visits Beijing next Tuesday to Wednesday), on a page of
# Saturday 23 March: the Tuesday was read as the one before the page (19 March), the report then dated
# a week before the visit it announces. A weekday marked as one of the next week is that day of the
# week after the page's (26 March; from a Monday page, the Tuesday eight days on, not the next day).
NEXT_WEEK_ZH = (
    "荷兰首相下周访华 将与中方讨论经贸关系\n\n"
    "{stamp}\n\n"
    "荷兰政府宣布，首相{when}访问北京，预料会与中国国家主席会晤，贸易部长亦会随行。\n\n"
    "荷兰政府在声明中表示，两国在气候和贸易方面有共同利益。\n")


@pytest.mark.parametrize("stamp, when, day", [
    ("2024-03-23 08:15", "下星期二至三", "2024-03-26"),  # (a Saturday page)
    ("2024-03-23 08:15", "下周二", "2024-03-26"),
    ("2024-03-18 08:15", "下星期二", "2024-03-26"),  # (a Monday page: next week's Tuesday, not tomorrow)
    ("2024-03-18 08:15", "下个星期二", "2024-03-26"),
    ("2024-03-23 08:15", "星期二", "2024-03-19"),  # (control: a Tuesday told of, before the page)
])
def test_a_chinese_weekday_of_next_week(stamp, when, day):
    record = _record(NEXT_WEEK_ZH.format(stamp=stamp, when=when), "next_week_zh.txt")
    assert record.date.iso == day


NEXT_WEEK_JA = (
    "オランダ首相、来週訪中へ\n\n"
    "2024年3月18日 10時05分\n\n"
    "オランダ政府は、首相が{when}北京を訪問し、中国の国家主席と会談すると発表した。\n\n"
    "貿易相も同行する見通しだ。\n")


@pytest.mark.parametrize("when, day", [
    ("来週火曜日に", "2024-03-26"),
    ("来週の火曜日に", "2024-03-26"),
])
def test_a_japanese_weekday_of_next_week(when, day):
    assert _record(NEXT_WEEK_JA.format(when=when), "next_week_ja.txt").date.iso == day


# The same in languages that write the week after the weekday ("thứ Ba tuần tới", "Selasa minggu depan"),
# or mark the coming day ("Selasa depan", "в следующий вторник", "gelecek salı").
NEXT_WEEK_SPACED = {
    "vi": ("Thủ tướng Hà Lan sẽ thăm Việt Nam\n\nCập nhật: 18/03/2024 08:15\n\n"
           "Thủ tướng Hà Lan sẽ thăm Hà Nội vào {when} và hội đàm với Thủ tướng Việt Nam về thương mại.\n\n"
           "Hai nước đã nâng cấp quan hệ năm 2019.\n"),
    "id": ("PM Belanda akan kunjungi Indonesia\n\nSenin, 18 Maret 2024 08:15 WIB\n\n"
           "Perdana Menteri Belanda dijadwalkan mengunjungi Jakarta pada {when} untuk bertemu Presiden "
           "Indonesia membahas perdagangan.\n\nKedua negara memperingati hubungan diplomatik.\n"),
    "ru": ("Премьер Нидерландов посетит Вьетнам\n\n18 марта 2024, 08:15\n\n"
           "Премьер-министр Нидерландов {when} посетит Ханой и проведет переговоры с премьер-министром "
           "Вьетнама о торговле.\n\nСтороны обсудят также климат.\n"),
}


@pytest.mark.parametrize("lang, when, day", [
    ("vi", "thứ Ba tuần tới", "2024-03-26"),  # (a Monday page: next week's Tuesday)
    ("vi", "thứ Ba tuần sau", "2024-03-26"),
    ("id", "Selasa minggu depan", "2024-03-26"),
    ("id", "Selasa depan", "2024-03-19"),  # (the coming Tuesday)
    ("id", "Selasa mendatang", "2024-03-19"),
    ("ru", "в следующий вторник", "2024-03-19"),
])
def test_a_weekday_of_next_week_in_spaced_languages(lang, when, day):
    record = _record(NEXT_WEEK_SPACED[lang].format(when=when), f"next_week_{lang}.txt")
    assert record.language.code == lang
    assert record.date.iso == day


# Three reports of one visit within two days, each naming the visiting premier in its lead; one names
# the host too, the others only him (one of them spells the host in a way no list knows). A link
# needed two people in both leads unless the two reports were the only ones of their pair within
# days: with a third report of the same visit nearby, none of them linked, and the visit was three
# events. The few others nearby all naming that leader in their leads, the two are as alone.
VISIT = {
    "arrival-de": ("Li Qiang in Zürich eingetroffen\n\n"
                   "ZÜRICH, 14. Januar 2024 — Der chinesische Ministerpräsident Li Qiang ist am Sonntag zu einem "
                   "offiziellen Besuch in der Schweiz eingetroffen.\n\n"
                   "Am Flughafen wurde er von einer Delegation des Bundesrates begrüsst.\n\n"
                   "Es ist der erste Besuch eines chinesischen Regierungschefs seit sieben Jahren.\n"),
    "arrival-en": ("Chinese premier lands in Zurich\n\n"
                   "ZURICH, 14 January 2024 — Chinese Premier Li Qiang landed in Zurich on Sunday at the start of "
                   "an official visit to Switzerland.\n\n"
                   "He travelled on by train to the capital with his hosts.\n\n"
                   "Trade and a free trade agreement upgrade are on the agenda.\n"),
    "talks-fr": ("Berne et Pékin signent une déclaration commune\n\n"
                 "BERNE, 15 janvier 2024 — Le Premier ministre chinois Li Qiang et la présidente de la "
                 "Confédération Viola Amherd ont signé lundi à Berne une déclaration commune.\n\n"
                 "Les deux pays veulent relancer leur accord de libre-échange.\n\n"
                 "La question des droits de l'homme a aussi été abordée.\n"),
}
# (another engagement of the pair nearby, whose lead names the foreign ministers, not the premier)
MINISTERS_FR = ("Les ministres des affaires étrangères se rencontrent\n\n"
                "GENÈVE, 16 janvier 2024 — Le ministre chinois des affaires étrangères Wang Yi et le conseiller "
                "fédéral Ignazio Cassis se sont entretenus mardi à Genève.\n\n"
                "Ils ont parlé de la situation au Proche-Orient.\n")


@pytest.mark.parametrize("with_ministers", [False, True])
def test_reports_of_one_visit_naming_its_leader_are_one_event(with_ministers):
    records = [_record(text, f"{name}.txt") for name, text in VISIT.items()]
    if with_ministers:
        records.append(_record(MINISTERS_FR, "ministers-fr.txt"))
    assert all(r.countries.codes == ("CH", "CN") for r in records)
    views = [link_view(record) for record in records]
    event_of = {article_id: event for event in link_articles(views) for article_id in event.article_ids}
    arrival_de, arrival_en, talks = (views[k].id for k in range(3))
    # (the two arrivals name the premier alone: linked only as the pair's only reports nearby)
    assert (event_of[arrival_de] is event_of[arrival_en] is event_of[talks]) is not with_ministers
    if with_ministers:
        assert len(event_of[views[3].id].article_ids) == 1


# "in Russia's far eastern city of Vladivostok": the city after the word "city" is where the lead sets the
# meeting, as after "in". And a report of talks "в Москве" that writes no day was joined to the
# Vladivostok talks of years before, because one of their reports names Moscow's seat in passing ("the Kremlin
# has been courting partners"): where the event's leads set it in a known city that is no capital, a capital of the
# pair's own countries they name is the government they speak of, not the place of the meeting.
FORUM_EN = ("Putin meets Myanmar military chief\n\n"
            "VLADIVOSTOK, 7 September 2022 — Russian President Vladimir Putin met Myanmar's military leader Min "
            "Aung Hlaing on Wednesday in Russia's far eastern city of Vladivostok, on the sidelines of an economic "
            "forum.\n\n"
            "The meeting came as Moscow's ties with the West have collapsed, and the Kremlin has been courting "
            "partners in Asia.\n\n"
            "The two men discussed energy and arms.\n")
FORUM_RU = ("Путин встретился с Мин Аун Хлайном во Владивостоке\n\n"
            "7 сентября 2022 года. Президент России Владимир Путин встретился с главой Мьянмы Мин Аун Хлайном "
            "во Владивостоке в среду.\n\n"
            "Стороны обсудили сотрудничество в энергетике.\n")
KREMLIN_RU = ("Путин провел переговоры с Мин Аун Хлайном\n\n"
              "Президент России Владимир Путин провел переговоры с премьер-министром Мьянмы Мин Аун Хлайном в "
              "{place}.\n\n"
              "Стороны обсудили торговлю и энергетику.\n")


@pytest.mark.parametrize("text, place", [
    ("Talks were held in Russia's far eastern city of Vladivostok on Wednesday.", "vladivostok"),
    ("Pembicaraan berlangsung di kota Vladivostok, Rusia.", "vladivostok"),
    ("Vladivostok hosted the forum on Wednesday.", None),  # (control: not set there by its words)
])
def test_a_city_after_the_word_city_is_a_place(text, place):
    from kabar.linking import article_features, FeatureCaches
    record = _record("Talks in the far east\n\n" + text + "\n\nThe two sides spoke of trade.\n", "city.txt")
    features = article_features(link_view(record), FeatureCaches()).features
    assert ({place} if place else set()) == {k for k in features.places if k == "vladivostok"}


@pytest.mark.parametrize("place, joins", [("Москве", False), ("Владивостоке", True)])
def test_a_capital_named_in_passing_does_not_set_the_meeting(place, joins):
    records = [_record(FORUM_EN, "forum-en.txt"), _record(FORUM_RU, "forum-ru.txt"),
               _record(KREMLIN_RU.format(place=place), "talks-ru.txt")]
    assert records[2].date.iso is None and records[2].countries.codes == ("MM", "RU")
    views = [link_view(record) for record in records]
    event_of = {article_id: event for event in link_articles(views) for article_id in event.article_ids}
    assert event_of[views[0].id] is event_of[views[1].id]
    assert (event_of[views[2].id] is event_of[views[0].id]) is joins
