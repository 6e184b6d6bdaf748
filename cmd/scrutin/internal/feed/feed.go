// Package feed serves the ledger's news (package news) as Atom feeds
// ([RFC 4287]): every item, a bill's, and a constituency's.
//
//	/feeds/all.atom                     every item
//	/feeds/bills/<bill>.atom            a bill's: tabled, revised, its amendments, votes, tallies, positions
//	/feeds/constituencies/<code>.atom   the citizens' votes (opened, closed, tallied) and the amendments of the constituency's deputy
//
// Each feed holds the newest Limit items, newest first. An entry's id is
// the URL of its event in the log (/api/v1/log/entries/<index>), which
// never changes. docs/OPERATIONS.md, "Feeds and webhooks".
//
// [RFC 4287]: https://www.rfc-editor.org/rfc/rfc4287
package feed

import (
	"encoding/xml"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/news"
	"github.com/scrutin/scrutin/domain"
)

// Limit is the most entries a feed holds.
const Limit = 50

// Feeds is a projection (projections.Projection) folding the ledger's
// news into the feeds, and their HTTP handler.
type Feeds struct {
	// BaseURL is the platform's public URL, e.g. https://scrutin.example.
	// Optional: the scheme and host the request came with.
	BaseURL string

	// Each list keeps its newest Limit items, oldest first; an item in
	// several lists is shared. Memory is bounded by the number of bills
	// and constituencies, not by the ledger's length.
	mu         sync.RWMutex
	every      []*news.Item
	byBill     map[domain.BillID][]*news.Item
	byDistrict map[domain.District][]*news.Item // amendments by the district's deputy
	citizens   []*news.Item                     // votes: in every constituency's feed
	voteBill   map[domain.VoteID]domain.BillID
	deputies   map[string]domain.District
	amendments map[string]bool // news.Item.RevisionKey of those recorded
	// The histories the pages show (history.go).
	changes   map[string][]news.Change        // news.AmendmentKey → its steps, oldest first
	revisions map[domain.BillID][]news.Change // a bill's revisions, the newest Limit
}

// New returns empty feeds.
func New() *Feeds {
	return &Feeds{byBill: map[domain.BillID][]*news.Item{}, byDistrict: map[domain.District][]*news.Item{},
		voteBill: map[domain.VoteID]domain.BillID{}, deputies: map[string]domain.District{}, amendments: map[string]bool{},
		changes: map[string][]news.Change{}, revisions: map[domain.BillID][]news.Change{}}
}

// push appends it to list, keeping the newest Limit.
func push(list []*news.Item, it *news.Item) []*news.Item {
	if len(list) == Limit {
		copy(list, list[1:])
		list = list[:Limit-1]
	}
	return append(list, it)
}

// Apply implements projections.Projection: ApplyEntry with the entry
// encoded again from env.
func (f *Feeds) Apply(pos uint64, env domain.Envelope) error { return f.ApplyEntry(pos, env, nil) }

// ApplyEntry implements projections.EntryProjection: entry is env's
// canonical encoding (the bytes the Runner parsed), nil to encode it here.
// An item's id is its entry's leaf hash.
func (f *Feeds) ApplyEntry(pos uint64, env domain.Envelope, entry []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if d, ok := env.Event.(*domain.DeputyRecorded); ok {
		f.deputies[d.Deputy] = d.District
		return nil
	}
	it, ok := news.FromEvent(pos, env)
	if !ok {
		return nil
	}
	if entry == nil {
		var err error
		if entry, err = domain.MarshalEntry(env); err != nil {
			return err
		}
	}
	it.ID = news.ID(entry)
	switch it.Type {
	case news.VoteOpened:
		f.voteBill[it.Vote] = it.Bill
	case news.VoteClosed, news.TallyPublished:
		it.Bill = f.voteBill[it.Vote]
	}
	if k := it.RevisionKey(); k != "" {
		if f.amendments[k] {
			it.Revised()
		}
		f.amendments[k] = true
	}
	f.history(&it)
	p := &it
	f.every = push(f.every, p)
	if it.Bill != "" {
		f.byBill[it.Bill] = push(f.byBill[it.Bill], p)
	}
	switch it.Type {
	case news.VoteOpened, news.VoteClosed, news.TallyPublished:
		f.citizens = push(f.citizens, p)
	case news.AmendmentTabled, news.AmendmentRevised:
		seen := map[domain.District]bool{}
		for _, a := range it.AuthorIDs {
			if d := f.deputies[a]; d != "" && !seen[d] {
				seen[d] = true
				f.byDistrict[d] = push(f.byDistrict[d], p)
			}
		}
	}
	return nil
}

