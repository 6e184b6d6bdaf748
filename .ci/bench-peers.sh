#!/usr/bin/env bash
# Side by side with the peers (issue 17, docs/BENCHMARKS.md "Side by side").
# Not run by .ci/run: it takes minutes to an hour.
#
#   .ci/bench-peers.sh [OUT.md]
#
# Builds Tessera's POSIX conformance server and fsck (v1.0.4, from the Go
# module proxy) and Scrutin's binaries into .ci/bin, installs Debian's
# belenios-tool, then runs, alternately A B A B in one run:
#   (a) durable appends over HTTP, the same load tool (cmd/internal/appendload)
#       against `scrutin serve` (one BillIntroduced opening a new stream a
#       request) and Tessera's POSIX conformance server (POST /add), and,
#       unless FLOOR=0, against the floor (cmd/internal/floorserver: a
#       net/http handler that reads the body and answers, nothing more —
#       the most any server on net/http reaches with this load tool here);
#   (b) the whole-log audit of a log of AUDIT_EVENTS bills: scrutin-verify
#       (live server) vs Tessera's fsck;
#   (c) the election audit of ELECTION_VOTERS voters, 3 options, 3 trustees:
#       scrutin-verify vs `belenios-tool election verify`.
# and writes a markdown table (median, min–max, CPU per item, load average).
#
# Environment (defaults in brackets): REPS [2] runs of each side, DURATION
# [10s] of each append run after WARMUP [2s] not measured, CLIENTS ["64 256 512"], AUDIT_EVENTS [100000],
# ELECTION_VOTERS [2000], WORK [/tmp/bench-peers] (logs and elections are
# kept there and reused), PARTS ["a b c"], FILL_CLIENTS [64].
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN="$ROOT/.ci/bin"
mkdir -p "$BIN"
OUT=${1:-/dev/stdout}
REPS=${REPS:-2}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-2s}
CLIENTS=${CLIENTS:-"64 256 512"}
AUDIT_EVENTS=${AUDIT_EVENTS:-100000}
ELECTION_VOTERS=${ELECTION_VOTERS:-2000}
WORK=${WORK:-/tmp/bench-peers}
PARTS=${PARTS:-"a b c"}
FLOOR=${FLOOR:-1}
FILL_CLIENTS=${FILL_CLIENTS:-64} # Scrutin's fill of the audit log: its fastest client count here
TESSERA=v1.0.4
mkdir -p "$WORK"
RAW="$WORK/raw-$(date -u +%Y%m%dT%H%M%S)-$$.jsonl" # this run's measurements, one JSON line each
: >"$RAW"

say() { printf '== %s (%s, load %s)\n' "$*" "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1 /proc/loadavg)" >&2; }

say "building"
[ -x "$BIN/fsck" ] || GOBIN="$BIN" go install github.com/transparency-dev/tessera/cmd/fsck@$TESSERA
[ -x "$BIN/posix" ] || GOBIN="$BIN" go install github.com/transparency-dev/tessera/cmd/conformance/posix@$TESSERA
go build -o "$BIN/scrutin" ./cmd/scrutin
go build -o "$BIN/scrutin-verify" ./cmd/scrutin-verify
go build -o "$BIN/appendload" ./cmd/internal/appendload
go build -o "$BIN/floorserver" ./cmd/internal/floorserver
if [[ " $PARTS " == *" c "* ]] && ! command -v belenios-tool >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq belenios-tool >/dev/null
fi

PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
waitup() { for _ in $(seq 300); do curl -fs -o /dev/null "$1" && return 0; sleep 0.1; done; echo "server at $1 did not start" >&2; return 1; }

# Tessera's log key (a signed-note key; fsck takes the verifier key).
if [ ! -f "$WORK/tessera.key" ]; then
  "$BIN/scrutin" keygen bench.tessera/log >"$WORK/tessera.key" 2>"$WORK/tessera.vkey.txt"
  sed 's/^verifier key (publish it): //' "$WORK/tessera.vkey.txt" >"$WORK/tessera.pub"
fi
export SCRUTIN_ADMIN_TOKEN=bench-peers-token

