"""Photo captions and credits on a page copied as text: a credit's line ("Foto: VNA", "(AFP)",
"REUTERS/Jorge Silva"), a caption a credit closes or stands under, a gallery's labelled captions, a
correspondent's placed byline. Pure: used by :mod:`parse` to keep them out of the headline and the lead.
"""
from __future__ import annotations

import re

from .headline import PHOTO_DESK_CREDIT

# A lone photo or agency credit on its own line: "BNG", "VNA", "TTXVN", "Photo: VNA", "(写真:AFP/TTXVN)",
# "사진=연합뉴스", "Copyright: Getty Images", "Image: PA".
CREDIT_WORDS = (r"(?:(?i:copyright|image(?:\s+copyright)?|pic(?:ture)?|photos?|fotos?|fotó|fotoğraf|fot|anh|ảnh|credit|bildquelle|bild|cr[ée]dito|imagen|imágenes|imagem|imagens|фото|снимка|"
                r"φωτογραφία|φωτ)"
                r"|写真|图片来源|圖片來源|图片|圖片|照片|사진제공|사진|צילום|تصوير|صورة|عکس|फोटो|ภาพ|ფოტო)")
# ... "Photo credit:", "Photo courtesy:" as well as "Photo:"
CREDIT_SUFFIX = r"(?:\s+(?i:credits?|courtesy))?"
# "Фото Twitter / Петро Порошенко": the word, where the photo comes from, whose it is; "(Mark
# Wilson/Getty Images)", "JIM WATSON | AFP": a photographer and an agency
PHOTO_AGENCIES = (r"(?:AFP|AP|Reuters|REUTERS|EPA|EFE|Getty Images|Xinhua|TASS|Sputnik|ANSA|LaPresse|ANTARA|"
                  r"Yonhap|Kyodo|Bernama|VNA|PTI|ANI|DPA|dpa|ANP|Belga|Lusa|PAP|APA|MTI|Tanjug|Pool|POOL)")
CREDIT_LINE_RE = re.compile(rf"^(?:{CREDIT_WORDS}{CREDIT_SUFFIX}\s*[:：=]\s*\S.{{0,40}}|[(（]{CREDIT_WORDS}{CREDIT_SUFFIX}\s*[:：=]\s*[^()（）]{{1,40}}[)）]"
                            rf"|{CREDIT_WORDS}\s+[^\s/:|][^/:|]{{0,24}}\s/\s[^/|]{{2,48}}"
                            rf"|\([^()/]{{2,40}}(?:/\s*[^()/]{{2,30}})?/\s*{PHOTO_AGENCIES}\)"
                            rf"|[A-ZĐÀ-Ý][A-ZĐÀ-Ý .'-]{{2,40}}\s\|\s{PHOTO_AGENCIES}"
                            # "(AFP)", "(Roberto Stuckert Filho/PR)": an agency, or a photographer and the
                            # initials of whom they work for, in brackets on the line under a photo's caption
                            rf"|\(\s*{PHOTO_AGENCIES}\s*\)"
                            r"|\((?:[A-ZÀ-Ý][\w'’.-]+\s){1,4}[A-ZÀ-Ý][\w'’.-]+\s*/\s*[A-Z][A-Za-z]{1,9}\)"
                            r"|[A-ZĐ][A-ZĐ0-9/&.]{1,9})$")
# "… in Kyiv Tuesday, February 22 2022." printed again with "Source: Ukrainian president's office."
# after it: where the photo comes from (only after a line printed again: "Source: Xinhua" under a
# paragraph is the article's)
SOURCE_TAIL_RE = re.compile(r"(?i:source|fuente|fonte|quelle|источник|джерело|allikas|avots|šaltinis|kaynak)"
                            r"\s*:\s*\S.{0,60}")
MAX_CREDIT_CHARS = 80  # (the slash and bar forms; the others no longer than 50)
CREDIT_SHORT_FORM_RE = re.compile(rf"^(?:{CREDIT_WORDS}\s*[:：=]|[(（]{CREDIT_WORDS}\s*[:：=]|[A-ZĐ][A-ZĐ0-9/&.]{{1,9}}$)")
# a photo agency's name alone after a line printed again: "Waziri mkuu wa India Narendra Modi 路透社"
AGENCY_TAIL_RE = re.compile(rf"{PHOTO_AGENCIES}|路透社|法新社|美联社|美聯社|新华社|新華社|共同社|韩联社|韓聯社|塔斯社|"
                            r"视觉中国|視覺中國|ロイター|共同通信|연합뉴스|로이터")
