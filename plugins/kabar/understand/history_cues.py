"""Words that mark a day a news text writes as history, not its event's (folded text, the
language's words with English): a document's day ("the declaration of 27 April", "a February 5
press release"), the day a leader took office, a day told in the pluperfect, the day of the meeting
a visit follows up, the day two countries established relations, an upheaval's day, a day of last
year or one told as "last". :mod:`date_mentions` reads each day mention against them."""
from __future__ import annotations

import re

# The day two countries established their diplomatic relations, written right after the words for it
# ("establecieron relaciones diplomáticas el pasado 1 de mayo", "established diplomatic ties on 1 May
# 2018", "установили дипломатические отношения 1 мая") or, in Chinese, Japanese and Korean, right
# before them ("5月1日建交", "수교"): history, not the event (folded text)
RELATIONS_BEFORE_RE = re.compile(
    r"(?:diplomatic (?:relations|ties)|relaciones diplomaticas|relacoes diplomaticas|relations diplomatiques|"
    r"relazioni diplomatiche|diplomatische(?:n)? beziehungen|diplomatik iliski\w*|hubungan diplomatik|"
    r"quan he ngoai giao|diplomaticheski\w* otnosheni\w*|dyplomatyczn\w* stosunk\w*|diplomatick\w* styk\w*)"
    r"[^.;!?]{0,24}$")
RELATIONS_BEFORE_CHARS = 80
RELATIONS_AFTER_RE = re.compile(r"\s*(?:jianjiao|sugyo|guojiao)")
# A document named by its day: "the declaration of 27 April", "декларацию 27 апреля", "l'accord du
# 5 mars", "Deklarasi 27 April" (folded stems of en, ru, uk, fr, es, pt, it, de, nl, pl, id, ms, vi);
# a vote too: "el referéndum del 1 de octubre", "the elections of 8 November"
DOCUMENT_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:declaration|deklaratsi\w*|deklaracj\w*|declaracao|declaracion|dichiarazione|erklarung|"
    r"deklarasi|tuyen bo|joint statement|communique|kommyunike|memorandum|accords?|agreement|soglasheni\w*|"
    r"ugod\w*|acuerdo|acordo|abkommen|vereinbarung|kesepakatan|perjanjian|hiep dinh|thoa thuan|treaty|traite|"
    r"tratado|trattato|vertrag|verdrag|dogovor\w*|traktat\w*|"
    r"referendum\w*|referendo|plebiscit\w*|elections?|elecciones|eleicoes|elezioni|wahlen|vybor\w*|pemilu)"
    r"\s+(?:(?:of|du|de|del|do|vom|van|z|ot|tanggal|ngay)\s+)?$"
    # ... or any paper's day told as its date: "the ministry's statement dated Tuesday, November 5, 2024"
    r"|(?<![a-z])(?:dated|tertanggal|date du|datee du|fechad[oa] (?:el|en)|datad[oa] de|datiert vom)\s+(?:[a-z]+,?\s+)?$")
# ... or a document the day comes first in ("according to a February 5 press release", "his March 3
# letter"): the document's day, not the meeting's; a vote's too ("just two days after winning the May 21
# election", "the November 5 polls")
DOCUMENT_AFTER_RE = re.compile(r",?\s+(?:press releases?|statements?|communiques?|letters?|decrees?|memos?|"
                               r"(?:(?:general|presidential|parliamentary|federal|legislative|national) )?elections?|polls|vote|ballot|runoff|"
                               r"referendum)"
                               r"(?![a-z])")
# A day someone took office on: "after being sworn in as the Prime Minister on Sept 5", "since assuming
# the office of the Iranian President on August 23, 2021", "selepas mengangkat sumpah jawatan sebagai
# Perdana Menteri Thailand pada 5 Sept", "investi le 23 mai" (the
# cue within a clause before the day, folded): the start of a term, history to a meeting
SWORN_IN_BEFORE_RE = re.compile(r"(?<![a-z])(?:sworn in|took (?:the )?oath|came to power|coming to power|"
                                r"(?:took|taking|assumed|assuming) (?:the )?office(?: of [^.!?,;\n]{0,50})?|"
                                r"(?:meng)?angkat sumpah|dilantik|presto juramento|tomo posesion|tomou posse|"
                                r"prete serment|investie?|vereidigt)(?![a-z])"
                                r"(?:\s+(?:jawatan\s+)?(?:as|sebagai|como|comme|als|en tant que)\s[^.!?,;\n]{0,50})?"
                                r"\s*(?:on|pada|el|le|em|am)?\s*$")
