"""Event dates: understand/dates.py on the seeds and on small made-up texts."""
from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from kabar.record import DateFinding
from kabar.understand import dates
from kabar.understand.dates import extract_date
from kabar.understand.pipeline import understand

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SOURCE_RE = re.compile(r"^Sumber:\s*(https?://\S+)", re.MULTILINE)


def _seed(prefix: str) -> tuple[str, str | None]:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    text = path.read_text(encoding="utf-8")
    m = SOURCE_RE.search(text)
    return text, (m.group(1) if m else None)


# (seed, lang, iso, year_inferred, how, evidence, month_day)
SEED_CASES = [
    # 000: "pada tahun 2023" (past) and the anniversaries it prepares for support no year: the
    # day stays a day and month; the build takes the year from 001, its report in English
    ("000", "id", None, False, "none", "4 Maret", "03-04"),
    ("001", "en", "2024-03-04", False, "lead", "March 4, 2024", None),
    # a visit to come "dari tanggal 29/11-2/12": a span of days, no single one ("pada 2020 mencapai": a
    # 2020 figure gives the year)
    ("002", "id", None, True, "span", "29/11-2/12", None),
    # URL ...-20250510...; "mulai 8 Mei" is when the visit began, the meeting came later
    ("003", "id", "2025-05-10", True, "body", "10 Mei", None),
    # the visit's span, and the day of the talks within it (Monday 21 June), its year the span's
    ("004", "id", "2021-06-21", True, "body", "Senin pagi (21 Juni) (20-23 Juni 2021)", None),
]


@pytest.mark.parametrize("seed, lang, iso, inferred, how, evidence, month_day", SEED_CASES)
def test_seeds(seed, lang, iso, inferred, how, evidence, month_day):
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    found = understand(path.read_bytes(), path.name).record.date  # headline, lead, stamps as the build reads them
    assert (found.iso, found.year_inferred, found.how, found.evidence, found.month_day) == (
        iso, inferred, how, evidence, month_day)


def test_seed_003_takes_its_year_from_its_url_or_its_figures():
    text, url = _seed("003")
    assert url and url.endswith("-20250510175614884.htm")
    # Without the URL, its figures still give the year: trade "pada tahun 2024" and "Pada kuartal
    # pertama tahun 2025" (the first quarter of 2025 is over) are reported in 2025
    assert extract_date(text, "id").iso == "2025-05-10"
    # with neither, "Pada Juni 2024" (past) bounds the year from below but supports none
    found = extract_date("Pada Juni 2024 keduanya bertemu. Pertemuan pertama pada 10 Mei.", "id")
    assert (found.iso, found.month_day) == (None, "05-10")


# (text, lang, url, iso, year_inferred)
CASES = [
    # --- formats, languages ---
    ("Both ministers met in Hanoi on March 4, 2024.", "en", None, "2024-03-04", False),
    ("Both ministers met in Hanoi on 4 March 2024.", "en", None, "2024-03-04", False),
    ("They signed the deal on the 4th of March 2024.", "en", None, "2024-03-04", False),
    ("Kedua menteri bertemu pada 4 Maret 2024 di Hanoi.", "id", None, "2024-03-04", False),
    ("KEDUA MENTERI BERTEMU PADA 4 MARET 2024.", "id", None, "2024-03-04", False),
    ("Hai bên hội đàm ngày 4 tháng 3 năm 2024 tại Hà Nội.", "vi", None, "2024-03-04", False),
    ("Hai ben hoi dam ngay 4 thang 3 nam 2024 tai Ha Noi.", "vi", None, "2024-03-04", False),
    ("Sáng ngày 4/3/2024, hai bên hội đàm.", "vi", None, "2024-03-04", False),
    ("Le sommet s'est tenu le 4 mars 2024 à Paris.", "fr", None, "2024-03-04", False),
    ("Le lundi 1er avril 2024, les ministres se sont réunis.", "fr", None, "2024-04-01", False),
    ("Das Treffen fand am 4. März 2024 in Berlin statt.", "de", None, "2024-03-04", False),
    ("Am Montag, 4.3.2024, trafen sich die Minister.", "de", None, "2024-03-04", False),
    ("La reunión se celebró el 4 de marzo de 2024 en Madrid.", "es", None, "2024-03-04", False),
    ("Встреча прошла 4 марта 2024 года в Москве.", "ru", None, "2024-03-04", False),
    ("会谈于2024年3月4日举行。", "zh", None, "2024-03-04", False),
    ("Talks were held 2024-03-04 in Hanoi.", None, None, "2024-03-04", False),
    # --- numeric day/month order ---
    ("The talks were held on 4/3/2024.", "en-GB", None, "2024-03-04", False),
    ("The talks were held on 4/3/2024.", "en-US", None, "2024-04-03", False),
    ("The talks were held on 4/3/2024.", "en", None, None, False),  # ambiguous: not read
    ("The talks were held on 14/3/2024.", "en", None, "2024-03-14", False),  # unambiguous
    ("Nilai ekspor naik 1/2 dari target tahun lalu.", "id", None, None, False),  # a fraction, no cue
    # --- a full year's figure gives the year after it; a bound alone gives none ---
    ("Leaders met on June 21. In 2019, trade reached 5 billion USD.", "en", None, "2020-06-21", True),
    ("Menlu bertemu 4 Mei. Nilai perdagangan pada 2020 mencapai 4,85 miliar USD.", "id", None, "2021-05-04", True),
    # (… not to a day of the first three months: the year's figures are still the latest then, two years on)
    ("Menlu bertemu 4 Maret. Nilai perdagangan pada 2020 mencapai 4,85 miliar USD.", "id", None, None, False),
    ("Pada 9 Oktober kedua PM bertemu. Dalam 6 bulan pertama tahun 2024 ekspor naik.", "id", None, "2024-10-09", True),
    ("Menlu bertemu pada 4 Maret. Sejak 2020, kerja sama terus meningkat.", "id", None, None, False),
    ("Menlu bertemu pada 4 Maret. Kontak tingkat tinggi pada tahun 2023 telah berjalan baik.",
     "id", None, None, False),
    ("Menlu bertemu 4 Maret. Perdagangan naik 9 persen dibandingkan tahun 2019.", "id", None, None, False),
    ("Pada Juni 2024, keduanya bertemu di Hanoi. Ia kini berkunjung ke Rusia mulai 8 Mei.", "id", None, None, False),
    ("Pertemuan pada 10 Januari. Pada 28 Desember 2023 kedua pihak setuju.",
     "id", None, "2024-01-10", True),  # a dated mention of a nearby month
    ("Pada 21 Juni kedua menteri bertemu. Pada Juni 2024 ada pertemuan lain.",
     "id", None, "2024-06-21", True),  # a month-year of the same month
    # --- a weekday picks between the figure's year and the next ---
    ("Leaders met on Monday (June 21). In 2019, trade reached 5 billion USD.", "en", None, "2021-06-21", True),
    ("Thứ Hai, ngày 21/6, hai Bộ trưởng hội đàm. Năm 2019, thương mại đạt 5 tỷ USD.",
     "vi", None, "2021-06-21", True),
    ("Menlu bertemu pada Senin pagi (21 Juni). Sejak 2019, kerja sama meningkat.", "id", None, None, False),
    # --- the URL's publication date: the year of a day near it ---
    ("Presiden bertemu 8 Mei dan 10 Mei.", "id", "https://example.com/news/2025/05/10/kunjungan", "2025-05-08", True),
    ("Presiden bertemu 28 Desember.", "id", "https://example.com/news/2025-01-03-kunjungan", "2024-12-28", True),
    ("Presiden tiba 9 Mei.", "id", "https://example.com/a-20250510175614884.htm", "2025-05-09", True),
    ("Both sides met on 4 March 2024.", "en", "https://example.com/2024/03/06/talks", "2024-03-04", False),
    # --- the years of relations marked: "75 years of ties (1950 - 2025)" ---
    ("Menlu bertemu pada 4 Maret. Perjanjian itu berusia 30 tahun (Maret 1994 - Maret 2024).",
     "id", None, "2024-03-04", True),
    ("Ministers met on March 4 to mark 75 years of ties (March 1950 - 2025).", "en", None, "2025-03-04", True),
    # --- periods, targets and names are no year evidence ---
    # (as a same-month month-year or a past year, each of these would otherwise give a year)
    ("Pertemuan 4 Maret. Kedua negara menargetkan 15 miliar USD pada tahun 2030.", "id", None, None, False),
    ("Ministers met on March 4 and aim to double trade in 2030.", "en", None, None, False),
    ("Ministers met on March 4. Trade should reach 20 billion USD by the year 2030.", "en", None, None, False),
    ("Pertemuan 4 Maret membahas UNCLOS 1982.", "id", None, None, False),
    ("Pertemuan 4 Maret. Konsultasi berikutnya akan diadakan pada 2025.", "id", None, None, False),
    # --- Filipino ordinal days: "ika-22 ng Hunyo" (the 22nd of June) ---
    ("Nagpulong kahapon, Huwebes, ika-14 ng Marso 2019, sa Maynila ang dalawang ministro.", "tl", None,
     "2019-03-14", False),
    ("Nagkita ang mga pinuno noong ika-3 ng Oktubre, 2016.", "tl", None, "2016-10-03", False),
    # --- not dates ---
    ("Menlu bertemu pada 31 Februari 2024.", "id", None, None, False),
    ("Ulang tahun ke-30 Juni lalu dirayakan.", "id", None, None, False),
    ("Kedua pihak menandatangani nota kesepahaman.", "id", None, None, False),
]


