#!/usr/bin/env bash
# The end-to-end browser test (docs/WEB.md): checks the committed voter's
# JavaScript (static/voter.js) is the build of voterjs/, builds the server,
# starts `scrutin serve -demo` on a free port with a fresh data directory,
# and runs e2e/qr.test.mjs (the QR encoder against a decoder, no browser),
# then e2e/browser.test.mjs, e2e/passkey.test.mjs (the voting ID across
# devices with a passkey), e2e/transfer.test.mjs (the voting ID moved to a
# phone by QR code) and e2e/journey.test.mjs (a new visitor's journey at
# 360×740 and 1280×900) in Debian's headless chromium (playwright-core,
# axe-core, jsqr from npm). Screenshots of each step and the results
# (*.json) go to $OUT (default .ci/screenshots/browser, or
# $SCRUTIN_SCREENSHOTS/browser; gitignored: CI keeps it as an artifact;
# emptied first, the rest of .ci/screenshots left alone). Installs chromium and the npm
# packages when missing; with CI=true, anything still missing is a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${OUT:-${SCRUTIN_SCREENSHOTS:-$ROOT/.ci/screenshots}/browser}
NAME="browser test"
. .ci/browser-tools.sh

TMP=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$TMP"' EXIT
step "browser test: build (the voter's JavaScript rebuilt from voterjs/ and compared with the committed one; the server)"
VJS=cmd/scrutin/internal/web/voterjs
if [ ! -d "$VJS/node_modules/esbuild" ] || [ ! -d "$VJS/node_modules/@noble/curves" ]; then
  (cd "$VJS" && npm ci --no-audit --no-fund --loglevel=error) || missing "the voter's build tools (npm ci in $VJS)"
fi
(cd "$VJS" && node build.mjs "$TMP/voter.js")
if ! cmp -s "$TMP/voter.js" cmd/scrutin/internal/web/static/voter.js; then
  echo "static/voter.js is not the build of $VJS: run npm ci && npm run build there and commit it" >&2
  exit 1
fi
go build -o "$TMP/scrutin" ./cmd/scrutin

step "browser test: start scrutin serve -demo"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$TMP/scrutin" serve -demo -addr "127.0.0.1:$PORT" -data "$TMP/data" >"$TMP/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$PORT/api/v1/votes/demo-hadopi" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$PORT/api/v1/votes/demo-hadopi" >/dev/null || { cat "$TMP/server.log"; echo "the server did not start with the demo vote" >&2; exit 1; }

step "browser test: run"
rm -rf "$OUT"
if ! (cd e2e && export SCRUTIN_URL="http://127.0.0.1:$PORT" OUT="$OUT" SCRUTIN_ADMIN_TOKEN_FILE="$TMP/data/admin.token" &&
  node qr.test.mjs && node browser.test.mjs && node passkey.test.mjs && node transfer.test.mjs && node journey.test.mjs); then
  echo "--- server log"; tail -n 50 "$TMP/server.log"
  exit 1
fi
