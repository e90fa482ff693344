"""Traps of real pages met in the twelfth session's sets (own-17, own-18), in texts written for
these tests: headlines among a page's furniture, names and countries in more scripts, days that
are not the event's, and undated reports of one pair that are two meetings."""
from __future__ import annotations

import pytest

from kabar.linking import LinkArticle, link_articles
from kabar.understand.actors import find_people
from kabar.understand.countries import count_countries
from kabar.understand.parse import extract_parts
from kabar.understand.pipeline import understand

# a menu printed on one line, as Chinese portals do (wider than a paragraph)
CHINESE_MENU = " ".join(
    "首页 国际 港澳台 华人 中国 社会 领导 地方 人物 城市 反腐 财经 金融 证券 科技 汽车 食品 法治 关注 聚焦 舆情 传媒 企业 "
    "职场 房产 能源 安全 国内 夕阳红 访谈 电视 军事 教育 理论 文史 历史 文化 旅游 时尚 环保 体育 健康 农业 书画 图片 评论 "
    "公益 论坛 交通 娱乐 一带一路".split())
BORIC_IN_NAIROBI = ("Chilean President Gabriel Boric signed several trade and institutional agreements with Kenya and "
                    "President William Ruto on an official visit to Nairobi, the first by a Chilean head of state.")


