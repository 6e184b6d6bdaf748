package law

import (
	"strings"
	"testing"
)

// The official drafting guides' formulas for whole units (articles,
// items, divisions): these tests are built from short phrases of those
// forms.

// runUnits applies a bill article's alinéas (text) to the code civil's
// articles (arts, heading → alinéas) and checks every article after it
// (want, heading → alinéas; nil alinéas: the article gone or repealed).
// wantRefused says the instruction must be refused, the articles left as
// they were.
func runUnits(t *testing.T, name string, arts map[string][]string, text []string, want map[string][]string, wantRefused bool) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		c := Corpus{}
		for h, al := range arts {
			ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
			c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
		}
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: text}})
		got, errs := Apply(c, ins, ApplyOptions{})
		refused := len(errs) > 0
		for _, in := range ins {
			refused = refused || in.Status == Unparsed
		}
		if wantRefused {
			if !refused {
				t.Fatalf("applied, want refused")
			}
			want = arts
		} else if refused {
			for _, in := range ins {
				if in.Status == Unparsed {
					t.Fatalf("unparsed (%s): %s", in.Reason, in.Text)
				}
			}
			t.Fatalf("apply: %v", errs[0])
		}
		for h, w := range want {
			g := got[CodeRef{Code: "code civil", Article: ArticleKey(h)}].Alineas
			if strings.Join(g, "\n") != strings.Join(w, "\n") {
				t.Errorf("%s: got %q, want %q", h, g, w)
			}
		}
	})
}

// TestLegUnitArticlesReplaced: several articles replaced by fewer or
// other ones — "Les articles L. 1 à L. 3 sont remplacés par deux articles
// L. 1 et L. 2 ainsi rédigés :", "Les articles L. 1 et L. 2 sont
// remplacés par un article L. 1 ainsi rédigé :" — are all repealed, and
// the new articles take their place (the L. 3 stayed in force; the second
// form was refused). New articles other than those announced are
// refused. Several articles rewritten ("sont ainsi rédigés") must each
// have their text: one named without it is refused (it stayed as it
// was).
func TestLegUnitArticlesReplaced(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le maire date."}, "L3": {"Le préfet vise."}, "L4": {"Le clerc lit."}}
	runUnits(t, "a range replaced by two articles", arts,
		[]string{"Les articles L. 1 à L. 3 du code civil sont remplacés par deux articles L. 1 et L. 2 ainsi rédigés :", "« Art. L. 1. – Le notaire note.", "« Art. L. 2. – Le greffier écrit. »"},
		map[string][]string{"L1": {"Le notaire note."}, "L2": {"Le greffier écrit."}, "L3": nil, "L4": {"Le clerc lit."}}, false)
	runUnits(t, "two articles replaced by one", arts,
		[]string{"Les articles L. 1 et L. 2 du code civil sont remplacés par un article L. 1 ainsi rédigé :", "« Art. L. 1. – Le notaire note. »"},
		map[string][]string{"L1": {"Le notaire note."}, "L2": nil, "L3": {"Le préfet vise."}}, false)
	runUnits(t, "the new article is not the one announced: refused", arts,
		[]string{"Les articles L. 1 et L. 2 du code civil sont remplacés par un article L. 1 ainsi rédigé :", "« Art. L. 5. – Le notaire note. »"}, nil, true)
	runUnits(t, "three rewritten, two given: refused", arts,
		[]string{"Les articles L. 1, L. 2 et L. 3 du code civil sont ainsi rédigés :", "« Art. L. 1. – Le notaire note.", "« Art. L. 2. – Le greffier écrit. »"}, nil, true)
	runUnits(t, "a range rewritten, its last article not given: refused", arts,
		[]string{"Les articles L. 1 à L. 3 du code civil sont ainsi rédigés :", "« Art. L. 1. – Le notaire note.", "« Art. L. 2. – Le greffier écrit. »"}, nil, true)
	runUnits(t, "a range rewritten, every article given", arts,
		[]string{"Les articles L. 1 à L. 3 du code civil sont ainsi rédigés :", "« Art. L. 1. – Le notaire note.", "« Art. L. 2. – Le greffier écrit.", "« Art. L. 3. – Le juge lit. »"},
		map[string][]string{"L1": {"Le notaire note."}, "L2": {"Le greffier écrit."}, "L3": {"Le juge lit."}, "L4": {"Le clerc lit."}}, false)
}

