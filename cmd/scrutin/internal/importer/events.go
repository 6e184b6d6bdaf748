package importer

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/domain/law"
)

// StreamEvent is an event and the stream it is appended to.
type StreamEvent struct {
	Stream domain.StreamID
	Event  domain.Event
}

// AppendFunc appends one event to a stream, rules checked (app.App.Append).
type AppendFunc func(ctx context.Context, stream domain.StreamID, ev domain.Event) error

// BatchFunc appends events in order, rules checked each against the
// state plus the events before it, all or none (app.App.AppendBatch).
type BatchFunc func(ctx context.Context, evs []StreamEvent) error

// ViewFunc runs fn on a consistent state of the ledger (app.App.View).
type ViewFunc func(fn func(*domain.State))

// Counts says how many records of each kind an import holds.
type Counts struct {
	Bills, Stages, Articles, Amendments, Decisions int
	Deputies, Groups, Scrutins, Ballots, Codes     int
}

func (c Counts) String() string {
	return fmt.Sprintf("bills %d, stages %d, articles %d, amendments %d (decided %d), deputies %d, groups %d, scrutins %d (ballots %d), code articles %d",
		c.Bills, c.Stages, c.Articles, c.Amendments, c.Decisions, c.Deputies, c.Groups, c.Scrutins, c.Ballots, c.Codes)
}

// Count counts the records of r, and codes.
func (r *Result) Count(codes []law.CodeArticle) Counts {
	c := Counts{Bills: len(r.Bills), Stages: len(r.Stages), Amendments: len(r.Amendments),
		Deputies: len(r.Deputies), Groups: len(r.Groups), Scrutins: len(r.Scrutins), Codes: len(codes)}
	for _, s := range r.Stages {
		c.Articles += len(s.Articles)
	}
	for _, a := range r.Amendments {
		if a.Outcome != law.OutcomeUnknown {
			c.Decisions++
		}
	}
	for _, s := range r.Scrutins {
		c.Ballots += len(s.Ballots)
	}
	return c
}

var positions = map[law.Position]uint8{law.For: domain.PositionFor, law.Against: domain.PositionAgainst, law.Abstain: domain.PositionAbstain, law.NonVoting: domain.PositionNonVoting}

// maxBallots is the most ballots one ParliamentVoteRecorded part carries
// (each takes at most ~430 bytes with 200-byte ids; real ones ~30).
const maxBallots = 120

