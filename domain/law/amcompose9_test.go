package law

import (
	"strconv"
	"strings"
	"testing"
)

// runAmc9 composes each case's amendments twice, numbered (10, 11, …,
// ComposeNumbered) and not (ComposeAmendments): the two must agree, and
// give want (the last refused when want is nil, the ones before it
// applied). With identical, the last is applied as the same change as an
// earlier one (Identical), changing nothing.
func runAmc9(t *testing.T, cases []amc8Case, identical bool) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var ds []Dispositif
			for i, d := range tc.ams {
				ds = append(ds, Dispositif{Number: strconv.Itoa(10 + i), Text: d})
			}
			a := Article{Number: "1", Alineas: tc.before}
			got, rs := ComposeNumbered(a, ds)
			got2, rs2 := ComposeAmendments(a, tc.ams)
			for i := range rs {
				if rs[i].Applied != rs2[i].Applied || rs[i].Identical != rs2[i].Identical {
					t.Fatalf("amendment %d: numbered applied=%v identical=%v, unnumbered applied=%v identical=%v", i+1, rs[i].Applied, rs[i].Identical, rs2[i].Applied, rs2[i].Identical)
				}
			}
			if g, g2 := strings.Join(got.Alineas, "\n"), strings.Join(got2.Alineas, "\n"); g != g2 {
				t.Fatalf("numbered\n%s\nunnumbered\n%s", g, g2)
			}
			for i, r := range rs[:len(rs)-1] {
				if !r.Applied {
					t.Fatalf("amendment %d refused: %q", i+1, r.Unparsed)
				}
			}
			last := rs[len(rs)-1]
			if tc.want == nil {
				if last.Applied {
					t.Fatalf("applied, want refused: %q", got.Alineas)
				}
				return
			}
			if !last.Applied {
				t.Fatalf("refused: %q", last.Unparsed)
			}
			if last.Identical != identical {
				t.Errorf("identical = %v, want %v", last.Identical, identical)
			}
			if g, w := strings.Join(got.Alineas, "\n"), strings.Join(tc.want, "\n"); g != w {
				t.Errorf("got\n%s\nwant\n%s", g, w)
			}
		})
	}
}

var amc9B = []string{"Le maire signe.", "Le juge lit.", "Le préfet vise.", "Le greffier note.", "Le notaire garde."}

// TestAmc9InsertedAtOnePlace: two amendments inserting at the same place
// ("Après l'alinéa 3, insérer l'alinéa suivant : « X »", then the same
// with « Y », or "Avant l'alinéa 4", the Sénat's "Alinéa 3 / Après cet
// alinéa, insérer …", "Compléter cet article …", "Après le dernier
// alinéa"). The Assemblée calls amendments in the order of the text, each
// applied to the text as it then stands: the sitting moves down the text,
// and the one adopted later at a place goes after the one adopted before
// it there — X then Y, or Y then X, as adopted. A range over the alinéa
// inserted there ("Supprimer les alinéas 3 et 4") does not say whether it
// takes it: refused.
func TestAmc9InsertedAtOnePlace(t *testing.T) {
	B := amc9B
	x := "Après l'alinéa 3, insérer l'alinéa suivant : « X dort. »"
	y := "Après l'alinéa 3, insérer l'alinéa suivant : « Y rêve. »"
	xb := "Avant l'alinéa 4, insérer l'alinéa suivant : « X dort. »"
	yb := "Avant l'alinéa 4, insérer l'alinéa suivant : « Y rêve. »"
	XY := []string{B[0], B[1], B[2], "X dort.", "Y rêve.", B[3], B[4]}
	YX := []string{B[0], B[1], B[2], "Y rêve.", "X dort.", B[3], B[4]}
	end := []string{B[0], B[1], B[2], B[3], B[4], "X dort.", "Y rêve."}
	xc := "Compléter cet article par un alinéa ainsi rédigé : « X dort. »"
	runAmc9(t, []amc8Case{
		{"after 3, X then Y", B, []string{x, y}, XY},
		{"after 3, Y then X", B, []string{y, x}, YX},
		{"before 4, X then Y", B, []string{xb, yb}, XY},
		{"before 4, Y then X", B, []string{yb, xb}, YX},
		{"after 3 then before 4", B, []string{x, yb}, XY},
		{"before 4 then after 3", B, []string{xb, y}, XY},
		{"the Sénat's after the Assemblée's", B, []string{x, "Alinéa 3\nAprès cet alinéa, insérer un alinéa ainsi rédigé :\nY rêve."}, XY},
		{"two alinéas, then one", B, []string{"Après l'alinéa 3, insérer les deux alinéas suivants : « X dort. » « X veille. »", y}, []string{B[0], B[1], B[2], "X dort.", "X veille.", "Y rêve.", B[3], B[4]}},
		{"two parts of one amendment", B, []string{"I. – " + x + "\nII. – " + y}, XY},
		{"the article completed twice", B, []string{xc, "Compléter cet article par un alinéa ainsi rédigé : « Y rêve. »"}, end},
		{"completed, then after the last", B, []string{xc, "Après le dernier alinéa, insérer l'alinéa suivant : « Y rêve. »"}, end},
		{"completed, then after the fifth", B, []string{xc, "Après l'alinéa 5, insérer l'alinéa suivant : « Y rêve. »"}, end},
		{"another place between", B, []string{x, "Après l'alinéa 1, insérer l'alinéa suivant : « Z lit. »", y}, []string{B[0], "Z lit.", B[1], B[2], "X dort.", "Y rêve.", B[3], B[4]}},
		{"a range over the place: refused", B, []string{x, "Supprimer les alinéas 3 et 4."}, nil},
	}, false)
}