// TestLegUnitRenumberedThenEdited: an article or an item renumbered, its
// new number in a relative clause, then edited — "L'article L. 2, qui
// devient l'article L. 5, est ainsi modifié :", "… est complété par un
// alinéa", "Les articles L. 2 et L. 3, qui deviennent respectivement les
// articles L. 5 et L. 6, sont ainsi modifiés :", "Le 3°, qui devient le
// 4°, est complété par les mots …" — and the same with the verb after
// "et" and no subject, "L'article L. 2 devient l'article L. 5 et est
// complété par …", "Le 3° devient le 4° et est complété par …": the
// renumbering, then the edit under the new number (they were refused as
// renumberings into a division). A renumbering of another kind (an
// article into an item) stays refused.
func TestLegUnitRenumberedThenEdited(t *testing.T) {
	arts := map[string][]string{"L1": {"Sont exclus :", "1° Les meubles ;", "2° Les immeubles ;", "3° Les navires."}, "L2": {"Le maire date."}, "L3": {"Le préfet vise."}}
	moved := map[string][]string{"L2": nil, "L5": {"Le préfet date."}, "L3": {"Le préfet vise."}}
	for _, head := range []string{
		"L'article L. 2 du code civil, qui devient l'article L. 5, est ainsi modifié :",
		"L'article L. 2 du code civil devient l'article L. 5 et est ainsi modifié :",
	} {
		runUnits(t, head, arts, []string{head, "1° Le mot : « maire » est remplacé par le mot : « préfet »."}, moved, false)
	}
	runUnits(t, "qui deviennent respectivement, sont ainsi modifiés", arts,
		[]string{"Les articles L. 2 et L. 3 du code civil, qui deviennent respectivement les articles L. 5 et L. 6, sont ainsi modifiés :", "1° Le mot : « Le » est remplacé par le mot : « Un »."},
		map[string][]string{"L2": nil, "L3": nil, "L5": {"Un maire date."}, "L6": {"Un préfet vise."}}, false)
	completed := map[string][]string{"L2": nil, "L5": {"Le maire date.", "Le juge signe."}}
	for _, head := range []string{
		"L'article L. 2 du code civil, qui devient l'article L. 5, est complété par un alinéa ainsi rédigé :",
		"L'article L. 2 du code civil devient l'article L. 5 et est complété par un alinéa ainsi rédigé :",
	} {
		runUnits(t, head, arts, []string{head, "« Le juge signe. »"}, completed, false)
	}
	runUnits(t, "qui devient, est ainsi rédigé", arts,
		[]string{"L'article L. 2 du code civil, qui devient l'article L. 5, est ainsi rédigé :", "« Art. L. 5. – Le juge signe. »"},
		map[string][]string{"L2": nil, "L5": {"Le juge signe."}}, false)
	items := map[string][]string{"L1": {"Sont exclus :", "1° Les meubles ;", "2° Les immeubles ;", "3° Les trains ;", "4° Les navires et les avions."}}
	for _, item := range []string{
		"1° Le 3°, qui devient le 4°, est complété par les mots : « et les avions » ;",
		"1° Le 3° devient le 4° et est complété par les mots : « et les avions » ;",
	} {
		runUnits(t, item, arts, []string{"L'article L. 1 du code civil est ainsi modifié :", item, "2° Après le 2°, il est inséré un 3° ainsi rédigé :", "« 3° Les trains ; »"}, items, false)
	}
	runUnits(t, "an article into an item: refused", arts,
		[]string{"L'article L. 2 du code civil, qui devient le 4° de l'article L. 1, est complété par les mots : « vite »."}, nil, true)
}

// TestLegUnitDivisionRenumberedWithArticles: a division renumbered, its
// code named, then its articles renumbered in the same alinéa — "Le
// chapitre II du titre Ier du code civil devient le chapitre IV et les
// articles L. 2 et L. 3 deviennent respectivement les articles L. 5 et
// L. 6" — the later clauses are in that code (they were refused: an
// article of an unknown code).
func TestLegUnitDivisionRenumberedWithArticles(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le maire date."}, "L3": {"Le préfet vise."}}
	runUnits(t, "chapitre then articles", arts,
		[]string{"Le chapitre II du titre Ier du livre Ier du code civil devient le chapitre IV et les articles L. 2 et L. 3 deviennent respectivement les articles L. 5 et L. 6."},
		map[string][]string{"L1": {"Le juge signe."}, "L2": nil, "L3": nil, "L5": {"Le maire date."}, "L6": {"Le préfet vise."}}, false)
	runUnits(t, "section then an article", arts,
		[]string{"La section 2 du chapitre Ier du titre Ier du livre Ier du code civil devient la section 3 et l'article L. 3 devient l'article L. 4."},
		map[string][]string{"L3": nil, "L4": {"Le préfet vise."}}, false)
}

