package law

import (
	"errors"
	"strings"
	"testing"
)

// composeCase28 is amendments composed on one bill article: each
// "number: line / line", want the article at the end (" | " joined),
// errs each amendment's refusal kind (nil: applied).
type composeCase28 struct {
	name string
	ams  []string
	want string
	errs []error
}

// bill28 is the bill article the cases compose on.
const bill28 = "A un.|A deux.|A trois. B trois. C trois.|A quatre.|A cinq.|A six."

// runCompose28 composes each case's amendments with ComposeNumbered, the
// engine's own composition, and checks the article and each refusal.
func runCompose28(t *testing.T, bill string, cases []composeCase28) {
	t.Helper()
	for _, c := range cases {
		var ams []Dispositif
		for _, m := range c.ams {
			num, d, _ := strings.Cut(m, ": ")
			ams = append(ams, Dispositif{Number: num, Text: strings.ReplaceAll(d, " / ", "\n")})
		}
		got, rs := ComposeNumbered(Article{Number: "1er", Alineas: strings.Split(bill, "|")}, ams)
		if g := strings.Join(got.Alineas, " | "); g != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, g, c.want)
		}
		for i, r := range rs {
			var want error
			if i < len(c.errs) {
				want = c.errs[i]
			}
			if want == nil {
				if !r.Applied || len(r.Refusals) > 0 {
					t.Errorf("%s: amendment %s not applied: %v", c.name, ams[i].Number, r.Refusals)
				}
				continue
			}
			if r.Applied || len(r.Refusals) != 1 || !errors.Is(r.Refusals[0], want) || !amRefusalTyped24(r.Refusals[0]) {
				t.Errorf("%s: amendment %s: applied %v, refusals %v, want %v", c.name, ams[i].Number, r.Applied, r.Refusals, want)
			}
		}
	}
}

// TestComposeSentenceGone28: a sentence as tabled an earlier amendment
// rewrote or deleted is gone: an amendment naming it falls (it was
// applied to the sentence that rewrote it, or to the one after the
// sentence deleted); one inserting a sentence beside it applies.
func TestComposeSentenceGone28(t *testing.T) {
	runCompose28(t, bill28, []composeCase28{
		{"sentence rewritten, then words in it: falls", []string{
			"1: Alinéa 3, deuxième phrase / Rédiger ainsi cette phrase : / « Neuf trois. »",
			"2: Alinéa 3, deuxième phrase / Remplacer le mot : / « trois » / par le mot : / « dix ».",
		}, "A un. | A deux. | A trois. Neuf trois. C trois. | A quatre. | A cinq. | A six.", []error{nil, errFallsSentence28}},
		{"sentence rewritten twice: the second falls", []string{
			"1: Alinéa 3, deuxième phrase / Rédiger ainsi cette phrase : / « Neuf trois. »",
			"2: Alinéa 3, deuxième phrase / Rédiger ainsi cette phrase : / « Dix trois. »",
		}, "A un. | A deux. | A trois. Neuf trois. C trois. | A quatre. | A cinq. | A six.", []error{nil, errFallsSentence28}},
		{"the same rewrite twice: identical, applied once", []string{
			"1: Alinéa 3, deuxième phrase / Rédiger ainsi cette phrase : / « Neuf trois. »",
			"2: Alinéa 3, deuxième phrase / Rédiger ainsi cette phrase : / « Neuf trois. »",
		}, "A un. | A deux. | A trois. Neuf trois. C trois. | A quatre. | A cinq. | A six.", nil},
		{"first deleted, second rewritten, then the first named: falls", []string{
			"1: Alinéa 3, première phrase / Supprimer cette phrase.",
			"2: Alinéa 3, deuxième phrase / Rédiger ainsi cette phrase : / « Neuf trois. »",
			"3: Alinéa 3, première phrase / Remplacer le mot : / « trois » / par le mot : / « dix ».",
		}, "A un. | A deux. | Neuf trois. C trois. | A quatre. | A cinq. | A six.", []error{nil, nil, errFallsSentence28}},
		{"the last sentence rewritten, then named by its rank", []string{
			"1: Alinéa 3, dernière phrase / Rédiger ainsi cette phrase : / « Neuf trois. »",
			"2: Alinéa 3, troisième phrase / Compléter cette phrase par les mots : / « et dix ».",
			"3: Alinéa 3, deuxième phrase / Compléter cette phrase par les mots : / « et onze ».",
		}, "A un. | A deux. | A trois. B trois et onze. Neuf trois. | A quatre. | A cinq. | A six.", []error{nil, errFallsSentence28}},
		{"a sentence inserted after one rewritten: the place stays", []string{
			"1: Alinéa 3, troisième phrase / Rédiger ainsi cette phrase : / « Neuf trois. »",
			"2: Alinéa 3 / Après la troisième phrase, insérer une phrase ainsi rédigée : / « D trois. »",
		}, "A un. | A deux. | A trois. B trois. Neuf trois. D trois. | A quatre. | A cinq. | A six.", nil},
		{"the sentence after one deleted, counted as tabled", []string{
			"1: Alinéa 3, première phrase / Supprimer cette phrase.",
			"2: Alinéa 3, deuxième phrase / Remplacer le mot : / « trois » / par le mot : / « dix ».",
		}, "A un. | A deux. | B dix. C trois. | A quatre. | A cinq. | A six.", nil},
	})
}

