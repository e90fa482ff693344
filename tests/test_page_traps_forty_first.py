"""Traps met in the forty-first round's sets, in texts written for these tests: a page's own date
that does not say when the meeting was (no time of day on its line, or an early hour); a date the
lead writes with its year beside a title the leader had left; reports without a year on one day
of the month that name one of the two leaders only; reports without any day that give the same
weekday; a city named as the host of a gathering still to come; days written in more of the ways
outlets write them (Hindi without a nukta, spoken Chinese, an agency's dateline, Thai without
spaces, a Chinese dateline's day that the lead calls today)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kabar.linking import link_articles
from kabar.understand.countries import extract_venue, located_countries
from kabar.understand.datelines import stamp_hour
from kabar.understand.dates import extract_date
from kabar.understand.pipeline import link_view, understand
from tests.sitebuild import build_site, by_file, page, report, write_seeds

PAGE_DATED = ("Ministers of A and B agree on a shipping line\n\n{stamp}\n\n"
              "Foreign Minister Retno Marsudi of Indonesia and her Dutch counterpart Stef Blok agreed to open a "
              "direct shipping line between the two countries' ports, the ministries said.\n\n"
              "The two ministers also discussed climate cooperation and the protection of coastal cities.\n")


@pytest.mark.parametrize("stamp, iso, how", [
    ("14.07.2018", None, "page"),                  # a date alone: when the page was dated
    ("14.07.2018, 05:30", None, "page"),           # early in the morning: as often of the day before
    ("[2018/07/14 06:12]", None, "page"),
    ("14.07.2018 16:13", "2018-07-14", "publication"),  # written later that day: that day's news
    ("Sat, 14 Jul 2018, 9:44pm", "2018-07-14", "publication"),
])
def test_a_pages_own_date_dates_the_meeting_only_when_its_line_shows_it_was_written_later_that_day(stamp, iso, how):
    date = understand(PAGE_DATED.format(stamp=stamp).encode(), "a.txt").record.date
    assert (date.iso, date.how, date.published) == (iso, how, "2018-07-14")


@pytest.mark.parametrize("stamp, words, hour", [
    ("Mon, 16 Apr 2018, 9:44pm", "16 Apr 2018", 21),
    ("입력 2015.03.04 (12:04)", "2015.03.04", 12),
    ("Jahon | 12:07 / 14.07.2016", "14.07.2016", 12),   # (the date's own "14.07" is no time)
    ("Publicado em 30 de junho de 2015 às 19h17.", "30 de junho de 2015", 19),
    ("5月3日 23時54分", "5月3日", 23),
    ("平成29年1月16日", "平成29年1月16日", None),
    ("14.07.2016", "14.07.2016", None),
])
def test_the_hour_a_publication_line_writes(stamp, words, hour):
    assert stamp_hour(stamp, words) == hour


def test_a_report_dated_by_its_page_alone_takes_its_events_date_and_shows_its_publication_day(tmp_path):
    """Under a bare page date the report is listed as undated, with a warning that says why, and
    its page shows the publication day; it still joins the report of the same meeting that writes
    its day (which may be the day before the page's), and then takes that day."""
    seeds = write_seeds(tmp_path / "seeds", {
        "page.txt": PAGE_DATED.format(stamp="14.07.2018"),
        "told.txt": ("Indonesia dan Belanda sepakat membuka jalur pelayaran\n\n"
                     "Menteri Luar Negeri Retno Marsudi dan Menteri Luar Negeri Belanda Stef Blok pada 13 Juli 2018 "
                     "di Den Haag sepakat membuka jalur pelayaran langsung antara kedua negara.\n\n"
                     "Kedua menteri juga membahas kerja sama iklim.\n"),
        "alone.txt": ("Minister visits a port\n\n21.03.2017\n\nForeign Minister Retno Marsudi of Indonesia met "
                      "Chile's foreign minister Heraldo Muñoz to discuss fruit exports and fisheries.\n"),
    })
    out = build_site(seeds, tmp_path / "out")
    entries = by_file(out)
    assert entries["page.txt"]["event"] == entries["told.txt"]["event"]
    assert entries["page.txt"]["date"] == "2018-07-13"
    assert entries["alone.txt"]["date"] is None
    problems = {f["file"]: " ".join(f["problems"]) for f in report(out)["files"]}
    assert "only the page's own date" in problems["alone.txt"]
    html = page(out, entries["alone.txt"]["url"])
    published = [dd.get_text(" ", strip=True) for dt, dd in zip(html.select("dl.facts dt"), html.select("dl.facts dd"))
                 if dt.get_text(strip=True) == "Published"]
    assert published and "2017" in published[0]


MISTITLED = ("Mexico and Turkey sign trade accords\n\nMexico City, 12 February {year} - President Enrique Peña Nieto "
             "received Turkish Prime Minister Recep Tayyip Erdogan at the National Palace, where the two signed "
             "accords on tourism and energy.\n\nThe two countries aim for a free trade agreement this year.\n")


@pytest.mark.parametrize("year, iso", [
    ("2015", "2015-02-12"),  # Erdogan had been President for half a year: the title is the text's slip
    ("2002", None),          # neither held any listed office then: not a day they could meet
])
def test_a_date_the_lead_writes_with_its_year_stands_beside_a_title_the_leader_had_left(year, iso):
    assert understand(MISTITLED.format(year=year).encode(), "m.txt").record.date.iso == iso


def _events(texts: dict[str, str], **fields) -> dict[str, str]:
    views = [replace(link_view(understand(text.encode(), f"{name}.txt", given_id=name).record), **fields.get(name, {}))
             for name, text in texts.items()]
    return {aid: event.id for event in link_articles(views) for aid in event.article_ids}


YEAR_LESS = {
    "en": ("Abe arrives in Santiago\n\nJapanese Prime Minister Shinzo Abe arrived in Santiago on 30 July for "
           "talks with President Michelle Bachelet on trade and the Pacific alliance.\n"),
    "es": ("Bachelet recibe a Abe en La Moneda\n\nLa presidenta Michelle Bachelet recibió el 30 de julio al primer "
           "ministro de Japón, Shinzo Abe, con quien firmó acuerdos de inversión.\n"),
    "fr": ("Le Premier ministre japonais au Chili\n\nLe Premier ministre japonais Shinzo Abe est arrivé le 30 juillet "
           "au Chili, première étape d'une tournée en Amérique latine.\n"),
}


def test_reports_without_a_year_on_one_day_join_the_only_event_of_their_pair_there_on_one_leader():
    """Three reports of one pair that write "30 July" and no year: two name both leaders and are
    one event; the third names one of them only, and it joins the only event of the pair on that
    day."""
    events = _events(YEAR_LESS)
    assert events["en"] == events["es"] == events["fr"]


WEEKDAY = {
    "en": ("Widodo and Sharif sign a trade pact\n\nIndonesian President Joko Widodo and Pakistani Prime Minister "
           "Nawaz Sharif signed a preferential trade agreement on Friday and pledged to double trade.\n"),
    "id": ("Jokowi dan Nawaz Sharif teken perjanjian dagang\n\nPresiden Joko Widodo dan Perdana Menteri Pakistan "
           "Nawaz Sharif pada Jumat menandatangani perjanjian perdagangan preferensial.\n"),
    "tuesday": ("Widodo and Sharif talk about palm oil\n\nIndonesian President Joko Widodo and Pakistani Prime "
                "Minister Nawaz Sharif discussed palm oil tariffs on Tuesday.\n"),
    "dated": ("Widodo and Sharif meet in Jakarta\n\nIndonesian President Joko Widodo and Pakistani Prime Minister "
              "Nawaz Sharif met in Jakarta on 23 November 2015 to discuss trade.\n"),
}


def test_reports_without_a_day_that_give_the_same_weekday_are_one_event_when_no_dated_report_names_the_two():
    """Two reports without a day, each naming the two leaders and "Friday" (no place): one event;
    one that names them on a Tuesday is another meeting. Where a report a day places names the
    two as well, they have met more than once: which Friday is unknown, and the two stay apart."""
    events = _events({k: WEEKDAY[k] for k in ("en", "id", "tuesday")})
    assert events["en"] == events["id"] != events["tuesday"]
    events = _events(WEEKDAY)
    assert len({events["en"], events["id"], events["tuesday"], events["dated"]}) == 4


@pytest.mark.parametrize("text, lang, countries", [
    ("durante una rueda de prensa junto al presidente, que mostró su apoyo a la cumbre del G-20 que se hará en "
     "Buenos Aires en noviembre", "es", set()),
    ("the leaders backed the summit to be held in Lima next year", "en", set()),
    ("la conférence qui aura lieu à Paris en décembre", "fr", set()),
    ("the talks in Lima went on late", "en", {"PE"}),
])
def test_the_host_city_of_a_gathering_to_come_is_no_venue(text, lang, countries):
    assert set(located_countries(text, lang)) == countries


def test_a_report_of_talks_in_a_palace_that_names_next_years_summit_city_sets_no_venue_there():
    assert extract_venue("Macron recibe a Macri en el Elíseo",
                         "El presidente Macri se reunió ayer en el Elíseo con Macron, quien apoyó la cumbre que "
                         "se hará en Buenos Aires en noviembre.", "es") == ()


@pytest.mark.parametrize("text, lang, stamps, iso, month_day, day_of_month", [
    # Hindi writes February without its nukta as often as with it
    ("प्रधानमंत्री ने 17 फरवरी 2015 को राष्ट्रपति से मुलाकात की।", "hi", (), "2015-02-17", None, None),
    # spoken Chinese marks the day with 号 (not a metro line's number, "1号线")
    ("总理12号在北京会见德国总理。", "zh", (), None, None, (12, 12)),
    ("总理5月12号在北京会见德国总理。", "zh", (), None, "05-12", None),
    ("总理乘坐地铁1号线前往会场。", "zh", (), None, None, None),
    # a Chinese dateline's day is the event's when the lead says the meeting is "today" (今日)
    ("(新加坡7日讯)两国领导人今日在新加坡举行历史性会面,握手超过一分钟。", "zh", (), None, None, (7, 7)),
    # a news agency's dateline: the city, the day and month in figures, the agency
    ("Jakarta, 12/12 (ANTARA) - Presiden bertemu Perdana Menteri India di Istana Merdeka.", "id", (), None,
     "12-12", None),
    ("Harga naik 12/12 (data BPS) - lalu turun lagi.", "id", (), None, None, None),
    # Thai writes no spaces: the month's name runs on into the next word
    ("วันที่ 20 พฤศจิกายนที่กรุงเวลลิงตัน นายกรัฐมนตรีพบประธานาธิบดี", "th", (), None, "11-20", None),
])
def test_days_written_in_more_of_the_ways_outlets_write_them(text, lang, stamps, iso, month_day, day_of_month):
    found = extract_date(text, lang, stamps=stamps)
    assert (found.iso, found.month_day, found.day_of_month) == (iso, month_day, day_of_month)
