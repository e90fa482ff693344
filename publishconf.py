"""Settings for the published site (GitHub Pages): absolute URLs under SITEURL."""
import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", "").rstrip("/")
if not SITEURL.startswith(("http://", "https://")):
    raise SystemExit("publishconf.py: set SITEURL to the public address, e.g. "
                     "make publish SITEURL=https://org.github.io/archive")
RELATIVE_URLS = False
KABAR = {**KABAR, "PUBLIC_URL": SITEURL}  # noqa: F405
DELETE_OUTPUT_DIRECTORY = False  # (see pelicanconf.py: the plugin removes stale files itself)
