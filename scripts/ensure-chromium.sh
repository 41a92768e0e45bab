#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the Playwright e2e tests (tests/playwright.config.ts
# launches /usr/bin/chromium when it exists). Installs it with apt when missing and running as root;
# otherwise explains what to do. Playwright's own browser download is not needed.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  echo "ensure-chromium: using $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing; installing Debian's chromium package"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  exit 0
fi

cat >&2 <<'MSG'
ensure-chromium: /usr/bin/chromium is missing and it cannot be installed automatically
(this needs root and apt-get). Either:
  - on Debian/Ubuntu, run:  sudo apt-get update && sudo apt-get install -y chromium
  - or let Playwright use its own browser:  npx playwright install chromium
    (the e2e config falls back to it when /usr/bin/chromium does not exist)
MSG
# Not fatal when Playwright's own Chromium is available.
if ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium* >/dev/null 2>&1; then
  echo "ensure-chromium: found Playwright's own Chromium; continuing" >&2
  exit 0
fi
exit 1
