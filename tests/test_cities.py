"""Cities named in scripts without capitals (understand/cities.py)."""
import pytest

from kabar.understand.cities import cities_in


@pytest.mark.parametrize("text, lang, cities", [
    ("两国元首在德黑兰举行会谈。", "zh", ["Tehran"]),
    ("兩國元首在德黑蘭舉行會談。", "zh", ["Tehran"]),  # traditional characters
    ("両首脳はテヘランで会談した。", "ja", ["Tehran"]),
    ("두 정상은 테헤란에서 회담했다.", "ko", ["Tehran"]),  # the particle glued after the name
    ("التقى الرئيسان في طهران", "ar", ["Tehran"]),
    ("التقى الرئيسان بطهران", "ar", ["Tehran"]),  # a one-letter prefix
    ("التقى الرئيسان فى سوتشى الساحلية", "ar", ["Sochi"]),  # a final ya written as alef maksura (Egyptian sites)
    ("दोनों नेताओं ने सोची में बातचीत की।", "hi", ["Sochi"]),  # a venue CLDR's time zones lack
    ("两国元首在北京举行会谈。", "zh", ["Beijing"]),  # a capital whose time zone is Shanghai's
    # a city whose name is its country's ("新加坡", Singapore) says nothing of where: none
    ("两国元首在新加坡举行会谈。", "zh", []),
    # a city whose name is a weekday's there (Persian "دوشنبه", Dushanbe, is Monday): none
    ("روحانی روز دوشنبه وارد هاوانا شد", "fa", ["Havana"]),
    ("प्रधानमंत्री मोदी शनिवार को रामल्ला पहुंचे", "hi", ["Ramallah"]),  # a seat of government CLDR lacks
    # a katakana name inside a longer katakana word is not the city
    ("ソチミルコの料理", "ja", []),
    # scripts with capitals find their places by them: none here
    ("The two presidents met in Tehran.", "en", []),
])
def test_cities_in_scripts_without_capitals(text, lang, cities):
    assert [english for _, _, english in cities_in(text, lang)] == cities
