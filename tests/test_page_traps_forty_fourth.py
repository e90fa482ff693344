"""Traps met in the forty-fourth round's sets, in texts written for these tests: a Chinese paper's
page line with its name after the date and weekday; a traditional-Chinese publication label glued to
the site's name; a Chinese page's stamp written in figures with a notice run on after it; a duration
written like a day ("1日内"); a publication line the lead then calls "yesterday, Tuesday"."""
from __future__ import annotations

import pytest

from kabar.understand.pipeline import understand


def _record(text: str, name: str = "a.txt"):
    return understand(text.encode(), name).record


PAPER_NAME_AFTER_THE_DATE = (
    "李强会见蒙古国总理\n"
    "双方同意加强矿产和能源合作\n"
    "2023年6月14日 星期三 北方晨报\n"
    "分享:\n"
    "  据新华社电 国务院总理李强13日在人民大会堂会见蒙古国总理奥云额尔登。\n"
    "  李强表示,中方愿同蒙方加强矿产、能源和基础设施合作。\n")


def test_a_papers_page_line_with_its_name_after_the_date_is_the_pages_day():
    """"2023年6月14日 星期三 北方晨报" is the paper's page line; the lead's "13日" is the meeting's
    day (before, the page line's full date was read as the lead's and the 14th given)."""
    record = _record(PAPER_NAME_AFTER_THE_DATE)
    assert (record.date.iso, record.date.published) == ("2023-06-13", "2023-06-14")


def test_a_traditional_chinese_publication_label_glued_to_the_sites_name_marks_the_pages_day():
    text = ("李強會見蒙古國總理\n"
            "編輯:王明 信息來源: 北方網-新華網發布時間:2023-6-14\n"
            "6月13日,國務院總理李強在人民大會堂會見蒙古國總理奧雲額爾登。新華社記者攝\n"
            "新華社北京6月13日電 13日,國務院總理李強在人民大會堂會見蒙古國總理奧雲額爾登。\n"
            "李強表示,中方願同蒙方加強礦產、能源和基礎設施合作。\n")
    record = _record(text)
    assert (record.date.iso, record.date.published) == ("2023-06-13", "2023-06-14")


@pytest.mark.parametrize("stamp", ["2023-06-14", "2023/6/14"])
def test_a_chinese_pages_stamp_in_figures_with_a_notice_run_on_is_the_pages_day(stamp):
    """The stamp line goes on with a copyright notice that says "within 1 day" ("1日内"): neither
    the stamp (the 14th) nor that "1日" (the 1st) is the day of the meeting, the lead's 13th."""
    text = ("首页 > 国际新闻 > 李强会见蒙古国总理\n"
            "李强会见蒙古国总理\n"
            f"{stamp} 部分图片来自网络,如涉及版权问题,请联系我们,我们将在1日内删除。\n"
            "摘要:国务院总理李强13日在人民大会堂会见蒙古国总理奥云额尔登,双方就两国关系交换意见。\n"
            "李强表示,中方愿同蒙方加强矿产、能源和基础设施合作。\n")
    record = _record(text)
    assert (record.date.iso, record.date.published) == ("2023-06-13", "2023-06-14")


@pytest.mark.parametrize("text, iso", [
    # Arabic: a page line with the Hijri and the Gregorian date (Wednesday 14 June 2023) and the
    # agency's name, then "received … yesterday, Tuesday"
    ("الرئيس المصري يستقبل نظيره الكيني في القاهرة\n\n"
     "الأربعاء 25 ذو القعدة 1444// 14 يونيو/حزيران 2023 وكالة الأنباء الشرقية للأخبار.\n"
     "القاهرة\n"
     "استقبل الرئيس المصري عبد الفتاح السيسي الرئيس الكيني وليام روتو،أمس الثلاثاء، في القاهرة، "
     "خلال زيارة رسمية بدأها الأخير إلى مصر.\n"
     "وأكد السيسي أن العلاقات بين مصر وكينيا تشهد تطورا ملحوظا.\n", "2023-06-13"),
    # Spanish: the same, "ayer martes"
    ("El presidente de Chile recibe a su homólogo de Uruguay\n\n"
     "14 de junio de 2023 Agencia de Noticias del Sur y del Pacífico.\n"
     "El presidente de Chile, Gabriel Boric, recibió ayer martes en Santiago a su homólogo de Uruguay, "
     "Luis Lacalle Pou, en una visita oficial de dos días.\n"
     "Ambos mandatarios firmaron acuerdos de cooperación.\n", "2023-06-13"),
])
def test_a_day_the_lead_then_calls_yesterday_and_names_its_weekday_is_the_pages_day(text, iso):
    assert _record(text).date.iso == iso


def test_yesterday_alone_after_a_full_date_is_not_enough_to_move_it():
    """"yesterday" with another weekday than the day before the written date tells nothing about
    that date: it stays the day the lead writes (the 14th)."""
    text = ("El presidente de Chile recibe a su homólogo de Uruguay\n\n"
            "El 14 de junio de 2023 el presidente de Chile, Gabriel Boric, recibió en Santiago a su homólogo "
            "de Uruguay, Luis Lacalle Pou; ayer jueves ambos visitaron Valparaíso.\n"
            "Ambos mandatarios firmaron acuerdos de cooperación.\n")
    assert _record(text).date.iso == "2023-06-14"
