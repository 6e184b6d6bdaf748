package importer

import (
	"reflect"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// TestDiffTextsChanged: a held stage whose text an import gives
// differently is reported and none of its events is returned; its other
// fields changed are not a text change; an unchanged or new stage passes.
func TestDiffTextsChanged(t *testing.T) {
	s := domain.NewState()
	t0 := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	stage := func(id, label string, n uint32) *domain.StageTabled {
		return &domain.StageTabled{Bill: "b", Stage: id, Label: label, Step: "depot", Date: t0, HasText: n > 0, Articles: n}
	}
	art := func(id string, i uint32, num string, al ...string) *domain.ArticleTexted {
		return &domain.ArticleTexted{Bill: "b", Stage: id, Index: i, Number: num, Part: 1, Parts: 1, Alineas: al}
	}
	held := []domain.Event{
		&domain.BillIntroduced{Bill: "b", Type: domain.BillProjet, Title: "b"},
		stage("s1", "Dépôt", 2), art("s1", 0, "1er", "Texte un."), art("s1", 1, "2", "Texte deux."),
		stage("s2", "Commission", 1), art("s2", 0, "1er", "Texte."),
		stage("s3", "Séance", 1), art("s3", 0, "1er", "Texte."),
	}
	for _, ev := range held {
		st := domain.BillStream("b")
		env := domain.Envelope{Stream: st, Event: ev, Time: t0}
		if rev, ok := s.Revision(st); ok {
			env.Revision = rev + 1
		}
		if err := s.Apply(s.Position(), env); err != nil {
			t.Fatal(err)
		}
	}
	var evs []StreamEvent
	for _, ev := range []domain.Event{
		stage("s1", "Dépôt", 2), art("s1", 0, "1er", "Texte un."), art("s1", 1, "2", "Texte deux, reformulé."), // reworded
		stage("s2", "Commission", 2), art("s2", 0, "1er", "Texte."), art("s2", 1, "2", "Ajouté."), // an article added
		stage("s3", "Séance publique", 1), art("s3", 0, "1er", "Texte."), // a label corrected: no text change
		stage("s4", "CMP", 1), art("s4", 0, "1er", "Nouveau."), // a new stage
	} {
		evs = append(evs, StreamEvent{Stream: domain.BillStream("b"), Event: ev})
	}
	todo, ch := Diff(s, evs)
	if want := []string{"b/s1", "b/s2"}; !reflect.DeepEqual(ch.TextsChanged, want) {
		t.Fatalf("texts changed %v, want %v", ch.TextsChanged, want)
	}
	if len(todo) != 2 || todo[0].Event.(*domain.StageTabled).Stage != "s4" || todo[1].Event.(*domain.ArticleTexted).Stage != "s4" {
		t.Fatalf("to append: %v", todo)
	}
}