// TestLegUnitHeadingReplaced: a division's heading given anew as older
// laws write it, "L'intitulé du chapitre II … est remplacé par l'intitulé
// suivant : « … »", is "… est ainsi rédigé : « … »", a heading (it was
// not understood).
func TestLegUnitHeadingReplaced(t *testing.T) {
	for _, text := range []string{
		"L'intitulé du chapitre II du titre Ier du livre Ier du code civil est remplacé par l'intitulé suivant : « Des contrats ».",
		"L'intitulé de la section 2 du chapitre Ier du titre Ier du livre Ier du code civil est remplacé par l'intitulé suivant :",
	} {
		al := []string{text}
		if strings.HasSuffix(text, ":") {
			al = append(al, "« Des contrats »")
		}
		ins := ParseInstructions([]Article{{Number: "1", Alineas: al}})
		if len(ins) != 1 || ins[0].Status != Parsed || len(ins[0].Edits) != 1 || ins[0].Edits[0].Kind != EditRewriteHeading || strings.Join(ins[0].Edits[0].Lines, "") != "Des contrats" {
			t.Errorf("%q: %+v, want a heading rewritten", text, ins)
		}
	}
}

// TestLegUnitAmendmentDeletionAcrossLevels: an amendment deleting alinéas
// that end one division's list and hold a whole division of a higher
// level — "Supprimer les alinéas 4 et 5" where 4 is the I's last item,
// "3° …", and 5 the whole II — leaves a placeholder for each, "3°
// (Supprimé)" then "II. – (Supprimé)" (the II went without one, its
// number lost); the items inside a division deleted go with it.
func TestLegUnitAmendmentDeletionAcrossLevels(t *testing.T) {
	B := []string{"I. – Le code est ainsi modifié :", "1° Le juge signe ;", "2° Le maire date :", "a) Le lundi ;", "b) Le mardi ;", "3° Le préfet vise.", "II. – La loi entre en vigueur :", "1° En mars ;", "2° En mai."}
	runAmendments(t, []amCase{
		{"the last item and the whole II", B, "Supprimer les alinéas 6 à 9.", []string{B[0], B[1], B[2], B[3], B[4], "3° (Supprimé)", "II. – (Supprimé)"}},
		{"an item with its own, then the II", B, "Alinéas 3 à 9\nSupprimer ces alinéas.", []string{B[0], B[1], "2° et 3° (Supprimé)", "II. – (Supprimé)"}},
		{"the items of one list together, as before", B, "Supprimer les alinéas 2 à 6.", []string{B[0], "1°, 2° et 3° (Supprimé)", B[6], B[7], B[8]}},
	})
}

// TestLegUnitNewItemAfterItsLabel: an item added at the end of its list
// must rank after the list's last item of its kind: "Il est ajouté un 3°"
// where the 3° is in force, "Il est ajouté un II" where the II is the
// last, "Il est rétabli un 2°" where the 2° is in force are refused (the
// list held two; an instruction is missing, or the text is not the
// bill's). A placeholder, "3° (Abrogé)", is taken as before.
func TestLegUnitNewItemAfterItsLabel(t *testing.T) {
	L := []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles ;", "3° Les navires."}
	P := []string{"I. – Le juge signe.", "II. – Le maire date."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "il est ajouté un 3° after the 3°", before: L, text: []string{C, "1° Il est ajouté un 3° ainsi rédigé :", "« 3° Les avions. »"}, want: nil},
		{name: "complété par un 2° after the 3°", before: L, text: []string{"L'article L. 1 du code civil est complété par un 2° ainsi rédigé :", "« 2° Les avions. »"}, want: nil},
		{name: "il est ajouté un II after the II", before: P, text: []string{C, "1° Il est ajouté un II ainsi rédigé :", "« II. – Le clerc lit. »"}, want: nil},
		{name: "il est rétabli un 2° in force", before: L, text: []string{C, "1° Il est rétabli un 2° ainsi rédigé :", "« 2° Les avions ; »"}, want: nil},
		{name: "il est ajouté un 4°", before: L, text: []string{C, "1° Il est ajouté un 4° ainsi rédigé :", "« 4° Les avions. »"}, want: []string{L[0], L[1], L[2], "3° Les navires ;", "4° Les avions."}},
		{name: "il est rétabli un 3° on its placeholder", before: []string{L[0], L[1], L[2], "3° (Abrogé)"}, text: []string{C, "1° Il est rétabli un 3° ainsi rédigé :", "« 3° Les avions. »"}, want: []string{L[0], L[1], L[2], "3° Les avions."}},
	})
}

