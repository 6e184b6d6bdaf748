package law

import (
	"errors"
	"strings"
	"testing"
)

// TestLois21QualifiedCode: "l'article L. 2 de l'ancien code pénal", "du
// nouveau code pénal", "du futur code civil" name no code in force of
// that name: refused with errQualifiedCode21 (the article went to the
// code named before, even under "Le code civil est ainsi modifié :"),
// and "du même code" after it is refused too (it took the code civil).
// "Du nouveau code de procédure civile" stays the code de procédure
// civile.
func TestLois21QualifiedCode(t *testing.T) {
	civ := "I. – L'article L. 1 du code civil est abrogé."
	runRefs7(t, []refs7Case{
		{"l'ancien code pénal after the code civil", []string{civ, "II. – L'article L. 2 de l'ancien code pénal est abrogé.", "III. – L'article L. 3 du même code est abrogé."}, "delete l1/code civil | refused | refused"},
		{"du nouveau code pénal, words", []string{civ, "II. – À l'article L. 2 du nouveau code pénal, le mot : « a » est remplacé par le mot : « b »."}, "delete l1/code civil | refused"},
		{"du futur code civil", []string{civ, "II. – L'article L. 2 du futur code civil est abrogé."}, "delete l1/code civil | refused"},
		{"under the code civil's context", []string{"Le code civil est ainsi modifié :", "1° L'article L. 2 de l'ancien code pénal est abrogé ;", "2° L'article L. 3 est abrogé."}, "ctx | refused | delete l3/code civil"},
		{"as a head", []string{"L'ancien code pénal est ainsi modifié :", "1° L'article L. 3 est abrogé."}, "refused | refused"},
		{"in quoted words, read", []string{"À l'article L. 1 du code civil, les mots : « code civil » sont remplacés par les mots : « ancien code civil »."}, "replace-words l1/code civil"},
		{"in a law's title, read", []string{"L'article 3 de la loi n° 2000-1 du 1er janvier 2000 relative à l'entrée en vigueur du nouveau code pénal est abrogé."}, "delete 3/loi 2000 1"},
		{"the nouveau code de procédure civile", []string{"L'article 1 du nouveau code de procédure civile est abrogé."}, "delete 1/code de procedure civile"},
	})
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"L'article L. 2 de l'ancien code pénal est abrogé."}}})
	if len(ins) != 1 || !errors.Is(ins[0].refusal, errQualifiedCode21) {
		t.Errorf("want errQualifiedCode21, got %+v", ins)
	}
}

// TestLois21SusviseeLaw: "la loi susvisée" ("susmentionnée", "l'ordonnance
// sus-visée", "le décret susvisé", "la loi organique susvisée") is "la
// loi précitée": the text of that kind named last (it was refused, "an
// article of a text not identified"); after two of that kind, or none,
// or a law not identified named last, refused.
func TestLois21SusviseeLaw(t *testing.T) {
	l1 := "I. – L'article 3 de la loi n° 2000-1 du 1er janvier 2000 est abrogé."
	runRefs7(t, []refs7Case{
		{"la loi susvisée", []string{l1, "II. – L'article 4 de la loi susvisée est abrogé."}, "delete 3/loi 2000 1 | delete 4/loi 2000 1"},
		{"la loi susmentionnée", []string{l1, "II. – L'article 4 de la loi susmentionnée est abrogé."}, "delete 3/loi 2000 1 | delete 4/loi 2000 1"},
		{"le décret susvisé", []string{"I. – L'article 3 du décret n° 2000-1 du 1er janvier 2000 est abrogé.", "II. – L'article 4 du décret susvisé est abrogé."}, "delete 3/decret 2000 1 | delete 4/decret 2000 1"},
		{"l'ordonnance sus-visée", []string{"I. – L'article 3 de l'ordonnance n° 2000-1 du 1er janvier 2000 est abrogé.", "II. – L'article 4 de l'ordonnance sus-visée est abrogé."}, "delete 3/ordonnance 2000 1 | delete 4/ordonnance 2000 1"},
		{"la loi organique susvisée", []string{"I. – L'article 3 de la loi organique n° 2001-2 du 2 janvier 2001 est abrogé.", "II. – L'article 4 de la loi organique susvisée est abrogé."}, "delete 3/loi 2001 2 | delete 4/loi 2001 2"},
		{"after two laws", []string{l1, "II. – L'article 3 de la loi n° 2000-2 du 2 janvier 2000 est abrogé.", "III. – L'article 4 de la loi susvisée est abrogé."}, "delete 3/loi 2000 1 | delete 3/loi 2000 2 | refused"},
		{"none named", []string{"L'article 3 de la loi susvisée est abrogé."}, "refused"},
		{"a code named only", []string{"I. – L'article L. 1 du code civil est abrogé.", "II. – L'article 3 de la loi susvisée est abrogé."}, "delete l1/code civil | refused"},
		{"after a law by its date alone", []string{l1, "II. – L'article 3 de la loi du 29 juillet 1881 sur la liberté de la presse est abrogé.", "III. – L'article 4 de la loi susvisée est abrogé."}, "delete 3/loi 2000 1 | refused | refused"},
	})
}

