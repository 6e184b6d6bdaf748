package feed_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/mmcdole/gofeed"

	"github.com/scrutin/scrutin/cmd/scrutin/internal/feed"
	"github.com/scrutin/scrutin/domain"
)

// atom is what RFC 4287 requires of a feed and its entries, read strictly.
type atom struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"http://www.w3.org/2005/Atom id"`
	Title   string   `xml:"http://www.w3.org/2005/Atom title"`
	Updated string   `xml:"http://www.w3.org/2005/Atom updated"`
	Author  []struct {
		Name string `xml:"http://www.w3.org/2005/Atom name"`
	} `xml:"http://www.w3.org/2005/Atom author"`
	Links []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"http://www.w3.org/2005/Atom link"`
	Entries []struct {
		ID      []string `xml:"http://www.w3.org/2005/Atom id"`
		Title   []string `xml:"http://www.w3.org/2005/Atom title"`
		Updated []string `xml:"http://www.w3.org/2005/Atom updated"`
		Links   []struct {
			Rel  string `xml:"rel,attr"`
			Href string `xml:"href,attr"`
		} `xml:"http://www.w3.org/2005/Atom link"`
		Category struct {
			Term string `xml:"term,attr"`
		} `xml:"http://www.w3.org/2005/Atom category"`
	} `xml:"http://www.w3.org/2005/Atom entry"`
}

// parseAtom parses a feed strictly and checks RFC 4287's required
// elements: the feed's id, title, updated and author (or every entry's),
// each entry's single id, title, updated and an alternate link; ids are
// absolute IRIs, dates RFC 3339, entries newest first, ids unique.
func parseAtom(t *testing.T, body []byte) *atom {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = true
	var f atom
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("not well-formed Atom: %v\n%s", err, body)
	}
	if _, err := dec.Token(); err != io.EOF {
		t.Fatalf("content after the feed element: %v", err)
	}
	abs := func(what, s string) {
		u, err := url.Parse(s)
		if err != nil || !u.IsAbs() {
			t.Fatalf("%s %q is not an absolute IRI", what, s)
		}
	}
	date := func(what, s string) time.Time {
		d, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatalf("%s %q is not an RFC 3339 date", what, s)
		}
		return d
	}
	abs("feed id", f.ID)
	if f.Title == "" || len(f.Author) == 0 || f.Author[0].Name == "" {
		t.Fatalf("feed lacks a title or an author: %+v", f)
	}
	updated := date("feed updated", f.Updated)
	self := false
	for _, l := range f.Links {
		self = self || l.Rel == "self"
	}
	if !self {
		t.Fatal("feed lacks its self link")
	}
	seen := map[string]bool{}
	var last time.Time
	for i, e := range f.Entries {
		if len(e.ID) != 1 || len(e.Title) != 1 || len(e.Updated) != 1 || e.Title[0] == "" {
			t.Fatalf("entry %d: want exactly one id, title and updated: %+v", i, e)
		}
		abs("entry id", e.ID[0])
		if seen[e.ID[0]] {
			t.Fatalf("entry id %s twice", e.ID[0])
		}
		seen[e.ID[0]] = true
		d := date("entry updated", e.Updated[0])
		if d.After(updated) || (i > 0 && d.After(last)) {
			t.Fatalf("entry %d is newer than the feed or the entry before it", i)
		}
		last = d
		if len(e.Links) == 0 || e.Links[0].Rel != "alternate" {
			t.Fatalf("entry %d lacks an alternate link", i)
		}
		abs("entry link", e.Links[0].Href)
	}
	// And as feed readers read it: gofeed's Atom parser finds the same
	// feed, entries and links.
	g, err := gofeed.NewParser().ParseString(string(body))
	if err != nil {
		t.Fatalf("gofeed: %v", err)
	}
	if g.FeedType != "atom" || g.Title != f.Title || len(g.Items) != len(f.Entries) {
		t.Fatalf("gofeed reads a %s feed %q with %d items; want atom %q with %d", g.FeedType, g.Title, len(g.Items), f.Title, len(f.Entries))
	}
	for i, it := range g.Items {
		e := f.Entries[i]
		if it.GUID != e.ID[0] || it.Title != e.Title[0] || it.Link != e.Links[0].Href || it.UpdatedParsed == nil {
			t.Fatalf("gofeed item %d: %q %q %q, want %q %q %q", i, it.GUID, it.Title, it.Link, e.ID[0], e.Title[0], e.Links[0].Href)
		}
	}
	return &f
}

