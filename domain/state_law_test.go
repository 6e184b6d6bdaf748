package domain

import (
	"testing"
	"time"
)

// The law fold, used by State and by read models that keep their own copy:
// a stage's hash is set once it is complete and is StageTextHash of its
// articles; final numbers ride along outside the hash; a revised
// amendment keeps its earlier text.
func TestLawStateFold(t *testing.T) {
	l := NewLawState()
	t0 := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
	apply := func(ev Event, at time.Time) { l.Apply(Envelope{Event: ev, Time: at}) }
	apply(&StageTabled{Bill: "b", Stage: "s", HasText: true, Articles: 2}, t0)
	st := l.Stage("b", "s")
	if _, ok := st.TextHash(); ok {
		t.Fatal("an empty stage announcing 2 articles has a hash")
	}
	apply(&ArticleTexted{Bill: "b", Stage: "s", Index: 0, Number: "1er", FinalNumber: "1", Part: 1, Parts: 2, Alineas: []string{"Un"}}, t0)
	apply(&ArticleTexted{Bill: "b", Stage: "s", Index: 0, Number: "1er", FinalNumber: "1", Part: 2, Parts: 2, Alineas: []string{"Deux"}}, t0)
	if _, ok := st.TextHash(); ok || len(st.Articles) != 1 {
		t.Fatal("a stage with 1 of 2 articles has a hash")
	}
	apply(&ArticleTexted{Bill: "b", Stage: "s", Index: 1, Number: "2", Part: 1, Parts: 1, Alineas: []string{"Trois"}}, t0)
	h, ok := st.TextHash()
	want := StageTextHash("b", "s", []StageArticle{{Number: "1er", Alineas: []string{"Un", "Deux"}}, {Number: "2", Alineas: []string{"Trois"}}})
	if !ok || h != want {
		t.Fatalf("hash %x, want %x", h, want)
	}
	if len(st.FinalNumbers) != 2 || st.FinalNumbers[0] != "1" || st.FinalNumbers[1] != "" {
		t.Fatalf("final numbers %q", st.FinalNumbers)
	}
	// A stage announcing no article is complete, with a hash, at once.
	apply(&StageTabled{Bill: "b", Stage: "vide"}, t0)
	if h, ok := l.Stage("b", "vide").TextHash(); !ok || h != StageTextHash("b", "vide", nil) {
		t.Fatal("an empty stage has no hash")
	}

	apply(&AmendmentTabled{Bill: "b", Stage: "s", Amendment: "A", Part: 1, Parts: 1, Dispositif: "v1", Expose: "e1"}, t0)
	t1 := t0.Add(time.Hour)
	apply(&AmendmentTabled{Bill: "b", Stage: "s", Amendment: "A", Part: 1, Parts: 1, Dispositif: "v2", Expose: "e2"}, t1)
	a := l.Amendments["b"]["A"]
	if a.Dispositif != "v2" || a.Version != 1 || len(a.Previous) != 1 || a.Previous[0] != (AmendmentText{Dispositif: "v1", Expose: "e1", Replaced: t1}) {
		t.Fatalf("amendment %+v", a)
	}
}
