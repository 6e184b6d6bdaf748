package law

import "testing"

// TestLaw92GenitiveComplements: complements of one subject, each naming
// its article — "la fin du premier alinéa de l'article L. 1, de
// l'article L. 2 et du dernier alinéa de l'article L. 3 est ainsi
// rédigée" under the text's context — are read one by one: the first
// alinéa of L. 1, the whole L. 2, the last alinéa of L. 3 (it was refused:
// a second article named apart). With only bare articles after the
// first ("du premier alinéa de l'article L. 1 et de l'article L. 2",
// perhaps the first alinéa of each) it is still refused, and so are
// complements naming a text.
func TestLaw92GenitiveComplements(t *testing.T) {
	C := "Le code civil est ainsi modifié :"
	more := map[string][]string{"L2": {"Le juge est soumis à la loi."}, "L3": {"Le maire signe.", "Le maire est soumis au préfet."}}
	A := []string{"Le greffier est soumis au juge.", "Il signe."}
	runGrammar(t, []grammarCase{
		{name: "three complements", before: A, more: more,
			text: []string{C, "1° Après le mot : « soumis », la fin du premier alinéa de l'article L. 1, de l'article L. 2 et du dernier alinéa de l'article L. 3 est ainsi rédigée : « aux règles. »"},
			want: []string{"Le greffier est soumis aux règles.", "Il signe."}},
		{name: "bare articles after the first: refused", before: A, more: more,
			text: []string{C, "1° Après le mot : « soumis », la fin du premier alinéa de l'article L. 1 et de l'article L. 2 est ainsi rédigée : « aux règles. »"}},
	})
	// The other articles, through the corpus.
	c := Corpus{}
	for h, al := range map[string][]string{"L1": A, "L2": more["L2"], "L3": more["L3"]} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: al}
	}
	ins := ParseInstructions([]Article{{Number: "1", Alineas: []string{C, "1° Après le mot : « soumis », la fin du premier alinéa de l'article L. 1, de l'article L. 2 et du dernier alinéa de l'article L. 3 est ainsi rédigée : « aux règles. »"}}})
	got, errs := Apply(c, ins, ApplyOptions{})
	if len(errs) > 0 {
		t.Fatalf("apply: %v", errs)
	}
	for h, want := range map[string]string{"l2": "Le juge est soumis aux règles.", "l3": "Le maire signe.\nLe maire est soumis aux règles."} {
		if g := got[CodeRef{Code: "code civil", Article: h}].Alineas; joinLines(g) != want {
			t.Errorf("%s: got %q, want %q", h, g, want)
		}
	}
}

func joinLines(al []string) string {
	s := ""
	for i, a := range al {
		if i > 0 {
			s += "\n"
		}
		s += a
	}
	return s
}
