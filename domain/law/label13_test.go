package law

import "testing"

// TestGrammarRewriteKeepsKind: an item rewritten keeps its kind. "Le a du
// II est ainsi rédigé : « A. – … »", "Les a et b … sont ainsi rédigés : «
// A. – … » « B. – … »", "Le 1° est ainsi rédigé : « a) … »" (and the
// amendments' "Rédiger ainsi le a du II : A. – …") put a division of
// another kind in the item's place: which one the law means is not said
// (it was applied, the labelBorne check skipping labels of another kind).
// Refused, unless the instruction names the new kind: "est remplacé par
// un A ainsi rédigé", "Remplacer le a du II par un A ainsi rédigé".
func TestGrammarRewriteKeepsKind(t *testing.T) {
	A := []string{"I. – Un.", "II. – Le maire :", "a) Agit ;", "b) Note.", "III. – Trois."}
	B := []string{"I. – Un.", "1° Le maire agit ;", "2° Le juge note."}
	runGrammar(t, []grammarCase{
		{name: "a rewritten as A: refused", before: A, text: []string{"Le a du II de l'article L. 1 du code civil est ainsi rédigé :", "« A. – Agit ; »"}},
		{name: "a and b rewritten as A and B: refused", before: A, text: []string{"Les a et b du II de l'article L. 1 du code civil sont ainsi rédigés :", "« A. – Agit ;", "« B. – Note. »"}},
		{name: "1° rewritten as a): refused", before: B, text: []string{"Le 1° du I de l'article L. 1 du code civil est ainsi rédigé :", "« a) Le maire agit ; »"}},
		{name: "a rewritten as a", before: A, text: []string{"Le a du II de l'article L. 1 du code civil est ainsi rédigé :", "« a) Vote ; »"}, want: []string{A[0], A[1], "a) Vote ;", A[3], A[4]}},
		{name: "1° replaced by an a", before: B, text: []string{"Le 1° du I de l'article L. 1 du code civil est remplacé par un a ainsi rédigé :", "« a) Le maire agit ; »"}, want: []string{B[0], "a) Le maire agit ;", B[2]}},
		{name: "a and b replaced by A and B", before: A, text: []string{"Les a et b du II de l'article L. 1 du code civil sont remplacés par des A et B ainsi rédigés :", "« A. – Agit ;", "« B. – Note. »"}, want: []string{A[0], A[1], "A. – Agit ;", "B. – Note.", A[4]}},
	})
	runAmendments(t, []amCase{
		{"rédiger ainsi le a as A: refused", A, "Rédiger ainsi le a du II :\n\nA. – Agit ;", nil},
		{"rédiger ainsi le a as a", A, "Rédiger ainsi le a du II :\n\na) Vote ;", []string{A[0], A[1], "a) Vote ;", A[3], A[4]}},
		{"remplacer le a par un A", A, "Remplacer le a du II par un A ainsi rédigé :\n\nA. – Agit ;", []string{A[0], A[1], "A. – Agit ;", A[3], A[4]}},
	})
}

// TestGrammarAlineasOfInnerItem: the alinéas of an item printed on its
// part's line ("I. – 1. Le contribuable …", as the CGI prints a
// paragraph's first item) are found: "Au second alinéa du 1 du I", "Le 1
// du I est ainsi modifié : a) Au premier alinéa, …" (refused: the 1 was
// only found whole). Words are edited in them, the first keeping "I. –
// 1. "; the first alinéa, which carries the I's label too, is neither
// rewritten under no label nor deleted. In amendments, "le 1 du I" (a
// number without its degree sign) is read as in bills (am14): its words
// edited, its line neither deleted nor its first alinéa.
func TestGrammarAlineasOfInnerItem(t *testing.T) {
	A := []string{"I. – 1. Le contribuable déclare.", "Il signe la déclaration.", "2. Le juge lit.", "II. – Trois."}
	runGrammar(t, []grammarCase{
		{name: "second alinéa of the 1", before: A, text: []string{"Au second alinéa du 1 du I de l'article L. 1 du code civil, le mot : « signe » est remplacé par le mot : « date »."}, want: []string{A[0], "Il date la déclaration.", A[2], A[3]}},
		{name: "first alinéa of the 1", before: A, text: []string{"Au premier alinéa du 1 du I de l'article L. 1 du code civil, le mot : « déclare » est remplacé par le mot : « paie »."}, want: []string{"I. – 1. Le contribuable paie.", A[1], A[2], A[3]}},
		{name: "ainsi modifié: a) au premier alinéa, b) au second", before: A, text: []string{"Le 1 du I de l'article L. 1 du code civil est ainsi modifié :", "a) Au premier alinéa, le mot : « déclare » est remplacé par le mot : « paie » ;", "b) Au second alinéa, le mot : « signe » est remplacé par le mot : « date »."}, want: []string{"I. – 1. Le contribuable paie.", "Il date la déclaration.", A[2], A[3]}},
		{name: "second alinéa deleted", before: A, text: []string{"Le second alinéa du 1 du I de l'article L. 1 du code civil est supprimé."}, want: []string{A[0], A[2], A[3]}},
		{name: "first alinéa rewritten without label: refused", before: A, text: []string{"Le premier alinéa du 1 du I de l'article L. 1 du code civil est ainsi rédigé :", "« Le contribuable paie. »"}},
		{name: "first alinéa deleted: refused", before: A, text: []string{"Le premier alinéa du 1 du I de l'article L. 1 du code civil est supprimé."}},
	})
	runAmendments(t, []amCase{
		{"amendment: le 1 du I deleted: refused", A, "Supprimer le 1 du I.", nil},
		{"amendment: first alinéa of the 1 deleted: refused", A, "Supprimer le premier alinéa du 1 du I.", nil},
		{"amendment: words of the second alinéa of the 1 (am14)", A, "Au second alinéa du 1 du I, remplacer le mot :\n\nsigne\n\npar le mot :\n\ndate", []string{A[0], "Il date la déclaration.", A[2], A[3]}},
	})
}

// TestGrammarNestedListNewLastItem: the list punctuation rule (a new last
// item takes the list's closing period, the old last one " ;") applies
// within a letter's small romans as within any list: "Le a du 1° est
// complété par un iv" on "iii) Trois." gives "iii) Trois ;", "iv) Quatre."
// Where the romans do not close the article's enumeration ("iii) Trois
// ;" then "b) …"), the old last item has nothing to give and the new one
// keeps the bill's own text, as in a flat list.
func TestGrammarNestedListNewLastItem(t *testing.T) {
	B := []string{"I. – Le maire :", "1° Les élus :", "a) Le préfet :", "i) Un ;", "ii) Deux ;", "iii) Trois.", "II. – Fin."}
	C := []string{"I. – Le maire :", "1° Les élus :", "a) Le préfet :", "i) Un ;", "ii) Deux ;", "iii) Trois ;", "b) Le juge.", "II. – Fin."}
	runGrammar(t, []grammarCase{
		{name: "the romans end the list", before: B, text: []string{"Le a du 1° du I de l'article L. 1 du code civil est complété par un iv ainsi rédigé :", "« iv) Quatre. »"}, want: []string{B[0], B[1], B[2], B[3], B[4], "iii) Trois ;", "iv) Quatre.", B[6]}},
		{name: "a b follows", before: C, text: []string{"Le a du 1° du I de l'article L. 1 du code civil est complété par un iv ainsi rédigé :", "« iv) Quatre ; »"}, want: []string{C[0], C[1], C[2], C[3], C[4], C[5], "iv) Quatre ;", C[6], C[7]}},
	})
}
