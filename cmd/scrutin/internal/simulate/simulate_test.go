package simulate_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/embedded"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/simulate"
	"github.com/scrutin/scrutin/domain"
)

// TestSimulate builds a small simulated ledger and folds it again from the
// file, with every rule on and every ballot verified: the simulation writes
// a ledger the server and the audit accept, of exactly the size asked.
func TestSimulate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.db")
	cfg := simulate.Config{Path: path, Events: 1500, Voters: 300, Ballots: 350, Bills: 3, Amendments: 4, Seed: "test"}
	res, err := simulate.Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if res.Entries != cfg.Events {
		t.Fatalf("%d entries, want %d", res.Entries, cfg.Events)
	}
	for _, k := range []string{"VoterRegistered", "BillIntroduced", "AmendmentTabled", "BallotCast", "VoteClosed", "TallyShareSubmitted", "TallyPublished"} {
		if res.Kinds[k] == 0 {
			t.Errorf("no %s in %v", k, res.Kinds)
		}
	}
	db, err := embedded.Open(path, embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	recs, err := db.ReadAll(context.Background(), 0, int(cfg.Events)+1)
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(recs)) != cfg.Events {
		t.Fatalf("the file holds %d entries, want %d", len(recs), cfg.Events)
	}
	st := domain.NewState()
	for _, r := range recs {
		env, err := domain.ParseEntry(r.Entry)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Apply(r.Position, env); err != nil {
			t.Fatalf("entry %d: %v", r.Position, err)
		}
	}
	if n := len(st.Votes); n != res.Votes && n != res.Votes+1 {
		t.Errorf("%d votes in the state, %d tallied by the simulation", n, res.Votes)
	}
}