// TestLegUnitCapitalsAtTheirPlace: an item whose label ends with capitals
// goes before its base item — "Avant le 1°, il est inséré un 1° A", "Avant
// le 1° A, il est inséré un 1° AA", "Après le 1° A, il est inséré un 1°
// B", "Après le 1°, il est inséré un 2° A", "Avant le I, il est inséré un
// I A"; placed elsewhere, "Avant le 2°, il est inséré un 1° A", "Après le
// 1°, il est inséré un 1° A", its place and its label disagree: refused
// (it went where the anchor said, the 1° A after the 1°).
func TestLegUnitCapitalsAtTheirPlace(t *testing.T) {
	L := []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}
	A := []string{"Sont exclus :", "1° A Les avions ;", "1° Les meubles ;", "2° Les immeubles."}
	P := []string{"I. – Le juge signe.", "II. – Le maire date."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "avant le 1°, un 1° A", before: L, text: []string{C, "1° Avant le 1°, il est inséré un 1° A ainsi rédigé :", "« 1° A Les avions ; »"}, want: A},
		{name: "avant le 1° A, un 1° AA", before: A, text: []string{C, "1° Avant le 1° A, il est inséré un 1° AA ainsi rédigé :", "« 1° AA Les trains ; »"}, want: []string{A[0], "1° AA Les trains ;", A[1], A[2], A[3]}},
		{name: "après le 1° A, un 1° B", before: A, text: []string{C, "1° Après le 1° A, il est inséré un 1° B ainsi rédigé :", "« 1° B Les trains ; »"}, want: []string{A[0], A[1], "1° B Les trains ;", A[2], A[3]}},
		{name: "après le 1°, un 2° A", before: L, text: []string{C, "1° Après le 1°, il est inséré un 2° A ainsi rédigé :", "« 2° A Les trains ; »"}, want: []string{L[0], L[1], "2° A Les trains ;", L[2]}},
		{name: "avant le I, un I A", before: P, text: []string{C, "1° Avant le I, il est inséré un I A ainsi rédigé :", "« I A. – Le clerc lit. »"}, want: []string{"I A. – Le clerc lit.", P[0], P[1]}},
		{name: "avant le 2°, un 1° A: refused", before: L, text: []string{C, "1° Avant le 2°, il est inséré un 1° A ainsi rédigé :", "« 1° A Les avions ; »"}, want: nil},
		{name: "après le 1°, un 1° A: refused", before: L, text: []string{C, "1° Après le 1°, il est inséré un 1° A ainsi rédigé :", "« 1° A Les avions ; »"}, want: nil},
		{name: "après le 1° A, un 1° AA: refused", before: A, text: []string{C, "1° Après le 1° A, il est inséré un 1° AA ainsi rédigé :", "« 1° AA Les trains ; »"}, want: nil},
	})
}

// divisionCorpus is a code civil holding arts (heading → alinéas), each
// filed under its division in divs (heading → the division's slugs).
func divisionCorpus(arts, divs map[string][]string) Corpus {
	c := Corpus{}
	for h, al := range arts {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al, Division: divs[h]}
	}
	return c
}

// refusedSomewhere says whether an instruction of ins was not understood
// or an error of errs is other than a missing article.
func refusedSomewhere(ins []Instruction, errs []ApplyError) bool {
	for _, in := range ins {
		if in.Status == Unparsed {
			return true
		}
	}
	for _, e := range errs {
		if !e.Missing {
			return true
		}
	}
	return false
}

// runDivisions is runUnits for articles filed under divisions (divs,
// heading → the division's slugs).
func runDivisions(t *testing.T, name string, arts, divs map[string][]string, text []string, want map[string][]string) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		c := divisionCorpus(arts, divs)
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: text}})
		for _, in := range ins {
			if in.Status == Unparsed {
				t.Fatalf("unparsed (%s): %s", in.Reason, in.Text)
			}
		}
		got, errs := Apply(c, ins, ApplyOptions{})
		if len(errs) > 0 {
			t.Fatalf("apply: %v", errs[0])
		}
		for h, w := range want {
			g := got[CodeRef{Code: "code civil", Article: ArticleKey(h)}].Alineas
			if strings.Join(g, "\n") != strings.Join(w, "\n") {
				t.Errorf("%s: got %q, want %q", h, g, w)
			}
		}
	})
}

