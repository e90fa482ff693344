"""Interface languages: a new catalog is all it takes; dates and names come from Babel."""
import shutil
import subprocess
import sys

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from kabar import i18n
from tests.conftest import ROOT, SEEDS
from tests.sitebuild import build_site, by_file, page


def test_adding_a_third_interface_language_is_a_catalog(tmp_path):
    translations = tmp_path / "translations"
    shutil.copytree(ROOT / "theme" / "translations", translations)
    catalog = Catalog(locale="vi")
    catalog.add("Latest", "Mới nhất")
    catalog.add("Country pairs", "Cặp quốc gia")
    (translations / "vi" / "LC_MESSAGES").mkdir(parents=True)
    with open(translations / "vi" / "LC_MESSAGES" / "messages.po", "wb") as fh:
        write_po(fh, catalog)
    out = build_site(SEEDS, tmp_path / "out", TRANSLATIONS=str(translations))
    vi = page(out, "vi/index.html")
    assert vi.html["lang"] == "vi"
    nav = vi.select_one("nav.main-nav").text
    assert "Mới nhất" in nav and "Cặp quốc gia" in nav
    assert "Archive" in nav  # not yet translated: English
    assert page(out, "vi/pairs/ru-vn.html").h1.text == "Nga – Việt Nam"  # CLDR names in Vietnamese
    assert "Tiếng Việt" in page(out, "index.html").select_one("nav.lang-switch").text


def test_article_in_a_language_without_catalog_gets_english_interface(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "fr.txt").write_text(
        "La France et l'Allemagne signent un accord\n\nLes ministres français et allemand ont signé un "
        "accord commercial à Paris le 5 avril 2024, a annoncé le gouvernement français.\n", encoding="utf-8")
    out = build_site(seeds, tmp_path / "out")
    entry = by_file(out)["fr.txt"]
    assert entry["lang"] == "fr" and entry["date"] == "2024-04-05"
    doc = page(out, entry["url"])
    assert doc.html["lang"] == "fr"
    assert doc.select_one("header.site-header")["lang"] == "en"  # the interface is English...
    assert "Latest" in doc.select_one("nav.main-nav").text
    assert doc.find("time").text == "5 avril 2024"  # ...dates are in the page's language


def test_babel_names_and_dates_without_os_locales():
    assert i18n.format_iso_date("2024-03-04", "id") == "4 Maret 2024"
    assert i18n.format_iso_date("2024-03-04", "en") == "March 4, 2024"
    assert i18n.format_iso_date("2024-03-04", "vi") == "4 tháng 3, 2024"
    assert i18n.pair_name(("RU", "VN"), "id") == "Rusia – Vietnam"
    assert i18n.language_name("en", "id") == "Inggris"
    assert i18n.format_iso_date("2024-03-04", "xx-nonsense") == "March 4, 2024"  # unknown: English


def test_pure_modules_do_not_import_pelican():
    code = ("import sys; sys.path.insert(0, 'plugins');"
            "import kabar.understand.pipeline, kabar.linking, kabar.site, kabar.search, kabar.meta, "
            "kabar.digest, kabar.i18n, kabar.render, kabar.record, kabar.outlets, kabar.timeline;"
            "assert 'pelican' not in sys.modules, 'pelican imported'")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_interface_strings_render_as_jinja_own_gettext_would():
    """The memoised gettext gives every page the bytes Jinja's own "newstyle" gettext gives it:
    the translation, marked safe, formatted with its variables (escaped), ``%%`` as ``%``; with
    and without escaping."""
    import io

    from babel.messages.mofile import write_mo
    from babel.support import Translations
    from jinja2 import Environment

    catalog = Catalog(locale="id")
    catalog.add("Search", "Cari")
    catalog.add("100%% sure", "100%% yakin")
    catalog.add("Named in %(num)s report", "Disebut dalam %(num)s laporan")
    catalog.add(("%(num)s event", "%(num)s events"), ("%(num)s peristiwa", "%(num)s peristiwa"))
    catalog.add("By %(who)s", "Oleh %(who)s")
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    translations = Translations(fp=buf)
    source = ("{{ _('Search') }}|{{ gettext('Search') }}|{{ _('100%% sure') }}|{{ _('Untranslated') }}|"
              "{{ _('By %(who)s', who=who) }}|{{ ngettext('%(num)s event', '%(num)s events', n) }}|"
              "{% trans %}Search{% endtrans %}|{% trans num=n %}Named in {{ num }} report{% endtrans %}")
    for autoescape in (True, False):
        theirs = Environment(extensions=["jinja2.ext.i18n"], autoescape=autoescape)
        theirs.install_gettext_translations(translations, newstyle=True)
        ours = Environment(extensions=["jinja2.ext.i18n"], autoescape=autoescape)
        ours.newstyle_gettext = True
        ours.globals.update(i18n.template_gettext(translations))
        for values in ({"who": "<b>A & B</b>", "n": 1}, {"who": "Rina", "n": 3}):
            expected = theirs.from_string(source).render(**values)
            assert ours.from_string(source).render(**values) == expected
            assert ours.from_string(source).render(**values) == expected  # (the second time from the memo)
        assert expected.startswith("Cari|Cari|100% yakin|Untranslated|Oleh Rina|3 peristiwa|Cari|")
        hostile = ours.from_string(source).render(who="<b>A & B</b>", n=1)
        assert ("Oleh &lt;b&gt;A &amp; B&lt;/b&gt;" in hostile) is autoescape
