"""Real news pages, as editors copy them: site chrome before the headline, publication lines,
captions, year-less dates, third countries, leaders named alone, scripts without spaces.

Every text here is written for the tests (no real article is copied); each carries a trap
measured on real pages (README, "Measuring on real reports")."""
from __future__ import annotations

import pytest

from kabar.understand.actors import find_people
from kabar.understand.chrome import is_navigation, is_stamp, is_today_line, recurring_lines
from kabar.understand.countries import extract_countries
from kabar.understand.parse import extract_parts
from kabar.understand.pipeline import understand

# ------------------------------------------------------------------ headlines

HEADLINE_CASES = [
    # the site's name and a category label first; the headline's words come back in the lead
    ("Harian Nusantara\nFeatured News\n\nJokowi Holds Talks With Kazakh President in Astana\n\n"
     "President Joko Widodo held talks with Kazakh President Kassym-Jomart Tokayev in Astana on Tuesday, "
     "discussing trade and energy cooperation between the two countries in a long meeting.\n",
     "Jokowi Holds Talks With Kazakh President in Astana"),
    # a category label glued to a word, a dateline with a time, then the headline
    ("BeritaPolitik\n\nNews Kamis, 12 Mei 2022 | 08:15\n\nMenlu RI Terima Kunjungan Menlu Chile di Jakarta\n\n"
     "Menteri Luar Negeri RI menerima kunjungan Menteri Luar Negeri Chile di Jakarta, Rabu (11/5), untuk "
     "membahas kerja sama perdagangan dan pendidikan kedua negara.\n",
     "Menlu RI Terima Kunjungan Menlu Chile di Jakarta"),
    # navigation and a weather widget above it
    ("Search\nClose this search box\n27.4 C\nBack To Top\n\nPeru, Thailand agree to expand rice trade\n\n"
     "The foreign ministers of Peru and Thailand agreed in Lima on Monday to expand the rice trade and to "
     "open a direct flight between the two capitals next year.\n",
     "Peru, Thailand agree to expand rice trade"),
    # a photo caption opens the page; the headline follows it
    ("Chilean President Gabriel Boric, center left, and Thai Prime Minister, center right, review the guard "
     "of honour during the welcoming ceremony in Santiago, Monday, May 6, 2024.\n\n"
     "Thai leader visits Chile to boost fruit exports\n\nThe Thai Prime Minister arrived in Santiago for "
     "talks on fruit exports and investment with Chilean officials on Monday.\n",
     "Thai leader visits Chile to boost fruit exports"),
    # a breadcrumb trail and a bullet
    ("Home > News > World > Article\n» Kenya, Norway sign fisheries pact\n\nKenya and Norway signed a "
     "fisheries pact in Nairobi on Friday after two days of talks between their ministers.\n",
     "Kenya, Norway sign fisheries pact"),
    # the headline printed after the body, over its publication line
    ("Jakarta (ANTARA) - Presiden Chile tiba di Jakarta pada Senin untuk kunjungan kenegaraan dan bertemu "
     "Presiden Indonesia di Istana Merdeka untuk membahas kerja sama tembaga.\n"
     "Kedua pemimpin juga membahas perdagangan buah.\n"
     "Presiden Chile tiba di Jakarta untuk kunjungan kenegaraan\n"
     "Senin, 13 Mei 2024 14:44 WIB\n",
     "Presiden Chile tiba di Jakarta untuk kunjungan kenegaraan"),
    # a subtitle that the lead repeats is not the headline
    ("Ini Hasil Pertemuan Presiden dengan PM Norwegia\n\nPresiden menggelar pertemuan dengan PM Norwegia di "
     "Istana Bogor hari ini.\n\nJakarta - Presiden menggelar pertemuan dengan PM Norwegia di Istana Bogor "
     "hari ini. Kedua pihak membahas energi terbarukan dan perikanan.\n",
     "Ini Hasil Pertemuan Presiden dengan PM Norwegia"),
    # the page's section labels glued before the headline, which it prints alone too
    ("Home Europe Portugal and Ghana sign a cocoa accord in Accra\n\nPortugal and Ghana sign a cocoa accord in "
     "Accra\n\nThe foreign ministers of Portugal and Ghana signed a cocoa trade accord in Accra on Friday, "
     "after talks on ports.\n",
     "Portugal and Ghana sign a cocoa accord in Accra"),
    # a theme's numbered skip links, in English and in Chinese, open the page
    ("1. Skip to content\n  2. Skip to main menu\n  3. Skip to more sites of ours\n\n"
     "Chile and Ghana agree on cocoa research\n\nChile and Ghana agreed in Accra on Tuesday to fund joint "
     "cocoa research, their foreign ministers said after talks.\n",
     "Chile and Ghana agree on cocoa research"),
    ("1. 跳轉至內容\n  2. 跳轉至主選單\n  3. 跳轉到更多本台網站\n\n智利與迦納外長會晤 商議可可研究\n\n2016年5月3日\n\n"
     "智利外長週二抵達阿克拉，與迦納外長商議兩國可可研究合作。\n",
     "智利與迦納外長會晤 商議可可研究"),
    ("Back to Main page\nBack to Main page\nPeru and Kenya open a tea office in Lima\n\nPeru and Kenya opened "
     "a tea trade office in Lima on Monday, their trade ministers said.\n",
     "Peru and Kenya open a tea office in Lima"),
    # a site's menu first (its first item is the page's section, printed again under the headline),
    # and a summary under the headline that the lead opens with
    ("Andean Affairs & Diplomacy\nWorld\nBusiness & Economy\nSport\nPress Review\nSelect the city\nNews Feed\n"
     "Sections\nUse filter\nYou can filter your feed,\nby choosing only interesting\nsections.\nGo to Search\n\n"
     "Peru's president arrives in Kenya for state visit\n\nAndean Affairs & Diplomacy\nMay 19, 3:22 NAIROBI\n\n"
     "The Peruvian leader is scheduled to hold talks on Friday with his Kenyan counterpart in Nairobi\n\n"
     "NAIROBI, May 19. Peru's president has arrived in Kenya for a state visit.\n\n"
     "The Peruvian leader is scheduled to hold talks on Friday with his Kenyan counterpart in Nairobi. The two "
     "presidents plan to sign documents on tea and ports.\n",
     "Peru's president arrives in Kenya for state visit"),
    # the notice Russian law has sites print first, however long
    ("На информационном ресурсе применяются рекомендательные технологии (информационные технологии "
     "предоставления информации на основе сбора, систематизации и анализа сведений, относящихся к предпочтениям "
     "пользователей сети \"Интернет\")\n\nПеру и Кения открыли чайную палату\n\nМинистры торговли Перу и "
     "Кении открыли в Лиме чайную палату, сообщили в понедельник в правительстве.\n",
     "Перу и Кения открыли чайную палату"),
    # an old photo's caption, credited in brackets and printed twice, under the headline
    ("Menu Explore\nPeru calls Kenya, says tea talks start 'soon'\n\nBy Desk Staff\n\n"
     "Peru's president phoned Kenya's president on Wednesday and said tea talks would start soon.\n\n"
     "Peru's president speaks with Kenya's president at a past meeting in Lima (File image)(AP)\n"
     "Peru's president speaks with Kenya's president at a past meeting in Lima (File image)(AP)\n\n"
     "The two presidents spoke for an hour about tea, ports and flights between Lima and Nairobi.\n",
     "Peru calls Kenya, says tea talks start 'soon'"),
    # a portal's page: a skip link, the headline, the stamp, then the source's name, printed again
    # at the end (four characters: two words, too short to be a headline)
    ("ここから本文です\n\nチリとケニア首脳会談 茶の貿易拡大で合意\n\n3/15(金) 19:43配信\n\n東方新報\n\n"
     " ケニアを訪問中のボリッチ大統領は15日、ナイロビでルト大統領と会談し、茶の貿易拡大で合意した。両首脳は共同声明を発表した。\n\n"
     " 両国は直行便の開設も検討する。\n\n最終更新:3/15(金) 19:43\n\n東方新報\n",
     "チリとケニア首脳会談 茶の貿易拡大で合意"),
    # the lead's first sentence printed over it a little shorter (no full stop, "here" at its end):
    # a summary, not the headline above it
    ("Boric, Ruto meet in Nairobi\n\n10 March, 2024 02:13 PM EAT | PTI\n\nPresident Gabriel Boric on Saturday "
     "warmly received his Kenyan counterpart William Ruto before their much-anticipated talks on the sidelines "
     "of the summit here\n\nPresident Gabriel Boric on Saturday warmly received his Kenyan counterpart William "
     "Ruto before their much-anticipated talks on the sidelines of the summit.\n\nThe two leaders shook hands "
     "and posed for photographers before settling down for delegation-level talks.\n",
     "Boric, Ruto meet in Nairobi"),
    # a ministry's page: the country, the date, a short headline and the photo's credit, both twice
    ("チリ共和国\n\n平成31年3月15日\n日チリ首脳会談\n(写真提供:内閣広報室)\n日チリ首脳会談\n(写真提供:内閣広報室)\n\n"
     " 本15日,安倍総理は,ボリッチ・チリ大統領との間で日チリ首脳会談を行ったところ,概要は以下のとおり。\n\n"
     "1 両首脳は,茶の貿易と直行便について意見交換を行った。\n", "日チリ首脳会談"),
]


