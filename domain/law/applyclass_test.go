package law

import (
	"strings"
	"testing"
)

// TestApplyErrorClassOf: an edit read but not applied to the law in force
// has the class of its refusal's family, from a short phrase each; an
// edit of an instruction another edit of which was refused is of
// RefusalWholeInstruction; a refusal of no family listed is
// RefusalNotApplicable.
func TestApplyErrorClassOf(t *testing.T) {
	const two = "L1: Le juge statue.|Il voit l'ami."
	for _, c := range []struct {
		name  string
		art   string
		lines []string
		want  []RefusalClass // one an error, in order
	}{
		{"words not found", two, []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « zèbre » est remplacé par le mot : « cheval »."},
			[]RefusalClass{RefusalWordsNotFound}},
		{"an alinéa not there", two, []string{"Le cinquième alinéa de l'article L. 1 du code civil est supprimé."},
			[]RefusalClass{RefusalPlaceNotFound}},
		{"a sentence deleted before", "L1: Le juge statue. Il part.|Il voit l'ami.", []string{"L'article L. 1 du code civil est ainsi modifié :", "1° La seconde phrase du premier alinéa est supprimée ;", "2° La seconde phrase du premier alinéa est complétée par les mots : « vite »."},
			[]RefusalClass{RefusalPlaceChanged}},
		{"words inside a quotation and outside", "L1: Le mot « juge » désigne le juge.", []string{"Au premier alinéa de l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « maire »."},
			[]RefusalClass{RefusalAmbiguous}},
		{"an item found twice", "L1: I. – Le juge :|1° Vite ;|2° Bien.|II. – Le maire :|1° Tôt ;|2° Tard.", []string{"Le 2° de l'article L. 1 du code civil est supprimé."},
			[]RefusalClass{RefusalAmbiguous}},
		{"an item out of order", "L1: Le juge statue :|1° Vite ;|2° Bien.", []string{"Après le 1° de l'article L. 1 du code civil, il est inséré un 3° ainsi rédigé :", "« 3° Fort ; »."},
			[]RefusalClass{RefusalLayout}},
		{"a consonant after an elision", two, []string{"Au second alinéa de l'article L. 1 du code civil, le mot : « ami » est remplacé par le mot : « chat »."},
			[]RefusalClass{RefusalNotApplicable}},
		{"one edit of two refused", two, []string{"À l'article L. 1 du code civil, le mot : « zèbre » est remplacé par le mot : « cheval » et le mot : « juge » est remplacé par le mot : « maire »."},
			[]RefusalClass{RefusalWordsNotFound, RefusalWholeInstruction}},
	} {
		corpus := Corpus{}
		h, al, _ := strings.Cut(c.art, ": ")
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		corpus[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: strings.Split(al, "|")}
		_, errs := Apply(corpus, ParseInstructions([]Article{{Number: "1er", Alineas: c.lines}}), ApplyOptions{})
		var got []RefusalClass
		for _, e := range errs {
			got = append(got, e.Class())
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: classes %v (%v), want %v", c.name, got, errs, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: classes %v (%v), want %v", c.name, got, errs, c.want)
				break
			}
		}
	}
}

// TestApplyClassesListed: every class an application's refusal is given
// is in ApplyClasses, the list the pages explain.
func TestApplyClassesListed(t *testing.T) {
	listed := map[RefusalClass]bool{}
	for _, c := range ApplyClasses {
		if listed[c] {
			t.Errorf("class %q listed twice", c)
		}
		listed[c] = true
	}
	for _, k := range applyClasses {
		if !listed[k.class] {
			t.Errorf("class %q of %v not in ApplyClasses", k.class, k.kind)
		}
	}
	for _, c := range []RefusalClass{RefusalWholeInstruction, RefusalNotApplicable} {
		if !listed[c] {
			t.Errorf("class %q not in ApplyClasses", c)
		}
	}
}
