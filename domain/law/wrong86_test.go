package law

import "testing"

// TestWrong86SubjectBetweenWordOperations: a second word operation with a
// division of its own as its subject — "Le 2° est complété par les mots :
// « A » et le 3° est complété par les mots : « B »", "… et le dernier
// alinéa est complété …" — edits that division, as "et au 3°, …" does
// (both went to the first place: "2° deux trois et six et sept"); a
// subject in a form not read ("et les 3° et 4° sont complétés …") is
// refused. Word operations of one place joined so are read together as
// before.
func TestWrong86SubjectBetweenWordOperations(t *testing.T) {
	I := []string{"Sont :", "1° un ;", "2° deux trois ;", "3° quatre deux ;", "4° cinq."}
	runGrammar(t, []grammarCase{
		{name: "le 3°", before: I, text: []string{"Le 2° de l'article L. 1 du code civil est complété par les mots : « et six » et le 3° est complété par les mots : « et sept »."},
			want: []string{"Sont :", "1° un ;", "2° deux trois et six ;", "3° quatre deux et sept ;", "4° cinq."}},
		{name: "after a locator", before: I, text: []string{"Au 2° de l'article L. 1 du code civil, le mot : « deux » est remplacé par le mot : « DEUX » et le 3° est complété par les mots : « et sept »."},
			want: []string{"Sont :", "1° un ;", "2° DEUX trois ;", "3° quatre deux et sept ;", "4° cinq."}},
		{name: "le dernier alinéa", before: []string{"Le juge signe.", "Le juge tranche.", "Le juge note."}, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « en personne » et le dernier alinéa est complété par les mots : « vite »."},
			want: []string{"Le juge signe en personne.", "Le juge tranche.", "Le juge note vite."}},
		{name: "a list of items: refused", before: I, text: []string{"Le 2° de l'article L. 1 du code civil est complété par les mots : « et six » et les 3° et 4° sont complétés par les mots : « et sept »."}},
		{name: "the same place", before: I, text: []string{"Le 2° de l'article L. 1 du code civil est complété par les mots : « et six » et le mot : « trois » est supprimé."},
			want: []string{"Sont :", "1° un ;", "2° deux et six ;", "3° quatre deux ;", "4° cinq."}},
	})
}
