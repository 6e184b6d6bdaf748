package domain

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// The events of bills and the law (docs/EVENTS.md, "Event types"). Streams:
//
//	bill-<id>      BillIntroduced, StageTabled, ArticleTexted…, AmendmentTabled…, AmendmentDecided…
//	deputy-<id>    DeputyRecorded (again when the deputy's group or seat changes)
//	group-<id>     GroupRecorded
//	scrutin-<id>   ParliamentVoteRecorded, in parts 1 to n
//	code-<code>    CodeArticleRecorded: the law in force, article by article
//
// Content that could exceed MaxEntrySize is carried in parts (docs/EVENTS.md,
// "Large content"): an article at alinéa boundaries (SplitAlineas), an
// amendment's text at character boundaries, a vote's ballots by slices.

// Stream categories of bills and the law.
const (
	CategoryDeputy  = "deputy"
	CategoryGroup   = "group"
	CategoryScrutin = "scrutin"
	CategoryCode    = "code"
)

// DeputyStream, GroupStream, ScrutinStream and CodeStream name the streams.
func DeputyStream(id string) StreamID  { return NewStreamID(CategoryDeputy, id) }
func GroupStream(id string) StreamID   { return NewStreamID(CategoryGroup, id) }
func ScrutinStream(id string) StreamID { return NewStreamID(CategoryScrutin, id) }

// CodeStream is the stream of a code's recorded articles; code is a
// canonical code key ("code de la propriete intellectuelle"), its spaces
// become dashes.
func CodeStream(code string) StreamID {
	return NewStreamID(CategoryCode, strings.ReplaceAll(code, " ", "-"))
}

// PartBudget is the most content bytes (alinéas, text, ballots) one part of
// a split event carries: MaxEntrySize less room for the envelope and the
// event's other fields, which check() bounds to 4 KiB in all.
const PartBudget = MaxEntrySize - 6*1024

// StageTabled opens a stage of a bill: one version of its text (as tabled,
// adopted in committee, in plenary, …). Articles is the number of articles
// that follow as ArticleTexted events; the stage is complete when the last
// one is whole.
type StageTabled struct {
	Bill        BillID
	Stage       string // unique within the bill, e.g. "05_1erelecture_assemblee_hemicycle"
	Order       uint32 // rank in the procedure, 0 first
	Label       string // for people: "1re lecture Assemblée — séance publique"
	Institution string // assemblee, senat, cmp, conseil constitutionnel, gouvernement
	Step        string // depot, commission, hemicycle, cmp, final
	Reading     string // as the source says: "1ère lecture", "CMP", …
	Date        time.Time
	Failed      bool // a stage that produced no text (a failed CMP)
	HasText     bool // the stage's text is known and follows
	Articles    uint32
}

// ArticleTexted is one article of a stage, or part Part of Parts of it. A
// part carries whole alinéas, except that when Continues is set its first
// alinéa continues the previous part's last one (an alinéa too long for one
// entry, split at a character boundary).
type ArticleTexted struct {
	Bill        BillID
	Stage       string
	Index       uint32 // the article's rank in the stage, 0 first
	Number      string // "1er", "2 bis"
	FinalNumber string // the number in the promulgated law; may be empty
	Section     string // enclosing division; may be empty
	Status      string // "", nouveau, supprimé, censuré, conforme
	Part, Parts uint16 // 1 ≤ Part ≤ Parts
	Continues   bool
	Alineas     []string
}

// AmendmentTabled is an amendment tabled against a bill at a stage, or part
// Part of Parts of it: the text of the dispositif and the exposé is cut at
// character boundaries and the parts' texts concatenate; the other fields
// are the same in every part.
type AmendmentTabled struct {
	Bill        BillID
	Stage       string
	Amendment   string // the source's identifier, unique within the bill
	Number      string // "DN4", "219"
	Authors     []string
	AuthorIDs   []string // parallel to Authors, or empty
	Group       string   // the author's political group; may be empty
	Subject     string   // the target as worded: "Après l'article 10"
	Article     string   // the target article's number; may be empty
	Additional  bool     // an "article additionnel" before or after Article
	Position    string   // "", "avant", "après"
	Alinea      uint32   // target alinéa, 1-based; 0 if none
	Tabled      time.Time
	Part, Parts uint16
	Dispositif  string // plain text, one alinéa per line
	Expose      string // exposé sommaire, plain text
}

