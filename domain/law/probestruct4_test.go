package law

import (
	"errors"
	"strings"
	"testing"
)

// The rules of the probe-struct4 pass: bills acting on whole articles,
// several articles and a whole code, probed on short phrases.

func s4(al ...string) []string { return al }

// TestStruct4RangeAsAContext: "Les articles L. 1 à L. 4 sont ainsi
// modifiés :" then items is every article held between, as "Les
// articles L. 1 et L. 2 sont ainsi modifiés :" is each of those named:
// each item edits each of them (whole or not at all, the others
// applied, as "Aux articles L. 1 à L. 4, …"), and a context under an
// item names its part of each. It was refused with its items ("a range
// of articles as a context"). An item naming an article of its own, a
// new article or a renumbering is no edit of each: refused; so is a
// range beside other articles, or a part of each named in the head.
func TestStruct4RangeAsAContext(t *testing.T) {
	arts := map[string][]string{"L1": s4("Le maire signe.", "Il part."), "L2": s4("Le maire part."), "L4": s4("Le maire reste."), "L5": s4("Le maire vient.")}
	h := "Les articles L. 1 à L. 4 du code civil sont ainsi modifiés :"
	runLaw3(t, []law3Case{
		{name: "words, then words at the end", arts: arts,
			text: s4(h, "1° Le mot : « maire » est remplacé par le mot : « juge » ;", "2° Le premier alinéa est complété par les mots : « vite »."),
			want: map[string][]string{"L1": s4("Le juge signe vite.", "Il part."), "L2": s4("Le juge part vite."), "L4": s4("Le juge reste vite.")}},
		{name: "an alinéa added to each", arts: arts,
			text: s4(h, "1° Au premier alinéa, le mot : « maire » est remplacé par le mot : « juge » ;", "2° Il est ajouté un alinéa ainsi rédigé :", "« Il signe. »"),
			want: map[string][]string{"L1": s4("Le juge signe.", "Il part.", "Il signe."), "L2": s4("Le juge part.", "Il signe."), "L4": s4("Le juge reste.", "Il signe.")}},
		{name: "a context under an item", arts: arts,
			text: s4(h, "1° Le premier alinéa est ainsi modifié :", "a) Le mot : « maire » est remplacé par le mot : « juge » ;", "b) Il est complété par les mots : « vite »."),
			want: map[string][]string{"L1": s4("Le juge signe vite.", "Il part."), "L2": s4("Le juge part vite."), "L4": s4("Le juge reste vite.")}},
		{name: "an article without the words: refused there", arts: map[string][]string{"L1": s4("Le maire signe."), "L2": s4("Le juge part."), "L3": s4("Le maire reste.")},
			text: s4("Les articles L. 1 à L. 3 du code civil sont ainsi modifiés :", "1° Le mot : « maire » est remplacé par le mot : « juge »."),
			want: nil},
		{name: "an article named in an item: refused", arts: arts,
			text: s4(h, "1° Au premier alinéa de l'article L. 2, le mot : « part » est remplacé par le mot : « vient »."), want: nil},
		{name: "an article outside the range: refused", arts: arts,
			text: s4(h, "1° À l'article L. 5, le mot : « maire » est remplacé par le mot : « juge »."), want: nil},
		{name: "le même article: refused", arts: arts,
			text: s4(h, "1° Au même article, le mot : « maire » est remplacé par le mot : « juge »."), want: nil},
		{name: "a new article: refused", arts: arts,
			text: s4(h, "1° Après l'article L. 2, il est inséré un article L. 2-1 ainsi rédigé :", "« Art. L. 2-1. – Le juge part. »"), want: nil},
		{name: "renumbered: refused", arts: arts,
			text: s4(h, "1° Ils deviennent les articles L. 11 à L. 14."), want: nil},
		{name: "a range and an article: refused", arts: arts,
			text: s4("Les articles L. 1 à L. 4 et L. 5 du code civil sont ainsi modifiés :", "1° Le mot : « maire » est remplacé par le mot : « juge »."), want: nil},
		{name: "the list, as before", arts: arts,
			text: s4("Les articles L. 2 et L. 4 du code civil sont ainsi modifiés :", "1° Le mot : « maire » est remplacé par le mot : « juge »."),
			want: map[string][]string{"L2": s4("Le juge part."), "L4": s4("Le juge reste.")}},
	})
}

