package law

import (
	"reflect"
	"testing"
	"testing/fstest"
)

// The one reader of texte.json for the evaluation and the importer
// (docs/LAW.md, "Import of a law's text alone"; fabrique15.go).

// text17 holds a division carrying alinéas, a "newtitre", entries whose
// "order" is not the file's, a statut not known, an article deleted with
// text and one deleted with only the mark.
const text17 = `{"id": "A1-ta1", "titre": "Projet de loi relatif aux essais", "source": "essai", "definitif": true, "articles": [
 {"type": "section", "titre": "Chapitre Ier", "order": 1, "alineas": {"001": "L'article L. 1 du code civil est abrogé."}},
 {"type": "article", "titre": "3", "newtitre": "4", "order": 5, "statut": "none", "alineas": {"001": "L'article L. 3 du code civil est abrogé."}},
 {"type": "article", "titre": "1<sup>er</sup>", "newtitre": "1er", "order": 2, "section": "C1", "statut": "(nouveau)", "alineas": {"002": "L'article L. 2 est abrogé.", "001": "Le code civil est ainsi modifié :"}},
 {"type": "article", "titre": "2", "order": 3, "statut": "irrecevable", "alineas": {"001": "L'article L. 4 du code civil est abrogé."}},
 {"type": "article", "titre": "2 bis", "order": 4, "statut": "supprimé", "alineas": {"001": "L'article L. 5 du code civil est abrogé."}},
 {"type": "article", "titre": "2 ter", "order": 4, "statut": "(Supprimé)", "alineas": {"001": "(Supprimé)"}}
]}`

// TestFabrique17ReadText: the head, the articles in their "order" (the
// two of order 4 in the file's), each with its status, final number and
// section, the deleted ones too; the entries not read noted in the
// file's order, with their field.
func TestFabrique17ReadText(t *testing.T) {
	ft, err := ReadFabriqueText([]byte(text17))
	if err != nil {
		t.Fatal(err)
	}
	if ft.ID != "A1-ta1" || ft.Titre != "Projet de loi relatif aux essais" || ft.Source != "essai" || !ft.Definitif {
		t.Errorf("head: %q %q %q %v", ft.ID, ft.Titre, ft.Source, ft.Definitif)
	}
	want := []FabriqueArticle{
		{Entry: 3, Article: Article{Number: "1er", FinalNumber: "1er", Section: "C1", Status: ArticleNew, Alineas: []string{"Le code civil est ainsi modifié :", "L'article L. 2 est abrogé."}}},
		{Entry: 5, Article: Article{Number: "2 bis", Status: ArticleDeleted, Alineas: []string{"L'article L. 5 du code civil est abrogé."}}},
		{Entry: 6, Article: Article{Number: "2 ter", Status: ArticleDeleted, Alineas: []string{"(Supprimé)"}}},
		{Entry: 2, Article: Article{Number: "3", FinalNumber: "4", Status: ArticleInForce, Alineas: []string{"L'article L. 3 du code civil est abrogé."}}},
	}
	if !reflect.DeepEqual(ft.Articles, want) {
		t.Errorf("articles:\n got %+v\nwant %+v", ft.Articles, want)
	}
	wantNotes := []FabriqueNote{
		{Entry: 1, Title: "Chapitre Ier", Field: "type", Reason: `an entry of type "section", not an article, with alinéas: not read`, Named: true},
		{Entry: 4, Title: "2", Field: "statut", Reason: `statut "irrecevable" not known: not read`, Named: true},
		{Entry: 5, Title: "2 bis", Field: "statut", Reason: `statut "supprimé" with alinéas: deleted, not applied`, Kept: true, Named: true},
	}
	if !reflect.DeepEqual(ft.Notes, wantNotes) {
		t.Errorf("notes:\n got %+v\nwant %+v", ft.Notes, wantNotes)
	}
}

