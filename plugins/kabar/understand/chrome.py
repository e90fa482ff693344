"""Site chrome: lines of a page that are the site's, not the article's.

Two kinds of evidence, both pure:

* the line's own shape: navigation and widget labels ("Search", "Close this search box",
  "Back To Top", "Breaking News", "26.1 C"), publication and update lines ("Kamis, 30 Juni 2022 |
  00:06", "oleh A. Penulis diperbarui 09 Jan 2023, 16:20 WIB"), bylines;
* the folder: a line that comes back in many seeds of one folder is the site's, whatever its
  wording, as web-text pipelines find boilerplate by counting lines across documents
  (:func:`recurring_lines`, computed once per build over the whole seeds folder).
"""
from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .textutil import strip_marks

NON_WORD_RE = re.compile(r"[\W_]+")
MAX_CHROME_CHARS = 100  # longer lines are text, not chrome, even when they recur
RECURRING_MIN_DOCS = 3  # a short line in this many seeds of the folder is chrome

# a speech's notice that only the spoken word counts (folded): alone, chrome; after the speech's date
# ("12 mai 2014 - Seul le prononcé fait foi"), a publication line
SPEECH_NOTICES = ("seul le prononce fait foi", "check against delivery", "es gilt das gesprochene wort",
                  "solo fa fede il testo pronunciato", "fa fede solo il testo pronunciato",
                  "solo es valido el discurso pronunciado")
# navigation, widgets and labels, compared on the folded key of a whole line
NAVIGATION_RE = re.compile(
    r"^(?:search|close this search box|search for|menu|main menu|home|homepage|beranda|trang chu|accueil|"
    r"skip to(?: [^\W\d_]+){1,4}|back to top|kembali ke atas|breaking news|breaking|berita terkini|"
    r"latest news|latest|terpopuler|most popular|most read|popular|trending|trending now|featured|"
    r"featured news|top stories|headlines?|news|berita|tin tuc|actualites|nachrichten|noticias|novosti|"
    r"all news|semua berita|toutes les actualites|alle nachrichten|todas las noticias|vse novosti|все новости|"
    r"subscribe|subscribe now|sign in|sign up|log in|login|logout|register|daftar|masuk|"
    r"view settings|font size|site colours|site colors|text size|dark mode|light mode|"
    r"ukuran (?:text|teks|huruf|font)|"  # ("Ukuran text:", Indonesian: text size)
    # the reader's text size controls: "Augmenter la taille du texte", "Schrift vergrößern", "A+"
    r"(?:increase|decrease|larger|smaller|bigger|reset) (?:the )?(?:text|font)(?: size)?|"
    r"(?:augmenter|diminuer|reduire|agrandir) (?:la taille du )?(?:texte|police|caracteres)|taille du texte|"
    r"schrift(?:grosse)? ?(?:vergr\w*|verkl\w*|zurucksetzen)?|schriftgrosse|"
    r"(?:aumentar|disminuir|reducir|diminuir) (?:el |o )?(?:tamano|tamanho)?(?: d[eao]s?)?(?: la| a)? ?(?:letra|fuente|fonte|texto)|"
    r"(?:ingrandisci|riduci|aumenta|diminuisci) (?:il )?(?:testo|carattere)|dimensione (?:del )?(?:testo|carattere)|"
    r"(?:увеличить|уменьшить) (?:размер )?шрифт\w*|размер шрифта|"
    r"(?:(?:تكبير|تصغير|حجم) )?الخط|"  # ("+ الخط -": the Arabic page's font size control)
    # the site's edition chooser: "Has elegido la edición de . Verás las noticias de esta portada …"
    r"has elegido la edicion de\b.*|noticia de agencia|la portada de manana|"
    # a speech's file: "Télécharger le .pdf", "Download PDF"; its notice alone: "Check against delivery"
    # (after the speech's date, a publication line: see is_stamp)
    r"(?:telecharger|download|descargar|herunterladen|baixar|scarica)(?: (?:le|la|el|the|o|il))?"
    r"(?: (?:pdf|fichier|document|file|archivo|datei|documento|arquivo))?(?: pdf)?|"
    + "|".join(SPEECH_NOTICES) + "|"
    r"follow us|ikuti kami|newsletter|download app|get the app|listen|dengarkan(?: (?:berita|artikel))?|play|video|videos|"
    r"gallery|galeri|photos|foto|documents?|dokumen|tags?|topics?|topik|kategori|category|"
    r"previous|next|sebelumnya|selanjutnya|prev|loading|memuat|close|tutup|open|"
    # a search box's or a widget's "please wait": "Aranıyor, lütfen bekleyiniz..."
    r"(?:araniyor|yukleniyor|loading|searching)?,? ?(?:lutfen bekleyiniz|please wait)\W*|"
    r"feedback|contact us|about us|privacy policy|terms of use|cookie settings|accept cookies|"
    r"yang lain|other|others|lainnya|more|more news|see more|lihat semua|view all|"
    r"advertisement|iklan|quang cao|sponsored|ads?|"
    # a site's name as its header writes it: "Official website of the President of Russia"
    r"(?:the )?official (?:web ?site|site|portal)(?: of(?: [^\W\d_]+){1,6})?|"
    r"(?:site|sitio|portal) oficial(?: d[eo]s?(?: [^\W\d_]+){1,6})?|site officiel(?: d[eu](?: [^\W\d_]+){1,6})?|"
    r"situs resmi(?: [^\W\d_]+){0,6}|официальныи саит(?: [^\W\d_]+){0,6}|"
    # a site's logo, as a text copy of the page writes its image's label: "Site icon Philippine … News Today"
    r"site (?:icon|logo)(?: .{1,100})?|"
    r"\d+(?: \d+)? ?[cf]|\d+ ?(?:min|mins|menit|phut) (?:read|baca|doc)|"
    # a market widget's labels: "Dolar Alış", "Euro Satış", "BIST 100"
    r"(?:dolar|euro|avro|sterlin|altin|gram altin|ceyrek altin) (?:alis|satis)|bist 100|"
    # a site's name for its mobile edition: "中国台湾网移动版", "…手机版"
    r".{0,40}(?:移动版|移動版|手机版|手機版|移动 dong 版|移動 dong 版)"
    r")$")
