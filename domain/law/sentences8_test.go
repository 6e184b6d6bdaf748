package law

import "testing"

// TestGrammarItemKeepsItsSemicolon: an item of a list keeps the semicolon
// that closes it when its last sentence is rewritten or deleted, as it
// does when a sentence is added after it (appendSentence): "1° Agit. Il
// décide ;" without its last sentence is "1° Agit ;"; a sentence before
// the last changes nothing at its end.
func TestGrammarItemKeepsItsSemicolon(t *testing.T) {
	I := []string{"Le maire :", "1° Agit. Il décide ;", "2° Publie."}
	L := " du 1° de l'article L. 1 du code civil"
	runGrammar(t, []grammarCase{
		{name: "the last sentence deleted", before: I, text: []string{"La seconde phrase" + L + " est supprimée."}, want: []string{I[0], "1° Agit ;", I[2]}},
		{name: "the last sentence rewritten", before: I, text: []string{"La seconde phrase" + L + " est ainsi rédigée : « Il statue. »"}, want: []string{I[0], "1° Agit. Il statue ;", I[2]}},
		{name: "the first sentence rewritten", before: I, text: []string{"La première phrase" + L + " est ainsi rédigée : « Statue. »"}, want: []string{I[0], "1° Statue. Il décide ;", I[2]}},
		{name: "the first sentence deleted", before: I, text: []string{"La première phrase" + L + " est supprimée."}, want: []string{I[0], "1° Il décide ;", I[2]}},
		{name: "an alinéa ending with a period is left so", before: []string{"Il agit. Il décide."}, text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."}, want: []string{"Il agit."}},
	})
	runAmendments(t, []amCase{
		{"amendment: supprimer la dernière phrase", []string{"I. – Le code est ainsi modifié :", "1° Il agit. Il décide ;", "2° Il publie."}, "Supprimer la dernière phrase de l'alinéa 2.", []string{"I. – Le code est ainsi modifié :", "1° Il agit ;", "2° Il publie."}},
	})
}
