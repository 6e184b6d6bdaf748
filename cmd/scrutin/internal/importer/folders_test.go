package importer

import (
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/demodata"
	"github.com/scrutin/scrutin/domain/law"
)

// TestJoinFolderTextsDemo: the demo's PPL n° 949 and its committee's text
// n° 1474, filed in one Assemblée dossier folder with no dossier file,
// are one bill with two stages, the committee's amendments and the votes
// with it.
func TestJoinFolderTextsDemo(t *testing.T) {
	r, err := Import(demodata.FS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := LinkScrutins(demodata.FS(), ".", r); err != nil {
		t.Fatal(err)
	}
	for _, b := range r.Bills {
		if b.ID == "PIONANR5L17BTC1474" {
			t.Errorf("the committee's text is a bill of its own: %q", b.Title)
		}
	}
	var stages []string
	for _, st := range r.Stages {
		if st.Bill == "PIONANR5L17B0949" {
			stages = append(stages, fmt.Sprintf("%d %s %s %s", st.Order, st.ID, st.Step, st.Label))
		}
	}
	want := "[0 PIONANR5L17B0949 depot Texte n° 949 1 PIONANR5L17BTC1474 commission Texte de la commission n° 1474]"
	if got := fmt.Sprint(stages); got != want {
		t.Errorf("stages: got %s, want %s", got, want)
	}
	n := map[law.StageID]int{}
	for _, a := range r.Amendments {
		if a.Bill == "PIONANR5L17B0949" {
			n[a.Stage]++
		} else if a.Stage == "PIONANR5L17BTC1474" {
			t.Errorf("amendment %s of the committee's text under bill %s", a.ID, a.Bill)
		}
	}
	if n["PIONANR5L17B0949"] != 15 || n["PIONANR5L17BTC1474"] != 4 {
		t.Errorf("amendments by stage: %v; want 15 on n° 949, 4 on n° 1474", n)
	}
}

// TestJoinFolderTextsRule: the rule on short folders. A folder's texts
// are ordered by number (not by reference: B0950 before BTC1474 before
// B2000); the first is the bill. A text the ledger holds keeps its bill;
// when the ledger holds the first text under another bill (a dossier's),
// the later texts join that bill; a folder whose first text is not there
// joins nothing.
func TestJoinFolderTextsRule(t *testing.T) {
	amendment := func(text, n string) []byte {
		return []byte(`{"amendement":{"uid":"AMANR5L17PO1` + text[len(text)-6:] + `P0D1N00000` + n + `","texteLegislatifRef":"` + text + `","identification":{"numeroLong":"` + n + `"},"cycleDeVie":{"sort":"Adopté","dateDepot":"2025-01-0` + n + `"},"signataires":{"auteur":{"groupePolitiqueRef":"PO1"}}}}`)
	}
	folder := func(texts ...string) fstest.MapFS {
		fsys := fstest.MapFS{}
		for i, tx := range texts {
			n := fmt.Sprint(i + 1)
			fsys["d/amendements/"+tx+"/A"+n+".json"] = &fstest.MapFile{Data: amendment(tx, n)}
		}
		fsys["d/scrutins/VTANR5L17V1.json"] = &fstest.MapFile{Data: []byte(`{"scrutin":{"uid":"VTANR5L17V1","dateScrutin":"2025-01-10","titre":"l'ensemble de la proposition de loi visant à protéger les haies (première lecture).","sort":{"code":"adopté"}}}`)}
		return fsys
	}
	for _, c := range []struct {
		name  string
		texts []string
		held  map[string]law.BillID
		want  string // bill: stages in order; then the vote's bill
	}{
		{"by number", []string{"PIONANR5L17B2000", "PIONANR5L17BTC1474", "PIONANR5L17B0950"}, nil,
			"PIONANR5L17B0950: PIONANR5L17B0950 PIONANR5L17BTC1474 PIONANR5L17B2000; vote PIONANR5L17B0950"},
		{"one text", []string{"PIONANR5L17B0950"}, nil,
			"PIONANR5L17B0950: PIONANR5L17B0950; vote PIONANR5L17B0950"},
		{"held text stays", []string{"PIONANR5L17B0950", "PIONANR5L17BTC1474"}, map[string]law.BillID{"PIONANR5L17BTC1474": "PIONANR5L17BTC1474"},
			"PIONANR5L17B0950: PIONANR5L17B0950; PIONANR5L17BTC1474: PIONANR5L17BTC1474; vote PIONANR5L17B0950"},
		{"first held in a dossier", []string{"PIONANR5L17B0950", "PIONANR5L17BTC1474"}, map[string]law.BillID{"PIONANR5L17B0950": "DLR5L17N1"},
			"DLR5L17N1: PIONANR5L17B0950 PIONANR5L17BTC1474; vote DLR5L17N1"},
	} {
		fsys := folder(c.texts...)
		r, err := ImportWith(fsys, ".", Options{Texts: c.held})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := LinkScrutins(fsys, ".", r); err != nil {
			t.Fatal(err)
		}
		got := ""
		for i, st := range r.Stages {
			switch {
			case i == 0:
				got = string(st.Bill) + ":"
			case st.Bill != r.Stages[i-1].Bill:
				got += "; " + string(st.Bill) + ":"
			}
			got += " " + string(st.ID)
			if st.Order != 0 && st.Order != i {
				got += fmt.Sprintf("(order %d)", st.Order)
			}
		}
		got += "; vote " + string(r.Scrutins[0].Bill)
		if got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
		billOf := map[law.StageID]law.BillID{}
		for _, st := range r.Stages {
			billOf[st.ID] = st.Bill
		}
		for _, a := range r.Amendments {
			if a.Bill != billOf[a.Stage] {
				t.Errorf("%s: amendment %s on %s under %s, its stage under %s", c.name, a.ID, a.Stage, a.Bill, billOf[a.Stage])
			}
		}
	}
}
