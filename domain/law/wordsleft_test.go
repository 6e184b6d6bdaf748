package law

import "testing"

// TestGrammarWordsAfterOperations: words after a bill's last word
// operation that no rule reads — a condition, a term — refuse the
// instruction (they were dropped: the words replaced at once, for good);
// "partout où il figure", "à chaque occurrence" there are every
// occurrence, as before; a count in parentheses, "(deux fois)", is the
// count the law says, as without them (it was read as every occurrence:
// the count was dropped, the words replaced however many there were).
func TestGrammarWordsAfterOperations(t *testing.T) {
	A := []string{"Le maire signe les actes. Le préfet les contrôle."}
	art := "Au premier alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "le cas échéant: refused", before: A, text: []string{art + "le mot : « maire » est remplacé par le mot : « bourgmestre » le cas échéant."}},
		{name: "à titre transitoire: refused", before: A, text: []string{art + "le mot : « maire » est remplacé par le mot : « bourgmestre » à titre transitoire."}},
		{name: "jusqu'au: refused", before: A, text: []string{art + "le mot : « maire » est remplacé par le mot : « bourgmestre » jusqu'au 1er janvier 2030."}},
		{name: "after a deletion: refused", before: A, text: []string{art + "le mot : « préfet » est supprimé sous réserve du II."}},
		{name: "partout où il figure", before: A, text: []string{art + "le mot : « les » est remplacé par le mot : « ces » partout où il figure."}, want: []string{"Le maire signe ces actes. Le préfet ces contrôle."}},
		{name: "à chaque occurrence", before: A, text: []string{art + "le mot : « les » est remplacé par le mot : « ces » à chaque occurrence ;"}, want: []string{"Le maire signe ces actes. Le préfet ces contrôle."}},
		{name: "(deux fois), once there: refused", before: A, text: []string{art + "le mot : « maire » est remplacé par le mot : « bourgmestre » (deux fois)."}},
		{name: "(deux fois), twice there", before: A, text: []string{art + "le mot : « les » est remplacé par le mot : « ces » (deux fois)."}, want: []string{"Le maire signe ces actes. Le préfet ces contrôle."}},
		{name: "nothing after", before: A, text: []string{art + "le mot : « maire » est remplacé par le mot : « bourgmestre » ;"}, want: []string{"Le bourgmestre signe les actes. Le préfet les contrôle."}},
	})
}

// TestGrammarNestedStraightQuotes: La Fabrique's texts print every
// guillemet straight, so a quotation inside new words reads "… (dits
// "arrêtés")": a straight quote after a space, a parenthesis or an
// apostrophe and before a letter opens a quotation inside the one open,
// any other closes one (the new words stopped at "(dits ", the rest was
// left after the operation — the development set's "(règlement "OCM
// unique")" in 2010-874). Quotations side by side are not nested.
func TestGrammarNestedStraightQuotes(t *testing.T) {
	A := []string{"Le maire signe les actes. Le préfet les contrôle."}
	art := "Au premier alinéa de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "in the middle", before: A, text: []string{art + "le mot : \"actes\" est remplacé par les mots : \"actes (dits \"arrêtés\")\" ;"}, want: []string{"Le maire signe les actes (dits \"arrêtés\"). Le préfet les contrôle."}},
		{name: "at the end", before: A, text: []string{art + "le mot : \"actes\" est remplacé par les mots : \"actes dits \"arrêtés\"\" ;"}, want: []string{"Le maire signe les actes dits \"arrêtés\". Le préfet les contrôle."}},
		{name: "after an apostrophe", before: A, text: []string{art + "le mot : \"actes\" est remplacé par les mots : \"actes d'\"urgence\"\" ;"}, want: []string{"Le maire signe les actes d'\"urgence\". Le préfet les contrôle."}},
		{name: "side by side", before: A, text: []string{art + "les mots : \"actes\" et \"préfet\" sont respectivement remplacés par les mots : \"arrêtés\" et \"juge\" ;"}, want: []string{"Le maire signe les arrêtés. Le juge les contrôle."}},
	})
}
