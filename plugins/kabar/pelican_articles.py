"""The Pelican articles of the archive's reports, made only when something asks for one.

The archive's pages, feeds and catalogue are made from the records (:mod:`record`); a Pelican
``Article`` per report serves only what lives outside the archive: another plugin reading the
generator's ``articles`` or the context's ``kabar_articles``, an article's ``translations`` (its
event's reports in other languages), Pelican's closing count. Making ten thousand of them took a
build about 0.7 s, a rebuild after one new seed a fifteenth of its time, for nothing when no one
asks; so each is made on first use, and the same object is handed out after that.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence


class PelicanArticles(Mapping):
    """Article id -> its Pelican article, made by ``make(id)`` on first use; ``finish(id,
    article)`` then fills in what refers to other articles (its translations: the article is
    already handed out by then, so that two translations of each other meet)."""

    def __init__(self, ids: Sequence[str], make: Callable[[str], object],
                 finish: Callable[[str, object], None] = lambda aid, article: None) -> None:
        self._ids = tuple(sorted(ids))
        self._known = frozenset(self._ids)
        self._make, self._finish = make, finish
        self._made: dict[str, object] = {}

    def __getitem__(self, aid: str):
        article = self._made.get(aid)
        if article is None:
            if aid not in self._known:
                raise KeyError(aid)
            article = self._made[aid] = self._make(aid)
            self._finish(aid, article)
        return article

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, aid: object) -> bool:
        return aid in self._known

    def in_order(self) -> "ArticlesInOrder":
        """The articles, by id, as a list that makes each only when it is read."""
        return ArticlesInOrder(self)


class ArticlesInOrder(Sequence):
    """:class:`PelicanArticles`' articles by id, as a read-only sequence."""

    def __init__(self, articles: PelicanArticles) -> None:
        self._articles = articles
        self._ids = articles._ids

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._articles[aid] for aid in self._ids[index]]
        return self._articles[self._ids[index]]

    def __len__(self) -> int:
        return len(self._ids)