@pytest.mark.parametrize("text, headline", HEADLINE_CASES)
def test_headline_among_candidate_lines(text, headline):
    assert extract_parts(text).title == headline


def test_lines_recurring_across_the_folder_are_chrome_whatever_their_wording():
    page = "Kabar Harian Online Terpercaya\n\n{title}\n\n{lead}\n"
    leads = [
        ("Kenya dan Chile sepakat perluas perdagangan", "Menteri Luar Negeri Kenya dan Chile bertemu di Nairobi "
         "pada Senin dan sepakat memperluas perdagangan kedua negara."),
        ("Peru dan Norwegia bahas perikanan", "Menteri Luar Negeri Peru dan Norwegia bertemu di Lima pada Selasa "
         "untuk membahas perikanan dan energi kedua negara."),
        ("Thailand dan Chile teken kerja sama buah", "Menteri Thailand dan Chile menandatangani kerja sama buah "
         "di Bangkok pada Rabu disaksikan kedua perdana menteri."),
    ]
    texts = [page.format(title=t, lead=lead) for t, lead in leads]
    chrome = recurring_lines(texts)
    assert "kabar harian online terpercaya" in chrome
    for text, (title, _) in zip(texts, leads):
        parsed = extract_parts(text, chrome)
        assert parsed.title == title
        assert "Kabar Harian Online Terpercaya" not in parsed.body_text


def test_the_sites_name_repeated_in_its_footer_is_not_the_headline():
    # the site's name opens every page and comes back in its footer and photo credits
    page = ("Skip to main content\nThe Harbour Post\nHome | World | Business\nSearch\nWednesday, 4 March 2026\n"
            "World\n{title}\nBy Staff Writer\nPublished: 24 November 2025 16:24\nShare\n{lead}\n\n"
            "The two leaders shake hands. Photo: Harbour\n\nComments (0)\n\u00a9 2026 The Harbour Post. All rights reserved.\n")
    leads = [("Okafor meets Lindqvist on sidelines of ocean forum", "On the margins of the ocean forum in Lisbon, "
              "Nigerian President Chidi Okafor held talks with Swedish Prime Minister Eva Lindqvist on Sunday."),
             ("Mendes receives Tanaka in Brasilia", "Brazilian Foreign Minister Ana Mendes hosted her Japanese "
              "counterpart Hiro Tanaka for talks on trade and energy on Monday."),
             ("Kenyan and Chilean ministers talk copper", "The foreign ministers of Kenya and Chile discussed "
              "copper exports and shipping routes in Nairobi on Tuesday.")]
    texts = [page.format(title=t, lead=lead) for t, lead in leads]
    chrome = recurring_lines(texts)
    assert [extract_parts(text, chrome).title for text in texts] == [t for t, _ in leads]


def test_other_stories_listed_on_many_pages_are_not_chrome():
    # each page lists the site's other stories: a story's own headline, listed on three other
    # pages, is still its headline
    title = "Peru and Kenya agree on tea trade"
    own = f"The Harbour Ledger\n{title}\nThe foreign ministers of Peru and Kenya agreed in Lima on Monday to expand the tea trade.\n"
    others = [f"Other story {n} about fisheries\nThe ministers of Chile and Norway met in Oslo on day {n} for fisheries talks.\n"
              f"Most read\n{title}\nChile and Ghana sign cocoa accord\n" for n in range(4)]
    chrome = recurring_lines([own, *others])
    assert title.lower() not in chrome
    assert extract_parts(own, chrome).title == title


@pytest.mark.parametrize("text, headline", [
    # the browser's title bar, "headline - site", copied above the page
    ("Peru and Kenya agree on tea trade - The Harbour Ledger\nThe Harbour Ledger\nHome | World | Sport\n"
     "Peru and Kenya agree on tea trade\nThe foreign ministers of Peru and Kenya agreed in Lima on Monday to expand "
     "the tea trade between the two countries.\n",
     "Peru and Kenya agree on tea trade"),
    ("Chile y Ghana firman un acuerdo sobre el cacao | El Heraldo del Sur\nChile y Ghana firman un acuerdo sobre "
     "el cacao\nLos ministros de Comercio de Chile y Ghana firmaron el lunes en Acra un acuerdo sobre el cacao.\n",
     "Chile y Ghana firman un acuerdo sobre el cacao"),
    # a Chinese site's title bar, the site's name glued on by an underscore, over the headline and its stamp
    ("智利外长会见加纳外长_今日某某网\n智利外长会见加纳外长 未知 2024-11-21 12:46\n"
     "4月14日下午，智利外长在阿克拉会见加纳外长，双方就可可贸易交换意见。\n",
     "智利外长会见加纳外长"),
])
def test_the_title_bar_copied_above_the_page(text, headline):
    assert extract_parts(text).title == headline


def test_a_sentence_many_reports_share_is_a_fact_not_chrome():
    fact = "Nilai perdagangan bilateral pada tahun 2023 mencapai 5 miliar dolar AS."
    texts = [f"Judul berita nomor {i} tentang kerja sama\n\nParagraf pembuka berita nomor {i} yang cukup panjang "
             f"untuk menjadi lead sebuah artikel berita.\n{fact}\n" for i in range(4)]
    chrome = recurring_lines(texts)
    assert fact in extract_parts(texts[0], chrome).body_text


