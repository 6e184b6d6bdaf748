package law

import (
	"errors"
	"strings"
	"testing"
)

// TestSent14DoubtfulBoundary: a sentence named by its rank across a
// boundary the typography leaves open — a dotted acronym's period before
// a capitalised word no sentence opens with, a name maybe ("La S.A.
// Dupont paie."; "au J.O. Il signe." is two sentences), a sentence in parentheses ("Il
// signe. (Il date.) Il part.", "… (article 3.) Il date.") — is refused
// (the first was read as two sentences, the others as one: "la dernière
// phrase" deleted the whole alinéa); a rank both readings agree on stays
// read.
func TestSent14DoubtfulBoundary(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "S.A. first refused", before: []string{"La S.A. Dupont paie. Il signe."}, text: delSentence("première")},
		{name: "S.A. last read", before: []string{"La S.A. Dupont paie. Il signe."}, text: delSentence("dernière"), want: []string{"La S.A. Dupont paie."}},
		{name: "a name after S.A., second refused", before: []string{"Il paie la S.A. Durand. Il signe. Il date."}, text: delSentence("deuxième")},
		{name: "a name after S.A., last read", before: []string{"Il paie la S.A. Durand. Il signe. Il date."}, text: delSentence("dernière"), want: []string{"Il paie la S.A. Durand. Il signe."}},
		{name: "J.O. then a pronoun read", before: []string{"Il est publié au J.O. Il signe. Il date."}, text: delSentence("deuxième"), want: []string{"Il est publié au J.O. Il date."}},
		{name: "acronym before the sentence from the end", before: []string{"Il signe. Il date. La S.A. Dupont paie."}, text: delSentence("première"), want: []string{"Il date. La S.A. Dupont paie."}},
		{name: "U.E. lower case after read", before: []string{"Les États de l'U.E. sont liés. Il signe."}, text: delSentence("première"), want: []string{"Il signe."}},
		{name: "parenthesised sentence, last refused", before: []string{"Il signe. (Il date.) Il part."}, text: delSentence("dernière")},
		{name: "parenthesised sentence, first read", before: []string{"Il signe. (Il date.) Il part."}, text: delSentence("première"), want: []string{"(Il date.) Il part."}},
		{name: "period closing a parenthesis", before: []string{"Il signe (article 3.) Il date."}, text: delSentence("dernière")},
		{name: "parenthesis inside a sentence read", before: []string{"Il signe (article 3). Il date."}, text: delSentence("dernière"), want: []string{"Il signe (article 3)."}},
		{name: "initials read", before: []string{"Il écrit à M. Dupont. Il signe."}, text: delSentence("première"), want: []string{"Il signe."}},
	})
}

// TestSent14DoubtfulReason: the refusal says why.
func TestSent14DoubtfulReason(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want bool
	}{
		{"La S.A. Dupont paie. Il signe.", 1, true},
		{"La S.A. Dupont paie. Il signe.", 2, true},
		{"La S.A. Dupont paie. Il signe.", -1, false},
		{"La S.A. Dupont paie. Il signe.", -2, true},
		{"Il signe. (Il date.) Il part.", 1, false},
		{"Il signe. (Il date.) Il part.", 2, true},
		{"Il signe. (Il date.) Il part.", -1, true},
		{"Il signe… (Il date…) Il part.", -1, true},
		{"Il lit la mention « Vu. (Lu.) Signé. » Il signe.", -1, false},
		{"Il signe. Il date.", 1, false},
		{"Il signe. Il date.", -1, false},
	} {
		err := doubtfulRank(tc.s, tc.n)
		if (err != nil) != tc.want {
			t.Errorf("%q sentence %d: err %v, want refused %v", tc.s, tc.n, err, tc.want)
		}
		if err != nil && !strings.Contains(err.Error(), "typography leaves open") {
			t.Errorf("%q: reason %v", tc.s, err)
		}
		var de *doubtfulSentenceError
		if err != nil && (!errors.As(err, &de) || de.Cause == 0 || !errors.Is(err, errDoubtfulSentence)) {
			t.Errorf("%q: untyped %T", tc.s, err)
		}
	}
}

