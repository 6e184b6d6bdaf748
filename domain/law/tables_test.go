package law

import "testing"

// TestGrammarUnreadParts: a table's lines and columns, "le paragraphe 2",
// annexes are parts of an article no path names: refused (they widened to
// the whole article).
func TestGrammarUnreadParts(t *testing.T) {
	T := []string{"Le tarif est fixé ainsi :", "| Catégorie | Montant |", "| A | 100 € |", "| B | 100 € |"}
	runGrammar(t, []grammarCase{
		{name: "à la deuxième ligne du tableau", before: T, text: []string{"À la deuxième ligne du tableau du second alinéa de l'article L. 1 du code civil, le montant : « 100 € » est remplacé par le montant : « 200 € »."}},
		{name: "à la seconde colonne du tableau", before: T, text: []string{"À la seconde colonne du tableau de l'article L. 1 du code civil, le montant : « 100 € » est remplacé par le montant : « 200 € »."}},
		{name: "dans le tableau", before: T, text: []string{"Dans le tableau de l'article L. 1 du code civil, à la ligne B, le montant : « 100 € » est remplacé par le montant : « 200 € »."}},
		{name: "au paragraphe 2", before: T, text: []string{"Au paragraphe 2 de l'article L. 1 du code civil, le montant : « 100 € » est remplacé par le montant : « 200 € »."}},
		{name: "au sous-paragraphe", before: T, text: []string{"Au b du sous-paragraphe 2 de l'article L. 1 du code civil, le montant : « 100 € » est remplacé par le montant : « 200 € »."}},
		{name: "après la trente et unième ligne du tableau annexé", before: T, text: []string{"Après la deuxième ligne du tableau annexé à l'article L. 1 du code civil, est insérée une ligne ainsi rédigée :", "« | C | 300 € | »"}},
	})
}

// TestGrammarParagrapheOfACode: "Le paragraphe 2 de la sous-section 1 …"
// is a division of a code, not a part of an article: still read.
func TestGrammarParagrapheOfACode(t *testing.T) {
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Le paragraphe 2 de la sous-section 1 de la section 3 du chapitre II du titre Ier du livre Ier du code civil est complété par un article L. 9-1 ainsi rédigé :", "« Art. L. 9-1. – Le juge tranche. »"}}})
	if len(ins) != 1 || ins[0].Status != Parsed || len(ins[0].Edits) != 1 || ins[0].Edits[0].Kind != EditCreateArticles {
		t.Fatalf("got %+v", ins)
	}
}