// TestStruct4EveryLawRefused: words replaced "dans toutes les
// dispositions législatives (et réglementaires)", "dans l'ensemble des
// textes législatifs", "dans les dispositions législatives en vigueur",
// "dans l'ensemble des codes", "dans tous les textes" name every law in
// force, which no corpus holds: refused with that reason (they were
// refused as naming no article; beside a code, "Dans le code civil et
// dans toutes les dispositions législatives", the code's words alone
// were replaced). "Dans toutes les dispositions du code civil" is that
// code, as "Dans l'ensemble des dispositions du code civil" (it was
// refused).
func TestStruct4EveryLawRefused(t *testing.T) {
	arts := map[string][]string{"L1": s4("Le maire signe."), "L2": s4("Le maire part."), "L4": s4("Le juge reste.")}
	op := ", le mot : « maire » est remplacé par le mot : « juge »."
	var cases []law3Case
	for _, place := range []string{
		"Dans toutes les dispositions législatives",
		"Dans toutes les dispositions législatives et réglementaires",
		"Dans l'ensemble des textes législatifs et réglementaires",
		"Dans les dispositions législatives en vigueur",
		"Dans l'ensemble des codes",
		"Dans tous les codes et lois",
		"Dans tous les textes",
		"Dans le code civil et dans toutes les dispositions législatives",
	} {
		cases = append(cases, law3Case{name: place + ": refused", arts: arts, text: s4(place + op)})
	}
	both := map[string][]string{"L1": s4("Le juge signe."), "L2": s4("Le juge part.")}
	for _, place := range []string{"Dans toutes les dispositions du code civil", "Dans l'ensemble des dispositions du code civil", "Dans l'ensemble du code civil", "Dans tout le code civil", "Dans le code civil"} {
		cases = append(cases, law3Case{name: place, arts: arts, text: s4(place + op), want: both})
	}
	cases = append(cases, law3Case{name: "the place after the words, as before", arts: arts,
		text: s4("Le mot : « maire » est remplacé par le mot : « juge » dans l'ensemble du code civil."), want: both})
	runLaw3(t, cases)
	for _, place := range []string{"Dans toutes les dispositions législatives", "Dans l'ensemble des codes", "Dans le code civil et dans toutes les dispositions législatives"} {
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: s4(place + op)}})
		if len(ins) != 1 || ins[0].Status != Unparsed || ins[0].Reason != "every law (all the texts in force) named as the place: no corpus holds them" {
			t.Errorf("%s: %+v, want refused as every law", place, ins)
		}
	}
}

// TestStruct4TitleOfAText: the title of a law, an ordonnance or a décret,
// "Le titre (L'intitulé) de la loi n° … est ainsi rédigé : « … »", "…
// est complété par les mots : « … »", "Dans le titre de la loi …, le
// mot : « A » est remplacé …", "L'intitulé de l'ordonnance … est ainsi
// modifié :" then items, is the text's heading: recorded, no article
// changes (it was refused as a division rewritten without articles, or
// with no target article). "Le titre II de la loi …" stays a division;
// a title with no words quoted is refused.
func TestStruct4TitleOfAText(t *testing.T) {
	arts := map[string][]string{"L1": s4("Le maire signe."), "loi n° 2004-575|1": s4("Le titre de la loi est court.")}
	loi := "de la loi n° 2004-575 du 21 juin 2004"
	same := map[string][]string{}
	runLaw3(t, []law3Case{
		{name: "le titre ainsi rédigé", arts: arts, text: s4("Le titre " + loi + " est ainsi rédigé : « Loi relative au maire »."), want: same},
		{name: "l'intitulé ainsi rédigé", arts: arts, text: s4("L'intitulé " + loi + " est ainsi rédigé : « Loi relative au maire »."), want: same},
		{name: "l'intitulé de l'ordonnance complété", arts: arts, text: s4("L'intitulé de l'ordonnance n° 2005-1 du 3 janvier 2005 est complété par les mots : « et au juge »."), want: same},
		{name: "dans le titre, le mot", arts: arts, text: s4("Dans le titre " + loi + ", le mot : « titre » est remplacé par le mot : « nom »."), want: same},
		{name: "à l'intitulé, les mots", arts: arts, text: s4("À l'intitulé " + loi + ", les mots : « la confiance » sont remplacés par les mots : « le maire »."), want: same},
		{name: "le titre de la présente loi", arts: arts, text: s4("Le titre de la présente loi est ainsi rédigé : « Loi relative au maire »."), want: same},
		{name: "l'intitulé ainsi modifié, then items", arts: arts,
			text: s4("L'intitulé "+loi+" est ainsi modifié :", "1° Le mot : « titre » est remplacé par le mot : « nom » ;", "2° Il est complété par les mots : « et au juge »."), want: same},
		{name: "the same law named after its title", arts: arts,
			text: s4("Le titre "+loi+" est ainsi rédigé : « Loi relative au maire ».", "À l'article 1er de la même loi, le mot : « court » est remplacé par le mot : « long »."),
			want: map[string][]string{"loi n° 2004-575|1": s4("Le titre de la loi est long.")}},
		{name: "no words quoted: refused", arts: arts, text: s4("Le titre " + loi + " est supprimé.")},
	})
}

