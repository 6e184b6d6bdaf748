package importer

import (
	"io/fs"
	"os"
	"testing"
	"testing/fstest"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/demodata"
)

// FuzzImportJSON feeds any bytes to the importer as a JSON file: it must
// never panic, and whatever it cannot read must be reported.
func FuzzImportJSON(f *testing.F) {
	for _, p := range []string{
		"an_L17/ppl_pedocriminalite_DLR5L17N50627/scrutins/VTANR5L17V1725.json",
		"an_L17/ppl_rapatries_indochine_DLR5L17N51499/amendements/PIONANR5L17B0949/AMANR5L17PO59046B0949P0D1N000004.json",
		"an_L17/acteurs/PA2940.json",
		"an_L17/organes/PO845401.json",
		"fabrique/pjl07-405/viz/amendements_14_nouv.lect._senat_hemicycle.json",
	} {
		b, err := fs.ReadFile(demodata.FS(), p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	if b, err := os.ReadFile("testdata/an_dossier_L15/dossier-DLR5L15N36159.json"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"scrutin": {"uid": "V", "dateScrutin": "2025-01-01", "ventilationVotes": {"organe": {"groupes": {"groupe": {"vote": {"decompteNominatif": {"pours": {"votant": {"acteurRef": "PA1"}}}}}}}}}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		fsys := fstest.MapFS{"f.json": {Data: b}}
		r, err := Import(fsys, ".")
		if err != nil {
			t.Fatal(err)
		}
		if r.Report.Files != 1 {
			t.Fatalf("got %d files, want 1", r.Report.Files)
		}
	})
}

// FuzzImportCSV does the same for CSV files.
func FuzzImportCSV(f *testing.F) {
	f.Add([]byte("code_departement_an,departement,num_circo,code_circo,organe_circonscription_an\n01,Ain,1,01-01,PO838979\n"))
	f.Add([]byte("mandatRef,acteurRef,nom,prenom,numDepartement,departement,numCirco,refCirconscription,dateDebut,dateFin,causeMandat\nPM1,PA1,X,Y,01,Ain,1,PO1,2024-07-07,,x\n"))
	f.Add([]byte("code,nom\n01,Ain\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := Import(fstest.MapFS{"f.csv": {Data: b}}, "."); err != nil {
			t.Fatal(err)
		}
	})
}
