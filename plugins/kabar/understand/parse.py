"""Raw article text -> headline, blocks (paragraphs and captions) and source.

A raw seed is text copied from a news web page: a headline (sometimes), the
lead, the body, photo captions, the outlet's credit, and the site's
boilerplate (share buttons, comment counters, related-news lists, the headline
repeated as image alt text). This module separates them. It is pure: text in,
:class:`ParsedText` out; nothing is interpreted as markup.
"""
from __future__ import annotations

import html
import re
from collections.abc import Sequence

from ..record import Block, ParsedText, Source
from .captions import (KOREAN_PHOTO_CREDIT, PHOTO_AGENCIES, agency_photo_paragraph, credited_lines, is_caption,
                       is_credit, placed_bylines, thumbnail_captions)
from .chrome import RELATED_HEADER_RE, is_masthead_date, is_navigation, is_stamp, is_today_line, line_key
from .glued import (INNER_SENTENCE_END_RE, MAX_HEADLINE_CHARS, RESTATED_NAME_MAX_HEADLINE_CHARS, bracketed_headline,
                    dateline_glued_after,
                    lead_restating_a_name, lead_restating_the_opening, notice_glued_after, piped_headline, stamp_between,
                    stamp_glued_after)
from .headline import (DATELINE_RE, DOCUMENT_TITLE_RE, HOME_WORDS, choose_headline, is_cjk_menu, is_ticker,
                       never_headline, site_names, strip_bullet, told_in_lead)
from .labels import names_only
from .textutil import WIDE_CHAR_RE, normalize_space, strip_marks, text_width


# --- boilerplate -----------------------------------------------------------
# Whole lines that are page furniture, in the languages of the outlets we see.
BOILERPLATE_LINE_RE = re.compile(  # matched against line_key(line): folded, punctuation squeezed
    r"^(?:"
    r"komentar(?: \d+)?|comments?(?: \d+)?|\d+ comments?|binh luan(?: \d+)?|"
    r"chia se|share|share this|sharethis|addthis|addtoany|bagikan|tweet|print|in bai|email|facebook|twitter|whatsapp|"
    r"share (?:this (?:item|article|story|page|post) )?(?:via|on|with) [a-z ]{2,30}|"  # ("… via WhatsApp": a button)
    r"telegram|zalo|copy link|salin tautan|like|thich|theo doi|follow|lanjut membaca|read more|"
    r"baca selengkapnya|advertisement|iklan|quang cao|scroll to continue|"
    r"(?:reporting|writing|editing|additional reporting) by .{1,80}|our standards .{0,80}|"
    r"(?:anh|foto|photo) \d+|"
    r"[a-z ]{2,30} shar(?:e|ing) button"  # (a share widget's labels: "facebook-white sharing button")
    r")$"
)
# the same buttons and labels in the other languages of the news, a line each: share (on ...), comments
# (and their count), print, advertisement (matched against line_key(line), whose Hangul is in jamo)
SHARE_WORDS = ("compartir", "partager", "teilen", "condividi", "поделиться", "paylas", "udostepnij", "分享", "シェア",
               "공유", "مشاركة", "dela", "del", "jaa", "sdilet", "zdielat", "megosztas", "podijeli", "podeli", "сподели",
               "distribuie", "deel", "delen", "compartilhar", "partilhar", "поширити", "שתף", "شارك")
COMMENT_WORDS = ("comentarios", "commentaires", "kommentare", "комментарии", "коментарі", "yorumlar", "评论", "評論",
                 "komentarze", "commenti", "reacties", "kommentarer", "kommentit", "hozzaszolasok", "comentarii",
                 "تعليقات", "댓글", "コメント", "коментари", "komentari", "komentare", "komentarai", "kommentaarid",
                 "σχολια", "תגובות", "نظرات")
PRINT_WORDS = ("imprimir", "imprimer", "drucken", "печать", "друк", "yazdir", "打印", "列印", "drukuj", "stampa",
               "printen", "skriv ut", "tulosta", "nyomtatas", "tisk", "tlacit", "ispis", "печат", "طباعة", "印刷", "인쇄")
AD_WORDS = ("publicidad", "publicite", "anzeige", "реклама", "reklam", "广告", "廣告", "広告", "광고", "اعلان", "werbung",
            "pubblicita", "advertentie", "reklama", "mainos", "hirdetes")
# the size names of a page's layout grid or text-size chooser, one to a line ("xs", "sm", "md", "lg")
LAYOUT_WORDS = ("xxs", "xs", "xsm", "sm", "md", "lg", "xl", "xxl")
FURNITURE_WORDS_RE = re.compile(
    rf"^(?:(?:{'|'.join(map(strip_marks, SHARE_WORDS))})(?: (?:on|en|sur|auf|su|na|em|no|в|на|op|pa|pe) \S+)?"
    rf"|(?:{'|'.join(map(strip_marks, COMMENT_WORDS))})(?: \d+)?"
    rf"|{'|'.join(map(strip_marks, PRINT_WORDS + AD_WORDS + LAYOUT_WORDS))})$")
# a notice the law has every site of a country print at its top, however long: Russia's "this
# resource uses recommendation technologies (...)" (matched against the key of its beginning)
NOTICE_LINE_RE = re.compile(r"^на информационном ресурсе применяются рекомендательные технологии")
NOTICE_PREFIX_CHARS = 80
# the page's own widgets, in words: a reader's choice of font, text size or letter spacing ("Выберите
# шрифт Arial Times New Roman", "Интервал между буквами (Кернинг): …", "Font size: A A A"), or a
# machine translation loading ("Loading svg Please wait while we translate the article")
PAGE_WIDGET_RE = re.compile(r"(?i)(?:^(?:выберите шрифт|размер шрифта|интервал между буквами|choose (?:a )?font|"
                            r"font size|text size|letter spacing|schriftgr(?:ö|oe)(?:ss|ß)e|taille (?:du texte|de la police)|"
                            r"tama[ñn]o de (?:la )?(?:fuente|letra))\b|\bplease wait while\b|\bbitte warten\b|"
                            r"\bveuillez patienter\b|\bпожалуйста, подождите\b)")

# the site's greeting over the page: "Welcome to Africanews", "Willkommen auf den Seiten des
# Auswärtigen Amts" (in English, only a name after it: "Welcome to the new cold war" is a headline)
WELCOME_LINE_RE = re.compile(r"^(?:Welcome to (?:[A-Z0-9][\w.&'’-]*\s?){1,5}|(?:Willkommen (?:auf|bei|im)|"
                             r"Bienvenue (?:sur|à|au|dans)|Bienvenidos? a|Benvenut[oi] (?:su|a|in)|"
                             r"Bem-vindos? (?:ao|à|a)|Selamat datang di|Добро пожаловать)\s.{1,60})[!.]?$")
