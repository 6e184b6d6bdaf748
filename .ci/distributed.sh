#!/usr/bin/env bash
# The distributed mode's CI (issue 8), called by .ci/run: a real Trillian log
# server and signer (built from the module, v1.8.0) over a real MariaDB, the
# Trillian, sequencer and EventStoreDB-adapter tests against them, and the
# offline validation of deploy/. It stops what it started, and touches
# nothing it did not start: MariaDB is a private instance (.ci/mariadb.sh:
# its own data directory, socket and free port, shut down on exit), never
# the machine's own; every port is chosen free at run time, so two runs on
# one machine do not collide.
#
#   .ci/distributed.sh            tests + deploy validation
#   .ci/distributed.sh --bench    also the benchmarks of docs/bench-distributed.md
#
# Environment: SCRUTIN_CRASH_ROUNDS (default 25).
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS=${GOFLAGS:-}

TRILLIAN_VERSION=v1.8.0
KUSTOMIZE_VERSION=v5.7.1
KUBECONFORM_VERSION=v0.7.0
BENCH=0
[[ ${1:-} == --bench ]] && BENCH=1

BIN=${SCRUTIN_CI_BIN:-$HOME/.cache/scrutin-ci/bin}
WORK=$(mktemp -d /tmp/scrutin-distributed.XXXXXX)
DB=scrutin_ci_trillian
. .ci/mariadb.sh
LOG_RPC=127.0.0.1:$(freeport) LOG_HTTP=127.0.0.1:$(freeport)
SIG_RPC=127.0.0.1:$(freeport) SIG_HTTP=127.0.0.1:$(freeport)
PIDS=()

