package law

import (
	"strings"
	"testing"
)

// probeAmComposeCase composes amendments tabled on before, in order: want is
// the article at the end, the last amendment refused when refused is set
// (the ones before it applied).
type probeAmComposeCase struct {
	name    string
	before  []string
	ams     []string
	want    []string
	refused bool
}

func runProbeAmComposed(t *testing.T, cases []probeAmComposeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, rs := ComposeAmendments(Article{Number: "1", Alineas: tc.before}, tc.ams)
			for i, r := range rs[:len(rs)-1] {
				if !r.Applied {
					t.Fatalf("amendment %d refused: %q", i+1, r.Unparsed)
				}
			}
			last := rs[len(rs)-1]
			if tc.refused {
				if last.Applied {
					t.Fatalf("applied, want refused: %q", got.Alineas)
				}
				return
			}
			if !last.Applied {
				t.Fatalf("refused: %q", last.Unparsed)
			}
			if g, w := strings.Join(got.Alineas, "\n"), strings.Join(tc.want, "\n"); g != w {
				t.Errorf("got\n%s\nwant\n%s", g, w)
			}
		})
	}
}

// TestProbeAm90SplitAlinea: an alinéa an adopted amendment rewrote into
// several ("Remplacer cet alinéa par deux alinéas ainsi rédigés") is gone
// with the text the amendments after it were tabled on: one that names it
// to edit it ("Supprimer l'alinéa 2", "Rédiger ainsi l'alinéa 2", a word
// of it, a range over it, its sentences, its end) falls, as
// ComposeNumbered rules and ComposeAmendments now does too (it took the
// new alinéas for the tabled one: "Supprimer l'alinéa 2" deleted both);
// "Après l'alinéa 2" goes after them, "Avant l'alinéa 2" before them, and
// the alinéa after it is the tabled one.
func TestProbeAm90SplitAlinea(t *testing.T) {
	B := []string{"Le maire signe l'acte.", "Le juge lit le livre. Il signe la note.", "Le préfet vise la note."}
	split := "Alinéa 2\nRemplacer cet alinéa par deux alinéas ainsi rédigés :\nLe juge dort.\nLe clerc rêve."
	splitAN := "Rédiger ainsi l'alinéa 2 :\n« Le juge dort.\n« Le clerc rêve. »"
	runProbeAmComposed(t, []probeAmComposeCase{
		{"deleted: falls", B, []string{split, "Supprimer l'alinéa 2."}, nil, true},
		{"deleted, the Assemblée's rewrite: falls", B, []string{splitAN, "Supprimer l'alinéa 2."}, nil, true},
		{"rewritten: falls", B, []string{split, "Rédiger ainsi l'alinéa 2 : « Le juge veille. »"}, nil, true},
		{"after it", B, []string{split, "Après l'alinéa 2, insérer l'alinéa suivant : « Le greffier note. »"}, []string{B[0], "Le juge dort.", "Le clerc rêve.", "Le greffier note.", B[2]}, false},
		{"before it", B, []string{split, "Avant l'alinéa 2, insérer l'alinéa suivant : « Le greffier note. »"}, []string{B[0], "Le greffier note.", "Le juge dort.", "Le clerc rêve.", B[2]}, false},
		{"a word of the second: falls", B, []string{split, "À l'alinéa 2, substituer au mot : « clerc » le mot : « greffier »."}, nil, true},
		{"a range over it: falls", B, []string{split, "Supprimer les alinéas 2 et 3."}, nil, true},
		{"its sentence: refused", B, []string{split, "Supprimer la seconde phrase de l'alinéa 2."}, nil, true},
		{"its end: refused", B, []string{split, "Compléter l'alinéa 2 par les mots : « en paix »."}, nil, true},
		{"the alinéa after, as tabled", B, []string{split, "Supprimer l'alinéa 3."}, []string{B[0], "Le juge dort.", "Le clerc rêve."}, false},
	})
}

// TestProbeAm90RangeOverInserted: alinéas named as a range as tabled
// ("Supprimer les alinéas 3 à 5", "Aux alinéas 3 à 5, substituer …") that
// now hold an alinéa an adopted amendment inserted among them: the new
// alinéa is none of those tabled, and whether the edit takes it is not
// said — refused (it was deleted, or edited, with them). A range beside
// it, or each alinéa named alone, stays read.
func TestProbeAm90RangeOverInserted(t *testing.T) {
	B := []string{"Le maire signe.", "Le juge lit.", "Le préfet vise.", "Le greffier note.", "Le notaire garde."}
	ins := "Après l'alinéa 3, insérer l'alinéa suivant : « Le clerc lit. »"
	runProbeAmComposed(t, []probeAmComposeCase{
		{"deleted: refused", B, []string{ins, "Supprimer les alinéas 3 à 5."}, nil, true},
		{"the Sénat's deletion: refused", B, []string{ins, "Alinéas 3 à 5\nSupprimer ces alinéas."}, nil, true},
		{"words: refused", B, []string{ins, "Aux alinéas 3 à 5, substituer au mot : « Le » le mot : « Un »."}, nil, true},
		{"replaced: refused", B, []string{ins, "Alinéas 3 et 4\nRemplacer ces alinéas par un alinéa ainsi rédigé :\nLe juge dort."}, nil, true},
		{"a range before it", B, []string{ins, "Supprimer les alinéas 2 et 3."}, []string{B[0], "Le clerc lit.", B[3], B[4]}, false},
		{"a range after it", B, []string{ins, "Supprimer les alinéas 4 et 5."}, []string{B[0], B[1], B[2], "Le clerc lit."}, false},
		{"each alone", B, []string{ins, "Aux alinéas 3 et 5, substituer au mot : « Le » le mot : « Un »."}, []string{B[0], B[1], "Un préfet vise.", "Le clerc lit.", B[3], "Un notaire garde."}, false},
	})
}
