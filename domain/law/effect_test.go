package law

import (
	"strings"
	"testing"
)

// effectBill is a bill whose first article edits three articles of the
// code civil and whose second says when some of them take effect (entry).
func effectBill(entry string) []Article {
	return []Article{
		{Number: "1", Alineas: []string{
			"Le code civil est ainsi modifié :",
			"1° À l'article L. 2, le mot : « chat » est remplacé par le mot : « chien » ;",
			"2° L'article L. 6 est abrogé ;",
			"3° Aux articles L. 3 et L. 9, le mot : « noir » est supprimé ;",
			"4° Après l'article L. 4, il est inséré un article L. 4-1 ainsi rédigé :",
			"« Art. L. 4-1. – Texte nouveau. »",
		}},
		{Number: "2", Alineas: []string{"I. – Le présent titre est applicable en Polynésie française.", "II. – " + entry}},
	}
}

// effectOf gives the instructions of article 1 by alinéa.
func effectOf(t *testing.T, entry string) map[int]Instruction {
	t.Helper()
	out := map[int]Instruction{}
	for _, in := range ParseInstructions(effectBill(entry)) {
		if in.Article == "1" {
			out[in.Alinea] = in
		}
	}
	for _, a := range []int{2, 3, 4, 5} {
		if _, ok := out[a]; !ok {
			t.Fatalf("alinéa %d of article 1 not read as an instruction", a)
		}
	}
	return out
}

// An entry into force of code articles by an event: the instructions
// whose edits all stand in the articles named are applied, marked with
// it; one editing an article outside them (L. 6) or outside and inside
// (L. 3 and L. 9) is not.
func TestCodeArticlesTakeEffectLater(t *testing.T) {
	entry := "Les articles L. 1 à L. 5 du même code, dans leur rédaction résultant de la présente loi, entrent en vigueur à la date de la première réunion du conseil et au plus tard le 1er novembre 2030."
	ins := effectOf(t, entry)
	want := "II. – " + entry
	for a, marked := range map[int]bool{2: true, 3: false, 4: false, 5: true} {
		in := ins[a]
		if in.Status != Parsed {
			t.Fatalf("alinéa %d: %s (%s), want parsed", a, in.Status, in.Reason)
		}
		if got := in.TakesEffect == want; got != marked {
			t.Errorf("alinéa %d: TakesEffect %q, marked %v, want %v", a, in.TakesEffect, got, marked)
		}
	}
}

// The same by a delay, the code named, one article alone ("entre").
func TestCodeArticleTakesEffectAfterADelay(t *testing.T) {
	entry := "L'article L. 6 du code civil, dans sa rédaction issue de la présente loi, entre en vigueur six mois après la publication de la présente loi."
	ins := effectOf(t, entry)
	if ins[3].TakesEffect == "" || ins[2].TakesEffect != "" {
		t.Errorf("L. 6 repealed marked %q, L. 2 edited marked %q: want only the first", ins[3].TakesEffect, ins[2].TakesEffect)
	}
}

// On a day of the calendar, the instructions editing the articles named
// are refused as deferred, as a bill article's own parts are; the others
// stay applied.
func TestCodeArticlesTakeEffectOnADay(t *testing.T) {
	ins := effectOf(t, "Les articles L. 2 et L. 4-1 du code civil entrent en vigueur le 1er janvier 2030.")
	for a, deferred := range map[int]bool{2: true, 3: false, 4: false, 5: true} {
		in := ins[a]
		if got := in.Status == Unparsed && strings.HasPrefix(in.Reason, "deferred: article 2 of the law sets when the code articles"); got != deferred {
			t.Errorf("alinéa %d: %s (%s), deferred %v, want %v", a, in.Status, in.Reason, got, deferred)
		}
	}
}

// The law's own date defers and marks nothing; bill articles named (no
// code) are read elsewhere (deferredByOtherArticle), not as code
// articles.
func TestCodeArticlesTakeEffectNotSaid(t *testing.T) {
	for _, entry := range []string{
		"Les articles L. 1 à L. 5 du même code entrent en vigueur le lendemain de la publication de la présente loi.",
		"Les articles 3 et 4 entrent en vigueur six mois après la publication de la présente loi.",
		"Les articles L. 1 à L. 5 du même code s'appliquent aux contrats conclus après la publication de la présente loi.",
		// In a part of the territory (reEntryTerritory): elsewhere with
		// the law.
		"Les articles L. 1 à L. 5 du même code entrent en vigueur en Nouvelle-Calédonie à une date fixée par décret.",
		"Les articles L. 1 à L. 5 du même code entrent en vigueur à Mayotte le 1er janvier 2030.",
	} {
		for a, in := range effectOf(t, entry) {
			if a == 1 {
				continue // "Le code civil est ainsi modifié :"
			}
			if in.Status != Parsed || in.TakesEffect != "" {
				t.Errorf("%q: alinéa %d %s (%s) marked %q, want parsed and unmarked", entry, a, in.Status, in.Reason, in.TakesEffect)
			}
		}
	}
}