func TestFeeds(t *testing.T) {
	f := feed.New()
	t0 := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	pos := uint64(0)
	add := func(stream domain.StreamID, ev domain.Event) {
		t.Helper()
		if err := f.Apply(pos, domain.Envelope{Stream: stream, Time: t0.Add(time.Duration(pos) * time.Minute), Event: ev}); err != nil {
			t.Fatal(err)
		}
		pos++
	}
	add(domain.DeputyStream("PA1"), &domain.DeputyRecorded{Deputy: "PA1", LastName: "Une", District: "75-01"})
	add(domain.DeputyStream("PA2"), &domain.DeputyRecorded{Deputy: "PA2", LastName: "Deux", District: "13-04"})
	add(domain.BillStream("b1"), &domain.BillIntroduced{Bill: "b1", Type: domain.BillProjet, Title: "Texte <un> & « deux »"})
	add(domain.BillStream("b2"), &domain.BillIntroduced{Bill: "b2", Type: domain.BillProjet, Title: "Autre texte"})
	add(domain.BillStream("b1"), &domain.StageTabled{Bill: "b1", Stage: "01_commission", Label: "Commission", Step: "commission"})
	add(domain.BillStream("b1"), &domain.AmendmentTabled{Bill: "b1", Stage: "01_commission", Amendment: "A1", Number: "1", Authors: []string{"Une"}, AuthorIDs: []string{"PA1"}, Part: 1, Parts: 2})
	add(domain.BillStream("b1"), &domain.AmendmentTabled{Bill: "b1", Stage: "01_commission", Amendment: "A1", Number: "1", Authors: []string{"Une"}, AuthorIDs: []string{"PA1"}, Part: 2, Parts: 2})
	add(domain.BillStream("b2"), &domain.AmendmentTabled{Bill: "b2", Stage: "x", Amendment: "A2", Number: "2", Authors: []string{"Deux"}, AuthorIDs: []string{"PA2"}, Part: 1, Parts: 1})
	add(domain.BillStream("b1"), &domain.AmendmentDecided{Bill: "b1", Amendment: "A1", Outcome: "adopted"})
	add(domain.BillStream("b1"), &domain.AmendmentTabled{Bill: "b1", Stage: "01_commission", Amendment: "A1", Number: "1", Authors: []string{"Une"}, AuthorIDs: []string{"PA1"}, Part: 1, Parts: 1, Dispositif: "Corrigé."})
	add(domain.VoteStream("v1"), &domain.VoteOpened{Vote: "v1", Bill: "b1", Stage: "01_commission", Question: "D'accord ?", Options: []string{"Pour", "Contre"}, Election: "e", Opens: t0, Closes: t0.Add(time.Hour), MinGroup: 10})
	add(domain.VoteStream("v1"), &domain.VoteClosed{Vote: "v1"})
	add(domain.VoteStream("v1"), &domain.TallyPublished{Vote: "v1", Trustees: []uint16{1, 2}, Groups: []domain.TallyGroup{{Name: "75-01", Districts: []domain.District{"75-01"}, Voters: 12, Counts: []uint64{7, 5}}}})
	add(domain.PartnerStream("p"), &domain.PartnerPositionPublished{Partner: "p", Bill: "b2", Stance: 1, Summary: "Pour.", Link: "https://p.example/b2"})
	// A parliamentary vote in two parts, recorded again corrected; the
	// partner's position withdrawn.
	vote := func(part uint16, adopted bool) *domain.ParliamentVoteRecorded {
		return &domain.ParliamentVoteRecorded{Scrutin: "VT1", Bill: "b2", Date: t0, Title: "l'ensemble du texte", Adopted: adopted, Part: part, Parts: 2}
	}
	add(domain.ScrutinStream("VT1"), vote(1, false))
	add(domain.ScrutinStream("VT1"), vote(2, false))
	add(domain.ScrutinStream("VT1"), vote(1, true))
	add(domain.ScrutinStream("VT1"), vote(2, true))
	add(domain.PartnerStream("p"), &domain.PartnerPositionWithdrawn{Partner: "p", Bill: "b2"})

	r := chi.NewRouter()
	f.Mount(r)
	srv := httptest.NewServer(r)
	defer srv.Close()
	get := func(path string, status int) []byte {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != status {
			t.Fatalf("GET %s: %d, want %d: %s", path, resp.StatusCode, status, b)
		}
		if status == http.StatusOK && !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/atom+xml") {
			t.Fatalf("GET %s: Content-Type %s", path, resp.Header.Get("Content-Type"))
		}
		return b
	}
	terms := func(a *atom) string {
		var s []string
		for _, e := range a.Entries {
			s = append(s, e.Category.Term)
		}
		return strings.Join(s, " ")
	}
	for _, tc := range []struct{ path, want string }{
		{"/feeds/all.atom", "position.withdrawn parliament_vote.revised parliament_vote.recorded position.published tally.published vote.closed vote.opened amendment.revised amendment.decided amendment.tabled amendment.tabled bill.revised bill.tabled bill.tabled"},
		{"/feeds/bills/b1.atom", "tally.published vote.closed vote.opened amendment.revised amendment.decided amendment.tabled bill.revised bill.tabled"},
		{"/feeds/bills/b2.atom", "position.withdrawn parliament_vote.revised parliament_vote.recorded position.published amendment.tabled bill.tabled"},
		{"/feeds/constituencies/75-01.atom", "tally.published vote.closed vote.opened amendment.revised amendment.tabled"},
		{"/feeds/constituencies/13-04.atom", "tally.published vote.closed vote.opened amendment.tabled"},
		{"/feeds/constituencies/01-01.atom", "tally.published vote.closed vote.opened"},
	} {
		a := parseAtom(t, get(tc.path, http.StatusOK))
		if got := terms(a); got != tc.want {
			t.Errorf("%s: entries %q, want %q", tc.path, got, tc.want)
		}
		if a.ID != srv.URL+tc.path {
			t.Errorf("%s: feed id %s", tc.path, a.ID)
		}
	}
	a := parseAtom(t, get("/feeds/bills/b1.atom", http.StatusOK))
	if a.Entries[len(a.Entries)-1].Title[0] != "Texte déposé : Texte <un> & « deux »" {
		t.Errorf("title escaped wrong: %q", a.Entries[len(a.Entries)-1].Title[0])
	}
	if !strings.HasSuffix(a.Entries[0].ID[0], "/api/v1/log/entries/12") || !strings.HasSuffix(a.Entries[0].Links[0].Href, "/votes/v1") {
		t.Errorf("the tally's entry: id %s, link %s", a.Entries[0].ID[0], a.Entries[0].Links[0].Href)
	}
	get("/feeds/bills/nope.atom", http.StatusNotFound)
	get("/feeds/bills/b1", http.StatusNotFound)
	get("/feeds/constituencies/99-99.atom", http.StatusNotFound)
	// Each feed keeps its newest Limit items.
	for i := range feed.Limit + 10 {
		add(domain.BillStream("b2"), &domain.StageTabled{Bill: "b2", Stage: fmt.Sprintf("s%02d", i), Label: "Étape", Step: "depot"})
	}
	b2 := parseAtom(t, get("/feeds/bills/b2.atom", http.StatusOK))
	all := parseAtom(t, get("/feeds/all.atom", http.StatusOK))
	if len(b2.Entries) != feed.Limit || len(all.Entries) != feed.Limit || b2.Entries[0].ID[0] != all.Entries[0].ID[0] ||
		!strings.HasSuffix(b2.Entries[0].ID[0], fmt.Sprintf("/entries/%d", pos-1)) || !strings.HasSuffix(b2.Entries[feed.Limit-1].ID[0], fmt.Sprintf("/entries/%d", pos-feed.Limit)) {
		t.Fatalf("capped feeds: %d and %d entries, from %s to %s", len(b2.Entries), len(all.Entries), b2.Entries[0].ID[0], b2.Entries[len(b2.Entries)-1].ID[0])
	}
	if a := parseAtom(t, get("/feeds/constituencies/75-01.atom", http.StatusOK)); terms(a) != "tally.published vote.closed vote.opened amendment.revised amendment.tabled" {
		t.Fatalf("75-01 after the flood: %s", terms(a))
	}
	// An empty ledger's feed is still valid Atom.
	r2 := chi.NewRouter()
	feed.New().Mount(r2)
	rec := httptest.NewRecorder()
	r2.ServeHTTP(rec, httptest.NewRequest("GET", "http://scrutin.example/feeds/all.atom", nil))
	if e := parseAtom(t, rec.Body.Bytes()); len(e.Entries) != 0 {
		t.Fatal("entries in an empty feed")
	}
}

