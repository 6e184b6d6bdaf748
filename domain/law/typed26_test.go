package law

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
)

// TestTyped26ApplyRefusalsTyped: a bill's edit refused at its
// application is of its family (errors.Is), an applyErr still (errors.As),
// its text as before.
func TestTyped26ApplyRefusalsTyped(t *testing.T) {
	const two = "L1: Le juge statue.|Il voit l'ami."
	for _, c := range []struct {
		name  string
		art   string
		lines []string
		want  error
		text  string
	}{
		{"words not found", two, []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « zèbre » est remplacé par le mot : « cheval »."},
			errApplyWordsNotFound26, `words "zèbre" not found`},
		{"words inside a quotation and outside", "L1: Le mot « juge » désigne le juge.", []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire »."},
			errApplyWordsWhich26, `words "juge" found inside a quotation of the text and outside it: whether the words quoted are meant is not said`},
		{"a consonant after an elision", two, []string{"Au second alinéa de l'article L. 1 du code civil, le mot : « ami » est remplacé par le mot : « chat »."},
			errApplyWordsJoin26, `new words "chat" begin with a consonant after an elision (l', d'): the words around are not said`},
		{"an alinéa not there", two, []string{"Le cinquième alinéa de l'article L. 1 du code civil est supprimé."},
			errApplyPlaceNotFound26, "alinéa 5 not found (2 alinéas)"},
		{"an alinéa's only sentence deleted", two, []string{"La première phrase du premier alinéa de l'article L. 1 du code civil est supprimée."},
			errApplySentence26, "sentence 1 is its alinéa's only sentence: deleting it would leave an empty alinéa"},
		{"an item out of order", "L1: Le juge statue :|1° Vite ;|2° Bien.", []string{"Après le 1° de l'article L. 1 du code civil, il est inséré un 3° ainsi rédigé :", "« 3° Fort ; »."},
			errApplyItemLabel26, `item "3°" inserted before item "2°": out of their order`},
		{"an item found twice", "L1: I. – Le juge :|1° Vite ;|2° Bien.|II. – Le maire :|1° Tôt ;|2° Tard.", []string{"Le 2° de l'article L. 1 du code civil est supprimé."},
			errApplyItemList26, `item "2°" found twice: its part is not named`},
		{"a new article in force", two, []string{"Le code civil est complété par un article L. 1 ainsi rédigé :", "« Art. L. 1. – Le maire part. »"},
			errApplyLayout26, "new article l1 is in force already"},
		{"a sentence deleted before", "L1: Le juge statue. Il part.|Il voit l'ami.", []string{"L'article L. 1 du code civil est ainsi modifié :", "1° La seconde phrase du premier alinéa est supprimée ;", "2° La seconde phrase du premier alinéa est complétée par les mots : « vite »."},
			errApplyEarlierEdit26, "sentence 2 was deleted by an earlier edit of the group"},
		{"a new beginning of other words", two, []string{"Le début du premier alinéa de l'article L. 1 du code civil est ainsi rédigé :", "« Un maire part … »."},
			errApplyEditUnread26, "the new beginning shares no words with the text in force"},
	} {
		corpus := Corpus{}
		h, al, _ := strings.Cut(c.art, ": ")
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		corpus[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: strings.Split(al, "|")}
		_, errs := Apply(corpus, ParseInstructions([]Article{{Number: "1er", Alineas: c.lines}}), ApplyOptions{})
		var ae applyErr
		if len(errs) != 1 || !errors.Is(errs[0].Err, c.want) || !errors.As(errs[0].Err, &ae) || string(ae) != c.text || errs[0].Reason != c.text {
			t.Errorf("%s: %v, want one %v %q", c.name, errs, c.want, c.text)
		}
	}
}

