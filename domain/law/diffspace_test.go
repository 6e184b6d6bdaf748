package law

import "testing"

// sideText is one side of a diff exactly as the pages show it: the equal
// runs and the runs of one kind, concatenated.
func sideText(ops []Op, keep OpKind) string {
	out := ""
	for _, o := range ops {
		if o.Kind == OpEqual || o.Kind == keep {
			out += o.Text
		}
	}
	return out
}

// A word kept after words deleted keeps, in the old text, the space the
// old text had before it: "applicables en Guadeloupe" → "Guadeloupe" reads
// "applicables en Guadeloupe" struck out, not "applicables enGuadeloupe";
// and the new text keeps its own spacing after words inserted.
func TestDiffWordsSpaceAfterChange(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{`« Dispositions applicables en Guadeloupe »`, `« Guadeloupe »`},
		{`"Dispositions applicables en Guadeloupe"`, `"Guadeloupe"`},
		{`"Guadeloupe"`, `"Dispositions applicables en Guadeloupe"`},
		{`Il est (sauf exception) seul.`, `Il est seul.`},
		{`Il est seul.`, `Il est (sauf exception) seul.`},
	} {
		ops := DiffWords(c.a, c.b)
		if got := sideText(ops, OpDelete); got != c.a {
			t.Errorf("%q → %q: the old text reads %q", c.a, c.b, got)
		}
		if got := sideText(ops, OpInsert); got != c.b {
			t.Errorf("%q → %q: the new text reads %q", c.a, c.b, got)
		}
	}
}
