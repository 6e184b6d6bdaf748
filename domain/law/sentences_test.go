package law

import "testing"

// TestGrammarSentenceEnds: where sentences end — not after "L.", "M.",
// "etc.", "art.", "C. E.", a number, nor inside a quotation ("la mention
// « Lu. Approuvé. »").
func TestGrammarSentenceEnds(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "L. in a sentence is not its end", before: []string{"En application de l'article L. 2, le maire agit. Il signe."},
			text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."},
			want: []string{"En application de l'article L. 2, le maire agit."}},
		{name: "M. le maire", before: []string{"M. le maire agit. Il signe."},
			text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."},
			want: []string{"M. le maire agit."}},
		{name: "etc. mid sentence", before: []string{"Les meubles, immeubles, etc. sont exclus. Il signe."},
			text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."},
			want: []string{"Les meubles, immeubles, etc. sont exclus."}},
		{name: "a quoted sentence inside", before: []string{"Il porte la mention « Lu. Approuvé. » écrite. Il signe."},
			text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."},
			want: []string{"Il porte la mention « Lu. Approuvé. » écrite."}},
		{name: "n° and dates", before: []string{"Selon la loi n° 2000-1 du 1er janvier 2000. Il signe."},
			text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."},
			want: []string{"Selon la loi n° 2000-1 du 1er janvier 2000."}},
		{name: "a sentence ending with a question or exclamation is rare; colon list", before: []string{"Il est prévu : un contrat. Il signe."},
			text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."},
			want: []string{"Il est prévu : un contrat."}},
		{name: "art. abbreviation", before: []string{"Selon l'art. 2 du décret, le maire agit. Il signe."},
			text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."},
			want: []string{"Selon l'art. 2 du décret, le maire agit."}},
		{name: "C.E.", before: []string{"Selon le C. E. le maire agit. Il signe."},
			text: []string{"La seconde phrase de l'article L. 1 du code civil est supprimée."},
			want: []string{"Selon le C. E. le maire agit."}},
	})
}