@pytest.mark.parametrize("text, headline", [
    # Bengali: the lead's first sentence ends with a danda ("।"), so it is a sentence, not the headline
    ("চিলি-কেনিয়া বাণিজ্য বাড়াতে একসঙ্গে কাজ করবে: রুটো\n\n\n"
     "নাইরোবি: কেনিয়ার প্রেসিডেন্ট উইলিয়াম রুটো ও চিলির প্রেসিডেন্ট গ্যাব্রিয়েল বোরিকের মধ্যে দ্বিপাক্ষিক বৈঠক "
     "অনুষ্ঠিত হয়েছে।\n\n"
     "বৈঠকে কেনিয়ার প্রেসিডেন্ট উইলিয়াম রুটো ও চিলির প্রেসিডেন্ট গ্যাব্রিয়েল বোরিকের উপস্থিতিতে দুদেশের মধ্যে নয়টি "
     "চুক্তি সই হয়। রুটো বলেন, চিলি ও কেনিয়া বাণিজ্য বাড়াতে একসঙ্গে কাজ করবে।\n",
     "চিলি-কেনিয়া বাণিজ্য বাড়াতে একসঙ্গে কাজ করবে: রুটো"),
    # a portal's menu on one line, wider than a paragraph: neither the headline nor the body's start
    (f"2024-11-24 07:02:37\n{CHINESE_MENU}\n当前位置:首页 > 站内新闻\n\n博里奇同鲁托在内罗毕举行会谈\n"
     "文章来源:东方社    作者:    发布时间:2024-03-15 22:12    点击量:217\n\n博里奇同鲁托举行会谈\n\n"
     "双方一致决定建立全面合作伙伴关系\n\n"
     "  东方社内罗毕3月15日电 15日,智利总统博里奇在内罗毕同肯尼亚总统鲁托举行会谈。双方积极评价两国传统友谊,"
     "一致决定建立全面合作伙伴关系,推动两国关系在更高层次上持续向前发展。\n",
     "博里奇同鲁托在内罗毕举行会谈"),
    # two menus, one opening with a longer item, one closing with a Latin one: still menus
    ("用户名 密码 注册\n订阅手机报国际 中国 博览 财经 汽车 房产 科技 娱乐 体育 时尚 旅游 健康 移民 亲子 社区 专题\n"
     "某某日报 中文国际 头条国际 国际快讯 军事台海 精彩图片 国际博览 奇闻奇观 科学探索 历史揭秘 国际财经 中国经济 消费旅游 "
     "能源在线 外交讲坛 独家策划 风云对话 中日论坛 评论 特稿 新闻汇总 海外看中国 E-Weekly\n\n智利和肯尼亚总统修好\n\n"
     "2024-07-24 07:40:51 来源:某某日报网\n\n智利和肯尼亚总统修好\n\n据英国广播公司(BBC)7月23日报道,智利和肯尼亚总统就改善"
     "两国关系达成共识。两个月前,双方因产生争执,关系急剧恶化。\n", "智利和肯尼亚总统修好"),
    # the page's stamp glued after the headline
    ("Chile and Kenya leaders open a new chapter 22.05 | 16:00\n\nFrom the agency\n\n"
     "President Gabriel Boric and President William Ruto opened a new chapter in relations between Chile and "
     "Kenya at their talks in Nairobi, the Kenyan presidency said.\n",
     "Chile and Kenya leaders open a new chapter"),
    # a share box's "Source:" and the headline again, on the headline's line
    ("Kenya\n\nBoric in Nairobi – the deals and the promises Source: Boric in Nairobi – the deals and the promises\n\n"
     "BORIC 1\n\nThe Chilean president, who met President Ruto for two hours at State House in Nairobi, spoke of "
     "the deals in copper and tea and of the promises of direct flights between the two capitals.\n",
     "Boric in Nairobi – the deals and the promises"),
    # a summary printed over the headline and again under it
    (f"{BORIC_IN_NAIROBI}\n\nWorld 2 min.\n\nBoric in Kenya: trade deals and laughter\n\n{BORIC_IN_NAIROBI}\n\n"
     "(VR) - On Wednesday, several topics were discussed by Gabriel Boric and William Ruto during a long meeting "
     "at State House, the official residence of the Kenyan president, before they signed trade deals.\n",
     "Boric in Kenya: trade deals and laughter"),
    # the section's name, printed again as an item of the page's numbered menu
    ("About the Embassy\n\n\n  1. About the Embassy\n  2. News\n  • Font Size\n\n"
     "The President and Kenyan President William Ruto Hold Summit\n\n\n\n"
     "President Gabriel Boric and Kenyan President William Ruto, on a state visit to Chile March 7-8, held a "
     "summit in Santiago today. This marks their third summit to date.\n\n"
     "Presidents Boric and Ruto agreed to expand trade between Chile and Kenya.\n",
     "The President and Kenyan President William Ruto Hold Summit"),
    # a photo's caption closed by its photographer and agency, printed twice
    ("Chile, Kenya ink copper MoU\n\nBoric, accompanied by a delegation of ministers, arrived in Nairobi.\n"
     "President William Ruto shakes hand with Chile president Gabriel Boric (Jane Wanjiru | EPS)\n"
     "President William Ruto shakes hand with Chile president Gabriel Boric (Jane Wanjiru | EPS)\n\n"
     "NAIROBI: Chile and Kenya signed a memorandum on copper mining and tea exports as President William Ruto "
     "received President Gabriel Boric at State House.\n",
     "Chile, Kenya ink copper MoU"),
])
def test_the_headline_among_a_pages_furniture(text, headline):
    assert extract_parts(text).title == headline


def test_a_stamp_glued_after_the_headline_is_kept_for_the_dates():
    parsed = extract_parts("Chile and Kenya leaders open a new chapter 22.05.2024 | 16:00\n\n"
                           "President Gabriel Boric and President William Ruto met in Nairobi.\n")
    assert "22.05.2024 | 16:00" in parsed.stamps


@pytest.mark.parametrize("text, lang, code", [
    ("ראש הממשלה נפגש היום עם נשיא אזרבייג'ן בארמון הנשיאותי", "he", "AZ"),  # the geresh typed as an apostrophe
    ("प्रधानमंत्री आज फिलीस्तीन की धरती पर उतरे", "hi", "PS"),  # a spelling CLDR does not give
    ("চীনের প্রেসিডেন্ট আজ ঢাকায় পৌঁছেছেন", "bn", "CN"),  # a short name with its genitive ending
    ("نخست وزیر هندوستان به تهران رفت", "fa", "IN"),  # "Hindustan"
    ("భారత్-జపాన్ మధ్య ఒప్పందాలు కుదిరాయి", "te", "IN"),  # "Bharat"
    ("అమెరికా అధ్యక్షుడు మాట్లాడారు", "te", "US"),  # "America"
    ("नेपाल-चिलीबीच सहमति भयो । प्रधानमन्त्रीको चिली भ्रमणमा भारतको चर्चा भयो", "ne", "IN"),  # Nepali case endings
    ("وصل رئيس كينيا إلى سانتياغو في أول زيارة له إلى اثيوبيا", "ar", "ET"),  # the hamza of the initial alef left out
])
def test_country_names_in_more_scripts(text, lang, code):
    assert code in count_countries(text, lang)


