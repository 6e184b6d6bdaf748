package law

import (
	"strings"
	"testing"
)

// Rules TestGenerativeDivisions found in its second pass: paragraphes,
// several headings, renumberings chained in one sentence.

// Two renumberings of divisions in one sentence, the second naming its
// division alone ("La section 1 du chapitre Ier … devient la section 2
// et la section 2 devient la section 3"): the second's section is the
// first's sibling, as its new number is, and the two are one
// renumbering, at once (a chain) — the former section 2 becomes the 3,
// the former 1 the 2. It was refused: the first clause landed on a
// section 2 still in force.
func TestGenDiv2ChainInOneSentence(t *testing.T) {
	c := gdCorpus(map[string]string{
		"L1": "livre-ier/titre-ier/chapitre-ier/section-1",
		"L2": "livre-ier/titre-ier/chapitre-ier/section-2/sous-section-1",
		"L3": "livre-ier/titre-ier/chapitre-ii/section-2",
	})
	for _, line := range []string{
		"La section 1 du chapitre Ier du titre Ier du livre Ier du code de commerce devient la section 2 et la section 2 devient la section 3.",
		"La section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce devient la section 3 et la section 1 devient la section 2.",
	} {
		out, errs, _ := gdApply(c, line)
		if len(errs) > 0 {
			t.Errorf("%q: %v", line, errs)
			continue
		}
		want := map[string]string{
			"l1": "livre-ier/titre-ier/chapitre-ier/section-2",
			"l2": "livre-ier/titre-ier/chapitre-ier/section-3/sous-section-1",
			"l3": "livre-ier/titre-ier/chapitre-ii/section-2", // another chapitre: not named
		}
		for k, d := range want {
			if got := strings.Join(out[CodeRef{Code: "code de commerce", Article: ArticleKey(k)}].Division, "/"); got != d {
				t.Errorf("%q: %s in %s, want %s", line, k, got, d)
			}
		}
	}
	// The second clause naming its own parent is read as written: the
	// chapitre II's section 2 moves, the first clause still lands on a
	// section 2 in force — refused, nothing moved.
	line := "La section 1 du chapitre Ier du titre Ier du livre Ier du code de commerce devient la section 2 et la section 2 du chapitre II du titre Ier du livre Ier du code de commerce devient la section 3."
	out, errs, _ := gdApply(c, line)
	if len(errs) == 0 {
		t.Errorf("%q: applied, want refused", line)
	}
	if got := strings.Join(out[CodeRef{Code: "code de commerce", Article: "l1"}].Division, "/"); got != "livre-ier/titre-ier/chapitre-ier/section-1" {
		t.Errorf("%q: L. 1 moved to %s", line, got)
	}
}

