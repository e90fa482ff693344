"""Traps met in the thirty-seventh round's sets, in texts written for these tests: a report that
writes only the day of the month, the day after one meeting of the pair and the very day of
another (the second day of a visit, or the other meeting?); a report naming neither the summit's
city nor its country joining the two leaders' talks on a summit's sidelines abroad because the
weekday fits."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kabar.linking import link_articles
from kabar.understand.headline import DOCUMENT_TITLE_RE
from kabar.understand.pipeline import link_view, understand


def _view(name: str, text: str, **fields):
    record = understand(text.encode(), f"{name}.txt", given_id=name).record
    return replace(link_view(record), **fields)


def _groups(events) -> set[tuple[str, ...]]:
    return {e.article_ids for e in events}


def _talks(tag: str, day: str, place: str = "Sydney", **fields) -> list:
    return [
        _view(f"{tag}1", f"Turnbull and Widodo hold talks in {place}\n\nAustralian Prime Minister Malcolm Turnbull "
                         f"held talks with Indonesian President Joko Widodo in {place} on trade and maritime "
                         f"security.\n", date=day, **fields),
        _view(f"{tag}2", f"Widodo, Turnbull agree on trade\n\nIndonesian President Joko Widodo and Australian Prime "
                         f"Minister Malcolm Turnbull agreed in {place} to conclude a trade agreement.\n",
              date=day, **fields),
    ]


DAY_ALONE = ("Widodo and Turnbull discuss trade\n\nIndonesian President Joko Widodo and Australian Prime Minister "
             "Malcolm Turnbull discussed trade on the 27th in Sydney, officials said.\n")


def test_a_day_of_the_month_one_day_from_another_event_joins_neither():
    """The day of the month alone ("27日") is the day of one meeting of the pair and the day after
    another (its second day, or the report of the first visit's last day?): it joins neither. With
    only the meeting on that very day in the archive, it joins it."""
    alone = _view("x", DAY_ALONE, date=None, day_of_month=(27, 27), weekday=None, month_day=None)
    february, march = _talks("f", "2017-02-26"), _talks("m", "2018-03-27")
    assert ("x",) in _groups(link_articles(february + march + [alone]))
    assert ("m1", "m2", "x") in _groups(link_articles(march + [alone]))
    assert ("x",) in _groups(link_articles(february + [alone]))  # (a day off alone is no fit)


SUMMIT = [
    "Modi meets May on G20 sidelines\n\nIndian Prime Minister Narendra Modi met British Prime Minister Theresa "
    "May on the sidelines of the summit in Hangzhou, China, and raised visas for Indian professionals.\n",
    "May and Modi talk visas in Hangzhou\n\nBritish Prime Minister Theresa May and Indian Prime Minister Narendra "
    "Modi discussed visas and terrorism in Hangzhou, China, during the summit.\n",
]
HOME_TALKS = ("Modi and May discuss visas and terrorism\n\nIndian Prime Minister Narendra Modi on Monday discussed "
              "visas and terrorism with British Prime Minister Theresa May, officials said.\n")


def test_an_undated_report_naming_neither_the_summits_city_nor_country_does_not_join_talks_abroad():
    """Two leaders' talks on a summit's sidelines in a third country (Monday 5 September): a
    report of a Monday's talks of the two that names neither the city nor its country is of
    another meeting (their talks at home); the same report naming the city joins them."""
    summit = [_view(f"s{n}", text, date="2016-09-05", venue=("CN",)) for n, text in enumerate(SUMMIT, 1)]
    home = _view("x", HOME_TALKS, date=None, weekday=0, month_day=None, day_of_month=None)
    assert ("x",) in _groups(link_articles(summit + [home]))
    there = _view("x", HOME_TALKS.replace("officials said", "officials said in Hangzhou"),
                  date=None, weekday=0, month_day=None, day_of_month=None)
    assert ("s1", "s2", "x") in _groups(link_articles(summit + [there]))


SHARE_WIDGET = ("Skip to main content\nsharethis\n\n"
                "Prime Minister visits Washington, meets the President for half an hour\n\n"
                "3 Oct 2017 The Prime Minister met the President at the White House on Monday and said the election "
                "would be announced next year.\nAddThis\n")


def test_a_share_widgets_name_is_neither_the_headline_nor_a_paragraph():
    """A share widget's name on its own line ("sharethis" over the headline, "AddThis" under the
    text) is the page's furniture: not the headline, not a paragraph of the article."""
    record = understand(SHARE_WIDGET.encode(), "page.txt").record
    assert record.title == "Prime Minister visits Washington, meets the President for half an hour"
    shown = [block.text for block in record.parsed.blocks]
    assert not any(text.lower() in ("sharethis", "addthis") for text in shown)
    assert any(text.startswith("3 Oct 2017 The Prime Minister met") for text in shown)