# "... AP/Eugene Hoshiko/Pool", "... REUTERS/Jorge Silva", "... ANTARA FOTO/Puspa Perwitasari",
# "... ITAR-TASS/Alexei Nikolsky", "... AP Photo/Evan Vucci": an agency's photo credit closing a caption
CAPTION_AGENCY_CREDIT_RE = re.compile(r"(?:^|[.\s])(?:[A-Z]{2,}(?:-[A-Z]{2,})?(?: FOTO| PHOTO| Photo)?|Reuters|Antara)"
                                      r"/[A-Z][\w .'-]{1,40}"
                                      r"(?:/[A-Z][\w .'-]{1,30})?\s*\)?\.?$")
# "... (Photo: Quang Hoa)", "... (foto: VOV)", "... (Ảnh: TTXVN)", "... (ภาพ: Thong Nhat/VNA)", "… (출처:
# 연합뉴스)" at the end of a line (the credit's word in any of its languages, or "source")
CAPTION_CREDIT_RE = re.compile(
    rf"\((?:photograph|picture|image|illustration|ilustrasi|source|sumber|출처|{CREDIT_WORDS})\s*[:：]\s*[^()]{{1,80}}\)\s*\.?$",
    re.IGNORECASE)
# "... Vucic i Orban vozice se ... do Novog Sada. FOTO TANJUG/ ZORAN ZESTIC/ nr": the credit's word, the
# agency, a slash and its photographer (and the editor's initials) closing a caption
CAPTION_WORD_AGENCY_SLASH_RE = re.compile(r"\s(?:FOTO|PHOTO|Foto|Photo)\s+[A-Z][A-Za-z-]{1,15}\s?/\s?[A-ZÀ-Ž][\w.'-]+"
                                          r"(?:\s[A-ZÀ-Ž][\w.'-]+){0,3}\s?(?:/\s?[\w.]{1,12})?\s*$")
# "... - Foto: VNA" / "… — Photo: Reuters" / "…. Ảnh: TTXVN" / "…. Photograph: UPI" / "…. Picture: AP" at
# the end of a line.
CAPTION_DASH_CREDIT_RE = re.compile(r"(?:\s[-–—]|[.])\s*(?:photograph|photo|picture|image|foto|ảnh|anh)\s*:\s*\S[^.]{0,60}$",
                                    re.IGNORECASE)
# "… will attend the summit on Thursday. / AA", "… in Ankara. / Reuters": a sentence, then a slash and
# the agency's name or initials closing the line (the photo's credit, as Turkish outlets print it)
# ... or a sentence closed by a dash and its photographer's credit with the agencies after slashes: "…
# à Tokyo, le 26 juin 2019. — Koji Sasahara/AP/SIPA", or an agency alone: "… in Beijing. — AFP"
CAPTION_DASH_AGENCY_RE = re.compile(rf"[.!?…]\s+[—–]\s*(?:[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){{0,3}}\s?/\s?)?"
                                    rf"{PHOTO_AGENCIES}(?:\s?/\s?[A-Z][\w-]{{1,12}})?\s*$")
# a photographer and their employer, then the day the photo was taken, closing the line: "… desde 2023
# Ricardo Stuckert/PR - 6.7.2025"
CAPTION_PHOTOGRAPHER_DAY_RE = re.compile(r"\s[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}\s?/\s?[A-Z][\w.]{1,15}"
                                         r"\s+[-–—]\s+\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d\s*$")
# an agency's photographer and pool, passed on by another agency, closing the line: "… Sputnik/Vyacheslav
# Prokofyev/Pool via REUTERS"
CAPTION_VIA_AGENCY_RE = re.compile(r"\s[A-Z][\w.-]+(?:\s?/\s?[A-ZÀ-Ý][\w'’. -]{1,40}?){1,3}\s+via\s+"
                                   rf"(?:{PHOTO_AGENCIES}|Antara)\s*\.?$")
