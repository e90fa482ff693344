"""People pages queued for rendering: each section's people index and one page per person named in
two or more reports (a part of :class:`generator.KabarGenerator`; who they are: :mod:`people`).

``{section}/people/index.html`` and ``{section}/people/{slug}.html``, in every section like the
pair pages: the interface in the section's language, the reports in their own."""
from __future__ import annotations

import functools

from . import site
from .people import People, Person
from .understand.textutil import fold


def _event_year(event: dict) -> int | None:
    return int(event["date"][:4]) if event["date"] else None


def name_order(name: str) -> tuple[str, str]:
    """People sorted by name as a reader looks them up: case, diacritics and script folded."""
    return fold(name), name


class PeoplePagesMixin:
    """Methods of :class:`generator.KabarGenerator` (they use its attributes)."""

    people: People

    def _queue_people(self, events: dict[str, dict]) -> None:
        persons = self.people.persons
        names = {p.slug: p.name for p in persons}
        listing = tuple((p.slug, p.name, p.countries, len(p.articles), len(p.events))
                        for p in sorted(persons, key=lambda p: name_order(p.name)))
        sections = self.sections
        for section in sections:
            self._queue(site.people_url(section), "people.html", section, people=listing,
                        switch=self._switch({s: site.people_url(s) for s in sections}))
        pages = []  # (person, their page's context, their years, each year page's switcher)
        for person in persons:
            own = sorted((events[eid] for eid in person.events if eid in events),
                         key=lambda e: (e["date"] or "", e["id"]), reverse=True)  # newest first, undated last
            first, years = site.list_parts(own, self.kabar.list_max, _event_year)
            together = tuple((slug, names[slug], n) for slug, n in self.people.together.get(person.slug, ()))
            context = dict(person=person, person_events=first, together=together,
                           switch=self._switch({s: site.person_url(s, person.slug) for s in sections}))
            year_switches = [self._switch({s: site.person_year_url(s, person.slug, year) for s in sections})
                             for year, _ in years]
            pages.append((person, context, years, year_switches))
        # (one section's pages after another: the event entries they share are rendered once per
        # section, and dropped when the next section's pages begin; see rendering.Fragments)
        for section in sections:
            for person, context, years, year_switches in pages:
                links = site.year_links(years, functools.partial(site.person_year_url, section, person.slug))
                self._queue(site.person_url(section, person.slug), "person.html", section, years=links, **context)
                named = site.Named(person.slug, person.name)  # (not all the person holds: see site.year_page)
                for n, (_, year_events) in enumerate(years):
                    self._queue(links[n].url, "person.html", section, person=named, person_events=year_events,
                                switch=year_switches[n], **site.year_page(links, n))

    def _people_of(self, article_id: str) -> tuple[tuple[str, str], ...]:
        """(slug, name) of the people with a page an article names, in the order it names them."""
        by_slug: dict[str, Person] = self._people_by_slug
        return tuple((slug, by_slug[slug].name) for slug in self.people.of_article.get(article_id, ()))
