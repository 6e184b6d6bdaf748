package law

import (
	"errors"
	"strings"
	"testing"
)

// art14 is the one instruction of lawGood13's article, as a JSON string.
const art14 = `"À l'article LO145 du code électoral, le mot : \"chat\" est remplacé par le mot : \"chien\"."`

// TestFabrique14TextVariants: the shapes a La Fabrique text takes are
// read, the law measured on its instruction (found 1, applied 1, exact);
// an article the reader cannot read, or must not apply, is named in
// TextUnread (it lost the whole law: one "titre" of another type, one
// alinéa a number).
func TestFabrique14TextVariants(t *testing.T) {
	cases := []struct {
		name, text string
		unread     string // "" : none
	}{
		{"array of entries", `[{"type":"texte","titre":"Loi"},{"type":"section","titre":"Chapitre Ier"},{"type":"article","titre":"1er","alineas":{"001":` + art14 + `}}]`, ""},
		{"section entry among articles", `{"articles":[{"type":"section","titre":"Chapitre Ier"},{"type":"article","titre":"1er","alineas":{"001":` + art14 + `}}]}`, ""},
		{"statut nouveau, conforme", `{"articles":[{"titre":"1er A","statut":"nouveau","alineas":{}},{"titre":"1er","statut":"conforme","alineas":{"001":` + art14 + `}}]}`, ""},
		{"supprimé, empty", `{"articles":[{"titre":"2 bis AA","statut":"supprimé","alineas":{}},{"titre":"1er","alineas":{"001":` + art14 + `}}]}`, ""},
		{"supprimé, its mark", `{"articles":[{"titre":"2","statut":"supprimé conforme","alineas":{"001":"(Supprimé)"}},{"titre":"1er","alineas":{"001":` + art14 + `}}]}`, ""},
		{"alinéas a list, HTML, blanks", `{"articles":[{"titre":"1<sup>er</sup>","order":"1","extra":{"x":[1]},"alineas":["","À l&#8217;article LO145 du code électoral, le mot&nbsp;: <i>\"chat\"</i> est remplacé par le mot : \"chien\".<br/>","  "]}]}`, ""},
		{"titre a number, no alinéas", `{"articles":[{"titre":3},{"titre":"unique","alineas":{"001":` + art14 + `}}]}`, ""},
		{"titre an object", `{"articles":[{"titre":{"n":2},"alineas":{"001":"Texte."}},{"titre":"1er","alineas":{"001":` + art14 + `}}]}`, "texte.json: entry 1: titre {\"n\":2}: want a string or a number: not read"},
		{"alinéa a number", `{"articles":[{"titre":"2","alineas":{"001":5}},{"titre":"1er","alineas":{"001":` + art14 + `}}]}`, "texte.json: entry 1 (article 2): alineas: want an object of strings (\"001\": …) or an array of strings: not read"},
		{"entry not an object", `{"articles":["1er",{"titre":"1er","alineas":{"001":` + art14 + `}}]}`, "texte.json: entry 1: not a JSON object: not read"},
		{"supprimé with text", `{"articles":[{"titre":"2","statut":"supprimé","alineas":{"001":"À l'article LO145 du code électoral, le mot : \"chien\" est supprimé."}},{"titre":"1er","alineas":{"001":` + art14 + `}}]}`, "texte.json: entry 1 (article 2): statut \"supprimé\" with alinéas: deleted, not applied"},
		{"echec with text", `{"articles":[{"type":"echec","titre":"3","alineas":{"001":"Le code électoral est abrogé."}},{"titre":"1er","alineas":{"001":` + art14 + `}}]}`, "texte.json: entry 1 (article 3): an entry of type \"echec\", not an article, with alinéas: not read"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l, r := evalLaw13(t, map[string]string{"texte.json": c.text})
			if l.Found != 1 || l.Applied != 1 || l.ExactSpace != 1 || l.Targets != 1 || l.SilentDrops != 0 {
				t.Errorf("got %s; want the one instruction applied, exact", show13(l))
			}
			got := strings.Join(l.TextUnread, " | ")
			if got != c.unread {
				t.Errorf("text unread %q, want %q", got, c.unread)
			}
			var b strings.Builder
			if err := r.WriteText(&b, false); err != nil {
				t.Fatal(err)
			}
			if c.unread != "" && !strings.Contains(b.String(), "Articles of the text not read or not applied") {
				t.Errorf("report does not name the article not read:\n%s", b.String())
			}
		})
	}
}

