package domain

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"strings"
	"testing"
	"time"
)

var lawT0 = time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC)

// lawSamples is one valid event of each bill and law type, with its stream.
func lawSamples() []Envelope {
	b := BillID("pjl07-405")
	return []Envelope{
		{Stream: BillStream(b), Event: &StageTabled{Bill: b, Stage: "00_1erelecture_senat_depot", Order: 0, Label: "1re lecture Sénat — texte déposé", Institution: "senat", Step: "depot", Reading: "1ère lecture", Date: lawT0, HasText: true, Articles: 1}},
		{Stream: BillStream(b), Event: &ArticleTexted{Bill: b, Stage: "00_1erelecture_senat_depot", Number: "1er", Part: 1, Parts: 1, Alineas: []string{"Le code est ainsi modifié :", "1° L'article L. 331-1 est abrogé."}}},
		{Stream: BillStream(b), Event: &AmendmentTabled{Bill: b, Stage: "00_1erelecture_senat_depot", Amendment: "219", Number: "219", Authors: []string{"M. Tardy"}, AuthorIDs: []string{"PA1"}, Subject: "Article 1er", Article: "1er", Tabled: lawT0, Part: 1, Parts: 1, Dispositif: "Supprimer cet article.", Expose: "Cet article est inutile."}},
		{Stream: BillStream(b), Event: &AmendmentDecided{Bill: b, Amendment: "219", Outcome: "rejected"}},
		{Stream: DeputyStream("PA720952"), Event: &DeputyRecorded{Deputy: "PA720952", Civility: "Mme", FirstName: "Anne", LastName: "Dupont", Group: "PO845413", District: "75-03", DepartementName: "Paris"}},
		{Stream: GroupStream("PO845413"), Event: &GroupRecorded{Group: "PO845413", Name: "Rassemblement national", Abbrev: "RN", Color: "#0D378A"}},
		{Stream: ScrutinStream("VTANR5L17V2220"), Event: &ParliamentVoteRecorded{Scrutin: "VTANR5L17V2220", Bill: b, Date: lawT0, Title: "l'ensemble de la proposition de loi", Adopted: true, Part: 1, Parts: 1,
			Ballots: []DeputyBallot{{Deputy: "PA1", Group: "PO845413", Position: PositionFor}, {Deputy: "PA2", Position: PositionAgainst, ByDelegation: true}}}},
		{Stream: CodeStream("code de la propriete intellectuelle"), Event: &CodeArticleRecorded{Code: "code de la propriete intellectuelle", Article: "l331-1", Heading: "L331-1", Part: 1, Parts: 1, Alineas: []string{"Les organismes de défense professionnelle …"}}},
	}
}

func TestLawEventsRoundTrip(t *testing.T) {
	for _, env := range lawSamples() {
		env.Time = lawT0
		t.Run(env.Event.Kind().Name, func(t *testing.T) {
			b, err := MarshalEntry(env)
			if err != nil {
				t.Fatal(err)
			}
			got, err := ParseEntry(b)
			if err != nil {
				t.Fatal(err)
			}
			b2, _ := MarshalEntry(got)
			if !bytes.Equal(b, b2) {
				t.Fatal("re-encoding differs")
			}
		})
	}
}