@pytest.mark.parametrize("text, people", [
    ("প্রধানমন্ত্রী শেখ হাসিনার সঙ্গে বৈঠক হয়েছে", ["sheikh-hasina"]),  # the genitive ending on the name
    ("প্রেসিডেন্ট শি জিনপিংয়ের গাড়িবহর", ["xi-jinping"]),
    ("হাসিনাবাদ গ্রামে মেলা বসেছে", []),  # a longer word that begins with the name is not the name
    ("వాషింగ్టన్ : అధ్యక్షుడు బరాక్ ఒబామా ప్రధానమంత్రి నరేంద్ర మోడీకి స్వాగతం పలికారు", ["barack-obama", "narendra-modi"]),
    ("ఈ సందర్భంగా ఒబామా మాట్లాడారు", ["barack-obama"]),  # (a postposition glued on is the name's, not a new word)
    ("అమోడీ", []),  # (a word that ends with the name is another word)
    ("نخست وزیر نارندرا مودی با رئیس جمهور دیدار کرد و مودی گفت", ["narendra-modi", "narendra-modi"]),
    ("این راه مودی به توسعه است", []),  # (the spelling alone may be another word: only beside the full name)
    # a Hindi title before a name that is also a word: "राष्ट्रपति मून" (President Moon) is the person ...
    ("दक्षिण कोरिया के राष्ट्रपति मून और प्रधानमंत्री मोदी ने बातचीत की", ["moon-jae-in", "narendra-modi"]),
    ("आज रात मून दिखेगा", []),  # ... the word alone is not
    ("शुक्रबार प्रधानमन्त्री ओली र मोदीले संयुक्त उद्घाटन गरे", ["k-p-sharma-oli", "narendra-modi"]),
    ("ओली गाउँमा मेला लाग्यो", []),  # (a surname alone, no title)
    # Hindi writes a foreign name's long vowels short or long as it hears them: either spelling is the name
    ("राष्ट्रपति जोको वीडोडो और राष्ट्रपति पुतीन की मुलाकात", ["joko-widodo", "vladimir-putin"]),
    ("राष्ट्रपति जोको विडोडो और राष्ट्रपति पुतिन की मुलाकात", ["joko-widodo", "vladimir-putin"]),
    ("פרסום ראשון: שיחת הצעקות בין טראמפ לאבו מאזן", ["donald-trump", "mahmoud-abbas"]),
    ("Κρίσιμη η συνάντηση του Τσίπρα με τον Ζάεφ στη Σόφια", ["alexis-tsipras", "zoran-zaev"]),
])
def test_names_in_more_scripts(text, people):
    """Names with the case endings and postpositions their scripts write on them, and spellings
    that are also words (counted beside a title or the full name only)."""
    assert [m.person for m in find_people(text)] == people


