"""Crawl the built site from index.html: every internal link (those of the SVG charts too),
stylesheet and script loads."""
from urllib.parse import urlsplit

from playwright.sync_api import Error as PlaywrightError

from tests.browser.browserkit import path_of, rel_of, url_of

COLLECT = """() => {
  const out = [];
  const add = (kind, el, raw, abs) => out.push([kind, el.tagName.toLowerCase(), raw, abs]);
  // (an SVG <a>, a mark of a timeline, has no string .href: its address is resolved from the attribute)
  const resolve = raw => new URL(raw, document.baseURI).href;
  document.querySelectorAll('a[href]').forEach(a => add('link', a, a.getAttribute('href'), resolve(a.getAttribute('href'))));
  document.querySelectorAll('form[action]').forEach(f => add('link', f, f.getAttribute('action'), f.action));
  document.querySelectorAll('link[href]').forEach(l => add('resource', l, l.getAttribute('href'), l.href));
  document.querySelectorAll('script[src]').forEach(s => add('resource', s, s.getAttribute('src'), s.src));
  return {refs: out, ids: [...document.querySelectorAll('[id]')].map(e => e.id),
          h1: [...document.querySelectorAll('h1')].map(h => h.textContent.trim())};
}"""


def test_every_internal_link_and_resource_loads(site, new_tab):
    tab = new_tab()
    page = tab.page
    # the home page, and the not-found page (which no page links to, by design)
    queue = [url_of(site, rel) for rel in ("index.html", "404.html") if (site / rel).is_file()]
    seen = set(queue)
    problems, fragments, ids, html_pages, others, external = [], [], {}, set(), set(), set()
    while queue:
        url = queue.pop(0)
        try:
            rel = rel_of(site, url)
        except ValueError:
            problems.append(f"{url}: outside the site")
            continue
        if not path_of(url).is_file():
            problems.append(f"{rel}: linked to, but no such file")
            continue
        try:
            response = page.goto(url)
        except PlaywrightError as exc:
            problems.append(f"{rel}: {exc.message.splitlines()[0]}")
            continue
        if response is None or not response.ok:
            problems.append(f"{rel}: response {response and response.status}")
            continue
        if not rel.endswith(".html"):
            others.add(rel)
            continue
        html_pages.add(rel)
        found = page.evaluate(COLLECT)
        ids[rel] = set(found["ids"])
        if not any(found["h1"]):
            problems.append(f"{rel}: no <h1> with text")
        for kind, tag, raw, absolute in found["refs"]:
            scheme = urlsplit(absolute).scheme
            if scheme in ("http", "https", "mailto"):  # a source's own web page: not followed
                if kind == "resource":
                    problems.append(f"{rel}: <{tag}> points to another host: {absolute}")
                external.add(absolute)
                continue
            if scheme != "file":
                problems.append(f"{rel}: <{tag}> {raw!r} has an unexpected scheme")
                continue
            if raw.startswith(("/", "file:")):
                problems.append(f"{rel}: <{tag}> {raw!r} is not relative (breaks from disk or on a project site)")
            target, _, fragment = absolute.partition("#")
            target = target.split("?")[0]
            if fragment:
                fragments.append((rel, target, fragment))
            if target not in seen:
                seen.add(target)
                queue.append(target)
    for source, target, fragment in fragments:
        try:
            target_rel = rel_of(site, target)
        except ValueError:
            continue
        if target_rel in ids and fragment not in ids[target_rel]:
            problems.append(f"{source}: link to {target_rel}#{fragment}, no element has that id")
    problems += tab.failed + tab.errors
    assert not problems, "\n".join(problems)

    every_page = {p.relative_to(site).as_posix() for p in site.rglob("*.html")}
    assert html_pages == every_page, f"pages no link reaches: {sorted(every_page - html_pages)}"
    assert {"theme/css/style.css", "api/articles.json", "search/index.js", "theme/js/search.js"} <= others
    assert any(o.startswith("raw/") for o in others)
