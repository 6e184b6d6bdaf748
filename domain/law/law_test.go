package law

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseAmendmentTarget(t *testing.T) {
	tests := []struct {
		in         string
		num        ArticleNumber
		additional bool
		position   string
		ok         bool
	}{
		{"Article 1er", "1er", false, "", true},
		{"ARTICLE 9 TER", "9 ter", false, "", true},
		{"Article PREMIER", "1er", false, "", true},
		{"Article unique", "unique", false, "", true},
		{"Après l'article 10", "10", true, "après", true},
		{"Avant l’article 1er", "1er", true, "avant", true},
		{"Titre", "", false, "", false},
	}
	for _, tt := range tests {
		num, add, pos, ok := ParseAmendmentTarget(tt.in)
		if num != tt.num || add != tt.additional || pos != tt.position || ok != tt.ok {
			t.Errorf("ParseAmendmentTarget(%q) = %q, %v, %q, %v; want %q, %v, %q, %v", tt.in, num, add, pos, ok, tt.num, tt.additional, tt.position, tt.ok)
		}
	}
}

func TestParseOutcome(t *testing.T) {
	tests := []struct {
		in   string
		want Outcome
		ok   bool
	}{
		{"Adopté", OutcomeAdopted, true},
		{"rejeté", OutcomeRejected, true},
		{"Retiré", OutcomeWithdrawn, true},
		{"Tombé", OutcomeFallen, true},
		{"Non soutenu", OutcomeNotMoved, true},
		{"Irrecevable 40", OutcomeInadmissible, true},
		{"non-voté", OutcomeUnknown, true},
		{"bizarre", OutcomeUnknown, false},
	}
	for _, tt := range tests {
		got, ok := ParseOutcome(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseOutcome(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestNormalizeArticleNumber(t *testing.T) {
	for in, want := range map[string]string{"ARTICLE PREMIER": "1", "Article 1er": "1", "2 BIS A": "2 bis a", "Art. 3": "3"} {
		if got := NormalizeArticleNumber(in); got != want {
			t.Errorf("NormalizeArticleNumber(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCodeKeys(t *testing.T) {
	for in, want := range map[string]string{
		"Code de la propriété intellectuelle":                 "code de la propriete intellectuelle",
		"code-de-l-education":                                 "code de l education",
		"loi n° 2004-575 du 21 juin 2004 pour la confiance …": "loi 2004 575",
	} {
		if got := CodeKey(in); got != want {
			t.Errorf("CodeKey(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"L. 336-2": "l336-2", "Art. L. 7111-5-1": "l7111-5-1", "39 bis A": "39 bis a", "L336-2": "l336-2"} {
		if got := ArticleKey(in); got != want {
			t.Errorf("ArticleKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTypeset(t *testing.T) {
	opt := ApplyOptions{LegifranceTypography: true}
	tests := []struct{ in, want string }{
		{"les oeuvres et la manoeuvre", "les œuvres et la manœuvre"},
		{"Oeuvre, coeur, soeur, voeux, noeud, oeil, boeuf", "Œuvre, cœur, sœur, vœux, nœud, œil, bœuf"},
		{"coefficient, coexister, moelle", "coefficient, coexister, moelle"},
		{"les bonnes moeurs, le choeur, la rancoeur, désoeuvré", "les bonnes mœurs, le chœur, la rancœur, désœuvré"},
		{"oenologique, oesophage, oedème, oestrogène, oecuménique, foetus, foetal", "œnologique, œsophage, œdème, œstrogène, œcuménique, fœtus, fœtal"},
		{"coercition, moellon, poète, Noël, coexistence, coefficients, goethéen", "coercition, moellon, poète, Noël, coexistence, coefficients, goethéen"},
		{"- une organisation ;", "― une organisation ;"},
		{"II. - A défaut", "II. ― A défaut"},
		{"trait - d'union", "trait - d'union"},
	}
	for _, tt := range tests {
		if got := typeset([]string{tt.in}, opt)[0]; got != tt.want {
			t.Errorf("typeset(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStageArticle(t *testing.T) {
	s := Stage{Articles: []Article{{Number: "1er"}, {Number: "2 bis"}}}
	for _, n := range []ArticleNumber{"PREMIER", "1er", "2 BIS"} {
		if _, ok := s.Article(n); !ok {
			t.Errorf("Article(%q): not found", n)
		}
	}
	if _, ok := s.Article("3"); ok {
		t.Error("Article(3): found, want not found")
	}
}

// TestCodeArticleMarkdownRoundTrip checks that every fixture article file
// formats back to its bytes.
func TestCodeArticleMarkdownRoundTrip(t *testing.T) {
	files, _ := filepath.Glob("testdata/hadopi/*/codes-*/*/*/*/*/*/*/article-*.md")
	more, _ := filepath.Glob("testdata/hadopi/*/codes-*/*/*/*/*/*/*/*/article-*.md")
	files = append(files, more...)
	if len(files) < 20 {
		t.Fatalf("found %d fixture files", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, ok := ParseCodeArticleMarkdown("code", string(b))
		if !ok {
			t.Errorf("%s: no heading", f)
			continue
		}
		if got := FormatCodeArticleMarkdown(a); got != string(b) {
			t.Errorf("%s: round trip differs:\ngot  %q\nwant %q", f, got, b)
		}
	}
}

func FuzzCodeArticleMarkdown(f *testing.F) {
	f.Add("# Article L1\n\nUn.\n\nDeux\ntrois.\n")
	f.Fuzz(func(t *testing.T, md string) {
		a, ok := ParseCodeArticleMarkdown("code", md)
		if !ok {
			return
		}
		b, ok := ParseCodeArticleMarkdown("code", FormatCodeArticleMarkdown(a))
		if !ok || b.Heading != a.Heading || strings.Join(b.Alineas, "\x00") != strings.Join(a.Alineas, "\x00") {
			t.Fatalf("parse(format(parse(%q))) = %q, want %q", md, b.Alineas, a.Alineas)
		}
	})
}

// TestOwnLawFill: a law's blank references to itself take its number and
// date; blank references to another law stay blank.
func TestOwnLawFill(t *testing.T) {
	o, ok := OwnLawFromProcedure([]byte(`{"law_name": "Loi n° 2010-874 du 27 juillet 2010", "long_title": "projet de loi de modernisation de l'agriculture et de la pêche"}`))
	if !ok || o.Kind != "loi" || o.Number != "2010-874" || o.Date != "27 juillet 2010" || o.Title != "de modernisation de l'agriculture et de la pêche" {
		t.Fatalf("got %+v, %v", o, ok)
	}
	for _, tc := range []struct{ in, want string }{
		{"Les baux conclus avant la loi n° du relative à la modernisation de l'agriculture et de la pêche, pour cinq ans.",
			"Les baux conclus avant la loi n° 2010-874 du 27 juillet 2010 relative à la modernisation de l'agriculture et de la pêche, pour cinq ans."},
		{"la loi n° du de modernisation de l'agriculture et de la pêche", "la loi n° 2010-874 du 27 juillet 2010 de modernisation de l'agriculture et de la pêche"},
		{"la loi organique n° du relative à la modernisation de l'agriculture et de la pêche", "la loi organique n° du relative à la modernisation de l'agriculture et de la pêche"},
		{"la loi n° du relative à la transparence de la vie publique", "la loi n° du relative à la transparence de la vie publique"},
	} {
		if got := o.Fill(tc.in); got != tc.want {
			t.Errorf("Fill(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestDecodeFabriqueTextKeys: alinéas in their keys' numeric order, padded
// or not.
func TestDecodeFabriqueTextKeys(t *testing.T) {
	arts, unread, err := DecodeFabriqueText([]byte(`{"articles": [{"titre": "1er", "alineas": {"2": "B", "10": "J", "1": "A"}}, {"titre": "2", "alineas": {"002": "B", "001": "A"}}]}`))
	if err != nil || len(unread) > 0 || len(arts) != 2 {
		t.Fatal(arts, unread, err)
	}
	if got := strings.Join(arts[0].Alineas, ""); got != "ABJ" {
		t.Errorf("got %q", got)
	}
	if got := strings.Join(arts[1].Alineas, ""); got != "AB" {
		t.Errorf("got %q", got)
	}
}
