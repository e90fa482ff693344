"""Interface languages, CLDR names and dates, all through Babel (never OS locales).

The interface strings live in gettext catalogs, one folder per language:
``theme/translations/<lang>/LC_MESSAGES/messages.po``. They are compiled in
memory at build time, so a new language is just a new ``.po`` file.
"""
from __future__ import annotations

import datetime
import functools
import io
import logging
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_interval
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations
from jinja2 import pass_context
from markupsafe import Markup

from .record import UNDETERMINED

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=256)
def locale_for(lang: str | None) -> Locale:
    """Babel locale for a BCP 47 code; English when Babel does not know it."""
    try:
        return Locale.parse((lang or "en").replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


class Interface:
    """The interface catalogs found in ``translations_dir``; ``source_lang`` needs none."""

    def __init__(self, translations_dir: Path | None, source_lang: str = "en"):
        self.source_lang = source_lang
        self._catalogs: dict[str, Translations] = {}
        self._callables: dict[str, dict] = {}  # language -> its template_gettext
        if translations_dir and translations_dir.is_dir():
            for po_path in sorted(translations_dir.glob("*/LC_MESSAGES/messages.po")):
                lang = po_path.parent.parent.name
                with po_path.open("rb") as fh:
                    catalog = read_po(fh, locale=lang)
                buf = io.BytesIO()
                write_mo(buf, catalog)
                buf.seek(0)
                self._catalogs[lang] = Translations(fp=buf)

    @property
    def languages(self) -> list[str]:
        return sorted({self.source_lang, *self._catalogs})

    def ui_lang(self, page_lang: str | None) -> str:
        """The interface language of a page in ``page_lang``: its own, else the source language."""
        if page_lang and (page_lang == self.source_lang or page_lang in self._catalogs):
            return page_lang
        base = (page_lang or "").split("-")[0]
        return base if base in self._catalogs else self.source_lang

    def translations(self, lang: str) -> NullTranslations:
        return self._catalogs.get(lang) or NullTranslations()

    def template_callables(self, lang: str) -> dict:
        """The template globals of the interface in ``lang`` (``_``, ``gettext``, ``ngettext``):
        :func:`template_gettext` of its catalog, made once per language."""
        made = self._callables.get(lang)
        if made is None:
            made = self._callables[lang] = template_gettext(self.translations(lang))
        return made


def template_gettext(translations: NullTranslations) -> dict:
    """Jinja's "newstyle" gettext callables for ``translations`` (the same strings as
    ``Environment.install_gettext_translations(translations, newstyle=True)``: the translation
    marked safe when escaping, then always formatted with its variables), with a string without
    variables looked up once: a page asks for some thirty of them, and every page of a section
    asks for the same ones. ``_`` is ``gettext`` itself, not an alias that looks it up again."""
    memo: dict[tuple[str, bool], str] = {}

    @pass_context
    def gettext(__context, __string: str, **variables) -> str:
        escaping = __context.eval_ctx.autoescape
        if not variables:
            shown = memo.get((__string, escaping))
            if shown is None:
                found = translations.gettext(__string)
                shown = memo[(__string, escaping)] = (Markup(found) if escaping else found) % {}
            return shown
        found = translations.gettext(__string)
        return (Markup(found) if escaping else found) % variables

    @pass_context
    def ngettext(__context, __singular: str, __plural: str, __num: int, **variables) -> str:
        variables.setdefault("num", __num)
        found = translations.ngettext(__singular, __plural, __num)
        return (Markup(found) if __context.eval_ctx.autoescape else found) % variables

    return {"_": gettext, "gettext": gettext, "ngettext": ngettext}


@functools.lru_cache(maxsize=4096)
def language_name(code: str | None, in_lang: str) -> str:
    """``id`` in English -> ``Indonesian``; in Indonesian -> ``Indonesia``."""
    if not code or code == UNDETERMINED:
        return locale_for(in_lang).languages.get(UNDETERMINED, "Unknown language")
    name = locale_for(in_lang).languages.get(code.replace("-", "_"))
    return name[0].upper() + name[1:] if name else code


def native_language_name(code: str | None) -> str:
    """``id`` -> ``Indonesia``: a language named in itself, for the language switcher."""
    return language_name(code, code or "en")


@functools.lru_cache(maxsize=4096)
def country_name(code: str, in_lang: str) -> str:
    return locale_for(in_lang).territories.get(code, code)


def pair_name(codes: tuple[str, ...] | list[str], in_lang: str) -> str:
    """``('RU', 'VN')`` in Indonesian -> ``Rusia – Vietnam`` (names sorted in that language)."""
    return _pair_name(tuple(codes), in_lang)


@functools.lru_cache(maxsize=4096)
def _pair_name(codes: tuple[str, ...], in_lang: str) -> str:
    names = sorted((country_name(c, in_lang) for c in codes), key=str.casefold)
    return " – ".join(names)


@functools.lru_cache(maxsize=65536)  # pages list the same dates again and again
def format_iso_date(iso: str | None, lang: str, fmt: str = "long") -> str:
    if not iso:
        return ""
    return format_date(datetime.date.fromisoformat(iso), format=fmt, locale=locale_for(lang))


def format_iso_span(first: str, last: str, lang: str) -> str:
    """``2017-07-08, 2017-07-11`` -> ``July 8 – 11, 2017`` / ``8–11 Juli 2017`` (the locale's interval)."""
    return format_interval(datetime.date.fromisoformat(first), datetime.date.fromisoformat(last), "yMMMMd",
                           locale=locale_for(lang))


def format_month(year: int, month: int, lang: str) -> str:
    """``2024, 3`` -> ``March 2024`` / ``Maret 2024``."""
    return format_date(datetime.date(year, month, 1), format="LLLL y", locale=locale_for(lang))