# Headers that open a list of links to other stories (the page's own related, latest or most-read
# lists); the list runs to the next blank line. Compared on the folded key of a whole line.
RELATED_HEADER_RE = re.compile(
    r"^(?:tin lien quan|tin cung chuyen muc|tin khac|bai lien quan|tin doc nhieu|doc nhieu nhat|xem them|"
    r"related news|related stories|related articles|related|read also|see also|more stories|"
    r"you may also like|you might also like|most read|"
    r"berita terkait|baca juga|artikel terkait|berita lainnya|berita populer|"
    r"other news|more news|also read|"
    r"lire aussi|a lire aussi|a lire egalement|lire egalement|sur le meme sujet|les plus lus|autres actualites|"
    r"autres articles|dans la meme rubrique|"
    r"weitere artikel|mehr zum thema|meistgelesen|weitere nachrichten|"
    r"noticias relacionadas|leer mas|mas noticias|lo mas leido|otras noticias|mas informacion|"
    r"leia tambem|veja tambem|outras noticias|noticias relacionadas|leggi anche|altre notizie|"
    r"читаите также|(?:новости )?по теме|смотрите также|главное за день|самое читаемое|"
    r"lesen sie auch|ayrica okuyun|ilgili haberler|czytaj takze|czytaj tez|zobacz takze|lees ook|"
    rf"читаите також|相关新闻|相關新聞|相关阅读|相關閱讀|関連記事|{strip_marks('関連ニュース')}|{strip_marks('관련기사')}|"
    rf"{strip_marks('관련 기사')}|اقرا ايضا)\s*:?$"
)
# the links a page offers first to keyboard and screen-reader users, as sites write them in many
# languages (a theme's "Skip to content"), and the way back to a site's front page; compared by
# their keys (:func:`line_key`), after a list number ("1. 跳轉至内容")
SKIP_LINK_PHRASES = (
    "Skip to content", "Skip to main content", "Skip to navigation", "Jump to content", "Go to content",
    "Go to main content", "To the central content area", "To the main content", "Go to the main content",
    "Back to main page", "Back to the main page", "Back to home", "Back to homepage",
    "Langsung ke konten", "Langsung ke isi", "Loncat ke konten", "Lompat ke konten",
    "Aller au contenu", "Aller au contenu principal", "Passer au contenu", "Retour à l'accueil",
    "Zum Inhalt springen", "Direkt zum Inhalt", "Zur Startseite",
    "Saltar al contenido", "Saltar al contenido principal", "Ir al contenido", "Volver al inicio",
    "Pular para o conteúdo", "Ir para o conteúdo", "Vai al contenuto", "Torna alla home",
    "Chuyển đến nội dung", "Bỏ qua nội dung", "Về trang chủ",
    "Перейти к содержимому", "Перейти к содержанию", "Перейти к основному содержанию", "На главную",
    "跳至内容", "跳转至内容", "跳轉至内容", "跳轉至內容", "跳到主要内容", "跳到主要內容", "返回首页", "返回首頁",
    "コンテンツへスキップ", "本文へスキップ", "本文へ移動", "本文へ", "본문 바로가기", "본문으로 바로가기",
    "ข้ามไปยังเนื้อหา", "Langkau ke kandungan",
    # the heading of a site's accessibility links (Radio Liberty's sites, and others)
    "Accessibility links", "Ссылки для упрощенного доступа", "Ссылки доступа", "Посилання для спрощеного доступу",
    "Liens d'accessibilité", "Enlaces de accesibilidad",
    "访问主要内容", "訪問主要內容", "转到主要内容", "轉到主要內容", "跳到内容", "跳到內容",
    "Przejdź do treści", "Przejdź do treści głównej", "Ga naar de inhoud", "Naar de inhoud", "Hoppa till innehållet",
    "Gå til innhold", "Gå til indhold", "Siirry sisältöön", "İçeriğe geç", "Ana içeriğe atla", "İçeriğe atla",
    "Přejít k obsahu", "Preskočiť na obsah", "Ugrás a tartalomhoz", "Sari la conținut", "Treci la conținut",
    "Прескочи на садржај", "Preskoči na sadržaj", "Прескочи до содржината", "Към съдържанието",
    "Перейти до вмісту", "Перейти до змісту", "Μετάβαση στο περιεχόμενο", "Μετάβαση στο κύριο περιεχόμενο",
    "דלג לתוכן", "דלג לתוכן העיקרי", "انتقل إلى المحتوى", "الانتقال إلى المحتوى", "تخطى إلى المحتوى",
    "پرش به محتوا", "رفتن به محتوای اصلی", "सामग्री पर जाएं", "मुख्य सामग्री पर जाएं", "মূল বিষয়বস্তুতে যান",
    "Ruka hadi maudhui", "Lewati ke konten",
    # (Japanese sites mark where the text starts, in their English pages too: "ここから本文")
    "ここから本文", "ここから本文です", "From here to text", "From here is the text", "Link to move in page",
    "Global navigation", "Global navigation end",
)
LIST_NUMBER_RE = re.compile(r"^\d{1,2} ")
CJK_SKIP_LINK_RE = re.compile(r"^(?:跳[轉转]?[至到]|跳过|跳過)\S{1,12}$")  # "跳轉至主選單", "跳轉到更多DW網站"
# "Thanh Hà |", "By Jane Doe", "oleh Devira Prastiwi", "كتب محمد ..." (wrote, then the name's two to four words): a byline
BYLINE_RE = re.compile(r"^(?:(?:by|oleh|par|von|por|penulis|reporter|editor|author)\s+\S.{0,60}|[^|]{2,40}\||"
                       r"(?:كتب|كتبت|بقلم)\s+\S+(?:\s+\S+){1,3})$", re.IGNORECASE)
