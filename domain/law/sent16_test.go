package law

import "testing"

// TestSent16Readings: an ellipsis before a capital no sentence opens
// with ("Il hésite… Paris le tente."), an article's heading after a
// sentence's mark ("Il signe. Art. 5. Il date."), a number before a
// lower-case word ("Il signe. 1. il date.") and "ex." or "Cie." before a
// capital ("la Cie. Durand") leave a boundary open: a rank, an insertion
// after a rank or "la fin de la phrase" whose sentence the readings place
// apart is refused; one they agree on is read.
func TestSent16Readings(t *testing.T) {
	after := func(rank string) []string {
		return []string{"Après la " + rank + " phrase de l'article L. 1 du code civil, est insérée une phrase ainsi rédigée : « Il lit. »"}
	}
	end := func(w string) []string {
		return []string{"À l'article L. 1 du code civil, après le mot : « " + w + " », la fin de la phrase est supprimée."}
	}
	const ell, art, low, cie, ex = "Il hésite… Paris le tente. Il part.", "Il signe. Art. 5. Il date.", "Il signe. 1. il date.", "Il paie la Cie. Durand. Il part.", "Il cite, ex. Durand, un nom. Il part."
	runGrammar(t, []grammarCase{
		{name: "ellipsis, first", before: []string{ell}, text: delSentence("première")},
		{name: "ellipsis, inserted after the second", before: []string{ell}, text: after("deuxième")},
		{name: "ellipsis, the end after a word", before: []string{ell}, text: end("hésite")},
		{name: "ellipsis, two last", before: []string{ell}, text: []string{"Les deux dernières phrases de l'article L. 1 du code civil sont supprimées."}},
		{name: "ellipsis, last read", before: []string{ell}, text: delSentence("dernière"), want: []string{"Il hésite… Paris le tente."}},
		{name: "ellipsis before Il read", before: []string{"Il hésite… Il tente. Il part."}, text: delSentence("première"), want: []string{"Il tente. Il part."}},
		{name: "article heading, last", before: []string{art}, text: delSentence("dernière")},
		{name: "article heading, inserted after the second", before: []string{art}, text: after("deuxième")},
		{name: "article heading, first read", before: []string{art}, text: delSentence("première"), want: []string{"Art. 5. Il date."}},
		{name: "article heading, inserted after the first read", before: []string{art}, text: after("première"), want: []string{"Il signe. Il lit. Art. 5. Il date."}},
		{name: "cf. Art. 5. read", before: []string{"Il vise, cf. Art. 5. Il date."}, text: delSentence("dernière"), want: []string{"Il vise, cf. Art. 5."}},
		{name: "lower case after a number, the end", before: []string{low}, text: end("signe")},
		{name: "lower case after a number, inserted after the first", before: []string{low}, text: after("première")},
		{name: "lower case after l'art. 1. read", before: []string{"Il vise l'art. 1. il part. Il date."}, text: delSentence("dernière"), want: []string{"Il vise l'art. 1. il part."}},
		{name: "Cie., first", before: []string{cie}, text: delSentence("première")},
		{name: "Cie., the end", before: []string{cie}, text: end("paie")},
		{name: "Cie., last read", before: []string{cie}, text: delSentence("dernière"), want: []string{"Il paie la Cie. Durand."}},
		{name: "Cie. before Il read", before: []string{"Il paie la Cie. Il part."}, text: delSentence("dernière"), want: []string{"Il paie la Cie."}},
		{name: "ex., second", before: []string{ex}, text: delSentence("deuxième")},
		{name: "ex., the end", before: []string{ex}, text: end("cite")},
	})
}

// TestSent16Amendments: the same readings in amendments.
func TestSent16Amendments(t *testing.T) {
	runAmendments(t, []amCase{
		{"ellipsis", []string{"I. – Il lit.", "Il hésite… Paris le tente. Il part."}, "Supprimer la première phrase de l'alinéa 2.", nil},
		{"article heading", []string{"I. – Il lit.", "Il signe. Art. 5. Il date."}, "Supprimer la dernière phrase de l'alinéa 2.", nil},
		{"lower case after a number", []string{"I. – Il lit.", "Il signe. 1. il date."}, "Alinéa 2, première phrase\nSupprimer cette phrase.", nil},
		{"Cie.", []string{"I. – Il lit.", "Il paie la Cie. Durand. Il part."}, "Supprimer la deuxième phrase de l'alinéa 2.", nil},
		{"Cie., last read", []string{"I. – Il lit.", "Il paie la Cie. Durand. Il part."}, "Supprimer la dernière phrase de l'alinéa 2.", []string{"I. – Il lit.", "Il paie la Cie. Durand."}},
	})
}