// AmendmentDecided records what became of an amendment.
type AmendmentDecided struct {
	Bill      BillID
	Amendment string
	Outcome   string // adopted, rejected, withdrawn, fallen, not moved, inadmissible
}

// DeputyRecorded records a deputy: name, group and constituency. Recorded
// again when any of them changes; the last one holds.
type DeputyRecorded struct {
	Deputy          string // the Assemblée's acteur uid, "PA720952"
	Civility        string
	FirstName       string
	LastName        string
	Group           string
	District        District // empty when the deputy holds no seat
	DepartementName string
}

// GroupRecorded records a political group.
type GroupRecorded struct {
	Group  string
	Name   string
	Abbrev string
	Color  string // "#RRGGBB" or empty
}

// Positions a deputy takes in a nominative vote.
const (
	PositionFor       uint8 = 1
	PositionAgainst   uint8 = 2
	PositionAbstain   uint8 = 3
	PositionNonVoting uint8 = 4
)

// DeputyBallot is one deputy's recorded position in a nominative vote.
type DeputyBallot struct {
	Deputy       string
	Group        string
	Position     uint8
	ByDelegation bool
}

// ParliamentVoteRecorded is a nominative vote in parliament (a scrutin),
// or part Part of Parts of it: each part carries a slice of the ballots,
// sorted by deputy across parts; the other fields are the same in every
// part.
type ParliamentVoteRecorded struct {
	Scrutin     string
	Bill        BillID // may be empty when the vote is not tied to a bill
	Date        time.Time
	Title       string
	Adopted     bool
	Part, Parts uint16
	Ballots     []DeputyBallot
}

// CodeArticleRecorded is one article of a code (or law) in force, or part
// Part of Parts of it, split like ArticleTexted. Code and Article are
// canonical keys (law.CodeKey, law.ArticleKey). Recording an article again
// replaces it.
type CodeArticleRecorded struct {
	Code        string // "code de la propriete intellectuelle"
	Article     string // "l336-2"
	Heading     string // as published: "L336-2"
	Source      string // where the text comes from; may be empty
	Part, Parts uint16
	Continues   bool
	Alineas     []string
}

func (*StageTabled) Kind() Kind            { return Kind{"StageTabled", 1} }
func (*ArticleTexted) Kind() Kind          { return Kind{"ArticleTexted", 1} }
func (*AmendmentTabled) Kind() Kind        { return Kind{"AmendmentTabled", 1} }
func (*AmendmentDecided) Kind() Kind       { return Kind{"AmendmentDecided", 1} }
func (*DeputyRecorded) Kind() Kind         { return Kind{"DeputyRecorded", 1} }
func (*GroupRecorded) Kind() Kind          { return Kind{"GroupRecorded", 1} }
func (*ParliamentVoteRecorded) Kind() Kind { return Kind{"ParliamentVoteRecorded", 1} }
func (*CodeArticleRecorded) Kind() Kind    { return Kind{"CodeArticleRecorded", 1} }

func init() {
	register(func() Event { return new(StageTabled) })
	register(func() Event { return new(ArticleTexted) })
	register(func() Event { return new(AmendmentTabled) })
	register(func() Event { return new(AmendmentDecided) })
	register(func() Event { return new(DeputyRecorded) })
	register(func() Event { return new(GroupRecorded) })
	register(func() Event { return new(ParliamentVoteRecorded) })
	register(func() Event { return new(CodeArticleRecorded) })
}

// --- checks shared by the events ---

// checkLabel checks a short free-text field: at most max bytes, no control
// characters (tabs and newlines included), and non-empty if required.
func checkLabel(what, s string, max int, required bool) error {
	if s == "" {
		if required {
			return fmt.Errorf("%s: empty", what)
		}
		return nil
	}
	if len(s) > max {
		return fmt.Errorf("%s: longer than %d bytes", what, max)
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return fmt.Errorf("%s: control character %U", what, r)
		}
	}
	return nil
}

func checkParts(part, parts uint16) error {
	if parts == 0 || part == 0 || part > parts {
		return fmt.Errorf("part %d of %d", part, parts)
	}
	return nil
}

// Amendment outcomes, as AmendmentDecided records them.
var amendmentOutcomes = map[string]bool{"adopted": true, "rejected": true, "withdrawn": true, "fallen": true, "not moved": true, "inadmissible": true}