TIME_RE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d)(?:\s*(?:am|pm|a\.m\.|p\.m\.))?", re.IGNORECASE)
# a time in hours and minutes as Korean, Japanese and Chinese write it ("14시 23분", "14時23分"): no
# word of a stamp line, but it does not make a line a stamp either
CJK_TIME_RE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])\s?[시時时点點]\s?[0-5]?\d\s?[분分]")
ZONE_RE = re.compile(r"\b(?:WIB|WITA|WIT|GMT|UTC|ICT|MSK|CET|CEST|EST|EDT|PST|SGT|MYT|JST|KST)\b")
DIGIT_DATE_RE = re.compile(r"(?<!\d)\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?!\d)"
                           r"|(?<!\d)(?:19|20)\d\d\.\s\d{1,2}\.\s\d{1,2}(?!\d)")  # ("2018. 6. 22.")
# "2016年11月21日", "平成27年4月23日", "2018년 11월 30일", "11月19日": a Chinese, Japanese or Korean date
CJK_DATE_RE = re.compile(r"(?<!\d)(?:(?:\d{4}|(?:昭和|平成|令和)\s*(?:\d{1,2}|元))\s*[年년]\s*)?\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]")
CJK_YEAR_RE = re.compile(r"[年년]")  # (a CJK date that writes its year)
CJK_LABEL_RE = re.compile(r"[「【][^」】]{1,16}[」】]")  # an outlet's label by its date: "「人民網日本語版」2013年10月4日"
DATED_PLACE_MAX_WORDS = 4  # the names after the date of a line that says when and where
PAPER_NAME_MAX_WORDS = 3  # ... and before the date of one that says whose and when ("The Daily Post, …")
CJK_STAMP_MAX_CHARS = 24  # the other characters of a publication line with such a date and a time
# what a Chinese, Japanese or Korean newspaper's page line carries besides its date: the weekday,
# the page ("02版", "第3面"), a label ("作者:", "来源:"): "光明日报 2013年06月06日 星期四",
# "《人民日报》（2016年01月21日 03版）"; with them, a paper's short name is no headline
CJK_PAGE_WORDS_RE = re.compile(r"(?:星期|[周週]|禮拜|礼拜)[一二三四五六日天]|[月火水木金土日]曜日?|[(（][月火水木金土日][)）]|[월화수목금토일]요일"
                               r"|第?\s*\d{1,3}\s*[版面]|作者|来源|來源|出处|出處|编辑|編輯|责任编辑|責任編輯"
                               # (and the count of its readers: "3249次閱讀", "阅读量：1.2万")
                               r"|\d[\d,.]*\s*[万萬]?\s*次\s*(?:閱讀|阅读|瀏覽|浏览|点击|點擊|观看|觀看)"
                               r"|(?:閱讀|阅读|瀏覽|浏览|点击|點擊)(?:量|数|數|次数|次數)?\s*[:：]?\s*\d[\d,.]*\s*[万萬]?")
