package law

import "testing"

// TestGrammarSpellingVariants: quoted words found in the text in its other
// typographic forms.
func TestGrammarSpellingVariants(t *testing.T) {
	runAmendments(t, []amCase{
		{"an apostrophe in the other form", []string{"L’autorité agit."}, "À l'alinéa 1, substituer aux mots : « L'autorité » les mots : « Le préfet ».", []string{"Le préfet agit."}},
		{"coeur and cœur", []string{"Le cœur du texte."}, "À l'alinéa 1, substituer au mot : « coeur » le mot : « centre ».", []string{"Le centre du texte."}},
		{"5% and 5 %", []string{"Le taux est de 5 %."}, "À l'alinéa 1, substituer aux mots : « 5% » les mots : « 6 % ».", []string{"Le taux est de 6 %."}},
		{"nº (ordinal indicator) and n° (degree)", []string{"La loi n° 2000-1 s'applique."}, "À l'alinéa 1, substituer aux mots : « loi nº 2000-1 » les mots : « loi n° 2001-2 ».", []string{"La loi n° 2001-2 s'applique."}},
		{"a superscript ordinal", []string{"Le 1er janvier 2020."}, "À l'alinéa 1, substituer aux mots : « 1<sup>er</sup> janvier 2020 » les mots : « 1er juillet 2020 ».", []string{"Le 1er juillet 2020."}},
		{"a non-breaking hyphen", []string{"Les articles L. 1-2 et L. 1-3."}, "À l'alinéa 1, substituer aux mots : « L. 1‑2 » les mots : « L. 1-4 ».", []string{"Les articles L. 1-4 et L. 1-3."}},
		{"dashes in the other form", []string{"Le maire – seul – agit."}, "À l'alinéa 1, supprimer les mots : « - seul - ».", []string{"Le maire agit."}},
		{"quoted words in the other quotation marks; the new words as written", []string{"Le « contrat » est signé."}, "À l'alinéa 1, substituer aux mots : « \"contrat\" » les mots : « \"bail\" ».", []string{"Le \"bail\" est signé."}},
	})
}
