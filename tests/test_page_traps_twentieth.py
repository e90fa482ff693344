"""Traps of real pages met in the twentieth session's sets, in texts written for these tests: a
photo's label printed over the headline ("… and his Czech counterpart", "… durante encontro com …")."""
from __future__ import annotations

import pytest

from kabar.understand.actors import names_only
from kabar.understand.pipeline import understand


def _read(text: str, name: str = "page.txt"):
    return understand(text.encode(), name).record


@pytest.mark.parametrize("line, label", [
    # a titled name and what only a photo's label writes after it
    ("Prime Minister Mateusz Morawiecki and his Czech counterpart", True),
    ("Polish PM Mateusz Morawiecki and his Czech counterpart Andrej Babiš", True),
    ("Presidente Michel Temer durante encontro com o presidente do Paraguai", True),
    ("Emmanuel Macron lors de sa visite à Pékin", True),
    ("Vladimir Putin during talks with the Chinese leader", True),
    # a headline says what they did
    ("Morawiecki and his Czech counterpart sign an energy deal", False),
    ("Putin meets his Chinese counterpart Xi Jinping", False),
    ("Temer recebe presidente paraguaio durante visita", False),
    ("Protests during Putin's visit to Prague", False),
    # a sentence of the body is no label
    ("Vladimir Putin during talks with the Chinese leader said trade would grow.", False),
])
def test_a_photos_label_after_a_titled_name_is_told_from_a_headline(line, label):
    assert names_only(line) is label


EN_PAGE = ("Prime Minister Mateusz Morawiecki and his Czech counterpart\n\n"
           "Warsaw and Prague pledge closer rail links\n\n"
           "March 3, 2018\n\n"
           "Polish Prime Minister Mateusz Morawiecki held talks in Prague with Czech Prime Minister "
           "Andrej Babiš on Friday, and the two pledged closer rail links between Warsaw and Prague.\n\n"
           "The prime ministers also spoke about the budget of the European Union.\n")

PT_PAGE = ("Presidente Michel Temer durante encontro com o presidente do Paraguai, Horacio Cartes\n\n"
           "Temer e Cartes discutem ponte entre os dois países\n\n"
           "Foto: Agência Brasil\n\n"
           "O presidente Michel Temer recebeu nesta segunda-feira o presidente do Paraguai, Horacio "
           "Cartes, em Brasília. Os dois discutem a nova ponte entre os dois países sobre o rio Paraná.\n\n"
           "Segundo o Planalto, a obra deve começar no próximo ano.\n")


@pytest.mark.parametrize("text, title", [
    (EN_PAGE, "Warsaw and Prague pledge closer rail links"),
    (PT_PAGE, "Temer e Cartes discutem ponte entre os dois países"),
    # without the label over it, the same headline is the first line and the headline as before
    (EN_PAGE.split("\n\n", 1)[1], "Warsaw and Prague pledge closer rail links"),
])
def test_a_photos_label_over_the_headline_is_not_the_headline(text, title):
    assert _read(text).title == title
