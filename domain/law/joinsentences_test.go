package law

import "testing"

// TestJoinSentencesLowersNext: a sentence's period replaced by a
// semicolon or a comma joins it to the next sentence, whose first word,
// a function word, loses its capital ("Il signe ; il date."); a noun
// keeps it, and a period put in place of one keeps the next capital.
func TestJoinSentencesLowersNext(t *testing.T) {
	art := []string{"Le maire signe. Il date le bail. Le juge vise.", "Le juge vise."}
	grp := func(item string) []string {
		return []string{"L'article L. 1 du code civil est ainsi modifié :", item}
	}
	runGrammar(t, []grammarCase{
		{name: "the period by a semicolon", before: art,
			text: grp("1° À la première phrase du premier alinéa, le signe : « . » est remplacé par le signe : « ; » ;"),
			want: []string{"Le maire signe ; il date le bail. Le juge vise.", "Le juge vise."}},
		{name: "the period by a comma, in words", before: art,
			text: grp("1° À la fin de la première phrase du premier alinéa, le point est remplacé par une virgule ;"),
			want: []string{"Le maire signe, il date le bail. Le juge vise.", "Le juge vise."}},
		{name: "the second sentence's period", before: art,
			text: grp("1° À la deuxième phrase du premier alinéa, le signe : « . » est remplacé par le signe : « ; » ;"),
			want: []string{"Le maire signe. Il date le bail ; le juge vise.", "Le juge vise."}},
		{name: "a noun keeps its capital", before: []string{"Le maire signe. État et communes datent."},
			text: grp("1° À la première phrase du premier alinéa, le signe : « . » est remplacé par le signe : « ; » ;"),
			want: []string{"Le maire signe ; État et communes datent."}},
		{name: "words with the period, in the alinéa", before: art,
			text: grp("1° Au premier alinéa, les mots : « signe. » sont remplacés par les mots : « signe et date ; » ;"),
			want: []string{"Le maire signe et date ; il date le bail. Le juge vise.", "Le juge vise."}},
		{name: "the period by words ending with one: the next capital kept", before: art,
			text: grp("1° À la deuxième phrase du premier alinéa, le point final est remplacé par les mots : « et le juge vise. » ;"),
			want: []string{"Le maire signe. Il date le bail et le juge vise. Le juge vise.", "Le juge vise."}},
		{name: "the last sentence: nothing after", before: []string{"Le maire signe. Il date."},
			text: grp("1° À la dernière phrase du premier alinéa, le signe : « . » est remplacé par le signe : « ; » ;"),
			want: []string{"Le maire signe. Il date ;"}},
	})
	runAmendments(t, []amCase{
		{"amendment: the period by a semicolon", art,
			"À l'alinéa 1, première phrase, remplacer le point par un point-virgule.",
			[]string{"Le maire signe ; il date le bail. Le juge vise.", "Le juge vise."}},
		{"amendment: substituer une virgule", art,
			"À la première phrase de l'alinéa 1, substituer au signe : « . » le signe : « , ».",
			[]string{"Le maire signe, il date le bail. Le juge vise.", "Le juge vise."}},
	})
}