@pytest.mark.parametrize("line, stamp", [
    ("Kamis, 30 Juni 2022 | 00:06", True),
    ("oleh A. Penulis diperbarui 09 Jan 2023, 16:20 WIB", True),
    ("July 1, 2024 | 10:14 GMT +7", True),
    ("29 ноября 2021, 09:20,", True),
    ("http://news.example.com   [2013-10-05]", True),
    ("点击:  作者:记者    来源:新华社  发布时间:2017-11-15 10:21:14", True),
    ("The two presidents met on 30 June 2022 in Moscow and discussed grain exports.", False),
    ("Presiden Chile tiba di Jakarta untuk kunjungan kenegaraan", False),
    # a Chinese, Japanese or Korean date with a time and a source is a publication line; a headline
    # that opens with a day is not (its words run together, unspaced)
    ("2019年3月4日 08:15:00 来源: 南方日报 记者 王某", True),
    ("2019년 3월 4일 (월) 08:15", True),
    ("2019年3月4日", True),
    ("令和元年5月7日", True),
    ("3月4日 首相が大統領と会談へ 経済協力を確認", False),
    ("3月4日 09時15分 首相が大統領と会談へ 経済協力や北部の港湾開発などを協議する見通し", False),
])
def test_publication_lines(line, stamp):
    assert is_stamp(line) is stamp


@pytest.mark.parametrize("line, navigation", [
    # a theme's skip links and the way back to the front page, in many languages, numbered or not
    ("Skip to content", True),
    ("2. Skip to main menu", True),
    ("3. Skip to more sites of ours", True),
    ("Back to Main page", True),
    ("Zum Inhalt springen", True),
    ("Перейти к содержимому", True),
    ("1. 跳轉至內容", True),
    ("跳轉到更多本台網站", True),
    ("본문 바로가기", True),
    ("コンテンツへスキップ", True),
    # a site's name as its header writes it
    ("Official website of the President of Chile", True),
    ("Официальный сайт Президента Чили", True),
    ("Site officiel du gouvernement", True),
    # a headline that only starts like one is not
    ("Official visit of the President of Chile ends in Nairobi", False),
    ("Skip to the end of the war, the president said in Lima on Monday", False),
    ("Back to the table: Peru and Chile resume fisheries talks", False),
    ("跳水隊訪問智利 兩國簽署體育合作備忘錄", False),
])
def test_navigation_lines(line, navigation):
    assert is_navigation(line) is navigation


# ------------------------------------------------------------------ people and countries

@pytest.mark.parametrize("text, people", [
    ("Presiden Jokowi bertemu Vladimir Putin di Moskow.", ["joko-widodo", "vladimir-putin"]),
    ("Путин встретился с Джоко Видодо; переговоры Путина длились час.",
     ["vladimir-putin", "joko-widodo", "vladimir-putin"]),  # Russian case endings
    # soft-stem endings, and a soft sign some outlets write: "Си Цзиньпиня", "Си Цзиньпинь"
    ("По словам Си Цзиньпиня, переговоры шли час. Си Цзиньпинь вручил орден.", ["xi-jinping", "xi-jinping"]),
    # a name ending in a word of two letters takes its case ending too: "с Мун Чжэ Ином"
    ("Путин провёл переговоры с Мун Чжэ Ином и Ким Чен Ыном.", ["vladimir-putin", "moon-jae-in", "kim-jong-un"]),
    # a German genitive: "an der Seite Macrons", "Putins Sprecher" (not "Abes": too short to tell)
    ("Trump sprach an der Seite Macrons; Putins Sprecher schwieg.", ["emmanuel-macron", "vladimir-putin"]),
    ("Tổng Bí thư Tô Lâm hội đàm với Tổng thống Putin.", ["to-lam", "vladimir-putin"]),
    ("习近平会见普京。", ["xi-jinping", "vladimir-putin"]),  # no spaces between words
    # the family name alone after a title, as the Chinese press writes most foreign leaders
    ("英国首相卡梅伦同国家主席习近平举行会谈。", ["david-cameron", "xi-jinping"]),
    ("Kim Jong-un et Moon Jae-in se sont serré la main.", ["kim-jong-un", "moon-jae-in"]),
    # a name that is also a word counts after a title, or when the text names the person fully
    ("President Trump met the press.", ["donald-trump"]),
    ("He played his trump card. Trump said nothing.", []),
    # ... in lower case, as the Romance languages and Dutch write titles; a German title with its umlaut
    ("Selon le président Hollande, la Hollande suivra.", ["francois-hollande"]),
    ("El presidente Trump recibió al primer ministro japonés.", ["donald-trump"]),
    ("Volgens premier Abe is de relatie goed.", ["shinzo-abe"]),
    ("Präsident Trump sprach lange.", ["donald-trump"]),
    ("Cumhurbaşkanı Trump ile görüştü.", ["donald-trump"]),
    ("Le président a joué son atout. Trump est un mot anglais.", []),
    ("Shinzo Abe arrived. Abe then met reporters.", ["shinzo-abe", "shinzo-abe"]),
    ("according to Lam, the road is closed", []),  # "To Lam" is case-sensitive
    # Devanagari has no capitals: a name is matched as a whole word of its script
    ("प्रधानमंत्री नरेंद्र मोदी ने राष्ट्रपति पुतिन से मुलाकात की", ["narendra-modi", "vladimir-putin"]),
    ("मोदीनगर में मेला", []),  # a town's name that begins with one
    # more scripts: Thai, Arabic, Tamil (a whole word of its script)
    ("นายกรัฐมนตรีพบกับ โดนัลด์ ทรัมป์ ที่ทำเนียบขาว", ["donald-trump"]),
    ("التقى الملك سلمان مع الرئيس الإندونيسي جوكو ويدودو", ["king-salman", "joko-widodo"]),
    ("பிரதமர் நரேந்திர மோடி இன்று சந்தித்தார்", ["narendra-modi"]),
    ("பிரதமர் மஹாதிர் முகமதுவுக்கு நன்றி", ["mahathir-mohamad"]),  # a case ending on the family name
    # the names a language's press gives foreign leaders; the dish is not the man
    ("Vladimir Poutine a reçu Emmanuel Macron. Poutine a parlé.", ["vladimir-putin", "emmanuel-macron",
                                                                  "vladimir-putin"]),
    ("Wladimir Putin und Sergej Lawrow in Berlin", ["vladimir-putin", "sergey-lavrov"]),
    ("Raja Salman tiba di Jakarta disambut Presiden Jokowi", ["king-salman", "joko-widodo"]),
    ("Une poutine au fromage, servie chaude.", []),
    # a misspelling the press often prints ("Xi Jingping"), in Latin letters and in Devanagari
    ("Prime Minister Narendra Modi met Chinese President Xi Jingping on Friday.", ["narendra-modi", "xi-jinping"]),
    ("मोदी और शी जिंगपिंग ने चर्चा की", ["narendra-modi", "xi-jinping"]),
    # a name that is otherwise a word in lower case only ("maduro": ripe), with its capital inside a
    # sentence; not at a sentence's start, nor on a line in title case
    ("La visita de Maduro a Rusia se dio tras la cumbre.", ["nicolas-maduro"]),
    ("\"We agreed,\" said Trump after the call.", ["donald-trump"]),
    ("Maduro está el fruto. El fruto maduro cae.", []),
    ("Playing The Trump Card In Asia", []),
    # a Russian first name declined too ("с Раулем Кастро")
    ("Путин провёл переговоры с Раулем Кастро.", ["vladimir-putin", "raul-castro"]),
    # Polish case endings on each word of a name; a name that is also a word, declined, after a title
    ("Premier spotkał się z kanclerzem Niemiec, Olafem Scholzem.", ["olaf-scholz"]),
    ("Rozmowa z prezydentem Trumpem trwała godzinę.", ["donald-trump"]),
    # ... and beside a person named plainly ("Draghi e Macron"); not the word it also is
    ("Accordo fatto. Draghi e Macron firmano il trattato.", ["mario-draghi", "emmanuel-macron"]),
    ("Rozmowa z Putinem i Trumpem.", ["vladimir-putin", "donald-trump"]),
    ("Nella leggenda i draghi volano. Draghi antichi.", []),
    ("Sebastian Kurz kam nach Berlin. Kurze Zeit später sprach er.", ["sebastian-kurz"]),
    # a Japanese family name alone, as the press writes the prime minister; a short name with its title
    ("石破首相はチン首相と会談した。", ["shigeru-ishiba", "pham-minh-chinh"]),
    # ... and the title with the family name of a leader who has one of one character ("習主席")
    ("トランプ大統領と習主席は会談した。", ["donald-trump", "xi-jinping"]),
    # Greek names in their own script, with the accusative Greek writes after "με τον" ("Παυλόπουλο"),
    # and the Turkish spelling of a Greek one
    ("Ο Αλέξης Τσίπρας συναντήθηκε με τον Ερντογάν και τον Προκόπη Παυλόπουλο.",
     ["alexis-tsipras", "recep-tayyip-erdogan", "prokopis-pavlopoulos"]),
    ("Erdoğan, Yunanistan Başbakanı Aleksis Çipras ile görüştü.", ["recep-tayyip-erdogan", "alexis-tsipras"]),
    # a final ya written as alef maksura, as Egyptian sites write it ("السيسى" for "السيسي")
    ("استقبل الرئيس عبد الفتاح السيسى ولي العهد", ["abdel-fattah-el-sisi"]),
    # a Hungarian name in Hungarian order, family name first (the family name alone is also a Romanian's)
    ("Egyetértés született Orbán Viktor miniszterelnök és Vlagyimir Putyin között.", ["viktor-orban", "vladimir-putin"]),
])
def test_leaders_and_ministers_in_any_script(text, people):
    assert [m.person for m in find_people(text)] == people