// TestLegUnitDivisionsReplaced: a division replaced by others, "La
// section 2 … est remplacée par une section 2 ainsi rédigée :" (or "par
// deux sections 2 et 2 bis"), is rewritten as "… est ainsi rédigée :"
// (the articles it held and the new text does not hold go); several,
// "Les sections 2 et 3 … sont remplacées par une section 2 ainsi
// rédigée :", go whole, the first's place taking the new text (the form
// was not understood; "Les sections 2 et 3 … sont ainsi rédigées" read
// each section as an article). A division's heading removed, its
// articles kept — "La division et l'intitulé de la section 2 … sont
// supprimés", "L'intitulé du chapitre II … est supprimé" — changes no
// article (it was refused as a part not read).
func TestLegUnitDivisionsReplaced(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le maire date."}, "L3": {"Le préfet vise."}, "L4": {"Le clerc lit."}}
	sec := func(n string) []string { return []string{"livre-ier", "titre-ier", "chapitre-ier", "section-" + n} }
	divs := map[string][]string{"L1": sec("1"), "L2": sec("2"), "L3": sec("2"), "L4": sec("3")}
	newSection := []string{"« Section 2", "« Du greffier", "« Art. L. 2. – Le greffier note. »"}
	runDivisions(t, "one section by one", arts, divs,
		append([]string{"La section 2 du chapitre Ier du titre Ier du livre Ier du code civil est remplacée par une section 2 ainsi rédigée :"}, newSection...),
		map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le greffier note."}, "L3": nil, "L4": {"Le clerc lit."}})
	runDivisions(t, "two sections by one", arts, divs,
		append([]string{"Les sections 2 et 3 du chapitre Ier du titre Ier du livre Ier du code civil sont remplacées par une section 2 ainsi rédigée :"}, newSection...),
		map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le greffier note."}, "L3": nil, "L4": nil})
	runDivisions(t, "two sections rewritten", arts, divs,
		[]string{"Les sections 2 et 3 du chapitre Ier du titre Ier du livre Ier du code civil sont ainsi rédigées :", "« Section 2", "« Du greffier", "« Art. L. 2. – Le greffier note.", "« Section 3", "« Du notaire", "« Art. L. 4. – Le notaire lit. »"},
		map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le greffier note."}, "L3": nil, "L4": {"Le notaire lit."}})
	text := "L'intitulé de la section 2 du chapitre Ier du titre Ier du livre Ier du code civil est supprimé."
	runDivisions(t, text, arts, divs, []string{text}, arts)
	// The division removed too, a section 1 or 3 staying beside it:
	// where its articles go is not said, refused (TestDiv13DivisionDissolved).
	for _, text := range []string{
		"La division et l'intitulé de la section 2 du chapitre Ier du titre Ier du livre Ier du code civil sont supprimés.",
		"Les divisions et intitulés des sections 2 et 3 du chapitre Ier du titre Ier du livre Ier du code civil sont supprimés.",
	} {
		runDivisionsRefused(t, text, arts, divs, []string{text})
	}
}

// TestLegUnitDivisionRenumberedThenModified: a division renumbered, then
// modified — "La section 2 … devient la section 3 et est ainsi modifiée :"
// then items — is the renumbering, then the items in its code (they were
// refused with it: only articles and items were read so).
func TestLegUnitDivisionRenumberedThenModified(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le maire date."}}
	runDivisions(t, "section renumbered and modified", arts, nil,
		[]string{"La section 2 du chapitre Ier du titre Ier du livre Ier du code civil devient la section 3 et est ainsi modifiée :", "1° L'article L. 2 est abrogé ;", "2° Il est ajouté un article L. 3 ainsi rédigé :", "« Art. L. 3. – Le greffier note. »"},
		map[string][]string{"L1": {"Le juge signe."}, "L2": nil, "L3": {"Le greffier note."}})
}

// TestLegUnitRangeToBeforeTheLast: a range of alinéas ending with a rank
// counted from the end — "Les deuxième à avant-dernier alinéas", "les
// deuxième à antépénultième alinéas" — runs from the first to that one,
// as "les deuxième à dernier alinéas" runs to the end (it was refused);
// one that ends before it begins is refused.
func TestLegUnitRangeToBeforeTheLast(t *testing.T) {
	A := []string{"Un.", "Deux.", "Trois.", "Quatre.", "Cinq."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "to the one before the last", before: A, text: []string{C, "1° Les deuxième à avant-dernier alinéas sont supprimés."}, want: []string{"Un.", "Cinq."}},
		{name: "to the antépénultième", before: A, text: []string{C, "1° Les deuxième à antépénultième alinéas sont remplacés par un alinéa ainsi rédigé :", "« Six. »"}, want: []string{"Un.", "Six.", "Quatre.", "Cinq."}},
		{name: "to the last, as before", before: A, text: []string{C, "1° Les troisième à dernier alinéas sont supprimés."}, want: []string{"Un.", "Deux."}},
		{name: "ending before it begins: refused", before: A, text: []string{C, "1° Les cinquième à avant-dernier alinéas sont supprimés."}, want: nil},
	})
}

// TestLegUnitNewItemsBeforeTheirNext: new items a bill puts in a code
// article in place of another or after an alinéa must rank before the
// item that follows them: "Le 2° est remplacé par des 2° et 3°" (or "est
// ainsi rédigé" with both) where a 3° follows, "Après le deuxième alinéa,
// il est inséré un alinéa ainsi rédigé : « 2° … »" where the 2° follows,
// are refused (the list held two). The relabelling of the same bill
// article that frees the label goes first, as it does for an insertion:
// "1° Le 2° est remplacé par des 2° et 3° … ; 2° Le 3° devient le 4°"
// (the rewrite made two 3°, and the relabelling was refused).
func TestLegUnitNewItemsBeforeTheirNext(t *testing.T) {
	L := []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles ;", "3° Les navires."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	two := []string{"« 2° Les avions ;", "« 3° Les trains ; »"}
	runGrammar(t, []grammarCase{
		{name: "remplacé par des 2° et 3° before a 3°", before: L, text: append([]string{C, "1° Le 2° est remplacé par des 2° et 3° ainsi rédigés :"}, two...), want: nil},
		{name: "ainsi rédigé, 2° and 3°, before a 3°", before: L, text: append([]string{C, "1° Le 2° est ainsi rédigé :"}, two...), want: nil},
		{name: "an alinéa labelled 2° before the 2°", before: L, text: []string{C, "1° Après le deuxième alinéa, il est inséré un alinéa ainsi rédigé :", "« 2° Les avions ; »"}, want: nil},
		{name: "the 3° relabelled after, applied first", before: L, text: append(append([]string{C, "1° Le 2° est remplacé par des 2° et 3° ainsi rédigés :"}, two...), "2° Le 3° devient le 4°."),
			want: []string{L[0], L[1], "2° Les avions ;", "3° Les trains ;", "4° Les navires."}},
		{name: "the last alinéa by a 3° and a 4°", before: L, text: []string{C, "1° Le dernier alinéa est remplacé par deux alinéas ainsi rédigés :", "« 3° Les avions ;", "« 4° Les trains. »"},
			want: []string{L[0], L[1], L[2], "3° Les avions ;", "4° Les trains."}},
	})
}

// TestLegUnitNewArticleTwice: new text that heads two articles with one
// number ("sont insérés deux articles ainsi rédigés :" then "Art. L. 1-1.
// – …" twice) is refused: which is the law's is not said (the second took
// the first's place).
func TestLegUnitNewArticleTwice(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}}
	runUnits(t, "one number twice", arts,
		[]string{"Après l'article L. 1 du code civil, sont insérés deux articles ainsi rédigés :", "« Art. L. 1-1. – Le maire date.", "« Art. L. 1-1. – Le préfet vise. »"}, nil, true)
	runUnits(t, "two numbers", arts,
		[]string{"Après l'article L. 1 du code civil, sont insérés deux articles ainsi rédigés :", "« Art. L. 1-1. – Le maire date.", "« Art. L. 1-2. – Le préfet vise. »"},
		map[string][]string{"L1": {"Le juge signe."}, "L1-1": {"Le maire date."}, "L1-2": {"Le préfet vise."}}, false)
}