# a byline on a line of its own: "By Reuters Staff", "Von Euronews", "Par Pauline Martin", "Por Ana
# Gómez y Luis Paz" (names: capitalised words after the word; not "By the end of the visit, …")
BYLINE_LINE_RE = re.compile(r"^(?:By|BY|Von|VON|Par|PAR|Por|POR|Oleh|OLEH)\s+[A-ZÀ-ÝĐ][\w.'’-]*"
                            r"(?:,?\s+(?:[A-ZÀ-ÝĐ][\w.'’-]*|and|und|et|y|e|dan|&))*$"
                            # ... or Arabic's "كتب" (wrote) and the name's two to four words: "كتب محمد الجالى"
                            r"|^(?:كتب|كتبت|بقلم)\s+[^\W\d_]+(?:\s+[^\W\d_]+){1,3}$")
BYLINE_LINE_MAX_WORDS = 7
# the site asking to be followed: "Suscríbete a nuestro canal de Telegram …", "Follow us on Twitter",
# "Abonnez-vous à notre newsletter" (a verb of following first, a channel after it)
FOLLOW_US_RE = re.compile(
    r"^(?:Suscr[ií]bete|Subscribe|S[ií]guenos|Follow us|Join our|Abonnez-vous|Suivez-nous|Abonniere|Folgen Sie uns|"
    r"Iscriviti|Seguici|Inscreva-se|Siga-nos|Подпишитесь|Подписывайтесь|Ikuti kami|Abone ol|Bizi takip edin)\b"
    r".{0,120}\b(?:Telegram|WhatsApp|YouTube|Facebook|Twitter|Instagram|TikTok|newsletter|bolet[ií]n|Google News|"
    r"canal|channel|kanal|chaîne|канал)\b", re.IGNORECASE)
# "Baca juga: <another story>", "Read also: ...": a link to another story on one line
RELATED_INLINE_RE = re.compile(
    r"^(?:baca juga|baca pula|read also|also read|read more|see also|lire aussi|a lire aussi|xem them|"
    r"tin lien quan|lesen sie auch|lea tambien|leia tambem|читаите также|смотрите также)\s*:\s*\S")
MAX_PREFIX_CHARS = 160  # lines before the headline shorter than this are the site's

# --- captions (the credits and caption lines themselves: captions.py), dates of founding, glued lines ---
# the words of a site's founding ("Founded", "تأسست", "创刊于") before its day: the site's age, not the page's date
FOUNDED_WORDS = (r"(?:founded|established|est\.|fondée?|gegründet|fundad[oa]|основан[аo]?|заснован[аo]?|"
                 r"تأسست|تأسس|创刊于?|創刊於?|创办于?|創辦於?|didirikan|thành lập)")
FOUNDED_BEFORE_DAY = rf"{FOUNDED_WORDS}(?:\s+(?:in|on|en|el|le|am|im|pada|năm))?\s*[:：]?\s*"
FOUNDED_RE = re.compile(rf"^\W*{FOUNDED_BEFORE_DAY}\d", re.IGNORECASE)  # ("Founded 1 January 2015")
FOUNDED_END_RE = re.compile(rf"{FOUNDED_BEFORE_DAY}$", re.IGNORECASE)  # (the day on the next line)
# Image alt text glued to a caption by copy-paste: "<headline> - ảnh 1<caption>".
IMAGE_ALT_RE = re.compile(r"^(?P<alt>.*?)\s*[-–—]\s*(?:ảnh|anh|foto|photo|image)\s*\d+\s*(?P<caption>.*)$",
                          re.IGNORECASE)
# a publication stamp copied on the headline's line: "28. September 2018, 12:32 Uhr Staatsbesuch ..."
# (or with nothing between: "06/09/2016 16:42Chủ tịch nước đón ...")
STAMP_PREFIX_RE = re.compile(
    r"^(?P<stamp>.{4,60}?\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|WIB|WITA|WIT|GMT|UTC|MSK|ICT)\b)?)[\s|·,]*(?P<rest>[^\W\d_].{9,})$")
# a live feed's time before the headline, no day with it: "00:36 - <headline>" (the time alone
# tells no date: it is dropped, not kept as the page's stamp)
TIME_PREFIX_RE = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d\s*[-–—|·]\s+(?P<rest>[^\W\d_].{9,})$")
# ... or after it, in brackets: "習近平會見巴基斯坦總理夏巴茲 … (13:13)"
# a count (of comments, of views) glued after a headline's last word, a lower-case one ("… Трампа5");
# not a name's number ("G20", "COP28", "Su-57", "Covid19")
COUNT_SUFFIX_RE = re.compile(r"^(?P<rest>.{20,}?[a-zß-ÿа-яё])(?<![Cc]ovid)\d{1,4}$")
TIME_SUFFIX_RE = re.compile(r"^(?P<rest>.{6,}?)\s*[(（](?:[01]?\d|2[0-3]):[0-5]\d[)）]$")
# a wire agency's name in small letters after the headline, as the page's tag: "… pravi prijatelj
# Srbije tanjug"
AGENCY_TAG_SUFFIX_RE = re.compile(r"^(?P<rest>\S.{19,}?)\s+(?:tanjug|fonet|hina|fena|srna|anadolu|ansa|efe|dpa|afp|"
                                  r"reuters|tass|bta|ctk|mti|agerpres|tasr)$")
# the browser's title bar over the page: the headline, a separator and the site's name, which the
# page also prints alone on a line of its own ("… - 800Noticias" / "800Noticias")
SITE_NAME_SUFFIX_RE = re.compile(r"^(?P<rest>\S.{19,}?)\s+[-|–—·]\s+(?P<site>[^\s|–—·-][^|–—·]{1,40})$")
# a breadcrumb trail glued before the headline on its line: "Home»Noticias»Jimmy Morales nombra …",
# "19.11.2018 || Startseite -> Nachrichten -> lokales -> Merkel sagt …" (two steps at least, of one
# to four words each; the headline after it, of TRAIL_TAIL_WORDS words or more, is the line)
TRAIL_MARK_RE = re.compile(r"»|›|->|→|\|\|")
TRAIL_PREFIX_RE = re.compile(r"^(?:[^\s»›>|→]{1,30}(?: [^\s»›>|→]{1,30}){0,3} ?(?:»|›|->|→|\|\|) ?){2,}(?=[^\s»›>|→])")
TRAIL_TAIL_WORDS = 3
# ... or glued with no mark at all, each step a capitalised word run on into the next: "HomeGreece" before
# "Ressortchef … statements following his meeting with..." (the last capitalised run, the headline's
# first word, stays)
GLUED_HOME_RE = re.compile(r"^(?:%s)" % "|".join(w.capitalize() for w in HOME_WORDS if " " not in w) +
                           r"(?:[A-ZÀ-ÖØ-ÝА-ЯЁ][a-zà-öø-ÿа-яё]{2,}){0,2}(?=[A-ZÀ-ÖØ-ÝА-ЯЁ][a-zà-öø-ÿа-яё])")
