package law

import "testing"

// TestGrammarTypography: the typographic variants of the sources —
// non-breaking spaces and hyphens, curly apostrophes, “ ” and nested « »,
// HTML character references, "Art. L. 1. –" with an en dash, "L.O." —
// read as their plain forms, and words joined without gluing them.
func TestGrammarTypography(t *testing.T) {
	runGrammar(t, []grammarCase{

		{name: "HTML character references", before: []string{"Le maire agit."},
			text: []string{"À l&#8217;article L. 1 du code civil, le mot : &laquo;&nbsp;maire&nbsp;&raquo; est remplacé par les mots : &laquo;&nbsp;pr&eacute;fet &amp; maire&nbsp;&raquo;."},
			want: []string{"Le préfet & maire agit."}},
		{name: "curly apostrophes in locator and words", before: []string{"L'État agit."},
			text: []string{"À l’article L. 1 du code civil, les mots : « L’État » sont remplacés par les mots : « Le préfet »."},
			want: []string{"Le préfet agit."}},
		{name: "nested quotes in new text", before: []string{"Le contrat est écrit."},
			text: []string{"L'article L. 1 du code civil est complété par un alinéa ainsi rédigé :", "« Il porte la mention « lu et approuvé ». »"},
			want: []string{"Le contrat est écrit.", "Il porte la mention « lu et approuvé »."}},
		{name: "quote marks “ ”", before: []string{"Le maire agit."},
			text: []string{"À l'article L. 1 du code civil, le mot : “maire” est remplacé par le mot : “préfet”."},
			want: []string{"Le préfet agit."}},
		{name: "deleting words leaves no double space", before: []string{"Le maire seul agit."},
			text: []string{"À l'article L. 1 du code civil, le mot : « seul » est supprimé."},
			want: []string{"Le maire agit."}},
		{name: "words before a comma", before: []string{"Le maire, seul, agit."},
			text: []string{"À l'article L. 1 du code civil, les mots : « , seul, » sont remplacés par le mot : « seul »."},
			want: []string{"Le maire seul agit."}},
		{name: "inserting after words at the end of a sentence", before: []string{"Le maire agit."},
			text: []string{"À l'article L. 1 du code civil, après le mot : « agit », sont insérés les mots : « seul »."},
			want: []string{"Le maire agit seul."}},
		{name: "NBSP before the colon and inside", before: []string{"Le maire agit."},
			text: []string{"À l'article L.\u00a01 du code civil, le mot\u00a0: «\u00a0maire\u00a0» est remplacé par le mot\u00a0: «\u00a0préfet\u00a0»."},
			want: []string{"Le préfet agit."}},
		{name: "narrow NBSP", before: []string{"Le maire agit."},
			text: []string{"À l'article L.\u202f1 du code civil, le mot\u202f: «\u202fmaire\u202f» est remplacé par le mot\u202f: «\u202fpréfet\u202f»."},
			want: []string{"Le préfet agit."}},
		{name: "Art. with en dash", before: []string{"(Abrogé)"},
			text: []string{"L'article L. 1 du code civil est ainsi rétabli :", "« Art. L. 1. – Le contrat est écrit. »"},
			want: []string{"Le contrat est écrit."}},
		{name: "words replacing words glued to a comma get their space", before: []string{"Le maire,seul agit."},
			text: []string{"À l'article L. 1 du code civil, les mots : « maire, » sont remplacés par le mot : « préfet »."},
			want: []string{"Le préfet seul agit."}},
	})
}

func TestGrammarArticleNumberSpellings(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"À l'article L.O. 135 du code électoral, le mot : « maire » est remplacé par le mot : « préfet ».", "lo135"},
		{"À l'article L. O. 135 du code électoral, le mot : « maire » est remplacé par le mot : « préfet ».", "lo135"},
		{"À l'article LO 135 du code électoral, le mot : « maire » est remplacé par le mot : « préfet ».", "lo135"},
		{"À l'article L.\u00a0331\u20115 du code civil, le mot : « maire » est remplacé par le mot : « préfet ».", "l331-5"},
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{tc.text}}})
		if len(ins) != 1 || ins[0].Status != Parsed || ins[0].Edits[0].Scope.Ref.Article != tc.want {
			t.Errorf("%s: %+v, want article %s", tc.text, ins, tc.want)
		}
	}
}
