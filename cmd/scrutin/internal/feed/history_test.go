package feed_test

import (
	"testing"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/feed"
	"github.com/scrutin/scrutin/cmd/scrutin/internal/news"
	"github.com/scrutin/scrutin/domain"
)

// TestHistory: an amendment's steps (tabled, corrected, decided, its
// outcome changed) and a bill's revisions, newest first, first records
// left out.
func TestHistory(t *testing.T) {
	f := feed.New()
	t0 := time.Date(2025, 6, 1, 9, 0, 0, 0, time.UTC)
	pos := uint64(0)
	add := func(ev domain.Event) {
		t.Helper()
		if err := f.Apply(pos, domain.Envelope{Stream: domain.BillStream("b"), Time: t0.Add(time.Duration(pos) * 24 * time.Hour), Event: ev}); err != nil {
			t.Fatal(err)
		}
		pos++
	}
	am := func(text string) *domain.AmendmentTabled {
		return &domain.AmendmentTabled{Bill: "b", Stage: "s", Amendment: "A", Number: "1", Part: 1, Parts: 1, Dispositif: text}
	}
	add(&domain.BillIntroduced{Bill: "b", Type: domain.BillProjet, Title: "b"})
	add(&domain.StageTabled{Bill: "b", Stage: "s", Label: "Dépôt"})
	add(am("Premier."))
	add(&domain.AmendmentTabled{Bill: "b", Stage: "s", Amendment: "B", Number: "2", Part: 1, Parts: 1})
	add(&domain.AmendmentDecided{Bill: "b", Amendment: "A", Outcome: "rejected"})
	add(&domain.AmendmentDecided{Bill: "b", Amendment: "B", Outcome: "withdrawn"})
	add(am("Corrigé."))
	add(&domain.AmendmentDecided{Bill: "b", Amendment: "A", Outcome: "adopted"})

	type step struct{ typ, outcome, previous string }
	var got []step
	for _, c := range f.AmendmentChanges("b", "A") {
		got = append(got, step{c.Type, c.Outcome, c.Previous})
	}
	want := []step{{news.AmendmentTabled, "", ""}, {news.AmendmentDecided, "rejected", ""}, {news.AmendmentRevised, "", ""}, {news.AmendmentDecided, "adopted", "rejected"}}
	if len(got) != len(want) {
		t.Fatalf("steps %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("steps %v, want %v", got, want)
		}
	}
	if c := f.AmendmentChanges("b", "A")[2]; !c.Time.Equal(t0.Add(6 * 24 * time.Hour)) {
		t.Errorf("the correction at %s", c.Time)
	}
	var revs []string
	for _, c := range f.BillRevisions("b") {
		revs = append(revs, c.Type+":"+c.Amendment+c.Stage)
	}
	// Newest first; B's first decision (withdrawn) and A's first are not
	// revisions; the stage is.
	if got, want := revs, []string{"amendment.decided:A", "amendment.revised:As", "bill.revised:s"}; len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Fatalf("revisions %v, want %v", got, want)
	}
	if f.AmendmentChanges("b", "nope") != nil || f.BillRevisions("nope") != nil {
		t.Error("history of nothing")
	}
}