@pytest.mark.parametrize("text, lang, url, iso, inferred", CASES)
def test_cases(text, lang, url, iso, inferred):
    found = extract_date(text, lang, url=url)
    assert (found.iso, found.year_inferred) == (iso, inferred)
    if iso is None:
        assert found.how == "none"
    else:
        assert found.how == "lead"  # one-line texts: all headline and lead
        assert found.evidence and found.evidence in text


# a span of days is the visit's, not one day: the report gives the span (no single day), unless it
# writes a day within it later (the talks' day)
SPANS = [
    ("Kunjungan resmi dari tanggal 20-23 Juni 2021.", "id", ("2021-06-20", "2021-06-23")),
    ("Kunjungan resmi dari tanggal 29/11-2/12/2021.", "id", ("2021-11-29", "2021-12-02")),
    ("Kunjungan 20 Juni - 3 Juli 2021 di Hanoi.", "id", ("2021-06-20", "2021-07-03")),
    ("Kunjungan 29 November-2 Desember 2021 di Moskow.", "id", ("2021-11-29", "2021-12-02")),
    ("The visit runs from 29 December to 2 January 2022.", "en", ("2021-12-29", "2022-01-02")),
    ("The forum took place on March 4-6, 2024.", "en", ("2024-03-04", "2024-03-06")),
    ("The leaders met on 4 and 5 March 2024.", "en", ("2024-03-04", "2024-03-05")),
]


@pytest.mark.parametrize("text, lang, span", SPANS)
def test_a_span_of_days_is_given_as_the_span(text, lang, span):
    found = extract_date(text, lang)
    assert (found.iso, found.how, found.around) == (None, "span", span)
    assert found.evidence and found.evidence in text


@pytest.mark.parametrize("text, iso", [
    ("The prime minister visits France from 8 to 11 July 2017. The talks with the president are on "
     "10 July at the Elysee.", "2017-07-10"),
    ("Kunjungan resmi dari tanggal 20-23 Juni 2021. Pada Senin pagi (21 Juni) kedua menteri melakukan "
     "pembicaraan.", "2021-06-21"),
    # (a day outside the span is another: the span stays)
    ("The prime minister visits France from 8 to 11 July 2017. A deal was signed on 2 June.", None),
])
def test_a_day_written_within_the_span_is_the_events(text, iso):
    found = extract_date(text, "id" if "Kunjungan" in text else "en")
    assert found.iso == iso
    if iso is None:
        assert found.how == "span"


def test_no_date_at_all_is_the_empty_finding():
    assert extract_date("Kedua pihak menandatangani nota kesepahaman.", "id") == DateFinding()
    assert extract_date("", None) == DateFinding()


def test_day_without_year_evidence_is_kept_as_a_day_and_month_not_guessed():
    found = extract_date("Wakil Menteri memimpin Dialog Strategis pada tanggal 4 Maret.", "id")
    assert found == DateFinding(None, "4 Maret", False, "none", month_day="03-04")
    found = extract_date("Menlu bertemu pada Senin pagi (21 Juni). Sejak 2020 hubungan erat.", "id")
    assert (found.iso, found.evidence, found.month_day, found.weekday) == (None, "Senin pagi (21 Juni)", "06-21", 0)
    # a day that names a past upheaval is history, not the meeting's ("the day after the failed coup")
    found = extract_date("Le président chilien a reçu son homologue kényan. Le Chili a été un ami du Kenya le "
                         "16 juillet 2016 (lendemain du putsch manqué), a-t-il rappelé.", "fr")
    assert (found.iso, found.month_day) == (None, None)
    found = extract_date("Cumhurbaşkanı Şili'de mevkidaşıyla görüştü. Şili, dostluğunu 15 Temmuz'da ispat etmiştir; "
                         "darbe girişiminde yanımızdaydı.", "tr")
    assert (found.iso, found.month_day) == (None, None)
    # Georgian writes the day's month in the dative ("27 თებერვალს", on 27 February)
    found = extract_date("27 თებერვალს საქართველოს პრეზიდენტი სომხეთის პრეზიდენტს შეხვდა.", "ka")
    assert (found.iso, found.month_day) == (None, "02-27")


@pytest.mark.parametrize("lead, rest, lang, iso", [
    # a treaty's or the last meeting's day further down falls near the event's day and month in
    # another year: it lends no year ...
    ("Peru's president met Kenya's president in Nairobi on 23 July.",
     "Their relations rest on a friendship treaty signed on 5 June 1986.", "en", None),
    ("Der peruanische Präsident traf am 10. November in Nairobi den kenianischen Präsidenten.",
     "Zuletzt waren die beiden am 22. Februar 2019 zusammengetroffen. Grundlage ist ein Vertrag vom "
     "15. November 1994.", "de", None),
    # ... while the same day written in full further down does
    ("Le président péruvien est arrivé à Nairobi ce lundi 11 décembre.",
     "Le président péruvien est arrivé à Nairobi ce 11 décembre 2017 pour rencontrer son homologue.", "fr",
     "2017-12-11"),
])
def test_a_day_further_down_lends_its_year_only_to_the_same_days(lead, rest, lang, iso):
    assert extract_date(f"Titre\n{lead}\n{rest}", lang, lead=lead).iso == iso


