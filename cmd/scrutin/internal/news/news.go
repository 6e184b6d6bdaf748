// Package news says which of the ledger's events are news to the outside
// world, and how to name them: a bill tabled or revised, an amendment
// tabled or decided, a vote opened or closed, a tally or a partner's
// position published. The Atom feeds (package feed) and the webhooks
// (package webhook) both publish these items, so they always agree
// (docs/OPERATIONS.md, "Feeds and webhooks").
package news

import (
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/scrutin/scrutin/domain"
)

// Types of news items, as webhooks name them.
const (
	BillTabled        = "bill.tabled"
	BillRevised       = "bill.revised"
	AmendmentTabled   = "amendment.tabled"
	AmendmentRevised  = "amendment.revised"
	AmendmentDecided  = "amendment.decided"
	VoteOpened        = "vote.opened"
	VoteClosed        = "vote.closed"
	TallyPublished    = "tally.published"
	PositionPublished = "position.published"
	PositionWithdrawn = "position.withdrawn"
	// A parliamentary vote (scrutin public) recorded, and recorded again
	// when the source corrected it.
	ParliamentVoteRecorded = "parliament_vote.recorded"
	ParliamentVoteRevised  = "parliament_vote.revised"
)

// Types lists every type, in the order of the docs.
var Types = []string{BillTabled, BillRevised, AmendmentTabled, AmendmentRevised, AmendmentDecided, VoteOpened, VoteClosed, TallyPublished, PositionPublished,
	PositionWithdrawn, ParliamentVoteRecorded, ParliamentVoteRevised}

// Item is one piece of news: an event of the ledger, named.
type Item struct {
	// ID is the hex SHA-256 leaf hash of the event's log entry: unique,
	// and checkable against the log (an inclusion proof at Position).
	ID       string    `json:"id"`
	Type     string    `json:"type"`
	Position uint64    `json:"position"` // the event's index in the log
	Time     time.Time `json:"time"`     // when the ledger recorded it
	Title    string    `json:"title"`    // for people, in French
	// Path is the page about it on the platform, e.g. /textes/pjl07-405.
	Path      string           `json:"path"`
	Bill      domain.BillID    `json:"bill,omitempty"`
	Stage     string           `json:"stage,omitempty"`
	Amendment string           `json:"amendment,omitempty"`
	Outcome   string           `json:"outcome,omitempty"`
	Vote      domain.VoteID    `json:"vote,omitempty"`
	Partner   domain.PartnerID `json:"partner,omitempty"`
	Scrutin   string           `json:"scrutin,omitempty"` // a parliamentary vote's id
	Adopted   *bool            `json:"adopted,omitempty"` // a parliamentary vote's result
	// Revision says the item records a new version of something recorded
	// before: an amendment corrected, a parliamentary vote corrected, a
	// stage's text republished (bill.revised).
	Revision bool `json:"revision,omitempty"`
	// AuthorIDs are an amendment's authors (the Assemblée's acteur uids),
	// so that a constituency's feed can carry its deputy's amendments.
	AuthorIDs []string `json:"author_ids,omitempty"`
}

// FromEvent returns the news item an event makes, and false when it is
// not news (ballots, registrations, article texts, later parts of a split
// event, …). The caller sets the item's ID from the event's log entry
// (ID).
func FromEvent(pos uint64, env domain.Envelope) (Item, bool) {
	it := Item{Position: pos, Time: env.Time}
	switch e := env.Event.(type) {
	case *domain.BillIntroduced:
		it.Type, it.Bill = BillTabled, e.Bill
		it.Title = fmt.Sprintf("Texte déposé : %s", e.Title)
	case *domain.StageTabled:
		it.Type, it.Bill, it.Stage = BillRevised, e.Bill, e.Stage
		label := e.Label
		if label == "" {
			label = e.Stage
		}
		it.Title = fmt.Sprintf("Nouvelle étape du texte %s : %s", e.Bill, label)
	case *domain.AmendmentTabled:
		if e.Part > 1 {
			return Item{}, false
		}
		it.Type, it.Bill, it.Stage, it.Amendment = AmendmentTabled, e.Bill, e.Stage, e.Amendment
		it.AuthorIDs = e.AuthorIDs
		it.Title = fmt.Sprintf("Amendement n° %s déposé sur le texte %s", e.Number, e.Bill)
		if e.Subject != "" {
			it.Title += " (" + e.Subject + ")"
		}
	case *domain.AmendmentDecided:
		it.Type, it.Bill, it.Amendment, it.Outcome = AmendmentDecided, e.Bill, e.Amendment, e.Outcome
		o := outcomes[e.Outcome]
		if o == "" {
			o = e.Outcome
		}
		it.Title = fmt.Sprintf("Amendement %s du texte %s : %s", e.Amendment, e.Bill, o)
	case *domain.ParliamentVoteRecorded:
		if e.Part > 1 {
			return Item{}, false
		}
		adopted := e.Adopted
		it.Type, it.Scrutin, it.Bill, it.Adopted = ParliamentVoteRecorded, e.Scrutin, e.Bill, &adopted
		result := "rejeté"
		if e.Adopted {
			result = "adopté"
		}
		it.Title = fmt.Sprintf("Scrutin public à l'Assemblée nationale : %s — %s", e.Title, result)
	case *domain.VoteOpened:
		it.Type, it.Vote, it.Bill, it.Stage = VoteOpened, e.Vote, e.Bill, e.Stage
		it.Title = fmt.Sprintf("Vote ouvert : %s", e.Question)
	case *domain.VoteClosed:
		it.Type, it.Vote = VoteClosed, e.Vote
		it.Title = fmt.Sprintf("Vote clos : %s", e.Vote)
	case *domain.TallyPublished:
		it.Type, it.Vote = TallyPublished, e.Vote
		it.Title = fmt.Sprintf("Résultat publié : %s", e.Vote)
	case *domain.PartnerPositionPublished:
		it.Type, it.Partner, it.Bill = PositionPublished, e.Partner, e.Bill
		it.Title = fmt.Sprintf("Position de %s sur le texte %s", e.Partner, e.Bill)
	case *domain.PartnerPositionWithdrawn:
		it.Type, it.Partner, it.Bill = PositionWithdrawn, e.Partner, e.Bill
		it.Title = fmt.Sprintf("Position de %s retirée sur le texte %s", e.Partner, e.Bill)
	default:
		return Item{}, false
	}
	switch {
	case it.Vote != "":
		it.Path = "/votes/" + url.PathEscape(string(it.Vote))
	case it.Amendment != "":
		it.Path = "/textes/" + url.PathEscape(string(it.Bill)) + "/amendements"
	case it.Bill == "":
		it.Path = "/textes"
	default:
		it.Path = "/textes/" + url.PathEscape(string(it.Bill))
	}
	return it, true
}