SWORN_IN_BEFORE_CHARS = 90
# A day in a clause told in the pluperfect of French, Spanish, Italian or Portuguese ("M. Modi, qui avait
# été l'invité d'honneur pour le défilé du 14 juillet", "que había visitado Madrid el 3 de mayo"): a day
# before the report's own, history (the auxiliary within the clause, no comma between, folded text)
PLUPERFECT_BEFORE_RE = re.compile(r"(?<![a-z])(?:avait|avaient|habia|habian|aveva|avevano|tinha|tinham|havia|haviam)"
                                  r"\s[^.!?;,\n]{0,70}$")
PLUPERFECT_BEFORE_CHARS = 90
# ... or, in Turkish, whose verb ends the clause, a day whose clause ends on a verb in the pluperfect
# ("Mısır, 5 Haziran 2017'de … ilişkilerini kesmiş ve … başlamıştı"; folded): an earlier day
PLUPERFECT_AFTER_RE = {"tr": re.compile(r"[^.!?;\n]{0,160}?[a-z]m[iu]s(?:lar)?t[iu](?![a-z])")}
# A day in what a meeting follows up ("… para dar seguimiento a la reunión sostenida entre los presidentes
# … el 16 de noviembre", "to follow up on the leaders' talks of 16 November", "tindak lanjut pertemuan
# … 16 November"): the earlier meeting's, not the one reported (the cue within the sentence, folded)
FOLLOW_UP_BEFORE_RE = re.compile(r"(?<![a-z])(?:seguimiento (?:a|de)|seguimento a|follow(?:-| )?ups? (?:on|to|of)|"
                                 r"following up on|suite (?:a|au|aux)|seguito (?:a|al|alla|del|della)|tindak lanjut|"
                                 r"menindaklanjuti|v razvitie|vo ispolnenie)\s[^.!?;\n]{0,150}$")
FOLLOW_UP_BEFORE_CHARS = 180
# A day that names a past upheaval, an attack or a disaster: "la tentative de coup d'État du 15 juillet", "le 16 juillet 2016
# (lendemain du putsch manqué)", "15 Temmuz'da … darbe girişiminde" (the cue before the day, or in
# the words after it): history, never the meeting's day
UPHEAVAL_RE = re.compile(r"(?<![a-z])(?:putsch\w*|coups? d.?etat|(?:failed|attempted|military) coup|coup attempt|"
                         r"tentative de coup|darbe\w*|golpe de estado|intento de golpe|golpista\w*|perevorot\w*|"
                         r"attentat\w*|terakt\w*|anschlag\w*|massacre\w*|genocid\w*|intifad\w*|"
                         r"terror(?:ist)? attacks?|bomb(?:ing)? attacks?|suicide bombing\w*|saldiri\w*|atentado\w*|"
                         r"(?:surprise|hamas'?s?) attacks?|ataques? (?:sorpresa|de hamas)|attaques? (?:surprise|du hamas)|"
                         r"earthquake\w*|terremot\w*|seisme\w*|tremblement de terre|erdbeben\w*|tsunami\w*|zemletryasen\w*|"
                         r"deprem\w*|gempa bumi|dong dat|zlzl\w*|"
                         r"attentato\w*|zamach\w*|serangan (?:teror\w*|bom)|"
                         r"feto)(?![a-z])")  # (FETÖ, the Gülen movement's name in Turkish: "15 Temmuz … FETÖ")
UPHEAVAL_AFTER_CHARS = 60
# A day written as of last year: "el 18 de julio del año pasado", "le 18 juillet de l'an dernier",
# "18 июля прошлого года", "am 18. Juli letzten Jahres", "ngày 18/7 năm ngoái", "去年7月18日" (the
# Chinese and Japanese word before the day, in the original text): history, not the report's event
LAST_YEAR_AFTER_RE = re.compile(
    r",?\s*(?:(?:of|del|de|do|dell'|dello|des|van)\s*)?(?:last year|(?:l')?an(?:nee)? derniere?|ano pasado|ano passado|"
    r"anno scorso|letzten jahres|vergangenen jahres|vorigen jahres|vorig jaar|proshlogo goda|ubieglego roku|"
    r"zeszlego roku|minuleho roku|gecen yil|tahun lalu|tahun lepas|nam ngoai|nam truoc)(?![a-z])")
# a day without its year, then "last" (past the lead: the lead's own day may be written so, "arrivé le 23
# octobre dernier", in a report filed days later; Malay and Indonesian "pada 3 Okt lepas", "3 Oktober lalu")
PAST_DAY_AFTER_RE = re.compile(r"\s+(?:dernier|derniere|scorso|scorsa|pasado|passado|lepas|lalu)(?![a-z])")
LAST_YEAR_BEFORE_RE = re.compile(r"(?:去年|昨年|작년|지난해)\s*$")
