package domain

import (
	"os"
	"strings"
	"testing"
)

// TestRulesTable: every rule has one distinct name, found by RuleByName,
// and is documented by that name in a rules table of docs/ (VOTING.md,
// LAW.md, EVENTS.md), so an auditor can read what each refusal means.
func TestRulesTable(t *testing.T) {
	var docs strings.Builder
	for _, f := range []string{"VOTING.md", "LAW.md", "EVENTS.md"} {
		b, err := os.ReadFile("../docs/" + f)
		if err != nil {
			t.Fatal(err)
		}
		docs.Write(b)
	}
	seen := map[string]bool{}
	for i, ri := range Rules[1:] {
		r := Rule(i + 1)
		if ri.Rule != r || ri.Name == "" || ri.What == "" {
			t.Errorf("row %d: %+v", i+1, ri)
		}
		if seen[ri.Name] {
			t.Errorf("rule name %q twice", ri.Name)
		}
		seen[ri.Name] = true
		if got, ok := RuleByName(ri.Name); !ok || got != r || r.String() != ri.Name {
			t.Errorf("RuleByName(%q) = %v, %v", ri.Name, got, ok)
		}
		if !strings.Contains(docs.String(), "`"+ri.Name+"`") {
			t.Errorf("rule %s is not documented in docs/VOTING.md, LAW.md or EVENTS.md", ri.Name)
		}
	}
	if _, ok := RuleByName("no-such-rule"); ok {
		t.Error("RuleByName found a rule that does not exist")
	}
}