def test_invalid_date_is_no_date_and_no_month_fallback():
    assert extract_date("Pertemuan pada 31 Februari 2024 di Jakarta.", "id") == DateFinding()
    assert extract_date("Meeting on February 30, 2023.", "en") == DateFinding()


def test_a_month_alone_makes_up_no_day():
    assert extract_date("Pertemuan digelar pada Juni 2024 di Jakarta.", "id").iso is None


def test_url_date_when_text_has_no_usable_day():
    # (the address's day is when the page was written, not the event's: it is kept as the
    #  publication date and places the report for linking, but it dates no event)
    found = extract_date("Tidak ada tanggal di sini.", "id", url="https://tuoitre.vn/x-20250103101010000.htm")
    assert (found.iso, found.how, found.published) == (None, "page", "2025-01-03")
    # a text date years before publication is history, not the event
    found = extract_date("Perjanjian ditandatangani 10 Januari 2019.", "id",
                         url="https://example.com/2025/05/10/berita")
    assert (found.iso, found.how, found.published) == (None, "page", "2025-05-10")
    # a report may announce what comes within days: its day, not the publication's
    found = extract_date("Presiden akan berkunjung 20 Mei 2025.", "id", url="https://example.com/2025/05/10/berita")
    assert (found.iso, found.how) == ("2025-05-20", "lead")


# --- the page's own date: publication lines, datelines, weekdays, "yesterday" -----------------

@pytest.mark.parametrize("text, stamps, lang, iso, how", [
    # the publication line is no event: the lead's day is, with the publication's year
    ("Presiden bertemu Putin di Moskow pada Kamis, 30 Juni.", ("1 Juli 2022, 09:33 WIB",), "id",
     "2022-06-30", "lead"),
    # "on Wednesday" is the Wednesday on or before the page's date
    ("The two presidents met in Kyiv on Wednesday.", ("Thursday, 30 June 2022 | 00:06",), "en",
     "2022-06-29", "weekday"),
    ("Presiden tiba di Kyiv, Rabu sore.", ("Kamis, 30 Juni 2022 | 00:06",), "id", "2022-06-29", "weekday"),
    # ... or the day after a page dated in a time zone behind the event's
    ("Leaders hold a state dinner on Sunday in Hanoi.", ("November 11, 2017 | 05:16 am PT",), "en",
     "2017-11-12", "weekday"),
    # a Vietnamese weekday is "thứ" with its number capitalised ("thứ hai" alone is "second");
    # a Russian one is often in the accusative ("в среду")
    ("Chiều thứ Tư, Thủ tướng Peru đã tới Nairobi và hội đàm với Tổng thống Kenya.", ("23/12/2021 14:10",), "vi",
     "2021-12-22", "weekday"),
    ("Đây là lần thứ hai hai Bộ trưởng gặp nhau tại Lima.", ("23/12/2021 14:10",), "vi", "2021-12-23", "publication"),
    ("В Лиме в среду прошли переговоры глав МИД Перу и Кении.", ("16 марта 2023, 07:00",), "ru", "2023-03-15",
     "weekday"),
    # "yesterday", "昨日", "hôm qua" are the day before the page's date
    ("Ministers met yesterday in Paris.", ("2019-03-05 10:20",), "en", "2019-03-04", "relative"),
    ("两国总理昨日举行会谈。", ("[2013-10-05]",), "zh", "2013-10-04", "relative"),
    ("Hôm qua, hai Bộ trưởng hội đàm.", ("05/03/2024 10:20",), "vi", "2024-03-04", "relative"),
    # a dateline day gives way to the lead's own day
    ("МОСКВА, 29 ноября. Путин проведет во вторник, 30 ноября, переговоры.", ("29 ноября 2021, 09:20",), "ru",
     "2021-11-30", "lead"),
    # nothing else: the page's own date, when its line shows it was written later that day; a date
    # alone (or an early hour) is when the page was dated, and no event's
    ("The two ministers held talks on trade.", ("Published 12 March 2024, 15:40",), "en", "2024-03-12",
     "publication"),
    ("The two ministers held talks on trade.", ("Published 12 March 2024",), "en", None, "page"),
    ("The two ministers held talks on trade.", ("Published 12 March 2024, 06:10",), "en", None, "page"),
    # Hungarian and Lithuanian write the year first, then the month's name and the day
    ("A két külügyminiszter kedden tárgyalt Limában.", ("2023. március 16. 9:12",), "hu", "2023-03-14",
     "weekday"),
    ("Ministrai susitiko Limoje kovo 15 d.", ("2023 m. kovo 16 d. 09:20",), "lt", "2023-03-15", "lead"),
])
def test_the_pages_own_date(text, stamps, lang, iso, how):
    found = extract_date(text, lang, stamps=stamps)
    assert (found.iso, found.how) == (iso, how)


@pytest.mark.parametrize("lead, stamps, lang, iso, month_day", [
    # a day and month months before the page's only date: that date is when the page was viewed,
    # not written; it lends the day no year, which stays a day and month
    ("Peru's foreign minister met his Kenyan counterpart in Lima on 13 November.",
     ("Saturday, 21 February 2026",), "en", None, "11-13"),
    ("Menteri Luar Negeri Peru bertemu Menteri Luar Negeri Kenya di Lima pada 13 November.",
     ("Sabtu, 21 Februari 2026",), "id", None, "11-13"),
    # within the weeks before it, the page's year holds (also across the new year)
    ("Peru's foreign minister met his Kenyan counterpart in Lima on 13 February.",
     ("Saturday, 21 February 2026",), "en", "2026-02-13", None),
    ("Peru's foreign minister met his Kenyan counterpart in Lima on 28 December.",
     ("Thursday, 8 January 2026",), "en", "2025-12-28", None),
    # weeks before it (a page re-published a year on, with the date of its new posting): no year
    ("Peru's foreign minister met his Kenyan counterpart in Lima on 6 November.",
     ("Published: 2024-11-25 14:57",), "en", None, "11-06"),
    ("11月6日下午，秘鲁外长在利马会见肯尼亚外长。", ("发布时间：2024-11-25 14:57:35",), "zh", None, "11-06"),
])
def test_a_page_date_months_after_the_day_lends_no_year(lead, stamps, lang, iso, month_day):
    found = extract_date(lead, lang, stamps=stamps, lead=lead)
    assert (found.iso, found.month_day if iso is None else None) == (iso, month_day)