var articleStatuses = map[string]bool{"": true, "nouveau": true, "supprimé": true, "censuré": true, "conforme": true}

// --- encodings: fields in declaration order (docs/EVENTS.md) ---

func (e *StageTabled) encode(w *encoder) {
	w.str(string(e.Bill))
	w.str(e.Stage)
	w.u32(e.Order)
	w.str(e.Label)
	w.str(e.Institution)
	w.str(e.Step)
	w.str(e.Reading)
	w.timestamp(e.Date)
	w.boolean(e.Failed)
	w.boolean(e.HasText)
	w.u32(e.Articles)
}

func (e *StageTabled) decode(d *decoder) {
	e.Bill = BillID(d.str("bill"))
	e.Stage = d.str("stage")
	e.Order = d.u32("order")
	e.Label = d.str("label")
	e.Institution = d.str("institution")
	e.Step = d.str("step")
	e.Reading = d.str("reading")
	e.Date = d.timestamp("date")
	e.Failed = d.boolean("failed")
	e.HasText = d.boolean("has text")
	e.Articles = d.u32("articles")
}

func (e *StageTabled) check() error {
	if err := checkID("bill", string(e.Bill)); err != nil {
		return err
	}
	for _, f := range []struct {
		what, s  string
		max      int
		required bool
	}{{"stage", e.Stage, 200, true}, {"label", e.Label, 500, false}, {"institution", e.Institution, 100, false},
		{"step", e.Step, 100, false}, {"reading", e.Reading, 100, false}} {
		if err := checkLabel(f.what, f.s, f.max, f.required); err != nil {
			return err
		}
	}
	if !e.HasText && e.Articles != 0 {
		return fmt.Errorf("stage without text announces %d articles", e.Articles)
	}
	if e.Articles > 100000 {
		return fmt.Errorf("%d articles: more than 100,000", e.Articles)
	}
	return nil
}

func (e *ArticleTexted) encode(w *encoder) {
	w.str(string(e.Bill))
	w.str(e.Stage)
	w.u32(e.Index)
	w.str(e.Number)
	w.str(e.FinalNumber)
	w.str(e.Section)
	w.str(e.Status)
	w.u16(e.Part)
	w.u16(e.Parts)
	w.boolean(e.Continues)
	w.strs(e.Alineas)
}

func (e *ArticleTexted) decode(d *decoder) {
	e.Bill = BillID(d.str("bill"))
	e.Stage = d.str("stage")
	e.Index = d.u32("index")
	e.Number = d.str("number")
	e.FinalNumber = d.str("final number")
	e.Section = d.str("section")
	e.Status = d.str("status")
	e.Part = d.u16("part")
	e.Parts = d.u16("parts")
	e.Continues = d.boolean("continues")
	e.Alineas = d.strs("alineas")
}

func (e *ArticleTexted) check() error {
	if err := checkID("bill", string(e.Bill)); err != nil {
		return err
	}
	if err := checkLabel("stage", e.Stage, 200, true); err != nil {
		return err
	}
	if err := checkLabel("number", e.Number, 100, true); err != nil {
		return err
	}
	if err := checkLabel("final number", e.FinalNumber, 100, false); err != nil {
		return err
	}
	if err := checkLabel("section", e.Section, 1000, false); err != nil {
		return err
	}
	if !articleStatuses[e.Status] {
		return fmt.Errorf("article status %q unknown", e.Status)
	}
	return checkSplit(e.Part, e.Parts, e.Continues, e.Alineas)
}

// checkSplit checks the part fields of a split list of alinéas.
func checkSplit(part, parts uint16, continues bool, alineas []string) error {
	if err := checkParts(part, parts); err != nil {
		return err
	}
	if continues && (part == 1 || len(alineas) == 0) {
		return errors.New("continues: only a later part with alinéas continues the previous one")
	}
	if parts > 1 && len(alineas) == 0 {
		return errors.New("a part of a split text without alinéas")
	}
	return nil
}

