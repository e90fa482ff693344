"""A second synthetic world of raw news reports with ground truth, written like news web pages.

Independent of ``tools/synth.py`` (no template, word or name of it is used): a corpus the
project's rules were never tuned on.  Deterministic: everything comes from one
``random.Random(seed)``, so the same seed writes byte-identical files.

The world: about fifty countries of every region, each with an invented head of state or
government and an invented foreign minister per term (2014–2025), written the same way in every
Latin-script language and transliterated into Cyrillic in Russian.  Events between two countries
are official visits, talks in a capital, phone calls, meetings on the sidelines of a summit held in
a third country, and signings of agreements.  Each event is reported in one to four languages
(English, Indonesian, French, Spanish, German, Russian, Vietnamese), each report written on its
own: other templates, other facts, another order, another outlet, its own publication date.

What real pages have, the reports have too:

- an invented outlet's chrome before the headline (menus, "Search", "Sign in", a weather widget,
  the date of the crawl, share labels, a category, a breaking-news ticker, the headline in a title
  bar), kept the same across the outlet's reports;
- a publication line in the language's style in many reports, one to two days after the event or
  on its day; none in others, some of which give no year of the event anywhere;
- the event's day written as a full date, a day and month, a weekday, "yesterday"/"today", or in a
  wire dateline (the dateline's day is the filing day, not always the event's);
- distracting dates: relations established in a year, a treaty's day, a target year, the next
  meeting's year, an archive photo's day, a related-articles list, another meeting of the pair
  earlier or later in the week;
- third countries: the conflict discussed, the regional bloc, the summit's host, the next stop;
- distractors for linking: the same pair meeting again a few days apart or on the same day at
  another level, other pairs meeting at the same summit on the same day, the pair's yearly trade
  figure recurring in unrelated reports;
- trailing boilerplate: related news, "Read also", comments, tags, copyright lines.

Usage::

    python tools/synth_world.py N OUTDIR [--seed S]

writes ``world_00001.txt`` ... and ``truth.json``, a JSON list in the evaluation schema (README,
"Measuring on real reports"): ``{"file", "lang", "countries", "event", "date", "title"}``.
"""
from __future__ import annotations

import argparse
import json
import re
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

LANGS = ("en", "id", "fr", "es", "de", "ru", "vi")
FIRST_DAY = date(2014, 1, 6)
LAST_DAY = date(2025, 12, 19)


# ==========================================================================
# Public shape


@dataclass(frozen=True)
class SynthArticle:
    name: str  # world_00001.txt
    text: str  # the raw report, as copied from the page
    event_key: str  # reports with the same key report one event
    lang: str
    countries: tuple[str, ...]  # sorted ISO 3166-1 alpha-2 codes of the pair
    date: str  # ISO local date of the event reported
    title: str  # the headline as written in the text, or ""
    outlet: str
    pub_line: str  # the publication line as written, or ""
    traps: tuple[str, ...]  # sorted labels of what the page holds ("chrome", "pub_line", "yearless", ...)

    def truth(self) -> dict:
        return {"file": self.name, "lang": self.lang, "countries": list(self.countries),
                "event": self.event_key, "date": self.date, "title": self.title}


# ==========================================================================
# Calendar words

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"),
}
MONTHS_SHORT = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "en_ap": ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
              "Dec."),
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
}
WEEKDAYS = {  # Monday first
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "vi": ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"),
}
RU_ON_WEEKDAY = ("в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу",
                 "в воскресенье")

NUMBER_WORDS = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve"),
    "id": ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
           "sepuluh", "sebelas", "dua belas"),
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
           "douze"),
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
           "once", "doce"),
    "de": ("null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
           "elf", "zwölf"),
}


def cap(text: str) -> str:
    """The text with its first letter upper-cased (after any opening quote or bracket; not after a digit)."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
        if ch.isdigit():
            return text
    return text


def ru_plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def join_list(items: list[str], word: str, comma: str = ", ") -> str:
    """"a, b and c" with the language's word for "and"."""
    if len(items) == 1:
        return items[0]
    return comma.join(items[:-1]) + f" {word} " + items[-1]


# ==========================================================================
# Countries and cities
#
# One line per country.  Columns:
#   code | region | name culture | leader's title (president, pm, chancellor) |
#   en | en adjective | id | fr | fr kind (m, f, vm, vf: elided masculine/feminine, mp, fp, 0, 0v) |
#   fr adjective m | fr adjective f | es (with its article if it takes one) | es adjective m | f |
#   de (nominative, with its article if it takes one) | de kind (0, f, m, p) | de adjective stem |
#   ru | ru genitive | ru instrumental | ru "in" (with preposition) | ru "to" (with preposition) |
#   vi | capital (city key)

COUNTRY_TABLE = """
KE|africa|eastafrica|president|Kenya|Kenyan|Kenya|Kenya|m|kényan|kényane|Kenia|keniano|keniana|Kenia|0|kenianisch|Кения|Кении|Кенией|в Кении|в Кению|Kenya|NBO
ET|africa|ethiopia|pm|Ethiopia|Ethiopian|Etiopia|Éthiopie|vf|éthiopien|éthiopienne|Etiopía|etíope|etíope|Äthiopien|0|äthiopisch|Эфиопия|Эфиопии|Эфиопией|в Эфиопии|в Эфиопию|Ethiopia|ADD
TZ|africa|eastafrica|president|Tanzania|Tanzanian|Tanzania|Tanzanie|f|tanzanien|tanzanienne|Tanzania|tanzano|tanzana|Tansania|0|tansanisch|Танзания|Танзании|Танзанией|в Танзании|в Танзанию|Tanzania|DOD
NG|africa|nigeria|president|Nigeria|Nigerian|Nigeria|Nigeria|m|nigérian|nigériane|Nigeria|nigeriano|nigeriana|Nigeria|0|nigerianisch|Нигерия|Нигерии|Нигерией|в Нигерии|в Нигерию|Nigeria|ABV
GH|africa|ghana|president|Ghana|Ghanaian|Ghana|Ghana|m|ghanéen|ghanéenne|Ghana|ghanés|ghanesa|Ghana|0|ghanaisch|Гана|Ганы|Ганой|в Гане|в Гану|Ghana|ACC
SN|africa|senegal|president|Senegal|Senegalese|Senegal|Sénégal|m|sénégalais|sénégalaise|Senegal|senegalés|senegalesa|Senegal|0|senegalesisch|Сенегал|Сенегала|Сенегалом|в Сенегале|в Сенегал|Senegal|DKR
MA|africa|maghreb|pm|Morocco|Moroccan|Maroko|Maroc|m|marocain|marocaine|Marruecos|marroquí|marroquí|Marokko|0|marokkanisch|Марокко|Марокко|Марокко|в Марокко|в Марокко|Maroc|RBA
DZ|africa|maghreb|president|Algeria|Algerian|Aljazair|Algérie|vf|algérien|algérienne|Argelia|argelino|argelina|Algerien|0|algerisch|Алжир|Алжира|Алжиром|в Алжире|в Алжир|Algeria|ALG
TN|africa|maghreb|president|Tunisia|Tunisian|Tunisia|Tunisie|f|tunisien|tunisienne|Túnez|tunecino|tunecina|Tunesien|0|tunesisch|Тунис|Туниса|Тунисом|в Тунисе|в Тунис|Tunisia|TUN
EG|mideast|egypt|president|Egypt|Egyptian|Mesir|Égypte|vf|égyptien|égyptienne|Egipto|egipcio|egipcia|Ägypten|0|ägyptisch|Египет|Египта|Египтом|в Египте|в Египет|Ai Cập|CAI
ZA|africa|southafrica|president|South Africa|South African|Afrika Selatan|Afrique du Sud|vf|sud-africain|sud-africaine|Sudáfrica|sudafricano|sudafricana|Südafrika|0|südafrikanisch|ЮАР|ЮАР|ЮАР|в ЮАР|в ЮАР|Nam Phi|PRY
DE|europe|german|chancellor|Germany|German|Jerman|Allemagne|vf|allemand|allemande|Alemania|alemán|alemana|Deutschland|0|deutsch|Германия|Германии|Германией|в Германии|в Германию|Đức|BER
PL|europe|polish|president|Poland|Polish|Polandia|Pologne|f|polonais|polonaise|Polonia|polaco|polaca|Polen|0|polnisch|Польша|Польши|Польшей|в Польше|в Польшу|Ba Lan|WAW
FR|europe|french|president|France|French|Prancis|France|f|français|française|Francia|francés|francesa|Frankreich|0|französisch|Франция|Франции|Францией|во Франции|во Францию|Pháp|PAR
ES|europe|spanish|pm|Spain|Spanish|Spanyol|Espagne|vf|espagnol|espagnole|España|español|española|Spanien|0|spanisch|Испания|Испании|Испанией|в Испании|в Испанию|Tây Ban Nha|MAD
PT|europe|portuguese|pm|Portugal|Portuguese|Portugal|Portugal|m|portugais|portugaise|Portugal|portugués|portuguesa|Portugal|0|portugiesisch|Португалия|Португалии|Португалией|в Португалии|в Португалию|Bồ Đào Nha|LIS
IT|europe|italian|pm|Italy|Italian|Italia|Italie|vf|italien|italienne|Italia|italiano|italiana|Italien|0|italienisch|Италия|Италии|Италией|в Италии|в Италию|Italy|ROM
GB|europe|anglo|pm|the United Kingdom|British|Inggris|Royaume-Uni|m|britannique|britannique|el Reino Unido|británico|británica|Großbritannien|0|britisch|Великобритания|Великобритании|Великобританией|в Великобритании|в Великобританию|Anh|LON
IE|europe|irish|pm|Ireland|Irish|Irlandia|Irlande|vf|irlandais|irlandaise|Irlanda|irlandés|irlandesa|Irland|0|irisch|Ирландия|Ирландии|Ирландией|в Ирландии|в Ирландию|Ireland|DUB
SE|europe|swedish|pm|Sweden|Swedish|Swedia|Suède|f|suédois|suédoise|Suecia|sueco|sueca|Schweden|0|schwedisch|Швеция|Швеции|Швецией|в Швеции|в Швецию|Thụy Điển|STO
FI|europe|finnish|president|Finland|Finnish|Finlandia|Finlande|f|finlandais|finlandaise|Finlandia|finlandés|finlandesa|Finnland|0|finnisch|Финляндия|Финляндии|Финляндией|в Финляндии|в Финляндию|Phần Lan|HEL
UA|europe|ukrainian|president|Ukraine|Ukrainian|Ukraina|Ukraine|vf|ukrainien|ukrainienne|Ucrania|ucraniano|ucraniana|die Ukraine|f|ukrainisch|Украина|Украины|Украиной|на Украине|на Украину|Ukraine|KBP
TR|europe|turkish|president|Turkey|Turkish|Turki|Turquie|f|turc|turque|Turquía|turco|turca|die Türkei|f|türkisch|Турция|Турции|Турцией|в Турции|в Турцию|Thổ Nhĩ Kỳ|ANK
RU|europe|russian|president|Russia|Russian|Rusia|Russie|f|russe|russe|Rusia|ruso|rusa|Russland|0|russisch|Россия|России|Россией|в России|в Россию|Nga|MOW
CH|europe|swiss|president|Switzerland|Swiss|Swiss|Suisse|f|suisse|suisse|Suiza|suizo|suiza|die Schweiz|f|Schweizer|Швейцария|Швейцарии|Швейцарией|в Швейцарии|в Швейцарию|Thụy Sĩ|BRN
US|americas|anglo|president|the United States|US|Amerika Serikat|États-Unis|mp|américain|américaine|Estados Unidos|estadounidense|estadounidense|die USA|p|US-|США|США|США|в США|в США|Mỹ|WAS
CA|americas|canadian|pm|Canada|Canadian|Kanada|Canada|m|canadien|canadienne|Canadá|canadiense|canadiense|Kanada|0|kanadisch|Канада|Канады|Канадой|в Канаде|в Канаду|Canada|YOW
MX|americas|latam|president|Mexico|Mexican|Meksiko|Mexique|m|mexicain|mexicaine|México|mexicano|mexicana|Mexiko|0|mexikanisch|Мексика|Мексики|Мексикой|в Мексике|в Мексику|Mexico|MEX
BR|americas|brazil|president|Brazil|Brazilian|Brasil|Brésil|m|brésilien|brésilienne|Brasil|brasileño|brasileña|Brasilien|0|brasilianisch|Бразилия|Бразилии|Бразилией|в Бразилии|в Бразилию|Brazil|BSB
AR|americas|latam|president|Argentina|Argentine|Argentina|Argentine|vf|argentin|argentine|Argentina|argentino|argentina|Argentinien|0|argentinisch|Аргентина|Аргентины|Аргентиной|в Аргентине|в Аргентину|Argentina|BUE
CL|americas|latam|president|Chile|Chilean|Chili|Chili|m|chilien|chilienne|Chile|chileno|chilena|Chile|0|chilenisch|Чили|Чили|Чили|в Чили|в Чили|Chile|SCL
PE|americas|latam|president|Peru|Peruvian|Peru|Pérou|m|péruvien|péruvienne|Perú|peruano|peruana|Peru|0|peruanisch|Перу|Перу|Перу|в Перу|в Перу|Peru|LIM
CO|americas|latam|president|Colombia|Colombian|Kolombia|Colombie|f|colombien|colombienne|Colombia|colombiano|colombiana|Kolumbien|0|kolumbianisch|Колумбия|Колумбии|Колумбией|в Колумбии|в Колумбию|Colombia|BOG
EC|americas|latam|president|Ecuador|Ecuadorian|Ekuador|Équateur|vm|équatorien|équatorienne|Ecuador|ecuatoriano|ecuatoriana|Ecuador|0|ecuadorianisch|Эквадор|Эквадора|Эквадором|в Эквадоре|в Эквадор|Ecuador|UIO
SA|mideast|gulf|pm|Saudi Arabia|Saudi|Arab Saudi|Arabie saoudite|vf|saoudien|saoudienne|Arabia Saudí|saudí|saudí|Saudi-Arabien|0|saudi-arabisch|Саудовская Аравия|Саудовской Аравии|Саудовской Аравией|в Саудовской Аравии|в Саудовскую Аравию|Saudi Arabia|RUH
AE|mideast|gulf|president|the United Arab Emirates|Emirati|Uni Emirat Arab|Émirats arabes unis|mp|émirien|émirienne|los Emiratos Árabes Unidos|emiratí|emiratí|die Vereinigten Arabischen Emirate|p|emiratisch|ОАЭ|ОАЭ|ОАЭ|в ОАЭ|в ОАЭ|UAE|AUH
QA|mideast|gulf|pm|Qatar|Qatari|Qatar|Qatar|m|qatari|qatarie|Catar|catarí|catarí|Katar|0|katarisch|Катар|Катара|Катаром|в Катаре|в Катар|Qatar|DOH
JO|mideast|levant|pm|Jordan|Jordanian|Yordania|Jordanie|f|jordanien|jordanienne|Jordania|jordano|jordana|Jordanien|0|jordanisch|Иордания|Иордании|Иорданией|в Иордании|в Иорданию|Jordan|AMM
IR|mideast|persian|president|Iran|Iranian|Iran|Iran|vm|iranien|iranienne|Irán|iraní|iraní|der Iran|m|iranisch|Иран|Ирана|Ираном|в Иране|в Иран|Iran|THR
IN|south_asia|indian|pm|India|Indian|India|Inde|vf|indien|indienne|India|indio|india|Indien|0|indisch|Индия|Индии|Индией|в Индии|в Индию|Ấn Độ|DEL
NP|south_asia|nepali|pm|Nepal|Nepali|Nepal|Népal|m|népalais|népalaise|Nepal|nepalí|nepalí|Nepal|0|nepalesisch|Непал|Непала|Непалом|в Непале|в Непал|Nepal|KTM
BD|south_asia|bangla|pm|Bangladesh|Bangladeshi|Bangladesh|Bangladesh|m|bangladais|bangladaise|Bangladés|bangladesí|bangladesí|Bangladesch|0|bangladeschisch|Бангладеш|Бангладеш|Бангладеш|в Бангладеш|в Бангладеш|Bangladesh|DAC
LK|south_asia|lanka|president|Sri Lanka|Sri Lankan|Sri Lanka|Sri Lanka|m|srilankais|srilankaise|Sri Lanka|ceilandés|ceilandesa|Sri Lanka|0|sri-lankisch|Шри-Ланка|Шри-Ланки|Шри-Ланкой|на Шри-Ланке|на Шри-Ланку|Sri Lanka|CMB
PK|south_asia|pakistani|pm|Pakistan|Pakistani|Pakistan|Pakistan|m|pakistanais|pakistanaise|Pakistán|pakistaní|pakistaní|Pakistan|0|pakistanisch|Пакистан|Пакистана|Пакистаном|в Пакистане|в Пакистан|Pakistan|ISB
CN|east_asia|chinese|president|China|Chinese|Tiongkok|Chine|f|chinois|chinoise|China|chino|china|China|0|chinesisch|Китай|Китая|Китаем|в Китае|в Китай|Trung Quốc|PEK
JP|east_asia|japanese|pm|Japan|Japanese|Jepang|Japon|m|japonais|japonaise|Japón|japonés|japonesa|Japan|0|japanisch|Япония|Японии|Японией|в Японии|в Японию|Nhật Bản|TYO
KR|east_asia|korean|president|South Korea|South Korean|Korea Selatan|Corée du Sud|f|sud-coréen|sud-coréenne|Corea del Sur|surcoreano|surcoreana|Südkorea|0|südkoreanisch|Южная Корея|Южной Кореи|Южной Кореей|в Южной Корее|в Южную Корею|Hàn Quốc|SEL
VN|se_asia|vietnamese|pm|Vietnam|Vietnamese|Vietnam|Vietnam|m|vietnamien|vietnamienne|Vietnam|vietnamita|vietnamita|Vietnam|0|vietnamesisch|Вьетнам|Вьетнама|Вьетнамом|во Вьетнаме|во Вьетнам|Việt Nam|HAN
ID|se_asia|indonesian|president|Indonesia|Indonesian|Indonesia|Indonésie|vf|indonésien|indonésienne|Indonesia|indonesio|indonesia|Indonesien|0|indonesisch|Индонезия|Индонезии|Индонезией|в Индонезии|в Индонезию|Indonesia|JKT
MY|se_asia|malay|pm|Malaysia|Malaysian|Malaysia|Malaisie|f|malaisien|malaisienne|Malasia|malasio|malasia|Malaysia|0|malaysisch|Малайзия|Малайзии|Малайзией|в Малайзии|в Малайзию|Malaysia|KUL
SG|se_asia|singapore|pm|Singapore|Singaporean|Singapura|Singapour|0|singapourien|singapourienne|Singapur|singapurense|singapurense|Singapur|0|singapurisch|Сингапур|Сингапура|Сингапуром|в Сингапуре|в Сингапур|Singapore|SIN
TH|se_asia|thai|pm|Thailand|Thai|Thailand|Thaïlande|f|thaïlandais|thaïlandaise|Tailandia|tailandés|tailandesa|Thailand|0|thailändisch|Таиланд|Таиланда|Таиландом|в Таиланде|в Таиланд|Thái Lan|BKK
PH|se_asia|filipino|president|the Philippines|Philippine|Filipina|Philippines|fp|philippin|philippine|Filipinas|filipino|filipina|die Philippinen|p|philippinisch|Филиппины|Филиппин|Филиппинами|на Филиппинах|на Филиппины|Philippines|MNL
KZ|central_asia|kazakh|president|Kazakhstan|Kazakh|Kazakhstan|Kazakhstan|m|kazakh|kazakhe|Kazajistán|kazajo|kazaja|Kasachstan|0|kasachisch|Казахстан|Казахстана|Казахстаном|в Казахстане|в Казахстан|Kazakhstan|NQZ
UZ|central_asia|uzbek|president|Uzbekistan|Uzbek|Uzbekistan|Ouzbékistan|vm|ouzbek|ouzbèke|Uzbekistán|uzbeko|uzbeka|Usbekistan|0|usbekisch|Узбекистан|Узбекистана|Узбекистаном|в Узбекистане|в Узбекистан|Uzbekistan|TAS
AU|oceania|anglo|pm|Australia|Australian|Australia|Australie|vf|australien|australienne|Australia|australiano|australiana|Australien|0|australisch|Австралия|Австралии|Австралией|в Австралии|в Австралию|Australia|CBR
NZ|oceania|kiwi|pm|New Zealand|New Zealand|Selandia Baru|Nouvelle-Zélande|f|néo-zélandais|néo-zélandaise|Nueva Zelanda|neozelandés|neozelandesa|Neuseeland|0|neuseeländisch|Новая Зеландия|Новой Зеландии|Новой Зеландией|в Новой Зеландии|в Новую Зеландию|New Zealand|WLG
"""

# Countries only spoken about (a conflict discussed): en | id | fr | fr kind | es | de | de kind |
# ru | ru genitive | ru instrumental | ru "in" | ru "to" | vi
ISSUE_TABLE = """
SD|Sudan|Sudan|Soudan|m|Sudán|der Sudan|m|Судан|Судана|Суданом|в Судане|в Судан|Sudan
MM|Myanmar|Myanmar|Birmanie|f|Myanmar|Myanmar|0|Мьянма|Мьянмы|Мьянмой|в Мьянме|в Мьянму|Myanmar
VE|Venezuela|Venezuela|Venezuela|m|Venezuela|Venezuela|0|Венесуэла|Венесуэлы|Венесуэлой|в Венесуэле|в Венесуэлу|Venezuela
LY|Libya|Libia|Libye|f|Libia|Libyen|0|Ливия|Ливии|Ливией|в Ливии|в Ливию|Libya
YE|Yemen|Yaman|Yémen|m|Yemen|der Jemen|m|Йемен|Йемена|Йеменом|в Йемене|в Йемен|Yemen
HT|Haiti|Haiti|Haïti|0v|Haití|Haiti|0|Гаити|Гаити|Гаити|на Гаити|на Гаити|Haiti
AF|Afghanistan|Afghanistan|Afghanistan|vm|Afganistán|Afghanistan|0|Афганистан|Афганистана|Афганистаном|в Афганистане|в Афганистан|Afghanistan
SY|Syria|Suriah|Syrie|f|Siria|Syrien|0|Сирия|Сирии|Сирией|в Сирии|в Сирию|Syria
SO|Somalia|Somalia|Somalie|f|Somalia|Somalia|0|Сомали|Сомали|Сомали|в Сомали|в Сомали|Somalia
ML|Mali|Mali|Mali|m|Malí|Mali|0|Мали|Мали|Мали|в Мали|в Мали|Mali
"""

# Conflicts a pair of a region talks about (a pair member is never its own issue).
ISSUES_BY_REGION = {
    "africa": ("SD", "SO", "LY", "ML"), "mideast": ("SY", "YE", "SD", "LY"),
    "europe": ("UA", "SY", "LY"), "americas": ("VE", "HT"), "south_asia": ("AF", "MM"),
    "east_asia": ("MM", "AF", "UA"), "se_asia": ("MM", "AF"), "central_asia": ("AF", "UA"),
    "oceania": ("MM", "UA"),
}

