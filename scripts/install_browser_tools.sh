#!/usr/bin/env bash
# The browser-test tools: Debian's Chromium (/usr/bin/chromium) and, from the npm registry, the
# pinned playwright-core and axe-core of tests/browser/package-lock.json. playwright-core drives the
# installed Chromium; it never downloads a browser of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "browser-tools: installing Debian packages needs root or sudo: apt-get install $*" >&2; exit 1; fi; }

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ "${#missing[@]}" -gt 0 ]; then
    command -v apt-get >/dev/null || { echo "browser-tools: needs ${missing[*]} and there is no apt-get" >&2; exit 1; }
    echo "browser-tools: installing ${missing[*]} (Debian packages)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

stamp=tests/browser/node_modules/.lock.sha256
wanted="$(sha256sum tests/browser/package-lock.json | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    echo "browser-tools: npm ci (playwright-core, axe-core)"
    (cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    echo "$wanted" > "$stamp"
fi
echo "browser-tools: $(chromium --version 2>/dev/null | head -1), node $(node --version)," \
     "playwright-core $(node -p "require('./tests/browser/node_modules/playwright-core/package.json').version")"