// Events turns an import into events, stream by stream in dependency
// order: groups, deputies, bills (stages, articles, amendments, outcomes),
// nominative votes, then the code articles in force. The order within a
// stream is the order the rules require; the whole list is deterministic.
func Events(r *Result, codes []law.CodeArticle) []StreamEvent {
	var out []StreamEvent
	add := func(s domain.StreamID, ev domain.Event) { out = append(out, StreamEvent{s, ev}) }
	for _, g := range r.Groups {
		name := g.Name
		if name == "" {
			name = string(g.ID)
		}
		add(domain.GroupStream(string(g.ID)), &domain.GroupRecorded{Group: string(g.ID), Name: name, Abbrev: g.Abbrev, Color: g.Color})
	}
	for _, d := range r.Deputies {
		var dist domain.District
		if d.District.Departement != "" {
			if _, ok := domain.LookupDistrict(domain.District(d.District.String())); ok {
				dist = domain.District(d.District.String())
			}
		}
		add(domain.DeputyStream(string(d.ID)), &domain.DeputyRecorded{Deputy: string(d.ID), Civility: d.Civility, FirstName: d.FirstName,
			LastName: d.LastName, Group: string(d.Group), District: dist, DepartementName: d.DepartementName})
	}
	bills := map[law.BillID]bool{}
	for _, b := range r.Bills {
		bills[b.ID] = true
		st := domain.BillStream(domain.BillID(b.ID))
		kind := domain.BillProposition
		if b.Kind == law.Projet {
			kind = domain.BillProjet
		}
		add(st, &domain.BillIntroduced{Bill: domain.BillID(b.ID), Type: kind, Title: b.Title})
		for _, s := range r.Stages {
			if s.Bill != b.ID {
				continue
			}
			n := 0
			if s.HasText {
				n = len(s.Articles)
			}
			add(st, &domain.StageTabled{Bill: domain.BillID(b.ID), Stage: string(s.ID), Order: uint32(s.Order), Label: s.Label,
				Institution: string(s.Institution), Step: string(s.Step), Reading: s.Reading, Date: s.Date, Failed: s.Failed,
				HasText: s.HasText, Articles: uint32(n)})
			for i, a := range s.Articles[:n] {
				base := len(a.Number) + len(a.FinalNumber) + len(a.Section) + len(s.ID) + len(b.ID)
				parts := domain.SplitAlineas(a.Alineas, domain.PartBudget-base)
				for k, p := range parts {
					add(st, &domain.ArticleTexted{Bill: domain.BillID(b.ID), Stage: string(s.ID), Index: uint32(i), Number: string(a.Number),
						FinalNumber: string(a.FinalNumber), Section: a.Section, Status: string(a.Status),
						Part: uint16(k + 1), Parts: uint16(len(parts)), Continues: p.Continues, Alineas: p.Alineas})
				}
			}
		}
		for _, a := range r.Amendments {
			if a.Bill != b.ID {
				continue
			}
			ids := make([]string, 0, len(a.AuthorIDs))
			for _, id := range a.AuthorIDs {
				ids = append(ids, string(id))
			}
			if len(ids) != len(a.Authors) {
				ids = nil
			}
			position := a.Position
			if !a.Additional {
				position = ""
			}
			t := domain.AmendmentTabled{Bill: domain.BillID(b.ID), Stage: string(a.Stage), Amendment: string(a.ID), Number: a.Number,
				Authors: a.Authors, AuthorIDs: ids, Group: string(a.Group), Subject: a.Subject, Article: string(a.Article),
				Additional: a.Additional, Position: position, Alinea: uint32(max(a.Alinea, 0)), Tabled: a.Tabled}
			// One part if the texts fit, else the dispositif's pieces then the exposé's.
			budget := domain.PartBudget - 2048
			type piece struct{ dis, exp string }
			pieces := []piece{{a.Dispositif, a.Expose}}
			if len(a.Dispositif)+len(a.Expose) > budget {
				pieces = nil
				for _, d := range domain.SplitText(a.Dispositif, budget) {
					pieces = append(pieces, piece{dis: d})
				}
				if a.Expose != "" {
					for _, x := range domain.SplitText(a.Expose, budget) {
						pieces = append(pieces, piece{exp: x})
					}
				}
			}
			for k, pc := range pieces {
				p := t
				p.Part, p.Parts = uint16(k+1), uint16(len(pieces))
				p.Dispositif, p.Expose = pc.dis, pc.exp
				add(st, &p)
			}
			if a.Outcome != law.OutcomeUnknown {
				add(st, &domain.AmendmentDecided{Bill: domain.BillID(b.ID), Amendment: string(a.ID), Outcome: string(a.Outcome)})
			}
		}
	}
	for _, s := range r.Scrutins {
		bill := domain.BillID(s.Bill)
		if !bills[s.Bill] {
			bill = ""
		}
		ballots := make([]domain.DeputyBallot, 0, len(s.Ballots))
		for _, b := range s.Ballots {
			ballots = append(ballots, domain.DeputyBallot{Deputy: string(b.Deputy), Group: string(b.Group), Position: positions[b.Position], ByDelegation: b.ByDelegation})
		}
		sort.Slice(ballots, func(i, j int) bool { return ballots[i].Deputy < ballots[j].Deputy })
		n := max((len(ballots)+maxBallots-1)/maxBallots, 1)
		for k := 0; k < n; k++ {
			part := ballots[k*maxBallots : min((k+1)*maxBallots, len(ballots))]
			add(domain.ScrutinStream(string(s.ID)), &domain.ParliamentVoteRecorded{Scrutin: string(s.ID), Bill: bill, Date: s.Date, Title: s.Title,
				Adopted: s.Adopted, Part: uint16(k + 1), Parts: uint16(n), Ballots: part})
		}
	}
	for _, c := range UniqueCodes(codes) {
		base := len(c.Ref.Code) + len(c.Ref.Article) + len(c.Heading)
		parts := domain.SplitAlineas(c.Alineas, domain.PartBudget-base)
		for k, p := range parts {
			add(domain.CodeStream(c.Ref.Code), &domain.CodeArticleRecorded{Code: c.Ref.Code, Article: c.Ref.Article, Heading: c.Heading,
				Part: uint16(k + 1), Parts: uint16(len(parts)), Continues: p.Continues, Alineas: p.Alineas})
		}
	}
	return out
}

