package law

import (
	"errors"
	"strings"
	"testing"
)

// TestSnap21VerbInLocator: a clause of its own before the place ("L'article
// L. 3 est transféré à la section 3 et, à l'article L. 4, …") is refused
// with errVerbInLocator, the code untouched: it was read as the place
// "l'article L. 3 … et à l'article L. 4", the second clause's edit going
// to both articles (L. 3 repealed instead of moved). A clause the grammar
// reads ("est abrogé et, à l'article L. 4, …") and a transfer alone stay
// read.
func TestSnap21VerbInLocator(t *testing.T) {
	l3 := "L'article L. 3 du code de commerce est "
	sec := "la section 3 du chapitre Ier du titre Ier du livre Ier du même code"
	words := "le mot : « délai » est remplacé par le mot : « terme »"
	for _, lines := range [][]string{
		{l3 + "transféré à " + sec + " et, à l'article L. 4 du même code, " + words + "."},
		{l3 + "déplacé à " + sec + " et, à l'article L. 4 du même code, " + words + "."},
		{l3 + "transféré à " + sec + " et l'article L. 4 du même code est abrogé."},
		{l3 + "transféré après l'article L. 5 du même code et, à l'article L. 4 du même code, " + words + "."},
		{"Le code de commerce est ainsi modifié :", "1° L'article L. 3 est transféré à la section 3 du chapitre Ier du titre Ier du livre Ier et, à l'article L. 4, " + words + " ;"},
	} {
		before := div8Corpus()
		out, _, ins := gdApply(before, lines...)
		refused := false
		for _, in := range ins {
			refused = refused || in.Status == Unparsed && errors.Is(in.refusal, errVerbInLocator)
		}
		if !refused {
			t.Errorf("%q: not refused with errVerbInLocator: %+v", lines, ins)
		}
		if d := divroll20Diff(before, out); len(d) > 0 {
			t.Errorf("%q: code changed %q", lines, d)
		}
	}
	for _, tc := range []struct {
		line string
		want []string
	}{
		{l3 + "abrogé et, à l'article L. 4 du même code, " + words + ".", []string{"gone l3 (code de commerce)", `text l4 (code de commerce): ["Le délai court."] → ["Le terme court."]`}},
		{"À l'article L. 4 du code de commerce, tel qu'il est modifié par la présente loi, " + words + ".", []string{`text l4 (code de commerce): ["Le délai court."] → ["Le terme court."]`}},
		{l3 + "transféré à " + sec + ".", []string{"folders l3 (code de commerce): livre-ier/titre-ier/chapitre-ier/section-2 → "}},
	} {
		before := div8Corpus()
		out, errs, _ := gdApply(before, tc.line)
		if len(errs) > 0 {
			t.Errorf("%q: refused: %v", tc.line, errs)
		}
		if got := divroll20Diff(before, out); strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%q: changes %q, want %q", tc.line, got, tc.want)
		}
	}
}
