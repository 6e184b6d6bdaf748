# Sourced by .ci/browser.sh and .ci/oidc.sh: step, missing, and the tools
# of a browser test — Debian's chromium (installed when missing and root),
# node, npm, and e2e's npm packages (playwright-core, axe-core). Set NAME
# (e.g. "browser test") first. With CI=true a missing tool is a failure;
# otherwise the test is skipped with a message.
step() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }
missing() {
  echo "$NAME: $1 is missing" >&2
  if [ "${CI:-}" = true ]; then exit 1; fi
  echo "$NAME skipped (CI is not true)" >&2
  exit 0
}

step "$NAME: tools"
if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 ||
      { apt-get update >/dev/null && apt-get install -y --no-install-recommends chromium >/dev/null; }) || true
  fi
fi
command -v chromium >/dev/null || missing chromium
command -v node >/dev/null || missing node
command -v npm >/dev/null || missing npm
if [ ! -d e2e/node_modules/playwright-core ] || [ ! -d e2e/node_modules/axe-core ]; then
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error) || missing "npm packages (playwright-core, axe-core)"
fi
