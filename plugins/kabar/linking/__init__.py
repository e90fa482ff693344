"""Cross-language event linking: which articles report the same event.

Pure package (no pelican import), one module per part: ``shapes`` (what goes in and
comes out), ``names`` (per-article features), ``scoring`` (rarity, evidence, blocking),
``clustering`` (events from links, lone reports), ``year_less`` (reports without a year), ``events``
(the entry point), ``overrides`` (the editors' file), ``tuning`` (the constants).  :func:`link_articles` groups
:class:`LinkArticle` objects into :class:`Event` objects; every article ends up
in exactly one event, a lone article being its own event.  Precision comes
first: a wrong "same event" link misleads readers more than a missing one.

Features (read from ``LinkArticle.text``)
    * **names**: runs of capitalised words of the original text, split at a
      stop list (titles, offices, months, weekdays, country names, news
      agencies, function words of en/id/fr/vi), folded with :func:`fold` and
      compared with spaces removed: ``Nguyễn Minh Vũ`` == ``Nguyen Minh Vu``,
      ``Hà Nội`` == ``Ha Noi`` == ``Hanoi`` == ``Hanoï``.  A name of two or
      more words also yields its last word (``Titov``), from three words its
      last two, and the consonant skeleton of its last two (``~sbnsfr`` for
      ``Sabine Schäfer`` and ``Сабина Шефер``: spellings of one name in other
      scripts and languages meet); the keys of one written name form a *group* that counts
      once, and two groups spelling out different whole names never match
      through a shared surname (``Miguel Vidal`` is not ``Josefina Vidal``).
      A sentence-initial word is kept only when the article capitalises it
      elsewhere too; headline-case lines, the headline VOV repeats before
      captions and photo credits are skipped.  A name after a locative
      preposition (``in``, ``di``, ``à``, ``tại``...) is a *place*; a name
      in the first ``LEAD_LINES`` lines is a *lead* name: who the article is
      about.
    * **numbers**: ``13th``/``ke-13``/``thứ 13``/``13e`` -> ordinal 13;
      ``4,85``/``4.85`` -> ``4.85``; ``1,000``/``1.000`` -> ``1000``.  The
      article's own date parts (day, month, year) are left out.

Weights: how surprising is it that two reports of *other* events share it?
    For two dated articles of one country pair, a feature's weight comes from
    the number of other articles of the pair expected to mention it by chance
    as close in time as the two are (the pair's count spread evenly over the
    corpus's days, at least a year; plus a share of those actually seen
    within the window: a person in the news all week):
    ``w = clamp(ln(expected) / ln(EXPECTED_RARE), 0, 1)``.  The city every
    report of the pair names counts little; a minister named in many reports
    over the years but in no other report of these days counts a lot.  For an
    undated pair, or articles without a common pair, the share of other
    articles naming it is used instead.  Places weigh at most ``PLACE_CAP``;
    a name only one of the two has in its lead counts half.  Numbers get a
    magnitude factor: 1-3 next to nothing, day-sized numbers little, years
    half, larger figures, decimals and ordinals >= 2 fully.

A link (all of these)
    * compatible countries: two pairs must be equal, other country sets one
      within the other (different country pairs never link);
    * dates at most ``window_days`` apart (an undated article: see below);
    * at least two *people* (not places) in the leads of both articles, and,
      for dated articles of one pair, the two best of them *named together*
      must weigh at least ``JOINT_MIN`` (computed as above for articles
      naming both: two ministers who meet monthly share a lot of articles,
      but rarely within a few days);
    * a score ``(names + NUMBER_FACTOR * min(numbers, NUMBER_CAP)) *
      date_factor`` of at least ``threshold`` (``date_factor`` 1.0 on the
      same day, 0.1 less per day apart).
    An undated article, or two articles without a common pair, link only on
    very strong evidence: both people weigh ``STRONG_NAME``, the names
    ``UNDATED_NAME_SCORE``, shared figures ``UNDATED_NUMBER_SCORE``, and the
    two people are named together by no other article of the pair.

Candidates (no all-pairs comparison)
    Articles with a date and a country pair are blocked by pair and compared
    within a sliding window of ``window_days``.  Articles lacking a date or a
    pair are matched through an inverted index of names, skipping postings
    longer than ``POSTING_CAP``.  Cost: near-linear in the number of articles.

Clustering
    Accepted links are taken strongest first (ties by id).  Two clusters
    merge only when at least half of all their cross pairs are linked (so a
    chain A-B-C-D of links does not make one event of strangers) and no
    "apart" override pair would end up in one event, even transitively.
    "together" overrides are merged before anything else and always win,
    also over a conflicting "apart".
    Then reports left alone join the one event of their pair they fit
    (``clustering._absorb``): with a day, the only event of the pair within
    the window naming a listed leader of its lead; without one, the only
    event whose reports name two of its lead's leaders and share more with it
    (a place rare among the pair's reports, spelt alike across scripts and
    cases or another name of the same capital, a third name, figures, or the
    country the meeting is set in), or, when no event names two, the only
    event naming one of them and more, on the weekday its lead names or in
    the place it is set.  A weekday or a
    place that differs rules an event out; two events that fit rule both out, and so does another
    event of the pair set in the same place naming one of its leaders; a capital of the pair's own
    countries is no place of its own when the two leaders met on other days.
    A country's name is never evidence (the pair is compared on its own).
    Two events of one pair, of two dated reports or more each, whose days
    (the day most of each one's reports give) are a day apart at most, that
    a link joins and no third such event comes near, are one
    (``clustering._join_lone_pair_events``): one state visit written up on
    its first and on its second day.
    A report that writes its day and month but no year is placed in the year of the dated reports
    of its pair it shares names with (``year_less._place_year_less``); placed beside a dated report
    that is left alone, within the window, it joins it on a listed leader both leads name
    (``year_less._join_placed_to_lone``), and the reports left alone may then join that event.

Events: ids are ``"ev-"`` + 12 hex digits of the SHA-1 of the smallest member
id, so they do not change with input order or unrelated articles; the date is
the most common member date (ties: the earliest); the countries the most
common member pair.  Every kept link carries its score and evidence (shared
names as written, shared numbers, dates, days apart, countries).
"""
from __future__ import annotations

from .shapes import Event, Link, LinkArticle, Overrides
from .names import ArticleFeatures, FeatureCaches, article_features, extract_names, extract_numbers
from .events import link_articles
from .overrides import OverridesError, parse_overrides

__all__ = ["ArticleFeatures", "Event", "FeatureCaches", "Link", "LinkArticle", "Overrides", "OverridesError", "article_features", "extract_names", "extract_numbers", "link_articles", "parse_overrides"]