@pytest.mark.parametrize("title, body, lang, pair", [
    # Ukraine discussed in talks held in Moscow: the two who meet are the pair
    ("Jokowi meets Putin in Moscow", "President Joko Widodo met Vladimir Putin at the Kremlin on Thursday and "
     "conveyed a message from Ukraine's President Zelensky. The war in Ukraine and Ukrainian grain were "
     "discussed. Ukraine, Ukraine, Ukraine and Russia.", "en", ("ID", "RU")),
    # a leader named alone makes their country one of the pair (a Malaysian paper's "PM")
    ("PM arrives in Jakarta for first official visit", "JAKARTA: Prime Minister Anwar Ibrahim has arrived for "
     "a two-day visit at the invitation of President Joko Widodo.", "en", ("ID", "MY")),
    # the host of a summit venue is not one of the pair
    ("Trump and Kim meet in Singapore", "US President Donald Trump and North Korean leader Kim Jong Un met on "
     "Sentosa island in Singapore. Singapore hosted the summit; Singapore police closed roads in Singapore.",
     "en", ("KP", "US")),
    # names in scripts without spaces, and a Japanese word for the pair (日露 = Japan-Russia)
    ("日露首脳会談", "安倍首相はプーチン大統領と山口県で会談した。", "ja", ("JP", "RU")),
    ("习近平会见马来西亚总理", "国家主席习近平在吉隆坡同马来西亚总理举行会谈。", "zh", ("CN", "MY")),
    # the home country's time zone is no party to the talks ("日本時間", "Japan time")
    ("首脳会談始まる", "トランプ大統領と中国の国家主席の会談は6日(日本時間7日)、フロリダ州で始まった。"
     "日本時間の朝、日本時間の昼にも協議が続いた。", "ja", ("CN", "US")),
    ("Leaders meet in Florida", "President Donald Trump met China's president in Florida on Thursday "
     "(Friday Japan time); the talks went on into Friday morning Japan time and Friday noon Japan time.",
     "en", ("CN", "US")),
    # three leaders in the lead: the two its first sentence has talking, not the one they talk about
    ("Press office of the Kremlin", "President Vladimir Putin and South Korea's President Moon Jae-in discussed "
     "the inter-Korean summit by telephone. On Sunday, Kim Jong Un offered to close a test site, and Kim Jong Un "
     "invited reporters.", "en", ("KR", "RU")),
])
def test_country_pair_from_who_acts(title, body, lang, pair):
    found = extract_countries(body, lang, title=title)
    assert (found.codes, found.scope) == (pair, "pair")


@pytest.mark.parametrize("title, body, lang, pair", [
    # case endings written on the name: Georgian (Armenia's, Georgia's), Armenian, Bengali, Tamil
    ("ვიზიტი სომხეთში", "საქართველოს პრეზიდენტი სომხეთის დედაქალაქში ჩავიდა და სომხეთის პრეზიდენტს შეხვდა.",
     "ka", ("AM", "GE")),
    ("Այց Վրաստան", "Հայաստանի նախագահը հանդիպեց Վրաստանի նախագահին Թբիլիսիում:", "hy", ("AM", "GE")),
    ("ভারত সফর", "বাংলাদেশের প্রধানমন্ত্রী ভারতের প্রধানমন্ত্রীর সঙ্গে বৈঠক করেছেন।", "bn", ("BD", "IN")),
    ("இலங்கை ஜனாதிபதி", "இலங்கையின் ஜனாதிபதி இந்தியாவின் பிரதமரை சந்தித்தார்.", "ta", ("IN", "LK")),
    # a country's name before it changed ("Македония", North Macedonia since 2019)
    ("Борисов в Скопие", "Премиерът Бойко Борисов пристигна в Македония за подписването на договора "
     "между България и Македония.", "bg", ("BG", "MK")),
])
def test_country_names_with_their_case_endings_and_older_names(title, body, lang, pair):
    found = extract_countries(body, lang, title=title)
    assert (found.codes, found.scope) == (pair, "pair")


def test_three_leaders_named_together_first_stay_several():
    found = extract_countries("President Donald Trump, President Moon Jae-in and Prime Minister Shinzo Abe met in "
                              "Hamburg. Later, Trump spoke with Abe and Moon.", "en", title="Leaders meet")
    assert found.scope == "multi" and found.codes == ("JP", "KR", "US")


