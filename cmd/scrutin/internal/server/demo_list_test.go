package server_test

import (
	"strings"
	"testing"
)

// TestDemoBillList: on the demo, the list of bills puts the bill a citizen
// can vote on first (Hadopi, whose vote is open, though its last stage is
// the oldest), marked and linked to its vote; the Assemblée's PPL n° 949
// and its committee's text are one bill.
func TestDemoBillList(t *testing.T) {
	url := seededDemo(t)
	resp, body := request(t, "GET", url+"/textes", "", "", "")
	if resp.StatusCode != 200 {
		t.Fatalf("/textes: %d", resp.StatusCode)
	}
	first := strings.Index(body, `<li><a href="/textes/`)
	if first < 0 || !strings.HasPrefix(body[first:], `<li><a href="/textes/pjl07-405">`) {
		t.Errorf("the first bill is not the one with an open vote:\n%s", body[max(first, 0):])
	}
	if !strings.Contains(body, `Vote ouvert</span> <a href="/votes/demo-hadopi">Voter sur ce texte</a>`) {
		t.Errorf("no link to the open vote")
	}
	if n := strings.Count(body, "Vote ouvert"); n != 1 {
		t.Errorf("%d bills marked with an open vote, want 1", n)
	}
	if strings.Contains(body, `href="/textes/PIONANR5L17BTC1474"`) {
		t.Errorf("the committee's text n° 1474 is listed as a bill of its own")
	}
}