# Cities: key | en | id | fr | fr "in" (when not "à …") | es | de | ru | ru "in" | vi
CITY_TABLE = """
NBO|Nairobi|Nairobi|Nairobi|-|Nairobi|Nairobi|Найроби|в Найроби|Nairobi
ADD|Addis Ababa|Addis Ababa|Addis-Abeba|-|Adís Abeba|Addis Abeba|Аддис-Абеба|в Аддис-Абебе|Addis Ababa
DOD|Dodoma|Dodoma|Dodoma|-|Dodoma|Dodoma|Додома|в Додоме|Dodoma
ABV|Abuja|Abuja|Abuja|-|Abuya|Abuja|Абуджа|в Абудже|Abuja
ACC|Accra|Accra|Accra|-|Acra|Accra|Аккра|в Аккре|Accra
DKR|Dakar|Dakar|Dakar|-|Dakar|Dakar|Дакар|в Дакаре|Dakar
RBA|Rabat|Rabat|Rabat|-|Rabat|Rabat|Рабат|в Рабате|Rabat
ALG|Algiers|Aljir|Alger|-|Argel|Algier|Алжир|в Алжире|Algiers
TUN|Tunis|Tunis|Tunis|-|Túnez|Tunis|Тунис|в Тунисе|Tunis
CAI|Cairo|Kairo|Le Caire|au Caire|El Cairo|Kairo|Каир|в Каире|Cairo
PRY|Pretoria|Pretoria|Pretoria|-|Pretoria|Pretoria|Претория|в Претории|Pretoria
BER|Berlin|Berlin|Berlin|-|Berlín|Berlin|Берлин|в Берлине|Berlin
WAW|Warsaw|Warsawa|Varsovie|-|Varsovia|Warschau|Варшава|в Варшаве|Warsaw
PAR|Paris|Paris|Paris|-|París|Paris|Париж|в Париже|Paris
MAD|Madrid|Madrid|Madrid|-|Madrid|Madrid|Мадрид|в Мадриде|Madrid
LIS|Lisbon|Lisabon|Lisbonne|-|Lisboa|Lissabon|Лиссабон|в Лиссабоне|Lisbon
ROM|Rome|Roma|Rome|-|Roma|Rom|Рим|в Риме|Rome
LON|London|London|Londres|-|Londres|London|Лондон|в Лондоне|London
DUB|Dublin|Dublin|Dublin|-|Dublín|Dublin|Дублин|в Дублине|Dublin
STO|Stockholm|Stockholm|Stockholm|-|Estocolmo|Stockholm|Стокгольм|в Стокгольме|Stockholm
HEL|Helsinki|Helsinki|Helsinki|-|Helsinki|Helsinki|Хельсинки|в Хельсинки|Helsinki
KBP|Kyiv|Kyiv|Kiev|-|Kiev|Kiew|Киев|в Киеве|Kiev
ANK|Ankara|Ankara|Ankara|-|Ankara|Ankara|Анкара|в Анкаре|Ankara
MOW|Moscow|Moskow|Moscou|-|Moscú|Moskau|Москва|в Москве|Moskva
BRN|Bern|Bern|Berne|-|Berna|Bern|Берн|в Берне|Bern
WAS|Washington|Washington|Washington|-|Washington|Washington|Вашингтон|в Вашингтоне|Washington
YOW|Ottawa|Ottawa|Ottawa|-|Ottawa|Ottawa|Оттава|в Оттаве|Ottawa
MEX|Mexico City|Mexico City|Mexico|-|Ciudad de México|Mexiko-Stadt|Мехико|в Мехико|Thành phố Mexico
BSB|Brasilia|Brasilia|Brasilia|-|Brasilia|Brasília|Бразилиа|в Бразилиа|Brasilia
BUE|Buenos Aires|Buenos Aires|Buenos Aires|-|Buenos Aires|Buenos Aires|Буэнос-Айрес|в Буэнос-Айресе|Buenos Aires
SCL|Santiago|Santiago|Santiago|-|Santiago|Santiago de Chile|Сантьяго|в Сантьяго|Santiago
LIM|Lima|Lima|Lima|-|Lima|Lima|Лима|в Лиме|Lima
BOG|Bogota|Bogota|Bogota|-|Bogotá|Bogotá|Богота|в Боготе|Bogota
UIO|Quito|Quito|Quito|-|Quito|Quito|Кито|в Кито|Quito
RUH|Riyadh|Riyadh|Riyad|-|Riad|Riad|Эр-Рияд|в Эр-Рияде|Riyadh
AUH|Abu Dhabi|Abu Dhabi|Abou Dhabi|-|Abu Dabi|Abu Dhabi|Абу-Даби|в Абу-Даби|Abu Dhabi
DOH|Doha|Doha|Doha|-|Doha|Doha|Доха|в Дохе|Doha
AMM|Amman|Amman|Amman|-|Amán|Amman|Амман|в Аммане|Amman
THR|Tehran|Teheran|Téhéran|-|Teherán|Teheran|Тегеран|в Тегеране|Tehran
DEL|New Delhi|New Delhi|New Delhi|-|Nueva Delhi|Neu-Delhi|Нью-Дели|в Нью-Дели|New Delhi
KTM|Kathmandu|Kathmandu|Katmandou|-|Katmandú|Kathmandu|Катманду|в Катманду|Kathmandu
DAC|Dhaka|Dhaka|Dacca|-|Daca|Dhaka|Дакка|в Дакке|Dhaka
CMB|Colombo|Kolombo|Colombo|-|Colombo|Colombo|Коломбо|в Коломбо|Colombo
ISB|Islamabad|Islamabad|Islamabad|-|Islamabad|Islamabad|Исламабад|в Исламабаде|Islamabad
PEK|Beijing|Beijing|Pékin|-|Pekín|Peking|Пекин|в Пекине|Bắc Kinh
TYO|Tokyo|Tokyo|Tokyo|-|Tokio|Tokio|Токио|в Токио|Tokyo
SEL|Seoul|Seoul|Séoul|-|Seúl|Seoul|Сеул|в Сеуле|Seoul
HAN|Hanoi|Hanoi|Hanoï|-|Hanói|Hanoi|Ханой|в Ханое|Hà Nội
JKT|Jakarta|Jakarta|Jakarta|-|Yakarta|Jakarta|Джакарта|в Джакарте|Jakarta
KUL|Kuala Lumpur|Kuala Lumpur|Kuala Lumpur|-|Kuala Lumpur|Kuala Lumpur|Куала-Лумпур|в Куала-Лумпуре|Kuala Lumpur
SIN|Singapore|Singapura|Singapour|-|Singapur|Singapur|Сингапур|в Сингапуре|Singapore
BKK|Bangkok|Bangkok|Bangkok|-|Bangkok|Bangkok|Бангкок|в Бангкоке|Bangkok
MNL|Manila|Manila|Manille|-|Manila|Manila|Манила|в Маниле|Manila
NQZ|Astana|Astana|Astana|-|Astaná|Astana|Астана|в Астане|Astana
TAS|Tashkent|Tashkent|Tachkent|-|Taskent|Taschkent|Ташкент|в Ташкенте|Tashkent
CBR|Canberra|Canberra|Canberra|-|Canberra|Canberra|Канберра|в Канберре|Canberra
WLG|Wellington|Wellington|Wellington|-|Wellington|Wellington|Веллингтон|в Веллингтоне|Wellington
OSA|Osaka|Osaka|Osaka|-|Osaka|Osaka|Осака|в Осаке|Osaka
HAM|Hamburg|Hamburg|Hambourg|-|Hamburgo|Hamburg|Гамбург|в Гамбурге|Hamburg
MUC|Munich|München|Munich|-|Múnich|München|Мюнхен|в Мюнхене|Munich
HGH|Hangzhou|Hangzhou|Hangzhou|-|Hangzhou|Hangzhou|Ханчжоу|в Ханчжоу|Hàng Châu
NDA|Nusa Dua|Nusa Dua|Nusa Dua|-|Nusa Dua|Nusa Dua|Нуса-Дуа|в Нуса-Дуа|Nusa Dua
NYC|New York|New York|New York|-|Nueva York|New York|Нью-Йорк|в Нью-Йорке|New York
DAV|Davos|Davos|Davos|-|Davos|Davos|Давос|в Давосе|Davos
JNB|Johannesburg|Johannesburg|Johannesburg|-|Johannesburgo|Johannesburg|Йоханнесбург|в Йоханнесбурге|Johannesburg
AYT|Antalya|Antalya|Antalya|-|Antalya|Antalya|Анталья|в Анталье|Antalya
SSH|Sharm el-Sheikh|Sharm el-Sheikh|Charm el-Cheikh|-|Sharm el Sheij|Scharm el-Scheich|Шарм-эш-Шейх|в Шарм-эш-Шейхе|Sharm el-Sheikh
DAD|Da Nang|Da Nang|Da Nang|-|Da Nang|Da Nang|Дананг|в Дананге|Đà Nẵng
AER|Sochi|Sochi|Sotchi|-|Sochi|Sotschi|Сочи|в Сочи|Sochi
SKD|Samarkand|Samarkand|Samarcande|-|Samarcanda|Samarkand|Самарканд|в Самарканде|Samarkand
DXB|Dubai|Dubai|Dubaï|-|Dubái|Dubai|Дубай|в Дубае|Dubai
BNE|Brisbane|Brisbane|Brisbane|-|Brisbane|Brisbane|Брисбен|в Брисбене|Brisbane
KTW|Katowice|Katowice|Katowice|-|Katowice|Kattowitz|Катовице|в Катовице|Katowice
VVO|Vladivostok|Vladivostok|Vladivostok|-|Vladivostok|Wladiwostok|Владивосток|во Владивостоке|Vladivostok
GOI|Goa|Goa|Goa|-|Goa|Goa|Гоа|в Гоа|Goa
KZN|Kazan|Kazan|Kazan|-|Kazán|Kasan|Казань|в Казани|Kazan
RIO|Rio de Janeiro|Rio de Janeiro|Rio de Janeiro|-|Río de Janeiro|Rio de Janeiro|Рио-де-Жанейро|в Рио-де-Жанейро|Rio de Janeiro
COL|Cologne|Köln|Cologne|-|Colonia|Köln|Кёльн|в Кёльне|Köln
VIE|Vienna|Wina|Vienne|-|Viena|Wien|Вена|в Вене|Vienna
GVA|Geneva|Jenewa|Genève|-|Ginebra|Genf|Женева|в Женеве|Geneva
MTL|Montreal|Montreal|Montréal|-|Montreal|Montreal|Монреаль|в Монреале|Montreal
"""


@dataclass(frozen=True)
class City:
    key: str
    names: dict  # lang -> name; also "fr_in", "ru_in"

    def name(self, lang: str) -> str:
        return self.names[lang]


@dataclass(frozen=True)
class Country:
    code: str
    region: str
    culture: str
    leader: str  # president, pm, chancellor
    f: dict  # every written form, by key ("en", "en_adj", "fr", "fr_kind", ...)
    capital: str  # city key

    def __getitem__(self, key: str) -> str:
        return self.f[key]


def _parse_cities() -> dict[str, City]:
    cities = {}
    for line in CITY_TABLE.strip().splitlines():
        key, en, id_, fr, fr_in, es, de, ru, ru_in, vi = line.split("|")
        names = {"en": en, "id": id_, "fr": fr, "fr_in": fr_in if fr_in != "-" else f"à {fr}", "es": es,
                 "de": de, "ru": ru, "ru_in": ru_in, "vi": vi}
        cities[key] = City(key, names)
    return cities


COUNTRY_COLUMNS = ("code region culture leader en en_adj id fr fr_kind fr_adj_m fr_adj_f es es_adj_m "
                   "es_adj_f de de_kind de_adj ru ru_gen ru_ins ru_in ru_to vi capital").split()
ISSUE_COLUMNS = "code en id fr fr_kind es de de_kind ru ru_gen ru_ins ru_in ru_to vi".split()


def _parse_countries() -> tuple[dict[str, Country], dict[str, Country]]:
    countries, issues = {}, {}
    for line in COUNTRY_TABLE.strip().splitlines():
        row = dict(zip(COUNTRY_COLUMNS, line.split("|"), strict=True))
        countries[row["code"]] = Country(row["code"], row["region"], row["culture"], row["leader"], row,
                                         row["capital"])
    for line in ISSUE_TABLE.strip().splitlines():
        row = dict(zip(ISSUE_COLUMNS, line.split("|"), strict=True))
        issues[row["code"]] = Country(row["code"], "", "", "", row, "")
    return countries, issues


CITIES = _parse_cities()
COUNTRIES, ISSUE_COUNTRIES = _parse_countries()
ISSUE_COUNTRIES["UA"] = COUNTRIES["UA"]

# Bilateral relations the world knows, with a weight (how often the pair makes news).
PAIRS = (
    ("BR", "AR", 4), ("KE", "ET", 4), ("PL", "DE", 4), ("JP", "AU", 4), ("EG", "SA", 4), ("MX", "CA", 3),
    ("IN", "NP", 4), ("ID", "MY", 4), ("FR", "DE", 3), ("ES", "PT", 3), ("IT", "FR", 2), ("GB", "IE", 3),
    ("SE", "FI", 3), ("UA", "PL", 3), ("TR", "RU", 3), ("RU", "KZ", 3), ("CN", "KZ", 3), ("UZ", "KZ", 3),
    ("US", "MX", 3), ("US", "CA", 2), ("CL", "AR", 3), ("PE", "CL", 2), ("CO", "EC", 3), ("BR", "PT", 2),
    ("NG", "GH", 3), ("SN", "MA", 3), ("DZ", "TN", 3), ("ZA", "NG", 2), ("KE", "TZ", 3), ("EG", "ET", 2),
    ("MA", "FR", 2), ("SA", "AE", 3), ("QA", "TR", 2), ("JO", "EG", 2), ("IR", "PK", 2), ("IN", "BD", 3),
    ("IN", "LK", 2), ("PK", "CN", 3), ("CN", "VN", 3), ("JP", "VN", 3), ("KR", "JP", 3), ("KR", "ID", 2),
    ("PH", "JP", 2), ("MY", "SG", 3), ("ID", "AU", 3), ("AU", "NZ", 3), ("DE", "CN", 2), ("IN", "JP", 2),
    ("RU", "IN", 2), ("TR", "DE", 2), ("US", "JP", 2), ("SG", "VN", 2), ("TH", "VN", 2), ("CH", "DE", 1),
    ("BD", "CN", 1), ("NZ", "CN", 1), ("ZA", "BR", 1), ("UZ", "RU", 2), ("TZ", "CN", 1), ("TN", "IT", 1),
)


# ==========================================================================
# People

# Name pools per culture.  Given names: "Latin|Cyrillic|m/f"; family names: "Latin|Cyrillic" or,
# when they change with gender, "Latin m|Cyrillic m|Latin f|Cyrillic f".  Cultures in FAMILY_FIRST
# write the family name first (and "short" is the family name; for Vietnamese the last word).
NAME_POOLS = {
    "eastafrica": ("Amina|Амина|f Wanjiru|Ванджиру|f Grace|Грейс|f Halima|Халима|f David|Дэвид|m "
                   "Samuel|Сэмюэл|m Joseph|Джозеф|m Juma|Джума|m Peter|Питер|m",
                   "Otieno|Отиено Kamau|Камау Mwangi|Мванги Odhiambo|Одиамбо Kiprotich|Кипротич "
                   "Njoroge|Нджороге Mwakyusa|Мвакьюса Wambura|Вамбура Massawe|Массаве"),
    "ethiopia": ("Abebe|Абебе|m Tesfaye|Тесфайе|m Dawit|Давит|m Yonas|Йонас|m Meskerem|Мескерем|f "
                 "Hirut|Хирут|f Selam|Селам|f",
                 "Haile|Хайле Gebremedhin|Гебремедхин Alemu|Алему Tadesse|Тадессе Bekele|Бекеле "
                 "Wolde|Волде Girma|Гирма"),
    "nigeria": ("Chinedu|Чинеду|m Olusegun|Олусегун|m Emeka|Эмека|m Ibrahim|Ибрагим|m Ngozi|Нгози|f "
                "Funmilayo|Фунмилайо|f Aisha|Аиша|f",
                "Okafor|Окафор Adeyemi|Адейеми Nwosu|Нвосу Bello|Белло Eze|Эзе Danjuma|Данджума"),
    "ghana": ("Kwame|Кваме|m Kofi|Кофи|m Yaw|Яу|m Ama|Ама|f Abena|Абена|f Akosua|Акосуа|f",
              "Mensah|Менса Boateng|Боатенг Asante|Асанте Owusu|Овусу Agyeman|Агьеман Darko|Дарко"),
    "senegal": ("Mamadou|Мамаду|m Ousmane|Усман|m Cheikh|Шейх|m Aminata|Амината|f Fatou|Фату|f Awa|Ава|f",
                "Diallo|Диалло Ndiaye|Ндиайе Sow|Соу Faye|Фай Sarr|Сарр Diop|Диоп"),
    "maghreb": ("Karim|Карим|m Youssef|Юсеф|m Mehdi|Мехди|m Samir|Самир|m Nadia|Надия|f Leila|Лейла|f "
                "Salma|Сальма|f",
                "Benali|Бенали Bouzid|Бузид Belkacem|Белкасем Cherif|Шериф Tazi|Тази Mejri|Меджри "
                "Trabelsi|Трабелси Alaoui|Алауи"),
    "egypt": ("Ahmed|Ахмед|m Mahmoud|Махмуд|m Hassan|Хасан|m Omar|Омар|m Rania|Рания|f Dina|Дина|f "
              "Heba|Хеба|f",
              "Fahmy|Фахми Mostafa|Мостафа Abdelaziz|Абдель-Азиз Khalil|Халиль Mansour|Мансур "
              "Nasser|Насер"),
    "levant": ("Ayman|Айман|m Nasser|Насер|m Zaid|Зейд|m Lina|Лина|f Rana|Рана|f",
               "Haddadin|Хаддадин Tarawneh|Тарауне Majali|Маджали Khasawneh|Хасауне Rifai|Рифаи"),
    "gulf": ("Faisal|Фейсал|m Khalid|Халид|m Abdullah|Абдулла|m Saud|Сауд|m Hamad|Хамад|m Noura|Нура|f "
             "Reem|Рим|f",
             "Al-Harbi|Аль-Харби Al-Mansouri|Аль-Мансури Al-Kuwari|Аль-Кувари Al-Otaibi|Аль-Отейби "
             "Al-Shamsi|Аль-Шамси Al-Marri|Аль-Марри Al-Dosari|Аль-Досари"),
    "persian": ("Reza|Реза|m Hossein|Хосейн|m Ali|Али|m Masoud|Масуд|m Maryam|Марьям|f Shirin|Ширин|f",
                "Karimi|Карими Hosseini|Хосейни Tehrani|Техрани Moradi|Моради Jafari|Джафари "
                "Rahimi|Рахими"),
    "southafrica": ("Thabo|Табо|m Sipho|Сипо|m Mandla|Мандла|m Nomvula|Номвула|f Lindiwe|Линдиве|f "
                    "Naledi|Наледи|f",
                    "Nkosi|Нкоси Dlamini|Дламини Mokoena|Мокоена Mthembu|Мтембу Khumalo|Кхумало"),
    "german": ("Thomas|Томас|m Stefan|Штефан|m Matthias|Маттиас|m Jörg|Йорг|m Katrin|Катрин|f "
               "Sabine|Сабина|f Julia|Юлия|f",
               "Becker|Беккер Hoffmann|Хоффман Schäfer|Шефер Richter|Рихтер Wagner|Вагнер Krüger|Крюгер "
               "Lehmann|Леман Vogel|Фогель"),
    "swiss": ("Urs|Урс|m Beat|Беат|m Martin|Мартин|m Regula|Регула|f Doris|Дорис|f",
              "Keller|Келлер Brunner|Бруннер Meier|Майер Gerber|Гербер Baumann|Бауман"),
    "polish": ("Tomasz|Томаш|m Piotr|Пётр|m Marek|Марек|m Krzysztof|Кшиштоф|m Katarzyna|Катажина|f "
               "Agnieszka|Агнешка|f Małgorzata|Малгожата|f",
               "Kowalski|Ковальский|Kowalska|Ковальская Wiśniewski|Вишневский|Wiśniewska|Вишневская "
               "Lewandowski|Левандовский|Lewandowska|Левандовская Zieliński|Зелинский|Zielińska|Зелинская "
               "Nowak|Новак Mazur|Мазур Wójcik|Вуйцик"),
    "french": ("Jean-Marc|Жан-Марк|m Philippe|Филипп|m Laurent|Лоран|m Olivier|Оливье|m Claire|Клер|f "
               "Isabelle|Изабель|f Sophie|Софи|f Hélène|Элен|f",
               "Dubois|Дюбуа Lefèvre|Лефевр Moreau|Моро Girard|Жирар Fontaine|Фонтен Rousseau|Руссо "
               "Mercier|Мерсье"),
    "spanish": ("Javier|Хавьер|m Alejandro|Алехандро|m Pablo|Пабло|m Carmen|Кармен|f Lucía|Лусия|f "
                "Elena|Елена|f",
                "García|Гарсия Navarro|Наварро Romero|Ромеро Ortega|Ортега Castillo|Кастильо "
                "Serrano|Серрано"),
    "portuguese": ("João|Жуан|m Rui|Руй|m Tiago|Тиагу|m Ana|Ана|f Inês|Инеш|f Luísa|Луиза|f",
                   "Silva|Силва Ferreira|Феррейра Carvalho|Карвалью Ribeiro|Рибейру Pereira|Перейра "
                   "Sousa|Соуза"),
    "brazil": ("Paulo|Паулу|m Rafael|Рафаэл|m Marcelo|Марселу|m Beatriz|Беатрис|f Fernanda|Фернанда|f "
               "Luciana|Лусиана|f",
               "Oliveira|Оливейра Almeida|Алмейда Costa|Коста Barbosa|Барбоза Nascimento|Насименту "
               "Souza|Соуза"),
    "latam": ("Carlos|Карлос|m Andrés|Андрес|m Diego|Диего|m Ricardo|Рикардо|m Mariana|Мариана|f "
              "Valeria|Валерия|f Gabriela|Габриэла|f Paula|Паула|f",
              "Fernández|Фернандес Herrera|Эррера Morales|Моралес Vargas|Варгас Rojas|Рохас "
              "Mendoza|Мендоса Aguilar|Агилар Salazar|Саласар Paredes|Паредес Quintero|Кинтеро "
              "Cárdenas|Карденас Villalobos|Вильялобос"),
    "italian": ("Marco|Марко|m Luca|Лука|m Alessandro|Алессандро|m Giulia|Джулия|f Francesca|Франческа|f "
                "Chiara|Кьяра|f",
                "Rossi|Росси Bianchi|Бьянки Ferraro|Ферраро Romano|Романо Colombo|Коломбо Conti|Конти "
                "Marino|Марино"),
    "anglo": ("James|Джеймс|m Michael|Майкл|m Andrew|Эндрю|m Daniel|Дэниел|m Mark|Марк|m Sarah|Сара|f "
              "Emma|Эмма|f Rachel|Рейчел|f Helen|Хелен|f Laura|Лора|f",
              "Whitmore|Уитмор Harrington|Харрингтон Caldwell|Колдуэлл Fletcher|Флетчер Sinclair|Синклер "
              "Ashford|Эшфорд Bennett|Беннетт Morrison|Моррисон Cartwright|Картрайт Hughes|Хьюз "
              "Porter|Портер Lawson|Лоусон"),
    "irish": ("Seán|Шон|m Ciarán|Киран|m Declan|Деклан|m Aoife|Ифа|f Niamh|Нив|f Siobhán|Шивон|f",
              "Gallagher|Галлахер Murphy|Мерфи Doyle|Дойл O'Brien|О'Брайен Byrne|Бирн Kavanagh|Кавана"),
    "canadian": ("Pierre|Пьер|m Graham|Грэм|m Daniel|Дэниел|m Catherine|Кэтрин|f Mélanie|Мелани|f "
                 "Heather|Хизер|f",
                 "Tremblay|Трамбле Gagnon|Ганьон Leblanc|Леблан MacDonald|Макдональд Campbell|Кэмпбелл "
                 "Roy|Руа"),
    "kiwi": ("Hamish|Хэмиш|m Tane|Тане|m Grant|Грант|m Aroha|Ароха|f Kiri|Кири|f",
             "Ngata|Нгата Walker|Уокер Parata|Парата McKenzie|Маккензи Tait|Тейт"),
    "swedish": ("Erik|Эрик|m Lars|Ларс|m Johan|Юхан|m Anna|Анна|f Karin|Карин|f Ebba|Эбба|f",
                "Lindqvist|Линдквист Bergström|Бергстрём Nyström|Нюстрём Sandberg|Сандберг Holm|Хольм "
                "Ekström|Экстрём"),
    "finnish": ("Mikko|Микко|m Juha|Юха|m Antti|Антти|m Aino|Айно|f Sanna|Санна|f Tuula|Туула|f",
                "Virtanen|Виртанен Korhonen|Корхонен Mäkinen|Мякинен Laine|Лайне Heikkinen|Хейккинен "
                "Niemi|Ниеми"),
    "ukrainian": ("Oleksandr|Олександр|m Andriy|Андрий|m Dmytro|Дмитро|m Olena|Олена|f Iryna|Ирина|f "
                  "Oksana|Оксана|f",
                  "Kovalenko|Коваленко Shevchuk|Шевчук Bondarenko|Бондаренко Tkachenko|Ткаченко "
                  "Melnyk|Мельник Kravchuk|Кравчук"),
    "turkish": ("Mehmet|Мехмет|m Mustafa|Мустафа|m Emre|Эмре|m Ayşe|Айше|f Elif|Элиф|f Zeynep|Зейнеп|f",
                "Yılmaz|Йылмаз Demir|Демир Çelik|Челик Aydın|Айдын Kaya|Кая Öztürk|Озтюрк"),
    "russian": ("Alexei|Алексей|m Sergei|Сергей|m Dmitry|Дмитрий|m Irina|Ирина|f Olga|Ольга|f "
                "Natalia|Наталья|f",
                "Volkov|Волков|Volkova|Волкова Sokolov|Соколов|Sokolova|Соколова "
                "Morozov|Морозов|Morozova|Морозова Lebedev|Лебедев|Lebedeva|Лебедева "
                "Orlov|Орлов|Orlova|Орлова Belov|Белов|Belova|Белова"),
    "kazakh": ("Nurlan|Нурлан|m Yerlan|Ерлан|m Daniyar|Данияр|m Aigerim|Айгерим|f Saule|Сауле|f "
               "Gulnara|Гульнара|f",
               "Abenov|Абенов|Abenova|Абенова Seitkaliyev|Сейткалиев|Seitkaliyeva|Сейткалиева "
               "Zhaksybekov|Жаксыбеков|Zhaksybekova|Жаксыбекова Ospanov|Оспанов|Ospanova|Оспанова"),
    "uzbek": ("Bakhtiyor|Бахтиёр|m Sherzod|Шерзод|m Jasur|Жасур|m Dilnoza|Дилноза|f Malika|Малика|f "
              "Nodira|Нодира|f",
              "Rashidov|Рашидов|Rashidova|Рашидова Yusupov|Юсупов|Yusupova|Юсупова "
              "Tursunov|Турсунов|Tursunova|Турсунова Alimov|Алимов|Alimova|Алимова"),
    "indian": ("Arjun|Арджун|m Vikram|Викрам|m Rajesh|Раджеш|m Anil|Анил|m Priya|Прия|f Anjali|Анджали|f "
               "Sunita|Сунита|f",
               "Sharma|Шарма Mehta|Мехта Iyer|Айер Reddy|Редди Kapoor|Капур Nair|Наир Verma|Верма"),
    "nepali": ("Bishnu|Бишну|m Prakash|Пракаш|m Ram|Рам|m Sita|Сита|f Kamala|Камала|f Sarita|Сарита|f",
               "Adhikari|Адхикари Thapa|Тхапа Koirala|Коирала Shrestha|Шрестха Gurung|Гурунг "
               "Poudel|Паудел"),
    "bangla": ("Rahim|Рахим|m Anwar|Анвар|m Kamal|Камал|m Nasrin|Насрин|f Farida|Фарида|f Rokeya|Рокея|f",
               "Chowdhury|Чоудхури Rahman|Рахман Hossain|Хоссейн Ahmed|Ахмед Talukder|Талукдер"),
    "lanka": ("Nimal|Нимал|m Ruwan|Руван|m Chaminda|Чаминда|m Dilani|Дилани|f Sanduni|Сандуни|f "
              "Ishara|Ишара|f",
              "Perera|Перера Fernando|Фернандо Jayasuriya|Джаясурия Gunawardena|Гунавардена "
              "Dissanayake|Диссанаяке Bandara|Бандара"),
    "pakistani": ("Bilal|Билал|m Farhan|Фархан|m Usman|Усман|m Ayesha|Айша|f Sana|Сана|f Hina|Хина|f",
                  "Qureshi|Куреши Malik|Малик Siddiqui|Сиддики Chaudhry|Чаудхри Abbasi|Аббаси "
                  "Mirza|Мирза"),
    "chinese": ("Jianguo|Цзяньго|m Weimin|Вэйминь|m Guoqiang|Гоцян|m Zhiyuan|Чжиюань|m Hongxia|Хунся|f "
                "Lihua|Лихуа|f Meifang|Мэйфан|f",
                "Wang|Ван Li|Ли Zhang|Чжан Liu|Лю Chen|Чэнь Zhao|Чжао Huang|Хуан Zhou|Чжоу"),
    "korean": ("Min-ho|Мин_Хо|m Sung-jin|Сон_Джин|m Jae-hyun|Чжэ_Хён|m Dong-hoon|Дон_Хун|m "
               "Ji-yeon|Чжи_Ён|f Hye-won|Хе_Вон|f Soo-jin|Су_Джин|f",
               "Kim|Ким Park|Пак Choi|Чхве Jung|Чон Kang|Кан Yoon|Юн Han|Хан"),
    "japanese": ("Hiroshi|Хироси|m Takeshi|Такэси|m Kenji|Кэндзи|m Yoshio|Ёсио|m Yuko|Юко|f Naomi|Наоми|f "
                 "Haruka|Харука|f",
                 "Tanaka|Танака Nakamura|Накамура Kobayashi|Кобаяси Yamamoto|Ямамото Matsuda|Мацуда "
                 "Ishikawa|Исикава Fujita|Фудзита"),
    "vietnamese": ("Văn_Hùng|Ван_Хунг|m Minh_Tuấn|Минь_Туан|m Quốc_Bảo|Куок_Бао|m Đức_Long|Дык_Лонг|m "
                   "Thị_Lan|Тхи_Лан|f Thu_Hà|Тху_Ха|f Thị_Mai|Тхи_Май|f",
                   "Nguyễn|Нгуен Trần|Чан Lê|Ле Phạm|Фам Hoàng|Хоанг Vũ|Ву Đặng|Данг"),
    "indonesian": ("Budi|Буди|m Agus|Агус|m Bambang|Бамбанг|m Hendra|Хендра|m Dewi|Деви|f Retno|Ретно|f "
                   "Ratna|Ратна|f",
                   "Santoso|Сантосо Setiawan|Сетиаван Hartono|Хартоно Kusuma|Кусума Pratama|Пратама "
                   "Wibowo|Вибово Nugroho|Нугрохо"),
    "malay": ("Ahmad|Ахмад|m Azman|Азман|m Hafiz|Хафиз|m Nurul|Нурул|f Siti|Сити|f Aishah|Аиша|f",
              "Ibrahim|Ибрагим Hamzah|Хамза Ismail|Исмаил Yusof|Юсоф Osman|Осман Rahim|Рахим"),
    "singapore": ("Wei_Ming|Вэй_Мин|m Boon_Heng|Бун_Хенг|m Kok_Wah|Кок_Ва|m Hui_Ling|Хуэй_Лин|f "
                  "Mei_Xin|Мэй_Синь|f",
                  "Lim|Лим Tan|Тан Ng|Нг Goh|Го Teo|Тео Ong|Он"),
    "thai": ("Somchai|Сомчай|m Anan|Анан|m Prasert|Прасерт|m Siriporn|Сирипорн|f Kanya|Канья|f "
             "Pimchanok|Пимчанок|f",
             "Srisuk|Срисук Wongsakul|Вонгсакун Chaiyaporn|Чайяпорн Rattanakorn|Раттанакорн Boonmee|Бунми "
             "Thongchai|Тхонгчай"),
    "filipino": ("Jose|Хосе|m Ramon|Рамон|m Antonio|Антонио|m Maria|Мария|f Cristina|Кристина|f "
                 "Teresa|Тереза|f",
                 "Santos|Сантос Reyes|Рейес Villanueva|Вильянуэва Bautista|Баутиста Mercado|Меркадо "
                 "Tolentino|Толентино"),
}
FAMILY_FIRST = ("chinese", "korean", "vietnamese", "singapore")


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    given_ru: str
    family_ru: str
    female: bool
    culture: str

    @property
    def name(self) -> str:
        return f"{self.family} {self.given}" if self.culture in FAMILY_FIRST else f"{self.given} {self.family}"

    @property
    def name_ru(self) -> str:
        if self.culture in FAMILY_FIRST:
            return f"{self.family_ru} {self.given_ru}"
        return f"{self.given_ru} {self.family_ru}"

    @property
    def last(self) -> str:
        return self.given.split()[-1] if self.culture == "vietnamese" else self.family

    @property
    def last_ru(self) -> str:
        return self.given_ru.split()[-1] if self.culture == "vietnamese" else self.family_ru