@pytest.mark.parametrize("text, pair", [
    # people no list knows, introduced by a title with their country, act for it: the summit's host
    # and the conflict discussed are only mentioned
    ("Okafor meets Lindqvist on sidelines of ocean forum\nOn the margins of the ocean forum in Lisbon, Portugal, "
     "Nigerian President Chidi Okafor held talks with Swedish Prime Minister Eva Lindqvist on Sunday.\n"
     "The situation in Sudan was also discussed. Portugal hosts the forum every year in Lisbon, Portugal.\n",
     ("NG", "SE")),
    ("Almeida trifft Kravchuk am Rande des Forums\nAm Rande des Forums in Davos (Schweiz) kamen am Mittwoch die "
     "brasilianische Präsidentin Fernanda Almeida und die ukrainische Präsidentin Iryna Kravchuk zusammen. Auch "
     "die Lage in Syrien kam zur Sprache.\nDie Schweiz ist Gastgeber des Forums.\n", ("BR", "UA")),
    # a listed leader's family name on someone else, whose title gives another country: a namesake
    ("Culture week opens in Canberra\nThe Vietnamese culture week opened in Canberra on Sunday; Vietnamese "
     "Deputy Foreign Minister Mai Duc Khoi and Australian Deputy Foreign Minister Sarah Blinken attended.\n",
     ("AU", "VN")),
    # a standfirst before the lead; an English possessive before the title ("Malaysia's Prime Minister")
    ("Ruiz and Tanaka discuss Myanmar in phone call\nChile and Japan want closer ties in mining.\n"
     "By A. Writer\nOn Tuesday, Chilean President Elena Ruiz spoke by phone with Japan's Prime Minister Aiko "
     "Tanaka about copper.\nThe conflict in Myanmar was also discussed. Myanmar, Myanmar.\n", ("CL", "JP")),
    # a plural name's genitive ("Президент Филиппин"); the summit's host is not one of the pair
    ("Встреча на полях саммита\nПрезидент Филиппин Рамон Санчес и премьер-министр Японии Аико Мори "
     "встретились на полях саммита в Бангкоке.\n", ("JP", "PH")),
    # Indonesian newsrooms write "Chili"; the UN's host city is no party
    ("Menlu Peru bertemu Menlu Chili\nMenteri Luar Negeri Peru Ana Ruiz bertemu Menteri Luar Negeri Chili "
     "Pablo Soto di sela Sidang Majelis Umum PBB di New York, Amerika Serikat.\n", ("CL", "PE")),
])
def test_country_pair_from_the_titled_people_who_act(text, pair):
    record = understand(text.encode("utf-8"), "report.txt").record
    assert (record.countries.codes, record.countries.scope) == (pair, "pair")


# ------------------------------------------------------------------ the whole reading

def test_a_real_shaped_page_read_end_to_end():
    page = ("Kabar Dunia\nBeritaInternasional\n\nSenin, 12 Mei 2025 | 09:10 WIB\n\n"
            "Presiden Chile Temui Prabowo di Istana Merdeka\n\n"
            "Presiden Chile disambut oleh Presiden Prabowo Subianto di Istana Merdeka, Jakarta. (Foto: Setpres)\n\n"
            "Jakarta - Presiden Prabowo Subianto menerima kunjungan kenegaraan Presiden Chile Gabriel Boric "
            "di Istana Merdeka, Jakarta, Minggu malam, membahas kerja sama tembaga dan buah-buahan.\n\n"
            "Kedua pemimpin juga membahas situasi di Ukraina dan Timur Tengah.\n")
    record = understand(page.encode("utf-8"), "x.txt").record
    assert record.title == "Presiden Chile Temui Prabowo di Istana Merdeka"
    assert record.lang == "id"
    assert (record.countries.codes, record.countries.scope) == (("CL", "ID"), "pair")
    # "Minggu malam" (Sunday evening) read against the page's own date, Monday 12 May 2025 (a day
    # when both presidents were in office: a page's date outside it is not when the page was written)
    assert (record.date.iso, record.date.how, record.date.published) == ("2025-05-11", "weekday", "2025-05-12")
    assert "Kabar Dunia" not in record.parsed.body_text and "12 Mei 2025" not in record.parsed.body_text


