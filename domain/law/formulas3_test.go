package law

import "testing"

// TestGrammarFormulasOlderAndInverted: forms of older laws ("remplacé
// par les dispositions suivantes", "Dans le premier alinéa"), the verb
// first ("Il est inséré, après l'article L. 1, un article …"), a sentence
// inside an alinéa named by two locators, and words and a sentence added
// together.
func TestGrammarFormulasOlderAndInverted(t *testing.T) {
	A := "L'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "au premier alinéa, à la seconde phrase: that alinéa's sentence, not two places", before: []string{"Le maire agit. Le maire signe.", "Le maire vote."},
			text: []string{A + " est ainsi modifié :", "1° Au premier alinéa, à la seconde phrase, le mot : « maire » est remplacé par le mot : « préfet » ;"},
			want: []string{"Le maire agit. Le préfet signe.", "Le maire vote."}},
		{name: "remplacé par les dispositions suivantes", before: []string{"A.", "B.", "C."},
			text: []string{"Le troisième alinéa de l'article L. 1 du code civil est remplacé par les dispositions suivantes :", "« D. »"},
			want: []string{"A.", "B.", "D."}},
		{name: "article remplacé par les dispositions suivantes", before: []string{"A.", "B."},
			text: []string{A + " est remplacé par les dispositions suivantes :", "« Art. L. 1. - C. »"},
			want: []string{"C."}},
		{name: "il est inséré, après l'article, un article", before: []string{"A."},
			text: []string{"Il est inséré, après l'article L. 1 du code civil, un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. - B. »"},
			want: []string{"A."}},
		{name: "il est ajouté, à la fin de l'article, un alinéa", before: []string{"A."},
			text: []string{"Il est ajouté, à la fin de l'article L. 1 du code civil, un alinéa ainsi rédigé :", "« B. »"},
			want: []string{"A.", "B."}},
		{name: "dans le premier alinéa", before: []string{"Le maire agit.", "B."},
			text: []string{"Dans le premier alinéa de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{"Le préfet agit.", "B."}},
		{name: "dans l'ensemble du code: every article of it that has the words", before: []string{"Le maire agit."},
			text: []string{"Dans l'ensemble du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{"Le préfet agit."}},
		{name: "l'article est complété par un alinéa inline", before: []string{"A."},
			text: []string{A + " est complété par un alinéa ainsi rédigé : « B. »"},
			want: []string{"A.", "B."}},
		{name: "le premier alinéa est complété par les mots et par une phrase (the sentence was silently dropped)", before: []string{"Le maire agit.", "B."},
			text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « seul » et par une phrase ainsi rédigée : « Il signe. »"},
			want: []string{"Le maire agit seul. Il signe.", "B."}},
		{name: "après le premier alinéa de l'article, il est inséré un alinéa (inverted)", before: []string{"A.", "C."},
			text: []string{"Il est inséré, après le premier alinéa de l'article L. 1 du code civil, un alinéa ainsi rédigé :", "« B. »"},
			want: []string{"A.", "B.", "C."}},
		{name: "les mots remplacés par les mots in two places (première et dernière phrases)", before: []string{"Le maire agit. Il signe. Le maire vote."},
			text: []string{"Aux première et dernière phrases de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{"Le préfet agit. Il signe. Le préfet vote."}},
	})
}

func TestGrammarPartNotRead(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "words and then something not read: refused, never half applied", before: []string{"Le maire agit."},
			text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet » et il est inséré un alinéa ainsi rédigé : « B. »"},
			want: nil},
		{name: "quoted words between two word operations that neither reads: refused", before: []string{"Le maire agit vite."},
			text: []string{"À l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet », les mots : « agit » ou « vite » et le mot : « agit » est remplacé par le mot : « décide »."},
			want: nil},
	})
}
