"""The linker's constants, in one place (see the package docstring for what each rule means)."""
from __future__ import annotations

from datetime import date as Date

# --------------------------------------------------------------------------
# Tuning

DEFAULT_THRESHOLD = 1.0
STRONG_NAME = 0.5  # undated or pair-less: each of two shared people must weigh this
JOINT_MIN = 0.5  # dated, same pair: the two best shared people named together must weigh this
CALL_LEAD_CHARS = 600  # a call the lead tells of is in its first sentences (past a byline)
LEAD_LINES = 3  # names in the first lines (headline, lead, caption) say who an article is about
LEAD_LINE_MIN = 30  # shorter lines ("Chia sẻ") do not count as lines of the lead
LEAD_CHARS = 800  # ... within this many characters
BODY_NAME_FACTOR = 0.5  # a name one article only mentions further down counts half
PLACE_CAP = 0.4  # most a place name can weigh; places are never strong evidence
PLACE_SHARE = 1 / 3  # a name written after "in"/"di"/"à" this often is a place
UNDATED_NAME_SCORE = 1.8  # undated or pair-less: the names must weigh this much
UNDATED_NUMBER_SCORE = 0.8  # ... and shared figures this much
UNDATED_EXTRA_NAMES = 0.4  # an undated report joining an event: shared names besides the people weigh this
# (as much as a place rare among the pair's reports: PLACE_CAP)
EPSILON = 1e-9  # (sums of weights compared with a bound)
SLIP_NAME_MIN = 8  # whole names this long may be one letter apart and one person
PLACE_FUZZY_MIN = 5  # place names this long may differ by one letter across scripts
PLACE_LOOSE_RATIO = 0.75  # ... and, to not count as other places, be this alike (case endings)
NUMBER_FACTOR = 0.6
NUMBER_CAP = 2.5
DATE_STEP = 0.1  # score factor lost per day apart
DATE_FLOOR = 0.5
EXPECTED_RARE = 0.05  # expecting this few other mentions (or fewer) nearby: weight 1
MIN_TIME_SPAN = 365  # a small corpus is taken as a sample of a year of news
SEEN_SHARE = 0.1  # each other article seen nearby with the feature adds this much
RARE_RATE = 1 / 50  # undated: a feature this rare among other articles weighs 1
GLOBAL_PSEUDO_DOCS = 50  # smoothing of the corpus-wide rate
POSTING_CAP = 40  # longer name postings are not used to find candidates
MIN_KEY_LEN = 3
EVIDENCE_LIMIT = 12
VIRTUAL_YEAR = 4  # days and months without a year are compared in this (leap) year, far from real ones
REAL_DAYS = Date(1000, 1, 1).toordinal()  # day numbers below this are virtual
# a few more reports of the pair nearby, each naming in its lead the one listed leader both name
CROWD_ONE_LEADER_MAX = 3
ALONE_PERSON_MIN = 0.5  # the only two reports of a pair within the window: one person this rare suffices
PLACE_MIN_SHARED = 2  # a year-less report takes a year from dated reports sharing this many names
# a report without a day joins the one event naming its two people on the weekday it names only
# when the archive holds at most this many events of the pair (its own included)
FEW_PAIR_EVENTS = 3
DOM_ONE_LEADER_EVENTS = 2  # a day of the month alone joins on one shared leader only among this many dated events of the pair
# a report of an event that names only its weekday takes the day of that weekday this close to the
# event's date (a visit's other day); a weekday further away is another day's, and dates it not
COMPLETED_WEEKDAY_SHIFT = 2
# a weekday falling between two days an event's reports tell of, at most this many days apart, is
# of that visit too (the Friday of a visit told of on its Thursday and Saturday)
VISIT_GAP_DAYS = 3
# two events of one pair whose days are at most this far apart, a link joining them, are one
# (:func:`clustering._join_lone_pair_events`: a state visit's first and second day); two days apart
# may be two talks of the pair in one week
LONE_PAIR_DAYS = 1