# the page's date glued before the lead's first word, no space between: "23 de septiembre de
# 2016El primer ministro …", "21.08.2015Bundeskanzlerin …" (a year of four digits, then a capital)
DATE_GLUED_BEFORE_RE = re.compile(r"^(?P<stamp>\d[\w .,/-]{5,40}?(?<!\d)(?:19|20)\d\d)(?P<rest>[A-ZÀ-ÝА-Я][^\W\d_]+\s.{20,})$")
# ... or joined to it by an underscore, as a press review's page runs them: "September 27, 2024_ The
# President undertook …" (the page's date, not the day the story tells)
DATE_UNDERSCORE_BEFORE_RE = re.compile(r"^(?P<stamp>[^\W_][\w .,/-]{5,40}?(?<!\d)(?:19|20)\d\d)_\s*(?P<rest>\S.{20,})$")
# a translated-press page's line: its date, the author, a bar and the foreign paper, glued before the
# headline in the page's own script: "17 января 2018 г. Анна Смит | The Wall Street Journal Трамп …"
# (where the paper's name ends is told by the script changing: a headline in Latin letters stays whole)
BAR_BYLINE_GLUED_BEFORE_RE = re.compile(
    r"^(?P<stamp>\d{1,2}\.?\s[^\W\d_]{3,12}\.?\s(?:19|20)\d\d(?:\s?г\.)?,?(?:\s[^\W\d_][\w'’.-]*){1,3}"
    r"\s\|(?:\s[A-Z][\w.&'’-]*){1,4})\s(?P<rest>(?![A-Za-zÀ-ɏ])[^\W\d_].{20,})$")
# ... and the lead after that headline on the same line, a quotation of the paper: "… в Белый дом
# "Во вторник президент …"" (a headline of four words at least, no sentence ended in it)
QUOTED_LEAD_GLUED_RE = re.compile(r"^(?P<headline>[^.!?\"«„“]{20,200}?\S)\s(?P<lead>[\"«„“][^\W\d_].{40,})$")
QUOTED_LEAD_MIN_WORDS = 4
# a full date glued before a headline in Japanese or Chinese: "平成29年6月6日日・ベトナム首脳会談等"
CJK_DATE_PREFIX_RE = re.compile(
    r"^(?P<stamp>(?:平成|令和|昭和)?[0-9０-９]{1,4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日)\s*(?P<rest>[^\s\d（(].{5,})$")
# a publication stamp glued after a headline: "<headline> 22.05 | 16:00" (a day and month, a time)
STAMP_SUFFIX_RE = re.compile(
    r"^(?P<rest>\S.{9,}?)[\s|·,]+(?P<stamp>\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?\s*[|·,]?\s*\d{1,2}:\d{2})$")
# ... or in Japanese, with nothing between: "<headline>5月3日 23時54分" (a day and month, an hour and minute)
CJK_STAMP_SUFFIX_RE = re.compile(
    r"^(?P<rest>.{6,}?)\s*(?P<stamp>(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日\s*"
    r"[0-9０-９]{1,2}時[0-9０-９]{1,2}分)$")
# ... or its full date glued after the headline, then the date again or the page's short address and
# other furniture: "<headline>2013年7月5日2013年7月5日https://p.dw.com/p/…圖片來源: …"
CJK_DATE_SUFFIX_RE = re.compile(
    r"^(?P<rest>[^\d]{6,}?)\s*(?P<stamp>[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)"
    r"(?P<more>(?P=stamp)(?:\s*https?://\S+)?|\s*https?://\S+)\s*(?P<tail>.*)$")
# a photo's credit glued before the headline, the agency the page credits again further down:
# "ANP Bijzondere handelsmissie Rutte naar Indonesië" over "Door ANP - 20-11-2016"
AGENCY_PREFIX_RE = re.compile(rf"^(?P<agency>{PHOTO_AGENCIES})\s+(?P<rest>[^\W\d_a-zß-ÿ]\S*(?:\s+\S+){{2,}})$")
# a share box's text copied on the headline's line: "<headline> Πηγή: <headline>" (a label, the same words)
DOUBLED_TITLE_RE = re.compile(r"^(?P<rest>\S.{9,}?)\s+[^\W\d_]{2,20}\s*:\s+(?P=rest)$")
# a reposted report's headline as its first site printed it: "原标题:习近平同…举行会谈"
REPOST_PREFIX_RE = re.compile(r"^\s*(?:原标题|原標題|原題|원제)\s*[:：]\s*(?P<rest>.+)$")
# the page's section glued before the headline by a colon, no space after it: "International:Bundeskabinett
# in Peking: …" (a headline's own label has its space: "Cuba: Hollande a rencontré …")
SECTION_PREFIX_RE = re.compile(r"^[^\W\d_]{3,20}:(?P<rest>[^\W\d_a-zß-ÿ][^\W\d_]*(?:\s+\S+){2,})$")
# a wire dateline glued before the headline: "La Havane (AFP). Cuba: Hollande a rencontré …",
# "Moscow (Reuters) - Putin …", "Abuja (AFP) Merkel …": the place and the agency are not the headline's
DATELINE_PREFIX_RE = re.compile(rf"^[^\W\d_][\w'’ .-]{{1,30}}?\s\({PHOTO_AGENCIES}\)\s*[.:–—-]?\s+(?P<rest>\S.+)$")
# the byline and publication stamp glued after the headline: "Headline Par Pauline Martin - Le
# Parisien - mai 2017, 7h33 | MAJ : 30 mai 2017" (a first and last name, a separator, a year or time)
BYLINE_TAIL_RE = re.compile(
    r"\s+(?:[Pp]ar|[Bb]y|[Pp]or|[Vv]on|[Oo]leh|[Dd]oor)\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,2}"
    r"\s*[-–—|,]\s*(?P<stamp>.*(?:\b(?:19|20)\d{2}\b|\b\d{1,2}[h:]\d{2}\b).*)$")
BYLINE_HEADLINE_MIN_CHARS = 20  # (what is left of the line is the headline)
# a page's title bar as Chinese sites write it, the site's (and section's) names glued on by
# underscores: "习近平会见卢拉_新闻_某网" (a headline itself has no underscore)
HASHTAG_END_RE = re.compile(r"#[^\W_]+$")  # the words before an underscore are a hashtag's
UNDERSCORE_SUFFIX_RE = re.compile(r"^(?P<rest>[^_]{6,}?)(?:_[^_\s]{1,20}){1,3}$")
# a page's print button glued after the headline: "日露首脳会談、領土交渉を加速 経済で協力推進 印刷"
PRINT_SUFFIX_RE = re.compile(r"^(?P<rest>\S.{5,}?)\s+(?:印刷|印刷する|打印|列印|인쇄|Print|Drucken|Imprimer|Imprimir|Stampa|"
                             r"Cetak|In bài|Печать|Распечатать)$")