// LaterEffects lists the marks by code article, once each, and leaves
// out an instruction Apply did not apply.
func TestLaterEffectsByArticle(t *testing.T) {
	entry := "Les articles L. 1 à L. 5 du même code, dans leur rédaction résultant de la présente loi, entrent en vigueur six mois après la publication de la présente loi."
	ins := ParseInstructions(effectBill(entry))
	eff := LaterEffects(ins, nil)
	l2, l41 := CodeRef{Code: "code civil", Article: ArticleKey("L. 2")}, CodeRef{Code: "code civil", Article: ArticleKey("L. 4-1")}
	if len(eff) != 2 || len(eff[l2]) != 1 || len(eff[l41]) != 1 || eff[l2][0].Article != "1" || eff[l2][0].Text != "II. – "+entry {
		t.Fatalf("LaterEffects = %v, want L. 2 and L. 4-1 once each, by article 1", eff)
	}
	var k int
	for i, in := range ins {
		if in.Article == "1" && in.Alinea == 2 {
			k = i
		}
	}
	if eff = LaterEffects(ins, []ApplyError{{Instruction: k, Ref: l2, Reason: "not found"}}); len(eff[l2]) != 0 || len(eff[l41]) != 1 {
		t.Errorf("with the L. 2 instruction failed: %v, want L. 4-1 alone", eff)
	}
}

// "du même code" after a part censured: the part may have named the code
// meant, so the one named before it is not said to be it — refused
// (the article of the code named before was edited).
func TestSameCodeAfterACensuredPart(t *testing.T) {
	arts := []Article{
		{Number: "1", Alineas: []string{"À l'article L. 1 du code civil, le mot : « chat » est remplacé par le mot : « chien »."}},
		{Number: "2", Alineas: []string{"I. – (Censuré)", "II. – À l'article L. 2 du même code, le mot : « noir » est supprimé."}},
		{Number: "3", Alineas: []string{"I. – (Censuré)", "II. – À l'article L. 3 du code de commerce, le mot : « noir » est supprimé.", "III. – À l'article L. 4 du même code, le mot : « blanc » est supprimé."}},
	}
	got := map[string]Instruction{}
	for _, in := range ParseInstructions(arts) {
		got[string(in.Article)+"/"+string(rune('0'+in.Alinea))] = in
	}
	if in := got["2/2"]; in.Status != Unparsed || !strings.Contains(in.Reason, "after a part censured") {
		t.Errorf("after (Censuré): %s (%s) %v, want refused", in.Status, in.Reason, in.Edits)
	}
	// A code named after the censured part is the one meant.
	if in := got["3/3"]; in.Status != Parsed || len(in.Edits) != 1 || in.Edits[0].Scope.Ref.Code != "code de commerce" {
		t.Errorf("a code named after the censured part: %s (%s) %v, want the code de commerce's L. 4", in.Status, in.Reason, in.Edits)
	}
}

// "Les articles … du même code, dans leur rédaction résultant de la
// présente loi, …" after a part censured: the code is not said; the
// articles are this law's, so the one code whose articles of those
// numbers the bill edits is it. Two such codes: not said, nothing marked.
func TestCodeArticlesTakeEffectCodeByEdits(t *testing.T) {
	entry := "II. – Les articles L. 1 à L. 5 du même code, dans leur rédaction résultant de la présente loi, entrent en vigueur six mois après la publication de la présente loi."
	bill := func(second string) []Article {
		return []Article{
			{Number: "1", Alineas: []string{
				"La section 2 du chapitre Ier du titre II du livre Ier du code civil est complétée par des articles L. 4 et L. 5 ainsi rédigés :",
				"« Art. L. 4. – Texte quatre.",
				"« Art. L. 5. – Texte cinq. »",
			}},
			{Number: "2", Alineas: []string{second}},
			{Number: "3", Alineas: []string{"I. – (Censuré)", entry}},
		}
	}
	marked := func(ins []Instruction) (n int) {
		for _, in := range ins {
			if in.TakesEffect == entry {
				n++
			}
		}
		return n
	}
	one := ParseInstructions(bill("À l'article L. 9 du code de commerce, le mot : « noir » est supprimé."))
	if n := marked(one); n != 1 || one[0].TakesEffect != entry {
		t.Errorf("one code edits L. 1 to L. 5: %d marked (first %q), want the new articles' instruction alone", n, one[0].TakesEffect)
	}
	two := ParseInstructions(bill("À l'article L. 2 du code de commerce, le mot : « noir » est supprimé."))
	if n := marked(two); n != 0 {
		t.Errorf("two codes edit articles L. 1 to L. 5: %d marked, want none", n)
	}
	// Without the version clause, the articles need not be this law's:
	// not read.
	plain := ParseInstructions([]Article{bill("")[0], {Number: "3", Alineas: []string{"I. – (Censuré)", "II. – Les articles L. 1 à L. 5 du même code entrent en vigueur six mois après la publication de la présente loi."}}})
	for _, in := range plain {
		if in.TakesEffect != "" {
			t.Errorf("no version clause: %s/%d marked %q", in.Article, in.Alinea, in.TakesEffect)
		}
	}
}

// After a code named in the same bill article, a censured part does not
// break "du même code": the parts of one article are read with the text
// it named; a censured item inside quoted new text is no part of the
// bill.
func TestSameCodeAfterACensuredPartOfTheArticle(t *testing.T) {
	arts := []Article{{Number: "1", Alineas: []string{
		"I. – À l'article L. 1 du code civil, le mot : « chat » est remplacé par le mot : « chien ».",
		"II. – L'article L. 2 du même code est ainsi rédigé :",
		"« Art. L. 2. – 1° Texte ;",
		"« 2° (Censuré) ; »",
		"III. – (Censuré)",
		"IV. – À l'article L. 3 du même code, le mot : « noir » est supprimé.",
	}}}
	for _, in := range ParseInstructions(arts) {
		if in.Status != Parsed || in.Edits[0].Scope.Ref.Code != "code civil" {
			t.Errorf("alinéa %d: %s (%s) %v, want the code civil's", in.Alinea, in.Status, in.Reason, in.Edits)
		}
	}
}