def _pool(culture: str) -> tuple[list[tuple[str, str, bool]], list[tuple[str, ...]]]:
    given_text, family_text = NAME_POOLS[culture]
    given = []
    for item in given_text.split():
        lat, cyr, sex = item.split("|")
        given.append((lat.replace("_", " "), cyr.replace("_", " "), sex == "f"))
    family = [tuple(part.replace("_", " ") for part in item.split("|")) for item in family_text.split()]
    return given, family


def invent_person(rng: random.Random, culture: str, female: bool, taken: set[str]) -> Person:
    given, family = _pool(culture)
    for _ in range(200):
        lat, cyr, fem = rng.choice([g for g in given if g[2] == female])
        fam = rng.choice(family)
        if len(fam) == 4:
            fam_lat, fam_cyr = (fam[2], fam[3]) if female else (fam[0], fam[1])
        else:
            fam_lat, fam_cyr = fam
        person = Person(lat, fam_lat, cyr, fam_cyr, female, culture)
        if person.name not in taken:
            taken.add(person.name)
            return person
    raise RuntimeError(f"name pool {culture} exhausted")


# ==========================================================================
# What the reports speak of, in each language

TOPIC_KEYS = ("trade", "investment", "energy", "infrastructure", "agriculture", "security", "climate",
              "education", "health", "tourism", "migration", "digital", "defence", "transport", "water")
TOPICS = {
    "en": ("trade", "investment", "energy", "infrastructure", "agriculture", "security", "climate change",
           "education", "health", "tourism", "migration", "the digital economy", "defence", "transport",
           "water management"),
    "id": ("perdagangan", "investasi", "energi", "infrastruktur", "pertanian", "keamanan", "perubahan iklim",
           "pendidikan", "kesehatan", "pariwisata", "migrasi", "ekonomi digital", "pertahanan", "transportasi",
           "pengelolaan air"),
    "fr": ("le commerce", "l'investissement", "l'énergie", "les infrastructures", "l'agriculture",
           "la sécurité", "le climat", "l'éducation", "la santé", "le tourisme", "les migrations",
           "le numérique", "la défense", "les transports", "l'eau"),
    "es": ("comercio", "inversiones", "energía", "infraestructuras", "agricultura", "seguridad",
           "cambio climático", "educación", "salud", "turismo", "migración", "economía digital", "defensa",
           "transporte", "gestión del agua"),
    "es_art": ("el comercio", "las inversiones", "la energía", "las infraestructuras", "la agricultura",
               "la seguridad", "el cambio climático", "la educación", "la salud", "el turismo",
               "la migración", "la economía digital", "la defensa", "el transporte", "la gestión del agua"),
    "de": ("Handel", "Investitionen", "Energie", "Infrastruktur", "Landwirtschaft", "Sicherheit",
           "Klimaschutz", "Bildung", "Gesundheit", "Tourismus", "Migration", "Digitalwirtschaft",
           "Verteidigung", "Verkehr", "Wasserwirtschaft"),
    "ru": ("торговли", "инвестиций", "энергетики", "инфраструктуры", "сельского хозяйства", "безопасности",
           "изменения климата", "образования", "здравоохранения", "туризма", "миграции", "цифровой экономики",
           "обороны", "транспорта", "водных ресурсов"),
    "vi": ("thương mại", "đầu tư", "năng lượng", "cơ sở hạ tầng", "nông nghiệp", "an ninh",
           "biến đổi khí hậu", "giáo dục", "y tế", "du lịch", "di cư", "kinh tế số", "quốc phòng",
           "giao thông vận tải", "quản lý nguồn nước"),
}

# Regional blocs: en, id, fr (with article), es (with article), de genitive, ru genitive, vi
BLOC_NAMES = {
    "au": ("the African Union", "Uni Afrika", "l'Union africaine", "la Unión Africana",
           "der Afrikanischen Union", "Африканского союза", "Liên minh châu Phi (AU)"),
    "osce": ("the OSCE", "Organisasi untuk Keamanan dan Kerja Sama di Eropa (OSCE)", "l'OSCE", "la OSCE",
             "der OSZE", "ОБСЕ", "Tổ chức An ninh và Hợp tác châu Âu (OSCE)"),
    "oas": ("the Organization of American States", "Organisasi Negara-negara Amerika (OAS)",
            "l'Organisation des États américains", "la Organización de los Estados Americanos (OEA)",
            "der Organisation Amerikanischer Staaten", "Организации американских государств",
            "Tổ chức các quốc gia châu Mỹ (OAS)"),
    "arab": ("the Arab League", "Liga Arab", "la Ligue arabe", "la Liga Árabe", "der Arabischen Liga",
             "Лиги арабских государств", "Liên đoàn Ả-rập"),
    "saarc": ("SAARC", "SAARC", "l'ASACR", "la SAARC", "der SAARC", "СААРК", "SAARC"),
    "apec": ("APEC", "APEC", "l'APEC", "el foro APEC", "der APEC", "АТЭС", "APEC"),
    "asean": ("ASEAN", "ASEAN", "l'ASEAN", "la ASEAN", "der ASEAN", "АСЕАН", "ASEAN"),
    "sco": ("the Shanghai Cooperation Organisation", "Organisasi Kerja Sama Shanghai (SCO)",
            "l'Organisation de coopération de Shanghai", "la Organización de Cooperación de Shanghái",
            "der Shanghaier Organisation für Zusammenarbeit", "ШОС", "Tổ chức Hợp tác Thượng Hải (SCO)"),
    "pif": ("the Pacific Islands Forum", "Forum Kepulauan Pasifik", "le Forum des îles du Pacifique",
            "el Foro de las Islas del Pacífico", "des Pazifischen Inselforums", "Форума тихоокеанских островов",
            "Diễn đàn các đảo Thái Bình Dương"),
}
REGION_BLOC = {"africa": "au", "europe": "osce", "americas": "oas", "mideast": "arab", "south_asia": "saarc",
               "east_asia": "apec", "se_asia": "asean", "central_asia": "sco", "oceania": "pif"}
BLOC_COLUMN = {lang: i for i, lang in enumerate(LANGS)}


@dataclass(frozen=True)
class SummitKind:
    key: str
    level: str  # leaders, fms
    hosts: tuple[tuple[str, str], ...]  # (country, city)
    guests: tuple[str, ...]  # regions or country codes that attend; () = everyone
    k: tuple[int, int]  # how many countries take part
    names: dict  # lang -> name; de -> (nominative, genitive, dative); ru -> (nominative, genitive)
    months: tuple[int, ...] = tuple(range(1, 13))  # when in the year it meets


SUMMIT_KINDS = (
    SummitKind("g20", "leaders", (("AR", "BUE"), ("JP", "OSA"), ("DE", "HAM"), ("CN", "HGH"), ("ID", "NDA"),
                                  ("TR", "AYT"), ("AU", "BNE"), ("IN", "DEL"), ("SA", "RUH"), ("BR", "RIO"),
                                  ("ZA", "JNB"), ("IT", "ROM")),
               ("AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "KR", "MX", "RU", "SA", "ZA", "TR",
                "GB", "US", "ES", "SG", "EG", "NG", "VN", "SN"), (19, 40),
               {"en": "G20 summit", "id": "KTT G20", "fr": "le sommet du G20", "es": "la cumbre del G20",
                "de": ("der G20-Gipfel", "des G20-Gipfels", "dem G20-Gipfel"), "ru": ("саммит G20", "саммита G20"),
                "vi": "Hội nghị thượng đỉnh G20"}, months=(6, 7, 9, 11)),
    SummitKind("unga", "fms", (("US", "NYC"),), (), (150, 193),
               {"en": "UN General Assembly", "id": "Sidang Majelis Umum PBB",
                "fr": "l'Assemblée générale des Nations unies", "es": "la Asamblea General de la ONU",
                "de": ("die UN-Vollversammlung", "der UN-Vollversammlung", "der UN-Vollversammlung"),
                "ru": ("Генеральная Ассамблея ООН", "Генеральной Ассамблеи ООН"),
                "vi": "Khóa họp Đại hội đồng Liên Hợp Quốc"}, months=(9,)),
    SummitKind("asean", "leaders", (("ID", "JKT"), ("MY", "KUL"), ("TH", "BKK"), ("VN", "HAN"), ("PH", "MNL"),
                                    ("SG", "SIN")),
               ("se_asia", "east_asia", "oceania", "IN", "US", "RU"), (18, 18),
               {"en": "ASEAN summit", "id": "KTT ASEAN", "fr": "le sommet de l'ASEAN",
                "es": "la cumbre de la ASEAN", "de": ("der ASEAN-Gipfel", "des ASEAN-Gipfels", "dem ASEAN-Gipfel"),
                "ru": ("саммит АСЕАН", "саммита АСЕАН"), "vi": "Hội nghị Cấp cao ASEAN"}, months=(4, 5, 6, 10, 11)),
    SummitKind("au", "leaders", (("ET", "ADD"),), ("africa", "EG"), (40, 55),
               {"en": "African Union summit", "id": "KTT Uni Afrika", "fr": "le sommet de l'Union africaine",
                "es": "la cumbre de la Unión Africana",
                "de": ("der Gipfel der Afrikanischen Union", "des Gipfels der Afrikanischen Union",
                       "dem Gipfel der Afrikanischen Union"),
                "ru": ("саммит Африканского союза", "саммита Африканского союза"),
                "vi": "Hội nghị thượng đỉnh Liên minh châu Phi"}, months=(2, 7)),
    SummitKind("wef", "leaders", (("CH", "DAV"),), (), (60, 130),
               {"en": "World Economic Forum", "id": "Forum Ekonomi Dunia", "fr": "le Forum économique mondial",
                "es": "el Foro Económico Mundial",
                "de": ("das Weltwirtschaftsforum", "des Weltwirtschaftsforums", "dem Weltwirtschaftsforum"),
                "ru": ("Всемирный экономический форум", "Всемирного экономического форума"),
                "vi": "Diễn đàn Kinh tế Thế giới (WEF)"}, months=(1,)),
    SummitKind("msc", "fms", (("DE", "MUC"),), ("europe", "mideast", "US", "CA", "JP", "IN", "CN", "AU", "KR"),
               (40, 70),
               {"en": "Munich Security Conference", "id": "Konferensi Keamanan München",
                "fr": "la Conférence de Munich sur la sécurité", "es": "la Conferencia de Seguridad de Múnich",
                "de": ("die Münchner Sicherheitskonferenz", "der Münchner Sicherheitskonferenz",
                       "der Münchner Sicherheitskonferenz"),
                "ru": ("Мюнхенская конференция по безопасности", "Мюнхенской конференции по безопасности"),
                "vi": "Hội nghị An ninh Munich"}, months=(2,)),
    SummitKind("cop", "leaders", (("EG", "SSH"), ("AE", "DXB"), ("PL", "KTW")), (), (120, 190),
               {"en": "UN climate conference", "id": "Konferensi Perubahan Iklim PBB",
                "fr": "la conférence de l'ONU sur le climat",
                "es": "la conferencia de la ONU sobre el cambio climático",
                "de": ("die UN-Klimakonferenz", "der UN-Klimakonferenz", "der UN-Klimakonferenz"),
                "ru": ("климатическая конференция ООН", "климатической конференции ООН"),
                "vi": "Hội nghị về biến đổi khí hậu của Liên Hợp Quốc (COP)"}, months=(11, 12)),
    SummitKind("brics", "leaders", (("BR", "BSB"), ("RU", "KZN"), ("IN", "GOI"), ("CN", "PEK"), ("ZA", "JNB")),
               ("BR", "RU", "IN", "CN", "ZA", "EG", "ET", "AE", "SA", "IR", "ID", "KZ", "AR", "NG"), (5, 36),
               {"en": "BRICS summit", "id": "KTT BRICS", "fr": "le sommet des BRICS", "es": "la cumbre de los BRICS",
                "de": ("der BRICS-Gipfel", "des BRICS-Gipfels", "dem BRICS-Gipfel"),
                "ru": ("саммит БРИКС", "саммита БРИКС"), "vi": "Hội nghị thượng đỉnh BRICS"}, months=(6, 7, 8, 9, 10)),
    SummitKind("apec", "leaders", (("CN", "PEK"), ("PH", "MNL"), ("PE", "LIM"), ("VN", "DAD"), ("RU", "VVO"),
                                   ("CL", "SCL"), ("TH", "BKK")),
               ("east_asia", "se_asia", "oceania", "US", "CA", "MX", "CL", "PE", "RU"), (21, 21),
               {"en": "APEC summit", "id": "KTT APEC", "fr": "le sommet de l'APEC", "es": "la cumbre del APEC",
                "de": ("der APEC-Gipfel", "des APEC-Gipfels", "dem APEC-Gipfel"),
                "ru": ("саммит АТЭС", "саммита АТЭС"), "vi": "Hội nghị Cấp cao APEC"}, months=(11,)),
    SummitKind("sco", "leaders", (("KZ", "NQZ"), ("UZ", "SKD"), ("RU", "AER"), ("CN", "PEK")),
               ("CN", "RU", "KZ", "UZ", "IN", "PK", "IR", "TR"), (8, 20),
               {"en": "SCO summit", "id": "KTT Organisasi Kerja Sama Shanghai (SCO)",
                "fr": "le sommet de l'Organisation de coopération de Shanghai",
                "es": "la cumbre de la Organización de Cooperación de Shanghái",
                "de": ("der SOZ-Gipfel", "des SOZ-Gipfels", "dem SOZ-Gipfel"), "ru": ("саммит ШОС", "саммита ШОС"),
                "vi": "Hội nghị thượng đỉnh Tổ chức Hợp tác Thượng Hải (SCO)"}, months=(6, 7, 9)),
)


# ==========================================================================
# Events


@dataclass(frozen=True)
class Summit:
    kind: SummitKind
    host: str
    city: str
    first_day: date
    days: int
    k: int


@dataclass(frozen=True)
class PairFacts:
    established: int  # diplomatic relations
    treaty: date | None  # a friendship treaty
    trade_base: float  # billion USD in 2013
    growth: float  # yearly


@dataclass
class Event:
    key: str
    kind: str  # visit, talks, call, sidelines, signing
    level: str  # leaders, fms
    a: str  # the visitor, the caller, the first named
    b: str  # the host, the one called
    day: date
    pa: Person
    pb: Person
    city: str | None  # where the two met (city key); None for a call
    summit: Summit | None
    topics: tuple[int, ...]
    fields: tuple[int, ...]
    n_agreements: int
    issue: str | None
    bloc: str | None
    ndays: int
    nextstop: str | None
    target_year: int
    target_factor: float
    prev_city: str
    prev_day: date
    order: int = 0  # its place among the pair's events of that day
    siblings: list = field(default_factory=list)  # the pair's other events of those days
    size: int = 0  # how many reports it gets

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(sorted((self.a, self.b)))


def title_key(event: Event, code: str) -> str:
    return COUNTRIES[code].leader if event.level == "leaders" else "fm"


