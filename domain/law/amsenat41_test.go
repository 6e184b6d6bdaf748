package law

import (
	"strings"
	"testing"
)

// TestAm4SubAmendmentHeaderAlone: the Sénat names the amendment a
// sub-amendment edits alone on the first line, its locator on the next
// ("Amendement 78 rect bis" / "Alinéa 3" / "Compléter cet alinéa …"):
// the sub-amendment edits amendment 78, as "Amendement n° 78 rectifié,
// alinéa 3" does (the header was taken for the instruction's head, the
// locator lost, and the article's last alinéa completed).
func TestAm4SubAmendmentHeaderAlone(t *testing.T) {
	a := Article{Number: "1", Alineas: []string{"A est écrit.", "B est daté."}}
	parent := Dispositif{Number: "78", Text: "Alinéa 2\n\nRédiger ainsi cet alinéa :\n\n« B est signé. »"}
	sub := Dispositif{Number: "185", Text: "Amendement 78 rect bis\n\nAlinéa 3\n\nCompléter cet alinéa par une phrase ainsi rédigée :\n\nIl est remis."}
	for _, order := range [][]Dispositif{{parent, sub}, {sub, parent}} {
		got, rs := ComposeNumbered(a, order)
		for i, r := range rs {
			if !r.Applied {
				t.Fatalf("amendment %d refused: %q", i, r.Unparsed)
			}
		}
		want := []string{"A est écrit.", "B est signé. Il est remis."}
		if strings.Join(got.Alineas, "\n") != strings.Join(want, "\n") {
			t.Errorf("got %q, want %q", got.Alineas, want)
		}
	}
	got, rs := ComposeNumbered(a, []Dispositif{sub})
	if rs[0].Applied || rs[0].SubAmendmentOf != "78" || strings.Join(got.Alineas, "\n") != strings.Join(a.Alineas, "\n") {
		t.Errorf("sub-amendment alone: %+v, article %q", rs[0], got.Alineas)
	}
}