// TestSent14SentenceOpeningAList: in a bill, the last sentence of an
// alinéa that opens a list ("Il signe. Sont exclus :" then "1° …")
// deleted, or rewritten by a sentence that opens none, is refused (the
// items were left under "Il signe." — what becomes of them is not said);
// rewritten by one that opens it again, or another sentence, is read.
func TestSent14SentenceOpeningAList(t *testing.T) {
	before := []string{"Il signe. Sont exclus :", "1° Les uns ;", "2° Les autres.", "Fin."}
	dashes := []string{"Il signe. Sont exclus :", "– les uns ;", "– les autres.", "Fin."}
	runGrammar(t, []grammarCase{
		{name: "deleted", before: before, text: []string{"La dernière phrase du premier alinéa de l'article L. 1 du code civil est supprimée."}},
		{name: "deleted by rank", before: before, text: []string{"La seconde phrase du premier alinéa de l'article L. 1 du code civil est supprimée."}},
		{name: "dashes", before: dashes, text: []string{"La dernière phrase du premier alinéa de l'article L. 1 du code civil est supprimée."}},
		{name: "rewritten to open none", before: before, text: []string{"La dernière phrase du premier alinéa de l'article L. 1 du code civil est ainsi rédigée : « Il date. »"}},
		{name: "rewritten to open it", before: before, text: []string{"La dernière phrase du premier alinéa de l'article L. 1 du code civil est ainsi rédigée : « Sont seuls exclus : »"}, want: []string{"Il signe. Sont seuls exclus :", "1° Les uns ;", "2° Les autres.", "Fin."}},
		{name: "the first read", before: before, text: []string{"La première phrase du premier alinéa de l'article L. 1 du code civil est supprimée."}, want: []string{"Sont exclus :", "1° Les uns ;", "2° Les autres.", "Fin."}},
		{name: "no list after", before: []string{"Il signe. Il date :", "Fin."}, text: []string{"La dernière phrase du premier alinéa de l'article L. 1 du code civil est supprimée."}, want: []string{"Il signe.", "Fin."}},
	})
}

// TestSent14SentenceInParentheses: a sentence's period, then a
// parenthesis opening with a capital, ends the sentence ("Il signe. (Il
// date.) Il part.": "Il signe." first — the alinéa was one sentence).
func TestSent14SentenceInParentheses(t *testing.T) {
	b := sentenceBounds("Il signe. (Il date.) Il part.")
	if len(b) != 2 || b[0] != [2]int{0, len("Il signe.")} {
		t.Fatalf("bounds %v", b)
	}
	if b := sentenceBounds("Voir l'art. (L. 1) du code. Il signe."); len(b) != 2 {
		t.Fatalf("abbreviation: bounds %v", b)
	}
}

// TestSent14BoundsGuards: the places real code text breaks naive
// splitting, probed and right — abbreviations, numbers, ellipses, a
// quotation's period, a semicolon, marks, an alinéa without its period.
func TestSent14BoundsGuards(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want []string
	}{
		{"Il écrit à M. Dupont. Il signe.", []string{"Il écrit à M. Dupont.", "Il signe."}},
		{"Il écrit à Mme Dupont. Il signe.", []string{"Il écrit à Mme Dupont.", "Il signe."}},
		{"Voir art. 3 du code. Il signe.", []string{"Voir art. 3 du code.", "Il signe."}},
		{"Voir l'article L. 1. Il signe.", []string{"Voir l'article L. 1.", "Il signe."}},
		{"Voir l'article R.* 12. Il signe.", []string{"Voir l'article R.* 12.", "Il signe."}},
		{"Le décret n° 12. Il signe.", []string{"Le décret n° 12.", "Il signe."}},
		{"Voir p. 12. Il signe.", []string{"Voir p. 12.", "Il signe."}},
		{"Voir cf. Annexe. Il signe.", []string{"Voir cf. Annexe.", "Il signe."}},
		{"Les frais, etc., sont dus. Il signe.", []string{"Les frais, etc., sont dus.", "Il signe."}},
		{"Les frais, c'est-à-dire les taxes. Il signe.", []string{"Les frais, c'est-à-dire les taxes.", "Il signe."}},
		{"Voir al. 2. Il signe.", []string{"Voir al. 2.", "Il signe."}},
		{"Les États de l'U.E. sont liés. Il signe.", []string{"Les États de l'U.E. sont liés.", "Il signe."}},
		{"Le taux est de 1.5 %. Il signe.", []string{"Le taux est de 1.5 %.", "Il signe."}},
		{"Le montant est de 10 000 €. Il signe.", []string{"Le montant est de 10 000 €.", "Il signe."}},
		{"Il entre en vigueur le 1er janvier 2020. Il signe.", []string{"Il entre en vigueur le 1er janvier 2020.", "Il signe."}},
		{"Il vise la loi du 1er janv. 2020. Il signe.", []string{"Il vise la loi du 1er janv. 2020.", "Il signe."}},
		{"Il signe… Il date.", []string{"Il signe…", "Il date."}},
		{"Il signe... Il date.", []string{"Il signe...", "Il date."}},
		{"Il écrit : « Lu. Approuvé. » Il signe.", []string{"Il écrit : « Lu. Approuvé. »", "Il signe."}},
		{"Il écrit « Lu. » puis signe. Il date.", []string{"Il écrit « Lu. » puis signe.", "Il date."}},
		{"Il signe ; il date. Il part.", []string{"Il signe ; il date.", "Il part."}},
		{"Il signe ? Il date ! Il part.", []string{"Il signe ?", "Il date !", "Il part."}},
		{"Il signe. Il date", []string{"Il signe.", "Il date"}},
		{"M. le préfet signe. Il date.", []string{"M. le préfet signe.", "Il date."}},
	} {
		var got []string
		for _, x := range sentenceBounds(tc.s) {
			got = append(got, tc.s[x[0]:x[1]])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got %q, want %q", tc.s, got, tc.want)
		}
		if _, ok := doubtfulBounds(tc.s); ok {
			t.Errorf("%q: read as doubtful", tc.s)
		}
	}
}
