#!/usr/bin/env bash
# Make sure the headless browser used by tests/browser is installed: Debian's `chromium`
# package at /usr/bin/chromium. Idempotent: does nothing when it is already there.
# Never downloads a browser build of its own (no `playwright install`): the tests drive this
# system Chromium through Playwright's Python client, and axe-core comes from PyPI
# (axe-playwright-python, pinned in requirements.txt).
set -uo pipefail

CHROMIUM="${KABAR_CHROMIUM:-/usr/bin/chromium}"

if [ -x "$CHROMIUM" ]; then
  echo "browser-deps: $CHROMIUM is installed ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

fail() {
  echo "browser-deps: ERROR: $*" >&2
  echo "browser-deps: the browser tests (tests/browser) need Debian's chromium package at $CHROMIUM;" >&2
  echo "browser-deps: install it by hand with: apt-get update && apt-get install -y chromium" >&2
  exit 1
}

if ! command -v apt-get >/dev/null 2>&1; then
  fail "$CHROMIUM is missing and apt-get is not available on this machine"
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  fail "$CHROMIUM is missing; installing it needs root, and this user is not root and has no sudo"
fi

echo "browser-deps: $CHROMIUM is missing; installing Debian's chromium package"
"${SUDO[@]}" apt-get update || fail "apt-get update failed"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium || fail "apt-get install chromium failed"

[ -x "$CHROMIUM" ] || fail "apt-get installed chromium but $CHROMIUM is still missing"
echo "browser-deps: installed $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
