package law

import (
	"errors"
	"strings"
	"testing"
)

// divisionPhrasings are the ways the chambers write an operation on a
// division of an article named by its label, "{D}" the division ("2° du
// I"), "{L}" its own label ("2°"), "{H}" its holder ("I", empty for the
// article), "{A}" the article ("l'article L. 1 du code civil"), "{W}" a
// word found once in the division, "{B}" the label of a division inserted
// after it ("2° bis"), "{T}" that new division's line. The first way of
// each gives the article every other way must give.
var divisionPhrasings = map[string][]string{
	"deleted": {
		"Le {D} de {A} est supprimé.",
		"Le {D} de {A} est abrogé.",
		"À {A}, le {D} est supprimé.",
		"Au {H} de {A}, le {L} est supprimé.",
		"{UA} est ainsi modifié :\n1° Le {D} est supprimé ;",
		"Le {H} de {A} est ainsi modifié :\n1° Le {L} est supprimé ;",
		"Est supprimé le {D} de {A}.",
	},
	"words": {
		"Au {D} de {A}, le mot : « {W} » est remplacé par le mot : « zorglub ».",
		"À {A}, au {D}, le mot : « {W} » est remplacé par le mot : « zorglub ».",
		"Au {H} de {A}, au {L}, le mot : « {W} » est remplacé par le mot : « zorglub ».",
		"Dans le {D} de {A}, le mot : « {W} » est remplacé par le mot : « zorglub ».",
		"{UA} est ainsi modifié :\n1° Au {D}, le mot : « {W} » est remplacé par le mot : « zorglub » ;",
		"Le {H} de {A} est ainsi modifié :\n1° Au {L}, le mot : « {W} » est remplacé par le mot : « zorglub » ;",
		"Le {D} de {A} est ainsi modifié :\n1° Le mot : « {W} » est remplacé par le mot : « zorglub » ;",
		"Le mot : « {W} » figurant au {D} de {A} est remplacé par le mot : « zorglub ».",
	},
	"rewritten": {
		"Le {D} de {A} est ainsi rédigé :\n« {N} »",
		"À {A}, le {D} est ainsi rédigé :\n« {N} »",
		"Au {H} de {A}, le {L} est ainsi rédigé :\n« {N} »",
		"Le {D} de {A} est remplacé par un {L} ainsi rédigé :\n« {N} »",
		"{UA} est ainsi modifié :\n1° Le {D} est ainsi rédigé :\n« {N} » ;",
		"Le {H} de {A} est ainsi modifié :\n1° Le {L} est ainsi rédigé :\n« {N} » ;",
	},
	"completed": {
		"Le {D} de {A} est complété par les mots : « et zorglub ».",
		"À la fin du {D} de {A}, sont ajoutés les mots : « et zorglub ».",
		"Au {H} de {A}, le {L} est complété par les mots : « et zorglub ».",
		"{UA} est ainsi modifié :\n1° Le {D} est complété par les mots : « et zorglub » ;",
		"Le {H} de {A} est ainsi modifié :\n1° Le {L} est complété par les mots : « et zorglub » ;",
	},
	"inserted": {
		"Après le {D} de {A}, il est inséré un {B} ainsi rédigé :\n« {T} »",
		"Après le {D} de {A}, est inséré un {B} ainsi rédigé :\n« {T} »",
		"Il est inséré, après le {D} de {A}, un {B} ainsi rédigé :\n« {T} »",
		"Le {D} de {A} est suivi d'un {B} ainsi rédigé :\n« {T} »",
		"Au {H} de {A}, après le {L}, il est inséré un {B} ainsi rédigé :\n« {T} »",
		"{UA} est ainsi modifié :\n1° Après le {D}, il est inséré un {B} ainsi rédigé :\n« {T} » ;",
		"Le {H} de {A} est ainsi modifié :\n1° Après le {L}, il est inséré un {B} ainsi rédigé :\n« {T} » ;",
	},
}