// The sous-paragraphe is a division of the codes below the paragraphe,
// named as the others: "Le sous-paragraphe 1 du paragraphe 2 de la
// sous-section 2 … est abrogé" repeals its articles, its heading
// ("L'intitulé du sous-paragraphe 1 …", "Dans l'intitulé du paragraphe 2
// …, le mot …") changes no article. It was read as no division (no
// target article) — and "Le sous-paragraphe 1 du code de commerce est
// complété par un article …", one level not the code's top, was applied
// as the code's (now refused: which one is not said).
func TestGenDiv2SousParagraphe(t *testing.T) {
	c := gdCorpus(map[string]string{
		"L4-1": "livre-ier/titre-ier/chapitre-ier/section-2/sous-section-2/paragraphe-1",
		"L4-2": "livre-ier/titre-ier/chapitre-ier/section-2/sous-section-2/paragraphe-2",
		"L4-3": "livre-ier/titre-ier/chapitre-ier/section-2/sous-section-2/paragraphe-2/sous-paragraphe-1",
	})
	out, errs, _ := gdApply(c, "Le sous-paragraphe 1 du paragraphe 2 de la sous-section 2 de la section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce est abrogé.")
	if len(errs) > 0 || len(out) != 2 {
		t.Errorf("repeal: %v, %d articles left, want 2", errs, len(out))
	}
	if _, ok := out[CodeRef{Code: "code de commerce", Article: "l4-3"}]; ok {
		t.Errorf("repeal: L. 4-3 left")
	}
	for _, line := range []string{
		"L'intitulé du sous-paragraphe 1 du paragraphe 2 de la sous-section 2 de la section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce est ainsi rédigé : « Dispositions ».",
		"Dans l'intitulé du paragraphe 2 de la sous-section 2 de la section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce, le mot : « délai » est remplacé par le mot : « terme ».",
		"Le sous-paragraphe 1 du paragraphe 2 de la sous-section 2 de la section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce est intitulé : « Dispositions ».",
	} {
		out, errs, ins := gdApply(c, line)
		if len(errs) > 0 || ins[0].Status != Parsed || len(out) != 3 {
			t.Errorf("%q: %v %v %q", line, errs, ins[0].Status, ins[0].Reason)
		}
		for r, a := range out {
			if a.Alineas[0] != "Le délai court." {
				t.Errorf("%q: %s changed", line, r.Article)
			}
		}
	}
	out, errs, ins := gdApply(c, "Le sous-paragraphe 1 du code de commerce est complété par un article L. 4-4 ainsi rédigé :", "« Art. L. 4-4. – Le terme court. »")
	if _, ok := out[CodeRef{Code: "code de commerce", Article: "l4-4"}]; ok || len(errs) == 0 && ins[0].Status == Parsed {
		t.Errorf("one level: applied, want refused (%v %v)", errs, ins[0].Status)
	}
}

// "La section 2 … devient la section 3 et est ainsi modifiée :": its
// items name the divisions of the section under its new number ("1° À la
// sous-section 2, …" is the sous-section 2 of the section 3). It was
// the code's: the sous-section 2 of the code alone, refused.
func TestGenDiv2RenumberedDivisionContext(t *testing.T) {
	c := gdCorpus(map[string]string{
		"L1": "livre-ier/titre-ier/chapitre-ier/section-1",
		"L4": "livre-ier/titre-ier/chapitre-ier/section-2/sous-section-2",
	})
	out, errs, _ := gdApply(c,
		"La section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce devient la section 3 et est ainsi modifiée :",
		"1° À la sous-section 2, le mot : « délai » est remplacé par le mot : « terme » ;",
		"2° L'article L. 1 est abrogé.")
	l4 := out[CodeRef{Code: "code de commerce", Article: "l4"}]
	if len(errs) > 0 || len(out) != 1 || l4.Alineas[0] != "Le terme court." || strings.Join(l4.Division, "/") != "livre-ier/titre-ier/chapitre-ier/section-3/sous-section-2" {
		t.Errorf("%v %+v", errs, out)
	}
}

// A renumbering of divisions refused (the new number holds articles
// still: "La section 2 … devient la section 3" where the corpus's section
// 3 stays) makes a later instruction naming the new number refused: the
// law means the division renumbered, not the one the corpus files there
// — the items of "… devient la section 3 et est ainsi modifiée :" edited
// the section 3 in force.
func TestGenDiv2RefusedRenumberingBlinds(t *testing.T) {
	c := gdCorpus(map[string]string{
		"L4": "livre-ier/titre-ier/chapitre-ier/section-2/sous-section-2",
		"L5": "livre-ier/titre-ier/chapitre-ier/section-3/sous-section-2",
	})
	for _, lines := range [][]string{
		{"La section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce devient la section 3 et est ainsi modifiée :",
			"1° À la sous-section 2, le mot : « délai » est remplacé par le mot : « terme »."},
		{"I. – La section 2 du chapitre Ier du titre Ier du livre Ier du code de commerce devient la section 3.",
			"II. – La section 3 du chapitre Ier du titre Ier du livre Ier du code de commerce est abrogée."},
	} {
		out, errs, _ := gdApply(c, lines...)
		if len(errs) < 2 || len(out) != 2 {
			t.Errorf("%q: %v %v", lines, errs, out)
		}
		for r, a := range out {
			if a.Alineas[0] != "Le délai court." {
				t.Errorf("%q: %s edited", lines, r.Article)
			}
		}
	}
}