CJK_PAPER_NAME_MAX_CHARS = 6  # ... how long that name may be ("光明日报", "日本経済新聞")
# ... or a name that says it is a paper, right before the date: "ニッケイ新聞 2013年9月7日"
CJK_PAPER_NAME_END_RE = re.compile(r"(?:新聞|新闻|[日晚早]報|[日晚早]报|時報|时报|신문|일보)\W*$")
CJK_NAMED_PAPER_MAX_CHARS = 12  # ... which may be longer ("サンパウロ新聞")
WORD_RE = re.compile(r"[^\W\d_]+")
SPEECH_NOTICE_ENDS = tuple(notice.rsplit(" ", 1)[-1] for notice in SPEECH_NOTICES)  # (a cheap test first)
DIGIT_RE = re.compile(r"\d")
# words a publication or update line carries besides the date
STAMP_WORDS = frozenset(map(strip_marks,  # (as the line's words are compared: Korean's in jamo)
    "updated update published posted diperbarui diterbitkan dipublikasikan terbit pukul jam cap nhat dang luc "
    "ngay gio obnovleno opublikovano mis a jour publie le publiziert aktualisiert actualizado publicado am at "
    "on news berita tin gmt wib wita wit utc ict pm am http https www com net org г р "
    "发布时间 发布 来源 时间 作者 记者 编辑 责任编辑 责编 發佈時間 發佈 來源 時間 更新 点击 點擊 "
    "編輯 責任編輯 責編 記者 出处 出處 发布于 發佈於 发表于 發表於 新闻来源 新聞來源 "
    "입력 수정 기사입력 최종수정 등록 승인 日付 掲載日 公開日 更新日 配信 発行日 发布日期 發佈日期 "
    "复制链接 複製鏈接 字体 字體 大 中 小".split()))  # (the page's "copy link" and font-size buttons)
