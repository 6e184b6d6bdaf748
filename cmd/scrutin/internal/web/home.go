package web

import (
	"net/http"
	"sort"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// The home page: the open votes first (question, the bill's title, closing
// date, live turnout) with a call to vote, then what is new — bills tabled
// (a bill's latest stage), amendments adopted, results published — newest
// first, all read from the same state as the rest of the site.

func init() {
	for k, v := range map[string][2]string{
		"home.open":            {"Votes ouverts", "Open votes"},
		"home.open.none":       {"Aucun vote n'est ouvert en ce moment. Les textes restent consultables.", "No vote is open right now. The bills can still be read."},
		"home.cta":             {"Voter", "Vote"},
		"home.cta.first":       {"Première fois ? Inscrivez-vous avec votre commune", "First time? Register with your commune"},
		"home.myvotes":         {"Mes votes sur cet appareil", "My votes on this device"},
		"home.bill":            {"Texte", "Bill"},
		"home.new":             {"Quoi de neuf", "What is new"},
		"home.new.none":        {"Rien de nouveau pour l'instant.", "Nothing new yet."},
		"home.new.bill":        {"Texte à l'étape « %s »", "Bill at stage “%s”"},
		"home.new.adopted":     {"%d amendements adoptés", "%d amendments adopted"},
		"home.new.adopted.one": {"%d amendement adopté", "%d amendment adopted"},
		"home.new.tally":       {"Résultats publiés", "Results published"},
		"home.closes":          {"clôture le %s", "closes on %s"},
		"home.opens":           {"ouvre le %s", "opens on %s"},
	} {
		messages[k] = v
	}
}

// homeVote is a vote on the home page.
type homeVote struct {
	voteView
	BillTitle string
}

// newsItem is a line of "what is new".
type newsItem struct {
	Date  time.Time
	Kind  string // bill, adopted, tally
	Title string // the bill's title or the vote's question
	Label string // the stage's label (bill)
	N     int    // amendments adopted
	Link  string
}

type homePage struct {
	Votes []homeVote
	News  []newsItem
}

// homeNews is how many lines "what is new" shows.
const homeNews = 8

func (s *Site) billTitle(id domain.BillID) string {
	if s.cfg.Bills != nil {
		if b, ok := s.cfg.Bills.Bill(id); ok {
			return b.Title
		}
	}
	return string(id)
}

func (s *Site) home(w http.ResponseWriter, r *http.Request) {
	var p homePage
	if s.cfg.App != nil {
		s.cfg.App.View(func(st *domain.State) {
			for _, v := range st.Votes {
				vv := s.view(st, v, false)
				if castable(vv.Status) || vv.Status == "upcoming" {
					p.Votes = append(p.Votes, homeVote{voteView: vv})
				}
				if v.Tally != nil {
					p.News = append(p.News, newsItem{Date: v.Opened.Closes, Kind: "tally", Title: v.Opened.Question, Link: "/votes/" + string(v.Opened.Vote)})
				}
			}
		})
	}
	for i := range p.Votes {
		p.Votes[i].BillTitle = s.billTitle(domain.BillID(p.Votes[i].Bill))
	}
	sortVotes(p.Votes)
	if s.cfg.Bills != nil {
		for _, b := range s.cfg.Bills.List() {
			if b.LastStage != "" {
				p.News = append(p.News, newsItem{Date: b.Date, Kind: "bill", Title: b.Title, Label: b.LastStage, Link: "/textes/" + string(b.ID)})
			}
			am, _ := s.cfg.Bills.Amendments(b.ID, "", false)
			n, last := 0, time.Time{}
			for _, g := range am {
				for _, a := range g.Amendments {
					if a.Outcome == "adopted" {
						n++
						if a.Tabled.After(last) {
							last = a.Tabled
						}
					}
				}
			}
			if n > 0 {
				p.News = append(p.News, newsItem{Date: last, Kind: "adopted", Title: b.Title, N: n, Link: "/textes/" + string(b.ID) + "/amendements?etat=adopted"})
			}
		}
	}
	sort.SliceStable(p.News, func(i, j int) bool { return p.News[i].Date.After(p.News[j].Date) })
	if len(p.News) > homeNews {
		p.News = p.News[:homeNews]
	}
	s.render(w, r, http.StatusOK, "home.html", "home.title", p)
}