# start_scrutin DIR: serves a fresh (or existing) embedded ledger; sets URL, SPID.
start_scrutin() {
  local p; p=$(port)
  mkdir -p "$1"
  # The admin endpoints' rate limit (50 a second an address by default)
  # raised: the load tool's 64 clients would otherwise meet it, and Tessera
  # has none. The limit is not what is measured.
  "$BIN/scrutin" serve --demo=false --addr "127.0.0.1:$p" --data "$1" --origin bench.scrutin/log \
    --admin-rate 1000000 --admin-burst 1000000 >"$1.log" 2>&1 &
  SPID=$!; PIDS+=("$SPID"); URL="http://127.0.0.1:$p"
  waitup "$URL/log/checkpoint"
}
start_tessera() {
  local p; p=$(port)
  mkdir -p "$1"
  LOG_PRIVATE_KEY=$(cat "$WORK/tessera.key") "$BIN/posix" --storage_dir "$1" --listen "127.0.0.1:$p" >"$1.log" 2>&1 &
  SPID=$!; PIDS+=("$SPID"); URL="http://127.0.0.1:$p"
  waitup "$URL/checkpoint"
}
start_floor() {
  local p; p=$(port)
  "$BIN/floorserver" --listen "127.0.0.1:$p" >"$1.log" 2>&1 &
  SPID=$!; PIDS+=("$SPID"); URL="http://127.0.0.1:$p"
  waitup "$URL/checkpoint"
}
stop() { kill "$SPID" 2>/dev/null || true; wait "$SPID" 2>/dev/null || true; }

# cpu PID: the process's user+system CPU seconds (Linux /proc).
cpu() { python3 -c 'import sys; f=open("/proc/%s/stat"%sys.argv[1]).read().rsplit(")",1)[1].split(); print((int(f[11])+int(f[12]))/100)' "$1"; }

# timed NAME ITEMS CMD...: runs CMD under /usr/bin/time -v, records wall,
# user+sys, max RSS and the load average.
timed() {
  local name=$1 items=$2; shift 2
  local tf="$WORK/time.txt" c0=0 c1=0
  [ -n "${SERVER_PID:-}" ] && c0=$(cpu "$SERVER_PID")
  /usr/bin/time -v -o "$tf" "$@" >"$WORK/last.out" 2>&1 || { echo "$name failed:" >&2; tail -5 "$WORK/last.out" >&2; return 1; }
  [ -n "${SERVER_PID:-}" ] && c1=$(cpu "$SERVER_PID")
  python3 - "$name" "$items" "$tf" "$(cut -d' ' -f1 /proc/loadavg)" "$(python3 -c "print($c1-$c0)")" >>"$RAW" <<'EOF'
import json, sys
name, items, tf, load, extra = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], float(sys.argv[5])
t = {}
for line in open(tf):
    k, _, v = line.strip().rpartition(": ")
    t[k] = v
def wall(s):
    p = [float(x) for x in s.split(":")]
    return sum(x * 60 ** i for i, x in enumerate(reversed(p)))
cpu = float(t["User time (seconds)"]) + float(t["System time (seconds)"])
print(json.dumps({"bench": name, "items": items, "wall_s": wall(t["Elapsed (wall clock) time (h:mm:ss or m:ss)"]),
  "cpu_s": cpu, "server_cpu_s": extra, "rss_mib": int(t["Maximum resident set size (kbytes)"]) / 1024, "load1": load}))
EOF
}

# (a) Durable appends over HTTP.
if [[ " $PARTS " == *" a "* ]]; then
  for c in $CLIENTS; do
    for r in $(seq "$REPS"); do
      sides="scrutin tessera"; [ "$FLOOR" = 0 ] || sides="$sides floor"
      for side in $sides; do
        d="$WORK/append-$side-$c-$r"; rm -rf "$d" "$d.log"
        start_$side "$d"
        say "appends: $side, $c clients, run $r"
        # a short warm-up first (connections, caches), not measured
        # (the floor answers POST /add as Tessera does: the same requests)
        t=$side; [ "$side" = floor ] && t=tessera
        "$BIN/appendload" --target "$t" --url "$URL" --clients "$c" --duration "$WARMUP" --prefix "warm$r" >/dev/null || true
        "$BIN/appendload" --target "$t" --url "$URL" --clients "$c" --duration "$DURATION" --server-pid "$SPID" |
          python3 -c 'import json,sys; r=json.load(sys.stdin); r["target"]=sys.argv[1]; r["bench"]="append-"+r["target"]+"-"+str(r["clients"]); print(json.dumps(r))' "$side" >>"$RAW" ||
          echo "appendload $side $c failed" >&2
        stop; rm -rf "$d"
      done
    done
  done
