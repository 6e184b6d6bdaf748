package law

import (
	"strings"
	"testing"
)

// The rules of the generator of bill wordings in every order
// (TestGenerativeLaw's orders and punctuation), each on a short phrase.

// TestGenLaw3AnchorNotFirst: a deletion or a replacement whose anchor
// ("après le mot : « A »") is not first — between the verb and the
// words, after the verb, between the words and the verb, between the
// verb and "par" — edits the first B after A alone, as "Après le mot :
// « A », les mots : « B » sont supprimés (remplacés par …)": the anchor
// can only bound the words it stands beside (they were refused).
func TestGenLaw3AnchorNotFirst(t *testing.T) {
	before := []string{"Le juge B signe.", "Le maire A vise B et B date."}
	deleted := []string{"Le juge B signe.", "Le maire A vise et B date."}
	replaced := []string{"Le juge B signe.", "Le maire A vise C et B date."}
	at := "Au deuxième alinéa de l'article L. 1 du code civil, "
	var cases []grammarCase
	for _, s := range []string{
		"sont supprimés, après le mot : « A », les mots : « B ».",
		"les mots : « B » sont supprimés après le mot : « A ».",
		"les mots : « B » sont supprimés, après le mot : « A ».",
		"les mots : « B », après le mot : « A », sont supprimés.",
		"après le mot : « A », les mots : « B » sont supprimés.",
	} {
		cases = append(cases, grammarCase{name: s, before: before, text: []string{at + s}, want: deleted})
	}
	for _, s := range []string{
		"les mots : « B » sont remplacés, après le mot : « A », par les mots : « C ».",
		"les mots : « B », après le mot : « A », sont remplacés par les mots : « C ».",
	} {
		cases = append(cases, grammarCase{name: s, before: before, text: []string{at + s}, want: replaced})
	}
	cases = append(cases,
		grammarCase{name: "verb first, the place between commas", before: before,
			text: []string{"Sont supprimés, au deuxième alinéa de l'article L. 1 du code civil, après le mot : « A », les mots : « B »."}, want: deleted},
		grammarCase{name: "in a group, no place", before: before,
			text: []string{"Le deuxième alinéa de l'article L. 1 du code civil est ainsi modifié :", "1° Les mots : « B » sont supprimés après le mot : « A » ;", "2° Le mot : « maire » est remplacé par le mot : « préfet »."},
			want: []string{"Le juge B signe.", "Le préfet A vise et B date."}},
		// Not found after A: refused, never another B.
		grammarCase{name: "no B after A: refused", before: []string{"Le B vise A."},
			text: []string{"À l'article L. 1 du code civil, les mots : « B » sont supprimés après le mot : « A »."}},
	)
	runGrammar(t, cases)
}

// TestGenLaw3WordsPlaceVerb: the words, then their place between
// commas, then the verb ("Le mot : « A », au deuxième alinéa, est
// remplacé par …") are read as "Au deuxième alinéa, le mot : « A » est
// remplacé par …"; an insertion's words before its verb after the
// anchor ("Après le mot : « A », les mots : « X » sont insérés") as
// "Après le mot : « A », sont insérés les mots : « X »"; the inverted
// verb with its anchor between commas ("il est inséré, avant le mot :
// “A”, le mot : “X”") and the place between the verb and "par" ("Le
// mot : “A” est remplacé, au 2°, par …") with curly quotes as with
// French ones (they were refused).
func TestGenLaw3WordsPlaceVerb(t *testing.T) {
	before := []string{"Le juge signe.", "Le maire vise."}
	runGrammar(t, []grammarCase{
		{name: "words, place, verb", before: before,
			text: []string{"Le mot : « maire », au deuxième alinéa de l'article L. 1 du code civil, est remplacé par le mot : « préfet »."},
			want: []string{"Le juge signe.", "Le préfet vise."}},
		{name: "words, place, verb: a deletion", before: before,
			text: []string{"Les mots : « Le maire », au deuxième alinéa de l'article L. 1 du code civil, sont supprimés."},
			want: []string{"Le juge signe.", "Vise."}},
		{name: "anchor, words, verb", before: before,
			text: []string{"Au deuxième alinéa de l'article L. 1 du code civil, après le mot : « maire », les mots : « du bourg » sont insérés."},
			want: []string{"Le juge signe.", "Le maire du bourg vise."}},
		{name: "anchor first, capitalised, in a group", before: before,
			text: []string{"Le deuxième alinéa de l'article L. 1 du code civil est ainsi modifié :", "1° Avant le mot : « vise », les mots : « ne pas » sont insérés ;", "2° Le mot : « Le » est remplacé par le mot : « Un »."},
			want: []string{"Le juge signe.", "Un maire ne pas vise."}},
		{name: "inverted verb, anchor, curly quotes", before: before,
			text: []string{"Au deuxième alinéa de l'article L. 1 du code civil, il est inséré, avant le mot : “maire”, le mot : “grand”."},
			want: []string{"Le juge signe.", "Le grand maire vise."}},
		{name: "place between verb and par, curly quotes", before: before,
			text: []string{"Le mot : “maire” est remplacé, au deuxième alinéa de l'article L. 1 du code civil, par le mot : “préfet”."},
			want: []string{"Le juge signe.", "Le préfet vise."}},
	})
}

