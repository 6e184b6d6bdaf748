package agenda_test

import (
	"strings"
	"testing"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/agenda"
)

func TestParse(t *testing.T) {
	const ok = `{"name": "c", "election": "e", "open_on": {"step": "commission"}, "close_after_days": 14`
	for _, tc := range []struct{ policy, want string }{
		{`{"rules": [` + ok + `}]}`, ""},
		{`{"rules": [` + ok + `, "close_on_step": "hemicycle", "since": "2026-01-01", "question": "Pour « %s » ?", "options": ["Oui", "Non"]}]}`, ""},
		{`{"rules": [` + ok + `, "closes_on": "x"}]}`, "unknown field"},
		{`{"rules": [` + ok + `}, ` + ok + `}]}`, "used twice"},
		{`{"rules": [{"name": "c d", "election": "e", "open_on": {"step": "commission"}, "close_after_days": 1}]}`, "name"},
		{`{"rules": [{"name": "c", "open_on": {"step": "commission"}, "close_after_days": 1}]}`, "election is required"},
		{`{"rules": [{"name": "c", "election": "e", "open_on": {}, "close_after_days": 1}]}`, "open_on"},
		{`{"rules": [{"name": "c", "election": "e", "open_on": {"step": "commission"}}]}`, "close_after_days"},
		{`{"rules": [` + ok + `, "since": "1/1/2026"}]}`, "YYYY-MM-DD"},
		{`{"rules": [` + ok + `, "options": ["Oui"]}]}`, "two options"},
		{`{"rules": [` + ok + `, "question": "%d ?"}]}`, "no other %"},
	} {
		_, err := agenda.Parse([]byte(tc.policy))
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.policy, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: %v, want an error saying %q", tc.policy, err, tc.want)
		}
	}
}

func TestVoteID(t *testing.T) {
	if got := agenda.VoteID("c", "pjl-1", "01_commission"); got != "c-pjl-1-01_commission" {
		t.Errorf("got %s", got)
	}
	// A stage name outside the ID alphabet gives a hash, the same each time.
	a := agenda.VoteID("c", "pjl-1", "15_constitutionnalité")
	if a != agenda.VoteID("c", "pjl-1", "15_constitutionnalité") || a == agenda.VoteID("c", "pjl-1", "16_constitutionnalité") || len(a) != len("c-")+24 {
		t.Errorf("got %s", a)
	}
}

// TestExample: the example policy in deploy/ parses.
func TestExample(t *testing.T) {
	p, err := agenda.Load("../../../../deploy/examples/agenda.json")
	if err != nil || len(p.Rules) != 2 {
		t.Fatalf("deploy/examples/agenda.json: %v", err)
	}
}
