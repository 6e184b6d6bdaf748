package law

import (
	"os"
	"regexp"
	"testing"
)

// A literal matched without case is needed without ASCII case, but for
// k and s, whose case folding reaches the Kelvin sign and the long s:
// "(?i)supprim" matches "ſupprimé" (a long s), so it needs "upprim", not
// "supprim".
func TestCost10FoldedNeedles(t *testing.T) {
	for _, c := range []struct {
		expr, text string
		match      bool
	}{
		{`(?i)supprim`, "Le mot est SUPPRIMÉ.", true},
		{`(?i)supprim`, "Le mot est \u017fupprimé.", true}, // ſ
		{`(?i)kilo`, "trois \u212aILOS", true},             // K, the Kelvin sign
		{`(?i)modifi`, "L'article est ainsi Modifié :", true},
		{`(?i)modifi`, "L'article est abrogé.", false},
		{`[Ll]a\s+phrase`, "LA phrase", false}, // [Ll] folds the L alone
		{`[Ll]a\s+phrase`, "La phrase", true},
		{`(?i)alin[ée]a`, "ALINÉA", true},
	} {
		r := &lre{Regexp: regexp.MustCompile(c.expr), need: mustContain(c.expr), hit: literalHits(c.expr)}
		if got := r.MatchString(c.text); got != c.match || r.Regexp.MatchString(c.text) != c.match {
			t.Errorf("%s on %q: %v (regexp %v), want %v", c.expr, c.text, got, r.Regexp.MatchString(c.text), c.match)
		}
		if len(r.need) == 0 {
			t.Errorf("%s: nothing needed, want a needle", c.expr)
		}
	}
	if got := foldedNeedle([]rune("SUPPRIM")); got != "upprim" {
		t.Errorf("foldedNeedle(SUPPRIM) = %q, want %q", got, "upprim")
	}
}

// A bare literal branch of an alternation is a match wherever it is:
// "(?i)(modifi|remplac|…)" matches "… ainsi modifié" without being run;
// a branch that is not a bare literal is no shortcut.
func TestCost10LiteralHits(t *testing.T) {
	r := &lre{Regexp: regexp.MustCompile(`(?i)(modifi|\bfoo\b|abrog)`)}
	r.hit = literalHits(r.String())
	if len(r.hit) != 2 {
		t.Fatalf("hits %v, want modifi and abrog", r.hit)
	}
	for _, s := range []string{"MODIFIÉ", "est abrogé", "foo", "xfoox", "rien"} {
		if r.MatchString(s) != r.Regexp.MatchString(s) {
			t.Errorf("%q: %v, the regexp %v", s, r.MatchString(s), r.Regexp.MatchString(s))
		}
	}
	// Every package expression: a text a hit is in is a match.
	for _, x := range regexes {
		for _, s := range []string{"L'article est ainsi modifié : 1er, 2° ; et (nouveau) deuxième", "le 1er alinéa", "_x_"} {
			for _, n := range x.hit {
				if n.in(s) && !x.Regexp.MatchString(s) {
					t.Errorf("%s: hit %v in %q, no match", x, n, s)
				}
			}
		}
	}
}

// BenchmarkCost10Eval is "scrutin law eval hadopi laws amendments" in
// testdata, to profile (-cpuprofile) what the command costs.
func BenchmarkCost10Eval(b *testing.B) {
	for b.Loop() {
		for _, d := range []string{"hadopi", "laws", "amendments"} {
			if _, err := Eval(os.DirFS("testdata/"+d), ".", d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// "Au 1o du I" is read as "Au 1° du I"; a text with no digit right
// before an o is left as it is without running the expression.
func TestCost10DigitThenO(t *testing.T) {
	for s, want := range map[string]bool{"Au 1o du I": true, "« 3o Le préfet »": true, "Au code civil": false, "1 o": false, "o1": false} {
		if got := digitThenO(s); got != want {
			t.Errorf("digitThenO(%q) = %v, want %v", s, got, want)
		}
	}
	if got := plainOrdinals("Au 1o du I"); got != "Au 1° du I" {
		t.Errorf("plainOrdinals: %q", got)
	}
}
