package law

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

// good15 is an article read whatever its neighbours.
const good15 = `{"titre":"1er","alineas":{"001":"Le code civil est ainsi modifié."}}`

// TestFabrique15StrictRefusalsKept: every text the strict decoder (the
// one DecodeFabriqueText replaced) refused is still refused: the whole
// file a TextUnreadError, or the entry it could not read named in unread
// and no article made of it; and readLawText, as the metamorphic tests
// read a law, gives that name (they refuse the law then).
func TestFabrique15StrictRefusalsKept(t *testing.T) {
	cases := []struct {
		name, text string
		unread     string // "": the file refused, a TextUnreadError
	}{
		{"not JSON", `{"articles":[`, ""},
		{"articles an object", `{"articles":{"1":` + good15 + `}}`, ""},
		{"articles a string", `{"articles":"1er"}`, ""},
		{"entry a string", `{"articles":["1er",` + good15 + `]}`, "entry 1: not a JSON object: not read"},
		{"entry a number", `{"articles":[7,` + good15 + `]}`, "entry 1: not a JSON object: not read"},
		{"titre an object", `{"articles":[{"titre":{"n":2},"alineas":{"001":"Texte."}},` + good15 + `]}`, `entry 1: titre {"n":2}: want a string or a number: not read`},
		{"titre an array", `{"articles":[{"titre":["2"],"alineas":{"001":"Texte."}},` + good15 + `]}`, `entry 1: titre ["2"]: want a string or a number: not read`},
		{"titre a boolean", `{"articles":[{"titre":true,"alineas":{"001":"Texte."}},` + good15 + `]}`, `entry 1: titre true: want a string or a number: not read`},
		{"alinéas a number", `{"articles":[{"titre":"2","alineas":5},` + good15 + `]}`, "entry 1 (article 2): alineas: want an object"},
		{"alinéas a string", `{"articles":[{"titre":"2","alineas":"Texte."},` + good15 + `]}`, "entry 1 (article 2): alineas: want an object"},
		{"an alinéa a number", `{"articles":[{"titre":"2","alineas":{"001":5}},` + good15 + `]}`, "entry 1 (article 2): alineas: want an object"},
		{"an alinéa an object", `{"articles":[{"titre":"2","alineas":[{"t":"x"}]},` + good15 + `]}`, "entry 1 (article 2): alineas: want an object"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			arts, unread, err := DecodeFabriqueText([]byte(c.text))
			if c.unread == "" {
				var te *TextUnreadError
				if !errors.As(err, &te) || arts != nil {
					t.Fatalf("got %v, %v; want a TextUnreadError", arts, err)
				}
				return
			}
			if err != nil || len(unread) != 1 || !strings.HasPrefix(unread[0], c.unread) {
				t.Fatalf("unread %q, err %v; want %q", unread, err, c.unread)
			}
			if len(arts) != 1 || arts[0].Number != "1er" {
				t.Errorf("articles %+v; want only article 1er", arts)
			}
			_, _, _, u, err := readLawText(fstest.MapFS{"l/texte.json": {Data: []byte(c.text)}}, "l")
			if err != nil || len(u) != 1 || !strings.HasPrefix(u[0], "texte.json: "+c.unread) {
				t.Errorf("readLawText: unread %q, err %v", u, err)
			}
		})
	}
	if _, _, err := DecodeFabriqueText([]byte("\ufeff \n")); !errors.Is(err, errEmptyText) {
		t.Errorf("an empty file: got %v, want errEmptyText", err)
	}
}

// TestFabrique15StrictReadingsChanged: the texts the strict decoder read
// and the one decoder reads otherwise: the parser's array of entries is
// read (the strict one refused it); a file with no "articles", or a null
// one, is refused (the strict one read a text of no article); a division
// or the text's head is not an article (the strict one made articles of
// them); a deleted article's text is named, not applied (the strict one
// applied it); a titre's HTML is dropped ("1<sup>er</sup>" is 1er).
func TestFabrique15StrictReadingsChanged(t *testing.T) {
	arts, unread, err := DecodeFabriqueText([]byte(`[{"type":"texte","titre":"Loi"},{"type":"section","titre":"Chapitre Ier"},` + good15 + `]`))
	if err != nil || len(unread) != 0 || len(arts) != 1 || arts[0].Number != "1er" {
		t.Errorf("array of entries: %+v %q %v", arts, unread, err)
	}
	for _, s := range []string{`{"titre":"Loi"}`, `{"articles":null}`} {
		var te *TextUnreadError
		if _, _, err := DecodeFabriqueText([]byte(s)); !errors.As(err, &te) {
			t.Errorf("%s: got %v, want a TextUnreadError", s, err)
		}
	}
	arts, unread, err = DecodeFabriqueText([]byte(`{"articles":[{"titre":"2","statut":"supprimé","alineas":{"001":"Le code civil est abrogé."}},{"titre":"1<sup>er</sup>","alineas":["Texte."]}]}`))
	if err != nil || len(arts) != 1 || arts[0].Number != "1er" || len(unread) != 1 || !strings.Contains(unread[0], "deleted, not applied") {
		t.Errorf("deleted with text: %+v %q %v", arts, unread, err)
	}
}