# a caption whose photo's day, written in full, runs into its credit after a slash: "… di sela-sela COP28 di Dubai,
# Jumat, 1 Desember 2023/Setpres RI", "… 2024/BPMI Setpres" (the office that took it, in capitals)
CAPTION_YEAR_CREDIT_RE = re.compile(r"\s(?:19|20)\d\d\s?/\s?[A-Z][A-Za-z.-]{1,15}(?:\s[A-Z][A-Za-z.-]{1,15}){0,2}\s*\.?$")
CAPTION_SLASH_AGENCY_RE = re.compile(rf"[.!?…]\s+/\s*(?:{PHOTO_AGENCIES}|AA|DHA|IHA|Anadolu(?: Agency)?)\s*$")
# a sentence closed by its photographer's credit, in words, then the pool and agency after slashes: "… on
# the island of Bali on November 16, 2022. Photo by Jane Doe / POOL / AFP"
CAPTION_PHOTO_BY_RE = re.compile(r"[.!?]\s+(?:Photo|Picture|Image|Foto)\s+by\s+[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}"
                                 r"(?:\s?/\s?[A-Z][\w.-]{1,20}(?:\s[A-Z][\w.-]{1,20})?){1,3}\s*\.?$")
# "... (Kenzaburo Fukuhara / Pool / AFP Photo)", "(Photo by Jane Doe/Getty Images)": a credit in
# parentheses closing a caption
# (not a headline's mark that the story has pictures: "… On Peace Agenda (PHOTO)", "(FOTO/VIDEO)")
CAPTION_PAREN_CREDIT_RE = re.compile(
    r"\((?!\s*(?:photos?|fotos?)\s*(?:[/+&]\s*videos?)?\s*\))[^()]{0,80}(?:\b(?:photo|foto|pool)\b|/\s*(?:AFP|AP|Reuters|REUTERS|EPA|Getty Images|Xinhua|TASS|Sputnik))"
    r"[^()]{0,40}\)\s*\.?$", re.IGNORECASE)
# "… tras su reunión en Ankara, el 8 de junio de 2022 (REUTERS/Umit Bektas)": the agency, a slash and
# its photographer, in parentheses closing a caption
CAPTION_AGENCY_PHOTOGRAPHER_RE = re.compile(rf"\S\s*\({PHOTO_AGENCIES}\s?/\s?[A-ZÀ-Ý][\w'.-]+(?:\s+[A-ZÀ-Ý][\w'.-]+){{0,3}}\)\s*\.?$"
                                            # ... or a handout's credit, the office and the photographer after
                                            # it: "(ANTARA/HO-Sekretariat Presiden-Muchlis Jr/pri.)"
                                            rf"|[.!?]\s*\({PHOTO_AGENCIES}\s?/\s?HO\b[^()]{{1,60}}\)\s*\.?$")
# "... no Palácio Apostólico (Roberto Stuckert Filho/PR)", "(Marcos Corrêa/PR)": a photographer's
# name, a slash and the office or agency's initials, in parentheses closing a caption
CAPTION_PAREN_PHOTOGRAPHER_RE = re.compile(
    r"\((?:[A-ZÀ-Ý][\w'.-]+\s+){1,3}[A-ZÀ-Ý][\w'.-]+\s?/\s?[A-Z][A-Za-z.]{0,5}[A-Z.]\)\s*\.?$")
# "… at the chancellery in Berlin.(AP: Kay Nietfeld/dpa)", "(ABC News: Ian Cutmore)": whose photo, a
# colon and the photographer's name (and agency), in parentheses closing a caption's sentence
CAPTION_SOURCE_PHOTOGRAPHER_RE = re.compile(
    r"[.!?]\s?\((?:[A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*){0,2}):\s?[A-ZÀ-Ý][\w'’.-]+(?:\s[A-ZÀ-Ý][\w'’.-]+){0,3}"
    r"(?:\s?/\s?[\w.-]{2,12})?\)\s*$")
# "…同埃及总统塞西举行会谈。新华社记者 庞兴雷 摄": a Chinese caption closed by its photographer's name
# and 摄 (photographed), the agency's reporter or a photographer before it
CAPTION_CJK_PHOTOGRAPHER_RE = re.compile(r"(?:记者|記者|摄影|攝影|摄影记者|攝影記者)\s*[\u4e00-\u9fff·・]{2,8}"
                                         r"(?:\s+[\u4e00-\u9fff·・]{2,8})*\s*(?:摄|攝)\s*[)）]?\s*$")