func TestLawEventsRefused(t *testing.T) {
	b := BillID("b1")
	for name, ev := range map[string]Event{
		"stage without text with articles": &StageTabled{Bill: b, Stage: "s", Articles: 2},
		"stage with a newline":             &StageTabled{Bill: b, Stage: "a\nb"},
		"article part 0":                   &ArticleTexted{Bill: b, Stage: "s", Number: "1", Part: 0, Parts: 1},
		"article part beyond":              &ArticleTexted{Bill: b, Stage: "s", Number: "1", Part: 3, Parts: 2, Alineas: []string{"x"}},
		"first part continues":             &ArticleTexted{Bill: b, Stage: "s", Number: "1", Part: 1, Parts: 2, Continues: true, Alineas: []string{"x"}},
		"article status":                   &ArticleTexted{Bill: b, Stage: "s", Number: "1", Status: "bof", Part: 1, Parts: 1},
		"author ids":                       &AmendmentTabled{Bill: b, Stage: "s", Amendment: "1", Authors: []string{"a", "b"}, AuthorIDs: []string{"x"}, Part: 1, Parts: 1},
		"outcome":                          &AmendmentDecided{Bill: b, Amendment: "1", Outcome: "adopté"},
		"district":                         &DeputyRecorded{Deputy: "PA1", LastName: "X", District: "75-99"},
		"ballots unsorted":                 &ParliamentVoteRecorded{Scrutin: "V1", Title: "t", Part: 1, Parts: 1, Ballots: []DeputyBallot{{Deputy: "PA2", Position: 1}, {Deputy: "PA1", Position: 1}}},
		"ballot position":                  &ParliamentVoteRecorded{Scrutin: "V1", Title: "t", Part: 1, Parts: 1, Ballots: []DeputyBallot{{Deputy: "PA2", Position: 5}}},
		"code key":                         &CodeArticleRecorded{Code: "Code civil", Article: "1", Part: 1, Parts: 1},
	} {
		if err := ev.check(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// apply folds envs into s, stamping positions, revisions and times.
func applyAll(t *testing.T, s *State, envs []Envelope) error {
	t.Helper()
	for _, env := range envs {
		rev, ok := s.Revision(env.Stream)
		env.Revision = 0
		if ok {
			env.Revision = rev + 1
		}
		env.Time = lawT0
		if err := s.Apply(s.Position(), env); err != nil {
			return err
		}
	}
	return nil
}

func TestLawStateRules(t *testing.T) {
	s := NewState()
	b := BillID("pjl07-405")
	intro := Envelope{Stream: BillStream(b), Event: &BillIntroduced{Bill: b, Type: BillProjet, Title: "Création et Internet"}}
	if err := applyAll(t, s, append([]Envelope{intro}, lawSamples()...)); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.StageHash(b, "00_1erelecture_senat_depot"); !ok {
		t.Fatal("stage not complete")
	}
	if got := s.Law().Amendments[b]["219"].Outcome; got != "rejected" {
		t.Errorf("outcome: got %q", got)
	}
	st := BillStream(b)
	// A stage whose text is still arriving.
	if err := applyAll(t, s, []Envelope{
		{Stream: st, Event: &StageTabled{Bill: b, Stage: "s2", Step: "depot", HasText: true, Articles: 2}},
		{Stream: st, Event: &ArticleTexted{Bill: b, Stage: "s2", Index: 0, Number: "1er", Part: 1, Parts: 1, Alineas: []string{"Un."}}},
	}); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		stream StreamID
		ev     Event
		rule   string
	}{
		"stage mid-text":     {st, &StageTabled{Bill: b, Stage: "s2"}, "stage-once"},
		"no such bill":       {BillStream("b2"), &StageTabled{Bill: "b2", Stage: "s"}, "bill"},
		"wrong stream":       {BillStream("b2"), &StageTabled{Bill: b, Stage: "s"}, "stream"},
		"article too many":   {st, &ArticleTexted{Bill: b, Stage: "00_1erelecture_senat_depot", Index: 1, Number: "2", Part: 1, Parts: 1}, "article-order"},
		"article no stage":   {st, &ArticleTexted{Bill: b, Stage: "x", Number: "2", Part: 1, Parts: 1}, "article-stage"},
		"amendment moved":    {st, &AmendmentTabled{Bill: b, Stage: "s", Amendment: "219", Part: 1, Parts: 1}, "amendment-once"},
		"revision part 2":    {st, &AmendmentTabled{Bill: b, Stage: "00_1erelecture_senat_depot", Amendment: "219", Part: 2, Parts: 2}, "amendment-parts"},
		"undecided unknown":  {st, &AmendmentDecided{Bill: b, Amendment: "220", Outcome: "adopted"}, "amendment-decided"},
		"same outcome again": {st, &AmendmentDecided{Bill: b, Amendment: "219", Outcome: "rejected"}, "amendment-decided"},
		"amendment part 2":   {st, &AmendmentTabled{Bill: b, Stage: "s", Amendment: "221", Part: 2, Parts: 2}, "amendment-parts"},
		"scrutin again":      {ScrutinStream("VTANR5L17V2220"), &ParliamentVoteRecorded{Scrutin: "VTANR5L17V2220", Title: "t", Part: 2, Parts: 2}, "scrutin-parts"},
		"deputy stream":      {DeputyStream("PA1"), &DeputyRecorded{Deputy: "PA2", LastName: "X"}, "stream"},
	} {
		err := s.Check(c.stream, c.ev, lawT0.UnixMicro())
		var re *RuleError
		if !errors.As(err, &re) || re.Rule.String() != c.rule {
			t.Errorf("%s: got %v, want rule %s", name, err, c.rule)
		}
	}
}

// TestLawRevisions tables an amendment and records a vote again, as a sync
// does when the source corrects them: the new version replaces the texts or
// the ballots, the outcome stands, and the version counts up.
func TestLawRevisions(t *testing.T) {
	s := NewState()
	b := BillID("pjl07-405")
	intro := Envelope{Stream: BillStream(b), Event: &BillIntroduced{Bill: b, Type: BillProjet, Title: "Création et Internet"}}
	if err := applyAll(t, s, append([]Envelope{intro}, lawSamples()...)); err != nil {
		t.Fatal(err)
	}
	a := *s.Law().Amendments[b]["219"].Tabled
	a.Dispositif, a.Expose = "Supprimer cet article 1er.", ""
	v := *s.Law().Scrutins["VTANR5L17V2220"].Recorded
	v.Adopted = !v.Adopted
	v.Ballots = v.Ballots[:1]
	if err := applyAll(t, s, []Envelope{{Stream: BillStream(b), Event: &a}, {Stream: ScrutinStream(v.Scrutin), Event: &v}}); err != nil {
		t.Fatal(err)
	}
	got := s.Law().Amendments[b]["219"]
	if got.Dispositif != a.Dispositif || got.Expose != "" || got.Version != 1 || got.Outcome != "rejected" || !got.Complete() {
		t.Errorf("amendment after revision: got %q %q version %d outcome %q", got.Dispositif, got.Expose, got.Version, got.Outcome)
	}
	sv := s.Law().Scrutins[v.Scrutin]
	if sv.Recorded.Adopted != v.Adopted || len(sv.Ballots) != 1 || sv.Version != 1 {
		t.Errorf("vote after revision: adopted %v, %d ballots, version %d", sv.Recorded.Adopted, len(sv.Ballots), sv.Version)
	}
}

// TestLargeArticle records a 200 KB article, which no single entry can
// hold, in parts, and checks the fold gives it back whole, with its hash.
func TestLargeArticle(t *testing.T) {
	var al []string
	for i := 0; len(strings.Join(al, "")) < 150_000; i++ {
		al = append(al, strings.Repeat("Les mots « é » sont remplacés. ", 40+i%50))
	}
	al = append(al, strings.Repeat("Une annexe d'un seul tenant, très longue. ", 1200)) // ~50 KB in one alinéa
	al = append(al, strings.Repeat("é", 70_000))                                        // one alinéa longer than an entry
	total := 0
	for _, a := range al {
		total += len(a)
	}
	if total < 200_000 {
		t.Fatalf("article is %d bytes, want ≥ 200 KB", total)
	}
	b := BillID("big")
	parts := SplitAlineas(al, PartBudget)
	envs := []Envelope{
		{Stream: BillStream(b), Event: &BillIntroduced{Bill: b, Type: BillProposition, Title: "Gros texte"}},
		{Stream: BillStream(b), Event: &StageTabled{Bill: b, Stage: "s", HasText: true, Articles: 1}},
	}
	for i, p := range parts {
		envs = append(envs, Envelope{Stream: BillStream(b), Event: &ArticleTexted{Bill: b, Stage: "s", Number: "unique",
			Part: uint16(i + 1), Parts: uint16(len(parts)), Continues: p.Continues, Alineas: p.Alineas}})
	}
	for _, env := range envs {
		env.Time = lawT0
		e, err := MarshalEntry(env)
		if err != nil {
			t.Fatalf("part: %v", err)
		}
		if len(e) > MaxEntrySize {
			t.Fatalf("entry of %d bytes", len(e))
		}
	}
	s := NewState()
	if err := applyAll(t, s, envs); err != nil {
		t.Fatal(err)
	}
	got := s.Law().Stage(b, "s").Articles
	if len(got) != 1 || strings.Join(got[0].Alineas, "\x00") != strings.Join(al, "\x00") {
		t.Fatalf("article not rebuilt: %d articles", len(got))
	}
	h, ok := s.StageHash(b, "s")
	if !ok || h != StageTextHash(b, "s", []StageArticle{{Number: "unique", Alineas: al}}) {
		t.Fatal("stage hash differs")
	}
	t.Logf("%d bytes in %d alinéas, %d parts", total, len(al), len(parts))
	if len(parts) < 4 {
		t.Errorf("got %d parts, want at least 4", len(parts))
	}
}

func TestSplitText(t *testing.T) {
	s := strings.Repeat("ligne é\n", 10000)
	ps := SplitText(s, 1000)
	if strings.Join(ps, "") != s {
		t.Fatal("pieces do not concatenate")
	}
	for _, p := range ps {
		if len(p) > 1000 {
			t.Fatalf("piece of %d bytes", len(p))
		}
	}
}

func TestStageTextHashVector(t *testing.T) {
	h := StageTextHash("pjl07-405", "final", []StageArticle{{Number: "1er", Alineas: []string{"Texte."}}})
	// Recompute by hand from the documented serialisation.
	e := &encoder{}
	e.fixed([]byte("scrutin/stage-text/v1\n"))
	e.str("pjl07-405")
	e.str("final")
	e.u32(1)
	e.str("1er")
	e.str("")
	e.str("")
	e.u32(1)
	e.str("Texte.")
	if want := sha256.Sum256(e.b); h != want {
		t.Fatalf("got %x, want %x (the documented serialisation)", h, want)
	}
	if h == StageTextHash("pjl07-405", "final", []StageArticle{{Number: "1er", Alineas: []string{"Texte"}}}) {
		t.Fatal("hash ignores the text")
	}
}

func FuzzLawEvents(f *testing.F) {
	for _, env := range lawSamples() {
		env.Time = lawT0
		b, err := MarshalEntry(env)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		env, err := ParseEntry(b)
		if err != nil {
			return
		}
		out, err := MarshalEntry(env)
		if err != nil {
			t.Fatalf("parsed but does not marshal: %v", err)
		}
		if !bytes.Equal(out, b) {
			t.Fatal("Marshal output different from input")
		}
	})
}

// TestStageRevision tables a complete stage again, as a sync does when
// the source republishes its text: the new version's articles follow, the
// earlier version (its text and hash, which votes on it commit to) is kept
// in Previous, and the stage's hash is the new text's once complete.
func TestStageRevision(t *testing.T) {
	s := NewState()
	b := BillID("pjl07-405")
	intro := Envelope{Stream: BillStream(b), Event: &BillIntroduced{Bill: b, Type: BillProjet, Title: "Création et Internet"}}
	if err := applyAll(t, s, append([]Envelope{intro}, lawSamples()...)); err != nil {
		t.Fatal(err)
	}
	const stage = "00_1erelecture_senat_depot"
	h1, _ := s.StageHash(b, stage)
	st := BillStream(b)
	v2 := []Envelope{
		{Stream: st, Event: &StageTabled{Bill: b, Stage: stage, Label: "1re lecture Sénat — texte déposé", Institution: "senat", Step: "depot", Date: lawT0, HasText: true, Articles: 2}},
		{Stream: st, Event: &ArticleTexted{Bill: b, Stage: stage, Index: 0, Number: "1er", Part: 1, Parts: 1, Alineas: []string{"Le code est ainsi modifié."}}},
	}
	if err := applyAll(t, s, v2); err != nil {
		t.Fatal(err)
	}
	sg := s.Law().Stage(b, stage)
	if sg.Version != 1 || len(sg.Previous) != 1 || sg.Previous[0].Hash != h1 || len(sg.Previous[0].Articles) != 1 || !sg.Previous[0].Replaced.Equal(lawT0) {
		t.Fatalf("after the new version: version %d, previous %+v", sg.Version, sg.Previous)
	}
	if _, ok := s.StageHash(b, stage); ok {
		t.Fatal("the new version is complete with 1 of 2 articles")
	}
	// Not again while the new version's text is arriving.
	var re *RuleError
	if err := s.Check(st, &StageTabled{Bill: b, Stage: stage}, lawT0.UnixMicro()); !errors.As(err, &re) || re.Rule != RuleStageOnce {
		t.Fatalf("re-tabled mid-text: %v", err)
	}
	if err := applyAll(t, s, []Envelope{{Stream: st, Event: &ArticleTexted{Bill: b, Stage: stage, Index: 1, Number: "2", Part: 1, Parts: 1, Alineas: []string{"Deux."}}}}); err != nil {
		t.Fatal(err)
	}
	h2, ok := s.StageHash(b, stage)
	if !ok || h2 == h1 || h2 != StageTextHash(b, stage, s.Law().Stage(b, stage).Articles) {
		t.Fatalf("the new version's hash: %x (ok %v), the first's %x", h2, ok, h1)
	}
	// The same in a batch: checked against the batch before it.
	s2 := NewState()
	if err := applyAll(t, s2, append([]Envelope{intro}, lawSamples()...)); err != nil {
		t.Fatal(err)
	}
	batch := s2.NewEventBatch(0)
	for i, env := range append(v2, v2[0]) {
		err := batch.Add(env.Stream, env.Event)
		if i < 2 && err != nil {
			t.Fatalf("batch event %d: %v", i, err)
		}
		if i == 2 && (!errors.As(err, &re) || re.Rule != RuleStageOnce) {
			t.Fatalf("batch: re-tabled mid-text: %v", err)
		}
	}
	if s2.Law().Stage(b, stage).Version != 0 {
		t.Fatal("the batch changed the base state")
	}
}
