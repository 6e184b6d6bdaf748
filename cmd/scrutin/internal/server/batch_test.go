package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestAdminBatch: POST /api/v1/admin/batch writes events on several
// streams in one commit, each checked against the ones before it; a
// refused event writes nothing and is named by index and rule; bad input
// is a 4xx that changes nothing.
func TestAdminBatch(t *testing.T) {
	dir := t.TempDir()
	s, url := startIn(t, dir)
	tok := readToken(t, dir)
	size := func() uint64 { n, _ := s.Ledger.Log.Size(context.Background()); return n }
	ev := func(stream, typ, data string) string {
		return fmt.Sprintf(`{"stream":%q,"type":%q,"data":%s}`, stream, typ, data)
	}
	bill := ev("bill-b1", "BillIntroduced", `{"Bill":"b1","Type":1,"Title":"Titre"}`)
	am := func(id string) string {
		return ev("bill-b1", "AmendmentTabled", `{"Bill":"b1","Stage":"s","Amendment":"`+id+`","Number":"`+id+`","Part":1,"Parts":1,"Dispositif":"Supprimer."}`)
	}
	vote := ev("scrutin-VT1", "ParliamentVoteRecorded", `{"Scrutin":"VT1","Bill":"b1","Title":"l'ensemble","Adopted":true,"Part":1,"Parts":1}`)
	decided := ev("bill-b1", "AmendmentDecided", `{"Bill":"b1","Amendment":"1","Outcome":"adopted"}`)
	before := size()
	code, body := do(t, "POST", url+"/api/v1/admin/batch", tok, `{"events":[`+strings.Join([]string{bill, am("1"), vote, am("2"), decided}, ",")+`]}`)
	if code != 201 {
		t.Fatalf("batch: %d %s", code, body)
	}
	var out struct{ Positions []uint64 }
	if err := json.Unmarshal([]byte(body), &out); err != nil || len(out.Positions) != 5 || out.Positions[0] != before || out.Positions[4] != before+4 {
		t.Fatalf("batch answered %s", body)
	}
	if size() != before+5 {
		t.Fatalf("log grew by %d, want 5", size()-before)
	}
	big := ev("bill-b1", "AmendmentTabled", `{"Bill":"b1","Stage":"s","Amendment":"6","Number":"6","Part":1,"Parts":1,"Dispositif":"`+strings.Repeat("x", 600<<10)+`"}`)
	before = size()
	for _, tc := range []struct {
		name, token, body string
		code              int
		msg               string
	}{
		{"no token", "", `{"events":[` + am("3") + `]}`, 401, "admin token"},
		{"empty", tok, `{"events":[]}`, 400, "no events"},
		{"unknown type", tok, `{"events":[` + am("3") + `,` + ev("bill-b1", "Nope", `{}`) + `]}`, 400, "event 1"},
		{"unknown field", tok, `{"events":[` + ev("bill-b1", "AmendmentDecided", `{"Bill":"b1","Nope":1}`) + `]}`, 400, "event 0"},
		{"bad stream", tok, `{"events":[` + ev("", "AmendmentDecided", `{"Bill":"b1","Amendment":"1","Outcome":"rejected"}`) + `]}`, 400, "event 0: stream"},
		{"trailing data", tok, `{"events":[` + am("3") + `]} x`, 400, ""},
		{"second event refused, first not written", tok, `{"events":[` + am("3") + `,` + decided + `]}`, 422, `"index": 1`},
		{"the rule named", tok, `{"events":[` + am("4") + `,` + decided + `]}`, 422, `"rule": "amendment-decided"`},
		{"not a batch kind", tok, `{"events":[` + ev("vote-v", "VoteClosed", `{"Vote":"v"}`) + `]}`, 422, `"index": 0`},
		{"too large", tok, `{"events":[` + big + `,` + big + `]}`, 413, "request body over"},
	} {
		code, body := do(t, "POST", url+"/api/v1/admin/batch", tc.token, tc.body)
		if code != tc.code || !strings.Contains(body, tc.msg) {
			t.Errorf("%s: %d %s, want %d with %q", tc.name, code, body, tc.code, tc.msg)
		}
		if size() != before {
			t.Fatalf("%s: the log grew", tc.name)
		}
	}
}