@dataclass
class Scene:
    """One report's view of its event: who is named first, which facts, which days."""

    ev: Event
    rng: random.Random
    outlet: "Outlet"
    world: "World"
    A: Person
    B: Person
    ca: Country
    cb: Country
    ta: str
    tb: str
    topics: list[int]
    fields: list[int]
    pub_day: date
    yearless: bool = False
    sibling: Event | None = None

    @property
    def year(self) -> int:
        return self.ev.day.year

    @property
    def trade_year(self) -> int:
        return self.year - 1

    @property
    def trade(self) -> float:
        return self.world.trade(self.ev.a, self.ev.b, self.trade_year)

    @property
    def facts(self) -> PairFacts:
        return self.world.pair(self.ev.a, self.ev.b)

    @property
    def anniversary(self) -> int | None:
        n = self.year - self.facts.established
        return n if n % 5 == 0 and n >= 10 else None

    @property
    def target(self) -> float:
        return round(self.trade * self.ev.target_factor, 1)

    @property
    def sib_days(self) -> int:
        return (self.sibling.day - self.ev.day).days if self.sibling else 0

    @property
    def sib_before(self) -> bool:
        if self.sibling is None:
            return False
        return self.sib_days < 0 or (self.sib_days == 0 and self.sibling.order < self.ev.order)


# ==========================================================================
# Languages: grammar and templates
#
# Templates are data.  ``{key}`` is a form from the language's ``build`` (``{^key}`` capitalised);
# ``[A=masculine|feminine]`` agrees with the person A (or B; P: both women).  Every language fills
# the same slots with its own grammar.


def money(lang: str, bn: float) -> str:
    """A sum in billions of US dollars as the language writes it."""
    if bn < 1:
        m = int(round(bn * 1000, -1))
        return {"en": f"US${m} million", "id": f"{m} juta dolar AS", "fr": f"{m} millions de dollars",
                "es": f"{m} millones de dólares", "de": f"{m} Millionen US-Dollar", "ru": f"{m} млн долларов",
                "vi": f"{m} triệu USD"}[lang]
    x = f"{bn:.1f}".removesuffix(".0")
    comma = x.replace(".", ",")
    if lang == "es":
        return f"{int(round(bn * 1000)):,}".replace(",", ".") + " millones de dólares"
    fr_word = "milliard" if bn < 2 else "milliards"
    de_word = "Milliarde" if x == "1" else "Milliarden"
    return {"en": f"US${x} billion", "id": f"{comma} miliar dolar AS", "fr": f"{comma} {fr_word} de dollars",
            "de": f"{comma} {de_word} US-Dollar", "ru": f"{comma} млрд долларов", "vi": f"{comma} tỷ USD"}[lang]


def en_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class Lang:
    code = ""
    HEAD: dict = {}
    LEAD: dict = {}
    BODY: dict = {}
    CAPTION: tuple = ()
    CAPTION_CALL: tuple = ()
    ARCHIVE: tuple = ()
    STANDFIRST: tuple = ()
    AND = "and"

    # dates -------------------------------------------------------------
    def weekday(self, d: date) -> str:
        return WEEKDAYS[self.code][d.weekday()]

    def full_date(self, d: date, outlet: "Outlet") -> str:
        raise NotImplementedError

    def day_month(self, d: date, outlet: "Outlet") -> str:
        raise NotImplementedError

    def numeric_date(self, d: date) -> str:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    def when(self, mode: str, d: date, rng: random.Random, outlet: "Outlet") -> str:
        raise NotImplementedError

    # words -------------------------------------------------------------
    def topic(self, i: int) -> str:
        return TOPICS[self.code][i]

    def topic_list(self, items: list[int]) -> str:
        return join_list([self.topic(i) for i in items], self.AND)

    def number(self, n: int, rng: random.Random) -> str:
        words = NUMBER_WORDS.get(self.code)
        return words[n] if words and n < len(words) and rng.random() < 0.7 else str(n)

    def bloc(self, key: str) -> str:
        return BLOC_NAMES[key][BLOC_COLUMN[self.code]]

    def city(self, key: str) -> str:
        return CITIES[key].name(self.code)

    def country(self, code: str) -> str:
        c = COUNTRIES.get(code) or ISSUE_COUNTRIES[code]
        return c[self.code]

    def build(self, s: Scene) -> dict:
        raise NotImplementedError

    def finish(self, text: str) -> str:
        return text

    # shared slots --------------------------------------------------------
    def common(self, s: Scene) -> dict:
        ev, rng = s.ev, s.rng
        c = {
            "Alast": s.A.last, "Blast": s.B.last, "Aname": s.A.name, "Bname": s.B.name,
            "cA": self.country(s.ca.code), "cB": self.country(s.cb.code),
            "topics": self.topic_list(s.topics), "topic1": self.topic(s.topics[0]),
            "topic2": self.topic(s.topics[1]),
            "fields": self.topic_list(s.fields) if s.fields else "",
            "field1": self.topic(s.fields[0]) if s.fields else "",
            "field2": self.topic(s.fields[-1]) if s.fields else "",
            "n": self.number(ev.n_agreements, rng) if ev.n_agreements else "",
            "trade": money(self.code, s.trade), "trade_year": str(s.trade_year),
            "est_year": str(s.facts.established), "target": money(self.code, s.target),
            "target_year": str(ev.target_year), "next_year": str(s.year + 1),
            "anniv": "", "treaty_date": "", "outlet_short": s.outlet.short,
            "city": self.city(ev.city) if ev.city else self.city(s.ca.capital),
            "cityA": self.city(s.ca.capital), "prev_city": self.city(ev.prev_city),
            "prev_date": self.full_date(ev.prev_day, s.outlet), "ndays": str(ev.ndays),
            "issue": self.country(ev.issue) if ev.issue else "", "bloc": self.bloc(ev.bloc) if ev.bloc else "",
            "nextstop": self.country(ev.nextstop) if ev.nextstop else "",
            "k": str(ev.summit.k) if ev.summit else "", "Scity": self.city(ev.summit.city) if ev.summit else "",
            "Shost": self.country(ev.summit.host) if ev.summit else "",
        }
        c["n_cap"] = cap(c["n"])
        if s.facts.treaty:
            c["treaty_date"] = self.full_date(s.facts.treaty, s.outlet)
        return c


# --------------------------------------------------------------------------
# English


class English(Lang):
    code = "en"
    TITLES = {"president": "President", "pm": "Prime Minister", "chancellor": "Chancellor", "fm": "Foreign Minister"}
    FM_TITLES = {"US": "Secretary of State", "GB": "Foreign Secretary"}
    SHORT = {"US": "US", "GB": "UK", "AE": "UAE", "PH": "Philippines"}

    def full_date(self, d, outlet):
        if outlet.date_style == "us":
            return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
        return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"

    def day_month(self, d, outlet):
        if outlet.date_style == "us":
            return f"{MONTHS['en'][d.month - 1]} {d.day}"
        return f"{d.day} {MONTHS['en'][d.month - 1]}"

    def when(self, mode, d, rng, outlet):
        wd = self.weekday(d)
        if mode == "full":
            return rng.choice((f"on {self.full_date(d, outlet)}", f"on {wd}, {self.full_date(d, outlet)}"))
        if mode == "daymonth":
            return rng.choice((f"on {self.day_month(d, outlet)}", f"on {wd}, {self.day_month(d, outlet)}"))
        return {"weekday": f"on {wd}", "yesterday": "yesterday", "today": "today", "none": ""}[mode]

    def title(self, key, country):
        if key == "fm":
            return self.FM_TITLES.get(country.code, self.TITLES["fm"])
        return self.TITLES[key]

    def build(self, s):
        c = self.common(s)
        rng = s.rng
        for side, p, co, t in (("A", s.A, s.ca, s.ta), ("B", s.B, s.cb, s.tb)):
            title = self.title(t, co)
            adj = co["en_adj"]
            if co.code not in self.SHORT and rng.random() < 0.3:
                intro = f"{co['en']}'s {title} {p.name}"
            else:
                intro = f"{adj} {title} {p.name}"
            c[side] = intro
            c[side + "T"] = title
            c[side + "his"] = "her" if p.female else "his"
            c["adj" + side] = adj
            c["c" + side + "_s"] = self.SHORT.get(co.code, co["en"])
            c[side + "role"] = f"the {adj} {title.lower()}"
        c["cA_cap"] = cap(c["cA"])
        c["roles"] = "leaders" if s.ev.level == "leaders" else "foreign ministers"
        c["vtype"] = "state" if s.ev.level == "leaders" else "official"
        c["ndays_w"] = NUMBER_WORDS["en"][s.ev.ndays]
        c["issue_or_topic"] = c["issue"] or c["topic1"]
        c["issue_or_topic2"] = f"the situation in {c['issue']}" if c["issue"] else c["topic2"]
        c["gov_source"] = (f"the {s.ca['en_adj']} government" if s.ev.level == "leaders"
                           else f"the {s.ca['en_adj']} foreign ministry")
        if s.ev.summit:
            c["S"] = c["S_head"] = s.ev.summit.kind.names["en"]
            c["Scity_full"] = f"{c['Scity']}, {c['Shost'].removeprefix('the ')}"
            c["Shost_cap"] = cap(c["Shost"])
            c["gathered"] = "leaders" if s.ev.summit.kind.level == "leaders" else "ministers"
        c["anniv"] = en_ordinal(s.anniversary) if s.anniversary else ""
        self.sibling_slots(s, c)
        return c

    def sibling_slots(self, s, c):
        sib = s.sibling
        if not sib:
            return
        c["sib_people"] = "leaders" if sib.level == "leaders" else "foreign ministers"
        phone = sib.kind == "call"
        c["sib_did"] = "spoken by telephone" if phone else "held talks"
        c["sib_will"] = "speak by telephone" if phone else "hold talks"
        if s.sib_days == 0:
            c["sib_when"] = "earlier in the day" if s.sib_before else "later in the day"
        else:
            c["sib_when"] = f"on {self.weekday(sib.day)}"

    HEAD = {
        "visit": ("{adjA} {AT} {Alast} arrives in {city} for talks with {Blast}",
                  "{cA_s} and {cB_s} pledge closer ties as {Alast} visits {city}",
                  "{Alast} in {city}: {cA_s}, {cB_s} agree to expand {topic1} cooperation",
                  "{adjB} {BT} hosts {adjA} counterpart {Alast}",
                  "{Alast} begins {vtype} visit to {cB_s}"),
        "talks": ("{cA_s}, {cB_s} hold talks on {topic1} and {topic2}",
                  "{Alast} and {Blast} discuss {topic1} in {city}",
                  "{adjA}, {adjB} {roles} vow to deepen partnership",
                  "{Blast} and {Alast} review ties in {city}"),
        "call": ("{Alast}, {Blast} discuss {issue_or_topic} in phone call",
                 "{adjA} {AT} speaks with {adjB} counterpart by phone",
                 "{cA_s} and {cB_s} {roles} hold phone talks"),
        "sidelines": ("{Alast} meets {Blast} on sidelines of {S_head}",
                      "{cA_s}, {cB_s} {roles} meet at {S_head} in {Scity}",
                      "{Alast}, {Blast} hold talks in {Scity} on {topic1}"),
        "signing": ("{cA_s}, {cB_s} sign {n} agreements",
                    "{cA_s} and {cB_s} seal deals on {field1} and {field2}",
                    "{adjA}, {adjB} {roles} witness signing of {n} pacts in {city}"),
    }
    LEAD = {
        "visit": ("{A} arrived in {city} {when} for a {ndays_w}-day {vtype} visit to {cB}, holding talks with {B} "
                  "on {topics}.",
                  "{B} received {A} in {city} {when} at the start of {Ahis} first {vtype} visit to {cB} since "
                  "taking office.",
                  "{^when}, {A} began a {vtype} visit to {cB} with talks in {city} with {B}.",
                  "{A} held talks with {B} in {city} {when} during a visit aimed at boosting {topic1} and "
                  "{topic2} ties."),
        "talks": ("{A} and {B} held talks in {city} {when}, focusing on {topics}.",
                  "{B} hosted {A} for talks in {city} {when} as the two countries seek to deepen cooperation in "
                  "{topic1}.",
                  "{^when}, {B} and {A} met in {city} to review relations between {cA} and {cB}."),
        "call": ("{A} held a telephone conversation with {B} {when}, {gov_source} said in a statement.",
                 "{^when}, {A} spoke by phone with {B} about {topics}.",
                 "{A} and {B} discussed {topic1} and {issue_or_topic2} in a phone call {when}."),
        "sidelines": ("{A} met {B} on the sidelines of the {S} in {Scity} {when}.",
                      "On the margins of the {S} in {Scity_full}, {A} held talks with {B} {when}.",
                      "{^when}, {A} and {B} held a bilateral meeting in {Scity}, where {gathered} have gathered "
                      "for the {S}."),
        "signing": ("{cA_cap} and {cB} signed {n} agreements covering {fields} {when}, after talks in {city} "
                    "between {A} and {B}.",
                    "{A} and {B} oversaw the signing of {n} cooperation documents in {city} {when}.",
                    "{^when}, {A} and {B} signed agreements on {fields} in {city}."),
    }
    BODY = {
        "topics": ("The talks covered {topics}, according to a joint statement issued afterwards.",
                   "Both sides discussed ways to expand cooperation in {topics}."),
        "agreements": ("The two sides also signed {n} agreements on {fields}.",
                       "{n_cap} memoranda of understanding were signed, covering {fields}."),
        "issue": ("They also exchanged views on the situation in {issue}.",
                  "The conflict in {issue} was also on the agenda, officials said."),
        "bloc": ("The two {roles} also discussed cooperation within {bloc}.",),
        "trade": ("Bilateral trade reached {trade} in {trade_year}, according to official data.",
                  "Trade between {cA} and {cB} stood at {trade} in {trade_year}."),
        "trade_ly": ("Trade between the two countries was worth about {trade} last year.",),
        "history": ("{cA_cap} and {cB} established diplomatic relations in {est_year}.",
                    "The two countries have maintained diplomatic ties since {est_year}."),
        "treaty": ("Relations rest on a treaty of friendship and cooperation signed on {treaty_date}.",),
        "anniv": ("This year marks the {anniv} anniversary of diplomatic relations between the two countries.",),
        "target": ("The two sides aim to raise annual trade to {target} by {target_year}.",
                   "They set a goal of doubling bilateral trade by {target_year}."),
        "invite": ("{Alast} invited {Blast} to visit {cA}, and the invitation was accepted.",),
        "next_round": ("The next round of consultations is scheduled to take place in {cityA} in {next_year}.",),
        "quote": ('"Our relations have never been stronger," {Alast} told reporters after the meeting.',
                  '"We agreed to work together on {topic1}," {Blast} said.',
                  '"{cA_cap} sees {cB} as a key partner," {Alast} said.'),
        "summit": ("The {S} brings together delegations from more than {k} countries.",
                   "{Shost_cap} is hosting the {S} this year."),
        "program": ("{Alast} is also due to meet business leaders before travelling on to {nextstop}.",
                    "During the {ndays_w}-day visit, {Alast} will also address a business forum in {city}."),
        "previous": ("The two last met in {prev_city} on {prev_date}.",),
        "sib_before": ("{^sib_when}, the two {sib_people} had {sib_did}.",),
        "sib_after": ("The two {sib_people} are due to {sib_will} {sib_when}.",),
    }
    CAPTION = ("{Alast} (left) and {Blast} shake hands in {city}. Photo: {outlet_short}",
               "{Alast} and {Blast} during their meeting. (Photo: {outlet_short})")
    CAPTION_CALL = ("{Alast} in a file photo. Photo: {outlet_short}",)
    ARCHIVE = ("File photo: {Alast} and {Blast} at an earlier meeting in {prev_city} on {prev_date}.",
               "{Alast} and {Blast} in {prev_city}, {prev_date}. (Archive)")
    STANDFIRST = ("The two sides discussed {topics} and agreed to stay in close contact.",
                  "{cA_cap} and {cB} want to expand cooperation in {topic1}.")


# --------------------------------------------------------------------------
# Indonesian


class Indonesian(Lang):
    code = "id"
    AND = "dan"
    TITLES = {"president": "Presiden", "pm": "Perdana Menteri", "chancellor": "Kanselir",
              "fm": "Menteri Luar Negeri"}
    SHORT_TITLES = {"president": "Presiden", "pm": "PM", "chancellor": "Kanselir", "fm": "Menlu"}

    def full_date(self, d, outlet):
        return f"{d.day} {MONTHS['id'][d.month - 1]} {d.year}"

    def day_month(self, d, outlet):
        return f"{d.day} {MONTHS['id'][d.month - 1]}"

    def when(self, mode, d, rng, outlet):
        wd = self.weekday(d)
        if mode == "full":
            return rng.choice((f"pada {self.full_date(d, outlet)}", f"pada {wd} ({self.full_date(d, outlet)})"))
        if mode == "daymonth":
            return rng.choice((f"pada {self.day_month(d, outlet)}", f"pada {wd} ({d.day}/{d.month})",
                               f"{wd} ({d.day}/{d.month})"))
        if mode == "weekday":
            return rng.choice((f"pada {wd}", f"pada hari {wd}", f"{wd} sore", f"{wd} pagi"))
        return {"yesterday": "kemarin", "today": "hari ini", "none": ""}[mode]

    def build(self, s):
        c = self.common(s)
        for side, p, co, t in (("A", s.A, s.ca, s.ta), ("B", s.B, s.cb, s.tb)):
            title = self.TITLES[t]
            if t == "fm" and s.rng.random() < 0.3:
                title = "Menlu"
            c[side] = f"{title} {co['id']} {p.name}"
            c[side + "T"] = self.TITLES[t]
            c[side + "S"] = self.SHORT_TITLES[t]
        c["roles"] = "pemimpin" if s.ev.level == "leaders" else "menteri luar negeri"
        c["vtype"] = "kenegaraan" if s.ev.level == "leaders" else "resmi"
        c["topic1_T"] = " ".join(w.capitalize() for w in c["topic1"].split())
        c["issue_or_topic"] = f"situasi di {c['issue']}" if c["issue"] else c["topic1"]
        c["n_digit"] = str(s.ev.n_agreements)
        if s.ev.summit:
            c["S"] = s.ev.summit.kind.names["id"]
        c["anniv"] = f"ke-{s.anniversary}" if s.anniversary else ""
        sib = s.sibling
        if sib:
            c["sib_people"] = "pemimpin" if sib.level == "leaders" else "menteri luar negeri"
            c["sib_did"] = c["sib_will"] = "berbicara melalui telepon" if sib.kind == "call" else "bertemu"
            if s.sib_days == 0:
                c["sib_when"] = "pada hari yang sama" if s.sib_before else "pada sore harinya"
            else:
                c["sib_when"] = f"pada {self.weekday(sib.day)}"
        return c

    HEAD = {
        "visit": ("{AT} {cA} Kunjungi {cB}, Bahas Kerja Sama {topic1_T}",
                  "{Alast} tiba di {city}, bahas {topic1} dengan {Blast}",
                  "Kunjungan {AS} {cA} ke {cB} fokus pada kerja sama {topic1}",
                  "{cA} dan {cB} sepakat perkuat hubungan saat kunjungan {Alast}"),
        "talks": ("{cA}-{cB} gelar pembicaraan bilateral di {city}",
                  "{Alast} dan {Blast} sepakat tingkatkan kerja sama {topic1}",
                  "{AS} {cA} dan {BS} {cB} bahas {topic1} dan {topic2}"),
        "call": ("{Alast} dan {Blast} bahas {issue_or_topic} lewat telepon",
                 "{AS} {cA} berbicara lewat telepon dengan {BS} {cB}",
                 "{AS} {cA} dan {BS} {cB} lakukan pembicaraan telepon"),
        "sidelines": ("{Alast} bertemu {Blast} di sela {S}",
                      "Di sela {S}, {cA} dan {cB} bahas {topic1}",
                      "{AS} {cA} dan {BS} {cB} bertemu di {Scity}"),
        "signing": ("{cA} dan {cB} teken {n_digit} kesepakatan kerja sama",
                    "{cA}-{cB} tandatangani nota kesepahaman di bidang {field1}",
                    "Disaksikan {Alast} dan {Blast}, {cA} dan {cB} teken {n_digit} perjanjian"),
    }
    LEAD = {
        "visit": ("{A} tiba di {city} {when} untuk kunjungan {vtype} selama {ndays} hari ke {cB} dan langsung "
                  "mengadakan pembicaraan dengan {B}.",
                  "{B} menerima kunjungan {A} di {city} {when}.",
                  "{^when}, {A} memulai kunjungan {vtype} ke {cB} dengan menggelar pertemuan bersama {B} di "
                  "{city}."),
        "talks": ("{A} dan {B} mengadakan pembicaraan di {city} {when} yang berfokus pada kerja sama di bidang "
                  "{topics}.",
                  "{B} menjamu {A} untuk pembicaraan bilateral di {city} {when}.",
                  "{^when}, {A} bertemu dengan {B} di {city} untuk membahas hubungan kedua negara."),
        "call": ("{A} melakukan pembicaraan telepon dengan {B} {when}, demikian keterangan resmi pemerintah "
                 "{cA}.",
                 "{^when}, {A} dan {B} berbicara melalui telepon membahas {topics}."),
        "sidelines": ("{A} bertemu dengan {B} di sela-sela {S} di {Scity}, {Shost}, {when}.",
                      "Di sela-sela {S} di {Scity} {when}, {A} mengadakan pertemuan bilateral dengan {B}."),
        "signing": ("{cA} dan {cB} menandatangani {n} perjanjian kerja sama di bidang {fields} di {city} {when}, "
                    "disaksikan {A} dan {B}.",
                    "{A} dan {B} menyaksikan penandatanganan {n} nota kesepahaman di {city} {when}."),
    }
    BODY = {
        "topics": ("Kedua pihak membahas kerja sama di bidang {topics}.",
                   "Pembicaraan tersebut mencakup isu {topics}, menurut pernyataan bersama."),
        "agreements": ("Dalam kesempatan itu, kedua negara juga menandatangani {n} nota kesepahaman di bidang "
                       "{fields}.",),
        "issue": ("Mereka juga bertukar pandangan mengenai situasi di {issue}.",
                  "Konflik di {issue} turut menjadi pembahasan."),
        "bloc": ("Kedua {roles} juga membahas kerja sama dalam kerangka {bloc}.",),
        "trade": ("Nilai perdagangan kedua negara mencapai {trade} pada {trade_year}.",
                  "Pada {trade_year}, perdagangan bilateral {cA} dan {cB} tercatat sebesar {trade}."),
        "trade_ly": ("Nilai perdagangan kedua negara mencapai sekitar {trade} tahun lalu.",),
        "history": ("{cA} dan {cB} menjalin hubungan diplomatik sejak {est_year}.",),
        "treaty": ("Hubungan kedua negara dilandasi perjanjian persahabatan yang ditandatangani pada "
                   "{treaty_date}.",),
        "anniv": ("Tahun ini menandai peringatan {anniv} hubungan diplomatik kedua negara.",),
        "target": ("Kedua negara menargetkan nilai perdagangan sebesar {target} pada {target_year}.",),
        "invite": ("{Alast} mengundang {Blast} untuk berkunjung ke {cA} dan undangan itu diterima dengan baik.",),
        "next_round": ("Pertemuan berikutnya dijadwalkan berlangsung di {cityA} pada {next_year}.",),
        "quote": ('"Hubungan kita tidak pernah sekuat ini," kata {Alast} kepada wartawan.',
                  '"Kami sepakat untuk memperkuat kerja sama di bidang {topic1}," ujar {Blast}.'),
        "summit": ("{S} tahun ini dihadiri delegasi dari lebih dari {k} negara.",
                   "{Shost} menjadi tuan rumah {S} tahun ini."),
        "program": ("Selain bertemu {Blast}, {Alast} juga dijadwalkan bertemu kalangan pengusaha sebelum "
                    "melanjutkan perjalanan ke {nextstop}.",),
        "previous": ("Keduanya terakhir kali bertemu di {prev_city} pada {prev_date}.",),
        "sib_before": ("Sebelumnya {sib_when}, kedua {sib_people} telah {sib_did}.",),
        "sib_after": ("Kedua {sib_people} dijadwalkan {sib_will} {sib_when}.",),
    }
    CAPTION = ("{Alast} (kiri) berjabat tangan dengan {Blast} di {city}. (Foto: {outlet_short})",
               "{AS} {cA} {Alast} dan {BS} {cB} {Blast}. (Foto: {outlet_short})")
    CAPTION_CALL = ("{AS} {cA} {Alast}. (Foto: dok. {outlet_short})",)
    ARCHIVE = ("Foto arsip: {Alast} dan {Blast} dalam pertemuan di {prev_city}, {prev_date}.",)
    STANDFIRST = ("Kedua pihak sepakat memperkuat kerja sama di bidang {topics}.",)


