package law

import (
	"strings"
	"testing"
)

// Rules TestGenerativeDivisions found: a code's divisions named,
// rewritten and created.

// gdCorpus holds, in the code de commerce, each article key with its
// folders ("l1": "livre-ier/titre-ier/chapitre-ier/section-1").
func gdCorpus(arts map[string]string) Corpus {
	c := Corpus{}
	for k, d := range arts {
		r := CodeRef{Code: "code de commerce", Article: ArticleKey(k)}
		c[r] = CodeArticle{Ref: r, Heading: k, Alineas: []string{"Le délai court."}, Division: strings.Split(d, "/")}
	}
	return c
}

func gdApply(c Corpus, lines ...string) (Corpus, []ApplyError, []Instruction) {
	ins := ParseInstructions([]Article{{Number: "1", Alineas: lines}})
	out, errs := Apply(c, ins, ApplyOptions{})
	return out, errs, ins
}

// A division named by some of its levels ("la section 1 du chapitre
// Ier") that the corpus holds in two places (the chapitre Ier of the
// titre Ier and of the titre II) is refused: which one is not said (both
// were repealed, edited or renumbered). Held in one place, it is read.
func TestGenDivNamedTwiceRefused(t *testing.T) {
	two := map[string]string{
		"L1":  "livre-ier/titre-ier/chapitre-ier/section-1",
		"L10": "livre-ier/titre-ii/chapitre-ier/section-1",
	}
	for _, line := range []string{
		"La section 1 du chapitre Ier du code de commerce est abrogée.",
		"À la section 1 du chapitre Ier du code de commerce, le mot : « délai » est remplacé par le mot : « terme ».",
		"La section 1 du chapitre Ier du code de commerce devient la section 2.",
		"La section 1 du chapitre Ier du code de commerce est ainsi rédigée :",
		"Au chapitre Ier du code de commerce, il est ajouté une section 2 ainsi rédigée :",
	} {
		lines := []string{line}
		if strings.HasSuffix(line, ":") {
			lines = append(lines, "« Section 2", "« Dispositions", "« Art. L. 1-1. – Le terme court. »")
		}
		out, errs, _ := gdApply(gdCorpus(two), lines...)
		if len(errs) == 0 {
			t.Errorf("%q: applied, want refused", line)
		}
		if a := out[CodeRef{Code: "code de commerce", Article: "l1"}]; a.Alineas[0] != "Le délai court." || strings.Join(a.Division, "/") != two["L1"] {
			t.Errorf("%q: L. 1 changed: %+v", line, a)
		}
	}
	// One held: read.
	one := map[string]string{"L1": two["L1"], "L2": "livre-ier/titre-ier/chapitre-ii"}
	out, errs, _ := gdApply(gdCorpus(one), "La section 1 du chapitre Ier du code de commerce est abrogée.")
	if len(errs) > 0 || len(out) != 1 {
		t.Errorf("one held: %v %v", errs, out)
	}
}

// A division rewritten whole ("Le titre Ier … est ainsi rédigé :") files
// each article of its new text in it, under the divisions the text heads
// it with — never in the article's former folders, whose sections went
// with the division (L. 1 stayed in a section 1 the law had rewritten).
func TestGenDivRewrittenDivisionFilesItsArticles(t *testing.T) {
	c := gdCorpus(map[string]string{
		"L1": "livre-ier/titre-ier/chapitre-ier/section-1",
		"L2": "livre-ier/titre-ier/chapitre-ier/section-2",
	})
	for _, tc := range []struct {
		lines []string
		want  map[string]string
	}{
		{[]string{"Le titre Ier du livre Ier du code de commerce est ainsi rédigé :", "« Titre Ier", "« Dispositions générales", "« Art. L. 1. – Le terme court. »"},
			map[string]string{"l1": "livre-ier/titre-ier"}},
		{[]string{"Le titre Ier du livre Ier du code de commerce est ainsi rédigé :", "« Titre Ier", "« Dispositions générales", "« Chapitre Ier", "« Du terme", "« Art. L. 1. – Le terme court.", "« Chapitre II", "« Du délai", "« Section 1", "« Du délai franc", "« Art. L. 2. – Le délai court. »"},
			map[string]string{"l1": "livre-ier/titre-ier/chapitre-ier", "l2": "livre-ier/titre-ier/chapitre-ii/section-1"}},
		{[]string{"La section 1 du chapitre Ier du titre Ier du livre Ier du code de commerce est ainsi rédigée :", "« Section 1", "« Du terme", "« Art. L. 1. – Le terme court.", "« Art. L. 1-1. – Le terme échoit. »"},
			map[string]string{"l1": "livre-ier/titre-ier/chapitre-ier/section-1", "l1-1": "livre-ier/titre-ier/chapitre-ier/section-1", "l2": "livre-ier/titre-ier/chapitre-ier/section-2"}},
	} {
		out, errs, _ := gdApply(c, tc.lines...)
		if len(errs) > 0 || len(out) != len(tc.want) {
			t.Errorf("%q: %v %v", tc.lines[0], errs, out)
			continue
		}
		for k, d := range tc.want {
			if got := strings.Join(out[CodeRef{Code: "code de commerce", Article: ArticleKey(k)}].Division, "/"); got != d {
				t.Errorf("%q: %s filed in %q, want %q", tc.lines[0], k, got, d)
			}
		}
	}
}