# "... in Bujumbura on August 20, 2015. PHOTO | LANDRY NSHIMIYE | AFP": a credit between bars
CAPTION_PIPE_CREDIT_RE = re.compile(r"(?:^|[.\s])(?:PHOTO|FOTO|Photo|Foto)\s*\|\s*[^|]{2,40}(?:\|\s*[^|]{2,30})?$")
CAPTION_DESK_CREDIT_RE = re.compile(PHOTO_DESK_CREDIT, re.IGNORECASE)  # "…2013.6.27.<청와대사진기자단>"
# "… 2015.04.23.  photo@newsis.com": a photo desk's address closing a caption
CAPTION_DESK_MAIL_RE = re.compile(r"\s(?:photo|foto|pic|image)[\w.-]*@[\w-]+(?:\.[\w-]+)+\s*$", re.IGNORECASE)
# "Merkel und Li am 24. Mai in Peking © AFP": a photo's copyright closing its caption
CAPTION_COPYRIGHT_RE = re.compile(r"\S\s*(?:[©ⓒ]\s*[^\W\d_]|\([cC]\)\s*[A-Z])[^©ⓒ()]{0,40}$")
# "<caption> | צילום: רויטרס", "<caption> | Foto: dpa": the credit's word after a bar
CAPTION_PIPE_WORD_CREDIT_RE = re.compile(rf"\S\s*\|\s*{CREDIT_WORDS}\s*[:：]\s*\S.{{0,40}}$")
# "... at the White House on Friday Crédito: AP": the credit's word and a photo agency, nothing after
CAPTION_WORD_AGENCY_CREDIT_RE = re.compile(rf"\S\s+{CREDIT_WORDS}\s*[:：]\s*(?:[^\s:/]+\s?/\s?)?{PHOTO_AGENCIES}\s*\.?$")
# "Dutch Prime Minister Mark Rutte | John Thys/AFP via Getty Images": a photographer, then the
# agency that sells the picture, after a bar
CAPTION_VIA_CREDIT_RE = re.compile(r"\s\|\s[^|]{2,60}(?:/|\bvia\s)[^|]{0,30}(?:Getty Images|Shutterstock|Alamy|"
                                   + PHOTO_AGENCIES + r")\s*\.?$")
# a photo gallery's label before each caption: "• サムネイル:握手を交わす両首脳" (thumbnail), "メイン画像:…" (main image)
THUMBNAIL_LABEL_RE = re.compile(r"^(?:[•·▪*-]\s*)?(?:サムネイル|メイン画像|缩略图|縮圖|썸네일|(?i:thumbnail|main image))\s*[:：]"
                                r"\s*(?P<caption>\S.*)$")
# a byline in capitals with the place it is written from: "STACEY KIRK À PARIS" (see placed_bylines)
PLACED_BYLINE_RE = re.compile(r"^(?P<name>[A-ZÀ-ÝĐ][A-ZÀ-ÝĐ'’.-]+(?: [A-ZÀ-ÝĐ][A-ZÀ-ÝĐ'’.-]+){1,2}) "
                              r"(?:À|IN|EN|EM|AUS|IM|AT|FROM|DESDE|DA|DE|DI|A|В|ИЗ) [A-ZÀ-ÝĐА-Я][A-ZÀ-ÝĐА-Я'’ .-]{1,30}$")


# a Korean agency's photo stamp closing its caption: "… (대통령실 제공) 2022.11.17/뉴스1 ⓒ News1 오대일 기자 |"
# (the photo's day, then the agency; its copyright and photographer after it), or the photo's
# provider in brackets at its end: "(대통령실 제공)" (provided by the presidential office)
# ... or "[사진=연합뉴스]", "사진=뉴시스" (photo = the agency) or "리마(페루)=연합뉴스" (the place, then the agency)
# closing it
KOREAN_PHOTO_CREDIT = r"[\[(]\s?사진\s?=\s?[^\[\]()\n]{1,20}[\])]"  # "[사진=연합뉴스]" (for parse's glued caption too)
CAPTION_KOREAN_PHOTO_RE = re.compile(rf"(?:{KOREAN_PHOTO_CREDIT}|(?:^|[\s./])사진\s?=\s?[^\s=]{{1,20}}"
                                     r"|[가-힣]{1,8}(?:\([가-힣]{1,8}\))?=(?:연합뉴스|뉴스1|뉴시스|News1|NEWSIS))\s*\|?\s*$")
