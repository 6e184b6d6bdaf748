//go:build ignore

// gen writes the event-encoding test vectors in testdata/vectors, one
// scenario per file, each with an "expect:" line. It is deterministic: run
//
//	go run ./domain/testdata/gen.go
//
// from the repository root and review the diff.
package main

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/scrutin/scrutin/domain"
)

type vector struct {
	name, comment, expect string
	entry                 []byte
}

func main() {
	at := time.Date(2026, 11, 25, 9, 30, 0, 123456000, time.UTC)
	bill := domain.Envelope{
		Stream: domain.BillStream("pjl07-405"), Revision: 0, Time: at,
		Event: &domain.BillIntroduced{
			Bill: "pjl07-405", Type: domain.BillProjet,
			Title:  "Projet de loi favorisant la diffusion et la protection de la création sur Internet",
			Source: "https://www.senat.fr/dossier-legislatif/pjl07-405.html",
		},
	}
	good, err := domain.MarshalEntry(bill)
	if err != nil {
		log.Fatal(err)
	}
	prop := bill
	prop.Stream, prop.Revision = domain.BillStream("ppl-17-949"), 3
	prop.Event = &domain.BillIntroduced{Bill: "ppl-17-949", Type: domain.BillProposition, Title: "Proposition de loi relative aux rapatriés d'Indochine"}
	good2, err := domain.MarshalEntry(prop)
	if err != nil {
		log.Fatal(err)
	}

	mutate := func(f func(b []byte) []byte) []byte { return f(append([]byte{}, good...)) }
	// Offsets within good: magic 17, type str 4+14, version 2, stream 4+14, revision 8, time 8, payload length 4, then the payload.
	payloadAt := 17 + 4 + 14 + 2 + 4 + 14 + 8 + 8 + 4
	vs := []vector{
		{"bill-introduced", "A projet de loi opens its stream.", "valid", good},
		{"bill-introduced-proposition", "A proposition de loi, revision 3 of its stream.", "valid", good2},
		{"trailing-byte", "One byte after the payload.", "invalid (trailing bytes)", append(append([]byte{}, good...), 0)},
		{"truncated", "The last byte is missing.", "invalid (truncated)", good[:len(good)-1]},
		{"bad-magic", "The format line says v2.", "invalid (magic)", mutate(func(b []byte) []byte { b[15] = '2'; return b })},
		{"unknown-type", "Type name BillIntroducee.", "invalid (unknown type)", mutate(func(b []byte) []byte { b[17+4+13] = 'e'; return b })},
		{"unknown-version", "BillIntroduced version 9.", "invalid (unknown type version)", mutate(func(b []byte) []byte { b[17+4+14+1] = 9; return b })},
		{"bad-stream", "Stream name with an upper-case category.", "invalid (stream)", mutate(func(b []byte) []byte { b[17+4+14+2+4] = 'B'; return b })},
		{"payload-length-past-end", "The payload length says one byte more than there is.", "invalid (length)", mutate(func(b []byte) []byte {
			binary.BigEndian.PutUint32(b[payloadAt-4:], binary.BigEndian.Uint32(b[payloadAt-4:])+1)
			return b
		})},
		{"bad-enum", "BillIntroduced kind 3 (neither projet nor proposition).", "invalid (kind)", mutate(func(b []byte) []byte { b[payloadAt+4+9] = 3; return b })},
		{"invalid-utf8", "A title byte that is not UTF-8.", "invalid (UTF-8)", mutate(func(b []byte) []byte { b[payloadAt+4+9+1+4] = 0xff; return b })},
		{"empty", "No bytes.", "invalid (empty)", []byte{}},
	}
	writeSortition()
	dir := filepath.Join("domain", "testdata", "vectors")
	for _, v := range vs {
		var b strings.Builder
		fmt.Fprintf(&b, "# %s\nexpect: %s\n", v.comment, v.expect)
		if v.expect == "valid" {
			env, err := domain.ParseEntry(v.entry)
			if err != nil {
				log.Fatalf("%s: %v", v.name, err)
			}
			h := domain.LeafHash(v.entry)
			fmt.Fprintf(&b, "type: %s\nstream: %s\nrevision: %d\ntime: %s\nleaf_hash: %x\n",
				env.Event.Kind(), env.Stream, env.Revision, env.Time.Format(time.RFC3339Nano), h[:])
		} else if _, err := domain.ParseEntry(v.entry); err == nil {
			log.Fatalf("%s: invalid vector parses", v.name)
		}
		fmt.Fprintf(&b, "entry: %s\n", hex.EncodeToString(v.entry))
		if err := os.WriteFile(filepath.Join(dir, v.name+".txt"), []byte(b.String()), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// writeSortition writes a draw vector: its inputs, the seed and the
// selection, for an auditor's reimplementation of docs/PROTOCOL.md.
func writeSortition() {
	vols := map[domain.Credential]domain.District{}
	var list []domain.Credential
	var items []string
	ds := []domain.District{"75-01", "75-02", "13-01", "2A-01"}
	for i := 0; i < 24; i++ {
		c := domain.Credential(sha256.Sum256([]byte(fmt.Sprintf("volunteer %d", i))))
		vols[c] = ds[i%len(ds)]
		list = append(list, c)
		items = append(items, c.String()+"@"+string(ds[i%len(ds)]))
	}
	root := sha256.Sum256([]byte("beacon root"))
	reveal := sha256.Sum256([]byte("operator secret"))
	seed := domain.SortitionSeed("panel-2026", list, 1234, root, reveal)
	var sel []string
	for _, c := range domain.Draw(seed, vols, 3, domain.StratifyDepartement) {
		sel = append(sel, c.String())
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# A draw of 3 seats per département among 24 volunteers (docs/PROTOCOL.md, Sortition).\nexpect: valid\n")
	fmt.Fprintf(&b, "panel: panel-2026\nvolunteers: %s\nseats: 3\nstratify: 2\nbeacon_size: 1234\nbeacon_root: %x\nreveal: %x\nseed: %x\nselected: %s\n",
		strings.Join(items, " "), root[:], reveal[:], seed[:], strings.Join(sel, " "))
	os.MkdirAll(filepath.Join("domain", "testdata", "sortition"), 0o755)
	if err := os.WriteFile(filepath.Join("domain", "testdata", "sortition", "stratified.txt"), []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}