// TestLegUnitParagraphsNamed: new paragraphs of an article announced
// with their numbers, "Sont ajoutés deux paragraphes III et IV ainsi
// rédigés :", are those parts, as "deux paragraphes" and "des III et IV"
// are (it was read as divisions of the code: no "Art. …" in the new
// text); new text numbered otherwise is refused.
func TestLegUnitParagraphsNamed(t *testing.T) {
	P := []string{"I. – Le juge signe.", "II. – Le maire date."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "deux paragraphes III et IV", before: P, text: []string{C, "1° Sont ajoutés deux paragraphes III et IV ainsi rédigés :", "« III. – Le préfet vise.", "« IV. – Le clerc lit. »"}, want: []string{P[0], P[1], "III. – Le préfet vise.", "IV. – Le clerc lit."}},
		{name: "un paragraphe III", before: P, text: []string{"L'article L. 1 du code civil est complété par un paragraphe III ainsi rédigé :", "« III. – Le préfet vise. »"}, want: []string{P[0], P[1], "III. – Le préfet vise."}},
		{name: "numbered otherwise: refused", before: P, text: []string{C, "1° Sont ajoutés deux paragraphes III et IV ainsi rédigés :", "« IV. – Le préfet vise.", "« V. – Le clerc lit. »"}, want: nil},
	})
}