# a language switch's label after the headline: "La visite d’Etat de François Hollande au Vietnam [vi]",
# "日仏首脳会談 [fr]"
LANGUAGE_SWITCH_SUFFIX_RE = re.compile(r"^(?P<rest>\S.{4,}?)\s*\[[a-z]{2}(?:-[A-Za-z]{2})?\]$")
# a Chinese site's "scan the QR code" prompts around the headline on one line: "掃描二維碼訪問中評網移動版
# <headline> 掃描二維碼訪問中評社微信"
QR_PROMPT_RE = re.compile(r"(?:^|\s)(?:掃描二維碼|扫描二维码|扫码|掃碼)\S*(?=\s|$)")
# the site's address after the headline: "Saint-Louis s’apprête à accueillir Macron - adakar.com"
SITE_SUFFIX_RE = re.compile(r"^(?P<rest>\S.{9,}?)\s+[-–—|]\s+(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{1,40}"
                            r"(?:\.[A-Za-z0-9-]{2,30}){0,2}\.[a-z]{2,6}$")
# ... and to the line before it, without a dash: "<headline> hinh anh 1<caption>" (Vietnamese "image 1")
GLUED_IMAGE_RE = re.compile(r"^(?P<line>\S.{9,}?)\s+h[iì]nh\s+[aả]nh\s*\d{1,2}(?=\S)(?P<caption>.{6,})$", re.IGNORECASE)
# a Korean photo's caption glued before the lead: its credit closes it, the lead follows on the same line ("… 악수하고
# 있다. [사진=연합뉴스] 윤석열 대통령은 15일 …"; not the photo's own stamp after the credit, "… 2022.07.01 photo@…")
GLUED_KOREAN_CAPTION_RE = re.compile(rf"^(?P<caption>\S.{{9,}}?{KOREAN_PHOTO_CREDIT})\s+(?P<line>[^\W\d_].{{19,}})$")
DASHES_RE = re.compile(r"[-–—]")  # (what IMAGE_ALT_RE needs: most lines have none, and are not tried)
# a page laid out as a table and copied row by row: each cell's line ends with the bar between
# cells ("Country, politics |" / "<headline> |" / "15.09.2014 08:22 |")
TABLE_CELL_END_RE = re.compile(r"(?<=\S)\s+\|$")
# a record of the site's ads.txt leaked into the page's text ("google.com, pub-36637…, DIRECT, f08c47fec0942fa0")
ADS_TXT_RE = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,}, (?:pub-)?[\w-]+, (?:DIRECT|RESELLER)(?:, [0-9a-f]{9,})?\s*")

# --- source ----------------------------------------------------------------
# "(VOVWORLD) - text" at the start of the lead.
SOURCE_PAREN_PREFIX_RE = re.compile(r"^\((?P<name>[A-Z][A-Za-z0-9.&/ -]{1,30})\)\s*[-–—:]\s*(?P<rest>.*)$", re.S)
# "WVR/VNA- text", "HANOI (VNA) - text" or "HANOI, March 5 (Reuters) - text" at the start of the lead.
SOURCE_AGENCY_PREFIX_RE = re.compile(
    r"^(?:(?P<dateline>[A-Z][A-Z .'-]{1,30}(?:,[\w .]{1,25})?)\s*\((?P<agency>[A-Z][\w/ .&-]{1,24})\)"
    r"|(?P<name>[A-Z][A-Z0-9]{1,12}(?:/[A-Z][A-Z0-9]{1,12})+))"
    r"\s*[-–—:]\s*(?P<rest>.*)$", re.S)
# ... but not a day in the brackets ("PUTRAJAYA (March 22): …"; an agency may hold a digit: "SEOUL (News1) -")
DAY_FOR_AGENCY_RE = re.compile(r"^(?:[^\W\d_]{3,9}\.?\s\d{1,2}|\d{1,2}\s[^\W\d_]{3,9}\.?)$")
# "(Source: WVR/VNA)", "Sumber: https://...", "Nguồn: VnExpress".
SOURCE_LINE_RE = re.compile(
    r"^\(?\s*(?:source|sources|sumber|nguon|nguồn|fuente|quelle|источник)\s*:\s*(?P<value>[^()]+?)\s*\)?\.?$",
    re.IGNORECASE)
URL_RE = re.compile(r"https?://[^\s<>\"')]+")
LONE_URL_RE = re.compile(r"^(?P<url>https?://\S+)$")
EMAIL_LINE_RE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")  # the site's contact address alone on a line
# An outlet's domain on a line of its own near the end: "Tuoitre.vn".
OUTLET_DOMAIN_RE = re.compile(
    r"^(?P<name>(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{1,40}(?:\.[a-z]{2,6}){1,2})$")
# the site's address and its motto over the headline: "Vietnam.vn - Nền tảng quảng bá Việt Nam"
OUTLET_MOTTO_RE = re.compile(
    r"^(?P<name>(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{1,40}(?:\.[a-z]{2,6}){1,2})\s+[-–—|]\s+[^.!?:;|]{3,60}$")

# --- headline --------------------------------------------------------------
SENTENCE_END_RE = re.compile(r"[.!…:;,]['\"”’)]?$")
MAX_FURNITURE_CHARS = 120  # share buttons, counters and list headers are short lines
LIST_END_CHARS = 160  # a line this long that ends a sentence is text, not an item of a list of links
STORY_LIST_STAMPS = 3  # stamps (a time of day, a year) on one line: a list of the site's stories
STORY_LIST_TIME_RE = re.compile(r"(?=\d)(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")  # (a digit looked for first)
STORY_LIST_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
STORY_LIST_GLUED_RE = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d[^\W\d_]")  # "21:55Члены"
MAX_HEADLINE_WORDS = 30
MAX_FURNITURE_WORDS = 8
MAX_BUTTON_CHARS = 20  # a dotted line this short before the article's text is a button ("• Print")
MIN_PROSE_CHARS = 80  # a line this long is the article's text (no button comes after it)
BUTTON_BULLET_RE = re.compile(r"[•·▪]\s")
MAX_CAPTION_CHARS = 400  # a photo's caption is no longer (one under a credit, one written twice)
# a site's motto or banner in another script at the top of a Chinese, Japanese or Korean page
# ("We will stay firmly rooted in Chinese culture. …" over "習近平會見…"): a paragraph without a wide
# character, before the page's first line with them, when most of the lines after it have them
BANNER_MIN_CHARS = 120
BANNER_NEXT_LINES = 4


def _foreign_banner(lines: Sequence[str], at: int) -> bool:
    """Line ``at``, long and without a wide (CJK) character, comes before any line with them, and
    most of the next lines have them: the site's banner in another script, not the article's."""
    if WIDE_CHAR_RE.search(lines[at]) or any(WIDE_CHAR_RE.search(line) for line in lines[:at]):
        return False
    after = [line for line in lines[at + 1:] if line][:BANNER_NEXT_LINES]
    return len(after) >= 2 and 2 * sum(1 for line in after if WIDE_CHAR_RE.search(line)) > len(after)


def _is_boilerplate(line: str) -> bool:
    if len(line) > MAX_FURNITURE_CHARS:
        return bool(NOTICE_LINE_RE.match(line_key(line[:NOTICE_PREFIX_CHARS]))) or _is_story_list(line)
    key = line_key(line)
    return bool(BOILERPLATE_LINE_RE.match(key) or FURNITURE_WORDS_RE.match(key) or PAGE_WIDGET_RE.search(line))


