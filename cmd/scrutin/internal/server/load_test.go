package server_test

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/scrutin/scrutin/cmd/internal/loadgen"
	"github.com/scrutin/scrutin/domain"
)

// TestCastLoad measures the cast path end to end on the embedded default:
// a load generator casts ballots over HTTP on loopback, each checked fully
// (rules, signature, proofs in batches) and durably written before its
// receipt is returned. It runs when SCRUTIN_CAST_LOAD gives the number of
// voters (docs/BENCHMARKS.md has the command and the figures);
// SCRUTIN_CAST_CONCURRENCY sets the clients (256), SCRUTIN_CAST_JSON=1 casts
// with the JSON request instead of the binary one.
func TestCastLoad(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("SCRUTIN_CAST_LOAD"))
	if n == 0 {
		t.Skip("set SCRUTIN_CAST_LOAD=voters to run the load test")
	}
	conc := 256
	if c, _ := strconv.Atoi(os.Getenv("SCRUTIN_CAST_CONCURRENCY")); c > 0 {
		conc = c
	}
	e := newElection(t)
	cfg := loadgen.Config{Client: e.c, Vote: "v1", Voters: n, Concurrency: conc,
		Districts: []domain.District{"75-01", "75-02", "13-04", "69-03"}, Log: testWriter{t},
		JSON: os.Getenv("SCRUTIN_CAST_JSON") != ""}
	// SCRUTIN_CAST_CPUPROFILE profiles the casting only (server and load
	// generator), not the setup.
	if p := os.Getenv("SCRUTIN_CAST_CPUPROFILE"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cfg.Profile = f
	}
	res, err := loadgen.Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("concurrency %d: %s", conc, res)
	if res.Errors > 0 {
		t.Fatalf("%d ballots refused", res.Errors)
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) { w.t.Logf("%s", p); return len(p), nil }
