#!/usr/bin/env python3
"""Write plugins/kabar/data/country_name_keys.json: the linker's keys of the countries' names in
many languages, from Babel's CLDR data (``peru``, ``perou``, ``jepang``...): a country named in
passing is no evidence that two reports tell of one event (linking/names.py).

Loading 24 CLDR locales took a quarter of a second of every process that links; the keys are
stored instead, and a test checks that the file is what this script makes from the pinned Babel.
usage: tools/make_country_keys.py [--check]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "tools"))

from kabar.linking.names import COUNTRY_NAME_LANGUAGES, COUNTRY_KEYS_FILE, name_key  # noqa: E402
from stored_data import write_or_check  # noqa: E402

OUT = COUNTRY_KEYS_FILE


def country_keys() -> list[str]:
    from babel import Locale

    keys: set[str] = set()
    for lang in COUNTRY_NAME_LANGUAGES:
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha():
                key = name_key(name.split("(")[0])
                if key:
                    keys.add(key)
    return sorted(keys)


def render() -> str:
    return json.dumps({"_comment": "Keys (folded, loosely spelt, spaces removed) of the CLDR country names of "
                       + ", ".join(COUNTRY_NAME_LANGUAGES) + " from Babel; made by tools/make_country_keys.py",
                       "keys": country_keys()}, ensure_ascii=False, indent=0) + "\n"


def main() -> int:
    return write_or_check(OUT, render(), __file__)


if __name__ == "__main__":
    sys.exit(main())