// Changes counts what an import adds to the ledger, record by record: new
// ones, revised ones (held with other content: a new version is appended,
// the earlier one stays in the log) and decisions (an outcome recorded or
// changed). Unchanged records count nowhere.
type Changes struct {
	NewBills, NewStages, NewArticles            int
	NewAmendments, RevisedAmendments, Decisions int
	NewScrutins, RevisedScrutins                int
	Deputies, Groups, Codes                     int
	// RevisedTexts counts the stages whose text the source republished
	// differently (an article reworded, added or removed, a text now
	// given): each is tabled again with its whole new text, a new version
	// (docs/OPERATIONS.md, "Texts at each stage").
	RevisedTexts int
	// TextsChanged names ("bill/stage") the stages whose text changed
	// upstream while the ledger holds an incomplete version of it (an
	// import interrupted, then the source changed): reported, not
	// recorded — the rules take a new version only of a complete stage.
	TextsChanged []string
}

// Total is the number of records changed.
func (c Changes) Total() int {
	return c.NewBills + c.NewStages + c.NewArticles + c.NewAmendments + c.RevisedAmendments + c.Decisions +
		c.NewScrutins + c.RevisedScrutins + c.Deputies + c.Groups + c.Codes + c.RevisedTexts
}

// Add returns the sum of c and d.
func (c Changes) Add(d Changes) Changes {
	c.NewBills += d.NewBills
	c.NewStages += d.NewStages
	c.NewArticles += d.NewArticles
	c.NewAmendments += d.NewAmendments
	c.RevisedAmendments += d.RevisedAmendments
	c.Decisions += d.Decisions
	c.NewScrutins += d.NewScrutins
	c.RevisedScrutins += d.RevisedScrutins
	c.Deputies += d.Deputies
	c.Groups += d.Groups
	c.Codes += d.Codes
	c.RevisedTexts += d.RevisedTexts
	c.TextsChanged = append(c.TextsChanged[:len(c.TextsChanged):len(c.TextsChanged)], d.TextsChanged...)
	return c
}

func (c Changes) String() string {
	out := fmt.Sprintf("bills %d new, stages %d new, articles %d new, amendments %d new and %d revised, outcomes %d decided, votes %d new and %d revised, deputies %d, groups %d, code articles %d",
		c.NewBills, c.NewStages, c.NewArticles, c.NewAmendments, c.RevisedAmendments, c.Decisions, c.NewScrutins, c.RevisedScrutins, c.Deputies, c.Groups, c.Codes)
	if c.RevisedTexts > 0 {
		out += fmt.Sprintf(", stage texts republished %d", c.RevisedTexts)
	}
	if len(c.TextsChanged) > 0 {
		out += fmt.Sprintf("; stage texts changed upstream, not recorded: %d (%s)", len(c.TextsChanged), strings.Join(c.TextsChanged, ", "))
	}
	return out
}

// Missing returns the events of evs the state does not hold yet (Diff).
func Missing(s *domain.State, evs []StreamEvent) []StreamEvent {
	out, _ := Diff(s, evs)
	return out
}

