package law

import (
	"sort"
	"strings"
	"testing"
)

// articlePhrasings are the ways a bill writes an operation on a whole
// code article: "{A}" the article ("l'article L. 1 du code civil"), "{N}"
// its number as the bill writes it ("L. 1"), "{C}" its code ("code civil"), "{NEW}" the
// number of a new article after it ("L. 1-0-1", in force nowhere). The
// first way of each gives the corpus every other way must give.
var articlePhrasings = map[string][]string{
	"rewritten": {
		"{UA} est ainsi rédigé :\n« Art. {N}. – Zorglub est la règle. »",
		"{UA} est ainsi rédigé :\n« Art. {N}. - Zorglub est la règle. »",
		"{UA} est ainsi rédigé :\n« Art. {N}.-Zorglub est la règle. »",
		"{UA} est ainsi rédigé :\n« Zorglub est la règle. »",
		"{UA} est remplacé par les dispositions suivantes :\n« Art. {N}. – Zorglub est la règle. »",
		"{UA} est rédigé comme suit :\n« Art. {N}. – Zorglub est la règle. »",
		"{UC} est ainsi modifié :\n1° L'article {N} est ainsi rédigé :\n« Art. {N}. – Zorglub est la règle. » ;",
		"Au {C}, l'article {N} est ainsi rédigé :\n« Art. {N}. – Zorglub est la règle. »",
	},
	"two alinéas": {
		"{UA} est ainsi rédigé :\n« Art. {N}. – Zorglub est la règle.\n« Zorglub est l'exception. »",
		"{UA} est ainsi rédigé :\n\"Art. {N}. – Zorglub est la règle.\n\"Zorglub est l'exception.\"",
		"{UA} est ainsi rédigé :\n« Art. {N}. – Zorglub est la règle. »\n« Zorglub est l'exception. »",
	},
	"repealed": {
		"{UA} est abrogé.",
		"{UA} est abrogé ;",
		"{UA} est supprimé.",
		"Est abrogé {A}.",
		"{UC} est ainsi modifié :\n1° L'article {N} est abrogé ;",
		"Au {C}, l'article {N} est abrogé.",
	},
	"inserted": {
		"Après {A}, il est inséré un article {NEW} ainsi rédigé :\n« Art. {NEW}. – Zorglub est la règle. »",
		"Après {A}, est inséré un article {NEW} ainsi rédigé :\n« Art. {NEW}. – Zorglub est la règle. »",
		"Il est inséré, après {A}, un article {NEW} ainsi rédigé :\n« Art. {NEW}. – Zorglub est la règle. »",
		"{UC} est ainsi modifié :\n1° Après l'article {N}, il est inséré un article {NEW} ainsi rédigé :\n« Art. {NEW}. – Zorglub est la règle. » ;",
		"{UA} est suivi d'un article {NEW} ainsi rédigé :\n« Art. {NEW}. – Zorglub est la règle. »",
	},
}

// TestCorpusArticlePhrasings rewrites (in one alinéa and in two),
// repeals, and inserts a new article after each of the development set's
// code articles with an "L." number, in each of the ways a bill writes
// it (articlePhrasings), and wants every way to give the corpus the
// first gives, the first having changed it.
func TestCorpusArticlePhrasings(t *testing.T) {
	if testing.Short() {
		t.Skip("seconds under the race detector: run in full by .ci/run's TestCorpus step")
	}
	total := 0
	n := 0
	forEachArticle(t, func(ref CodeRef, art CodeArticle) {
		num := billArticleNumber(art.Heading)
		if !strings.HasPrefix(num, "L. ") || strings.Contains(strings.Join(art.Alineas, "\n"), "Zorglub") {
			return
		}
		n++
		if n%3 != 0 {
			return // one article in three: the test's time
		}
		a := "l'article " + num + " du " + ref.Code
		r := strings.NewReplacer("{UA}", upperFirst(a), "{A}", a, "{N}", num, "{UC}", "Le "+ref.Code, "{C}", ref.Code, "{NEW}", num+"-0-1")
		c := Corpus{ref: art}
		for op, ways := range articlePhrasings {
			first, why := appliedCorpus(c, r.Replace(ways[0]))
			if why != "" || first == appliedCorpusOf(c) {
				t.Errorf("%s %s: the first way (%s): %s", ref, op, r.Replace(ways[0]), why)
				continue
			}
			for _, way := range ways[1:] {
				total++
				got, why := appliedCorpus(c, r.Replace(way))
				if why != "" {
					t.Errorf("%s %s: %s: %s", ref, op, r.Replace(way), why)
				} else if got != first {
					t.Errorf("%s: %s\nnot as %s\n%s", ref, r.Replace(way), r.Replace(ways[0]), shortDiff(first, got))
				}
			}
		}
	})
	t.Logf("%d instructions, each an operation on a whole article as one way of writing it", total)
	if total < 1000 {
		t.Errorf("only %d (over 1,000)", total)
	}
}

// appliedCorpus parses instr (alinéas on its lines) as a bill article,
// applies it to c and gives the corpus it leaves (appliedCorpusOf); why
// says what was not understood or not applied.
func appliedCorpus(c Corpus, instr string) (text, why string) {
	ins := ParseInstructions([]Article{{Number: "1", Alineas: strings.Split(instr, "\n")}})
	for _, in := range ins {
		if in.Status != Parsed && in.Status != Context {
			return "", in.Reason
		}
	}
	got, errs := Apply(c, ins, ApplyOptions{})
	if len(errs) > 0 {
		return "", errs[0].Error()
	}
	return appliedCorpusOf(got), ""
}

// appliedCorpusOf writes a corpus as text: each article's reference,
// heading and alinéas, in the references' order.
func appliedCorpusOf(c Corpus) string {
	refs := make([]string, 0, len(c))
	for r, a := range c {
		refs = append(refs, r.String()+"\n"+a.Heading+"\n"+strings.Join(a.Alineas, "\n"))
	}
	sort.Strings(refs)
	return strings.Join(refs, "\n\n")
}