// TestCorpusDivisionPhrasings deletes, edits a word of and inserts a new
// division after each item and lettered item of the development set's
// code articles ("le 2° du I", "le b du 3°", "le 4°"), named by its
// label, in each of the ways the chambers write it
// (divisionPhrasings), and wants every way to give the article the first
// gives, that one having changed it.
func TestCorpusDivisionPhrasings(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	total := 0
	forEachDividedArticle(t, func(ref CodeRef, art CodeArticle, ds []division, a string) {
		al := art.Alineas
		whole := strings.Join(al, "\n")
		for k, d := range ds {
			if d.level < 2 || !d.named || d.parent >= 0 && !ds[d.parent].named || strings.Contains(d.label, " ") {
				continue
			}
			scope := strings.Join(al[d.start:d.end], "\n")
			w, _ := scopedWord(scope, whole)
			if w == "" || strings.Count(scope, w) != 1 {
				continue
			}
			b := d.label + " bis"
			line := d.label + " bis Zorglub ;"
			if d.level == 3 {
				line = d.label + " bis) Zorglub ;"
			}
			holder := ""
			if d.parent >= 0 {
				holder = divName(ds, d.parent)
			}
			rewritten := d.label + " Zorglub est nouveau ;"
			if d.level == 3 {
				rewritten = d.label + ") Zorglub est nouveau ;"
			}
			r := strings.NewReplacer("{D}", divName(ds, k), "{L}", d.label, "{H}", holder, "{UA}", upperFirst(a), "{A}", a, "{W}", w, "{B}", b, "{T}", line, "{N}", rewritten)
			for op, all := range divisionPhrasings {
				if op == "inserted" && strings.Contains("\n"+whole, "\n"+b) {
					continue // a 2° bis there already: refused, rightly
				}
				ways := all
				if holder == "" {
					// An item of the article itself: no way naming its
					// holder.
					ways = nil
					for _, way := range all {
						if !strings.Contains(way, "{H}") {
							ways = append(ways, way)
						}
					}
				}
				if op == "inserted" && refusedAs(ref, art, r.Replace(ways[0]), errItemAnnouncingAlineas) {
					continue // after an item announcing alinéas of its own: refused, rightly
				}
				first, why := appliedText(ref, art, r.Replace(ways[0]))
				if why != "" || first == whole {
					t.Errorf("%s %s: the first way (%s): %s", ref, op, r.Replace(ways[0]), why)
					continue
				}
				for _, way := range ways[1:] {
					total++
					got, why := appliedText(ref, art, r.Replace(way))
					if why != "" {
						t.Errorf("%s %s: %s: %s", ref, op, r.Replace(way), why)
					} else if got != first {
						t.Errorf("%s: %s\nnot as %s\n%s", ref, r.Replace(way), r.Replace(ways[0]), shortDiff(first, got))
					}
				}
			}
		}
	})
	t.Logf("%d instructions, each an operation on a division as one way of writing it", total)
	if total < 1000 {
		t.Errorf("only %d (over 1,000)", total)
	}
}

// forEachDividedArticle calls f on each code article of the development
// set with divisions the tests read (ds) and no "zorglub", the word the
// tests write; a is the article as a bill names it ("l'article L. 1 du
// code civil").
func forEachDividedArticle(t *testing.T, f func(ref CodeRef, art CodeArticle, ds []division, a string)) {
	t.Helper()
	forEachArticle(t, func(ref CodeRef, art CodeArticle) {
		ds, ok := divisionsOf(art.Alineas)
		if !ok || len(ds) == 0 || strings.Contains(strings.Join(art.Alineas, "\n"), "zorglub") {
			return
		}
		f(ref, art, ds, "l'article "+billArticleNumber(art.Heading)+" du "+ref.Code)
	})
}

// appliedText parses instr (alinéas on its lines) as a bill article,
// applies it to art and gives the article's text; why says what was not
// understood or not applied.
func appliedText(ref CodeRef, art CodeArticle, instr string) (text, why string) {
	ins := ParseInstructions([]Article{{Number: "1", Alineas: strings.Split(instr, "\n")}})
	for _, in := range ins {
		if in.Status != Parsed && in.Status != Context {
			return "", in.Reason
		}
	}
	got, errs := Apply(Corpus{ref: art}, ins, ApplyOptions{})
	if len(errs) > 0 {
		return "", errs[0].Error()
	}
	return strings.Join(got[ref].Alineas, "\n"), ""
}

// refusedAs reports whether instr, applied to art, is refused with want.
func refusedAs(ref CodeRef, art CodeArticle, instr string, want error) bool {
	ins := ParseInstructions([]Article{{Number: "1", Alineas: strings.Split(instr, "\n")}})
	_, errs := Apply(Corpus{ref: art}, ins, ApplyOptions{})
	for _, e := range errs {
		if errors.Is(e.Err, want) {
			return true
		}
	}
	return false
}

// TestGrammarItemThenLetter: "Au 1° de l'article L. 1, au a, …" is the a
// of the 1°. A letter named without its parenthesis after a comma was
// not read as a place: **the a was dropped** and the words replaced in
// the whole 1°.
func TestGrammarItemThenLetter(t *testing.T) {
	B := []string{"Sont punis :", "1° D'une amende :", "a) Sur les produits ;", "b) Sur le reste.", "Les produits sont saisis.", "2° D'une autre."}
	of := "Au 1° de l'article L. 1 du code civil, "
	runGrammar(t, []grammarCase{
		{name: "au a", before: B, text: []string{of + "au a, le mot : « produits » est remplacé par le mot : « biens »."},
			want: []string{B[0], B[1], "a) Sur les biens ;", B[3], B[4], B[5]}},
		{name: "au a)", before: B, text: []string{of + "au a), le mot : « produits » est remplacé par le mot : « biens »."},
			want: []string{B[0], B[1], "a) Sur les biens ;", B[3], B[4], B[5]}},
		{name: "au b, its alinéas", before: B, text: []string{of + "au b, le mot : « produits » est remplacé par le mot : « biens »."},
			want: []string{B[0], B[1], B[2], B[3], "Les biens sont saisis.", B[5]}},
		{name: "au c, not there: refused", before: B, text: []string{of + "au c, le mot : « produits » est remplacé par le mot : « biens »."}},
	})
}