// Diff compares the events of an import with what the state holds, by
// natural key, and returns the events to append and what they change:
//   - a bill, stage or article already recorded is skipped;
//   - an amendment or nominative vote held with the same content is
//     skipped; held with other content (its text corrected, its ballots or
//     result changed), all its parts are returned again: a revision, which
//     the rules accept as a new version of a complete record; held in part
//     (an import cut between parts), the missing parts are returned;
//   - an outcome, deputy, group or code article is returned when it
//     differs from the one held.
//
// A second import of the same files returns nothing; an import of newer
// files returns exactly what changed.
func Diff(s *domain.State, evs []StreamEvent) ([]StreamEvent, Changes) {
	l := s.Law()
	var out []StreamEvent
	var ch Changes
	// The whole content of each split amendment and vote in evs.
	type amKey struct {
		bill domain.BillID
		id   string
	}
	amText := map[amKey][2]string{}
	voteBallots := map[string][]domain.DeputyBallot{}
	for _, se := range evs {
		switch e := se.Event.(type) {
		case *domain.AmendmentTabled:
			k := amKey{e.Bill, e.Amendment}
			t := amText[k]
			amText[k] = [2]string{t[0] + e.Dispositif, t[1] + e.Expose}
		case *domain.ParliamentVoteRecorded:
			voteBallots[e.Scrutin] = append(voteBallots[e.Scrutin], e.Ballots...)
		}
	}
	// Stages held whose text the source gives differently: a complete
	// one is tabled again with its whole new text (a new version); one
	// still incomplete cannot be (the rules), so its events are left out
	// and it is reported.
	changed := changedStages(s, evs)
	stuck := map[string]bool{}
	for k := range changed {
		bill, stage, _ := strings.Cut(k, "/")
		if !l.Stage(domain.BillID(bill), stage).Complete() {
			stuck[k] = true
		}
	}
	ch.TextsChanged = append(ch.TextsChanged, sortedKeys(stuck)...)
	// from is, for an amendment, vote or code article being added, the
	// first part to return (0: none, skip the record).
	from := map[string]uint16{}
	for _, se := range evs {
		held := false
		switch e := se.Event.(type) {
		case *domain.BillIntroduced:
			_, held = s.Bills[e.Bill]
			if !held {
				ch.NewBills++
			}
		case *domain.StageTabled:
			k := string(e.Bill) + "/" + e.Stage
			held = l.Stage(e.Bill, e.Stage) != nil && !changed[k] || stuck[k]
			switch {
			case held:
			case changed[k]:
				ch.RevisedTexts++
			default:
				ch.NewStages++
			}
		case *domain.ArticleTexted:
			k := string(e.Bill) + "/" + e.Stage
			st := l.Stage(e.Bill, e.Stage)
			held = st != nil && st.HasPart(e.Index, e.Part) && !changed[k] || stuck[k]
			if !held && e.Part == 1 && !changed[k] {
				ch.NewArticles++
			}
		case *domain.AmendmentTabled:
			key := "am\x00" + string(e.Bill) + "\x00" + e.Amendment
			if e.Part == 1 {
				a := l.Amendments[e.Bill][e.Amendment]
				t := amText[amKey{e.Bill, e.Amendment}]
				switch {
				case a == nil:
					from[key] = 1
					ch.NewAmendments++
				case !a.Complete():
					from[key] = a.Parts + 1 // finish the version under way
				case domain.SameContent(a.Tabled, e) && a.Dispositif == t[0] && a.Expose == t[1]:
					from[key] = 0
				default:
					from[key] = 1
					ch.RevisedAmendments++
				}
			}
			held = from[key] == 0 || e.Part < from[key]
		case *domain.AmendmentDecided:
			a := l.Amendments[e.Bill][e.Amendment]
			held = a != nil && a.Outcome == e.Outcome
			if !held {
				ch.Decisions++
			}
		case *domain.DeputyRecorded:
			d := l.Deputies[e.Deputy]
			held = d != nil && *d == *e
			if !held {
				ch.Deputies++
			}
		case *domain.GroupRecorded:
			g := l.Groups[e.Group]
			held = g != nil && *g == *e
			if !held {
				ch.Groups++
			}
		case *domain.ParliamentVoteRecorded:
			key := "vote\x00" + e.Scrutin
			if e.Part == 1 {
				v := l.Scrutins[e.Scrutin]
				switch {
				case v == nil:
					from[key] = 1
					ch.NewScrutins++
				case !v.Complete():
					from[key] = v.Parts + 1
				case domain.SameContent(v.Recorded, e) && sameBallots(v.Ballots, voteBallots[e.Scrutin]):
					from[key] = 0
				default:
					from[key] = 1
					ch.RevisedScrutins++
				}
			}
			held = from[key] == 0 || e.Part < from[key]
		case *domain.CodeArticleRecorded:
			key := "code\x00" + e.Code + "\x00" + e.Article
			if e.Part == 1 {
				c := l.Codes[e.Code][e.Article]
				from[key] = 1
				if c != nil && c.Complete() && strings.Join(c.Alineas, "\x00") == strings.Join(wholeCode(evs, e), "\x00") {
					from[key] = 0
				} else {
					ch.Codes++
				}
			}
			held = from[key] == 0
		}
		if !held {
			out = append(out, se)
		}
	}
	return out, ch
}

