package domain

import (
	"strings"
	"sync"
	"testing"
	"time"
)

// TestReencodes: ParseEntry's canonical check, in its reused buffer, tells
// an entry from any other bytes, whatever the entries checked before it
// (longer, shorter, over the buffer's kept size) and from many goroutines.
func TestReencodes(t *testing.T) {
	env := func(title string) Envelope {
		return Envelope{Stream: "bill-b1", Time: time.Unix(1e9, 0).UTC(),
			Event: &BillIntroduced{Bill: "b1", Type: BillProjet, Title: title}}
	}
	titles := []string{"Court", strings.Repeat("Long titre. ", 40), "x", strings.Repeat("é", 25000), "Encore"}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				e := env(titles[(g+i)%len(titles)])
				b, err := MarshalEntry(e)
				if err != nil {
					t.Error(err)
					return
				}
				if !reencodes(e, b) {
					t.Errorf("%d/%d: the entry does not re-encode to itself", g, i)
				}
				if reencodes(e, b[:len(b)-1]) || reencodes(e, append(b[:len(b):len(b)], 0)) {
					t.Errorf("%d/%d: a cut or lengthened entry re-encodes", g, i)
				}
				flipped := append([]byte(nil), b...)
				flipped[len(flipped)-1] ^= 1
				if reencodes(e, flipped) {
					t.Errorf("%d/%d: a changed entry re-encodes", g, i)
				}
				if _, err := ParseEntry(b); err != nil {
					t.Errorf("%d/%d: %v", g, i, err)
				}
			}
		}()
	}
	wg.Wait()
}
