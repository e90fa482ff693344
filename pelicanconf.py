"""Pelican settings for Kabar Arsip (the disk/offline build: relative links)."""
import os

AUTHOR = "Kabar Arsip"
SITENAME = "Kabar Arsip"
SITEURL = ""
PATH = "content"
THEME = "theme"
# the theme's static files are copied by the plugin (output/theme/…), only when they change
THEME_STATIC_PATHS = []
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

PLUGIN_PATHS = ["plugins"]
PLUGINS = ["kabar"]

_HERE = os.path.dirname(os.path.abspath(__file__))
# make html SEEDS=/any/dir builds another folder of raw articles
_SEEDS = os.path.abspath(os.environ.get("KABAR_SEEDS") or os.path.join(_HERE, "seeds"))
_OWN_SEEDS = _SEEDS == os.path.join(_HERE, "seeds")

KABAR = {
    "SEEDS": _SEEDS,
    "EVENTS_FILE": os.environ.get("KABAR_EVENTS") or "content/events.toml",
    "MAX_SEED_BYTES": 1_000_000,
    # what each seed was understood as, kept between builds (KABAR_CACHE_DIR=off: none; make clean
    # removes it); an unchanged seed is not understood again
    "CACHE_DIR": None if os.environ.get("KABAR_CACHE_DIR") == "off"
    else os.environ.get("KABAR_CACHE_DIR") or os.path.join(_HERE, ".kabar-cache"),
    # the published site's address (canonical links, feeds, sitemap, link previews); publishconf sets it
    "PUBLIC_URL": os.environ.get("KABAR_PUBLIC_URL", ""),
    # published URLs never break: the registry keeps every URL an article has had, and the build
    # writes a redirect at each old one. Builds of our own seeds folder read and update it (commit
    # it with the seeds); a trial build of another folder leaves it alone (see README, Permalinks).
    "PERMALINKS_FILE": "content/permalinks.json" if _OWN_SEEDS else None,
    "PERMALINKS_UPDATE": _OWN_SEEDS,
}

# Every link is relative and names a file, so output/ works opened from disk.
RELATIVE_URLS = True
# Seeds are read by the plugin only: Pelican's own article and page scanning is off,
# and so are its default pages (the plugin writes every page itself).
ARTICLE_PATHS = []
PAGE_PATHS = []
STATIC_PATHS = []
DIRECT_TEMPLATES = []
FILENAME_METADATA = r"(?!x)x"  # a seed's file name never sets metadata
PATH_METADATA = ""
ARTICLE_SAVE_AS = ""
ARTICLE_LANG_SAVE_AS = ""
PAGE_SAVE_AS = ""
PAGE_LANG_SAVE_AS = ""
DRAFT_SAVE_AS = ""
DRAFT_LANG_SAVE_AS = ""
CATEGORY_SAVE_AS = ""
TAG_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
DEFAULT_PAGINATION = False
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
# the output folder is kept between builds: the plugin rewrites only the files whose bytes change
# and removes every file the build did not make (keeping OUTPUT_RETENTION), so a rebuild equals a
# cold build byte for byte (plugins/kabar/output.py)
DELETE_OUTPUT_DIRECTORY = False

JINJA_ENVIRONMENT = {
    "extensions": ["jinja2.ext.i18n"],
    "autoescape": True,  # seed text is untrusted: escaped everywhere
    "trim_blocks": True,
    "lstrip_blocks": True,
}