// TestApplyEntry: fed the entry's bytes (as the projections' Runner does),
// the feeds are the same as from the event alone, and an item's id is its
// entry's leaf hash.
func TestApplyEntry(t *testing.T) {
	byEvent, byEntry := feed.New(), feed.New()
	t0 := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	var ids []string
	for i := range 3 {
		env := domain.Envelope{Stream: domain.BillStream(domain.BillID(fmt.Sprintf("b%d", i))), Time: t0.Add(time.Duration(i) * time.Minute),
			Event: &domain.BillIntroduced{Bill: domain.BillID(fmt.Sprintf("b%d", i)), Type: domain.BillProjet, Title: fmt.Sprintf("Texte %d", i)}}
		entry, err := domain.MarshalEntry(env)
		if err != nil {
			t.Fatal(err)
		}
		h := domain.LeafHash(entry)
		ids = append(ids, fmt.Sprintf("%x", h[:]))
		if err := byEvent.Apply(uint64(i), env); err != nil {
			t.Fatal(err)
		}
		if err := byEntry.ApplyEntry(uint64(i), env, entry); err != nil {
			t.Fatal(err)
		}
	}
	get := func(f *feed.Feeds) string {
		r := chi.NewRouter()
		f.Mount(r)
		w := httptest.NewRecorder()
		r.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "http://scrutin.test/feeds/all.atom", nil))
		if w.Code != http.StatusOK {
			t.Fatalf("status %d", w.Code)
		}
		return w.Body.String()
	}
	a, b := get(byEvent), get(byEntry)
	if a != b {
		t.Errorf("the feeds differ:\n%s\n---\n%s", a, b)
	}
	for _, id := range ids {
		if !strings.Contains(b, id) {
			t.Errorf("no item with the entry's leaf hash %s", id)
		}
	}
}
