package law

import "testing"

// TestGrammarAmendmentSameAlineaAfterSeveral: an amendment's "au même
// alinéa" (and "après le même alinéa") after an instruction on several
// alinéas ("Aux alinéas 1 et 2", "Aux alinéas 1 à 2") does not say which:
// refused (the last one, or the whole range, was taken). After one
// alinéa, however many operations, it is that alinéa.
func TestGrammarAmendmentSameAlineaAfterSeveral(t *testing.T) {
	B := []string{"A est écrit vite.", "B est écrit vite.", "C est écrit vite."}
	runAmendments(t, []amCase{
		{"after two alinéas", B, "I. – Aux alinéas 1 et 2, substituer au mot : « écrit » le mot : « lu ».\n\nII. – En conséquence, au même alinéa, supprimer le mot : « vite ».", nil},
		{"after a range", B, "I. – Aux alinéas 1 à 2, substituer au mot : « écrit » le mot : « lu ».\n\nII. – En conséquence, au même alinéa, supprimer le mot : « vite ».", nil},
		{"après le même alinéa after two alinéas", B, "I. – Aux alinéas 1 et 2, substituer au mot : « écrit » le mot : « lu ».\n\nII. – En conséquence, après le même alinéa, insérer un alinéa ainsi rédigé :\n« D est écrit. »", nil},
		{"after one alinéa", B, "I. – À l'alinéa 2, substituer au mot : « écrit » le mot : « lu ».\n\nII. – En conséquence, au même alinéa, supprimer le mot : « vite ».", []string{B[0], "B est lu.", B[2]}},
		{"after two operations on one alinéa", B, "I. – À l'alinéa 2, substituer au mot : « écrit » le mot : « lu » et supprimer le mot : « est ».\n\nII. – En conséquence, au même alinéa, supprimer le mot : « vite ».", []string{B[0], "B lu.", B[2]}},
	})
}

// TestGrammarAmendmentReplaceTimes: a count an amendment says of its
// words — "remplacer (deux fois) le mot", "remplacer, par deux fois, …",
// "… et deux fois les mots : « C » par …", "supprimer par deux fois les
// mots" — edits every occurrence and is refused unless the place holds
// exactly that many (every occurrence was edited whatever the count).
// A count goes with the words right after it, else with those it
// follows.
func TestGrammarAmendmentReplaceTimes(t *testing.T) {
	two := []string{"Le maire et le maire adjoint.", "B."}
	three := []string{"Le maire et le maire et le maire adjoint.", "B."}
	runAmendments(t, []amCase{
		{"remplacer (deux fois)", two, "À l'alinéa 1, remplacer (deux fois) le mot : « maire » par le mot : « préfet ».", []string{"Le préfet et le préfet adjoint.", "B."}},
		{"substituer … (deux fois) after the pair", two, "À l'alinéa 1, substituer au mot : « maire » le mot : « préfet » (deux fois).", []string{"Le préfet et le préfet adjoint.", "B."}},
		{"remplacer, par deux fois, where the alinéa holds three: refused", three, "À l'alinéa 1, remplacer, par deux fois, le mot : « maire » par le mot : « préfet ».", nil},
		{"(deux fois) after the pair, three: refused", three, "À l'alinéa 1, substituer au mot : « maire » le mot : « préfet » (deux fois).", nil},
		{"et deux fois: the second pair's count", []string{"Le conseil et le maire et le maire.", "B."}, "À l'alinéa 1, remplacer le mot : « conseil » par le mot : « juge » et deux fois le mot : « maire » par le mot : « préfet ».", []string{"Le juge et le préfet et le préfet.", "B."}},
		{"et deux fois: the second pair's count, three: refused", []string{"Le conseil et le maire et le maire et le maire.", "B."}, "À l'alinéa 1, remplacer le mot : « conseil » par le mot : « juge » et deux fois le mot : « maire » par le mot : « préfet ».", nil},
		{"supprimer par deux fois", []string{"Il agit seul et vote seul.", "B."}, "À l'alinéa 1, supprimer par deux fois le mot : « seul ».", []string{"Il agit et vote.", "B."}},
		{"supprimer par trois fois where the alinéa holds two: refused", two, "À l'alinéa 1, supprimer par trois fois le mot : « maire ».", nil},
	})
}

