package law

import "testing"

// TestGrammarItemPunctuation: an item that closes with a semicolon keeps
// it last when a sentence or words complete it.
func TestGrammarItemPunctuation(t *testing.T) {
	bill := []string{"I. - Le code est ainsi modifié :", "1° Le juge tranche ;", "2° Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"Compléter l'alinéa 2 par une phrase: the item keeps its semicolon last", bill, "Compléter l'alinéa 2 par une phrase ainsi rédigée :\n\n« Il motive. »", []string{bill[0], "1° Le juge tranche. Il motive ;", bill[2]}},
		{"Compléter l'alinéa 2 par les mots: before the semicolon", bill, "Compléter l'alinéa 2 par les mots : « seul »", []string{bill[0], "1° Le juge tranche seul ;", bill[2]}},
		{"an item inserted after another", bill, "Après l'alinéa 2, insérer un alinéa ainsi rédigé :\n\n« 1° bis Le greffier note ; »", []string{bill[0], bill[1], "1° bis Le greffier note ;", bill[2]}},
		{"a new last item: the former last takes a semicolon", bill, "Compléter cet article par un alinéa ainsi rédigé :\n\n« 3° Le maire signe. »", []string{bill[0], bill[1], "2° Le préfet contrôle ;", "3° Le maire signe."}},
	})
	runGrammar(t, []grammarCase{
		{name: "le 1° complété par une phrase: its semicolon last", before: []string{"1° Le juge tranche ;", "2° B."}, text: []string{"Le 1° de l'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il motive. »"}, want: []string{"1° Le juge tranche. Il motive ;", "2° B."}},
		{name: "words completing an alinéa that ends with a colon go before it", before: []string{"Le maire peut :", "1° Agir ;", "2° Signer."}, text: []string{"Le premier alinéa de l'article L. 1 du code civil est complété par les mots : « seul »."}, want: []string{"Le maire peut seul :", "1° Agir ;", "2° Signer."}},
	})
}