// TestLegUnitTitleIsADivision: "Le titre II du livre Ier … est ainsi
// rédigé :" (or "… est remplacé par les dispositions suivantes :") then
// articles rewrites the titre II, a division, as "Le chapitre II … est
// ainsi rédigé" does: its articles the new text does not hold go (it was
// read as the heading "le titre de …", the articles dropped); "Le titre
// de la section 2 est ainsi rédigé : « … »" stays a heading.
func TestLegUnitTitleIsADivision(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le maire date."}}
	divs := map[string][]string{"L1": {"livre-ier", "titre-ii", "chapitre-ier"}, "L2": {"livre-ier", "titre-ii", "chapitre-ii"}}
	for _, head := range []string{
		"Le titre II du livre Ier du code civil est ainsi rédigé :",
		"Le titre II du livre Ier du code civil est remplacé par les dispositions suivantes :",
	} {
		runDivisions(t, head, arts, divs, []string{head, "« TITRE II", "« DU GREFFIER", "« Art. L. 1. – Le greffier note. »"},
			map[string][]string{"L1": {"Le greffier note."}, "L2": nil})
	}
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{"Le titre de la section 2 du chapitre Ier du titre Ier du livre Ier du code civil est ainsi rédigé : « Du juge »."}}})
	if len(ins) != 1 || ins[0].Status != Parsed || len(ins[0].Edits) != 1 || ins[0].Edits[0].Kind != EditRewriteHeading {
		t.Errorf("le titre de la section: %+v, want a heading rewritten", ins)
	}
}

// TestLegUnitHeadingModified: "L'intitulé de la section 2 … est ainsi
// modifié :" (and "Son intitulé est ainsi modifié :" under a division's
// context) then word operations: each edits the heading, which is not an
// article (they were refused with it: no target article).
func TestLegUnitHeadingModified(t *testing.T) {
	for _, text := range [][]string{
		{"L'intitulé de la section 2 du chapitre Ier du titre Ier du livre Ier du code civil est ainsi modifié :", "1° Le mot : « juge » est remplacé par le mot : « maire » ;", "2° Sont ajoutés les mots : « et du préfet »."},
		{"La section 2 du chapitre Ier du titre Ier du livre Ier du code civil est ainsi modifiée :", "1° Son intitulé est ainsi modifié :", "a) Le mot : « juge » est remplacé par le mot : « maire » ;", "b) Sont ajoutés les mots : « et du préfet »."},
	} {
		ins := ParseInstructions([]Article{{Number: "1", Alineas: text}})
		n := 0
		for _, in := range ins {
			if in.Status == Unparsed {
				t.Errorf("%q: unparsed (%s)", in.Text, in.Reason)
			}
			if in.Status == Parsed && len(in.Edits) == 1 && in.Edits[0].Kind == EditRewriteHeading {
				n++
			}
		}
		if n != 2 {
			t.Errorf("%q: %d heading edits, want 2", text[0], n)
		}
	}
}

// TestLegUnitTwoDivisionClauses: a division repealed, then another
// division of the one that holds it — "Le chapitre II du titre Ier … est
// abrogé et le chapitre III devient le chapitre II" (or "… et le chapitre
// III est abrogé") — is read as two clauses, the second in the same titre
// (it was refused: a second clause naming no article).
func TestLegUnitTwoDivisionClauses(t *testing.T) {
	arts := map[string][]string{"L1": {"Le juge signe."}, "L2": {"Le maire date."}, "L3": {"Le préfet vise."}}
	ch := func(n string) []string { return []string{"livre-ier", "titre-ier", "chapitre-" + n} }
	divs := map[string][]string{"L1": ch("ier"), "L2": ch("ii"), "L3": ch("iii")}
	runDivisions(t, "abrogé et devient", arts, divs,
		[]string{"Le chapitre II du titre Ier du livre Ier du code civil est abrogé et le chapitre III devient le chapitre II."},
		map[string][]string{"L1": {"Le juge signe."}, "L2": nil, "L3": {"Le préfet vise."}})
	runDivisions(t, "abrogé et abrogé", arts, divs,
		[]string{"Le chapitre II du titre Ier du livre Ier du code civil est abrogé et le chapitre III est abrogé."},
		map[string][]string{"L1": {"Le juge signe."}, "L2": nil, "L3": nil})
}