// TestComposeAsTabled28: the composition's rules the engine kept,
// pinned: alinéas counted as tabled, an alinéa deleted or rewritten
// making the amendments on it fall (typed), words then the alinéa
// rewritten, insertions at one place in the order adopted, a
// sub-amendment editing its amendment.
func TestComposeAsTabled28(t *testing.T) {
	const six = "A un.|A deux.|A trois.|A quatre.|A cinq.|A six."
	runCompose28(t, six, []composeCase28{
		{"alinéa 3 deleted, then alinéa 5 as tabled rewritten", []string{
			"1: Alinéa 3 / Supprimer cet alinéa.",
			"2: Alinéa 5 / Rédiger ainsi cet alinéa : / « Cinq neuf. »",
		}, "A un. | A deux. | A quatre. | Cinq neuf. | A six.", nil},
		{"alinéa 3 deleted, then rewritten: falls", []string{
			"1: Alinéa 3 / Supprimer cet alinéa.",
			"2: Alinéa 3 / Rédiger ainsi cet alinéa : / « Trois neuf. »",
		}, "A un. | A deux. | A quatre. | A cinq. | A six.", []error{nil, errApplyTabledSince26}},
		{"alinéa 3 deleted, then words in it: falls", []string{
			"1: Alinéa 3 / Supprimer cet alinéa.",
			"2: Alinéa 3 / Remplacer le mot : / « trois » / par le mot : / « neuf ».",
		}, "A un. | A deux. | A quatre. | A cinq. | A six.", []error{nil, errApplyTabledSince26}},
		{"words in alinéa 3, then alinéa 3 rewritten", []string{
			"1: Alinéa 3 / Remplacer le mot : / « trois » / par le mot : / « neuf ».",
			"2: Alinéa 3 / Rédiger ainsi cet alinéa : / « Trois dix. »",
		}, "A un. | A deux. | Trois dix. | A quatre. | A cinq. | A six.", nil},
		{"alinéa 3 rewritten, then words in it: falls", []string{
			"1: Alinéa 3 / Rédiger ainsi cet alinéa : / « A trois dix. »",
			"2: Alinéa 3 / Remplacer le mot : / « A » / par le mot : / « B ».",
		}, "A un. | A deux. | A trois dix. | A quatre. | A cinq. | A six.", []error{nil, errFallsRewritten24}},
		{"alinéas inserted, then alinéa 4 as tabled", []string{
			"1: Après l'alinéa 2, insérer deux alinéas ainsi rédigés : / « Deux bis. » / « Deux ter. »",
			"2: Alinéa 4 / Rédiger ainsi cet alinéa : / « Quatre neuf. »",
		}, "A un. | A deux. | Deux bis. | Deux ter. | A trois. | Quatre neuf. | A cinq. | A six.", nil},
		{"two insertions after alinéa 2: the order adopted", []string{
			"1: Après l'alinéa 2, insérer un alinéa ainsi rédigé : / « X premier. »",
			"2: Alinéa 3 / Avant le mot : / « trois » / insérer le mot : / « vingt ».",
			"3: Après l'alinéa 2, insérer un alinéa ainsi rédigé : / « Y second. »",
		}, "A un. | A deux. | X premier. | Y second. | A vingt trois. | A quatre. | A cinq. | A six.", nil},
		{"a sub-amendment before its amendment", []string{
			"11: Amendement n° 10, alinéa 5 / Remplacer le mot : / « neuf » / par le mot : / « dix ».",
			"10: Alinéa 3 / Remplacer le mot : / « trois » / par le mot : / « neuf ».",
		}, "A un. | A deux. | A dix. | A quatre. | A cinq. | A six.", nil},
		{"a sub-amendment of an amendment not composed", []string{
			"11: Amendement n° 12, alinéa 5 / Remplacer le mot : / « neuf » / par le mot : / « dix ».",
		}, "A un. | A deux. | A trois. | A quatre. | A cinq. | A six.", []error{errParentNotComposed24}},
	})
}

// TestComposeInsertAfterDeleted28: "Après l'alinéa N, insérer …" where
// alinéas inserted since follow N and N+1 was deleted since: which of
// them were inserted after N+1's place is not known — refused, not put
// before them. With N+1 standing, or nothing inserted, it applies.
func TestComposeInsertAfterDeleted28(t *testing.T) {
	const six = "A un.|A deux.|A trois.|A quatre.|A cinq.|A six."
	runCompose28(t, six, []composeCase28{
		{"after the deleted 3, then after 2: refused", []string{
			"2: Alinéa 3 / Supprimer cet alinéa.",
			"3: Après l'alinéa 3, insérer un alinéa ainsi rédigé : / « Bee. »",
			"1: Après l'alinéa 2, insérer un alinéa ainsi rédigé : / « Ace. »",
		}, "A un. | A deux. | Bee. | A quatre. | A cinq. | A six.", []error{nil, nil, errApplyTabledSince26}},
		{"after 2, 3 deleted, then after the deleted 3: after it", []string{
			"1: Après l'alinéa 2, insérer un alinéa ainsi rédigé : / « Ace. »",
			"2: Alinéa 3 / Supprimer cet alinéa.",
			"3: Après l'alinéa 3, insérer un alinéa ainsi rédigé : / « Bee. »",
		}, "A un. | A deux. | Ace. | Bee. | A quatre. | A cinq. | A six.", nil},
		{"after 2 twice, 3 standing: the order adopted", []string{
			"1: Après l'alinéa 2, insérer un alinéa ainsi rédigé : / « Ace. »",
			"2: Après l'alinéa 2, insérer un alinéa ainsi rédigé : / « Bee. »",
		}, "A un. | A deux. | Ace. | Bee. | A trois. | A quatre. | A cinq. | A six.", nil},
		{"3 deleted, then after 2: nothing inserted there", []string{
			"1: Alinéa 3 / Supprimer cet alinéa.",
			"2: Après l'alinéa 2, insérer un alinéa ainsi rédigé : / « Ace. »",
		}, "A un. | A deux. | Ace. | A quatre. | A cinq. | A six.", nil},
	})
}
