#!/usr/bin/env bash
# Identity-checked registration end to end (docs/REGISTRATION.md), against a
# real OpenID Connect provider: the example OpenID Provider of
# github.com/zitadel/oidc (its exampleop and storage packages, run by the
# small main in .ci/oidcop/, built from the Go module proxy and cached in
# ~/.cache/scrutin-ci/bin), on loopback, with one test user. It starts
# `scrutin serve -demo` with OpenID Connect configured (fresh data
# directory), and runs e2e/oidc.test.mjs in Debian's headless chromium
# (playwright-core): register through the provider's login page, vote, a
# second registration of the same person refused, then every event of the
# log scanned for the test identity's name, e-mail, username and subject;
# a forged callback refused; axe-core on the registration page and refusal.
# Then the same scan on the server's log output and the registrar's private
# store. Screenshots and results.json go to $OUT (default e2e/out/oidc).
# With CI=true, a missing tool (the provider included) is a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${OUT:-$ROOT/e2e/out/oidc}
BIN=${SCRUTIN_CI_BIN:-$HOME/.cache/scrutin-ci/bin}
NAME="OIDC test"
. .ci/browser-tools.sh

# The provider: zitadel/oidc's example OP at the version .ci/oidcop/go.mod
# pins, cached by version and by the main's hash.
ZVER=$(awk '{ for (i = 1; i < NF; i++) if ($i == "github.com/zitadel/oidc/v3") { print $(i + 1); exit } }' .ci/oidcop/go.mod)
OPHASH=$(cat .ci/oidcop/main.go .ci/oidcop/go.sum | sha256sum | cut -c1-12)
OP="$BIN/scrutin-oidcop-$ZVER-$OPHASH"
mkdir -p "$BIN"
if [ ! -x "$OP" ]; then
  step "OIDC test: build the OpenID Provider (github.com/zitadel/oidc/v3 $ZVER example) from the Go module proxy"
  (cd .ci/oidcop && GOFLAGS=-mod=readonly go build -trimpath -o "$OP.tmp" . && mv "$OP.tmp" "$OP") ||
    missing "the OpenID Provider (github.com/zitadel/oidc/v3 $ZVER example, from the Go module proxy)"
fi
[ -x "$OP" ] || missing "the OpenID Provider ($OP)"

step "OIDC test: build the server"
TMP=$(mktemp -d)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT
go build -o "$TMP/scrutin" ./cmd/scrutin

freeport() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT=$(freeport)
OPPORT=$(freeport)
SCRUTIN="http://127.0.0.1:$PORT"
ISSUER="http://127.0.0.1:$OPPORT/"

# The test identity: every one of these strings is searched for in the log.
SUBJECT="e2e-subject-$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
USERNAME="ysaline.e2e"
PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
FIRST="Ysaline-E2e"
LAST="Testeuse-Oidc"
EMAIL="ysaline.testeuse@example.org"
umask 077
cat >"$TMP/users.json" <<EOF
{"$SUBJECT": {"ID": "$SUBJECT", "Username": "$USERNAME", "Password": "$PASSWORD", "FirstName": "$FIRST",
 "LastName": "$LAST", "Email": "$EMAIL", "EmailVerified": true, "PreferredLanguage": "fr"}}
EOF
head -c 24 /dev/urandom | base64 | tr -d '/+=\n' >"$TMP/client.secret"
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$TMP/subject.key"

step "OIDC test: start the OpenID Provider on $ISSUER"
OP_ADDR="127.0.0.1:$OPPORT" OP_ISSUER="$ISSUER" USERS_FILE="$TMP/users.json" CLIENT_ID=scrutin \
  CLIENT_SECRET="$(cat "$TMP/client.secret")" REDIRECT_URI="$SCRUTIN/inscription/oidc" \
  "$OP" >"$TMP/op.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 100); do
  curl -fsS "${ISSUER}.well-known/openid-configuration" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fsS "${ISSUER}.well-known/openid-configuration" >/dev/null || { cat "$TMP/op.log"; echo "the OpenID Provider did not start" >&2; exit 1; }

step "OIDC test: start scrutin serve -demo with OpenID Connect registration"
SCRUTIN_OIDC_CLIENT_SECRET_FILE="$TMP/client.secret" SCRUTIN_OIDC_SUBJECT_KEY_FILE="$TMP/subject.key" \
  "$TMP/scrutin" serve -demo -addr "127.0.0.1:$PORT" -data "$TMP/data" \
  -oidc-issuer "$ISSUER" -oidc-client-id scrutin -oidc-redirect "$SCRUTIN/inscription/oidc" \
  -oidc-label "zitadel/oidc example OP" >"$TMP/server.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 100); do
  curl -fsS "$SCRUTIN/api/v1/votes/demo-hadopi" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "$SCRUTIN/api/v1/votes/demo-hadopi" >/dev/null || { cat "$TMP/server.log"; echo "the server did not start with the demo vote" >&2; exit 1; }

step "OIDC test: run e2e/oidc.test.mjs"
rm -rf "$OUT"
if ! (cd e2e && SCRUTIN_URL="$SCRUTIN" OIDC_ISSUER="$ISSUER" OIDC_USER="$USERNAME" OIDC_PASSWORD="$PASSWORD" \
    OIDC_PII="$SUBJECT,$USERNAME,$FIRST,$LAST,$EMAIL" OUT="$OUT" node oidc.test.mjs); then
  echo "--- server log"; tail -n 50 "$TMP/server.log"
  echo "--- provider log"; tail -n 30 "$TMP/op.log"
  exit 1
fi

step "OIDC test: no identity in the server's output or in the registrar's private store"
for s in "$SUBJECT" "$USERNAME" "$FIRST" "$LAST" "$EMAIL"; do
  for f in "$TMP/server.log" "$TMP/data/registrar.db" "$TMP/data/ledger.db"; do
    if grep -aqiF -- "$s" "$f"; then echo "$f holds \"$s\"" >&2; exit 1; fi
  done
done
ls -l "$TMP/data/registrar.db" | awk '{ print "registrar store:", $1, $5, "bytes" }'
[ "$(stat -c %a "$TMP/data/registrar.db")" = 600 ] || { echo "registrar.db is not mode 0600" >&2; exit 1; }
echo "OIDC test passed: provider github.com/zitadel/oidc/v3 $ZVER (example OP)"
