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

// TestAm8SentencesInOneAlinea: sentences lie inside one alinéa; new
// sentences on several alinéas ("Compléter l'alinéa 2 par une phrase ainsi
// rédigée :" / "« Il dort. »" / "« Il lit. »", "deux phrases" quoted over
// two alinéas, a sentence rewritten by two alinéas, the Sénat's unquoted
// lines) are refused — the second alinéa was joined to the first as a
// sentence, where a new alinéa may have been meant. Sentences on one line
// stay read.
func TestAm8SentencesInOneAlinea(t *testing.T) {
	A := []string{"Le maire signe l'acte.", "Le juge lit le livre. Il signe la note.", "Le préfet vise la note."}
	runAmendments(t, []amCase{
		{"completed, two quotations: refused", A, "Compléter l'alinéa 2 par une phrase ainsi rédigée :\n« Il dort. »\n« Il lit. »", nil},
		{"two sentences over two alinéas: refused", A, "Compléter l'alinéa 2 par deux phrases ainsi rédigées :\n« Il dort.\n« Il lit. »", nil},
		{"the Sénat's lines: refused", A, "Alinéa 2\nCompléter cet alinéa par deux phrases ainsi rédigées :\nIl dort.\nIl lit.", nil},
		{"inserted after a sentence: refused", A, "À l'alinéa 2, après la première phrase, insérer une phrase ainsi rédigée :\n« Il dort. »\n« Il lit. »", nil},
		{"at the start: refused", A, "Au début de l'alinéa 2, insérer une phrase ainsi rédigée :\n« Il dort. »\n« Il lit. »", nil},
		{"a sentence rewritten by two alinéas: refused", A, "À l'alinéa 2, rédiger ainsi la seconde phrase :\n« Il dort.\n« Il lit. »", nil},
		{"the Sénat's sentence rewritten by two lines: refused", A, "Alinéa 2, seconde phrase\nRédiger ainsi cette phrase :\nIl dort.\nIl lit.", nil},
		{"two sentences on one line", A, "Compléter l'alinéa 2 par deux phrases ainsi rédigées : « Il dort. Il lit. »", []string{A[0], "Le juge lit le livre. Il signe la note. Il dort. Il lit.", A[2]}},
		{"one sentence inserted", A, "À l'alinéa 2, après la première phrase, insérer une phrase ainsi rédigée : « Il dort. »", []string{A[0], "Le juge lit le livre. Il dort. Il signe la note.", A[2]}},
		{"one sentence rewritten", A, "Alinéa 2, seconde phrase\nRédiger ainsi cette phrase :\nIl dort.", []string{A[0], "Le juge lit le livre. Il dort.", A[2]}},
	})
}

// TestAm8SentenceBetweenAlineas: a sentence announced where the place is
// between two alinéas ("Après l'alinéa 2, insérer une phrase ainsi rédigée
// : « Il dort. »", the Sénat's "Après l'alinéa 2" / "Insérer une phrase
// …", "Après cet alinéa", "Après le dernier alinéa") is refused: which
// alinéa it joins is not said (a new alinéa was made of it). A sentence at
// the end or the start of an alinéa, and an alinéa after one, stay read.
func TestAm8SentenceBetweenAlineas(t *testing.T) {
	A := []string{"Le maire signe l'acte.", "Le juge lit le livre.", "Le préfet vise la note."}
	runAmendments(t, []amCase{
		{"after the alinéa 2: refused", A, "Après l'alinéa 2, insérer une phrase ainsi rédigée : « Il dort. »", nil},
		{"the Sénat's lines: refused", A, "Après l'alinéa 2\nInsérer une phrase ainsi rédigée :\nIl dort.", nil},
		{"after this alinéa: refused", A, "Alinéa 2\nAprès cet alinéa, insérer une phrase ainsi rédigée :\nIl dort.", nil},
		{"after the last alinéa: refused", A, "Après le dernier alinéa, insérer une phrase ainsi rédigée : « Il dort. »", nil},
		{"at the end of the alinéa 2", A, "À la fin de l'alinéa 2, insérer une phrase ainsi rédigée : « Il dort. »", []string{A[0], "Le juge lit le livre. Il dort.", A[2]}},
		{"the alinéa 2 completed", A, "Compléter l'alinéa 2 par une phrase ainsi rédigée : « Il dort. »", []string{A[0], "Le juge lit le livre. Il dort.", A[2]}},
		{"an alinéa after the alinéa 2", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigé : « Il dort. »", []string{A[0], A[1], "Il dort.", A[2]}},
	})
}

// TestAm8EmptyNewText: new alinéas quoted empty ("insérer un alinéa ainsi
// rédigé : « »", "Rédiger ainsi l'alinéa 2 : « »") are text lost: refused
// (an empty alinéa was made). One alinéa quoted inline whose inner
// quotation is left open ("« Le juge dit : « Oui »." read as "Le juge dit
// : « Oui") ends where is not said: refused; a closed inner quotation, or
// a mark that opens the alinéa (a bill's quotation going on), is read.
func TestAm8EmptyNewText(t *testing.T) {
	A := []string{"Le maire signe l'acte.", "Le juge lit le livre.", "Le préfet vise la note."}
	runAmendments(t, []amCase{
		{"an empty alinéa inserted: refused", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigé : « ».", nil},
		{"an alinéa rewritten empty: refused", A, "Rédiger ainsi l'alinéa 2 : « ».", nil},
		{"an inner quotation left open: refused", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigé : « Le juge dit : « Oui ».", nil},
		{"an inner quotation closed", A, "Après l'alinéa 2, insérer un alinéa ainsi rédigé : « Le juge dit : « Oui ». »", []string{A[0], A[1], "Le juge dit : « Oui ».", A[2]}},
		{"a bill's quotation going on", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le juge lit.", "« Il signe. » ;", "II. – Le préfet vise."}, "Après l'alinéa 2, insérer un alinéa ainsi rédigé : « « Il date. »", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le juge lit.", "« Il date.", "« Il signe. » ;", "II. – Le préfet vise."}},
	})
}