// TestStruct4OwnTitleOfAText: under "La loi n° … est ainsi modifiée :",
// "1° Son titre est ainsi rédigé : « … »", "Dans son titre, le mot …",
// "L'intitulé est ainsi rédigé" are the law's title, recorded, no article
// changed ("son titre" was refused: no target article). "Dans son titre
// Ier, …" is a division, and "son titre" under a code's context no text's
// title: not read so.
func TestStruct4OwnTitleOfAText(t *testing.T) {
	arts := map[string][]string{"L1": s4("Le maire signe."), "loi n° 2004-575|1": s4("Le titre de la loi est court.")}
	h := "La loi n° 2004-575 du 21 juin 2004 est ainsi modifiée :"
	art := "2° À l'article 1er, le mot : « court » est remplacé par le mot : « long »."
	long := map[string][]string{"loi n° 2004-575|1": s4("Le titre de la loi est long.")}
	runLaw3(t, []law3Case{
		{name: "dans son titre", arts: arts, text: s4(h, "1° Dans son titre, le mot : « titre » est remplacé par le mot : « nom » ;", art), want: long},
		{name: "son titre ainsi rédigé", arts: arts, text: s4(h, "1° Son titre est ainsi rédigé : « Loi relative au maire » ;", art), want: long},
		{name: "son intitulé, as before", arts: arts, text: s4(h, "1° Son intitulé est ainsi rédigé : « Loi relative au maire » ;", art), want: long},
		{name: "l'intitulé ainsi modifié, then items", arts: arts,
			text: s4(h, "1° L'intitulé est ainsi modifié :", "a) Le mot : « titre » est remplacé par le mot : « nom » ;", "b) Il est complété par les mots : « et au juge » ;", art), want: long},
		{name: "dans son titre Ier: no title", arts: arts, text: s4(h, "1° Dans son titre Ier, le mot : « titre » est remplacé par le mot : « nom » ;", art)},
		{name: "under a code: no title", arts: arts, text: s4("Le code civil est ainsi modifié :", "1° Dans son titre, le mot : « maire » est remplacé par le mot : « juge »."),
			want: nil},
	})
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: s4(h, "1° Dans son titre Ier, le mot : « titre » est remplacé par le mot : « nom ».")}})
	if len(ins) != 2 || len(ins[1].Edits) > 0 && ins[1].Edits[0].Kind == EditRewriteHeading {
		t.Errorf("son titre Ier: %+v, want no title", ins)
	}
}