// lois21Moves sums up the renumberings a bill article's instructions
// make, "from/code>to/code" joined by "; ", the instructions by " | "
// ("refused" for one not read).
func lois21Moves(lines ...string) string {
	var out []string
	for _, in := range ParseInstructions([]Article{{Number: "1er", Alineas: lines}}) {
		if in.Status == Unparsed {
			out = append(out, "refused")
			continue
		}
		var es []string
		for _, e := range in.Edits {
			if e.Kind == EditRenumber {
				es = append(es, e.Scope.Ref.Article+"/"+e.Scope.Ref.Code+">"+e.To.Article+"/"+e.To.Code)
			} else {
				es = append(es, string(e.Kind)+" "+e.Scope.Ref.Article+"/"+e.Scope.Ref.Code)
			}
		}
		out = append(out, strings.Join(es, "; "))
	}
	return strings.Join(out, " | ")
}

// TestLois21ListRenumberedIntoText: "Les articles L. 1 et L. 2 du code
// civil deviennent les articles L. 10 et L. 11 du code de commerce" (a
// range so, "respectivement", "du même code") moves each article into the
// text named after the list, as the one-article form does (it was
// refused); "du même code" after it is that text. Lists that count
// otherwise, a text named after each number, a text not identified stay
// refused, and so does a list given another verb before "deviennent"
// ("sont transférés au code de commerce et deviennent …": it was
// renumbered in the code civil) with errRenumListAfterVerb21.
func TestLois21ListRenumberedIntoText(t *testing.T) {
	for _, tc := range []struct {
		name string
		text []string
		want string
	}{
		{"a list", []string{"Les articles L. 1 et L. 2 du code civil deviennent les articles L. 10 et L. 11 du code de commerce."}, "l1/code civil>l10/code de commerce; l2/code civil>l11/code de commerce"},
		{"respectivement", []string{"Les articles L. 1 et L. 2 du code civil deviennent respectivement les articles L. 10 et L. 11 du code de commerce."}, "l1/code civil>l10/code de commerce; l2/code civil>l11/code de commerce"},
		{"a range", []string{"Les articles L. 1 à L. 3 du code civil deviennent les articles L. 10 à L. 12 du code de commerce."}, "l1/code civil>l10/code de commerce; l2/code civil>l11/code de commerce; l3/code civil>l12/code de commerce"},
		{"du même code", []string{"Les articles L. 1 et L. 2 du code civil deviennent les articles L. 10 et L. 11 du même code."}, "l1/code civil>l10/code civil; l2/code civil>l11/code civil"},
		{"then du même code", []string{"I. – Les articles L. 1 et L. 2 du code civil deviennent les articles L. 10 et L. 11 du code de commerce.", "II. – L'article L. 3 du même code est abrogé."}, "l1/code civil>l10/code de commerce; l2/code civil>l11/code de commerce | delete l3/code de commerce"},
		{"lists counting otherwise", []string{"Les articles L. 1, L. 2 et L. 3 du code civil deviennent les articles L. 10 et L. 11 du code de commerce."}, "refused"},
		{"a text after each number", []string{"Les articles L. 1 et L. 2 du code civil deviennent les articles L. 10 du code rural et L. 11 du code de commerce."}, "refused"},
		{"a text not identified", []string{"Les articles L. 1 et L. 2 du code civil deviennent les articles 10 et 11 de la loi susvisée."}, "refused"},
		{"after another verb", []string{"Les articles L. 1 et L. 2 du code civil sont transférés au code de commerce et deviennent les articles L. 10 et L. 11."}, "refused"},
		{"after another verb, a range", []string{"Les articles L. 1 à L. 3 du code civil sont abrogés et deviennent respectivement les articles L. 10 à L. 12 du code de commerce."}, "refused"},
		{"moved to a division, read", []string{"Les articles L. 1 et L. 2 du code civil sont transférés à la section 2 et deviennent respectivement les articles L. 10 et L. 11."}, "l1/code civil>l10/code civil; l2/code civil>l11/code civil"},
		{"an old code", []string{"Les articles L. 1 et L. 2 du code civil deviennent les articles L. 10 et L. 11 de l'ancien code pénal."}, "refused"},
	} {
		if got := lois21Moves(tc.text...); got != tc.want {
			t.Errorf("%s:\ngot  %s\nwant %s", tc.name, got, tc.want)
		}
	}
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Les articles L. 1 et L. 2 du code civil sont transférés au code de commerce et deviennent les articles L. 10 et L. 11."}}})
	if len(ins) != 1 || !errors.Is(ins[0].refusal, errRenumListAfterVerb21) {
		t.Errorf("want errRenumListAfterVerb21, got %+v", ins)
	}
}

// TestLois21ListRenumberedIntoTextApplied: the articles renumbered into
// the code de commerce leave the code civil, their text kept.
func TestLois21ListRenumberedIntoTextApplied(t *testing.T) {
	c := Corpus{}
	for _, h := range []string{"L. 1", "L. 2"} {
		ref := CodeRef{Code: "code civil", Article: ArticleKey(h)}
		c[ref] = CodeArticle{Ref: ref, Heading: h, Alineas: []string{"texte " + h}}
	}
	ins := ParseInstructions([]Article{{Number: "1er", Alineas: []string{"Les articles L. 1 et L. 2 du code civil deviennent les articles L. 10 et L. 11 du code de commerce."}}})
	got, errs := Apply(c, ins, ApplyOptions{})
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	for h, want := range map[string]string{"l10": "texte L. 1", "l11": "texte L. 2"} {
		a, ok := got[CodeRef{Code: "code de commerce", Article: h}]
		if !ok || len(a.Alineas) != 1 || a.Alineas[0] != want {
			t.Errorf("code de commerce %s: %+v", h, a)
		}
	}
	for _, h := range []string{"l1", "l2"} {
		if _, ok := got[CodeRef{Code: "code civil", Article: h}]; ok {
			t.Errorf("code civil %s still in force", h)
		}
	}
}