fi

# (b) Whole-log audit: scrutin-verify vs fsck on logs of AUDIT_EVENTS entries
# (both read a live server on loopback; the server's CPU is recorded too).
if [[ " $PARTS " == *" b "* ]]; then
  sd="$WORK/audit-scrutin"; td="$WORK/audit-tessera"
  rm -rf "$sd" "$td"
  say "filling both logs with $AUDIT_EVENTS entries"
  start_scrutin "$sd"; SURL=$URL; SSPID=$SPID
  "$BIN/appendload" --target scrutin --url "$SURL" --clients "$FILL_CLIENTS" --count "$AUDIT_EVENTS" --prefix audit >/dev/null
  start_tessera "$td"; TURL=$URL; TSPID=$SPID
  "$BIN/appendload" --target tessera --url "$TURL" --clients 256 --count "$AUDIT_EVENTS" --prefix audit >/dev/null # Tessera batches 256 or 1 s
  # Tessera publishes its checkpoint every second: wait for the full size.
  for _ in $(seq 100); do [ "$(curl -fs "$TURL/checkpoint" | sed -n 2p)" = "$AUDIT_EVENTS" ] && break; sleep 0.2; done
  for r in $(seq "$REPS"); do
    say "audit: scrutin-verify, run $r"
    # with the server's CPU for what the verifier reads and compares
    SERVER_PID=$SSPID timed audit-scrutin-verify "$AUDIT_EVENTS" "$BIN/scrutin-verify" --no-state "$SURL"
    say "audit: Tessera fsck, run $r"
    SERVER_PID=$TSPID timed audit-tessera-fsck "$AUDIT_EVENTS" "$BIN/fsck" --storage_url="$TURL/" --public_key="$WORK/tessera.pub" --origin=bench.tessera/log --ui=false --N=4
    grep -q "Successfully fsck'd log with size $AUDIT_EVENTS" "$WORK/last.out" || { echo "fsck did not pass:" >&2; tail -3 "$WORK/last.out" >&2; }
  done
  kill "$SSPID" "$TSPID" 2>/dev/null || true; wait "$SSPID" "$TSPID" 2>/dev/null || true
fi

