package verifier

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strconv"

	"github.com/scrutin/scrutin/domain"
)

// TextCheck compares texts the site serves with texts rebuilt from the
// log. It is pluggable because the texts' events and API grow with the
// bills work: each check folds the events it knows.
type TextCheck interface {
	// Name says what is compared, e.g. "bill titles".
	Name() string
	// Check reads events (the log's events a text check reads, in log
	// order, with their positions: textEvent; st is domain.State folded
	// over the whole log) and compares what src serves.
	// texts is how many texts the log holds, compared how many served
	// values were compared. Failures are the values that differ; err means
	// could not check (it wraps ErrNotFound when src serves nothing to
	// compare).
	Check(ctx context.Context, src Source, events []LogEvent, st *domain.State) (texts, compared int64, fs []Failure, err error)
}

// LogEvent is an event of the log and its position.
type LogEvent struct {
	Pos   int64
	Event domain.Event
}

// textEvent reports whether the text checks read ev: the audit keeps
// those events (one a bill, a stage, an amendment: what the texts served
// are compared with), and no other.
func textEvent(ev domain.Event) bool {
	switch ev.(type) {
	case *domain.BillIntroduced, *domain.StageTabled, *domain.AmendmentTabled, *domain.AmendmentDecided:
		return true
	}
	return false
}

// DefaultTexts are the text checks of this version: the bills' titles, the
// text of every complete stage of a bill, and every amendment's text and
// outcome.
var DefaultTexts = []TextCheck{billTitles{}, stageTexts{}, amendmentTexts{}}

// stageTexts rebuilds each complete stage's text from the log
// (StageTabled and its ArticleTexted parts, folded by domain.State) and
// compares it with /api/v1/bills/{id}/stages/{stage}: every article's
// number, section, status and alinéas, through StageTextHash — the hash a
// vote on the stage commits to — and the text_hash served with it.
type stageTexts struct{}

func (stageTexts) Name() string { return "stage texts" }

func (stageTexts) Check(ctx context.Context, src Source, events []LogEvent, st *domain.State) (int64, int64, []Failure, error) {
	if _, err := src.Get(ctx, "/api/v1/bills"); err != nil {
		return 0, 0, nil, err
	}
	tabledAt := map[[2]string]int64{}
	for _, env := range events {
		if t, ok := env.Event.(*domain.StageTabled); ok {
			tabledAt[[2]string{string(t.Bill), t.Stage}] = env.Pos
		}
	}
	var keys [][2]string
	for bill, stages := range st.Law().Stages {
		for name, sg := range stages {
			if sg.Tabled != nil && sg.Tabled.HasText && sg.Complete() {
				keys = append(keys, [2]string{string(bill), name})
			}
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i][0] < keys[j][0] || keys[i][0] == keys[j][0] && keys[i][1] < keys[j][1]
	})
	var texts, compared int64
	var fs []Failure
	for _, k := range keys {
		bill, name := domain.BillID(k[0]), k[1]
		texts++
		want := st.Law().Stage(bill, name).Articles
		body, err := src.Get(ctx, "/api/v1/bills/"+url.PathEscape(k[0])+"/stages/"+url.PathEscape(name))
		if errors.Is(err, ErrNotFound) {
			continue // not shown: nothing served to differ
		}
		if err != nil {
			return texts, compared, fs, err
		}
		var served struct {
			Stage struct {
				TextHash string `json:"text_hash"`
			} `json:"stage"`
			Articles []struct {
				Number, Section, Status string
				Alineas                 []string
			} `json:"articles"`
		}
		fail := func(format string, args ...any) {
			fs = append(fs, Failure{Entry: tabledAt[k], Kind: "StageTabled", Msg: fmt.Sprintf("bill %s, stage %s: ", bill, name) + fmt.Sprintf(format, args...)})
		}
		compared++
		if err := json.Unmarshal(body, &served); err != nil {
			fail("the served text does not decode: %v", err)
			continue
		}
		got := make([]domain.StageArticle, len(served.Articles))
		for i, a := range served.Articles {
			got[i] = domain.StageArticle{Number: a.Number, Section: a.Section, Status: a.Status, Alineas: a.Alineas}
		}
		logHash := domain.StageTextHash(bill, name, want)
		if domain.StageTextHash(bill, name, got) != logHash {
			fail("%s", firstDifference(got, want))
		} else if served.Stage.TextHash != "" && served.Stage.TextHash != hex.EncodeToString(logHash[:]) {
			fail("the API serves text_hash %s, the log's text hashes to %x", served.Stage.TextHash, logHash)
		}
	}
	return texts, compared, fs, nil
}