// changedStages returns the stages ("bill/stage") the ledger holds whose
// text in evs differs: whether it has one, its article count, a whole article held
// that evs words differently or places elsewhere, or an article evs
// gives beyond the stage's announced count.
func changedStages(s *domain.State, evs []StreamEvent) map[string]bool {
	l := s.Law()
	out := map[string]bool{}
	type artKey struct {
		bill  domain.BillID
		stage string
		index uint32
	}
	whole := map[artKey]*domain.StageArticle{}
	var order []artKey
	for _, se := range evs {
		switch e := se.Event.(type) {
		case *domain.StageTabled:
			// Its text: whether it has one, and how many articles. Its
			// other fields (label, date…) corrected upstream are not
			// revised either, but are no text (docs/OPERATIONS.md).
			if st := l.Stage(e.Bill, e.Stage); st != nil && (st.Tabled.HasText != e.HasText || st.Tabled.Articles != e.Articles) {
				out[string(e.Bill)+"/"+e.Stage] = true
			}
		case *domain.ArticleTexted:
			if l.Stage(e.Bill, e.Stage) == nil {
				continue
			}
			k := artKey{e.Bill, e.Stage, e.Index}
			a := whole[k]
			if a == nil {
				a = &domain.StageArticle{Number: e.Number, Section: e.Section, Status: e.Status}
				whole[k] = a
				order = append(order, k)
			}
			a.Alineas = domain.JoinAlineas(a.Alineas, domain.AlineaPart{Continues: e.Continues, Alineas: e.Alineas})
		}
	}
	for _, k := range order {
		st := l.Stage(k.bill, k.stage)
		a := whole[k]
		switch {
		case k.index >= st.Tabled.Articles:
			out[string(k.bill)+"/"+k.stage] = true
		case int(k.index) < len(st.Articles):
			h := st.Articles[k.index]
			if h.Number != a.Number || h.Section != a.Section || h.Status != a.Status || strings.Join(h.Alineas, "\x00") != strings.Join(a.Alineas, "\x00") {
				out[string(k.bill)+"/"+k.stage] = true
			}
		}
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sameBallots(a, b []domain.DeputyBallot) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// wholeCode joins the alinéas of every part of first's article in evs.
func wholeCode(evs []StreamEvent, first *domain.CodeArticleRecorded) []string {
	var al []string
	for _, se := range evs {
		if e, ok := se.Event.(*domain.CodeArticleRecorded); ok && e.Code == first.Code && e.Article == first.Article {
			al = domain.JoinAlineas(al, domain.AlineaPart{Continues: e.Continues, Alineas: e.Alineas})
		}
	}
	return al
}

// AppendAll appends the events of r (and of the code articles codes) that
// the ledger does not hold yet, in order, each through appendFn (rules
// checked). view reads the ledger's state once, before the first append.
// It returns how many events it appended and how many it skipped because
// the ledger already held them: a second import appends nothing.
func AppendAll(ctx context.Context, appendFn AppendFunc, view ViewFunc, r *Result, codes ...law.CodeArticle) (appended, skipped int, err error) {
	all := Events(r, codes)
	var todo []StreamEvent
	view(func(s *domain.State) { todo = Missing(s, all) })
	skipped = len(all) - len(todo)
	for _, se := range todo {
		if err := appendFn(ctx, se.Stream, se.Event); err != nil {
			return appended, skipped, fmt.Errorf("couldn't append %s to %s: %w", se.Event.Kind().Name, se.Stream, err)
		}
		appended++
	}
	return appended, skipped, nil
}

// AppendAllBatched is AppendAll with the events appended n at a time
// through appendBatch (each batch one commit, all or none); it also
// returns what the import changes (Diff), stage texts changed upstream
// and not recorded included.
func AppendAllBatched(ctx context.Context, appendBatch BatchFunc, n int, view ViewFunc, r *Result, codes ...law.CodeArticle) (appended, skipped int, ch Changes, err error) {
	all := Events(r, codes)
	var todo []StreamEvent
	view(func(s *domain.State) { todo, ch = Diff(s, all) })
	skipped = len(all) - len(todo)
	if n <= 0 {
		n = 1000
	}
	for len(todo) > 0 {
		k := min(n, len(todo))
		if err := appendBatch(ctx, todo[:k]); err != nil {
			return appended, skipped, ch, fmt.Errorf("couldn't append a batch of %d events: %w", k, err)
		}
		appended += k
		todo = todo[k:]
	}
	return appended, skipped, ch, nil
}

// UniqueCodes keeps the first of code articles read twice (the same code
// and article from two directories): an import records each article once,
// so that a second import finds them all held.
func UniqueCodes(codes []law.CodeArticle) []law.CodeArticle {
	seen := make(map[law.CodeRef]bool, len(codes))
	out := codes[:0:0]
	for _, c := range codes {
		if !seen[c.Ref] {
			seen[c.Ref] = true
			out = append(out, c)
		}
	}
	return out
}

// ReadCodes reads the code articles in force under root in fsys, in the
// Markdown layout of the "codes-juridiques-francais" repository:
// <codes-en-vigueur|codes-non-en-vigueur>/<code-name>/…/article-*.md.
// Articles are sorted by reference.
func ReadCodes(fsys fs.FS, root string) ([]law.CodeArticle, []Problem, error) {
	var out []law.CodeArticle
	var probs []Problem
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasPrefix(d.Name(), "article-") || !strings.HasSuffix(d.Name(), ".md") {
			return err
		}
		parts := strings.Split(p, "/")
		code := ""
		for i, s := range parts[:len(parts)-1] {
			if (s == "codes-en-vigueur" || s == "codes-non-en-vigueur") && i+1 < len(parts)-1 {
				code = strings.TrimSuffix(parts[i+1], "-cgi")
			}
		}
		if code == "" {
			probs = append(probs, Problem{File: p, Reason: "not under codes-en-vigueur/<code>/"})
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		a, ok := law.ParseCodeArticleMarkdown(strings.ReplaceAll(code, "-", " "), string(b))
		if !ok {
			probs = append(probs, Problem{File: p, Field: "# Article", Reason: "no article heading"})
			return nil
		}
		out = append(out, a)
		return nil
	})
	if err != nil {
		return nil, probs, fmt.Errorf("couldn't read codes under %s: %w", path.Clean(root), err)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Ref.Code != out[j].Ref.Code {
			return out[i].Ref.Code < out[j].Ref.Code
		}
		return out[i].Ref.Article < out[j].Ref.Article
	})
	return out, probs, nil
}