# the words of a publication or update line that a site's "today" line never has
PUBLISHED_WORDS = frozenset(map(strip_marks,
    "published posted updated diperbarui diterbitkan dipublikasikan terbit opublikovano obnovleno publie "
    "publiziert aktualisiert actualizado publicado pubblicato".split()))
# the words before a publication line's date: "This Article is From Nov 19, 2014"
STAMP_LEAD_RE = re.compile(r"^\s*this (?:article|story|report|page) (?:is|was) (?:from|published|posted|updated)"
                           r"(?: on)?\b", re.IGNORECASE)
ORDINAL_SUFFIX_RE = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")  # "May 13th": a day, not a word more
# Thai months as pages abbreviate them, dots inside ("30 มิ.ย. 2568"): a month's name, which the
# line's words, split at the dots, would not show
THAI_MONTH_ABBREVIATION_RE = re.compile(r"(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)\.?")
# the agency a paper's publication line names after a bar: "… 25.01.2018 | Tanjug", "… | AFP"
# (or a paper: "… | The Wall Street Journal")
AGENCY_TAIL_RE = re.compile(r"\s\|\s(?:[A-ZА-ЯЁ][\w.-]*)(?:\s[A-ZА-ЯЁ][\w.-]*){0,3}\s*$")
URL_LIKE_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|co|vn|id|my|ru|cn|jp|kr)\b")

CALENDAR_FILE = Path(__file__).resolve().parents[1] / "data" / "calendar_words.json"


@functools.lru_cache(maxsize=16384)
def line_key(line: str) -> str:
    """Comparison key of a line: lower case without diacritics, punctuation and spaces squeezed."""
    return NON_WORD_RE.sub(" ", strip_marks(line)).strip()


@functools.lru_cache(maxsize=1)
def _calendar_data() -> dict:
    with CALENDAR_FILE.open(encoding="utf-8") as fh:
        return json.load(fh)