# --------------------------------------------------------------------------
# French


def fr_article(name: str, kind: str) -> tuple[str, str, str]:
    """(with its article, "de …", "à/en …") for a country of that kind."""
    return {
        "m": (f"le {name}", f"du {name}", f"au {name}"),
        "f": (f"la {name}", f"de la {name}", f"en {name}"),
        "vm": (f"l'{name}", f"de l'{name}", f"en {name}"),
        "vf": (f"l'{name}", f"de l'{name}", f"en {name}"),
        "mp": (f"les {name}", f"des {name}", f"aux {name}"),
        "fp": (f"les {name}", f"des {name}", f"aux {name}"),
        "0": (name, f"de {name}", f"à {name}"),
        "0v": (name, f"d'{name}", f"en {name}"),
    }[kind]


class French(Lang):
    code = "fr"
    AND = "et"

    def full_date(self, d, outlet):
        return f"{'1er' if d.day == 1 else d.day} {MONTHS['fr'][d.month - 1]} {d.year}"

    def day_month(self, d, outlet):
        return f"{'1er' if d.day == 1 else d.day} {MONTHS['fr'][d.month - 1]}"

    def when(self, mode, d, rng, outlet):
        wd = self.weekday(d)
        if mode == "full":
            return rng.choice((f"le {self.full_date(d, outlet)}", f"{wd} {self.full_date(d, outlet)}"))
        if mode == "daymonth":
            return rng.choice((f"le {self.day_month(d, outlet)}", f"{wd} {self.day_month(d, outlet)}"))
        if mode == "weekday":
            return rng.choice((wd, wd, f"ce {wd}"))
        return {"yesterday": "hier", "today": "aujourd'hui", "none": ""}[mode]

    def country_forms(self, code):
        c = COUNTRIES.get(code) or ISSUE_COUNTRIES[code]
        return fr_article(c["fr"], c["fr_kind"])

    def intro(self, p, co, t, rng):
        adj = co["fr_adj_f"] if p.female else co["fr_adj_m"]
        if t == "fm":
            if co.code == "US":
                return f"{'la' if p.female else 'le'} secrétaire d'État {adj} {p.name}"
            if rng.random() < 0.35:
                return f"{'la cheffe' if p.female else 'le chef'} de la diplomatie {co['fr_adj_f']} {p.name}"
            return f"{'la' if p.female else 'le'} ministre {adj} des Affaires étrangères {p.name}"
        noun = {"president": ("le président", "la présidente"), "pm": ("le Premier ministre", "la Première ministre"),
                "chancellor": ("le chancelier", "la chancelière")}[t][p.female]
        return f"{noun} {adj} {p.name}"

    def build(self, s):
        c = self.common(s)
        for side, p, co, t in (("A", s.A, s.ca, s.ta), ("B", s.B, s.cb, s.tb)):
            c[side] = self.intro(p, co, t, s.rng)
            art, de, in_ = self.country_forms(co.code)
            c["c" + side], c["c" + side + "_de"], c["c" + side + "_in"] = art, de, in_
            c["c" + side + "_bare"] = co["fr"]
        c["city_in"] = CITIES[s.ev.city].names["fr_in"] if s.ev.city else ""
        c["cityA_in"] = CITIES[s.ca.capital].names["fr_in"]
        c["prev_city_in"] = CITIES[s.ev.prev_city].names["fr_in"]
        c["roles"] = "dirigeants" if s.ev.level == "leaders" else "chefs de la diplomatie"
        c["vtype"] = "d'État" if s.ev.level == "leaders" else "officielle"
        c["ndays_w"] = NUMBER_WORDS["fr"][s.ev.ndays]
        c["fields_de"] = join_list([f"de {self.topic(i)}" for i in s.fields], "et") if s.fields else ""
        c["issue_in"] = self.country_forms(s.ev.issue)[2] if s.ev.issue else ""
        c["issue_or_topic"] = f"la situation {c['issue_in']}" if s.ev.issue else c["topic1"]
        c["nextstop_in"] = self.country_forms(s.ev.nextstop)[2] if s.ev.nextstop else ""
        c["topics_de"] = join_list([f"de {self.topic(i)}" for i in s.topics], "et")
        if s.ev.level == "leaders":
            c["gov_source"] = {"president": f"la présidence {s.ca['fr_adj_f']}",
                               "pm": f"le gouvernement {s.ca['fr_adj_m']}",
                               "chancellor": f"la chancellerie {s.ca['fr_adj_f']}"}[s.ta]
        else:
            c["gov_source"] = f"la diplomatie {s.ca['fr_adj_f']}"
        if s.ev.summit:
            c["S"] = s.ev.summit.kind.names["fr"]
            c["Scity_in"] = CITIES[s.ev.summit.city].names["fr_in"]
            c["Shost"] = COUNTRIES[s.ev.summit.host]["fr"]
        c["anniv"] = f"{s.anniversary}e" if s.anniversary else ""
        sib = s.sibling
        if sib:
            c["sib_people"] = "dirigeants" if sib.level == "leaders" else "chefs de la diplomatie"
            phone = sib.kind == "call"
            c["sib_did"] = "eu un entretien téléphonique" if phone else "eu des entretiens"
            c["sib_will"] = "s'entretenir par téléphone" if phone else "se rencontrer"
            if s.sib_days == 0:
                c["sib_when"] = "plus tôt dans la journée" if s.sib_before else "plus tard dans la journée"
            else:
                c["sib_when"] = self.weekday(sib.day)
        return c

    def finish(self, text):
        for before, after in ((" de le ", " du "), (" de les ", " des "), (" à le ", " au "), (" à les ", " aux "),
                              ("(de le ", "(du ")):
            text = text.replace(before, after)
        return re.sub(r"\b([Dd])e ([AEIOUÉÈÊÎÔ])", r"\1'\2", text)  # Visite d'Eze

    HEAD = {
        "visit": ("{^A} en visite {cB_in}",
                  "Visite de {Alast} {city_in} : {cA_bare} et {cB_bare} veulent renforcer leur coopération",
                  "{^cA} et {cB} resserrent leurs liens lors de la visite de {Alast}"),
        "talks": ("Entretiens entre {Alast} et {Blast} {city_in}",
                  "{^topic1} au menu des discussions entre {Alast} et {Blast}",
                  "{cA_bare}-{cB_bare} : {Alast} et {Blast} veulent approfondir leur partenariat"),
        "call": ("Entretien téléphonique entre {Alast} et {Blast}",
                 "{Alast} et {Blast} évoquent {issue_or_topic} au téléphone"),
        "sidelines": ("{Alast} et {Blast} se rencontrent en marge de {S}",
                      "En marge de {S}, {Alast} s'entretient avec {Blast}"),
        "signing": ("{^cA} et {cB} signent {n} accords de coopération",
                    "{n_cap} accords signés entre {cA} et {cB}"),
    }
    LEAD = {
        "visit": ("{^A} est [A=arrivé|arrivée] {when} {city_in} pour une visite {vtype} de {ndays_w} jours "
                  "{cB_in}, au cours de laquelle [A=il|elle] s'est [A=entretenu|entretenue] avec {B}.",
                  "{^B} a reçu {when} {city_in} {A}, en visite {vtype} {cB_in}.",
                  "{^when}, {A} a entamé une visite {vtype} {cB_in} par des entretiens avec {B}."),
        "talks": ("{^A} et {B} se sont [P=entretenus|entretenues] {when} {city_in}, notamment sur {topics}.",
                  "{^B} a accueilli {A} {when} {city_in} pour des entretiens consacrés à {topics}.",
                  "{^when}, {A} et {B} ont fait le point {city_in} sur les relations entre {cA} et {cB}."),
        "call": ("{^A} s'est [A=entretenu|entretenue] {when} par téléphone avec {B}, a indiqué {gov_source}.",
                 "{^when}, {A} et {B} ont eu un entretien téléphonique consacré à {topics}."),
        "sidelines": ("{^A} a rencontré {B} {when} en marge de {S} {Scity_in}.",
                      "En marge de {S}, {Scity_in} ({Shost}), {A} s'est [A=entretenu|entretenue] {when} avec {B}."),
        "signing": ("{^cA} et {cB} ont signé {when} {city_in} {n} accords de coopération dans les domaines "
                    "{fields_de}, à l'issue d'entretiens entre {A} et {B}.",
                    "{^A} et {B} ont présidé {when} {city_in} la signature de {n} accords bilatéraux."),
    }
    BODY = {
        "topics": ("Les discussions ont porté sur {topics}, selon un communiqué conjoint.",
                   "Les deux parties ont examiné les moyens de renforcer leur coopération, notamment dans les "
                   "domaines {topics_de}."),
        "agreements": ("Les deux parties ont également signé {n} accords dans les domaines {fields_de}.",),
        "issue": ("Les deux {roles} ont également évoqué la situation {issue_in}.",
                  "La crise {issue_in} figurait aussi à l'ordre du jour."),
        "bloc": ("Ils ont aussi abordé la coopération au sein de {bloc}.",),
        "trade": ("Les échanges commerciaux entre les deux pays ont atteint {trade} en {trade_year}.",),
        "trade_ly": ("Les échanges commerciaux entre les deux pays ont atteint quelque {trade} l'an dernier.",),
        "history": ("{^cA} et {cB} entretiennent des relations diplomatiques depuis {est_year}.",),
        "treaty": ("Les relations bilatérales reposent sur un traité d'amitié signé le {treaty_date}.",),
        "anniv": ("Les deux pays célèbrent cette année le {anniv} anniversaire de leurs relations "
                  "diplomatiques.",),
        "target": ("Les deux pays se sont fixé pour objectif de porter leurs échanges à {target} d'ici "
                   "{target_year}.",),
        "invite": ("{Alast} a invité {Blast} à se rendre {cA_in}, une invitation acceptée.",),
        "next_round": ("La prochaine session de consultations doit se tenir {cityA_in} en {next_year}.",),
        "quote": ("« Nos relations n'ont jamais été aussi solides », a déclaré {Alast} à la presse.",
                  "« Nous avons convenu de travailler ensemble sur {topic1} », a affirmé {Blast}."),
        "summit": ("{^S} réunit cette année des délégations de plus de {k} pays.",
                   "{^Shost} accueille {S} cette année."),
        "program": ("{Alast} doit également rencontrer des chefs d'entreprise avant de se rendre "
                    "{nextstop_in}.",),
        "previous": ("Les deux {roles} s'étaient rencontrés pour la dernière fois {prev_city_in} le {prev_date}.",),
        "sib_before": ("{^sib_when}, les deux {sib_people} avaient {sib_did}.",),
        "sib_after": ("Les deux {sib_people} doivent {sib_will} {sib_when}.",),
    }
    CAPTION = ("{Alast} et {Blast} {city_in}. Photo {outlet_short}",
               "{Alast} (à gauche) et {Blast} lors de leur rencontre. © {outlet_short}")
    CAPTION_CALL = ("{Alast}, ici en photo d'archives. © {outlet_short}",)
    ARCHIVE = ("Photo d'archives : {Alast} et {Blast} lors d'une précédente rencontre {prev_city_in}, le "
               "{prev_date}.",)
    STANDFIRST = ("Les deux pays veulent renforcer leur coopération, notamment dans {topic1}.",)


# --------------------------------------------------------------------------
# Spanish


def es_forms(name: str) -> tuple[str, str, str, str]:
    """(name, "de …", "en …", "a …") with the article contracted."""
    if name.startswith("el "):
        rest = name[3:]
        return name, f"del {rest}", f"en el {rest}", f"al {rest}"
    if name.startswith("los "):
        return name, f"de {name}", f"en {name}", f"a {name}"
    return name, f"de {name}", f"en {name}", f"a {name}"


class Spanish(Lang):
    code = "es"
    AND = "y"

    def full_date(self, d, outlet):
        return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"

    def day_month(self, d, outlet):
        return f"{d.day} de {MONTHS['es'][d.month - 1]}"

    def when(self, mode, d, rng, outlet):
        wd = self.weekday(d)
        if mode == "full":
            return rng.choice((f"el {self.full_date(d, outlet)}", f"el {wd} {self.full_date(d, outlet)}"))
        if mode == "daymonth":
            return rng.choice((f"el {self.day_month(d, outlet)}", f"el {wd} {self.day_month(d, outlet)}",
                               f"el pasado {self.day_month(d, outlet)}"))
        if mode == "weekday":
            return rng.choice((f"el {wd}", f"este {wd}"))
        return {"yesterday": "ayer", "today": "hoy", "none": ""}[mode]

    def country(self, code):
        return es_forms((COUNTRIES.get(code) or ISSUE_COUNTRIES[code])["es"])[0]

    def intro(self, p, co, t, outlet):
        adj = co["es_adj_f"] if p.female else co["es_adj_m"]
        if t == "fm":
            if co.code == "US":
                return f"{'la secretaria' if p.female else 'el secretario'} de Estado {adj} {p.name}"
            if outlet.variant == "latam":
                return f"{'la' if p.female else 'el'} canciller {adj} {p.name}"
            return f"{'la ministra' if p.female else 'el ministro'} {adj} de Asuntos Exteriores {p.name}"
        if t == "pm" and co.code == "ES":
            return f"{'la presidenta' if p.female else 'el presidente'} del Gobierno {adj} {p.name}"
        noun = {"president": ("el presidente", "la presidenta"), "pm": ("el primer ministro", "la primera ministra"),
                "chancellor": ("el canciller", "la canciller")}[t][p.female]
        return f"{noun} {adj} {p.name}"

    def build(self, s):
        c = self.common(s)
        for side, p, co, t in (("A", s.A, s.ca, s.ta), ("B", s.B, s.cb, s.tb)):
            c[side] = self.intro(p, co, t, s.outlet)
            name, de, en, a = es_forms(co["es"])
            c["c" + side], c["c" + side + "_de"], c["c" + side + "_en"], c["c" + side + "_a"] = name, de, en, a
        c["cA_cap"] = cap(c["cA"])
        c["topics_art"] = join_list([TOPICS["es_art"][i] for i in s.topics], "y")
        c["topic1_art"] = TOPICS["es_art"][s.topics[0]]
        c["topic2_art"] = TOPICS["es_art"][s.topics[1]]
        fm_word = "cancilleres" if s.outlet.variant == "latam" else "ministros de Exteriores"
        c["roles"] = "mandatarios" if s.ev.level == "leaders" else fm_word
        c["vtype"] = "de Estado" if s.ev.level == "leaders" else "oficial"
        c["ndays_w"] = NUMBER_WORDS["es"][s.ev.ndays]
        c["issue_or_topic"] = f"la situación en {c['issue']}" if s.ev.issue else c["topic1_art"]
        c["nextstop_a"] = es_forms(self.country(s.ev.nextstop))[3] if s.ev.nextstop else ""
        if s.ev.level == "leaders":
            c["gov_source"] = f"el Gobierno {s.ca['es_adj_m']}" if s.ta != "president" else \
                f"la Presidencia {s.ca['es_adj_f']}"
        else:
            c["gov_source"] = f"la diplomacia {s.ca['es_adj_f']}"
        if s.ev.summit:
            c["S"] = s.ev.summit.kind.names["es"]
            c["Shost"] = COUNTRIES[s.ev.summit.host]["es"].removeprefix("el ").removeprefix("los ")
        c["anniv"] = str(s.anniversary) if s.anniversary else ""
        sib = s.sibling
        if sib:
            c["sib_people"] = "mandatarios" if sib.level == "leaders" else fm_word
            phone = sib.kind == "call"
            c["sib_did"] = "conversado por teléfono" if phone else "mantenido una reunión"
            c["sib_will"] = "conversar por teléfono" if phone else "reunirse"
            if s.sib_days == 0:
                c["sib_when"] = "horas antes" if s.sib_before else "más tarde ese mismo día"
            else:
                c["sib_when"] = f"el {self.weekday(sib.day)}"
        return c

    def finish(self, text):
        return text.replace(" de el ", " del ").replace(" a el ", " al ")

    HEAD = {
        "visit": ("{^A} llega a {city} en visita {vtype}",
                  "{cA_cap} y {cB} refuerzan sus lazos durante la visita de {Alast}",
                  "{Alast} visita {cB} para impulsar {topic1_art}"),
        "talks": ("{Alast} y {Blast} conversan sobre {topic1_art} en {city}",
                  "{cA_cap} y {cB} abordan {topic1_art} y {topic2_art}",
                  "Reunión entre {Alast} y {Blast} en {city}"),
        "call": ("{Alast} y {Blast} hablan por teléfono sobre {issue_or_topic}",
                 "Conversación telefónica entre {Alast} y {Blast}"),
        "sidelines": ("{Alast} se reúne con {Blast} al margen de {S}",
                      "Encuentro de {Alast} y {Blast} en {Scity}"),
        "signing": ("{cA_cap} y {cB} firman {n} acuerdos de cooperación",
                    "{cA_cap} y {cB} sellan acuerdos en materia de {field1}"),
    }
    LEAD = {
        "visit": ("{^A} llegó {when} a {city} para una visita {vtype} de {ndays_w} días {cB_a}, durante la cual "
                  "se reunió con {B}.",
                  "{^B} recibió {when} en {city} a {A}, que realiza una visita {vtype} al país.",
                  "{^when}, {A} inició una visita {vtype} {cB_a} con una reunión con {B} en {city}."),
        "talks": ("{^A} y {B} mantuvieron {when} en {city} una reunión centrada en {topics_art}.",
                  "{^B} recibió a {A} {when} en {city} para conversar sobre {topics_art}."),
        "call": ("{^A} mantuvo {when} una conversación telefónica con {B}, informó {gov_source}.",
                 "{^when}, {A} y {B} conversaron por teléfono sobre {topics_art}."),
        "sidelines": ("{^A} se reunió {when} con {B} al margen de {S} en {Scity}.",
                      "Al margen de {S}, que se celebra en {Scity} ({Shost}), {A} mantuvo {when} un encuentro "
                      "bilateral con {B}."),
        "signing": ("{^cA} y {cB} firmaron {when} en {city} {n} acuerdos de cooperación en materia de {fields}, "
                    "tras una reunión entre {A} y {B}.",
                    "{^A} y {B} presidieron {when} en {city} la firma de {n} acuerdos bilaterales."),
    }
    BODY = {
        "topics": ("Las conversaciones abordaron {topics_art}, según un comunicado conjunto.",
                   "Ambas partes analizaron cómo ampliar la cooperación en materia de {topics}."),
        "agreements": ("Ambas partes firmaron además {n} acuerdos en materia de {fields}.",),
        "issue": ("Los {roles} también intercambiaron opiniones sobre la situación en {issue}.",),
        "bloc": ("También abordaron la cooperación en el marco de {bloc}.",),
        "trade": ("El comercio bilateral alcanzó {trade} en {trade_year}, según cifras oficiales.",),
        "trade_ly": ("El intercambio comercial rondó los {trade} el año pasado.",),
        "history": ("{^cA} y {cB} establecieron relaciones diplomáticas en {est_year}.",),
        "treaty": ("Las relaciones se rigen por un tratado de amistad firmado el {treaty_date}.",),
        "anniv": ("Este año se cumple el {anniv} aniversario del establecimiento de relaciones diplomáticas.",),
        "target": ("Ambos países aspiran a elevar el intercambio comercial a {target} para {target_year}.",),
        "invite": ("{Alast} invitó a {Blast} a visitar {cA}, invitación que fue aceptada.",),
        "next_round": ("La próxima ronda de consultas se celebrará en {cityA} en {next_year}.",),
        "quote": ("\"Nuestras relaciones nunca han sido tan sólidas\", afirmó {Alast} ante la prensa.",
                  "\"Hemos acordado trabajar juntos en materia de {topic1}\", señaló {Blast}."),
        "summit": ("{^S} reúne este año a delegaciones de más de {k} países.",),
        "program": ("{Alast} se reunirá también con empresarios antes de viajar {nextstop_a}.",),
        "previous": ("Ambos se reunieron por última vez en {prev_city} el {prev_date}.",),
        "sib_before": ("{^sib_when}, los dos {sib_people} habían {sib_did}.",),
        "sib_after": ("Los dos {sib_people} tienen previsto {sib_will} {sib_when}.",),
    }
    CAPTION = ("{Alast} y {Blast}, durante su encuentro en {city}. Foto: {outlet_short}",)
    CAPTION_CALL = ("{Alast}, en una imagen de archivo. Foto: {outlet_short}",)
    ARCHIVE = ("Foto de archivo: {Alast} y {Blast} en una reunión anterior en {prev_city}, el {prev_date}.",)
    STANDFIRST = ("Ambos países buscan ampliar su cooperación en materia de {topic1} y {topic2}.",)


# --------------------------------------------------------------------------
# German


