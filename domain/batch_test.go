package domain

import (
	"errors"
	"testing"
)

// TestEventBatch checks a batch against the state plus the events before
// it in the batch, leaves the base state untouched, and agrees with the
// fold: what the batch accepts, State.Apply accepts in the same order.
func TestEventBatch(t *testing.T) {
	b := BillID("pjl07-405")
	base := NewState()
	if err := applyAll(t, base, []Envelope{{Stream: BillStream(b), Event: &BillIntroduced{Bill: b, Type: BillProjet, Title: "Hadopi"}}}); err != nil {
		t.Fatal(err)
	}
	samples := lawSamples()
	amend := samples[2].Event.(*AmendmentTabled)
	corrected := *amend
	corrected.Dispositif = "Supprimer cet article, corrigé."
	moved := *amend
	moved.Stage = "autre"
	nb := BillID("ppl26-001")
	tests := []struct {
		name string
		envs []Envelope
		bad  int  // index of the refused event, -1 if none
		rule Rule // its rule
	}{
		{"law samples in order", samples, -1, RuleNone},
		{"a bill and its amendment in one batch", []Envelope{
			{Stream: BillStream(nb), Event: &BillIntroduced{Bill: nb, Type: BillProposition, Title: "Nouveau"}},
			{Stream: BillStream(nb), Event: &AmendmentTabled{Bill: nb, Stage: "s", Amendment: "1", Part: 1, Parts: 1}},
			{Stream: BillStream(nb), Event: &AmendmentDecided{Bill: nb, Amendment: "1", Outcome: "adopted"}},
		}, -1, RuleNone},
		{"amendment before its bill", []Envelope{
			{Stream: BillStream(nb), Event: &AmendmentTabled{Bill: nb, Stage: "s", Amendment: "1", Part: 1, Parts: 1}},
		}, 0, RuleBill},
		{"a revision after the first version", []Envelope{samples[2], {Stream: BillStream(b), Event: &corrected}}, -1, RuleNone},
		{"a second version on another stage", []Envelope{samples[2], {Stream: BillStream(b), Event: &moved}}, 1, RuleAmendmentOnce},
		{"decided twice alike", []Envelope{samples[2], samples[3], samples[3]}, 2, RuleAmendmentDecided},
		{"bill introduced twice", []Envelope{
			{Stream: BillStream(nb), Event: &BillIntroduced{Bill: nb, Type: BillProposition, Title: "Nouveau"}},
			{Stream: BillStream(nb), Event: &BillIntroduced{Bill: nb, Type: BillProposition, Title: "Nouveau"}},
		}, 1, RuleStream},
		{"stage tabled twice", []Envelope{samples[0], samples[0]}, 1, RuleStageOnce},
		{"article beyond the stage", []Envelope{samples[0], samples[1], samples[1]}, 2, RuleArticleOrder},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := base.Position()
			batch := base.NewEventBatch(0)
			bad := -1
			var err error
			for i, env := range tc.envs {
				if err = batch.Add(env.Stream, env.Event); err != nil {
					bad = i
					break
				}
			}
			if bad != tc.bad {
				t.Fatalf("refused event %d (%v), want %d", bad, err, tc.bad)
			}
			if bad >= 0 {
				var re *RuleError
				if !errors.As(err, &re) || re.Rule != tc.rule || re.Position != before+uint64(bad) {
					t.Fatalf("got %v, want rule %s at position %d", err, tc.rule, before+uint64(bad))
				}
			}
			// The base state is untouched: the first event still passes
			// (or fails) alone as it did, and nothing moved.
			if base.Position() != before || len(base.Law().Amendments[b]) != 0 || len(base.Law().Stages[b]) != 0 || base.Bills[nb] != nil {
				t.Fatal("the batch changed the base state")
			}
			// The fold agrees: a copy of the base with the accepted
			// events applied passes, and the refused one is refused.
			fold := NewState()
			if err := applyAll(t, fold, []Envelope{{Stream: BillStream(b), Event: &BillIntroduced{Bill: b, Type: BillProjet, Title: "Hadopi"}}}); err != nil {
				t.Fatal(err)
			}
			n := len(tc.envs)
			if bad >= 0 {
				n = bad
			}
			if err := applyAll(t, fold, tc.envs[:n]); err != nil {
				t.Fatalf("the fold refuses what the batch accepted: %v", err)
			}
			if bad >= 0 {
				var re *RuleError
				if err := applyAll(t, fold, tc.envs[bad:bad+1]); !errors.As(err, &re) || re.Rule != tc.rule {
					t.Fatalf("the fold says %v, the batch %s", err, tc.rule)
				}
			}
		})
	}
	// A kind a batch does not take.
	if err := base.NewEventBatch(0).Add(VoteStream("v"), &VoteClosed{Vote: "v"}); !errors.Is(err, ErrNotBatchable) {
		t.Fatalf("got %v, want ErrNotBatchable", err)
	}
}