@pytest.mark.parametrize("lead, stamps, lang, iso", [
    # a dateline's day is the day the report was filed: the lead's "yesterday" or weekday is read
    # against it (a page date, when there is one, gives the dateline its year)
    ("LIMA, 9 февраля. Главы МИД Перу и Кении вчера провели переговоры в Лиме.", ("9 февраля 2023, 14:35",), "ru",
     "2023-02-08"),
    ("NAIROBI, Sept. 27 (Wire) - The foreign ministers of Peru and Kenya held talks on Friday in Nairobi.",
     ("September 27, 2025 | 10:14",), "en", "2025-09-26"),
    ("NAIROBI, Sept. 26, 2025 (Wire) - The foreign ministers of Peru and Kenya held talks in Nairobi.", (), "en",
     "2025-09-26"),
])
def test_the_leads_yesterday_or_weekday_after_a_dateline(lead, stamps, lang, iso):
    assert extract_date(f"Title\n{lead}", lang, stamps=stamps, lead=lead).iso == iso


@pytest.mark.parametrize("figure, iso", [
    # a page dated years after the latest full-year figure its text reports was viewed then, not
    # written: the figure's year dates the day instead
    ("Bilateral trade reached US$500 million in 2018, according to official data.", "2019-06-16"),
    # a recent figure: the page's date holds
    ("Bilateral trade reached US$500 million in 2024, according to official data.", "2026-06-16"),
])
def test_a_page_date_years_after_the_texts_figures_dates_nothing(figure, iso):
    lead = "The foreign ministers of Peru and Kenya talked by phone on 16 June."
    found = extract_date(f"Title\n{lead}\n{figure}", "en", stamps=("20/06/2026",), lead=lead)
    assert found.iso == iso


def test_a_history_day_is_not_the_event():
    text = ("Leaders met on Monday to reopen flights suspended after the crash of 31 October 2015.\n"
            "The talks on 11 December 2017 lasted two hours.")
    assert extract_date(text, "en").iso == "2017-12-11"


@pytest.mark.parametrize("lang, text", [
    # the lead's weekday and a full date further down on another weekday (23 January 2017, a Monday)
    ("en", "On Thursday the president flew to Budapest for talks with the prime minister.\n"
           "The visit was prepared during the minister's stay in Moscow on 23 January 2017."),
    ("ru", "В четверг президент прилетел в Будапешт на переговоры с премьером.\n"
           "Визит готовили во время поездки министра в Москву 23 января 2017 года."),
])
def test_a_full_date_on_another_weekday_than_the_leads_is_another_day(lang, text):
    found = extract_date(text, lang, lead=text.split("\n")[0])
    assert found.iso is None and found.weekday == 3  # kept as Thursday: it can still link


@pytest.mark.parametrize("lang, text, weekday", [
    ("he", "ראש הממשלה נחת היום (שני) בברלין ונפגש עם הקנצלרית.", 0),  # "today (Monday)"
    ("th", "นายกรัฐมนตรีพบกับประธานาธิบดีเมื่อวันพฤหัสบดีที่กรุงเทพฯ", 3),  # unspaced
    ("ka", "პრემიერ-მინისტრი ხუთშაბათს შეხვდა პრეზიდენტს თბილისში.", 3),  # dative "on Thursday"
    ("el", "Ο πρωθυπουργός συναντήθηκε την Τρίτη με τον πρόεδρο στην Αθήνα.", 1),  # Tuesday, capitalised
    ("el", "Ήταν η τρίτη φορά που ο πρόεδρος επισκέφθηκε την Αθήνα.", None),  # "the third time"
])
def test_weekdays_as_these_languages_write_them(lang, text, weekday):
    assert extract_date(text, lang, lead=text).weekday == weekday


@pytest.mark.parametrize("lang, lead, iso", [
    ("he", "תל אביב, 4 ביוני 2018 - ראש הממשלה נפגש אתמול עם הקנצלרית בברלין.", "2018-06-03"),
    ("el", "ΑΘΗΝΑ, 7 Σεπτεμβρίου 2017 - Ο πρόεδρος συναντήθηκε χθες με τον πρωθυπουργό.", "2017-09-06"),
    ("fa", "تهران، ۲۸ ژانویه ۲۰۱۶ - رئیس جمهور دیروز با همتای فرانسوی خود دیدار کرد.", "2016-01-27"),
])
def test_yesterday_read_against_the_dateline_in_more_languages(lang, lead, iso):
    assert extract_date(lead, lang, lead=lead).iso == iso


def test_a_photos_day_counts_only_on_the_leads_weekday():
    caption = "The ministers in Tokyo on 18 December 2015. REUTERS/Photographer"
    text = f"Ministers meet in Bogor\n{caption}\nThe ministers met on Sunday in Bogor."
    lead = f"{caption}\nThe ministers met on Sunday in Bogor."
    assert extract_date(text, "en", lead=lead, captions=(caption,)).iso is None  # 18 Dec 2015 was a Friday
    caption = "The ministers in Bogor on 15 January 2017. REUTERS/Photographer"
    text = f"Ministers meet in Bogor\n{caption}\nThe ministers met on Sunday in Bogor."
    lead = f"{caption}\nThe ministers met on Sunday in Bogor."
    found = extract_date(text, "en", lead=lead, captions=(caption,))
    assert (found.iso, found.how) == ("2017-01-15", "caption")


def test_a_weekday_without_any_day_is_kept_for_linking():
    found = extract_date("Presiden bertemu Perdana Menteri di Bogor pada Senin.", "id")
    assert (found.iso, found.weekday) == (None, 0)


@pytest.mark.parametrize("lead, lang, month_day, weekday", [
    # "Ahad" is Sunday in Indonesian and Malay news, as "Minggu" is
    ("Presiden bertemu Perdana Menteri di Bogor pada Ahad (9/11) untuk membahas kerja sama.", "id", "11-09", 6),
    ("Perdana Menteri bertemu Presiden di Putrajaya pada Ahad (9/11).", "ms", "11-09", 6),
    # a day the lead writes with its weekday is the event's; one without it is the background
    ("Les deux présidents, rapprochés depuis l'attentat manqué du 3 mars, ont tenu une conférence de "
     "presse commune jeudi 20 avril à Lima.", "fr", "04-20", 3),
    ("Since the floods of 3 March, the two leaders have spoken often; they met on Thursday, April 20, "
     "in Lima.", "en", "04-20", 3),
    # without a weekday, the lead's first day stays the one taken
    ("The two leaders met on 20 April in Lima, after the floods of 3 March.", "en", "04-20", None),
])
def test_a_day_written_with_its_weekday_is_the_event(lead, lang, month_day, weekday):
    found = extract_date(f"Leaders meet\n{lead}", lang, lead=lead)
    assert (found.iso, found.month_day, found.weekday) == (None, month_day, weekday)


@pytest.mark.parametrize("lead, lang", [
    ("The presidents met in Rio on Thursday. They last met in Washington on 11 September 2023.", "en"),
    ("В Рио в четверг состоялась встреча. В последний раз они встречались в Вашингтоне 11 сентября 2023 года.",
     "ru"),
    ("Kedua presiden bertemu di Rio pada Kamis. Keduanya terakhir kali bertemu di Washington pada 11 September "
     "2023.", "id"),
    ("Hai tổng thống gặp nhau tại Rio hôm thứ Năm. Lần gần nhất hai bên gặp nhau là tại Washington ngày "
     "11/9/2023.", "vi"),
])
def test_the_day_the_two_last_met_is_history(lead, lang):
    """The day of their last meeting is not this one's (nor a day to read "Thursday" against)."""
    found = extract_date(f"Presidents meet\n{lead}", lang, lead=lead)
    assert (found.iso, found.month_day, found.weekday) == (None, None, 3)