// TestStruct4RefusedRenumberingBlinds: a renumbering of an article onto
// a number the corpus holds in force ("L'article L. 1 devient l'article
// L. 2", an L. 2 in force) is refused, and so is a later instruction
// naming that number: "… devient l'article L. 2 et est ainsi modifié :"
// then its items, "… et est ainsi rédigé :", "À l'article L. 2, …" — the
// law means the article renumbered, not the one in force there (the
// items edited the L. 2 in force, and "et est ainsi rédigé" replaced its
// text). A new number not in force, as before: renumbered and edited.
// In a later bill article the number is read as the corpus holds it.
func TestStruct4RefusedRenumberingBlinds(t *testing.T) {
	arts := map[string][]string{"L1": s4("Le maire signe."), "L2": s4("Le maire part."), "L4": s4("Le juge reste.")}
	cc := " du code civil"
	runLaw3(t, []law3Case{
		{name: "devient et est ainsi modifié", arts: arts,
			text: s4("L'article L. 1"+cc+" devient l'article L. 2 et est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « juge ».")},
		{name: "devient et est ainsi rédigé", arts: arts,
			text: s4("L'article L. 1"+cc+" devient l'article L. 2 et est ainsi rédigé :", "« Art. L. 2. – Le juge signe. »")},
		{name: "qui devient, est ainsi modifié", arts: arts,
			text: s4("L'article L. 1"+cc+", qui devient l'article L. 2, est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « juge ».")},
		{name: "then items naming the number", arts: arts,
			text: s4("Le code civil est ainsi modifié :", "1° L'article L. 1 devient l'article L. 2 ;", "2° À l'article L. 2, le mot : « maire » est remplacé par le mot : « juge ».")},
		{name: "in a later part of the bill article", arts: arts,
			text: s4("I. – L'article L. 1"+cc+" devient l'article L. 2.", "II. – À l'article L. 2 du même code, le mot : « maire » est remplacé par le mot : « juge ».")},
		{name: "two renumbered, one onto a number in force", arts: arts,
			text: s4("Les articles L. 1 et L. 2"+cc+" deviennent les articles L. 4 et L. 5 et sont ainsi modifiés :", "1° Le mot : « maire » est remplacé par le mot : « juge ».")},
		{name: "not in force: renumbered and edited, as before", arts: arts,
			text: s4("L'article L. 1"+cc+" devient l'article L. 3 et est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « juge »."),
			want: map[string][]string{"L1": nil, "L3": s4("Le juge signe.")}},
		{name: "not in force, then named, as before", arts: arts,
			text: s4("Le code civil est ainsi modifié :", "1° L'article L. 1 devient l'article L. 3 ;", "2° À l'article L. 3, le mot : « maire » est remplacé par le mot : « juge »."),
			want: map[string][]string{"L1": nil, "L3": s4("Le juge signe.")}},
		{name: "the number in force repealed first, as before", arts: arts,
			text: s4("Le code civil est ainsi modifié :", "1° L'article L. 2 est abrogé ;", "2° L'article L. 1 devient l'article L. 2 et est ainsi modifié :", "a) Le mot : « maire » est remplacé par le mot : « juge »."),
			want: map[string][]string{"L1": nil, "L2": s4("Le juge signe.")}},
	})
	// Each later edit is refused for that reason, by its type.
	c := law3Corpus(arts)
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: s4("L'article L. 1"+cc+" devient l'article L. 2.", "À l'article L. 2 du même code, le mot : « maire » est remplacé par le mot : « juge ».")}})
	_, errs := Apply(c, ins, ApplyOptions{})
	var onto errRenumberedOnto
	found := false
	for _, e := range errs {
		if e.Instruction == 1 && errors.As(e, &onto) {
			found = true
		}
	}
	if !found {
		t.Errorf("the edit of L. 2 not refused as renumbered onto: %v", errs)
	}
	// In a later bill article, the number is the corpus's, as the
	// generated bills' model reads it.
	ins = ParseInstructions([]Article{
		{Number: "1er", Alineas: s4("L'article L. 1" + cc + " devient l'article L. 2.")},
		{Number: "2", Alineas: s4("À l'article L. 2 du code civil, le mot : « maire » est remplacé par le mot : « juge ».")},
	})
	got, errs := Apply(c, ins, ApplyOptions{})
	if len(errs) != 1 || errs[0].Instruction != 0 || got[CodeRef{Code: "code civil", Article: "l2"}].Alineas[0] != "Le juge part." {
		t.Errorf("a later bill article: %v %v", errs, got)
	}
}

