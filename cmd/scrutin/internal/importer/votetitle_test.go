package importer

import (
	"testing"
	"testing/fstest"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/demodata"
	"github.com/scrutin/scrutin/domain/law"
)

// TestTitleFromVotesDemo: the demo's Assemblée bills, imported without a
// dossier file, are titled from the text their folder's votes name, not
// from their reference alone.
func TestTitleFromVotesDemo(t *testing.T) {
	r, err := Import(demodata.FS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := LinkScrutins(demodata.FS(), ".", r); err != nil {
		t.Fatal(err)
	}
	titles := map[law.BillID]string{}
	for _, b := range r.Bills {
		titles[b.ID] = b.Title
	}
	for id, want := range map[law.BillID]string{
		"PIONANR5L17B0949": "Proposition de loi portant reconnaissance de la Nation envers les rapatriés d'Indochine et réparation des préjudices subis par ceux-ci et leurs familles du fait de l'indignité de leurs conditions d'accueil et de vie dans certaines structures sur le territoire français (n° 949, Assemblée nationale, 17e législature)",
		"PIONANR5L17B0369": "Proposition de loi visant à lutter contre la pédocriminalité (n° 369, Assemblée nationale, 17e législature)",
		"pjl07-405":        "projet de loi favorisant la diffusion et la protection de la création sur Internet",
	} {
		if got := titles[id]; got != want {
			t.Errorf("%s: got %q, want %q", id, got, want)
		}
	}
}

// TestTitleFromVotesRule: the rule on short folders — one name read from
// any vote naming a text with its reading; two different names, or a vote
// naming no reading, leave the reference title.
func TestTitleFromVotesRule(t *testing.T) {
	amendment := func(uid, text string) []byte {
		return []byte(`{"amendement":{"uid":"` + uid + `","texteLegislatifRef":"` + text + `","identification":{"numeroLong":"1"},"cycleDeVie":{"sort":"Adopté","dateDepot":"2025-01-02"},"signataires":{"auteur":{"groupePolitiqueRef":"PO1"}}}}`)
	}
	vote := func(uid, title string) []byte {
		return []byte(`{"scrutin":{"uid":"` + uid + `","dateScrutin":"2025-01-10","titre":"` + title + `","sort":{"code":"adopté"}}}`)
	}
	for _, c := range []struct {
		name   string
		titles []string
		want   string
	}{
		{"ensemble", []string{"l'ensemble de la proposition de loi visant à protéger les haies (première lecture)."}, "Proposition de loi visant à protéger les haies (n° 12, Assemblée nationale, 17e législature)"},
		{"amendment vote", []string{"l'amendement n° 3 de M. X à l'article 2 du projet de loi relatif aux haies (nouvelle lecture)."}, "Projet de loi relatif aux haies (n° 12, Assemblée nationale, 17e législature)"},
		{"CMP", []string{"l'ensemble de la proposition de loi organique relative aux haies (texte de la commission mixte paritaire)."}, "Proposition de loi organique relative aux haies (n° 12, Assemblée nationale, 17e législature)"},
		{"agree", []string{"l'article 1er de la proposition de loi visant à protéger les haies (première lecture).", "l'ensemble de la proposition de loi visant à protéger les haies (première lecture)."}, "Proposition de loi visant à protéger les haies (n° 12, Assemblée nationale, 17e législature)"},
		{"two names", []string{"l'ensemble de la proposition de loi visant à protéger les haies (première lecture).", "l'ensemble de la proposition de loi visant à planter des haies (première lecture)."}, "Proposition de loi n° 12 (Assemblée nationale, 17e législature)"},
		{"no reading", []string{"la déclaration du Gouvernement sur les haies."}, "Proposition de loi n° 12 (Assemblée nationale, 17e législature)"},
	} {
		fsys := fstest.MapFS{"d/amendements/PIONANR5L17B0012/A1.json": {Data: amendment("AMANR5L17PO1B0012P0D1N000001", "PIONANR5L17B0012")}}
		for i, title := range c.titles {
			uid := "VTANR5L17V" + string(rune('1'+i))
			fsys["d/scrutins/"+uid+".json"] = &fstest.MapFile{Data: vote(uid, title)}
		}
		r, err := Import(fsys, ".")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := LinkScrutins(fsys, ".", r); err != nil {
			t.Fatal(err)
		}
		if len(r.Bills) != 1 {
			t.Fatalf("%s: %d bills", c.name, len(r.Bills))
		}
		if got := r.Bills[0].Title; got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