// TestFabrique17EvaluationView: the evaluation reads the same articles,
// in the same order, but those deleted, and names the notes that hold
// text — through DecodeFabriqueText and readLawText alike.
func TestFabrique17EvaluationView(t *testing.T) {
	ft, err := ReadFabriqueText([]byte(text17))
	if err != nil {
		t.Fatal(err)
	}
	var kept []Article
	for _, a := range ft.Articles {
		if a.Status != ArticleDeleted {
			kept = append(kept, a.Article)
		}
	}
	wantUnread := []string{
		`entry 1 (article Chapitre Ier): an entry of type "section", not an article, with alinéas: not read`,
		`entry 4 (article 2): statut "irrecevable" not known: not read`,
		`entry 5 (article 2 bis): statut "supprimé" with alinéas: deleted, not applied`,
	}
	arts, unread, err := DecodeFabriqueText([]byte(text17))
	if err != nil || !reflect.DeepEqual(arts, kept) || !reflect.DeepEqual(unread, wantUnread) {
		t.Fatalf("DecodeFabriqueText: %v\n%+v\n%q", err, arts, unread)
	}
	if len(arts) != 2 || arts[0].Number != "1er" || arts[1].Number != "3" {
		t.Errorf("order: %+v", arts)
	}
	fsys := fstest.MapFS{"loi/texte.json": {Data: []byte(text17)}}
	f, arts2, _, unread2, err := readLawText(fsys, "loi")
	if err != nil || f != "texte.json" || !reflect.DeepEqual(arts2, kept) || len(unread2) != 3 || unread2[0] != "texte.json: "+wantUnread[0] {
		t.Fatalf("readLawText: %v %q %+v %q", err, f, arts2, unread2)
	}
}

// TestFabrique17Order: "order" is followed when every article gives one,
// a number or a string of digits (a division without it does not
// count); one article without it, or with words, and the file's order
// is kept. The notes stay in the file's order.
func TestFabrique17Order(t *testing.T) {
	numbers := func(s string) []ArticleNumber {
		ft, err := ReadFabriqueText([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		var out []ArticleNumber
		for _, a := range ft.Articles {
			out = append(out, a.Number)
		}
		return out
	}
	for _, c := range []struct {
		text string
		want []ArticleNumber
	}{
		{`{"articles": [{"titre": "2", "order": "2"}, {"titre": "1", "order": "1"}]}`, []ArticleNumber{"1", "2"}},
		{`{"articles": [{"titre": "2", "order": 2}, {"titre": "1"}]}`, []ArticleNumber{"2", "1"}},
		{`{"articles": [{"titre": "2", "order": 2}, {"titre": "1", "order": "premier"}]}`, []ArticleNumber{"2", "1"}},
		{`[{"type": "section", "titre": "Titre Ier"}, {"type": "article", "titre": "2", "order": 2}, {"type": "article", "titre": "1", "order": 1}]`, []ArticleNumber{"1", "2"}},
		{`[{"type": "texte", "order": 0}, {"type": "article", "titre": "2", "order": 2}, {"type": "article", "titre": "1", "order": 1}]`, []ArticleNumber{"1", "2"}},
	} {
		if got := numbers(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestFabrique17Notes: what the evaluation passes over is still noted for
// the importer (a division without text, a statut not known on an
// article of no text); a newtitre or a head field of another type is
// noted and the article read; a non-object entry is named.
func TestFabrique17Notes(t *testing.T) {
	ft, err := ReadFabriqueText([]byte(`{"id": 7, "definitif": "oui", "articles": [{"type": "section", "titre": "Titre Ier"}, {"titre": "1", "statut": "réservé"}, {"titre": "2", "newtitre": [2], "alineas": ["Texte."]}, 5]}`))
	if err != nil {
		t.Fatal(err)
	}
	want := []FabriqueNote{
		{Field: "id", Reason: "7: want a string: not read"},
		{Field: "definitif", Reason: "oui: want true or false: not read"},
		{Entry: 1, Title: "Titre Ier", Field: "type", Reason: `an entry of type "section", not an article`},
		{Entry: 2, Title: "1", Field: "statut", Reason: `statut "réservé" not known: not read`},
		{Entry: 3, Title: "2", Field: "newtitre", Reason: "newtitre [2]: want a string or a number: not read", Kept: true},
		{Entry: 4, Reason: "not a JSON object: not read", Named: true},
	}
	if !reflect.DeepEqual(ft.Notes, want) {
		t.Errorf("notes:\n got %+v\nwant %+v", ft.Notes, want)
	}
	if ft.ID != "" || ft.Definitif || len(ft.Articles) != 1 || ft.Articles[0].Number != "2" || ft.Articles[0].FinalNumber != "" {
		t.Errorf("text: %+v", ft)
	}
	if _, unread, _ := DecodeFabriqueText([]byte(`{"articles": [{"type": "section", "titre": "Titre Ier"}, {"titre": "1", "statut": "réservé"}]}`)); len(unread) != 0 {
		t.Errorf("the evaluation names entries of no text: %q", unread)
	}
}