// TestTyped26AmendmentRefusalsTyped: an amendment's edit refused at its
// application is errAmEditRefused24 and of its family.
func TestTyped26AmendmentRefusalsTyped(t *testing.T) {
	a := Article{Number: "1er", Alineas: []string{"Le juge statue.", "Il voit l'ami."}}
	B := Article{Number: "1er", Alineas: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le premier alinéa est complété par une phrase ainsi rédigée :", "« Il signe. » ;", "2° Après le premier alinéa, il est inséré un alinéa ainsi rédigé :", "« Le maire vise. » ;", "3° Le dernier alinéa est supprimé."}}
	for _, c := range []struct {
		name string
		art  Article
		disp string
		want error
	}{
		{"an alinéa as tabled not there", a, "À l'alinéa 9, supprimer le mot : « juge ».", errApplyTabledSince26},
		{"an alinéa after an item ending with a quotation", B, "Compléter le 2° par un alinéa ainsi rédigé :\n\n« Le préfet contrôle. »", errApplyIntroducedText26},
		{"this alinéa, a part of two", Article{Number: "1er", Alineas: []string{"I. – Le juge statue.", "Il part.", "II. – Le maire signe."}}, "Au I, supprimer cet alinéa.", errThisAlineaDivision26},
	} {
		r := ApplyAmendment(c.art, c.disp)
		if r.Applied || len(r.Refusals) != 1 || !errors.Is(r.Refusals[0], errAmEditRefused24) || !errors.Is(r.Refusals[0], c.want) {
			t.Errorf("%s: %v %v, want %v", c.name, r.Applied, r.Refusals, c.want)
		}
	}
}

// TestTyped26ReaderRefusalsTyped: the refusals a reader said by a
// string are of its own kind and of the generic kind as before, their
// Reason as before.
func TestTyped26ReaderRefusalsTyped(t *testing.T) {
	for _, c := range []struct {
		name       string
		lines      []string
		want, also error
		reason     string
	}{
		{"a part of the bill as the place", []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Le second alinéa du présent article est supprimé ;"},
			errOwnBillPlace26, errPlaceUnread22, "a part of the bill itself named as the place (du présent article, du présent I): not the law in force"},
		{"a soft hyphen in a number", []string{"L'article L. 123\u00ad4 du code civil est abrogé."},
			errSoftHyphenNumber26, errPlaceUnread22, "a number with a soft hyphen (U+00AD) between its digits: L. 1234 or L. 123-4, not said"},
		{"an article then its item", []string{"L'article 5 - 1° du code civil est abrogé."},
			errArticleThenDivision26, errPlaceUnread22, "an article's number followed by a division of it (l'article L. 5, 2°, du code; l'article 4, alinéa 3, de la loi): not read"},
		{"an organic law named back", []string{"I. – L'article 1er de la loi organique n° 2001-2 du 5 janvier 2001 est abrogé.", "II. – L'article 2 de la loi n° 2000-1 du 3 janvier 2000 est abrogé.", "III. – L'article 5 de la même loi organique est abrogé."},
			errOrganicNamedBack26, errSameUnresolved22, "an organic law named back when the law named last is not organic"},
		{"a code in force elsewhere", []string{"À l'article L. 1 du code civil en vigueur à Mayotte, le mot : « juge » est remplacé par le mot : « maire »."},
			errCodeAsItStood26, errNotCurrentText22, "a code as it stands on a date, before another law or in a territory (du code … en vigueur à, au, en …), perhaps not the current text"},
		{"the same division, another place after it", []string{"La section 3 du même chapitre du code civil est abrogée."},
			errSameDivision26, errSameUnresolved22, `"du meme chapitre" followed by another place: du code civil`},
		{"a heading and an article", []string{"Dans l'intitulé du chapitre II du titre Ier du livre Ier du code civil et à l'article L. 10, le mot : « juge » est remplacé par le mot : « maire »."},
			errHeadingAndPlace26, errHeadingAndPlaceHead, "a division's heading and another place in one locator, not read"},
		{"a division dissolved of no code", []string{"La division et l'intitulé de la section 2 sont supprimés."},
			errDissolvedUnread26, errHeadingUnread22, "a division removed with its heading (la division et l'intitulé): not read as divisions of one known code"},
	} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: c.lines}})
		typed22Refused(t, c.name, ins, len(ins)-1, c.want, c.reason)
		typed22Refused(t, c.name, ins, len(ins)-1, c.also, c.reason)
	}
}