// TestGenLaw3TwoInsertionsAfterOneWord: in one bill article, two word
// insertions after the same word ("a) Après le mot : « A », sont insérés
// les mots : « X » ; b) Après le mot : « A », sont insérés les mots :
// « Y »") both go after A as the group found it: Y right after A (before
// X) or after X (the text's order) is not said — refused, as alinéas
// (TestLeft5TwoInsertionsAfterOnePlace; it gave "A Y X"). Before the same
// word twice both readings give "X Y A" (read); after two other words,
// or in two alinéas, nothing is shared (read).
func TestGenLaw3TwoInsertionsAfterOneWord(t *testing.T) {
	before := []string{"Le maire vise.", "Le juge vise."}
	grp := func(items ...string) []string {
		return append([]string{"L'article L. 1 du code civil est ainsi modifié :"}, items...)
	}
	runGrammar(t, []grammarCase{
		{name: "after the same word twice: refused", before: before,
			text: grp("1° Au premier alinéa, après le mot : « maire », sont insérés les mots : « du bourg » ;", "2° Au premier alinéa, après le mot : « maire », sont insérés les mots : « et le préfet »")},
		{name: "before the same word twice", before: before,
			text: grp("1° Au premier alinéa, avant le mot : « vise », sont insérés les mots : « ne » ;", "2° Au premier alinéa, avant le mot : « vise », il est inséré le mot : « pas »"),
			want: []string{"Le maire ne pas vise.", "Le juge vise."}},
		{name: "after the same word in two alinéas", before: before,
			text: grp("1° Au premier alinéa, après le mot : « vise », il est inséré le mot : « tout » ;", "2° Au second alinéa, après le mot : « vise », il est inséré le mot : « rien »"),
			want: []string{"Le maire vise tout.", "Le juge vise rien."}},
		{name: "after two words", before: before,
			text: grp("1° Au premier alinéa, après le mot : « maire », il est inséré le mot : « seul » ;", "2° Au premier alinéa, après le mot : « vise », il est inséré le mot : « tout »"),
			want: []string{"Le maire seul vise tout.", "Le juge vise."}},
	})
}

// TestGenLaw3RenumberedThenEdited: "L'article L. 1 du code civil, qui
// devient l'article L. 5, est ainsi modifié :" and items under it edit
// the article under its new number, with ' and ’ and the new number's
// hyphen as codes print it ("L. 2‑1", U+2011, as numberHyphens reads a
// number elsewhere; it was refused).
func TestGenLaw3RenumberedThenEdited(t *testing.T) {
	for _, tc := range []struct{ head, to string }{
		{"L'article L. 1 du code civil, qui devient l'article L. 5, est ainsi modifié :", "L5"},
		{"L’article L. 1 du code civil, qui devient l’article L. 5, est ainsi modifié :", "L5"},
		{"L'article L. 1 du code civil, qui devient l'article L. 2\u20111, est ainsi modifié :", "L2-1"},
	} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey("L1")}
		c := Corpus{ref: {Ref: ref, Heading: "L1", Alineas: []string{"Le juge signe.", "Le maire vise."}}}
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{tc.head, "1° Le premier alinéa est complété par les mots : « sauf exception » ;", "2° Le dernier alinéa est complété par les mots : « en tout état de cause »."}}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if len(errs) > 0 {
			t.Fatalf("%s: %v", tc.head, errs)
		}
		to := CodeRef{Code: "code civil", Article: ArticleKey(tc.to)}
		if _, ok := got[ref]; ok {
			t.Errorf("%s: L. 1 still held", tc.head)
		}
		if g := strings.Join(got[to].Alineas, " / "); g != "Le juge signe sauf exception. / Le maire vise en tout état de cause." {
			t.Errorf("%s: got %q", tc.head, g)
		}
	}
}

// TestGenLaw3DeletedPlaceAfter: a deletion with its place after it in a
// group ("b) Le mot : « B » est supprimé au 2° du I") is read as "Au 2°
// du I, le mot : « B » est supprimé", as a replacement's place after it
// (it was refused); the verb first with its place between commas and
// curly quotes ("Sont supprimés, au premier alinéa …, les mots “A”") as
// with French ones (it was refused).
func TestGenLaw3DeletedPlaceAfter(t *testing.T) {
	before := []string{"I. – Le juge signe.", "1° Le maire A vise ;", "2° Le préfet B date."}
	runGrammar(t, []grammarCase{
		{name: "place after, in a group", before: before,
			text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Est supprimé, au premier alinéa du 1° du I, le mot : « A » ;", "2° Le mot : « B » est supprimé au 2° du I."},
			want: []string{"I. – Le juge signe.", "1° Le maire vise ;", "2° Le préfet date."}},
		{name: "verb first, curly quotes", before: []string{"Le juge A signe."},
			text: []string{"Sont supprimés, au premier alinéa de l'article L. 1 du code civil, les mots “A”."},
			want: []string{"Le juge signe."}},
	})
}