# (c) Election audit: 3 options, 3 trustees, ELECTION_VOTERS voters.
if [[ " $PARTS " == *" c "* ]]; then
  ed="$WORK/election-scrutin-$ELECTION_VOTERS"
  if [ ! -f "$ed/log/checkpoint" ]; then
    say "building Scrutin's election ledger ($ELECTION_VOTERS voters)"
    SCRUTIN_VERIFY_BALLOTS=$ELECTION_VOTERS SCRUTIN_VERIFY_DIR=$ed go test ./verifier -run TestSpeed -count=1 -timeout 1h >/dev/null
  fi
  bd="$WORK/election-belenios-$ELECTION_VOTERS"
  if [ ! -f "$bd/done" ]; then
    say "building Belenios's election ($ELECTION_VOTERS voters, BELENIOS-2048)"
    rm -rf "$bd"; mkdir -p "$bd"
    (
      cd "$bd"
      export BELENIOS_USE_URANDOM=1
      uuid=$(belenios-tool setup generate-token)
      for i in $(seq "$ELECTION_VOTERS"); do echo "voter$i@example.com,voter$i,1"; done >voters.txt
      belenios-tool setup generate-credentials --uuid "$uuid" --group BELENIOS-2048 --file voters.txt >/dev/null
      mv ./*.pubcreds public_creds.json; mv ./*.privcreds private_creds.txt
      for _ in 1 2 3; do belenios-tool setup generate-trustee-key --group BELENIOS-2048 >/dev/null; done
      cat ./*.pubkey >public_keys.jsons
      belenios-tool setup make-trustees; rm public_keys.jsons
      echo '{"description":"bench","name":"bench","questions":[{"answers":["Pour","Contre","Abstention"],"min":1,"max":1,"question":"Pour ou contre ?"}]}' >questions.json
      belenios-tool setup make-election --uuid "$uuid" --group BELENIOS-2048 --template questions.json
      belenios-tool archive init
      rm -f election.json trustees.json public_creds.json
      i=0
      while read -r _ cred; do
        case $((i % 3)) in 0) v='[[1,0,0]]' ;; 1) v='[[0,1,0]]' ;; *) v='[[0,0,1]]' ;; esac
        belenios-tool election generate-ballot --privcred <(echo "$cred") --ballot <(echo "$v") | belenios-tool archive add-event --type=Ballot
        i=$((i + 1))
      done <private_creds.txt
      belenios-tool archive add-event --type=EndBallots </dev/null
      belenios-tool election compute-encrypted-tally | belenios-tool archive add-event --type=EncryptedTally
      t=1
      for k in ./*.privkey; do
        belenios-tool election decrypt --privkey "$k" --trustee-id $t | belenios-tool archive add-event --type=PartialDecryption
        t=$((t + 1))
      done
      belenios-tool election compute-result | belenios-tool archive add-event --type=Result
      touch done
    ) >"$bd.log" 2>&1
  fi
  # Scrutin's ledger has re-votes: CPU a ballot divides by its ballots.
  ballots=$("$BIN/scrutin-verify" --no-state --json "$ed" | python3 -c 'import json,sys; print(json.load(sys.stdin)["ballots"])')
  for r in $(seq "$REPS"); do
    say "election audit: scrutin-verify, run $r"
    timed election-scrutin-verify "$ballots" "$BIN/scrutin-verify" --no-state "$ed"
    say "election audit: belenios-tool election verify, run $r"
    (cd "$bd" && timed election-belenios-verify "$ELECTION_VOTERS" belenios-tool election verify)
  done
fi

say "writing the table"
python3 - "$RAW" "$DURATION" "$REPS" >"$OUT" <<'EOF'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
by = {}
for r in rows:
    by.setdefault(r["bench"], []).append(r)
def rng(xs, f="{:,.0f}"):
    xs = sorted(xs)
    return f.format(statistics.median(xs)) + " (" + f.format(xs[0]) + "–" + f.format(xs[-1]) + ")"
def loads(rs):
    ls = sorted(float(r["load1"]) for r in rs)
    return "%.1f–%.1f" % (ls[0], ls[-1])
print("Runs: %s of each, alternated A B A B; appends %s a run. Median (min–max). Load = 1-minute load average at the end of each run." % (sys.argv[3], sys.argv[2]))
print()
ap = [k for k in by if k.startswith("append-")]
if ap:
    print("| appends over HTTP | clients | appends/s | server CPU an append (µs) | errors | load |")
    print("|---|---|---|---|---|---|")
    for k in sorted(ap, key=lambda k: (int(k.rsplit("-", 1)[1]), k)):
        rs = by[k]
        print("| %s | %s | %s | %s | %d | %s |" % (rs[0]["target"], rs[0]["clients"], rng([r["per_second"] for r in rs]),
            rng([r.get("server_cpu_us_per_append", 0) for r in rs]), sum(r["errors"] for r in rs), loads(rs)))
    print()
for title, keys, unit in (("whole-log audit", ["audit-scrutin-verify", "audit-tessera-fsck"], "entry"),
                          ("election audit", ["election-scrutin-verify", "election-belenios-verify"], "ballot")):
    ks = [k for k in keys if k in by]
    if not ks:
        continue
    print("| %s | items | wall (s) | CPU (s) | CPU a %s (µs) | server CPU (s) | max RSS (MiB) | load |" % (title, unit))
    print("|---|---|---|---|---|---|---|---|")
    for k in ks:
        rs = by[k]
        n = rs[0]["items"]
        print("| %s | %d | %s | %s | %s | %s | %s | %s |" % (k.split("-", 1)[1], n, rng([r["wall_s"] for r in rs], "{:.2f}"),
            rng([r["cpu_s"] for r in rs], "{:.2f}"), rng([r["cpu_s"] * 1e6 / n for r in rs], "{:,.0f}"),
            rng([r["server_cpu_s"] for r in rs], "{:.2f}"), rng([r["rss_mib"] for r in rs], "{:.0f}"), loads(rs)))
    print()
EOF
say "done: $RAW"
