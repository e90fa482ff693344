#!/usr/bin/env python3
"""Save a search-tool excerpt exactly.

Usage: python3 save_excerpt.py JSONFILE OUT.txt
JSONFILE holds the excerpt as the JSON string literal the search tool returned (with its quotes
and backslash escapes, copied character for character, never retyped or unescaped by hand).
A leading ' date YYYY-MM-DD ' token is dropped.
"""
import json, re, sys
raw = open(sys.argv[1], encoding="utf-8").read().strip()
text = json.loads(raw)
if not isinstance(text, str):
    sys.exit("not a JSON string")
text = re.sub(r"^\s*date \d{4}-\d{2}(?:-\d{2})? ", "", text)
open(sys.argv[2], "w", encoding="utf-8").write(text)
print(sys.argv[2], len(text), "chars; starts:", repr(text[:80]))
