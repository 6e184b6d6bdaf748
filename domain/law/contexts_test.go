package law

import "testing"

// TestGrammarNestedContexts: "Le II … est ainsi modifié :" then "Au
// second alinéa, …" counts inside the II; a context inside a context; a
// repealed paragraph stays "II. - (Abrogé)" without the list's
// punctuation (an item keeps it: "2° (Abrogé) ;").
func TestGrammarNestedContexts(t *testing.T) {
	art := []string{"I. - Le maire agit.", "Il signe.", "II. - Le maire vote.", "Il publie."}
	runGrammar(t, []grammarCase{
		{name: "le II est ainsi modifié: au second alinéa", before: art,
			text: []string{"Le II de l'article L. 1 du code civil est ainsi modifié :", "1° Au second alinéa, le mot : « publie » est remplacé par le mot : « affiche » ;", "2° Au premier alinéa, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{"I. - Le maire agit.", "Il signe.", "II. - Le préfet vote.", "Il affiche."}},
		{name: "l'article est ainsi modifié: a) le I est ainsi modifié: - au premier alinéa", before: art,
			text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le I est ainsi modifié :", "a) Au second alinéa, le mot : « signe » est remplacé par le mot : « date » ;", "b) Il est ajouté un alinéa ainsi rédigé :", "« Il date. » ;", "2° Le II est abrogé."},
			want: []string{"I. - Le maire agit.", "Il date.", "Il date.", "II. - (Abrogé)"}},
	})
}
