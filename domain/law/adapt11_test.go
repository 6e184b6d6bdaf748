package law

import (
	"strings"
	"testing"
)

// adapt11Mixed applies text to L1 (and L2 from more) of the code civil,
// some instructions refused: L1 must read want, and L2 stay in force
// unless gone is set.
func adapt11Mixed(t *testing.T, before []string, more map[string][]string, text, want []string, refused int) {
	t.Helper()
	c := Corpus{}
	add := func(h string, al []string) {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
	}
	add("L1", before)
	for h, al := range more {
		add(h, al)
	}
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: text}})
	n := 0
	for _, in := range ins {
		if in.Status == Unparsed {
			n++
		}
	}
	if n != refused {
		t.Fatalf("%d refused, want %d: %+v", n, refused, ins)
	}
	got, _ := Apply(c, ins, ApplyOptions{})
	if g := got[CodeRef{Code: "code civil", Article: "l1"}].Alineas; strings.Join(g, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(want, "\n"))
	}
	for h := range more {
		if _, ok := got[CodeRef{Code: "code civil", Article: ArticleKey(h)}]; !ok {
			t.Errorf("%s removed", h)
		}
	}
}

// TestAdapt11RuleBesideNoPlace: a clause stating how an instruction
// stands beside a text — "Par dérogation à l'article L. 1, …",
// "Nonobstant …", "En application de …", "Conformément à …", "Sans
// préjudice de …", "Sous réserve du III, …" — names no place, and one
// stating the case it holds in ("Lorsque …, …", "Si …, …") a condition:
// the instruction is refused (its article or part was edited, alone or
// beside the one named after it), and a head so opened refuses its items.
// Items under another head are read.
func TestAdapt11RuleBesideNoPlace(t *testing.T) {
	A := []string{"Le juge signe.", "Le juge tranche."}
	M := map[string][]string{"L2": {"Le juge statue."}}
	runGrammar(t, []grammarCase{
		{name: "par dérogation, no other place: refused", before: A, text: []string{"Par dérogation à l'article L. 1 du code civil, les mots : « juge » sont remplacés par les mots : « maire »."}},
		{name: "nonobstant: refused", before: A, text: []string{"Nonobstant l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire »."}},
		{name: "en application de: refused", before: A, text: []string{"En application de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire »."}},
		{name: "conformément à: refused", before: A, text: []string{"Conformément à l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire »."}},
		{name: "sans préjudice, another place after: refused", before: A, more: M, text: []string{"Sans préjudice de l'article L. 1 du code civil, à l'article L. 2 du même code, le mot : « juge » est remplacé par le mot : « maire »."}},
		{name: "sous réserve du III: no place, refused", before: []string{"I. – Le juge signe.", "II. – Le juge tranche.", "III. – Le juge statue."}, text: []string{"Sous réserve du III, l'article L. 1 du code civil est abrogé."}},
		{name: "sous réserve, a head: its items refused", before: []string{"I. – Le juge signe.", "1° Le maire tranche ;", "III. – Le juge statue."}, text: []string{"I. – Sous réserve du III, le code civil est ainsi modifié :", "1° Le 1° de l'article L. 1 est abrogé ;"}},
		{name: "lorsque: a case, refused", before: A, text: []string{"Lorsque le juge statue, à l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire »."}},
		{name: "si: a case, refused", before: A, text: []string{"Si le juge statue, à l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire »."}},
		{name: "a head so opened refuses its items", before: A, text: []string{"Par dérogation à l'article L. 2 du code civil, l'article L. 1 du même code est ainsi modifié :", "1° Le mot : « juge » est remplacé par le mot : « maire » ;"}},
	})
	adapt11Mixed(t, A, M, []string{"Le code civil est ainsi modifié :", "1° Par dérogation à l'article L. 1, l'article L. 2 est abrogé ;", "2° À l'article L. 1, le mot : « juge » est remplacé par le mot : « maire »."}, []string{"Le maire signe.", "Le maire tranche."}, 1)
}

// TestAdapt11ConditionHead: a head with no instruction of its own holding
// the items it announces for a time, from a date, in a territory or under
// a condition ("I. – À titre expérimental, pour une durée de trois ans :",
// "Jusqu'au 31 décembre 2030 :", "À compter du 1er janvier 2030 :", "À
// Mayotte :", "Pour son application à Mayotte :", "Par dérogation à
// l'article L. 1 :", "Pour les contrats conclus après … :"): its items are
// refused (they were applied for good, everywhere, at once). A head naming
// a code ("Dans le code civil :") is read as before; the next part is read.
func TestAdapt11ConditionHead(t *testing.T) {
	A := []string{"Le juge signe.", "Le juge tranche."}
	item := "1° À l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire » ;"
	var cases []grammarCase
	for _, h := range []string{
		"I. – À titre expérimental, pour une durée de trois ans :",
		"À titre transitoire :",
		"Jusqu'au 31 décembre 2030 :",
		"À compter du 1er janvier 2030 :",
		"À Mayotte :",
		"En Polynésie française :",
		"Pour son application à Mayotte :",
		"Par dérogation à l'article L. 2 du code civil :",
		"Pour les contrats conclus après le 1er janvier 2030 :",
	} {
		cases = append(cases, grammarCase{name: h, before: A, text: []string{h, item}})
	}
	cases = append(cases,
		grammarCase{name: "a code named: read", before: A, text: []string{"Dans le code civil :", "1° À l'article L. 1, le mot : « juge » est remplacé par le mot : « maire » ;"}, want: []string{"Le maire signe.", "Le maire tranche."}},
		grammarCase{name: "a provision under it, then an instruction refused", before: A, text: []string{"I. – À titre expérimental, pour une durée de trois ans :", "1° Le préfet peut déroger aux règles ;", "2° À l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire »."}},
	)
	runGrammar(t, cases)
	adapt11Mixed(t, A, map[string][]string{"L2": {"Le juge statue."}}, []string{"I. – Le code civil est ainsi modifié :", "1° À l'article L. 1, le mot : « juge » est remplacé par le mot : « maire » ;", "II. – Jusqu'au 31 décembre 2030 :", "1° L'article L. 2 du code civil est abrogé."}, []string{"Le maire signe.", "Le maire tranche."}, 1)
	adapt11Mixed(t, A, nil, []string{"I. – À titre expérimental :", "1° À l'article L. 1 du code civil, le premier alinéa est supprimé ;", "II. – À l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire »."}, []string{"Le maire signe.", "Le maire tranche."}, 1)
}