def _is_story_list(line: str) -> bool:
    """The site's newest stories copied on one line, each with its stamp ("СЕГОДНЯ НА САЙТЕ: В … прошел
    семинар 04 Марта 2026 г., 21:55Члены Меджлиса … 04 Марта 2026 г., 21:52…"): several times of day
    and as many years, the times glued to the next story's first word, which no paragraph of a
    report writes (a programme of the visit, "at 10:00 on 3 March 2018 …", spaces its times)."""
    return len(STORY_LIST_TIME_RE.findall(line)) >= STORY_LIST_STAMPS \
        and len(STORY_LIST_YEAR_RE.findall(line)) >= STORY_LIST_STAMPS \
        and len(STORY_LIST_GLUED_RE.findall(line)) >= STORY_LIST_STAMPS - 1


def _own_headline(line: str, lines: Sequence[str], at: int, first_prose: bool, own: set[str]) -> bool:
    """A line of the folder's chrome above the text (``lines[at]``) that the lead says again, with no
    other headline between them, is the page's headline (its key is added to ``own``)."""
    if not first_prose or not told_in_lead(line, _lead_after(lines, at)):
        return False
    own.add(line_key(line))
    return True


def _lead_after(lines: Sequence[str], at: int) -> list[str]:
    """The first lines of text after ``lines[at]`` (a paragraph's length or more): its lead; none
    when a line that may be the headline comes first (``lines[at]`` is then over the headline)."""
    lead = []
    for line in lines[at + 1:]:
        if text_width(line) >= MIN_PROSE_CHARS:
            lead.append(line)
            if len(lead) == LEAD_AFTER_LINES:
                break
        elif not lead and line and _looks_like_headline(line) and not never_headline(line):
            return []
    return lead


def _is_furniture(line: str) -> bool:
    """A line that recurs across the folder is the site's when it is no sentence and no headline:
    a label, a menu, a widget (a recurring sentence is a fact reports share)."""
    return not SENTENCE_END_RE.search(line) and len(line.split()) <= MAX_FURNITURE_WORDS \
        and not _looks_like_headline(line)


MIN_PROMPTED_CHARS = 8  # what is left of a headline once the QR prompts around it are cut
LEAD_AFTER_LINES = 2  # a recurring line said again in this many lines of text after it is the page's headline


def _title_bar_stamp(line: str, title: str) -> str | None:
    """What follows the headline on a line that starts with it, when that is a publication line."""
    if not title or len(line) <= len(title) or not line.startswith(title):
        return None
    rest = line[len(title):].strip(" -–—|:·")
    return rest if rest and is_stamp(rest) else None


def _founded(lines: list[str], i: int) -> bool:
    """The day a line gives is when the site was founded, not when the page was written ("جريدة
    الكترونية تأسست" over "1/1/2015", "Founded 1 January 2015")."""
    return FOUNDED_RE.search(lines[i]) is not None or (i > 0 and FOUNDED_END_RE.search(lines[i - 1]) is not None)


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return (10 <= len(line) <= MAX_HEADLINE_CHARS and 2 <= len(words) <= MAX_HEADLINE_WORDS
            and not SENTENCE_END_RE.search(line) and not is_caption(line)
            and not URL_RE.search(line) and not SOURCE_LINE_RE.match(line))


def _source_from_value(value: str, source: dict) -> None:
    url = URL_RE.search(value)
    if url:
        source.setdefault("url", url.group(0).rstrip(".,;"))
        rest = value.replace(url.group(0), "").strip(" -–—:,")
        if rest:
            source.setdefault("name", rest)
    else:
        source.setdefault("name", value.strip())


def _strip_source_prefix(line: str, source: dict) -> str:
    match = SOURCE_PAREN_PREFIX_RE.match(line)
    if match and match.group("rest").strip():
        source.setdefault("name", match.group("name").strip())
        return match.group("rest").strip()
    match = SOURCE_AGENCY_PREFIX_RE.match(line)
    if match and match.group("agency") and DAY_FOR_AGENCY_RE.match(match.group("agency")):
        return line  # (a day in the brackets, not an agency: "PUTRAJAYA (March 22): …", the dates read it)
    if match and match.group("rest").strip():
        source.setdefault("name", (match.group("agency") or match.group("name")).strip())
        dateline = match.group("dateline")
        if dateline and any(c.isdigit() for c in dateline):  # (its day stays: "BEIJING, June 15 - …", the dates read it)
            return f"{dateline.strip()} - {match.group('rest').strip().lstrip('-–— ')}"
        return match.group("rest").strip()
    return line


# A text copied from the page's source with its markup ("<h4><strong>Headline</strong></h4> <p>…"):
# the markup is read as the lines it makes, never rendered (block tags end a line, inline ones go)
MARKUP_TAG_RE = re.compile(r"</?(?:h[1-6]|p|div|br|li|ul|ol|blockquote|figcaption|figure|strong|b|em|i|u|span|"
                           r"a|font|small|sup|sub)(?:\s[^<>]{0,200})?/?>", re.IGNORECASE)
MARKUP_BLOCK_TAG_RE = re.compile(r"</?(?:h[1-6]|p|div|br|li|ul|ol|blockquote|figcaption|figure)(?:\s[^<>]{0,200})?/?>",
                                 re.IGNORECASE)
MARKUP_MIN_TAGS = 3


def _markup_as_lines(text: str) -> str:
    """A text with some HTML tags copied in: block tags become line ends, inline ones and their
    character references (``&amp;``) are dropped and read. Any other text is left alone."""
    if "<" not in text or len(MARKUP_TAG_RE.findall(text, 0, 20_000)) < MARKUP_MIN_TAGS:
        return text
    return html.unescape(MARKUP_TAG_RE.sub("", MARKUP_BLOCK_TAG_RE.sub("\n", text)))


def split_lines(text: str) -> list[str]:
    """Lines with spaces normalised, without an ads.txt record leaked in front of them nor the bar
    a copied table row ends with (and a source's markup read as lines: :func:`_markup_as_lines`);
    blank lines kept as ''."""
    return [TABLE_CELL_END_RE.sub("", ADS_TXT_RE.sub("", normalize_space(line)))
            for line in _markup_as_lines(text).split("\n")]


# A text copied hard-wrapped (a wire's fixed-width lines, a print view, an e-mail): its sentences
# run on from one line to the next, which begins in lower case ("reçu lundi 29" / "mai à Versailles")
WRAP_LINE_MIN_CHARS = 30  # lines this long or longer are those a wrapped text is told by
WRAP_MIN_RUNS = 3  # ... when at least this many of them run on into the next line
WRAP_MIN_SHARE = 0.25  # ... and at least this share of them
WRAP_WIDTH_QUANTILE = 0.9  # a wrapped text's width: as long as nine in ten of its long lines, or longer
WRAP_FULL_SHARE = 0.9  # a line this share of that width or longer is filled to it
SENTENCE_FINAL_CHARS = (".", "!", "?", "…", ":", ";", "»", '"', "”", "’", ")")


