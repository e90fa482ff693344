"""Compiled templates kept between builds (plugins/kabar/bytecode.py): a build never renders
with code compiled from another template, or compiled another way."""
from __future__ import annotations

import jinja2
import pytest

from kabar.bytecode import use_code_cache


def environment(templates, cache_root, **options) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates)), **options)
    use_code_cache(env, cache_root)
    return env


def render(templates, cache_root, name="page.html", **options) -> str:
    return environment(templates, cache_root, **options).get_template(name).render(x="<b>Rusia</b>")


@pytest.fixture
def templates(tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "page.html").write_text("<p>{{ x }}</p>", encoding="utf-8")
    return folder


def test_a_second_build_renders_from_the_kept_code(templates, tmp_path):
    root = tmp_path / "cache"
    first = render(templates, root, autoescape=True)
    kept = list(root.rglob("*.jinja"))
    assert kept, "the compiled template was not kept"
    assert render(templates, root, autoescape=True) == first == "<p>&lt;b&gt;Rusia&lt;/b&gt;</p>"


def test_an_edited_template_is_compiled_again(templates, tmp_path):
    root = tmp_path / "cache"
    render(templates, root)
    (templates / "page.html").write_text("<h1>{{ x }}</h1>", encoding="utf-8")
    assert render(templates, root) == "<h1><b>Rusia</b></h1>"


@pytest.mark.parametrize("first, second", [
    ({"autoescape": False}, {"autoescape": True}),
    ({"autoescape": True}, {"autoescape": False}),
    ({"trim_blocks": False}, {"trim_blocks": True}),
])
def test_environments_that_compile_differently_never_share_code(templates, tmp_path, first, second):
    (templates / "page.html").write_text("{% if x %}\n<p>{{ x }}</p>{% endif %}", encoding="utf-8")
    root = tmp_path / "cache"
    render(templates, root, **first)
    alone = render(templates, tmp_path / "fresh", **second)
    assert render(templates, root, **second) == alone


def test_a_filter_that_takes_the_context_is_not_called_with_code_compiled_without_it(templates, tmp_path):
    (templates / "page.html").write_text("{{ x|shout }}", encoding="utf-8")
    root = tmp_path / "cache"
    plain = environment(templates, root)
    plain.filters["shout"] = lambda value: value.upper()
    use_code_cache(plain, root)  # (as the build does: once its filters are all set)
    assert plain.get_template("page.html").render(x="hanoi") == "HANOI"
    with_context = environment(templates, root)
    with_context.filters["shout"] = jinja2.pass_context(lambda ctx, value: f"{value.upper()}!{ctx['x']}")
    use_code_cache(with_context, root)
    assert with_context.get_template("page.html").render(x="hanoi") == "HANOI!hanoi"


def test_a_damaged_file_of_the_cache_is_compiled_again(templates, tmp_path):
    root = tmp_path / "cache"
    render(templates, root, autoescape=True)
    for kept in root.rglob("*.jinja"):
        kept.write_bytes(kept.read_bytes()[:12] + b"\x00garbage")
    assert render(templates, root, autoescape=True) == "<p>&lt;b&gt;Rusia&lt;/b&gt;</p>"


def test_a_cache_root_that_is_a_file_is_not_an_error(templates, tmp_path):
    root = tmp_path / "cache"
    root.write_text("not a folder", encoding="utf-8")
    assert render(templates, root, autoescape=True) == "<p>&lt;b&gt;Rusia&lt;/b&gt;</p>"
