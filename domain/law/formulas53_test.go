package law

import "testing"

// TestGrammarBill5PlaceInsideTheVerb: quoted words replaced with their
// place said inside the verb phrase — "Les mots : « A » sont remplacés,
// à l'article L. 1, par les mots : « B »", "… sont, au second alinéa de
// l'article L. 1, remplacés par …", "… est remplacé, au II, par …" — is
// "À l'article L. 1, les mots : « A » sont remplacés par …" (it was
// refused); "à chaque occurrence" there names no place.
func TestGrammarBill5PlaceInsideTheVerb(t *testing.T) {
	A := []string{"I. – Le maire signe.", "Le maire vise.", "II. – Le maire note."}
	runGrammar(t, []grammarCase{
		{name: "an article", before: A, text: []string{"Les mots : « Le maire » sont remplacés, à l'article L. 1 du code civil, par les mots : « Le préfet »."}, want: []string{"I. – Le préfet signe.", "Le préfet vise.", "II. – Le préfet note."}},
		{name: "after the auxiliary", before: A, text: []string{"Les mots : « Le maire » sont, au deuxième alinéa de l'article L. 1 du code civil, remplacés par les mots : « Le préfet »."}, want: []string{A[0], "Le préfet vise.", A[2]}},
		{name: "an item under a context", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le mot : « maire » est remplacé, au II, par le mot : « préfet »."}, want: []string{A[0], A[1], "II. – Le préfet note."}},
		{name: "à chaque occurrence", before: A, text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé, à chaque occurrence, par le mot : « préfet »."}, want: []string{"I. – Le préfet signe.", "Le préfet vise.", "II. – Le préfet note."}},
		{name: "a place before too: refused", before: A, text: []string{"Au I de l'article L. 1 du code civil, le mot : « maire » est remplacé, au II, par le mot : « préfet »."}},
	})
}

// TestGrammarBill5DeletedVerbFirstPlaceBetween: "Sont supprimés, au
// premier alinéa de l'article L. 1, les mots : « A »." (the verb first,
// the place between commas) is "Au premier alinéa …, les mots : « A »
// sont supprimés." (it was refused).
func TestGrammarBill5DeletedVerbFirstPlaceBetween(t *testing.T) {
	A := []string{"Le maire signe le registre.", "Le juge tranche le litige sans délai."}
	runGrammar(t, []grammarCase{
		{name: "an alinéa", before: A, text: []string{"Sont supprimés, au premier alinéa de l'article L. 1 du code civil, les mots : « le registre »."}, want: []string{"Le maire signe.", A[1]}},
		{name: "under a context", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Sont supprimés, au second alinéa, les mots : « sans délai » ;", "2° Le premier alinéa est supprimé."}, want: []string{"Le juge tranche le litige."}},
	})
}
