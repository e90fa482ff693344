"""Days written with the time of a place (a part of :mod:`date_mentions`): the local time where
the meeting was held ("현지시간 4일", "当地时间4日", "(September 19, 1:07 p.m. local time)") or the time of
the report's home country ("日本時間の23日", "한국시간으로 4일"), west of which it may still have been the
day before. Pure.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .date_mentions import _Mention, _Text

# a day of the month marked as the place's own time ("현지시간 4일", "4일(현지시각)", "当地时间4日",
# "4日(現地時間)"): the meeting's day where it was held, where another day may be the home country's
LOCAL_TIME = r"(?:현지\s?시[간각]|当地时间|當地時間|現地時間|现地时间|现地時間)"
LOCAL_TIME_BEFORE_RE = re.compile(LOCAL_TIME + r"\s*[)）]?\s*$")
LOCAL_TIME_AFTER_RE = re.compile(r"\s*[(（]\s*" + LOCAL_TIME)
# ... or as the home country's time ("日本時間の23日", "한국시간으로 4일", "北京时间4日"): where the meeting was
# held, west of home, it may still have been the day before
HOME_TIME_BEFORE_RE = re.compile(r"(?:日本時間|日本时间|韓国時間|한국\s?시간|北京时间|北京時間|臺北時間|台北時間|台北时间)"
                                 r"\s*(?:の|으로|으론|)?\s*$")
# a day written after a place's time in Chinese ("瓜地馬拉時間1月11日", Guatemala time): the day where
# the meeting was, unless the place is the report's home ("臺北時間12日", :data:`HOME_TIME_BEFORE_RE`)
PLACE_TIME_BEFORE_RE = re.compile(r"(?:" + LOCAL_TIME + r"|[\u4e00-\u9fff]{2,6}(?:時間|时间))\s*[)）]?\s*$")
PLACE_TIME_BEFORE_CHARS = 12


def in_local_time(t: _Text, day: tuple[int, int, int, int]) -> bool:
    """Whether a day of the month alone (:func:`day_of_month_mentions`) is marked as the local time
    of the place it happened in."""
    start, end = t.to_orig(day[0]), t.to_orig(day[1])
    return bool(LOCAL_TIME_BEFORE_RE.search(t.orig, max(0, start - 12), start)
                or LOCAL_TIME_AFTER_RE.match(t.orig, end))


# a day written with its time where it happened, in any language: "(September 19, 1:07 p.m. local
# time)", "ngày 10/6/2018 (giờ địa phương)", "9月28日午後5時、現地時間", "18 ноября по местному времени"
LOCAL_TIME_NEAR_RE = re.compile(r"[^;\n]{0,30}?(?:local time|hora local|heure locale|ora locale|Ortszeit|"
                                r"giờ địa phương|waktu setempat|по местному времени|за місцевим часом|"
                                r"yerel saatle|" + LOCAL_TIME + ")", re.IGNORECASE)


def marked_local(t: _Text, m: _Mention, others: Sequence[_Mention] = ()) -> bool:
    """Whether a day and month (:func:`_mentions`) is written as the day where the event
    happened ("On September 20, at 2:07 a.m. (September 19, 1:07 p.m. local time)": the 19th, not
    the 20th, which another day follows before the words)."""
    found = LOCAL_TIME_NEAR_RE.match(t.orig, t.to_orig(m.end))
    if found is None:  # ("瓜地馬拉時間1月11日(週三)上午12時(臺北時間12日凌晨2時)": the 11th)
        start = t.to_orig(m.start)
        return PLACE_TIME_BEFORE_RE.search(t.orig, max(0, start - PLACE_TIME_BEFORE_CHARS), start) is not None \
            and HOME_TIME_BEFORE_RE.search(t.orig, max(0, start - PLACE_TIME_BEFORE_CHARS), start) is None
    return not any(m.end <= o.start and t.to_orig(o.start) < found.end() for o in others if o is not m)


def in_home_time(t: _Text, day: tuple[int, int, int, int]) -> bool:
    """Whether a day of the month alone (:func:`day_of_month_mentions`) is marked as the time of the
    report's home country ("日本時間の23日")."""
    start = t.to_orig(day[0])
    return HOME_TIME_BEFORE_RE.search(t.orig, max(0, start - 12), start) is not None