@pytest.mark.parametrize("lead, lang, month_day", [
    # an agency's dateline with the city in title case tells when the report was written; the day
    # the lead names is the meeting's
    ("Davos, 23 ene (EFE).- Al margen del foro, el primer ministro mantuvo el 22 de enero un encuentro "
     "con el presidente.", "es", "01-22"),
    ("Москва, 29 ноября. /ТАСС/. Министры провели переговоры 28 ноября в Кремле.", "ru", "11-28"),
    # without another day, the dateline's is kept
    ("Davos, 23 ene (EFE).- El primer ministro mantuvo un encuentro con el presidente.", "es", "01-23"),
])
def test_a_title_case_dateline_gives_way_to_the_leads_day(lead, lang, month_day):
    found = extract_date(f"Leaders meet\n{lead}", lang, lead=lead)
    assert (found.iso, found.month_day) == (None, month_day)


@pytest.mark.parametrize("lead, lang, stamp, iso", [
    # "yesterday" in Danish, Swedish, Norwegian and Filipino, read against the page's own date
    ("Statsministeren mødtes i går med præsidenten i København.", "da", "12. maj 2016 10:12", "2016-05-11"),
    ("Statsministern träffade i går presidenten i Stockholm.", "sv", "12 maj 2016 10:12", "2016-05-11"),
    ("Statsministeren møtte i går presidenten i Oslo.", "nb", "12. mai 2016 10:12", "2016-05-11"),
    ("Nakipagpulong kahapon ang Pangulo sa Punong Ministro sa Maynila.", "tl", "Mayo 12, 2016 10:12", "2016-05-11"),
])
def test_yesterday_in_more_languages(lead, lang, stamp, iso):
    assert extract_date(f"Leaders meet\n{lead}", lang, lead=lead, stamps=(stamp,)).iso == iso


@pytest.mark.parametrize("lead, lang", [
    # a document named by its day is not this meeting's day
    ("The leaders met on Saturday to carry out the declaration of 27 April.", "en"),
    ("Лидеры встретились в субботу. Встреча позволит осуществить декларацию 27 апреля.", "ru"),
    ("Les dirigeants se sont rencontrés samedi pour appliquer la déclaration du 27 avril.", "fr"),
])
def test_a_documents_day_is_not_the_event(lead, lang):
    found = extract_date(f"Leaders meet\n{lead}", lang, lead=lead)
    assert (found.iso, found.month_day, found.weekday) == (None, None, 5)


def test_since_dates_are_not_the_event():
    text = "Sejak 4 Maret 2020, kerja sama meningkat. Pada 12 Juni 2021 kedua menteri bertemu."
    assert extract_date(text, "id").iso == "2021-06-12"


def test_urls_inside_the_text_are_not_read_as_dates():
    text = "Sumber: https://example.com/2019/01/02/berita\nKedua pihak bertemu."
    assert extract_date(text, "id") == DateFinding()


def test_module_does_not_import_pelican():
    tree = ast.parse(Path(dates.__file__).read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    names |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(n.split(".")[0] == "pelican" for n in names)


@pytest.mark.parametrize("text, lang, expected", [
    # Vietnamese datelines: "Chiều 5/9" (the afternoon of 5 September), year from a past-year figure
    ("Chiều 5/9, tại Tokyo, hai Thủ tướng đã hội đàm. Năm 2023, kim ngạch đạt 50 tỷ USD.", "vi", "2024-09-05"),
    # (… which gives none to a day of the first months: "Chiều 5/3" may be 2024's or 2025's)
    ("Chiều 5/3, tại Tokyo, hai Thủ tướng đã hội đàm. Năm 2023, kim ngạch đạt 50 tỷ USD.", "vi", None),
    # "Senin malam (5/3)": "pada tahun 2023" only bounds the year: none is guessed
    ("Pada Senin malam (5/3), menteri bertemu. Pada tahun 2023 perdagangan naik.", "id", None),
    # a 2023 figure and the weekday: Tuesday 5 March 2024
    ("Pada Selasa malam (5/3), menteri bertemu. Pada tahun 2023 perdagangan mencapai 5 miliar USD.", "id",
     "2024-03-05"),
])
def test_datelines_and_weekdays(text, lang, expected):
    assert extract_date(text, lang).iso == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an anniversary being marked gives the year (the ordinal equals the span of years)
    ("Menlu Laos bertemu Menlu Kamboja pada tanggal 11 Agustus. Kedua negara sedang merayakan ulang tahun "
     "ke-65 hubungan diplomatik (1956-2021). Sebelumnya, pada tahun 2014, presiden berkunjung.", "id", "2021-08-11"),
    ("The ministers met on August 11. This year marks the 65th anniversary of diplomatic relations (1956-2021).",
     "en", "2021-08-11"),
    ("Sáng 5/9, hai bên hội đàm. Năm nay hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao (1994-2024).",
     "vi", "2024-09-05"),
    # one still to come only bounds the event from above: no year
    ("On 10 September the ministers met. Both countries will celebrate the 30th anniversary "
     "(June 1994 - June 2024).", "en", None),
    # the years of relations: "after 50 years of relations (1973 - 2023)", on the weekday named
    ("Pada Selasa malam (29 Agustus) PM meninggalkan Hanoi, setelah 50 tahun hubungan diplomatik "
     "(1973 – 2023).", "id", "2023-08-29"),
    # Russian "30-летию ... (1994-2024)": preparing for anniversaries, the earliest gives the year
    ("ХАНОЙ, 4 марта. Стороны обсудили подготовку к 30-летию Договора (1994-2024) и 75-летию "
     "установления дипломатических отношений (1950-2025).", "ru", "2024-03-04"),
    ("On the occasion of the 75th anniversary of relations (1950-2025), the ministers met on 4 March.",
     "en", "2025-03-04"),
    # a plan's span of years is no anniversary, and a day number is no ordinal
    ("Pada tanggal 4 Maret, rencana kerja sama (2021-2025) dibahas.", "id", None),
])
def test_anniversaries(text, lang, expected):
    assert extract_date(text, lang).iso == expected


@pytest.mark.parametrize("lead, lang, stamps, iso, day_of_month", [
    # the day of the month alone: kept for linking when the page has no date ...
    ("首相は15日、ハノイで会談した。", "ja", (), None, (15, 15)),
    ("대통령은 9~11일 서울을 국빈 방문한다.", "ko", (), None, (9, 11)),
    # ... and read in the month of the page's own date (or the month before) when it has one
    ("首相は15日、ハノイで会談した。", "ja", ("2019年1月16日 10:30",), "2019-01-15", None),
    ("총리는 30일 회담했다.", "ko", ("2019.12.01 09:00",), "2019-11-30", None),
    # a day with its month is a day-month, not a day alone; "15日間" is fifteen days
    ("主席10月4日在河内会见总理。", "zh", (), None, None),
    ("首相は15日間の日程で訪問する。", "ja", (), None, None),
    # the month and year written further down give the day alone its date
    ("首相は15日、ハノイで会談した。会談は2019年3月15日に行われた。", "ja", (), "2019-03-15", None),
    # a day after a sentence's full stop is a day alone ("…친구다. 26일")
    ("두 정상은 오랜 친구다. 26일 오후(현지 시간) 베를린에서 만났다.", "ko", ("2014.03.27 03:00",), "2014-03-26", None),
])
def test_a_day_of_the_month_alone(lead, lang, stamps, iso, day_of_month):
    finding = extract_date("見出し\n" + lead, lang, stamps=stamps, lead=lead)
    assert (finding.iso, finding.day_of_month) == (iso, day_of_month)


