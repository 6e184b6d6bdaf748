package verifier_test

import (
	"net/http/httptest"
	"testing"

	"github.com/scrutin/scrutin/verifier"
	"github.com/scrutin/scrutin/verifier/internal/ledgertest"
)

func archived(t *testing.T) (string, *ledgertest.Source) {
	_, h := honest(t)
	dir := t.TempDir()
	if err := ledgertest.WriteDir(h, dir); err != nil {
		t.Fatal(err)
	}
	return dir, h
}

func TestDirSource(t *testing.T) {
	dir, h := archived(t)
	ledgertest.TestSource(t, verifier.NewDirSource(dir), h)
}

func TestHTTPSource(t *testing.T) {
	dir, h := archived(t)
	for _, tiles := range []bool{true, false} {
		ts := httptest.NewServer(ledgertest.ServeDir(dir, tiles))
		src, err := verifier.NewHTTPSource(ts.URL, nil)
		if err != nil {
			t.Fatal(err)
		}
		ledgertest.TestSource(t, src, h)
		ts.Close()
	}
}

func TestMemSource(t *testing.T) {
	_, h := honest(t)
	ledgertest.TestSource(t, h, h)
}
