package web

import (
	"fmt"
	"net/url"
	"time"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/news"
	"github.com/scrutin/scrutin/domain"
	"github.com/scrutin/scrutin/projections"
)

// The history of revisions on the bill and amendments pages: when an
// amendment's text was corrected, its outcome changed, a bill's latest
// changes (docs/OPERATIONS.md, "Feeds and webhooks": the feeds projection
// keeps them).
func init() {
	for k, v := range map[string][2]string{
		"hist.title":                  {"Historique", "History"},
		"hist.tabled":                 {"Déposé le %s.", "Tabled on %s."},
		"hist.corrected":              {"Texte corrigé le %s.", "Text corrected on %s."},
		"hist.decided":                {"Sort connu le %s : %s.", "Outcome known on %s: %s."},
		"hist.changed":                {"Sort changé le %s : %s, et non plus %s.", "Outcome changed on %s: %s, no longer %s."},
		"hist.withdrawn":              {"Retiré le %s (l'amendement n'est plus publié par la source, ou son auteur l'a retiré).", "Withdrawn on %s (the source no longer publishes it, or its author withdrew it)."},
		"hist.earlier":                {"Texte avant la correction du %s", "Text before the correction of %s"},
		"bill.revisions":              {"Dernières modifications enregistrées", "Latest changes recorded"},
		"bill.revisions.none":         {"Aucune modification depuis le dépôt.", "No change since the bill was tabled."},
		"bill.revisions.more":         {"Voir les %d modifications plus anciennes", "Show the %d earlier changes"},
		"rev.bill.revised":            {"Nouvelle étape : %s", "New stage: %s"},
		"rev.bill.republished":        {"Texte republié : %s", "Text republished: %s"},
		"rev.amendment.revised":       {"Amendement %s : texte corrigé", "Amendment %s: text corrected"},
		"rev.amendment.decided":       {"Amendement %s : sort changé, %s, et non plus %s", "Amendment %s: outcome changed, %s, no longer %s"},
		"rev.parliament_vote.revised": {"Scrutin public %s corrigé par la source", "Division %s corrected by the source"}} {
		messages[k] = v
	}
}

// History tells what changed on a bill and its amendments.
type History interface {
	// AmendmentChanges returns an amendment's steps, oldest first.
	AmendmentChanges(bill domain.BillID, amendment string) []news.Change
	// BillRevisions returns a bill's latest revisions, newest first.
	BillRevisions(bill domain.BillID) []news.Change
}

// amendmentHistory is an amendment's history on its page: its steps in
// words, and its earlier texts.
type amendmentHistory struct {
	Lines   []string
	Earlier []earlierText
}

// earlierText is an amendment's text before a correction.
type earlierText struct {
	Label              string // "Texte avant la correction du …"
	Dispositif, Expose string
}

// revisionLine is one of a bill's latest revisions, in words.
type revisionLine struct {
	Date, Text, Path string
}

// histories returns the history of each amendment of groups that was
// revised (its text corrected, or its outcome changed after a first
// decision), in language l, by amendment id.
func (s *Site) histories(l string, id domain.BillID, groups []projections.ArticleAmendments) map[string]*amendmentHistory {
	date := funcs["date"].(func(string, time.Time) string)
	out := map[string]*amendmentHistory{}
	for _, g := range groups {
		for _, a := range g.Amendments {
			var steps []news.Change
			if s.cfg.History != nil {
				steps = s.cfg.History.AmendmentChanges(id, a.ID)
			}
			revised := len(a.Previous) > 0
			for _, c := range steps {
				revised = revised || c.Type == news.AmendmentRevised || c.Previous != ""
			}
			if !revised {
				continue
			}
			var h amendmentHistory
			if steps == nil { // no feed: the corrections alone
				for _, p := range a.Previous {
					steps = append(steps, news.Change{Type: news.AmendmentRevised, Time: p.Replaced})
				}
			}
			for _, c := range steps {
				d := date(l, c.Time)
				switch {
				case c.Type == news.AmendmentTabled:
					h.Lines = append(h.Lines, fmt.Sprintf(tr(l, "hist.tabled"), d))
				case c.Type == news.AmendmentRevised:
					h.Lines = append(h.Lines, fmt.Sprintf(tr(l, "hist.corrected"), d))
				case c.Previous != "":
					h.Lines = append(h.Lines, fmt.Sprintf(tr(l, "hist.changed"), d, tr(l, "outcome."+c.Outcome), tr(l, "outcome."+c.Previous)))
				case c.Outcome == "withdrawn":
					h.Lines = append(h.Lines, fmt.Sprintf(tr(l, "hist.withdrawn"), d))
				default:
					h.Lines = append(h.Lines, fmt.Sprintf(tr(l, "hist.decided"), d, tr(l, "outcome."+c.Outcome)))
				}
			}
			for _, p := range a.Previous {
				h.Earlier = append(h.Earlier, earlierText{Label: fmt.Sprintf(tr(l, "hist.earlier"), date(l, p.Replaced)), Dispositif: p.Dispositif, Expose: p.Expose})
			}
			out[a.ID] = &h
		}
	}
	return out
}

// revisionLines words a bill's latest revisions in language l; numbers
// gives each amendment's number by id.
func revisionLines(l string, v projections.BillView, numbers map[string]string, revs []news.Change) []revisionLine {
	date := funcs["date"].(func(string, time.Time) string)
	base := "/textes/" + url.PathEscape(string(v.ID))
	var out []revisionLine
	for _, c := range revs {
		r := revisionLine{Date: date(l, c.Time), Path: base}
		num := numbers[c.Amendment]
		if num == "" {
			num = c.Amendment
		}
		amPath := base + "/amendements?" + url.Values{"q": {num}}.Encode() + "#am-" + num
		switch c.Type {
		case news.BillRevised:
			label := c.Stage
			for _, st := range v.StageList {
				if st.ID != c.Stage {
					continue
				}
				label = st.Label
				// A stage recorded long after its day (a bill imported
				// whole, a late sync) says its own date too: "Nouvelle
				// étape : Promulgation (13/06/2009)" recorded today is
				// not a promulgation today.
				if d := date(l, st.Date); !st.Date.IsZero() && d != r.Date {
					label += " (" + d + ")"
				}
			}
			key := "rev.bill.revised"
			if c.Revision {
				key = "rev.bill.republished"
			}
			r.Text = fmt.Sprintf(tr(l, key), label)
		case news.AmendmentRevised:
			r.Text, r.Path = fmt.Sprintf(tr(l, "rev.amendment.revised"), num), amPath
		case news.AmendmentDecided:
			r.Text, r.Path = fmt.Sprintf(tr(l, "rev.amendment.decided"), num, tr(l, "outcome."+c.Outcome), tr(l, "outcome."+c.Previous)), amPath
		case news.ParliamentVoteRevised:
			title := c.Scrutin
			for _, sc := range v.Scrutins {
				if sc.ID == c.Scrutin {
					title = sc.Title
				}
			}
			r.Text = fmt.Sprintf(tr(l, "rev.parliament_vote.revised"), title)
		default:
			continue
		}
		out = append(out, r)
	}
	return out
}
