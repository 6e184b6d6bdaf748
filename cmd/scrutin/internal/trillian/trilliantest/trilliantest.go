// Package trilliantest gives tests a Trillian log server to work against:
// the one named by SCRUTIN_TEST_TRILLIAN (host:port?tree=ID, as exported by
// .ci/distributed.sh). Without that variable the tests skip; with it, a
// server that cannot be reached fails them.
package trilliantest

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/trillian"
)

// Env is the variable naming the test server.
const Env = "SCRUTIN_TEST_TRILLIAN"

// Config returns the configuration of the tree named by SCRUTIN_TEST_TRILLIAN,
// or skips the test if it is not set.
func Config(t testing.TB) trillian.Config {
	t.Helper()
	v := os.Getenv(Env)
	if v == "" {
		t.Skipf("%s is not set: run .ci/distributed.sh to test against a real Trillian", Env)
	}
	if !strings.HasPrefix(v, "trillian://") {
		v = "trillian://" + v
	}
	cfg, err := trillian.ParseURL(v)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	return cfg
}

var seq atomic.Int64

// NewTree creates a fresh PREORDERED_LOG tree on the test server.
func NewTree(t testing.TB) trillian.Config {
	t.Helper()
	cfg := Config(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	id, err := trillian.CreateTree(ctx, cfg.Addr, fmt.Sprintf("test-%d-%d", os.Getpid()%10000, seq.Add(1)))
	if err != nil {
		t.Fatalf("couldn't create a tree on %s (%s is set, so the server must be up): %v", cfg.Addr, Env, err)
	}
	cfg.TreeID = id
	cfg.CachePath = ""
	// A signer works on every live tree at each pass: delete the test's.
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := trillian.DeleteTree(ctx, cfg.Addr, id); err != nil {
			t.Logf("%v", err)
		}
	})
	return cfg
}

// Open opens cfg, closed at the end of the test.
func Open(t testing.TB, cfg trillian.Config) *trillian.Log {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	l, err := trillian.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("couldn't open Trillian tree %d at %s: %v", cfg.TreeID, cfg.Addr, err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

// NewLog opens a log on a fresh tree.
func NewLog(t testing.TB) *trillian.Log { return Open(t, NewTree(t)) }