@pytest.mark.parametrize("tool", ["make_calendar_words.py", "make_country_keys.py"])
def test_stored_data_is_babels(tool):
    """data/calendar_words.json and data/country_name_keys.json are what their tools make from the
    pinned Babel."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    run = subprocess.run([sys.executable, str(ROOT / "tools" / tool), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("line, today", [
    ("Selasa, 17 Februari 2026", True),
    ("Thứ Hai, 9/2/2026", True),
    ("суббота, 17 января 2026", True),
    ("Monday, June 30, 2022", True),
    # a publication line carries its time; a bare date has no weekday
    ("Kamis, 30 Juni 2022 | 00:06", False),
    ("9 февраля 2023, 14:35", False),
    ("June 30, 2022", False),
])
def test_a_headers_today_line(line, today):
    assert is_today_line(line) is today


def test_the_day_a_page_was_viewed_dates_nothing():
    """A header's "today" line (years after the report) lends no year to the lead's day and month;
    a publication line under the headline does."""
    viewed = ("Warta Contoh\nBeranda | Nasional | Internasional\nSelasa, 17 Februari 2026\n"
              "Presiden Chile terima Menlu Indonesia\nSantiago (WC) - Presiden Chile menerima Menteri Luar "
              "Negeri Indonesia di Santiago pada 8 Februari untuk membahas perdagangan dan energi.\n")
    record = understand(viewed.encode(), "viewed.txt").record
    assert (record.date.iso, record.date.month_day) == (None, "02-08")
    published = viewed.replace("Santiago (WC)", "Senin, 9 Februari 2015 | 10:12 WIB\nSantiago (WC)")
    assert understand(published.encode(), "published.txt").record.date.iso == "2015-02-08"


def test_a_photo_line_written_twice_is_one_caption_not_the_lead():
    """A page's photo description and its caption, the same line twice running, come before the
    lead: the line is kept once, as a caption, and the lead's "on Friday" is read against the
    publication line (the Friday before it), not the publication day itself."""
    photo = "Chile's president greets Indonesia's foreign minister at La Moneda palace in Santiago"
    page = ("Chile and Indonesia agree to widen trade ties at Santiago talks\n"
            "Ministers say a new agreement could be signed within the year\n"
            "Ana Example\nSaturday 11 March 2017 09:12 CLT\n"
            f"{photo}\n{photo}\n"
            "Chile's president and Indonesia's foreign minister discussed trade, mining and fisheries during "
            "talks on Friday at La Moneda palace in Santiago, officials said.\n"
            "The two countries hope to conclude a comprehensive economic partnership soon.\n")
    record = understand(page.encode(), "twice.txt").record
    assert [b.text for b in record.parsed.blocks].count(photo) == 1
    assert ("caption", photo) in [(b.kind, b.text) for b in record.parsed.blocks]
    assert record.date.iso == "2017-03-10"
    # a paragraph written once stays a paragraph
    once = understand(page.replace(f"{photo}\n{photo}\n", "").encode(), "once.txt").record
    assert all(b.kind == "p" for b in once.parsed.blocks)


def test_share_buttons_before_the_text_and_a_photo_dated_on_the_leads_day():
    """Share buttons ("• メール", "• 印刷") under the headline are the page's, not its lead; the
    lead's day alone ("5日") takes its month and year from a photo caption dated in full on that
    day, and only on that day."""
    caption = "首相と握手するチリ大統領=東京都千代田区の首相官邸で2016年10月5日午後1時(代表撮影)"
    page = ("チリ大統領が来日\n首相と会談 貿易や漁業で協力\n  • ブックマーク\n  • メール\n  • 印刷\n"
            f"{caption}\n{caption}\n"
            "　チリのバチェレ大統領は5日、東京都内で安倍晋三首相と会談し、貿易や漁業の分野で協力を"
            "深めることで一致した。両首脳は共同声明に署名した。\n")
    record = understand(page.encode(), "ja.txt").record
    assert not any("メール" in b.text or "印刷" in b.text for b in record.parsed.blocks)
    assert (record.date.iso, record.date.how) == ("2016-10-05", "caption")
    other_day = understand(page.replace("は5日、", "は7日、").encode(), "ja7.txt").record
    assert other_day.date.iso is None


# ------------------------------------------------------------------ the day the pair met

@pytest.mark.parametrize("text, date", [
    # the lead's day is the arrival (one side only); the next day's meetings name the other side
    ("Leaders' Meeting: First Day\n\nOn March 14, 2022, Prime Minister Fumio Kishida arrived in Lima "
     "to attend the Pacific Leaders' Meeting and other events.\n\nThe next day, on March 15, Prime Minister "
     "Kishida held meetings with H.E. Mr. Tomas Reyes, President of Chile, and H.E. Mr. Narendra Modi, "
     "Prime Minister of India. The two leaders discussed trade.\n", "2022-03-15"),
    # the same in Japanese: 翌15日 is the meetings' day
    ("太平洋首脳会議出席等 -1日目-\n2022年3月14日、岸田総理は、首脳会議出席のためペルーのリマを訪問しました。\n"
     "翌15日、総理は、インドのモディ首相と会談を行いました。\n", "2022-03-15"),
    # the lead's day already names both sides: the later day is another engagement
    ("Kishida and Modi meet in Lima\n\nOn March 14, 2022, Prime Minister Fumio Kishida met Indian Prime "
     "Minister Narendra Modi in Lima.\n\nThe next day, on March 15, Kishida held talks with Prime Minister "
     "Modi's foreign minister on investment.\n", "2022-03-14"),
    # a day to come is no meeting that happened
    ("Leaders' Meeting\n\nOn March 14, 2022, Prime Minister Fumio Kishida arrived in Lima to attend the "
     "Pacific Leaders' Meeting.\n\nOn March 15, he will meet Indian Prime Minister Narendra Modi.\n", "2022-03-14"),
    # a week later is another day, not the same visit's
    ("Leaders' Meeting\n\nOn March 14, 2022, Prime Minister Fumio Kishida arrived in Lima to attend the "
     "Pacific Leaders' Meeting.\n\nOn March 21, Prime Minister Kishida held talks with Indian Prime Minister "
     "Narendra Modi in New Delhi.\n", "2022-03-14"),
])
def test_the_day_the_pair_met_not_the_arrival(text, date):
    record = understand(text.encode(), "met.txt").record
    assert record.countries.codes == ("IN", "JP")
    assert record.date.iso == date


@pytest.mark.parametrize("text, date", [
    # congratulations on an appointment: the talks are soon after it (Sugiono took office in October 2024)
    ("Wang Yi meets Sugiono in Beijing\n\nChinese Foreign Minister Wang Yi held talks with Indonesian Foreign "
     "Minister Sugiono in Beijing on 8 November. Wang Yi congratulated Sugiono on his appointment as foreign "
     "minister and wished him success.\n", "2024-11-08"),
    # on an election: between the election and soon after taking office (Prabowo, October 2024)
    ("Anwar receives Prabowo\n\nPrime Minister Anwar Ibrahim received President Prabowo Subianto in Kuala Lumpur "
     "on 9 December. Anwar congratulated Prabowo on his election victory.\n", "2024-12-09"),
    # no congratulations: their time in office together holds the day in several years
    ("Wang Yi meets Sugiono in Beijing\n\nChinese Foreign Minister Wang Yi held talks with Indonesian Foreign "
     "Minister Sugiono in Beijing on 8 November and wished him success.\n", None),
    # a re-election takes no office
    ("Anwar receives Prabowo\n\nPrime Minister Anwar Ibrahim received President Prabowo Subianto in Kuala Lumpur "
     "on 9 December. Anwar congratulated Prabowo on his re-election.\n", None),
])
def test_congratulations_on_taking_office_date_the_talks(text, date):
    record = understand(text.encode(), "congratulations.txt").record
    assert record.date.iso == date
    assert record.date.month_day is not None or date is not None


@pytest.mark.parametrize("text, headline, stamp", [
    # the page's stamp copied on the headline's line: the headline without it, the stamp a stamp
    ("12. März 2019, 09:15 Uhr Chile und Kenia unterzeichnen ein Abkommen über Tee\n\nDie Außenminister von "
     "Chile und Kenia haben am Dienstag in Nairobi ein Abkommen über den Teehandel unterzeichnet.\n",
     "Chile und Kenia unterzeichnen ein Abkommen über Tee", "12. März 2019, 09:15 Uhr"),
    # a headline that begins with a figure keeps it
    ("5.30 million tonnes of rice for Kenya, Chile agrees\n\nChile agreed on Tuesday to sell 5.30 million tonnes "
     "of rice to Kenya over five years.\n", "5.30 million tonnes of rice for Kenya, Chile agrees", None),
])
def test_a_stamp_on_the_headlines_line(text, headline, stamp):
    parsed = extract_parts(text)
    assert parsed.title == headline
    assert (stamp in parsed.stamps) if stamp else not parsed.stamps


@pytest.mark.parametrize("text, headline, stamp", [
    # the byline and the page's stamp glued after the headline
    ("Au Palais, Lima et Nairobi signent un accord sur le thé Par Claire Martin - Le Quotidien - mars 2019, 9h15 "
     "| MAJ : 13 mars 2019, 17h02\n\nLes ministres du Chili et du Kenya ont signé mardi un accord sur le thé.\n",
     "Au Palais, Lima et Nairobi signent un accord sur le thé", "Le Quotidien - mars 2019, 9h15 | MAJ : 13 mars 2019, 17h02"),
    ("Chile and Kenya sign a tea accord By Jane Doe | Daily Post | March 12, 2019\n\nThe foreign ministers of "
     "Chile and Kenya signed a tea accord in Nairobi on Tuesday.\n",
     "Chile and Kenya sign a tea accord", "Daily Post | March 12, 2019"),
    # "by" and a name in a headline without a stamp after them are the headline's own words
    ("Chile praised By President Ruto - A Warm Welcome\n\nPresident William Ruto praised Chile in Nairobi "
     "on Tuesday.\n", "Chile praised By President Ruto - A Warm Welcome", None),
    # a Japanese government page's date glued before its headline ("…6日" then "日・チリ", Japan-Chile)
    ("平成31年3月12日日・チリ首脳会談\n\n3月12日、安倍総理はチリのピニェラ大統領と首脳会談を行いました。\n",
     "日・チリ首脳会談", "平成31年3月12日"),
])
def test_a_byline_or_a_date_glued_to_the_headline(text, headline, stamp):
    parsed = extract_parts(text)
    assert parsed.title == headline
    assert (stamp in parsed.stamps) if stamp else not parsed.stamps


def test_a_photo_lists_number_before_japan_in_a_pair_is_no_day():
    # "…の写真3 日・チリ首脳会談": a photo's number, then 日 for Japan (日・チリ: Japan-Chile)
    text = ("日・チリ首脳会談\n\n平成31年3月12日\n\n握手を交わす両首脳1 握手を交わす両首脳2 儀じょう隊3 日・チリ首脳会談 "
            "署名式4\n\n安倍総理はチリのピニェラ大統領と首脳会談を行いました。\n")
    record = understand(text.encode(), "kantei.txt").record
    assert (record.date.iso, record.date.published) == (None, "2019-03-12")  # (the page's day only)


@pytest.mark.parametrize("line", ["(写真:AFP/TTXVN)", "（写真：共同）", "사진=연합뉴스", "Фото: пресс-служба", "(Photo: Reuters)"])
def test_a_photo_credit_is_no_headline(line):
    text = (f"{line}\nトランプ大統領と習主席の初めての首脳会談は6日、フロリダ州にある大統領の別荘で始まりました。\n"
            "両首脳は夕食会に出席しました。\n")
    parsed = extract_parts(text)
    assert parsed.title != line
    assert line in parsed.removed


def test_a_hard_wrapped_text_is_read_as_its_paragraphs():
    # a print view copied with its fixed-width lines: the day runs on from one line to the next
    text = ("Au Palais, Lima et Nairobi signent un accord\n\n"
            "C'est en grande pompe que la ministre chilienne a été reçue mardi 12\n"
            "mars 2024 à Nairobi par le président William Ruto, une amorce de\n"
            "détente entre les deux pays, sans que les dossiers qui fâchent aient été\n"
            "occultés.\n"
            "Les deux délégations ont ensuite déjeuné ensemble dans les jardins de\n"
            "la présidence, avant une conférence de presse commune.\n")
    parsed = extract_parts(text)
    paragraphs = [block.text for block in parsed.blocks]
    assert paragraphs[0].startswith("C'est en grande pompe") and paragraphs[0].endswith("occultés.")
    assert len(paragraphs) == 2
    assert understand(text.encode(), "wrapped.txt").record.date.iso == "2024-03-12"


def test_lines_of_an_ordinary_page_are_not_joined():
    # a headline over its lead, a caption in lower case after a line: one line that runs on is no wrapping
    text = ("Chile and Kenya sign a tea accord\n\nThe foreign ministers of Chile and Kenya signed a tea accord in "
            "Nairobi on Tuesday, March 12, 2019.\nministers at the signing (photo)\n\nThe accord opens the market.\n")
    parsed = extract_parts(text)
    assert parsed.title == "Chile and Kenya sign a tea accord"
    assert [b.text for b in parsed.blocks][0] == ("The foreign ministers of Chile and Kenya signed a tea accord in "
                                                  "Nairobi on Tuesday, March 12, 2019.")


# ------------------------------------------------------------------ history, the body's weekday, a cabled dateline

@pytest.mark.parametrize("text, date", [
    # the only full date is of the war the visit remembers, decades before either leader held
    # office: history, never the event (the visit's own day is unknown: undated)
    ("Kishida honours war dead in Lima\n\nPrime Minister Fumio Kishida became Japan's first leader to visit the "
     "Peruvian port, as the former foes look to deepen ties.\n\nPresident Dina Boluarte laid wreaths with Mr Kishida "
     "at the memorial on Friday.\n\nThe port was shelled on March 3, 1943, killing 40 sailors.\n", None),
    # a namesake of a listed minister (a deputy: no office of the listed one's) dates nothing back
    ("Chile and Peru hold strategic dialogue\n\nChilean Deputy Foreign Minister Antony Smith and Peruvian "
     "Deputy Foreign Minister Sugiono Santoso co-chaired the dialogue in Lima on September 12, 2020.\n", "2020-09-12"),
    # the same page with the visit's day written in full keeps it
    ("Kishida honours war dead in Lima\n\nPrime Minister Fumio Kishida became Japan's first leader to visit the "
     "Peruvian port on May 5, 2023, as the former foes look to deepen ties.\n\nThe port was shelled on March 3, "
     "1943, killing 40 sailors.\n", "2023-05-05"),
])
def test_a_day_long_before_the_leaders_held_office_is_history(text, date):
    record = understand(text.encode(), "history.txt").record
    assert record.date.iso == date


@pytest.mark.parametrize("body, date", [
    # the talks "on Saturday" come before another day of the tour: the weekday, read against the
    # page's date line, is the event's
    ("Presidents Gabriel Boric and William Ruto held talks in Nairobi on Saturday and signed nine "
     "agreements.\n\nBoric began an African tour on March 14 in Pretoria.\n", "2024-03-16"),
    # a day written before any weekday stays the body's day
    ("Boric began an African tour on March 14 in Pretoria.\n\nPresidents Gabriel Boric and William Ruto held "
     "talks in Nairobi on Saturday and signed nine agreements.\n", "2024-03-14"),
])
def test_the_bodys_weekday_before_another_day(body, date):
    text = ("Chile and Kenya agree to deepen ties\n\nChile and Kenya agreed to deepen relations after talks in "
            "the Kenyan capital.\n3 min read\n17 March, 2024\n\nChile and Kenya have agreed to expand trade, "
            "mining and scientific ties, and to open direct flights between their capitals, after talks between "
            "the two presidents in Nairobi that both sides called the start of a new season in relations "
            "between South America and East Africa.\n\n" + body)
    assert understand(text.encode(), "weekday.txt").record.date.iso == date


def test_a_chinese_agencys_cabled_dateline_is_when_it_was_written():
    # "…社内罗毕3月17日电": the dateline; the event is the Friday (15日) the lead names after it
    text = ("智利总统访问肯尼亚\n2024-03-17 14:49:39\n\n  东方社内罗毕3月17日电/ 当地时间周五(15日),智利总统博里奇抵达肯尼亚进行访问,"
            "与肯尼亚总统鲁托举行会谈。\n\n  两国签署了九项协议。\n")
    record = understand(text.encode(), "cabled.txt").record
    assert record.countries.codes == ("CL", "KE")
    assert record.date.iso == "2024-03-15"


def test_a_chinese_weekday_over_the_day_its_dateline_was_written():
    # "(…24日綜合電)…周六…": the 24th is when it was cabled; the talks were on the Saturday, kept as
    # the record's weekday (to meet a dated report of that Saturday), not as the 24th
    text = ("智利总统访问肯尼亚 推动双边关系迈上新台阶\n\n(肯尼亚‧内罗毕24日综合电)智利总统博里奇周六开始对肯尼亚进行国事访问,"
            "与肯尼亚总统鲁托举行会谈,双方签署了九项合作协议,涵盖贸易、矿业与科学合作等领域。\n\n"
            "两国元首一致同意研究开设两国首都之间的直航航线,并加强在联合国的协调与合作。\n")
    record = understand(text.encode(), "weekday-zh.txt").record
    assert (record.date.iso, record.date.weekday, record.date.day_of_month) == (None, 5, None)


def test_a_korean_day_in_local_time_over_the_home_countrys_day():
    # the headline gives the day in Korea ("5일"); the meeting was on the 4th where it was held
    text = ("윤 대통령, 보리치 칠레 대통령과 5일 정상회담\n현지시간 4일…광물·교역 협력 논의\n"
            "news@example.com | 2024-03-04 19:17:05\n\n"
            "칠레를 공식 방문 중인 윤석열 대통령이 4일(현지시간) 가브리엘 보리치 칠레 대통령과 정상회담을 가졌다.\n\n"
            "두 정상은 리튬 공급망과 교역 확대 방안을 논의했다.\n")
    record = understand(text.encode(), "local-time.txt").record
    assert record.date.iso == "2024-03-04"


def test_a_korean_posting_line_and_the_day_in_local_time_written_with_sigak():
    # the site's posting line ("입력 … 14시 23분") is the page's date; "4일 오후(현지시각)" the meeting's
    text = ("윤 대통령, 보리치 대통령과 정상회담\n\n  • 예시닷컴\n  • 입력 2024년 3월 5일 14시 23분\n\n"
            "칠레를 공식 방문 중인 윤석열 대통령이 4일 오후(현지시각) 가브리엘 보리치 칠레 대통령과 정상회담을 가졌다.\n\n"
            "두 정상은 리튬 공급망과 교역 확대 방안을 논의했다.\n")
    record = understand(text.encode(), "sigak.txt").record
    assert record.date.iso == "2024-03-04"
    assert record.date.published == "2024-03-05"


def test_an_agency_dateline_in_brackets_is_when_it_was_written():
    # 【3月5日 AFP】: the day the agency wrote; "4日夕(日本時間5日朝)" the evening the two met
    text = ("日チリ首脳会談\n\n【3月5日 AFP】岸田文雄首相は4日夕(日本時間5日朝)、チリの首都サンティアゴでボリッチ大統領と会談した。"
            "両首脳は経済連携の強化で一致した。\n")
    record = understand(text.encode(), "afp-ja.txt").record
    assert (record.date.iso, record.date.month_day) == (None, "03-04")


@pytest.mark.parametrize("text, date", [
    # a day written with the month's short name between hyphens
    ("Chile and Kenya sign accords\n\nChile and Kenya signed (12-Mar-2024) agreements on tea and copper, "
     "President William Ruto said in Nairobi.\n", "2024-03-12"),
    # a date in Japanese numerals, digit by digit or with 十 for the tens; the page's date at its foot
    ("日チリ首脳会談\n\n岸田総理は三月一二日、来日したボリッチ大統領と会談した。\n\n日付 : 2024年03月20日\n", "2024-03-12"),
    ("日チリ首脳会談\n\n岸田総理は三月十二日、来日したボリッチ大統領と会談した。\n\n日付 : 2024年03月20日\n", "2024-03-12"),
    # a numeral alone is a word ("一日も早く": as soon as possible), no day
    ("日チリ首脳会談\n\n岸田総理はボリッチ大統領と会談し、一日も早い協定の発効を求めた。\n\n日付 : 2024年03月20日\n",
     None),
])
def test_dates_in_other_notations(text, date):
    found = understand(text.encode(), "notations.txt").record.date
    assert found.iso == date
    assert found.published == ("2024-03-20" if "日付" in text else None)  # (the page's own date at its foot)


def test_a_sites_own_dateline_before_the_agencys():
    # "…在线05月12日讯 新华社北京5月11日电": both are datelines; the talks were on the 11th (11日)
    text = ("智利总统与肯尼亚总统会谈\n\n某某在线05月12日讯 东方社北京5月11日电 (记者 王明)智利总统博里奇11日在内罗毕同肯尼亚总统鲁托举行会谈,"
            "两国元首决定建立全面合作伙伴关系。\n\n双方签署了九项合作协议。\n")
    record = understand(text.encode(), "two-datelines.txt").record
    assert (record.date.month_day, record.date.iso) == ("05-11", None)


@pytest.mark.parametrize("text, people", [
    ("Le Roi a reçu Monsieur XI Jinping au palais.", ["xi-jinping"]),
    ("VLADIMIR PUTIN MEETS XI JINPING", ["vladimir-putin", "xi-jinping"]),
    ("Chapter XI of the treaty was signed.", []),  # (one capitalised word alone is not a name)
])
def test_a_name_written_in_capitals(text, people):
    assert [m.person for m in find_people(text)] == people


def test_an_image_label_glued_to_the_headline_line():
    # "<headline> hinh anh 1<caption>" (a Vietnamese site's "image 1" alt text): the headline alone
    text = ("Chile, Kenya leaders vow to expand trade hinh anh 1Chilean President Gabriel Boric (L) and Kenyan "
            "President William Ruto (Photo: Getty Images)\n\n"
            "Nairobi (VNA) – Chilean President Gabriel Boric and Kenyan President William Ruto discussed measures "
            "to expand trade, mining and scientific ties at their talks in Nairobi on March 15.\n\n"
            "The two sides signed nine agreements.\n")
    record = understand(text.encode(), "glued-image.txt").record
    assert record.title == "Chile, Kenya leaders vow to expand trade"


def test_a_long_paragraph_cut_short_after_the_repeated_headline_is_the_lead():
    # the excerpt ends mid-sentence, without a full stop: sentences end inside it, so it is prose
    text = ("Chile and Kenya sign nine agreements\n\nChile and Kenya sign nine agreements\n\n"
            "On 15 March the presidents of Chile and Kenya signed nine agreements in Nairobi. The two leaders "
            "discussed trade, mining and science, and agreed to study direct flights between their capitals. "
            "They also spoke of cooperation at the United Nations and of a visit by Kenyan students to "
            "Santiago, where the universities of both countries will")
    parsed = extract_parts(text)
    assert [b.kind for b in parsed.blocks] == ["p"]


@pytest.mark.parametrize("text, headline", [
    # the trail from the home page, its separators lost in the copy (its words are the lead's too)
    ('Trang chủ Chính trị - Xã hội\n08:33 | 18/03/2024 GMT+7\n\nThủ tướng tiếp Tổng thống Chile\n\nChiều 18/3, Thủ tướng tiếp Tổng thống Chile tại Hà Nội; hai nhà lãnh đạo trao đổi về tình hình chính trị - xã hội của mỗi nước. Về chính trị, xã hội, hai bên nhất trí tăng cường hợp tác và thúc đẩy thương mại song phương.\n', "Thủ tướng tiếp Tổng thống Chile"),
    # the site's name, then the trail it heads ("Site >> Article"): that line is not the lead
    ('智利新闻网站\n\n智利新闻网站 >> 新闻正文\n\n리커창 총리, 보리치 대통령 회견\n\n현지시간 15일 오후, 리커창 총리가 베이징에서 보리치 대통령을 회견했다. 양측은 무역과 광업 협력을 논의했다.\n', "리커창 총리, 보리치 대통령 회견"),
])
def test_a_sites_trail_and_name_are_not_the_headline(text, headline):
    assert extract_parts(text).title == headline
