package law

import (
	"errors"
	"strings"
	"testing"
)

// TestReview22RelabelChainRefused: "1° Le 2° devient le 3° ; 2° Le 3°
// devient le 4°" on a list 1°, 2°, 3°: the first is refused (a 3° in
// force, errLabelInForce22), and the second, which frees the 3° the first
// wanted, is refused with it (errRelabelChain22) — it was applied alone,
// the list left "1°, 2°, 4°". Written in the order that frees each label
// first, both apply; a relabelling of another list of the same bill
// article is not held back.
func TestReview22RelabelChainRefused(t *testing.T) {
	list := []string{"Liste :", "1° Un ;", "2° Deux ;", "3° Trois."}
	two := []string{"I. – Liste :", "1° Un ;", "2° Deux.", "II. – Autre :", "1° A ;", "2° B."}
	for _, tc := range []struct {
		name  string
		lines []string
		want  []string
		chain bool // a relabelling refused with errRelabelChain22
		text  []string
	}{
		{"the first wants the label the second frees", []string{"1° Le 2° devient le 3° ;", "2° Le 3° devient le 4°."}, list, true, nil},
		{"in the order that frees it", []string{"1° Le 3° devient le 4° ;", "2° Le 2° devient le 3°."}, []string{"Liste :", "1° Un ;", "3° Deux ;", "4° Trois."}, false, nil},
		{"a third link", []string{"1° Le 2° devient le 3° ;", "2° Le 3° devient le 4° ;", "3° Le 1° devient le 2°."}, list, true, nil},
		{"another list", []string{"1° Au I, le 1° devient le 2° ;", "2° Au II, le 2° devient le 3°."}, []string{"I. – Liste :", "1° Un ;", "2° Deux.", "II. – Autre :", "1° A ;", "3° B."}, false, two},
	} {
		if tc.text == nil {
			tc.text = list
		}
		c := Corpus{}
		ref := CodeRef{Code: "code civil", Article: "l1"}
		c[ref] = CodeArticle{Ref: ref, Heading: "L1", Alineas: tc.text}
		lines := append([]string{"L'article L. 1 du code civil est ainsi modifié :"}, tc.lines...)
		ins := ParseInstructions([]Article{{Number: "1er", Alineas: lines}})
		got, errs := Apply(c, ins, ApplyOptions{})
		if g := got[ref].Alineas; strings.Join(g, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: %q, want %q", tc.name, g, tc.want)
		}
		chain := false
		for _, e := range errs {
			chain = chain || errors.Is(e.Err, errRelabelChain22)
		}
		if chain != tc.chain {
			t.Errorf("%s: refused as a chain %v, want %v (%v)", tc.name, chain, tc.chain, errs)
		}
	}
}

// TestReview22SentenceNamedNew: an amendment's "insérer la phrase : « …
// »" / "insérer une phrase : « … »" after a sentence is read as "insérer
// une phrase ainsi rédigée : « … »" (it was refused: "la phrase :" read
// as words named); "supprimer la phrase : « … »" still names a sentence
// there, and words after an anchor in words are read as before.
func TestReview22SentenceNamedNew(t *testing.T) {
	art := Article{Number: "1er", Alineas: []string{"Alinéa un.", "Il signe. Il date.", "Alinéa trois."}}
	for _, tc := range []struct{ disp, want string }{
		{"À l'alinéa 2, après la première phrase, insérer la phrase : « Il lit. »", "Il signe. Il lit. Il date."},
		{"Après la première phrase de l'alinéa 2, insérer une phrase : « Il lit. »", "Il signe. Il lit. Il date."},
		{"À la fin de l'alinéa 2, ajouter la phrase : « Il part. »", "Il signe. Il date. Il part."},
		{"Au début de l'alinéa 2, insérer la phrase : « Il part. »", "Il part. Il signe. Il date."},
		{"À l'alinéa 2, supprimer la phrase : « Il date. »", "Il signe."},
		{"À l'alinéa 2, après le mot : « signe. », insérer la phrase : « Il lit. »", "Il signe. Il lit. Il date."},
	} {
		r := ApplyAmendment(art, tc.disp)
		if !r.Applied || len(r.Article.Alineas) != 3 || r.Article.Alineas[1] != tc.want {
			t.Errorf("%s: applied %v %q, want %q", tc.disp, r.Applied, r.Article.Alineas, tc.want)
		}
	}
	if got := sentenceNamedNew22("Insérer la phrase : « A. » et la phrase : « B. »"); got != "Insérer la phrase : « A. » et la phrase : « B. »" {
		t.Errorf("two quotations rewritten: %q", got)
	}
}