def _runs_on(line: str, following: str) -> bool:
    """``line`` ends no sentence and ``following`` goes on with it (begins in lower case)."""
    return bool(line) and bool(following) and following[0].islower() and not line.endswith(SENTENCE_FINAL_CHARS)


def unwrap_lines(lines: list[str]) -> list[str]:
    """The lines of a hard-wrapped text joined where a sentence runs on into the next line, so
    that its paragraphs, dates ("lundi 29" / "mai") and names are whole again; the lines of any
    other text as they are (one line that runs on is a headline over its lead, or a slip)."""
    long_lines = [(line, following) for line, following in zip(lines, lines[1:])
                  if len(line) >= WRAP_LINE_MIN_CHARS and following]
    runs = sum(1 for line, following in long_lines if _runs_on(line, following))
    if runs < WRAP_MIN_RUNS or runs < WRAP_MIN_SHARE * len(long_lines):
        return lines
    width = sorted(len(line) for line, _ in long_lines)[int(WRAP_WIDTH_QUANTILE * (len(long_lines) - 1))]
    out: list[str] = []
    last = ""  # (the previous line as written)
    for line in lines:
        if out and (_runs_on(out[-1], line) or (len(out) > 1 and _cut_at_width(last, line, width))
                    or (len(out) == 1 and DATELINE_RE.match(out[0]) and _cut_at_width(last, line, 0))):
            # (a line filled to the width, or the lead's first after its dateline, "MILAN, March 4
            #  (Reuters) - Italian Prime Minister" / "Giorgia Meloni on Saturday said …", goes on
            #  into the next, whose first word is a name; not a first line, a headline's)
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        last = line
    return out


def _cut_at_width(line: str, following: str, width: int) -> bool:
    """``line`` of a wrapped text is as long as its lines run (``width``: the text's own) and ends
    no sentence: the next, even in capitals, goes on with it."""
    return len(line) >= WRAP_FULL_SHARE * width and bool(following) and bool(line) \
        and not line.endswith(SENTENCE_FINAL_CHARS) and following[0].isalpha() and line[-1].isalpha()


MAX_REPEAT_CAPTION_CHARS = 200  # a longer sentence after the repeated headline is the lead
PROSE_SENTENCE_RE = re.compile(r"[^.!?。]+[.!?。]")
PROSE_SENTENCE_CHARS = 40  # ... and so are two sentences this long
# "Jakarta: Presiden ...", "HANOI (VNA) - ...": a dateline opens a lead, never a caption
PLACE_COLON_RE = re.compile(r"^[A-ZÀ-ÝĐ][\w .'-]{1,30}:\s")


def _two_sentences(line: str) -> bool:
    """Two full sentences of prose: a paragraph, not a photo's caption."""
    return sum(1 for sentence in PROSE_SENTENCE_RE.findall(line) if len(sentence) >= PROSE_SENTENCE_CHARS) >= 2


def _caption_after_repeat(line: str) -> bool:
    """A line right after the headline's repeat: a photo's caption (the page repeats its headline
    over a photo), unless it opens with a dateline or is a long sentence: then it is the lead
    (the page printed its headline twice)."""
    if DATELINE_RE.match(line) or PLACE_COLON_RE.match(line):
        return False
    # (two full sentences of prose are the lead: "16 мая … посетил Белый дом. Встреча … около часа.")
    if _two_sentences(line):
        return False
    # (a long line cut short, without its last full stop, is still prose when a sentence ends inside)
    return len(line) <= MAX_REPEAT_CAPTION_CHARS or not (SENTENCE_END_RE.search(line)
                                                         or INNER_SENTENCE_END_RE.search(line))