CAPTION_KOREAN_STAMP_RE = re.compile(r"(?:19|20)\d\d\.\s?\d{1,2}\.\s?\d{1,2}\.?\s?/\s?(?:뉴스1|뉴시스|연합뉴스|News1|NEWSIS)"
                                     r"(?:\s*ⓒ[^|]{0,40})?\s*\|?\s*$|[(（][^()（）]{1,20}\s?제공[)）]\s*\|?\s*$")

# a picture agency's editorial caption, opened by its place and day in capitals, then a colon or the
# photo's restriction: "MOSCOW, RUSSIA - JUNE,10 (RUSSIA OUT) Russian President …", "KYIV, UKRAINE - MARCH 21:
# Japanese Prime Minister …" (not a dateline: "MANILA, PHILIPPINES - JULY 5 (PNA) -- …")
CAPTION_PLACE_DAY_OPENING_RE = re.compile(r"^[A-Z][A-Z .'’-]{1,30}, [A-Z][A-Z .'’-]{1,30} [-–] [A-Z]{3,9}\.?\s?,?\s?\d{1,2}"
                                          r"(?:,\s?\d{4})?\s?(?::|\((?:[A-Z]+ )+OUT\))")

# an agency's caption, one sentence that names who is pictured "with" whom "as they" do something and
# ends with the day the photo was taken: "French President Emmanuel Macron with Japan's Prime Minister
# Fumio Kishida as they meet for bilateral talks at Elmau Castle … on 26 June, 2022." (not a lead's
# "… met with …": a verb before "with")
CAPTION_WITH_AS_THEY_RE = re.compile(
    r"^(?P<who>[A-Z][^.!?\n]{4,120}?) with [^.!?\n]{4,120}? as (?:they|he|she) [^!?\n]{4,240}?(?:19|20)\d\d\.?$")
CAPTION_WITH_VERB_RE = re.compile(r"\b(?:met|meets|meeting|held|holds|spoke|speaks|talked|talks|shook|shakes|signed|"
                                  r"signs|visited|visits|discussed|discusses|agreed|agrees|said|says)\b")


def _with_as_they(line: str) -> bool:
    found = CAPTION_WITH_AS_THEY_RE.match(line)
    return found is not None and CAPTION_WITH_VERB_RE.search(found.group("who")) is None \
        and ". " not in line.rstrip(".")


def is_caption(line: str) -> bool:
    # (each credit's pattern is tried only on a line with the characters it needs: brackets, a colon,
    #  a slash; most lines have none of them, and each search runs over the whole line)
    paren = "(" in line and ")" in line
    colon = ":" in line or "：" in line
    return bool(paren and CAPTION_CREDIT_RE.search(line) or ":" in line and CAPTION_DASH_CREDIT_RE.search(line)
                or ("—" in line or "–" in line) and CAPTION_DASH_AGENCY_RE.search(line) is not None
                or ("/" in line or "제공" in line) and CAPTION_KOREAN_STAMP_RE.search(line) is not None
                or "=" in line and CAPTION_KOREAN_PHOTO_RE.search(line) is not None
                or "/" in line and (CAPTION_SLASH_AGENCY_RE.search(line) or CAPTION_PHOTOGRAPHER_DAY_RE.search(line)
                                    or CAPTION_VIA_AGENCY_RE.search(line) or CAPTION_PHOTO_BY_RE.search(line)
                                    or CAPTION_YEAR_CREDIT_RE.search(line))
                or "/" in line and CAPTION_AGENCY_CREDIT_RE.search(line)
                or paren and (CAPTION_PAREN_CREDIT_RE.search(line) or CAPTION_PAREN_PHOTOGRAPHER_RE.search(line)
                              or CAPTION_AGENCY_PHOTOGRAPHER_RE.search(line))
                or ("摄" in line or "攝" in line) and CAPTION_CJK_PHOTOGRAPHER_RE.search(line)
                or ":" in line and CAPTION_SOURCE_PHOTOGRAPHER_RE.search(line)
                or ("|" in line and (CAPTION_PIPE_CREDIT_RE.search(line) or CAPTION_VIA_CREDIT_RE.search(line)
                                     or CAPTION_PIPE_WORD_CREDIT_RE.search(line)))
                or ("©" in line or "ⓒ" in line or "(c)" in line.lower()) and CAPTION_COPYRIGHT_RE.search(line) is not None
                or colon and CAPTION_WORD_AGENCY_CREDIT_RE.search(line) is not None
                or (">" in line or "＞" in line or "〉" in line) and CAPTION_DESK_CREDIT_RE.search(line) is not None
                or "@" in line and CAPTION_DESK_MAIL_RE.search(line) is not None
                or CAPTION_PLACE_DAY_OPENING_RE.match(line) is not None
                or " as " in line and _with_as_they(line))