// applySentinels26 are the refusals at application declared once, an
// applyErr each: errors.Is finds them as they are.
var applySentinels26 = []applyErr{
	errAppendIntoNewParagraph, errWordsAtAnchorSince, errMissing, errNewDivisionHeadedOtherwise,
	errSiblingHeld, errDoubtfulSentence, errSentenceAfterColon, errParenEnd22, errSentenceGoesOn22,
	errTableNotOne22, errTableWordsOnce22, errTableNewNotOne22, errTableSentence22, errTableEndOfText22,
	errTableRows22, errTableRowWordsOnce22, errTableRowsChanged22, errTableSplit22, errTableSpanCells22,
	errTableShape24, errTableRowName24, errTableColName24, errTableRank24, errTableCellWords24,
	errTableRowStart24, errTableNewRow24, errTableRowsMoved24, errTableOperation24, errTableOccurrence24,
	errElisionAfterAnchor24, errContractionNeeded24, errCaseKept24,
}

// untypedApply26 is the text of an applyErr inside err built from its
// text alone (neither an applyRefusal26's nor a sentinel), or "".
func untypedApply26(err error) string {
	switch e := err.(type) {
	case nil, applyRefusal26:
		return ""
	case applyErr:
		for _, s := range applySentinels26 {
			if e == s {
				return ""
			}
		}
		return string(e)
	case interface{ Unwrap() []error }:
		for _, u := range e.Unwrap() {
			if s := untypedApply26(u); s != "" {
				return s
			}
		}
		return ""
	}
	return untypedApply26(errors.Unwrap(err))
}

func TestTyped26Untyped(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{applyErr("x"), "x"},
		{errMissing, ""},
		{applyKind26(errApplyEditUnread26, "x"), ""},
		{amEditRefused24(applyErr("x")), "x"},
		{amEditRefused24(applyKind26(errApplyEditUnread26, "x")), ""},
	} {
		if got := untypedApply26(c.err); got != c.want {
			t.Errorf("%v: %q, want %q", c.err, got, c.want)
		}
	}
	for _, k := range applyKinds26 {
		if e := applyKind26(k, "x"); !errors.Is(e, k) || e.Error() != "x" {
			t.Errorf("%v: %v", k, e)
		}
	}
}

// TestTyped26CorpusApplyRefusalsTyped: every refusal at application of
// the laws and amendments of testdata is of a kind: none an applyErr built
// from its text alone.
func TestTyped26CorpusApplyRefusalsTyped(t *testing.T) {
	if testing.Short() {
		t.Skip("applies every law and amendment of testdata")
	}
	n := 0
	for _, set := range []string{"testdata/hadopi", "testdata/laws"} {
		fsys := os.DirFS(set)
		err := fs.WalkDir(fsys, ".", func(dir string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() || !isLawDir(fsys, dir) {
				return err
			}
			_, arts, _, _, rerr := readLawText(fsys, dir)
			avant, _, _, _, terr := loadTrees(fsys, dir)
			if rerr != nil || terr != nil {
				return nil // the eval says it
			}
			_, errs := Apply(avant, ParseInstructions(arts), ApplyOptions{LegifranceTypography: true})
			for _, e := range errs {
				n++
				if s := untypedApply26(e.Err); s != "" {
					t.Errorf("%s/%s ins %d: refused with a string only: %q", set, dir, e.Instruction, s)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	composeTestdataFolders(t, func(ms []string, rs []AmendedArticle) {
		for i, r := range rs {
			for _, e := range r.Refusals {
				n++
				if s := untypedApply26(e); s != "" {
					t.Errorf("%s: refused with a string only: %q", ms[i], s)
				}
			}
		}
	})
	if n == 0 {
		t.Fatal("no refusal at application")
	}
	t.Logf("%d refusals, each typed", n)
}
