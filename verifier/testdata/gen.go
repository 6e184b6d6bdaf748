//go:build ignore

// gen writes the verifier's test data: an honest ledger archive and the
// tamper suite's cases, each a copy of it with one tampering and an
// "expect:" line, built purely from domain with deterministic randomness.
//
//	cd verifier/testdata && go run gen.go
package main

import (
	"log"

	"github.com/scrutin/scrutin/verifier/internal/ledgertest"
)

func main() {
	if err := ledgertest.WriteTestdata("ledgers"); err != nil {
		log.Fatal(err)
	}
}
