"""Python's cyclic garbage collector during a build.

The collector walks every object it tracks each time allocations outnumber deallocations by its
thresholds. Reading, linking and preparing the pages create millions of objects that live until
the end of the build (records, features, page views) and hardly any reference cycle: there the
collector runs for nothing (a rebuild of 10 000 seeds with one new seed: 22.6 s with it, 16.3 s
without, the same peak memory). Rendering does make cycles (Jinja's contexts and macros), so
the collector runs then, but no longer walks what the earlier steps made: that is frozen
(:func:`gc.freeze`), as it is for the forked helpers, whose copies of it then stay shared.
At the interpreter's exit, everything is frozen before its last collection, which would
otherwise walk every object the build made just before the operating system frees them all
(2.1 s of a 16 s rebuild at 10 000 seeds; 0.1 s frozen).
"""
from __future__ import annotations

import atexit
import contextlib
import functools
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No collection inside the block (none is made up for after it: the thresholds do that)."""
    if not gc.isenabled():  # (paused already, or by the caller)
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@contextlib.contextmanager
def frozen() -> Iterator[None]:
    """Every object tracked now lives through the block: collections inside it skip them.
    Nested blocks leave the freezing to the outermost."""
    outermost = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if outermost:
            gc.unfreeze()


@functools.cache
def freeze_at_exit() -> None:
    """Freeze everything when the interpreter exits (once per process, however many builds run
    in it: a build in a long-lived process is collected as usual until then)."""
    atexit.register(gc.freeze)