func (e *AmendmentTabled) encode(w *encoder) {
	w.str(string(e.Bill))
	w.str(e.Stage)
	w.str(e.Amendment)
	w.str(e.Number)
	w.strs(e.Authors)
	w.strs(e.AuthorIDs)
	w.str(e.Group)
	w.str(e.Subject)
	w.str(e.Article)
	w.boolean(e.Additional)
	w.str(e.Position)
	w.u32(e.Alinea)
	w.timestamp(e.Tabled)
	w.u16(e.Part)
	w.u16(e.Parts)
	w.str(e.Dispositif)
	w.str(e.Expose)
}

func (e *AmendmentTabled) decode(d *decoder) {
	e.Bill = BillID(d.str("bill"))
	e.Stage = d.str("stage")
	e.Amendment = d.str("amendment")
	e.Number = d.str("number")
	e.Authors = d.strs("authors")
	e.AuthorIDs = d.strs("author ids")
	e.Group = d.str("group")
	e.Subject = d.str("subject")
	e.Article = d.str("article")
	e.Additional = d.boolean("additional")
	e.Position = d.str("position")
	e.Alinea = d.u32("alinea")
	e.Tabled = d.timestamp("tabled")
	e.Part = d.u16("part")
	e.Parts = d.u16("parts")
	e.Dispositif = d.str("dispositif")
	e.Expose = d.str("expose")
}

func (e *AmendmentTabled) check() error {
	if err := checkID("bill", string(e.Bill)); err != nil {
		return err
	}
	for _, f := range []struct {
		what, s  string
		max      int
		required bool
	}{{"stage", e.Stage, 200, true}, {"amendment", e.Amendment, 200, true}, {"number", e.Number, 100, false},
		{"group", e.Group, 100, false}, {"subject", e.Subject, 500, false}, {"article", e.Article, 100, false}} {
		if err := checkLabel(f.what, f.s, f.max, f.required); err != nil {
			return err
		}
	}
	if len(e.Authors) > 200 {
		return fmt.Errorf("%d authors: more than 200", len(e.Authors))
	}
	for _, a := range e.Authors {
		if err := checkLabel("author", a, 200, true); err != nil {
			return err
		}
	}
	if len(e.AuthorIDs) != 0 && len(e.AuthorIDs) != len(e.Authors) {
		return fmt.Errorf("%d author ids for %d authors", len(e.AuthorIDs), len(e.Authors))
	}
	for _, a := range e.AuthorIDs {
		if err := checkLabel("author id", a, 100, false); err != nil {
			return err
		}
	}
	if e.Position != "" && e.Position != "avant" && e.Position != "après" {
		return fmt.Errorf("position %q is neither avant nor après", e.Position)
	}
	if e.Position != "" && !e.Additional {
		return errors.New("position set on an amendment that adds no article")
	}
	return checkParts(e.Part, e.Parts)
}

func (e *AmendmentDecided) encode(w *encoder) {
	w.str(string(e.Bill))
	w.str(e.Amendment)
	w.str(e.Outcome)
}

func (e *AmendmentDecided) decode(d *decoder) {
	e.Bill = BillID(d.str("bill"))
	e.Amendment = d.str("amendment")
	e.Outcome = d.str("outcome")
}

func (e *AmendmentDecided) check() error {
	if err := checkID("bill", string(e.Bill)); err != nil {
		return err
	}
	if err := checkLabel("amendment", e.Amendment, 200, true); err != nil {
		return err
	}
	if !amendmentOutcomes[e.Outcome] {
		return fmt.Errorf("outcome %q unknown", e.Outcome)
	}
	return nil
}

func (e *DeputyRecorded) encode(w *encoder) {
	w.str(e.Deputy)
	w.str(e.Civility)
	w.str(e.FirstName)
	w.str(e.LastName)
	w.str(e.Group)
	w.str(string(e.District))
	w.str(e.DepartementName)
}

func (e *DeputyRecorded) decode(d *decoder) {
	e.Deputy = d.str("deputy")
	e.Civility = d.str("civility")
	e.FirstName = d.str("first name")
	e.LastName = d.str("last name")
	e.Group = d.str("group")
	e.District = District(d.str("district"))
	e.DepartementName = d.str("departement name")
}

func (e *DeputyRecorded) check() error {
	if err := checkID("deputy", e.Deputy); err != nil {
		return err
	}
	if e.FirstName == "" && e.LastName == "" {
		return errors.New("deputy: no name")
	}
	for _, f := range [][2]string{{"civility", e.Civility}, {"first name", e.FirstName}, {"last name", e.LastName}, {"departement name", e.DepartementName}} {
		if err := checkLabel(f[0], f[1], 200, false); err != nil {
			return err
		}
	}
	if e.Group != "" {
		if err := checkID("group", e.Group); err != nil {
			return err
		}
	}
	if e.District != "" {
		return checkDistrict(e.District)
	}
	return nil
}