@pytest.mark.parametrize("text, date", [
    # "from 1 March 2024" (से): when a visa rule starts, not the day of the talks
    ("चिली-केन्या करार\nनई दिल्ली : चिली के राष्ट्रपति गेब्रियल बोरिक और केन्या के राष्ट्रपति विलियम रूटो के बीच "
     "वार्ता में कई अहम समझौतों पर हस्ताक्षर हुए।\nइस अवसर पर रूटो ने 1 मार्च, 2024 से चिली के नागरिकों को वीजा "
     "ऑन अराइवल की घोषणा की।\n", None),
    # written on 8 May: the parade "will be held on 9 May" is not yet; the talks are the page's day
    ("8 мая 2024, 11:37 Политика\n\nБорич и Руто обсудили сотрудничество\n\n"
     "Президент Чили прибыл в Найроби. По словам экспертов, это знаковый визит для обеих стран: Чили ищет "
     "новых покупателей меди, а Кения — инвестиций в свои порты и железные дороги, и обе стороны рассчитывают "
     "подписать в ходе визита не менее девяти соглашений о торговле, горной добыче и науке.\n\n"
     "Президент Чили Габриэль Борич прибыл для участия в празднике, который пройдет 9 мая. Сегодня президенты "
     "Чили и Кении провели переговоры.\n", "2024-05-08"),
    # a Bosnian site's header: today's weekday and date, the weather, the city (the page was viewed
    # then); the report itself writes no day of its own
    ("Utorak, 24.02.2026.\n4 C\nSarajevo\n\nČileanski predsjednik Gabriel Boric danas u Najrobiju\n\n"
     "Predsjednik Čilea Gabriel Boric danas će se sastati s kenijskim predsjednikom Williamom Rutom u Najrobiju, "
     "gdje će potpisati devet sporazuma o trgovini i rudarstvu.\n", None),
    # "who took office on 11 December": when the minister began, not the visit (the page's date,
    # written later that day, is)
    ("New Chilean minister visits Nairobi\n\nJanuary 3, 2024, 18:20\n\nChilean Foreign Minister Ana Soto, who took "
     "office on December 11, 2023, paid her first official visit abroad to Kenya, where she held talks with President "
     "William Ruto.\n", "2024-01-03"),
])
def test_days_that_are_not_the_events(text, date):
    assert understand(text.encode(), "days.txt").record.date.iso == date


def test_a_leaders_name_read_as_a_place_does_not_join_two_undated_meetings():
    # two undated reports of one pair naming the same two leaders: one in Nairobi ("resulted in
    # Ruto announcing" reads "Ruto" as a place, a place the other report names), one in Santiago
    nairobi = ("Boric and Ruto hold talks in Nairobi\nPresident Gabriel Boric held talks with President William Ruto "
               "in Nairobi, which resulted in Ruto announcing direct flights to Santiago.\nThey discussed copper.")
    santiago = ("Ruto visits Chile\nPresident William Ruto met President Gabriel Boric in Santiago to review "
                "trade between Kenya and Chile.\nThey discussed copper and tea.")
    events = link_articles([LinkArticle("a", "en", nairobi.split("\n")[0], nairobi, None, ("CL", "KE")),
                            LinkArticle("b", "en", santiago.split("\n")[0], santiago, None, ("CL", "KE"))])
    assert {e.article_ids for e in events} == {("a",), ("b",)}


def test_a_day_at_a_summit_is_read_in_the_host_city_the_lead_names():
    # the lead sets the talks in Manila at an ASEAN meeting, its words glued to the headline's; Singapore
    # is named further down (its premier met the next day, "ASEAN cooperation"): the 13th is not dated
    # by the Singapore summit (nor by Manila's, whose series the glued lead hides)
    text = ("문재인 대통령, 13일 두테르테 대통령과 정상회담\n\n 문재인 대통령, 13일 두테르테 대통령과 정상회담아세안 관련 정상회의 "
            "참석차 필리핀을 방문 중인 문재인 대통령은 13일 오후 6시45분(현지시간) 마닐라 시내 국제컨벤션센터에서 로드리고 "
            "두테르테 필리핀 대통령과 정상회담을 한다고 청와대가 12일 밝혔다.\n\n두 정상은 회담에서 상호 투자 및 인적 교류 "
            "활성화를 비롯한 양국 관계 발전 방안에 대해 논의할 예정이다. 필리핀은 우리나라의 20대 교역국에 해당한다.\n\n"
            "문 대통령은 지난 5월 특사를 보내 두테르테 대통령에게 친서를 전한 바 있다.\n\n"
            "문 대통령은 이어 14일 오전 리셴룽 싱가포르 총리와 정상회담을 한다.\n\n"
            "문 대통령과 리 총리는 한·싱가포르 관계 발전과 대(對) 아세안 협력 강화 방안을 놓고 의견을 교환할 것으로 예상된다.\n")
    assert understand(text.encode(), "summit.txt").record.date.iso is None