class German(Lang):
    code = "de"
    AND = "und"
    TITLES = {"president": ("Präsident", "Präsidentin"), "pm": ("Premierminister", "Premierministerin"),
              "chancellor": ("Bundeskanzler", "Bundeskanzlerin"), "fm": ("Außenminister", "Außenministerin")}

    def full_date(self, d, outlet):
        return f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"

    def day_month(self, d, outlet):
        return f"{d.day}. {MONTHS['de'][d.month - 1]}"

    def numeric_date(self, d):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def when(self, mode, d, rng, outlet):
        if mode == "full":
            return f"am {self.full_date(d, outlet)}"
        if mode == "daymonth":
            return f"am {self.day_month(d, outlet)}"
        if mode == "weekday":
            return f"am {self.weekday(d)}"
        return {"yesterday": "gestern", "today": "heute", "none": ""}[mode]

    @staticmethod
    def forms(co: Country) -> dict:
        """nom, gen, dat, in, nach of a country."""
        nom, kind = co["de"], co["de_kind"]
        bare = nom.split(" ", 1)[1] if kind != "0" else nom
        if kind == "0":
            gen = nom + ("" if nom.endswith(("s", "z", "x")) else "s")
            return {"nom": nom, "gen": gen, "dat": nom, "in": f"in {nom}", "nach": f"nach {nom}"}
        if kind == "f":
            return {"nom": nom, "gen": f"der {bare}", "dat": f"der {bare}", "in": f"in der {bare}",
                    "nach": f"in die {bare}"}
        if kind == "m":
            return {"nom": nom, "gen": f"des {bare}", "dat": f"dem {bare}", "in": f"im {bare}",
                    "nach": f"in den {bare}"}
        dat = bare if bare == "USA" else " ".join(w + "n" if not w.endswith("n") else w for w in bare.split())
        return {"nom": nom, "gen": f"der {bare}", "dat": f"den {dat}", "in": f"in den {dat}", "nach": f"in die {bare}"}

    def title(self, co, t, female):
        if t == "president" and co.code == "CH":
            return "Bundespräsidentin" if female else "Bundespräsident"
        if t == "chancellor" and co.code != "DE":
            return "Kanzlerin" if female else "Kanzler"
        return self.TITLES[t][female]

    def intro(self, p, co, t, case, rng):
        """The person with title and country in a case: nom, dat, acc."""
        title = self.title(co, t, p.female)
        adj = co["de_adj"]
        if adj.endswith("-"):  # US-Präsident: no article, no ending
            return f"{adj}{title} {p.name}"
        if co.code == "DE" and t == "chancellor":
            return f"{title} {p.name}"
        weak = t == "president" and not p.female and case != "nom"
        if case == "nom" and co["de_kind"] == "0" and rng.random() < 0.35:
            return f"{self.forms(co)['gen']} {title} {p.name}"
        art = {"nom": ("der", "die"), "dat": ("dem", "der"), "acc": ("den", "die")}[case][p.female]
        if adj[0].isupper():  # Schweizer: not declined
            form = adj
        else:
            ending = "e" if case == "nom" or (case == "acc" and p.female) else "en"
            form = adj + ending
        return f"{art} {form} {title}{'en' if weak else ''} {p.name}"

    def head_intro(self, p, co, t):
        """Headline style: no article ("Kenianischer Präsident Ruto")."""
        title = self.title(co, t, p.female)
        adj = co["de_adj"]
        if adj.endswith("-"):
            return f"{adj}{title} {p.last}"
        if co.code == "DE" and t == "chancellor":
            return f"{title} {p.last}"
        form = adj if adj[0].isupper() else cap(adj) + ("e" if p.female else "er")
        return f"{form} {title} {p.last}"

    def build(self, s):
        c = self.common(s)
        for side, p, co, t in (("A", s.A, s.ca, s.ta), ("B", s.B, s.cb, s.tb)):
            for case in ("nom", "dat", "acc"):
                c[side + ("" if case == "nom" else "_" + case)] = self.intro(p, co, t, case, s.rng)
            c[side + "_head"] = self.head_intro(p, co, t)
            f = self.forms(co)
            c["c" + side] = f["nom"]
            for k in ("gen", "dat", "in", "nach"):
                c[f"c{side}_{k}"] = f[k]
            c[side + "pron"] = "sie" if p.female else "er"
        c["roles"] = "Staats- und Regierungschefs" if s.ev.level == "leaders" else "Außenminister"
        c["vtype_dat"] = "Staatsbesuch" if s.ev.level == "leaders" else "offiziellen Besuch"
        c["ndays_w"] = NUMBER_WORDS["de"][s.ev.ndays]
        c["issue_in"] = self.forms(ISSUE_COUNTRIES[s.ev.issue])["in"] if s.ev.issue else ""
        c["issue_or_topic"] = f"die Lage {c['issue_in']}" if s.ev.issue else c["topic1"]
        c["nextstop_nach"] = self.forms(COUNTRIES[s.ev.nextstop])["nach"] if s.ev.nextstop else ""
        c["bloc_gen"] = c["bloc"]
        if s.ev.summit:
            nom, gen, dat = s.ev.summit.kind.names["de"]
            c["S"], c["S_gen"], c["S_dat"] = nom, gen, dat
            host = COUNTRIES[s.ev.summit.host]
            c["Shost"] = "VAE" if host.code == "AE" else host["de"].split(" ", 1)[-1]  # (Türkei), (VAE)
        c["anniv"] = f"{s.anniversary}." if s.anniversary else ""
        c["trade_in"] = f"im Jahr {s.trade_year}"
        sib = s.sibling
        if sib:
            c["sib_people"] = "Staats- und Regierungschefs" if sib.level == "leaders" else "Außenminister"
            phone = sib.kind == "call"
            c["sib_did"] = "miteinander telefoniert" if phone else "zu Gesprächen getroffen"
            c["sib_refl"] = "" if phone else "sich "
            c["sib_will"] = "miteinander telefonieren" if phone else "zu Gesprächen zusammenkommen"
            if s.sib_days == 0:
                c["sib_when"] = "am Vormittag" if s.sib_before else "am Abend"
            else:
                c["sib_when"] = f"am {self.weekday(sib.day)}"
        return c

    HEAD = {
        "visit": ("{A_head} zu Besuch {cB_in}",
                  "{^cA} und {cB} wollen Zusammenarbeit ausbauen",
                  "{Alast} in {city}: {cA} und {cB} vertiefen Beziehungen"),
        "talks": ("{Alast} und {Blast} beraten in {city} über {topic1}",
                  "Gespräche über {topic1} und {topic2} in {city}"),
        "call": ("{Alast} telefoniert mit {Blast}",
                 "Telefonat zwischen {Alast} und {Blast}"),
        "sidelines": ("{Alast} trifft {Blast} am Rande {S_gen}",
                      "Treffen am Rande {S_gen}: {^cA} und {cB} sprechen über {topic1}"),
        "signing": ("{^cA} und {cB} unterzeichnen {n} Abkommen",
                    "{n_cap} Abkommen zwischen {cA_dat} und {cB_dat} unterzeichnet"),
    }
    LEAD = {
        "visit": ("{^A} ist {when} zu einem {ndays_w}tägigen {vtype_dat} {cB_in} eingetroffen und hat in {city} "
                  "mit {B_dat} gesprochen.",
                  "{^B} hat {when} in {city} {A_acc} empfangen.",
                  "{^when} begann {A} einen {vtype_dat} {cB_in}: In {city} traf {Apron} {B_acc}."),
        "talks": ("{^A} und {B} haben {when} in {city} Gespräche über {topics} geführt.",
                  "{^when} empfing {B} {A_acc} in {city} zu Gesprächen über {topics}."),
        "call": ("{^A} hat {when} mit {B_dat} telefoniert, wie die Regierung in {cityA} mitteilte.",
                 "{^when} sprachen {A} und {B} am Telefon über {topics}."),
        "sidelines": ("{^A} hat {when} am Rande {S_gen} in {Scity} {B_acc} getroffen.",
                      "Am Rande {S_gen} in {Scity} ({Shost}) kamen {when} {A} und {B} zu einem bilateralen "
                      "Gespräch zusammen."),
        "signing": ("{^cA} und {cB} haben {when} in {city} {n} Abkommen über eine Zusammenarbeit in den Bereichen "
                    "{fields} unterzeichnet, nachdem {A} und {B} Gespräche geführt hatten.",
                    "{^A} und {B} haben {when} in {city} der Unterzeichnung von {n} bilateralen Abkommen "
                    "beigewohnt."),
    }
    BODY = {
        "topics": ("Bei den Gesprächen ging es laut einer gemeinsamen Erklärung um {topics}.",),
        "agreements": ("Beide Seiten unterzeichneten zudem {n} Abkommen in den Bereichen {fields}.",),
        "issue": ("Auch die Lage {issue_in} kam zur Sprache.",),
        "bloc": ("Zudem ging es um die Zusammenarbeit im Rahmen {bloc_gen}.",),
        "trade": ("Das bilaterale Handelsvolumen belief sich {trade_in} auf {trade}.",),
        "trade_ly": ("Das bilaterale Handelsvolumen lag im vergangenen Jahr bei rund {trade}.",),
        "history": ("{^cA} und {cB} unterhalten seit {est_year} diplomatische Beziehungen.",),
        "treaty": ("Grundlage der Beziehungen ist ein Freundschaftsvertrag vom {treaty_date}.",),
        "anniv": ("In diesem Jahr jährt sich die Aufnahme diplomatischer Beziehungen zum {anniv} Mal.",),
        "target": ("Bis {target_year} soll das Handelsvolumen auf {target} steigen.",),
        "invite": ("{Alast} lud {Blast} zu einem Gegenbesuch {cA_nach} ein.",),
        "next_round": ("Die nächste Gesprächsrunde ist für {next_year} in {cityA} geplant.",),
        "quote": ("„Unsere Beziehungen waren nie so eng wie heute“, sagte {Alast} vor Journalisten.",
                  "„Wir wollen beim Thema {topic1} enger zusammenarbeiten“, sagte {Blast}."),
        "summit": ("An {S_dat} nehmen in diesem Jahr Delegationen aus mehr als {k} Ländern teil.",),
        "program": ("{Alast} will zudem Wirtschaftsvertreter treffen und anschließend {nextstop_nach} weiterreisen.",),
        "previous": ("Zuletzt waren die beiden am {prev_date} in {prev_city} zusammengetroffen.",),
        "sib_before": ("Bereits {sib_when} hatten {sib_refl}die beiden {sib_people} {sib_did}.",),
        "sib_after": ("{^sib_when} wollen die beiden {sib_people} {sib_will}.",),
    }
    CAPTION = ("{Alast} (l.) und {Blast} in {city}. Foto: {outlet_short}",)
    CAPTION_CALL = ("{Alast} (Archivbild). Foto: {outlet_short}",)
    ARCHIVE = ("Archivbild: {Alast} und {Blast} bei einem früheren Treffen in {prev_city} am {prev_date}.",)
    STANDFIRST = ("Beide Länder wollen bei {topic1} und {topic2} enger zusammenarbeiten.",)

    def finish(self, text):
        for before, after in ((" an dem ", " am "), ("An dem ", "Am "), (" in dem ", " im "), (" zu dem ", " zum "),
                              (" von dem ", " vom ")):
            text = text.replace(before, after)
        return text


# --------------------------------------------------------------------------
# Russian


class Russian(Lang):
    code = "ru"
    AND = "и"
    TITLES = {"president": "президент", "pm": "премьер-министр", "chancellor": "федеральный канцлер",
              "fm": "министр иностранных дел"}

    def full_date(self, d, outlet):
        return f"{d.day} {MONTHS['ru'][d.month - 1]} {d.year} года"

    def day_month(self, d, outlet):
        return f"{d.day} {MONTHS['ru'][d.month - 1]}"

    def numeric_date(self, d):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def weekday_on(self, d):
        return RU_ON_WEEKDAY[d.weekday()]

    def when(self, mode, d, rng, outlet):
        if mode == "full":
            return self.full_date(d, outlet)
        if mode == "daymonth":
            return rng.choice((self.day_month(d, outlet), f"{self.weekday_on(d)}, {self.day_month(d, outlet)},"))
        if mode == "weekday":
            return self.weekday_on(d)
        return {"yesterday": "вчера", "today": "сегодня", "none": ""}[mode]

    def city(self, key):
        return CITIES[key].names["ru"]

    def city_in(self, key):
        return CITIES[key].names["ru_in"]

    def country(self, code):
        return (COUNTRIES.get(code) or ISSUE_COUNTRIES[code])["ru"]

    def intro(self, p, co, t, rng):
        if t == "fm" and co.code == "US":
            return f"госсекретарь США {p.name_ru}"
        title = self.TITLES[t]
        if t == "fm" and rng.random() < 0.35:
            title = "глава МИД"
        if t == "chancellor" and co.code != "DE":
            title = "канцлер"
        return f"{title} {co['ru_gen']} {p.name_ru}"

    def build(self, s):
        c = self.common(s)
        c["Alast"], c["Blast"] = s.A.last_ru, s.B.last_ru
        c["Aname"], c["Bname"] = s.A.name_ru, s.B.name_ru
        for side, p, co, t in (("A", s.A, s.ca, s.ta), ("B", s.B, s.cb, s.tb)):
            c[side] = self.intro(p, co, t, s.rng)
            c[side + "T"] = cap(self.TITLES[t]) if not (t == "fm" and co.code == "US") else "Госсекретарь"
            for k in ("gen", "ins", "in", "to"):
                c[f"c{side}_{k}"] = co["ru_" + k]
        c["cA_to_bare"] = s.ca["ru_to"].split(" ", 1)[1]
        c["city"] = self.city(s.ev.city) if s.ev.city else self.city(s.ca.capital)
        c["city_in"] = self.city_in(s.ev.city) if s.ev.city else ""
        c["cityA_in"] = self.city_in(s.ca.capital)
        c["prev_city_in"] = self.city_in(s.ev.prev_city)
        c["roles"] = "лидеры" if s.ev.level == "leaders" else "главы МИД"
        c["fields_gen"] = c["fields"]
        c["topics_gen"] = c["topics"]
        c["n_docs"] = (f"{s.ev.n_agreements} "
                       f"{ru_plural(s.ev.n_agreements, 'соглашение', 'соглашения', 'соглашений')}")
        c["issue_in"] = ISSUE_COUNTRIES[s.ev.issue]["ru_in"] if s.ev.issue else ""
        c["issue_or_topic"] = f"ситуацию {c['issue_in']}" if s.ev.issue else f"вопросы {c['topic1']}"
        c["nextstop_to"] = COUNTRIES[s.ev.nextstop]["ru_to"] if s.ev.nextstop else ""
        if s.ev.level == "leaders":
            c["gov_gen"] = {"president": f"президента {s.ca['ru_gen']}", "pm": f"правительства {s.ca['ru_gen']}",
                            "chancellor": f"правительства {s.ca['ru_gen']}"}[s.ta]
        else:
            c["gov_gen"] = f"МИД {s.ca['ru_gen']}"
        if s.ev.summit:
            c["S"], c["S_gen"] = s.ev.summit.kind.names["ru"]
            c["Scity_in"] = self.city_in(s.ev.summit.city)
            c["Shost_gen"] = COUNTRIES[s.ev.summit.host]["ru_gen"]
        c["anniv"] = f"{s.anniversary}-летие" if s.anniversary else ""
        sib = s.sibling
        if sib:
            c["sib_people"] = "лидеры двух стран" if sib.level == "leaders" else "главы МИД двух стран"
            phone = sib.kind == "call"
            c["sib_did"] = "провели телефонный разговор" if phone else "провели переговоры"
            c["sib_will"] = "проведут телефонный разговор" if phone else "проведут переговоры"
            if s.sib_days == 0:
                c["sib_when"] = "ранее в тот же день" if s.sib_before else "позднее в тот же день"
            else:
                c["sib_when"] = self.weekday_on(sib.day)
        return c

    HEAD = {
        "visit": ("{AT} {cA_gen} [A=прибыл|прибыла] с визитом {cB_to}",
                  "{Alast} и {Blast} обсудили {city_in} сотрудничество в сфере {topic1}",
                  "{cA} и {cB} договорились расширить сотрудничество"),
        "talks": ("{Alast} и {Blast} провели переговоры {city_in}",
                  "{cA} и {cB} обсудили вопросы {topic1} и {topic2}"),
        "call": ("{Alast} и {Blast} провели телефонный разговор",
                 "{Alast} и {Blast} обсудили по телефону {issue_or_topic}"),
        "sidelines": ("{Alast} и {Blast} встретились на полях {S_gen}",
                      "{^roles} {cA_gen} и {cB_gen} провели встречу {Scity_in}"),
        "signing": ("{cA} и {cB} подписали {n_docs}",
                    "{cA} и {cB} подписали соглашения о сотрудничестве в области {field1}"),
    }
    LEAD = {
        "visit": ("{^A} {when} [A=прибыл|прибыла] {cB_to} с официальным визитом. {^city_in} [A=его|её] "
                  "[B=принял|приняла] {B}.",
                  "{^city_in} {when} прошли переговоры: {A}, [A=прибывший|прибывшая] с визитом {cB_to}, и {B} "
                  "обсудили вопросы {topics_gen}."),
        "talks": ("{^A} и {B} {when} провели переговоры {city_in}. Стороны обсудили вопросы {topics_gen}.",
                  "{^when} {city_in} прошли переговоры делегаций {cA_gen} и {cB_gen}, которые возглавили {A} и "
                  "{B}."),
        "call": ("{^A} и {B} {when} провели телефонный разговор, сообщила пресс-служба {gov_gen}.",
                 "{^when} состоялся телефонный разговор: {A} и {B} обсудили вопросы {topics_gen}."),
        "sidelines": ("{^A} и {B} {when} встретились на полях {S_gen} {Scity_in}.",
                      "{^Scity_in} {when}, на полях {S_gen}, состоялась встреча: {A} и {B} обсудили двусторонние "
                      "отношения."),
        "signing": ("{^cA} и {cB} {when} подписали {city_in} {n_docs} о сотрудничестве в области {fields_gen}. "
                    "Документы подписали {A} и {B}.",
                    "{^A} и {B} {when} подписали {city_in} пакет документов о сотрудничестве."),
    }
    BODY = {
        "topics": ("Стороны обсудили вопросы {topics_gen}, говорится в совместном заявлении.",),
        "agreements": ("Стороны также подписали {n_docs} в сферах {fields_gen}.",),
        "issue": ("Кроме того, стороны обменялись мнениями о ситуации {issue_in}.",),
        "bloc": ("Также обсуждалось сотрудничество в рамках {bloc}.",),
        "trade": ("По итогам {trade_year} года товарооборот между странами составил {trade}.",),
        "trade_ly": ("По итогам прошлого года товарооборот между странами составил {trade}.",),
        "history": ("Дипломатические отношения между {cA_ins} и {cB_ins} были установлены в {est_year} году.",),
        "treaty": ("Основой двусторонних отношений служит договор о дружбе, подписанный {treaty_date}.",),
        "anniv": ("В этом году страны отмечают {anniv} установления дипломатических отношений.",),
        "target": ("Стороны намерены довести товарооборот до {target} к {target_year} году.",),
        "invite": ("{Alast} [A=передал|передала] приглашение посетить {cA_to_bare}, оно было принято.",),
        "next_round": ("Следующий раунд консультаций запланирован на {next_year} год {cityA_in}.",),
        "quote": ("«Наши отношения ещё никогда не были такими прочными», — [A=заявил|заявила] {Alast} "
                  "журналистам.",
                  "«Мы договорились работать вместе в сфере {topic1}», — [B=отметил|отметила] {Blast}."),
        "summit": ("В работе {S_gen} принимают участие делегации более чем {k} стран.",),
        "program": ("В ходе визита {Alast} также встретится с представителями деловых кругов, после чего "
                    "отправится {nextstop_to}.",),
        "previous": ("В последний раз они встречались {prev_city_in} {prev_date}.",),
        "sib_before": ("{^sib_when} {sib_people} уже {sib_did}.",),
        "sib_after": ("{^sib_when} {sib_people} {sib_will}.",),
    }
    CAPTION = ("{Aname} и {Bname} {city_in}. Фото: {outlet_short}",)
    CAPTION_CALL = ("{Aname}. Архивное фото: {outlet_short}",)
    ARCHIVE = ("Архивное фото: {Alast} и {Blast} во время встречи {prev_city_in}, {prev_date}.",)
    STANDFIRST = ("Стороны договорились расширять сотрудничество в сфере {topic1}.",)


# --------------------------------------------------------------------------
# Vietnamese


class Vietnamese(Lang):
    code = "vi"
    AND = "và"
    TITLES = {"president": "Tổng thống", "pm": "Thủ tướng", "chancellor": "Thủ tướng", "fm": "Bộ trưởng Ngoại giao"}

    def full_date(self, d, outlet):
        return f"{d.day}/{d.month}/{d.year}"

    def day_month(self, d, outlet):
        return f"{d.day}/{d.month}"

    def when(self, mode, d, rng, outlet):
        wd = self.weekday(d)
        if mode == "full":
            return rng.choice((f"ngày {self.full_date(d, outlet)}",
                               f"ngày {d.day} tháng {d.month} năm {d.year}"))
        if mode == "daymonth":
            part = rng.choice(("ngày", "sáng", "chiều", "tối"))
            if part != "ngày" and rng.random() < 0.25:
                return f"{part} {wd} ({self.day_month(d, outlet)})"
            return f"{part} {self.day_month(d, outlet)}"
        if mode == "weekday":
            return rng.choice((f"hôm {wd}", f"vào {wd}", f"chiều {wd}"))
        return {"yesterday": "hôm qua", "today": "hôm nay", "none": ""}[mode]

    def title(self, co, t, rng):
        if t == "president" and co.code == "CN":
            return "Chủ tịch"
        if t == "fm" and (co.code == "US" or rng.random() < 0.35):
            return "Ngoại trưởng"
        return self.TITLES[t]

    def build(self, s):
        c = self.common(s)
        for side, p, co, t in (("A", s.A, s.ca, s.ta), ("B", s.B, s.cb, s.tb)):
            title = self.title(co, t, s.rng)
            c[side] = f"{title} {co['vi']} {p.name}"
            c[side + "T"] = title
            ref = f"{'bà' if p.female else 'ông'} {p.last}"
            c[side + "ref"] = ref
            c[side + "ref_cap"] = cap(ref)
        c["roles"] = "lãnh đạo" if s.ev.level == "leaders" else "Ngoại trưởng"
        c["vtype"] = "cấp nhà nước" if s.ev.level == "leaders" else "chính thức"
        c["issue_or_topic"] = f"tình hình {c['issue']}" if s.ev.issue else f"hợp tác {c['topic1']}"
        if s.ev.summit:
            c["S"] = s.ev.summit.kind.names["vi"]
        c["anniv"] = str(s.anniversary) if s.anniversary else ""
        sib = s.sibling
        if sib:
            c["sib_people"] = "lãnh đạo" if sib.level == "leaders" else "Ngoại trưởng"
            c["sib_did"] = c["sib_will"] = "điện đàm" if sib.kind == "call" else "hội đàm"
            if s.sib_days == 0:
                c["sib_when"] = "cùng ngày" if s.sib_before else "vào cuối ngày"
            else:
                c["sib_when"] = f"hôm {self.weekday(sib.day)}" if s.sib_before else f"vào {self.weekday(sib.day)}"
        return c

    HEAD = {
        "visit": ("{AT} {cA} thăm chính thức {cB}",
                  "{cA} và {cB} thúc đẩy hợp tác {topic1}",
                  "{AT} {cA} {Alast} hội đàm với {BT} {cB}"),
        "talks": ("{AT} {cA} hội đàm với {BT} {cB}",
                  "{cA} - {cB} tăng cường hợp tác {topic1} và {topic2}"),
        "call": ("{AT} {cA} điện đàm với {BT} {cB}",
                 "{cA} và {cB} trao đổi về {issue_or_topic}"),
        "sidelines": ("{AT} {cA} gặp {BT} {cB} bên lề {S}",
                      "{^roles} {cA} và {cB} gặp nhau tại {Scity}"),
        "signing": ("{cA} và {cB} ký {n} văn kiện hợp tác",
                    "{cA} - {cB} ký kết thỏa thuận về {field1}"),
    }
    LEAD = {
        "visit": ("{^when}, {A} đã tới {city}, bắt đầu chuyến thăm {vtype} {cB} trong {ndays} ngày và hội đàm "
                  "với {B}.",
                  "{^when}, tại {city}, {B} đã đón {A} đang ở thăm {vtype} {cB}.",
                  "{^A} đã hội đàm với {B} tại {city} {when} trong khuôn khổ chuyến thăm {vtype} {cB}."),
        "talks": ("{^when}, tại {city}, {A} đã hội đàm với {B}.",
                  "{^A} và {B} đã tiến hành hội đàm tại {city} {when}, tập trung vào các lĩnh vực {topics}."),
        "call": ("{^when}, {A} đã có cuộc điện đàm với {B}.",
                 "{^A} và {B} đã điện đàm {when} để trao đổi về {topics}."),
        "sidelines": ("{^when}, bên lề {S} tại {Scity}, {A} đã có cuộc gặp với {B}.",
                      "{^A} đã gặp {B} {when} bên lề {S} diễn ra tại {Scity}, {Shost}."),
        "signing": ("{^when}, tại {city}, {cA} và {cB} đã ký kết {n} văn kiện hợp tác trong các lĩnh vực {fields}, "
                    "dưới sự chứng kiến của {A} và {B}.",
                    "{^A} và {B} đã chứng kiến lễ ký {n} thỏa thuận hợp tác tại {city} {when}."),
    }
    BODY = {
        "topics": ("Hai bên đã trao đổi về hợp tác trong các lĩnh vực {topics}.",
                   "Theo thông cáo chung, cuộc hội đàm tập trung vào {topics}."),
        "agreements": ("Nhân dịp này, hai bên đã ký {n} văn kiện hợp tác về {fields}.",),
        "issue": ("Hai bên cũng trao đổi quan điểm về tình hình {issue}.",),
        "bloc": ("Hai bên nhất trí tăng cường phối hợp trong khuôn khổ {bloc}.",),
        "trade": ("Kim ngạch thương mại song phương năm {trade_year} đạt {trade}.",),
        "trade_ly": ("Kim ngạch thương mại song phương năm ngoái đạt khoảng {trade}.",),
        "history": ("{cA} và {cB} thiết lập quan hệ ngoại giao năm {est_year}.",),
        "treaty": ("Quan hệ hai nước dựa trên Hiệp ước Hữu nghị và Hợp tác ký ngày {treaty_date}.",),
        "anniv": ("Năm nay hai nước kỷ niệm {anniv} năm thiết lập quan hệ ngoại giao.",),
        "target": ("Hai bên đặt mục tiêu nâng kim ngạch thương mại lên {target} vào năm {target_year}.",),
        "invite": ("{Aref_cap} đã mời {Bref} sang thăm {cA} và lời mời đã được chấp nhận.",),
        "next_round": ("Vòng tham vấn tiếp theo dự kiến diễn ra tại {cityA} vào năm {next_year}.",),
        "quote": ("\"Quan hệ giữa hai nước chưa bao giờ tốt đẹp như hiện nay\", {Aref} phát biểu với báo giới.",
                  "\"Chúng tôi nhất trí hợp tác chặt chẽ hơn về {topic1}\", {Bref} cho biết."),
        "summit": ("{S} năm nay quy tụ đại diện của hơn {k} quốc gia.",),
        "program": ("Trong thời gian ở {cB}, {Aref} còn gặp gỡ cộng đồng doanh nghiệp trước khi lên đường thăm "
                    "{nextstop}.",),
        "previous": ("Lần gần nhất hai bên gặp nhau là tại {prev_city} ngày {prev_date}.",),
        "sib_before": ("Trước đó, {sib_when}, {sib_people} hai nước đã {sib_did}.",),
        "sib_after": ("{^sib_people} hai nước dự kiến sẽ {sib_will} {sib_when}.",),
    }
    CAPTION = ("{Aref_cap} và {Bref} tại {city}. Ảnh: {outlet_short}",)
    CAPTION_CALL = ("{AT} {cA} {Aname}. Ảnh tư liệu: {outlet_short}",)
    ARCHIVE = ("Ảnh tư liệu: {Aref_cap} và {Bref} trong cuộc gặp tại {prev_city} ngày {prev_date}.",)
    STANDFIRST = ("Hai bên nhất trí thúc đẩy hợp tác trong các lĩnh vực {topics}.",)