@pytest.mark.parametrize("lead, lang, countries, iso", [
    # a national day's anniversary in a report about that country: 1945 + 80 = 2025
    ("Prime Minister Anwar congratulated Vietnam on the 80th anniversary of its National Day on "
     "September 2.", "en", ("MY", "VN"), "2025-09-02"),
    ("Presiden menerima ucapan selamat HUT ke-79 RI pada 17 Agustus dari Perdana Menteri.", "id",
     ("ID", "SG"), "2024-08-17"),
    # not a country of the report, or not near its national day: no year
    ("Prime Minister Anwar congratulated Vietnam on the 80th anniversary of its National Day on "
     "September 2.", "en", ("TH", "US"), None),
    ("The ministers marked the 80th anniversary of the republic's founding on March 3.", "en", ("MY", "VN"), None),
    # a weekday the lead names before the day, not that day's weekday: the day of the weekday
    ("The leaders spoke by telephone on Thursday. Marking the 77th anniversary of the Republic of "
     "Indonesia on August 17, the president sent his greetings.", "en", ("ID", "RU"), "2022-08-18"),
    # a named event of a year that happened yesterday: the report's year
    ("On the morning of April 24 the two ministers had breakfast in Hanoi. Yesterday she attended the "
     "Mekong Future Forum 2023.", "en", ("ID", "VN"), "2023-04-24"),
    ("On the morning of April 24 the two ministers had breakfast in Hanoi. She attended the "
     "Mekong Future Forum 2023 last month.", "en", ("ID", "VN"), None),
])
def test_years_from_national_days_and_named_editions(lead, lang, countries, iso):
    assert extract_date("Headline\n" + lead, lang, lead=lead, countries=countries).iso == iso


def test_a_weekday_and_day_fall_once_in_the_leaders_time_together():
    """"mardi 24 avril" with Macron and Trump in the lead: of the years both were in office, only
    2018 has a Tuesday 24 April. Without the weekday, or with leaders whose time together holds
    several such days, no year is given."""
    from kabar.understand.offices import in_office_together
    together = in_office_together(["emmanuel-macron", "donald-trump"])
    lead = "Emmanuel Macron a été reçu mardi 24 avril à la Maison Blanche par Donald Trump."
    assert extract_date("Titre\n" + lead, "fr", lead=lead, in_office=together).iso == "2018-04-24"
    no_weekday = "Emmanuel Macron a été reçu le 24 avril à la Maison Blanche par Donald Trump."
    assert extract_date("Titre\n" + no_weekday, "fr", lead=no_weekday, in_office=together).iso is None
    assert extract_date("Titre\n" + lead, "fr", lead=lead, in_office=None).iso is None
    # Putin and Erdoğan held office together through all of 2014-2025: several Tuesdays 24 April
    longer = in_office_together(["vladimir-putin", "recep-tayyip-erdogan"])
    assert extract_date("Titre\n" + lead, "fr", lead=lead, in_office=longer).iso is None


def test_leaders_in_office_together():
    from datetime import date
    from kabar.understand.offices import in_office_together
    assert in_office_together(["emmanuel-macron"]) is None  # one person says nothing
    spans = in_office_together(["emmanuel-macron", "donald-trump"])
    assert spans[0] == (date(2017, 5, 14), date(2021, 1, 20))
    assert in_office_together(["barack-obama", "emmanuel-macron"]) == ()  # never at once
    # a person's offices that overlap make one span (Raúl Castro: head of state, then party leader too)
    assert in_office_together(["vladimir-putin", "raul-castro"]) == ((date(2008, 5, 8), date(2021, 4, 19)),)
    # "President Putin": his time as president only (not as prime minister, 2008-2012)
    assert in_office_together(["vladimir-putin", "raul-castro"], roles={"vladimir-putin": "head_of_state"}) \
        == ((date(2012, 5, 7), date(2021, 4, 19)),)
    # two presidents of one country are one of them at a time, not both: a report of Temer and
    # Macri that recalls Rousseff's removal is of any day either Brazilian met Macri in office
    # (not only the months Rousseff and Temer overlap in the data)
    assert in_office_together(["michel-temer", "mauricio-macri", "dilma-rousseff"]) \
        == ((date(2015, 12, 10), date(2018, 12, 31)),)


@pytest.mark.parametrize("title, role", [
    ("President", "head_of_state"), ("Президент России", "head_of_state"), ("Presiden RI", "head_of_state"),
    ("Prime Minister", "head_of_government"), ("Thủ tướng", "head_of_government"), ("首相", "head_of_government"),
    ("رئيس الوزراء", "head_of_government"), ("Foreign Minister", "foreign_minister"),
    ("Menteri Luar Negeri", "foreign_minister"), ("former President", None), ("", None), ("Ambassador", None),
    # a deputy holds another office
    ("Indonesian Deputy Foreign Minister", None), ("Wakil Menteri Luar Negeri", None), ("Vice President", None),
    ("Phó Thủ tướng", None), ("président de l'Assemblée nationale indonésien", None), ("Chủ tịch Quốc hội", None),
    # the president of a council of ministers heads a government
    ("رئيس مجلس الوزراء", "head_of_government"), ("Presidente del Consiglio", "head_of_government"),
    ("presidente del Gobierno", "head_of_government"),
])
def test_the_office_a_title_gives(title, role):
    from kabar.understand.actors import role_of_title
    assert role_of_title(title) == role


def test_the_leaders_a_days_sentence_names_with_the_leads_tell_its_year():
    """The lead names one leader; the sentence of the day names the other and the day's weekday:
    Friday 11 July falls once while the Russian president (not prime minister: he is called
    president) and Raúl Castro held office together (2014; 2008 was a Friday too)."""
    lead = ("Putin promises help to Cuba\nRussian President Vladimir Putin signed a number of agreements on "
            "trade, energy and information security during his visit to the island, and promised to help it "
            "overcome the blockade, the Kremlin said in a statement published after the talks.\n")
    text = lead + "\"We will help,\" Putin said after talks with Raul Castro on Friday, 11 July.\n"
    assert understand(text.encode(), "x.txt").record.date.iso == "2014-07-11"
    # the other leader named in another sentence only: the one listed person of the other country the
    # text names is the counterpart, whose terms narrow the years too
    other = lead + "\"We will help,\" Putin said on Friday, 11 July.\nHe had long talks with Raul Castro.\n"
    assert understand(other.encode(), "x.txt").record.date.iso == "2014-07-11"
    # two of them (Raúl Castro, and Díaz-Canel, president from 2018): which one he met is not told: no year
    both = other + "Miguel Díaz-Canel was not at the talks.\n"
    assert understand(both.encode(), "x.txt").record.date.iso is None