// A division the text creates is filed: beside an article ("Après
// l'article L. 5, il est inséré une section 3 bis"), in that article's
// folders above the new division's level; in the division the place
// names ("Le chapitre III … est complété par une section 3", "Au titre
// II …, il est ajouté un chapitre II"); each article under the headings
// of the new text. Its articles had no folders: a later repeal of the
// chapter left them in force.
func TestGenDivNewDivisionFiled(t *testing.T) {
	c := gdCorpus(map[string]string{
		"L5":  "livre-ier/titre-ier/chapitre-ier/section-3",
		"L8":  "livre-ier/titre-ier/chapitre-iii/section-2",
		"L10": "livre-ier/titre-ii/chapitre-ier",
	})
	for _, tc := range []struct {
		lines []string
		want  map[string]string
	}{
		{[]string{"Après l'article L. 5 du code de commerce, il est inséré une section 3 bis ainsi rédigée :", "« Section 3 bis", "« Du terme", "« Art. L. 5-1. – Le terme court. »"},
			map[string]string{"l5-1": "livre-ier/titre-ier/chapitre-ier/section-3-bis"}},
		{[]string{"Après l'article L. 5 du code de commerce, il est inséré un chapitre Ier bis ainsi rédigé :", "« Chapitre Ier bis", "« Du terme", "« Section 1", "« Du terme franc", "« Art. L. 5-1. – Le terme court. »"},
			map[string]string{"l5-1": "livre-ier/titre-ier/chapitre-ier-bis/section-1"}},
		{[]string{"Le chapitre III du titre Ier du livre Ier du code de commerce est complété par une section 3 ainsi rédigée :", "« Section 3", "« Du terme", "« Art. L. 20. – Le terme court. »"},
			map[string]string{"l20": "livre-ier/titre-ier/chapitre-iii/section-3"}},
		{[]string{"Au titre II du livre Ier du code de commerce, il est ajouté un chapitre II ainsi rédigé :", "« Chapitre II", "« Du terme", "« Art. L. 20. – Le terme court. »"},
			map[string]string{"l20": "livre-ier/titre-ii/chapitre-ii"}},
	} {
		out, errs, _ := gdApply(c, tc.lines...)
		if len(errs) > 0 {
			t.Errorf("%q: %v", tc.lines[0], errs)
			continue
		}
		for k, d := range tc.want {
			if got := strings.Join(out[CodeRef{Code: "code de commerce", Article: ArticleKey(k)}].Division, "/"); got != d {
				t.Errorf("%q: %s filed in %q, want %q", tc.lines[0], k, got, d)
			}
		}
	}
	// Then the chapter repealed: gone with it.
	out, errs, _ := gdApply(c, "Après l'article L. 5 du code de commerce, il est inséré une section 3 bis ainsi rédigée :", "« Section 3 bis", "« Du terme", "« Art. L. 5-1. – Le terme court. »", "Le chapitre Ier du titre Ier du livre Ier du code de commerce est abrogé.")
	if _, ok := out[CodeRef{Code: "code de commerce", Article: "l5-1"}]; ok || len(errs) > 0 {
		t.Errorf("the chapter repealed: L. 5-1 stays: %v", errs)
	}
}

// A division the text creates ("il est ajouté (rétabli) une section 3")
// where the corpus holds articles of a section 3 in that place is
// refused: the code would hold two sections 3 — an instruction is
// missing (the new articles went in beside the others).
func TestGenDivNewDivisionInForceRefused(t *testing.T) {
	c := gdCorpus(map[string]string{
		"L8": "livre-ier/titre-ier/chapitre-iii/section-2",
		"L9": "livre-ier/titre-ier/chapitre-iii/section-3",
	})
	for _, verb := range []string{"rétabli", "ajouté"} {
		out, errs, _ := gdApply(c, "Au chapitre III du titre Ier du livre Ier du code de commerce, il est "+verb+" une section 3 ainsi rédigée :", "« Section 3", "« Du terme", "« Art. L. 20. – Le terme court. »")
		if _, ok := out[CodeRef{Code: "code de commerce", Article: "l20"}]; ok || len(errs) == 0 {
			t.Errorf("%s: applied, want refused", verb)
		}
	}
}

// A division rewritten whole whose new text quotes an article the
// corpus holds in force in another division ("La section 1 … est ainsi
// rédigée : « … « Art. L. 8. – … »" where L. 8 sits in the chapitre III)
// is refused: whether the law moves it or means another is not said (it
// was moved into the section, its text replaced). One of the division
// itself is rewritten, as before.
func TestGenDivRewriteQuotesAnArticleOfAnother(t *testing.T) {
	c := gdCorpus(map[string]string{
		"L1": "livre-ier/titre-ier/chapitre-ier/section-1",
		"L8": "livre-ier/titre-ier/chapitre-iii/section-1",
	})
	head := "La section 1 du chapitre Ier du titre Ier du livre Ier du code de commerce est ainsi rédigée :"
	out, errs, _ := gdApply(c, head, "« Section 1", "« Du terme", "« Art. L. 8. – Le terme court. »")
	if a := out[CodeRef{Code: "code de commerce", Article: "l8"}]; len(errs) == 0 || a.Alineas[0] != "Le délai court." || a.Division[2] != "chapitre-iii" {
		t.Errorf("L. 8 of another division: %v %+v", errs, a)
	}
	out, errs, _ = gdApply(c, head, "« Section 1", "« Du terme", "« Art. L. 1. – Le terme court. »")
	if a := out[CodeRef{Code: "code de commerce", Article: "l1"}]; len(errs) > 0 || a.Alineas[0] != "Le terme court." {
		t.Errorf("L. 1 of the section: %v %+v", errs, a)
	}
}