LANGUAGES = {lang.code: lang for lang in (English(), Indonesian(), French(), Spanish(), German(), Russian(),
                                          Vietnamese())}


# ==========================================================================
# Outlets: each keeps its chrome, its publication line and its dateline across its reports
#
# Chrome items are literal lines or tokens: @titlebar|SEP (the headline and the outlet's name),
# @crawl (the date of the visit), @weather, @breaking|PREFIX (another headline), @pub, @byline|PREFIX,
# @standfirst, @editor|PREFIX, @readalso|PREFIX (placed inside the body), @related|HEADER,
# @tags|LABEL, @copyright|TEXT with {year}.


@dataclass(frozen=True)
class Outlet:
    key: str
    lang: str
    name: str
    short: str
    home: str  # city key of the weather widget
    temp: tuple[int, int]
    top: tuple[str, ...]  # before the headline
    head: tuple[str, ...]  # between the headline and the lead
    tail: tuple[str, ...]  # after the body
    pub: str  # publication-line style
    crawl: str = ""  # crawl-date style
    dateline: str = ""  # dateline style
    date_style: str = "uk"
    variant: str = ""
    p_pub: float = 0.8
    p_chrome: float = 0.85
    related: str = "{title}"
    blank: bool = False


OUTLETS = (
    Outlet("meridian", "en", "The Meridian Post", "Meridian", "LON", (2, 24),
           ("Skip to main content", "The Meridian Post", "Home | World | UK | Business | Sport | Opinion | Culture",
            "Search", "Sign in", "@crawl", "@weather", "World"),
           ("@standfirst", "@byline|By ", "@pub", "Share", "Tweet", "WhatsApp"),
           ("@related|Related news", "Comments (0)", "@copyright|© {year} The Meridian Post. All rights reserved."),
           pub="en_published", crawl="en_long", p_pub=0.85, related="{title} ({date})", blank=True),
    Outlet("capwire", "en", "Capital Wire", "Capital Wire", "WAS", (-2, 31),
           ("Capital Wire", "@breaking|BREAKING: ", "Markets | World | Politics | Tech | Video", "Search", "@crawl"),
           ("@pub", "@byline|By ", "3 min read"),
           ("@readalso|Read also: ", "@editor|Reporting by the Capital Wire desk; editing by ",
            "@tags|Tags: ", "@copyright|© {year} Capital Wire"),
           pub="en_us", crawl="en_us_short", dateline="en_wire", date_style="us", p_pub=0.75),
    Outlet("apledger", "en", "Asia Pacific Ledger", "APL", "SIN", (25, 33),
           ("@titlebar| - ", "Asia Pacific Ledger", "Home > World > Asia", "@weather", "Subscribe", "Log in"),
           ("@pub", "Share this article", "Facebook", "X", "LinkedIn", "Email"),
           ("@related|Related Stories", "@tags|Topics: "),
           pub="en_short", p_pub=0.8, related="{date} | {title}"),
    Outlet("herald", "en", "The Continental Herald", "Herald", "NBO", (12, 28),
           ("The Continental Herald", "Home | News | Africa | World | Business | Sports | Entertainment",
            "Login | Subscribe", "@weather", "@crawl", "Latest"),
           ("@byline|By ", "@pub"),
           ("Share this story: Facebook | X | WhatsApp", "@related|You may also like", "Comments (0)",
            "@copyright|Copyright © {year} The Continental Herald"),
           pub="en_posted", crawl="en_slash", dateline="en_city_country", p_pub=0.7, related="{title}\n{date}"),
    Outlet("warta", "id", "Warta Khatulistiwa", "WK", "JKT", (24, 34),
           ("Warta Khatulistiwa", "Beranda | Nasional | Internasional | Ekonomi | Olahraga | Hiburan", "Cari",
            "Masuk", "@weather", "@crawl", "Internasional"),
           ("@pub", "Bagikan", "Facebook", "Twitter", "WhatsApp"),
           ("@readalso|Baca juga: ", "@editor|Editor: ", "@related|Berita Terkait", "Komentar (0)",
            "@copyright|Copyright © {year} Warta Khatulistiwa"),
           pub="id_bar", crawl="id_long", dateline="id_city", p_pub=0.85),
    Outlet("kdh", "id", "Kabar Dunia Harian", "KDH", "JKT", (24, 34),
           ("@titlebar| - ", "KABAR DUNIA HARIAN", "@breaking|Breaking News: ", "Home | News | Dunia | Bisnis | Tekno",
            "@crawl"),
           ("@byline|Reporter: ", "@pub"),
           ("@tags|Tag: ", "@related|Berita Lainnya", "@copyright|© {year} Kabar Dunia Harian. All Rights Reserved."),
           pub="id_wd", crawl="id_slash", dateline="id_city", p_pub=0.8, related="{title}\n{date}"),
    Outlet("jik", "id", "Jurnal Ibu Kota", "JIK", "JKT", (24, 34),
           ("Jurnal Ibu Kota", "Menu", "Cari berita...", "Dunia"),
           ("@byline|Penulis: ", "@pub"),
           ("@readalso|Baca Juga: ", "@tags|Topik: ", "Bagikan artikel ini", "Komentar (0)"),
           pub="id_slash", p_pub=0.7, p_chrome=0.75),
    Outlet("echo", "fr", "L'Écho international", "L'Écho", "PAR", (1, 27),
           ("Aller au contenu principal", "L'Écho international",
            "Accueil | International | Politique | Économie | Sport | Culture", "Rechercher", "Se connecter",
            "S'abonner", "@crawl", "@weather", "International"),
           ("@standfirst", "@byline|Par ", "@pub", "Partager", "Tweeter"),
           ("@readalso|À lire aussi : ", "@related|Sur le même sujet", "Commentaires (0)",
            "@copyright|© L'Écho international {year}"),
           pub="fr_publie", crawl="fr_long", p_pub=0.85, blank=True),
    Outlet("lcd", "fr", "Le Courrier diplomatique", "LCD", "GVA", (0, 26),
           ("Le Courrier diplomatique", "@breaking|Dernière minute : ", "Monde | Afrique | Europe | Amériques | Asie",
            "Recherche", "@crawl"),
           ("@pub",),
           ("@tags|Mots-clés : ", "@copyright|© {year} Le Courrier diplomatique – Tous droits réservés"),
           pub="fr_enligne", crawl="fr_long", dateline="fr_afp", p_pub=0.7),
    Outlet("continental", "fr", "Le Continental", "Le Continental", "DKR", (18, 32),
           ("@titlebar| - ", "Le Continental", "Accueil", "Politique", "Économie", "Monde", "@weather"),
           ("@byline|Par ", "@pub", "Partager sur Facebook", "Partager sur WhatsApp"),
           ("@related|Lire aussi", "Commentaires (0)", "Laisser un commentaire"),
           pub="fr_le", p_pub=0.8, related="{title} - {date}"),
    Outlet("horizons", "fr", "Horizons Matin", "HM", "MTL", (-12, 28),
           ("Horizons Matin", "Actualités | Monde | Économie | Opinions", "@crawl", "@weather"),
           ("@pub", "@byline|"),
           ("@related|À lire également", "@copyright|© {year} Horizons Matin"),
           pub="fr_h", crawl="fr_long", p_pub=0.75, p_chrome=0.8),
    Outlet("diario", "es", "Diario del Continente", "DC", "BUE", (8, 30),
           ("Diario del Continente", "Portada | Mundo | Política | Economía | Deportes | Espectáculos", "Buscar",
            "Iniciar sesión", "@weather", "@crawl", "Mundo"),
           ("@pub", "Compartir", "Facebook", "Twitter", "WhatsApp"),
           ("@related|Noticias relacionadas", "Comentarios (0)",
            "@copyright|© {year} Diario del Continente. Todos los derechos reservados."),
           pub="es_slash", crawl="es_long", dateline="es_efe", variant="latam", p_pub=0.85,
           related="{date} - {title}"),
    Outlet("heraldo", "es", "El Heraldo Austral", "EHA", "SCL", (3, 30),
           ("@titlebar| | ", "El Heraldo Austral", "@breaking|Última hora: ", "Inicio | Nacional | Internacional | "
            "Economía | Opinión", "@crawl"),
           ("@byline|Por ", "@pub", "Compartir"),
           ("@readalso|Te puede interesar: ", "@tags|Etiquetas: "),
           pub="es_publicado", crawl="es_long", variant="latam", p_pub=0.75),
    Outlet("voz", "es", "La Voz Internacional", "LVI", "MAD", (3, 36),
           ("La Voz Internacional", "Inicio | Internacional | España | Economía | Opinión | Cultura", "Suscríbete",
            "Entrar", "@crawl", "Internacional"),
           ("@standfirst", "@byline|", "@pub"),
           ("@readalso|Lea también: ", "@related|Más noticias", "Comentarios (0)",
            "@copyright|© La Voz Internacional {year}"),
           pub="es_actualizado", crawl="es_long", variant="spain", p_pub=0.8, blank=True),
    Outlet("pacifico", "es", "Noticias del Pacífico", "NdP", "LIM", (15, 28),
           ("Noticias del Pacífico", "@weather", "Menú", "Mundo"),
           ("@pub",),
           ("@related|Lo más leído", "@tags|Temas: "),
           pub="es_ampm", variant="latam", p_pub=0.7, p_chrome=0.8),
    Outlet("kurier", "de", "Rheinischer Kurier", "rk", "COL", (-1, 29),
           ("Zum Inhalt springen", "Rheinischer Kurier", "Startseite | Politik | Wirtschaft | Sport | Kultur | Region",
            "Suche", "Anmelden", "@weather", "@crawl", "Ausland"),
           ("@pub", "Teilen", "Twittern", "WhatsApp", "E-Mail"),
           ("@related|Mehr zum Thema", "Kommentare (0)", "@copyright|© Rheinischer Kurier {year}"),
           pub="de_uhr", crawl="de_long", dateline="de_agency", p_pub=0.85, related="{title} ({date})"),
    Outlet("weltschau", "de", "Die Weltschau", "wsch", "BER", (-3, 30),
           ("@titlebar| - ", "Die Weltschau", "Politik | Ausland | Wirtschaft | Meinung", "Abo", "Login", "@crawl"),
           ("@standfirst", "@byline|Von ", "@pub"),
           ("@readalso|Lesen Sie auch: ", "@tags|Schlagwörter: "),
           pub="de_veroeff", crawl="de_long", p_pub=0.8, blank=True),
    Outlet("alpen", "de", "Alpenland Nachrichten", "AN", "VIE", (-4, 31),
           ("Alpenland Nachrichten", "@weather", "@breaking|Eilmeldung: ", "Nachrichten | Politik | Welt | Sport"),
           ("@pub", "Artikel teilen"),
           ("@related|Weitere Artikel", "Kommentare (0)", "@copyright|© {year} Alpenland Nachrichten"),
           pub="de_wd", dateline="de_agency", p_pub=0.75, related="{date}: {title}"),
    Outlet("hanse", "de", "Hanse Tageblatt", "HT", "HAM", (-2, 27),
           ("Hanse Tageblatt", "Hamburg | Norddeutschland | Politik | Wirtschaft | Sport", "@crawl", "Politik"),
           ("@byline|", "@pub"),
           ("@tags|Themen: ", "@copyright|© Hanse Tageblatt {year} – Alle Rechte vorbehalten"),
           pub="de_um", crawl="de_long", p_pub=0.7, p_chrome=0.8),
    Outlet("vestnik", "ru", "Вестник Евразии", "ВЕ", "MOW", (-15, 28),
           ("Вестник Евразии", "Главная | Политика | Экономика | В мире | Общество | Спорт", "Поиск", "Войти",
            "@weather", "@crawl", "В мире"),
           ("@pub", "Поделиться"),
           ("@readalso|Читайте также: ", "@related|Новости по теме", "Комментарии (0)",
            "@copyright|© {year} Вестник Евразии. Все права защищены."),
           pub="ru_plain", crawl="ru_long", dateline="ru_wire", p_pub=0.85, related="{date} {title}"),
    Outlet("obozrenie", "ru", "Мировое обозрение", "МО", "MOW", (-15, 28),
           ("@titlebar| — ", "Мировое обозрение", "@breaking|Срочно: ", "Новости | Аналитика | Интервью | Фото",
            "@crawl"),
           ("@byline|Автор: ", "@pub"),
           ("@tags|Теги: ", "@copyright|© Мировое обозрение, {year}"),
           pub="ru_opubl", crawl="ru_long", p_pub=0.8),
    Outlet("polden", "ru", "Новости Полудня", "НП", "KZN", (-16, 29),
           ("Новости Полудня", "@weather", "Меню", "Политика"),
           ("@pub",),
           ("@related|Главное за день", "Комментарии (0)"),
           pub="ru_msk", p_pub=0.75, p_chrome=0.8, related="{title}\n{date}"),
    Outlet("dipkurier", "ru", "Дипломатический курьер", "ДК", "MOW", (-15, 28),
           ("Дипломатический курьер", "Главная | Дипломатия | Экономика | Безопасность", "@crawl"),
           ("@pub", "@byline|"),
           ("@readalso|Читайте также: ", "@copyright|© {year} «Дипломатический курьер»"),
           pub="ru_g", crawl="ru_long", p_pub=0.75),
    Outlet("thoisu", "vi", "Báo Thời Sự Quốc Tế", "TSQT", "HAN", (12, 36),
           ("Báo Thời Sự Quốc Tế", "Trang chủ | Thời sự | Thế giới | Kinh tế | Thể thao | Giải trí", "Tìm kiếm",
            "Đăng nhập", "@weather", "@crawl", "Thế giới"),
           ("@pub", "Chia sẻ", "Facebook", "Zalo"),
           ("@related|Tin liên quan", "Bình luận (0)", "@copyright|© {year} Báo Thời Sự Quốc Tế"),
           pub="vi_gmt", crawl="vi_long", dateline="vi_tag", p_pub=0.85, related="{title} ({date})"),
    Outlet("tttc", "vi", "Tin Tức Toàn Cầu", "TTTC", "HAN", (12, 36),
           ("@titlebar| - ", "Tin Tức Toàn Cầu", "@breaking|Tin nóng: ", "Mới nhất | Thế giới | Kinh doanh | Công nghệ",
            "@crawl"),
           ("@byline|", "@pub"),
           ("@readalso|Xem thêm: ", "@tags|Từ khóa: "),
           pub="vi_plain", crawl="vi_long", dateline="vi_city", p_pub=0.8),
    Outlet("nsbp", "vi", "Nhịp Sống Bốn Phương", "NSBP", "DAD", (18, 35),
           ("Nhịp Sống Bốn Phương", "@weather", "Thế giới"),
           ("@pub", "Chia sẻ"),
           ("@related|Tin cùng chuyên mục", "Bình luận (0)"),
           pub="vi_capnhat", p_pub=0.75, p_chrome=0.8),
    Outlet("ddng", "vi", "Diễn Đàn Ngoại Giao", "DĐNG", "HAN", (12, 36),
           ("Diễn Đàn Ngoại Giao", "Trang chủ | Ngoại giao | Kinh tế đối ngoại | Bình luận", "@crawl"),
           ("@pub",),
           ("@tags|Từ khóa: ", "@copyright|Bản quyền © {year} Diễn Đàn Ngoại Giao"),
           pub="vi_bar", crawl="vi_long", p_pub=0.75),
)
OUTLETS_BY_LANG = {lang: [o for o in OUTLETS if o.lang == lang] for lang in LANGS}
REPORTER_CULTURE = {"en": "anglo", "id": "indonesian", "fr": "french", "es": "latam", "de": "german",
                    "ru": "russian", "vi": "vietnamese"}
DATED_DATELINES = ("en_wire", "fr_afp", "es_efe", "ru_wire", "vi_city")
DIPLOMACY = {"en": "Diplomacy", "id": "Diplomasi", "fr": "Diplomatie", "es": "Diplomacia", "de": "Diplomatie",
             "ru": "дипломатия", "vi": "ngoại giao"}
CITY_COUNTRY = {co.capital: code for code, co in COUNTRIES.items()}
CITY_COUNTRY.update({city: host for kind in SUMMIT_KINDS for host, city in kind.hosts})


def publication_line(style: str, d: date, hh: int, mm: int) -> str:
    """The page's own date and time, as the outlet prints it."""
    h12, ampm = (hh % 12 or 12), ("AM" if hh < 12 else "PM")
    y, m, day = d.year, d.month, d.day
    if style == "en_published":
        return f"Published: {day} {MONTHS['en'][m - 1]} {y} {hh:02d}:{mm:02d}"
    if style == "en_us":
        return f"{MONTHS['en'][m - 1]} {day}, {y} | {h12}:{mm:02d} {ampm}"
    if style == "en_short":
        return f"Published {day} {MONTHS_SHORT['en'][m - 1]} {y}, {h12}:{mm:02d} {ampm.lower()}"
    if style == "en_posted":
        return f"Posted on {day:02d}/{m:02d}/{y} at {hh:02d}:{mm:02d}"
    if style == "id_bar":
        return f"{WEEKDAYS['id'][d.weekday()]}, {day} {MONTHS['id'][m - 1]} {y} | {hh:02d}:{mm:02d} WIB"
    if style == "id_wd":
        return f"{WEEKDAYS['id'][d.weekday()]}, {day} {MONTHS['id'][m - 1]} {y} {hh:02d}:{mm:02d} WIB"
    if style == "id_slash":
        return f"{day:02d}/{m:02d}/{y}, {hh:02d}:{mm:02d} WIB"
    if style == "fr_publie":
        return f"Publié le {day:02d}/{m:02d}/{y} à {hh:02d}h{mm:02d}"
    if style == "fr_enligne":
        return f"Mis en ligne le {'1er' if day == 1 else day} {MONTHS['fr'][m - 1]} {y} à {hh:02d}:{mm:02d}"
    if style == "fr_le":
        return f"Le {day:02d}.{m:02d}.{y} à {hh:02d}h{mm:02d}"
    if style == "fr_h":
        return f"{day} {MONTHS['fr'][m - 1]} {y} | {hh} h {mm:02d}"
    if style == "es_slash":
        return f"{day:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}"
    if style == "es_publicado":
        return f"Publicado el {day} de {MONTHS['es'][m - 1]} de {y} a las {hh:02d}:{mm:02d}"
    if style == "es_actualizado":
        return f"Actualizado: {WEEKDAYS['es'][d.weekday()]}, {day} de {MONTHS['es'][m - 1]} de {y}, {hh:02d}:{mm:02d}"
    if style == "es_ampm":
        return f"{day} de {MONTHS['es'][m - 1]} de {y} - {h12}:{mm:02d} {'a. m.' if hh < 12 else 'p. m.'}"
    if style == "de_uhr":
        return f"{day:02d}.{m:02d}.{y}, {hh:02d}:{mm:02d} Uhr"
    if style == "de_veroeff":
        return f"Veröffentlicht am {day}. {MONTHS['de'][m - 1]} {y}, {hh:02d}:{mm:02d} Uhr"
    if style == "de_wd":
        return f"{WEEKDAYS['de'][d.weekday()]}, {day:02d}.{m:02d}.{y} | {hh:02d}:{mm:02d}"
    if style == "de_um":
        return f"{day}. {MONTHS['de'][m - 1]} {y} um {hh:02d}:{mm:02d} Uhr"
    if style == "ru_plain":
        return f"{day} {MONTHS['ru'][m - 1]} {y}, {hh:02d}:{mm:02d}"
    if style == "ru_opubl":
        return f"Опубликовано: {day:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}"
    if style == "ru_msk":
        return f"{day:02d}.{m:02d}.{y} | {hh:02d}:{mm:02d} МСК"
    if style == "ru_g":
        return f"{day} {MONTHS['ru'][m - 1]} {y} г., {hh:02d}:{mm:02d}"
    if style == "vi_gmt":
        return f"{cap(WEEKDAYS['vi'][d.weekday()])}, {day:02d}/{m:02d}/{y} {hh:02d}:{mm:02d} (GMT+7)"
    if style == "vi_plain":
        return f"{day:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}"
    if style == "vi_capnhat":
        return f"Cập nhật: {hh:02d}:{mm:02d} {day:02d}/{m:02d}/{y}"
    if style == "vi_bar":
        return f"{day}/{m}/{y} | {hh:02d}:{mm:02d}"
    raise KeyError(style)


def crawl_line(style: str, d: date) -> str:
    """The date the page was visited, printed in its header."""
    y, m, day, wd = d.year, d.month, d.day, d.weekday()
    return {
        "en_long": f"{WEEKDAYS['en'][wd]}, {day} {MONTHS['en'][m - 1]} {y}",
        "en_us_short": f"{WEEKDAYS['en'][wd][:3]}, {MONTHS_SHORT['en'][m - 1]} {day}, {y}",
        "en_slash": f"{day:02d}/{m:02d}/{y}",
        "id_long": f"{WEEKDAYS['id'][wd]}, {day} {MONTHS['id'][m - 1]} {y}",
        "id_slash": f"{WEEKDAYS['id'][wd]}, {day:02d}/{m:02d}/{y}",
        "fr_long": f"{WEEKDAYS['fr'][wd]} {day} {MONTHS['fr'][m - 1]} {y}",
        "es_long": f"{WEEKDAYS['es'][wd]}, {day} de {MONTHS['es'][m - 1]} de {y}",
        "de_long": f"{WEEKDAYS['de'][wd]}, {day}. {MONTHS['de'][m - 1]} {y}",
        "ru_long": f"{WEEKDAYS['ru'][wd]}, {day} {MONTHS['ru'][m - 1]} {y}",
        "vi_long": f"{cap(WEEKDAYS['vi'][wd])}, {day}/{m}/{y}",
    }[style]


