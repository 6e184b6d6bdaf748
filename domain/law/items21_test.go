package law

import (
	"strings"
	"testing"
)

// TestGrammarRomanPartsRewrittenTogether: consecutive paragraphs rewritten
// together ("Les II et III sont remplacés par un II ainsi rédigé", "Les I
// à III sont remplacés par …") are one block, as consecutive 1° and 2°
// are: the later ones go, the first takes the new text (the romans of a
// path, in lower case, were never found consecutive: refused). Not
// consecutive ("Les II et IV"), still refused.
func TestGrammarRomanPartsRewrittenTogether(t *testing.T) {
	A := []string{"I. – Le maire.", "II. – Le juge lit.", "Texte.", "III. – Trois trois.", "IV. – Quatre."}
	runGrammar(t, []grammarCase{
		{name: "les II et III remplacés par un II", before: A, text: []string{"Les II et III de l'article L. 1 du code civil sont remplacés par un II ainsi rédigé :", "« II. – Tout. »"}, want: []string{A[0], "II. – Tout.", A[4]}},
		{name: "les I à III remplacés par deux", before: A, text: []string{"Les I à III de l'article L. 1 du code civil sont remplacés par des I et II ainsi rédigés :", "« I. – Tout.", "« II. – Rien. »"}, want: []string{"I. – Tout.", "II. – Rien.", A[4]}},
		{name: "les I et II remplacés par un I", before: A, text: []string{"Les I et II de l'article L. 1 du code civil sont remplacés par un I ainsi rédigé :", "« I. – Tout. »"}, want: []string{"I. – Tout.", A[3], A[4]}},
		{name: "les II et IV: refused", before: A, text: []string{"Les II et IV de l'article L. 1 du code civil sont remplacés par un II ainsi rédigé :", "« II. – Tout. »"}},
	})
}

