package projections

import (
	"errors"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// TestStageTextHeld: the stage list's text_held and AmendedLaw's
// ErrStageText are one rule (domain.StageState.TextHeld): a stage with no
// text, and one whose articles have not all arrived, refuse amendments and
// say so in the list; the others apply them.
func TestStageTextHeld(t *testing.T) {
	b := newTestBills(t)
	t0 := time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC)
	for i, ev := range []domain.Event{
		&domain.StageTabled{Bill: "ppl-1", Stage: "notext", Label: "Texte non publié", Order: 3, Date: t0},
		&domain.StageTabled{Bill: "ppl-1", Stage: "partial", Label: "Texte en cours", Order: 4, HasText: true, Articles: 2, Date: t0},
		&domain.ArticleTexted{Bill: "ppl-1", Stage: "partial", Index: 0, Number: "1er", Part: 1, Parts: 1, Alineas: []string{"Le code civil est ainsi modifié."}},
		&domain.AmendmentTabled{Bill: "ppl-1", Stage: "notext", Amendment: "N1", Number: "1", Article: "1er", Subject: "Article 1er", Tabled: t0, Part: 1, Parts: 1,
			Dispositif: "Supprimer cet article."},
		&domain.AmendmentTabled{Bill: "ppl-1", Stage: "partial", Amendment: "P1", Number: "1", Article: "1er", Subject: "Article 1er", Tabled: t0, Part: 1, Parts: 1,
			Dispositif: "Supprimer cet article."},
		&domain.AmendmentTabled{Bill: "ppl-1", Stage: "depot", Amendment: "D1", Number: "1", Article: "1er", Subject: "Article 1er", Tabled: t0, Part: 1, Parts: 1,
			Dispositif: "Supprimer cet article."},
	} {
		if err := b.Apply(uint64(200+i), domain.Envelope{Event: ev}); err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
	}
	v, _ := b.Bill("ppl-1")
	held := map[string]bool{}
	for _, s := range v.StageList {
		held[s.ID] = s.TextHeld
	}
	want := map[string]bool{"depot": true, "seance": true, "notext": false, "partial": false}
	for st, w := range want {
		if h, ok := held[st]; !ok || h != w {
			t.Errorf("stage %s: text_held %v (listed %v), want %v", st, h, ok, w)
		}
	}
	for st, am := range map[string]string{"notext": "N1", "partial": "P1", "depot": "D1"} {
		_, _, err := b.AmendedLaw("ppl-1", []string{am}, false)
		if refused := errors.Is(err, ErrStageText); refused == want[st] {
			t.Errorf("stage %s: text_held %v but AmendedLaw says %v", st, want[st], err)
		}
	}
}