// TestFabrique15Status: the one rule of a La Fabrique statut, the
// importer's and the evaluation's: the chambers' marks in any case, with
// or without their parentheses, spaces folded; every statut beginning
// with "supprim" is a deletion; a statut not known is not guessed.
func TestFabrique15Status(t *testing.T) {
	for in, want := range map[string]ArticleStatus{
		"": ArticleInForce, "none": ArticleInForce, "(Pour coordination)": ArticleInForce,
		"nouveau": ArticleNew, "(Nouveau)": ArticleNew,
		"conforme": ArticleUnmodified, "(Non  modifié)": ArticleUnmodified, "Non\u00a0modifié": ArticleUnmodified,
		"supprimé": ArticleDeleted, "(Supprimé)": ArticleDeleted, "Supprimés": ArticleDeleted, "supprimé conforme": ArticleDeleted,
		"sup": ArticleDeleted, "(Suppression conforme)": ArticleDeleted, "suppression maintenue": ArticleDeleted,
		"nouveau)(supprimé": ArticleDeleted, "censuré": ArticleCensored,
	} {
		if got, ok := FabriqueStatus(in); !ok || got != want {
			t.Errorf("%q: got %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"irrecevable", "modifié", "adopté", "suppr", "nouveau)(non modifié"} {
		if got, ok := FabriqueStatus(in); ok {
			t.Errorf("%q: got %q; want not known", in, got)
		}
	}
}

// TestFabrique15StatusInText: the decoder reads an article's statut by
// FabriqueStatus: a deletion in any of its forms with text is named and
// not applied, with only its mark passed over; a statut not known, or
// not a string, on an article with text is named and not applied (the
// importer skips it too), on one without text passed over; a known
// statut other than a deletion is read.
func TestFabrique15StatusInText(t *testing.T) {
	text := `"alineas":{"001":"Le code civil est abrogé."}`
	cases := []struct {
		statut string // a JSON value
		unread string // "": none
		read   bool
	}{
		{`"(Non modifié)"`, "", true},
		{`"(nouveau)"`, "", true},
		{`"censuré"`, "", true},
		{`null`, "", true},
		{`"(Suppression conforme)"`, `statut "(Suppression conforme)" with alinéas: deleted, not applied`, false},
		{`"nouveau)(supprimé"`, `statut "nouveau)(supprimé" with alinéas: deleted, not applied`, false},
		{`"(Supprimé)"`, `statut "(Supprimé)" with alinéas: deleted, not applied`, false},
		{`"irrecevable"`, `statut "irrecevable" not known: not read`, false},
		{`3`, `statut 3 not known: not read`, false},
	}
	for _, c := range cases {
		arts, unread, err := DecodeFabriqueText([]byte(`{"articles":[{"titre":"2","statut":` + c.statut + `,` + text + `}]}`))
		got := strings.Join(unread, " | ")
		want := ""
		if c.unread != "" {
			want = "entry 1 (article 2): " + c.unread
		}
		if err != nil || got != want || (len(arts) == 1) != c.read {
			t.Errorf("statut %s: articles %+v, unread %q, err %v; want %q, read %v", c.statut, arts, got, err, want, c.read)
		}
	}
	for _, s := range []string{`"irrecevable"`, `"(Supprimé)"`, `3`} {
		arts, unread, err := DecodeFabriqueText([]byte(`{"articles":[{"titre":"2","statut":` + s + `,"alineas":{"001":"(Supprimé)"}},{"titre":"3","statut":` + s + `}]}`))
		if err != nil || len(arts) != 0 || len(unread) != 0 {
			t.Errorf("statut %s, no text: %+v %q %v", s, arts, unread, err)
		}
	}
}
