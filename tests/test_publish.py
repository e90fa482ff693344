"""Publishing and linking: absolute builds, feeds, sitemap, previews, permalinks, digest, workflow."""
import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET

import feedparser
import pytest
import yaml

from tests.conftest import ROOT, SEEDS
from tests.sitebuild import seed_entry as seed, build_site, by_file, page

PUBLIC = "https://example.github.io/archive"
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The seeds built as `make publish SITEURL=…` builds them (through the Makefile)."""
    out = tmp_path_factory.mktemp("published")
    work = tmp_path_factory.mktemp("clone")
    # a copy of the project, so that the build's permalink registry update stays out of the repo
    for name in ("pelicanconf.py", "publishconf.py", "Makefile", "requirements.txt"):
        shutil.copy2(ROOT / name, work / name)  # keeps mtimes: no reinstall
    for name in ("content", "theme", "plugins", "seeds", "tools"):
        shutil.copytree(ROOT / name, work / name, ignore=shutil.ignore_patterns("__pycache__"))
    os.symlink(ROOT / ".venv", work / ".venv")
    subprocess.run(["make", "publish", f"SITEURL={PUBLIC}", f"OUTPUT={out}"], cwd=work, check=True,
                   capture_output=True, text=True)
    return out



def test_publish_build_uses_absolute_links_under_the_subpath(published):
    for rel in ("index.html", seed(published, "000")["url"], "id/pairs/ru-vn.html", "404.html"):
        doc = page(published, rel)
        for tag, attr in (("a", "href"), ("link", "href"), ("script", "src")):
            for el in doc.find_all(tag):
                url = el.get(attr)
                if not url or url.startswith(("#", "https://tuoitre.vn")):
                    continue
                assert url.startswith(PUBLIC + "/"), (rel, url)


def test_404_page_works_at_any_path(published):
    doc = page(published, "404.html")
    assert doc.select_one("link[rel=stylesheet]")["href"] == f"{PUBLIC}/theme/css/style.css"
    assert doc.h1.text == "Page not found"


def test_disk_build_keeps_relative_links(tmp_path):
    out = build_site(SEEDS, tmp_path / "disk")
    doc = page(out, seed(out, "000")["url"])
    assert doc.select_one("link[rel=stylesheet]")["href"] == "../../theme/css/style.css"
    assert not any(a["href"].startswith(PUBLIC) for a in doc.find_all("a", href=True))


def test_feeds_parse_and_carry_language_ids_and_other_reports(published):
    feeds = sorted(p.name for p in (published / "feeds").glob("*.atom.xml"))
    assert feeds == ["all.atom.xml", "en.atom.xml", "id.atom.xml", "pair-ru-vn.atom.xml", "pair-sg-vn.atom.xml"]
    for name in feeds:
        parsed = feedparser.parse((published / "feeds" / name).read_bytes())
        assert not parsed.bozo, (name, parsed.bozo_exception)
        assert parsed.entries, name
        for entry in parsed.entries:
            assert entry.id.startswith("tag:kabar-arsip,2024:article/")
            assert entry.title and entry.summary
            assert entry.link.startswith(PUBLIC + "/")
    all_feed = feedparser.parse((published / "feeds" / "all.atom.xml").read_bytes())
    assert len(all_feed.entries) == 5
    s000, s001 = seed(published, "000"), seed(published, "001")
    (e000,) = [e for e in all_feed.entries if e.id.endswith(s000["id"])]
    assert e000.published.startswith("2024-03-04")
    hrefs = {(link.get("hreflang"), link.href) for link in e000.links}
    assert ("en", f"{PUBLIC}/{s001['url']}") in hrefs  # the English report of the same event
    tree = ET.parse(published / "feeds" / "all.atom.xml")
    langs = {e.find(f"{ATOM}id").text.rsplit("/", 1)[1]: e.get(XML_LANG) for e in tree.iter(f"{ATOM}entry")}
    assert langs[s000["id"]] == "id" and langs[s001["id"]] == "en"
    assert ET.parse(published / "feeds" / "id.atom.xml").getroot().get(XML_LANG) == "id"
    pair = feedparser.parse((published / "feeds" / "pair-sg-vn.atom.xml").read_bytes())
    assert [e.id for e in pair.entries] == [f"tag:kabar-arsip,2024:article/{seed(published, '004')['id']}"]


def test_feeds_carry_the_newest_reports_only(tmp_path):
    """A feed is for following what is new: FEED_MAX_ITEMS newest entries; the archive keeps the rest."""
    out = build_site(SEEDS, tmp_path / "out", PUBLIC_URL=PUBLIC, FEED_MAX_ITEMS=2)
    entries = feedparser.parse((out / "feeds" / "all.atom.xml").read_bytes()).entries
    newest = sorted((a for a in by_file(out).values() if a["date"]), key=lambda a: a["date"], reverse=True)
    assert len(entries) == 2
    assert entries[0].id.endswith(newest[0]["id"])  # 003, 2025-05-10
    assert entries[1].published.startswith(newest[1]["date"])  # one of the 2024-03-04 pair
    assert len(feedparser.parse((out / "feeds" / "pair-ru-vn.atom.xml").read_bytes()).entries) == 2
    assert len(feedparser.parse((out / "feeds" / "pair-sg-vn.atom.xml").read_bytes()).entries) == 1


def test_feed_ids_do_not_follow_urls(published):
    ids = {e.id for e in feedparser.parse((published / "feeds" / "all.atom.xml").read_bytes()).entries}
    assert ids == {f"tag:kabar-arsip,2024:article/{a['id']}" for a in by_file(published).values()}


def test_sitemap_has_hreflang_alternates_for_the_same_event(published):
    tree = ET.parse(published / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {u.find("s:loc", ns).text: u for u in tree.getroot().findall("s:url", ns)}
    s000, s001 = seed(published, "000"), seed(published, "001")
    alts = {(l.get("hreflang"), l.get("href")) for l in urls[f"{PUBLIC}/{s000['url']}"].findall("x:link", ns)}
    assert alts == {("id", f"{PUBLIC}/{s000['url']}"), ("en", f"{PUBLIC}/{s001['url']}")}
    assert f"{PUBLIC}/{seed(published, '002')['url']}" in urls


def test_link_preview_tags_and_json_ld(published):
    s000, s001 = seed(published, "000"), seed(published, "001")
    doc = page(published, s000["url"])
    og = {m["property"]: m["content"] for m in doc.find_all("meta", property=True) if m["property"] != "og:locale:alternate"}
    assert og["og:type"] == "article"
    assert og["og:title"] == s000["title"]
    assert og["og:description"] == s000["summary"]
    assert og["og:url"] == f"{PUBLIC}/{s000['url']}"
    assert og["og:locale"] == "id_ID"
    assert og["og:site_name"] == "Kabar Arsip"
    assert [m["content"] for m in doc.find_all("meta", property="og:locale:alternate")] == ["en_US"]
    assert doc.find("meta", attrs={"name": "twitter:card"})["content"] == "summary"
    assert doc.find("link", rel="canonical")["href"] == f"{PUBLIC}/{s000['url']}"
    hreflang = {l["hreflang"]: l["href"] for l in doc.find_all("link", rel="alternate", hreflang=True)}
    assert hreflang["id"] == f"{PUBLIC}/{s000['url']}" and hreflang["en"] == f"{PUBLIC}/{s001['url']}"
    assert hreflang["x-default"].startswith(f"{PUBLIC}/events/")
    data = json.loads(doc.find("script", type="application/ld+json").string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == s000["title"]
    assert data["datePublished"] == "2024-03-04T00:00:00+00:00"
    assert data["inLanguage"] == "id"
    assert {c["identifier"] for c in data["about"]} == {"RU", "VN"}
    assert {c["name"] for c in data["about"]} == {"Rusia", "Vietnam"}
    assert [w["url"] for w in data["workTranslation"]] == [f"{PUBLIC}/{s001['url']}"]
    src = page(published, seed(published, "003")["url"]).find("script", type="application/ld+json").string
    assert json.loads(src)["isBasedOn"].startswith("https://tuoitre.vn/")


def test_changed_headline_keeps_the_old_url_working(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    registry = tmp_path / "permalinks.json"
    out1 = build_site(seeds, tmp_path / "out1", PERMALINKS_FILE=str(registry), PERMALINKS_UPDATE=True)
    old = seed(out1, "002")
    path = next(seeds.glob("002_*.txt"))
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Perdalam Lebih Lanjut Hubungan", "Memperdalam Hubungan", 1), encoding="utf-8")
    out2 = build_site(seeds, tmp_path / "out2", PERMALINKS_FILE=str(registry), PERMALINKS_UPDATE=True)
    new = seed(out2, "002")
    assert new["id"] == old["id"] and new["url"] != old["url"]
    assert new["title"].startswith("Memperdalam Hubungan")
    redirect = page(out2, old["url"])  # the old address still exists...
    refresh = redirect.find("meta", attrs={"http-equiv": "refresh"})["content"]
    target = (out2 / old["url"]).parent / refresh.split("url=", 1)[1]
    assert target.resolve() == (out2 / new["url"]).resolve()  # ...and leads to the article
    assert redirect.find("link", rel="canonical")["href"].endswith(new["url"].rsplit("/", 1)[1])
    recorded = json.loads(registry.read_text(encoding="utf-8"))[new["id"]]
    assert recorded == {"url": new["url"], "previous": [old["url"]]}
    # a third build with the same seeds changes nothing
    out3 = build_site(seeds, tmp_path / "out3", PERMALINKS_FILE=str(registry), PERMALINKS_UPDATE=True)
    assert (out3 / old["url"]).read_bytes() == (out2 / old["url"]).read_bytes()


def test_digest_html_and_markdown(tmp_path):
    out = build_site(SEEDS, tmp_path / "site")
    subprocess.run([str(ROOT / ".venv/bin/python"), str(ROOT / "tools/digest.py"), "--from", "2024-03-01",
                    "--to", "2024-03-31", "--lang", "en", "--site-url", PUBLIC,
                    "--catalogue", str(out / "api/articles.json"), "--out", str(tmp_path / "d")], check=True)
    html_path = tmp_path / "d" / "digest-2024-03-01-2024-03-31-en.html"
    md = (tmp_path / "d" / "digest-2024-03-01-2024-03-31-en.md").read_text(encoding="utf-8")
    from bs4 import BeautifulSoup
    doc = BeautifulSoup(html_path.read_text(encoding="utf-8"), "html.parser")
    assert doc.find("script") is None and doc.find("style") is None and doc.find("link") is None
    assert all(el.get("style") for el in doc.find_all(["td", "h2", "p", "a"]))  # inline styles only
    links = [a["href"] for a in doc.find_all("a")]
    assert all(h.startswith(PUBLIC + "/") for h in links)
    s000, s001 = seed(out, "000"), seed(out, "001")
    assert f"{PUBLIC}/{s000['url']}" in links and f"{PUBLIC}/{s001['url']}" in links
    assert len(doc.find_all("h2")) == 1  # one event in March 2024, two reports
    assert doc.h2.text == s001["title"]  # the English report leads an English digest
    assert "March 4, 2024" in doc.text
    assert f"(<{PUBLIC}/{s000['url']}>)" in md and f"(<{PUBLIC}/{s001['url']}>)" in md
    assert "- Indonesian: [" in md and "- English: [" in md
    # a period with no event says so
    subprocess.run([str(ROOT / ".venv/bin/python"), str(ROOT / "tools/digest.py"), "--from", "2023-01-01",
                    "--to", "2023-01-31", "--lang", "id", "--site-url", PUBLIC,
                    "--catalogue", str(out / "api/articles.json"), "--out", str(tmp_path / "d")], check=True)
    assert "Tidak ada peristiwa" in (tmp_path / "d" / "digest-2023-01-01-2023-01-31-id.md").read_text()


def test_digest_refuses_relative_links(tmp_path):
    run = subprocess.run([str(ROOT / ".venv/bin/python"), str(ROOT / "tools/digest.py"), "--from", "2024-03-01",
                          "--to", "2024-03-31"], capture_output=True, text=True)
    assert run.returncode != 0 and "absolute" in run.stderr


def test_pages_workflow_uses_the_official_actions_and_readme_commands():
    flow = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    steps = [s for job in flow["jobs"].values() for s in job["steps"]]
    uses = {s["uses"].split("@")[0] for s in steps if "uses" in s}
    assert {"actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"} <= uses
    runs = [s["run"] for s in steps if "run" in s]
    assert "make html" in runs and "make test" in runs
    assert any(r.startswith("make publish SITEURL=") for r in runs)
    assert flow["permissions"]["pages"] == "write" and flow["permissions"]["id-token"] == "write"