def dateline(style: str, lang: str, city_key: str, filed: date, short: str) -> str:
    """A wire dateline opening the lead; the day in it is the day the report was filed."""
    L = LANGUAGES[lang]
    city = L.city(city_key)
    d, m = filed.day, filed.month
    if style == "en_wire":
        return f"{city.upper()}, {MONTHS_SHORT['en_ap'][m - 1]} {d} ({short}) – "
    if style == "en_city_country":
        code = CITY_COUNTRY[city_key]
        return f"{city.upper()}, {English.SHORT.get(code, COUNTRIES[code]['en'])} — "
    if style == "id_city":
        return f"{city} ({short}) - "
    if style == "fr_afp":
        return f"{city.upper()}, {d} {MONTHS['fr'][m - 1]} ({short}) - "
    if style == "es_efe":
        return f"{city}, {d} {MONTHS_SHORT['es'][m - 1]} ({short}).- "
    if style == "de_agency":
        return f"{city} ({short}) – "
    if style == "ru_wire":
        return f"{city.upper()}, {d} {MONTHS['ru'][m - 1]}. /Корр. {short}/. "
    if style == "vi_tag":
        return f"({short}) - "
    if style == "vi_city":
        return f"{city}, {d}/{m} ({short}) - "
    raise KeyError(style)


def weather(outlet: Outlet, rng: random.Random) -> str:
    t = rng.randint(*outlet.temp)
    city = LANGUAGES[outlet.lang].city(outlet.home)
    if outlet.lang == "ru":
        return f"{city} {'+' if t > 0 else '−' if t < 0 else ''}{abs(t)}°C"
    return f"{city} {t}°C"


# ==========================================================================
# The world: who holds office when, what each pair shares


class World:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        taken: set[str] = set()
        self.terms: dict[tuple[str, str], list[tuple[int, int, Person]]] = {}
        for code, co in COUNTRIES.items():
            for role in ("leader", "fm"):
                n = rng.choice((1, 2, 2, 3))
                cuts = sorted(rng.sample(range(2015, 2025), n - 1))
                starts, ends = [2014] + cuts, [c - 1 for c in cuts] + [2025]
                self.terms[(code, role)] = [(a, b, invent_person(rng, co.culture, rng.random() < 0.3, taken))
                                            for a, b in zip(starts, ends)]
        self.pairs: dict[tuple[str, str], PairFacts] = {}
        for a, b, _ in PAIRS:
            self.pair(a, b)
        self.reporters = {}
        for outlet in OUTLETS:
            people = [invent_person(rng, REPORTER_CULTURE[outlet.lang], rng.random() < 0.5, taken) for _ in range(3)]
            self.reporters[outlet.key] = [p.name_ru if outlet.lang == "ru" else p.name for p in people]

    def holder(self, code: str, role: str, year: int) -> Person:
        for start, end, person in self.terms[(code, role)]:
            if start <= year <= end:
                return person
        raise KeyError((code, role, year))

    def pair(self, a: str, b: str) -> PairFacts:
        key = tuple(sorted((a, b)))
        if key not in self.pairs:
            rng = self.rng
            treaty = None
            if rng.random() < 0.5:
                treaty = date(rng.randint(1960, 2005), rng.randint(1, 12), rng.randint(1, 28))
            self.pairs[key] = PairFacts(rng.randint(1946, 1995), treaty, round(10 ** rng.uniform(-0.6, 1.5), 2),
                                        rng.uniform(-0.03, 0.09))
        return self.pairs[key]

    def trade(self, a: str, b: str, year: int) -> float:
        """The pair's trade in a year (billion USD): the same figure in every report that gives it."""
        f = self.pair(a, b)
        return max(0.05, round(f.trade_base * (1 + f.growth) ** (year - 2013), 1))


# ==========================================================================
# Events: single ones, a pair meeting twice in a few days, several pairs at one summit


KIND_WEIGHTS = {"visit": 3, "talks": 3, "call": 2, "signing": 2}
SIZE_WEIGHTS = {1: 12, 2: 40, 3: 36, 4: 12}


class EventMaker:
    def __init__(self, rng: random.Random, world: World) -> None:
        self.rng = rng
        self.world = world
        self.events: list[Event] = []
        self.busy: dict[tuple[str, str], list[tuple[date, str | None]]] = {}  # (country, level) -> days, places
        self.summits: dict[tuple[str, int], Summit] = {}  # (kind, year) -> the one meeting of that year
        self.summit_pairs: dict[tuple[str, int], set[frozenset]] = {}

    def free(self, level: str, codes: tuple[str, ...], day: date, city: str | None) -> bool:
        """Nobody is in two cities within a day of each other (a call can be made from anywhere)."""
        for code in codes:
            for other_day, other_city in self.busy.get((code, level), ()):
                if abs((other_day - day).days) <= 1 and city and other_city and other_city != city:
                    return False
        return True

    def random_day(self, start: date = FIRST_DAY, end: date = LAST_DAY) -> date:
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    def random_pair(self) -> tuple[str, str]:
        a, b, _ = self.rng.choices(PAIRS, weights=[w for _, _, w in PAIRS])[0]
        return (a, b) if self.rng.random() < 0.5 else (b, a)

    def new(self, kind: str, level: str, a: str, b: str, day: date, summit: Summit | None = None) -> Event:
        rng, ca, cb = self.rng, COUNTRIES[a], COUNTRIES[b]
        role = "leader" if level == "leaders" else "fm"
        year = day.year
        if summit:
            city = summit.city
        elif kind == "call":
            city = None
        else:
            city = cb.capital
        topics = tuple(rng.sample(range(len(TOPIC_KEYS)), rng.randint(3, 4)))
        n_agreements = 0
        if kind == "signing":
            n_agreements = rng.randint(2, 12)
        elif kind in ("visit", "talks") and rng.random() < 0.35:
            n_agreements = rng.randint(2, 9)
        fields = tuple(rng.sample(range(len(TOPIC_KEYS)), rng.randint(2, 4))) if n_agreements else ()
        issue = None
        if rng.random() < 0.6:
            options = [c for c in ISSUES_BY_REGION[ca.region] if c not in (a, b)]
            issue = rng.choice(options) if options else None
        bloc = REGION_BLOC[ca.region] if ca.region == cb.region and rng.random() < 0.6 else None
        nextstop = None
        if kind == "visit" and rng.random() < 0.6:
            near = [c for c, co in COUNTRIES.items() if co.region == cb.region and c not in (a, b)]
            nextstop = rng.choice(near or [c for c in COUNTRIES if c not in (a, b)])
        prev_day = day - timedelta(days=rng.randint(400, 1500))
        prev_city = rng.choice((ca.capital, cb.capital))
        ev = Event(key="", kind=kind, level=level, a=a, b=b, day=day,
                   pa=self.world.holder(a, role, year), pb=self.world.holder(b, role, year),
                   city=city, summit=summit, topics=topics, fields=fields, n_agreements=n_agreements, issue=issue,
                   bloc=bloc, ndays=rng.randint(2, 4), nextstop=nextstop,
                   target_year=year + rng.randint(3, 12), target_factor=rng.choice((1.5, 2.0, 2.5, 3.0)),
                   prev_city=prev_city, prev_day=prev_day)
        pair = "-".join(ev.countries)
        ev.key = f"w{len(self.events) + 1:04d}-{pair}-{day.isoformat()}-{kind}"
        self.events.append(ev)
        for code in (a, b):
            self.busy.setdefault((code, level), []).append((day, city))
        return ev

    def single(self) -> list[Event]:
        while True:
            a, b = self.random_pair()
            kind = self.rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
            level = self.rng.choice(("leaders", "fms"))
            day = self.random_day()
            if self.free(level, (a, b), day, None if kind == "call" else COUNTRIES[b].capital):
                return [self.new(kind, level, a, b, day)]

    def pair_cluster(self) -> list[Event]:
        """The same pair twice in a few days: a call then a visit, ministers then leaders, two levels in a day."""
        rng = self.rng
        while True:
            a, b = self.random_pair()
            day = self.random_day(FIRST_DAY, LAST_DAY - timedelta(days=5))
            pattern = rng.randint(1, 4)
            if pattern == 1:
                plan = [("call", "fms", 0), ("visit", "leaders", rng.randint(2, 4))]
            elif pattern == 2:
                plan = [("talks", "fms", 0), (rng.choice(("talks", "visit", "signing")), "leaders", 2)]
            elif pattern == 3:
                plan = [("talks", "leaders", 0), ("signing", "fms", 0)]
            else:
                plan = [("visit", "fms", 0), ("call", "leaders", rng.randint(1, 3))]
            capital = COUNTRIES[b].capital
            if all(self.free(level, (a, b), day + timedelta(days=offset), None if kind == "call" else capital)
                   for kind, level, offset in plan):
                return [self.new(kind, level, a, b, day + timedelta(days=offset)) for kind, level, offset in plan]

    def summit_cluster(self) -> list[Event]:
        """Several pairs meeting at one summit, most on the same day: none of them is the host.

        A summit meets once a year: a second cluster of the same summit and year adds pairs to it."""
        rng = self.rng
        kind = rng.choice(SUMMIT_KINDS)
        year = rng.randint(2014, 2025)
        summit = self.summits.get((kind.key, year))
        if summit is None:
            host, city = rng.choice(kind.hosts)
            while True:
                first = date(year, rng.choice(kind.months), rng.randint(1, 26))
                if FIRST_DAY <= first <= LAST_DAY - timedelta(days=4):
                    break
            summit = Summit(kind, host, city, first, rng.randint(2, 3), rng.randint(*kind.k))
            self.summits[(kind.key, year)] = summit
        met = self.summit_pairs.setdefault((kind.key, year), set())

        def attends(code: str) -> bool:
            return code != summit.host and (not kind.guests or code in kind.guests
                                            or COUNTRIES[code].region in kind.guests)

        pairs = [(a, b) for a, b, _ in PAIRS if attends(a) and attends(b)]
        guests = [c for c in COUNTRIES if attends(c)]
        days = [summit.first_day + timedelta(days=i) for i in range(summit.days)]
        want = rng.randint(2, 4)
        chosen: list[tuple[str, str]] = []
        for _ in range(200):
            if len(chosen) == want:
                break
            if pairs and rng.random() < 0.7:
                a, b = rng.choice(pairs)
            else:
                a, b = rng.sample(guests, 2)
            if frozenset((a, b)) in met:
                continue
            if all(self.free(kind.level, (a, b), day, summit.city) for day in days):
                met.add(frozenset((a, b)))
                chosen.append((a, b) if rng.random() < 0.5 else (b, a))
        main_day = rng.choice(days)
        return [self.new("sidelines", kind.level, a, b, main_day if rng.random() < 0.65 else rng.choice(days), summit)
                for a, b in chosen]

    def make(self, n_reports: int) -> list[Event]:
        rng, planned = self.rng, 0
        while planned < n_reports:
            r = rng.random()
            cluster = self.single() if r < 0.45 else self.pair_cluster() if r < 0.72 else self.summit_cluster()
            for ev in cluster:
                ev.size = rng.choices(list(SIZE_WEIGHTS), weights=list(SIZE_WEIGHTS.values()))[0]
                ev.size = min(ev.size, n_reports - planned)
                planned += ev.size
        events = [ev for ev in self.events if ev.size > 0]
        by_pair: dict[tuple[str, ...], list[Event]] = {}
        for ev in self.events:
            by_pair.setdefault(ev.countries, []).append(ev)
        for group in by_pair.values():
            group.sort(key=lambda e: (e.day, e.key))
            for ev in group:
                ev.siblings = [o for o in group if o is not ev and abs((o.day - ev.day).days) <= 4]
                ev.order = sum(1 for o in group if o.day == ev.day and o.key < ev.key)
        return events


# ==========================================================================
# Writing one report

_GENDER = re.compile(r"\[([ABP])=([^|\]]*)\|([^\]]*)\]")
_SLOT = re.compile(r"\{(\^?)(\w+)\}")


def fill(template: str, ctx: dict, genders: dict) -> str:
    text = _GENDER.sub(lambda m: m.group(3) if genders[m.group(1)] else m.group(2), template)
    text = _SLOT.sub(lambda m: cap(ctx[m.group(2)]) if m.group(1) else ctx[m.group(2)], text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    return text.replace(" ,", ",").replace(" .", ".").replace(",,", ",").replace(",.", ".")


def make_scene(ev: Event, outlet: Outlet, world: World, rng: random.Random, pub_day: date,
               yearless: bool = False, sibling: Event | None = None) -> Scene:
    swap = ev.kind in ("call", "sidelines") and rng.random() < 0.4  # a host stays the host
    a, b = (ev.b, ev.a) if swap else (ev.a, ev.b)
    pa, pb = (ev.pb, ev.pa) if swap else (ev.pa, ev.pb)
    topics = rng.sample(list(ev.topics), k=rng.choice((2, 2, 3)))
    fields = rng.sample(list(ev.fields), k=min(len(ev.fields), rng.choice((2, 3)))) if ev.fields else []
    return Scene(ev, rng, outlet, world, pa, pb, COUNTRIES[a], COUNTRIES[b], title_key(ev, a), title_key(ev, b),
                 topics, fields, pub_day, yearless, sibling)


def genders_of(s: Scene) -> dict:
    return {"A": s.A.female, "B": s.B.female, "P": s.A.female and s.B.female}


def headline_for(ev: Event, outlet: Outlet, world: World, rng: random.Random) -> str:
    """A headline of another event in the outlet's language (related lists, tickers)."""
    L = LANGUAGES[outlet.lang]
    s = make_scene(ev, outlet, world, rng, ev.day)
    return L.finish(fill(rng.choice(L.HEAD[ev.kind]), L.build(s), genders_of(s)))


def choose_mode(rng: random.Random, anchored: bool, delta: int, yearless: bool, dated_dateline: bool) -> str:
    """How the lead says when: a full date, a day and month, a weekday, yesterday, today or not at all."""
    options: list[tuple[str, float]] = []
    if not yearless:
        options.append(("full", 2 if anchored else 4))
    options.append(("daymonth", 3 if anchored else 5))
    if anchored:
        options.append(("weekday", 4))
        if delta == 1:
            options.append(("yesterday", 3))
        if delta == 0:
            options.append(("today", 1))
            if dated_dateline:
                options.append(("none", 2))
    else:
        options.append(("weekday", 0.3))  # a page that never says when it was written
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


@dataclass
class Draft:
    text: str
    title: str
    pub_line: str
    traps: tuple[str, ...]


def body_facts(s: Scene, no_year: bool) -> list[str]:
    """The facts this report may tell, beyond its lead."""
    ev = s.ev
    facts = ["topics", "quote", "invite", "trade_ly" if s.yearless else "trade"]
    if ev.n_agreements and ev.kind != "signing":
        facts.append("agreements")
    if ev.issue:
        facts.append("issue")
    if ev.bloc:
        facts.append("bloc")
    if not no_year:
        facts += ["history", "target", "next_round", "previous"]
        if s.facts.treaty:
            facts.append("treaty")
    if s.anniversary:
        facts.append("anniv")
    if ev.summit:
        facts.append("summit")
    if ev.kind == "visit" and ev.nextstop:
        facts.append("program")
    return facts


def write_report(ev: Event, outlet: Outlet, world: World, rng: random.Random, others: list[Event],
                 pair_events: list[Event]) -> Draft:
    L = LANGUAGES[outlet.lang]
    traps: list[str] = []
    delta = rng.choices((0, 1, 2), weights=(5, 4, 1))[0]
    pub_day = ev.day + timedelta(days=delta)
    has_pub = rng.random() < outlet.p_pub
    yearless = not has_pub and rng.random() < 0.5
    no_year = yearless and rng.random() < 0.4
    dl_style = outlet.dateline if outlet.dateline and rng.random() < 0.85 else ""
    dated_dateline = dl_style in DATED_DATELINES
    sibling = rng.choice(ev.siblings) if ev.siblings and rng.random() < 0.6 else None
    s = make_scene(ev, outlet, world, rng, pub_day, yearless, sibling)
    ctx = L.build(s)
    genders = genders_of(s)
    mode = choose_mode(rng, has_pub or dated_dateline, delta, yearless, dated_dateline)
    ctx["when"] = L.when(mode, ev.day, rng, outlet)
    traps.append(f"when:{mode}")

    def render(template: str) -> str:
        return L.finish(fill(template, ctx, genders))

    # headline, lead, body
    title = render(rng.choice(L.HEAD[ev.kind])) if rng.random() < 0.97 else ""
    if not title:
        traps.append("no_headline")
    leads = [t for t in L.LEAD[ev.kind] if not (mode == "none" and "{^when}" in t)]
    lead = render(rng.choice(leads))
    if dl_style:
        place = ev.city or s.ca.capital
        lead = dateline(dl_style, outlet.lang, place, pub_day, outlet.short) + lead
        traps.append("dateline_dated" if dated_dateline else "dateline")
    facts = body_facts(s, no_year)
    chosen = rng.sample(facts, k=min(len(facts), rng.randint(3, 6)))
    if sibling:
        chosen.insert(rng.randint(0, len(chosen)), "sib_before" if s.sib_before else "sib_after")
        traps.append("sibling")
    sentences = [render(rng.choice(L.BODY[f])) for f in chosen]
    paragraphs = [lead]
    if sentences and rng.random() < 0.3:
        paragraphs[0] += " " + sentences.pop(0)
    while sentences:
        k = rng.choice((1, 1, 2))
        paragraphs.append(" ".join(sentences[:k]))
        sentences = sentences[k:]
    if rng.random() < 0.45:
        if not no_year and rng.random() < 0.35:
            caption = render(rng.choice(L.ARCHIVE))
            traps.append("archive_photo")
        else:
            caption = render(rng.choice(L.CAPTION_CALL if ev.kind == "call" else L.CAPTION))
        paragraphs.insert(rng.randint(1, min(2, len(paragraphs))), caption)

    # the page around it
    reporters = world.reporters[outlet.key]
    pub_line = ""
    if has_pub:
        pub_line = publication_line(outlet.pub, pub_day, rng.randint(6, 22), rng.randint(0, 59))
        traps.append("pub_line")
    if yearless:
        traps.append("yearless")
    if no_year:
        traps.append("no_year")
    crawl = date(2026, 1, 5) + timedelta(days=rng.randint(0, 80))

    def other_headline(same_pair: bool) -> str:
        pool = [e for e in pair_events if e is not ev] if same_pair else []
        return headline_for(rng.choice(pool or others), outlet, world, rng)

    def expand(token: str) -> list[str]:
        if not token.startswith("@"):
            return [token]
        name, _, arg = token[1:].partition("|")
        if name == "titlebar":
            return [f"{title}{arg}{outlet.name}"] if title else []
        if name == "crawl":
            return [crawl_line(outlet.crawl, crawl)] if outlet.crawl and not no_year else []
        if name == "weather":
            return [weather(outlet, rng)]
        if name == "breaking":
            return [arg + other_headline(False)] if rng.random() < 0.7 else []
        if name == "pub":
            return [pub_line] if pub_line else []
        if name == "byline":
            return [arg + rng.choice(reporters)] if rng.random() < 0.8 else []
        if name == "editor":
            return [arg + rng.choice(reporters)]
        if name == "standfirst":
            return [render(rng.choice(L.STANDFIRST))] if rng.random() < 0.5 else []
        if name == "readalso":
            return []  # placed in the body
        if name == "related":
            if rng.random() < 0.25:
                return []
            items = []
            picked: list[Event] = []
            for _ in range(rng.randint(3, 5)):
                same = [e for e in pair_events if e is not ev and e not in picked]
                other = rng.choice(same) if same and rng.random() < 0.5 else rng.choice(others)
                if other is ev or other in picked:
                    continue
                picked.append(other)
                head = headline_for(other, outlet, world, rng)
                when = L.numeric_date(other.day + timedelta(days=rng.randint(0, 1)))
                fmt = outlet.related if not yearless else "{title}"
                items.extend(fmt.format(title=head, date=when).split("\n"))
            traps.append("related")
            return [arg] + items
        if name == "tags":
            words = [L.country(ev.a), L.country(ev.b), DIPLOMACY[outlet.lang]]
            if ev.issue and rng.random() < 0.5:
                words.append(L.country(ev.issue))
            return [arg + ", ".join(words)]
        if name == "copyright":
            return [arg.format(year=crawl.year)] if not no_year else []
        raise KeyError(token)

    top: list[str] = []
    if rng.random() < outlet.p_chrome:
        for token in outlet.top:
            top.extend(expand(token))
        traps.append("chrome")
        if any(t.startswith("@titlebar") for t in outlet.top) and title:
            traps.append("titlebar")
    head = [line for token in outlet.head for line in expand(token)]
    readalso = [t for t in outlet.tail if t.startswith("@readalso")]
    if readalso and len(paragraphs) > 2 and rng.random() < 0.6:
        prefix = readalso[0].partition("|")[2]
        paragraphs.insert(rng.randint(2, len(paragraphs) - 1), prefix + other_headline(rng.random() < 0.5))
    tail = [line for token in outlet.tail for line in expand(token)]
    lines = top + ([title] if title else []) + head
    sep = "\n\n" if outlet.blank else "\n"
    text = "\n".join(lines) + "\n" + sep.join(paragraphs) + "\n" + ("\n" if outlet.blank else "") + \
        "\n".join(tail)
    return Draft(text.rstrip("\n") + "\n", title, pub_line, tuple(sorted(set(traps))))


# ==========================================================================
# Corpus

LANG_WEIGHTS = {"en": 1.4, "id": 1.0, "fr": 1.0, "es": 1.0, "de": 1.0, "ru": 1.0, "vi": 1.0}


def choose_languages(rng: random.Random, size: int) -> list[str]:
    """Distinct languages, save now and then two outlets of one language."""
    langs: list[str] = []
    pool = list(LANGS)
    while len(langs) < size:
        lang = rng.choices(pool, weights=[LANG_WEIGHTS[x] for x in pool])[0]
        langs.append(lang)
        pool.remove(lang)
    if size >= 2 and rng.random() < 0.08:
        langs[-1] = langs[0]
    return langs


def generate(n: int, seed: int = 0) -> list[SynthArticle]:
    """``n`` raw reports with their truth, always the same for the same seed."""
    rng = random.Random(seed)
    world = World(rng)
    events = EventMaker(rng, world).make(n)
    by_pair: dict[tuple[str, ...], list[Event]] = {}
    for ev in events:
        by_pair.setdefault(ev.countries, []).append(ev)
    drafts: list[tuple[Draft, Event, Outlet]] = []
    for ev in events:
        used: list[str] = []
        for lang in choose_languages(rng, ev.size):
            outlets = [o for o in OUTLETS_BY_LANG[lang] if o.key not in used] or OUTLETS_BY_LANG[lang]
            outlet = rng.choice(outlets)
            used.append(outlet.key)
            drafts.append((write_report(ev, outlet, world, rng, events, by_pair[ev.countries]), ev, outlet))
    rng.shuffle(drafts)
    return [SynthArticle(f"world_{i:05d}.txt", d.text, ev.key, outlet.lang, ev.countries, ev.day.isoformat(),
                         d.title, outlet.key, d.pub_line, d.traps)
            for i, (d, ev, outlet) in enumerate(drafts, start=1)]


def write_corpus(articles: list[SynthArticle], outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    for art in articles:
        (outdir / art.name).write_text(art.text, encoding="utf-8")
    truth = [art.truth() for art in articles]
    (outdir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of reports")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    articles = generate(args.n, args.seed)
    write_corpus(articles, args.outdir)
    events = len({a.event_key for a in articles})
    pairs = len({a.countries for a in articles})
    print(f"wrote {len(articles)} reports of {events} events ({pairs} country pairs) to {args.outdir}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