// TestGrammarAmendmentSameOpAfterSeveral: "procéder à la même
// substitution" after an instruction of several operations ("substituer
// au mot : « A » le mot : « B » et au mot : « C » le mot : « D »") does
// not say which: refused (the last one was taken). One operation on
// several alinéas is one.
func TestGrammarAmendmentSameOpAfterSeveral(t *testing.T) {
	C := []string{"A est écrit vite.", "B est écrit vite.", "C est écrit vite."}
	runAmendments(t, []amCase{
		{"after two substitutions", C, "I. – À l'alinéa 1, substituer au mot : « écrit » le mot : « lu » et au mot : « vite » le mot : « tard ».\n\nII. – En conséquence, procéder à la même substitution à l'alinéa 2.", nil},
		{"after one", C, "I. – À l'alinéa 1, substituer au mot : « écrit » le mot : « lu ».\n\nII. – En conséquence, procéder à la même substitution à l'alinéa 3.", []string{"A est lu vite.", C[1], "C est lu vite."}},
		{"after one on two alinéas", C, "I. – Aux alinéas 1 et 2, substituer au mot : « écrit » le mot : « lu ».\n\nII. – En conséquence, procéder à la même substitution à l'alinéa 3.", []string{"A est lu vite.", "B est lu vite.", "C est lu vite."}},
	})
}

// TestGrammarAmendmentRequoteGuillemets: an alinéa an amendment inserts
// or rewrites inside a bill's quoted text takes the block's own marks —
// "« " and " »" where the block has guillemets — not straight quotes
// ("\"Il date." between "« …" lines).
func TestGrammarAmendmentRequoteGuillemets(t *testing.T) {
	B := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le maire agit.", "« Il signe.", "« Il note. » ;", "2° Fin."}
	S := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi rédigé :", "\"Art. L. 1. – Le maire agit.", "\"Il signe.", "\"Il note.\" ;", "2° Fin."}
	runAmendments(t, []amCase{
		{"inserted inside the block", B, "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n« Il date. »", []string{B[0], B[1], B[2], "« Il date.", B[3], B[4], B[5]}},
		{"rewritten inside the block", B, "Rédiger ainsi l'alinéa 4 :\n« Il date. »", []string{B[0], B[1], B[2], "« Il date.", B[4], B[5]}},
		{"a block with straight quotes keeps them", S, "Après l'alinéa 3, insérer un alinéa ainsi rédigé :\n« Il date. »", []string{S[0], S[1], S[2], "\"Il date.", S[3], S[4], S[5]}},
	})
}

// TestGrammarAmendmentDeleteQuotedEndAndItem: "Supprimer les alinéas 5
// et 6" where 5 ends a bill's quoted text and 6 is the whole next item
// deletes the quoted line as a deletion does (the line before closes the
// quotation) and leaves the item "2° (Supprimé)" — it left the quotation
// open and quoted the placeholder ("« 2° (Supprimé)").
func TestGrammarAmendmentDeleteQuotedEndAndItem(t *testing.T) {
	B := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le maire agit.", "« Il signe.", "« Il note. » ;", "2° Fin."}
	P := []string{"I. – Le maire agit.", "Il signe.", "II. – Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"the quoted end and the next item", B, "Supprimer les alinéas 5 et 6.", []string{B[0], B[1], B[2], "« Il signe. » ;", "2° (Supprimé)"}},
		{"two quoted lines and the next item", B, "Supprimer les alinéas 4 à 6.", []string{B[0], B[1], "« Art. L. 1. – Le maire agit. » ;", "2° (Supprimé)"}},
		{"a plain alinéa and the next part", P, "Supprimer les alinéas 2 et 3.", []string{P[0], "II. – (Supprimé)"}},
	})
}