// LinkScrutins ties each nominative vote that names no bill to the bill of
// its dossier, by the folder layout of the Assemblée's open data: a
// dossier folder holds scrutins/<uid>.json and amendements/<text uid>/…;
// the vote is tied to the dossier's first text (the bill as tabled) when
// its amendments name exactly the texts of one dossier. It returns the
// number of votes tied. Votes found elsewhere are left as they are. The
// bills of a dossier folder that are titled from their reference alone
// are titled from the text the folder's votes name (titleFromVotes).
func LinkScrutins(fsys fs.FS, root string, r *Result) (int, error) {
	bills := map[law.BillID]bool{}
	for _, b := range r.Bills {
		bills[b.ID] = true
	}
	folders := map[string][]string{}    // dossier folder → its texts
	textDirs := map[law.BillID]string{} // text → its dossier folder
	voteDir := map[law.ScrutinID]string{}
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dir, name := path.Split(p)
		dir = path.Clean(dir)
		switch {
		case d.IsDir() && path.Base(dir) == "amendements" && anTextRef.MatchString(name):
			dossier := path.Dir(dir)
			folders[dossier] = append(folders[dossier], name)
			if bills[law.BillID(name)] {
				textDirs[law.BillID(name)] = dossier
			}
		case !d.IsDir() && path.Base(dir) == "scrutins" && strings.HasSuffix(name, ".json"):
			voteDir[law.ScrutinID(strings.TrimSuffix(name, ".json"))] = path.Dir(dir)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("couldn't link votes to bills: %w", err)
	}
	byDossier := joinFolderTexts(r, folders, bills)
	n := 0
	for i, s := range r.Scrutins {
		if s.Bill != "" {
			continue
		}
		if b, ok := byDossier[voteDir[s.ID]]; ok {
			r.Scrutins[i].Bill = b
			n++
		}
	}
	titleFromVotes(r, voteDir, textDirs)
	return n, nil
}