SPEECH_LONG_TITLE = (
    "Remarks by President Moyo at the signing ceremony of the agreements between the two countries during the "
    "State Visit to Namibia by the President of the Republic of Finland, Ms Anna Virtanen, at the State House, "
    "Windhoek\n"
    "Madam President,\nMembers of the media,\n"
    "Thank you for accepting my invitation to visit our country ahead of the regional summit.\n"
    "Our two nations share a long friendship built on education, water engineering and mining.\n")
SPEECH_FULL_STOP = (
    "14 mars 2016 - Seul le prononcé fait foi\n\nTélécharger le .pdf\n\n"
    "Déclaration de M. Paul Martin, Président de la République, sur les relations entre la France et la Bolivie "
    "et sur la coopération dans le domaine de l'eau, à La Paz le 14 mars 2016.\n\n"
    "Monsieur le Président,\n"
    "Je voulais faire cette visite dans votre pays, la Bolivie, à ce moment, dans ce contexte.\n"
    "Vous étiez venu il y a deux ans à Paris, et nous avions alors parlé de l'eau et du lithium.\n")


@pytest.mark.parametrize("text, title", [
    # a speech's title as official sites print it: longer than any headline, every word of it is the title
    (SPEECH_LONG_TITLE, SPEECH_LONG_TITLE.split("\n")[0]),
    # ... with a full stop after it, over the speech whose sentences share none of its words
    (SPEECH_FULL_STOP, "Déclaration de M. Paul Martin, Président de la République, sur les relations entre la "
                       "France et la Bolivie et sur la coopération dans le domaine de l'eau, à La Paz le 14 mars 2016"),
])
def test_a_speechs_or_statements_title_is_the_headline(text, title):
    record = understand(text.encode(), "speech.txt").record
    assert record.title == title and not record.title_derived


@pytest.mark.parametrize("line, title", [
    ("Remarks by the President at the state dinner", True),
    ("Joint Statement on the comprehensive strategic partnership", True),
    ("Discours du Président de la République au dîner d'Etat", True),
    ("Rede von Bundeskanzlerin Merkel beim Wirtschaftsforum", True),
    ("Declaración conjunta de los presidentes", True),
    ("Statement was made by the minister on Monday after the talks.", False),  # (a sentence)
    ("Remarkable talks by the two leaders", False),
])
def test_what_a_speechs_or_statements_title_opens_with(line, title):
    assert bool(DOCUMENT_TITLE_RE.match(line)) is title


TRANSLATED_PRESS = ("5 марта 2016 г. Джон Доу | The Financial Times Меркель приняла президента Казахстана в Берлине "
                    "\"В среду канцлер Германии Ангела Меркель приняла в Берлине президента Казахстана Нурсултана "
                    "Назарбаева и обсудила с ним торговлю и энергетику\", - пишет The Financial Times.\n"
                    "Стороны подписали соглашения о сотрудничестве в области энергетики.\n")


def test_a_translated_press_pages_date_author_and_paper_glued_before_the_headline():
    """A translated-press page's first line: its date, the author, a bar and the foreign paper,
    then the headline in the page's script and the paper's lead in quotes, all on one line. The date
    is the page's (the talks were "on Wednesday", 2 March 2016), the headline the words between."""
    record = understand(TRANSLATED_PRESS.encode(), "inopress.txt").record
    assert record.title == "Меркель приняла президента Казахстана в Берлине" and not record.title_derived
    assert record.date.iso == "2016-03-02"


def test_a_headline_in_the_papers_own_script_after_the_bar_is_not_cut():
    """After "| The Times", a headline in Latin letters cannot be told from the paper's name: the line
    is left whole (no stamp, no split)."""
    line = "5 March 2016 John Doe | The Times Merkel receives the President of Kazakhstan in Berlin on Wednesday"
    record = understand((line + "\nThe two leaders discussed trade and energy.\n").encode(), "page.txt").record
    assert "Merkel receives the President of Kazakhstan" in record.title


@pytest.mark.parametrize("first, title", [
    # the lead glued after the headline opens with a name the headline gives, right after its last name
    ("Kenya: President William Ruto meets Prime Minister Giorgia Meloni William Ruto is on a two-day official "
     "visit to Italy, his first since taking office, and discussed energy and migration with his host.",
     "Kenya: President William Ruto meets Prime Minister Giorgia Meloni"),
    # (no name restated: one sentence, left whole)
    ("President William Ruto met Prime Minister Giorgia Meloni in Rome on a two-day official visit to Italy, his "
     "first since taking office, and discussed energy and migration with his host.", None),
])
def test_a_lead_glued_after_the_headline_restating_a_name(first, title):
    record = understand((first + "\nThe two leaders signed three agreements on energy.\n").encode(), "page.txt").record
    if title is None:
        assert record.title_derived and record.title.startswith("President William Ruto met Prime Minister")
    else:
        assert record.title == title and not record.title_derived
        assert record.parsed.blocks[0].text.startswith("William Ruto is on a two-day official visit")