def extract_parts(text: str, chrome: frozenset[str] = frozenset()) -> ParsedText:
    """Split a raw article into headline, blocks and source; drop boilerplate.

    ``chrome`` holds the keys (:func:`chrome.line_key`) of short lines that recur across the
    seeds folder: the site's, not the article's."""
    lines = unwrap_lines(split_lines(text))
    removed: list[str] = []
    stamps: list[str] = []
    today: list[str] = []  # the header's "today" lines (removed; kept for the dates)
    source: dict[str, str] = {}

    # 1. Related-news lists: the header and the lines after it up to a blank line (or the first
    #    paragraph of text, where the page printed none between: a list's items are headlines)
    kept: list[str] = []
    skipping = False
    for line in lines:
        if skipping:
            if not line or SOURCE_LINE_RE.match(line) \
                    or text_width(line) >= LIST_END_CHARS and SENTENCE_END_RE.search(line):
                skipping = False
            else:
                removed.append(line)
                continue
        if line and len(line) <= MAX_FURNITURE_CHARS and RELATED_HEADER_RE.match(line_key(line)):
            removed.append(line)
            skipping = True
            continue
        kept.append(line)

    # 2. Source lines, lone URLs and outlet domains; page furniture.
    body: list[str] = []
    prose = False  # a line of the article's text met yet
    own: set[str] = set()  # (keys of recurring lines that are this page's headline all the same)
    for at, line in enumerate(kept):
        if not line:
            body.append(line)
            continue
        if not prose and len(line) <= MAX_BUTTON_CHARS and BUTTON_BULLET_RE.match(line):
            removed.append(line)  # "• Print", "• メール": the page's share buttons, before the text
            continue
        first_prose = not prose  # (no line of the article's text before this one)
        if first_prose and len(line) >= BANNER_MIN_CHARS and _foreign_banner(kept, at):
            removed.append(line)
            continue
        if first_prose and len(line) <= MAX_FURNITURE_CHARS and WELCOME_LINE_RE.match(line):
            removed.append(line)
            continue
        if FOLLOW_US_RE.match(line):
            removed.append(line)  # (the site asking to be followed)
            continue
        prose = prose or len(line) >= MIN_PROSE_CHARS
        match = SOURCE_LINE_RE.match(line)
        if match:
            _source_from_value(match.group("value"), source)
            if is_stamp(line):  # "Source: Xinhua 2016-07-05 21:48:21": also the page's stamp
                body.append(line)
            else:
                removed.append(line)
            continue
        trail = TRAIL_PREFIX_RE.match(line) if first_prose and TRAIL_MARK_RE.search(line) else None
        if trail is not None and len(line[trail.end():].split()) >= TRAIL_TAIL_WORDS:
            removed.append(line[:trail.end()].strip())  # "Home»Noticias»Jimmy Morales nombra …": the headline
            line = line[trail.end():]
        glued = GLUED_HOME_RE.match(line) if first_prose else None
        if glued is not None and len(line[glued.end():].split()) >= TRAIL_TAIL_WORDS:
            removed.append(line[:glued.end()])  # "HomeGreece": the trail, glued
            line = line[glued.end():]
        match = LONE_URL_RE.match(line)
        if match:
            source.setdefault("url", match.group("url").rstrip(".,;"))
            removed.append(line)
            continue
        if "@" in line and EMAIL_LINE_RE.match(line):
            removed.append(line)
            continue
        match = OUTLET_DOMAIN_RE.match(line) or (OUTLET_MOTTO_RE.match(line) if first_prose else None)
        if match and "." in line:
            source.setdefault("name", match.group("name"))
            removed.append(line)
            continue
        byline = BYLINE_TAIL_RE.search(line, BYLINE_HEADLINE_MIN_CHARS) if first_prose else None
        if byline and is_stamp(byline.group("stamp")):  # (the headline, and the page's stamp for the dates)
            removed.append(line[byline.start():byline.start("stamp")].strip())
            body += [line[:byline.start()], byline.group("stamp")]
            continue
        piped = piped_headline(line) if first_prose and " | " in line else None
        if piped is not None:  # "Headline | News | DW | 23.03.2015": the headline, the site's words, the stamp
            headline, site, stamp = piped
            removed.extend([site] if site else [])
            body += [headline, stamp]
            continue
        glued = DATE_GLUED_BEFORE_RE.match(line) if first_prose and line[:1].isdigit() else None
        glued = glued or (DATE_UNDERSCORE_BEFORE_RE.match(line) if first_prose and "_" in line[:48] else None)
        if glued and is_stamp(glued.group("stamp")):  # "23 de septiembre de 2016El primer ministro …": two lines
            body += [glued.group("stamp"), glued.group("rest")]
            continue
        glued = BAR_BYLINE_GLUED_BEFORE_RE.match(line) if first_prose and line[:1].isdigit() and " | " in line else None
        if glued and is_stamp(glued.group("stamp")):  # (the page's stamp; the headline and what follows it)
            quoted = QUOTED_LEAD_GLUED_RE.match(glued.group("rest"))
            if quoted and len(quoted.group("headline").split()) >= QUOTED_LEAD_MIN_WORDS:
                body += [glued.group("stamp"), quoted.group("headline"), quoted.group("lead")]
            else:
                body += [glued.group("stamp"), glued.group("rest")]
            continue
        glued = CJK_DATE_SUFFIX_RE.match(line) if first_prose and "年" in line else None
        if glued:  # (the headline; the page's date for the dates; the date again and the address are
            #          the page's furniture; what follows, the rest of the line, goes on as it is)
            removed.append(glued.group("more"))
            body += [glued.group("rest"), glued.group("stamp")]
            line = glued.group("tail")
            if not line:
                continue
        split = stamp_glued_after(line) if first_prose else None
        if split is not None:  # "Putin meets Nazarbayev in Moscow 23 декабря 2014, 20:33": two lines
            body += list(split)
            continue
        between = stamp_between(line) if first_prose else None
        if between is not None:  # (three lines: the headline, the stamp, the lead)
            body += list(between)
            continue
        split = notice_glued_after(line) if first_prose and len(line) > MAX_HEADLINE_CHARS else None
        if split is not None:  # (the headline; the site's notice; the lead)
            headline, notice, lead = split
            removed.append(notice)
            body += [headline, lead]
            continue
        split = dateline_glued_after(line) if first_prose and "(" in line else None
        if split is not None:  # (the headline; the lead)
            body += list(split)
            continue
        split = bracketed_headline(line) if first_prose and line.lstrip().startswith(("[", "【")) else None
        if split is not None:  # (the headline; the lead)
            body += list(split)
            continue
        split = (lead_restating_a_name(line) or lead_restating_the_opening(line)) \
            if first_prose and len(line) > RESTATED_NAME_MAX_HEADLINE_CHARS else None
        if split is not None:  # (the headline; the lead)
            body += list(split)
            continue
        glued = GLUED_KOREAN_CAPTION_RE.match(line) if "사진" in line else None
        if glued:  # (the caption, then the text, each on a line of its own)
            body += [glued.group("caption"), glued.group("line")]
            continue
        glued = GLUED_IMAGE_RE.match(line) if "nh" in line else None
        if glued:  # (the image's caption goes on a line of its own)
            removed.append(line[glued.end("line"):glued.start("caption")].strip())
            body += [glued.group("line"), glued.group("caption")]
            continue
        if _is_boilerplate(line) or is_navigation(line) or RELATED_INLINE_RE.match(strip_marks(line)) \
                or chrome and len(line) <= MAX_FURNITURE_CHARS and _is_furniture(line) and line_key(line) in chrome \
                and not _own_headline(line, kept, at, first_prose, own) and not is_credit(line) \
                or " | " in line and is_ticker(line):  # (other stories' headlines in a row)
            removed.append(line)
            continue
        body.append(line)

    # 3. Headline: the best candidate line (see headline.py); short lines before it are the
    #    site's (its name, a category label), publication stamps are kept for the dates.
    labels: set[str] = set()  # (lines chosen that are a photo's label of names: chosen again without them)
    # (a line right over a photo's credit is the photo's caption; so is one printed again at once
    #  with the credit after it: "Trump with Tsipras." / "Trump with Tsipras. Photograph: UPI")
    credited = credited_lines(body) | placed_bylines(body) | thumbnail_captions(kept)
    sites = site_names(body)  # (the site's name a trail from the home page begins with)
    while True:
        title_at = choose_headline(body, recurring=lambda key: key in chrome and key not in own,
                                   never=lambda line: line in labels or line in credited or line in sites
                                   or is_caption(line) or is_credit(line) or agency_photo_paragraph(line))
        if title_at is None or not (names_only(body[title_at])
                                    or any(label.startswith(body[title_at] + " ") for label in labels)):
            break  # (a label cut short is one too: "الرئيس عبد الفتاح" over "الرئيس عبد الفتاح السيسي")
        labels.add(body[title_at])
    title = None
    if title_at is not None:
        title = strip_bullet(body[title_at]) or body[title_at]
        if title.endswith(".") and not title.endswith("..") and DOCUMENT_TITLE_RE.match(title):
            title = title[:-1]  # (a speech's title as official sites print it, a full stop after it)
        glued = STAMP_PREFIX_RE.match(title) or CJK_DATE_PREFIX_RE.match(title)
        if glued and is_stamp(glued.group("stamp")) and (len(glued.group("rest").split()) >= 3
                                                          or glued.re is CJK_DATE_PREFIX_RE):
            stamps.append(glued.group("stamp"))  # (the page's stamp, for the dates; the rest is the headline)
            title = glued.group("rest")
        glued = (STAMP_SUFFIX_RE.match(title) if ":" in title
                 else CJK_STAMP_SUFFIX_RE.match(title) if "分" in title else None)
        if glued and is_stamp(glued.group("stamp")):
            stamps.append(glued.group("stamp"))
            title = glued.group("rest")
        timed = TIME_PREFIX_RE.match(title) if ":" in title[:3] else None
        if timed and len(timed.group("rest").split()) >= 3:
            title = timed.group("rest")
        timed = TIME_SUFFIX_RE.match(title) if title.endswith((")", "）")) else None
        if timed:
            title = timed.group("rest")
        counted = COUNT_SUFFIX_RE.match(title) if title[-1:].isdigit() else None
        if counted:  # ("… со стороны Трампа5": the comments' count glued after the headline's last word)
            title = counted.group("rest")
        reposted = REPOST_PREFIX_RE.match(title)
        if reposted and reposted.group("rest").strip():
            title = reposted.group("rest").strip()  # ("原标题:…": a reposted report's own headline)
        sectioned = SECTION_PREFIX_RE.match(title) if ":" in title else None
        if sectioned:
            title = sectioned.group("rest")
        wired = DATELINE_PREFIX_RE.match(title) if "(" in title else None
        if wired and len(wired.group("rest").split()) >= 3:
            title = wired.group("rest")
        agency = AGENCY_PREFIX_RE.match(title)
        if agency and any(agency.group("agency") in line for line in body[title_at + 1:]) \
                and not any(title in line for line in body[title_at + 1:]):  # (not "Pool Report #2, …" again)
            title = agency.group("rest")
        doubled = DOUBLED_TITLE_RE.match(title) if ":" in title else None
        if doubled:
            title = doubled.group("rest")
        half = len(title) // 2
        if len(title) % 2 and title[half] == " " and title[:half] == title[half + 1:]:
            title = title[:half]  # (the headline printed twice on its line: the title bar's and the page's)
        printed = PRINT_SUFFIX_RE.match(title)
        if printed:
            title = printed.group("rest")
        switch = LANGUAGE_SWITCH_SUFFIX_RE.match(title) if title.endswith("]") else None
        if switch:
            title = switch.group("rest")
        prompted = QR_PROMPT_RE.sub("", title).strip() if "二" in title or "码" in title or "碼" in title else title
        if prompted and prompted != title and text_width(prompted) >= MIN_PROMPTED_CHARS:
            title = prompted
        addressed = SITE_SUFFIX_RE.match(title) if "." in title else None
        if addressed and len(addressed.group("rest").split()) >= 3:
            title = addressed.group("rest")
        bar = UNDERSCORE_SUFFIX_RE.match(title) if "_" in title else None
        if bar and not bar.group("rest").endswith(" ") and not HASHTAG_END_RE.search(bar.group("rest")):
            # (not a hashtag's words: "… منذ #الأزمة_الخليجية")
            title = bar.group("rest")
        tagged = AGENCY_TAG_SUFFIX_RE.match(title) if title[-1:].islower() else None
        if tagged:
            title = tagged.group("rest")
        named = SITE_NAME_SUFFIX_RE.match(title)
        if named and named.group("site").casefold() in {line.casefold() for line in body if line and line != title}:
            title = named.group("rest")  # ("… el mercado petrolero - 800Noticias" over a line "800Noticias")
        # (a menu on one line before the headline is the site's, however wide)
        menus = [line for line in body[:title_at] if line and is_cjk_menu(line)]
        removed.extend(menus)
        head = [line for line in body[:title_at] if line and line not in menus]
        if all(text_width(line) < MAX_PREFIX_CHARS for line in head):
            # (the header's "today" line is when the page was viewed: chrome, not a stamp)
            masthead = is_masthead_date(head)
            viewed = [is_today_line(line) or (i == 0 and masthead) for i, line in enumerate(head)]
            dated = [is_stamp(line) and not seen and not _founded(head, i)
                     for i, (line, seen) in enumerate(zip(head, viewed))]
            today.extend(line for line, seen in zip(head, viewed) if seen)
            # (a photo's caption over the headline stays the page's caption, its day a photo's: "… à Tokyo, le
            #  26 juin 2019. — Koji Sasahara/AP/SIPA")
            pictured = [not stamp and is_caption(line) for line, stamp in zip(head, dated)]
            removed.extend(line for line, stamp, photo in zip(head, dated, pictured) if not stamp and not photo)
            stamps.extend(line for line, stamp in zip(head, dated) if stamp)
            # (the page's title bar, the headline with the outlet and the day after it: "<headline> -
            #  РИА Новости, 27.09.2016": that day is the page's)
            stamps.extend(bar for bar in (_title_bar_stamp(line, title) for line in head) if bar)
            body = [line for line, photo in zip(head, pictured) if photo] + body[title_at + 1:]
        else:
            body = [line for line in body[:title_at] if line not in menus] + body[title_at + 1:]
    # (not a photo's caption that a credit tells, whatever its date: "21/10/2019 Chegada a Tóquio/Japão")
    stamped = [bool(line) and line not in credited and is_stamp(line) for line in body]
    stamps.extend(line for line, stamp in zip(body, stamped) if stamp)
    body = [line for line, stamp in zip(body, stamped) if not stamp]
    title_key = line_key(title) if title else None

    # 4. Blocks: captions, credits, repeated headlines, paragraphs.
    blocks: list[Block] = []
    after_repeat = False
    bylined = False  # (a byline stood over the lead: the lead's dateline is kept whole, as it was written)
    for line in body:
        if not line:
            continue
        if len(line.split()) <= BYLINE_LINE_MAX_WORDS and BYLINE_LINE_RE.match(line):
            removed.append(line)  # the byline: no paragraph, never the lead
            bylined = True
            continue
        if title and abs(len(line) - len(title)) <= 8 and line_key(line) == title_key:
            removed.append(line)  # the headline repeated before a photo
            after_repeat = True
            continue
        alt = IMAGE_ALT_RE.match(line) if DASHES_RE.search(line) else None
        if alt and alt.group("caption") and (not title_key or line_key(alt.group("alt")) == title_key
                                             or len(alt.group("alt")) < 160):
            removed.append(alt.group("alt"))
            blocks.append(Block("caption", alt.group("caption").strip()))
            after_repeat = False
            continue
        if is_credit(line):
            removed.append(line)
            # a credit under a line marks that line as a photo caption
            if blocks and blocks[-1].kind == "p" and len(blocks[-1].text) <= MAX_CAPTION_CHARS:
                blocks[-1] = Block("caption", blocks[-1].text)
            continue
        if blocks and blocks[-1].text == line and len(line) <= MAX_CAPTION_CHARS:
            # a line written twice running: a photo's description and its caption: once, as a
            # caption, so that it is not taken for the lead; but two full sentences of prose are
            # a paragraph the page printed twice (a lead copied again): once, as it was
            removed.append(line)
            if not _two_sentences(line):
                blocks[-1] = Block("caption", line)
            continue
        opened = line
        if not bylined and not any(block.kind == "p" for block in blocks):
            line = _strip_source_prefix(line, source)
        # (after the headline's repeat, a line that opened with a dateline or the source is the lead:
        #  "COLOMBO (News 1st) – Bilateral discussions … were held last night (March 23).")
        if is_caption(line) or (after_repeat and line == opened and _caption_after_repeat(line)) \
                or line in credited:
            blocks.append(Block("caption", line))
        else:
            blocks.append(Block("p", line))
        after_repeat = False

    return ParsedText(
        title=title,
        blocks=tuple(blocks),
        source=Source(name=source.get("name"), url=source.get("url")),
        removed=tuple(removed),
        stamps=tuple(stamps),
        today=tuple(today),
    )