func (e *GroupRecorded) encode(w *encoder) {
	w.str(e.Group)
	w.str(e.Name)
	w.str(e.Abbrev)
	w.str(e.Color)
}

func (e *GroupRecorded) decode(d *decoder) {
	e.Group = d.str("group")
	e.Name = d.str("name")
	e.Abbrev = d.str("abbrev")
	e.Color = d.str("color")
}

func (e *GroupRecorded) check() error {
	if err := checkID("group", e.Group); err != nil {
		return err
	}
	if err := checkLabel("name", e.Name, 300, true); err != nil {
		return err
	}
	if err := checkLabel("abbrev", e.Abbrev, 50, false); err != nil {
		return err
	}
	return checkLabel("color", e.Color, 20, false)
}

func (e *ParliamentVoteRecorded) encode(w *encoder) {
	w.str(e.Scrutin)
	w.str(string(e.Bill))
	w.timestamp(e.Date)
	w.str(e.Title)
	w.boolean(e.Adopted)
	w.u16(e.Part)
	w.u16(e.Parts)
	w.u32(uint32(len(e.Ballots)))
	for _, b := range e.Ballots {
		w.str(b.Deputy)
		w.str(b.Group)
		w.u8(b.Position)
		w.boolean(b.ByDelegation)
	}
}

func (e *ParliamentVoteRecorded) decode(d *decoder) {
	e.Scrutin = d.str("scrutin")
	e.Bill = BillID(d.str("bill"))
	e.Date = d.timestamp("date")
	e.Title = d.str("title")
	e.Adopted = d.boolean("adopted")
	e.Part = d.u16("part")
	e.Parts = d.u16("parts")
	n := d.count("ballots", 10)
	for i := 0; i < n && d.err == nil; i++ {
		var b DeputyBallot
		b.Deputy = d.str("deputy")
		b.Group = d.str("group")
		b.Position = d.u8("position")
		b.ByDelegation = d.boolean("by delegation")
		e.Ballots = append(e.Ballots, b)
	}
}

func (e *ParliamentVoteRecorded) check() error {
	if err := checkID("scrutin", e.Scrutin); err != nil {
		return err
	}
	if e.Bill != "" {
		if err := checkID("bill", string(e.Bill)); err != nil {
			return err
		}
	}
	if err := checkLabel("title", e.Title, 2000, true); err != nil {
		return err
	}
	if err := checkParts(e.Part, e.Parts); err != nil {
		return err
	}
	for i, b := range e.Ballots {
		if err := checkID("deputy", b.Deputy); err != nil {
			return fmt.Errorf("ballot %d: %w", i, err)
		}
		if b.Group != "" {
			if err := checkID("group", b.Group); err != nil {
				return fmt.Errorf("ballot %d: %w", i, err)
			}
		}
		if b.Position < PositionFor || b.Position > PositionNonVoting {
			return fmt.Errorf("ballot %d: position %d unknown", i, b.Position)
		}
		if i > 0 && e.Ballots[i-1].Deputy >= b.Deputy {
			return fmt.Errorf("ballot %d: deputies not sorted and distinct", i)
		}
	}
	return nil
}

func (e *CodeArticleRecorded) encode(w *encoder) {
	w.str(e.Code)
	w.str(e.Article)
	w.str(e.Heading)
	w.str(e.Source)
	w.u16(e.Part)
	w.u16(e.Parts)
	w.boolean(e.Continues)
	w.strs(e.Alineas)
}

func (e *CodeArticleRecorded) decode(d *decoder) {
	e.Code = d.str("code")
	e.Article = d.str("article")
	e.Heading = d.str("heading")
	e.Source = d.str("source")
	e.Part = d.u16("part")
	e.Parts = d.u16("parts")
	e.Continues = d.boolean("continues")
	e.Alineas = d.strs("alineas")
}