// titleFromVotes titles the bills of an Assemblée dossier folder from its
// votes when no dossier file was imported: such a bill is titled from its
// reference alone ("Proposition de loi n° 949 (Assemblée nationale, 17e
// législature)", anTextTitle), which does not say what it is about, while
// the folder's votes name it ("l'ensemble de la proposition de loi portant
// reconnaissance de la Nation envers les rapatriés d'Indochine …
// (première lecture)"). Each bill of the folder still titled from its
// reference becomes "Proposition de loi portant reconnaissance … (n° 949,
// Assemblée nationale, 17e législature)" — the committee's text "(texte
// de la commission n° 1474, …)". Only when every vote of the folder that
// names a text names the same one: two names, or none, leave the titles
// as they were.
func titleFromVotes(r *Result, voteDir map[law.ScrutinID]string, textDirs map[law.BillID]string) {
	named := map[string]string{} // dossier folder → the text its votes name
	mixed := map[string]bool{}
	for _, s := range r.Scrutins {
		dir, ok := voteDir[s.ID]
		if !ok {
			continue
		}
		name, ok := law.VoteOnText(s.Title)
		if !ok {
			continue
		}
		if prev, ok := named[dir]; ok && prev != name {
			mixed[dir] = true
		}
		named[dir] = name
	}
	for i, b := range r.Bills {
		dir, ok := textDirs[b.ID]
		if !ok || mixed[dir] || named[dir] == "" || b.Title != anTextTitle(string(b.ID), b.Kind) {
			continue
		}
		m := anTextRef.FindStringSubmatch(string(b.ID))
		if m == nil {
			continue
		}
		which := "n° " + m[3]
		if m[2] == "TC" {
			which = "texte de la commission n° " + m[3]
		}
		r.Bills[i].Title = fmt.Sprintf("%s (%s, Assemblée nationale, %se législature)", named[dir], which, m[1])
	}
}