@pytest.mark.parametrize("text, lead, captions, iso", [
    # the weekday and the day contradict each other (12 September 2018 was a Wednesday): no date
    ("Pancakes\nVLADIVOSTOK (AFP) - The two presidents on Tuesday (Sept 12) tossed pancakes. The forum "
     "opened on September 10, 2018.", "VLADIVOSTOK (AFP) - The two presidents on Tuesday (Sept 12) tossed pancakes.",
     (), None),
    # an archive photo's day lends its year to no other day of the text, and is not the event's day
    # unless the lead names its weekday
    ("Talks in Qingdao\nThe leaders at an earlier summit in Xiamen on 4 September, 2017. (Pool / AFP Photo)\n"
     "The two leaders met on the sidelines of the summit in Qingdao. A vote is due on 12 June.",
     "The two leaders met on the sidelines of the summit in Qingdao.",
     ("The leaders at an earlier summit in Xiamen on 4 September, 2017. (Pool / AFP Photo)",), None),
])
def test_contradictions_and_archive_photos_give_no_date(text, lead, captions, iso):
    assert extract_date(text, "en", lead=lead, captions=captions).iso == iso


@pytest.mark.parametrize("caption, body, iso", [
    # the caption writes its weekday, and the body says the talks were on that day
    ("The two ministers in Quito on Tuesday, March 7, 2017. (AP Photo/Someone)",
     "The ministers met in Quito on Tuesday, their second meeting this year.", "2017-03-07"),
    # the body names another day: the photo may be of another meeting
    ("The two ministers in Quito on Tuesday, March 7, 2017. (AP Photo/Someone)",
     "The ministers met in Quito on Wednesday, their second meeting this year.", None),
    # the caption's weekday is not its date's (7 March 2017 was a Tuesday): nothing trusted
    ("The two ministers in Quito on Monday, March 7, 2017. (AP Photo/Someone)",
     "The ministers met in Quito on Monday, their second meeting this year.", None),
    # the body's day is a plan, not the talks
    ("The two ministers in Quito on Tuesday, March 7, 2017. (AP Photo/Someone)",
     "The ministers will meet again in Quito on Tuesday.", None),
])
def test_a_photos_dated_weekday_counts_when_the_body_names_it(caption, body, iso):
    lead = "Ecuador and Peru open talks on river trade, with a warning on tariffs from the Andean bloc."
    text = f"Ministers meet in Quito\n{lead}\n{body}\n{caption}"
    assert extract_date(text, "en", lead=lead, captions=(caption,)).iso == iso


@pytest.mark.parametrize("text, stamps, iso, day_of_month", [
    # a Japanese era year: 令和3年 is 2021, 元年 its first year
    ("令和3年4月16日(現地時間)、首相はワシントンを訪問し、大統領と会談しました。", (), "2021-04-16", None),
    ("平成元年2月24日、大統領が東京を訪問した。", (), "1989-02-24", None),
    # the lead's day alone comes first: the event's; a later day with its month is a plan
    ("首相は8日午後(日本時間9日午前)、カイロで大統領と会談した。両氏は3月2日に東京で行う首脳会談に向け協議した。",
     ("2023年2月9日 10:15",), "2023-02-08", None),
    ("首相は8日午後、カイロで大統領と会談した。両氏は3月2日に東京で行う首脳会談に向け協議した。",
     (), None, (8, 8)),
    # a dateline's day with its month comes first: it stays the event's
    ("新华社开罗2月8日电 8日,国家主席在开罗会见总统。双方同意3月2日在北京举行会谈。", (), None, None),
])
def test_chinese_japanese_korean_leads(text, stamps, iso, day_of_month):
    found = extract_date(text, "ja" if "首相" in text or "大統領" in text else "zh", lead=text, stamps=stamps)
    assert (found.iso, found.day_of_month) == (iso, day_of_month)
    if text.startswith("新华社"):
        assert found.month_day == "02-08"


def test_a_later_day_on_another_weekday_than_the_leads_is_not_the_event():
    lead = "The two presidents met briefly on the sidelines of the ocean summit in Mombasa on Saturday."
    text = (f"Presidents meet at the summit\n{lead}\n"
            "The president flies on to Lima for his state visit starting Sunday, March 8.")
    found = extract_date(text, "en", lead=lead)
    assert (found.month_day, found.weekday) == (None, 5)  # Saturday kept for linking, no wrong day
    same = text.replace("Sunday, March 8", "Saturday, March 7")
    assert extract_date(same, "en", lead=lead).month_day == "03-07"


def test_the_words_of_a_date_after_letters_that_fold_unevenly():
    """Letters fold to several letters ("ش" -> "sh") or to none (alef): when they make up for each
    other the folded text has the original's length, yet before the date its offsets are not the
    original's; the evidence is still the words as written. (A made-up text, only for the trap.)"""
    from kabar.understand.textutil import fold, folds_evenly

    text = "موسكو: ناقش الشيخ يوم 5 يونيو 2021 الإقليمي."
    assert len(fold(text)) == len(text) and not folds_evenly(text)
    assert extract_date(text, "ar").evidence == "5 يونيو 2021"


@pytest.mark.parametrize("text, iso", [
    # a Hindi dateline (place, its country in brackets, the day, the agency): the weekday in the
    # lead is before the day of writing
    ("नई दिल्ली (भारत), 06 मार्च 2021, (एजेंसी) प्रधानमंत्री ने शुक्रवार को राष्ट्रपति से मुलाकात की।", "2021-03-05"),
    # the same with Latin capitals
    ("NEW DELHI (India), 6 March 2021, (Agency) The Prime Minister met the President on Friday.", "2021-03-05"),
])
def test_a_dateline_in_a_script_without_capitals(text, iso):
    assert extract_date(text, text.startswith("NEW") and "en" or "hi").iso == iso


KISHIDA_CHINH = ((date(2021, 10, 4), date(2024, 10, 1)),)  # (the leaders of the lead: their time together)


