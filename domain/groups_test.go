package domain_test

import (
	"fmt"
	"testing"

	"github.com/scrutin/scrutin/domain"
)

// TestGroupEdges checks the edge cases docs/VOTING.md ("Tally", step 1)
// spells out for an independent implementation.
func TestGroupEdges(t *testing.T) {
	cases := []struct {
		name    string
		turnout map[domain.District]uint64
		min     uint64
		want    string
	}{
		{"empty rest: every district in a group of its own or of its département",
			map[domain.District]uint64{"75-01": 10, "75-02": 4, "75-03": 6, "13-01": 12}, 10,
			"[{13-01 [13-01] 12 []} {75-01 [75-01] 10 []} {dep-75 [75-02 75-03] 10 []}]"},
		{"a small rest absorbs the smallest group, and the merged group is named rest",
			map[domain.District]uint64{"75-01": 11, "13-01": 15, "2A-01": 3}, 10,
			"[{13-01 [13-01] 15 []} {rest [2A-01 75-01] 14 []}]"},
		{"among equally small groups, the first by name joins rest",
			map[domain.District]uint64{"75-01": 10, "13-01": 10, "2A-01": 1}, 10,
			"[{75-01 [75-01] 10 []} {rest [13-01 2A-01] 11 []}]"},
		{"a département group can be the one absorbed",
			map[domain.District]uint64{"75-01": 5, "75-02": 5, "13-01": 30, "2A-01": 2}, 10,
			"[{13-01 [13-01] 30 []} {rest [2A-01 75-01 75-02] 12 []}]"},
		{"a vote under the minimum in total: one group, rest, with every district",
			map[domain.District]uint64{"75-01": 3, "13-01": 2, "2A-01": 1}, 10,
			"[{rest [13-01 2A-01 75-01] 6 []}]"},
		{"districts without a counted ballot are in no group",
			map[domain.District]uint64{"75-01": 10, "13-01": 0}, 10,
			"[{75-01 [75-01] 10 []}]"},
		{"no counted ballot: no group",
			map[domain.District]uint64{}, 10,
			"[]"},
		{"a rest at the minimum stays as it is",
			map[domain.District]uint64{"75-01": 12, "13-01": 5, "2A-01": 5}, 10,
			"[{75-01 [75-01] 12 []} {rest [13-01 2A-01] 10 []}]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := fmt.Sprint(domain.GroupDistricts(c.turnout, c.min)); got != c.want {
				t.Fatalf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}
