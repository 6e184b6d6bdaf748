package domain_test

import (
	"encoding/hex"
	"encoding/json"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// TestLogEntryWire: the entry the server serves reads back, as the verifier
// reads it, with the same bytes, leaf hash and fields; an entry that does
// not decode is served with its bytes and leaf hash only.
func TestLogEntryWire(t *testing.T) {
	env := domain.Envelope{Stream: "bill-x", Revision: 3, Time: time.UnixMicro(1_700_000_000_000_000).UTC(),
		Event: &domain.BillIntroduced{Bill: "x", Type: 1, Title: "Un titre"}}
	raw, err := domain.MarshalEntry(env)
	if err != nil {
		t.Fatal(err)
	}
	e, err := domain.NewLogEntry(7, raw)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	var got domain.LogEntry[json.RawMessage]
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	h := domain.LeafHash(raw)
	if got.Index != 7 || string(got.Raw) != string(raw) || got.LeafHash != hex.EncodeToString(h[:]) ||
		got.Type != "BillIntroduced" || got.Stream != "bill-x" || got.Revision != 3 || !got.Time.Equal(env.Time) {
		t.Fatalf("read back %+v", got)
	}
	var ev domain.BillIntroduced
	if err := json.Unmarshal(got.Event, &ev); err != nil || ev.Title != "Un titre" {
		t.Fatalf("event %s: %v", got.Event, err)
	}
	if _, err := domain.NewLogEntry(0, raw[:len(raw)-1]); err == nil {
		t.Fatal("a truncated entry decoded")
	}
	u := domain.UndecodedLogEntry(2, []byte("junk"))
	if u.Type != "" || u.Event != nil || string(u.Raw) != "junk" || u.LeafHash == "" {
		t.Fatalf("undecoded entry %+v", u)
	}
}