def test_a_chinese_retold_reports_day_is_when_it_was_written():
    # "据…3月16日报道,…15日,…会谈": the report of the 16th tells of talks on the 15th
    text = ("智利与肯尼亚总统会谈\n\n据英国广播公司(BBC)3月16日报道,15日,智利总统博里奇和肯尼亚总统鲁托在内罗毕举行了会谈,"
            "双方同意设立高级别工作组。\n\n今年1月,两国关系一度紧张。\n")
    record = understand(text.encode(), "retold.txt").record
    assert (record.date.month_day, record.date.iso) == ("03-15", None)


@pytest.mark.parametrize("text, date, month_day", [
    # a Greek site's header: today's weekday and date, then the site's name (the page was viewed then)
    ("Δευτέρα, 12 Ιανουαρίου 2026\nBusinessNews\n\nΚρίσιμη η σημερινή συνάντηση Μπόριτς-Ρούτο στο Ναϊρόμπι\n\n"
     "Ο πρόεδρος της Χιλής Γκαμπριέλ Μπόριτς συναντάται σήμερα με τον πρόεδρο της Κένυας Ουίλιαμ Ρούτο "
     "στο Ναϊρόμπι.\n", None, None),
    # Romanian "după 20 martie": a deadline, not the day of the talks
    ("Boric s-a intalnit cu Ruto in aceasta seara. Presedintele a anuntat ca l-a convins pe Ruto sa extinda si dupa "
     "20 martie termenul pana la care chilienii isi pot legaliza actele.\n", None, None),
    # "met on Friday" in the lead; the body's "will attend the fair on November 5" is still to come
    ("Boric meets Ruto; trade package expected\n\nNAIROBI: Kenya is expected to announce a trade package for Chile "
     "during President Gabriel Boric's visit and meeting with President William Ruto.\n\n"
     "President Boric on Friday met with President Ruto on his first visit to Kenya since assuming office.\n\n"
     "He will also attend the Nairobi trade fair on November 5 in Mombasa.\n", None, None),
])
def test_more_days_that_are_not_the_events(text, date, month_day):
    found = understand(text.encode(), "more-days.txt").record.date
    assert (found.iso, found.month_day) == (date, month_day)


def test_a_chinese_sites_own_dateline_ending_in_xiaoxi():
    # "…3月16日消息" (news of the 16th) is when it was written; "昨天(15日)" (yesterday, the 15th) the talks
    text = ("智利总统同肯尼亚总统举行会谈\n\n  某某网内罗毕3月16日消息(记者王明)智利总统博里奇昨天(15日)上午在内罗毕同肯尼亚总统鲁托"
            "举行会谈。双方签署了九项合作协议。\n")
    assert understand(text.encode(), "xiaoxi.txt").record.date.month_day == "03-15"


def test_menus_before_the_headline_are_not_the_body():
    # (their "中国" would count China among the countries, and push the lead's dateline down)
    text = ("用户名 密码 注册\n订阅手机报国际 中国 博览 财经 汽车 房产 科技 娱乐 体育 时尚 旅游 健康 移民 亲子 社区 专题\n"
            "某某日报 中文国际 头条国际 国际快讯 军事台海 精彩图片 国际博览 奇闻奇观 科学探索 历史揭秘 国际财经 中国经济 消费旅游 "
            "能源在线 外交讲坛 独家策划 风云对话 中日论坛 评论 特稿 新闻汇总 海外看中国 E-Weekly\n\n智利和肯尼亚总统修好\n\n"
            "据英国广播公司(BBC)7月23日报道,智利和肯尼亚总统就改善两国关系达成共识。\n\n22日,智利总统博里奇和肯尼亚总统鲁托在"
            "内罗毕举行了会谈。\n")
    parsed = extract_parts(text)
    assert parsed.title == "智利和肯尼亚总统修好"
    assert not any("国际" in block.text for block in parsed.blocks)