// TestAmc9SplitAlinea: an alinéa rewritten into two by an amendment
// adopted before ("Alinéa 2 / Remplacer cet alinéa par deux alinéas ainsi
// rédigés"): numbered or not, an amendment after it naming alinéa 2 to
// edit it falls (tabled on the text replaced; ComposeAmendments deleted
// both new alinéas for "Supprimer l'alinéa 2", edited the second for a
// word of it); beside it, it is read.
func TestAmc9SplitAlinea(t *testing.T) {
	B := []string{"Le maire signe l'acte.", "Le juge lit le livre. Il signe la note.", "Le préfet vise la note."}
	split := "Alinéa 2\nRemplacer cet alinéa par deux alinéas ainsi rédigés :\nLe juge dort.\nLe clerc rêve."
	runAmc9(t, []amc8Case{
		{"deleted: falls", B, []string{split, "Supprimer l'alinéa 2."}, nil},
		{"rewritten: falls", B, []string{split, "Rédiger ainsi l'alinéa 2 : « Le juge veille. »"}, nil},
		{"a word of the second: falls", B, []string{split, "À l'alinéa 2, substituer au mot : « clerc » le mot : « greffier »."}, nil},
		{"a range over it: falls", B, []string{split, "Supprimer les alinéas 2 et 3."}, nil},
		{"after it", B, []string{split, "Après l'alinéa 2, insérer l'alinéa suivant : « Le greffier note. »"}, []string{B[0], "Le juge dort.", "Le clerc rêve.", "Le greffier note.", B[2]}},
		{"the alinéa after it", B, []string{split, "À l'alinéa 3, substituer au mot : « préfet » le mot : « maire »."}, []string{B[0], "Le juge dort.", "Le clerc rêve.", "Le maire vise la note."}},
	}, false)
	// The same rewrite in the Assemblée's style: the same change, once.
	runAmc9(t, []amc8Case{
		{"the same rewrite again", B, []string{split, "Rédiger ainsi l'alinéa 2 :\n« Le juge dort.\n« Le clerc rêve. »"}, []string{B[0], "Le juge dort.", "Le clerc rêve.", B[2]}},
	}, true)
}

// TestAmc9SameChange: the same change adopted twice — identical
// amendments of several authors, or the same change written in both
// chambers' styles ("À l'alinéa 3, substituer au mot : « préfet » le mot
// : « clerc »." and "Alinéa 3 / Remplacer le mot : / préfet / par le mot
// : / clerc") — is applied once: the second, whose words were gone, was
// refused, and an alinéa inserted in both styles was inserted twice. The
// same change is edits of the same kinds with the same words that give,
// on the text the first found, the text it left.
func TestAmc9SameChange(t *testing.T) {
	B := amc9B
	an := "À l'alinéa 3, substituer au mot : « préfet » le mot : « clerc »."
	se := "Alinéa 3\nRemplacer le mot :\npréfet\npar le mot :\nclerc"
	clerc := []string{B[0], B[1], "Le clerc vise.", B[3], B[4]}
	ins := []string{B[0], B[1], B[2], "Le clerc lit.", B[3], B[4]}
	runAmc9(t, []amc8Case{
		{"identical", B, []string{an, an}, clerc},
		{"the Assemblée's, then the Sénat's", B, []string{an, se}, clerc},
		{"the Sénat's, then the Assemblée's", B, []string{se, an}, clerc},
		{"the words the other way round", B, []string{an, "À l'alinéa 3, substituer le mot : « clerc » au mot : « préfet »."}, clerc},
		{"another between", B, []string{an, "Supprimer l'alinéa 1.", se}, clerc[1:]},
		{"an alinéa inserted in both styles", B, []string{"Après l'alinéa 3, insérer l'alinéa suivant : « Le clerc lit. »", "Alinéa 3\nAprès cet alinéa, insérer un alinéa ainsi rédigé :\nLe clerc lit."}, ins},
		{"an alinéa completed in both styles", B, []string{"Compléter l'alinéa 2 par les mots : « en paix »", "Alinéa 2\nCompléter cet alinéa par les mots :\nen paix"}, []string{B[0], "Le juge lit en paix.", B[2], B[3], B[4]}},
		{"a word deleted in both styles", B, []string{"À l'alinéa 4, supprimer le mot : « greffier ».", "Alinéa 4\nSupprimer le mot :\ngreffier"}, []string{B[0], B[1], B[2], "Le note.", B[4]}},
		{"an alinéa deleted in both styles", B, []string{"Supprimer l'alinéa 2.", "Alinéa 2\nSupprimer cet alinéa."}, []string{B[0], B[2], B[3], B[4]}},
	}, true)
	// Not the same change: each applied.
	runAmc9(t, []amc8Case{
		{"the same words, another alinéa", B, []string{"À l'alinéa 2, substituer au mot : « Le » le mot : « Un ».", "Alinéa 3\nRemplacer le mot :\nLe\npar le mot :\nUn"}, []string{B[0], "Un juge lit.", "Un préfet vise.", B[3], B[4]}},
		{"the same alinéa inserted at two places", B, []string{"Après l'alinéa 1, insérer l'alinéa suivant : « Le clerc lit. »", "Alinéa 3\nAprès cet alinéa, insérer un alinéa ainsi rédigé :\nLe clerc lit."}, []string{B[0], "Le clerc lit.", B[1], B[2], "Le clerc lit.", B[3], B[4]}},
		{"the same words at the start and the end", B, []string{"Compléter l'alinéa 2 par les mots : « en paix »", "Au début de l'alinéa 3, insérer les mots : « En paix, »"}, []string{B[0], "Le juge lit en paix.", "En paix, le préfet vise.", B[3], B[4]}},
	}, false)
	// The same words replaced twice in one alinéa, by amendments that say
	// the same: the second's words are gone — refused, never sought
	// elsewhere.
	runAmc9(t, []amc8Case{
		{"another word replaced by the same: refused", B, []string{an, "À l'alinéa 3, substituer au mot : « préfet » le mot : « juge »."}, nil},
	}, false)
}

