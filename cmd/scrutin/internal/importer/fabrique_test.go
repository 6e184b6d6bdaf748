package importer

import (
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/scrutin/scrutin/domain/law"
)

// text17 holds a division carrying alinéas, a "newtitre", entries whose
// "order" is not the file's, a statut not known, an article deleted with
// text, one deleted with only the mark, and one without titre.
const text17 = `{"id": "A1-ta1", "titre": "Projet de loi relatif aux essais", "definitif": true, "articles": [
 {"type": "section", "titre": "Chapitre Ier", "order": 1, "alineas": {"001": "L'article L. 1 du code civil est abrogé."}},
 {"type": "article", "titre": "3", "newtitre": "4", "order": 5, "statut": "none", "alineas": {"001": "L'article L. 3 du code civil est abrogé."}},
 {"type": "article", "titre": "1<sup>er</sup>", "newtitre": "1er", "order": 2, "section": "C1", "statut": "(nouveau)", "alineas": {"002": "L'article L. 2 est abrogé.", "001": "Le code civil est ainsi modifié :"}},
 {"type": "article", "titre": "2", "order": 3, "statut": "irrecevable", "alineas": {"001": "L'article L. 4 du code civil est abrogé."}},
 {"type": "article", "titre": "2 bis", "order": 4, "statut": "supprimé", "alineas": {"001": "L'article L. 5 du code civil est abrogé."}},
 {"type": "article", "titre": "2 ter", "order": 4, "statut": "(Supprimé)", "alineas": {"001": "(Supprimé)"}},
 {"type": "article", "order": 6, "alineas": {"001": "Sans numéro."}}
]}`

// The importer reads texte.json by law.ReadFabriqueText: the articles the
// evaluation reads (DecodeFabriqueText), in the same order, and the
// deleted ones with their status; each entry not read reported with its
// file and field (its place in the file).
func TestImportFabriqueTextOneReader(t *testing.T) {
	r, err := Import(fstest.MapFS{"loi/texte.json": {Data: []byte(text17)}}, ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Stages) != 1 {
		t.Fatalf("stages: %+v", r.Stages)
	}
	got := r.Stages[0].Articles
	want := []law.Article{
		{Number: "1er", FinalNumber: "1er", Section: "C1", Status: law.ArticleNew, Alineas: []string{"Le code civil est ainsi modifié :", "L'article L. 2 est abrogé."}},
		{Number: "2 bis", Status: law.ArticleDeleted, Alineas: []string{"L'article L. 5 du code civil est abrogé."}},
		{Number: "2 ter", Status: law.ArticleDeleted, Alineas: []string{"(Supprimé)"}},
		{Number: "3", FinalNumber: "4", Status: law.ArticleInForce, Alineas: []string{"L'article L. 3 du code civil est abrogé."}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("articles:\n got %+v\nwant %+v", got, want)
	}
	// The evaluation's reading: the same, but the deleted articles (and
	// the one without titre, which the ledger cannot number).
	evalArts, _, err := law.DecodeFabriqueText([]byte(text17))
	if err != nil {
		t.Fatal(err)
	}
	var notDeleted []law.Article
	for _, a := range got {
		if a.Status != law.ArticleDeleted {
			notDeleted = append(notDeleted, a)
		}
	}
	if len(evalArts) != 3 || evalArts[2].Number != "" || !reflect.DeepEqual(evalArts[:2], notDeleted) {
		t.Fatalf("evaluation %+v, importer %+v", evalArts, notDeleted)
	}
	wantSkipped := []Problem{
		{File: "loi/texte.json", Field: "articles[0].type", Reason: `an entry of type "section", not an article, with alinéas: not read`},
		{File: "loi/texte.json", Field: "articles[3].statut", Reason: `statut "irrecevable" not known: not read`},
		{File: "loi/texte.json", Field: "articles[6].titre", Reason: "missing"},
	}
	if !reflect.DeepEqual(r.Report.Skipped, wantSkipped) {
		t.Errorf("skipped:\n got %v\nwant %v", r.Report.Skipped, wantSkipped)
	}
	found := false
	for _, w := range r.Report.Warnings {
		if w.File == "loi/texte.json" && w.Field == "articles[4].statut" && w.Reason == `statut "supprimé" with alinéas: deleted, not applied` {
			found = true
		}
	}
	if !found {
		t.Errorf("the deleted article with text is not warned of: %v", r.Report.Warnings)
	}
}

// A file that is no La Fabrique text, and a head field of another type,
// are reported with their field.
func TestImportFabriqueTextUnread(t *testing.T) {
	r, _ := Import(fstest.MapFS{
		"a/texte.json": {Data: []byte(`{"articles": [1, 2], "id": 3}`)},
		"b/texte.json": {Data: []byte(`{"articles": ["x"], "titre": true}`)},
	}, ".")
	if len(r.Bills) != 0 {
		t.Fatalf("bills: %+v", r.Bills)
	}
	reported := map[Problem]bool{}
	for _, p := range r.Report.Skipped {
		reported[p] = true
	}
	for _, p := range []Problem{
		{File: "a/texte.json", Field: "id", Reason: "3: want a string: not read"},
		{File: "b/texte.json", Field: "titre", Reason: "true: want a string: not read"},
	} {
		if !reported[p] {
			t.Errorf("no %v in %v", p, r.Report.Skipped)
		}
	}
}