// TestStruct4NewArticlesAsAnnounced: new articles announced as a range,
// "sont insérés des articles L. 1-1 à L. 1-3 ainsi rédigés :", are every
// number of the series between its ends: a text quoting L. 1-1 and L.
// 1-3 alone is refused as not the articles named (it created the two,
// and an L. 1-2 whose heading was not read went into the L. 1-1's
// text); articles numbered after one of them ("L. 1-1-1") may come
// between. An alinéa of a new article that opens as an article's heading
// ("« Art. L. 1-2. − B." — a dash not read) is refused: another article,
// its heading not read (it was an alinéa of the one before).
func TestStruct4NewArticlesAsAnnounced(t *testing.T) {
	arts := map[string][]string{"L1": s4("Le maire signe."), "L4": s4("Le juge reste.")}
	after := "Après l'article L. 1 du code civil, "
	runLaw3(t, []law3Case{
		{name: "the range whole", arts: arts,
			text: s4(after+"sont insérés des articles L. 1-1 à L. 1-3 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. – B.", "« Art. L. 1-3. – C. »"),
			want: map[string][]string{"L1-1": s4("A."), "L1-2": s4("B."), "L1-3": s4("C.")}},
		{name: "with an article numbered after one", arts: arts,
			text: s4(after+"sont insérés des articles L. 1-1 à L. 1-3 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-1-1. – A1.", "« Art. L. 1-2. – B.", "« Art. L. 1-3. – C. »"),
			want: map[string][]string{"L1-1": s4("A."), "L1-1-1": s4("A1."), "L1-2": s4("B."), "L1-3": s4("C.")}},
		{name: "a number between not quoted: refused", arts: arts,
			text: s4(after+"sont insérés des articles L. 1-1 à L. 1-3 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-3. – C. »")},
		{name: "a heading between not read: refused", arts: arts,
			text: s4(after+"sont insérés des articles L. 1-1 à L. 1-3 ainsi rédigés :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. − B.", "« Art. L. 1-3. – C. »")},
		{name: "the code completed by a range, one missing: refused", arts: arts,
			text: s4("Le code civil est complété par des articles L. 5 à L. 7 ainsi rédigés :", "« Art. L. 5. – A.", "« Art. L. 7. – C. »")},
		{name: "one article, a second heading not read: refused", arts: arts,
			text: s4(after+"il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – A.", "« Art. L. 1-2. − B. »")},
		{name: "one article, its text several alinéas and items", arts: arts,
			text: s4(after+"il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – Le maire peut :", "« 1° Signer ;", "« 2° Viser.", "« Il part. »"),
			want: map[string][]string{"L1-1": s4("Le maire peut :", "1° Signer ;", "2° Viser.", "Il part.")}},
		{name: "one article with paragraphs", arts: arts,
			text: s4(after+"il est inséré un article L. 1-1 ainsi rédigé :", "« Art. L. 1-1. – I. – Le maire signe.", "« II. – Le juge vise. »"),
			want: map[string][]string{"L1-1": s4("I. – Le maire signe.", "II. – Le juge vise.")}},
	})
	for _, dash := range []string{" – ", " - ", " — ", ".– ", ".-", ". ― "} {
		head := "« Art. L. 1-1." + dash + "A. »"
		if strings.HasPrefix(dash, ".") {
			head = "« Art. L. 1-1" + dash + "A. »"
		}
		runLaw3(t, []law3Case{{name: "the heading's dash " + dash, arts: arts,
			text: s4(after+"il est inséré un article L. 1-1 ainsi rédigé :", head), want: map[string][]string{"L1-1": s4("A.")}}})
	}
}