// ID returns the ID of the item an entry makes: its hex leaf hash.
func ID(entry []byte) string {
	h := domain.LeafHash(entry)
	var b [2 * len(h)]byte // one allocation, the string's (EncodeToString makes two)
	hex.Encode(b[:], h[:])
	return string(b[:])
}

// AmendmentKey names an amendment across bills, for the consumers that
// tell a revision from a first tabling: an AmendmentTabled whose key was
// seen before is a corrected version (docs/OPERATIONS.md, "Revisions").
func AmendmentKey(bill domain.BillID, amendment string) string {
	return string(bill) + "\x00" + amendment
}

// RevisionKey names what an item records for the consumers that tell a
// revision from a first record (an amendment tabled, a parliamentary vote
// recorded), and is "" for the other items: an item whose key the
// consumer saw before is a corrected version, and Revised says so.
func (it *Item) RevisionKey() string {
	switch it.Type {
	case AmendmentTabled:
		return AmendmentKey(it.Bill, it.Amendment)
	case ParliamentVoteRecorded:
		return "\x00" + it.Scrutin // bill ids are never empty: no clash
	case BillRevised:
		return "\x01" + AmendmentKey(it.Bill, it.Stage)
	}
	return ""
}

// Revised turns an amendment.tabled item into amendment.revised, a
// parliament_vote.recorded into parliament_vote.revised, and marks a
// bill.revised whose stage was tabled before as its text republished: the
// consumer saw it recorded before.
func (it *Item) Revised() {
	switch it.Type {
	case AmendmentTabled:
		it.Type = AmendmentRevised
		it.Title = strings.Replace(it.Title, " déposé sur ", " corrigé sur ", 1)
	case ParliamentVoteRecorded:
		it.Type = ParliamentVoteRevised
		it.Title = strings.Replace(it.Title, "Scrutin public", "Scrutin public corrigé", 1)
	case BillRevised:
		it.Title = strings.Replace(it.Title, "Nouvelle étape du texte", "Texte republié, texte", 1)
	default:
		return
	}
	it.Revision = true
}

// outcomes are the amendments' outcomes in French, for titles.
var outcomes = map[string]string{
	"adopted": "adopté", "rejected": "rejeté", "withdrawn": "retiré", "fallen": "tombé",
	"not moved": "non soutenu", "inadmissible": "irrecevable",
}

// Change is one step in the history of a bill or an amendment, as its page
// shows it: what happened (a news type), when the ledger recorded it, and
// for a decision the outcome before it.
type Change struct {
	Time      time.Time `json:"time"`
	Type      string    `json:"type"`
	Stage     string    `json:"stage,omitempty"`
	Amendment string    `json:"amendment,omitempty"`
	Scrutin   string    `json:"scrutin,omitempty"`
	Outcome   string    `json:"outcome,omitempty"`  // amendment.decided: the new outcome
	Previous  string    `json:"previous,omitempty"` // amendment.decided: the outcome before, if any
	Revision  bool      `json:"revision,omitempty"` // a new version (Item.Revision)
	Title     string    `json:"title"`
	Path      string    `json:"path"`
}

// Change returns the item as a step of a history.
func (it *Item) Change() Change {
	return Change{Time: it.Time, Type: it.Type, Stage: it.Stage, Amendment: it.Amendment, Scrutin: it.Scrutin, Outcome: it.Outcome, Revision: it.Revision, Title: it.Title, Path: it.Path}
}