func (e *CodeArticleRecorded) check() error {
	if e.Code == "" || len(e.Code) > 150 || strings.Trim(e.Code, "abcdefghijklmnopqrstuvwxyz0123456789 ") != "" ||
		strings.HasPrefix(e.Code, " ") || strings.HasSuffix(e.Code, " ") || strings.Contains(e.Code, "  ") {
		return fmt.Errorf("code %q is not a canonical code key", e.Code)
	}
	if err := checkLabel("article", e.Article, 100, true); err != nil {
		return err
	}
	if err := checkLabel("heading", e.Heading, 200, false); err != nil {
		return err
	}
	if err := checkLabel("source", e.Source, 1000, false); err != nil {
		return err
	}
	return checkSplit(e.Part, e.Parts, e.Continues, e.Alineas)
}

// --- splitting ---

// AlineaPart is one part of a split list of alinéas.
type AlineaPart struct {
	Continues bool // the first alinéa continues the previous part's last
	Alineas   []string
}

// SplitAlineas cuts alinéas into parts of at most budget content bytes
// (each alinéa costs its length plus 4): at alinéa boundaries, and an
// alinéa that alone exceeds the budget at a UTF-8 character boundary. It
// always returns at least one part; JoinAlineas undoes it.
func SplitAlineas(alineas []string, budget int) []AlineaPart {
	if budget < 8 {
		budget = 8
	}
	var parts []AlineaPart
	cur, size := AlineaPart{}, 0
	flush := func() {
		parts = append(parts, cur)
		cur, size = AlineaPart{}, 0
	}
	for _, a := range alineas {
		if size > 0 && size+4+len(a) > budget {
			flush()
		}
		for 4+len(a) > budget {
			cut := utf8Cut(a, budget-4-size)
			if cut == 0 {
				flush()
				continue
			}
			cur.Alineas = append(cur.Alineas, a[:cut])
			a = a[cut:]
			flush()
			cur.Continues = true
		}
		cur.Alineas = append(cur.Alineas, a)
		size += 4 + len(a)
	}
	if len(cur.Alineas) > 0 || len(parts) == 0 {
		parts = append(parts, cur)
	}
	return parts
}

// utf8Cut returns the largest n ≤ max such that s[:n] ends on a character
// boundary.
func utf8Cut(s string, max int) int {
	if max <= 0 {
		return 0
	}
	if max >= len(s) {
		return len(s)
	}
	n := max
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// JoinAlineas appends a part's alinéas to those of the previous parts.
func JoinAlineas(al []string, p AlineaPart) []string {
	if p.Continues && len(al) > 0 && len(p.Alineas) > 0 {
		al[len(al)-1] += p.Alineas[0]
		return append(al, p.Alineas[1:]...)
	}
	return append(al, p.Alineas...)
}

// SplitText cuts s into pieces of at most budget bytes at character
// boundaries, preferring the last newline in a piece; the pieces
// concatenate to s. It returns at least one piece.
func SplitText(s string, budget int) []string {
	if budget < 4 {
		budget = 4
	}
	var out []string
	for len(s) > budget {
		n := utf8Cut(s, budget)
		if i := strings.LastIndexByte(s[:n], '\n'); i > n/2 {
			n = i + 1
		}
		out = append(out, s[:n])
		s = s[n:]
	}
	return append(out, s)
}

// --- the hash a vote commits to ---

// StageArticle is an article as the stage text hash covers it.
type StageArticle struct {
	Number  string
	Section string
	Status  string
	Alineas []string
}

// StageTextMagic opens the serialisation StageTextHash hashes.
const StageTextMagic = "scrutin/stage-text/v1\n"

// StageTextHash is the hash a vote on a stage commits to
// (VoteOpened.TextHash): SHA-256 over
//
//	"scrutin/stage-text/v1\n"
//	bill (str), stage (str), article count (u32)
//	per article, in order: number (str), section (str), status (str), alinéas (list of str)
//
// with the primitives of docs/EVENTS.md. Alinéas are the whole article's,
// parts joined; the text is hashed exactly as recorded.
func StageTextHash(bill BillID, stage string, articles []StageArticle) [32]byte {
	e := &encoder{}
	e.fixed([]byte(StageTextMagic))
	e.str(string(bill))
	e.str(stage)
	e.u32(uint32(len(articles)))
	for _, a := range articles {
		e.str(a.Number)
		e.str(a.Section)
		e.str(a.Status)
		e.strs(a.Alineas)
	}
	return sha256.Sum256(e.b)
}