@pytest.mark.parametrize("text, pair, in_office, iso", [
    # the anniversary of the pair's relations gives the year (1973 + 50): the data's year, one in
    # which the leaders of the lead held office together
    ("The two prime ministers held talks in Tokyo on 21 September. This year marks the 50th anniversary of "
     "diplomatic relations between Viet Nam and Japan.", ("JP", "VN"), KISHIDA_CHINH, "2023-09-21"),
    # in Chinese, counted in 周年
    ("9月21日，两国总理在东京举行会谈。今年是越日建交50周年。", ("JP", "VN"), KISHIDA_CHINH, "2023-09-21"),
    # leaders not in office together that year: the data or the text is about another time
    ("The two prime ministers held talks in Tokyo on 21 September. This year marks the 50th anniversary of "
     "diplomatic relations between Viet Nam and Japan.", ("JP", "VN"), ((date(2016, 4, 7), date(2020, 9, 16)),),
     None),
    # no two listed leaders in the lead: nothing to check the year against
    ("The two prime ministers held talks in Tokyo on 21 September. This year marks the 50th anniversary of "
     "diplomatic relations between Viet Nam and Japan.", ("JP", "VN"), None, None),
    # a pair the data does not list: the year the text states
    ("The ministers met on 24 October. The two countries established diplomatic relations in 1971; this year "
     "marks the 50th anniversary of diplomatic relations.", ("AE", "SA"), ((date(2019, 1, 1), date(2022, 5, 13)),),
     "2021-10-24"),
    # the text states another year than the data's: which is right is unknown, none is taken
    ("The ministers met on 20 September. The two countries have maintained diplomatic ties since 1962. This "
     "year marks the 55th anniversary of diplomatic relations.", ("CN", "KZ"), ((date(2013, 1, 1), date(2026, 12, 31)),),
     None),
    # an anniversary to come, or a rough count, gives no year
    ("The ministers met on 20 September. Next year marks the 50th anniversary of diplomatic relations.",
     ("JP", "VN"), KISHIDA_CHINH, None),
    ("The ministers met on 20 September, after more than 50 years of diplomatic relations.", ("JP", "VN"),
     KISHIDA_CHINH, None),
])
def test_the_year_of_an_anniversary_of_the_pairs_relations(text, pair, in_office, iso):
    found = extract_date(text, "zh" if "会谈" in text else "en", countries=pair, in_office=in_office)
    assert found.iso == iso
    if iso is None:
        assert found.month_day is not None  # (kept as a day and month)


def test_a_photo_of_the_pair_on_the_day_the_text_tells():
    """The caption names both sides with a full date, and the first weekday the text tells is that
    date's ("arrived early Friday", in a sentence that speaks of the trip's next stops to come):
    the caption's date is the event's. An archive photo's never is."""
    body = ("Summary of the visit to Nairobi\nBy A Reporter (wire)\n"
            "Peru's president and Kenya's president in Nairobi on March 3, 2017. Photo: A Photographer\n"
            "NAIROBI - Kenya's president praised the firmness of Peru during the one-day visit by his Peruvian "
            "counterpart, meant to boost trade in tea and copper between the two countries.\n"
            "The Peruvian president arrived in Nairobi early Friday on a six-day trip that will also take him "
            "to Ghana and Senegal.\n")
    record = understand(("Kenya pleased with Peru\n" + body).encode(), "x.txt").record
    assert (record.date.iso, record.date.how) == ("2017-03-03", "caption")
    archive = body.replace("Photo: A Photographer", "(File photo)")
    assert understand(("Kenya pleased with Peru\n" + archive).encode(), "x.txt").record.date.iso is None


@pytest.mark.parametrize("lead, iso", [
    # elected, not yet in office: the day falls in the months before he took office, while the
    # other leader held his (2016; in 2024 the 17th of November was a Sunday)
    ("President-elect Donald Trump met Japanese Prime Minister Shinzo Abe in New York on Thursday, 17 November.",
     "2016-11-17"),
    ("Presiden terpilih AS Donald Trump bertemu dengan Perdana Menteri Jepang Shinzo Abe di New York, Kamis (17/11).",
     "2016-11-17"),
    # no one called elected: the two leaders' time together holds no Thursday 17 November
    ("President Donald Trump met Japanese Prime Minister Shinzo Abe in New York on Thursday, 17 November.", None),
])
def test_a_leader_elect_met_before_taking_office(lead, iso):
    more = ("Pertemuan tersebut merupakan yang pertama sejak pemilihan, kata juru bicara kedua pihak kepada wartawan."
            if "terpilih" in lead else "The two discussed trade and security at length, officials said.")
    text = ("Trump Bertemu Abe di New York" if "terpilih" in lead else "Headline of the report") + "\n" + lead \
        + "\n" + more + "\n"
    assert understand(text.encode(), "x.txt").record.date.iso == iso


@pytest.mark.parametrize("lead, month_day, evidence", [
    # a dateline without a year is the day the report was filed: "yesterday" in the lead moves it
    ("NAIROBI, Dec 4 (Wire) - The foreign ministers of Peru and Kenya met yesterday in Nairobi.", "12-03",
     "yesterday (Dec 4)"),
    # the day before 1 March depends on the year (28 or 29 February): left as it is
    ("LIMA, 1 марта. Главы МИД Перу и Кении вчера провели переговоры в Лиме.", "03-01", "1 марта"),
    ("NAIROBI, Dec 4 (Wire) - The foreign ministers of Peru and Kenya met in Nairobi.", "12-04", "Dec 4"),
])
def test_a_year_less_dateline_moved_by_yesterday(lead, month_day, evidence):
    found = extract_date("Headline\n" + lead, "ru" if "марта" in lead else "en", lead=lead)
    assert (found.iso, found.month_day, found.evidence) == (None, month_day, evidence)


@pytest.mark.parametrize("text, month_day, iso", [
    # the dateline was cabled the day after the talks the lead dates by their day alone: its month
    ("东方社开罗2月8日电 当地时间周二(7日),国家主席在开罗会见总统。双方同意3月2日在北京举行会谈。", "02-07", None),
    # ... with its year: the full date
    ("东方社开罗2024年2月8日电 当地时间7日,国家主席在开罗会见总统。", None, "2024-02-07"),
    # a day alone weeks before the dateline's day is not of its month
    ("东方社开罗2月28日电 当地时间7日,国家主席在开罗会见总统。", None, None),
])
def test_a_cabled_datelines_month_for_the_leads_day(text, month_day, iso):
    found = extract_date(text, "zh", lead=text)
    assert (found.month_day, found.iso) == (month_day, iso)


def test_a_weekday_further_down_is_kept_when_the_lead_names_no_day():
    """No day anywhere, the lead names no weekday: the body's first weekday that is no plan is kept
    (for the linker: a report of the pair's meeting on another weekday is another meeting); a
    weekday of a plan is not."""
    lead = "MANILA: The two leaders affirmed their commitment to closer maritime cooperation."
    text = f"{lead}\n\nThe president vowed on Friday to keep working with the United States.\n"
    found = extract_date(text, "en", lead=lead)
    assert (found.iso, found.weekday) == (None, 4)
    plan = f"{lead}\n\nThe president will travel to Tokyo on Friday for more talks.\n"
    assert extract_date(plan, "en", lead=lead).weekday is None


@pytest.mark.parametrize("head, lead, iso, how", [
    # a full date right after the byline is when the page was written: "on Thursday" is read against it
    ("By Jane Q. Reporter 8 December 2017", "The presidents met in Athens on Thursday.", "2017-12-07", "weekday"),
    ("Laws & Policy Leaders agree to disagree by GTP editing team 8 December 2017",
     "The presidents met in Athens on Thursday.", "2017-12-07", "weekday"),
    # "by" and who did something, then "on" and the day: the event's day
    ("Treaty signed", "The treaty was signed by Putin on 8 December 2017 in Athens.", "2017-12-08", "lead"),
    ("Treaty signed", "The treaty was signed by the two leaders 8 December 2017 in Athens.", "2017-12-08", "lead"),
])
def test_a_bylines_date_is_the_pages(head, lead, iso, how):
    found = extract_date(f"{head}\n{lead}", "en", lead=lead)
    assert (found.iso, found.how) == (iso, how)