def agency_photo_paragraph(line: str) -> bool:
    """A paragraph an agency's photo credit closes ("… FOTO TANJUG/ ZORAN ZESTIC/ nr"): the photo's
    story, never the headline; kept as text (the agency's dateline in it often tells the day)."""
    return "/" in line and CAPTION_WORD_AGENCY_SLASH_RE.search(line) is not None


# a gallery's counter before a caption printed again: "1 de 1 21/10/2019 Chegada a Tóquio/Japão - Foto: …"
GALLERY_COUNTER_RE = re.compile(r"^\d{1,3}\s*(?:de|of|di|von|sur|из|z|/)\s*\d{1,3}\s+")


def credited_lines(body: list[str]) -> set[str]:
    """The photo captions a credit tells: a line right over a credit, one printed again at once with
    the credit after it ("Trump with Tsipras." / "Trump with Tsipras. Photograph: UPI"), and both
    lines of one printed again with a photo agency's name after it ("… Narendra Modi 路透社"). Not
    a line the page also prints elsewhere, with no credit after it: the headline, printed again as
    its photo's caption ("Prezidenti Česka a Polska si vyměnili …" over "Foto: Hans Štembera")."""
    credited: set[str] = set()
    over_credit: set[str] = set()
    for at, line in enumerate(body[:-1]):
        after = body[at + 1]
        if not line:
            continue
        if after and is_credit(after):
            over_credit.add(line)
            continue
        spaced = not after and at + 2 < len(body)
        if spaced:  # (printed again after a blank line with only a credit after it: "… italiano" / "" /
            after = body[at + 2]  # "… italianoAFP"; not the headline printed again over its photo's caption)
        counter = GALLERY_COUNTER_RE.match(after) if after[:1].isdigit() else None
        if counter is not None and after[counter.end():].startswith(line):
            after = after[counter.end():]  # (the counter is the gallery's, not the caption's)
        if after and after != line and after.startswith(line):
            if is_caption(after):
                if not spaced:
                    credited.add(line)
            elif AGENCY_TAIL_RE.fullmatch(after[len(line):].strip()) or is_credit(after[len(line):].strip()) \
                    or SOURCE_TAIL_RE.fullmatch(after[len(line):].strip()):
                credited.update((line, after))  # (both: "… na Índia" and "… na Índia Imagens: CIPRA")
    # (a line over a credit printed elsewhere with a blank line after it: on its own there)
    alone = {line for line, after in zip(body, [*body[1:], ""]) if line in over_credit and not after}
    return credited | (over_credit - alone)


def thumbnail_captions(body: list[str]) -> set[str]:
    """A photo gallery's labels ("サムネイル:握手を交わす両首脳", "メイン画像:…", "Thumbnail: …") and
    the captions they label, printed again under each photo: never the headline."""
    found: set[str] = set()
    for line in body:
        labelled = THUMBNAIL_LABEL_RE.match(line) if line else None
        if labelled:
            found.update((line, labelled.group("caption").strip()))
    return found


def placed_bylines(body: list[str]) -> set[str]:
    """A correspondent's byline in capitals with the place they write from ("STACEY KIRK À PARIS",
    "JOHN SMITH IN MOSCOW"), told by the name that opens another line of the page too (the
    photo's credit, "STACEY KIRK / STUFF"): never the headline."""
    found = set()
    for line in body:
        match = PLACED_BYLINE_RE.match(line) if line and line.isupper() else None
        if match and any(other != line and other.startswith(match.group("name")) for other in body):
            found.add(line)
    return found


def is_credit(line: str) -> bool:
    return len(line) <= MAX_CREDIT_CHARS and bool(CREDIT_LINE_RE.match(line)) and (
        len(line) <= 50 or not CREDIT_SHORT_FORM_RE.match(line))