// Mount adds the feeds' routes.
func (f *Feeds) Mount(r chi.Router) {
	r.Get("/feeds/all.atom", f.allFeed)
	r.Get("/feeds/bills/{file}", f.bill)
	r.Get("/feeds/constituencies/{file}", f.constituency)
}

func (f *Feeds) allFeed(w http.ResponseWriter, r *http.Request) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	f.write(w, r, "Scrutin — toutes les nouvelles", newest(f.every))
}

func (f *Feeds) bill(w http.ResponseWriter, r *http.Request) {
	id, ok := strings.CutSuffix(chi.URLParam(r, "file"), ".atom")
	f.mu.RLock()
	defer f.mu.RUnlock()
	list, known := f.byBill[domain.BillID(id)]
	if !ok || !known {
		http.Error(w, "pas de texte "+strconv.Quote(id)+" (no such bill)", http.StatusNotFound)
		return
	}
	f.write(w, r, "Scrutin — texte "+id, newest(list))
}

func (f *Feeds) constituency(w http.ResponseWriter, r *http.Request) {
	code, ok := strings.CutSuffix(chi.URLParam(r, "file"), ".atom")
	info, known := domain.LookupDistrict(domain.District(code))
	if !ok || !known {
		http.Error(w, "pas de circonscription "+strconv.Quote(code)+" (no such constituency)", http.StatusNotFound)
		return
	}
	f.mu.RLock()
	defer f.mu.RUnlock()
	list := merge(f.citizens, f.byDistrict[domain.District(code)])
	title := "Scrutin — circonscription " + code
	if info.DepartementNom != "" {
		title += " (" + info.DepartementNom + ")"
	}
	f.write(w, r, title, newest(list))
}

// newest returns the newest Limit items of list, newest first.
func newest(list []*news.Item) []news.Item {
	var out []news.Item
	for i := len(list) - 1; i >= 0 && len(out) < Limit; i-- {
		out = append(out, *list[i])
	}
	return out
}

// merge merges two lists in log order.
func merge(a, b []*news.Item) []*news.Item {
	out := make([]*news.Item, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		if len(b) == 0 || len(a) > 0 && a[0].Position < b[0].Position {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return out
}

// The Atom document, RFC 4287.
type (
	atomFeed struct {
		XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
		Lang    string      `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
		ID      string      `xml:"id"`
		Title   string      `xml:"title"`
		Updated string      `xml:"updated"`
		Links   []atomLink  `xml:"link"`
		Author  atomPerson  `xml:"author"`
		Entries []atomEntry `xml:"entry"`
	}
	atomLink struct {
		Rel  string `xml:"rel,attr,omitempty"`
		Type string `xml:"type,attr,omitempty"`
		Href string `xml:"href,attr"`
	}
	atomPerson struct {
		Name string `xml:"name"`
	}
	atomEntry struct {
		ID       string       `xml:"id"`
		Title    string       `xml:"title"`
		Updated  string       `xml:"updated"`
		Link     atomLink     `xml:"link"`
		Category atomCategory `xml:"category"`
		Summary  string       `xml:"summary"`
	}
	atomCategory struct {
		Term string `xml:"term,attr"`
	}
)

func (f *Feeds) base(r *http.Request) string {
	if f.BaseURL != "" {
		return strings.TrimSuffix(f.BaseURL, "/")
	}
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func (f *Feeds) write(w http.ResponseWriter, r *http.Request, title string, items []news.Item) {
	base := f.base(r)
	self := base + r.URL.Path
	updated := time.Now().UTC()
	if len(items) > 0 {
		updated = items[0].Time
	}
	doc := atomFeed{Lang: "fr", ID: self, Title: title, Updated: updated.UTC().Format(time.RFC3339),
		Links:  []atomLink{{Rel: "self", Type: "application/atom+xml", Href: self}, {Rel: "alternate", Type: "text/html", Href: base + "/"}},
		Author: atomPerson{Name: "Scrutin"}}
	for _, it := range items {
		doc.Entries = append(doc.Entries, atomEntry{
			ID:       base + "/api/v1/log/entries/" + strconv.FormatUint(it.Position, 10),
			Title:    it.Title,
			Updated:  it.Time.UTC().Format(time.RFC3339),
			Link:     atomLink{Rel: "alternate", Type: "text/html", Href: base + it.Path},
			Category: atomCategory{Term: it.Type},
			Summary:  it.Title + " (événement n° " + strconv.FormatUint(it.Position, 10) + " du journal, empreinte " + it.ID + ")",
		})
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=60")
	w.Write([]byte(xml.Header))
	enc := xml.NewEncoder(w)
	enc.Encode(doc)
}