@functools.lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Folded month and weekday names (wide and abbreviated) of many languages, from Babel's
    CLDR data, stored in ``data/calendar_words.json`` (tools/make_calendar_words.py)."""
    return frozenset(_calendar_data()["words"])


@functools.lru_cache(maxsize=1)
def weekday_words() -> frozenset[str]:
    """Folded weekday names (wide) of the same languages, from the same file."""
    return frozenset(_calendar_data()["weekdays"])


def is_today_line(line: str) -> bool:
    """A site's "today" line in its header: a stamp with a weekday and no time ("Selasa, 17 Februari
    2026", "Thứ Hai, 9/2/2026", "суббота, 17 января 2026"). Before the headline it is the day the page
    was viewed (often years after it was written), not when it was published; a publication line
    there carries its time ("Kamis, 30 Juni 2022 | 00:06")."""
    if not is_stamp(line) or TIME_RE.search(line) is not None or ZONE_RE.search(line) is not None:
        return False
    words = WORD_RE.findall(strip_marks(line))
    if any(w in PUBLISHED_WORDS for w in words):
        return False  # "Published On: Thu, Jan 21st, 2016" says when the page was written
    weekdays = weekday_words()
    return any(w in weekdays for w in words)


MASTHEAD_LINES = 2  # short lines of the site's name and motto under a header's date, at least
MASTHEAD_LINE_WORDS = 5


def is_masthead_date(head: list[str]) -> bool:
    """The first of the lines over the headline is a date without a time and MASTHEAD_LINES short
    lines or more follow it, the site's name and motto ("5 Şubat 2025" / "arsuz haber sitesi" /
    "arsuz haber"): the header's day, the page viewed, not its publication (which carries its time or
    stands by the headline)."""
    if len(head) <= MASTHEAD_LINES or not is_stamp(head[0]) or TIME_RE.search(head[0]) is not None:
        return False
    if any(w in PUBLISHED_WORDS for w in WORD_RE.findall(strip_marks(head[0]))):
        return False
    short = [line for line in head[1:] if len(line.split()) <= MASTHEAD_LINE_WORDS and not is_stamp(line)]
    return len(short) >= MASTHEAD_LINES


@functools.lru_cache(maxsize=1)
def _skip_link_keys() -> frozenset[str]:
    return frozenset(line_key(phrase) for phrase in SKIP_LINK_PHRASES)


@functools.lru_cache(maxsize=8192)
def is_navigation(line: str) -> bool:
    if len(line) > MAX_CHROME_CHARS:
        return False
    key = line_key(line)
    bare = LIST_NUMBER_RE.sub("", key)  # ("2. Skip to main menu")
    return bool(NAVIGATION_RE.match(bare)) or bare in _skip_link_keys() or bool(CJK_SKIP_LINK_RE.match(bare))


def _only_a_time(line: str) -> bool:
    """Whether every figure of ``line`` that reads as a date ("14.10") reads as a time of day too,
    and it has only one such time (of "14.10 12:30", one is the date)."""
    times = [m.span() for m in TIME_RE.finditer(line)]
    return len(times) == 1 and all(m.span() in times for m in DIGIT_DATE_RE.finditer(line))


@functools.lru_cache(maxsize=8192)
def _paper_words(text: str, calendar: frozenset[str]) -> list[str]:
    """The words of part of a newspaper's page line besides its weekday, page and labels
    (:data:`CJK_PAGE_WORDS_RE`) and the words any stamp carries: the paper's name, if any."""
    return [w for w in WORD_RE.findall(strip_marks(CJK_PAGE_WORDS_RE.sub(" ", URL_LIKE_RE.sub(" ", text))))
            if w not in calendar and w not in STAMP_WORDS]


def _without_speech_notice(line: str) -> str:
    """``line`` without the speech's notice it ends with (:data:`SPEECH_NOTICES`), if any."""
    key = line_key(line)
    notice = next((n for n in SPEECH_NOTICES if key.endswith(n)), None)
    if notice is None:
        return line
    return " ".join(line.split()[:-len(notice.split())]).rstrip(" -–—|,")


