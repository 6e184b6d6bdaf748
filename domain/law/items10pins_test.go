package law

import "testing"

// TestGrammarListPunctuationProbes: the brief's probes of a list's
// punctuation that the engine already reads so (pinned):
//   - "Le 3° devient le 4°" then a new 3° (rétabli, or inséré après le
//     2°): the new 3° between the 2° and the 4°, the 4° keeping the
//     period;
//   - a new last item after "2° B ; et", "3° C." (or "; ou"): the
//     conjunction moves to the old last item ("3° C ; et", "4° D.");
//   - a 2° bis (2° bis and 2° ter) after a 2° with sub-items: after its
//     a) and b), not amid them;
//   - the last dash deleted: the one before it takes the period, the
//     closing alinéa stays.
func TestGrammarListPunctuationProbes(t *testing.T) {
	A := []string{"Sont membres :", "1° A ;", "2° B ;", "3° C.", "Le président est élu."}
	E := []string{"Sont membres :", "1° A ;", "2° B ; et", "3° C.", "Le président est élu."}
	O := []string{"Sont membres :", "1° A ;", "2° B ; ou", "3° C."}
	S := []string{"Sont membres :", "1° A ;", "2° B :", "a) B1 ;", "b) B2 ;", "3° C."}
	D := []string{"Sont membres :", "- A ;", "- B ;", "- C.", "Le président est élu."}
	L := " de l'article L. 1 du code civil"
	M := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "le 3° devient le 4°, un 3° rétabli", before: A, text: []string{M, "1° Le 3° devient le 4° ;", "2° Il est rétabli un 3° ainsi rédigé :", "« 3° D ; »."}, want: []string{A[0], A[1], A[2], "3° D ;", "4° C.", A[4]}},
		{name: "le 3° devient le 4°, un 3° inséré après le 2°", before: A, text: []string{M, "1° Le 3° devient le 4° ;", "2° Après le 2°, il est inséré un 3° ainsi rédigé :", "« 3° D ; »."}, want: []string{A[0], A[1], A[2], "3° D ;", "4° C.", A[4]}},
		{name: "a new last item after ; et", before: E, text: []string{"Après le 3°" + L + ", il est inséré un 4° ainsi rédigé :", "« 4° D. »"}, want: []string{E[0], E[1], "2° B ;", "3° C ; et", "4° D.", E[4]}},
		{name: "a new last item after ; ou", before: O, text: []string{"L'article L. 1 du code civil est complété par un 4° ainsi rédigé :", "« 4° D. »"}, want: []string{O[0], O[1], "2° B ;", "3° C ; ou", "4° D."}},
		{name: "a 2° bis after the 2°'s sub-items", before: S, text: []string{"Après le 2°" + L + ", il est inséré un 2° bis ainsi rédigé :", "« 2° bis D ; »"}, want: []string{S[0], S[1], S[2], S[3], S[4], "2° bis D ;", S[5]}},
		{name: "des 2° bis et 2° ter after the 2°'s sub-items", before: S, text: []string{"Après le 2°" + L + ", sont insérés des 2° bis et 2° ter ainsi rédigés :", "« 2° bis D ;", "« 2° ter E ; »"}, want: []string{S[0], S[1], S[2], S[3], S[4], "2° bis D ;", "2° ter E ;", S[5]}},
		{name: "the last dash deleted", before: D, text: []string{"Le troisième tiret" + L + " est supprimé."}, want: []string{D[0], D[1], "- B.", D[4]}},
		{name: "a dash deleted amid the list", before: D, text: []string{"Le deuxième tiret" + L + " est supprimé."}, want: []string{D[0], D[1], D[3], D[4]}},
	})
}
