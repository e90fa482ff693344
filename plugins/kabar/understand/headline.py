"""Which line of a raw page is the headline? Chosen among candidate lines by evidence.

A copied news page often opens with site chrome (the site's name, a category label, the date
of the page, a search box) and the headline comes later; sometimes it comes after the body.
Each candidate line is scored:

* its words come back in the lead (the strongest evidence: a headline announces the lead);
* it is repeated later in the page (image alt text, "Lihat Foto <headline>", a caption);
* it is the first line of the text and reads like a headline (clean texts, the common case);
* against: a sentence end, great length, very few words, a line that recurs across the seeds
  folder (chrome), a caption or credit.

Lines that can never be a headline (dates and publication stamps, navigation, bylines,
captions, wire datelines that open the lead) are not candidates at all. The best candidate
above :data:`MIN_SCORE` wins; with none, the article has no headline (a title is then derived
from the lead, as before).
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from os.path import commonprefix
from dataclasses import dataclass

from .chrome import BYLINE_RE, MAX_CHROME_CHARS, WORD_RE, calendar_words, is_navigation, is_stamp, line_key
from .textutil import strip_marks, text_width

MIN_SCORE = 0.9
CLEAR_SCORE = 2.6  # a first line scoring this (its words fill the lead) is taken without looking further
HEAD_LINES = 14  # candidates among the first non-blank lines ...
# a site's menu: this many short lines in a row, none blank between (sections, "News Feed",
# "Search"): none is the headline, nor is the same line printed again by the headline (its section)
MENU_RUN = 6
MENU_LINE_WORDS = 4
MENU_LINE_CHARS = 32
MENU_TAIL_WORDS, MENU_TAIL_CHARS = 6, 40  # (lines that go on from a menu, none blank between)
TAIL_LINES = 3  # ... and, failing those, the last ones (a headline printed after the body)
LEAD_CHARS = 700  # how much text after a candidate is its lead
PARAGRAPH_CHARS = 160  # a line this long is body text: the head zone ends there
BODY_SENTENCE_CHARS = 120  # ... and one this long that ends a sentence (the lead, not a headline)
MAX_HEADLINE_CHARS = 260
LONG_HEADLINE_CHARS = 150
MIN_WORDS = 3
GLUED_LABEL_WORDS = 3  # section labels glued before a headline the page prints alone too
TRUNCATED_LABEL_WORDS = 5  # ... or before one cut short ("…") that the page prints whole
TRUNCATED_STEM_WORDS = 5  # ... whose words left, as the whole one begins, are at least these
MAX_WORDS = 35
STEM_CHARS = 6  # words compared by their first letters: inflections (Путина, Путин) meet

FIRST_LINE_BONUS = 1.0
LABEL_MAX_CHARS = 10  # ... not for a first line this short, of MIN_WORDS words or fewer
SUMMARY_MIN_CHARS = 100  # a line this long that a later paragraph begins with (SUMMARY_SHARE of it) ...
SUMMARY_SHARE = 0.8
SUMMARY_PENALTY = 1.0  # ... is the lead's first sentence printed over it, not a headline
REPEAT_BONUS = 1.0
OVERLAP_RATIO_WEIGHT = 2.0
OVERLAP_COUNT_WEIGHT = 0.25
OVERLAP_COUNT_CAP = 6
SENTENCE_END_PENALTY = 0.9
COPY_MIN_CHARS = 20  # a sentence this long printed again with a prefix is no evidence of itself
RECURRING_PENALTY = 2.0
# a recurring line is still the page's headline when the lead says it again, at least this many of its
# words and this share of them (a ministry's "Japan-Egypt Summit Meeting" heads each of its pages on
# the two countries' meetings): see told_in_lead
RECURRING_OWN_WORDS = 3
RECURRING_OWN_SHARE = 0.6
LONG_PENALTY = 0.5
SHORT_PENALTY = 0.4
POSITION_PENALTY = 0.05
STANDFIRST_MARGIN = 0.3  # a headline scoring this much less than the longer line under it is still the headline
STANDFIRST_ABOVE_SHARED = 3  # ... when this many of its words come back in the lead
CAPTION_OPENING_CHARS = 40  # a caption opening with this much of a line says that line describes the photo
COPIED_STANDFIRST_MARGIN = 1.0  # ... this much less, when a later paragraph has COPIED_SHARE of the longer line's words
COPIED_SHARE = 0.75

CONTENT_WORD_RE = re.compile(r"[^\W\d_]{3,}")
INDIC_CHAR_RE = re.compile(r"[\u0900-\u0dff]")
INDIC_WORD_RE = re.compile(r"[\u0900-\u0963\u0970-\u09e5\u09f0-\u0a65\u0a70-\u0ae5\u0af0-\u0b65\u0b70-\u0be5"
                           r"\u0bf0-\u0c65\u0c70-\u0ce5\u0cf0-\u0d65\u0d70-\u0dff]+")  # (no digits, no danda)
CJK_RUN_RE = re.compile(r"[\u3040-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")  # (the middle dot "・" parts words)
HAN_KANA_RUN_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")  # (unspaced: not Hangul)
# Thai, Lao, Myanmar and Khmer write no space between words (a space ends a phrase): a run of them
# counts one word per UNSPACED_WORD_CHARS characters
UNSPACED_RUN_RE = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+")
UNSPACED_WORD_CHARS = 6
# (with the full stops of Indic scripts, Urdu and Ethiopic: "।", "॥", "۔", "።")
# (not an initialism's last point: "… amenazas de EE. UU.", "… talks with the U.S.")
SENTENCE_END_RE = re.compile(r"(?:(?<!\b[A-Z]\.[A-Z])(?<!\b[A-Z][A-Z]\. [A-Z][A-Z])(?<!\b[A-Z][A-Z]\.[A-Z][A-Z])\.|[!?…。।॥۔።])"
                             r"['\"”’)]?$")
NUMBERED_ITEM_RE = re.compile(r"^\s*\d{1,2}\.\s+([^\W\d_]+)")  # "1. Skip to content" (not "5. Februar")
COMPOUND_RE = re.compile(r"(?<=[^\W\d_]{3})-(?=[^\W\d_]{3})")  # "Russian-Uzbekistani": a word more
FIRST_SENTENCE_OF_RE = re.compile(r"[.!?。।॥۔።]['\"”’)]?\s*\S")  # (matched where a repeated line ends in a paragraph)
BAD_END_RE = re.compile(r"[:;,|/\-–—]$")
# a photo's caption closed by its credit after a dash: "… hold a joint press conference on Tuesday. —
# DawnNewsTV", "… in Beijing. — AFP", "… — Photo courtesy PID" (a sentence, then the credit's one to three words)
DASH_CREDIT_END_RE = re.compile(r"[.!?]\s+[—–]\s*(?:Photo\b[\w\s/.-]{0,30}|[A-Z][\w/.&-]{1,24}(?:\s[A-Z][\w/.&-]*){0,2})$")
# a line cut after an article, a preposition or "and" is half a line ("The Government portal of the",
# then "Republic of Uzbekistan"): a site's name over two lines, not a headline
DANGLING_END_RE = re.compile(r"(?i)(?<![\w'’])(?:the|an?|of|and|der|die|das|des|und|von|le|la|les|du|de|et|"
                             r"el|los|las|del|y|di|della|и|в|на)$")
# a country's formal name alone, the section label of a ministry's page ("ウルグアイ東方共和国",
# "エジプト・アラブ共和国", "大韩民国" aside: "…共和国", "…王国", "…연방", "…공화국")
COUNTRY_LABEL_RE = re.compile(r"^[\u30a0-\u30ff\u4e00-\u9fff\uac00-\ud7af・·\s]{1,14}"
                              r"(?:共和国|共和國|王国|王國|連邦|联邦|合衆国|首長国連邦|大公国|公国|공화국|왕국|연방)$"
                              r"|^[\u30a0-\u30ff・]{2,12}国$")  # ("イスラエル国", "カタール国": a State's name)
# ... or a foreign name alone in katakana ("トルクメニスタン" over "日・トルクメニスタン首脳会談"): a Japanese
# headline writes kanji or kana of its own
KATAKANA_ONLY_RE = re.compile(r"^[\u30a0-\u30ff・\s]+$")
# a Chinese reporter's and cameraman's credit: "記者 邱婉柔 / 攝影 李國正 瓜地馬拉 報導"
CJK_BYLINE_RE = re.compile(r"^(?:記者|记者)\s*\S{2,4}\s*(?:[/／|、]\s*(?:攝影|摄影)\s*\S{2,4})?.{0,20}(?:報導|报道|報道)$")
CHROME_ADDRESSES = 2  # web addresses in one line that make it a bar of links
TICKER_SPLIT_RE = re.compile(r"\s+[|•]\s+")  # (between the headlines of a ticker of other stories)
TICKER_MIN_PARTS = 3
ICON_BAR_MIN_WORDS = 12  # a line of an icon font's names: this many words at least ...
ICON_BAR_SHARE = 0.4  # ... of which this share end in the same ...
ICON_SUFFIX_CHARS = 4  # ... four letters ("cameraicon", "closeicon")
URL_RE = re.compile(r"https?://|www\.|[\w.+-]+@[\w-]+\.[\w.]+")  # (an address, a mail address: "info@site.com")
# a site's notice about the reader's browser over the article ("… vous devez avoir le plugin Flash
# installé dans votre navigateur … activer les cookies …"): a long sentence, but not the body yet
BROWSER_NOTICE_RE = re.compile(r"(?i)\b(?:cookies?|javascript|flash|plug-?in|navigateur|navegador|browsers?|"
                               r"internet explorer|firefox|safari|analysetools|analytics|nutzerfreundlichkeit|"
                               r"datenschutzerkl\w*|privacy policy|politique de confidentialit\w*)\b")
BROWSER_NOTICE_WORDS = 2  # different ones of them in the line
# a speech's or a statement's title as official sites print it, however long, a full stop after it:
# "Remarks by President … during the State Visit …", "Déclaration de M. …, Président de la République,
# sur …, à Bakou le 12 mai 2014.", "Joint Press Statement with …" (the document's kind, then whose or with whom)
DOCUMENT_TITLE_RE = re.compile(
    r"^(?:(?:Joint |Press |Media )*(?:Remarks|Statement|Speech|Address|Transcript|Declaration|Communiqu[ée])"
    r" (?:by|of|from|with|at|on) |(?:Joint |Press )+(?:Statement|Conference|Communiqu[ée])\b"
    r"|(?:Déclaration|Discours|Allocution|Intervention|Entretien|Conférence de presse) (?:de |du |d['’]|conjointe)"
    r"|(?:Rede|Erklärung|Pressekonferenz|Pressestatement) (?:von|der|des|bei|zum|zur|nach)"
    r"|(?:Discurso|Declaración|Intervención|Palabras|Mensaje|Declaração) (?:del?|da|do|por|conjunta))\s*\S")
DOCUMENT_TITLE_MAX_WORDS = 50  # (its places, titles and the occasion make it longer than a headline)
# the site's word on which of its editions the reader sees ("Has elegido la edición de . Verás las
# noticias de esta portada …", "You are viewing the UK edition"), or that an agency's wire fills the
# page ("Noticia servida automáticamente por la Agencia EFE", "Esta información es un teletipo de …")
SITE_NOTICE_RE = re.compile(r"(?i)^(?:has elegido la edici[oó]n|est[aá]s (?:viendo|leyendo) la edici[oó]n|"
                            r"you(?:'re| are) (?:now )?(?:viewing|reading) the [\w ]{1,20} edition|"
                            r"vous (?:consultez|lisez) l['’][ée]dition|"
                            r"noticia servida autom[aá]ticamente por|esta informaci[oó]n es un teletipo de|"
                            # a site's lighter edition: "You’re viewing a text-only version of this website that
                            # uses less data", "شما در حال مشاهده نسخه متنی وبسایت …", "Вы просматриваете текстовую версию"
                            r"you(?:['’]re| are) (?:now )?viewing (?:a|the) text(?:-only)? version|"
                            r"شما در حال مشاهده نسخه متنی|أنت تشاهد (?:الآن )?(?:ال)?نسخة (?:ال)?نصية|"
                            r"вы (?:про)?сматриваете текстовую версию|"
                            # a government site's notice over a page naming ministers: "Statsråd på denna sida
                            # som har bytt ansvarsområde" (ministers on this page who have changed portfolio)
                            r"statsr[aå]d p[aå] denna sida)")
# a record number on a line: "شناسهٔ خبر: 9369825 - سرویس سیاسی" (news id), "Kode Berita: 7230811"; a
# headline writes no number of six digits and more in a row
RECORD_NUMBER_RE = re.compile(r"(?<![\d.,])\d{6,}(?![\d.,])")
# "(VOVWORLD) - ...", "HANOI (VNA) - ...", "JAKARTA, KOMPAS.com - ...", "МОСКВА, 29 ноября. /ТАСС/.":
# a wire dateline opens the lead, not a headline
DATELINE_RE = re.compile(
    r"^(?:\([A-Z][\w .&/-]{1,30}\)\s*[-–—:]|[A-ZÀ-ÝА-Я][A-ZÀ-ÝА-Я .'-]{2,30}(?:,[^-–—(]{0,30})?\s*"
    r"(?:\([\w .&/-]{2,30}\)|/[\w .&-]{2,20}/)\s*[-–—.:]|[A-ZÀ-ÝА-Я][\w .'-]{1,30},\s*[\w.]{2,30}\s+[-–—]\s)")
# a photo desk's credit in angle brackets closing a caption: "…2013.6.27.<청와대사진기자단>"
PHOTO_DESK_CREDIT = r"[<＜〈][^<>＜＞〈〉]{0,20}(?:사진|기자단|포토|写真|photo|foto)[^<>＜＞〈〉]{0,20}[>＞〉]\s*$"
# the page's topic label: "テーマ : ウクライナ侵攻", "Thema: Ukraine-Krieg", "Тема: …", "主题:…"; or where the
# text comes from: "Press Release: New Zealand Government", "Fuente: telam", "Quelle: dpa"
TOPIC_LABEL_RE = re.compile(r"^\s*(?:テーマ|トピック|主题|主題|话题|話題|주제|topic|theme|thema|thème|tema|тема|dossier|"
                            r"press release|media release|source|fuente|fonte|quelle|sumber|источник|kaynak)\s*[:：]|"
                            # (the page's hashtags: "Từ khóa: #thăm cấp Nhà nước tới Italia", "Tags: #…", "Kata kunci: #…")
                            r"^\s*(?:từ khóa|tags?|keywords?|kata kunci|palabras clave|mots[- ]clés|schlagwörter|"
                            r"etichette|etiquetas|ключевые слова|теги|anahtar kelimeler|キーワード|关键词|關鍵詞|태그|키워드)"
                            r"\s*[:：]\s*#",
                            re.IGNORECASE)
# a line wholly in brackets is a credit or a note, never a headline: "(MENAFN- Trend News Agency)"
BRACKETED_LINE_RE = re.compile(r"^\s*(?:[(（][^()\[\]（）［］]*[)）]|[\[［][^\[\]［］]*[\]］])\s*$")  # ("[… 엑스(X) 캡처 …]" too)
CAPTION_MARK_RE = re.compile(
    r"(?:\((?:photo|foto|ảnh|anh|sumber|source)\s*:|[-–—.]\s*(?:photo|foto|ảnh)\s*:"
    r"|\b(?:photo|foto|ảnh)\s*:\s*\S+\s*$"
    # who stands where in a photo: "(L)", "(right)", "center left", "(kiri)", "(左)"
    r"|\((?:l|r|c|left|right|centre|center|kiri|kanan|tengah|trái|phải|слева|справа|links|rechts|g|d|e|esq|dir|"
    r"izq|der|izda|dcha)\.?\)"
    r"|\b(?:centre|center) (?:left|right)\b|[（(][左右中][）)]"
    # an agency's credit closing a caption: "... — AFP", "... / Reuters", "=12日午前、首相官邸"
    r"|[—–/]\s*(?:AFP|AP|Reuters|REUTERS|ANTARA|Antara|Xinhua|EPA|Getty Images|TASS|Bernama|VNA|Yonhap)\s*$"
    # ... or in brackets: "(AP)", "(Reuters)"; an old photo: "(File image)", "(File)"
    r"|\((?:AFP|AP|Reuters|ANTARA|Xinhua|EPA|Getty Images|TASS|Bernama|VNA|Yonhap|PTI|ANI)(?:\s*photo)?\)\s*$"
    r"|\((?:file|file image|file photo|archive|archives|archivo)\)"
    r"|=\s*\d{1,2}日"
    # "На снимке: …", "На фото: …": what a photo shows
    r"|^(?:на снимке|на фото|на фотографии|на світлині)\s*:"
    # a photo's credit: "(写真提供:内閣広報室)", "(写真:共同)", "(图片来源:新华社)", "(사진 제공=청와대)"
    r"|[（(](?:写真|写真提供|寫真|图片来源|圖片來源|图片|圖片|사진|사진 제공)\s*[:：=]"
    # ... or the source's name then "photo" in brackets closing it: "(《澳洲人报》图片)", "(新华社图片)"
    r"|[（(][^（()）]{1,20}(?:图片|圖片|照片|写真|사진)[）)]\s*$"
    # a photographer and an agency closing a caption: "(Shekhar Yadav | EPS)"
    r"|\([^()|]{2,40}\|\s*[A-Z][\w.]{1,12}\)\s*$"
    rf"|{PHOTO_DESK_CREDIT})", re.IGNORECASE)
# "文匯首頁 > 即時新聞 > 正文", "Home › News › World": a breadcrumb trail
BREADCRUMB_RE = re.compile(r"(?:\s[>›»/|]\s.*){2,}|>>")  # ("新華網韓國語 >> 기사 본문", "人民網>>國際": one ">>" is enough)
# a page's keywords printed as a list, commas with no space after them: "Bundeskanzlerin ,Angela
# Merkel,König Abdullah II, Jordanien,Amman,Ausland,Politik"
TAG_LIST_RE = re.compile(r"(?:[^\s,][^,]{0,30}\s?,(?=\S)){3,}")
# ... and the trail a page prints from its home without the separators ("Trang chủ Chính trị - Xã
# hội", "Home World Asia"; compared on the line's key)
# a menu printed on one line, as Chinese and Japanese sites do: "首页 国际 港澳台 华人 中国 社会 …" (at
# least this many items, nearly all of one to five characters; a headline of those scripts has few
# spaces, and a sentence its punctuation)
CJK_MENU_ITEMS = 8
CJK_MENU_SHORT_SHARE = 0.8
CJK_MENU_ITEM_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{1,5}")
CJK_SENTENCE_MARK_RE = re.compile(r"[。，、！？；：「」（）]")
# the home page's word in the languages whose sites print it before their trails
HOME_WORDS = ("home", "homepage", "trang chủ", "beranda", "accueil", "startseite", "inicio", "início", "главная",
              "головна", "ana sayfa", "strona główna")
HOME_TRAIL_RE = re.compile(r"^(?:%s)(?: \S+){1,5}$" % "|".join(dict.fromkeys(line_key(w) for w in HOME_WORDS)))

# the home page's word opening a trail written without marks ("Home Gazeti Habari za Siasa <headline>"),
# or after the site's name ("Diario del Huila Inicio 5 Política 5 <headline>": an icon font's arrows)
HOME_WORD_RE = re.compile(r"(?:^|\s)(?:%s)(?=\s)" % "|".join(dict.fromkeys(
    form for w in HOME_WORDS for form in (w[:1].upper() + w[1:], w.title(), w.upper()))))
HOME_LABEL_WORDS = 8  # a trail from the home word glued before a headline the page prints alone: this many words
SITE_NAME_WORDS = 5  # the site's name before the home word: this many words at most
# a breadcrumb trail from the home page, whatever its length: "Home > Highlighting JAPAN >…"
HOME_CRUMB_RE = re.compile(r"(?i)^\s*(?:%s|首页|首頁|ホーム|홈)\s*[>›»/|→]" % "|".join(HOME_WORDS))
# a line of a date's words without its numbers, what is left of a header's "THỨ SÁU, NGÀY 19/4/2019"
# (Vietnamese weekdays are "thứ" and a number word: "thứ sáu", Friday)
CALENDAR_FILLER_WORDS = frozenset({"hai", "ba", "tu", "nam", "sau", "bay", "chu", "nhat", "ngay", "thang"})
TITLE_BAR_SUFFIX_RE = re.compile(r"\s+[-|–—:·]{1,2}\s+(\S.*)")  # " - The Daily Post", " | El Heraldo"
TITLE_BAR_SUFFIX_WORDS = 6
LIST_ITEM_RE = re.compile(r"\s*(?:\d{1,2}[.)]|[•·▪*])\s*")  # what numbers or marks an item of a list
BULLET_RE = re.compile(r"^[»›•·▶►■□\-–—*]+\s*")
BULLET_POINT_RE = re.compile(r"^\s*[•▪●■►▶]\s*\S")  # a point of a list (not a dash: a dateline's)
LEAD_IN_END_RE = re.compile(r"[:：]\s*$")  # a sentence that introduces a list of points
LEAD_IN_MIN_WORDS = 8  # (fewer: a label, "Key points:", "Read also:")
# a section's rubric in capitals glued before a headline that opens with an article: "DIPLOMATIE Le
# président libanais en visite à Paris", "POLITIK Die Kanzlerin in Amman" (an acronym opens with no
# article after it: "NATO leaders meet")
RUBRIC_RE = re.compile(r"^[A-ZÀ-ÖØ-Ý]{5,}(?: [A-ZÀ-ÖØ-Ý]{2,})?\s+(?=(?:Le|La|Les|L['’]|Un|Une|Des|The|Der|Die|Das|Ein|"
                       r"Eine|El|Los|Las|Il|Lo|Gli|Uno|Una|Os|As|Het)[\s'’])"
                       # ... or two places in capitals, a dash between: "ALGÉRIE - TURQUIE Bouteflika reçoit …"
                       r"|^[A-ZÀ-ÖØ-Ý]{4,}(?:\s[-–/]\s[A-ZÀ-ÖØ-Ý]{4,})+\s+(?=[A-ZÀ-ÖØ-Ý][a-zß-ÿ])")
HEAD_MARK_RE = re.compile(r"^[»›•·▶►■□\-–—*:|]+\s+"  # (before a headline: ": Headline", "| Headline")
                          r"|^(?:題|题|標題|标题|제목)\s*[:：]\s*"  # ... or its label: "題:走在和平之路…"
                          # ... or a theme's words over an article's picture: "You are currently viewing <headline>"
                          r"|^(?:You are currently viewing|Vous consultez actuellement|Está viendo actualmente|"
                          r"Sie betrachten gerade|Stai visualizzando|Você está visualizando)\s+(?=\S)")
# an image's alternative text copied as a line: a name and "photo" ("Barack Obama photo", "Foto
# Angela Merkel"), or a site's logo ("logo Agência Brasil", "name of <the agency>"); the name's words
# capitalised (not "Kremlin releases photo")
ALT_TEXT_RE = re.compile(r"^(?:(?P<before>(?:[^\W\d_][\w.'’-]*\s+){1,4})(?i:photo|photograph|image|picture|portrait|foto|"
                         r"imagen|фото|logo)|(?i:photo|foto|фото|logo|логотип|name of|nombre de|nome d[aeo]|nom d[eu])\s+"
                         r"(?P<after>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}))$")
# a handful of function words per language, so that "the", "dan", "của" prove nothing
FUNCTION_WORDS = frozenset(
    """the and for with from that this are was were has have had its into after over about will
    dan yang dengan untuk dari dalam pada akan ini itu ke di oleh atas para telah juga
    cua va voi cac nhung mot cho tai den trong nay duoc
    les des une pour avec dans sur par qui que est sont aux du la le
    und der die das mit von fur den dem ist ein eine zum zur
    los las del con por para una que
    и в во на с со по для что как это его ее их от до за из""".split())


@dataclass(frozen=True)
class Candidate:
    index: int  # position in the lines given to :func:`choose_headline`
    score: float


def _words(text: str) -> set[str]:
    """Content words of ``text``, folded and cut to their first letters; CJK by character pairs;
    Indic words with their vowel signs (without them a word is two or three consonants)."""
    folded = strip_marks(text)
    words = {w[:STEM_CHARS] for w in CONTENT_WORD_RE.findall(folded) if w not in FUNCTION_WORDS}
    if INDIC_CHAR_RE.search(text) is not None:
        words.update(w[:STEM_CHARS] for w in INDIC_WORD_RE.findall(text) if len(w) >= 2)
    for run in CJK_RUN_RE.findall(folded):
        words.update(run[i:i + 2] for i in range(len(run) - 1))
    return words


def _word_count(line: str) -> int:
    """Words, a run of Chinese or Japanese characters counting one per two of them (and not once
    more as a spaced word: "産経新聞", a source's name, is two words, not three), a run of Thai, Lao,
    Myanmar or Khmer one per :data:`UNSPACED_WORD_CHARS` characters, and each part of a compound of
    names ("Russian-Uzbekistani talks" is three)."""
    cjk = sum(len(run) for run in CJK_RUN_RE.findall(line))
    spaced = sum(1 for token in line.split() if any(c.isalnum() for c in HAN_KANA_RUN_RE.sub("", token)))
    # (a run already counts one as a spaced token)
    unspaced = sum(max(0, len(run) // UNSPACED_WORD_CHARS - 1) for run in UNSPACED_RUN_RE.findall(line))
    return spaced + unspaced + cjk // 2 + len(COMPOUND_RE.findall(line))


def is_cjk_menu(line: str) -> bool:
    """A Chinese or Japanese site's menu on one line (:data:`CJK_MENU_ITEMS` items or more, nearly all
    short runs of those scripts, no sentence punctuation)."""
    tokens = line.split()
    if len(tokens) < CJK_MENU_ITEMS or CJK_SENTENCE_MARK_RE.search(line) is not None:
        return False
    return sum(1 for token in tokens if CJK_MENU_ITEM_RE.fullmatch(token)) >= CJK_MENU_SHORT_SHARE * len(tokens)


@functools.lru_cache(maxsize=8192)
def never_headline(line: str) -> bool:
    """Lines that are never a headline, whatever else the page says."""
    words = _word_count(line)
    return (text_width(line) > MAX_HEADLINE_CHARS or words < MIN_WORDS
            or words > MAX_WORDS and (words > DOCUMENT_TITLE_MAX_WORDS or not DOCUMENT_TITLE_RE.match(line))
            or BAD_END_RE.search(line) is not None or DANGLING_END_RE.search(line) is not None
            or DASH_CREDIT_END_RE.search(line) is not None
            or URL_RE.search(line) is not None
            or is_navigation(line) or is_stamp(line) or BYLINE_RE.match(line) is not None
            or DATELINE_RE.match(line) is not None or CAPTION_MARK_RE.search(line) is not None
            or BREADCRUMB_RE.search(line) is not None or HOME_TRAIL_RE.match(line_key(line)) is not None
            or is_cjk_menu(line) or _numbered_item(line) or RECORD_NUMBER_RE.search(line) is not None
            or _alt_text(line) or COUNTRY_LABEL_RE.match(line) is not None or TAG_LIST_RE.search(line) is not None
            or KATAKANA_ONLY_RE.match(line) is not None or CJK_BYLINE_RE.match(line) is not None
            or HOME_CRUMB_RE.match(line) is not None or _calendar_words_only(line)
            or BRACKETED_LINE_RE.match(line) is not None or TOPIC_LABEL_RE.match(line) is not None)


def is_label(line: str) -> bool:
    """A page's label, never a title: a breadcrumb trail, a country's formal name alone, a foreign
    name alone in katakana."""
    return (BREADCRUMB_RE.search(line) is not None or HOME_CRUMB_RE.match(line) is not None
            or COUNTRY_LABEL_RE.match(line) is not None or KATAKANA_ONLY_RE.match(line) is not None)


def _section_label(line: str) -> bool:
    """A line of a few characters and words over the headline: a section's name ("Mundo",
    "Politik"), the page's first line but no headline's."""
    return len(line) <= LABEL_MAX_CHARS and _word_count(line) <= MIN_WORDS


def _calendar_words_only(line: str) -> bool:
    """A line of month or weekday names and the words around them, and nothing else ("THỨ SÁU,
    NGÀY"): a date whose numbers were cut off, never a headline."""
    words = WORD_RE.findall(strip_marks(line).lower())
    calendar = calendar_words()
    return bool(words) and any(w in calendar for w in words) \
        and all(w in calendar or w in CALENDAR_FILLER_WORDS for w in words)


def is_ticker(line: str) -> bool:
    """A line of other stories' headlines one after the other, "|" between them ("New Year horror in
    … | Tobacco stocks crushed as … | …"): longer than a headline, each of its parts one."""
    if text_width(line) <= MAX_HEADLINE_CHARS:
        return False
    parts = [p.strip() for p in TICKER_SPLIT_RE.split(line)]
    return len(parts) >= TICKER_MIN_PARTS and all(
        p and text_width(p) <= MAX_HEADLINE_CHARS and not SENTENCE_END_RE.search(p) for p in parts)


def is_icon_bar(line: str) -> bool:
    """A line of an icon font's names run together ("icon bookmark-bicon bookmarkicon cameraicon
    checkicon …"): many words, most ending alike, and no sentence in it; chrome, however long."""
    words = WORD_RE.findall(line.lower())
    if len(words) < ICON_BAR_MIN_WORDS or SENTENCE_END_RE.search(line):
        return False
    endings = Counter(w[-ICON_SUFFIX_CHARS:] for w in words if len(w) >= ICON_SUFFIX_CHARS)
    return bool(endings) and endings.most_common(1)[0][1] >= ICON_BAR_SHARE * len(words)


def _alt_text(line: str) -> bool:
    found = ALT_TEXT_RE.match(line)
    return found is not None and all(word[0].isupper() for word in (found["before"] or found["after"]).split())


def _numbered_item(line: str) -> bool:
    """An item of a numbered list ("1. پرش به گزارش", a page's skip links), not a day ("5. Februar")."""
    match = NUMBERED_ITEM_RE.match(line)
    return match is not None and strip_marks(match.group(1)) not in calendar_words()


def _lead_lines(lines: Sequence[str]) -> list[str]:
    """The lines that make the lead of a line followed by ``lines``."""
    out, size = [], 0
    for line in lines:
        if not line or len(line) < 60 and never_headline(line):
            continue
        out.append(line)
        size += len(line)
        if size >= LEAD_CHARS:
            break
    return out


class _WordsOf(dict):
    """The content words of each line, found once per page (a line is read as a candidate and
    again in the leads of the candidates above it). A line's words never span two lines, so the
    words of lines joined are the union of theirs."""

    def __missing__(self, line: str) -> set[str]:
        words = self[line] = _words(line)
        return words

    def joined(self, lines: Sequence[str]) -> set[str]:
        return set().union(*(self[line] for line in lines))


def _repeated(line: str, later: Sequence[str]) -> bool:
    """The line comes back later: alone, or opening or inside a longer line (alt text, caption);
    not as the first sentence of a paragraph (the line is then the summary printed over the
    lead, not the headline)."""
    if len(line) < 16:
        return line in later
    return any(line in other and not FIRST_SENTENCE_OF_RE.match(other, len(line)) if other.startswith(line)
               else line in other for other in later)


def _copy_with_prefix(line: str, other: str) -> bool:
    """``other`` is ``line`` printed again with something before it (a tag, a dateline) and perhaps
    a word changed near its start: it ends with the last two thirds of ``line``."""
    return len(line) >= COPY_MIN_CHARS and other.endswith(line[len(line) // 3:])


def _site_lines(lines: Sequence[str], recurring: Callable[[str], bool]) -> list[bool]:
    """Which lines recur across the folder (the site's: only short lines can)."""
    return [bool(line) and len(line) <= MAX_CHROME_CHARS and recurring(line_key(line)) for line in lines]


def _score(lines: Sequence[str], index: int, first: bool, recurring: Callable[[str], bool],
           lead: str | None = None, site: Sequence[bool] | None = None,
           words_of: _WordsOf | None = None) -> float:
    line = lines[index]
    words_of = words_of if words_of is not None else _WordsOf()
    words = words_of[line]
    # (what follows, without the lines that recur across the folder: the site's footer and credits)
    site = site if site is not None else _site_lines(lines, recurring)
    # (nor the line again as an item of the page's list: "1. About the Mission" under "About the Mission")
    later = [other for other, own in zip(lines[index + 1:], site[index + 1:])
             if not own and not (other.endswith(line) and LIST_ITEM_RE.fullmatch(other[:-len(line)]))]
    ended = SENTENCE_END_RE.search(line) is not None
    if lead is not None:
        lead_words = _words(lead)
    else:
        # (a line printed again further down is not its own lead: a summary over the lead, a
        #  widget's label or a subtitle laid out twice, the site's name over the headline and under
        #  it; its being repeated counts below, once. Nor is a sentence printed again with the
        #  agency's tag before it: "当地时间28日,…举行会晤。" under "当地时间3月28日,…举行会晤。")
        lead_words = words_of.joined(_lead_lines(
            [other for other in later if other != line and not (ended and _copy_with_prefix(line, other))]))
    shared = len(words & lead_words)
    score = OVERLAP_RATIO_WEIGHT * shared / max(1, len(words)) + OVERLAP_COUNT_WEIGHT * min(shared, OVERLAP_COUNT_CAP)
    # (a sentence repeated is the lead's first one, printed above it as a summary; a line repeated
    # only in lines that recur across the folder is the site's name in its footer)
    if not ended and _repeated(line, later):
        score += REPEAT_BONUS
    if len(line) >= SUMMARY_MIN_CHARS and any(
            other != line and len(commonprefix((line, other))) >= SUMMARY_SHARE * len(line) for other in later):
        score -= SUMMARY_PENALTY  # the lead's first sentence, printed over it a little shorter: a summary
    if first and not _section_label(line):
        score += FIRST_LINE_BONUS  # (a first line of a few characters may be a section's label: "フランス共和国")
    if ended and not DOCUMENT_TITLE_RE.match(line):
        score -= SENTENCE_END_PENALTY
    if text_width(line) > LONG_HEADLINE_CHARS:
        score -= LONG_PENALTY
    if _word_count(line) <= MIN_WORDS and not first:
        score -= SHORT_PENALTY
    if site[index]:
        score -= RECURRING_PENALTY
    return score


def told_in_lead(line: str, lead: Sequence[str]) -> bool:
    """A line that recurs across the folder is still this page's headline when the lead says it again
    (a ministry heads every page on two countries' meetings "Japan-Egypt Summit Meeting")."""
    words = _words(line)
    shared = len(words & _words(" ".join(lead)))
    return shared >= RECURRING_OWN_WORDS and shared >= RECURRING_OWN_SHARE * len(words)


def _untruncated(lines: Sequence[str], index: int) -> int:
    """A headline cut short ("… …") where the page also prints it whole: the whole one (also when
    the page's section labels are glued before the short one: "Accueil À LA UNE <headline>...")."""
    line = lines[index]
    if not line.endswith(("…", "...")):
        return index
    words = line.rstrip(".… ").split()
    # (the words left once the labels are off are enough to tell it: "Accueil À LA UNE", four words)
    stems = [" ".join(words[k:]) for k in range(max(0, min(TRUNCATED_LABEL_WORDS, len(words) - TRUNCATED_STEM_WORDS)) + 1)]
    for stem in stems:
        for i, other in enumerate(lines):
            if i != index and len(other) > len(stem) and other.startswith(stem) and not never_headline(other):
                return i
    return index


def _unprefixed(lines: Sequence[str], index: int) -> int:
    """A headline with the page's section labels glued in front ("Home Asia Leaders meet in
    Lima") where the page also prints it alone: the one alone."""
    line = lines[index]
    for i, other in enumerate(lines):
        if i == index or not other or len(other) >= len(line) or not line.endswith(other):
            continue
        prefix = line[:-len(other)]
        labels = HOME_LABEL_WORDS if HOME_WORD_RE.match(prefix) else GLUED_LABEL_WORDS
        if prefix[-1:].isspace() and _word_count(prefix) <= labels \
                and not SENTENCE_END_RE.search(prefix) and not never_headline(other):
            return i
    return index


def site_names(lines: Sequence[str]) -> set[str]:
    """The site's name as a trail from the home page begins with it ("Diario del Huila Inicio 5
    Política 5 …" under a first line "Diario del Huila"): lines that are the site's, not a headline."""
    names: set[str] = set()
    for line in lines[:HEAD_LINES * 2]:
        home = HOME_WORD_RE.search(line) if line else None
        if home is not None and home.start() > 0 and len(line[home.end():].split()) >= MIN_WORDS:
            name = line[:home.start()].strip()
            if 0 < len(name.split()) <= SITE_NAME_WORDS:
                names.add(name)
    return names


def _unsuffixed(lines: Sequence[str], index: int) -> int:
    """The browser's title bar copied above the page ("Leaders meet in Lima - The Daily Post",
    "… | El Heraldo") where the page also prints the headline alone: the one alone."""
    line = lines[index]
    for i, other in enumerate(lines):
        if i == index or not other or len(other) >= len(line) or not line.startswith(other):
            continue
        suffix = TITLE_BAR_SUFFIX_RE.fullmatch(line[len(other):])
        if suffix is not None and _word_count(suffix.group(1)) <= TITLE_BAR_SUFFIX_WORDS and not never_headline(other):
            return i
    return index


def _best(lines: Sequence[str], index: int) -> int:
    return _unsuffixed(lines, _unprefixed(lines, _untruncated(lines, index)))


def _over_standfirst(lines: Sequence[str], nonblank: Sequence[int], scored: dict[int, float],
                     best: Candidate, words_of: _WordsOf,
                     never: Callable[[str], bool] = lambda line: False) -> int:
    """A headline over its standfirst (a longer line of the same story, no sentence end: "Gentiloni
    e Trump alla Casa Bianca" / "Foto e video del loro primo incontro, ..."; or a shorter one:
    "Trudeau invita Papa Francesco in Canada, …" / "Il premier canadese in Vaticano in udienza di 36
    minuti"): when the standfirst scores a little more (its words come back in the lead), the line
    right over it, nearly as good and no sentence, is the headline."""
    k = nonblank.index(best.index)
    above = nonblank[k - 1] if k else None
    # (a standfirst that the lead then says again nearly word for word may outscore its headline more)
    # (... or that a photo's caption under it opens with, as the standfirst's words describe the photo)
    margin = COPIED_STANDFIRST_MARGIN if _said_again(lines, best.index, words_of) \
        or _opens_a_caption(lines, best.index, never) else STANDFIRST_MARGIN
    if above is None or above not in scored or scored[above] < best.score - margin:
        return best.index
    if SENTENCE_END_RE.search(lines[above]):
        return best.index
    # (and names what the story is about: its words come back in the lead; a widget's label does not)
    lead = words_of.joined(_lead_lines([line for line in lines[best.index + 1:] if line]))
    return above if len(words_of[lines[above]] & lead) >= STANDFIRST_ABOVE_SHARED else best.index


def _opens_a_caption(lines: Sequence[str], index: int, never: Callable[[str], bool]) -> bool:
    """A photo's caption further down (a line the caller rules out) opens as the line does ("Antes de
    ir à COP 28, o presidente deve participar …" / "Antes de ir à COP 28, o presidente deve participar
    de um encontro com o chefe de Estado do Catar (Ton Molina/Getty Images)")."""
    opening = lines[index][:CAPTION_OPENING_CHARS]
    return len(opening) == CAPTION_OPENING_CHARS and any(
        other != lines[index] and other.startswith(opening) and never(other) for other in lines[index + 1:])


def _said_again(lines: Sequence[str], index: int, words_of: _WordsOf) -> bool:
    """The line is long and a later paragraph has nearly all its words: a summary of that
    paragraph printed over it ("A chanceler alemã desembarcou em Brasília para uma visita …" over
    "Brasília - A chanceler da Alemanha, Angela Merkel, desembarcou … para uma visita …")."""
    line = lines[index]
    words = words_of[line]
    if len(line) < SUMMARY_MIN_CHARS or not words:
        return False
    return any(len(words & words_of[other]) >= COPIED_SHARE * len(words)
               for other in lines[index + 1:] if len(other) > len(line))


def strip_bullet(line: str) -> str:
    """"» Headline" -> "Headline", ": Headline" -> "Headline", "DIPLOMATIE Le président …" ->
    "Le président …"."""
    return RUBRIC_RE.sub("", HEAD_MARK_RE.sub("", BULLET_RE.sub("", line)))


def _menu_lines(lines: Sequence[str]) -> set[int]:
    """Indexes of the lines of the page's menus: runs of MENU_RUN short lines or more, with the
    lines a little longer that go on from them, no blank line between ("You can filter your
    feed,", "Go to Search")."""
    menu: set[int] = set()
    run: list[int] = []
    short = 0
    for i, line in enumerate([*lines, ""]):
        if len(line) > MENU_TAIL_CHARS:  # (a paragraph: no menu line, as no character is narrower than one)
            line = ""
        words = _word_count(line) if line else 0
        if line and words <= MENU_LINE_WORDS and text_width(line) <= MENU_LINE_CHARS:
            run.append(i)
            short += 1
            continue
        if line and short >= MENU_RUN and words <= MENU_TAIL_WORDS and text_width(line) <= MENU_TAIL_CHARS:
            run.append(i)
            continue
        if short >= MENU_RUN:
            menu.update(run)
        run, short = [], 0
    return menu


def _in_bullet_run(lines: Sequence[str], nonblank: Sequence[int], i: int) -> bool:
    """Line ``i`` is one of two or more points in a row, each set off by a bullet ("• Xi welcomes
    his Brazilian counterpart…", "• Ukraine and cooperation deals on the agenda…")."""
    if not BULLET_POINT_RE.match(lines[i]):
        return False
    k = nonblank.index(i)
    return any(0 <= j < len(nonblank) and BULLET_POINT_RE.match(lines[nonblank[j]]) for j in (k - 1, k + 1))


def _lead_in_to_points(lines: Sequence[str], nonblank: Sequence[int]) -> bool:
    """The page's first line is a sentence ending with a colon, of :data:`LEAD_IN_MIN_WORDS` words
    or more, and the lines after it are points set off by bullets ("Iraq's prime minister at a joint
    press conference with the Turkish president in Baghdad:" over "▪️ …", "▪️ …"): the text's lead,
    not a label, and no headline (the first point is none either)."""
    if len(nonblank) < 3 or not LEAD_IN_END_RE.search(lines[nonblank[0]]) \
            or _word_count(lines[nonblank[0]]) < LEAD_IN_MIN_WORDS:
        return False
    return all(BULLET_POINT_RE.match(lines[i]) for i in nonblank[1:3])


def _browser_notice(line: str) -> bool:
    return len({word.lower() for word in BROWSER_NOTICE_RE.findall(line)}) >= BROWSER_NOTICE_WORDS


def choose_headline(lines: Sequence[str], recurring: Callable[[str], bool] = lambda key: False,
                    never: Callable[[str], bool] = lambda line: False) -> int | None:
    """Index in ``lines`` (blank lines included as "") of the headline, or None.

    ``recurring(key)`` tells whether a line key comes back across the seeds folder; ``never``
    rules out more lines (captions and boilerplate the caller knows of)."""
    menu = _menu_lines(lines)
    if menu:  # (a menu's lines, and its items printed again as the section of the page, are out)
        items = {lines[i] for i in menu}
        nonblank = [i for i, line in enumerate(lines) if line and i not in menu and line not in items]
    else:
        nonblank = [i for i, line in enumerate(lines) if line]
    if not nonblank:
        return None
    head: list[int] = []
    for k, i in enumerate(nonblank[:HEAD_LINES]):
        if never(lines[i]) or CAPTION_MARK_RE.search(lines[i]) or is_cjk_menu(lines[i]):
            continue  # a photo caption or a menu above the headline does not begin the body
        width = text_width(lines[i])
        if width >= PARAGRAPH_CHARS and lines[i] in (lines[j] for j in nonblank[k + 1:]):
            continue  # a summary printed over the headline and again under it does not either
        if (width >= PARAGRAPH_CHARS and _browser_notice(lines[i])) or SITE_NOTICE_RE.match(lines[i]):
            continue  # (the site's notice to the reader's browser, or of its edition)
        if len(URL_RE.findall(lines[i])) >= CHROME_ADDRESSES or is_ticker(lines[i]) or is_icon_bar(lines[i]):
            continue  # (a line of links to other sites, a blog's link bar, a ticker of other
            #           stories' headlines, or an icon font's names: not the body)
        if width >= BODY_SENTENCE_CHARS and SENTENCE_END_RE.search(lines[i]) and not DOCUMENT_TITLE_RE.match(lines[i]) \
                or width > MAX_HEADLINE_CHARS:
            break  # the body has begun (not at a speech's title, its full stop after it)
        head.append(i)
    if _lead_in_to_points(lines, nonblank):
        return None  # the page opens with a sentence that introduces a list of points: no headline
    opening = next((i for i in head if not (never_headline(lines[i]) or never(lines[i]))), None)
    if opening is not None and DOCUMENT_TITLE_RE.match(lines[opening]):
        return _best(lines, opening)  # a speech's or a statement's title opens the page: its words are not its lead's
    site = _site_lines(lines, recurring)
    words_of = _WordsOf()
    best: Candidate | None = None
    # (the page's first line, a photo's caption or label above it aside: what the caller rules out;
    #  nor a label over it: a country's formal name, a breadcrumb trail, a section's name "Mundo")
    first = next((i for i in nonblank if not never(lines[i]) and not is_label(lines[i])
                  and not _section_label(lines[i])), nonblank[0])
    if head and head[0] == first and not (never_headline(lines[first]) or never(lines[first])) \
            and _word_count(lines[first]) > MIN_WORDS:  # (a short first line may be the site's name)
        score = _score(lines, first, True, recurring, site=site, words_of=words_of)
        if score >= CLEAR_SCORE:  # a clean page: its first line is plainly the headline
            return _best(lines, first)
    scored: dict[int, float] = {}
    for rank, i in enumerate(head):
        line = lines[i]
        if never_headline(line) or never(line):
            continue
        if i and lines[i - 1] and DANGLING_END_RE.search(lines[i - 1]):
            continue  # the rest of a line cut after "of the": "Republic of Uzbekistan", the site's name
        if best is not None and best.score >= MIN_SCORE and _in_bullet_run(lines, nonblank, i):
            continue  # a list of points under a headline: its summary, not a headline
        score = scored[i] = _score(lines, i, i == first, recurring, site=site, words_of=words_of) \
            - POSITION_PENALTY * rank
        if best is None or score > best.score:
            best = Candidate(i, score)
    if best is not None and best.score >= MIN_SCORE:
        return _best(lines, _over_standfirst(lines, nonblank, scored, best, words_of, never))
    # a headline printed after the body, over its publication stamp: its words come back in
    # the lead at the top
    top_lead = " ".join(lines[i] for i in nonblank[:4])
    for k in range(len(nonblank) - 2, max(-1, len(nonblank) - 2 - TAIL_LINES), -1):
        i = nonblank[k]
        line = lines[i]
        if i in head or not is_stamp(lines[nonblank[k + 1]]) or never_headline(line) or never(line) \
                or SENTENCE_END_RE.search(line):
            continue
        score = _score(lines, i, False, recurring, lead=top_lead, site=site, words_of=words_of)
        if score >= MIN_SCORE + 0.5 and (best is None or score > best.score):
            best = Candidate(i, score)
    return best.index if best is not None and best.score >= MIN_SCORE else None