def is_stamp(line: str) -> bool:
    """A publication, update or crawl line: a date (and often a time, a zone, a byline) and
    little else: "Kamis, 30 Juni 2022 | 00:06", "July 1, 2024 | 10:14 GMT +7",
    "oleh A. Penulis diperbarui 09 Jan 2023, 16:20 WIB", "29 ноября 2021, 09:20,"."""
    if len(line) > 160 or DIGIT_RE.search(line) is None:
        return False
    agency = AGENCY_TAIL_RE.search(line) if " | " in line else None
    if agency is not None and DIGIT_RE.search(line, 0, agency.start()):  # "Večernje novosti 25.01.2018 | Tanjug"
        line = line[:agency.start()]
    calendar = calendar_words()
    if line.rstrip(" .!").lower().endswith(SPEECH_NOTICE_ENDS):
        line = _without_speech_notice(line)
    line = ORDINAL_SUFFIX_RE.sub("", STAMP_LEAD_RE.sub(" ", line))
    cjk_found = CJK_DATE_RE.search(line)
    cjk_date = cjk_found is not None
    plain = CJK_LABEL_RE.sub(" ", CJK_TIME_RE.sub(" ", CJK_DATE_RE.sub(" ", line))) if cjk_date else line
    thai_month = "." in plain and THAI_MONTH_ABBREVIATION_RE.search(plain) is not None
    if thai_month:
        plain = THAI_MONTH_ABBREVIATION_RE.sub(" ", plain)
    words = [w for w in WORD_RE.findall(strip_marks(URL_LIKE_RE.sub(" ", plain)))]
    named_day = thai_month or any(w in calendar for w in words)  # (a month's or a weekday's name)
    dated = cjk_date or DIGIT_DATE_RE.search(line) is not None or (named_day and re.search(r"\d", line) is not None)
    if not dated:
        return False
    # ("毎日新聞 2015年01月19日 11時32分"; not a headline with the stamp glued on: "…で合意9月14日 22時31分")
    timed = TIME_RE.search(line) is not None or ZONE_RE.search(line) is not None \
        or cjk_date and CJK_TIME_RE.search(line) is not None \
        and not (cjk_found.start() and line[cjk_found.start() - 1].isalnum())
    rest = [w for w in words if w not in calendar and w not in STAMP_WORDS]
    if not cjk_date and not named_day and len(rest) > 2 and _only_a_time(line):
        return False  # (a sentence telling the time of day: "… helikopteriga kell 14.10.")
    if cjk_date:  # (words run together unspaced: their characters count; untimed, the date alone,
        #            or a paper's name, its date with a year and its weekday or page)
        if timed:
            return sum(map(len, rest)) <= CJK_STAMP_MAX_CHARS
        if not rest:
            return True
        named_paper = CJK_PAPER_NAME_END_RE.search(line, 0, cjk_found.start()) is not None
        if CJK_YEAR_RE.search(cjk_found.group()) is None or CJK_PAGE_WORDS_RE.search(plain) is None and not named_paper:
            return False
        # (the name before the date, or after it and its weekday or page: "2017年11月18日 星期六 新京报")
        before = _paper_words(line[:cjk_found.start()], calendar)
        after = _paper_words(line[cjk_found.end():], calendar)
        if before and after:
            return False
        return sum(map(len, before or after)) <= (
            CJK_NAMED_PAPER_MAX_CHARS if named_paper else CJK_PAPER_NAME_MAX_CHARS)
    if len(rest) <= (6 if timed else 2):
        return True
    # "April 5, 2017, The Kremlin, Moscow": a date first, then where (names only); "The Daily Post,
    # Wednesday March 11th, 2026": the paper's name, then its date
    date_first = words[0] in calendar or DIGIT_RE.match(line) is not None
    if timed or len(rest) > (DATED_PLACE_MAX_WORDS if date_first else PAPER_NAME_MAX_WORDS) or not (
            date_first or DIGIT_RE.search(line.rstrip(" .")[-1:])):
        return False
    return all(w[:1].isupper() for w in WORD_RE.findall(plain) if strip_marks(w) in rest)


def recurring_lines(texts: Iterable[str], min_docs: int = RECURRING_MIN_DOCS) -> frozenset[str]:
    """Keys of the short lines that come back in at least ``min_docs`` of ``texts``."""
    return recurring_keys((short_line_keys(text) for text in texts), min_docs)


def short_line_keys(text: str) -> set[str]:
    """The keys of a text's short lines: those that may be site chrome. The lines of a list of other
    stories (after a related-news header, to the next blank line) are not counted: they are other
    articles' headlines, which come back on many pages of a site without being its chrome."""
    keys = set()
    listing = False
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            listing = False
            continue
        if listing or len(line) > MAX_CHROME_CHARS:
            continue
        key = line_key(line)
        if key:
            keys.add(key)
            listing = RELATED_HEADER_RE.match(key) is not None
    return keys


def recurring_keys(key_sets: Iterable[Iterable[str]], min_docs: int = RECURRING_MIN_DOCS) -> frozenset[str]:
    """The keys found in at least ``min_docs`` of the texts whose short-line keys are given."""
    counts: Counter[str] = Counter()
    for keys in key_sets:
        counts.update(keys)
    return frozenset(key for key, n in counts.items() if n >= min_docs)
