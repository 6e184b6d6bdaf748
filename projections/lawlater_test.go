package projections

import (
	"strings"
	"testing"

	"github.com/scrutin/scrutin/domain/law"
)

// TestCompareLawLater: changes the bill defers to days of the calendar
// are not in the law as the bill leaves it at once (Articles), nor shown
// as not understood (Unparsed); they are in Later, day by day, each from
// the law as it stands the day before: the 2031 change reads the text
// the 2030 change left.
func TestCompareLawLater(t *testing.T) {
	ref := law.CodeRef{Code: "code civil", Article: "l1"}
	before := law.Corpus{ref: {Ref: ref, Heading: "L1", Alineas: []string{"Le maire signe."}}}
	arts := []law.Article{{Number: "1er", Alineas: []string{
		"I. – À l'article L. 1 du code civil, le mot : « signe » est remplacé par le mot : « lit ».",
		"II. – À compter du 1er janvier 2031, à l'article L. 1 du code civil, le mot : « juge » est remplacé par le mot : « greffier ».",
		"III. – À compter du 1er janvier 2030, à l'article L. 1 du code civil, le mot : « maire » est remplacé par le mot : « juge ».",
		"IV. – Les mots : « A » sont supprimés à compter d'une date fixée par décret.",
	}}}
	lc := compareLaw("b", "s", arts, before)
	if len(lc.Articles) != 1 || strings.Join(lc.Articles[0].After, "") != "Le maire lit." {
		t.Fatalf("at once: %+v", lc.Articles)
	}
	if len(lc.Unparsed) != 1 || !strings.HasPrefix(lc.Unparsed[0].Text, "IV.") {
		t.Fatalf("unparsed: %+v", lc.Unparsed)
	}
	if len(lc.Later) != 2 || lc.Later[0].Day != "2030-01-01" || lc.Later[1].Day != "2031-01-01" {
		t.Fatalf("later: %+v", lc.Later)
	}
	for i, want := range [][2]string{{"Le maire lit.", "Le juge lit."}, {"Le juge lit.", "Le greffier lit."}} {
		on := lc.Later[i]
		if len(on.Instructions) != 1 || len(on.Articles) != 1 || strings.Join(on.Articles[0].Before, "") != want[0] || strings.Join(on.Articles[0].After, "") != want[1] || on.Articles[0].Status != "modified" {
			t.Errorf("%s: %+v", on.Day, on)
		}
	}
	if len(lc.Failed) != 0 {
		t.Errorf("failed: %v", lc.Failed)
	}
}
