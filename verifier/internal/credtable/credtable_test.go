package credtable

import (
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/scrutin/scrutin/domain"
)

// TestTableMatchesMap puts and gets random records in a table whose cache
// holds 4 pages, through several rehashes, and compares every answer with
// a map's.
func TestTableMatchesMap(t *testing.T) {
	tab, err := Open(Options{Dir: t.TempDir(), Cache: 4 * pageSize, Pending: 1000})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewChaCha8([32]byte{1}))
	want := map[domain.Credential]domain.CredentialRecord{}
	var creds []domain.Credential
	random := func() domain.Credential {
		var c domain.Credential
		for i := range c {
			c[i] = byte(rng.Uint32())
		}
		return c
	}
	const n = 60_000
	for i := range 3 * n {
		var c domain.Credential
		switch r := rng.IntN(10); {
		case r < 5 || len(creds) == 0:
			c = random()
			creds = append(creds, c)
		case r < 7:
			c = creds[rng.IntN(len(creds))] // an update
		default:
			c = random() // a lookup of a credential not there
			if _, ok, err := tab.Get(c); ok || err != nil {
				t.Fatalf("step %d: a credential never put is there: %v %v", i, ok, err)
			}
			continue
		}
		r := domain.CredentialRecord{Profile: rng.Uint32N(1000), Events: rng.Uint32()}
		if rng.IntN(4) == 0 {
			r.Revoked, r.RevokedAt = true, rng.Uint64()>>1
		}
		if err := tab.Put(c, r); err != nil {
			t.Fatal(err)
		}
		want[c] = r
		if k := creds[rng.IntN(len(creds))]; true {
			got, ok, err := tab.Get(k)
			if w, in := want[k]; err != nil || ok != in || got != w {
				t.Fatalf("step %d: Get(%x) = %+v, %v, %v; want %+v, %v", i, k[:4], got, ok, err, w, in)
			}
		}
	}
	if tab.Len() != len(want) {
		t.Errorf("Len() = %d, want %d", tab.Len(), len(want))
	}
	for c, w := range want {
		if got, ok, err := tab.Get(c); !ok || err != nil || got != w {
			t.Fatalf("Get(%x) = %+v, %v, %v; want %+v", c[:4], got, ok, err, w)
		}
	}
	if load := float64(tab.Len()) / float64(tab.slots); load > 0.7 || load < 0.35 {
		t.Errorf("load %.2f after growing", load)
	}
	dir := tab.Dir()
	if err := tab.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the table's directory is still there after Close: %v", err)
	}
	if _, _, err := tab.Get(creds[0]); err == nil {
		t.Error("Get after Close: no error")
	}
}

// TestTableFailure makes the file fail under the table: every later call
// returns the failure, never a credential taken for absent.
func TestTableFailure(t *testing.T) {
	tab, err := Open(Options{Dir: t.TempDir(), Cache: 4 * pageSize, Pending: 100})
	if err != nil {
		t.Fatal(err)
	}
	defer tab.Close()
	var creds []domain.Credential
	for i := range 500 {
		c := domain.Credential{byte(i), byte(i >> 8), 7}
		creds = append(creds, c)
		if err := tab.Put(c, domain.CredentialRecord{Profile: 1}); err != nil {
			t.Fatal(err)
		}
	}
	tab.f.Close() // the disk fails
	var failed error
	for _, c := range creds {
		if _, ok, err := tab.Get(c); err != nil {
			failed = err
			break
		} else if !ok {
			t.Fatalf("credential %x read as absent", c[:2])
		}
	}
	if failed == nil {
		t.Fatal("no failure: every page was in the cache?")
	}
	t.Logf("failure: %v", failed)
	if _, ok, err := tab.Get(creds[0]); err == nil || ok {
		t.Errorf("after the failure: Get = %v, %v", ok, err)
	}
	if err := tab.Put(domain.Credential{9}, domain.CredentialRecord{}); err == nil {
		t.Error("after the failure: Put succeeded")
	}
}

// TestMergeWraps merges credentials whose slots are all in the file's last
// few: those that find no empty slot before the file's end must be placed
// from its start, where a lookup probing past the end finds them.
func TestMergeWraps(t *testing.T) {
	tab, err := Open(Options{Dir: t.TempDir(), Cache: 4 * pageSize, Pending: 40})
	if err != nil {
		t.Fatal(err)
	}
	defer tab.Close()
	rng := rand.New(rand.NewChaCha8([32]byte{3}))
	var creds []domain.Credential
	for len(creds) < 39 {
		var c domain.Credential
		for i := range c {
			c[i] = byte(rng.Uint32())
		}
		if tab.home(&c) >= tab.slots-8 {
			creds = append(creds, c)
		}
	}
	for i, c := range creds {
		if err := tab.Put(c, domain.CredentialRecord{Profile: uint32(i)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := tab.Put(domain.Credential{1}, domain.CredentialRecord{}); err != nil { // the 40th: the merge
		t.Fatal(err)
	}
	if len(tab.pending) != 0 || tab.filed != 40 {
		t.Fatalf("after the merge: %d pending, %d in the file", len(tab.pending), tab.filed)
	}
	page, err := tab.cache.page(0)
	if err != nil {
		t.Fatal(err)
	}
	if binary.LittleEndian.Uint32(page[32:]) == 0 {
		t.Fatal("nothing was placed from the file's start")
	}
	for i, c := range creds {
		if r, ok, err := tab.Get(c); !ok || err != nil || r.Profile != uint32(i) {
			t.Fatalf("credential %d: %+v, %v, %v", i, r, ok, err)
		}
	}
}
