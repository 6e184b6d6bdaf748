package law

import "testing"

// Forms of the legislative language other readings left refused: short
// phrases of each.

// TestLegMore1CapitalPartsRenumbered: parts lettered in capitals are
// relabelled as items are, "Le B du I devient le C", "Les A et B du I
// deviennent respectivement les B et C" (refused before: a renumbering into
// a division); the dash after the label is kept. A capital changing kind
// ("Le B devient le 3°"), a range over the capitals I, V, X, and a label
// another part bears in force stay refused.
func TestLegMore1CapitalPartsRenumbered(t *testing.T) {
	C := "L'article L. 1 du code civil est ainsi modifié :"
	P := []string{"I. – Le juge :", "A. – Le juge signe.", "B. – Le maire date.", "II. – Le préfet lit."}
	runGrammar(t, []grammarCase{
		{name: "devient", before: P, text: []string{C, "1° Le B du I devient le C ;"}, want: []string{"I. – Le juge :", "A. – Le juge signe.", "C. – Le maire date.", "II. – Le préfet lit."}},
		{name: "deviennent respectivement", before: P, text: []string{C, "1° Les A et B du I deviennent respectivement les B et C ;"}, want: []string{"I. – Le juge :", "B. – Le juge signe.", "C. – Le maire date.", "II. – Le préfet lit."}},
		{name: "range", before: P, text: []string{C, "1° Les A à B du I deviennent les C à D ;"}, want: []string{"I. – Le juge :", "C. – Le juge signe.", "D. – Le maire date.", "II. – Le préfet lit."}},
		{name: "onto a part in force", before: []string{"I. – Le juge :", "A. – Le juge signe.", "B. – Le maire date.", "II. – Le préfet lit."}, text: []string{C, "1° Le A du I devient le B ;"}, want: nil},
		{name: "kind changes", before: P, text: []string{C, "1° Le B du I devient le 3° ;"}, want: nil},
		{name: "range over I", before: P, text: []string{C, "1° Les A à B du I deviennent les H à J ;"}, want: nil},
	})
}

// TestLegMore1CompletedByTheItems: "Le I est complété par les 4° et 5°
// ainsi rédigés", "… par le 4° ainsi rédigé" (the definite article) is
// "par des 4° et 5°", "par un 4°" (it was refused: an unknown kind of
// addition); the new text must bear the labels announced.
func TestLegMore1CompletedByTheItems(t *testing.T) {
	C := "L'article L. 1 du code civil est ainsi modifié :"
	L := []string{"I. – Le juge :", "1° A ;", "2° B ;", "3° C.", "II. – Le préfet lit."}
	W := []string{"I. – Le juge :", "1° A ;", "2° B ;", "3° C ;", "4° D ;", "5° E.", "II. – Le préfet lit."}
	runGrammar(t, []grammarCase{
		{name: "les", before: L, text: []string{C, "1° Le I est complété par les 4° et 5° ainsi rédigés :", "« 4° D ;", "« 5° E. » ;"}, want: W},
		{name: "des", before: L, text: []string{C, "1° Le I est complété par des 4° et 5° ainsi rédigés :", "« 4° D ;", "« 5° E. » ;"}, want: W},
		{name: "le", before: L, text: []string{C, "1° Le I est complété par le 4° ainsi rédigé :", "« 4° D. » ;"}, want: []string{"I. – Le juge :", "1° A ;", "2° B ;", "3° C ;", "4° D.", "II. – Le préfet lit."}},
		{name: "other labels", before: L, text: []string{C, "1° Le I est complété par les 4° et 5° ainsi rédigés :", "« 5° D ;", "« 6° E. » ;"}, want: nil},
	})
}

// TestLegMore1ReplacedByKind: a part replaced by text announced by its
// kind, "Le II est remplacé par un paragraphe ainsi rédigé : « II. – … »"
// (it was not understood), "Le 3° est remplacé par un alinéa ainsi
// rédigé", "Le 2° est remplacé par trois alinéas ainsi rédigés", is a
// rewrite; the new text must open with the label replaced (« III. – … »
// for the II, « 4° … » for the 3° are refused, as for "est ainsi
// rédigé"), and a paragraph is one part under its roman.
func TestLegMore1ReplacedByKind(t *testing.T) {
	C := "L'article L. 1 du code civil est ainsi modifié :"
	P := []string{"I. – Le juge :", "A. – Le juge signe.", "II. – Le préfet lit.", "III. – Fin."}
	I := []string{"Le juge :", "1° A ;", "2° B ;", "3° C."}
	runGrammar(t, []grammarCase{
		{name: "paragraphe", before: P, text: []string{C, "1° Le II est remplacé par un paragraphe ainsi rédigé :", "« II. – Le maire lit.", "« Il signe. » ;"}, want: []string{"I. – Le juge :", "A. – Le juge signe.", "II. – Le maire lit.", "Il signe.", "III. – Fin."}},
		{name: "paragraphe under another label", before: P, text: []string{C, "1° Le II est remplacé par un paragraphe ainsi rédigé :", "« III. – Le maire lit. » ;"}, want: nil},
		{name: "paragraphe unlabelled", before: P, text: []string{C, "1° Le II est remplacé par un paragraphe ainsi rédigé :", "« Le maire lit. » ;"}, want: nil},
		{name: "un alinéa", before: I, text: []string{C, "1° Le 3° est remplacé par un alinéa ainsi rédigé :", "« 3° D. » ;"}, want: []string{"Le juge :", "1° A ;", "2° B ;", "3° D."}},
		{name: "un alinéa under another label", before: I, text: []string{C, "1° Le 3° est remplacé par un alinéa ainsi rédigé :", "« 4° D. » ;"}, want: nil},
		{name: "trois alinéas", before: I, text: []string{C, "1° Le 2° est remplacé par trois alinéas ainsi rédigés :", "« 2° X ;", "« 2° bis Y ;", "« 2° ter Z ; » ;"}, want: []string{"Le juge :", "1° A ;", "2° X ;", "2° bis Y ;", "2° ter Z ;", "3° C."}},
	})
}