// TestGrammarAmendmentQuoteTailKept: deleting the last line of a bill's
// quoted text ("« Il note. » ;") makes the line before close the
// quotation with what followed it — the item's " ;" — ("« Il signe. »
// ;"; the " ;" was lost).
func TestGrammarAmendmentQuoteTailKept(t *testing.T) {
	B := []string{"I. – Le code civil est ainsi modifié :", "1° L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le maire agit.", "« Il signe.", "« Il note. » ;", "2° Fin."}
	runAmendments(t, []amCase{
		{"the item's semicolon", B, "Supprimer l'alinéa 5.", []string{B[0], B[1], B[2], "« Il signe. » ;", B[5]}},
		{"a period", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le maire agit.", "« Il signe. »."}, "Supprimer l'alinéa 3.", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le maire agit. »."}},
		{"nothing", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le maire agit.", "« Il signe. »"}, "Supprimer l'alinéa 3.", []string{"I. – L'article L. 1 est ainsi rédigé :", "« Art. L. 1. – Le maire agit. »"}},
	})
}

// TestGrammarAmendmentBareLetterItem: an amendment naming a lettered item
// without its parenthesis, as the law does ("Supprimer le b du 2° du
// I", "Au b du 2° du I, substituer …"), means that item (the letter was
// not read: the whole 2° was deleted, the words replaced in all of it).
func TestGrammarAmendmentBareLetterItem(t *testing.T) {
	B := []string{"I. – Le maire agit :", "1° Il signe ;", "2° Il publie :", "a) Le rapport ;", "b) Le rapport ;", "II. – Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"supprimer le b du 2° du I", B, "Supprimer le b du 2° du I.", []string{B[0], B[1], B[2], B[3], "b) (Supprimé)", B[5]}},
		{"au b du 2° du I", B, "Au b du 2° du I, substituer au mot : « rapport » le mot : « bilan ».", []string{B[0], B[1], B[2], B[3], "b) Le bilan ;", B[5]}},
		{"au a) du 2° du I", B, "Au a) du 2° du I, substituer au mot : « rapport » le mot : « bilan ».", []string{B[0], B[1], B[2], "a) Le bilan ;", B[4], B[5]}},
	})
}

// TestGrammarAmendmentItemListEach: an amendment naming a list of items
// ("Aux a et b du 2° du I", "Supprimer les a et c du 2°", "Aux 1° et 2°
// du I") edits each item (only the first was read and edited; the rule
// and its refusals — items of different kinds, one new text for several
// items — are `TestAmendmentItemLists`'s).
func TestGrammarAmendmentItemListEach(t *testing.T) {
	B := []string{"I. – Le maire agit :", "1° Il signe ;", "2° Il publie :", "a) Le rapport ;", "b) Le rapport ;", "c) Le rapport ;", "II. – Le préfet contrôle."}
	runAmendments(t, []amCase{
		{"aux a et b", B, "Aux a et b du 2° du I, substituer au mot : « rapport » le mot : « bilan ».", []string{B[0], B[1], B[2], "a) Le bilan ;", "b) Le bilan ;", B[5], B[6]}},
		{"les a et c", B, "Supprimer les a et c du 2° du I.", []string{B[0], B[1], B[2], "a) (Supprimé)", B[4], "c) (Supprimé)", B[6]}},
		{"les a), b) et c)", B, "Supprimer les a), b) et c) du 2° du I.", []string{B[0], B[1], B[2], "a), b) et c) (Supprimé)", B[6]}},
		{"aux 1° et 2°", B, "Aux 1° et 2° du I, substituer au mot : « Il » le mot : « Elle ».", []string{B[0], "1° Elle signe ;", "2° Elle publie :", B[3], B[4], B[5], B[6]}},
		{"one item still read", B, "Au b du 2° du I, substituer au mot : « rapport » le mot : « bilan ».", []string{B[0], B[1], B[2], B[3], "b) Le bilan ;", B[5], B[6]}},
	})
}

// TestGrammarAmendmentItemBesideAlinea: an amendment's locator naming an
// item beside numbered alinéas ("Au 2° du I et à l'alinéa 7", "À l'alinéa
// 3 et au 3° du I") is refused: the item was dropped and only the
// alinéas were edited.
func TestGrammarAmendmentItemBesideAlinea(t *testing.T) {
	B := []string{"I. – Le maire agit :", "1° Il signe ;", "2° Il publie ;", "3° Il note.", "II. – Le préfet signe.", "Il vote."}
	runAmendments(t, []amCase{
		{"an item, then an alinéa", B, "Au 2° du I et à l'alinéa 6, substituer au mot : « Il » le mot : « Elle ».", nil},
		{"an alinéa, then an item", B, "À l'alinéa 6 et au 2° du I, substituer au mot : « Il » le mot : « Elle ».", nil},
		{"the alinéa alone still read", B, "À l'alinéa 6, substituer au mot : « Il » le mot : « Elle ».", []string{B[0], B[1], B[2], B[3], B[4], "Elle vote."}},
		{"the item alone still read", B, "Au 2° du I, substituer au mot : « Il » le mot : « Elle ».", []string{B[0], B[1], "2° Elle publie ;", B[3], B[4], B[5]}},
	})
}
