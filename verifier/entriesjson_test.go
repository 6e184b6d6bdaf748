package verifier_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/scrutin/scrutin/verifier"
	"github.com/scrutin/scrutin/verifier/internal/ledgertest"
)

// entriesPages returns pages of the entries API as the server writes them,
// from a small ledger of every kind of entry (bills, trustees, voters,
// ballots, the tally).
func entriesPages(t testing.TB) [][]byte {
	t.Helper()
	l, err := ledgertest.Build(ledgertest.Options{Voters: 6, Seed: "entries-json"})
	if err != nil {
		t.Fatal(err)
	}
	var pages [][]byte
	for start := 0; start < len(l.Entries); start += 7 {
		end := min(start+7, len(l.Entries))
		b, err := ledgertest.EntriesJSON(l.Entries[start:end], int64(start))
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, b)
	}
	empty, err := ledgertest.EntriesJSON(nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	return append(pages, empty)
}

// TestFastEntries: the server's pages are read by the fast reader, to the
// values encoding/json reads; a page formatted otherwise (white space,
// another key order, an escape) is left to encoding/json.
func TestFastEntries(t *testing.T) {
	for i, page := range entriesPages(t) {
		fast, ok := verifier.FastEntries(page)
		if !ok {
			t.Fatalf("page %d: the server's own page is not read by the fast reader: %.200s", i, page)
		}
		slow, err := verifier.DecodeEntriesJSON(page)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("page %d: fast %+v\nencoding/json %+v", i, fast, slow)
		}
		var indented bytes.Buffer
		if err := json.Indent(&indented, page, "", " "); err != nil {
			t.Fatal(err)
		}
		if len(slow) > 0 {
			if _, ok := verifier.FastEntries(indented.Bytes()); ok {
				t.Errorf("page %d: an indented page was read by the fast reader", i)
			}
			escaped := bytes.Replace(page, []byte(`"type":"`), []byte(`"type":"\u0041`), 1)
			if _, ok := verifier.FastEntries(escaped); ok {
				t.Errorf("page %d: a string with an escape was read by the fast reader", i)
			}
		}
	}
}

// FuzzFastEntries: whatever the bytes, a page the fast reader accepts is
// one encoding/json reads to the same values — but for an event that is
// not JSON, which the fast reader leaves to the comparison of the event's
// bytes (a difference there, a refused page with encoding/json).
func FuzzFastEntries(f *testing.F) {
	for _, p := range entriesPages(f) {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		fast, ok := verifier.FastEntries(page)
		if !ok {
			return
		}
		slow, err := verifier.DecodeEntriesJSON(page)
		if err != nil {
			for _, e := range fast {
				if !json.Valid(e.Event) {
					return
				}
			}
			t.Fatalf("fast reader accepted what encoding/json refuses (%v): %q", err, page)
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("fast %+v\nencoding/json %+v\npage %q", fast, slow, page)
		}
	})
}

func BenchmarkEntriesPage(b *testing.B) {
	pages := entriesPages(b)
	var all []byte
	for _, p := range pages {
		all = append(all, p...)
	}
	for _, r := range []struct {
		name string
		read func([]byte) bool
	}{
		{"fast", func(p []byte) bool { _, ok := verifier.FastEntries(p); return ok }},
		{"encoding-json", func(p []byte) bool { _, err := verifier.DecodeEntriesJSON(p); return err == nil }},
	} {
		b.Run(r.name, func(b *testing.B) {
			b.SetBytes(int64(len(all)))
			for b.Loop() {
				for _, p := range pages {
					if !r.read(p) {
						b.Fatal("page not read")
					}
				}
			}
		})
	}
}
