"""Kabar Arsip: a Pelican plugin that turns raw news text into a linked multilingual archive."""
from __future__ import annotations

import logging


def _read_settings(pelican) -> None:
    from .reader import SETTINGS_KEY  # noqa: PLC0415
    from .settings import read_settings  # noqa: PLC0415

    settings = read_settings(pelican.settings)
    pelican.settings[SETTINGS_KEY] = settings
    # the per-seed outcomes ("seed x.txt: ok") are part of the build log even without -v
    logging.getLogger(__name__).setLevel(settings.log_level)


def _add_reader(readers) -> None:
    from .reader import RawNewsReader  # noqa: PLC0415

    for ext in RawNewsReader.file_extensions:
        readers.reader_classes[ext] = RawNewsReader


def _generator(pelican):
    from .generator import KabarGenerator  # noqa: PLC0415

    return KabarGenerator


def _writer(pelican):
    from .output import KeepingWriter  # noqa: PLC0415

    return KeepingWriter


def _count_for_pelican(generators) -> None:
    """Pelican's closing line ("Done: Processed N articles") counts its own articles generator's,
    none of which the archive uses: it is told of the archive's reports instead."""
    from pelican.generators import ArticlesGenerator  # noqa: PLC0415

    from .generator import KabarGenerator  # noqa: PLC0415

    ours = [g for g in generators if isinstance(g, KabarGenerator)]
    for generator in generators:
        if isinstance(generator, ArticlesGenerator) and ours:
            ours[0].pelican_articles = generator


def register() -> None:
    from pelican import signals  # noqa: PLC0415  (the pure modules below never import pelican)

    from .collector import freeze_at_exit  # noqa: PLC0415

    freeze_at_exit()  # (the process's last collection would walk the whole build: see collector)

    signals.initialized.connect(_read_settings)
    signals.readers_init.connect(_add_reader)
    signals.get_generators.connect(_generator)
    signals.get_writer.connect(_writer)
    signals.all_generators_finalized.connect(_count_for_pelican)