// TestAdapt11EditOfAModifyingLaw: an item of a law's article that names
// the code's article it modifies — "Le 3°, qui modifie l'article L. 1 du
// code civil, est abrogé" under "L'article 5 de la loi n° … est ainsi
// modifié :" — edits the law's 3°, not the code's (the code's 3° was
// deleted); the relative clause is no place. One repealed only in so far
// as it does something ("en tant qu'il modifie …", "en ce qu'il …") is
// refused: which of its words go is not said.
func TestAdapt11EditOfAModifyingLaw(t *testing.T) {
	A := []string{"I. – Le juge signe.", "1° Le maire tranche ;", "2° Le préfet décide ;", "3° Le greffier note.", "II. – Le juge statue."}
	head := "I. – L'article 5 de la loi n° 2010-1 du 1er janvier 2010 est ainsi modifié :"
	adapt11Mixed(t, A, nil, []string{head, "1° Le 3°, qui modifie l'article L. 1 du code civil, est abrogé ;", "2° Au 4°, qui complète l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire »."}, A, 0)
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{head, "1° Le 3°, qui modifie l'article L. 1 du code civil, est abrogé ;"}}})
	if len(ins) != 2 || ins[1].Status != Parsed || len(ins[1].Edits) != 1 || ins[1].Edits[0].Scope.Ref.Code == "code civil" || ins[1].Edits[0].Scope.Ref.Article != "5" {
		t.Fatalf("want the law's article 5 edited: %+v", ins)
	}
	adapt11Mixed(t, A, nil, []string{"Le 3° de l'article 5 de la loi n° 2010-1 du 1er janvier 2010, qui modifie l'article L. 1 du code civil, est abrogé."}, A, 0)
	adapt11Mixed(t, A, nil, []string{head, "1° Le 3°, en tant qu'il modifie l'article L. 1 du code civil, est abrogé ;"}, A, 1)
	adapt11Mixed(t, A, nil, []string{"Le II de l'article L. 1 du code civil est abrogé en tant qu'il concerne les mineurs."}, A, 1)
	// A relative clause in a code's own item: read past, as before.
	runGrammar(t, []grammarCase{{name: "qui concerne, in the code", before: A, text: []string{"Le code civil est ainsi modifié :", "1° Le II de l'article L. 1, qui concerne le juge, est abrogé ;"},
		want: []string{"I. – Le juge signe.", "1° Le maire tranche ;", "2° Le préfet décide ;", "3° Le greffier note.", "II. – (Abrogé)"}}})
}

// TestAdapt11MoreSpansOfTime: more spans of time an instruction holds for,
// before it, at its end, in a head — "Pendant une durée de trois ans, …",
// "Jusqu'à la fin de l'année 2030, …", "Pour la période du 1er janvier
// 2030 au 31 décembre 2032, …", "Au titre des années 2030 à 2032, …", "…
// pendant trois ans", "… à titre dérogatoire", "Le code civil est ainsi
// modifié, pour une période de trois ans :", "Pendant une durée de trois
// ans :" — are refused (the edit was applied for good).
func TestAdapt11MoreSpansOfTime(t *testing.T) {
	A := []string{"Le juge signe.", "Le juge tranche."}
	W := "le mot : « juge » est remplacé par le mot : « maire »"
	var cases []grammarCase
	for _, s := range []string{
		"Pendant une durée de trois ans, à l'article L. 1 du code civil, " + W + ".",
		"Jusqu'à la fin de l'année 2030, à l'article L. 1 du code civil, " + W + ".",
		"Jusqu'en 2032, à l'article L. 1 du code civil, " + W + ".",
		"Pour la période du 1er janvier 2030 au 31 décembre 2032, à l'article L. 1 du code civil, " + W + ".",
		"Au titre des années 2030 à 2032, à l'article L. 1 du code civil, " + W + ".",
		"À l'article L. 1 du code civil, " + W + " pendant trois ans.",
		"À l'article L. 1 du code civil, " + W + " à titre dérogatoire.",
		"L'article L. 1 du code civil est abrogé pour une période de trois ans.",
	} {
		cases = append(cases, grammarCase{name: s, before: A, text: []string{s}})
	}
	for _, h := range []string{"Le code civil est ainsi modifié, pour une période de trois ans :", "Pendant une durée de trois ans :", "I. – À titre dérogatoire et pour une période de trois ans :"} {
		cases = append(cases, grammarCase{name: h, before: A, text: []string{h, "1° À l'article L. 1 du code civil, " + W + " ;"}})
	}
	runGrammar(t, cases)
}
