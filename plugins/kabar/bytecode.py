"""Compiled templates kept between builds, as Python keeps compiled modules.

Jinja compiles every template to Python code at each build: for the theme's templates that is a
third of a second, as much as reading a hundred seeds. Jinja's own bytecode cache keeps the
compiled code in files; this one lives beside the language model's tables
(``<virtualenv>/share/kabar``, :func:`understand.cache_root.default_cache_root`), never in the
site or the seeds folder.

What makes it safe to reuse:

* Jinja checks each file against its template: the source's checksum and Jinja's own bytecode
  version (which names the Python version). A changed template is compiled again.
* The code also depends on how the environment compiles (escaping, whitespace control,
  extensions, "newstyle" gettext, and which filters and tests take the context or the
  environment: Jinja looks that up while compiling): those name the folder, so two environments
  that compile differently never share a file.
* A file that cannot be read or written is a miss, never an error: the template is compiled as
  it would be without the cache.
"""
from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache
from jinja2.utils import _PassArg

from .understand.cache_root import default_cache_root

logger = logging.getLogger(__name__)
COMPILE_OPTIONS = ("block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
                   "comment_start_string", "comment_end_string", "line_statement_prefix",
                   "line_comment_prefix", "trim_blocks", "lstrip_blocks", "newline_sequence",
                   "keep_trailing_newline", "optimized", "newstyle_gettext")


def compile_options(env: jinja2.Environment) -> str:
    """A digest of what, besides a template's source, shapes its compiled code in ``env``."""
    autoescape = env.autoescape
    options = {
        "jinja": jinja2.__version__,
        "autoescape": autoescape if isinstance(autoescape, bool) else
        f"{getattr(autoescape, '__module__', '')}.{getattr(autoescape, '__qualname__', repr(autoescape))}",
        "extensions": sorted(env.extensions),
        # (a filter or test that takes the context is called with it: decided when compiling)
        "filters": sorted((name, str(_PassArg.from_obj(f))) for name, f in env.filters.items()),
        "tests": sorted((name, str(_PassArg.from_obj(f))) for name, f in env.tests.items()),
        **{name: getattr(env, name, None) for name in COMPILE_OPTIONS},
    }
    return hashlib.sha256(repr(sorted(options.items())).encode("utf-8")).hexdigest()[:16]


class TemplateCodeCache(FileSystemBytecodeCache):
    """Jinja's file cache, with every failure to read or write one of its files a miss."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception as err:  # noqa: BLE001  (a damaged file: compiled again, and rewritten)
            logger.debug("compiled template %s unreadable (%s): compiling it", bucket.key, err)
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError as err:
            logger.debug("compiled template not kept in %s: %s", self.directory, err)


def use_code_cache(env: jinja2.Environment, root: Path | None = None) -> Path | None:
    """Give ``env`` a cache of compiled templates under ``root`` (by default the virtualenv's
    ``share/kabar``); returns its folder, or None where there is none (outside a virtualenv).
    Call it once the environment's options are all set."""
    root = root if root is not None else default_cache_root()
    if root is None:
        return None
    folder = root / f"templates-{compile_options(env)}"
    env.bytecode_cache = TemplateCodeCache(str(folder), "%s.jinja")
    return folder
