package law

import "testing"

// TestGrammarRelabelAfterDeletion: "Le 2° est supprimé" then "Les 3° et 4°
// deviennent respectivement les 2° et 3°": the "(Abrogé)" placeholder the
// deletion left goes (the list held two 2°); the same in one alinéa (a
// deletion and a renumbering joined by "et": two clauses) too.
func TestGrammarRelabelAfterDeletion(t *testing.T) {
	L := []string{"Il agit :", "1° Seul ;", "2° Avec le préfet ;", "3° Avec le juge ;", "4° Toujours."}
	runGrammar(t, []grammarCase{
		{name: "le 2° est abrogé et les 3° et 4° deviennent les 2° et 3°", before: L, text: []string{"À l'article L. 1 du code civil, le 2° est abrogé et les 3° et 4° deviennent les 2° et 3°."}, want: []string{"Il agit :", "1° Seul ;", "2° Avec le juge ;", "3° Toujours."}},
		{name: "context: 1° Le 2° est abrogé ; 2° Les 3° et 4° deviennent les 2° et 3°", before: L, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le 2° est supprimé ;", "2° Les 3° et 4° deviennent respectivement les 2° et 3°."}, want: []string{"Il agit :", "1° Seul ;", "2° Avec le juge ;", "3° Toujours."}},
	})
}