// TestFabrique14TextNotRead: a file from which no article can be read is
// the law not measured, said with a typed error (not a law measured on no
// instruction, its misses unexplained).
func TestFabrique14TextNotRead(t *testing.T) {
	for _, s := range []string{`{"titre":"Loi"}`, `{"articles":{"1":{"titre":"1er"}}}`, `[1,`, `"texte"`} {
		_, _, err := DecodeFabriqueText([]byte(s))
		var te *TextUnreadError
		if !errors.As(err, &te) {
			t.Errorf("%s: got %v, want a TextUnreadError", s, err)
		}
	}
	// An empty list of articles is a text of no article, measured.
	if arts, unread, err := DecodeFabriqueText([]byte(`{"articles":[]}`)); err != nil || len(arts) != 0 || len(unread) != 0 {
		t.Errorf("empty list: got %v %v %v", arts, unread, err)
	}
}

// TestFabrique14TabledFiles: texte_depot_*.json files each name their
// own articles not read.
func TestFabrique14TabledFiles(t *testing.T) {
	l, _ := evalLaw13(t, map[string]string{
		"-texte.json":          "",
		"texte_depot_a-1.json": `{"articles":[{"titre":"1er","alineas":{"001":` + art14 + `}}]}`,
		"texte_depot_a-2.json": `{"articles":[{"titre":"2","alineas":[7]}]}`,
	})
	if !l.Tabled || l.Applied != 1 || l.ExactSpace != 1 {
		t.Errorf("got %s", show13(l))
	}
	if len(l.TextUnread) != 1 || !strings.HasPrefix(l.TextUnread[0], "texte_depot_a-2.json: entry 1 (article 2): ") {
		t.Errorf("text unread %q", l.TextUnread)
	}
}

// TestFabrique14AmendmentFiles: an amendment file's dispositif is read
// whatever its dressing (HTML paragraphs and line breaks, entities, a
// byte order mark, Windows line ends, its "Objet" or "Exposé sommaire"
// after it, quoting words the dispositif does not apply); a file saying
// the amendment's sort (irrecevable, tombé, retiré…) is counted, never
// applied, and refused with that reason.
func TestFabrique14AmendmentFiles(t *testing.T) {
	base := "Alinéa 1\n\nRemplacer le mot :\n\nchat\n\npar le mot :\n\nchien"
	cases := []struct {
		name, text string
		refused    string // "" : applied, exact
	}{
		{"plain", base, ""},
		{"html paragraphs", "<p>Alinéa 1</p><p>Remplacer le mot&nbsp;:</p><p>chat</p><p>par le mot :</p><p>chien</p>", ""},
		{"html breaks", "Alinéa 1<br>Remplacer le mot :<br/>chat<br />par le mot :<br>chien", ""},
		{"bom, crlf", "\ufeffAlinéa 1\r\n\r\nRemplacer le mot :\r\n\r\nchat\r\n\r\npar le mot :\r\n\r\nchien\r\n", ""},
		{"objet after", base + "\n\nObjet\n\nIl est proposé de remplacer le mot : « chien » par le mot : « loup ».", ""},
		{"exposé after, html", "<p>Alinéa 1</p><p>Remplacer le mot :</p><p>chat</p><p>par le mot :</p><p>chien</p><h2>Exposé sommaire</h2><p>Remplacer le mot : « chien » par le mot : « loup ».</p>", ""},
		{"tombé", "Tombé", `amendement_1: marked "Tombé": an amendment not adopted, not applied`},
		{"irrecevable first", "Irrecevable (article 40 de la Constitution)\n\n" + base, `amendement_1: marked "Irrecevable (article 40 de la Constitution)": an amendment not adopted, not applied`},
		{"sort after", base + "\n\nSort : Retiré", `amendement_1: marked "Sort : Retiré": an amendment not adopted, not applied`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := evalDir(t, writeFiles(t, map[string]string{
				"b__01_x__1er/article_avant": "Le chat noir dort.",
				"b__01_x__1er/amendement_1":  c.text,
				"b__01_x__1er/article_apres": "Le chien noir dort.",
			}))
			if len(r.Folders) != 1 {
				t.Fatalf("errors %v", r.Errors)
			}
			f := r.Folders[0]
			got := strings.Join(f.Refused, " | ")
			if f.Amendments != 1 || got != c.refused || (c.refused == "") != (f.Applied == 1 && f.Exact) {
				t.Errorf("got %+v; want refused %q", f, c.refused)
			}
		})
	}
}
