package importer

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/demodata"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/law"
)

// The expected counts were computed from the files independently of this
// package (a Python script over the same copies; see demodata/README.md).
func TestImportDemoData(t *testing.T) {
	r, err := Import(demodata.FS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	articles, withText, ballots := 0, 0, 0
	for _, s := range r.Stages {
		articles += len(s.Articles)
		if s.HasText {
			withText++
		}
	}
	for _, s := range r.Scrutins {
		ballots += len(s.Ballots)
	}
	counts := []struct {
		name      string
		got, want int
	}{
		// + 2 bills of the amendments corpus: 4 stages, 18 articles, 15 amendments
		{"bills", len(r.Bills), 6},
		{"stages", len(r.Stages), 24},
		{"stages with text", withText, 18},
		{"articles", articles, 347},
		{"amendments", len(r.Amendments), 938},
		{"scrutins", len(r.Scrutins), 4},
		{"ballots", ballots, 719},
		{"deputies", len(r.Deputies), 577},
		{"groups", len(r.Groups), 21},
		{"districts", len(r.Districts), 577},
		{"départements", len(r.Departements), 101},
		{"skipped records", len(r.Report.Skipped), 0},
		{"warnings", len(r.Report.Warnings), 0},
		{"files", r.Report.Files, 236}, // 174 parliamentary and district files + 28 code articles (the law in force before Hadopi) + 34 of the amendments corpus
	}
	for _, c := range counts {
		if c.got != c.want {
			t.Errorf("%s: got %d, want %d", c.name, c.got, c.want)
		}
	}
	for _, p := range r.Report.Skipped {
		t.Log("skipped:", p)
	}
	for _, p := range r.Report.Warnings {
		t.Log("warning:", p)
	}
	t.Logf("kinds: %v", r.Report.Kinds)
	for _, p := range r.Report.Ignored {
		t.Log("ignored:", p)
	}
}

func TestImportDetails(t *testing.T) {
	r, err := Import(demodata.FS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	am := map[law.AmendmentID]law.Amendment{}
	for _, a := range r.Amendments {
		am[a.ID] = a
	}
	dn4, ok := am["AMANR5L17PO59046B0949P0D1N000004"]
	if !ok {
		t.Fatal("DN4 missing")
	}
	if dn4.Number != "DN4" || dn4.Outcome != law.OutcomeAdopted || dn4.Article != "2" || dn4.Alinea != 1 || dn4.Group != "PO845425" {
		t.Errorf("DN4 = %+v", dn4)
	}
	if got, want := dn4.Dispositif, "À la première phrase du premier alinéa, substituer au mot :\n« rapatriés »,\nles mots :\n« Morts pour la France en Indochine, aux combattants, militaires et membres des formations supplétives, ainsi qu’aux rapatriés, en reconnaissance des sacrifices consentis au service de la France lors de la guerre »."; got != want {
		t.Errorf("DN4 dispositif: got %q, want %q", got, want)
	}
	if dn1 := am["AMANR5L17PO59046B0949P0D1N000001"]; dn1.Outcome != law.OutcomeInadmissible {
		t.Errorf("DN1 outcome: got %q, want inadmissible", dn1.Outcome)
	}
	if a := am["pjl07-405/05_1erelecture_assemblee_hemicycle/106"]; !a.Additional || a.Article != "10" || a.Position != "après" || a.Outcome != law.OutcomeAdopted {
		t.Errorf("Fabrique 106 = %+v", a)
	}
	var v2220 law.Scrutin
	for _, s := range r.Scrutins {
		if s.ID == "VTANR5L17V2220" {
			v2220 = s
		}
	}
	if f, a, ab := v2220.Count(law.For), v2220.Count(law.Against), v2220.Count(law.Abstain); f != 231 || a != 0 || ab != 1 || !v2220.Adopted {
		t.Errorf("V2220: got %d for / %d against / %d abstain, adopted %v; want 231 / 0 / 1, adopted", f, a, ab, v2220.Adopted)
	}
	var hadopi []law.Stage
	for _, s := range r.Stages {
		if s.Bill == "pjl07-405" {
			hadopi = append(hadopi, s)
		}
	}
	if got, want := hadopi[0].Label, "1re lecture — Sénat — texte déposé"; got != want {
		t.Errorf("first stage label: got %q, want %q", got, want)
	}
	if n := len(hadopi[len(hadopi)-2].Articles); n != 28 {
		t.Errorf("final text: got %d articles, want 28", n)
	}
	var dep law.Deputy
	for _, d := range r.Deputies {
		if d.ID == "PA2940" {
			dep = d
		}
	}
	if dep.Name() != "Dominique Voynet" || dep.District != (law.District{Departement: "25", Number: 2}) || dep.Group != "PO845439" {
		t.Errorf("PA2940 = %+v", dep)
	}
}

// TestImportIdempotent checks that two imports give the same values.
func TestImportIdempotent(t *testing.T) {
	a, _ := Import(demodata.FS(), ".")
	b, _ := Import(demodata.FS(), ".")
	if len(a.Amendments) != len(b.Amendments) {
		t.Fatal("different amendment counts")
	}
	for i := range a.Amendments {
		if a.Amendments[i].ID != b.Amendments[i].ID {
			t.Fatalf("amendment %d: %s then %s", i, a.Amendments[i].ID, b.Amendments[i].ID)
		}
	}
	for i := range a.Stages {
		if a.Stages[i].ID != b.Stages[i].ID || len(a.Stages[i].Articles) != len(b.Stages[i].Articles) {
			t.Fatalf("stage %d differs", i)
		}
	}
}

func TestImportReportsBadRecords(t *testing.T) {
	fsys := fstest.MapFS{
		"x/amendement.json": {Data: []byte(`{"amendement": {"uid": "A1", "texteLegislatifRef": "PIONANR5L17B0001", "identification": {"numeroLong": "1"}, "cycleDeVie": {"dateDepot": "2025-13-45", "sort": "Adopté"}}}`)},
		"x/unknown.json":    {Data: []byte(`{"foo": 1}`)},
		"x/broken.json":     {Data: []byte(`{"scrutin": `)},
		"x/noid.json":       {Data: []byte(`{"scrutin": {"dateScrutin": "2025-01-01"}}`)},
		"x/circos.csv":      {Data: []byte("code_departement_an,departement,num_circo\n01,Ain,1\n01,Ain,x\n01,Ain\n")},
		"x/sort.json":       {Data: []byte(`{"amendement": {"uid": "A2", "texteLegislatifRef": "PIONANR5L17B0001", "identification": {"numeroLong": "2"}, "cycleDeVie": {"sort": "Bizarre"}}}`)},
	}
	r, err := Import(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"x/amendement.json": "amendement.cycleDeVie.dateDepot",
		"x/unknown.json":    "",
		"x/broken.json":     "",
		"x/noid.json":       "scrutin.uid",
		"x/sort.json":       "amendement.cycleDeVie.sort",
	}
	got := map[string]string{}
	for _, p := range r.Report.Skipped {
		got[p.File] = p.Field
	}
	for f, field := range want {
		if g, ok := got[f]; !ok || g != field {
			t.Errorf("%s: got skipped %v field %q, want field %q", f, ok, g, field)
		}
	}
	if len(r.Amendments) != 0 || len(r.Districts) != 1 {
		t.Errorf("got %d amendments and %d districts, want 0 and 1", len(r.Amendments), len(r.Districts))
	}
	if n := len(r.Report.Skipped); n != 7 {
		for _, p := range r.Report.Skipped {
			t.Log(p)
		}
		t.Errorf("got %d skipped, want 7", n)
	}
}

func BenchmarkImportDemoData(b *testing.B) {
	fsys := demodata.FS()
	for b.Loop() {
		if _, err := Import(fsys, "."); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDistrictsMatchDomain checks that every constituency imported is one
// of the domain's 577, in the same "DD-NN" code.
func TestDistrictsMatchDomain(t *testing.T) {
	r, err := Import(demodata.FS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range r.Districts {
		if _, ok := domain.LookupDistrict(domain.District(d.String())); !ok {
			t.Errorf("district %s is not in domain.Districts", d)
		}
	}
	for _, d := range r.Deputies {
		if _, ok := domain.LookupDistrict(domain.District(d.District.String())); !ok {
			t.Errorf("deputy %s: district %s is not in domain.Districts", d.ID, d.District)
		}
	}
	titles := map[law.BillID]string{}
	for _, b := range r.Bills {
		titles[b.ID] = b.Title
	}
	if got, want := titles["PIONANR5L17BTC1474"], "Texte de la commission n° 1474 (Assemblée nationale, 17e législature)"; got != want {
		t.Errorf("title: got %q, want %q", got, want)
	}
}

func TestImportANDossier(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, p := range []string{"testdata/an_dossier_L15/dossier-DLR5L15N36159.json"} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		fsys[p] = &fstest.MapFile{Data: b}
	}
	// An amendment tabled on the committee text the dossier lists.
	fsys["am.json"] = &fstest.MapFile{Data: []byte(`{"amendement": {"uid": "AMANR5L15PO717460BTC0575P0D1N000001", "texteLegislatifRef": "PRJLANR5L15BTC0575", "identification": {"numeroLong": "1"}, "cycleDeVie": {"dateDepot": "2018-01-20", "sort": "Rejeté"}, "pointeurFragmentTexte": {"division": {"titre": "Article 2"}}}}`)}
	r, err := Import(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Report.Skipped) != 0 {
		t.Errorf("skipped: %v", r.Report.Skipped)
	}
	if len(r.Bills) != 1 || r.Bills[0].ID != "DLR5L15N36159" || r.Bills[0].Kind != law.Projet || r.Bills[0].Title != "Fonction publique : un Etat au service d'une société de confiance" {
		t.Fatalf("bills: got %+v", r.Bills)
	}
	var got []string
	for _, s := range r.Stages {
		got = append(got, string(s.ID)+" "+s.Label)
	}
	want := []string{
		"PRJLANR5L15B0424 1re lecture — Assemblée nationale — texte déposé",
		"PRJLANR5L15BTC0575 1re lecture — Assemblée nationale — texte de la commission",
		"PRJLSNR5S299B0259 1re lecture — Sénat — texte déposé",
		"PRJLSNR5S299BTC0330 1re lecture — Sénat — texte de la commission",
		"PRJLSNR5S299BTC0402 CMP — commission mixte paritaire — texte de la commission",
		"PRJLANR5L15B0806 Nouvelle lecture — Assemblée nationale — texte déposé",
		"PRJLANR5L15BTC1056 Nouvelle lecture — Assemblée nationale — texte de la commission",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("stages:\ngot  %q\nwant %q", got, want)
	}
	if len(r.Amendments) != 1 || r.Amendments[0].Bill != "DLR5L15N36159" || r.Amendments[0].Stage != "PRJLANR5L15BTC0575" {
		t.Errorf("amendment: got %+v", r.Amendments)
	}
}