// TestStruct4Guards: forms of bills on whole and several articles read
// already, kept as guards.
func TestStruct4Guards(t *testing.T) {
	arts := map[string][]string{"L1": s4("Le maire signe."), "L2": s4("Le maire part."), "L4": s4("Le juge reste.")}
	cc := " du code civil"
	runLaw3(t, []law3Case{
		{name: "il est rétabli un article", arts: arts,
			text: s4("Il est rétabli un article L. 3"+cc+" ainsi rédigé :", "« Art. L. 3. – Le greffier signe. »"), want: map[string][]string{"L3": s4("Le greffier signe.")}},
		{name: "l'article est ainsi rétabli", arts: arts,
			text: s4("L'article L. 3"+cc+" est ainsi rétabli :", "« Art. L. 3. – Le greffier signe. »"), want: map[string][]string{"L3": s4("Le greffier signe.")}},
		{name: "sont insérés des articles", arts: arts,
			text: s4("Après l'article L. 1"+cc+", sont insérés des articles L. 1-1 et L. 1-2 ainsi rédigés :", "« Art. L. 1-1. – Le greffier signe.", "« Art. L. 1-2. – Le greffier part. »"),
			want: map[string][]string{"L1-1": s4("Le greffier signe."), "L1-2": s4("Le greffier part.")}},
		{name: "au premier alinéa des articles", arts: arts,
			text: s4("Au premier alinéa des articles L. 1 et L. 2" + cc + ", le mot : « maire » est remplacé par le mot : « juge »."),
			want: map[string][]string{"L1": s4("Le juge signe."), "L2": s4("Le juge part.")}},
		{name: "à la fin de chacun des articles", arts: arts,
			text: s4("À la fin de chacun des articles L. 1 et L. 2" + cc + ", sont ajoutés les mots : « vite »."),
			want: map[string][]string{"L1": s4("Le maire signe vite."), "L2": s4("Le maire part vite.")}},
		{name: "chacun des articles complété par un alinéa", arts: arts,
			text: s4("Chacun des articles L. 1 et L. 2"+cc+" est complété par un alinéa ainsi rédigé :", "« Il part. »"),
			want: map[string][]string{"L1": s4("Le maire signe.", "Il part."), "L2": s4("Le maire part.", "Il part.")}},
		{name: "deviennent respectivement", arts: arts,
			text: s4("Les articles L. 1 et L. 2" + cc + " deviennent respectivement les articles L. 5 et L. 6."),
			want: map[string][]string{"L1": nil, "L2": nil, "L5": s4("Le maire signe."), "L6": s4("Le maire part.")}},
		{name: "devient et est ainsi modifié", arts: arts,
			text: s4("L'article L. 1"+cc+" devient l'article L. 1-1 et est ainsi modifié :", "1° Le mot : « maire » est remplacé par le mot : « juge »."),
			want: map[string][]string{"L1": nil, "L1-1": s4("Le juge signe.")}},
		{name: "abrogés, a list and a range", arts: map[string][]string{"L1": s4("a."), "L2": s4("b."), "L3": s4("c."), "L4": s4("d."), "L5": s4("e."), "L6": s4("f."), "L7": s4("g.")},
			text: s4("Les articles L. 1, L. 3 à L. 5 et L. 7" + cc + " sont abrogés."),
			want: map[string][]string{"L1": nil, "L3": nil, "L4": nil, "L5": nil, "L7": nil}},
		{name: "an intitulé of a chapter: no article", arts: arts,
			text: s4("L'intitulé du chapitre II du titre Ier du livre Ier" + cc + " est ainsi rédigé : « Du maire »."), want: map[string][]string{}},
	})
	c := gdCorpus(map[string]string{
		"L3": "livre-ier/titre-ier/chapitre-ier/section-3",
		"L4": "livre-ier/titre-ier/chapitre-ier/section-3",
		"L5": "livre-ier/titre-ier/chapitre-ii",
	})
	cm := " du titre Ier du livre Ier du code de commerce"
	for _, tc := range []struct {
		lines []string
		want  map[string]string
	}{
		{s4("Le chapitre II"+cm+" est complété par des articles L. 7 et L. 8 ainsi rédigés :", "« Art. L. 7. – Le terme court.", "« Art. L. 8. – Le terme part. »"),
			map[string]string{"l7": "livre-ier/titre-ier/chapitre-ii", "l8": "livre-ier/titre-ier/chapitre-ii"}},
		{s4("La section 3 du chapitre Ier" + cm + " devient la section 4 et les articles L. 3 et L. 4 deviennent les articles L. 11 et L. 12."),
			map[string]string{"l11": "livre-ier/titre-ier/chapitre-ier/section-4", "l12": "livre-ier/titre-ier/chapitre-ier/section-4"}},
	} {
		out, errs, _ := gdApply(c, tc.lines...)
		if len(errs) > 0 {
			t.Errorf("%q: %v", tc.lines[0], errs)
		}
		for k, d := range tc.want {
			if a, ok := out[CodeRef{Code: "code de commerce", Article: k}]; !ok || strings.Join(a.Division, "/") != d {
				t.Errorf("%q: %s in %v, want %s", tc.lines[0], k, a.Division, d)
			}
		}
	}
}