// TestLegMore1HeadingsRewritten: "Les intitulés des sections 1 et 2 sont
// ainsi rédigés :" gives each division its heading, in order: one line
// each, or each after its division's line ("Section 1" then its heading);
// as one heading rewritten, no article changes (it was not understood, "no
// target article"). Another count of lines, or a division's line naming
// another, is refused.
func TestLegMore1HeadingsRewritten(t *testing.T) {
	A := []string{"Le juge signe le bail.", "Le maire date le bail."}
	W := []string{"Le préfet signe le bail.", "Le maire date le bail."}
	C := "I. – Le chapitre II du titre Ier du livre Ier du code civil est ainsi modifié :"
	H := "1° Les intitulés des sections 1 et 2 sont ainsi rédigés :"
	op := "2° À l'article L. 1, le mot « juge » est remplacé par le mot « préfet »."
	runGrammar(t, []grammarCase{
		{name: "one line each", before: A, text: []string{C, H, "« Du préfet » ;", "« Du maire » ;", op}, want: W},
		{name: "after their division's line", before: A, text: []string{C, H, "« Section 1", "« Du préfet", "« Section 2", "« Du maire » ;", op}, want: W},
		{name: "three lines", before: A, text: []string{C, H, "« Du préfet", "« et du juge", "« Du maire » ;"}, want: nil},
		{name: "another division's line", before: A, text: []string{C, H, "« Section 2", "« Du préfet", "« Section 1", "« Du maire » ;"}, want: nil},
	})
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{C, H, "« Du préfet » ;", "« Du maire » ;"}}})
	var got []string
	for _, in := range ins {
		for _, e := range in.Edits {
			if e.Kind == EditRewriteHeading {
				got = append(got, e.Lines...)
			}
		}
	}
	if len(got) != 2 || got[0] != "Du préfet" || got[1] != "Du maire" {
		t.Errorf("headings %q, want each its own", got)
	}
}

// TestLegMore1RankAndRankFromEnd: "Au troisième et avant-dernier alinéa"
// (the noun singular) is one alinéa, named by its rank and its rank from
// the end, read when both name the same alinéa (an article of four) and
// refused otherwise (it was two alinéas: "est supprimé" deleted both); a
// sentence so named, "la troisième et avant-dernière phrase", is refused
// (it was two sentences).
func TestLegMore1RankAndRankFromEnd(t *testing.T) {
	four := []string{"Un.", "Deux.", "Le juge signe.", "Quatre."}
	five := []string{"Un.", "Deux.", "Le juge signe.", "Quatre.", "Cinq."}
	op := "le mot « juge » est remplacé par le mot « préfet »."
	runGrammar(t, []grammarCase{
		{name: "same alinéa", before: four, text: []string{"Au troisième et avant-dernier alinéa de l'article L. 1 du code civil, " + op}, want: []string{"Un.", "Deux.", "Le préfet signe.", "Quatre."}},
		{name: "deleted", before: four, text: []string{"Le troisième et avant-dernier alinéa de l'article L. 1 du code civil est supprimé."}, want: []string{"Un.", "Deux.", "Quatre."}},
		{name: "not the same", before: five, text: []string{"Le troisième et avant-dernier alinéa de l'article L. 1 du code civil est supprimé."}, want: nil},
		{name: "second et dernier still", before: []string{"Un.", "Le juge signe."}, text: []string{"Au second et dernier alinéa de l'article L. 1 du code civil, " + op}, want: []string{"Un.", "Le préfet signe."}},
		{name: "sentence", before: []string{"Un. Deux. Le juge signe. Quatre."}, text: []string{"La troisième et avant-dernière phrase du premier alinéa de l'article L. 1 du code civil est supprimée."}, want: nil},
	})
}

// TestLegMore1ParenthesisItemRefused: an item numbered in arabic with a
// parenthesis, "Le 2) est supprimé", "Au 2) de l'article L. 1, …", was no
// division a path read: it was refused (the "2)" was dropped, and the
// whole article deleted, or its words edited everywhere). It is now read
// as an item of its own kind (TestLegLeftParenItems); a list of them is
// still refused.
func TestLegMore1ParenthesisItemRefused(t *testing.T) {
	L := []string{"Le juge :", "1) A ;", "2) B ;", "3) C."}
	runGrammar(t, []grammarCase{
		{name: "deleted under a context", before: L, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le 2) est supprimé ;"}, want: []string{"Le juge :", "1) A ;", "2) (Abrogé) ;", "3) C."}},
		{name: "deleted", before: L, text: []string{"Le 2) de l'article L. 1 du code civil est supprimé."}, want: []string{"Le juge :", "1) A ;", "2) (Abrogé) ;", "3) C."}},
		{name: "words", before: L, text: []string{"Au 2) de l'article L. 1 du code civil, le mot « B » est remplacé par le mot « Z »."}, want: []string{"Le juge :", "1) A ;", "2) Z ;", "3) C."}},
		{name: "a list", before: L, text: []string{"Les 2) et 3) de l'article L. 1 du code civil sont supprimés."}, want: nil},
	})
}