step() { echo "== $*"; }
cleanup() {
	local rc=$?
	for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
	for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
	if ((rc != 0)); then
		for f in "$WORK"/*.log "$WORK"/mariadb/mariadb.log; do [[ -f $f ]] && { echo "--- tail $f"; tail -20 "$f"; }; done
	fi
	mariadb_stop
	rm -rf "$WORK"
	exit $rc
}
trap cleanup EXIT

step "Trillian $TRILLIAN_VERSION binaries"
mkdir -p "$BIN"
if [[ ! -x $BIN/trillian_log_server || ! -x $BIN/trillian_log_signer || ! -x $BIN/createtree || ! -f $BIN/.trillian-$TRILLIAN_VERSION ]]; then
	GOBIN=$BIN go install \
		github.com/google/trillian/cmd/trillian_log_server@$TRILLIAN_VERSION \
		github.com/google/trillian/cmd/trillian_log_signer@$TRILLIAN_VERSION \
		github.com/google/trillian/cmd/createtree@$TRILLIAN_VERSION
	touch "$BIN/.trillian-$TRILLIAN_VERSION"
fi

step "MariaDB: a private instance for this run"
mariadb_start "$WORK/mariadb"
HOSTDSN=$MARIADB_DSN_HOST
SCHEMA=$(go list -m -f '{{.Dir}}' github.com/google/trillian)/storage/mysql/schema/storage.sql
mariadb_sql <<<"CREATE DATABASE $DB; CREATE DATABASE scrutin_ci;"
mariadb_sql "$DB" <"$SCHEMA"

start_signer() {
	"$BIN/trillian_log_signer" --storage_system=mysql --mysql_uri="$HOSTDSN/$DB" \
		--rpc_endpoint="$SIG_RPC" --http_endpoint="$SIG_HTTP" --quota_system=noop \
		--force_master --sequencer_interval=20ms --batch_size=5000 --num_sequencers=2 \
		>>"$WORK/signer.log" 2>&1 &
	SIGNER=$!
	PIDS+=("$SIGNER")
}
step "Trillian log server ($LOG_RPC) and signer"
"$BIN/trillian_log_server" --storage_system=mysql --mysql_uri="$HOSTDSN/$DB" \
	--rpc_endpoint="$LOG_RPC" --http_endpoint="$LOG_HTTP" --quota_system=noop \
	>"$WORK/log_server.log" 2>&1 &
PIDS+=($!)
start_signer
TREE=
for _ in $(seq 60); do
	TREE=$("$BIN/createtree" --admin_server="$LOG_RPC" --tree_type=PREORDERED_LOG --max_root_duration=1h 2>>"$WORK/createtree.log") && break
	sleep 0.5
done
[[ -n $TREE ]] || { echo "couldn't create a tree"; exit 1; }
export SCRUTIN_TEST_TRILLIAN="$LOG_RPC?tree=$TREE"
export SCRUTIN_TEST_MARIADB="$HOSTDSN/scrutin_ci?parseTime=true"
echo "Trillian log server $LOG_RPC, signer $SIG_RPC, MariaDB 127.0.0.1:$MARIADB_PORT"
export SCRUTIN_CRASH_ROUNDS=${SCRUTIN_CRASH_ROUNDS:-25}
echo "SCRUTIN_TEST_TRILLIAN=$SCRUTIN_TEST_TRILLIAN"

# The signer is killed with SIGKILL at random points while the crash test
# runs, and restarted: integration must resume where it stopped.
kill_signer_loop() {
	while sleep "0.$((RANDOM % 9 + 1))$((RANDOM % 10))"; do
		sleep $((RANDOM % 3))
		kill -KILL "$SIGNER" 2>/dev/null || true
		wait "$SIGNER" 2>/dev/null || true
		echo "signer SIGKILLed" >>"$WORK/signer.log"
		start_signer
		echo "$SIGNER" >"$WORK/signer.pid"
	done
}

step "go test: Trillian backend, sequencer, EventStoreDB adapter, the registrar's SQL store"
go test -count=1 -timeout 45m -v \
	./cmd/scrutin/internal/trillian/... ./cmd/scrutin/internal/esdb/... ./cmd/scrutin/internal/registrar/ \
	-run . 2>&1 | tee "$WORK/test-backends.log" | grep -E '^(---|ok|FAIL|PASS|panic)|_test.go' || true
grep -qE '^(FAIL|panic)' "$WORK/test-backends.log" && exit 1
step "go test: sequencer (crash test: sequencer and Trillian signer SIGKILLed at random)"
kill_signer_loop &
KILLER=$!
go test -count=1 -timeout 45m -v ./cmd/scrutin/internal/sequencer/... 2>&1 |
	tee "$WORK/test-sequencer.log" | grep -E '^(---|ok|FAIL|PASS|panic)|_test.go' || true
kill "$KILLER" 2>/dev/null || true
wait "$KILLER" 2>/dev/null || true
[[ -f $WORK/signer.pid ]] && PIDS+=("$(cat "$WORK/signer.pid")")
echo "signer SIGKILLs during the sequencer tests: $(grep -c 'signer SIGKILLed' "$WORK/signer.log" || true)"
grep -qE '^(FAIL|panic)' "$WORK/test-sequencer.log" && exit 1

step "go test: two replicas (promises, receipts, tally, the verifier, OpenID Connect registration across them), 100,000 events through Trillian checked by fsck, a replica SIGKILLed under load"
export SCRUTIN_FSCK=${SCRUTIN_FSCK:-}
if [[ -z $SCRUTIN_FSCK ]]; then
	[[ -x $BIN/fsck-v1.0.4 ]] || { GOBIN=$WORK/fsck go install github.com/transparency-dev/tessera/cmd/fsck@v1.0.4 && cp "$WORK/fsck/fsck" "$BIN/fsck-v1.0.4"; }
	SCRUTIN_FSCK=$BIN/fsck-v1.0.4
fi
go test -count=1 -timeout 45m -v -run 'TestDistributed(Replicas|Fsck|ReplicaCrash|OIDC)$' ./cmd/scrutin/internal/server/ 2>&1 |
	tee "$WORK/test-replicas.log" | grep -E '^(---|ok|FAIL|PASS|panic)|(distributed(_fault)?|oidc)_test.go' | cut -c1-240 || true
grep -qE '^(FAIL|panic)' "$WORK/test-replicas.log" && exit 1
grep -qE '^--- PASS: TestDistributedFsck' "$WORK/test-replicas.log" || { echo "TestDistributedFsck did not pass"; exit 1; }

step "scrutin serve, configured as deploy/ configures it: two replicas, --log trillian://, secrets from files"
go build -o "$WORK/scrutin" ./cmd/scrutin
go build -o "$WORK/scrutin-verify" ./cmd/scrutin-verify
go build -o "$WORK/standin-server" ./cmd/scrutin/internal/esdb/standin/standin-server
ES_ADDR=127.0.0.1:$(freeport)
"$WORK/standin-server" -addr "$ES_ADDR" -file "$WORK/standin.db" >"$WORK/standin.log" 2>&1 &
PIDS+=($!)
TREE2=$("$BIN/createtree" --admin_server="$LOG_RPC" --tree_type=PREORDERED_LOG --max_root_duration=1h 2>>"$WORK/createtree.log")
mkdir -m 0700 "$WORK/secrets"
echo "esdb://$ES_ADDR?tls=false" >"$WORK/secrets/esdb-url"
echo "$HOSTDSN/scrutin_ci?parseTime=true" >"$WORK/secrets/lease-dsn"
openssl rand -hex 32 >"$WORK/secrets/admin-token"
chmod 0400 "$WORK/secrets/"*
PORT1=$(freeport) PORT2=$(freeport)
port() { if (($1 == 1)); then echo "$PORT1"; else echo "$PORT2"; fi; }
replica() { # n
	SCRUTIN_STORE_FILE=$WORK/secrets/esdb-url SCRUTIN_LEASE_DSN_FILE=$WORK/secrets/lease-dsn \
		SCRUTIN_ADMIN_TOKEN_FILE=$WORK/secrets/admin-token SCRUTIN_LOG_KEY_FILE=$WORK/secrets/log-key \
		"$WORK/scrutin" serve --addr "127.0.0.1:$(port "$1")" --data "$WORK/replica$1" \
		--log "trillian://$LOG_RPC?tree=$TREE2" --log-format json >>"$WORK/replica$1.log" 2>&1 &
	PIDS+=($!)
}
ready() { # n
	for _ in $(seq 120); do
		curl -fsS "http://127.0.0.1:$(port "$1")/readyz" >/dev/null 2>&1 && return 0
		sleep 0.5
	done
	echo "replica $1 is not ready"; tail -20 "$WORK/replica$1.log"; return 1
}
# The log key: made once, the same file for every replica.
( umask 377; "$WORK/scrutin" keygen scrutin.ci/distributed >"$WORK/secrets/log-key" )
replica 1
replica 2
ready 1
ready 2
URL1=http://127.0.0.1:$PORT1 URL2=http://127.0.0.1:$PORT2
TOKEN=$(cat "$WORK/secrets/admin-token")
CODE=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' "$URL1/api/v1/register" \
	-d '{"credential":"'"$(openssl rand -hex 32)"'","district":"75-01"}')
[[ $CODE == 403 ]] || { echo "a distributed replica without --demo took a self-declared registration ($CODE)"; exit 1; }
for i in 1 2 3; do
	URL=$URL1; ((i % 2)) || URL=$URL2
	curl -fsS -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
		"$URL/api/v1/admin/streams/bill-ci-$i/events" \
		-d "{\"expected\":\"no_stream\",\"events\":[{\"type\":\"BillIntroduced\",\"data\":{\"Bill\":\"ci-$i\",\"Type\":1,\"Title\":\"Projet $i\"}}]}" >/dev/null
done
for _ in $(seq 100); do
	C1=$(curl -fsS "$URL1/log/checkpoint") C2=$(curl -fsS "$URL2/log/checkpoint")
	[[ $C1 == "$C2" && $(sed -n 2p <<<"$C1") == 3 ]] && break
	sleep 0.2
done
[[ $C1 == "$C2" && $(sed -n 2p <<<"$C1") == 3 ]] || { echo "the replicas serve different checkpoints:"; echo "$C1"; echo "$C2"; exit 1; }
echo "both replicas serve the checkpoint of size 3, byte for byte"
"$WORK/scrutin-verify" --state "$WORK/verify-state" "$URL2" | tail -3

step "go test: MariaDB stopped under load (readyz fails, writes 503, nothing acknowledged lost, resumes)"
# This run's private MariaDB, stopped and started again: never the machine's.
export SCRUTIN_TEST_MARIADB_STOP="$MARIADB_STOP_CMD"
export SCRUTIN_TEST_MARIADB_START="$MARIADB_START_CMD"
go test -count=1 -timeout 30m -v -run 'TestDistributedMariaDBDown$' ./cmd/scrutin/internal/server/ 2>&1 |
	tee "$WORK/test-mariadb.log" | grep -E '^(---|ok|FAIL|PASS|panic)|distributed(_fault)?_test.go' | cut -c1-240 || true
grep -qE '^--- PASS: TestDistributedMariaDBDown' "$WORK/test-mariadb.log" || exit 1
mariadb_sql <<<"SELECT 1" >/dev/null

step "deploy/: Trillian schema, kustomize build + kubeconform (offline schemas), compose"
cmp -s "$SCHEMA" deploy/trillian/storage.sql || { echo "deploy/trillian/storage.sql differs from Trillian $TRILLIAN_VERSION's schema"; exit 1; }
# kubeconform's schemas are normally downloaded from GitHub, which CI cannot
# reach: they are generated from the Kubernetes OpenAPI document that
# kustomize's kyaml module embeds (from the Go module proxy), strict
# (unknown fields are errors), int-or-string as openapi2jsonschema does.
mkdir -p "$WORK/k8sschema"
cat >"$WORK/k8sschema/go.mod" <<'GOMOD'
module k8sschema

go 1.24

require sigs.k8s.io/kustomize/kyaml v0.20.1
GOMOD
cat >"$WORK/k8sschema/main.go" <<'GOSRC'
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"sigs.k8s.io/kustomize/kyaml/openapi"
)

func main() {
	dir := os.Args[1]
	b, err := json.Marshal(openapi.Schema().Definitions)
	if err != nil {
		panic(err)
	}
	defs := map[string]any{}
	json.Unmarshal(b, &defs)
	for _, d := range defs {
		strict(d)
	}
	out, _ := json.Marshal(map[string]any{"definitions": defs})
	os.MkdirAll(dir, 0o755)
	if err := os.WriteFile(filepath.Join(dir, "_definitions.json"), out, 0o644); err != nil {
		panic(err)
	}
	n := 0
	for name, d := range defs {
		gvks, _ := d.(map[string]any)["x-kubernetes-group-version-kind"].([]any)
		for _, g := range gvks {
			m := g.(map[string]any)
			group, _ := m["group"].(string)
			file := strings.ToLower(m["kind"].(string)) + "-" + m["version"].(string)
			if group != "" {
				file = strings.ToLower(m["kind"].(string)) + "-" + strings.Split(group, ".")[0] + "-" + m["version"].(string)
			}
			ref, _ := json.Marshal(map[string]any{"$ref": "_definitions.json#/definitions/" + name})
			os.WriteFile(filepath.Join(dir, file+".json"), ref, 0o644)
			n++
		}
	}
	fmt.Printf("%d Kubernetes schemas generated (kyaml's OpenAPI document)\n", n)
}

func strict(v any) {
	switch x := v.(type) {
	case map[string]any:
		if x["format"] == "int-or-string" {
			delete(x, "type")
			x["oneOf"] = []any{map[string]any{"type": "string"}, map[string]any{"type": "integer"}}
		}
		if _, ok := x["properties"]; ok {
			if _, ok := x["additionalProperties"]; !ok {
				x["additionalProperties"] = false
			}
		}
		for _, c := range x {
			strict(c)
		}
	case []any:
		for _, c := range x {
			strict(c)
		}
	}
}
GOSRC
(cd "$WORK/k8sschema" && GOFLAGS=-mod=mod go mod tidy && GOFLAGS=-mod=mod go run . "$WORK/schemas")
for overlay in deploy/kubernetes/overlays/*/; do
	name=$(basename "$overlay")
	go run sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION build "$overlay" >"$WORK/$name.yaml"
	echo "overlay $name:"
	go run github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM_VERSION -strict -summary \
		-schema-location "$WORK/schemas/{{.ResourceKind}}{{.KindSuffix}}.json" "$WORK/$name.yaml"
done
if command -v docker >/dev/null && docker compose version >/dev/null 2>&1; then
	SCRUTIN_TREE_ID=1 docker compose -f deploy/compose/compose.yaml config -q
else
	echo "docker is not installed here: compose.yaml checked as YAML, with the files it names"
	python3 - <<'PY'
import os, sys, yaml
base = "deploy/compose"
d = yaml.safe_load(open(os.path.join(base, "compose.yaml")))
want = {"kurrentdb-1", "kurrentdb-2", "kurrentdb-3", "mariadb", "trillian-log-server",
        "trillian-log-signer", "scrutin-1", "scrutin-2", "proxy", "witness"}
missing = want - set(d["services"])
assert not missing, f"services missing: {missing}"
for name, svc in d["services"].items():
    for s in svc.get("secrets", []):
        src = s["source"] if isinstance(s, dict) else s
        assert src in d["secrets"], f"{name}: undeclared secret {src}"
    b = svc.get("build")
    if isinstance(b, dict):
        ctx = os.path.join(base, b["context"])
        df = os.path.join(ctx, b.get("dockerfile", "Dockerfile"))
        assert os.path.exists(df), f"{name}: no {df}"
    for v in svc.get("volumes", []):
        src = v.split(":")[0]
        if src.startswith("."):
            assert os.path.exists(os.path.join(base, src)), f"{name}: no {src}"
print(f"compose.yaml: {len(d['services'])} services, secrets and build files consistent")
PY
fi

if ((BENCH)); then
	step "benchmarks (docs/bench-distributed.md)"
	SCRUTIN_BENCH=1 go test -count=1 -run '^TestBenchDistributed$' -timeout 30m -v ./cmd/scrutin/internal/sequencer/ |
		tee "$WORK/bench.log" | grep -E '^(BENCH|---|ok|FAIL)' || true
	grep -q '^ok' "$WORK/bench.log" || exit 1
fi
step "distributed: ok"
