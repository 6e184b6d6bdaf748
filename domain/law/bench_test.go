package law

import (
	"fmt"
	"testing"
)

// bigStage makes a large bill from a real text: n copies of its articles,
// the k-th copy's numbers prefixed "k-", so that copy k of one stage aligns
// with copy k of another.
func bigStage(arts []Article, n int) Stage {
	var st Stage
	for k := range n {
		for _, a := range arts {
			a.Number = ArticleNumber(fmt.Sprintf("%d-%s", k, a.Number))
			st.Articles = append(st.Articles, a)
		}
	}
	return st
}

// hadopiBig returns the Hadopi bill as the Assemblée adopted it at first
// reading (30 articles) and as the joint committee (CMP) wrote it (28),
// each copied 7 times: 210 and 196 articles, about 680 kB of text each.
func hadopiBig(t testing.TB) (Stage, Stage) {
	from := bigStage(loadFabriqueText(t, "testdata/hadopi/texte-05-an-seance.json"), 7)
	to := bigStage(loadFabriqueText(t, "testdata/hadopi/texte-06-cmp.json"), 7)
	from.ID, to.ID = "05", "06"
	return from, to
}

func TestDiffHadopiStages(t *testing.T) {
	from, to := hadopiBig(t)
	d := Diff(from, to)
	c := d.Counts()
	t.Logf("from %d to %d articles: %v", len(from.Articles), len(to.Articles), c)
	if c[Modified] == 0 || c[Unchanged] == 0 {
		t.Errorf("got counts %v, want modified and unchanged articles", c)
	}
}

func BenchmarkDiff200(b *testing.B) {
	from, to := hadopiBig(b)
	b.ResetTimer()
	for b.Loop() {
		Diff(from, to)
	}
}

func BenchmarkParseApplyHadopi(b *testing.B) {
	avant := loadCorpus(b, "testdata/hadopi/avant")
	arts := loadFabriqueText(b, "testdata/hadopi/texte.json")
	b.ResetTimer()
	for b.Loop() {
		Apply(avant, ParseInstructions(arts), ApplyOptions{})
	}
}