// firstDifference says where a served text first differs from the log's.
func firstDifference(got, want []domain.StageArticle) string {
	if len(got) != len(want) {
		return fmt.Sprintf("the API serves %d articles, the log holds %d", len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		switch {
		case g.Number != w.Number || g.Section != w.Section || g.Status != w.Status:
			return fmt.Sprintf("article %d: the API serves %q (%q, %q), the log says %q (%q, %q)", i, g.Number, g.Section, g.Status, w.Number, w.Section, w.Status)
		case len(g.Alineas) != len(w.Alineas):
			return fmt.Sprintf("article %s: the API serves %d alinéas, the log holds %d", w.Number, len(g.Alineas), len(w.Alineas))
		}
		for j := range w.Alineas {
			if g.Alineas[j] != w.Alineas[j] {
				return fmt.Sprintf("article %s, alinéa %d: the API serves %q, the log says %q", w.Number, j+1, g.Alineas[j], w.Alineas[j])
			}
		}
	}
	return "the texts differ"
}

// amendmentTexts compares each bill's amendments as
// /api/v1/bills/{id}/amendments serves them with the log (AmendmentTabled
// and its parts, AmendmentDecided, folded by domain.State): each
// amendment's number, stage, target article, text (dispositif and exposé
// sommaire) and decided outcome ("" while undecided). An amendment served
// that the log does not hold, or one the log holds whole that the API
// leaves out, is a failure too. A bill whose amendments are not served
// (404) is skipped: nothing served to differ.
type amendmentTexts struct{}

func (amendmentTexts) Name() string { return "amendments" }

func (amendmentTexts) Check(ctx context.Context, src Source, events []LogEvent, st *domain.State) (int64, int64, []Failure, error) {
	type key struct{ bill, id string }
	tabledAt, decidedAt := map[key]int64{}, map[key]int64{}
	for _, env := range events {
		switch e := env.Event.(type) {
		case *domain.AmendmentTabled:
			if _, ok := tabledAt[key{string(e.Bill), e.Amendment}]; !ok {
				tabledAt[key{string(e.Bill), e.Amendment}] = env.Pos
			}
		case *domain.AmendmentDecided:
			decidedAt[key{string(e.Bill), e.Amendment}] = env.Pos
		}
	}
	var bills []string
	for b := range st.Law().Amendments {
		bills = append(bills, string(b))
	}
	sort.Strings(bills)
	var compared int64
	var fs []Failure
	served := false
	for _, bill := range bills {
		log := st.Law().Amendments[domain.BillID(bill)]
		body, err := src.Get(ctx, "/api/v1/bills/"+url.PathEscape(bill)+"/amendments")
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return 0, compared, fs, err
		}
		served = true
		var page struct {
			Articles []struct {
				Amendments []struct {
					ID         string `json:"id"`
					Stage      string `json:"stage"`
					Number     string `json:"number"`
					Article    string `json:"article"`
					Dispositif string `json:"dispositif"`
					Expose     string `json:"expose"`
					Outcome    string `json:"outcome"`
				} `json:"amendments"`
			} `json:"articles"`
		}
		if err := json.Unmarshal(body, &page); err != nil {
			fs = append(fs, Failure{Entry: -1, Msg: fmt.Sprintf("bill %s: the served amendments do not decode: %v", bill, err)})
			continue
		}
		seen := map[string]bool{}
		for _, arts := range page.Articles {
			for _, a := range arts.Amendments {
				compared++
				seen[a.ID] = true
				k := key{bill, a.ID}
				la := log[a.ID]
				fail := func(at int64, kind, format string, args ...any) {
					fs = append(fs, Failure{Entry: at, Kind: kind, Msg: fmt.Sprintf("bill %s, amendment %s: ", bill, a.ID) + fmt.Sprintf(format, args...)})
				}
				switch {
				case la == nil:
					fail(-1, "", "the API serves it, the log does not hold it")
				case a.Number != la.Tabled.Number || a.Stage != la.Tabled.Stage || a.Article != la.Tabled.Article:
					fail(tabledAt[k], "AmendmentTabled", "the API serves number %q, stage %q, article %q; the log says %q, %q, %q",
						a.Number, a.Stage, a.Article, la.Tabled.Number, la.Tabled.Stage, la.Tabled.Article)
				case a.Dispositif != la.Dispositif:
					fail(tabledAt[k], "AmendmentTabled", "the API serves the dispositif %s", textDifference(a.Dispositif, la.Dispositif))
				case a.Expose != la.Expose:
					fail(tabledAt[k], "AmendmentTabled", "the API serves the exposé %s", textDifference(a.Expose, la.Expose))
				case a.Outcome != la.Outcome:
					at, ok := decidedAt[k]
					if !ok {
						at = tabledAt[k]
					}
					fail(at, "AmendmentDecided", "the API serves the outcome %q, the log says %q", a.Outcome, la.Outcome)
				}
			}
		}
		ids := make([]string, 0, len(log))
		for id, la := range log {
			if la.Complete() && !seen[id] {
				ids = append(ids, id)
			}
		}
		sort.Strings(ids)
		for _, id := range ids {
			fs = append(fs, Failure{Entry: tabledAt[key{bill, id}], Kind: "AmendmentTabled", Msg: fmt.Sprintf("bill %s, amendment %s: the log holds it, the API leaves it out", bill, id)})
		}
	}
	if !served {
		return 0, 0, nil, fmt.Errorf("%w: no amendments served", ErrNotFound)
	}
	return 0, compared, fs, nil
}

