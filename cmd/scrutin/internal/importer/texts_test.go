package importer

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// TestDiffTextsChanged: a held complete stage whose text an import gives
// differently is tabled again with its whole new text (a revision); one
// held incomplete is reported and left out; a stage's other fields
// changed are not a text change; a new stage passes.
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
		stage("s5", "Lecture définitive", 2), art("s5", 0, "1er", "Texte."), // its second article never came
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
		stage("s5", "Lecture définitive", 2), art("s5", 0, "1er", "Autre."), art("s5", 1, "2", "Deux."), // changed while incomplete
	} {
		evs = append(evs, StreamEvent{Stream: domain.BillStream("b"), Event: ev})
	}
	todo, ch := Diff(s, evs)
	if want := []string{"b/s5"}; !reflect.DeepEqual(ch.TextsChanged, want) || ch.RevisedTexts != 2 || ch.NewStages != 1 || ch.NewArticles != 1 {
		t.Fatalf("changes %+v, want s1 and s2 revised, s4 new, s5 reported", ch)
	}
	var got []string
	for _, se := range todo {
		switch e := se.Event.(type) {
		case *domain.StageTabled:
			got = append(got, e.Stage)
		case *domain.ArticleTexted:
			got = append(got, e.Stage+"."+e.Number)
		}
	}
	if want := "s1 s1.1er s1.2 s2 s2.1er s2.2 s4 s4.1er"; strings.Join(got, " ") != want {
		t.Fatalf("to append: %s, want %s", strings.Join(got, " "), want)
	}
	// Appended, they fold: the revisions are new versions.
	for _, se := range todo {
		env := domain.Envelope{Stream: se.Stream, Event: se.Event, Time: t0}
		rev, _ := s.Revision(se.Stream)
		env.Revision = rev + 1
		if err := s.Apply(s.Position(), env); err != nil {
			t.Fatal(err)
		}
	}
	if st := s.Law().Stage("b", "s1"); st.Version != 1 || !st.Complete() || st.Articles[1].Alineas[0] != "Texte deux, reformulé." {
		t.Fatalf("s1 after the revision: %+v", st)
	}
	if todo, ch := Diff(s, evs); len(todo) != 0 || ch.RevisedTexts != 0 {
		t.Fatalf("again: %d events, %+v", len(todo), ch)
	}
}
