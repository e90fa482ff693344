"""Month names on each language's pages are that language's, whatever else the build read first.

Babel 2.18 wrote a locale's resolved stand-alone month names back into data other locales share
(python-babel/babel#1234): once a Chinese report was read, a French archive said "三月 2024". The
build runs in a real `pelican` process here, so that nothing read by another test hides it."""
from __future__ import annotations

from tests.sitebuild import page, write_seeds
from tests.test_editor_safety import pelican

ZH = ("智利总统访问肯尼亚\n2024-03-15 20:10:00\n\n新华社内罗毕3月15日电 当地时间15日,智利总统博里奇与肯尼亚总统鲁托在内罗毕举行会谈,"
      "两国签署了九项合作协议。\n\n两国元首同意加强贸易与矿业合作。\n")
FR = ("La France et le Chili signent un accord sur le cuivre\n\nLe président chilien a rencontré le jeudi 21 mars "
      "2024 à Paris le président français pour signer un accord sur le cuivre.\n\nLes deux pays veulent renforcer "
      "leur coopération dans les mines.\n")
ID = ("Indonesia dan Chile sepakat perkuat kerja sama tambang\n\nPresiden Chile bertemu Presiden Indonesia di "
      "Jakarta pada Rabu, 20 Maret 2024, untuk membahas kerja sama tambang dan perdagangan.\n\nKedua negara juga "
      "membahas investasi.\n")


def test_each_languages_archive_names_the_months_in_that_language(tmp_path):
    # (the Chinese report's name sorts first: it is read, and its months named, before the others)
    seeds = write_seeds(tmp_path / "seeds", {"0-zh.txt": ZH, "1-fr.txt": FR, "2-id.txt": ID})
    run = pelican(seeds, tmp_path / "out", ("KABAR_CACHE_DIR", "off"))
    assert run.returncode == 0, run.stderr[-2000:]
    months = {lang: [a.get_text() for a in page(tmp_path / "out", f"{lang}/archive.html").select("a")
                     if "2024/03/" in a.get("href", "")] for lang in ("zh", "fr", "id")}
    assert months == {"zh": ["三月 2024"], "fr": ["mars 2024"], "id": ["Maret 2024"]}
