"""Bad seeds get a clear message naming the file and the problem; the build goes on."""
import codecs
import logging
import os

import pytest

from tests.conftest import SEEDS
from tests.sitebuild import build_site, by_file, page, report, write_seeds

GOOD = (SEEDS / "001_7ff7be71dc824154.txt").read_bytes()
ARTICLE = ("Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri Jepang di Jakarta\n\n"
           "Menteri Luar Negeri Indonesia dan Menteri Luar Negeri Jepang bertemu di Jakarta pada 12 Maret 2024 "
           "untuk membahas kerja sama ekonomi, perdagangan dan investasi antara kedua negara. Kedua menteri "
           "sepakat memperkuat hubungan bilateral Indonesia dan Jepang.\n")

BAD = {
    "empty.txt": b"",
    "blank.txt": b"   \n\n\t  \n",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01",
    "utf16.txt": codecs.BOM_UTF16_LE + ARTICLE.replace("12 Maret", "13 Maret").replace(
        "Jakarta\n", "Tokyo\n", 1).encode("utf-16-le"),
    "cp1252.txt": ("Café talks: France and Germany meet in Paris\n\nThe French and German ministers met in Paris "
                   "on 5 April 2024 at a café near the Élysée to discuss trade between France and Germany. "
                   "“We agree,” they said.\n").encode("cp1252"),
    "huge.txt": b"word " * 1_000_001,
    "markup.txt": ("<script>alert('x')</script> Ministers of Brazil and Argentina meet\n\n"
                   "<b>The ministers</b> of Brazil and Argentina met in Brasilia on 2 May 2024. {{ 7*7 }} "
                   "{% raw %} Title: injected\nDate: 1999-01-01\n**not bold** and <img src=x onerror=alert(1)>\n"),
    "nolang.txt": b"12345 67890 2024 !!! ??? 3,14 ###\n",
    "nodate.txt": ("Canada and Mexico discuss trade\n\nThe ministers of Canada and Mexico discussed trade "
                   "between Canada and Mexico and agreed to meet again soon in Ottawa.\n"),
    "nocountry.txt": ("Local bakery wins award\n\nA small bakery won the regional award for its bread on "
                      "3 June 2024, the jury said after tasting many loaves.\n"),
    "dup1.txt": ARTICLE,
    "dup2.txt": ARTICLE.replace("12 Maret", "14 Maret"),
    "notes.md": "not a seed",
}


@pytest.fixture(scope="module")
def bad_site(tmp_path_factory):
    seeds = write_seeds(tmp_path_factory.mktemp("bad-seeds"), {**BAD, "good.txt": GOOD})
    return build_site(seeds, tmp_path_factory.mktemp("bad-out"))


def entry(site, name):
    (f,) = [f for f in report(site)["files"] if f["file"] == name]
    return f


@pytest.mark.parametrize("name, status, phrase", [
    ("empty.txt", "rejected", "empty file"),
    ("blank.txt", "rejected", "empty file"),
    ("binary.txt", "rejected", "binary file"),
    ("huge.txt", "rejected", "5.0 MB, over the limit"),
    ("utf16.txt", "ok-with-warnings", "UTF-16"),
    ("cp1252.txt", "ok-with-warnings", "Windows-1252"),
    ("markup.txt", "ok-with-warnings", "HTML markup"),
    ("nolang.txt", "ok-with-warnings", "language not detected"),
    ("nodate.txt", "ok-with-warnings", "no event date found"),
    ("nocountry.txt", "ok-with-warnings", "no country named"),
    ("dup1.txt", "ok-with-warnings", "same title as dup2.txt"),
    ("dup2.txt", "ok-with-warnings", "same title as dup1.txt"),
    ("notes.md", "ignored", "not a seed (a .txt text, or a web page saved as .html or .htm)"),
    ("good.txt", "ok", None),
])
def test_report_outcome(bad_site, name, status, phrase):
    f = entry(bad_site, name)
    assert f["status"] == status
    if phrase:
        assert any(phrase in p for p in f["problems"]), f["problems"]
    else:
        assert f["problems"] == []


def test_every_file_in_the_folder_is_accounted_for(bad_site):
    assert sorted(f["file"] for f in report(bad_site)["files"]) == sorted([*BAD, "good.txt"])


def test_the_log_names_the_file_and_the_problem(tmp_path, caplog):
    # (names of their own: Pelican's log filter drops a message it has already shown in this process)
    seeds = write_seeds(tmp_path / "s", {"logged-binary.txt": BAD["binary.txt"], "logged-good.txt": GOOD})
    with caplog.at_level(logging.INFO):
        build_site(seeds, tmp_path / "o")
    messages = [r.getMessage() for r in caplog.records]
    assert any("logged-binary.txt" in m and "rejected" in m and "binary file" in m for m in messages)
    assert any("logged-good.txt: ok" in m for m in messages)


def test_decoded_texts_are_readable(bad_site):
    cp = by_file(bad_site)["cp1252.txt"]
    assert cp["title"] == "Café talks: France and Germany meet in Paris"
    assert sorted(cp["countries"]) == ["DE", "FR"]
    assert by_file(bad_site)["utf16.txt"]["lang"] == "id"


def test_markup_is_shown_as_text_never_run(bad_site):
    a = by_file(bad_site)["markup.txt"]
    html = (bad_site / a["url"]).read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>The ministers" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    body = page(bad_site, a["url"]).select_one(".article-body").text
    assert "{{ 7*7 }}" in body and "{% raw %}" in body  # not rendered as a template
    assert "Title: injected" in body and "**not bold**" in body  # not metadata, not Markdown
    assert a["date"] == "2024-05-02"  # the "Date:" line is text, not metadata


def test_undated_and_language_less_articles_are_listed_not_dropped(bad_site):
    nodate = by_file(bad_site)["nodate.txt"]
    assert nodate["date"] is None and "/undated/" in nodate["url"]
    listing = page(bad_site, f"{nodate['lang']}/undated.html")
    assert nodate["title"] in listing.text
    nolang = by_file(bad_site)["nolang.txt"]
    assert nolang["lang"] is None and nolang["url"].startswith("und/")
    assert page(bad_site, nolang["url"]).html["lang"] == "und"


def test_rejected_files_are_not_published(bad_site):
    published = {p.name for p in (bad_site / "raw").iterdir()}
    rejected = {f["id"] for f in report(bad_site)["files"] if f["status"] == "rejected"}
    assert rejected == {None}
    assert len(published) == sum(1 for f in report(bad_site)["files"] if f["status"].startswith("ok"))


def test_a_link_out_of_the_seeds_folder_is_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret plans of France and Germany\n\nThey met on 1 May 2024 in Paris.\n")
    seeds = write_seeds(tmp_path / "s", {"good.txt": GOOD})
    os.symlink(secret, seeds / "link.txt")
    out = build_site(seeds, tmp_path / "o")
    assert entry(out, "link.txt")["status"] == "rejected"
    assert "outside the seeds folder" in entry(out, "link.txt")["problems"][0]
    assert not any("Secret plans" in p.read_text(errors="replace") for p in out.rglob("*.*") if p.is_file())
