package law

import "testing"

// TestWrong87ItemOfSeveralAlineasRepealed: an item of several alinéas
// whose first ends with " ;", an item of its kind after it — "a) Au siège
// ;", "Le siège est public.", "b) …" — repealed is "a) (Abrogé) ;", its
// list going on (it took the period of its last alinéa: "a) (Abrogé)."),
// with all its alinéas; items that end with periods keep theirs.
func TestWrong87ItemOfSeveralAlineasRepealed(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "semicolons", before: []string{"Le juge est saisi :", "1° Par le maire :", "a) Au siège ;", "Le siège est public.", "b) En mairie ;", "2° Par le préfet."},
			text: []string{"Le a du 1° de l'article L. 1 du code civil est supprimé."},
			want: []string{"Le juge est saisi :", "1° Par le maire :", "a) (Abrogé) ;", "b) En mairie ;", "2° Par le préfet."}},
		{name: "periods", before: []string{"Le juge est saisi :", "1° Par le maire :", "a) Au siège.", "Le siège est public.", "b) En mairie.", "2° Par le préfet."},
			text: []string{"Le a du 1° de l'article L. 1 du code civil est supprimé."},
			want: []string{"Le juge est saisi :", "1° Par le maire :", "a) (Abrogé).", "b) En mairie.", "2° Par le préfet."}},
	})
}
