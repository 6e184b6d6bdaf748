#!/usr/bin/env bash
# Witness cosigning against a real C2SP tlog-witness that no one here wrote:
# litewitness (filippo.io/torchwood v0.6.1, the last release that builds on
# Go 1.26), built from the Go module proxy and started on loopback, its
# Ed25519 key in a dedicated ssh-agent as it requires. Then runs the tests of
# cmd/scrutin/internal/witness against it (honest growth cosigned; a fork
# refused by the witness and detected by the verifier).
#
#   .ci/witness.sh                  build, start, run the tests, stop
#   .ci/witness.sh bench [N]        same, then the latency benchmark (N checkpoints)
#   .ci/witness.sh add-log O VKEY   (used by the tests) tell the running
#                                   witness about a log: origin and note key
#
# witnessctl (same module) is what an operator would use for add-log, but
# it imports sigsum.org/sigsum-go, which the module proxy does not serve
# here; add-log does the two INSERTs of "witnessctl add-log" and
# "witnessctl add-key" v0.6.1 on the witness's SQLite file (which, like
# witnessctl, is safe while litewitness runs).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN="$ROOT/.ci/bin"

if [ "${1:-}" = add-log ]; then
  origin=$2 vkey=$3
  # Both go into SQL literals: allow only the characters of note keys.
  [[ $origin =~ ^[A-Za-z0-9./_-]+$ && $vkey =~ ^[A-Za-z0-9./_+=-]+$ ]] || { echo "add-log: bad origin or key" >&2; exit 2; }
  : "${SCRUTIN_WITNESS_DB:?add-log needs SCRUTIN_WITNESS_DB}"
  # The empty tree's hash: SHA-256 of nothing.
  sqlite3 -cmd '.timeout 5000' "$SCRUTIN_WITNESS_DB" \
    "INSERT INTO log (origin, tree_size, tree_hash) VALUES ('$origin', 0, '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
     INSERT INTO key (origin, key) VALUES ('$origin', '$vkey');"
  exit 0
fi

start=$(date +%s)
mkdir -p "$BIN"
missing=()
for t in ssh-keygen ssh-agent ssh-add; do command -v $t >/dev/null || missing+=(openssh-client); done
command -v sqlite3 >/dev/null || missing+=(sqlite3)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[ -x "$BIN/litewitness" ] || GOBIN="$BIN" GOFLAGS=-buildvcs=false go install filippo.io/torchwood/cmd/litewitness@v0.6.1

WORK=$(mktemp -d)
agent_pid= witness_pid=
cleanup() {
  [ -n "$witness_pid" ] && kill "$witness_pid" 2>/dev/null || true
  [ -n "$agent_pid" ] && kill "$agent_pid" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

ssh-keygen -q -t ed25519 -N '' -C scrutin-ci-witness -f "$WORK/witness.key"
eval "$(ssh-agent -s -a "$WORK/agent.sock")" >/dev/null
agent_pid=$SSH_AGENT_PID
SSH_AUTH_SOCK="$WORK/agent.sock" ssh-add -q "$WORK/witness.key"
fingerprint=$(ssh-keygen -l -f "$WORK/witness.key.pub" | awk '{print $2}')

# A port free now, chosen by the kernel: two runs on one machine do not collide.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$BIN/litewitness" -name scrutin.ci/witness -db "$WORK/witness.db" -ssh-agent "$WORK/agent.sock" \
  -key "$fingerprint" -listen "127.0.0.1:$port" 2>"$WORK/witness.log" &
witness_pid=$!
vkey=
for _ in $(seq 100); do
  vkey=$(sed -n 's/.*msg="verifier key" vkey=\([^ ]*\).*/\1/p' "$WORK/witness.log")
  if [ -n "$vkey" ] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  kill -0 "$witness_pid" 2>/dev/null || { cat "$WORK/witness.log"; echo "litewitness did not start" >&2; exit 1; }
  sleep 0.1
done
[ -n "$vkey" ] || { cat "$WORK/witness.log"; echo "litewitness printed no verifier key" >&2; exit 1; }
echo "litewitness on 127.0.0.1:$port, key $vkey"

export SCRUTIN_WITNESS_URL="http://127.0.0.1:$port"
export SCRUTIN_WITNESS_VKEY="$vkey"
export SCRUTIN_WITNESS_DB="$WORK/witness.db"
export SCRUTIN_WITNESS_ADD_LOG="$ROOT/.ci/witness.sh add-log"

rc=0
go test -count=1 -race -v ./cmd/scrutin/internal/witness/ >"$WORK/test.out" 2>&1 || rc=$?
# The server's /log/checkpoint with a witness configured, once it is wired.
if [ $rc -eq 0 ] && grep -qs TestCheckpointWitnessed cmd/scrutin/internal/server/*_test.go; then
  go test -count=1 -race -v -run TestCheckpointWitnessed ./cmd/scrutin/internal/server/ >>"$WORK/test.out" 2>&1 || rc=$?
fi
grep -E '^(--- |PASS|FAIL|ok|panic|    )' "$WORK/test.out" || true
if [ $rc -ne 0 ]; then
  cat "$WORK/test.out"; echo "--- litewitness log:"; tail -50 "$WORK/witness.log"
  exit $rc
fi
if [ "${1:-}" = bench ]; then
  go test -count=1 -run '^$' -bench Cosign -benchtime "${2:-200}x" ./cmd/scrutin/internal/witness/
fi
echo "witness tests took $(( $(date +%s) - start )) s"
