package ledgertest

import (
	"fmt"
	"golang.org/x/mod/sumdb/note"
	"os"
	"path/filepath"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/verifier"
)

// TestdataSeed is the seed of verifier/testdata.
const TestdataSeed = "scrutin verifier testdata v1"

// WriteTestdata writes the honest ledger and the tamper suite into dir:
//
//	honest/               an honest ledger archive (verifier.Archive layout)
//	honest/expect         "expect: exit 0"
//	tamper/<case>/        a tampered copy
//	tamper/<case>/expect  "expect: exit 1 check <check> [rule <rule>]", then a comment
//	tamper/<case>/state/  for split-view: the state of a verifier that saw the honest log
//	receipts/*.json       receipts of a counted and of a replaced ballot of the honest log
func WriteTestdata(dir string) error {
	l, err := Build(Options{Seed: TestdataSeed})
	if err != nil {
		return err
	}
	h, err := l.Honest()
	if err != nil {
		return err
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := WriteDir(h, filepath.Join(dir, "honest")); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "honest", "expect"), []byte("expect: exit 0\n# an honest ledger: a bill and its text (one stage, 2 articles), a key ceremony, a vote on that text with 40 voters (re-votes, a revocation), shares and tally\n"), 0o644); err != nil {
		return err
	}
	counted, replaced := l.CountedBallot()
	for name, rc := range map[string]struct {
		i      int
		status string
	}{"counted": {counted, "counted"}, "replaced": {replaced, "replaced"}} {
		b, err := l.Receipt(rc.i, rc.status)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Join(dir, "receipts"), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "receipts", name+".json"), append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	for _, tc := range Cases {
		src, seen, err := tc.Make(l, h)
		if err != nil {
			return fmt.Errorf("case %s: %w", tc.Name, err)
		}
		cd := filepath.Join(dir, "tamper", tc.Name)
		if err := WriteDir(src, cd); err != nil {
			return err
		}
		if tc.Check != "entries-api" {
			// The JSON entries double an archive's size: kept in the
			// honest one and where they are the tampering.
			if err := os.RemoveAll(filepath.Join(cd, "api", "v1", "log", "entries")); err != nil {
				return err
			}
		}
		expect := "expect: exit 1 check " + tc.Check
		if tc.Rule != "" {
			expect += " rule " + tc.Rule
		}
		expect += "\n# " + tc.Doc + "\n"
		if err := os.WriteFile(filepath.Join(cd, "expect"), []byte(expect), 0o644); err != nil {
			return err
		}
		if seen != nil {
			store, err := verifier.OpenStore(filepath.Join(cd, "state"))
			if err != nil {
				return err
			}
			v, err := noteVerifier(l.VerifierKey)
			if err != nil {
				return err
			}
			cp, _, err := domain.OpenCheckpoint(seen, v)
			if err != nil {
				return err
			}
			if err := store.SetIdentity(TestURL, l.Origin, l.VerifierKey); err != nil {
				return err
			}
			if err := store.AddCheckpoint(TestURL, cp, seen); err != nil {
				return err
			}
		}
	}
	return nil
}

func noteVerifier(vkey string) (note.Verifier, error) { return note.NewVerifier(vkey) }
