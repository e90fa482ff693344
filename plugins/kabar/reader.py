"""The Pelican reader for raw ``.txt`` news: the only place a file becomes (html, metadata).

Seed text is never interpreted: no Markdown, no Pelican metadata lines, no
template syntax. The body is escaped by :func:`render.render_body`.
"""
from __future__ import annotations

import datetime
import logging
import os

from pelican.readers import BaseReader

from .record import REJECTED, UNDETERMINED
from .render import render_body
from .understand.pipeline import DEFAULT_MAX_BYTES, understand

logger = logging.getLogger(__name__)
SETTINGS_KEY = "KABAR_RESOLVED"  # the KabarSettings object, stored once at start-up
RESULT_KEY = "kabar_result"


class RawNewsReader(BaseReader):
    """Reads a raw news article copied from a web page (plain text, no front matter)."""

    enabled = True
    file_extensions = ["txt"]

    def read(self, source_path: str):
        kabar = self.settings.get(SETTINGS_KEY)
        max_bytes = kabar.max_seed_bytes if kabar else DEFAULT_MAX_BYTES
        name = os.path.basename(source_path)
        with open(source_path, "rb") as fh:
            data = fh.read(max_bytes + 1)
        # a huge file is not read whole: its first max_bytes + 1 bytes are enough to reject it
        size = os.path.getsize(source_path) if len(data) > max_bytes else len(data)
        result = understand(data, name, max_bytes=max_bytes, size=size)
        metadata: dict = {RESULT_KEY: result, "title": name}
        if result.status == REJECTED or result.record is None:
            return "", metadata
        record = result.record
        metadata.update(title=record.title, lang=record.lang or UNDETERMINED, summary="")
        if record.date.iso:
            metadata["date"] = datetime.datetime.fromisoformat(record.date.iso)
        return render_body(record.parsed), metadata