// TestGrammarSubjectItemAfterLocator: an item named as the subject after
// a locator — "À l'article L. 1, le II est supprimé", "Dans l'article
// L. 1, le II est ainsi rédigé", "Au I de l'article L. 1, le 1° est
// abrogé" — is that item of the place (it was not read after "à": the
// whole article, or the whole I, was deleted or rewritten).
func TestGrammarSubjectItemAfterLocator(t *testing.T) {
	A := []string{"I. – Le maire agit.", "1° Un un ;", "2° Deux deux.", "II. – Le maire note.", "III. – Le maire lit."}
	runGrammar(t, []grammarCase{
		{name: "à l'article, le II est supprimé", before: A, text: []string{"À l'article L. 1 du code civil, le II est supprimé."}, want: []string{A[0], A[1], A[2], "II. – (Abrogé)", A[4]}},
		{name: "dans l'article, le II est ainsi rédigé", before: A, text: []string{"Dans l'article L. 1 du code civil, le II est ainsi rédigé :", "« II. – Rien. »"}, want: []string{A[0], A[1], A[2], "II. – Rien.", A[4]}},
		{name: "au I de l'article, le 1° est abrogé", before: A, text: []string{"Au I de l'article L. 1 du code civil, le 1° est abrogé."}, want: []string{A[0], "1° (Abrogé) ;", A[2], A[3], A[4]}},
		{name: "à l'article, les I et II sont abrogés", before: []string{"I. – Un.", "II. – Deux.", "III. – Trois."}, text: []string{"À l'article L. 1 du code civil, les I et II sont abrogés."}, want: []string{"I. – (Abrogé)", "II. – (Abrogé)", "III. – Trois."}},
		{name: "under a context: au I, le 2° est ainsi rédigé", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° Au I, le 2° est ainsi rédigé :", "« 2° Trois. »"}, want: []string{A[0], A[1], "2° Trois.", A[3], A[4]}},
		{name: "an item the article does not hold: refused", before: A, text: []string{"À l'article L. 1 du code civil, le IV est supprimé."}},
	})
}

// TestGrammarTwoClauses: an alinéa holding two operations of their own
// joined by "et" or ";" — a division repealed, deleted or rewritten inline,
// then another with its own subject and verb — is read as two: "Le I de
// l'article L. 1 est abrogé et le II est ainsi rédigé : …" (the II of
// L. 1; the I was rewritten, or the II deleted and the I rewritten), "À
// l'article L. 1, le I est abrogé et le II est abrogé" (the II was
// dropped), "Le premier alinéa est ainsi rédigé : « … » ; le troisième
// alinéa est supprimé" (the deletion was dropped), "L'article L. 2 est
// abrogé et l'article L. 3 … est ainsi rédigé" (L. 2 was rewritten); after
// a sentence, "… et la dernière phrase est supprimée" is of its alinéa. A
// second clause naming no place of its own ("… et le second est
// supprimé": the whole article went) is refused, and word operations
// joined so are still read together under their place.
func TestGrammarTwoClauses(t *testing.T) {
	A := []string{"I. – Le maire agit.", "II. – Le maire note.", "III. – Le maire lit."}
	B := []string{"Un.", "Deux.", "Trois."}
	runGrammar(t, []grammarCase{
		{name: "le I est abrogé et le II est ainsi rédigé", before: A, text: []string{"Le I de l'article L. 1 du code civil est abrogé et le II est ainsi rédigé :", "« II. – Nouveau. »"}, want: []string{"I. – (Abrogé)", "II. – Nouveau.", A[2]}},
		{name: "… et le II du même article …", before: A, text: []string{"Le I de l'article L. 1 du code civil est abrogé et le II du même article est ainsi rédigé :", "« II. – Nouveau. »"}, want: []string{"I. – (Abrogé)", "II. – Nouveau.", A[2]}},
		{name: "à l'article, le I est abrogé et le II est abrogé", before: A, text: []string{"À l'article L. 1 du code civil, le I est abrogé et le II est abrogé."}, want: []string{"I. – (Abrogé)", "II. – (Abrogé)", A[2]}},
		{name: "… est supprimé et, au II, le mot …", before: A, text: []string{"Le I de l'article L. 1 du code civil est supprimé et, au II, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"I. – (Abrogé)", "II. – Le préfet note.", A[2]}},
		{name: "ainsi rédigé inline ; le troisième alinéa est supprimé", before: B, text: []string{"Le premier alinéa de l'article L. 1 du code civil est ainsi rédigé : « Un et deux. » ; le troisième alinéa est supprimé."}, want: []string{"Un et deux.", "Deux."}},
		{name: "le deuxième alinéa est supprimé et le troisième est ainsi rédigé", before: B, text: []string{"Le deuxième alinéa de l'article L. 1 du code civil est supprimé et le troisième alinéa est ainsi rédigé :", "« Quatre. »"}, want: []string{"Un.", "Quatre."}},
		{name: "two articles", before: B, more: map[string][]string{"L2": {"Deux."}}, text: []string{"L'article L. 2 du code civil est abrogé et l'article L. 1 du même code est ainsi rédigé :", "« Art. L. 1. – Nouveau. »"}, want: []string{"Nouveau."}},
		{name: "a sentence, then another of the same alinéa", before: []string{"Un.", "Le maire agit. Le juge note. Le préfet voit."}, text: []string{"La première phrase du second alinéa de l'article L. 1 du code civil est ainsi rédigée : « Le maire vote. » et la dernière phrase est supprimée."}, want: []string{"Un.", "Le maire vote. Le juge note."}},
		{name: "a second clause naming no place: refused", before: B, text: []string{"Le premier alinéa de l'article L. 1 du code civil est ainsi rédigé : « Un et deux. » et le second est supprimé."}},
		{name: "word operations joined: one place", before: []string{"Le maire agit et le préfet note."}, text: []string{"À l'article L. 1 du code civil, les mots : « et le préfet note » sont supprimés et le mot : « maire » est remplacé par le mot : « juge »."}, want: []string{"Le juge agit."}},
	})
}

// TestGrammarRelabelThenClause: a relabelling then an operation of its
// own, joined by "et" — "Le III devient le IV et il est rétabli un III
// ainsi rédigé", "À l'article L. 1, le III devient le IV et, après le II,
// il est inséré un III …" — are two clauses, the second in the same
// article (it was refused). Renumberings joined are still read together.
func TestGrammarRelabelThenClause(t *testing.T) {
	A := []string{"I. – Un.", "II. – Deux.", "III. – Trois."}
	want := []string{A[0], A[1], "III. – Nouveau.", "IV. – Trois."}
	runGrammar(t, []grammarCase{
		{name: "devient … et il est rétabli", before: A, text: []string{"Le III de l'article L. 1 du code civil devient le IV et il est rétabli un III ainsi rédigé :", "« III. – Nouveau. »"}, want: want},
		{name: "devient … et, après le II, il est inséré", before: A, text: []string{"À l'article L. 1 du code civil, le III devient le IV et, après le II, il est inséré un III ainsi rédigé :", "« III. – Nouveau. »"}, want: want},
		{name: "renumberings joined", before: A, text: []string{"À l'article L. 1 du code civil, le III devient le IV et le II devient le III."}, want: []string{A[0], "III. – Deux.", "IV. – Trois."}},
	})
}

// TestGrammarQuotedOneByOne: the new text of an article, an item, any
// head but one announcing one alinéa or one sentence, quoted alinéa by
// alinéa ("« Art. L. 1-1. – … ; »" then "« 1° … »") is all of it (the
// article kept its first alinéa alone, the others were left as quoted
// text of no instruction).
func TestGrammarQuotedOneByOne(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "an article rewritten", before: []string{"Un."}, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Texte : »", "« 1° Un ; »", "« 2° Deux. »"}, want: []string{"Texte :", "1° Un ;", "2° Deux."}},
		{name: "an item rewritten", before: []string{"I. – Un.", "1° Aa ;", "2° Bb."}, text: []string{"Le 2° de l'article L. 1 du code civil est ainsi rédigé :", "« 2° Deux : »", "« a) Xa ; »", "« b) Xb. »"}, want: []string{"I. – Un.", "1° Aa ;", "2° Deux :", "a) Xa ;", "b) Xb."}},
	})
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Après l'article L. 1 du code civil, il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – Texte : »", "« 1° Un. »"}}})
	if len(ins) != 1 || ins[0].Status != Parsed || len(ins[0].Edits) != 1 || len(ins[0].Edits[0].NewArticles) != 1 || len(ins[0].Edits[0].NewArticles[0].Alineas) != 2 {
		t.Fatalf("got %+v", ins)
	}
}

// TestGrammarRestoredInsideArticle: "Il est rétabli, à l'article L. 1, un
// 3° ainsi rédigé", as "Il est ajouté (inséré), à l'article L. 1, …", is
// "À l'article L. 1, il est rétabli un 3° …" (it was refused).
func TestGrammarRestoredInsideArticle(t *testing.T) {
	runGrammar(t, []grammarCase{
		{name: "il est rétabli, à l'article, un 3°", before: []string{"Texte :", "1° Un ;", "2° Deux ;", "3° (Abrogé)"}, text: []string{"Il est rétabli, à l'article L. 1 du code civil, un 3° ainsi rédigé :", "« 3° Trois. »"}, want: []string{"Texte :", "1° Un ;", "2° Deux ;", "3° Trois."}},
		{name: "il est rétabli, au I de l'article, un 2°", before: []string{"I. – Texte :", "1° Un ;", "II. – Fin."}, text: []string{"Il est rétabli, au I de l'article L. 1 du code civil, un 2° ainsi rédigé :", "« 2° Deux. »"}, want: []string{"I. – Texte :", "1° Un ;", "2° Deux.", "II. – Fin."}},
	})
}

// TestGrammarOmittedParts: a line of dots in a bill's text ("………")
// stands for unchanged parts left out: the context stays (the items after
// it lost their place); "« ……… »", "« (Alinéa sans modification) »",
// "« Art. L. 1. – (Non modifié) »", "« 1° (Supprimé) »" inside new text
// refuse the instruction (they were written into the code, an article
// made of them); "1° à 3° (Non modifiés)", "a) et
// b) (Supprimés)" are parts unchanged or deleted, as "1° (Supprimé)" is.
func TestGrammarOmittedParts(t *testing.T) {
	A := []string{"Un maire.", "Deux maire."}
	runGrammar(t, []grammarCase{
		{name: "dots between the context and its items", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "………………………………………………", "4° Au second alinéa, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{A[0], "Deux préfet."}},
		{name: "dots in the new text of a rewrite: refused", before: A, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Un préfet.", "« ………………………………………", "« Trois. »"}},
		{name: "(Alinéa sans modification) in the new text: refused", before: A, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Un préfet.", "« (Alinéa sans modification) »"}},
		{name: "(Conforme) in the new text: refused", before: A, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Un préfet.", "« (Conforme) »"}},
		{name: "2° (Sans changement) in the new text: refused", before: A, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Un :", "« 1° Préfet ;", "« 2° (Sans changement) »"}},
		{name: "Art. L. 1. – (Non modifié) among articles rewritten: refused", before: A, more: map[string][]string{"L2": {"Deux."}}, text: []string{"Les articles L. 1 et L. 2 du code civil sont ainsi rédigés :", "« Art. L. 1. – (Non modifié)", "« Art. L. 2. – Nouveau. »"}},
		{name: "1° (Supprimé) in a new article: refused", before: A, text: []string{"L'article L. 1 du code civil est ainsi rédigé :", "« Art. L. 1. – Un :", "« 1° (Supprimé)", "« 2° Deux. »"}},
		{name: "a) et b) (Supprimés)", before: A, text: []string{"L'article L. 1 du code civil est ainsi modifié :", "a) et b) (Supprimés)", "c) Au second alinéa, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{A[0], "Deux préfet."}},
	})
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"L'article L. 1 du code civil est ainsi modifié :", "1° à 3° (Non modifiés)", "4° Le second alinéa est supprimé."}}})
	if len(ins) != 3 || ins[1].Status != Unparsed || !strings.Contains(ins[1].Reason, "Non modifié") || ins[2].Status != Parsed {
		t.Fatalf("got %+v", ins)
	}
}

// TestGrammarRenumberedThenModified: "L'article L. 1 devient l'article
// L. 1-1 et est ainsi modifié :" renumbers the article, and the items
// under it edit it under its new number (it was refused, and its items
// with it); "Les articles L. 1 et L. 2 deviennent les articles L. 5 et
// L. 6 et sont ainsi modifiés :" each; "Le 2° devient le 3° et est ainsi
// modifié :" the 3°. Alinéas renumbered into an article and modified are
// refused.
func TestGrammarRenumberedThenModified(t *testing.T) {
	items := []string{"1° Le mot : « maire » est remplacé par le mot : « préfet » ;", "2° Il est ajouté un alinéa ainsi rédigé :", "« Fin. »"}
	ins := ParseInstructions([]Article{{Number: "1", Alineas: append([]string{"L'article L. 1 du code civil devient l'article L. 1-1 et est ainsi modifié :"}, items...)}})
	c := Corpus{}
	ref := CodeRef{Code: "code civil", Article: "l1"}
	c[ref] = CodeArticle{Ref: ref, Heading: "L1", Alineas: []string{"Le maire agit."}}
	got, errs := Apply(c, ins, ApplyOptions{})
	if len(errs) > 0 {
		t.Fatalf("errors %v", errs)
	}
	if _, ok := got[ref]; ok {
		t.Fatalf("L. 1 still there: %+v", got)
	}
	if a := got[CodeRef{Code: "code civil", Article: "l1-1"}]; strings.Join(a.Alineas, "|") != "Le préfet agit.|Fin." {
		t.Fatalf("L. 1-1: %q", a.Alineas)
	}
	runGrammar(t, []grammarCase{
		{name: "les articles … deviennent … et sont ainsi modifiés", before: []string{"Le maire agit."}, more: map[string][]string{"L2": {"Le maire note."}}, text: append([]string{"Les articles L. 2 et L. 1 du code civil deviennent respectivement les articles L. 1 et L. 6 et sont ainsi modifiés :"}, items...), want: []string{"Le préfet note.", "Fin."}},
		{name: "le 2° devient le 3° et est ainsi modifié", before: []string{"Texte :", "1° Un maire ;", "2° Deux maire."}, text: []string{"Le 2° de l'article L. 1 du code civil devient le 3° et est ainsi modifié :", "a) Le mot : « maire » est remplacé par le mot : « préfet » ;", "b) Il est ajouté un alinéa ainsi rédigé :", "« Fin. »"}, want: []string{"Texte :", "1° Un maire ;", "3° Deux préfet.", "Fin."}},
		{name: "an alinéa renumbered and modified: refused", before: []string{"Le maire agit."}, text: []string{"Le premier alinéa de l'article L. 1 du code civil devient l'article L. 1-1 et est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « préfet »."}},
	})
}

// TestGrammarDegreeGluedLatin: an item the code prints "1°bis" (no
// space) is the "1° bis" a bill names, "IIbis.-" the "II bis" (they were
// not found).
func TestGrammarDegreeGluedLatin(t *testing.T) {
	A := []string{"Texte :", "1° Un maire ;", "1°bis Deux maire ;", "2° Trois maire."}
	runGrammar(t, []grammarCase{
		{name: "au 1° bis", before: A, text: []string{"Au 1° bis de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{A[0], A[1], "1°bis Deux préfet ;", A[3]}},
		{name: "au II bis, printed IIbis", before: []string{"I.-Texte maire.", "IIbis.-Deux maire."}, text: []string{"Au II bis de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{"I.-Texte maire.", "IIbis.-Deux préfet."}},
		{name: "le 1° bis est abrogé", before: A, text: []string{"Le 1° bis de l'article L. 1 du code civil est abrogé."}, want: []string{A[0], A[1], "1°bis (Abrogé) ;", A[3]}},
	})
}

// TestGrammarItemsAinsiQue: "Le I ainsi que le III …", "Le 1° ainsi que
// le 4° …" are a list of items, as "le I et le III" (the first was
// dropped); a list read as a 1° inside a 4° ("Le 1° et le deuxième
// alinéa du 4°") is refused: a 1° holds no 1°; "Les 1° et 2° ainsi que
// le 4°" is one list.
func TestGrammarItemsAinsiQue(t *testing.T) {
	A := []string{"I. – Un.", "II. – Deux.", "III. – Trois."}
	B := []string{"Texte :", "1° Un ;", "2° Deux ;", "3° Trois ;", "4° Quatre."}
	runGrammar(t, []grammarCase{
		{name: "le I ainsi que le III", before: A, text: []string{"Le I ainsi que le III de l'article L. 1 du code civil sont abrogés."}, want: []string{"I. – (Abrogé)", A[1], "III. – (Abrogé)"}},
		{name: "le 1° ainsi que le 4°", before: B, text: []string{"Le 1° ainsi que le 4° de l'article L. 1 du code civil sont abrogés."}, want: []string{B[0], "1° (Abrogé) ;", B[2], B[3], "4° (Abrogé)."}},
		// One list, "les 1°, 2° et 4°" (TestLeft9ItemThenList).
		{name: "les 1° et 2° ainsi que le 4°", before: B, text: []string{"Les 1° et 2° ainsi que le 4° de l'article L. 1 du code civil sont abrogés."}, want: []string{B[0], "1° (Abrogé) ;", "2° (Abrogé) ;", B[3], "4° (Abrogé)."}},
		{name: "le 1° et le deuxième alinéa du 4°: refused", before: B, text: []string{"Le 1° et le deuxième alinéa du 4° de l'article L. 1 du code civil sont abrogés."}},
	})
}

// TestGrammarAppendBeforeListConjunction: words added to an item that
// ends its list's sentence with "; et" (", ou") go before it: "1° Un ; et"
// completed by "ou trois" is "1° Un ou trois ; et", by a sentence "1° Un.
// Il signe ; et" (they went after the conjunction).
func TestGrammarAppendBeforeListConjunction(t *testing.T) {
	A := []string{"Texte :", "1° Un ; et", "2° Deux."}
	runGrammar(t, []grammarCase{
		{name: "; et", before: A, text: []string{"Le 1° de l'article L. 1 du code civil est complété par les mots : « ou trois »."}, want: []string{A[0], "1° Un ou trois ; et", A[2]}},
		{name: "a comma first", before: A, text: []string{"Le 1° de l'article L. 1 du code civil est complété par les mots : « , sauf exception »."}, want: []string{A[0], "1° Un, sauf exception ; et", A[2]}},
		{name: "a sentence, ; et", before: A, text: []string{"Le 1° de l'article L. 1 du code civil est complété par une phrase ainsi rédigée : « Il signe. »"}, want: []string{A[0], "1° Un. Il signe ; et", A[2]}},
		{name: "no conjunction", before: []string{"Texte :", "1° Un ;", "2° Deux."}, text: []string{"Le 1° de l'article L. 1 du code civil est complété par les mots : « ou trois »."}, want: []string{"Texte :", "1° Un ou trois ;", "2° Deux."}},
	})
}

// TestGrammarItemSeries: three items or more each with its article — "Le
// 1°, le 2° et le 4°", "Au 1°, au 3° ainsi qu'au 4°" — are one list, as
// "les 1°, 2° et 4°" (refused: no article read).
func TestGrammarItemSeries(t *testing.T) {
	A := []string{"Texte :", "1° Un maire ;", "2° Deux maire ;", "3° Trois maire ;", "4° Quatre maire."}
	runGrammar(t, []grammarCase{
		{name: "le 1°, le 2° et le 4° sont abrogés", before: A, text: []string{"Le 1°, le 2° et le 4° de l'article L. 1 du code civil sont abrogés."}, want: []string{A[0], "1° (Abrogé) ;", "2° (Abrogé) ;", A[3], "4° (Abrogé)."}},
		{name: "au 1°, au 3° ainsi qu'au 4°", before: A, text: []string{"Au 1°, au 3° ainsi qu'au 4° de l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « préfet »."}, want: []string{A[0], "1° Un préfet ;", A[2], "3° Trois préfet ;", "4° Quatre préfet."}},
	})
}
