package law

import "testing"

// TestAm8WordsOverAlineas: words lie inside one alinéa; new words quoted
// over several alinéas ("les mots :" / "« le code." / "« Le juge lit. »",
// each alinéa of the quotation opening its own mark, « or “) are refused —
// the alinéas were joined into the words, a stray "«" in the middle. A
// quotation inside the words, closed, is still read.
func TestAm8WordsOverAlineas(t *testing.T) {
	A := []string{"Le maire signe l'acte.", "Le juge lit le livre. Il signe la note.", "Le préfet vise la note."}
	runAmendments(t, []amCase{
		{"replaced: refused", A, "À l'alinéa 2, substituer aux mots : « la note » les mots :\n« le code.\n« Le juge lit. »", nil},
		{"inserted: refused", A, "À l'alinéa 2, après le mot : « note », insérer les mots :\n« et le code.\n« Le juge lit. »", nil},
		{"completed: refused", A, "Compléter l'alinéa 2 par les mots :\n« et le code.\n« Le juge lit. »", nil},
		{"the Sénat's lines: refused", A, "Alinéa 2\nRemplacer les mots :\nla note\npar les mots :\n« le code.\n« Le juge lit. »", nil},
		{"curly quotes: refused", A, "À l'alinéa 2, substituer aux mots : “la note” les mots :\n“le code.\n“Le juge lit.”", nil},
		{"a closed quotation in the words", A, "À l'alinéa 1, substituer aux mots : « l'acte » les mots : « le décret « dit » ».", []string{"Le maire signe le décret « dit ».", A[1], A[2]}},
		{"words on one line", A, "À l'alinéa 2, substituer aux mots : « la note » les mots :\n« le code »", []string{A[0], "Le juge lit le livre. Il signe le code.", A[2]}},
	})
}

// TestAm8EmptyNewWords: an empty quotation inserted or added ("insérer
// les mots : « »", "Compléter l'alinéa 1 par les mots : « »") is text
// lost: refused — nothing was inserted and the amendment counted applied.
// Words replaced by « » are deleted (TestGrammarAmendmentReplacedByNothing).
func TestAm8EmptyNewWords(t *testing.T) {
	A := []string{"Le maire signe l'acte et le plan.", "Le juge lit le livre."}
	runAmendments(t, []amCase{
		{"nothing inserted: refused", A, "À l'alinéa 1, après le mot : « acte », insérer les mots : « ».", nil},
		{"straight quotes: refused", A, "À l'alinéa 1, après le mot : « acte », insérer les mots : \"\".", nil},
		{"the Sénat's lines: refused", A, "Alinéa 1\nAprès le mot :\nacte\ninsérer les mots :\n« »", nil},
		{"completed by nothing: refused", A, "Compléter l'alinéa 1 par les mots : « ».", nil},
		{"replaced by nothing: deleted", A, "À l'alinéa 1, substituer aux mots : « l'acte et » les mots : « ».", []string{"Le maire signe le plan.", A[1]}},
	})
}
