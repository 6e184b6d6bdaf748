package projections

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/law"
)

// billEvents is a small bill: two stages, an amendment, the code article it
// changes, a deputy's vote and a tallied citizens' vote.
func billEvents() []domain.Event {
	b := domain.BillID("ppl-1")
	t0 := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	return []domain.Event{
		&domain.BillIntroduced{Bill: b, Type: domain.BillProposition, Title: "Proposition de loi d'essai"},
		&domain.StageTabled{Bill: b, Stage: "depot", Order: 0, Label: "Texte déposé", HasText: true, Articles: 2, Date: t0},
		&domain.ArticleTexted{Bill: b, Stage: "depot", Index: 0, Number: "1er", Part: 1, Parts: 1, Alineas: []string{
			"L'article L. 1 du code civil est ainsi modifié :",
			"1° Les mots : « trois ans » sont remplacés par les mots : « cinq ans » ;",
			"2° Il est ajouté un alinéa ainsi rédigé :",
			"« Le présent article s'applique outre-mer. »"}},
		&domain.ArticleTexted{Bill: b, Stage: "depot", Index: 1, Number: "2", Part: 1, Parts: 1, Alineas: []string{"Le Gouvernement remet un rapport au Parlement."}},
		&domain.StageTabled{Bill: b, Stage: "seance", Order: 1, Label: "Texte adopté", HasText: true, Articles: 1, Date: t0.AddDate(0, 1, 0)},
		&domain.ArticleTexted{Bill: b, Stage: "seance", Index: 0, Number: "1er", Part: 1, Parts: 1, Alineas: []string{
			"L'article L. 1 du code civil est ainsi modifié :",
			"1° Les mots : « trois ans » sont remplacés par les mots : « cinq ans » ;",
			"2° Il est ajouté un alinéa ainsi rédigé :",
			"« Le présent article s'applique outre-mer. »",
			"3° Le mot : « jamais » est remplacé par le mot : « toujours »."}},
		&domain.AmendmentTabled{Bill: b, Stage: "depot", Amendment: "A2", Number: "2", Authors: []string{"Mme Une"}, Subject: "Article 2", Article: "2", Tabled: t0, Part: 1, Parts: 1,
			Dispositif: "Supprimer cet article.", Expose: "Un rapport de plus."},
		&domain.AmendmentDecided{Bill: b, Amendment: "A2", Outcome: "adopted"},
		&domain.CodeArticleRecorded{Code: "code civil", Article: "l1", Heading: "L1", Part: 1, Parts: 1, Alineas: []string{"Le délai est de trois ans, et jamais plus."}},
		&domain.GroupRecorded{Group: "PO1", Name: "Groupe un"},
		&domain.DeputyRecorded{Deputy: "PA1", FirstName: "Anne", LastName: "Une", Group: "PO1", District: "75-01"},
		&domain.ParliamentVoteRecorded{Scrutin: "V1", Bill: b, Title: "l'ensemble", Adopted: true, Part: 1, Parts: 1, Ballots: []domain.DeputyBallot{{Deputy: "PA1", Group: "PO1", Position: domain.PositionAgainst}}},
		&domain.VoteOpened{Vote: "v1", Bill: b, Stage: "seance", Options: []string{"Pour", "Contre", "Abstention"}},
		&domain.TallyPublished{Vote: "v1", Groups: []domain.TallyGroup{{Name: "dep-75", Districts: []domain.District{"75-01", "75-02"}, Voters: 12, Counts: []uint64{9, 2, 1}}}},
	}
}