// TestLegUnitAmendmentItemsAnnounced: an amendment inserting items
// announced by their labels, "Après l'alinéa 2, insérer un 1° bis et un
// 1° ter ainsi rédigés :", inserts them when the new text bears those
// labels, in order (it was refused: the last announced was compared with
// the first line); one item given, or another label, is refused.
func TestLegUnitAmendmentItemsAnnounced(t *testing.T) {
	B := []string{"I. – Le code est ainsi modifié :", "1° Le juge signe ;", "2° Le maire date."}
	runAmendments(t, []amCase{
		{"both given", B, "Après l'alinéa 2, insérer un 1° bis et un 1° ter ainsi rédigés :\n« 1° bis Le préfet vise ;\n« 1° ter Le clerc lit ; »", []string{B[0], B[1], "1° bis Le préfet vise ;", "1° ter Le clerc lit ;", B[2]}},
		{"one given", B, "Après l'alinéa 2, insérer un 1° bis et un 1° ter ainsi rédigés :\n« 1° bis Le préfet vise ; »", nil},
		{"another label", B, "Après l'alinéa 2, insérer un 1° bis et un 1° ter ainsi rédigés :\n« 1° bis Le préfet vise ;\n« 1° quater Le clerc lit ; »", nil},
	})
}

// TestLegUnitCapitalPartsRanked: parts lettered in capitals ("A. – ",
// "B. – ") rank as their letters, as items do: "Le I est complété par un
// B" where the I's B is there, "Après le A du I, il est inséré un B"
// before it, are refused (the I held two B); "un C", "un A bis" go in.
func TestLegUnitCapitalPartsRanked(t *testing.T) {
	P := []string{"I. – Le juge signe.", "A. – Le maire date.", "B. – Le préfet vise.", "II. – Le clerc lit."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "complété par un C", before: P, text: []string{C, "1° Le I est complété par un C ainsi rédigé :", "« C. – Le greffier note. »"}, want: []string{P[0], P[1], P[2], "C. – Le greffier note.", P[3]}},
		{name: "après le A, un A bis", before: P, text: []string{C, "1° Après le A du I, il est inséré un A bis ainsi rédigé :", "« A bis. – Le greffier note. »"}, want: []string{P[0], P[1], "A bis. – Le greffier note.", P[2], P[3]}},
		{name: "complété par un B, the B there", before: P, text: []string{C, "1° Le I est complété par un B ainsi rédigé :", "« B. – Le greffier note. »"}, want: nil},
		{name: "après le A, un B, the B there", before: P, text: []string{C, "1° Après le A du I, il est inséré un B ainsi rédigé :", "« B. – Le greffier note. »"}, want: nil},
	})
}

// TestLegUnitInsertedWithNoPlace: an unnumbered alinéa inserted (or
// re-established) with no place before or after which — "Il est inséré
// un alinéa ainsi rédigé :", "Sont insérés deux alinéas …" under an
// article's context — is refused: where it goes is not said (it went at
// the end, as one added). "Il est ajouté" (at the end), "Au début …, il
// est inséré" and a numbered item (at its rank) are read as before.
func TestLegUnitInsertedWithNoPlace(t *testing.T) {
	A := []string{"Le juge signe.", "Le maire date."}
	C := "L'article L. 1 du code civil est ainsi modifié :"
	runGrammar(t, []grammarCase{
		{name: "il est inséré un alinéa", before: A, text: []string{C, "1° Il est inséré un alinéa ainsi rédigé :", "« Le préfet vise. »"}, want: nil},
		{name: "sont insérés deux alinéas", before: A, text: []string{C, "1° Sont insérés deux alinéas ainsi rédigés :", "« Le préfet vise.", "« Le clerc lit. »"}, want: nil},
		{name: "il est rétabli un alinéa", before: A, text: []string{C, "1° Il est rétabli un alinéa ainsi rédigé :", "« Le préfet vise. »"}, want: nil},
		{name: "il est ajouté un alinéa", before: A, text: []string{C, "1° Il est ajouté un alinéa ainsi rédigé :", "« Le préfet vise. »"}, want: []string{A[0], A[1], "Le préfet vise."}},
		{name: "au début, il est inséré", before: A, text: []string{"Au début de l'article L. 1 du code civil, il est inséré un alinéa ainsi rédigé :", "« Le préfet vise. »"}, want: []string{"Le préfet vise.", A[0], A[1]}},
		{name: "a numbered item, at its rank", before: []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles."}, text: []string{C, "1° Il est inséré un 3° ainsi rédigé :", "« 3° Les navires. »"}, want: []string{"Sont exclus :", "1° Les meubles ;", "2° Les immeubles ;", "3° Les navires."}},
	})
}