// TestAmc9SubAmendmentsAndWholeRewrite: a sub-amendment ("Amendement n°
// 10, alinéa 3 / Remplacer le mot : …", "À l'alinéa 3 de l'amendement n°
// 10, substituer …") edits its amendment, counted in the amendment's
// paragraphs, which then applies as modified, before it or after it in
// the list; an amendment rewriting the whole article ("Rédiger ainsi cet
// article :"), once adopted, leaves the amendments after it on "alinéa 2"
// without object — tabled on the text it replaced, they fall, even where
// the new text holds their words (the new alinéa 2 is not the one they
// were drafted on).
func TestAmc9SubAmendmentsAndWholeRewrite(t *testing.T) {
	B := amc9B
	rw := "Rédiger ainsi cet article :\n« Le maire lit.\n« Le juge signe. »"
	runAmc8(t, []amc8Case{
		{"the article rewritten, then a word of alinéa 2: falls", B, []string{rw, "À l'alinéa 2, substituer au mot : « juge » le mot : « clerc »."}, nil},
		{"the article rewritten, then alinéa 2 deleted: falls", B, []string{rw, "Supprimer l'alinéa 2."}, nil},
		{"the article rewritten, then after alinéa 2: falls", B, []string{rw, "Après l'alinéa 2, insérer l'alinéa suivant : « Y rêve. »"}, nil},
		{"the article rewritten, then the Sénat's alinéa 2: falls", B, []string{rw, "Alinéa 2\nRemplacer le mot :\njuge\npar le mot :\nclerc"}, nil},
		{"the rewrite sub-amended (Sénat), after it", B, []string{rw, "Amendement n° 10, alinéa 3\nRemplacer le mot :\njuge\npar le mot :\nclerc"}, []string{"Le maire lit.", "Le clerc signe."}},
		{"the rewrite sub-amended (Assemblée), before it", B, []string{"À l'alinéa 3 de l'amendement n° 11, substituer au mot : « juge » le mot : « clerc ».", rw}, []string{"Le maire lit.", "Le clerc signe."}},
		{"a word edit sub-amended, before it", B, []string{"Amendement n° 11\nRemplacer le mot :\nclerc\npar le mot :\ngreffier", "À l'alinéa 2, substituer au mot : « juge » le mot : « clerc »."}, []string{B[0], "Le greffier lit.", B[2], B[3], B[4]}},
		{"the sub-amended rewrite, then alinéa 2: falls", B, []string{rw, "Amendement n° 10, alinéa 3\nRemplacer le mot :\njuge\npar le mot :\nclerc", "À l'alinéa 2, substituer au mot : « clerc » le mot : « greffier »."}, nil},
		{"a sub-amendment of an amendment not composed: refused", B, []string{"À l'alinéa 3, substituer au mot : « préfet » le mot : « clerc ».", "Amendement n° 42, alinéa 1\nRemplacer le mot :\nclerc\npar le mot :\ngreffier"}, nil},
	})
}