func newTestBills(t testing.TB) *Bills {
	b := NewBills()
	for i, ev := range billEvents() {
		if err := b.Apply(uint64(i), domain.Envelope{Event: ev}); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

func TestBillsViews(t *testing.T) {
	b := newTestBills(t)
	if l := b.List(); len(l) != 1 || l[0].Stages != 2 || l[0].Amendments != 1 {
		t.Fatalf("list: %+v", l)
	}
	v, ok := b.Bill("ppl-1")
	if !ok || v.FinalStage != "seance" || len(v.StageList) != 2 || v.StageList[0].TextHash == "" || v.Outcomes["adopted"] != 1 {
		t.Fatalf("bill: %+v", v)
	}
	d, err := b.Diff("ppl-1", "depot", "seance")
	if err != nil {
		t.Fatal(err)
	}
	if c := d.Counts(); c[law.Modified] != 1 || c[law.Deleted] != 1 {
		t.Errorf("diff counts: %v", c)
	}
	am, _ := b.Amendments("ppl-1", "", true)
	if len(am) != 1 || am[0].Amendments[0].Applied == nil || !am[0].Amendments[0].Applied.Deleted {
		t.Errorf("amendment applied: %+v", am)
	}
	lc, _ := b.Law("ppl-1", "")
	if len(lc.Articles) != 1 {
		t.Fatalf("law: %+v", lc)
	}
	got := strings.Join(lc.Articles[0].After, "\n")
	want := "Le délai est de cinq ans, et toujours plus.\nLe présent article s'applique outre-mer."
	if got != want {
		t.Errorf("law as amended: got %q, want %q (unparsed %v, failed %v)", got, want, lc.Unparsed, lc.Failed)
	}
	cs, scr, _ := b.Constituencies("ppl-1", "75-01")
	if len(cs) != 1 || len(scr) != 1 || cs[0].Deputy == nil || cs[0].Positions["V1"] != "against" || len(cs[0].Citizens) != 1 || cs[0].Citizens[0].Counts[0] != 9 {
		t.Errorf("constituency: %+v", cs)
	}
}

// bigStage is a 200-article stage; stage 2 modifies one article in ten,
// deletes one, inserts one.
func bigStages() (a, c []domain.Event) {
	bill := domain.BillID("big")
	words := strings.Fields("le code de la sécurité intérieure est ainsi modifié après les mots insérés supprimés remplacés par une phrase ainsi rédigée")
	text := func(i, j int) string {
		var w []string
		for k := 0; k < 40; k++ {
			w = append(w, words[(i*7+j*3+k)%len(words)])
		}
		return strings.Join(w, " ")
	}
	a = append(a, &domain.BillIntroduced{Bill: bill, Type: domain.BillProjet, Title: "Gros texte"},
		&domain.StageTabled{Bill: bill, Stage: "s1", HasText: true, Articles: 200},
		&domain.StageTabled{Bill: bill, Stage: "s2", Order: 1, HasText: true, Articles: 200})
	for _, st := range []string{"s1", "s2"} {
		idx := 0
		for i := 0; i < 200; i++ {
			if st == "s2" && i == 50 {
				continue // deleted
			}
			al := []string{text(i, 0), text(i, 1), text(i, 2), text(i, 3), text(i, 4)}
			if st == "s2" && i%10 == 0 {
				al[2] = strings.Replace(al[2], "code", "livre", 1) + " et ajoutés"
			}
			c = append(c, &domain.ArticleTexted{Bill: bill, Stage: st, Index: uint32(idx), Number: fmt.Sprint(i + 1), Part: 1, Parts: 1, Alineas: al})
			idx++
			if st == "s2" && i == 120 {
				c = append(c, &domain.ArticleTexted{Bill: bill, Stage: st, Index: uint32(idx), Number: "121 bis", Status: "nouveau", Part: 1, Parts: 1, Alineas: []string{text(999, 1)}})
				idx++
			}
		}
	}
	return a, c
}

func BenchmarkBillDiff200(b *testing.B) {
	bills := NewBills()
	head, arts := bigStages()
	for i, ev := range append(head, arts...) {
		if err := bills.Apply(uint64(i), domain.Envelope{Event: ev}); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		bills.clearDiffs("big")
		d, err := bills.Diff("big", "s1", "s2")
		if err != nil || len(d.Articles) < 200 {
			b.Fatal(err, len(d.Articles))
		}
	}
}

// TestBillDiff200Fast is the benchmark's bound as a test: < 50 ms.
func TestBillDiff200Fast(t *testing.T) {
	if testing.Short() {
		t.Skip("timing; not under -short (and -race)")
	}
	r := testing.Benchmark(BenchmarkBillDiff200)
	ms := float64(r.NsPerOp()) / 1e6
	t.Logf("diff of a 200-article bill: %.2f ms/op", ms)
	if ms > 50 {
		t.Errorf("diff takes %.1f ms, want < 50", ms)
	}
}