// textDifference says where a served text first differs from the log's.
func textDifference(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	show := func(s string) string {
		s = s[i:]
		if len(s) > 40 {
			s = s[:40] + "…"
		}
		return strconv.Quote(s)
	}
	return fmt.Sprintf("differing from the log at byte %d: served %s, the log says %s", i, show(got), show(want))
}

type billTitles struct{}

func (billTitles) Name() string { return "bill titles" }

func (billTitles) Check(ctx context.Context, src Source, events []LogEvent, _ *domain.State) (int64, int64, []Failure, error) {
	type billAt struct {
		title string
		pos   int64
	}
	log := map[string]billAt{}
	for _, env := range events {
		if b, ok := env.Event.(*domain.BillIntroduced); ok {
			log[string(b.Bill)] = billAt{b.Title, env.Pos}
		}
	}
	body, err := src.Get(ctx, "/api/v1/bills")
	if err != nil {
		return 0, 0, nil, err
	}
	served, err := parseBills(body)
	if err != nil {
		return 0, 0, nil, fmt.Errorf("%w: /api/v1/bills: %v", ErrNotFound, err)
	}
	var fs []Failure
	var compared int64
	ids := make([]string, 0, len(served))
	for id := range served {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		title := served[id]
		compared++
		b, ok := log[id]
		switch {
		case !ok:
			fs = append(fs, Failure{Entry: -1, Msg: fmt.Sprintf("the API serves bill %q, which the log does not hold", id)})
		case b.title != title:
			fs = append(fs, Failure{Entry: b.pos, Kind: "BillIntroduced", Msg: fmt.Sprintf("bill %s: the API serves the title %q, the log says %q", id, title, b.title)})
		}
	}
	return 0, compared, fs, nil
}

// parseBills reads /api/v1/bills: {"bills": [{"id", "title", …}]} as the
// server serves it (a bare list, or "bill" for "id", are accepted too).
func parseBills(b []byte) (map[string]string, error) {
	// Only the fields compared are decoded (a list of generic maps would
	// cost several times the body's size in memory).
	type bill struct {
		ID    string  `json:"id"`
		Bill  string  `json:"bill"`
		Title *string `json:"title"`
	}
	var list []bill
	if err := json.Unmarshal(b, &list); err != nil {
		var wrap struct {
			Bills []bill `json:"bills"`
		}
		if err2 := json.Unmarshal(b, &wrap); err2 != nil || wrap.Bills == nil {
			return nil, errors.New("not a list of bills")
		}
		list = wrap.Bills
	}
	out := make(map[string]string, len(list))
	for _, m := range list {
		id := m.ID
		if id == "" {
			id = m.Bill
		}
		if id == "" || m.Title == nil {
			return nil, errors.New("a bill without id or title")
		}
		out[id] = *m.Title
	}
	return out, nil
}

// checkTexts runs the text checks.
func (a *audit) checkTexts(ctx context.Context, src Source, cfg *Config) error {
	c := a.report.check(CheckTexts, "served values compared")
	if a.foldedTo < a.size || a.size != a.cp.Size {
		c.notChecked("the fold did not reach the end of the log")
		return nil
	}
	envs := a.kept
	checks := cfg.Texts
	if checks == nil {
		checks = DefaultTexts
	}
	var texts, compared int64
	var notes []string
	for _, tc := range checks {
		t, n, fs, err := tc.Check(ctx, src, envs, a.state)
		if errors.Is(err, ErrNotFound) {
			notes = append(notes, tc.Name()+": nothing served to compare")
			continue
		}
		if err != nil {
			c.notChecked(tc.Name() + ": " + err.Error())
			return unavailable("the texts", err)
		}
		texts += t
		compared += n
		for _, f := range fs {
			c.fail(f)
		}
		notes = append(notes, fmt.Sprintf("%s: %d compared", tc.Name(), n))
	}
	c.Count = compared
	detail := fmt.Sprintf("%d stage texts in the log", texts)
	for _, n := range notes {
		detail += "; " + n
	}
	c.Detail = detail
	if texts == 0 && compared == 0 && c.Status == Pass {
		c.Status = NotApplicable
		c.Detail = "not applicable (0 texts): " + detail
	}
	return nil
}
